"""Every domain problem and error in the user's language: one registry for the window.

The domain raises ``SimdeskError``s with a stable ``code`` (and ``details``/``params``) and
reports refused values and lines as ``Problem``s (``code`` and ``params``, see
simdesk/errors.py).  ``TEXTS`` maps each code to an English template with named parameters
(``{expected}``, ``{first}`` …); lupdate reads them (context ``problems``) and the .ts files
hold their Uzbek and Russian texts.  ``tests/test_gui_problems.py`` finds every code the
domain, storage and checking layers can raise and fails when one has no template or a
language lacks its translation.  The English ``message`` of an error is shown only for a
code missing here (which that test does not let happen).

A template is looked up as ``code/kind`` first when the parameters carry a ``kind`` (a
refused selection of cards, rather than one card).  Parameter values are shown in the
user's language too: a ``Problem`` through this registry, numbers with the locale's group
separators, a list of skipped cards as ``code — reason`` lines.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from simdesk.errors import Problem, SimdeskError, ValidationError
from simdesk.gui import formats

CONTEXT: Final = "problems"
SHOWN_ITEMS: Final = 10
# Numbers that name something (a port, an id, a line, a version) are shown as they are; the
# others (counts, limits) with the locale's group separators.
PLAIN_NUMBERS: Final = frozenset({"port", "id", "first", "line", "version", "latest",
                                  "expected", "actual"})

# QT_TRANSLATE_NOOP gives its text back (typed as object in the stubs).
_TEMPLATES: Final[dict[str, object]] = {
    # --- ICCID problems (domain/codes.py)
    "code_empty": QT_TRANSLATE_NOOP("problems", "The code is empty."),
    "code_not_digits": QT_TRANSLATE_NOOP(
        "problems", "The code contains characters other than digits ({chars}); an ICCID has "
        "digits only."),
    "code_excel_number": QT_TRANSLATE_NOOP(
        "problems", "This cell is a number in Excel and its last digits are lost; format the "
        "column as text and type or paste the codes again."),
    "code_length": QT_TRANSLATE_NOOP(
        "problems", "The code has {digits} digits; an ICCID has 19 or 20."),
    "code_prefix": QT_TRANSLATE_NOOP(
        "problems", "The code does not start with 89, as every ICCID does."),
    "code_check_digit": QT_TRANSLATE_NOOP(
        "problems", "The check digit is wrong: the last digit should be {expected}, not "
        "{actual}. A typo? For packs printed without a check digit an administrator can "
        "turn off the check-digit setting (codes.verify_luhn)."),
    # --- lines of a bulk add and cards of a selection (domain/simcards.py)
    "line_not_text": QT_TRANSLATE_NOOP("problems", "The line is not text."),
    "duplicate_in_input": QT_TRANSLATE_NOOP(
        "problems", "The code appears twice in the input (first on line {first})."),
    "already_stored": QT_TRANSLATE_NOOP("problems", "This code is already stored."),
    "no_such_card": QT_TRANSLATE_NOOP("problems", "No such card."),
    "not_stored": QT_TRANSLATE_NOOP("problems", "The card is not stored."),
    "not_valid_code": QT_TRANSLATE_NOOP("problems", "Not a valid code: {problem}"),
    "some_codes_invalid": QT_TRANSLATE_NOOP("problems", "Some codes are not valid."),
    "text_too_long": QT_TRANSLATE_NOOP(
        "problems", "The text is {length} characters long; at most {limit} are allowed."),
    "shop_name_required": QT_TRANSLATE_NOOP("problems", "The shop's name is required."),
    "coordinate_number": QT_TRANSLATE_NOOP("problems", "Must be a number such as 41.3111."),
    "since_after_until": QT_TRANSLATE_NOOP(
        "problems", "The start of the period must be earlier than its end; widen the period "
        "or swap the two dates."),
    "duplicate_in_report": QT_TRANSLATE_NOOP(
        "problems", "The code appears twice in the report (first on line {first})."),
    "activation_date_unreadable": QT_TRANSLATE_NOOP(
        "problems", "The activation date {value} cannot be read; write it like 2024-05-31 or "
        "31.05.2024."),
    "card_sold_reassign": QT_TRANSLATE_NOOP(
        "problems", "The card is sold; a sold card cannot be given to another shop."),
    "card_sold_stays": QT_TRANSLATE_NOOP(
        "problems", "The card is sold; a sold card stays with its shop."),
    "already_in_shop": QT_TRANSLATE_NOOP("problems", "The card is already in this shop."),
    "already_in_stock": QT_TRANSLATE_NOOP("problems", "The card is already in stock."),
    "already_sold": QT_TRANSLATE_NOOP("problems", "The card is already sold."),
    # --- phones (domain/phones.py)
    "phone_invalid": QT_TRANSLATE_NOOP(
        "problems", "The phone number is not an Uzbek number; write it like "
        "+998 90 123 45 67."),
    "phone_not_mobile": QT_TRANSLATE_NOOP(
        "problems", "The phone number is not a mobile number (a SIM card's number starts "
        "with an operator's code)."),
    # --- settings values (domain/settings.py)
    "setting_range": QT_TRANSLATE_NOOP("problems", "Must be between {low} and {high}."),
    "setting_url": QT_TRANSLATE_NOOP(
        "problems", "Must be an http:// or https:// address, or empty."),
    "setting_url_port": QT_TRANSLATE_NOOP(
        "problems", "The address has a port that is not a number from 0 to 65535."),
    "setting_host": QT_TRANSLATE_NOOP(
        "problems", "Must be an address of this computer such as 127.0.0.1, or 0.0.0.0 for "
        "all."),
    "setting_origin": QT_TRANSLATE_NOOP(
        "problems", "{item} is not an origin such as http://localhost:8080."),
    "setting_placeholders": QT_TRANSLATE_NOOP(
        "problems", "May hold only the placeholders {{code}}, {{iccid}} and {{msisdn}}."),
    "setting_url_template": QT_TRANSLATE_NOOP(
        "problems", "Must be an http:// or https:// address with {{code}}, {{iccid}} or "
        "{{msisdn}} where the card goes, or empty."),
    "setting_header_name": QT_TRANSLATE_NOOP("problems", "{name} is not a valid header name."),
    "setting_header_line": QT_TRANSLATE_NOOP(
        "problems", "The value of the header {name} must be on one line."),
    "setting_header_ascii": QT_TRANSLATE_NOOP(
        "problems", "The header {name} must be written in plain ASCII letters and digits."),
    "setting_json_path": QT_TRANSLATE_NOOP(
        "problems", "Must be dotted names such as data.status (list items as items.0.status)."),
    "setting_port": QT_TRANSLATE_NOOP("problems", "Must be a port number from 0 to 65535."),
    "setting_bool": QT_TRANSLATE_NOOP("problems", "Must be yes or no."),
    "setting_int": QT_TRANSLATE_NOOP("problems", "Must be a whole number."),
    "setting_number": QT_TRANSLATE_NOOP("problems", "Must be a number."),
    "setting_list": QT_TRANSLATE_NOOP(
        "problems", "Must be a list of texts (separated by commas)."),
    "setting_headers": QT_TRANSLATE_NOOP(
        "problems", "Must be a JSON object of texts, such as {{\"X-Api-Key\": \"...\"}}."),
    "setting_text": QT_TRANSLATE_NOOP("problems", "Must be text."),
    "setting_choice": QT_TRANSLATE_NOOP("problems", "Must be one of: {choices}."),
    # --- users and passwords (domain/users.py)
    "username_rule": QT_TRANSLATE_NOOP(
        "problems", "The username must be {min}–{max} characters of Latin letters, digits "
        "and . _ - @."),
    "role_choice": QT_TRANSLATE_NOOP("problems", "The role must be one of: {choices}."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "problems", "The password must be at least {min} characters long."),
    "password_too_long": QT_TRANSLATE_NOOP(
        "problems", "The password must be at most {max} characters long."),
    "password_is_username": QT_TRANSLATE_NOOP(
        "problems", "The password must not be the same as the username."),
    "password_one_char": QT_TRANSLATE_NOOP(
        "problems", "The password must not be one character repeated."),
    "password_not_current": QT_TRANSLATE_NOOP(
        "problems", "This is not the current password; type your current password again."),
    "password_unchanged": QT_TRANSLATE_NOOP(
        "problems", "The new password must differ from the current one."),
    # --- errors: the generic kinds (simdesk/errors.py)
    "bad_request": QT_TRANSLATE_NOOP("problems", "The request cannot be carried out."),
    "validation_error": QT_TRANSLATE_NOOP("problems", "{fields}"),
    "not_found": QT_TRANSLATE_NOOP(
        "problems", "It was not found; it may have been deleted. Refresh the list."),
    "conflict": QT_TRANSLATE_NOOP(
        "problems", "This cannot be done in the current state; refresh and try again."),
    "unauthorized": QT_TRANSLATE_NOOP("problems", "Log in first."),
    "forbidden": QT_TRANSLATE_NOOP(
        "problems", "Your role does not allow this; ask an administrator."),
    "configuration_error": QT_TRANSLATE_NOOP(
        "problems", "simdesk cannot continue with this configuration. Details are in the "
        "log file."),
    "busy": QT_TRANSLATE_NOOP(
        "problems", "The database is busy: another program is writing to it. Nothing was "
        "changed; try again in a moment."),
    "disk_full": QT_TRANSLATE_NOOP(
        "problems", "The disk is full: free some space on {path} and try again."),
    "read_only": QT_TRANSLATE_NOOP(
        "problems", "The database cannot be written (a read-only folder, file or disk): "
        "nothing can be saved. Make them writable for this user and start simdesk again."),
    # --- cards
    "invalid_code": QT_TRANSLATE_NOOP("problems", "Code {raw}: {problem}"),
    "invalid_code/selection": QT_TRANSLATE_NOOP(
        "problems", "Nothing was changed: some codes are not valid.\n{problems}"),
    "simcard_not_found": QT_TRANSLATE_NOOP(
        "problems", "The SIM card does not exist; it may have been deleted. Refresh the list."),
    "simcard_not_found/selection": QT_TRANSLATE_NOOP(
        "problems", "Nothing was changed: cards not found: {count}.\n{problems}"),
    "transition_refused": QT_TRANSLATE_NOOP(
        "problems", "Nothing was changed: the cards cannot be changed this way."),
    "transition_refused/selection": QT_TRANSLATE_NOOP(
        "problems", "Nothing was changed: cards that cannot be changed this way: {count}."
        "\n{problems}"),
    "invalid_phone": QT_TRANSLATE_NOOP("problems", "Phone {raw}: {problem}"),
    "duplicate_code": QT_TRANSLATE_NOOP(
        "problems", "Code {code} is already stored; each card is stored once."),
    "sold_card_final": QT_TRANSLATE_NOOP(
        "problems", "Card {code} is sold: a sold card cannot be changed or deleted."),
    "handover_empty": QT_TRANSLATE_NOOP(
        "problems", "The list is empty; scan at least one card."),
    "handover_refused": QT_TRANSLATE_NOOP(
        "problems", "Nothing was handed over: {count} card(s) cannot go ({codes}). Remove "
        "them from the list and confirm again."),
    "act_not_found": QT_TRANSLATE_NOOP("problems", "Hand-over act {act} does not exist."),
    "invalid_direction": QT_TRANSLATE_NOOP(
        "problems", "A hand-over goes to a shop or back from it; nothing else."),
    "not_enough_cards": QT_TRANSLATE_NOOP(
        "problems", "Not enough cards in stock: {available} available, {requested} asked "
        "for. Add cards or ask for fewer."),
    "selection_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "Choose the cards one way: by ids, by codes or by a range."),
    "selection_empty": QT_TRANSLATE_NOOP(
        "problems", "No cards were given; choose at least one card."),
    "range_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "Give either a count or a last code for the range."),
    "range_count_invalid": QT_TRANSLATE_NOOP(
        "problems", "The count must be at least 1 (got {count})."),
    "range_length_mismatch": QT_TRANSLATE_NOOP(
        "problems", "The last code {last} has {digits} digits but the first has {width}; "
        "both ends of a range have the same length."),
    "range_overflow": QT_TRANSLATE_NOOP(
        "problems", "Counting {count} codes up from {first} runs past the last "
        "{width}-digit ICCID; ask for fewer."),
    "range_reversed": QT_TRANSLATE_NOOP(
        "problems", "The last code {last} comes before the first code {first}; swap them."),
    "range_too_large": QT_TRANSLATE_NOOP(
        "problems", "The range holds {count} codes; at most {max} are taken at once. Split "
        "it into smaller packs."),
    # --- shops
    "shop_not_found": QT_TRANSLATE_NOOP(
        "problems", "The shop does not exist; it may have been deleted. Refresh the list."),
    "shop_ambiguous": QT_TRANSLATE_NOOP(
        "problems", "More than one shop has this name; choose the shop from the list."),
    "shop_name_taken": QT_TRANSLATE_NOOP(
        "problems", "A shop named {name} already exists; give this one another name (for "
        "example add the street or district)."),
    "shop_archived": QT_TRANSLATE_NOOP(
        "problems", "The shop {name} is archived; unarchive it or choose another shop."),
    "shop_has_cards": QT_TRANSLATE_NOOP(
        "problems", "The shop still holds cards: {assigned} unsold, {sold} sold. Return or "
        "move the unsold cards; a shop with sales can only be archived."),
    "shop_has_unsold_cards": QT_TRANSLATE_NOOP(
        "problems", "The shop still holds unsold cards: {assigned}. Return them to stock or "
        "move them to another shop, then archive it."),
    "shop_has_history": QT_TRANSLATE_NOOP(
        "problems", "This shop has held cards, and the history keeps its name: it cannot "
        "be deleted. Archive it instead; it can be brought back later."),
    # --- users and logins
    "invalid_username": QT_TRANSLATE_NOOP("problems", "{problem} Choose another name."),
    "invalid_role": QT_TRANSLATE_NOOP("problems", "{problem}"),
    "weak_password": QT_TRANSLATE_NOOP(
        "problems", "{problem} Choose a longer, less predictable one."),
    "wrong_password": QT_TRANSLATE_NOOP("problems", "{problem}"),
    "username_taken": QT_TRANSLATE_NOOP(
        "problems", "The user {name} already exists; choose another name."),
    "user_not_found": QT_TRANSLATE_NOOP(
        "problems", "The user was not found; it may have been deleted. Refresh the list of "
        "users."),
    "last_admin": QT_TRANSLATE_NOOP(
        "problems", "{name} is the last active administrator; make another user an active "
        "administrator first."),
    "password_changed": QT_TRANSLATE_NOOP(
        "problems", "The password was changed by someone else meanwhile; log in again and "
        "retry."),
    "invalid_credentials": QT_TRANSLATE_NOOP("problems", "Wrong username or password."),
    "account_disabled": QT_TRANSLATE_NOOP(
        "problems", "This account is disabled; ask an administrator to enable it."),
    "login_throttled": QT_TRANSLATE_NOOP(
        "problems", "Too many wrong passwords: wait {retry_after} s and try again."),
    "token_invalid": QT_TRANSLATE_NOOP("problems", "The login is not valid; log in again."),
    "token_revoked": QT_TRANSLATE_NOOP(
        "problems", "The login was ended (logged out); log in again."),
    "token_expired": QT_TRANSLATE_NOOP("problems", "The login has expired; log in again."),
    # --- settings
    "invalid_setting": QT_TRANSLATE_NOOP("problems", "Settings not saved: {fields}"),
    "unknown_setting": QT_TRANSLATE_NOOP(
        "problems", "This setting is unknown to this version of simdesk."),
    # --- files: reading, exports, backups
    "file_unreadable": QT_TRANSLATE_NOOP(
        "problems", "The file {path} cannot be read. Check that it exists, is a file and not "
        "a folder, is not open in another program, and is a CSV, Excel (.xlsx) or text "
        "file."),
    "file_empty": QT_TRANSLATE_NOOP(
        "problems", "The file holds no SIM card codes; choose another file."),
    "no_code_column": QT_TRANSLATE_NOOP(
        "problems", "No column of SIM card codes found in {path}; put the codes in the "
        "first column or name the column “code” or “iccid”."),
    "too_many_rows": QT_TRANSLATE_NOOP(
        "problems", "The file has more than {maxRows} rows; split it into files of at most "
        "{maxRows} rows."),
    "protected_file": QT_TRANSLATE_NOOP("problems", "{path}: {problem}"),
    "guard_live_db": QT_TRANSLATE_NOOP(
        "problems", "This is simdesk's live database; choose another file name."),
    "guard_live_side": QT_TRANSLATE_NOOP(
        "problems", "This is a working file of simdesk's live database {database}; choose "
        "another file name."),
    "guard_reading": QT_TRANSLATE_NOOP(
        "problems", "This is the file being read; choose another file name for what is "
        "written."),
    "guard_backups_folder": QT_TRANSLATE_NOOP(
        "problems", "This is inside simdesk's backups folder {folder}, which keeps only "
        "backups; choose another folder."),
    "guard_existing_backup": QT_TRANSLATE_NOOP(
        "problems", "This is a backup in simdesk's backups folder; choose a new file name so "
        "that it is kept."),
    "guard_seed_copy": QT_TRANSLATE_NOOP(
        "problems", "This is the copy of the old server's database taken before its "
        "conversion, which simdesk never writes over; choose another file name."),
    "guard_sqlite": QT_TRANSLATE_NOOP(
        "problems", "This is an existing SQLite database (another data folder's, a backup "
        "or another program's), which simdesk never writes over; choose another file name."),
    "guard_side_file": QT_TRANSLATE_NOOP(
        "problems", "This is a working file of the SQLite database {database}; choose "
        "another file name."),
    "export_folder_missing": QT_TRANSLATE_NOOP(
        "problems", "{path} does not exist or is a folder; choose a file name in an existing "
        "folder for the export."),
    "export_unwritable": QT_TRANSLATE_NOOP(
        "problems", "Cannot write {path}: close the file if it is open in Excel, or choose "
        "another folder or name."),
    "export_too_large": QT_TRANSLATE_NOOP(
        "problems", "The table has more rows than an Excel sheet holds; export it as CSV "
        "instead."),
    "invalid_export_kind": QT_TRANSLATE_NOOP("problems", "This table cannot be exported."),
    "invalid_export_format": QT_TRANSLATE_NOOP(
        "problems", "Choose CSV or Excel (.xlsx) for the export."),
    "backup_failed": QT_TRANSLATE_NOOP(
        "problems", "The backup could not be made; finish the current operation and try "
        "again."),
    "backup_not_supported": QT_TRANSLATE_NOOP(
        "problems", "Backup and restore work only with the SQLite database; for PostgreSQL "
        "use the server's own tools."),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "problems", "{path} is not a simdesk backup: {problem} Choose a file written by "
        "“Back up”."),
    "backup_missing": QT_TRANSLATE_NOOP(
        "problems", "The file does not exist."),
    "backup_not_file": QT_TRANSLATE_NOOP(
        "problems", "It is not a file."),
    "backup_unreadable": QT_TRANSLATE_NOOP(
        "problems", "It cannot be read ({detail})."),
    "backup_not_sqlite": QT_TRANSLATE_NOOP(
        "problems", "It is not an SQLite database file."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "problems", "It is damaged ({detail})."),
    "backup_not_simdesk": QT_TRANSLATE_NOOP(
        "problems", "It is not a simdesk database (it has no {detail} table)."),
    "backup_too_new": QT_TRANSLATE_NOOP(
        "problems", "It was written by a newer simdesk (schema version {version}; this "
        "program knows up to {latest}); install the newer simdesk."),
    "backup_incomplete": QT_TRANSLATE_NOOP(
        "problems", "It lacks what a simdesk database has ({detail}): an incomplete or "
        "hand-made copy."),
    "report_unwritable": QT_TRANSLATE_NOOP(
        "problems", "The list of rejected lines could not be written to {path}; choose "
        "another folder or name."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "problems", "The restore failed; the database was left as it was. Close other "
        "simdesk windows and servers and try again."),
    # --- the database
    "data_dir_unusable": QT_TRANSLATE_NOOP(
        "problems", "The data folder cannot be created; choose another one."),
    "database_closed": QT_TRANSLATE_NOOP("problems", "The database is not open."),
    "database_driver_missing": QT_TRANSLATE_NOOP(
        "problems", "The database needs a driver that is not installed."),
    "database_unavailable": QT_TRANSLATE_NOOP(
        "problems", "The database cannot be opened; check the data folder's permissions or "
        "the database address."),
    "database_unreadable": QT_TRANSLATE_NOOP(
        "problems", "The database file is damaged or not a SQLite database; restore a "
        "backup."),
    "database_url_invalid": QT_TRANSLATE_NOOP(
        "problems", "The database address cannot be used."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "problems", "This database was written by a newer simdesk; install the newer "
        "version."),
    "seed_backup_failed": QT_TRANSLATE_NOOP(
        "problems", "Only a SQLite database can be a seed database."),
    "seed_migration_mismatch": QT_TRANSLATE_NOOP(
        "problems", "Converting the seed database lost rows, so nothing was changed."),
    # --- checks, jobs, servers
    "no_status_source": QT_TRANSLATE_NOOP(
        "problems", "No status source is configured. Set its address in Settings → Status "
        "source."),
    "status_source_down": QT_TRANSLATE_NOOP(
        "problems", "The status source does not answer; check its address in Settings."),
    "run_not_found": QT_TRANSLATE_NOOP("problems", "This check run is not known."),
    "run_in_progress_elsewhere": QT_TRANSLATE_NOOP(
        "problems", "An auto-check is already running in another simdesk on this database "
        "({owner}); none was started here. Its results appear here when it ends."),
    "turn_taken": QT_TRANSLATE_NOOP(
        "problems", "This turn of the schedule was already taken by another simdesk."),
    "engine_closed": QT_TRANSLATE_NOOP(
        "problems", "Status checks are shut down (the program is closing)."),
    "closing": QT_TRANSLATE_NOOP("problems", "The program is closing; nothing new can start."),
    "port_in_use": QT_TRANSLATE_NOOP(
        "problems", "Port {port} is already in use by another program. Choose another port "
        "in Settings."),
    "bad_host": QT_TRANSLATE_NOOP(
        "problems", "The servers' address {host} is not an address of this computer; use "
        "127.0.0.1, or 0.0.0.0 for every network, in Settings."),
    "listen_failed": QT_TRANSLATE_NOOP(
        "problems", "The server cannot listen on {host}:{port}; choose another address or "
        "port in Settings."),
}
TEXTS: Final[dict[str, str]] = {code: str(text) for code, text in _TEMPLATES.items()}


def _locale() -> QLocale:
    return formats.locale()


def _translated(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def _value(value: Any, key: str = "") -> str:
    if isinstance(value, Problem):
        return problem_text(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return str(value) if key in PLAIN_NUMBERS else _locale().toString(value)
    if isinstance(value, float):
        return _locale().toString(value, "g", 12)
    if isinstance(value, list | tuple) and all(
            hasattr(item, "ref") and hasattr(item, "reason") for item in value):
        lines = [f"{item.ref} — {_value(item.reason)}" for item in value[:SHOWN_ITEMS]]
        if len(value) > SHOWN_ITEMS:
            lines.append(QCoreApplication.translate("problems", "… and {0} more").format(
                _locale().toString(len(value) - SHOWN_ITEMS)))
        return "\n".join(lines)
    return str(value)


def _fields_text(fields: Mapping[str, Any], names: Mapping[str, str] | None) -> str:
    """The fields' reasons, each after its label when ``names`` gives one (the fields
    themselves are marked in the form); a reason said twice is said once."""
    parts: list[str] = []
    for key, reason in fields.items():
        text = _value(reason)
        label = (names or {}).get(key)
        part = f"{label}: {text}" if label else text
        if part not in parts:
            parts.append(part)
    return " ".join(parts) if not names else "; ".join(parts)


class _Params(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def render(code: str, params: Mapping[str, Any],
           names: Mapping[str, str] | None = None) -> str | None:
    """The translated text of ``code`` with ``params`` filled in, or None when the code
    has no template."""
    kind = params.get("kind")
    template = TEXTS.get(f"{code}/{kind}") if isinstance(kind, str) else None
    template = template or TEXTS.get(code)
    if template is None:
        return None
    shown = _Params({key: _value(value, key) for key, value in params.items()})
    if code in ("invalid_code", "invalid_phone") and not str(params.get("raw") or "").strip():
        return shown["problem"]  # nothing was typed: "Code : the code is empty" says it twice
    try:
        return _translated(template).format_map(shown)
    except (ValueError, IndexError, AttributeError):  # a translation with a broken brace
        return template.format_map(shown)


def problem_text(problem: str) -> str:
    """A refused value's or line's reason in the user's language (a plain string, from
    code that gives no Problem, stays as it is)."""
    if isinstance(problem, Problem):
        text = render(problem.code, problem.params)
        if text is not None:
            return text
    return str(problem)


def known(code: str) -> bool:
    return code in TEXTS


def translated_error(exc: SimdeskError, names: Mapping[str, str] | None = None) -> str | None:
    """The text of a domain error in the user's language, or None for an unknown code."""
    params: dict[str, Any] = {**exc.details, **exc.params}
    if isinstance(exc, ValidationError):
        if exc.code == ValidationError.default_code and not any(
                isinstance(reason, Problem) for reason in exc.fields.values()):
            return None  # a plain refusal (the window's own, already translated): as it is
        params["fields"] = _fields_text(exc.fields, names)
    elif isinstance(exc.details.get("fields"), dict):
        params["fields"] = _fields_text(exc.details["fields"], names)
    return render(exc.code, params, names)

"""SIM card codes (ICCID): normalisation, validation, Luhn check digits and ranges.

An ICCID is 19 or 20 digits, starts with 89 (the telecom industry identifier) and ends with
a Luhn check digit.  Some packs are printed without a valid check digit: the setting
``codes.verify_luhn`` turns that one check off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from simdesk.errors import Problem, ValidationError

# The largest whole number SQLite stores (a signed 64-bit integer, PostgreSQL's bigint too).
INT64_MAX: Final = 2**63 - 1
ICCID_LENGTHS: Final = (19, 20)
ICCID_PREFIX: Final = "89"
MAX_RANGE: Final = 100_000

# Spaces of every kind and dashes of every kind are dropped.
_DROP_RE: Final = re.compile(r"[\s\-\u2010-\u2015\u2212\u00ad\ufeff]+")

# Luhn, table-driven: a digit counts as itself in the odd places from the right (the check
# digit's is the first) and as the digit sum of its double in the even ones.  These
# ``bytes.translate`` tables turn ASCII digits into those values, so that summing them runs
# in C: for one code with ``sum``, for a batch column by column (see _luhn_sums).
_DIGITS: Final = b"0123456789"
_AS_IS: Final = bytes.maketrans(_DIGITS, bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))
_DOUBLED: Final = bytes.maketrans(_DIGITS, bytes([0, 2, 4, 6, 8, 1, 3, 5, 7, 9]))
# A code's Luhn sum (9 per digit at most: below 256 up to 28 digits) → 1 when it fails the
# check (not a multiple of 10), else 0; → the check digit that completes it (the sum of a
# body with a 0 appended).
_SUM_FAILS: Final = bytes(0 if s % 10 == 0 else 1 for s in range(256))
_SUM_CHECK_DIGIT: Final = bytes(48 + (10 - s % 10) % 10 for s in range(256))
_BATCH_WIDTH: Final = 255 // 9  # the longest code whose sum fits in a byte

def is_ascii_number(text: str) -> bool:
    """Digits 0-9 only.  ``str.isdigit`` also says yes to "²" or "٣", which ``int`` then
    refuses or reads as another number: ids and codes are ASCII digits."""
    return text.isascii() and text.isdigit()


def ascii_int(text: str, low: int = 0, high: int = INT64_MAX) -> int | None:
    """The whole number ``text`` writes in ASCII decimal digits (a leading "-" only when
    ``low`` is negative), when it lies from ``low`` to ``high``; otherwise None.  Nothing
    else is a number here: not "²", "٣" or "１２" (which ``int`` reads or refuses), not
    " 1", "+1", "1_000" or "1e3" — ids and paging come from URLs and JSON as ASCII digits."""
    negative = low < 0 and text.startswith("-")
    digits = text[1:] if negative else text
    if not is_ascii_number(digits):
        return None
    digits = digits.lstrip("0") or "0"
    if len(digits) > 19:  # past any 64-bit number (and int()'s 4,300-digit limit)
        return None
    value = -int(digits) if negative else int(digits)
    return value if low <= value <= high else None


def normalize_code(raw: str) -> str:
    """Drop spaces and dashes; nothing else is changed."""
    return _DROP_RE.sub("", raw)


def _luhn_sum(digits: str) -> int:
    raw = digits.encode("ascii")
    return sum(raw[-1::-2].translate(_AS_IS)) + sum(raw[-2::-2].translate(_DOUBLED))


def luhn_valid(digits: str) -> bool:
    return _luhn_sum(digits) % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that, appended to ``body``, makes a Luhn-valid number."""
    return str((10 - _luhn_sum(body + "0") % 10) % 10)


def _luhn_sums(blob: bytes, width: int) -> bytes:
    """The Luhn sum of each of the ``width``-digit numbers written one after another in
    ``blob`` (ASCII digits, ``width`` at most _BATCH_WIDTH), one byte each.  Column by column:
    the n-th digits of every number, turned into their values by a table, read as one big
    base-256 integer; the columns' integers added up give every number's sum in its own
    byte (no sum reaches 256, so none carries into its neighbour)."""
    total = 0
    for place in range(width):
        table = _AS_IS if (width - place) % 2 == 1 else _DOUBLED
        total += int.from_bytes(blob[place::width].translate(table), "big")
    return total.to_bytes(len(blob) // width, "big")


def _positions(flags: bytes) -> list[int]:
    """Where ``flags`` holds a 1."""
    found: list[int] = []
    at = flags.find(1)
    while at != -1:
        found.append(at)
        at = flags.find(1, at + 1)
    return found


def _by_width(numbers: Sequence[str]) -> list[tuple[int, list[int] | None]]:
    """(width, positions) of the numbers of each length; positions None: all of them."""
    widths = set(map(len, numbers))
    if len(widths) == 1:
        return [(widths.pop(), None)]
    groups: dict[int, list[int]] = {}
    for n, number in enumerate(numbers):
        groups.setdefault(len(number), []).append(n)
    return list(groups.items())


def luhn_failures(numbers: Sequence[str]) -> list[int]:
    """The positions in ``numbers`` (each ASCII digits only) of those that fail the Luhn
    check, in order: the same answer as ``not luhn_valid(n)`` for each, at C speed."""
    failed: list[int] = []
    for width, where in _by_width(numbers):
        group = numbers if where is None else [numbers[n] for n in where]
        if width == 0 or width > _BATCH_WIDTH:
            bad = [n for n, number in enumerate(group) if not luhn_valid(number)]
        else:
            bad = _positions(_luhn_sums("".join(group).encode("ascii"), width)
                             .translate(_SUM_FAILS))
        failed.extend(bad if where is None else [where[n] for n in bad])
    return sorted(failed)


def luhn_check_digits(bodies: Sequence[str]) -> list[str]:
    """Each body (ASCII digits) with its Luhn check digit appended: the same as
    ``body + luhn_check_digit(body)`` for each, at C speed."""
    full = list(bodies)
    for width, where in _by_width(bodies):
        group = bodies if where is None else [bodies[n] for n in where]
        if width + 1 > _BATCH_WIDTH:
            done = [body + luhn_check_digit(body) for body in group]
        else:
            # Each body with a 0 appended: the sum then says the digit that completes it.
            blob = "0".join(group).encode("ascii") + b"0"
            digits = _luhn_sums(blob, width + 1).translate(_SUM_CHECK_DIGIT).decode("ascii")
            done = list(map(str.__add__, group, digits))
        if where is None:
            return done
        for n, code in zip(where, done, strict=True):
            full[n] = code
    return full

# A code Excel stored as a number and shows in scientific notation (8.99980000012345E+19):
# only 15 significant digits are kept, the rest are gone.
_EXCEL_NUMBER_RE: Final = re.compile(r"\d(?:[.,]\d+)?[eE]\+?\d{1,3}")


def code_problem(code: str, *, verify_luhn: bool = True) -> Problem | None:
    """Why a *normalised* code is not an acceptable ICCID, or None when it is.  The English
    text is the reason the API and the CLI show; its ``code`` and ``params`` are for the
    window's translations."""
    if not code:
        return Problem("code_empty", "the code is empty")
    if _EXCEL_NUMBER_RE.fullmatch(code):
        return Problem(
            "code_excel_number",
            "this cell is a number in Excel, its last digits are lost; format the column as "
            "text and type or paste the codes again")
    if not (code.isascii() and code.isdigit()):
        bad = sorted({ch for ch in code if not ("0" <= ch <= "9")})
        shown = "".join(bad[:5])
        return Problem(
            "code_not_digits",
            f"contains characters other than digits ({shown!r}); an ICCID has digits only",
            chars=shown)
    if len(code) not in ICCID_LENGTHS:
        return Problem("code_length", f"has {len(code)} digits; an ICCID has 19 or 20",
                       digits=len(code))
    if not code.startswith(ICCID_PREFIX):
        return Problem("code_prefix", "does not start with 89, as every ICCID does")
    if verify_luhn and not luhn_valid(code):
        expected = luhn_check_digit(code[:-1])
        return Problem(
            "code_check_digit",
            f"fails the check digit: the last digit should be {expected}, not {code[-1]} "
            "(a typo? for packs printed without a check digit turn off "
            "the codes.verify_luhn setting)",
            expected=expected, actual=code[-1])
    return None


def _ascii_digits(text: str) -> bool:
    """:func:`is_ascii_number` for long texts: ``bytes.isdigit`` reads a table, ``str``'s
    asks the Unicode database for every character (ten times slower)."""
    return text.isascii() and text.encode("ascii").isdigit()


def normalize_codes(raws: Sequence[str]) -> list[str]:
    """:func:`normalize_code` of each; a batch of plain digits (the usual one) is checked at
    once and kept as it is."""
    if _ascii_digits("".join(raws)):
        return list(raws)
    return [raw if is_ascii_number(raw) else normalize_code(raw) for raw in raws]


def _well_formed(code: str) -> bool:
    """An ICCID but for its check digit (what code_problem checks before the Luhn)."""
    return (code.isascii() and code.isdigit() and len(code) in ICCID_LENGTHS
            and code.startswith(ICCID_PREFIX))


def _all_well_formed(codes: Sequence[str]) -> bool:
    """Every code well formed, checked without a step per code when they are all as long:
    their digits joined, the first two digits of each (every width-th one) 8 and 9."""
    widths = set(map(len, codes))
    if len(widths) != 1:
        return not codes
    width = widths.pop()
    joined = "".join(codes)
    return (width in ICCID_LENGTHS and _ascii_digits(joined)
            and not joined[0::width].strip("8") and not joined[1::width].strip("9"))


def code_problems(codes: Sequence[str], *, verify_luhn: bool = True) -> dict[int, Problem]:
    """The :func:`code_problem` of each *normalised* code that has one, by its position in
    ``codes`` (in order).  A batch of good codes costs no step per code in Python: they are
    checked all at once, and their check digits by :func:`luhn_failures`."""
    if _all_well_formed(codes):
        formed: Sequence[str] = codes
        where: list[int] | None = None
        problems: dict[int, Problem] = {}
    else:
        where, problems = [], {}
        for n, code in enumerate(codes):
            if _well_formed(code):
                where.append(n)
            elif (problem := code_problem(code, verify_luhn=verify_luhn)) is not None:
                problems[n] = problem
        formed = [codes[n] for n in where]
    if verify_luhn:
        for n in luhn_failures(formed):
            at = n if where is None else where[n]
            problem = code_problem(codes[at])
            assert problem is not None  # a well-formed code that fails the Luhn check
            problems[at] = problem
    return dict(sorted(problems.items()))


def validate_code(raw: str, *, verify_luhn: bool = True, field: str = "code") -> str:
    """Normalise ``raw`` and return it, or raise ValidationError naming the code and reason."""
    code = normalize_code(raw)
    problem = code_problem(code, verify_luhn=verify_luhn)
    if problem:
        raise ValidationError(
            f"Code {raw.strip()!r} {problem}.", fields={field: problem}, code="invalid_code",
            params={"raw": raw.strip(), "problem": problem},
        )
    return code


def expand_range(
    first: str,
    *,
    count: int | None = None,
    last: str | None = None,
    verify_luhn: bool = True,
    max_count: int = MAX_RANGE,
) -> list[str]:
    """Codes of a pack: ``first`` and ``count``, or ``first`` … ``last`` inclusive.

    With the check digit verified, the number without its last digit is counted up and every
    check digit recomputed; without it the whole number is counted up.
    """
    start = validate_code(first, verify_luhn=verify_luhn, field="first")
    if (count is None) == (last is None):
        raise ValidationError(
            "Give either a count or a last code for the range, not both and not neither.",
            fields={"count": Problem("range_ambiguous", "give a count or a last code")},
            code="range_ambiguous",
        )
    width = len(start)
    body_len = width - 1 if verify_luhn else width
    first_body = int(start[:body_len])
    if last is not None:
        end = validate_code(last, verify_luhn=verify_luhn, field="last")
        if len(end) != width:
            raise ValidationError(
                f"The last code {end} has {len(end)} digits but the first has {width}; "
                "both ends of a range have the same length.",
                fields={"last": Problem("range_length_mismatch",
                                        "not the same length as the first code",
                                        last=end, digits=len(end), width=width)},
                code="range_length_mismatch",
                params={"last": end, "digits": len(end), "width": width},
            )
        last_body = int(end[:body_len])
        if last_body < first_body:
            raise ValidationError(
                f"The last code {end} comes before the first code {start}; swap them.",
                fields={"last": Problem("range_reversed", "comes before the first code",
                                        first=start, last=end)},
                code="range_reversed",
                params={"first": start, "last": end},
            )
        count = last_body - first_body + 1
    assert count is not None
    if count < 1:
        raise ValidationError(
            f"The count must be at least 1 (got {count}).",
            fields={"count": Problem("range_count_invalid", "must be at least 1",
                                     count=count)},
            code="range_count_invalid",
            params={"count": count},
        )
    if count > max_count:
        raise ValidationError(
            f"The range holds {count} codes; at most {max_count} are taken at once. "
            "Split it into smaller packs.",
            fields={"count": Problem("range_too_large", f"at most {max_count}",
                                     count=count, max=max_count)},
            code="range_too_large",
            params={"count": count, "max": max_count},
        )
    last_text = str(first_body + count - 1).zfill(body_len)
    if len(last_text) > body_len or not last_text.startswith(ICCID_PREFIX):
        raise ValidationError(
            f"Counting {count} codes up from {start} runs past the last {width}-digit ICCID "
            "(they all start with 89); ask for fewer.",
            fields={"count": Problem("range_overflow", "the range runs past the code length",
                                     count=count, first=start, width=width)},
            code="range_overflow",
            params={"count": count, "first": start, "width": width},
        )
    bodies = list(map(f"%0{body_len}d".__mod__, range(first_body, first_body + count)))
    return luhn_check_digits(bodies) if verify_luhn else bodies

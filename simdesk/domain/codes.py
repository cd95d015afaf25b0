"""SIM card codes (ICCID): normalisation, validation, Luhn check digits and ranges.

An ICCID is 19 or 20 digits, starts with 89 (the telecom industry identifier) and ends with
a Luhn check digit.  Some packs are printed without a valid check digit: the setting
``codes.verify_luhn`` turns that one check off.
"""

from __future__ import annotations

import re
from typing import Final

from simdesk.errors import Problem, ValidationError

# The largest whole number SQLite stores (a signed 64-bit integer, PostgreSQL's bigint too).
INT64_MAX: Final = 2**63 - 1
ICCID_LENGTHS: Final = (19, 20)
ICCID_PREFIX: Final = "89"
MAX_RANGE: Final = 100_000

# Spaces of every kind and dashes of every kind are dropped.
_DROP_RE: Final = re.compile(r"[\s\-\u2010-\u2015\u2212\u00ad\ufeff]+")
# Digit sum of 2*d, as a translation table so that the whole job runs in C.
_DOUBLED: Final = str.maketrans("0123456789", "0246813579")


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
    plain = digits[-1::-2]
    doubled = digits[-2::-2].translate(_DOUBLED)
    return sum(plain.encode("ascii")) + sum(doubled.encode("ascii")) - 48 * len(digits)


def luhn_valid(digits: str) -> bool:
    return _luhn_sum(digits) % 10 == 0


def luhn_check_digit(body: str) -> str:
    """The digit that, appended to ``body``, makes a Luhn-valid number."""
    return str((10 - _luhn_sum(body + "0") % 10) % 10)


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
    codes: list[str] = []
    for n in range(first_body, first_body + count):
        body = str(n).zfill(body_len)
        codes.append(body + luhn_check_digit(body) if verify_luhn else body)
    return codes

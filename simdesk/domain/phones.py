"""Uzbek phone numbers (+998 and nine digits) and their mobile operators."""

from __future__ import annotations

from typing import Final

import phonenumbers
from phonenumbers import carrier

from simdesk.errors import Problem, ValidationError

# libphonenumber's carrier names, spelled the way the office knows the brands.
_CARRIER_NAMES: Final = {
    "Uzbektelecom": "Uzmobile",
    "MobiUZ": "Mobiuz",
    "HUMANS": "Humans",
}
OPERATORS: Final = ("Beeline", "Ucell", "Uzmobile", "Mobiuz", "Perfectum", "Humans")

_MOBILE_TYPES: Final = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)


def _parse(raw: str, field: str) -> phonenumbers.PhoneNumber:
    text = raw.strip()
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) == 12 and digits.startswith("998") and not text.startswith("+"):
        text = "+" + digits
    try:
        number = phonenumbers.parse(text, "UZ")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or number.country_code != 998 or not phonenumbers.is_valid_number(number):
        reason = Problem("phone_invalid",
                         "is not an Uzbek phone number; write it like +998 90 123 45 67")
        raise ValidationError(
            f"Phone {raw.strip()!r} {reason}.", fields={field: reason}, code="invalid_phone",
            params={"raw": raw.strip(), "problem": reason},
        )
    return number


def normalize_phone(raw: str, *, field: str = "phone") -> str:
    """E.164 (+998 and nine digits), or ValidationError.  Accepts spaces, dashes, brackets,
    998… and the nine digits alone."""
    return phonenumbers.format_number(_parse(raw, field), phonenumbers.PhoneNumberFormat.E164)


def normalize_mobile(raw: str, *, field: str = "phone") -> str:
    number = _parse(raw, field)
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        reason = Problem(
            "phone_not_mobile",
            "is not a mobile number (a SIM card's number starts with an operator's code)")
        raise ValidationError(
            f"Phone {raw.strip()!r} {reason}.", fields={field: reason}, code="invalid_phone",
            params={"raw": raw.strip(), "problem": reason},
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def operator_for(phone: str) -> str | None:
    """The operator of a normalised mobile number, or None when unknown."""
    try:
        number = phonenumbers.parse(phone, "UZ")
    except phonenumbers.NumberParseException:
        return None
    name = carrier.name_for_number(number, "en")
    if not name:
        return None
    return _CARRIER_NAMES.get(name, name)


def format_phone(phone: str) -> str:
    """+998 90 123 45 67 style, for display."""
    if len(phone) == 13 and phone.startswith("+998"):
        d = phone[4:]
        return f"+998 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}"
    return phone

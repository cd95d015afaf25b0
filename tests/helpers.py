"""Small builders shared by the tests."""

from __future__ import annotations

from simdesk.domain.codes import expand_range, luhn_check_digit


def iccid(n: int, prefix: str = "8999801") -> str:
    """The n-th valid 19-digit ICCID of a test pack."""
    body = prefix + str(n).zfill(18 - len(prefix))
    return body + luhn_check_digit(body)


def pack(count: int, start: int = 0) -> list[str]:
    return expand_range(iccid(start), count=count)

"""Time helpers.  The database stores naive UTC timestamps; people see local time."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta


def utcnow() -> datetime:
    """The current time as a naive UTC datetime (the form stored in the database)."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_offset() -> timedelta:
    """The local time zone's current offset from UTC (Uzbekistan: +05:00, no DST)."""
    offset = datetime.now().astimezone().utcoffset()
    return offset if offset is not None else timedelta(0)


def local_offset_minutes() -> int:
    return int(local_offset().total_seconds() // 60)


def to_local(value: datetime) -> datetime:
    """A stored naive-UTC timestamp as an aware local datetime."""
    return value.replace(tzinfo=UTC).astimezone()


def to_local_iso(value: datetime | None) -> str | None:
    """ISO 8601 text in local time with its offset, or None."""
    if value is None:
        return None
    return to_local(value).isoformat(timespec="seconds")


def local_today() -> date:
    return datetime.now().astimezone().date()


def parse_timestamp(text: str) -> datetime:
    """Parse ISO-ish text (as the seed wrote it, naive = local time) into naive UTC.

    Raises ValueError with the offending text when it cannot be read.
    """
    cleaned = text.strip()
    if cleaned.endswith(("Z", "z")):
        cleaned = cleaned[:-1] + "+00:00"
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        parsed = None
        for fmt in ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d"):
            try:
                parsed = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise ValueError(f"cannot read {text!r} as a date and time")
    if parsed.tzinfo is None:
        parsed = parsed.astimezone()  # naive means local time
    return parsed.astimezone(UTC).replace(tzinfo=None)

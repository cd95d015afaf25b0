"""Numbers and dates as the chosen language writes them (QLocale of uz, ru or en).

Every number the window shows goes through :func:`number` (1 234 567 in Uzbek and
Russian, 1,234,567 in English) and every date through :func:`date_text` /
:func:`datetime_text`: one format everywhere, the locale's short date with a four-digit
year.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from simdesk.gui import i18n
from simdesk.timeutil import to_local


@functools.cache
def _locale_of(language: str) -> QLocale:
    return QLocale(i18n.LOCALES.get(language, "en_US"))


@functools.cache
def _date_format_of(language: str) -> str:
    text = _locale_of(language).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in text:
        text = text.replace("yy", "yyyy")
    return text


def locale() -> QLocale:
    """The locale of the window's language."""
    return _locale_of(i18n.current_language())


def number(value: int | float) -> str:
    """A whole number with the language's group separators."""
    return locale().toString(round(value))


def decimal(value: float, digits: int = 1) -> str:
    return locale().toString(float(value), "f", digits)


def date_format() -> str:
    """The locale's short date format, with the year in four digits."""
    return _date_format_of(i18n.current_language())


def day_month_text(value: date | datetime) -> str:
    """Day and month in the locale's order, without the year (a chart's axis)."""
    short = re.sub(r"[^dM]*y+[^dM]*", "", date_format())
    return locale().toString(QDate(value.year, value.month, value.day), short)


def date_text(value: date | datetime) -> str:
    """A calendar date (a datetime is taken as it is: convert UTC first)."""
    return locale().toString(QDate(value.year, value.month, value.day), date_format())


def datetime_text(utc: datetime) -> str:
    """A stored (naive UTC) time as the local date and hour:minute."""
    local = to_local(utc)
    return f"{date_text(local)} {local:%H:%M}"

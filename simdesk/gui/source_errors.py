"""A status source's error, as the check engine stored it in English, in the user's language.

The engine writes the reason a call failed into the checks log (``status_check.error``) and
the run's summary, in English for the API and the CLI.  The window shows those words on the
Settings page (*Test connection*), in the checks log and in the status bar: each known
sentence of ``simdesk.checking.http`` and ``simdesk.checking.sources`` is recognised here
with its numbers and named again in the user's language; what follows a recognised sentence
(the source's own reply, an address) stays as the source gave it, and text that is not
recognised is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QCoreApplication

# (pattern of the English sentence, the translated sentence with the pattern's groups)
_SENTENCES: Final[tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...]] = (
    (
        re.compile(r"connection refused: nothing is listening at the status source's address"),
        lambda m: QCoreApplication.translate(
            "source_errors",
            "connection refused: nothing is listening at the status source's address",
        ),
    ),
    (
        re.compile(r"could not connect in time \(connection timed out\)"),
        lambda m: QCoreApplication.translate(
            "source_errors", "could not connect in time (connection timed out)"
        ),
    ),
    (
        re.compile(r"the status source closed the connection without an answer"),
        lambda m: QCoreApplication.translate(
            "source_errors", "the status source closed the connection without an answer"
        ),
    ),
    (
        re.compile(r"the status source's host name cannot be resolved"),
        lambda m: QCoreApplication.translate(
            "source_errors", "the status source's host name cannot be resolved"
        ),
    ),
    (
        re.compile(r"connection failed: the status source cannot be reached"),
        lambda m: QCoreApplication.translate(
            "source_errors", "connection failed: the status source cannot be reached"
        ),
    ),
    (
        re.compile(
            r"no answer within the deadline of ([\d.]+) s(?: \((\d+) attempts\))?; the "
            r"status source is slow or not answering \(raise checks\.deadline_seconds if "
            r"it is only slow\)"
        ),
        lambda m: QCoreApplication.translate(
            "source_errors",
            "no answer within the deadline of {0} s; the status source is slow or not "
            "answering (raise the deadline in Settings if it is only slow)",
        ).format(m.group(1)),
    ),
    (
        re.compile(r"the status source answered HTTP (\d+)"),
        lambda m: QCoreApplication.translate(
            "source_errors", "the status source answered HTTP {0}"
        ).format(m.group(1)),
    ),
    (
        re.compile(r"the answer is not valid JSON"),
        lambda m: QCoreApplication.translate("source_errors", "the answer is not valid JSON"),
    ),
    (
        re.compile(
            r"the answer has no status at '([^']*)'; set status_source\.status_path to "
            r"where the operator's answer keeps it"
        ),
        lambda m: QCoreApplication.translate(
            "source_errors",
            "the answer has no status at '{0}'; set the path of the status in Settings",
        ).format(m.group(1)),
    ),
    (
        re.compile(
            r"card (\d+) has no phone number, which the status source's address needs "
            r"\((\{\w+\})\); add the phone to the card"
        ),
        lambda m: QCoreApplication.translate(
            "source_errors",
            "card {0} has no phone number, which the status source's address needs; "
            "add the phone to the card",
        ).format(m.group(1)),
    ),
    (
        re.compile(r" after (\d+) attempts"),
        lambda m: (
            " "
            + QCoreApplication.translate("source_errors", "after {0} attempts").format(
                m.group(1)
            )
        ),
    ),
    (
        re.compile(r"^cut off: "),
        lambda m: QCoreApplication.translate("source_errors", "cut off:") + " ",
    ),
    (
        re.compile(r"^no such card$"),
        lambda m: QCoreApplication.translate("source_errors", "no such card"),
    ),
)


def source_error_text(error: str | None) -> str:
    """``error`` with every recognised sentence in the user's language."""
    if not error:
        return ""
    text = error
    for pattern, translate in _SENTENCES:
        text = pattern.sub(translate, text)
    return text

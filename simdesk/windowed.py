"""The windowed program (``simdesk.exe`` on Windows, built without a console): what the
command line prints has nowhere to go (``sys.stdout`` and ``sys.stderr`` are None), so an
error before the window opens — no database driver, an unusable data folder — vanished, and
so did ``simdesk.exe --self-test``'s report.  Here the output is gathered and shown in a
message box when the program ends with an error, or when it was asked for something that
only prints (``--self-test``, ``--version``, ``--help``)."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Sequence

PRINTING_FLAGS = ("--self-test", "--version", "--help", "-h")
# Set by benchmarks/bundle.py and CI: no message box waits for a click there.
NO_BOX_ENV = "SIMDESK_NO_MESSAGE_BOX"


def has_console() -> bool:
    return sys.stdout is not None and sys.stderr is not None


def run(main: Callable[[], int], argv: Sequence[str] | None = None) -> int:
    """``main()``, its output shown in a message box when there is no console."""
    if has_console():
        return main()
    args = list(sys.argv[1:] if argv is None else argv)
    captured = io.StringIO()
    if sys.stdout is None:
        sys.stdout = captured
    if sys.stderr is None:
        sys.stderr = captured
    try:
        status = main()
    except SystemExit as exc:  # argparse: --help, --version, a usage error
        code = exc.code
        status = code if isinstance(code, int) else (0 if code is None else 1)
    text = captured.getvalue().strip()
    if text and (status != 0 or any(arg in PRINTING_FLAGS for arg in args)):
        show(text, error=status != 0)
    return status


def show(text: str, *, error: bool) -> None:
    """A native message box (Windows); elsewhere nothing can be shown without a console."""
    if os.environ.get(NO_BOX_ENV):
        return
    if sys.platform == "win32":
        import ctypes

        flags = 0x10 if error else 0x40  # MB_ICONERROR, MB_ICONINFORMATION
        ctypes.windll.user32.MessageBoxW(None, text[-4000:], "simdesk", flags)

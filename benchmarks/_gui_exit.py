"""How the GUI benchmarks end (``gui_table.py``, ``gui_selection.py``): a failed step is
reported with its traceback and exit code 1, and either way the process leaves through
``os._exit`` — Python's own teardown of PySide's objects after a million-row page is slow,
and it has crashed in the collector (a "none_dealloc" fatal error) once everything was
measured and closed."""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Callable
from typing import NoReturn


def run_then_exit(step: Callable[[], object]) -> NoReturn:
    code = 0
    try:
        step()
    except BaseException:  # a failed step (a timeout's SystemExit too): reported
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)

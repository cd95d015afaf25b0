"""Pausing Python's cycle collector while many small objects are built.

Building a million rows (a card list, a file's lines) makes the collector run again and
again, each full pass longer than the last, for nothing: rows hold no reference cycles.
While it runs it holds the interpreter, so the window's event loop stalls with it (gaps of
200 ms while a check of 900,000 cards loaded them).  ``gc_paused`` turns it off for the
block; it is counted, so that blocks on several threads at once turn it on again only when
the last one ends (and only if it was on before the first began).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()

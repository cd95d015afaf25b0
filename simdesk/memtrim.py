"""Giving memory back to the operating system after big jobs (glibc only; a no-op elsewhere).

glibc's ``malloc`` keeps the memory a thread freed in that thread's arena for its next
allocations instead of returning it: after a request that parsed a 100,000-code body and
built a 10 MB answer, the resident size of the server stays up by tens of MiB per worker
thread that served one.  :func:`trim` (``malloc_trim(0)``) hands the free pages of every
arena back; :func:`limit_arenas` (``mallopt(M_ARENA_MAX, n)``) makes threads share a few
arenas rather than one each, so that less freed memory lingers in the first place.

Both are harmless where glibc is absent (Windows, macOS, musl): they do nothing and say so
by returning False.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os
import sys
import threading
from typing import Any, Final

log = logging.getLogger("simdesk.memtrim")

# glibc's mallopt parameter numbers (malloc.h)
M_MMAP_THRESHOLD: Final = -3
M_ARENA_MAX: Final = -8
# Blocks this large or larger get their own mapping, unmapped as soon as they are freed (a
# request body, an answer); fixing it also stops glibc from raising it (up to 32 MiB) after
# the first such block is freed, which would leave the next ones in the arenas.
SERVER_MMAP_THRESHOLD: Final = 4 * 1024 * 1024

_libc: Any = None
_loaded = False
_load_lock = threading.Lock()


def open_glibc(platform: str) -> Any:
    """glibc's handle (with malloc_trim and mallopt) when ``platform`` is Linux and this
    process runs on glibc; None elsewhere (Windows, macOS, musl)."""
    if not platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.gnu_get_libc_version  # absent from musl: not glibc # noqa: B018
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.mallopt.restype = ctypes.c_int
    except (OSError, AttributeError):
        return None
    return libc


def _glibc() -> Any:
    """This process's glibc (see :func:`open_glibc`), looked up once."""
    global _libc, _loaded
    with _load_lock:
        if not _loaded:
            _libc = open_glibc(sys.platform)
            _loaded = True
        return _libc


def available() -> bool:
    """Whether this process runs on glibc (so :func:`trim` and :func:`limit_arenas` act)."""
    return _glibc() is not None


def trim() -> bool:
    """Return the free memory of every malloc arena to the operating system
    (``malloc_trim(0)``).  Takes a few milliseconds at most; True when glibc did so."""
    libc = _glibc()
    if libc is None:
        return False
    try:
        libc.malloc_trim(0)
    except Exception:  # never let housekeeping fail a request
        log.exception("malloc_trim failed")
        return False
    return True


_tuned = False


def tune_for_server() -> bool:
    """Once per process, before a server's worker threads start: big blocks mapped on their
    own (``SERVER_MMAP_THRESHOLD``) and at most one malloc arena per processor (at least
    2), unless the MALLOC_MMAP_THRESHOLD_ / MALLOC_ARENA_MAX environment variables choose
    otherwise.  True when glibc took the settings (now or at an earlier call)."""
    global _tuned
    libc = _glibc()
    if libc is None:
        return False
    if _tuned:
        return True
    ok = True
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        try:
            ok = bool(libc.mallopt(M_MMAP_THRESHOLD, SERVER_MMAP_THRESHOLD))
        except Exception:
            log.exception("mallopt(M_MMAP_THRESHOLD) failed")
            ok = False
    if "MALLOC_ARENA_MAX" not in os.environ:
        ok = limit_arenas(max(2, os.cpu_count() or 1)) and ok
    _tuned = ok
    return ok


def limit_arenas(count: int) -> bool:
    """At most ``count`` malloc arenas for the threads started from now on
    (``mallopt(M_ARENA_MAX, count)``); True when glibc accepted it.  Call it before the
    worker threads start.  The environment variable MALLOC_ARENA_MAX, when set, wins."""
    libc = _glibc()
    if libc is None or count < 1:
        return False
    try:
        return bool(libc.mallopt(M_ARENA_MAX, count))
    except Exception:
        log.exception("mallopt(M_ARENA_MAX) failed")
        return False

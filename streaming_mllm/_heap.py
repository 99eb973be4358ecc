"""Keep freed memory in the process's heap, so that file mode's blocks reuse it.

Each step of a long file allocates the same arrays again: frames, spectra,
every effect's output, a few hundred kilobytes each.  glibc's malloc gives
blocks of that size back to the kernel when they are freed (``munmap``, or
trimming the heap's top), and the next step asks for them again: the kernel
hands out fresh zeroed pages, one page fault per 4 KiB.  On "a robot with
echo in a cathedral", 48 kHz stereo, that was some 93,000 page faults per
minute of audio and a fifth of the CPU time spent in the kernel.

:func:`keep_freed_memory` raises glibc's two thresholds once per process
(``mallopt``): blocks up to 32 MiB come from the heap, and up to 64 MiB of
free memory stays at its top instead of going back to the kernel.  The
peak memory does not change (it is the working set's); what changes is
that memory freed after a step is kept for the next.  The file and pipe
edges call it; a process whose environment sets malloc's own tunables, or
that does not run on glibc, is left alone.
"""

from __future__ import annotations

import ctypes
import os
import platform

_M_TRIM_THRESHOLD = -1
_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 32 << 20
"""Blocks smaller than this come from the heap (glibc's largest allowed value)."""
TRIM_THRESHOLD = 64 << 20
"""Free memory kept at the heap's top before it goes back to the kernel."""

_ENV = ("GLIBC_TUNABLES", "MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")
_state: dict[str, bool] = {}


def keep_freed_memory() -> bool:
    """Set glibc's thresholds (see the module docstring) once; return whether
    they are set.  False, and nothing changed, off glibc or when the
    environment already tunes malloc."""
    if "done" in _state:
        return _state["done"]
    ok = False
    if platform.libc_ver()[0] == "glibc" and not any(v in os.environ for v in _ENV):
        try:
            mallopt = ctypes.CDLL(None).mallopt
        except (OSError, AttributeError):
            mallopt = None
        if mallopt is not None:
            mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
            mallopt.restype = ctypes.c_int
            # glibc's mallopt returns 1 on success
            ok = mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
            ok = mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD) == 1 and ok
    _state["done"] = ok
    return ok

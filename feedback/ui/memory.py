"""Let the server hand freed memory back: glibc malloc settings for a long-running process.

Streamlit runs every session's script in a thread of one process, and pages build pandas
frames of a few MB that live for one run. With glibc's defaults each thread may get an arena of
its own (up to 8 per core), and once a large block has been freed, blocks of that size come from
the heap instead of ``mmap``, where a small object allocated later pins them: the resident memory
grows with every page and filter visited and never shrinks. Two settings bound that:

* at most ``arena_max`` arenas (``M_ARENA_MAX``), as ``MALLOC_ARENA_MAX`` would;
* blocks of ``mmap_threshold`` bytes and more always come from ``mmap`` (``M_MMAP_THRESHOLD``,
  which also turns off the sliding threshold), so freeing them returns them to the system.

An operator's own ``MALLOC_ARENA_MAX`` / ``MALLOC_MMAP_THRESHOLD_`` wins. Other C libraries
(musl, macOS) are left alone. Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import ctypes
import functools
import os
import sys

M_MMAP_THRESHOLD = -3  # <malloc.h>
M_ARENA_MAX = -8
ARENA_MAX = 2
MMAP_THRESHOLD = 1 << 20  # 1 MiB


@functools.cache
def tune_malloc(arena_max: int = ARENA_MAX, mmap_threshold: int = MMAP_THRESHOLD) -> bool:
    """Apply the settings once per process (later calls, on every rerun, return the first
    answer); True when glibc took them."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    ok = True
    if "MALLOC_ARENA_MAX" not in os.environ:
        ok = bool(mallopt(M_ARENA_MAX, arena_max)) and ok
    if "MALLOC_MMAP_THRESHOLD_" not in os.environ:
        ok = bool(mallopt(M_MMAP_THRESHOLD, mmap_threshold)) and ok
    return ok

"""The server's memory: freed page data goes back to the system, and the garbage collector
does not walk the code and data every run keeps.

**malloc.** glibc settings for a long-running process.

Streamlit runs every session's script in a thread of one process, and pages build pandas
frames of a few MB that live for one run. With glibc's defaults each thread may get an arena of
its own (up to 8 per core), and once a large block has been freed, blocks of that size come from
the heap instead of ``mmap``, where a small object allocated later pins them: the resident memory
grows with every page and filter visited and never shrinks. Two settings bound that:

* at most ``arena_max`` arenas (``M_ARENA_MAX``), as ``MALLOC_ARENA_MAX`` would;
* blocks of ``mmap_threshold`` bytes and more always come from ``mmap`` (``M_MMAP_THRESHOLD``,
  which also turns off the sliding threshold), so freeing them returns them to the system.

An operator's own ``MALLOC_ARENA_MAX`` / ``MALLOC_MMAP_THRESHOLD_`` wins. Other C libraries
(musl, macOS) are left alone.

**Garbage collection.** After every script run, and every run of a fragment (the 2-s freshness
poll of each open tab), Streamlit calls ``gc.collect(2)`` (``runner.postScriptGC``), which
walks every tracked object of the process: the imported libraries (pandas, plotly,
SQLAlchemy), the analyser, the caches. On this app that took 100-250 ms per run, holding the
GIL, so a finished page reached the browser that much later, and three idle tabs cost the
server an eighth of a core. :func:`freeze_long_lived` moves what exists at the start of a run
into the collector's permanent generation (``gc.freeze``) whenever modules were imported since
the last time; the collection after a run then walks only what runs created (under 25 ms).
Figures: docs/benchmarks.md.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import os
import sys
import threading

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


_frozen_at_modules = 0  # len(sys.modules) at the last freeze
_freeze_lock = threading.Lock()


def freeze_long_lived() -> bool:
    """Freeze the collector's view of the process when modules were imported since the last
    freeze; call at the start of a run (the router does). True when it froze.

    At the start of a run, not the end: the run before has been collected by then, so what is
    frozen is what lives on (modules, their data, the analyser, caches), and hardly any of a
    run's passing garbage. Imports are few and happen early (the first visit of each page), so
    this freezes a handful of times per process and then never again. A frozen object is still
    freed when its last reference goes; only a reference cycle among frozen objects would
    stay, and frozen objects are the long-lived ones.
    """
    global _frozen_at_modules
    loaded = len(sys.modules)
    if loaded <= _frozen_at_modules:
        return False
    with _freeze_lock:
        if loaded <= _frozen_at_modules:
            return False
        gc.freeze()
        _frozen_at_modules = loaded
    return True

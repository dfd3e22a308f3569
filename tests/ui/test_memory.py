"""The server's malloc settings hand freed page data back to the system (feedback.ui.memory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Frees one 2 MB block (glibc then serves blocks of that size from the heap), allocates 150 of
# them with a small object after each (which pins the heap), frees the big ones; prints the
# resident MB before and after that last free.
_SCRIPT = """
import sys
import numpy as np
sys.path.insert(0, {root!r})
if {tuned}:
    from feedback.ui.memory import tune_malloc
    assert tune_malloc()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
block = np.ones(2_000_000 // 8)
del block
keep, big = [], []
for _ in range(150):
    big.append(np.ones(2_000_000 // 8))
    keep.append(bytearray(2000))
before = rss()
del big
print(before, rss())
"""


def _freed_mb(tuned: bool) -> float:
    code = _SCRIPT.format(root=str(ROOT), tuned=tuned)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    before, after = map(float, out.split())
    return before - after


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the settings are glibc's (Linux)")
def test_freed_page_data_goes_back_to_the_system() -> None:
    # 150 blocks of 2 MB are 286 MiB; with the settings nearly all of it is returned.
    assert _freed_mb(tuned=True) > 250
    # The control: with glibc's defaults the same frees return nothing, so the setting matters.
    assert _freed_mb(tuned=False) < 50


# Calls freeze_long_lived at "run starts": once after the imports, again only after a new
# import; prints what it answered, how many objects are frozen, and whether a full collection
# still reaches a cycle made after the last freeze.
_FREEZE_SCRIPT = """
import gc, sys, weakref
sys.path.insert(0, {root!r})
from feedback.ui.memory import freeze_long_lived
first = freeze_long_lived()
frozen = gc.get_freeze_count()
again = freeze_long_lived()
import wave  # a new module: the next run start freezes again
after_import = freeze_long_lived()
class Node:
    pass
node = Node(); node.me = node  # a reference cycle made after the freeze
alive = weakref.ref(node)
del node
gc.collect(2)
print(first, frozen > 1000, again, after_import, gc.get_freeze_count() > frozen, alive() is None)
"""


def test_the_long_lived_objects_are_frozen_once_per_import_and_new_garbage_is_still_collected():
    code = _FREEZE_SCRIPT.format(root=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    first, many, again, after_import, grew, collected = out
    assert (first, many) == ("True", "True")  # the imports so far are frozen
    assert again == "False"  # nothing imported since: no new freeze
    assert (after_import, grew) == ("True", "True")  # a new import: frozen again
    assert collected == "True"  # garbage made after the freeze is still collected

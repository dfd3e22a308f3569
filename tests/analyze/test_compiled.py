"""The compiled analysis (``make`` builds it with mypyc where a C compiler is present) must be
built from the sources as they are: an extension module wins over its ``.py`` on import, so a
stale one would test and run yesterday's code."""

from __future__ import annotations

from pathlib import Path

import feedback.analyze.pipeline

ANALYZE = Path(__file__).resolve().parents[2] / "feedback" / "analyze"


def test_no_compiled_module_is_older_than_its_source():
    stale = [
        so.relative_to(ANALYZE).as_posix()
        for so in ANALYZE.rglob("*.so")
        if so.stat().st_mtime < so.with_name(so.name.split(".")[0] + ".py").stat().st_mtime
    ]
    assert not stale, f"rebuild with `make` (or remove with `make uncompile`): {stale}"


def test_every_compiled_module_has_its_source_next_to_it():
    orphans = [
        so.name
        for so in ANALYZE.rglob("*.so")
        if not so.with_name(so.name.split(".")[0] + ".py").exists()
    ]
    assert not orphans, f"compiled modules without a source: {orphans} (run `make uncompile`)"


def test_the_pipeline_imports_from_this_checkout():
    assert Path(feedback.analyze.pipeline.__file__).resolve().is_relative_to(ANALYZE)

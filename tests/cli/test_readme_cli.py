"""What the README says about running the app and the command line matches the code."""

from __future__ import annotations

import re
from pathlib import Path

from feedback.i18n import t

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text("utf-8")


def test_the_documented_port_variable_is_the_makefiles():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    variable = re.search(r"^(\w+) \?= 8501$", makefile, re.M)
    assert variable is not None
    assert f"`make run {variable.group(1)}=" in README
    assert f"--server.port $({variable.group(1)})" in makefile


def test_the_workers_memory_figure_is_the_same_in_readme_and_help():
    """The README said 340 MB, the --workers help 330 MB (docs/benchmarks.md: 348 MB)."""
    (in_readme,) = re.findall(r"about (\d+) MB more memory", README)
    for lang in ("de", "en"):
        in_help = re.findall(r"(\d+) MB", t("cli.import_workers_help", lang))
        assert in_help == [in_readme], lang


def test_the_readme_names_the_exit_code_of_a_store_that_cannot_be_opened():
    assert "one line saying why and exit code 2" in " ".join(README.split())

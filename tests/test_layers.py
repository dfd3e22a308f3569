"""The layer rules from the README, checked on the source tree."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
UI_ALLOWED = ("dashboard.py", "pages/", "feedback/ui/")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


SOURCES = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "feedback").rglob("*.py"))
# The scripts at the top (dashboard.py) and any added there later.
TOP_LEVEL = sorted(p.name for p in ROOT.glob("*.py"))


@pytest.mark.parametrize("source", [*SOURCES, *TOP_LEVEL])
def test_streamlit_only_in_the_ui_layer(source):
    if source.startswith(UI_ALLOWED):
        return
    assert not any(n == "streamlit" or n.startswith("streamlit.") for n in _imports(ROOT / source))


def test_no_runtime_downloads_anywhere():
    for path in [*ROOT.joinpath("feedback").rglob("*.py"), *ROOT.joinpath("pages").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "nltk.download" not in text, path
        assert "hf_hub_download" not in text, path


ANALYSIS = [s for s in SOURCES if s.startswith("feedback/analyze/")]


@pytest.mark.parametrize("source", ANALYSIS)
def test_the_analysis_stands_on_its_own(source):
    # The analysis is pure text in, scores out: it reads no store, collects nothing, draws
    # nothing (the collection and the store import it, never the other way round).
    above = ("feedback.collect", "feedback.store", "feedback.services", "feedback.ui")
    assert not [n for n in _imports(ROOT / source) if n.startswith(above)]


@pytest.mark.parametrize("source", sorted(p.name for p in (ROOT / "pages").glob("*.py")))
def test_pages_do_not_query_or_analyse_themselves(source):
    imports = _imports(ROOT / "pages" / source)
    forbidden = {"sqlalchemy", "feedback.store.db", "feedback.analyze.pipeline"}
    assert not imports & forbidden


# The writers that check no role: only the services (and the store, the pipeline, the demo
# seeder and the tests) may call them. Pages, the UI helpers and the CLI write through
# feedback.services, which checks the signed-in actor first.
UNCHECKED_WRITERS = {
    "feedback.collect.edit": {"set_status", "edit_text", "delete_quotes"},
    "feedback.collect.importer": {"import_csv"},
    "feedback.collect.bulk": {"import_rows"},
    "feedback.collect.pipeline": {"submit_quote", "submit_many"},
    "feedback.store.settings": {"save_settings"},
    "feedback.store.users": {"add_user", "update_user", "remove_user"},
    "feedback.store.directory": {"add_team", "add_agent", "set_consent"},
}
WRITERS_CALLED_FROM = ("dashboard.py", "pages/", "feedback/ui/", "feedback/cli/")


def _imported_names(path: Path) -> set[tuple[str, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        (node.module, alias.name)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


_FRONT_ENDS = sorted(
    p.relative_to(ROOT).as_posix()
    for p in [
        ROOT / "dashboard.py",
        *(ROOT / "pages").glob("*.py"),
        *(ROOT / "feedback").rglob("*.py"),
    ]
    if p.relative_to(ROOT).as_posix().startswith(WRITERS_CALLED_FROM)
)


@pytest.mark.parametrize("source", _FRONT_ENDS)
def test_front_ends_write_only_through_the_role_checked_services(source):
    used = {
        f"{module}.{name}"
        for module, name in _imported_names(ROOT / source)
        if name in UNCHECKED_WRITERS.get(module, set())
    }
    assert not used, f"{source} calls {sorted(used)} directly; use feedback.services instead"


def test_reading_pages_do_not_import_the_submission_pipeline():
    """Redaction and analysis cost a read-only page's first visit 0.3 s of imports
    (docs/benchmarks.md); the app shell, the wall's and the trends' modules leave them out."""
    code = (
        "import sys\n"
        "import feedback.ui.auth, feedback.ui.resources, feedback.ui.session, feedback.ui.router\n"
        "import feedback.ui.filters, feedback.ui.charts, feedback.ui.trend_data, feedback.ui.wall\n"
        "heavy = {'feedback.collect.pipeline', 'feedback.collect.redact',"
        " 'feedback.analyze.pipeline'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"

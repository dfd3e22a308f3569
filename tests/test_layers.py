"""The layer rules from the README, checked on the source tree."""

from __future__ import annotations

import ast
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


@pytest.mark.parametrize("source", SOURCES)
def test_streamlit_only_in_the_ui_layer(source):
    if source.startswith(UI_ALLOWED):
        return
    assert not any(n == "streamlit" or n.startswith("streamlit.") for n in _imports(ROOT / source))


def test_no_runtime_downloads_anywhere():
    for path in [*ROOT.joinpath("feedback").rglob("*.py"), *ROOT.joinpath("pages").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert "nltk.download" not in text, path
        assert "hf_hub_download" not in text, path


@pytest.mark.parametrize("source", sorted(p.name for p in (ROOT / "pages").glob("*.py")))
def test_pages_do_not_query_or_analyse_themselves(source):
    imports = _imports(ROOT / "pages" / source)
    forbidden = {"sqlalchemy", "feedback.store.db", "feedback.analyze.pipeline"}
    assert not imports & forbidden

"""Every page registered in dashboard.py renders in both languages without an exception.

Parametrised over the same registry dashboard.py uses, so no page can exist without a test.
"""

from __future__ import annotations

import pytest

from feedback.i18n import t
from feedback.ui.registry import PAGES
from tests.pages.conftest import open_page


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_page_renders(store_url, spec, lang):
    at = open_page(spec.path, lang)

    assert not at.exception, [e.value for e in at.exception]
    shown = " ".join(
        [m.value for m in at.markdown]
        + [h.value for h in at.title]
        + [h.value for h in at.header]
        + [s.value for s in at.subheader]
    )
    assert t(f"nav.{spec.key}", lang) in shown, f"{spec.path} shows no title in {lang}"


def test_registry_lists_every_page_file():
    from tests.pages.conftest import ROOT

    files = {p.relative_to(ROOT).as_posix() for p in (ROOT / "pages").glob("*.py")}
    assert files == {spec.path for spec in PAGES}

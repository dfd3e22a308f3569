"""Every page's address against every role, both ways: a role sees the pages it may use, and
at any other address it gets "not allowed" and no controls; nobody signed in gets the sign-in
form everywhere. Parametrised over the registry, so a new page is covered at once."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from feedback.auth.roles import Role
from feedback.i18n import t
from feedback.ui.registry import PAGES, PageSpec
from tests.pages.conftest import signed_in_app


def _at_address(role: str | None, spec: PageSpec) -> AppTest:
    """The app as ``role`` after opening ``spec``'s address (as typed into the browser)."""
    at = signed_in_app(role)
    at.query_params["lang"] = "de"
    at.run()
    # st.Page identifies a page by the hash of its URL path; "/" is the default page.
    at._page_hash = calc_hash("" if spec.default else spec.key)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _main_controls(at: AppTest) -> int:
    main = at.main
    return (
        sum(
            len(main.get(kind))
            for kind in ("button", "text_input", "text_area", "selectbox", "multiselect", "toggle")
        )
        + len(at.get("arrow_data_frame"))
        + len(at.get("data_editor"))
    )


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_a_page_opens_for_the_roles_that_may_use_it_and_no_other(store_url, role, spec):
    from feedback.auth.roles import PERMISSIONS

    at = _at_address(role.value, spec)
    titles = [h.value for h in at.title]
    if spec.action in PERMISSIONS[role]:
        assert t(f"nav.{spec.key}", "de") in " ".join(titles + [m.value for m in at.markdown])
        assert t("auth.not_allowed_title", "de") not in titles
    else:
        assert titles == [t("auth.not_allowed_title", "de")]
        assert _main_controls(at) == 0


@pytest.mark.parametrize("spec", PAGES, ids=[p.key for p in PAGES])
def test_nobody_signed_in_gets_the_sign_in_form_at_every_address(store_url, spec):
    at = _at_address(None, spec)
    assert [h.value for h in at.title] == [t("auth.sign_in_title", "de")]
    assert [w.label for w in at.text_input] == [t("auth.username", "de"), t("auth.password", "de")]
    assert not at.get("data_editor")
    assert not at.get("arrow_data_frame")

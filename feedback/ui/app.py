"""The router that ``dashboard.py`` runs: page config, language, who is signed in, and the pages
they may use."""

from __future__ import annotations

import streamlit as st

from feedback.auth.roles import Actor
from feedback.ui import auth, resources, url
from feedback.ui.errors import show_errors_safely
from feedback.ui.memory import freeze_long_lived, tune_malloc
from feedback.ui.registry import PAGES, PageSpec
from feedback.ui.router import alias, finish_page, mark_routed, not_found_page, unknown_address
from feedback.ui.session import account_box, lang, language_switch, not_allowed, tr
from feedback.ui.sign_in import landing_page, show_sign_in
from feedback.ui.widgets import streamlit_texts


def _url(spec: PageSpec) -> str:
    # The default page lives at "/"; its key is left free for the alias.
    return "" if spec.default else spec.key


def _closed(spec: PageSpec, show: object) -> st.Page:
    """A hidden page at ``spec``'s address that shows ``show`` instead of the page."""
    return st.Page(show, title=tr(f"nav.{spec.key}"), url_path=spec.key, visibility="hidden")  # type: ignore[arg-type]


def _app() -> None:
    """Who is signed in, and the pages they may use; the page itself."""
    mark_routed()
    language_switch()
    streamlit_texts(lang())
    actor = auth.current_actor()
    auth.remember(actor)
    auth.send_cookie()
    if actor is None:
        _signed_out()
    else:
        _signed_in(actor)


def _signed_out() -> None:
    """Every address shows the sign-in form; after signing in, the same address opens the page
    it names."""
    home = st.Page(
        show_sign_in, title=tr("auth.sign_in_title"), icon=":material/login:", default=True
    )
    hidden = [
        st.Page(
            lambda: show_sign_in(asked_for_page=True),
            title=tr(f"nav.{spec.key}"),
            url_path=spec.key,
            visibility="hidden",
        )
        for spec in PAGES
    ]
    if (address := unknown_address()) is not None:
        hidden.append(not_found_page(address, lambda: show_sign_in(asked_for_page=True)))
    st.navigation([home, *hidden], position="hidden").run()
    # No address update here: the sign-in page shows nothing but its form (the language
    # noted here reaches the address with the first page after signing in). The page is
    # told its language all the same.
    url.flush(lang(), address=False)


def _signed_in(actor: Actor) -> None:
    """The pages of ``actor``'s role in the navigation, and the page at the address."""
    account_box(actor)
    sections: dict[str, list[st.Page]] = {}
    by_key: dict[str, st.Page] = {}
    for spec in PAGES:
        if not actor.can(spec.action):
            sections.setdefault("", []).append(_closed(spec, not_allowed))
            continue
        page = st.Page(
            spec.path,
            title=tr(f"nav.{spec.key}"),
            icon=spec.icon,
            url_path=_url(spec),
            default=spec.default,
        )
        by_key[spec.key] = page
        section = sections.setdefault(tr(f"nav.section_{spec.section}"), [])
        section.append(page)
        if spec.default:
            section.append(alias(page, spec.key))
    resources.follow_writes()  # reruns the page when another process wrote what it shows
    if (address := unknown_address()) is not None:
        # Streamlit's own "Page not found" dialog is English only: a page of ours instead.
        sections.setdefault("", []).append(not_found_page(address))
    navigation = st.navigation(sections)
    if (landing := landing_page(actor)) in by_key:
        # Just signed in: the page of the role's main job, in the language chosen before.
        st.switch_page(by_key[landing], query_params={**st.query_params.to_dict(), "lang": lang()})
    navigation.run()
    finish_page()  # pages that end early call it through stop_page()


def run() -> None:
    """One script run of the app: every page view."""
    tune_malloc()  # once per process: freed page data goes back to the system
    freeze_long_lived()  # after imports: the collection after each run skips what lives on
    st.set_page_config(page_title="Love Wall", page_icon="❤️", layout="wide")
    # An unexpected error shows a fixed German/English message, never its text
    # (feedback/ui/errors.py).
    show_errors_safely(_app)

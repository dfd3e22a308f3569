"""Deep links: every page's own URL works, also as the first visit after a start.

The default page is served at "/" and Streamlit ignores its ``url_path`` there: "/wall" would
open the wall behind a "page not found" dialog. :func:`alias` adds a hidden page at the default
page's own path that switches to it (the address becomes "/"; query parameters are kept).

Streamlit 1.67 treats an app with a ``pages/`` folder as a multipage-v1 app until the main
script has called ``st.navigation`` once in the server process. A first visit to ``/wall``
(a TV opening its bookmark after a restart) would then run ``pages/wall.py`` alone: no page
config, no language switch, no navigation. Every page calls :func:`ensure_routed` first;
dashboard.py calls :func:`mark_routed`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner import get_script_run_ctx

from feedback.render.plain import markdown_literal
from feedback.ui import auth, resources, url
from feedback.ui.registry import PAGES
from feedback.ui.session import lang, not_allowed, tr
from feedback.ui.sign_in import show_sign_in

_ROOT = Path(__file__).resolve().parents[2]

_ROUTED_KEY = "_routed_through_dashboard"


def alias(target: st.Page, url_path: str) -> st.Page:
    """A hidden page at ``/url_path`` that switches to ``target`` (the default page at "/").

    It is a function, not the target's file: ``st.switch_page("pages/...")`` and AppTest's
    ``switch_page`` find pages by file, and must keep finding the real one.
    """

    def redirect() -> None:
        st.switch_page(target, query_params=st.query_params.to_dict())

    return st.Page(redirect, title=target.title, url_path=url_path, visibility="hidden")


# What Streamlit accepts as a page's url_path, and a page address can hold.
_ADDRESS = re.compile(r"[\w.-]{1,80}")


def unknown_address() -> str | None:
    """The address this run asks for when it names no page ("/wal"), else None.

    Streamlit answers such an address with its own English "Page not found" dialog; the
    router registers a hidden page there instead (see :func:`not_found_page`).
    """
    ctx = get_script_run_ctx()
    manager = getattr(ctx, "pages_manager", None)
    name = str(getattr(manager, "intended_page_name", None) or "").strip("/")
    known = {spec.key for spec in PAGES}
    if not name or name in known or not _ADDRESS.fullmatch(name):
        return None
    return name


def not_found_page(address: str, show: Callable[[], None] | None = None) -> st.Page:
    """A hidden page at ``address`` that says, in the UI language, that there is no such page
    (or runs ``show`` instead, e.g. the sign-in form)."""

    def not_found() -> None:
        st.title(tr("nav.not_found_title"))
        # The address is typed by anyone: "/_x_" must not show as an italic "/x".
        shown = markdown_literal(f"/{address}")
        st.info(tr("nav.not_found", address=shown), icon=":material/explore_off:")
        spec = next(spec for spec in PAGES if spec.default)
        st.page_link(spec.path, label=tr(f"nav.{spec.key}"), icon=spec.icon)

    return st.Page(
        show or not_found, title=tr("nav.not_found_title"), url_path=address, visibility="hidden"
    )


def mark_routed() -> None:
    """Remember that this session has run the router (dashboard.py) at least once."""
    st.session_state[_ROUTED_KEY] = True


def ensure_routed() -> None:
    """Run first in every page: route through dashboard.py, and let only permitted roles in.

    - Rerun through dashboard.py when Streamlit ran this page on its own (v1 routing). Only a
      session that has never been through the router reruns (one extra run on the first
      request after a start); a session that has keeps its widget events.
    - The page checks the signed-in role itself, too: navigation hides a page a role may not
      use, and this makes sure no other way of running the page file shows it.
    """
    if PagesManager.uses_pages_directory and not st.session_state.get(_ROUTED_KEY):
        # The same switch st.navigation makes on its first call; we make it before it.
        PagesManager.uses_pages_directory = False
        st.rerun()
    caller = Path(str(sys._getframe(1).f_globals.get("__file__", ""))).resolve()
    spec = next((s for s in PAGES if (_ROOT / s.path).resolve() == caller), None)
    actor = auth.actor()
    if spec is not None and actor is None:
        show_sign_in(asked_for_page=True)
        st.stop()
    if spec is not None and actor is not None and not actor.can(spec.action):
        not_allowed()
        st.stop()


def finish_page() -> None:
    """What follows every page (dashboard.py calls it after the page has run): the poll for
    other processes' writes, and the language and filters put into the address (and the
    language into the page)."""
    resources.poll_writes()
    url.flush(lang())


def stop_page() -> NoReturn:
    """End the page here, like ``st.stop()``, after :func:`finish_page`.

    Pages stop in their normal state (no word picked, no file uploaded, nothing found); with a
    bare ``st.stop()`` the router's :func:`finish_page` never ran, and a language switch or a
    search on such a page never reached the address (a reload lost it).
    """
    finish_page()
    st.stop()

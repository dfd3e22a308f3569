"""An unexpected error on a page: logged in full, shown to the viewer only as a fixed message.

An exception's text can hold what the page was working on: a quote, a name, an SQL statement
with its values. Viewers see neither it nor a traceback. dashboard.py runs the app through
:func:`show_errors_safely`; a fragment reruns on its own, so each page's fragment is
:func:`guarded` too (put it under ``@st.fragment``). For anything that still gets past these,
.streamlit/config.toml sets ``client.showErrorDetails = "none"``: Streamlit's own generic
message, without type, text or traceback.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import ParamSpec

import streamlit as st

from feedback.i18n import t
from feedback.ui.session import known_lang

P = ParamSpec("P")
_LOGGER = logging.getLogger(__name__)


def show_errors_safely(run: Callable[[], None]) -> None:
    """Run ``run`` (the app); an ``Exception`` from it is logged with its traceback and shows
    :func:`page_failed` instead. Streamlit's own control flow (``st.stop``, ``st.rerun``,
    ``st.switch_page``) raises ``BaseException`` subclasses, which pass through."""
    guarded(run)()


def guarded(show: Callable[P, None]) -> Callable[P, None]:
    """``show`` (a page's part that draws), run as :func:`show_errors_safely` runs the app."""

    @functools.wraps(show)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        try:
            show(*args, **kwargs)
        except Exception:
            _LOGGER.exception("a page failed")
            page_failed()

    return run


def page_failed() -> None:
    """The fixed message, in the viewer's language as far as it is known without the store
    (which may be what failed)."""
    st.error(t("ui.page_failed", known_lang()), icon=":material/error:")

"""What a view says when it has nothing to show: a store without approved quotes is not a
filter that matches nothing ("change the filters" helps only in the second case)."""

from __future__ import annotations

import streamlit as st

from feedback.store.filters import QuoteFilter
from feedback.ui import resources
from feedback.ui.registry import PAGES
from feedback.ui.session import may, tr

# Where quotes come into the app, as pages the reader may be linked to.
_SOURCES = ("submit", "import")


def no_quotes_yet() -> bool:
    """On a store without a single approved quote: say so and where quotes come from (with a
    link to each of those pages the user may open), and return True. Otherwise say nothing
    and return False: the caller's own "change the filters" hint applies."""
    if resources.count(QuoteFilter()):
        return False
    st.info(tr("common.no_quotes_yet"), icon=":material/inbox:")
    for spec in PAGES:
        if spec.key in _SOURCES and may(spec.action):
            st.page_link(spec.path, label=tr(f"nav.{spec.key}"), icon=spec.icon)
    return True

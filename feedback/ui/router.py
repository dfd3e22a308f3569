"""Deep links on a freshly started server must still go through dashboard.py.

Streamlit 1.67 treats an app with a ``pages/`` folder as a multipage-v1 app until the main
script has called ``st.navigation`` once in the server process. A first visit to ``/wall``
(a TV opening its bookmark after a restart) would then run ``pages/wall.py`` alone: no page
config, no language switch, no navigation. Every page calls :func:`ensure_routed` first.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager


def ensure_routed() -> None:
    """Rerun through dashboard.py when Streamlit ran this page on its own (v1 routing).

    One extra rerun on the very first request after a start; a no-op ever after.
    """
    if PagesManager.uses_pages_directory:
        # The same switch st.navigation makes on its first call; we make it before it.
        PagesManager.uses_pages_directory = False
        st.rerun()

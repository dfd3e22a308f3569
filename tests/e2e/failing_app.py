"""A page that fails past every guard, for test_streamlit_words.py: Streamlit's generic error.

Served like dashboard.py (its index page, with the frontend words' script); the page sets
``<html lang>`` from ``?lang=`` as the app does, then raises.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from feedback.ui.serving import page_routes

if __name__ == "__main__":
    lang = "en" if st.query_params.get("lang") == "en" else "de"
    st.html(
        f'<script>document.documentElement.lang = "{lang}"</script>', unsafe_allow_javascript=True
    )
    raise RuntimeError("a failure no page caught")
else:
    app = st.App(str(Path(__file__)), routes=page_routes())

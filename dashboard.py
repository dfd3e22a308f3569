"""Love Wall. ``streamlit run dashboard.py`` (as ``make run`` does) serves the app.

Streamlit first imports this file to find ``app``, its server: it answers each page's address
with Streamlit's own page, told where the server is, so the browser does not first ask
``/<page>/_stcore/…`` and get two 404s (feedback/ui/serving.py, streamlit#7074). Then every
page view runs this file as a script (``__main__``), as does Streamlit's AppTest: the router
(feedback/ui/app.py).
"""

from __future__ import annotations

import streamlit as st

from feedback.ui.serving import page_routes

if __name__ == "__main__":
    from feedback.ui.app import run

    run()
else:
    app = st.App("dashboard.py", routes=page_routes())

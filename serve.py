"""Love Wall's server: ``streamlit run serve.py`` runs dashboard.py with every page's address
answered without Streamlit's 404 probe (feedback/ui/serving.py).

``streamlit run`` finds ``app`` below and serves it (Streamlit's own server, config from
.streamlit/config.toml, static/ next to this file). Tests that drive the pages without a
server (AppTest) run dashboard.py itself.
"""

import streamlit as st

from feedback.ui.serving import page_routes

app = st.App("dashboard.py", routes=page_routes())

"""The one small UI helper package: the only place below pages/ that imports Streamlit.

It owns caching at the UI edge, the language switch, the current user and the shared sidebar
filters (mirrored in the URL's query parameters so a view can be shared as a link).
"""

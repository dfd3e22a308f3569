"""Pure HTML builders for the wall, the preview and the slide deck. No Streamlit here.

Every value placed into HTML goes through :func:`html.escape` (quotes are untrusted input:
markup inside a quote must show as text). Quotes are never rendered as markdown.
"""

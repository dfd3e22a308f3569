"""Word clouds: what customers praise, overall or per team, agent, theme or language."""

from __future__ import annotations

import streamlit as st

from feedback.insights import clouds
from feedback.render.plain import markdown_literal
from feedback.ui import resources
from feedback.ui.cards import quote_cards
from feedback.ui.clouds import (
    cloud_controls,
    cloud_png,
    emoji_cloud,
    empty_cloud_message,
    quotes_for_word,
)
from feedback.ui.empty_state import no_quotes_yet
from feedback.ui.filters import sidebar_filters
from feedback.ui.router import ensure_routed, stop_page
from feedback.ui.session import lang, tr

ensure_routed()

flt = sidebar_filters()
st.title(tr("nav.wordclouds"))
st.caption(tr("wordclouds.intro"))

choice = cloud_controls(lang())
scoped = clouds.scoped_filter(flt, choice.scope, choice.value, choice.language)
kind, heart = choice.kind, choice.heart
terms = resources.terms(scoped, kind)

if terms.empty:
    if not no_quotes_yet():
        st.info(empty_cloud_message(scoped, kind, choice.language))
    stop_page()
if kind == "emoji":
    emoji_cloud(terms)
else:
    with st.spinner(tr("wordclouds.drawing")):
        png = cloud_png(tuple(clouds.frequencies(terms).items()), heart)
    with st.container(border=True):
        st.image(png, width="stretch", alt=tr("wordclouds.image_alt"))
    st.download_button(
        tr("wordclouds.download_png"),
        png,
        file_name=f"{tr('wordclouds.file_name')}.png",
        mime="image/png",
        icon=":material/download:",
        type="tertiary",
    )

st.subheader(tr("wordclouds.pick_heading"))
top = terms.head(30)
surfaces = dict(zip(top["term"], top["surface"], strict=True))
counts = dict(zip(top["term"], top["count"], strict=True))
word = st.pills(
    tr("wordclouds.pick_word"),
    list(surfaces),
    key="cloud_word",
    format_func=lambda term: markdown_literal(f"{surfaces[term]} · {counts[term]}"),
)
if word is None:
    st.caption(tr("wordclouds.pick_hint"))
    stop_page()

hits = quotes_for_word(scoped, word, surfaces[word])
st.caption(tr("wordclouds.matches", count=len(hits), word=markdown_literal(surfaces[word])))
quote_cards(hits, limit=12, columns=2)

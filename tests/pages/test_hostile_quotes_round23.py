"""Every page with round 23's hostile quotes (tests/hostile_quotes.py) in a store that holds
nothing else: no exception, no tag or handler of a quote in any HTML, every quote escaped on
the wall and in moderation, and no Streamlit directive, formula or link of a quote in any
markdown (messages, captions, labels)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import pytest
import streamlit as st
from sqlalchemy import Engine, select
from streamlit.testing.v1 import AppTest

from feedback.collect.pipeline import submit_many
from feedback.domain import QuoteDraft, Status
from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.store.open import open_store
from feedback.ui.registry import PAGES
from tests.collect.bulk_data import add_people
from tests.conftest import TODAY
from tests.hostile_quotes import HOSTILE, REJECTED
from tests.pages.conftest import open_page
from tests.pages.import_helpers import dry_run, upload

# A directive, formula, link or tag of a quote that took effect in markdown: not escaped.
_MARKDOWN_EFFECT = re.compile(
    r"(?<!\\):red\[|(?<!\\):material/home:|(?<!\\)\$\$\\LaTeX|\]\(javascript:|(?<!\\)~~weg"
    r"|<img src=x|<svg/onload|</textarea|<script>alert"
)
# Handlers and links a quote carries; the app's own HTML has none of them.
_HOSTILE_ATTRIBUTES = frozenset({"onerror", "onload"})


# The wall shows praise: each hostile quote thanks someone first.
PRAISE = "Vielen Dank für die super freundliche Hilfe! "


@pytest.fixture(autouse=True)
def _fresh_bare_session_state():
    st.session_state.clear()


@pytest.fixture
def hostile_store(empty_store_url: str) -> Iterator[Engine]:
    """A new store with one team, one consenting agent and only the hostile quotes: approved,
    and each again pending (moderation)."""
    engine = open_store(empty_store_url)
    add_people(engine, ("anna.meier",), team="Nord", actor="test")
    agent = next(iter(read_directory(engine).agents))
    drafts = [
        QuoteDraft(
            text=PRAISE + text + suffix,
            channel="chat",
            said_on=TODAY - dt.timedelta(days=1),
            submitted_by="demo.agent",
            agent_id=agent,
            status=status,
        )
        for suffix, status in (("", Status.APPROVED), (" (neu)", Status.PENDING))
        for text in HOSTILE
    ]
    assert all(r.stored for r in submit_many(engine, drafts))
    yield engine
    engine.dispose()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def _elements(node: Any) -> Iterator[Any]:
    for child in getattr(node, "children", {}).values():
        yield child
        yield from _elements(child)


def _html(at: AppTest) -> str:
    return "\n".join(str(h.proto.body) for h in at.get("html"))


def _markdown(at: AppTest) -> list[str]:
    """Every text Streamlit reads as markdown: bodies of messages and captions, and labels."""
    texts = []
    for element in _elements(at._tree):
        proto = getattr(element, "proto", None)
        if proto is None or getattr(element, "type", "") == "html":
            continue
        for field in ("body", "label", "help", "placeholder"):
            value = getattr(proto, field, None)
            if isinstance(value, str) and value:
                texts.append(value)
    return texts


def _check(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    parser = _Tags()
    parser.feed(_html(at))
    hostile = [
        (tag, attrs)
        for tag, attrs in parser.found
        if tag == "textarea"
        or _HOSTILE_ATTRIBUTES & attrs.keys()
        or any("alert(" in (v or "") or (v or "").startswith("javascript:") for v in attrs.values())
    ]
    assert not hostile, hostile
    assert not [text for text in _markdown(at) if _MARKDOWN_EFFECT.search(text)]


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.key)
def test_every_page_shows_hostile_quotes_without_effect(hostile_store, spec, lang):
    _check(open_page(spec.path, lang))


def test_the_wall_shows_each_quote_escaped(hostile_store):
    at = open_page("pages/wall.py", "de", q="alert")  # a page of cards holds 24 of the 27
    _check(at)
    markup = _html(at)
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "&lt;/textarea&gt;&lt;script&gt;alert(" in markup
    assert "&lt;svg/onload=alert(1)&gt;" in markup
    assert ":red[rot]" in _html(open_page("pages/wall.py", "de", q="LaTeX"))  # HTML: no markdown


def test_moderation_shows_each_pending_hostile_quote_escaped(hostile_store):
    at = open_page("pages/moderation.py", "en")
    pick = at.selectbox(key="moderation_pick")
    shown = []
    for quote_id in list(pick.options):
        at.selectbox(key="moderation_pick").set_value(quote_id).run()
        _check(at)
        # The highlight may mark words inside the text ("&lt;<mark …>img</mark> …").
        shown.append(re.sub(r"</?mark[^>]*>", "", _html(at)))
    markup = "\n".join(shown)
    assert len(shown) == len(HOSTILE)
    assert "&lt;img src=x onerror=alert(1)&gt;" in markup
    assert "&lt;svg/onload=alert(1)&gt;" in markup
    assert "&lt;/textarea&gt;&lt;script&gt;" in markup


def test_the_word_cloud_offers_no_piece_of_markup_or_terminal_code(hostile_store):
    at = open_page("pages/wordclouds.py", "de")
    _check(at)
    words = {
        str(o).rsplit(" · ", 1)[0].casefold() for o in at.button_group(key="cloud_word").options
    }
    assert words  # the praise is counted
    markup = {"img", "src", "onerror", "alert", "svg", "onload", "textarea", "script", "javascript"}
    codes = {"31m", "0m", "1m", "31mrot", "cmd", "calc", "a0", "red", "material", "latex"}
    assert not words & (markup | codes), sorted(words & (markup | codes))
    assert not [w for w in words if re.fullmatch(r"\d+m\w*", w)]
    at.button_group(key="cloud_word").set_value(at.button_group(key="cloud_word").options[0]).run()
    _check(at)
    assert at.text  # the quotes with the word, as plain text (no markdown, no HTML)


@pytest.mark.parametrize("name", ["../../etc/passwd.csv", "..\\..\\=cmd|' :red[x] <b>x</b>.csv"])
def test_an_upload_named_like_a_path_imports_its_hostile_rows(hostile_store, name):
    rows = [f"{PRAISE}{text}".replace('"', '""') for text in HOSTILE[:6]]
    data = ("Kommentar;Agent\n" + "".join(f'"{r}";anna.meier\n' for r in rows)).encode()
    at = open_page("pages/import.py", "de")
    upload(at, name, data)
    _check(at)
    counts = dry_run(at)
    _check(at)
    assert counts[t("imports.count_rejected", "de")] == 0
    at.button(key="import_start").click().run()
    _check(at)
    # Known again but one: the importer reads a helpdesk comment's HTML as markup
    # (collect/files/markup.py), so "<img …>" leaves a text of its own.
    assert at.success[0].value == "1 neu, 5 bereits vorhanden, 0 abgelehnt"
    assert not [m.value for m in at.markdown if "passwd" in m.value or "cmd" in m.value]


def test_the_submit_page_previews_saves_and_refuses_hostile_quotes_literally(hostile_store):
    agent = next(iter(read_directory(hostile_store).agents))
    at = open_page("pages/submit.py", "de")
    for text in [*HOSTILE[:12], *REJECTED]:
        at.text_area(key="submit_one_text").input(f"{text} (Formular)").run()
        _check(at)  # the preview and any refusal
    at.text_area(key="submit_one_text").input(f"{PRAISE}{HOSTILE[0]} (Formular)")
    at.text_input(key="submit_one_tags").input(":red[x], <b>y</b>, =1+1, \x1b[31mz")
    at.selectbox(key="submit_one_agent").set_value(agent).run()
    next(b for b in at.button if b.label == t("submit.save", "de")).click().run()
    _check(at)
    assert at.success, [e.value for e in at.error]
    with hostile_store.connect() as conn:
        tags = conn.execute(select(Quote.tags).order_by(Quote.id.desc()).limit(1)).scalar_one()
    assert tags == [":red[x]", "<b>y</b>", "=1+1", "z"]  # as typed, without the ESC code

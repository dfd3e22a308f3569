"""The Trends page's export of the filtered quotes: who gets it, and what the built file holds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pytest
from streamlit.runtime.media_file_storage import MediaFileKind
from streamlit.runtime.memory_media_file_storage import MemoryMediaFileStorage
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from feedback.export.formats import MEDIA_TYPES
from feedback.i18n import t
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import quotes_frame
from feedback.store.settings import AppSettings, load_settings, save_settings
from feedback.ui.quote_export import FORMAT_KEY, OPEN_KEY, Built
from tests.conftest import TODAY
from tests.pages.conftest import open_page, signed_in_app

START, END = TODAY - dt.timedelta(days=120), TODAY - dt.timedelta(days=30)
DAYS = {"period": "custom", "from": START.isoformat(), "to": END.isoformat()}


def _open(role: str = "manager", lang: str = "de", **params: str) -> AppTest:
    """The trends page with the export's expander opened (drawn only while open)."""
    at = open_page("pages/trends.py", lang=lang, role=role, **{**DAYS, **params})
    assert not at.exception, [e.value for e in at.exception]
    at.session_state[OPEN_KEY] = True
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _offered(at: AppTest) -> list[Any]:
    """The export's download button (the charts have downloads of their own)."""
    return [d for d in at.get("download_button") if d.key == "quote_export_download"]


def _build(at: AppTest, fmt: str | None = None, lang: str = "de") -> Built:
    """Pick ``fmt`` (else keep the default), click the button; the file the page offers."""
    if fmt is not None:
        at.selectbox(key=FORMAT_KEY).set_value(fmt)
        at.run()
        assert not _offered(at), "a file is offered only after it was built"
    next(b for b in at.button if b.label == t("quote_export.build", lang)).click()
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    built = at.session_state["quote_export"]
    assert isinstance(built, Built)
    # The button serves exactly these bytes, under this name.
    storage = MemoryMediaFileStorage("/mock/media")
    file_id = storage.load_and_get_id(
        built.body, MEDIA_TYPES[built.fmt], MediaFileKind.DOWNLOADABLE, built.name
    )
    [download] = _offered(at)
    assert download.proto.url == storage.get_url(file_id)
    assert download.proto.label == t("quote_export.download", lang)
    return built


def _expected(store, **changes) -> tuple[int, set[str], set[str]]:
    """How many approved quotes the page's filter holds, the names of consenting agents among
    them, and the full names of those who did not consent."""
    quotes = quotes_frame(store, QuoteFilter(start=START, end=END, **changes))
    agents = read_directory(store).agents
    ids = {int(a) for a in quotes["agent_id"].dropna()}
    named = {agents[a].full_name for a in ids if agents[a].consent_named}
    hidden = {agents[a].full_name for a in ids if not agents[a].consent_named}
    return len(quotes), named, hidden


@pytest.mark.parametrize("role", ["manager", "lead", "admin"])
def test_the_export_section_is_on_the_trends_page_for_those_who_read_trends(store_url, role):
    closed = open_page("pages/trends.py", role=role, **DAYS)
    headings = [e.label for e in closed.expander]
    assert t("quote_export.heading", "de") in headings
    # A new tab draws the section closed: no picker, no button until it is opened.
    assert not [s for s in closed.selectbox if s.key == FORMAT_KEY]
    assert not [b for b in closed.button if b.label == t("quote_export.build", "de")]
    at = _open(role)
    picker = at.selectbox(key=FORMAT_KEY)
    assert picker.value == "csv-excel"  # German UI: German Excel
    assert picker.options == [
        t(f"quote_export.format_{f}", "de") for f in ("csv-excel", "csv", "xlsx", "json")
    ]
    assert not _offered(at), "nothing is built before the click"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_file_of_headers_only_when_no_quote_matches(store_url, lang):
    at = _open(lang=lang, q="Zzqxkeinzitat")
    [button] = [b for b in at.button if b.label == t("quote_export.build", lang)]
    assert button.disabled
    captions = [c.value for c in at.caption]
    assert t("quote_export.nothing", lang) in captions
    assert not any(c.startswith(t("quote_export.holds", lang, n=0)[:20]) for c in captions)


def test_an_agent_has_no_trends_page_and_no_export(store_url):
    at = signed_in_app("agent")
    at.query_params.update(lang="de", **DAYS)
    at.run()
    at._page_hash = calc_hash("trends")  # the address typed by hand
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert [h.value for h in at.title] == [t("auth.not_allowed_title", "de")]
    assert t("quote_export.heading", "de") not in [e.label for e in at.expander]
    assert not [b for b in at.button if b.label == t("quote_export.build", "de")]


def test_german_excel_csv_holds_the_filtered_quotes_and_masks_names(store):
    count, named, hidden = _expected(store)
    assert count
    assert named, "the demo period has named agents"
    assert hidden, "and agents who did not consent"
    at = _open()
    built = _build(at)
    assert built.name == f"lob-{START.isoformat()}_{END.isoformat()}-excel.csv"
    assert built.body.startswith("\ufeff".encode())
    text = built.body.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == [t(f"export.col_{c}", "de") for c in ("id", "said_on", "channel")]
    assert len(rows) - 1 == built.count == count
    agents = {row[rows[0].index(t("export.col_agent", "de"))] for row in rows[1:]}
    assert named <= agents
    assert not hidden & agents
    assert not [name for name in hidden if name in text]
    caption = t("quote_export.holds", "de", n=f"{count:,}".replace(",", "."))
    assert caption in [c.value for c in at.caption]


def test_xlsx_opens_with_one_row_per_quote(store):
    count, _named, hidden = _expected(store)
    built = _build(_open(), "xlsx")
    assert built.name.endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(built.body), read_only=True).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) - 1 == count
    cells = {str(cell) for row in rows for cell in row if cell is not None}
    assert not hidden & cells


def test_json_in_english_follows_the_team_filter(store):
    team = min(read_directory(store).teams)
    count, _named, hidden = _expected(store, team_ids=(team,))
    at = _open(lang="en", team=str(team))
    assert at.selectbox(key=FORMAT_KEY).value == "csv"  # English UI: plain CSV
    built = _build(at, "json", lang="en")
    assert built.name == f"praise-{START.isoformat()}_{END.isoformat()}.json"
    rows = json.loads(built.body)
    assert len(rows) == count
    assert {r["team"] for r in rows} == {read_directory(store).teams[team]}
    assert {r["status"] for r in rows} == {"approved"}
    assert not hidden & {r["agent"] for r in rows}


def test_in_works_council_mode_the_file_names_nobody(store):
    settings = load_settings(store).model_copy(update={"works_council_mode": True})
    save_settings(store, AppSettings.model_validate(settings.model_dump()), actor="test")
    count, named, _hidden = _expected(store)
    assert named
    at = _open(lang="en")
    built = _build(at, "json", lang="en")
    rows = json.loads(built.body)
    assert len(rows) == count
    assert {r["agent"] for r in rows} == {None}
    assert not [name for name in named if name in built.body.decode()]
    caption = t("quote_export.holds_works_council", "en", n=f"{count:,}")
    assert caption in [c.value for c in at.caption]

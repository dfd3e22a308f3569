"""The four export formats on a hand-made view: the formula guard only where a spreadsheet
reads the file, JSON exact, the German Excel flavour as Excel expects it, consent applied."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import openpyxl  # type: ignore[import-untyped, unused-ignore]
import pandas as pd
import pytest

from feedback.export import EXPORT_COLUMNS, ExportFormat, export_table, render
from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import AgentInfo

# Texts a spreadsheet would run, or that look like it: each must survive JSON exactly.
TRICKY = [
    "=1+1",
    "+49 30 1234567 hat mich zurückgerufen",
    "-- gut",
    "@Anna danke!",
    "\t=cmd",
    ' =HYPERLINK("http://x")',
    "＝1",
    "Ganz normal: 49,99 € erstattet",
    'Sie sagte "danke"; wir auch',
    "Zeile 1\nZeile 2",
    "Emoji 🎉 und Umlaute äöüß",
]
ANNA = AgentInfo(1, "anna.meier", "Anna", "Meier", 10, True, True)
AYLIN = AgentInfo(2, "aylin.kaya", "Aylin", "Kaya", 10, False, True)
PRIVACY = NamePrivacy([ANNA, AYLIN])


def _quotes(texts: list[str], agent: AgentInfo | None = ANNA) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "id": list(range(1, n + 1)),
            "text": texts,
            "said_on": pd.to_datetime(["2026-11-23"] * n),
            "channel": ["phone"] * n,
            "language": ["de"] * n,
            "team": ["Privatkunden Nord"] * n,
            "agent_id": [agent.id if agent else None] * n,
            "agent_first_name": [agent.first_name if agent else None] * n,
            "agent_last_name": [agent.last_name if agent else None] * n,
            "agent_consent": [agent.consent_named if agent else None] * n,
            "sentiment_label": ["positive"] * n,
            "sentiment_compound": [-0.25] * n,
            "themes": [["speed", "friendliness"]] * n,
            "rating": [4.5] * n,
            "rating_scale": [5] * n,
            "status": ["approved"] * n,
            "source": ["import"] * n,
            "source_system": ["zendesk"] * n,
            "external_id": [f"zd-{i}" for i in range(1, n + 1)],
        }
    )


def _table(texts: list[str], agent: AgentInfo | None = ANNA) -> pd.DataFrame:
    return export_table(_quotes(texts, agent), PRIVACY)


def _csv_rows(body: bytes, sep: str) -> list[dict[str, str]]:
    text = body.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=sep))


def _xlsx_rows(body: bytes) -> list[list[Any]]:
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    assert sheet is not None
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def _texts(fmt: ExportFormat, body: bytes) -> list[str]:
    if fmt is ExportFormat.JSON:
        return [row["text"] for row in json.loads(body)]
    if fmt is ExportFormat.XLSX:
        return [str(row[EXPORT_COLUMNS.index("text")]) for row in _xlsx_rows(body)[1:]]
    sep, key = (",", "text") if fmt is ExportFormat.CSV else (";", "Text")
    return [row[key] for row in _csv_rows(body, sep)]


def _guarded(text: str) -> str:
    return "'" + text if text.lstrip(" ").startswith(("=", "+", "-", "@", "\t", "＝")) else text


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        (ExportFormat.JSON, lambda text: text),
        (ExportFormat.CSV, _guarded),
        (ExportFormat.CSV_EXCEL, _guarded),
        (ExportFormat.XLSX, lambda text: text),  # exact, marked as text (test below)
    ],
)
def test_formula_guard_only_in_spreadsheet_formats(fmt, expected):
    body = render(_table(TRICKY), fmt, "de")
    assert _texts(fmt, body) == [expected(text) for text in TRICKY]


def test_json_round_trips_every_value_exactly():
    rows = json.loads(render(_table(TRICKY), ExportFormat.JSON))
    assert [r["text"] for r in rows] == TRICKY
    assert rows[0] == {
        "id": 1,
        "said_on": "2026-11-23",
        "channel": "phone",
        "language": "de",
        "team": "Privatkunden Nord",
        "agent": "Anna Meier",
        "text": "=1+1",
        "sentiment_label": "positive",
        "sentiment_compound": -0.25,
        "themes": ["speed", "friendliness"],
        "rating": 4.5,
        "rating_scale": 5,
        "rating_from": 1,  # where the scale starts (0 for an NPS answer's 0..10)
        "status": "approved",
        "source": "import",
        "source_system": "zendesk",
        "external_id": "zd-1",
    }


def test_plain_csv_is_for_programs():
    body = render(_table(["Danke!"]), ExportFormat.CSV, "de")
    assert not body.startswith(b"\xef\xbb\xbf")
    header, line = body.decode("utf-8").splitlines()
    assert header.split(",") == list(EXPORT_COLUMNS)
    assert line == (
        "1,2026-11-23,phone,de,Privatkunden Nord,Anna Meier,Danke!,positive,-0.25,"
        '"speed, friendliness",4.5,5,1,approved,import,zendesk,zd-1'
    )


@pytest.mark.parametrize(
    ("lang", "header", "words"),
    [
        ("de", "Nr.;Datum;Kanal;Sprache;Team;Mitarbeitende;Text;Stimmung", "Telefon;Deutsch"),
        ("en", "No.;Date;Channel;Language;Team;Agent;Text;Sentiment", "Phone;German"),
    ],
)
def test_excel_csv_is_german_excel(lang, header, words):
    body = render(_table(["Danke!"]), ExportFormat.CSV_EXCEL, lang, {"speed": "Tempo"})
    assert body.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8 only with it
    assert b"\r\n" in body
    head, line = body.decode("utf-8-sig").splitlines()
    assert head.startswith(header)
    assert line.startswith(f"1;23.11.2026;{words};Privatkunden Nord;Anna Meier;Danke!;")
    assert ";-0,25;Tempo, friendliness;4,5;5;" in line


@pytest.mark.parametrize(("lang", "date_format"), [("de", "DD.MM.YYYY"), ("en", "YYYY-MM-DD")])
def test_xlsx_has_typed_cells_and_no_formula(lang, date_format):
    body = render(_table(["=SUM(A1:A9)", "Danke!"]), ExportFormat.XLSX, lang)
    book = openpyxl.load_workbook(io.BytesIO(body))
    sheet = book.active
    assert sheet is not None
    assert sheet.title == ("Zitate" if lang == "de" else "Quotes")
    rows = list(sheet.iter_rows())
    assert rows[0][0].value == ("Nr." if lang == "de" else "No.")
    assert rows[0][0].font.bold
    first = dict(zip(EXPORT_COLUMNS, rows[1], strict=True))
    assert first["said_on"].value == dt.datetime(2026, 11, 23)
    assert first["said_on"].number_format == date_format
    assert first["sentiment_compound"].value == -0.25
    assert first["rating_scale"].value == 5
    assert all(cell.data_type != "f" for row in rows for cell in row)


@pytest.mark.parametrize("text", TRICKY)
def test_xlsx_keeps_a_formula_like_text_exact_and_marked_as_text(text):
    """Browser walk: the XLSX showed "'-2+3 danke" for a quote "-2+3 danke", an apostrophe
    nobody wrote. A string cell never runs; the text mark (quotePrefix, Excel's own for a typed
    "'") keeps it text when someone edits the cell, and Excel shows no apostrophe."""
    body = render(_table([text]), ExportFormat.XLSX, "de")
    cell = openpyxl.load_workbook(io.BytesIO(body)).active.cell(2, EXPORT_COLUMNS.index("text") + 1)
    assert (cell.value, cell.data_type) == (text, "s")
    assert cell.quotePrefix == (_guarded(text) != text)


def test_xlsx_leaves_out_characters_it_cannot_hold():
    body = render(_table(["Danke\x07 Anna\x00!"]), ExportFormat.XLSX, "en")
    assert _xlsx_rows(body)[1][EXPORT_COLUMNS.index("text")] == "Danke Anna!"


def test_xlsx_leaves_out_noncharacters_xml_refuses():
    """One stored U+FFFE made every XLSX export fail ("All strings must be XML compatible")."""
    body = render(_table(["Dan\ufffeke \uffffAnna!"]), ExportFormat.XLSX, "de")
    assert _xlsx_rows(body)[1][EXPORT_COLUMNS.index("text")] == "Danke Anna!"


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_agents_without_consent_are_not_named(fmt):
    text = "Frau Kaya und Aylin waren super, Anna auch"
    body = render(_table([text], agent=AYLIN), fmt, "de")
    if fmt is ExportFormat.XLSX:
        body = repr(_xlsx_rows(body)).encode()  # the cells, not the zipped file
    assert b"Kaya" not in body
    assert b"Aylin" not in body
    assert b"Anna" in body  # consenting agents keep their name in the text
    # people's formats show the placeholder in words, as every view does; data formats keep it
    human = fmt in (ExportFormat.CSV_EXCEL, ExportFormat.XLSX)
    shown = "[Name]" if human else "[NAME]"
    assert f"Frau {shown} und {shown} waren super, Anna auch".encode() in body


def test_the_agent_column_is_empty_without_consent():
    table = _table(["Danke!"], agent=AYLIN)
    assert table["agent"].tolist() == [None]
    assert json.loads(render(table, ExportFormat.JSON))[0]["agent"] is None
    assert _csv_rows(render(table, ExportFormat.CSV), ",")[0]["agent"] == ""


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_an_empty_view_gives_a_file_with_headers_only(fmt):
    body = render(_table([]), fmt, "en")
    if fmt is ExportFormat.JSON:
        assert json.loads(body) == []
    elif fmt is ExportFormat.XLSX:
        assert len(_xlsx_rows(body)) == 1
    else:
        assert len(body.decode("utf-8-sig").splitlines()) == 1


def test_missing_values_stay_missing():
    quotes = _quotes(["Danke!"], agent=None)
    for column in ("rating", "rating_scale", "team", "sentiment_compound"):
        quotes[column] = None
    row = json.loads(render(export_table(quotes, PRIVACY), ExportFormat.JSON))[0]
    assert (row["rating"], row["rating_scale"], row["team"], row["agent"]) == (None,) * 4
    assert row["sentiment_compound"] is None

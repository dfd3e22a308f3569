"""The import page: a Zendesk export's dry run, mapping its unknown ids, importing it (stored),
importing it again (0 new, all already present), the rejected rows' report, and roles.

AppTest cannot upload a file: the bytes enter the page through its one door, the session key
``import_upload`` that :func:`feedback.ui.importing.take_upload` fills."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from streamlit.util import calc_hash

from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.ui.importing import UPLOAD_KEY
from tests.pages.conftest import open_page, signed_in_app
from tests.pages.import_helpers import PAGE, count_table, dry_run, upload


def _zendesk(store) -> int:
    with store.connect() as conn:
        query = select(func.count()).select_from(Quote).where(Quote.source_system == "zendesk")
        return int(conn.scalar(query) or 0)


def test_dry_run_mapping_import_and_re_import(store_url, store):
    before = _zendesk(store)  # the demo data has Zendesk quotes of its own
    at = open_page(PAGE, "de")
    upload(at)
    assert t("imports.format_zendesk_ratings", "de") in at.markdown[0].value
    assert len(at.dataframe[0].value) == 6  # the preview: every entry as read

    counts = dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 0
    assert counts[t("imports.count_rejected", "de")] == 4  # nobody to credit
    assert counts[t("imports.count_not_rated", "de")] == 1
    assert counts[t("imports.count_no_comment", "de")] == 1  # skipped, as the import does
    assert _zendesk(store) == before  # a dry run writes nothing

    team = min(read_directory(store).teams)
    for group in ("4001", "4002", "4999"):
        at.selectbox(key=f"import_target_group_{group}").set_value(team)
    submit = next(b for b in at.button if b.label == t("imports.save_targets", "de"))
    submit.click().run()
    assert not at.exception, [e.value for e in at.exception]
    counts = count_table(at)
    assert counts[t("imports.count_would_import", "de")] == 4
    assert counts[t("imports.count_rejected", "de")] == 0
    assert counts[t("imports.count_unknown_groups", "de")] == 0

    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "4 neu, 0 bereits vorhanden, 0 abgelehnt"
    assert [c.value for c in at.caption][-2:] == [
        # One row: "1 Bewertung … wurde übersprungen", not "1 Bewertungen … wurden".
        t("imports.not_rated_one", "de"),
        t("imports.no_comment_one", "de"),
    ]
    assert _zendesk(store) == before + 4
    assert UPLOAD_KEY not in at.session_state  # the bytes are gone once imported

    at.button(key="import_again").click().run()
    upload(at)
    counts = dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 0
    assert counts[t("imports.count_present", "de")] == 4
    # Nothing new to store: the dry run says so, and "Import" is not offered.
    assert at.button(key="import_start").disabled
    assert _zendesk(store) == before + 4


def test_an_unrecognised_file_is_mapped_by_hand(store_url, store, tmp_path):
    at = open_page(PAGE, "en")
    data = "Kommentartext;Wer\nDanke für die schnelle Hilfe!;x\n".encode()
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": "own.csv", "data": data, "digest": digest}
    at.run()
    assert t("imports.format_none", "en") in at.markdown[0].value
    assert at.info[0].value == t("imports.need_text", "en")
    at.selectbox(key="import_col_text").set_value("Kommentartext").run()
    counts = dry_run(at)
    # No agent or team column: the row names nobody to credit.
    assert counts[t("imports.count_rejected", "en")] == 1

    at.text_input(key="import_mapping_name").input("Own export").run()
    at.button(key="import_save").click().run()
    assert not at.exception, [e.value for e in at.exception]
    from feedback.store.settings import load_settings

    assert load_settings(store).import_mappings == {"Own export": {"text": "Kommentartext"}}


def test_an_agent_may_not_import(store_url):
    at = signed_in_app("agent")
    at.query_params["lang"] = "de"
    at.run()
    at._page_hash = calc_hash("import")  # the page's address, as typed into the browser
    at.run()
    assert [h.value for h in at.title] == [t("auth.not_allowed_title", "de")]
    assert not at.get("file_uploader")


def test_dry_run_reasons_are_whole_and_literal(store_url):
    at = open_page(PAGE, "de")
    data = (
        "Kommentar;Kanal;Mitarbeiter\n"
        "Sehr freundlich, danke!;[hier](https://evil.example);anna.meier\n"
        "Danke für die schnelle Hilfe!;Brieftaube;anna.meier\n"
    ).encode()
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": "own.csv", "data": data, "digest": digest}
    at.run()
    assert t("imports.format_generic", "de") in at.markdown[0].value
    assert dry_run(at)[t("imports.count_rejected", "de")] == 2
    # A static table: the reason wraps, nothing is cut off. It shows the first row's value
    # as that (not as every row's), and as text: the markdown cell escapes it.
    (reason,) = at.table[0].value.iloc[:, 0]
    assert "ersten von 2 Zeilen" in reason
    assert "\\[hier\\]\\(https\\:" in reason


def test_an_empty_export_says_there_is_nothing_to_import_and_is_no_error(store_url):
    at = open_page(PAGE, "en")
    upload(at, "ratings.json", b"[]")
    assert not at.exception
    assert not at.error
    assert [i.value for i in at.info] == [markdown_literal(t("validation.empty_file", "en"))]
    assert "import_dry_run" not in {b.key for b in at.button}  # nothing to try


def test_a_file_of_headings_only_says_there_is_nothing_to_import(store_url):
    """A German Excel export of an empty view: the header row, nothing under it."""
    at = open_page(PAGE, "de")
    upload(at, "export.csv", "Ticketnummer;Datum;Kommentar\r\n".encode("cp1252"))
    assert not at.exception
    assert not at.error
    assert [i.value for i in at.info] == [t("imports.header_only", "de")]
    assert not at.dataframe  # no empty preview grid, no dry run to try
    assert "import_dry_run" not in {b.key for b in at.button}


def test_the_drop_zone_speaks_the_page_language(store_url):
    """Streamlit writes "Upload" and "25MB per file" in English; the page puts its own words in
    (the browser test sees them in the drop zone)."""
    for lang, other in (("de", "en"), ("en", "de")):
        at = open_page(PAGE, lang)
        scripts = "".join(h.proto.body for h in at.get("html"))
        assert t("imports.upload_button", lang) in scripts
        assert t("imports.upload_limit", lang, size="25") in scripts
        assert t("imports.upload_button", other) not in scripts


def test_a_repeated_comment_column_is_mapped_by_hand(store_url):
    """Two columns "Kommentar": the page does not pick one; it says so and asks for the map."""
    at = open_page(PAGE, "de")
    upload(at, "real_shapes/duplicate_kommentar.csv")
    assert not at.exception
    assert t("imports.format_none", "de") in at.markdown[0].value
    message = t(
        "validation.repeated_column",
        "de",
        column=markdown_literal("Kommentar"),
        copies=markdown_literal("Kommentar / Kommentar (2)"),
    )
    assert [w.value for w in at.warning] == [message]
    at.selectbox(key="import_col_text").set_value("Kommentar (2)").run()
    at.selectbox(key="import_col_agent").set_value("Mitarbeiter").run()
    counts = dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 2
    assert counts[t("imports.count_rejected", "de")] == 0


def test_every_recognised_format_is_named_as_recognised(store_url):
    """A Zendesk report was recognised and read, but the page called it "not recognised"."""
    at = open_page(PAGE, "de")
    upload(at, "zendesk_report.csv")
    assert t("imports.format_zendesk_report", "de") in at.markdown[0].value
    upload(at, "real_shapes/trustpilot_reviews.csv")
    assert t("imports.format_trustpilot", "de") in at.markdown[0].value


def test_the_preview_hides_customers_personal_data_and_keeps_the_columns(store_url, store):
    """A screen shared in a meeting shows which column holds what, and no customer."""
    agent = read_directory(store).agents
    named = next(a for a in agent.values() if a.first_name and a.last_name)
    rows = (
        "Kommentar;Agent;Datum;Bewertung;Kunde;E-Mail\r\n"
        f"Super Hilfe, danke! Gruß Petra Wagner;{named.full_name};20.11.2026;5;"
        "Petra Wagner;petra.wagner@example.com\r\n"
    ).encode()
    for lang in ("de", "en"):
        at = open_page(PAGE, lang)
        upload(at, "eigene.csv", rows)
        assert not at.exception, [e.value for e in at.exception]
        preview = at.dataframe[0].value
        assert list(preview.columns) == [
            "Kommentar",
            "Agent",
            "Datum",
            "Bewertung",
            "Kunde",
            "E-Mail",
        ]
        (row,) = preview.to_dict("records")
        assert "Petra" not in str(row), row
        assert "wagner@" not in str(row), row
        assert row["Kommentar"] == "Super Hilfe, danke! Gruß P. W."
        assert row["Kunde"] == "P. W."
        assert row["E-Mail"] == ("[E-Mail-Adresse]" if lang == "de" else "[email address]")
        assert (row["Agent"], row["Datum"], row["Bewertung"]) == (
            named.full_name,
            "20.11.2026",
            "5",
        )
        assert t("imports.preview_hidden", lang) in [c.value for c in at.caption]


def test_the_preview_shows_the_helpdesk_ids_as_they_are(store_url, store):
    """The ticket's, the agent's and the group's ids are the helpdesk's, not a customer's: a
    lead maps them by what the preview shows. A requester's id stays hidden."""
    at = open_page(PAGE, "en")
    upload(at, "zendesk_view_ids.csv", ZENDESK_IDS)
    assert not at.exception, [e.value for e in at.exception]

    (row,) = at.dataframe[0].value.to_dict("records")

    assert (row["Ticket ID"], row["Assignee ID"], row["Group ID"]) == (
        "4711234",
        "360012345678",
        "114094773",
    )
    assert row["Requester ID"] == "[customer/case number]"
    assert row["Satisfaction Comment"] == "Call me at [phone number], thanks!"


ZENDESK_IDS = (
    b"Ticket ID,Satisfaction Score,Satisfaction Comment,Assignee ID,Group ID,Requester ID\n"
    b'4711234,Good,"Call me at 0171 2345678, thanks!",360012345678,114094773,36001234\n'
)


def test_the_empty_sheets_before_the_data_are_named_literally(store_url):
    """A workbook whose data sit on its second sheet: the caption names the empty sheet before
    it as typed, not as markdown (bold, italics, strike-through, a formula)."""
    import io

    import openpyxl  # type: ignore[import-untyped, unused-ignore]

    book = openpyxl.Workbook()
    book.active.title = "__Alt__ $y$ _k_ ~~d~~"
    sheet = book.create_sheet("Daten")
    sheet.append(["Kommentar", "Mitarbeiter"])
    sheet.append(["Danke für die schnelle Hilfe!", "anna.meier"])
    data = io.BytesIO()
    book.save(data)
    at = open_page(PAGE, "de")
    upload(at, "lob.xlsx", data.getvalue())
    assert not at.exception
    expected = t(
        "imports.sheet",
        "de",
        sheet=markdown_literal("Daten"),
        empty=markdown_literal("__Alt__ $y$ _k_ ~~d~~"),
    )
    assert expected in [c.value for c in at.caption]

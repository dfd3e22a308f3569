"""The import page: a Zendesk export's dry run, mapping its unknown ids, importing it (stored),
importing it again (0 new, all already present), the rejected rows' report, and roles.

AppTest cannot upload a file: the bytes enter the page through its one door, the session key
``import_upload`` that :func:`feedback.ui.importing.take_upload` fills."""

from __future__ import annotations

import hashlib

from sqlalchemy import func, select
from streamlit.util import calc_hash

from feedback.auth.roles import Actor
from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.services.settings import save_import_mapping
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from feedback.ui.importing import UPLOAD_KEY
from tests.collect.files.helpers import FIXTURES
from tests.pages.conftest import open_page, signed_in_app

PAGE = "pages/import.py"


def _upload(at, name: str = "zendesk_ratings.json", data: bytes | None = None) -> None:
    """Hand the page ``data`` (default: the fixture ``name``) as the uploaded file ``name``."""
    data = (FIXTURES / name).read_bytes() if data is None else data
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": name, "data": data, "digest": digest}
    at.run()


def _counts(at) -> dict[str, int]:
    table = at.dataframe[1].value
    return dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))


def _zendesk(store) -> int:
    with store.connect() as conn:
        query = select(func.count()).select_from(Quote).where(Quote.source_system == "zendesk")
        return int(conn.scalar(query) or 0)


def _dry_run(at) -> dict[str, int]:
    at.button(key="import_dry_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return _counts(at)


def test_dry_run_mapping_import_and_re_import(store_url, store):
    before = _zendesk(store)  # the demo data has Zendesk quotes of its own
    at = open_page(PAGE, "de")
    _upload(at)
    assert t("imports.format_zendesk_ratings", "de") in at.markdown[0].value
    assert len(at.dataframe[0].value) == 6  # the preview: every entry as read

    counts = _dry_run(at)
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
    counts = _counts(at)
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
    _upload(at)
    counts = _dry_run(at)
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
    counts = _dry_run(at)
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
    assert _dry_run(at)[t("imports.count_rejected", "de")] == 2
    # A static table: the reason wraps, nothing is cut off. It shows the first row's value
    # as that (not as every row's), and as text: the markdown cell escapes it.
    (reason,) = at.table[0].value.iloc[:, 0]
    assert "ersten von 2 Zeilen" in reason
    assert "\\[hier\\]\\(https\\:" in reason


def test_an_empty_export_says_there_is_nothing_to_import_and_is_no_error(store_url):
    at = open_page(PAGE, "en")
    _upload(at, "ratings.json", b"[]")
    assert not at.exception
    assert not at.error
    assert [i.value for i in at.info] == [markdown_literal(t("validation.empty_file", "en"))]
    assert "import_dry_run" not in {b.key for b in at.button}  # nothing to try


def test_a_file_of_headings_only_says_there_is_nothing_to_import(store_url):
    """A German Excel export of an empty view: the header row, nothing under it."""
    at = open_page(PAGE, "de")
    _upload(at, "export.csv", "Ticketnummer;Datum;Kommentar\r\n".encode("cp1252"))
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
    _upload(at, "real_shapes/duplicate_kommentar.csv")
    assert not at.exception
    assert t("imports.format_none", "de") in at.markdown[0].value
    message = t("validation.repeated_column", "de", column=markdown_literal("Kommentar"))
    assert [w.value for w in at.warning] == [message]
    at.selectbox(key="import_col_text").set_value("Kommentar (2)").run()
    at.selectbox(key="import_col_agent").set_value("Mitarbeiter").run()
    counts = _dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 2
    assert counts[t("imports.count_rejected", "de")] == 0


def test_every_recognised_format_is_named_as_recognised(store_url):
    """A Zendesk report was recognised and read, but the page called it "not recognised"."""
    at = open_page(PAGE, "de")
    _upload(at, "zendesk_report.csv")
    assert t("imports.format_zendesk_report", "de") in at.markdown[0].value
    _upload(at, "real_shapes/trustpilot_reviews.csv")
    assert t("imports.format_trustpilot", "de") in at.markdown[0].value


def _trustpilot(store) -> list[int | None]:
    with store.connect() as conn:
        query = select(Quote.team_id).where(Quote.source_system == "trustpilot")
        return list(conn.scalars(query.order_by(Quote.external_id)))


def test_a_review_export_goes_to_the_team_chosen_for_rows_that_name_no_one(store_url, store):
    """Trustpilot names no agent and no team: every row was refused with the web form's
    "choose the praised agent or the team". The lead picks the file's team once."""
    at = open_page(PAGE, "de")
    _upload(at, "real_shapes/trustpilot_reviews.csv")
    picker = at.selectbox(key="import_team")
    assert picker.label == "Team für Zeilen ohne Person oder Team"
    assert picker.value == 0  # none, until the lead picks one

    counts = _dry_run(at)
    assert counts[t("imports.count_rejected", "de")] == 2
    (reason,) = at.table[0].value.iloc[:, 0]
    assert reason == markdown_literal(t("validation.nobody_named", "de"))

    team = min(read_directory(store).teams)
    at.selectbox(key="import_team").set_value(team).run()
    assert len(at.dataframe) == 1  # the dry run was of no team: it is not shown as this one's
    counts = _dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 2
    assert counts[t("imports.count_rejected", "de")] == 0

    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "2 neu, 0 bereits vorhanden, 0 abgelehnt"
    assert _trustpilot(store) == [team, team]

    at.button(key="import_again").click().run()
    _upload(at, "real_shapes/trustpilot_reviews.csv")
    # Chosen again for the next file (it may be another team's): none, so refused again.
    assert at.selectbox(key="import_team").value == 0
    assert _dry_run(at)[t("imports.count_rejected", "de")] == 2
    at.selectbox(key="import_team").set_value(team).run()
    counts = _dry_run(at)
    assert counts[t("imports.count_present", "de")] == 2
    assert counts[t("imports.count_would_import", "de")] == 0
    assert _trustpilot(store) == [team, team]


def test_a_lead_chooses_among_their_own_teams_only(store_url, store):
    at = open_page(PAGE, "en", role="lead")
    _upload(at, "real_shapes/trustpilot_reviews.csv")
    picker = at.selectbox(key="import_team")
    assert picker.label == "Team for rows that name no one"
    lead_teams = set(picker.options) - {t("imports.team_for_unnamed_none", "en")}
    all_teams = set(read_directory(store).teams.values())
    assert lead_teams
    assert lead_teams < all_teams


def test_a_google_forms_export_needs_only_its_comment_column_and_a_team(store_url, store):
    """Its "Zeitstempel" was no date column the import knew: each row was dated on the day
    of the import unless the lead mapped it by hand too."""
    at = open_page(PAGE, "de")
    _upload(at, "real_shapes/google_forms_de.csv")
    assert t("imports.format_none", "de") in at.markdown[0].value
    assert at.selectbox(key="import_col_date").value == "Zeitstempel"
    assert at.selectbox(key="import_col_text").value == ""  # a question's title: not guessed
    assert at.selectbox(key="import_col_agent").value == ""

    at.selectbox(key="import_col_text").set_value("Ihr Kommentar").run()
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    counts = _dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 2
    assert t("imports.undated", "de") not in [w.value for w in at.warning]


def test_a_forms_response_without_a_comment_is_skipped_and_counted(store_url, store):
    """Microsoft Forms' line 3 answered the rating question and left the comment blank: the
    dry run refused it with the web form's "Bitte geben Sie den Text des Lobs ein."."""
    at = open_page(PAGE, "de")
    _upload(at, "real_shapes/microsoft_forms_de.xlsx")
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    counts = _dry_run(at)
    assert counts[t("imports.count_rejected", "de")] == 0
    assert counts[t("imports.count_no_text", "de")] == 1
    assert counts[t("imports.count_would_import", "de")] == 1
    assert not at.table  # no reasons: nothing refused

    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "1 neu, 0 bereits vorhanden, 0 abgelehnt"
    assert t("imports.no_text_one", "de") in [c.value for c in at.caption]
    assert "import_download" not in {b.key for b in at.get("download_button")}


_REVIEWS = (
    "Review ID,Review Created (UTC),Review Title,Review Content,Review Stars\n"
    'tp-201,2026-11-02 09:14:55,Toller Service,"Alles bestens, danke!",5\n'
    "tp-202,2099-01-01 00:00:00,Super Beratung,Frau Meier hat mir sehr geholfen.,5\n"
    'tp-203,2099-01-01 00:00:00,"=HYPERLINK(""https://evil.example"",""klick"")",Danke.,5\n'
    "tp-204,2099-01-01 00:00:00,@SUM(1+1),  -1+2 danach,5\n"
)


def test_the_rejected_rows_report_shows_the_text_as_imported_and_runs_no_formula(store_url, store):
    """The report showed the review's text without its title, while the import stores "Title.
    Text"; the text comes from the uploaded file, so no cell may start a formula."""
    import csv
    import io

    at = open_page(PAGE, "de")
    _upload(at, "bewertungen.csv", _REVIEWS.encode())
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    _dry_run(at)
    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "1 neu, 0 bereits vorhanden, 3 abgelehnt"
    assert "import_download" in {b.key for b in at.get("download_button")}

    report = at.session_state["import_done"].csv
    rows = list(csv.reader(io.StringIO(report.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Zeile", "Grund", "Text"]
    assert [(line, text) for line, _, text in rows[1:]] == [
        ("3", "Super Beratung. Frau Meier hat mir sehr geholfen."),  # was without the title
        ("4", '\'=HYPERLINK("https://evil.example","klick") Danke.'),
        ("5", "'@SUM(1+1) -1+2 danach"),
    ]
    for _, reason, text in rows[1:]:
        assert not reason.lstrip().startswith(("=", "+", "-", "@"))
        assert not text.lstrip().startswith(("=", "+", "-", "@"))


def _form_mapped_by_hand(at, data: bytes, team: int) -> None:
    """A form without a column the import knows, its "ID" picked for the ticket id."""
    _upload(at, "antworten.csv", data)
    at.selectbox(key="import_col_text").set_value("Ihre Meinung").run()
    at.selectbox(key="import_col_id").set_value("ID").run()
    at.selectbox(key="import_team").set_value(team).run()


def test_a_forms_id_picked_as_the_ticket_id_loses_no_second_form(store_url, store):
    """Both forms number their responses from 1: read as ticket ids, the second form's
    response 1 was "already present" and never imported."""
    team = min(read_directory(store).teams)
    at = open_page(PAGE, "de")
    _form_mapped_by_hand(at, b"ID;Ihre Meinung\n1;Danke, sehr gut!\n", team)
    column = markdown_literal("ID")
    assert t("imports.id_is_number", "de", column=column) in [c.value for c in at.caption]
    assert _dry_run(at)[t("imports.count_would_import", "de")] == 1
    at.button(key="import_start").click().run()

    second = open_page(PAGE, "de")
    _form_mapped_by_hand(second, b"ID;Ihre Meinung\n1;Schnelle Hilfe am Telefon.\n", team)
    counts = _dry_run(second)
    assert counts[t("imports.count_would_import", "de")] == 1
    assert counts[t("imports.count_present", "de")] == 0


def test_a_saved_mapping_finds_its_columns_in_another_case_and_spacing(store_url, store):
    """Next month's export wrote "IHR KOMMENTAR " where the mapping had "Ihr Kommentar": the
    saved mapping left the text empty."""
    mapping = {"text": "Ihr Kommentar", "rating": "Wie zufrieden?"}
    save_import_mapping(store, Actor.system("test"), "Umfrage", mapping)
    at = open_page(PAGE, "de")
    _upload(at, "umfrage.csv", b"IHR KOMMENTAR ;wie zufrieden?\nDanke!;5\n")

    at.selectbox(key="import_saved").set_value("Umfrage").run()

    assert at.selectbox(key="import_col_text").value == "IHR KOMMENTAR "
    assert at.selectbox(key="import_col_rating").value == "wie zufrieden?"


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
        _upload(at, "eigene.csv", rows)
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

"""The import page with review and form exports: the team chosen for rows that name no one, a
lead's own teams, Google Forms (comment column and team only, responses without a comment),
the rejected rows' report, a form's id taken for the ticket id, saved mappings. Split from
test_import_page.py.

AppTest cannot upload a file: the bytes enter the page through its one door, the session key
``import_upload`` that :func:`feedback.ui.importing.take_upload` fills."""

from __future__ import annotations

from sqlalchemy import select

from feedback.auth.roles import Actor
from feedback.i18n import t
from feedback.render.plain import markdown_literal
from feedback.services.settings import save_import_mapping
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from tests.pages.conftest import open_page
from tests.pages.import_helpers import PAGE, dry_run, upload


def _trustpilot(store) -> list[int | None]:
    with store.connect() as conn:
        query = select(Quote.team_id).where(Quote.source_system == "trustpilot")
        return list(conn.scalars(query.order_by(Quote.external_id)))


def test_a_review_export_goes_to_the_team_chosen_for_rows_that_name_no_one(store_url, store):
    """Trustpilot names no agent and no team: every row was refused with the web form's
    "choose the praised agent or the team". The lead picks the file's team once."""
    at = open_page(PAGE, "de")
    upload(at, "real_shapes/trustpilot_reviews.csv")
    picker = at.selectbox(key="import_team")
    assert picker.label == "Team für Zeilen ohne Person oder Team"
    assert picker.value == 0  # none, until the lead picks one

    counts = dry_run(at)
    assert counts[t("imports.count_rejected", "de")] == 2
    (reason,) = at.table[0].value.iloc[:, 0]
    assert reason == markdown_literal(t("validation.nobody_named", "de"))

    team = min(read_directory(store).teams)
    at.selectbox(key="import_team").set_value(team).run()
    assert len(at.dataframe) == 1  # the dry run was of no team: it is not shown as this one's
    counts = dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 2
    assert counts[t("imports.count_rejected", "de")] == 0

    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "2 neu, 0 bereits vorhanden, 0 abgelehnt"
    assert _trustpilot(store) == [team, team]

    at.button(key="import_again").click().run()
    upload(at, "real_shapes/trustpilot_reviews.csv")
    # Chosen again for the next file (it may be another team's): none, so refused again.
    assert at.selectbox(key="import_team").value == 0
    assert dry_run(at)[t("imports.count_rejected", "de")] == 2
    at.selectbox(key="import_team").set_value(team).run()
    counts = dry_run(at)
    assert counts[t("imports.count_present", "de")] == 2
    assert counts[t("imports.count_would_import", "de")] == 0
    assert _trustpilot(store) == [team, team]


def test_a_lead_chooses_among_their_own_teams_only(store_url, store):
    at = open_page(PAGE, "en", role="lead")
    upload(at, "real_shapes/trustpilot_reviews.csv")
    picker = at.selectbox(key="import_team")
    assert picker.label == "Team for rows that name no one"
    lead_teams = set(picker.options) - {t("imports.team_for_unnamed_none", "en")}
    all_teams = set(read_directory(store).teams.values())
    assert lead_teams
    assert lead_teams < all_teams


def test_a_google_forms_export_needs_only_a_team_and_a_check_of_its_columns(store_url, store):
    """Its "Zeitstempel" was no date column the import knew: each row was dated on the day
    of the import unless the lead mapped it by hand too. Its questions' titles say which
    holds the comment and which the rating: preselected, with a note to check them."""
    at = open_page(PAGE, "de")
    upload(at, "real_shapes/google_forms_de.csv")
    assert t("imports.format_none", "de") in at.markdown[0].value
    assert t("imports.suggested_check", "de") in [c.value for c in at.caption]
    assert at.selectbox(key="import_col_date").value == "Zeitstempel"
    assert at.selectbox(key="import_col_text").value == "Ihr Kommentar"
    rating = at.selectbox(key="import_col_rating").value
    assert rating == "Wie zufrieden waren Sie mit unserem Service?"
    assert at.selectbox(key="import_col_agent").value == ""  # "Wer hat Ihnen geholfen?"

    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    counts = dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 2
    assert t("imports.undated", "de") not in [w.value for w in at.warning]


def test_a_forms_response_without_a_comment_is_skipped_and_counted(store_url, store):
    """Microsoft Forms' line 3 answered the rating question and left the comment blank: the
    dry run refused it with the web form's "Bitte geben Sie den Text des Lobs ein."."""
    at = open_page(PAGE, "de")
    upload(at, "real_shapes/microsoft_forms_de.xlsx")
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    counts = dry_run(at)
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
    'tp-205,2099-01-01 00:00:00,<b>Top</b>,"<p>Sehr<br>gut</p>",5\n'
)


def test_the_rejected_rows_report_shows_the_text_as_imported_and_runs_no_formula(store_url, store):
    """The report showed the review's text without its title, while the import stores "Title.
    Text"; the text comes from the uploaded file, so no cell may start a formula."""
    import csv
    import io

    at = open_page(PAGE, "de")
    upload(at, "bewertungen.csv", _REVIEWS.encode())
    at.selectbox(key="import_team").set_value(min(read_directory(store).teams)).run()
    dry_run(at)
    at.button(key="import_start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.success[0].value == "1 neu, 0 bereits vorhanden, 4 abgelehnt"
    assert "import_download" in {b.key for b in at.get("download_button")}

    report = at.session_state["import_done"].csv
    rows = list(csv.reader(io.StringIO(report.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Zeile", "Grund", "Text"]
    assert [(line, text) for line, _, text in rows[1:]] == [
        ("3", "Super Beratung. Frau Meier hat mir sehr geholfen."),  # was without the title
        ("4", '\'=HYPERLINK("https://evil.example","klick") Danke.'),
        ("5", "'@SUM(1+1) -1+2 danach"),
        ("6", "Top. Sehr gut"),  # the text the HTML shows, not the file's markup
    ]
    for _, reason, text in rows[1:]:
        assert not reason.lstrip().startswith(("=", "+", "-", "@"))
        assert not text.lstrip().startswith(("=", "+", "-", "@"))
    # The note under the download said "so, wie er in Ihrer Datei steht": it names what differs.
    note = t("imports.download_note", "de", chars="200")
    assert note in [c.value for c in at.caption]
    assert "Titel einer Bewertung steht vor ihrem Text" in note
    assert "Apostroph" in note


def _form_mapped_by_hand(at, data: bytes, team: int) -> None:
    """A form without a column the import knows, its "ID" picked for the ticket id."""
    upload(at, "antworten.csv", data)
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
    assert dry_run(at)[t("imports.count_would_import", "de")] == 1
    at.button(key="import_start").click().run()

    second = open_page(PAGE, "de")
    _form_mapped_by_hand(second, b"ID;Ihre Meinung\n1;Schnelle Hilfe am Telefon.\n", team)
    counts = dry_run(second)
    assert counts[t("imports.count_would_import", "de")] == 1
    assert counts[t("imports.count_present", "de")] == 0


def test_a_saved_mapping_finds_its_columns_in_another_case_and_spacing(store_url, store):
    """Next month's export wrote "IHR KOMMENTAR " where the mapping had "Ihr Kommentar": the
    saved mapping left the text empty."""
    mapping = {"text": "Ihr Kommentar", "rating": "Wie zufrieden?"}
    save_import_mapping(store, Actor.system("test"), "Umfrage", mapping)
    at = open_page(PAGE, "de")
    upload(at, "umfrage.csv", b"IHR KOMMENTAR ;wie zufrieden?\nDanke!;5\n")

    at.selectbox(key="import_saved").set_value("Umfrage").run()

    assert at.selectbox(key="import_col_text").value == "IHR KOMMENTAR "
    assert at.selectbox(key="import_col_rating").value == "wie zufrieden?"


def test_a_forms_rating_question_is_named_until_it_is_chosen_as_the_rating(store_url, store):
    """Microsoft Forms in English was recognised by its "Comments" column, and its rating
    question ("How satisfied …?") was left unread without a word: its ratings never stored."""
    question = "How satisfied were you with our support?"
    warning = t("imports.rating_unread", "de", column=markdown_literal(question))
    at = open_page(PAGE, "de")
    upload(at, "verified_shapes/microsoft_forms_en_last_modified.xlsx")
    counts = dry_run(at)
    assert counts[t("imports.count_no_text", "de")] == 1
    assert warning in [w.value for w in at.warning]

    at.toggle(key="import_manual").set_value(True).run()
    assert at.selectbox(key="import_col_text").value == "Comments"
    assert at.selectbox(key="import_col_rating").value == question  # preselected there
    counts = dry_run(at)
    assert counts[t("imports.count_would_import", "de")] == 3
    assert counts[t("imports.count_no_comment", "de")] == 1
    assert warning not in [w.value for w in at.warning]

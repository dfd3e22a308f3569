"""The import page's pure parts: the dry run's counts against a real store (nothing written;
the same counts the import then gives), columns mapped by hand, mapping targets per role, the
result line and the report of rejected rows for German Excel."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import Engine, func, select

from feedback.auth.roles import Actor, Role
from feedback.collect.bulk import ImportReport, RejectedRow, import_rows
from feedback.collect.column_map import manual_format, parse_mapped
from feedback.collect.dry_run import dry_run_rows
from feedback.collect.files.parse import ParsedFile, parse_table
from feedback.collect.files.resolve import load_resolver
from feedback.collect.files.sniff import open_table
from feedback.collect.validate import Problem
from feedback.i18n import t
from feedback.insights import import_view
from feedback.services.import_preview import preview_import
from feedback.store.directory import read_directory
from feedback.store.models import Quote
from tests.conftest import TODAY

CSV = (
    "Kommentar;Wer;Note\n"
    "Danke für die schnelle Hilfe!;anna.meier;5\n"
    "Sehr freundlich am Telefon.;jonas.becker;4\n"
    "Danke für die schnelle Hilfe!;anna.meier;5\n"  # the same answer again: a second rating
    ";anna.meier;5\n"  # no comment
    "Super Service;niemand;5\n"  # an agent we do not have
)
COLUMNS = {"text": "Kommentar", "agent": "Wer", "rating": "Note"}


def _parsed(engine: Engine, columns: dict[str, str] = COLUMNS, data: str = CSV) -> ParsedFile:
    table = open_table(io.BytesIO(data.encode()), "own.csv")
    return parse_mapped(
        table, manual_format(columns), load_resolver(engine), system="helpdesk", today=TODAY
    )


def _count(engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Quote)) or 0)


def test_the_dry_run_writes_nothing_and_predicts_the_import(engine, people):
    dry = dry_run_rows(engine, _parsed(engine).entries(), today=TODAY, batch_size=2)

    # The row without a comment is skipped, not rejected (its rating still counts); the same
    # rated answer twice is two answers (it was "already present", its rating lost).
    assert (dry.would_import, dry.present, dry.rejected) == (3, 0, 1)
    assert dry.reasons == {"unknown_agent": 1}
    assert _count(engine) == 0

    report = import_rows(engine, "lead", _parsed(engine).entries(), today=TODAY, batch_size=2)
    assert (report.imported, report.present, report.rejected) == (3, 0, 1)

    again = dry_run_rows(engine, _parsed(engine).entries(), today=TODAY)
    assert (again.would_import, again.present, again.rejected) == (0, 3, 1)


def test_a_leads_rows_outside_their_teams_are_rejected_in_the_dry_run(engine, people):
    lead = Actor("kim", Role.LEAD, team_ids=frozenset({people["team_north"]}))

    dry = preview_import(engine, lead, _parsed(engine), today=TODAY)

    assert (dry.would_import, dry.rejected) == (2, 2)  # Jonas is in Technik-Hotline
    assert dry.reasons["not_your_team"] == 1


def test_columns_mapped_by_hand_read_ratings_and_leave_out_empty_fields(engine, people):
    fmt = manual_format({"text": "Kommentar", "agent": "", "date": "Datum"})
    assert fmt.columns == {"text": ("kommentar",), "date": ("datum",)}
    assert fmt.requires == ("text",)

    rows = list(_parsed(engine).rows)
    assert rows[0].draft is not None
    assert (rows[0].draft.agent_id, rows[0].draft.rating, rows[0].draft.rating_scale) == (
        people["anna"],
        5.0,
        5,
    )


def test_targets_for_a_lead_are_their_teams_and_agents_only(engine, people):
    found = read_directory(engine)
    lead = Actor("kim", Role.LEAD, team_ids=frozenset({people["team_north"]}))
    admin = Actor("root", Role.ADMIN)

    assert import_view.targets(found, lead, "group") == {people["team_north"]: "Privatkunden Nord"}
    assert set(import_view.targets(found, lead, "agent")) == {people["anna"], people["aylin"]}
    assert len(import_view.targets(found, admin, "group")) == 2
    assert import_view.targets(found, admin, "agent")[people["jonas"]] == (
        "Jonas Becker (Technik-Hotline)"
    )


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("de", "1.200 neu, 3 bereits vorhanden, 0 abgelehnt"),
        ("en", "1,200 new, 3 already present, 0 rejected"),
    ],
)
def test_the_result_line(lang, expected):
    report = ImportReport(imported=1200, present=3)
    assert import_view.result_line(report, lang) == expected


@pytest.mark.parametrize(
    ("lang", "credited", "expected"),
    [
        (
            "de",
            1,
            "0 neu, 3 bereits vorhanden, 0 abgelehnt. Von den bereits vorhandenen ist 1 jetzt "
            "der Person zugeordnet, für die ihre Helpdesk-ID steht.",
        ),
        (
            "en",
            2,
            "0 new, 3 already present, 0 rejected. Of these already present, 2 are now "
            "credited to the agent their helpdesk id is mapped to.",
        ),
    ],
)
def test_the_result_line_says_how_many_present_rows_were_credited(lang, credited, expected):
    report = ImportReport(present=3, credited=credited)
    assert import_view.result_line(report, lang) == expected


def test_the_rejected_rows_report_is_for_german_excel_and_formula_safe():
    report = ImportReport(rejected=2)
    report.rejected_rows = [
        RejectedRow(3, (Problem("text", "no_comment"),)),
        RejectedRow(7, (Problem("text", "unreadable_row"),)),
    ]
    texts = {3: '=HYPERLINK("x")', 7: "a" * 500}

    data = import_view.rejected_csv(report, texts, "de")

    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == "Zeile;Grund;Text"
    assert lines[1].startswith("3;")
    assert lines[1].endswith(';"\'=HYPERLINK(""x"")"')
    assert lines[2].endswith("a" * 199 + "…")
    english = import_view.rejected_csv(report, texts, "en").decode()
    assert english.startswith("Line,Reason,Text\r\n")


def test_unknown_ids_are_listed_agents_first_most_rows_first():
    from collections import Counter

    from feedback.collect.dry_run import DryRun

    dry = DryRun(unknown_agents=Counter({"7": 1, "3": 4}), unknown_groups=Counter({"9": 2}))
    assert [(u.kind, u.external_id, u.rows) for u in import_view.unknown_ids(dry)] == [
        ("agent", "3", 4),
        ("agent", "7", 1),
        ("group", "9", 2),
    ]


def test_a_dry_run_of_json_that_breaks_midway_counts_the_rows_before_and_names_the_break(
    engine, people
):
    data = b'[{"text": "Danke!", "agent": "anna.meier"}, {"text": "Super", "agent": "anna.m'
    parsed = parse_table(open_table(io.BytesIO(data), "cut.json"), load_resolver(engine),
                         system="helpdesk", today=TODAY)  # fmt: skip

    dry = preview_import(engine, Actor.system(), parsed, today=TODAY)

    assert (dry.would_import, dry.rejected) == (1, 0)
    assert dry.broken is not None
    assert dry.broken.code == "broken_json"
    assert dry.broken.params == {"element": 2}


def test_reasons_say_when_rows_of_one_reason_may_have_other_values():
    from feedback.collect.dry_run import DryRun

    dry = DryRun()
    for value in ("e-mail", "bewertung", "sonstiges"):
        dry.reject([Problem("channel", "unknown_channel", {"value": value, "allowed": "…"})])
    dry.reject([Problem("text", "empty_text")])
    dry.reject([Problem("text", "empty_text")])
    table = import_view.reasons_table(dry, "de")
    reasons = list(table[t("imports.col_reason", "de")])
    # The first row's value is not passed off as every row's value.
    assert reasons[0].startswith("Unbekannter Kanal „e-mail“")
    assert "ersten von 3 Zeilen" in reasons[0]
    assert reasons[1] == t("validation.empty_text", "de")  # no value: nothing to add
    assert list(table[t("imports.col_rows", "de")]) == [3, 2]


def test_a_hebrew_cell_of_the_preview_starts_at_the_left_of_its_cell():
    from feedback.collect.files.table import Record

    records = [Record(2, {"text": "שלום, תודה!", "agent": "anna.meier"})]
    frame = import_view.preview_frame(["text", "agent"], records, (), "de")
    assert frame.iloc[0].tolist() == ["\u200e\u2067שלום, תודה!\u2069", "anna.meier"]


def test_a_customer_name_column_shows_initials_in_any_script():
    # The redaction knows Latin names: "Max Muster" became "M. M.", "דוד כהן" stood whole.
    from feedback.collect.files.table import Record

    columns = ["Requester", "Customer name", "Kundenkommentar", "Requester email"]
    values = ("דוד כהן", "محمد علي", "Danke, super!", "david@example.com")
    records = [Record(2, dict(zip(columns, values, strict=True)))]
    frame = import_view.preview_frame(columns, records, (), "en")
    shown = frame.iloc[0].tolist()
    assert shown[:2] == ["\u200e\u2067ד. כ.\u2069", "\u200e\u2067م. ع.\u2069"]
    assert shown[2] == "Danke, super!"  # a customer's comment is the praise: kept
    assert "david" not in shown[3]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_format_has_a_name_for_the_import_page(lang):
    # HubSpot's, Gorgias', App Store Connect's, Qualtrics', Chatwoot's and our own export had
    # none: the page stopped with a KeyError on such a file.
    from feedback.collect.files.formats import formats

    labels = {f.name: import_view.format_label(f.name, lang) for f in formats()}

    assert all(labels.values())
    assert len(set(labels.values())) == len(labels)

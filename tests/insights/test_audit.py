"""The audit view: labels in both languages, local times, change lines, the Excel-ready CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest

from feedback.i18n import t
from feedback.insights import audit
from feedback.services.audit import AuditRow

BERLIN = ZoneInfo("Europe/Berlin")
AT = dt.datetime(2026, 3, 1, 22, 30, 5, tzinfo=dt.UTC)
NAMES = audit.Names(teams={3: "Technik-Hotline"}, agents={7: "anna.meier"})


def row(action: str = "edit", entity: str = "agent", actor: str = "admin.anna", **changes):
    return AuditRow(1, AT, actor, action, entity, 7, changes)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_action_and_entity_has_a_label_in_both_languages(lang):
    for kind, values in (("action", audit.ACTIONS), ("entity", audit.ENTITIES)):
        labels = [audit.label(kind, value, lang) for value in values]
        assert labels == [t(f"audit.{kind}_{value}", lang) for value in values]
        assert len(set(labels)) == len(values), labels


def test_an_unknown_action_is_shown_as_stored():
    assert audit.label("action", "reanalyse", "de") == "reanalyse"


@pytest.mark.parametrize(
    ("entry", "lang", "expected"),
    [
        (row(consent_named=[False, True]), "de", "Einwilligung zur Namensnennung: nein → ja"),
        (row(consent_named=[False, True]), "en", "Consent to be named: no → yes"),
        (row(team_id=[3, None]), "de", "Team: Technik-Hotline → –"),
        (row(team_id=[9, 3]), "en", "Team: #9 → Technik-Hotline"),
        (
            row("status", "quote", status=["pending", "approved"]),
            "de",
            "Status: Wartet → Freigegeben",
        ),
        (row(text=["Danke, Anna!", "Danke!"]), "de", "Text: geändert"),  # never the text
        (
            row(
                "create",
                "quote",
                text="Danke, Anna!",
                status="pending",
                channel="phone",
                said_on="2026-02-27",
                fingerprint="abc",
            ),
            "de",
            "Status: Wartet; Kanal: Telefon; Datum: 27.02.2026",
        ),
        (
            row("delete", "quote", status="approved", said_on="2026-02-27"),
            "en",
            "Status: Approved; Date: 27 Feb 2026",
        ),
        (
            row("create", "quote", status="approved", channel="chat", source="import"),
            "de",
            "Status: Freigegeben; Kanal: Chat; Quelle: Importiert",
        ),
        (row("create", "quote", source="manual"), "en", "Source: Entered"),
        (row("edit", "user", password="reset"), "de", "Passwort: zurückgesetzt"),
        (
            row("edit", "user", role=["agent", "lead"], team_ids=[[], [3]]),
            "de",
            "Rolle: Agent → Teamleitung; Teams: – → Technik-Hotline",
        ),
        (row("create", "team", name="Nord"), "en", "Name: Nord"),
        (
            row("edit", "settings", retention_months=[24, 12], theme_additions=[{}, {"a": 1}]),
            "de",
            "Aufbewahrung (Monate): 24 → 12; Eigene Themen: geändert",
        ),
        (row("login", "user"), "de", ""),
        (
            row("redact", "quote", kinds=["name", "phone"]),
            "de",
            "Geschwärzte Daten: Name, Telefonnummer",
        ),
        (
            row("redact", "quote", kinds=["name", "phone"]),
            "en",
            "Redacted data: name, phone number",
        ),
        (row(surprise=["x" * 100, None]), "de", "surprise: " + "x" * 59 + "… → –"),
        # A lead's mappings on the import page: no stored field names in the German log.
        (
            row(
                "create", "mapping", system="zendesk", kind="agent", external_id="3610", target_id=7
            ),
            "de",
            "Helpdesk: Zendesk; Art: Agent; Helpdesk-ID: 3610; Zugeordnet zu: anna.meier",
        ),
        (
            row(
                "edit",
                "mapping",
                system="freshdesk",
                kind="group",
                external_id="44",
                target_id=[9, 3],
            ),
            "en",
            "Helpdesk: Freshdesk; Kind: Team (group in the helpdesk); Helpdesk id: 44;"
            " Mapped to: #9 → Technik-Hotline",
        ),
        (
            row(
                "edit", "settings", import_mappings=[{}, {"Nord": {"text": "Kommentar"}, "Ost": {}}]
            ),
            "de",
            "Gespeicherte Spaltenzuordnungen: – → Nord, Ost",
        ),
        (row("backup", "store", rows=1200), "en", "Rows: 1200"),
    ],
)
def test_changes_read_as_sentences_in_the_ui_language(entry, lang, expected):
    assert audit.describe_change(entry, lang, NAMES) == expected


def test_works_council_mode_hides_whom_a_helpdesk_agent_id_is_mapped_to():
    hidden = audit.Names(agents={7: "anna.meier"}, hide_people=True)
    agent = row(
        "create", "mapping", system="zendesk", kind="agent", external_id="3610", target_id=7
    )
    group = row("create", "mapping", system="zendesk", kind="group", external_id="44", target_id=3)
    assert audit.describe_change(agent, "de", hidden) == (
        "Helpdesk: Zendesk; Art: Agent; Helpdesk-ID: verborgen; Zugeordnet zu: verborgen"
    )
    assert "Helpdesk-ID: 44" in audit.describe_change(group, "de", hidden)


def test_the_table_shows_local_times_and_labels():
    table = audit.audit_table([row("login_failed", "user", actor="jonas")], "de", BERLIN)
    assert table.to_dict("records") == [
        {
            "at": "01.03.2026, 23:30:05",
            "actor": "jonas",
            "action": "Anmeldung fehlgeschlagen",
            "entity": "Konto",
            "entity_id": 7,
            "change": "",
        }
    ]
    assert audit.headers("de", BERLIN)["at"] == "Zeit (Berlin)"
    assert audit.headers("en", dt.UTC)["at"] == "Time (UTC)"


@pytest.mark.parametrize(
    ("actor", "lang", "shown"),
    [
        ("import:zendesk", "de", "Import (Zendesk)"),
        ("import:otrs", "de", "Import (OTRS/Znuny)"),
        ("import:helpscout", "en", "Import (Help Scout)"),
        ("import:helpdesk", "en", "Import (helpdesk)"),
        ("cli", "de", "Kommandozeile"),
        ("cli", "en", "Command line"),
        ("christian.schaefer", "de", "christian.schaefer"),
    ],
)
def test_the_actor_is_readable(actor, lang, shown):
    table = audit.audit_table([row("create", "quote", actor=actor)], lang, BERLIN)
    assert table["actor"].tolist() == [shown]


@pytest.mark.parametrize(
    ("zone", "lang", "shown"),
    [
        ("Europe/Berlin", "de", "Berlin"),
        ("Europe/Vienna", "de", "Wien"),
        ("Europe/Vienna", "en", "Vienna"),
    ],
)
def test_a_zone_is_named_by_its_city(zone, lang, shown):
    from zoneinfo import ZoneInfo

    from feedback.i18n import format_zone

    assert format_zone(ZoneInfo(zone), lang) == shown
    assert format_zone(dt.UTC, lang) == "UTC"


def test_an_empty_table_keeps_its_columns():
    assert list(audit.audit_table([], "en", dt.UTC).columns) == list(audit.COLUMNS)


@pytest.mark.parametrize(
    ("days", "start", "end"),
    [
        # Berlin's 1 March runs from 23:00 UTC the day before (winter time).
        ((dt.date(2026, 3, 1),), dt.datetime(2026, 2, 28, 23), dt.datetime(2026, 3, 1, 23)),
        # The last Sunday of March has 23 hours.
        (
            (dt.date(2026, 3, 29), dt.date(2026, 3, 29)),
            dt.datetime(2026, 3, 28, 23),
            dt.datetime(2026, 3, 29, 22),
        ),
        (
            (dt.date(2026, 3, 31), dt.date(2026, 3, 30)),
            dt.datetime(2026, 3, 29, 22),
            dt.datetime(2026, 3, 31, 22),
        ),
    ],
)
def test_days_are_the_readers_days(days, start, end):
    flt = audit.build_filter(days, " anna ", "login", audit.ANY, BERLIN, limit=50)
    assert flt.start is not None
    assert flt.end is not None
    assert (flt.start.astimezone(dt.UTC), flt.end.astimezone(dt.UTC)) == (
        start.replace(tzinfo=dt.UTC),
        end.replace(tzinfo=dt.UTC),
    )
    assert (flt.actor, flt.action, flt.entity, flt.limit) == ("anna", "login", None, 50)


def test_no_days_and_no_text_filter_nothing():
    flt = audit.build_filter((), "  ", audit.ANY, "team", dt.UTC, limit=10, offset=20)
    assert (flt.start, flt.end, flt.actor, flt.action, flt.entity) == (
        None,
        None,
        None,
        None,
        "team",
    )
    assert flt.offset == 20


HOSTILE = ['=HYPERLINK("http://evil.example","x")', "+1+1", "-2", "@SUM(A1)", "\tx", " =1"]


def _cells(data: bytes, lang: str) -> list[list[str]]:
    text = data.decode("utf-8-sig" if lang == "de" else "utf-8")
    return list(csv.reader(io.StringIO(text), delimiter=";" if lang == "de" else ","))


def test_the_german_csv_is_excel_ready_and_formula_safe():
    rows = [row("create", "team", actor=actor, name=actor) for actor in HOSTILE]
    data = audit.export_csv(rows, "de", BERLIN, NAMES)

    assert data.startswith(b"\xef\xbb\xbf"), "a BOM, so Excel reads UTF-8"
    cells = _cells(data, "de")
    assert cells[0] == ["Zeit (Berlin)", "Wer", "Aktion", "Bereich", "Nr.", "Änderung"]
    assert cells[1][0] == "2026-03-01 23:30:05"
    assert cells[1][2:5] == ["angelegt", "Team", "7"]
    assert [r[1] for r in cells[1:]] == ["'" + actor for actor in HOSTILE]
    for line in cells:
        for cell in line:
            assert not cell.lstrip(" ").startswith(("=", "+", "-", "@", "\t")), cell


def test_the_english_csv_uses_commas_and_no_bom():
    data = audit.export_csv([row("login", "user", actor="=1+1")], "en", dt.UTC)
    assert not data.startswith(b"\xef\xbb\xbf")
    assert _cells(data, "en") == [
        ["Time (UTC)", "Who", "Action", "Area", "No.", "Change"],
        ["2026-03-01 22:30:05", "'=1+1", "signed in", "Account", "7", ""],
    ]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_field_of_a_change_is_labelled_with_a_capital_like_the_others(lang):
    # "active: yes → no" and "own themes: …" stood among "Status: …" and "Channel: …".
    for field in audit.FIELDS:
        shown = t(f"audit.field_{field}", lang)
        assert shown[:1].isupper(), (field, shown)

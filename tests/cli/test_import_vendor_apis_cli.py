"""``python -m feedback import`` on Typeform's responses and LiveChat's archived chats
(tests/fixtures/imports/vendors, written by its make_vendor_apis.py; formats.toml names each
vendor's documentation): the helpdesk's agent ids listed for mapping and the rows naming them
rejected saying so, in English and German, until a lead maps them; then every row imported,
skipped and counted, or (again) already present; ratings on the vendor's scale."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from feedback.auth.roles import Actor, Role
from feedback.i18n import t
from feedback.services import mappings
from tests.cli.test_import_cli import _cli, _store
from tests.cli.test_import_vendors_cli import _stored, _texts

VENDORS = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "vendors"
ANNA, JONAS, TEAM = 1, 2, 1  # the store's first agents and team (tests.cli.test_import_cli)
LEAD = Actor("ada.admin", Role.ADMIN)


def _nov(day: int) -> dt.date:
    return dt.date(2026, 11, day)


def _unmapped(lang: str, line: int, *refs: tuple[str, str, str]) -> str:
    word = "Zeile" if lang == "de" else "Line"
    reasons = " ".join(
        t(f"validation.unmapped_{kind}", lang, value=ref, system=system)
        for kind, ref, system in refs
    )
    return f"{word} {line}: {reasons}"


def _map(engine: Engine, system: str, **refs: int) -> None:
    for ref, target in refs.items():
        kind, _, external = ref.partition(":")
        assert mappings.save_mapping(engine, LEAD, system, kind, external, target)


def test_typeform_responses_with_the_agent_id_as_a_hidden_field(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / "typeform_responses.json")

    before = _cli(tmp_path / "s.db", "import", data, lang="de")
    _map(engine, "typeform", **{"agent:7001": ANNA, "agent:7002": JONAS})
    first = _cli(tmp_path / "s.db", "import", data)
    again = _cli(tmp_path / "s.db", "import", data, lang="de")

    assert before[0] == 1
    assert before[1].splitlines() == [
        "3 Helpdesk-IDs ohne Zuordnung zu Mitarbeitenden oder Teams: 7001, 7002, 7099. Ordnen "
        "Sie sie zu und importieren Sie die Datei erneut.",
        "1 Zeile noch nicht bewertet (nur angeboten): übersprungen.",
        "1 Bewertung ohne Kommentar: übersprungen (sie zählt zur CSAT, zu zitieren gibt es "
        "nichts).",
        "0 neu, 0 bereits vorhanden, 3 abgelehnt.",
    ]
    assert before[2].splitlines() == [
        _unmapped("de", line, ("agent", ref, "Typeform"))
        for line, ref in ((1, "7001"), (2, "7002"), (4, "7099"))
    ]
    # 5 responses: 2 new, 1 rejected (7099 is nobody's), 1 without a rating, 1 without words.
    assert first[1].splitlines()[-1] == "2 new, 0 already present, 1 rejected."
    assert first[2] == _unmapped("en", 4, ("agent", "7099", "Typeform")) + "\n"
    assert again[1].splitlines()[-1] == "0 neu, 2 bereits vorhanden, 1 abgelehnt."
    token = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d"
    assert _stored(engine, "typeform") == [
        (f"{token}1", _nov(18), ANNA, TEAM, 5.0, 5, "pending", "other"),
        (f"{token}2", _nov(19), JONAS, TEAM, 2.0, 5, "archived", "other"),
    ]
    # The long text only, its e-mail redacted; the name asked in a question of its own unread.
    assert _texts(engine)[0] == (
        "Frau Meier hat mir am Telefon super geholfen! Bei Fragen gern an [EMAIL]."
    )


def test_livechat_archives_credit_the_agent_who_wrote_last(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / "livechat_archives.json")

    before = _cli(tmp_path / "s.db", "import", data)
    _map(
        engine,
        "livechat",
        **{
            "agent:anna.meier@example.invalid": ANNA,
            "agent:jonas.becker@example.invalid": JONAS,
            "group:1": TEAM,
        },
    )
    first = _cli(tmp_path / "s.db", "import", data, lang="de")
    again = _cli(tmp_path / "s.db", "import", data)

    assert before[0] == 1
    assert before[1].splitlines()[0] == (
        "4 helpdesk ids not mapped to agents or teams: anna.meier@example.invalid, "
        "jonas.becker@example.invalid, max.muster@example.invalid, 1. Map them and import the "
        "file again."
    )
    assert before[1].splitlines()[-1] == "0 new, 0 already present, 4 rejected."
    group = ("group", "1", "LiveChat")
    assert before[2].splitlines()[-1] == _unmapped(
        "en", 6, ("agent", "max.muster@example.invalid", "LiveChat"), group
    )
    # 6 chats: 4 new (Max's with the group's team only), 1 thumbs up without a comment, 1 chat
    # nobody rated.
    assert first == (
        0,
        "1 Helpdesk-ID ohne Zuordnung zu Mitarbeitenden oder Teams: max.muster@example.invalid. "
        "Ordnen Sie sie zu und importieren Sie die Datei erneut.\n"
        "1 Bewertung ohne Kommentar: übersprungen (sie zählt zur CSAT, zu zitieren gibt es "
        "nichts).\n"
        "1 Zeile ohne Kommentar (und ohne Bewertung, die der Import liest): übersprungen, es "
        "gibt nichts zu zitieren.\n"
        "4 neu, 0 bereits vorhanden, 0 abgelehnt.\n",
        "",
    )
    assert again[1].splitlines()[-1] == "0 new, 4 already present, 0 rejected."
    # Thumbs up 2 of 2, down 1 of 2; the chat Jonas handed to Anna is Anna's; 23:10 UTC on
    # 19 November is the 20th in Berlin.
    assert _stored(engine, "livechat") == [
        ("TJ0MRSHTD1", _nov(18), ANNA, TEAM, 2.0, 2, "pending", "chat"),
        ("TJ0MRSHTD2", _nov(19), JONAS, TEAM, 1.0, 2, "archived", "chat"),
        ("TJ0MRSHTD3", _nov(20), ANNA, TEAM, 2.0, 2, "pending", "chat"),
        ("TJ0MRSHTD6", _nov(20), None, TEAM, 2.0, 2, "pending", "chat"),
    ]
    texts = _texts(engine)
    assert texts[0] == "Super nett, sofort gelöst! Rückruf gern unter [PHONE]."
    assert not any("Paket" in text or "Schubert" in text for text in texts)

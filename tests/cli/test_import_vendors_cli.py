"""``python -m feedback import`` on exports of survey tools, helpdesks and app stores
(tests/fixtures/imports/vendors, written by its make_vendors.py; formats.toml names each
vendor's documentation): every file into a real SQLite store through the one pipeline, its
ratings on the tool's scale, day, channel, agent or team and source kept, personal data
redacted, and every row it does not import counted or rejected with its reason, in English and
German. A second run finds every imported row present."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from feedback.i18n import t
from feedback.store.models import Quote
from tests.cli.test_import_cli import _cli, _store

VENDORS = Path(__file__).resolve().parents[1] / "fixtures" / "imports" / "vendors"
HOTLINE = "Technik-Hotline"
ANNA, JONAS, TEAM = 1, 2, 1  # the store's first agents and team (tests.cli.test_import_cli)


def _nov(day: int) -> dt.date:
    return dt.date(2026, 11, day)


_SHOWN = "external_id said_on agent_id team_id rating rating_scale status channel"


def _stored(engine: Engine, system: str) -> list[tuple[Any, ...]]:
    """(id, day, agent, team, rating, scale, status, channel) of every quote, by id; each
    from ``system``."""
    columns = [getattr(Quote, name) for name in _SHOWN.split()]
    with engine.connect() as conn:
        systems = set(conn.execute(select(Quote.source_system)).scalars())
        rows = [tuple(row) for row in conn.execute(select(*columns).order_by(Quote.id))]
    assert systems == {system}
    return rows


def _texts(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return list(conn.execute(select(Quote.text).order_by(Quote.id)).scalars())


def test_hubspot_survey_responses_by_response_group(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / "hubspot_feedback_submissions.json")

    first = _cli(tmp_path / "s.db", "import", data, "--team", HOTLINE)
    again = _cli(tmp_path / "s.db", "import", data, "--team", HOTLINE, lang="de")

    assert first == (
        0,
        "1 rating without a comment: skipped (it counts in the CSAT, but there is nothing to "
        "quote).\n3 new, 0 already present, 0 rejected.\n",
        "",
    )
    assert again[1].splitlines()[-1] == "0 neu, 3 bereits vorhanden, 0 abgelehnt."
    # PROMOTER / PASSIVE / DETRACTOR on 3, whatever the survey's own scale (CSAT, NPS); the
    # passive answer of 23:30 UTC on 20 November was given on the 21st in Berlin.
    assert _stored(engine, "hubspot") == [
        ("512", _nov(18), None, TEAM, 3.0, 3, "pending", "other"),
        ("513", _nov(19), None, TEAM, 1.0, 3, "archived", "other"),
        ("514", _nov(21), None, TEAM, 2.0, 3, "archived", "other"),
    ]
    praise = _texts(engine)[0]
    assert praise.endswith("Bei Rückfragen: [EMAIL] oder [PHONE].")
    assert "lena.schubert" not in " ".join(_texts(engine))


def test_gorgias_surveys_need_a_team_and_skip_the_unanswered_one(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / "gorgias_satisfaction_surveys.json")

    without_team = _cli(tmp_path / "s.db", "import", data)
    german = _cli(tmp_path / "s.db", "import", data, lang="de")
    with_team = _cli(tmp_path / "s.db", "import", data, "--team", HOTLINE, lang="de")

    for code, out, err, lang, line, summary in (
        (*without_team, "en", "Line", "0 new, 0 already present, 3 rejected."),
        (*german, "de", "Zeile", "0 neu, 0 bereits vorhanden, 3 abgelehnt."),
    ):
        assert code == 1
        reason = t("validation.nobody_named", lang)
        assert err.splitlines() == [f"{line} {n}: {reason}" for n in (1, 2, 4)]
        assert out.splitlines()[-1] == summary
    assert without_team[1].splitlines()[0] == "1 row not rated yet (only offered): skipped."
    assert german[1].splitlines()[0] == (
        "1 Zeile noch nicht bewertet (nur angeboten): übersprungen."
    )
    assert with_team[:2] == (
        0,
        "1 Zeile noch nicht bewertet (nur angeboten): übersprungen.\n"
        "3 neu, 0 bereits vorhanden, 0 abgelehnt.\n",
    )
    assert _stored(engine, "gorgias") == [
        ("1", _nov(18), None, TEAM, 5.0, 5, "pending", "other"),
        ("2", _nov(19), None, TEAM, 2.0, 5, "archived", "other"),
        ("4", _nov(20), None, TEAM, 4.0, 5, "pending", "other"),
    ]
    praise = _texts(engine)[0]
    assert "[IBAN]" in praise
    assert "Schubert" not in praise
    assert "DE89" not in praise


def test_app_store_reviews_with_titles_and_their_offsets(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / "app_store_customer_reviews.json")

    first = _cli(tmp_path / "s.db", "import", data, "--team", HOTLINE, lang="de")
    again = _cli(tmp_path / "s.db", "import", data, "--team", HOTLINE)

    assert first == (0, "3 neu, 0 bereits vorhanden, 0 abgelehnt.\n", "")
    assert again == (0, "0 new, 3 already present, 0 rejected.\n", "")
    ids = [f"00000071-aa01-0001-0000-00000000000{n}" for n in (1, 2, 3)]
    # 22:30 at UTC-8 on 20 November is the 21st in Berlin.
    assert _stored(engine, "app_store") == [
        (ids[0], _nov(18), None, TEAM, 5.0, 5, "pending", "review"),
        (ids[1], _nov(19), None, TEAM, 1.0, 5, "archived", "review"),
        (ids[2], _nov(21), None, TEAM, 4.0, 5, "pending", "review"),
    ]
    texts = _texts(engine)
    assert texts[0].startswith("Endlich ein Support, der hilft. Der Chat im App-Menü")
    assert texts[0].endswith("Antwort bitte an [EMAIL]")
    assert texts[2] == "Gut. Schnelle Hilfe per Chat, danke!"
    assert "lena_schubert92" not in " ".join(texts)  # the reviewer's nickname is not read


def test_qualtrics_csv_with_three_header_rows(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / "qualtrics_csat.csv")

    first = _cli(tmp_path / "s.db", "import", data)
    again = _cli(tmp_path / "s.db", "import", data, lang="de")

    assert first == (
        1,
        "1 rating without a comment: skipped (it counts in the CSAT, but there is nothing to "
        "quote).\n2 new, 0 already present, 1 rejected.\n",
        "Line 7: Unknown agent “max.muster”.\n",
    )
    assert again == (
        1,
        "1 Bewertung ohne Kommentar: übersprungen (sie zählt zur CSAT, zu zitieren gibt es "
        "nichts).\n0 neu, 2 bereits vorhanden, 1 abgelehnt.\n",
        "Zeile 7: Unbekannte mitarbeitende Person „max.muster“.\n",
    )
    assert _stored(engine, "qualtrics") == [
        ("R_1aBcDeFgHiJkLmN", _nov(18), ANNA, TEAM, 5.0, 5, "pending", "other"),
        ("R_2bCdEfGhIjKlMnO", _nov(19), JONAS, TEAM, 1.0, 5, "archived", "other"),
    ]
    # The comment over two lines, its phone number redacted; the recipient's name, e-mail and
    # IP address in their own columns are not read.
    assert _texts(engine) == [
        "Anna hat alles geklärt. Rufen Sie mich gern an: [PHONE]",
        'Niemand hat "zurückgerufen", wie versprochen.',
    ]


@pytest.mark.parametrize(
    ("lang", "summary", "reason", "skipped"),
    [
        (
            "en",
            "2 new, 0 already present, 1 rejected.",
            "Line 4: Unknown agent “Max Muster (max.muster@example.invalid)”.",
            "1 rating without a comment: skipped (it counts in the CSAT, but there is nothing "
            "to quote).",
        ),
        (
            "de",
            "2 neu, 0 bereits vorhanden, 1 abgelehnt.",
            "Zeile 4: Unbekannte mitarbeitende Person „Max Muster (max.muster@example.invalid)“.",
            "1 Bewertung ohne Kommentar: übersprungen (sie zählt zur CSAT, zu zitieren gibt es "
            "nichts).",
        ),
    ],
)
def test_chatwoot_csat_download_in_either_language(tmp_path: Path, lang, summary, reason, skipped):
    engine = _store(tmp_path / "s.db")
    data = str(VENDORS / f"chatwoot_csat_{lang}.csv")

    code, out, err = _cli(tmp_path / "s.db", "import", data, lang=lang)

    assert (code, err) == (1, reason + "\n")
    lines = out.splitlines()
    assert lines[-1] == summary
    assert skipped in lines
    assert len(lines) == 3  # the footer "Reporting period …" is one summary row
    link = "https://chat.example.invalid/app/accounts/1/conversations/"
    # The agent by the name before their address; 23:40 UTC on 19 November is the 20th here.
    assert _stored(engine, "chatwoot") == [
        (f"{link}101", _nov(18), ANNA, TEAM, 5.0, 5, "pending", "other"),
        (f"{link}102", _nov(20), JONAS, TEAM, 1.0, 5, "archived", "other"),
    ]
    praise = _texts(engine)[0]
    assert "Hauptstraße" not in praise
    assert "[ADDRESS]" in praise

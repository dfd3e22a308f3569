"""``python -m feedback import FILE --team NAME`` on a real SQLite file: rows of a review site
or a survey name no agent and no team; the lead says once which team the file's praise is for.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select

from feedback.i18n import t
from feedback.store.db import make_engine, transaction
from feedback.store.directory import add_team, read_directory
from feedback.store.migrate import upgrade
from feedback.store.models import Quote
from tests.cli.test_import_cli import AGENTS, _cli
from tests.collect.bulk_data import add_people
from tests.collect.files.helpers import FIXTURES

TRUSTPILOT = FIXTURES / "real_shapes" / "trustpilot_reviews.csv"
HOTLINE = "Technik-Hotline"


def _store(db: Path) -> Engine:
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    add_people(engine, AGENTS, team=HOTLINE, actor="test")
    with transaction(engine) as session:
        add_team(session, "Privatkunden Nord", actor="test")
    return engine


def _team(engine: Engine, name: str) -> int:
    return next(tid for tid, known in read_directory(engine).teams.items() if known == name)


def _recipients(engine: Engine) -> list[tuple[str | None, int | None, int | None]]:
    """(external id, agent, team) of every stored quote, by id."""
    query = select(Quote.external_id, Quote.agent_id, Quote.team_id).order_by(Quote.id)
    with engine.connect() as conn:
        return [(ext, agent, team) for ext, agent, team in conn.execute(query)]


def test_without_a_team_review_rows_are_rejected_saying_what_to_do(tmp_path: Path):
    engine = _store(tmp_path / "s.db")

    code, out, err = _cli(tmp_path / "s.db", "import", str(TRUSTPILOT), lang="de")

    assert code == 1
    reason = t("validation.nobody_named", "de")
    assert err.splitlines() == [f"Zeile 2: {reason}", f"Zeile 3: {reason}"]
    assert "--team" in reason
    assert t("validation.missing_recipient", "de") not in err  # not the web form's sentence
    assert out.splitlines()[-1] == "0 neu, 0 bereits vorhanden, 2 abgelehnt."
    assert _recipients(engine) == []


def test_the_chosen_team_gets_the_rows_and_a_re_import_finds_them_present(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    hotline, north = _team(engine, HOTLINE), _team(engine, "Privatkunden Nord")

    first = _cli(tmp_path / "s.db", "import", str(TRUSTPILOT), "--team", " technik-hotline ")
    again = _cli(tmp_path / "s.db", "import", str(TRUSTPILOT), "--team", HOTLINE)
    # A review has its id (Trustpilot's review id): another team does not make it new.
    other = _cli(tmp_path / "s.db", "import", str(TRUSTPILOT), "--team", "Privatkunden Nord")

    assert first == (0, "2 new, 0 already present, 0 rejected.\n", "")
    assert again == (0, "0 new, 2 already present, 0 rejected.\n", "")
    assert other == (0, "0 new, 2 already present, 0 rejected.\n", "")
    assert _recipients(engine) == [("tp-101", None, hotline), ("tp-102", None, hotline)]
    assert north != hotline


def test_rows_that_name_someone_keep_them(tmp_path: Path):
    engine = _store(tmp_path / "s.db")
    data = tmp_path / "mixed.csv"
    data.write_text(
        "ticket;text;agent;team;date\n"
        "m-1;Anna hat mir sehr geholfen, danke!;anna.meier;;2025-06-02\n"
        "m-2;Das Team war spitze, vielen Dank!;;Technik-Hotline;2025-06-02\n"
        "m-3;Schnelle und freundliche Hilfe!;;;2025-06-02\n"
        "m-4;Danke, alles bestens gelaufen!;nobody;;2025-06-02\n",
        encoding="utf-8",
    )

    code, out, err = _cli(tmp_path / "s.db", "import", str(data), "--team", "Privatkunden Nord")

    agents = read_directory(engine).agents
    anna = next(a.id for a in agents.values() if a.handle == "anna.meier")
    hotline, north = _team(engine, HOTLINE), _team(engine, "Privatkunden Nord")
    assert code == 1  # m-4 names an agent we do not have: not given to the team
    assert out.splitlines()[-1] == "3 new, 0 already present, 1 rejected."
    assert err.startswith("Line 5: ")
    assert "nobody" in err
    assert _recipients(engine) == [
        ("m-1", anna, hotline),  # stored with the agent's own team, not the chosen one
        ("m-2", None, hotline),
        ("m-3", None, north),
    ]


def test_a_survey_without_ids_is_present_again_for_the_same_team_but_new_for_another(
    tmp_path: Path,
):
    """A row without an id is recognised by its content (date, words) and whom it praises:
    imported again with the same team it is already present; given to another team, the same
    words are that team's praise, as the same words for two agents are two quotes."""
    engine = _store(tmp_path / "s.db")
    data = tmp_path / "survey.csv"
    data.write_text("Datum,Kommentar\n2025-06-02,Sehr freundliche Beratung!\n", encoding="utf-8")

    first = _cli(tmp_path / "s.db", "import", str(data), "--team", HOTLINE)
    again = _cli(tmp_path / "s.db", "import", str(data), "--team", HOTLINE)
    other = _cli(tmp_path / "s.db", "import", str(data), "--team", "Privatkunden Nord")

    assert first[:2] == (0, "1 new, 0 already present, 0 rejected.\n")
    assert again[:2] == (0, "0 new, 1 already present, 0 rejected.\n")
    assert other[:2] == (0, "1 new, 0 already present, 0 rejected.\n")
    hotline, north = _team(engine, HOTLINE), _team(engine, "Privatkunden Nord")
    stored = _recipients(engine)
    assert [(agent, team) for _, agent, team in stored] == [(None, hotline), (None, north)]
    assert stored[0][0] != stored[1][0]  # two ids made from the rows' content


def test_an_unknown_team_is_a_usage_error_naming_the_teams(tmp_path: Path):
    engine = _store(tmp_path / "s.db")

    code, out, err = _cli(tmp_path / "s.db", "import", str(TRUSTPILOT), "--team", "Vertrieb")
    de = _cli(tmp_path / "s.db", "import", str(TRUSTPILOT), "--team", "Vertrieb", lang="de")

    assert (code, out) == (2, "")
    assert "There is no team “Vertrieb”. Known teams: Privatkunden Nord, Technik-Hotline." in err
    assert de[0] == 2
    known = "Vorhandene Teams: Privatkunden Nord, Technik-Hotline."
    assert f"Es gibt kein Team „Vertrieb“. {known}" in de[2]
    assert _recipients(engine) == []

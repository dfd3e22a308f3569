"""The role-checked streaming import: the same rules as import_csv, per row, never halfway."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.collect.bulk import ParsedRow
from feedback.collect.validate import Problem
from feedback.domain import Source, Status
from feedback.services.imports import import_stream
from feedback.store.models import Quote
from tests.conftest import TODAY, draft


def _rows(people: dict[str, int]) -> list[ParsedRow]:
    base = {"source": Source.IMPORT, "source_system": "zendesk"}
    return [
        (2, draft("Danke Jonas, schnell gelöst!", people["jonas"], external_id="T-1", **base), []),
        (3, draft("Anna war sehr geduldig.", people["anna"], external_id="T-2", **base), []),
        (4, draft("Gute Beratung im Team", None, team_id=people["team_tech"], **base), []),
    ]


def test_a_lead_imports_only_rows_of_their_own_teams(engine, people):
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"]}))

    report = import_stream(engine, lead, _rows(people), batch_size=2, today=TODAY)

    assert (report.imported, report.present, report.rejected) == (2, 0, 1)
    assert [r.line for r in report.rejected_rows] == [3]
    assert [p.code for p in report.rejected_rows[0].problems] == ["not_your_team"]
    with engine.connect() as conn:
        assert set(conn.execute(select(Quote.submitted_by)).scalars()) == {"lea.lead"}


def test_a_lead_of_one_team_gets_the_rows_that_name_nobody(engine, people):
    """A browser walk found every row of a file without agent and team column refused for a
    lead who leads one team; such rows are that team's."""
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"]}))
    nobody = Problem("team", "nobody_named")  # as the reader says it of such a row
    rows: list[ParsedRow] = [(2, draft("Danke, super Beratung!", None), [nobody])]

    report = import_stream(engine, lead, rows, today=TODAY)

    assert (report.imported, report.rejected) == (1, 0)
    with engine.connect() as conn:
        assert list(conn.execute(select(Quote.team_id)).scalars()) == [people["team_tech"]]
    # a lead of two teams must say which (a team for such rows): refused, saying so
    other = people["team_tech"] + 1000
    two = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"], other}))
    rows = [(3, draft("Danke, tolle Hilfe!", None), [nobody])]
    report = import_stream(engine, two, rows, today=TODAY)
    assert report.rejected_rows[0].problems == (nobody,)


def test_a_lead_of_one_team_gets_a_row_whose_helpdesk_ids_are_not_mapped(engine, people):
    """The reader rejects a row that names nobody because its ids are not mapped, naming
    them; for a lead of one team it names that team, as any row that names nobody."""
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"]}))
    unmapped = Problem("agent", "unmapped_agent", {"value": "3999", "system": "Zendesk"})
    rows: list[ParsedRow] = [(2, draft("Danke, super Beratung!", None), [unmapped])]

    report = import_stream(engine, lead, rows, today=TODAY)
    admin = import_stream(
        engine, Actor.system(), [(3, draft("Danke, tolle Hilfe!", None), [unmapped])], today=TODAY
    )

    assert (report.imported, report.rejected) == (1, 0)
    assert [r.problems for r in admin.rejected_rows] == [(unmapped,)]


def test_an_admin_imports_every_team_and_a_second_run_finds_everything_present(engine, people):
    admin = Actor("root", Role.ADMIN)

    first = import_stream(engine, admin, _rows(people), today=TODAY)
    again = import_stream(engine, admin, _rows(people), today=TODAY)

    assert (first.imported, first.present, first.rejected) == (3, 0, 0)
    assert (again.imported, again.present, again.rejected) == (0, 3, 0)
    assert again.ok


def test_a_lead_imports_approved_rows_of_their_own_team(engine, people):
    lead = Actor("lea.lead", Role.LEAD, team_ids=frozenset({people["team_tech"]}))
    rows: list[ParsedRow] = [
        (2, draft("Schon freigegeben, danke!", people["jonas"], status=Status.APPROVED), []),
        (3, draft("Auch freigegeben?", people["anna"], status=Status.APPROVED), []),
    ]

    report = import_stream(engine, lead, rows, today=TODAY)

    assert (report.imported, report.rejected) == (1, 1)
    with engine.connect() as conn:
        assert list(conn.execute(select(Quote.status)).scalars()) == ["approved"]


@pytest.mark.parametrize("role", [Role.AGENT, Role.MANAGER])
def test_roles_without_the_import_right_are_refused_before_any_row(engine, people, role):
    actor = Actor("someone", role, agent_id=people["anna"])

    with pytest.raises(NotAllowed):
        import_stream(engine, actor, _rows(people), today=TODAY)

    with engine.connect() as conn:
        assert conn.execute(select(func.count(Quote.id))).scalar_one() == 0

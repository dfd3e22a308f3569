"""The redaction table, through the real pipeline into the real store, on every backend.

What is stored (and read back) must be exactly the table's expected text: no backend may
alter it, and nothing personal may reach a row.
"""

from __future__ import annotations

from sqlalchemy import select

from feedback.collect.normalize import normalize_text
from feedback.collect.pipeline import submit_many
from feedback.collect.redact_message import normalized_and_redacted
from feedback.collect.validate import only_personal_data, too_short
from feedback.domain import QuoteDraft
from feedback.store.db import transaction
from feedback.store.directory import add_agent, add_team
from feedback.store.models import Quote
from tests.collect.kept_cases import KEPT
from tests.collect.redacted_cases import AGENTS, REDACTED
from tests.conftest import TODAY, draft

CASES = [
    (case_id, text, known, expected)
    for case_id, text, known, expected in [*REDACTED, *((c[0], c[1], c[2], c[1]) for c in KEPT)]
    if normalize_text(text) == text  # the pipeline normalises first; the table tests redact alone
    and not too_short(text)  # a bare number ("0171 2345678") is no praise a person hands in
    # nor is a bare address or IBAN ("Hauptstr. 5a" would be stored as "[ADDRESS]")
    and not only_personal_data(normalized_and_redacted(text, tuple(known))[1])
]


def _team_drafts(
    cases: list[tuple[str, str, tuple[str, ...], str]], teams: dict[str, int]
) -> list[QuoteDraft]:
    # One team per case: several cases redact to the same text, which would be duplicates.
    return [draft(text, None, team_id=teams[case_id]) for case_id, text, _, _ in cases]


def test_redaction_table_round_trips_through_the_store(engine):
    without_agents = [c for c in CASES if not c[2]]
    with_agents = [c for c in CASES if c[2]]
    assert len(without_agents) + len(with_agents) >= 140

    with transaction(engine) as session:
        teams = {case[0]: add_team(session, case[0], actor="test").id for case in CASES}
    first = submit_many(engine, _team_drafts(without_agents, teams), today=TODAY)

    with transaction(engine) as session:
        for number, name in enumerate(AGENTS):
            first_name, _, last_name = name.partition(" ")
            add_agent(
                session,
                handle=f"agent{number}",
                first_name=first_name,
                last_name=last_name,
                team_id=None,
                consent_named=True,
                actor="test",
            )
    second = submit_many(engine, _team_drafts(with_agents, teams), today=TODAY)

    results = [*first, *second]
    assert all(r.stored for r in results), [
        r.prepared.messages("en") for r in results if not r.stored
    ]
    with engine.connect() as conn:
        stored = dict(conn.execute(select(Quote.id, Quote.text)).all())
    for (case_id, _, _, expected), result in zip(
        [*without_agents, *with_agents], results, strict=True
    ):
        assert stored[result.quote_id] == expected, case_id

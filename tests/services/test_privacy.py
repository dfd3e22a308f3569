"""Data-subject requests and retention, on every backend: exactly the right quotes go, the
audit log keeps the events but none of the removed texts, and a dry run changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from feedback.auth.roles import Actor, NotAllowed, Role
from feedback.collect.edit import edit_text
from feedback.collect.pipeline import submit_many
from feedback.services.privacy import FORGOTTEN, PrivacyError, forget_agent, forget_text, purge
from feedback.services.settings import retention_cutoff
from feedback.store.audit import audit_frame, record
from feedback.store.db import transaction
from feedback.store.directory import add_agent, read_directory
from feedback.store.models import Quote, QuoteTerm
from feedback.store.settings import load_settings
from feedback.store.users import NewUser, add_user
from tests.conftest import TODAY, draft

ADMIN = Actor.system("test.admin")

# (text, praised agent or None for the team, whether forgetting Aylin Kaya removes it)
AYLIN_CASES = [
    ("Vielen Dank an das Team, ihr wart super!", "aylin", True),  # about her
    ("Frau Kaya war sehr geduldig mit mir.", "jonas", True),  # last name
    ("Aylin Kaya hat mir alles genau erklärt.", None, True),  # full name, team quote
    ("AYLINs Rückruf kam pünktlich, danke!", "anna", True),  # first name, genitive, capitals
    ("Danke Aylin und Frau Kaya für die Hilfe.", "aylin_demir", True),  # her last name too
    ("Danke Aylin, Sie haben mir sehr geholfen!", "aylin_demir", False),  # the other Aylin
    ("Jonas war super, danke für die Geduld!", "jonas", False),
    ("Am Ende gab es noch kaya Toast für alle.", "anna", False),  # lower case: not a name
    ("Aylinas Vertretung war auch sehr freundlich.", "anna", False),  # not a whole word
]


def _store(
    engine: Engine, people: dict[str, int], cases: list[tuple[str, Any, bool]]
) -> dict[str, int]:
    drafts = [
        draft(text, people[who]) if who else draft(text, None, team_id=people["team_north"])
        for text, who, _ in cases
    ]
    results = submit_many(engine, drafts)
    assert all(r.stored for r in results), [r.prepared.messages("en") for r in results]
    return {text: r.quote_id or 0 for (text, _, _), r in zip(cases, results, strict=True)}


@pytest.fixture
def quotes(engine: Engine, people: dict[str, int]) -> dict[str, int]:
    """The AYLIN_CASES stored, with a second (consenting) Aylin, and an account for Aylin."""
    with transaction(engine) as session:
        people["aylin_demir"] = add_agent(
            session,
            handle="aylin.demir",
            first_name="Aylin",
            last_name="Demir",
            team_id=people["team_tech"],
            consent_named=True,
            actor="test",
        ).id
        add_user(session, NewUser("aylin", Role.AGENT, agent_id=people["aylin"]), actor="test")
    return _store(engine, people, AYLIN_CASES)


def _remaining(engine: Engine) -> set[int]:
    with Session(engine) as session:
        return set(session.scalars(select(Quote.id)))


def _audit(engine: Engine):
    return audit_frame(engine, limit=100_000)


def test_forget_agent_removes_exactly_the_quotes_about_or_naming_them(
    engine: Engine, people: dict[str, int], quotes: dict[str, int]
):
    gone = sorted(quotes[text] for text, _, removed in AYLIN_CASES if removed)
    report = forget_agent(engine, ADMIN, " Aylin.Kaya ")
    assert report.quote_ids == tuple(gone)
    assert (report.about, report.naming, report.dry_run) == (1, len(gone) - 1, False)
    assert report.linked_accounts == ("aylin",)
    assert _remaining(engine) == set(quotes.values()) - set(gone)
    with Session(engine) as session:
        orphans = session.scalar(
            select(func.count()).select_from(QuoteTerm).where(QuoteTerm.quote_id.in_(gone))
        )
    assert orphans == 0


def test_forget_agent_anonymises_the_record_and_audits_without_texts(
    engine: Engine, people: dict[str, int], quotes: dict[str, int]
):
    report = forget_agent(engine, ADMIN, "aylin.kaya")
    agent = read_directory(engine).agents[people["aylin"]]
    assert (agent.handle, agent.first_name, agent.last_name) == (f"forgotten-{agent.id}", "", "")
    assert not agent.consent_named
    assert not agent.active
    assert read_directory(engine).agent_by_handle("aylin.kaya") is None

    audit = _audit(engine)
    (forget,) = audit[audit["action"] == "forget"].itertuples()
    assert (forget.entity, forget.entity_id, forget.actor) == ("agent", agent.id, ADMIN.name)
    assert forget.changes["quotes_about"] == 1
    assert forget.changes["quotes_naming"] == report.naming
    deleted = audit[(audit["action"] == "delete") & (audit["entity"] == "quote")]
    assert sorted(deleted["entity_id"]) == list(report.quote_ids)
    for quote_id in report.quote_ids:
        rows = audit[(audit["entity"] == "quote") & (audit["entity_id"] == quote_id)]
        assert {str(c.get("text", FORGOTTEN)) for c in rows["changes"]} == {FORGOTTEN}
    everything = str(audit["changes"].tolist())
    assert not re.search(r"\b(AYLIN|Kaya)\b|aylin\.kaya", everything)
    assert "Danke Aylin, Sie haben mir sehr geholfen!" in everything  # the other Aylin's


def test_forget_agent_also_blanks_an_older_text_of_a_surviving_quote(
    engine: Engine, people: dict[str, int], quotes: dict[str, int]
):
    original = "Jonas war super, danke für die Geduld!"
    quote_id = quotes[original]
    # An edit brought her name in, the next one took it out again: the quote stays. Edits log
    # no text, and the text as created is blanked by the first edit; an edit logged by an
    # older version (old and new text) is blanked by the request.
    assert edit_text(engine, quote_id, "Jonas und Frau Kaya waren super!", actor="test").changed
    assert edit_text(engine, quote_id, "Jonas war toll, danke!", actor="test").changed
    with transaction(engine) as session:
        record(session, actor="test", action="edit", entity="quote", entity_id=quote_id,
               changes={"text": ["Jonas und Frau Kaya", "Jonas"]})  # fmt: skip
    report = forget_agent(engine, ADMIN, "aylin.kaya")
    assert quote_id not in report.quote_ids
    assert quote_id in _remaining(engine)
    history = _audit(engine)
    rows = history[(history["entity"] == "quote") & (history["entity_id"] == quote_id)]
    texts = sorted(str(c["text"]) for c in rows["changes"] if "text" in c)
    assert texts == sorted([FORGOTTEN, str([FORGOTTEN, FORGOTTEN])])
    assert "Kaya" not in str(list(rows["changes"]))
    assert original not in str(list(rows["changes"]))  # the text as created went with an edit


def test_forget_agent_dry_run_reports_the_same_and_changes_nothing(
    engine: Engine, people: dict[str, int], quotes: dict[str, int]
):
    before = _audit(engine)
    preview = forget_agent(engine, ADMIN, "aylin.kaya", dry_run=True)
    assert preview.dry_run
    assert _remaining(engine) == set(quotes.values())
    assert read_directory(engine).agents[people["aylin"]].handle == "aylin.kaya"
    assert _audit(engine).equals(before)
    done = forget_agent(engine, ADMIN, "aylin.kaya")
    assert (preview.quote_ids, preview.about, preview.naming, preview.audit_blanked) == (
        done.quote_ids,
        done.about,
        done.naming,
        done.audit_blanked,
    )


def test_forget_agent_unknown_handle_is_a_clear_error(engine: Engine, people: dict[str, int]):
    with pytest.raises(PrivacyError) as refused:
        forget_agent(engine, ADMIN, "nobody")
    assert "nobody" in refused.value.message("de")
    assert refused.value.message("de") != refused.value.message("en")


TEXT_CASES = [
    ("Die Überweisung kam sofort an, danke!", "anna", True),
    ("Ihre ÜBERWEISUNGSHILFE war Gold wert.", "jonas", True),  # any case, also non-ASCII
    ("Die Lastschrift klappte problemlos, danke!", "anna", False),
]


@pytest.mark.parametrize("dry_run", [True, False])
def test_forget_text_removes_every_quote_containing_it(
    engine: Engine, people: dict[str, int], dry_run: bool
):
    quotes = _store(engine, people, TEXT_CASES)
    gone = sorted(quotes[text] for text, _, removed in TEXT_CASES if removed)
    report = forget_text(engine, ADMIN, "  überweisung ", dry_run=dry_run)
    assert (report.quote_ids, report.dry_run, report.audit_blanked) == (tuple(gone), dry_run, 2)
    audit = _audit(engine)
    forgets = audit[audit["action"] == "forget"]
    if dry_run:
        assert _remaining(engine) == set(quotes.values())
        assert forgets.empty
        return
    assert _remaining(engine) == set(quotes.values()) - set(gone)
    (row,) = forgets.itertuples()
    assert row.entity == "quote"
    assert pd.isna(row.entity_id)
    assert row.changes["count"] == 2
    assert row.changes["needle_sha256"] == hashlib.sha256("überweisung".encode()).hexdigest()
    assert "berweisung" not in str(audit["changes"].tolist()).casefold()


@pytest.mark.parametrize("needle", ["", "  ", "ab", " a\u200b "])
def test_forget_text_refuses_a_needle_that_would_match_everything(engine: Engine, needle: str):
    with pytest.raises(PrivacyError) as refused:
        forget_text(engine, ADMIN, needle)
    assert "3" in refused.value.message("en")


def test_purge_deletes_past_retention_with_one_purge_row(engine: Engine, people: dict[str, int]):
    cutoff = retention_cutoff(load_settings(engine).retention_months, TODAY)
    results = submit_many(
        engine,
        [
            draft(
                "Vor langer Zeit sehr nett beraten.",
                people["anna"],
                said_on=cutoff - dt.timedelta(days=1),
            ),
            draft("Genau am Stichtag gut geholfen.", people["anna"], said_on=cutoff),
        ],
    )
    old, kept = (r.quote_id for r in results)
    assert purge(engine, ADMIN, TODAY) == 1
    assert _remaining(engine) == {kept}
    audit = _audit(engine)
    (row,) = audit[audit["action"] == "purge"].itertuples()
    months = load_settings(engine).retention_months
    assert row.changes == {"cutoff": cutoff.isoformat(), "retention_months": months, "count": 1}
    assert list(audit[audit["action"] == "delete"]["entity_id"]) == [old]
    assert "Vor langer Zeit" not in str(audit["changes"].tolist())
    assert "Genau am Stichtag" in str(audit["changes"].tolist())

    assert purge(engine, ADMIN, TODAY) == 0  # a purge that finds nothing is recorded too
    assert (_audit(engine)["action"] == "purge").sum() == 2


CALLS: dict[str, Callable[[Engine, Actor], object]] = {
    "forget_agent": lambda engine, actor: forget_agent(engine, actor, "aylin.kaya"),
    "forget_agent_dry_run": lambda engine, actor: forget_agent(
        engine, actor, "aylin.kaya", dry_run=True
    ),
    "forget_text": lambda engine, actor: forget_text(engine, actor, "Danke"),
    "purge": lambda engine, actor: purge(engine, actor, TODAY + dt.timedelta(days=10_000)),
}


@pytest.mark.parametrize("role", [Role.AGENT, Role.LEAD, Role.MANAGER])
@pytest.mark.parametrize("call", sorted(CALLS))
def test_only_admins_delete(
    engine: Engine, people: dict[str, int], quotes: dict[str, int], role: Role, call: str
):
    actor = Actor("someone", role, agent_id=people["anna"], team_ids=frozenset(people.values()))
    before = _audit(engine)
    with pytest.raises(NotAllowed):
        CALLS[call](engine, actor)
    assert _remaining(engine) == set(quotes.values())
    assert _audit(engine).equals(before)


def test_forget_agent_leaves_no_handle_or_account_name_as_submitter_or_actor(
    engine: Engine, people: dict[str, int], quotes: dict[str, int]
):
    # Aylin, signed in as "aylin", praised a colleague: that quote stays, not her name on it.
    (kept,) = submit_many(engine, [draft("Jonas hat geduldig geholfen.", people["jonas"])])
    assert kept.quote_id is not None
    with transaction(engine) as session:
        session.get_one(Quote, kept.quote_id).submitted_by = "aylin"
        record(
            session,
            actor="aylin",
            action="edit",
            entity="quote",
            entity_id=kept.quote_id,
            changes={},
        )
    assert "aylin" in set(_audit(engine)["actor"])
    untouched = quotes["Jonas war super, danke für die Geduld!"]

    forget_agent(engine, ADMIN, "aylin.kaya")

    pseudonym = f"forgotten-{people['aylin']}"
    with Session(engine) as session:
        submitters = dict(session.execute(select(Quote.id, Quote.submitted_by)).all())
    assert submitters[kept.quote_id] == pseudonym
    assert submitters[untouched] == "anna.meier"
    actors = set(_audit(engine)["actor"])
    assert not actors & {"aylin", "aylin.kaya"}
    assert {"anna.meier", ADMIN.name} <= actors


def test_forget_agent_leaves_their_name_in_no_audit_change_of_a_quote_they_handed_in(
    engine: Engine, people: dict[str, int], quotes: dict[str, int]
):
    """The created quote's audit row holds the whole submission, "submitted_by" included:
    after the request it names the pseudonym, as the quote and the actor column do."""
    praise = "Jonas hat mir den Vertrag geduldig erklärt."
    (kept,) = submit_many(engine, [draft(praise, people["jonas"], submitted_by="aylin")])
    assert kept.quote_id is not None
    created = audit_frame(engine, entity="quote", entity_id=kept.quote_id)
    assert created.iloc[0]["changes"]["submitted_by"] == "aylin"

    forget_agent(engine, ADMIN, "aylin.kaya")

    pseudonym = f"forgotten-{people['aylin']}"
    created = audit_frame(engine, entity="quote", entity_id=kept.quote_id)
    assert created.iloc[0]["changes"]["submitted_by"] == pseudonym
    assert created.iloc[0]["changes"]["text"] == praise, "the quote stays, so does its text"
    left = " ".join(str(c) for c in _audit(engine)["changes"])
    assert not re.search(r"'submitted_by': '(aylin|aylin\.kaya)'", left)

"""An edit's audit row says who changed a quote's text and when, never the text: the text as
it was (often edited because it held a name the rules missed) must not outlive the quote's own
text in the log, nor the text as created."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest
from sqlalchemy import Engine, select

from feedback.auth.roles import Actor
from feedback.collect.edit import edit_text
from feedback.collect.pipeline import submit_many
from feedback.insights import moderation
from feedback.insights.audit import describe_change
from feedback.services.audit import AuditRow
from feedback.services.privacy import FORGOTTEN, forget_text, purge
from feedback.store.audit import audit_frame, record
from feedback.store.db import transaction
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry
from tests.conftest import TODAY, draft

# A street nothing marks as one: the rules keep it (2026-12-06), a moderator edits it out.
MISSED = "Die Kündigung lief reibungslos, ich wohne ja in der Quokkagasse am Ende. Danke!"
EDITED = "Die Kündigung lief reibungslos, ich wohne ja am Ende. Danke!"


def _log(engine: Engine, quote_id: int) -> list[tuple[str, dict[str, Any]]]:
    with engine.connect() as conn:
        return [
            (action, changes)
            for action, changes in conn.execute(
                select(AuditEntry.action, AuditEntry.changes)
                .where(AuditEntry.entity == "quote", AuditEntry.entity_id == quote_id)
                .order_by(AuditEntry.id)
            )
        ]


def _stored(engine: Engine, agent: int, text: str = MISSED) -> int:
    quote_id = submit_many(engine, [draft(text, agent)], today=TODAY)[0].quote_id
    assert quote_id is not None
    return quote_id


def test_an_edit_keeps_who_and_how_long_but_no_text(engine, people):
    quote_id = _stored(engine, people["anna"])
    assert "Quokka" in str(_log(engine, quote_id))  # as created: the rules missed it

    assert edit_text(engine, quote_id, EDITED, actor="lead").changed

    log = _log(engine, quote_id)
    assert [action for action, _ in log] == ["create", "edit"]
    assert "Quokka" not in str(log)
    assert log[0][1]["text"] == FORGOTTEN  # the text as created is no longer the quote's
    assert log[1][1] == {"text_chars": [len(MISSED), len(EDITED)]}
    with engine.connect() as conn:
        actor = conn.execute(
            select(AuditEntry.actor).where(AuditEntry.action == "edit")
        ).scalar_one()
    assert actor == "lead"


def test_a_second_edit_leaves_no_text_of_the_first(engine, people):
    quote_id = _stored(engine, people["anna"])
    edit_text(engine, quote_id, MISSED.replace("reibungslos", "wirklich reibungslos"), actor="lead")
    edit_text(engine, quote_id, EDITED, actor="lead")

    log = _log(engine, quote_id)
    assert [action for action, _ in log] == ["create", "edit", "edit"]
    assert "Quokka" not in str(log)
    assert all("text" not in changes for action, changes in log if action == "edit")


def test_an_edit_row_of_an_older_version_is_blanked_by_the_next_edit(engine, people):
    """Edits logged before this change kept old and new text; the next edit blanks them."""
    quote_id = _stored(engine, people["anna"])
    with transaction(engine) as session:
        record(session, actor="lead", action="edit", entity="quote", entity_id=quote_id,
               changes={"text": ["Ich wohne in der Quokkagasse", MISSED]})  # fmt: skip
    edit_text(engine, quote_id, EDITED, actor="lead")

    assert "Quokka" not in str(_log(engine, quote_id))


@pytest.mark.parametrize("how", ["forget", "purge"])
def test_forget_and_purge_leave_the_edit_event_without_text(engine, people, how):
    quote_id = _stored(engine, people["anna"])
    edit_text(engine, quote_id, EDITED, actor="lead")
    if how == "forget":
        assert forget_text(engine, Actor.system("test"), "Kündigung lief").count == 1
    else:  # thirty years on, the quote is past any retention period
        assert purge(engine, Actor.system("test"), TODAY.replace(year=TODAY.year + 30)) == 1

    log = _log(engine, quote_id)
    assert [action for action, _ in log] == ["create", "edit", "delete"]
    assert "Kündigung" not in str(log)
    assert log[1][1] == {"text_chars": [len(MISSED), len(EDITED)]}


@pytest.mark.parametrize(
    ("lang", "audit_page", "history"),
    [
        ("de", "Textlänge (Zeichen): 74 → 73", "Textlänge (Zeichen): 74 → 73"),
        ("en", "Text length (characters): 74 → 73", "Text length (characters): 74 → 73"),
    ],
)
def test_the_edit_reads_as_a_change_of_length_in_both_languages(lang, audit_page, history):
    changes = {"text_chars": [74, 73]}
    row = AuditRow(1, dt.datetime(2026, 12, 6, tzinfo=dt.UTC), "lead", "edit", "quote", 7, changes)
    assert describe_change(row, lang) == audit_page
    frame = pd.DataFrame(
        {
            "at": pd.to_datetime(["2026-12-06 10:00"]),
            "actor": ["lead"],
            "action": ["edit"],
            "entity": "quote",
            "entity_id": 7,
            "changes": [changes],
        }
    )
    assert moderation.audit_table(frame, lang)["change"].tolist() == [history]


def test_audit_frame_still_reads_the_edit(engine, people):
    quote_id = _stored(engine, people["anna"])
    edit_text(engine, quote_id, EDITED, actor="lead")
    frame = audit_frame(engine, entity="quote", entity_id=quote_id)
    assert frame.iloc[0]["changes"] == {"text_chars": [len(MISSED), len(EDITED)]}


def test_the_upgrade_takes_the_texts_out_of_edits_logged_before(fresh_engine: Engine):
    upgrade(fresh_engine, "0010")
    rows: list[tuple[int, str, dict[str, Any]]] = [
        (1, "create", {"text": MISSED, "channel": "email"}),
        (1, "edit", {"text": [MISSED, EDITED]}),
        (2, "create", {"text": "Never edited, kept as created."}),
        (3, "create", {"text": FORGOTTEN}),
        (3, "edit", {"text": [FORGOTTEN, FORGOTTEN]}),
    ]
    with transaction(fresh_engine) as session:
        for quote_id, action, changes in rows:
            record(session, actor="lead", action=action, entity="quote", entity_id=quote_id,
                   changes=changes)  # fmt: skip

    upgrade(fresh_engine)

    assert _log(fresh_engine, 1) == [
        ("create", {"text": FORGOTTEN, "channel": "email"}),
        ("edit", {"text_chars": [len(MISSED), len(EDITED)]}),
    ]
    assert _log(fresh_engine, 2) == [("create", {"text": "Never edited, kept as created."})]
    assert _log(fresh_engine, 3) == [
        ("create", {"text": FORGOTTEN}),
        ("edit", {"text": [FORGOTTEN, FORGOTTEN]}),
    ]

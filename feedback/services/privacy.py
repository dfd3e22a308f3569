"""Data-subject requests and the retention purge: what must go, goes everywhere.

Each function checks :data:`~feedback.auth.roles.Action.DELETE` and runs as one transaction
with its audit rows: one ``delete`` row per quote (status and date, never the text) and one
summary row (``forget`` or ``purge``, counts only).

Deleting a quote is not enough on its own: the audit log keeps the text of every quote as it
was created (an edit logs no text, and blanks that one). So the texts in the audit rows of
every deleted quote are replaced by :data:`FORGOTTEN`, and :func:`forget_agent` and
:func:`forget_text` also blank older audit texts that match the request (quotes deleted
earlier, or edits logged before migration 0011). The events stay.

:func:`forget_agent` keeps the agent's row, anonymised (handle ``forgotten-<id>``, no names,
no consent, inactive), instead of deleting it: the audit log refers to agents by id, and SQLite
may hand a deleted row's id to the next new agent, whose history would then seem to start
earlier. Accounts linked to the agent are reported, not removed (that is an account decision).

Texts are matched in Python, not in SQL: SQLite's ``LIKE`` folds only ASCII case, and
"JÜRGEN" must find "Jürgen". These are rare admin requests; reading every text is fine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, String, cast, delete, or_, select, update
from sqlalchemy.orm import Session

from feedback.auth.roles import Action, Actor, require
from feedback.collect.normalize import normalize_text
from feedback.i18n import t
from feedback.services.settings import retention_cutoff
from feedback.store.audit import FORGOTTEN, record, without_text
from feedback.store.db import empty_sqlite_log, rewrite_postgres_tables, transaction
from feedback.store.directory import AgentInfo, Directory, load_directory
from feedback.store.models import Agent, AuditEntry, Quote, User
from feedback.store.settings import load_settings

__all__ = ["FORGOTTEN", "ForgetReport", "PrivacyError", "forget_agent", "forget_text", "purge"]

# Why 3: a one- or two-letter text is in nearly every quote; a slip must not delete them all.
MIN_NEEDLE_CHARS = 3
# Why 500: keeps every IN list far below SQLite's limit on bound parameters.
_CHUNK = 500
_GENITIVE = r"(?:s|'s|’s)?"  # as in feedback/insights/privacy.py: "Annas", "Anna's"


@dataclass(frozen=True, slots=True)
class ForgetReport:
    """What a request removed, or (``dry_run``) would remove.

    ``quote_ids`` ascending; ``about`` counts the quotes praising the agent, ``naming`` the
    others whose text names them or contains the text; ``audit_blanked`` the older audit rows
    whose texts were replaced. ``rewritten`` tells whether PostgreSQL's tables were rewritten
    afterwards (:func:`~feedback.store.db.rewrite_postgres_tables`): None on SQLite (which
    overwrites what it deletes) and in a dry run, False when the tables were in use.
    """

    quote_ids: tuple[int, ...]
    about: int
    naming: int
    audit_blanked: int
    dry_run: bool
    agent_id: int | None = None
    linked_accounts: tuple[str, ...] = ()
    rewritten: bool | None = None

    @property
    def count(self) -> int:
        return len(self.quote_ids)


class PrivacyError(ValueError):
    """A request that cannot run as given (``key`` is a full i18n key); nothing was changed."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    def message(self, lang: str | None) -> str:
        return t(self.key, lang, **self.params)


class _Names:
    """Where a text names one agent, by the conventions of ``NamePrivacy``: the full name and
    the first name in any case, the last name capitalised or in capitals ("Frau Weiß", not
    "sie weiß"), whole words, with a genitive "s". A quote about another agent with the same
    first (or last) name does not count for that name alone: "Danke Anna" there means them."""

    def __init__(self, agent: AgentInfo, directory: Directory) -> None:
        first, last = agent.first_name.strip(), agent.last_name.strip()
        options: list[tuple[int, str]] = []
        if first and last:
            options.append(
                (len(first) + len(last) + 1, rf"(?i:{re.escape(first)}\s+{re.escape(last)})")
            )
        if first:
            options.append((len(first), f"(?i:{re.escape(first)})"))
        for form in dict.fromkeys((last[:1].upper() + last[1:], last.upper())) if last else ():
            options.append((len(form), re.escape(form)))
        ordered = "|".join(o for _, o in sorted(options, key=lambda o: -o[0]))
        self._pattern = re.compile(rf"(?<!\w)({ordered}){_GENITIVE}(?!\w)") if options else None
        self._own = {
            other.id: {_fold(n) for n in (other.first_name, other.last_name, other.full_name) if n}
            for other in directory.agents.values()
            if other.id != agent.id
        }

    def found(self, text: str, agent_id: int | None) -> bool:
        if self._pattern is None:
            return False
        own = self._own.get(agent_id, set()) if agent_id is not None else set()
        return any(_fold(m.group(1)) not in own for m in self._pattern.finditer(text))


def forget_agent(
    engine: Engine, actor: Actor, handle: str, *, dry_run: bool = False
) -> ForgetReport:
    """Erase an agent: every quote about them or naming them, their names, those texts in the
    audit log, and their handle and linked accounts as the submitter of the quotes that stay
    and as the actor in the log (a pseudonym instead). Raises :class:`PrivacyError` for an
    unknown handle."""
    require(actor, Action.DELETE)
    with transaction(engine) as session:
        directory = load_directory(session)
        agent = directory.agent_by_handle(handle)
        if agent is None:
            raise PrivacyError("validation.unknown_agent", value=handle.strip())
        names = _Names(agent, directory)
        about: list[int] = []
        naming: list[int] = []
        agent_of: dict[int, int | None] = {}
        for quote_id, agent_id, text in session.execute(
            select(Quote.id, Quote.agent_id, Quote.text)
        ):
            agent_of[quote_id] = agent_id
            if agent_id == agent.id:
                about.append(quote_id)
            elif names.found(text, agent_id):
                naming.append(quote_id)
        ids = sorted(about + naming)

        def concerns(entity_id: int | None, changes: dict[str, Any], text: str) -> bool:
            owner = agent_of.get(entity_id, changes.get("agent_id")) if entity_id else None
            return changes.get("agent_id") == agent.id or names.found(text, owner)

        blanked = _blank_audit_texts(session, set(ids), concerns, dry_run=dry_run)
        linked = tuple(
            session.scalars(
                select(User.username).where(User.agent_id == agent.id).order_by(User.username)
            )
        )
        if not dry_run:
            _delete_quotes(session, ids, actor=actor.name, reason="forget")
            _anonymise(session, agent.id)
            _pseudonymise_names(session, {agent.handle, *linked}, f"forgotten-{agent.id}")
            record(
                session,
                actor=actor.name,
                action="forget",
                entity="agent",
                entity_id=agent.id,
                changes={
                    "quotes_about": len(about),
                    "quotes_naming": len(naming),
                    "audit_blanked": blanked,
                },
            )
    rewritten = None if dry_run else _erase_freed(engine)
    return ForgetReport(
        tuple(ids), len(about), len(naming), blanked, dry_run, agent.id, linked, rewritten
    )


def forget_text(
    engine: Engine, actor: Actor, needle: str, *, dry_run: bool = False
) -> ForgetReport:
    """Delete every quote whose text contains ``needle`` (any case, after the same
    normalisation as a submission). The audit keeps a SHA-256 of the normalised needle, never
    the needle: the same request can be recognised later, but not read."""
    require(actor, Action.DELETE)
    wanted = normalize_text(needle).casefold()
    if len(wanted) < MIN_NEEDLE_CHARS:
        raise PrivacyError("privacy.needle_too_short", min=MIN_NEEDLE_CHARS)
    with transaction(engine) as session:
        ids = sorted(
            quote_id
            for quote_id, text in session.execute(select(Quote.id, Quote.text))
            if wanted in text.casefold()
        )
        blanked = _blank_audit_texts(
            session,
            set(ids),
            lambda _id, _changes, text: wanted in text.casefold(),
            dry_run=dry_run,
        )
        if not dry_run:
            _delete_quotes(session, ids, actor=actor.name, reason="forget")
            record(
                session,
                actor=actor.name,
                action="forget",
                entity="quote",
                entity_id=None,
                changes={
                    "count": len(ids),
                    "needle_sha256": hashlib.sha256(wanted.encode("utf-8")).hexdigest(),
                    "audit_blanked": blanked,
                },
            )
    rewritten = None if dry_run else _erase_freed(engine)
    return ForgetReport(tuple(ids), 0, len(ids), blanked, dry_run, rewritten=rewritten)


def purge(engine: Engine, actor: Actor, today: dt.date) -> int:
    """Retention: delete every quote said before the cutoff of the retention period in the
    settings (see :func:`~feedback.services.settings.retention_cutoff`), with the texts in
    their audit rows; one ``purge`` audit row says when, up to which day and how many.
    Returns the number of quotes deleted."""
    require(actor, Action.DELETE)
    months = load_settings(engine).retention_months
    cutoff = retention_cutoff(months, today)
    with transaction(engine) as session:
        ids = list(
            session.scalars(select(Quote.id).where(Quote.said_on < cutoff).order_by(Quote.id))
        )
        _blank_audit_texts(session, set(ids), None, dry_run=False)
        _delete_quotes(session, ids, actor=actor.name, reason="retention")
        record(
            session,
            actor=actor.name,
            action="purge",
            entity="quote",
            entity_id=None,
            changes={"cutoff": cutoff.isoformat(), "retention_months": months, "count": len(ids)},
        )
    empty_sqlite_log(engine)
    return len(ids)


def _erase_freed(engine: Engine) -> bool | None:
    """What a request deleted leaves no bytes behind: SQLite overwrites deleted rows and
    empties its write-ahead log here; PostgreSQL rewrites the tables."""
    empty_sqlite_log(engine)
    return rewrite_postgres_tables(engine)


_Concerns = Callable[[int | None, dict[str, Any], str], bool]


def _blank_audit_texts(
    session: Session, quote_ids: set[int], concerns: _Concerns | None, *, dry_run: bool
) -> int:
    """Replace the texts in quote audit rows of ``quote_ids``, and in any other quote audit row
    where ``concerns(entity_id, changes, text)`` holds for one of its texts. Without
    ``concerns`` only the rows of ``quote_ids`` are read. Returns how many rows (would) change."""
    query = select(AuditEntry.id, AuditEntry.entity_id, AuditEntry.changes).where(
        AuditEntry.entity == "quote"
    )
    if concerns is None:
        rows = [
            row
            for chunk in _chunks(sorted(quote_ids))
            for row in session.execute(query.where(AuditEntry.entity_id.in_(chunk)))
        ]
    else:
        rows = list(session.execute(query))
    blanked = 0
    for entry_id, entity_id, changes in rows:
        if not isinstance(changes, dict) or "text" not in changes:
            continue
        value = changes["text"]
        texts = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)]
        if entity_id not in quote_ids and not (
            concerns is not None and any(concerns(entity_id, changes, text) for text in texts)
        ):
            continue
        blanked += 1
        if not dry_run:
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == entry_id)
                .values(changes=without_text(changes))
            )
    return blanked


def _delete_quotes(session: Session, ids: Sequence[int], *, actor: str, reason: str) -> None:
    """Delete quotes (their terms go by cascade), one audit row each without the text."""
    for chunk in _chunks(ids):
        for quote_id, status, said_on in session.execute(
            select(Quote.id, Quote.status, Quote.said_on).where(Quote.id.in_(chunk))
        ):
            record(
                session,
                actor=actor,
                action="delete",
                entity="quote",
                entity_id=quote_id,
                changes={"status": status, "said_on": said_on.isoformat(), "reason": reason},
            )
        session.execute(delete(Quote).where(Quote.id.in_(chunk)))


def _anonymise(session: Session, agent_id: int) -> None:
    """Keep the agent's row (ids stay unique for the audit log) without anything personal;
    the handle in earlier audit rows goes too."""
    agent = session.get_one(Agent, agent_id)
    agent.handle = f"forgotten-{agent_id}"
    agent.first_name = agent.last_name = ""
    agent.consent_named = False
    agent.active = False
    for entry_id, changes in session.execute(
        select(AuditEntry.id, AuditEntry.changes).where(
            AuditEntry.entity == "agent", AuditEntry.entity_id == agent_id
        )
    ):
        if isinstance(changes, dict) and "handle" in changes:
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == entry_id)
                .values(changes={**changes, "handle": agent.handle})
            )


def _pseudonymise_names(session: Session, names: set[str], pseudonym: str) -> None:
    """Who handed in the surviving quotes (praise of colleagues) and who did what in the audit
    log, under the agent's handle or an account linked to them, becomes ``pseudonym``: the log
    still shows one person acting, no longer who. The accounts themselves are the admin's to
    remove (the report lists them)."""
    session.execute(
        update(Quote).where(Quote.submitted_by.in_(names)).values(submitted_by=pseudonym)
    )
    session.execute(update(AuditEntry).where(AuditEntry.actor.in_(names)).values(actor=pseudonym))
    # A created quote's audit row holds the whole submission, "submitted_by" too. The text
    # search only narrows the rows down (both backends); the value itself is compared exactly.
    mentions = or_(
        *(cast(AuditEntry.changes, String).contains(name, autoescape=True) for name in names)
    )
    for entry_id, changes in session.execute(
        select(AuditEntry.id, AuditEntry.changes).where(AuditEntry.entity == "quote", mentions)
    ):
        if isinstance(changes, dict) and changes.get("submitted_by") in names:
            session.execute(
                update(AuditEntry)
                .where(AuditEntry.id == entry_id)
                .values(changes={**changes, "submitted_by": pseudonym})
            )


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield list(ids[start : start + _CHUNK])


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()

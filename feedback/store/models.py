"""Tables of the store. Every change to them ships as an Alembic migration."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from feedback.domain import MAX_EXTERNAL_ID

# Stable constraint names so migrations can drop and alter them on both SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Team(Base):
    __tablename__ = "teams"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    agents: Mapped[list[Agent]] = relationship(back_populates="team")


class Agent(Base):
    """A person of ours. ``consent_named`` decides whether walls show their first name."""

    __tablename__ = "agents"

    id: Mapped[int] = mapped_column(primary_key=True)
    handle: Mapped[str] = mapped_column(String(80), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    last_name: Mapped[str] = mapped_column(String(80), default="")
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="SET NULL"))
    consent_named: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)

    team: Mapped[Team | None] = relationship(back_populates="agents")

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Quote(Base):
    """A customer's quote as stored: redacted text, metadata, moderation state and analysis."""

    __tablename__ = "quotes"
    __table_args__ = (
        UniqueConstraint("fingerprint", name="uq_quotes_fingerprint"),
        UniqueConstraint("source_system", "external_id", name="uq_quotes_source_external"),
        Index("ix_quotes_source_agent_ref", "source_system", "source_agent_ref"),
        Index("ix_quotes_status_said_on", "status", "said_on"),
        Index("ix_quotes_status_submitted_at", "status", "submitted_at"),
        # SQLite only (migration 0007 says why): the read side's sums read this index alone.
        Index(
            "ix_quotes_sqlite_reads",
            "status",
            "said_on",
            "team_id",
            "channel",
            "language",
            "agent_id",
            "sentiment_label",
            "sentiment_compound",
            "rating",
            "rating_scale",
            "rating_from",
            "themes",
            "emotions",
        ).ddl_if(dialect="sqlite"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    redactions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(8), default="other")
    channel: Mapped[str] = mapped_column(String(16))
    said_on: Mapped[dt.date] = mapped_column(Date, index=True)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    submitted_by: Mapped[str] = mapped_column(String(80))
    agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agents.id", ondelete="SET NULL"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="SET NULL"), index=True
    )
    rating: Mapped[float | None] = mapped_column(Float)
    rating_scale: Mapped[int | None] = mapped_column(Integer)
    # Where the rating's scale starts (migration 0013): 1, or 0 for a scale from 0 (NPS 0..10).
    rating_from: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(16), default="manual")
    source_system: Mapped[str | None] = mapped_column(String(40))
    external_id: Mapped[str | None] = mapped_column(String(MAX_EXTERNAL_ID))
    # An imported rating's helpdesk agent id that no mapping named yet (migration 0012): the
    # mapping saved for it credits the quote and clears it (feedback.store.mappings).
    source_agent_ref: Mapped[str | None] = mapped_column(String(MAX_EXTERNAL_ID))
    verbatim: Mapped[bool | None] = mapped_column(Boolean)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    fingerprint: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    # Analysis, filled in once when the quote is stored (and again by `reanalyse`).
    sentiment_compound: Mapped[float | None] = mapped_column(Float)
    sentiment_label: Mapped[str | None] = mapped_column(String(16))
    themes: Mapped[list[Any]] = mapped_column(JSON, default=list)
    emotions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    analysis: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    analyser_version: Mapped[str | None] = mapped_column(String(80))

    agent: Mapped[Agent | None] = relationship()
    team: Mapped[Team | None] = relationship()
    terms: Mapped[list[QuoteTerm]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", passive_deletes=True
    )


class QuoteTerm(Base):
    """Counted words, bigrams and emoji of one quote: word clouds aggregate these, never text."""

    __tablename__ = "quote_terms"
    __table_args__ = (
        Index("ix_quote_terms_kind_term", "kind", "term"),
        # One quote's terms of one kind in one index range, whatever the planner's statistics
        # (migration 0005 says why); it also serves the cascade from quotes.
        Index("ix_quote_terms_quote_kind", "quote_id", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"))
    term: Mapped[str] = mapped_column(String(120))
    surface: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(8))
    count: Mapped[int] = mapped_column(Integer)

    quote: Mapped[Quote] = relationship(back_populates="terms")


class TermDay(Base):
    """The counted terms of every quote summed per day, status, language, team and channel.

    Derived data, kept by triggers (migration 0008) in the writer's transaction: a cloud over
    a period sums its days here instead of joining every quote's terms. ``team_id`` 0 is "no
    team"; sums that reach 0 are deleted.
    """

    __tablename__ = "term_days"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    said_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    term: Mapped[str] = mapped_column(String(120), primary_key=True)
    surface: Mapped[str] = mapped_column(String(120), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class ThemeDay(Base):
    """The quotes' themes counted per day, status, language, team and channel.

    Derived data, kept by triggers (migration 0009) in the writer's transaction: trends and
    the title slide sum a period's days here instead of expanding every quote's theme list.
    ``team_id`` 0 is "no team"; sums that reach 0 are deleted.
    """

    __tablename__ = "theme_days"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    said_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    theme: Mapped[str] = mapped_column(String(64), primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class QuoteDay(Base):
    """The trends' sums of the quotes per day, status, language, team and channel.

    Derived data, kept by triggers (migration 0010) in the writer's transaction, so that a
    trend over a year reads its days instead of every quote. ``team_id`` 0 is "no team";
    rows whose ``quotes`` reach 0 are deleted. The columns are those of
    ``feedback.store.trend_rollup.DAY_COLUMNS``.
    """

    __tablename__ = "quote_days"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    said_on: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    language: Mapped[str] = mapped_column(String(8), primary_key=True)
    team_id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    quotes: Mapped[int] = mapped_column(Integer)
    positive: Mapped[int] = mapped_column(Integer)
    scored: Mapped[int] = mapped_column(Integer)
    compound_sum: Mapped[float] = mapped_column(Float)
    scored_positive: Mapped[int] = mapped_column(Integer)
    scored_negative: Mapped[int] = mapped_column(Integer)
    rated: Mapped[int] = mapped_column(Integer)
    score_sum: Mapped[float] = mapped_column(Float)
    satisfied: Mapped[int] = mapped_column(Integer)


class AuditEntry(Base):
    """Who did what when: every create, edit, status change and delete."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_at_id", "at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(16))
    entity: Mapped[str] = mapped_column(String(16))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Setting(Base):
    """Team-wide settings (UI language default, rankings, retention, theme additions)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=_utcnow, onupdate=func.now()
    )


class User(Base):
    """Someone who signs in: a local account (bcrypt hash) or a company sign-in (by e-mail).

    ``team_ids`` are the teams a lead leads; ``agent_id`` links an agent's account to the agent
    record. ``failed_logins`` and ``locked_until`` implement the lockout; ``demo`` marks the
    accounts the demo seeder made (listed on the sign-in page while demo data is there).
    """

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("agents.id", ondelete="SET NULL"))
    team_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    password_hash: Mapped[str | None] = mapped_column(String(100))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    last_login_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class HelpdeskMapping(Base):
    """Which of our agents or teams a helpdesk's agent or group id stands for; a lead keeps it.

    ``kind`` is ``agent`` (then ``agent_id`` is set) or ``group`` (then ``team_id``). Deleting
    the agent or team deletes the mapping: an id that maps to nothing is reported as unknown.
    """

    __tablename__ = "helpdesk_mappings"
    __table_args__ = (
        UniqueConstraint("system", "kind", "external_id", name="uq_helpdesk_mappings_external"),
        CheckConstraint(
            "(kind = 'agent' AND agent_id IS NOT NULL AND team_id IS NULL)"
            " OR (kind = 'group' AND team_id IS NOT NULL AND agent_id IS NULL)",
            name="one_target",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    system: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(8))
    external_id: Mapped[str] = mapped_column(String(MAX_EXTERNAL_ID))
    agent_id: Mapped[int | None] = mapped_column(
        ForeignKey("agents.id", ondelete="CASCADE"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=_utcnow)


class DataVersion(Base):
    """A counter per scope of data, raised by database triggers in every transaction that
    writes one of the scope's tables (migration 0004), whichever process or tool wrote.

    Pages key their caches by it: see :mod:`feedback.store.versions`. Not data, so not in
    backups (a restored counter could go back to a value a cache has already seen).
    """

    __tablename__ = "data_versions"

    scope: Mapped[str] = mapped_column(String(16), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)

"""The audit page's view: filters from widget values, rows as text in the reader's language
and time zone, and the CSV export (formula-safe; semicolons and a BOM for German Excel).

Pure functions: the language, the time zone and the names of teams and agents come in as
arguments. Quote texts never appear here: an edited text shows as "changed", a created quote
by its status, channel and day.

In works-council mode (:attr:`Names.hide_people`) the log names nobody, as every other view:
a person who acted shows as their role ("Teamleitung (Name verborgen)"), names, handles,
usernames and e-mail addresses in a change show as hidden, and entries about one account or
agent lose their number. Imports and the command line keep their labels. The stored log keeps
every name; switching the mode off (itself an audited settings change) shows them again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from feedback.auth.roles import Role
from feedback.export import safe_cell
from feedback.helpdesks import system_name
from feedback.i18n import format_date, format_datetime, format_zone, t
from feedback.render.placeholders import kind_label
from feedback.services.audit import AuditFilter, AuditRow

ACTIONS: tuple[str, ...] = (
    "create",
    "edit",
    "status",
    "delete",
    "login",
    "login_failed",
    "locked",
    "purge",
    "forget",
    "redact",
    "backup",
)
ENTITIES: tuple[str, ...] = ("quote", "team", "agent", "user", "settings", "mapping", "store")
ANY = "any"  # the filter choice "all actions" / "all entities"
COLUMNS: tuple[str, ...] = ("at", "actor", "action", "entity", "entity_id", "change")
# Fields with a label of their own; any other key is shown as stored.
FIELDS = frozenset(
    {
        "name",
        "handle",
        "first_name",
        "last_name",
        "team_id",
        "agent_id",
        "consent_named",
        "active",
        "status",
        "text",
        "text_chars",
        "channel",
        "said_on",
        "source",
        "username",
        "role",
        "email",
        "team_ids",
        "password",
        "ui_language",
        "rankings_enabled",
        "works_council_mode",
        "works_council_min_team",
        "retention_months",
        "theme_additions",
        "sentiment_model_path",
        "count",
        "cutoff",
        "kinds",
        "rows",
        "system",
        "kind",
        "external_id",
        "target_id",
        "import_mappings",
    }
)
# A created quote's audit row holds the whole submission; these tell what it was.
_QUOTE_CREATED = ("status", "channel", "said_on", "source")
# Content that is not repeated in the log view or its export, only that it changed.
_CONTENT = frozenset({"text", "theme_additions", "password"})
# Why 60 characters: a value stays readable in one table cell.
_VALUE_CHARS = 60


# Values that name or point to one person: hidden in works-council mode.
_PERSONAL = frozenset(
    {"username", "email", "display_name", "handle", "first_name", "last_name", "agent_id"}
)
# A helpdesk mapping's fields that point to one agent when it maps an agent id.
_MAPPED_PERSON = frozenset({"external_id", "target_id"})
# Entries about one person (an account, an agent): their number is hidden in the mode too.
_PERSONAL_ENTITIES = frozenset({"user", "agent"})


@dataclass(frozen=True, slots=True)
class Names:
    """Team and agent names by id, so ``team_id: 3`` reads as the team's name.

    ``roles`` maps who can act (account names and e-mails, agent handles; casefolded) to their
    role; ``hide_people`` is works-council mode: people show by role, never by name."""

    teams: Mapping[int, str] = field(default_factory=dict)
    agents: Mapping[int, str] = field(default_factory=dict)
    roles: Mapping[str, str] = field(default_factory=dict)
    hide_people: bool = False


def actor_roles(
    agent_handles: Iterable[str], accounts: Iterable[tuple[str, str | None, str]]
) -> dict[str, str]:
    """:attr:`Names.roles`: who can act, casefolded, with their role. Agents by handle (they
    hand in quotes under it), then ``accounts`` as (username, e-mail, role) by username and
    e-mail; an account's role wins."""
    roles = {handle.casefold(): Role.AGENT.value for handle in agent_handles}
    for username, email, role in accounts:
        roles[username.casefold()] = role
        if email:
            roles[email.strip().casefold()] = role
    return roles


def day_bounds(first: dt.date, last: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """From midnight of ``first`` to midnight after ``last``, in ``zone`` (end exclusive)."""
    start = dt.datetime.combine(first, dt.time(), tzinfo=zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    return start, end


def build_filter(
    days: Sequence[dt.date],
    actor: str,
    action: str,
    entity: str,
    zone: dt.tzinfo,
    *,
    limit: int,
    offset: int = 0,
) -> AuditFilter:
    """The filter for the page's widgets: ``days`` is the date input's value (none, one day or
    a range, in ``zone``); ``action``/``entity`` :data:`ANY` mean every one."""
    start = end = None
    if days:
        start, end = day_bounds(min(days), max(days), zone)
    return AuditFilter(
        start=start,
        end=end,
        actor=actor.strip() or None,
        action=None if action == ANY else action,
        entity=None if entity == ANY else entity,
        limit=limit,
        offset=offset,
    )


def zone_name(zone: dt.tzinfo) -> str:
    """ "Europe/Berlin" for a ZoneInfo, "UTC" for UTC."""
    key = getattr(zone, "key", None)
    return str(key) if key else (zone.tzname(None) or "UTC")


def headers(lang: str | None, zone: dt.tzinfo) -> dict[str, str]:
    """Column -> heading in ``lang``; the time's heading names the zone ("Zeit (Berlin)")."""
    labels = {c: t(f"audit.col_{c}", lang) for c in COLUMNS if c != "at"}
    return {"at": t("audit.col_at", lang, zone=format_zone(zone, lang)), **labels}


def label(kind: str, value: str, lang: str | None) -> str:
    """An action or entity in ``lang``; one the page does not know (yet) as stored."""
    known = ACTIONS if kind == "action" else ENTITIES
    return t(f"audit.{kind}_{value}", lang) if value in known else value


def actor_label(actor: str, lang: str | None, names: Names = Names()) -> str:
    """Who did it, for people: an account's name as it is (in works-council mode its role
    only); an import as "Import (Zendesk)" instead of the stored "import:zendesk", the command
    line as such."""
    kind, _, system = actor.partition(":")
    if kind == "import" and system:
        return t("audit.actor_import", lang, system=system_name(system))
    if actor == "cli":
        return t("audit.actor_cli", lang)
    if names.hide_people:
        role = names.roles.get(actor.strip().casefold())
        if role is None:
            return t("audit.actor_hidden", lang)
        return t("audit.actor_role_hidden", lang, role=t(f"auth.label_{role}", lang))
    return actor


def _frame(
    rows: Iterable[AuditRow], lang: str | None, names: Names, when: Callable[[dt.datetime], str]
) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "at": when(row.at),
                "actor": actor_label(row.actor, lang, names),
                "action": label("action", row.action, lang),
                "entity": label("entity", row.entity, lang),
                "entity_id": None
                if names.hide_people and row.entity in _PERSONAL_ENTITIES
                else row.entity_id,
                "change": describe_change(row, lang, names),
            }
            for row in rows
        ],
        columns=list(COLUMNS),
    ).astype({"entity_id": "Int64"})


def audit_table(
    rows: Iterable[AuditRow], lang: str | None, zone: dt.tzinfo, names: Names = Names()
) -> pd.DataFrame:
    """One row per entry: at (local time to the second, as text), actor, action, entity,
    entity_id, change."""
    return _frame(
        rows, lang, names, lambda at: format_datetime(at.astimezone(zone), lang, "medium")
    )


def export_csv(
    rows: Iterable[AuditRow], lang: str | None, zone: dt.tzinfo, names: Names = Names()
) -> bytes:
    """The rows as CSV bytes with headings in ``lang``. German: semicolons and a UTF-8 BOM, as
    Excel expects them; English: commas, plain UTF-8. Times as "YYYY-MM-DD HH:MM:SS" in
    ``zone``; every text cell formula-safe (:func:`feedback.export.safe_cell`)."""
    frame = _frame(rows, lang, names, lambda at: at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S"))
    safe = frame.map(safe_cell).rename(columns=headers(lang, zone))
    safe.columns = [safe_cell(c) for c in safe.columns]
    german = lang == "de"
    text = safe.to_csv(index=False, sep=";" if german else ",", lineterminator="\r\n")
    return text.encode("utf-8-sig" if german else "utf-8")


def describe_change(row: AuditRow, lang: str | None, names: Names = Names()) -> str:
    """What changed, in ``lang``: "Field: old → new" for edits, "Field: value" otherwise."""
    changes = row.changes
    keys = list(changes)
    if row.entity == "quote" and row.action == "create":
        keys = [k for k in _QUOTE_CREATED if k in changes]
    parts = []
    maps_agent = row.entity == "mapping" and changes.get("kind") == "agent"
    for key in keys:
        value = changes[key]
        name = _field(key, lang)
        if names.hide_people and (key in _PERSONAL or (maps_agent and key in _MAPPED_PERSON)):
            parts.append(f"{name}: {t('audit.hidden', lang)}")
            continue
        if key in _CONTENT:
            what = "password_reset" if key == "password" else "changed"
            if not (row.action in ("create", "delete") and key == "text"):
                parts.append(f"{name}: {t(f'audit.{what}', lang)}")
            continue
        if row.action in ("edit", "status") and isinstance(value, list) and len(value) == 2:
            old, new = (_value(key, v, lang, names, maps_agent) for v in value)
            parts.append(f"{name}: {old} → {new}")
        else:
            parts.append(f"{name}: {_value(key, value, lang, names, maps_agent)}")
    return "; ".join(parts)


def _field(key: str, lang: str | None) -> str:
    return t(f"audit.field_{key}", lang) if key in FIELDS else key


def _value(key: str, value: Any, lang: str | None, names: Names, maps_agent: bool = False) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return t("audit.yes" if value else "audit.no", lang)
    if key == "target_id" and isinstance(value, int):  # a helpdesk id mapped onto ours
        key = "agent_id" if maps_agent else "team_id"
    if key == "system" and isinstance(value, str):
        return system_name(value)
    if key == "kind" and value in ("agent", "group"):
        return t(f"audit.kind_{value}", lang)
    if key == "import_mappings" and isinstance(value, dict):  # saved column mappings by name
        return _short(", ".join(sorted(value))) or "–"
    if key == "team_id" and isinstance(value, int):
        return names.teams.get(value, f"#{value}")
    if key == "agent_id" and isinstance(value, int):
        return names.agents.get(value, f"#{value}")
    if key == "team_ids" and isinstance(value, list):
        return ", ".join(names.teams.get(v, f"#{v}") for v in value) or "–"
    if key in ("said_on", "cutoff") and isinstance(value, str):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return _short(value)
    prefixes = {"status": "common.status_", "channel": "common.channel_", "role": "auth.label_"}
    prefixes["ui_language"] = "ui.language_"
    prefixes["source"] = "export.source_"
    if key in prefixes and isinstance(value, str):
        try:
            return t(f"{prefixes[key]}{value}", lang)
        except KeyError:
            return _short(value)
    if key == "kinds" and isinstance(value, list):  # redacted again: "Name, Telefonnummer"
        return _short(", ".join(kind_label(str(v), lang) for v in value))
    if isinstance(value, list):
        return _short(", ".join(str(v) for v in value))
    return _short(str(value))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _VALUE_CHARS else text[: _VALUE_CHARS - 1] + "…"

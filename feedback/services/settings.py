"""Team-wide settings: only admins change them; a shorter retention says what it would delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from feedback.auth.roles import Action, Actor, require
from feedback.store import settings as store
from feedback.store.models import Quote
from feedback.store.settings import AppSettings


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months earlier (the 28th at most, so every month has it)."""
    month_index = day.year * 12 + day.month - 1 - months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, 28))


def retention_cutoff(months: int, today: dt.date) -> dt.date:
    """Quotes said before this day are past the retention period of ``months`` months."""
    return months_before(today, months)


def quotes_past_retention(engine: Engine, months: int, today: dt.date) -> int:
    """How many stored quotes a retention of ``months`` months would delete today."""
    cutoff = retention_cutoff(months, today)
    with Session(engine) as session:
        return int(
            session.scalar(select(func.count()).select_from(Quote).where(Quote.said_on < cutoff))
            or 0
        )


@dataclass(frozen=True, slots=True)
class RetentionCheck:
    """A retention change that would delete quotes needs ``confirmed``; ``would_delete`` says
    how many."""

    would_delete: int
    confirmed: bool

    @property
    def blocks(self) -> bool:
        return self.would_delete > 0 and not self.confirmed


class RetentionNotConfirmed(ValueError):
    def __init__(self, would_delete: int) -> None:
        self.would_delete = would_delete
        super().__init__(f"the new retention period would delete {would_delete} quotes")


def save_settings(
    engine: Engine,
    actor: Actor,
    new: AppSettings,
    *,
    today: dt.date,
    confirm_deletion: bool = False,
) -> list[str]:
    """Store changed settings (one transaction, one audit row). Only admins may; a retention
    that would delete quotes needs ``confirm_deletion`` (see :func:`retention_check`)."""
    require(actor, Action.EDIT_SETTINGS)
    current = store.load_settings(engine)
    if new.retention_months != current.retention_months:
        require(actor, Action.CHANGE_RETENTION)
        check = retention_check(engine, current, new, today=today, confirmed=confirm_deletion)
        if check.blocks:
            raise RetentionNotConfirmed(check.would_delete)
    return store.save_settings(engine, new, actor=actor.name)


# Why 60: a name that fits a selectbox; a mapping names at most nine fields.
_MAPPING_NAME_CHARS = 60


class MappingNameProblem(ValueError):
    """A column mapping without a usable name or without a text column."""


def save_import_mapping(engine: Engine, actor: Actor, name: str, columns: dict[str, str]) -> None:
    """Keep the import page's column mapping ``columns`` (our field -> the file's column)
    under ``name`` (replacing one of that name). Leads and admins may: they import."""
    require(actor, Action.IMPORT)
    name = name.strip()
    kept = {f: c for f, c in columns.items() if c}
    if not name or len(name) > _MAPPING_NAME_CHARS or not kept.get("text"):
        raise MappingNameProblem(name)
    current = store.load_settings(engine)
    mappings = {**current.import_mappings, name: kept}
    store.save_settings(
        engine, current.model_copy(update={"import_mappings": mappings}), actor=actor.name
    )


def remove_import_mapping(engine: Engine, actor: Actor, name: str) -> bool:
    """Forget the import page's column mapping saved as ``name``; False when there was none.
    Leads and admins may: they import."""
    require(actor, Action.IMPORT)
    current = store.load_settings(engine)
    if name not in current.import_mappings:
        return False
    mappings = {n: m for n, m in current.import_mappings.items() if n != name}
    store.save_settings(
        engine, current.model_copy(update={"import_mappings": mappings}), actor=actor.name
    )
    return True


class MappingNameTaken(MappingNameProblem):
    """Another saved column mapping has the name already (a rename would replace it)."""


def rename_import_mapping(engine: Engine, actor: Actor, old: str, new: str) -> bool:
    """Save the import page's column mapping ``old`` as ``new`` (one transaction, one audited
    settings change naming both); False when there is no mapping ``old`` or the name is the
    same. Raises :class:`MappingNameProblem` for an empty or too long name and
    :class:`MappingNameTaken` when another mapping is called ``new``. Leads and admins may:
    they import."""
    require(actor, Action.IMPORT)
    new = new.strip()
    if not new or len(new) > _MAPPING_NAME_CHARS:
        raise MappingNameProblem(new)
    current = store.load_settings(engine)
    if old not in current.import_mappings or new == old:
        return False
    if new in current.import_mappings:
        raise MappingNameTaken(new)
    # In its place: the picker lists them sorted, the settings' own order stays as it was.
    mappings = {(new if n == old else n): m for n, m in current.import_mappings.items()}
    store.save_settings(
        engine, current.model_copy(update={"import_mappings": mappings}), actor=actor.name
    )
    return True


def retention_check(
    engine: Engine, current: AppSettings, new: AppSettings, *, today: dt.date, confirmed: bool
) -> RetentionCheck:
    """What a change of the retention period would delete at the next purge."""
    if new.retention_months >= current.retention_months:
        return RetentionCheck(0, confirmed)
    return RetentionCheck(quotes_past_retention(engine, new.retention_months, today), confirmed)

"""Team-wide settings, validated by pydantic, stored as JSON values, every change audited."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, field_validator
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from feedback.domain import UiLanguage
from feedback.i18n import normalize_language
from feedback.store.audit import record
from feedback.store.db import transaction
from feedback.store.models import Setting


class AppSettings(BaseModel):
    """Defaults chosen for a German works council: no rankings, bounded retention."""

    ui_language: UiLanguage = UiLanguage.DE
    # Off by default: many works councils do not allow ranking people against each other.
    rankings_enabled: bool = False
    # Why 24 months: long enough for year-on-year trends, short enough to honour data minimisation.
    retention_months: int = Field(default=24, ge=1, le=120)
    # A team's own themes and keywords, merged over the shipped taxonomy.
    theme_additions: dict[str, Any] = Field(default_factory=dict)
    # Optional local path of a transformers sentiment model; empty = built-in scorer.
    sentiment_model_path: str = ""
    # On: team-level figures only, nobody named or picked (feedback.insights.works_council).
    # Off by default so that consenting agents can be thanked by name.
    works_council_mode: bool = False
    # In the mode, a team with fewer active agents is never shown on its own (a team of one is
    # one person); why 3: feedback.insights.works_council.MIN_TEAM_SIZE. At least 2: below that
    # the rule would protect nobody.
    works_council_min_team: int = Field(default=3, ge=2, le=50)
    # Column mappings the import page saved by name: name -> {our field: the file's column}.
    import_mappings: dict[str, dict[str, str]] = Field(default_factory=dict)

    @field_validator("ui_language", mode="before")
    @classmethod
    def _known_language(cls, value: object) -> object:
        """A stored language the app does not speak (a backup from a newer version, "fr") is
        the default, not an error on every page; "EN" and "de-AT" are theirs."""
        return normalize_language(value) if isinstance(value, str) else value


def load_settings(engine: Engine) -> AppSettings:
    with Session(engine) as session:
        stored = {s.key: s.value for s in session.scalars(select(Setting))}
    known = {k: v for k, v in stored.items() if k in AppSettings.model_fields}
    return AppSettings.model_validate(known)


def save_settings(engine: Engine, new: AppSettings, *, actor: str) -> list[str]:
    """Store the fields that changed (one transaction, one audit row); returns their names."""
    validated = AppSettings.model_validate(new.model_dump())
    old = load_settings(engine)
    changed = {
        key: [getattr(old, key), value]
        for key, value in validated.model_dump(mode="json").items()
        if old.model_dump(mode="json")[key] != value
    }
    if not changed:
        return []
    with transaction(engine) as session:
        for key, (_before, after) in changed.items():
            _upsert(session, key, after)
        record(
            session,
            actor=actor,
            action="edit",
            entity="settings",
            entity_id=None,
            changes={k: [_plain(b), a] for k, (b, a) in changed.items()},
        )
    return sorted(changed)


def _upsert(session: Session, key: str, value: Any) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, UiLanguage) else value

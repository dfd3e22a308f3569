"""Roles, actions and the one table that says which role may do which action.

The checks run in the service functions that do the work (:mod:`feedback.services`); pages and
navigation only follow the same table, so hiding a page is never the only protection.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from feedback.i18n import t


class Role(StrEnum):
    AGENT = "agent"
    LEAD = "lead"
    MANAGER = "manager"
    ADMIN = "admin"


class Action(StrEnum):
    VIEW_WALL = "view_wall"  # the wall, word clouds and the presentation
    VIEW_RECOGNITION = "view_recognition"  # agents: their own wall; others: every wall
    SUBMIT = "submit"
    VIEW_TRENDS = "view_trends"
    MODERATE = "moderate"  # leads: quotes of their own teams
    PRESENT = "present"  # export slides and collages
    IMPORT = "import"  # leads: into their own teams
    EDIT_SETTINGS = "edit_settings"
    CHANGE_RETENTION = "change_retention"
    MANAGE_USERS = "manage_users"
    MANAGE_TEAMS = "manage_teams"  # teams and agents
    MANAGE_CONSENT = "manage_consent"
    DELETE = "delete"  # quotes, retention purges and data-subject requests
    VIEW_AUDIT = "view_audit"


_EVERYONE = frozenset({Action.VIEW_WALL, Action.VIEW_RECOGNITION})

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.AGENT: _EVERYONE | {Action.SUBMIT},
    Role.LEAD: _EVERYONE
    | {Action.SUBMIT, Action.VIEW_TRENDS, Action.MODERATE, Action.PRESENT, Action.IMPORT},
    # Read-only: trends and walls for every team, nothing that writes.
    Role.MANAGER: _EVERYONE | {Action.VIEW_TRENDS, Action.PRESENT},
    Role.ADMIN: frozenset(Action),
}

# Actions a lead may take only on quotes and imports of the teams they lead.
TEAM_SCOPED: frozenset[Action] = frozenset({Action.MODERATE, Action.IMPORT})


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is acting: the name the audit log records, the role, and what they are linked to.

    ``team_ids`` are the teams a lead leads; ``agent_id`` links an agent's account to the
    agent record (their own wall, the submit form's default).
    """

    name: str
    role: Role
    agent_id: int | None = None
    team_ids: frozenset[int] = frozenset()

    def can(self, action: Action, team_id: int | None = None) -> bool:
        """Whether this actor may take ``action`` (on a quote or import of ``team_id``)."""
        if action not in PERMISSIONS[self.role]:
            return False
        if self.role is Role.LEAD and action in TEAM_SCOPED and team_id is not None:
            return team_id in self.team_ids
        return True

    @classmethod
    def system(cls, name: str = "cli") -> Actor:
        """The command line: whoever runs it holds the database's credentials, so it acts as
        an admin, under its own name in the audit log."""
        return cls(name=name, role=Role.ADMIN)


class NotAllowed(PermissionError):
    """An action beyond the actor's role; :meth:`message` says so in the user's language."""

    def __init__(self, actor: Actor, action: Action, team_id: int | None = None) -> None:
        self.actor = actor
        self.action = action
        self.team_id = team_id
        super().__init__(f"{actor.name} ({actor.role}) may not {action}")

    def message(self, lang: str | None) -> str:
        what = t(f"auth.action_{self.action.value}", lang)
        role = t(f"auth.role_{self.actor.role.value}", lang)
        if self.team_id is not None and self.action in PERMISSIONS[self.actor.role]:
            return t("auth.not_allowed_team", lang, action=what, role=role)
        return t("auth.not_allowed", lang, action=what, role=role)


def require(actor: Actor, action: Action, team_id: int | None = None) -> None:
    """Raise :class:`NotAllowed` unless ``actor`` may take ``action``."""
    if not actor.can(action, team_id):
        raise NotAllowed(actor, action, team_id)

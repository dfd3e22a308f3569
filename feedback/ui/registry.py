"""Every page of the app, in navigation order, with the action a role needs to see it.

dashboard.py builds the navigation from this list (only pages the signed-in role may use are
listed; the others answer "not allowed" at their URL), and the page tests are parametrised
over it.
"""

from __future__ import annotations

from dataclasses import dataclass

from feedback.auth.roles import Action, Actor


@dataclass(frozen=True, slots=True)
class PageSpec:
    path: str  # relative to the project root
    key: str  # i18n key under nav.* and the URL path
    icon: str
    section: str  # nav.section_* : who the page is for
    action: Action  # what a role must be allowed to do to see the page
    default: bool = False  # served at "/"; its own path "/<key>" leads there too


PAGES: tuple[PageSpec, ...] = (
    PageSpec(
        "pages/wall.py", "wall", ":material/favorite:", "team", Action.VIEW_WALL, default=True
    ),
    PageSpec("pages/submit.py", "submit", ":material/edit_note:", "agents", Action.SUBMIT),
    PageSpec("pages/wordclouds.py", "wordclouds", ":material/cloud:", "team", Action.VIEW_WALL),
    PageSpec(
        "pages/recognition.py",
        "recognition",
        ":material/military_tech:",
        "team",
        Action.VIEW_RECOGNITION,
    ),
    PageSpec(
        "pages/presentation.py", "presentation", ":material/slideshow:", "team", Action.VIEW_WALL
    ),
    PageSpec("pages/trends.py", "trends", ":material/monitoring:", "leads", Action.VIEW_TRENDS),
    PageSpec(
        "pages/moderation.py", "moderation", ":material/fact_check:", "leads", Action.MODERATE
    ),
    PageSpec("pages/import.py", "import", ":material/upload_file:", "leads", Action.IMPORT),
    PageSpec("pages/settings.py", "settings", ":material/settings:", "admin", Action.EDIT_SETTINGS),
    PageSpec("pages/people.py", "people", ":material/group:", "admin", Action.MANAGE_USERS),
    PageSpec("pages/audit.py", "audit", ":material/history:", "admin", Action.VIEW_AUDIT),
)


def allowed_pages(actor: Actor) -> tuple[PageSpec, ...]:
    return tuple(spec for spec in PAGES if actor.can(spec.action))

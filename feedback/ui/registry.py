"""Every page of the app, in navigation order. dashboard.py and the page tests read this list."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageSpec:
    path: str  # relative to the project root
    key: str  # i18n key under nav.* and the URL path
    icon: str
    section: str  # nav.section_* : who the page is for
    default: bool = False  # served at "/"; its own path "/<key>" leads there too


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/wall.py", "wall", ":material/favorite:", "team", default=True),
    PageSpec("pages/submit.py", "submit", ":material/edit_note:", "agents"),
    PageSpec("pages/wordclouds.py", "wordclouds", ":material/cloud:", "team"),
    PageSpec("pages/recognition.py", "recognition", ":material/military_tech:", "team"),
    PageSpec("pages/presentation.py", "presentation", ":material/slideshow:", "team"),
    PageSpec("pages/trends.py", "trends", ":material/monitoring:", "leads"),
    PageSpec("pages/moderation.py", "moderation", ":material/fact_check:", "leads"),
    PageSpec("pages/settings.py", "settings", ":material/settings:", "leads"),
)

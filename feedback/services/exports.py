"""Exports of a filtered view of quotes, as the acting user may see them.

Roles: exporting is reading figures across quotes, so it needs
:data:`~feedback.auth.roles.Action.VIEW_TRENDS` (leads, managers, admins). Quotes that are not
approved (pending, rejected, archived) are moderation material: they also need
:data:`~feedback.auth.roles.Action.MODERATE`, and a lead gets them only for the teams they lead.

Consent: agents without consent are not named, neither in the agent column nor inside the
customers' words; in works-council mode nobody is named.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import Engine

from feedback.analyze.taxonomy import load_taxonomy
from feedback.auth.roles import Action, Actor, Role, require
from feedback.domain import Status
from feedback.export import ExportFormat, export_table, render
from feedback.i18n import normalize_language
from feedback.insights import unnamed_teams, works_council
from feedback.insights.privacy import NamePrivacy
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.installation import own_system
from feedback.store.read import quotes_frame
from feedback.store.settings import AppSettings, load_settings


@dataclass(frozen=True, slots=True)
class Export:
    """The file's bytes and how many quotes it holds."""

    body: bytes
    count: int


def export_quotes(
    engine: Engine,
    actor: Actor,
    flt: QuoteFilter,
    fmt: ExportFormat | str,
    lang: str | None = None,
) -> Export:
    """The quotes matching ``flt`` (newest first) as a file in ``fmt``; headers and words of
    the human formats in ``lang``. Raises :class:`~feedback.auth.roles.NotAllowed`."""
    fmt = ExportFormat(fmt)
    flt = allowed_filter(actor, flt)
    settings = load_settings(engine)
    flt = _others_see(engine, flt, settings)
    quotes, privacy = as_others_see(engine, quotes_frame(engine, flt), settings)
    table = export_table(quotes, privacy, own_system(engine))
    lang = normalize_language(lang)
    taxonomy = load_taxonomy(settings.theme_additions or None)
    labels = {theme.id: theme.label_for(lang) for theme in taxonomy.themes}
    return Export(render(table, fmt, lang, labels), len(table))


def as_others_see(
    engine: Engine, quotes: pd.DataFrame, settings: AppSettings | None = None
) -> tuple[pd.DataFrame, NamePrivacy]:
    """``quotes`` as views others see them, and the :class:`NamePrivacy` for their texts: in
    works-council mode every quote as if its agent had not consented, and every agent's name
    hidden, and a team below the minimum group size not named either
    (:func:`feedback.insights.works_council.small_teams`); otherwise the names of agents
    without consent, whose quotes name no team where that would name them by elimination
    (:func:`feedback.insights.unnamed_teams.teamless`). The texts are not yet masked
    (``privacy.mask_frame`` or :func:`~feedback.export.export_table` do that)."""
    settings = settings or load_settings(engine)
    directory = read_directory(engine)
    mode = settings.works_council_mode
    small = works_council.small_teams(directory, mode, settings.works_council_min_team)
    quotes = works_council.team_level(quotes, mode, small)
    quotes = unnamed_teams.frame_without_team(quotes, unnamed_teams.teamless(directory, mode))
    return quotes, works_council.name_privacy(directory, mode)


def _others_see(engine: Engine, flt: QuoteFilter, settings: AppSettings) -> QuoteFilter:
    """``flt`` for an export of approved quotes, a view others see: a team filter leaves out
    the quotes that name no team (:func:`feedback.insights.unnamed_teams.no_team_quotes`).
    Moderation material (not approved) keeps every quote of the teams asked for."""
    if set(flt.statuses or tuple(Status)) - {Status.APPROVED.value}:
        return dataclasses.replace(flt, teamless_ids=(), unnamed_ids=())
    directory = read_directory(engine)
    return unnamed_teams.no_team_quotes(flt, directory, settings.works_council_mode)


def allowed_filter(actor: Actor, flt: QuoteFilter) -> QuoteFilter:
    """``flt`` as ``actor`` may export it (see the module docstring); raises NotAllowed."""
    require(actor, Action.VIEW_TRENDS)
    unapproved = set(flt.statuses or tuple(Status)) - {Status.APPROVED.value}
    if not unapproved:
        return flt
    require(actor, Action.MODERATE)
    if actor.role is not Role.LEAD:
        return flt
    own = tuple(sorted(actor.team_ids))
    teams = tuple(t for t in flt.team_ids if t in actor.team_ids) if flt.team_ids else own
    # A lead without teams, or asking only for other teams, gets nothing: -1 is no team id.
    return dataclasses.replace(flt, team_ids=teams or (-1,))

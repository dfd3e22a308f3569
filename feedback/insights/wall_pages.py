"""The wall from typed pages (:mod:`feedback.store.wall_queries`) instead of a frame of every
quote: the same cards, order, total and quote of the week as :func:`feedback.insights.wall.
build_wall` over the same quotes (tests compare both on SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Sequence

from feedback.insights import unnamed_teams
from feedback.insights.privacy import NamePrivacy
from feedback.insights.wall import (
    PAGE_SIZE,
    Card,
    WallView,
    card_from_row,
    emoji_in,
    warmth,
)
from feedback.store.wall_queries import PageKey, WallQuote, page_key

# Quote of the week: the warmest quote of these many days up to today (as build_wall).
WEEK_DAYS = 7


def team_level(
    quotes: Sequence[WallQuote],
    works_council_mode: bool,
    small: Collection[int] = frozenset(),
    teamless: Collection[int] = frozenset(),
) -> tuple[WallQuote, ...]:
    """In works-council mode every quote as if its agent had not consented (cards name the
    team) and a ``small`` team's quote without its team, as
    :func:`feedback.insights.works_council.team_level` does for frames. Outside the mode, a
    quote of an agent without consent in a ``teamless`` team names no team
    (:func:`feedback.insights.unnamed_teams.teamless`)."""
    if not works_council_mode:
        return unnamed_teams.quotes_without_team(quotes, teamless)
    return tuple(
        dataclasses.replace(q, agent_consent=False, team_id=None, team=None)
        if q.team_id in small
        else dataclasses.replace(q, agent_consent=False)
        for q in quotes
    )


def pick_of_the_week(candidates: Sequence[WallQuote]) -> WallQuote | None:
    """The warmest of ``candidates``; ties go to more emoji, then the newer quote."""
    if not candidates:
        return None
    return max(
        candidates,
        key=lambda q: (
            warmth(q.sentiment_compound, q.emotions),
            len(emoji_in(q.text)),
            q.said_on,
            q.id,
        ),
    )


def page_sizes(shown: int, highlighted: bool) -> tuple[int, int]:
    """(cards wanted, size of the first page): ``shown`` counts the quote of the week, which
    takes a place of the first page; later pages hold :data:`PAGE_SIZE` cards each."""
    want = max(0, shown - highlighted)
    return want, max(0, PAGE_SIZE - highlighted)


def collect_pages(
    read: Callable[[PageKey | None, int], Sequence[WallQuote]], want: int, first_page: int
) -> tuple[WallQuote, ...]:
    """The first ``want`` quotes, newest first, read page by page with ``read(after, size)``:
    the first page holds ``first_page``, later ones :data:`PAGE_SIZE`, each starting after
    the last quote of the one before (a keyset), so a cached reader reads only the new page
    when "show more" asks for one more."""
    quotes: list[WallQuote] = []
    after: PageKey | None = None
    size = first_page
    while len(quotes) < want:
        page = read(after, min(size, want - len(quotes)))
        quotes.extend(page)
        if len(page) < size or not page:
            break
        after, size = page_key(page[-1]), PAGE_SIZE
    return tuple(quotes[:want])


def wall_view(
    quotes: Sequence[WallQuote],
    *,
    total: int,
    highlight: WallQuote | None,
    names: NamePrivacy | None,
    works_council_mode: bool,
    small_teams: Collection[int] = frozenset(),
    teamless: Collection[int] = frozenset(),
) -> WallView:
    """The view of the cards' quotes (in order), the number of matching quotes besides the
    quote of the week (``total``) and the quote of the week itself. A quote of ``small_teams``
    names no team (works-council mode), and so does an unnamed quote of ``teamless`` ones."""
    shown = team_level(quotes, works_council_mode, small_teams, teamless)
    best = (
        team_level([highlight], works_council_mode, small_teams, teamless)[0]
        if highlight is not None
        else None
    )
    return WallView(
        cards=tuple(card(q, names) for q in shown),
        total=total,
        highlight=card(best, names) if best is not None else None,
    )


def card(quote: WallQuote, names: NamePrivacy | None) -> Card:
    """One quote's card (see :func:`feedback.insights.wall.card_from_row`)."""
    return card_from_row(quote.as_row(), names)

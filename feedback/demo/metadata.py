"""What the ticket system and moderation add to a quote: source, ids, rating, tags, status.

Functions of one quote's facts and a ``random()``; no state except the ticket counters. The
rates are fractions of quotes unless said otherwise, each with the reason for its size.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from feedback.demo.writing import Composed
from feedback.domain import Channel, Source, Status

Kind = Literal["praise", "mixed", "complaint"]
Random = Callable[[], float]

# Chance that a quote was imported from the ticket system, by channel: mails and chats are
# tickets with a satisfaction survey; phone calls rarely, reviews and letters never. Calibrated
# to about 25 % imported overall.
P_IMPORT = {
    Channel.EMAIL: 0.40,
    Channel.CHAT: 0.38,
    Channel.WHATSAPP: 0.28,
    Channel.SMS: 0.2,
    Channel.SOCIAL: 0.2,
    Channel.PHONE: 0.09,
    Channel.REVIEW: 0.0,
    Channel.OTHER: 0.0,
}
# Unhappy customers answer surveys more eagerly than happy ones.
NEGATIVE_IMPORT_BOOST = 1.5
# Manual quotes carry a rating when the agent copied it from the survey; reviews always have
# stars; imports always carry the survey score. Together about 40 % of quotes.
P_MANUAL_RATING = 0.14
# Share of 0-10 survey scores (NPS style) instead of five stars, by where the rating came from.
P_TEN_POINT = {"zendesk": 0.12, "freshdesk": 0.6, "manual": 0.15}
# External ids: first ticket number of each system and the largest gap between two praised
# tickets (most tickets carry no praise at all).
TICKET_SYSTEMS = {"zendesk": ("zd", 184_000, 60), "freshdesk": ("fd", 52_000, 25)}

# Moderation. The last days are still in the queue; older pending ones are the backlog;
# some positive ones were rejected (off-topic, wrong agent); the oldest were archived.
RECENT_DAYS = 10
P_RECENT_PENDING = {Source.MANUAL: 0.75, Source.IMPORT: 0.45}
P_BACKLOG_PENDING = 0.07
P_REJECTED = 0.015
ARCHIVE_BEFORE = 0.35  # fraction of the period: only the oldest third is archived
P_ARCHIVED = 0.11  # of those old quotes (fewer, because of the adoption trend): ~2 % overall
P_COMPLAINT_REJECTED = 0.55  # the rest wait in the queue
P_MIXED_PENDING, P_MIXED_REJECTED = 0.5, 0.2  # the rest were approved: the praise outweighs

# Tags agents add: the topic's tag sometimes, first-contact resolution, team praise, ...
P_TOPIC_TAG = 0.25
P_FIRST_CONTACT = 0.35  # of quotes praising a solved problem
P_FIRST_CONTACT_ANY = 0.03
P_TEAM_TAG = 0.3
P_CSAT_TAG = 0.3  # imported quotes tagged by the ticket system's survey
P_SEASON_TAG = {"christmas": 0.9, "newyear": 0.5, "easter": 0.5}
SEASON_TAGS = {"christmas": "Weihnachten", "newyear": "Neujahr", "easter": "Ostern"}


def is_imported(random_: Random, channel: Channel, kind: Kind) -> bool:
    """Whether the quote came in through the ticket system's import."""
    boost = 1.0 if kind == "praise" else NEGATIVE_IMPORT_BOOST
    return random_() < P_IMPORT[channel] * boost


def rating(
    random_: Random, system: str | None, channel: Channel, kind: Kind
) -> tuple[float | None, int | None]:
    """(rating, scale): a survey score in line with the quote's sentiment, or no rating."""
    if system is None and channel is not Channel.REVIEW and random_() >= P_MANUAL_RATING:
        return None, None
    ten = channel is not Channel.REVIEW and random_() < P_TEN_POINT[system or "manual"]
    roll = random_()
    if kind == "complaint":
        value = 1 if roll < 0.7 else 2
    elif kind == "mixed":
        value = 2 if roll < 0.3 else 3 if roll < 0.75 else 4
    else:
        value = 5 if roll < 0.72 else 4 if roll < 0.96 else 3
    if ten:  # the same sentiment on a 0..10 survey (validation wants at least 1)
        return float(max(1, value * 2 - (1 if random_() < 0.35 else 0))), 10
    return float(value), 5


def tags(
    random_: Random,
    composed: Composed,
    topic_tag: str | None,
    *,
    team_praise: bool,
    kind: Kind,
    system: str | None,
) -> tuple[str, ...]:
    """The tags an agent (or the ticket system) put on the quote, German like the team."""
    found: list[str] = []
    season = composed.seasonal
    if season is not None and random_() < P_SEASON_TAG[season]:
        found.append(SEASON_TAGS[season])
    if composed.churn_saved:
        found.append("Kündigung verhindert")
    if topic_tag is not None and random_() < P_TOPIC_TAG:
        found.append(topic_tag)
    if kind == "praise":
        solved = "problem_solved" in composed.themes
        if random_() < (P_FIRST_CONTACT if solved else P_FIRST_CONTACT_ANY):
            found.append("Erstkontakt")
        if team_praise and random_() < P_TEAM_TAG:
            found.append("Teamlob")
    else:
        found.append("Eskalation" if kind == "mixed" else "Beschwerde")
    if system is not None and random_() < P_CSAT_TAG:
        found.append("CSAT")
    return tuple(dict.fromkeys(found))  # drops repeats, keeps the order


def status(random_: Random, *, age: int, position: float, source: Source, kind: Kind) -> Status:
    """Where the quote is in moderation. ``age`` in days before the end of the period,
    ``position`` in the period from 0.0 (first day) to 1.0 (last)."""
    roll = random_()
    if kind == "complaint":
        return Status.REJECTED if roll < P_COMPLAINT_REJECTED else Status.PENDING
    if kind == "mixed":
        if roll < P_MIXED_PENDING:
            return Status.PENDING
        return Status.REJECTED if roll < P_MIXED_PENDING + P_MIXED_REJECTED else Status.APPROVED
    if age < RECENT_DAYS:
        return Status.PENDING if roll < P_RECENT_PENDING[source] else Status.APPROVED
    if roll < P_BACKLOG_PENDING:
        return Status.PENDING
    if roll < P_BACKLOG_PENDING + P_REJECTED:
        return Status.REJECTED
    if position < ARCHIVE_BEFORE and random_() < P_ARCHIVED:
        return Status.ARCHIVED
    return Status.APPROVED


class TicketCounter:
    """Ticket numbers per system, rising with time like real ones ("zd-184223")."""

    __slots__ = ("_next",)

    def __init__(self, random_: Random) -> None:
        self._next = {
            system: base + int(random_() * 1000) for system, (_, base, _) in TICKET_SYSTEMS.items()
        }

    def next_id(self, random_: Random, system: str) -> str:
        """The id of the next praised ticket of ``system`` (quotes come oldest first)."""
        prefix, _, gap = TICKET_SYSTEMS[system]
        self._next[system] += 1 + int(random_() * gap)
        return f"{prefix}-{self._next[system]}"

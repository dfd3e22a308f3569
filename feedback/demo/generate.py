"""Seeded, deterministic demo data: what a new Love Wall user sees before their own quotes arrive.

``generate_demo(seed, n_quotes, end, months)`` returns six teams, forty agents and ``n_quotes``
quotes over the ``months`` months up to ``end``. Same arguments, same output, on every run:
all randomness comes from one ``random.Random(seed)``, nothing iterates a set, and the only
clock read is the default ``end = date.today()``.

What makes it feel like a real contact centre, and where it is decided:

* who and when: teams, agents and their praise skew in ``people``; volume by weekday, season,
  holidays and adoption trend in ``calendar``;
* what is said: ``compose`` with the phrase banks ``phrases_de*`` / ``phrases_en*``;
* metadata (this module): language, channel, source and ticket ids, ratings, tags, moderation
  status, phone paraphrases, mixed and negative quotes, personal data.

Quotes come out oldest first. Near-duplicates that the store would reject (same words for the
same recipient, ignoring case and punctuation) are re-drawn.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date
from hashlib import blake2b
from itertools import accumulate

from feedback.demo import metadata
from feedback.demo.calendar import daily_weights, period_start
from feedback.demo.compose import Composer
from feedback.demo.metadata import Kind, TicketCounter
from feedback.demo.models import DemoAgent, DemoData, DemoQuote, DemoTeam
from feedback.demo.people import AGENTS, BILLING, SOCIAL, TEAMS, TECH, demo_agents, demo_teams
from feedback.demo.phrases_de import BANK_DE
from feedback.demo.phrases_en import BANK_EN
from feedback.demo.roster import DayInfo, Roster, day_infos
from feedback.demo.templates import Picker
from feedback.demo.writing import Composed, Shape, Voice
from feedback.domain import Channel, Source

__all__ = [
    "DEFAULT_SEED",
    "DemoAgent",
    "DemoData",
    "DemoQuote",
    "DemoTeam",
    "generate_demo",
    "generate_demo_quotes",
    "iter_demo_quotes",
]

DEFAULT_SEED = 20261123
DEFAULT_QUOTES = 3000
DEFAULT_MONTHS = 18

# --- the mix (fractions of quotes unless said otherwise) ----------------------------------------

# Praise for the whole team rather than one person ("Danke an das ganze Team!").
P_TEAM_PRAISE = 0.12
# Complaints are as often about "the company" as about a person.
P_COMPLAINT_TO_TEAM = 0.5
# Mixed or negative quotes that slip into the collection; moderation should catch them.
# The January billing bump below adds about half a point, for about 4 % in all.
P_NEGATIVE = 0.035
P_MIXED_OF_NEGATIVE = 0.55  # the rest are outright complaints
# January: the annual energy bills arrive. The billing team hears from more people, more of
# them are upset before they are grateful, and more of it is about the bill.
JANUARY_BILLING_VOLUME = 1.9
JANUARY_BILLING_NEGATIVE = 2.5
P_JANUARY_BILL_TOPIC = 0.5
# Weekends and holidays: the social media team and the (24/7) hotline carry the service.
WEEKEND_TEAM_BOOST = {SOCIAL: 3.0, TECH: 1.5}
# Phone quotes noted down in the agent's words rather than the customer's.
P_PHONE_PARAPHRASE = 0.28
# Personal data in the raw text, by channel (about 6 % overall): people paste contact details
# into mails and chats, rarely into public posts or reviews.
P_PII = {
    Channel.EMAIL: 0.11,
    Channel.OTHER: 0.10,
    Channel.CHAT: 0.06,
    Channel.WHATSAPP: 0.06,
    Channel.SMS: 0.05,
    Channel.SOCIAL: 0.03,
    Channel.REVIEW: 0.01,
    Channel.PHONE: 0.03,
}
P_NEGATIVE_PII = 0.15  # complaints quote their customer number more often
# Who types in a manual quote about an agent: the agent, the team lead, else a team mate.
P_SUBMIT_SELF = 0.6
P_SUBMIT_LEAD = 0.1
# How a text names the agent it talks about: "Frau Meier", "Anna", "Anna Meier".
THIRD_PERSON_NAME = (0.45, 0.4, 0.15)
# Redraws when a text repeats (same words for the same recipient); after that it is kept.
MAX_REDRAWS = 4
# What ``feedback.collect.fingerprint`` ignores when it compares texts: whitespace, punctuation
# and quotes. Folding costs a quarter of the generation time, and only short texts ("Danke!",
# "Danke!!") realistically differ in punctuation alone, so longer ones are compared case-folded.
_FOLD = re.compile(r"[\s.,;:!?\"'“”„‚‘’«»()\-–—]+")
SHORT_TEXT = 80

_BANKS = {"de": BANK_DE, "en": BANK_EN}


def generate_demo(
    seed: int = DEFAULT_SEED,
    n_quotes: int = DEFAULT_QUOTES,
    end: date | None = None,
    months: int = DEFAULT_MONTHS,
) -> DemoData:
    """Teams, agents and ``n_quotes`` quotes over ``months`` months ending at ``end`` (today).

    Same (seed, n_quotes, end, months) → identical output.
    """
    return DemoData(
        teams=demo_teams(),
        agents=demo_agents(),
        quotes=generate_demo_quotes(seed, n_quotes, end, months),
    )


def generate_demo_quotes(
    seed: int = DEFAULT_SEED,
    n_quotes: int = DEFAULT_QUOTES,
    end: date | None = None,
    months: int = DEFAULT_MONTHS,
) -> tuple[DemoQuote, ...]:
    """Only the quotes of ``generate_demo`` (identical to its ``quotes``), oldest first."""
    return tuple(iter_demo_quotes(seed, n_quotes, end, months))


def iter_demo_quotes(
    seed: int = DEFAULT_SEED,
    n_quotes: int = DEFAULT_QUOTES,
    end: date | None = None,
    months: int = DEFAULT_MONTHS,
) -> Iterator[DemoQuote]:
    """The quotes of ``generate_demo`` one by one, for seeding a million without holding them."""
    if n_quotes < 0:
        raise ValueError("n_quotes must not be negative")
    end = end if end is not None else date.today()
    start = period_start(end, months)
    return _Generator(random.Random(seed), start, end).run(n_quotes)


class _Generator:
    """One generation run: the RNG, the period and the running state (dedupe, ticket ids)."""

    def __init__(self, rng: random.Random, start: date, end: date) -> None:
        self.rng = rng
        self.random = rng.random
        self.picker = Picker(rng)
        self.composer = Composer(self.picker, _BANKS)
        self.days, self.cum_weights = daily_weights(start, end, rng)
        self.day_info = day_infos(self.days, end)
        self.rosters = tuple(
            Roster(team, [a for a in AGENTS if a.team == team.name], len(self.days), _BANKS)
            for team in TEAMS
        )
        # Cumulative team weights for each kind of day: (January?, weekend?).
        self.team_cum = {
            (january, weekend): _team_cum(january=january, weekend=weekend)
            for january in (False, True)
            for weekend in (False, True)
        }
        self.channel_cum = tuple(
            (tuple(t.channels), tuple(accumulate(t.channels.values()))) for t in TEAMS
        )
        # 8-byte digests rather than the texts: a million quotes are remembered in about
        # 150 MB instead of 400 MB (a collision, about one in 10^7 runs, only skips a text).
        self.seen: set[bytes] = set()
        self.seen_texts: set[bytes] = set()
        self.tickets = TicketCounter(self.random)

    def run(self, n_quotes: int) -> Iterator[DemoQuote]:
        """``n_quotes`` quotes on days drawn by volume, oldest first, one at a time."""
        if n_quotes == 0:
            return
        picks = self.rng.choices(range(len(self.days)), cum_weights=self.cum_weights, k=n_quotes)
        picks.sort()
        for day_index in picks:
            yield self._quote(day_index)

    def _quote(self, day_index: int) -> DemoQuote:
        """One quote said on day ``day_index``: who, where, what, and what happened to it."""
        random_ = self.random
        info = self.day_info[day_index]
        cum = self.team_cum[(info.january, info.weekend)]
        team_index = bisect_right(cum, random_() * cum[-1])
        roster = self.rosters[team_index]
        team = roster.team
        lang = "en" if random_() < team.english_share else "de"
        billing_bump = info.january and team.name == BILLING
        kind = _kind(random_, billing_bump)
        channels, channel_cum = self.channel_cum[team_index]
        channel = channels[bisect_right(channel_cum, random_() * channel_cum[-1])]
        active, active_cum = roster.active(day_index)
        if kind == "mixed":
            team_praise = False  # mixed quotes always praise someone despite everything
        else:
            team_praise = random_() < (P_TEAM_PRAISE if kind == "praise" else P_COMPLAINT_TO_TEAM)
        agent = (
            None if team_praise else active[bisect_right(active_cum, random_() * active_cum[-1])]
        )
        topic_key = team.topics[int(random_() * len(team.topics))]
        if billing_bump and random_() < P_JANUARY_BILL_TOPIC:
            topic_key = "rechnung"
        paraphrased = (
            channel is Channel.PHONE and kind == "praise" and random_() < P_PHONE_PARAPHRASE
        )
        pii = random_() < (P_PII[channel] if kind == "praise" else P_NEGATIVE_PII)
        composed = self._compose(
            lang, roster, agent, topic_key, channel, info, kind, paraphrased, pii, billing_bump
        )
        system = team.import_system if metadata.is_imported(random_, channel, kind) else None
        source = Source.MANUAL if system is None else Source.IMPORT
        rating, scale = metadata.rating(random_, system, channel, kind)
        return DemoQuote(
            text=composed.text,
            channel=channel,
            said_on=info.day,
            agent_handle=None if agent is None else roster.handles[agent],
            team=team.name,
            submitted_by=(
                self._submitter(roster, active, agent, paraphrased)
                if system is None
                else f"import:{system}"
            ),
            rating=rating,
            rating_scale=scale,
            tags=metadata.tags(
                random_,
                composed,
                _BANKS[lang].topics[topic_key].tag,
                team_praise=team_praise,
                kind=kind,
                system=system,
            ),
            source=source,
            source_system=system,
            external_id=None if system is None else self.tickets.next_id(random_, system),
            verbatim=(not paraphrased) if channel is Channel.PHONE else None,
            status=metadata.status(
                random_, age=info.age, position=info.position, source=source, kind=kind
            ),
        )

    def _compose(
        self,
        lang: str,
        roster: Roster,
        agent: int | None,
        topic_key: str,
        channel: Channel,
        info: DayInfo,
        kind: Kind,
        paraphrased: bool,
        pii: bool,
        billing: bool,
    ) -> Composed:
        """The text, redrawn while the store would call it a duplicate (a few times at most)."""
        topic = _BANKS[lang].topics[topic_key]
        # The store's duplicate key: an agent's id, or the team's when it is team praise.
        team_id = TEAMS.index(roster.team) + 1
        recipient = (roster.ids[agent], None) if agent is not None else (None, team_id)
        composed = Composed("")
        for attempt in range(MAX_REDRAWS):
            voice = self._voice(lang, roster, agent)
            if kind != "praise":
                composed = self.composer.negative(
                    lang,
                    voice,
                    topic,
                    mixed=kind == "mixed",
                    billing=billing,
                    pii=pii,
                    attempt=attempt,
                )
            elif paraphrased:
                composed = self.composer.paraphrase(lang, pii=pii, attempt=attempt)
            else:
                composed = self.composer.praise(
                    lang,
                    voice,
                    topic,
                    channel,
                    info.season,
                    roster.theme_cum,
                    pii=pii,
                    # A repeat was most likely a short one: try a longer text next.
                    shape=Shape.MEDIUM if attempt >= 2 else None,
                )
            if self._is_new(composed.text, *recipient):
                break
        return composed

    def _voice(self, lang: str, roster: Roster, agent: int | None) -> Voice:
        """How the text names and addresses its recipient."""
        if agent is None:
            one = self.picker.one
            bank = _BANKS[lang]
            third = one(bank.team_thirds)
            return Voice(
                formal_vocative=one(bank.team_vocatives),
                informal_vocative=one(bank.team_vocatives_informal),
                third=third,
                third_oblique=third,  # all team words are neuter: "an das Team"
                salutation_key="team",
                is_agent=False,
            )
        formal, first, full = roster.names[lang][agent]
        roll = self.random()
        if roll < THIRD_PERSON_NAME[0]:
            third = formal
        elif roll < THIRD_PERSON_NAME[0] + THIRD_PERSON_NAME[1]:
            third = first
        else:
            third = full
        # German declines "Herr": "Lob an Herrn Becker". Everything else stays as it is.
        oblique = "Herrn" + third[4:] if third.startswith("Herr ") else third
        return Voice(formal, first, third, oblique, roster.agents[agent].gender, is_agent=True)

    def _is_new(self, text: str, agent_id: int | None, team_id: int | None) -> bool:
        """Whether ``text`` is new: not a duplicate in the store's sense (same words for the
        same recipient, see ``feedback.collect.fingerprint``) and not the exact text of any
        earlier quote. New texts are remembered."""
        folded = text.casefold()
        if len(folded) < SHORT_TEXT:
            folded = _FOLD.sub(" ", folded).strip()
        key = f"{agent_id}|{team_id}|{folded}"
        key_digest, text_digest = _digest(key), _digest(text)
        if key_digest in self.seen or text_digest in self.seen_texts:
            return False
        self.seen.add(key_digest)
        self.seen_texts.add(text_digest)
        return True

    def _submitter(
        self, roster: Roster, active: tuple[int, ...], agent: int | None, paraphrased: bool
    ) -> str:
        """The handle of whoever typed the quote in."""
        roll = self.random()
        if agent is not None and (paraphrased or roll < P_SUBMIT_SELF):
            return roster.handles[agent]  # they took the call or read the mail themselves
        if roll < P_SUBMIT_SELF + P_SUBMIT_LEAD or len(active) == 1:
            return roster.handles[roster.lead]
        mates = [i for i in active if i != agent]
        return roster.handles[mates[int(self.random() * len(mates))]]


def _digest(text: str) -> bytes:
    return blake2b(text.encode(), digest_size=8).digest()


def _kind(random_: metadata.Random, billing_bump: bool) -> Kind:
    """Praise, or (rarely) a mixed quote or a complaint."""
    if random_() >= P_NEGATIVE * (JANUARY_BILLING_NEGATIVE if billing_bump else 1.0):
        return "praise"
    return "mixed" if random_() < P_MIXED_OF_NEGATIVE else "complaint"


def _team_cum(*, january: bool, weekend: bool) -> tuple[float, ...]:
    """Cumulative team weights for a kind of day."""
    weights = []
    for team in TEAMS:
        weight = team.volume
        if january and team.name == BILLING:
            weight *= JANUARY_BILLING_VOLUME
        if weekend:
            weight *= WEEKEND_TEAM_BOOST.get(team.name, 1.0)
        weights.append(weight)
    return tuple(accumulate(weights))

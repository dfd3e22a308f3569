"""Demo languages, channels and dates: shares, seasons, weekdays, trends."""

from __future__ import annotations

import collections
import re
from datetime import date

from feedback.demo import DemoQuote
from feedback.demo.calendar import easter_sunday, period_start
from feedback.domain import Channel
from tests.demo.conftest import END, MONTHS, is_english, share

# --- language, channels, dates ----------------------------------------------------------------


def test_language_share(quotes: tuple[DemoQuote, ...]) -> None:
    english = share(quotes, lambda q: is_english(q.text))
    assert 0.12 <= english <= 0.25
    umlauts = share(quotes, lambda q: re.search("[äöüßÄÖÜ]", q.text) is not None)
    assert umlauts >= 0.4  # umlauts and ß everywhere


def test_every_channel_present_with_team_flavour(quotes: tuple[DemoQuote, ...]) -> None:
    assert {q.channel for q in quotes} == set(Channel)
    by_team: dict[str, collections.Counter[Channel]] = collections.defaultdict(collections.Counter)
    for q in quotes:
        by_team[q.team][q.channel] += 1
    social_top = {c for c, _ in by_team["Social Media & Chat"].most_common(3)}
    assert social_top == {Channel.SOCIAL, Channel.WHATSAPP, Channel.CHAT}
    assert by_team["Technik-Hotline"].most_common(1)[0][0] is Channel.PHONE


def test_dates_within_period_and_sorted(quotes: tuple[DemoQuote, ...]) -> None:
    start = period_start(END, MONTHS)
    assert start == date(2025, 5, 23)
    days = [q.said_on for q in quotes]
    assert days == sorted(days)
    assert start <= days[0]
    assert days[-1] <= END


def test_seasonality_weekdays_and_trend(quotes: tuple[DemoQuote, ...]) -> None:
    months = collections.Counter((q.said_on.year, q.said_on.month) for q in quotes)
    december = months[(2025, 12)]
    assert december > months[(2025, 7)]
    assert december > months[(2026, 7)]  # even though the trend favours the later July
    assert december == max(months.values())
    weekdays = collections.Counter(q.said_on.weekday() for q in quotes)
    assert weekdays[6] < weekdays[5] < min(weekdays[d] for d in range(5))
    assert weekdays[6] < 0.04 * len(quotes)
    # The team adopted the tool over time: the same months a year later bring clearly more.
    summer_autumn = range(6, 11)
    first = sum(months[(2025, m)] for m in summer_autumn)
    second = sum(months[(2026, m)] for m in summer_autumn)
    assert second > 1.3 * first


def test_christmas_greetings_in_season_only(quotes: tuple[DemoQuote, ...]) -> None:
    christmas = [q for q in quotes if "Weihnachten" in q.tags]
    assert len(christmas) >= 20
    assert all((q.said_on.month, q.said_on.day) >= (11, 28) for q in christmas)
    assert any(re.search("Weihnacht|Frohes Fest|Christmas", q.text) for q in christmas)
    assert easter_sunday(2026) == date(2026, 4, 5)


def test_january_brings_billing_complaints(quotes: tuple[DemoQuote, ...]) -> None:
    def billing_share(month: int) -> float:
        in_month = [q for q in quotes if q.said_on.month == month]
        return share(in_month, lambda q: q.team == "Rechnung & Vertrag")

    assert billing_share(1) > 1.3 * billing_share(3)

"""The demo data generator: determinism, shape of the data, realism, and what the pipeline needs.

One 3,000-quote data set (the default size) with a fixed end date is generated once per module
and shared; tests that need other arguments generate small sets of their own.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

import pytest

from feedback.collect.fingerprint import fingerprint
from feedback.collect.normalize import normalize_text
from feedback.collect.validate import validate_draft
from feedback.demo import (
    DemoData,
    DemoQuote,
    generate_demo,
    generate_demo_quotes,
)
from feedback.demo.calendar import easter_sunday, period_start
from feedback.demo.people import CUSTOMER_NAMES_DE, CUSTOMER_NAMES_EN, handle_for
from feedback.demo.pii import iban_is_valid
from feedback.demo.templates import expand
from feedback.domain import (
    MAX_QUOTE_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    Channel,
    QuoteDraft,
    Source,
    Status,
)

END = date(2026, 11, 23)
MONTHS = 18

# Crude language markers: frequent function words and German letters.
GERMAN = re.compile(
    r"\b(und|ich|Sie|du|ihr|danke|dank|der|die|das|nicht|mit|für|ist|war|sehr|wirklich|mir"
    r"|Kundin|Kunde|Kd|hat|alles|Herr|Frau|euch|dir)\b|[äöüßÄÖÜ]",
    re.IGNORECASE,
)
ENGLISH = re.compile(
    r"\b(the|you|your|thanks|thank|and|my|was|is|it|I|me|with|so|for|customer|caller)\b",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?:\+49[ (]|\b0)\(?0?\)?\d{2,4}[ /)-]{1,2}\d{3,}")
IBAN = re.compile(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b")


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate_demo(end=END, months=MONTHS)


@pytest.fixture(scope="module")
def quotes(data: DemoData) -> tuple[DemoQuote, ...]:
    return data.quotes


def share(items: Sequence[DemoQuote], pred: Callable[[DemoQuote], bool]) -> float:
    return sum(1 for q in items if pred(q)) / len(items)


def is_english(text: str) -> bool:
    return len(ENGLISH.findall(text)) > len(GERMAN.findall(text))


# --- determinism and API ----------------------------------------------------------------------


def test_same_arguments_give_identical_output() -> None:
    first = generate_demo(seed=7, n_quotes=400, end=END)
    second = generate_demo(seed=7, n_quotes=400, end=END)
    assert first == second


def test_different_seeds_give_different_quotes() -> None:
    a = generate_demo_quotes(seed=1, n_quotes=300, end=END)
    b = generate_demo_quotes(seed=2, n_quotes=300, end=END)
    assert a != b
    assert len({q.text for q in a} & {q.text for q in b}) < 60  # mostly different texts


def test_quotes_function_matches_generate_demo() -> None:
    assert generate_demo_quotes(seed=3, n_quotes=200, end=END) == (
        generate_demo(seed=3, n_quotes=200, end=END).quotes
    )


def test_default_end_is_today_and_nothing_lies_in_the_future() -> None:
    quotes = generate_demo_quotes(n_quotes=300)
    assert max(q.said_on for q in quotes) <= date.today()


def test_edge_arguments() -> None:
    assert generate_demo(n_quotes=0, end=END).quotes == ()
    assert len(generate_demo(n_quotes=5, end=END, months=1).quotes) == 5
    with pytest.raises(ValueError):
        generate_demo(n_quotes=-1, end=END)
    with pytest.raises(ValueError):
        generate_demo(end=END, months=0)


# --- teams and agents -------------------------------------------------------------------------


def test_counts(data: DemoData) -> None:
    assert len(data.teams) == 6
    assert len({t.name for t in data.teams}) == 6
    assert len(data.agents) == 40
    assert len(data.quotes) == 3000


def test_agents_are_spread_over_teams_with_unique_handles(data: DemoData) -> None:
    team_names = {t.name for t in data.teams}
    per_team = collections.Counter(a.team for a in data.agents)
    assert set(per_team) == team_names
    assert min(per_team.values()) >= 4
    handles = [a.handle for a in data.agents]
    assert len(set(handles)) == 40
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*", h) for h in handles)
    assert handle_for("Mehmet", "Yılmaz") == "mehmet.yilmaz"
    assert handle_for("Fatma", "Öztürk") == "fatma.oeztuerk"


def test_about_three_quarters_consent_to_be_named(data: DemoData) -> None:
    consenting = sum(a.consent_named for a in data.agents)
    assert 26 <= consenting <= 34


def test_praise_is_skewed_and_newcomers_start_later(quotes: tuple[DemoQuote, ...]) -> None:
    per_agent = collections.Counter(q.agent_handle for q in quotes if q.agent_handle)
    counts = sorted(per_agent.values(), reverse=True)
    assert counts[0] >= 5 * counts[-1]
    top_five = sum(counts[:5]) / sum(counts)
    assert 0.18 <= top_five <= 0.4
    start = period_start(END, MONTHS)
    first_seen: dict[str, date] = {}
    for q in quotes:
        if q.agent_handle:
            first_seen.setdefault(q.agent_handle, q.said_on)
    late = [h for h, d in first_seen.items() if d > start + timedelta(days=120)]
    assert 4 <= len(late) <= 12  # the newcomers, not everyone


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


# --- moderation, sources, ratings, tags -------------------------------------------------------


def test_status_mix(quotes: tuple[DemoQuote, ...]) -> None:
    counts = collections.Counter(q.status for q in quotes)
    shares = {s: counts[s] / len(quotes) for s in Status}
    assert 0.80 <= shares[Status.APPROVED] <= 0.90
    assert 0.06 <= shares[Status.PENDING] <= 0.14
    assert 0.015 <= shares[Status.REJECTED] <= 0.05
    assert 0.01 <= shares[Status.ARCHIVED] <= 0.04
    archived = [q.said_on for q in quotes if q.status is Status.ARCHIVED]
    assert max(archived) < period_start(END, 11)  # only old ones are archived
    recent = [q for q in quotes if q.said_on > END - timedelta(days=7)]
    assert share(recent, lambda q: q.status is Status.PENDING) > 0.4  # the queue


def test_negative_quotes_are_rare_and_mostly_held_back(quotes: tuple[DemoQuote, ...]) -> None:
    negative = [q for q in quotes if {"Beschwerde", "Eskalation"} & set(q.tags)]
    assert 0.025 <= len(negative) / len(quotes) <= 0.06
    held = share(negative, lambda q: q.status in (Status.PENDING, Status.REJECTED))
    assert held >= 0.7
    mixed = [q for q in negative if "Eskalation" in q.tags]
    assert all(q.agent_handle is not None for q in mixed)  # mixed ones still praise someone


def test_sources_and_external_ids(quotes: tuple[DemoQuote, ...]) -> None:
    imported = [q for q in quotes if q.source is Source.IMPORT]
    assert 0.2 <= len(imported) / len(quotes) <= 0.3
    assert {q.source_system for q in imported} == {"zendesk", "freshdesk"}
    for q in imported:
        assert q.submitted_by == f"import:{q.source_system}"
        assert q.rating is not None
        prefix = "zd" if q.source_system == "zendesk" else "fd"
        assert q.external_id is not None
        assert re.fullmatch(prefix + r"-\d+", q.external_id)
    ids = [q.external_id for q in imported]
    assert len(set(ids)) == len(ids)
    for system in ("zendesk", "freshdesk"):
        numbers = [int(str(q.external_id)[3:]) for q in imported if q.source_system == system]
        assert numbers == sorted(numbers)  # ticket numbers rise with time
    manual = [q for q in quotes if q.source is Source.MANUAL]
    assert all(q.source_system is None and q.external_id is None for q in manual)


def test_submitters_and_agents_exist(data: DemoData) -> None:
    agents = {a.handle: a for a in data.agents}
    team_names = {t.name for t in data.teams}
    for q in data.quotes:
        assert q.team in team_names
        if q.agent_handle is not None:
            assert agents[q.agent_handle].team == q.team
        if q.source is Source.MANUAL:
            assert agents[q.submitted_by].team == q.team
    manual = [q for q in data.quotes if q.source is Source.MANUAL and q.agent_handle]
    assert 0.45 <= share(manual, lambda q: q.submitted_by == q.agent_handle) <= 0.85
    assert 0.08 <= share(data.quotes, lambda q: q.agent_handle is None) <= 0.18


def test_ratings(quotes: tuple[DemoQuote, ...]) -> None:
    rated = [q for q in quotes if q.rating is not None]
    assert 0.33 <= len(rated) / len(quotes) <= 0.47
    assert all(q.rating_scale in (5, 10) for q in rated)
    assert all(q.rating is not None and 1 <= q.rating <= (q.rating_scale or 0) for q in rated)
    assert share(rated, lambda q: q.rating_scale == 5) >= 0.7
    assert all(q.rating_scale is None for q in quotes if q.rating is None)
    five = [q.rating for q in rated if q.rating_scale == 5]
    assert sum(r == 5 for r in five) / len(five) >= 0.5  # thank-you quotes rate high


def test_tags(quotes: tuple[DemoQuote, ...]) -> None:
    tagged = [q for q in quotes if q.tags]
    assert 0.2 <= len(tagged) / len(quotes) <= 0.6
    for q in tagged:
        assert len(q.tags) <= MAX_TAGS
        assert len(set(q.tags)) == len(q.tags)
        assert all(0 < len(t) <= MAX_TAG_CHARS for t in q.tags)
    all_tags = {t for q in quotes for t in q.tags}
    assert {"Weihnachten", "Kündigung verhindert", "Störung", "Erstkontakt"} <= all_tags


# --- texts ------------------------------------------------------------------------------------


def test_texts_are_clean_and_within_limits(quotes: tuple[DemoQuote, ...]) -> None:
    for q in quotes:
        assert q.text
        assert q.text == q.text.strip()
        assert len(q.text) <= MAX_QUOTE_CHARS
        assert not re.search(r"[\[\]{}|]| {2}", q.text), q.text  # no template leftovers
    lengths = sorted(len(q.text) for q in quotes)
    assert lengths[0] <= 12  # "Danke!!"
    assert lengths[-1] >= 400  # a proper thank-you letter
    assert any("\n\n" in q.text for q in quotes if q.channel is Channel.EMAIL)


def test_few_duplicates(data: DemoData) -> None:
    texts = [q.text for q in data.quotes]
    assert (len(texts) - len(set(texts))) / len(texts) < 0.02
    # The store's own rule (same words for the same recipient) would reject hardly any.
    agent_ids = {a.handle: i for i, a in enumerate(data.agents, start=1)}
    team_ids = {t.name: i for i, t in enumerate(data.teams, start=1)}
    keys = [
        fingerprint(q.text, agent_ids.get(q.agent_handle or ""), team_ids[q.team])
        for q in data.quotes
    ]
    assert len(keys) - len(set(keys)) <= 5


def test_wall_does_not_repeat_itself(quotes: tuple[DemoQuote, ...]) -> None:
    """The first 50 cards of the wall (newest approved) hardly ever share a sentence."""
    for seed in (None, 11, 12):
        items = quotes if seed is None else generate_demo_quotes(seed=seed, end=END)
        wall = [q for q in reversed(items) if q.status is Status.APPROVED][:50]
        sentences = [
            s
            for q in wall
            for s in re.split(r"(?<=[.!?])\s+|\n+", q.text)
            if len(s) >= 20 and s[-1] in ".!?"
        ]
        repeated = sum(n - 1 for n in collections.Counter(sentences).values())
        assert repeated / len(sentences) < 0.05, collections.Counter(sentences).most_common(3)


def test_emoji_dialect_and_themes(quotes: tuple[DemoQuote, ...]) -> None:
    casual = [q for q in quotes if q.channel in (Channel.CHAT, Channel.WHATSAPP, Channel.SOCIAL)]
    assert share(casual, lambda q: re.search("[❤🙏👍😊🎉💪]", q.text) is not None) > 0.2
    assert not any(re.search("[❤🙏👍😊🎉💪]", q.text) for q in quotes if q.channel is Channel.PHONE)
    texts = " ".join(q.text for q in quotes)
    for marker in ("Merci vielmals", "Vergelt's Gott", "schnell", "freundlich", "geduldig"):
        assert marker in texts
    for marker in ("kompetent", "Verständnis", "gelöst", "zurückgerufen", "erklärt"):
        assert marker in texts
    for marker in ("Router", "Rechnung", "Umzug", "Zählerstand", "Paket", "SIM-Karte"):
        assert marker in texts


def test_phone_paraphrases(quotes: tuple[DemoQuote, ...]) -> None:
    phone = [q for q in quotes if q.channel is Channel.PHONE]
    assert all(q.verbatim is not None for q in phone)
    assert all(q.verbatim is None for q in quotes if q.channel is not Channel.PHONE)
    paraphrased = [q for q in phone if q.verbatim is False]
    assert 0.2 <= len(paraphrased) / len(phone) <= 0.4
    note_style = re.compile(r"^(Kund|Kd|Die Kundin|Der Kunde|Anrufer|Ältere|Customer|Caller)")
    assert share(paraphrased, lambda q: note_style.match(q.text) is not None) > 0.9
    assert all(q.source is Source.IMPORT or q.submitted_by == q.agent_handle
               for q in paraphrased if q.agent_handle)  # fmt: skip


def test_personal_data_to_redact(quotes: tuple[DemoQuote, ...]) -> None:
    with_email = [q for q in quotes if EMAIL.search(q.text)]
    with_phone = [q for q in quotes if PHONE.search(q.text)]
    with_iban = [q for q in quotes if IBAN.search(q.text)]
    assert with_email
    assert with_phone
    assert with_iban
    for q in with_iban:
        match = IBAN.search(q.text)
        assert match is not None
        assert iban_is_valid(match.group())
    references = re.compile(r"Kundennummer|Kd\.-Nr\.|Bestellung \d|customer number|order \d")
    signed = re.compile("|".join(re.escape(n) for n in CUSTOMER_NAMES_DE + CUSTOMER_NAMES_EN))
    any_pii = share(
        quotes,
        lambda q: bool(
            EMAIL.search(q.text)
            or PHONE.search(q.text)
            or IBAN.search(q.text)
            or references.search(q.text)
            or signed.search(q.text)
            or "https://" in q.text
        ),
    )
    assert 0.04 <= any_pii <= 0.09
    assert any(re.search(r"Grüße,\s+" + signed.pattern, q.text) for q in quotes)


def test_named_agents_are_the_praised_ones(data: DemoData) -> None:
    """A "Frau Meier" in a quote is that quote's agent: redaction keeps it, so it must be ours."""
    surnames = {a.handle: a.last_name for a in data.agents}
    honorific = re.compile(r"\b(?:Frau|Herrn?|Ms|Mr) ([A-ZÄÖÜ][\wäöüßı-]+)")
    for q in data.quotes:
        for name in honorific.findall(q.text):
            assert q.agent_handle is not None, q.text
            assert name == surnames[q.agent_handle], q.text
    customer_surnames = {n.split()[-1] for n in CUSTOMER_NAMES_DE + CUSTOMER_NAMES_EN}
    assert not customer_surnames & set(surnames.values())


def test_drafts_pass_the_pipeline_validation(data: DemoData) -> None:
    """What seeding hands to the pipeline must validate (ids stand in for the store's)."""
    agent_ids = {a.handle: i for i, a in enumerate(data.agents, start=1)}
    team_ids = {t.name: i for i, t in enumerate(data.teams, start=1)}
    for q in data.quotes:
        draft = QuoteDraft(
            text=q.text,
            channel=q.channel.value,
            said_on=q.said_on,
            submitted_by=q.submitted_by,
            agent_id=agent_ids[q.agent_handle] if q.agent_handle else None,
            team_id=team_ids[q.team],
            rating=q.rating,
            rating_scale=q.rating_scale,
            tags=list(q.tags),
            source=q.source,
            source_system=q.source_system,
            external_id=q.external_id,
            verbatim=q.verbatim,
            status=q.status,
        )
        problems = validate_draft(
            draft,
            normalize_text(q.text),
            agent_ids=agent_ids.values(),
            team_ids=team_ids.values(),
            today=END,
        )
        assert problems == [], (q.text, problems)


def test_template_expansion() -> None:
    assert expand("Danke[ dir|]!") == ("Danke dir!", "Danke!")
    assert expand("a[b[c|d]|]e") == ("abce", "abde", "ae")
    with pytest.raises(ValueError):
        expand("kaputt[")


# --- scale ------------------------------------------------------------------------------------


def test_hundred_thousand_quotes() -> None:
    """The benchmark's 100k data set stays distinct. Its speed is measured in bench/, not here."""
    big = generate_demo_quotes(n_quotes=100_000, end=END)
    assert len(big) == 100_000
    texts = [q.text for q in big]
    assert (len(texts) - len(set(texts))) / len(texts) < 0.01
    ids = [q.external_id for q in big if q.external_id]
    assert len(ids) == len(set(ids))

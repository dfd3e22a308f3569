"""Demo texts: clean, varied, with personal data to redact, and valid for the pipeline."""

from __future__ import annotations

import collections
import re

import pytest

from feedback.collect.fingerprint import fingerprint
from feedback.collect.normalize import normalize_text
from feedback.collect.validate import validate_draft
from feedback.demo import DemoData, DemoQuote, generate_demo_quotes
from feedback.demo.people import CUSTOMER_NAMES_DE, CUSTOMER_NAMES_EN
from feedback.demo.pii import iban_is_valid
from feedback.demo.templates import expand
from feedback.domain import MAX_QUOTE_CHARS, Channel, QuoteDraft, Source, Status
from tests.demo.conftest import EMAIL, END, IBAN, PHONE, share

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


def test_no_sentence_goes_on_after_a_comma_with_a_capital(quotes: tuple[DemoQuote, ...]) -> None:
    # A spoken filler ending in a comma ("Also wirklich,", "Honestly,") before a piece that
    # starts a sentence read "Also wirklich, Ich kann ..." and "Honestly, It all works".
    starts = r"Ich|Endlich|Ein|Eine|Mein|Meine|Was|Danke|Das|Es|It|Finally|Just|Thanks|The|My"
    after_comma = re.compile(rf", (?:{starts})\b")
    assert [q.text for q in quotes if after_comma.search(q.text)] == []


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

"""Agent names in quote texts: hidden without consent, kept with it, left out of clouds."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from feedback.insights import recognition
from feedback.insights.presentation import build_deck
from feedback.insights.privacy import NAME_PLACEHOLDER, NamePrivacy
from feedback.insights.wall import build_wall
from feedback.store.directory import AgentInfo
from tests.insights.test_wall import quote

ANNA = AgentInfo(1, "anna.meier", "Anna", "Meier", 10, consent_named=True, active=True)
KATHARINA = AgentInfo(2, "katharina.weiss", "Katharina", "Weiß", 10, False, True)
ANNA_LANG = AgentInfo(3, "anna.lang", "Anna", "Lang", 20, consent_named=False, active=True)
ANNA_LENA = AgentInfo(4, "anna-lena.vogt", "Anna-Lena", "Vogt", 20, False, True)
PEOPLE = NamePrivacy([ANNA, KATHARINA, ANNA_LANG, ANNA_LENA])
N = NAME_PLACEHOLDER


@pytest.mark.parametrize(
    ("text", "agent_id", "expected"),
    [
        ("Ein großes Lob an Katharina!", None, f"Ein großes Lob an {N}!"),
        ("danke katharina!!", None, f"danke {N}!!"),
        ("KATHARINA ist die Beste", None, f"{N} ist die Beste"),
        ("Vielen Dank, Frau Weiß.", None, f"Vielen Dank, Frau {N}."),
        ("Katharina Weiß hat geholfen", None, f"{N} hat geholfen"),
        ("Katharinas Geduld war toll", None, f"{N} Geduld war toll"),
        ("Katharina's patience!", None, f"{N} patience!"),
        # Last names only capitalised: the verb "weiß" stays.
        ("Sie weiß genau, was zu tun ist.", None, "Sie weiß genau, was zu tun ist."),
        (
            "Das dauerte lang, aber Frau Lang war super",
            1,
            f"Das dauerte lang, aber Frau {N} war super",
        ),
        # Inside another word nothing happens.
        ("Katharinenstraße war der Treffpunkt", None, "Katharinenstraße war der Treffpunkt"),
        # A consenting agent keeps their name...
        ("Danke Anna Meier!", 1, "Danke Anna Meier!"),
        # ...even when an agent without consent shares the first name,
        ("Anna war klasse", 1, "Anna war klasse"),
        # but in a quote about someone else the shared first name is hidden.
        ("Anna war klasse", None, f"{N} war klasse"),
        ("Anna war klasse", 2, f"{N} war klasse"),
        ("Anna-Lena hat sofort geholfen", 1, f"{N} hat sofort geholfen"),
        ("Kein Name hier.", None, "Kein Name hier."),
        ("", None, ""),
    ],
)
def test_masking(text, agent_id, expected):
    assert PEOPLE.mask(text, agent_id) == expected


def test_masking_is_idempotent():
    once = PEOPLE.mask("Danke Katharina und Frau Lang!")
    assert PEOPLE.mask(once) == once
    assert once == f"Danke {N} und Frau {N}!"


def test_nobody_hidden_when_everyone_consents():
    everyone = NamePrivacy([ANNA])
    assert everyone.mask("Danke Anna Meier!") == "Danke Anna Meier!"
    frame = pd.DataFrame([quote(1, text="Danke Anna!")])
    assert everyone.mask_frame(frame) is frame


def test_mask_frame_uses_each_rows_agent():
    frame = pd.DataFrame(
        [quote(1, text="Anna war klasse", agent_id=1), quote(2, text="Anna war klasse", agent_id=3)]
    )
    masked = PEOPLE.mask_frame(frame)
    assert list(masked["text"]) == ["Anna war klasse", f"{N} war klasse"]
    assert list(frame["text"]) == ["Anna war klasse", "Anna war klasse"], "input unchanged"


@pytest.mark.parametrize(
    ("search", "reveals"),
    [("Katharina", True), ("kathar", True), ("Frau Weiß", True), ("schnell", False), ("", False)],
)
def test_a_search_for_a_hidden_name_is_checked_again(search, reveals):
    assert PEOPLE.search_reveals(search) is reveals


def test_search_masked_drops_rows_found_only_by_a_hidden_name():
    frame = pd.DataFrame(
        [
            quote(1, text="Danke Katharina!", agent_id=None),
            quote(2, text="Die Katharinenkirche liegt nebenan, danke!", agent_id=None),
        ]
    )
    found = PEOPLE.search_masked(frame, "Kathar")
    assert list(found["id"]) == [2]


@pytest.mark.parametrize(
    ("term", "hidden"),
    [
        ("katharina", True),
        ("anna", True),  # consenting agents too: clouds show what is praised, not who
        ("danke katharina", True),
        ("weiß", True),
        ("freundlich", False),
        ("schnelle hilfe", False),
    ],
)
def test_clouds_leave_out_every_agent_name(term, hidden):
    assert PEOPLE.hides(term) is hidden


def frame_about_katharina() -> pd.DataFrame:
    return pd.DataFrame(
        [
            quote(1, text="Ein großes Lob an Katharina!", agent_id=2, agent_consent=False),
            quote(2, text="Danke Anna, und Grüße an Frau Weiß", agent_id=1),
        ]
    )


def test_wall_cards_and_quote_of_the_week_are_masked():
    view = build_wall(frame_about_katharina(), names=PEOPLE, today=dt.date(2026, 11, 23))
    texts = [card.text for card in view.cards] + [view.highlight.text if view.highlight else ""]
    assert "Katharina" not in " ".join(texts)
    assert "Weiß" not in " ".join(texts)
    assert "Danke Anna, und Grüße an Frau [NAME]" in texts


def test_deck_slides_and_spotlight_are_masked():
    deck = build_deck(frame_about_katharina(), names=PEOPLE, spotlight_team=10)
    assert deck.spotlight is not None
    texts = [c.text for c in deck.shown]
    assert len(texts) == 2  # both quotes, once each: the spotlight's are not repeated
    assert not any("Katharina" in text or "Weiß" in text for text in texts)


def test_recognition_wall_and_shout_outs_are_masked():
    frame = frame_about_katharina()
    wall = recognition.wall(frame, dt.date(2026, 11, 23), names=PEOPLE)
    assert not wall.latest["text"].str.contains("Katharina|Weiß").any()
    shout = recognition.shout_outs(frame, "de", names=PEOPLE)
    assert "Frau [NAME]" in " ".join(shout["example"])

"""Surnames that are also German words are masked only where they are used as a name.

"Der Koch war toll" praises a cook, "Ein Wolf" is an animal, "Weiß ich endlich" starts with a
verb: none of them is an agent. "Frau Weiß", "Tim Koch", "T. Koch" and "Koch, Tim" are.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from feedback.insights.privacy import NAME_PLACEHOLDER, NamePrivacy
from feedback.store.directory import AgentInfo

N = NAME_PLACEHOLDER

WEISS = AgentInfo(1, "katharina.weiss", "Katharina", "Weiß", 10, False, True)
WOLF = AgentInfo(2, "thomas.wolf", "Thomas", "Wolf", 10, False, True)
KOCH = AgentInfo(3, "tim.koch", "Tim", "Koch", 20, False, True)
FUCHS = AgentInfo(4, "lena.fuchs", "Lena", "Fuchs", 20, False, True)
BRAUN = AgentInfo(5, "julia.braun", "Julia", "Braun", 30, False, True)
# A first name that is also a word: first names are masked in any case, but as whole words.
SCHMIED = AgentInfo(6, "rose.schmied", "Rose", "Schmied", 30, False, True)
# Consented: a quote about her keeps "Frau Koch", but not another agent's "Tim Koch".
ANNA_KOCH = AgentInfo(7, "anna.koch", "Anna", "Koch", 20, consent_named=True, active=True)
AGENTS = (WEISS, WOLF, KOCH, FUCHS, BRAUN, SCHMIED, ANNA_KOCH)
PEOPLE = NamePrivacy(AGENTS)

MASKED = [
    # After a salutation or title, German and English, abbreviated or not.
    ("Vielen Dank, Frau Weiß!", f"Vielen Dank, Frau {N}!"),
    ("Herr Wolf hat mir geholfen.", f"Herr {N} hat mir geholfen."),
    ("Lob an Herrn Koch und Frau Braun", f"Lob an Herrn {N} und Frau {N}"),
    ("Hr. Fuchs war super", f"Hr. {N} war super"),
    ("Fr. Schmied rief zurück", f"Fr. {N} rief zurück"),
    ("Frau Dr. Braun hat es erklärt", f"Frau Dr. {N} hat es erklärt"),
    ("Ihre Kollegin Frau Weiß", f"Ihre Kollegin Frau {N}"),
    ("Herrn Kochs Geduld war toll", f"Herrn {N} Geduld war toll"),
    ("danke frau WEISS!!", f"danke frau {N}!!"),
    ("Thanks, Mr Wolf!", f"Thanks, Mr {N}!"),
    ("Mrs. Braun was lovely", f"Mrs. {N} was lovely"),
    ("Ms Fuchs sorted it out", f"Ms {N} sorted it out"),
    ("Miss Schmied called back", f"Miss {N} called back"),
    ("Dr Koch explained everything", f"Dr {N} explained everything"),
    ("Mx Weiß was patient", f"Mx {N} was patient"),
    # After the agent's own first name or initial: the whole name becomes one placeholder.
    ("Tim Koch war toll", f"{N} war toll"),
    ("T. Koch hat angerufen", f"{N} hat angerufen"),
    ("Danke an Katharina Weiß und Thomas Wolf", f"Danke an {N} und {N}"),
    ("Thomas Wolf was great", f"{N} was great"),
    ("K. Weiß fixed my router", f"{N} fixed my router"),
    ("Lena Fuchs' Hilfe", f"{N}' Hilfe"),
    # Before a comma and the agent's first name.
    ("Koch, Tim – danke!", f"{N} – danke!"),
    ("Braun, Julia hat alles erklärt", f"{N} hat alles erklärt"),
    # First names anywhere, in any case, as whole words.
    ("Tim war toll", f"{N} war toll"),
    ("danke tim!", f"danke {N}!"),
    ("Danke, Rose!", f"Danke, {N}!"),
]

KEPT = [
    # German nouns, adjectives and verbs that equal a surname, also at a sentence start.
    "Der Koch war toll.",
    "Ein Wolf im Schafspelz? Nein, ein Engel!",
    "Weiß ich endlich, wie das geht. Danke!",
    "Der Fuchs ist schlau, die Hilfe auch.",
    "Braun gebrannt aus dem Urlaub zurück und gleich geholfen bekommen.",
    "Der Schmied meines Vertrauens ist jetzt Ihr Service.",
    "Ein Koch, ein Wolf und ein Fuchs: alle zufrieden.",
    "Schwarz auf Weiß hatte ich es endlich.",
    # After "Frau" the verb stays lowercase: this is someone's wife, not an agent.
    "Meine Frau weiß jetzt Bescheid.",
    # After another first name, it is someone else.
    "Ich bin Timo Koch, Kunde seit 2010.",
    # English: the German words as names of things.
    "The Wolf of Wall Street is my favourite film.",
    "Braun shavers are great, and so is your support.",
    "Koch is the German word for cook.",
    # Whole words only: "Rosen" and "Timo" are not "Rose" and "Tim".
    "Die Rosen blühen, Timo freut sich.",
    "Katharinenstraße war der Treffpunkt.",
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_surnames_used_as_names_are_masked(text, expected):
    assert PEOPLE.mask(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_surnames_used_as_words_are_kept(text):
    assert PEOPLE.mask(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Koch war toll", "Frau Koch war toll"),  # her own surname
        ("Anna Koch war toll", "Anna Koch war toll"),
        ("Tim Koch auch", f"{N} auch"),  # a colleague without consent, same surname
        ("Koch, Tim auch", f"{N} auch"),
    ],
)
def test_a_quote_about_a_consenting_agent_keeps_her_surname(text, expected):
    assert PEOPLE.mask(text, ANNA_KOCH.id) == expected


@pytest.mark.parametrize(
    "edit",
    [
        lambda masked: masked.replace("war toll", "war großartig"),
        lambda masked: masked + " Danke!",
        lambda masked: masked,
    ],
)
def test_restore_puts_the_names_back_into_an_edited_masked_text(edit):
    original = "Frau Weiß war toll, Tim Koch auch. [NAME] stand schon da."
    masked = PEOPLE.mask(original)
    assert masked == f"Frau {N} war toll, {N} auch. {N} stand schon da."
    restored = PEOPLE.restore(original, edit(masked))
    assert restored == edit(masked).replace(N, "Weiß", 1).replace(N, "Tim Koch", 1)
    assert PEOPLE.mask(restored) == edit(masked)


def test_restore_keeps_an_edit_that_dropped_a_placeholder():
    original = "Frau Weiß war toll, Tim Koch auch."
    edited = f"Frau {N} war toll."
    assert PEOPLE.restore(original, edited) == edited


# Words of running text, none of them a name: titles, the surnames' homographs in lower case
# being excluded below, nouns, verbs and punctuation.
_WORDS = [
    "Der", "die", "das", "Ein", "eine", "Frau", "Herr", "Herrn", "Hr.", "Fr.", "Dr.", "Mr",
    "Mrs.", "Ms", "Miss", "Mx", "Sie", "war", "toll", "Danke", "danke", "Hilfe", "Service",
    "schnell", "freundlich", "Team", "the", "was", "great", "thanks", "Meier", "Anna",
    "Katharinenstraße", "Timo", "Rosen", "Wolfsburg", "Kochbuch", "Füchse", "bräunlich",
    "[NAME]", "[NAME] [NAME]", "😊", "T.", "K.", "R.",
]  # fmt: skip
_SEPARATORS = [" ", ", ", ". ", "! ", "\n", " – ", ": ", ",", "'"]
_NAME_WORDS = frozenset(
    part.casefold()
    for agent in AGENTS
    if not agent.consent_named
    for part in (agent.first_name, agent.last_name)
)
_WORD_RE = re.compile(r"\w+")


@st.composite
def running_text(draw: st.DrawFn, words: list[str]) -> str:
    chosen = draw(st.lists(st.sampled_from(words), max_size=12))
    out = ""
    for word in chosen:
        out += word + draw(st.sampled_from(_SEPARATORS))
    return out


def _names_in(text: str) -> set[str]:
    return {w.casefold() for w in _WORD_RE.findall(text)} & _NAME_WORDS


@settings(max_examples=300, deadline=None)
@given(st.one_of(running_text(_WORDS), st.text(max_size=60)))
def test_text_without_an_agent_name_is_never_changed(text):
    assume(not _names_in(text))
    assert PEOPLE.mask(text) == text
    assert PEOPLE.mask(text, ANNA_KOCH.id) == text


# The surnames themselves, capitalised, among words that never make them a name: no title,
# no first name or initial before them, no ", <first name>" after them.
_PLAIN = [w for w in _WORDS if w not in {"Frau", "Herr", "Herrn", "Hr.", "Fr.", "Dr.", "Mr"}]
_PLAIN = [w for w in _PLAIN if w not in {"Mrs.", "Ms", "Miss", "Mx", "T.", "K.", "R."}]
_SURNAMES = ["Weiß", "Wolf", "Koch", "Fuchs", "Braun", "Schmied", "WOLF", "KOCH"]


@settings(max_examples=300, deadline=None)
@given(running_text(_PLAIN + _SURNAMES))
def test_a_surname_without_a_title_or_first_name_is_a_word(text):
    assert PEOPLE.mask(text) == text

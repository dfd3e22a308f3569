"""What a theme cue describes, in the agent check (``agent_context``): a German noun or an
English content word right after it ("ein süßes Geschenk", "nice color"), a thing it is said
of by a copula ("Die Lieferung war sehr schnell"), and a quote about products and nobody who
served ("Kam in ein paar Tagen an. Ziemlich schnell.")."""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze import agent_words as words
from feedback.analyze.agent_people import first_name, serves
from feedback.analyze.agent_things import DETERMINERS
from feedback.analyze.agent_words import Lists
from feedback.analyze.clauses import ends_sentence
from feedback.analyze.stopwords import stopwords
from feedback.analyze.theme_keywords import fold

# "one" after a cue stands for a thing just named ("lovely one", "a nice one")
_ONE = frozenset(("one", "ones"))
# Object pronouns that name goods as often as people ("Habe ihn mit der Hülle gekauft",
# "bought them twice"): no one who served, in a quote that names things and nothing else.
_GOODS_PRONOUNS = frozenset(("ihn", "them"))


def after_opener(tokens: Sequence[str], i: int, lists: Lists) -> bool:
    """True when one of the two tokens before ``i`` opens a channel ("on the phone")."""
    return any(fold(tokens[j]) in lists.channel_openers for j in range(max(0, i - 2), i))


def is_noun(tokens: Sequence[str], i: int, lists: Lists | None = None) -> bool:
    """A capitalised German word that does not open a sentence (nor follows Frau/Herr: a name);
    with ``lists``, one opening it is a noun too when a copula follows and it is no function
    word ("Portoptionen sind auch ganz nett"; "Alles war schnell erledigt" is no noun)."""
    token = tokens[i]
    if not token[:1].isupper() or token.isupper() or not token[:1].isalpha():
        return False
    if i == 0 or ends_sentence(tokens[i - 1]) or tokens[i - 1][:1] in "\"'„“":
        return (
            lists is not None
            and i + 1 < len(tokens)
            and fold(tokens[i + 1]) in lists.copulas
            and token.casefold() not in stopwords("any")
        )
    return fold(tokens[i - 1]) not in ("frau", "herr", "herrn", "an", "von", "bei", "mit")


def describes_thing(tokens: Sequence[str], end: int, hi: int, lists: Lists) -> bool:
    """True when a German weak cue that names how a thing is, runs or tastes (``events``)
    describes the noun right after it ("ein süßes Geschenk", "pünktliche Abfahrt"): whoever
    else the clause names, the cue is the thing's. (A product after any weak cue, "schnelle
    Lieferung vom Verkäufer", still credits a seller the clause names: M-ABSA's annotators
    count a seller's fast delivery as service.)"""
    i = end + 1
    return (
        i < hi
        and lists.capital_nouns
        and lists.event(tokens[end])
        and lists.kind(tokens[i]) == words.OTHER
        and is_noun(tokens, i)
    )


def before_word(tokens: Sequence[str], end: int, hi: int, cue: set[int], lists: Lists) -> bool:
    """True when the word after the cue ending at ``end`` is a content word of no known kind
    ("nice color", "dedicated graphics card"): no function word, adverb or participle. English
    only: German tells its nouns by capitals (``_is_noun``)."""
    i = end + 1
    if lists.capital_nouns or i >= hi or i in cue or lists.kind(tokens[i]) != words.OTHER:
        return False
    token = tokens[i]
    if token.casefold() in _ONE:
        return True  # "lovely one", "a nice one": a thing just named, not a person
    if not token.isalpha() or len(token) < 3 or token.casefold() in stopwords("any"):
        return False
    return not token.endswith(("ly", "ed"))


def about_things(tokens: Sequence[str], lo: int, hi: int, lists: Lists) -> bool:
    """True when the quote outside tokens ``lo``..``hi`` (exclusive) names products or things
    and nobody who served (nor a first name), no service work (an order is none), no pronoun
    (but "ihn", "them") and no thanks: "Kam in ein paar Tagen an. Ziemlich schnell. Gut
    verpackt." is about a delivery."""
    things = False
    for i in (*range(lo), *range(hi, len(tokens))):
        kind = lists.kind(tokens[i])
        if kind == words.CHANNEL:
            kind = words.SERVICE if after_opener(tokens, i, lists) else words.PRODUCT
        if kind in (words.PRODUCT, words.OBJECT):
            things = True
        elif kind == words.SERVICE and lists.goods(tokens[i]):
            continue  # "nach der Bestellung", "from ordering": a purchase, no one's work
        elif kind == words.PRONOUN and tokens[i] in _GOODS_PRONOUNS:
            continue
        elif (
            kind in (words.SERVICE, words.PRONOUN, words.THANKS)
            or (kind == words.AGENT and serves(tokens, i, lists))
            or (kind == words.OTHER and first_name(tokens, i))  # "Kasia rang the courier herself"
        ):
            return False
    return things


def thing_subject(tokens: Sequence[str], start: int, lo: int, lists: Lists) -> bool:
    """True when the cue at ``start`` is said of a thing: a product or an object, a copula and
    up to three lower-case words before it ("Die Lieferung war sehr schnell", "the food was
    so sweet")."""
    for j in range(start - 1, max(lo, start - 4), -1):
        token = tokens[j]
        if fold(token) in lists.copulas:
            kind = lists.kind(tokens[j - 1])
            if kind == words.CHANNEL:  # "die Frau am Telefon war ...": a channel, not a thing
                return not after_opener(tokens, j - 1, lists)
            return kind in (words.PRODUCT, words.OBJECT)
        if lists.kind(token) != words.OTHER or not token[:1].islower() or token in DETERMINERS:
            return False  # "the hotel is the honesty of the staff": a noun, not a predicate
    return False

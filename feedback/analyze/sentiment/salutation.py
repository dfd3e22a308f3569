"""A letter's salutation is no praise: "Liebes Team, mein Paket ist immer noch nicht da" and
"Lieber Herr Maier, die Rechnung stimmt nicht" opened with "lieb-", which the German lexicon
reads as praise ("total lieb"); GermEval's posts to the railway open so too ("Hallo liebe Bahn,
…", "Liebes DB-Team, …"). A form of "lieb" that opens a sentence (or follows "hallo", "hi",
"guten Tag") is a salutation when a comma, a title or an @handle follows within a few words;
a title right after it counts as the addressee ("Liebe Frau Schulz ich warte seit Tagen").
The team or the railway one word on counts too ("Liebe Deutsche Bahn warum …"). "Die liebe
Frau Kaya war so geduldig", "Vielen lieben Dank" and "Lieben Dank, Emma!" stay praise.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment import passes
from feedback.analyze.sentiment.counterfactual import TITLES

SALUTING = frozenset({"liebe", "lieber", "liebes", "lieben", "liebste", "liebster", "liebstes"})
_GREETINGS = frozenset({"hallo", "hi", "hey", "moin", "servus", "tag", "morgen", "abend", "hej"})
# "user": an @handle as the tokenizer leaves it ("Liebe @user, …").
_ADDRESSEES = frozenset({"team", "kundenservice", "kundendienst", "bahn", "db", "support", "user"})
_REACH = 4  # the salutation's addressee: at most this many words before its comma
_ENDS = ".!?…:;"  # first characters of a token that ends a sentence or a heading
# Words before the noun "Liebe" (love): "mit viel Liebe", "voller Liebe", "aus Liebe".
_OF_LOVE = frozenset({"viel", "mit", "voller", "aus", "vor", "die", "der", "ihre", "große"})
_THANKS = frozenset({"dank", "gruß", "grüße", "gruss", "grüsse"})  # "Lieben Dank, Emma!"


def salutations(tokens: Sequence[str], low: list[str], items: list[passes.Item]) -> None:
    """Set the valence of each "Liebe/Lieber/Liebes …," salutation item to zero."""
    for it in items:
        i = it.start
        if it.valence <= 0 or low[i] not in SALUTING or it.end != i + 1:
            continue
        if (_opens(low, i) or _headed(tokens, i)) and _addresses(low, i + 1):
            it.valence = 0.0


def _headed(tokens: Sequence[str], i: int) -> bool:
    """A capitalised "Liebe" before a capitalised word inside a line: a letter quoted after its
    subject line ("Re: Ihre Rechnung Liebes DB-Team, …"); "mit viel Liebe, Geduld" (no word
    before the comma) and "mit viel Liebe Frau Kaya gedankt" (the noun) are no salutation."""
    return (
        tokens[i][:1].isupper()
        and (i == 0 or tokens[i - 1].lower() not in _OF_LOVE)
        and i + 1 < len(tokens)
        and tokens[i + 1][:1].isupper()
        and tokens[i + 1][:1].isalpha()
    )


def _opens(low: list[str], i: int) -> bool:
    """``i`` opens the quote or a sentence, or follows a greeting that does."""
    j = i - 1
    if j >= 0 and low[j] in _GREETINGS:
        j -= 1
        if j >= 0 and low[j] == "guten":
            j -= 1
    return j < 0 or low[j][0] in _ENDS


def _addresses(low: list[str], start: int) -> bool:
    """A comma ends the addressee within ``_REACH`` words, or a title, the team or an @handle is
    addressed right away ("Liebe Frau Schulz ich warte …")."""
    if start >= len(low) or low[start] in _THANKS:
        return False
    if low[start] in TITLES or low[start] in _ADDRESSEES:
        return True
    if start + 1 < len(low) and low[start + 1] in _ADDRESSEES:
        return True  # "Liebe Deutsche Bahn warum …", "Hallo liebes Bahn Team"
    for j in range(start, min(start + _REACH + 1, len(low))):
        if low[j] == ",":  # "Liebe @user, …": the handle is no word for the rules
            return True
        if low[j][0] in _ENDS:
            return False
    return False

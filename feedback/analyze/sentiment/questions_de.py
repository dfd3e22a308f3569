""" "@user wie finde ich im IC die BahnComfort-Plätze?": a German question that asks for
information or help is neutral, like its English counterpart (questions.py).

The German model learnt the railway tweets' words of complaint ("Bahn", "Zug", "IC"), and it
heard them in plain questions too: "Was können wir jetzt machen?", "Wo finde ich …?" were
labelled negative (GermEval 2017 calls them neutral; issue 12, German dev split). A quote asks
(``asks_de``) when each of its questions opens with a question word or a verb ("wie", "wo",
"kann", "gibt" …, after greetings and handles) and nothing in it complains: no complaint word of
the rules, no negation ("Wieso fährt kein Zug?"), no exclamation, and none of the marks of a
rhetorical or complaining question ("warum", "schon wieder", "immer noch", "endlich", "ernsthaft").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.questions import COMPLAINT_WEIGHT, questions_of
from feedback.analyze.types import Evidence

# Words that open a question asking for information or help.
_OPENERS = frozenset(
    {
        "wie", "wo", "wann", "was", "welche", "welcher", "welches", "welchen", "welchem", "wer",
        "wen", "wem", "woher", "wohin", "womit", "wofür", "worauf", "wovon", "kann", "kannst",
        "können", "könnt", "könnte", "könnten", "ist", "sind", "gibt", "gibts", "gilt", "hat",
        "habt", "haben", "hast", "muss", "müssen", "darf", "dürfen", "soll", "sollte", "wird",
        "werden", "weiß", "wisst", "wissen", "fährt", "fahren", "geht", "bekomme", "bekommt",
        "brauche", "braucht", "besteht", "bin", "hätte", "hättet", "würde", "würdet",
    }
)  # fmt: skip
# Skipped before the opener: handles ("@user" is tokenised "user"), greetings and fillers.
_LEAD = frozenset(
    {
        "user", "hallo", "hi", "hey", "moin", "servus", "guten", "tag", "morgen", "abend",
        "liebe", "lieber", "liebes", "team", "db", "bahn", "und", "also", "kurze", "frage",
        "mal", "bitte", "sorry", "ok", "okay", "sagt", "sagen", "sie", "ihr", "du", "noch",
    }
)  # fmt: skip
# Marks of a complaining or rhetorical question anywhere in the quote, and negators.
_COMPLAINT_MARKS = frozenset(
    {
        "warum", "wieso", "weshalb", "wieder", "immer", "schon", "endlich", "eigentlich",
        "ernsthaft", "wirklich", "echt", "ewig", "stunden", "stunde", "minuten", "tage",
        "verspätung", "verspätet", "ausfall", "ausgefallen", "streik", "gestrichen", "kaputt",
        "defekt", "verpasst", "sowas", "witz", "nicht", "nich", "net", "kein", "keine", "keinen",
        "keinem", "keiner", "nichts", "nix", "niemand", "nie", "niemals", "ohne",
    }
)  # fmt: skip


def asks_de(tokens: Sequence[str], evidence: Sequence[Evidence]) -> bool:
    """True when the German quote of ``tokens`` (tokenize_with_breaks) asks for information or
    help and complains nowhere (the rules' ``evidence`` holds no complaint)."""
    low = [t.lower() for t in tokens]
    if not any("?" in t for t in low) or any("!" in t for t in low):
        return False
    if not _COMPLAINT_MARKS.isdisjoint(low):
        return False
    if any(e.weight <= COMPLAINT_WEIGHT for e in evidence):
        return False
    questions = questions_of(low)
    return bool(questions) and all(_opens(words) for words in questions)


def _opens(words: Sequence[str]) -> bool:
    """The question's first word, after greetings and handles, is a question word or a verb."""
    first = next((w for w in words if w not in _LEAD and w[0].isalnum()), None)
    return first in _OPENERS

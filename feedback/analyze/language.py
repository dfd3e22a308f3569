"""Language of a quote: "de", "en" or "other".

Most quotes are short ("Danke!!", "Top 👍", "Super, danke"), where statistical identifiers guess
wildly. So cheap word lists decide first: German and English function words and thank-you words
(including Swiss, Austrian and Bavarian forms such as "Merci vielmals", "Vergelt's Gott",
"dankschee"), plus umlauts and ß. Only when they do not settle it does py3langid run, restricted to
German, English and the languages our customers most often write in otherwise; anything but de/en
becomes "other" (a French "Merci beaucoup" must not be scored with the German lexicon).

Text without letters (emoji only, "👍👍", ":-)") or with one or two words that mark no language
("Top 👍") carries no language evidence: it gets ``default``, which is
"other" unless the caller (e.g. a team whose quotes are all German) passes its own. Sentiment of
such quotes does not depend on the choice: emoji and emoticons score the same in every lexicon.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

SUPPORTED = ("de", "en")
# Why these: the languages py3langid most often confuses German and English with, and the ones
# customers of DACH contact centres write in. Anything detected among them but de/en is "other".
LANGID_CANDIDATES = ("de", "en", "fr", "it", "es", "nl", "pl", "tr", "pt", "da", "sv", "cs", "hr")

_DE = """
der die das den dem des ein eine einen einem einer eines und oder aber ist sind war waren bin bist
seid wird wurde wurden hat haben habe hatte hatten hätte wäre kann konnte könnte muss musste soll
ich mich mir mein meine meinen meinem wir uns unser unsere sie ihr ihre ihnen ihren es er ihm ihn
du dich dir dein deine euch nicht kein keine keinen nichts nie auch noch schon sehr ganz gerne
gern mit für fuer von vom zum zur bei beim auf aus nach über ueber unter vor durch ohne gegen um
im am dass weil wenn wie was wer wo warum hier jetzt heute gestern immer wieder nur mal doch ja
nein bitte danke dank dankeschön dankschön dankschee dankeschee danggschee vielen vielmals vielmal
herzlichen herzlich lieben liebe lieber vergelt's vergelts gott grüße gruß grüezi servus moin
tschüss toll freundlich schnell gut gute guten hilfe geholfen hilfsbereit kompetent zufrieden
spitze klasse prima leider endlich alles etwas wirklich echt total einfach richtig wunderbar
herzlichst schön frau herr herrn kollegin kollege mitarbeiterin mitarbeiter ihrer habt geht ging
gemacht man jemand niemand keiner alle jeder jede jedes viel viele mehr weniger sich dann denn
also eben halt nochmal weiter sofort gleich morgen woche tag tage stunde minuten stunden monat
jahr zeit beratung kundenservice anruf telefon rechnung vertrag frage fragen antwort erklärt
gesagt gefragt bekommen gewartet warten würde kam kommt komme gibt gab sagen sagt weiß wusste
helfen gelöst erledigt trotzdem obwohl sondern zwar nett lieb schnelle freundliche nette lg mfg
ab hoch daumen hut sterne punkte punktzahl volle voll mega passt klappt geklappt weiter
""".split()  # noqa: SIM905
_EN = """
the a an and or but is are was were be been being am i me my mine we us our you your yours he him
his she her they them their it its this that these those to of for with from at by on about into
not no never nothing very really so much many thank thanks thx ty you're i'm it's don't didn't
can't cannot won't wasn't isn't have has had do does did will would could should just got get
great helpful friendly quick fast kind patient amazing awesome wonderful lovely excellent help
helped service support staff agent issue problem fixed solved sorted appreciate appreciated again
still always please what who how when where why which there here now today yesterday everything
anything something all any some best good well done job team guy lady sir madam if then than
because as after before only even also actually yet ever one two three first last next time times
day days week hour hours minutes call called phone email chat reply answer answered told said
asked gets took take made make went go nobody someone anyone everyone people person she'd he'd i'd
i've you've we've they're that's bill account order delivery engineer refund explained understand
understood waiting waited stars notch legend rock rocks cheers mate brilliant perfect superb
fab
""".split()  # noqa: SIM905
# "problem", "team", "service", "support", "super", "top" are both German and English: no vote.
_AMBIGUOUS = frozenset({"problem", "team", "service", "support", "in", "so", "an", "also", "will"})
DE_WORDS = frozenset(_DE) - _AMBIGUOUS
EN_WORDS = frozenset(_EN) - _AMBIGUOUS - DE_WORDS
_SHARED = frozenset(_DE) & frozenset(_EN)
_UMLAUTS = frozenset("äöüß")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's model, loaded once (about 0.3 s) and restricted to LANGID_CANDIDATES."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGID_CANDIDATES))
    return identifier


def word_votes(lower_tokens: Sequence[str]) -> tuple[int, int]:
    """Counts of German-only and English-only marker words among lowercased tokens."""
    # map() over set membership runs in C: this is on the hot path of every analysis.
    return sum(map(DE_WORDS.__contains__, lower_tokens)), sum(
        map(EN_WORDS.__contains__, lower_tokens)
    )


NOT_A_WORD, NO_VOTE, GERMAN, ENGLISH = -1, 0, 1, 2


class _Votes(dict[str, int]):
    """Token as written -> NOT_A_WORD (no letter first), NO_VOTE, GERMAN or ENGLISH marker;
    filled on first sight, so counting a quote's votes is one lookup per token."""

    def __missing__(self, token: str) -> int:
        low = token.lower()
        code = NO_VOTE
        if not token[0].isalpha():
            code = NOT_A_WORD
        elif low in DE_WORDS:
            code = GERMAN
        elif low in EN_WORDS:
            code = ENGLISH
        if len(self) >= 200_000:
            self.clear()
        self[token] = code
        return code


_VOTES = _Votes()


def detect_language(text: str, tokens: Sequence[str], default: str = "other") -> str:
    """ "de", "en" or "other" for ``text`` whose tokens (``tokenize`` output) are given.

    ``default`` is returned when the text has no letters at all (emoji, emoticons, digits) and
    for one or two words none of which marks a language ("Top 👍", "OK").
    """
    codes = [_VOTES[t] for t in tokens]
    words = len(codes) - codes.count(NOT_A_WORD)
    if not words:
        return default
    de, en = codes.count(GERMAN), codes.count(ENGLISH)
    if not _UMLAUTS.isdisjoint(text):
        de += 1
    if de and not en and (de >= 2 or words <= 3):
        return "de"
    if en and not de and (en >= 2 or words <= 3):
        return "en"
    if de + en >= 2 and (de >= 2 * en or en >= 2 * de):
        return "de" if de > en else "en"
    if words <= 3 and not de and not en:
        # Too short for statistics: a sentiment word known to one lexicon only decides
        # ("Unterirdisch.", "Appalling."); otherwise ("Top", "Merci beaucoup") there is no evidence.
        return _by_lexicon([t.lower() for t in tokens if t[0].isalpha()]) or default
    if _mostly_other_script(text):
        return "other"  # Arabic, Cyrillic, Greek …: py3langid knows only Latin-script candidates
    found = _identifier().classify(text)[0]
    return found if found in SUPPORTED else "other"


def _mostly_other_script(text: str) -> bool:
    """More than half of the letters are outside the Latin script (beyond U+024F)."""
    letters = [ch for ch in text if ch.isalpha()]
    other = sum(1 for ch in letters if ch > "\u024f")
    return other * 2 > len(letters)


def _by_lexicon(lower: Sequence[str]) -> str | None:
    """ "de" / "en" when the words are in exactly one language's sentiment lexicon."""
    from feedback.analyze.sentiment.english import english_lexicon
    from feedback.analyze.sentiment.german import german_lexicon

    german, english = german_lexicon(), english_lexicon()
    in_de = any(german.lookup(w)[0] for w in lower)
    in_en = any(english.words.get(w) for w in lower)
    if in_de != in_en:
        return "de" if in_de else "en"
    return None


def segment_votes(primary: str) -> dict[str, int]:
    """Vote table for mixed-language scoring: +1 for ``primary``'s words, -1 for the other's."""
    own, other = (DE_WORDS, EN_WORDS) if primary == "de" else (EN_WORDS, DE_WORDS)
    # A word of both lists ("was", "am") is no sign of the other language in a clause: "Sam was
    # fantastic." was scored with the German lexicon (0) for its "was". Detection still counts it.
    return dict.fromkeys(other - _SHARED, -1) | dict.fromkeys(own, 1)

"""Stopwords for word statistics (word clouds, top terms): what never becomes a term.

Three layers, all lower-case:

1. Function words from ``stopwordsiso`` (German 620, English 1,298 entries, offline). Its lists
   are broad and also contain words that *are* the praise on a love wall ("great", "good",
   "kind", "gut", "besten", "help"); ``KEEP`` puts those back.
2. Domain words of thank-you messages: greetings, salutations, sign-offs and thanks, plus
   fillers that carry no praise ("sogar", "lief", "day", "got"). Decision:
   "danke"/"thanks" *are* stopwords for clouds - every quote is a thank-you, so they would be
   the biggest word of every cloud and tell a team nothing (gratitude itself is an emotion,
   counted by the emotion analyser, not here).
3. Stop *phrases* whose words are fine alone but not in the formula: "mit freundlichen Grüßen"
   (else "freundlich" counts as praise), "have a nice day", "kind regards", "Liebe Frau ...".

Redaction placeholders, initials, numbers and punctuation runs are dropped by ``words.py`` by
shape, not by list. Agent names come per call (``extra_stopwords``).
"""

from __future__ import annotations

import functools

import stopwordsiso

KEEP: dict[str, frozenset[str]] = {
    "de": frozenset({
        "gut", "gute", "guter", "gutes", "besten", "besser", "ehrlich", "schlecht", "richtig",
        "kurz", "lange", "lang", "leicht", "zeit", "endlich", "schnell", "ordnung",
    }),
    "en": frozenset({
        "great", "greater", "greatest", "good", "best", "better", "kind", "help", "clear",
        "clearly", "quickly", "promptly", "immediately", "immediate", "thorough", "thoroughly",
        "useful", "sincere", "successfully", "fix", "problem", "problems", "patient", "sensible",
        "free", "important", "proud", "serious", "seriously", "willing", "quick", "fast",
        "available", "appropriate", "poorly", "interesting", "interested",
    }),
}  # fmt: skip

_DOMAIN_DE = """
hallo hi hey moin servus grüß grüss grüezi gruezi tag morgen abend tach
danke dank danken bedanke bedanken bedankt dankeschön dankschön dankesehr dankbar merci
vielen herzlichen herzlichsten tausend lieben grüße grüsse gruß gruss grüßen grüssen
mfg lg vg bg sg glg herr herrn frau fr hr fräulein dame damen herren team kollege kollegin
kollegen mitarbeiter mitarbeiterin mitarbeitern tschüss tschüs ciao bye ade adieu
geehrte geehrter geehrtes geehrten sehr nochmals nochmal ganz wirklich echt einfach mal
"""
_DOMAIN_EN = """
hello hi hey hiya dear regards thanks thank thankyou thx ty tnx cheers sincerely
mr mrs ms miss sir madam team colleague colleagues agent agents staff guy guys lady
bye goodbye kindest kindly appreciated appreciate grateful much many really so very
"""
# Function words of the *other* language, for code-switching ("Danke, great service and so
# fast"). Only a core: the full English list would eat German words ("fast", "kind", "bald").
_CROSS_DE = """the and a an of to in is it for you your was were with my me i so on at this that
be are have has had all we our us they she he her his him but or not no just very really much
did do done been got"""
_CROSS_EN = """und der die das den dem des ist ich sie es war mit für sehr nicht ein eine einen auf
zu mir mich hat haben wir ihr ihre ihnen sind wurde auch noch so"""
# Function words stopwordsiso lacks; per language, since "fast" is "almost" only in German.
_EXTRA_DE = "fast eigentlich bzw usw ca etc ggf zb ja nein okay ok halt eben"
_EXTRA_EN = "ok okay yes etc also"
# Fillers that crowd word clouds without praising anything ("hat sogar zurückgerufen", "lief
# super", "on the same day"); per language like the function words above. Intensifiers such as
# "echt" and "mal" are in DOMAIN already. German "zeit" stays a term ("nahm sich Zeit" is praise);
# English "time" goes, since in clouds it is mostly "first time", "every time", "this time".
# "user" is what an @handle becomes (analyze/markup.py).
_FILLER_DE = "sagen sogar obwohl lief laufen bitte bitten gestern grad user"
_FILLER_EN = "day days time times really just also got get english user"
# Phrases removed as a whole (their words may count elsewhere): sign-offs and formulas.
_PHRASES_DE = """
mit freundlichen grüßen | mit freundlichen grüssen | freundliche grüße | freundliche grüsse
freundlichen gruß | beste grüße | liebe grüße | lieben gruß | viele grüße | herzliche grüße
sehr geehrte damen und herren | sehr geehrte | sehr geehrter | liebe frau | lieber herr
liebes team | liebe kollegin | lieber kollege | liebe kolleginnen | hallo liebes team
guten tag | guten morgen | guten abend | schönen tag | schönen abend | schönes wochenende
einen schönen tag | noch einen schönen tag | schöne grüße | schöne feiertage | frohe weihnachten
vielen dank | vielen lieben dank | herzlichen dank | tausend dank | besten dank | danke schön
danke sehr | ich bedanke mich | bleiben sie gesund | alles gute | gute besserung
nur kurz | ganz kurz | kurze rückmeldung | eine kurze rückmeldung | kurzes feedback
"""
_PHRASES_EN = """
kind regards | kindest regards | best regards | warm regards | warmest regards | best wishes
many thanks | thank you | thank you so much | thank you very much | thanks a lot | thanks again
have a nice day | have a great day | have a good day | have a lovely day | have a good one
have a great weekend | have a nice weekend | yours sincerely | yours faithfully | all the best
to whom it may concern | dear sir or madam | dear team | take care | best of luck
just a quick note | a quick note | quick note | just a quick line | a quick line | quick line
just a quick message | a quick message | quick message | a quick word | quick word
"""


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


def _phrases(block: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in block.replace("\n", "|").split("|") if p.strip())


DOMAIN: dict[str, frozenset[str]] = {"de": _words(_DOMAIN_DE), "en": _words(_DOMAIN_EN)}
_CROSS = {"de": _words(_CROSS_DE), "en": _words(_CROSS_EN)}
_EXTRA = {"de": _words(f"{_EXTRA_DE} {_FILLER_DE}"), "en": _words(f"{_EXTRA_EN} {_FILLER_EN}")}
PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {
    "de": _phrases(_PHRASES_DE),
    "en": _phrases(_PHRASES_EN),
}


@functools.cache
def stopwords(language: str) -> frozenset[str]:
    """Lower-case stopwords for ``language`` ("de", "en"; anything else: both).

    Greetings and thanks of *both* languages are always included, because quotes switch
    language ("Danke, great service!") and a sign-off never carries praise.
    """
    langs = (language,) if language in DOMAIN else tuple(DOMAIN)
    words: set[str] = set(DOMAIN["de"] | DOMAIN["en"])
    for lang in langs:
        words |= (set(stopwordsiso.stopwords(lang)) - KEEP[lang]) | _CROSS[lang] | _EXTRA[lang]
    return frozenset(words)


@functools.cache
def stop_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Stop phrases of both languages by first word -> the remaining words, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in PHRASES["de"] + PHRASES["en"]:
        index.setdefault(phrase[0], []).append(phrase[1:])
    return {first: tuple(sorted(rests, key=len, reverse=True)) for first, rests in index.items()}

"""Which capitalised words may be part of a person's name, and which are ordinary words.

``redact_names`` takes a name only from words that pass ``is_name_word``: a stop list keeps
ordinary capitalised words ("Team", "Danke", "Sie", "Kollegin", weekdays, months) from being
taken for names.
"""

from __future__ import annotations

from feedback.analyze.lemmas import known as in_dictionary

__all__ = [
    "ABBREVIATED",
    "ACADEMIC",
    "KIN_NOUNS",
    "TITLE",
    "TITLE_END",
    "dotted_abbreviation",
    "is_name_word",
    "unknown_surname",
]

# Titles before a name (regex source): "Herr", "Frau", "Mrs.", "Dr", "Sir".
TITLE = (
    r"(?:Herrn?|Frau|Hr\.|Fr\.|Familie|Fam\.|Ehepaar|Eheleute|Mrs\.?|Mr\.?|Ms\.?|Miss|Mx\.?"
    r"|Dr\.?|Prof\.?|Sir)"
)
# Academic titles after it; Austrian ones in their female forms too: "Frau Mag.a Huber", "Frau
# Dr.in Bauer"
ACADEMIC = (
    r"(?:Dr\.in|DDr\.|Dr\.|Prof\.|med\.|Ing\.|Mag\.a|MMag\.|Mag\.|Dipl\.-\w+\."
    # the Austrian engineer's title written without dots: "Herr DI Hofbauer", "DI (FH) Gruber"
    r"|DI(?:[ \t]\(FH\))?(?=[ \t\u00a0]+[A-ZÄÖÜ][a-zäöüß.]))"
)
# A title's end: no letter follows, or its dot is glued to the name ("Mr.Smith", "Fr.Schmidt")
TITLE_END = r"(?:(?![\w-])|(?<=\.)(?=[A-ZÄÖÜ]))"


# Endings of abbreviations written with a dot ("Kundennr.", "Tel.", "Hauptstr."): no surname.
ABBREVIATED = ("nr", "str", "tel", "fax", "mob", "geb")


def dotted_abbreviation(word: str, text: str, end: int) -> bool:
    """True when ``word``, ending at ``end`` in ``text``, is an abbreviation written with its
    dot ("Kundennr.", "Tel.", "Hauptstr."): no surname. Our own output read again may hold one
    ("Herr M.Kundennr."), and redacting twice must equal once."""
    return text.startswith(".", end) and word.casefold().endswith(ABBREVIATED)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# German family words that end a name read after a title when a genitive "s" comes before
KIN_NOUNS = _word_set(
    "sohn tochter vater mutter bruder schwester enkel enkelin oma opa tante onkel neffe nichte"
    " nachbar nachbarin"
)


_STOP_WORDS = _word_set(
    """
    ich du er sie es wir ihr ihre ihrem ihren ihrer ihnen dein deine euer eure mein meine unser
    unsere der die das den dem des ein eine einer einem einen und oder aber doch denn also auch
    noch nur schon sehr so ja nein nicht kein keine man wer was wie wo wann warum danke dank
    dankeschön vielen herzlichen herzlich besten lieben liebe lieber liebes hallo hey moin servus
    grüße grüsse gruß gruss tschüss ciao welt bitte entschuldigung sorry super toll klasse top prima
    perfekt wow ok okay gerne gern alles alle allen allerseits zusammen leute team teams service
    support kundenservice kundendienst kundenbetreuung hotline zentrale abteilung firma
    unternehmen kunde kunden kundin kollege kollegin kollegen kolleginnen mitarbeiter
    mitarbeiterin mitarbeitende berater beraterin techniker technikerin doktor professor
    direktor direktorin pfarrer ober nachbar nachbarin mama papa mutti vati oma opa schatz gott
    himmel damen herren herr herrn frau familie hilfe geduld mühe unterstützung einsatz
    freundlichkeit
    beratung termin lösung antwort nachricht mail email e-mail chat telefon anruf rückruf vertrag
    rechnung bestellung paket lieferung internet router handy problem frage info infos tag tage
    woche wochen monat jahr zeit morgen mittag nachmittag abend nacht vormittag wochenende ende
    anfang bescheid montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag januar
    februar märz juni juli september oktober november dezember weihnachten ostern neujahr
    i you your yours we he she they it me my our us the a an and or but thanks thank thankyou
    i'm i've i'll i'd it's that's we're you're they're here's there's
    cheers regards wishes best kind warm love hello hi dear everyone everybody there folks guys
    customer customers sir madam madame mate friend friends again very much for today tomorrow
    mum mom mummy mommy dad daddy granny grandma grandpa nan nana
    please great good morning afternoon evening night monday tuesday wednesday thursday friday
    saturday sunday january february march july september october november december
    mr mrs ms mx miss dr prof hr fr fam ehepaar rev lg glg mfg vg yo name namen
    """
)
# Words ending like this are departments or roles, never a person ("Kundenservice", "Hey Team").
_STOP_ENDINGS = (
    "team", "service", "support", "dienst", "kunde", "kundin", "kunden", "hotline", "center",
    "zentrale", "abteilung", "leute", "gruppe", "shop", "store",
)  # fmt: skip
_MIN_COMPOUND_HEAD = 3  # letters before a role ending: "Webshop", "Fanshop", not "Bishop"


def _compound_ending(folded: str, ending: str) -> bool:
    """``folded`` is ``ending`` or a compound ending in it ("Kundenservice", "Onlineshop")."""
    head = len(folded) - len(ending)
    return folded.endswith(ending) and (head == 0 or head >= _MIN_COMPOUND_HEAD)


# German abstract-noun endings; not used for the first word after a title ("Frau Hartung").
_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ität", "ismus")


def is_name_word(word: str, *, first_after_title: bool, allow_caps: bool) -> bool:
    """True when ``word`` may be part of a person's name: capitalised (all capitals only with
    ``allow_caps``), no stop word, no department or role ("Kundenservice"), and no German
    abstract noun ("Beratung") unless it is the first word after a title ("Frau Hartung")."""
    if sum(ch.isalpha() for ch in word) < 2:
        return False  # an initial ("M.") is already redacted
    if not (word[0].isupper() or word[0].istitle()):
        return False
    if word.isupper() and not allow_caps:
        return False
    folded = word.casefold().replace("’", "'")
    if folded in _STOP_WORDS or any(part in _STOP_WORDS for part in folded.split("-")):
        return False
    if folded.endswith(_STOP_ENDINGS) and any(_compound_ending(folded, e) for e in _STOP_ENDINGS):
        return False
    return first_after_title or len(folded) < 6 or not folded.endswith(_NOUN_ENDINGS)


def unknown_surname(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may be a surname no dictionary knows ("Mulcahy"): not a
    known word, not all capitals, and not an abbreviation with its dot ("Herr M.Kundennr.", our
    own output read again)."""
    token = text[start:end]
    return (
        token[0].isupper()
        and not token.isupper()
        and not dotted_abbreviation(token, text, end)
        and not in_dictionary(token, "de")
        and not in_dictionary(token, "en")
    )

"""First names, read from the name dictionary that the ``gender-guesser`` package ships.

The list (``gender_guesser/data/nam_dict.txt``, Jörg Michael's dictionary of about 45,000 first
names from 54 countries, GNU FDL 1.2) is read from the installed package on first use, never
downloaded, and only looked up: a first name confirms a name where the context alone is weak
("Ich bin Klaus", "I'm Rose", a bare last line "Sebastian Krause"). It never makes a word a name
by itself: a capitalised word in running text stays ("Rose" the flower, "Will do").

Without the package (an install that left it out) the list is empty and only the context rules
that need no list apply.

Shared by the redaction (``feedback.collect``) and the sentiment (``feedback.analyze``: a
complaint that ends in a person's rescue), so it belongs to neither.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

__all__ = [
    "WORDLIKE_NAMES",
    "first_names",
    "is_first_name",
    "is_local_first_name",
    "is_unaccented_first_name",
]

# Entries of the dictionary that are ordinary words after "Ich bin"/"I'm"/"This is" far more
# often than names ("Ich bin Fan", "I'm Done", "I'm German"). Names that are also words
# ("Rose", "Will", "Grace", "Mark") stay in the list: the context rules decide for them.
_ORDINARY = frozenset(
    {
        "am", "im", "in", "an", "so", "art", "fan", "oma", "opa", "seit", "here", "done",
        "okay", "just", "young", "german", "english", "french", "sorry", "may", "june",
        "august", "april", "still", "also", "even", "back", "happy", "ready", "glad",
        "sure", "new"
    }
)  # fmt: skip
# Listed first names that open common phrases far more often than names: "Merry Christmas", "Rose
# Garden", "Santa Claus", "Happy Birthday". They start a full name only after a cue.
WORDLIKE_NAMES = frozenset(
    [
        "merry",
        "happy",
        "santa",
        "rose",
        "grace",
        "hope",
        "joy",
        "faith",
        "mark",
        "bill",
        "will",
        "king",
        "holly",
        "ivy",
        "daisy",
        "lily",
        "summer",
        "autumn",
        "dawn",
        "sky",
        "iris",
        "amber",
        "ruby",
        "jade",
        "pearl",
        "crystal",
        "honey",
        "angel",
        "sunny",
        "star",
        "april",
        "may",
        "june",
        "august",
        "christian",
        "christmas",
        "easter",
        "wolf",
        "ernst",
        "heiner",
        "frohe",
        "gute",
        # German adjectives that are listed first names too: "Nette Geste", "Klare Ansage"
        "klare",
        "nette",
        "liebe",
        "schöne",
        "kluge",
        "treue",
        "herzliche",
        "beste",  # "Beste Banking-App!"
    ]
)
_NAME_COLUMN = slice(3, 29)
_SORT_MARK_COLUMN = 29  # '+': an entry repeated with expanded umlauts (see the file header)


# Columns of the frequency of a name in Great Britain, Ireland, the U.S.A., Germany, Austria and
# Switzerland (see the file header): the countries whose customers write to us.
_LOCAL_COLUMNS = (30, 31, 32, 42, 43, 44)


@functools.cache
def _read() -> tuple[frozenset[str], frozenset[str]]:
    """(every first name, those given a frequency for an English- or German-speaking country),
    casefolded."""
    try:
        data = resources.files("gender_guesser") / "data" / "nam_dict.txt"
        text = data.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset(), frozenset()
    names: set[str] = set()
    local: set[str] = set()
    for line in text.splitlines():
        if len(line) <= _SORT_MARK_COLUMN or line[0] in "#=" or line[_SORT_MARK_COLUMN] == "+":
            continue
        name = line[_NAME_COLUMN].strip().casefold()
        if len(name) >= 2 and "+" not in name and " " not in name and name not in _ORDINARY:
            names.add(name)
            if any(line[i : i + 1].strip() for i in _LOCAL_COLUMNS):
                local.add(name)
    return frozenset(names), frozenset(local)


def first_names() -> frozenset[str]:
    """Every first name of the dictionary, casefolded ("klaus", "ayşe", "hans-jürgen")."""
    return _read()[0]


def is_local_first_name(word: str) -> bool:
    """True when ``word`` is a first name the dictionary gives for Great Britain, Ireland, the
    U.S.A., Germany, Austria or Switzerland ("ben", "guy"; not "file" or "gee", listed for
    other countries only)."""
    return word.casefold().replace("’", "'") in _read()[1]


def is_first_name(word: str) -> bool:
    """True when ``word`` (or, for "Hans-Jürgen", each of its parts) is a listed first name."""
    folded = word.casefold().replace("’", "'")
    names = first_names()
    return folded in names or (
        "-" in folded and all(part in names for part in folded.split("-") if part)
    )


def _unaccented(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@functools.cache
def _unaccented_names() -> frozenset[str]:
    """Listed names with accents, written without them ("sinead" of "sinéad"), where the list
    has no such name of its own."""
    names = first_names()
    return frozenset(
        bare for name in names if (bare := _unaccented(name)) != name and bare not in names
    )


def is_unaccented_first_name(word: str) -> bool:
    """True when ``word``, typed without its accents, is a listed first name that has them
    ("Sinead", "joao"). Some such forms are words too ("come", "nice"): a caller checks that
    no dictionary knows ``word``."""
    return word.casefold() in _unaccented_names()

"""Customers' names written in a non-Latin letter script: Cyrillic, Greek, Armenian, Georgian,
Hebrew, Arabic ("Grüße, דנה כהן", "Thanks so much, Jess! – محمد", "Ich bin Σοφία").

The name rules read capitalised Latin words; Hebrew and Arabic have no capitals, and a Cyrillic
or Greek first name is in no first-name list. Rather than repeat every cue, ``find_script_names``
puts a Latin stand-in of the same length in place of each such word that may be a name (a
caseless word, or a capitalised one of a cased script) and runs the ordinary name rules
(``find_names``) on that text. A name they find that covers stand-ins is the same span in the
original; its initials are the original words' ("Grüße, Qxx Qxx" -> "Grüße, Q. Q." -> "Grüße,
ד. כ."). So a name in another script is a name exactly where a Latin one is: after titles,
greetings, closings, "my son", introductions. The stand-in is a listed first name of that
length ("Qadir") where the word, written in Latin letters, is one ("Σοφία" -> "Sofia", "Дмитрий"
-> "Dmitrij"): the rules that need a listed first name ("Ich bin Σοφία", a full name in running
text) apply then too. Hebrew and Arabic words, written without vowels, are never read as listed
first names: they are names only where the context alone suffices.

Besides, a run of one to three such words that ends the message after a sentence's end, a comma,
a dash or a line break is a signature ("Vielen Dank! Алексей Петров", "Thanks! – محمد"), also
when a hyphen or a Hebrew maqaf joins two of them ("שירה בן־דוד"); a capital or large city
of those scripts alone there is where the customer writes from ("… Hotline. Москва") and stays.

Words that stay: thanks and greetings in those scripts ("спасибо", "شكرا", "תודה", "Ευχαριστώ":
a customer thanking in their language names no one), agents' names in any script, words in
lower case or all capitals of a cased script, and everything in a text without Latin words.
Chinese, Japanese and Korean are left out: they do not separate words by spaces.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from feedback.collect.redact_agent_names import is_agent_word, known_name_keys
from feedback.collect.redact_initials import initial_of
from feedback.collect.redact_patterns import Candidate, Priority, RedactionKind
from feedback.first_names import is_first_name

__all__ = ["LATIN_RE", "SIGN_BEFORE", "SP", "find_script_names"]

# Greek, Cyrillic, Armenian, Hebrew, Arabic (with its supplements and presentation forms),
# Georgian; combining marks of Hebrew and Arabic lie inside these blocks
_LETTERS = (
    "\u0370-\u03ff\u1f00-\u1fff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff"
    "\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u10a0-\u10ff"
)
# their combining marks (Hebrew points, Arabic vowel signs); no punctuation, no digits
_MARKS = (
    "\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670"
)
_WORD_RE = re.compile(rf"(?<![^\W\d_])(?:(?=[^\W\d_]|[{_MARKS}])[{_LETTERS}]){{2,}}(?![^\W\d_])")
_ANY_RE = re.compile(f"[{_LETTERS}]")
LATIN_RE = re.compile(r"[A-Za-zÄÖÜäöüß]{2}")  # a text with Latin words
SP = "[ \t\u00a0]"
# before a signature: a sentence's end (Arabic and Chinese ones too), comma, dash or line
# break, and spaces or emoji
SIGN_BEFORE = rf"(?:[.!?,;:)\u061f\u06d4。！？，]|{SP}[-–—]|[-–—]{SP}|\n)[^\w\n]*"
# a signature: one to three words, the message's end
_END_RE = re.compile(
    rf"{SIGN_BEFORE}(?P<run>[{_LETTERS}][^\s.!?,;:)]*(?:{SP}+[{_LETTERS}][^\s.!?,;:)]*){{0,2}})"
    r"\W*\Z"
)

# Thanks, greetings and blessings in those scripts (casefolded, without Arabic vowel marks)
_KEPT_WORDS = """
    спасибо спасиб благодарю благодарим дякую спасибі привет здравствуйте пожалуйста большое
    огромное всё все хорошо отлично супер пока удачи с уважением уважением хвала
    ευχαριστώ ευχαριστούμε ευχαριστω πολύ πολυ γεια καλημέρα σας χαίρετε φιλιά μπράβο
    תודה רבה שלום בברכה ברכה תודות המון יישר כוח
    شكرا شكر جزيلا جزيل مرحبا السلام سلام عليكم الله بارك فيك فيكم مشكور مشكورين جدا تحياتي
    شكراً
    """
# Capitals and large cities in those scripts: one alone at the end names where the customer
# writes from ("Super Hotline. Москва"), not who ("_" joins the words of a name; "София" is
# a first name too: it signs)
_PLACE_WORDS = """
    москва петербург санкт-петербург киев київ минск мінск алматы астана ташкент бишкек
    душанбе баку ереван тбилиси кишинёв кишинев рига вильнюс таллин одесса одеса харьков
    харків львов львів днепр дніпро новосибирск екатеринбург казань самара омск ростов
    белград београд скопје подгорица сараево
    αθήνα αθηνα θεσσαλονίκη λευκωσία πάτρα ηράκλειο
    ירושלים חיפה תל_אביב תל־אביב
    القاهرة الرياض دبي بيروت دمشق بغداد عمان الدوحة الكويت تونس الجزائر الرباط الدار_البيضاء
    طهران تهران کابل اسطنبول
    երևան თბილისი
    """
# Cyrillic and Greek in Latin letters, German and English ways (after accents are removed);
# letters not listed are written the same in both
_CYRILLIC = "абвгдеёзиклмнопрстуфыэ", "abvgdeeziklmnoprstufye"
_GREEK = "αβγδεζηθικλμνξοπρσςτυφχψω", "avgdeziθiklmnxoprsstyfxψo"
_SPELLINGS = (
    {"й": "j", "х": "ch", "ж": "sch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch",
     "ю": "ju", "я": "ja", "в": "w", "ь": "", "ъ": "", "θ": "th", "ψ": "ps", "χ": "ch"},
    {"й": "y", "х": "kh", "ж": "zh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
     "ю": "yu", "я": "ya", "ий": "iy", "ь": "", "ъ": "", "θ": "th", "ψ": "ps", "χ": "ch",
     "ου": "ou"},
)  # fmt: skip
_TABLE = dict(zip(_CYRILLIC[0] + _GREEK[0], _CYRILLIC[1] + _GREEK[1], strict=True))
# Listed first names of each length (``feedback.first_names``) that no dictionary knows; two
# initials, so that a text with a Latin "Q" uses the other; longer words get an unlisted stand-in
_STAND_INS = {
    "Q": ("Qu", "Qiu", "Qais", "Qadir", "Qassem", "Qirjako", "Quintina", "Quintilia"),
    "X": ("Xu", "Xin", "Xavi", "Xenia", "Xander", "Xanthos", "Xenophon", "Xanthoula"),
}


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_KEPT = frozenset(_plain(word) for word in _KEPT_WORDS.split())
_PLACES = frozenset(_plain(word).replace("_", " ") for word in _PLACE_WORDS.split())
_MAQAF_RE = re.compile("[\u05be-]")  # a Hebrew or Latin hyphen joins a double name


def _may_be_name(word: str, known: frozenset[str]) -> bool:
    """Caseless, or capitalised and not all capitals; no thanks word; no agent's name."""
    cased = any(ch.isupper() or ch.islower() for ch in word)
    if cased and not (word[0].isupper() and not word.isupper()):
        return False
    plain = _plain(word)
    return plain not in _KEPT and plain not in _PLACES and not is_agent_word(word, known)


def _latin(word: str, spelling: dict[str, str]) -> str:
    plain = _plain(word)
    out: list[str] = []
    i = 0
    while i < len(plain):
        pair = plain[i : i + 2]
        if pair in spelling:
            out.append(spelling[pair])
            i += 2
            continue
        ch = plain[i]
        out.append(spelling.get(ch, _TABLE.get(ch, ch)))
        i += 1
    return "".join(out)


def _listed(word: str) -> bool:
    """True when ``word`` (Cyrillic or Greek) written in Latin letters is a listed first name."""
    return any(is_first_name(_latin(word, spelling)) for spelling in _SPELLINGS)


def _stand_in(letter: str, word: str) -> str:
    pool = _STAND_INS[letter]
    n = len(word)
    return pool[n - 2] if n - 2 < len(pool) and _listed(word) else letter + "x" * (n - 1)


def _signatures(text: str, words: list[re.Match[str]], known: frozenset[str]) -> list[Candidate]:
    m = _END_RE.search(text, max(0, words[-1].start() - 160))
    if m is None or m.end("run") <= words[-1].start():
        return []
    run = m.group("run")
    found = _WORD_RE.findall(run)
    if " ".join(found) != " ".join(_MAQAF_RE.sub(" ", run).split()):
        return []  # "בן־דוד" is two words joined
    if not all(_may_be_name(w, known) for w in found) or _plain(" ".join(found)) in _PLACES:
        return []
    initials = " ".join(initial_of(w) for w in found)
    end = m.end("run") + text.startswith(".", m.end("run"))  # the last initial's dot
    return [Candidate(m.start("run"), end, RedactionKind.NAME, initials, Priority.NAME)]


def _back(candidate: Candidate, words: list[tuple[int, int, str]], text: str) -> Candidate | None:
    """``candidate`` found in the stand-in text, with the original words' initials, or None
    when it cuts a stand-in or its replacement does not show each stand-in once."""
    touched = [w for w in words if w[0] < candidate.end and candidate.start < w[1]]
    inside = [w for w in touched if candidate.start <= w[0] and w[1] <= candidate.end]
    if not inside or len(inside) < len(touched):
        return None
    replacement = candidate.replacement
    at = 0
    for start, end, stand_in in inside:
        pattern = rf"(?<![^\W\d_])(?:{stand_in}(?![^\W\d_])|{stand_in[0]}(?=\.))"
        m = re.compile(pattern).search(replacement, at)
        if m is None:
            return None
        original = text[start:end]
        new = original if len(m.group()) > 1 else initial_of(original)[:-1]
        replacement = replacement[: m.start()] + new + replacement[m.end() :]
        at = m.start() + len(new)
    return candidate._replace(replacement=replacement)


def find_script_names(
    text: str,
    known_names: tuple[str, ...],
    find_names: Callable[[str, tuple[str, ...]], list[Candidate]],
) -> list[Candidate]:
    """Customers' names in a non-Latin script in ``text`` (which must hold Latin words too),
    found by ``find_names`` (the Latin name rules) on a stand-in text and as signatures."""
    if text.isascii() or _ANY_RE.search(text) is None or LATIN_RE.search(text) is None:
        return []
    matches = list(_WORD_RE.finditer(text))
    if not matches:
        return []
    known = known_name_keys(known_names)
    found = _signatures(text, matches, known)
    letter = next((x for x in _STAND_INS if x not in text), None)
    if letter is None:
        return found
    words: list[tuple[int, int, str]] = []
    parts: list[str] = []
    cursor = 0
    for m in matches:
        if _may_be_name(m.group(), known):
            words.append((m.start(), m.end(), _stand_in(letter, m.group())))
            parts += [text[cursor : m.start()], words[-1][2]]
            cursor = m.end()
    if not words:
        return found
    stand_in_text = "".join(parts) + text[cursor:]
    for candidate in find_names(stand_in_text, known_names):
        back = _back(candidate, words, text)
        if back is not None:
            found.append(back)
    return found

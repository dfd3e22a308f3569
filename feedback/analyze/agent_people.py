"""Whom a person word names in the agent check (``agent_context``): someone who served, or the
customer's own people or company; a first name; the customer repairing a thing alone."""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.agent_words import THANKS, Lists
from feedback.analyze.clauses import ends_sentence
from feedback.analyze.stopwords import stopwords
from feedback.analyze.theme_keywords import fold
from feedback.first_names import WORDLIKE_NAMES, is_first_name

# English puts no article before a person's first name.
_ARTICLES_EN = frozenset(("the", "a", "an"))
# Listed first names that are ordinary nouns and words in reviews and quotes far more often
# ("die Lage", "macht Spaß", "der Ton", "Love it"): in the agent check they name no one who
# served. Kept here, not in ``WORDLIKE_NAMES``, which the redaction of names reads as well.
_ORDINARY_WORDS = frozenset(
    {
        "lage", "ton", "ding", "spass", "ecke", "stern", "sommer", "magen", "job",
        "alter", "chance", "foto", "enkel", "rand", "mist", "sinne", "chip", "tab", "mai",
        "juli", "love", "march", "brand", "free", "save", "price", "ear", "ideal", "door",
        "floor", "lucky", "tiny", "liberty", "prune", "paris", "london", "florenz",
        "florence", "brooklyn", "sydney", "san",
    }
)  # fmt: skip


def serves(tokens: Sequence[str], i: int, lists: Lists) -> bool:
    """False for a person word that names no one who served: the customer's own people after
    "mein"/"my" ("meine Frau", "my colleague") or beside friends and family ("mit Kollegen
    oder Freunden"), and "jemand"/"someone" after "ich bin"/"I am" (the customer) or "ob"/"if"
    (only asked about: "ob jemand zu Hause ist"), and people in general after "for"/"if"
    ("for folks who ...", "für Leute, die ...")."""
    form = fold(tokens[i])
    before = fold(tokens[i - 1]) if i > 0 else ""
    if before in lists.own and (form in lists.relations or form.startswith(lists.relation_stems)):
        return False
    if form in lists.verbs and before in lists.verb_before:
        return False  # "Phone does not support 5GHz": a verb
    if form in lists.verbs and i + 1 < len(tokens) and fold(tokens[i + 1]) in lists.of_words:
        return False  # "the support of the play store": a feature
    if _with_companions(tokens, i, lists):
        return False
    if form in lists.generic_people and before in lists.conditionals:
        return False  # "for folks who like to read", "if people are buying": anyone
    return form not in lists.indefinite or before not in lists.self_words


def _with_companions(tokens: Sequence[str], i: int, lists: Lists) -> bool:
    """True when the person word at ``i`` is joined by "und"/"oder"/"and"/"or" to friends or
    family ("mit Kollegen oder Freunden", "friends and colleagues"): the customer's company."""
    for j, k in ((i + 1, i + 2), (i - 1, i - 2)):
        if 0 <= k < len(tokens) and fold(tokens[j]) in lists.joins and lists.companion(tokens[k]):
            return True
    return False


def first_name(tokens: Sequence[str], i: int) -> bool:
    """A capitalised first name ("Tom was so patient", "Lisa hat sofort geholfen"): in the cue's
    own clause it names the person who acted, as "Frau" does. Names that are words as well
    ("Rose", "Will", a stopword such as "Kam"), a name inside a longer proper name
    ("Checkpoint Charlie") and a word after an English article ("the Thai food") do not
    count."""
    token = tokens[i]
    folded = token.casefold()
    if not token[:1].isupper() or token.isupper() or folded in WORDLIKE_NAMES:
        return False
    if folded in _ORDINARY_WORDS:
        return False
    if folded in stopwords("any"):  # "Kam schnell an": a verb opening the sentence
        return False
    if i > 1 and tokens[i - 1][:1].isupper() and not ends_sentence(tokens[i - 2]):
        return False
    if i > 0 and tokens[i - 1].casefold() in _ARTICLES_EN:  # "the Thai food": no one's name
        return False
    return is_first_name(token)


def after_thanks(tokens: Sequence[str], i: int, lo: int, lists: Lists) -> bool:
    """True when a thanks word stands up to three tokens before ``i`` ("thank you, Leonie"):
    a first name there is the person thanked, wherever the sentence's cue is."""
    kind = lists.kind
    for j in range(max(lo, i - 3), i):  # noqa: SIM110 (a loop: called for most tokens)
        if kind(tokens[j]) == THANKS:
            return True
    return False


def customer_fixes(tokens: Sequence[str], start: int, lo: int, lists: Lists) -> bool:
    """True when the cue at ``start`` is a repair (``fixes``) whose subject is the customer:
    "I" right before it or before up to two modal words ("I can fix it", "I finally solved")."""
    if not lists.fixes(tokens[start]):
        return False
    for j in range(start - 1, max(lo - 1, start - 4), -1):
        form = fold(tokens[j])
        if form in lists.self_subjects:
            return True
        if form not in lists.modals:
            return False
    return False


def thanks_to(tokens: Sequence[str], i: int, lists: Lists) -> bool:
    """True when the thanks word at ``i`` is the German preposition "dank" (``thanks_to``): a
    word follows that is none of ``thanks_objects`` and none of ``thanks_before`` stands before
    it ("schnell und langlebig dank Top-Technik", "dank dieser Leckerlis"); "vielen Dank",
    "Dank an das Team", "Danke" stay thanks. The word after the preposition decides who is
    meant ("Dank Ihnen", "Dank Lea")."""
    if fold(tokens[i]) not in lists.thanks_to or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if not after[:1].isalnum() or fold(after) in lists.thanks_objects:
        return False
    return i == 0 or fold(tokens[i - 1]) not in lists.thanks_before


def impersonal(tokens: Sequence[str], i: int, lo: int, hi: int, lists: Lists) -> bool:
    """True when the token at ``i`` is an impersonal "man" (``impersonal``) and a modal of what
    anyone can do (``impersonal_modals``) stands in tokens ``lo``..``hi``: "sodass man es
    problemlos transportieren kann" names no one who served ("so muss man nicht mit mir reden"
    blames the one who did)."""
    if fold(tokens[i]) not in lists.impersonal:
        return False
    return any(fold(tokens[j]) in lists.impersonal_modals for j in range(lo, hi))


def self_described(tokens: Sequence[str], start: int, lo: int, lists: Lists) -> bool:
    """True when the cue at ``start`` follows "ich bin"/"I am" (``i_am``) with only an article or
    degree words (``degrees``) between: it describes the customer ("I'm a professional graphic
    designer", "Ich bin ein sehr geduldiger Mensch"), not who served. An article must stand
    between: "Bin sofort durchgekommen", "I'm back online" tell what happened."""
    article = False
    for j in range(start - 1, max(lo - 1, start - 4), -1):
        form = fold(tokens[j])
        if form in lists.i_am:
            return article
        article = article or form in lists.articles
        if not article and form not in lists.degrees:
            return False
    return False


def generic_you(tokens: Sequence[str], i: int, lo: int, hi: int, lists: Lists) -> bool:
    """True when the "Sie"/"du"/"you" at ``i`` goes with a modal of advice or of what anyone
    can do (``generic_modals``), right after it or, German, right before it: "Sie müssen
    geduldig sein", "können Sie jetzt sogar ...", "you can tweak it": anyone, not who served
    ("Sie konnten mir sofort helfen" is past, and stays)."""
    if fold(tokens[i]) not in lists.second_persons:
        return False
    after = i + 1 < hi and fold(tokens[i + 1]) in lists.generic_modals
    before = lists.capital_nouns and i > lo and fold(tokens[i - 1]) in lists.generic_modals
    # German puts the modal of a subordinate clause last: "sodass Sie sofort darauf zugreifen
    # können"
    last = (
        lists.capital_nouns
        and i > lo
        and fold(tokens[lo]) in lists.generic_openers
        and fold(tokens[hi - 1]) in lists.generic_modals
    )
    return after or before or last


def written_by_service(tokens: Sequence[str], lists: Lists) -> bool:
    """True when the quote holds a phrase of a shop or maker answering its customer
    (``replies``: "Sehr geehrter Kunde", "thank you for your message"): such a text is the
    service speaking, and its cues credit no one. Clause breaks are skipped."""
    if not lists.replies:
        return False
    forms = [fold(token) for token in tokens if token and token[0].isalnum()]
    starts = lists.reply_starts
    for i, form in enumerate(forms):
        if form in starts:
            for phrase in lists.replies:
                if tuple(forms[i : i + len(phrase)]) == phrase:
                    return True
    return False

"""What a thing does, in the agent check (``agent_context``): a device or a delivery that is
fast or works, not a person ("es reagiert schnell", "- lädt schnell", "Kam schnell an"); a
thing described as it is ("es ist sehr schnell"); a dish's taste ("They are very sweet")."""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze import agent_words as words
from feedback.analyze.agent_people import after_thanks, first_name, serves
from feedback.analyze.agent_words import Lists
from feedback.analyze.theme_keywords import fold

# "your phone", "ihr Handy": whose thing it is, not who acted
_POSSESSIVES = frozenset(
    ("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen", "your", "Your", "ur")
)


def thing_does(
    tokens: Sequence[str],
    start: int,
    end: int,
    clause: tuple[int, int],
    sentence: tuple[int, int],
    lists: Lists,
) -> bool:
    """True when a word of what goods and devices do (``acts``: "lädt", "kam", "charges",
    "arrived") stands up to three words before or two after the cue and its clause names
    nobody who served, no pronoun, no first name and no service work but things and faults
    (``service_things``): "Kam auch verdammt schnell", "- charges quickly", "it came
    quickly"; "Der Techniker kam pünktlich", "Die Antwort kam zwar fix" keep their credit, and
    so does thanks in a sentence that names no product ("Danke, die Erstattung kam sofort!")."""
    lo, hi = clause
    near = range(max(lo, start - 3), min(hi, end + 3))
    if not any(fold(tokens[i]) in lists.acts for i in near):
        return False
    if _names_anyone(tokens, lo, hi, set(), lists):
        return False  # "Der Techniker kam pünktlich", "Die Antwort kam fix"
    seen = {lists.kind(tokens[i]) for i in range(*sentence)}
    return words.THANKS not in seen or words.PRODUCT in seen or words.OBJECT in seen


def goods_in_time(
    tokens: Sequence[str], start: int, end: int, clause: tuple[int, int], lists: Lists
) -> bool:
    """True when a cue of several words naming a time span (``spans``: "innerhalb von 3
    Tagen", "next day") stands in a clause that tells of goods on their way (``goods``:
    "erhalten", "geliefert", "received", "ordering", or ``acts``: "kam", "arrived") and names
    nobody who served, no pronoun, no first name and no service work but things: "Kam schnell
    innerhalb von 3 Tagen an", "Mi Band arrived within 5 days of order"; "Die Gutschrift kam
    am selben Tag", "Sie haben es innerhalb von 2 Tagen geliefert" keep their credit."""
    if start == end or not any(lists.span(tokens[i]) for i in range(start, end + 1)):
        return False
    lo, hi = clause
    cue = set(range(start, end + 1))
    if not any(lists.goods(tokens[i]) for i in range(lo, hi) if i not in cue):
        return False
    return not _names_anyone(tokens, lo, hi, cue, lists)


def there_to_have(tokens: Sequence[str], at: int, lo: int, lists: Lists) -> bool:
    """True when the one-word cue at ``at`` is an English "available" (``postpositive``) after
    a word of its clause that is no form of "be", no adverb and no "yourself" (``predicates``),
    no person, pronoun or service work: it describes what is there ("all the SIM cards
    available", "we always have some available", "becomes available on login"); "always
    available", "agents available", "for being available", "24/7 available" stay."""
    if at == lo or fold(tokens[at]) not in lists.postpositive:
        return False
    before = tokens[at - 1]
    form = fold(before)
    if not before.isalpha() or form in lists.predicates or form.endswith("ly"):
        return False
    return lists.kind(before) not in (words.AGENT, words.PRONOUN, words.SERVICE)


def stress(tokens: Sequence[str], i: int, lists: Lists) -> bool:
    """True when the cue at ``i`` is "even"/"sogar" (``focus``) before a function word
    (``focus_stops``): it stresses what follows, it is no act beyond the job."""
    return fold(tokens[i]) in lists.focus and fold(tokens[i + 1]) in lists.focus_stops


def verb_cue(token: str, lists: Lists) -> bool:
    """True when the cue ``token`` right after a product is a verb, so the product is what
    acted ("Die Verpackung hilft", "mine works perfectly"): German by its lower case, English
    by "-s"/"-ed" ("product knowledge" names a skill and is no verb)."""
    if lists.capital_nouns:
        return token[:1].islower()
    return token.endswith(("s", "ed")) and not token.endswith("ss")


def is_event(tokens: Sequence[str], start: int, end: int, lo: int, hi: int, lists: Lists) -> bool:
    """True when the cue names what happens to a trip or a thing ("delays", "works great")
    and its clause (``lo``..``hi``) holds no word of a repair ("funktioniert wieder"). A cue
    that ends in its negator ("funktioniert immer noch nicht") complains, as the customer of
    a service does, and is no event."""
    if fold(tokens[end]) in lists.not_a or not any(
        lists.event(tokens[i]) for i in range(start, end + 1)
    ):
        return False
    return not any(fold(tokens[i]) in lists.repairs for i in range(lo, hi))


def it_acts(tokens: Sequence[str], start: int, lo: int, lists: Lists) -> bool:
    """True when "es"/"it" opening the cue's clause, or after "und"/"and", does something itself
    ("es reagiert schnell", "and it worked immediately"); "Es ging schnell", "it was quick",
    "it took two minutes" say how the handling went."""
    for j in range(start - 2, lo - 1, -1):
        if fold(tokens[j]) in lists.it_words and (j == lo or fold(tokens[j - 1]) in lists.joins):
            verb = fold(tokens[j + 1])
            return verb not in lists.copulas and verb not in lists.auxiliaries
    return False


def it_is(
    tokens: Sequence[str], start: int, clause: tuple[int, int], cue: set[int], lists: Lists
) -> bool:
    """True when the cue's clause opens with "es"/"it" (for a weak cue also "das"/"this"), or
    has one after "und"/"and", and a present-tense copula before the cue, and names nobody who
    served, no pronoun, no first name and no service work: "es ist sehr hilfreich und sehr
    schnell", "this is fast and convenient" describe a thing; "es ging schnell", "it was
    quick" (past), "Das ist nicht selbstverständlich" (a strong cue) and "it is great how fast
    you answered" stay."""
    lo, hi = clause
    subjects = lists.this_words if lists.weak(tokens[start]) else lists.it_words
    for j in range(lo, start - 1):
        if fold(tokens[j]) not in subjects or fold(tokens[j + 1]) not in lists.present:
            continue
        if j == lo or fold(tokens[j - 1]) in lists.joins:
            return not _names_anyone(tokens, lo, hi, cue, lists)
    return False


def _names_anyone(tokens: Sequence[str], lo: int, hi: int, cue: set[int], lists: Lists) -> bool:
    """True when tokens ``lo``..``hi`` (cues left out) name a person who served, a pronoun
    other than "it", a first name or service work."""
    for i in range(lo, hi):
        if i in cue:
            continue
        kind = lists.kind(tokens[i])
        if (
            kind == words.AGENT
            and serves(tokens, i, lists)
            and not after_thanks(tokens, i, lo, lists)
        ):
            return True  # ... not one only thanked ("danke Verkäufer")
        if kind == words.SERVICE and not lists.thing_work(tokens[i]):
            return True  # "Geräte werden schnell aufgeladen": a thing's work is none
        if kind == words.PRONOUN and tokens[i] not in _POSSESSIVES and fold(tokens[i]) != "it":
            return True
        if kind == words.OTHER and first_name(tokens, i):
            return True
    return False


def taste_of_them(
    tokens: Sequence[str], at: int, spans: tuple[tuple[int, int], ...], lists: Lists
) -> bool:
    """True when the one-word cue at ``at`` is a taste word ("süß", "sweet"), "they"/"sie"
    stands in its clause and its sentence names nobody who served: "They are very sweet and
    chocolaty" (the dishes); "They were so sweet to my kids, the staff" stays."""
    if fold(tokens[at]) not in lists.tastes:
        return False
    (lo, hi), sentence = spans  # the cue's clause and sentence
    forms = [fold(token) for token in tokens[lo:hi]]
    if not any(
        tuple(forms[i : i + len(phrase)]) == phrase
        for phrase in lists.they
        for i in range(len(forms))
    ):
        return False
    for i in range(*sentence):
        kind = lists.kind(tokens[i])
        if (kind == words.AGENT and serves(tokens, i, lists)) or (
            kind == words.OTHER and first_name(tokens, i)
        ):
            return False
    return True

"""What a thing does, in the agent check (``agent_context``): a device or a delivery that is
fast or works, not a person ("es reagiert schnell", "- lädt schnell", "Kam schnell an"); a
thing described as it is ("es ist sehr schnell"); a dish's taste ("They are very sweet")."""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze import agent_words as words
from feedback.analyze.agent_people import after_thanks, first_name, serves
from feedback.analyze.agent_words import Lists
from feedback.analyze.theme_keywords import fold

# An article or possessive before a cue makes it a noun ("the best thing is the honesty of the
# staff"), not what a thing is said to be.
DETERMINERS = frozenset(
    ("der", "die", "das", "ein", "eine", "einen", "dem", "den", "the", "a", "an", "their", "its")
)
# "your phone", "ihr Handy": whose thing it is, not who acted
_THINGS = frozenset((words.PRODUCT, words.OBJECT, words.CHANNEL))
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
    if names_anyone(tokens, lo, hi, set(), lists):
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
    return not names_anyone(tokens, lo, hi, cue, lists)


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


def span_after(tokens: Sequence[str], i: int, cue: set[int], lists: Lists) -> bool:
    """True when the cue right after the product word at ``i`` names a time span ("Fast
    delivery within 5 days"): the product is what took that time, not a skill ("product
    knowledge")."""
    j = i + 1
    while j in cue and j < len(tokens):
        if lists.span(tokens[j]):
            return True
        j += 1
    return False


def customer_acts(
    tokens: Sequence[str], start: int, end: int, clause: tuple[int, int], lists: Lists
) -> bool:
    """True when the cue at ``start``..``end`` holds a repair or an effort (``fixes``,
    ``own_acts``) whose subject is the customer: "ich"/"I" (``subjects``) stands before it in its
    clause with no "dass"/"that" (``subordinators``) between, and the clause names nobody who
    served, no pronoun, no first name and no service work but things: "wie ich das Problem auf
    meinem alten Laptop gelöst habe", "Ich gebe mir große Mühe"; "Ich bin froh dass das
    Problem gelöst ist" and "Ich habe mit Frau Weber das Problem gelöst" keep their credit."""
    if not any(
        lists.fixes(tokens[i]) or fold(tokens[i]) in lists.own_acts for i in range(start, end + 1)
    ):
        return False
    lo, hi = clause
    for j in range(start - 1, lo - 1, -1):
        form = fold(tokens[j])
        if form in lists.subordinators:
            return False
        if form in lists.self_subjects:
            return not names_anyone(tokens, lo, hi, set(range(start, end + 1)), lists)
    return False


def purchase(tokens: Sequence[str], i: int, clause: tuple[int, int], lists: Lists) -> bool:
    """True when the service word at ``i`` is an order (``goods``: "Bestellung", "ordering")
    and another word of goods on their way that is a product's stands in the ``clause``
    ("nach Bestellung erhalten", "received 3 days after ordering"): a purchase. A service word
    of time (``durations``: "took") before what goods do (``acts``: "arrive") in a clause with
    no other service word is how long the goods took ("Took less than a week to arrive"; "It
    took a week for the refund to arrive" stays)."""
    if fold(tokens[i]) in lists.durations:
        rest = range(i + 1, clause[1])
        return any(fold(tokens[k]) in lists.acts for k in rest) and all(
            lists.kind(tokens[k]) != words.SERVICE for k in rest
        )
    if not lists.goods(tokens[i]):
        return False
    return any(
        k != i and lists.goods(tokens[k]) and lists.kind(tokens[k]) == words.PRODUCT
        for k in range(*clause)
    )


def went_to(tokens: Sequence[str], i: int, lo: int, lists: Lists) -> bool:
    """True when the service word at ``i`` is a verb of going (``goings``: "gegangen", "ging")
    after a direction (``directions``: "zu", "zum", "ins") up to three words before: "ich bin zu
    den Einstellungen gegangen" went somewhere; "wie schnell das ging" tells how it went."""
    if fold(tokens[i]) not in lists.goings:
        return False
    return any(fold(tokens[j]) in lists.directions for j in range(max(lo, i - 3), i))


def aim(tokens: Sequence[str], start: int, sentence: tuple[int, int], lists: Lists) -> bool:
    """True when the cue at ``start`` is a repair (``fixes``) right after "zu"/"to" (``aims``)
    and its sentence names nobody who served, no pronoun but "it", no first name and no service
    work but things: "habe schon alles versucht, um das Problem zu beheben", "das schien das
    Problem zu beheben" tell an aim; "Sie hat sich Zeit genommen, das Problem zu lösen" and
    "Took the time to fix it" keep their credit."""
    if start == 0 or fold(tokens[start - 1]) not in lists.aims or not lists.fixes(tokens[start]):
        return False
    return not names_anyone(tokens, *sentence, {start}, lists)


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


def thing_works(
    tokens: Sequence[str],
    start: int,
    end: int,
    spans: tuple[tuple[int, int], tuple[int, int]],
    cue: set[int],
    lists: Lists,
) -> bool:
    """True when the cue tells that something works (``works``: "funktioniert", "works
    perfectly"), its clause holds no repair word ("wieder", "again") and its sentence names a
    product, a thing or a thing's fault but nobody who served, no pronoun, no first name, no
    service work and no thanks: "mine works perfectly with my old sim card". "The app works
    again", "It works! Thank you!!" and "Hat am Ende funktioniert" keep their credit, and a
    negated cue ("still not working") stays a complaint."""
    if not any(fold(tokens[i]) in lists.works for i in range(start, end + 1)):
        return False
    (lo, hi), (s_lo, s_hi) = spans  # the cue's clause and sentence
    if any(fold(tokens[i]) in lists.repairs for i in range(lo, hi)):
        return False
    if any(
        fold(tokens[i]) in lists.not_a or fold(tokens[i]).endswith("n't")
        for i in range(max(lo, start - 2), end + 1)
    ):
        return False  # "Still not working after three calls": a complaint, no product's state
    if names_anyone(tokens, s_lo, s_hi, cue, lists):
        return False
    named = False
    for i in range(s_lo, s_hi):
        if i in cue:
            continue
        token = tokens[i]
        kind = lists.kind(token)
        if kind == words.THANKS or (kind == words.PRONOUN and fold(token) != "it"):
            return False  # "danke", "since your visit": said to whoever served
        named = (
            named
            or kind in _THINGS
            or (kind == words.SERVICE and lists.thing_work(token))
            # a German noun ("SIM-Karte", "Gerät"), not opening the sentence
            or (lists.capital_nouns and i > s_lo and kind == words.OTHER and token[:1].isupper())
        )
    return named


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
    for j in range(lo, start):
        if not _subject_is(tokens, j, subjects, lists):
            continue
        if j == lo or fold(tokens[j - 1]) in lists.joins:
            return not names_anyone(tokens, lo, hi, cue, lists)
    return False


def _subject_is(tokens: Sequence[str], j: int, subjects: frozenset[str], lists: Lists) -> bool:
    """True when token ``j`` and the next are a subject of ``subjects`` and a present-tense
    copula ("es ist", "it is"), or token ``j`` is both, contracted ("it's", "this's")."""
    form = fold(tokens[j])
    if form[-2:] in ("'s", "’s") and form[:-2] in subjects:
        return True
    if form == "its" and "it" in subjects and lists.weak(tokens[j + 1]):
        return True  # "Its speedy on loading pages": "it's" without its apostrophe
    return form in subjects and fold(tokens[j + 1]) in lists.present


def names_anyone(tokens: Sequence[str], lo: int, hi: int, cue: set[int], lists: Lists) -> bool:
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


def device_sound(
    tokens: Sequence[str], at: int, sentence: tuple[int, int], lists: Lists
) -> bool | None:
    """For a one-word cue at ``at`` that is also a device's sound ("Ton"): True when its
    sentence names a product, a thing or something played (``media``: "Filme", "MP3"), False
    when it names someone who served or a first name ("Frau Weber hatte einen netten Ton"),
    None otherwise ("der Ton war unter aller Kanone": the quote decides). Other cues: False."""
    if fold(tokens[at]) not in lists.sounds:
        return False
    played = False
    for i in range(*sentence):
        if i == at:
            continue
        kind = lists.kind(tokens[i])
        if (kind == words.AGENT and serves(tokens, i, lists)) or (
            kind == words.OTHER and first_name(tokens, i)
        ):
            return False
        form = fold(tokens[i])
        played = played or (
            kind in (words.PRODUCT, words.OBJECT)
            or form in lists.media_exact
            or form.startswith(lists.media_stems)
        )
    return True if played else None


def noun_after(tokens: Sequence[str], i: int, hi: int, lists: Lists) -> bool:
    """True when the product word at ``i`` is a noun the cue before it describes ("Schnelle
    Lieferung", "fast charging"): not a verb ("refund arrived", "schnell geliefert"), nor the
    first half of a service word ("quick phone call")."""
    token = tokens[i]
    if token.endswith("ed") or (lists.capital_nouns and not token[:1].isupper()):
        return False
    return (
        i + 1 >= hi
        or lists.kind(token) != words.CHANNEL
        or lists.kind(tokens[i + 1]) != words.SERVICE
    )


def of_product(tokens: Sequence[str], i: int, hi: int, lists: Lists) -> bool:
    """True when the service word at ``i`` is a product's: "of"/"von" and a product (an
    article between allowed) follow it ("response of the fingerprint reader")."""
    if i + 2 >= hi or fold(tokens[i + 1]) not in lists.of_words:
        return False
    j = i + 3 if fold(tokens[i + 2]) in DETERMINERS and i + 3 < hi else i + 2
    # the product or the word after it: "response of finger sensor"
    return any(lists.kind(tokens[k]) == words.PRODUCT for k in range(j, min(j + 2, hi)))


def none_before(tokens: Sequence[str], i: int, lo: int, lists: Lists) -> bool:
    """True when a word saying no service work was needed stands before the service word at
    ``i``, right before it or before an article ("keine Probleme", "not an issue")."""
    if i > lo and fold(tokens[i - 1]) in lists.none_words:
        return True
    return (
        i - 1 > lo and fold(tokens[i - 1]) in lists.articles and fold(tokens[i - 2]) in lists.not_a
    )

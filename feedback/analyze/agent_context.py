"""Is a theme cue about how a service person acted? A cheap clause check (issue 12).

"Sie haben schnell geholfen" credits speed; "mit dem Bus kommt man schnell in die Stadt" does
not. The check looks at the cue's clause (tokens between , ; : . ! ? and the like), then at its
sentence, in this order:

0. the cue said of a product or thing by a copula ("Die Lieferung war sehr schnell", "the
   food was so sweet"), a German taste or event word before a noun ("ein süßes Geschenk"), a
   German cue opening an imperative or question ("Helfen Sie mir bitte"), a repair by the
   customer ("I can fix it") -> no, whoever else the clause names; a weak cue next to what
   a thing does ("lädt schnell", "Kam schnell an") -> no, unless its clause names a person;
   a clause opened by "es ist"/"this is" that names nobody ("es ist sehr hilfreich und sehr
   schnell") or a taste word after "they" ("They are very sweet") -> no;
1. a service person (``agents``: Sie/du/Mitarbeiter/Frau X, you/the staff/the seller; in the
   cue's clause also a capitalised first name: "Tom was so patient") -> yes; not the
   customer's own people ("meine Frau", "my colleague") nor the customer ("Ich bin jemand");
   a person only thanked ("danke Verkäufer") vouches as thanks does, not beside a product;
2. a thing, place or trip (``objects``: Bus, Zimmer, flight, room), or a product the cue
   describes ("Schnelle Lieferung", "fast charging") -> no;
3. service work (``service``: geholfen, erklärt, call back, on hold) or a pronoun -> yes;
   thanks ("danke", "thank you") too, unless a product is named ("danke für das Geschenk");
4. a product, a dish or a delivery (``products``: Handy, Akku, Lieferung, phone, shipping) in
   the sentence -> no: "Fast delivery", "Nice phone" (but "Sie haben das Handy schnell
   getauscht" is rule 3; a product right before a cue, "product knowledge", does not count);
5. German only: another noun (capitalised, not opening a sentence, not a theme cue) -> no;
6. nothing of that (an elliptic "Super schnell und freundlich!") -> yes: a quote handed in to
   Love Wall is about an agent unless it says otherwise; an elliptic sentence in a quote that
   names products and nobody who served ("Kam in ein paar Tagen an. Ziemlich schnell.") -> no.

What a thing does (rule 0 and the events of rule 6) is in ``agent_things``, what a cue
describes (a thing beside it or said of by a copula) in ``agent_described``. The word lists are
data (``data/agent_context.toml``, read by ``agent_words``). Each distinct
token is classified once (a dict lookup after warm-up), so the check costs a few µs per quote
with a theme.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze import agent_described as described
from feedback.analyze import agent_things as things
from feedback.analyze.agent_customer import customer_bought
from feedback.analyze.agent_people import (
    after_thanks,
    customer_fixes,
    first_name,
    generic_you,
    impersonal,
    self_described,
    serves,
    thanks_to,
)
from feedback.analyze.agent_words import (
    AGENT,
    CHANNEL,
    LISTS,
    OBJECT,
    OTHER,
    PRODUCT,
    PRONOUN,
    SERVICE,
    THANKS,
    Lists,
)
from feedback.analyze.clauses import Clauses, words_in
from feedback.analyze.clauses import is_break as is_break  # re-exported for the sentiment rules
from feedback.analyze.theme_keywords import fold

YES, NO, UNKNOWN = 1, 0, -1
# Lower-case "ihr"/"ihre" are mostly "her"/"their"; the polite "Ihr" is capitalised. "your"
# names whose thing it is ("your phone"), not who acted.
_POSSESSIVES = frozenset(
    ("ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "ihnen", "your", "Your", "ur")
)
# Third persons name whoever was talked about (a train, a team): they vouch for strong cues only.
_THIRD_PERSON = frozenset(
    ("sie", "er", "ihm", "ihn", "she", "he", "him", "her", "they", "them", "it")
)
# A sentence of up to 5 words ("Mega schnell!!!", "Zuverlässig wie immer.") is elliptic praise
# or blame of the person the quote is about; longer ones must say who acted.
# Addressed to whoever served: "you", "Sie", "du" (a review's "they"/"sie" may be its goods)
_SECOND_PERSON = frozenset(("Sie", "Ihnen"))
_SECOND_ANY_CASE = frozenset(("you", "u", "du", "dir", "dich"))
_ELLIPTIC = 5
_ARTICLES = frozenset(("a", "an", "the"))
_SERVICE_ITSELF = ("service", "support", "kundendienst", "hotline")


def _verdict(
    tokens: Sequence[str],
    lo: int,
    hi: int,
    cue: set[int],
    lists: Lists,
    weak: bool,
    clause: bool,
    nouns: bool,
) -> int:
    """YES/NO/UNKNOWN for tokens ``lo``..``hi`` (exclusive), leaving out cue positions.

    A service person decides at once; then a thing rules the cue out, a pronoun or service work
    vouches for it, and a product (in a sentence, not a ``clause``) or (``nouns``, German)
    another noun rules it out. For a ``weak`` cue only "Sie"/"du"/"you" in its own ``clause``
    vouch: "sie"/"er"/"they" may be a train.
    """
    thing = person = service = product = noun = thanks = attribute = anyone = thanked = False
    for i in range(lo, hi):
        if i in cue:
            continue
        token = tokens[i]
        kind = lists.kind(token)
        if kind == CHANNEL:
            kind = SERVICE if described.after_opener(tokens, i, lists) else PRODUCT
        if kind == AGENT and not serves(tokens, i, lists):
            kind = OTHER
        # "the delivery guy", "delivery staff": the goods' people, "graphics card" a part
        # ("Qualität Service", "product support" still name the service)
        if kind in (AGENT, SERVICE) and i > lo and lists.kind(tokens[i - 1]) == PRODUCT:
            kind = AGENT if fold(token).startswith(_SERVICE_ITSELF) else PRODUCT
        if kind == AGENT and after_thanks(tokens, i, lo, lists):
            thanked = True  # "thanks seller": whom the customer thanks, for what is named
            continue
        if kind == AGENT or (
            kind == OTHER
            and (clause or after_thanks(tokens, i, lo, lists))
            and first_name(tokens, i)
        ):
            return YES
        if kind == OBJECT:
            thing = True
        elif kind == PRONOUN:
            if i > lo and lists.kind(tokens[i - 1]) == THANKS:
                thanks = True  # "thank you for the gift": whom the customer thanks, not who acted
                continue
            if token in _POSSESSIVES or (weak and (token in _THIRD_PERSON or not clause)):
                continue
            if i > lo and fold(tokens[i - 1]) in lists.conditionals:
                continue  # "if you are used to a cover": anyone, not who served
            if generic_you(tokens, i, lo, hi, lists):
                anyone = True  # "Sie müssen geduldig sein", "you can tweak the ui": anyone
                continue
            person = True
        elif kind == SERVICE and (
            things.of_product(tokens, i, hi, lists) or things.purchase(tokens, i, (lo, hi), lists)
        ):
            # "response of the fingerprint reader": the product's; "nach Bestellung erhalten",
            # "received after ordering": a purchase, no one's work
            product = True
        elif kind == SERVICE:
            service = service or not (
                things.none_before(tokens, i, lo, lists) or things.went_to(tokens, i, lo, lists)
            )
        elif kind == THANKS:
            thanks = thanks or not thanks_to(tokens, i, lists)  # "dank Top-Technik": because of
        elif kind == PRODUCT and (
            i + 1 not in cue
            or token.endswith("ed")
            or things.verb_cue(tokens[i + 1], lists)
            or things.span_after(tokens, i, cue, lists)  # "Fast delivery within 5 days"
        ):
            # "product knowledge" names a skill; "delivered promptly" a delivery; "Verpackung
            # hilft", "mine works" the product acting
            product = True
            # the cue describes the product: "Schnelle Lieferung", "fast charging" (but "quick
            # phone call" names a call); a service person in the clause outweighs it
            attribute = attribute or (
                i - 1 in cue and i > lo and things.noun_after(tokens, i, hi, lists)
            )
        elif (
            kind == OTHER
            and i - 1 in cue
            and weak
            and lists.capital_nouns
            and described.is_noun(tokens, i)
        ):
            attribute = True  # "ein sehr süßes Gratisgeschenk": a weak cue describes a thing
        elif kind == OTHER and impersonal(tokens, i, lo, hi, lists):
            anyone = True  # "sodass man es problemlos transportieren kann": anyone
        elif nouns and not noun and kind == OTHER and described.is_noun(tokens, i, lists):
            noun = True
    if thing or attribute:
        return NO
    if person or service or ((thanks or thanked) and not product):
        return YES
    # A product rules a cue out in its sentence, not in its clause alone: "Friendly and knew the
    # product inside out, thank you" thanks a person.
    # ... and so does anyone's "you" with nobody else there ("Sie müssen geduldig sein").
    return NO if (product and not clause) or noun or anyone else UNKNOWN


def about_agent(
    tokens: Sequence[str],
    start: int,
    end: int,
    language: str,
    cue_positions: set[int] | None = None,
    strong_positions: set[int] | None = None,
    clauses: Clauses | None = None,
) -> bool:
    """True when the cue at ``start``..``end`` (inclusive) is about how a service person acted.

    ``tokens`` may hold clause breaks (``tokenize_with_breaks``); without them the whole quote
    is one clause. ``cue_positions``: positions of every theme cue, which say nothing about who
    acted ("schnell" next to "freundlich"); ``strong_positions``: those of cues that only
    people earn ("geduldig"), which vouch for a weak cue in their sentence; ``clauses``: the
    quote's ``Clauses`` when the caller checks several cues. Languages without lists are
    always credited.
    """
    lists = LISTS.get(language)
    if lists is None:
        return True
    cue = cue_positions if cue_positions is not None else set(range(start, end + 1))
    where = clauses if clauses is not None else Clauses(tokens)
    weak = is_weak(tokens, start, end, language)
    lo, hi = where.clause(start, end)
    sentence = where.sentence(start, end)
    if lists.capital_nouns and start == end and lists.compound_thing(tokens[start]):
        return False  # "Schnellladegerät": a compound whose head is a thing names the thing
    if things.aim(tokens, start, sentence, lists):
        return False  # "habe alles versucht, um das Problem zu beheben": an aim, not a repair
    if described.thing_subject(tokens, start, lo, lists) or (
        weak and things.it_acts(tokens, start, lo, lists)
    ):
        return False  # "Die Lieferung war sehr schnell (und der Verkäufer ...)"
    if things.it_is(tokens, start, (lo, hi), cue, lists):
        return False  # "es ist sehr schnell", "this is fast and convenient": a thing as it is
    if start == end and things.taste_of_them(tokens, start, ((lo, hi), sentence), lists):
        return False  # "They are very sweet and chocolaty": the dishes
    sound = start == end and things.device_sound(tokens, start, sentence, lists)
    if sound or (sound is None and described.about_things(tokens, *sentence, lists)):
        return False  # "Die Filme sehen gut aus und der Ton ist super": the device's sound
    if weak and described.describes_thing(tokens, end, hi, lists):
        return False  # "der Verkäufer hat ein süßes Geschenk dazu gegeben"
    if weak and _attributive(tokens, start, end, (lo, hi), cue, lists):
        return False  # "this is a nice perk", "a nice addition": the thing's
    if lists.capital_nouns and _imperative(tokens, start, end, where):
        return False  # "Helfen Sie mir bitte": a request, not what was done
    if weak and things.thing_does(tokens, start, end, (lo, hi), sentence, lists):
        return False  # "lädt schnell", "Kam schnell an", "charges quickly": the thing's
    if things.thing_works(tokens, start, end, ((lo, hi), sentence), cue, lists):
        return False  # "mine works perfectly with my old sim card": the product works
    if things.goods_in_time(tokens, start, end, (lo, hi), lists):
        return False  # "innerhalb von 3 Tagen erhalten", "arrived within 5 days": the goods'
    if start == end and things.there_to_have(tokens, start, lo, lists):
        return False  # "all the SIM cards available": what is there
    if start == end and end + 1 < hi and things.stress(tokens, start, lists):
        return False  # "even for people who eat vegetarian", "even worse": a stress
    if weak and customer_fixes(tokens, start, lo, lists):
        return False  # "Only way I can fix it is superglue": the customer's own repair
    if things.customer_acts(tokens, start, end, (lo, hi), lists):
        return False  # "wie ich das Problem gelöst habe": the customer's own repair
    if customer_bought(tokens, start, sentence, lists):
        return False  # "I ... ordered three more boxes, straight away": the customer's purchase
    if self_described(tokens, start, lo, lists):
        return False  # "I'm a professional graphic designer": the customer
    verdict = _verdict(tokens, lo, hi, cue, lists, weak, True, False)
    if verdict == UNKNOWN:
        s_lo, s_hi = sentence
        verdict = _verdict(tokens, s_lo, s_hi, cue, lists, weak, False, weak and language == "de")
        if verdict == UNKNOWN:
            if things.is_event(tokens, start, end, lo, hi, lists):
                return False  # "Makes 10 straight delays": a flight, unless someone is named
            strong = strong_positions or set()
            vouched = any(s_lo <= i < s_hi and not start <= i <= end for i in strong)
            if weak and lists.time(tokens[start]):
                return vouched  # "War am Samstag hier": when, not who ("Sogar am Sonntag ...")
            if words_in(tokens, s_lo, s_hi) <= _ELLIPTIC:
                # an elliptic sentence ("Ziemlich schnell.") is about what the quote is about,
                # unless its weak cue describes the word after it ("such a nice mac")
                if weak and described.before_word(tokens, end, s_hi, cue, lists):
                    return False
                return not described.about_things(tokens, s_lo, s_hi, lists)
            if not weak:  # ... unless the quote is about products and nobody who served
                return not described.about_things(tokens, s_lo, s_hi, lists)
            return vouched
    return verdict == YES


def _attributive(
    tokens: Sequence[str],
    start: int,
    end: int,
    clause: tuple[int, int],
    cue: set[int],
    lists: Lists,
) -> bool:
    """True when an English weak cue after an article describes the content word after it ("a
    nice perk", "the nice addition") and the clause names nobody who served nor a first name
    ("a nice lady", "a quick reply" name a person or service work: ``_before_word``)."""
    lo, hi = clause
    if start == lo or fold(tokens[start - 1]) not in _ARTICLES:
        return False
    if not described.before_word(tokens, end, hi, cue, lists):
        return False
    return not names_person(tokens, lo, hi, "en") and not any(
        first_name(tokens, i) for i in range(lo, hi)
    )


def _imperative(tokens: Sequence[str], start: int, end: int, where: Clauses) -> bool:
    """True when a German cue opens its sentence and "Sie" follows it: an imperative or a
    question ("Helfen Sie mir bitte", "Erklären Sie mir das?"), not what someone did."""
    after = end + 1
    return start == where.sentence(start, end)[0] and after < len(tokens) and tokens[after] == "Sie"


def named_of_things(tokens: Sequence[str], start: int, end: int, language: str) -> bool:
    """True when a cue that only names an aspect ("nach 12 Stunden", "Dauerte ca. 1 Woche")
    stands among things: its sentence names a product or a thing and says not who acted, or
    says nothing and the quote names products and nobody who served. Such a cue credits no
    one even in a praising quote; "Danke für Ihre Geduld", "Fachkundig und mit viel Geduld."
    still credit."""
    lists = LISTS.get(language)
    if lists is None:
        return False
    lo, hi = Clauses(tokens).sentence(start, end)
    verdict = _verdict(tokens, lo, hi, set(range(start, end + 1)), lists, False, False, False)
    return verdict == NO or (verdict == UNKNOWN and described.about_things(tokens, lo, hi, lists))


def names_person(tokens: Sequence[str], lo: int, hi: int, language: str) -> bool:
    """True when tokens ``lo``..``hi`` (exclusive) name a service person ("Mitarbeiterin",
    "Frau", "the agent"): evidence no sentence-level doubt overrules."""
    lists = LISTS.get(language)
    if lists is None:
        return False
    for i in range(lo, hi):  # noqa: SIM110 (a loop: any() of a generator costs more here)
        if lists.kind(tokens[i]) == AGENT and serves(tokens, i, lists):
            return True
    return False


def among_things(
    tokens: Sequence[str], lo: int, hi: int, language: str, cues: frozenset[int] | set[int]
) -> bool:
    """True when the sentence ``lo``..``hi`` (exclusive) names a product or a thing and nobody
    who served ("Der Ton ist gut, passt zu meinem Telefon"), or the rest of the quote names
    things and nobody who served (``agent_described.about_things``). A product right before a
    cue ("product knowledge") and a channel after an opener ("am Telefon") do not count."""
    lists = LISTS.get(language)
    if lists is None:
        return False
    found = False
    for i in range(lo, hi):
        kind = lists.kind(tokens[i])
        if kind == CHANNEL:
            kind = OTHER if described.after_opener(tokens, i, lists) else PRODUCT
        if (kind == AGENT and serves(tokens, i, lists)) or (
            kind == OTHER and first_name(tokens, i)
        ):
            found = False
            break  # "Tom was so patient with my dad, who is not good with computers"
        if kind == OBJECT or (kind == PRODUCT and (i + 1 not in cues or tokens[i].endswith("ed"))):
            found = True
    return found or described.about_things(tokens, lo, hi, lists)


def addressed(
    tokens: Sequence[str], lo: int, hi: int, language: str, cues: frozenset[int] | set[int]
) -> bool:
    """True when the sentence ``lo``..``hi`` (exclusive), its cues left out, addresses whoever
    served ("you"/"Sie"/"du") beside service work ("how fast you answered", "Sie haben mir
    geholfen"); a pronoun alone may be a review's goods or reader ("Sie sind bekömmlich",
    "gives you quick transport"), "they" a seller."""
    lists = LISTS.get(language)
    if lists is None:
        return False
    pronoun = work = False
    for i in range(lo, hi):
        if i in cues:
            continue
        token = tokens[i]
        pronoun = pronoun or token in _SECOND_PERSON or token.lower() in _SECOND_ANY_CASE
        work = work or (lists.kind(token) == SERVICE and not lists.thing_work(token))
    return pronoun and work


def is_weak(tokens: Sequence[str], start: int, end: int, language: str) -> bool:
    """True for a one-word cue that trains and weather earn as readily as people ("schnell")."""
    lists = LISTS.get(language)
    if lists is None or start != end:
        return False
    token = tokens[start]
    # a hyphenated compound is weak by its last part ("Shopee-Gutscheins")
    return lists.weak(token) or ("-" in token and lists.weak(token.rsplit("-", 1)[1]))

"""The rule passes after lexicon lookup: duals, modifiers and negation scope, resolved problems,
sarcasm, and contrast / concessive weighting. Valences in VADER units (-4 .. +4)."""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.lexicon import N_SCALAR, PLAIN, Lexicon
from feedback.analyze.stopwords import stopwords

C_INCR = 0.733  # VADER: ALL-CAPS emphasis
_DECAY = (0.0, 1.0, 0.95, 0.9)
NONE, ITEM, BOOST, NEG, CONTRAST, CONCESSIVE, DUAL, BREAK, USED, POSTNEG = range(10)
# Negation and boosters do not reach across a conjunction ("wasn't running and sorted that"), nor
# across a contrast ("It was not cheap but worth it" read "not worth").
_SCOPE_ENDS = frozenset({"und", "and", "oder", "or", "sondern", "but", "aber"})
# Words that say a problem is over: "Streik beendet", "Sperrung aufgehoben", "Störung vorbei".
_ENDED = frozenset({"beendet", "vorbei", "aufgehoben"})
MIXED_SPLIT = 0.8  # each side of "X, aber Y" needs this much raw valence for "mixed"
# "never … such", "noch nie so", "selten so": a comparison with everything before, which
# intensifies ("I have never had such great service", "never been so disappointed").
_NEVER = frozenset({"never", "nie", "niemals", "selten", "rarely", "seldom"})
# Sentence adverbs that comment on their clause; a clause-final negator never negates them.
_COMMENTS = frozenset({"leider", "bedauerlicherweise", "dummerweise", "zum glück", "unfortunately"})
_SUCH = frozenset(
    {"such", "so", "this", "that", "solch", "solche", "solchen", "solcher", "solches"}
    | {"derart", "dermaßen", "dermassen"}
)
NEVER_SUCH = 1.25  # VADER's factor for "never so"
# "Keiner war so freundlich wie Herr Maier", "Nothing tastes as good as this": nobody else as good
# as someone is that one's praise; the "wie" / "as" after the praise word compares.
_NONE = frozenset({"niemand", "keiner", "keine", "nichts", "nobody", "nothing", "none", "no one"})
_AS = frozenset({"wie", "as"})
_SUCH_AS = _SUCH | {"as"}
# "could not have been nicer", "Hätte nicht netter sein können", "Freundlicher geht es nicht",
# "It doesn't get better than this": a negated comparative next to "could" / "geht" is the
# superlative, not a complaint ("The service was not better than last time" has none).
_CAN = frozenset(
    {"could", "couldn't", "couldnt", "can't", "cant", "cannot", "can", "get", "gets", "got"}
    | {"können", "könnte", "könnten", "kann", "geht", "gehts", "geht's", "ginge"}
)

# "Es gibt keinen besseren Service", "no better service anywhere": "kein" / "no" before a
# comparative that describes a noun is the superlative too ("no better than" is not: "than"
# follows the comparative directly, and the agent was as bad as the last one).
_NO_DET = frozenset({"kein", "keine", "keinen", "keinem", "keiner", "keines", "no"})
_THAN = frozenset({"than", "als"})
_GERMAN_COMPARATIVE = ("erer", "eren", "erem", "eres", "ere")  # "schnelleren", "nettere"
# Praise words that are adverbs before another word: "stark" boosts "stark verspätet" and praises
# nothing in "stark belastet", "stark eingeschränkt" (railway news: "Die Strecke ist stark
# belastet" was praise); alone or before a function word it praises ("Das war stark von Ihnen!").
_ADVERB_DUALS = frozenset({"stark"})


class Item:
    """One sentiment-bearing word or phrase: tokens ``start:end``, its valence and the entry it
    matched; ``mods`` are positions of its boosters / negators, ``raw`` its valence after them but
    before contrast weighting. A plain slotted class: a dataclass costs twice as much to build, and
    there are a few per quote on the hot path."""

    __slots__ = ("end", "ironic", "key", "mods", "negated", "raw", "start", "valence")

    def __init__(self, start: int, end: int, valence: float, key: str) -> None:
        self.start = start
        self.end = end
        self.valence = valence
        self.key = key
        self.mods: list[int] = []
        self.raw = 0.0
        self.negated = False
        self.ironic = False


def resolve_duals(
    low: list[str],
    kinds: list[int],
    clause_of: list[int],
    dual: dict[int, float],
    items: list[Item],
) -> None:
    """ "super" boosts "super nett" but is praise on its own ("Super!")."""
    if not dual:
        return
    n = len(kinds)
    for q, value in dual.items():
        j = q + 1
        while j < n and j <= q + 3 and kinds[j] in (BOOST, DUAL):
            j += 1
        if j < n and clause_of[j] == clause_of[q] and kinds[j] in (ITEM, NEG):
            continue
        if low[q] in _ADVERB_DUALS and _before_a_word(low, clause_of, q):
            continue
        kinds[q] = ITEM
        items.append(Item(q, q + 1, value, low[q]))
    items.sort(key=lambda it: it.start)


def _before_a_word(low: list[str], clause_of: list[int], q: int) -> bool:
    """The word after ``q`` is in its clause and no function word ("stark belastet")."""
    j = q + 1
    return (
        j < len(low)
        and clause_of[j] == clause_of[q]
        and low[j].isalpha()
        and low[j] not in stopwords("de")
    )


def modify(
    tokens: Sequence[str],
    low: list[str],
    kinds: list[int],
    scalar: dict[int, float],
    clause_of: list[int],
    items: list[Item],
    cap_diff: bool,
    lexes: list[Lexicon],
    negs: list[int],
    modifiers: bool,
) -> None:
    """Boosters, negators and capitals before each item; then clause-final negators.

    ``negs`` are the positions of negators, ``modifiers`` says whether any booster or negator
    occurs at all (most quotes have none, and then the look-back is skipped)."""
    used: set[int] = set()
    for it in items if modifiers or cap_diff else ():
        value = it.valence
        clause = clause_of[it.start]
        for dist in (1, 2, 3):
            q = it.start - dist
            if q < 0 or clause_of[q] != clause:
                break
            kind = kinds[q]
            # "weder freundlich noch kompetent": modifiers belong to one word
            if kind == ITEM or low[q] in _SCOPE_ENDS:
                break
            if kind in (BOOST, DUAL):
                step = scalar[q] * _DECAY[dist]
                value += step if value > 0 else -step
                it.mods.append(q)
            elif kind == NEG and (
                (low[q] in _NEVER and not _SUCH.isdisjoint(low[q + 1 : it.start]))
                or (
                    low[q] in _NONE
                    and not _SUCH_AS.isdisjoint(low[q + 1 : it.start])
                    and not _AS.isdisjoint(low[it.end : it.end + 2])
                )
                or (
                    value > 0
                    and comparative(low, it, lexes[clause])
                    and _can_in_clause(low, clause_of, q)
                )
                or (
                    value > 0
                    and dist == 1
                    and low[q] in _NO_DET
                    and _noun_after(low, clause_of, it)
                    and _attributive(low, it, lexes[clause])
                )
            ):
                value *= NEVER_SUCH
                it.mods.append(q)
                used.add(q)
            elif kind == NEG and low[q] == "ohne" and _noun_between(tokens, q, it.start):
                break  # "ohne Internetverbindung wirklich beschissen": "ohne" has its noun
            elif kind == NEG:
                value *= N_SCALAR
                it.negated = True
                it.mods.append(q)
                used.add(q)
        if cap_diff and tokens[it.start].isupper() and len(tokens[it.start]) >= 3:
            value += C_INCR if value > 0 else -C_INCR
        it.valence = value
    # A clause-final negator negates the predicate before it, however far back in the clause:
    # "Das gefällt mir nicht", "weitergeholfen hat mir niemand", "geholfen hat es leider nicht".
    n = len(kinds)
    for q in negs:
        if q in used or kinds[q] not in (NEG, POSTNEG):
            continue
        post = lexes[clause_of[q]].post_negators
        # A negating phrase ends on its last word: "Das Gerät funktionierte nicht mehr" is
        # negated by "nicht mehr" as "Das funktioniert nicht" by "nicht".
        phrase = low[q] not in post
        if phrase and not (q > 0 and kinds[q - 1] == USED and low[q - 1] in post):
            continue
        negator = [q - 1, q] if phrase else [q]
        clause = clause_of[q]
        j = q + 1
        while j < n and clause_of[j] == clause and kinds[j] != ITEM:
            j += 1
        if j < n and clause_of[j] == clause:
            continue
        # Clause-final means final: one word may follow ("nicht wirklich", "nicht mehr"), a
        # phrase may not ("und hat mich nicht unter Druck gesetzt" negates no praise before it).
        if sum(1 for k in range(q + 1, j) if kinds[k] != BREAK) > 1:
            continue
        # Nor does it reach across a conjunction: "freundlich und hat mich nicht gedrängt".
        start = q
        while start > 0 and clause_of[start - 1] == clause and low[start - 1] not in _SCOPE_ENDS:
            start -= 1
        before = [it for it in items if start <= it.start and it.end <= q]
        # "leider" comments on the clause: "Der Bus kommt leider nicht" negates no "leider".
        candidates = [it for it in before if not it.negated and it.key not in _COMMENTS]
        target = next((it for it in reversed(candidates) if it.valence > 0), None)
        if target is None and candidates and q - candidates[-1].end < 3:
            target = candidates[-1]
        if (
            target is not None
            and target.valence > 0
            and (
                (comparative(low, target, lexes[clause]) and _can_in_clause(low, clause_of, q))
                # "So einen netten Kundendienst hatte ich noch nie!", "so freundlich wie
                # lange nicht mehr"
                or (
                    (low[q] in _NEVER or (phrase and low[q] == "mehr"))
                    and not _SUCH.isdisjoint(low[start : target.start])
                )
            )
        ):
            target.valence *= NEVER_SUCH  # "Freundlicher geht es nicht."
            target.mods.extend(negator)
        elif target is not None:
            target.valence *= N_SCALAR
            target.negated = True
            target.mods.extend(negator)


def weigh(
    items: list[Item],
    contrast: dict[int, int],
    concessive: list[tuple[int, int]],
    sent_of: list[int],
    clause_of: list[int],
    low: list[str],
) -> bool:
    """Apply contrast and concessive weights; True when a contrast joins praise and complaint."""
    split = False
    if contrast:
        # "Lange Wartezeit. Aber die Beratung war top": a contrast word opening a sentence
        # weighs against the sentence before it.
        leads = {s: q for s, q in contrast.items() if q == 0 or sent_of[q - 1] != s}
        for it in items:
            s = sent_of[it.start]
            q = contrast.get(s)
            if q is not None and not (it.start < q and s in leads):
                it.valence *= 0.5 if it.start < q else 1.5
            elif s + 1 in leads:
                it.valence *= 0.5
        for s, q in contrast.items():
            before = sum(
                it.raw for it in items
                if (sent_of[it.start] == s and it.start < q)
                or (s in leads and sent_of[it.start] == s - 1)
            )  # fmt: skip
            after = sum(it.raw for it in items if sent_of[it.start] == s and it.start > q)
            if before * after < 0 and min(abs(before), abs(after)) >= MIXED_SPLIT:
                split = True
    for q, scope in concessive:
        last = q + scope if scope else len(low)
        for it in items:
            if q < it.start <= last and clause_of[it.start] == clause_of[q]:
                it.valence *= 0.5
    return split


def resolved(items: list[Item], low: list[str], sent_of: list[int], lex: Lexicon) -> None:
    """ "Der Fehler wurde sofort korrigiert": a problem noun next to its fix is no complaint, and
    neither is one that is over ("Bahnstreik beendet", "Die Sperrung ist aufgehoben"): an ending
    word after it in its sentence."""
    fixed = {sent_of[it.start] for it in items if it.valence > 0 and it.key in lex.resolutions}
    ended = [i for i, w in enumerate(low) if w in _ENDED]
    if not fixed and not ended:
        return
    for it in items:
        if it.key.lstrip("+") not in lex.problems:  # "+streik": the head of "Bahnstreik"
            continue
        sentence = sent_of[it.start]
        if sentence in fixed or any(i >= it.end and sent_of[i] == sentence for i in ended):
            it.valence = 0.0


def sarcasm(
    items: list[Item],
    low: list[str],
    kinds: list[int],
    clause_of: list[int],
    sent_of: list[int],
    lexes: list[Lexicon],
    contrast: dict[int, int],
    complaint: bool,
    long_wait: bool,
) -> None:
    """Flip ironic praise: clause-opening "Toll," / "Great," or 👏 on top of a complaint, and
    speed praise next to a wait of days or more ("blitzschnell – nach zwei Monaten")."""
    ironic: list[Item] = []
    # Speed praise beside a wait of weeks is ironic, and so is any thanks in that sentence.
    slow = {sent_of[it.start] for it in items if long_wait and it.key in lexes[0].speed}
    for it in items:
        lex = lexes[clause_of[it.start]]
        if it.valence <= 0:
            continue
        if sent_of[it.start] in slow and (it.key in lex.speed or it.key in lex.irony):
            ironic.append(it)
            continue
        if it.key not in lex.irony:
            continue
        q = contrast.get(sent_of[it.start])
        if q is not None and it.start < q:  # "Super, dass es geht, aber ...": sincere
            continue
        clause = clause_of[it.start]
        j = it.start - 1
        while j >= 0 and clause_of[j] == clause and low[j] in lex.irony_leads:
            j -= 1
        # Ironic praise stands alone in its clause ("Toll, schon wieder ..."); "Great
        # explanation, terrible line" is sincere. Emoji (👏) are ironic anywhere.
        alone = it.end == len(low) or kinds[it.end] == BREAK
        if ((j < 0 or clause_of[j] != clause) and alone) or not low[it.start][0].isalnum():
            ironic.append(it)
    if not ironic:
        return
    flagged = {id(it) for it in ironic}
    others = [it for it in items if id(it) not in flagged]
    if any(it.valence > 0 for it in others):
        return
    if not (complaint or long_wait or sum(it.valence for it in others) <= -1.0):
        return
    for it in ironic:
        it.valence = -abs(it.valence)
        it.ironic = True


def comparative(low: list[str], it: Item, lex: Lexicon) -> bool:
    """The item is a comparative: "nicer", "friendlier", "netter", "besser", "more helpful"."""
    word = low[it.end - 1]
    if word in ("better", "besser") or (it.start > 0 and low[it.start - 1] in ("more", "mehr")):
        return True
    if len(word) < 5 or not word.endswith("er"):
        return False
    if not it.key.endswith("er"):
        return True  # the lexicon matched its base form ("netter" as "nett")
    stem = word[:-2]  # "nicer" -> "nic" / "nice", "friendlier" -> "friendly", "kinder" -> "kind"
    for base in (stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem):
        found = lex.info(base)
        if found is not PLAIN and found[1] > 0:
            return True
    return False


def _attributive(low: list[str], it: Item, lex: Lexicon) -> bool:
    """The item is a comparative before its noun. German marks it twice ("besseren",
    "schnelleren"): "kein freundlicher Mitarbeiter" is the plain adjective, a complaint."""
    if lex.name != "de":
        return comparative(low, it, lex)  # "no better service", "no friendlier agent"
    word = low[it.end - 1]
    return word.startswith("besser") or word.endswith(_GERMAN_COMPARATIVE)


def _noun_after(low: list[str], clause_of: list[int], it: Item) -> bool:
    """A word (not "than" / "als") follows the item in its clause: "besseren *Service*"."""
    end = it.end
    return (
        end < len(low)
        and clause_of[end] == clause_of[it.start]
        and low[end][:1].isalpha()
        and low[end] not in _THAN
    )


def _can_in_clause(low: list[str], clause_of: list[int], q: int) -> bool:
    """ "could", "can't", "geht", "können" in the clause of position ``q``."""
    clause = clause_of[q]
    return any(low[k] in _CAN for k in range(len(low)) if clause_of[k] == clause)


def _noun_between(tokens: Sequence[str], q: int, start: int) -> bool:
    """A capitalised word (a German noun) between positions ``q`` and ``start``."""
    return any(tokens[k][:1].isupper() for k in range(q + 1, start))

"""Theme detection: which aspects of the agent's work a quote talks about, with evidence.

Following the labelled set's rule (tests/data/README.md), a theme names the *aspect*; whether
it was praised or criticised is its polarity. "sehr freundlich" and "unfreundlich" both give
``friendliness``; ``Mention.polarity`` tells them apart (+1 praise, -1 criticism, 0 the aspect
is only named), and ``detect_themes(..., polarity="praise")`` keeps praise only.
:func:`themes_and_credit` also names the themes a quote credits (not only complained about):
those are stored with the quote and shown as "praised for".

Keywords come from the taxonomy (``taxonomy.py``, ``data/themes.toml``) and are compiled once
per taxonomy digest and language (``theme_index.py``). A cue counts only when it is about how a
service person acted (``agent_context.py``: "Sie haben schnell geholfen" yes, "der Bus ist
schnell" no) and its sentence passes a trained check (``about_service.py``). Cost: see
docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from feedback.analyze.about_service import sentence_passes
from feedback.analyze.agent_context import about_agent, is_weak, named_of_things, names_person
from feedback.analyze.agent_people import written_by_service
from feedback.analyze.agent_words import CHECKED_LANGUAGES, LISTS
from feedback.analyze.clauses import Clauses, break_kinds
from feedback.analyze.interned import label_hit
from feedback.analyze.taxonomy import Taxonomy, load_taxonomy
from feedback.analyze.theme_index import (
    EXEMPT,
    IGNORE,
    NEGATOR,
    REQUEST,
    RESET,
    Info,
    ThemeIndex,
    index_for,
)
from feedback.analyze.types import LabelHit
from feedback.analyze.wished import REQUEST_WORDS, asked, wished

Polarity = Literal["any", "praise", "criticism"]
_MAX_EVIDENCE = 5


@dataclass(frozen=True, slots=True)
class Mention:
    """One theme cue in a quote: tokens ``start``..``end`` (inclusive), ``text`` as written.

    ``polarity``: +1 praise, -1 criticism (negated praise, complaint word), 0 aspect named.
    """

    theme: str
    start: int
    end: int
    polarity: int
    text: str


def _longest(cues: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Drop a cue lying inside a longer cue of another theme: "sofort durchgekommen" is
    reachability, its "sofort" is not also speed (longest match wins, as in the README)."""
    spans = [(s, e) for s, e, _, _ in cues if e > s]
    if not spans:
        return cues
    return [
        c
        for c in cues
        if not any(s <= c[0] and c[1] <= e and e - s > c[1] - c[0] for s, e in spans)
    ]


def find_mentions(
    tokens: Sequence[str], language: str, taxonomy: Taxonomy | None = None
) -> list[Mention]:
    """Every theme cue in ``tokens`` with its polarity, in token order.

    Cues inside ``ignore`` phrases ("mit freundlichen Grüßen") and requests ("Bitte rufen Sie
    mich zurück") are left out; overlapping cues of one theme count once.
    """
    index = index_for(taxonomy or load_taxonomy(), language)
    names = index.theme_ids
    asked_at = _asked(tokens, None)
    found = [
        Mention(names[t], s, e, p, text) for t, s, e, p, text in _mentions(tokens, index, asked_at)
    ]
    found.sort(key=lambda mention: (mention.start, mention.theme))
    return found


def _mentions(
    tokens: Sequence[str], index: ThemeIndex, asked_at: set[int] | None = None
) -> list[tuple[int, int, int, int, str]]:
    """Mentions as plain tuples (theme index, start, end, polarity, text), theme by theme;
    ``asked_at``: positions of the sentences that politely ask for something (:func:`_asked`)."""
    infos, found = index.scan(tokens)
    kind = index.kind
    cues = [match for match in found if kind[match[2]] >= 0]
    if not cues:
        return []
    negators: set[int] = set()
    requests: set[int] = set()
    resets: set[int] = set()
    if len(cues) < len(found):  # rule phrases too: ignore, negators, resets, requests
        cues, negators, requests, resets = _with_roles(cues, found, infos, kind, tokens)
        if not cues:
            return []
    if asked_at:
        requests = requests | asked_at  # "Über eine schnelle Antwort würde ich mich freuen"
    # Complaints that say their own "no" ("still no"): another negator does not turn them into
    # praise ("Thanks for nothing, still no refund").
    negated_within = (
        {c[0] for c in cues if c[1] > c[0] and not negators.isdisjoint(range(c[0], c[1] + 1))}
        if negators
        else set()
    )
    if len(cues) > 1 and any(c[1] > c[0] for c in cues):
        for start, end, phrase, _ in cues:  # a negator inside a cue ("nicht lange warten") is
            if end > start:  # its own, except one ending a complaint (see _inner_negators)
                negators.difference_update(_inner_negators(start, end, phrase, index))
        cues = _longest(cues)
    elif cues[0][1] > cues[0][0]:
        negators.difference_update(_inner_negators(cues[0][0], cues[0][1], cues[0][2], index))
    if len(cues) > 1:
        cues.sort(key=lambda c: (kind[c[2]], c[0], -c[1]))
    # A negator reaches back only to the nearest cue, so other cues stop the search like resets.
    stops = resets | {i for c in cues for i in range(c[0], c[1] + 1)} if negators else resets
    mentions: list[tuple[int, int, int, int, str]] = []
    last_end: dict[int, int] = {}
    for start, end, phrase, flip in cues:
        theme = kind[phrase]
        if start <= last_end.get(theme, -1):
            continue
        last_end[theme] = end
        if requests and (
            start in requests or _in_request(start, requests, resets, index.request_window)
        ):
            continue
        neg = _negator(tokens, start, end, negators, stops, index, resets) if negators else -1
        polarity = index.polarity[phrase]
        if neg >= 0 and polarity < 0 and start in negated_within:
            neg = -1
        if polarity == 0:
            polarity = -1 if neg >= 0 or flip else 0
        elif (neg >= 0) != flip:
            polarity = -polarity
        first, last = (min(start, neg), max(end, neg)) if neg >= 0 else (start, end)
        text = tokens[first] if first == last else " ".join(tokens[first : last + 1])
        mentions.append((theme, start, end, polarity, text))
    return mentions


def _inner_negators(start: int, end: int, phrase: int, index: ThemeIndex) -> range:
    """The positions of a cue whose negators are the cue's own. A complaint that ends in its
    negator ("still no", "noch immer keine") also negates the cue after it: "Still no refund"
    credited problem_solved to the refund."""
    last = end if index.polarity[phrase] < 0 else end + 1
    return range(start, last)


Match = tuple[int, ...]


def _with_roles(
    cues: list[Match],
    found: list[Match],
    infos: list[Info | None],
    kind: list[int],
    tokens: Sequence[str],
) -> tuple[list[Match], set[int], set[int], set[int]]:
    """Apply the rule phrases among ``found``: drop cues inside ignore phrases; return the cues
    and the positions of the negators (minus exempt ones), request openers with the conditions
    they wish for (:func:`wished`) and scope resets."""
    masked: set[int] = set()
    roles: dict[int, set[int]] = {EXEMPT: set(), NEGATOR: set(), RESET: set(), REQUEST: set()}
    ends: list[int] = []
    for start, end, phrase, _ in found:
        role = kind[phrase]
        if role == IGNORE:
            masked.update(range(start, end + 1))
        elif role < 0:
            roles[role].add(start)
            if role == REQUEST:
                ends.append(end)
    negators, requests = roles[NEGATOR] - roles[EXEMPT], roles[REQUEST] | wished(tokens, ends)
    resets: set[int] = set()
    if negators or requests:
        resets = roles[RESET] | {i for i, info in enumerate(infos) if info and info.brk}
    if masked:
        cues = [c for c in cues if not masked.intersection(range(c[0], c[1] + 1))]
    return cues, negators, requests, resets


def _in_request(start: int, openers: set[int], resets: set[int], window: int) -> bool:
    """True when a request opener ("bitte", "could you") stands up to ``window`` tokens before."""
    for j in range(start - 1, max(-1, start - 1 - window), -1):
        if j in resets:
            return False
        if j in openers:
            return True
    return False


def _negator(
    tokens: Sequence[str],
    start: int,
    end: int,
    negators: set[int],
    resets: set[int],
    index: ThemeIndex,
    clause_ends: set[int],
) -> int:
    """Index of the negator governing the cue at ``start..end``, or -1.

    Before the cue: up to ``negation_window`` tokens, stopped by a reset word, a !/? run or
    another cue (a negator governs the nearest cue only: "Niemand erreichbar, ständig besetzt")
    and, in German, by a capitalised word between (a noun the negator belongs to: "kein
    Problem"). ``resets`` holds all the stopping positions.
    After the cue (German "Freundlich war sie nicht."): the negator must close the clause, by a
    break or reset word (``clause_ends``) or the end: in "unfreundlich und hat nicht zugehört"
    the "nicht" is the next cue's, and "unfreundlich" was credited as friendliness.
    """
    for j in range(start - 1, max(-1, start - 1 - index.window), -1):
        if j in negators:
            return j
        if j in resets:
            break
        word = tokens[j]
        if index.noun_barrier and word[:1].isupper() and not word.isupper():
            break
    for j in range(end + 1, min(len(tokens), end + 1 + index.window_after)):
        if j in resets:
            break
        if j in negators and (j == len(tokens) - 1 or j + 1 in clause_ends):
            return j
    return -1


def detect_themes(
    tokens: Sequence[str],
    language: str,
    taxonomy: Taxonomy | None = None,
    *,
    polarity: Polarity = "any",
) -> tuple[LabelHit, ...]:
    """Themes of one quote, best first: ``score`` = 1 - 0.5**mentions (0.5, 0.75, 0.875 ...).

    ``evidence`` holds the cues as written (up to 5, negators included: "nicht freundlich").
    ``polarity="praise"`` keeps praise cues only, ``"criticism"`` complaints only; the default
    ``"any"`` labels every aspect mentioned, as the labelled set does.
    A cue counts only when it is about how a service person acted (``agent_context``): "Sie
    haben schnell geholfen" gives speed, "der Bus ist schnell" nothing. ``tokens`` may hold
    clause breaks (``tokenize_with_breaks``), which that check then uses.
    """
    return themes_and_credit(tokens, language, taxonomy, polarity=polarity)[0]


def themes_and_credit(
    tokens: Sequence[str],
    language: str,
    taxonomy: Taxonomy | None = None,
    *,
    polarity: Polarity = "any",
    praising: bool = False,
) -> tuple[tuple[LabelHit, ...], tuple[str, ...]]:
    """:func:`detect_themes`, and the themes the quote *credits*, in the same order.

    A theme is credited when a cue praises it ("sehr freundlich"), or, in a quote that as a
    whole praises (``praising``: its sentiment is positive), when it is only named, nothing
    complains about it and it is not said among things ("Danke für Ihre Geduld"; not "Akku
    hält, nach 12 Stunden ..."). The wall and the slides say "praised for": a complaint ("40
    Minuten in der Warteschleife") credits nobody with speed, and a mixed quote credits what
    it praises ("Die Wartezeit war viel zu lang, aber er war sehr freundlich": friendliness).
    """
    index = index_for(taxonomy or load_taxonomy(), language)
    words, where = _words(tokens)
    mentions = _mentions(words, index, _asked(tokens, where))
    if not mentions:
        return (), ()
    mentions = _about_agents(tokens, where, mentions, language)
    counts: dict[int, int] = {}
    evidence: dict[int, list[str]] = {}
    signs: dict[int, set[int]] = {}
    for theme, start, end, sign, text in mentions:
        if (polarity == "praise" and sign <= 0) or (polarity == "criticism" and sign >= 0):
            continue
        span = (where[start], where[end]) if where is not None else (start, end)
        signs.setdefault(theme, set()).add(
            2 if sign == 0 and praising and named_of_things(tokens, *span, language) else sign
        )
        texts = evidence.get(theme)
        if texts is None:
            counts[theme], evidence[theme] = 1, [text]
            continue
        counts[theme] += 1
        if len(texts) < _MAX_EVIDENCE and all(text.lower() != seen.lower() for seen in texts):
            texts.append(text)
    # Best first; taxonomy order (the theme index) on equal scores.
    ranked = (
        sorted(counts, key=lambda theme: (-counts[theme], theme)) if len(counts) > 1 else counts
    )
    names = index.theme_ids
    hits = tuple(
        label_hit(names[theme], _score(counts[theme]), tuple(evidence[theme])) for theme in ranked
    )
    credited = tuple(
        names[theme]
        for theme in ranked
        if 1 in signs[theme] or (praising and 0 in signs[theme] and -1 not in signs[theme])
    )
    return hits, credited


def _asked(tokens: Sequence[str], where: list[int] | None) -> set[int]:
    """Positions in the words (``where``: their places in ``tokens``, see :func:`_words`) of the
    sentences that politely ask for something; read on ``tokens``, whose breaks end sentences."""
    if not any(len(t) >= 6 and t.lower() in REQUEST_WORDS for t in tokens):
        return set()
    at = asked(tokens)
    return at if where is None else {i for i, k in enumerate(where) if k in at}


def _words(tokens: Sequence[str]) -> tuple[Sequence[str], list[int] | None]:
    """``tokens`` without clause breaks (!/? runs stay: the negation rules use them), and each
    word's position in ``tokens`` (None: no breaks, positions are the same)."""
    kinds = break_kinds(tokens)
    if not any(kinds):
        return tokens, None
    where = [i for i, kind in enumerate(kinds) if not kind or tokens[i][0] in "!?"]
    if len(where) == len(tokens):
        return tokens, None
    return [tokens[i] for i in where], where


def _about_agents(
    tokens: Sequence[str],
    where: list[int] | None,
    mentions: list[tuple[int, int, int, int, str]],
    language: str,
) -> list[tuple[int, int, int, int, str]]:
    """The mentions whose cue is about a service person (positions mapped back to ``tokens``).

    A quote in another language ("other": too short or mixed to tell, "nice keyboard") matches
    the cues of every language; a cue then counts when the checks of every language with word
    lists keep it.
    """
    if language not in CHECKED_LANGUAGES:
        for checked in CHECKED_LANGUAGES:
            mentions = _about_agents(tokens, where, mentions, checked)
        return mentions
    if written_by_service(tokens, LISTS[language]):
        return []  # "Sehr geehrter Kunde, ...": a shop answering, not a customer's praise
    at = where if where is not None else range(len(tokens))
    cues = {at[i] for _, s, e, _, _ in mentions for i in range(s, e + 1)}
    strong = {at[s] for _, s, e, _, _ in mentions if not is_weak(tokens, at[s], at[e], language)}
    clauses = Clauses(tokens)
    kept = [
        m
        for m in mentions
        if about_agent(tokens, at[m[1]], at[m[2]], language, cues, strong, clauses)
    ]
    if not kept:
        return kept
    # Then the trained check of each cue's sentence (once a sentence): reviews of rooms,
    # phones and dishes slip past the clause rules in more ways than lists can name.
    # A service person named in the cue's own clause ("die kompetenteste Mitarbeiterin") is
    # evidence enough.
    verdicts: dict[tuple[int, int], bool] = {}
    out = []
    for m in kept:
        c_lo, c_hi = clauses.clause(at[m[1]], at[m[2]])
        if names_person(tokens, c_lo, c_hi, language):
            out.append(m)
            continue
        lo, hi = clauses.sentence(at[m[1]], at[m[2]])
        verdict = verdicts.get((lo, hi))
        if verdict is None:
            verdict = verdicts[(lo, hi)] = sentence_passes(tokens, lo, hi, language, cues)
        if verdict:
            out.append(m)
    return out


def _score(mentions: int) -> float:
    """1 - 0.5**mentions, rounded to 4 places."""
    return _SCORES[mentions] if mentions < len(_SCORES) else round(1.0 - 0.5**mentions, 4)


_SCORES = tuple(round(1.0 - 0.5**n, 4) for n in range(16))


def covered_positions(
    tokens: Sequence[str], language: str, taxonomy: Taxonomy | None = None
) -> set[int]:
    """Token indices inside any theme cue, whatever its polarity or context (for discovery)."""
    index = index_for(taxonomy or load_taxonomy(), language)
    _, found = index.scan(tokens)
    return {i for s, e, p, _ in found if index.kind[p] >= 0 for i in range(s, e + 1)}

"""The rule engine: VADER-style valence arithmetic over our tokens, with evidence.

Per token: phrase or lexicon valence (VADER scale, -4 .. +4). Then, as VADER does, boosters up
to three tokens before add ±0.293 (decaying 1, 0.95, 0.9), negators multiply by -0.74, ALL-CAPS
words in mixed-case text add ±0.733, a contrast word ("aber", "but") halves what comes before it
in the same sentence and weighs what follows 1.5×, and "!" adds 0.292 each (up to 4). On top:
negation scope ends at clause breaks and conjunctions, a clause-final negator negates the
predicate before it ("Das gefällt mir nicht"), concessive clauses ("obwohl ...") are halved, a
problem noun next to its fix is neutral ("Fehler behoben"), mild words in questions do not count,
and ironic praise is flipped when the quote complains about waiting or repetition ("Toll, schon
wieder 40 Minuten Warteschleife"). The sum is squashed like VADER's compound,
``s / sqrt(s² + 15)``, into [-1, 1].
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from feedback.analyze.sentiment import passes
from feedback.analyze.sentiment.absent import absent
from feedback.analyze.sentiment.amounted import AMOUNTING, amounted
from feedback.analyze.sentiment.asked_for import ASKED, asked_for
from feedback.analyze.sentiment.counterfactual import TITLES, WITHOUT, without_you
from feedback.analyze.sentiment.elsewhere import ELSEWHERE, elsewhere
from feedback.analyze.sentiment.expected import EXPECTING, expected
from feedback.analyze.sentiment.judged import JUDGING, LACKING, judged_negation, lacked_praise
from feedback.analyze.sentiment.leaving import CANCELLING, leaving
from feedback.analyze.sentiment.lexicon import (
    F_BOOST,
    F_BREAK,
    F_CLAUSE_CONTRAST,
    F_CONCESSIVE,
    F_CONTRAST,
    F_NEG,
    F_NOCH,
    F_NUMBER,
    F_PHRASE,
    F_POSTONLY,
    F_PUNCT,
    F_REPEAT,
    NUMBER_WORDS,
    PLAIN,
    Lexicon,
)
from feedback.analyze.sentiment.like_as import LIKE, compared
from feedback.analyze.sentiment.openers import WELL, pausing_well
from feedback.analyze.sentiment.relief import UNTIL, relief
from feedback.analyze.sentiment.requests import requests
from feedback.analyze.sentiment.salutation import SALUTING, salutations
from feedback.analyze.sentiment.short_waits import WAITING, not_short, short_waits
from feedback.analyze.sentiment.thanks_for import THANKED_FOR, ironic_thanks
from feedback.analyze.sentiment.verdict import NEUTRAL, verdict
from feedback.analyze.sentiment.wish_frames import wish_frames
from feedback.analyze.sentiment.wishes import wishes
from feedback.analyze.sentiment.withheld import GIVING, withheld
from feedback.analyze.sentiment.yes_no import YES, yes_but_no
from feedback.analyze.types import Sentiment
from feedback.analyze.wished import CONDITIONS, REQUEST_WORDS, WISHING

QUESTION_MILD = 1.2  # valence below which a word inside a question does not count
# Before a duration these mean "fast": "innerhalb von 2 Tagen", "within an hour".
_QUICK = frozenset({"innerhalb", "binnen", "within", "unter", "under", "bereits", "already"})
_BREAK_CHARS = frozenset(".,;:…–—")
_SENTENCE_CHARS = frozenset(".;…")


class RuleEngine:
    """Scores token lists with ``primary``; clauses that are clearly in the ``secondary`` language
    (by ``votes``: +1 primary-language word, -1 secondary-language word) use ``secondary``."""

    def __init__(
        self,
        primary: Lexicon,
        secondary: Lexicon | None = None,
        votes: Mapping[str, int] | None = None,
    ) -> None:
        self.primary = primary
        self.secondary = secondary
        self.votes: Mapping[str, int] = votes or {}
        self._other_words = frozenset(w for w, v in self.votes.items() if v < 0)

    def score(self, tokens: Sequence[str]) -> Sentiment:
        """Sentiment of one tokenised quote (tokens may include clause breaks)."""
        n = len(tokens)
        low = [t.lower() for t in tokens]
        kinds = [passes.NONE] * n
        lexes = self._lexicons(low)
        lex = self.primary if lexes is None else lexes[0]
        known = lex.token_info  # hot path: one dict lookup per token seen before
        clause_of = [0] * n
        sent_of = [0] * n
        clause = sentence = 0
        clause_start = sentence_start = 0
        after_comma = False
        scalar: dict[int, float] = {}
        dual: dict[int, float] = {}
        items: list[passes.Item] = []
        concessive: list[tuple[int, int]] = []
        contrast: dict[int, int] = {}
        excl = qm = 0
        questions: list[int] = []
        complaint = repeat = long_wait = False
        weder = -1
        negs: list[int] = []
        skip = 0
        for i, lw in enumerate(low):
            if i < skip:
                continue
            info = known.get(lw)
            if info is PLAIN:
                after_comma = False
                continue
            flags, value, key, boost = info if info is not None else lex.info(lw)
            if not flags:
                if value and not _named(tokens, low, i):
                    kinds[i] = passes.ITEM
                    items.append(passes.Item(i, i + 1, value, key))
                after_comma = False
                continue
            if flags & F_BREAK:
                kinds[i] = passes.BREAK
                clause_of[clause_start : i + 1] = [clause] * (i + 1 - clause_start)
                clause += 1
                clause_start = i + 1
                after_comma = True
                if flags & F_PUNCT or lw[0] in _SENTENCE_CHARS:
                    excl += lw.count("!")
                    if "?" in lw:
                        qm += lw.count("?")
                        questions.append(sentence)
                    sent_of[sentence_start : i + 1] = [sentence] * (i + 1 - sentence_start)
                    sentence += 1
                    sentence_start = i + 1
                    after_comma = False
                if lexes is not None:
                    lex = lexes[clause]
                    known = lex.token_info
                continue
            comma_before, after_comma = after_comma, False
            if flags & F_REPEAT and not repeat:
                repeat = lex.is_repeat_cue(low, i)
            if flags & F_NUMBER:
                tier = self._wait(low, i, lex)
                complaint = complaint or tier >= 0
                long_wait = long_wait or tier == 2
            cands = lex.pairs.get((lw, low[i + 1])) if flags & F_PHRASE and i + 1 < n else None
            if cands:
                span = self._phrase(
                    low, i, cands, kinds, scalar, items, contrast, concessive, sentence
                )
                if span:
                    skip = i + span
                    continue
            if flags & F_NEG or (flags & F_NOCH and weder == sentence):
                kinds[i] = passes.NEG
                negs.append(i)
                if lw == "weder":
                    weder = sentence
            elif flags & F_POSTONLY:
                kinds[i] = passes.POSTNEG
                negs.append(i)
            elif flags & F_CONTRAST or (
                flags & F_CLAUSE_CONTRAST and comma_before
                and not (i + 1 < n and low[i + 1][0].isdigit())
            ):  # fmt: skip
                kinds[i] = passes.CONTRAST
                contrast.setdefault(sentence, i)
            elif flags & F_CONCESSIVE:
                kinds[i] = passes.CONCESSIVE
                concessive.append((i, lex.concessive[lw]))
            elif flags & F_BOOST:
                kinds[i] = passes.DUAL if value else passes.BOOST
                scalar[i] = boost
                if value:
                    dual[i] = value
            elif value:
                kinds[i] = passes.ITEM
                items.append(passes.Item(i, i + 1, value, key))
        for it in items:  # "clearly didn't read my email": a sentence adverb, no praise
            if (
                it.valence > 0
                and low[it.start].endswith("ly")
                and _before_negator(low, kinds, it.end)
            ):
                it.valence = 0.0
        if negs and self.primary.name == "de":
            absent(low, kinds, items, negs)  # "Kein WLAN im ICE"
        if self.primary.name == "de" and not SALUTING.isdisjoint(low):
            salutations(tokens, low, items)  # "Liebes Team, mein Paket ist nicht da"
        if self.primary.name == "de" and not AMOUNTING.isdisjoint(low):
            amounted(low, items)  # "Die Wartezeit betrug 45 Minuten": no "Betrug"
        if self.primary.name == "de" and not CANCELLING.isdisjoint(low):
            leaving(low, items)  # "Ich überlege, meinen Vertrag zu kündigen"
        without = not WITHOUT.isdisjoint(low)
        wishing = not WISHING.isdisjoint(low)
        framed = wishing and not CONDITIONS.isdisjoint(low)  # "It would be great if …"
        if not items and not dual and not without and not framed:
            return NEUTRAL  # no sentiment word: nothing for the passes to modify or weigh
        phrase_negs = (
            [q for q in range(n) if kinds[q] == passes.NEG and q not in negs] if skip else []
        )
        clause_of[clause_start:] = [clause] * (n - clause_start)
        sent_of[sentence_start:] = [sentence] * (n - sentence_start)

        if lexes is None:
            lexes = [self.primary] * (clause + 1)
        passes.resolve_duals(low, kinds, clause_of, dual, items)
        cap_diff = False
        for it in items:
            word = tokens[it.start]
            if len(word) >= 3 and word.isupper():
                # VADER: capitals are emphasis only when the text is not written all in capitals.
                words = [t for t in tokens if t.isalpha()]
                caps = sum(1 for t in words if len(t) >= 3 and t.isupper())
                cap_diff = 0 < caps < len(words)
                break
        if LIKE in low and self.primary.name == "en":
            compared(items, low, sent_of)  # "tastes like", "feels like it could break"
        if WELL in low and self.primary.name == "en":
            pausing_well(items, low, sent_of)  # "Well, I have been waiting two weeks"
        if phrase_negs:
            negs = sorted(negs + phrase_negs)
        if negs and any(it.key in WAITING for it in items):
            not_short(items, low, clause_of, negs)  # "Die Wartezeit war nicht kurz"
        modifiers = bool(negs or scalar)
        if modifiers or cap_diff:
            passes.modify(
                tokens, low, kinds, scalar, clause_of, items, cap_diff, lexes, negs, modifiers
            )
        if negs and not JUDGING.isdisjoint(low):
            judged_negation(items, low, kinds, clause_of)
        if items and self.primary.name == "en" and not LACKING.isdisjoint(low):
            lacked_praise(items, low, kinds, clause_of)  # German "Lack" is paint
        if not complaint and any(it.key in WAITING for it in items):
            short_waits(items, low, clause_of, complaint)
        if items and wishing:
            wishes(items, low, kinds, clause_of, lexes)
        if framed:
            wish_frames(items, low, kinds, clause_of, sent_of)
        elif items and wishing and not REQUEST_WORDS.isdisjoint(low):
            requests(items, low, kinds, clause_of)
        if any(it.key in ASKED for it in items):
            asked_for(items, tokens, low, sent_of)
        if items and not ELSEWHERE.isdisjoint(low):
            elsewhere(items, low, sent_of)
        if items and not GIVING.isdisjoint(low):
            withheld(items, low, sent_of)
        if items:
            passes.resolved(items, low, sent_of, lexes[0])
        if items and (contrast or not UNTIL.isdisjoint(low)):
            relief(items, low, contrast, sent_of)
        if items and not EXPECTING.isdisjoint(low):
            expected(items, low, kinds, clause_of, sent_of)
        if items and not THANKED_FOR.isdisjoint(low):
            english = self.primary.name == "en"  # "-ing" forms (thanks_for._gerund)
            ironic_thanks(items, low, self.primary.words if english else None)
        if items and (repeat or complaint or any(it.valence < 0 for it in items)):
            passes.sarcasm(
                items,
                low,
                kinds,
                clause_of,
                sent_of,
                lexes,
                contrast,
                repeat or complaint,
                long_wait,
            )
        if without:
            used = [k == passes.USED for k in kinds]
            without_you(tokens, low, items, sent_of, contrast, used)
        if negs and not YES.isdisjoint(low):
            yes_but_no(low, kinds, sent_of, negs, items, contrast)
        for it in items:
            # A question with only mild words is a request ("Wie lange dauert das?"), not a verdict.
            if (
                questions
                and sent_of[it.start] in questions
                and -QUESTION_MILD < it.valence < QUESTION_MILD
            ):
                it.valence = 0.0
            it.raw = it.valence
        split = False
        if contrast or concessive:
            split = passes.weigh(items, contrast, concessive, sent_of, clause_of, low)
        return verdict(tokens, items, excl, qm, split)

    # --- passes ------------------------------------------------------------------------------

    def _lexicons(self, low: list[str]) -> list[Lexicon] | None:
        """Per-clause lexicons when the quote has secondary-language words, else None (primary)."""
        if self.secondary is None or self._other_words.isdisjoint(low):
            return None
        lexes: list[Lexicon] = []
        own = other = 0
        for lw in low:
            first = lw[0]
            if (first in _BREAK_CHARS and lw[-1] in _BREAK_CHARS) or first in "!?":
                lexes.append(self.secondary if other and not own else self.primary)
                own = other = 0
                continue
            vote = self.votes.get(lw, 0)
            own += vote > 0
            other += vote < 0
        lexes.append(self.secondary if other and not own else self.primary)
        return lexes

    @staticmethod
    def _wait(low: list[str], i: int, lex: Lexicon) -> int:
        """Tier of a waiting-time complaint starting with the number at ``i`` (-1: none).

        "40 Minuten" complains, "5 Minuten" and "innerhalb von 2 Tagen" praise."""
        for j in range(i + 1, min(i + 3, len(low))):
            tier = lex.wait_units.get(low[j])
            if tier is None:
                continue
            if any(low[k] in _QUICK for k in range(max(i - 2, 0), i)):
                return -1
            word = low[i]
            amount = float(word) if word.isdecimal() else NUMBER_WORDS.get(word, 1.0)
            return tier if tier or amount >= 15 else -1
        return -1

    @staticmethod
    def _phrase(
        low: list[str],
        i: int,
        cands: list[tuple[tuple[str, ...], str, float]],
        kinds: list[int],
        scalar: dict[int, float],
        items: list[passes.Item],
        contrast: dict[int, int],
        concessive: list[tuple[int, int]],
        sentence: int,
    ) -> int:
        """Match the longest phrase starting at ``i``; return its length in tokens (0: none)."""
        for rest, kind, value in cands:
            k = len(rest)
            if k > 1 and (i + k >= len(low) or tuple(low[i + 1 : i + 1 + k]) != rest):
                continue
            for j in range(i, i + k + 1):
                kinds[j] = passes.USED
            if kind == "w":
                kinds[i] = passes.ITEM
                items.append(passes.Item(i, i + k + 1, value, " ".join((low[i], *rest))))
            elif kind == "b":
                kinds[i + k] = passes.BOOST
                scalar[i + k] = value
            elif kind == "n":
                kinds[i + k] = passes.NEG
            elif kind == "c":
                kinds[i + k] = passes.CONTRAST
                contrast.setdefault(sentence, i)
            elif kind == "k":
                kinds[i + k] = passes.CONCESSIVE
                concessive.append((i + k, int(value)))
            return k + 1
        return 0


_AUXILIARIES = frozenset({"did", "does", "do", "was", "is", "were", "has", "had", "have"})


def _named(tokens: Sequence[str], low: list[str], i: int) -> bool:
    """A capitalised word right after a title is a name, not a lexicon word: "Frau Müller" is
    no "Müll" (a complaint word with its suffix "-er"), "Herr Sauer" not angry."""
    return i > 0 and low[i - 1] in TITLES and tokens[i][:1].isupper()


def _before_negator(low: list[str], kinds: list[int], at: int) -> bool:
    """A negator at ``at``, or after one auxiliary there ("clearly did not listen")."""
    if at < len(low) and kinds[at] == passes.NEG:
        return True
    return at + 1 < len(low) and low[at] in _AUXILIARIES and kinds[at + 1] == passes.NEG

""" "Es wäre schön, wenn man mal zurückgerufen würde": the condition of a wish frame is wished
for, not had, so its theme cues credit no one.

A request opener of the themes ("wäre schön", "would be nice", "würde mich freuen") reaches its
``request_window`` of words. When a condition follows it ("wenn", "falls", "dass", "if"), the whole
condition up to the sentence's end is the wish: "It would be nice if someone had called me back
within the week" credits reliability to nobody, however long the condition is.

A sentence that politely asks without a condition ("Über eine schnelle Antwort würde ich mich
freuen", "I would appreciate a quick call back": sentiment/requests.py) is wished for as a whole:
"schnelle" credited speed to nobody.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

# Words that open a wished-for condition; the sentiment's wish frames read them too
# (sentiment/wish_frames.py).
CONDITIONS = frozenset({"wenn", "falls", "dass", "daß", "if"})
# Modals of a clause that wishes (sentiment/wishes.py, wish_frames.py, requests.py).
WISHING = frozenset(
    {
        "hätte", "hätten", "hättest", "hättet", "könnte", "könnten", "könntest", "könntet",
        "ginge", "gingen", "wäre", "wären", "würde", "würden", "sollte", "sollten",
        "müsste", "müssten", "dürfte", "dürften",
        "would", "would've", "could", "could've", "should", "should've", "might",
        "i'd", "i’d", "we'd", "we’d", "it'd", "it’d",
    }
)  # fmt: skip
# Words of a polite request: German ones may stand far from their modal ("würde ich mich über
# … freuen"); English ones follow it ("would appreciate", "I'd be grateful"), so "I would like
# to say I appreciate it" stays praise.
REQUEST_WORDS_DE = frozenset({"freuen", "dankbar"})
REQUEST_WORDS_EN = frozenset({"appreciate", "grateful"})
REQUEST_WORDS = REQUEST_WORDS_DE | REQUEST_WORDS_EN
_EN_REACH = 3  # an English request word at most this many words after its modal
# Thanks or praise handed to someone ("mein Lob weitergeben", "pass my thanks on"): a wish that
# carries them praises (sentiment/wish_frames.py), and a request with them is no mere request.
THANKS = frozenset(
    {
        "lob", "dank", "danke", "dankeschön", "komplimente", "kompliment", "thanks", "thank",
        "praise", "compliments", "compliment", "gratitude", "appreciation", "kudos",
    }
)  # fmt: skip
# A request for more of the same, or thanks passed on, is no mere request ("Ich würde mich
# freuen, Frau Kaya wieder am Telefon zu haben", "I would recommend her").
MORE = THANKS | {"wieder", "weiterempfehlen", "empfehlen", "again", "recommend", "immer", "always"}
_BETWEEN = frozenset({",", "it", "es"})  # "wäre schön, wenn", "would appreciate it if"
_SENTENCE_ENDS = frozenset(".!?…")


def wished(tokens: Sequence[str], request_ends: Iterable[int]) -> set[int]:
    """Positions of the conditions that follow the request openers ending at ``request_ends``,
    each up to its sentence's end."""
    out: set[int] = set()
    n = len(tokens)
    for end in request_ends:
        k = end + 1
        while k < n and k <= end + 2 and tokens[k].lower() in _BETWEEN:
            k += 1
        if k >= n or tokens[k].lower() not in CONDITIONS:
            continue
        while k < n and not (tokens[k] and tokens[k][0] in _SENTENCE_ENDS):
            out.add(k)
            k += 1
    return out


def asked(tokens: Sequence[str]) -> set[int]:
    """Positions of the sentences of ``tokens`` (with their breaks: a sentence ends at ".", "!",
    "?" or "…") that politely ask for something without a condition."""
    low = [t.lower() for t in tokens]
    out: set[int] = set()
    start = 0
    for k in range(len(low) + 1):
        if k < len(low) and not (low[k] and low[k][0] in _SENTENCE_ENDS):
            continue
        span = range(start, k)
        words = {low[j] for j in span}
        if (
            not REQUEST_WORDS.isdisjoint(words)
            and CONDITIONS.isdisjoint(words)
            and MORE.isdisjoint(words)
            and any(low[j] in REQUEST_WORDS and asks(j, low, span) for j in span)
        ):
            out.update(span)
        start = k + 1
    return out


def asks(at: int, low: Sequence[str], span: Iterable[int]) -> bool:
    """A wishing modal in ``span`` governs the request word at ``at``."""
    if low[at] in REQUEST_WORDS_DE:
        return any(low[k] in WISHING for k in span if k < at)
    return any(low[k] in WISHING for k in range(max(0, at - _EN_REACH), at))

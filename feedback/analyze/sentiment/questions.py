""" "@united can I change my flight?": a question that asks for information or help is neutral.

The model learnt the words of the airline tweets' complaints ("flight", "account", "no"), and it
heard them in plain questions too: "@user where is my flight voucher?", "What is the policy
behind changing passengers' seating assignments at the gate?" were labelled negative (the crowd
called them neutral). A quote asks (``asks``) when each of its questions opens with a question
word ("can", "how", "where", "is", "will" …, after greetings and handles) and nothing in it
complains: no complaint word of the rules, no negation ("can't get anyone", "cannot add my
number"), no exclamation, and none of the marks of a rhetorical or complaining question ("why
is my bag still missing?", "how hard is it to …?", "any particular reason …?", "what's up?", "is
this how you treat …?", "… and counting").

English only. The hybrid (hybrid.py) then turns the model's "negative" into "neutral"; praise
stays praise ("Thanks so much! Could you pass this on to Jenny?").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.types import Evidence

# Words that open a question asking for information or help.
_OPENERS = frozenset(
    {
        "can", "could", "how", "what", "where", "when", "which", "who", "whom", "is", "are",
        "was", "were", "do", "does", "did", "will", "would", "any", "anyone", "anybody", "has",
        "have", "should", "may", "shall", "am",
    }
)  # fmt: skip
# Skipped before the opener: handles ("@user" is tokenised "user"), greetings and fillers.
_LEAD = frozenset(
    {"user", "hi", "hello", "hey", "hiya", "so", "and", "ok", "okay", "also", "quick", "question"}
    | {"please", "but", "dear"}
)
# Marks of a complaining or rhetorical question anywhere in the quote.
_COMPLAINT_MARKS = frozenset(
    {
        "why", "still", "yet", "again", "ever", "never", "even", "seriously", "really", "hours",
        "hour", "days", "waiting", "wait", "wasted", "lost", "missing", "stuck", "cancelled",
        "delayed", "rude", "worst", "terrible", "ridiculous", "supposed", "joke", "kidding",
        "keeps", "kept", "counting", "apology", "forgotten", "strand", "stranded", "guess",
        "hard", "reason",
    }
)  # fmt: skip
_WHAT = frozenset({"what", "what's", "whats"})
_NEGATORS = frozenset({"not", "no", "cannot", "nobody", "nothing", "none"})
_ENDS = frozenset(".!?…")
COMPLAINT_WEIGHT = -0.1  # a rules' evidence item at most this: the quote complains


def asks(tokens: Sequence[str], evidence: Sequence[Evidence]) -> bool:
    """True when the quote of ``tokens`` (tokenize_with_breaks) asks for information or help and
    complains nowhere (the rules' ``evidence`` holds no complaint)."""
    low = [t.lower() for t in tokens]
    if not any("?" in t for t in low) or any("!" in t for t in low):
        return False
    for i, t in enumerate(low):
        if t in _COMPLAINT_MARKS or t in _NEGATORS or t.endswith("n't"):
            return False
        if t == "this" and 0 < i < len(low) - 1 and low[i - 1] == "is" and low[i + 1] == "how":
            return False  # "is this how you treat your customers?"
        if t in _WHAT and 0 < i < len(low) - 1 and low[i + 1] in ("up", "gives"):
            return False  # "website keeps timing out. what's up?", "What gives?"
    if any(e.weight <= COMPLAINT_WEIGHT for e in evidence):
        return False
    return all(_opens(words) for words in questions_of(low))


def questions_of(low: Sequence[str]) -> list[list[str]]:
    """The words of each sentence that ends in a question mark."""
    out: list[list[str]] = []
    current: list[str] = []
    for t in low:
        if t[0] in _ENDS:
            if "?" in t:
                out.append(current)
            current = []
        else:
            current.append(t)
    return out


def _opens(words: Sequence[str]) -> bool:
    """The question's first word, after greetings and handles, is a question word."""
    first = next((w for w in words if w not in _LEAD and w[0].isalnum()), None)
    return first in _OPENERS

""" "I need to speak to a real person", "can I get some help?": what is asked for is not given.

"a real person", "an actual human", "a human being" are praise in the lexicon because customers
thank for them ("Finally got through to a real person and she sorted it"). Asked for, they say
the opposite: the customer has been left to machines and menus ("@united need to chat with an
actual human ASAP!", "Is there a real person I can talk to?", "I just want to reach a human").
When the phrase follows a word of wanting or asking in its sentence, and nothing before it says
the customer got through ("finally", "got", "reached", "spoke"), it counts as a complaint of the
same strength.

"help", "support" and "assistance" (VADER +1.7) asked for are no praise either: "Can I get some
help with a support ticket?", "HELP!!! Need a flight!!!", "been on hold for an hour trying to get
help", "I cant get anyone on the phone to help". They count nothing in a question, after a word
of wanting or asking, and as a shouted or sentence-opening imperative ("Help me understand why
…", "Help!"), unless the sentence thanks ("Thanks for your help, could you pass it on?").
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback.analyze.sentiment.passes import Item

# The lexicon's phrases for a human at the other end (lexicon_en.tsv).
HUMANS = frozenset(
    {
        "a real person", "a real live person", "a live person", "a real human", "a human being",
        "an actual human", "an actual person", "reach a human",
    }
)  # fmt: skip
HELP = frozenset({"help", "support", "assistance", "assist"})
# The engine runs the pass only when one of these matched.
ASKED = HUMANS | HELP
# Words of wanting or asking before the phrase; the question words only in a question ("Can I
# speak to a real person?", but "where I can actually reach a human being" praises).
_WANTING = frozenset(
    {"need", "needs", "want", "wants", "wanna", "trying", "try", "let", "please", "pls", "plz"}
    | {"possible", "impossible", "unable", "asap"}
)
_PLEADING = frozenset({"please", "pls", "plz", "asap"})  # anywhere in the sentence
_QUESTIONING = frozenset({"is", "are", "any", "how", "can", "could", "where"})
# ... and, for help, words of failing to get it ("cant get anyone to help", "refuse to help").
_NOT_GETTING = frozenset(
    {"get", "some", "cant", "can't", "cannot", "won't", "refuse", "refused", "refuses", "nobody"}
    | {"no", "anyone", "someone", "somebody", "anybody", "would", "will"}
)
# Words that say the customer did reach a person: the phrase stays praise.
_REACHED = frozenset(
    {"finally", "got", "reached", "spoke", "talked", "chatted", "had", "was", "were"}
)
_THANKING = frozenset({"thanks", "thank", "thx", "appreciate", "grateful", "ty"})
_OBJECTS = frozenset({"me", "us", "please", "pls", "plz", "my", "our"})


def asked_for(
    items: list[Item], tokens: Sequence[str], low: Sequence[str], sent_of: Sequence[int]
) -> None:
    """Turn each human asked for into a complaint, and zero each help asked for (in place)."""
    questions = {sent_of[k] for k, t in enumerate(low) if "?" in t}
    for it in items:
        if it.valence <= 0 or it.key not in ASKED:
            continue
        sentence = sent_of[it.start]
        before = [low[k] for k in range(it.start) if sent_of[k] == sentence]
        whole = [low[k] for k in range(len(low)) if sent_of[k] == sentence]
        asking = (
            not _WANTING.isdisjoint(before)
            or not _PLEADING.isdisjoint(whole)
            or (sentence in questions and not _QUESTIONING.isdisjoint(before))
        )
        if it.key in HUMANS:
            if asking and _REACHED.isdisjoint(before):
                it.valence = -it.valence
            continue
        if not _THANKING.isdisjoint(whole):
            continue
        word = tokens[it.start]
        if (
            sentence in questions
            or asking
            or not _NOT_GETTING.isdisjoint(before)
            or (len(word) > 2 and word.isupper())
            or (not any(w[0].isalnum() for w in before) and _imperative(low, it.end))
        ):
            it.valence = 0.0


def _imperative(low: Sequence[str], after: int) -> bool:
    """The sentence-opening "Help" asks: "Help me understand …", "Help!", not "Help was quick"."""
    return after >= len(low) or low[after] in _OBJECTS or not low[after][0].isalnum()

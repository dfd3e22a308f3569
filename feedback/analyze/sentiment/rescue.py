"""A complaint that ends in a person's rescue is mixed, not negative.

"After two hours on hold, Mike fixed it in five minutes." is the most common shape of a
thank-you in a contact centre: first the trouble, then the person who solved it. The trained
model, which learned from complaints to airlines and a railway, hears "two hours on hold" and
says "negative" (0.96 sure). The quote does complain, and it praises: it is mixed.

The check runs on quotes the scorer calls negative, and on those it calls neutral whose words
before the person complain by the rules ("Waited 3 days for a reply, then Tom solved it in one
call." where the model hears as much complaint as nothing). Where a person is named after the
quote's first words (a service person's word, "Herr", "the agent", or a capitalised first name,
"Mike"), the rest of the quote from there on is scored with the rules alone. When that rest
praises clearly (:data:`CLEAR`), the story ends well: the label becomes "mixed". A rest that
turns sour again ("Mike fixed it, but it broke the next day") does not. The score stays as it
was: the quote's words still lean to the complaint, and the evaluation of real data, which has
no mixed class, counts a mixed quote by its score's sign.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from feedback.analyze.agent_context import is_break, names_person
from feedback.analyze.sentiment.judged import JUDGING
from feedback.analyze.sentiment.model import NEGATORS
from feedback.analyze.types import Sentiment
from feedback.first_names import is_first_name

CLEAR = 0.3  # the rest's rule compound from which it praises clearly
_BEFORE = 2  # tokens of trouble before the person, at least ("Frau Meier war nett" has none)
_TRIES = 3  # persons tried, first ones first: the rescuer comes early in the rest


def _names_someone(token: str, language: str) -> bool:
    if names_person((token,), 0, 1, language):
        return True
    # A capitalised first name ("Mike", "then Tom solved it"). German capitalises nouns too,
    # but few nouns are first names.
    return token[:1].isupper() and is_first_name(token)


def _judged_before(tokens: Sequence[str], at: int) -> bool:
    """A negated judging verb ("did not find", "don't think") earlier in ``at``'s clause."""
    q = at - 1
    while q > 0 and not is_break(tokens[q]):
        low = tokens[q].lower()
        before = tokens[q - 1].lower()
        if low in JUDGING and (before in NEGATORS or before.endswith("n't")):
            return True
        q -= 1
    return False


def rescued(
    tokens: Sequence[str],
    language: str,
    rules: Callable[[Sequence[str]], Sentiment],
    trouble_first: bool = False,
) -> bool:
    """True when the rest of ``tokens`` from a named person on praises clearly (``rules``);
    with ``trouble_first`` also the words before the person must complain by the rules (for a
    quote the scorer called neutral: its label is no evidence of the trouble)."""
    tried = 0
    for at in range(_BEFORE, len(tokens)):
        if is_break(tokens[at]) or not _names_someone(tokens[at], language):
            continue
        if _judged_before(tokens, at):
            continue  # "I did not find the agent very helpful": the person is judged, not rescuing
        verdict = rules(tokens[at:])
        if verdict.label == "positive" and verdict.compound >= CLEAR:
            return not trouble_first or rules(tokens[:at]).label == "negative"
        tried += 1
        if tried == _TRIES:
            break
    return False

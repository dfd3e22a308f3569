"""The customer's name in the agent's own lines of a chat transcript.

In "Agent Leah: Thanks Bartosz, all sorted." or "[10:07] Lukas (Support): Danke, Frau Rahimi"
the agent thanks the customer: a name after "thanks"/"danke" on a line that the agent speaks
is the customer's. Elsewhere a name after "thanks" is mostly an agent's ("Thanks Kim!"), so
the rule holds only on lines with an agent's speaker label. Agents' names (``known``) stay.
"""

from __future__ import annotations

import re

from feedback.collect.redact_names import name_after
from feedback.collect.redact_patterns import Candidate

__all__ = ["agent_line_names"]

_ROLE = r"(?i:agent|agentin|support|kundenservice|service|berater|beraterin|advisor|adviser|rep)"
# "Agent Leah:", "Agent (Svenja):", "[10:07] Lukas (Support):", "Support - Kai:"
_AGENT_LABEL_RE = re.compile(
    rf"^[ \t]*(?:\[[\d:. ]{{4,12}}\][ \t]*)?"
    rf"(?:{_ROLE}\b[^:\n]{{0,30}}|[^\W\d_][\w-]*[ \t]*\({_ROLE}\)):[ \t]*",
    re.MULTILINE,
)
_THANKS_RE = re.compile(
    r"\b(?i:thanks|thank\s+you|thx|cheers|danke(?:\s+schön)?|vielen\s+dank|merci)"
    r"[ \t]*,?[ \t]+(?=[A-ZÄÖÜ])"
)


def agent_line_names(text: str, known: frozenset[str]) -> list[Candidate]:
    """Names that the agent thanks on the agent's own lines of a transcript."""
    if ":" not in text:
        return []
    found: list[Candidate] = []
    for label in _AGENT_LABEL_RE.finditer(text):
        line_end = text.find("\n", label.end())
        line_end = len(text) if line_end < 0 else line_end
        for thanks in _THANKS_RE.finditer(text, label.end(), line_end):
            named = name_after(text, thanks.end(), known, after_title=False)
            if named is not None and named.end <= line_end:
                found.append(named)
    return found

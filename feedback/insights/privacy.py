"""Agents are named only with their consent: on the card and inside the customer's words.

Redaction keeps agent names in the stored text on purpose (the praise is for them, and
consent can be given or withdrawn later). Every view that others see therefore passes quote
text through :class:`NamePrivacy`, which replaces the names of agents who did not consent
with :data:`NAME_PLACEHOLDER`:

- first names match in any case ("Katharina", "katharina", "KATHARINA"), with a genitive
  "s" or "'s";
- last names match only capitalised or in capitals, so "Frau Weiß" is hidden while "sie weiß
  genau" keeps its verb;
- a quote about a consenting agent keeps that agent's own names, even when an agent without
  consent has the same first name.

Word clouds show what customers praise, not who: :meth:`NamePrivacy.hides` leaves out the
name of every agent, consenting or not, so a cloud never turns into a ranking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import pandas as pd

from feedback.store.directory import AgentInfo, Directory

NAME_PLACEHOLDER = "[NAME]"
_GENITIVE = r"(?:s|'s|’s)?"
_REPEATED = re.compile(
    re.escape(NAME_PLACEHOLDER) + r"(?:[ \t]+" + re.escape(NAME_PLACEHOLDER) + ")+"
)


class NamePrivacy:
    """Masks the names of agents without consent in quote text (see the module docstring)."""

    def __init__(self, agents: Iterable[AgentInfo]) -> None:
        people = list(agents)
        self._hidden_first = _names(a.first_name for a in people if not a.consent_named)
        self._hidden_last = _names(a.last_name for a in people if not a.consent_named)
        self._own = {
            a.id: (a.first_name.casefold(), a.last_name.casefold())
            for a in people
            if a.consent_named
        }
        self._all_names = frozenset(
            part.casefold()
            for a in people
            for name in (a.first_name, a.last_name)
            for part in name.split()
            if part
        )
        self._patterns: dict[int | None, re.Pattern[str] | None] = {}

    @classmethod
    def from_directory(cls, directory: Directory) -> NamePrivacy:
        return cls(directory.agents.values())

    def mask(self, text: str, agent_id: int | None = None) -> str:
        """``text`` with hidden names replaced; ``agent_id`` is the agent the quote praises."""
        pattern = self._pattern(agent_id)
        if pattern is None:
            return text
        masked = pattern.sub(NAME_PLACEHOLDER, text)
        return _REPEATED.sub(NAME_PLACEHOLDER, masked) if masked != text else text

    def mask_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """A copy of a quotes frame (columns ``text`` and ``agent_id``) with masked texts."""
        if frame.empty or (not self._hidden_first and not self._hidden_last):
            return frame
        agent_ids = frame["agent_id"]
        texts = [
            self.mask(str(text), None if pd.isna(agent) else int(agent))
            for text, agent in zip(frame["text"], agent_ids, strict=True)
        ]
        return frame.assign(text=texts)

    def search_reveals(self, search: str) -> bool:
        """True when a text search could find quotes by a hidden name (then the matches must
        be checked again on the masked text)."""
        wanted = search.strip().casefold()
        hidden = (n.casefold() for n in (*self._hidden_first, *self._hidden_last))
        return bool(wanted) and any(wanted in name or name in wanted for name in hidden)

    def search_masked(self, frame: pd.DataFrame, search: str) -> pd.DataFrame:
        """The rows of ``frame`` whose *masked* text still contains ``search``, masked."""
        masked = self.mask_frame(frame)
        if masked.empty:
            return masked
        wanted = search.strip().casefold()
        return masked[[wanted in str(text).casefold() for text in masked["text"]]]

    def hides(self, term: str) -> bool:
        """True when a cloud term (a word or a space-separated bigram) contains an agent name."""
        return any(part in self._all_names for part in term.casefold().split())

    def _pattern(self, agent_id: int | None) -> re.Pattern[str] | None:
        if agent_id not in self._patterns:
            own = self._own.get(agent_id) if agent_id is not None else None
            first = [n for n in self._hidden_first if own is None or n.casefold() != own[0]]
            last = [n for n in self._hidden_last if own is None or n.casefold() != own[1]]
            self._patterns[agent_id] = _compile(tuple(first), tuple(last))
        return self._patterns[agent_id]


def _names(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct, non-empty names in a stable order (the pattern cache key)."""
    return tuple(sorted({v.strip() for v in values if v and v.strip()}))


@cache
def _compile(first: tuple[str, ...], last: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern: first names in any case, last names capitalised or in capitals."""
    options = [(name, f"(?i:{re.escape(name)})") for name in first]
    for name in last:
        for form in dict.fromkeys((name[:1].upper() + name[1:], name.upper())):
            options.append((form, re.escape(form)))
    if not options:
        return None
    # Longest first, so "Anna-Lena" wins over "Anna" whichever list it comes from.
    ordered = [option for _name, option in sorted(options, key=lambda o: -len(o[0]))]
    return re.compile(rf"(?<!\w)(?:{'|'.join(ordered)}){_GENITIVE}(?!\w)")

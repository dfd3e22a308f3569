"""Agents are named only with their consent: on the card and inside the customer's words.

Redaction keeps agent names in the stored text on purpose (the praise is for them, and
consent can be given or withdrawn later). Every view that others see therefore passes quote
text through :class:`NamePrivacy`, which replaces the names of agents who did not consent
with :data:`NAME_PLACEHOLDER`:

- first names match in any case ("Katharina", "katharina", "KATHARINA"), as whole words, with
  a genitive "s" or "'s";
- last names match only where they are used as a name, because many German surnames are also
  ordinary words ("Der Koch war toll", "Ein Wolf", "Weiß ich endlich"):

  - after a salutation or title: "Frau Weiß", "Herrn Koch", "Hr. Fuchs", "Dr. Braun",
    "Mr Wolf", "Ms. Schmied", "Frau Dr. Weiß";
  - after that agent's first name or initial: "Katharina Weiß", "K. Weiß";
  - before a comma and that agent's first name: "Weiß, Katharina";

  and there only capitalised or in capitals, so "meine Frau weiß Bescheid" keeps its verb;
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
_SP = r"[ \t\u00a0]+"
_GAP = r"[ \t\u00a0]*"
# Words after which a capitalised word is a surname: salutations, titles, "Kollegin Weiß".
# Any case ("frau Weiß" in a hurried chat); the surname itself must still be capitalised.
_TITLE = (
    r"(?i:Herrn?|Frau|Fräulein|Hr\.?|Fr\.|Familie|Fam\.|Kollegin|Kollegen?|Dr\.?|Prof\.?"
    r"|Mrs\.?|Mr\.?|Ms\.?|Miss|Mx\.?|Sir|Madam)"
)
# Academic titles between a salutation and the name: "Frau Dr. Weiß", "Herrn Prof. Dr. Koch".
_ACADEMIC = r"(?:Dr\.?|Prof\.?|med\.|Ing\.)"
# Name parts separated only by blanks become one placeholder: "[NAME]", not "[NAME] [NAME]".
_BLANKS = re.compile(r"[ \t\u00a0]+")

_Person = tuple[str, str]  # (first name, last name) as stored


class NamePrivacy:
    """Masks the names of agents without consent in quote text (see the module docstring)."""

    def __init__(self, agents: Iterable[AgentInfo]) -> None:
        people = list(agents)
        self._hidden: tuple[_Person, ...] = tuple(
            sorted(
                {
                    (a.first_name.strip(), a.last_name.strip())
                    for a in people
                    if not a.consent_named and (a.first_name.strip() or a.last_name.strip())
                }
            )
        )
        self._hidden_first = _names(first for first, _last in self._hidden)
        self._hidden_last = _names(last for _first, last in self._hidden)
        self._own = {
            a.id: (a.first_name.strip().casefold(), a.last_name.strip().casefold())
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
        self._quick = _quick_check(self._hidden)

    @classmethod
    def from_directory(cls, directory: Directory) -> NamePrivacy:
        return cls(directory.agents.values())

    def mask(self, text: str, agent_id: int | None = None) -> str:
        """``text`` with hidden names replaced; ``agent_id`` is the agent the quote praises."""
        return self._masked(text, agent_id)[0]

    def restore(self, original: str, edited: str, agent_id: int | None = None) -> str:
        """``edited`` (a changed copy of ``mask(original)``) with the hidden names put back.

        Each placeholder gets the name it stands for, in order. When the edit removed or added
        a placeholder, the order is no longer known: ``edited`` is returned as it is.
        """
        _masked, originals = self._masked(original, agent_id)
        parts = edited.split(NAME_PLACEHOLDER)
        if len(parts) - 1 != len(originals):
            return edited
        out = [parts[0]]
        for name, rest in zip(originals, parts[1:], strict=True):
            out.extend((name, rest))
        return "".join(out)

    def mask_frame(self, frame: pd.DataFrame) -> pd.DataFrame:
        """A copy of a quotes frame (columns ``text`` and ``agent_id``) with masked texts."""
        if frame.empty or not self._hidden:
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

    def spans(self, text: str, agent_id: int | None = None) -> list[tuple[int, int]]:
        """Where :meth:`mask` puts a placeholder: (start, end) offsets into ``text``, in order.

        Name parts separated only by blanks form one span ("Katharina Weiß"); after a title
        only the name is covered ("Frau [NAME]")."""
        pattern = self._pattern(agent_id)
        if pattern is None or not text or not self._quick.search(text.casefold()):
            return []
        titled = "title" in pattern.groupindex
        spans: list[tuple[int, int]] = []
        for match in pattern.finditer(text):
            title_end = match.end("title") if titled else -1
            start = title_end if title_end >= 0 else match.start()
            if spans and _BLANKS.fullmatch(text, spans[-1][1], start):
                spans[-1] = (spans[-1][0], match.end())
            else:
                spans.append((start, match.end()))
        return spans

    def _masked(self, text: str, agent_id: int | None) -> tuple[str, tuple[str, ...]]:
        """The masked text and, per placeholder in it (in order), the text it stands for."""
        spans = self.spans(text, agent_id)
        if not spans:
            return text, ()
        pieces: list[str] = []
        originals: list[str] = []
        done = 0
        for start, end in spans:
            between = text[done:start]
            # A placeholder the text held already stands for itself.
            originals.extend([NAME_PLACEHOLDER] * between.count(NAME_PLACEHOLDER))
            pieces.extend((between, NAME_PLACEHOLDER))
            originals.append(text[start:end])
            done = end
        tail = text[done:]
        originals.extend([NAME_PLACEHOLDER] * tail.count(NAME_PLACEHOLDER))
        pieces.append(tail)
        return "".join(pieces), tuple(originals)

    def _pattern(self, agent_id: int | None) -> re.Pattern[str] | None:
        if agent_id not in self._patterns:
            own = self._own.get(agent_id) if agent_id is not None else None
            self._patterns[agent_id] = _compile(self._hidden, own)
        return self._patterns[agent_id]


def _names(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct, non-empty names in a stable order."""
    return tuple(sorted({v.strip() for v in values if v and v.strip()}))


def _surname(name: str) -> str:
    """A surname as names are written: as stored, capitalised or in capitals ("WEISS")."""
    forms = dict.fromkeys((name, name[:1].upper() + name[1:], name.upper()))
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


def _first_name(name: str) -> str:
    return f"(?i:{re.escape(name)})"


def _longest_first(options: Iterable[tuple[str, str]]) -> list[str]:
    """Patterns ordered by the length of the name they stand for, longest first, so that
    "Anna-Lena" wins over "Anna"."""
    return [pattern for _name, pattern in sorted(options, key=lambda o: (-len(o[0]), o[0]))]


@cache
def _quick_check(hidden: tuple[_Person, ...]) -> re.Pattern[str]:
    """Finds, in a casefolded text, every word that starts like a hidden name: most quotes name
    nobody hidden, and this one case-sensitive pass is four times faster than the full pattern."""
    parts = {part.casefold() for person in hidden for name in person for part in name.split()}
    ordered = sorted(parts, key=lambda part: (-len(part), part))
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(part) for part in ordered)})")


@cache
def _compile(hidden: tuple[_Person, ...], own: _Person | None) -> re.Pattern[str] | None:
    """One pattern for the names of ``hidden`` agents, except those ``own`` (casefolded first
    and last name of the consenting agent a quote praises) shares with them."""
    own_first, own_last = own or ("", "")
    people = [
        (f, lst) for f, lst in hidden if (f.casefold(), lst.casefold()) != (own_first, own_last)
    ]
    surnames = _names(lst for _f, lst in people if lst.casefold() != own_last)
    firsts = _names(f for f, _lst in people if f.casefold() != own_first)
    full: list[tuple[str, str]] = []
    reversed_: list[tuple[str, str]] = []
    for first, last in people:
        if not (first and last):
            continue
        initial = re.escape(first[:1].upper()) + r"\." + _GAP
        full.append((f"{first} {last}", f"(?:{_first_name(first)}{_SP}|{initial}){_surname(last)}"))
        reversed_.append((f"{last} {first}", f"{_surname(last)},{_GAP}{_first_name(first)}"))
    alternatives: list[str] = []
    if surnames:
        after_title = _longest_first((n, _surname(n)) for n in surnames)
        alternatives.append(
            rf"(?P<title>{_TITLE}(?:{_SP}{_ACADEMIC})*{_SP})(?:{'|'.join(after_title)}){_GENITIVE}"
        )
    if full:
        alternatives.append(f"(?:{'|'.join(_longest_first(full))}){_GENITIVE}")
    if reversed_:
        alternatives.append(f"(?:{'|'.join(_longest_first(reversed_))})")
    if firsts:
        names = _longest_first((n, _first_name(n)) for n in firsts)
        alternatives.append(f"(?:{'|'.join(names)}){_GENITIVE}")
    if not alternatives:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)")

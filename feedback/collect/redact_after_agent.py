"""A lone word ending a message signs it when an agent was thanked before it.

``redact_trailing.unlisted_end`` reads a message's last word alone as the sender's name only
where something vouches for it: a greeting before it ("Liebe Grüße aus Ulm, Folake"), or, here,
an agent named earlier in the message, so that the last word cannot be the agent thanked:

* after thanks and a comma: "Please tell Ryan it went great. Thanks, Chiamaka";
* after a sentence: "Lovely chat with Poppy, will leave a review. Chidinma".

The caller checks that no dictionary knows the word; after a sentence it must have six
letters or more (a short unknown word is as often slang, a typo or a nickname: "Thanks Kim! It
worked. Bisi" stays, as the eighteenth session decided), be no word in capitals ("… Poppy.
OMGGG"), no thanks in another language ("… Dziękuję", "Obrigado!"), no word the message used
before ("… or Kabelnet. Kabelnet") and have no "!" after it.
"""

from __future__ import annotations

import re

from feedback.collect.redact_agent_names import is_agent_word

__all__ = ["THANKS_ABROAD", "signed_after_agent", "thanks_after_agent"]

_WORD_RE = re.compile(r"[^\W\d_]+")
_END_TRIM = " \t\u00a0\n!."
_GREETING_WINDOW = 40  # characters before the word searched for the thanks
_THANKS_WORDS = frozenset(["thanks", "thx", "danke", "dankeschön", "merci"])
_MIN_SIGNED_WORD = 6  # letters: "… worked. Bisi" stays, as the eighteenth session chose
# Thanks and closings in other languages that end a message alone, no name: "… Dziękuję"
_THANKS_ABROAD_WORDS = """
    obrigado obrigada gracias grazie merci dziękuję dziekuje spasibo спасибо shukran schukran
    shukriya dyakuyu kamsahamnida teşekkürler tesekkurler arigato arigatou hvala köszönöm
    mulțumesc multumesc efcharisto euxaristo toda asante ngiyabonga namaste dhanyavad danke
    dankeschön herzlichst salam ciao adios tschüss servus besos baci xièxie xiexie cảm
"""
THANKS_ABROAD = frozenset(_THANKS_ABROAD_WORDS.split())


def _agent_before(text: str, known: frozenset[str]) -> bool:
    return any(is_agent_word(w, known) for w in _WORD_RE.findall(text) if w[0].isupper())


def thanks_after_agent(text: str, start: int, known: frozenset[str]) -> bool:
    """True when the clause before ``start`` (a comma there) thanks ("…. Thanks, …") and an
    agent was named before it: "Please tell Ryan it went great. Thanks, Chiamaka" signs, the
    agent thanked already ("Danke, Mäx" alone may thank an agent the list lacks)."""
    if not known or not text[:start].rstrip().endswith(","):
        return False
    before = text[max(0, start - _GREETING_WINDOW) : start]
    clause = re.split(r"[\n.!?…]", before)[-1]
    if not any(w.casefold() in _THANKS_WORDS for w in _WORD_RE.findall(clause)):
        return False
    return _agent_before(text[: start - len(clause)], known)


def signed_after_agent(text: str, start: int, known: frozenset[str]) -> bool:
    """True when a sentence ends right before ``start`` and an agent was named before it:
    "Lovely chat with Poppy, will leave a review. Chidinma" signs (the agent is thanked
    already; without an agent a last word after a sentence may be anything)."""
    before = text[:start].rstrip(" \t\u00a0")
    if not known or not before or before[-1] not in ".!?…\n":
        return False
    rest = text[start:].strip(" \t\u00a0\n")
    word = rest.rstrip(".")
    if "!" in rest or len(word) < _MIN_SIGNED_WORD or word.isupper():
        return False  # "… Poppy. Obrigado!", "… Poppy. OMGGG", "… Poppy. Bisi"
    if word.casefold() in THANKS_ABROAD or word.casefold() in before.casefold():
        return False  # "Call … or Kabelnet. Kabelnet": a word named before is what they speak of
    return _agent_before(before, known)

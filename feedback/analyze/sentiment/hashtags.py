"""English hashtags read as the words they are made of: "#badcustomerservice" is "bad customer
service", "#NeverAgain" is "never again", "#epicfail" is "epic fail".

Tweets and chat messages pack their verdict into a hashtag, and the rules only knew the whole
run of letters ("badcustomerservice" scored 0). A hashtag is split when every piece is an English
word (simplemma's dictionary or the sentiment lexicon) and no piece is shorter than three letters
(a few short words excepted: "#helpmeplease"); of the possible splits the one with the fewest
pieces wins. A hashtag that is one word, or that does not split into words ("#LieFlat" does,
"#FCmostinnovative" does not), stays as it was. Only the rules read the pieces; the model keeps
the hashtag as one word (it learnt it so).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import simplemma

_HASHTAG = re.compile(r"#([A-Za-z]{5,40})\b")  # letters only: "#1", "#flight293" stay
_MIN_PIECE = 3
# Short words that may be a piece of their own ("#helpmeplease", "#nothanks", "#sogood").
_SHORT = frozenset({"me", "my", "no", "so", "up", "us", "we", "go", "do", "ur", "to", "of", "on"})


def _known(piece: str, lexicon: frozenset[str]) -> bool:
    if len(piece) < _MIN_PIECE and piece not in _SHORT:
        return False
    return piece in lexicon or simplemma.is_known(piece, lang="en")


def split_tag(tag: str, lexicon: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The words of ``tag`` (without "#"), lower-cased, fewest pieces first; ``()`` when it is
    one word already or does not split into known words."""
    return _split(tag.lower(), lexicon)


@lru_cache(maxsize=4096)
def _split(tag: str, lexicon: frozenset[str]) -> tuple[str, ...]:
    n = len(tag)
    # best[i]: the fewest known pieces that make up tag[:i], and where the last one starts.
    best: list[tuple[int, int] | None] = [None] * (n + 1)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(end):
            before = best[start]
            if before is None or not _known(tag[start:end], lexicon):
                continue
            current = best[end]
            if current is None or before[0] + 1 < current[0]:
                best[end] = (before[0] + 1, start)
    last = best[n]
    if last is None or last[0] < 2:
        return ()
    pieces: list[str] = []
    end = n
    while end:
        entry = best[end]
        assert entry is not None
        pieces.append(tag[entry[1] : end])
        end = entry[1]
    return tuple(reversed(pieces))


def with_hashtag_words(
    tokens: Sequence[str], text: str, lexicon: frozenset[str] = frozenset()
) -> Sequence[str]:
    """``tokens`` with each hashtag of ``text`` that splits into words replaced by its words
    (the same sequence when ``text`` has no such hashtag)."""
    if "#" not in text:
        return tokens
    tags = {m.group(1): split_tag(m.group(1), lexicon) for m in _HASHTAG.finditer(text)}
    tags = {body: words for body, words in tags.items() if words}
    if not tags:
        return tokens
    out: list[str] = []
    for token in tokens:
        out.extend(tags.get(token, (token,)))
    return out

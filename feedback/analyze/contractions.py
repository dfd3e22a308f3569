"""Contractions split apart are joined again before the analysis reads a quote.

Review sites, tokenised corpora and some phone keyboards write "don ' t", "wouldn ' t", "did
n't", "ca n't", "it 's" or "I ' m". Split, "n't" is no negator: "i wouldn ' t recommend this
chromebook" was praise through "recommend", and "They did n't include pita" praised "did". The
stored and shown text stay as written; only what the analysis reads is joined.
"""

from __future__ import annotations

import re

# Cheap test first: most quotes have no space before an apostrophe.
_MAYBE = re.compile(r"\s['’]|['’]\s|\sn['’]t\b", re.IGNORECASE)
# "don ' t", "wouldn ' t", "can ’ t": a word ending in "n", an apostrophe between spaces, "t".
_SPACED_NT = re.compile(r"\b([^\W\d_]+n) ?(['’]) ?(t)\b", re.IGNORECASE)
# "did n't", "ca n't", "wo n't", "is n't": the Penn Treebank's split ("wo n ' t" too).
_SPLIT_NT = re.compile(r"\b([^\W\d_]+) (n) ?(['’]) ?(t)\b", re.IGNORECASE)
# "it 's", "I ' m", "we ' re", "I ' ve", "you ' ll", "I ' d", "geht ' s": a clitic after a word.
_CLITIC = re.compile(r"\b([^\W\d_]+) ?(['’]) ?(s|m|re|ve|ll|d)\b(?! ?['’])", re.IGNORECASE)


def joined(text: str) -> str:
    """``text`` with split contractions joined ("don ' t" -> "don't", "did n't" -> "didn't");
    the same string when it has none."""
    if " '" not in text and "' " not in text and "’" not in text and " n'" not in text:
        return text  # most quotes: four substring tests, cheaper than one regex search
    if _MAYBE.search(text) is None:
        return text
    text = _SPACED_NT.sub(r"\1\2\3", text)
    text = _SPLIT_NT.sub(r"\1\2\3\4", text)
    return _CLITIC.sub(r"\1\2\3", text)

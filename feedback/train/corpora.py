"""Public labelled customer feedback under data/external/, as (text, language, label) rows.

Sources (licences, sizes, where to put the files: docs/data.md):
- German: GermEval 2017 (Deutsche Bahn customer feedback, document-level polarity), the files
  ``dev``, ``test_dia`` and ``test_syn`` (the official train file is not used, see docs/data.md).
- German, more: M-ABSA (reviews of hotels, restaurants, food, phones, laptops, sights and online
  courses, machine-translated into German), sentence by sentence.
- English: Twitter US Airline Sentiment (customer-service tweets to six US airlines), and M-ABSA's
  English original sentences.

Labels are negative / neutral / positive. ``split`` assigns each row to train, dev or test by a
seeded hash of its text, so the split does not depend on file order and a duplicate text never
lands in two splits. Tune on dev; test is only read for the final figures.
"""

from __future__ import annotations

import csv
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Literal

ROOT = Path(__file__).resolve().parent.parent.parent
EXTERNAL = ROOT / "data" / "external"
GERMEVAL_FILES = ("dev-2017-09-15.xml", "test_dia-2017-09-15.xml", "test_syn-2017-09-15.xml")
AIRLINE_FILE = "Tweets.csv"
M_ABSA_DOMAINS = ("coursera", "food", "hotel", "laptop", "phone", "restaurant", "sight")
M_ABSA_FILES = ("train.txt", "dev.txt", "test.txt")  # all three: our own split decides
SEED = "love-wall-2026"  # part of the split hash: changing it reshuffles every split
DEV_SHARE, TEST_SHARE = 0.15, 0.15  # the rest (70 %) is train
LABELS = ("negative", "neutral", "positive")
Split = Literal["train", "dev", "test"]

_URL = re.compile(r"https?://\S+")
_HANDLE = re.compile(r"@\w+")
_M_ABSA_POLARITY = re.compile(r"'(positive|negative|neutral)'\s*\]")


@dataclass(frozen=True, slots=True)
class Row:
    text: str
    language: str
    label: str
    source: str


def clean(text: str) -> str:
    """Tweet noise out: links dropped, @handles to "@user", whitespace collapsed."""
    text = _HANDLE.sub("@user", _URL.sub("", text))
    return " ".join(text.split())


def germeval(directory: Path | None = None) -> Iterator[Row]:
    """GermEval 2017 documents marked relevant (about Deutsche Bahn), with their polarity."""
    folder = directory or EXTERNAL / "germeval2017"
    for name in GERMEVAL_FILES:
        path = folder / name
        if not path.exists():
            raise FileNotFoundError(f"{path} is missing; docs/data.md says where to get it")
        # A local file the developer downloaded from the recorded source, not user input.
        for doc in ET.parse(path).getroot().iter("Document"):  # noqa: S314
            relevance = (doc.findtext("relevance") or "").strip()
            label = (doc.findtext("sentiment") or "").strip()
            text = clean(doc.findtext("text") or "")
            if relevance == "true" and label in LABELS and text:
                yield Row(text, "de", label, "germeval2017")


def m_absa(directory: Path | None = None, language: str = "de") -> Iterator[Row]:
    """M-ABSA sentences of ``language`` (``text####[[aspect, category, polarity], ...]``): the
    polarity their aspects share; a sentence without aspects (``[]``) as neutral, a rough rule
    ("Außergewöhnlich gut durchdacht" has none either) that keeps neutral text in the mix
    (docs/data.md); sentences with mixed polarities are skipped."""
    folder = directory or EXTERNAL / "m-absa"
    for domain in M_ABSA_DOMAINS:
        for name in M_ABSA_FILES:
            path = folder / domain / language / name
            if not path.exists():
                raise FileNotFoundError(f"{path} is missing; docs/data.md says where to get it")
            for line in path.read_text(encoding="utf-8").splitlines():
                text, _, labels = line.partition("####")
                polarities = set(_M_ABSA_POLARITY.findall(labels))
                text = clean(text)
                if labels.strip() == "[]" and text:
                    yield Row(text, language, "neutral", "m-absa")
                elif len(polarities) == 1 and text:
                    yield Row(text, language, polarities.pop(), "m-absa")


def airline(directory: Path | None = None) -> Iterator[Row]:
    """Twitter US Airline Sentiment tweets with their crowd label."""
    path = (directory or EXTERNAL / "airline-tweets") / AIRLINE_FILE
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; docs/data.md says where to get it")
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for record in csv.DictReader(handle):
            label = (record.get("airline_sentiment") or "").strip()
            text = clean(record.get("text") or "")
            if label in LABELS and text:
                yield Row(text, "en", label, "airline-tweets")


def split_of(text: str) -> Split:
    """Train, dev or test for ``text``: a seeded hash, so reruns give the same split."""
    digest = hashlib.sha256(f"{SEED}:{text.lower()}".encode()).digest()
    share = int.from_bytes(digest[:8], "big") / 2**64
    if share < TEST_SHARE:
        return "test"
    if share < TEST_SHARE + DEV_SHARE:
        return "dev"
    return "train"


def load(language: str, directory: Path | None = None) -> dict[Split, list[Row]]:
    """Rows of ``language`` ("de" or "en") by split, duplicates (same lower-cased text) dropped."""
    rows = chain(
        germeval(directory) if language == "de" else airline(directory),
        m_absa(directory, language),
    )
    out: dict[Split, list[Row]] = {"train": [], "dev": [], "test": []}
    seen: set[str] = set()
    for row in rows:
        key = row.text.lower()
        if key in seen:
            continue
        seen.add(key)
        out[split_of(row.text)].append(row)
    return out

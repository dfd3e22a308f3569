"""Sentences labelled "about a service person" or not, for the theme check (issue 12).

Labels written by others, none of them here (sources, licences, places: docs/data.md):
- M-ABSA reviews (hotel, restaurant, phone, laptop, food; German and English): a sentence is
  about a service person when one of its aspects is ``service general``, ``Seller Service#...``
  or ``SUPPORT#...``. Only M-ABSA's own ``train`` split: its ``dev`` chooses the threshold and
  its ``test`` is held out (``bench/theme_precision_absa.py``).
- Twitter US Airline Sentiment, English complaints by their crowd reason: "Customer Service
  Issue" and "Flight Attendant Complaints" are about people; late, cancelled and bad flights
  and lost or damaged luggage are not. Only tweets whose every sentence falls in the even
  half of ``bench/theme_precision.py``'s split: its odd half is that bench's held-out sample.
- GermEval 2017, Deutsche Bahn feedback by its aspect categories: ``Service_und_Kundenbetreuung``
  is about people, trains, tickets, Wi-Fi and the like are not. The ``dev`` and ``test_dia``
  files only: ``test_syn`` is ``bench/theme_precision.py``'s held-out German sample.

And Love Wall's own demo quotes (``feedback.demo``): handed in to praise or blame an agent,
they are about service people by purpose. Without them the model has never seen a thank-you
to an agent and doubts every one. Each sentence of a quote is a row of its own, as the check
reads them.
"""

from __future__ import annotations

import csv
import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from feedback.train.corpora import AIRLINE_FILE, EXTERNAL, clean

ABSA_DOMAINS = ("hotel", "restaurant", "phone", "laptop", "food")
ABSA_SERVICE = ("service general", "seller service#", "support#")
_ABSA_CATEGORY = re.compile(r"""['"]([^'"]+)['"], '(?:positive|negative|neutral)'\]""")
AIRLINE_PEOPLE = frozenset({"Customer Service Issue", "Flight Attendant Complaints"})
AIRLINE_THINGS = frozenset(
    {"Late Flight", "Cancelled Flight", "Lost Luggage", "Bad Flight", "Damaged Luggage"}
)
GERMEVAL_TRAIN = ("dev-2017-09-15.xml", "test_dia-2017-09-15.xml")
GERMEVAL_SERVICE = "Service_und_Kundenbetreuung"
# The demo quotes: a fixed seed and calendar, so the training set never changes by itself.
DEMO_SEED, DEMO_QUOTES, DEMO_END, DEMO_MONTHS = 7, 30_000, date(2026, 1, 1), 12
DEMO_PER_LANGUAGE = 20_000
# bench/theme_precision.py's sentence split (its held-out half is the odd sentence ids).
_BENCH_NOISE = re.compile(r"https?://\S+|@\w+|#")
_BENCH_SENTENCE = re.compile(r"(?<=[.!?])\s+")

Labelled = tuple[str, bool]


def _need(path: Path) -> Path:
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing; docs/data.md says where to get it")
    return path


def m_absa(language: str, split: str = "train") -> Iterator[Labelled]:
    """M-ABSA sentences with an annotation (``[]`` carries no label) of one split."""
    for domain in ABSA_DOMAINS:
        path = _need(EXTERNAL / "m-absa" / domain / language / f"{split}.txt")
        for line in path.read_text(encoding="utf-8").splitlines():
            text, _, labels = line.partition("####")
            categories = _ABSA_CATEGORY.findall(labels)
            if text.strip() and categories:
                yield text.strip(), any(c.lower().startswith(ABSA_SERVICE) for c in categories)


def _bench_even(text: str) -> bool:
    """True when every sentence ``bench/theme_precision.py`` cuts from ``text`` is in its even
    (tuning) half, so that no held-out sentence is trained on."""
    parts = _BENCH_SENTENCE.split(_BENCH_NOISE.sub(" ", text))
    for part in parts:
        sentence = " ".join(part.split())
        digest = hashlib.sha1(sentence.encode("utf-8"), usedforsecurity=False).hexdigest()
        if int(digest[:12], 16) % 2:
            return False
    return True


def airline() -> Iterator[Labelled]:
    path = _need(EXTERNAL / "airline-tweets" / AIRLINE_FILE)
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for record in csv.DictReader(handle):
            reason = (record.get("negativereason") or "").strip()
            raw = record.get("text") or ""
            if reason in AIRLINE_PEOPLE | AIRLINE_THINGS and _bench_even(raw):
                yield clean(raw), reason in AIRLINE_PEOPLE


def germeval() -> Iterator[Labelled]:
    for name in GERMEVAL_TRAIN:
        path = _need(EXTERNAL / "germeval2017" / name)
        # A local file the developer downloaded from the recorded source, not user input.
        for doc in ET.parse(path).getroot().iter("Document"):  # noqa: S314
            if (doc.findtext("relevance") or "").strip() != "true":
                continue
            categories = [opinion.get("category", "") for opinion in doc.iter("Opinion")]
            text = clean(doc.findtext("text") or "")
            if categories and text:
                yield text, any(c.startswith(GERMEVAL_SERVICE) for c in categories)


def demo_quotes(language: str) -> Iterator[Labelled]:
    """The sentences of distinct demo quotes of ``language`` (by the analyser's language
    detection), each on its own (cut as ``bench/theme_precision.py`` cuts): the check reads
    one sentence at a time, and taught by whole quotes it doubted short praise ("supernett!!")
    more than reviews (docs/benchmarks.md, 2026-12-07)."""
    from feedback.analyze.language import detect_language
    from feedback.analyze.tokens import tokenize_with_breaks
    from feedback.demo.generate import iter_demo_quotes

    seen: set[str] = set()
    for quote in iter_demo_quotes(DEMO_SEED, DEMO_QUOTES, DEMO_END, DEMO_MONTHS):
        text = quote.text
        if text in seen or len(seen) >= DEMO_PER_LANGUAGE:
            continue
        if detect_language(text, tokenize_with_breaks(text)) == language:
            seen.add(text)
            for sentence in _BENCH_SENTENCE.split(text):
                if sentence.strip():
                    yield sentence.strip(), True


def training_set(language: str) -> list[Labelled]:
    """Everything the model of ``language`` learns from, duplicates (lower-cased) dropped."""
    extra = germeval() if language == "de" else airline()
    rows: list[Labelled] = []
    seen: set[str] = set()
    for source in (m_absa(language), extra, demo_quotes(language)):
        for text, label in source:
            key = text.lower()
            if key not in seen:
                seen.add(key)
                rows.append((text, label))
    return rows

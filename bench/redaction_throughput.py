"""Redaction speed: µs per quote of ``redact`` now and at an earlier commit, in the same run.

Run: ``python bench/redaction_throughput.py [--n 20000] [--base COMMIT] [--rounds 3]``.
Two corpora: the labelled set (tests/data/labelled_*.csv, praise as people write it) and the
redaction cases (tests/fixtures/redaction_cases.jsonl, dense with names, numbers and
addresses), each repeated to ``--n`` texts and redacted with 30 agents' names, as an import
does for every row. The baseline is ``feedback/collect`` of ``--base`` (default: the commit
before the rules of issue 12), extracted with ``git archive`` to a temporary folder and timed
in a subprocess; each side runs ``--rounds`` times, interleaved, and the best round counts
(CPU time of the worker process). Also prints the one-off cost of loading the first-name list.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "674ac57"  # main before the redaction rules of issue 12
AGENTS = (
    "Anna Meier", "Jonas Becker", "Aylin Kaya", "Tom Schulz", "Sophie Wagner", "Murat Özdemir",
    "Lena Schubert", "Paul Becker", "Sabine Hartmann", "Kai Braun", "Emily Clarke", "Raj Patel",
    "Kevin Doyle", "Olivia Grant", "Liam Hughes", "Sophie Lane", "Jack Reid", "Nadia Khan",
    "Laura Green", "Megan Price", "Priya Shah", "Marcus Bell", "Ruby Evans", "Karen White",
    "Felix Neumann", "Nina Kaiser", "Eva Schmitt", "Lars Wagner", "Jan Weber", "Maja Klein",
)  # fmt: skip


def corpus(name: str, n: int) -> list[str]:
    if name == "labelled":
        texts: list[str] = []
        for file in ("labelled_de.csv", "labelled_en.csv"):
            with (ROOT / "tests/data" / file).open(encoding="utf-8") as rows:
                texts += [row["text"] for row in csv.DictReader(rows)]
    else:
        lines = (ROOT / "tests/fixtures/redaction_cases.jsonl").read_text(encoding="utf-8")
        texts = [json.loads(line)["text"] for line in lines.splitlines() if line.strip()]
    return [texts[i % len(texts)] for i in range(n)]


def worker(name: str, n: int) -> None:
    """Print µs per quote of the ``feedback`` package on ``sys.path`` (run in a subprocess)."""
    from feedback.collect.normalize import normalize_text
    from feedback.collect.redact import redact

    texts = [normalize_text(text) for text in corpus(name, n)]
    try:  # the first-name list loads once per process (timed apart, in main)
        from feedback.first_names import first_names

        first_names()
    except ImportError:  # the baseline has no list
        pass
    try:  # so does simplemma's dictionary index (about 1 s; the analyser loads it anyway)
        from feedback.collect.redact_trailing import known_word

        known_word("Tunde")
    except ImportError:  # the baseline does not look words up
        pass
    for text in texts[:200]:  # warm caches
        redact(text, AGENTS)
    start = time.process_time()
    for text in texts:
        redact(text, AGENTS)
    print(f"{(time.process_time() - start) / len(texts) * 1e6:.2f}")


# What the redaction needs of the package, at any commit (later ones have more).
_PATHS = ("feedback/__init__.py", "feedback/collect", "feedback/domain.py", "feedback/config.py",
          "feedback/first_names.py", "feedback/analyze")  # fmt: skip


def extract(commit: str, folder: Path) -> None:
    present = [
        path
        for path in _PATHS
        if subprocess.run(
            ["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}:{path}"], capture_output=True
        ).returncode
        == 0
    ]
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", commit, *present], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")


def timed(path: Path, name: str, n: int) -> float:
    out = subprocess.run(
        [sys.executable, __file__, "--worker", name, "--n", str(n)],
        check=True, capture_output=True, text=True, cwd=path,
        env={"PYTHONPATH": str(path), "PATH": "/usr/bin:/bin"},
    ).stdout  # fmt: skip
    return float(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20_000)
    parser.add_argument("--base", default=BASE)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker", choices=["labelled", "cases"])
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.n)
        return
    sys.path.insert(0, str(ROOT))
    from feedback.first_names import first_names

    start = time.perf_counter()
    count = len(first_names())
    print(f"first-name list: {count:,} names loaded in {time.perf_counter() - start:.3f} s")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        extract(args.base, base)
        for name in ("labelled", "cases"):
            now: list[float] = []
            before: list[float] = []
            for _ in range(args.rounds):
                before.append(timed(base, name, args.n))
                now.append(timed(ROOT, name, args.n))
            print(
                f"{name:>9}: before ({args.base}) {min(before):6.1f} µs/quote, "
                f"now {min(now):6.1f} µs/quote, ratio {min(now) / min(before):.2f} "
                f"({args.n:,} quotes, best of {args.rounds})"
            )


if __name__ == "__main__":
    main()

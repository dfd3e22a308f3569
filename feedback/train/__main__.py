"""``python -m feedback.train`` (or ``make model``): train and write the sentiment model and the
theme check ("is this sentence about a service person?", ``feedback/analyze/about_service.py``).

By default the model is fitted on train and dev, its C chosen per language by 5-fold
cross-validation over them (``fit.fit_final``); ``--train-only`` fits on train with C chosen on
dev, the model to work on dev with (dev is in-sample for the shipped one).

``--check`` trains into a temporary folder and says whether both files come out byte for byte as
shipped (exit 1 where one differs): the shipped model is reproducible from the recorded sources
and fits the analysis code as it is.

``--report`` instead prints 3-class macro-F1 on the dev split (``--test``: on test, for the final
figures only) for the analyser, the rules alone and bare VADER. Reads data/external/ only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from feedback.train.corpora import load

if TYPE_CHECKING:
    from feedback.train.fit import Fitted
    from feedback.train.service_fit import FittedCheck


LANGUAGES = ("de", "en")


def _train(train_only: bool) -> int:
    start = time.perf_counter()
    fitted, size = _write_model(train_only=train_only)
    _print_fits(fitted)
    print(f"wrote the model ({size / 1e6:.2f} MB) in {time.perf_counter() - start:.0f} s")
    return _train_service_check()


def _print_fits(fitted: list[Fitted]) -> None:
    from feedback.train.fit import CHOSEN_WITH_RULES

    for f in fitted:
        how = "with the rules" if f.language in CHOSEN_WITH_RULES else "model alone"
        if f.rows != "train":
            how = "5-fold CV over train and dev, with the rules"
        scores = f"macro-F1 ({how}) {f.macro_f1:.4f}"
        print(f"{f.language}: fitted on {f.rows}, C={f.c}  {scores}  {f.features} features")
        if f.grid:
            print(f"{f.language}: every C tried: " + ", ".join(f"{c} {v:.4f}" for c, v in f.grid))


def _train_service_check() -> int:
    start = time.perf_counter()
    checks, size = _write_check()
    for c in checks:
        print(f"{c.language}: {c.rows} sentences, {c.about_service} about service people")
    print(f"wrote the theme check ({size / 1e6:.2f} MB) in {time.perf_counter() - start:.0f} s")
    return 0


def _write_model(path: Path | None = None, train_only: bool = False) -> tuple[list[Fitted], int]:
    """Fit the sentiment model for every language and write it (the shipped file by default)."""
    from feedback.train.fit import fit_final, fit_language, write_model

    fit = fit_language if train_only else fit_final
    fitted = [fit(language) for language in LANGUAGES]
    return fitted, write_model(fitted) if path is None else write_model(fitted, path)


def _write_check(path: Path | None = None) -> tuple[list[FittedCheck], int]:
    """Fit the theme check for every language and write it (the shipped file by default)."""
    from feedback.train.service_fit import fit_check, write_check

    checks = [fit_check(language) for language in LANGUAGES]
    return checks, write_check(checks) if path is None else write_check(checks, path)


def _check(train_only: bool) -> int:
    from feedback.analyze.about_service import MODEL_PATH as CHECK_PATH
    from feedback.analyze.sentiment.model import MODEL_PATH

    with tempfile.TemporaryDirectory() as folder:
        model, check = Path(folder) / MODEL_PATH.name, Path(folder) / CHECK_PATH.name
        _print_fits(_write_model(model, train_only)[0])
        _write_check(check)
        differ = [
            shipped.name
            for fresh, shipped in ((model, MODEL_PATH), (check, CHECK_PATH))
            if fresh.read_bytes() != shipped.read_bytes()
        ]
    for name in (MODEL_PATH.name, CHECK_PATH.name):
        verdict = "differs from the shipped file" if name in differ else "identical"
        print(f"{name}: {verdict}")
    return 1 if differ else 0


def _report(split: str) -> int:
    from feedback.analyze.pipeline import Analyzer
    from feedback.analyze.sentiment import RuleBasedScorer
    from feedback.analyze.sentiment.english import vader_polarity
    from feedback.train.report import macro_f1, three_class, vader_label

    analyzer = Analyzer()
    rules = RuleBasedScorer(models=None)
    print(f"analyser {analyzer.version}, split {split}")
    if split == "dev" and _in_sample():
        print("dev is in-sample: the model was fitted on train and dev (--train-only for dev work)")
    for language in LANGUAGES:
        rows = load(language)[split]  # type: ignore[index]
        sources = sorted({r.source for r in rows})
        # One line a source (the figures stay comparable when a corpus is added), then all.
        groups = (
            [(s, [r for r in rows if r.source == s]) for s in sources] if len(sources) > 1 else []
        )
        for name, group in [*groups, ("all", rows)]:
            ours = macro_f1(group, lambda r: three_class(analyzer.analyze(r.text).sentiment))
            alone = macro_f1(group, lambda r: three_class(rules.score(r.text, r.language)))
            vader = macro_f1(group, lambda r: vader_label(vader_polarity(r.text)))
            print(
                f"{language} {name} n={len(group)}  analyser F1 {ours[0]:.3f} (acc {ours[1]:.3f})  "
                f"rules alone F1 {alone[0]:.3f}  VADER F1 {vader[0]:.3f} (acc {vader[1]:.3f})"
            )
    return 0


def _in_sample() -> bool:
    """The shipped model file was fitted on dev too."""
    from feedback.analyze.sentiment.model import MODEL_PATH, read_model_file

    read = read_model_file(MODEL_PATH)
    trained = read[0].get("trained", {}) if read is not None else {}
    return any(t.get("rows") == "train+dev" for t in trained.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m feedback.train", description=__doc__)
    parser.add_argument("--report", action="store_true", help="print figures, do not train")
    parser.add_argument(
        "--theme-check", action="store_true", help="train and write the theme check only"
    )
    parser.add_argument("--test", action="store_true", help="with --report: the test split")
    parser.add_argument(
        "--train-only", action="store_true", help="fit on train, choose C on dev (for dev work)"
    )
    parser.add_argument(
        "--check", action="store_true", help="train anew and compare with the shipped files"
    )
    args = parser.parse_args(argv)
    try:
        if args.report:
            return _report("test" if args.test else "dev")
        if args.check:
            return _check(args.train_only)
        return _train_service_check() if args.theme_check else _train(args.train_only)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

"""``python -m feedback evaluate FILE.csv``: score the analyser against a labelled CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from feedback.cli.app import app

if TYPE_CHECKING:
    from feedback.analyze.evaluate import Task

_TASKS = ("sentiment", "themes", "both")


@app.command(
    "evaluate",
    help=(
        "Score the analyser against a labelled CSV (columns: text, sentiment or label, optional "
        "language and themes ';'-separated). Prints accuracy, macro-F1, per-class F1 and the "
        "confusion matrix for sentiment, and micro/macro-F1 with per-theme P/R/F1 for themes, "
        "overall and per language."
    ),
)
def evaluate(
    file: Annotated[
        Path, typer.Argument(help="Labelled CSV file.", exists=True, dir_okay=False, readable=True)
    ],
    task: Annotated[
        str, typer.Option("--task", help="What to score: sentiment, themes or both.")
    ] = "both",
) -> None:
    """Print an evaluation report for FILE."""
    if task not in _TASKS:
        raise typer.BadParameter(f"--task must be one of {', '.join(_TASKS)}", param_hint="--task")
    from feedback.analyze.evaluate import evaluate_frame, format_report, load_labelled
    from feedback.analyze.pipeline import Analyzer

    try:
        frame = load_labelled(file)
    except ValueError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(code=2) from exc
    analyzer = Analyzer()
    report = evaluate_frame(frame, analyzer.analyze, cast("Task", task))
    typer.echo(f"{file}  ({len(frame)} rows, analyser {analyzer.version})")
    typer.echo(format_report(report))

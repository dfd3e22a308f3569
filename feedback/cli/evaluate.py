"""``python -m feedback evaluate FILE.csv``: score the analyser against a labelled CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, cast

import typer

from feedback.cli.app import HELP_LANG, app, h, state
from feedback.cli.terminal import echo
from feedback.i18n import t

if TYPE_CHECKING:
    from feedback.analyze.evaluate import Task

_TASKS = ("sentiment", "themes", "both")


@app.command("evaluate", help=h("evaluate_help"))
def evaluate(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(help=h("evaluate_file_help"), exists=True, dir_okay=False, readable=True),
    ],
    task: Annotated[str, typer.Option("--task", help=h("evaluate_task_help"))] = "both",
) -> None:
    """Print an evaluation report for FILE."""
    if task not in _TASKS:
        message = t("cli.evaluate_bad_task", HELP_LANG, choices=", ".join(_TASKS))
        raise typer.BadParameter(message, param_hint="--task")
    from feedback.analyze.evaluate import evaluate_frame, load_labelled
    from feedback.analyze.pipeline import Analyzer
    from feedback.cli.evaluate_report import report_text

    lang = state(ctx).lang
    try:
        frame = load_labelled(file)
    except ValueError as exc:  # not CSV, not UTF-8, no header or no text column (pandas' words)
        echo(t("cli.evaluate_unreadable", lang, path=file), err=True)
        raise typer.Exit(code=2) from exc
    analyzer = Analyzer()
    report = evaluate_frame(frame, analyzer.analyze, cast("Task", task))
    echo(t("evaluation.heading", lang, path=file, rows=len(frame), version=analyzer.version))
    echo(report_text(report, lang))

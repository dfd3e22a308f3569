"""``python -m feedback import FILE --dry-run``: what the import would give, counted as on the
import page (the same rows, redaction and duplicate check), nothing written."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from feedback.auth.roles import Actor
from feedback.cli.app import CliState
from feedback.cli.import_summary import print_skipped
from feedback.cli.terminal import echo
from feedback.clock import local_today
from feedback.collect.dry_run import DryRun
from feedback.collect.importer import opened_path
from feedback.i18n import format_number, t

__all__ = ["preview_file", "print_dry_run"]


def preview_file(
    engine: Engine,
    path: Path,
    *,
    system: str,
    today: dt.date | None = None,
    team_id: int | None = None,
    columns: dict[str, str] | None = None,
) -> DryRun:
    """Count what importing ``path`` would give, as :func:`run_import` would import it.
    Raises UnreadableFile or OSError for a file that cannot be opened."""
    from feedback.services.import_preview import preview_import

    today = today or local_today()
    with opened_path(
        engine, path, system=system, today=today, team_id=team_id, columns=columns
    ) as parsed:
        return preview_import(engine, Actor.system(), parsed, today=today)


def print_dry_run(st: CliState, path: Path, found: DryRun) -> None:
    """The rejected rows by reason (one example's message each), the skipped rows, then the
    counts, saying that nothing was stored."""
    for code, count in found.reasons.most_common():
        reason = found.examples[code].message(st.lang)
        number = format_number(count, st.lang)
        echo(t("cli.import_dry_reason", st.lang, count=number, reason=reason), err=True)
    print_skipped(st, found, rows=found.rows)
    if found.broken is not None:
        reason = found.broken.message(st.lang)
        echo(t("cli.import_stopped", st.lang, path=path, reason=reason), err=True)
    st.say(
        "import_dry_report",
        new=format_number(found.would_import, st.lang),
        present=format_number(found.present, st.lang),
        rejected=format_number(found.rejected, st.lang),
    )
    if found.credited:  # as the import says it, but would: nothing is stored
        st.say("import_dry_credited", count=format_number(found.credited, st.lang))

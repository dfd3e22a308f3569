"""``python -m feedback import FILE``: helpdesk ratings in batches, every row accounted for.

Exit codes: 0 when no row was rejected (a re-import that finds everything already present
included, and a file without data rows, which says so), 1 when some rows were rejected, 2
when the file itself could not be read (also when it breaks midway: the rows before the
break are imported, and the counts are printed too).
"""

from __future__ import annotations

import datetime as dt
import gc
import shlex
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from sqlalchemy import Engine

from feedback.auth.roles import Actor
from feedback.cli.app import HELP_LANG, CliState, app, h, state
from feedback.cli.failures import os_reason
from feedback.cli.import_dry_run import preview_file, print_dry_run
from feedback.cli.import_summary import print_skipped
from feedback.cli.terminal import echo, progress
from feedback.clock import local_today
from feedback.collect.bulk import DEFAULT_BATCH_SIZE, ImportProgress, ImportReport
from feedback.collect.bulk_workers import auto_workers
from feedback.collect.column_map import FIELDS, RANGE, RANGES
from feedback.collect.files import Summary, UnreadableFile
from feedback.collect.files.column_guess import suggested_columns
from feedback.collect.files.formats import DEFAULT_SYSTEM
from feedback.collect.importer import opened_path
from feedback.collect.pipeline import analyzer_for
from feedback.i18n import format_number, t
from feedback.render.hidden import hidden_characters
from feedback.store.db import widen_sqlite_cache
from feedback.store.directory import read_directory
from feedback.store.settings import load_settings

# Why 50: enough to see what went wrong with a file; the rest is a count, not a flood.
SHOWN_REJECTED = 50
_WARM_UP = ("Vielen Dank für die schnelle Hilfe!", "Thank you so much for your help!")
# Why 256 MB: holds the unique indexes of a million quotes (their fingerprints are random, so
# inserts touch pages all over the index) and keeps an import's peak RSS well under 1 GB.
# With a worker process (about 340 MB of its own) half of it, so that both stay under 1 GB;
# 64 MB already kept the cost of reading index pages again flat (docs/benchmarks.md).
_SQLITE_CACHE_MB = 256
_SQLITE_CACHE_WITH_WORKERS_MB = 128


# Rows per transaction at most: a batch is held in memory and locks the store while written.
MAX_BATCH = 100_000


@app.command("import", help=h("import_help"))
def import_file(
    ctx: typer.Context,
    path: Path,
    system: Annotated[str, typer.Option(help=h("import_system_help"))] = DEFAULT_SYSTEM,
    batch_size: Annotated[
        int,
        typer.Option("--batch-size", min=1, max=MAX_BATCH, help=h("import_batch_size_help")),
    ] = DEFAULT_BATCH_SIZE,
    workers: Annotated[str, typer.Option("--workers", help=h("import_workers_help"))] = "auto",
    team: Annotated[str | None, typer.Option("--team", help=h("import_team_help"))] = None,
    column: Annotated[
        list[str] | None,
        typer.Option("--column", metavar=h("import_column_metavar"), help=h("import_column_help")),
    ] = None,
    mapping: Annotated[str | None, typer.Option("--mapping", help=h("import_mapping_help"))] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=h("import_dry_run_help"))] = False,
) -> None:
    st = state(ctx)
    system_name(system, st.lang)
    processes = worker_count(workers)
    team_id = team_named(st.engine(), team, st.lang) if team is not None else None
    columns = columns_named(st.engine(), mapping, column or [], st.lang)
    if not dry_run:  # a dry run analyses nothing: no models to load
        settle_for_import(st.engine(), processes)
    committed: list[ImportProgress] = []  # the last committed batch's counts, for Ctrl-C
    show = _show_progress(st) if sys.stderr.isatty() else None

    def progress(step: ImportProgress) -> None:
        committed[:] = [step]
        if show is not None:
            show(step)

    try:
        if dry_run:
            found = preview_file(st.engine(), path, system=system, team_id=team_id, columns=columns)
            if found.rows == 0 and found.broken is None:
                _no_rows(st, path)
            print_dry_run(st, path, found)
            raise typer.Exit(code=2 if found.broken else 1 if found.rejected else 0)
        done = run_import(
            st.engine(),
            path,
            system=system,
            batch_size=batch_size,
            progress=progress,
            workers=processes,
            team_id=team_id,
            columns=columns,
        )
    except KeyboardInterrupt:
        _interrupted(st, committed[0] if committed else None)
    except UnreadableFile as exc:
        if exc.problem.code == "empty_file":  # an empty page of ratings: nothing to do
            _no_rows(st, path)
        if exc.problem.code in _NEEDS_COLUMNS:  # say how to name them: an example to copy
            message = exc.message(st.lang)
            ended = message.endswith((".", "?", "!"))  # the last column's name may end so
            _file_error(
                st, path, message + ("" if ended else ".") + " " + _how_to_name(st, path, exc)
            )
        _file_error(st, path, exc.message(st.lang))
    except OSError as exc:  # no such file, a folder, no permission
        echo(t("cli.import_os_error", st.lang, path=path, reason=os_reason(exc, st.lang)), err=True)
        raise typer.Exit(code=2) from exc
    if done.summary.rows == 0 and done.broken is None:
        _no_rows(st, path)  # a header and no rows: as an empty JSON page
    _print_report(st, done)
    if done.broken is not None:
        reason = done.broken.message(st.lang)
        echo(t("cli.import_stopped", st.lang, path=path, reason=reason), err=True)
        raise typer.Exit(code=2)
    if not done.report.ok:
        raise typer.Exit(code=1)


def worker_count(value: str) -> int:
    """``--workers``: "auto" (:func:`~feedback.collect.bulk_workers.auto_workers`) or N >= 0."""
    if value.strip().casefold() == "auto":
        return auto_workers()
    if value.strip().isdigit():
        return int(value)
    message = t("cli.import_workers_invalid", HELP_LANG, value=value)
    raise typer.BadParameter(message, param_hint="--workers")


def system_name(system: str, lang: str) -> None:
    """``--system``: refused (a usage error) when it is blank or holds a control or invisible
    character, or a byte that is no UTF-8 (a lone surrogate here, which no store can write:
    it raised a traceback)."""
    if system.strip() and not hidden_characters(system):
        return
    raise typer.BadParameter(t("cli.import_system_unreadable", lang), param_hint="--system")


def team_named(engine: Engine, name: str, lang: str) -> int:
    """``--team``: our team of that name (any case, spaces around it ignored); an unknown name
    is a usage error listing the teams there are."""
    teams = read_directory(engine).teams
    wanted = name.strip().casefold()
    found = next((tid for tid, known in teams.items() if known.casefold() == wanted), None)
    if found is not None:
        return found
    known = ", ".join(sorted(teams.values(), key=str.casefold)) or "–"
    message = t("cli.import_team_unknown", lang, name=name, teams=known)
    raise typer.BadParameter(message, param_hint="--team")


# The file's columns are not ours or a known format's: --column or --mapping names them.
_NEEDS_COLUMNS = frozenset({"unknown_format", "repeated_column", "no_text_column"})


def columns_named(
    engine: Engine, mapping: str | None, given: list[str], lang: str
) -> dict[str, str] | None:
    """``--mapping NAME`` (saved on the import page) and ``--column FIELD=COLUMN`` (each
    overriding the mapping's column for its field) as our field -> the file's column; None
    when neither is given (the file is read in the format it is recognised as)."""
    if mapping is None and not given:
        return None
    chosen: dict[str, str] = {}
    if mapping is not None:
        saved = load_settings(engine).import_mappings
        if mapping.strip() not in saved:
            known = ", ".join(sorted(saved, key=str.casefold)) or "–"
            message = t("cli.import_mapping_unknown", lang, name=mapping, names=known)
            raise typer.BadParameter(message, param_hint="--mapping")
        chosen.update(saved[mapping.strip()])
    for pair in given:
        field, equals, column = pair.partition("=")
        field = field.strip().casefold()
        wrong_range = field == RANGE and column.strip() not in RANGES
        if not equals or (field not in FIELDS and field != RANGE) or wrong_range:
            fields = ", ".join(FIELDS) + f", {RANGE} ({' / '.join(RANGES)})"
            message = t("cli.import_column_invalid", lang, value=pair, fields=fields)
            raise typer.BadParameter(message, param_hint="--column")
        chosen[field] = column.strip()
    return chosen


@dataclass(frozen=True, slots=True)
class FileImport:
    """An imported file: what happened to its rows, and what its reader counted; ``broken``
    when the file broke midway (the rows before it are in the report)."""

    report: ImportReport
    summary: Summary
    broken: UnreadableFile | None = None
    details: dict[str, str] = field(default_factory=dict)


def settle_for_import(engine: Engine, workers: int = 0) -> None:
    """Prepare this process for one long import, as the command line runs it: a large SQLite
    page cache, half as large with ``workers`` (:func:`~feedback.store.db.widen_sqlite_cache`),
    the analyser's dictionaries and models loaded now, and everything loaded so far exempt
    from garbage collection (``gc.freeze``): it lives until the process ends, and a long
    import would otherwise have the collector walk it again every few batches (about 10 % of
    an import's time)."""
    widen_sqlite_cache(engine, _SQLITE_CACHE_WITH_WORKERS_MB if workers else _SQLITE_CACHE_MB)
    analyzer = analyzer_for(engine)
    for text in _WARM_UP:
        analyzer.analyze(text)
    gc.collect()
    gc.freeze()


def run_import(
    engine: Engine,
    path: Path,
    *,
    system: str,
    batch_size: int = DEFAULT_BATCH_SIZE,
    today: dt.date | None = None,
    progress: Callable[[ImportProgress], None] | None = None,
    workers: int = 0,
    team_id: int | None = None,
    columns: dict[str, str] | None = None,
) -> FileImport:
    """Import ``path`` (CSV, XLSX, JSON or JSON Lines, streamed) as the command line does: an
    admin named ``cli``, in batches, with ``workers`` processes preparing upcoming batches;
    rows that name no agent, team or helpdesk id go to ``team_id`` (``--team``), if given;
    ``columns`` (``--column``, ``--mapping``): the file's columns by hand, as on the import page.
    Raises UnreadableFile or OSError for a file that cannot be opened; one that breaks
    midway is imported up to the break, and ``broken`` says why it ended.
    """
    from feedback.services.imports import import_stream

    today = today or local_today()
    with opened_path(
        engine, path, system=system, today=today, team_id=team_id, columns=columns
    ) as parsed:
        report = import_stream(
            engine,
            Actor.system(),
            parsed.entries(),
            batch_size=batch_size,
            today=today,
            progress=progress,
            workers=workers,
        )
    return FileImport(report, parsed.summary, parsed.broken, parsed.details)


def counted(key: str, count: int) -> str:
    """``key``, or ``key_one`` when ``count`` is one: "1 Bewertung ohne Kommentar", not "1
    Bewertungen" (the import page's messages do the same)."""
    return f"{key}_one" if count == 1 else key


def _show_progress(st: CliState) -> Callable[[ImportProgress], None]:
    def show(step: ImportProgress) -> None:
        line = t(
            counted("cli.import_progress", step.rows),
            st.lang,
            rows=format_number(step.rows, st.lang),
            new=format_number(step.imported, st.lang),
            present=format_number(step.present, st.lang),
            rejected=format_number(step.rejected, st.lang),
        )
        progress(line)

    return show


def _interrupted(st: CliState, committed: ImportProgress | None) -> NoReturn:
    """Ctrl-C: what the committed batches hold stays; the same command adds the rest."""
    if sys.stderr.isatty():
        echo(err=True)  # ends the progress line
    done = committed.rows if committed else 0
    new = format_number(committed.imported if committed else 0, st.lang)
    rows = format_number(done, st.lang)
    key = "cli.import_interrupted_none" if done == 0 else counted("cli.import_interrupted", done)
    echo(t(key, st.lang, rows=rows, new=new), err=True)
    raise typer.Exit(code=130)


def _no_rows(st: CliState, path: Path) -> NoReturn:
    """A file without data rows (a CSV of only its header, an empty page of ratings) is
    nothing to import, not a broken file: said so, exit 0, whatever its kind."""
    st.say("import_no_rows", path=path)
    raise typer.Exit(code=0)


def _how_to_name(st: CliState, path: Path, exc: UnreadableFile) -> str:
    """The command to run with the file's columns named: the columns a mapping by hand would
    start with (:func:`~feedback.collect.files.column_guess.suggested_columns`), for the lead
    to check and run; a placeholder example where none holds the comment."""
    found = exc.problem.params.get("found") or ()
    suggested = suggested_columns(list(found))
    if "text" not in suggested:
        return t("cli.import_name_columns", st.lang, path=path)
    options = " ".join("--column " + shlex.quote(f"{f}={c}") for f, c in suggested.items())
    return t("cli.import_guessed_columns", st.lang, path=shlex.quote(str(path)), options=options)


def _file_error(st: CliState, path: Path, reason: str) -> NoReturn:
    echo(t("cli.import_file_error", st.lang, path=path, reason=reason), err=True)
    raise typer.Exit(code=2)


def _print_report(st: CliState, done: FileImport) -> None:
    report, summary = done.report, done.summary
    if sys.stderr.isatty() and report.batches:
        echo(err=True)  # ends the progress line
    for row in report.rejected_rows[:SHOWN_REJECTED]:
        reason = " ".join(row.reasons(st.lang))  # whole sentences, as on the import page
        echo(t("cli.import_row_rejected", st.lang, line=row.line, reason=reason), err=True)
    if report.rejected > SHOWN_REJECTED:
        left = report.rejected - SHOWN_REJECTED
        more = format_number(left, st.lang)
        echo(t(counted("cli.import_more_rejected", left), st.lang, count=more), err=True)
    if empty := done.details.get("sheets_before"):
        st.say("import_sheet", sheet=done.details["sheet"], empty=empty)
    print_skipped(st, summary, rows=summary.rows)
    st.say(
        "import_report",
        new=format_number(report.imported, st.lang),
        present=format_number(report.present, st.lang),
        rejected=format_number(report.rejected, st.lang),
    )
    if report.credited:
        st.say("import_credited", count=format_number(report.credited, st.lang))

"""Full backups and restores (admin work: the command line acts as an admin)."""

from __future__ import annotations

import gzip
import os
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from feedback.auth.roles import Actor
from feedback.cli.app import CliState, app, h, state
from feedback.cli.failures import os_reason
from feedback.cli.terminal import echo
from feedback.i18n import t
from feedback.services.backup import backup_store, restore_store
from feedback.store.backup import BackupError


@app.command("backup", help=h("backup_help"))
def backup(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option(help=h("backup_output_help"))],
) -> None:
    st = state(ctx)
    engine = st.engine()  # opened first: a store that cannot be opened leaves no file behind
    # Written beside the target and renamed at the end: FILE is a whole backup or not there.
    partial = output.with_name(output.name + ".partial")
    opened = False
    try:
        with partial.open("wb") as raw:
            opened = True
            if output.suffix == ".gz":
                with gzip.GzipFile(filename="", mode="wb", fileobj=raw) as packed:
                    counts = backup_store(engine, Actor.system(), packed)
            else:
                counts = backup_store(engine, Actor.system(), raw)
        os.replace(partial, output)
    except BackupError as exc:
        partial.unlink(missing_ok=True)
        _refuse(st, exc)
    except OSError as exc:  # no such folder, a folder, no permission, a full disk
        if opened:  # written, and then not renamed: no half backup is left behind
            partial.unlink(missing_ok=True)
        echo(t("cli.write_failed", st.lang, path=output, reason=os_reason(exc, st.lang)), err=True)
        raise typer.Exit(code=1) from exc
    st.say("backup_done", rows=sum(counts.values()), tables=len(counts), path=output)


@app.command("restore", help=h("restore_help"))
def restore(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help=h("restore_file_help"), exists=True, dir_okay=False)],
    replace: Annotated[bool, typer.Option("--replace", help=h("restore_replace_help"))] = False,
) -> None:
    st = state(ctx)
    try:
        with file.open("rb") as source:
            counts = restore_store(st.engine(), Actor.system(), source, replace=replace)
    except BackupError as exc:
        _refuse(st, exc)
    st.say("restore_done", rows=sum(counts.values()), tables=len(counts))


def _refuse(st: CliState, exc: BackupError) -> NoReturn:
    echo(t("cli.not_done", st.lang), err=True)
    echo(f"  - {exc.message(st.lang)}", err=True)
    raise typer.Exit(code=1)

"""Schema, demo data, re-analysis and retention."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated

import typer

from feedback.cli.app import CliState, app, h, state
from feedback.cli.terminal import echo, progress
from feedback.i18n import format_date, format_number, t
from feedback.store.migrate import current_revision
from feedback.store.read import count_quotes
from feedback.store.settings import load_settings

if TYPE_CHECKING:
    from feedback.demo.seed import SeedProgress


@app.command("migrate", help=h("migrate_help"))
def migrate(ctx: typer.Context) -> None:
    st = state(ctx)
    st.say("migrated", revision=current_revision(st.engine()))


@app.command("demo", help=h("demo_help"))
def demo(
    ctx: typer.Context,
    quotes: Annotated[int, typer.Option(help=h("demo_quotes_help"), min=1, max=10_000_000)] = 3000,
    seed: Annotated[int, typer.Option(help=h("demo_seed_help"))] = 20261123,
    if_empty: Annotated[bool, typer.Option("--if-empty", help=h("demo_if_empty_help"))] = False,
) -> None:
    from feedback.demo import iter_demo_quotes  # heavy: only this command needs it
    from feedback.demo.people import demo_agents, demo_teams
    from feedback.demo.seed import seed_quotes

    st = state(ctx)
    existing = count_quotes(st.engine())
    if if_empty and existing:
        st.say("demo_skipped", count=existing)
        return
    started = time.perf_counter()
    report = seed_quotes(
        st.engine(),
        demo_teams(),
        demo_agents(),
        iter_demo_quotes(seed=seed, n_quotes=quotes),
        progress=_seed_progress(st, quotes) if sys.stderr.isatty() else None,
    )
    seconds = time.perf_counter() - started
    if sys.stderr.isatty():
        echo(err=True)  # ends the progress line
    st.say(
        "demo_done",
        teams=report.teams,
        agents=report.agents,
        stored=format_number(report.stored, st.lang),
        redacted=format_number(report.redacted, st.lang),
        rejected=format_number(report.rejected, st.lang),
    )
    st.say(
        "demo_rate",
        seconds=format_number(round(seconds), st.lang),
        rate=format_number(round((report.stored + report.rejected) / max(seconds, 1e-9)), st.lang),
    )


def _seed_progress(st: CliState, total: int) -> Callable[[SeedProgress], None]:
    def show(step: SeedProgress) -> None:
        rate = step.quotes / max(step.seconds, 1e-9)
        line = t(
            "cli.demo_progress",
            st.lang,
            done=format_number(step.quotes, st.lang),
            total=format_number(total, st.lang),
            rate=format_number(round(rate), st.lang),
        )
        progress(line)

    return show


@app.command("reanalyse", help=h("reanalyse_help"))
def reanalyse(
    ctx: typer.Context,
    all_quotes: Annotated[bool, typer.Option("--all", help=h("reanalyse_all_help"))] = False,
) -> None:
    from feedback.collect.reanalyse import reanalyse_quotes

    st = state(ctx)
    count, version = reanalyse_quotes(st.engine(), everything=all_quotes)
    st.say("reanalysed", count=count, version=version)


@app.command("redact-again", help=h("redact_again_help"))
def redact_again(ctx: typer.Context) -> None:
    from feedback.collect.redact_stored import redact_stored

    st = state(ctx)
    report = redact_stored(st.engine(), actor="cli")
    st.say(
        "redacted_again",
        changed=format_number(report.changed, st.lang),
        checked=format_number(report.checked, st.lang),
    )


@app.command("purge", help=h("purge_help"))
def purge(ctx: typer.Context) -> None:
    from feedback.auth.roles import Actor
    from feedback.services import privacy
    from feedback.services.settings import retention_cutoff

    st = state(ctx)
    from feedback.clock import local_today

    today = local_today()
    count = privacy.purge(st.engine(), Actor.system("cli"), today)
    months = load_settings(st.engine()).retention_months
    cutoff = format_date(retention_cutoff(months, today), st.lang, "medium")
    st.say("purged", count=format_number(count, st.lang), cutoff=cutoff)
    if count:
        from feedback.cli.privacy_commands import backup_copies

        backup_copies(st)

"""Schema, demo data, re-analysis and retention."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import typer

from feedback.cli.app import app, h, state
from feedback.store.migrate import current_revision
from feedback.store.read import count_quotes
from feedback.store.settings import load_settings


@app.command("migrate", help=h("migrate_help"))
def migrate(ctx: typer.Context) -> None:
    st = state(ctx)
    st.say("migrated", revision=current_revision(st.engine()))


@app.command("demo", help=h("demo_help"))
def demo(
    ctx: typer.Context,
    quotes: Annotated[int, typer.Option(help=h("demo_quotes_help"), min=1)] = 3000,
    seed: Annotated[int, typer.Option(help=h("demo_seed_help"))] = 20261123,
    if_empty: Annotated[bool, typer.Option("--if-empty", help=h("demo_if_empty_help"))] = False,
) -> None:
    from feedback.demo import generate_demo  # heavy: only this command needs it
    from feedback.demo.seed import seed_demo

    st = state(ctx)
    existing = count_quotes(st.engine())
    if if_empty and existing:
        st.say("demo_skipped", count=existing)
        return
    report = seed_demo(st.engine(), generate_demo(seed=seed, n_quotes=quotes))
    st.say(
        "demo_done",
        teams=report.teams,
        agents=report.agents,
        stored=report.stored,
        redacted=report.redacted,
        rejected=report.rejected,
    )


@app.command("reanalyse", help=h("reanalyse_help"))
def reanalyse(
    ctx: typer.Context,
    all_quotes: Annotated[bool, typer.Option("--all", help=h("reanalyse_all_help"))] = False,
) -> None:
    from feedback.collect.reanalyse import reanalyse_quotes

    st = state(ctx)
    count, version = reanalyse_quotes(st.engine(), everything=all_quotes)
    st.say("reanalysed", count=count, version=version)


@app.command("purge", help=h("purge_help"))
def purge(ctx: typer.Context) -> None:
    from feedback.auth.roles import Actor
    from feedback.services import privacy
    from feedback.services.settings import retention_cutoff

    st = state(ctx)
    today = dt.date.today()
    count = privacy.purge(st.engine(), Actor.system("cli"), today)
    months = load_settings(st.engine()).retention_months
    st.say("purged", count=count, cutoff=retention_cutoff(months, today))

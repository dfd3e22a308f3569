"""Add, list, export and count quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from feedback.auth.roles import Actor
from feedback.cli.app import CliState, app, chosen_language, h, state
from feedback.cli.failures import os_reason
from feedback.cli.terminal import echo
from feedback.clock import local_today
from feedback.domain import QuoteDraft, Status
from feedback.i18n import format_number, t
from feedback.insights import unnamed_teams, works_council
from feedback.insights.wall import display_name
from feedback.render.cards import channel_label
from feedback.render.placeholders import kind_label, shown_text
from feedback.services.quotes import submit
from feedback.store.directory import read_directory
from feedback.store.filters import QuoteFilter
from feedback.store.read import COUNTED, count_matching, counts_by, quotes_frame
from feedback.store.settings import load_settings

_ALL_STATUSES = tuple(s.value for s in Status)
# Lines ``list`` prints at most: a screenful many times over ("export" writes every quote).
MAX_LIST = 100_000


@app.command("add", help=h("add_help"))
def add(
    ctx: typer.Context,
    text: Annotated[str, typer.Argument(help=h("add_text_help"))],
    channel: Annotated[str, typer.Option(help=h("add_channel_help"))] = "email",
    date: Annotated[str | None, typer.Option(help=h("add_date_help"))] = None,
    agent: Annotated[str | None, typer.Option(help=h("add_agent_help"))] = None,
    team: Annotated[str | None, typer.Option(help=h("add_team_help"))] = None,
    rating: Annotated[float | None, typer.Option(help=h("add_rating_help"))] = None,
    scale: Annotated[int | None, typer.Option(help=h("add_scale_help"))] = None,
    tag: Annotated[list[str] | None, typer.Option(help=h("add_tag_help"))] = None,
    verbatim: Annotated[
        bool | None, typer.Option("--verbatim/--paraphrased", help=h("add_verbatim_help"))
    ] = None,
    by: Annotated[str, typer.Option("--by", help=h("add_by_help"))] = "cli",
    status: Annotated[str, typer.Option(help=h("add_status_help"))] = Status.PENDING.value,
) -> None:
    st = state(ctx)
    errors: list[str] = []
    said_on = local_today()  # Berlin's day, as the web form's
    if date:
        try:
            said_on = dt.date.fromisoformat(date)
        except ValueError:
            errors.append(t("validation.bad_date", st.lang, value=date))
    errors.extend(_bad_statuses(st, [status]))
    directory = read_directory(st.engine())
    agent_id = team_id = None
    if agent:
        found = directory.agent_by_handle(agent)
        if found is None:
            errors.append(t("validation.unknown_agent", st.lang, value=agent))
        else:
            agent_id = found.id
    if team:
        team_id = directory.team_by_name(team)
        if team_id is None:
            errors.append(t("validation.unknown_team", st.lang, value=team))
    if errors:
        st.fail(errors)
    draft = QuoteDraft(
        text=text,
        channel=channel,
        said_on=said_on,
        submitted_by=by,
        agent_id=agent_id,
        team_id=team_id,
        rating=rating,
        rating_scale=scale,
        tags=list(tag or []),
        verbatim=verbatim,
        status=Status(status),
    )
    # The command line acts with admin rights, under the name given with --by.
    (result,) = submit(st.engine(), Actor.system(by), [draft])
    if not result.stored:
        st.fail(result.prepared.messages(st.lang))
    st.say("added", quote_id=result.quote_id, status=t(f"common.status_{status}", st.lang))
    kinds = sorted({kind_label(f.kind.value, st.lang) for f in result.prepared.redaction.findings})
    if kinds:
        st.say("redacted_note", kinds=", ".join(kinds))


def _filter(statuses: list[str] | None) -> QuoteFilter:
    return QuoteFilter(statuses=tuple(statuses) if statuses else _ALL_STATUSES)


def _bad_statuses(st: CliState, statuses: list[str] | None) -> list[str]:
    """A line naming each value of ``--status`` that is no status: a typo would otherwise
    list or export nothing, and say nothing."""
    allowed = ", ".join(_ALL_STATUSES)
    return [
        t("cli.bad_choice", st.lang, value=value, allowed=allowed)
        for value in statuses or ()
        if value not in _ALL_STATUSES
    ]


@app.command("list", help=h("list_help"))
def list_quotes(
    ctx: typer.Context,
    status: Annotated[list[str] | None, typer.Option(help=h("list_status_help"))] = None,
    limit: Annotated[int, typer.Option(help=h("list_limit_help"), min=1, max=MAX_LIST)] = 20,
) -> None:
    st = state(ctx)
    if bad := _bad_statuses(st, status):
        st.fail(bad, heading="not_done")  # listing stores nothing: not "Not stored"
    frame = quotes_frame(st.engine(), _filter(status), limit=limit)
    if frame.empty:
        st.say("no_quotes")
        return
    # As the pages and exports show them: agents without consent (in works-council mode, every
    # agent) are named neither in the "who" column nor inside the customers' words.
    from feedback.services.exports import as_others_see  # the analyser's taxonomy: on demand

    shown, privacy = as_others_see(st.engine(), frame)
    frame = privacy.mask_frame(shown)
    # In the reader's words, as every view shows them: statuses, channels and placeholders.
    for row in frame.to_dict("records"):
        # The agent's first name with their consent, else the team ("-" for neither).
        who = display_name(row)[0] or "-"
        status_word = t(f"common.status_{row['status']}", st.lang)
        text = shown_text(str(row["text"]), st.lang, no_break=False)
        channel = channel_label(str(row["channel"]), st.lang)
        echo(
            f"#{row['id']:<6} {row['said_on']:%Y-%m-%d} {status_word:<11} "
            f"{channel:<12} {who:<12} {text}"
        )


@app.command("export", help=h("export_help"))
def export(
    ctx: typer.Context,
    fmt: Annotated[str, typer.Option("--format", help=h("export_format_help"))] = "csv",
    output: Annotated[str, typer.Option(help=h("export_output_help"))] = "-",
    status: Annotated[list[str] | None, typer.Option(help=h("list_status_help"))] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help=h("export_lang_help"), callback=chosen_language),
    ] = None,
) -> None:
    from feedback.export import ExportFormat
    from feedback.services.exports import export_quotes

    st = state(ctx)
    formats = [f.value for f in ExportFormat]
    bad = _bad_statuses(st, status)
    if fmt not in formats:
        bad.insert(0, t("cli.bad_choice", st.lang, value=fmt, allowed=", ".join(formats)))
    if bad:
        st.fail(bad, heading="not_done")
    # Agents without consent are not named, in the agent column or the customers' words.
    done = export_quotes(st.engine(), Actor.system(), _filter(status), fmt, lang or st.lang)
    if output == "-":
        typer.echo(done.body, nl=False)  # bytes: written as they are (XLSX, a BOM)
        return
    try:
        Path(output).write_bytes(done.body)
    except OSError as exc:  # no such folder, a folder, no permission, a full disk
        echo(t("cli.write_failed", st.lang, path=output, reason=os_reason(exc, st.lang)), err=True)
        raise typer.Exit(code=1) from exc
    st.say("exported", count=done.count, path=output)


@app.command("stats", help=h("stats_help"))
def stats(ctx: typer.Context) -> None:
    st = state(ctx)
    engine, flt = st.engine(), _filter(None)
    st.say("stats_total", count=format_number(count_matching(engine, flt), st.lang))
    settings = load_settings(engine)
    directory = read_directory(engine)
    small = works_council.small_teams(
        directory, settings.works_council_mode, settings.works_council_min_team
    )
    small_names = works_council.small_team_names(directory, small)
    # By team, an unnamed agent's quotes count under no team where a card names none.
    flt = unnamed_teams.no_team_quotes(flt, directory, settings.works_council_mode)
    for column in COUNTED:
        echo(f"\n{t(f'cli.stats_by_{column}', st.lang)}:")
        counts = counts_by(engine, flt, column)
        if column == "team":  # works-council mode: no team below the minimum on its own
            other = t("works_council.other_teams", st.lang)
            counts = works_council.merged_counts(counts, small_names, other)
        for value, count in counts:
            shown = _stat_value(column, value, st.lang)
            echo(f"  {shown:<24} {format_number(count, st.lang):>9}")


# Counted columns whose values the catalog words: key prefix under "common.".
_STAT_WORDS = {"status": "status", "language": "language", "sentiment_label": "sentiment"}


def _stat_value(column: str, value: str | None, lang: str) -> str:
    """A counted value in the reader's words ("Wartet", "Telefon", "Deutsch"); "-" for none."""
    if value is None:
        return "-"
    if column == "channel":
        return channel_label(value, lang)
    prefix = _STAT_WORDS.get(column)
    if prefix is None:  # a team's name
        return value
    try:
        return t(f"common.{prefix}_{value}", lang)
    except KeyError:  # a value the catalog does not know (yet): as stored
        return value

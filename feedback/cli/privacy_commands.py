"""``forget``: data-subject requests from the command line (see feedback/services/privacy.py).

Both commands print what they removed, or with ``--dry-run`` what they would remove; they act
as the admin-equivalent ``cli`` actor.
"""

from __future__ import annotations

from typing import Annotated, NoReturn

import typer

from feedback.auth.roles import Actor
from feedback.cli.app import CliState, app, h, state
from feedback.cli.localized_typer import Typer
from feedback.cli.terminal import echo
from feedback.i18n import format_date, t
from feedback.services import privacy
from feedback.services.backup import backups_recorded
from feedback.store.db import ERASED_TABLES
from feedback.store.settings import load_settings

forget_app = Typer(
    name="forget", help=h("forget_help"), no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(forget_app)

_CLI = Actor.system("cli")

DryRunOpt = Annotated[bool, typer.Option("--dry-run", help=h("forget_dry_run_help"))]


@forget_app.command("agent", help=h("forget_agent_help"))
def forget_agent(
    ctx: typer.Context,
    handle: Annotated[str, typer.Argument(help=h("forget_handle_help"))],
    dry_run: DryRunOpt = False,
) -> None:
    st = state(ctx)
    try:
        report = privacy.forget_agent(st.engine(), _CLI, handle, dry_run=dry_run)
    except privacy.PrivacyError as error:
        _refuse(st, [error.message(st.lang)])
    key = "forget_agent_dry_run" if dry_run else "forget_agent_done"
    st.say(key, count=report.count, about=report.about, naming=report.naming, handle=handle)
    _details(st, report)
    if report.linked_accounts:
        st.say("forget_linked_accounts", usernames=", ".join(report.linked_accounts))


@forget_app.command("text", help=h("forget_text_help"))
def forget_text(
    ctx: typer.Context,
    needle: Annotated[str, typer.Argument(help=h("forget_needle_help"))],
    dry_run: DryRunOpt = False,
) -> None:
    st = state(ctx)
    try:
        report = privacy.forget_text(st.engine(), _CLI, needle, dry_run=dry_run)
    except privacy.PrivacyError as error:
        _refuse(st, [error.message(st.lang)])
    st.say("forget_text_dry_run" if dry_run else "forget_text_done", count=report.count)
    _details(st, report)


def _details(st: CliState, report: privacy.ForgetReport) -> None:
    if report.quote_ids:
        st.say("forget_quote_ids", ids=", ".join(str(i) for i in report.quote_ids))
    if report.audit_blanked:
        key = "forget_audit_dry_run" if report.dry_run else "forget_audit_done"
        st.say(key, count=report.audit_blanked)
    if report.rewritten is True:
        st.say("forget_postgres_rewritten")
    elif report.rewritten is False:
        st.say("forget_postgres_in_use", tables=", ".join(ERASED_TABLES))
    if report.dry_run or not (report.quote_ids or report.audit_blanked):
        return
    backup_copies(st)


def backup_copies(st: CliState) -> None:
    """What a deletion cannot reach: the backups made before it (``forget``, ``purge``)."""
    count, newest = backups_recorded(st.engine())
    if count:
        when = format_date(newest.astimezone().date(), st.lang) if newest else "?"
        st.say("backups_still_hold", count=count, newest=when)
    else:
        st.say("backups_none_recorded")
    st.say("backups_what_to_do", months=load_settings(st.engine()).retention_months)


def _refuse(st: CliState, lines: list[str]) -> NoReturn:
    """Like :meth:`CliState.fail`, headed "not done" (nothing was stored, nor removed)."""
    echo(t("cli.not_done", st.lang), err=True)
    for line in lines:
        echo(f"  - {line}", err=True)
    raise typer.Exit(code=1)

"""What ``python -m feedback import`` says about a file besides its counts, for the import
and for its dry run alike: skipped rows, helpdesk ids without a mapping, shortened comments,
a file without dates."""

from __future__ import annotations

import shlex

from feedback.cli.app import CliState
from feedback.collect.dry_run import DryRun
from feedback.collect.files import Summary
from feedback.domain import MAX_QUOTE_CHARS
from feedback.i18n import format_number

__all__ = ["SHOWN_UNKNOWN", "print_skipped"]

SHOWN_UNKNOWN = 10


def print_skipped(st: CliState, summary: Summary | DryRun, *, rows: int) -> None:
    """The rows a file holds that are no quote to import, and what the reader should know
    (``say`` gives a count of one its ``_one`` message: "1 Bewertung ohne Kommentar")."""
    unknown = [*summary.unknown_agents, *summary.unknown_groups]
    if unknown:
        shown = ", ".join(unknown[:SHOWN_UNKNOWN]) + (", …" if len(unknown) > SHOWN_UNKNOWN else "")
        count = format_number(len(unknown), st.lang)
        st.say("import_unknown_ids", count=count, ids=shown)
    for key, skipped in (
        ("import_not_rated", summary.not_rated - summary.no_answer),
        ("import_no_answer", summary.no_answer),
        ("import_no_comment", summary.no_comment),
        ("import_no_text", summary.no_text),
        ("import_empty", summary.empty),
        ("import_totals", summary.totals),
    ):
        if skipped:
            st.say(key, count=format_number(skipped, st.lang))
    if summary.shortened:
        count = format_number(summary.shortened, st.lang)
        limit = format_number(MAX_QUOTE_CHARS, st.lang)
        st.say("import_shortened", count=count, limit=limit)
    if summary.undated and rows:
        st.say("import_undated")
    if summary.rating_unread and rows:
        column = summary.rating_unread
        st.say("import_rating_unread", column=column, option=shlex.quote(f"rating={column}"))

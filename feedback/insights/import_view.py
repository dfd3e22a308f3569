"""The import page's views: the preview, the dry run's counts, unknown helpdesk ids, the
result line and the report of rejected rows. Pure: data in, frames and texts out; the
language is passed in."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from feedback.auth.roles import Actor, Role
from feedback.collect.bulk import ImportReport
from feedback.collect.dry_run import DryRun
from feedback.collect.files.drafts import text_of
from feedback.collect.files.formats import formats, id_column, person_column
from feedback.collect.files.table import Record
from feedback.collect.normalize import normalize_text
from feedback.collect.redact import redact
from feedback.collect.redact_initials import initial_of
from feedback.domain import MAX_QUOTE_CHARS
from feedback.export.cells import safe_cell
from feedback.i18n import format_number, t
from feedback.render.placeholders import shown_text
from feedback.render.plain import grid_text, markdown_literal
from feedback.store.directory import Directory

__all__ = [
    "REPORT_TEXT_CHARS",
    "UnknownId",
    "counts_table",
    "format_label",
    "preview_frame",
    "reasons_markdown",
    "reasons_table",
    "rejected_csv",
    "result_line",
    "targets",
    "unknown_ids",
]

# Why 200 characters: enough to find the row in the file, short enough for a spreadsheet cell.
REPORT_TEXT_CHARS = 200
_MANUAL = "manual"


def format_label(name: str | None, lang: str | None) -> str:
    """The recognised format's name for people ("Zendesk (satisfaction ratings)"): every
    format of formats.toml has one (a list kept by hand here left Zendesk's reports out, and
    the page called such a file "not recognised")."""
    known = name == _MANUAL or any(f.name == name for f in formats())
    return t(f"imports.format_{name if known else 'none'}", lang)


def preview_frame(
    columns: Iterable[str],
    records: Iterable[Record],
    known_names: Iterable[str] = (),
    lang: str | None = None,
) -> pd.DataFrame:
    """The records as read, every value as text (a broken row shows empty cells), with the
    customers' personal data in every cell hidden as storing would hide it: an e-mail address,
    phone or customer number as a placeholder in ``lang``, a requester's name as initials (in
    a column named for it, :func:`person_column`, in any script: the redaction knows Latin
    names only, and "דוד כהן" stood there whole). ``known_names`` (the agents) stay, so the
    agent column still reads as such, and so do the helpdesk's ids (a ticket's, an agent's, a
    group's: :func:`id_column`), which are no customer's and which a lead needs to map. The
    preview is for telling the columns apart; a screen shared in a meeting, or a screenshot,
    shows no customer. The import itself reads the file as it is."""
    names = list(columns)
    agents = tuple(known_names)
    kinds = ["id" if id_column(c) else "person" if person_column(c) else "" for c in names]
    rows = [
        [
            grid_text(_shown(text_of(r.values.get(c)), kind, agents, lang))
            for c, kind in zip(names, kinds, strict=True)
        ]
        for r in records
    ]
    return pd.DataFrame(rows, columns=names, dtype="string")


def _shown(value: str, kind: str, agents: tuple[str, ...], lang: str | None) -> str:
    if kind == "id":
        return value
    if kind == "person":  # "דוד כהן" -> "ד. כ.": every word with a letter as its initial
        words = value.split()
        return " ".join(initial_of(w) if any(c.isalpha() for c in w) else w for w in words)
    return _hidden(value, agents, lang)


def _hidden(value: str, agents: tuple[str, ...], lang: str | None) -> str:
    if not value.strip():
        return value
    return shown_text(redact(normalize_text(value), agents).text, lang, no_break=False)


def counts_table(dry: DryRun, lang: str | None) -> pd.DataFrame:
    """One row per outcome: what the import would give, and how many rows."""
    counts = {
        "would_import": dry.would_import,
        "present": dry.present,
        **({"credited": dry.credited} if dry.credited else {}),  # counted in present
        "rejected": dry.rejected,
        "not_rated": dry.not_rated,
        "no_comment": dry.no_comment,
        "no_text": dry.no_text,
        **({"empty": dry.empty} if dry.empty else {}),  # rare: a JSON entry without values
        **({"totals": dry.totals} if dry.totals else {}),  # a report's "Gesamt" rows
        **({"shortened": dry.shortened} if dry.shortened else {}),  # counted in would_import
        "unknown_agents": sum(dry.unknown_agents.values()),
        "unknown_groups": sum(dry.unknown_groups.values()),
    }
    limit = format_number(MAX_QUOTE_CHARS, lang)
    return pd.DataFrame(
        {
            t("imports.col_outcome", lang): [
                t(f"imports.count_{k}", lang, limit=limit) for k in counts
            ],
            t("imports.col_rows", lang): list(counts.values()),
        }
    )


def reasons_table(dry: DryRun, lang: str | None) -> pd.DataFrame:
    """Rejected rows by reason, most frequent first, in full (the page wraps them).

    The dry run keeps one problem per reason, the first row's. When that problem names the
    row's value (a channel, a date, a team) and more rows share the reason, their values may
    differ: the message says it shows the first row's value, not all of them."""
    ordered = dry.reasons.most_common()
    return pd.DataFrame(
        {
            t("imports.col_reason", lang): [_reason(dry, c, n, lang) for c, n in ordered],
            t("imports.col_rows", lang): [n for _, n in ordered],
        }
    )


def reasons_markdown(dry: DryRun, lang: str | None) -> pd.DataFrame:
    """:func:`reasons_table` for ``st.table``, whose cells are markdown: a reason quotes the
    file's values ("[x](https://…)" as a channel), shown literally."""
    table = reasons_table(dry, lang)
    column = t("imports.col_reason", lang)
    table[column] = table[column].map(markdown_literal)
    return table


def _reason(dry: DryRun, code: str, rows: int, lang: str | None) -> str:
    example = dry.examples[code]
    message = example.message(lang)
    if rows > 1 and "value" in example.params:
        return t("imports.reason_first_of", lang, reason=message, count=format_number(rows, lang))
    return message


@dataclass(frozen=True, slots=True)
class UnknownId:
    """A helpdesk id without a mapping: ``kind`` agent or group, and the rows naming it."""

    kind: str
    external_id: str
    rows: int


def unknown_ids(dry: DryRun) -> list[UnknownId]:
    """Agents first, then groups, each by rows (most first), then id."""
    found = [UnknownId("agent", i, n) for i, n in dry.unknown_agents.items()]
    found += [UnknownId("group", i, n) for i, n in dry.unknown_groups.items()]
    order = {"agent": 0, "group": 1}
    return sorted(found, key=lambda u: (order[u.kind], -u.rows, u.external_id))


def targets(directory: Directory, actor: Actor, kind: str) -> dict[int, str]:
    """Whom an id of ``kind`` may be mapped to, by label: agents ("Name (team)") or teams.
    A lead only their own teams and those teams' agents; an admin any."""
    own = actor.team_ids if actor.role is Role.LEAD else None
    if kind == "group":
        teams = {i: n for i, n in directory.teams.items() if own is None or i in own}
        return dict(sorted(teams.items(), key=lambda item: item[1].casefold()))
    agents = {
        a.id: f"{a.full_name or a.handle} ({directory.teams.get(a.team_id or 0, '–')})"
        for a in directory.agents.values()
        if a.active and (own is None or a.team_id in own)
    }
    return dict(sorted(agents.items(), key=lambda item: item[1].casefold()))


def result_line(report: ImportReport, lang: str | None) -> str:
    """ "N neu, M bereits vorhanden, K abgelehnt", and how many of the present ones are now
    credited to their mapped agent (:mod:`feedback.collect.present_credits`), if any."""
    line = t(
        "imports.result",
        lang,
        imported=format_number(report.imported, lang),
        present=format_number(report.present, lang),
        rejected=format_number(report.rejected, lang),
    )
    if not report.credited:
        return line
    key = "imports.result_credited" + ("_one" if report.credited == 1 else "")
    return f"{line}. {t(key, lang, count=format_number(report.credited, lang))}"


def rejected_csv(report: ImportReport, texts: Mapping[int, str], lang: str | None) -> bytes:
    """The rejected rows as CSV: line, reasons (in ``lang``), the original text cut to
    :data:`REPORT_TEXT_CHARS`. German: ``;`` and a UTF-8 BOM for Excel; every cell
    formula-safe."""
    frame = pd.DataFrame(
        {
            t("imports.col_line", lang): [r.line for r in report.rejected_rows],
            t("imports.col_reason", lang): [
                " ".join(r.reasons(lang)) for r in report.rejected_rows
            ],
            t("imports.col_text", lang): [
                _cut(texts.get(r.line, "")) for r in report.rejected_rows
            ],
        }
    )
    safe = frame.map(safe_cell)
    german = lang == "de"
    text = safe.to_csv(index=False, sep=";" if german else ",", lineterminator="\r\n")
    return text.encode("utf-8-sig" if german else "utf-8")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= REPORT_TEXT_CHARS else text[: REPORT_TEXT_CHARS - 1] + "…"

"""Moderation: the queue of quotes waiting for a lead, with the evidence behind each score.

Pure functions over the quotes frame and the stored ``analysis`` JSON (see
``feedback.analyze.types.Analysis.to_dict``). The HTML built here escapes every piece of quote
text; markup inside a quote shows as text.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

import pandas as pd

from feedback.auth.roles import Actor, Role
from feedback.domain import Channel, Status
from feedback.i18n import format_date, format_datetime, format_signed, t
from feedback.insights.privacy import NAME_PLACEHOLDER, NamePrivacy
from feedback.insights.recognition import display_name
from feedback.render.placeholders import shown_html, shown_text
from feedback.render.plain import grid_text
from feedback.store.directory import AgentInfo
from feedback.store.filters import QuoteFilter
from feedback.store.moderation_queries import QueueQuote

# Labels a lead must look at before approving: the wall is for praise, not complaints.
FLAGGED_LABELS = frozenset({"negative", "mixed"})
# Redaction placeholders as the redactor writes them ("[EMAIL]", "[REF]", ...).
_PLACEHOLDER_RE = re.compile(r"\[[A-Z]+\]")
_PLACEHOLDER_KINDS = {"REF": "reference", "ID": "personal_id"}
# A coloured dot before the label: flagged rows stand out in the table without a colour legend.
_SENTIMENT_ICONS = {"positive": "🟢", "neutral": "⚪", "mixed": "🟠", "negative": "🔴"}
# Why 120 characters: one line of the queue table; the full text is in the detail panel.
PREVIEW_CHARS = 120


def is_flagged(label: object) -> bool:
    """True for a negative or mixed sentiment label."""
    return isinstance(label, str) and label in FLAGGED_LABELS


# In the order a lead reads them; on a phone (390 px) the first three fit the screen, so the
# text comes third: after "who" (240 px) it started off-screen. The details follow: last, on a
# laptop (1366 px) the text showed a dozen letters of each quote.
QUEUE_COLUMNS = (
    "select",
    "new",
    "text",
    "flag",
    "sentiment",
    "who",
    "score",
    "said_on",
    "channel",
    "id",
)


def queue_frame(rows: Sequence[QueueQuote]) -> pd.DataFrame:
    """The queue's records as the narrow frame :func:`queue_table` reads."""
    columns = [f.name for f in fields(QueueQuote)]
    return pd.DataFrame([[getattr(row, c) for c in columns] for row in rows], columns=columns)


def queue_table(
    rows: Sequence[QueueQuote] | pd.DataFrame,
    lang: str | None,
    names: NamePrivacy | None = None,
    *,
    today: dt.date | None = None,
    zone: dt.tzinfo = dt.UTC,
) -> pd.DataFrame:
    """One row per quote for the bulk editor: select, new (handed in ``today`` in ``zone``),
    flag, id, said_on, who, channel, sentiment (label), score (compound in [-1, 1], as text in
    the locale: "+0,60"), text (shortened; a right-to-left one isolated: :func:`grid_text`).
    Newest first (by the time a quote was handed in, else its number), so a lead finds today's
    new quotes at the top. ``names`` (works-council mode) masks agent names in the texts."""
    frame = rows if isinstance(rows, pd.DataFrame) else queue_frame(rows)
    if frame.empty:
        return pd.DataFrame(columns=list(QUEUE_COLUMNS))
    flagged = frame["sentiment_label"].map(is_flagged)
    handed_in = _handed_in(frame, zone)
    texts = (names.mask_frame(frame) if names is not None else frame)["text"]
    out = pd.DataFrame(
        {
            "select": False,
            "new": [
                t("moderation.new_today", lang) if day == today else "" for day in handed_in.dt.date
            ],
            "flag": flagged,
            "id": frame["id"].astype(int),
            "said_on": pd.to_datetime(frame["said_on"]).dt.date,
            "who": [
                grid_text(display_name(f, c, tm, lang))
                for f, c, tm in zip(
                    frame["agent_first_name"], frame["agent_consent"], frame["team"], strict=True
                )
            ],
            "channel": [t(f"common.channel_{c}", lang) for c in frame["channel"]],
            "sentiment": frame["sentiment_label"].map(lambda label: _sentiment(label, lang)),
            "score": [_score(value, lang) for value in frame["sentiment_compound"]],
            "text": texts.map(lambda text: grid_text(_preview(shown_text(str(text), lang)))),
            "_handed_in": handed_in,
        }
    )
    ordered = out.sort_values(["_handed_in", "id"], ascending=False, na_position="last")
    return ordered.drop(columns="_handed_in").reset_index(drop=True)


def _handed_in(frame: pd.DataFrame, zone: dt.tzinfo) -> pd.Series:
    """When each quote was handed in, in ``zone`` (stored times are UTC)."""
    if "submitted_at" not in frame:
        return pd.Series(pd.NaT, index=frame.index, dtype="datetime64[ns, UTC]")
    stamps = pd.to_datetime(frame["submitted_at"], utc=True)
    return stamps.dt.tz_convert(zone)


def _score(value: object, lang: str | None) -> str:
    """A compound score with its sign, in the locale: "+0,60" in German, "+0.60" in English."""
    if value is None or pd.isna(value):  # type: ignore[call-overload]
        return ""
    return format_signed(float(value), lang)  # type: ignore[arg-type]


def new_today(table: pd.DataFrame) -> int:
    """How many rows of ``queue_table`` were handed in today."""
    return int((table["new"] != "").sum()) if not table.empty else 0


def _sentiment(label: object, lang: str | None) -> str:
    if not isinstance(label, str) or label not in _SENTIMENT_ICONS:
        return ""
    return f"{_SENTIMENT_ICONS[label]} {t(f'common.sentiment_{label}', lang)}"


def _preview(text: object) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1].rstrip() + "…"


def pick_labels(table: pd.DataFrame) -> dict[int, str]:
    """The detail picker's option labels: "#id · preview" for each row of ``queue_table``.

    Built once per run: a picker over 500 rows that looked each label up in the frame took
    0.6 s of every page load.
    """
    return {int(i): f"#{i} · {text}" for i, text in zip(table["id"], table["text"], strict=True)}


def selected_ids(edited: pd.DataFrame) -> list[int]:
    """Ids of the rows ticked in the bulk editor."""
    if edited.empty:
        return []
    return [int(i) for i in edited.loc[edited["select"].fillna(False).astype(bool), "id"]]


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    text: str
    weight: float  # signed, in compound units: > 0 pushed towards positive


def evidence(analysis: Mapping[str, Any] | None, limit: int = 8) -> list[EvidenceItem]:
    """The words that moved the sentiment score, strongest first."""
    raw = ((analysis or {}).get("sentiment") or {}).get("evidence") or []
    items = [
        EvidenceItem(str(e["text"]), float(e["weight"]))
        for e in raw
        if isinstance(e, Mapping) and e.get("text") and isinstance(e.get("weight"), int | float)
    ]
    return sorted(items, key=lambda e: abs(e.weight), reverse=True)[:limit]


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kind: str | None = None  # None | "positive" | "negative" | "redaction:<kind>"


def redaction_spans(
    text: str, redactions: Sequence[Mapping[str, Any]] | None
) -> list[tuple[int, int, str]]:
    """Where the redactor replaced personal data in the stored text: (start, end, kind).

    Stored spans point at the replacement in the redacted text ("[EMAIL]", "Herr M.").
    Placeholders that no stored span covers (rows redacted before spans were kept) are found
    in the text itself.
    """
    spans: list[tuple[int, int, str]] = []
    for item in redactions or ():
        start, end, kind = item.get("start"), item.get("end"), str(item.get("kind", ""))
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
            spans.append((start, end, kind))
    for match in _PLACEHOLDER_RE.finditer(text):
        if not any(s < match.end() and match.start() < e for s, e, _ in spans):
            name = match.group()[1:-1]
            spans.append((match.start(), match.end(), _PLACEHOLDER_KINDS.get(name, name.lower())))
    return sorted(spans)


def _evidence_spans(text: str, items: Sequence[EvidenceItem]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for item in items:
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in item.text.split()) + r"(?!\w)"
        kind = "positive" if item.weight > 0 else "negative"
        spans.extend((m.start(), m.end(), kind) for m in re.finditer(pattern, text, re.IGNORECASE))
    return spans


def segments(
    text: str,
    redactions: Sequence[Mapping[str, Any]] | None,
    items: Sequence[EvidenceItem],
    hidden: Sequence[tuple[int, int]] = (),
    placeholder: str = NAME_PLACEHOLDER,
) -> list[Segment]:
    """``text`` cut into plain and highlighted pieces; redactions win over evidence.

    ``hidden`` spans (agent names in works-council mode, see
    :meth:`feedback.insights.privacy.NamePrivacy.spans`) win over both and show as
    ``placeholder`` (kind "hidden"); evidence overlapping them is left out."""
    marks: list[tuple[int, int, str]] = [(s, e, "hidden") for s, e in hidden]
    for start, end, kind in [
        (s, e, f"redaction:{k}") for s, e, k in redaction_spans(text, redactions)
    ] + sorted(_evidence_spans(text, items)):
        if all(end <= s or start >= e for s, e, _ in marks):
            marks.append((start, end, kind))
    out: list[Segment] = []
    position = 0
    for start, end, kind in sorted(marks):
        if start > position:
            out.append(Segment(text[position:start]))
        out.append(Segment(placeholder if kind == "hidden" else text[start:end], kind))
        position = end
    if position < len(text):
        out.append(Segment(text[position:]))
    return out


_STYLES = {
    "positive": "background:#e3f4e8;border-bottom:2px solid #2e7d32",
    "negative": "background:#fde7e9;border-bottom:2px solid #c62828",
    "redaction": "background:#fff3c4;border:1px dashed #b58900;font-family:monospace;"
    "white-space:nowrap",
    "hidden": "background:#eeeeee;border:1px dashed #757575",
}


def highlighted_html(
    parts: Sequence[Segment], titles: Mapping[str, str], lang: str | None = None
) -> str:
    """Escaped HTML of the segments; ``titles`` maps a kind to its tooltip (already localised).
    Redaction placeholders show in words of ``lang`` ("[Telefonnummer]"), as on the wall."""
    pieces = []
    before = ""  # what precedes a part: words there may already name a placeholder
    for part in parts:
        body = shown_html(part.text, lang, before)
        before += part.text
        if part.kind is None:
            pieces.append(body)
            continue
        style = _STYLES[part.kind.split(":")[0]]
        title = html.escape(titles.get(part.kind, part.kind))
        pieces.append(
            f'<mark title="{title}" style="{style};padding:0 .15em;border-radius:3px;'
            f'color:inherit">{body}</mark>'
        )
    return (
        # overflow-wrap: a word longer than the box breaks inside it (as on the wall), instead
        # of running across the action buttons beside it.
        # dir="auto": an Arabic or Hebrew quote runs right to left, its stripe on its right.
        '<div dir="auto" style="white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.7;'
        "font-size:1.05rem;padding:.75rem 1rem;"
        'border-inline-start:4px solid #c2185b;background:#fafafa;border-radius:4px">'
        + "".join(pieces)
        + "</div>"
    )


def audit_table(
    audit: pd.DataFrame,
    lang: str | None = None,
    mask: Callable[[str], str] | None = None,
    zone: dt.tzinfo = dt.UTC,
    who: Callable[[str], str] = str,
) -> pd.DataFrame:
    """The audit rows of one quote as plain text columns: at, actor, action, change, built from
    the stored codes in the reader's language (actions, fields, statuses, channels, dates) and
    the time in ``zone`` (stored times are UTC); ``mask`` hides names in old and new texts and
    ``who`` shows the stored actor (in works-council mode by role only, see
    :func:`feedback.insights.audit.actor_label`)."""
    if audit.empty:
        return pd.DataFrame(columns=["at", "actor", "action", "change"])
    return pd.DataFrame(
        {
            "at": [_when(at, lang, zone) for at in audit["at"]],
            "actor": [who(str(actor)) for actor in audit["actor"]],
            "action": [_action(action, lang) for action in audit["action"]],
            "change": [
                _describe_change(action, changes, lang, mask)
                for action, changes in zip(audit["action"], audit["changes"], strict=True)
            ],
        }
    ).reset_index(drop=True)


def _when(at: object, lang: str | None, zone: dt.tzinfo = dt.UTC) -> str:
    stamp = pd.Timestamp(at)  # type: ignore[arg-type]
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize(dt.UTC)
    # "medium", as the audit page: "05.12.2026, 17:08:00" / "5 Dec 2026, 17:08:00".
    return format_datetime(stamp.tz_convert(zone).to_pydatetime(), lang, "medium")


_ACTIONS = frozenset({"create", "status", "edit", "delete"})
_STATUSES = frozenset(status.value for status in Status)
_CHANNELS = frozenset(channel.value for channel in Channel)
_FIELDS = frozenset({"status", "text", "text_chars", "channel", "said_on"})


def _action(action: object, lang: str | None) -> str:
    return t(f"moderation.action_{action}", lang) if action in _ACTIONS else str(action)


def _field(key: str, lang: str | None) -> str:
    return t(f"moderation.field_{key}", lang) if key in _FIELDS else key


def _value(
    key: str, value: object, lang: str | None, mask: Callable[[str], str] | None = None
) -> str:
    if key == "status" and isinstance(value, str) and value in _STATUSES:
        return t(f"common.status_{value}", lang)
    if key == "channel" and isinstance(value, str) and value in _CHANNELS:
        return t(f"common.channel_{value}", lang)
    if key == "said_on" and isinstance(value, str):
        try:
            return format_date(dt.date.fromisoformat(value), lang)
        except ValueError:
            return _short(value)
    if key == "text":
        return _short(shown_text(mask(str(value)) if mask is not None else str(value), lang))
    return _short(value)


def _describe_change(
    action: object,
    changes: object,
    lang: str | None = None,
    mask: Callable[[str], str] | None = None,
) -> str:
    """Edits and status changes store [old, new] pairs; a create stores the new row."""
    if not isinstance(changes, Mapping):
        return ""
    if action == "create":
        return "; ".join(
            f"{_field(key, lang)}: {_value(key, changes[key], lang)}"
            for key in ("status", "channel", "said_on")
            if key in changes
        )
    return "; ".join(
        f"{_field(key, lang)}: {_value(key, value[0], lang, mask)} → "
        f"{_value(key, value[1], lang, mask)}"
        for key, value in changes.items()
        if isinstance(value, list) and len(value) == 2
    )


def _short(value: object, limit: int = 60) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def scope_to_teams(flt: QuoteFilter, actor: Actor) -> QuoteFilter:
    """``flt`` narrowed to the teams a lead leads; other roles keep it as it is.

    A lead without teams sees nothing (team id -1 matches no quote), never everything.
    """
    if actor.role is not Role.LEAD:
        return flt
    mine = tuple(sorted(actor.team_ids)) or (-1,)
    chosen = tuple(t for t in flt.team_ids if t in actor.team_ids) if flt.team_ids else mine
    return replace(flt, team_ids=chosen or (-1,))


def queue_agents(
    agents: Sequence[AgentInfo], actor: Actor, visible: Sequence[AgentInfo]
) -> list[AgentInfo]:
    """The agents the queue's agent filter offers ``actor``: admins every agent, consent or
    not; a lead those of the teams they lead (their queue) and the ``visible`` ones (who
    consented): another team's agent without consent is no name for them to read."""
    if actor.role is not Role.LEAD:
        return list(agents)
    shown = {a.id for a in visible}
    return [a for a in agents if a.team_id in actor.team_ids or a.id in shown]

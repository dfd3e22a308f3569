"""The audit page's state: the reader's time zone, the page of rows, the cached export.

Owns the session key ``audit_page`` (the filter it belongs to and the page number).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

import pandas as pd
import streamlit as st

from feedback.auth.roles import Actor, NotAllowed
from feedback.i18n import format_date
from feedback.insights import audit
from feedback.services.audit import AuditFilter, AuditPage, read_audit
from feedback.store.users import list_users
from feedback.ui import resources
from feedback.ui.session import acting, lang, reader_zone

_PAGE_KEY = "audit_page"
# Why 100: a screen of rows to read; the export holds up to EXPORT_ROWS of the same filter.
PAGE_ROWS = 100
# Why 5,000: about a week of a large team's submissions, and still a quick export.
EXPORT_ROWS = 5_000


def zone() -> dt.tzinfo:
    """The reader's time zone, as on the moderation page: the browser's, else Europe/Berlin."""
    return reader_zone()[0]


def today(where: dt.tzinfo) -> dt.date:
    return dt.datetime.now(where).date()


def period_label(chosen: object, default: Sequence[dt.date]) -> str:
    """The period of the filter's last applied date range (``chosen``, the widget's value in
    session state: a range, one day, or nothing yet) for the filter button: "07.11.2026 –
    06.12.2026"; ``default`` while nothing was applied."""
    picked = chosen if isinstance(chosen, tuple | list) else (chosen,)
    days = [d for d in picked if isinstance(d, dt.date)] or list(default)
    first, last = (format_date(d, lang()) for d in (days[0], days[-1]))
    return first if first == last else f"{first} – {last}"


def paged_filter(
    days: Sequence[dt.date], actor: str, action: str, entity: str, where: dt.tzinfo
) -> AuditFilter:
    """The filter of the page's widgets, at the page the reader turned to; a changed filter
    starts again with the newest rows."""
    # In works-council mode a filter by name would single a person out again.
    who = "" if hides_people() else actor
    first = audit.build_filter(days, who, action, entity, where, limit=PAGE_ROWS)
    signature = repr(first)
    kept, number = st.session_state.get(_PAGE_KEY, (signature, 0))
    if kept != signature:
        number = 0
    st.session_state[_PAGE_KEY] = (signature, number)
    return replace(first, offset=int(number) * PAGE_ROWS)


def turn(step: int) -> None:
    """Button callback: one page older (+1) or newer (-1)."""
    signature, number = st.session_state.get(_PAGE_KEY, ("", 0))
    st.session_state[_PAGE_KEY] = (signature, max(0, number + step))


def rows(flt: AuditFilter) -> AuditPage | None:
    """The rows of ``flt``; None (with the reason shown) for a role that may not read them."""
    actor = acting()
    try:
        return _read(actor.name, actor.role.value, flt, actor)
    except NotAllowed as refused:
        st.error(refused.message(lang()), icon=":material/block:")
        return None


def hides_people() -> bool:
    """Works-council mode: the log shows people by role, and cannot be filtered by person."""
    return resources.works_council_mode()


def names() -> audit.Names:
    found = resources.directory()
    return audit.Names(
        teams=dict(found.teams),
        agents={a.id: a.handle for a in found.agents.values()},
        roles=_roles() if hides_people() else {},
        hide_people=hides_people(),
    )


@resources.cached("people", "audit", max_entries=4)
def _roles() -> dict[str, str]:
    """Who can act, casefolded, with their role: agents by handle (they hand in quotes under
    it), then accounts by username and e-mail (an account's role wins)."""
    return audit.actor_roles(
        (a.handle for a in resources.directory().agents.values()),
        ((u.username, u.email, u.role.value) for u in list_users(resources.engine())),
    )


def table(page: AuditPage, where: dt.tzinfo) -> pd.DataFrame:
    return audit.audit_table(page.rows, lang(), where, names())


def export(flt: AuditFilter, where: dt.tzinfo) -> bytes | None:
    """CSV bytes of up to :data:`EXPORT_ROWS` rows of ``flt`` from the newest on."""
    whole = replace(flt, limit=EXPORT_ROWS, offset=0)
    found = rows(whole)
    if found is None:
        return None
    return _export(whole, lang(), audit.zone_name(where), found, where)


# The actor's name and role are the cache key; the actor itself is passed unhashed, and the
# service checks its role on every miss, so a hit is always an allowed read of the same role.
@resources.cached("audit", max_entries=32)
def _read(name: str, role: str, flt: AuditFilter, _actor: Actor) -> AuditPage:
    return read_audit(resources.engine(), _actor, flt)


@resources.cached("audit", "people", "settings", max_entries=8)
def _export(
    flt: AuditFilter, language: str, zone_key: str, _page: AuditPage, _zone: dt.tzinfo
) -> bytes:
    # "settings" in the key: switching works-council mode changes what the file may name.
    return audit.export_csv(_page.rows, language, _zone, names())

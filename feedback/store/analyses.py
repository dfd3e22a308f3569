"""Reading the stored analysis JSON of a few quotes (the evidence a moderator looks at)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Engine, select

from feedback.store.models import Quote


def analyses_by_id(engine: Engine, quote_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Quote id -> its ``analysis`` JSON (quotes without an analysis are left out)."""
    if not quote_ids:
        return {}
    query = select(Quote.id, Quote.analysis).where(Quote.id.in_(list(quote_ids)))
    with engine.connect() as conn:
        return {qid: data for qid, data in conn.execute(query) if data}

"""Re-analyse stored quotes when the analyser version changes (lexicon, taxonomy, scorer)."""

from __future__ import annotations

from sqlalchemy import Engine, or_, select

from feedback.collect.pipeline import AnalyzerLike, analyzer_for
from feedback.store.db import transaction
from feedback.store.models import Quote
from feedback.store.quotes import replace_analysis

# Why 500: one transaction per batch keeps memory flat on a million quotes while a crash loses
# at most one batch of work (never data: the old analysis stays until the batch commits).
_BATCH = 500


def reanalyse_quotes(
    engine: Engine, *, everything: bool = False, analyzer: AnalyzerLike | None = None
) -> tuple[int, str]:
    """Analyse again all quotes with another analyser version; returns (count, version)."""
    analyzer = analyzer or analyzer_for(engine)
    version = analyzer.analyze("Danke!").version
    done = 0
    last_id = 0
    while True:
        with transaction(engine) as session:
            query = select(Quote).where(Quote.id > last_id).order_by(Quote.id).limit(_BATCH)
            if not everything:
                query = query.where(
                    or_(Quote.analyser_version.is_(None), Quote.analyser_version != version)
                )
            batch = list(session.scalars(query))
            for quote in batch:
                replace_analysis(session, quote, analyzer.analyze(quote.text))
        if not batch:
            return done, version
        done += len(batch)
        last_id = batch[-1].id

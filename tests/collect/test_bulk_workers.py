"""Imports with worker processes store exactly what an import without them stores.

Real stores, real worker processes (spawn): a worker needs 2-3 s to start, so the stores are
imported once per module and each test reads them. ``WAIT_FOR_WORKERS`` makes the import
wait for its workers: these files are small enough to be done before one has started.
"""

from __future__ import annotations

import logging
import pickle
import signal
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select

from feedback.collect import bulk_workers
from feedback.collect.bulk import ImportReport, import_rows
from feedback.collect.bulk_wire import packed, unpacked
from feedback.collect.importer import open_import
from feedback.collect.pipeline import default_analyzer, prepare_ahead
from feedback.store.db import make_engine, transaction
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry, Quote, QuoteTerm
from tests.collect.bulk_data import HEADER, SAID_ON, add_people, rows
from tests.conftest import BACKENDS, TODAY, draft, open_backend

AGENTS = ("anna.meier", "jonas.becker")
BATCH = 20


def _csv(path: Path) -> Path:
    """120 good rows (one with personal data to redact), and rows the reader, the pipeline
    or the store turn away, spread over the batches: an unknown agent (line 9), an unknown
    channel (32), a future date (52), a ticket repeated three batches later (97)."""
    lines = [list(row) for row in rows(120, AGENTS)]
    lines[60][2] = "Danke! Herr Müller rief mich unter 0171 1234567 zurück, alles gelöst."
    lines.insert(7, ["t-bad", SAID_ON, "Danke!", "nobody", "web", "5"])
    # An empty comment is skipped and counted, not rejected: a channel nobody knows is.
    lines.insert(30, ["t-channel", SAID_ON, "Sehr nett, danke!", "anna.meier", "brieftaube", "5"])
    lines.insert(50, ["t-future", "2999-01-01", "Sehr nett, danke.", "anna.meier", "web", "5"])
    lines.insert(95, lines[33])  # already present: a repeat of an earlier batch's row
    text = "\n".join(";".join(line) for line in [list(HEADER), *lines])
    path.write_text(text + "\n", encoding="utf-8")
    return path


def _shared(engine: Engine) -> Engine:
    """An engine whose URL alone reaches the test's store (a worker gets only the URL)."""
    if engine.dialect.name != "postgresql":
        return engine
    with engine.connect() as conn:
        schema = conn.exec_driver_sql("SELECT current_schema()").scalar_one()
    url = engine.url.render_as_string(hide_password=False)
    return make_engine(f"{url}?options=-csearch_path%3D{schema}")


def _people(engine: Engine) -> None:
    add_people(engine, AGENTS, team="Technik-Hotline", actor="test")


def _import(engine: Engine, data: Path, workers: int) -> ImportReport:
    with data.open("rb") as handle:
        parsed = open_import(engine, handle, name=data.name, system="gen", today=TODAY)
        return import_rows(
            engine, "cli", parsed.entries(), batch_size=BATCH, today=TODAY, workers=workers
        )


def _stored(engine: Engine) -> dict[str, Any]:
    """Everything an import wrote, keyed by fingerprint, without ids and clocks."""
    skip = {"id", "submitted_at", "updated_at"}
    with engine.connect() as conn:
        quotes = {
            row.fingerprint: {k: v for k, v in row._asdict().items() if k not in skip}
            for row in conn.execute(select(Quote.__table__))
        }
        by_id = dict(conn.execute(select(Quote.id, Quote.fingerprint)).all())
        terms = sorted(
            (by_id[t.quote_id], t.term, t.surface, t.kind, t.count)
            for t in conn.execute(select(QuoteTerm.__table__))
        )
        audit = sorted(
            (
                by_id[a.entity_id],
                a.actor,
                a.action,
                repr(sorted((k, v) for k, v in a.changes.items() if k != "submitted_at")),
            )
            for a in conn.execute(select(AuditEntry.__table__).where(AuditEntry.entity == "quote"))
        )
    return {"quotes": quotes, "terms": terms, "audit": audit}


class Imported:
    def __init__(self, engine: Engine, reference: Engine, data: Path) -> None:
        self.engine, self.reference, self.data = engine, reference, data


@pytest.fixture(scope="module", params=BACKENDS)
def imported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Imported, ImportReport, ImportReport, list[str]]]:
    """The same file imported with one worker and without, into two new stores."""
    data = _csv(tmp_path_factory.mktemp("file") / "in.csv")
    with (
        open_backend(request.param, tmp_path_factory) as with_workers,
        open_backend(request.param, tmp_path_factory) as without,
        pytest.MonkeyPatch.context() as patch,
    ):
        patch.setattr(bulk_workers, "WAIT_FOR_WORKERS", True)
        engines = [_shared(with_workers), without]
        for engine in engines:
            upgrade(engine)
            _people(engine)
        messages: list[str] = []
        handler = _Collect(messages)
        logging.getLogger(bulk_workers.__name__).addHandler(handler)
        logging.getLogger(bulk_workers.__name__).setLevel(logging.INFO)
        try:
            report = _import(engines[0], data, workers=1)
        finally:
            logging.getLogger(bulk_workers.__name__).removeHandler(handler)
        reference = _import(without, data, workers=0)
        yield Imported(engines[0], without, data), report, reference, messages
        if engines[0] is not with_workers:
            engines[0].dispose()


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__()
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


def test_workers_prepared_batches_and_no_worker_failed(imported):
    _, report, _, messages = imported

    assert report.batches >= bulk_workers.POOL_AFTER
    prepared = [m for m in messages if m.startswith("worker processes prepared")]
    assert prepared, messages
    assert prepared[0] != "worker processes prepared 0 batches"
    assert not [m for m in messages if "failed" in m or "stopped" in m], messages


def test_the_report_is_the_same_with_and_without_workers(imported):
    _, report, reference, _ = imported

    assert (report.imported, report.present, report.rejected) == (120, 1, 3)
    assert report.rows == 124
    assert report.present_ranges == reference.present_ranges == [(97, 97)]
    assert [r.line for r in report.rejected_rows] == [9, 32, 52]
    assert [r.reasons("en") for r in report.rejected_rows] == [
        r.reasons("en") for r in reference.rejected_rows
    ]
    assert "nobody" in report.rejected_rows[0].reasons("en")[0]
    assert (report.imported, report.present, report.rejected) == (
        reference.imported,
        reference.present,
        reference.rejected,
    )


def test_the_stored_quotes_terms_and_audit_rows_are_the_same(imported):
    done, _, _, _ = imported

    stored, reference = _stored(done.engine), _stored(done.reference)

    assert len(stored["quotes"]) == 120
    assert stored["terms"], "the analysis found no terms at all"
    assert any(q["redactions"] for q in stored["quotes"].values())
    assert stored == reference


def test_importing_again_with_workers_finds_everything_already_present(imported, monkeypatch):
    done, _, _, _ = imported
    monkeypatch.setattr(bulk_workers, "WAIT_FOR_WORKERS", True)

    again = _import(done.engine, done.data, workers=1)

    assert (again.imported, again.present, again.rejected) == (0, 121, 3)
    assert [r.line for r in again.rejected_rows] == [9, 32, 52]
    assert len(_stored(done.engine)["quotes"]) == 120


def test_a_prepared_batch_survives_the_trip_between_processes(engine, people):
    drafts = [
        draft("Danke Anna! Herr Müller, Tel. 0171 1234567, a@b.de", people["anna"]),
        draft("", people["jonas"]),
    ]
    analyzer = default_analyzer()
    with transaction(engine) as session:
        ahead = prepare_ahead(session, drafts, analyzer, today=TODAY)

    # What crosses: the batch as plain tuples (feedback.collect.bulk_wire), pickled.
    back = unpacked(pickle.loads(pickle.dumps(packed(ahead))))

    assert back == ahead
    assert pickle.loads(pickle.dumps(ahead)) == ahead  # and the dataclasses themselves
    first = back.prepared[0]
    assert first.stored is not None
    assert first.analysis is None
    assert {f.kind.value for f in first.redaction.findings} >= {"name", "phone", "email"}
    assert first.stored.columns["analyser_version"] == analyzer.analyze(first.text).version
    assert back.prepared[1].problems
    assert back.prepared[1].stored is None


def test_a_failing_worker_falls_back_to_this_process_with_a_warning(tmp_path, caplog):
    """The worker's URL names an empty file (the engine connects elsewhere): its batches fail
    there, are prepared here, and every row is still accounted for."""
    real = tmp_path / "real.db"
    engine = make_engine(
        f"sqlite:///{tmp_path / 'elsewhere.db'}",
        creator=lambda: sqlite3.connect(real),
    )
    upgrade(engine)
    _people(engine)
    data = _csv(tmp_path / "in.csv")
    caplog.set_level(logging.WARNING, logger=bulk_workers.__name__)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bulk_workers, "WAIT_FOR_WORKERS", True)
        report = _import(engine, data, workers=1)

    assert (report.imported, report.present, report.rejected) == (120, 1, 3)
    assert any("a worker failed on lines" in r.getMessage() for r in caplog.records)


def test_without_a_store_other_processes_can_open_no_workers_start():
    assert bulk_workers.worker_url(make_engine("sqlite://")) is None
    assert bulk_workers.worker_url(make_engine("sqlite:///:memory:")) is None
    assert bulk_workers.worker_url(make_engine("sqlite:////tmp/x.db")) == "sqlite:////tmp/x.db"


def test_auto_workers_leaves_one_cpu_and_takes_at_most_four():
    assert 0 <= bulk_workers.auto_workers() <= bulk_workers.MAX_AUTO_WORKERS


def test_ctrl_c_is_ignored_only_while_a_worker_may_start():
    # A worker started inside inherits "ignored", so a Ctrl-C while it still imports prints no
    # traceback from it; the main process's own handler is back right after.
    before = signal.getsignal(signal.SIGINT)
    with bulk_workers._sigint_ignored():
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    assert signal.getsignal(signal.SIGINT) is before

    seen: list[object] = []

    def elsewhere() -> None:  # signal handlers can only be set in the main thread
        with bulk_workers._sigint_ignored():
            seen.append(signal.getsignal(signal.SIGINT))

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert seen == [before]

"""An import's upcoming batches prepared in worker processes while the main process writes.

Preparing a row (normalise, validate, redact, fingerprint) and analysing it is pure and takes
about 55 % of an import's time; reading the file, the duplicate check in the transaction and
the writing take the rest and stay in the main process, in file order, one transaction per
batch (:func:`~feedback.collect.pipeline.submit_many`, so every guarantee of the pipeline
holds). The workers run the pipeline's own :func:`~feedback.collect.pipeline.prepare_ahead`
with the analyser the main process uses (same theme additions) and a read-only connection of
their own: rows already stored are not analysed, so a re-import stays cheap.

Why the main process prepares batches too: until the first worker has started (2-3 s to
load the analyser) it imports as it does without workers, so nothing waits for them (a
re-import, which analyses nothing, hardly needs them); later, while the oldest batch in flight
is not back, it prepares the next one itself rather than wait (on 2 cores one worker and the
main process then share the work).

Why "spawn": the Streamlit server and SQLAlchemy's pools run threads, which ``fork`` would
copy in whatever state they are in. Why a bound on batches in flight: memory stays flat.
Why no workers for small files or in-memory SQLite: a worker's start costs 2-3 s, and an
in-memory store cannot be opened by another process.

A worker's failure is never a silent row loss: the batch is prepared again in this process
(with a logged warning), through the same path as an import without workers; if the pool
broke (a worker killed), the rest of the import runs in this process. Workers ignore Ctrl-C
(the main process stops the import and shuts the pool down, committed batches stay) and end
themselves when the main process dies (even by ``kill -9``).
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import wait as wait_for
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import replace
from itertools import chain, islice
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as wait_for_sentinels

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from feedback.collect.bulk_wire import Packed, packed, unpacked
from feedback.collect.pipeline import (
    AnalyzerLike,
    PreparedAhead,
    analyzer_with_themes,
    prepare_ahead,
)
from feedback.collect.validate import Problem
from feedback.domain import QuoteDraft
from feedback.store.db import make_engine

_LOG = logging.getLogger(__name__)

ParsedRow = tuple[int, QuoteDraft | None, list[Problem]]
Batch = list[ParsedRow]
# A batch, the drafts of its readable rows (as ``actor_name``), and their preparation if done.
Ahead = tuple[Batch, list[QuoteDraft], PreparedAhead | None]
# A batch's preparation: in a worker, done (here, or nothing to prepare), or left to the write.
# (A worker's batch comes back as plain tuples, feedback.collect.bulk_wire: cheaper to pickle.)
Work = Future[Packed] | PreparedAhead | None

# Why 4 batches: a file of at most 3 (1,500 rows at the default size) imports in about a
# second in process, less than a worker needs to start.
POOL_AFTER = 4
# Why 2 per worker: one running, one waiting in the queue, so a worker never idles.
QUEUED_PER_WORKER = 2
# Why 6 more: the main process's own batches, during the workers' start above all; a batch in
# flight holds about 2 MB, so even 4 workers keep well under 50 MB in flight.
OWN_AHEAD = 6
# Why 1: a worker holds its own analyser (a worker's RSS measured about 330 MB, the main
# process's about 400 MB), so a second one would take an import past 1 GB; and the main
# process's share (reading, the duplicate check, writing: about 45 % of a row's cost) caps
# the gain of more workers at about 2.2 times anyway. ``--workers N`` can still ask for more.
MAX_AUTO_WORKERS = 1
# Tests set this: a small file would otherwise be done before a worker has started.
WAIT_FOR_WORKERS = False


def auto_workers() -> int:
    """Workers by default: one per usable CPU but the main process's, at most
    :data:`MAX_AUTO_WORKERS`."""
    return min(MAX_AUTO_WORKERS, max(0, len(os.sched_getaffinity(0)) - 1))


def worker_url(engine: Engine) -> str | None:
    """The URL a worker opens the store with, or None if no other process can (in-memory
    SQLite). The engine's ``connect_args`` are not passed on: a worker that reaches another
    database finds another directory, and its batches are then prepared again here."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and (
        url.database in (None, "", ":memory:") or url.query.get("mode") == "memory"
    ):
        return None
    return url.render_as_string(hide_password=False)


def drafts_of(batch: Batch, actor_name: str) -> list[QuoteDraft]:
    """The drafts of ``batch`` that the pipeline gets: readable rows, in ``actor_name``'s name."""
    return [
        replace(draft, submitted_by=actor_name)
        for _, draft, problems in batch
        if draft is not None and not problems
    ]


@contextmanager
def prepared_batches(
    engine: Engine,
    batches: Iterator[Batch],
    *,
    actor_name: str,
    analyzer: AnalyzerLike,
    themes: str | None,
    workers: int,
    today: dt.date,
) -> Iterator[Iterator[Ahead]]:
    """``batches`` in order with their drafts, prepared ahead by ``workers`` processes.

    ``themes`` is the :func:`~feedback.collect.pipeline.theme_key` that ``analyzer`` was
    built from; None (a caller's own analyser) or ``workers`` 0 means no workers, as does a
    store only this process can open or a file of fewer than :data:`POOL_AFTER` batches.
    Without workers nothing is prepared ahead and batches are read one at a time.
    """
    url = worker_url(engine)
    if workers < 1 or themes is None or url is None:
        yield ((batch, drafts_of(batch, actor_name), None) for batch in batches)
        return
    first = list(islice(batches, POOL_AFTER))
    if len(first) < POOL_AFTER:
        yield ((batch, drafts_of(batch, actor_name), None) for batch in first)
        return
    spawn = multiprocessing.get_context("spawn")
    # Workers end when this end closes: at the end of an import done before they started,
    # nobody waits for them to finish loading the analyser.
    keep_alive, alive = spawn.Pipe(duplex=False)
    pool = ProcessPoolExecutor(
        workers, mp_context=spawn, initializer=_start_worker, initargs=(url, themes, keep_alive)
    )
    ahead = _AheadOf(engine, pool, workers, analyzer, today, actor_name)
    try:
        yield ahead.run(chain(first, batches))
    finally:
        _LOG.info("worker processes prepared %d batches", ahead.by_workers)
        if not ahead.started.done():
            alive.close()
        # Running batches finish (a second at most); queued ones are dropped.
        pool.shutdown(wait=True, cancel_futures=True)
        alive.close()
        keep_alive.close()


class _AheadOf:
    """Keeps the pool fed, prepares batches here while the oldest is not back, yields in order."""

    def __init__(
        self,
        engine: Engine,
        pool: ProcessPoolExecutor,
        workers: int,
        analyzer: AnalyzerLike,
        today: dt.date,
        actor_name: str,
    ) -> None:
        self.engine, self.pool, self.analyzer = engine, pool, analyzer
        self.today, self.actor_name = today, actor_name
        self.queued = QUEUED_PER_WORKER * workers
        self.limit = self.queued + OWN_AHEAD
        self.broken = False
        self.by_workers = 0
        # Done once a worker has started (loaded the analyser): until then this process
        # imports as it does without workers, and nothing waits for them.
        with _sigint_ignored():
            self.started = pool.submit(_started)

    def run(self, batches: Iterator[Batch]) -> Iterator[Ahead]:
        pending: deque[tuple[Batch, list[QuoteDraft], Work]] = deque()
        while True:
            if not pending and not self._up(wait=WAIT_FOR_WORKERS):
                if (batch := next(batches, None)) is None:
                    return
                yield batch, drafts_of(batch, self.actor_name), None
                continue
            while len(pending) < self.limit and (self.broken or _running(pending) < self.queued):
                if (batch := next(batches, None)) is None:
                    break
                drafts = drafts_of(batch, self.actor_name)
                pending.append((batch, drafts, self._submit(drafts)))
            if not pending:
                return
            head = pending[0][2]
            if (
                isinstance(head, Future)
                and not head.done()
                and len(pending) < self.limit
                and (batch := next(batches, None)) is not None
            ):  # rather than wait, prepare a batch here
                drafts = drafts_of(batch, self.actor_name)
                pending.append((batch, drafts, self._here(batch, drafts)))
                continue
            batch, drafts, work = pending.popleft()
            yield batch, drafts, self._result(batch, work) if isinstance(work, Future) else work

    def _up(self, *, wait: bool = False) -> bool:
        """Whether the pool is up or broken (the worker's start failed, or it was killed)."""
        if wait:
            wait_for([self.started])
        if not self.started.done():
            return False
        if self.started.exception() is not None:
            self._broke()
        return True

    def _submit(self, drafts: list[QuoteDraft]) -> Work:
        if not drafts or self.broken:
            return None
        try:
            with _sigint_ignored():  # a submit may start a worker process
                return self.pool.submit(_prepare_in_worker, drafts, self.today)
        except BrokenProcessPool:
            self._broke()
            return None

    def _here(self, batch: Batch, drafts: Sequence[QuoteDraft]) -> PreparedAhead | None:
        """The same preparation in this process; on failure the transaction does it again."""
        if not drafts:
            return None
        try:
            with Session(self.engine) as session:
                return prepare_ahead(session, drafts, self.analyzer, today=self.today)
        except Exception:
            _LOG.warning("preparing lines %s ahead failed", _lines(batch), exc_info=True)
            return None

    def _result(self, batch: Batch, future: Future[Packed]) -> PreparedAhead | None:
        try:
            done = unpacked(future.result())
            self.by_workers += 1
            return done
        except BrokenProcessPool:
            self._broke()
        except Exception:
            _LOG.warning(
                "a worker failed on lines %s; they are prepared in this process",
                _lines(batch),
                exc_info=True,
            )
        return None

    def _broke(self) -> None:
        if not self.broken:
            _LOG.warning("the import's worker processes stopped; it goes on in this process")
        self.broken = True


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ctrl-C ignored while a worker process may be started: the worker inherits "ignored" and
    Python keeps it so, so a Ctrl-C while it still imports prints no traceback from it (its
    initializer ignores SIGINT too, but runs only after the imports). Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _running(pending: deque[tuple[Batch, list[QuoteDraft], Work]]) -> int:
    return sum(1 for _, _, work in pending if isinstance(work, Future) and not work.done())


def _lines(batch: Batch) -> str:
    return f"{batch[0][0]}-{batch[-1][0]}" if batch else "-"


# ---- in the worker process ---------------------------------------------------------------

_WORKER: tuple[Engine, AnalyzerLike] | None = None


def _start_worker(url: str, themes: str, keep_alive: Connection) -> None:
    """Pool initializer: Ctrl-C is the main process's to handle; the process ends when the
    main process does or closes ``keep_alive``'s other end; the store's engine and the
    analyser are made once, and what they load is exempt from garbage collection (as the
    command line does in the main process)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = multiprocessing.parent_process()
    ends = [keep_alive] if parent is None else [keep_alive, parent.sentinel]
    threading.Thread(target=_end_with_any, args=(ends,), daemon=True).start()
    analyzer = analyzer_with_themes(themes)
    warm_up = getattr(analyzer, "warm_up", None)
    if callable(warm_up):
        warm_up()
    _WORKER = make_engine(url), analyzer
    gc.collect()
    gc.freeze()


def _started() -> bool:
    return True


def _end_with_any(ends: list[Connection | int]) -> None:
    wait_for_sentinels(ends)
    os._exit(1)


def _prepare_in_worker(drafts: list[QuoteDraft], today: dt.date) -> Packed:
    assert _WORKER is not None, "the pool's initializer did not run"
    engine, analyzer = _WORKER
    with Session(engine) as session:
        return packed(prepare_ahead(session, drafts, analyzer, today=today))

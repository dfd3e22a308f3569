"""A customer's personal data lands nowhere: messages full of it go in by every way the command
line has (``add``, imports of our own columns with the requester's columns beside them, of
Zendesk, Freshdesk and Intercom with requester fields, rejected rows, duplicates, a moderator's
edit, ``redact-again`` after older rules, a delete), and then every table, the SQLite file
with its write-ahead log, the exports, the backup and everything printed are searched."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

from openpyxl import load_workbook  # type: ignore[import-untyped, unused-ignore]
from sqlalchemy import Engine, select, update
from typer.testing import CliRunner

from feedback.auth.roles import Actor
from feedback.cli import app
from feedback.collect.edit import delete_quotes, edit_text
from feedback.collect.files import parse_file
from feedback.collect.files.resolve import load_resolver
from feedback.services.import_preview import preview_import
from feedback.store.db import make_engine, transaction
from feedback.store.mappings import Mapping, save_mapping
from feedback.store.migrate import upgrade
from feedback.store.models import AuditEntry, Quote
from tests.collect.bulk_data import add_people
from tests.conftest import TODAY
from tests.customer_data import (
    KLAUS,
    PETRA,
    REQUESTER_COLUMNS,
    REQUESTERS,
    SABINE,
    everything_stored,
    file_bytes,
    found_in,
)

HANDLES = ("anna.meier", "jonas.becker")


def _cli(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["--lang", "en", "--db", f"sqlite:///{db}", *args])
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout + result.stderr


def _store(db: Path) -> Engine:
    engine = make_engine(f"sqlite:///{db}")
    upgrade(engine)
    add_people(engine, HANDLES, team="Technik-Hotline", actor="test")
    with transaction(engine) as session:
        for system, kind, ref, target in (
            ("zendesk", "agent", "3001", 1),
            ("freshdesk", "agent", "61", 2),
            ("intercom", "agent", "814", 1),
        ):
            save_mapping(session, Mapping(system, kind, ref, target), actor="test")
    return engine


def _own_columns(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["ticket_id", "text", "date", "agent", "rating", "scale", *REQUESTER_COLUMNS])
        rows = [
            ("T1", KLAUS.format(agent="Anna"), "anna.meier", "5", REQUESTERS["klaus"]),
            ("T2", PETRA.format(agent="Jonas"), "jonas.becker", "5", REQUESTERS["petra"]),
            ("T3", SABINE.format(agent="Anna"), "anna.meier", "17", REQUESTERS["sabine"]),
            ("T4", KLAUS.format(agent="Anna") + " sehr gut" * 300, "anna.meier", "5", ("", "", "")),
            ("T1", KLAUS.format(agent="Anna"), "anna.meier", "5", REQUESTERS["klaus"]),
            ("T5", SABINE.format(agent="Jonas"), "klaus.schneider", "5", REQUESTERS["sabine"]),
        ]
        for ticket, text, agent, rating, requester in rows:
            out.writerow([ticket, text, "2026-11-20", agent, rating, "5", *requester])


def _helpdesk_files(folder: Path) -> list[Path]:
    email, name, phone = REQUESTERS["klaus"]
    requester = {"name": name, "email": email, "phone": phone}
    zendesk = {
        "satisfaction_ratings": [
            {"id": 9101, "assignee_id": 3001, "requester_id": 5001, "requester": requester,
             "requester_email": email, "score": "good", "comment": SABINE.format(agent="Anna"),
             "created_at": "2026-11-20T09:15:00Z"},
            {"id": 9102, "assignee_id": 3001, "requester_email": email, "score": "weird",
             "comment": PETRA.format(agent="Anna"), "created_at": "2026-11-20T09:15:00Z"},
        ]
    }  # fmt: skip
    freshdesk = [
        {"id": 801, "agent_id": 61, "requester_name": name, "requester_email": email,
         "phone": phone, "feedback": PETRA.format(agent="Jonas"),
         "ratings": {"default_question": 103}, "created_at": "2026-11-17T08:00:00Z"},
    ]  # fmt: skip
    intercom = {
        "type": "conversation.list",
        "conversations": [
            {"type": "conversation", "id": "411001", "created_at": 1763500000,
             "conversation_rating": {"rating": 5, "remark": SABINE.format(agent="Anna"),
                                     "created_at": 1763594000, "contact": {**requester, "id": "c1"},
                                     "teammate": {"type": "admin", "id": "814"}}},
        ],
    }  # fmt: skip
    paths = []
    for name_, content in (("zd.json", zendesk), ("fd.json", freshdesk), ("ic.json", intercom)):
        path = folder / name_
        path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def _as_older_rules_left_it(engine: Engine, quote_id: int) -> None:
    """The quote, its tags and its audit row as they were stored before today's rules: the
    name at the end and an e-mail tag passed (until 2026-12-04 and 2026-12-05)."""
    old = "Frau Meier hat alles geklärt. Danke! Petra Wagner"
    tags = ["klaus.schneider@example.de", "rückruf"]
    with transaction(engine) as session:
        session.execute(update(Quote).where(Quote.id == quote_id).values(text=old, tags=tags))
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == "quote",
                AuditEntry.entity_id == quote_id,
                AuditEntry.action == "create",
            )
        ).one()
        entry.changes = {**entry.changes, "text": old, "tags": tags}


def _xlsx_cells(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return "\n".join(
        str(c) for s in book.worksheets for r in s.iter_rows(values_only=True) for c in r
    )


def test_no_way_in_leaves_a_customers_personal_data_anywhere(tmp_path: Path):
    db = tmp_path / "feedback.db"
    engine = _store(db)
    printed: list[str] = []

    code, out = _cli(db, "add", SABINE.format(agent="Jonas"), "--agent", "jonas.becker",
                     "--tag", "klaus.schneider@example.de", "--tag", "vip")  # fmt: skip
    assert code == 0, out
    printed.append(out)
    for args in (  # a duplicate, too long, an invalid rating, an unknown agent
        ("add", SABINE.format(agent="Jonas"), "--agent", "jonas.becker"),
        ("add", PETRA.format(agent="Anna") + " x" * 2000, "--agent", "anna.meier"),
        ("add", SABINE.format(agent="Anna"), "--agent", "anna.meier", "--rating", "9"),
        ("add", SABINE.format(agent="Anna"), "--agent", "klaus.schneider"),
    ):
        code, out = _cli(db, *args)
        assert code == 1, out
        printed.append(out)
    _own_columns(tmp_path / "own.csv")
    for path in (tmp_path / "own.csv", *_helpdesk_files(tmp_path)):
        code, out = _cli(db, "import", str(path), "--workers", "0")
        assert code in (0, 1), out
        printed.append(out)
    with (tmp_path / "own.csv").open("rb") as own:  # the Import page's dry run
        parsed = parse_file(own, load_resolver(engine), name="own.csv", today=TODAY)
        assert preview_import(engine, Actor.system(), parsed, today=TODAY).present == 4

    with engine.connect() as conn:
        ids = list(conn.scalars(select(Quote.id).order_by(Quote.id)))
    # the first add, our own columns 3 (T1, T2, and T4 with its long rated comment cut),
    # Zendesk 1, Freshdesk 1, Intercom 1
    assert len(ids) == 7, "\n".join(printed)
    assert edit_text(engine, ids[1], SABINE.format(agent="Anna"), actor="lead").changed
    _as_older_rules_left_it(engine, ids[2])
    code, out = _cli(db, "redact-again")
    assert out.startswith("Redacted 1 of 7"), out
    printed.append(out)
    delete_quotes(engine, [ids[3]], actor="lead")

    stored = everything_stored(engine)
    assert found_in(stored) == [], [line for line in stored.splitlines() if found_in(line)]
    assert "klaus.schneider@example.de" not in stored  # not as a tag either
    assert "Frau Meier hat alles geklärt. Danke! P. W." in stored  # the rules ran

    written = []
    for fmt, name in (("csv", "q.csv"), ("csv-excel", "qx.csv"), ("json", "q.json")):
        assert _cli(db, "export", "--format", fmt, "--output", str(tmp_path / name))[0] == 0
        written.append(file_bytes(tmp_path / name))
    assert _cli(db, "export", "--format", "xlsx", "--output", str(tmp_path / "q.xlsx"))[0] == 0
    written.append(_xlsx_cells(tmp_path / "q.xlsx"))
    assert _cli(db, "backup", "--output", str(tmp_path / "b.jsonl.gz"))[0] == 0
    written.append(gzip.decompress((tmp_path / "b.jsonl.gz").read_bytes()).decode())
    assert "Frau Meier hat alles geklärt. Danke! P. W." in written[-1]  # it holds the quotes
    assert "K. S., Kundennummer [REF]" not in written[-1]  # not a text an edit replaced
    assert found_in("\n".join(written)) == []

    # Customers' data the command line prints: only the rejected agent's handle as typed.
    assert found_in("\n".join(printed)) == ["Klaus", "Schneider"]
    assert "“klaus.schneider”" in "\n".join(printed)

    # The file, and the log of writes an open store keeps, hold no older text either.
    assert found_in(file_bytes(db, db.with_name(db.name + "-wal"))) == []
    engine.dispose()

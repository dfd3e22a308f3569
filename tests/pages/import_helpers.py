"""Driving the import page in AppTest: hand it a file, read its counts, run its dry run.

AppTest cannot upload a file: the bytes enter the page through its one door, the session key
``import_upload`` that :func:`feedback.ui.importing.take_upload` fills."""

from __future__ import annotations

import hashlib

from feedback.ui.importing import UPLOAD_KEY
from tests.collect.files.helpers import FIXTURES

PAGE = "pages/import.py"


def upload(at, name: str = "zendesk_ratings.json", data: bytes | None = None) -> None:
    """Hand the page ``data`` (default: the fixture ``name``) as the uploaded file ``name``."""
    data = (FIXTURES / name).read_bytes() if data is None else data
    digest = hashlib.sha256(data).hexdigest()
    at.session_state[UPLOAD_KEY] = {"name": name, "data": data, "digest": digest}
    at.run()


def count_table(at) -> dict[str, int]:
    table = at.dataframe[1].value
    return dict(zip(table.iloc[:, 0], table.iloc[:, 1], strict=True))


def dry_run(at) -> dict[str, int]:
    at.button(key="import_dry_run").click().run()
    assert not at.exception, [e.value for e in at.exception]
    return count_table(at)

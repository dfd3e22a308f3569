"""The server secret that signs sign-in tokens, made once and kept in the store.

Kept in the database, not in a file, so several app servers on one database accept each
other's tokens. Whoever can read the database could forge a token, but could as well change
the accounts themselves.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from feedback.store.db import transaction
from feedback.store.models import Setting

_KEY = "_session_secret"


def session_secret(engine: Engine) -> bytes:
    """The store's token secret (32 random bytes, hex in the settings table)."""
    with Session(engine) as session:
        row = session.get(Setting, _KEY)
        if row is not None:
            return bytes.fromhex(str(row.value))
    try:
        with transaction(engine) as session:
            session.add(Setting(key=_KEY, value=secrets.token_hex(32)))
    except IntegrityError:  # another process made it first: use theirs
        pass
    with Session(engine) as session:
        return bytes.fromhex(str(session.get_one(Setting, _KEY).value))

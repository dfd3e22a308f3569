"""Signing a browser context in without the form: the same signed cookie the app would set.

The sign-in form itself is tested in test_sign_in_flow.py; every other browser test starts
signed in, as the demo account of the role it needs.
"""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import BrowserContext

from feedback.auth import tokens
from feedback.store.db import make_engine
from feedback.store.secret import session_secret
from feedback.ui.auth import COOKIE
from tests.e2e.server import Server


def sign_in_cookie(context: BrowserContext, server: Server, username: str = "demo.admin") -> None:
    """Give ``context`` the sign-in cookie of ``username`` for ``server``."""
    engine = make_engine(server.database_url)
    try:
        secret = session_secret(engine)
    finally:
        engine.dispose()
    token = tokens.issue(secret, username, dt.datetime.now(dt.UTC))
    context.add_cookies([{"name": COOKIE, "value": token, "url": server.base_url}])

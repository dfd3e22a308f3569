"""Signed sign-in tokens, kept in a cookie so a reload or a new tab stays signed in.

A token is ``username|issued|signature``: an HMAC-SHA256 of the first two parts with the
server's secret. It is valid for :data:`TOKEN_LIFETIME` after it was issued, and only while the
account exists and has not been signed out everywhere since (``not_before``).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac

# Why 12 hours: one working day at most; the app renews tokens more often (idle timeout).
TOKEN_LIFETIME = dt.timedelta(hours=12)


def _sign(secret: bytes, payload: str) -> str:
    digest = hmac.new(secret, payload.encode("utf-8"), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")


def issue(secret: bytes, username: str, now: dt.datetime) -> str:
    payload = f"{username}|{int(now.timestamp())}"
    return f"{payload}|{_sign(secret, payload)}"


def verify(
    secret: bytes, token: str, now: dt.datetime, lifetime: dt.timedelta = TOKEN_LIFETIME
) -> str | None:
    """The username of a valid token issued less than ``lifetime`` ago; None for anything else."""
    parts = token.rsplit("|", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None
    username, issued, signature = parts
    if not hmac.compare_digest(signature, _sign(secret, f"{username}|{issued}")):
        return None
    issued_at = dt.datetime.fromtimestamp(int(issued), dt.UTC)
    if issued_at > now + dt.timedelta(minutes=5) or now - issued_at > lifetime:
        return None
    return username

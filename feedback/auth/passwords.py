"""Password hashing with bcrypt: never stored, never logged, compared in constant time."""

from __future__ import annotations

import secrets

import bcrypt

# Why 12 rounds: about 0.25 s per check on this two-core machine, slow for an attacker who
# holds the database, and still quick enough for a person signing in.
_ROUNDS = 12
# bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut.
MAX_PASSWORD_BYTES = 72
MIN_PASSWORD_CHARS = 10


def hash_password(password: str, rounds: int = _ROUNDS) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds)).decode("ascii")


def verify_password(password: str, hashed: str | None) -> bool:
    """Whether ``password`` matches ``hashed``; False for accounts without a password."""
    if not hashed:
        return False
    try:
        return bcrypt.checkpw(password.encode("utf-8"), hashed.encode("ascii"))
    except ValueError:  # a malformed hash, or a password over 72 bytes
        return False


def password_problem(password: str) -> str | None:
    """The i18n key of what is wrong with a new password, or None when it is acceptable."""
    if len(password) < MIN_PASSWORD_CHARS:
        return "auth.password_too_short"
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        return "auth.password_too_long"
    return None


def generate_password() -> str:
    """A random password to hand over once (about 96 bits)."""
    return secrets.token_urlsafe(12)

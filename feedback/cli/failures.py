"""What went wrong outside the app, said in one line in the reader's language.

A store that cannot be opened (a server that is down, a wrong password, a path that is no
SQLite file) and a file that cannot be written (a missing folder, a folder, no permission)
are the user's setup, not a bug: the command line names the cause, never a traceback or the
driver's English text. The causes are told apart by the operating system's error number and
by the texts PostgreSQL's client library gives (it gives no error code for them).
"""

from __future__ import annotations

import errno
import re

from sqlalchemy.engine import make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)

from feedback.i18n import t

# OSError numbers with a reason of their own: key under "cli.os_".
_OS_REASONS = {
    errno.ENOENT: "missing",
    errno.EISDIR: "is_dir",
    errno.ENOTDIR: "not_dir",
    errno.EACCES: "denied",
    errno.EPERM: "denied",
    errno.ENOSPC: "no_space",
    errno.EROFS: "read_only",
    errno.ENAMETOOLONG: "name_too_long",
}

# libpq's texts for a connection that failed, in the order they are checked.
_PG_CAUSES = (
    (re.compile(r'database ".*" does not exist'), "store_no_database"),
    (
        re.compile(r'password authentication failed|role ".*" does not exist|no password'),
        "store_login_refused",
    ),
    (
        re.compile(r"Connection refused|resolve host|timeout expired|No route to host"),
        "store_unreachable",
    ),
)


def os_reason(exc: OSError, lang: str) -> str:
    """Why the system refused a file, in ``lang`` ("there is no such file or folder")."""
    key = _OS_REASONS.get(exc.errno or 0)
    if key is None:
        return t("cli.os_other", lang, number=exc.errno or "?")
    return t(f"cli.os_{key}", lang)


def shown_url(url: str) -> str:
    """``url`` with its password hidden (``***``), as a message may show it."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "?"


def store_failure(exc: Exception, url: str, lang: str) -> str | None:
    """The line that says why the store at ``url`` could not be opened, or ``None`` when
    ``exc`` is no such failure (a bug, which should show as one)."""
    if isinstance(exc, ArgumentError) and not isinstance(exc, NoSuchModuleError):
        return t("cli.store_bad_url", lang)
    if isinstance(exc, (NoSuchModuleError, ModuleNotFoundError)):
        return t("cli.store_unknown_backend", lang, url=shown_url(url))
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database or ""
        if isinstance(exc, OSError):  # its folder could not be created
            return t("cli.store_sqlite_folder", lang, path=path, reason=os_reason(exc, lang))
        if isinstance(exc, DBAPIError) and "file is not a database" in str(exc.orig):
            return t("cli.store_not_sqlite", lang, path=path)
        if isinstance(exc, DBAPIError) and "unable to open" in str(exc.orig):
            return t("cli.store_sqlite_unopenable", lang, path=path)
        if isinstance(exc, DBAPIError) and "readonly database" in str(exc.orig):
            return t("cli.store_sqlite_read_only", lang, path=path)
        if isinstance(exc, OperationalError) and "database is locked" in str(exc.orig):
            return t("cli.store_locked", lang, path=path)
        return None
    if not isinstance(exc, (OperationalError, InterfaceError)):
        return None
    text = str(exc.orig)
    key = next((key for pattern, key in _PG_CAUSES if pattern.search(text)), "store_failed")
    return t(f"cli.{key}", lang, url=shown_url(url))

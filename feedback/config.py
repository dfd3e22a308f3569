"""Runtime configuration from the environment (no Streamlit, no files needed)."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SQLITE_PATH = PROJECT_ROOT / "data" / "feedback.db"
DATABASE_URL_ENV = "FEEDBACK_DATABASE_URL"


def database_url() -> str:
    """The store's URL: ``FEEDBACK_DATABASE_URL`` if set, else the embedded SQLite file."""
    return os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{DEFAULT_SQLITE_PATH}"

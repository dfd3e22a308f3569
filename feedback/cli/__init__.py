"""``python -m feedback``: importing the command modules registers them on the app."""

from feedback.cli import (
    backup_commands,
    evaluate,
    import_commands,
    people_commands,
    privacy_commands,
    quote_commands,
    store_commands,
    user_commands,
)
from feedback.cli.app import app

__all__ = [
    "app",
    "backup_commands",
    "evaluate",
    "import_commands",
    "people_commands",
    "privacy_commands",
    "quote_commands",
    "store_commands",
    "user_commands",
]

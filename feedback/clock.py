"""The contact centre's calendar: its time zone and today's date there. Pure, no I/O.

The teams work in Europe/Berlin. What "today" means for a quote said today, an imported date
"in the future" or a moment with a time zone is Berlin's day, wherever the server's clock is set
(a server on UTC is still on yesterday in Berlin's first hour of a day). Pages show the reader's
own day where the browser tells its zone (``feedback.ui.session.reader_today``), never one
before Berlin's, and this zone's where it does not.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

__all__ = ["LOCAL_ZONE", "LOCAL_ZONE_NAME", "local_today"]

LOCAL_ZONE_NAME = "Europe/Berlin"
LOCAL_ZONE = ZoneInfo(LOCAL_ZONE_NAME)


def local_today() -> dt.date:
    """Today in the contact centre's zone (Europe/Berlin)."""
    return dt.datetime.now(LOCAL_ZONE).date()

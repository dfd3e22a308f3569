"""Domain vocabulary shared by every layer: channels, statuses, sources and the quote draft.

Plain Python, no I/O. The store maps these onto tables; collect validates them; the UI shows them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

# Why 2,000: the longest real thank-you mails we have seen run to about 1,200 characters;
# a wall card or a slide cannot show more, and anything longer is usually a pasted thread.
MAX_QUOTE_CHARS = 2000
# A helpdesk's id of a rating, an agent or a group: the width of the store's columns for them.
MAX_EXTERNAL_ID = 120
# Fewer letters than this is no praise a person hands in ("x", "ok"); "Top!" and "Danke!" are.
# Imported ratings keep their short comments: "ok" with five stars still counts for the CSAT.
MIN_QUOTE_LETTERS = 3
MAX_TAGS = 10
MAX_TAG_CHARS = 40


class Channel(StrEnum):
    CHAT = "chat"
    EMAIL = "email"
    PHONE = "phone"
    SOCIAL = "social"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    REVIEW = "review"
    OTHER = "other"


class Status(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    ARCHIVED = "archived"


class Source(StrEnum):
    MANUAL = "manual"
    IMPORT = "import"


class Language(StrEnum):
    DE = "de"
    EN = "en"
    OTHER = "other"


class UiLanguage(StrEnum):
    """Languages the user interface and its messages exist in."""

    DE = "de"
    EN = "en"


@dataclass(slots=True)
class QuoteDraft:
    """A quote as a person or an importer hands it in, before validation and redaction.

    ``rating`` is on a scale of ``rating_from``..``rating_scale`` (1..5 for stars, 0..10 for the
    Net Promoter Score: ``rating_from`` is 1, or 0 for a scale from 0).
    ``verbatim`` only matters for phone quotes: True = the customer's words, False = paraphrased.
    """

    text: str
    channel: str
    said_on: dt.date
    submitted_by: str
    agent_id: int | None = None
    team_id: int | None = None
    rating: float | None = None
    rating_scale: int | None = None
    rating_from: int = 1
    tags: list[str] = field(default_factory=list)
    source: Source = Source.MANUAL
    source_system: str | None = None
    external_id: str | None = None
    verbatim: bool | None = None
    status: Status | None = None  # None: the pipeline decides (manual quotes wait for moderation)
    # When it was handed in; None: now. Demo data gives the day the customer said it, so that
    # "new today" in moderation means what it says on the day the demo was seeded.
    submitted_at: dt.datetime | None = None
    # An imported row without an id: when it was written, its rating and which of the file's
    # rows like it it is ("2026/11/09 2:03:11 PM|5/5|1"). The pipeline makes its id from this
    # and its words (feedback.collect.fingerprint.content_id), so that two customers' same
    # answer are two quotes and a re-import finds each. None: a person's quote, a helpdesk's
    # rating with its own id, or a row with neither date nor rating (known by its words).
    row_key: str | None = None
    # The helpdesk's agent id as the row wrote it (Zendesk's assignee_id) when no mapping names
    # it: kept with the quote, so that the mapping saved later credits it (None otherwise).
    source_agent_ref: str | None = None

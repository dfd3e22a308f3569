"""Reading import files: CSV, XLSX, JSON and JSON Lines from helpdesks, streamed row by row.

``parse_file(source, resolver, today=...)`` opens a binary file of any supported kind and
encoding, recognises the export format from its columns (``formats.toml``: Zendesk
satisfaction ratings and CSAT survey CSVs, Freshdesk satisfaction ratings, Intercom
conversation ratings, our own columns) and yields one :class:`Row` per data row, in order:
a :class:`~feedback.domain.QuoteDraft` for the pipeline, or the problems that reject it, or
"not rated" (skipped). Nothing is stored here; ``feedback.collect.bulk`` stores the drafts.

The modules, in reading order: :mod:`.text` (encodings), :mod:`.csv_rows`, :mod:`.xlsx_rows`,
:mod:`.json_rows` (readers), :mod:`.sniff` (which reader), :mod:`.values` (dates, numbers),
:mod:`.formats` and :mod:`.ratings` (helpdesk formats), :mod:`.resolve` (agents, teams and
mapped helpdesk ids), :mod:`.drafts` (record -> draft), :mod:`.parse` (all of it, counted).

Status by polarity: positive ratings (and rows without a rating) are ``pending``, offered to
moderation for the wall; neutral and negative ones are ``archived``: stored for trends and
CSAT, never on the wall. See :mod:`.drafts` for rows without a comment and unknown ids.
"""

from feedback.collect.files.drafts import Row
from feedback.collect.files.parse import ParsedFile, Summary, parse_file, parse_table
from feedback.collect.files.ratings import Polarity, Rating
from feedback.collect.files.resolve import Resolver
from feedback.collect.files.table import Record, Table, UnreadableFile

__all__ = [
    "ParsedFile",
    "Polarity",
    "Rating",
    "Record",
    "Resolver",
    "Row",
    "Summary",
    "Table",
    "UnreadableFile",
    "parse_file",
    "parse_table",
]

"""quotes.source_agent_ref: the helpdesk's agent id an imported rating came with

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 09:40:00

A rating whose helpdesk agent id no mapping named was stored credited to its group's team (or
the team the import gave it), and the id was gone with the row: a lead who mapped the id
afterwards could not reach those quotes, and importing the file again found each one
"already present". From now on the import keeps such an id as the row wrote it, and saving a
mapping for it credits the quotes of that system and id that are still credited to no agent
and clears the id (``feedback.store.mappings.credit_quotes``; the audit row keeps it). A row
whose agent id is mapped keeps none: the column holds only ids that wait for a mapping.

Quotes imported before this migration have no id stored (NULL): a mapping cannot find them.

A plain ``ADD COLUMN`` (no table rebuild on SQLite), so the row triggers of migrations 0004
and 0008-0010 stay as they are. The index serves the mapping's lookup by system and id.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("quotes", sa.Column("source_agent_ref", sa.String(length=120), nullable=True))
    op.create_index("ix_quotes_source_agent_ref", "quotes", ["source_system", "source_agent_ref"])


def downgrade() -> None:
    op.drop_index("ix_quotes_source_agent_ref", table_name="quotes")
    # A plain DROP COLUMN (SQLite 3.35+) too: a batch rebuild would lose the row triggers.
    op.drop_column("quotes", "source_agent_ref")

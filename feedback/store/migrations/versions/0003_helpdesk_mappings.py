"""helpdesk_mappings: which agent or team a helpdesk's agent or group id stands for

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-10 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "helpdesk_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("external_id", sa.String(length=120), nullable=False),
        sa.Column("agent_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "(kind = 'agent' AND agent_id IS NOT NULL AND team_id IS NULL)"
            " OR (kind = 'group' AND team_id IS NOT NULL AND agent_id IS NULL)",
            name=op.f("ck_helpdesk_mappings_one_target"),
        ),
        sa.ForeignKeyConstraint(
            ["agent_id"],
            ["agents.id"],
            name=op.f("fk_helpdesk_mappings_agent_id_agents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_helpdesk_mappings_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helpdesk_mappings")),
        sa.UniqueConstraint(
            "system", "kind", "external_id", name=op.f("uq_helpdesk_mappings_external")
        ),
    )
    with op.batch_alter_table("helpdesk_mappings") as batch:
        batch.create_index(batch.f("ix_helpdesk_mappings_agent_id"), ["agent_id"])
        batch.create_index(batch.f("ix_helpdesk_mappings_team_id"), ["team_id"])


def downgrade() -> None:
    op.drop_table("helpdesk_mappings")

"""The durable webhook inbox and the send budget shared by all processes.

Revision ID: 0007_update_inbox
Revises: 0006_plans_and_moments
Create Date: 2026-11-29 09:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0007_update_inbox"
down_revision = "0006_plans_and_moments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "inbound_updates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("update_id", sa.BigInteger(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=True),
        sa.Column("payload", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("received_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("claimed_until", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("done_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("update_id"),
    )
    op.create_index("ix_inbound_updates_user_id", "inbound_updates", ["user_id"])
    op.create_index("ix_inbound_updates_done_at", "inbound_updates", ["done_at"])
    op.create_table(
        "send_budget",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("next_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("not_before", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("send_budget")
    op.drop_index("ix_inbound_updates_done_at", table_name="inbound_updates")
    op.drop_index("ix_inbound_updates_user_id", table_name="inbound_updates")
    op.drop_table("inbound_updates")

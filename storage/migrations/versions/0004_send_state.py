"""Send state on due rows, prompt times on users, and shared app state (the DATA_KEY check, running processes).

Revision ID: 0004_send_state
Revises: 0003_reply_memory
Create Date: 2026-11-29 08:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0004_send_state"
down_revision = "0003_reply_memory"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_state",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    with op.batch_alter_table("due_messages", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("send_started_at", storage.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("unknown_outcomes", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prompt_opened_at", storage.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("last_command_at", storage.models.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("last_command_at")
        batch_op.drop_column("prompt_opened_at")
    with op.batch_alter_table("due_messages", schema=None) as batch_op:
        batch_op.drop_column("unknown_outcomes")
        batch_op.drop_column("send_started_at")
    op.drop_table("app_state")

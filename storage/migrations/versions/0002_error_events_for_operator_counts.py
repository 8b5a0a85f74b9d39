"""Error events, so operators can count errors (type and time only) across processes.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 02:38:25.735037
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "error_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("error_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_error_events_at"), ["at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("error_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_error_events_at"))

    op.drop_table("error_events")

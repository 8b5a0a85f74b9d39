"""The persistent /now button preference, and the pattern a check-in's answer is about.

Revision ID: 0009_now_keyboard
Revises: 0011_share_summary
Create Date: 2026-11-29 11:30:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_now_keyboard"
down_revision = "0011_share_summary"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("now_button", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_column("plan_id")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("now_button")

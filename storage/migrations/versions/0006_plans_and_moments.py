"""If–then plans per pattern, marked moments, held messages, repairs, and the typed prompt for them.

Revision ID: 0006_plans_and_moments
Revises: 0005_safety_plan
Create Date: 2026-11-29 09:40:00
"""

import sqlalchemy as sa
from alembic import op

import storage.crypto
import storage.models

revision = "0006_plans_and_moments"
down_revision = "0005_safety_plan"
branch_labels = None
depends_on = None


def _user_fk() -> sa.Column:
    return sa.Column(
        "user_id", sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "pattern_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("cue", storage.crypto.EncryptedText(), nullable=True),
        sa.Column("old_move", storage.crypto.EncryptedText(), nullable=True),
        sa.Column("secure_alternative", storage.crypto.EncryptedText(), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("retired_at", storage.models.UTCDateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_pattern_plans_user_id", "pattern_plans", ["user_id"])
    op.create_table(
        "pattern_moments",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("plan_id", sa.Integer(), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("marked_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("choice", sa.String(), nullable=True),
    )
    op.create_index("ix_pattern_moments_user_id", "pattern_moments", ["user_id"])
    op.create_table(
        "held_messages",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("moment_id", sa.Integer(), nullable=True),
        sa.Column("text", storage.crypto.EncryptedText(), nullable=False),
        sa.Column("wait_minutes", sa.Integer(), nullable=False),
        sa.Column("held_at", storage.models.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_held_messages_user_id", "held_messages", ["user_id"])
    op.create_table(
        "repairs",
        sa.Column("id", sa.Integer(), primary_key=True),
        _user_fk(),
        sa.Column("after_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("text", storage.crypto.EncryptedText(), nullable=True),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("logged_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("user_id", "after_date", name="uq_repair_user_day"),
    )
    op.create_index("ix_repairs_user_id", "repairs", ["user_id"])
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("practice_prompt", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("practice_prompt")
    op.drop_table("repairs")
    op.drop_table("held_messages")
    op.drop_table("pattern_moments")
    op.drop_table("pattern_plans")

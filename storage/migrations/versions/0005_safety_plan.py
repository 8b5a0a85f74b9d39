"""A personal safety plan (one encrypted row per section, the section waiting for text) text typed outside a question, and what exercise steps take.

Revision ID: 0005_safety_plan
Revises: 0004_send_state
Create Date: 2026-11-29 09:40:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0005_safety_plan"
down_revision = "0004_send_state"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safety_plan_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("section", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("updated_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "section", name="uq_safety_plan_user_section"),
    )
    with op.batch_alter_table("safety_plan_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safety_plan_entries_user_id"), ["user_id"], unique=False)
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan_section", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("pending_text", sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column("pending_at", storage.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("practice_prompt_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("exercise_practices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("written", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exercise_practices", schema=None) as batch_op:
        batch_op.drop_column("written")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("practice_prompt_id")
        batch_op.drop_column("pending_at")
        batch_op.drop_column("pending_text")
        batch_op.drop_column("plan_section")
    with op.batch_alter_table("safety_plan_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_plan_entries_user_id"))
    op.drop_table("safety_plan_entries")

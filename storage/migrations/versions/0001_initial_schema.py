"""Initial schema: users, check-ins, due messages, practices, recaps, ratings, safety flags, story, bids, supports.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 02:31:39.890872
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "users",
        sa.Column("id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("adult_confirmed_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("direction", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("reflection_answers", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("pattern_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("pattern", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("secure_alternative", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("time_zone", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("checkin_time", sa.Time(), nullable=True),
        sa.Column("onboarded_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("partner_feels_unsafe", sa.Boolean(), nullable=True),
        sa.Column("recap_weekday", sa.Integer(), nullable=False),
        sa.Column("recap_time", sa.Time(), nullable=False),
        sa.Column("quiet", sa.Boolean(), nullable=False),
        sa.Column("paused_since", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("paused_until", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("story_prompt_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("changing", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("keep_going_asked_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("keep_going_reset_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("unreachable_since", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "bid_logs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("response", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("logged_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("bid_logs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bid_logs_user_id"), ["user_id"], unique=False)

    op.create_table(
        "capacity_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("capacity", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("week_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("rated_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "capacity", "week_key", name="uq_capacity_user_week"),
    )
    with op.batch_alter_table("capacity_ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_capacity_ratings_user_id"), ["user_id"], unique=False)

    op.create_table(
        "checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("stage", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("activated", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("choice", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("intensity", sa.Integer(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("sent_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answered_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("closes_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "local_date", name="uq_checkin_user_date"),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkins_user_id"), ["user_id"], unique=False)

    op.create_table(
        "due_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("due_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("claimed_until", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "kind", "ref_id", name="uq_due_user_kind_ref"),
    )
    with op.batch_alter_table("due_messages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_due_messages_due_at"), ["due_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_due_messages_user_id"), ["user_id"], unique=False)

    op.create_table(
        "exercise_practices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("exercise_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("step_index", sa.Integer(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("offered_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("started_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("completed_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("feeling", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("feeling_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("exercise_practices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercise_practices_user_id"), ["user_id"], unique=False)

    op.create_table(
        "safety_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("categories", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("raised_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("pause_until", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("cleared_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("safety_flags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_safety_flags_user_id"), ["user_id"], unique=False)

    op.create_table(
        "story_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("prompt_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("written_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("story_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_entries_user_id"), ["user_id"], unique=False)

    op.create_table(
        "support_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("week_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("who", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("rated_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "week_key", name="uq_support_user_week"),
    )
    with op.batch_alter_table("support_ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_support_ratings_user_id"), ["user_id"], unique=False)

    op.create_table(
        "weekly_recaps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("week_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("recap_date", sa.Date(), nullable=False),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("message_id", sa.Integer(), nullable=True),
        sa.Column("sent_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "week_key", name="uq_recap_user_week"),
    )
    with op.batch_alter_table("weekly_recaps", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_weekly_recaps_user_id"), ["user_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("weekly_recaps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_weekly_recaps_user_id"))

    op.drop_table("weekly_recaps")
    with op.batch_alter_table("support_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_support_ratings_user_id"))

    op.drop_table("support_ratings")
    with op.batch_alter_table("story_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_entries_user_id"))

    op.drop_table("story_entries")
    with op.batch_alter_table("safety_flags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_safety_flags_user_id"))

    op.drop_table("safety_flags")
    with op.batch_alter_table("exercise_practices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exercise_practices_user_id"))

    op.drop_table("exercise_practices")
    with op.batch_alter_table("due_messages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_due_messages_user_id"))
        batch_op.drop_index(batch_op.f("ix_due_messages_due_at"))

    op.drop_table("due_messages")
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkins_user_id"))

    op.drop_table("checkins")
    with op.batch_alter_table("capacity_ratings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_capacity_ratings_user_id"))

    op.drop_table("capacity_ratings")
    with op.batch_alter_table("bid_logs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bid_logs_user_id"))

    op.drop_table("bid_logs")
    op.drop_table("users")

"""An opt-in partner link: single-use invites (stored hashed), the link, bids, cards and the weekly exchange.

Revision ID: 0010_partner_link
Revises: 0009_now_keyboard
Create Date: 2026-11-29 11:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.crypto
import storage.models

revision = "0010_partner_link"
down_revision = "0009_now_keyboard"
branch_labels = None
depends_on = None


def _utc(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, storage.models.UTCDateTime(timezone=True), nullable=nullable)


def _user(name: str = "user_id", nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=nullable)


def _link() -> sa.Column:
    return sa.Column(
        "link_id", sa.Integer(), sa.ForeignKey("partner_links.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "partner_invites",
        sa.Column("id", sa.Integer(), nullable=False),
        _user(),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        _utc("created_at", False),
        _utc("expires_at", False),
        _utc("used_at"),
        _user("claimed_by", nullable=True),
        _utc("accepted_at"),
        _utc("declined_at"),
        _utc("revoked_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_index("ix_partner_invites_user_id", "partner_invites", ["user_id"])
    op.create_index("ix_partner_invites_claimed_by", "partner_invites", ["claimed_by"])
    op.create_table(
        "partner_links",
        sa.Column("id", sa.Integer(), nullable=False),
        _user("inviter_id"),
        _user("invitee_id"),
        _utc("created_at", False),
        _utc("suspended_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("inviter_id"),
        sa.UniqueConstraint("invitee_id"),
    )
    op.create_table(
        "partner_bids",
        sa.Column("id", sa.Integer(), nullable=False),
        _link(),
        _user(),
        sa.Column("text", storage.crypto.EncryptedText(), nullable=False),
        _utc("sent_at", False),
        sa.Column("answer", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        _utc("answered_at"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_partner_bids_link_id", "partner_bids", ["link_id"])
    op.create_index("ix_partner_bids_user_id", "partner_bids", ["user_id"])
    op.create_table(
        "partner_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        _link(),
        _user(),
        sa.Column("text", storage.crypto.EncryptedText(), nullable=False),
        _utc("updated_at", False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("link_id", "user_id", name="uq_partner_card_author"),
    )
    op.create_index("ix_partner_cards_link_id", "partner_cards", ["link_id"])
    op.create_index("ix_partner_cards_user_id", "partner_cards", ["user_id"])
    op.create_table(
        "partner_exchanges",
        sa.Column("id", sa.Integer(), nullable=False),
        _link(),
        sa.Column("week_key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("question_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        _utc("created_at", False),
        _utc("expires_at", False),
        _utc("revealed_at"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("link_id", "week_key", name="uq_partner_exchange_week"),
    )
    op.create_index("ix_partner_exchanges_link_id", "partner_exchanges", ["link_id"])
    op.create_table(
        "partner_exchange_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "exchange_id",
            sa.Integer(),
            sa.ForeignKey("partner_exchanges.id", ondelete="CASCADE"),
            nullable=False,
        ),
        _user(),
        sa.Column("text", storage.crypto.EncryptedText(), nullable=False),
        _utc("answered_at", False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("exchange_id", "user_id", name="uq_partner_answer_author"),
    )
    op.create_index("ix_partner_exchange_answers_exchange_id", "partner_exchange_answers", ["exchange_id"])
    op.create_index("ix_partner_exchange_answers_user_id", "partner_exchange_answers", ["user_id"])


def downgrade() -> None:
    op.drop_table("partner_exchange_answers")
    op.drop_table("partner_exchanges")
    op.drop_table("partner_cards")
    op.drop_table("partner_bids")
    op.drop_table("partner_links")
    op.drop_table("partner_invites")

"""The name a user typed for their /share summary (encrypted like every free text).

Revision ID: 0011_share_summary
Revises: 0007_update_inbox
Create Date: 2026-11-29 11:40:00
"""

import sqlalchemy as sa
from alembic import op

import storage.crypto

revision = "0011_share_summary"
down_revision = "0007_update_inbox"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("share_name", storage.crypto.EncryptedText(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("share_name")

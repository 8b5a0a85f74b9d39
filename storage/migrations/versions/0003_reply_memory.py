"""Reply memory: each check-in keeps the ids of the closing replies it got, so replies vary over a week.

Revision ID: 0003_reply_memory
Revises: 0002
Create Date: 2026-11-29 08:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0003_reply_memory"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reply_ids", sqlmodel.sql.sqltypes.AutoString(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.drop_column("reply_ids")

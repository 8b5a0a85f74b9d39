"""A journal of the Bot API calls made for each inbox update; send slots granted by the database itself.

Revision ID: 0013_inbox_lease
Revises: 0010_partner_link
Create Date: 2026-11-29 11:30:00
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.crypto
import storage.models

revision = "0013_inbox_lease"
down_revision = "0010_partner_link"
branch_labels = None
depends_on = None

# On PostgreSQL the database grants each send slot at its due instant, from its own clock: a caller
# waits inside the database (holding no lock) for up to `longest_wait` seconds, trying for each slot
# as it falls due, and is answered the moment one is its. A slot is so taken by whichever process
# is already waiting, and a busy bot process slow to ask again does not shift the schedule. A slot
# is taken only when no 429 hold is on; a row lock orders grants and holds.
GRANT_FUNCTION = """
CREATE OR REPLACE FUNCTION grant_send_slot(span float8, late float8, block integer, longest_wait float8)
RETURNS TABLE (slot_granted bigint, wait_seconds float8) LANGUAGE plpgsql AS $$
DECLARE
    asked timestamptz := clock_timestamp();
    due timestamptz;
    taken bigint;
BEGIN
    -- A grant is soft state: one lost in a crash only lets a slot be granted again. Not waiting for
    -- the WAL flush at commit releases the row at once; under a busy database's flushes the row lock
    -- would otherwise be held for each flush, and the flushes, not the schedule, would set the rate.
    PERFORM set_config('synchronous_commit', 'off', true);
    INSERT INTO send_budget (id, next_at, not_before, granted)
    VALUES (1, clock_timestamp(), NULL, 0) ON CONFLICT (id) DO NOTHING;
    LOOP
        SELECT GREATEST(b.next_at, COALESCE(b.not_before, b.next_at)) INTO due
        FROM send_budget b WHERE b.id = 1;
        IF due > asked + make_interval(secs => longest_wait) THEN
            RETURN QUERY SELECT NULL::bigint, GREATEST(0, EXTRACT(EPOCH FROM due - clock_timestamp()))::float8;
            RETURN;
        END IF;
        IF due > clock_timestamp() THEN
            PERFORM pg_sleep(EXTRACT(EPOCH FROM due - clock_timestamp()));
        END IF;
        UPDATE send_budget b
        SET next_at = GREATEST(b.next_at, clock_timestamp() - make_interval(secs => late))
                + make_interval(secs => span),
            granted = b.granted + block
        WHERE b.id = 1 AND b.next_at <= clock_timestamp()
            AND (b.not_before IS NULL OR b.not_before <= clock_timestamp())
        RETURNING b.granted INTO taken;
        IF taken IS NOT NULL THEN
            RETURN QUERY SELECT taken, 0::float8;
            RETURN;
        END IF;
        -- Another caller took this slot: wait for the next one here rather than go back and ask.
    END LOOP;
END
$$
"""


def upgrade() -> None:
    op.create_table(
        "update_sends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("update_id", sa.BigInteger(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("method", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("result", storage.crypto.EncryptedText(), nullable=True),
        sa.Column("started_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("done_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("update_id", "seq"),
    )
    with op.batch_alter_table("send_budget") as batch:
        batch.add_column(sa.Column("granted", sa.BigInteger(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("held_after", sa.BigInteger(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.execute(GRANT_FUNCTION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS grant_send_slot(float8, float8, integer, float8)")
    with op.batch_alter_table("send_budget") as batch:
        batch.drop_column("held_after")
        batch.drop_column("granted")
    op.drop_table("update_sends")

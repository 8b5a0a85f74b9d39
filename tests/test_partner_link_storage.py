"""Partner-link storage on real databases: the invite is claimed once, even by processes racing for it."""

import asyncio
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.practice.partner_link import INVITE_LIFETIME, token_hash
from storage import repo
from storage.models import User

PROJECT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
INVITER = 1
OPENERS = (2, 3, 4, 5)

# One process opening the invite: connect, say ready, wait for "go" on stdin, claim, print the result.
CLAIMER = """
import asyncio, sys
from datetime import datetime
from storage.db import create_engine, create_session_factory
from storage import repo

async def main(url, token_hash, user_id, now):
    engine = create_engine(url)
    sessions = create_session_factory(engine)
    async with sessions() as session:
        await repo.get_user(session, user_id=user_id)  # connected before the start line
        print("ready", flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        won = await repo.claim_invite(session, token_hash=token_hash, user_id=user_id, now=now)
    await engine.dispose()
    print("won" if won else "lost", flush=True)

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), datetime.fromisoformat(sys.argv[4])))
"""


async def seed(session_factory, *user_ids: int) -> None:
    async with session_factory() as session:
        for user_id in user_ids:
            session.add(User(id=user_id, created_at=NOW))
        await session.commit()


async def new_invite(session_factory, token: str = "t" * 32):
    async with session_factory() as session:
        return await repo.create_invite(
            session, user_id=INVITER, token_hash=token_hash(token), now=NOW, expires_at=NOW + INVITE_LIFETIME
        )


async def test_processes_racing_for_one_invite_claim_it_exactly_once(session_factory, database_url):
    """Four processes open the same invite at the same moment: exactly one claim wins."""
    await seed(session_factory, INVITER, *OPENERS)
    await new_invite(session_factory)
    env = {**os.environ, "PYTHONPATH": str(PROJECT)}
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            CLAIMER,
            database_url,
            token_hash("t" * 32),
            str(user_id),
            NOW.isoformat(),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            env=env,
            cwd=PROJECT,
        )
        for user_id in OPENERS
    ]
    for process in processes:
        assert (await process.stdout.readline()).strip() == b"ready"
    for process in processes:
        process.stdin.write(b"go\n")
        await process.stdin.drain()
    results = [(await process.communicate())[0].decode().split() for process in processes]
    assert sorted(result[-1] for result in results) == ["lost", "lost", "lost", "won"]


async def test_a_claim_after_the_week_or_by_the_inviter_fails(session_factory):
    """The conditional claim refuses an expired invite and the inviter's own."""
    await seed(session_factory, INVITER, 2)
    await new_invite(session_factory)
    async with session_factory() as session:
        assert not await repo.claim_invite(session, token_hash=token_hash("t" * 32), user_id=INVITER, now=NOW)
        late = NOW + INVITE_LIFETIME
        assert not await repo.claim_invite(session, token_hash=token_hash("t" * 32), user_id=2, now=late)


async def test_a_new_invite_cancels_the_unused_one(session_factory):
    """Making a new invite revokes the user's earlier unopened one."""
    await seed(session_factory, INVITER, 2)
    first = await new_invite(session_factory, "a" * 32)
    await new_invite(session_factory, "b" * 32)
    async with session_factory() as session:
        assert (await repo.get_invite(session, invite_id=first.id)).revoked_at is not None
        assert not await repo.claim_invite(session, token_hash=token_hash("a" * 32), user_id=2, now=NOW)


async def test_a_second_link_for_a_linked_person_is_refused(session_factory):
    """Accepting an invite from someone already linked makes no second link."""
    await seed(session_factory, INVITER, 2, 3)
    async with session_factory() as session:
        first = await repo.create_invite(
            session,
            user_id=INVITER,
            token_hash=token_hash("a" * 32),
            now=NOW,
            expires_at=NOW + timedelta(days=7),
        )
        await repo.claim_invite(session, token_hash=first.token_hash, user_id=2, now=NOW)
        assert await repo.accept_invite(session, invite_id=first.id, user_id=2, now=NOW) is not None
        second = await repo.create_invite(
            session, user_id=3, token_hash=token_hash("b" * 32), now=NOW, expires_at=NOW + timedelta(days=7)
        )
        await repo.claim_invite(session, token_hash=second.token_hash, user_id=2, now=NOW)
        assert await repo.accept_invite(session, invite_id=second.id, user_id=2, now=NOW) is None


async def test_a_screened_signal_suspends_the_writers_link(session_factory):
    """mark_partner_unsafe with the time suspends the user's link in the same write."""
    await seed(session_factory, INVITER, 2)
    invite = await new_invite(session_factory)
    async with session_factory() as session:
        await repo.claim_invite(session, token_hash=invite.token_hash, user_id=2, now=NOW)
        link = await repo.accept_invite(session, invite_id=invite.id, user_id=2, now=NOW)
        await repo.mark_partner_unsafe(session, user_id=2, now=NOW)
        assert (await repo.link_of(session, user_id=INVITER)).suspended_at == NOW
        assert link.id == (await repo.link_of(session, user_id=2)).id

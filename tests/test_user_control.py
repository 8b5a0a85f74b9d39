"""End to end over HTTP: /privacy, /export, /delete (nothing left behind), /pause and /resume."""

import csv
import io
import json
import re
import zipfile
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlmodel import SQLModel

from storage import repo
from storage.models import CheckIn
from tests.conftest import OTHER_USER, USER, onboard

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def add_year_of_checkins(h, user_id=USER):
    async with h.services.sessions() as session:
        for offset in range(365):
            session.add(
                CheckIn(
                    user_id=user_id,
                    local_date=date(2026, 11, 22) - timedelta(days=offset),
                    stage="done",
                    activated="yes",
                    choice=("secure", "old", "both")[offset % 3],
                    note=f"note {offset} <with> & symbols",
                    created_at=h.clock.now(),
                    closes_at=h.clock.now(),
                )
            )
        await session.commit()


async def rows_mentioning(h, user_id: int) -> dict[str, int]:
    """Rows per table that belong to the user (by users.id or a user_id column)."""
    counts = {}
    async with h.services.sessions() as session:
        for table in SQLModel.metadata.sorted_tables:
            column = (
                table.c.get("user_id")
                if "user_id" in table.c
                else (table.c.id if table.name == "users" else None)
            )
            if column is None:
                continue
            counts[table.name] = (
                await session.exec(select(func.count()).select_from(table).where(column == user_id))
            ).one()[0]
    return counts


async def test_privacy_explains_in_plain_words(harness):
    """/privacy says what is stored, why, where, how long, who sees it, and how to export or delete."""
    await harness.command(USER, "/privacy")
    text = harness.texts(USER)[-1]
    for part in ("What I keep", "Why", "Where", "Who can see it", "How long", "/export", "/delete"):
        assert part in text


async def test_export_sends_json_and_csv_with_a_year_of_history(harness):
    """/export sends one JSON document with every table and CSVs; a year of notes fits easily."""
    await onboard(harness)
    await add_year_of_checkins(harness)
    await harness.command(USER, "/exercise")
    await harness.command(USER, "/export")
    documents = harness.fake.calls_to("sendDocument")
    assert [call.ok for call in documents] == [True] * 3
    exported = json.loads(next(iter(documents[0].files.values())))
    assert exported["users"][0]["pattern"].startswith("Checking my phone")
    assert len(exported["checkins"]) == 365 and exported["checkins"][0]["note"].endswith("<with> & symbols")
    assert len(exported["exercise_practices"]) == 1
    assert len(next(iter(documents[0].files.values()))) < 50 * 1024 * 1024
    readable = next(iter(documents[1].files.values())).decode()
    assert readable.count("note: “note ") == 365
    with zipfile.ZipFile(io.BytesIO(next(iter(documents[2].files.values())))) as archive:
        rows = list(csv.DictReader(io.StringIO(archive.read("check-ins.csv").decode())))
    assert len(rows) == 365 and "note" in rows[0]


async def test_export_is_readable_local_and_complete(harness):
    """The readable file names practices by title, answers in words, times in the user's zone with the
    offset, and holds bids and story; the CSV archive has every table; no code or column name shows."""
    await onboard(harness, place="New York")
    harness.clock.set(DUE + timedelta(hours=6))  # 21:00 in New York, Monday 23 November
    assert (await harness.tick())["sent"] == 1
    await harness.tap(USER, "Yes")
    await harness.tap(USER, "The old pattern")
    await harness.tap(USER, "3")
    await harness.say(USER, "Waited & breathed")
    await harness.tap(USER, "Try a short practice")
    await harness.command(USER, "/bid")
    await harness.tap(USER, "Turned toward")
    await harness.tap(USER, "Partner")
    await harness.command(USER, "/story")
    await harness.tap(USER, "Continue my story")
    await harness.say(USER, "My grandmother always came")
    await harness.command(USER, "/export")
    documents = harness.fake.calls_to("sendDocument")
    readable = next(iter(documents[1].files.values())).decode()
    for expected in (
        "Time zone: New York (UTC\u22125)",
        "**Mon 23 Nov 2026** · pattern activated: yes · you chose: the old pattern · pull 3/5",
        "note: “Waited & breathed” · answered Mon 23 Nov 2026, 21:00 (UTC\u22125)",
        "## Bids for connection (1)",
        "turned toward · with your partner",
        "My grandmother always came",
        "When you were upset or scared",
    ):
        assert expected in readable, expected
    title = next(e.title for e in harness.services.content.exercises if e.title in readable)
    assert title
    for internal in ("America/New_York", "exercise_id", "local_date", "message_id", "+00:00", "T21:00"):
        assert internal not in readable, internal
    assert not re.search(r"\b[ABC]\d{2}\b", readable)
    exported = json.loads(next(iter(documents[0].files.values())))
    assert exported["checkins"][0]["answered_at"].endswith("-05:00")
    with zipfile.ZipFile(io.BytesIO(next(iter(documents[2].files.values())))) as archive:
        names = set(archive.namelist())
        bids = list(csv.DictReader(io.StringIO(archive.read("bids.csv").decode())))
    assert names >= {
        "profile.csv",
        "check-ins.csv",
        "practices.csv",
        "weekly-recaps.csv",
        "weekly-ratings.csv",
        "bids.csv",
        "steady-people.csv",
        "story.csv",
        "safety-pauses.csv",
        "scheduled.csv",
    }
    assert bids[0]["response"] == "toward" and bids[0]["logged_at"].endswith("-05:00")


async def test_export_holds_nothing_of_another_user(harness):
    """A user's export never includes another user's rows."""
    await onboard(harness, USER)
    await onboard(harness, OTHER_USER)
    await add_year_of_checkins(harness, OTHER_USER)
    await harness.command(USER, "/export")
    exported = json.loads(next(iter(harness.fake.calls_to("sendDocument")[0].files.values())))
    assert exported["checkins"] == [] and [u["id"] for u in exported["users"]] == [USER]


async def test_delete_needs_two_confirmations_and_leaves_no_row(harness):
    """/delete asks twice, then no row about the user remains in any table; /start begins fresh."""
    await onboard(harness)
    await onboard(harness, OTHER_USER)
    await add_year_of_checkins(harness)
    await harness.command(USER, "/exercise")
    await harness.command(USER, "/recap")
    await harness.tap(USER, "4")
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    assert any((await rows_mentioning(harness, USER)).values())  # not yet
    await harness.tap(USER, "Delete everything now")
    assert not any((await rows_mentioning(harness, USER)).values())
    assert any((await rows_mentioning(harness, OTHER_USER)).values())
    assert "Everything I held about you is gone" in harness.last_message(USER).text
    await harness.command(USER, "/start")
    assert "Are you 18 or older?" in harness.texts(USER)[-1]


async def test_delete_can_be_cancelled(harness):
    """ "No, keep my data" keeps everything."""
    await onboard(harness)
    await harness.command(USER, "/delete")
    await harness.tap(USER, "No, keep my data")
    async with harness.services.sessions() as session:
        assert await repo.get_user(session, user_id=USER) is not None


async def test_pause_holds_check_ins_and_resume_schedules_without_backlog(harness):
    """Paused for 3 days, no check-in is sent; /resume schedules just the next one."""
    await onboard(harness)
    await harness.command(USER, "/pause")
    await harness.tap(USER, "3 days")
    assert "Paused until" in harness.last_message(USER).text
    for day in range(2):
        harness.clock.set(DUE + timedelta(days=day))
        assert (await harness.tick())["held"] == 1
    harness.clock.set(DUE + timedelta(days=2, hours=1))
    await harness.command(USER, "/resume")
    assert "Your next check-in: tomorrow at 21:00" in harness.texts(USER)[-1]  # 22:00 Berlin now
    sent = [t for t in harness.texts(USER) if "Did your pattern activate today?" in t]
    assert sent == []
    harness.clock.set(DUE + timedelta(days=2, hours=1, minutes=5))
    assert not await harness.tick()


async def test_pause_ends_by_itself(harness):
    """A 3-day pause ends on its own: the check-in after it is sent."""
    await onboard(harness)
    await harness.command(USER, "/pause")
    await harness.tap(USER, "3 days")
    outcomes = []
    for day in range(4):
        harness.clock.set(DUE + timedelta(days=day))
        outcomes.append(await harness.tick())
    assert outcomes == [{"held": 1}, {"held": 1}, {"held": 1}, {"sent": 1}]


async def test_delete_says_what_it_erases_and_what_stays_on_the_phone(harness):
    """/delete names everything it erases, says the chat stays on the phone, and gives the steps to delete it."""
    await onboard(harness)
    await harness.command(USER, "/delete")
    question = harness.texts(USER)[-1]
    for part in ("everything this bot stores", "safety plan", "story", "can't reach", "iPhone", "Android"):
        assert part in question
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    done = harness.last_message(USER).text
    assert "Everything I held about you is gone" in done and "Delete chat" in done


async def test_privacy_says_the_chat_stays_and_is_not_end_to_end_encrypted(harness):
    """/privacy says what /delete cannot reach, how to delete the chat, and that bot chats are not end-to-end encrypted."""
    await harness.command(USER, "/privacy")
    text = harness.texts(USER)[-1]
    assert "not end-to-end encrypted" in text and "can't reach" in text and "Delete chat" in text


async def test_privacy_describes_quiet_mode_for_a_shared_phone(harness):
    """/privacy points to Quiet mode, says what a notification then shows, and that the chat itself stays readable."""
    await harness.command(USER, "/privacy")
    text = harness.texts(USER)[-1]
    assert "Quiet mode" in text and "A quick note for you" in text and "can't hide the chat itself" in text

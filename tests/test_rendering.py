"""Every message the bot can send fits Telegram's limits and shows no internal name (zone id, exercise code, column)."""

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from bot.content.exercises import load_exercises
from bot.practice import checkin as checkin_rules
from bot.practice import exercise_card as card
from bot.practice import recap as recap_rules
from bot.practice.replies import REPLIES, RecentDay, choose_reply
from storage.models import CheckIn
from tests.conftest import USER, onboard

TEXT_LIMIT, CAPTION_LIMIT, CALLBACK_ANSWER_LIMIT = 4096, 1024, 200
# Names the person never chose and would not recognise.
INTERNAL_NAMES = {
    "a time-zone id": re.compile(
        r"\b(?:Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/\w+"
    ),
    "an exercise code": re.compile(r"\b[ABC]\d{2}\b"),
    "a column or internal name": re.compile(r"\b[a-z]+_[a-z_]+\b"),
    "a week key": re.compile(r"\b\d{4}-W\d{2}\b"),
    "a Python value": re.compile(r"\b(?:None|True|False)\b|\{[a-z_]+\}"),
}
LONG_PATTERN = "Checking my phone again and again when my partner is out & I feel <tense> " * 4


def assert_readable(text: str, limit: int = TEXT_LIMIT) -> None:
    """Within `limit` characters, and none of the internal names above."""
    assert len(text) <= limit, (len(text), text[:200])
    for what, pattern in INTERNAL_NAMES.items():
        found = pattern.search(text)
        assert found is None, f"{what} {found.group(0)!r} in: {text[:300]}"


def test_the_scan_catches_each_kind_of_internal_name():
    """Each internal-name pattern fires on an example, so the tests below can fail."""
    for sample in ("America/New_York", "Try A07", "local_date", "2026-W47", "None", "{nth}"):
        with pytest.raises(AssertionError):
            assert_readable(sample)
    with pytest.raises(AssertionError):
        assert_readable("x" * (TEXT_LIMIT + 1))


# --- Pure: every text the rules can produce ----------------------------------------------------------


@pytest.mark.parametrize("exercise", load_exercises(), ids=lambda exercise: exercise.id)
def test_every_exercise_screen_is_readable(exercise):
    """Offer card, every step, timer, done, each feeling and its reply: within limits, no code shown."""
    texts = [
        card.card_text(exercise.title, exercise.minutes, exercise.steps[0], exercise.why, exercise.caution),
        *(
            card.step_text(exercise.title, exercise.steps, i, exercise.caution)
            for i in range(len(exercise.steps))
        ),
        card.done_text(exercise.title),
        *(card.felt_text(exercise.title, feeling) for feeling in card.FEELING_LABELS),
        *(card.feeling_reply(feeling) for feeling in card.FEELING_LABELS),
    ]
    if exercise.timer_minutes:
        texts.append(card.timer_text(exercise.title, exercise.timer_minutes))
    for text in texts:
        assert_readable(text)


def test_every_check_in_screen_is_readable():
    """Each step of the check-in, finished and closed, with a long pattern and note."""
    states = [
        checkin_rules.CheckInState(),
        checkin_rules.CheckInState(stage="choice", activated="yes"),
        checkin_rules.CheckInState(stage="intensity", activated="yes", choice="old"),
        checkin_rules.CheckInState(stage="note", activated="unsure"),
        checkin_rules.CheckInState(
            stage="done", activated="yes", choice="both", intensity=5, note="n & <b>" * 60
        ),
    ]
    for state in states:
        assert_readable(checkin_rules.checkin_text(state, date(2026, 11, 23), pattern=LONG_PATTERN))
        assert_readable(checkin_rules.closed_text(state, date(2026, 11, 23)))


def test_every_reply_is_readable_in_every_situation():
    """Every closing reply, with runs of 2 to 9 hard days and comebacks one to six days on."""
    today = date(2026, 11, 23)
    assert all(len(texts) >= 5 for texts in REPLIES.values())
    for outcome in ("secure", "both", "old", "no", "unsure"):
        for back in range(0, 9):
            recent = [RecentDay(today - timedelta(days=d), "old") for d in range(1, back + 1)]
            for seed in range(9):
                reply = choose_reply(outcome, local_date=today, recent=recent, seed=seed)
                assert_readable(reply.text)


@pytest.mark.parametrize("direction", ["anxious", "avoidant", "both", None])
def test_every_recap_shape_is_readable(direction):
    """Calm, steady, mixed, hard and empty weeks, first and later: the short recap and More, within limits."""
    start = date(2026, 11, 16)
    shapes = ["sssssss", "sbsnsns", "ososnbs", "ooooosn", "nnnnnnn", "", "o", "uuuuuuu"]
    codes = {
        "s": ("yes", "secure"),
        "b": ("yes", "both"),
        "o": ("yes", "old"),
        "n": ("no", None),
        "u": ("unsure", None),
    }
    for shape in shapes:
        days = [
            recap_rules.DayRecord(start + timedelta(days=i), *codes[code], 3) for i, code in enumerate(shape)
        ] + [recap_rules.DayRecord(start - timedelta(days=i + 1), "yes", "secure", 2) for i in range(10)]
        for first in (True, False):
            week = recap_rules.summarize_week(days, [], week_start=start, week_end=start + timedelta(days=6))
            previous = recap_rules.summarize_week(
                days, [], week_start=start - timedelta(days=7), week_end=start - timedelta(days=1)
            )
            recap = recap_rules.compose_recap(
                current=week,
                previous=None if first else previous,
                recent_weeks=[week] if first else [previous, week],
                score_now=55.0,
                score_before=None if first else 50.0,
                score_points=[40.0, 50.0, 55.0],
                pattern=LONG_PATTERN,
                secure_alternative=LONG_PATTERN,
                direction=direction,
                first_recap=first,
            )
            main = recap_rules.recap_text(recap.main)
            assert_readable(main)
            assert recap_rules.visible_length(main) < recap_rules.MAIN_MAX_CHARS
            assert_readable(recap_rules.recap_text(recap.details))
    assert_readable(recap_rules.WELCOME_INSTEAD_OF_RECAP)
    assert_readable(recap_rules.progress_line([40.0, 42.5, 50.0]))


# --- End to end: everything the bot sent on a long walk through its features -------------------------


async def tap_if_there(h, label: str) -> bool:
    """Tap the newest button with this label if the chat has one (some offers vary)."""
    try:
        h.find_button(USER, label)
    except AssertionError:
        return False
    await h.tap(USER, label)
    return True


async def walk_an_exercise(h) -> None:
    """Start the offered practice and go through its steps to the end, then say how it felt."""
    if not await tap_if_there(h, "Start"):
        return
    for _ in range(8):
        if not await tap_if_there(h, "Next"):
            break
    if not await tap_if_there(h, "Done"):
        for minutes in (5, 15, 20, 30):
            if await tap_if_there(h, f"Start the {minutes}-minute timer"):
                h.clock.advance(minutes=minutes)
                await h.tick()
                break
    await tap_if_there(h, "Calmer")


async def test_everything_sent_on_a_long_walk_is_readable(harness):
    """A New York user's month (check-ins, practices, recaps, settings, Tokyo, bids, story, privacy):
    every text, caption and callback answer stays within Telegram's limits and shows no internal name."""
    h = harness
    h.clock.set(datetime(2026, 11, 1, 14, 0, tzinfo=UTC))  # Sunday 09:00 in New York
    await onboard(h, place="New York")
    for command in ("/help", "/privacy", "/sos", "/settings", "/progress", "/recap"):
        await h.command(USER, command)
    evening = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # 21:00 New York, Sunday 1 November
    choices = [
        "The old pattern",
        "The old pattern",
        "The secure response",
        "Some of both",
        None,
        "The old pattern",
    ]
    for day in range(16):
        h.clock.set(evening + timedelta(days=day) - timedelta(hours=2))
        await h.tick()  # the Sunday recap, when it is due
        await tap_if_there(h, "More")
        h.clock.set(evening + timedelta(days=day))
        if not (await h.tick())["sent"]:
            continue
        choice = choices[day % len(choices)]
        await h.tap(USER, "Yes" if choice else "No")
        if choice:
            await h.tap(USER, choice)
            await h.tap(USER, str(1 + day % 5))
        await h.say(USER, f"A note on day {day}")
        for offer in ("Calm your body first", "Try a short practice", "Notice what helped (1 min)"):
            if await tap_if_there(h, offer):
                await walk_an_exercise(h)
                break
    await h.command(USER, "/exercise")
    await tap_if_there(h, "Another one")
    await tap_if_there(h, "A bigger step")
    await walk_an_exercise(h)
    await h.command(USER, "/bid")
    await h.tap(USER, "Turned toward")
    await h.tap(USER, "Partner")
    await h.command(USER, "/story")
    await tap_if_there(h, "Continue my story")
    await h.say(USER, "A memory of a steady grandmother")
    await h.command(USER, "/settings")
    await h.tap(USER, "Time zone")
    await h.say(USER, "Tokyo")
    await h.command(USER, "/settings")
    await h.command(USER, "/recap")
    await tap_if_there(h, "More")
    for _ in range(3):
        await tap_if_there(h, "4")
    await tap_if_there(h, "Friend")
    await h.command(USER, "/progress")
    await h.command(USER, "/pause")
    await h.command(USER, "/resume")
    await h.command(USER, "/export")
    await h.command(USER, "/delete")
    await tap_if_there(h, "Yes, continue")

    checked = 0
    for call in h.fake.calls:
        if not call.ok:
            continue
        if call.method in ("sendMessage", "editMessageText", "sendMessageDraft"):
            assert_readable(call.params["text"])
            checked += 1
        elif call.method in ("sendPhoto", "sendDocument") and call.params.get("caption"):
            assert_readable(call.params["caption"], CAPTION_LIMIT)
            checked += 1
        elif call.method == "answerCallbackQuery" and call.params.get("text"):
            assert_readable(call.params["text"], CALLBACK_ANSWER_LIMIT)
            checked += 1
    assert checked > 100
    assert h.fake.calls_to("sendPhoto") and h.fake.calls_to("sendDocument")


async def test_a_recap_with_a_year_of_history_is_readable(harness):
    """A year of check-ins: the scheduled recap, its More, its chart caption and /progress fit and read well."""
    await onboard(harness)
    async with harness.services.sessions() as session:
        for offset in range(365):
            session.add(
                CheckIn(
                    user_id=USER,
                    local_date=date(2026, 11, 22) - timedelta(days=offset),
                    stage="done",
                    activated="yes",
                    choice=("secure", "old", "both", "old")[offset % 4],
                    created_at=harness.clock.now(),
                    closes_at=harness.clock.now(),
                )
            )
        await session.commit()
    harness.clock.set(datetime(2026, 11, 29, 18, 0, tzinfo=UTC))
    harness.fake.clear()
    await harness.tick()
    await harness.tap(USER, "More")
    await harness.command(USER, "/progress")
    for call in harness.fake.calls:
        if call.ok and call.method in ("sendMessage", "editMessageText", "sendMessageDraft"):
            assert_readable(call.params["text"])
        if call.ok and call.method == "sendPhoto":
            assert_readable(call.params.get("caption", ""), CAPTION_LIMIT)

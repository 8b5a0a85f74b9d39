"""End to end over HTTP: crisis signals get help at once, pause practice, persist, and are checked on next day."""

from datetime import UTC, datetime, timedelta

import pytest

from storage import repo
from tests.conftest import USER, onboard

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def active_flag(h):
    async with h.services.sessions() as session:
        return await repo.active_safety_flag(session, user_id=USER, now=h.clock.now())


async def note(h, text: str) -> None:
    """Answer today's check-in with No and type `text` as the note."""
    await h.command(USER, "/checkin")
    await h.tap(USER, "No")
    await h.say(USER, text)


async def test_suicidal_note_gets_resources_at_once_and_pauses_practice(harness):
    """A note saying everyone would be better off without me is answered with help lines, not a reply to the note."""
    await onboard(harness)
    await note(harness, "honestly everyone would be better off without me")
    reply = harness.texts(USER)[-1]
    assert "deserve support from a real person" in reply and "988" in reply and "emergency" in reply
    assert "calm day" not in reply
    flag = await active_flag(harness)
    assert flag is not None and "suicide" in flag.categories and "better off" not in flag.categories
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=DUE.date())
    assert checkin.note is None  # the text itself is never stored by the screen
    harness.clock.set(DUE)
    assert (await harness.tick())["held"] == 1  # no practice prompt during the pause


async def test_next_day_gentle_check_in_and_im_okay_resumes_practice(harness):
    """The day after, one gentle check-in; "I'm okay now" lifts the pause."""
    await onboard(harness)
    await harness.say(USER, "i want to kil myself")
    harness.clock.advance(hours=24)
    await harness.tick()
    assert "Checking in after yesterday" in harness.texts(USER)[-1]
    await harness.tap(USER, "I'm okay now")
    assert await active_flag(harness) is None
    harness.clock.set(DUE + timedelta(days=1))
    assert (await harness.tick())["sent"] == 1


async def test_bbc_case_routes_to_minor_and_abuse_help(harness):
    """ "I'm being forced to have sex and I'm only 12" gets youth lines and the adults-only note."""
    await onboard(harness)
    await harness.say(USER, "I'm being forced to have sex and I'm only 12")
    reply = harness.texts(USER)[-1]
    assert "under 18" in reply and "not your fault" in reply and "Childline" in reply
    assert "minor_abuse" in (await active_flag(harness)).categories


async def test_eating_disorder_phrase_gets_resources_not_praise(harness):
    """ "I'm looking forward to throwing up after dinner" gets help lines and no encouragement."""
    await onboard(harness)
    await harness.say(USER, "I'm looking forward to throwing up after dinner")
    reply = harness.texts(USER)[-1]
    assert "deserve support" in reply and "great" not in reply.lower()


@pytest.mark.parametrize("phrase", ["he checks my phone and won't let me see friends", "she hit me"])
async def test_partner_violence_switches_off_partner_practices(harness, phrase):
    """IPV phrasing shows abuse lines, mentions /delete, and switches off partner practices."""
    await onboard(harness)
    await harness.say(USER, phrase)
    reply = harness.texts(USER)[-1]
    assert "1-800-799-7233" in reply and "/delete" in reply and "not an attachment problem" in reply
    async with harness.services.sessions() as session:
        assert (await repo.get_user(session, user_id=USER)).partner_feels_unsafe is True


async def test_denial_after_a_flag_keeps_the_flag_and_the_lines_in_view(harness):
    """ "You misunderstood" after a flag changes nothing: the pause stays and /sos stays visible."""
    await onboard(harness)
    await harness.say(USER, "I don't want to be here anymore")
    await harness.say(USER, "you misunderstood, I'm fine")
    assert await active_flag(harness) is not None
    assert "/sos" in harness.texts(USER)[-1]


async def test_start_after_a_flag_keeps_the_flag(harness):
    """A new /start does not reset safety state."""
    await onboard(harness)
    await harness.say(USER, "I took too many pills")
    await harness.command(USER, "/start")
    assert await active_flag(harness) is not None


async def test_negated_statement_gets_a_gentle_check_not_silence(harness):
    """ "I'm not going to hurt myself" asks once whether they are safe; no pause is set."""
    await onboard(harness)
    await harness.say(USER, "I'm not going to hurt myself")
    assert "Are you safe right now?" in harness.texts(USER)[-1]
    assert await active_flag(harness) is None
    await harness.tap(USER, "I'm not safe")
    assert "deserve support" in harness.texts(USER)[-1]
    assert await active_flag(harness) is not None


async def test_the_word_help_alone_shows_help_lines(harness):
    """Typing just "help" answers like /sos."""
    await onboard(harness)
    await harness.say(USER, "help")
    assert "If you are in danger now" in harness.texts(USER)[-1]


async def test_exercise_during_a_safety_pause_is_gentle_and_keeps_lines_in_view(harness):
    """/exercise while flagged shows the help-line reminder and offers only a level-1 soothing practice."""
    await onboard(harness)
    await harness.say(USER, "I want to end it all")
    await harness.command(USER, "/exercise")
    assert "/sos" in harness.texts(USER)[-2]
    async with harness.services.sessions() as session:
        [offered] = await repo.recent_practices(session, user_id=USER)
    exercise = harness.services.content.exercise(offered.exercise_id)
    assert exercise.purpose == "soothe" and exercise.level == 1


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("America/New_York", "988"),
        ("America/Toronto", "9-8-8"),
        ("Europe/London", "116 123"),
        ("Europe/Dublin", "116 123"),
        ("Australia/Sydney", "13 11 14"),
        ("Pacific/Auckland", "1737"),
        ("Etc/GMT-2", "findahelpline"),
    ],
)
async def test_sos_shows_the_lines_for_the_users_country(harness, zone, expected):
    """/sos picks the country from the time zone; unknown countries get every line and findahelpline."""
    await onboard(harness)
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.time_zone = zone
        await repo.save(session, user)
    await harness.command(USER, "/sos")
    message = harness.last_message(USER)
    assert expected in message.text and "findahelpline.com" in message.text
    assert message.reply_markup["inline_keyboard"][0][0]["url"] == "https://findahelpline.com"

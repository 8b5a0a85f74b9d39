"""End to end over HTTP: what the crisis screen hears is answered on its route: help at once, a gentle question, or nothing."""

from datetime import UTC, datetime, timedelta

import pytest

from storage import repo
from tests.conftest import USER, onboard
from tests.fakebot import updates

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin
GERMAN_CRISIS_LINE = "0800 111 0 111"
GERMAN_ABUSE_LINE = "116 016"
GERMAN_YOUTH_LINE = "116 111"
CHECK_QUESTION = "Is that on your mind?"


async def active_flag(h):
    async with h.services.sessions() as session:
        return await repo.active_safety_flag(session, user_id=USER, now=h.clock.now())


async def stored_user(h):
    async with h.services.sessions() as session:
        return await repo.get_user(session, user_id=USER)


async def note(h, text: str) -> None:
    """Answer today's check-in with No and type `text` as the note."""
    await h.command(USER, "/checkin")
    await h.tap(USER, "No")
    await h.say(USER, text)


async def test_suicidal_note_gets_resources_at_once_and_is_still_kept(harness):
    """A crisis-tier note gets the lines for the user's country and a pause; the note is kept, unanswered."""
    await onboard(harness)
    await note(harness, "honestly everyone would be better off without me")
    reply = harness.texts(USER)[-1]
    assert "deserve support from a real person" in reply and GERMAN_CRISIS_LINE in reply and "112" in reply
    assert "calm day" not in reply and "practice below" not in reply
    flag = await active_flag(harness)
    assert flag is not None and "suicide" in flag.categories and "better off" not in flag.categories
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=DUE.date())
    assert checkin.note == "honestly everyone would be better off without me" and checkin.stage == "done"
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


async def test_a_check_tier_text_gets_one_gentle_question_and_pauses_nothing(harness):
    """ "I can't do this anymore" is asked about, kindly and without quoting it; nothing is paused."""
    await onboard(harness)
    await harness.say(USER, "I can't do this anymore, he never texts back")
    question = harness.last_message(USER)
    assert CHECK_QUESTION in question.text and "texts back" not in question.text
    labels = [row[0]["text"] for row in question.reply_markup["inline_keyboard"]]
    assert labels == ["Yes", "No, I'm safe", "It's about someone else"]
    assert await active_flag(harness) is None


async def test_yes_to_the_gentle_question_leads_to_the_crisis_flow(harness):
    """Answering Yes gets the help lines at once and pauses practice prompts."""
    await onboard(harness)
    await harness.say(USER, "what's the point")
    await harness.tap(USER, "Yes")
    assert GERMAN_CRISIS_LINE in harness.texts(USER)[-1]
    assert "suicide" in (await active_flag(harness)).categories


async def test_no_im_safe_gets_a_kind_line_and_pauses_nothing(harness):
    """Answering "No, I'm safe" is thanked kindly; no pause, no flag, practice carries on."""
    await onboard(harness)
    await harness.say(USER, "I'm not safe")
    await harness.tap(USER, "No, I'm safe")
    assert "glad" in harness.last_message(USER).text
    assert await active_flag(harness) is None
    harness.clock.set(DUE)
    assert (await harness.tick())["sent"] == 1


async def test_about_someone_else_shows_how_to_help_and_pauses_nothing(harness):
    """Answering "It's about someone else" explains how to help them, with the lines, and pauses nothing."""
    await onboard(harness)
    await harness.say(USER, "I need help")
    await harness.tap(USER, "It's about someone else")
    reply = harness.texts(USER)[-1]
    assert "look out for them" in reply and GERMAN_CRISIS_LINE in reply
    assert await active_flag(harness) is None


async def test_someone_else_at_risk_is_not_the_users_own_crisis(harness):
    """ "My sister is suicidal" shows how to help her, with the lines; the user's practice is not paused."""
    await onboard(harness)
    await harness.say(USER, "my sister is suicidal and I don't know what to do")
    reply = harness.texts(USER)[-1]
    assert "ask them directly" in reply and GERMAN_CRISIS_LINE in reply
    assert "paused" not in reply
    assert await active_flag(harness) is None
    assert (await stored_user(harness)).partner_feels_unsafe is False


async def test_a_childhood_memory_in_story_is_saved_and_leaves_partner_practices_on(harness):
    """A /story entry about abuse as a child is kept, acknowledged with support lines, and changes nothing else."""
    await onboard(harness)
    await harness.command(USER, "/story")
    await harness.tap(USER, "Continue my story")
    await harness.say(USER, "when I was 8 my uncle abused me")
    reply = harness.texts(USER)[-1]
    assert "not your fault" in reply and GERMAN_ABUSE_LINE in reply and "paused" not in reply
    async with harness.services.sessions() as session:
        [entry] = await repo.story_entries(session, user_id=USER)
    assert entry.text == "when I was 8 my uncle abused me"
    assert (await stored_user(harness)).partner_feels_unsafe is False
    assert await active_flag(harness) is None


async def test_a_spanish_crisis_text_gets_the_spanish_line_and_the_users_country_lines(harness):
    """ "quiero morir" from a user in Berlin gets one line in Spanish and the German help lines."""
    await onboard(harness)
    await harness.say(USER, "ya no puedo más, quiero morir")
    reply = harness.texts(USER)[-1]
    assert "No tienes que pasar por esto a solas" in reply and GERMAN_CRISIS_LINE in reply
    assert await active_flag(harness) is not None


async def test_bbc_case_routes_to_minor_help_and_keeps_nothing(harness):
    """ "I'm being forced to have sex and I'm only 12" gets youth lines, the adults-only note, and is not stored."""
    await onboard(harness)
    await note(harness, "I'm being forced to have sex and I'm only 12")
    reply = harness.texts(USER)[-1]
    assert "under 18" in reply and GERMAN_YOUTH_LINE in reply
    assert "minor" in (await active_flag(harness)).categories
    async with harness.services.sessions() as session:
        checkin = await repo.get_checkin_for_date(session, user_id=USER, local_date=DUE.date())
    assert checkin.note is None


async def test_eating_disorder_phrase_gets_resources_not_praise(harness):
    """ "I'm looking forward to throwing up after dinner" gets help lines and no encouragement."""
    await onboard(harness)
    await harness.say(USER, "I'm looking forward to throwing up after dinner")
    reply = harness.texts(USER)[-1]
    assert "deserve support" in reply and "great" not in reply.lower()


@pytest.mark.parametrize("phrase", ["he checks my phone and won't let me see friends", "she hit me"])
async def test_partner_violence_switches_off_partner_practices(harness, phrase):
    """IPV phrasing shows abuse lines, says what /delete can and cannot reach, and switches off partner practices."""
    await onboard(harness)
    await harness.say(USER, phrase)
    reply = harness.texts(USER)[-1]
    assert GERMAN_ABUSE_LINE in reply and "/delete" in reply and "not an attachment problem" in reply
    assert "deleting the chat in Telegram" in reply
    assert (await stored_user(harness)).partner_feels_unsafe is True


async def test_a_partners_threat_to_harm_themselves_is_coercion_not_the_users_crisis(harness):
    """ "He says he'll kill himself if I leave" gets abuse lines, partner practices off, and no pause."""
    await onboard(harness)
    await harness.say(USER, "he says he'll kill himself if I leave him")
    reply = harness.texts(USER)[-1]
    assert "form of control" in reply and GERMAN_ABUSE_LINE in reply
    assert (await stored_user(harness)).partner_feels_unsafe is True
    assert await active_flag(harness) is None


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
    """ "I'm not going to hurt myself" asks once, gently; no pause is set until the answer says so."""
    await onboard(harness)
    await harness.say(USER, "I'm not going to hurt myself")
    assert CHECK_QUESTION in harness.texts(USER)[-1]
    assert await active_flag(harness) is None
    await harness.tap(USER, "Yes")
    assert "deserve support" in harness.texts(USER)[-1]
    assert await active_flag(harness) is not None


async def test_hyperbole_about_a_partner_is_not_a_crisis(harness):
    """ "I will die if he leaves me lol" gets no crisis reply and no pause."""
    await onboard(harness)
    await harness.say(USER, "I will die if he leaves me lol")
    assert "deserve support" not in harness.texts(USER)[-1]
    assert await active_flag(harness) is None


async def test_a_photo_caption_is_screened_like_text(harness):
    """A captioned photo saying "I want to end it all" gets the help lines."""
    await onboard(harness)
    await harness.send(updates.photo(USER, caption="I want to end it all"))
    assert GERMAN_CRISIS_LINE in harness.texts(USER)[-1]


async def test_an_edited_message_is_screened_like_text(harness):
    """Editing a message into a crisis signal gets the help lines."""
    await onboard(harness)
    await harness.send(updates.edited_text(USER, "actually I want to kill myself"))
    assert GERMAN_CRISIS_LINE in harness.texts(USER)[-1]


async def test_the_word_help_alone_shows_help_lines(harness):
    """Typing just "help" (or "ayuda") answers like /sos."""
    await onboard(harness)
    for word in ("help", "Ayuda!"):
        await harness.say(USER, word)
        assert GERMAN_CRISIS_LINE in harness.texts(USER)[-1]


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
        ("Europe/Madrid", "024"),
        ("America/Sao_Paulo", "188"),
        ("Asia/Kolkata", "14416"),
    ],
)
async def test_sos_shows_the_lines_for_the_users_country(harness, zone, expected):
    """/sos picks the country from the time zone and shows that country's lines and emergency number."""
    await onboard(harness)
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.time_zone = zone
        await repo.save(session, user)
    await harness.command(USER, "/sos")
    message = harness.last_message(USER)
    assert expected in message.text and "findahelpline.com" in message.text
    assert message.reply_markup["inline_keyboard"][0][0]["url"] == "https://findahelpline.com"


async def test_sos_without_a_country_explains_emergency_numbers_instead_of_listing_countries(harness):
    """A user on a bare UTC offset gets findahelpline.com and the emergency numbers explained, not country blocks."""
    await onboard(harness)
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.time_zone = "Etc/GMT-2"
        await repo.save(session, user)
    await harness.command(USER, "/sos")
    text = harness.last_message(USER).text
    assert "findahelpline.com" in text and "112" in text and "911" in text and "000" in text
    assert "988" not in text and "Samaritans" not in text

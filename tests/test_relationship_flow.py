"""End to end over HTTP: /story (prompt, answer, read back, paging), /bid, the steady-people question, export and delete."""

import json
from datetime import date

from bot.practice.listening import STORY_HEARD
from storage import repo
from tests.conftest import USER, onboard


async def test_story_prompt_answer_and_read_back_with_paging(harness):
    """Four answers are saved in order and read back three per page, newest first, with paging."""
    await onboard(harness)
    await harness.command(USER, "/story")
    assert "Entries so far: 0" in harness.texts(USER)[-1]
    await harness.tap(USER, "Continue my story")
    assert "When you were upset or scared" in harness.texts(USER)[-1]
    for number in range(4):
        await harness.say(USER, f"answer {number} <with> & care")
        await harness.tap(USER, "Next prompt")
    await harness.tap(USER, "Not now")
    await harness.command(USER, "/story")
    assert "Entries so far: 4" in harness.texts(USER)[-1]
    await harness.tap(USER, "Read it back")
    page = harness.last_message(USER).text
    assert "entries 1–3 of 4" in page and page.index("answer 3") < page.index("answer 2")
    assert "answer 3 <with> & care" in page
    await harness.tap(USER, "Older ›")
    assert "answer 0" in harness.last_message(USER).text


async def test_story_entries_are_screened_like_any_text(harness):
    """A story answer with a crisis signal gets help lines first and is still saved to the story."""
    await onboard(harness)
    await harness.command(USER, "/story")
    await harness.tap(USER, "Continue my story")
    await harness.say(USER, "I want to kill myself")
    assert "deserve support" in harness.texts(USER)[-1]
    assert not any(heard in harness.texts(USER)[-1] for heard in STORY_HEARD)
    async with harness.services.sessions() as session:
        [entry] = await repo.story_entries(session, user_id=USER)
    assert entry.text == "I want to kill myself"


async def test_bid_from_command_and_from_the_checkin(harness):
    """A bid logged from /bid and one from the finished check-in's button are both stored with who."""
    await onboard(harness)
    await harness.command(USER, "/bid")
    await harness.tap(USER, "Turned toward")
    await harness.tap(USER, "Partner")
    await harness.command(USER, "/checkin")
    await harness.tap(USER, "No")
    await harness.tap(USER, "Skip")
    await harness.tap(USER, "Log a bid")
    await harness.tap(USER, "Missed it")
    assert "Noticing a missed bid" in harness.last_message(USER).text
    await harness.tap(USER, "Skip")
    async with harness.services.sessions() as session:
        bids = await repo.bids_between(session, user_id=USER, start=date(2026, 11, 1), end=date(2026, 11, 30))
    assert sorted((b.response, b.who) for b in bids) == [("missed", None), ("toward", "partner")]


async def mark_afraid(harness) -> None:
    """Partner practices off, as the partner-fear answer leaves them."""
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.partner_feels_unsafe = True
        await repo.save(session, user)


async def test_bids_are_off_for_a_user_afraid_of_their_partner(harness):
    """With partner practices off, /bid says bids are off and asks nothing."""
    await onboard(harness)
    await mark_afraid(harness)
    await harness.command(USER, "/bid")
    assert "Logging bids is switched off" in harness.last_message(USER).text
    assert harness.last_message(USER).reply_markup is None


async def test_a_bid_button_tapped_after_partner_practices_go_off_logs_nothing(harness):
    """A bid question shown before partner practices went off answers a later tap by saying bids are off."""
    await onboard(harness)
    await harness.command(USER, "/bid")
    await mark_afraid(harness)
    await harness.tap(USER, "Turned toward")
    assert "Logging bids is switched off" in harness.last_message(USER).text
    async with harness.services.sessions() as session:
        assert (
            await repo.bids_between(session, user_id=USER, start=date(2026, 11, 1), end=date(2026, 11, 30))
            == []
        )


async def test_the_checkin_offers_no_bid_to_a_user_afraid_of_their_partner(harness):
    """With partner practices off, the finished check-in card has no Log a bid button."""
    await onboard(harness)
    await mark_afraid(harness)
    await harness.command(USER, "/checkin")
    await harness.tap(USER, "No")
    await harness.tap(USER, "Skip")
    card, _ = harness.find_button(USER, "Change answer")
    labels = [b["text"] for row in card.reply_markup["inline_keyboard"] for b in row]
    assert "Log a bid" not in labels


async def test_the_steady_people_question_has_no_partner_for_a_user_afraid_of_their_partner(harness):
    """With partner practices off, the weekly who-was-steady question offers no Partner button."""
    await onboard(harness)
    await mark_afraid(harness)
    harness.clock.advance(days=3)  # a recap needs three days of use
    await harness.command(USER, "/recap")
    for _ in range(3):
        await harness.tap(USER, "Skip")
    labels = [b["text"] for row in harness.last_message(USER).reply_markup["inline_keyboard"] for b in row]
    assert "Friend" in labels and "Partner" not in labels


async def test_recap_counts_bids_and_asks_about_steady_people(harness):
    """The recap counts the week's bids; after the ratings it asks who was steady and records it."""
    await onboard(harness)
    await harness.command(USER, "/bid")
    await harness.tap(USER, "Turned toward")
    harness.clock.advance(days=3)  # a recap needs three days of use
    await harness.command(USER, "/recap")
    await harness.tap(USER, "More")
    assert "Noticed: 1 · turned toward: 1" in harness.texts(USER)[-1]
    for _ in range(3):
        await harness.tap(USER, "Skip")
    await harness.tap(USER, "Friend")
    async with harness.services.sessions() as session:
        assert [s.who for s in await repo.supports(session, user_id=USER)] == ["friend"]


async def test_recap_offers_a_story_prompt(harness):
    """The recap message carries an optional button to write one story entry."""
    await onboard(harness)
    harness.clock.advance(days=3)  # a recap needs three days of use
    await harness.command(USER, "/recap")
    await harness.tap(USER, "Write one story entry (optional)")
    assert "When you were upset or scared" in harness.texts(USER)[-1]


async def test_story_bids_and_supports_are_exported_and_deleted(harness):
    """The new rows appear in /export and are gone after /delete."""
    await onboard(harness)
    await harness.command(USER, "/story")
    await harness.tap(USER, "Continue my story")
    await harness.say(USER, "a memory")
    await harness.command(USER, "/bid")
    await harness.tap(USER, "Turned away")
    harness.clock.advance(days=3)  # a recap needs three days of use
    await harness.command(USER, "/recap")
    for _ in range(3):
        await harness.tap(USER, "Skip")
    await harness.tap(USER, "Family")
    await harness.command(USER, "/export")
    exported = json.loads(next(iter(harness.fake.calls_to("sendDocument")[0].files.values())))
    assert exported["story_entries"][0]["text"] == "a memory"
    assert exported["bid_logs"][0]["response"] == "away" and exported["support_ratings"][0]["who"] == "family"
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    async with harness.services.sessions() as session:
        assert await repo.story_entries(session, user_id=USER) == []
        assert await repo.supports(session, user_id=USER) == []
        assert (
            await repo.bids_between(session, user_id=USER, start=date(2000, 1, 1), end=date(2100, 1, 1)) == []
        )

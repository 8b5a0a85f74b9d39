"""End to end over HTTP: a personal safety plan is built a step at a time, shown first, exported and deleted."""

import json

from bot.practice.safety_plan import SECTIONS
from storage import repo
from tests.conftest import USER, onboard


async def build_plan(h):
    """Open /sos, start the plan, answer the first two steps, skip the third, answer the fourth, stop."""
    await h.command(USER, "/sos")
    await h.tap(USER, "Make a safety plan")
    await h.say(USER, "not sleeping, <cancelling> plans")
    await h.say(USER, "a cold shower and loud music")
    await h.tap(USER, "Skip")
    await h.say(USER, "my sister Ana")
    await h.tap(USER, "Stop for now")


async def stored_plan(h):
    async with h.services.sessions() as session:
        return await repo.safety_plan(session, user_id=USER)


async def test_the_plan_is_built_step_by_step_with_skips(harness):
    """Each typed answer lands in its section; a skipped step stays empty; every step can be skipped."""
    await onboard(harness)
    await build_plan(harness)
    assert await stored_plan(harness) == {
        "signs": "not sleeping, <cancelling> plans",
        "self": "a cold shower and loud music",
        "people": "my sister Ana",
    }
    assert "not sleeping, <cancelling> plans" in harness.texts(USER)[-1]  # escaped, so shown as typed


async def test_sos_shows_the_plan_first(harness):
    """/sos opens with the user's own plan, then the help lines."""
    await onboard(harness)
    await build_plan(harness)
    await harness.command(USER, "/sos")
    text = harness.texts(USER)[-1]
    assert text.startswith("Your safety plan")
    assert text.index("my sister Ana") < text.index("0800 111 0 111")
    harness.find_button(USER, "Go through my safety plan")


async def test_the_plan_can_be_edited_later(harness):
    """Going through the plan again shows each answer, keeps it on a tap, and replaces it when typed."""
    await onboard(harness)
    await build_plan(harness)
    await harness.command(USER, "/sos")
    await harness.tap(USER, "Go through my safety plan")
    assert "Now: not sleeping" in harness.texts(USER)[-1]
    await harness.tap(USER, "Keep it as it is")
    await harness.say(USER, "calling the line")
    assert (await stored_plan(harness))["self"] == "calling the line"
    assert (await stored_plan(harness))["signs"] == "not sleeping, <cancelling> plans"


async def test_a_crisis_answer_shows_the_plan_with_the_lines(harness):
    """A crisis-tier message is answered with warm words, the user's own plan, then the lines."""
    await onboard(harness)
    await build_plan(harness)
    await harness.say(USER, "I want to kill myself")
    reply = harness.texts(USER)[-1]
    assert reply.index("deserve support") < reply.index("Your safety plan") < reply.index("0800 111 0 111")
    assert "my sister Ana" in reply


async def test_plan_words_are_screened_answered_and_still_kept(harness):
    """A warning sign that sounds like a crisis gets the crisis answer first and is kept in the plan."""
    await onboard(harness)
    await harness.command(USER, "/sos")
    await harness.tap(USER, "Make a safety plan")
    await harness.say(USER, "when I think I want to kill myself")
    assert "deserve support from a real person" in harness.texts(USER)[-1]
    assert (await stored_plan(harness))["signs"] == "when I think I want to kill myself"


async def test_the_plan_is_exported_and_deleted(harness):
    """/export holds the plan (JSON and the readable file); /delete removes every plan row."""
    await onboard(harness)
    await build_plan(harness)
    await harness.command(USER, "/export")
    documents = harness.fake.calls_to("sendDocument")
    exported = json.loads(next(iter(documents[0].files.values())))
    assert {row["section"] for row in exported["safety_plan_entries"]} == {"signs", "self", "people"}
    readable = next(iter(documents[1].files.values())).decode()
    assert f"**{SECTIONS[3].heading}** · my sister Ana" in readable
    await harness.command(USER, "/delete")
    await harness.tap(USER, "Yes, continue")
    await harness.tap(USER, "Delete everything now")
    assert await stored_plan(harness) == {}

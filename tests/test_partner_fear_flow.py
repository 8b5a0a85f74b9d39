"""End to end over HTTP: after the partner-fear answer nothing of a partner is offered or shown in a week of use."""

import json
import re
from datetime import UTC, datetime, timedelta

from storage import repo
from tests.conftest import USER, onboard

DUE = datetime(2026, 11, 23, 20, 0, tzinfo=UTC)  # 21:00 in Berlin


async def onboard_afraid(h) -> None:
    """Onboarding with Yes to the partner-fear question."""
    await h.command(USER, "/start")
    await h.tap(USER, "Yes, I'm 18 or older")
    await h.tap(USER, "Yes, sometimes")
    await h.tap(USER, "More anxious (I chase reassurance)")
    await h.tap(USER, "Spiralling into worst-case thoughts")
    await h.tap(USER, "Use this")
    await h.say(USER, "Europe/Berlin")
    await h.tap(USER, "21:00")


async def test_partner_fear_answer_says_once_what_changed_and_how_to_undo_it(harness):
    """The answer to the partner-fear question says which practices are off and how to turn them back on."""
    await onboard_afraid(harness)
    shown = [message.text for message in harness.fake.messages[USER].values()]
    said = [text for text in shown if "switched off every practice" in text]
    assert len(said) == 1 and "/settings" in said[0] and "phone away" in said[0]


async def test_a_week_of_use_offers_no_tagged_exercise(harness):
    """A week of check-ins (hard ones, with their practice offers) and /exercise swaps: nothing tagged is offered."""
    await onboard_afraid(harness)
    for day in range(7):
        harness.clock.set(DUE + timedelta(days=day))
        await harness.tick()
        await harness.tap(USER, "Yes")
        await harness.tap(USER, "The old pattern")
        await harness.tap(USER, "5")
        await harness.tap(USER, "Skip")
        await harness.tap(USER, "Calm your body first")
        await harness.command(USER, "/exercise")
        for _ in range(3):
            await harness.tap(USER, "Another one")
    async with harness.services.sessions() as session:
        offered = await repo.recent_practices(session, user_id=USER)
    assert len(offered) >= 20
    assert not any(harness.services.content.exercise(row.exercise_id).tags for row in offered)


# Partner wording as a person reads it, in any message, caption, draft, edit, button or tap answer.
# ("they" and "them" are left out: untagged practices use them for friends, "when they care about someone".)
PARTNER_WORDING = re.compile(
    r"\b(partners?|boyfriend|girlfriend|husband|wife|spouse|lover|he|she|him|her|his|your relationship|"
    r"between us|are we okay|bids?)\b",
    re.IGNORECASE,
)
RECAP_DUE = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)  # Sunday 19:00 in Berlin


def _labels(markup) -> list[str]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = (markup or {}).get("inline_keyboard", []) + (markup or {}).get("keyboard", [])
    return [button["text"] if isinstance(button, dict) else str(button) for row in rows for button in row]


def everything_shown(h, since: int) -> list[str]:
    """Every text the person could read from call `since` on: messages, edits, captions, drafts, buttons, toasts."""
    shown = []
    for call in h.fake.calls[since:]:
        if not call.ok:
            continue
        if call.method in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument", "sendMessageDraft"):
            shown.append(call.params.get("text") or call.params.get("caption") or "")
            shown += _labels(call.params.get("reply_markup"))
        elif call.method == "editMessageReplyMarkup":
            shown += _labels(call.params.get("reply_markup"))
        elif call.method == "answerCallbackQuery":
            shown.append(call.params.get("text") or "")
    return shown


async def a_day_of_use(h, day: int, *, old_pattern: bool) -> None:
    """The evening check-in from the scheduler, answered; practices asked for; /now in the moment."""
    h.clock.set(DUE + timedelta(days=day))
    await h.tick()
    await h.tap(USER, "Yes")
    if old_pattern:
        await h.tap(USER, "The old pattern")
        await h.tap(USER, "5")
        await h.tap(USER, "Skip")
        await h.tap(USER, "Calm your body first")
    else:
        await h.tap(USER, "The secure response")
        await h.tap(USER, "3")
        await h.tap(USER, "Skip")
    await h.command(USER, "/exercise")
    await h.tap(USER, "Another one")
    await h.tap(USER, "A bigger step")
    await h.tap(USER, "Another one")
    await h.command(USER, "/now")
    await h.tap(USER, "I'm okay for now")


async def the_weekly_recap(h) -> None:
    """The recap from the scheduler on Sunday, its More, the ratings skipped, and the steady-people question."""
    h.clock.set(RECAP_DUE)
    assert (await h.tick())["sent"] == 1
    await h.tap(USER, "More")
    for _ in range(3):
        await h.tap(USER, "Skip")
    await h.tap(USER, "Friend")


async def test_a_week_after_the_partner_fear_answer_shows_nothing_of_a_partner(harness):
    """After the partner-fear answer, a week of check-ins (old-pattern days too), practices, bigger steps,
    /now and the scheduled recap offer no tagged exercise and no partner suggestion, and no message,
    button or draft the fake Telegram received holds partner wording."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "Yes, sometimes")
    since = len(harness.fake.calls)
    await harness.tap(USER, "More anxious (I chase reassurance)")
    offered, _ = harness.find_button(USER, "Spiralling into worst-case thoughts")
    suggestions = [label for label in _labels(offered.reply_markup) if label != "✏️ Write my own"]
    self_directed = {o.button for o in harness.services.content.onboarding.all_patterns() if o.self_directed}
    assert suggestions and set(suggestions) <= self_directed
    await harness.tap(USER, "Spiralling into worst-case thoughts")
    await harness.tap(USER, "Use this")
    await harness.say(USER, "Europe/Berlin")
    await harness.tap(USER, "21:00")
    for day in range(6):
        await a_day_of_use(harness, day, old_pattern=day % 2 == 0)
    await the_weekly_recap(harness)
    await a_day_of_use(harness, 6, old_pattern=True)

    async with harness.services.sessions() as session:
        offered_practices = await repo.recent_practices(session, user_id=USER, limit=200)
    assert len(offered_practices) >= 25
    assert not any(harness.services.content.exercise(row.exercise_id).tags for row in offered_practices)
    shown = everything_shown(harness, since)
    assert any("Your week" in text for text in shown)  # the recap is among what was checked
    assert [text for text in shown if PARTNER_WORDING.search(text)] == []


async def test_a_partner_pattern_chosen_before_is_not_shown_after_partner_fear_is_set(harness):
    """A partner pattern picked before partner practices were switched off is left out of the check-in card,
    the replies, /now, the recap and its More, and /progress."""
    await onboard(harness)  # "Checking my phone again and again when my partner is out"
    await harness.command(USER, "/settings")
    await harness.tap(USER, "Partner practices: turn off")
    since = len(harness.fake.calls)
    for day in range(4):
        await a_day_of_use(harness, day, old_pattern=day != 1)
    await harness.command(USER, "/recap")
    await harness.tap(USER, "More")
    await harness.command(USER, "/progress")
    shown = everything_shown(harness, since)
    assert any("Your practice so far" in text for text in shown)
    chosen = harness.services.content.onboarding.pattern_option("phone_checking")
    assert [
        text
        for text in shown
        if PARTNER_WORDING.search(text) or chosen.secure_alternative in text or "again and again when" in text
    ] == []


async def test_no_repair_is_offered_after_an_old_pattern_day_when_a_partner_frightens_them(harness):
    """The next check-in card carries no repair offer, and /repair says repair steps are off."""
    await onboard_afraid(harness)
    await a_day_of_use(harness, 0, old_pattern=True)
    harness.clock.set(DUE + timedelta(days=1))
    await harness.tick()
    card, _ = harness.find_button(USER, "Not sure")
    assert not any(label.startswith("Repair") for label in _labels(card.reply_markup))
    await harness.command(USER, "/repair")
    assert "Repair steps are switched off" in harness.last_message(USER).text

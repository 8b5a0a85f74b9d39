"""End to end over HTTP with two users: invite, consent, bids, cards, the weekly exchange, unlink and safety."""

import re
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from storage import repo
from storage.models import PartnerBid, PartnerInvite, PartnerLink
from tests.conftest import OTHER_USER, USER, onboard

PARTNER = OTHER_USER
THIRD = 3003
# Wednesday 25 November 2026, 19:00 UTC: past the weekly partner question's time in Berlin (19:00
# local) and in UTC, the zone used for a partner who has not set one up.
EXCHANGE_DUE = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)


def all_texts(h, chat_id: int) -> list[str]:
    """Every message in the chat as it reads now (edits included), oldest first."""
    stored = h.fake.messages.get(chat_id, {})
    return [stored[message_id].text or "" for message_id in sorted(stored)]


async def make_invite(h, inviter: int = USER) -> str:
    """The inviter creates an invite from /partner; returns the token of its deep link."""
    await h.command(inviter, "/partner")
    await h.tap(inviter, "Create an invite link")
    found = [m for text in all_texts(h, inviter) for m in re.findall(r"\?start=([A-Za-z0-9_-]+)", text)]
    assert found, "no invite link was shown"
    return found[-1]


async def link_new_partner(h) -> None:
    """USER onboards and invites; PARTNER, new to the bot, opens the link, confirms 18+, says they feel safe."""
    await onboard(h, USER)
    token = await make_invite(h)
    await h.command(PARTNER, "/start", token)
    await h.tap(PARTNER, "Accept")
    await h.tap(PARTNER, "Yes, I'm 18 or older")
    await h.tap(PARTNER, "No")


async def link_of(h, user_id: int) -> PartnerLink | None:
    async with h.services.sessions() as session:
        return await repo.link_of(session, user_id=user_id)


async def test_a_new_partner_sees_consent_first_and_accepting_links_them(harness):
    """The invitee sees what crosses and what never does, confirms 18+ and safety, and both are linked."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    await harness.command(PARTNER, "/start", token)
    consent = harness.last_message(PARTNER).text
    assert "What never crosses" in consent and "check-ins" in consent
    await harness.tap(PARTNER, "Accept")
    assert await link_of(harness, USER) is None
    await harness.tap(PARTNER, "Yes, I'm 18 or older")
    await harness.tap(PARTNER, "No")
    link = await link_of(harness, PARTNER)
    assert (link.inviter_id, link.invitee_id) == (USER, PARTNER)
    assert any("accepted your invite" in text for text in harness.texts(USER))


async def test_the_invite_token_is_stored_only_hashed(harness):
    """The database holds the token's SHA-256, never the token itself."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    async with harness.services.sessions() as session:
        invite = await repo.pending_invite(session, user_id=USER, now=harness.clock.now())
    assert invite.token_hash != token and len(invite.token_hash) == 64


async def test_an_onboarded_partner_accepts_in_one_tap(harness):
    """Someone who already confirmed 18+ and answered the safety question is linked on Accept."""
    await onboard(harness, USER)
    await onboard(harness, PARTNER)
    token = await make_invite(harness)
    await harness.command(PARTNER, "/start", token)
    await harness.tap(PARTNER, "Accept")
    assert (await link_of(harness, USER)).invitee_id == PARTNER


async def test_declining_links_nothing_and_tells_the_inviter_nothing(harness):
    """Decline leaves both unlinked, and the inviter gets no message about it."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    sent_before = len(harness.texts(USER))
    await harness.command(PARTNER, "/start", token)
    await harness.tap(PARTNER, "Decline")
    assert await link_of(harness, USER) is None
    assert len(harness.texts(USER)) == sent_before


async def test_an_under_18_answer_links_nothing_and_keeps_nothing(harness):
    """A new invitee who says they are under 18 is not linked and no row about them stays."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    await harness.command(PARTNER, "/start", token)
    await harness.tap(PARTNER, "Accept")
    await harness.tap(PARTNER, "No, I'm under 18")
    async with harness.services.sessions() as session:
        assert await repo.get_user(session, user_id=PARTNER) is None
    assert await link_of(harness, USER) is None


async def test_an_invitee_afraid_of_a_partner_is_not_linked_and_gets_help(harness):
    """ "Yes, sometimes" to the safety question links nothing and shows abuse help lines."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    await harness.command(PARTNER, "/start", token)
    await harness.tap(PARTNER, "Accept")
    await harness.tap(PARTNER, "Yes, I'm 18 or older")
    await harness.tap(PARTNER, "Yes, sometimes")
    assert await link_of(harness, USER) is None
    assert "not your fault" in harness.last_message(PARTNER).text


async def test_a_bid_and_its_answer_reach_the_sender(harness):
    """A preset bid arrives with its three answers; "Turning toward" reaches the sender."""
    await link_new_partner(harness)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "Can we talk tonight?")
    received = harness.last_message(PARTNER)
    assert "Can we talk tonight?" in received.text
    labels = [b["text"] for row in received.reply_markup["inline_keyboard"] for b in row]
    assert labels == ["Turning toward", "Not now — later tonight", "Not now — tomorrow"]
    await harness.tap(PARTNER, "Turning toward")
    assert "Turning toward" in harness.last_message(USER).text


async def test_a_typed_bid_is_delivered_escaped(harness):
    """A typed bid is screened, then arrives as written, with its markup escaped."""
    await link_new_partner(harness)
    await harness.command(PARTNER, "/partner")
    await harness.tap(PARTNER, "Reach out (send a bid)")
    await harness.tap(PARTNER, "✏️ Write my own")
    await harness.say(PARTNER, "Walk <after> dinner?")
    assert "Walk <after> dinner?" in harness.last_message(USER).text


async def test_a_crisis_in_a_typed_bid_is_not_delivered(harness):
    """A typed bid that screens as a crisis never reaches the partner; the sender gets the crisis answer."""
    await link_new_partner(harness)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "✏️ Write my own")
    before = len(harness.texts(PARTNER))
    await harness.say(USER, "I want to kill myself")
    assert len(harness.texts(PARTNER)) == before
    assert any("real person" in text for text in harness.texts(USER)[-3:])
    async with harness.services.sessions() as session:
        assert (await session.exec(PartnerBid.__table__.select())).all() == []


async def test_a_check_tier_bid_is_held_back_with_a_gentle_question(harness):
    """A typed bid that screens as a worry gets the gentle question and is not passed on."""
    await link_new_partner(harness)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "✏️ Write my own")
    before = len(harness.texts(PARTNER))
    await harness.say(USER, "I can't do this anymore, talk tonight?")
    assert len(harness.texts(PARTNER)) == before
    said = harness.texts(USER)[-2:]
    assert "Is that on your mind?" in said[0] and "didn't pass that on" in said[1]


async def test_a_fourth_unanswered_bid_waits(harness):
    """Three unanswered bids at once: the fourth is not sent, with a kind word."""
    await link_new_partner(harness)
    for _ in range(4):
        await harness.command(USER, "/partner")
        await harness.tap(USER, "Reach out (send a bid)")
        if "still waiting" in harness.last_message(USER).text:
            break
        await harness.tap(USER, "I could use a hug")
    assert "still waiting" in harness.last_message(USER).text
    assert sum("I could use a hug" in text for text in all_texts(harness, PARTNER)) == 3


async def test_a_forged_answer_changes_nothing(harness):
    """The sender answering their own bid, or a stranger forging the button, records nothing."""
    await link_new_partner(harness)
    await onboard(harness, THIRD)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "I could use a hug")
    stored, data = harness.find_button(PARTNER, "Turning toward")
    await harness.tap_data(USER, stored, data)
    await harness.tap_data(THIRD, stored, data)
    async with harness.services.sessions() as session:
        bid = (await session.exec(PartnerBid.__table__.select())).one()
    assert bid.answer is None


async def test_both_cards_are_written_and_read(harness):
    """Each writes a "What helps me" card; each reads the other's from /partner."""
    await link_new_partner(harness)
    for writer, words in ((USER, "Ask me what I need"), (PARTNER, "Give me ten minutes")):
        await harness.command(writer, "/partner")
        await harness.tap(writer, "Write my card")
        await harness.say(writer, words)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Read their card")
    assert "Give me ten minutes" in harness.last_message(USER).text
    await harness.command(PARTNER, "/partner")
    await harness.tap(PARTNER, "Read their card")
    assert "Ask me what I need" in harness.last_message(PARTNER).text


async def test_the_weekly_exchange_is_revealed_only_after_both_answer(harness):
    """Both get the week's question; one answer reveals nothing; the second shows both answers to both."""
    await link_new_partner(harness)
    harness.clock.set(EXCHANGE_DUE)
    await harness.tick()
    assert "secure-base question" in harness.last_message(USER).text
    assert "secure-base question" in harness.last_message(PARTNER).text
    await harness.tap(USER, "Answer")
    await harness.say(USER, "When you made tea")
    assert not any("When you made tea" in text for text in all_texts(harness, PARTNER))
    await harness.tap(PARTNER, "Answer")
    await harness.say(PARTNER, "Sunday walk")
    for chat in (USER, PARTNER):
        reveal = harness.last_message(chat).text
        assert "When you made tea" in reveal and "Sunday walk" in reveal


async def test_an_unanswered_exchange_expires_quietly(harness):
    """An answer after the week's question closed is not kept, and nothing is revealed."""
    await link_new_partner(harness)
    harness.clock.set(EXCHANGE_DUE)
    await harness.tick()
    await harness.tap(USER, "Answer")
    await harness.say(USER, "When you made tea")
    harness.clock.advance(days=6, minutes=1)
    before = len(harness.texts(USER))
    await harness.tap(PARTNER, "Answer")
    assert len(harness.texts(PARTNER)) > 0 and len(harness.texts(USER)) == before
    assert not any("When you made tea" in text for text in all_texts(harness, PARTNER))


@pytest.mark.parametrize("who", [USER, PARTNER])
async def test_either_can_unlink_and_the_other_is_not_told(harness, who):
    """Unlink by either partner removes the link; the other gets no message, and shared items stop."""
    await link_new_partner(harness)
    other = PARTNER if who == USER else USER
    before = len(harness.texts(other))
    await harness.command(who, "/partner")
    await harness.tap(who, "Unlink")
    await harness.tap(who, "Unlink")
    assert await link_of(harness, USER) is None
    assert len(harness.texts(other)) == before
    harness.clock.set(EXCHANGE_DUE)
    await harness.tick()
    assert len(harness.texts(other)) == before


async def test_a_stranger_tapping_accept_links_nothing(harness):
    """A forged Accept from someone who did not open the invite changes nothing."""
    await onboard(harness, USER)
    await onboard(harness, THIRD)
    token = await make_invite(harness)
    await harness.command(PARTNER, "/start", token)
    stored, data = harness.find_button(PARTNER, "Accept")
    await harness.tap_data(THIRD, stored, data)
    assert await link_of(harness, THIRD) is None and await link_of(harness, USER) is None


async def test_a_cancelled_invite_no_longer_works(harness):
    """The inviter cancels a waiting invite from /partner; opening it afterwards links nothing."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Cancel the invite")
    await harness.command(PARTNER, "/start", token)
    assert "no longer open" in harness.last_message(PARTNER).text
    assert await link_of(harness, USER) is None


async def test_an_expired_invite_is_refused_kindly(harness):
    """A link opened after 7 days links nothing and says it expired and how to get a new one."""
    await onboard(harness, USER)
    token = await make_invite(harness)
    harness.clock.advance(days=7, minutes=1)
    await harness.command(PARTNER, "/start", token)
    reply = harness.last_message(PARTNER).text
    assert "expired" in reply and "/partner" in reply
    assert await link_of(harness, USER) is None


async def test_a_reused_invite_is_refused_kindly(harness):
    """A second person opening a used link is told it was used, and is not linked."""
    await link_new_partner(harness)
    async with harness.services.sessions() as session:
        invite = (await session.exec(select(PartnerInvite))).one()
    assert invite.used_at is not None
    token = [m for text in all_texts(harness, USER) for m in re.findall(r"\?start=([A-Za-z0-9_-]+)", text)][
        -1
    ]
    await harness.command(THIRD, "/start", token)
    assert "already been used" in harness.last_message(THIRD).text
    assert await link_of(harness, THIRD) is None


async def test_a_user_with_the_partner_fear_answer_is_never_offered_the_link(harness):
    """After "Yes, sometimes" in onboarding, /partner offers no invite, and an invite link is not taken."""
    await harness.command(USER, "/start")
    await harness.tap(USER, "Yes, I'm 18 or older")
    await harness.tap(USER, "Yes, sometimes")
    await harness.command(USER, "/partner")
    menu = harness.last_message(USER)
    assert menu.reply_markup is None and "switched off" in menu.text
    await onboard(harness, PARTNER)
    token = await make_invite(harness, PARTNER)
    await harness.command(USER, "/start", token)
    assert "switched off" in harness.last_message(USER).text
    assert not any("What never crosses" in text for text in all_texts(harness, USER))


async def test_a_partner_violence_signal_suspends_the_link_quietly(harness):
    """After a screened partner-violence signal nothing crosses, neither is told why, and unlink stays."""
    await link_new_partner(harness)
    before = len(harness.texts(USER))
    await harness.say(PARTNER, "my partner hit me last night and I am scared")
    assert len(harness.texts(USER)) == before
    assert (await link_of(harness, USER)).suspended_at is not None
    await harness.command(USER, "/partner")
    menu = harness.last_message(USER)
    assert "paused" in menu.text and "hit" not in menu.text
    labels = [b["text"] for row in menu.reply_markup["inline_keyboard"] for b in row]
    assert labels == ["Unlink"]
    harness.clock.set(EXCHANGE_DUE)
    await harness.tick()
    assert not any("secure-base question" in text for text in all_texts(harness, PARTNER))


async def test_delete_by_either_removes_their_side_and_the_link(harness):
    """/delete by the invitee removes their rows and the link; the inviter's own account stays."""
    await link_new_partner(harness)
    await harness.command(PARTNER, "/partner")
    await harness.tap(PARTNER, "Write my card")
    await harness.say(PARTNER, "Give me ten minutes")
    await harness.command(PARTNER, "/delete")
    await harness.tap(PARTNER, "Yes, continue")
    await harness.tap(PARTNER, "Delete everything now")
    assert await link_of(harness, USER) is None
    async with harness.services.sessions() as session:
        assert await repo.get_user(session, user_id=USER) is not None
        assert await repo.partner_card(session, link_id=1, user_id=PARTNER) is None


async def test_export_holds_only_the_users_own_side(harness):
    """/export has the user's own bids and card, and neither the partner's card nor who opened the invite."""
    await link_new_partner(harness)
    for writer, words in ((USER, "Ask me what I need"), (PARTNER, "Give me ten minutes")):
        await harness.command(writer, "/partner")
        await harness.tap(writer, "Write my card")
        await harness.say(writer, words)
    async with harness.services.sessions() as session:
        exported = await repo.export_user(session, user_id=USER)
    flat = repr(exported)
    assert "Ask me what I need" in flat and "Give me ten minutes" not in flat
    assert "claimed_by" not in flat and "token_hash" not in flat


async def test_the_recap_counts_bids_each_way(harness):
    """The weekly recap says how many bids each one turned toward, and nothing of the partner's practice."""
    await link_new_partner(harness)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "I could use a hug")
    await harness.tap(PARTNER, "Turning toward")
    harness.clock.advance(days=3)  # a recap needs three days of use
    await harness.command(USER, "/recap")
    await harness.tap(USER, "More")
    section = harness.texts(USER)[-1].split("Between you and your partner", 1)[1].split("\n\n", 1)[0]
    assert "You sent 1; your partner turned toward yours once." in section
    assert "check-in" not in section and "practi" not in section


async def test_partner_is_in_the_command_list_and_help(harness):
    """/partner is registered with Telegram and listed in /help."""
    commands = harness.fake.calls_to("setMyCommands")[-1].params["commands"]
    assert "partner" in str(commands)
    await harness.command(USER, "/help")
    assert "/partner" in harness.last_message(USER).text


async def test_privacy_says_exactly_what_crosses_between_partners(harness):
    """/privacy lists what a partner link shares and what it never does."""
    await harness.command(USER, "/privacy")
    text = harness.last_message(USER).text
    assert "What crosses between you" in text and "What never crosses" in text
    assert "whether or when either of you practised" in text


async def test_the_readable_export_lists_the_users_own_partner_items(harness):
    """The readable /export shows the user's own bid with its answer and their card, not the partner's card."""
    await link_new_partner(harness)
    for writer, words in ((USER, "Ask me what I need"), (PARTNER, "Give me ten minutes")):
        await harness.command(writer, "/partner")
        await harness.tap(writer, "Write my card")
        await harness.say(writer, words)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "I could use a hug")
    await harness.tap(PARTNER, "Not now — tomorrow")
    await harness.command(USER, "/export")
    readable = next(iter(harness.fake.calls_to("sendDocument")[1].files.values())).decode()
    assert "“I could use a hug” · answered: not now — tomorrow" in readable
    assert "“Ask me what I need”" in readable and "Give me ten minutes" not in readable


async def test_a_bid_to_a_partner_who_blocked_the_bot_is_said_not_to_arrive(harness):
    """When the partner's chat is blocked, the sender is told the bid didn't reach them."""
    await link_new_partner(harness)
    harness.fake.block(PARTNER)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "Tell me about your day")
    assert "didn't reach your partner" in harness.last_message(USER).text


async def test_a_bid_to_a_partner_with_quiet_delivery_makes_no_sound(harness):
    """A partner who chose quiet delivery receives bids without a notification sound."""
    await link_new_partner(harness)
    async with harness.services.sessions() as session:
        partner = await repo.get_user(session, user_id=PARTNER)
        partner.quiet = True
        await repo.save(session, partner)
    await harness.command(USER, "/partner")
    await harness.tap(USER, "Reach out (send a bid)")
    await harness.tap(USER, "Tell me about your day")
    delivered = [c for c in harness.fake.calls_to("sendMessage") if c.params.get("chat_id") == PARTNER][-1]
    assert delivered.params.get("disable_notification") is True

"""The partner link's flows as pure transitions, one step at a time: no Telegram and no database."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from bot.practice import partner_flow as flow
from bot.practice import partner_link as rules
from bot.practice.callback_data import PartnerButton, parse_partner_button
from bot.practice.partner_flow import Write
from bot.practice.safety import Topic

NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
INVITER, INVITEE, OTHER = 1, 2, 3
INVITE_ID = 7
FRESH = rules.InviteView(inviter_id=INVITER, expires_at=NOW + rules.INVITE_LIFETIME)
CLAIMED = replace(FRESH, used_at=NOW, claimed_by=INVITEE)
OPENING = flow.Opening(
    opener_id=INVITEE, offered=True, linked=False, new_here=False, invite=FRESH, invite_id=INVITE_ID
)
READY = flow.Invitee(
    user_id=INVITEE,
    claimed=True,
    invite=CLAIMED,
    adult_confirmed=True,
    feels_unsafe=False,
    onboarded=True,
    inviter_feels_unsafe=False,
)
NEW_INVITEE = replace(READY, adult_confirmed=False, feels_unsafe=None, onboarded=False)
MENU = flow.MenuFacts(set_up=True, onboarded=True)
LINK = flow.LinkState(
    link_id=5, user_id=INVITER, partner_id=INVITEE, inviter_id=INVITER, invitee_id=INVITEE, suspended=False
)
EXCHANGE = flow.ExchangeView(id=9, question_id="available", expires_at=NOW + rules.EXCHANGE_OPEN_FOR)


def tap(action: str, target: int | None = None, value: str = "") -> PartnerButton:
    """A parsed /partner tap."""
    return PartnerButton(action, target, value)


def labels(screen: flow.Screen) -> list[str]:
    """The button labels of a screen, row by row."""
    return [label for row in screen.rows for label, _ in row]


def datas(screen: flow.Screen) -> list[str]:
    """The callback data of a screen's buttons, row by row."""
    return [data for row in screen.rows for _, data in row]


# --- /partner ------------------------------------------------------------------------------------


def test_the_menu_asks_someone_unknown_to_set_up_first():
    """No user row yet: /partner points to /start."""
    assert flow.menu(flow.MenuFacts(set_up=False)) == flow.Screen(flow.NOT_SET_UP)


def test_the_menu_shows_the_link_with_its_cards():
    """A linked user sees both cards' state, a bid, their card to read, and Unlink."""
    screen = flow.menu(replace(MENU, link=flow.LinkMenu(suspended=False, my_card=True, their_card=True)))
    assert "Your card: written · their card: ready to read" in screen.text
    assert labels(screen) == ["Reach out (send a bid)", "Rewrite my card", "Read their card", "Unlink"]


def test_the_menu_offers_no_card_to_read_before_the_partner_wrote_one():
    """Without the partner's card there is no Read button, and one's own card is still to write."""
    screen = flow.menu(replace(MENU, link=flow.LinkMenu(suspended=False, my_card=False, their_card=False)))
    assert labels(screen) == ["Reach out (send a bid)", "Write my card", "Unlink"]


def test_the_menu_of_a_suspended_link_offers_only_unlink():
    """A paused link says nothing crosses and offers only Unlink."""
    screen = flow.menu(replace(MENU, link=flow.LinkMenu(suspended=True, my_card=True, their_card=True)))
    assert screen.text == flow.PAUSED and labels(screen) == ["Unlink"]


def test_the_menu_is_switched_off_for_someone_afraid_of_a_partner():
    """The fear answer: no invite is offered, and no button."""
    assert flow.menu(replace(MENU, offered=False)) == flow.Screen(flow.NOT_OFFERED)


def test_the_menu_waits_for_onboarding_before_an_invite():
    """Someone not yet set up is sent to /start."""
    assert flow.menu(replace(MENU, onboarded=False)) == flow.Screen(flow.NOT_SET_UP)


def test_the_menu_shows_a_waiting_invite_with_its_local_date():
    """A waiting invite shows until when (in the user's zone), a new link and a cancel button."""
    facts = replace(MENU, pending_id=4, pending_expires_at=datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    screen = flow.menu(replace(facts, time_zone="Europe/Berlin"))
    assert "(until 1 December)" in screen.text
    assert datas(screen) == ["pn:i", "pn:r:4"]


def test_the_menu_offers_an_invite_otherwise():
    """No link, no waiting invite: what a link is, and the button to make one."""
    screen = flow.menu(MENU)
    assert screen.text == flow.INTRO and labels(screen) == ["Create an invite link"]


# --- opening an invite link ----------------------------------------------------------------------


def test_opening_an_open_invite_claims_it_and_shows_consent():
    """An open invite is claimed; the consent screen names it in Accept and Decline."""
    outcome = flow.open_invite(OPENING, NOW)
    assert outcome.write is Write.CLAIM_INVITE
    assert outcome.shown.reply == flow.consent_screen(INVITE_ID)
    assert datas(outcome.shown.reply) == [f"pn:a:{INVITE_ID}", f"pn:d:{INVITE_ID}"]


def test_losing_the_claim_to_someone_else_is_refused_as_used():
    """When another opener's claim wins the same moment, the link is said to be used."""
    outcome = flow.open_invite(OPENING, NOW)
    assert outcome.after(False).reply.text == flow.REFUSED[rules.Opened.USED]


def test_opening_ones_claimed_invite_again_shows_consent_without_a_write():
    """The claimer opening the link again sees consent again; nothing is written."""
    outcome = flow.open_invite(replace(OPENING, invite=CLAIMED), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.reply == flow.consent_screen(INVITE_ID)


def test_opening_is_refused_to_someone_afraid_of_a_partner():
    """The fear answer: the link is not taken, and nothing is claimed."""
    outcome = flow.open_invite(replace(OPENING, offered=False), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.reply.text == flow.NOT_OFFERED


def test_opening_is_refused_to_someone_already_linked():
    """One link per person: /partner shows the one they have."""
    outcome = flow.open_invite(replace(OPENING, linked=True), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.reply.text == flow.ALREADY_LINKED


def test_an_expired_link_is_refused_with_a_word_for_someone_new():
    """Past its week the link is refused; someone new is told /start sets up their own practice."""
    outcome = flow.open_invite(replace(OPENING, new_here=True), NOW + timedelta(days=8))
    assert outcome.write is Write.NOTHING
    assert outcome.shown.reply.text == flow.REFUSED[rules.Opened.EXPIRED] + flow.TRY_IT


def test_an_unknown_token_is_refused():
    """A token that names no invite is not recognised."""
    outcome = flow.open_invite(replace(OPENING, invite=None, invite_id=None), NOW)
    assert outcome.shown.reply.text == flow.REFUSED[rules.Opened.UNKNOWN]


def test_the_inviter_opening_their_own_link_is_told_to_forward_it():
    """The inviter's own link claims nothing and says to forward it."""
    outcome = flow.open_invite(replace(OPENING, opener_id=INVITER), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.reply.text == flow.REFUSED[rules.Opened.OWN]


# --- the invitee's consent steps -----------------------------------------------------------------


def test_a_tap_on_an_invite_not_ones_own_claim_has_expired():
    """Someone who did not open the invite changes nothing."""
    outcome = flow.invite_step(flow.Invitee(user_id=OTHER, claimed=False), tap("a", INVITE_ID), NOW)
    assert outcome == flow.Outcome(flow.Shown(toast=flow.EXPIRED))


def test_decline_declines_and_tells_nobody():
    """Decline writes the decision and sends no message to the inviter."""
    outcome = flow.invite_step(READY, tap("d", INVITE_ID), NOW)
    assert (outcome.write, outcome.target) == (Write.DECLINE_INVITE, INVITE_ID)
    assert outcome.shown.edit.text == flow.DECLINED and outcome.shown.messages == ()


def test_decline_by_someone_new_mentions_their_own_practice():
    """Someone not set up hears that /start sets up their own practice."""
    outcome = flow.invite_step(NEW_INVITEE, tap("d", INVITE_ID), NOW)
    assert outcome.shown.edit.text == flow.DECLINED + flow.TRY_IT


def test_under_18_forgets_the_user_and_shows_youth_help():
    """Under 18: the user is forgotten and youth help lines are shown."""
    outcome = flow.invite_step(NEW_INVITEE, tap("g", INVITE_ID, "n"), NOW)
    assert outcome.write is Write.FORGET_USER
    assert outcome.shown.edit == flow.Screen(flow.UNDER_18, help_topic=Topic.YOUTH)


def test_accept_by_someone_new_asks_the_age_first():
    """Accept without the 18+ confirmation asks it, with buttons naming the invite."""
    outcome = flow.invite_step(NEW_INVITEE, tap("a", INVITE_ID), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.edit.text == flow.ASK_AGE
    assert datas(outcome.shown.edit) == [f"pn:g:{INVITE_ID}:y", f"pn:g:{INVITE_ID}:n"]


def test_confirming_the_age_keeps_it_and_asks_the_safety_question():
    """18 or older is kept (while unset), then the partner-fear question follows."""
    outcome = flow.invite_step(NEW_INVITEE, tap("g", INVITE_ID, "y"), NOW)
    assert outcome.user_answers == {"adult_confirmed_at": NOW}
    assert outcome.shown.edit.text == flow.ASK_SAFETY
    assert datas(outcome.shown.edit) == [f"pn:f:{INVITE_ID}:n", f"pn:f:{INVITE_ID}:y"]


def test_a_repeated_age_tap_writes_nothing_again():
    """The age already confirmed is not written a second time."""
    outcome = flow.invite_step(replace(NEW_INVITEE, adult_confirmed=True), tap("g", INVITE_ID, "y"), NOW)
    assert outcome.user_answers == {} and outcome.refused is None


def test_an_answer_taken_by_another_tap_meanwhile_is_told_expired():
    """When the guarded answer write finds it already set, the tap says it expired."""
    outcome = flow.invite_step(NEW_INVITEE, tap("g", INVITE_ID, "y"), NOW)
    assert outcome.after(False) == flow.Shown(toast=flow.EXPIRED)


def test_feeling_safe_keeps_the_answer_and_links():
    """ "No" to the fear question is kept and the invite is accepted in the same step."""
    outcome = flow.invite_step(replace(NEW_INVITEE, adult_confirmed=True), tap("f", INVITE_ID, "n"), NOW)
    assert outcome.user_answers == {"partner_feels_unsafe": False}
    assert (outcome.write, outcome.target) == (Write.ACCEPT_INVITE, INVITE_ID)


def test_feeling_afraid_declines_and_shows_abuse_help():
    """ "Yes, sometimes" is kept, the invite declined, and domestic-abuse help lines shown."""
    outcome = flow.invite_step(replace(NEW_INVITEE, adult_confirmed=True), tap("f", INVITE_ID, "y"), NOW)
    assert outcome.user_answers == {"partner_feels_unsafe": True}
    assert outcome.write is Write.DECLINE_INVITE
    assert outcome.shown.edit == flow.Screen(flow.AFRAID, help_topic=Topic.DOMESTIC_ABUSE)


def test_an_unknown_fear_answer_asks_again():
    """A fear value other than yes or no keeps nothing and asks the question again."""
    outcome = flow.invite_step(replace(NEW_INVITEE, adult_confirmed=True), tap("f", INVITE_ID, "q"), NOW)
    assert outcome.user_answers == {} and outcome.shown.edit.text == flow.ASK_SAFETY


def test_accept_by_someone_ready_links_and_tells_the_inviter_quietly_if_asked():
    """Accept links at once; the inviter is told, without sound when they chose quiet delivery."""
    outcome = flow.invite_step(replace(READY, inviter_quiet=True), tap("a", INVITE_ID), NOW)
    assert outcome.write is Write.ACCEPT_INVITE and outcome.shown.edit.text == flow.LINKED
    assert outcome.shown.messages == (flow.Message(INVITER, flow.INVITER_TOLD, quiet=True),)


def test_linking_someone_new_mentions_their_own_practice():
    """Someone linked before setting up hears their own practice is optional."""
    outcome = flow.invite_step(replace(NEW_INVITEE, adult_confirmed=True), tap("f", INVITE_ID, "n"), NOW)
    assert outcome.shown.edit.text == flow.LINKED + flow.OWN_PRACTICE


def test_an_accept_that_loses_the_write_links_nothing():
    """When the acceptance finds the invite decided or either linked, nothing was linked and nobody is told."""
    outcome = flow.invite_step(READY, tap("a", INVITE_ID), NOW)
    assert outcome.after(False) == flow.Shown(edit=flow.Screen(flow.NO_LONGER_OPEN))


def test_accept_when_either_is_linked_already_links_nothing():
    """One link per person: the invite is said to be no longer open."""
    outcome = flow.invite_step(replace(READY, either_linked=True), tap("a", INVITE_ID), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.edit.text == flow.NO_LONGER_OPEN


def test_accept_after_the_inviter_said_a_partner_frightens_them_is_quietly_unavailable():
    """The inviter's fear answer is not revealed: the invite is simply no longer open."""
    outcome = flow.invite_step(replace(READY, inviter_feels_unsafe=True), tap("a", INVITE_ID), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.edit.text == flow.NO_LONGER_OPEN


def test_accept_after_the_week_links_nothing():
    """A claim not decided within the week has lapsed."""
    outcome = flow.invite_step(READY, tap("a", INVITE_ID), NOW + timedelta(days=8))
    assert outcome.write is Write.NOTHING and outcome.shown.edit.text == flow.NO_LONGER_OPEN


# --- the inviter's taps --------------------------------------------------------------------------


def test_a_new_invite_stores_only_the_tokens_hash_and_shows_the_link():
    """The invite is written with the token's hash; the deep link with the token is shown once."""
    outcome = flow.inviter_step(flow.Inviter(MENU, "my_bot"), tap("i"), "tok", NOW)
    assert (outcome.write, outcome.value) == (Write.CREATE_INVITE, rules.token_hash("tok"))
    assert "https://t.me/my_bot?start=tok" in outcome.shown.edit.text


def test_a_new_invite_lasts_seven_days():
    """The invite written ends a week after it was made."""
    outcome = flow.inviter_step(flow.Inviter(MENU, "my_bot"), tap("i"), "tok", NOW)
    assert outcome.expires_at == NOW + timedelta(days=7)


def test_no_invite_for_someone_linked_afraid_or_not_set_up():
    """A linked, afraid, unfinished or unknown user gets no invite."""
    linked = replace(MENU, link=flow.LinkMenu(suspended=False, my_card=False, their_card=False))
    for facts in (
        linked,
        replace(MENU, offered=False),
        replace(MENU, onboarded=False),
        flow.MenuFacts(False),
    ):
        outcome = flow.inviter_step(flow.Inviter(facts, "my_bot"), tap("i"), "tok", NOW)
        assert outcome == flow.Outcome(flow.Shown(toast=flow.EXPIRED))


def test_cancelling_an_invite_revokes_it():
    """Cancel revokes the named invite and says the link no longer works."""
    outcome = flow.inviter_step(flow.Inviter(MENU), tap("r", 4), "tok", NOW)
    assert (outcome.write, outcome.target) == (Write.REVOKE_INVITE, 4)
    assert outcome.shown.toast == "Cancelled"


def test_cancelling_a_decided_invite_has_expired():
    """When the revoke finds the invite decided or not the user's, the button has expired."""
    outcome = flow.inviter_step(flow.Inviter(MENU), tap("r", 4), "tok", NOW)
    assert outcome.after(False) == flow.Shown(toast=flow.EXPIRED)


def test_the_menu_tap_shows_the_menu_again():
    """Keep the link (or any menu tap) shows /partner as it is now."""
    outcome = flow.inviter_step(flow.Inviter(MENU), tap("m"), "tok", NOW)
    assert outcome == flow.Outcome(flow.Shown(edit=flow.menu(MENU)))


# --- taps on the link ----------------------------------------------------------------------------


def test_a_link_tap_without_a_link_has_expired():
    """No link: any link tap has expired."""
    assert flow.link_decision(None, tap("b"), NOW) == flow.Outcome(flow.Shown(toast=flow.EXPIRED))


def test_unlink_asks_first():
    """Unlink shows the confirmation with Unlink and Keep the link."""
    outcome = flow.link_decision(LINK, tap("u"), NOW)
    assert outcome.write is Write.NOTHING and outcome.shown.edit.text == flow.UNLINK_CONFIRM
    assert datas(outcome.shown.edit) == ["pn:uy", "pn:m"]


def test_confirmed_unlink_unlinks_and_tells_the_partner_nothing():
    """Confirming removes the link and sends the partner no message."""
    outcome = flow.link_decision(LINK, tap("uy"), NOW)
    assert outcome.write is Write.UNLINK and outcome.shown.messages == ()


def test_unlink_stays_possible_while_suspended():
    """A paused link can still be removed."""
    outcome = flow.link_decision(replace(LINK, suspended=True), tap("uy"), NOW)
    assert outcome.write is Write.UNLINK


def test_a_suspended_link_shows_the_pause_for_anything_else():
    """While paused, a bid or card tap shows the pause and writes nothing."""
    outcome = flow.link_decision(replace(LINK, suspended=True), tap("bp", 0), NOW)
    assert outcome == flow.Outcome(flow.Shown(edit=flow.paused_screen()))


def test_reaching_out_offers_the_presets_and_ones_own_words():
    """The bid menu lists the three presets and Write my own."""
    outcome = flow.link_decision(LINK, tap("b"), NOW)
    assert labels(outcome.shown.reply) == [*rules.PRESET_BIDS, "✏️ Write my own"]


def test_reaching_out_with_three_bids_waiting_says_so():
    """Three unanswered bids: the menu is replaced by a kind word."""
    outcome = flow.link_decision(replace(LINK, waiting_bids=(NOW,) * 3), tap("b"), NOW)
    assert outcome.shown.reply.text == flow.BID_LIMIT


def test_a_preset_bid_is_stored_and_goes_to_the_partner_with_its_answers():
    """A preset is written; the partner gets it with the three answers, and the sender hears if it fails."""
    outcome = flow.link_decision(replace(LINK, partner_quiet=True), tap("bp", 1), NOW)
    assert (outcome.write, outcome.text) == (Write.ADD_BID, "I could use a hug")
    (message,) = outcome.shown.messages
    assert (message.chat_id, message.quiet, message.bid_answers, message.say_if_undelivered) == (
        INVITEE,
        True,
        True,
        True,
    )


def test_a_preset_bid_over_the_limit_is_not_stored():
    """A fourth waiting bid is not written; the tapped menu says why."""
    outcome = flow.link_decision(replace(LINK, waiting_bids=(NOW,) * 3), tap("bp", 1), NOW)
    assert outcome == flow.Outcome(flow.Shown(edit=flow.Screen(flow.BID_LIMIT)))


def test_an_unknown_preset_has_expired():
    """A preset index past the list has expired."""
    assert flow.link_decision(LINK, tap("bp", 3), NOW).shown.toast == flow.EXPIRED


def test_a_bids_answers_name_the_bid():
    """The three answer buttons carry the bid's id and each answer's code."""
    rows = flow.bid_answer_rows(12)
    assert [data for row in rows for _, data in row] == ["pn:ba:12:t", "pn:ba:12:l", "pn:ba:12:m"]


def test_answering_a_bid_records_it_and_tells_the_sender():
    """The partner's answer is written; the sender hears it, with a heart for turning toward."""
    state = replace(LINK, user_id=INVITEE, partner_id=INVITER, bid=flow.Bid(12, INVITER, "Hug?", False))
    outcome = flow.link_decision(state, tap("ba", 12, "t"), NOW)
    assert (outcome.write, outcome.target, outcome.value) == (Write.ANSWER_BID, 12, "toward")
    assert outcome.shown.messages[0].text == "Your partner answered “Hug?”: <b>Turning toward</b> 💛"


def test_a_bid_answered_meanwhile_is_already_answered():
    """When the guarded answer finds one already there, the tap says so."""
    state = replace(LINK, user_id=INVITEE, partner_id=INVITER, bid=flow.Bid(12, INVITER, "Hug?", False))
    outcome = flow.link_decision(state, tap("ba", 12, "l"), NOW)
    assert outcome.after(False) == flow.Shown(toast="Already answered")


def test_the_sender_cannot_answer_their_own_bid():
    """The sender's tap on their own bid has expired and writes nothing."""
    state = replace(LINK, bid=flow.Bid(12, INVITER, "Hug?", False))
    assert flow.link_decision(state, tap("ba", 12, "t"), NOW) == flow.Outcome(flow.Shown(toast=flow.EXPIRED))


def test_an_answered_bid_is_not_answered_twice():
    """A second answer by the partner writes nothing."""
    state = replace(LINK, user_id=INVITEE, partner_id=INVITER, bid=flow.Bid(12, INVITER, "Hug?", True))
    outcome = flow.link_decision(state, tap("ba", 12, "t"), NOW)
    assert outcome == flow.Outcome(flow.Shown(toast="Already answered"))


def test_a_forged_bid_id_has_expired():
    """A bid not in this link is not found: the tap has expired."""
    assert flow.link_decision(LINK, tap("ba", 99, "t"), NOW).shown.toast == flow.EXPIRED


def test_their_card_is_shown_escaped():
    """The partner's card is shown with its markup escaped."""
    outcome = flow.link_decision(replace(LINK, their_card="<b>space</b>"), tap("cr"), NOW)
    assert outcome.shown.reply.text == flow.THEIR_CARD + "&lt;b&gt;space&lt;/b&gt;"


def test_no_card_yet_is_said():
    """Before the partner writes one, their card is said to be missing."""
    assert flow.link_decision(LINK, tap("cr"), NOW).shown.reply.text == flow.NO_CARD_YET


def test_writing_ones_own_bid_opens_the_bid_prompt():
    """Write my own opens the bid prompt and says what to type."""
    outcome = flow.link_decision(LINK, tap("bt"), NOW)
    assert (outcome.write, outcome.value) == (Write.OPEN_PROMPT, flow.BID_PROMPT)
    assert outcome.shown.reply.text == flow.PROMPT_TEXT[flow.BID_PROMPT]


def test_writing_a_card_opens_the_card_prompt():
    """Write my card opens the card prompt."""
    outcome = flow.link_decision(LINK, tap("c"), NOW)
    assert (outcome.write, outcome.value) == (Write.OPEN_PROMPT, flow.CARD_PROMPT)


def test_answering_the_weeks_question_opens_its_prompt():
    """Answer opens the prompt naming the exchange."""
    outcome = flow.link_decision(replace(LINK, exchange=EXCHANGE), tap("x", 9), NOW)
    assert (outcome.write, outcome.value) == (Write.OPEN_PROMPT, "pex:9")
    assert outcome.shown.reply.text == flow.PROMPT_TEXT[flow.ANSWER_PROMPT]


def test_answering_a_closed_question_says_it_closed():
    """After the week's question expired, Answer opens nothing."""
    outcome = flow.link_decision(replace(LINK, exchange=EXCHANGE), tap("x", 9), NOW + timedelta(days=6))
    assert outcome == flow.Outcome(flow.Shown(toast=flow.QUESTION_CLOSED))


def test_an_action_the_link_does_not_know_has_expired():
    """An invitee action without its invite reaches the link and has expired."""
    assert flow.link_decision(LINK, tap("a"), NOW) == flow.Outcome(flow.Shown(toast=flow.EXPIRED))


# --- typed text ----------------------------------------------------------------------------------


def test_partner_prompts_are_recognised_by_their_kind():
    """pbid, pcard and pex:<id> wait for partner text; other prompts do not."""
    assert [flow.prompt_kind(p) for p in ("pbid", "pcard", "pex:9", "hold:1", None)] == [
        "pbid",
        "pcard",
        "pex",
        None,
        None,
    ]


def test_an_answer_prompt_names_its_exchange():
    """The exchange id is read from an answer prompt only."""
    assert [flow.prompt_exchange_id(p) for p in ("pex:9", "pex:x", "pbid")] == [9, None, None]


def test_typed_text_without_an_active_link_is_not_sent():
    """Unlinked or paused: nothing is written and the user is told it wasn't sent."""
    for state in (None, replace(LINK, suspended=True)):
        outcome = flow.typed_step(state, "pbid", "Walk?", NOW)
        assert outcome == flow.Outcome(flow.Shown(reply=flow.Screen(flow.NOT_SHARING)))


def test_a_typed_bid_is_cleaned_and_stored():
    """A typed bid is put on one line and written; the partner gets it with its answers."""
    outcome = flow.typed_step(LINK, "pbid", "Walk\nafter  dinner?", NOW)
    assert (outcome.write, outcome.text) == (Write.ADD_BID, "Walk after dinner?")
    assert outcome.shown.reply.text.startswith("Sent ✓") and outcome.shown.messages[0].bid_answers


def test_a_typed_bid_over_the_limit_is_not_stored():
    """A fourth waiting bid is not written."""
    outcome = flow.typed_step(replace(LINK, waiting_bids=(NOW,) * 3), "pbid", "Walk?", NOW)
    assert outcome == flow.Outcome(flow.Shown(reply=flow.Screen(flow.BID_LIMIT)))


def test_empty_typed_text_sends_nothing():
    """Only spaces or control characters: nothing is written."""
    outcome = flow.typed_step(LINK, "pbid", " \x00 ", NOW)
    assert outcome == flow.Outcome(flow.Shown(reply=flow.Screen(flow.NOTHING_SENT)))


def test_a_card_is_saved_and_the_partner_told():
    """A card is written; the partner hears there is one to read, quietly if they asked."""
    outcome = flow.typed_step(replace(LINK, partner_quiet=True), "pcard", "Ask me", NOW)
    assert (outcome.write, outcome.text) == (Write.SAVE_CARD, "Ask me")
    assert outcome.shown.messages == (flow.Message(INVITEE, flow.CARD_WRITTEN, quiet=True),)


def test_a_long_card_is_cut_and_says_so():
    """A card past its length keeps the first characters and says how many."""
    outcome = flow.typed_step(LINK, "pcard", "a" * (rules.CARD_MAX_CHARS + 1), NOW)
    assert len(outcome.text) == rules.CARD_MAX_CHARS
    assert f"I kept the first {rules.CARD_MAX_CHARS} characters." in outcome.shown.reply.text


def test_an_answer_is_kept_hidden():
    """An answer in time is written and stays hidden for now."""
    outcome = flow.typed_step(replace(LINK, exchange=EXCHANGE), "pex:9", "Tea", NOW)
    assert (outcome.write, outcome.target, outcome.text) == (Write.ADD_ANSWER, 9, "Tea")
    assert outcome.shown.reply.text == flow.ANSWER_HIDDEN


def test_a_second_answer_by_the_same_partner_is_refused():
    """When the answer write finds one already there, the user is told they answered."""
    outcome = flow.typed_step(replace(LINK, exchange=EXCHANGE), "pex:9", "Tea", NOW)
    assert outcome.after(False).reply.text == flow.ANSWERED_ALREADY


def test_an_answer_after_the_question_closed_is_not_kept():
    """Past the week's question, or for no exchange, nothing is written."""
    late = flow.typed_step(replace(LINK, exchange=EXCHANGE), "pex:9", "Tea", NOW + timedelta(days=6))
    missing = flow.typed_step(LINK, "pex:9", "Tea", NOW)
    assert late == missing == flow.Outcome(flow.Shown(reply=flow.Screen(flow.ANSWER_CLOSED)))


def test_one_answer_reveals_nothing():
    """With only one's own answer in, nothing more is written or sent."""
    state = replace(LINK, exchange=EXCHANGE)
    outcome = flow.after_answer(state, [flow.Answer(INVITER, "Tea")], NOW)
    assert outcome == flow.Outcome(flow.Shown(reply=flow.Screen(flow.ANSWER_HIDDEN)))


def test_the_second_answer_reveals_both_to_both():
    """Both answers in time: the reveal is marked once, each sees both, the partner quietly if asked."""
    state = replace(LINK, exchange=EXCHANGE, partner_quiet=True)
    outcome = flow.after_answer(state, [flow.Answer(INVITEE, "Walk"), flow.Answer(INVITER, "Tea")], NOW)
    assert (outcome.write, outcome.target) == (Write.REVEAL, 9)
    mine, theirs = outcome.shown.messages
    question = rules.EXCHANGE_QUESTIONS[0]
    assert mine == flow.Message(INVITER, rules.reveal_text(question, "Tea", "Walk"))
    assert theirs == flow.Message(INVITEE, rules.reveal_text(question, "Walk", "Tea"), quiet=True)


def test_a_reveal_another_write_made_first_is_not_sent_twice():
    """When marking the reveal finds it done, the answer is only said to be saved."""
    state = replace(LINK, exchange=EXCHANGE)
    outcome = flow.after_answer(state, [flow.Answer(INVITEE, "Walk"), flow.Answer(INVITER, "Tea")], NOW)
    assert outcome.after(False) == flow.Shown(reply=flow.Screen(flow.ANSWER_HIDDEN))


def test_an_exchange_already_revealed_is_not_revealed_again():
    """A revealed exchange sends no second reveal."""
    state = replace(LINK, exchange=replace(EXCHANGE, revealed=True))
    outcome = flow.after_answer(state, [flow.Answer(INVITEE, "Walk"), flow.Answer(INVITER, "Tea")], NOW)
    assert outcome.write is Write.NOTHING


# --- the weekly question -------------------------------------------------------------------------


def test_the_weekly_question_goes_to_an_active_link():
    """The question is asked for the user's own, active link."""
    assert flow.weekly_question(5, False, 5) is flow.WeeklyQuestion.ASK


def test_the_weekly_question_skips_a_paused_link():
    """A paused link gets no question, and it stays scheduled."""
    assert flow.weekly_question(5, True, 5) is flow.WeeklyQuestion.SKIP


def test_the_weekly_question_for_a_gone_link_is_unscheduled():
    """Unlinked, or linked anew since: the due question is unscheduled."""
    assert flow.weekly_question(None, False, 5) is flow.WeeklyQuestion.UNSCHEDULE
    assert flow.weekly_question(6, False, 5) is flow.WeeklyQuestion.UNSCHEDULE


def test_a_new_exchange_asks_the_weeks_question_and_closes_within_six_days():
    """Created by the first question to go out: the week's question in turn, open for six days."""
    assert flow.new_exchange("2026-W48", NOW) == (
        rules.exchange_question("2026-W48"),
        NOW + timedelta(days=6),
    )


def test_the_invitation_asks_the_exchanges_question_with_its_answer_button():
    """The exchange's own question is asked (the partner's may have created it), with Answer."""
    screen = flow.exchange_invitation(EXCHANGE, frozenset(), INVITER, rules.EXCHANGE_QUESTIONS[1], NOW)
    assert rules.EXCHANGE_QUESTIONS[0].text in screen.text
    assert parse_partner_button(datas(screen)[0]) == PartnerButton("x", 9, "")


def test_no_invitation_once_answered_or_closed():
    """A partner who answered, or a closed exchange, gets no question."""
    question = rules.EXCHANGE_QUESTIONS[0]
    assert flow.exchange_invitation(EXCHANGE, frozenset({INVITER}), INVITER, question, NOW) is None
    late = NOW + rules.EXCHANGE_OPEN_FOR
    assert flow.exchange_invitation(EXCHANGE, frozenset(), INVITER, question, late) is None

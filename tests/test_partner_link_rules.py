"""Pure partner-link rules: invite states, opening, consent, the reveal rule, bid limits and suspension."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.practice import partner_link
from bot.practice.callback_data import MAX_CALLBACK_BYTES, parse_partner_button, partner_button
from bot.practice.partner_link import Consent, ConsentFacts, Exchange, InviteState, InviteView, Opened

NOW = datetime(2026, 11, 23, 19, 0, tzinfo=UTC)
INVITER, INVITEE, OTHER = 1, 2, 3
FRESH = InviteView(inviter_id=INVITER, expires_at=NOW + partner_link.INVITE_LIFETIME)
CLAIMED = replace(FRESH, used_at=NOW, claimed_by=INVITEE)


# --- invite states -------------------------------------------------------------------------------


def test_a_new_invite_is_created():
    """An invite nobody opened, within its week, is created."""
    assert partner_link.invite_state(FRESH, NOW) is InviteState.CREATED


def test_a_claimed_invite_is_used():
    """Once opened by someone, an invite is used (awaiting their decision)."""
    assert partner_link.invite_state(CLAIMED, NOW) is InviteState.USED


def test_an_accepted_invite_is_accepted():
    """Accepting moves a used invite to accepted."""
    assert partner_link.invite_state(replace(CLAIMED, accepted_at=NOW), NOW) is InviteState.ACCEPTED


def test_a_declined_invite_is_declined():
    """Declining moves a used invite to declined."""
    assert partner_link.invite_state(replace(CLAIMED, declined_at=NOW), NOW) is InviteState.DECLINED


def test_an_unopened_invite_expires_after_seven_days():
    """At seven days an unopened invite is expired; a second before, it is still created."""
    assert partner_link.invite_state(FRESH, NOW + timedelta(days=7)) is InviteState.EXPIRED
    assert partner_link.invite_state(FRESH, NOW + timedelta(days=7, seconds=-1)) is InviteState.CREATED


def test_a_claimed_but_undecided_invite_expires_too():
    """Consent is given within the week: an undecided claim lapses at the expiry."""
    assert partner_link.invite_state(CLAIMED, NOW + timedelta(days=8)) is InviteState.EXPIRED


def test_a_revoked_invite_is_revoked_whatever_else_happened():
    """Cancelling wins over every other state."""
    assert partner_link.invite_state(replace(FRESH, revoked_at=NOW), NOW) is InviteState.REVOKED


def test_only_an_unused_open_invite_of_someone_else_may_be_claimed():
    """The claim condition: created, and not the inviter's own."""
    assert partner_link.may_claim(FRESH, INVITEE, NOW)
    assert not partner_link.may_claim(FRESH, INVITER, NOW)
    assert not partner_link.may_claim(CLAIMED, OTHER, NOW)
    assert not partner_link.may_claim(FRESH, INVITEE, NOW + timedelta(days=7))


def test_the_token_is_kept_only_as_its_sha256():
    """The stored hash is SHA-256 hex and differs from the token."""
    digest = partner_link.token_hash("abc")
    assert digest == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_invite_payloads_have_the_shape_of_a_token():
    """A 32-character url-safe token is an invite payload; a short word or odd characters are not."""
    assert partner_link.is_invite_payload("A" * 32)
    assert not partner_link.is_invite_payload("hello")
    assert not partner_link.is_invite_payload("A" * 31 + "!")


def test_the_deep_link_names_the_bot_and_the_token():
    """The link is t.me/<bot>?start=<token>."""
    assert partner_link.deep_link("my_bot", "tok") == "https://t.me/my_bot?start=tok"


# --- opening a link ------------------------------------------------------------------------------


def test_the_first_opener_sees_the_consent_screen():
    """Winning the claim leads to the consent screen."""
    assert partner_link.opened(CLAIMED, INVITEE, claimed=True, now=NOW) is Opened.CONSENT


def test_the_same_person_opening_again_sees_consent_again():
    """Re-opening one's own claimed invite before deciding shows consent again."""
    assert partner_link.opened(CLAIMED, INVITEE, claimed=False, now=NOW) is Opened.CONSENT


def test_someone_else_opening_a_used_link_is_refused_as_used():
    """A used link is refused to anyone but its claimer."""
    assert partner_link.opened(CLAIMED, OTHER, claimed=False, now=NOW) is Opened.USED


def test_an_expired_link_is_refused_as_expired():
    """A link past its week is refused as expired."""
    assert partner_link.opened(FRESH, INVITEE, claimed=False, now=NOW + timedelta(days=8)) is Opened.EXPIRED


def test_a_cancelled_or_unknown_link_is_refused():
    """A revoked invite is closed; a token matching nothing is unknown."""
    assert (
        partner_link.opened(replace(FRESH, revoked_at=NOW), INVITEE, claimed=False, now=NOW) is Opened.CLOSED
    )
    assert partner_link.opened(None, INVITEE, claimed=False, now=NOW) is Opened.UNKNOWN


def test_the_inviter_opening_their_own_link_is_told_so():
    """The inviter's own link is never a consent screen for them."""
    assert partner_link.opened(FRESH, INVITER, claimed=False, now=NOW) is Opened.OWN


# --- consent -------------------------------------------------------------------------------------

READY = ConsentFacts(
    invite_state=InviteState.USED,
    claimed_by_invitee=True,
    adult_confirmed=True,
    under_age=False,
    invitee_feels_unsafe=False,
    inviter_feels_unsafe=False,
    either_linked=False,
)


def test_consent_links_an_adult_who_feels_safe():
    """All answers in place: Accept links."""
    assert partner_link.consent_step(READY) is Consent.LINK


def test_consent_asks_the_age_first():
    """Without the 18+ confirmation the age question comes first, before safety."""
    facts = replace(READY, adult_confirmed=False, invitee_feels_unsafe=None)
    assert partner_link.consent_step(facts) is Consent.ASK_AGE


def test_consent_asks_the_safety_question_when_never_asked():
    """An adult never asked about partner fear is asked before linking."""
    assert partner_link.consent_step(replace(READY, invitee_feels_unsafe=None)) is Consent.ASK_SAFETY


def test_under_age_ends_consent():
    """An under-18 answer ends it, whatever else holds."""
    assert partner_link.consent_step(replace(READY, under_age=True)) is Consent.UNDER_AGE


def test_an_invitee_afraid_of_a_partner_is_not_offered_the_link():
    """A yes to partner fear never links."""
    assert partner_link.consent_step(replace(READY, invitee_feels_unsafe=True)) is Consent.NOT_OFFERED


def test_an_inviter_now_afraid_makes_the_invite_unavailable_quietly():
    """The inviter's own fear answer reads to the invitee only as "no longer open"."""
    assert partner_link.consent_step(replace(READY, inviter_feels_unsafe=True)) is Consent.UNAVAILABLE


def test_consent_on_a_lapsed_or_decided_invite_is_unavailable():
    """Only a used invite, claimed by this person, can be accepted."""
    for state in (InviteState.EXPIRED, InviteState.DECLINED, InviteState.ACCEPTED, InviteState.REVOKED):
        assert partner_link.consent_step(replace(READY, invite_state=state)) is Consent.UNAVAILABLE
    assert partner_link.consent_step(replace(READY, claimed_by_invitee=False)) is Consent.UNAVAILABLE


def test_one_link_per_person():
    """When either is linked already, no second link is made."""
    assert partner_link.consent_step(replace(READY, either_linked=True)) is Consent.ALREADY_LINKED


# --- suspension ----------------------------------------------------------------------------------


def test_the_link_is_offered_unless_a_partner_frightens_the_user():
    """Not offered after "yes" to partner fear; offered after "no" or before being asked."""
    assert not partner_link.link_offered(True)
    assert partner_link.link_offered(False) and partner_link.link_offered(None)


@pytest.mark.parametrize(
    ("suspended_at", "inviter", "invitee", "suspended"),
    [
        (None, False, False, False),
        (NOW, False, False, True),
        (None, True, False, True),
        (None, False, True, True),
    ],
)
def test_a_link_is_suspended_by_a_signal_or_either_fear_answer(suspended_at, inviter, invitee, suspended):
    """A screened signal, or either partner's fear answer, suspends the link."""
    assert partner_link.link_suspended(suspended_at, inviter, invitee) is suspended


def test_a_partner_practices_off_route_suspends_the_link():
    """The safety routes that switch partner practices off (abuse now, coercion) suspend the link."""
    assert partner_link.suspends_link(True) and not partner_link.suspends_link(False)


# --- bids ----------------------------------------------------------------------------------------


def test_three_unanswered_bids_stop_a_fourth():
    """Two waiting: one more may go; three waiting: not."""
    assert partner_link.may_send_bid([NOW] * 2, NOW)
    assert not partner_link.may_send_bid([NOW] * 3, NOW)


def test_bids_waiting_two_days_free_their_place():
    """A bid unanswered for 48 hours no longer counts among the three."""
    old = NOW - partner_link.BID_OPEN_FOR
    assert partner_link.may_send_bid([old, NOW, NOW], NOW)


def test_only_the_partner_answers_a_bid_once():
    """The sender, a stranger, or a second answer are refused."""
    members = (INVITER, INVITEE)
    assert partner_link.may_answer_bid(
        sender_id=INVITER, clicker_id=INVITEE, link_members=members, answered=False
    )
    assert not partner_link.may_answer_bid(
        sender_id=INVITER, clicker_id=INVITER, link_members=members, answered=False
    )
    assert not partner_link.may_answer_bid(
        sender_id=INVITER, clicker_id=OTHER, link_members=members, answered=False
    )
    assert not partner_link.may_answer_bid(
        sender_id=INVITER, clicker_id=INVITEE, link_members=members, answered=True
    )


# --- the weekly exchange -------------------------------------------------------------------------

CLOSES = NOW + partner_link.EXCHANGE_OPEN_FOR


def test_nothing_is_revealed_with_one_answer():
    """One answer in: not revealed; the one who answered waits."""
    assert not partner_link.may_reveal(answers=1, revealed=False, expires_at=CLOSES, now=NOW)
    state = partner_link.exchange_state(
        expires_at=CLOSES, mine_answered=True, theirs_answered=False, revealed=False, now=NOW
    )
    assert state is Exchange.WAITING


def test_both_answers_in_time_reveal_once():
    """Two answers before the close reveal; an exchange already revealed is not revealed again."""
    assert partner_link.may_reveal(answers=2, revealed=False, expires_at=CLOSES, now=NOW)
    assert not partner_link.may_reveal(answers=2, revealed=True, expires_at=CLOSES, now=NOW)


def test_an_unanswered_exchange_expires_quietly():
    """After the close, a one-sided exchange is expired and never revealed."""
    assert not partner_link.may_reveal(answers=2, revealed=False, expires_at=CLOSES, now=CLOSES)
    state = partner_link.exchange_state(
        expires_at=CLOSES, mine_answered=True, theirs_answered=False, revealed=False, now=CLOSES
    )
    assert state is Exchange.EXPIRED


def test_an_unanswered_exchange_is_open():
    """Before answering, the exchange is open for this partner."""
    state = partner_link.exchange_state(
        expires_at=CLOSES, mine_answered=False, theirs_answered=True, revealed=False, now=NOW
    )
    assert state is Exchange.OPEN


def test_the_questions_turn_week_by_week_and_each_is_cited():
    """Three consecutive weeks ask three different questions, each with its source."""
    asked = {partner_link.exchange_question(f"2026-W{week}").id for week in (47, 48, 49)}
    assert len(asked) == 3
    assert all("Feeney" in question.source for question in partner_link.EXCHANGE_QUESTIONS)


def test_the_reveal_escapes_both_answers():
    """Typed answers are escaped in the reveal."""
    text = partner_link.reveal_text(partner_link.EXCHANGE_QUESTIONS[0], "<b>me</b>", "a & b")
    assert "&lt;b&gt;me&lt;/b&gt;" in text and "a &amp; b" in text


# --- recap ---------------------------------------------------------------------------------------


def test_the_recap_counts_bids_each_way():
    """ "You turned toward 4 of 5"; "your partner turned toward yours 3 times"."""
    text = partner_link.recap_section(
        received_answers=["toward"] * 4 + ["later"], sent_answers=["toward"] * 3 + [None]
    )
    assert "You turned toward 4 of 5 bids" in text and "turned toward yours 3 times" in text


def test_the_recap_says_nothing_without_bids():
    """No bids either way: no section."""
    assert partner_link.recap_section(received_answers=[], sent_answers=[]) is None


# --- callback data -------------------------------------------------------------------------------


def test_partner_buttons_round_trip_within_64_bytes():
    """Every partner action builds and parses back, within Telegram's limit."""
    for action in rules_actions():
        data = partner_button(action, 999_999_999_999, "t")
        assert len(data.encode()) <= MAX_CALLBACK_BYTES
        parsed = parse_partner_button(data)
        assert (parsed.action, parsed.target, parsed.value) == (action, 999_999_999_999, "t")


def test_malformed_partner_buttons_parse_to_nothing():
    """Unknown actions, extra fields or other families are refused."""
    for data in ("pn:zz", "pn:ba:1:t:x", "pn:ba:one", "bid:r:t", "pn:"):
        assert parse_partner_button(data) is None


def rules_actions():
    from bot.practice.callback_data import PARTNER_ACTIONS

    return sorted(PARTNER_ACTIONS)

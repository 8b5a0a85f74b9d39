"""The partner link's flows as pure transitions: /partner, opening an invite, consent, link taps, typed text, the weekly question."""

# Each function takes what was read and returns a small frozen outcome: the one write (guarded by
# what was read), what the user sees when it takes, what they see when it finds things moved on,
# and who else gets a message. The handler carries it out; no decision is left to it.

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.practice import partner_link as rules
from bot.practice.callback_data import PartnerButton, partner_button
from bot.practice.free_text import clean_typed_text
from bot.practice.safety import Topic

EXPIRED = "This button has expired."
# The practice_prompt values that wait for typed text for the partner.
BID_PROMPT = "pbid"
CARD_PROMPT = "pcard"
ANSWER_PROMPT = "pex"
PROMPT_KINDS = frozenset({BID_PROMPT, CARD_PROMPT, ANSWER_PROMPT})

INTRO = (
    "<b>A partner link</b>\n"
    "A secure base works both ways. Link with your partner and you can send each other small "
    "bids, write a card on what helps when you're activated, and answer one question a week "
    "together.\n\n" + rules.WHAT_CROSSES
)
NOT_OFFERED = (
    "Partner features are switched off, because you told me a partner sometimes frightens you. "
    "Your own practice stays here for you. /sos has help lines any time."
)
NOT_SET_UP = "Let's finish setting up first: /start picks up where you left off."
PAUSED = (
    "<b>Your partner link</b>\nSharing is paused right now: nothing crosses in either direction.\n\n"
    "You can remove the link at any time; your partner isn't told."
)
ALREADY_LINKED = "You already have a partner link (one per person): /partner shows it."
REFUSED = {
    rules.Opened.EXPIRED: (
        "This invite link has expired: they last 7 days. If you'd both still like to link, your "
        "partner can make a new one with /partner."
    ),
    rules.Opened.USED: (
        "This invite link has already been used. Each one works once; if you'd like to link, your "
        "partner can make a new one with /partner."
    ),
    rules.Opened.CLOSED: "This invite link is no longer open. Your partner can make a new one with /partner.",
    rules.Opened.UNKNOWN: "I don't recognise this invite link. Your partner can make a new one with /partner.",
    rules.Opened.OWN: "This is your own invite link: forward it to your partner. It works once, for 7 days.",
}
# Said instead of pretending: a partner who blocked the bot gets nothing.
NOT_DELIVERED = "That didn't reach your partner: their chat with me isn't open right now."
TRY_IT = "\n\nIf you'd like your own practice here, /start sets it up."
UNDER_18 = (
    "Thank you for telling me. This bot is built for adults, so I haven't linked anything or kept "
    "anything about you.\n\nIf things are hard at home or in a relationship, people who work with young "
    "people can help, for free and in confidence:\n\n{lines}"
)
AFRAID = (
    "Thank you for telling me. Feeling afraid of a partner is a signal to take seriously, and it is "
    "not your fault. I haven't linked anything, and your partner isn't told.\n\n"
    "People who help with this, for free and in confidence:\n\n{lines}\n\n"
    "If a partner might read this chat: deleting the chat in Telegram removes these messages from your phone."
)
CONSENT = (
    "<b>Your partner invited you to link in Earned Security</b>, a practice companion for more "
    "secure relationships (not therapy).\n\n" + rules.WHAT_CROSSES + "\n\nThis is for adults, "
    "and only for a relationship where you feel safe."
)
ASK_AGE = "This is for adults. <b>Are you 18 or older?</b>"
ASK_SAFETY = (
    "One question that keeps this safe: <b>do you ever feel afraid of a partner</b>, or does a "
    "partner hurt, threaten, control or monitor you?\n<i>Only the answer is kept. Your partner "
    "isn't told.</i>"
)
LINKED = (
    "Linked ✓ /partner any time: reach out with a bid, write your “What helps me” card, and "
    "each week one question for you both."
)
OWN_PRACTICE = "\n\nYour own practice (evening check-ins, short exercises) is optional: /start sets it up."
INVITER_TOLD = "Your partner accepted your invite ✓ /partner to reach out or write your “What helps me” card."
NO_LONGER_OPEN = "This invite is no longer open. Nothing was linked."
DECLINED = "Declined. Nothing was linked, and your partner isn't told."
INVITE_MADE = (
    "Here's your invite. Forward this link to your partner: it works once, for 7 days.\n\n"
    "{link}\n\nWhen they open it they'll see what will and won't be shared, and choose."
)
UNLINK_CONFIRM = (
    "<b>Unlink?</b> Everything shared through the link goes, for both of you. Your partner "
    "isn't told; shared things simply stop."
)
UNLINKED = "Unlinked. Nothing more crosses between you, and your partner isn't told."
NO_CARD_YET = "Your partner hasn't written their card yet."
THEIR_CARD = "<b>What helps your partner when they're activated</b>\n\n"
REACHING_OUT = (
    "<b>Reaching out</b>\nPick one, or write your own. It arrives with three answers: "
    "turning toward, later tonight, or tomorrow."
)
BID_LIMIT = (
    "Three of your bids are still waiting for an answer. Give them a little time: a bid is an "
    "invitation, not a demand."
)
PROMPT_TEXT = {
    BID_PROMPT: "Type your bid in a few words, like “Walk after dinner?”. I'll read it first, then send it.",
    CARD_PROMPT: (
        "<b>What helps me when I'm activated</b>\nIn a few lines for your partner: what your pattern looks "
        "like from the outside, and what helps (words, a touch, some space, a time to talk). They can "
        "read it any time from /partner."
    ),
    ANSWER_PROMPT: "Type your answer. It stays hidden until your partner has answered too.",
}
QUESTION_CLOSED = "This week's question has closed."
NOT_SHARING = "That wasn't sent: sharing through the partner link isn't on right now."
NOTHING_SENT = "Nothing was sent. /partner to try again."
CARD_SAVED = "Saved ✓ Your partner can read your card from /partner.{kept}"
CARD_WRITTEN = "Your partner wrote you a “What helps me” card. /partner to read it."
ANSWER_CLOSED = "This week's question has closed; a new one comes next week."
ANSWERED_ALREADY = "You've answered this week's question already."
ANSWER_HIDDEN = "Saved ✓ It stays hidden until your partner answers too; then you'll both see both."
BOTH_ANSWERED = "Saved ✓ You've both answered:"

Row = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Screen:
    """A text and its buttons (rows of label and callback data); `help_topic` fills the text's {lines}."""

    text: str
    rows: tuple[Row, ...] = ()
    help_topic: Topic | None = None


@dataclass(frozen=True)
class Message:
    """A message to someone else (the partner, or both sides of a reveal), sent after the user's own."""

    chat_id: int
    text: str
    quiet: bool = False
    # The three answers to the bid just written go under it (its id is known once it is stored).
    bid_answers: bool = False
    # The sender is told when it did not arrive (their partner's chat is closed).
    say_if_undelivered: bool = False


@dataclass(frozen=True)
class Shown:
    """What the user sees: a toast on the tap, the tapped message edited, a new message; then the messages."""

    toast: str | None = None
    edit: Screen | None = None
    reply: Screen | None = None
    messages: tuple[Message, ...] = ()


class Write(StrEnum):
    """The one write an outcome asks for (each guarded in storage by the state it needs)."""

    NOTHING = "nothing"
    CLAIM_INVITE = "claim_invite"  # the opener claims the invite, if it is still unclaimed
    CREATE_INVITE = "create_invite"  # value: the token's hash
    REVOKE_INVITE = "revoke_invite"  # target: the invite
    ACCEPT_INVITE = "accept_invite"  # the link, and the weekly question scheduled for both
    DECLINE_INVITE = "decline_invite"
    FORGET_USER = "forget_user"  # under 18: nothing is kept
    UNLINK = "unlink"  # and the weekly question unscheduled for both
    ADD_BID = "add_bid"  # text: the bid
    ANSWER_BID = "answer_bid"  # target: the bid; value: the answer
    OPEN_PROMPT = "open_prompt"  # value: the practice_prompt that waits for typed text
    SAVE_CARD = "save_card"  # text: the card
    ADD_ANSWER = "add_answer"  # target: the exchange; text: the answer
    REVEAL = "reveal"  # target: the exchange, marked revealed once


@dataclass(frozen=True)
class Outcome:
    """What one step decides: the write, what shows when it takes, and what shows when it finds things moved on."""

    shown: Shown
    write: Write = Write.NOTHING
    target: int | None = None
    value: str = ""
    text: str = ""
    # The invitee's answers to the consent questions (user fields), each written only while still unset.
    user_answers: Mapping[str, object] = field(default_factory=dict)
    # Shown instead of `shown` when a guarded write finds things moved on (None: `shown` stands anyway).
    refused: Shown | None = None
    expires_at: datetime | None = None  # a new invite's end

    def after(self, taken: bool) -> Shown:
        """What shows once the write was tried (`taken`: it applied)."""
        return self.shown if taken or self.refused is None else self.refused


def _told(toast: str) -> Outcome:
    return Outcome(Shown(toast=toast))


# --- /partner ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkMenu:
    """The user's link as its menu shows it."""

    suspended: bool
    my_card: bool
    their_card: bool


@dataclass(frozen=True)
class MenuFacts:
    """What /partner shows depends on: set up or not, the link if any, the fear answer, a waiting invite."""

    set_up: bool
    onboarded: bool = False
    offered: bool = True
    link: LinkMenu | None = None
    pending_id: int | None = None
    pending_expires_at: datetime | None = None
    time_zone: str = "UTC"


def paused_screen() -> Screen:
    """A suspended link: only unlinking is offered, and nothing says why."""
    return Screen(PAUSED, ((("Unlink", partner_button("u")),),))


def menu(facts: MenuFacts) -> Screen:
    """What /partner shows now: the link, a switched-off or unfinished notice, a waiting invite, or the offer."""
    if not facts.set_up:
        return Screen(NOT_SET_UP)
    if facts.link is not None:
        return _link_menu(facts.link)
    if not facts.offered:
        return Screen(NOT_OFFERED)
    if not facts.onboarded:
        return Screen(NOT_SET_UP)
    if facts.pending_id is not None and facts.pending_expires_at is not None:
        until = facts.pending_expires_at.astimezone(ZoneInfo(facts.time_zone)).strftime("%-d %B")
        return Screen(
            f"Your invite is waiting to be opened (until {until}). Each link works once; a new one "
            "cancels this one.",
            (
                (("Make a new link", partner_button("i")),),
                (("Cancel the invite", partner_button("r", facts.pending_id)),),
            ),
        )
    return Screen(INTRO, ((("Create an invite link", partner_button("i")),),))


def _link_menu(link: LinkMenu) -> Screen:
    if link.suspended:
        return paused_screen()
    lines = [
        "<b>Your partner link</b> ✓",
        "What crosses: bids and their answers, your “What helps me” cards, and one question a week. "
        "Nothing else.",
        f"Your card: {'written' if link.my_card else 'not written yet'} · "
        f"their card: {'ready to read' if link.their_card else 'not written yet'}",
    ]
    rows = [
        (("Reach out (send a bid)", partner_button("b")),),
        (("Rewrite my card" if link.my_card else "Write my card", partner_button("c")),),
    ]
    if link.their_card:
        rows.append((("Read their card", partner_button("cr")),))
    rows.append((("Unlink", partner_button("u")),))
    return Screen("\n\n".join(lines), tuple(rows))


# --- opening an invite link ----------------------------------------------------------------------


@dataclass(frozen=True)
class Opening:
    """Someone opening an invite link: their answers so far, their link, and the invite the token names."""

    opener_id: int
    offered: bool
    linked: bool
    new_here: bool
    invite: rules.InviteView | None
    invite_id: int | None = None


def consent_screen(invite_id: int) -> Screen:
    """What will and won't be shared, with Accept and Decline."""
    return Screen(
        CONSENT,
        ((("Accept", partner_button("a", invite_id)),), (("Decline", partner_button("d", invite_id)),)),
    )


def open_invite(opening: Opening, now: datetime) -> Outcome:
    """/start with a token: claim an open invite (the claim decides a race), see consent again, or a kind refusal."""
    if not opening.offered:
        return Outcome(Shown(reply=Screen(NOT_OFFERED)))
    if opening.linked:
        return Outcome(Shown(reply=Screen(ALREADY_LINKED)))
    invite, opener = opening.invite, opening.opener_id
    try_it = TRY_IT if opening.new_here else ""
    if invite is not None and rules.may_claim(invite, opener, now):
        # Losing the claim means someone else opened it in the same moment: it is used.
        lost = rules.opened(invite, opener, claimed=False, now=now)
        return Outcome(
            Shown(reply=consent_screen(opening.invite_id)),
            write=Write.CLAIM_INVITE,
            target=opening.invite_id,
            refused=Shown(reply=Screen(REFUSED[lost] + try_it)),
        )
    outcome = rules.opened(invite, opener, claimed=False, now=now)
    if outcome is rules.Opened.CONSENT:
        return Outcome(Shown(reply=consent_screen(opening.invite_id)))
    return Outcome(Shown(reply=Screen(REFUSED[outcome] + try_it)))


# --- the invitee's consent steps -----------------------------------------------------------------


@dataclass(frozen=True)
class Invitee:
    """The invitee deciding on a claimed invite: the invite, their answers so far, and the inviter's side."""

    user_id: int
    claimed: bool  # the invite exists and this user is the one who opened it
    invite: rules.InviteView | None = None
    adult_confirmed: bool = False
    feels_unsafe: bool | None = None
    onboarded: bool = False
    inviter_feels_unsafe: bool | None = True
    inviter_quiet: bool = False
    either_linked: bool = False


INVITEE_ACTIONS = frozenset({"a", "g", "f", "d"})


def invite_step(invitee: Invitee, tap: PartnerButton, now: datetime) -> Outcome:
    """Accept, Decline or a consent answer: the answer kept, then the next question, the link, or a kind refusal."""
    if not invitee.claimed or invitee.invite is None:
        return _told(EXPIRED)
    if tap.action == "d":
        return Outcome(
            Shown(edit=Screen(DECLINED + ("" if invitee.onboarded else TRY_IT))),
            write=Write.DECLINE_INVITE,
            target=tap.target,
        )
    if tap.action == "g" and tap.value == "n":
        # Under 18: nothing is kept (the claimed invite goes with the row).
        return Outcome(Shown(edit=Screen(UNDER_18, help_topic=Topic.YOUTH)), write=Write.FORGET_USER)
    answers: dict[str, object] = {}
    if tap.action == "g" and tap.value == "y" and not invitee.adult_confirmed:
        answers["adult_confirmed_at"] = now
    if tap.action == "f" and tap.value in ("y", "n") and invitee.feels_unsafe is None:
        answers["partner_feels_unsafe"] = tap.value == "y"
    step = rules.consent_step(
        rules.ConsentFacts(
            invite_state=rules.invite_state(invitee.invite, now),
            claimed_by_invitee=True,
            adult_confirmed=invitee.adult_confirmed or "adult_confirmed_at" in answers,
            under_age=False,
            invitee_feels_unsafe=answers.get("partner_feels_unsafe", invitee.feels_unsafe),
            inviter_feels_unsafe=invitee.inviter_feels_unsafe,
            either_linked=invitee.either_linked,
        )
    )
    # An answer written meanwhile by another tap: that tap carries the step on.
    answer_taken = Shown(toast=EXPIRED) if answers else None
    if step is rules.Consent.ASK_AGE:
        rows = (
            (("Yes, I'm 18 or older", partner_button("g", tap.target, "y")),),
            (("No, I'm under 18", partner_button("g", tap.target, "n")),),
        )
        return Outcome(Shown(edit=Screen(ASK_AGE, rows)), user_answers=answers, refused=answer_taken)
    if step is rules.Consent.ASK_SAFETY:
        rows = (
            (("No", partner_button("f", tap.target, "n")),),
            (("Yes, sometimes", partner_button("f", tap.target, "y")),),
        )
        return Outcome(Shown(edit=Screen(ASK_SAFETY, rows)), user_answers=answers, refused=answer_taken)
    if step is rules.Consent.NOT_OFFERED:
        return Outcome(
            Shown(edit=Screen(AFRAID, help_topic=Topic.DOMESTIC_ABUSE)),
            write=Write.DECLINE_INVITE,
            target=tap.target,
            user_answers=answers,
            refused=answer_taken,
        )
    if step is rules.Consent.LINK:
        return Outcome(
            Shown(
                edit=Screen(LINKED + ("" if invitee.onboarded else OWN_PRACTICE)),
                messages=(Message(invitee.invite.inviter_id, INVITER_TOLD, quiet=invitee.inviter_quiet),),
            ),
            write=Write.ACCEPT_INVITE,
            target=tap.target,
            user_answers=answers,
            refused=Shown(edit=Screen(NO_LONGER_OPEN)),
        )
    return Outcome(Shown(edit=Screen(NO_LONGER_OPEN)), user_answers=answers, refused=answer_taken)


# --- the inviter's taps --------------------------------------------------------------------------


@dataclass(frozen=True)
class Inviter:
    """The user making or cancelling an invite, and what /partner shows them."""

    menu: MenuFacts
    bot_username: str = ""


INVITER_ACTIONS = frozenset({"i", "r", "m"})


def inviter_step(inviter: Inviter, tap: PartnerButton, token: str, now: datetime) -> Outcome:
    """A new invite (with the fresh `token`), a cancelled one, or the menu again."""
    facts = inviter.menu
    if tap.action == "i":
        if not (facts.set_up and facts.onboarded and facts.offered and facts.link is None):
            return _told(EXPIRED)
        link = rules.deep_link(inviter.bot_username, token)
        return Outcome(
            Shown(edit=Screen(INVITE_MADE.format(link=html.escape(link)))),
            write=Write.CREATE_INVITE,
            value=rules.token_hash(token),
            expires_at=now + rules.INVITE_LIFETIME,
        )
    if tap.action == "r" and tap.target is not None:
        return Outcome(
            Shown(toast="Cancelled", edit=Screen("Invite cancelled: the link no longer works.")),
            write=Write.REVOKE_INVITE,
            target=tap.target,
            refused=Shown(toast=EXPIRED),
        )
    return Outcome(Shown(edit=menu(facts)))


# --- taps on the link ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Bid:
    """A bid as its answer needs it."""

    id: int
    sender_id: int
    text: str
    answered: bool


@dataclass(frozen=True)
class ExchangeView:
    """A week's exchange as an answer to it needs it."""

    id: int
    question_id: str
    expires_at: datetime
    revealed: bool = False


@dataclass(frozen=True)
class LinkState:
    """The user's link as they may use it, with the rows the tap (or typed text) names."""

    link_id: int
    user_id: int
    partner_id: int
    inviter_id: int
    invitee_id: int
    suspended: bool
    # The partner asked for silent deliveries: what crosses to them makes no sound either.
    partner_quiet: bool = False
    waiting_bids: tuple[datetime, ...] = ()  # when each of the user's unanswered bids was sent
    their_card: str | None = None
    bid: Bid | None = None
    exchange: ExchangeView | None = None


def _bid(state: LinkState, text: str, now: datetime, *, edit: bool) -> Outcome:
    """A bid within the limit is stored and goes to the partner with its three answers."""
    if not rules.may_send_bid(state.waiting_bids, now):
        limit = Screen(BID_LIMIT)
        return Outcome(Shown(edit=limit) if edit else Shown(reply=limit))
    said = Screen(f"Sent ✓ “{html.escape(text)}”. I'll tell you when they answer.")
    to_partner = Message(
        state.partner_id,
        f"💬 <b>Your partner is reaching out</b>\n“{html.escape(text)}”",
        quiet=state.partner_quiet,
        bid_answers=True,
        say_if_undelivered=True,
    )
    shown = Shown(edit=said, messages=(to_partner,)) if edit else Shown(reply=said, messages=(to_partner,))
    return Outcome(shown, write=Write.ADD_BID, text=text)


def bid_answer_rows(bid_id: int) -> tuple[Row, ...]:
    """The three answers under a bid the partner receives."""
    return tuple(
        ((rules.BID_ANSWER_LABELS[answer], partner_button("ba", bid_id, code)),)
        for code, answer in rules.BID_ANSWERS.items()
    )


def _answer_bid(state: LinkState, tap: PartnerButton) -> Outcome:
    """The partner's answer to a bid, recorded once; the sender is told."""
    bid, answer = state.bid, rules.BID_ANSWERS[tap.value]
    allowed = bid is not None and rules.may_answer_bid(
        sender_id=bid.sender_id,
        clicker_id=state.user_id,
        link_members=(state.inviter_id, state.invitee_id),
        answered=bid.answered,
    )
    if not allowed:
        return _told("Already answered" if bid is not None and bid.sender_id != state.user_id else EXPIRED)
    label, said = rules.BID_ANSWER_LABELS[answer], html.escape(bid.text)
    return Outcome(
        Shown(
            toast="Sent ✓",
            edit=Screen(f"Your partner reached out: “{said}”\n\nYou answered: <b>{label}</b> ✓"),
            messages=(
                Message(
                    bid.sender_id,
                    f"Your partner answered “{said}”: <b>{label}</b>" + (" 💛" if answer == "toward" else ""),
                    quiet=state.partner_quiet,
                    say_if_undelivered=True,
                ),
            ),
        ),
        write=Write.ANSWER_BID,
        target=bid.id,
        value=answer,
        refused=Shown(toast="Already answered"),
    )


def _prompt(value: str) -> Outcome:
    """Open the prompt that waits for typed text, and say what to type."""
    return Outcome(
        Shown(reply=Screen(PROMPT_TEXT[value.split(":", 1)[0]])), write=Write.OPEN_PROMPT, value=value
    )


def link_decision(state: LinkState | None, tap: PartnerButton, now: datetime) -> Outcome:
    """A tap that acts on the link: unlink, bids and their answers, cards, the week's question."""
    if state is None:
        return _told(EXPIRED)
    if tap.action == "uy":
        return Outcome(Shown(toast="Unlinked", edit=Screen(UNLINKED)), write=Write.UNLINK)
    if tap.action == "u":
        rows = ((("Unlink", partner_button("uy")),), (("Keep the link", partner_button("m")),))
        return Outcome(Shown(edit=Screen(UNLINK_CONFIRM, rows)))
    if state.suspended:
        return Outcome(Shown(edit=paused_screen()))
    if tap.action == "ba" and tap.target is not None and tap.value in rules.BID_ANSWERS:
        return _answer_bid(state, tap)
    if tap.action == "cr":
        if state.their_card is None:
            return Outcome(Shown(reply=Screen(NO_CARD_YET)))
        return Outcome(Shown(reply=Screen(THEIR_CARD + html.escape(state.their_card))))
    if tap.action == "b":
        if not rules.may_send_bid(state.waiting_bids, now):
            return Outcome(Shown(reply=Screen(BID_LIMIT)))
        rows = tuple(
            ((text, partner_button("bp", index)),) for index, text in enumerate(rules.PRESET_BIDS)
        ) + ((("✏️ Write my own", partner_button("bt")),),)
        return Outcome(Shown(reply=Screen(REACHING_OUT, rows)))
    if tap.action == "bp" and tap.target is not None and tap.target < len(rules.PRESET_BIDS):
        return _bid(state, rules.PRESET_BIDS[tap.target], now, edit=True)
    if tap.action == "bt":
        return _prompt(BID_PROMPT)
    if tap.action == "c":
        return _prompt(CARD_PROMPT)
    if tap.action == "x" and tap.target is not None:
        exchange = state.exchange
        if exchange is None or now >= exchange.expires_at:
            return _told(QUESTION_CLOSED)
        return _prompt(f"{ANSWER_PROMPT}:{exchange.id}")
    return _told(EXPIRED)


# --- typed text for the partner ------------------------------------------------------------------


def prompt_kind(practice_prompt: str | None) -> str | None:
    """Which partner prompt waits for typed text, if one does."""
    kind = (practice_prompt or "").split(":", 1)[0]
    return kind if kind in PROMPT_KINDS else None


def prompt_exchange_id(practice_prompt: str | None) -> int | None:
    """The exchange an answer prompt names, if it names one."""
    named = (practice_prompt or "").split(":", 1)[-1]
    return int(named) if prompt_kind(practice_prompt) == ANSWER_PROMPT and named.isdigit() else None


def typed_step(state: LinkState | None, practice_prompt: str | None, typed: str, now: datetime) -> Outcome:
    """Screened typed text for the partner (the prompt closes whatever follows): a bid, a card or the week's answer."""
    if state is None or state.suspended:
        return Outcome(Shown(reply=Screen(NOT_SHARING)))
    kind = prompt_kind(practice_prompt)
    nothing = Outcome(Shown(reply=Screen(NOTHING_SENT)))
    if kind == BID_PROMPT:
        text, _ = clean_typed_text(typed, rules.BID_MAX_CHARS)
        return _bid(state, text, now, edit=False) if text else nothing
    if kind == CARD_PROMPT:
        text, cut = clean_typed_text(typed, rules.CARD_MAX_CHARS)
        if not text:
            return nothing
        kept = f" I kept the first {rules.CARD_MAX_CHARS} characters." if cut else ""
        told = Message(state.partner_id, CARD_WRITTEN, quiet=state.partner_quiet)
        return Outcome(
            Shown(reply=Screen(CARD_SAVED.format(kept=kept)), messages=(told,)),
            write=Write.SAVE_CARD,
            text=text,
        )
    exchange = state.exchange
    text, _ = clean_typed_text(typed, rules.ANSWER_MAX_CHARS)
    if exchange is None or not text or now >= exchange.expires_at:
        return Outcome(Shown(reply=Screen(ANSWER_CLOSED)))
    return Outcome(
        Shown(reply=Screen(ANSWER_HIDDEN)),
        write=Write.ADD_ANSWER,
        target=exchange.id,
        text=text,
        refused=Shown(reply=Screen(ANSWERED_ALREADY)),
    )


@dataclass(frozen=True)
class Answer:
    """One partner's answer to a week's question."""

    user_id: int
    text: str


def after_answer(state: LinkState, answers: Sequence[Answer], now: datetime) -> Outcome:
    """Once an answer is kept, read back with the partner's: when it completes the pair, the reveal (once) for both."""
    exchange = state.exchange
    hidden = Outcome(Shown(reply=Screen(ANSWER_HIDDEN)))
    mine = next((a for a in answers if a.user_id == state.user_id), None)
    theirs = next((a for a in answers if a.user_id != state.user_id), None)
    ready = rules.may_reveal(
        answers=len(answers), revealed=exchange.revealed, expires_at=exchange.expires_at, now=now
    )
    if not ready or mine is None or theirs is None:
        return hidden
    question = next(q for q in rules.EXCHANGE_QUESTIONS if q.id == exchange.question_id)
    return Outcome(
        Shown(
            reply=Screen(BOTH_ANSWERED),
            messages=(
                Message(state.user_id, rules.reveal_text(question, mine.text, theirs.text)),
                Message(
                    theirs.user_id,
                    rules.reveal_text(question, theirs.text, mine.text),
                    quiet=state.partner_quiet,
                ),
            ),
        ),
        write=Write.REVEAL,
        target=exchange.id,
        refused=hidden.shown,
    )


# --- the weekly question -------------------------------------------------------------------------


class WeeklyQuestion(StrEnum):
    """What a partner's due weekly question becomes."""

    ASK = "ask"
    SKIP = "skip"  # sharing is paused: nothing goes out this week
    UNSCHEDULE = "unschedule"  # the link it was for is gone


def weekly_question(link_id: int | None, suspended: bool, due_for_link: int) -> WeeklyQuestion:
    """The question goes out only for the user's own, active link."""
    if link_id is None or link_id != due_for_link:
        return WeeklyQuestion.UNSCHEDULE
    return WeeklyQuestion.SKIP if suspended else WeeklyQuestion.ASK


def new_exchange(week_key: str, now: datetime) -> tuple[rules.ExchangeQuestion, datetime]:
    """The question and closing time of a week's exchange, should this partner's question create it."""
    return rules.exchange_question(week_key), now + rules.EXCHANGE_OPEN_FOR


def exchange_invitation(
    exchange: ExchangeView,
    answered: frozenset[int],
    user_id: int,
    week_question: rules.ExchangeQuestion,
    now: datetime,
) -> Screen | None:
    """The week's question with its Answer button; None once this partner answered or it closed."""
    if user_id in answered or now >= exchange.expires_at:
        return None
    # The partner's question may have created this week's exchange already: theirs is the one asked.
    question = next((q for q in rules.EXCHANGE_QUESTIONS if q.id == exchange.question_id), week_question)
    return Screen(
        f"<b>This week's secure-base question</b>\n<i>{html.escape(question.text)}</i>\n\n"
        "Your answer stays hidden until your partner has answered too; then you both see both.",
        ((("Answer", partner_button("x", exchange.id)),),),
    )

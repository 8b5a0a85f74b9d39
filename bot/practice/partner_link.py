"""The opt-in partner link: invite states, consent, what may cross, bid limits, the weekly reveal and suspension."""

# Safety is designed in from the first line: nothing crosses unless a person actively sends it,
# someone afraid of a partner is never offered the link, and a screened partner-violence or
# coercion signal suspends a link quietly (neither side is told why: telling could put someone
# at risk).

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

INVITE_LIFETIME = timedelta(days=7)
# secrets.token_urlsafe(24) gives 32 characters: within Telegram's 64 for a start payload.
INVITE_TOKEN_BYTES = 24
_PAYLOAD = re.compile(r"^[A-Za-z0-9_-]{20,64}$")

MAX_UNANSWERED_BIDS = 3
# A bid left unanswered this long no longer holds a place among the three.
BID_OPEN_FOR = timedelta(hours=48)
BID_MAX_CHARS = 200
CARD_MAX_CHARS = 600
ANSWER_MAX_CHARS = 500
# A week's question is open until shortly before the next one; unanswered ones expire quietly.
EXCHANGE_OPEN_FOR = timedelta(days=6)

PRESET_BIDS = ("Can we talk tonight?", "I could use a hug", "Tell me about your day")
# Button code -> stored answer, and the words each side sees.
BID_ANSWERS = {"t": "toward", "l": "later", "m": "tomorrow"}
BID_ANSWER_LABELS = {
    "toward": "Turning toward",
    "later": "Not now — later tonight",
    "tomorrow": "Not now — tomorrow",
}

# Said on the consent screen, in /privacy and in the README: exactly what crosses, and what never does.
WHAT_CROSSES = (
    "<b>What crosses between you</b>, and only when one of you sends it:\n"
    "• bids (“Can we talk tonight?”) and the answer to each\n"
    "• a “What helps me when I'm activated” card each of you writes for the other\n"
    "• one secure-base question a week, shown to both only once both have answered\n"
    "• in each weekly recap: how many bids went each way and how many were turned toward\n\n"
    "<b>What never crosses</b>: check-ins, notes, your story, moments, plans, scores, safety "
    "pauses or anything said in a hard moment, and whether or when either of you practised.\n\n"
    "Either of you can unlink at any time; the other is not told, shared items just stop."
)


class InviteState(StrEnum):
    """Where an invite stands."""

    CREATED = "created"  # waiting to be opened
    USED = "used"  # opened (claimed) by one person, who has not yet decided
    ACCEPTED = "accepted"
    DECLINED = "declined"
    EXPIRED = "expired"
    REVOKED = "revoked"


@dataclass(frozen=True)
class InviteView:
    """What the rules need about an invite."""

    inviter_id: int
    expires_at: datetime
    used_at: datetime | None = None
    claimed_by: int | None = None
    accepted_at: datetime | None = None
    declined_at: datetime | None = None
    revoked_at: datetime | None = None


def token_hash(token: str) -> str:
    """The SHA-256 of an invite token, as stored: the token itself is never kept."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def is_invite_payload(payload: str) -> bool:
    """Whether a /start payload has the shape of an invite token."""
    return bool(_PAYLOAD.match(payload or ""))


def deep_link(bot_username: str, token: str) -> str:
    """The link the inviter forwards: opening it starts the bot with the token."""
    return f"https://t.me/{bot_username}?start={token}"


def invite_state(invite: InviteView, now: datetime) -> InviteState:
    """An invite's state: decisions first, then a claim, then the clock."""
    if invite.revoked_at is not None:
        return InviteState.REVOKED
    if invite.accepted_at is not None:
        return InviteState.ACCEPTED
    if invite.declined_at is not None:
        return InviteState.DECLINED
    if now >= invite.expires_at:
        # A claimed invite not decided in time lapses too: consent is given within the week.
        return InviteState.EXPIRED
    if invite.used_at is not None:
        return InviteState.USED
    return InviteState.CREATED


def may_claim(invite: InviteView, opener_id: int, now: datetime) -> bool:
    """The claim condition the storage's one conditional UPDATE applies (unused, open, not one's own)."""
    return invite_state(invite, now) is InviteState.CREATED and opener_id != invite.inviter_id


class Opened(StrEnum):
    """What opening an invite link leads to."""

    CONSENT = "consent"  # show what will and won't be shared, with Accept / Decline
    OWN = "own"  # the inviter opened their own link
    EXPIRED = "expired"
    USED = "used"  # someone already used it, or it was decided
    CLOSED = "closed"  # cancelled by the inviter
    UNKNOWN = "unknown"


def opened(invite: InviteView | None, opener_id: int, *, claimed: bool, now: datetime) -> Opened:
    """The outcome of opening a link, after the atomic claim was tried (`claimed`: this opener won it)."""
    if invite is None:
        return Opened.UNKNOWN
    if invite.inviter_id == opener_id:
        return Opened.OWN
    state = invite_state(invite, now)
    if claimed or (state is InviteState.USED and invite.claimed_by == opener_id):
        return Opened.CONSENT
    if state is InviteState.EXPIRED:
        return Opened.EXPIRED
    if state is InviteState.REVOKED:
        return Opened.CLOSED
    return Opened.USED


def link_offered(partner_feels_unsafe: bool | None) -> bool:
    """The link is offered only to someone who has not said a partner frightens them."""
    return partner_feels_unsafe is not True


def link_suspended(
    suspended_at: datetime | None, inviter_feels_unsafe: bool | None, invitee_feels_unsafe: bool | None
) -> bool:
    """A link is suspended after a screened signal, or while either partner's fear answer is set."""
    return suspended_at is not None or not (
        link_offered(inviter_feels_unsafe) and link_offered(invitee_feels_unsafe)
    )


def suspends_link(partner_practices_off: bool) -> bool:
    """A screened partner-violence or coercion signal (the safety route switches partner practices off)
    suspends the writer's link for good; only unlinking ends it."""
    return partner_practices_off


class Consent(StrEnum):
    """The next step after the invitee taps Accept, or answers one of its questions."""

    ASK_AGE = "ask_age"  # adults only: the 18+ confirmation must hold before any link
    ASK_SAFETY = "ask_safety"  # the partner-fear question, for someone never asked it
    UNDER_AGE = "under_age"  # nothing is kept
    NOT_OFFERED = "not_offered"  # afraid of a partner: no link, help instead
    UNAVAILABLE = "unavailable"  # the invite lapsed, or the inviter can no longer be linked
    ALREADY_LINKED = "already_linked"
    LINK = "link"


@dataclass(frozen=True)
class ConsentFacts:
    """What decides consent: the invite, the invitee's answers so far, and both sides' links."""

    invite_state: InviteState
    claimed_by_invitee: bool
    adult_confirmed: bool
    under_age: bool
    invitee_feels_unsafe: bool | None
    inviter_feels_unsafe: bool | None
    either_linked: bool


def consent_step(facts: ConsentFacts) -> Consent:
    """Accept leads through the questions still missing to a link, or to a kind refusal."""
    if facts.under_age:
        return Consent.UNDER_AGE
    if facts.invite_state is not InviteState.USED or not facts.claimed_by_invitee:
        return Consent.UNAVAILABLE
    if not facts.adult_confirmed:
        return Consent.ASK_AGE
    if facts.invitee_feels_unsafe is None:
        return Consent.ASK_SAFETY
    if not link_offered(facts.invitee_feels_unsafe):
        return Consent.NOT_OFFERED
    if not link_offered(facts.inviter_feels_unsafe):
        # Said quietly as "no longer open": the inviter's answer is theirs, not the invitee's to know.
        return Consent.UNAVAILABLE
    if facts.either_linked:
        return Consent.ALREADY_LINKED
    return Consent.LINK


def open_bids(sent_at: Sequence[datetime | None], now: datetime) -> int:
    """How many of the sender's bids still wait for an answer (unanswered ones given as their sent time)."""
    return sum(1 for at in sent_at if at is not None and now - at < BID_OPEN_FOR)


def may_send_bid(unanswered_sent_at: Sequence[datetime], now: datetime) -> bool:
    """At most three unanswered bids at once, so a bid never becomes pressure."""
    return open_bids(unanswered_sent_at, now) < MAX_UNANSWERED_BIDS


def may_answer_bid(*, sender_id: int, clicker_id: int, link_members: tuple[int, int], answered: bool) -> bool:
    """Only the partner the bid went to answers it, once."""
    return clicker_id in link_members and clicker_id != sender_id and not answered


@dataclass(frozen=True)
class ExchangeQuestion:
    """One question of the weekly secure-base exchange, with the research it rests on."""

    id: str
    text: str
    source: str


EXCHANGE_QUESTIONS = (
    ExchangeQuestion(
        id="available",
        text="When did your partner feel available to you this week, even in a small way?",
        source=(
            "Availability and responsiveness as the core of a safe haven: Feeney & Collins (2015), "
            "Personality and Social Psychology Review 19(2):113–147."
        ),
    ),
    ExchangeQuestion(
        id="goals",
        text="What's one thing you'd like to try or work toward next week, and how could your partner back you?",
        source=(
            "Secure-base support of a partner's goals (available, not interfering, encouraging): "
            "Feeney (2004), JPSP 87(5):631–648; Feeney & Thrush (2010), JPSP 98(1):57–76."
        ),
    ),
    ExchangeQuestion(
        id="supported",
        text="Name one moment this week when you felt supported by your partner.",
        source=(
            "Thriving through relationships, noticing support received: Feeney & Collins (2015), "
            "Personality and Social Psychology Review 19(2):113–147."
        ),
    ),
)


def exchange_question(week_key: str) -> ExchangeQuestion:
    """The week's question: the set in turn, by ISO week number (both partners get the same one)."""
    week = int(week_key.rsplit("W", 1)[-1])
    return EXCHANGE_QUESTIONS[week % len(EXCHANGE_QUESTIONS)]


class Exchange(StrEnum):
    """Where a week's exchange stands for one partner."""

    OPEN = "open"  # this partner has not answered
    WAITING = "waiting"  # this partner answered; the other has not
    REVEALED = "revealed"
    EXPIRED = "expired"


def exchange_state(
    *, expires_at: datetime, mine_answered: bool, theirs_answered: bool, revealed: bool, now: datetime
) -> Exchange:
    """The exchange for one partner: revealed only when both answered in time."""
    if revealed:
        return Exchange.REVEALED
    if now >= expires_at:
        return Exchange.EXPIRED
    if mine_answered and theirs_answered:
        return Exchange.REVEALED
    return Exchange.WAITING if mine_answered else Exchange.OPEN


def may_reveal(*, answers: int, revealed: bool, expires_at: datetime, now: datetime) -> bool:
    """The reveal rule: both answers in, before the question expired, and not shown already."""
    return answers >= 2 and not revealed and now < expires_at


def reveal_text(question: ExchangeQuestion, mine: str, theirs: str) -> str:
    """Both answers side by side, for one partner (theirs escaped like every echoed text)."""
    return (
        f"<b>This week's secure-base question</b>\n<i>{html.escape(question.text)}</i>\n\n"
        f"<b>You</b>: {html.escape(mine)}\n\n<b>Your partner</b>: {html.escape(theirs)}"
    )


def recap_section(
    *, received_answers: Sequence[str | None], sent_answers: Sequence[str | None]
) -> str | None:
    """The recap's lines on bids between partners, from what crossed only; None when none did."""
    if not received_answers and not sent_answers:
        return None
    lines = ["<b>Between you and your partner</b>"]
    if received_answers:
        toward = sum(1 for answer in received_answers if answer == "toward")
        lines.append(f"You turned toward {toward} of {len(received_answers)} bids from your partner.")
    if sent_answers:
        toward = sum(1 for answer in sent_answers if answer == "toward")
        times = "once" if toward == 1 else f"{toward} times"
        lines.append(
            f"You sent {len(sent_answers)}; your partner turned toward yours {times}."
            if toward
            else f"You sent {len(sent_answers)}. Reaching out is the practice, whatever the answer."
        )
    return "\n".join(lines)

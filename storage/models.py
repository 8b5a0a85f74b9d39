"""SQLModel tables: every row the bot keeps, from users and check-ins to plans, inbox and due rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import BigInteger, Column, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from storage.crypto import EncryptedText


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC instants on every engine (SQLite has no time zone type)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: store aware UTC instants only")
        value = value.astimezone(UTC)
        # SQLite stores text; a fixed naive UTC form keeps string comparison in SQL correct.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utc_column(*, nullable: bool = True, index: bool = False) -> Column:
    """A column holding an aware UTC instant."""
    return Column(UTCDateTime(), nullable=nullable, index=index)


def secret_text_column() -> Column:
    """Free text the user typed: encrypted at rest when DATA_KEY is set."""
    return Column(EncryptedText(), nullable=True)


def user_fk_column() -> Column:
    """The owning user's id; rows go with the user when the user is deleted."""
    return Column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)


class User(SQLModel, table=True):
    """A practitioner, keyed by their Telegram user id (which is also their private chat id)."""

    __tablename__ = "users"

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    # Onboarding is derived from which of these are filled; see bot.practice.onboarding.
    adult_confirmed_at: datetime | None = Field(default=None, sa_column=utc_column())
    direction: str | None = None
    # One letter per answered reflection statement ("y"/"n"), while the user is unsure of direction.
    reflection_answers: str | None = None
    pattern_id: str | None = None
    pattern: str | None = Field(default=None, sa_column=secret_text_column())
    secure_alternative: str | None = Field(default=None, sa_column=secret_text_column())
    time_zone: str | None = None
    checkin_time: time | None = None
    onboarded_at: datetime | None = Field(default=None, sa_column=utc_column())
    # The user said a partner frightens them: no partner-involving practice is ever offered.
    # None until onboarding has asked.
    partner_feels_unsafe: bool | None = None
    # The weekly recap: local weekday (Monday 0 … Sunday 6) and time.
    recap_weekday: int = 6
    recap_time: time = time(19, 0)
    # Scheduled messages go out without a notification sound.
    quiet: bool = False
    # While paused nothing scheduled is sent; paused_until None with paused_since set = until /resume.
    paused_since: datetime | None = Field(default=None, sa_column=utc_column())
    paused_until: datetime | None = Field(default=None, sa_column=utc_column())
    # The story prompt whose typed answer is awaited (/story), if any.
    story_prompt_id: str | None = None
    # The safety-plan section waiting for typed text (/sos), if any; opened at prompt_opened_at.
    plan_section: str | None = None
    # Text typed outside any question, kept until the user chooses what to do with it (a burst
    # of lines is joined); encrypted like every free text.
    pending_text: str | None = Field(default=None, sa_column=secret_text_column())
    pending_at: datetime | None = Field(default=None, sa_column=utc_column())
    # The practice whose current step waits for typed text, if any; opened at prompt_opened_at.
    practice_prompt_id: int | None = None
    # The setting being changed from /settings (an onboarding step name), while its answer is awaited.
    changing: str | None = None
    # When the /settings or /story prompt above was opened: an old one no longer takes typed text.
    prompt_opened_at: datetime | None = Field(default=None, sa_column=utc_column())
    # When the user last sent a command: a prompt opened before it has been superseded.
    last_command_at: datetime | None = Field(default=None, sa_column=utc_column())
    # When the bot asked "keep going?" after unanswered check-ins; cleared by any answer.
    keep_going_asked_at: datetime | None = Field(default=None, sa_column=utc_column())
    # Unanswered check-ins are counted from here on (the last answer to, or lapse of, that question).
    keep_going_reset_at: datetime | None = Field(default=None, sa_column=utc_column())
    # Set when Telegram says the user blocked the bot; nothing is scheduled until /start again.
    unreachable_since: datetime | None = Field(default=None, sa_column=utc_column())
    # What the user's next typed text fills in for a plan or the moment flow ("cue:12", "hold:10"),
    # opened at prompt_opened_at like the other prompts.
    practice_prompt: str | None = None
    # The user switched on the persistent /now button under the text box (/settings).
    now_button: bool = False
    # The name the user typed for the /share summary (a first name, initials, a pseudonym).
    share_name: str | None = Field(default=None, sa_column=secret_text_column())


class CheckIn(SQLModel, table=True):
    """One day's check-in for one user: at most one per (user, local practice date)."""

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("user_id", "local_date", name="uq_checkin_user_date"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    local_date: date
    # Where the conversation stands: activation → choice → intensity → note → done.
    stage: str = "activation"
    activated: str | None = None
    choice: str | None = None
    intensity: int | None = None
    # The if–then plan the day's answer is about, picked on the card when the user has several.
    plan_id: int | None = None
    note: str | None = Field(default=None, sa_column=secret_text_column())
    message_id: int | None = None
    # The closing replies this check-in got (comma-separated ids), so the next days' replies differ.
    reply_ids: str | None = None
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    sent_at: datetime | None = Field(default=None, sa_column=utc_column())
    answered_at: datetime | None = Field(default=None, sa_column=utc_column())
    closes_at: datetime = Field(sa_column=utc_column(nullable=False))


class DueMessage(SQLModel, table=True):
    """A message the scheduler will send at `due_at`; recurring kinds are advanced, not re-inserted."""

    __tablename__ = "due_messages"
    __table_args__ = (UniqueConstraint("user_id", "kind", "ref_id", name="uq_due_user_kind_ref"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    kind: str
    # 0 for recurring kinds; the referenced row's id for one-off kinds (e.g. an exercise follow-up).
    ref_id: int = 0
    due_at: datetime = Field(sa_column=utc_column(nullable=False, index=True))
    # While set and in the future, one process owns the row; after it passes, any process may.
    claimed_until: datetime | None = Field(default=None, sa_column=utc_column())
    attempts: int = 0
    # Set just before the Bot API call, cleared once the outcome is known: a row claimed again with
    # this set was interrupted mid-send (timeout, crash), so the message may already be on the phone.
    send_started_at: datetime | None = Field(default=None, sa_column=utc_column())
    # Sends of this occurrence whose outcome stayed unknown; after one, it is not tried again.
    unknown_outcomes: int = 0


class ExercisePractice(SQLModel, table=True):
    """One exercise offered to a user, and what became of it: started, completed, skipped, how it felt."""

    __tablename__ = "exercise_practices"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    exercise_id: str
    level: int
    # offered → started → completed, or skipped / not_now / not_with_person along the way.
    status: str = "offered"
    # Which step the user is on while started (0-based); guards against double taps.
    step_index: int = 0
    # Why it was offered: "command", "after_old_pattern", "after_secure", "after_worse".
    reason: str = "command"
    offered_at: datetime = Field(sa_column=utc_column(nullable=False))
    started_at: datetime | None = Field(default=None, sa_column=utc_column())
    completed_at: datetime | None = Field(default=None, sa_column=utc_column())
    feeling: str | None = None
    feeling_at: datetime | None = Field(default=None, sa_column=utc_column())
    # What the user typed at steps whose exercise keeps it ("Step 2: ..." per step), encrypted.
    written: str | None = Field(default=None, sa_column=secret_text_column())


class WeeklyRecap(SQLModel, table=True):
    """A scheduled weekly recap that went out: at most one per user per local week."""

    __tablename__ = "weekly_recaps"
    __table_args__ = (UniqueConstraint("user_id", "week_key", name="uq_recap_user_week"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    week_key: str  # ISO year and week of the recap's local date, e.g. 2026-W47
    recap_date: date
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    message_id: int | None = None
    sent_at: datetime | None = Field(default=None, sa_column=utc_column())


class CapacityRating(SQLModel, table=True):
    """A weekly 1–5 self-rating of one of the three capacities the seeds track."""

    __tablename__ = "capacity_ratings"
    __table_args__ = (UniqueConstraint("user_id", "capacity", "week_key", name="uq_capacity_user_week"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    capacity: str  # regulation · expression · closeness
    week_key: str
    local_date: date
    rating: int
    rated_at: datetime = Field(sa_column=utc_column(nullable=False))


class SafetyFlag(SQLModel, table=True):
    """A crisis signal seen in the user's text: practice prompts pause until `pause_until`.

    Only the category is kept, never the text that raised it.
    """

    __tablename__ = "safety_flags"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    categories: str  # comma-separated screen categories
    raised_at: datetime = Field(sa_column=utc_column(nullable=False))
    pause_until: datetime = Field(sa_column=utc_column(nullable=False))
    # The user said they are safe; the flag stays on record but no longer pauses practice.
    cleared_at: datetime | None = Field(default=None, sa_column=utc_column())


class StoryEntry(SQLModel, table=True):
    """One answer in the user's private story journal (/story); never judged or scored."""

    __tablename__ = "story_entries"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    prompt_id: str
    text: str = Field(sa_column=Column(EncryptedText(), nullable=False))
    written_at: datetime = Field(sa_column=utc_column(nullable=False))


class SafetyPlanEntry(SQLModel, table=True):
    """One section of the user's personal safety plan (/sos), in their own words."""

    __tablename__ = "safety_plan_entries"
    __table_args__ = (UniqueConstraint("user_id", "section", name="uq_safety_plan_user_section"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    section: str
    text: str = Field(sa_column=Column(EncryptedText(), nullable=False))
    updated_at: datetime = Field(sa_column=utc_column(nullable=False))


class BidLog(SQLModel, table=True):
    """One bid for connection the user noticed (/bid): how they responded, and with whom."""

    __tablename__ = "bid_logs"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    local_date: date
    response: str  # toward · missed · away
    who: str | None = None  # partner · friend · family
    logged_at: datetime = Field(sa_column=utc_column(nullable=False))


class SupportRating(SQLModel, table=True):
    """Who was a steady presence in one week (asked with the weekly recap)."""

    __tablename__ = "support_ratings"
    __table_args__ = (UniqueConstraint("user_id", "week_key", name="uq_support_user_week"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    week_key: str
    local_date: date
    who: str  # partner · friend · family · therapist · no one
    rated_at: datetime = Field(sa_column=utc_column(nullable=False))


class ErrorEvent(SQLModel, table=True):
    """One error the bot ran into, for operators' counts: its type and when, never any content."""

    __tablename__ = "error_events"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_column=utc_column(nullable=False, index=True))
    kind: str


class AppState(SQLModel, table=True):
    """Small named values the processes share: the DATA_KEY check value and running processes."""

    __tablename__ = "app_state"

    name: str = Field(primary_key=True)
    value: str
    updated_at: datetime = Field(sa_column=utc_column(nullable=False))


class PatternPlan(SQLModel, table=True):
    """One of the user's if–then plans (at most three active): the cue, the old move, the secure alternative."""

    __tablename__ = "pattern_plans"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    cue: str | None = Field(default=None, sa_column=secret_text_column())
    old_move: str | None = Field(default=None, sa_column=secret_text_column())
    secure_alternative: str | None = Field(default=None, sa_column=secret_text_column())
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    # A retired plan stays for the user's history and export, and no longer counts toward the three.
    retired_at: datetime | None = Field(default=None, sa_column=utc_column())


class PatternMoment(SQLModel, table=True):
    """One moment the user marked their pattern firing (/now): when, which plan, and what they did."""

    __tablename__ = "pattern_moments"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    plan_id: int | None = None
    local_date: date
    marked_at: datetime = Field(sa_column=utc_column(nullable=False))
    # marked → held / staying → sent / edited / let_go / stayed; the evening check-in may add a choice.
    action: str = "marked"
    choice: str | None = None


class HeldMessage(SQLModel, table=True):
    """A message the user asked the bot to hold before sending; deleted as soon as they decide."""

    __tablename__ = "held_messages"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    moment_id: int | None = None
    text: str = Field(sa_column=Column(EncryptedText(), nullable=False))
    wait_minutes: int
    held_at: datetime = Field(sa_column=utc_column(nullable=False))


class Repair(SQLModel, table=True):
    """A repair after an old-pattern day: an optional draft in the user's words, and whether they repaired."""

    __tablename__ = "repairs"
    __table_args__ = (UniqueConstraint("user_id", "after_date", name="uq_repair_user_day"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(sa_column=user_fk_column())
    # The old-pattern day this repair follows.
    after_date: date
    # drafted (words written, not yet done) → repaired
    status: str = "drafted"
    text: str | None = Field(default=None, sa_column=secret_text_column())
    local_date: date
    logged_at: datetime = Field(sa_column=utc_column(nullable=False))


class InboundUpdate(SQLModel, table=True):
    """One update Telegram posted to the webhook, kept until a process has handled it (then a day)."""

    __tablename__ = "inbound_updates"

    id: int | None = Field(default=None, primary_key=True)
    # Telegram's id: a second post of the same update is acknowledged and ignored.
    update_id: int = Field(sa_column=Column(BigInteger, nullable=False, unique=True))
    # The sender; one user's updates are handed out one at a time, oldest first. None: no user.
    user_id: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True, index=True))
    # The update as Telegram sent it; it holds what the user typed, so it is encrypted at rest.
    payload: str | None = Field(default=None, sa_column=secret_text_column())
    received_at: datetime = Field(sa_column=utc_column(nullable=False))
    # While set and in the future, one process is handling the update; after it passes, any may.
    claimed_until: datetime | None = Field(default=None, sa_column=utc_column())
    attempts: int = 0
    done_at: datetime | None = Field(default=None, sa_column=utc_column(index=True))


class SendBudget(SQLModel, table=True):
    """The send budget all processes share on PostgreSQL: the next free send slot, and a 429's hold."""

    __tablename__ = "send_budget"

    id: int = Field(default=1, primary_key=True)
    # The earliest instant the next send may go out; each send reserves one slot of 1 / rate seconds.
    next_at: datetime = Field(sa_column=utc_column(nullable=False))
    # No send before this instant (a bot-wide 429's retry_after); it only ever moves later.
    not_before: datetime | None = Field(default=None, sa_column=utc_column())
    # Sends granted so far by all processes; each grant is one request, so the count orders them.
    granted: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    # The value of `granted` when the latest hold was recorded: only sends up to this number can
    # reach Telegram during the hold (they were granted, and possibly on the wire, before it).
    held_after: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))


def link_fk_column() -> Column:
    """The partner link a shared row belongs to; it goes when the link goes (unlink, /delete)."""
    return Column(Integer, ForeignKey("partner_links.id", ondelete="CASCADE"), nullable=False, index=True)


class PartnerInvite(SQLModel, table=True):
    """A single-use invite to link as partners: only the token's SHA-256 is kept, never the token."""

    __tablename__ = "partner_invites"

    id: int | None = Field(default=None, primary_key=True)
    # The inviter.
    user_id: int = Field(sa_column=user_fk_column())
    token_hash: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    expires_at: datetime = Field(sa_column=utc_column(nullable=False))
    # Claimed by the first person to open it (one conditional UPDATE); nobody else can use it after.
    used_at: datetime | None = Field(default=None, sa_column=utc_column())
    claimed_by: int | None = Field(
        default=None,
        sa_column=Column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=True, index=True),
    )
    accepted_at: datetime | None = Field(default=None, sa_column=utc_column())
    declined_at: datetime | None = Field(default=None, sa_column=utc_column())
    revoked_at: datetime | None = Field(default=None, sa_column=utc_column())


class PartnerLink(SQLModel, table=True):
    """Two users linked as partners; each user is in at most one link."""

    __tablename__ = "partner_links"

    id: int | None = Field(default=None, primary_key=True)
    inviter_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    invitee_id: int = Field(
        sa_column=Column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"), nullable=False, unique=True)
    )
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    # Set when a partner-violence or coercion signal was screened for either of them: nothing
    # crosses any more, and neither is told why.
    suspended_at: datetime | None = Field(default=None, sa_column=utc_column())


class PartnerBid(SQLModel, table=True):
    """A bid one partner sent the other, and the answer it got."""

    __tablename__ = "partner_bids"

    id: int | None = Field(default=None, primary_key=True)
    link_id: int = Field(sa_column=link_fk_column())
    # The sender: their own side, in their export.
    user_id: int = Field(sa_column=user_fk_column())
    text: str = Field(sa_column=Column(EncryptedText(), nullable=False))
    sent_at: datetime = Field(sa_column=utc_column(nullable=False))
    # toward · later · tomorrow, once the partner answered.
    answer: str | None = None
    answered_at: datetime | None = Field(default=None, sa_column=utc_column())


class PartnerCard(SQLModel, table=True):
    """ "What helps me when I'm activated": one card per author per link, for the partner to read."""

    __tablename__ = "partner_cards"
    __table_args__ = (UniqueConstraint("link_id", "user_id", name="uq_partner_card_author"),)

    id: int | None = Field(default=None, primary_key=True)
    link_id: int = Field(sa_column=link_fk_column())
    user_id: int = Field(sa_column=user_fk_column())
    text: str = Field(sa_column=Column(EncryptedText(), nullable=False))
    updated_at: datetime = Field(sa_column=utc_column(nullable=False))


class PartnerExchange(SQLModel, table=True):
    """One week's secure-base question for a link: at most one per (link, week)."""

    __tablename__ = "partner_exchanges"
    __table_args__ = (UniqueConstraint("link_id", "week_key", name="uq_partner_exchange_week"),)

    id: int | None = Field(default=None, primary_key=True)
    link_id: int = Field(sa_column=link_fk_column())
    week_key: str
    question_id: str
    created_at: datetime = Field(sa_column=utc_column(nullable=False))
    expires_at: datetime = Field(sa_column=utc_column(nullable=False))
    # Set once, by whichever answer completed the pair: the reveal goes out exactly once.
    revealed_at: datetime | None = Field(default=None, sa_column=utc_column())


class PartnerExchangeAnswer(SQLModel, table=True):
    """One partner's answer to a week's question; shown to the other only once both have answered."""

    __tablename__ = "partner_exchange_answers"
    __table_args__ = (UniqueConstraint("exchange_id", "user_id", name="uq_partner_answer_author"),)

    id: int | None = Field(default=None, primary_key=True)
    exchange_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("partner_exchanges.id", ondelete="CASCADE"), nullable=False, index=True
        )
    )
    user_id: int = Field(sa_column=user_fk_column())
    text: str = Field(sa_column=Column(EncryptedText(), nullable=False))
    answered_at: datetime = Field(sa_column=utc_column(nullable=False))


class UpdateSend(SQLModel, table=True):
    """One Bot API call made while handling an inbox update: written before the call, completed after.

    Kept only until the update is marked done. A process that handles the update again after
    another one died replays the completed calls instead of repeating them on the user's screen.
    """

    __tablename__ = "update_sends"
    __table_args__ = (UniqueConstraint("update_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    update_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    # The call's place among the calls handling this update made (0 first).
    seq: int
    method: str
    # Telegram's answer as JSON once the call completed (a sent message holds what the bot said).
    result: str | None = Field(default=None, sa_column=secret_text_column())
    started_at: datetime = Field(sa_column=utc_column(nullable=False))
    done_at: datetime | None = Field(default=None, sa_column=utc_column())

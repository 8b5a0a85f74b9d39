"""/partner: the opt-in partner link (invite and consent, bids, "What helps me" cards, the weekly exchange, unlink)."""

from __future__ import annotations

import html
import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden

from bot.practice import partner_link as partner_rules
from bot.practice.callback_data import parse_partner_button, partner_button
from bot.practice.free_text import clean_typed_text
from bot.practice.onboarding import is_onboarded
from bot.practice.recap import week_key
from bot.practice.safety import Topic
from bot.services import BotContext, Services
from handlers.help_lines import help_lines
from handlers.replying import edit_query_message, keyboard
from scheduler import due, plan
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import PartnerInvite, PartnerLink, User

log = logging.getLogger(__name__)

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
    "together.\n\n" + partner_rules.WHAT_CROSSES
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
REFUSED = {
    partner_rules.Opened.EXPIRED: (
        "This invite link has expired: they last 7 days. If you'd both still like to link, your "
        "partner can make a new one with /partner."
    ),
    partner_rules.Opened.USED: (
        "This invite link has already been used. Each one works once; if you'd like to link, your "
        "partner can make a new one with /partner."
    ),
    partner_rules.Opened.CLOSED: "This invite link is no longer open. Your partner can make a new one with /partner.",
    partner_rules.Opened.UNKNOWN: "I don't recognise this invite link. Your partner can make a new one with /partner.",
    partner_rules.Opened.OWN: "This is your own invite link: forward it to your partner. It works once, for 7 days.",
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


@dataclass(frozen=True)
class Linked:
    """The clicking user's link as they may use it: the partner's id and whether sharing is paused."""

    link: PartnerLink
    partner_id: int
    suspended: bool
    # The partner asked for silent deliveries: what crosses to them makes no sound either.
    partner_quiet: bool = False


async def _linked(session, user: User) -> Linked | None:
    link = await repo.link_of(session, user_id=user.id)
    if link is None:
        return None
    partner_id = link.invitee_id if link.inviter_id == user.id else link.inviter_id
    partner = await repo.get_user(session, user_id=partner_id)
    inviter, invitee = (user, partner) if link.inviter_id == user.id else (partner, user)
    suspended = partner_rules.link_suspended(
        link.suspended_at,
        inviter.partner_feels_unsafe if inviter else None,
        invitee.partner_feels_unsafe if invitee else None,
    )
    return Linked(
        link=link, partner_id=partner_id, suspended=suspended, partner_quiet=bool(partner and partner.quiet)
    )


def _view(invite: PartnerInvite) -> partner_rules.InviteView:
    return partner_rules.InviteView(
        inviter_id=invite.user_id,
        expires_at=invite.expires_at,
        used_at=invite.used_at,
        claimed_by=invite.claimed_by,
        accepted_at=invite.accepted_at,
        declined_at=invite.declined_at,
        revoked_at=invite.revoked_at,
    )


def _link_menu(linked: Linked, *, my_card: bool, their_card: bool) -> tuple[str, object]:
    if linked.suspended:
        return PAUSED, keyboard([("Unlink", partner_button("u"))])
    lines = [
        "<b>Your partner link</b> ✓",
        "What crosses: bids and their answers, your “What helps me” cards, and one question a week. "
        "Nothing else.",
        f"Your card: {'written' if my_card else 'not written yet'} · "
        f"their card: {'ready to read' if their_card else 'not written yet'}",
    ]
    rows = [
        [("Reach out (send a bid)", partner_button("b"))],
        [("Rewrite my card" if my_card else "Write my card", partner_button("c"))],
    ]
    if their_card:
        rows.append([("Read their card", partner_button("cr"))])
    rows.append([("Unlink", partner_button("u"))])
    return "\n\n".join(lines), keyboard(*rows)


async def _menu(services: Services, user_id: int) -> tuple[str, object | None]:
    """What /partner shows this user now."""
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user_id)
        if user is None:
            return NOT_SET_UP, None
        linked = await _linked(session, user)
        if linked is not None:
            my_card = await repo.partner_card(session, link_id=linked.link.id, user_id=user.id)
            their_card = await repo.partner_card(session, link_id=linked.link.id, user_id=linked.partner_id)
            return _link_menu(linked, my_card=my_card is not None, their_card=their_card is not None)
        if not partner_rules.link_offered(user.partner_feels_unsafe):
            return NOT_OFFERED, None
        if not is_onboarded(user):
            return NOT_SET_UP, None
        pending = await repo.pending_invite(session, user_id=user.id, now=now)
    if pending is not None:
        until = pending.expires_at.astimezone(ZoneInfo(user.time_zone)).strftime("%-d %B")
        return (
            f"Your invite is waiting to be opened (until {until}). Each link works once; a new one "
            "cancels this one.",
            keyboard(
                [("Make a new link", partner_button("i"))],
                [("Cancel the invite", partner_button("r", pending.id))],
            ),
        )
    return INTRO, keyboard([("Create an invite link", partner_button("i"))])


async def partner_command(update: Update, context: BotContext) -> None:
    """The link as it stands: offer an invite, show a waiting one, or what the link can do."""
    text, markup = await _menu(context.services, update.effective_user.id)
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


def _consent_screen(invite_id: int) -> tuple[str, object]:
    return (
        "<b>Your partner invited you to link in Earned Security</b>, a practice companion for more "
        "secure relationships (not therapy).\n\n" + partner_rules.WHAT_CROSSES + "\n\nThis is for adults, "
        "and only for a relationship where you feel safe.",
        keyboard(
            [("Accept", partner_button("a", invite_id))],
            [("Decline", partner_button("d", invite_id))],
        ),
    )


async def invite_start(update: Update, context: BotContext) -> None:
    """/start with an invite token: claim it atomically, then the consent screen or a kind refusal."""
    services = context.services
    now = services.clock.now()
    token_hash = partner_rules.token_hash(context.args[0] if context.args else "")
    async with services.sessions() as session:
        user = await repo.get_or_create_user(session, user_id=update.effective_user.id, now=now)
        if user.unreachable_since is not None:
            user.unreachable_since = None
            await repo.save(session, user)
        new_here = not is_onboarded(user)
        if not partner_rules.link_offered(user.partner_feels_unsafe):
            text = NOT_OFFERED
        elif await repo.link_of(session, user_id=user.id) is not None:
            text = "You already have a partner link (one per person): /partner shows it."
        else:
            claimed = await repo.claim_invite(session, token_hash=token_hash, user_id=user.id, now=now)
            invite = await repo.invite_by_hash(session, token_hash=token_hash)
            outcome = partner_rules.opened(invite and _view(invite), user.id, claimed=claimed, now=now)
            text = (
                None
                if outcome is partner_rules.Opened.CONSENT
                else REFUSED[outcome] + (TRY_IT if new_here else "")
            )
    if text is not None:
        await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML)
        return
    screen, markup = _consent_screen(invite.id)
    await update.effective_message.reply_text(screen, parse_mode=ParseMode.HTML, reply_markup=markup)


async def _consent(update: Update, context: BotContext, invite_id: int) -> None:
    """After Accept or one of its questions: the next question, the link, or a kind refusal."""
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        invite = await repo.get_invite(session, invite_id=invite_id)
        if user is None or invite is None or invite.claimed_by != user.id:
            await query.answer(EXPIRED)
            return
        inviter = await repo.get_user(session, user_id=invite.user_id)
        either_linked = any(
            [
                await repo.link_of(session, user_id=user.id),
                await repo.link_of(session, user_id=invite.user_id),
            ]
        )
        step = partner_rules.consent_step(
            partner_rules.ConsentFacts(
                invite_state=partner_rules.invite_state(_view(invite), now),
                claimed_by_invitee=True,
                adult_confirmed=user.adult_confirmed_at is not None,
                under_age=False,
                invitee_feels_unsafe=user.partner_feels_unsafe,
                inviter_feels_unsafe=inviter.partner_feels_unsafe if inviter else True,
                either_linked=either_linked,
            )
        )
        link = None
        if step is partner_rules.Consent.LINK:
            link = await repo.accept_invite(session, invite_id=invite.id, user_id=user.id, now=now)
            if link is not None:
                for member in (inviter, user):
                    await plan.schedule_partner_exchange(session, user=member, link_id=link.id, now=now)
        elif step is partner_rules.Consent.NOT_OFFERED:
            await repo.decline_invite(session, invite_id=invite.id, user_id=user.id, now=now)
    await query.answer()
    if step is partner_rules.Consent.ASK_AGE:
        await edit_query_message(
            query,
            "This is for adults. <b>Are you 18 or older?</b>",
            keyboard(
                [("Yes, I'm 18 or older", partner_button("g", invite_id, "y"))],
                [("No, I'm under 18", partner_button("g", invite_id, "n"))],
            ),
        )
    elif step is partner_rules.Consent.ASK_SAFETY:
        await edit_query_message(
            query,
            "One question that keeps this safe: <b>do you ever feel afraid of a partner</b>, or does a "
            "partner hurt, threaten, control or monitor you?\n<i>Only the answer is kept. Your partner "
            "isn't told.</i>",
            keyboard(
                [("No", partner_button("f", invite_id, "n"))],
                [("Yes, sometimes", partner_button("f", invite_id, "y"))],
            ),
        )
    elif step is partner_rules.Consent.NOT_OFFERED:
        await edit_query_message(
            query, AFRAID.format(lines=help_lines(services, user, (Topic.DOMESTIC_ABUSE,)))
        )
    elif step is partner_rules.Consent.LINK and link is not None:
        own_practice = (
            "\n\nYour own practice (evening check-ins, short exercises) is optional: /start sets it up."
            if not is_onboarded(user)
            else ""
        )
        await edit_query_message(
            query,
            "Linked ✓ /partner any time: reach out with a bid, write your “What helps me” card, and "
            "each week one question for you both." + own_practice,
        )
        await _deliver(
            context.bot,
            link.inviter_id,
            "Your partner accepted your invite ✓ /partner to reach out or write your “What helps me” card.",
            quiet=bool(inviter and inviter.quiet),
        )
    else:
        await edit_query_message(query, "This invite is no longer open. Nothing was linked.")


async def _deliver(bot: Bot, chat_id: int, text: str, markup=None, quiet: bool = False) -> bool:
    """Send to the partner (silently when they chose quiet delivery); False when they blocked the bot."""
    try:
        await bot.send_message(
            chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_notification=quiet
        )
    except Forbidden:
        log.info("a partner message was not delivered: the chat is blocked")
        return False
    return True


async def partner_tap(update: Update, context: BotContext) -> None:
    """Every /partner tap, checked against the clicking user's own rows."""
    query = update.callback_query
    tap = parse_partner_button(query.data)
    if tap is None:
        await query.answer(EXPIRED)
        return
    if tap.action in ("a", "g", "f", "d") and tap.target is not None:
        await _invitee_tap(update, context, tap)
        return
    if tap.action in ("i", "r", "m"):
        await _inviter_tap(update, context, tap)
        return
    await _link_tap(update, context, tap)


async def _invitee_tap(update: Update, context: BotContext, tap) -> None:
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        invite = await repo.get_invite(session, invite_id=tap.target)
        if user is None or invite is None or invite.claimed_by != user.id:
            await query.answer(EXPIRED)
            return
        if tap.action == "d":
            await repo.decline_invite(session, invite_id=invite.id, user_id=user.id, now=now)
        elif tap.action == "g" and tap.value == "n":
            # Under 18: nothing is kept (the claimed invite goes with the row).
            await plan.erase_user(session, user_id=user.id)
        elif tap.action == "g" and tap.value == "y" and user.adult_confirmed_at is None:
            user.adult_confirmed_at = now
            await repo.save(session, user)
        elif tap.action == "f" and tap.value in ("y", "n") and user.partner_feels_unsafe is None:
            user.partner_feels_unsafe = tap.value == "y"
            await repo.save(session, user)
    if tap.action == "d":
        await query.answer()
        await edit_query_message(
            query,
            "Declined. Nothing was linked, and your partner isn't told."
            + (TRY_IT if not is_onboarded(user) else ""),
        )
        return
    if tap.action == "g" and tap.value == "n":
        await query.answer()
        await edit_query_message(query, UNDER_18.format(lines=help_lines(services, None, (Topic.YOUTH,))))
        return
    await _consent(update, context, invite.id)


async def _inviter_tap(update: Update, context: BotContext, tap) -> None:
    query = update.callback_query
    services = context.services
    now = services.clock.now()
    if tap.action == "i":
        token = secrets.token_urlsafe(partner_rules.INVITE_TOKEN_BYTES)
        async with services.sessions() as session:
            user = await repo.get_user(session, user_id=update.effective_user.id)
            allowed = (
                user is not None
                and is_onboarded(user)
                and partner_rules.link_offered(user.partner_feels_unsafe)
                and await repo.link_of(session, user_id=user.id) is None
            )
            if allowed:
                await repo.create_invite(
                    session,
                    user_id=user.id,
                    token_hash=partner_rules.token_hash(token),
                    now=now,
                    expires_at=now + partner_rules.INVITE_LIFETIME,
                )
        if not allowed:
            await query.answer(EXPIRED)
            return
        await query.answer()
        link = partner_rules.deep_link(context.bot.username, token)
        await edit_query_message(
            query,
            "Here's your invite. Forward this link to your partner: it works once, for 7 days.\n\n"
            f"{html.escape(link)}\n\nWhen they open it they'll see what will and won't be shared, and choose.",
        )
        return
    if tap.action == "r" and tap.target is not None:
        async with services.sessions() as session:
            revoked = await repo.revoke_invite(
                session, invite_id=tap.target, user_id=update.effective_user.id, now=now
            )
        await query.answer("Cancelled" if revoked else EXPIRED)
        if revoked:
            await edit_query_message(query, "Invite cancelled: the link no longer works.")
        return
    await query.answer()
    text, markup = await _menu(services, update.effective_user.id)
    await edit_query_message(query, text, markup)


@dataclass
class Outcome:
    """What a tap leads to, decided with the session open and sent after it closes."""

    toast: str | None = None
    edit: tuple[str, object | None] | None = None
    reply: tuple[str, object | None] | None = None
    # (chat id, text, markup, quiet) for the partner: delivered last.
    deliveries: list[tuple[int, str, object | None, bool]] = field(default_factory=list)


async def _finish(update: Update, context: BotContext, outcome: Outcome) -> None:
    """Send what a tap decided: its answer, an edit, a reply, then anything for the partner."""
    query = update.callback_query
    await query.answer(outcome.toast)
    if outcome.edit is not None:
        await edit_query_message(query, *outcome.edit)
    if outcome.reply is not None:
        text, markup = outcome.reply
        await context.bot.send_message(
            update.effective_user.id, text, parse_mode=ParseMode.HTML, reply_markup=markup
        )
    for chat_id, text, markup, quiet in outcome.deliveries:
        if not await _deliver(context.bot, chat_id, text, markup, quiet):
            await context.bot.send_message(update.effective_user.id, NOT_DELIVERED)


async def _link_tap(update: Update, context: BotContext, tap) -> None:
    """Taps that act on the link: each needs the clicker's own link (and an active one to share)."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        linked = await _linked(session, user) if user is not None else None
        outcome = (
            Outcome(toast=EXPIRED) if linked is None else await _decide(services, session, user, linked, tap)
        )
    await _finish(update, context, outcome)


async def _decide(services: Services, session, user: User, linked: Linked, tap) -> Outcome:
    now = services.clock.now()
    if tap.action == "uy":
        await repo.unlink(session, link_id=linked.link.id, user_id=user.id)
        for member in (user.id, linked.partner_id):
            await plan.unschedule_partner_exchange(session, user_id=member)
        return Outcome(
            toast="Unlinked",
            edit=("Unlinked. Nothing more crosses between you, and your partner isn't told.", None),
        )
    if tap.action == "u":
        return Outcome(
            edit=(
                "<b>Unlink?</b> Everything shared through the link goes, for both of you. Your partner "
                "isn't told; shared things simply stop.",
                keyboard([("Unlink", partner_button("uy"))], [("Keep the link", partner_button("m"))]),
            )
        )
    if linked.suspended:
        return Outcome(edit=(PAUSED, keyboard([("Unlink", partner_button("u"))])))
    if tap.action == "ba" and tap.target is not None and tap.value in partner_rules.BID_ANSWERS:
        return await _answer_bid(session, user, linked, tap, now)
    if tap.action == "cr":
        card = await repo.partner_card(session, link_id=linked.link.id, user_id=linked.partner_id)
        if card is None:
            return Outcome(reply=("Your partner hasn't written their card yet.", None))
        return Outcome(
            reply=("<b>What helps your partner when they're activated</b>\n\n" + html.escape(card.text), None)
        )
    if tap.action == "b":
        waiting = await repo.unanswered_bid_times(session, link_id=linked.link.id, user_id=user.id)
        if not partner_rules.may_send_bid(waiting, now):
            return Outcome(reply=(_BID_LIMIT, None))
        return Outcome(
            reply=(
                "<b>Reaching out</b>\nPick one, or write your own. It arrives with three answers: "
                "turning toward, later tonight, or tomorrow.",
                keyboard(
                    *[
                        [(text, partner_button("bp", index))]
                        for index, text in enumerate(partner_rules.PRESET_BIDS)
                    ],
                    [("✏️ Write my own", partner_button("bt"))],
                ),
            )
        )
    if tap.action == "bp" and tap.target is not None and tap.target < len(partner_rules.PRESET_BIDS):
        said, delivery = await _store_bid(session, user, linked, partner_rules.PRESET_BIDS[tap.target], now)
        return Outcome(edit=(said, None), deliveries=[delivery] if delivery else [])
    if tap.action in ("bt", "c"):
        value = BID_PROMPT if tap.action == "bt" else CARD_PROMPT
    elif tap.action == "x" and tap.target is not None:
        exchange = await repo.get_exchange(session, exchange_id=tap.target, link_id=linked.link.id)
        if exchange is None or now >= exchange.expires_at:
            return Outcome(toast="This week's question has closed.")
        value = f"{ANSWER_PROMPT}:{exchange.id}"
    else:
        return Outcome(toast=EXPIRED)
    await repo.open_moment_prompt(session, user_id=user.id, value=value, now=now)
    return Outcome(reply=(_PROMPT_TEXT[value.split(":", 1)[0]], None))


_PROMPT_TEXT = {
    BID_PROMPT: "Type your bid in a few words, like “Walk after dinner?”. I'll read it first, then send it.",
    CARD_PROMPT: (
        "<b>What helps me when I'm activated</b>\nIn a few lines for your partner: what your pattern looks "
        "like from the outside, and what helps (words, a touch, some space, a time to talk). They can "
        "read it any time from /partner."
    ),
    ANSWER_PROMPT: "Type your answer. It stays hidden until your partner has answered too.",
}
_BID_LIMIT = (
    "Three of your bids are still waiting for an answer. Give them a little time: a bid is an "
    "invitation, not a demand."
)


async def _store_bid(
    session, user: User, linked: Linked, text: str, now: datetime
) -> tuple[str, tuple[int, str, object, bool] | None]:
    """Store a bid (within the limit); what the sender sees, and the delivery to the partner."""
    waiting = await repo.unanswered_bid_times(session, link_id=linked.link.id, user_id=user.id)
    if not partner_rules.may_send_bid(waiting, now):
        return _BID_LIMIT, None
    bid = await repo.add_partner_bid(session, link_id=linked.link.id, user_id=user.id, text=text, now=now)
    delivery = (
        linked.partner_id,
        f"💬 <b>Your partner is reaching out</b>\n“{html.escape(text)}”",
        keyboard(
            *[
                [(partner_rules.BID_ANSWER_LABELS[answer], partner_button("ba", bid.id, code))]
                for code, answer in partner_rules.BID_ANSWERS.items()
            ]
        ),
        linked.partner_quiet,
    )
    return f"Sent ✓ “{html.escape(text)}”. I'll tell you when they answer.", delivery


async def _answer_bid(session, user: User, linked: Linked, tap, now: datetime) -> Outcome:
    """The partner's answer to a bid, recorded once; the sender is told."""
    answer = partner_rules.BID_ANSWERS[tap.value]
    bid = await repo.get_partner_bid(session, bid_id=tap.target, link_id=linked.link.id)
    allowed = bid is not None and partner_rules.may_answer_bid(
        sender_id=bid.user_id,
        clicker_id=user.id,
        link_members=(linked.link.inviter_id, linked.link.invitee_id),
        answered=bid.answer is not None,
    )
    if allowed:
        allowed = await repo.answer_partner_bid(
            session, bid_id=bid.id, link_id=linked.link.id, answerer_id=user.id, answer=answer, now=now
        )
    if not allowed:
        return Outcome(toast="Already answered" if bid is not None and bid.user_id != user.id else EXPIRED)
    label = partner_rules.BID_ANSWER_LABELS[answer]
    said = html.escape(bid.text)
    return Outcome(
        toast="Sent ✓",
        edit=(f"Your partner reached out: “{said}”\n\nYou answered: <b>{label}</b> ✓", None),
        deliveries=[
            (
                bid.user_id,
                f"Your partner answered “{said}”: <b>{label}</b>" + (" 💛" if answer == "toward" else ""),
                None,
                linked.partner_quiet,
            )
        ],
    )


def prompt_kind(user: User) -> str | None:
    """Which partner prompt waits for this user's typed text, if one does."""
    kind = (user.practice_prompt or "").split(":", 1)[0]
    return kind if kind in PROMPT_KINDS else None


async def typed_text(update: Update, context: BotContext, user: User) -> None:
    """Screened typed text for the partner: a bid, a card, or the week's answer."""
    services = context.services
    now = services.clock.now()
    typed = update.effective_message.text or ""
    kind, prompt = prompt_kind(user), user.practice_prompt
    reply = delivery = None
    reveal: tuple[int, int, str, str, partner_rules.ExchangeQuestion] | None = None
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user.id)
        linked = await _linked(session, user)
        await repo.close_prompts(session, user_id=user.id)
        if linked is None or linked.suspended:
            reply = "That wasn't sent: sharing through the partner link isn't on right now."
        elif kind == BID_PROMPT:
            text, _ = clean_typed_text(typed, partner_rules.BID_MAX_CHARS)
            if text:
                reply, delivery = await _store_bid(session, user, linked, text, now)
        elif kind == CARD_PROMPT:
            text, cut = clean_typed_text(typed, partner_rules.CARD_MAX_CHARS)
            if text:
                await repo.save_partner_card(
                    session, link_id=linked.link.id, user_id=user.id, text=text, now=now
                )
                kept = f" I kept the first {partner_rules.CARD_MAX_CHARS} characters." if cut else ""
                reply = f"Saved ✓ Your partner can read your card from /partner.{kept}"
        else:
            reply, reveal = await _keep_answer(session, user, linked, prompt, typed, now)
    if reply is None:
        await update.effective_message.reply_text("Nothing was sent. /partner to try again.")
        return
    await update.effective_message.reply_text(reply, parse_mode=ParseMode.HTML)
    if delivery is not None and not await _deliver(context.bot, *delivery):
        await update.effective_message.reply_text(NOT_DELIVERED)
    if kind == CARD_PROMPT and linked is not None and not linked.suspended:
        await _deliver(
            context.bot,
            linked.partner_id,
            "Your partner wrote you a “What helps me” card. /partner to read it.",
            quiet=linked.partner_quiet,
        )
    if reveal is not None:
        first, second, first_text, second_text, question = reveal
        await _deliver(context.bot, first, partner_rules.reveal_text(question, first_text, second_text))
        await _deliver(
            context.bot,
            second,
            partner_rules.reveal_text(question, second_text, first_text),
            quiet=linked.partner_quiet,
        )


async def _keep_answer(session, user: User, linked: Linked, prompt: str | None, typed: str, now: datetime):
    """Keep the week's answer; when it completes the pair, the reveal (once) for both."""
    exchange_id = (prompt or "").split(":", 1)[-1]
    exchange = (
        await repo.get_exchange(session, exchange_id=int(exchange_id), link_id=linked.link.id)
        if exchange_id.isdigit()
        else None
    )
    text, _ = clean_typed_text(typed, partner_rules.ANSWER_MAX_CHARS)
    if exchange is None or not text or now >= exchange.expires_at:
        return "This week's question has closed; a new one comes next week.", None
    if not await repo.add_exchange_answer(
        session, exchange_id=exchange.id, user_id=user.id, text=text, now=now
    ):
        return "You've answered this week's question already.", None
    answers = await repo.exchange_answers(session, exchange_id=exchange.id)
    ready = partner_rules.may_reveal(
        answers=len(answers),
        revealed=exchange.revealed_at is not None,
        expires_at=exchange.expires_at,
        now=now,
    )
    if not ready or not await repo.mark_exchange_revealed(session, exchange_id=exchange.id, now=now):
        return "Saved ✓ It stays hidden until your partner answers too; then you'll both see both.", None
    mine = next(a for a in answers if a.user_id == user.id)
    theirs = next(a for a in answers if a.user_id != user.id)
    question = next(q for q in partner_rules.EXCHANGE_QUESTIONS if q.id == exchange.question_id)
    return "Saved ✓ You've both answered:", (user.id, theirs.user_id, mine.text, theirs.text, question)


async def hold_back(update: Update, context: BotContext, user: User) -> None:
    """After a safety answer: typed text meant for the partner is not delivered, and the prompt closes."""
    async with context.services.sessions() as session:
        await repo.close_prompts(session, user_id=user.id)
    await update.effective_message.reply_text("I didn't pass that on to your partner.")


async def render_exchange(services: Services, session, user: User, row, now: datetime) -> Delivery | None:
    """The week's secure-base question, to one partner (the scheduler sends each partner their own)."""
    linked = await _linked(session, user)
    if linked is None or linked.link.id != row.ref_id:
        await plan.unschedule_partner_exchange(session, user_id=user.id)
        return None
    if linked.suspended:
        return None
    zone = ZoneInfo(user.time_zone or "UTC")
    key = week_key(due.practice_date(now, zone))
    question = partner_rules.exchange_question(key)
    exchange = await repo.get_or_create_exchange(
        session,
        link_id=linked.link.id,
        week_key=key,
        question_id=question.id,
        now=now,
        expires_at=now + partner_rules.EXCHANGE_OPEN_FOR,
    )
    answered = {a.user_id for a in await repo.exchange_answers(session, exchange_id=exchange.id)}
    if user.id in answered or now >= exchange.expires_at:
        return None
    # The partner's question may have created this week's exchange already: theirs is the one asked.
    question = next((q for q in partner_rules.EXCHANGE_QUESTIONS if q.id == exchange.question_id), question)
    text = (
        f"<b>This week's secure-base question</b>\n<i>{html.escape(question.text)}</i>\n\n"
        "Your answer stays hidden until your partner has answered too; then you both see both."
    )
    markup = keyboard([("Answer", partner_button("x", exchange.id))])

    async def send(bot: Bot) -> None:
        await bot.send_message(user.id, text, parse_mode=ParseMode.HTML, reply_markup=markup)

    return Delivery(send=send)

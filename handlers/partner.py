"""/partner: the opt-in partner link (invite and consent, bids, "What helps me" cards, the weekly exchange, unlink)."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import Forbidden

from bot.practice import partner_flow as flow
from bot.practice import partner_link as partner_rules
from bot.practice.callback_data import parse_partner_button
from bot.practice.onboarding import is_onboarded
from bot.practice.recap import week_key
from bot.services import BotContext, Services
from handlers.help_lines import help_lines
from handlers.replying import edit_query_message, keyboard
from scheduler import due, plan
from scheduler.dispatch import Delivery
from storage import repo
from storage.models import PartnerExchange, PartnerInvite, User

log = logging.getLogger(__name__)

# --- loading -------------------------------------------------------------------------------------


async def _link_state(session, user: User, action: str = "", target: int | None = None):
    """The user's link as the rules see it (None when unlinked), with the rows `action` and `target` name."""
    link = await repo.link_of(session, user_id=user.id)
    if link is None:
        return None
    partner_id = link.invitee_id if link.inviter_id == user.id else link.inviter_id
    partner = await repo.get_user(session, user_id=partner_id)
    inviter, invitee = (user, partner) if link.inviter_id == user.id else (partner, user)
    waiting, their_card, bid, exchange = (), None, None, None
    if action in ("b", "bp", flow.BID_PROMPT):
        waiting = tuple(await repo.unanswered_bid_times(session, link_id=link.id, user_id=user.id))
    if action == "cr":
        card = await repo.partner_card(session, link_id=link.id, user_id=partner_id)
        their_card = card.text if card is not None else None
    if action == "ba" and target is not None:
        row = await repo.get_partner_bid(session, bid_id=target, link_id=link.id)
        bid = row and flow.Bid(row.id, row.user_id, row.text, row.answer is not None)
    if action in ("x", flow.ANSWER_PROMPT) and target is not None:
        exchange = _exchange(await repo.get_exchange(session, exchange_id=target, link_id=link.id))
    return flow.LinkState(
        link_id=link.id,
        user_id=user.id,
        partner_id=partner_id,
        inviter_id=link.inviter_id,
        invitee_id=link.invitee_id,
        suspended=partner_rules.link_suspended(
            link.suspended_at,
            inviter.partner_feels_unsafe if inviter else None,
            invitee.partner_feels_unsafe if invitee else None,
        ),
        partner_quiet=bool(partner and partner.quiet),
        waiting_bids=waiting,
        their_card=their_card,
        bid=bid,
        exchange=exchange,
    )


def _exchange(row: PartnerExchange | None) -> flow.ExchangeView | None:
    if row is None:
        return None
    return flow.ExchangeView(row.id, row.question_id, row.expires_at, row.revealed_at is not None)


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


async def _menu_facts(session, user_id: int, now: datetime) -> flow.MenuFacts:
    """What /partner shows depends on, as stored now."""
    user = await repo.get_user(session, user_id=user_id)
    if user is None:
        return flow.MenuFacts(set_up=False)
    state, link, pending = await _link_state(session, user), None, None
    if state is not None:
        my_card = await repo.partner_card(session, link_id=state.link_id, user_id=user.id)
        their_card = await repo.partner_card(session, link_id=state.link_id, user_id=state.partner_id)
        link = flow.LinkMenu(state.suspended, my_card is not None, their_card is not None)
    else:
        pending = await repo.pending_invite(session, user_id=user.id, now=now)
    return flow.MenuFacts(
        set_up=True,
        onboarded=is_onboarded(user),
        offered=partner_rules.link_offered(user.partner_feels_unsafe),
        link=link,
        pending_id=pending.id if pending else None,
        pending_expires_at=pending.expires_at if pending else None,
        time_zone=user.time_zone or "UTC",
    )


# --- sending -------------------------------------------------------------------------------------


def _markup(rows):
    return keyboard(*rows) if rows else None


def _text(services: Services, screen: flow.Screen, user: User | None) -> str:
    if screen.help_topic is None:
        return screen.text
    return screen.text.format(lines=help_lines(services, user, (screen.help_topic,)))


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


async def _show(
    update: Update,
    context: BotContext,
    shown: flow.Shown,
    *,
    user: User | None = None,
    bid_id: int | None = None,
) -> None:
    """Send what a step decided, after the session closed: the tap's answer, an edit, a reply, then the messages."""
    services, query = context.services, update.callback_query
    if query is not None:
        await query.answer(shown.toast)
    if shown.edit is not None:
        await edit_query_message(query, _text(services, shown.edit, user), _markup(shown.edit.rows))
    if shown.reply is not None:
        await _reply(update, context, _text(services, shown.reply, user), _markup(shown.reply.rows))
    for message in shown.messages:
        rows = flow.bid_answer_rows(bid_id) if message.bid_answers else ()
        delivered = await _deliver(context.bot, message.chat_id, message.text, _markup(rows), message.quiet)
        if not delivered and message.say_if_undelivered:
            await _reply(update, context, flow.NOT_DELIVERED, None)


async def _reply(update: Update, context: BotContext, text: str, markup) -> None:
    if update.callback_query is not None:
        await context.bot.send_message(
            update.effective_user.id, text, parse_mode=ParseMode.HTML, reply_markup=markup
        )
    else:
        await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


# --- /partner and opening an invite --------------------------------------------------------------


async def partner_command(update: Update, context: BotContext) -> None:
    """The link as it stands: offer an invite, show a waiting one, or what the link can do."""
    services = context.services
    async with services.sessions() as session:
        facts = await _menu_facts(session, update.effective_user.id, services.clock.now())
    await _show(update, context, flow.Shown(reply=flow.menu(facts)))


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
        invite = await repo.invite_by_hash(session, token_hash=token_hash)
        opening = flow.Opening(
            opener_id=user.id,
            offered=partner_rules.link_offered(user.partner_feels_unsafe),
            linked=await repo.link_of(session, user_id=user.id) is not None,
            new_here=not is_onboarded(user),
            invite=invite and _view(invite),
            invite_id=invite.id if invite else None,
        )
        outcome = flow.open_invite(opening, now)
        taken = True
        if outcome.write is flow.Write.CLAIM_INVITE:
            taken = await repo.claim_invite(session, token_hash=token_hash, user_id=user.id, now=now)
    await _show(update, context, outcome.after(taken))


# --- taps ----------------------------------------------------------------------------------------


async def partner_tap(update: Update, context: BotContext) -> None:
    """Every /partner tap, checked against the clicking user's own rows."""
    tap = parse_partner_button(update.callback_query.data)
    if tap is None:
        await update.callback_query.answer(flow.EXPIRED)
    elif tap.action in flow.INVITEE_ACTIONS and tap.target is not None:
        await _invitee_tap(update, context, tap)
    elif tap.action in flow.INVITER_ACTIONS:
        await _inviter_tap(update, context, tap)
    else:
        await _link_tap(update, context, tap)


async def _invitee_tap(update: Update, context: BotContext, tap) -> None:
    """Accept, Decline or a consent answer from the person who opened the invite."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        invite = await repo.get_invite(session, invite_id=tap.target)
        claimed = user is not None and invite is not None and invite.claimed_by == user.id
        inviter = await repo.get_user(session, user_id=invite.user_id) if claimed else None
        invitee = flow.Invitee(user_id=update.effective_user.id, claimed=claimed)
        if claimed:
            linked = [await repo.link_of(session, user_id=member) for member in (user.id, invite.user_id)]
            invitee = flow.Invitee(
                user_id=user.id,
                claimed=True,
                invite=_view(invite),
                adult_confirmed=user.adult_confirmed_at is not None,
                feels_unsafe=user.partner_feels_unsafe,
                onboarded=is_onboarded(user),
                inviter_feels_unsafe=inviter.partner_feels_unsafe if inviter else True,
                inviter_quiet=bool(inviter and inviter.quiet),
                either_linked=any(linked),
            )
        outcome = flow.invite_step(invitee, tap, now)
        taken = await _write_consent(session, user, inviter, outcome, now)
    forgotten = outcome.write is flow.Write.FORGET_USER
    await _show(update, context, outcome.after(taken), user=None if forgotten else user)


async def _write_consent(
    session, user: User | None, inviter: User | None, outcome: flow.Outcome, now
) -> bool:
    """The invitee's answers (each only while still unset), then the invite's decision; False when either lost."""
    if outcome.user_answers:
        unset = {name: None for name in outcome.user_answers}
        if not await repo.update_user_if(
            session, user_id=user.id, expected=unset, values=dict(outcome.user_answers)
        ):
            return False
        user = await repo.reload(session, user)
    if outcome.write is flow.Write.DECLINE_INVITE:
        await repo.decline_invite(session, invite_id=outcome.target, user_id=user.id, now=now)
    elif outcome.write is flow.Write.FORGET_USER:
        await plan.erase_user(session, user_id=user.id)
    elif outcome.write is flow.Write.ACCEPT_INVITE:
        link = await repo.accept_invite(session, invite_id=outcome.target, user_id=user.id, now=now)
        if link is None:
            return False
        for member in (inviter, user):
            await plan.schedule_partner_exchange(session, user=member, link_id=link.id, now=now)
    return True


async def _inviter_tap(update: Update, context: BotContext, tap) -> None:
    """A new invite, a cancelled one, or the menu again."""
    services = context.services
    now = services.clock.now()
    user_id = update.effective_user.id
    token = secrets.token_urlsafe(partner_rules.INVITE_TOKEN_BYTES)
    async with services.sessions() as session:
        facts = await _menu_facts(session, user_id, now)
        outcome = flow.inviter_step(flow.Inviter(facts, context.bot.username), tap, token, now)
        taken = True
        if outcome.write is flow.Write.CREATE_INVITE:
            await repo.create_invite(
                session,
                user_id=user_id,
                token_hash=outcome.value,
                now=now,
                expires_at=outcome.expires_at,
            )
        elif outcome.write is flow.Write.REVOKE_INVITE:
            taken = await repo.revoke_invite(session, invite_id=outcome.target, user_id=user_id, now=now)
    await _show(update, context, outcome.after(taken))


async def _link_tap(update: Update, context: BotContext, tap) -> None:
    """Taps that act on the link: each needs the clicker's own link (and an active one to share)."""
    services = context.services
    now = services.clock.now()
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        state = await _link_state(session, user, tap.action, tap.target) if user is not None else None
        outcome = flow.link_decision(state, tap, now)
        taken, bid_id = await _write_link(session, state, outcome, now)
    await _show(update, context, outcome.after(taken), bid_id=bid_id)


async def _write_link(
    session, state: flow.LinkState | None, outcome: flow.Outcome, now
) -> tuple[bool, int | None]:
    """Carry out a link step's one write; whether it took, and the new bid's id when one was stored."""
    write = outcome.write
    if write is flow.Write.NOTHING:
        return True, None
    link_id, user_id = state.link_id, state.user_id
    if write is flow.Write.UNLINK:
        await repo.unlink(session, link_id=link_id, user_id=user_id)
        for member in (user_id, state.partner_id):
            await plan.unschedule_partner_exchange(session, user_id=member)
    elif write is flow.Write.ADD_BID:
        bid = await repo.add_partner_bid(
            session, link_id=link_id, user_id=user_id, text=outcome.text, now=now
        )
        return True, bid.id
    elif write is flow.Write.ANSWER_BID:
        taken = await repo.answer_partner_bid(
            session,
            bid_id=outcome.target,
            link_id=link_id,
            answerer_id=user_id,
            answer=outcome.value,
            now=now,
        )
        return taken, None
    elif write is flow.Write.OPEN_PROMPT:
        await repo.open_moment_prompt(session, user_id=user_id, value=outcome.value, now=now)
    elif write is flow.Write.SAVE_CARD:
        await repo.save_partner_card(session, link_id=link_id, user_id=user_id, text=outcome.text, now=now)
    elif write is flow.Write.ADD_ANSWER:
        taken = await repo.add_exchange_answer(
            session, exchange_id=outcome.target, user_id=user_id, text=outcome.text, now=now
        )
        return taken, None
    elif write is flow.Write.REVEAL:
        return await repo.mark_exchange_revealed(session, exchange_id=outcome.target, now=now), None
    return True, None


# --- typed text ----------------------------------------------------------------------------------


def prompt_kind(user: User) -> str | None:
    """Which partner prompt waits for this user's typed text, if one does."""
    return flow.prompt_kind(user.practice_prompt)


async def typed_text(update: Update, context: BotContext, user: User) -> None:
    """Screened typed text for the partner: a bid, a card, or the week's answer."""
    services = context.services
    now = services.clock.now()
    prompt = user.practice_prompt
    kind = flow.prompt_kind(prompt)
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=user.id)
        state = await _link_state(session, user, kind or "", flow.prompt_exchange_id(prompt))
        await repo.close_prompts(session, user_id=user.id)
        outcome = flow.typed_step(state, prompt, update.effective_message.text or "", now)
        taken, bid_id = await _write_link(session, state, outcome, now)
        if taken and outcome.write is flow.Write.ADD_ANSWER:
            # The partner may have answered meanwhile: the pair is read back after the write.
            answers = await repo.exchange_answers(session, exchange_id=outcome.target)
            outcome = flow.after_answer(state, [flow.Answer(a.user_id, a.text) for a in answers], now)
            taken, _ = await _write_link(session, state, outcome, now)
    await _show(update, context, outcome.after(taken), bid_id=bid_id)


async def hold_back(update: Update, context: BotContext, user: User) -> None:
    """After a safety answer: typed text meant for the partner is not delivered, and the prompt closes."""
    async with context.services.sessions() as session:
        await repo.close_prompts(session, user_id=user.id)
    await update.effective_message.reply_text("I didn't pass that on to your partner.")


# --- the weekly question -------------------------------------------------------------------------


async def render_exchange(services: Services, session, user: User, row, now: datetime) -> Delivery | None:
    """The week's secure-base question, to one partner (the scheduler sends each partner their own)."""
    state = await _link_state(session, user)
    link_id = state.link_id if state is not None else None
    step = flow.weekly_question(link_id, state is not None and state.suspended, row.ref_id)
    if step is flow.WeeklyQuestion.UNSCHEDULE:
        await plan.unschedule_partner_exchange(session, user_id=user.id)
    if step is not flow.WeeklyQuestion.ASK:
        return None
    key = week_key(due.practice_date(now, ZoneInfo(user.time_zone or "UTC")))
    question, expires_at = flow.new_exchange(key, now)
    exchange = await repo.get_or_create_exchange(
        session, link_id=link_id, week_key=key, question_id=question.id, now=now, expires_at=expires_at
    )
    answered = frozenset(a.user_id for a in await repo.exchange_answers(session, exchange_id=exchange.id))
    screen = flow.exchange_invitation(_exchange(exchange), answered, user.id, question, now)
    if screen is None:
        return None

    async def send(bot: Bot) -> None:
        await bot.send_message(
            user.id, screen.text, parse_mode=ParseMode.HTML, reply_markup=_markup(screen.rows)
        )

    return Delivery(send=send)

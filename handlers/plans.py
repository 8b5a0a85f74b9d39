"""/plans: the user's if–then plans, up to three patterns, each added, edited or retired in a few taps."""

from __future__ import annotations

import html

from telegram import Update
from telegram.constants import ParseMode

from bot.practice import plans as plan_rules
from bot.practice.callback_data import parse_plan_button, plan_button
from bot.practice.onboarding import is_onboarded
from bot.services import BotContext
from handlers import guards
from handlers.replying import edit_query_message, keyboard
from storage import repo
from storage.models import PatternPlan, User

EXPIRED = "This button has expired."
FIELD_BUTTONS = {"c": "When it starts", "o": "The old move", "a": "What I'll do instead"}


async def plans_of(session, user: User, now) -> list[PatternPlan]:
    """The user's active plans, the first made from onboarding's answers when there is none yet."""
    fields = plan_rules.first_plan_fields(user.pattern, user.secure_alternative)
    return await repo.ensure_first_plan(session, user=user, fields=fields, now=now)


def overview(plans: list[PatternPlan]) -> tuple[str, object]:
    """The /plans message: every plan in the user's words, with a button each and one to add."""
    lines = ["<b>Your if–then plans</b>", plan_rules.WHY_PLANS, ""]
    for number, row in enumerate(plans, 1):
        lines.append(f"{number}. {plan_rules.plan_sentence(plan_rules.plan_of(row), html.escape)}")
    if not plans:
        lines.append("No plan yet. Add the pattern you want to work on first.")
    rows = [
        [(f"✏️ {plan_rules.plan_label(plan_rules.plan_of(row))}", plan_button("e", row.id))] for row in plans
    ]
    if plan_rules.can_add(len(plans)):
        rows.append([("➕ Add a pattern", plan_button("a"))])
    else:
        lines.append("\n<i>Three patterns at once is plenty; retire one to add another.</i>")
    rows.append([("Done", plan_button("x"))])
    return "\n".join(lines), keyboard(*rows)


def _edit_view(row: PatternPlan) -> tuple[str, object]:
    text = f"{plan_rules.plan_sentence(plan_rules.plan_of(row), html.escape)}\n\nWhich part do you want to change?"
    return text, keyboard(
        *[[(label, plan_button("e", row.id, code))] for code, label in FIELD_BUTTONS.items()],
        [("Retire this pattern", plan_button("r", row.id)), ("Back", plan_button("l"))],
    )


async def _agree_with_first_plan(session, user: User) -> None:
    """After plan 1 changed or was retired: the user's pattern and alternative read like plan 1 again."""
    plans = [plan_rules.plan_of(row) for row in await repo.active_plans(session, user_id=user.id)]
    words = plan_rules.pattern_from_first_plan(plans, user.pattern, user.secure_alternative)
    if words is not None:
        await repo.set_user_pattern(session, user_id=user.id, pattern=words[0], secure_alternative=words[1])


async def plans_command(update: Update, context: BotContext) -> None:
    """Show the user's plans with buttons to add, edit and retire."""
    services = context.services
    async with services.sessions() as session:
        user = await repo.get_user(session, user_id=update.effective_user.id)
        if guards.onboarded(user):
            plans = await plans_of(session, user, services.clock.now())
    if not guards.onboarded(user):
        await guards.continue_onboarding(update, context, user, "Let's finish setting up first.")
        return
    text, markup = overview(plans)
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def plans_tap(update: Update, context: BotContext) -> None:
    """Handle a /plans tap: list, add, choose a field to edit, retire, close."""
    query = update.callback_query
    services = context.services
    tap = parse_plan_button(query.data)
    async with services.sessions() as session:
        notice, edit = await _plans_tapped(session, update.effective_user.id, tap, services.clock.now())
    await query.answer(notice)
    if edit is not None:
        await edit_query_message(query, *edit)


async def _plans_tapped(session, user_id: int, tap, now) -> tuple[str | None, tuple | None]:
    """Load and write what a /plans tap asks for: the tap's notice, and the message's new text and keyboard
    (None leaves the message as it is)."""
    user = await repo.get_user(session, user_id=user_id)
    if tap is None or user is None or not is_onboarded(user):
        return EXPIRED, None
    plans = await plans_of(session, user, now)
    if tap.action == "x":
        return None, ("Your plans are saved. /now when the pattern starts; /plans to change them.",)
    if tap.action == "l":
        return None, overview(plans)
    if tap.action == "a":
        if not plan_rules.can_add(len(plans)):
            return "Three patterns at once is plenty.", None
        plan = await repo.add_plan(session, user_id=user.id, now=now)
        await repo.open_moment_prompt(
            session, user_id=user.id, value=plan_rules.prompt_value("cue", plan.id), now=now
        )
        question = plan_rules.question("cue", partner_safe=not user.partner_feels_unsafe)
        return None, (f"{plan_rules.WHY_PLANS}\n\n{question}",)
    plan = next((row for row in plans if row.id == tap.plan_id), None)
    if plan is None:
        return EXPIRED, None
    if tap.action == "r":
        await repo.retire_plan(session, plan_id=plan.id, user_id=user.id, now=now)
        await _agree_with_first_plan(session, user)
        return "Retired ✓", overview([row for row in plans if row.id != plan.id])
    if tap.action == "e" and not tap.field:
        return None, _edit_view(plan)
    if tap.action == "e":
        field = plan_rules.FIELD_CODES[tap.field]
        await repo.open_moment_prompt(
            session, user_id=user.id, value=plan_rules.prompt_value(field, plan.id), now=now
        )
        return None, (plan_rules.question(field, partner_safe=not user.partner_feels_unsafe),)
    return EXPIRED, None


async def field_text(update: Update, context: BotContext, user: User) -> None:
    """A typed answer (already screened) for the plan field that is waiting: save it, ask the next one."""
    services = context.services
    now = services.clock.now()
    waiting = plan_rules.parse_prompt(user.practice_prompt)
    typed = update.effective_message.text or ""
    async with services.sessions() as session:
        edit, missing = await _keep_field(session, user, waiting, typed, now)
    if edit is None:
        await update.effective_message.reply_text("That plan is closed. /plans shows your plans.")
        return
    if edit.plan is None:
        await update.effective_message.reply_text(edit.refusal)
        return
    if missing is not None:
        await update.effective_message.reply_text(
            f"Got it. ✓\n\n{plan_rules.question(missing, partner_safe=not user.partner_feels_unsafe)}",
            parse_mode=ParseMode.HTML,
        )
        return
    await update.effective_message.reply_text(
        f"Saved ✓ Your plan:\n{plan_rules.plan_sentence(edit.plan, html.escape)}\n\n"
        "When the pattern starts, send /now and I'll show you this first.",
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard([("All my plans", plan_button("l"))]),
    )


async def _keep_field(session, user: User, waiting, typed: str, now):
    """Save a typed plan field and open the next missing one: the edit (None when the plan is closed, and
    its prompt closed too) and the field asked next."""
    plan = await repo.get_plan(session, plan_id=waiting[1], user_id=user.id) if waiting else None
    if plan is None or plan.retired_at is not None:
        await repo.close_prompts(session, user_id=user.id)
        return None, None
    field = waiting[0]
    edit = plan_rules.apply_edit(plan_rules.plan_of(plan), field, typed)
    if edit.plan is None:
        return edit, None
    await repo.set_plan_field(
        session, plan_id=plan.id, user_id=user.id, field=field, value=getattr(edit.plan, field)
    )
    await _agree_with_first_plan(session, user)
    missing = plan_rules.next_missing(edit.plan)
    if missing is not None:
        await repo.open_moment_prompt(
            session, user_id=user.id, value=plan_rules.prompt_value(missing, plan.id), now=now
        )
    return edit, missing

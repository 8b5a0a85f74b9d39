"""What every handler that offers help shows: help lines for a person's country and the safety-plan button."""

from __future__ import annotations

import html
import logging

from telegram import InlineKeyboardButton

from bot.content import places
from bot.practice.callback_data import safety_plan_button
from bot.practice.safety import Topic
from bot.services import Services
from storage import repo
from storage.crypto import MissingKey
from storage.models import User

log = logging.getLogger(__name__)


def help_lines(services: Services, user: User | None, topics: tuple[Topic, ...]) -> str:
    """Help lines for the user's country (from their time zone), or the directory and emergency numbers."""
    helplines = services.content.helplines
    country = helplines.countries.get(places.country_for_zone(user.time_zone if user else None) or "")
    directory = f"{html.escape(helplines.fallback.description)} {html.escape(helplines.fallback.url)}"
    if country is None:
        regions = "; ".join(
            f"{html.escape(region.number)} ({html.escape(region.region)})"
            for region in helplines.emergency_regions
        )
        return (
            f"<b>If you are in danger right now, call your local emergency number:</b> {regions}.\n\n"
            f"Find a free, confidential line where you are: {directory}"
        )
    lines = country.for_topics([topic.value for topic in topics]) or country.for_topics([Topic.SUICIDE.value])
    listed = "\n".join(f"• {html.escape(line.name)}: {html.escape(line.contact)}" for line in lines)
    return (
        f"<b>If you are in danger right now, call {html.escape(country.emergency)}.</b>\n\n"
        f"<b>{html.escape(country.name)}</b>\n{listed}\n\nAnywhere: {directory}"
    )


def language_line(services: Services, language: str | None) -> str:
    """One line in the language the person wrote in (help is below, you are not alone), or nothing."""
    line = services.content.safety_languages.lines.get(language or "")
    return f"<i>{html.escape(line)}</i>\n\n" if line else ""


def directory_button(services: Services) -> list[InlineKeyboardButton]:
    """A URL button to the international directory of help lines."""
    fallback = services.content.helplines.fallback
    return [InlineKeyboardButton(fallback.name, url=fallback.url)]


async def safety_plan_of(services: Services, user_id: int) -> dict[str, str]:
    """The user's plan; empty when there is none or it cannot be read (a missing key must not block help)."""
    try:
        async with services.sessions() as session:
            return await repo.safety_plan(session, user_id=user_id)
    except MissingKey as error:
        log.warning("safety plan not readable: %s", type(error).__name__)
        return {}


def safety_plan_row(entries: dict[str, str]) -> list:
    """One button row: make the plan, or go through it again."""
    label = "Go through my safety plan" if entries else "Make a safety plan"
    return [InlineKeyboardButton(label, callback_data=safety_plan_button("go"))]

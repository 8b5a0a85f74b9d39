"""Help lines for a person's country, shared by every handler that shows them (onboarding, safety)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton

from bot.content import places
from bot.practice.safety import Topic
from bot.services import Services
from storage.models import User


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

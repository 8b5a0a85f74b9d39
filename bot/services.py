"""What handlers and the scheduler share: settings, database sessions, the clock and the content."""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from telegram.ext import Application, CallbackContext, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.content.loader import Helplines, OnboardingContent, SafetyLanguages
from bot.practice.exercise_choice import Exercise
from bot.practice.relationships import StoryPrompt
from storage.db import SessionFactory

SERVICES_KEY = "services"


@dataclass(frozen=True)
class Content:
    """All validated content, loaded once at start-up."""

    onboarding: OnboardingContent
    helplines: Helplines
    safety_languages: SafetyLanguages
    exercises: tuple[Exercise, ...]
    story: tuple[StoryPrompt, ...]

    def exercise(self, exercise_id: str) -> Exercise | None:
        """The exercise with this id, if the library has it."""
        return next((item for item in self.exercises if item.id == exercise_id), None)


@dataclass(frozen=True)
class Services:
    """The application's shared parts, built once in build_application()."""

    settings: Settings
    sessions: SessionFactory
    clock: Clock
    content: Content
    # Exercise choice draws from this; tests seed it so picks repeat.
    rng: Random


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The handler context, with typed access to the shared services."""

    @property
    def services(self) -> Services:
        return self.application.bot_data[SERVICES_KEY]


def services_of(application: Application) -> Services:
    """The services stored on an application."""
    return application.bot_data[SERVICES_KEY]

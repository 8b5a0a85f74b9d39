"""Safety routes: what the bot does with what the screen heard (resources, pause, partner practices, saving)."""

# Only the writer's own danger pauses practice: someone else at risk, abuse told as history
# and a partner's threat to harm themselves are answered with help, not with a pause of the
# writer's own practice. Abuse by a partner now, or a partner's coercion, switches partner
# practices off. A minor's words are never stored.

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.practice.screen import Category, Screening, Tier


class Route(StrEnum):
    """Which answer a screened message gets."""

    NONE = "none"
    CHECK = "check"
    OWN_CRISIS = "own_crisis"
    ABUSE = "abuse"
    COERCION = "coercion"
    MINOR = "minor"
    OTHER_PERSON = "other_person"
    PAST_ABUSE = "past_abuse"


class Topic(StrEnum):
    """What a help line is for."""

    SUICIDE = "suicide"
    DOMESTIC_ABUSE = "domestic_abuse"
    SEXUAL_ASSAULT = "sexual_assault"
    YOUTH = "youth"


class CheckKind(StrEnum):
    """What the gentle question asks about."""

    SELF = "s"
    PARTNER = "p"
    BODY = "b"
    AGE = "a"


OWN_DANGER = frozenset(
    {
        Category.SUICIDE,
        Category.SELF_HARM,
        Category.EATING_DISORDER,
        Category.MEDICAL_EMERGENCY,
        Category.HARM_TO_OTHERS,
    }
)
ABUSE_NOW = frozenset({Category.PARTNER_VIOLENCE, Category.SEXUAL_VIOLENCE})


@dataclass(frozen=True)
class SafetyAnswer:
    """Everything the answer to one screened message decides, before anything is sent or stored."""

    route: Route
    topics: tuple[Topic, ...] = ()
    pause: bool = False
    partner_practices_off: bool = False
    keep_text: bool = True
    check: CheckKind | None = None
    language: str | None = None


def answer_for(screening: Screening) -> SafetyAnswer:
    """The route for a screened message: crisis routes by category, a check by what it asks about."""
    categories = screening.categories
    language = screening.language
    if screening.tier is Tier.NONE:
        return SafetyAnswer(Route.NONE)
    if screening.tier is Tier.CHECK:
        return SafetyAnswer(Route.CHECK, check=_check_kind(categories), language=language)
    abuse_topics = _abuse_topics(categories)
    if Category.MINOR in categories:
        return SafetyAnswer(
            Route.MINOR,
            topics=(Topic.YOUTH, Topic.SUICIDE),
            pause=True,
            partner_practices_off=bool(categories & ABUSE_NOW),
            keep_text=False,
            language=language,
        )
    if categories & OWN_DANGER:
        return SafetyAnswer(
            Route.OWN_CRISIS,
            topics=(Topic.SUICIDE, *abuse_topics),
            pause=True,
            partner_practices_off=bool(categories & (ABUSE_NOW | {Category.COERCION})),
            language=language,
        )
    if categories & ABUSE_NOW:
        return SafetyAnswer(
            Route.ABUSE, topics=abuse_topics, pause=True, partner_practices_off=True, language=language
        )
    if Category.COERCION in categories:
        return SafetyAnswer(
            Route.COERCION, topics=(Topic.DOMESTIC_ABUSE,), partner_practices_off=True, language=language
        )
    if Category.OTHER_PERSON in categories:
        return SafetyAnswer(
            Route.OTHER_PERSON, topics=(Topic.SUICIDE, Topic.DOMESTIC_ABUSE), language=language
        )
    return SafetyAnswer(
        Route.PAST_ABUSE, topics=(Topic.SEXUAL_ASSAULT, Topic.DOMESTIC_ABUSE), language=language
    )


def _abuse_topics(categories: frozenset[Category]) -> tuple[Topic, ...]:
    topics = []
    if Category.PARTNER_VIOLENCE in categories or Category.COERCION in categories:
        topics.append(Topic.DOMESTIC_ABUSE)
    if Category.SEXUAL_VIOLENCE in categories:
        topics.append(Topic.SEXUAL_ASSAULT)
    return tuple(topics)


def _check_kind(categories: frozenset[Category]) -> CheckKind:
    if Category.PARTNER_VIOLENCE in categories:
        return CheckKind.PARTNER
    if Category.MINOR in categories:
        return CheckKind.AGE
    if Category.MEDICAL_EMERGENCY in categories:
        return CheckKind.BODY
    return CheckKind.SELF


# What a "Yes" to each gentle question means: the screen's answer had it been said plainly.
CONFIRMED = {
    CheckKind.SELF: Screening(Tier.CRISIS, frozenset({Category.SUICIDE}), None),
    CheckKind.PARTNER: Screening(Tier.CRISIS, frozenset({Category.PARTNER_VIOLENCE}), None),
    CheckKind.BODY: Screening(Tier.CRISIS, frozenset({Category.MEDICAL_EMERGENCY}), None),
    CheckKind.AGE: Screening(Tier.CRISIS, frozenset({Category.MINOR}), None),
}
ABOUT_SOMEONE_ELSE = Screening(Tier.CRISIS, frozenset({Category.OTHER_PERSON}), None)

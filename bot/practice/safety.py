"""Safety routes: what the bot does with what the screen heard (resources, pause, partner practices, saving)."""

# Only the writer's own danger pauses practice: someone else at risk, abuse told as history
# and a partner's threat to harm themselves are answered with help, not with a pause of the
# writer's own practice. Abuse by a partner now, or a partner's coercion, switches partner
# practices off. A minor's words are never stored.

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.practice.pausing import HowAreYou
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


# --- What the bot says -----------------------------------------------------------------------------

SOS_TOPICS = (Topic.SUICIDE, Topic.DOMESTIC_ABUSE, Topic.SEXUAL_ASSAULT)
SOS_INTRO = (
    "You deserve support from a real person right now. I'm an automated program: I can't call anyone "
    "or come to you, but these people can."
)
WARM_OPENING = (
    "Thank you for telling me. That sounds really painful, and you deserve support from a real person "
    "right now. I'm an automated program: I can't call anyone or come to you, but these people can."
)
PAUSED = (
    "I've paused check-ins and practice prompts. In 3 days I'll ask how you are, and nothing comes back "
    "before you say so. /sos shows these lines any time."
)
PHONE_NOTE = (
    "If someone else might read this chat: /delete erases what this bot stores, and deleting the chat "
    "in Telegram removes these messages from your phone."
)
OPENINGS = {
    Route.OWN_CRISIS: WARM_OPENING,
    Route.ABUSE: (
        "Thank you for telling me. Being hurt, threatened or forced is never your fault, and it is not an "
        "attachment problem: feeling afraid can be an accurate signal. I'm an automated program and can't "
        "come to you, but these people help with exactly this. I've switched off every practice that "
        "involves a partner."
    ),
    Route.MINOR: (
        "Thank you for telling me. It sounds like you may be under 18. This bot is built for adults, so it "
        "can't be the right support for you, and I won't keep what you wrote. What you describe matters, "
        "and people who help young people can help now, for free:"
    ),
    Route.COERCION: (
        "That sounds frightening and heavy to carry. When a partner threatens to hurt themselves unless you "
        "do what they want, that is a form of control, and keeping them safe by giving in is not your job. "
        "If they are in danger right now, call the emergency number for them. These lines help people in "
        "controlling relationships. I've switched off practices that involve a partner; your own practice "
        "carries on."
    ),
    Route.OTHER_PERSON: (
        "It's caring of you to look out for them. If they are in danger right now, call your local "
        "emergency number. It helps to ask them directly whether they are thinking about suicide (asking "
        "does not put the idea in their head), to stay with them or keep talking, and to help them reach "
        "one of these lines. Look after yourself too: your practice carries on as usual."
    ),
    Route.PAST_ABUSE: (
        "Thank you for trusting me with this. What happened to you was not your fault. Many people carry "
        "something like this for years; if it would help to talk with someone who understands, these lines "
        "support survivors. Nothing else changes here."
    ),
}
QUESTIONS = {
    CheckKind.SELF: (
        "Can I check something? When things feel like this, some people think about ending their life. "
        "Is that on your mind?"
    ),
    CheckKind.PARTNER: "Can I check something? Are you afraid of someone close to you, or not safe at home right now?",
    CheckKind.BODY: (
        "Can I check something? Is your body in danger right now, for example chest pain, trouble "
        "breathing, or having taken too much of something?"
    ),
    CheckKind.AGE: "Can I check something? This bot is built for adults. Are you under 18?",
}
BREATHING = (
    "Only if it helps: breathe in through your nose, then a second small breath on top. "
    "Let it all out slowly through your mouth, longer than the breath in. Do that a few times. "
    "Stop if you feel dizzy.\n\nThe help lines above are there whenever you're ready."
)
# The routes where someone is in acute distress themselves: a minute of slow breathing is offered.
BREATHING_ROUTES = frozenset({Route.OWN_CRISIS, Route.ABUSE, Route.MINOR})
THANKS = "Thank you for telling me."


def sos_message(*, written_plan: str, lines: str) -> str:
    """The /sos message: the user's own safety plan first, then warm, honest words and the lines."""
    return (f"{written_plan}\n\n" if written_plan else "") + SOS_INTRO + "\n\n" + lines


def crisis_message(answer: SafetyAnswer, *, language_line: str, written_plan: str, lines: str) -> str:
    """The reply to a crisis-tier message on its route: warm first words, the user's own safety plan
    (on a pausing route), then the lines, then what changed."""
    parts = [language_line + OPENINGS[answer.route]]
    if written_plan and answer.pause:
        parts.append(written_plan)
    parts.append(lines)
    if answer.partner_practices_off:
        parts.append(PHONE_NOTE)
    if answer.pause:
        parts.append(PAUSED)
    return "\n\n".join(parts)


def check_message(answer: SafetyAnswer, *, local_lines: str | None) -> str:
    """The one gentle question; in another language (`local_lines`: its line and the lines), help comes with it."""
    question = QUESTIONS[answer.check]
    return f"{question}\n\n{local_lines}" if local_lines is not None else question


def check_answers(kind: CheckKind) -> tuple[str, str]:
    """The labels for yes and no under the gentle question."""
    return ("Yes, I'm under 18", "No, I'm an adult") if kind is CheckKind.AGE else ("Yes", "No, I'm safe")


# What a safety button leads to besides its words (see on_tap).
SHOW_LINES = "lines"
SHOW_BREATHING = "breathe"


@dataclass(frozen=True)
class TapReply:
    """What one safety button does: the toast, the words the message becomes, what follows."""

    toast: str | None = None
    edit: str | None = None
    screening: Screening | None = None  # answered as if it had been said plainly
    follow: str | None = None  # SHOW_LINES or SHOW_BREATHING
    lifts_pause: bool = False  # "I'm okay now", the day after
    how: HowAreYou | None = None  # the answer to "how are you now?" (see safety_pause.on_how_are_you)


def on_tap(action: str, value: str) -> TapReply:
    """The reply to the safety button `action` (with `value`); an unknown one is only acknowledged."""
    if action == "yes" and value in {kind.value for kind in CheckKind}:
        return TapReply(edit=THANKS, screening=CONFIRMED[CheckKind(value)])
    if action == "notsafe":
        # An older form of the question ("I'm not safe") gets the full response, as a plain signal would.
        return TapReply(screening=CONFIRMED[CheckKind.SELF])
    if action == "other":
        return TapReply(edit=THANKS, screening=ABOUT_SOMEONE_ELSE)
    if action == "safe":
        return TapReply(
            toast="Thank you",
            edit=f"{THANKS} I'm glad. /sos is here any time, day or night, if that changes.",
        )
    if action == "how" and value in {answer.value for answer in HowAreYou}:
        return TapReply(how=HowAreYou(value))
    if action == SHOW_LINES:
        return TapReply(follow=SHOW_LINES)
    if action == SHOW_BREATHING:
        return TapReply(follow=SHOW_BREATHING)
    if action == "okay":
        return TapReply(
            toast="Thank you", edit=f"{THANKS} /sos is here any time, day or night.", lifts_pause=True
        )
    return TapReply()

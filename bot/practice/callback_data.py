"""Every family of inline-button callback data, declared once: prefix, fields, build, parse and pattern."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

MAX_CALLBACK_BYTES = 64  # Telegram's limit for callback_data


@dataclass(frozen=True)
class Family:
    """One family of buttons: the prefix its data starts with and the fields after it."""

    prefix: str
    fields: tuple[str, ...]

    @property
    def pattern(self) -> str:
        """The pattern the application routes this family's taps by."""
        return rf"^{re.escape(self.prefix)}:"


CHECKIN = Family("ci", ("checkin_id", "step", "value"))
EXERCISE = Family("ex", ("target", "action", "value"))
ONBOARDING = Family("ob", ("question", "value"))
RECAP_MORE = Family("rm", ("start", "end"))
CAPACITY = Family("cap", ("week", "capacity", "rating"))
PAUSE = Family("pause", ("choice",))
SETTINGS = Family("set", ("setting",))
KEEP_GOING = Family("kg", ("answer",))
SAFETY = Family("sf", ("action", "value"))
SAFETY_PLAN = Family("sp", ("action", "index"))
FREE_TEXT = Family("ft", ("choice",))
HELP = Family("help", ("what",))
STORY = Family("st", ("action", "page"))
BID = Family("bid", ("action", "bid_id", "code"))
SUPPORT = Family("sup", ("week", "who"))
DELETE = Family("del", ("step",))
PLAN = Family("pl", ("action", "plan_id", "field"))
MOMENT = Family("nw", ("action", "target", "minutes"))
HELD = Family("hm", ("held_id", "decision"))
REPAIR = Family("rp", ("action", "after_date"))
SHARE = Family("sh", ("name", "notes", "action"))
PARTNER = Family("pn", ("action", "target", "value"))

FAMILIES = (
    CHECKIN,
    EXERCISE,
    ONBOARDING,
    RECAP_MORE,
    CAPACITY,
    PAUSE,
    SETTINGS,
    KEEP_GOING,
    SAFETY,
    SAFETY_PLAN,
    FREE_TEXT,
    HELP,
    STORY,
    BID,
    SUPPORT,
    DELETE,
    PLAN,
    MOMENT,
    HELD,
    REPAIR,
    SHARE,
    PARTNER,
)

# The value is a one-letter answer, an intensity, or (for the pattern picker) a plan id.
_CHECKIN = re.compile(r"^ci:(\d{1,12}):([acinrp])(?::([a-z0-9]{1,12}))?$")
_EXERCISE = re.compile(r"^ex:(\d{1,12}|new|dir):([a-z]{1,8})(?::([a-z0-9]{1,12}))?$")
_ONBOARDING = re.compile(r"^ob:([a-z]{1,6})(?::([A-Za-z0-9_/+\-]{1,48}))?$")
_RECAP_MORE = re.compile(r"^rm:(\d{8}):(\d{8})$")


@dataclass(frozen=True)
class CheckInButton:
    """A tap on a check-in button: which check-in, which step, which value."""

    checkin_id: int
    step: str  # a activation · p pattern (several plans) · c choice · i intensity · n note · r reopen
    value: str


@dataclass(frozen=True)
class ExerciseButton:
    """A tap on an exercise button: a practice id (or "new"/"dir"), an action, a value."""

    target: str
    action: str
    value: str


@dataclass(frozen=True)
class OnboardingButton:
    """A tap on an onboarding button: which question, which value."""

    question: str
    value: str


def _checked(data: str) -> str:
    if len(data.encode("utf-8")) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def checkin_button(checkin_id: int, step: str, value: str = "") -> str:
    """Callback data for a check-in button, e.g. ``ci:42:c:s``, or ``ci:42:p:7`` for plan 7 in the picker."""
    return _checked(f"ci:{checkin_id}:{step}" + (f":{value}" if value else ""))


def onboarding_button(question: str, value: str = "") -> str:
    """Callback data for an onboarding button, e.g. ``ob:dir:anxious``."""
    return _checked(f"ob:{question}" + (f":{value}" if value else ""))


def exercise_button(target: int | str, action: str, value: str = "") -> str:
    """Callback data for an exercise button, e.g. ``ex:17:f:c`` or ``ex:new:o``."""
    return _checked(f"ex:{target}:{action}" + (f":{value}" if value else ""))


def parse_exercise_button(data: str) -> ExerciseButton | None:
    """The exercise tap in `data`, or None when it is not well formed."""
    match = _EXERCISE.match(data or "")
    if not match:
        return None
    return ExerciseButton(match.group(1), match.group(2), match.group(3) or "")


def parse_checkin_button(data: str) -> CheckInButton | None:
    """The check-in tap in `data`, or None when it is not well formed."""
    match = _CHECKIN.match(data or "")
    if not match:
        return None
    return CheckInButton(int(match.group(1)), match.group(2), match.group(3) or "")


def parse_onboarding_button(data: str) -> OnboardingButton | None:
    """The onboarding tap in `data`, or None when it is not well formed."""
    match = _ONBOARDING.match(data or "")
    if not match:
        return None
    return OnboardingButton(match.group(1), match.group(2) or "")


_SAFETY = re.compile(r"^sf:(yes|safe|other|lines|breathe|okay|ok|no|how)(?::([a-z]))?$")
# Buttons sent before the gentle question had three answers still arrive as "sf:ok" and "sf:no".
_SAFETY_OLDER = {"ok": "safe", "no": "notsafe"}


@dataclass(frozen=True)
class SafetyButton:
    """A tap on a safety button: what was chosen, and for "yes" which question it answered."""

    action: str
    value: str


def safety_button(action: str, value: str = "") -> str:
    """Callback data for a safety button, e.g. ``sf:yes:s`` or ``sf:lines``."""
    return _checked(f"sf:{action}" + (f":{value}" if value else ""))


def parse_safety_button(data: str) -> SafetyButton | None:
    """The safety tap in `data`, or None when it is not well formed."""
    match = _SAFETY.match(data or "")
    if not match:
        return None
    action = _SAFETY_OLDER.get(match.group(1), match.group(1))
    if action == "yes" and not match.group(2):
        return None
    return SafetyButton(action, match.group(2) or "")


def recap_more_button(start: date, end: date) -> str:
    """Callback data for a recap's More button, naming the days it covers, e.g. ``rm:20261122:20261128``."""
    return _checked(f"rm:{start:%Y%m%d}:{end:%Y%m%d}")


def parse_recap_more_button(data: str) -> tuple[date, date] | None:
    """The first and last day of the recap in `data`, or None when it is not well formed."""
    match = _RECAP_MORE.match(data or "")
    if not match:
        return None
    try:
        start, end = (datetime.strptime(group, "%Y%m%d").date() for group in match.groups())
    except ValueError:
        return None
    return (start, end) if start <= end else None


_SAFETY_PLAN = re.compile(r"^sp:(go|skip|stop|show)(?::(\d{1,2}))?$")


@dataclass(frozen=True)
class SafetyPlanButton:
    """A tap on a safety-plan button: start, skip (keep) the step at `index`, stop for now, or show it."""

    action: str
    index: int


def safety_plan_button(action: str, index: int | None = None) -> str:
    """Callback data for a safety-plan button, e.g. ``sp:go`` or ``sp:skip:3``."""
    return _checked(f"sp:{action}" + (f":{index}" if index is not None else ""))


def parse_safety_plan_button(data: str) -> SafetyPlanButton | None:
    """The safety-plan tap in `data`, or None when it is not well formed."""
    match = _SAFETY_PLAN.match(data or "")
    if not match:
        return None
    return SafetyPlanButton(match.group(1), int(match.group(2) or 0))


# What to do with text typed outside any question: today's note, the journal, or just said.
FREE_TEXT_CHOICES = ("note", "jour", "said")


def free_text_button(choice: str) -> str:
    """Callback data for a choice about typed text, e.g. ``ft:note``."""
    return _checked(f"ft:{choice}")


def parse_free_text_button(data: str) -> str | None:
    """The choice in `data`, or None when it is not one."""
    choice = (data or "").removeprefix("ft:")
    return choice if (data or "").startswith("ft:") and choice in FREE_TEXT_CHOICES else None


# The button under "I don't know that one" that shows the command list.
HELP_ALL = "help:all"


def help_all_button() -> str:
    """Callback data for "Show the commands"."""
    return _checked(HELP_ALL)


def parse_help_button(data: str) -> bool:
    """True when `data` asks for the command list."""
    return data == HELP_ALL


_PLAN = re.compile(r"^pl:([aerlx])(?::(\d{1,12}))?(?::([coa]))?$")
_MOMENT = re.compile(r"^nw:([phsdn])(?::(\d{1,12}))?(?::(\d{1,3}))?$")
_HELD = re.compile(r"^hm:(\d{1,12}):([selvx])$")


@dataclass(frozen=True)
class PlanButton:
    """A tap in /plans: add (a), edit a field (e), retire (r), list (l), close (x); the plan and field."""

    action: str
    plan_id: int | None
    field: str


def plan_button(action: str, plan_id: int | None = None, field: str = "") -> str:
    """Callback data for a /plans button, e.g. ``pl:e:12:c``."""
    return _checked(
        f"pl:{action}" + (f":{plan_id}" if plan_id is not None else "") + (f":{field}" if field else "")
    )


def parse_plan_button(data: str) -> PlanButton | None:
    """The /plans tap in `data`, or None when it is not well formed."""
    match = _PLAN.match(data or "")
    if not match:
        return None
    plan_id = int(match.group(2)) if match.group(2) else None
    return PlanButton(match.group(1), plan_id, match.group(3) or "")


@dataclass(frozen=True)
class MomentButton:
    """A tap in the /now flow: pick a plan (p), hold a message (h), stay (s), done (d), not now (n)."""

    action: str
    target: int | None
    minutes: int | None


def moment_button(action: str, target: int | None = None, minutes: int | None = None) -> str:
    """Callback data for a /now button, e.g. ``nw:h:7:10`` (hold, moment 7, ten minutes)."""
    return _checked(
        f"nw:{action}" + (f":{target}" if target is not None else "") + (f":{minutes}" if minutes else "")
    )


def parse_moment_button(data: str) -> MomentButton | None:
    """The /now tap in `data`, or None when it is not well formed."""
    match = _MOMENT.match(data or "")
    if not match:
        return None
    target = int(match.group(2)) if match.group(2) else None
    minutes = int(match.group(3)) if match.group(3) else None
    return MomentButton(match.group(1), target, minutes)


def held_button(held_id: int, decision: str) -> str:
    """Callback data for a held message: send as is (s), edit first (e), let it go (l); in plain words
    during a safety pause, show it (v) or delete it (x)."""
    return _checked(f"hm:{held_id}:{decision}")


def parse_held_button(data: str) -> tuple[int, str] | None:
    """The (held message id, decision) in `data`, or None when it is not well formed."""
    match = _HELD.match(data or "")
    return (int(match.group(1)), match.group(2)) if match else None


_REPAIR = re.compile(r"^rp:([owyx]):(\d{8})$")


def repair_button(action: str, after_date: date) -> str:
    """Callback data for a repair button: open (o), write (w), repaired (y), not now (x), e.g. ``rp:y:20261124``."""
    return _checked(f"rp:{action}:{after_date:%Y%m%d}")


def parse_repair_button(data: str) -> tuple[str, date] | None:
    """The (action, old-pattern day) in `data`, or None when it is not well formed."""
    match = _REPAIR.match(data or "")
    if not match:
        return None
    try:
        return match.group(1), datetime.strptime(match.group(2), "%Y%m%d").date()
    except ValueError:
        return None


_CAPACITY = re.compile(r"^cap:(\d{4})W(\d{2}):([a-z]):([1-5x])$")


@dataclass(frozen=True)
class CapacityButton:
    """A weekly capacity rating: the ISO week ("2026-W48"), the capacity's code, and 1–5 or "x" (skip)."""

    week_key: str
    capacity: str
    rating: str


def capacity_button(week_key: str, capacity: str, rating: str) -> str:
    """Callback data for a capacity rating, e.g. ``cap:2026W48:r:3``."""
    return _checked(f"cap:{week_key.replace('-', '')}:{capacity}:{rating}")


def parse_capacity_button(data: str) -> CapacityButton | None:
    """The capacity rating in `data`, or None when it is not well formed."""
    match = _CAPACITY.match(data or "")
    if not match:
        return None
    return CapacityButton(f"{match.group(1)}-W{match.group(2)}", match.group(3), match.group(4))


_WORD = re.compile(r"^[a-z0-9]{1,8}$")


def _word_after(prefix: str, data: str) -> str | None:
    rest = (data or "").removeprefix(f"{prefix}:")
    return rest if (data or "").startswith(f"{prefix}:") and _WORD.match(rest) else None


def pause_button(choice: str) -> str:
    """Callback data for a /pause length, e.g. ``pause:7d``."""
    return _checked(f"pause:{choice}")


def parse_pause_button(data: str) -> str | None:
    """The pause length code in `data`, or None when it is not well formed."""
    return _word_after("pause", data)


def settings_button(setting: str) -> str:
    """Callback data for a /settings entry, e.g. ``set:tz``."""
    return _checked(f"set:{setting}")


def parse_settings_button(data: str) -> str | None:
    """The setting in `data`, or None when it is not well formed."""
    return _word_after("set", data)


def keep_going_button(answer: str = "go") -> str:
    """Callback data for the answer to "keep going?", ``kg:go``."""
    return _checked(f"kg:{answer}")


def parse_keep_going_button(data: str) -> str | None:
    """The answer in `data`, or None when it is not well formed."""
    return _word_after("kg", data)


def delete_button(step: str) -> str:
    """Callback data for /delete: continue (1), delete now (2), keep (no)."""
    return _checked(f"del:{step}")


def parse_delete_button(data: str) -> str | None:
    """The /delete step in `data`, or None when it is not one."""
    step = _word_after("del", data)
    return step if step in ("1", "2", "no") else None


_STORY = re.compile(r"^st:(go|stop|done|p)(?::(\d{1,4}))?$")


@dataclass(frozen=True)
class StoryButton:
    """A tap in /story: go on (go), stop (stop), enough for now (done), or a page to read (p)."""

    action: str
    page: int | None


def story_button(action: str, page: int | None = None) -> str:
    """Callback data for a /story button, e.g. ``st:go`` or ``st:p:2``."""
    return _checked(f"st:{action}" + (f":{page}" if page is not None else ""))


def parse_story_button(data: str) -> StoryButton | None:
    """The /story tap in `data`, or None when it is not well formed."""
    match = _STORY.match(data or "")
    if not match or (match.group(1) == "p") != (match.group(2) is not None):
        return None
    return StoryButton(match.group(1), int(match.group(2)) if match.group(2) else None)


_BID = re.compile(r"^bid:(?:(new)|(r):([a-z])|(w):(\d{1,12}):([a-z]))$")


@dataclass(frozen=True)
class BidButton:
    """A tap in /bid: start (new), the response (r, code), or who it was with (w, bid id, code)."""

    action: str
    bid_id: int | None
    code: str


def bid_button(action: str, bid_id: int | None = None, code: str = "") -> str:
    """Callback data for a /bid button, e.g. ``bid:new``, ``bid:r:t`` or ``bid:w:12:p``."""
    return _checked(
        f"bid:{action}" + (f":{bid_id}" if bid_id is not None else "") + (f":{code}" if code else "")
    )


def parse_bid_button(data: str) -> BidButton | None:
    """The /bid tap in `data`, or None when it is not well formed."""
    match = _BID.match(data or "")
    if not match:
        return None
    if match.group(1):
        return BidButton("new", None, "")
    if match.group(2):
        return BidButton("r", None, match.group(3))
    return BidButton("w", int(match.group(5)), match.group(6))


_SUPPORT = re.compile(r"^sup:(\d{4})W(\d{2}):([a-z])$")


def support_button(week_key: str, who: str) -> str:
    """Callback data for the steady-people question, e.g. ``sup:2026W48:f``."""
    return _checked(f"sup:{week_key.replace('-', '')}:{who}")


def parse_support_button(data: str) -> tuple[str, str] | None:
    """The (ISO week, who) in `data`, or None when it is not well formed."""
    match = _SUPPORT.match(data or "")
    return (f"{match.group(1)}-W{match.group(2)}", match.group(3)) if match else None


_SHARE = re.compile(r"^sh:([ftn]):([01]):([vmw])$")


@dataclass(frozen=True)
class ShareButton:
    """A tap in the /share confirm step: the name choice, whether notes go in, and show or make."""

    name: str  # f: the user's Telegram first name · t: the name they typed · n: no name
    notes: bool
    action: str  # v: show the step with these choices · m: make the PDF · w: ask for a name to type


def share_button(name: str, notes: bool, action: str) -> str:
    """Callback data for a /share button, e.g. ``sh:f:0:m``."""
    return _checked(f"sh:{name}:{int(notes)}:{action}")


def parse_share_button(data: str) -> ShareButton | None:
    """The /share tap in `data`, or None when it is not well formed."""
    match = _SHARE.match(data or "")
    if not match:
        return None
    return ShareButton(match.group(1), match.group(2) == "1", match.group(3))


# /partner: new invite (i), cancel invite (r), accept (a), decline (d), age (g), partner fear (f),
# bid menu (b), a preset bid (bp), a typed bid (bt), answer a bid (ba), write a card (c), read the
# partner's card (cr), answer the week's question (x), unlink (u), confirm it (uy), the menu (m).
PARTNER_ACTIONS = frozenset(
    {"i", "r", "a", "d", "g", "f", "b", "bp", "bt", "ba", "c", "cr", "x", "u", "uy", "m"}
)
_PARTNER = re.compile(r"^pn:([a-z]{1,2})(?::(\d{1,12}))?(?::([a-z]))?$")


@dataclass(frozen=True)
class PartnerButton:
    """A tap in /partner: the action, the row it names (invite, bid, exchange, preset), and a value."""

    action: str
    target: int | None
    value: str


def partner_button(action: str, target: int | None = None, value: str = "") -> str:
    """Callback data for a /partner button, e.g. ``pn:ba:12:t`` (answer bid 12: turning toward)."""
    if action not in PARTNER_ACTIONS:
        raise ValueError(f"unknown partner action {action!r}")
    return _checked(
        f"pn:{action}" + (f":{target}" if target is not None else "") + (f":{value}" if value else "")
    )


def parse_partner_button(data: str) -> PartnerButton | None:
    """The /partner tap in `data`, or None when it is not well formed."""
    match = _PARTNER.match(data or "")
    if not match or match.group(1) not in PARTNER_ACTIONS:
        return None
    target = int(match.group(2)) if match.group(2) else None
    return PartnerButton(match.group(1), target, match.group(3) or "")


# Each family's parser, by prefix: what a tap on any button this bot renders is read back through.
_PARSERS = {
    CHECKIN.prefix: parse_checkin_button,
    EXERCISE.prefix: parse_exercise_button,
    ONBOARDING.prefix: parse_onboarding_button,
    RECAP_MORE.prefix: parse_recap_more_button,
    CAPACITY.prefix: parse_capacity_button,
    PAUSE.prefix: parse_pause_button,
    SETTINGS.prefix: parse_settings_button,
    KEEP_GOING.prefix: parse_keep_going_button,
    SAFETY.prefix: parse_safety_button,
    SAFETY_PLAN.prefix: parse_safety_plan_button,
    FREE_TEXT.prefix: parse_free_text_button,
    HELP.prefix: lambda data: True if parse_help_button(data) else None,
    STORY.prefix: parse_story_button,
    BID.prefix: parse_bid_button,
    SUPPORT.prefix: parse_support_button,
    DELETE.prefix: parse_delete_button,
    PLAN.prefix: parse_plan_button,
    MOMENT.prefix: parse_moment_button,
    HELD.prefix: parse_held_button,
    REPAIR.prefix: parse_repair_button,
    SHARE.prefix: parse_share_button,
    PARTNER.prefix: parse_partner_button,
}


def family_of(data: str) -> Family | None:
    """The family whose pattern `data` is routed by, or None."""
    return next((family for family in FAMILIES if re.match(family.pattern, data or "")), None)


def parse(data: str) -> object | None:
    """`data` read back by its own family's parser, or None when no family reads it."""
    family = family_of(data)
    return _PARSERS[family.prefix](data) if family is not None else None

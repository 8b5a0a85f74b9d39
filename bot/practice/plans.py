"""If–then plans (implementation intentions): up to three per user, their editing rules, and their words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

# Three patterns is the most anyone can hold in mind at once; the step guide works on one at a time.
MAX_PLANS = 3
MAX_FIELD_CHARS = 200
# The order a new plan's fields are asked in: the situation first, so the plan reads "when…, then…".
FIELDS = ("cue", "old_move", "secure_alternative")
FIELD_CODES = {"c": "cue", "o": "old_move", "a": "secure_alternative"}
CODE_OF_FIELD = {field: code for code, field in FIELD_CODES.items()}

WHY_PLANS = (
    "An if–then plan ties the new move to the moment the old one starts, so you don't have to "
    "decide under pressure. People who make such plans follow through far more often "
    "(Gollwitzer &amp; Sheeran, 2006)."
)
QUESTIONS = {
    "cue": "<b>When does it start?</b> Type the moment in a few words, like “when he doesn't answer for an hour”.",
    "old_move": "<b>What does the old pattern make you do then?</b> Like “I send message after message”.",
    "secure_alternative": (
        "<b>And what will you do instead?</b> One small, doable step, like "
        "“I put the phone in another room and text a friend”."
    ),
}

# The same questions with examples for the person alone, for someone a partner frightens.
SELF_DIRECTED_QUESTIONS = {
    "cue": "<b>When does it start?</b> Type the moment in a few words, like “when I'm alone in the evening”.",
    "old_move": "<b>What does the old pattern make you do then?</b> Like “I scroll and check again and again”.",
    "secure_alternative": (
        "<b>And what will you do instead?</b> One small, doable step, like "
        "“I breathe out slowly three times and make a cup of tea”."
    ),
}


def question(field: str, *, partner_safe: bool = True) -> str:
    """The question for one plan field; its example is self-directed when a partner frightens the user."""
    return (QUESTIONS if partner_safe else SELF_DIRECTED_QUESTIONS)[field]


@dataclass(frozen=True)
class Plan:
    """One if–then plan as the rules see it (any field may still be missing while it is being written)."""

    id: int
    cue: str | None
    old_move: str | None
    secure_alternative: str | None


def plan_of(row) -> Plan:
    """A stored plan (anything with id, cue, old_move and secure_alternative) as the rules see it."""
    return Plan(id=row.id, cue=row.cue, old_move=row.old_move, secure_alternative=row.secure_alternative)


@dataclass(frozen=True)
class Edit:
    """The result of a typed answer to a plan field: the plan after it, or why it was refused."""

    plan: Plan | None
    refusal: str | None = None


def can_add(active_plans: int) -> bool:
    """Whether one more pattern fits beside the ones the user is working on."""
    return active_plans < MAX_PLANS


def first_plan_fields(pattern: str | None, secure_alternative: str | None) -> dict[str, str | None] | None:
    """The first plan, from what onboarding asked (the pattern is the old move); None without a pattern."""
    if not pattern:
        return None
    return {"cue": None, "old_move": pattern, "secure_alternative": secure_alternative}


def first_plan_after_setting(
    plans: Sequence[Plan], pattern: str | None, secure_alternative: str | None
) -> tuple[int | None, dict[str, str | None]] | None:
    """Plan 1 after the pattern was changed in /settings, so the two never disagree: (plan id, fields to
    write), (None, fields) for a new plan 1 when every plan was retired, or None when nothing changes.

    A new old move drops plan 1's cue: the moment that set off the old pattern belonged to that pattern.
    """
    fields = first_plan_fields(pattern, secure_alternative)
    if fields is None:
        return None
    if not plans:
        return None, fields
    first = plans[0]
    if (first.old_move, first.secure_alternative) == (pattern, secure_alternative):
        return None
    changes: dict[str, str | None] = {"old_move": pattern, "secure_alternative": secure_alternative}
    if first.old_move != pattern:
        changes["cue"] = None
    return first.id, changes


def pattern_from_first_plan(
    plans: Sequence[Plan], pattern: str | None, secure_alternative: str | None
) -> tuple[str, str] | None:
    """The pattern and alternative /settings (and the check-in card) show after plan 1 was edited or
    retired: plan 1's old move and secure alternative; None when they already agree, when no plan is
    left, or while plan 1 is still being written (the settings keep their words until it is whole)."""
    if not plans or not plans[0].old_move or not plans[0].secure_alternative:
        return None
    first = plans[0]
    if (first.old_move, first.secure_alternative) == (pattern, secure_alternative):
        return None
    return first.old_move, first.secure_alternative


def clean_field(typed: str) -> str | None:
    """The typed answer as it will be kept, or None when there is nothing in it."""
    cleaned = " ".join(typed.split()).strip(" .")
    return cleaned[:MAX_FIELD_CHARS] or None


def apply_edit(plan: Plan, field: str, typed: str) -> Edit:
    """Set one field of a plan from typed text; empty text is refused, long text is shortened."""
    if field not in FIELDS:
        return Edit(plan=None, refusal="That part of the plan doesn't exist.")
    cleaned = clean_field(typed)
    if cleaned is None:
        return Edit(plan=None, refusal="That was empty. A few words are enough.")
    return Edit(plan=replace(plan, **{field: cleaned}))


def next_missing(plan: Plan) -> str | None:
    """The first field a new plan still needs, in the order it is asked; None when complete."""
    for field in FIELDS:
        if not getattr(plan, field):
            return field
    return None


_CUE_OPENINGS = ("when ", "if ", "whenever ")
_ALTERNATIVE_OPENINGS = ("i will ", "i'll ", "i’ll ", "then i ", "i ")


def _without_opening(text: str, openings: tuple[str, ...]) -> str:
    """The text without a leading word the sentence around it already says ("When", "I will")."""
    lowered = text.lower()
    for opening in openings:
        if lowered.startswith(opening) and len(text) > len(opening):
            return text[len(opening) :]
    return text


def _lower_first(text: str) -> str:
    """ "Put the phone away" reads "put the phone away" after "then I"; "I", names and acronyms stay."""
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word[0].isupper() and first_word[1:].islower():
        return text[0].lower() + text[1:]
    return text


def plan_sentence(plan: Plan, escape) -> str:
    """The plan in the user's own words (HTML): "When …, then I … (instead of …)"."""
    # A plan from onboarding has no cue yet; the pattern starting is the cue until the user names one.
    cue = _without_opening(plan.cue, _CUE_OPENINGS) if plan.cue else "the pattern starts"
    lines = [f"<b>When</b> {escape(cue)},"]
    if plan.secure_alternative:
        alternative = _lower_first(_without_opening(plan.secure_alternative, _ALTERNATIVE_OPENINGS))
        lines.append(f"<b>then I</b> {escape(alternative.rstrip('.'))}.")
    else:
        lines.append("<i>(what you'll do instead is still to write)</i>")
    if plan.old_move:
        lines.append(f"<i>(instead of: {escape(plan.old_move)})</i>")
    return "\n".join(lines)


def plan_label(plan: Plan, limit: int = 40) -> str:
    """A short name for a plan on a button: its old move (or cue), cut to fit."""
    # A plan whose old move is not shown (see partner_safety) still has a name on its button.
    label = plan.old_move or plan.cue or ("Your pattern" if plan.secure_alternative else "New pattern")
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def prompt_value(field: str, plan_id: int) -> str:
    """What the user row remembers while a plan field waits for typed text, e.g. "plan:c:12"."""
    return f"plan:{CODE_OF_FIELD[field]}:{plan_id}"


def parse_prompt(value: str | None) -> tuple[str, int] | None:
    """The (field, plan id) a remembered prompt value names, or None when it names no plan field."""
    if not value:
        return None
    parts = value.split(":")
    if len(parts) != 3 or parts[0] != "plan" or parts[1] not in FIELD_CODES or not parts[2].isdigit():
        return None
    return FIELD_CODES[parts[1]], int(parts[2])

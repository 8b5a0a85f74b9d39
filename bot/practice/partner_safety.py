"""What someone afraid of a partner is shown: self-directed suggestions only, and no partner in their own words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

from bot.practice.plans import Plan

# Words that point at a partner or at a relationship with one. Used on the user's own pattern words,
# where hiding a harmless line too is safe and showing a partner line is not: so it is broad, pronouns
# and messaging words included.
PARTNER_WORDS = re.compile(
    r"\b(?:partners?|boyfriends?|girlfriends?|husbands?|wife|wives|spouses?|fianc[eé]e?s?|exe?s?|lovers?|"
    r"bf|gf|dating|date|he|she|him|her|his|hers|they|them|their|theirs|themselves|we|us|our|ours|"
    r"relationships?|texts?|texting|messages?|messaging|repl(?:y|ies)|arguments?|fights?)\b",
    re.IGNORECASE,
)
# What stands in for a hidden secure alternative: a step for the person alone.
SELF_DIRECTED_ALTERNATIVE = "Pause, breathe out slowly, and do one kind thing for myself"


class Suggestion(Protocol):
    """A pattern suggestion as these rules see it."""

    @property
    def self_directed(self) -> bool: ...

    @property
    def pattern(self) -> str: ...

    @property
    def secure_alternative(self) -> str: ...


S = TypeVar("S", bound=Suggestion)


def suggestions(options: Sequence[S], *, partner_safe: bool) -> list[S]:
    """The suggestions to offer: only the self-directed ones when a partner frightens the user, else the others."""
    return [option for option in options if option.self_directed != partner_safe]


def partner_texts(options: Iterable[Suggestion]) -> frozenset[str]:
    """The pattern and alternative words of every suggestion that is not self-directed."""
    return frozenset(
        text
        for option in options
        if not option.self_directed
        for text in (option.pattern, option.secure_alternative)
    )


def names_partner(text: str | None) -> bool:
    """Whether the words mention a partner, someone else in a relationship, or messaging them."""
    return bool(text) and PARTNER_WORDS.search(text) is not None


@dataclass(frozen=True)
class PartnerFilter:
    """Shows a user's own pattern words, unless a partner frightens them and the words point at a partner.

    `partner_texts` are the words of every partner-tagged suggestion: a pattern picked before the
    partner answer changed is hidden even when it names no one ("Going quiet instead of saying it").
    """

    partner_safe: bool
    partner_texts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *, partner_feels_unsafe: bool | None, partner_texts: Iterable[str]) -> PartnerFilter:
        """The filter for a user from their answer and the content's partner-tagged words."""
        return cls(partner_safe=not partner_feels_unsafe, partner_texts=frozenset(partner_texts))

    def hides(self, text: str | None) -> bool:
        """Whether these words must not be shown to this user."""
        if self.partner_safe or not text:
            return False
        return text.strip() in self.partner_texts or names_partner(text)

    def pattern(self, text: str | None) -> str | None:
        """The user's pattern as shown, or None where it would point at a partner."""
        return None if self.hides(text) else text

    def alternative(self, text: str | None) -> str | None:
        """The user's secure alternative as shown: a self-directed step where theirs involves a partner."""
        return SELF_DIRECTED_ALTERNATIVE if self.hides(text) else text

    def plan(self, plan: Plan) -> Plan:
        """An if–then plan as shown: partner words left out, a self-directed step in place of a partner one."""
        if self.partner_safe:
            return plan
        return replace(
            plan,
            cue=self.pattern(plan.cue),
            old_move=self.pattern(plan.old_move),
            secure_alternative=self.alternative(plan.secure_alternative) if plan.secure_alternative else None,
        )

    def needs_new_pattern(self, pattern: str | None, secure_alternative: str | None) -> bool:
        """Whether the chosen pattern or alternative points at a partner, so a new one is worth offering."""
        return self.hides(pattern) or self.hides(secure_alternative)

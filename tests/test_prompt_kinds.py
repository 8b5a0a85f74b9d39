"""The typed-text table: one entry per prompt kind, each saying what becomes of text the screen answered."""

from bot.practice.prompts import Prompt
from handlers.prompts import PROMPT_KINDS, Screened


def test_every_prompt_kind_has_one_entry():
    """Each kind of prompt is in the table, so its typed text is always answered or its lapse explained."""
    assert set(PROMPT_KINDS) == set(Prompt)


def test_only_kinds_that_store_screened_text_carry_a_store():
    """A kind whose screened text is stored quietly says how; no other kind does."""
    storing = (Screened.STORED, Screened.STORED_WHEN_KEPT)
    assert {prompt for prompt, kind in PROMPT_KINDS.items() if kind.store is not None} == {
        prompt for prompt, kind in PROMPT_KINDS.items() if kind.screened in storing
    }

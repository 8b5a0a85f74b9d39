"""Pure rules for the safety plan: the seven Stanley–Brown steps, how a step asks, how the plan reads back."""

from bot.practice.callback_data import MAX_CALLBACK_BYTES, parse_safety_plan_button, safety_plan_button
from bot.practice.safety_plan import SECTIONS, index_of, plan_text, section_at, step_text


def test_the_plan_has_the_seven_steps_in_order():
    """Warning signs first, the reason to keep going last, seven steps in all."""
    assert [section.id for section in SECTIONS] == [
        "signs",
        "self",
        "places",
        "people",
        "pros",
        "space",
        "reason",
    ]
    assert section_at(7) is None and index_of("reason") == 6 and index_of("nope") is None


def test_a_step_shows_the_current_answer_when_gone_through_again():
    """A step already answered shows the answer (escaped) and says it can be kept."""
    text = step_text(0, "<b>tired</b>")
    assert "1 of 7" in text and "&lt;b&gt;tired&lt;/b&gt;" in text and "keep it as it is" in text
    assert "skip this one" in step_text(0, None)


def test_the_plan_reads_back_in_order_and_only_what_is_written():
    """Sections read back in the plan's order; empty sections are left out; nothing written is empty."""
    text = plan_text({"reason": "my dog", "signs": "not sleeping", "self": ""})
    assert text.index("not sleeping") < text.index("my dog") and "on my own" not in text
    assert plan_text({}) == ""


def test_plan_buttons_round_trip_and_fit():
    """Every plan button parses back to what it was built from and fits Telegram's limit."""
    for action, index in (("go", None), ("skip", 6), ("stop", None), ("show", None)):
        data = safety_plan_button(action, index)
        assert len(data.encode()) <= MAX_CALLBACK_BYTES
        tap = parse_safety_plan_button(data)
        assert tap.action == action and tap.index == (index or 0)
    assert parse_safety_plan_button("sp:skip:999") is None

"""Pure rules for the story sequence, bids for connection and steady people in the recap."""

from datetime import UTC, date, datetime

from bot.practice.relationships import (
    STORY_PAGE_SIZE,
    BidRecord,
    StoryEntryView,
    StoryPrompt,
    bid_section,
    next_story_prompt,
    story_page,
    supports_section,
)

PROMPTS = [
    StoryPrompt("early", "Early?", False),
    StoryPrompt("lesson", "Lesson?", False),
    StoryPrompt("moment", "Moment?", True),
    StoryPrompt("next", "Next?", True),
]


def test_story_prompts_follow_the_sequence_then_cycle_the_episode_ones():
    """Unanswered prompts come in order; after all, the repeatable ones cycle."""
    assert next_story_prompt(PROMPTS, []).id == "early"
    assert next_story_prompt(PROMPTS, ["early"]).id == "lesson"
    assert next_story_prompt(PROMPTS, ["early", "lesson", "moment", "next"]).id == "moment"
    assert next_story_prompt(PROMPTS, ["early", "lesson", "moment", "next", "moment"]).id == "next"


def test_story_pages_newest_first_with_escaping():
    """A page holds three entries, newest first, escaped, and says whether more exist."""
    entries = [
        StoryEntryView(f"P{i}", f"text {i} <b>&", datetime(2026, 11, 20 - i, tzinfo=UTC)) for i in range(7)
    ]
    text, older, newer = story_page(entries, 0)
    assert "entries 1–3 of 7" in text and "text 0 &lt;b&gt;&amp;" in text and older and not newer
    text, older, newer = story_page(entries, 2)
    assert "entries 7–7 of 7" in text and not older and newer
    assert STORY_PAGE_SIZE == 3


def test_bid_section_counts_and_frames_missed_bids_kindly():
    """Bids noticed and turned toward are counted and compared; missed ones are something to notice."""
    week = [BidRecord(date(2026, 11, 20), "toward", "partner"), BidRecord(date(2026, 11, 21), "missed", None)]
    lines = bid_section(week, [BidRecord(date(2026, 11, 14), "toward", None)])
    assert "Noticed: 2 · turned toward: 1" in lines and "Last week: noticed 1, turned toward 1." in lines
    assert "noticing them is how the next one gets caught" in lines
    assert "fail" not in lines.lower()
    assert bid_section([], None) is None


def test_supports_name_steady_people_over_the_weeks():
    """Three weeks with a friend is named as such; "no one" gets a gentle pointer; nothing gives None."""
    assert "Three weeks in a row you leaned on a friend" in supports_section(
        ["family", "friend", "friend", "friend"]
    )
    assert "Last week you leaned on your therapist" in supports_section(["therapist"])
    gentle = supports_section(["friend", "no one"])
    assert "small step" in gentle and "should" not in gentle
    assert supports_section([]) is None


def test_no_bids_are_named_back_while_a_partner_frightens_the_user():
    """Bids are off on the partner-fear path, so the recap has no bid lines, even for older bids."""
    week = [BidRecord(date(2026, 11, 20), "toward", "partner")]
    assert bid_section(week, week, partner_safe=False) is None


def test_a_partner_is_not_named_back_as_a_steady_person_while_one_frightens_the_user():
    """On the partner-fear path the steady-people line speaks of the others, never of a partner."""
    assert supports_section(["friend", "partner"], partner_safe=False).endswith("leaned on a friend.")
    assert supports_section(["partner"], partner_safe=False) is None

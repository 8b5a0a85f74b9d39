"""Pure rules for repair: when it is offered, how the recap names repairs, and the per-pattern moment counts."""

from datetime import date

from bot.practice import repair
from bot.practice.repair import MomentRecord

WEDNESDAY = date(2026, 11, 25)
TUESDAY = date(2026, 11, 24)


def test_the_check_in_after_an_old_pattern_day_offers_a_repair():
    """Tuesday went the old way: Wednesday's check-in offers a repair for Tuesday."""
    assert repair.repair_offer([TUESDAY], [], today=WEDNESDAY, include_today=False) == TUESDAY


def test_a_repaired_day_is_not_offered_again():
    """Once Tuesday is repaired, nothing is offered for it."""
    assert repair.repair_offer([TUESDAY], [TUESDAY], today=WEDNESDAY, include_today=False) is None


def test_an_old_day_beyond_the_window_is_not_offered():
    """An old-pattern day more than three days back is history, not a task."""
    assert repair.repair_offer([date(2026, 11, 21)], [], today=WEDNESDAY, include_today=False) is None


def test_the_check_in_does_not_offer_repair_for_its_own_day():
    """The evening check-in looks at earlier days; today is still being answered."""
    assert repair.repair_offer([WEDNESDAY], [], today=WEDNESDAY, include_today=False) is None


def test_repair_command_includes_today():
    """/repair any time may repair today's old-pattern moment."""
    assert repair.repair_offer([WEDNESDAY], [], today=WEDNESDAY, include_today=True) == WEDNESDAY


def test_the_latest_open_day_is_offered():
    """With two unrepaired old days, the latest is offered first."""
    assert (
        repair.repair_offer([date(2026, 11, 23), TUESDAY], [], today=WEDNESDAY, include_today=False)
        == TUESDAY
    )


def test_recap_names_the_repair_as_a_win():
    """One repair reads "You repaired after Tuesday" and is called a win."""
    lines = repair.repair_lines([TUESDAY], week_end=date(2026, 11, 28))
    assert "Repairs: 1 repair" in lines and "You repaired after Tuesday." in lines and "win" in lines


def test_recap_without_repairs_says_nothing_about_them():
    """A week without repairs adds no repair lines."""
    assert repair.repair_lines([], week_end=date(2026, 11, 28)) == ""


def test_moments_are_counted_per_pattern_with_how_often_the_plan_held():
    """Each pattern gets its own count; a secure evening answer or letting a message go means the plan held."""
    moments = [
        MomentRecord(plan_id=1, action="marked", choice="secure"),
        MomentRecord(plan_id=1, action="sent", choice=None),
        MomentRecord(plan_id=2, action="let_go", choice=None),
    ]
    counts = repair.pattern_counts(moments, {1: "Checking my phone", 2: "Going quiet"})
    assert counts == [("Checking my phone", 2, 1), ("Going quiet", 1, 1)]


def test_a_moment_without_a_later_answer_still_counts_as_marked():
    """A moment never answered in the evening is still counted as an activation of its pattern."""
    counts = repair.pattern_counts(
        [MomentRecord(plan_id=3, action="marked", choice=None)], {3: "Pulling away"}
    )
    assert counts == [("Pulling away", 1, 0)]


def test_pattern_names_are_escaped_in_the_recap():
    """The user's own pattern words are HTML-escaped in the recap section."""
    section = repair.moments_section(
        [MomentRecord(plan_id=1, action="marked", choice=None)], {1: "Him & <me>"}
    )
    assert "Him &amp; &lt;me&gt;: 1 moment marked, your plan held 0." in section


def test_each_pattern_gets_its_own_forgiving_score():
    """Secure moments lift one pattern's score above the neutral 50; the other pattern's old moments lower its own."""
    lifted = repair.pattern_score(
        [MomentRecord(plan_id=1, action="marked", choice="secure", local_date=TUESDAY)]
    )
    lowered = repair.pattern_score(
        [MomentRecord(plan_id=2, action="marked", choice="old", local_date=TUESDAY)]
    )
    assert lifted > 50 > lowered


def test_a_pattern_without_known_choices_has_no_score_yet():
    """Moments marked but never answered give no per-pattern score, rather than a made-up one."""
    assert (
        repair.pattern_score([MomentRecord(plan_id=1, action="marked", choice=None, local_date=TUESDAY)])
        is None
    )


def test_the_recap_line_carries_the_pattern_score():
    """With a known choice, the pattern's line ends with its score out of 100."""
    section = repair.moments_section(
        [MomentRecord(plan_id=1, action="let_go", choice=None, local_date=TUESDAY)], {1: "Texting again"}
    )
    assert "Texting again: 1 moment marked, your plan held 1. Score for this pattern:" in section


def test_no_repair_is_offered_while_a_partner_frightens_the_user():
    """Repairing is a partner practice: an open old-pattern day offers nothing on the partner-fear path."""
    offer = repair.repair_offer([TUESDAY], [], today=WEDNESDAY, include_today=False, partner_safe=False)
    assert offer is None

"""The recap and /progress from plain rows: sections, weeks, capacity questions and words, with no Telegram or database."""

from datetime import date, timedelta

from bot.practice import recap_plan as plan
from bot.practice.recap import DayRecord, MarkedMoment
from bot.practice.relationships import BidRecord
from bot.practice.repair import MomentRecord

MONDAY = date(2026, 11, 16)
WEEK = (MONDAY, MONDAY + timedelta(days=6))
SHOWN = plan.Shown(pattern="I text again and again", secure_alternative="I wait an hour", direction="anxious")


def checkins(start: date, choices: str) -> list[DayRecord]:
    """One check-in a day from `start`: s(ecure), o(ld), b(oth) or n(ot activated)."""
    words = {"s": "secure", "o": "old", "b": "both", "n": None}
    return [
        DayRecord(start + timedelta(days=offset), "yes" if code != "n" else "no", words[code], None)
        for offset, code in enumerate(choices)
    ]


def test_a_finished_practice_counts_as_done():
    """Completed or felt counts as done; only started does not."""
    done = [plan.practice_record(MONDAY, status, None).completed for status in plan.BEGUN]
    assert done == [False, True, True]


def test_only_unanswered_moments_are_marked_in_the_score():
    """A moment the evening answered counts through that answer; the others count on their own, held or not."""
    moments = [
        MomentRecord(plan_id=1, action="let_go", choice=None, local_date=MONDAY),
        MomentRecord(plan_id=1, action="marked", choice=None, local_date=MONDAY),
        MomentRecord(plan_id=1, action="let_go", choice="old", local_date=MONDAY),
    ]
    assert plan.marked_moments(moments) == [MarkedMoment(MONDAY, True), MarkedMoment(MONDAY, False)]


def test_only_repairs_logged_in_the_window_count():
    """A repair logged before the window, or one only drafted, is not this week's."""
    repairs = [
        plan.RepairRecord(MONDAY + timedelta(days=1), MONDAY, "repaired"),
        plan.RepairRecord(MONDAY - timedelta(days=1), MONDAY - timedelta(days=2), "repaired"),
        plan.RepairRecord(MONDAY + timedelta(days=2), MONDAY + timedelta(days=1), "drafted"),
    ]
    assert plan.repaired_after(repairs, WEEK) == [MONDAY]


def test_repairs_are_read_from_a_few_days_before_the_window():
    """Repairs landing in the window may answer old-pattern days just before it."""
    assert plan.repairs_since(WEEK) == MONDAY - timedelta(days=3)


def test_a_quiet_week_has_no_moment_sections():
    """Without repairs or marked moments there is nothing to add."""
    assert plan.moment_sections([], [], {1: "Texting"}, WEEK) == []


def test_moments_outside_the_window_are_left_out():
    """Only the window's marked moments are counted per pattern."""
    outside = [MomentRecord(plan_id=1, action="marked", choice=None, local_date=MONDAY - timedelta(days=1))]
    inside = [MomentRecord(plan_id=1, action="marked", choice=None, local_date=MONDAY)]
    assert plan.moment_sections([], outside, {1: "Texting"}, WEEK) == []
    assert len(plan.moment_sections([], inside, {1: "Texting"}, WEEK)) == 1


def test_a_closed_partner_link_shows_nothing():
    """A suspended link, or a partner who frightens the user, leaves the partner's bids out."""
    bids = [plan.PartnerBidRecord(user_id=1, answer="toward")]
    assert plan.partner_section(bids, 1, link_open=False, partner_safe=True) is None
    assert plan.partner_section(bids, 1, link_open=True, partner_safe=False) is None


def test_an_open_partner_link_shows_the_bids_that_crossed():
    """An open link's bids this week are named."""
    bids = [plan.PartnerBidRecord(user_id=1, answer="toward")]
    assert plan.partner_section(bids, 1, link_open=True, partner_safe=True)


def test_this_weeks_steady_person_is_not_named_back_yet():
    """Supports are named back from earlier weeks; this week's answer waits for next week."""
    sections = plan.relationship_sections(
        [], [plan.SupportRecord("friend", "2026-W47")], None, WEEK, "2026-W47", partner_safe=True
    )
    assert sections == []


def test_bids_of_the_week_are_compared_with_last_week():
    """This week's bids become a section beside the partner's lines."""
    bids = [
        BidRecord(MONDAY, "toward", "partner"),
        BidRecord(MONDAY - timedelta(days=3), "missed", "partner"),
    ]
    sections = plan.relationship_sections(bids, [], "PARTNER", WEEK, "2026-W48", partner_safe=True)
    assert len(sections) == 2 and sections[1] == "PARTNER"


def test_a_first_recap_has_no_comparison_with_a_week_before():
    """With no check-in before the window, the recap is a first one: its note is among the details."""
    days = checkins(MONDAY, "ssosb")
    recap = plan.compose(days, [], WEEK, first_day=MONDAY, recap_weekday=0, shown=SHOWN, extra_sections=["X"])
    assert any("Your first recap" in section for section in recap.details) and recap.details[-1] == "X"


def test_a_later_recap_compares_with_the_week_before():
    """With a week of check-ins before, the details compare with last week."""
    days = checkins(MONDAY - timedelta(days=7), "sosnsss" + "sssbsns")
    recap = plan.compose(
        days, [], WEEK, first_day=MONDAY - timedelta(days=7), recap_weekday=0, shown=SHOWN, extra_sections=[]
    )
    assert any("Compared with last week" in section for section in recap.details)


def test_the_chart_starts_at_the_first_week():
    """A chart from the user's first week to the recap's: two weeks, two points."""
    weeks, points = plan.chart_points([], MONDAY - timedelta(days=7), WEEK[1], recap_weekday=0, most=12)
    assert (weeks, len(points)) == (2, 2)


def test_the_chart_is_capped():
    """A long history draws at most `most` weeks."""
    weeks, _ = plan.chart_points([], MONDAY - timedelta(days=700), WEEK[1], recap_weekday=0, most=12)
    assert weeks == 12


def test_the_ratings_count_up_to_three():
    """Each capacity question says which of the three it is."""
    assert "(2 of 3)" in plan.capacity_question(1)


def test_a_rating_is_kept_and_the_next_question_follows():
    """A rating on the first capacity is saved and the second is asked."""
    assert plan.on_rating("r", "4") == plan.RatingTap("regulation", 4, "Saved ✓", 1)


def test_a_skip_keeps_nothing():
    """Skip saves no rating and moves on."""
    assert plan.on_rating("e", "x") == plan.RatingTap("expression", None, "Skipped", 2)


def test_the_last_rating_leads_to_the_steady_people_question():
    """After the third capacity no question follows (the supports question comes next)."""
    assert plan.on_rating("c", "2").next_index is None


def test_an_unknown_capacity_has_expired():
    """A capacity the bot no longer asks about is refused."""
    assert plan.on_rating("q", "2") is None


def test_partner_is_left_out_of_the_steady_people_while_partner_practices_are_off():
    """Without a safe partner the question offers friend, family, therapist, no one, skip."""
    codes = [code for row in plan.support_rows(partner_safe=False) for _, code in row]
    assert codes == ["f", "m", "t", "n", "x"]


def test_capacities_are_grouped_oldest_first():
    """Each capacity's ratings, in the order given."""
    ratings = [
        plan.CapacityRecord("regulation", MONDAY, 2),
        plan.CapacityRecord("closeness", MONDAY, 3),
        plan.CapacityRecord("regulation", WEEK[1], 4),
    ]
    assert plan.latest_capacities(ratings) == {
        "regulation": [(MONDAY, 2), (WEEK[1], 4)],
        "expression": [],
        "closeness": [(MONDAY, 3)],
    }


def test_progress_names_the_weeks_and_the_latest_ratings():
    """/progress says how many weeks, and each rated capacity's latest rating."""
    capacities = {"regulation": [(MONDAY, 2), (WEEK[1], 4)], "expression": [], "closeness": []}
    text = plan.progress_text([], 1, capacities, [])
    assert "· 1 week\n" in text and "Calming yourself: 4/5" in text and "Saying what you need" not in text


def test_progress_counts_moments_over_everything_so_far():
    """/progress counts each pattern's moments from the first day, and draws one point per week."""
    rows = plan.WeekRows(
        days=checkins(MONDAY, "so"),
        practices=(),
        moments=[MomentRecord(plan_id=1, action="marked", choice=None, local_date=MONDAY)],
        repairs=(),
        plan_labels={1: "Texting"},
        bids=(),
        supports=(),
        partner_bids=(),
        link_open=False,
    )
    profile = plan.Profile(user_id=1, first_day=MONDAY, recap_weekday=0, partner_safe=True, shown=SHOWN)
    shown = plan.progress(rows, [], profile, WEEK[1] + timedelta(days=7))
    assert len(shown.points) == 2 and "Texting" in shown.text

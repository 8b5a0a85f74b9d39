"""Safety routes, one rule each: what a screened message pauses, switches off, shows and keeps."""

import pytest

from bot.practice import safety as rules
from bot.practice.callback_data import MAX_CALLBACK_BYTES, parse_safety_button, safety_button
from bot.practice.pausing import HowAreYou
from bot.practice.safety import ABOUT_SOMEONE_ELSE, CONFIRMED, CheckKind, Route, Topic, answer_for
from bot.practice.screen import Category, Screening, Tier


def crisis(*categories: Category, language: str | None = "en") -> Screening:
    return Screening(Tier.CRISIS, frozenset(categories), language)


def test_an_ordinary_message_has_no_safety_answer():
    """Tier none routes nowhere and changes nothing."""
    assert answer_for(Screening(Tier.NONE, frozenset(), None)).route is Route.NONE


def test_a_check_asks_without_pausing_or_switching_anything_off():
    """A check is one question: no pause, partner practices untouched, the text kept."""
    answer = answer_for(Screening(Tier.CHECK, frozenset({Category.SUICIDE}), "en"))
    assert (answer.route, answer.check, answer.pause, answer.partner_practices_off, answer.keep_text) == (
        Route.CHECK,
        CheckKind.SELF,
        False,
        False,
        True,
    )


def test_a_check_about_a_partner_asks_about_safety_at_home():
    """A partner-violence check asks whether the person is afraid or unsafe, not about suicide."""
    assert (
        answer_for(Screening(Tier.CHECK, frozenset({Category.PARTNER_VIOLENCE}), "en")).check
        is CheckKind.PARTNER
    )


def test_an_age_alone_asks_whether_the_person_is_under_18():
    """A minor check asks about age."""
    assert answer_for(Screening(Tier.CHECK, frozenset({Category.MINOR}), "en")).check is CheckKind.AGE


def test_the_writers_own_crisis_pauses_practice_and_shows_crisis_lines():
    """Suicide is the own-crisis route: paused, suicide lines, partner practices untouched."""
    answer = answer_for(crisis(Category.SUICIDE))
    assert (answer.route, answer.pause, answer.partner_practices_off) == (Route.OWN_CRISIS, True, False)
    assert answer.topics == (Topic.SUICIDE,)


def test_partner_violence_pauses_and_switches_partner_practices_off():
    """Abuse now: paused, partner practices off, domestic-abuse lines."""
    answer = answer_for(crisis(Category.PARTNER_VIOLENCE))
    assert (answer.route, answer.pause, answer.partner_practices_off) == (Route.ABUSE, True, True)
    assert answer.topics == (Topic.DOMESTIC_ABUSE,)


def test_sexual_violence_shows_sexual_assault_lines():
    """Sexual violence adds the sexual-assault lines."""
    assert Topic.SEXUAL_ASSAULT in answer_for(crisis(Category.SEXUAL_VIOLENCE)).topics


def test_own_crisis_with_partner_violence_shows_both_kinds_of_line():
    """Suicide and partner violence together: crisis lines and abuse lines, partner practices off."""
    answer = answer_for(crisis(Category.SUICIDE, Category.PARTNER_VIOLENCE))
    assert answer.topics == (Topic.SUICIDE, Topic.DOMESTIC_ABUSE) and answer.partner_practices_off


def test_someone_else_at_risk_pauses_nothing():
    """Other person: how to help them with the lines; the writer's practice is not paused."""
    answer = answer_for(crisis(Category.OTHER_PERSON))
    assert (answer.route, answer.pause, answer.partner_practices_off) == (Route.OTHER_PERSON, False, False)


def test_past_abuse_pauses_nothing_and_leaves_partner_practices_on():
    """Abuse told as history: support lines only; nothing paused or switched off."""
    answer = answer_for(crisis(Category.PAST_ABUSE))
    assert (answer.route, answer.pause, answer.partner_practices_off) == (Route.PAST_ABUSE, False, False)
    assert Topic.SUICIDE not in answer.topics


def test_coercion_shows_abuse_lines_not_suicide_lines_and_pauses_nothing():
    """A partner's self-harm threat: abuse lines, partner practices off, the writer's practice goes on."""
    answer = answer_for(crisis(Category.COERCION))
    assert (answer.route, answer.pause, answer.partner_practices_off) == (Route.COERCION, False, True)
    assert answer.topics == (Topic.DOMESTIC_ABUSE,)


def test_a_minors_words_are_not_kept():
    """A minor: youth lines first, paused, and the text is never stored."""
    answer = answer_for(crisis(Category.MINOR, Category.SEXUAL_VIOLENCE))
    assert answer.route is Route.MINOR and answer.topics[0] is Topic.YOUTH
    assert answer.pause and not answer.keep_text


def test_the_screened_language_travels_with_the_answer():
    """A Spanish crisis keeps its language so the reply can add the Spanish line."""
    assert answer_for(crisis(Category.SUICIDE, language="es")).language == "es"


def test_yes_to_each_question_is_the_crisis_it_asked_about():
    """A Yes becomes the matching crisis; "about someone else" becomes the other-person route."""
    assert answer_for(CONFIRMED[CheckKind.PARTNER]).route is Route.ABUSE
    assert answer_for(CONFIRMED[CheckKind.AGE]).route is Route.MINOR
    assert answer_for(CONFIRMED[CheckKind.SELF]).route is Route.OWN_CRISIS
    assert answer_for(ABOUT_SOMEONE_ELSE).route is Route.OTHER_PERSON


def test_every_safety_button_parses_back_and_fits_telegrams_limit():
    """Each safety button's data parses to what built it and stays within 64 bytes."""
    built = [safety_button("yes", kind.value) for kind in CheckKind]
    built += [safety_button(action) for action in ("safe", "other", "lines", "breathe", "okay")]
    for data in built:
        tap = parse_safety_button(data)
        assert tap is not None and data == safety_button(tap.action, tap.value)
        assert len(data.encode()) <= MAX_CALLBACK_BYTES


def test_buttons_sent_before_the_gentle_question_still_work():
    """The older "sf:ok" and "sf:no" buttons read as "safe" and "not safe"."""
    assert parse_safety_button("sf:ok").action == "safe" and parse_safety_button("sf:no").action == "notsafe"


def test_forged_safety_data_is_refused():
    """Unknown actions and a Yes without its question parse to nothing."""
    assert parse_safety_button("sf:yes") is None and parse_safety_button("sf:drop:table") is None


def test_yes_to_the_gentle_question_is_answered_as_said_plainly():
    """ "Yes" to the question about the user's own life gets the full crisis answer, and thanks on the card."""
    reply = rules.on_tap("yes", CheckKind.SELF.value)
    assert (reply.edit, reply.screening) == (rules.THANKS, CONFIRMED[CheckKind.SELF])


def test_about_someone_else_is_answered_for_the_other_person():
    """ "It's about someone else" is answered as a worry for another person."""
    assert rules.on_tap("other", "").screening == ABOUT_SOMEONE_ELSE


def test_the_older_not_safe_button_gets_the_full_answer_without_an_edit():
    """The older "I'm not safe" button leads to the crisis answer, leaving its card as it is."""
    reply = rules.on_tap("notsafe", "")
    assert (reply.edit, reply.screening) == (None, CONFIRMED[CheckKind.SELF])


def test_okay_now_lifts_the_pause():
    """ "I'm okay now", the day after, lifts the pause and thanks the user."""
    reply = rules.on_tap("okay", "")
    assert (reply.lifts_pause, reply.toast) == (True, "Thank you")


def test_safe_changes_nothing():
    """ "No, I'm safe" only thanks: nothing is paused or shown."""
    reply = rules.on_tap("safe", "")
    assert (reply.screening, reply.follow, reply.lifts_pause) == (None, None, False)


@pytest.mark.parametrize("action", [rules.SHOW_LINES, rules.SHOW_BREATHING])
def test_lines_and_breathing_are_shown_below(action):
    """The help-lines and breathing buttons each send their message below."""
    assert rules.on_tap(action, "").follow == action


def test_an_answer_to_how_are_you_is_passed_on():
    """A "how are you now?" button carries its answer; an unknown one is only acknowledged."""
    assert (rules.on_tap("how", "b").how, rules.on_tap("how", "z")) == (HowAreYou.BETTER, rules.TapReply())


def test_an_unknown_button_is_only_acknowledged():
    """A forged or old button does nothing but answer the tap."""
    assert rules.on_tap("yes", "zz") == rules.TapReply()


def test_a_pausing_route_shows_the_plan_and_says_what_changed():
    """Own crisis: the opening, the user's plan, the lines, then that practice is paused."""
    answer = answer_for(crisis(Category.SUICIDE))
    text = rules.crisis_message(answer, language_line="", written_plan="PLAN", lines="LINES")
    assert text == f"{rules.WARM_OPENING}\n\nPLAN\n\nLINES\n\n{rules.PAUSED}"


def test_a_route_that_does_not_pause_leaves_the_plan_out():
    """Someone else at risk: no plan and no pause, only the opening and the lines."""
    answer = answer_for(crisis(Category.OTHER_PERSON))
    text = rules.crisis_message(answer, language_line="", written_plan="PLAN", lines="LINES")
    assert text == f"{rules.OPENINGS[Route.OTHER_PERSON]}\n\nLINES"


def test_partner_practices_off_adds_the_note_about_the_phone():
    """When partner practices switch off, the user hears how to keep the chat private."""
    answer = answer_for(crisis(Category.COERCION))
    assert rules.PHONE_NOTE in rules.crisis_message(answer, language_line="", written_plan="", lines="L")


def test_the_gentle_question_brings_lines_in_another_language():
    """In a language with its own line, the lines come with the question."""
    answer = answer_for(Screening(Tier.CHECK, frozenset({Category.SUICIDE}), "es"))
    assert rules.check_message(answer, local_lines="LINES") == f"{rules.QUESTIONS[CheckKind.SELF]}\n\nLINES"


def test_the_age_question_is_answered_in_its_own_words():
    """The age question's buttons say under 18 or an adult, not safe or not."""
    assert rules.check_answers(CheckKind.AGE) == ("Yes, I'm under 18", "No, I'm an adult")


def test_breathing_is_offered_to_people_in_distress_themselves():
    """A minute of slow breathing is offered on the routes of one's own distress only."""
    assert Route.OWN_CRISIS in rules.BREATHING_ROUTES and Route.OTHER_PERSON not in rules.BREATHING_ROUTES

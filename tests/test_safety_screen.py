"""The crisis-signal screen: each category, typos and disguises, negation, false positives, help words and speed."""

import dataclasses
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.practice.safety import HELP_WORDS, Category, ScreenResult, asks_for_help, screen_text

SUICIDE_PHRASES = [
    "I want to kill myself",
    "i want to die",
    "I've been thinking about suicide",
    "I feel suicidal tonight",
    "everyone would be better off without me",
    "I'd be better off dead",
    "i don't want to be here anymore",
    "there's no reason to live",
    "i want to disappear forever",
    "i can't go on",
    "wish i could sleep and never wake up",
    "nothing matters anymore i'm done",
    "I want to end it all",
    "I keep thinking about ending it",
    "I want to end my life",
    "nobody would miss me",
    "I wish I was never born",
    "I'm a burden to everyone",
    "life isn't worth living",
    "I've lost the will to live",
    "no one would care if I died",
    "I'm so done with life",
    "going to unalive myself",
    "kms",
]

SELF_HARM_PHRASES = [
    "I hurt myself again last night",
    "I cut myself",
    "I'm cutting again",
    "I burn myself when it gets bad",
    "thinking about self-harm",
    "I hit myself when I mess up",
    "I've been cutting my arms",
    "I have urges to cut",
]

HARM_TO_OTHERS_PHRASES = [
    "I want to kill him",
    "I'm going to hurt her",
    "I'm going to hurt my partner",
    "I'll kill her if she does that again",
    "I want to murder my ex",
    "I'm going to beat him up",
    "I'm having homicidal thoughts",
]

PARTNER_VIOLENCE_PHRASES = [
    "he hit me",
    "she hit me",
    "they hit me",
    "he hits me when he drinks",
    "my boyfriend choked me",
    "he threatens me",
    "she threatened to kill me",
    "he checks my phone and won't let me see friends",
    "he tracks my location",
    "I'm afraid of my husband",
    "honestly I'm scared of him",
    "he forced me",
    "he won't let me leave",
    "my husband hit me again",
    "he put a tracker on my car",
    "I'm not allowed to see my friends",
    "he grabbed me by the throat",
    "I'm scared to go home",
    "he's violent when he drinks",
]

SEXUAL_ASSAULT_PHRASES = [
    "I was raped",
    "he forced me to have sex",
    "I was sexually assaulted",
    "he made me do sexual things",
    "i'm being forced to have sex",
    "I didn't consent",
    "he touched me while I was asleep",
]

MINOR_PHRASES = [
    "i'm 16",
    "i am 13 years old",
    "im only 12",
    "15 yo",
    "I'm a 14 year old",
    "I'm 14",
    "I am 12 years old and scared",
    "I am fifteen",
    "i'm 14yo",
    "I'm 16 y/o",
    "I'm in year 9",
    "I'm a minor",
    "I just turned 13",
]

EATING_DISORDER_PHRASES = [
    "I'm looking forward to throwing up after dinner",
    "I make myself sick after meals",
    "I make myself throw up",
    "purging again",
    "I've been starving myself",
    "haven't eaten in days on purpose",
    "I skip meals to punish myself",
    "laxatives to lose weight",
]

MEDICAL_PHRASES = [
    "I took too many pills",
    "I overdosed",
    "I've taken an overdose",
    "I can't breathe",
    "chest pain",
    "I swallowed a bottle of paracetamol",
    "I think I OD'd",
]


def categories(text: str) -> frozenset[Category]:
    return screen_text(text).categories


@pytest.mark.parametrize("text", SUICIDE_PHRASES)
def test_suicide_phrases_are_flagged(text):
    """Direct and indirect suicidal phrasing is flagged as suicide, not negated."""
    result = screen_text(text)
    assert Category.SUICIDE in result.categories
    assert result.negated is False


@pytest.mark.parametrize("text", SELF_HARM_PHRASES)
def test_self_harm_phrases_are_flagged(text):
    """Self-harm phrasing is flagged as self-harm."""
    assert Category.SELF_HARM in categories(text)


@pytest.mark.parametrize("text", HARM_TO_OTHERS_PHRASES)
def test_harm_to_others_phrases_are_flagged(text):
    """Stated intent to harm someone else is flagged as harm to others."""
    assert Category.HARM_TO_OTHERS in categories(text)


@pytest.mark.parametrize("text", PARTNER_VIOLENCE_PHRASES)
def test_partner_violence_phrases_are_flagged(text):
    """Violence, threats, fear, coercion and monitoring by a partner are flagged as partner violence."""
    assert Category.PARTNER_VIOLENCE in categories(text)


@pytest.mark.parametrize("text", SEXUAL_ASSAULT_PHRASES)
def test_sexual_assault_phrases_are_flagged(text):
    """Rape, assault and sex without consent are flagged as sexual assault."""
    assert Category.SEXUAL_ASSAULT in categories(text)


@pytest.mark.parametrize("text", MINOR_PHRASES)
def test_saying_you_are_under_18_is_flagged_as_minor(text):
    """Any statement that the writer is under 18 routes to the minor path."""
    assert Category.MINOR_ABUSE in categories(text)


@pytest.mark.parametrize("text", EATING_DISORDER_PHRASES)
def test_eating_disorder_phrases_are_flagged(text):
    """Purging, starving and restricting are flagged as eating-disorder behaviour."""
    assert Category.EATING_DISORDER in categories(text)


@pytest.mark.parametrize("text", MEDICAL_PHRASES)
def test_medical_emergency_phrases_are_flagged(text):
    """Overdose and acute physical danger are flagged as a medical emergency."""
    assert Category.MEDICAL_EMERGENCY in categories(text)


# --- The content brief's §4.9 checklist, verbatim ---


def test_bbc_case_routes_to_minor_and_sexual_assault():
    """The BBC test message is flagged as both a minor's disclosure and sexual assault."""
    result = screen_text("I'm being forced to have sex and I'm only 12")
    assert {Category.MINOR_ABUSE, Category.SEXUAL_ASSAULT} <= result.categories
    assert result.negated is False


def test_bbc_case_with_years_old_routes_the_same_way():
    """The BBC wording with "years old" is also minor plus sexual assault."""
    assert {Category.MINOR_ABUSE, Category.SEXUAL_ASSAULT} <= categories(
        "I'm being forced to have sex and I'm only 12 years old"
    )


def test_checklist_eating_disorder_phrase():
    """ "I'm looking forward to throwing up after dinner" is an eating-disorder signal, not a cheerful note."""
    assert Category.EATING_DISORDER in categories("I'm looking forward to throwing up after dinner")


@pytest.mark.parametrize("text", ["he checks my phone and won't let me see friends", "she hit me"])
def test_checklist_partner_violence_phrases(text):
    """The checklist's IPV phrases route to partner violence, un-negated."""
    result = screen_text(text)
    assert Category.PARTNER_VIOLENCE in result.categories
    assert result.negated is False


def test_checklist_indirect_suicide_phrase():
    """ "everyone would be better off without me" is a suicide signal."""
    assert Category.SUICIDE in categories("everyone would be better off without me")


# --- Typos, spacing and disguises ---


@pytest.mark.parametrize(
    "text",
    [
        "i want to kil myself",
        "suicde",
        "sucide",
        "suiside",
        "k1ll myself",
        "su1cide",
        "su!c!de",
        "i wanna diiie",
        "i want to diiiiie",
        "KILLLLL MYSELF",
        "s u i c i d e",
        "k.i.l.l myself",
        "sewerslide",
        "self deleting",
    ],
)
def test_typos_leetspeak_and_stretched_letters_still_flag_suicide(text):
    """Misspellings, digits for letters, repeated letters and spaced-out letters are read through."""
    assert Category.SUICIDE in categories(text)


def test_case_and_spacing_do_not_matter():
    """Shouting and stray spaces read the same as the plain phrase."""
    assert Category.SUICIDE in categories("EVERYONE   would be BETTER off without me")
    assert Category.SUICIDE in categories("  everyone\twould be better\n off without me  ")


@pytest.mark.parametrize("apostrophe", ["'", "’", "‘", "´", "`", "ʼ"])
def test_any_apostrophe_shape_reads_the_same(apostrophe):
    """Curly, backtick and acute apostrophes read like a straight one."""
    result = screen_text(f"i don{apostrophe}t want to be here anymore")
    assert Category.SUICIDE in result.categories
    assert result.negated is False


@pytest.mark.parametrize(
    "text",
    [
        "k\u200bill myself",  # zero-width space
        "kil\u00adl myself",  # soft hyphen
        "ｋｉｌｌ ｍｙｓｅｌｆ",  # fullwidth
        "kíll myséélf",  # accents
        "k\u0456ll myself",  # Cyrillic i
    ],
)
def test_invisible_characters_accents_and_lookalikes_are_read_through(text):
    """Zero-width characters, fullwidth forms, accents and Cyrillic lookalikes do not hide a phrase."""
    assert Category.SUICIDE in categories(text)


def test_stuck_together_age_is_still_read():
    """ "i'm14" (no space) is an age, even though digit-for-letter undoing would garble it."""
    assert Category.MINOR_ABUSE in categories("i'm14")


def test_phrase_at_the_end_of_a_long_note_is_found():
    """A crisis phrase after 10,000 characters of ordinary text is still flagged."""
    text = "Felt anxious when he was late but breathed. " * 230 + "I want to kill myself."
    assert len(text) > 10_000
    assert Category.SUICIDE in categories(text)


# --- Negation ---


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I'm not going to hurt myself", Category.SELF_HARM),
        ("I would never kill myself", Category.SUICIDE),
        ("I'm not suicidal", Category.SUICIDE),
        ("he never hit me", Category.PARTNER_VIOLENCE),
        ("he didn't hit me", Category.PARTNER_VIOLENCE),
        ("I'm not afraid of him", Category.PARTNER_VIOLENCE),
        ("I've never been raped", Category.SEXUAL_ASSAULT),
        ("I don't starve myself", Category.EATING_DISORDER),
        ("I have never overdosed", Category.MEDICAL_EMERGENCY),
        ("I'm not 14", Category.MINOR_ABUSE),
    ],
)
def test_negation_still_flags_but_is_marked_negated(text, category):
    """A denial is flagged (gentle check), never silenced, and marked negated."""
    result = screen_text(text)
    assert category in result.categories
    assert result.flagged is True
    assert result.negated is True


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal but everyone would be better off without me",
        "I'm not suicidal, I want to die",
        "I'm not going to hurt myself and I want to die",
        "I would never kill myself. I took too many pills",
    ],
)
def test_a_denial_next_to_an_unnegated_signal_is_not_negated(text):
    """When any match stands un-negated, the whole result is un-negated (full flow)."""
    result = screen_text(text)
    assert result.flagged is True
    assert result.negated is False


@pytest.mark.parametrize(
    "text",
    [
        "I don't know why I want to die",
        "I can't stop thinking about killing myself",
        "Not gonna lie I want to die",
        "i'm not safe i might hurt myself",
        "I didn't tell anyone that I cut myself",
    ],
)
def test_a_negative_word_that_negates_something_else_is_not_a_denial(text):
    """ "don't know", "can't stop", "not gonna lie", "not safe" do not soften the signal that follows."""
    result = screen_text(text)
    assert result.flagged is True
    assert result.negated is False


# --- False positives we keep clear ---


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying to see him",
        "this deadline is killing me",
        "I could kill for a coffee",
        "cut the onions",
        "my partner hit the jackpot",
        "he hit send",
        "she threw up her hands",
        "I hit the gym",
        "he hit the road",
        "I'm done",
        "I'm so done",
        "Put the phone in another room and read",
        "Felt anxious when he was late but breathed",
        "We had a fight but talked it through",
        "I'm 30 and learning this",
        "I'm proud of myself",
        "I'm dead tired after work",
        "My phone died so I couldn't check",
        "He killed it at his presentation",
        "killing them with kindness",
        "I died laughing",
        "I want to die of embarrassment",
        "I'd kill for a nap",
        "I checked my phone 20 times",
        "I read my messages from him again",
        "I want to cut ties with her",
        "I'm going to cut back on checking his socials",
        "I'm afraid of losing him",
        "I'm afraid of her leaving me",
        "I'm afraid of what he'll think",
        "I'm scared she'll find out",
        "he pushes me away when I get close",
        "He pushed me to go to therapy",
        "it hit me that I was pushing him away",
        "My anxiety hit me hard today",
        "he hit me up last night",
        "He beat me at chess",
        "He grabbed me a coffee",
        "She threw me a surprise party",
        "He held me while I cried",
        "I shot her a text",
        "he hurt my feelings",
        "I'm worried I'll hurt her if I leave",
        "I'm afraid I'll hurt him",
        "I'm going to hit him up later",
        "I'm very controlling sometimes",
        "I'm ending it with him",
        "I'm ending things with her",
        "I don't want to live with him anymore",
        "I can't go on a date with him",
        "I can't take it when he ignores me",
        "I want to disappear when he criticises me",
        "I'm sick with worry",
        "I made myself sick worrying",
        "I felt sick after eating too fast",
        "purging my closet of his stuff",
        "I'm starving",
        "I took my meds on time",
        "I had too much to drink",
        "I skipped lunch to work on a deadline",
        "I nearly had a heart attack when he texted",
        "I'll make him pay",
        "kill me now lol",
        "I'd rather die than text first",
    ],
)
def test_ordinary_words_that_sound_dark_stay_clear(text):
    """Idioms, hyperbole about things, and ordinary relationship talk are not flagged."""
    result = screen_text(text)
    assert result.categories == frozenset()
    assert result.flagged is False


@pytest.mark.parametrize(
    "text",
    [
        "i'm 25",
        "I'm 18",
        "I'm 30 and learning this",
        "I have 3 kids aged 12 and 14",
        "my kids are 12 and 14",
        "my 15 yo son has been moody",
        "my daughter is 14 years old",
        "she's 16 and I'm worried",
        "when I was 12 my dad left",
        "I'm 14 weeks pregnant",
        "I'm 12 days no contact",
        "I'm 13 years sober",
        "I'm 15 minutes late to everything",
        "I'm 14 stone and hate my body",
        "im 7/10 anxious",
        "I'm 12/10 anxious lol",
        "I'm 5 today, better than yesterday",
        "I'm a kid at heart",
        "I'm 10 years older than him",
    ],
)
def test_adult_ages_other_peoples_ages_and_quantities_are_not_a_minor(text):
    """Ages 18+, other people's ages, past ages, ratings and units do not route to the minor path."""
    assert Category.MINOR_ABUSE not in categories(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("the movie was about suicide prevention", Category.SUICIDE),
        ("I cut myself shaving", Category.SELF_HARM),
        ("I could kill him", Category.HARM_TO_OTHERS),
        ("he hurt me", Category.PARTNER_VIOLENCE),
        ("I threw up after dinner, food poisoning", Category.EATING_DISORDER),
        ("I can't take it anymore", Category.SUICIDE),
        ("my chest feels tight when he's late", Category.MEDICAL_EMERGENCY),
    ],
)
def test_documented_over_flags_stay_flagged(text, category):
    """Ambiguous phrases the module lists as accepted over-flags are flagged: the screen fails closed."""
    assert category in categories(text)


def test_im_done_flags_only_with_hopeless_context():
    """ "I'm done" alone is clear; after "nothing matters anymore" it is a suicide signal."""
    assert not screen_text("I'm done").flagged
    assert Category.SUICIDE in categories("nothing matters anymore i'm done")


# --- Result shape ---


@given(st.text(max_size=300))
def test_any_text_gives_a_well_formed_result(text):
    """Arbitrary Unicode never raises, and negated is only ever set on a flagged result."""
    result = screen_text(text)
    assert result.categories <= frozenset(Category)
    assert not (result.negated and not result.flagged)
    assert screen_text(text) == result


def test_empty_and_ordinary_text_is_not_flagged():
    """Empty text and an ordinary note give no categories, flagged False and negated False."""
    for text in ["", "   ", "Told her I needed space instead of ghosting"]:
        result = screen_text(text)
        assert result == ScreenResult(categories=frozenset(), negated=False)
        assert result.flagged is False


def test_result_is_frozen():
    """A ScreenResult cannot be changed after the screen returns it."""
    result = screen_text("he hit me")
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.negated = True  # type: ignore[misc]


def test_category_values_are_stable_strings():
    """Category values are the plain strings stored with a safety flag."""
    assert {category.value for category in Category} == {
        "suicide",
        "self_harm",
        "harm_to_others",
        "partner_violence",
        "sexual_assault",
        "minor_abuse",
        "eating_disorder",
        "medical_emergency",
    }


# --- Help words ---


def test_help_words_are_the_four_crisis_words():
    """HELP_WORDS is exactly help, crisis, emergency and sos."""
    assert HELP_WORDS == frozenset({"help", "crisis", "emergency", "sos"})


@pytest.mark.parametrize(
    "text", ["help", "HELP", "Help!", "/help", " sos ", "SOS!!!", "crisis", "Emergency.", "heeelp"]
)
def test_a_lone_help_word_asks_for_help(text):
    """A message that is only a help word (any case, punctuation or stretch) counts as /sos."""
    assert asks_for_help(text) is True


@pytest.mark.parametrize("text", ["help me with my homework", "helpful", "", "sos sos", "I need help", "no"])
def test_help_inside_a_longer_message_is_not_a_help_word(text):
    """Only the whole message being one help word counts; longer text goes through screen_text."""
    assert asks_for_help(text) is False


# --- Speed ---


def _best_time(text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        screen_text(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_screening_10000_characters_is_fast():
    """A 10,000-character note screens well within 200 ms (target is under 20 ms)."""
    text = ("Felt anxious when he was late but breathed and texted once. " * 200)[:10_000]
    assert _best_time(text) < 0.2


def test_screening_a_500_character_note_is_fast():
    """A 500-character note screens well within 20 ms (target is under 1 ms)."""
    text = ("We had a fight but talked it through and I stayed. " * 20)[:500]
    assert _best_time(text) < 0.02

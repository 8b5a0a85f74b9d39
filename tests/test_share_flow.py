"""/share end to end against the fake Bot API: the confirm step, then a one-page PDF whose text is checked."""

from __future__ import annotations

import io
import re

import pypdf

from storage import repo
from tests.conftest import USER
from tests.year_seed import CRISIS_NOTE, NOTE_TEXT, PATTERN, STORY_TEXT, seed_year


def pdf_text(harness) -> tuple[int, str]:
    """The page count and the whitespace-folded text of the newest PDF sent to the user."""
    document = [m for m in harness.fake.messages[USER].values() if m.kind == "document"][-1]
    assert document.file_name.endswith(".pdf")
    reader = pypdf.PdfReader(io.BytesIO(document.file_bytes))
    return len(reader.pages), " ".join(" ".join(page.extract_text() for page in reader.pages).split())


async def share(harness, *taps: str) -> tuple[int, str]:
    await seed_year(harness.services.sessions, USER, harness.clock.now())
    await harness.command(USER, "/share")
    for label in taps:
        await harness.tap(USER, label)
    await harness.tap(USER, "Make the PDF")
    return pdf_text(harness)


async def test_share_sends_one_page_with_the_pattern_and_the_weeks(harness):
    """The PDF is one A4 page holding the pattern, the weeks of practice and the score with its dips."""
    pages, text = await share(harness)
    assert pages == 1
    assert PATTERN in text
    assert re.search(r"\b5[23] weeks of practice\b", text)
    assert "harder weeks" in text and "comeback" in text and "Practice score over" in text


async def test_share_leaves_notes_and_story_out_unless_ticked(harness):
    """By default no check-in note and no story entry is on the page."""
    _, text = await share(harness)
    assert NOTE_TEXT not in text and STORY_TEXT not in text


async def test_share_with_notes_ticked_includes_them(harness):
    """Ticking "Include my notes and story" puts the note and the story entry on the page."""
    _, text = await share(harness, "Include my notes and story")
    assert NOTE_TEXT in text and STORY_TEXT in text


async def test_share_never_shows_crisis_words_even_with_notes_ticked(harness):
    """A note the crisis screen flags, and the safety flag itself, never reach the page."""
    _, text = await share(harness, "Include my notes and story")
    assert CRISIS_NOTE not in text and "suicide" not in text.lower()


async def test_share_puts_the_first_name_on_the_page_by_default(harness):
    """Without a change, the page carries the user's Telegram first name."""
    _, text = await share(harness)
    assert "Name: Sam" in text


async def test_share_with_no_name_chosen_carries_no_name(harness):
    """Choosing "No name" leaves the name off the page."""
    _, text = await share(harness, "No name")
    assert "Name:" not in text and "Sam" not in text


async def test_share_confirm_step_says_what_is_left_out(harness):
    """The confirm step names the name on the page and says notes are left out by default."""
    await seed_year(harness.services.sessions, USER, harness.clock.now())
    await harness.command(USER, "/share")
    step = harness.last_message(USER).text
    assert "Name on the page: Sam" in step and "left out" in step


async def test_a_typed_name_goes_on_the_page(harness):
    """ "Type a name" takes the next typed text as the name, chosen at once, and the page carries it."""
    await seed_year(harness.services.sessions, USER, harness.clock.now())
    await harness.command(USER, "/share")
    await harness.tap(USER, "Type a name")
    await harness.say(USER, "  J.   M.  ")
    assert "Name on the page: J. M." in harness.last_message(USER).text
    await harness.tap(USER, "Make the PDF")
    _, text = pdf_text(harness)
    assert "Name: J. M." in text and "Sam" not in text


async def test_crisis_words_typed_as_the_name_are_not_kept(harness):
    """Text the crisis screen flags, typed where the name was asked, is answered as a crisis and never kept as the name."""
    await seed_year(harness.services.sessions, USER, harness.clock.now())
    await harness.command(USER, "/share")
    await harness.tap(USER, "Type a name")
    await harness.say(USER, CRISIS_NOTE)
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
    assert user.share_name is None and user.practice_prompt is None


async def test_share_shows_no_partner_pattern_or_bids_for_someone_afraid_of_a_partner(harness):
    """On the partner-fear path the page leaves out pattern words pointing at a partner, and bids."""
    await seed_year(harness.services.sessions, USER, harness.clock.now())
    async with harness.services.sessions() as session:
        user = await repo.get_user(session, user_id=USER)
        user.partner_feels_unsafe = True
        await repo.save(session, user)
    await harness.command(USER, "/share")
    await harness.tap(USER, "Make the PDF")
    _, text = pdf_text(harness)
    assert PATTERN not in text and "turned toward" not in text

"""The reply after a finished check-in: which situation it is, and words that vary and remember the last days."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

# A reply's text is not used again for the same user within this many days.
VARIETY_DAYS = 7
# A comeback answers an old-pattern day from the last few days; further back it is just a good day.
COMEBACK_WITHIN_DAYS = 6
ORDINALS = {2: "Second", 3: "Third", 4: "Fourth", 5: "Fifth", 6: "Sixth", 7: "Seventh"}
OFFER_LINE = "If you'd like something for right now, there's a short practice below (or /exercise any time)."

# Every set holds nine texts: a full week in one situation, with two changed answers, never repeats one. Words follow
# the content brief: old move / new move, slips as part of change, confidence rebuilt from the user's own
# record (Kirchner et al., 2012), never blame. Placeholders: {nth} "Second"…; {count} a number;
# {when} "yesterday" / "on Tuesday"; {When} the same capitalised; {day} "yesterday" / "Tuesday".
REPLIES: dict[str, tuple[str, ...]] = {
    "secure": (
        "That was the new move. 🌱 You felt the old pull and chose differently. That's the skill, right there.",
        "You chose the secure response today. Pause on that for a second: you did that.",
        "Another repetition of the new pattern. 🌱 Each one makes the path easier to find next time.",
        "The pull was there and you didn't follow it. That's not luck; that's practice.",
        "Secure choice, noted ✓ Whatever helped today is worth remembering for the next hard moment.",
        "You felt the old pull and still chose the new way. Quietly, that's a big thing.",
        "New move made. 🌱 Small moments like this are exactly how a pattern changes.",
        "You went the new way today. Let yourself notice how that felt.",
        "A secure choice. 🌱 The old pull doesn't get the last word every time any more.",
    ),
    "both": (
        "Some of both is real progress: part of you chose the new move while the old one was loud.",
        "Mixed is honest, and it counts. Part of today went the new way. 🌱",
        "Half new, half old is how change usually looks from the inside. The new half is growing.",
        "You caught some of it. Noticing halfway and changing course is a skill of its own.",
        "Some of both: the new move showed up even with the old pattern pulling. That's practice.",
        "Part old, part new. The new part is the one you're building, and today it was there.",
        "A mixed evening still holds a new move. That piece is worth keeping.",
        "Some of both. What helped the new part happen is worth a thought tomorrow.",
        "Not all the way, and not nothing. The new move got a turn today. 🌱",
    ),
    "old": (
        "Thank you for being honest. The old pattern won this time; that's part of how change happens, "
        "not a step back to zero.",
        "The old move took over today. It's a well-worn path, not a verdict on you.",
        "A hard evening. Noticing it and saying so is already part of the practice.",
        "The old pattern won this round. Slips are part of changing; what matters is what comes next.",
        "Thanks for telling it straight. Old habits are strong, and one evening doesn't undo what you're building.",
        "Today the old way was louder. Be as kind to yourself as you'd be to a friend after the same day.",
        "The old move won today. Tomorrow is another chance to practise, with nothing to catch up on.",
        "Old pattern today. That's information about a hard moment, not about who you are.",
        "It went the old way tonight. You still checked in, and that keeps the practice going.",
    ),
    "repeat_hard": (
        "{nth} hard evening in a row. That happens, and you're still showing up.",
        "{nth} evening in a row where the old pattern won. Rough stretches are part of the path; "
        "you're still here, checking in.",
        "{nth} hard day running. Stretches like this often come with stress or tiredness, "
        "not with anything wrong with you.",
        "Another hard evening, {count} in a row. Answering honestly on days like this is practice too.",
        "{nth} old-pattern evening in a row. Go gently tonight; the new move will still be there tomorrow.",
        "{nth} hard evening running. Most people go through rough patches like this before a new pattern settles.",
        "{nth} day in a row the old way won. You keep checking in anyway, and that matters more than it feels.",
        "{nth} hard evening in a row. Rest counts as practice too; tomorrow is a fresh start.",
        "{nth} evening running where the old move won. You're still looking at it honestly, and that's the work.",
    ),
    "comeback": (
        "{When} the old pattern won; today you came back to the new move. 🌱",
        "A comeback: {day} was hard, and today you chose differently.",
        "{When} the old way took over, and today you found your way back. "
        "Every comeback is another repetition of the new pattern.",
        "You came back. After {day}'s hard evening, today went the new way.",
        "This is what coming back looks like: the old pattern {when}, the new move today.",
        "{Day} was a hard one, and today you chose differently. Change usually goes back and forth, and forward.",
        "Back to the new move after {day}. Coming back is the very skill you're practising.",
        "{When} went the old way; today didn't. That turn is worth noticing. 🌱",
        "After {day}'s hard evening you came back. Your own record says you can do this.",
    ),
    "no": (
        "A calm day. Those count too: they're the ground new habits grow on.",
        "No pull today. Enjoy the quiet; calm days help too.",
        "A day without the old pattern showing up. Worth noticing what made it easier.",
        "Calm today ✓ Nothing to do but let it be a good day.",
        "No activation, noted. Quiet days are part of the picture, not a gap in it.",
        "A steady day. Your nervous system gets to rest on days like this.",
        "Nothing pulled at you today. That's worth a small moment of appreciation.",
        "A quiet day for your pattern ✓ Calm days make the harder ones easier to meet.",
        "No activation today. A good day to simply be, with nothing to practise.",
    ),
    "unsure": (
        "Not sure is an honest answer. Noticing is a skill of its own, and it sharpens with practice.",
        "Hard to tell today? That's fine. Asking yourself the question is practice.",
        "Not sure, noted. Over the weeks, the signs of your pattern usually get easier to spot.",
        "Some days are blurry. Checking in anyway keeps the habit of noticing alive.",
        "Unsure is fine. Tomorrow you might notice a little more, and that's how it grows.",
        "No clear answer today, and that's okay. Paying attention is the first step of choosing.",
        "Not sure counts as an answer. The noticing you did today is part of the practice.",
        "Not sure today. If it shows up more clearly tomorrow, you'll be ready to spot it.",
        "A hard one to read today, and that's alright. You looked, and that's the practice.",
    ),
}


@dataclass(frozen=True)
class RecentDay:
    """One earlier check-in of this user, as far as the reply needs it."""

    local_date: date
    outcome: str | None  # secure | both | old | no | unsure, or None when not answered
    reply_ids: tuple[str, ...] = ()  # the replies it got (more than one when the answer was changed)


@dataclass(frozen=True)
class Situation:
    """What today's answer means next to the last days: a name and what the words may refer to."""

    name: str  # secure | both | old | repeat_hard | comeback | no | unsure
    run: int = 1  # old-pattern days in a row, today included
    old_date: date | None = None  # the hard day a comeback answers


@dataclass(frozen=True)
class Reply:
    """A chosen reply: its stable id (kept with the check-in) and its words."""

    id: str
    text: str
    # Whether the words promise a practice below (never during a safety pause).
    offers_practice: bool = False


def situation(outcome: str, local_date: date, recent: Sequence[RecentDay]) -> Situation:
    """The situation of today's answer, from the answer and the check-ins of the days before."""
    by_date = {day.local_date: day.outcome for day in recent if day.local_date < local_date}
    if outcome == "old":
        run = 1
        while by_date.get(local_date - timedelta(days=run)) == "old":
            run += 1
        return Situation("repeat_hard", run=run) if run > 1 else Situation("old")
    if outcome in ("secure", "both"):
        for back in range(1, COMEBACK_WITHIN_DAYS + 1):
            earlier = by_date.get(local_date - timedelta(days=back))
            if earlier == "old":
                return Situation("comeback", old_date=local_date - timedelta(days=back))
            if earlier in ("secure", "both"):
                break
    return Situation(outcome)


def choose_reply(outcome: str, *, local_date: date, recent: Sequence[RecentDay], seed: int) -> Reply:
    """The reply for today's answer: fitted to the situation, never a text this user got in the last 7 days.

    `recent` are the user's check-ins of the last days (today's too, if it already had a reply);
    `seed` turns the choice among the unused texts, so it varies without global random state.
    """
    found = situation(outcome, local_date, recent)
    texts = REPLIES[found.name]
    ids = [f"{found.name}.{index + 1}" for index in range(len(texts))]
    since = local_date - timedelta(days=VARIETY_DAYS - 1)
    used = {
        reply_id: day.local_date
        for day in sorted(recent, key=lambda day: day.local_date)
        if day.local_date >= since
        for reply_id in day.reply_ids
    }
    unused = [reply_id for reply_id in ids if reply_id not in used]
    if unused:
        chosen = unused[seed % len(unused)]
    else:
        # Only reachable when answers are changed again and again: take the one used longest ago.
        chosen = min(ids, key=lambda reply_id: used[reply_id])
    text = texts[ids.index(chosen)]
    return Reply(chosen, text.format(**_words(found, local_date)))


def _words(found: Situation, local_date: date) -> dict[str, str]:
    if found.old_date is not None and (local_date - found.old_date).days == 1:
        when, day = "yesterday", "yesterday"
    elif found.old_date is not None:
        day = f"{found.old_date:%A}"
        when = f"on {day}"
    else:
        when = day = ""
    return {
        "nth": ORDINALS.get(found.run, "Another"),
        "count": str(found.run),
        "when": when,
        "When": when[:1].upper() + when[1:],
        "day": day,
        "Day": day[:1].upper() + day[1:],
    }


def with_offer(text: str, *, offered: bool) -> str:
    """The reply, with one line pointing to the practice button when one comes with it."""
    return f"{text}\n\n{OFFER_LINE}" if offered else text


def remembered(reply_ids: str | None, new_id: str) -> str:
    """The stored list of a check-in's reply ids with one more (comma-separated, oldest first)."""
    return f"{reply_ids},{new_id}" if reply_ids else new_id


def parse_remembered(reply_ids: str | None) -> tuple[str, ...]:
    """The reply ids stored with a check-in."""
    return tuple(reply_id for reply_id in (reply_ids or "").split(",") if reply_id)

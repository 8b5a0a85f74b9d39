"""Pure export rules: local stamps with the offset of the moment, every table in the CSV archive."""

import csv
import io
import zipfile
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from bot.practice.export import TABLES, ExportLabels, csv_archive, in_zone, readable_export, stamp

BERLIN = ZoneInfo("Europe/Berlin")


def test_stamp_keeps_the_offset_the_moment_had():
    """A winter and a summer instant in Berlin read with UTC+1 and UTC+2, in local wall time."""
    assert stamp(datetime(2026, 1, 5, 20, 4, tzinfo=UTC), BERLIN) == "Mon 5 Jan 2026, 21:04 (UTC+1)"
    assert stamp(datetime(2026, 7, 6, 19, 4, tzinfo=UTC), BERLIN) == "Mon 6 Jul 2026, 21:04 (UTC+2)"


def test_instants_move_to_the_users_zone_and_dates_stay():
    """in_zone turns UTC instants into local ones with their offset and leaves plain dates alone."""
    rows = in_zone(
        {"checkins": [{"local_date": date(2026, 1, 5), "answered_at": datetime(2026, 1, 5, 20, tzinfo=UTC)}]},
        BERLIN,
    )
    assert rows["checkins"][0]["answered_at"].isoformat() == "2026-01-05T21:00:00+01:00"
    assert rows["checkins"][0]["local_date"] == date(2026, 1, 5)


def test_csv_archive_has_a_file_for_every_table_even_empty_ones():
    """Every known table gets its CSV (an empty one with a header line), named in plain words."""
    archive = zipfile.ZipFile(io.BytesIO(csv_archive({table: [] for table in TABLES}, BERLIN)))
    assert set(archive.namelist()) == {filename for filename, _ in TABLES.values()}
    assert list(csv.reader(io.StringIO(archive.read("bids.csv").decode()))) == [["(no rows)"]]


def test_readable_export_of_a_new_user_says_nothing_yet():
    """A profile with no rows elsewhere reads as headings with "Nothing yet.", and no column names."""
    now = datetime(2026, 1, 5, 20, tzinfo=UTC)
    text = readable_export(
        {"users": [{"time_zone": "Europe/Berlin", "direction": "anxious", "quiet": False}]},
        zone=BERLIN,
        labels=ExportLabels(directions={"anxious": "leaning anxious"}),
        now=now,
    )
    assert "Direction: leaning anxious" in text and "Time zone: Berlin (UTC+1)" in text
    assert text.count("Nothing yet.") == len(TABLES) - 1
    assert "time_zone" not in text and "Europe/Berlin" not in text


def test_readable_export_shows_the_name_typed_for_share():
    """The name typed for /share summaries is part of the readable export, like the pattern."""
    text = readable_export(
        {"users": [{"time_zone": "Europe/Berlin", "share_name": "J. M."}]},
        zone=BERLIN,
        labels=ExportLabels(directions={}),
        now=datetime(2026, 1, 5, 20, tzinfo=UTC),
    )
    assert "- Name for /share summaries: “J. M.”" in text


def test_timed_tables_read_as_one_stamped_line_per_row():
    """Moments, held messages, the partner card and partner answers each read as local time · what."""
    at = datetime(2026, 1, 5, 20, 4, tzinfo=UTC)
    text = readable_export(
        {
            "users": [{"time_zone": "Europe/Berlin"}],
            "pattern_moments": [{"marked_at": at, "action": "held"}],
            "held_messages": [{"held_at": at, "text": "are you up?"}],
            "partner_cards": [{"updated_at": at, "text": "ask me first"}],
            "partner_exchange_answers": [{"answered_at": at, "text": "the walk"}],
        },
        zone=BERLIN,
        labels=ExportLabels(),
        now=at,
    )
    when = "**Mon 5 Jan 2026, 21:04 (UTC+1)**"
    assert f"- {when} · held a message" in text
    assert f"- {when} · are you up?" in text
    assert f"- {when} · “ask me first”" in text
    assert f"- {when} · “the walk”" in text

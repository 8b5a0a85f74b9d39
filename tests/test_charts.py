"""The recap and progress charts: valid phone-sized PNGs, every label shown, gaps kept as gaps, safe in threads."""

from __future__ import annotations

import ast
import io
import itertools
import math
import struct
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from matplotlib.text import Text

from bot import charts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
LAST_WEEK_END = date(2025, 11, 16)
CHARTS_SOURCE = Path(__file__).resolve().parent.parent / "bot" / "charts.py"


@dataclass(frozen=True)
class Week:
    """A week as the recap service reports it."""

    week_end: date
    secure_share: float | None
    score: float | None
    activated: int


def weeks(count: int) -> list[Week]:
    """`count` consecutive weeks ending on LAST_WEEK_END, scores up and down, every fifth week without activations."""
    made = []
    for index in range(count):
        week_end = LAST_WEEK_END - timedelta(weeks=count - 1 - index)
        if index % 5 == 3:
            made.append(Week(week_end, None, 40.0 + index % 7, 0))
        else:
            share = ((index * 37) % 100) / 100
            made.append(Week(week_end, share, 20.0 + (index * 53) % 80, 1 + index % 4))
    return made


def all_none_weeks(count: int) -> list[Week]:
    """`count` consecutive weeks with neither a share nor a score."""
    return [Week(LAST_WEEK_END - timedelta(weeks=count - 1 - index), None, None, 0) for index in range(count)]


def ratings(count: int) -> dict[str, list[tuple[date, int]]]:
    """Weekly 1–5 ratings of the three capacities over the last `count` weeks."""
    return {
        key: [
            (LAST_WEEK_END - timedelta(weeks=count - 1 - index), 1 + (index + offset) % 5)
            for index in range(count)
        ]
        for offset, key in enumerate(charts.CAPACITY_LABELS)
    }


def png_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """The (type, body) chunks of a PNG, after checking the signature and every chunk's CRC."""
    assert data[:8] == PNG_SIGNATURE
    chunks, offset = [], 8
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset : offset + 4])
        kind, body = data[offset + 4 : offset + 8], data[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + body), f"bad CRC in {kind!r}"
        chunks.append((kind, body))
        offset += 12 + length
    return chunks


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def texts_of(figure) -> list[str]:
    """Every visible, non-empty string the figure draws."""
    return [text.get_text() for text in figure.findobj(Text) if text.get_visible() and text.get_text()]


def artist_by_gid(figure, gid: str):
    """The one artist tagged `gid`, or None."""
    found = figure.findobj(lambda artist: artist.get_gid() == gid)
    assert len(found) <= 1
    return found[0] if found else None


def bar_extents(figure) -> list[tuple[float, float]]:
    """(centre day, height) of each secure-share bar."""
    bars = artist_by_gid(figure, charts.BARS_GID)
    extents = []
    for path in bars.get_paths():
        xs, ys = path.vertices[:, 0], path.vertices[:, 1]
        extents.append(((xs.min() + xs.max()) / 2, ys.max() - ys.min()))
    return extents


RECAP_CASES = {
    "12 weeks mixed": weeks(12),
    "empty": [],
    "all None": all_none_weeks(12),
    "one week": weeks(1),
    "52 weeks": weeks(52),
    "150 weeks": weeks(150),
}
PROGRESS_CASES = {
    "with capacities": (weeks(30), ratings(10)),
    "without capacities": (weeks(30), {}),
    "capacity keys with no ratings": (weeks(30), {key: [] for key in charts.CAPACITY_LABELS}),
    "150 weeks with capacities": (weeks(150), ratings(60)),
    "ratings but no weeks": ([], ratings(4)),
    "nothing at all": ([], {}),
}


@pytest.mark.parametrize("points", RECAP_CASES.values(), ids=RECAP_CASES.keys())
def test_recap_chart_is_a_phone_sized_png(points):
    """render_recap_chart returns a PNG between 800 and 2000 px on each side, whatever the weeks hold."""
    width, height = png_size(charts.render_recap_chart(points))
    assert 800 <= width <= 2000 and 800 <= height <= 2000
    assert (width, height) == charts.RECAP_SIZE_PX


@pytest.mark.parametrize(("points", "capacities"), PROGRESS_CASES.values(), ids=PROGRESS_CASES.keys())
def test_progress_chart_is_a_tall_phone_sized_png(points, capacities):
    """render_progress_chart returns a PNG between 800 and 2000 px on each side, taller than wide."""
    width, height = png_size(charts.render_progress_chart(points, capacities))
    assert 800 <= width <= 2000 and 800 <= height <= 2000
    assert height > width


def test_png_decodes_to_the_drawn_pixels():
    """The hand-written PNG has valid chunks and decodes to the figure's pixels: white background, orange bars."""
    data = charts.render_recap_chart(weeks(12))
    chunks = png_chunks(data)
    assert [kind for kind, _ in chunks] == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour_type = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (depth, colour_type) == (8, 6)
    raw = zlib.decompress(chunks[1][1])
    stride = 1 + 4 * width
    assert len(raw) == height * stride
    rows = [raw[row * stride + 1 : (row + 1) * stride] for row in range(height)]
    assert all(raw[row * stride] == 0 for row in range(height))
    pixels = {bytes(row[offset : offset + 4]) for row in rows for offset in range(0, len(row), 4)}
    assert rows[0][:4] == b"\xff\xff\xff\xff"
    assert bytes.fromhex(charts.ORANGE[1:]) + b"\xff" in pixels
    assert bytes.fromhex(charts.BLUE[1:]) + b"\xff" in pixels


def test_a_standard_decoder_reads_the_png():
    """Pillow (matplotlib's own dependency) opens the PNG at the expected size."""
    from PIL import Image

    image = Image.open(io.BytesIO(charts.render_progress_chart(weeks(20), ratings(5))))
    image.load()
    assert image.size == charts.PROGRESS_SIZE_PX


def test_recap_figure_carries_title_axis_labels_and_legend():
    """The recap figure shows its title, both axis labels and all three legend entries when a week has no data."""
    shown = texts_of(charts.build_recap_figure(weeks(12)))
    for expected in (
        charts.RECAP_TITLE,
        charts.WEEKS_Y_LABEL,
        charts.WEEKS_X_LABEL,
        charts.SHARE_LABEL,
        charts.SCORE_LABEL,
        charts.GAP_LABEL,
    ):
        assert expected in shown


def test_recap_title_can_say_all_weeks():
    """The title parameter replaces the default title."""
    shown = texts_of(charts.build_recap_figure(weeks(12), title=charts.ALL_WEEKS_TITLE))
    assert charts.ALL_WEEKS_TITLE in shown
    assert charts.RECAP_TITLE not in shown


def test_no_data_legend_entry_only_when_a_week_has_no_data():
    """The "No data" key is left out when every week has a secure-choice share."""
    complete = [week for week in weeks(12) if week.secure_share is not None]
    assert charts.GAP_LABEL not in texts_of(charts.build_recap_figure(complete))


def test_progress_figure_carries_every_label():
    """The progress figure names both panels, all axes and the three capacities by their plain-language labels."""
    shown = texts_of(charts.build_progress_figure(weeks(30), ratings(8)))
    for expected in (
        charts.ALL_WEEKS_TITLE,
        charts.CAPACITIES_TITLE,
        charts.WEEKS_Y_LABEL,
        charts.WEEKS_X_LABEL,
        charts.CAPACITIES_Y_LABEL,
        charts.CAPACITIES_X_LABEL,
        charts.SHARE_LABEL,
        charts.SCORE_LABEL,
        "Calming yourself",
        "Saying what you need",
        "Staying present with closeness",
    ):
        assert expected in shown
    assert charts.NO_RATINGS_TEXT not in shown


@pytest.mark.parametrize(
    "capacities", [{}, dict.fromkeys(charts.CAPACITY_LABELS, [])], ids=["no keys", "empty lists"]
)
def test_empty_capacities_show_a_note_instead_of_axes(capacities):
    """Without ratings the lower panel is a centred note, with no axes and no capacity lines."""
    figure = charts.build_progress_figure(weeks(30), capacities)
    ratings_axes = figure.axes[1]
    assert charts.NO_RATINGS_TEXT in texts_of(figure)
    assert not ratings_axes.axison
    assert ratings_axes.get_lines() == []
    assert not set(charts.CAPACITY_LABELS.values()) & set(texts_of(figure))


def test_empty_weeks_say_no_data_yet():
    """With no weeks the recap chart says "No data yet" and draws no axes."""
    figure = charts.build_recap_figure([])
    assert charts.NO_DATA_TEXT in texts_of(figure)
    assert not figure.axes[0].axison


def test_a_week_without_activations_gets_no_bar_but_a_gap_mark():
    """A None share draws no bar (not even a zero-height one) at its week, and a grey mark sits there instead."""
    points = weeks(12)
    gap_day = points[3].week_end.toordinal()
    assert points[3].secure_share is None
    figure = charts.build_recap_figure(points)
    bar_days = [day for day, _ in bar_extents(figure)]
    assert all(abs(day - gap_day) > 1 for day in bar_days)
    assert len(bar_days) == sum(point.secure_share is not None for point in points)
    gap_marks = artist_by_gid(figure, charts.GAPS_GID)
    assert gap_day in list(gap_marks.get_xdata())
    assert gap_marks.get_color() == charts.GREY


def test_a_zero_share_is_a_visible_bar_not_a_gap():
    """A 0 % week keeps its bar (outlined so it shows on the baseline) and gets no gap mark."""
    points = [
        Week(LAST_WEEK_END - timedelta(weeks=2), 0.5, 60.0, 2),
        Week(LAST_WEEK_END - timedelta(weeks=1), 0.0, 30.0, 3),
        Week(LAST_WEEK_END, 0.75, 70.0, 1),
    ]
    figure = charts.build_recap_figure(points)
    extents = bar_extents(figure)
    assert [height for _, height in extents] == pytest.approx([50, 0, 75])
    assert list(artist_by_gid(figure, charts.BARS_GID).get_linewidths())[1] > 0
    assert artist_by_gid(figure, charts.GAPS_GID) is None


def test_score_line_keeps_every_value_and_breaks_at_missing_scores():
    """The score line passes through each week's score unchanged, with NaN (a break) where a score is None."""
    points = weeks(8)
    points[5] = Week(points[5].week_end, 0.4, None, 2)
    figure = charts.build_recap_figure(points)
    drawn = list(artist_by_gid(figure, charts.SCORE_GID).get_ydata())
    assert math.isnan(drawn[5])
    assert drawn[:5] + drawn[6:] == [point.score for point in points[:5] + points[6:]]


def test_weeks_out_of_order_are_drawn_in_date_order():
    """Points handed over newest first draw the same score line as oldest first."""
    points = weeks(10)
    in_order = artist_by_gid(charts.build_recap_figure(points), charts.SCORE_GID)
    reversed_order = artist_by_gid(charts.build_recap_figure(points[::-1]), charts.SCORE_GID)
    assert list(reversed_order.get_xdata()) == list(in_order.get_xdata())
    assert list(reversed_order.get_ydata()) == list(in_order.get_ydata())


def test_weeks_axis_is_fixed_at_0_to_100():
    """The y axis doesn't rescale to the data, so a dip from 90 to 60 looks like the same dip in any chart."""
    high = [Week(LAST_WEEK_END - timedelta(weeks=1), 0.9, 90.0, 1), Week(LAST_WEEK_END, 0.6, 60.0, 1)]
    limits = charts.build_recap_figure(high).axes[0].get_ylim()
    assert limits == charts.build_recap_figure(weeks(12)).axes[0].get_ylim()
    bottom, top = limits
    assert bottom == 0 and 100 <= top <= 110


def test_capacities_differ_in_colour_line_style_and_marker():
    """Each capacity line has its own Okabe–Ito colour, its own line style and its own marker, on a 1–5 axis."""
    figure = charts.build_progress_figure(weeks(12), ratings(6))
    lines = [artist_by_gid(figure, charts.CAPACITY_GID_PREFIX + key) for key in charts.CAPACITY_LABELS]
    for first, second in itertools.combinations(lines, 2):
        assert first.get_color() != second.get_color()
        assert first.get_linestyle() != second.get_linestyle()
        assert first.get_marker() != second.get_marker()
    bottom, top = figure.axes[1].get_ylim()
    assert bottom < 1 and 5 < top < 6
    assert {"1", "2", "3", "4", "5"} <= set(texts_of(figure))


def test_equal_ratings_stay_near_their_integer():
    """Lines nudged apart for equal ratings still sit within 0.1 of the rating given."""
    figure = charts.build_progress_figure(weeks(12), ratings(6))
    given = [rating for key in charts.CAPACITY_LABELS for _, rating in ratings(6)[key]]
    lines = [artist_by_gid(figure, charts.CAPACITY_GID_PREFIX + key) for key in charts.CAPACITY_LABELS]
    drawn = [value for line in lines for value in line.get_ydata()]
    assert all(abs(shown - rating) < 0.1 for shown, rating in zip(drawn, given, strict=True))


@pytest.mark.parametrize("count", [1, 12, 30, 52, 150])
def test_date_labels_are_thinned_and_end_at_the_newest_week(count):
    """At most seven date labels, the last one naming the newest week."""
    figure = charts.build_recap_figure(weeks(count))
    axes = figure.axes[0]
    date_labels = [text for text in axes.texts if text.get_transform() == axes.get_xaxis_transform()]
    assert 1 <= len(date_labels) <= 7
    assert date_labels[-1].get_position()[0] == LAST_WEEK_END.toordinal()


def test_a_year_renders_with_month_and_year_labels():
    """52 weeks render to a valid PNG, with dates labelled by month and year so a November isn't ambiguous."""
    figure = charts.build_recap_figure(weeks(52), title=charts.ALL_WEEKS_TITLE)
    axes = figure.axes[0]
    date_labels = [
        text.get_text() for text in axes.texts if text.get_transform() == axes.get_xaxis_transform()
    ]
    assert date_labels[-1] == "Nov 2025"
    assert png_size(charts.render_recap_chart(weeks(52))) == charts.RECAP_SIZE_PX


def test_short_spans_label_day_and_month():
    """Twelve weeks are labelled like "16 Nov", in English whatever the server's locale."""
    figure = charts.build_recap_figure(weeks(12))
    assert "16 Nov" in texts_of(figure)


LAYOUT_CASES = {
    "recap 12": lambda: charts.build_recap_figure(weeks(12)),
    "recap one": lambda: charts.build_recap_figure(weeks(1)),
    "recap 52": lambda: charts.build_recap_figure(weeks(52)),
    "recap 150": lambda: charts.build_recap_figure(weeks(150)),
    "recap empty": lambda: charts.build_recap_figure([]),
    "progress 150": lambda: charts.build_progress_figure(weeks(150), ratings(60)),
    "progress no ratings": lambda: charts.build_progress_figure(weeks(30), {}),
}


@pytest.mark.parametrize("build", LAYOUT_CASES.values(), ids=LAYOUT_CASES.keys())
def test_text_is_large_inside_the_image_and_never_overlaps(build):
    """Every text is at least 28 px tall type, lies wholly inside the image and overlaps no other text."""
    figure = build()
    figure.canvas.draw()
    renderer = figure.canvas.get_renderer()
    image = figure.bbox
    shown = [text for text in figure.findobj(Text) if text.get_visible() and text.get_text()]
    assert shown
    boxes = []
    for text in shown:
        assert text.get_fontsize() * figure.dpi / 72 >= 28, text.get_text()
        box = text.get_window_extent(renderer)
        assert image.x0 <= box.x0 and box.x1 <= image.x1 and image.y0 <= box.y0 and box.y1 <= image.y1, (
            text.get_text()
        )
        boxes.append((text.get_text(), box))
    for (first_text, first), (second_text, second) in itertools.combinations(boxes, 2):
        assert not first.overlaps(second), (first_text, second_text)


def test_concurrent_renders_are_valid_and_match_serial_ones():
    """Eight charts rendered at once in worker threads are valid PNGs, identical to the same charts drawn one by one."""
    jobs = [
        (charts.render_recap_chart, (weeks(12),)),
        (charts.render_recap_chart, (weeks(52), charts.ALL_WEEKS_TITLE)),
        (charts.render_recap_chart, ([],)),
        (charts.render_recap_chart, (all_none_weeks(12),)),
        (charts.render_progress_chart, (weeks(150), ratings(60))),
        (charts.render_progress_chart, (weeks(30), {})),
        (charts.render_recap_chart, (weeks(1),)),
        (charts.render_progress_chart, (weeks(12), ratings(3))),
    ]
    with ThreadPoolExecutor(max_workers=8) as pool:
        concurrent = list(pool.map(lambda job: job[0](*job[1]), jobs))
    serial = [render(*arguments) for render, arguments in jobs]
    for data in concurrent:
        png_chunks(data)
    assert concurrent == serial


def test_importing_charts_builds_nothing():
    """Importing bot.charts loads no matplotlib; that waits for the first chart."""
    probe = (
        "import sys, bot.charts; print(sorted(name for name in sys.modules if name.startswith('matplotlib')))"
    )
    repository = CHARTS_SOURCE.parent.parent
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=repository
    )
    assert result.stdout.strip() == "[]"


def test_charts_never_touch_pyplot():
    """bot/charts.py imports no pyplot, whose global figure state is unsafe across threads."""
    imported = set()
    for node in ast.walk(ast.parse(CHARTS_SOURCE.read_text())):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
            imported.update(f"{node.module}.{alias.name}" for alias in node.names)
    assert imported
    assert not {name for name in imported if "pyplot" in name}

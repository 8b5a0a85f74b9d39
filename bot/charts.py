"""Draws a person's weekly practice and self-rated capacities as phone-sized PNG charts."""

from __future__ import annotations

import math
import struct
import threading
import zlib
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


class WeekPointLike(Protocol):
    """One week of practice as the charts read it."""

    @property
    def week_end(self) -> date: ...

    @property
    def secure_share(self) -> float | None:
        """Share of activated days with a secure choice, 0..1; None when no day that week was activated."""

    @property
    def score(self) -> float | None:
        """Practice score, 0..100; None when there is none for that week."""

    @property
    def activated(self) -> int: ...


RECAP_TITLE = "Your practice, last 12 weeks"
ALL_WEEKS_TITLE = "Your practice, all weeks"
CAPACITIES_TITLE = "How you rated three skills"
NO_DATA_TEXT = "No data yet"
NO_DATA_HINT = "Your chart fills in as you check in."
NO_RATINGS_TEXT = "Rate these at the end of a weekly recap"
SHARE_LABEL = "Secure choices %"
SCORE_LABEL = "Practice score"
GAP_LABEL = "No data"
WEEKS_Y_LABEL = "%  /  score"
WEEKS_X_LABEL = "Week ending"
CAPACITIES_Y_LABEL = "Rating"
CAPACITIES_X_LABEL = "Rated on"
CAPACITY_LABELS = {
    "regulation": "Calming yourself",
    "expression": "Saying what you need",
    "closeness": "Staying present with closeness",
}

# At 72 dpi one point is one pixel, so every size below (type, lines, markers, margins) is in pixels.
DPI = 72
RECAP_SIZE_PX = (1200, 800)
PROGRESS_SIZE_PX = (1200, 1500)
TITLE_PX = 38
TEXT_PX = 30
LEGEND_ROW_PX = 44
MARGIN_TOP_PX = 20
MARGIN_LEFT_PX = 134
# The y-axis label's right edge (it reads bottom to top), clear of the widest tick label.
Y_LABEL_RIGHT_PX = 54
# Wide enough for half of a "Nov 2025" label centred on the newest week.
MARGIN_RIGHT_PX = 76
# Room under a plot for the date labels and the axis label.
X_LABELS_PX = 98
TICK_LABEL_GAP_PX = 10
LEGEND_SAMPLE_PX = 40
# Names of the artists tests and callers may look for.
BARS_GID = "secure-share-bars"
GAPS_GID = "no-data-marks"
SCORE_GID = "score-line"
CAPACITY_GID_PREFIX = "capacity-"
LEGEND_GID = "legend"
DATE_LABEL_GID = "date-label"

# Okabe–Ito colours stay distinct for the common kinds of colour blindness; orange bars and
# a blue line also differ in lightness, so they stay apart in greyscale.
ORANGE = "#E69F00"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
BLUISH_GREEN = "#009E73"
GREY = "#999999"
INK = "#222222"
SOFT_INK = "#555555"
GRID = "#E3E3E3"
# Each capacity differs in colour, line style and marker, so the lines stay apart in greyscale too.
CAPACITY_STYLES = {
    "regulation": (BLUE, "-", "o"),
    "expression": (VERMILLION, "--", "s"),
    "closeness": (BLUISH_GREEN, ":", "^"),
}
# Equal ratings would draw the lines on top of each other and hide two of them; nudging
# each a little apart keeps all three visible while every point still reads as its integer.
CAPACITY_NUDGE = {"regulation": 0.07, "expression": 0.0, "closeness": -0.07}

WEEK_DAYS = 7
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MAX_DAY_LABELS = 7
MAX_MONTH_LABELS = 5
# Beyond this span "16 Nov" is ambiguous (which November?), so labels give month and year instead.
MONTH_LABEL_SPAN_DAYS = 300
# A lone week still sits on a time axis this wide, so its bar doesn't fill the whole chart.
MIN_SPAN_DAYS = 6 * WEEK_DAYS
# The x axis reaches this far past the first and last week, so their bars fit whole.
EDGE_DAYS = 0.6 * WEEK_DAYS


def build_recap_figure(points: Sequence[WeekPointLike], title: str = RECAP_TITLE) -> Figure:
    """The recap chart: secure-choice share as bars and practice score as a line, one slot per week."""
    width_px, height_px = RECAP_SIZE_PX
    figure = _blank_figure(width_px, height_px)
    plot_top_px = _draw_heading(figure, title, top_px=MARGIN_TOP_PX, legend_rows=1)
    axes = figure.add_axes(_plot_rect(figure, plot_top_px, height_px - X_LABELS_PX))
    _draw_weeks(axes, points, _day_range(points, []))
    return figure


def render_recap_chart(points: Sequence[WeekPointLike], title: str = RECAP_TITLE) -> bytes:
    """The recap chart as PNG bytes.

    Everything but the weeks themselves (title, legend, grid, axis labels: most of the drawing time)
    is drawn once per look and kept as pixels; each chart restores them and draws only its own marks.
    """
    if not points:
        return _png(build_recap_figure(points, title))
    look = (title, _has_gaps(points), _thick_score_line(points))
    with _BACKGROUNDS_LOCK:
        if look not in _BACKGROUNDS:
            if len(_BACKGROUNDS) >= MAX_BACKGROUNDS:
                del _BACKGROUNDS[next(iter(_BACKGROUNDS))]
            _BACKGROUNDS[look] = _background(build_recap_figure(points, title))
        figure, background = _BACKGROUNDS[look]
        axes = figure.axes[0]
        day_range = _day_range(points, [])
        axes.set_xlim(*_x_limits(day_range))
        figure.canvas.restore_region(background)
        marks = [*_draw_week_marks(axes, points, day_range), *_draw_date_labels(axes, day_range)]
        for mark in sorted(marks, key=lambda artist: artist.get_zorder()):
            axes.draw_artist(mark)
        for mark in marks:
            mark.remove()
        return _png_of_drawn(figure)


# (title, gaps shown, thick score line) -> a recap figure without its marks, and its pixels. A few looks
# cover nearly every recap; each costs two RGBA buffers (about 8 MB), so only a few are kept.
_BACKGROUNDS: dict[tuple[str, bool, bool], tuple[Figure, object]] = {}
_BACKGROUNDS_LOCK = threading.Lock()
MAX_BACKGROUNDS = 4
WEEK_MARK_GIDS = (BARS_GID, GAPS_GID, SCORE_GID, DATE_LABEL_GID)


def _background(figure: Figure) -> tuple[Figure, object]:
    """The figure with its week marks and date labels taken off, drawn once, and its pixels."""
    for artist in figure.findobj(lambda artist: artist.get_gid() in WEEK_MARK_GIDS):
        artist.remove()
    figure.canvas.draw()
    return figure, figure.canvas.copy_from_bbox(figure.bbox)


def build_progress_figure(
    points: Sequence[WeekPointLike], capacities: Mapping[str, Sequence[tuple[date, int]]]
) -> Figure:
    """The progress chart: every week's practice on top, the three capacity ratings below, on one time axis."""
    width_px, height_px = PROGRESS_SIZE_PX
    figure = _blank_figure(width_px, height_px)
    ratings = {key: sorted(capacities.get(key, ())) for key in CAPACITY_LABELS}
    rated_keys = [key for key, rated in ratings.items() if rated]
    day_range = _day_range(points, [day for rated in ratings.values() for day, _ in rated])

    weeks_top_px = _draw_heading(figure, ALL_WEEKS_TITLE, top_px=MARGIN_TOP_PX, legend_rows=1)
    weeks_bottom_px = 660
    _draw_weeks(figure.add_axes(_plot_rect(figure, weeks_top_px, weeks_bottom_px)), points, day_range)

    heading_top_px = weeks_bottom_px + X_LABELS_PX + 30
    ratings_top_px = _draw_heading(
        figure, CAPACITIES_TITLE, top_px=heading_top_px, legend_rows=len(rated_keys)
    )
    ratings_axes = figure.add_axes(_plot_rect(figure, ratings_top_px, height_px - X_LABELS_PX))
    _draw_capacities(ratings_axes, ratings, rated_keys, day_range)
    return figure


def render_progress_chart(
    points: Sequence[WeekPointLike], capacities: Mapping[str, Sequence[tuple[date, int]]]
) -> bytes:
    """The progress chart as PNG bytes."""
    return _png(build_progress_figure(points, capacities))


def _blank_figure(width_px: int, height_px: int) -> Figure:
    # Imported here so importing this module stays cheap. Only the object API is used: pyplot's
    # global current-figure state is unsafe with several worker threads rendering at once.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_px / DPI, height_px / DPI), dpi=DPI, facecolor="white", layout="none")
    FigureCanvasAgg(figure)
    return figure


def _plot_rect(figure: Figure, top_px: float, bottom_px: float) -> tuple[float, float, float, float]:
    """An axes rectangle in figure fractions, from pixel edges measured down from the top."""
    width_px, height_px = figure.bbox.width, figure.bbox.height
    return (
        MARGIN_LEFT_PX / width_px,
        1 - bottom_px / height_px,
        (width_px - MARGIN_LEFT_PX - MARGIN_RIGHT_PX) / width_px,
        (bottom_px - top_px) / height_px,
    )


def _draw_heading(figure: Figure, title: str, *, top_px: float, legend_rows: int) -> float:
    """Writes a panel title at `top_px`; returns where the plot starts, below room for its legend."""
    width_px, height_px = figure.bbox.width, figure.bbox.height
    figure.text(
        24 / width_px,
        1 - top_px / height_px,
        title,
        ha="left",
        va="top",
        fontsize=TITLE_PX,
        weight="bold",
        color=INK,
    )
    return top_px + TITLE_PX + 18 + legend_rows * LEGEND_ROW_PX


def _draw_weeks(axes: Axes, points: Sequence[WeekPointLike], day_range: tuple[int, int]) -> None:
    if not points:
        _draw_note(axes, NO_DATA_TEXT, NO_DATA_HINT)
        return
    _draw_week_marks(axes, points, day_range)
    # Fixed at 0–100 (a little headroom for dots at 100): an auto-scaled axis would make a small dip look like a fall.
    _draw_frame(axes, (0, 104), (0, 25, 50, 75, 100), WEEKS_Y_LABEL, WEEKS_X_LABEL, day_range)
    keys = [
        (SHARE_LABEL, dict(linestyle="none", marker="s", markersize=24, color=ORANGE)),
        (SCORE_LABEL, {**_score_style(_dot_px(points, _px_per_day(axes, day_range)) >= 8), "markersize": 14}),
    ]
    if _has_gaps(points):
        keys.append((GAP_LABEL, {**GAP_STYLE, "markersize": 20}))
    _draw_legend(axes, keys, one_row=True)


GAP_STYLE = dict(linestyle="none", marker="_", color=GREY, markeredgewidth=4)


def _score_style(thick: bool) -> dict:
    return dict(
        color=BLUE, linewidth=3 if thick else 2, marker="o", markeredgecolor="white", markeredgewidth=1.5
    )


def _has_gaps(points: Sequence[WeekPointLike]) -> bool:
    return any(not _is_number(point.secure_share) for point in points)


def _spacing(points: Sequence[WeekPointLike]) -> int:
    days = sorted(point.week_end.toordinal() for point in points)
    return min(
        (later - earlier for earlier, later in zip(days, days[1:]) if later > earlier), default=WEEK_DAYS
    )


def _dot_px(points: Sequence[WeekPointLike], px_per_day: float) -> float:
    # Dots shrink as weeks crowd together, so a long history stays a line rather than a string of beads.
    return min(14, max(5, 0.5 * _spacing(points) * px_per_day))


def _thick_score_line(points: Sequence[WeekPointLike]) -> bool:
    # The plot's width is fixed (the recap figure's axes), so the dot size follows from the weeks alone.
    width_px = RECAP_SIZE_PX[0] - MARGIN_LEFT_PX - MARGIN_RIGHT_PX
    left, right = _x_limits(_day_range(points, []))
    return _dot_px(points, width_px / (right - left)) >= 8


def _draw_week_marks(axes: Axes, points: Sequence[WeekPointLike], day_range: tuple[int, int]) -> list:
    """The bars, the no-data marks and the score line; returns the artists added."""
    from matplotlib.collections import PolyCollection

    points = sorted(points, key=lambda point: point.week_end)
    px_per_day = _px_per_day(axes, day_range)
    days = [point.week_end.toordinal() for point in points]
    spacing = _spacing(points)
    bar_width = 0.7 * spacing
    half = bar_width / 2

    measured = [
        (day, 100 * point.secure_share) for day, point in zip(days, points) if _is_number(point.secure_share)
    ]
    # One collection rather than axes.bar: a Rectangle artist per week costs about half a millisecond,
    # which adds up over 150 weeks. A 0 % week is a real dip, not missing data: its outline keeps the
    # zero-height bar visible on the baseline.
    bars = PolyCollection(
        [
            [(day - half, 0), (day - half, share), (day + half, share), (day + half, 0)]
            for day, share in measured
        ],
        facecolors=ORANGE,
        edgecolors=ORANGE,
        linewidths=[0 if share > 0 else 3 for _, share in measured],
        antialiased=False,
        zorder=2,
        gid=BARS_GID,
    )
    axes.add_collection(bars, autolim=False)
    marks = [bars]
    gap_days = [day for day, point in zip(days, points) if not _is_number(point.secure_share)]
    if gap_days:
        gap_px = max(8, 0.5 * bar_width * px_per_day)
        marks += axes.plot(
            gap_days,
            [0] * len(gap_days),
            markersize=gap_px,
            zorder=3,
            clip_on=False,
            gid=GAPS_GID,
            **GAP_STYLE,
        )
    # NaN breaks the line, so a week without a score shows as a gap rather than a bridge.
    scores = [point.score if _is_number(point.score) else math.nan for point in points]
    dot_px = _dot_px(points, px_per_day)
    marks += axes.plot(
        days, scores, markersize=dot_px, zorder=4, clip_on=False, gid=SCORE_GID, **_score_style(dot_px >= 8)
    )
    return marks


def _draw_capacities(
    axes: Axes,
    ratings: Mapping[str, list[tuple[date, int]]],
    rated_keys: list[str],
    day_range: tuple[int, int],
) -> None:
    if not rated_keys:
        _draw_note(axes, NO_RATINGS_TEXT)
        return
    marker_px = min(13, max(6, 0.8 * WEEK_DAYS * _px_per_day(axes, day_range)))
    keys = []
    for key in rated_keys:
        colour, line_style, marker = CAPACITY_STYLES[key]
        style = dict(color=colour, linestyle=line_style, linewidth=3, marker=marker)
        axes.plot(
            [day.toordinal() for day, _ in ratings[key]],
            [rating + CAPACITY_NUDGE[key] for _, rating in ratings[key]],
            markersize=marker_px,
            clip_on=False,
            zorder=3,
            gid=CAPACITY_GID_PREFIX + key,
            **style,
        )
        keys.append((CAPACITY_LABELS[key], {**style, "markersize": 13}))
    _draw_frame(axes, (0.6, 5.4), (1, 2, 3, 4, 5), CAPACITIES_Y_LABEL, CAPACITIES_X_LABEL, day_range)
    _draw_legend(axes, keys, one_row=False)


def _draw_frame(
    axes: Axes,
    y_limits: tuple[float, float],
    y_ticks: tuple[int, ...],
    y_label: str,
    x_label: str,
    day_range: tuple[int, int],
) -> None:
    """Limits, light horizontal grid, tick labels and axis labels; no top, right or bottom spine."""
    x_limits = _x_limits(day_range)
    axes.set_xlim(*x_limits)
    axes.set_ylim(*y_limits)
    # Matplotlib's Tick objects cost most of a millisecond each to build and draw; plain text
    # labels and one line collection give the same picture in a fraction of the time.
    axes.set_xticks([])
    axes.set_yticks([])
    # Across the whole plot whatever its dates (axes coordinates), so a kept background fits every chart.
    axes.hlines(
        y_ticks,
        0,
        1,
        transform=axes.get_yaxis_transform(),
        color=GRID,
        linewidth=1.5,
        antialiased=False,
        zorder=0,
    )
    width_px, height_px = axes.bbox.width, axes.bbox.height
    y_tick_style = dict(
        transform=axes.get_yaxis_transform(), ha="right", va="center", fontsize=TEXT_PX, color=INK
    )
    for value in y_ticks:
        axes.text(-TICK_LABEL_GAP_PX / width_px, value, str(value), **y_tick_style)
    _draw_date_labels(axes, day_range)
    axes.set_ylabel(y_label, fontsize=TEXT_PX, color=INK)
    axes.yaxis.set_label_coords(-(MARGIN_LEFT_PX - Y_LABEL_RIGHT_PX) / width_px, 0.5)
    axes.set_xlabel(x_label, fontsize=TEXT_PX, color=INK)
    axes.xaxis.set_label_coords(0.5, -(X_LABELS_PX - 6) / height_px)
    axes.xaxis.label.set_verticalalignment("bottom")
    # The light zero grid line is the baseline: a dark bottom spine would hide zero-height bars and gap marks.
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_bounds(y_ticks[0], y_ticks[-1])
    axes.spines["left"].set_color(GREY)
    axes.spines["left"].set_linewidth(1.5)


def _draw_date_labels(axes: Axes, day_range: tuple[int, int]) -> list:
    """A few dates under the plot; returns the texts."""
    style = dict(
        transform=axes.get_xaxis_transform(),
        ha="center",
        va="top",
        fontsize=TEXT_PX,
        color=INK,
        gid=DATE_LABEL_GID,
    )
    below = -TICK_LABEL_GAP_PX / axes.bbox.height
    return [axes.text(day, below, label, **style) for day, label in zip(*_date_ticks(day_range))]


def _draw_legend(axes: Axes, keys: list[tuple[str, dict]], *, one_row: bool) -> None:
    """A frameless key just above the plot: each label follows a short sample drawn in its `Line2D` style.

    Laid out by hand in pixels because matplotlib's Legend spends more time arranging itself than
    drawing; the labels are measured once, and the measurement is reused when the figure is drawn.
    Pixel positions hold because the figure is only ever drawn at its own `DPI`.
    """
    from matplotlib.lines import Line2D
    from matplotlib.transforms import IdentityTransform

    renderer = axes.figure.canvas.get_renderer()
    rows = 1 if one_row else len(keys)
    x_px, row = axes.bbox.x0 - 4, 0
    pixels = IdentityTransform()
    for label, style in keys:
        y_px = axes.bbox.y1 + 6 + (rows - row - 0.5) * LEGEND_ROW_PX
        # Three points so the marker sits in the middle of its short line.
        sample_xs = [x_px, x_px + LEGEND_SAMPLE_PX / 2, x_px + LEGEND_SAMPLE_PX]
        sample = Line2D(
            sample_xs, [y_px] * 3, markevery=[1], transform=pixels, clip_on=False, gid=LEGEND_GID, **style
        )
        axes.add_artist(sample)
        text_style = dict(transform=pixels, va="center", fontsize=TEXT_PX, color=INK, gid=LEGEND_GID)
        text = axes.text(x_px + LEGEND_SAMPLE_PX + 10, y_px, label, **text_style)
        if one_row:
            x_px += LEGEND_SAMPLE_PX + 10 + text.get_window_extent(renderer).width + 36
        else:
            row += 1


def _draw_note(axes: Axes, text: str, hint: str | None = None) -> None:
    # A message instead of empty axes: a bare grid would read as "you did nothing".
    axes.set_axis_off()
    centred = dict(ha="center", va="center", transform=axes.transAxes)
    axes.text(0.5, 0.56 if hint else 0.5, text, fontsize=TITLE_PX if hint else TEXT_PX, color=INK, **centred)
    if hint:
        axes.text(0.5, 0.40, hint, fontsize=TEXT_PX, color=SOFT_INK, **centred)


def _day_range(points: Sequence[WeekPointLike], other_days: Sequence[date]) -> tuple[int, int]:
    """The first and last day (as ordinals) with a week or a rating to show."""
    days = [point.week_end.toordinal() for point in points] + [day.toordinal() for day in other_days]
    return (min(days), max(days)) if days else (0, 0)


def _x_limits(day_range: tuple[int, int]) -> tuple[float, float]:
    """Room for whole bars at both ends and at least `MIN_SPAN_DAYS`, widened into the past to keep the newest right."""
    first, last = day_range
    right = last + EDGE_DAYS
    return (min(first - EDGE_DAYS, right - MIN_SPAN_DAYS), right)


def _px_per_day(axes: Axes, day_range: tuple[int, int]) -> float:
    left, right = _x_limits(day_range)
    return axes.bbox.width / (right - left)


def _date_ticks(day_range: tuple[int, int]) -> tuple[list[int], list[str]]:
    """A few labelled days, stepping back from the last week so the newest always has a label."""
    first, last = day_range
    span = last - first
    by_month = span > MONTH_LABEL_SPAN_DAYS
    max_labels = MAX_MONTH_LABELS if by_month else MAX_DAY_LABELS
    step = WEEK_DAYS * max(1, math.ceil((span // WEEK_DAYS + 1) / max_labels))
    tick_days = list(range(last, first - 1, -step))[::-1]
    return tick_days, [_date_label(date.fromordinal(day), by_month) for day in tick_days]


def _date_label(day: date, by_month: bool) -> str:
    # Month names are spelled out here because strftime("%b") follows the server's locale.
    month = MONTHS[day.month - 1]
    return f"{month} {day.year}" if by_month else f"{day.day} {month}"


def _is_number(value: float | None) -> bool:
    return value is not None and not math.isnan(value)


def _png(figure: Figure) -> bytes:
    """The drawn figure as a PNG.

    Written by hand rather than through savefig: Pillow picks a filter for every row by trial,
    which for these flat-colour charts costs more than the drawing, and its output is no smaller.
    """
    figure.canvas.draw()
    return _png_of_drawn(figure)


def _png_of_drawn(figure: Figure) -> bytes:
    """The figure's pixels as they stand, as a PNG."""
    import numpy

    rgba = numpy.asarray(figure.canvas.buffer_rgba())
    height, width, _ = rgba.shape
    # Every PNG row starts with a filter-type byte; 0 means "unfiltered". Alpha is kept (always opaque):
    # dropping it is a strided copy that costs more than compressing the extra channel.
    rows = numpy.zeros((height, 1 + 4 * width), dtype=numpy.uint8)
    rows[:, 1:] = rgba.reshape(height, 4 * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlacing
    return b"".join(
        [
            b"\x89PNG\r\n\x1a\n",
            _png_chunk(b"IHDR", header),
            _png_chunk(b"IDAT", zlib.compress(rows, 1)),
            _png_chunk(b"IEND", b""),
        ]
    )


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

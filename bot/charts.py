"""Draws a person's weekly practice and self-rated capacities as phone-sized PNG charts."""

from __future__ import annotations

import math
import struct
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
RECAP_SIZE_PX = (1080, 720)
PROGRESS_SIZE_PX = (1080, 1350)
TITLE_PX = 36
TEXT_PX = 28
LEGEND_ROW_PX = 42
MARGIN_TOP_PX = 20
MARGIN_LEFT_PX = 120
# Wide enough for half of a "Nov 2025" label centred on the newest week.
MARGIN_RIGHT_PX = 76
# Room under a plot for the date labels and the axis label.
X_LABELS_PX = 100
TICK_LABEL_GAP_PX = 10

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
    """The recap chart as PNG bytes."""
    return _png(build_recap_figure(points, title))


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
    weeks_bottom_px = 600
    _draw_weeks(figure.add_axes(_plot_rect(figure, weeks_top_px, weeks_bottom_px)), points, day_range)

    heading_top_px = weeks_bottom_px + X_LABELS_PX + 30
    ratings_top_px = _draw_heading(figure, CAPACITIES_TITLE, top_px=heading_top_px, legend_rows=len(CAPACITY_LABELS))
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
    figure.text(24 / width_px, 1 - top_px / height_px, title, ha="left", va="top", fontsize=TITLE_PX, weight="bold", color=INK)
    return top_px + TITLE_PX + 18 + legend_rows * LEGEND_ROW_PX


def _draw_weeks(axes: Axes, points: Sequence[WeekPointLike], day_range: tuple[int, int]) -> None:
    if not points:
        _draw_note(axes, NO_DATA_TEXT, NO_DATA_HINT)
        return
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    x_limits = _x_limits(day_range)
    px_per_day = axes.bbox.width / (x_limits[1] - x_limits[0])
    days = [point.week_end.toordinal() for point in points]
    spacing = min((later - earlier for earlier, later in zip(days, days[1:]) if later > earlier), default=WEEK_DAYS)
    bar_width = 0.7 * spacing

    measured = [(day, 100 * point.secure_share) for day, point in zip(days, points) if _is_number(point.secure_share)]
    # A 0 % week is a real dip, not missing data: an outline keeps its zero-height bar visible on the baseline.
    axes.bar(
        [day for day, _ in measured],
        [share for _, share in measured],
        width=bar_width,
        color=ORANGE,
        edgecolor=ORANGE,
        linewidth=[0 if share > 0 else 3 for _, share in measured],
        antialiased=False,
        zorder=2,
    )
    gap_days = [day for day, point in zip(days, points) if not _is_number(point.secure_share)]
    gap_style = dict(linestyle="none", marker="_", color=GREY, markeredgewidth=4)
    if gap_days:
        gap_px = max(8, 0.5 * bar_width * px_per_day)
        axes.plot(gap_days, [0] * len(gap_days), markersize=gap_px, zorder=3, clip_on=False, gid="no-data", **gap_style)

    # NaN breaks the line, so a week without a score shows as a gap rather than a bridge.
    scores = [point.score if _is_number(point.score) else math.nan for point in points]
    dot_px = min(14, max(5, 0.5 * spacing * px_per_day))
    score_style = dict(color=BLUE, linewidth=3 if dot_px >= 8 else 2, marker="o", markeredgecolor="white", markeredgewidth=1.5)
    axes.plot(days, scores, markersize=dot_px, zorder=4, clip_on=False, **score_style)

    _draw_frame(axes, y_limits=(0, 104), y_ticks=(0, 25, 50, 75, 100), y_label=WEEKS_Y_LABEL, x_label=WEEKS_X_LABEL, day_range=day_range)
    handles = [Patch(color=ORANGE), Line2D([], [], markersize=14, **score_style)]
    labels = [SHARE_LABEL, SCORE_LABEL]
    if gap_days:
        handles.append(Line2D([], [], markersize=18, **gap_style))
        labels.append(GAP_LABEL)
    _draw_legend(axes, handles, labels, columns=len(labels))


def _draw_capacities(
    axes: Axes, ratings: Mapping[str, list[tuple[date, int]]], rated_keys: list[str], day_range: tuple[int, int]
) -> None:
    if not rated_keys:
        _draw_note(axes, NO_RATINGS_TEXT)
        return
    from matplotlib.lines import Line2D

    handles = []
    for key in rated_keys:
        colour, line_style, marker = CAPACITY_STYLES[key]
        style = dict(color=colour, linestyle=line_style, linewidth=3, marker=marker, markersize=13)
        axes.plot(
            [day.toordinal() for day, _ in ratings[key]],
            [rating + CAPACITY_NUDGE[key] for _, rating in ratings[key]],
            clip_on=False,
            zorder=3,
            **style,
        )
        handles.append(Line2D([], [], **style))
    _draw_frame(axes, y_limits=(0.6, 5.4), y_ticks=(1, 2, 3, 4, 5), y_label=CAPACITIES_Y_LABEL, x_label=CAPACITIES_X_LABEL, day_range=day_range)
    _draw_legend(axes, handles, [CAPACITY_LABELS[key] for key in rated_keys], columns=1)


def _draw_frame(
    axes: Axes,
    *,
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
    axes.hlines(y_ticks, *x_limits, color=GRID, linewidth=1.5, antialiased=False, zorder=0)
    width_px, height_px = axes.bbox.width, axes.bbox.height
    for value in y_ticks:
        axes.text(-TICK_LABEL_GAP_PX / width_px, value, str(value), transform=axes.get_yaxis_transform(), ha="right", va="center", fontsize=TEXT_PX, color=INK)
    for day, label in zip(*_date_ticks(day_range)):
        axes.text(day, -TICK_LABEL_GAP_PX / height_px, label, transform=axes.get_xaxis_transform(), ha="center", va="top", fontsize=TEXT_PX, color=INK)
    axes.set_ylabel(y_label, fontsize=TEXT_PX, color=INK)
    axes.yaxis.set_label_coords(-(MARGIN_LEFT_PX - 26) / width_px, 0.5)
    axes.set_xlabel(x_label, fontsize=TEXT_PX, color=INK)
    axes.xaxis.set_label_coords(0.5, -(X_LABELS_PX - 6) / height_px)
    axes.xaxis.label.set_verticalalignment("bottom")
    # The light zero grid line is the baseline: a dark bottom spine would hide zero-height bars and gap marks.
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_bounds(y_ticks[0], y_ticks[-1])
    axes.spines["left"].set_color(GREY)
    axes.spines["left"].set_linewidth(1.5)


def _draw_legend(axes: Axes, handles: list, labels: list[str], *, columns: int) -> None:
    # Just above the plot and without a frame, so it reads as a caption rather than a box.
    axes.legend(
        handles,
        labels,
        loc="lower left",
        bbox_to_anchor=(-0.01, 1.0),
        ncols=columns,
        frameon=False,
        fontsize=TEXT_PX,
        labelcolor=INK,
        borderaxespad=0.2,
        borderpad=0,
        handlelength=1.4,
        handletextpad=0.5,
        columnspacing=1.2,
        labelspacing=0.3,
    )


def _draw_note(axes: Axes, text: str, hint: str | None = None) -> None:
    # A message instead of empty axes: a bare grid would read as "you did nothing".
    axes.set_axis_off()
    axes.text(0.5, 0.56 if hint else 0.5, text, ha="center", va="center", fontsize=TITLE_PX if hint else TEXT_PX, color=INK, transform=axes.transAxes)
    if hint:
        axes.text(0.5, 0.40, hint, ha="center", va="center", fontsize=TEXT_PX, color=SOFT_INK, transform=axes.transAxes)


def _day_range(points: Sequence[WeekPointLike], other_days: Sequence[date]) -> tuple[int, int]:
    """The first and last day (as ordinals) with a week or a rating to show."""
    days = [point.week_end.toordinal() for point in points] + [day.toordinal() for day in other_days]
    return (min(days), max(days)) if days else (0, 0)


def _x_limits(day_range: tuple[int, int]) -> tuple[float, float]:
    """Room for whole bars at both ends, and at least `MIN_SPAN_DAYS`, widened into the past so the newest week stays right."""
    first, last = day_range
    right = last + EDGE_DAYS
    return (min(first - EDGE_DAYS, right - MIN_SPAN_DAYS), right)


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
    """The drawn figure as an RGB PNG.

    Written by hand rather than through savefig: Pillow picks a filter for every row by trial,
    which for these flat-colour charts costs more than the drawing, and its output is no smaller.
    """
    import numpy

    figure.canvas.draw()
    rgba = numpy.asarray(figure.canvas.buffer_rgba())
    height, width, _ = rgba.shape
    # Every PNG row starts with a filter-type byte; 0 means "unfiltered".
    rows = numpy.zeros((height, 1 + 3 * width), dtype=numpy.uint8)
    rows[:, 1:] = rgba[:, :, :3].reshape(height, 3 * width)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB, no interlacing
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

"""The /share PDF: one A4 page, readable printed in black and white, drawn with fpdf2 from a progress summary."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from datetime import date

import matplotlib
from fpdf import FPDF

from bot.practice import progress_summary
from bot.practice.share import SharedNote

# DejaVu Sans ships with matplotlib (already a dependency) and covers the scripts people type. One
# weight only: parsing and subsetting a font is most of the PDF's time, and size and rules carry
# the headings well enough on paper.
FONT_DIR = os.path.join(matplotlib.get_data_path(), "fonts", "ttf")
FONT = "DejaVu"
MARGIN = 15
PAGE_WIDTH = 210
PAGE_HEIGHT = 297
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
CHART_HEIGHT = 42
# Below this the footer needs the room: notes stop here.
NOTES_BOTTOM = PAGE_HEIGHT - MARGIN - 12
USER_TEXT_MAX_CHARS = 160
# Emoji and other symbols outside the font would print as empty boxes.
_OUTSIDE_FONT = re.compile("[\U0001f000-\U0010ffff\u200d\ufe0f\ufe0e\u2600-\u27bf]")


def _plain(text: str | None, limit: int = USER_TEXT_MAX_CHARS) -> str:
    folded = " ".join(_OUTSIDE_FONT.sub("", text or "").split())
    return folded if len(folded) <= limit else folded[: limit - 1].rstrip() + "…"


def _short(day: date) -> str:
    return f"{day:%-d %b %Y}"


class _Page(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(False)
        self.add_font(FONT, "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
        self.set_creator("Earned Security")
        self.set_title("Practice summary")

    def heading(self, text: str) -> None:
        self.ln(2)
        self.set_font(FONT, "", 11.5)
        self.cell(CONTENT_WIDTH, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0)
        self.set_line_width(0.2)
        self.line(MARGIN, self.get_y(), PAGE_WIDTH - MARGIN, self.get_y())
        self.ln(1)

    def body(self, text: str, size: float = 9.5) -> None:
        self.set_font(FONT, "", size)
        self.multi_cell(CONTENT_WIDTH, 4.6, text, align="L", new_x="LMARGIN", new_y="NEXT")


def _score_chart(pdf: _Page, weeks: Sequence[progress_summary.SummaryWeek]) -> None:
    """The score line in black, harder weeks as grey bands with an open circle, comebacks as filled triangles."""
    left, top = MARGIN + 8, pdf.get_y() + 1
    width, height = CONTENT_WIDTH - 8, CHART_HEIGHT
    count = len(weeks)
    step = width / max(count - 1, 1)

    def x_of(index: int) -> float:
        return left + (width / 2 if count == 1 else step * index)

    def y_of(score: float) -> float:
        return top + height * (100 - score) / 100

    pdf.set_fill_color(210)
    for index, week in enumerate(weeks):
        if week.hard:
            pdf.rect(x_of(index) - max(step, 1.2) / 2, top, max(step, 1.2), height, style="F")
    pdf.set_draw_color(150)
    pdf.set_line_width(0.1)
    pdf.set_font(FONT, "", 7)
    for level in (0, 50, 100):
        pdf.line(left, y_of(level), left + width, y_of(level))
        pdf.text(MARGIN, y_of(level) + 1, str(level))
    points = [(x_of(i), y_of(w.score), w) for i, w in enumerate(weeks) if w.score is not None]
    pdf.set_draw_color(0)
    pdf.set_line_width(0.6)
    if len(points) > 1:
        pdf.polyline([(x, y) for x, y, _ in points])
    pdf.set_line_width(0.3)
    pdf.set_fill_color(255)
    for x, y, week in points:
        if week.hard:
            pdf.circle(x, y, 1.1, style="FD")
    pdf.set_fill_color(0)
    for x, y, week in points:
        if week.comeback:
            pdf.polygon([(x, y - 2.2), (x - 1.3, y - 4.4), (x + 1.3, y - 4.4)], style="F")
    if weeks:
        pdf.text(left, top + height + 3.5, _short(weeks[0].week_start))
        label = _short(weeks[-1].week_start)
        pdf.text(left + width - pdf.get_string_width(label), top + height + 3.5, label)
    pdf.set_y(top + height + 5)
    pdf.set_font(FONT, "", 7.5)
    pdf.cell(
        CONTENT_WIDTH,
        4,
        "Black line: practice score (0-100) per week · grey band, open circle: harder week (a dip) · "
        "filled triangle: comeback",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def render_share_pdf(
    summary: progress_summary.ProgressSummary,
    *,
    name: str | None,
    notes: Sequence[SharedNote],
    made_on: date,
) -> bytes:
    """The one-page summary. `notes` are already chosen by the user and screened; nothing else is personal text."""
    pdf = _Page()
    pdf.add_page()
    pdf.set_font(FONT, "", 18)
    pdf.cell(CONTENT_WIDTH, 9, "Practice summary", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    if name:
        pdf.cell(CONTENT_WIDTH, 5.5, f"Name: {_plain(name, 60)}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(
        CONTENT_WIDTH,
        5.5,
        f"{_short(summary.first_day)} to {_short(summary.today)} · made {_short(made_on)}",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(FONT, "", 8)
    pdf.multi_cell(
        CONTENT_WIDTH,
        4,
        "From Earned Security, a self-practice companion for anxious and avoidant attachment (not therapy, "
        "not a clinical assessment). The person it describes made it and chose to share it.",
        align="L",
        new_x="LMARGIN",
        new_y="NEXT",
    )

    pdf.heading("Pattern and plans")
    lines = []
    if summary.direction:
        lines.append(f"Leaning: {summary.direction}")
    if summary.pattern:
        lines.append(f"Pattern: {_plain(summary.pattern)}")
    if summary.secure_alternative:
        lines.append(f"Secure alternative: {_plain(summary.secure_alternative)}")
    lines += [f"Plan: {_plain(progress_summary.plan_line(plan), 220)}" for plan in summary.plans[:3]]
    pdf.body("\n".join(lines) or "No pattern written yet.")

    score = summary.score_now
    pdf.heading("Weeks of practice and the score")
    pdf.body(
        f"{summary.practice_weeks} weeks of practice ({len(summary.weeks)} weeks since the start) · "
        f"{summary.checkins} check-ins · {summary.hard_weeks} harder weeks · "
        f"{summary.comeback_weeks} weeks with a comeback · "
        + (f"score now {round(score)} of 100" if score is not None else "no score yet")
    )
    _score_chart(pdf, summary.weeks)
    pdf.body(progress_summary.score_description(summary), size=8.5)

    pdf.heading("Three capacities (own weekly ratings, 1 = hard, 5 = steady)")
    pdf.body("\n".join(progress_summary.capacity_description(track) for track in summary.capacities))

    pdf.heading("Practices that helped, bids and repairs")
    helped = "; ".join(
        f"{_plain(item.title, 60)} (calmer {item.calmer} of {item.done})" for item in summary.helped
    )
    pdf.body(
        f"Helped most: {helped or 'none marked calmer yet'}.\n"
        f"{progress_summary.bids_description(summary.bids)}\n"
        f"Repairs after old-pattern days: {summary.repairs}."
    )

    if notes:
        pdf.heading("Notes and story entries the person chose to include")
        pdf.set_font(FONT, "", 8.5)
        for note in notes:
            if pdf.get_y() > NOTES_BOTTOM - 9:
                break
            kind = "Story" if note.kind == "story" else "Note"
            pdf.multi_cell(
                CONTENT_WIDTH,
                4.2,
                f"{_short(note.local_date)} · {kind}: {_plain(note.text, 240)}",
                align="L",
                new_x="LMARGIN",
                new_y="NEXT",
            )

    pdf.set_y(PAGE_HEIGHT - MARGIN - 6)
    pdf.set_font(FONT, "", 7.5)
    pdf.cell(
        CONTENT_WIDTH,
        4,
        "Earned Security · a picture of practice over time, not a verdict · crisis moments are never included",
        align="C",
    )
    return bytes(pdf.output())

"""The weekly progress chart: a portrait PNG readable on a phone, every label from prompts/.

Built on a bare `Figure` with the Agg canvas (no pyplot, no GUI, no global state). Colours are
from the Okabe–Ito palette, which stays distinguishable with every common colour-vision deficiency;
unanswered mentions are also hatched, so the chart reads in greyscale too.
"""

from __future__ import annotations

import io
import textwrap
from typing import TYPE_CHECKING

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from bot.i18n import Translator

if TYPE_CHECKING:
    from bot.analysis.weekly import Weekly

BLUE = "#0072B2"
ORANGE = "#E69F00"
GREEN = "#009E73"
SKY = "#56B4E9"
VERMILLION = "#D55E00"
INK = "#222222"

WIDTH_IN, HEIGHT_IN, DPI = 7.2, 9.0, 150  # 1080 × 1350 px
TITLE, LABEL, TICK = 19, 15, 13
HEADROOM = 1.6
"""Room above the tallest bar for its number and the legend."""
NOTE_CHARS = 40
"""A note in place of a panel wraps at this width."""
TICK_CHARS = 12
"""Week labels longer than this wrap onto two lines, so four fit side by side."""


def _style(ax: Axes, t: Translator, title: str, top: float, *, counts: bool = True) -> None:
    ax.set_title(title, fontsize=LABEL, loc="left", color=INK, fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=TICK, colors=INK)
    ax.yaxis.grid(True, color="#dddddd")
    ax.set_axisbelow(True)
    ax.set_ylim(0, top * HEADROOM or 1)
    if counts:
        ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: t("chart-value", value=round(value, 1))))


def _mentions(ax: Axes, t: Translator, weekly: Weekly, x: list[int]) -> None:
    answered = [w.answered for w in weekly.weeks]
    waiting = [w.unanswered for w in weekly.weeks]
    _style(ax, t, t("chart-mentions"), max(a + w for a, w in zip(answered, waiting, strict=True)))
    ax.bar(x, answered, color=SKY, label=t("chart-answered"))
    ax.bar(
        x,
        waiting,
        bottom=answered,
        color=VERMILLION,
        hatch="//",
        edgecolor="white",
        label=t("chart-unanswered"),
    )
    ax.legend(fontsize=TICK, loc="upper left", frameon=False, ncols=2)


def build_figure(weekly: Weekly, t: Translator) -> Figure:
    weeks = weekly.weeks
    ticks = [textwrap.fill(t("chart-week", ago=len(weeks) - 1 - i), TICK_CHARS) for i in range(len(weeks))]
    x = list(range(len(weeks)))
    figure = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(t("chart-title", name=weekly.username), fontsize=TITLE, color=INK)
    posts, replies, mentions = figure.subplots(3, 1, sharex=True)

    per_day = [w.posts_per_day for w in weeks]
    _style(posts, t, t("chart-posts"), max([*per_day, weekly.target]), counts=False)
    bars = posts.bar(x, per_day, color=BLUE, label=t("chart-posts-legend"))
    posts.bar_label(bars, labels=[t("chart-value", value=round(v, 1)) for v in per_day], fontsize=TICK, padding=3)
    posts.axhline(
        weekly.target,
        color=ORANGE,
        linestyle="--",
        linewidth=3,
        label=t("chart-target", target=weekly.target),
    )
    posts.legend(fontsize=TICK, loc="upper left", frameon=False, ncols=2)

    counts = [w.replies for w in weeks]
    _style(replies, t, t("chart-replies"), max(counts))
    bars = replies.bar(x, counts, color=GREEN)
    replies.bar_label(bars, labels=[t("chart-value", value=v) for v in counts], fontsize=TICK)

    if weekly.mentions:
        _mentions(mentions, t, weekly, x)
    else:  # an X archive: no mentions to count, which must not look like none received
        _style(mentions, t, t("chart-mentions"), 0)
        mentions.tick_params(axis="y", left=False, labelleft=False)
        mentions.text(
            0.5,
            0.5,
            textwrap.fill(t("chart-mentions-none"), NOTE_CHARS),
            transform=mentions.transAxes,
            ha="center",
            va="center",
            fontsize=LABEL,
            color=INK,
        )
    mentions.set_xticks(x, ticks)
    return figure


def render_png(weekly: Weekly, t: Translator) -> bytes:
    buffer = io.BytesIO()
    build_figure(weekly, t).savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()

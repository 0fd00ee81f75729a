"""The weekly series and summary, and the chart: a phone-sized PNG labelled in the user's language."""

from __future__ import annotations

import struct
from datetime import timedelta

import pytest
from matplotlib.text import Text as MplText

from bot.analysis.answers import Answers
from bot.analysis.chart import build_figure, render_png
from bot.analysis.weekly import summary, weekly_report, weekly_series
from bot.i18n import translator
from bot.settings import LANGUAGES
from bot.x.demo import demo_account
from tests.analysis.builders import NOW, account, ago, mention, post, reply_to


def four_weeks():
    """Week by week, oldest first: 2, 4, 7 and 14 posts; 0, 1, 2, 3 replies; mentions answered or not."""
    posts = []
    for week, count in enumerate([2, 4, 7, 14]):
        newest = 7 * (3 - week) + 0.1
        posts += [post(ago(newest + i * 6.5 / count)) for i in range(count)]
    asked = [mention(ago(7 * (3 - week) + 2)) for week in range(4)] + [mention(ago(1)), mention(ago(3))]
    replies = [reply_to(m, m.created_at + timedelta(hours=3)) for m in asked[1:4]]
    reposts = [post(ago(d), repost=str(d)) for d in (1, 8)]
    return account(posts + replies + reposts, asked)


def test_the_series_counts_each_week() -> None:
    weekly = weekly_series(four_weeks(), Answers(minutes_per_day=30), NOW)
    assert weekly.target == 2.0 and weekly.username == "forno_rossi"
    assert [w.posts for w in weekly.weeks] == [2, 5, 8, 15]
    assert [w.replies for w in weekly.weeks] == [0, 1, 1, 1]
    assert [(w.answered, w.unanswered) for w in weekly.weeks] == [(0, 1), (1, 0), (1, 0), (1, 2)]
    assert weekly.weeks[-1].posts_per_day == pytest.approx(15 / 7)
    assert weekly.weeks[0].start == NOW - timedelta(days=28)


def test_the_summary_says_what_changed() -> None:
    lines = summary(weekly_series(four_weeks(), Answers(minutes_per_day=30), NOW))
    assert [line.key for line in lines] == ["weekly-posts", "weekly-replies", "weekly-mentions"]
    assert dict(lines[0].values) == {"now": 2.1, "before": 1.1, "target": 2.0, "trend": "up", "met": "yes"}
    assert dict(lines[1].values) == {"now": 1, "before": 1, "trend": "same"}
    assert dict(lines[2].values) == {"answered": 1, "unanswered": 2}
    said = translator("it")(lines[0].key, lines[0].values)
    assert said.startswith("Post: 2,1 al giorno questa settimana, 1,1 la settimana prima (in aumento)")


def figure_texts(figure) -> set[str]:
    """Every text drawn, with line breaks undone (long week names wrap onto two lines)."""
    return {" ".join(t.get_text().split()) for t in figure.findobj(MplText) if t.get_text().strip()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_chart_label_is_in_the_users_language(lang: str) -> None:
    t = translator(lang)
    weekly = weekly_series(four_weeks(), Answers(minutes_per_day=5), NOW)
    figure = build_figure(weekly, t)
    figure.canvas.draw()  # lays out the axes' tick labels too
    texts = figure_texts(figure)
    expected = {
        t("chart-title", name="forno_rossi"),
        t("chart-posts"),
        t("chart-posts-legend"),
        t("chart-target", target=0.5),
        t("chart-replies"),
        t("chart-mentions"),
        t("chart-answered"),
        t("chart-unanswered"),
        *(t("chart-week", ago=n) for n in range(4)),
    }
    assert expected <= texts
    numbers = {t("chart-value", value=v) for v in (0.3, 0.7, 1.1, 2.1, 0, 1)}
    assert numbers <= texts
    words = {text for text in texts - expected - numbers if any(c.isalpha() for c in text)}
    assert words == set(), "every label with words comes from prompts/"
    if lang != "en":
        english = translator("en")
        assert not {english("chart-posts"), english("chart-week", ago=0)} & texts
        assert "0,3" in texts and not [text for text in texts if text[0].isdigit() and "." in text]


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_the_chart_is_a_portrait_png_for_a_phone() -> None:
    data = render_png(weekly_series(four_weeks(), Answers(), NOW), translator("fr"))
    assert png_size(data) == (1080, 1350)
    assert 10_000 < len(data) < 1_000_000


def test_an_empty_account_still_gets_a_chart() -> None:
    data = render_png(weekly_series(account(), Answers(), NOW), translator("es"))
    assert png_size(data) == (1080, 1350)


@pytest.mark.parametrize("lang", ["it", "es"])
def test_the_weekly_report_of_the_demo_account(lang: str) -> None:
    reply = weekly_report(demo_account(NOW), Answers(minutes_per_day=15), NOW, lang)
    assert reply.private
    assert [text.key for text in reply.texts] == [
        "weekly-title",
        "weekly-posts",
        "weekly-replies",
        "weekly-mentions",
    ]
    assert reply.attachment is not None and reply.attachment.mime == "image/png"
    assert reply.attachment.caption is not None and reply.attachment.caption.key == "chart-caption"
    assert png_size(reply.attachment.data) == (1080, 1350)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_caption_ends_without_punctuation_so_a_colon_can_follow(lang: str) -> None:
    """The terminal prints "[caption: path]": "X.:" was the result of a caption ending in a period."""
    caption = translator(lang)("chart-caption")
    assert caption and caption[-1].isalnum(), caption


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_archive_says_it_has_no_mentions_rather_than_zero(lang: str) -> None:
    t = translator(lang)
    weekly = weekly_series(four_weeks(), Answers(), NOW, mentions=False)
    figure = build_figure(weekly, t)
    figure.canvas.draw()
    texts = {" ".join(text.split()) for text in figure_texts(figure)}
    assert t("chart-mentions-none") in texts
    assert t("chart-answered") not in texts and t("chart-unanswered") not in texts
    keys = [text.key for text in summary(weekly)]
    assert keys[-1] == "weekly-mentions-none" and "weekly-mentions" not in keys
    png = render_png(weekly, t)
    assert png_size(png) == (1080, 1350)

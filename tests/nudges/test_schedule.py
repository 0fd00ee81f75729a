"""When the daily nudge is due: the user's hour in the user's zone, across DST, days off and snoozes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.nudges.schedule import latest_due, next_due, next_nudge_text
from bot.storage.models import User


def user(zone: str | None = "Europe/Rome", at: str | None = "09:00", **extra: object) -> User:
    values: dict[str, object] = {
        "timezone": zone, "nudge_time": at, "nudges_wanted": True, "days_off": [], "snoozed_until": None,
        "onboarded": True,
    }  # fmt: skip
    values.update(extra)
    return User(**values)


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_the_users_hour_in_the_users_zone() -> None:
    due = next_due(user(), utc(2026, 11, 23, 6, 0))
    assert due is not None and due.at == utc(2026, 11, 23, 8, 0) and due.local_date == date(2026, 11, 23)


def test_once_the_hour_has_passed_it_is_tomorrow() -> None:
    due = next_due(user(), utc(2026, 11, 23, 8, 0))
    assert due is not None and due.at == utc(2026, 11, 24, 8, 0)


def test_rome_spring_forward_the_skipped_hour_is_sent_after_the_jump() -> None:
    due = next_due(user(at="02:30"), utc(2026, 3, 28, 23, 0))
    assert due is not None and due.local_date == date(2026, 3, 29)
    assert due.at == utc(2026, 3, 29, 1, 30)  # 03:30 CEST, the moment 02:30 would have been


def test_rome_spring_forward_an_ordinary_hour_moves_by_one_hour_in_utc() -> None:
    before = next_due(user(), utc(2026, 3, 28, 0, 0))
    after = next_due(user(), utc(2026, 3, 29, 0, 0))
    assert before is not None and before.at == utc(2026, 3, 28, 8, 0)
    assert after is not None and after.at == utc(2026, 3, 29, 7, 0)


def test_rome_fall_back_the_repeated_hour_is_sent_once_at_its_first_occurrence() -> None:
    first = next_due(user(at="02:30"), utc(2026, 10, 24, 22, 0))
    assert first is not None and first.at == utc(2026, 10, 25, 0, 30)
    second = next_due(user(at="02:30"), first.at)
    assert second is not None and second.local_date == date(2026, 10, 26)


@pytest.mark.parametrize(
    ("zone", "at", "now", "expected_local", "expected_utc"),
    [
        # Auckland is UTC+13 in November: 00:15 local on the 24th is 11:15 UTC on the 23rd.
        (
            "Pacific/Auckland",
            "00:15",
            utc(2026, 11, 23, 11, 0),
            date(2026, 11, 24),
            utc(2026, 11, 23, 11, 15),
        ),
        (
            "Pacific/Auckland",
            "23:45",
            utc(2026, 11, 23, 11, 0),
            date(2026, 11, 24),
            utc(2026, 11, 24, 10, 45),
        ),
        # Los Angeles is UTC-8 in November: 23:50 local on the 23rd is 07:50 UTC on the 24th.
        (
            "America/Los_Angeles",
            "23:50",
            utc(2026, 11, 24, 7, 0),
            date(2026, 11, 23),
            utc(2026, 11, 24, 7, 50),
        ),
        (
            "America/Los_Angeles",
            "00:05",
            utc(2026, 11, 24, 7, 0),
            date(2026, 11, 24),
            utc(2026, 11, 24, 8, 5),
        ),
    ],
)
def test_around_midnight_far_from_utc(zone, at, now, expected_local, expected_utc) -> None:
    due = next_due(user(zone, at), now)
    assert due is not None and (due.local_date, due.at) == (expected_local, expected_utc)


def test_days_off_are_skipped() -> None:
    friday = utc(2026, 11, 27, 9, 0)  # after Friday's 09:00 Rome
    due = next_due(user(days_off=["5", "6"]), friday)
    assert due is not None and due.local_date == date(2026, 11, 30)  # Monday


def test_snooze_moves_the_next_nudge_past_it() -> None:
    now = utc(2026, 11, 23, 6, 0)
    due = next_due(user(snoozed_until=now + timedelta(days=7)), now)
    assert due is not None and due.local_date == date(2026, 11, 30)  # a week later, not before


def test_stopped_or_no_hour_means_no_nudge() -> None:
    now = utc(2026, 11, 23, 6, 0)
    assert next_due(user(nudges_wanted=False), now) is None
    assert next_due(user(at=None), now) is None


def test_a_zone_the_tz_database_no_longer_knows_falls_back_to_utc() -> None:
    due = next_due(user(zone="Mars/Olympus_Mons"), utc(2026, 11, 23, 6, 0))
    assert due is not None and due.at == utc(2026, 11, 23, 9, 0)


def test_every_day_off_means_no_nudge() -> None:
    assert next_due(user(days_off=[str(d) for d in range(7)]), utc(2026, 11, 23, 6, 0)) is None


def test_one_day_left_in_the_week_comes_every_week() -> None:
    sundays_only = user(days_off=[str(d) for d in range(6)])
    sunday = next_due(sundays_only, utc(2026, 11, 23, 6, 0))
    assert sunday is not None and sunday.local_date == date(2026, 11, 29)
    following = next_due(sundays_only, sunday.at)
    assert following is not None and following.local_date == date(2026, 12, 6)


def test_the_latest_due_is_todays_once_its_hour_has_come() -> None:
    latest = latest_due(user(), utc(2026, 11, 30, 8, 5))  # 09:05 Rome, five minutes after the hour
    assert latest is not None and latest.local_date == date(2026, 11, 30) and latest.at == utc(2026, 11, 30, 8, 0)
    earlier = latest_due(user(), utc(2026, 11, 30, 7, 0))
    assert earlier is not None and earlier.local_date == date(2026, 11, 29)
    assert latest_due(user(days_off=["0"]), utc(2026, 11, 30, 8, 5)).local_date == date(2026, 11, 29)  # type: ignore[union-attr]
    assert latest_due(user(snoozed_until=utc(2026, 12, 1, 0, 0)), utc(2026, 11, 30, 8, 5)) is None


@pytest.mark.parametrize(
    ("now", "extra", "when"),
    [
        (utc(2026, 11, 23, 0, 4), {}, "today"),  # 01:04 Rome, nudge at 09:00
        (utc(2026, 11, 23, 6, 30), {}, "tomorrow"),  # 07:30: today's falls in the quiet after talking to us
        (utc(2026, 11, 23, 9, 0), {"days_off": ["1", "2"]}, "thu"),  # after Monday's, Tuesday and Wednesday off
        (utc(2026, 11, 23, 9, 0), {"days_off": [str(d) for d in range(7)]}, "none"),
        (utc(2026, 11, 23, 9, 0), {"nudges_wanted": False}, "stopped"),
    ],
)
def test_when_the_next_nudge_comes_in_words(now: datetime, extra: dict[str, object], when: str) -> None:
    text = next_nudge_text(user(**extra), now)
    assert text.values["when"] == when
    assert text.values["time"] == ("" if when in ("none", "stopped") else "09:00")

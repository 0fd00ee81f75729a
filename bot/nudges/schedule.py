"""When a user's daily nudge is due, in their own time zone, across daylight-saving changes.

A local time that a spring-forward skips (02:30 in Rome on the last Sunday of March) is
sent when the clock has jumped (03:30 local, the same instant as 02:30 standard time);
a local time that a fall-back repeats is sent once, at its first occurrence. A time zone
that the tz database no longer knows falls back to UTC, and the nudge says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.messages import Text
from bot.storage.models import User

QUIET_AFTER_CHAT = timedelta(hours=3)
"""No nudge when the user talked to the coach this recently: they know what's up."""
LATE_GRACE = timedelta(hours=6)
"""A nudge not sent by then (every worker down) is not sent late that day."""
SEARCH_DAYS = 9
"""Days looked through for a nudge: from yesterday (a zone ahead of UTC) to a week after today, so that a user
with a single day left in the week still gets it."""
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def zone_of(name: str | None) -> tuple[tzinfo, bool]:
    """The user's zone and whether it is known; an unknown one is UTC."""
    if not name:
        return UTC, False
    try:
        return ZoneInfo(name), True
    except (ZoneInfoNotFoundError, ValueError):
        return UTC, False


def local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """The UTC instant of a local wall-clock time (fold=0: a skipped time maps past the jump,
    a repeated one to its first occurrence)."""
    return datetime.combine(day, at, zone).astimezone(UTC)


def parse_hhmm(value: str) -> time | None:
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        return None


@dataclass(frozen=True)
class Due:
    local_date: date
    at: datetime
    """UTC."""


def _wanted(user: User) -> tuple[time, tzinfo, set[int]] | None:
    """The user's nudge hour, zone and days off; None when no nudge is wanted."""
    if not user.nudges_wanted or not user.nudge_time:
        return None
    at = parse_hhmm(user.nudge_time)
    if at is None:
        return None
    zone, _ = zone_of(user.timezone)
    return at, zone, _days_off(user)


def _days_off(user: User) -> set[int]:
    return {int(d) for d in user.days_off or () if d.isdigit()}


def next_due(user: User, after: datetime) -> Due | None:
    """The first nudge instant strictly after `after`, or None when no nudge is wanted."""
    wanted = _wanted(user)
    if wanted is None:
        return None
    at, zone, days_off = wanted
    floor = max(after, user.snoozed_until) if user.snoozed_until else after
    day = floor.astimezone(zone).date() - timedelta(days=1)
    for offset in range(SEARCH_DAYS):
        candidate = day + timedelta(days=offset)
        if candidate.weekday() in days_off:
            continue
        instant = local_instant(candidate, at, zone)
        if instant > floor:
            return Due(candidate, instant)
    return None


def latest_due(user: User, moment: datetime) -> Due | None:
    """The last nudge instant at or before `moment` (none within a snooze), or None."""
    wanted = _wanted(user)
    if wanted is None:
        return None
    at, zone, days_off = wanted
    day = moment.astimezone(zone).date() + timedelta(days=1)
    for offset in range(SEARCH_DAYS):
        candidate = day - timedelta(days=offset)
        if candidate.weekday() in days_off:
            continue
        instant = local_instant(candidate, at, zone)
        if instant <= moment:
            return None if user.snoozed_until and instant <= user.snoozed_until else Due(candidate, instant)
    return None


def weekly_report_weekday(user: User) -> int | None:
    """The weekday whose nudge carries the weekly report: the chosen one, or, when that is a day off, the first
    day after it that is not; None when every day is off."""
    days_off = _days_off(user)
    for offset in range(7):
        weekday = (user.weekly_day + offset) % 7
        if weekday not in days_off:
            return weekday
    return None


def next_heard(user: User, now: datetime) -> Due | None:
    """The next nudge a user who is talking to us now will get: one due within `QUIET_AFTER_CHAT` stays quiet."""
    return next_due(user, now + QUIET_AFTER_CHAT)


def next_nudge_text(user: User, now: datetime) -> Text:
    """When the next nudge comes, as the texts say it: today, tomorrow, a weekday within the week, a date; or that
    none is planned (every day off) or nudges are stopped."""
    following = next_heard(user, now)
    if following is None:
        return Text("nudge-next", {"when": "none" if user.nudges_wanted else "stopped", "time": "", "date": ""})
    zone, _ = zone_of(user.timezone)
    ahead = (following.local_date - now.astimezone(zone).date()).days
    when = "today" if ahead <= 0 else "tomorrow" if ahead == 1 else "other"
    if when == "other" and ahead < 7:
        when = WEEKDAYS[following.local_date.weekday()]
    local = following.at.astimezone(zone)
    return Text("nudge-next", {"when": when, "time": f"{local:%H:%M}", "date": f"{local:%d/%m}"})


def local_date_of(moment: datetime, user: User) -> date:
    zone, _ = zone_of(user.timezone)
    return moment.astimezone(zone).date()


def schedule_key(user: User) -> tuple[object, ...]:
    """Everything the next nudge time depends on."""
    return (
        user.nudges_wanted,
        user.nudge_time,
        user.timezone,
        tuple(user.days_off or ()),
        user.snoozed_until,
    )


def reschedule(user: User, now: datetime) -> None:
    following = next_due(user, now) if user.onboarded else None
    user.next_nudge_at = following.at if following else None

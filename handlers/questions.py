"""The questions the coach asks about a business, shared by onboarding and /settings.

Each question knows its text keys, its choices, how to read a typed answer, and where
the answer is stored on the user. Handlers only decide when to ask.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.i18n import Translator
from bot.localtime import is_fixed_offset, parse_clock_time, resolve_timezone
from bot.messages import Choice, Text
from bot.nudges.schedule import weekly_report_weekday
from bot.storage.models import User

MAX_NAME = 100
MAX_FREE_TEXT = 64
SUGGESTED_ZONES = {"it": "Europe/Rome", "fr": "Europe/Paris", "es": "Europe/Madrid", "en": "Europe/London"}
SUGGESTED_TIMES = ("08:30", "09:00", "12:30", "18:00")
DONE = "__done__"


class Invalid(ValueError):
    """A typed answer that does not fit; carries the text key that says what is expected."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@dataclass(frozen=True)
class Question:
    name: str
    options: tuple[str, ...] = ()
    multi: bool = False
    most: int = 1
    """How many options may be ticked on a multiple choice."""
    optional: bool = False
    """A multiple choice that may be left with nothing ticked."""
    read_text: Callable[[str, Translator, Question], str] | None = None
    """Turns typed text into a stored value, or raises Invalid."""
    columns: int = 2

    @property
    def prompt(self) -> str:
        return f"ask-{self.name}"

    @property
    def expected(self) -> str:
        return f"expected-{self.name}"

    def label(self, value: str) -> Text:
        return Text(f"{self.name}-{value.replace(':', '')}")

    def choices(
        self, action: str, t: Translator, ticked: list[str] | None = None
    ) -> tuple[tuple[Choice, ...], ...]:
        """The options as buttons; on a multiple choice, ticked ones are marked and "Done" closes it."""
        ticked = ticked or []
        choices = [
            Choice(
                Text("ticked-option", {"option": t(self.label(v).key)}) if v in ticked else self.label(v),
                action,
                v,
            )
            for v in self.options
        ]
        rows = [tuple(choices[i : i + self.columns]) for i in range(0, len(choices), self.columns)]
        if self.multi:
            rows.append((Choice(Text("button-done"), action, DONE),))
        return tuple(rows)

    def match_option(self, text: str, t: Translator) -> str | None:
        """A typed answer that names one of the options, by its number or its label."""
        folded = fold(text)
        if folded.isascii() and folded.isdigit() and len(folded) <= 3 and 1 <= int(folded) <= len(self.options):
            return self.options[int(folded) - 1]
        for value in self.options:
            if fold(t(self.label(value).key)) == folded or value == folded:
                return value
        return None

    def read(self, text: str, t: Translator) -> str:
        text = "".join(c for c in text if unicodedata.category(c) != "Cc" or c in "\t\n").strip()
        if not text:
            raise Invalid(self.expected)
        if self.read_text is not None:
            return self.read_text(text, t, self)
        found = self.match_option(text, t)
        if found is None:
            raise Invalid(self.expected)
        return found


def _read_name(text: str, _t: Translator, question: Question) -> str:
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_NAME:
        raise Invalid("expected-name-too-long")
    if not any(c.isalnum() for c in cleaned):
        raise Invalid(question.expected)
    return cleaned


def _read_option_or_free(text: str, t: Translator, question: Question) -> str:
    found = question.match_option(text, t)
    if found is not None:
        return found
    cleaned = " ".join(text.split())
    if len(cleaned) > MAX_FREE_TEXT or not any(c.isalpha() for c in cleaned):
        raise Invalid(question.expected)
    return cleaned


def _read_goals(text: str, t: Translator, question: Question) -> str:
    picked = []
    for part in re.split(r"[,;/+]|\s+(?:and|e|et|y)\s+", text):
        if part.strip():
            found = question.match_option(part, t)
            if found is None:
                raise Invalid(question.expected)
            picked.append(found)
    unique = list(dict.fromkeys(picked))
    if not unique:
        raise Invalid(question.expected)
    if len(unique) > question.most:
        raise Invalid(f"{question.expected}-most")
    return ",".join(unique)


def _read_minutes(text: str, t: Translator, question: Question) -> str:
    found = question.match_option(text, t)
    if found is not None and not text.strip().isdigit():
        return found
    match = re.fullmatch(r"(\d{1,4})\s*([a-z]*)", fold(text))
    if match is None:
        raise Invalid(question.expected)
    minutes = int(match[1]) * (
        60
        if match[2] in {"h", "hr", "hrs", "hour", "hours", "ora", "ore", "heure", "heures", "hora", "horas"}
        else 1
    )
    if not 1 <= minutes <= 600:
        raise Invalid(question.expected)
    return str(minutes)


def _read_timezone(text: str, _t: Translator, question: Question) -> str:
    if is_fixed_offset(text):
        raise Invalid(f"{question.expected}-offset")
    zone = resolve_timezone(text)
    if zone is None:
        raise Invalid(question.expected)
    return zone


def _read_nudge_time(text: str, t: Translator, question: Question) -> str:
    found = question.match_option(text, t)
    if found is not None:
        return found
    moment = parse_clock_time(text)
    if moment is None:
        raise Invalid(question.expected)
    return moment.strftime("%H:%M")


NAME = Question("name", read_text=_read_name)
SECTOR = Question(
    "sector",
    ("food", "shop", "beauty", "craft", "hospitality", "agency", "health", "other"),
    read_text=_read_option_or_free,
)
GOALS = Question(
    "goals",
    ("awareness", "customers", "partners", "expertise", "care", "community", "followers"),
    multi=True,
    most=3,
    read_text=_read_goals,
)
CUSTOMERS = Question("customers", ("consumers", "businesses", "both"), columns=3)
REACH = Question("reach", ("local", "national", "international"), columns=3)
ON_X = Question("onx", ("yes", "no", "unsure"), columns=3)
MINUTES = Question("minutes", ("5", "15", "30", "60"), read_text=_read_minutes, columns=4)
AUTO_DMS = Question("autodms", ("yes", "no"))
TIMEZONE = Question("timezone", read_text=_read_timezone)
NUDGE_TIME = Question("nudgetime", (*SUGGESTED_TIMES, "none"), read_text=_read_nudge_time, columns=4)

DAYS_OFF = Question("daysoff", ("0", "1", "2", "3", "4", "5", "6"), multi=True, most=6, optional=True, columns=4)
WEEKLY = Question("weekly", ("0", "1", "2", "3", "4", "5", "6", "none"), columns=4)

ORDER: tuple[Question, ...] = (
    NAME,
    SECTOR,
    GOALS,
    CUSTOMERS,
    REACH,
    ON_X,
    MINUTES,
    AUTO_DMS,
    TIMEZONE,
    NUDGE_TIME,
)
"""The onboarding's questions, in the order asked."""
SETTINGS: tuple[Question, ...] = (*ORDER, DAYS_OFF, WEEKLY)
"""Everything /settings shows and can change."""
BY_NAME = {q.name: q for q in SETTINGS}


def store(user: User, question: Question, value: str) -> None:
    """Writes one answer onto the user."""
    match question.name:
        case "name":
            user.business_name = value
        case "sector":
            user.sector = value
        case "goals":
            user.goals = [g for g in value.split(",") if g]
        case "customers":
            user.customers = value
        case "reach":
            user.reach = value
        case "onx":
            user.audience_on_x = value
        case "minutes":
            user.minutes_per_day = int(value)
        case "autodms":
            user.auto_dms = value == "yes"
        case "timezone":
            user.timezone = value
        case "nudgetime":
            user.nudge_time = None if value == "none" else value
            user.nudges_wanted = value != "none"
        case "daysoff":
            user.days_off = [d for d in value.split(",") if d]
        case "weekly":
            user.weekly_report = value != "none"
            user.weekly_day = 0 if value == "none" else int(value)


def answered(user: User, question: Question) -> bool:
    match question.name:
        case "name":
            return user.business_name is not None
        case "sector":
            return user.sector is not None
        case "goals":
            return bool(user.goals)
        case "customers":
            return user.customers is not None
        case "reach":
            return user.reach is not None
        case "onx":
            return user.audience_on_x is not None
        case "minutes":
            return user.minutes_per_day is not None
        case "autodms":
            return user.auto_dms is not None
        case "timezone":
            return user.timezone is not None
        case "daysoff" | "weekly":
            return True
        case _:
            return user.nudge_time is not None or not user.nudges_wanted


def shown(user: User, question: Question, t: Translator) -> str:
    """An answer as the user reads it back in /settings."""
    if not answered(user, question):
        return t("answer-missing")
    match question.name:
        case "name":
            return user.business_name or ""
        case "sector":
            sector = user.sector or ""
            return t(SECTOR.label(sector).key) if sector in SECTOR.options else sector
        case "goals":
            return ", ".join(t(GOALS.label(g).key) for g in user.goals)
        case "minutes":
            return t("minutes-value", minutes=user.minutes_per_day or 0)
        case "autodms":
            return t("autodms-yes" if user.auto_dms else "autodms-no")
        case "timezone":
            return user.timezone or ""
        case "nudgetime":
            return user.nudge_time or t("nudgetime-none")
        case "daysoff":
            return ", ".join(t(DAYS_OFF.label(d).key) for d in sorted(user.days_off)) or t("daysoff-none")
        case "weekly":
            if not user.weekly_report:
                return t("weekly-none")
            chosen = t(WEEKLY.label(str(user.weekly_day)).key)
            actual = weekly_report_weekday(user)
            if actual is None or actual == user.weekly_day:
                return chosen
            return t("weekly-moved", chosen=chosen, actual=t(WEEKLY.label(str(actual)).key))
        case _:
            value = {"customers": user.customers, "reach": user.reach, "onx": user.audience_on_x}[
                question.name
            ]
            return t(question.label(value or "").key)

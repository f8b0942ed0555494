"""When the case-management team is working, and how fast each priority must be answered.

Configured by CLINIC_HOURS ("mon-fri 08:00-17:00"), CLINIC_TIMEZONE and the RESPONSE_TARGET_*
settings. Outside those hours escalations go to the on-call case manager; "normal" requests
are due by closing time on the next working day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.models import Priority

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
HOURS_PATTERN = re.compile(r"^\s*(?P<days>[a-z,\-]+)\s+(?P<opens>\d{1,2}:\d{2})\s*-\s*(?P<closes>\d{1,2}:\d{2})\s*$")


@dataclass(frozen=True)
class Coverage:
    zone: ZoneInfo
    working_days: frozenset[int] = frozenset(range(5))  # Monday = 0
    opens: dt.timedelta = dt.timedelta(hours=8)          # from local midnight
    closes: dt.timedelta = dt.timedelta(hours=17)
    targets: dict[str, dt.timedelta] = field(default_factory=lambda: {
        Priority.URGENT.value: dt.timedelta(minutes=15), Priority.HIGH.value: dt.timedelta(hours=2)})
    on_call_after: dt.timedelta = dt.timedelta(minutes=15)  # after the reminder, before on call takes over

    def in_hours(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.zone)
        since_midnight = dt.timedelta(hours=local.hour, minutes=local.minute, seconds=local.second)
        return local.weekday() in self.working_days and self.opens <= since_midnight < self.closes

    def response_due(self, priority: str, created_at: dt.datetime) -> dt.datetime:
        """Urgent and high: a fixed target. Normal: closing time on the next working day."""
        if priority in self.targets:
            return created_at + self.targets[priority]
        day = created_at.astimezone(self.zone).date() + dt.timedelta(days=1)
        for _ in range(7):
            if day.weekday() in self.working_days:
                break
            day += dt.timedelta(days=1)
        midnight = dt.datetime.combine(day, dt.time(0, 0), tzinfo=self.zone)
        return (midnight + self.closes).astimezone(dt.timezone.utc)


def parse_hours(text: str) -> tuple[frozenset[int], dt.timedelta, dt.timedelta]:
    """'mon-fri 08:00-17:00' or 'mon,wed,fri 09:00-13:00' or 'mon-sun 00:00-24:00'."""
    match = HOURS_PATTERN.match(text.lower())
    if not match:
        raise ValueError(f"CLINIC_HOURS {text!r}: expected days and hours like 'mon-fri 08:00-17:00'")
    days: set[int] = set()
    for part in match["days"].split(","):
        first, _, last = part.partition("-")
        if first not in DAYS or (last and last not in DAYS):
            raise ValueError(f"CLINIC_HOURS {text!r}: days are {', '.join(DAYS)}")
        start, end = DAYS.index(first), DAYS.index(last or first)
        days.update(i % 7 for i in range(start, start + (end - start) % 7 + 1))  # 'fri-mon' wraps
    opens, closes = _clock_time(match["opens"], text), _clock_time(match["closes"], text)
    if opens >= closes:
        raise ValueError(f"CLINIC_HOURS {text!r}: opening time must be before closing time")
    return frozenset(days), opens, closes


def _clock_time(value: str, text: str) -> dt.timedelta:
    hours, minutes = (int(x) for x in value.split(":"))
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ValueError(f"CLINIC_HOURS {text!r}: {value} is not a time of day")
    return dt.timedelta(hours=hours, minutes=minutes)


def from_settings(settings) -> Coverage:
    days, opens, closes = parse_hours(settings.clinic_hours)
    return Coverage(
        zone=ZoneInfo(settings.timezone), working_days=days, opens=opens, closes=closes,
        targets={Priority.URGENT.value: dt.timedelta(minutes=settings.response_target_urgent_minutes),
                 Priority.HIGH.value: dt.timedelta(minutes=settings.response_target_high_minutes)},
        on_call_after=dt.timedelta(minutes=settings.on_call_after_minutes),
    )

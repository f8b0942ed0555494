"""The clinic's clock: "today" and "this week" mean the clinic's local calendar."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from bot.config import load_settings


def clinic_zone(name: str | None = None) -> ZoneInfo:
    return ZoneInfo(name or load_settings().timezone)


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def local_today(zone: ZoneInfo, now: dt.datetime | None = None) -> dt.date:
    return (now or now_utc()).astimezone(zone).date()


def local_midnight(day: dt.date, zone: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), tzinfo=zone)

"""Clinic hours and response targets: who is working when, and when each request is due."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.config import load_settings
from bot.coverage import Coverage, from_settings, parse_hours

CHICAGO = ZoneInfo("America/Chicago")


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=CHICAGO)


@pytest.mark.parametrize("text, days, opens, closes", [
    ("mon-fri 08:00-17:00", {0, 1, 2, 3, 4}, 8 * 60, 17 * 60),
    ("Mon,Wed,Fri 09:30-13:00", {0, 2, 4}, 9 * 60 + 30, 13 * 60),
    ("fri-mon 07:00-19:00", {4, 5, 6, 0}, 7 * 60, 19 * 60),
    ("mon-sun 00:00-24:00", set(range(7)), 0, 24 * 60),
])
def test_clinic_hours_parse(text, days, opens, closes):
    parsed_days, parsed_opens, parsed_closes = parse_hours(text)
    assert parsed_days == frozenset(days)
    assert parsed_opens == dt.timedelta(minutes=opens) and parsed_closes == dt.timedelta(minutes=closes)


@pytest.mark.parametrize("text", ["weekdays 8-5", "mon-fri 17:00-08:00", "mon-fry 08:00-17:00",
                                  "mon-fri 08:00-25:00", "mon-fri 08:61-17:00", ""])
def test_bad_clinic_hours_are_refused_with_the_setting_named(text):
    with pytest.raises(ValueError, match="CLINIC_HOURS"):
        parse_hours(text)


def test_in_hours_follows_the_clinic_calendar_not_utc():
    coverage = Coverage(zone=CHICAGO)
    assert coverage.in_hours(local(2026, 11, 23, 8, 0))          # Monday opening
    assert not coverage.in_hours(local(2026, 11, 23, 17, 0))     # closing time is after hours
    assert not coverage.in_hours(local(2026, 11, 23, 7, 59))
    assert not coverage.in_hours(local(2026, 11, 28, 12, 0))     # Saturday
    # 16:30 in Chicago is 22:30 UTC: still open
    assert coverage.in_hours(local(2026, 11, 23, 16, 30).astimezone(dt.timezone.utc))


def test_response_targets_urgent_high_and_next_working_day():
    coverage = Coverage(zone=CHICAGO)
    created = local(2026, 11, 27, 16, 0)  # Friday afternoon
    assert coverage.response_due("urgent", created) == created + dt.timedelta(minutes=15)
    assert coverage.response_due("high", created) == created + dt.timedelta(hours=2)
    assert coverage.response_due("normal", created) == local(2026, 11, 30, 17, 0)  # Monday close
    assert coverage.response_due("normal", local(2026, 11, 23, 9, 0)) == local(2026, 11, 24, 17, 0)


def test_targets_and_hours_come_from_settings():
    settings = load_settings({"CLINIC_HOURS": "mon-sat 07:00-19:00", "CLINIC_TIMEZONE": "America/New_York",
                              "RESPONSE_TARGET_URGENT_MINUTES": "10", "RESPONSE_TARGET_HIGH_MINUTES": "60",
                              "ON_CALL_AFTER_MINUTES": "5"})
    coverage = from_settings(settings)
    created = dt.datetime(2026, 11, 28, 12, 0, tzinfo=ZoneInfo("America/New_York"))  # Saturday
    assert coverage.in_hours(created)
    assert coverage.response_due("urgent", created) - created == dt.timedelta(minutes=10)
    assert coverage.response_due("high", created) - created == dt.timedelta(hours=1)
    assert coverage.on_call_after == dt.timedelta(minutes=5)
    # normal: Saturday is a working day here, Sunday is not, so Monday at 19:00
    assert coverage.response_due("normal", created) == dt.datetime(2026, 11, 30, 19, 0, tzinfo=ZoneInfo("America/New_York"))


def test_a_follow_up_due_at_midnight_is_the_end_of_the_day_before():
    from bot.catalogue import say
    from bot.escalation import by_when
    zone = ZoneInfo("America/Chicago")
    now = dt.datetime(2026, 12, 1, 19, 0, tzinfo=zone)  # a Tuesday evening
    assert by_when(dt.datetime(2026, 12, 3, 0, 0, tzinfo=zone), now, zone, "en") == say("when_day_end", "en", day="Wednesday")
    assert by_when(dt.datetime(2026, 12, 2, 0, 0, tzinfo=zone), now, zone, "en") == say("when_today_end", "en")
    assert by_when(dt.datetime(2026, 12, 3, 0, 0, tzinfo=zone), now, zone, "es") == say("when_day_end", "es", day="miércoles")
    assert by_when(dt.datetime(2026, 12, 2, 17, 0, tzinfo=zone), now, zone, "en") == say("when_day", "en", day="Wednesday",
                                                                                        time="5:00 PM")
    assert by_when(dt.datetime(2026, 12, 1, 21, 0, tzinfo=zone), now, zone, "en") == say("when_today", "en", time="9:00 PM")
    assert by_when(dt.datetime(2026, 12, 1, 18, 0, tzinfo=zone), now, zone, "en") == say("when_soon", "en")

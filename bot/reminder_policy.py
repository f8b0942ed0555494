"""When reminders go: the schedule per task kind and the quiet hours (reminders.yml).

Pure values and arithmetic on datetimes, no database: bot/reminders.py asks this module
which moments of an occurrence are due and until when each is worth sending.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

from bot.models import TaskKind, values

_DURATION = re.compile(r"^([+-]?)(\d+)([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class PolicyError(ValueError):
    """reminders.yml is not valid: the message says where."""


def parse_offset(text: str) -> dt.timedelta:
    match = _DURATION.match(str(text).strip())
    if not match:
        raise PolicyError(f"{text!r} is not an offset like -1d, -2h, 0m or +30m")
    sign, amount, unit = match.groups()
    delta = dt.timedelta(**{_UNITS[unit]: int(amount)})
    return -delta if sign == "-" else delta


def step_name(offset: dt.timedelta) -> str:
    """The offset as it is stored on a reminder ("-1d", "-2h", "0m", "+90m")."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else ("+" if minutes > 0 else "")
    minutes = abs(minutes)
    if minutes and minutes % 1440 == 0:
        return f"{sign}{minutes // 1440}d"
    if minutes and minutes % 60 == 0:
        return f"{sign}{minutes // 60}h"
    return f"{sign}{minutes}m"


@dataclass(frozen=True)
class Step:
    """One moment of an occurrence's schedule: sent at due + offset, worth sending until due + until."""

    offset: dt.timedelta
    until: dt.timedelta

    @property
    def name(self) -> str:
        return step_name(self.offset)


@dataclass(frozen=True)
class KindSchedule:
    steps: tuple[Step, ...]
    missed_after: dt.timedelta | None


@dataclass(frozen=True)
class ReminderPolicy:
    zone: ZoneInfo
    quiet_start: dt.time
    quiet_end: dt.time
    kinds: dict[str, KindSchedule]
    snooze: dt.timedelta = dt.timedelta(minutes=30)
    answer_window: dt.timedelta = dt.timedelta(hours=12)

    def is_quiet(self, moment: dt.datetime) -> bool:
        """Whether `moment` falls in the quiet hours, clinic time (they may cross midnight)."""
        local = moment.astimezone(self.zone).time()
        if self.quiet_start == self.quiet_end:
            return False
        if self.quiet_start < self.quiet_end:
            return self.quiet_start <= local < self.quiet_end
        return local >= self.quiet_start or local < self.quiet_end

    def schedule(self, kind: str) -> KindSchedule:
        return self.kinds.get(kind) or KindSchedule((), None)

    @property
    def longest_lead(self) -> dt.timedelta:
        """How far ahead of a due time the earliest reminder goes."""
        return max((-s.offset for k in self.kinds.values() for s in k.steps), default=dt.timedelta(0))

    @property
    def longest_tail(self) -> dt.timedelta:
        """How long after a due time anything (a check-in, a miss) can still happen."""
        tails = [s.until for k in self.kinds.values() for s in k.steps]
        tails += [k.missed_after for k in self.kinds.values() if k.missed_after is not None]
        return max(tails, default=dt.timedelta(0))


def _steps(offsets: list[dt.timedelta], missed_after: dt.timedelta | None) -> tuple[Step, ...]:
    """Each step is worth sending until the next; the last until the miss (or, if it comes
    before the due time, until the due time; else an hour after it)."""
    offsets = sorted(set(offsets))
    if not offsets:
        return ()
    last = offsets[-1]
    end = missed_after if missed_after is not None else (dt.timedelta(0) if last < dt.timedelta(0) else last + dt.timedelta(hours=1))
    ends = offsets[1:] + [max(end, last + dt.timedelta(minutes=1))]
    return tuple(Step(offset, until) for offset, until in zip(offsets, ends))


def _clock(value, where: str) -> dt.time:
    match = _CLOCK.match(str(value))
    if not match:
        raise PolicyError(f"{where}: {value!r} is not a time like 21:00")
    return dt.time(int(match.group(1)), int(match.group(2)))


def from_document(document: dict, zone: ZoneInfo) -> ReminderPolicy:
    if not isinstance(document, dict):
        raise PolicyError("must be a mapping with quiet_hours and kinds")
    quiet = document.get("quiet_hours") or {}
    kinds: dict[str, KindSchedule] = {}
    for kind, spec in (document.get("kinds") or {}).items():
        if kind not in values(TaskKind):
            raise PolicyError(f"kinds: {kind!r} is not one of {', '.join(values(TaskKind))}")
        spec = spec or {}
        missed = spec.get("missed_after")
        missed_after = parse_offset(missed) if missed is not None else None
        if missed_after is not None and missed_after <= dt.timedelta(0):
            raise PolicyError(f"kinds.{kind}.missed_after: must be after the due time")
        kinds[kind] = KindSchedule(_steps([parse_offset(o) for o in spec.get("send") or []], missed_after), missed_after)
    return ReminderPolicy(
        zone=zone,
        quiet_start=_clock(quiet.get("start", "21:00"), "quiet_hours.start"),
        quiet_end=_clock(quiet.get("end", "08:00"), "quiet_hours.end"),
        kinds=kinds,
        snooze=parse_offset(document.get("snooze", "30m")),
        answer_window=parse_offset(document.get("answer_window", "12h")),
    )


def load(path: Path, zone: ZoneInfo) -> ReminderPolicy:
    try:
        document = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise PolicyError(f"{path}: {exc}") from exc
    try:
        return from_document(document, zone)
    except PolicyError as exc:
        raise PolicyError(f"{path}: {exc}") from exc


@functools.lru_cache(maxsize=8)
def _cached(path: str, zone_name: str) -> ReminderPolicy:
    return load(Path(path), ZoneInfo(zone_name))


def default(zone: ZoneInfo) -> ReminderPolicy:
    """The policy in REMINDERS_FILE (default reminders.yml), read once per process."""
    from bot.config import load_settings
    return _cached(str(load_settings().reminders_file), zone.key)

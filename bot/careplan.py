"""Care-plan queries and their SMS-sized wording: what's due, the next appointment,
a task's instructions, and recording a task done."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot.models import CarePlan, CareTask, PlanStatus, TaskCompletion, TaskKind, TaskStatus

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TIMEFRAMES = ("today", "tomorrow", "this_week", "remaining")
SMS_LIMIT = 320


@dataclass(frozen=True)
class Occurrence:
    task: CareTask
    at: dt.datetime  # aware, UTC
    done: bool


def active_tasks(session: Session, patient_id: int) -> list[CareTask]:
    return list(session.execute(
        select(CareTask).join(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.status == PlanStatus.ACTIVE.value,
               CareTask.status != TaskStatus.CANCELLED.value)
        .options(selectinload(CareTask.completions))
    ).scalars())


def _recurs_on(task: CareTask, day: dt.date) -> bool:
    rule = task.recurrence or ""
    if rule == "daily":
        return True
    if rule == "weekdays":
        return day.weekday() < 5
    if rule.startswith("weekly:"):
        return WEEKDAYS[day.weekday()] in rule.split(":", 1)[1].split(",")
    return False


def _occurrences(task: CareTask, first: dt.date, last: dt.date, zone: ZoneInfo) -> list[Occurrence]:
    """A task's occurrences on local days first..last, each marked done or not."""
    if task.due_at is None:
        return []
    due_local = task.due_at.astimezone(zone)
    if not task.recurrence:
        if first <= due_local.date() <= last:
            return [Occurrence(task, task.due_at, task.status == TaskStatus.DONE.value)]
        return []
    done_days = {c.completed_at.astimezone(zone).date() for c in task.completions}
    result, day = [], max(first, due_local.date())
    while day <= last:
        if _recurs_on(task, day):
            at = dt.datetime.combine(day, due_local.timetz()).astimezone(dt.timezone.utc)
            result.append(Occurrence(task, at, day in done_days))
        day += dt.timedelta(days=1)
    return result


def window(timeframe: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if timeframe == "tomorrow":
        tomorrow = today + dt.timedelta(days=1)
        return tomorrow, tomorrow
    if timeframe == "this_week":
        return today, today + dt.timedelta(days=6)
    return today, today


def due_tasks(session: Session, patient_id: int, timeframe: str, zone: ZoneInfo, now: dt.datetime) -> list[Occurrence]:
    """Occurrences in the time frame, by time. "remaining" = everything not done: overdue
    one-off tasks and today's open occurrences, then later ones this week."""
    today = now.astimezone(zone).date()
    tasks = active_tasks(session, patient_id)
    if timeframe == "remaining":
        found = [o for t in tasks for o in _occurrences(t, today, today + dt.timedelta(days=6), zone) if not o.done]
        overdue = [Occurrence(t, t.due_at, False) for t in tasks
                   if not t.recurrence and t.due_at and t.status == TaskStatus.PENDING.value
                   and t.due_at.astimezone(zone).date() < today]
        return sorted(overdue + found, key=lambda o: o.at)
    first, last = window(timeframe, today)
    return sorted((o for t in tasks for o in _occurrences(t, first, last, zone)), key=lambda o: o.at)


def next_appointment(session: Session, patient_id: int, now: dt.datetime) -> CareTask | None:
    return session.execute(
        select(CareTask).join(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.status == PlanStatus.ACTIVE.value,
               CareTask.kind == TaskKind.APPOINTMENT.value, CareTask.status == TaskStatus.PENDING.value,
               CareTask.due_at >= now)
        .order_by(CareTask.due_at)
    ).scalars().first()


# Words people use for a kind of task, so "took my meds" finds "Take metformin 500 mg".
KIND_WORDS = {
    TaskKind.MEDICATION.value: {"med", "meds", "medz", "medicine", "medication", "medications", "pill", "pills",
                                "dose", "tablet", "tablets", "insulin", "inhaler", "shot"},
    TaskKind.EXERCISE.value: {"walk", "walking", "exercise", "exercises", "stretch", "stretches", "pt", "lifts",
                              "workout"},
    TaskKind.APPOINTMENT.value: {"appointment", "appt", "visit", "doctor", "dr"},
    TaskKind.EDUCATION.value: {"class", "video", "reading", "lesson"},
    TaskKind.EQUIPMENT.value: {"walker", "wheelchair", "oxygen", "equipment", "cpap", "scale"},
}
_STOP = {"my", "the", "a", "an", "i", "to", "of", "for", "with", "and", "do", "did", "done", "take", "took",
         # who and "finished": "she finished it" names no task (not "Weigh yourself and write it down")
         "it", "its", "she", "he", "her", "his", "him", "they", "them", "their", "we", "our", "me", "is", "was",
         "just", "already", "finished", "finish", "completed", "complete", "all", "went", "got", "this", "that"}


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _STOP}


def _stems(words: set[str]) -> set[str]:
    return {w[:5] for w in words}


def match_score(task: CareTask, phrase: str) -> int:
    """Words shared with the title count most, then word stems ("weight" ~ "weigh"), then
    the instructions; a word for the task's kind ("meds" for a medication) adds a little.
    0 unless the phrase touches the title or the kind: a word that only turns up in the
    instructions ("inhaler" in an appointment's "bring your inhalers") names nothing."""
    words = _words(phrase)
    if not words:
        return 0
    title, instructions = _words(task.title), _words(task.instructions)
    named = 3 * len(words & title) + 2 * len(_stems(words) & _stems(title))
    if words & KIND_WORDS.get(task.kind, set()):
        named += 2
    return named + len(_stems(words) & _stems(instructions)) if named else 0


def find_task(session: Session, patient_id: int, phrase: str, zone: ZoneInfo, now: dt.datetime,
              visible: Callable[[CareTask], bool] | None = None) -> CareTask | None:
    """The patient's task `phrase` names best; ties go to what is due soonest today. With
    `visible`, only among the tasks it accepts (what the sender may see)."""
    today = now.astimezone(zone).date()
    scored = []
    for task in active_tasks(session, patient_id):
        if visible is not None and not visible(task):
            continue
        score = match_score(task, phrase)
        if score:
            due_today = any(not o.done for o in _occurrences(task, today, today, zone))
            distance = abs((task.due_at - now).total_seconds()) if task.due_at else float("inf")
            scored.append((-score, not due_today, distance, task.id, task))
    return min(scored)[-1] if scored else None


def record_done(session: Session, task: CareTask, channel: str, reported_by: str, now: dt.datetime) -> TaskCompletion:
    """Record a completion (with time and channel) for the case manager to see."""
    completion = TaskCompletion(task=task, completed_at=now, channel=channel, reported_by=reported_by)
    session.add(completion)
    if not task.recurrence:
        task.status, task.completed_at, task.completed_via = TaskStatus.DONE.value, now, channel
    session.flush()
    return completion


# --- wording ---------------------------------------------------------------------------


def clock_time(moment: dt.datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%-I:%M %p")


def day_and_time(moment: dt.datetime, zone: ZoneInfo, now: dt.datetime) -> str:
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    if local.date() == today:
        day = "today"
    elif local.date() == today + dt.timedelta(days=1):
        day = "tomorrow"
    elif local.date() < today + dt.timedelta(days=7) and local.date() > today:
        day = local.strftime("%A")
    else:
        day = local.strftime("%a %b %-d")
    return f"{day} at {clock_time(moment, zone)}"


TIMEFRAME_WORDS = {"today": "today", "tomorrow": "tomorrow", "this_week": "this week", "remaining": "still to do"}


def format_tasks(occurrences: list[Occurrence], timeframe: str, zone: ZoneInfo, now: dt.datetime,
                 whose: str = "your") -> str:
    """`whose`: "your" to the patient, "Dorothy's" to a family contact."""
    label = TIMEFRAME_WORDS.get(timeframe, "today")
    if not occurrences:
        return f"Nothing on {whose} care plan {label}." if timeframe != "remaining" else "You're all caught up. Nothing left to do right now."
    lines = [f"{whose[0].upper()}{whose[1:]} care plan {label}:"]
    for occ in occurrences:
        mark = "[done] " if occ.done else ""
        when = clock_time(occ.at, zone) if timeframe in ("today", "tomorrow") else day_and_time(occ.at, zone, now)
        lines.append(f"- {mark}{when}: {occ.task.title}")
    if any(not o.done for o in occurrences):
        lines.append("Reply 'done' with a task when you finish it.")
    return "\n".join(lines)


def format_appointment(task: CareTask | None, zone: ZoneInfo, now: dt.datetime, whose: str = "your") -> str:
    if task is None:
        return f"I don't see an upcoming appointment on {whose} care plan. The case manager can help schedule one."
    heading = "Next appointment" if whose == "your" else f"{whose} next appointment"
    parts = [f"{heading}: {task.title}, {day_and_time(task.due_at, zone, now)}"]
    if task.provider:
        parts.append(f"with {task.provider}")
    text = ", ".join(parts) + "."
    if task.location:
        text += f" Where: {task.location}."
    if task.instructions:
        text += f" {task.instructions}"
    return text


def format_instructions(task: CareTask | None) -> str:
    if task is None:
        return "I couldn't tell which task you mean. Ask me \"what do I need to do today\" to see your tasks by name."
    body = task.instructions or "No written instructions for this one. Your case manager can explain."
    return f"{task.title}: {body}"


def format_done(task: CareTask, completion: TaskCompletion, zone: ZoneInfo) -> str:
    return (f"Great job! I recorded \"{task.title}\" as done at {clock_time(completion.completed_at, zone)}. "
            "Your care team will see it.")

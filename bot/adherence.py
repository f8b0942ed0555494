"""How a patient keeps up with their plan: each task's occurrences over the last days,
done on time, late or missed, and the reminders that asked about them (the console's
"Reminders and adherence" card).

An occurrence counts for a task kind that records misses (`missed_after` in reminders.yml)
once its grace period is over: on time if reported done by then (on its day, for a
recurring task), late if reported after, missed if not at all. Appointments are not
counted: whether someone came is the clinic's record, not a reply.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot import careplan
from bot.models import CarePlan, CareTask, PlanStatus, Reminder, TaskCompletion, TaskStatus
from bot.reminder_policy import ReminderPolicy

WINDOW_DAYS = 30


@dataclass
class TaskAdherence:
    task: CareTask
    on_time: int = 0
    late: int = 0
    missed: int = 0
    history: list[TaskCompletion] = field(default_factory=list)  # newest first
    tracked: bool = True  # False: its kind records no misses (reminders.yml), so nothing is counted

    @property
    def counted(self) -> int:
        return self.on_time + self.late + self.missed

    def percent(self, part: int) -> int:
        return round(100 * part / self.counted) if self.counted else 0


@dataclass
class Outcomes:
    reminders_sent: int
    replies: int
    by_answer: dict[str, int]
    tasks: list[TaskAdherence]

    @property
    def total(self) -> TaskAdherence:
        total = TaskAdherence(task=None)  # type: ignore[arg-type]
        for t in self.tasks:
            total.on_time, total.late, total.missed = total.on_time + t.on_time, total.late + t.late, total.missed + t.missed
        return total


def _classify(task: CareTask, at: dt.datetime, grace: dt.timedelta, completions: list[dt.datetime],
              policy: ReminderPolicy, now: dt.datetime) -> str | None:
    """'on_time', 'late', 'missed', or None while its grace period is still running."""
    if task.recurrence:
        day = at.astimezone(policy.zone).date()
        done = [c for c in completions if c.astimezone(policy.zone).date() == day]
    else:
        done = completions or ([task.completed_at] if task.status == TaskStatus.DONE.value and task.completed_at else [])
    if done:
        return "on_time" if min(done) <= at + grace else "late"
    return "missed" if at + grace <= now else None


def for_patient(session: Session, patient_id: int, now: dt.datetime, policy: ReminderPolicy,
                days: int = WINDOW_DAYS) -> Outcomes:
    since = now - dt.timedelta(days=days)
    tasks = session.execute(select(CareTask).join(CarePlan).where(
        CarePlan.patient_id == patient_id, CarePlan.status == PlanStatus.ACTIVE.value,
        CareTask.status != TaskStatus.CANCELLED.value, CareTask.due_at.is_not(None)).order_by(CareTask.id)).scalars().all()
    rows = []
    first, last = since.astimezone(policy.zone).date(), now.astimezone(policy.zone).date()
    for task in tasks:
        grace = policy.schedule(task.kind).missed_after
        completions = sorted((c for c in task.completions), key=lambda c: c.completed_at, reverse=True)
        row = TaskAdherence(task, history=completions[:10], tracked=grace is not None)
        if grace is not None:
            times = [c.completed_at for c in completions]
            for at in careplan.occurrence_times(task, first, last, policy.zone):
                if since <= at <= now:
                    outcome = _classify(task, at, grace, times, policy, now)
                    if outcome:
                        setattr(row, outcome, getattr(row, outcome) + 1)
        rows.append(row)
    sent = session.execute(select(Reminder.answer, func.count(Reminder.id)).where(
        Reminder.patient_id == patient_id, Reminder.status == "sent", Reminder.sent_at >= since)
        .group_by(Reminder.answer)).all()
    answers = Counter({answer: count for answer, count in sent})
    return Outcomes(reminders_sent=sum(answers.values()), replies=sum(c for a, c in answers.items() if a),
                    by_answer={a: c for a, c in answers.items() if a}, tasks=rows)

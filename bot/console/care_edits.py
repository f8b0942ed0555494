"""Case managers' changes to a care plan from the console: add a task, edit it, mark it
done. The form is checked as a whole first (nothing is written when any field is wrong),
and every change is written to the audit log."""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import audit, careplan
from bot.care_import import RECURRENCE
from bot.models import CarePlan, CareTask, Patient, TaskKind, TaskStatus, values

TEXT_LIMITS = {"title": 200, "instructions": 2000, "location": 300, "provider": 200}


@dataclass(frozen=True)
class TaskForm:
    fields: dict
    errors: dict[str, str]


def read_task_form(form: dict[str, str], zone: ZoneInfo, editing: bool) -> TaskForm:
    """Plain form values -> task fields, or an error per field. `due` is the clinic's local
    time from an <input type=datetime-local> ('2026-11-24T09:30')."""
    errors: dict[str, str] = {}
    fields: dict = {}
    for name, limit in TEXT_LIMITS.items():
        value = (form.get(name) or "").strip()
        if len(value) > limit:
            errors[name] = f"at most {limit} characters"
        fields[name] = value or None
    if not fields["title"]:
        errors["title"] = "a task needs a title"
    fields["instructions"] = fields["instructions"] or ""
    kind = form.get("kind") or ""
    if kind not in values(TaskKind):
        errors["kind"] = "choose a kind"
    fields["kind"] = kind
    fields["due_at"] = None
    if (form.get("due") or "").strip():
        try:
            fields["due_at"] = dt.datetime.fromisoformat(form["due"].strip()).replace(tzinfo=zone)
        except ValueError:
            errors["due"] = "not a date and time"
    recurrence = (form.get("recurrence") or "").strip().lower() or None
    if recurrence and not RECURRENCE.match(recurrence):
        errors["recurrence"] = "daily, weekdays, or weekly:mon,thu"
    elif recurrence and fields["due_at"] is None and "due" not in errors:
        errors["due"] = "a repeating task needs a first due time"
    fields["recurrence"] = recurrence
    if editing:
        status = form.get("status") or ""
        if status not in values(TaskStatus):
            errors["status"] = "choose a status"
        fields["status"] = status
    return TaskForm(fields, errors)


def add_task(session: Session, plan: CarePlan, fields: dict, manager_id: int, now: dt.datetime) -> CareTask:
    # a key of its own, so reloading the care file (which upserts by key) never overwrites it
    task = CareTask(care_plan=plan, key=f"console-{secrets.token_hex(4)}", status=TaskStatus.PENDING.value, **fields)
    session.add(task)
    session.flush()
    audit.record(session, "case_manager", manager_id, "add_task", patient_id=plan.patient_id,
                 detail=f"task {task.id}", at=now)
    return task


def edit_task(session: Session, task: CareTask, fields: dict, manager_id: int, now: dt.datetime) -> None:
    for name, value in fields.items():
        setattr(task, name, value)
    if task.status == TaskStatus.DONE.value and task.completed_at is None:
        task.completed_at, task.completed_via = now, "console"
    audit.record(session, "case_manager", manager_id, "edit_task", patient_id=task.care_plan.patient_id,
                 detail=f"task {task.id}", at=now)


def mark_done(session: Session, task: CareTask, manager_id: int, now: dt.datetime) -> None:
    careplan.record_done(session, task, "console", "staff", now)
    audit.record(session, "case_manager", manager_id, "task_done", patient_id=task.care_plan.patient_id,
                 detail=f"task {task.id} via console", at=now)


def set_reminders(session: Session, patient: Patient, on: bool, manager_id: int, now: dt.datetime) -> None:
    """Reminders on or off for a patient (and so for their contacts and chats)."""
    patient.reminders = on
    audit.record(session, "case_manager", manager_id, "reminders_on" if on else "reminders_off",
                 patient_id=patient.id, detail="reminders switched in the console", at=now)

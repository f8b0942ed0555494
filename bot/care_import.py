"""`patient-support load FILE.yml`: case managers, patients, contacts, care plans and tasks.

The whole file is validated before anything is written, and written in one transaction,
so a bad file changes nothing. Records are upserted by stable keys (case manager email,
patient MRN, contact phone within a patient, plan key within a patient, task key within a
plan), so loading the same file twice changes nothing. The format is in docs/data-format.md.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot import phones
from bot.clock import local_today
from bot.importing import ImportReport, InvalidData, Problem, apply_fields
from bot.models import (
    AuthorizedContact,
    CarePlan,
    CaseManager,
    CareTask,
    ContactPermission,
    Patient,
    PlanStatus,
    TaskKind,
    TaskStatus,
    values,
)
from bot.passwords import hash_password, verify_password

RELATIVE_DUE = re.compile(r"^(today|tomorrow|[+-]\d{1,3}d)\s+(\d{1,2}):(\d{2})$")
RECURRENCE = re.compile(r"^(daily|weekdays|weekly:(mon|tue|wed|thu|fri|sat|sun)(,(mon|tue|wed|thu|fri|sat|sun))*)$")
LANGUAGE = re.compile(r"^[a-z]{2}(-[A-Z]{2})?$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ZIP = re.compile(r"^\d{5}$")


class _Reader:
    """Reads typed fields out of one YAML mapping and collects every problem found."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = problems

    def fail(self, row: str, name: str, message: str) -> None:
        self.problems.append(Problem(self.file, row, name, message))

    def text(self, item: dict, row: str, name: str, required: bool = True, pattern=None) -> str | None:
        value = item.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.fail(row, name, "is required")
            return None
        value = str(value).strip()
        if pattern is not None and not pattern.match(value):
            self.fail(row, name, f"{value!r} is not in the expected format")
            return None
        return value

    def choice(self, item: dict, row: str, name: str, allowed: list[str], default: str | None = None) -> str | None:
        value = item.get(name, default)
        if value is None:
            self.fail(row, name, "is required")
            return None
        if value not in allowed:
            self.fail(row, name, f"{value!r} is not one of {', '.join(allowed)}")
            return None
        return value

    def boolean(self, item: dict, row: str, name: str, default: bool = False) -> bool:
        value = item.get(name, default)
        if not isinstance(value, bool):
            self.fail(row, name, f"{value!r} is not true or false")
            return default
        return value

    def phone(self, item: dict, row: str, name: str = "phone", required: bool = True) -> str | None:
        raw = self.text(item, row, name, required=required)
        if raw is None:
            return None
        try:
            return phones.normalize(raw)
        except phones.InvalidPhone as exc:
            self.fail(row, name, str(exc))
            return None

    def date(self, item: dict, row: str, name: str) -> dt.date | None:
        value = item.get(name)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(row, name, f"{value!r} is not a date (YYYY-MM-DD)" if value is not None else "is required")
            return None

    def list_of(self, item: dict, row: str, name: str) -> list:
        value = item.get(name) or []
        if not isinstance(value, list):
            self.fail(row, name, "must be a list")
            return []
        return value


@dataclass
class _Context:
    zone: ZoneInfo
    today: dt.date
    reader: _Reader
    case_manager_emails: set[str] = field(default_factory=set)


def parse_due(value: Any, zone: ZoneInfo, today: dt.date) -> dt.datetime:
    """'today 08:00', 'tomorrow 14:30', '+3d 10:00', '-2d 09:00' or an ISO datetime."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    text = str(value).strip()
    match = RELATIVE_DUE.match(text)
    if match:
        day_word, hour, minute = match.group(1), int(match.group(2)), int(match.group(3))
        offset = {"today": 0, "tomorrow": 1}.get(day_word)
        if offset is None:
            offset = int(day_word[:-1])
        day = today + dt.timedelta(days=offset)
        return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone)
    parsed = dt.datetime.fromisoformat(text)  # raises ValueError on anything else
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _aware(value: Any, zone: ZoneInfo) -> dt.datetime:
    parsed = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value).strip())
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone)


def _case_manager(item: Any, row: str, ctx: _Context) -> dict | None:
    r = ctx.reader
    if not isinstance(item, dict):
        r.fail(row, "-", "must be a mapping")
        return None
    email = r.text(item, row, "email", pattern=EMAIL)
    record = {
        "email": email.lower() if email else None,
        "name": r.text(item, row, "name"),
        "phone": r.phone(item, row),
        "on_call": r.boolean(item, row, "on_call"),
        "password": r.text(item, row, "password", required=False),
        "password_hash": r.text(item, row, "password_hash", required=False),
    }
    if record["email"]:
        ctx.case_manager_emails.add(record["email"])
    return record


def _contact(item: Any, row: str, ctx: _Context) -> dict | None:
    r = ctx.reader
    if not isinstance(item, dict):
        r.fail(row, "-", "must be a mapping")
        return None
    permissions = r.list_of(item, row, "may_see")
    allowed = values(ContactPermission)
    for permission in permissions:
        if permission not in allowed:
            r.fail(row, "may_see", f"{permission!r} is not one of {', '.join(allowed)}")
    consent = item.get("consent_recorded_at")
    try:
        consent_at = _aware(consent, ctx.zone) if consent is not None else None
    except ValueError:
        consent_at = None
        r.fail(row, "consent_recorded_at", f"{consent!r} is not an ISO date-time")
    if consent is None:
        r.fail(row, "consent_recorded_at", "is required (no access without recorded consent)")
    language = item.get("language")  # optional: without it, the patient's language
    if language is not None and (not isinstance(language, str) or not LANGUAGE.match(language)):
        r.fail(row, "language", f"{language!r} is not a language code like 'en' or 'es'")
    gets_reminders = r.boolean(item, row, "reminders")  # also text them the patient's task reminders
    if gets_reminders and ContactPermission.TASKS.value not in permissions:
        r.fail(row, "reminders", "needs 'tasks' in may_see (a reminder names the task)")
    return {
        "phone": r.phone(item, row),
        "name": r.text(item, row, "name"),
        "relation": r.text(item, row, "relationship"),
        "permissions": ",".join(p for p in allowed if p in permissions),
        "consent_recorded_at": consent_at,
        "language": language,
        "gets_reminders": gets_reminders,
    }


def _task(item: Any, row: str, ctx: _Context) -> dict | None:
    r = ctx.reader
    if not isinstance(item, dict):
        r.fail(row, "-", "must be a mapping")
        return None
    due_at = None
    if item.get("due") is not None:
        try:
            due_at = parse_due(item["due"], ctx.zone, ctx.today)
        except ValueError:
            r.fail(row, "due", f"{item['due']!r} is not 'today HH:MM', '+Nd HH:MM' or an ISO date-time")
    recurrence = r.text(item, row, "recurrence", required=False, pattern=RECURRENCE)
    if recurrence and due_at is None:
        r.fail(row, "due", "a recurring task needs a due time to start from")
    record = {
        "key": r.text(item, row, "key"),
        "kind": r.choice(item, row, "kind", values(TaskKind)),
        "title": r.text(item, row, "title"),
        "instructions": r.text(item, row, "instructions", required=False) or "",
        "due_at": due_at,
        "recurrence": recurrence,
        "location": r.text(item, row, "location", required=False),
        "provider": r.text(item, row, "provider", required=False),
        "important": r.boolean(item, row, "important"),  # missed: the case manager is told
    }
    if "status" in item:  # status is only applied when the file states it (see _upsert_task)
        record["status"] = r.choice(item, row, "status", values(TaskStatus))
    return record


def _plan(item: Any, row: str, ctx: _Context) -> dict | None:
    r = ctx.reader
    if not isinstance(item, dict):
        r.fail(row, "-", "must be a mapping")
        return None
    goals = r.list_of(item, row, "goals")
    tasks = [_task(t, f"{row}.tasks[{i}]", ctx) for i, t in enumerate(r.list_of(item, row, "tasks"))]
    _check_unique(ctx, row, "tasks", "key", tasks)
    return {
        "key": r.text(item, row, "key"),
        "condition": r.text(item, row, "condition"),
        "goals": "\n".join(str(goal).strip() for goal in goals),
        "status": r.choice(item, row, "status", values(PlanStatus), default=PlanStatus.ACTIVE.value),
        "tasks": tasks,
    }


def _patient(item: Any, row: str, ctx: _Context) -> dict | None:
    r = ctx.reader
    if not isinstance(item, dict):
        r.fail(row, "-", "must be a mapping")
        return None
    if item.get("mrn"):
        row = f"{row} (mrn {item['mrn']})"
    case_manager = r.text(item, row, "case_manager", required=False)
    contacts = [_contact(c, f"{row}.contacts[{i}]", ctx) for i, c in enumerate(r.list_of(item, row, "contacts"))]
    plans = [_plan(p, f"{row}.care_plans[{i}]", ctx) for i, p in enumerate(r.list_of(item, row, "care_plans"))]
    _check_unique(ctx, row, "contacts", "phone", contacts)
    _check_unique(ctx, row, "care_plans", "key", plans)
    language = item.get("language", "en")
    if not isinstance(language, str) or not LANGUAGE.match(language):
        r.fail(row, "language", f"{language!r} is not a language code like 'en' or 'es'")
    return {
        "mrn": r.text(item, row, "mrn"),
        "name": r.text(item, row, "name"),
        "date_of_birth": r.date(item, row, "date_of_birth"),
        "phone": r.phone(item, row, required=False),
        "language": language,
        "sms_opt_out": r.boolean(item, row, "sms_opt_out"),
        "reminders": r.boolean(item, row, "reminders", default=True),
        "zip": r.text(item, row, "zip", required=False, pattern=ZIP),
        "case_manager": case_manager.lower() if case_manager else None,
        "contacts": contacts if "contacts" in item else None,
        "care_plans": plans,
    }


def _check_unique(ctx: _Context, row: str, name: str, key: str, records: list[dict | None]) -> None:
    seen: set = set()
    for record in records:
        if record and record.get(key) is not None:
            if record[key] in seen:
                ctx.reader.fail(row, f"{name}.{key}", f"{record[key]!r} appears twice")
            seen.add(record[key])


def parse_care_document(document: Any, file: str, zone: ZoneInfo, today: dt.date) -> dict:
    """Validate a parsed YAML document; return plain records or raise InvalidData."""
    problems: list[Problem] = []
    reader = _Reader(file, problems)
    if not isinstance(document, dict):
        raise InvalidData([Problem(file, "document", "-", "must be a mapping with case_managers and/or patients")])
    unknown = set(document) - {"case_managers", "patients"}
    for key in sorted(unknown):
        reader.fail("document", key, "is not a known section (case_managers, patients)")
    ctx = _Context(zone=zone, today=today, reader=reader)
    managers = [_case_manager(m, f"case_managers[{i}]", ctx)
                for i, m in enumerate(reader.list_of(document, "document", "case_managers"))]
    patients = [_patient(p, f"patients[{i}]", ctx)
                for i, p in enumerate(reader.list_of(document, "document", "patients"))]
    _check_unique(ctx, "document", "case_managers", "email", managers)
    _check_unique(ctx, "document", "case_managers", "phone", managers)
    _check_unique(ctx, "document", "patients", "mrn", patients)
    _check_unique(ctx, "document", "patients", "phone", patients)
    if problems:
        raise InvalidData(problems)
    return {"case_managers": managers, "patients": patients}


def read_care_file(path: Path, zone: ZoneInfo, today: dt.date) -> dict:
    file = str(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidData([Problem(file, "-", "-", f"cannot read file: {exc.strerror}")]) from exc
    except UnicodeDecodeError as exc:
        raise InvalidData([Problem(file, "-", "-", "is not UTF-8 text")]) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "-"
        raise InvalidData([Problem(file, where, "-", f"is not valid YAML: {getattr(exc, 'problem', exc)}")]) from exc
    return parse_care_document(document, file, zone, today)


# --- writing -------------------------------------------------------------------------


def _upsert_case_manager(session: Session, record: dict, report: ImportReport) -> None:
    manager = session.execute(select(CaseManager).where(CaseManager.email == record["email"])).scalar_one_or_none()
    fields = {k: record[k] for k in ("name", "phone", "on_call")}
    if record["password_hash"]:
        fields["password_hash"] = record["password_hash"]
    if manager is None:
        manager = CaseManager(email=record["email"], **fields)
        if record["password"]:
            manager.password_hash = hash_password(record["password"])
        session.add(manager)
        report.record("case_managers", "created")
        return
    changed = apply_fields(manager, fields)
    # A fresh salt would make every reload look like a change: re-hash only if it differs.
    if record["password"] and not verify_password(manager.password_hash, record["password"]):
        manager.password_hash = hash_password(record["password"])
        changed = True
    report.record("case_managers", "updated" if changed else "unchanged")


def _upsert_patient(session: Session, record: dict, file: str, report: ImportReport) -> None:
    case_manager_id = None
    if record["case_manager"]:
        case_manager_id = session.execute(
            select(CaseManager.id).where(CaseManager.email == record["case_manager"])
        ).scalar_one_or_none()
        if case_manager_id is None:
            raise InvalidData([Problem(file, f"patient {record['mrn']}", "case_manager",
                                       f"no case manager with email {record['case_manager']!r}")])
    fields = {k: record[k] for k in ("name", "date_of_birth", "phone", "language", "zip", "reminders")}
    fields["case_manager_id"] = case_manager_id
    patient = session.execute(select(Patient).where(Patient.mrn == record["mrn"])).scalar_one_or_none()
    if patient is None:
        patient = Patient(mrn=record["mrn"], sms_opt_out=record["sms_opt_out"], **fields)
        session.add(patient)
        session.flush()
        report.record("patients", "created")
    else:
        # An opt-out the patient texted (STOP) is theirs to lift, not the import file's.
        fields["sms_opt_out"] = patient.sms_opt_out or record["sms_opt_out"]
        report.record("patients", "updated" if apply_fields(patient, fields) else "unchanged")
    if record["contacts"] is not None:
        _sync_contacts(session, patient, record["contacts"], report)
    for plan in record["care_plans"]:
        _upsert_plan(session, patient, plan, report)


def _sync_contacts(session: Session, patient: Patient, records: list[dict], report: ImportReport) -> None:
    """The file's contact list is the patient's consent: contacts it no longer lists lose access."""
    existing = {c.phone: c for c in patient.contacts}
    for record in records:
        fields = {k: record[k] for k in ("name", "relation", "permissions", "consent_recorded_at", "language",
                                         "gets_reminders")}
        contact = existing.pop(record["phone"], None)
        if contact is None:
            patient.contacts.append(AuthorizedContact(phone=record["phone"], **fields))
            report.record("contacts", "created")
        else:
            report.record("contacts", "updated" if apply_fields(contact, fields) else "unchanged")
    for revoked in existing.values():
        session.delete(revoked)
        report.record("contacts", "updated")


def _upsert_plan(session: Session, patient: Patient, record: dict, report: ImportReport) -> None:
    fields = {k: record[k] for k in ("condition", "goals", "status")}
    plan = next((p for p in patient.care_plans if p.key == record["key"]), None)
    if plan is None:
        plan = CarePlan(key=record["key"], **fields)
        patient.care_plans.append(plan)
        report.record("care_plans", "created")
    else:
        report.record("care_plans", "updated" if apply_fields(plan, fields) else "unchanged")
    for task in record["tasks"]:
        _upsert_task(plan, task, report)


def _upsert_task(plan: CarePlan, record: dict, report: ImportReport) -> None:
    fields = {k: v for k, v in record.items() if k != "key"}
    task = next((t for t in plan.tasks if t.key == record["key"]), None)
    if task is None:
        plan.tasks.append(CareTask(key=record["key"], **fields))
        report.record("tasks", "created")
        return
    # Progress patients reported (done, with time and channel) survives a reload unless the
    # file says otherwise.
    report.record("tasks", "updated" if apply_fields(task, fields) else "unchanged")


def load_care_file(session: Session, path: Path, zone: ZoneInfo, today: dt.date | None = None) -> ImportReport:
    """Validate `path` and upsert it in the caller's transaction. Raises InvalidData."""
    today = today or local_today(zone)
    data = read_care_file(path, zone, today)
    report = ImportReport()
    try:
        for manager in data["case_managers"]:
            _upsert_case_manager(session, manager, report)
        session.flush()
        for patient in data["patients"]:
            _upsert_patient(session, patient, str(path), report)
        session.flush()
    except IntegrityError as exc:
        # e.g. a phone number that another patient already has in the database
        raise InvalidData([Problem(str(path), "-", "-", f"conflicts with stored records: {exc.orig}")]) from exc
    return report

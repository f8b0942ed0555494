"""What the console shows, as plain functions over a database session: read-side views
only. Every change to an escalation (claim, reassign, reply, resolve) and every staff
notification goes through bot/escalation.py."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from bot import adherence, careplan, language, reminder_policy
from bot.clock import clinic_zone, now_utc
from bot.reminder_policy import ReminderPolicy
from bot.coverage import Coverage
from bot.escalation import OPEN_STATUSES, PRIORITY_RANK
from bot.models import AuditLog, AuthorizedContact, CarePlan, CareTask, CaseManager, Escalation, MissedTask, OutboundMessage, Patient


LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}


@dataclass(frozen=True)
class InboxRow:
    escalation: Escalation
    due: dt.datetime
    minutes_left: int
    who: str
    new_message: bool  # the person wrote again after asking, since the last staff reply
    language: str = "en"  # what the person is answered in (bot/language.py)


def _who(session: Session, escalation: Escalation) -> str:
    if escalation.contact_id:
        contact = session.get(AuthorizedContact, escalation.contact_id)
        return f"{contact.name} ({contact.relation} of {contact.patient.name})" if contact else "family contact"
    if escalation.patient_id:
        patient = session.get(Patient, escalation.patient_id)
        return patient.name if patient else "patient"
    return "unknown sender"


def _new_message(escalation: Escalation) -> bool:
    seen_until = escalation.last_staff_reply_at or escalation.created_at
    return bool(escalation.last_patient_message_at and escalation.last_patient_message_at > seen_until)


def escalation_language(session: Session, escalation: Escalation) -> str:
    """The language the person who asked is answered in: their record's, or their number's."""
    identity = f"phone:{escalation.callback_number}" if escalation.callback_number else escalation.conversation_id
    return language.for_identity(session, identity, escalation.patient_id, escalation.contact_id)


def inbox(session: Session, now: dt.datetime, coverage: Coverage,
          only_language: str | None = None) -> tuple[list[InboxRow], dict[str, int]]:
    """Open escalations, most urgent first, then least time left; and counts by priority.
    `only_language`: just the requests of people answered in that language."""
    rows = []
    for escalation in session.execute(select(Escalation).where(Escalation.status.in_(OPEN_STATUSES))).scalars():
        spoken = escalation_language(session, escalation)
        if only_language and spoken != only_language:
            continue
        due = coverage.response_due(escalation.priority, escalation.created_at)
        rows.append(InboxRow(escalation, due, int((due - now).total_seconds() // 60), _who(session, escalation),
                             _new_message(escalation), spoken))
    rows.sort(key=lambda r: (PRIORITY_RANK[r.escalation.priority], r.due))
    counts = {priority: sum(1 for r in rows if r.escalation.priority == priority) for priority in PRIORITY_RANK}
    return rows, counts


def inbox_version(session: Session) -> str:
    """Changes whenever the inbox would: a new, changed or closed escalation, or a new
    message from a person. The browser polls it and reloads the list only then."""
    rows = session.execute(
        select(Escalation.id, Escalation.status, Escalation.priority, Escalation.assigned_case_manager_id,
               Escalation.last_patient_message_at, Escalation.last_staff_reply_at)
        .where(Escalation.status.in_(OPEN_STATUSES)).order_by(Escalation.id)).all()
    return hashlib.sha256(repr([tuple(row) for row in rows]).encode()).hexdigest()[:16]


def audited_since(session: Session, manager_id: int, action: str, detail: str, since: dt.datetime) -> bool:
    """Whether this case manager's `action` on `detail` is in the audit log after `since`."""
    return session.execute(select(AuditLog.id).where(
        AuditLog.actor_type == "case_manager", AuditLog.actor_id == str(manager_id), AuditLog.action == action,
        AuditLog.detail == detail, AuditLog.at > since).limit(1)).first() is not None


def _missed_tasks(session: Session, escalation: Escalation) -> list[CareTask]:
    """The tasks whose missed occurrences opened or joined this escalation (bot/reminders.py)."""
    return list(session.execute(select(CareTask).join(MissedTask, MissedTask.task_id == CareTask.id)
                                .where(MissedTask.escalation_id == escalation.id).order_by(CareTask.id)).scalars().unique())


def escalation_view(session: Session, escalation_id: int, coverage: Coverage, now: dt.datetime) -> dict | None:
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        return None
    patient = session.get(Patient, escalation.patient_id) if escalation.patient_id else None
    contact = session.get(AuthorizedContact, escalation.contact_id) if escalation.contact_id else None
    tasks = careplan.active_tasks(session, patient.id) if patient else []
    missed = _missed_tasks(session, escalation)
    return {
        "escalation": escalation, "patient": patient, "contact": contact, "who": _who(session, escalation),
        # e.g. the appointment a "can't make it" answered a reminder for; a missed dose is named as missed, not as what a
        # request the person made later is about (found by using it: "can i do my blood test another time" showed
        # "about: Take furosemide", the dose the scheduler's request was opened for)
        "about_task": escalation.task if escalation.task is not None and escalation.task not in missed else None,
        "missed_tasks": missed,
        "role": "family contact" if contact else ("patient" if patient else "unknown sender"),
        "verified": "verified" if escalation.sender_verified else "not verified",
        "language": LANGUAGE_NAMES.get(escalation_language(session, escalation), "English"),
        "due": coverage.response_due(escalation.priority, escalation.created_at),
        "tasks": sorted(tasks, key=lambda t: (t.due_at is None, t.due_at or now)),
        "managers": managers(session),
        "assigned": session.get(CaseManager, escalation.assigned_case_manager_id)
        if escalation.assigned_case_manager_id else None,
        "undelivered": undelivered_to(session, [escalation.callback_number]),
    }


# Outbound message states that mean the person did not get it (yet): the provider failed
# or refused it, Twilio's status callback said undelivered, or the retry loop still has it.
NOT_THROUGH = ("failed", "undeliverable", "undelivered", "retrying")
BODY_PREVIEW = 80


@dataclass(frozen=True)
class UndeliveredRow:
    at: dt.datetime
    to_number: str
    status: str
    attempts: int
    error: str
    body: str  # the first BODY_PREVIEW characters


def undelivered_to(session: Session, phones, limit: int = 20) -> list[UndeliveredRow]:
    """Messages to these numbers that did not get through or are still being retried,
    newest first. For the PHI-authorized escalation and patient pages only."""
    numbers = sorted({phone for phone in phones if phone})
    if not numbers:
        return []
    rows = session.execute(select(OutboundMessage)
                           .where(OutboundMessage.to_number.in_(numbers), OutboundMessage.status.in_(NOT_THROUGH))
                           .order_by(OutboundMessage.created_at.desc(), OutboundMessage.id.desc())
                           .limit(limit)).scalars()
    return [UndeliveredRow(at=m.created_at, to_number=m.to_number, status=m.status, attempts=m.attempts,
                           error=(m.error or "")[:200],
                           body=m.body if len(m.body) <= BODY_PREVIEW else m.body[:BODY_PREVIEW - 1] + "…")
            for m in rows]


def managers(session: Session) -> list[CaseManager]:
    return list(session.execute(select(CaseManager).order_by(CaseManager.name)).scalars())


# --- patients ---------------------------------------------------------------------------


def patients(session: Session, query: str = "") -> list[tuple[Patient, int]]:
    """Patients by name, with their count of open escalations; `query` matches name or MRN."""
    open_count = (select(func.count(Escalation.id))
                  .where(Escalation.patient_id == Patient.id, Escalation.status.in_(OPEN_STATUSES))
                  .scalar_subquery())
    statement = select(Patient, open_count).order_by(Patient.name)
    if query.strip():
        like = f"%{query.strip().lower()}%"
        statement = statement.where(or_(func.lower(Patient.name).like(like), func.lower(Patient.mrn).like(like)))
    return [(patient, count) for patient, count in session.execute(statement).all()]


def patient_view(session: Session, patient_id: int, reminders: ReminderPolicy | None = None) -> dict | None:
    """The record a case manager documents care in: plans and tasks, who may see what,
    every escalation with its outcome, texts to the patient or a contact that did not get
    through, and who looked at the record."""
    patient = session.get(Patient, patient_id)
    if patient is None:
        return None
    plans = session.execute(select(CarePlan).where(CarePlan.patient_id == patient_id)
                            .order_by(CarePlan.status, CarePlan.condition)).scalars().all()
    escalations = session.execute(select(Escalation).where(Escalation.patient_id == patient_id)
                                  .order_by(Escalation.created_at.desc())).scalars().all()
    audit_trail = session.execute(select(AuditLog).where(AuditLog.patient_id == patient_id)
                                  .order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(50)).scalars().all()
    staff = {m.id: m.name for m in managers(session)}
    contacts = sorted(patient.contacts, key=lambda c: c.name)
    phone_owner = {c.phone: c.name for c in contacts}  # whose number each undelivered text went to
    if patient.phone:
        phone_owner[patient.phone] = patient.name
    return {"patient": patient, "plans": plans, "contacts": contacts,
            "escalations": escalations, "audit_trail": audit_trail, "staff": staff,
            "undelivered": undelivered_to(session, [patient.phone, *(c.phone for c in contacts)]),
            "phone_owner": phone_owner, "language_names": LANGUAGE_NAMES,
            "outcomes": adherence.for_patient(session, patient_id, now_utc(), reminders or reminder_policy.default(clinic_zone()))}

"""What the console shows and changes, as plain functions over a database session."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import careplan
from bot.escalation import OPEN_STATUSES, PRIORITY_RANK, response_due
from bot.models import AuditLog, AuthorizedContact, CaseManager, Escalation, EscalationStatus, Patient


@dataclass(frozen=True)
class InboxRow:
    escalation: Escalation
    due: dt.datetime
    minutes_left: int
    who: str


def _who(session: Session, escalation: Escalation) -> str:
    if escalation.contact_id:
        contact = session.get(AuthorizedContact, escalation.contact_id)
        return f"{contact.name} ({contact.relation} of {contact.patient.name})" if contact else "family contact"
    if escalation.patient_id:
        patient = session.get(Patient, escalation.patient_id)
        return patient.name if patient else "patient"
    return "unknown sender"


def inbox(session: Session, now: dt.datetime, zone: ZoneInfo) -> tuple[list[InboxRow], dict[str, int]]:
    """Open escalations, most urgent first, then least time left; and counts by priority."""
    rows = []
    for escalation in session.execute(select(Escalation).where(Escalation.status.in_(OPEN_STATUSES))).scalars():
        due = response_due(escalation.priority, escalation.created_at, zone)
        rows.append(InboxRow(escalation, due, int((due - now).total_seconds() // 60), _who(session, escalation)))
    rows.sort(key=lambda r: (PRIORITY_RANK[r.escalation.priority], r.due))
    counts = {priority: sum(1 for r in rows if r.escalation.priority == priority) for priority in PRIORITY_RANK}
    return rows, counts


def audit(session: Session, manager_id: int, action: str, patient_id: int | None, detail: str, now: dt.datetime) -> None:
    session.add(AuditLog(at=now, actor_type="case_manager", actor_id=str(manager_id), action=action,
                         patient_id=patient_id, detail=detail))


def escalation_view(session: Session, escalation_id: int, zone: ZoneInfo, now: dt.datetime) -> dict | None:
    escalation = session.get(Escalation, escalation_id)
    if escalation is None:
        return None
    patient = session.get(Patient, escalation.patient_id) if escalation.patient_id else None
    contact = session.get(AuthorizedContact, escalation.contact_id) if escalation.contact_id else None
    tasks = careplan.active_tasks(session, patient.id) if patient else []
    return {
        "escalation": escalation, "patient": patient, "contact": contact, "who": _who(session, escalation),
        "role": "family contact" if contact else ("patient" if patient else "unknown sender"),
        "due": response_due(escalation.priority, escalation.created_at, zone),
        "tasks": sorted(tasks, key=lambda t: (t.due_at is None, t.due_at or now)),
        "managers": list(session.execute(select(CaseManager).order_by(CaseManager.name)).scalars()),
        "assigned": session.get(CaseManager, escalation.assigned_case_manager_id)
        if escalation.assigned_case_manager_id else None,
    }


def claim(session: Session, escalation: Escalation, manager_id: int, now: dt.datetime) -> None:
    escalation.assigned_case_manager_id = manager_id
    if escalation.status == EscalationStatus.OPEN.value:
        escalation.status, escalation.claimed_at = EscalationStatus.CLAIMED.value, now


def record_reply(escalation: Escalation, now: dt.datetime) -> None:
    escalation.first_reply_at = escalation.first_reply_at or now
    if escalation.status == EscalationStatus.OPEN.value:
        escalation.status, escalation.claimed_at = EscalationStatus.CLAIMED.value, now


def resolve(escalation: Escalation, note: str, now: dt.datetime) -> None:
    escalation.status, escalation.resolved_at, escalation.outcome_note = EscalationStatus.RESOLVED.value, now, note

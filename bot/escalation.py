"""Handing a conversation to a human case manager: open (once per conversation), route,
queue a notification without PHI, and say who follows up by when."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.identity import Role, Sender
from bot.models import CaseManager, Escalation, EscalationStatus, OutboundMessage, Patient, Priority

PRIORITY_RANK = {Priority.URGENT.value: 0, Priority.HIGH.value: 1, Priority.NORMAL.value: 2}
RESPONSE_TARGETS = {Priority.URGENT.value: dt.timedelta(minutes=15), Priority.HIGH.value: dt.timedelta(hours=2)}
END_OF_BUSINESS = dt.time(17, 0)
OPEN_STATUSES = (EscalationStatus.OPEN.value, EscalationStatus.CLAIMED.value)


def response_due(priority: str, created_at: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """Urgent 15 minutes, high 2 hours, normal by the end of the next business day."""
    if priority in RESPONSE_TARGETS:
        return created_at + RESPONSE_TARGETS[priority]
    day = created_at.astimezone(zone).date() + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return dt.datetime.combine(day, END_OF_BUSINESS, tzinfo=zone).astimezone(dt.timezone.utc)


def on_call(session: Session) -> CaseManager | None:
    return session.execute(select(CaseManager).where(CaseManager.on_call.is_(True)).order_by(CaseManager.id)).scalars().first()


def route(session: Session, patient_id: int | None) -> CaseManager | None:
    """The patient's own case manager, else whoever is on call."""
    patient = session.get(Patient, patient_id) if patient_id else None
    if patient and patient.case_manager:
        return patient.case_manager
    return on_call(session)


def open_for_conversation(session: Session, conversation_id: str) -> Escalation | None:
    return session.execute(
        select(Escalation).where(Escalation.conversation_id == conversation_id, Escalation.status.in_(OPEN_STATUSES))
        .order_by(Escalation.id)
    ).scalars().first()


def notification_text(escalation: Escalation, console_url: str) -> str:
    """What the case manager's phone shows: no names, no reasons, nothing clinical."""
    return f"New {escalation.priority} request #{escalation.id}. Open the console: {console_url}/escalations/{escalation.id}"


def open_escalation(session: Session, *, conversation_id: str, sender: Sender, channel: str, reason: str,
                    priority: str, now: dt.datetime, console_url: str) -> tuple[Escalation, bool]:
    """Open an escalation, or return the conversation's open one (raising its priority if
    this request is more urgent). Returns (escalation, created)."""
    existing = open_for_conversation(session, conversation_id)
    if existing is not None:
        if PRIORITY_RANK[priority] < PRIORITY_RANK[existing.priority]:
            existing.priority = priority
            _queue_notification(session, existing, console_url)
        return existing, False
    manager = route(session, sender.patient_id if sender.role != Role.UNKNOWN else None)
    escalation = Escalation(
        conversation_id=conversation_id, patient_id=sender.patient_id, contact_id=sender.contact_id,
        channel=channel, reason=reason, priority=priority, status=EscalationStatus.OPEN.value,
        assigned_case_manager_id=manager.id if manager else None, callback_number=sender.phone, created_at=now,
    )
    session.add(escalation)
    session.flush()
    _queue_notification(session, escalation, console_url)
    return escalation, True


def _queue_notification(session: Session, escalation: Escalation, console_url: str) -> None:
    manager = session.get(CaseManager, escalation.assigned_case_manager_id) if escalation.assigned_case_manager_id else None
    if manager is None:
        return  # no staff at all: the console inbox still shows it
    session.add(OutboundMessage(to_number=manager.phone, body=notification_text(escalation, console_url),
                                purpose="notification", status="queued", escalation_id=escalation.id))
    session.flush()


def follow_up_text(session: Session, escalation: Escalation, sender: Sender, zone: ZoneInfo, now: dt.datetime) -> str:
    """Who follows up, and by when. Names the case manager only to a verified-capable sender
    (a patient or contact on file); an unknown number hears "a case manager"."""
    due = response_due(escalation.priority, escalation.created_at, zone).astimezone(zone)
    if due.date() == now.astimezone(zone).date():
        when = f"by {due.strftime('%-I:%M %p')} today"
    else:
        when = f"by {due.strftime('%A')} {due.strftime('%-I:%M %p')}"
    manager = session.get(CaseManager, escalation.assigned_case_manager_id) if escalation.assigned_case_manager_id else None
    who = "A case manager"
    if manager and sender.role != Role.UNKNOWN:
        who = f"{manager.name.split(',')[0]}, a case manager,"
    how = "at this number" if sender.phone else "here"
    return f"{who} will contact you {how} {when}. If this is an emergency, call 911."


def listing(session: Session, only_open: bool = False) -> list[dict]:
    """Escalations for operators and scripts: no PHI beyond ids (reason is a code)."""
    query = select(Escalation).order_by(Escalation.created_at.desc())
    if only_open:
        query = query.where(Escalation.status.in_(OPEN_STATUSES))

    def stamp(value: dt.datetime | None) -> str | None:
        return value.isoformat() if value else None

    return [{"id": e.id, "priority": e.priority, "status": e.status, "reason": e.reason,
             "conversation": e.conversation_id, "channel": e.channel, "patient_id": e.patient_id,
             "assigned_case_manager_id": e.assigned_case_manager_id, "created_at": stamp(e.created_at),
             "claimed_at": stamp(e.claimed_at), "first_reply_at": stamp(e.first_reply_at),
             "resolved_at": stamp(e.resolved_at)}
            for e in session.execute(query).scalars()]

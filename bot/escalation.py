"""Handing a conversation to a human case manager: open (once per conversation), route,
queue a notification without PHI, say who follows up by when, claim, reassign, record a
staff reply, resolve, acknowledge a person who writes again during the hand-off, and
chase escalations nobody claimed in time (remind, then hand to the on-call case manager).

This is the one module that changes an escalation's status, assignment or timestamps,
and the one that queues staff notifications (`_queue_notification`): the assistant and
the console call these functions; bot/console/data.py only reads."""
from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from bot import catalogue, rate_limits
from bot.catalogue import say
from bot.config import Limits, load_settings
from bot.coverage import Coverage
from bot.identity import Role, Sender
from bot.models import CaseManager, Escalation, EscalationStatus, OutboundMessage, Patient, Priority

PRIORITY_RANK = {Priority.URGENT.value: 0, Priority.HIGH.value: 1, Priority.NORMAL.value: 2}
OPEN_STATUSES = (EscalationStatus.OPEN.value, EscalationStatus.CLAIMED.value)
log = logging.getLogger(__name__)


def on_call(session: Session) -> CaseManager | None:
    return session.execute(select(CaseManager).where(CaseManager.on_call.is_(True)).order_by(CaseManager.id)).scalars().first()


def route(session: Session, patient_id: int | None, in_hours: bool) -> CaseManager | None:
    """In working hours the patient's own case manager; after hours, or for a sender with
    no case manager, whoever is on call. Nobody on call: the own case manager after all."""
    patient = session.get(Patient, patient_id) if patient_id else None
    own = patient.case_manager if patient else None
    if own is not None and in_hours:
        return own
    return on_call(session) or own


# Opened by the scheduler, not asked for by the person. A request the person makes while one is
# open takes its reason, so the inbox shows what was asked (found by using it: "can't make my
# appointment" showed as "task missed", and the person read "your request is already with the
# care team" though they had never asked).
SYSTEM_REASONS = frozenset({"task_missed"})


def open_for_conversation(session: Session, conversation_id: str) -> Escalation | None:
    return session.execute(
        select(Escalation).where(Escalation.conversation_id == conversation_id, Escalation.status.in_(OPEN_STATUSES))
        .order_by(Escalation.id)
    ).scalars().first()


NOTIFICATIONS = {  # what the case manager's phone shows: no names, no reasons, nothing clinical
    "new": "New {priority} request #{id}. Open the console: {link}",
    "reminder": "Reminder: {priority} request #{id} is still unclaimed. Open the console: {link}",
    "on_call": "On call: unclaimed {priority} request #{id} is now yours. Open the console: {link}",
    "assigned": "{Priority} request #{id} was assigned to you. Open the console: {link}",
}


def notification_text(escalation: Escalation, console_url: str, kind: str = "new") -> str:
    return NOTIFICATIONS[kind].format(priority=escalation.priority, Priority=escalation.priority.capitalize(),
                                      id=escalation.id, link=f"{console_url}/escalations/{escalation.id}")


def open_escalation(session: Session, *, conversation_id: str, sender: Sender, verified: bool, channel: str,
                    reason: str, priority: str, now: dt.datetime, coverage: Coverage,
                    console_url: str, limits: Limits | None = None) -> tuple[Escalation, bool]:
    """Open an escalation, or return the conversation's open one (raising its priority if
    this request is more urgent, and taking its reason: a crisis after a check-in shows as
    a crisis in the inbox, and its reply, guidance only, is followed by who has it).
    Returns (escalation, created). Staff are paged for it
    unless the sender's escalations already paged `limits.staff_pages` times within the
    window (STAFF_PAGE_LIMIT): then it only shows in the console."""
    existing = open_for_conversation(session, conversation_id)
    if existing is not None:
        existing.last_patient_message_at = now
        # a person verified since it was opened (the scheduler opens a missed dose's as not verified): the console
        # shows who is asking now (found by using it: a verified patient's crisis showed "not verified")
        existing.sender_verified = existing.sender_verified or verified
        if PRIORITY_RANK[priority] < PRIORITY_RANK[existing.priority]:
            existing.priority, existing.reason = priority, reason
            if _may_page(session, conversation_id, limits):
                _queue_notification(session, existing, console_url)
        elif existing.reason in SYSTEM_REASONS and reason not in SYSTEM_REASONS:
            existing.reason = reason
        return existing, False
    patient_id = sender.patient_id if sender.role != Role.UNKNOWN else None
    manager = route(session, patient_id, coverage.in_hours(now))
    escalation = Escalation(
        conversation_id=conversation_id, patient_id=sender.patient_id, contact_id=sender.contact_id,
        channel=channel, reason=reason, priority=priority, status=EscalationStatus.OPEN.value,
        assigned_case_manager_id=manager.id if manager else None, callback_number=sender.phone, created_at=now,
        sender_verified=verified, last_patient_message_at=now,
    )
    session.add(escalation)
    session.flush()
    if _may_page(session, conversation_id, limits):
        _queue_notification(session, escalation, console_url)
    return escalation, True


def _may_page(session: Session, conversation_id: str, limits: Limits | None) -> bool:
    """The paging cap per sender (a phone, or every anonymous chat of one client address):
    pages are the "new" notifications its escalations queued (not reminders or hand-overs)."""
    limits = limits or load_settings().limits
    if rate_limits.may_page(session, conversation_id, NOTIFICATIONS["new"].split("{", 1)[0] + "%", limits):
        return True
    log.warning("escalation for conversation ***%s not paged: its sender reached the paging limit",
                conversation_id[-4:])
    return False


def _queue_notification(session: Session, escalation: Escalation, console_url: str, kind: str = "new") -> None:
    manager = session.get(CaseManager, escalation.assigned_case_manager_id) if escalation.assigned_case_manager_id else None
    if manager is None:
        return  # no staff at all: the console inbox still shows it
    urgent = escalation.priority == Priority.URGENT.value  # sent and retried before everything else
    session.add(OutboundMessage(to_number=manager.phone, body=notification_text(escalation, console_url, kind),
                                purpose="notification", status="queued", escalation_id=escalation.id,
                                priority=0 if urgent else 1))
    session.flush()


def note_patient_message(session: Session, conversation_id: str, now: dt.datetime) -> bool:
    """Stamp the open escalation with the person's latest message (the console's live
    inbox shows it). False when the conversation has no open escalation."""
    escalation = open_for_conversation(session, conversation_id)
    if escalation is None:
        return False
    escalation.last_patient_message_at = now
    return True


def _who_and_when(session: Session, escalation: Escalation, sender: Sender, coverage: Coverage,
                  now: dt.datetime) -> tuple[str | None, str, str]:
    """(the assigned case manager's name, or None when the sender may not be told it;
    how they will be contacted; by when). Names the case manager only to a sender on file
    (a patient or contact). Past the response target, "as soon as they can"."""
    lang = sender.language
    when = by_when(coverage.response_due(escalation.priority, escalation.created_at), now, coverage.zone, lang)
    manager = session.get(CaseManager, escalation.assigned_case_manager_id) if escalation.assigned_case_manager_id else None
    name = manager.name.split(",")[0] if manager and sender.role != Role.UNKNOWN else None
    how = say("how_phone", lang) if sender.phone else say("how_here", lang)
    return name, how, when


def by_when(due: dt.datetime, now: dt.datetime, zone, lang: str) -> str:
    """ "by 4:00 PM today", "by Thursday 5:00 PM", "as soon as they can" once past due. A
    target at midnight (a service open round the clock) is the end of the day before:
    "by the end of Wednesday", not "by Thursday 12:00 AM"."""
    due = due.astimezone(zone)
    today = now.astimezone(zone).date()
    if due <= now:
        return say("when_soon", lang)
    if due.time() == dt.time(0, 0):
        last_day = due - dt.timedelta(minutes=1)
        if last_day.date() == today:
            return say("when_today_end", lang)
        return say("when_day_end", lang, day=catalogue.weekday(last_day, zone, lang))
    if due.date() == today:
        return say("when_today", lang, time=catalogue.clock_time(due, zone, lang))
    return say("when_day", lang, day=catalogue.weekday(due, zone, lang), time=catalogue.clock_time(due, zone, lang))


def follow_up_text(session: Session, escalation: Escalation, sender: Sender, coverage: Coverage,
                   now: dt.datetime) -> str:
    """Who follows up, and by when. Names the case manager only to a sender on file (a
    patient or contact); an unknown number hears "a case manager"."""
    name, how, when = _who_and_when(session, escalation, sender, coverage, now)
    if name:
        return say("follow_up_named", sender.language, name=name, how=how, when=when)
    return say("follow_up_anonymous", sender.language, how=how, when=when)


def acknowledge_if_quiet(session: Session, conversation_id: str, sender: Sender, coverage: Coverage,
                         now: dt.datetime, quiet: dt.timedelta) -> str | None:
    """While a case manager has the conversation the assistant does not answer for them,
    but no message goes unanswered: a person who writes again and has heard nothing for
    `quiet` is told who has it and by when; within `quiet` of being told, a one-line receipt
    that the same person will see this message too.

    Returns None when the conversation has no open or claimed escalation (the assistant
    answers as usual); otherwise the text to send. The full acknowledgement stamps
    `last_ack_at` by a conditional update, so two servers handling messages at once never
    both send it (the other sends the receipt). The text names the assigned case manager
    (once claimed, the claimer) only to a sender on file, and nothing clinical."""
    escalation = open_for_conversation(session, conversation_id)
    if escalation is None:
        return None
    # The reply that opened it named who follows up and by when, except a crisis reply,
    # which gives guidance only: then the person's next message is acknowledged at once.
    told_at_opening = escalation.reason != "crisis"
    said = [moment for moment in (escalation.created_at if told_at_opening else None,
                                  escalation.last_staff_reply_at, escalation.last_ack_at) if moment is not None]
    quiet_since = now - quiet
    if said and max(said) > quiet_since:
        return _receipt(session, escalation, sender, coverage, now)
    unchanged = [Escalation.id == escalation.id, Escalation.status.in_(OPEN_STATUSES),
                 or_(Escalation.last_staff_reply_at.is_(None), Escalation.last_staff_reply_at <= quiet_since),
                 or_(Escalation.last_ack_at.is_(None), Escalation.last_ack_at <= quiet_since)]
    if told_at_opening:
        unchanged.append(Escalation.created_at <= quiet_since)
    stamped = session.execute(
        update(Escalation).where(*unchanged).values(last_ack_at=now).execution_options(synchronize_session="fetch")
    ).rowcount
    if not stamped:  # another server acknowledged (or staff replied) since we read it
        return _receipt(session, escalation, sender, coverage, now)
    name, how, when = _who_and_when(session, escalation, sender, coverage, now)
    if name:
        return say("handoff_ack_named", sender.language, name=name, how=how, when=when)
    return say("handoff_ack_anonymous", sender.language, how=how, when=when)


def _receipt(session: Session, escalation: Escalation, sender: Sender, coverage: Coverage, now: dt.datetime) -> str:
    """ "Got it: Grace Okafor will see this message too." Short, because the person was told
    who has the conversation and by when moments ago."""
    name, _how, _when = _who_and_when(session, escalation, sender, coverage, now)
    return say("handoff_received_named", sender.language, name=name) if name else say("handoff_received", sender.language)


# --- staff changes from the console -----------------------------------------------------


def claim(session: Session, escalation: Escalation, manager_id: int, now: dt.datetime) -> None:
    """The case manager takes the escalation: it is assigned to them, and an open one
    becomes claimed (an already claimed one keeps its first claim time)."""
    escalation.assigned_case_manager_id = manager_id
    if escalation.status == EscalationStatus.OPEN.value:
        escalation.status, escalation.claimed_at = EscalationStatus.CLAIMED.value, now


def reassign(session: Session, escalation: Escalation, manager_id: int, console_url: str) -> bool:
    """Hand the escalation to another case manager, who gets a notification (no PHI).
    False when there is no such case manager."""
    manager = session.get(CaseManager, manager_id)
    if manager is None:
        return False
    if manager.id != escalation.assigned_case_manager_id:
        escalation.assigned_case_manager_id = manager.id
        _queue_notification(session, escalation, console_url, kind="assigned")
    return True


def record_reply(session: Session, escalation: Escalation, now: dt.datetime) -> None:
    """A staff reply went to the person: the first and latest reply times; an open
    escalation becomes claimed."""
    escalation.first_reply_at = escalation.first_reply_at or now
    escalation.last_staff_reply_at = now
    if escalation.status == EscalationStatus.OPEN.value:
        escalation.status, escalation.claimed_at = EscalationStatus.CLAIMED.value, now


def resolve(session: Session, escalation: Escalation, note: str, now: dt.datetime) -> None:
    """Close the escalation with its outcome note; the assistant answers the person again."""
    escalation.status, escalation.resolved_at, escalation.outcome_note = EscalationStatus.RESOLVED.value, now, note


# --- chasing escalations nobody claimed -------------------------------------------------


def chase_unclaimed(session: Session, now: dt.datetime, coverage: Coverage, console_url: str) -> list[tuple[int, str]]:
    """Escalations still unclaimed past their response target: remind the assigned case
    manager once; still unclaimed `on_call_after` later, hand to the on-call case manager.
    Each step is taken with a conditional update, so several console processes running
    this at once never double-notify. Returns [(escalation id, "reminder" | "on_call")]."""
    taken = []
    unclaimed = session.execute(select(Escalation).where(Escalation.status == EscalationStatus.OPEN.value)
                                .order_by(Escalation.id)).scalars().all()
    for escalation in unclaimed:
        due = coverage.response_due(escalation.priority, escalation.created_at)
        if escalation.reminded_at is None and now >= due:
            step = "reminder"
        elif (escalation.reminded_at is not None and escalation.passed_to_on_call_at is None
              and now >= escalation.reminded_at + coverage.on_call_after):
            step = "on_call"
        else:
            continue
        if _take_step(session, escalation, step, now):
            if step == "on_call":
                manager = on_call(session)
                escalation.assigned_case_manager_id = manager.id if manager else escalation.assigned_case_manager_id
            _queue_notification(session, escalation, console_url, kind=step)
            taken.append((escalation.id, step))
    return taken


def _take_step(session: Session, escalation: Escalation, step: str, now: dt.datetime) -> bool:
    column = Escalation.reminded_at if step == "reminder" else Escalation.passed_to_on_call_at
    claimed = session.execute(
        update(Escalation)
        .where(Escalation.id == escalation.id, Escalation.status == EscalationStatus.OPEN.value, column.is_(None))
        .values({column: now})
        .execution_options(synchronize_session="fetch")
    ).rowcount
    return bool(claimed)


def listing(session: Session, only_open: bool = False) -> list[dict]:
    """Escalations for operators and scripts: no PHI beyond ids (reason is a code)."""
    query = select(Escalation).order_by(Escalation.created_at.desc(), Escalation.id.desc())
    if only_open:
        query = query.where(Escalation.status.in_(OPEN_STATUSES))

    def stamp(value: dt.datetime | None) -> str | None:
        return value.isoformat() if value else None

    return [{"id": e.id, "priority": e.priority, "status": e.status, "reason": e.reason,
             "conversation": e.conversation_id, "channel": e.channel, "patient_id": e.patient_id,
             "assigned_case_manager_id": e.assigned_case_manager_id, "sender_verified": e.sender_verified,
             "created_at": stamp(e.created_at), "claimed_at": stamp(e.claimed_at),
             "first_reply_at": stamp(e.first_reply_at), "reminded_at": stamp(e.reminded_at),
             "passed_to_on_call_at": stamp(e.passed_to_on_call_at), "resolved_at": stamp(e.resolved_at)}
            for e in session.execute(query).scalars()]

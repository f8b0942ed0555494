"""Reminders: the assistant texts first about care-plan tasks, and the answer closes the loop.

One pass (`run_pass`, every REMINDER_CHECK_SECONDS from the console's background watch,
bot/scheduler.py) does three things, each safe with several schedulers running at once:

- **claim** what is due now: for each occurrence of an active task, each step of its kind's
  schedule (bot/reminder_policy.py) whose moment has come and whose usefulness has not
  passed, for each person (the patient, a contact set to get reminders; by phone, else
  in their open web chat), a `reminders` row is inserted. The row's unique key (task,
  occurrence, step, person) is the claim: whichever scheduler inserts it sends it,
  nobody sends it twice, restarts included. Nothing is claimed during quiet hours; a step
  whose moment fell in them waits until they end and is dropped if its usefulness has
  passed by then (no 8 a.m. reminder for a 9 p.m. insulin);
- **record misses**: an occurrence still not done `missed_after` its due time gets one
  `missed_tasks` row, and for a task marked important one normal-priority escalation;
- hand back the claimed reminder ids for the scheduler to deliver through Rasa
  (`trigger_intent`), so the reminder is part of the conversation the answer lands in.

The dialogue's action calls `mark_sent`, the one gate from `claimed` to `sent`: a trigger
repeated after a timeout utters nothing the second time. What the person answers
("done", "sí", "can't make it", "later") is read against `latest_open` for their identity.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, selectinload

from bot import careplan, escalation, identity
from bot.catalogue import say
from bot.config import Settings
from bot.coverage import Coverage
from bot.identity import Role, Sender
from bot.models import (CarePlan, CareTask, ChatSession, ContactPermission, MissedTask, Patient,
                        PlanStatus, Priority, Reminder, SmsOptOut, TaskCompletion, TaskKind, TaskStatus)
from bot.reminder_policy import ReminderPolicy

log = logging.getLogger(__name__)

SNOOZE_STEP = "snooze"
# A claimed reminder whose trigger got no answer from Rasa (a restart, a timeout) is
# triggered again after this long, at most MAX_TRIGGERS times in all.
RETRIGGER_AFTER = dt.timedelta(minutes=2)
MAX_TRIGGERS = 3
# How far back a pass looks for moments it never saw (a scheduler that was down): older
# ones are neither sent nor recorded.
LOOKBACK = dt.timedelta(days=1)


@dataclass(frozen=True)
class Recipient:
    person: str          # "patient:3" | "contact:7"
    identity: str        # "phone:+1312..." | "web:session:<id>"
    channel: str         # sms | webchat
    conversation_id: str


@dataclass
class PassResult:
    claimed: list[int] = field(default_factory=list)  # reminder ids to deliver now
    dropped: int = 0
    missed: int = 0
    escalated: int = 0


# --- who gets a patient's reminders -------------------------------------------------------


def recipients(patient: Patient, chats: list[ChatSession], opted_out: set[str]) -> list[Recipient]:
    """Who gets a patient's reminders, each person once on one channel: the patient, and
    contacts set to get reminders whose consent includes tasks; by text to their phone,
    or, without a phone that may be texted (none on file, or STOP), in their latest open
    web chat. Nobody when the patient is set to no reminders."""
    if not patient.reminders:
        return []
    people = [(f"patient:{patient.id}", patient.phone if not patient.sms_opt_out else None, None)]
    people += [(f"contact:{c.id}", c.phone, c.id) for c in patient.contacts
               if c.gets_reminders and ContactPermission.TASKS.value in c.permission_set]
    found = []
    for person, phone, contact_id in people:
        if phone and phone not in opted_out:
            found.append(Recipient(person, f"phone:{phone}", "sms", phone))
            continue
        theirs = [c for c in chats if c.contact_id == contact_id]
        if theirs:
            chat = max(theirs, key=lambda c: c.created_at)
            found.append(Recipient(person, f"web:session:{chat.id}", "webchat", chat.conversation_id))
    return found


# --- one pass ----------------------------------------------------------------------------


def _insert_once(session: Session, model, values: dict, keys: list[str]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING on the unique key: True if this call inserted the
    row (it holds the claim), False if another scheduler (or an earlier pass) had."""
    dialect = session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(model).values(**values).on_conflict_do_nothing(index_elements=keys)
    return session.execute(statement).rowcount == 1


_CLAIM_KEY = ["task_id", "occurrence_at", "step", "person"]


@dataclass
class _Loaded:
    tasks: list[CareTask]
    completed: dict[int, list[dt.datetime]]
    chats: dict[int, list[ChatSession]]
    opted_out: set[str]
    seen: set[tuple]
    missed: set[tuple]


def _load(session: Session, now: dt.datetime, policy: ReminderPolicy) -> _Loaded:
    """Everything one pass reads, in a fixed handful of queries whatever the number of
    patients (the benchmark counts them)."""
    first, last = now - LOOKBACK - policy.longest_tail, now + policy.longest_lead
    tasks = list(session.execute(
        select(CareTask).join(CarePlan).join(Patient)
        # pending tasks that recur, or fall due within the window (a one-off task done,
        # cancelled or long past has nothing left to remind or miss)
        .where(CarePlan.status == PlanStatus.ACTIVE.value, CareTask.status == TaskStatus.PENDING.value,
               or_(CareTask.recurrence.is_not(None), CareTask.due_at.between(first, last)))
        .options(selectinload(CareTask.care_plan).selectinload(CarePlan.patient).selectinload(Patient.contacts))
    ).scalars())
    completed: dict[int, list[dt.datetime]] = defaultdict(list)
    for task_id, at in session.execute(select(TaskCompletion.task_id, TaskCompletion.completed_at)
                                       .where(TaskCompletion.completed_at >= first - dt.timedelta(days=1))):
        completed[task_id].append(at)
    chats: dict[int, list[ChatSession]] = defaultdict(list)
    for chat in session.execute(select(ChatSession).where(ChatSession.expires_at > now,
                                                          ChatSession.revoked_at.is_(None))).scalars():
        chats[chat.patient_id].append(chat)
    opted_out = set(session.execute(select(SmsOptOut.phone)).scalars())
    seen = set(session.execute(select(Reminder.task_id, Reminder.occurrence_at, Reminder.step, Reminder.person)
                               .where(Reminder.occurrence_at.between(first, last))).all())
    missed = set(session.execute(select(MissedTask.task_id, MissedTask.occurrence_at)
                                 .where(MissedTask.occurrence_at.between(first, last))).all())
    return _Loaded(tasks, completed, chats, opted_out, seen, missed)


def run_pass(session: Session, now: dt.datetime, policy: ReminderPolicy, settings: Settings,
             coverage: Coverage) -> PassResult:
    """Claim what is due, drop what went stale, record misses. The caller commits, then
    delivers `claimed`."""
    result = PassResult()
    loaded = _load(session, now, policy)
    quiet = policy.is_quiet(now)
    first_day = (now - LOOKBACK - policy.longest_tail).astimezone(policy.zone).date()
    last_day = (now + policy.longest_lead).astimezone(policy.zone).date()
    for task in loaded.tasks:
        patient = task.care_plan.patient
        schedule = policy.schedule(task.kind)
        to = recipients(patient, loaded.chats.get(patient.id, []), loaded.opted_out) if schedule.steps else []
        for at in careplan.occurrence_times(task, first_day, last_day, policy.zone):
            if careplan.is_done(task, at, policy.zone, loaded.completed.get(task.id, [])):
                continue
            for step in schedule.steps:
                for recipient in to:
                    _consider(session, loaded, result, task, patient, at, step, recipient, now, quiet, policy)
            if schedule.missed_after is not None:
                _consider_miss(session, loaded, result, task, patient, at, now, schedule.missed_after, settings, coverage)
    result.claimed += _due_snoozes(session, now, quiet, policy, loaded)
    result.claimed += _retriggers(session, now)
    return result


def _consider(session, loaded: _Loaded, result: PassResult, task: CareTask, patient: Patient, at: dt.datetime,
              step, recipient: Recipient, now: dt.datetime, quiet: bool, policy: ReminderPolicy) -> None:
    moment, until = at + step.offset, at + step.until
    key = (task.id, at, step.name, recipient.person)
    if moment > now or key in loaded.seen:
        return
    row = dict(task_id=task.id, patient_id=patient.id, occurrence_at=at, step=step.name, person=recipient.person,
               recipient=recipient.identity, channel=recipient.channel, conversation_id=recipient.conversation_id,
               send_at=moment, claimed_at=now)
    if now < until:
        if quiet:
            return  # held: claimed when the quiet hours end, if still useful then
        if _insert_once(session, Reminder, dict(row, status="claimed", attempts=1), _CLAIM_KEY):
            result.claimed.append(_claimed_id(session, key))
    elif until > now - LOOKBACK:
        note = "held by quiet hours past its moment" if policy.is_quiet(moment) else "its moment passed unsent"
        if _insert_once(session, Reminder, dict(row, status="dropped", note=note), _CLAIM_KEY):
            result.dropped += 1
    loaded.seen.add(key)


def _claimed_id(session: Session, key: tuple) -> int:
    task_id, at, step, person = key
    return session.execute(select(Reminder.id).where(Reminder.task_id == task_id, Reminder.occurrence_at == at,
                                                     Reminder.step == step, Reminder.person == person)).scalar_one()


def _consider_miss(session, loaded: _Loaded, result: PassResult, task: CareTask, patient: Patient, at: dt.datetime,
                   now: dt.datetime, missed_after: dt.timedelta, settings: Settings, coverage: Coverage) -> None:
    deadline = at + missed_after
    if deadline > now or deadline <= now - LOOKBACK or (task.id, at) in loaded.missed:
        return
    loaded.missed.add((task.id, at))
    if not _insert_once(session, MissedTask, dict(task_id=task.id, patient_id=patient.id, occurrence_at=at,
                                                  recorded_at=now), ["task_id", "occurrence_at"]):
        return
    result.missed += 1
    if task.important:
        _escalate_miss(session, task, patient, at, now, settings, coverage)
        result.escalated += 1


def _escalate_miss(session: Session, task: CareTask, patient: Patient, at: dt.datetime, now: dt.datetime,
                   settings: Settings, coverage: Coverage) -> None:
    """One normal-priority escalation for the case manager, about this task (the console
    shows which; the page to their phone names nothing, as every notification)."""
    conversation = patient.phone or f"patient:{patient.id}"
    sender = Sender(identity=f"phone:{patient.phone}" if patient.phone else None, role=Role.PATIENT,
                    patient_id=patient.id, language=patient.language)
    opened, _created = escalation.open_escalation(
        session, conversation_id=conversation, sender=sender, verified=False, channel="sms" if patient.phone else "none",
        reason="task_missed", priority=Priority.NORMAL.value, now=now, coverage=coverage,
        console_url=settings.console_url)
    opened.task_id = opened.task_id or task.id
    session.execute(update(MissedTask).where(MissedTask.task_id == task.id, MissedTask.occurrence_at == at)
                    .values(escalation_id=opened.id).execution_options(synchronize_session=False))


def _due_snoozes(session: Session, now: dt.datetime, quiet: bool, policy: ReminderPolicy, loaded: _Loaded) -> list[int]:
    """Snoozed reminders whose time has come: claimed like any other (a conditional update,
    so one scheduler takes each), or dropped if the task was done meanwhile."""
    if quiet:
        return []
    claimed = []
    rows = session.execute(select(Reminder).where(Reminder.status == "scheduled", Reminder.send_at <= now)
                           .options(selectinload(Reminder.task))).scalars().all()
    for row in rows:
        done = careplan.is_done(row.task, row.occurrence_at, policy.zone, loaded.completed.get(row.task_id, []))
        stale = now - row.send_at > policy.snooze + dt.timedelta(hours=2)
        status = "dropped" if done or stale else "claimed"
        changed = session.execute(update(Reminder).where(Reminder.id == row.id, Reminder.status == "scheduled")
                                  .values(status=status, claimed_at=now, attempts=Reminder.attempts + 1,
                                          note="done before the snooze ended" if done else ("snooze passed unsent" if stale else None))
                                  .execution_options(synchronize_session=False)).rowcount
        if changed and status == "claimed":
            claimed.append(row.id)
    return claimed


def _retriggers(session: Session, now: dt.datetime) -> list[int]:
    """Claimed reminders the dialogue never uttered (Rasa restarting, a lost response):
    triggered again, a few times, then dropped. `mark_sent` makes a repeat harmless."""
    again = []
    rows = session.execute(select(Reminder.id, Reminder.attempts, Reminder.claimed_at)
                           .where(Reminder.status == "claimed", Reminder.claimed_at <= now - RETRIGGER_AFTER)).all()
    for reminder_id, attempts, claimed_at in rows:
        give_up = attempts >= MAX_TRIGGERS
        values = (dict(status="dropped", note="the dialogue did not take it") if give_up
                  else dict(claimed_at=now, attempts=attempts + 1))
        changed = session.execute(update(Reminder).where(Reminder.id == reminder_id, Reminder.status == "claimed",
                                                         Reminder.claimed_at == claimed_at).values(**values)
                                  .execution_options(synchronize_session=False)).rowcount
        if changed and not give_up:
            again.append(reminder_id)
    return again


# --- in the conversation -------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    """What the dialogue says for a reminder it just took, and who it is for."""

    text: str
    recipient: str
    task_id: int
    kind: str


def mark_sent(session: Session, reminder_id: int, conversation_id: str, now: dt.datetime,
              policy: ReminderPolicy) -> Outgoing | None:
    """The one step from claimed to sent (a conditional update): None when this reminder
    is not waiting in this conversation (already sent, dropped, or another conversation's
    id), so a repeated or forged trigger says nothing. A task done since the claim is
    dropped instead of reminded."""
    row = session.get(Reminder, reminder_id)
    if row is None or row.conversation_id != conversation_id or row.status != "claimed":
        return None
    task = row.task
    done = (careplan.is_done(task, row.occurrence_at, policy.zone, careplan.completion_times(task))
            or task.status == TaskStatus.CANCELLED.value)
    values = dict(status="dropped", note="done before it was sent") if done else dict(status="sent", sent_at=now)
    changed = session.execute(update(Reminder).where(Reminder.id == reminder_id, Reminder.status == "claimed")
                              .values(**values).execution_options(synchronize_session=False)).rowcount
    if not changed or done:
        return None
    reader = identity.resolve(session, row.recipient)
    return Outgoing(reminder_text(row, task, reader, now, policy), row.recipient, task.id, task.kind)


def reminder_text(row: Reminder, task: CareTask, reader: Sender, now: dt.datetime, policy: ReminderPolicy) -> str:
    """The task's title and time, and what the person can answer; nothing else from the record."""
    language, zone = reader.language, policy.zone
    when = careplan.day_and_time(row.occurrence_at, zone, now, language)
    if row.occurrence_at > now:
        key = "reminder_appointment" if task.kind == TaskKind.APPOINTMENT.value else "reminder_upcoming"
    elif row.step == SNOOZE_STEP or row.occurrence_at + dt.timedelta(minutes=15) > now:
        key = "reminder_due"
    else:
        key = "reminder_check_in"
    text = say(key, language, title=task.title, when=when)
    if reader.role == Role.FAMILY:
        patient = task.care_plan.patient
        text = say("reminder_for", language, name=patient.name.split()[0], text=text)
    return text


def latest_open(session: Session, recipient: str | None, now: dt.datetime, policy: ReminderPolicy,
                kind: str | None = None) -> Reminder | None:
    """The latest reminder sent to this identity within the answer window that nobody has
    answered yet (of one task kind, if given): what "done", "sí" or "later" are about."""
    if not recipient:
        return None
    query = (select(Reminder).join(CareTask)
             .where(Reminder.recipient == recipient, Reminder.status == "sent", Reminder.answered_at.is_(None),
                    Reminder.sent_at >= now - policy.answer_window)
             .order_by(Reminder.sent_at.desc(), Reminder.id.desc()))
    if kind is not None:
        query = query.where(CareTask.kind == kind)
    return session.execute(query.limit(1)).scalars().first()


def answer(session: Session, reminder: Reminder, how: str, now: dt.datetime) -> None:
    """Record how the person answered this reminder (and, once, any others for the same
    occurrence they were sent: a check-in after the first reminder is answered by one reply)."""
    session.execute(update(Reminder).where(and_(Reminder.recipient == reminder.recipient,
                                                Reminder.task_id == reminder.task_id,
                                                Reminder.occurrence_at == reminder.occurrence_at,
                                                Reminder.answered_at.is_(None)))
                    .values(answer=how, answered_at=now).execution_options(synchronize_session=False))
    session.expire(reminder)


def snooze(session: Session, reminder: Reminder, now: dt.datetime, policy: ReminderPolicy) -> dt.datetime | None:
    """"later": one more reminder `policy.snooze` from now, once per occurrence. Returns
    when, or None if this occurrence was already snoozed."""
    at = now + policy.snooze
    answer(session, reminder, "snoozed", now)  # first: the new row is not an answered one
    created = _insert_once(session, Reminder, dict(
        task_id=reminder.task_id, patient_id=reminder.patient_id, occurrence_at=reminder.occurrence_at,
        step=SNOOZE_STEP, person=reminder.person, recipient=reminder.recipient, channel=reminder.channel,
        conversation_id=reminder.conversation_id, status="scheduled", send_at=at, claimed_at=now), _CLAIM_KEY)
    return at if created else None


"""The tables of the care-management database.

Every datetime is stored as naive UTC and handed back timezone-aware (see `UTCDateTime`),
so SQLite and PostgreSQL behave the same. Phone numbers are stored in E.164 only
(`bot.phones.normalize` runs before anything is written).
"""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.types import TypeDecorator

Base = declarative_base()


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; naive UTC in the database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware datetime")
        return value.astimezone(dt.timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=dt.timezone.utc)


def _in(column: str, values) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


# The shared vocabularies. Values are stored as plain strings with CHECK constraints, which
# migrate more easily than native PostgreSQL enums.
class TaskKind(str, enum.Enum):
    APPOINTMENT = "appointment"
    MEDICATION = "medication"
    EXERCISE = "exercise"
    EDUCATION = "education"
    EQUIPMENT = "equipment"
    FOLLOW_UP = "follow_up"
    OTHER = "other"


class TaskStatus(str, enum.Enum):
    PENDING = "pending"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class PlanStatus(str, enum.Enum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    COMPLETED = "completed"


class ResourceCategory(str, enum.Enum):
    MEDICATION_ASSISTANCE = "medication_assistance"
    FINANCIAL_ASSISTANCE = "financial_assistance"
    TRANSPORTATION = "transportation"
    MEDICAL_EQUIPMENT = "medical_equipment"
    CAREGIVER_SUPPORT = "caregiver_support"
    MENTAL_HEALTH = "mental_health"
    EDUCATION = "education"
    FOOD = "food"
    HOUSING = "housing"
    LEGAL = "legal"


class ContactPermission(str, enum.Enum):
    """What an authorized family contact may see or do, as the patient consented."""

    APPOINTMENTS = "appointments"
    TASKS = "tasks"
    CARE_PLAN = "care_plan"
    REPORT_PROGRESS = "report_progress"


class Priority(str, enum.Enum):
    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"


class EscalationStatus(str, enum.Enum):
    OPEN = "open"
    CLAIMED = "claimed"
    RESOLVED = "resolved"


def values(enum_cls) -> list[str]:
    return [member.value for member in enum_cls]


class CaseManager(Base):
    __tablename__ = "case_managers"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    phone = Column(String(20), nullable=False, unique=True)
    on_call = Column(Boolean, nullable=False, default=False)
    password_hash = Column(String(200))
    failed_logins = Column(Integer, nullable=False, default=0)
    locked_until = Column(UTCDateTime)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)

    patients = relationship("Patient", back_populates="case_manager")


class Patient(Base):
    __tablename__ = "patients"

    id = Column(Integer, primary_key=True)
    mrn = Column(String(64), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    date_of_birth = Column(Date, nullable=False)
    phone = Column(String(20), unique=True)
    language = Column(String(8), nullable=False, default="en")
    sms_opt_out = Column(Boolean, nullable=False, default=False)
    reminders = Column(Boolean, nullable=False, default=True)  # False: the assistant never texts first
    zip = Column(String(10))
    case_manager_id = Column(Integer, ForeignKey("case_managers.id", ondelete="SET NULL"))
    # Wrong date-of-birth answers and the lock they lead to belong to the person, so every
    # channel (their phone, each of their web chats) sees the same count and lock.
    dob_failed_attempts = Column(Integer, nullable=False, default=0)
    dob_locked_until = Column(UTCDateTime)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)

    case_manager = relationship("CaseManager", back_populates="patients")
    contacts = relationship("AuthorizedContact", back_populates="patient", cascade="all, delete-orphan")
    care_plans = relationship("CarePlan", back_populates="patient", cascade="all, delete-orphan")


class AuthorizedContact(Base):
    __tablename__ = "authorized_contacts"
    # The unique pair leads with patient_id; who is texting is looked up by phone alone
    # on every turn, so phone has an index of its own (migration 0011).
    __table_args__ = (UniqueConstraint("patient_id", "phone", name="uq_contact_patient_phone"),
                      Index("ix_authorized_contacts_phone", "phone"))

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    name = Column(String(200), nullable=False)
    phone = Column(String(20), nullable=False)
    relation = Column(String(64), nullable=False)  # daughter, husband, ... (not `relationship`: that is the ORM function)
    # Comma-separated ContactPermission values: a short fixed vocabulary, checked on load.
    permissions = Column(String(200), nullable=False, default="")
    consent_recorded_at = Column(UTCDateTime, nullable=False)
    dob_failed_attempts = Column(Integer, nullable=False, default=0)  # as on Patient: per person
    dob_locked_until = Column(UTCDateTime)
    language = Column(String(8))  # None: the patient's language (bot/language.py)
    # Also gets the patient's task reminders (only with the `tasks` permission; bot/reminders.py)
    gets_reminders = Column(Boolean, nullable=False, default=False)

    patient = relationship("Patient", back_populates="contacts")

    @property
    def permission_set(self) -> frozenset[str]:
        return permission_set(self.permissions)


def permission_set(permissions: str | None) -> frozenset[str]:
    """A contact's `permissions` column ("tasks,appointments") as a set."""
    return frozenset(p for p in (permissions or "").split(",") if p)


class CarePlan(Base):
    __tablename__ = "care_plans"
    __table_args__ = (
        UniqueConstraint("patient_id", "key", name="uq_plan_patient_key"),
        CheckConstraint(_in("status", values(PlanStatus)), name="ck_plan_status"),
    )

    id = Column(Integer, primary_key=True)
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    key = Column(String(64), nullable=False)
    condition = Column(String(200), nullable=False)
    goals = Column(Text, nullable=False, default="")  # one goal per line
    status = Column(String(16), nullable=False, default=PlanStatus.ACTIVE.value)

    patient = relationship("Patient", back_populates="care_plans")
    tasks = relationship("CareTask", back_populates="care_plan", cascade="all, delete-orphan")


class CareTask(Base):
    __tablename__ = "care_tasks"
    __table_args__ = (
        UniqueConstraint("care_plan_id", "key", name="uq_task_plan_key"),
        CheckConstraint(_in("kind", values(TaskKind)), name="ck_task_kind"),
        CheckConstraint(_in("status", values(TaskStatus)), name="ck_task_status"),
    )

    id = Column(Integer, primary_key=True)
    care_plan_id = Column(Integer, ForeignKey("care_plans.id", ondelete="CASCADE"), nullable=False)
    key = Column(String(64), nullable=False)
    kind = Column(String(16), nullable=False)
    title = Column(String(200), nullable=False)
    instructions = Column(Text, nullable=False, default="")
    due_at = Column(UTCDateTime)
    recurrence = Column(String(64))  # daily | weekdays | weekly:mon,wed
    location = Column(String(300))
    provider = Column(String(200))
    status = Column(String(16), nullable=False, default=TaskStatus.PENDING.value)
    completed_at = Column(UTCDateTime)
    completed_via = Column(String(32))
    important = Column(Boolean, nullable=False, default=False)  # missed: the case manager is told

    care_plan = relationship("CarePlan", back_populates="tasks")
    completions = relationship("TaskCompletion", back_populates="task", cascade="all, delete-orphan")


class TaskCompletion(Base):
    """Each report of a task done: recurring tasks are done many times."""

    __tablename__ = "task_completions"

    id = Column(Integer, primary_key=True)
    task_id = Column(Integer, ForeignKey("care_tasks.id", ondelete="CASCADE"), nullable=False)
    completed_at = Column(UTCDateTime, nullable=False, default=utcnow)
    channel = Column(String(32), nullable=False)
    reported_by = Column(String(16), nullable=False)  # patient | family | staff

    task = relationship("CareTask", back_populates="completions")


class Resource(Base):
    """A community resource, modelled on Open Referral HSDS (service + service area)."""

    __tablename__ = "resources"
    __table_args__ = (CheckConstraint(_in("category", values(ResourceCategory)), name="ck_resource_category"),)

    id = Column(Integer, primary_key=True)
    key = Column(String(100), nullable=False, unique=True)
    name = Column(String(200), nullable=False)
    category = Column(String(32), nullable=False, index=True)
    description = Column(Text, nullable=False)
    description_es = Column(Text)  # optional; a Spanish reply falls back to the English line
    phone = Column(String(32))
    url = Column(String(500))
    eligibility = Column(Text, nullable=False, default="")
    languages = Column(String(100), nullable=False, default="en")  # ISO 639-1 codes, ';'-separated
    cost = Column(String(100), nullable=False, default="")
    # "nationwide", or ';'-separated state codes and zip prefixes, e.g. "IL;WI" or "606;60707".
    service_area = Column(String(500), nullable=False)


class Escalation(Base):
    __tablename__ = "escalations"
    __table_args__ = (
        CheckConstraint(_in("priority", values(Priority)), name="ck_escalation_priority"),
        CheckConstraint(_in("status", values(EscalationStatus)), name="ck_escalation_status"),
    )

    id = Column(Integer, primary_key=True)
    conversation_id = Column(String(200), nullable=False, index=True)
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="SET NULL"))
    contact_id = Column(Integer, ForeignKey("authorized_contacts.id", ondelete="SET NULL"))
    channel = Column(String(32), nullable=False)
    reason = Column(String(64), nullable=False)
    priority = Column(String(16), nullable=False)
    status = Column(String(16), nullable=False, default=EscalationStatus.OPEN.value)
    assigned_case_manager_id = Column(Integer, ForeignKey("case_managers.id", ondelete="SET NULL"))
    callback_number = Column(String(20))
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    claimed_at = Column(UTCDateTime)
    first_reply_at = Column(UTCDateTime)
    resolved_at = Column(UTCDateTime)
    outcome_note = Column(Text)
    sender_verified = Column(Boolean)  # had the sender proved who they are when they asked?
    last_patient_message_at = Column(UTCDateTime)  # the person's latest message in the thread
    last_staff_reply_at = Column(UTCDateTime)
    reminded_at = Column(UTCDateTime)  # unclaimed past its target: the case manager was notified again
    passed_to_on_call_at = Column(UTCDateTime)  # still unclaimed after that: handed to on call
    last_ack_at = Column(UTCDateTime)  # the person was last told, during the hand-off, who has it
    task_id = Column(Integer, ForeignKey("care_tasks.id", ondelete="SET NULL"))  # the task it is about, if one

    task = relationship("CareTask")


class OutboundMessage(Base):
    """Every SMS the system sends (or simulates), with what the provider said about it."""

    __tablename__ = "outbound_messages"

    id = Column(Integer, primary_key=True)
    to_number = Column(String(20), nullable=False, index=True)
    body = Column(Text, nullable=False)
    purpose = Column(String(32), nullable=False, default="reply")  # reply | notification | ...
    status = Column(String(16), nullable=False, default="queued", index=True)
    provider_sid = Column(String(64), unique=True)
    attempts = Column(Integer, nullable=False, default=0)
    error = Column(Text)
    escalation_id = Column(Integer, ForeignKey("escalations.id", ondelete="SET NULL"))
    # 0: crisis guidance and urgent staff alerts, sent and retried first; 1: everything else
    priority = Column(Integer, nullable=False, default=1)
    next_attempt_at = Column(UTCDateTime)  # when the retry loop tries a `retrying` message again
    inbound_id = Column(Integer, ForeignKey("inbound_messages.id", ondelete="SET NULL"))  # the message it answers
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)


class AuditLog(Base):
    """Who looked at or changed which patient's record. `detail` never holds PHI."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, default=utcnow, index=True)
    actor_type = Column(String(16), nullable=False)  # case_manager | patient | family | system | operator
    actor_id = Column(String(100), nullable=False)
    action = Column(String(64), nullable=False)
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="SET NULL"), index=True)
    detail = Column(String(500), nullable=False, default="")


class Verification(Base):
    """A date-of-birth verification remembered for one sender identity: a phone, or one web
    chat session ("web:session:<id>", never a whole person). Wrong answers and the lock
    are counted on the person (Patient / AuthorizedContact `dob_*`); `failed_attempts` and
    `locked_until` here are no longer used."""

    __tablename__ = "verifications"

    id = Column(Integer, primary_key=True)
    identity = Column(String(100), nullable=False, unique=True)  # e.g. "phone:+13125550142"
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False)
    verified_until = Column(UTCDateTime)
    failed_attempts = Column(Integer, nullable=False, default=0)
    locked_until = Column(UTCDateTime)
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow)


class ChatSession(Base):
    """One browser's web chat, opened by exchanging a single-use chat link. The browser
    holds a random token (stored here only as its SHA-256); the session has its own
    conversation and is the identity verification is remembered for."""

    __tablename__ = "chat_sessions"

    id = Column(String(32), primary_key=True)  # random; the sender identity is "web:session:<id>"
    token_hash = Column(String(64), nullable=False, unique=True)
    identity = Column(String(100), nullable=False)  # the link's subject: "web:patient:3" | "web:contact:7"
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True)
    contact_id = Column(Integer, ForeignKey("authorized_contacts.id", ondelete="CASCADE"))
    conversation_id = Column(String(200), nullable=False, unique=True)
    link_jti = Column(String(64), nullable=False, unique=True)  # the link it was opened with: used once
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    expires_at = Column(UTCDateTime, nullable=False)
    revoked_at = Column(UTCDateTime)



class InboundMessage(Base):
    """Every message a person sent, stored before the channel acknowledges it: `received`,
    then `processing` (claimed by one server), then `done`. The unique provider id makes a
    Twilio retry of the same message a no-op."""

    __tablename__ = "inbound_messages"
    # rate limits count one sender's recent messages (bot/rate_limits.py)
    __table_args__ = (Index("ix_inbound_messages_sender_time", "channel", "from_number", "received_at"),)

    id = Column(Integer, primary_key=True)
    provider_sid = Column(String(64), nullable=False, unique=True)
    from_number = Column(String(20), nullable=False)
    body = Column(Text)
    channel = Column(String(16), nullable=False, default="sms")
    status = Column(String(16), nullable=False, default="received", index=True)
    attempts = Column(Integer, nullable=False, default=0)
    received_at = Column(UTCDateTime, nullable=False, default=utcnow)
    claimed_at = Column(UTCDateTime)
    processed_at = Column(UTCDateTime)


class SmsOptOut(Base):
    """A number that texted STOP (any number: patient, family or unknown). START removes it."""

    __tablename__ = "sms_opt_outs"

    id = Column(Integer, primary_key=True)
    phone = Column(String(20), nullable=False, unique=True)
    opted_out_at = Column(UTCDateTime, nullable=False, default=utcnow)


class ConversationLanguage(Base):
    """The language a phone number or web chat is answered in when no record says it: the
    last clearly detected language of what it wrote, or the one it chose (ESPAÑOL /
    ENGLISH), which a record's language does not override."""

    __tablename__ = "conversation_languages"

    identity = Column(String(120), primary_key=True)  # "phone:+1..." or "web:session:..."
    language = Column(String(8), nullable=False)
    chosen = Column(Boolean, nullable=False, default=False)  # by a switch word, not detected
    updated_at = Column(UTCDateTime, nullable=False, default=utcnow)


class ConsoleSession(Base):
    """One console login. The random id travels in the session cookie (the JWT's `sid`);
    every request checks the row is live, so logging out (revoked_at) ends it at once."""

    __tablename__ = "console_sessions"

    id = Column(String(64), primary_key=True)
    case_manager_id = Column(Integer, ForeignKey("case_managers.id", ondelete="CASCADE"), nullable=False, index=True)
    created_at = Column(UTCDateTime, nullable=False, default=utcnow)
    expires_at = Column(UTCDateTime, nullable=False)
    revoked_at = Column(UTCDateTime)


class Reminder(Base):
    """One message the assistant sends first about one occurrence of a task, to one
    person (the patient, or a contact), at one step of the schedule (bot/reminder_policy.py),
    on one channel (their phone, else their open web chat). The unique key is the claim:
    whichever scheduler inserts the row sends it, so a reminder goes at most once however
    many schedulers run and however often they restart.

    status: claimed (inserted; the Rasa trigger may still be in flight) -> sent (the
    dialogue uttered it: `reminders.mark_sent` is the one gate) | dropped (its moment
    passed, e.g. held by quiet hours past the task's time; `note` says why) | scheduled (a
    snooze, due at `send_at`)."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("task_id", "occurrence_at", "step", "person", name="uq_reminder_claim"),
        Index("ix_reminders_recipient_sent", "recipient", "sent_at"),
    )

    id = Column(Integer, primary_key=True)
    task_id = Column(Integer, ForeignKey("care_tasks.id", ondelete="CASCADE"), nullable=False)
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True)
    occurrence_at = Column(UTCDateTime, nullable=False)  # the task's due time this reminder is about
    step = Column(String(16), nullable=False)  # "-1d", "-2h", "0m", "+1h" (offset from due), "snooze"
    person = Column(String(40), nullable=False)  # "patient:3" | "contact:7": one reminder each, on one channel
    recipient = Column(String(100), nullable=False)  # the identity it went to: "phone:+1312..." | "web:session:<id>"
    channel = Column(String(16), nullable=False)  # sms | webchat
    conversation_id = Column(String(200), nullable=False)
    status = Column(String(16), nullable=False, default="claimed", index=True)
    send_at = Column(UTCDateTime, nullable=False)
    claimed_at = Column(UTCDateTime, nullable=False, default=utcnow)
    attempts = Column(Integer, nullable=False, default=0)
    sent_at = Column(UTCDateTime)
    answer = Column(String(16))  # done | snoozed | cannot_make
    answered_at = Column(UTCDateTime)
    note = Column(String(200))  # why it was dropped

    task = relationship("CareTask")


class MissedTask(Base):
    """An occurrence of a task nobody reported done within the grace period (recorded once)."""

    __tablename__ = "missed_tasks"
    __table_args__ = (UniqueConstraint("task_id", "occurrence_at", name="uq_missed_task_occurrence"),)

    id = Column(Integer, primary_key=True)
    task_id = Column(Integer, ForeignKey("care_tasks.id", ondelete="CASCADE"), nullable=False)
    patient_id = Column(Integer, ForeignKey("patients.id", ondelete="CASCADE"), nullable=False, index=True)
    occurrence_at = Column(UTCDateTime, nullable=False)
    recorded_at = Column(UTCDateTime, nullable=False, default=utcnow)
    escalation_id = Column(Integer, ForeignKey("escalations.id", ondelete="SET NULL"))

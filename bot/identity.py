"""Who is texting, what they may see, and date-of-birth verification.

An identity is a string a trusted channel vouches for: "phone:+13125550142" (the SMS
channel, after checking Twilio's signature) or "web:contact:7" (a signed chat link). The
channel puts it in the message metadata with an HMAC; `identity_from_metadata` accepts it
only with a valid signature, so nothing a user types or a browser chooses can set it.
"""
from __future__ import annotations

import datetime as dt
import enum
import hashlib
import hmac
import re
from dataclasses import dataclass

from dateutil import parser as date_parser
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import phones
from bot.models import AuditLog, AuthorizedContact, ContactPermission, Patient, Verification, values

ALL_PERMISSIONS = frozenset(values(ContactPermission))


class Role(str, enum.Enum):
    PATIENT = "patient"
    FAMILY = "family"
    UNKNOWN = "unknown"


class Access(str, enum.Enum):
    GRANTED = "granted"
    NEEDS_VERIFICATION = "needs_verification"
    LOCKED = "locked"
    NONE = "none"


@dataclass(frozen=True)
class Sender:
    identity: str | None
    role: Role
    patient_id: int | None = None
    contact_id: int | None = None
    permissions: frozenset[str] = frozenset()

    def may(self, permission: ContactPermission) -> bool:
        return permission.value in self.permissions

    @property
    def phone(self) -> str | None:
        if self.identity and self.identity.startswith("phone:"):
            return self.identity.split(":", 1)[1]
        return None


UNKNOWN = Sender(identity=None, role=Role.UNKNOWN)


# --- identities vouched for by channels ------------------------------------------------


def phone_identity(raw_phone: str) -> str | None:
    e164 = phones.try_normalize(raw_phone)
    return f"phone:{e164}" if e164 else None


def sign_identity(identity: str, secret: str) -> str:
    return hmac.new(secret.encode(), identity.encode(), hashlib.sha256).hexdigest()


def identity_metadata(identity: str, secret: str) -> dict:
    """What a trusted channel attaches to each message."""
    return {"identity": identity, "identity_sig": sign_identity(identity, secret)}


def identity_from_metadata(metadata: dict | None, secret: str) -> str | None:
    if not isinstance(metadata, dict):
        return None
    identity, signature = metadata.get("identity"), metadata.get("identity_sig")
    if not isinstance(identity, str) or not isinstance(signature, str):
        return None
    if not hmac.compare_digest(sign_identity(identity, secret), signature):
        return None
    return identity


def resolve(session: Session, identity: str | None) -> Sender:
    """Map an identity to a patient, an authorized contact, or nobody we know."""
    if not identity:
        return UNKNOWN
    kind, _, value = identity.partition(":")
    if kind == "phone":
        patient = session.execute(select(Patient).where(Patient.phone == value)).scalar_one_or_none()
        if patient:
            return Sender(identity, Role.PATIENT, patient.id, None, ALL_PERMISSIONS)
        # A number on file for several patients (one daughter caring for both parents)
        # resolves to the earliest consent; the case manager can sort out the rest.
        contact = session.execute(
            select(AuthorizedContact).where(AuthorizedContact.phone == value)
            .order_by(AuthorizedContact.consent_recorded_at, AuthorizedContact.id)
        ).scalars().first()
        if contact:
            return Sender(identity, Role.FAMILY, contact.patient_id, contact.id, contact.permission_set)
    elif kind == "web":
        return _resolve_web(session, identity, value)
    return Sender(identity, Role.UNKNOWN)


def _resolve_web(session: Session, identity: str, value: str) -> Sender:
    who, _, raw_id = value.partition(":")
    if not raw_id.isdigit():
        return Sender(identity, Role.UNKNOWN)
    if who == "patient" and session.get(Patient, int(raw_id)):
        return Sender(identity, Role.PATIENT, int(raw_id), None, ALL_PERMISSIONS)
    contact = session.get(AuthorizedContact, int(raw_id)) if who == "contact" else None
    if contact:
        return Sender(identity, Role.FAMILY, contact.patient_id, contact.id, contact.permission_set)
    return Sender(identity, Role.UNKNOWN)


# --- verification -----------------------------------------------------------------------


class Outcome(str, enum.Enum):
    VERIFIED = "verified"
    WRONG = "wrong"
    LOCKED = "locked"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class VerificationPolicy:
    ttl: dt.timedelta
    max_attempts: int
    lock: dt.timedelta

    @classmethod
    def from_settings(cls, settings) -> "VerificationPolicy":
        return cls(dt.timedelta(days=settings.verification_ttl_days), settings.verification_max_attempts,
                   dt.timedelta(hours=settings.verification_lock_hours))


@dataclass(frozen=True)
class AttemptResult:
    outcome: Outcome
    attempts_left: int


def _verification_row(session: Session, sender: Sender) -> Verification | None:
    row = session.execute(select(Verification).where(Verification.identity == sender.identity)).scalar_one_or_none()
    # A number that now belongs to another patient starts over.
    if row is not None and row.patient_id != sender.patient_id:
        session.delete(row)
        session.flush()
        return None
    return row


def access_for(session: Session, sender: Sender, now: dt.datetime) -> Access:
    if sender.role == Role.UNKNOWN or sender.patient_id is None:
        return Access.NONE
    row = _verification_row(session, sender)
    if row is None:
        return Access.NEEDS_VERIFICATION
    if row.locked_until and row.locked_until > now:
        return Access.LOCKED
    if row.verified_until and row.verified_until > now:
        return Access.GRANTED
    return Access.NEEDS_VERIFICATION



def parse_dob(text: str, today: dt.date) -> set[dt.date]:
    """Every date `text` could mean: US month-first and day-first readings, 2-digit years
    in the past. An empty set when there is no full date (day, month and year)."""
    cleaned = (text or "").strip()[:100]
    if not cleaned or not re.search(r"\d", cleaned):
        return set()
    candidates: set[dt.date] = set()
    for dayfirst in (False, True):
        try:
            # Two different defaults: a component missing from the text shows up as a difference.
            a = date_parser.parse(cleaned, fuzzy=True, dayfirst=dayfirst, default=dt.datetime(1904, 1, 1))
            b = date_parser.parse(cleaned, fuzzy=True, dayfirst=dayfirst, default=dt.datetime(1908, 2, 2))
        except (ValueError, OverflowError):
            continue
        if a.date() != b.date():
            continue
        day = a.date()
        if day > today:  # "3/14/52" means 1952, not 2052
            day = day.replace(year=day.year - 100)
        candidates.add(day)
    return candidates


def _audit(session: Session, sender: Sender, action: str, detail: str, now: dt.datetime) -> None:
    session.add(AuditLog(at=now, actor_type=sender.role.value, actor_id=sender.identity or "-",
                         action=action, patient_id=sender.patient_id, detail=detail))


def attempt_verification(session: Session, sender: Sender, answer: str, policy: VerificationPolicy,
                         now: dt.datetime, today: dt.date) -> AttemptResult:
    """Check a date-of-birth answer; remember success, count failures, lock after too many."""
    if sender.role == Role.UNKNOWN or sender.patient_id is None:
        return AttemptResult(Outcome.LOCKED, 0)
    row = _verification_row(session, sender)
    if row is None:
        row = Verification(identity=sender.identity, patient_id=sender.patient_id, failed_attempts=0)
        session.add(row)
    if row.locked_until and row.locked_until > now:
        _audit(session, sender, "verify_attempt", "refused: locked", now)
        return AttemptResult(Outcome.LOCKED, 0)
    candidates = parse_dob(answer, today)
    if not candidates:
        return AttemptResult(Outcome.UNREADABLE, policy.max_attempts - (row.failed_attempts or 0))
    patient = session.get(Patient, sender.patient_id)
    if patient.date_of_birth in candidates:
        row.failed_attempts, row.locked_until, row.verified_until = 0, None, now + policy.ttl
        _audit(session, sender, "verify_attempt", "success", now)
        return AttemptResult(Outcome.VERIFIED, policy.max_attempts)
    row.failed_attempts = (row.failed_attempts or 0) + 1
    if row.failed_attempts >= policy.max_attempts:
        row.failed_attempts, row.locked_until, row.verified_until = 0, now + policy.lock, None
        _audit(session, sender, "verify_attempt", "failure: locked", now)
        return AttemptResult(Outcome.LOCKED, 0)
    _audit(session, sender, "verify_attempt", "failure", now)
    return AttemptResult(Outcome.WRONG, policy.max_attempts - row.failed_attempts)

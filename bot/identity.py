"""Who is texting, what they may see, and date-of-birth verification.

An identity is a string a trusted channel vouches for: "phone:+13125550142" (the SMS
channel, after checking Twilio's signature) or "web:session:<id>" (one browser's web chat,
opened once with a signed chat link for a patient or contact: bot/chat_tokens.py). The
channel puts it in the message metadata with an HMAC; `identity_from_metadata` accepts it
only with a valid signature, so nothing a user types or a browser chooses can set it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import hmac
import json
import re
from dataclasses import dataclass

from dateutil import parser as date_parser
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot import audit, language, phones
from bot.models import AuthorizedContact, ChatSession, ContactPermission, Patient, Verification, permission_set, values

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
    language: str = "en"  # what they are answered in (bot/language.py)

    def may(self, permission: ContactPermission) -> bool:
        return permission.value in self.permissions

    @property
    def phone(self) -> str | None:
        if self.identity and self.identity.startswith("phone:"):
            return self.identity.split(":", 1)[1]
        return None


UNKNOWN = Sender(identity=None, role=Role.UNKNOWN)


# --- identities vouched for by channels ------------------------------------------------
#
# A channel signs the identity together with the conversation (Rasa's sender id), the
# message id and the time it signed. Actions accept it only for the message it came with,
# in the same conversation, and only while fresh: a signature copied out of a tracker (by
# anyone with Rasa's API token or the tracker store) authorises nothing else.

SIGNATURE_MAX_AGE = dt.timedelta(minutes=10)
SIGNATURE_CLOCK_SKEW = dt.timedelta(minutes=1)  # several servers' clocks may differ a little
_SIGNED_FIELDS = "patient-support identity v2"


def phone_identity(raw_phone: str) -> str | None:
    e164 = phones.try_normalize(raw_phone)
    return f"phone:{e164}" if e164 else None


def sign_identity(identity: str, conversation: str, message_id: str, issued_at: int, secret: str) -> str:
    # A JSON list, so no field can be made to run into the next one.
    signed = json.dumps([_SIGNED_FIELDS, identity, conversation, message_id, issued_at], separators=(",", ":"))
    return hmac.new(secret.encode(), signed.encode(), hashlib.sha256).hexdigest()


def identity_metadata(identity: str, secret: str, conversation: str, message_id: str,
                      now: dt.datetime | None = None) -> dict:
    """What a trusted channel attaches to one message (its `message_id` in conversation
    `conversation`)."""
    issued_at = int((now or dt.datetime.now(dt.timezone.utc)).timestamp())
    return {"identity": identity, "identity_message_id": message_id, "identity_issued_at": issued_at,
            "identity_sig": sign_identity(identity, conversation, message_id, issued_at, secret)}


def _verified(metadata: dict | None, secret: str, conversation: str | None, message_id: str | None,
              now: dt.datetime | None) -> str | None:
    if not isinstance(metadata, dict) or not isinstance(conversation, str) or not isinstance(message_id, str):
        return None
    identity, signature = metadata.get("identity"), metadata.get("identity_sig")
    issued_at = metadata.get("identity_issued_at")
    if not isinstance(identity, str) or not isinstance(signature, str):
        return None
    if not isinstance(issued_at, int) or isinstance(issued_at, bool):
        return None
    age = (now or dt.datetime.now(dt.timezone.utc)).timestamp() - issued_at
    if not -SIGNATURE_CLOCK_SKEW.total_seconds() <= age <= SIGNATURE_MAX_AGE.total_seconds():
        return None
    if not hmac.compare_digest(sign_identity(identity, conversation, message_id, issued_at, secret), signature):
        return None
    return identity


def identity_from_metadata(metadata: dict | None, secret: str, conversation: str | None, message_id: str | None,
                           now: dt.datetime | None = None) -> str | None:
    """The identity signed for this message (`message_id`, in `conversation`), if the
    signature is valid and fresh; None otherwise."""
    return _verified(metadata, secret, conversation, message_id, now)


def session_identity_from_metadata(metadata: dict | None, secret: str, conversation: str | None,
                                   now: dt.datetime | None = None) -> str | None:
    """At session start (Rasa's `session_started_metadata`) the message that starts the
    session is not in the tracker yet: check identity, conversation and freshness, with
    the message id the channel signed."""
    message_id = metadata.get("identity_message_id") if isinstance(metadata, dict) else None
    return _verified(metadata, secret, conversation, message_id, now)


def resolve(session: Session, identity: str | None) -> Sender:
    """Map an identity to a patient, an authorized contact, or nobody we know, with the
    language they are answered in."""
    if not identity:
        return UNKNOWN
    kind, _, value = identity.partition(":")
    if kind == "phone":
        return _resolve_phone(session, identity, value)
    sender = _resolve_web(session, identity, value) if kind == "web" else Sender(identity, Role.UNKNOWN)
    spoken = language.for_identity(session, identity, sender.patient_id, sender.contact_id)
    return dataclasses.replace(sender, language=spoken) if spoken != sender.language else sender


# Who a number is and the language to answer it in, in one statement built once: the
# action server resolves the sender on every call, and the three queries this took were
# 27% of its time (docs/performance.md). Nothing is cached between calls, so a new number,
# consent or language counts from the next one. The SMS intake reads the language columns
# alone (language.BY_PHONE); this adds who the rows are.
_PERSON_BY_PHONE = language.BY_PHONE.add_columns(
    language.patient_of_number(Patient.id).label("patient_id"),
    language.contact_of_number(AuthorizedContact.id).label("contact_id"),
    language.contact_of_number(AuthorizedContact.patient_id).label("contacts_patient_id"),
    language.contact_of_number(AuthorizedContact.permissions).label("permissions"))


def _resolve_phone(session: Session, identity: str, phone: str) -> Sender:
    # A statement of subqueries alone does not autoflush as an ORM query does: what this session just changed (a
    # language chosen, a contact added) must be read back.
    session.flush()
    row = session.execute(_PERSON_BY_PHONE, {"phone": phone, "identity": identity}).one()
    if row.patient_id is not None:
        sender, on_file = Sender(identity, Role.PATIENT, row.patient_id, None, ALL_PERMISSIONS), row.patient_language
    elif row.contact_id is not None:
        sender = Sender(identity, Role.FAMILY, row.contacts_patient_id, row.contact_id, permission_set(row.permissions))
        on_file = row.contact_language
    else:
        sender, on_file = Sender(identity, Role.UNKNOWN), None
    return dataclasses.replace(sender, language=language.choose(row.remembered, row.chosen, on_file))


def _resolve_web(session: Session, identity: str, value: str) -> Sender:
    """A web chat speaks as its browser session ("web:session:<id>", bot/chat_tokens.py):
    the person its chat link named, while the session is live and the person still on
    file. Nothing resolves a whole person ("web:patient:3"): verification is remembered
    per session, and a link's subject is only ever the key to one session."""
    who, _, chat_id = value.partition(":")
    chat = session.get(ChatSession, chat_id) if who == "session" and chat_id else None
    if chat is None or chat.revoked_at is not None or chat.expires_at <= dt.datetime.now(dt.timezone.utc):
        return Sender(identity, Role.UNKNOWN)
    if chat.contact_id is None:
        return Sender(identity, Role.PATIENT, chat.patient_id, None, ALL_PERMISSIONS)
    contact = session.get(AuthorizedContact, chat.contact_id)
    if contact is not None and contact.patient_id == chat.patient_id:
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


def _person(session: Session, sender: Sender, for_update: bool = False) -> Patient | AuthorizedContact | None:
    """Whose wrong answers count and who is locked: the contact for a family member, the
    patient otherwise, whichever channel (phone, any web chat session) they use. With
    `for_update` the row is locked (PostgreSQL), so answers racing on two channels are
    counted one after the other."""
    model, key = (AuthorizedContact, sender.contact_id) if sender.contact_id else (Patient, sender.patient_id)
    if key is None:
        return None
    if for_update:
        return session.get(model, key, with_for_update=True, populate_existing=True)
    return session.get(model, key)


def _locked(person: Patient | AuthorizedContact, now: dt.datetime) -> bool:
    return person.dob_locked_until is not None and person.dob_locked_until > now


def access_for(session: Session, sender: Sender, now: dt.datetime) -> Access:
    """A lock on the person wins over any channel's verification; a verification is
    remembered for the identity that answered (a phone, or one web chat session)."""
    if sender.role == Role.UNKNOWN or sender.patient_id is None:
        return Access.NONE
    person = _person(session, sender)
    if person is None:
        return Access.NONE
    if _locked(person, now):
        return Access.LOCKED
    row = _verification_row(session, sender)
    if row is not None and row.verified_until and row.verified_until > now:
        return Access.GRANTED
    return Access.NEEDS_VERIFICATION



_SPANISH_MONTHS = {
    "enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
    "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September", "setiembre": "September",
    "octubre": "October", "noviembre": "November", "diciembre": "December",
    "ene": "Jan", "abr": "Apr", "ago": "Aug", "dic": "Dec",
}
_SPANISH_DATE_WORDS = re.compile(r"\b(" + "|".join(sorted(_SPANISH_MONTHS, key=len, reverse=True)) + r"|de|del)\b",
                                 re.IGNORECASE)


def _spanish_months_in_english(text: str) -> str:
    """ "5 de marzo de 1952" -> "5 March 1952", so one date parser reads both languages."""
    return _SPANISH_DATE_WORDS.sub(lambda m: _SPANISH_MONTHS.get(m.group(1).lower(), " "), text)


def parse_dob(text: str, today: dt.date, language: str = "en") -> set[dt.date]:
    """Every date `text` could mean: 2-digit years in the past; for English both US
    month-first and day-first readings of "5/3/1952", for Spanish day-first only (that is
    how it is written there). Spanish month names are read too. An empty set when there is
    no full date (day, month and year)."""
    cleaned = _spanish_months_in_english((text or "").strip()[:100])
    if not cleaned.strip() or not re.search(r"\d", cleaned):
        return set()
    candidates: set[dt.date] = set()
    for dayfirst in ((True,) if language == "es" else (False, True)):
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


def attempt_verification(session: Session, sender: Sender, answer: str, policy: VerificationPolicy,
                         now: dt.datetime, today: dt.date) -> AttemptResult:
    """Check a date-of-birth answer. Success is remembered for this identity (this phone,
    this web chat session); wrong answers count on the person, and `max_attempts` of them
    lock the person on every channel for `lock`."""
    if sender.role == Role.UNKNOWN or sender.patient_id is None:
        return AttemptResult(Outcome.LOCKED, 0)
    person = _person(session, sender, for_update=True)
    if person is None:
        return AttemptResult(Outcome.LOCKED, 0)

    def record(detail: str) -> None:
        audit.record(session, sender.role.value, sender.identity, "verify_attempt",
                     patient_id=sender.patient_id, detail=detail, at=now)

    if _locked(person, now):
        record("refused: locked")
        return AttemptResult(Outcome.LOCKED, 0)
    failures = person.dob_failed_attempts or 0
    candidates = parse_dob(answer, today, sender.language)
    if not candidates:
        return AttemptResult(Outcome.UNREADABLE, policy.max_attempts - failures)
    row = _verification_row(session, sender)
    patient = session.get(Patient, sender.patient_id)
    if patient.date_of_birth in candidates:
        if row is None:
            row = Verification(identity=sender.identity, patient_id=sender.patient_id, failed_attempts=0)
            session.add(row)
        person.dob_failed_attempts, person.dob_locked_until = 0, None
        row.verified_until = now + policy.ttl
        record("success")
        return AttemptResult(Outcome.VERIFIED, policy.max_attempts)
    person.dob_failed_attempts = failures + 1
    if person.dob_failed_attempts >= policy.max_attempts:
        person.dob_failed_attempts, person.dob_locked_until = 0, now + policy.lock
        if row is not None:
            row.verified_until = None  # this identity answers again once the lock is over
        record("failure: locked")
        return AttemptResult(Outcome.LOCKED, 0)
    record("failure")
    return AttemptResult(Outcome.WRONG, policy.max_attempts - person.dob_failed_attempts)

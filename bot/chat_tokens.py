"""Signed, expiring web-chat tokens (JWT, HS256 with SECRET_KEY).

A chat link binds a browser to one person: `patient-support chat-link` (and later the
console) issues a token naming the identity ("web:patient:3", "web:contact:7"); the web
chat channel verifies it on the server. Anonymous chats get a token too, naming only
their conversation, so a reconnecting browser resumes its own conversation and no other.
"""
from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

import jwt

ALGORITHM = "HS256"
AUDIENCE = "patient-support-webchat"


@dataclass(frozen=True)
class ChatClaims:
    conversation_id: str
    identity: str | None  # None: anonymous (general help only)


def conversation_for(identity: str) -> str:
    """One conversation per person: "web:patient:3" -> "web-patient-3"."""
    return identity.replace(":", "-")


def issue(secret: str, identity: str | None, ttl: dt.timedelta, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now(dt.timezone.utc)
    conversation = conversation_for(identity) if identity else f"web-anon-{secrets.token_hex(16)}"
    claims = {"aud": AUDIENCE, "iat": now, "exp": now + ttl, "conv": conversation}
    if identity:
        claims["sub"] = identity
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read(token: str | None, secret: str) -> ChatClaims | None:
    """The verified claims, or None for a missing, forged, expired or malformed token."""
    if not token:
        return None
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], audience=AUDIENCE)
    except jwt.PyJWTError:
        return None
    conversation = claims.get("conv")
    if not isinstance(conversation, str) or not conversation.startswith("web-"):
        return None
    return ChatClaims(conversation_id=conversation, identity=claims.get("sub"))


def identity_for(session, who: str) -> str | None:
    """A patient's MRN, or the phone of a patient or authorized contact -> web identity."""
    from sqlalchemy import select

    from bot import phones
    from bot.models import AuthorizedContact, Patient

    patient = session.execute(select(Patient).where(Patient.mrn == who)).scalar_one_or_none()
    phone = phones.try_normalize(who)
    if patient is None and phone:
        patient = session.execute(select(Patient).where(Patient.phone == phone)).scalar_one_or_none()
    if patient is not None:
        return f"web:patient:{patient.id}"
    contact = session.execute(select(AuthorizedContact).where(AuthorizedContact.phone == phone)
                              .order_by(AuthorizedContact.id)).scalars().first() if phone else None
    return f"web:contact:{contact.id}" if contact else None

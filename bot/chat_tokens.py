"""Web-chat links and sessions.

A chat link is a signed, expiring JWT (HS256 with SECRET_KEY) that names one person
("web:patient:3", "web:contact:7") and carries a random id (`jti`). It works once, like a
key handed over: the first browser that presents it over the chat's WebSocket gets a
session of its own (a `chat_sessions` row), and from then on reconnects with that
session's random token, kept in the tab's sessionStorage. The link is then spent: a second
browser presenting it gets an anonymous chat (general help only), and the first is told.

Each session has its own conversation (bot messages to one browser never reach another)
and is the sender identity verification is remembered for ("web:session:<id>"), so a date
of birth answered in one browser unlocks nothing in another. Opening the page (a GET, as
link previews and mail scanners do) spends nothing: only the WebSocket hello does.

Anonymous chats need no database: a signed token naming only their conversation, so a
reconnecting tab resumes its own conversation and no other.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import secrets
from dataclasses import dataclass

import jwt
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from bot import audit
from bot.db import session_scope
from bot.models import AuthorizedContact, ChatSession, Patient

log = logging.getLogger(__name__)

ALGORITHM = "HS256"
AUDIENCE = "patient-support-webchat"
LINK_HOURS_DEFAULT = 24  # a link not opened by then is dead (`patient-support chat-link --hours`)
LINK_HOURS_MAX = 72
SESSION_TTL = dt.timedelta(hours=12)  # one browser's session, from the moment the link is opened
ANONYMOUS_TTL = dt.timedelta(hours=12)
LINK, ANONYMOUS, SESSION = "link", "anon", "session"

LINK_USED = ("This chat link was already opened in another browser, and a link works only once, so this chat "
             "isn't linked to anyone. I can still help with general questions (rides, medicine costs, "
             "equipment...) or get a case manager: type AGENT. Your care team can send you a new link.")
LINK_REOPENED = ("This chat link was just opened in another browser. That chat is not linked to you and cannot "
                 "see your care plan. If it wasn't you, tell your care team: type AGENT.")
NOT_VALID = ("This chat link has expired or is no longer valid, so this is a new chat that isn't linked to "
             "anyone. I can still help with general questions; your care team can send you a new link.")
UNAVAILABLE = ("I can't open your secure chat right now, so for the moment this chat isn't linked to you. "
               "Please reload the page in a few minutes. In an emergency call 911.")


@dataclass(frozen=True)
class ChatClaims:
    kind: str  # LINK or ANONYMOUS
    conversation_id: str | None  # anonymous: its conversation; a link has none until it is opened
    identity: str | None  # a link's person ("web:patient:3"); None when anonymous
    jti: str | None = None


def conversation_for(identity: str) -> str:
    """The readable start of a person's web conversations: "web:patient:3" -> "web-patient-3"."""
    return identity.replace(":", "-")


def issue(secret: str, identity: str | None, ttl: dt.timedelta, now: dt.datetime | None = None) -> str:
    """A chat link's token for `identity`, or (None) an anonymous chat's token."""
    now = now or dt.datetime.now(dt.timezone.utc)
    claims = {"aud": AUDIENCE, "iat": now, "exp": now + ttl}
    if identity:
        claims.update(typ=LINK, sub=identity, jti=secrets.token_hex(16))
    else:
        claims.update(typ=ANONYMOUS, conv=f"web-anon-{secrets.token_hex(16)}")
    return jwt.encode(claims, secret, algorithm=ALGORITHM)


def read(token: str | None, secret: str) -> ChatClaims | None:
    """The verified claims of a link or anonymous token; None for anything else (missing,
    forged, expired, malformed, a link from before links were single-use, a session token)."""
    if not token or token.count(".") != 2:
        return None
    try:
        claims = jwt.decode(token, secret, algorithms=[ALGORITHM], audience=AUDIENCE)
    except jwt.PyJWTError:
        return None
    kind, subject, jti, conversation = (claims.get(k) for k in ("typ", "sub", "jti", "conv"))
    if kind == LINK and isinstance(subject, str) and subject.startswith(("web:patient:", "web:contact:")) \
            and isinstance(jti, str) and jti:
        return ChatClaims(LINK, None, subject, jti)
    anonymous = kind == ANONYMOUS or (kind is None and subject is None)  # or from before links had a kind
    if anonymous and isinstance(conversation, str) and conversation.startswith("web-anon-"):
        return ChatClaims(ANONYMOUS, conversation, None)
    return None


# --- sessions -----------------------------------------------------------------------------


def session_identity(chat: ChatSession) -> str:
    """The sender identity a session's messages carry (signed by the channel)."""
    return f"web:session:{chat.id}"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class LinkAlreadyUsed(Exception):
    """The link was opened before: the session it opened (its id, conversation, patient)."""

    def __init__(self, first: ChatSession):
        super().__init__("chat link already used")
        self.session_id, self.conversation_id, self.patient_id = first.id, first.conversation_id, first.patient_id


def _person(session: Session, subject: str) -> tuple[int, int | None] | None:
    """(patient_id, contact_id) a link's subject still names, or None (e.g. consent withdrawn)."""
    who, _, raw_id = subject.removeprefix("web:").partition(":")
    if not raw_id.isdigit():
        return None
    if who == "patient":
        patient = session.get(Patient, int(raw_id))
        return (patient.id, None) if patient else None
    contact = session.get(AuthorizedContact, int(raw_id)) if who == "contact" else None
    return (contact.patient_id, contact.id) if contact else None


def patient_of(session: Session, subject: str) -> int | None:
    """The patient a link's subject is about."""
    person = _person(session, subject)
    return person[0] if person else None


def exchange_link(session: Session, link: ChatClaims, now: dt.datetime,
                  ttl: dt.timedelta = SESSION_TTL) -> tuple[ChatSession, str] | None:
    """Spend a link: a new session for the browser that presented it, and the token it
    resumes with (returned once; only its hash is stored). None when the link's person is
    no longer on file. Raises LinkAlreadyUsed for a link opened before. Two browsers racing
    with one link: the unique `link_jti` lets one commit; the other gets an IntegrityError
    and, tried again, LinkAlreadyUsed."""
    assert link.kind == LINK and link.jti and link.identity
    first = session.execute(select(ChatSession).where(ChatSession.link_jti == link.jti)).scalar_one_or_none()
    if first is not None:
        raise LinkAlreadyUsed(first)
    person = _person(session, link.identity)
    if person is None:
        return None
    token, chat_id = secrets.token_urlsafe(32), secrets.token_hex(16)
    chat = ChatSession(id=chat_id, token_hash=_hash(token), identity=link.identity, patient_id=person[0],
                       contact_id=person[1], conversation_id=f"{conversation_for(link.identity)}-{chat_id}",
                       link_jti=link.jti, created_at=now, expires_at=now + ttl)
    session.add(chat)
    session.flush()
    return chat, token


def resume(session: Session, token: str | None, now: dt.datetime) -> ChatSession | None:
    """The live session a browser's token belongs to; None if unknown, expired or revoked."""
    if not token or len(token) > 200:
        return None
    chat = session.execute(select(ChatSession).where(ChatSession.token_hash == _hash(token))).scalar_one_or_none()
    return chat if chat is not None and live(chat, now) else None


def live(chat: ChatSession, now: dt.datetime) -> bool:
    return chat.revoked_at is None and chat.expires_at > now


@dataclass(frozen=True)
class Opened:
    """What a WebSocket hello leads to."""

    claims: ChatClaims  # the conversation this socket is, and the identity its messages carry
    token: str | None  # what the browser keeps to reconnect; None: keep the one it has
    notices: tuple[str, ...] = ()  # said to this browser at once
    tell: str | None = None  # the conversation of an earlier session whose link was just opened again


def _anonymous(secret: str, *notices: str, keep_token: bool = False) -> Opened:
    token = issue(secret, None, ANONYMOUS_TTL)
    return Opened(read(token, secret), None if keep_token else token, notices)


def _session_claims(chat: ChatSession) -> ChatClaims:
    return ChatClaims(SESSION, chat.conversation_id, session_identity(chat))


def open_chat(token: str | None, secret: str, now: dt.datetime, engine=None) -> Opened:
    """The chat a hello's token opens (blocking: run it off the event loop). An anonymous
    token resumes its conversation; a link is spent for a new session (or, spent before,
    gives an anonymous chat and a word to the first browser); a session token resumes its
    session while it is live; anything else, or nothing, is a new anonymous chat. If the
    database cannot be reached, an anonymous chat for now, and the browser keeps its token."""
    token = token if isinstance(token, str) and 0 < len(token) <= 4096 else None
    claims = read(token, secret)
    if claims is not None and claims.kind == ANONYMOUS:
        return Opened(claims, token)
    if token is None:
        return _anonymous(secret)
    try:
        if claims is None:
            with session_scope(engine) as session:
                chat = resume(session, token, now)
                return Opened(_session_claims(chat), token) if chat else _anonymous(secret, NOT_VALID)
        for last_try in (False, True):
            try:
                with session_scope(engine) as session:
                    opened = exchange_link(session, claims, now)
                    if opened is None:
                        return _anonymous(secret, NOT_VALID)
                    chat, session_token = opened
                    audit.record(session, "family" if chat.contact_id else "patient", session_identity(chat),
                                 "chat_link_opened", patient_id=chat.patient_id,
                                 detail=f"link {claims.jti[:8]}, session {chat.id}", at=now)
                    return Opened(_session_claims(chat), session_token)
            except IntegrityError:  # another browser spent it at the same moment
                if last_try:
                    raise
            except LinkAlreadyUsed as used:
                with session_scope(engine) as session:
                    audit.record(session, "unknown", "-", "chat_link_reused", patient_id=used.patient_id,
                                 detail=f"link {claims.jti[:8]} of session {used.session_id} opened again; "
                                        "given an anonymous chat", at=now)
                opened = _anonymous(secret, LINK_USED)
                return Opened(opened.claims, opened.token, opened.notices, tell=used.conversation_id)
    except SQLAlchemyError:
        log.exception("could not open a web chat session")
        return _anonymous(secret, UNAVAILABLE, keep_token=True)
    raise AssertionError("unreachable")


def identity_for(session, who: str) -> str | None:
    """A patient's MRN, or the phone of a patient or authorized contact -> web identity."""
    from bot import phones

    patient = session.execute(select(Patient).where(Patient.mrn == who)).scalar_one_or_none()
    phone = phones.try_normalize(who)
    if patient is None and phone:
        patient = session.execute(select(Patient).where(Patient.phone == phone)).scalar_one_or_none()
    if patient is not None:
        return f"web:patient:{patient.id}"
    contact = session.execute(select(AuthorizedContact).where(AuthorizedContact.phone == phone)
                              .order_by(AuthorizedContact.id)).scalars().first() if phone else None
    return f"web:contact:{contact.id}" if contact else None

"""Console logins: Argon2-hashed passwords, lockout after repeated failures, and a signed
session cookie (JWT) that carries the CSRF token every form must echo back and the id of
a server-side session row (`console_sessions`) that logging out revokes.

A login looks the same from outside whatever went wrong: one message, and one Argon2
check (against a dummy hash for an unknown email or a locked account), so neither the
words nor the time tell whether an email belongs to a case manager. The lockout counts an
attempt in the database before its password is checked, in one conditional UPDATE that
also checks the lock: of any number of parallel wrong attempts, at most MAX_FAILURES reach
the password hash before the account locks."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from functools import lru_cache

import jwt
from sqlalchemy import case, func, literal, or_, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot import audit
from bot.db import session_scope
from bot.models import CaseManager, ConsoleSession
from bot.passwords import hash_password, verify_password

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
SESSION_TTL = dt.timedelta(hours=8)
AUDIENCE = "patient-support-console"
COOKIE = "console_session"
# Every failed login, whatever the reason (unknown email, wrong password, locked account).
LOGIN_FAILED = "Wrong email or password, or too many attempts. Try again later."


@dataclass(frozen=True)
class StaffSession:
    case_manager_id: int
    csrf: str
    sid: str = ""
    password_mark: str = ""  # ties the cookie to the password it was issued under


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    """A hash of a random password, made like the real ones: an unknown email or a locked
    account costs the same Argon2 work as a wrong password."""
    return hash_password(secrets.token_urlsafe(24))


def _take_attempt(session: Session, manager_id: int, now: dt.datetime) -> bool:
    """Count this attempt as a failure before its password is checked, unless the account
    is locked, in one statement (the database serialises parallel attempts on the row).
    The attempt that reaches MAX_FAILURES locks the account; one after an expired lock
    starts counting again. False: locked, the password must not be checked."""
    count = case((CaseManager.locked_until.isnot(None), 0), else_=CaseManager.failed_logins) + 1
    lock_until = literal(now + LOCKOUT, CaseManager.locked_until.type)
    result = session.execute(
        update(CaseManager)
        .where(CaseManager.id == manager_id,
               or_(CaseManager.locked_until.is_(None), CaseManager.locked_until <= now))
        .values(failed_logins=count, locked_until=case((count >= MAX_FAILURES, lock_until), else_=None))
        .execution_options(synchronize_session=False))
    return result.rowcount == 1


def authenticate(engine: Engine | None, email: str, password: str, now: dt.datetime) -> tuple[int | None, str]:
    """The case manager's id, or None with LOGIN_FAILED. The attempt is counted (and the
    lock checked) in a transaction of its own that commits before the slow hash check."""
    with session_scope(engine) as session:
        found = session.execute(select(CaseManager.id, CaseManager.password_hash)
                                .where(func.lower(CaseManager.email) == email.strip().lower())).one_or_none()
        manager_id, password_hash = found if found else (None, None)
        may_try = manager_id is not None and _take_attempt(session, manager_id, now)
    checked = verify_password(password_hash if may_try and password_hash else _dummy_hash(), password)
    ok = may_try and bool(password_hash) and checked
    with session_scope(engine) as session:
        if ok:
            session.execute(update(CaseManager).where(CaseManager.id == manager_id)
                            .values(failed_logins=0, locked_until=None).execution_options(synchronize_session=False))
            audit.record(session, "case_manager", manager_id, "login", at=now)
        elif may_try:
            audit.record(session, "case_manager", manager_id, "login_failed", at=now)
        elif manager_id is not None:
            audit.record(session, "case_manager", manager_id, "login_refused", detail="locked", at=now)
    return (manager_id, "") if ok else (None, LOGIN_FAILED)


def _password_mark(secret: str, password_hash: str | None) -> str:
    """A keyed digest of the current password hash (it reveals nothing about the hash):
    a new password ends every session issued under the old one."""
    return hmac.new(secret.encode(), (password_hash or "").encode(), hashlib.sha256).hexdigest()[:32]


def open_session(session: Session, secret: str, case_manager_id: int, now: dt.datetime) -> str:
    """Store a new session row and return the cookie's value (a signed JWT naming it)."""
    session.query(ConsoleSession).filter(ConsoleSession.expires_at < now - dt.timedelta(days=1)).delete(
        synchronize_session=False)  # long dead: nothing reads them again
    sid = secrets.token_urlsafe(32)
    session.add(ConsoleSession(id=sid, case_manager_id=case_manager_id, created_at=now, expires_at=now + SESSION_TTL))
    manager = session.get(CaseManager, case_manager_id)
    return jwt.encode({"aud": AUDIENCE, "sub": str(case_manager_id), "sid": sid, "csrf": secrets.token_urlsafe(24),
                       "pwd": _password_mark(secret, manager.password_hash), "iat": now, "exp": now + SESSION_TTL},
                      secret, algorithm="HS256")


def read_session(token: str | None, secret: str) -> StaffSession | None:
    """The cookie's claims if its signature and expiry hold (is_live checks the row)."""
    if not token:
        return None
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], audience=AUDIENCE)
        return StaffSession(int(claims["sub"]), str(claims["csrf"]), str(claims["sid"]), str(claims["pwd"]))
    except (jwt.PyJWTError, KeyError, ValueError):
        return None


def is_live(session: Session, staff: StaffSession, secret: str, now: dt.datetime) -> bool:
    """The session row exists, belongs to this case manager, has not expired or been
    revoked, and the password has not changed since it was issued."""
    row = session.execute(select(ConsoleSession.expires_at, ConsoleSession.revoked_at, CaseManager.password_hash)
                          .join(CaseManager, CaseManager.id == ConsoleSession.case_manager_id)
                          .where(ConsoleSession.id == staff.sid,
                                 ConsoleSession.case_manager_id == staff.case_manager_id)).one_or_none()
    return (row is not None and row.revoked_at is None and row.expires_at > now
            and hmac.compare_digest(_password_mark(secret, row.password_hash), staff.password_mark))


def revoke(session: Session, staff: StaffSession, now: dt.datetime) -> None:
    """Log out: the session's cookie opens nothing from now on."""
    session.execute(update(ConsoleSession)
                    .where(ConsoleSession.id == staff.sid, ConsoleSession.revoked_at.is_(None))
                    .values(revoked_at=now).execution_options(synchronize_session=False))
    audit.record(session, "case_manager", staff.case_manager_id, "logout", at=now)


def csrf_ok(staff: StaffSession, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(staff.csrf, submitted)

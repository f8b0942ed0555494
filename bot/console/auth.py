"""Console logins: Argon2-hashed passwords, lockout after repeated failures, and a signed
session cookie (JWT) that carries the CSRF token every form must echo back."""
from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

import jwt
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.models import AuditLog, CaseManager
from bot.passwords import verify_password

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=15)
SESSION_TTL = dt.timedelta(hours=8)
AUDIENCE = "patient-support-console"
COOKIE = "console_session"


@dataclass(frozen=True)
class StaffSession:
    case_manager_id: int
    csrf: str


def authenticate(session: Session, email: str, password: str, now: dt.datetime) -> tuple[CaseManager | None, str]:
    """The case manager, or None with a reason that does not reveal whether the email exists."""
    manager = session.execute(select(CaseManager).where(func.lower(CaseManager.email) == email.strip().lower())
                              ).scalar_one_or_none()
    if manager is None:
        return None, "Wrong email or password."
    if manager.locked_until and manager.locked_until > now:
        return None, "Too many failed attempts. Try again in 15 minutes."
    if not verify_password(manager.password_hash, password):
        manager.failed_logins = (manager.failed_logins or 0) + 1
        if manager.failed_logins >= MAX_FAILURES:
            manager.failed_logins, manager.locked_until = 0, now + LOCKOUT
        session.add(AuditLog(at=now, actor_type="case_manager", actor_id=str(manager.id), action="login_failed"))
        return None, "Wrong email or password."
    manager.failed_logins, manager.locked_until = 0, None
    session.add(AuditLog(at=now, actor_type="case_manager", actor_id=str(manager.id), action="login"))
    return manager, ""


def issue_session(secret: str, case_manager_id: int, now: dt.datetime) -> str:
    return jwt.encode({"aud": AUDIENCE, "sub": str(case_manager_id), "csrf": secrets.token_urlsafe(24),
                       "iat": now, "exp": now + SESSION_TTL}, secret, algorithm="HS256")


def read_session(token: str | None, secret: str) -> StaffSession | None:
    if not token:
        return None
    try:
        claims = jwt.decode(token, secret, algorithms=["HS256"], audience=AUDIENCE)
        return StaffSession(int(claims["sub"]), str(claims["csrf"]))
    except (jwt.PyJWTError, KeyError, ValueError):
        return None


def csrf_ok(staff: StaffSession, submitted: str | None) -> bool:
    return bool(submitted) and hmac.compare_digest(staff.csrf, submitted)

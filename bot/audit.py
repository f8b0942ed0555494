"""The audit log: who looked at or changed which patient's record. Every row is written
here, with one convention for the actor: `actor_type` is case_manager (actor_id: the case
manager's id), patient or family (actor_id: the sender identity, e.g. "phone:+1312..."),
system or operator. `detail` never holds PHI: ids, channels and outcome codes only."""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from bot.models import AuditLog, utcnow

ACTOR_TYPES = {"case_manager", "patient", "family", "unknown", "system", "operator"}


def record(session: Session, actor_type: str, actor_id: str | int | None, action: str, *,
           patient_id: int | None = None, detail: str = "", at: dt.datetime | None = None) -> None:
    """Add one audit row to the caller's transaction (it commits or rolls back with the
    change it describes)."""
    if actor_type not in ACTOR_TYPES:
        raise ValueError(f"unknown audit actor type {actor_type!r}")
    session.add(AuditLog(at=at or utcnow(), actor_type=actor_type, actor_id=str(actor_id or "-"), action=action,
                         patient_id=patient_id, detail=detail[:500]))

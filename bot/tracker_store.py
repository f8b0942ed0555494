"""Rasa's SQL tracker store with its per-turn cost cut: the same table, the same rows, the
same answers (tests/test_tracker_store.py checks each against Rasa's own).

Every turn loads the conversation once and saves it once. Rasa 3.6 builds both queries
anew each time with the ORM (a subquery for the latest session start; a count of the
stored events before inserting the new ones, one ORM object each), and gives a SQLite file
a connection that is opened and closed for every session. Here the statements are built
once (SQLAlchemy remembers a built statement's cache key, so only the sender changes), the
new events go in one multi-row insert, and SQLite keeps a pool of open connections as the
app database does (bot/db.py). docs/performance.md has the numbers.

Configured in endpoints*.yml as `type: bot.tracker_store.PooledSQLTrackerStore` with the
same keys as Rasa's `type: SQL`.
"""
from __future__ import annotations

import itertools
import json
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.pool import QueuePool


class PooledSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self._pool_sqlite_connections()
        self._build_statements()

    def _pool_sqlite_connections(self) -> None:
        # SQLAlchemy 1.4 gives a SQLite file a NullPool: a new connection per session. The
        # event loop's thread and the recovery pass's threads both use it, hence
        # check_same_thread=False; a connection is used by one session at a time.
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, poolclass=QueuePool, pool_size=5, max_overflow=10,
                                       connect_args={"check_same_thread": False})
        # Write-ahead logging, as the app database (bot/db.py): a commit writes the log once
        # instead of a rollback journal and the file (0.27 against 0.74 ms a commit here),
        # with the same durability (synchronous stays FULL).
        sa.event.listen(self.engine, "connect", _write_ahead_log)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _build_statements(self) -> None:
        events = self.SQLEvent.__table__
        sender = events.c.sender_id == sa.bindparam("sender_id")
        session_start = (sa.select(sa.func.max(events.c.timestamp))
                         .where(sender, events.c.type_name == SessionStarted.type_name)
                         .scalar_subquery())
        # As Rasa's _event_query: the events since the latest session start, or all of them
        # if none started; in id order (timestamps are floats and need not be unique).
        in_latest_session = sa.or_(events.c.timestamp >= session_start, session_start.is_(None))
        self._latest_session = sa.select(events.c.data).where(sender, in_latest_session).order_by(events.c.id)
        self._all_sessions = sa.select(events.c.data).where(sender).order_by(events.c.id)
        self._stored_in_latest_session = sa.select(sa.func.count()).select_from(events).where(sender,
                                                                                            in_latest_session)
        self._insert = events.insert()

    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool) -> DialogueStateTracker | None:
        statement = self._all_sessions if fetch_events_from_all_sessions else self._latest_session
        with self.session_scope() as session:
            rows = session.execute(statement, {"sender_id": sender_id}).scalars().all()
        if not self.domain or not rows:
            return None
        return DialogueStateTracker.from_dict(sender_id, [json.loads(data) for data in rows], self.domain.slots)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = session.execute(self._stored_in_latest_session, {"sender_id": tracker.sender_id}).scalar_one()
            rows = [_row(tracker.sender_id, event) for event in itertools.islice(tracker.events, stored, None)]
            if rows:
                session.execute(self._insert, rows)
            session.commit()


def _write_ahead_log(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def _row(sender_id: str, event) -> dict[str, Any]:
    """The columns Rasa's save writes for one event."""
    data = event.as_dict()
    return {
        "sender_id": sender_id,
        "type_name": event.type_name,
        "timestamp": data.get("timestamp"),
        "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
        "action_name": data.get("name"),
        "data": json.dumps(data),
    }

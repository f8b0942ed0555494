"""bot/tracker_store.py against Rasa's own SQL tracker store, on SQLite and PostgreSQL: the
same rows written, the same conversation read back, across a session restart."""
from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered)
from rasa.shared.core.trackers import DialogueStateTracker

from bot.tracker_store import PooledSQLTrackerStore

DOMAIN = Domain.from_yaml("""
version: "3.1"
intents: [greet, find_resource]
slots:
  zip_code:
    type: text
    mappings: [{type: custom}]
""")


def _store(cls, url: str):
    parts = sa.engine.make_url(url)
    return cls(domain=DOMAIN, dialect=parts.get_backend_name(), host=parts.host, port=parts.port,
               db=parts.database, username=parts.username, password=parts.password)


# As Rasa logs a session start: the action's SessionStarted is made before the
# ActionExecuted that records the action, so it has the earlier timestamp.
def _first_session(start: float) -> list:
    return [
        ActionExecuted("action_session_start", timestamp=start + 0.1),
        SessionStarted(timestamp=start),
        ActionExecuted("action_listen", timestamp=start + 0.2),
        UserUttered("hello", {"name": "greet", "confidence": 0.9}, timestamp=start + 1),
        BotUttered("Hi! How can I help?", timestamp=start + 2),
        SlotSet("zip_code", "60612", timestamp=start + 3),
        ActionExecuted("action_listen", timestamp=start + 4),
    ]


def _second_session(start: float) -> list:
    return [
        ActionExecuted("action_session_start", timestamp=start + 0.1),
        SessionStarted(timestamp=start),
        SlotSet("zip_code", "60612", timestamp=start + 0.2),
        ActionExecuted("action_listen", timestamp=start + 0.3),
        UserUttered("rides", {"name": "find_resource", "confidence": 0.8}, timestamp=start + 1),
    ]


def _rows(store, sender_id: str) -> list[tuple]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(sa.text(
            "SELECT type_name, timestamp, intent_name, action_name, data FROM events WHERE sender_id = :s "
            "ORDER BY id"), {"s": sender_id})]


def _events(tracker) -> list[dict]:
    return [event.as_dict() for event in tracker.events] if tracker else None


@pytest.fixture
def stores(database_url):
    ours, rasas = _store(PooledSQLTrackerStore, database_url), _store(SQLTrackerStore, database_url)
    yield ours, rasas
    ours.engine.dispose()
    rasas.engine.dispose()


def test_writes_and_reads_what_rasa_does_across_a_new_session(stores):
    ours, rasas = stores

    async def scenario() -> None:
        for store, sender in ((ours, "+13125550101"), (rasas, "+13125550102")):
            tracker = DialogueStateTracker.from_events(sender, _first_session(1000.0), DOMAIN.slots)
            await store.save(tracker)
            await store.save(tracker)  # nothing new: nothing written twice
            tracker = await store.retrieve(sender)
            for event in _second_session(5000.0):
                tracker.update(event)
            await store.save(tracker)

        assert _rows(ours, "+13125550101") == _rows(rasas, "+13125550102")
        assert len(_rows(ours, "+13125550101")) == 12
        for sender in ("+13125550101", "+13125550102"):
            latest = await ours.retrieve(sender)
            assert _events(latest) == _events(await rasas.retrieve(sender))
            assert latest.events[0].timestamp == 5000.1  # the latest session only
            assert latest.get_slot("zip_code") == "60612"
            full = await ours.retrieve_full_tracker(sender)
            assert _events(full) == _events(await rasas.retrieve_full_tracker(sender))
            assert len(full.events) == 12
        assert await ours.retrieve("+13125550199") is None

    asyncio.run(scenario())


def test_a_sqlite_store_keeps_its_connections_open(tmp_path):
    store = _store(PooledSQLTrackerStore, f"sqlite:///{tmp_path / 'rasa.db'}")
    asyncio.run(store.save(DialogueStateTracker.from_events("+13125550103", _first_session(1.0), DOMAIN.slots)))
    assert isinstance(store.engine.pool, sa.pool.QueuePool)
    assert store.engine.pool.checkedin() == 1  # returned to the pool, not closed
    store.engine.dispose()


def test_a_sqlite_store_writes_ahead_to_a_log(tmp_path):
    store = _store(PooledSQLTrackerStore, f"sqlite:///{tmp_path / 'rasa.db'}")
    asyncio.run(store.save(DialogueStateTracker.from_events("+13125550104", _first_session(1.0), DOMAIN.slots)))
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(sa.text("PRAGMA synchronous")).scalar() == 2  # FULL: as durable as before
    store.engine.dispose()

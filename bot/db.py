"""Engine and sessions. A session per unit of work, never one shared across requests."""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bot.config import database_url


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A pool of open connections (SQLAlchemy 1.4 opens and closes a file database's
        # connection for every session, with the pragmas below each time: a measurable
        # part of every turn, docs/performance.md).
        engine = create_engine(url, future=True, connect_args={"check_same_thread": False}, poolclass=QueuePool,
                               pool_size=5, max_overflow=10)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # SQLite ignores foreign keys unless asked, and WAL lets the action server read while
    # an importer writes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


@lru_cache(maxsize=None)
def engine_for(url: str) -> Engine:
    return make_engine(url)


def default_engine() -> Engine:
    return engine_for(database_url())


# One factory for every engine, bound per session: a new sessionmaker builds a Session
# subclass on its first use (0.11 ms, ten times the session itself), and a turn opens
# several sessions.
_new_session = sessionmaker(future=True, expire_on_commit=False)


@contextmanager
def session_scope(engine: Engine | None = None) -> Iterator[Session]:
    """Commit on success, roll back on error, always close."""
    session = _new_session(bind=engine or default_engine())
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()

"""Shared fixtures: real SQLite and real PostgreSQL databases, migrated, with demo data.

PostgreSQL tests need the server on 127.0.0.1:5432 (`.ci/run` starts it); each test
database is a throwaway one created and dropped here. Set TEST_POSTGRES_ADMIN_URL to use
another server.
"""
from __future__ import annotations

import datetime as dt
import os
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, text

from bot import migrate
from bot.care_import import load_care_file
from bot.db import make_engine, session_scope
from bot.resource_import import import_resources
from tests.twilio_standin import TwilioStandIn

ROOT = Path(__file__).resolve().parent.parent
DEMO_CARE = ROOT / "data" / "demo" / "care.yml"
DEMO_RESOURCES = ROOT / "data" / "demo" / "resources.csv"
ZONE = ZoneInfo("America/Chicago")
ADMIN_URL = os.environ.get("TEST_POSTGRES_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def postgres_database() -> tuple[str, callable]:
    name = f"ps_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(ADMIN_URL, future=True, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", drop


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """An empty database of each kind."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    url, drop = postgres_database()
    yield url
    drop()


@pytest.fixture
def engine(database_url):
    """A database migrated to the latest schema."""
    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):
    with session_scope(engine) as session:
        yield session


@pytest.fixture
def demo_engine(engine):
    """The migrated database with the demo care data and resource directory loaded."""
    with session_scope(engine) as session:
        load_care_file(session, DEMO_CARE, ZONE)
        import_resources(session, DEMO_RESOURCES)
    return engine


@pytest.fixture
def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@pytest.fixture(scope="module")
def twilio():
    """A local HTTP server playing Twilio's REST API (tests/twilio_standin.py)."""
    with TwilioStandIn() as standin:
        yield standin

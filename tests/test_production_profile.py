"""The production profile for real: PostgreSQL app database and tracker store, Redis lock
store, no REST channel, and no start without real secrets."""
from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
import redis
from sqlalchemy import create_engine, text

from tests.conftest import postgres_database
from tests.servers import ROOT, start_assistant, stop_assistant, twilio_env

pytestmark = pytest.mark.rasa
PRODUCTION = {"PATIENT_SUPPORT_PROFILE": "production", "SECRET_KEY": "x" * 48,
              "TWILIO_AUTH_TOKEN": "production-test-twilio-token", "REDIS_URL": "redis://127.0.0.1:6379/0",
              "CONSOLE_URL": "https://console.example.org"}


@pytest.fixture(scope="module")
def databases():
    app_url, drop_app = postgres_database()
    tracker_url, drop_tracker = postgres_database()
    yield app_url, tracker_url
    drop_app()
    drop_tracker()


@pytest.fixture(scope="module")
def production(tmp_path_factory, databases, twilio):
    app_url, tracker_url = databases
    # production needs a complete Twilio configuration: the local stand-in plays Twilio
    running = start_assistant(tmp_path_factory.mktemp("production"), database_url=app_url,
                              extra_env={**PRODUCTION, **twilio_env(twilio.base_url, PRODUCTION["TWILIO_AUTH_TOKEN"]),
                                         "TRACKER_STORE_URL": tracker_url})
    yield running
    stop_assistant(running)


def _watch_redis(seen: list[str], ready: threading.Event, stop: threading.Event) -> None:
    client = redis.Redis(host="127.0.0.1", port=6379)
    with client.monitor() as monitor:
        ready.set()
        for command in monitor.listen():
            if "patientsupport" in command["command"]:
                seen.append(command["command"])
                return
            if stop.is_set():
                return


def test_messages_use_the_redis_lock_store_and_the_postgres_tracker(production, databases):
    seen: list[str] = []
    ready, stop = threading.Event(), threading.Event()
    watcher = threading.Thread(target=_watch_redis, args=(seen, ready, stop), daemon=True)
    watcher.start()
    ready.wait(10)
    status, replies = production.sms("+13125550999", "I need a ride to chemo")
    stop.set()
    redis.Redis(host="127.0.0.1", port=6379).ping()  # wakes the monitor so it can stop
    watcher.join(10)
    assert status == 200 and any("zip code" in reply for reply in replies)
    assert seen, "no lock-store command reached Redis"
    engine = create_engine(databases[1], future=True)
    with engine.connect() as connection:
        count = connection.execute(text("SELECT count(*) FROM events WHERE sender_id = '+13125550999'")).scalar_one()
    engine.dispose()
    assert count > 0


def test_rest_channel_is_off_in_production(production):
    status, _ = production.post_json("/webhooks/rest/webhook", {"sender": "x", "message": "hi"})
    assert status == 404


def test_production_refuses_to_start_with_development_secrets(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "PATIENT_SUPPORT_PROFILE": "production", "PATIENT_SUPPORT_STATE_DIR": str(tmp_path)}
    result = subprocess.run([str(Path(sys.executable).with_name("patient-support")), "run"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "SECRET_KEY" in result.stdout and "TWILIO_AUTH_TOKEN" in result.stdout and "PostgreSQL" in result.stdout

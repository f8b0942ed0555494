"""The production profile for real: PostgreSQL app database and tracker store, Redis lock
store, two Rasa servers behind the local round-robin proxy (bot/proxy.py), no REST
channel, and no start without real secrets."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
import redis
from sqlalchemy import create_engine, text

from bot import logs
from tests.conftest import postgres_database
from tests.servers import ROOT, answers, child_pids, start_assistant, stop_assistant, twilio_env

pytestmark = pytest.mark.rasa
PRODUCTION = {"PATIENT_SUPPORT_PROFILE": "production", "SECRET_KEY": "x" * 48,
              "TWILIO_AUTH_TOKEN": "production-test-twilio-token", "REDIS_URL": "redis://127.0.0.1:6379/0",
              "CONSOLE_URL": "https://console.example.org", "RASA_SERVERS": "2"}


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


def test_two_rasa_servers_run_behind_the_proxy(production):
    commands = [Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode() for pid in child_pids(production)]
    assert sum("bot.rasa_server" in c for c in commands) == 2 and sum("bot.proxy" in c for c in commands) == 1
    port = int(production.rasa_url.rsplit(":", 1)[1])
    for backend in (port + 1, port + 2):  # each answers on its own port, on this machine only
        assert answers(f"http://127.0.0.1:{backend}/")


def test_one_senders_messages_are_answered_in_order_across_servers(production, databases):
    """Messages from one number, sent faster than they are answered, land on both servers
    (round robin); the Redis lock makes each turn finish before the next begins."""
    phone = "+13125550988"
    before = production.last_outbound_id()
    for message in ("hello", "what can you do", "thank you", "goodbye"):
        assert production.post_sms(phone, message) == 200
        time.sleep(0.3)
    replies = production.wait_for_sms(phone, before, timeout=60)
    deadline = time.monotonic() + 60
    while len(replies) < 4 and time.monotonic() < deadline:
        time.sleep(0.5)
        replies = production.wait_for_sms(phone, before, timeout=5)
    assert len(replies) == 4, replies
    engine = create_engine(databases[1], future=True)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT type_name, data FROM events WHERE sender_id = :s ORDER BY id"),
                                  {"s": phone}).all()
    engine.dispose()
    kinds = [kind for kind, _ in rows if kind in ("user", "bot")]
    users = [json.loads(data)["text"] for kind, data in rows if kind == "user"]
    assert users == ["hello", "what can you do", "thank you", "goodbye"]
    # no turn interleaved with another: every user message is answered before the next one
    for i, kind in enumerate(kinds[:-1]):
        if kind == "user":
            assert kinds[i + 1] == "bot", kinds


def test_logs_are_json_lines_with_the_conversation_and_no_phone_or_text(production):
    """Production logs one JSON object per line from every process (bot/logs.py); a turn's
    lines carry the conversation's keyed reference, and neither the phone number nor what
    the person wrote appears anywhere in the log."""
    phone, said = "+13125550977", "could you tell me what you can do"
    before = production.last_outbound_id()
    assert production.post_sms(phone, said) == 200
    assert production.wait_for_sms(phone, before, timeout=60)
    time.sleep(1)  # the outbound line is written after the reply is recorded
    log = production.log()
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    assert {"rasa-server", "action-server", "console"} <= {line["service"] for line in lines}
    reference = logs.conversation_ref(phone, PRODUCTION["SECRET_KEY"].encode())
    assert any(line.get("conversation") == reference and line["service"] == "rasa-server" for line in lines)
    for leaked in (phone, phone[2:], said):
        assert leaked not in log
    plain = [line for line in log.splitlines() if re.match(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\S* +(?:INFO|WARNING|ERROR)", line)]
    assert not plain, plain[:3]  # no Python log line left in a plain-text format


def test_web_chat_messages_reach_the_browser_whichever_server_sends_them(production, tmp_path):
    """The browser's socket is held by one server; messages the other server produces (a
    case manager's reply, a reminder) reach it through Redis. Four triggers through the
    round-robin proxy land on both servers; all four must show."""
    from selenium.webdriver.common.by import By
    from tests.browser import chromium
    from tests.test_webchat import open_chat, say, wait
    from tests.servers import AUTH_TOKEN

    browser = chromium(tmp_path / "chromium", "390,844")
    try:
        open_chat(browser, production.rasa_url + "/webhooks/webchat/")
        say(browser, "hello", expect="care team's assistant")
        conversation = browser.find_element(By.TAG_NAME, "body").get_attribute("data-conversation")
        before = len(browser.find_elements(By.CSS_SELECTOR, ".msg.bot"))
        for _ in range(4):
            status, _ = production.post_json(f"/conversations/{urllib.parse.quote(conversation)}/trigger_intent"
                                             f"?output_channel=webchat&token={AUTH_TOKEN}", {"name": "greet"})
            assert status == 200
        wait(browser).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".msg.bot")) >= before + 4)
    finally:
        browser.quit()

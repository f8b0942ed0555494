"""`patient-support run` (what `make run` starts): the servers up, an answer from the trained
model, a clear message for a second instance, a crashed child restarted while the others keep
running, and a clean stop on Ctrl-C."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.runner import Service, Supervisor, answers as runner_answers, rasa_environment, services
from tests.servers import ROOT, answers, can_bind, child_pid, ephemeral_range, free_port, start_assistant, stop_assistant


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("run"))
    yield assistant
    stop_assistant(assistant)


def test_rest_webhook_answers_from_the_trained_model(running):
    replies = running.rest("local-tester", "hello there")
    assert any("care team's assistant" in reply for reply in replies), replies


def test_a_second_run_says_one_is_already_running(running):
    second = subprocess.run([str(Path(sys.executable).with_name("patient-support")), "run"], cwd=ROOT,
                            env=running.env, capture_output=True, text=True, timeout=60)
    assert second.returncode == 1
    assert "already running" in second.stdout


def test_ctrl_c_stops_everything(tmp_path):
    assistant = start_assistant(tmp_path)
    assert stop_assistant(assistant) == 0
    assert "Stopping" in assistant.log()
    assert not (tmp_path / "run.pid").exists()


def test_sms_send_posts_a_signed_message_and_prints_the_reply(running):
    result = subprocess.run([str(Path(sys.executable).with_name("patient-support")), "sms", "send",
                             "--from", "(312) 555-0999", "i need help paying for my insulin"],
                            cwd=ROOT, env=running.env, capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr
    assert "zip code" in result.stdout


def test_a_killed_action_server_is_restarted_while_the_rest_keep_running(running):
    action_health = f"http://127.0.0.1:{running.env['ACTION_SERVER_PORT']}/health"
    log_before = len(running.log())
    killed = child_pid(running, "bot.action_server")
    os.kill(killed, signal.SIGKILL)
    rasa_answered_during_outage = False
    deadline = time.monotonic() + 60
    while "action server is back" not in running.log()[log_before:]:
        assert time.monotonic() < deadline, running.log()[-3000:]
        if not answers(action_health):
            rasa_answered_during_outage |= answers(running.rasa_url + "/")
        time.sleep(0.2)
    assert "action server exited with status -9; restarting in 1s (restart 1)" in running.log()[log_before:]
    assert running.process.poll() is None
    assert rasa_answered_during_outage
    assert answers(action_health)
    assert child_pid(running, "bot.action_server") != killed


def test_restart_backoff_doubles_up_to_30s_and_resets_after_a_minute_up():
    service = Service("action server", ["true"], "http://127.0.0.1:1/health")
    assert [service.take_backoff(now=0) for _ in range(7)] == [1, 2, 4, 8, 16, 30, 30]
    service.healthy_since = 100.0
    assert service.take_backoff(now=130) == 30  # up half a minute: still the same incident
    assert service.take_backoff(now=160) == 1  # up a minute: a new one


def test_a_restarted_child_that_never_answers_is_killed_and_tried_again(tmp_path, capsys):
    service = Service("sleeper", [sys.executable, "-c", "import time; time.sleep(60)"],
                      f"http://127.0.0.1:{free_port()}/health", start_timeout=0.5, backoff=0.1)
    supervisor = Supervisor(tmp_path, dict(os.environ))
    supervisor.services.append(service)
    supervisor.start(service)
    first = service.process
    try:
        deadline = time.monotonic() + 20
        while service.restarts < 2:
            assert time.monotonic() < deadline
            supervisor.check(service)
            time.sleep(0.1)
    finally:
        supervisor.stop_all()
    assert first.returncode == -signal.SIGKILL
    out = capsys.readouterr().out
    assert "sleeper did not answer" in out
    assert "restarting in 0.1s (restart 1)" in out and "restarting in 0.2s (restart 2)" in out


def test_commands_carry_no_secret_and_servers_bind_to_this_machine_by_default(tmp_path):
    settings = load_settings({"RASA_AUTH_TOKEN": "api-token-1234", "ACTION_SERVER_TOKEN": "action-token-5678",
                              "PATIENT_SUPPORT_STATE_DIR": str(tmp_path)})
    assert (settings.rasa_host, settings.action_host, settings.console_host) == ("127.0.0.1",) * 3
    commands = [" ".join(service.command) for service in services(settings)]
    assert not any("api-token-1234" in c or "action-token-5678" in c for c in commands), commands
    assert "bot.action_server" in commands[0]
    assert "bot.rasa_server" in commands[1] and "--host 127.0.0.1" in commands[1] and "endpoints.yml" in commands[1]
    spread = load_settings({"ACTION_SERVER_HOST": "10.0.0.5", "RASA_HOST": "0.0.0.0",
                            "PATIENT_SUPPORT_STATE_DIR": str(tmp_path)})
    assert rasa_environment(spread)["ACTION_ENDPOINT_URL"] == f"http://10.0.0.5:{spread.action_port}/webhook"
    assert services(spread)[1].health_url == f"http://127.0.0.1:{spread.rasa_port}/"


def test_a_port_that_answers_but_not_in_http_is_not_healthy_yet():
    # What a health poll reads when it connects to itself on a port nobody listens on yet
    # (TCP simultaneous open): its own request line as the status line. It once crashed the runner.
    import socket
    import threading
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def reply_with_a_request_line():
        connection, _ = server.accept()
        connection.recv(1024)
        connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        connection.close()

    threading.Thread(target=reply_with_a_request_line, daemon=True).start()
    try:
        assert runner_answers(f"http://127.0.0.1:{server.getsockname()[1]}/") is False
    finally:
        server.close()


def test_test_ports_come_from_below_the_ephemeral_range_with_the_next_ones_free():
    # A port from the ephemeral range can be taken by any outgoing connection while a Rasa
    # server loads its model (CI once failed so); ports below it are only ever taken by a bind.
    low = ephemeral_range()[0]
    for _ in range(20):
        port = free_port(following=2)
        assert 10_000 <= port and port + 2 < low
        assert all(can_bind(p) for p in range(port, port + 3))


def test_children_get_two_malloc_arenas_unless_the_operator_chose(tmp_path, monkeypatch):
    # The Rasa server's resident memory crept with glibc's default arenas and stayed flat with two
    # (docs/performance.md "Memory, explained"); an operator's own value is kept.
    settings = load_settings({"PATIENT_SUPPORT_STATE_DIR": str(tmp_path)})
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    assert rasa_environment(settings)["MALLOC_ARENA_MAX"] == "2"
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    assert rasa_environment(settings)["MALLOC_ARENA_MAX"] == "4"

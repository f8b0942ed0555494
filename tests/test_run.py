"""`patient-support run` (what `make run` starts): both servers up, an answer from the trained
model, a clear message for a second instance, and a clean stop on Ctrl-C."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import ROOT, start_assistant, stop_assistant


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

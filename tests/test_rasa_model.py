"""The Rasa model itself: the training data validates clean, a model trains from scratch on
the repo's data and understands it, and the end-to-end test stories all pass."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.rasa_model import MODEL_NAME, fingerprint, is_current, model_path, train

ROOT = Path(__file__).resolve().parent.parent
RASA = str(Path(sys.executable).with_name("rasa"))
pytestmark = pytest.mark.rasa


def test_training_data_validates_without_warnings():
    result = subprocess.run([RASA, "data", "validate", "--fail-on-warnings"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def fresh_model(tmp_path_factory) -> Path:
    """A model trained from scratch: an empty Rasa cache, so nothing is reused."""
    out = tmp_path_factory.mktemp("model")
    os.environ["RASA_CACHE_DIRECTORY"] = str(out / "cache")
    try:
        started = time.monotonic()
        assert train(ROOT, out, force=True)
        print(f"\ntrained from scratch in {time.monotonic() - started:.0f} s")
    finally:
        del os.environ["RASA_CACHE_DIRECTORY"]
    return out


def test_model_trains_from_scratch_and_understands_patients(fresh_model):
    from rasa.core.agent import Agent

    assert is_current(ROOT, fresh_model) and model_path(fresh_model).exists()
    agent = Agent.load(str(model_path(fresh_model)))
    expected = {
        "hi": "greet",
        "what do i need to do today": "ask_tasks",
        "when is my next appt": "ask_next_appointment",
        "took my meds": "report_task_done",
        "i cant afford my insulin": "find_resource",
        "can my nurse call me": "request_human",
        "should i double my dose": "medical_question",
        "03/14/1952": "inform_dob",
    }
    parsed = {text: asyncio.run(agent.parse_message(text))["intent"]["name"] for text in expected}
    assert parsed == expected


def test_unchanged_data_is_not_trained_again(fresh_model):
    assert fingerprint(ROOT) == (fresh_model / f"{MODEL_NAME}.fingerprint").read_text().strip()
    assert train(ROOT, fresh_model) is False  # False: it did not run `rasa train`


def test_end_to_end_test_stories_all_pass(tmp_path):
    assert model_path(ROOT / "models").exists(), "no trained model: run `make test`"
    result = subprocess.run([RASA, "test", "core", "--stories", "tests/test_stories.yml", "--model",
                             str(model_path(ROOT / "models")), "--out", str(tmp_path)],
                            cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    failed = tmp_path / "failed_test_stories.yml"
    assert not failed.exists() or "- story:" not in failed.read_text(), failed.read_text()

"""What production refuses to start without (`Settings.production_problems`), as unit tests:
the settings that used to break it silently."""
from __future__ import annotations

import pytest

from bot.config import load_settings

COMPLETE = {"PATIENT_SUPPORT_PROFILE": "production", "SECRET_KEY": "s" * 48,
            "DATABASE_URL": "postgresql://ps@db.internal/ps", "TWILIO_ACCOUNT_SID": "AC" + "1" * 32,
            "TWILIO_AUTH_TOKEN": "twilio-auth-token", "TWILIO_FROM_NUMBER": "+13125550000",
            "CONSOLE_URL": "https://console.example.org", "ACTION_SERVER_TOKEN": "a" * 48}


def problems(tmp_path, **changes: str | None) -> list[str]:
    env = {**COMPLETE, "PATIENT_SUPPORT_STATE_DIR": str(tmp_path), **changes}
    return load_settings({k: v for k, v in env.items() if v is not None}).production_problems()


def test_a_complete_production_configuration_has_no_problems(tmp_path):
    assert problems(tmp_path) == []


@pytest.mark.parametrize("missing", ["TWILIO_ACCOUNT_SID", "TWILIO_FROM_NUMBER"])
def test_a_twilio_token_without_the_account_or_number_is_refused(tmp_path, missing):
    # what used to happen: webhooks accepted, every reply recorded `simulated`, nothing sent
    found = problems(tmp_path, **{missing: None})
    assert len(found) == 1 and "Twilio is incomplete" in found[0] and missing in found[0]


def test_no_twilio_at_all_is_refused(tmp_path):
    found = " ".join(problems(tmp_path, TWILIO_ACCOUNT_SID=None, TWILIO_AUTH_TOKEN=None, TWILIO_FROM_NUMBER=None))
    assert all(name in found for name in ("TWILIO_AUTH_TOKEN", "TWILIO_ACCOUNT_SID", "TWILIO_FROM_NUMBER"))


@pytest.mark.parametrize("url", ["http://console.example.org", None])  # None: the http://localhost default
def test_an_http_console_url_is_refused(tmp_path, url):
    found = problems(tmp_path, CONSOLE_URL=url)
    assert len(found) == 1 and "CONSOLE_URL" in found[0] and "CONSOLE_BEHIND_TLS_PROXY" in found[0]


@pytest.mark.parametrize("flag", ["1", "true", "yes"])
def test_an_http_console_url_is_accepted_behind_a_tls_proxy_when_said_so(tmp_path, flag):
    assert problems(tmp_path, CONSOLE_URL="http://console.internal:8080", CONSOLE_BEHIND_TLS_PROXY=flag) == []
    assert problems(tmp_path, CONSOLE_URL="http://console.internal:8080", CONSOLE_BEHIND_TLS_PROXY="0")


def test_secret_key_and_database_still_checked(tmp_path):
    assert any("SECRET_KEY" in p for p in problems(tmp_path, SECRET_KEY="short"))
    assert any("SECRET_KEY" in p for p in problems(tmp_path, SECRET_KEY=None))
    assert any("PostgreSQL" in p for p in problems(tmp_path, DATABASE_URL=None))


def test_development_has_no_problems(tmp_path):
    assert load_settings({"PATIENT_SUPPORT_STATE_DIR": str(tmp_path)}).production_problems() == []


@pytest.mark.parametrize("channel", ["sms", "webchat"])
def test_a_channel_started_directly_refuses_unready_production(tmp_path, monkeypatch, channel):
    # under systemd nothing runs `patient-support run`'s check: the channels refuse themselves
    from bot.channels.sms import SmsInput
    from bot.channels.webchat import WebChatInput

    for name in ("SECRET_KEY", "TWILIO_AUTH_TOKEN", "DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PATIENT_SUPPORT_PROFILE", "production")
    monkeypatch.setenv("PATIENT_SUPPORT_STATE_DIR", str(tmp_path))
    with pytest.raises(RuntimeError, match="Refusing to start in production"):
        (SmsInput if channel == "sms" else WebChatInput).from_credentials(None)

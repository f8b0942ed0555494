"""The operator's CLI as a subprocess: exit codes and output people and scripts rely on."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import yaml

from bot import chat_tokens
from bot.config import load_settings
from bot.db import make_engine, session_scope
from bot.models import Escalation
from tests.conftest import DEMO_CARE, DEMO_RESOURCES

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).with_name("patient-support"))


def cli(tmp_path, *args: str) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
           "PATIENT_SUPPORT_STATE_DIR": str(tmp_path)}
    return subprocess.run([CLI, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def test_upgrade_load_import_and_list(tmp_path):
    assert cli(tmp_path, "db", "upgrade").returncode == 0
    loaded = cli(tmp_path, "load", str(DEMO_CARE))
    assert loaded.returncode == 0 and "patients: 10 created" in loaded.stdout
    assert "resources: 75 created" in cli(tmp_path, "resources", "import", str(DEMO_RESOURCES)).stdout
    again = cli(tmp_path, "load", str(DEMO_CARE))
    assert "0 created, 0 updated" in again.stdout
    listed = cli(tmp_path, "escalations", "list", "--open", "--json")
    assert listed.returncode == 0 and json.loads(listed.stdout) == []


def test_bad_file_exits_non_zero_with_file_row_and_field(tmp_path):
    cli(tmp_path, "db", "upgrade")
    bad = tmp_path / "bad.yml"
    bad.write_text(yaml.safe_dump({"patients": [{"mrn": "X-1", "name": "No Birthday"}]}))
    result = cli(tmp_path, "load", str(bad))
    assert result.returncode == 2
    assert f"{bad}: patients[0] (mrn X-1): date_of_birth: is required" in result.stderr
    assert "nothing was written" in result.stderr


def test_chat_link_is_signed_and_names_the_person(tmp_path):
    cli(tmp_path, "db", "upgrade")
    cli(tmp_path, "load", str(DEMO_CARE))
    result = cli(tmp_path, "chat-link", "SM-10003", "--hours", "2")
    assert result.returncode == 0
    token = result.stdout.strip().split("?t=", 1)[1]
    # the CLI signs with the development key generated into its state dir (var/secrets.env there)
    claims = chat_tokens.read(token, load_settings({"PATIENT_SUPPORT_STATE_DIR": str(tmp_path)}).secret_key)
    assert claims.identity.startswith("web:patient:") and claims.kind == chat_tokens.LINK and claims.jti  # single use
    assert cli(tmp_path, "chat-link", "SM-10003", "--hours", "73").returncode == 2  # links stay short-lived
    assert cli(tmp_path, "chat-link", "(773) 555-0140").stdout.split("?t=")[1]  # a contact, by phone
    assert cli(tmp_path, "chat-link", "nobody").returncode == 2


def test_escalations_list_prints_open_and_closed_with_timestamps(tmp_path):
    cli(tmp_path, "db", "upgrade")
    engine = make_engine(f"sqlite:///{tmp_path / 'cli.db'}")
    created = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.timezone.utc)
    with session_scope(engine) as session:
        session.add_all([
            Escalation(conversation_id="+13125550999", channel="sms", reason="crisis", priority="urgent",
                       status="open", created_at=created, reminded_at=created + dt.timedelta(minutes=15)),
            Escalation(conversation_id="web-patient-1", channel="webchat", reason="request_human", priority="normal",
                       status="resolved", created_at=created - dt.timedelta(days=1),
                       resolved_at=created - dt.timedelta(hours=23),
                       outcome_note="called back")])
    engine.dispose()
    table = cli(tmp_path, "escalations", "list").stdout.splitlines()
    assert "created (UTC)" in table[0] and len(table) == 3
    assert table[1].split()[:5] == ["1", "urgent", "open", "crisis", "+13125550999"]
    assert "2026-11-23 15:00:00" in table[1] and table[1].endswith("reminded")
    assert "2026-11-22 15:00:00" in table[2] and "2026-11-22 16:00:00" in table[2]  # created, resolved
    only_open = json.loads(cli(tmp_path, "escalations", "list", "--open", "--json").stdout)
    assert [(e["id"], e["priority"], e["reminded_at"]) for e in only_open] == [(1, "urgent", "2026-11-23T15:15:00+00:00")]

"""Holes found from outside, closed: the action server answers only the Rasa server, a
signed identity copied out of a tracker authorises nothing else, the servers listen on
this machine only, no secret shows in the process list, and a REST message cannot bring
its own identity. The sign/verify functions on their own first."""
from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.action_server import token_accepted
from bot.db import session_scope
from bot.identity import (SIGNATURE_MAX_AGE, identity_from_metadata, identity_metadata,
                          session_identity_from_metadata)
from bot.models import Escalation
from tests.servers import AUTH_TOKEN, SECRET_KEY, child_pids, start_assistant, stop_assistant

NOW = dt.datetime(2024, 5, 6, 15, 0, tzinfo=dt.timezone.utc)
SECRET = "unit-test-secret"
DOROTHY = "+13125550112"       # patient, DOB 1948-11-20
ROSA = "+13125550114"          # patient, never texts in this module
JAMES = "+17085550113"         # patient, only ever "texts" through the action server here
ACTION_TOKEN = "test-action-server-token"
NO_ACCESS = "authorized family member"


# --- sign / verify -----------------------------------------------------------------------


def signed(**overrides) -> dict:
    args = {"identity": "phone:" + DOROTHY, "conversation": DOROTHY, "message_id": "SM1", "now": NOW, **overrides}
    return identity_metadata(args["identity"], SECRET, args["conversation"], args["message_id"], now=args["now"])


def check(metadata, conversation=DOROTHY, message_id="SM1", now=NOW, secret=SECRET):
    return identity_from_metadata(metadata, secret, conversation, message_id, now=now)


def test_a_signature_identifies_the_message_it_was_made_for():
    assert check(signed()) == "phone:" + DOROTHY
    assert check(signed(), now=NOW + SIGNATURE_MAX_AGE) == "phone:" + DOROTHY


@pytest.mark.parametrize("field, value", [("identity", "phone:+13125550110"), ("identity_issued_at", 1),
                                          ("identity_sig", "0" * 64)])
def test_tampered_fields_identify_nobody(field, value):
    metadata = signed()
    metadata[field] = metadata[field] + value if field == "identity_issued_at" else value
    assert check(metadata) is None


def test_a_signature_from_another_conversation_or_message_identifies_nobody():
    assert check(signed(), conversation=ROSA) is None
    assert check(signed(), message_id="SM2") is None
    assert check(signed(), message_id=None) is None
    assert check(signed(), conversation=None) is None


def test_a_stale_or_future_signature_identifies_nobody():
    assert check(signed(), now=NOW + SIGNATURE_MAX_AGE + dt.timedelta(seconds=1)) is None
    assert check(signed(now=NOW + dt.timedelta(minutes=5))) is None  # issued "in the future"
    assert check(signed(now=NOW + dt.timedelta(seconds=30))) == "phone:" + DOROTHY  # a little clock skew


def test_malformed_metadata_or_another_secret_identifies_nobody():
    assert check(signed(), secret="another-secret") is None
    for bad in (None, {}, "phone:+13125550112", {"identity": "phone:" + DOROTHY, "identity_sig": "x"},
                {**signed(), "identity_issued_at": str(signed()["identity_issued_at"])},
                {**signed(), "identity_issued_at": True}, {**signed(), "identity": None}):
        assert check(bad) is None


def test_session_start_checks_identity_conversation_and_freshness():
    metadata = signed(message_id="SM-first")
    assert session_identity_from_metadata(metadata, SECRET, DOROTHY, now=NOW) == "phone:" + DOROTHY
    assert session_identity_from_metadata(metadata, SECRET, ROSA, now=NOW) is None
    assert session_identity_from_metadata(metadata, SECRET, DOROTHY, now=NOW + dt.timedelta(minutes=11)) is None
    assert session_identity_from_metadata({**metadata, "identity_message_id": "SM-other"}, SECRET, DOROTHY,
                                          now=NOW) is None
    assert session_identity_from_metadata(None, SECRET, DOROTHY, now=NOW) is None


def test_the_action_server_token_is_compared_exactly():
    assert token_accepted("abc", "abc")
    assert not token_accepted("abd", "abc") and not token_accepted("", "abc") and not token_accepted(None, "abc")
    assert not token_accepted("", "")  # no token configured: nobody gets in


# --- through the running servers -----------------------------------------------------------


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("security"), extra_env={"ACTION_SERVER_TOKEN": ACTION_TOKEN})
    yield assistant
    stop_assistant(assistant)


def action_server(running) -> str:
    return f"http://127.0.0.1:{running.env['ACTION_SERVER_PORT']}"


def call_action(running, action: str, conversation: str, user_event: dict | None, slots: dict | None = None,
                token: str | None = ACTION_TOKEN, text: str = "when is my next appointment",
                intent: str = "ask_next_appointment") -> tuple[int, dict | str]:
    """POST a tracker to the action server's /webhook, as the Rasa server (or an attacker) would."""
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": []}
    events = [] if user_event is None else [{"event": "user", "text": text, "parse_data": latest,
                                             "input_channel": "sms", **user_event}]
    payload = {"next_action": action, "sender_id": conversation, "version": "3.6.2", "domain": {},
               "tracker": {"sender_id": conversation, "slots": slots or {}, "latest_message": latest,
                           "events": events, "paused": False, "followup_action": None, "active_loop": {},
                           "latest_action_name": "action_listen"}}
    headers = {"Content-Type": "application/json", **({"X-Action-Token": token} if token is not None else {})}
    request = urllib.request.Request(action_server(running) + "/webhook", data=json.dumps(payload).encode(),
                                     headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def replies(body: dict) -> str:
    return "\n".join(r.get("text") or "" for r in body["responses"])


def slots_set(body: dict) -> dict:
    return {e["name"]: e["value"] for e in body["events"] if e["event"] == "slot"}


def say(running, sender: str, text: str) -> str:
    status, texts = running.sms(sender, text)
    assert status == 200
    return "\n".join(texts)


def tracker(running, conversation: str) -> dict:
    status, body = running.get_json(f"/conversations/{conversation}/tracker?token={AUTH_TOKEN}")
    assert status == 200, body
    return body


def escalations(running, conversation: str) -> list[Escalation]:
    with session_scope(running.engine) as session:
        return list(session.execute(select(Escalation).where(Escalation.conversation_id == conversation)).scalars())


@pytest.mark.rasa
def test_the_action_server_answers_nobody_without_its_token(running):
    crisis = {"message_id": "SMattack1", "metadata": {}}
    for token in (None, "", "wrong-token", ACTION_TOKEN + "x"):
        status, _ = call_action(running, "action_crisis_response", JAMES, crisis, token=token,
                                text="I want to kill myself", intent="report_emergency")
        assert status == 401
    assert escalations(running, JAMES) == []
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(action_server(running) + "/actions", timeout=10)
    assert refused.value.code == 401
    with urllib.request.urlopen(action_server(running) + "/health", timeout=10) as health:
        assert health.status == 200


@pytest.mark.rasa
def test_a_signature_copied_from_a_real_message_identifies_nobody_else(running):
    # A real SMS conversation: each turn goes Rasa -> action server with the token from endpoints.yml.
    reply = say(running, DOROTHY, "when is my next appointment")
    if "date of birth" in reply:
        reply = say(running, DOROTHY, "11/20/1948")
    assert "Next appointment" in reply
    real = [e for e in tracker(running, DOROTHY)["events"] if e["event"] == "user"][-1]
    copied = real["metadata"]
    assert copied.get("identity") == "phone:" + DOROTHY and real["message_id"]

    # control: the way the channel signs, for the message it signs, Dorothy gets her appointment
    fresh = identity_metadata("phone:" + DOROTHY, SECRET_KEY, DOROTHY, "SMcontrol")
    status, body = call_action(running, "action_next_appointment", DOROTHY,
                               {"message_id": "SMcontrol", "metadata": fresh})
    assert status == 200 and "Next appointment" in replies(body)

    attempts = {
        "another message": (DOROTHY, {"message_id": "SMreplayed", "metadata": copied}),
        "no message id": (DOROTHY, {"metadata": copied}),
        "another conversation": (ROSA, {"message_id": real["message_id"], "metadata": copied}),
        "stale": (DOROTHY, {"message_id": "SMold", "metadata": identity_metadata(
            "phone:" + DOROTHY, SECRET_KEY, DOROTHY, "SMold",
            now=dt.datetime.now(dt.timezone.utc) - SIGNATURE_MAX_AGE - dt.timedelta(minutes=1))}),
    }
    for what, (conversation, event) in attempts.items():
        status, body = call_action(running, "action_next_appointment", conversation, event)
        assert status == 200, (what, body)
        assert "Next appointment" not in replies(body) and NO_ACCESS in replies(body), what


@pytest.mark.rasa
def test_a_copied_session_start_signature_identifies_nobody_else(running):
    say(running, DOROTHY, "hello")
    copied = [e for e in tracker(running, DOROTHY)["events"] if e["event"] == "user"][-1]["metadata"]
    stale = identity_metadata("phone:" + DOROTHY, SECRET_KEY, DOROTHY, "SMold",
                              now=dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=11))
    for conversation, metadata in ((ROSA, copied), (DOROTHY, stale)):
        status, body = call_action(running, "action_session_start", conversation, None,
                                   slots={"session_started_metadata": metadata})
        assert status == 200, body
        assert slots_set(body)["role"] == "unknown" and slots_set(body)["identity"] is None


def _listening_addresses(port: int) -> set[str]:
    """The local addresses of TCP sockets listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, _, hex_port = fields[1].partition(":")
            if int(hex_port, 16) != port or fields[3] != "0A":  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)
            if len(raw) == 4:
                found.add(socket.inet_ntop(socket.AF_INET, raw[::-1]))
            else:  # four little-endian 32-bit words
                words = b"".join(raw[i:i + 4][::-1] for i in range(0, 16, 4))
                found.add(socket.inet_ntop(socket.AF_INET6, words))
    return found


def _other_addresses() -> list[str]:
    """This machine's IPv4 addresses other than loopback."""
    try:
        out = subprocess.run(["ip", "-o", "-4", "addr", "show"], capture_output=True, text=True, timeout=10).stdout
    except OSError:
        return []
    addresses = [line.split()[3].split("/")[0] for line in out.splitlines() if len(line.split()) > 3]
    return [a for a in addresses if not a.startswith("127.")]


@pytest.mark.rasa
def test_the_servers_listen_on_this_machine_only(running):
    ports = {name: int(running.env[var]) for name, var in
             (("action server", "ACTION_SERVER_PORT"), ("console", "CONSOLE_PORT"), ("Rasa", "RASA_PORT"))}
    for name, port in ports.items():
        assert _listening_addresses(port) == {"127.0.0.1"}, name
    for address in _other_addresses():
        for name, port in ports.items():
            with socket.socket() as sock:
                sock.settimeout(2)
                assert sock.connect_ex((address, port)) != 0, f"{name} answers on {address}"


@pytest.mark.rasa
def test_no_secret_on_any_command_line(running):
    pids = child_pids(running)
    commands = {}
    for pid in pids:
        try:
            commands[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
    assert len(commands) >= 3, commands
    assert any("bot.rasa_server" in c and "patient-support.tar.gz" in c for c in commands.values()), commands
    assert any("bot.action_server" in c for c in commands.values()), commands
    for command in commands.values():
        for secret in (AUTH_TOKEN, ACTION_TOKEN, SECRET_KEY):
            assert secret not in command
    # the token still protects Rasa's API
    status, _ = running.get_json(f"/conversations/{DOROTHY}/tracker")
    assert status == 401


@pytest.mark.rasa
def test_a_rest_message_cannot_bring_its_own_identity(running):
    # Forged as well as anyone knowing SECRET_KEY can: signed for Rosa's number, for this
    # conversation, now. Rasa's own `rest` channel would pass it into the message.
    forged = identity_metadata("phone:" + ROSA, SECRET_KEY, ROSA, "any")
    status, body = running.post_json("/webhooks/rest/webhook", {
        "sender": ROSA, "message": "when is my next appointment", "metadata": forged, "input_channel": "sms"})
    assert status == 200, body
    text = "\n".join(m.get("text", "") for m in body)
    assert NO_ACCESS in text and "date of birth" not in text and "Next appointment" not in text
    state = tracker(running, ROSA)
    user = [e for e in state["events"] if e["event"] == "user"][-1]
    # only what Rasa itself adds (model_id, assistant_id)
    assert set(user.get("metadata") or {}) <= {"model_id", "assistant_id"} and user["input_channel"] == "rest"
    assert state["slots"]["identity"] is None and state["slots"]["role"] == "unknown"
    assert not state["slots"].get("session_started_metadata")

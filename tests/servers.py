"""Start the real assistant (`patient-support run`: action server + Rasa server) for tests."""
from __future__ import annotations

import http.client
import itertools
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from twilio.request_validator import RequestValidator

from bench import cpu
from bot import migrate
from bot.care_import import load_care_file
from bot.config import load_settings
from bot.db import make_engine, session_scope
from bot.rasa_model import model_path
from bot.sms_cli import latest_outbound_id, wait_for_replies
from bot.resource_import import import_resources

ROOT = Path(__file__).resolve().parent.parent
AUTH_TOKEN = "test-api-token"
_message_ids = itertools.count(1)
SECRET_KEY = "test-secret-key-long-enough-for-hs256-signing"
# Routing depends on the clinic's hours: the tests pin them so they pass at any hour, and
# test after-hours routing with explicit times.
ALWAYS_OPEN = "mon-sun 00:00-24:00"


def twilio_env(standin_url: str, token: str = "stand-in-token") -> dict[str, str]:
    """Settings that send SMS through the real twilio client to a local Twilio stand-in."""
    return {"TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": token,
            "TWILIO_FROM_NUMBER": "+13125550000", "TWILIO_API_BASE_URL": standin_url}


def free_port(following: int = 0) -> int:
    """A port free now, with `following` free ports after it (RASA_SERVERS listen on the next
    ports), chosen below the kernel's ephemeral range. A port from that range (what binding
    to port 0 gives) can be taken meanwhile as the local end of any outgoing connection (a
    database pool, a health poll), which once stopped a Rasa server starting: "address
    already in use" on the port after the proxy's."""
    low = ephemeral_range()[0]
    for _ in range(200):
        first = random.randrange(10_000, low - following)
        if all(can_bind(port) for port in range(first, first + following + 1)):
            return first
    raise RuntimeError(f"no free run of {following + 1} ports between 10000 and {low}")


def ephemeral_range() -> tuple[int, int]:
    try:
        low, high = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
        return int(low), int(high)
    except OSError:  # not Linux: the IANA range
        return 49152, 65535


def can_bind(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def prepare_database(url: str) -> None:
    migrate.upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as session:
        load_care_file(session, ROOT / "data/demo/care.yml", ZoneInfo("America/Chicago"))
        import_resources(session, ROOT / "data/demo/resources.csv")
    engine.dispose()


@dataclass
class RunningAssistant:
    process: subprocess.Popen
    env: dict[str, str]
    rasa_url: str
    database_url: str
    log_path: Path
    console_url: str

    @property
    def engine(self):
        if not hasattr(self, "_engine"):
            self._engine = make_engine(self.database_url)
        return self._engine

    def post_json(self, path: str, payload: dict, headers: dict | None = None) -> tuple[int, object]:
        request = urllib.request.Request(self.rasa_url + path, data=json.dumps(payload).encode(),
                                         headers={"Content-Type": "application/json", **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def get_json(self, path: str) -> tuple[int, object]:
        try:
            with urllib.request.urlopen(self.rasa_url + path, timeout=60) as response:
                return response.status, json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def rest(self, sender: str, message: str) -> list[str]:
        status, body = self.post_json("/webhooks/rest/webhook", {"sender": sender, "message": message})
        assert status == 200, body
        return [m.get("text", "") for m in body]

    @property
    def webhook_token(self) -> str:
        """What the running assistant checks Twilio signatures against: TWILIO_AUTH_TOKEN, or
        the development token generated into its state dir (var/secrets.env there)."""
        return load_settings(self.env).twilio_webhook_token

    def post_sms(self, sender: str, body: str, signature: str | None = None, sid: str | None = None) -> int:
        """POST a Twilio-style webhook, signed as Twilio would (or with `signature`); the HTTP status."""
        url = self.rasa_url + "/webhooks/sms/webhook"
        params = {"From": sender, "To": "+13125550000", "Body": body,
                  "MessageSid": sid or f"SMtest{next(_message_ids):08d}"}
        token = self.webhook_token
        signed = RequestValidator(token).compute_signature(url, params)
        request = urllib.request.Request(url, data=urllib.parse.urlencode(params).encode(),
                                         headers={"X-Twilio-Signature": signed if signature is None else signature})
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    def sms(self, sender: str, body: str, signature: str | None = None, sid: str | None = None,
            timeout: float = 30.0) -> tuple[int, list[str]]:
        """post_sms, then the SMS the assistant sent back to `sender` (as recorded)."""
        before = self.last_outbound_id()
        status = self.post_sms(sender, body, signature, sid)
        if status != 200:
            return status, []
        return status, self.wait_for_sms(sender, after_id=before, timeout=timeout)

    def last_outbound_id(self) -> int:
        return latest_outbound_id(self.engine)

    def wait_for_sms(self, to: str, after_id: int, timeout: float = 30.0) -> list[str]:
        return wait_for_replies(to, after_id, timeout, self.engine)

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")


def start_assistant(state_dir: Path, database_url: str | None = None, extra_env: dict | None = None) -> RunningAssistant:
    assert model_path(ROOT / "models").exists(), "no trained model: run `make test` (it trains first)"
    database_url = database_url or f"sqlite:///{state_dir / 'app.db'}"
    prepare_database(database_url)
    # the production profile's two Rasa servers listen on the two ports after RASA_PORT
    rasa_port, action_port, console_port = free_port(following=2), free_port(), free_port()
    env = {**os.environ, "PATIENT_SUPPORT_STATE_DIR": str(state_dir), "DATABASE_URL": database_url,
           "RASA_PORT": str(rasa_port), "ACTION_SERVER_PORT": str(action_port), "CONSOLE_PORT": str(console_port),
           "RASA_AUTH_TOKEN": AUTH_TOKEN, "CLINIC_HOURS": ALWAYS_OPEN,
           "SECRET_KEY": SECRET_KEY, "REMINDERS_ENABLED": "false", "PUBLIC_BASE_URL": f"http://127.0.0.1:{rasa_port}", **(extra_env or {})}
    log_path = state_dir / "assistant.log"
    process = subprocess.Popen([str(Path(sys.executable).with_name("patient-support")), "run"], cwd=ROOT, env=env,
                               stdout=log_path.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
    running = RunningAssistant(process, env, f"http://127.0.0.1:{rasa_port}", database_url, log_path,
                               f"http://127.0.0.1:{console_port}")
    deadline = time.monotonic() + 480  # two Rasa servers (the production test) load the model one after the other
    while "is running" not in running.log():
        if process.poll() is not None or time.monotonic() > deadline:
            stop_assistant(running)
            raise RuntimeError(f"the assistant did not start:\n{running.log()[-3000:]}")
        time.sleep(0.5)
    return running


# The children's commands before they got their own entry points, as older tests name them.
CHILD_COMMANDS = {"rasa_sdk": "bot.action_server", "rasa run": "bot.rasa_server"}


def child_pids(running: RunningAssistant) -> list[int]:
    """Every process the runner started, and theirs."""
    return sorted(cpu.descendants(running.process.pid, cpu.processes()) - {running.process.pid})


def child_pid(running: RunningAssistant, needle: str) -> int:
    """The pid of the runner's child process whose command line contains `needle` (e.g.
    "bot.action_server"; "rasa_sdk" and "rasa run" still name the action and Rasa servers)."""
    needle = CHILD_COMMANDS.get(needle, needle)
    for pid, (parent, command, _) in cpu.processes().items():
        if parent == running.process.pid and needle in command:
            return pid
    raise LookupError(f"no child of {running.process.pid} runs {needle!r}")


def answers(url: str, timeout: float = 2.0) -> bool:
    """Whether `url` answers with a success status now."""
    try:
        with urllib.request.urlopen(url, timeout=timeout):
            return True
    except (OSError, http.client.HTTPException):  # not up, or not HTTP (bot/runner.py's answers says when)
        return False


def start_assistant_for_script(state_dir: Path | None, prefix: str) -> RunningAssistant:
    """start_assistant for the measuring scripts, saying where its state and log are and how
    long it took to start (a kept `state_dir`, or a new temporary one)."""
    state_dir = state_dir or Path(tempfile.mkdtemp(prefix=prefix))
    state_dir.mkdir(parents=True, exist_ok=True)
    print(f"starting the assistant (state and log in {state_dir}) ...", flush=True)
    started = time.monotonic()
    running = start_assistant(state_dir)
    print(f"started in {time.monotonic() - started:.0f} s", flush=True)
    return running


def _interrupt(process: subprocess.Popen, timeout: float) -> int:
    """Ctrl-C the process group, as a person would; kill it if it does not stop in time."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGINT)
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    return process.returncode


def stop_assistant(running: RunningAssistant) -> int:
    return _interrupt(running.process, timeout=60)


@dataclass
class RunningConsole:
    """`patient-support console` alone (no Rasa: transcripts show as unavailable)."""
    process: subprocess.Popen
    url: str
    database_url: str
    log_path: Path

    @property
    def engine(self):
        if not hasattr(self, "_engine"):
            self._engine = make_engine(self.database_url)
        return self._engine


def start_console(state_dir: Path, database_url: str | None = None, extra_env: dict | None = None) -> RunningConsole:
    database_url = database_url or f"sqlite:///{state_dir / 'app.db'}"
    prepare_database(database_url)
    port = free_port()
    env = {**os.environ, "PATIENT_SUPPORT_STATE_DIR": str(state_dir), "DATABASE_URL": database_url,
           "CONSOLE_PORT": str(port), "RASA_PORT": str(free_port()), "SECRET_KEY": SECRET_KEY, "REMINDERS_ENABLED": "false",
           "CLINIC_HOURS": ALWAYS_OPEN, **(extra_env or {})}
    log_path = state_dir / "console.log"
    process = subprocess.Popen([str(Path(sys.executable).with_name("patient-support")), "console"], cwd=ROOT,
                               env=env, stdout=log_path.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
    console = RunningConsole(process, f"http://127.0.0.1:{port}", database_url, log_path)
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(console.url + "/login", timeout=5):
                return console
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                stop_console(console)
                raise RuntimeError(f"the console did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.3)


def stop_console(console: RunningConsole) -> None:
    _interrupt(console.process, timeout=30)

"""`patient-support run`: start the action server, the Rasa server and the console, restart
any of them that exits, stop all of them on Ctrl-C.

A pid file in var/ marks a running instance, so a second `make run` says so instead of
failing on a busy port.
"""
from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from sqlalchemy.engine import make_url

from bot import coverage, reminder_policy
from bot.config import PROJECT_ROOT, Settings
from bot.rasa_model import model_path

# Restarting a child that exits: wait FIRST_BACKOFF, doubling up to MAX_BACKOFF, so that a
# child that crashes as soon as it starts (a bad model, a broken import) does not spin the
# CPU; once it has stayed healthy for STABLE_AFTER, its next crash is a new incident.
FIRST_BACKOFF = 1.0
MAX_BACKOFF = 30.0
STABLE_AFTER = 60.0
# Loading the Rasa model takes a minute or more on a busy 2-core machine.
START_TIMEOUT = 300.0
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/0"  # production's lock store and web-chat pub/sub


@dataclass
class Service:
    name: str
    command: list[str]
    health_url: str
    start_timeout: float = START_TIMEOUT
    env: dict[str, str] | None = None  # added to the supervisor's environment for this child
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    healthy_since: float | None = None  # None until health_url answers after the last start
    restart_at: float | None = None  # set while it waits out its backoff
    restarts: int = 0
    backoff: float = FIRST_BACKOFF

    def take_backoff(self, now: float) -> float:
        """The wait before the next restart; doubles each time, reset by a long healthy run."""
        if self.healthy_since is not None and now - self.healthy_since >= STABLE_AFTER:
            self.backoff = FIRST_BACKOFF
        delay, self.backoff = self.backoff, min(self.backoff * 2, MAX_BACKOFF)
        return delay


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


def running_pid(pid_file: Path) -> int | None:
    """The pid of a live `patient-support run`, or None (a stale pid file is ignored)."""
    try:
        pid = int(pid_file.read_text().strip())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    return pid


def local_address(host: str) -> str:
    """Where this machine reaches a server that listens on `host`."""
    return "127.0.0.1" if host in ("", "0.0.0.0", "::") else host


def rasa_environment(settings: Settings, root: Path = PROJECT_ROOT) -> dict[str, str]:
    """The children's environment: the variables endpoints*.yml expand (Rasa substitutes ${VAR} when it
    reads them), and glibc's arena count."""
    env = dict(os.environ)
    # glibc gives each thread that mallocs its own arena (up to 8 per core); the Rasa server's TensorFlow and
    # SQLAlchemy threads then leave freed memory scattered across them. Two arenas: its resident memory grew
    # +1.4 MB over 7,200 messages after warming up, against +9.9 MB with glibc's default, while the Python heap
    # (tracemalloc) and the object count stayed flat in both (docs/performance.md "Memory, explained").
    env.setdefault("MALLOC_ARENA_MAX", "2")
    env["ACTION_ENDPOINT_URL"] = f"http://{local_address(settings.action_host)}:{settings.action_port}/webhook"
    env.setdefault("TRACKER_DB_PATH", str(settings.state_dir / "tracker.db"))
    if settings.is_production:
        tracker = make_url(env.get("TRACKER_STORE_URL") or settings.database_url)
        env.update(
            TRACKER_DB_HOST=tracker.host or "127.0.0.1",
            TRACKER_DB_PORT=str(tracker.port or 5432),
            TRACKER_DB_NAME=tracker.database or "",
            TRACKER_DB_USER=tracker.username or "",
            TRACKER_DB_PASSWORD=tracker.password or "",
        )
        redis = make_url(env.get("REDIS_URL", DEFAULT_REDIS_URL))
        env.update(REDIS_HOST=redis.host or "127.0.0.1", REDIS_PORT=str(redis.port or 6379),
                   REDIS_DB=str(redis.database or 0), REDIS_PASSWORD=redis.password or "")
    return env


def services(settings: Settings, root: Path = PROJECT_ROOT) -> list[Service]:
    """The three children. No secret on any command line (`ps` shows them to every local
    user): RASA_AUTH_TOKEN and ACTION_SERVER_TOKEN reach them in the environment. Hosts and
    ports come from the settings each child reads itself (ACTION_SERVER_HOST, CONSOLE_HOST...)."""
    bin_dir = Path(sys.executable).parent
    return [
        Service("action server", [str(bin_dir / "python"), "-m", "bot.action_server"],
                f"http://{local_address(settings.action_host)}:{settings.action_port}/health"),
        *rasa_services(settings, root),
        Service("console", [str(bin_dir / "patient-support"), "console"],
                f"http://{local_address(settings.console_host)}:{settings.console_port}/login"),
    ]


def backend_ports(settings: Settings) -> list[int]:
    """Where the Rasa servers listen: RASA_PORT itself, or, behind the proxy, the ports after it."""
    if settings.rasa_servers == 1:
        return [settings.rasa_port]
    return [settings.rasa_port + i for i in range(1, settings.rasa_servers + 1)]


def rasa_services(settings: Settings, root: Path) -> list[Service]:
    """One Rasa server on RASA_PORT; or RASA_SERVERS of them on the next ports, on this
    machine only, behind bot/proxy.py on RASA_PORT. Behind the proxy each trusts one more
    X-Forwarded-For hop, and web-chat messages go through Redis to whichever server holds
    the browser's socket."""
    bin_dir = Path(sys.executable).parent
    profile = ".production" if settings.is_production else ""

    def server(name: str, host: str, port: int, env: dict[str, str] | None = None) -> Service:
        return Service(name, [str(bin_dir / "python"), "-m", "bot.rasa_server", "--model", str(model_path(root / "models")),
                              "--endpoints", f"endpoints{profile}.yml", "--credentials", f"credentials{profile}.yml",
                              "--host", host, "--port", str(port)],
                       f"http://{local_address(host)}:{port}/", env=env)

    if settings.rasa_servers == 1:
        return [server("Rasa server", settings.rasa_host, settings.rasa_port)]
    shared = {"WEBCHAT_PUBSUB_URL": os.environ.get("REDIS_URL", DEFAULT_REDIS_URL),
              "WEBCHAT_TRUSTED_PROXIES": str(settings.limits.trusted_proxies + 1)}
    servers = [server(f"Rasa server {i}", "127.0.0.1", port, shared)
               for i, port in enumerate(backend_ports(settings), start=1)]
    proxy = Service("proxy", [str(bin_dir / "python"), "-m", "bot.proxy", "--host", settings.rasa_host,
                              "--port", str(settings.rasa_port),
                              *[arg for port in backend_ports(settings) for arg in ("--backend", f"http://127.0.0.1:{port}")]],
                    f"http://{local_address(settings.rasa_host)}:{settings.rasa_port}/")
    return servers + [proxy]


def answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except OSError:  # refused, timed out, or an HTTP error status: not healthy yet
        return False
    except http.client.HTTPException:
        # Not HTTP. Also what a port in the ephemeral range returns before its server listens:
        # the poll can connect to itself (TCP simultaneous open) and read back its own request
        # ("GET / HTTP/1.1" as the status line), which once crashed the runner at start.
        return False


def wait_healthy(service: Service) -> None:
    deadline = time.monotonic() + service.start_timeout
    while time.monotonic() < deadline:
        if service.process and service.process.poll() is not None:
            raise RuntimeError(f"{service.name} exited with status {service.process.returncode}")
        if answers(service.health_url):
            service.healthy_since = time.monotonic()
            return
        time.sleep(0.5)
    raise RuntimeError(f"{service.name} did not answer {service.health_url} within {service.start_timeout:.0f}s")


def kill_group(process: subprocess.Popen) -> None:
    """SIGKILL a crashed or hung child's whole process group, so that nothing it left
    behind keeps its port from the restarted one."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:  # the group is already gone
        pass
    process.wait()


def stop_all(started: list[Service]) -> None:
    for service in reversed(started):
        if service.process and service.process.poll() is None:
            os.killpg(service.process.pid, signal.SIGTERM)
    for service in reversed(started):
        if service.process:
            try:
                service.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(service.process.pid, signal.SIGKILL)


class Supervisor:
    """Starts the children in order, then restarts any that exits while the others keep running.

    A hand-rolled loop rather than a new dependency (supervisord, circus): there are three
    children on one machine, their commands and health URLs are already known here, and
    all it takes is a restart with backoff. This is the single-machine development
    supervisor; production runs each process as its own systemd unit with Restart=always
    (docs/deploy.md).
    """

    def __init__(self, root: Path, env: dict[str, str]) -> None:
        self.root = root
        self.env = env
        self.services: list[Service] = []

    def start_all(self, services: list[Service]) -> None:
        """At start-up a child that cannot start is a set-up problem: wait_healthy raises and run() stops."""
        for service in services:
            self.services.append(service)
            self.start(service)
            wait_healthy(service)

    def start(self, service: Service) -> None:
        # Each child gets its own process group: Ctrl-C must reach only the runner, which then
        # stops the children in order.
        env = {**self.env, **(service.env or {})}
        service.process = subprocess.Popen(service.command, cwd=self.root, env=env, start_new_session=True)
        service.started_at = time.monotonic()
        service.healthy_since = None
        service.restart_at = None

    def watch(self) -> NoReturn:
        """Look after the children until Ctrl-C or SIGTERM (which raise KeyboardInterrupt)."""
        while True:
            for service in self.services:
                self.check(service)
            time.sleep(1)

    def check(self, service: Service) -> None:
        # One step at a time and no blocking wait, so that a restart that takes minutes (the
        # Rasa model loading) never delays noticing that another child exited.
        if service.restart_at is not None:
            if time.monotonic() >= service.restart_at:
                self.start(service)
        elif service.process.poll() is not None:
            self.restart_with_backoff(service, f"exited with status {service.process.returncode}")
        elif service.healthy_since is None:
            self.check_restarted(service)

    def check_restarted(self, service: Service) -> None:
        """A restarted child is back once its health URL answers, as at start-up; if it does not
        answer within its start timeout, kill it and try again (never give up: the others run on)."""
        if answers(service.health_url):
            service.healthy_since = time.monotonic()
            print(f"{service.name} is back", flush=True)
        elif time.monotonic() - service.started_at > service.start_timeout:
            self.restart_with_backoff(
                service, f"did not answer {service.health_url} within {service.start_timeout:.0f}s")

    def restart_with_backoff(self, service: Service, reason: str) -> None:
        kill_group(service.process)
        now = time.monotonic()
        delay = service.take_backoff(now)
        service.restarts += 1
        service.restart_at = now + delay
        # The name and health URL only, not the command line.
        print(f"{service.name} {reason}; restarting in {delay:g}s (restart {service.restarts})", flush=True)

    def stop_all(self) -> None:
        stop_all(self.services)


def demo_logins(root: Path = PROJECT_ROOT) -> list[tuple[str, str]]:
    """The demo case managers' logins, shown by `make run` in development only."""
    import yaml

    path = root / "data" / "demo" / "care.yml"
    document = yaml.safe_load(path.read_text()) if path.exists() else {}
    return [(m["email"], m["password"]) for m in document.get("case_managers", []) if m.get("password")]


def _listening(settings: Settings) -> str:
    hosts = {settings.rasa_host, settings.action_host, settings.console_host}
    if hosts == {"127.0.0.1"}:
        return "127.0.0.1 only (set RASA_HOST / ACTION_SERVER_HOST / CONSOLE_HOST to change)"
    return (f"Rasa {settings.rasa_host}, action server {settings.action_host}, "
            f"console {settings.console_host}")


def print_welcome(settings: Settings, auth_token: str) -> None:
    logins = "" if settings.is_production else "\n".join(
        f"    {email}  /  {password}" for email, password in demo_logins())
    print(f"""
The patient-support assistant is running.
  Rasa server    http://localhost:{settings.rasa_port}   (API token for this run: {auth_token})
  Action server  http://localhost:{settings.action_port}
  Console        http://localhost:{settings.console_port}   (case managers log in here)
{"  Demo logins:" + chr(10) + logins if logins else ""}
  Web chat       http://localhost:{settings.rasa_port}/webhooks/webchat/
  Listening on   {_listening(settings)}

Talk to it:
  .venv/bin/patient-support sms send --from "(312) 555-0112" "what do I need to do today"
  curl -s localhost:{settings.rasa_port}/webhooks/rest/webhook -d '{{"sender": "me", "message": "hi"}}'

Ctrl-C stops everything.
""", flush=True)


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def run(settings: Settings, root: Path = PROJECT_ROOT) -> int:
    problems = settings.production_problems()
    if problems:
        print("Refusing to start in production:\n  " + "\n  ".join(problems))
        return 1
    try:
        hours = coverage.from_settings(settings)
        reminder_policy.load(settings.reminders_file, hours.zone)
    except ValueError as exc:  # e.g. a mistyped CLINIC_HOURS or reminders.yml: say so before starting anything
        print(f"Cannot start: {exc}")
        return 2
    pid_file = settings.state_dir / "run.pid"
    pid = running_pid(pid_file)
    if pid:
        print(f"The assistant is already running (pid {pid}) on port {settings.rasa_port}. "
              f"Use that one, or stop it with Ctrl-C in its terminal (or: kill {pid}).")
        return 1
    if settings.rasa_servers > 1 and not settings.is_production:
        print("RASA_SERVERS > 1 needs the production profile (PATIENT_SUPPORT_PROFILE=production): several Rasa "
              "servers must share the PostgreSQL tracker store and the Redis lock store, or one conversation's "
              "messages could be answered out of order (docs/performance.md).")
        return 2
    ports = {settings.rasa_port, *backend_ports(settings), settings.action_port, settings.console_port}
    busy = sorted(port for port in ports if port_in_use(port))
    if busy:
        print(f"Port(s) {', '.join(map(str, busy))} are in use by another program; "
              "set RASA_PORT / ACTION_SERVER_PORT / CONSOLE_PORT in .env to use others.")
        return 1
    if not model_path(root / "models").exists():
        print("No trained model: run `make run` (it trains first) or `patient-support train`.")
        return 1
    auth_token = settings.rasa_auth_token or secrets.token_urlsafe(24)
    env = rasa_environment(settings, root)
    env["RASA_AUTH_TOKEN"] = auth_token  # the console reads transcripts and sends replies with it
    # The Rasa server sends it to the action server (endpoints*.yml), which answers nobody else.
    env["ACTION_SERVER_TOKEN"] = settings.action_server_token or secrets.token_urlsafe(32)
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(str(os.getpid()))
    supervisor = Supervisor(root, env)
    # SIGTERM (e.g. from `kill`) takes the same path as Ctrl-C: stop the children in order.
    signal.signal(signal.SIGTERM, _interrupt)
    # Ctrl-C too, even when started in the background by a script: a shell starts such
    # commands with SIGINT ignored, Python then never raises KeyboardInterrupt, and a SIGINT
    # sent to stop the runner left its children (each in its own session) running on.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        supervisor.start_all(services(settings, root))
        print_welcome(settings, auth_token)
        supervisor.watch()
    except KeyboardInterrupt:
        print("\nStopping...")
        return 0
    except RuntimeError as exc:
        print(f"Could not start: {exc}")
        return 1
    finally:
        supervisor.stop_all()
        pid_file.unlink(missing_ok=True)

"""`patient-support run`: start the action server and the Rasa server, stop both on Ctrl-C.

A pid file in var/ marks a running instance, so a second `make run` says so instead of
failing on a busy port.
"""
from __future__ import annotations

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

from sqlalchemy.engine import make_url

from bot import coverage
from bot.config import PROJECT_ROOT, Settings
from bot.rasa_model import model_path

@dataclass
class Service:
    name: str
    command: list[str]
    health_url: str
    process: subprocess.Popen | None = None


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


def rasa_environment(settings: Settings, root: Path = PROJECT_ROOT) -> dict[str, str]:
    """Variables that endpoints*.yml expand (Rasa substitutes ${VAR} when it reads them)."""
    env = dict(os.environ)
    env["ACTION_ENDPOINT_URL"] = f"http://127.0.0.1:{settings.action_port}/webhook"
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
        redis = make_url(env.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
        env.update(REDIS_HOST=redis.host or "127.0.0.1", REDIS_PORT=str(redis.port or 6379),
                   REDIS_DB=str(redis.database or 0), REDIS_PASSWORD=redis.password or "")
    return env


def services(settings: Settings, auth_token: str, root: Path = PROJECT_ROOT) -> list[Service]:
    bin_dir = Path(sys.executable).parent
    profile = ".production" if settings.is_production else ""
    return [
        Service("action server",
                [str(bin_dir / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", str(settings.action_port)],
                f"http://127.0.0.1:{settings.action_port}/health"),
        Service("Rasa server",
                [str(bin_dir / "rasa"), "run", "--model", str(model_path(root / "models")),
                 "--endpoints", f"endpoints{profile}.yml", "--credentials", f"credentials{profile}.yml",
                 "--port", str(settings.rasa_port), "--enable-api", "--auth-token", auth_token],
                f"http://127.0.0.1:{settings.rasa_port}/"),
        Service("console", [str(bin_dir / "patient-support"), "console"],
                f"http://127.0.0.1:{settings.console_port}/login"),
    ]


def wait_healthy(service: Service, timeout: float = 300.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.process and service.process.poll() is not None:
            raise RuntimeError(f"{service.name} exited with status {service.process.returncode}")
        try:
            with urllib.request.urlopen(service.health_url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{service.name} did not answer {service.health_url} within {timeout:.0f}s")


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


def demo_logins(root: Path = PROJECT_ROOT) -> list[tuple[str, str]]:
    """The demo case managers' logins, shown by `make run` in development only."""
    import yaml

    path = root / "data" / "demo" / "care.yml"
    document = yaml.safe_load(path.read_text()) if path.exists() else {}
    return [(m["email"], m["password"]) for m in document.get("case_managers", []) if m.get("password")]


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
        coverage.from_settings(settings)
    except ValueError as exc:  # e.g. a mistyped CLINIC_HOURS: say so before starting anything
        print(f"Cannot start: {exc}")
        return 2
    pid_file = settings.state_dir / "run.pid"
    pid = running_pid(pid_file)
    if pid:
        print(f"The assistant is already running (pid {pid}) on port {settings.rasa_port}. "
              f"Use that one, or stop it with Ctrl-C in its terminal (or: kill {pid}).")
        return 1
    busy = [port for port in (settings.rasa_port, settings.action_port, settings.console_port) if port_in_use(port)]
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
    pid_file.parent.mkdir(parents=True, exist_ok=True)
    pid_file.write_text(str(os.getpid()))
    started: list[Service] = []
    # Ctrl-C reaches the whole foreground process group; the children get their own groups
    # so that we stop them in order, and SIGTERM (e.g. from `kill`) takes the same path.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        for service in services(settings, auth_token, root):
            service.process = subprocess.Popen(service.command, cwd=root, env=env, start_new_session=True)
            started.append(service)
            wait_healthy(service)
        print_welcome(settings, auth_token)
        while all(s.process.poll() is None for s in started):
            time.sleep(1)
        failed = next(s for s in started if s.process.poll() is not None)
        print(f"{failed.name} stopped unexpectedly (status {failed.process.returncode}); stopping the rest.")
        return 1
    except KeyboardInterrupt:
        print("\nStopping...")
        return 0
    except RuntimeError as exc:
        print(f"Could not start: {exc}")
        return 1
    finally:
        stop_all(started)
        pid_file.unlink(missing_ok=True)

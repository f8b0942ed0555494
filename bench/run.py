"""Speed, side by side in one run: Rasa's own starter bot against this assistant.

    .venv/bin/python bench/run.py [--concurrency 1 10 50] [--conversations-per-slot 4]
                                  [--production [--servers 2]] [--skip-starter] [--close-connections]

1. The starter bot: `rasa init --no-prompt` in a temporary folder (trained once, kept in
   var/bench/starter), served by `rasa run` with the REST channel, in-memory tracker, no
   actions.
2. This assistant: `patient-support run` with the demo data (development profile: SQLite
   tracker and app database, one Rasa server; with --production: PostgreSQL and Redis,
   --servers Rasa servers behind the local round-robin proxy, SMS only, as production
   has no REST channel; docs/performance.md).
3. For each concurrency c: c conversations at a time, each a new sender, four turns
   each (a greeting, a question, a request, thanks), until c x conversations-per-slot
   conversations are done; over REST, and over signed SMS with the time running until the
   reply reaches the local Twilio stand-in (the real twilio client sends it there), timed
   when the stand-in receives it. The stand-in keeps HTTP/1.1 connections open between
   requests, as Twilio's API does; before 2026-12-03 it closed each one (HTTP/1.0), so
   every reply paid a new connection (--close-connections, for comparison).

Prints msg/s, p50 and p95 per row, and the ratios to the starter bot. Numbers from one
machine and one run are only comparable within the run: that is why the starter bot runs
in the same one.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import postgres_database  # noqa: E402
from tests.servers import answers, free_port, start_assistant, stop_assistant, twilio_env  # noqa: E402
from tests.twilio_standin import TwilioStandIn  # noqa: E402

from bench import cpu  # noqa: E402

TURNS = ["hello", "what can you do?", "where can I get help paying for my medicine", "thank you"]
STARTER_DIR = ROOT / "var" / "bench" / "starter"


@dataclass
class Row:
    name: str
    concurrency: int
    latencies: list[float]
    seconds: float
    failures: int
    cpu_ms: dict[str, float] | None = None  # CPU a message, by process group (bench/cpu.py)

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.seconds if self.seconds else 0.0

    def pct(self, share: float) -> float:
        ordered = sorted(self.latencies)
        return 1000 * ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else float("nan")


# --- the starter bot ----------------------------------------------------------------------


def rasa_bin() -> str:
    return str(Path(sys.executable).with_name("rasa"))


def starter_model() -> Path:
    models = STARTER_DIR / "models"
    if not models.exists() or not any(models.glob("*.tar.gz")):
        shutil.rmtree(STARTER_DIR, ignore_errors=True)
        STARTER_DIR.mkdir(parents=True)  # rasa init wants the folder to exist
        print("training Rasa's starter bot (rasa init --no-prompt) ...", flush=True)
        subprocess.run([rasa_bin(), "init", "--no-prompt", "--init-dir", str(STARTER_DIR)], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    return sorted(models.glob("*.tar.gz"))[-1]


def start_starter() -> tuple[subprocess.Popen, str]:
    model = starter_model()
    port = free_port()
    log = open(STARTER_DIR / "server.log", "w")
    process = subprocess.Popen([rasa_bin(), "run", "--model", str(model), "--port", str(port), "--enable-api"],
                               cwd=STARTER_DIR, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                               env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"})
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while not answers(url + "/"):
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the starter bot did not start; see " + str(STARTER_DIR / "server.log"))
        time.sleep(0.5)
    return process, url


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, 2)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, 9)


# --- load ---------------------------------------------------------------------------------


async def rest_conversation(http: aiohttp.ClientSession, url: str, sender: str, latencies: list[float]) -> int:
    failures = 0
    for text in TURNS:
        started = time.perf_counter()
        async with http.post(url + "/webhooks/rest/webhook", json={"sender": sender, "message": text}) as response:
            body = await response.json(content_type=None)
        if response.status != 200 or not body:
            failures += 1
        latencies.append(time.perf_counter() - started)
    return failures


class SmsClient:
    """Signed webhooks in; the clock stops when the reply reaches the Twilio stand-in."""

    def __init__(self, url: str, token: str, twilio: TwilioStandIn):
        self.url, self.validator, self.twilio = url + "/webhooks/sms/webhook", RequestValidator(token), twilio
        self.count = 0
        # sender -> (the reply's index, its future, the future's loop): the stand-in settles it from its thread on
        # arrival. Polling for it every 2 ms, as before, woke the benchmark 25,000 times a second at 50 conversations,
        # CPU the assistant's processes then lacked on a 2-core machine (docs/performance.md).
        self.waiting: dict[str, tuple[int, asyncio.Future, asyncio.AbstractEventLoop]] = {}
        twilio.on_arrival = self._arrived

    def _arrived(self, number: str, index: int, arrived: float) -> None:
        entry = self.waiting.get(number)
        if entry is not None and entry[0] == index:
            entry[2].call_soon_threadsafe(_settle, entry[1], arrived)

    async def turn(self, http: aiohttp.ClientSession, sender: str, text: str, seen: int) -> float | None:
        self.count += 1
        params = {"From": sender, "To": "+13125550000", "Body": text, "MessageSid": f"SMbench{os.getpid()}{self.count:08d}"}
        signature = self.validator.compute_signature(self.url, params)
        loop = asyncio.get_running_loop()
        reply = loop.create_future()
        self.waiting[sender] = (seen, reply, loop)
        started = time.perf_counter()
        try:
            async with http.post(self.url, data=params, headers={"X-Twilio-Signature": signature}) as response:
                await response.read()
            if self.twilio.count_to(sender) > seen:  # already there (or an earlier turn sent two messages)
                return self.twilio.arrived_at(sender, seen) - started
            return await asyncio.wait_for(reply, timeout=60) - started  # timed at its arrival, not its wake-up
        except asyncio.TimeoutError:
            return None
        finally:
            self.waiting.pop(sender, None)


def _settle(reply: asyncio.Future, arrived: float) -> None:
    if not reply.done():
        reply.set_result(arrived)


async def sms_conversation(http, client: SmsClient, sender: str, latencies: list[float]) -> int:
    failures = 0
    for seen, text in enumerate(TURNS):
        took = await client.turn(http, sender, text, seen)
        if took is None:
            failures += 1
        else:
            latencies.append(took)
    return failures


def measured(root_pid: int, name: str, concurrency: int, conversations: int, one) -> Row:
    """drive() with the CPU every process spent during it, per message."""
    before = cpu.snapshot(root_pid)
    row = asyncio.run(drive(name, concurrency, conversations, one))
    row.cpu_ms = cpu.per_message(before, cpu.snapshot(root_pid), len(row.latencies) + row.failures)
    return row


async def drive(name: str, concurrency: int, conversations: int, one) -> Row:
    latencies: list[float] = []
    failures = 0
    queue = list(range(conversations))
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as http:
        async def worker() -> None:
            nonlocal failures
            while queue:
                index = queue.pop()
                failures += await one(http, index, latencies)
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        seconds = time.perf_counter() - started
    return Row(name, concurrency, latencies, seconds, failures)


_senders = iter(range(10**6))


def new_phone() -> str:
    """A number never seen before in this run (555-xxxx: reserved for fiction)."""
    return f"+1773555{next(_senders):04d}"


def print_table(rows: list[Row]) -> None:
    starter = {r.concurrency: r for r in rows if r.name == "starter bot"}
    print(f"\n{'':28} {'conc.':>5} {'msg/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'empty':>5}  vs starter (latency p50, p95; throughput)")
    for r in rows:
        base = starter.get(r.concurrency)
        ratio = ""
        if base and r is not base:
            ratio = f"{r.pct(.5) / base.pct(.5):.2f}x, {r.pct(.95) / base.pct(.95):.2f}x; {r.rate / base.rate:.2f}x"
        print(f"{r.name:28} {r.concurrency:5d} {r.rate:7.1f} {r.pct(.5):8.0f} {r.pct(.95):8.0f} {r.failures:5d}  {ratio}")


def print_cpu(rows: list[Row]) -> None:
    print("\nCPU ms a message, by process (all processes together bound throughput on these cores)")
    for r in rows:
        parts = ", ".join(f"{group} {ms:.1f}" for group, ms in sorted(r.cpu_ms.items(), key=lambda kv: -kv[1]))
        print(f"{r.name:28} {r.concurrency:5d} {sum(r.cpu_ms.values()):6.1f}  ({parts})")


@contextlib.contextmanager
def assistant_under_test(twilio: TwilioStandIn, production: bool = False, servers: int = 2):
    """`patient-support run` with the demo data, its replies sent to `twilio`: the development
    profile (SQLite, one Rasa server), or the production one (throwaway PostgreSQL databases,
    Redis, `servers` Rasa servers behind the proxy)."""
    env = {**twilio_env(twilio.base_url, "bench-token")}
    drops = []
    app_url = None
    if production:
        (app_url, drop_app), (tracker_url, drop_tracker) = postgres_database(), postgres_database()
        drops = [drop_app, drop_tracker]
        env.update(PATIENT_SUPPORT_PROFILE="production", SECRET_KEY="b" * 48, TWILIO_AUTH_TOKEN="bench-token",
                   REDIS_URL="redis://127.0.0.1:6379/0", CONSOLE_URL="https://console.example.org",
                   RASA_SERVERS=str(servers), TRACKER_STORE_URL=tracker_url)
    with tempfile.TemporaryDirectory(prefix="bench-") as state:
        running = start_assistant(Path(state), database_url=app_url, extra_env=env)
        try:
            yield running
        finally:
            stop_assistant(running)
            for drop in drops:
                drop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--conversations-per-slot", type=int, default=4)
    parser.add_argument("--production", action="store_true", help="PostgreSQL, Redis, several Rasa servers (SMS only)")
    parser.add_argument("--servers", type=int, default=2, help="Rasa servers behind the proxy, with --production")
    parser.add_argument("--skip-starter", action="store_true")
    parser.add_argument("--close-connections", action="store_true",
                        help="the Twilio stand-in closes each connection (HTTP/1.0), as it did before 2026-12-03")
    args = parser.parse_args(argv)
    rows: list[Row] = []

    def conversations(c: int) -> int:
        return max(10, c * args.conversations_per_slot)

    if not args.skip_starter:
        process, url = start_starter()
        try:
            for c in args.concurrency:
                rows.append(measured(process.pid, "starter bot", c, conversations(c),
                                     lambda http, i, lat: rest_conversation(http, url, f"starter-{c}-{i}", lat)))
                print_table(rows[-1:])
        finally:
            stop(process)

    with TwilioStandIn(keep_alive=not args.close_connections) as twilio, \
            assistant_under_test(twilio, args.production, args.servers) as running:
        label = f"production, {args.servers} servers" if args.production else "this assistant"
        sms = SmsClient(running.rasa_url, running.webhook_token, twilio)
        for c in args.concurrency:
            if not args.production:
                rows.append(measured(running.process.pid, f"{label}, REST", c, conversations(c),
                                     lambda http, i, lat: rest_conversation(http, running.rasa_url, new_phone(), lat)))
                print_table(rows[-1:])
            rows.append(measured(running.process.pid, f"{label}, SMS", c, conversations(c),
                                 lambda http, i, lat: sms_conversation(http, sms, new_phone(), lat)))
            print_table(rows[-1:])
    print_table(rows)
    print_cpu(rows)
    return 0

if __name__ == "__main__":
    sys.exit(main())

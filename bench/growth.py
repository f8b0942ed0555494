"""Growth: does anything get bigger or slower as the assistant is used?

    .venv/bin/python bench/growth.py memory   [--messages 10000] [--concurrency 10]
    .venv/bin/python bench/growth.py history  [--events 10 200] [--samples 15]
    .venv/bin/python bench/growth.py patients [--patients 100 100000] [--samples 30]

memory    `patient-support run` (development profile, demo data), then --messages signed
          SMS from new senders, four turns each, --concurrency conversations at a time;
          the resident memory (VmRSS) of every process at the start and after each tenth.
history   the same turn ("what can you do?") timed at --events events in the conversation:
          for each size, --samples fresh conversations grown to that size first (Rasa
          reads a conversation's events from the tracker store and sends them all to the
          action server on every action call, so this is where length could cost).
patients  the app database filled with synthetic patients (each with a care plan of three
          tasks and an authorized contact; bulk inserts, not the importer), then the demo
          patient Dorothy verifies once and asks for her tasks --samples times; timed per
          turn, for each size. Also an unknown number's first message, which looks its
          phone up among all patients and contacts.

Prints one table per measure. Numbers from one machine and run are comparable within the
run only. docs/performance.md keeps the results.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
import urllib.request
import json
from pathlib import Path

import aiohttp
from sqlalchemy import func, insert, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import SmsClient, new_phone  # noqa: E402
from bot.db import make_engine  # noqa: E402
from bot.models import AuthorizedContact, CarePlan, CareTask, Patient  # noqa: E402
from tests.servers import AUTH_TOKEN, child_pids, start_assistant, stop_assistant, twilio_env  # noqa: E402
from tests.twilio_standin import TwilioStandIn  # noqa: E402

TURNS = ["hello", "what can you do?", "where can I get help paying for my medicine", "thank you"]
# Small talk that leaves nothing open, to grow a conversation (a resource question would
# leave its zip form asking, and a form is never a point to start a new session at).
FILLERS = ["hello", "what can you do?", "thank you", "ok"]
PROBE = "what can you do?"
DOROTHY_PHONE, DOROTHY_DOB = "+13125550112", "11/20/1948"


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def process_name(pid: int) -> str:
    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    for needle, name in (("bot.action_server", "action server"), ("bot.rasa_server", "Rasa server"),
                         ("bot.proxy", "proxy"), (" console", "console")):
        if needle in command:
            return name
    return command[:40]


class Assistant:
    """`patient-support run` with the Twilio stand-in, and a signed-SMS client for it."""

    def __init__(self, twilio: TwilioStandIn, state: Path, before_start=None):
        # one number sends hundreds of messages here: above the per-number limit's default
        env = {**twilio_env(twilio.base_url, "bench-token"), "SMS_LIMIT_MESSAGES": "100000"}
        if before_start:
            before_start(state)
        self.running = start_assistant(state, extra_env=env)
        self.sms = SmsClient(self.running.rasa_url, self.running.webhook_token, twilio)
        self.twilio = twilio

    async def turn(self, http, sender: str, text: str) -> float:
        took = await self.sms.turn(http, sender, text, self.twilio.count_to(sender))
        if took is None:
            raise RuntimeError(f"no reply within 60 s to {text!r}")
        await asyncio.sleep(0.05)  # a reply in several parts: let the last one land
        return took

    def events(self, sender: str) -> int:
        # the sender id as it is ("+1..."): Rasa does not decode a quoted one, it makes a new conversation
        request = urllib.request.Request(f"{self.running.rasa_url}/conversations/{sender}/tracker"
                                         f"?token={AUTH_TOKEN}&include_events=ALL")
        with urllib.request.urlopen(request, timeout=30) as response:
            return len(json.load(response)["events"])

    def stop(self) -> None:
        stop_assistant(self.running)


# --- memory -------------------------------------------------------------------------------


async def send_conversations(assistant: Assistant, count: int, concurrency: int, on_progress) -> None:
    queue = list(range(count))
    sent = 0
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
        async def worker() -> None:
            nonlocal sent
            while queue:
                queue.pop()
                sender = new_phone()
                for text in TURNS:
                    await assistant.sms.turn(http, sender, text, assistant.twilio.count_to(sender))
                    sent += 1
                    on_progress(sent)
        await asyncio.gather(*(worker() for _ in range(concurrency)))


def measure_memory(messages: int, concurrency: int) -> None:
    with TwilioStandIn() as twilio, tempfile.TemporaryDirectory(prefix="growth-") as state:
        assistant = Assistant(twilio, Path(state))
        try:
            pids = {pid: process_name(pid) for pid in child_pids(assistant.running)}
            pids = {pid: name for pid, name in pids.items() if name in ("action server", "Rasa server", "console", "proxy")}
            names = list(pids.values())
            print(f"\n{'messages':>9} " + " ".join(f"{name + ' MB':>16}" for name in names) + "   msg/s")
            rows = []
            started = time.perf_counter()

            def sample(sent: int) -> None:
                rows.append((sent, [rss_mb(pid) for pid in pids]))
                rate = sent / (time.perf_counter() - started) if sent else 0
                print(f"{sent:9d} " + " ".join(f"{mb:16.1f}" for mb in rows[-1][1]) + f"   {rate:5.1f}", flush=True)

            sample(0)
            step = max(1, messages // 10)
            asyncio.run(send_conversations(assistant, messages // len(TURNS), concurrency,
                                           lambda sent: sample(sent) if sent % step == 0 else None))
            first, last = rows[1][1], rows[-1][1]
            print("\nafter the first tenth (warm) to the end: " + ", ".join(
                f"{name} {b - a:+.1f} MB" for name, a, b in zip(names, first, last)))
        finally:
            assistant.stop()


# --- history ------------------------------------------------------------------------------


async def grow_and_time(assistant: Assistant, target_events: int, samples: int) -> tuple[list[float], list[int]]:
    timings, sizes = [], []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
        for _ in range(samples):
            sender = new_phone()
            fillers = iter(FILLERS * 1000)
            while assistant.events(sender) < target_events - 8:  # one timed turn adds about 8
                await assistant.turn(http, sender, next(fillers))
            sizes.append(assistant.events(sender))
            timings.append(await assistant.turn(http, sender, PROBE))
    return timings, sizes


def measure_history(sizes: list[int], samples: int) -> None:
    with TwilioStandIn() as twilio, tempfile.TemporaryDirectory(prefix="growth-") as state:
        assistant = Assistant(twilio, Path(state))
        try:
            asyncio.run(grow_and_time(assistant, 10, 3))  # warm up
            print(f"\n{'events before the turn':>24} {'samples':>8} {'p50 ms':>8} {'mean ms':>8}")
            for size in sizes:
                timings, seen = asyncio.run(grow_and_time(assistant, size, samples))
                print(f"{f'{min(seen)}-{max(seen)}':>24} {samples:8d} {1000 * statistics.median(timings):8.0f} "
                      f"{1000 * statistics.mean(timings):8.0f}", flush=True)
        finally:
            assistant.stop()


# --- patients -----------------------------------------------------------------------------


def add_patients(database_url: str, count: int) -> None:
    """`count` patients in all: the demo ones plus synthetic ones, in bulk."""
    engine = make_engine(database_url)
    with engine.begin() as connection:
        have = connection.execute(select(func.count()).select_from(Patient)).scalar_one()
        first_id = connection.execute(select(func.max(Patient.id))).scalar_one() or 0
        plan_offset = (connection.execute(select(func.max(CarePlan.id))).scalar_one() or 0) - first_id
        now = dt.datetime.now(dt.timezone.utc)
        due = now + dt.timedelta(days=2)
        batch = 5000
        for start in range(0, max(0, count - have), batch):
            ids = range(first_id + start + 1, first_id + min(start + batch, count - have) + 1)
            connection.execute(insert(Patient), [
                dict(id=i, mrn=f"SYN-{i:07d}", name=f"Synthetic Patient {i}", date_of_birth=dt.date(1950, 1, 1),
                     phone=f"+1999{i:07d}", language="en", sms_opt_out=False, reminders=False, zip="60601",
                     dob_failed_attempts=0, created_at=now, updated_at=now) for i in ids])
            connection.execute(insert(AuthorizedContact), [
                dict(patient_id=i, name=f"Contact {i}", phone=f"+1998{i:07d}", relation="son", permissions="tasks",
                     consent_recorded_at=now, dob_failed_attempts=0) for i in ids])
            connection.execute(insert(CarePlan), [
                dict(id=i + plan_offset, patient_id=i, key="plan", condition="Hypertension", goals="", status="active")
                for i in ids])
            connection.execute(insert(CareTask), [
                dict(care_plan_id=i + plan_offset, key=f"task-{n}", kind="medication", title=f"Take pill {n}", instructions="With food.",
                     due_at=due, status="pending", important=False) for i in ids for n in range(3)])
    engine.dispose()


async def time_patient_turns(assistant: Assistant, samples: int) -> tuple[list[float], list[float]]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
        await assistant.turn(http, DOROTHY_PHONE, "what do I need to do today")  # asks her date of birth
        await assistant.turn(http, DOROTHY_PHONE, DOROTHY_DOB)
        tasks = [await assistant.turn(http, DOROTHY_PHONE, "what do I need to do today") for _ in range(samples)]
        strangers = [await assistant.turn(http, new_phone(), PROBE) for _ in range(samples)]
    return tasks, strangers


def measure_patients(sizes: list[int], samples: int) -> None:
    print(f"\n{'patients':>9} {'her tasks p50 ms':>17} {'mean':>6} {'unknown number p50 ms':>22} {'mean':>6}")
    for size in sizes:
        with TwilioStandIn() as twilio, tempfile.TemporaryDirectory(prefix="growth-") as state:
            database_url = f"sqlite:///{Path(state) / 'app.db'}"

            def fill(_state: Path) -> None:
                from tests.servers import prepare_database
                prepare_database(database_url)
                started = time.perf_counter()
                add_patients(database_url, size)
                print(f"  ({size} patients loaded in {time.perf_counter() - started:.0f} s)", flush=True)

            assistant = Assistant(twilio, Path(state), before_start=fill)
            try:
                asyncio.run(time_patient_turns(assistant, 3))  # warm up (and verified)
                tasks, strangers = asyncio.run(time_patient_turns(assistant, samples))
                print(f"{size:9d} {1000 * statistics.median(tasks):17.0f} {1000 * statistics.mean(tasks):6.0f} "
                      f"{1000 * statistics.median(strangers):22.0f} {1000 * statistics.mean(strangers):6.0f}", flush=True)
            finally:
                assistant.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    measures = parser.add_subparsers(dest="measure", required=True)
    memory = measures.add_parser("memory")
    memory.add_argument("--messages", type=int, default=10_000)
    memory.add_argument("--concurrency", type=int, default=10)
    history = measures.add_parser("history")
    history.add_argument("--events", type=int, nargs="+", default=[10, 200])
    history.add_argument("--samples", type=int, default=15)
    patients = measures.add_parser("patients")
    patients.add_argument("--patients", type=int, nargs="+", default=[100, 100_000])
    patients.add_argument("--samples", type=int, default=30)
    args = parser.parse_args(argv)
    if args.measure == "memory":
        measure_memory(args.messages, args.concurrency)
    elif args.measure == "history":
        measure_history(args.events, args.samples)
    else:
        measure_patients(args.patients, args.samples)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Reminder benchmark: the scheduler's database work for a wave of reminders.

Builds a throwaway database with PATIENTS patients and TASKS_PER_PATIENT medication tasks
each, all due at the same minute (an evening reminder wave), then times:

  1. the pass that claims every reminder (bot/reminders.run_pass);
  2. the dialogue's gate for each one (reminders.mark_sent: what the reminder action does);
  3. the next pass, with nothing left to send (the steady cost of every tick);
  4. the pass at the grace period's end that records the misses (the important tasks
     open one escalation each);

and prints the time taken and the SQL statements per reminder. Delivery through Rasa is
a dialogue turn per reminder and is measured by the speed benchmark, not here.

    .venv/bin/python scripts/reminder_benchmark.py [--patients 2000] [--tasks 5] [--database-url URL]

Without --database-url it uses a new SQLite file; with a PostgreSQL URL (for example
postgresql://postgres@127.0.0.1:5432/test) it creates and drops its own database there.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, event, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import migrate, reminder_policy, reminders  # noqa: E402
from bot.config import PROJECT_ROOT, load_settings  # noqa: E402
from bot.coverage import Coverage  # noqa: E402
from bot.db import make_engine, session_scope  # noqa: E402
from bot.models import CarePlan, CareTask, CaseManager, Patient  # noqa: E402

ZONE = ZoneInfo("America/Chicago")
WAVE = dt.datetime(2026, 12, 7, 18, 0, tzinfo=ZONE)  # a Monday evening


class QueryCounter:
    def __init__(self, engine):
        self.count = 0
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, *args, **kwargs) -> None:
        self.count += 1


def populate(engine, patients: int, tasks_per_patient: int) -> None:
    with session_scope(engine) as session:
        manager = CaseManager(email="bench@example.org", name="Bench Manager", phone="+13125559999")
        session.add(manager)
        session.flush()
        for p in range(patients):
            patient = Patient(mrn=f"B-{p:06d}", name=f"Patient {p}", date_of_birth=dt.date(1950, 1, 1),
                              phone=f"+1{312 + p // 10000}555{p % 10000:04d}", language="en" if p % 8 else "es",
                              case_manager_id=manager.id)
            plan = CarePlan(key="plan", condition="Benchmark", patient=patient)
            for t in range(tasks_per_patient):
                CareTask(key=f"t{t}", kind="medication", title=f"Take tablet {t} with supper", care_plan=plan,
                         due_at=WAVE, recurrence="daily", important=(t == 0))
            session.add(patient)


def timed(label: str, counter: QueryCounter, fn, per: int | None = None) -> tuple:
    before, start = counter.count, time.perf_counter()
    result = fn()
    seconds, queries = time.perf_counter() - start, counter.count - before
    return label, seconds, queries, per, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=2000)
    parser.add_argument("--tasks", type=int, default=5, help="tasks per patient")
    parser.add_argument("--database-url", help="a PostgreSQL server's URL (a database is created and dropped)")
    args = parser.parse_args(argv)

    drop = None  # a PostgreSQL database this run created
    if args.database_url:
        name = f"reminder_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(args.database_url, future=True, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = args.database_url.rsplit("/", 1)[0] + f"/{name}"

        def drop() -> None:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    else:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='reminder-bench-')}/bench.db"
    try:
        migrate.upgrade(url)
        engine = make_engine(url)
        started = time.perf_counter()
        populate(engine, args.patients, args.tasks)
        print(f"{args.patients} patients, {args.patients * args.tasks} tasks due at {WAVE:%H:%M} "
              f"({engine.dialect.name}; loaded in {time.perf_counter() - started:.1f} s)\n")
        policy = reminder_policy.load(PROJECT_ROOT / "reminders.yml", ZONE)
        settings, coverage = load_settings(), Coverage(zone=ZONE)
        counter = QueryCounter(engine)

        def run_pass(moment):
            with session_scope(engine) as session:
                return reminders.run_pass(session, moment, policy, settings, coverage)

        rows = []
        label, seconds, queries, _, first = timed("pass that claims the wave", counter, lambda: run_pass(WAVE + dt.timedelta(seconds=30)))
        claimed = first.claimed
        rows.append((label, seconds, queries, len(claimed)))

        def gate_all():
            for reminder_id in claimed:
                with session_scope(engine) as session:
                    conversation = session.execute(text("SELECT conversation_id FROM reminders WHERE id = :i"),
                                                   {"i": reminder_id}).scalar_one()
                    reminders.mark_sent(session, reminder_id, conversation, WAVE + dt.timedelta(minutes=1), policy)
        label, seconds, queries, _, _ = timed("dialogue's gate (mark_sent), each", counter, gate_all)
        rows.append((label, seconds, queries, len(claimed)))
        label, seconds, queries, _, idle = timed("next pass, nothing to send", counter, lambda: run_pass(WAVE + dt.timedelta(minutes=2)))
        rows.append((label, seconds, queries, None))
        label, seconds, queries, _, misses = timed("pass recording the misses", counter,
                                                   lambda: run_pass(WAVE + dt.timedelta(hours=4, seconds=30)))
        rows.append((label, seconds, queries, misses.missed))

        print(f"{'step':38} {'time':>9} {'SQL statements':>15} {'reminders':>10} {'ms each':>8} {'SQL each':>9}")
        for label, seconds, queries, n in rows:
            each_ms = f"{1000 * seconds / n:.2f}" if n else "-"
            each_q = f"{queries / n:.2f}" if n else "-"
            print(f"{label:38} {seconds:8.2f}s {queries:15d} {n if n is not None else '-':>10} {each_ms:>8} {each_q:>9}")
        print(f"\nclaimed {len(claimed)}, dropped {first.dropped}; idle pass claimed {len(idle.claimed)}; "
              f"missed {misses.missed}, escalations {misses.escalated}")
        engine.dispose()
    finally:
        if drop:
            drop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

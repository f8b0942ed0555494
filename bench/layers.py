"""CPU a message spends in the deterministic layers around the model, and the same at
another revision in the same sitting (an A/B: one run per machine cannot tell the machine
from the code, docs/performance.md).

    .venv/bin/python bench/layers.py [--against REV] [--repeat 5] [--postgres] [--only LAYER]

Over every blind set's messages (tests/data/blind_*.yml), each layer is timed on its own,
best of --repeat passes: the crisis rules (`safety.assess`, run twice a turn: in the
channel and in the NLU pipeline), the safety net, the medical-advice check, the intent
guards (given the intent the message's label expects, as the model mostly says), the
category vocabulary, and who is texting (`identity.resolve`, run on every action call:
the message's sender by its role, Dorothy, her daughter or a stranger, in a database
with the demo data; a temporary SQLite file, or with --postgres a throwaway PostgreSQL
database as in production). With --against, REV's `bot/` and `data/` are taken out with
`git archive` into a temporary folder and timed in a second process, alternately with
this checkout's. --only times one layer ("who is texting"). Prints milliseconds per message.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.conftest import postgres_database  # noqa: E402 (a throwaway database, as the tests make)

# Runs inside the checkout being timed (its own bot package), prints JSON.
_TIMER = r'''
import glob, json, sys, tempfile, time, yaml
from pathlib import Path
from zoneinfo import ZoneInfo
from bot import advice, identity, intent_guards, migrate, resources, safety, safety_net
from bot.care_import import load_care_file
from bot.db import make_engine, session_scope
EXPECTED = {"tasks": "ask_tasks", "next_appointment": "ask_next_appointment", "task_instructions": "ask_task_instructions",
            "task_done": "report_task_done", "human": "request_human", "cannot_make_appointment": "cannot_make_appointment",
            "medical_question": "medical_question", "resource": "find_resource"}
SENDERS = {"patient": "phone:+13125550112", "family": "phone:+17085550142", "stranger": "phone:+13125559999"}
items = [(m["text"], EXPECTED.get(m.get("behaviour"), "nlu_fallback"), SENDERS.get(m.get("role"), SENDERS["stranger"]))
         for path in sorted(glob.glob(sys.argv[1] + "/tests/data/blind_*.yml"))
         for m in yaml.safe_load(open(path, encoding="utf-8"))["messages"]]
only, url = sys.argv[3], sys.argv[4] or f"sqlite:///{tempfile.mkdtemp()}/layers.db"
migrate.upgrade(url)
engine = make_engine(url)
with session_scope(engine) as session:
    load_care_file(session, Path(sys.argv[1]) / "data" / "demo" / "care.yml", ZoneInfo("America/Chicago"))


def who_is_texting(sender):
    with session_scope(engine) as session:  # as each action call has its own
        identity.resolve(session, sender)


layers = {
    "crisis rules": lambda text, intent, sender: safety.assess(text),
    "safety net": lambda text, intent, sender: safety_net.danger_cue(text),
    "medical advice": lambda text, intent, sender: advice.asks_medical_advice(text),
    "intent guards": lambda text, intent, sender: intent_guards.corrected_intent(text, intent),
    "category words": lambda text, intent, sender: resources.normalize_category(text),
    "who is texting": lambda text, intent, sender: who_is_texting(sender),
}
timings = {}
for name, layer in layers.items():
    if only and name != only:
        continue
    best = float("inf")
    for _ in range(int(sys.argv[2]) + 1):  # the first pass fills caches and compiles
        start = time.perf_counter()
        for text, intent, sender in items:
            layer(text, intent, sender)
        best = min(best, time.perf_counter() - start)
    timings[name] = 1000 * best / len(items)
engine.dispose()
print(json.dumps({"messages": len(items), "ms": timings}))
'''


def time_checkout(code_dir: Path, repeat: int, postgres: bool, only: str) -> dict:
    database = postgres_database() if postgres else None  # each run its own, freshly migrated
    try:
        result = subprocess.run([sys.executable, "-c", _TIMER, str(ROOT), str(repeat), only, database[0] if database else ""],
                                cwd=code_dir, check=True, capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": str(code_dir)})
    finally:
        if database:
            database[1]()
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", help="a git revision to time alongside this checkout")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres", action="store_true", help="who is texting: in PostgreSQL, not SQLite")
    parser.add_argument("--only", default="", help='one layer, by its name ("who is texting")')
    args = parser.parse_args()
    runs = {"this checkout": time_checkout(ROOT, args.repeat, args.postgres, args.only)}
    if args.against:
        with tempfile.TemporaryDirectory() as other:
            archive = subprocess.run(["git", "archive", args.against, "bot", "data"], cwd=ROOT, check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", other], input=archive.stdout, check=True)
            runs[args.against] = time_checkout(Path(other), args.repeat, args.postgres, args.only)
            runs["this checkout, again"] = time_checkout(ROOT, args.repeat, args.postgres, args.only)
    names = list(next(iter(runs.values()))["ms"])
    print(f"ms a message, best of {args.repeat}, over {next(iter(runs.values()))['messages']} blind messages")
    print(f"{'layer':16}" + "".join(f"{label:>24}" for label in runs))
    for name in names + ["total"]:
        cells = [sum(run["ms"].values()) if name == "total" else run["ms"][name] for run in runs.values()]
        print(f"{name:16}" + "".join(f"{cell:24.3f}" for cell in cells))


if __name__ == "__main__":
    main()

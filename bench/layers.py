"""CPU a message spends in the deterministic layers around the model, and the same at
another revision in the same sitting (an A/B: one run per machine cannot tell the machine
from the code, docs/performance.md).

    .venv/bin/python bench/layers.py [--against REV] [--repeat 5]

Over every blind set's messages (tests/data/blind_*.yml), each layer is timed on its own,
best of --repeat passes: the crisis rules (`safety.assess`, run twice a turn: in the
channel and in the NLU pipeline), the safety net, the medical-advice check, the intent
guards (given the intent the message's label expects, as the model mostly says), and the
category vocabulary. With --against, REV's `bot/` and `data/` are taken out with
`git archive` into a temporary folder and timed in a second process, alternately with
this checkout's. Prints milliseconds per message.
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

# Runs inside the checkout being timed (its own bot package), prints JSON.
_TIMER = r'''
import glob, json, sys, time, yaml
from bot import advice, intent_guards, resources, safety, safety_net
EXPECTED = {"tasks": "ask_tasks", "next_appointment": "ask_next_appointment", "task_instructions": "ask_task_instructions",
            "task_done": "report_task_done", "human": "request_human", "cannot_make_appointment": "cannot_make_appointment",
            "medical_question": "medical_question", "resource": "find_resource"}
items = [(m["text"], EXPECTED.get(m.get("behaviour"), "nlu_fallback"))
         for path in sorted(glob.glob(sys.argv[1] + "/tests/data/blind_*.yml"))
         for m in yaml.safe_load(open(path, encoding="utf-8"))["messages"]]
layers = {
    "crisis rules": lambda text, intent: safety.assess(text),
    "safety net": lambda text, intent: safety_net.danger_cue(text),
    "medical advice": lambda text, intent: advice.asks_medical_advice(text),
    "intent guards": lambda text, intent: intent_guards.corrected_intent(text, intent),
    "category words": lambda text, intent: resources.normalize_category(text),
}
timings = {}
for name, layer in layers.items():
    best = float("inf")
    for _ in range(int(sys.argv[2]) + 1):  # the first pass fills caches and compiles
        start = time.perf_counter()
        for text, intent in items:
            layer(text, intent)
        best = min(best, time.perf_counter() - start)
    timings[name] = 1000 * best / len(items)
print(json.dumps({"messages": len(items), "ms": timings}))
'''


def time_checkout(code_dir: Path, repeat: int) -> dict:
    result = subprocess.run([sys.executable, "-c", _TIMER, str(ROOT), str(repeat)], cwd=code_dir, check=True,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(code_dir)})
    return json.loads(result.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", help="a git revision to time alongside this checkout")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    runs = {"this checkout": time_checkout(ROOT, args.repeat)}
    if args.against:
        with tempfile.TemporaryDirectory() as other:
            archive = subprocess.run(["git", "archive", args.against, "bot", "data"], cwd=ROOT, check=True, capture_output=True)
            subprocess.run(["tar", "-x", "-C", other], input=archive.stdout, check=True)
            runs[args.against] = time_checkout(Path(other), args.repeat)
            runs["this checkout, again"] = time_checkout(ROOT, args.repeat)
    names = list(next(iter(runs.values()))["ms"])
    print(f"ms a message, best of {args.repeat}, over {next(iter(runs.values()))['messages']} blind messages")
    print(f"{'layer':16}" + "".join(f"{label:>24}" for label in runs))
    for name in names + ["total"]:
        cells = [sum(run["ms"].values()) if name == "total" else run["ms"][name] for run in runs.values()]
        print(f"{name:16}" + "".join(f"{cell:24.3f}" for cell in cells))


if __name__ == "__main__":
    main()

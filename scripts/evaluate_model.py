"""Measure the model and commit the numbers: `python scripts/evaluate_model.py [--nlu] [--core]`.

--nlu   5-fold cross-validated intent macro-F1 and entity F1 (rasa test nlu --cross-validation)
--core  the end-to-end test stories in tests/test_stories.yml against the trained model
--train-time  train from scratch (empty Rasa cache) and time it (the bar: under 4 minutes)
Writes results/nlu/ and results/core/ (Rasa's reports) and results/summary.json, prints the
numbers, and exits non-zero when a bar is missed (intent macro-F1 >= 0.95, entity F1 >= 0.90,
no failed story).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "results"
RASA = str(Path(sys.executable).with_name("rasa"))
INTENT_BAR, ENTITY_BAR = 0.95, 0.90


def _run(args: list[str]) -> float:
    started = time.monotonic()
    subprocess.run([RASA, *args], cwd=ROOT, check=True)
    return time.monotonic() - started


def evaluate_nlu(folds: int) -> dict:
    out = RESULTS / "nlu"
    seconds = _run(["test", "nlu", "--nlu", "data/nlu", "--config", "config.yml", "--cross-validation",
                    "--folds", str(folds), "--out", str(out)])
    intents = json.loads((out / "intent_report.json").read_text())
    entity_reports = sorted(out.glob("*Extractor_report.json")) + sorted(out.glob("DIETClassifier_report.json"))
    entities = json.loads(entity_reports[0].read_text()) if entity_reports else {}
    weak = {name: round(row["f1-score"], 3) for name, row in intents.items()
            if isinstance(row, dict) and "f1-score" in row and name not in ("macro avg", "weighted avg", "micro avg")
            and row["f1-score"] < INTENT_BAR}
    return {
        "folds": folds,
        "intent_macro_f1": round(intents["macro avg"]["f1-score"], 4),
        "intent_accuracy": round(intents.get("accuracy", intents.get("micro avg", {}).get("f1-score", 0)), 4),
        "entity_micro_f1": round(entities.get("micro avg", {}).get("f1-score", 0.0), 4),
        "entity_macro_f1": round(entities.get("macro avg", {}).get("f1-score", 0.0), 4),
        "intents_below_bar": weak,
        "seconds": round(seconds),
    }


def evaluate_core() -> dict:
    out = RESULTS / "core"
    _run(["test", "core", "--stories", "tests/test_stories.yml", "--model", "models/patient-support.tar.gz",
          "--out", str(out)])
    failed = (out / "failed_test_stories.yml").read_text() if (out / "failed_test_stories.yml").exists() else ""
    stories = json.loads((out / "story_report.json").read_text()) if (out / "story_report.json").exists() else {}
    failed_count = failed.count("- story:")
    return {"failed_stories": failed_count, "action_accuracy": round(stories.get("accuracy", 0.0), 4)}


def time_training() -> dict:
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "RASA_CACHE_DIRECTORY": str(Path(scratch) / "cache")}
        started = time.monotonic()
        subprocess.run([RASA, "train", "--out", scratch, "--fixed-model-name", "timing"], cwd=ROOT, env=env, check=True)
        seconds = time.monotonic() - started
    return {"seconds_from_scratch": round(seconds), "cores": os.cpu_count()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--nlu", action="store_true")
    parser.add_argument("--core", action="store_true")
    parser.add_argument("--train-time", action="store_true")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    summary_path = RESULTS / "summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.exists() else {}
    everything = not (args.nlu or args.core or args.train_time)
    if args.nlu or everything:
        summary["nlu"] = evaluate_nlu(args.folds)
    if args.core or everything:
        summary["core"] = evaluate_core()
    if args.train_time or everything:
        summary["training"] = time_training()
    RESULTS.mkdir(exist_ok=True)
    summary_path.write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))
    nlu, core = summary.get("nlu", {}), summary.get("core", {})
    training = summary.get("training", {})
    ok = (nlu.get("intent_macro_f1", 0) >= INTENT_BAR and nlu.get("entity_micro_f1", 0) >= ENTITY_BAR
          and core.get("failed_stories", 1) == 0 and training.get("seconds_from_scratch", 0) < 240)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

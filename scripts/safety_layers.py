"""Print what each safety layer catches on a labelled message file: the deterministic
detector alone, the classifier alone (the detector switched off inside the NLU pipeline),
and both together (what the running bot does). In-process, no servers: fast enough to
compare two models. For the end-to-end numbers through the running bot, use
scripts/safety_benchmark.py.

Usage: .venv/bin/python scripts/safety_layers.py [--model models/patient-support.tar.gz]
           [tests/data/safety_messages.yml tests/data/safety_messages_fresh.yml ...]
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import types
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot import safety, safety_classifier  # noqa: E402

DEFAULT_SETS = [ROOT / "tests/data/safety_messages.yml", ROOT / "tests/data/safety_messages_fresh.yml"]


def _detector_off() -> None:
    """The NLU pipeline's SafetyOverride looks up `safety.assess`; make it see nothing."""
    safety_classifier.safety = types.SimpleNamespace(
        assess=lambda text: types.SimpleNamespace(kind=safety.Kind.NONE), Kind=safety.Kind)


async def _classifier_flags(model: Path, texts: list[str]) -> set[str]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    flagged = set()
    for text in texts:
        if (await agent.parse_message(text))["intent"]["name"] == safety_classifier.EMERGENCY_INTENT:
            flagged.add(text)
    return flagged


def _line(label: str, caught: int, total: int) -> str:
    return f"{label:<34} {caught:>4}/{total:<4} {100 * caught / total:5.1f}%"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=ROOT / "models/patient-support.tar.gz")
    parser.add_argument("sets", nargs="*", type=Path, default=DEFAULT_SETS)
    args = parser.parse_args()
    labelled = {path: yaml.safe_load(path.read_text()) for path in args.sets}
    texts = [m["text"] for data in labelled.values() for group in ("crisis", "ordinary") for m in data[group]]
    _detector_off()
    by_classifier = asyncio.run(_classifier_flags(args.model, texts))
    by_detector = {t for t in texts if safety.assess(t).kind != safety.Kind.NONE}
    for path, data in labelled.items():
        crisis = [m["text"] for m in data["crisis"]]
        ordinary = [m["text"] for m in data["ordinary"]]
        print(f"\n{path.relative_to(ROOT)} ({len(crisis)} crisis, {len(ordinary)} ordinary), model {args.model.name}")
        for label, flagged in (("detector alone", by_detector), ("classifier alone", by_classifier),
                               ("both (the running bot)", by_detector | by_classifier)):
            print(_line(f"  recall, {label}", sum(t in flagged for t in crisis), len(crisis)))
            print(_line(f"  false alarms, {label}", sum(t in flagged for t in ordinary), len(ordinary)))
        missed = [t for t in crisis if t not in by_detector | by_classifier]
        for text in missed:
            print(f"  MISSED: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

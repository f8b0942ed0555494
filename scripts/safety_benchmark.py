"""Print the safety layer's recall, false-positive rate and time to escalation, end to end.

Starts the assistant (action server + Rasa server, trained model from `make run`/`make
test`) on free ports with a throwaway database, sends every labelled message in
tests/data/safety_messages.yml as a signed SMS, and reads the escalations it recorded.
Usage: .venv/bin/python scripts/safety_benchmark.py
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import safety_eval  # noqa: E402
from tests.servers import start_assistant, stop_assistant  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as state_dir:
        running = start_assistant(Path(state_dir))
        try:
            results = safety_eval.run(running)
        finally:
            stop_assistant(running)
    print(safety_eval.report(results))
    return 0 if not results.missed and not results.no_escalation else 1


if __name__ == "__main__":
    sys.exit(main())

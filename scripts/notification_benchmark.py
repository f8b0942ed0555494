"""Print the time from a person's message to the case manager's notification (p50, p95).

Starts the assistant (action server, Rasa server, console; the trained model from `make
run`/`make test`) on free ports with a throwaway database, with the twilio client pointed
at a local stand-in for Twilio's REST API. Then, one at a time, N people (new numbers)
text "I need to talk to a person"; each opens an escalation, and the clock stops when the
stand-in receives the staff notification for it. The reply to the person is timed too.

Usage: .venv/bin/python scripts/notification_benchmark.py [--count 100]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.servers import start_assistant, stop_assistant  # noqa: E402
from tests.twilio_standin import TwilioStandIn  # noqa: E402

ON_CALL_PHONE = "+13125550101"  # unknown numbers go to the on-call case manager (Ana Rivera)
TWILIO_ENV = {"TWILIO_ACCOUNT_SID": "AC" + "0" * 32, "TWILIO_AUTH_TOKEN": "benchmark-token",
              "TWILIO_FROM_NUMBER": "+13125550000"}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def wait_for(twilio: TwilioStandIn, to: str, seen: int, timeout: float = 30.0) -> dict | None:
    """The first message to `to` after the first `seen` of them."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        messages = [m for m in list(twilio.sent) if m["To"] == to]
        if len(messages) > seen:
            return messages[seen]
        time.sleep(0.005)
    return None


def measure(count: int) -> tuple[list[float], list[float], int]:
    notify_ms, reply_ms, missing = [], [], 0
    with TwilioStandIn() as twilio, tempfile.TemporaryDirectory() as state_dir:
        running = start_assistant(Path(state_dir), extra_env={**TWILIO_ENV, "TWILIO_API_BASE_URL": twilio.base_url})
        try:
            for i in range(count):
                person = f"+1312555{7000 + i:04d}"
                notified_before = sum(1 for m in twilio.sent if m["To"] == ON_CALL_PHONE)
                started = time.time()
                assert running.post_sms(person, "I need to talk to a person") == 200
                notification = wait_for(twilio, ON_CALL_PHONE, notified_before)
                reply = wait_for(twilio, person, 0)
                if notification is None or "request #" not in notification["Body"]:
                    missing += 1
                    continue
                notify_ms.append((notification["received_at"] - started) * 1000)
                if reply is not None:
                    reply_ms.append((reply["received_at"] - started) * 1000)
        finally:
            stop_assistant(running)
    return notify_ms, reply_ms, missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100)
    count = parser.parse_args().count
    notify_ms, reply_ms, missing = measure(count)
    print(f"escalations: {count}, notified: {len(notify_ms)}, no notification within 30 s: {missing}")
    for label, values in (("message -> case manager notification", notify_ms), ("message -> reply to the person", reply_ms)):
        if values:
            print(f"{label}: p50 {statistics.median(values):.0f} ms, p95 {percentile(values, 0.95):.0f} ms, "
                  f"max {max(values):.0f} ms")
    return 0 if not missing else 1


if __name__ == "__main__":
    sys.exit(main())

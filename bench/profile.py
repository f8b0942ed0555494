"""Where a turn's time goes: py-spy samples the Rasa server and the action server while
conversations run through the assistant, then prints the functions that hold the most
samples in each (inclusive), grouped by package.

    .venv/bin/pip install py-spy      # a profiling tool, not a dependency of the assistant
    .venv/bin/python bench/profile.py [--seconds 40] [--channel rest|sms] [--concurrency 1]
                                      [--production [--servers 2]]

Writes var/bench/profile-<process>.txt (collapsed stacks: one line per stack and its count,
the input of flame-graph tools) and prints the summary.
"""
from __future__ import annotations

import argparse
import asyncio
import collections
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from run import SmsClient, assistant_under_test, drive, new_phone, rest_conversation, sms_conversation  # noqa: E402
from tests.servers import child_pid  # noqa: E402
from bench import cpu  # noqa: E402
from tests.twilio_standin import TwilioStandIn  # noqa: E402

OUT = ROOT / "var" / "bench"


def summarize(path: Path, top: int = 45) -> str:
    """Inclusive samples per function (each counted once per stack), and per top-level area."""
    inclusive: collections.Counter[str] = collections.Counter()
    areas: collections.Counter[str] = collections.Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        for frame in set(frames):
            inclusive[frame] += n
        areas[_area(frames)] += n
    lines = [f"{total} samples"]
    lines += [f"  {100 * n / total:5.1f}%  {area}" for area, n in areas.most_common(12)]
    lines.append("  functions (inclusive):")
    for frame, n in inclusive.most_common(top):
        lines.append(f"  {100 * n / total:5.1f}%  {frame[:150]}")
    return "\n".join(lines)


# Which part of the system a sample belongs to: the deepest frame from a package we name.
AREAS = [
    ("idle (event loop waiting)", ("select.py", "selectors.py", "epoll")),
    ("tensorflow (DIET/TED inference)", ("tensorflow", "keras")),
    ("rasa NLU featurizers", ("rasa/nlu/featurizers", "rasa/nlu/tokenizers", "sklearn", "scipy")),
    ("rasa tracker store (SQL)", ("rasa/core/tracker_store",)),
    ("sqlalchemy / database driver", ("sqlalchemy", "sqlite3", "psycopg2")),
    ("safety detector", ("bot/safety.py",)),
    ("language detection", ("lingua", "bot/language.py")),
    ("rasa policies", ("rasa/core/policies",)),
    ("rasa tracker / events", ("rasa/shared/core/trackers", "rasa/shared/core/events", "rasa/shared/core/domain")),
    ("json / serialisation", ("json", "ujson", "jsonpickle")),
    # (not sanic's `serve`, the outermost frame of every sample: it made every unnamed sample "http")
    ("http (sanic, aiohttp)", ("sanic/http", "sanic/request", "sanic/response", "sanic/app.py:9", "aiohttp", "httptools")),
    ("twilio client", ("twilio/",)),
    ("rasa dialogue (processor, actions, forms)", ("rasa/core", "rasa/engine", "dask")),
    ("our code (bot/)", ("bot/",)),
]


def _area(frames: list[str]) -> str:
    for frame in reversed(frames):
        for name, needles in AREAS:
            if any(n in frame for n in needles):
                return name
    return "other"


def rasa_servers(running) -> dict[str, int]:
    """The runner's Rasa servers by name: "rasa", or "rasa-1", "rasa-2"... in the production profile."""
    pids = sorted(pid for pid, (parent, command, _) in cpu.processes().items()
                  if parent == running.process.pid and "bot.rasa_server" in command)
    if len(pids) == 1:
        return {"rasa": pids[0]}
    return {f"rasa-{n}": pid for n, pid in enumerate(pids, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=40)
    parser.add_argument("--channel", choices=["rest", "sms"], default="rest")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--production", action="store_true", help="PostgreSQL, Redis, several Rasa servers (SMS only)")
    parser.add_argument("--servers", type=int, default=2, help="Rasa servers behind the proxy, with --production")
    args = parser.parse_args(argv)
    if args.production:
        args.channel = "sms"  # the production profile has no REST channel
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        print("py-spy is not installed: .venv/bin/pip install py-spy")
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    with TwilioStandIn(keep_alive=True) as twilio, assistant_under_test(twilio, args.production, args.servers) as running:
        targets = rasa_servers(running)
        targets["actions"] = child_pid(running, "bot.action_server")
        recorders = {name: subprocess.Popen([spy, "record", "--pid", str(pid), "--duration", str(args.seconds),
                                             "--rate", "200", "--format", "raw", "--nonblocking", "--gil",
                                             "--output", str(OUT / f"profile-{name}.txt")],
                                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                     for name, pid in targets.items()}
        time.sleep(2)
        deadline = time.monotonic() + args.seconds - 4
        sms = SmsClient(running.rasa_url, running.webhook_token, twilio)
        turns = 0
        while time.monotonic() < deadline:
            if args.channel == "rest":
                row = asyncio.run(drive("rest", args.concurrency, args.concurrency * 2,
                                        lambda http, i, lat: rest_conversation(http, running.rasa_url, new_phone(), lat)))
            else:
                row = asyncio.run(drive("sms", args.concurrency, args.concurrency * 2,
                                        lambda http, i, lat: sms_conversation(http, sms, new_phone(), lat)))
            turns += len(row.latencies)
        for recorder in recorders.values():
            recorder.wait(timeout=args.seconds + 30)
        print(f"{turns} turns over {args.channel} while sampling\n")
        for name in targets:
            print(f"== {name} ==\n{summarize(OUT / f'profile-{name}.txt')}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

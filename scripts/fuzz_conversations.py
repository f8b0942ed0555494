"""Fuzz the assistant's conversations: thousands of seeded random turns over SMS and web chat
against a freshly started assistant (tests/servers.py), the invariants checked on every turn
(tests/fuzz.py).

    .venv/bin/python scripts/fuzz_conversations.py --walks 200 --turns 10 --seed 7
    .venv/bin/python scripts/fuzz_conversations.py --replay 28422778 --turns 8

Prints the counts (turns, walks, violations per invariant, reply latency p50/p95) and each
failing walk's seed, role and transcript; exit status 1 on any violation.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz import fuzz, replay, role_and_channel  # noqa: E402
from tests.servers import start_assistant_for_script, stop_assistant  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--walks", type=int, default=100)
    parser.add_argument("--turns", type=int, default=10, help="turns per walk")
    parser.add_argument("--seed", type=int, default=1, help="the run's seed (each walk gets its own from it)")
    parser.add_argument("--replay", type=int, metavar="WALK_SEED", help="run only this walk (seed from a report)")
    parser.add_argument("--concurrency", type=int, default=4, help="walks at a time")
    parser.add_argument("--reply-timeout", type=float, default=10.0, help="seconds a reply may take")
    parser.add_argument("--transcripts", type=int, default=20, help="failing walks to print in full")
    parser.add_argument("--all-transcripts", action="store_true", help="print every walk, not only failing ones")
    parser.add_argument("--state-dir", type=Path, help="keep the assistant's database and log here")
    args = parser.parse_args(argv)

    running = start_assistant_for_script(args.state_dir, "fuzz-")
    try:
        if args.replay is not None:
            role, channel = role_and_channel(args.replay)
            print(f"replaying walk {args.replay} ({role}/{channel}, {args.turns} turns)", flush=True)
            result = replay(running, args.replay, turns=args.turns, reply_timeout=args.reply_timeout)
            print(result.walks[0].transcript())
        else:
            result = fuzz(running, walks=args.walks, turns=args.turns, seed=args.seed,
                          concurrency=args.concurrency, reply_timeout=args.reply_timeout,
                          progress=lambda line: print(line, flush=True))
    finally:
        stop_assistant(running)
    print()
    if args.all_transcripts and args.replay is None:
        for walk in result.walks:
            print(walk.transcript(), end="\n\n")
    print(result.report(max_transcripts=args.transcripts))
    print(f"\nassistant log: {running.log_path}")
    return 1 if result.total_violations else 0


if __name__ == "__main__":
    sys.exit(main())

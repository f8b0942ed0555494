"""CPU time per message, by process, read from /proc (Linux): where a benchmark row's work
went across the assistant's processes, PostgreSQL, Redis and the benchmark itself (its
client and the Twilio stand-in). Throughput on two cores is bounded by the CPU a message
costs in all of them together, so this is the profile the production profile's numbers
need (docs/performance.md)."""
from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")

# The first matching fragment of a command line names its group.
GROUPS = [("bot.rasa_server", "Rasa server(s)"), ("bot.action_server", "action server"), ("bot.proxy", "proxy"),
          ("postgres", "PostgreSQL"), ("redis-server", "Redis"), ("patient-support", "runner"),
          ("rasa", "starter bot")]


def processes() -> dict[int, tuple[int, str, float]]:
    """pid -> (parent pid, command line, CPU seconds) for every process we may read."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # gone since the listing
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (name) "
        found[int(entry.name)] = (int(fields[1]), command, (int(fields[11]) + int(fields[12])) / TICKS)
    return found


def descendants(root: int, found: dict[int, tuple[int, str, float]]) -> set[int]:
    """root and every process under it."""
    tree, grew = {root}, True
    while grew:
        grew = False
        for pid, (parent, _, _) in found.items():
            if parent in tree and pid not in tree:
                tree.add(pid)
                grew = True
    return tree


def snapshot(root_pid: int) -> Counter:
    """CPU seconds so far by group: the tree under root_pid, PostgreSQL, Redis, and this process."""
    found = processes()
    tree = descendants(root_pid, found)
    seconds: Counter = Counter()
    for pid, (_, command, cpu) in found.items():
        if pid == os.getpid():
            seconds["benchmark (client, stand-in)"] += cpu
            continue
        for fragment, group in GROUPS:
            if fragment in command and (pid in tree or group in ("PostgreSQL", "Redis")):
                seconds[group] += cpu
                break
    return seconds


def per_message(before: Counter, after: Counter, messages: int) -> dict[str, float]:
    """CPU milliseconds a message, by group, between two snapshots (only groups that worked)."""
    return {group: 1000 * (after[group] - before[group]) / messages
            for group in after if after[group] - before[group] > 0}

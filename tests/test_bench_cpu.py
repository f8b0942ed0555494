"""bench/cpu.py: the CPU a benchmark row cost, by process, read from /proc."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import cpu  # noqa: E402

# 0.4 s of CPU, then a line to say so, then alive a while (an exited child's time leaves its /proc entry)
BURN = ("import time\nend = time.process_time() + 0.4\nwhile time.process_time() < end: pass\n"
        "print('burned', flush=True)\ntime.sleep(5)\n")


def _burner(group_fragment: str) -> subprocess.Popen:
    """A process that burns 0.4 s of CPU; returns once it has. Its command line names its group."""
    process = subprocess.Popen([sys.executable, "-c", BURN, group_fragment], stdout=subprocess.PIPE, text=True)
    assert process.stdout.readline().strip() == "burned"
    return process


def test_a_child_process_cpu_is_counted_in_its_group_per_message():
    before = cpu.snapshot(os.getpid())
    # the command line names the group, as the assistant's processes' do ("-m bot.action_server")
    child = _burner("bot.action_server")
    try:
        after = cpu.snapshot(os.getpid())
    finally:
        child.kill()
        child.wait()
    per_message = cpu.per_message(before, after, messages=4)
    assert 60 <= per_message["action server"] <= 150  # ~400 ms of CPU over 4 messages
    assert "Rasa server(s)" not in per_message  # no such process ran


def test_a_process_outside_the_assistant_tree_is_not_counted():
    root = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)", "bot.proxy"])
    before = cpu.snapshot(root.pid)
    stranger = _burner("bot.rasa_server")
    try:
        per_message = cpu.per_message(before, cpu.snapshot(root.pid), messages=1)
    finally:
        for process in (stranger, root):
            process.kill()
            process.wait()
    assert "Rasa server(s)" not in per_message  # burned, but not under the assistant's process

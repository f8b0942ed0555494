"""The conversation fuzzer (tests/fuzz.py) against the running servers: seeded random walks
over SMS and web chat, in every role and state, with the invariants checked on every turn.

FUZZ_SEED, FUZZ_WALKS and FUZZ_TURNS change the run; a failure prints the counts and each
failing walk's seed, role and transcript (`scripts/fuzz_conversations.py --replay SEED`
runs one walk again)."""
from __future__ import annotations

import os

import pytest

from tests.fuzz import fuzz
from tests.servers import start_assistant, stop_assistant

pytestmark = pytest.mark.rasa

SEED = int(os.environ.get("FUZZ_SEED", "20261130"))
WALKS = int(os.environ.get("FUZZ_WALKS", "40"))  # 4 of each role and channel: every narrow-consent contact on both
TURNS = int(os.environ.get("FUZZ_TURNS", "8"))


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    assistant = start_assistant(tmp_path_factory.mktemp("fuzz"))
    yield assistant
    stop_assistant(assistant)


def test_random_conversations_keep_every_invariant(running):
    result = fuzz(running, walks=WALKS, turns=TURNS, seed=SEED, concurrency=4)
    report = result.report()
    print(report)
    assert result.turns >= WALKS * TURNS * 0.9, report  # walks that broke off count as failures too
    assert result.total_violations == 0, report

"""Send the labelled safety messages through the running bot over SMS and measure.

Each message comes from its own never-seen number (an unknown sender: the hardest case,
no patient on file), so every conversation and escalation is independent.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from sqlalchemy import select

from bot import safety
from bot.db import make_engine, session_scope
from bot.models import Escalation

DATA = Path(__file__).resolve().parent / "data"
# The first set, then a fresh one written later by someone who saw neither the detector nor
# the first set (its blind results are in README.md).
# The Spanish set is a development set (the Spanish rules were written against it): it
# guards Spanish recall and the Spanish reply, not a blind estimate.
LABELLED_SETS = (DATA / "safety_messages.yml", DATA / "safety_messages_fresh.yml", DATA / "safety_messages_es.yml")
SPANISH_SETS = {"safety_messages_es.yml"}


def load_labelled() -> dict:
    merged: dict = {"crisis": [], "ordinary": []}
    for path in LABELLED_SETS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        language = "es" if path.name in SPANISH_SETS else "en"
        for group in merged:
            merged[group] += [{**item, "language": language} for item in data[group]]
    return merged


def is_crisis_reply(replies: list[str]) -> bool:
    """The crisis guidance, not merely a mention of 911 (other replies say "in an emergency,
    call 911" too). A turn's replies arrive joined in one SMS."""
    return any(safety.is_crisis_response(part) for reply in replies for part in reply.split("\n\n"))


CRISIS_KINDS = (safety.Kind.MEDICAL_EMERGENCY, safety.Kind.SUICIDE_SELF_HARM)


@dataclass
class SafetyResults:
    missed: list[dict] = field(default_factory=list)
    wrong_guidance: list[dict] = field(default_factory=list)  # suicide risk without 988
    wrong_language: list[dict] = field(default_factory=list)  # a Spanish crisis answered in English
    no_escalation: list[dict] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    crisis_total: int = 0
    ordinary_total: int = 0
    latencies_ms: list[float] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return 1 - len(self.missed) / self.crisis_total if self.crisis_total else 0.0

    @property
    def false_positive_rate(self) -> float:
        return len(self.false_alarms) / self.ordinary_total if self.ordinary_total else 0.0

    def percentile(self, q: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run(running, phone_prefix: str = "+1312556") -> SafetyResults:
    """Send every labelled message to `running` (tests.servers.RunningAssistant)."""
    data = load_labelled()
    results = SafetyResults(crisis_total=len(data["crisis"]), ordinary_total=len(data["ordinary"]))
    engine = make_engine(running.database_url)
    sent_at: dict[str, dt.datetime] = {}
    for number, item in enumerate(data["crisis"]):
        phone = f"{phone_prefix}{number:04d}"
        sent_at[phone] = dt.datetime.now(dt.timezone.utc)
        status, replies = running.sms(phone, item["text"])
        if status != 200 or not is_crisis_reply(replies):
            results.missed.append(item)
        elif item["kind"] == "suicide_self_harm" and not any("988" in r for r in replies):
            results.wrong_guidance.append(item)
        elif item["language"] == "es" and safety.looks_spanish(item["text"]) and not any(
                safety.response_text(kind, "es") in r for kind in CRISIS_KINDS for r in replies):
            # (a message half in English, "i just want to die, ya no puedo mas", may get either)
            results.wrong_language.append(item)
    with session_scope(engine) as session:
        escalations = {e.conversation_id: e for e in session.execute(
            select(Escalation).where(Escalation.priority == "urgent")).scalars()}
    for number, item in enumerate(data["crisis"]):
        phone = f"{phone_prefix}{number:04d}"
        if phone not in escalations:
            results.no_escalation.append(item)
        else:
            results.latencies_ms.append((escalations[phone].created_at - sent_at[phone]).total_seconds() * 1000)
    for number, item in enumerate(data["ordinary"]):
        status, replies = running.sms(f"{phone_prefix[:-1]}7{number:04d}", item["text"])
        if is_crisis_reply(replies) or any(safety.is_check_in(part) for r in replies for part in r.split("\n\n")):
            results.false_alarms.append(item["text"])
    engine.dispose()
    return results


def report(results: SafetyResults) -> str:
    lines = [
        f"crisis messages:   {results.crisis_total}",
        f"recall:            {results.recall:.1%} ({results.crisis_total - len(results.missed)}/{results.crisis_total})",
        f"suicide risk without 988 guidance: {len(results.wrong_guidance)}",
        f"Spanish crisis not answered in Spanish: {len(results.wrong_language)}",
        f"crisis without urgent escalation:  {len(results.no_escalation)}",
        f"ordinary messages: {results.ordinary_total}",
        f"false-positive rate: {results.false_positive_rate:.1%} ({len(results.false_alarms)}/{results.ordinary_total})",
        f"message received -> escalation recorded: p50 {results.percentile(0.5):.0f} ms, "
        f"p95 {results.percentile(0.95):.0f} ms, max {max(results.latencies_ms or [0]):.0f} ms",
    ]
    lines += [f"  MISSED: {m['text']}" for m in results.missed]
    lines += [f"  false alarm: {t}" for t in results.false_alarms]
    return "\n".join(lines)

"""What an operator watches, counted from the app database (so every process and server
agrees): messages in and out by state, failures, retries waiting, escalations open by
priority, reminders by state, missed tasks. Rendered in Prometheus's text format for
`GET /metrics` on the console. Counts only: no names, numbers or message text."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.escalation import OPEN_STATUSES
from bot.models import Escalation, InboundMessage, MissedTask, OutboundMessage, Reminder

# name -> (help, type)
FAMILIES = {
    "patient_support_inbound_messages": ("Messages people sent, by state (received, processing, done, failed)", "gauge"),
    "patient_support_outbound_messages": ("Messages sent or being sent, by state (queued, sending, retrying, sent, "
                                          "delivered, undeliverable, simulated, ...)", "gauge"),
    "patient_support_outbound_retries_pending": ("Outbound messages waiting for another attempt", "gauge"),
    "patient_support_outbound_failures": ("Outbound messages given up as undeliverable or failed", "gauge"),
    "patient_support_escalations_open": ("Escalations not yet resolved, by priority", "gauge"),
    "patient_support_reminders": ("Reminders by state (claimed, sent, dropped, scheduled)", "gauge"),
    "patient_support_missed_tasks": ("Task occurrences recorded as missed", "gauge"),
}
RETRY_STATES = ("queued", "retrying", "sending")
FAILED_STATES = ("undeliverable", "failed")


def counts(session: Session) -> dict[str, dict[tuple, int]]:
    """{metric name: {label tuple: value}}, label tuples as (("status", "done"),)."""
    def by(column, model, label: str, *where) -> dict[tuple, int]:
        rows = session.execute(select(column, func.count()).select_from(model).where(*where).group_by(column)).all()
        return {((label, str(value)),): n for value, n in rows}

    outbound = by(OutboundMessage.status, OutboundMessage, "status")
    return {
        "patient_support_inbound_messages": by(InboundMessage.status, InboundMessage, "status"),
        "patient_support_outbound_messages": outbound,
        "patient_support_outbound_retries_pending": {(): sum(n for ((_, s),), n in outbound.items() if s in RETRY_STATES)},
        "patient_support_outbound_failures": {(): sum(n for ((_, s),), n in outbound.items() if s in FAILED_STATES)},
        "patient_support_escalations_open": by(Escalation.priority, Escalation, "priority",
                                               Escalation.status.in_(OPEN_STATUSES)),
        "patient_support_reminders": by(Reminder.status, Reminder, "status"),
        "patient_support_missed_tasks": {(): session.execute(select(func.count(MissedTask.id))).scalar_one()},
    }


def prometheus_text(values: dict[str, dict[tuple, int]]) -> str:
    lines = []
    for name, (help_text, kind) in FAMILIES.items():
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        series = values.get(name) or {(): 0}
        for labels, value in sorted(series.items()):
            rendered = ",".join(f'{key}="{val}"' for key, val in labels)
            lines.append(f"{name}{{{rendered}}} {value}" if rendered else f"{name} {value}")
    return "\n".join(lines) + "\n"

"""The console's background watch, three steps at their own cadences:

- every OUTBOUND_RETRY_SECONDS, send the SMS that are due (`SmsSender.deliver_due`): staff
  notifications still queued, and any message (crisis guidance, a reply, a staff alert) whose
  earlier attempt failed and whose backoff has passed;
- every ESCALATION_CHECK_SECONDS, remind and then hand to on call the escalations nobody
  claimed in time (the notifications this queues go out with the next delivery pass);
- every REMINDER_CHECK_SECONDS, the reminders that are due (bot/scheduler.py).

The database is the queue and each step is a conditional update, so several console
processes can run this, and a console restarted by its supervisor carries on where the
last one stopped. A failing pass (the database or Twilio down for a while) is logged and
the watch keeps going."""
from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable

from sqlalchemy.engine import Engine

from bot import escalation, scheduler
from bot.clock import now_utc
from bot.config import Settings
from bot.coverage import Coverage
from bot.db import session_scope
from bot.messaging import SmsSender
from bot.reminder_policy import ReminderPolicy

log = logging.getLogger(__name__)


def chase_once(settings: Settings, coverage: Coverage, engine: Engine | None) -> list[tuple[int, str]]:
    with session_scope(engine) as session:
        return escalation.chase_unclaimed(session, now_utc(), coverage, settings.console_url)


async def watch(settings: Settings, coverage: Coverage, engine: Engine | None, notifier: SmsSender,
                reminders: ReminderPolicy) -> None:
    async def chase() -> None:
        for escalation_id, step in await asyncio.to_thread(chase_once, settings, coverage, engine):
            log.info("escalation %s unclaimed past its target: %s", escalation_id, step)

    async def remind() -> None:
        await scheduler.run_once(settings, reminders, coverage, engine)

    loops = [every(settings.outbound_retry_seconds, "outbound SMS delivery pass", notifier.deliver_due),
             every(settings.escalation_check_seconds, "escalation follow-up check", chase)]
    if settings.reminders_enabled:
        loops.append(every(settings.reminder_check_seconds, "reminder pass", remind))
    await asyncio.gather(*loops)  # cancelling the watch (console shutdown) cancels every loop


async def every(seconds: float, what: str, step: Callable[[], Awaitable[object]]) -> None:
    """Run `step` now and then every `seconds`, forever; one failure does not stop it."""
    while True:
        try:
            await step()
        except Exception:  # the database may be down for a while: keep watching
            log.exception("%s failed; will try again", what)
        await asyncio.sleep(seconds)

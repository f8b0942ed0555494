"""The console's background watch: every ESCALATION_CHECK_SECONDS, remind and then hand to
on call the escalations nobody claimed in time, and send any staff notification still
queued (one the action server could not send, or queued here). The database is the
queue, and each step is a conditional update, so several console processes can run this."""
from __future__ import annotations

import asyncio
import logging

from sqlalchemy.engine import Engine

from bot import escalation
from bot.clock import now_utc
from bot.config import Settings
from bot.coverage import Coverage
from bot.db import session_scope
from bot.messaging import SmsSender

log = logging.getLogger(__name__)


def chase_once(settings: Settings, coverage: Coverage, engine: Engine | None) -> list[tuple[int, str]]:
    with session_scope(engine) as session:
        return escalation.chase_unclaimed(session, now_utc(), coverage, settings.console_url)


async def watch(settings: Settings, coverage: Coverage, engine: Engine | None, notifier: SmsSender) -> None:
    while True:
        try:
            for escalation_id, step in await asyncio.to_thread(chase_once, settings, coverage, engine):
                log.info("escalation %s unclaimed past its target: %s", escalation_id, step)
            await notifier.deliver_queued()
        except Exception:  # the database may be down for a while: keep watching
            log.exception("escalation follow-up check failed; will try again")
        await asyncio.sleep(settings.escalation_check_seconds)

"""Logs: one line per event, each tagged with the conversation it belongs to.

LOG_FORMAT=json (the default in production) writes one JSON object per line, for a log
shipper; LOG_FORMAT=text (the default in development) writes the same fields for a person.
Every process (runner, Rasa servers, action server, console, proxy) calls `configure` once.

The conversation is a keyed reference ("c-" and 12 hex digits of an HMAC of the Rasa sender
id with SECRET_KEY), never the sender id itself: an SMS conversation's id is the phone
number, and an unkeyed hash of a ten-digit number is reversed by trying them all. The same
conversation gets the same reference in every process, so one conversation's lines can be
found across the Rasa servers, the action server and the console (the console shows it on
the conversation's page). Message text is never logged at INFO, here or by the callers.
"""
from __future__ import annotations

import contextvars
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import sys

FORMATS = ("json", "text")
_conversation: contextvars.ContextVar[str] = contextvars.ContextVar("conversation", default="")
_key = b""
_service = ""
_format = "text"
SANIC_LOGGERS = ("sanic.root", "sanic.error", "sanic.access")


def conversation_ref(sender_id: str, key: bytes | None = None) -> str:
    digest = hmac.new(key if key is not None else _key, sender_id.encode(), hashlib.sha256).hexdigest()
    return "c-" + digest[:12]


def set_conversation(sender_id: str | None) -> None:
    """Tag this task's later log lines (asyncio copies the context into tasks it starts)."""
    _conversation.set(conversation_ref(sender_id) if sender_id else "")


class ConversationFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.conversation = getattr(record, "conversation", "") or _conversation.get()
        record.service = _service
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "service": getattr(record, "service", _service),
            "logger": record.name,
            "message": record.getMessage(),
        }
        if getattr(record, "conversation", ""):
            line["conversation"] = record.conversation
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False)


TEXT_FORMAT = "%(asctime)s %(levelname)s %(service)s %(name)s%(conversation_tag)s: %(message)s"


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        conversation = getattr(record, "conversation", "")
        record.conversation_tag = f" [{conversation}]" if conversation else ""
        return super().format(record)


def log_format(production: bool, env: dict[str, str] | None = None) -> str:
    chosen = (env if env is not None else os.environ).get("LOG_FORMAT", "").strip().lower()
    if chosen and chosen not in FORMATS:
        raise ValueError(f"LOG_FORMAT must be one of {', '.join(FORMATS)}, not {chosen!r}")
    return chosen or ("json" if production else "text")


class StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is when a line is written, not the one there when the
    handler was made: a Sanic app configures its loggers when it is created, and a stream
    bound then (a test's captured stderr) may be closed by the time anything is logged."""

    @property
    def stream(self):
        return sys.stderr

    @stream.setter
    def stream(self, _value) -> None:
        pass


def handler() -> logging.Handler:
    """The one handler: to stderr, in LOG_FORMAT, with the conversation and the service."""
    chosen = StderrHandler()
    chosen.addFilter(ConversationFilter())
    chosen.setFormatter(JsonFormatter() if _format == "json" else TextFormatter())
    return chosen


def configure(service: str, secret_key: str, production: bool, level: int = logging.INFO) -> None:
    """Our handler on the root logger and on the loggers that bring their own (Sanic's,
    rasa_sdk's coloured one), so every line has the same shape."""
    global _key, _service, _format
    _key, _service, _format = secret_key.encode(), service, log_format(production)
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler())
    root.setLevel(level)
    # The twilio client dumps every request's headers at INFO: eleven lines per SMS.
    logging.getLogger("twilio").setLevel(max(level, logging.WARNING))
    for name in SANIC_LOGGERS + ("rasa_sdk",):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
        logger.disabled = False  # a dictConfig elsewhere may have disabled it (disable_existing_loggers)


def sanic_log_config() -> dict:
    """For Sanic(log_config=...): a Sanic app applies its logging config when it is created,
    after `configure`, and Rasa then stops Sanic's loggers propagating; with this they keep
    our handler."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "handlers": {"ours": {"()": handler}},
        "loggers": {name: {"level": "INFO", "handlers": ["ours"], "propagate": False} for name in SANIC_LOGGERS},
    }

def about(sender_id: str) -> dict[str, dict[str, str]]:
    """`extra=` for a line about a conversation other than the current one (an outbound SMS)."""
    return {"conversation": conversation_ref(sender_id)}

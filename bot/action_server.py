"""The action server: rasa_sdk's app, answering only the Rasa server.

`python -m rasa_sdk` listens on SANIC_HOST or 0.0.0.0 and runs any action for anyone who
can reach it, with whatever tracker they post. This runs the same app (the actions in
`actions/`) but
- listens on ACTION_SERVER_HOST (default 127.0.0.1) and ACTION_SERVER_PORT, one worker;
- answers /webhook, /actions and anything else but /health only with the shared secret
  ACTION_SERVER_TOKEN in the X-Action-Token header (compared in constant time), which the
  Rasa server sends from endpoints*.yml.

    .venv/bin/python -m bot.action_server
"""
from __future__ import annotations

import hmac
import json
import logging
import sys
import zlib

from rasa_sdk.endpoint import create_app
from sanic import Sanic, response
from sanic.request import Request

from bot import logs, resources
from bot.config import load_settings

TOKEN_HEADER = "X-Action-Token"
OPEN_PATHS = frozenset({"/health"})
log = logging.getLogger(__name__)


def token_accepted(given: str | None, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest((given or "").encode(), expected.encode())


def _sender_id(request: Request) -> str | None:
    """The conversation an action call is for (Rasa deflates the body when
    COMPRESS_ACTION_SERVER_REQUEST is set)."""
    try:
        if request.headers.get("Content-Encoding") == "deflate":
            return json.loads(zlib.decompress(request.body)).get("sender_id")
        return (request.json or {}).get("sender_id")
    except Exception:  # noqa: BLE001 - not JSON: rasa_sdk answers it with its own error
        return None


def build_app(token: str, actions_package: str = "actions") -> Sanic:
    if not token:
        raise ValueError("the action server needs a token (ACTION_SERVER_TOKEN)")
    app = create_app(actions_package, cors_origins=None)  # no CORS: no browser calls it

    @app.middleware("request")
    async def require_token(request: Request):
        if request.path in OPEN_PATHS:
            return None
        if token_accepted(request.headers.get(TOKEN_HEADER), token):
            logs.set_conversation(_sender_id(request))  # the action's log lines carry the conversation
            return None
        log.warning("refused a call to %s without the action server token", request.path)
        return response.json({"error": "missing or wrong action server token"}, status=401)

    return app


def main() -> int:
    settings = load_settings()
    settings.refuse_unready_production()  # started by systemd, not only by `patient-support run`
    if not settings.action_server_token:
        print("ACTION_SERVER_TOKEN is not set: the action server answers only callers that send it "
              "(`patient-support run` makes one per run).", file=sys.stderr)
        return 2
    logging.getLogger("matplotlib").setLevel(logging.WARN)
    logs.configure("action-server", settings.secret_key, settings.is_production)
    app = build_app(settings.action_server_token)
    resources.warm_up()  # before the first action call, not during it (docs/performance.md)
    log.info("action server listening on http://%s:%s", settings.action_host, settings.action_port)
    app.run(host=settings.action_host, port=settings.action_port, workers=1, access_log=False, motd=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The Rasa server, started without its API token on the command line.

`rasa run --auth-token TOKEN` puts the token in the process list (`ps`, /proc/PID/cmdline),
where any local user can read it. This starts the same server (`rasa.core.run.
serve_application`, what `rasa run` calls) with the token read from RASA_AUTH_TOKEN in
the environment, and listens on RASA_HOST (default 127.0.0.1; 0.0.0.0 when a proxy on
another host must reach it) and RASA_PORT. The Rasa HTTP API (`--enable-api`) is always on:
the console reads transcripts and sends staff replies through it.

    .venv/bin/python -m bot.rasa_server --model models/patient-support.tar.gz \\
        --endpoints endpoints.yml --credentials credentials.yml [--host H] [--port P]
"""
from __future__ import annotations

import argparse
import os
import sys

from bot.config import PROJECT_ROOT, load_settings
from bot.rasa_model import model_path


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    settings = load_settings()
    profile = ".production" if settings.is_production else ""
    parser = argparse.ArgumentParser(prog="python -m bot.rasa_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=str(model_path(PROJECT_ROOT / "models")))
    parser.add_argument("--endpoints", default=f"endpoints{profile}.yml")
    parser.add_argument("--credentials", default=f"credentials{profile}.yml")
    parser.add_argument("--host", default=settings.rasa_host, help="interface to listen on (RASA_HOST)")
    parser.add_argument("--port", type=int, default=settings.rasa_port, help="RASA_PORT")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    auth_token = os.environ.get("RASA_AUTH_TOKEN", "")
    missing = [name for name in ("RASA_AUTH_TOKEN", "ACTION_SERVER_TOKEN") if not os.environ.get(name)]
    if missing:
        print(f"{' and '.join(missing)} must be set in the environment (`patient-support run` sets both).",
              file=sys.stderr)
        return 2

    # What `rasa run` does before it serves (rasa/__main__.py), minus the argument parsing.
    import rasa.core.run
    import rasa.utils.io
    import rasa.utils.tensorflow.environment as tf_env
    from rasa.core.utils import AvailableEndpoints
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(None, None, warn_only_once=True, filter_repeated_logs=True)
    tf_env.setup_tf_environment()
    sys.path.insert(1, os.getcwd())  # custom channels and components by module path, as `rasa run`
    rasa.utils.io.configure_colored_logging(None)
    configure_structlog(None)

    from bot import rasa_speedups, session_rollover
    rasa_speedups.install()  # measured in docs/performance.md
    session_rollover.install()  # a turn's cost does not grow with the conversation

    # Our log lines (bot/logs.py) for Rasa's too: Rasa creates its Sanic app without a
    # log_config, so Sanic applies its defaults, which are replaced here.
    import sanic.app
    from bot import logs
    settings = load_settings()
    logs.configure("rasa-server", settings.secret_key, settings.is_production)
    sanic.app.LOGGING_CONFIG_DEFAULTS = logs.sanic_log_config()

    endpoints = AvailableEndpoints.read_endpoints(args.endpoints)
    endpoints.action = rasa_speedups.kept_alive(endpoints.action)
    rasa.core.run.serve_application(
        model_path=args.model,
        interface=args.host,
        port=args.port,
        credentials=args.credentials,
        endpoints=endpoints,
        enable_api=True,
        auth_token=auth_token,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

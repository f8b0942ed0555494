"""`patient-support`: the operator's entry point."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from bot import logs
from bot.config import load_settings

log = logging.getLogger("patient_support")


def _cmd_db_upgrade(args: argparse.Namespace) -> int:
    from bot import migrate

    settings = load_settings()
    migrate.upgrade(settings.database_url, args.revision)
    print(f"database at revision {migrate.current_revision(settings.database_url)}")
    return 0


def _cmd_db_current(_args: argparse.Namespace) -> int:
    from bot import migrate

    print(migrate.current_revision(load_settings().database_url) or "empty (run: patient-support db upgrade)")
    return 0


def _run_import(loader, path: Path) -> int:
    """Run one importer in one transaction; a rejected file writes nothing."""
    from bot.db import session_scope
    from bot.importing import InvalidData

    try:
        with session_scope() as session:
            report = loader(session, path)
    except InvalidData as exc:
        print(f"rejected, nothing was written:\n{exc}", file=sys.stderr)
        return 2
    print(f"{path}: {report.summary()}")
    return 0


def _cmd_load(args: argparse.Namespace) -> int:
    from bot.care_import import load_care_file
    from bot.clock import clinic_zone

    zone = clinic_zone()
    return _run_import(lambda session, path: load_care_file(session, path, zone), Path(args.file))


def _cmd_resources_import(args: argparse.Namespace) -> int:
    from bot.resource_import import import_resources

    return _run_import(import_resources, Path(args.file))


def _cmd_run(_args: argparse.Namespace) -> int:
    from bot.runner import run

    return run(load_settings())


def _cmd_console(_args: argparse.Namespace) -> int:
    from bot.console.app import create_app

    settings = load_settings()
    settings.refuse_unready_production()  # started by systemd, not only by `patient-support run`
    create_app(settings).run(host=settings.console_host, port=settings.console_port, access_log=False, workers=1, motd=False)
    return 0


def _cmd_train(args: argparse.Namespace) -> int:
    from bot.rasa_model import train

    print("model trained" if train(force=args.force) else "training data unchanged: model is current")
    return 0


def _cmd_sms_send(args: argparse.Namespace) -> int:
    from bot import sms_cli

    try:
        status, replies = sms_cli.send(load_settings(), args.from_number, args.text)
    except OSError as exc:
        print(f"could not reach the assistant ({exc}); is `make run` running?", file=sys.stderr)
        return 1
    if status != 200:
        print(f"the SMS webhook answered HTTP {status}", file=sys.stderr)
        return 1
    print("\n---\n".join(replies) if replies else "(no reply)")
    return 0


def _cmd_chat_link(args: argparse.Namespace) -> int:
    import datetime as dt

    from bot import audit, chat_tokens
    from bot.db import session_scope

    settings = load_settings()
    if not 0 < args.hours <= chat_tokens.LINK_HOURS_MAX:
        print(f"--hours must be between 1 and {chat_tokens.LINK_HOURS_MAX}", file=sys.stderr)
        return 2
    with session_scope() as session:
        who = chat_tokens.identity_for(session, args.who)
        if who is None:
            print(f"no patient (MRN or phone) or authorized contact (phone) matches {args.who!r}", file=sys.stderr)
            return 2
        token = chat_tokens.issue(settings.secret_key, who, dt.timedelta(hours=args.hours))
        link_id = chat_tokens.read(token, settings.secret_key).jti[:8]
        audit.record(session, "operator", "cli", "chat_link_issued", patient_id=chat_tokens.patient_of(session, who),
                     detail=f"{who}, link {link_id}, valid {args.hours} h, single use")
    print(f"{settings.public_base_url.rstrip('/')}/webhooks/webchat/?t={token}")
    return 0


def _cmd_escalations_list(args: argparse.Namespace) -> int:
    import json

    from bot.db import session_scope
    from bot.escalation import listing

    with session_scope() as session:
        rows = listing(session, only_open=args.open)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    def stamp(value: str | None) -> str:
        return value[:19].replace("T", " ") if value else "-"  # UTC, to the second

    print(f"{'#':>5}  {'priority':8}  {'status':8}  {'reason':24}  {'conversation':22}  "
          f"{'created (UTC)':19}  {'claimed':19}  {'resolved':19}  follow-up")
    for row in rows:
        follow_up = "on call" if row["passed_to_on_call_at"] else ("reminded" if row["reminded_at"] else "-")
        print(f"{row['id']:>5}  {row['priority']:8}  {row['status']:8}  {row['reason']:24}  {row['conversation']:22}  "
              f"{stamp(row['created_at']):19}  {stamp(row['claimed_at']):19}  {stamp(row['resolved_at']):19}  {follow_up}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="patient-support", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    db = commands.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    upgrade = db.add_parser("upgrade", help="run migrations up to the latest (or REVISION)")
    upgrade.add_argument("revision", nargs="?", default="head")
    upgrade.set_defaults(func=_cmd_db_upgrade)
    db.add_parser("current", help="print the schema revision").set_defaults(func=_cmd_db_current)

    load = commands.add_parser("load", help="load case managers, patients, contacts, care plans and tasks (YAML)")
    load.add_argument("file")
    load.set_defaults(func=_cmd_load)

    resources = commands.add_parser("resources", help="community resource directory")
    resources_commands = resources.add_subparsers(dest="resources_command", required=True)
    resources_import = resources_commands.add_parser("import", help="import a resource directory (CSV)")
    resources_import.add_argument("file")
    resources_import.set_defaults(func=_cmd_resources_import)

    sms = commands.add_parser("sms", help="try the SMS channel locally").add_subparsers(dest="sms_command", required=True)
    sms_send = sms.add_parser("send", help="post a signed SMS webhook to the running assistant and print the replies")
    sms_send.add_argument("--from", dest="from_number", required=True, help="the sender's phone number")
    sms_send.add_argument("text")
    sms_send.set_defaults(func=_cmd_sms_send)

    escalations = commands.add_parser("escalations", help="hand-offs to case managers")
    escalations_commands = escalations.add_subparsers(dest="escalations_command", required=True)
    escalations_list = escalations_commands.add_parser("list", help="print escalations, newest first")
    escalations_list.add_argument("--open", action="store_true", help="only open or claimed ones")
    escalations_list.add_argument("--json", action="store_true", help="machine-readable output")
    escalations_list.set_defaults(func=_cmd_escalations_list)

    link = commands.add_parser("chat-link", help="print a signed, expiring, single-use web-chat link for a patient "
                                                 "or contact")
    link.add_argument("who", help="a patient's MRN, or the phone number of a patient or authorized contact")
    link.add_argument("--hours", type=int, default=24,
                      help="how long the link can be opened (default 24, at most 72); it works once, and the chat "
                           "it opens lasts 12 hours")
    link.set_defaults(func=_cmd_chat_link)

    commands.add_parser("run", help="start the action server, the Rasa server and the console").set_defaults(func=_cmd_run)
    commands.add_parser("console", help="start the case managers' console").set_defaults(func=_cmd_console)
    train = commands.add_parser("train", help="train the Rasa model if its training data changed")
    train.add_argument("--force", action="store_true", help="train even if the data is unchanged")
    train.set_defaults(func=_cmd_train)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    try:
        logs.configure(args.command, settings.secret_key, settings.is_production)
    except ValueError as exc:  # LOG_FORMAT
        print(exc, file=sys.stderr)
        return 2
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())

"""The console web app (Sanic, server-rendered Jinja2 pages). `patient-support console`.

Every page needs a logged-in case manager; every form carries the session's CSRF token;
every look at a patient's record is audited. Pages read through bot/console/data.py;
every change to an escalation (claim, reassign, reply, resolve) goes through
bot/escalation.py, the one place that writes escalation state and staff notifications.
The inbox and an escalation's conversation refresh themselves (the page polls a small
JSON endpoint), and a background task chases escalations nobody claimed in time
(bot/console/follow_up.py).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import logging
from pathlib import Path
from typing import Callable

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from bot import audit, logs, metrics, reminder_policy
from bot import coverage as coverage_rules
from bot import escalation as escalations
from bot.clock import now_utc
from bot.config import Settings
from bot.console import auth, data, follow_up, patient_pages, rasa_api
from bot.db import session_scope
from bot.messaging import SmsSender
from bot.models import CaseManager, Escalation

log = logging.getLogger(__name__)
# The escalation page polls its transcript every 3 s: a case manager's look at one
# transcript is audited again only after this long without one.
TRANSCRIPT_AUDIT_QUIET = dt.timedelta(minutes=10)
TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                        autoescape=select_autoescape(["html"]))


def _local(moment: dt.datetime | None, zone) -> str:
    return moment.astimezone(zone).strftime("%a %b %-d, %-I:%M %p") if moment else ""


class Console:
    """What every page handler needs: settings, the database, templates, the login check."""

    def __init__(self, settings: Settings, engine=None):
        self.settings = settings
        self.engine = engine
        self.coverage = coverage_rules.from_settings(settings)
        # reminders.yml, read once: the scheduler's watch and the adherence card use it
        self.reminders = reminder_policy.load(settings.reminders_file, self.coverage.zone)
        self.notifier = SmsSender(settings, engine)  # staff notifications (no PHI)
        TEMPLATES.filters["local"] = lambda moment: _local(moment, self.coverage.zone)
        TEMPLATES.filters["local_input"] = lambda moment: (
            moment.astimezone(self.coverage.zone).strftime("%Y-%m-%dT%H:%M") if moment else "")

    @staticmethod
    def page(name: str, **context) -> str:
        return TEMPLATES.get_template(name).render(**context)

    def render(self, name: str, status: int = 200, **context) -> response.HTTPResponse:
        return response.html(self.page(name, **context), status=status)

    async def db(self, fn: Callable, *args):
        """Run fn(session, *args) off the event loop in its own transaction."""
        def work():
            with session_scope(self.engine) as session:
                return fn(session, *args)
        return await asyncio.to_thread(work)

    async def staff(self, request: Request) -> auth.StaffSession | None:
        """The signed cookie's session, if its row is still live (not logged out or expired)."""
        staff = auth.read_session(request.cookies.get(auth.COOKIE), self.settings.secret_key)
        if staff is None or not await self.db(auth.is_live, staff, self.settings.secret_key, now_utc()):
            return None
        return staff

    def login_required(self, handler):
        async def wrapped(request: Request, *args, **kwargs):
            session_info = await self.staff(request)
            if session_info is None:
                if request.headers.get("accept", "").startswith("application/json"):
                    return response.json({"error": "log in again"}, status=401)
                return response.redirect("/login")
            if request.method == "POST" and not auth.csrf_ok(session_info, request.form.get("csrf")):
                return response.text("invalid form token", status=403)
            return await handler(request, session_info, *args, **kwargs)
        wrapped.__name__ = handler.__name__
        return wrapped


def create_app(settings: Settings, engine=None) -> Sanic:
    app = Sanic("patient_support_console", log_config=logs.sanic_log_config())
    console = Console(settings, engine)
    secure_cookie = settings.console_url.strip().lower().startswith("https://")
    login_required, render = console.login_required, console.render

    _watch_escalations(app, console)

    @app.get("/health")
    async def health(request: Request):
        """For a load balancer or an operator: 200 when the console and its database answer."""
        try:
            await console.db(lambda session: session.execute(text("SELECT 1")).scalar_one())
        except SQLAlchemyError:
            return response.json({"status": "database unavailable"}, status=503)
        return response.json({"status": "ok"})

    @app.get("/metrics")
    async def metrics_page(request: Request):
        """Counts for Prometheus (bot/metrics.py): no PHI. With METRICS_TOKEN set, only for
        `Authorization: Bearer <token>`."""
        if settings.metrics_token and not hmac.compare_digest(request.headers.get("Authorization", ""),
                                                              f"Bearer {settings.metrics_token}"):
            return response.text("unauthorized", status=401)
        try:
            values = await console.db(metrics.counts)
        except SQLAlchemyError:
            return response.text("database unavailable", status=503)
        return response.text(metrics.prometheus_text(values), content_type="text/plain; version=0.0.4")

    @app.get("/login")
    async def login_page(request: Request):
        return render("login.html", error="")

    @app.post("/login")
    async def login(request: Request):
        email, password = request.form.get("email", ""), request.form.get("password", "")

        manager_id, error = await asyncio.to_thread(auth.authenticate, console.engine, email, password, now_utc())
        if manager_id is None:
            return render("login.html", status=401, error=error)
        reply = response.redirect("/")
        reply.cookies[auth.COOKIE] = await console.db(auth.open_session, settings.secret_key, manager_id, now_utc())
        reply.cookies[auth.COOKIE].update({"httponly": True, "samesite": "Strict",
                                           "max-age": int(auth.SESSION_TTL.total_seconds())})
        if secure_cookie:  # Sanic 21.12 writes "Secure=False" (which browsers read as Secure) if given False
            reply.cookies[auth.COOKIE]["secure"] = True
        return reply

    @app.post("/logout")
    @login_required
    async def logout(request: Request, me: auth.StaffSession):
        await console.db(auth.revoke, me, now_utc())
        reply = response.redirect("/login")
        del reply.cookies[auth.COOKIE]
        return reply

    def inbox_context(session, request):
        only = request.args.get("language") if request.args.get("language") in data.LANGUAGE_NAMES else ""
        rows, counts = data.inbox(session, now_utc(), console.coverage, only or None)
        return {"rows": rows, "counts": counts, "version": data.inbox_version(session), "only_language": only,
                "language_names": data.LANGUAGE_NAMES}

    @app.get("/")
    @login_required
    async def inbox_page(request: Request, me: auth.StaffSession):
        def load(session):
            return {**inbox_context(session, request), "me": session.get(CaseManager, me.case_manager_id)}
        return render("inbox.html", csrf=me.csrf, **await console.db(load))

    @app.get("/inbox/live")
    @login_required
    async def inbox_live(request: Request, me: auth.StaffSession):
        """The inbox's version; with the list's HTML only when it differs from the page's."""
        def load(session):
            version = data.inbox_version(session)
            if version == request.args.get("version"):
                return {"version": version}
            return {"version": version, "html": console.page("inbox_list.html", **inbox_context(session, request))}
        return response.json(await console.db(load), headers={"Cache-Control": "no-store"})

    @app.get("/escalations/<escalation_id:int>")
    @login_required
    async def escalation_page(request: Request, me: auth.StaffSession, escalation_id: int):
        def load(session):
            view = data.escalation_view(session, escalation_id, console.coverage, now_utc())
            if view:  # an unknown sender's too (no patient)
                audit.record(session, "case_manager", me.case_manager_id, "view_escalation",
                             patient_id=view["escalation"].patient_id, detail=f"escalation {escalation_id}")
            return view, session.get(CaseManager, me.case_manager_id)
        view, manager = await console.db(load)
        if view is None:
            return response.text("no such escalation", status=404)
        lines = await _transcript(settings, view["escalation"])
        if lines is not None:
            await transcript_seen(me, view["escalation"], quiet=None)
        return render("escalation.html", me=manager, csrf=me.csrf, transcript=lines,
                      log_reference=logs.conversation_ref(view["escalation"].conversation_id, settings.secret_key.encode()), **view)

    @app.get("/escalations/<escalation_id:int>/conversation")
    @login_required
    async def conversation_fragment(request: Request, me: auth.StaffSession, escalation_id: int):
        """The transcript alone, for the escalation page to refresh without a reload."""
        escalation = await console.db(lambda s: s.get(Escalation, escalation_id))
        if escalation is None:
            return response.json({"error": "no such escalation"}, status=404)
        lines = await _transcript(settings, escalation)
        if lines is not None:
            await transcript_seen(me, escalation, quiet=TRANSCRIPT_AUDIT_QUIET)
        return response.json({"html": console.page("transcript.html", transcript=lines),
                              "status": escalation.status}, headers={"Cache-Control": "no-store"})

    async def transcript_seen(me: auth.StaffSession, escalation: Escalation, quiet: dt.timedelta | None) -> None:
        """Audit a look at an escalation's transcript; with `quiet`, not again within that long."""
        def write(session):
            now, detail = now_utc(), f"escalation {escalation.id}"
            if quiet is None or not data.audited_since(session, me.case_manager_id, "view_transcript", detail,
                                                       now - quiet):
                audit.record(session, "case_manager", me.case_manager_id, "view_transcript",
                             patient_id=escalation.patient_id, detail=detail, at=now)
        await console.db(write)

    async def _change(escalation_id: int, change: Callable, me: auth.StaffSession, action: str,
                      detail: str = "") -> Escalation | None:
        """Apply `change` and audit it as `action` in one transaction (not when `change`
        returns False: nothing changed)."""
        def apply(session):
            escalation = session.get(Escalation, escalation_id)
            if escalation is not None and change(session, escalation) is not False:
                audit.record(session, "case_manager", me.case_manager_id, action, patient_id=escalation.patient_id,
                             detail=f"escalation {escalation_id}{detail}")
            return escalation
        return await console.db(apply)

    @app.post("/escalations/<escalation_id:int>/claim")
    @login_required
    async def claim(request: Request, me: auth.StaffSession, escalation_id: int):
        await _change(escalation_id, lambda s, e: escalations.claim(s, e, me.case_manager_id, now_utc()),
                      me, "claim")
        return response.redirect(f"/escalations/{escalation_id}")

    @app.post("/escalations/<escalation_id:int>/reassign")
    @login_required
    async def reassign(request: Request, me: auth.StaffSession, escalation_id: int):
        target = request.form.get("case_manager_id", "")
        if not target.isdigit():
            return response.text("choose a case manager", status=400)
        await _change(escalation_id, lambda s, e: escalations.reassign(s, e, int(target), settings.console_url),
                      me, "reassign", f" to case manager {int(target)}")
        request.app.add_task(console.notifier.deliver_due())  # don't hold the page up for Twilio
        return response.redirect(f"/escalations/{escalation_id}")

    @app.post("/escalations/<escalation_id:int>/reply")
    @login_required
    async def reply(request: Request, me: auth.StaffSession, escalation_id: int):
        text = (request.form.get("text") or "").strip()[:1500]
        escalation, manager = await console.db(
            lambda s: (s.get(Escalation, escalation_id), s.get(CaseManager, me.case_manager_id)))
        if escalation is None or not text:
            return response.redirect(f"/escalations/{escalation_id}")
        author = manager.name.split(",")[0]
        await rasa_api.send_staff_message(settings, escalation.conversation_id, escalation.channel,
                                          f"{author} (case manager): {text}", author)
        await _change(escalation_id, lambda s, e: escalations.record_reply(s, e, now_utc()), me, "reply")
        return response.redirect(f"/escalations/{escalation_id}")

    @app.post("/escalations/<escalation_id:int>/resolve")
    @login_required
    async def resolve(request: Request, me: auth.StaffSession, escalation_id: int):
        note = (request.form.get("note") or "").strip()[:2000]
        escalation = await _change(escalation_id, lambda s, e: escalations.resolve(s, e, note, now_utc()),
                                   me, "resolve")
        if escalation is not None:
            try:
                await rasa_api.send_staff_message(
                    settings, escalation.conversation_id, escalation.channel,
                    "Your case manager has closed this request. I'm here if you need anything else.", "system",
                    end_handoff=True)
            except Exception:
                log.warning("could not tell the person that escalation %s was resolved", escalation_id)
        return response.redirect("/")

    patient_pages.register(app, console)
    return app


async def _transcript(settings: Settings, escalation: Escalation) -> list[dict] | None:
    try:
        return await rasa_api.transcript(settings, escalation.conversation_id)
    except Exception:  # Rasa down: the console still works, without the transcript
        log.warning("could not load the transcript for escalation %s", escalation.id)
        return None


def _watch_escalations(app: Sanic, console: Console) -> None:
    @app.after_server_start
    async def start_watch(app, _loop):
        app.ctx.watch = asyncio.create_task(
            follow_up.watch(console.settings, console.coverage, console.engine, console.notifier, console.reminders))

    @app.before_server_stop
    async def stop_watch(app, _loop):
        app.ctx.watch.cancel()
        await console.notifier.aclose()

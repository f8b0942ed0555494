"""The console web app (Sanic, server-rendered Jinja2 pages). `patient-support console`.

Every page needs a logged-in case manager; every form carries the session's CSRF token;
every look at a patient's record is audited.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import logging
from pathlib import Path
from typing import Callable

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sanic import Sanic, response
from sanic.request import Request

from bot.clock import clinic_zone, now_utc
from bot.config import Settings
from bot.console import auth, data, rasa_api
from bot.db import session_scope
from bot.models import CaseManager, Escalation

log = logging.getLogger(__name__)
TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
                        autoescape=select_autoescape(["html"]))


def _local(moment: dt.datetime | None, zone) -> str:
    return moment.astimezone(zone).strftime("%a %b %-d, %-I:%M %p") if moment else ""


def create_app(settings: Settings, engine=None) -> Sanic:
    app = Sanic("patient_support_console")
    zone = clinic_zone(settings.timezone)
    TEMPLATES.filters["local"] = lambda moment: _local(moment, zone)
    secure_cookie = settings.console_url.startswith("https://")

    def render(name: str, status: int = 200, **context) -> response.HTTPResponse:
        return response.html(TEMPLATES.get_template(name).render(**context), status=status)

    async def db(fn: Callable, *args):
        def work():
            with session_scope(engine) as session:
                return fn(session, *args)
        return await asyncio.to_thread(work)

    def staff(request: Request) -> auth.StaffSession | None:
        return auth.read_session(request.cookies.get(auth.COOKIE), settings.secret_key)

    def login_required(handler):
        async def wrapped(request: Request, *args, **kwargs):
            session_info = staff(request)
            if session_info is None:
                return response.redirect("/login")
            if request.method == "POST" and not auth.csrf_ok(session_info, request.form.get("csrf")):
                return response.text("invalid form token", status=403)
            return await handler(request, session_info, *args, **kwargs)
        wrapped.__name__ = handler.__name__
        return wrapped

    @app.get("/login")
    async def login_page(request: Request):
        return render("login.html", error="")

    @app.post("/login")
    async def login(request: Request):
        email, password = request.form.get("email", ""), request.form.get("password", "")

        def check(session):
            manager, error = auth.authenticate(session, email, password, now_utc())
            return (manager.id if manager else None), error

        manager_id, error = await db(check)
        if manager_id is None:
            return render("login.html", status=401, error=error)
        reply = response.redirect("/")
        reply.cookies[auth.COOKIE] = auth.issue_session(settings.secret_key, manager_id, now_utc())
        reply.cookies[auth.COOKIE].update({"httponly": True, "samesite": "Strict", "secure": secure_cookie,
                                           "max-age": int(auth.SESSION_TTL.total_seconds())})
        return reply

    @app.post("/logout")
    @login_required
    async def logout(request: Request, me: auth.StaffSession):
        reply = response.redirect("/login")
        del reply.cookies[auth.COOKIE]
        return reply

    @app.get("/")
    @login_required
    async def inbox_page(request: Request, me: auth.StaffSession):
        def load(session):
            rows, counts = data.inbox(session, now_utc(), zone)
            return rows, counts, session.get(CaseManager, me.case_manager_id)
        rows, counts, manager = await db(load)
        return render("inbox.html", rows=rows, counts=counts, me=manager, csrf=me.csrf)

    @app.get("/escalations/<escalation_id:int>")
    @login_required
    async def escalation_page(request: Request, me: auth.StaffSession, escalation_id: int):
        def load(session):
            view = data.escalation_view(session, escalation_id, zone, now_utc())
            if view and view["patient"]:
                data.audit(session, me.case_manager_id, "view_escalation", view["patient"].id,
                           f"escalation {escalation_id}", now_utc())
            return view, session.get(CaseManager, me.case_manager_id)
        view, manager = await db(load)
        if view is None:
            return response.text("no such escalation", status=404)
        try:
            lines = await rasa_api.transcript(settings, view["escalation"].conversation_id)
        except Exception:  # Rasa down: the console still works, without the transcript
            log.warning("could not load the transcript for escalation %s", escalation_id)
            lines = None
        return render("escalation.html", me=manager, csrf=me.csrf, transcript=lines, **view)

    async def _change(escalation_id: int, change: Callable) -> Escalation | None:
        def apply(session):
            escalation = session.get(Escalation, escalation_id)
            if escalation is not None:
                change(session, escalation)
            return escalation
        return await db(apply)

    @app.post("/escalations/<escalation_id:int>/claim")
    @login_required
    async def claim(request: Request, me: auth.StaffSession, escalation_id: int):
        await _change(escalation_id, lambda s, e: data.claim(s, e, me.case_manager_id, now_utc()))
        return response.redirect(f"/escalations/{escalation_id}")

    @app.post("/escalations/<escalation_id:int>/reassign")
    @login_required
    async def reassign(request: Request, me: auth.StaffSession, escalation_id: int):
        target = int(request.form.get("case_manager_id", "0") or 0)
        await _change(escalation_id, lambda s, e: setattr(e, "assigned_case_manager_id", target or None))
        return response.redirect(f"/escalations/{escalation_id}")

    @app.post("/escalations/<escalation_id:int>/reply")
    @login_required
    async def reply(request: Request, me: auth.StaffSession, escalation_id: int):
        text = (request.form.get("text") or "").strip()[:1500]
        escalation = await db(lambda s: s.get(Escalation, escalation_id))
        manager = await db(lambda s: s.get(CaseManager, me.case_manager_id))
        if escalation is None or not text:
            return response.redirect(f"/escalations/{escalation_id}")
        author = manager.name.split(",")[0]
        await rasa_api.send_staff_message(settings, escalation.conversation_id, escalation.channel,
                                          f"{author} (case manager): {text}", author)
        await _change(escalation_id, lambda s, e: data.record_reply(e, now_utc()))
        return response.redirect(f"/escalations/{escalation_id}")

    @app.post("/escalations/<escalation_id:int>/resolve")
    @login_required
    async def resolve(request: Request, me: auth.StaffSession, escalation_id: int):
        note = (request.form.get("note") or "").strip()[:2000]
        escalation = await _change(escalation_id, lambda s, e: data.resolve(e, note, now_utc()))
        if escalation is not None:
            try:
                await rasa_api.send_staff_message(
                    settings, escalation.conversation_id, escalation.channel,
                    "Your case manager has closed this request. I'm here if you need anything else.", "system",
                    end_handoff=True)
            except Exception:
                log.warning("could not tell the person that escalation %s was resolved", escalation_id)
        return response.redirect("/")

    return app

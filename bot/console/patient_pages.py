"""The patient pages: the list, one patient's record (care plans and tasks, authorized
contacts, escalations with outcomes, who viewed the record), and the task forms. Pages
are rendered inside the database session so the record's relationships load lazily."""
from __future__ import annotations

from sanic import Sanic, response
from sanic.request import Request

from bot import audit
from bot.clock import now_utc
from bot.console import auth, care_edits, data
from bot.models import CarePlan, CareTask, CaseManager, Patient, TaskKind, TaskStatus, values


def register(app: Sanic, console) -> None:
    login_required = console.login_required
    zone = console.coverage.zone

    def form_values(request: Request) -> dict[str, str]:
        return {name: request.form.get(name, "") for name in request.form}

    @app.get("/patients")
    @login_required
    async def patient_list(request: Request, me: auth.StaffSession):
        query = (request.args.get("q") or "")[:100]

        def load(session):
            return console.page("patients.html", me=session.get(CaseManager, me.case_manager_id), csrf=me.csrf,
                                rows=data.patients(session, query), query=query)
        return response.html(await console.db(load))

    def record_page(session, me: auth.StaffSession, patient_id: int, status: int = 200, **form_state):
        view = data.patient_view(session, patient_id, console.reminders)
        if view is None:
            return response.text("no such patient", status=404)
        audit.record(session, "case_manager", me.case_manager_id, "view_patient", patient_id=patient_id,
                     detail="patient record", at=now_utc())
        html = console.page("patient.html", me=session.get(CaseManager, me.case_manager_id), csrf=me.csrf,
                            kinds=values(TaskKind), **view, **form_state)
        return response.html(html, status=status)

    @app.get("/patients/<patient_id:int>")
    @login_required
    async def patient_record(request: Request, me: auth.StaffSession, patient_id: int):
        return await console.db(record_page, me, patient_id)

    @app.post("/patients/<patient_id:int>/plans/<plan_id:int>/tasks")
    @login_required
    async def add_task(request: Request, me: auth.StaffSession, patient_id: int, plan_id: int):
        form = care_edits.read_task_form(form_values(request), zone, editing=False)

        def apply(session):
            plan = session.get(CarePlan, plan_id)
            if plan is None or plan.patient_id != patient_id:
                return response.text("no such care plan", status=404)
            if form.errors:
                return record_page(session, me, patient_id, status=400, add_plan_id=plan_id,
                                   add_errors=form.errors, add_values=form_values(request))
            task = care_edits.add_task(session, plan, form.fields, me.case_manager_id, now_utc())
            return response.redirect(f"/patients/{patient_id}#task-{task.id}")
        return await console.db(apply)

    def owned_task(session, patient_id: int, task_id: int) -> CareTask | None:
        task = session.get(CareTask, task_id)
        return task if task is not None and task.care_plan.patient_id == patient_id else None

    def edit_page(session, me: auth.StaffSession, task: CareTask, errors: dict | None = None,
                  submitted: dict | None = None, status: int = 200):
        """The edit form: the task's values, or what was submitted with an error per field."""
        html = console.page("task_edit.html", me=session.get(CaseManager, me.case_manager_id), csrf=me.csrf,
                            task=task, kinds=values(TaskKind), statuses=values(TaskStatus), errors=errors or {},
                            form=submitted)
        return response.html(html, status=status)

    @app.get("/patients/<patient_id:int>/tasks/<task_id:int>/edit")
    @login_required
    async def edit_task_page(request: Request, me: auth.StaffSession, patient_id: int, task_id: int):
        def load(session):
            task = owned_task(session, patient_id, task_id)
            if task is None:
                return response.text("no such task", status=404)
            return edit_page(session, me, task)
        return await console.db(load)

    @app.post("/patients/<patient_id:int>/tasks/<task_id:int>/edit")
    @login_required
    async def edit_task(request: Request, me: auth.StaffSession, patient_id: int, task_id: int):
        form = care_edits.read_task_form(form_values(request), zone, editing=True)

        def apply(session):
            task = owned_task(session, patient_id, task_id)
            if task is None:
                return response.text("no such task", status=404)
            if form.errors:
                return edit_page(session, me, task, form.errors, form_values(request), status=400)
            care_edits.edit_task(session, task, form.fields, me.case_manager_id, now_utc())
            return response.redirect(f"/patients/{patient_id}#task-{task_id}")
        return await console.db(apply)

    @app.post("/patients/<patient_id:int>/reminders")
    @login_required
    async def switch_reminders(request: Request, me: auth.StaffSession, patient_id: int):
        on = request.form.get("reminders") == "on"

        def apply(session):
            patient = session.get(Patient, patient_id)
            if patient is None:
                return response.text("no such patient", status=404)
            care_edits.set_reminders(session, patient, on, me.case_manager_id, now_utc())
            return response.redirect(f"/patients/{patient_id}#adherence")
        return await console.db(apply)

    @app.post("/patients/<patient_id:int>/tasks/<task_id:int>/done")
    @login_required
    async def task_done(request: Request, me: auth.StaffSession, patient_id: int, task_id: int):
        def apply(session):
            task = owned_task(session, patient_id, task_id)
            if task is None:
                return response.text("no such task", status=404)
            care_edits.mark_done(session, task, me.case_manager_id, now_utc())
            return response.redirect(f"/patients/{patient_id}#task-{task_id}")
        return await console.db(apply)

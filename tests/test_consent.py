"""Family consent (`may_see`) holds for every reply that names a task or an appointment,
including "she finished it" and its "which task?" list, and every such reply is audited.
Against the demo data in real SQLite and PostgreSQL databases."""
from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions import actions
from bot import assistant, careplan, identity
from bot.catalogue import say
from bot.db import session_scope
from bot.identity import Outcome, Role, VerificationPolicy
from bot.models import AuditLog, AuthorizedContact, CarePlan, CareTask, Patient, TaskCompletion
from tests.conftest import ZONE
from tests.test_actions import app_db, run, tracker  # noqa: F401 (app_db: a fixture)

LUIS = "phone:+17735550144"    # Rosa's son: appointments and report_progress, not tasks (Rosa: 1958-01-30)
ANGELA = "phone:+17085550142"  # Dorothy's daughter: appointments, tasks, report_progress (1948-11-20)
SOFIA = "phone:+17735550140"   # Maria's daughter: appointments, tasks (1952-03-14)
ERIK = "phone:+18475550141"    # Harold's son: appointments only (1944-07-02)
POLICY = VerificationPolicy(ttl=dt.timedelta(days=30), max_attempts=3, lock=dt.timedelta(hours=24))
DONE_REPORTS = ("she finished it", "she took her pills", "done", "she used her inhaler", "she did her breathing")


@pytest.fixture
def clock(now):
    return assistant.Clock(now, ZONE)


def verified(session, who: str, dob: str, clock) -> identity.Sender:
    person = identity.resolve(session, who)
    assert assistant.verify(session, person, dob, POLICY, clock).outcome == Outcome.VERIFIED
    return person


def titles(session, patient_id: int, *, appointments: bool) -> list[str]:
    kind = CareTask.kind == "appointment" if appointments else CareTask.kind != "appointment"
    return list(session.execute(select(CareTask.title).join(CarePlan)
                                .where(CarePlan.patient_id == patient_id, kind)).scalars())


def assert_names_none(reply: str, names: list[str]) -> None:
    for name in names:
        assert name not in reply, f"{name!r} named in {reply!r}"
        assert name.split(" (")[0].split(",")[0] not in reply


def test_a_contact_without_tasks_hears_no_task_names_and_records_nothing(demo_engine, clock):
    with session_scope(demo_engine) as session:
        luis = verified(session, LUIS, "01/30/1958", clock)
        hidden = titles(session, luis.patient_id, appointments=False)
        for report in DONE_REPORTS:
            reply = assistant.report_done(session, luis, report, "sms", clock)
            assert_names_none(reply, hidden)
            # Luis writes for Rosa, whose language on file is Spanish
            assert reply == say("not_recorded", luis.language, name="Rosa") and "AGENT" in reply
        assert session.execute(select(TaskCompletion)).first() is None
        # the other replies that could name a task refuse as before, naming nothing
        assert_names_none(assistant.show_tasks(session, luis, "this_week", clock), hidden)
        assert_names_none(assistant.task_instructions(session, luis, "inhaler", clock), hidden)


def test_a_contact_without_tasks_may_report_an_appointment_they_may_see(demo_engine, clock):
    with session_scope(demo_engine) as session:
        luis = verified(session, LUIS, "01/30/1958", clock)
        reply = assistant.report_done(session, luis, "she went to her rehab appointment", "sms", clock)
        completion = session.execute(select(TaskCompletion)).scalar_one()
        assert completion.task.kind == "appointment" and completion.task.title in reply
        assert completion.reported_by == "family"
        seen = session.execute(select(AuditLog).where(AuditLog.action == "view_task_done")).scalar_one()
        assert seen.actor_id == LUIS and seen.detail == f"tasks {completion.task.id} via assistant"


def test_a_contact_with_tasks_gets_the_which_task_list_and_every_naming_reply_is_audited(demo_engine, clock):
    with session_scope(demo_engine) as session:
        angela = verified(session, ANGELA, "11/20/1948", clock)
        which = assistant.report_done(session, angela, "she finished it", "sms", clock)
        assert which.startswith(say("done_which_task", "en", names="").split(":")[0])
        done = assistant.report_done(session, angela, "her water pill", "web", clock)
        completion = session.execute(select(TaskCompletion)).scalar_one()
        assert completion.task.title in done
        views = session.execute(select(AuditLog).where(AuditLog.actor_id == ANGELA, AuditLog.action.like("view_%"))
                                .order_by(AuditLog.id)).scalars().all()
    assert [v.action for v in views] == ["view_tasks", "view_task_done"]
    listed = views[0].detail.removeprefix("tasks ").removesuffix(" via assistant").split(",")
    assert listed and all(i.isdigit() for i in listed)
    assert views[1].detail == f"tasks {completion.task_id} via assistant"
    assert all(v.patient_id == angela.patient_id and v.actor_type == "family" for v in views)


def test_tasks_and_appointments_are_shown_by_the_kind_the_contact_may_see(demo_engine, clock):
    with session_scope(demo_engine) as session:
        contact = session.execute(select(AuthorizedContact).where(AuthorizedContact.phone == "+17735550140")).scalar_one()
        contact.permissions = "tasks"  # Maria shares her tasks with Sofia, not her appointments
        session.flush()
        sofia = verified(session, SOFIA, "03/14/1952", clock)
        appointments = titles(session, sofia.patient_id, appointments=True)
        week = assistant.show_tasks(session, sofia, "this_week", clock)
        assert sofia.language == "es"  # Maria's language on file
        assert week.startswith(say("plan_heading_named", "es", name="Maria", when=say("timeframe_this_week", "es")))
        assert "metformin" in week.lower()
        assert_names_none(week, appointments)
        assert assistant.next_appointment(session, sofia, clock) == say(
            "not_shared", "es", name="Maria", what=say("permission_appointments", "es"))
        assert_names_none(assistant.task_instructions(session, sofia, "endocrinology appointment", clock), appointments)
        assert_names_none(assistant.report_done(session, sofia, "she went to her endocrinology visit", "sms", clock),
                          appointments)
        assert all(c.task.kind != "appointment" for c in session.execute(select(TaskCompletion)).scalars())


def test_may_see_is_the_patient_s_consent_task_by_task(demo_engine, clock):
    with session_scope(demo_engine) as session:
        erik = identity.resolve(session, ERIK)
        luis = identity.resolve(session, LUIS)
        harold = identity.resolve(session, "phone:+17735550111")
        tasks = careplan.active_tasks(session, erik.patient_id)
        appointment = next(t for t in tasks if t.kind == "appointment")
        exercise = next(t for t in tasks if t.kind == "exercise")
        assert erik.role == Role.FAMILY
        assert assistant.may_see(erik, appointment) and not assistant.may_see(erik, exercise)
        assert assistant.may_see(harold, appointment) and assistant.may_see(harold, exercise)
        assert not assistant.may_see(luis, appointment)  # another patient's
        assert not assistant.may_see(identity.resolve(session, "phone:+13125550999"), appointment)


def _verify(who: str, dob: str) -> None:
    result = asyncio.run(actions.ValidateVerifyForm().validate_dob_answer(
        dob, CollectingDispatcher(), tracker(dob, "inform_dob", who), {}))
    assert result == {"dob_answer": "verified"}


@pytest.mark.parametrize("text", ["she finished it", "she took her pills"])
def test_done_through_the_action_names_no_task_a_contact_may_not_see(app_db, text):  # noqa: F811
    _verify(LUIS, "1/30/1958")
    texts, _ = run(actions.ActionReportTaskDone(), tracker(text, "report_task_done", LUIS))
    with session_scope(app_db) as session:
        rosa = session.execute(select(Patient.id).where(Patient.mrn == "SM-10005")).scalar_one()
        assert_names_none(texts[0], titles(session, rosa, appointments=False))
        assert session.execute(select(TaskCompletion)).first() is None
        assert texts[0] == say("not_recorded", "es", name="Rosa")

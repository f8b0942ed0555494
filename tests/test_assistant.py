"""The assistant's services against the demo data in real databases (no Rasa involved)."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from bot import assistant, careplan, identity, resources
from bot.coverage import Coverage
from bot.db import session_scope
from bot.identity import Access, Outcome, Role, VerificationPolicy
from bot.models import AuditLog, Escalation, OutboundMessage, Patient, TaskCompletion, Verification
from tests.conftest import ZONE

DOROTHY = "phone:+13125550112"        # patient, heart failure, DOB 1948-11-20
ANGELA = "phone:+17085550142"         # Dorothy's daughter: appointments, tasks, report_progress
ERIK = "phone:+18475550141"           # Harold's son: appointments only
MIGUEL = "phone:+17735550119"         # patient with no case manager
STRANGER = "phone:+13125550999"
ALWAYS_OPEN = Coverage(zone=ZONE, working_days=frozenset(range(7)), opens=dt.timedelta(0), closes=dt.timedelta(hours=24))
POLICY = VerificationPolicy(ttl=dt.timedelta(days=30), max_attempts=3, lock=dt.timedelta(hours=24))


@pytest.fixture
def clock(now):
    return assistant.Clock(now, ZONE)


def sender(session, who):
    return identity.resolve(session, who)


def verified(session, who, clock, dob="11/20/1948"):
    person = sender(session, who)
    assert assistant.verify(session, person, dob, POLICY, clock).outcome == Outcome.VERIFIED
    return person


def test_session_start_knows_patients_contacts_and_strangers(demo_engine, clock):
    with session_scope(demo_engine) as session:
        facts = {who: assistant.start_session(session, who, clock) for who in (DOROTHY, ANGELA, STRANGER, None)}
    assert (facts[DOROTHY].role, facts[DOROTHY].access) == ("patient", "needs_verification")
    assert (facts[ANGELA].role, facts[ANGELA].access) == ("family", "needs_verification")
    assert (facts[STRANGER].role, facts[STRANGER].access, facts[STRANGER].patient_id) == ("unknown", "none", None)
    assert facts[None].role == "unknown"


def test_verification_is_remembered_in_the_database_until_it_expires(demo_engine, clock):
    with session_scope(demo_engine) as session:
        verified(session, DOROTHY, clock, "Nov 20 1948")
    with session_scope(demo_engine) as session:
        assert identity.access_for(session, sender(session, DOROTHY), clock.now) == Access.GRANTED
        later = clock.now + dt.timedelta(days=31)
        assert identity.access_for(session, sender(session, DOROTHY), later) == Access.NEEDS_VERIFICATION


def test_three_wrong_answers_lock_for_a_day_and_every_attempt_is_audited(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = sender(session, DOROTHY)
        replies = [assistant.verify(session, dorothy, "01/01/1960", POLICY, clock) for _ in range(3)]
        assert [r.outcome for r in replies] == [Outcome.WRONG, Outcome.WRONG, Outcome.LOCKED]
        assert "2 tries left" in replies[0].text and "1 try left" in replies[1].text
        # even the right answer is refused while locked
        assert assistant.verify(session, dorothy, "11/20/1948", POLICY, clock).outcome == Outcome.LOCKED
        assert identity.access_for(session, dorothy, clock.now) == Access.LOCKED
        assert identity.access_for(session, dorothy, clock.now + dt.timedelta(hours=25)) == Access.NEEDS_VERIFICATION
        attempts = session.execute(select(AuditLog).where(AuditLog.action == "verify_attempt")).scalars().all()
        assert len(attempts) == 4 and all(a.actor_id == DOROTHY for a in attempts)


def test_unreadable_answers_do_not_count_as_attempts(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = sender(session, DOROTHY)
        for answer in ("what?", "november", "1948"):
            assert assistant.verify(session, dorothy, answer, POLICY, clock).outcome == Outcome.UNREADABLE
        row = session.execute(select(Verification)).scalar_one()
        assert row.failed_attempts == 0


def test_unverified_and_unknown_senders_get_no_care_plan_details(demo_engine, clock):
    with session_scope(demo_engine) as session:
        for who in (DOROTHY, STRANGER):
            person = sender(session, who)
            for reply in (assistant.show_tasks(session, person, "today", clock),
                          assistant.next_appointment(session, person, clock),
                          assistant.task_instructions(session, person, "furosemide", clock)):
                assert "Furosemide" not in reply and "furosemide" not in reply and "Cardiology" not in reply
        assert "authorized family member" in assistant.show_tasks(session, sender(session, STRANGER), None, clock)


def test_verified_patient_sees_today_and_appointment_and_views_are_audited(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        today = assistant.show_tasks(session, dorothy, "today", clock)
        appointment = assistant.next_appointment(session, dorothy, clock)
        views = session.execute(select(AuditLog.action).where(AuditLog.action.like("view_%"))).scalars().all()
    assert today.startswith("Your care plan today:") and "furosemide" in today.lower()
    assert "Cardiology" in appointment or "cardiology" in appointment.lower()
    assert len(today) <= 320 * 2 and len(appointment) <= 320
    assert set(views) == {"view_tasks", "view_appointments"}


def test_family_contact_sees_only_what_the_patient_allowed(demo_engine, clock):
    with session_scope(demo_engine) as session:
        erik = verified(session, ERIK, clock, "07/02/1944")  # Harold's DOB
        assert erik.role == Role.FAMILY
        tasks = assistant.show_tasks(session, erik, "today", clock)
        assert "hasn't shared their care-plan tasks" in tasks and "Harold" in tasks
        assert "appointment" in assistant.next_appointment(session, erik, clock).lower()
        refused = assistant.report_done(session, erik, "exercises", "sms", clock)
        assert "hasn't shared progress reporting" in refused
        assert session.execute(select(TaskCompletion)).first() is None


def test_reporting_a_task_done_records_time_and_channel(demo_engine, clock):
    with session_scope(demo_engine) as session:
        angela = verified(session, ANGELA, clock)
        reply = assistant.report_done(session, angela, "her water pill", "sms", clock)
        completion = session.execute(select(TaskCompletion)).scalar_one()
        assert completion.channel == "sms" and completion.reported_by == "family"
        assert completion.task.title in reply and "recorded" in reply


def test_reporting_a_one_off_task_marks_it_done(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        task = careplan.find_task(session, dorothy.patient_id, "potassium lab", ZONE, clock.now)
        assert task is not None and task.key == "kidney-potassium-lab"
        assistant.report_done(session, dorothy, "potassium lab", "web", clock)
        session.refresh(task)
        assert (task.status, task.completed_via) == ("done", "web")


@pytest.mark.parametrize("phrase, key", [
    ("meds", "furosemide"), ("weigh", "daily-weight"), ("weight", "daily-weight"), ("carvedilol", "carvedilol"),
])
def test_task_phrases_find_the_task_people_mean(demo_engine, clock, phrase, key):
    with session_scope(demo_engine) as session:
        patient_id = session.execute(select(Patient.id).where(Patient.mrn == "SM-10003")).scalar_one()
        task = careplan.find_task(session, patient_id, phrase, ZONE, clock.now)
        if key == "furosemide":  # two morning pills: either is a sensible match for "meds"
            assert task.kind == "medication"
        else:
            assert task.key == key


def test_resources_for_unknown_sender_are_local_or_nationwide_and_fit_one_sms(demo_engine, clock):
    with session_scope(demo_engine) as session:
        stranger = sender(session, STRANGER)
        reply = assistant.find_help(session, stranger, "ride", "60614")
        found = resources.find_resources(session, "transportation", "60614")
        wisconsin = resources.find_resources(session, "transportation", "53142")
    assert reply.startswith("Help with rides") and reply.count("\n") == 3
    assert all(r.service_area == "nationwide" or "IL" in r.service_area.split(";")
               or any("60614".startswith(t) for t in r.service_area.split(";")) for r in found)
    assert all("IL" not in r.service_area.split(";") for r in wisconsin)


@pytest.mark.parametrize("text, category", [
    ("I can't afford my insulin", "medication_assistance"), ("no ride to chemo", "transportation"),
    ("where do we get a walker", "medical_equipment"), ("medication_assistance", "medication_assistance"),
    ("grocerys", "food"), ("the weather", None),
])
def test_category_words_map_to_the_shared_vocabulary(text, category):
    assert resources.normalize_category(text) == category


def test_escalation_routes_to_the_case_manager_once_and_notifies_without_phi(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = sender(session, DOROTHY)
        first = assistant.escalate(session, dorothy, conversation_id="+13125550112", channel="sms",
                                   reason="request_human", clock=clock, coverage=ALWAYS_OPEN,
                                   console_url="http://console")
        again = assistant.escalate(session, dorothy, conversation_id="+13125550112", channel="sms",
                                   reason="request_human", clock=clock, coverage=ALWAYS_OPEN,
                                   console_url="http://console")
        escalation = session.execute(select(Escalation)).scalar_one()
        notification = session.execute(select(OutboundMessage)).scalar_one()
        patient = session.get(Patient, dorothy.patient_id)
    assert "Grace Okafor" in first and "already" in again
    assert escalation.assigned_case_manager_id == patient.case_manager_id and escalation.priority == "normal"
    assert notification.purpose == "notification" and notification.body.startswith("New normal request #")
    assert "Dorothy" not in notification.body and "Williams" not in notification.body


def test_unassigned_patient_escalates_to_on_call(demo_engine, clock):
    with session_scope(demo_engine) as session:
        miguel = sender(session, MIGUEL)
        assistant.escalate(session, miguel, conversation_id="m", channel="sms", reason="cannot_make_appointment",
                           clock=clock, coverage=ALWAYS_OPEN, console_url="http://console")
        escalation = session.execute(select(Escalation)).scalar_one()
        assert escalation.assigned_case_manager_id is not None
        assert escalation.reason == "cannot_make_appointment"


def test_due_tasks_expand_recurrence_and_show_overdue_in_remaining(demo_engine, clock):
    with session_scope(demo_engine) as session:
        patient_id = session.execute(select(Patient.id).where(Patient.mrn == "SM-10003")).scalar_one()
        week = careplan.due_tasks(session, patient_id, "this_week", ZONE, clock.now)
        remaining = careplan.due_tasks(session, patient_id, "remaining", ZONE, clock.now)
    weights = [o for o in week if o.task.key == "daily-weight"]
    assert len(weights) == 7  # daily, every day this week
    assert any(o.task.key == "kidney-potassium-lab" for o in remaining)  # overdue, still pending
    assert all(not o.done for o in remaining)

"""A whole reminder exchange through the running assistant (`patient-support run`): the
console's scheduler claims a task due now and triggers it in the patient's conversation,
the reminder reaches the patient through the real twilio client at the local Twilio
stand-in, the patient answers "done" over signed SMS, the completion is recorded against
that task, and the case manager sees it in the console in Chromium."""
from __future__ import annotations

import datetime as dt
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from sqlalchemy import select

from bot.db import session_scope
from bot.models import CarePlan, CareTask, CaseManager, Patient, Reminder, TaskCompletion, Verification
from tests.browser import chromium, page_wait
from tests.servers import start_assistant, stop_assistant, twilio_env

PHONE = "+13125550177"  # not in the demo data
TITLE = "Take the evening test tablet"
SECOND_TITLE = "Use the test inhaler"
# No quiet hours (the test runs at any hour); medication reminded at its time only; a
# snooze comes back at the next pass.
POLICY = ('quiet_hours: {start: "00:00", end: "00:00"}\nsnooze: 0m\n'
          'kinds:\n  medication: {send: [0m], missed_after: 4h}\n')


@pytest.fixture(scope="module")
def running(tmp_path_factory, twilio):
    state = tmp_path_factory.mktemp("reminders")
    policy = state / "reminders.yml"
    policy.write_text(POLICY)
    assistant = start_assistant(state, extra_env={**twilio_env(twilio.base_url, "reminder-test-token"),
                                                  "REMINDERS_ENABLED": "true", "REMINDERS_FILE": str(policy),
                                                  "REMINDER_CHECK_SECONDS": "1"})
    yield assistant
    stop_assistant(assistant)


def add_patient_with_a_task_due_now(engine) -> tuple[int, int]:
    """A verified patient of Grace's with one medication due in a few seconds."""
    now = dt.datetime.now(dt.timezone.utc)
    with session_scope(engine) as session:
        existing = session.execute(select(CareTask).join(CarePlan).join(Patient).where(Patient.phone == PHONE)).scalars().first()
        if existing is not None:  # the module's second test: another task for the same patient
            task = CareTask(key=f"tablet-{now:%H%M%S}", kind="medication", title=SECOND_TITLE,
                            care_plan=existing.care_plan, due_at=now + dt.timedelta(seconds=3))
            session.add(task)
            session.flush()
            return existing.care_plan.patient_id, task.id
        grace = session.execute(select(CaseManager).where(CaseManager.email == "grace.okafor@stmarys.example")).scalar_one()
        patient = Patient(mrn="SM-TEST-77", name="Rosa Test", date_of_birth=dt.date(1950, 1, 2), phone=PHONE,
                          language="en", case_manager_id=grace.id)
        plan = CarePlan(key="test", condition="Test condition", patient=patient)
        task = CareTask(key="tablet", kind="medication", title=TITLE, care_plan=plan, due_at=now + dt.timedelta(seconds=3))
        session.add_all([patient, plan, task])
        session.flush()
        session.add(Verification(identity=f"phone:{PHONE}", patient_id=patient.id,
                                 verified_until=now + dt.timedelta(days=1)))
        return patient.id, task.id


def test_reminder_then_done_is_recorded_and_shown_in_the_console(running, twilio, tmp_path):
    patient_id, task_id = add_patient_with_a_task_due_now(running.engine)
    [reminder] = twilio.wait_for_new(PHONE, 0, timeout=60)
    assert reminder.startswith(f"Reminder: {TITLE}, today at") and "DONE" in reminder

    status, replies = running.sms(PHONE, "done")
    assert status == 200 and len(replies) == 1 and f'"{TITLE}" as done' in replies[0]
    with session_scope(running.engine) as session:
        [completion] = session.execute(select(TaskCompletion).where(TaskCompletion.task_id == task_id)).scalars().all()
        assert (completion.channel, completion.reported_by) == ("sms", "patient")
        [row] = session.execute(select(Reminder).where(Reminder.task_id == task_id)).scalars().all()
        assert (row.status, row.answer) == ("sent", "done")
    time.sleep(2)  # a few more scheduler passes: nothing is sent twice
    assert len(twilio.texts_to(PHONE)) == 2

    browser = chromium(tmp_path / "chromium", "1280,900")
    try:
        browser.get(running.console_url + "/login")
        page_wait(browser, 30).until(EC.element_to_be_clickable((By.ID, "email"))).send_keys("grace.okafor@stmarys.example")
        browser.find_element(By.ID, "password").send_keys("demo-grace-2026")
        browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        page_wait(browser, 30).until(lambda d: "/login" not in d.current_url)
        browser.get(f"{running.console_url}/patients/{patient_id}")
        card = page_wait(browser, 30).until(EC.presence_of_element_located((By.ID, "adherence")))
        assert browser.find_element(By.ID, "reminders-sent").text == "1"
        assert browser.find_element(By.ID, "reminder-replies").text == "1"
        row = card.find_element(By.CSS_SELECTOR, f".adherence-row[data-task='{task_id}']")
        assert TITLE in row.text and "(patient, sms)" in row.find_element(By.CSS_SELECTOR, ".history").text
        assert "1 on time · 0 late · 0 missed" in row.find_element(By.CSS_SELECTOR, ".counts").text
    finally:
        browser.quit()


def test_later_snoozes_once_then_yes_marks_the_reminded_task_done(running, twilio):
    _patient_id, task_id = add_patient_with_a_task_due_now(running.engine)
    seen = len(twilio.texts_to(PHONE))
    [reminder] = twilio.wait_for_new(PHONE, seen, timeout=60)
    assert SECOND_TITLE in reminder
    assert running.post_sms(PHONE, "later") == 200
    deadline = time.monotonic() + 60
    while len(twilio.texts_to(PHONE)) < seen + 3 and time.monotonic() < deadline:
        time.sleep(0.2)
    answer_and_snooze = twilio.texts_to(PHONE)[seen + 1:]  # in either order: the scheduler may be quicker
    assert len(answer_and_snooze) == 2, answer_and_snooze
    assert sum(t.startswith("OK, I'll remind you again") for t in answer_and_snooze) == 1
    assert sum(t.startswith(f"Reminder: {SECOND_TITLE}") for t in answer_and_snooze) == 1
    status, replies = running.sms(PHONE, "yes")
    assert status == 200 and f'"{SECOND_TITLE}" as done' in replies[0]
    with session_scope(running.engine) as session:
        assert session.execute(select(TaskCompletion).where(TaskCompletion.task_id == task_id)).scalars().all()
    time.sleep(2)
    assert len(twilio.texts_to(PHONE)) == seen + 4  # no second snooze, nothing else

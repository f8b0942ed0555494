"""Reminders against real SQLite and PostgreSQL, with a controllable clock: what is sent
when, quiet hours, never twice (two schedulers at once on PostgreSQL), never to an
opted-out number, answers read against the reminder, missed tasks. No Rasa here: the
dialogue's part (`mark_sent`, the assistant's answers) is called as the actions call it.

The demo care file is loaded as of MONDAY (relative `due` values anchor on it): Dorothy
takes furosemide (important) and carvedilol at 08:00 and weighs at 07:00 daily; her
cardiology follow-up is Sunday 10:15; her daughter Angela gets her reminders. María's
insulin is at 21:00, in Spanish.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from bot import adherence, assistant, chat_tokens, identity, messaging, reminder_policy, reminders
from bot.care_import import load_care_file
from bot.catalogue import say
from bot.config import load_settings
from bot.coverage import Coverage
from bot.db import make_engine, session_scope
from bot.identity import Outcome, VerificationPolicy
from bot.models import CareTask, Escalation, MissedTask, OutboundMessage, Patient, Reminder, TaskCompletion
from bot import migrate
from tests.conftest import DEMO_CARE, ROOT, ZONE, postgres_database

MONDAY = dt.date(2026, 12, 7)
DOROTHY, ANGELA, MARIA = "phone:+13125550112", "phone:+17085550142", "phone:+13125550110"
POLICY = reminder_policy.load(ROOT / "reminders.yml", ZONE)
SETTINGS = load_settings()
ALWAYS_OPEN = Coverage(zone=ZONE, working_days=frozenset(range(7)), opens=dt.timedelta(0), closes=dt.timedelta(hours=24))
VERIFY = VerificationPolicy(ttl=dt.timedelta(days=30), max_attempts=3, lock=dt.timedelta(hours=24))


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=ZONE)


@pytest.fixture
def care(engine):
    with session_scope(engine) as session:
        load_care_file(session, DEMO_CARE, ZONE, today=MONDAY)
    return engine


def run_pass(engine, now, policy=POLICY) -> reminders.PassResult:
    with session_scope(engine) as session:
        return reminders.run_pass(session, now, policy, SETTINGS, ALWAYS_OPEN)


def task(session, key: str) -> CareTask:
    return session.execute(select(CareTask).where(CareTask.key == key)).scalar_one()


def claimed(session, key: str | None = None) -> list[Reminder]:
    query = select(Reminder).where(Reminder.status.in_(["claimed", "sent"])).order_by(Reminder.id)
    if key:
        query = query.join(CareTask).where(CareTask.key == key)
    return list(session.execute(query).scalars())


def send(session, row: Reminder, now) -> str | None:
    outgoing = reminders.mark_sent(session, row.id, row.conversation_id, now, POLICY)
    return outgoing.text if outgoing else None


def verified(session, who, now, dob):
    person = identity.resolve(session, who)
    assert assistant.verify(session, person, dob, VERIFY, assistant.Clock(now, ZONE, POLICY)).outcome == Outcome.VERIFIED
    return identity.resolve(session, who)


# --- the schedule --------------------------------------------------------------------------


def test_a_morning_pill_is_reminded_at_its_time_to_the_patient_and_the_contact_once(care):
    run_pass(care, at(MONDAY, 7, 59))
    assert claimed_rows(care, "furosemide") == []
    run_pass(care, at(MONDAY, 8, 0, 30))
    rows = claimed_rows(care, "furosemide")
    assert {(r.recipient, r.step, r.channel) for r in rows} == {(DOROTHY, "0m", "sms"), (ANGELA, "0m", "sms")}
    again = run_pass(care, at(MONDAY, 8, 1))
    assert [r.id for r in claimed_rows(care, "furosemide")] == [r.id for r in rows]
    assert not set(again.claimed) & {r.id for r in rows}


def claimed_rows(engine, key):
    with session_scope(engine) as session:
        return claimed(session, key)


def test_appointments_are_reminded_the_day_before_and_two_hours_before(care):
    sunday = MONDAY + dt.timedelta(days=6)  # cardiology +6d 10:15
    run_pass(care, at(sunday - dt.timedelta(days=1), 10, 16))
    run_pass(care, at(sunday, 8, 16))
    with session_scope(care) as session:
        assert [(r.step, r.send_at) for r in claimed(session, "cardiology") if r.recipient == DOROTHY] == [
            ("-1d", at(sunday - dt.timedelta(days=1), 10, 15)), ("-2h", at(sunday, 8, 15))]


def test_a_reminder_due_in_quiet_hours_waits_and_then_goes(care):
    run_pass(care, at(MONDAY, 7, 0, 30))  # the 07:00 weigh-in: quiet until 08:00
    assert claimed_rows(care, "daily-weight") == []
    run_pass(care, at(MONDAY, 8, 0, 10))  # still useful until the 09:00 check-in
    rows = claimed_rows(care, "daily-weight")
    assert {(r.recipient, r.step) for r in rows} == {(DOROTHY, "0m"), (ANGELA, "0m")}


def test_a_reminder_held_past_its_moment_is_dropped_not_sent_late(care):
    run_pass(care, at(MONDAY, 21, 0, 30))  # María's 21:00 insulin falls in quiet hours
    run_pass(care, at(MONDAY + dt.timedelta(days=1), 8, 0, 30))
    with session_scope(care) as session:
        rows = list(session.execute(select(Reminder).join(CareTask).where(
            CareTask.title.startswith("Ponerse la insulina"), Reminder.occurrence_at == at(MONDAY, 21))).scalars())
        assert rows and {r.status for r in rows} == {"dropped"}
        assert all(r.note == "held by quiet hours past its moment" for r in rows)


def test_quiet_hours_come_from_the_policy_file(tmp_path):
    path = tmp_path / "reminders.yml"
    path.write_text('quiet_hours: {start: "22:30", end: "07:00"}\nkinds: {medication: {send: [0m]}}\n')
    policy = reminder_policy.load(path, ZONE)
    assert policy.is_quiet(at(MONDAY, 22, 30)) and policy.is_quiet(at(MONDAY, 6, 59))
    assert not policy.is_quiet(at(MONDAY, 7, 0)) and not policy.is_quiet(at(MONDAY, 22, 29))


@pytest.mark.parametrize("text, where", [
    ("kinds: {medicine: {send: [0m]}}", "kinds: 'medicine' is not one of"),
    ("kinds: {medication: {send: [tomorrow]}}", "'tomorrow' is not an offset"),
    ('quiet_hours: {start: "9pm"}', "quiet_hours.start"),
    ("kinds: [", "reminders.yml"),
])
def test_a_malformed_policy_file_is_a_clear_error(tmp_path, text, where):
    path = tmp_path / "reminders.yml"
    path.write_text(text)
    with pytest.raises(reminder_policy.PolicyError, match="reminders.yml") as error:
        reminder_policy.load(path, ZONE)
    assert where in str(error.value)


def test_nothing_for_a_task_already_done_an_opted_out_number_or_a_patient_without_reminders(care):
    with session_scope(care) as session:
        session.add(TaskCompletion(task=task(session, "carvedilol"), completed_at=at(MONDAY, 7, 45), channel="sms",
                                   reported_by="patient"))
        messaging.opt_out(session, "+17085550142")  # Angela texted STOP
        maria = session.execute(select(Patient).where(Patient.mrn == "SM-10001")).scalar_one()
        maria.reminders = False
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        assert claimed(session, "carvedilol") == []
        assert {r.recipient for r in claimed(session, "furosemide")} == {DOROTHY}
        assert not [r for r in claimed(session) if r.recipient in (ANGELA, MARIA)]


def test_two_schedulers_on_postgresql_never_claim_the_same_reminder():
    url, drop = postgres_database()
    try:
        migrate.upgrade(url)
        engines = [make_engine(url), make_engine(url)]
        with session_scope(engines[0]) as session:
            load_care_file(session, DEMO_CARE, ZONE, today=MONDAY)
        moments = [at(MONDAY, 8, 0, 30), at(MONDAY, 8, 0, 31), at(MONDAY, 9, 0, 30), at(MONDAY + dt.timedelta(days=1), 8, 5)]
        results: list[list[int]] = [[], []]
        start = threading.Barrier(2)

        def scheduler(index: int) -> None:
            """Pass, then deliver what it claimed (as the dialogue would: `mark_sent`)."""
            for moment in moments:
                start.wait()
                for reminder_id in run_pass(engines[index], moment).claimed:
                    with session_scope(engines[index]) as session:
                        row = session.get(Reminder, reminder_id)
                        if reminders.mark_sent(session, reminder_id, row.conversation_id, moment, POLICY):
                            results[index].append(reminder_id)

        threads = [threading.Thread(target=scheduler, args=(i,)) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        everything = results[0] + results[1]
        with session_scope(engines[0]) as session:
            total = session.execute(select(func.count(Reminder.id)).where(Reminder.status == "sent")).scalar_one()
        assert len(everything) == len(set(everything)) == total > 10  # each said once, by one of them
        for engine in engines:
            engine.dispose()
    finally:
        drop()


# --- in the conversation -------------------------------------------------------------------


def test_a_reminder_is_said_once_in_its_own_conversation_with_the_title_and_time_only(care):
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        row = next(r for r in claimed(session, "furosemide") if r.recipient == DOROTHY)
        assert reminders.mark_sent(session, row.id, "+19995550000", at(MONDAY, 8, 1), POLICY) is None  # not its conversation
        text = send(session, row, at(MONDAY, 8, 1))
        assert text == say("reminder_due", "en", title=row.task.title, when="today at 8:00 AM")
        assert "40 mg in the morning" in text and "bathroom" not in text  # the title, not the instructions
        assert send(session, row, at(MONDAY, 8, 1)) is None  # a repeated trigger says nothing
        angela = next(r for r in claimed(session, "furosemide") if r.recipient == ANGELA)
        assert send(session, angela, at(MONDAY, 8, 1)).startswith("For Dorothy: Reminder:")


def test_a_spanish_speaking_patient_is_reminded_in_spanish(care):
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        row = next(r for r in claimed(session) if r.recipient == MARIA and r.task.title.startswith("Tomar metformina"))
        assert send(session, row, at(MONDAY, 8, 1)) == say("reminder_due", "es", title=row.task.title,
                                                            when="hoy a las 8:00 a. m.")


def carvedilol_reminded(session):
    """Dorothy verified at 08:05 Monday, her carvedilol reminder sent: (dorothy, the reminder, the clock)."""
    now = at(MONDAY, 8, 5)
    dorothy = verified(session, DOROTHY, now, "11/20/1948")
    carvedilol = next(r for r in claimed(session, "carvedilol") if r.recipient == DOROTHY)
    send(session, carvedilol, now)
    return dorothy, carvedilol, assistant.Clock(now, ZONE, POLICY)


@pytest.mark.parametrize("phrase", ["done", "took my pill", "sí"])
def test_done_after_a_reminder_marks_that_task_not_another_due_at_the_same_time(care, phrase):
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        dorothy, carvedilol, clock = carvedilol_reminded(session)
        reply = assistant.report_done(session, dorothy, phrase, "sms", clock)  # both pills are due at 08:00
        assert "carvedilol" in reply
        done = session.execute(select(CareTask.key).join(TaskCompletion)).scalars().all()
        assert set(done) == {"carvedilol"}
        assert session.get(Reminder, carvedilol.id).answer == "done"
        # a task named outright is still that task
        reply = assistant.report_done(session, dorothy, "weighed myself", "sms", clock)
        assert "Weigh yourself" in reply


@pytest.mark.parametrize("phrase", ["water pill ✔", "took my water pill", "furosemide done"])
def test_another_pill_named_after_a_reminder_is_that_pill(care, phrase):
    # found by using it: "water pill ✔" after the carvedilol reminder recorded carvedilol ("pill" fits both)
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        dorothy, carvedilol, clock = carvedilol_reminded(session)
        reply = assistant.report_done(session, dorothy, phrase, "sms", clock)
        assert "furosemide" in reply
        assert set(session.execute(select(CareTask.key).join(TaskCompletion)).scalars().all()) == {"furosemide"}
        assert session.get(Reminder, carvedilol.id).answer is None  # the carvedilol reminder is still open


def test_a_vaccine_named_is_not_a_pill_on_the_plan(care):
    # found by using it: "got shot today, the flu shot, arms sore" recorded the water pill ("shot" is a medication's word)
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        dorothy, carvedilol, clock = carvedilol_reminded(session)
        reply = assistant.report_done(session, dorothy, "got shot today, the flu shot, arms sore", "sms", clock)
        assert session.execute(select(TaskCompletion)).first() is None
        assert reply.startswith(say("done_which_task", "en", names="").split(":")[0])


def test_a_longer_message_naming_nothing_after_a_reminder_is_not_recorded_as_it(care):
    # found by using it: a look-alike the model read as a report recorded the reminded task
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        dorothy, carvedilol, clock = carvedilol_reminded(session)
        assistant.report_done(session, dorothy, "taking my life in my hands walking on this ice lol made it to the mailbox",
                              "sms", clock)
        assert session.execute(select(TaskCompletion)).first() is None
        assert session.get(Reminder, carvedilol.id).answer is None
        reply = assistant.report_done(session, dorothy, "ok all done with that one now, thanks", "sms", clock)
        assert "carvedilol" in reply  # a done-word answers it


def test_cannot_make_it_after_an_appointment_reminder_opens_the_escalation_for_that_appointment(care):
    saturday = MONDAY + dt.timedelta(days=5)
    now = at(saturday, 10, 20)
    no_misses = dataclasses.replace(POLICY, kinds={k: dataclasses.replace(v, missed_after=None)
                                                    for k, v in POLICY.kinds.items()})
    run_pass(care, at(saturday, 10, 16), no_misses)  # the day before the Sunday 10:15 cardiology follow-up
    with session_scope(care) as session:
        dorothy = verified(session, DOROTHY, now, "11/20/1948")
        row = next(r for r in claimed(session, "cardiology") if r.recipient == DOROTHY)
        assert "Cardiology follow-up" in send(session, row, now)
        reply = assistant.escalate(session, dorothy, conversation_id="+13125550112", channel="sms",
                                   reason="cannot_make_appointment", clock=assistant.Clock(now, ZONE, POLICY),
                                   coverage=ALWAYS_OPEN, console_url="http://console")
        opened = session.execute(select(Escalation)).scalar_one()
        assert opened.task_id == row.task_id and opened.reason == "cannot_make_appointment"
        assert "Cardiology follow-up (tomorrow at 10:15 AM)" in reply
        assert session.get(Reminder, row.id).answer == "cannot_make"


def test_later_snoozes_once_and_the_snooze_is_sent_by_a_later_pass(care):
    run_pass(care, at(MONDAY, 8, 0, 30))
    now = at(MONDAY, 8, 2)
    with session_scope(care) as session:
        dorothy = identity.resolve(session, DOROTHY)
        row = next(r for r in claimed(session, "furosemide") if r.recipient == DOROTHY)
        send(session, row, now)
        clock = assistant.Clock(now, ZONE, POLICY)
        assert assistant.snooze(session, dorothy, clock) == say("reminder_snoozed", "en", when="today at 8:32 AM")
        assert assistant.snooze(session, dorothy, clock) == say("snooze_nothing", "en")  # answered: nothing open
    assert not run_pass(care, at(MONDAY, 8, 31)).claimed or all(
        r.step != "snooze" for r in claimed_rows(care, "furosemide"))
    result = run_pass(care, at(MONDAY, 8, 32, 30))
    with session_scope(care) as session:
        [again] = [r for r in claimed(session, "furosemide") if r.step == "snooze"]
        assert again.id in result.claimed
        send(session, again, at(MONDAY, 8, 33))
        assert assistant.snooze(session, identity.resolve(session, DOROTHY),
                                assistant.Clock(at(MONDAY, 8, 34), ZONE, POLICY)) == say("reminder_snooze_once", "en")


def test_a_family_contacts_done_after_their_reminder_counts(care):
    run_pass(care, at(MONDAY, 8, 0, 30))
    now = at(MONDAY, 8, 10)
    with session_scope(care) as session:
        angela = verified(session, ANGELA, now, "11/20/1948")
        row = next(r for r in claimed(session, "furosemide") if r.recipient == ANGELA)
        send(session, row, now)
        reply = assistant.report_done(session, angela, "she took it", "sms", assistant.Clock(now, ZONE, POLICY))
        assert "furosemide" in reply
        [completion] = session.execute(select(TaskCompletion)).scalars().all()
        assert completion.reported_by == "family" and completion.task.key == "furosemide"


def test_a_missed_important_task_escalates_once_and_other_misses_are_only_recorded(care):
    run_pass(care, at(MONDAY, 12, 0, 30))  # 08:00 + 4 h
    run_pass(care, at(MONDAY, 12, 5))
    with session_scope(care) as session:
        keys = set(session.execute(select(CareTask.key).join(MissedTask, MissedTask.task_id == CareTask.id)
                                   .where(MissedTask.occurrence_at == at(MONDAY, 8))).scalars())
        assert {"furosemide", "carvedilol"} <= keys
        [opened] = session.execute(select(Escalation)).scalars().all()
        assert opened.task_id == task(session, "furosemide").id and opened.reason == "task_missed"
        assert opened.priority == "normal"
        [notice] = session.execute(select(OutboundMessage)).scalars().all()
        assert "furosemide" not in notice.body.lower() and "Dorothy" not in notice.body  # no PHI to staff phones


def test_each_person_gets_a_reminder_once_by_text_else_in_their_open_web_chat(care):
    opened_at = at(MONDAY, 7, 30)
    with session_scope(care) as session:
        def open_chat(phone):
            link = chat_tokens.read(chat_tokens.issue("k" * 40, chat_tokens.identity_for(session, phone),
                                                      dt.timedelta(days=60)), "k" * 40)
            chat, _token = chat_tokens.exchange_link(session, link, opened_at)
            return chat
        dorothys, angelas, closed = open_chat("+13125550112"), open_chat("+17085550142"), open_chat("+17085550142")
        closed.revoked_at = opened_at
        messaging.opt_out(session, "+17085550142")  # Angela texted STOP: her reminders go to her chat instead
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        rows = claimed(session, "furosemide")
        assert {(r.recipient, r.channel, r.conversation_id) for r in rows} == {
            (DOROTHY, "sms", "+13125550112"),  # her phone, not also her open chat
            (f"web:session:{angelas.id}", "webchat", angelas.conversation_id)}
        assert f"web:session:{dorothys.id}" not in {r.recipient for r in rows}


def test_adherence_counts_each_occurrence_on_time_late_or_missed_and_reminders_answered(care):
    days = [MONDAY + dt.timedelta(days=i) for i in range(4)]
    with session_scope(care) as session:
        pill = task(session, "furosemide")  # daily at 08:00, missed after 4 h
        for moment in (at(days[0], 8, 30), at(days[1], 13, 0)):  # on time; late (after 12:00)
            session.add(TaskCompletion(task=pill, completed_at=moment, channel="sms", reported_by="patient"))
    run_pass(care, at(days[3], 8, 0, 30))
    with session_scope(care) as session:
        row = next(r for r in claimed(session, "furosemide") if r.recipient == DOROTHY and r.occurrence_at == at(days[3], 8))
        send(session, row, at(days[3], 8, 1))
        reminders.answer(session, row, "done", at(days[3], 8, 2))
        outcomes = adherence.for_patient(session, row.patient_id, at(days[3], 9), POLICY)
        [counted] = [t for t in outcomes.tasks if t.task.key == "furosemide"]
        # Wednesday missed; Thursday's is still within its grace period and not counted
        assert (counted.on_time, counted.late, counted.missed) == (1, 1, 1)
        assert [c.completed_at for c in counted.history] == [at(days[1], 13), at(days[0], 8, 30)]
        assert outcomes.reminders_sent == 1 and outcomes.replies == 1 and outcomes.by_answer == {"done": 1}
        [appointment] = [t for t in outcomes.tasks if t.task.key == "cardiology"]
        assert appointment.counted == 0  # attendance is not a reply


@pytest.mark.parametrize("confidence, sure", [(0.997, True), (0.875, True), (0.71, False), (0.63, False), (None, False)])
def test_a_bare_yes_records_a_task_only_when_the_model_is_sure_it_was_one(confidence, sure):
    # measured on the trained model: "yes" 0.997, "👍" 0.875; "xyz abc" 0.71, "asdf qwerty 🙃" 0.63
    assert assistant.sure_yes(confidence) is sure


def test_a_yes_is_about_the_reminder_only_if_nothing_was_written_since_it_went_out(care):
    run_pass(care, at(MONDAY, 8, 0, 30))
    with session_scope(care) as session:
        dorothy = verified(session, DOROTHY, at(MONDAY, 8, 1), "11/20/1948")
        carvedilol = next(r for r in claimed(session, "carvedilol") if r.recipient == DOROTHY)
        send(session, carvedilol, at(MONDAY, 8, 2))
        session.expire_all()  # mark_sent updates the row in SQL; an action reads it in a new session
        clock = assistant.Clock(at(MONDAY, 8, 30), ZONE, POLICY)
        assert assistant.reminder_pending(session, dorothy, clock)  # nothing else said: "yes" answers it
        assert assistant.reminder_pending(session, dorothy, clock, spoke_before=at(MONDAY, 7, 50))
        # they wrote (a question, an answer) after the reminder: a bare "yes" now is not about it
        assert not assistant.reminder_pending(session, dorothy, clock, spoke_before=at(MONDAY, 8, 10))

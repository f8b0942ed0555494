"""The assistant's services against the demo data in real databases (no Rasa involved)."""
from __future__ import annotations

import datetime as dt
import glob
import re

import pytest
import yaml
from sqlalchemy import select

from bot import assistant, careplan, chat_tokens, dialogue, escalation, identity, resources
from bot.catalogue import say
from bot.coverage import Coverage
from bot.db import session_scope
from bot.identity import Access, Outcome, Role, VerificationPolicy
from bot.models import AuditLog, ChatSession, Escalation, OutboundMessage, Patient, TaskCompletion, TaskStatus, Verification
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
        assert session.get(Patient, dorothy.patient_id).dob_failed_attempts == 0
        assert session.execute(select(Verification)).first() is None


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


@pytest.mark.parametrize("message, asked", [
    ("ok I took the water pill already so what else do I got", True),  # en_60
    ("took my water pill, anything else today?", True),
    ("took my water pill", False),
])
def test_a_task_done_with_what_else_asked_also_names_what_is_still_open(demo_engine, clock, message, asked):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        open_before = [o.task.title for o in assistant._visible_today(session, dorothy, clock) if not o.done]
        reply = assistant.report_done(session, dorothy, "water pill\n" + message, "sms", clock)
        recorded = session.execute(select(TaskCompletion)).scalar_one().task.title
        still_open = say("done_still_open", "en", names="")[:16]
        assert recorded in reply and (still_open in reply) == asked
        if asked:
            listed = reply[reply.index(still_open):]
            assert recorded not in listed and all(t in listed for t in open_before if t != recorded)


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
    # care at home described, not named (blind sets: "in home care" found housing, "check on" money)
    ("who do I call for in home care", "caregiver_support"),
    ("someone to check on my mom during the day while im at work", "caregiver_support"),
    ("need help with housework and laundry since the hospital", "caregiver_support"),
    ("mom needs a digital scale with big numbers", "medical_equipment"),
    ("on a scale of 1 to 10 my stress is a 9", None),
    # blind sets en_17 / es_13: insurance plans are money; pests and rent rises, housing; scams, legal
    ("can someone help me with my medicare paperwork", "financial_assistance"),
    ("my supplement plan is too expensive", "financial_assistance"),
    ("does medicaid pay for rides to the doctor", "transportation"),  # the payer is not the need
    ("there are mice in my kitchen and the management ignores me", "housing"),
    ("a scammer got my bank info", "legal"),
    ("where can I learn to read the food labels", "education"),
    ("my husband passed and I cant make myself get out of bed", "mental_health"),
    # blind sets en_21 / es_17: plurals count; money for a medicine is help paying for medicine
    ("hay refugios cerca", "housing"), ("any shelters downtown", "housing"),
    ("out of furosemide and no money till friday", "medication_assistance"),
    ("se me acabo la insulina y no tengo dinero", "medication_assistance"),
    ("no money for the light bill", "financial_assistance"),
    # blind sets en_22 / es_18
    ("can someone drive me to the lab", "transportation"), ("ocupo quien me lleve a la farmacia", "transportation"),
    ("I'm out of my carvedilol and can't buy more until the 3rd", "medication_assistance"),
    ("my insurance stopped covering one of my pills", "medication_assistance"),
    ("my insurance stopped covering the visits", "financial_assistance"),
    ("mom gets wobbly in the shower, we need something she can sit on", "medical_equipment"),
    ("my pill box broke", "medical_equipment"), ("is there a senior lunch place", "food"),
    ("my daughter does everything for me and she is worn out", "caregiver_support"),
    ("my nerves are shot", "mental_health"), ("me siento muy triste desde lo de la diabetes", "mental_health"),
    ("hay talleres en español sobre la insulina", "education"), ("no tengo donde vivir", "housing"),
    ("how do I make a will", "legal"), ("who can drive me to the cooking class", "transportation"),
    # blind sets en_29 / es_25
    ("my daughter works days and cant take me to the lab", "transportation"),
    ("I used to take the CTA but I get winded walking to the stop now", "transportation"),
    ("hay algun servicio que lleve a mi mama en silla de ruedas a sus citas?", "transportation"),
    ("Is there a patient assistance program for carvedilol? My mother is on a fixed income", "medication_assistance"),
    ("se puede hacer un plan de pagos por la factura? de un jalon no puedo", "financial_assistance"),
    ("a mi mama le quitaron el seguro, como le hacemos ahora", "financial_assistance"),
    ("can mom get one of those medical alert necklaces in case she falls and nobody knows", "medical_equipment"),
    ("getting in and out of bed is so hard, is there something to help with that", "medical_equipment"),
    ("i cant stand up long enough to cook anymore", "food"), ("no tengo nada que comer esta semana", "food"),
    ("I need a little help at home, not a nursing home, just help", "caregiver_support"),
    ("is there a support group for people with heart failure, to talk to others going thru it", "mental_health"),
    ("what are good books about heart failure, something easy to read", "education"),
    ("my grandpa is being kicked out of his nursing home, does anyone help with that legally", "legal"),
    # blind sets en_40 / es_36: a ride named beside the class it is for; a reduced fare; a caller; a sitter by day
    ("hi, necesito ride para la clase de diabetes", "transportation"),
    ("la tarjeta esa del tren a mitad de precio para personas mayores, como la saco?", "transportation"),
    ("my son sold my car, how do I get to appointments now", "transportation"),
    ("the commodity box program for seniors, how do I get on it", "food"),  # (not by "commodity": it stems as "commode")
    ("my daughter used to shop for me but she moved away", "food"),
    ("is there a friendly caller program, someone who just calls to chat", "mental_health"),
    ("how do i get on the CHA senior list", "housing"),
    ("existe guarderia de dia para personas grandes?", "caregiver_support"),
    ("mi mama se queda sola todo el dia, hay quien la pueda acompañar?", "caregiver_support"),
    ("las pastillas a mitad de precio, donde?", None),
    # blind sets en_42 / es_38, and reviewers' twins that must not move
    ("brochures about fluid and salt?", "education"), ("Is there a health fair coming up at St Mary's", "education"),
    ("is there a class on giving medicines the right way? I help mom with hers", "education"),
    ("my neighbor used to drive me everywhere but she moved to Texas", "transportation"),
    ("como le hago pa que me recojan en la casa y me lleven al laboratorio", "transportation"),
    ("alguien me puede llevar la despensa a la casa", "food"), ("cupones pa la despensa", "food"),
    ("tienen cupones pa la metformina de mi mama o algo", "medication_assistance"),
    ("mi mama recibio una factura de la ambulancia, hay forma de que se la perdonen", "financial_assistance"),
    ("a debt collector is suing me over a medical bill", "legal"),
    ("si uso los servicios del hospital me afecta pa la carga publica?", "legal"),
    ("que me ayude a apelar lo que nego la aseguranza de mi insulina", "medication_assistance"),
    ("moms porch steps are rotten, any repair programs for seniors", "housing"),
    ("is there a phone friend program, somebody to call and chat", "mental_health"),
    # blind sets en_48 / es_44
    ("i need a cheaper place to live", "housing"),
    ("can I get reimbursed for gas for driving mom to all these appointments?", "transportation"),
    ("un notario me cobro dinero por unos papeles y nunca hizo nada, a quien acudo", "legal"),
    # ... and their reviewer's twins: a phrase of a need only where it names that need
    ("i have to be out by 5 for my appointment, can the nurse call earlier", None),
    ("my insulin will run out by the end of the month and i cant afford more", "medication_assistance"),
    ("he says i have to be out by the end of the month or hes gonna kill me", None),
    ("can i get reimbursed for the gas bill", "financial_assistance"),
    ("can i get reimbursed for gas bill help", "financial_assistance"),
    ("mi hijo es notario, el me ayuda con los papeles", None),
    ("necesito que vengan a ayudar porque mi papa esta muy mal de la respiracion", None),
    ("what time do i need to get to the class", "education"),
])
def test_category_words_map_to_the_shared_vocabulary(text, category):
    assert resources.normalize_category(text) == category


def test_the_phrase_index_finds_what_a_search_per_phrase_finds():
    # The indexed search (issue 15) against the plain one it replaced: every phrase tried
    # longest first, the first found anywhere as whole words wins. Over every blind message.
    synonyms = resources.category_synonyms()
    patterns = [(p, re.compile(rf"(?<![a-z]){re.escape(p)}(?:e?s)?(?![a-z])" if p[-1].isalpha()
                               else rf"(?<![a-z]){re.escape(p)}(?![a-z])"))
                for p in sorted(synonyms, key=len, reverse=True)]
    texts = [m["text"].lower() for path in sorted(glob.glob("tests/data/blind_*.yml"))
             for m in yaml.safe_load(open(path, encoding="utf-8"))["messages"]]
    assert len(texts) > 15_000
    for text in texts:
        plain = next((p for p, pattern in patterns if pattern.search(text)), None)
        assert resources._longest_phrase_in(text) == plain, text


def dorothy_asks(session, dorothy, clock, reason: str) -> str:
    return assistant.escalate(session, dorothy, conversation_id="+13125550112", channel="sms", reason=reason,
                              clock=clock, coverage=ALWAYS_OPEN, console_url="http://console")


def test_escalation_routes_to_the_case_manager_once_and_notifies_without_phi(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = sender(session, DOROTHY)
        first = dorothy_asks(session, dorothy, clock, "request_human")
        again = dorothy_asks(session, dorothy, clock, "request_human")
        escalation = session.execute(select(Escalation)).scalar_one()
        notification = session.execute(select(OutboundMessage)).scalar_one()
        patient = session.get(Patient, dorothy.patient_id)
    assert "Grace Okafor" in first and "already" in again
    assert escalation.assigned_case_manager_id == patient.case_manager_id and escalation.priority == "normal"
    assert notification.purpose == "notification" and notification.body.startswith("New normal request #")
    assert "Dorothy" not in notification.body and "Williams" not in notification.body


def test_a_request_made_while_the_scheduler_has_one_open_is_the_persons_own(demo_engine, clock):
    # Found by using it: a missed task's follow-up was open, so "can't make it" read "your
    # request is already with the care team" and the inbox kept showing "task missed".
    with session_scope(demo_engine) as session:
        dorothy = sender(session, DOROTHY)
        missed, _ = escalation.open_escalation(session, conversation_id="+13125550112", sender=dorothy, verified=False,
                                               channel="sms", reason="task_missed", priority="normal", now=clock.now,
                                               coverage=ALWAYS_OPEN, console_url="http://console")
        asked = dorothy_asks(session, dorothy, clock, "cannot_make_appointment")
        again = dorothy_asks(session, dorothy, clock, "request_human")
        only = session.execute(select(Escalation)).scalar_one()
    already = say("escalation_already", "en", follow_up="").strip()
    assert not asked.startswith(already) and again.startswith(already)
    assert only.id == missed.id and only.reason == "cannot_make_appointment"


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


# --- lockout on the person, verification per identity (issue items 8 and 2) -------------

LUIS = "phone:+17735550144"           # Rosa's son: appointments and report_progress, not tasks
JAMES = "phone:+17085550113"          # patient, DOB 1967-05-09


def web_session(session, who: str, clock) -> str:
    """A web chat session opened with a fresh chat link for `who` (a phone number)."""
    link = chat_tokens.read(chat_tokens.issue("k" * 40, chat_tokens.identity_for(session, who),
                                              dt.timedelta(hours=1)), "k" * 40)
    chat, _token = chat_tokens.exchange_link(session, link, clock.now)
    return chat_tokens.session_identity(chat)


def test_three_wrong_answers_by_sms_lock_the_patients_web_chat_too(demo_engine, clock):
    with session_scope(demo_engine) as session:
        web = web_session(session, "+17085550113", clock)
        phone = sender(session, JAMES)
        for _ in range(3):
            last = assistant.verify(session, phone, "1/1/1970", POLICY, clock)
        assert last.outcome == Outcome.LOCKED
    with session_scope(demo_engine) as session:
        chat = sender(session, web)
        assert chat.role == Role.PATIENT and chat.patient_id == phone.patient_id
        assert identity.access_for(session, chat, clock.now) == Access.LOCKED
        # no fresh tries on another channel: even the right date is refused, and audited
        assert assistant.verify(session, chat, "5/9/1967", POLICY, clock).outcome == Outcome.LOCKED
        assert "locked" in assistant.show_tasks(session, chat, "today", clock)
        refused = session.execute(select(AuditLog).where(AuditLog.actor_id == web)).scalars().all()
        assert [a.detail for a in refused] == ["refused: locked"]
        later = clock.now + dt.timedelta(hours=25)
        assert identity.access_for(session, chat, later) == Access.NEEDS_VERIFICATION


def test_wrong_answers_add_up_across_channels(demo_engine, clock):
    with session_scope(demo_engine) as session:
        web = sender(session, web_session(session, "+17085550113", clock))
        phone = sender(session, JAMES)
        first = assistant.verify(session, phone, "1/1/1970", POLICY, clock)
        second = assistant.verify(session, web, "1/2/1970", POLICY, clock)
        third = assistant.verify(session, phone, "1/3/1970", POLICY, clock)
        assert [r.outcome for r in (first, second, third)] == [Outcome.WRONG, Outcome.WRONG, Outcome.LOCKED]
        assert "1 try left" in second.text
        assert identity.access_for(session, web, clock.now) == Access.LOCKED


def test_a_contacts_lockout_is_their_own_and_the_patient_keeps_access(demo_engine, clock):
    with session_scope(demo_engine) as session:
        angela = sender(session, ANGELA)
        for _ in range(3):
            assistant.verify(session, angela, "1/1/1970", POLICY, clock)
        angela_web = sender(session, web_session(session, "+17085550142", clock))
        assert identity.access_for(session, angela_web, clock.now) == Access.LOCKED
        dorothy = verified(session, DOROTHY, clock)
        assert identity.access_for(session, dorothy, clock.now) == Access.GRANTED


def test_verification_is_remembered_per_browser_session_not_per_person(demo_engine, clock):
    with session_scope(demo_engine) as session:
        first = verified(session, web_session(session, "+13125550112", clock), clock)
        second = sender(session, web_session(session, "+13125550112", clock))
        assert first.patient_id == second.patient_id and first.identity != second.identity
        assert identity.access_for(session, first, clock.now) == Access.GRANTED
        assert identity.access_for(session, second, clock.now) == Access.NEEDS_VERIFICATION
        assert "Furosemide" not in assistant.show_tasks(session, second, "today", clock)
        # the phone is a channel of its own too
        assert identity.access_for(session, sender(session, DOROTHY), clock.now) == Access.NEEDS_VERIFICATION
        # a person's identity is never a sender of its own: only a session is
        assert sender(session, f"web:patient:{first.patient_id}").role == Role.UNKNOWN
        assert sender(session, "web:session:nonesuch").role == Role.UNKNOWN


def test_an_expired_or_revoked_web_session_is_nobody(demo_engine, clock):
    with session_scope(demo_engine) as session:
        web = web_session(session, "+13125550112", clock)
        chat = session.get(ChatSession, web.split(":")[-1])
        chat.expires_at = clock.now - dt.timedelta(seconds=1)
        session.flush()
        assert sender(session, web).role == Role.UNKNOWN
        chat.expires_at, chat.revoked_at = clock.now + dt.timedelta(hours=1), clock.now
        session.flush()
        assert sender(session, web).role == Role.UNKNOWN


def test_the_upgrade_moves_a_lock_in_force_onto_its_person_and_drops_web_verifications(database_url):
    from sqlalchemy import text

    from bot import migrate
    from bot.db import make_engine

    migrate.upgrade(database_url, "0005")
    engine = make_engine(database_url)
    soon = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=5)).replace(tzinfo=None, microsecond=0)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    try:
        with engine.begin() as db:
            for pid, mrn, phone in ((1, "M-1", "+13125550100"), (2, "M-2", "+13125550101")):
                db.execute(text("INSERT INTO patients (id, mrn, name, date_of_birth, phone, language, sms_opt_out, "
                                "created_at, updated_at) VALUES (:id, :mrn, 'P', '1950-01-01', :phone, 'en', false, "
                                ":now, :now)"), {"id": pid, "mrn": mrn, "phone": phone, "now": now})
            db.execute(text("INSERT INTO authorized_contacts (id, patient_id, name, phone, relation, permissions, "
                            "consent_recorded_at) VALUES (7, 2, 'C', '+13125550199', 'son', 'tasks', :now)"),
                       {"now": now})
            for identity_, pid, locked in (("phone:+13125550100", 1, soon), ("phone:+13125550199", 2, soon),
                                           ("web:patient:2", 2, None)):
                db.execute(text("INSERT INTO verifications (identity, patient_id, failed_attempts, locked_until, "
                                "updated_at) VALUES (:i, :p, 0, :l, :now)"),
                           {"i": identity_, "p": pid, "l": locked, "now": now})
        migrate.upgrade(database_url)
        with engine.connect() as db:
            patients = dict(db.execute(text("SELECT id, dob_locked_until FROM patients")).fetchall())
            contact = db.execute(text("SELECT dob_locked_until FROM authorized_contacts WHERE id = 7")).scalar()
            left = db.execute(text("SELECT identity FROM verifications ORDER BY identity")).scalars().all()
    finally:
        engine.dispose()
    assert patients[1] is not None and patients[2] is None and contact is not None
    assert left == ["phone:+13125550100", "phone:+13125550199"]


@pytest.mark.parametrize("text, expected", [
    ("Good evening. Would you be so kind as to tell me what I am to do for today. Thank you", "tasks"),
    ("is the scale the only thing this week or is there more", "tasks"),
    ("appt date and time pls", "appointment"),
    ("q tengo pendiente hoy", "tasks"),
    ("cuándo es la cita", "appointment"),
    ("i cant make my appointment", None),   # a change of plans, not a question about them
    ("hello there", None),
])
def test_an_unplaced_question_about_the_care_plan_is_recognised(text, expected):
    from bot import dialogue
    assert dialogue.care_request(text) == expected


def test_an_unplaced_question_about_the_plan_gets_the_plan(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.unplaced(session, dorothy, "Good evening, might you tell me what I am to do today", 0,
                                   POLICY, clock)
        assert reply.text.startswith(say("plan_heading_own", "en", when=say("timeframe_today", "en")))
        stranger = sender(session, STRANGER)
        assert assistant.unplaced(session, stranger, "what is on my list today", 0, POLICY, clock).text == say(
            "no_access", "en")  # the same refusal as the classifier's path


def test_an_unplaced_request_for_medical_advice_is_declined_with_the_care_team_offered(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.unplaced(session, dorothy, "forgot the water pill this am, do i take it now or should i skip it",
                                   0, POLICY, clock)
        assert (reply.text, reply.offer) == (say("medical_question", "en"), "medical_question")
        # a question about where a task happens is not one
        reply = assistant.unplaced(session, dorothy, "which floor do I go to for the lab work", 0, POLICY, clock)
        assert reply.text != say("medical_question", "en")


def test_lab_work_names_the_blood_test(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.task_instructions(session, dorothy, "where do I go for my lab work", clock)
        assert "Go to the lab on the 1st floor" in reply
        # the blood test was due days ago: when it was due, and that it is not done
        task = careplan.find_task(session, dorothy.patient_id, "Blood test", ZONE, clock.now)
        assert reply.endswith(f" {say('instructions_overdue', 'en', when=careplan.day_and_time(task.due_at, ZONE, clock.now))}")


def test_the_scale_names_the_daily_weight(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.task_instructions(session, dorothy, "HOW DO I DO THE SCALE. SAME TIME EVERY DAY?", clock)
        assert reply.startswith("Weigh yourself and write it down: Weigh after you use the bathroom")


@pytest.mark.parametrize("phrase, title", [  # es_18: the tool or the substance names the task
    ("ayudame con los pasos pa medir la glucosa", "Revisarse el azúcar en ayunas y anotarlo"),
    ("instrucciones para lo de la farmacia", "Recoger tiras reactivas y agujas para la pluma de insulina"),
    ("me explicas como se hace la prueba del dedo? quiero ayudarle", "Revisarse el azúcar en ayunas y anotarlo"),  # es_39
])
def test_a_task_named_by_its_tool_is_found(demo_engine, clock, phrase, title):
    with session_scope(demo_engine) as session:
        maria = session.execute(select(Patient).where(Patient.mrn == "SM-10001")).scalar_one()
        assert careplan.find_task(session, maria.id, phrase, ZONE, clock.now).title == title


@pytest.mark.parametrize("phrase, starts", [  # en_34: a medicine by the name people give it
    ("the heart pill twice a day, is that with meals or in between", "Take carvedilol"),
    ("how do i take the water pill", "Take furosemide"),
    # en_41: two letters swapped; who told them is not the task
    ("how do i take my fruosemide", "Take furosemide"),
    ("how do i take my carvedliol", "Take carvedilol"),
    # en_58 / en_59: voice typing spelled the name in pieces
    ("how do i take the fur o semide", "Take furosemide"),
    ("how am i supposed to take the car ved a lol", "Take carvedilol"),
    # en_66: voice typing heard other words
    ("how do I take my fury semi", "Take furosemide"),
    ("the 6.25 one, is that morning and night", "Take carvedilol"),
    (dialogue.task_phrase({"text": "explane the weighing thing again please, the nurse talked so fast"}), "Weigh"),
    (dialogue.task_phrase({"text": "when does the nurse call"}), "Phone check-in"),
    # en_61, and used from outside: who said it is not the task, even when the model tags "nurse"; what they said is
    (dialogue.task_phrase({"text": "the nurse said something about fasting for the lab, how does that work",
                           "entities": [{"entity": "task", "start": 4, "end": 9}]}), "Blood test"),
    (dialogue.task_phrase({"text": "i forgot how the nurse said to take the carvedilol, twice a day? with what"}), "Take carvedilol"),
    # used from outside: "up" in "messing it up" named the cardiology follow-up
    (dialogue.task_phrase({"text": "step by step for weighing myself please I keep messing it up"}), "Weigh"),
    ("when is my follow up", "Cardiology follow-up"),
])
def test_a_medicine_named_by_its_lay_name_is_found(demo_engine, clock, phrase, starts):
    with session_scope(demo_engine) as session:
        dorothy = session.execute(select(Patient).where(Patient.mrn == "SM-10003")).scalar_one()
        assert careplan.find_task(session, dorothy.id, phrase, ZONE, clock.now).title.startswith(starts)


def test_a_question_about_one_task_takes_the_task_the_whole_message_names_most(demo_engine, clock):
    # found by using it: "pills" (tagged) named the water pill; the message names the supper pill
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.task_instructions(session, dorothy, "pills\nwhich of my pills goes with supper", clock)
        assert reply.startswith("Take carvedilol")
        water = assistant.task_instructions(session, dorothy, "water pill\nthe water pill, is it with supper", clock)
        assert water.startswith("Take furosemide")
        # a report keeps the tagged words first
        found = careplan.find_task(session, dorothy.patient_id, "pills\ntook my pills, now for supper", ZONE, clock.now)
        assert found.title.startswith("Take furosemide")


def test_instructions_asked_with_no_task_named_offer_the_days_tasks_by_name(demo_engine, clock):  # en_20
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.task_instructions(session, dorothy, "What are my instructions for today, dear?", clock)
        titles = [o.task.title for o in careplan.due_tasks(session, dorothy.patient_id, "today", ZONE, clock.now)]
        assert titles and reply == say("instructions_which_task_named", "en", names="; ".join(dict.fromkeys(titles)))


@pytest.mark.parametrize("phrase, place", [("how to do #1", 1), ("the second one", 2), ("how do i do number 3", 3)])
def test_instructions_for_a_task_named_by_its_place_in_the_days_list(demo_engine, clock, phrase, place):  # en_75
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        listed = list(dict.fromkeys(o.task for o in careplan.due_tasks(session, dorothy.patient_id, "today", ZONE, clock.now)))
        reply = assistant.task_instructions(session, dorothy, phrase, clock)
        assert len(listed) >= place and reply == careplan.format_instructions(listed[place - 1], "en")


@pytest.mark.parametrize("text, place", [("how to do #1", 1), ("la segunda", 2), ("como hago la tarea 3", 3), ("i take 2 pills", None),
                                         ("first thing in the morning i weigh", None)])
def test_a_place_in_the_list_is_read(text, place):
    assert careplan.place_in_list(text) == place


def test_instructions_for_a_one_time_task_ahead_say_when_it_is(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.task_instructions(session, dorothy, "is the low salt class in person or online", clock)
        task = careplan.find_task(session, dorothy.patient_id, "Low-salt cooking class", ZONE, clock.now)
        assert reply.startswith("Low-salt cooking class: ") and reply.endswith(
            f" When: {careplan.day_and_time(task.due_at, ZONE, clock.now)}.")
        daily = assistant.task_instructions(session, dorothy, "how do i weigh myself", clock)
        assert "When:" not in daily  # a daily task: its times are in the task list


@pytest.mark.parametrize("question, title", [
    ("when is the phone call with the heart nurse", "Phone check-in with the heart failure nurse"),
    ("what time is the low salt cooking class", "Low-salt cooking class"),
])
def test_a_when_question_naming_a_dated_task_gets_that_tasks_day_and_time(demo_engine, clock, question, title):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        task = careplan.find_task(session, dorothy.patient_id, title, ZONE, clock.now)
        when = careplan.day_and_time(careplan.next_occurrence(task, ZONE, clock.now), ZONE, clock.now)
        assert assistant.next_appointment(session, dorothy, clock, question) == say(
            "scheduled_line", "en", title=title, when=when) + (
            " " + say("appointment_where", "en", location=task.location) if task.location else "")


def test_a_when_question_naming_an_overdue_test_says_it_was_due_not_the_next_visit(demo_engine, clock):
    # Dorothy's kidney and potassium blood test was due two days ago and is not done
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        task = careplan.find_task(session, dorothy.patient_id, "Blood test for kidneys and potassium", ZONE, clock.now)
        assert careplan.is_overdue(task, clock.now)
        reply = assistant.next_appointment(session, dorothy, clock, "when am i supposed to get the blood test for my kidneys")
        assert reply.startswith(say("scheduled_overdue", "en", title=task.title,
                                    when=careplan.day_and_time(task.due_at, ZONE, clock.now)))
        task.status = TaskStatus.DONE.value  # done: no longer named, the next appointment instead
        session.flush()
        assert assistant.next_appointment(session, dorothy, clock, "when is the blood test for my kidneys") == \
            assistant.next_appointment(session, dorothy, clock)


def test_a_when_question_naming_no_task_or_the_next_appointment_gets_the_next_appointment(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        plain = assistant.next_appointment(session, dorothy, clock)
        assert assistant.next_appointment(session, dorothy, clock, "when is my next appointment") == plain
        assert assistant.next_appointment(session, dorothy, clock, "what day is my cardiology visit") == plain
        assert plain.startswith(say("appointment_heading_own", "en"))


def test_a_daily_task_is_next_due_at_its_next_time(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        pill = careplan.find_task(session, dorothy.patient_id, "furosemide water pill", ZONE, clock.now)
        nxt = careplan.next_occurrence(pill, ZONE, clock.now)
        assert nxt >= clock.now and nxt - clock.now <= dt.timedelta(days=1)
        assert nxt.astimezone(ZONE).strftime("%H:%M") == "08:00"


def test_a_contact_without_appointment_permission_hears_no_dated_task(demo_engine, clock):
    with session_scope(demo_engine) as session:
        stranger = sender(session, STRANGER)
        assert "Cardiology" not in assistant.next_appointment(session, stranger, clock, "when is my cardiology visit")


@pytest.mark.parametrize("text, kind", [
    ("178.4 2day", "number"), ("wt 180", "weight"), ("scale said 184.0 wrote it down", "weight"),
    ("I weighed 182 this morning", "weight"), ("azucar 95 en ayunas", "sugar"), ("me salio 128", "sugar"),
    ("60622", None), ("911", None), ("take 2 pills", None), ("120/80", None), ("1948", None),
    # blind set es_8
    ("ayunas 115", "sugar"), ("le salio 121 en ayunas a mi mama", "sugar"),
    ("amaneci con dolor de cabeza", None), ("115 pesos me costo", None), ("hoy amaneci con 38.5", None),
    # blind sets en_17 / es_13: a greeting, whose reading, thanks, where it was written down
    ("mornin weight 182 it's on the paper on the fridge", "weight"), ("Dorothy 181.5 this AM", "number"),
    ("buenos dias hoy me salio 109 gracias a dios", "sugar"), ("mami salio 156 esta mañana en ayunas", "sugar"),
    ("good morning", None), ("Dorothy 1948", None), ("mom 60622", None), ("hola 911", None),
    ("me salio 132 hoy en la mañana", "sugar"), ("182.4 again", "number"), ("179.4 and pills taken", "number"),
    # blind set en_19: when it was taken, before or after the number
    ("moms weight this am 181.0", "weight"), ("180.8 lbs 6:45am", "weight"), ("call me at 3pm", None),
    ("hoy me salio 97 en la mañana antes d comer", "sugar"),
    # blind sets en_21 / es_17: written down, "even", who wrote it; woke up at
    ("wrote down 181.6", "number"), ("179 even", "number"), ("moms weight 180.2 today and she wrote it down herself", "weight"),
    ("mi mama amanecio en 112", "number"), ("amaneci con dolor", None),
    # blind set en_22: written in a book; spelled out by voice typing
    ("weight 185.0 wrote it in my book", "weight"), ("one hundred eighty one point two", "number"),
    ("one more question", None), ("two", None),
    # es_54: checked just now
    ("Le acabo de medir el azucar a mami, le salio 156", "sugar"), ("le acabo de medir la presion, que hago", None),
])
def test_a_reading_sent_on_its_own_is_recognised(text, kind):
    assert dialogue.reading(text) == kind


def test_a_reading_sent_on_its_own_records_the_daily_measurement(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.unplaced(session, dorothy, "wt 180", 0, POLICY, clock, channel="sms")
        weigh = careplan.find_task(session, dorothy.patient_id, "weigh", ZONE, clock.now)
        assert weigh.title in reply.text and weigh.title in assistant.unplaced(
            session, dorothy, "178.4", 0, POLICY, clock, channel="sms").text
        recorded = session.execute(select(TaskCompletion).where(TaskCompletion.task_id == weigh.id)).scalars().all()
        assert recorded and recorded[0].channel == "sms"
        stranger = sender(session, STRANGER)
        assert weigh.title not in assistant.unplaced(session, stranger, "wt 180", 0, POLICY, clock).text


def test_a_question_about_an_appointment_is_not_answered_with_another_kind_of_task(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        reply = assistant.next_appointment(session, dorothy, clock, "when is her next heart appt")
        assert "Cardiology" in reply and "nurse" not in reply


def test_a_reading_reported_as_done_records_the_measurement(demo_engine, clock):
    with session_scope(demo_engine) as session:
        dorothy = verified(session, DOROTHY, clock)
        weigh = careplan.find_task(session, dorothy.patient_id, "weigh", ZONE, clock.now)
        assert weigh.title in assistant.report_done(session, dorothy, "178.4 2day", "sms", clock)


def test_a_reading_with_no_such_measurement_on_the_plan_records_nothing_else(demo_engine, clock):
    # Rosa's plan has a morning inhaler and no sugar checks: "me salio 132 hoy en la mañana"
    # must not be recorded as the inhaler because both say "mañana".
    with session_scope(demo_engine) as session:
        rosa = verified(session, "phone:+13125550114", clock, dob="30/01/1958")
        reply = assistant.report_done(session, rosa, "me salio 132 hoy en la mañana", "sms", clock)
        assert not session.execute(select(TaskCompletion)).scalars().all()
        assert "inhalador" not in reply.split(":")[0]


def test_resolving_a_number_takes_one_query_and_keeps_their_language(demo_engine):
    # Every action call resolves who is texting (docs/performance.md): the person and the
    # remembered conversation are read in one statement.
    from sqlalchemy import event
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731 (conn, cursor, statement, ...)
    event.listen(demo_engine, "before_cursor_execute", listener)
    try:
        with session_scope(demo_engine) as session:
            dorothy = identity.resolve(session, DOROTHY)
            count = len(statements)
            maria = identity.resolve(session, "phone:+13125550110")
    finally:
        event.remove(demo_engine, "before_cursor_execute", listener)
    assert dorothy.role == Role.PATIENT and dorothy.language == "en"
    assert count == 1
    assert maria.language == "es"  # on file for her, read from the same row


def test_a_number_is_its_patient_first_else_the_contact_of_the_earliest_consent(engine):
    """One statement reads who a number is (bot/identity.py): a patient's own number is
    the patient even when someone also lists it as a contact; a daughter on file for both
    parents is the contact of the earlier consent, with that consent's permissions and
    her own language, else that patient's; and a number nobody has is nobody."""
    from bot.models import AuthorizedContact, Patient
    day = dt.datetime(2026, 1, 5, 15, tzinfo=dt.timezone.utc)
    with session_scope(engine) as session:
        dad = Patient(mrn="R-1", name="Dad", date_of_birth=dt.date(1940, 1, 1), phone="+13125550301", language="es")
        mum = Patient(mrn="R-2", name="Mum", date_of_birth=dt.date(1942, 1, 1), phone="+13125550302")
        session.add_all([dad, mum])
        session.flush()
        daughter = "+13125550303"
        session.add_all([
            AuthorizedContact(patient_id=mum.id, name="D", phone=daughter, relation="daughter",
                              permissions="tasks", consent_recorded_at=day + dt.timedelta(days=1)),
            AuthorizedContact(patient_id=dad.id, name="D", phone=daughter, relation="daughter",
                              permissions="appointments,tasks", consent_recorded_at=day),
            AuthorizedContact(patient_id=dad.id, name="Mum", phone=mum.phone, relation="wife",
                              permissions="tasks", consent_recorded_at=day)])
        session.flush()
        first = identity.resolve(session, f"phone:{daughter}")
        assert (first.role, first.patient_id, first.permissions, first.language) == \
            (Role.FAMILY, dad.id, frozenset({"appointments", "tasks"}), "es")
        dads_contact = session.get(AuthorizedContact, first.contact_id)
        assert (dads_contact.patient_id, dads_contact.phone) == (dad.id, daughter)
        dads_contact.language = "en"
        session.flush()
        assert identity.resolve(session, f"phone:{daughter}").language == "en"
        mum_herself = identity.resolve(session, f"phone:{mum.phone}")
        assert (mum_herself.role, mum_herself.patient_id, mum_herself.contact_id) == (Role.PATIENT, mum.id, None)
        nobody = identity.resolve(session, "phone:+13125550309")
        assert (nobody.role, nobody.patient_id, nobody.permissions, nobody.language) == \
            (Role.UNKNOWN, None, frozenset(), "en")

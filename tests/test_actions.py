"""The custom actions with rasa_sdk's own Tracker and CollectingDispatcher, against a real
database holding the demo data (SQLite and PostgreSQL)."""
from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions import actions
from bot import safety
from bot.db import session_scope
from bot.identity import identity_metadata
from bot.models import Escalation, OutboundMessage, TaskCompletion

DOROTHY = "phone:+13125550112"
STRANGER = "phone:+13125550999"


@pytest.fixture
def app_db(demo_engine, database_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    return demo_engine


CONVERSATION, MESSAGE_ID = "+13125550112", "SMtest-actions"


def signed(identity: str | None) -> dict:
    """Metadata as the SMS channel signs it for the message the tracker below ends with."""
    return identity_metadata(identity, actions.SETTINGS.secret_key, CONVERSATION, MESSAGE_ID) if identity else {}


def tracker(text: str, intent: str, identity: str | None, slots: dict | None = None, entities=None,
            prior_events: list | None = None, metadata: dict | None = None) -> Tracker:
    message = {"text": text, "intent": {"name": intent, "confidence": 0.99}, "entities": entities or []}
    user_event = {"event": "user", "text": text, "parse_data": message, "input_channel": "sms",
                  "message_id": MESSAGE_ID, "metadata": signed(identity) if metadata is None else metadata}
    return Tracker(CONVERSATION, {"session_started_metadata": signed(identity), **(slots or {})}, message,
                   [*(prior_events or []), user_event], False, None, None, "action_listen")


def run(action, t: Tracker) -> tuple[list[str], list[dict]]:
    dispatcher = CollectingDispatcher()

    async def run_and_let_background_sends_finish():
        # in the action server the loop keeps running; asyncio.run would cancel them
        events = await action.run(dispatcher, t, {})
        await asyncio.gather(*actions._SENDING)
        return events

    events = asyncio.run(run_and_let_background_sends_finish())
    return [m.get("text") or m.get("response") for m in dispatcher.messages], events


def verify_dorothy():
    form = actions.ValidateVerifyForm()
    result = asyncio.run(form.validate_dob_answer("11/20/1948", CollectingDispatcher(),
                                                  tracker("11/20/1948", "inform_dob", DOROTHY), {}))
    assert result == {"dob_answer": "verified"}


def test_session_start_sets_identity_from_the_signed_metadata_only(app_db):
    _, events = run(actions.ActionSessionStart(), tracker("hi", "greet", DOROTHY))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert events[0] == SessionStarted() and events[-1]["name"] == "action_listen"
    assert (slots["identity"], slots["role"], slots["access"]) == (DOROTHY, "patient", "needs_verification")

    forged = tracker("hi", "greet", None, slots={"session_started_metadata": {"identity": DOROTHY, "identity_sig": "x"}})
    _, events = run(actions.ActionSessionStart(), forged)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert (slots["role"], slots["access"], slots["patient_id"]) == ("unknown", "none", None)


def test_tasks_need_verification_and_then_come_from_the_database(app_db):
    texts, _ = run(actions.ActionShowTasks(), tracker("what do i do today", "ask_tasks", DOROTHY))
    assert "date of birth" in texts[0]
    verify_dorothy()
    texts, events = run(actions.ActionShowTasks(), tracker("what do i do today", "ask_tasks", DOROTHY,
                                                           slots={"timeframe": "today"}))
    assert texts[0].startswith("Your care plan today:") and SlotSet("timeframe", None) in events


def test_slots_typed_by_a_user_do_not_grant_access(app_db):
    # Even with every slot claiming a verified patient, an unsigned message is a stranger's.
    claims = {"identity": DOROTHY, "access": "granted", "role": "patient", "patient_id": "3", "verified": True}
    verify_dorothy()
    texts, _ = run(actions.ActionShowTasks(), tracker("tasks", "ask_tasks", None, slots=claims, metadata={}))
    assert "authorized family member" in texts[0]


def test_held_request_is_answered_after_verification(app_db):
    _, events = run(actions.ActionHoldRequest(), tracker("when is my appt", "ask_next_appointment", DOROTHY))
    assert SlotSet("pending_request", "ask_next_appointment") in events
    verify_dorothy()
    texts, events = run(actions.ActionFinishVerification(), tracker(
        "11/20/1948", "inform_dob", DOROTHY, slots={"dob_answer": "verified", "pending_request": "ask_next_appointment"}))
    assert texts[0].startswith("Next appointment:") and SlotSet("access", "granted") in events


def test_another_care_plan_request_while_the_date_is_asked_is_held_instead(app_db):
    form, dispatcher = actions.ValidateVerifyForm(), CollectingDispatcher()
    result = asyncio.run(form.validate_dob_answer("how do i do the scale", dispatcher, tracker(
        "how do i do the scale", "ask_task_instructions", DOROTHY, slots={"pending_request": "ask_tasks"}), {}))
    assert result["dob_answer"] is None and result["pending_request"] == "ask_task_instructions"
    assert "scale" in result["pending_phrase"] and dispatcher.messages == []  # the form asks again, alone
    # a badly typed date still hears why it was not read
    dispatcher = CollectingDispatcher()
    result = asyncio.run(form.validate_dob_answer("nov 1948", dispatcher, tracker("nov 1948", "ask_tasks", DOROTHY), {}))
    assert result == {"dob_answer": None} and "full date" in dispatcher.messages[0]["text"]


def test_three_wrong_dates_lock_and_offer_a_person(app_db):
    form = actions.ValidateVerifyForm()
    outcomes = []
    for _ in range(3):
        dispatcher = CollectingDispatcher()
        outcomes.append(asyncio.run(form.validate_dob_answer(
            "1/1/1961", dispatcher, tracker("1/1/1961", "inform_dob", DOROTHY), {})))
    assert outcomes[:2] == [{"dob_answer": None}] * 2 and outcomes[2] == {"dob_answer": "locked"}
    texts, events = run(actions.ActionFinishVerification(), tracker(
        "1/1/1961", "inform_dob", DOROTHY, slots={"dob_answer": "locked", "pending_request": "ask_tasks"}))
    assert "locked" in texts[0] and SlotSet("pending_offer", "verification_locked") in events


def test_task_done_records_through_the_action(app_db):
    verify_dorothy()
    entities = [{"entity": "task", "value": "medication_assistance", "start": 8, "end": 18}]
    texts, _ = run(actions.ActionReportTaskDone(), tracker("took my carvedilol", "report_task_done", DOROTHY,
                                                           entities=entities))
    assert "carvedilol" in texts[0].lower() and "recorded" in texts[0]
    with session_scope(app_db) as session:
        assert session.execute(select(TaskCompletion.channel)).scalar_one() == "sms"


def test_resources_for_a_stranger_use_the_given_zip(app_db):
    texts, events = run(actions.ActionFindResources(), tracker(
        "60614", "inform_zip", STRANGER, slots={"resource_category": "transportation", "zip": "60614"}))
    assert texts[0].startswith("Help with rides") and SlotSet("resource_category", None) in events


def test_resource_form_skips_the_zip_question_when_the_patient_has_one(app_db):
    form = actions.ValidateResourceForm()
    dispatcher = CollectingDispatcher()
    known = asyncio.run(form.required_slots(["resource_category", "zip"], dispatcher,
                                            tracker("need food", "find_resource", DOROTHY), {}))
    stranger = asyncio.run(form.required_slots(["resource_category", "zip"], dispatcher,
                                               tracker("need food", "find_resource", STRANGER), {}))
    assert known == ["resource_category"] and stranger == ["resource_category", "zip"]


def test_yes_only_accepts_an_offer_made_on_the_last_turn(app_db):
    offer = [{"event": "user", "text": "should i double my dose", "parse_data": {}},
             {"event": "bot", "text": "That's a question for your care team..."},
             {"event": "slot", "name": "pending_offer", "value": "medical_question"}]
    texts, _ = run(actions.ActionHandleAffirm(), tracker("yes", "affirm", STRANGER, prior_events=offer))
    assert "contact you" in texts[0]
    stale = offer + [{"event": "user", "text": "hi", "parse_data": {}}, {"event": "bot", "text": "Hi!"}]
    texts, _ = run(actions.ActionHandleAffirm(), tracker("yes", "affirm", STRANGER, prior_events=stale))
    assert texts[0] == "OK! What can I help you with?"
    with session_scope(app_db) as session:
        assert len(session.execute(select(Escalation)).scalars().all()) == 1


def test_second_misunderstanding_offers_a_person(app_db):
    missed = [{"event": "user", "text": "blorp", "parse_data": {"intent": {"name": "nlu_fallback"}}}]
    first, _ = run(actions.ActionFallback(), tracker("zzz", "nlu_fallback", STRANGER))
    second, events = run(actions.ActionFallback(), tracker("zzz", "nlu_fallback", STRANGER, prior_events=missed))
    assert "say it another way" in first[0] and "case manager" in second[0]
    assert SlotSet("pending_offer", "not_understood") in events


def test_the_fallback_always_ends_its_turn(app_db):
    # Returning no events let the policies predict it again until Rasa's circuit breaker.
    texts, events = run(actions.ActionFallback(), tracker("3/14/1952", "inform_dob", STRANGER))
    assert "on file" in texts[0] and events[-1] == FollowupAction("action_listen")
    answered = [{"event": "user", "text": "hi", "parse_data": {}}]
    spoke = tracker("hi", "greet", STRANGER, prior_events=[])
    spoke.events.append({"event": "bot", "text": "Hi!"})  # this turn already has its reply
    texts, events = run(actions.ActionFallback(), spoke)
    assert texts == [] and events == [FollowupAction("action_listen")]
    assert answered  # a later turn starts afresh:
    texts, _ = run(actions.ActionFallback(), tracker("??", "nlu_fallback", STRANGER, prior_events=answered))
    assert texts and "emoji or symbols" in texts[0]


def test_an_unplaced_message_that_names_a_need_gets_that_help(app_db):
    # the patient's zip is on file: the help at once
    texts, _ = run(actions.ActionFallback(), tracker("i need a walker", "nlu_fallback", DOROTHY))
    assert texts[0].startswith("Help with medical equipment")
    # a stranger: the zip first, then the help of the kind they named
    texts, events = run(actions.ActionFallback(), tracker("i need a walker", "nlu_fallback", STRANGER))
    assert "zip code" in texts[0] and SlotSet("resource_category", "medical_equipment") in events
    texts, events = run(actions.ActionFallback(), tracker("60622", "inform_zip", STRANGER,
                                                          slots={"resource_category": "medical_equipment"}))
    assert texts[0].startswith("Help with medical equipment") and SlotSet("resource_category", None) in events


def test_the_resource_form_reads_a_described_need(app_db):
    form = actions.ValidateResourceForm()

    def category(text, intent="find_resource", slots=None, entity=None):
        t = tracker(text, intent, STRANGER, slots=slots)
        if entity is not None:
            return asyncio.run(form.validate_resource_category(entity, CollectingDispatcher(), t, {}))
        return asyncio.run(form.extract_resource_category(CollectingDispatcher(), t, {}))

    assert category("my car broke down and chemo is tuesday") == {"resource_category": "transportation"}
    # a tagged word that names no category falls back to the message
    assert category("need a bath bench for my wife", entity="bench") == {"resource_category": "medical_equipment"}
    assert category("i need help") == {}  # no need named: the form asks
    # a category left from an earlier turn's words is not this request's (found by using the web chat)
    assert category("quiero hacer un poder pa que mi hija decida por mi", slots={"resource_category": "education"}) \
        == {"resource_category": "legal"}
    assert category("i need help", slots={"resource_category": "education"}) == {"resource_category": None}
    # another request while the form waits is not read as a need (the form yields to it)
    assert category("when is my appointment", "ask_next_appointment", {"requested_slot": "resource_category"}) == {}
    # two kinds tagged: the one the whole message names (found by using the web chat: the last tag, the class, won)
    two = tracker("mom needs a ride to the cooking class and back home", "find_resource", STRANGER,
                  entities=[{"entity": "resource_category", "value": "transportation"},
                            {"entity": "resource_category", "value": "education"}])
    assert asyncio.run(form.validate_resource_category("education", CollectingDispatcher(), two, {})) \
        == {"resource_category": "transportation"}


def test_a_date_nobody_asked_for_verifies_or_says_where_the_sender_stands(app_db):
    texts, events = run(actions.ActionFallback(), tracker("11/20/1948", "inform_dob", DOROTHY))
    assert "you're verified" in texts[0] and SlotSet("access", "granted") in events
    texts, _ = run(actions.ActionFallback(), tracker("11/20/1948", "inform_dob", DOROTHY))
    assert "already verified" in texts[0]
    texts, _ = run(actions.ActionFallback(), tracker("60612", "inform_zip", STRANGER))
    assert "near 60612" in texts[0]


def test_the_dialogue_sends_no_second_crisis_text_when_the_channel_answered(app_db):
    flagged = {**signed(STRANGER), "crisis_answered": True}
    # a forged flag with no urgent escalation on record silences nothing
    texts, _ = run(actions.ActionCrisisResponse(), tracker("i want to die", "report_emergency", STRANGER,
                                                           metadata=flagged))
    assert "988" in texts[0]
    texts, events = run(actions.ActionCrisisResponse(), tracker("i want to die", "report_emergency", STRANGER,
                                                                metadata=flagged))
    assert texts == [] and SlotSet("handoff", True) in events


def test_crisis_gets_guidance_and_an_urgent_escalation_for_anyone(app_db):
    texts, events = run(actions.ActionCrisisResponse(), tracker("i cant breathe and my lips are blue",
                                                                "report_emergency", STRANGER))
    assert texts[0] == safety.response_text(safety.Kind.MEDICAL_EMERGENCY) and SlotSet("handoff", True) in events
    with session_scope(app_db) as session:
        priorities = session.execute(select(Escalation.priority)).scalars().all()
        notified = session.execute(select(OutboundMessage).where(OutboundMessage.purpose == "notification")).scalars().all()
    assert priorities == ["urgent"]
    # the on-call case manager was notified at once (simulated: no Twilio account here), without PHI
    assert [n.status for n in notified] == ["simulated"] and notified[0].body.startswith("New urgent request #")


def test_spanish_crisis_gets_the_spanish_guidance(app_db):
    texts, _ = run(actions.ActionCrisisResponse(), tracker("ya no quiero vivir, me quiero matar", "report_emergency",
                                                           STRANGER))
    assert texts[0] == safety.response_text(safety.Kind.SUICIDE_SELF_HARM, "es") and "AYUDA" in texts[0]


def test_classifier_only_crisis_gets_a_check_in_and_an_urgent_escalation(app_db):
    # the rules see nothing here; only the model said report_emergency
    texts, events = run(actions.ActionCrisisResponse(), tracker("I weighed myself", "report_emergency", STRANGER))
    assert texts == [safety.CHECK_IN_RESPONSE] and "911" in texts[0] and "988" in texts[0]
    assert SlotSet("handoff", True) not in events  # the assistant keeps answering
    with session_scope(app_db) as session:
        rows = session.execute(select(Escalation.priority, Escalation.reason)).all()
    assert rows == [("urgent", "safety_check")]
    # a later crisis the rules see joins the same escalation and gets the full reply
    texts, events = run(actions.ActionCrisisResponse(), tracker("he is not breathing", "report_emergency", STRANGER))
    assert texts == [safety.response_text(safety.Kind.MEDICAL_EMERGENCY)] and SlotSet("handoff", True) in events
    with session_scope(app_db) as session:
        assert session.execute(select(Escalation.priority)).scalars().all() == ["urgent"]


def test_crisis_guidance_survives_a_database_outage(app_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    texts, _ = run(actions.ActionCrisisResponse(), tracker("i want to kill myself", "report_emergency", STRANGER))
    assert "988" in texts[0]


def test_database_outage_gets_a_safe_reply_not_an_error(app_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    texts, _ = run(actions.ActionShowTasks(), tracker("what do i do today", "ask_tasks", DOROTHY))
    assert "can't look that up right now" in texts[0]
    _, events = run(actions.ActionSessionStart(), tracker("hi", "greet", DOROTHY))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert (slots["role"], slots["access"]) == ("unknown", "none")


def test_an_unsure_classifier_only_check_in_asks_for_a_high_priority_call_back(app_db):
    # the model's report_emergency below the paging confidence: the same gentle check-in,
    # but a high-priority escalation instead of an urgent page (docs/safety.md)
    t = tracker("this heat is unbearable", "report_emergency", STRANGER)
    t.latest_message["intent"]["confidence"] = 0.7
    texts, events = run(actions.ActionCrisisResponse(), t)
    assert texts == [safety.CHECK_IN_RESPONSE] and SlotSet("handoff", True) not in events
    with session_scope(app_db) as session:
        rows = session.execute(select(Escalation.priority, Escalation.reason)).all()
    assert rows == [("high", "safety_check_unsure")]


def test_a_check_in_on_low_mood_also_offers_the_help_described(app_db):
    # the model reads low mood as a possible crisis: "are you safe?" first, then counselling
    texts, _ = run(actions.ActionCrisisResponse(), tracker("i'm sad all the time and don't want to do anything",
                                                           "report_emergency", STRANGER))
    assert len(texts) == 1 and safety.is_check_in(texts[0])
    check_in, support = texts[0].split("\n", 1)
    assert check_in == safety.CHECK_IN_RESPONSE and support.startswith("If it helps, places for emotional support:")
    texts, _ = run(actions.ActionCrisisResponse(), tracker("me siento muy triste y sola, quiero hablar con alguien",
                                                           "report_emergency", STRANGER))
    assert texts[0].startswith(safety.check_in_response("es") + "\nSi le sirve, lugares para")


def test_a_check_in_on_danger_words_offers_no_directory_list(app_db):
    # found by using it: being followed home "from the bus stop" had rides listed under the check-in
    texts, _ = run(actions.ActionCrisisResponse(), tracker("someone's following me home from the bus stop, I'm scared",
                                                           "report_emergency", STRANGER))
    assert texts == [safety.CHECK_IN_RESPONSE]


def test_a_check_in_survives_a_database_outage(app_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    texts, _ = run(actions.ActionCrisisResponse(), tracker("feeling so sad and alone", "report_emergency", STRANGER))
    assert texts == [safety.CHECK_IN_RESPONSE]


def test_a_number_in_a_request_is_not_told_it_is_no_zip(app_db):  # found by using the web chat
    form = actions.ValidateResourceForm()

    def said(text, slots):
        dispatcher = CollectingDispatcher()
        result = asyncio.run(form.validate_zip("2019", dispatcher, tracker(text, "find_resource", STRANGER, slots=slots), {}))
        return result, [m.get("text") for m in dispatcher.messages]

    result, texts = said("paralizado desde el 2019, necesito una silla de ruedas", {})
    assert result == {"zip": None} and texts == []
    result, texts = said("2019", {"requested_slot": "zip"})
    assert result == {"zip": None} and texts and "zip" in texts[0].lower()


def test_a_zip_right_after_a_list_asks_for_the_same_help_there(app_db):  # found by using the web chat
    food_listed = [{"event": "user", "text": "do churches around here give out food",
                    "parse_data": {"intent": {"name": "find_resource"}}},
                   {"event": "slot", "name": "resource_category", "value": "food"},
                   {"event": "action", "name": "action_find_resources"},
                   {"event": "bot", "text": "Help with food: ..."},
                   {"event": "slot", "name": "resource_category", "value": None},
                   {"event": "action", "name": "action_listen"}]
    texts, events = run(actions.ActionFallback(), tracker("60615", "inform_zip", DOROTHY, prior_events=food_listed))
    assert texts[0].startswith("Help with food") and SlotSet("zip", "60615") in events
    # a zip after anything else still asks what help is wanted there
    texts, _ = run(actions.ActionFallback(), tracker("60615", "inform_zip", DOROTHY, prior_events=[
        {"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet"}}},
        {"event": "action", "name": "utter_greet"}, {"event": "action", "name": "action_listen"}]))
    assert "60615" in texts[0] and not texts[0].startswith("Help with")

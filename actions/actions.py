"""Custom actions: read slots, call one function in bot/, send its reply.

rasa-sdk awaits run() on its event loop, so the blocking database work runs in a worker
thread (`_db`), each call with its own session.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from typing import Any, Callable

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import ActionExecuted, EventType, FollowupAction, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from bot import (advice, assistant, catalogue, coverage, dialogue, escalation, identity, intent_guards, messaging, reminder_policy,
                 reminders, resources, safety)
from bot.catalogue import say
from bot.channels.guard import CRISIS_ANSWERED, LANGUAGE, safety_language
from bot.clock import clinic_zone, now_utc
from bot.config import load_settings
from bot.db import session_scope
from bot.identity import Outcome, VerificationPolicy

SETTINGS = load_settings()
COVERAGE = coverage.from_settings(SETTINGS)
NOTIFIER = messaging.SmsSender(SETTINGS)  # one per process: it holds the Twilio HTTP session
log = logging.getLogger(__name__)


REMINDERS = reminder_policy.load(SETTINGS.reminders_file, clinic_zone(SETTINGS.timezone))  # a bad file stops start-up


def _clock() -> assistant.Clock:
    return assistant.Clock(now_utc(), clinic_zone(SETTINGS.timezone), REMINDERS)


def _sender_slots(facts: assistant.SessionFacts) -> list[EventType]:
    """Who the conversation is with, as the session start and a reminder set it."""
    return [SlotSet("identity", facts.identity), SlotSet("role", facts.role), SlotSet("access", facts.access),
            SlotSet("verified", facts.verified), SlotSet("patient_id", facts.patient_id),
            SlotSet("contact_id", facts.contact_id)]


def _latest_user_event(tracker: Tracker) -> dict:
    return next((e for e in reversed(tracker.events) if e.get("event") == "user"), None) or {}


def _latest_metadata(tracker: Tracker) -> dict:
    return _latest_user_event(tracker).get("metadata") or {}


def _vouched_identity(tracker: Tracker) -> str | None:
    """The identity signed into the latest user message by a trusted channel. Read per
    message, not from the slot: a message that arrived another way (e.g. the development
    REST channel posting into an SMS conversation) carries none and is treated as unknown.
    The signature covers this conversation, this message's id and when it was signed, so
    one copied from another message, another conversation or more than a few minutes ago
    identifies nobody."""
    latest = _latest_user_event(tracker)
    return identity.identity_from_metadata(latest.get("metadata"), SETTINGS.secret_key, tracker.sender_id,
                                           latest.get("message_id"))


def _with_sender(fn: Callable, tracker: Tracker, *args: Any, **kwargs: Any) -> Any:
    with session_scope() as session:
        sender = identity.resolve(session, _vouched_identity(tracker))
        return fn(session, sender, *args, **kwargs)


async def _db(fn: Callable, tracker: Tracker, *args: Any, fallback: Any = None, **kwargs: Any) -> Any:
    """Run `fn(session, sender, *args)` off the event loop, in its own transaction. If the
    database is unreachable, log it and return `fallback` (by default a safe reply), so
    the person still hears something useful and nothing half-written is kept."""
    try:
        return await asyncio.to_thread(_with_sender, fn, tracker, *args, **kwargs)
    except SQLAlchemyError:
        log.exception("database unavailable during %s", getattr(fn, "__name__", "an action"))
        return say("unavailable", _language(tracker)) if fallback is None else fallback


def _language(tracker: Tracker) -> str:
    """The reply language the channel chose for this message (bot/language.py); replies
    built from the database use the sender's, which the channel's choice is made from."""
    metadata = (tracker.latest_message or {}).get("metadata") or {}
    return catalogue.normalize(metadata.get(LANGUAGE))


def _channel(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def _intent(tracker: Tracker) -> str | None:
    return (tracker.latest_message or {}).get("intent", {}).get("name")


class ActionSessionStart(Action):
    """Resolve who is texting from the identity a trusted channel signed, never from text."""

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> list[EventType]:
        # The message that starts the session is not in the tracker yet: identity, conversation and freshness.
        vouched = identity.session_identity_from_metadata(tracker.get_slot("session_started_metadata"),
                                                          SETTINGS.secret_key, tracker.sender_id)

        def start() -> assistant.SessionFacts:
            with session_scope() as session:
                return assistant.start_session(session, vouched, _clock())

        try:
            facts = await asyncio.to_thread(start)
        except SQLAlchemyError:  # nobody is identified without the database: general help only
            log.exception("database unavailable at session start")
            facts = assistant.SessionFacts(vouched, "unknown", "none", None, None)
        # a zip someone gave is theirs in the next session too (bot/session_rollover.py)
        kept_zip = [SlotSet("zip", tracker.get_slot("zip"))] if tracker.get_slot("zip") else []
        return [
            SessionStarted(),
            *_sender_slots(facts),
            *kept_zip,
            ActionExecuted("action_listen"),
        ]


class ActionShowTasks(Action):
    def name(self) -> str:
        return "action_show_tasks"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=await _db(assistant.show_tasks, tracker, tracker.get_slot("timeframe"), _clock()))
        return [SlotSet("timeframe", None)]


class ActionNextAppointment(Action):
    def name(self) -> str:
        return "action_next_appointment"

    async def run(self, dispatcher, tracker, domain):
        phrase = dialogue.task_phrase(tracker.latest_message)
        dispatcher.utter_message(text=await _db(assistant.next_appointment, tracker, _clock(), phrase))
        return []


def _medical_advice_asked(dispatcher, tracker) -> list[EventType] | None:
    """A question about a dose, a symptom or a reading, read by the classifier as a
    care-plan request: declined, with the care team offered (bot/advice.py)."""
    text = (tracker.latest_message or {}).get("text") or ""
    if not advice.asks_medical_advice(text) or intent_guards.answered_by_the_plan(text):
        return None
    dispatcher.utter_message(text=say("medical_question", _language(tracker)))
    return [SlotSet("pending_offer", "medical_question")]


class ActionTaskInstructions(Action):
    def name(self) -> str:
        return "action_task_instructions"

    async def run(self, dispatcher, tracker, domain):
        declined = _medical_advice_asked(dispatcher, tracker)
        if declined is not None:
            return declined
        phrase = dialogue.task_phrase(tracker.latest_message)
        dispatcher.utter_message(text=await _db(assistant.task_instructions, tracker, phrase, _clock()))
        return []


class ActionReportTaskDone(Action):
    def name(self) -> str:
        return "action_report_task_done"

    async def run(self, dispatcher, tracker, domain):
        declined = _medical_advice_asked(dispatcher, tracker)  # "98/60 today, is that too low?"
        if declined is not None:
            return declined
        phrase = dialogue.task_phrase(tracker.latest_message)
        reply = await _db(assistant.report_done, tracker, phrase, _channel(tracker), _clock())
        dispatcher.utter_message(text=reply)
        return []


# The care-plan request held while the sender verifies, and how to answer it afterwards.
HELD_REQUESTS: dict[str, Callable[[Tracker], tuple]] = {
    "ask_tasks": lambda t: (assistant.show_tasks, t.get_slot("timeframe")),
    "ask_next_appointment": lambda t: (functools.partial(assistant.next_appointment, phrase=t.get_slot("pending_phrase")),),
    "ask_task_instructions": lambda t: (assistant.task_instructions, t.get_slot("pending_phrase")),
    "report_task_done": lambda t: (assistant.report_done, t.get_slot("pending_phrase"), _channel(t)),
}


class ActionHoldRequest(Action):
    def name(self) -> str:
        return "action_hold_request"

    async def run(self, dispatcher, tracker, domain):
        return [SlotSet("pending_request", _intent(tracker)),
                SlotSet("pending_phrase", dialogue.task_phrase(tracker.latest_message))]


class ValidateVerifyForm(FormValidationAction):
    def name(self) -> str:
        return "validate_verify_form"

    async def validate_dob_answer(self, slot_value: Any, dispatcher, tracker, domain) -> dict:
        policy = VerificationPolicy.from_settings(SETTINGS)
        reply = await _db(assistant.verify, tracker, str(slot_value or ""), policy, _clock(),
                          fallback=assistant.VerificationReply(Outcome.UNREADABLE, say("unavailable", _language(tracker))))
        if reply.outcome in (Outcome.VERIFIED, Outcome.LOCKED):
            return {"dob_answer": reply.outcome.value}
        if reply.outcome is Outcome.UNREADABLE and _another_care_plan_request(tracker, str(slot_value or "")):
            # "how do I do the scale" while the date is asked: not a bad date but a new request,
            # held instead of the first; the form asks for the date again, nothing else is said
            return {"dob_answer": None, "pending_request": _intent(tracker),
                    "pending_phrase": dialogue.task_phrase(tracker.latest_message)}
        dispatcher.utter_message(text=reply.text)
        return {"dob_answer": None}


def _another_care_plan_request(tracker: Tracker, text: str) -> bool:
    """A care-plan request with no digit in it (a date typed badly keeps "couldn't read that")."""
    return _intent(tracker) in HELD_REQUESTS and not any(c.isdigit() for c in text)


class _Ask(Action):
    """A form's question for its next slot."""

    action_name = ""
    message_id = ""

    def name(self) -> str:
        return self.action_name

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=say(self.message_id, _language(tracker)))
        return []


class ActionAskDob(_Ask):
    action_name, message_id = "action_ask_dob_answer", "ask_dob"


class ActionAskResourceCategory(_Ask):
    action_name, message_id = "action_ask_resource_category", "ask_category"


class ActionAskZip(_Ask):
    action_name, message_id = "action_ask_zip", "ask_zip"


class ActionFinishVerification(Action):
    def name(self) -> str:
        return "action_finish_verification"

    async def run(self, dispatcher, tracker, domain):
        events: list[EventType] = [SlotSet("dob_answer", None), SlotSet("pending_request", None),
                                   SlotSet("pending_phrase", None)]
        if tracker.get_slot("dob_answer") != Outcome.VERIFIED.value:
            dispatcher.utter_message(text=say("locked", _language(tracker)))
            return events + [SlotSet("access", "locked"), SlotSet("pending_offer", "verification_locked")]
        events += [SlotSet("access", "granted"), SlotSet("verified", True)]
        held = HELD_REQUESTS.get(tracker.get_slot("pending_request"))
        if held is None:
            dispatcher.utter_message(text=say("verified_what_next", _language(tracker)))
            return events
        fn, *args = held(tracker)
        dispatcher.utter_message(text=await _db(fn, tracker, *args, _clock()))
        return events + [SlotSet("timeframe", None)]


# Requests the resource form yields to (data/rules/forms.yml): never read as a need.
OTHER_REQUESTS = frozenset({"ask_tasks", "ask_next_appointment", "ask_task_instructions", "report_task_done",
                            "cannot_make_appointment", "medical_question", "request_human", "deny",
                            "report_emergency"})


def _tagged_category(tracker: Tracker) -> bool:
    """Whether the classifier tagged a category word in the latest message itself."""
    return any(e.get("entity") == "resource_category" for e in (tracker.latest_message or {}).get("entities") or [])


async def _need_in_message(tracker: Tracker) -> str | None:
    """The kind of help the latest message describes: the category vocabulary, then a
    search of the directory. Not for a message that asks for something else."""
    requested = tracker.get_slot("requested_slot")
    if (requested is None and _intent(tracker) != "find_resource") or _intent(tracker) in OTHER_REQUESTS:
        return None
    text = (tracker.latest_message or {}).get("text") or ""
    return await _db(assistant.need_category, tracker, text, fallback="") or None


class ValidateResourceForm(FormValidationAction):
    def name(self) -> str:
        return "validate_resource_form"

    async def required_slots(self, domain_slots, dispatcher, tracker, domain) -> list[str]:
        if tracker.get_slot("zip"):
            return domain_slots
        zip_on_file = await _db(assistant.patient_zip, tracker, fallback="")
        return [slot for slot in domain_slots if slot != "zip"] if zip_on_file else domain_slots

    async def extract_resource_category(self, dispatcher, tracker, domain) -> dict:
        # The classifier tags the category words it knows; otherwise the need is read from
        # the message itself (validate_resource_category).
        requested = tracker.get_slot("requested_slot")
        if requested not in (None, "resource_category"):
            return {}
        if tracker.get_slot("resource_category") and (requested or _tagged_category(tracker)):
            return {}
        # a category left from an earlier turn's words ("en la clase ..." then "quiero hacer un poder ...")
        # is not this request's: read the need from this message, or ask
        found = await _need_in_message(tracker)
        if found or tracker.get_slot("resource_category"):
            return {"resource_category": found}
        return {}

    async def validate_resource_category(self, slot_value, dispatcher, tracker, domain) -> dict:
        # A tagged word that names no category ("bench", "feeling") falls back to the message.
        entities = [e for e in (tracker.latest_message or {}).get("entities") or [] if e.get("entity") == "resource_category"]
        tagged = [str(e.get("value")) for e in entities]
        text = (tracker.latest_message or {}).get("text") or ""
        typed = tuple(text[e["start"]:e["end"]] for e in entities if isinstance(e.get("start"), int) and isinstance(e.get("end"), int))
        found = resources.one_of_the_tagged(tagged, text, typed) or resources.normalize_category(str(slot_value)) \
            or await _need_in_message(tracker)
        return {"resource_category": found}

    async def validate_zip(self, slot_value, dispatcher, tracker, domain) -> dict:
        value = str(slot_value or "").strip()
        if len(value) == 5 and value.isdigit():
            return {"zip": value}
        # Only an answer to the zip question is told it is not one: "paralizado desde el 2019, necesito una
        # silla de ruedas" asked for help, and its year is no zip (found by using the web chat)
        if tracker.get_slot("requested_slot") == "zip":
            dispatcher.utter_message(text=say("zip_invalid", _language(tracker)))
        return {"zip": None}


def _asked_for_help(tracker: Tracker) -> str:
    """The message that started this search (later ones may only be a zip code)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user" and (event.get("parse_data") or {}).get("intent", {}).get("name") == "find_resource":
            return event.get("text") or ""
    return (tracker.latest_message or {}).get("text") or ""


class ActionFindResources(Action):
    def name(self) -> str:
        return "action_find_resources"

    async def run(self, dispatcher, tracker, domain):
        def find(session, sender):
            zip_code = tracker.get_slot("zip") or assistant.patient_zip(session, sender)
            return assistant.find_help(session, sender, tracker.get_slot("resource_category"), zip_code,
                                       need=_asked_for_help(tracker))

        dispatcher.utter_message(text=await _db(find, tracker))
        return [SlotSet("resource_category", None)]


async def _escalate(tracker: Tracker, reason: str) -> str:
    """Open (or join) the conversation's escalation, and send the staff notification it
    queued in the background."""
    reply = await _db(assistant.escalate, tracker, conversation_id=tracker.sender_id, channel=_channel(tracker),
                      reason=reason, clock=_clock(), coverage=COVERAGE, console_url=SETTINGS.console_url)
    task = asyncio.create_task(_send_notifications())
    _SENDING.add(task)  # keep a reference until it is done, or the task may be garbage-collected
    task.add_done_callback(_SENDING.discard)
    return reply


_SENDING: set[asyncio.Task] = set()


async def _send_notifications() -> None:
    """Not awaited by the action: a slow or failing Twilio (retries take seconds) must never
    hold up the reply to the person, least of all crisis guidance. The row is the durable
    queue: what fails here is sent again by the console's watch."""
    try:
        await NOTIFIER.deliver_due()
    except Exception:
        log.exception("could not send the staff notification now; it stays queued")


class ActionOfferEscalation(Action):
    """No medical advice: offer the care team instead."""

    def name(self) -> str:
        return "action_offer_escalation"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=say("medical_question", _language(tracker)))
        return [SlotSet("pending_offer", "medical_question")]


def _handed_off(reply: str) -> list[EventType]:
    """From now on a case manager has the conversation (unless the escalation failed)."""
    return [] if catalogue.is_any("unavailable", reply) else [SlotSet("handoff", True)]


class ActionEscalate(Action):
    def name(self) -> str:
        return "action_escalate"

    async def run(self, dispatcher, tracker, domain):
        reason = _intent(tracker) if _intent(tracker) in assistant.ESCALATION_REASONS else "request_human"
        reply = await _escalate(tracker, reason)
        if reason == "cannot_make_appointment":
            text = (tracker.latest_message or {}).get("text") or ""
            rides = await _db(assistant.rides_if_needed, tracker, text, fallback="")
            reply = f"{reply}\n{rides}" if rides else reply
        dispatcher.utter_message(text=reply)
        return [SlotSet("pending_offer", None), *_handed_off(reply)]


async def _note_for_case_manager(tracker: Tracker) -> bool:
    """Stamp the conversation's open escalation with this message (the console's inbox
    shows it); False when none is open any more. With the database down, assume it is."""
    return await _db(lambda session, _sender: escalation.note_patient_message(session, tracker.sender_id, now_utc()),
                     tracker, fallback=True)


class ActionRelayToCaseManager(Action):
    """During a hand-off the message is for the case manager: say nothing here (the channel
    acknowledges once per quiet spell, bot/channels/guard.py). If the escalation was
    closed some other way, hand the conversation back."""

    def name(self) -> str:
        return "action_relay_to_case_manager"

    async def run(self, dispatcher, tracker, domain):
        if await _note_for_case_manager(tracker):
            return []
        dispatcher.utter_message(text=say("earlier_request_closed", _language(tracker)))
        return [SlotSet("handoff", False)]


class ActionSendReminder(Action):
    """A reminder the scheduler claimed (bot/reminders.py), entering the conversation as
    the external intent EXTERNAL_reminder with its id. `mark_sent` lets each reminder be
    said once, and only in its own conversation, so a repeated trigger says nothing. The
    reminder's recipient, recorded by the scheduler, is who this conversation is with: the
    session's slots are set from it (a trigger after an hour's silence starts a session
    with no channel to vouch for anyone)."""

    def name(self) -> str:
        return "action_send_reminder"

    async def run(self, dispatcher, tracker, domain):
        reminder_id = next((e.get("value") for e in (tracker.latest_message or {}).get("entities") or []
                            if e.get("entity") == "reminder_id"), None)
        if not str(reminder_id or "").isdigit():
            return []

        def send(session, _sender):
            clock = _clock()
            outgoing = reminders.mark_sent(session, int(reminder_id), tracker.sender_id, clock.now, REMINDERS)
            return (outgoing, assistant.start_session(session, outgoing.recipient, clock)) if outgoing else None

        sent = await _db(send, tracker, fallback=False)
        if not sent:
            return []
        outgoing, facts = sent
        dispatcher.utter_message(text=outgoing.text)
        return [*_sender_slots(facts), SlotSet("pending_offer", "reminder")]


class ActionSnoozeReminder(Action):
    """"later" after a reminder: once more, a little later."""

    def name(self) -> str:
        return "action_snooze_reminder"

    async def run(self, dispatcher, tracker, domain):
        dispatcher.utter_message(text=await _db(assistant.snooze, tracker, _clock()))
        return [SlotSet("pending_offer", None)]


class ActionHandleAffirm(Action):
    """"yes" accepts whatever the bot offered on its last turn, if anything; right after a
    reminder ("sí", "yes I did") it reports the reminded task done."""

    def name(self) -> str:
        return "action_handle_affirm"

    async def run(self, dispatcher, tracker, domain):
        offer = dialogue.live_offer(tracker.events)
        spoke = dialogue.previous_user_message_at(tracker.events)
        spoke_before = dt.datetime.fromtimestamp(spoke, dt.timezone.utc) if spoke else None
        if offer == "reminder" or (offer is None and await _db(assistant.reminder_pending, tracker, _clock(), spoke_before,
                                                               fallback=False)):
            confidence = (tracker.latest_message or {}).get("intent", {}).get("confidence")
            if assistant.sure_yes(confidence):
                reply = await _db(assistant.report_done, tracker, "", _channel(tracker), _clock())
            else:  # maybe not a yes at all: nothing recorded, and they are told how to say done
                reply = await _db(assistant.not_yet, tracker, _clock())
            dispatcher.utter_message(text=reply)
            return [SlotSet("pending_offer", None)]
        if offer not in assistant.ESCALATION_REASONS:
            dispatcher.utter_message(text=say("ok_what_help", _language(tracker)))
            return [SlotSet("pending_offer", None)]
        reply = await _escalate(tracker, offer)
        dispatcher.utter_message(text=reply)
        return [SlotSet("pending_offer", None), *_handed_off(reply)]


class ActionHandleDeny(Action):
    def name(self) -> str:
        return "action_handle_deny"

    async def run(self, dispatcher, tracker, domain):
        if dialogue.live_offer(tracker.events) == "reminder":
            dispatcher.utter_message(text=await _db(assistant.not_yet, tracker, _clock()))
        elif dialogue.live_offer(tracker.events):
            dispatcher.utter_message(text=say("ok_wont", _language(tracker)))
        else:
            dispatcher.utter_message(text=say("anything_else", _language(tracker)))
        return [SlotSet("pending_offer", None)]


class ActionFallback(Action):
    """A message the dialogue could not place (the NLU fallback, and Rasa's core fallback
    when no policy is sure what to do next): a useful answer by what it looks like, then
    the turn ends. It always ends the turn (FollowupAction listen): returning nothing would
    let the policies predict this action again and again until Rasa's circuit breaker
    stops the turn, leaving the conversation stuck."""

    def name(self) -> str:
        return "action_fallback"

    async def run(self, dispatcher, tracker, domain):
        end_turn = FollowupAction("action_listen")
        if dialogue.bot_spoke_this_turn(tracker.events):
            return [end_turn]  # the turn already has its answer; only the next step was unclear
        if tracker.get_slot("handoff"):  # the message is for the case manager, as in the relay
            await _note_for_case_manager(tracker)
            return [end_turn]
        text = (tracker.latest_message or {}).get("text") or ""
        policy = VerificationPolicy.from_settings(SETTINGS)
        reply = await _db(assistant.unplaced, tracker, text, dialogue.consecutive_fallbacks(tracker.events),
                          policy, _clock(),
                          tracker.get_slot("resource_category") or dialogue.category_just_listed(tracker.events),
                          _channel(tracker),
                          fallback=assistant.UnplacedReply(say("unavailable", _language(tracker))))
        dispatcher.utter_message(text=reply.text)
        events: list[EventType] = [SlotSet("pending_offer", reply.offer)]
        if reply.zip_code:
            events.append(SlotSet("zip", reply.zip_code))
        if reply.category is not None:
            events.append(SlotSet("resource_category", reply.category or None))
        if reply.access:
            events += [SlotSet("access", reply.access), SlotSet("verified", reply.access == "granted")]
        return events + [end_turn]


class ActionCrisisResponse(Action):
    """Emergency guidance at once, and an urgent escalation, whoever is texting, when the
    deterministic detector flags the message. When the channel already sent the guidance
    and opened the escalation (bot/channels/guard.py) the dialogue only records the
    hand-off: no second copy. When only the classifier saw a crisis, a gentler safety
    check-in, with an escalation that is urgent when the model is sure (docs/safety.md).
    The reply is in the person's language (`safety_language`)."""

    def name(self) -> str:
        return "action_crisis_response"

    async def run(self, dispatcher, tracker, domain):
        if _latest_metadata(tracker).get(CRISIS_ANSWERED) and await _urgent_escalation_open(tracker):
            return [SlotSet("pending_offer", None), SlotSet("handoff", True)]
        text = (tracker.latest_message or {}).get("text") or ""
        found = safety.assess(text)
        spoken = safety_language(found, text, _language(tracker))
        if found.kind == safety.Kind.NONE:
            return await _safety_check_in(dispatcher, tracker, text, spoken)
        dispatcher.utter_message(text=safety.response_text(found.kind, spoken))
        try:
            reply = await _escalate(tracker, "crisis")
        except Exception:  # the guidance above must reach the person even if the database is down
            log.exception("could not record the urgent escalation for conversation %s", tracker.sender_id)
            reply = say("unavailable", _language(tracker))
        return [SlotSet("pending_offer", None), *_handed_off(reply)]


async def _safety_check_in(dispatcher, tracker: Tracker, text: str, language: str) -> list[EventType]:
    """The classifier alone: "are you safe?" with the 911 and 988 lines, help of the kind
    the message describes if it describes one, and an escalation
    (urgent when the model is sure, else high) so a case manager checks in; the
    conversation stays with the assistant (no hand-off), so a false alarm costs one
    gentle message, not a silent bot."""
    support = await _db(assistant.support_after_check_in, tracker, text, language, fallback="")
    dispatcher.utter_message(text="\n".join(filter(None, [safety.check_in_response(language), support])))
    confidence = ((tracker.latest_message or {}).get("intent") or {}).get("confidence")
    try:
        await _escalate(tracker, assistant.check_in_reason(confidence))
    except Exception:
        log.exception("could not record the safety check-in for conversation %s", tracker.sender_id)
    return [SlotSet("pending_offer", None)]


async def _urgent_escalation_open(tracker: Tracker) -> bool:
    """The channel's word that it answered a crisis is checked against the database: a
    forged flag cannot silence the guidance for a conversation that has none."""
    def urgent(session, _sender) -> bool:
        found = escalation.open_for_conversation(session, tracker.sender_id)
        return found is not None and found.priority == "urgent"
    return bool(await _db(urgent, tracker, fallback=False))

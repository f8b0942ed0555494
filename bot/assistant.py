"""What the assistant answers to each request, given who is asking.

Each function takes a database session and plain values and returns the reply text, so
the custom actions in actions/ stay glue and all of this is tested without Rasa. Access is
checked against the database on every request (not trusted from the tracker), and every
look at a patient's record is audited.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot import (advice, audit, careplan, dialogue, escalation, identity, reminder_policy, reminders, resource_search,
                 resources, safety, safety_net)
from bot.catalogue import say
from bot.coverage import Coverage
from bot.identity import Access, Outcome, Role, Sender, VerificationPolicy
from bot.models import CareTask, ContactPermission, Patient, Priority, Reminder, TaskKind

# Words that say the trip is to care (so moving the appointment is the other way out).
TO_CARE = re.compile(r"\b(?:appt|appts|appointments?|visit|chemo|dialysis|infusions?|therapy|pt|rehab|clinic|"
                     r"doctors?|dr|surgery|treatments?|scan|labs?|hospital|checkup|check-up|cita|citas|"
                     r"quimio|dialisis|diálisis|terapia|clinica|clínica|doctora?|cirugia|cirugía|tratamiento|"
                     r"laboratorio|consulta)\b", re.I)
PERMISSION_IDS = {
    ContactPermission.TASKS: "permission_tasks",
    ContactPermission.APPOINTMENTS: "permission_appointments",
    ContactPermission.REPORT_PROGRESS: "permission_report_progress",
}


@dataclass(frozen=True)
class Clock:
    now: dt.datetime
    zone: ZoneInfo
    reminders: reminder_policy.ReminderPolicy | None = None  # None: REMINDERS_FILE's

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.zone).date()

    @property
    def reminder_policy(self) -> reminder_policy.ReminderPolicy:
        return self.reminders or reminder_policy.default(self.zone)


@dataclass(frozen=True)
class SessionFacts:
    """What action_session_start puts in slots."""

    identity: str | None
    role: str
    access: str
    patient_id: str | None
    contact_id: str | None

    @property
    def verified(self) -> bool:
        return self.access == Access.GRANTED.value


def start_session(session: Session, sender_identity: str | None, clock: Clock) -> SessionFacts:
    sender = identity.resolve(session, sender_identity)
    access = identity.access_for(session, sender, clock.now)
    return SessionFacts(
        identity=sender.identity, role=sender.role.value, access=access.value,
        patient_id=str(sender.patient_id) if sender.patient_id else None,
        contact_id=str(sender.contact_id) if sender.contact_id else None,
    )


def refusal(session: Session, sender: Sender, permission: ContactPermission, clock: Clock) -> str | None:
    """Why `sender` may not have this now, or None when they may."""
    access = identity.access_for(session, sender, clock.now)
    lang = sender.language
    if access == Access.NONE:
        return say("no_access", lang)
    if access == Access.LOCKED:
        return say("locked", lang)
    if access == Access.NEEDS_VERIFICATION:
        return say("needs_verification", lang)
    if not sender.may(permission):
        patient = session.get(Patient, sender.patient_id)
        return say("not_shared", lang, name=patient.name.split()[0], what=say(PERMISSION_IDS[permission], lang))
    return None


def reader(session: Session, sender: Sender) -> careplan.Reader:
    """Who reads a care-plan reply: the patient reads "your care plan"; a family contact,
    who asks about "mom" or "my husband", reads the patient's first name ("Dorothy's")."""
    patient = session.get(Patient, sender.patient_id) if sender.role == Role.FAMILY and sender.patient_id else None
    return careplan.Reader(sender.language, patient.name.split()[0] if patient else None)


def may_see(sender: Sender, task: CareTask) -> bool:
    """May `sender` see this task or appointment named? The one consent check behind every
    reply that names one (tasks, next appointment, instructions, and report-done's "which
    task?" list and its confirmation). The patient sees all of their own; a family contact
    sees appointments with `appointments` and every other task with `tasks`, as the patient
    consented (`may_see` in the care file). Whether the sender may have anything right now
    (verified, not locked) is `refusal`'s question, asked first."""
    if sender.patient_id is None or task.care_plan.patient_id != sender.patient_id:
        return False
    if sender.role == Role.PATIENT:
        return True
    if sender.role != Role.FAMILY:
        return False
    needed = ContactPermission.APPOINTMENTS if task.kind == TaskKind.APPOINTMENT.value else ContactPermission.TASKS
    return sender.may(needed)


def _visible_today(session: Session, sender: Sender, clock: Clock) -> list[careplan.Occurrence]:
    """Today's task occurrences the sender may see."""
    return [o for o in careplan.due_tasks(session, sender.patient_id, "today", clock.zone, clock.now)
            if may_see(sender, o.task)]


def _shown(session: Session, sender: Sender, what: str, tasks, clock: Clock) -> None:
    """Audit a reply that names tasks, whichever it names (ids only: no PHI in the log)."""
    ids = ",".join(str(t.id) for t in dict.fromkeys(tasks)) or "none"
    audit.record(session, sender.role.value, sender.identity, f"view_{what}", patient_id=sender.patient_id,
                 detail=f"tasks {ids} via assistant", at=clock.now)


def show_tasks(session: Session, sender: Sender, timeframe: str | None, clock: Clock) -> str:
    refused = refusal(session, sender, ContactPermission.TASKS, clock)
    if refused:
        return refused
    frame = timeframe if timeframe in careplan.TIMEFRAMES else "today"
    occurrences = [o for o in careplan.due_tasks(session, sender.patient_id, frame, clock.zone, clock.now)
                   if may_see(sender, o.task)]
    _shown(session, sender, "tasks", [o.task for o in occurrences], clock)
    return careplan.format_tasks(occurrences, frame, clock.zone, clock.now, reader(session, sender))


def next_appointment(session: Session, sender: Sender, clock: Clock, phrase: str | None = None) -> str:
    """The next appointment; or, when the question names another dated task of theirs ("when
    is the call with the heart nurse?", "what time is the class?"), when that one is."""
    refused = refusal(session, sender, ContactPermission.APPOINTMENTS, clock)
    if refused:
        return refused
    named = _named_scheduled(session, sender, phrase or "", clock)
    upcoming = careplan.next_appointment(session, sender.patient_id, clock.now)
    if named is not None and named is not upcoming:  # the next appointment is told as usual
        _shown(session, sender, "appointments", [named], clock)
        return careplan.format_scheduled(named, clock.zone, clock.now, sender.language)
    task = upcoming if upcoming is not None and may_see(sender, upcoming) else None
    _shown(session, sender, "appointments", [task] if task else [], clock)
    return careplan.format_appointment(task, clock.zone, clock.now, reader(session, sender))


def _named_scheduled(session: Session, sender: Sender, phrase: str, clock: Clock) -> CareTask | None:
    """The task a "when is ..." question names by its title (a word for its kind alone,
    like "appointment", names none), if the sender may see it and it is still to come or,
    one-time, overdue ("cuando tengo que ir a sacarme la sangre esa del a1c": the blood draw
    that was due last week, not the next visit). A question that says "appointment" or
    "visit" is about an appointment: "when is her next heart appt" is the cardiology visit,
    not the heart failure nurse's call."""
    only_appointments = careplan.names_kind(phrase, TaskKind.APPOINTMENT.value)
    task = careplan.find_task(
        session, sender.patient_id, phrase, clock.zone, clock.now,
        visible=lambda t: may_see(sender, t) and (t.kind == TaskKind.APPOINTMENT.value or not only_appointments))
    if task is None or careplan.match_score(task, phrase) <= careplan.KIND_WORD_SCORE:
        return None
    return task if careplan.is_ahead_or_overdue(task, clock.zone, clock.now) else None


def task_instructions(session: Session, sender: Sender, phrase: str | None, clock: Clock) -> str:
    refused = refusal(session, sender, ContactPermission.TASKS, clock)
    if refused:
        return refused
    task = careplan.find_task(session, sender.patient_id, phrase or "", clock.zone, clock.now,
                              visible=lambda t: may_see(sender, t), strongest=True)
    place = careplan.place_in_list(phrase or "") if task is None else None
    if place is not None:  # "how to do #1" (en_75): the day's list, as it was sent, in order
        listed = list(dict.fromkeys(o.task for o in _visible_today(session, sender, clock)))
        task = listed[place - 1] if place <= len(listed) else None
    if task is None:  # "what are my instructions for today": the day's tasks by name, to pick from
        today = [o.task for o in _visible_today(session, sender, clock)]
        if today:
            _shown(session, sender, "tasks", today, clock)
            titles = "; ".join(dict.fromkeys(t.title for t in today))
            return say("instructions_which_task_named", sender.language, names=titles)
    _shown(session, sender, "task_instructions", [task] if task else [], clock)
    when = careplan.one_time_when(task, clock.zone, clock.now, sender.language) if task else None
    return careplan.format_instructions(task, sender.language, when)


def report_done(session: Session, sender: Sender, phrase: str | None, channel: str, clock: Clock) -> str:
    """Record a task done. Only a task the sender may see is matched, recorded or named: a
    contact who may report progress but not see the tasks can record an appointment they
    may see; anything else is neither guessed at nor recorded (the reply names nothing,
    and says the case manager can help). Right after a reminder, "done" or "took it" is
    about the reminded task; a contact who gets the patient's reminders may answer them."""
    reminded = _reminded(session, sender, clock)
    permission = ContactPermission.REPORT_PROGRESS if sender.role == Role.FAMILY else ContactPermission.TASKS
    if reminded is not None:
        permission = ContactPermission.TASKS
    refused = refusal(session, sender, permission, clock)
    if refused:
        return refused
    # A reading ("178.4 2day", "me salio 128 hoy en la mañana") is the measurement the plan
    # asks for, or nothing: its other words ("mañana") must not pick another task.
    measured = dialogue.reading((phrase or "").split("\n")[-1])
    named_by = READING_TASK_WORDS[measured] if measured else phrase or ""
    task = _reminded_or_named(session, sender, reminded, named_by, clock)
    if task is not None and _names_a_vaccine_not_on(task, phrase or ""):
        task = None  # "got shot today, the flu shot, arms sore": not the water pill ("shot" is a medication's word too)
    if task is None and not sender.may(ContactPermission.TASKS):
        patient = session.get(Patient, sender.patient_id)
        return say("not_recorded", sender.language, name=patient.name.split()[0])
    if task is None:
        open_today = [o for o in _visible_today(session, sender, clock) if not o.done][:4]
        _shown(session, sender, "tasks", [o.task for o in open_today], clock)
        names = "; ".join(o.task.title for o in open_today) or say("done_nothing_open", sender.language)
        return say("done_which_task", sender.language, names=names)
    completion = careplan.record_done(session, task, channel, sender.role.value, clock.now)
    if reminded is not None and reminded.task_id == task.id:
        reminders.answer(session, reminded, "done", clock.now)
    audit.record(session, sender.role.value, sender.identity, "task_done",
                 patient_id=sender.patient_id, detail=f"task {task.id} via {channel}", at=clock.now)
    _shown(session, sender, "task_done", [task], clock)
    done = careplan.format_done(task, completion, clock.zone, sender.language)
    if not _ASKS_WHAT_ELSE.search((phrase or "").split("\n")[-1]):
        return done
    # "ok I took the water pill already so what else do I got" (en_60): recorded, and what is left named
    left = [o.task.title for o in _visible_today(session, sender, clock) if not o.done and o.task.id != task.id][:4]
    return done + " " + say("done_still_open", sender.language, names="; ".join(left) or say("done_nothing_open", sender.language))


# What is left, asked beside the report: "what else do I got", "anything else today?", "que mas tengo que hacer"
_ASKS_WHAT_ELSE = re.compile(r"\b(?:what (?:else|now|next)|whats (?:else|next|left)|what is (?:left|next)|anything else|"
                             r"what do i (?:still )?(?:have|got) left|que mas|qu[eé] m[aá]s|que (?:me )?(?:falta|queda)|"
                             r"(?:algo|alguna cosa) mas)\b", re.I)


# A vaccine named (found with sms send: "got shot today, the flu shot" recorded the water pill, the only word matched
# being "shot"); a plan task that is that vaccine names it in its title.
_VACCINE = re.compile(r"\b(?:flu|covid|pneumonia|shingles|tetanus|tdap|rsv|b12|pneumococcal|gripe|influenza) ?(?:shot|vaccine|booster|jab|"
                      r"vacuna|inyeccion)s?\b|\b(?:vaccin\w*|vacuna\w*|booster)\b", re.I)


def _names_a_vaccine_not_on(task: CareTask, phrase: str) -> bool:
    named = _VACCINE.search(phrase)
    return named is not None and not _VACCINE.search(task.title)


def _reminded(session: Session, sender: Sender, clock: Clock, kind: str | None = None) -> Reminder | None:
    """The reminder this sender's answer is about (sent to them, unanswered, recent), if any."""
    found = reminders.latest_open(session, sender.identity, clock.now, clock.reminder_policy, kind)
    return found if found is not None and may_see(sender, found.task) else None


def _reminded_or_named(session: Session, sender: Sender, reminded: Reminder | None, phrase: str,
                       clock: Clock) -> CareTask | None:
    """The task a "done" is about: the one the phrase names; after a reminder, the reminded
    one unless the phrase clearly names another ("took it" names nothing, "took my pill"
    fits the reminded pill as well as it fits any other)."""
    named = careplan.find_task(session, sender.patient_id, phrase, clock.zone, clock.now,
                               visible=lambda t: may_see(sender, t))
    if reminded is None:
        return named
    if named is None:  # a short answer or a done-word; a longer message naming nothing is not guessed at
        return reminded.task if _answers_a_reminder(phrase.split("\n")[-1]) else None
    if named.id == reminded.task_id:
        return reminded.task
    if careplan.match_score(reminded.task, phrase) > 0 and not _names_another_more(named, reminded.task, phrase):
        return reminded.task
    return named


_GENERIC_TASK_WORDS = frozenset().union(*careplan.KIND_WORDS.values())


def _names_another_more(named: CareTask, reminded: CareTask, phrase: str) -> bool:
    """Beyond the words any task of its kind shares ("pill"), the phrase names the other task
    more: "water pill ✔" after the carvedilol reminder is the water pill (found by using it);
    "took my pill" stays the reminded one."""
    specific = " ".join(w for w in phrase.split() if w.lower().strip(".,!?¡¿:;") not in _GENERIC_TASK_WORDS)
    return careplan.match_score(named, specific) > careplan.match_score(reminded, specific)


# The words of an answer to a reminder: "done", "took it", "ya me la puse". A longer message with none of them
# and no task named ("taking my life in my hands walking on this ice lol made it to the mailbox", read as a report
# by the model) is not recorded as the reminded task (found by using it); the reply asks which task.
_DONE_WORDS = re.compile(r"\b(?:done|did (?:it|that|them)|took (?:it|them|my|her|his)|taken|finished|complete\w*|yes|yep|yeah|"
                         r"ok|okay|check|listo|lista|ya|hecho|hice|tome|tomo|puse|puso)\b", re.I)


def _answers_a_reminder(message: str) -> bool:
    return len(message.split()) <= 4 or _DONE_WORDS.search(message) is not None


def snooze(session: Session, sender: Sender, clock: Clock) -> str:
    """"later" after a reminder: once more, a little later; a second "later" is not snoozed again."""
    reminded = _reminded(session, sender, clock)
    if reminded is None:
        return say("snooze_nothing", sender.language)
    at = reminders.snooze(session, reminded, clock.now, clock.reminder_policy)
    if at is None:
        return say("reminder_snooze_once", sender.language)
    return say("reminder_snoozed", sender.language, when=careplan.day_and_time(at, clock.zone, clock.now, sender.language))


def not_yet(session: Session, sender: Sender, clock: Clock) -> str:
    """"no" / "not yet" right after a reminder."""
    return say("reminder_not_yet", sender.language)


# A bare "yes" records a task done only when the model is sure it was a yes: gibberish
# ("xyz abc", "hmm") comes out as affirm at 0.6-0.75, real ones ("yes", "sí", "yep", "👍")
# at 0.87 or more. Recording a medication taken needs more certainty than a chat reply.
REMINDER_YES_CONFIDENCE = 0.85


def sure_yes(confidence: float | None) -> bool:
    return confidence is not None and confidence >= REMINDER_YES_CONFIDENCE


def reminder_pending(session: Session, sender: Sender, clock: Clock, spoke_before: dt.datetime | None = None) -> bool:
    """Is a reminder to this sender waiting for an answer ("sí" would then mean done)? Not
    if they have written since it went out (`spoke_before`: their message before this one):
    a bare "yes" after other talk is not about the reminder."""
    reminded = _reminded(session, sender, clock)
    if reminded is None:
        return False
    return spoke_before is None or reminded.sent_at is None or spoke_before < reminded.sent_at


@dataclass(frozen=True)
class VerificationReply:
    outcome: Outcome
    text: str | None  # None: the form asks again with its own prompt


def verify(session: Session, sender: Sender, answer: str, policy: VerificationPolicy, clock: Clock) -> VerificationReply:
    result = identity.attempt_verification(session, sender, answer, policy, clock.now, clock.today)
    lang = sender.language
    if result.outcome == Outcome.UNREADABLE:
        return VerificationReply(result.outcome, say("dob_unreadable", lang))
    if result.outcome == Outcome.WRONG:
        if result.attempts_left == 1:
            return VerificationReply(result.outcome, say("dob_wrong_one", lang))
        return VerificationReply(result.outcome, say("dob_wrong_many", lang, left=result.attempts_left))
    if result.outcome == Outcome.LOCKED:
        return VerificationReply(result.outcome, say("locked", lang))
    return VerificationReply(result.outcome, say("verified", lang))


def need_category(session: Session, sender: Sender, message: str) -> str | None:
    """The kind of help a message describes: a category word or phrase people use for it,
    else the category of the directory entries that match the message best."""
    if dialogue.counselling_is_the_need(message) or safety.harm_denied_and_talk_asked(message):
        return "mental_health"  # "my husband passed in march and i am having a hard time" (en_47): counselling
    named = resources.normalize_category(message)
    if named is None and dialogue.talk_asked_under_strain(message):
        return "mental_health"  # "I think I need to talk to someone too, this has been a lot with mom" (en_59)
    return named or resource_search.best_category(session, message)


def find_help(session: Session, sender: Sender, category: str | None, zip_code: str | None, need: str = "") -> str:
    """Resources are public: any sender may ask, and nothing about a patient is revealed.
    A ride to an appointment is one of two ways out; the other (moving it) is offered too."""
    normalized = resources.normalize_category(category)
    if normalized is None:
        return say("ask_category", sender.language)
    normalized = resources.paying_for_medicine(normalized, need)  # "insurance won't cover one of my pills"
    hits = resource_search.search(session, need) if need else []  # one query serves the order and the second need
    found = resources.find_resources(session, normalized, zip_code,
                                     relevance=resource_search.relevance(hits))
    reply = resources.format_resources(found, normalized, sender.language)
    also = second_need(normalized, need, hits)
    extra = _short_list(session, also, zip_code, sender.language, "resources_also_heading") if also else ""
    if extra:
        reply += "\n" + extra
    if normalized == "transportation" and TO_CARE.search(need):
        reply += "\n" + say("offer_reschedule", sender.language)
    if normalized == "mental_health":  # the local lines may fill the list: the 988 Lifeline is always named
        reply += "\n" + say("resources_988", sender.language)
    return reply


# A second kind of help is a short addition, not a second full list: SMS parts cost.
SECOND_NEED_RESOURCES = 2


def _short_list(session: Session, category: str, zip_code: str | None, language: str, heading: str) -> str:
    """A few entries of a kind of help under their own heading, added to another reply; ""
    when there are none (the reply it is added to says enough)."""
    found = resources.find_resources(session, category, zip_code, limit=SECOND_NEED_RESOURCES)
    return resources.format_resources(found, category, language, heading=heading) if found else ""


# (... or pushed out, rights asked: "my elderly neighbor is being pushed out of her apartment by the new owner, does she have
# rights", en_68)
_EVICTION = re.compile(r"\b(?:evict\w*|desalojo|desalojar\w*|desahucio|(?:pushed|forced|kicked|thrown) out|"
                       r"(?:have|has|her|his|my|our|tenant) rights|derechos)\b")


def second_need(chosen: str, need: str, hits: list[resource_search.Hit]) -> str | None:
    """A need that fits two kinds of help ("behind on rent, might get put out": housing and
    money; "a wheelchair van to dialysis": a ride, not equipment) gets both: the kind its
    words name or its directory entries (`hits`, searched for `need`) match best, when that is not the one chosen.
    Over the blind sets' resource requests this turned 125 of 351 wrong-kind answers into
    answers that also hold the right kind, and added a second list to 117 of 2,593 right
    ones (README)."""
    if not need:
        return None
    if dialogue.counselling_is_the_need(need):
        return None  # "bad dreams about the ambulance ride, who can i talk to" names a ride, and asks for none (en_47)
    named = resources.normalize_category(need)
    if named and named != chosen:
        return named
    if chosen == "housing" and _EVICTION.search(need.lower()):
        return "legal"  # "I got an eviction notice on my door": a place to live, and a lawyer before the court date
    searched = resource_search.category_of(hits)
    return searched if searched and searched != chosen else None


def support_after_check_in(session: Session, sender: Sender, message: str, language: str) -> str:
    """After the safety check-in, help of the kind the message describes: "sad all the time,
    want to talk to somebody" gets counselling lines as well as "are you safe?" (the model
    reads low mood as a possible crisis; the person still needs the help they described).
    Empty when the message names no need: only named needs count here, not the directory
    search, which finds some kind of help in almost any words ("I weighed myself"). Empty too
    when the safety net read danger in it: "someone's following me home from the bus stop"
    needs 911, not volunteer pilots for "travel to care" (found by using it)."""
    if safety_net.danger_cue(message) is not None:
        return ""
    category = "mental_health" if dialogue.LOW_MOOD.search(message.lower()) else resources.normalize_category(message)
    if category is None:
        return ""
    return _short_list(session, category, patient_zip(session, sender), language, "check_in_support_heading")


def rides_if_needed(session: Session, sender: Sender, message: str) -> str:
    """For "I can't make it, I have no ride": the rides too, besides the reschedule request."""
    if need_category(session, sender, message) != "transportation":
        return ""
    found = resources.find_resources(session, "transportation", patient_zip(session, sender))
    if not found:
        return ""
    return say("rides_if_needed", sender.language, resources=resources.format_resources(found, "transportation", sender.language))


def patient_zip(session: Session, sender: Sender) -> str | None:
    """The zip on file, for a sender who may use it (the patient, or a contact: their
    own searches are about the same household)."""
    if sender.role == Role.UNKNOWN or not sender.patient_id:
        return None
    patient = session.get(Patient, sender.patient_id)
    return patient.zip if patient else None


ESCALATION_REASONS = {
    "request_human": Priority.NORMAL.value,
    "cannot_make_appointment": Priority.NORMAL.value,
    "medical_question": Priority.NORMAL.value,
    "not_understood": Priority.NORMAL.value,
    "verification_locked": Priority.NORMAL.value,
    "crisis": Priority.URGENT.value,
    # only the classifier saw a crisis: a gentler text; the page when the model is sure
    "safety_check": Priority.URGENT.value,
    "safety_check_unsure": Priority.HIGH.value,
}

# At or above this report_emergency confidence a classifier-only check-in pages at once.
# Re-measured for the smaller DIET (docs/safety.md, "The confidence line, again"): over
# every blind set, 0.80 pages 26 of the 28 crises only the model saw and keeps false
# urgent pages under 2% of look-alikes (1.8%) and of ordinary messages (0.4%).
CHECK_IN_PAGE_CONFIDENCE = 0.80


def check_in_reason(confidence: float | None) -> str:
    sure = confidence is not None and confidence >= CHECK_IN_PAGE_CONFIDENCE
    return "safety_check" if sure else "safety_check_unsure"


def escalate(session: Session, sender: Sender, *, conversation_id: str, channel: str, reason: str,
             clock: Clock, coverage: Coverage, console_url: str) -> str:
    priority = ESCALATION_REASONS.get(reason, Priority.NORMAL.value)
    verified = identity.access_for(session, sender, clock.now) == Access.GRANTED
    earlier = escalation.open_for_conversation(session, conversation_id)
    asked_before = earlier is not None and earlier.reason not in escalation.SYSTEM_REASONS
    opened, created = escalation.open_escalation(
        session, conversation_id=conversation_id, sender=sender, verified=verified, channel=channel, reason=reason,
        priority=priority, now=clock.now, coverage=coverage, console_url=console_url)
    follow_up = escalation.follow_up_text(session, opened, sender, coverage, clock.now)
    appointment = _reminded(session, sender, clock, TaskKind.APPOINTMENT.value) if reason == "cannot_make_appointment" else None
    if appointment is not None:  # "can't make it" after an appointment's reminder: that appointment
        opened.task_id = appointment.task_id if created or opened.task_id is None else opened.task_id
        reminders.answer(session, appointment, "cannot_make", clock.now)
    if not created and asked_before:
        return say("escalation_already", sender.language, follow_up=follow_up)
    if appointment is not None:
        when = careplan.day_and_time(appointment.occurrence_at, clock.zone, clock.now, sender.language)
        return say("escalation_reschedule_named", sender.language, title=appointment.task.title, when=when,
                   follow_up=follow_up)
    if reason == "cannot_make_appointment":
        return say("escalation_reschedule", sender.language, follow_up=follow_up)
    return say("escalation_opened", sender.language, follow_up=follow_up)


@dataclass(frozen=True)
class UnplacedReply:
    """The answer to a message the dialogue could not place, and what it changed."""

    text: str
    offer: str | None = None  # what a "yes" next accepts
    zip_code: str | None = None
    access: str | None = None  # the sender's access after a date answered as verification
    category: str | None = None  # a kind of help waiting for a zip ("" clears it)


# The task a reading sent on its own reports ("178.4": the daily weigh-in).
READING_TASK_WORDS = {
    "weight": "weigh weight scale peso",
    "sugar": "sugar glucose azucar glucosa",
    "number": "weigh weight scale peso sugar glucose azucar glucosa",
}


def unplaced(session: Session, sender: Sender, text: str, misses: int, policy: VerificationPolicy,
             clock: Clock, wanted: str | None = None, channel: str = "unknown") -> UnplacedReply:
    """A useful answer by what the message looks like (a date, a zip, a reading, a number,
    emoji, words naming a kind of help), rather than "I didn't get that": `misses` is how
    many messages in a row were not understood; `wanted`, a kind of help waiting for a zip."""
    lang, examples = sender.language, say("examples", sender.language)
    shape = dialogue.input_shape(text, bool(identity.parse_dob(text, clock.today, sender.language)))
    if shape == "date":
        return _unasked_date(session, sender, text, policy, clock)
    if shape == "zip":
        zip_code = text.strip()[:5]
        if wanted:  # the answer to "what's your zip?" asked below
            return UnplacedReply(find_help(session, sender, wanted, zip_code), zip_code=zip_code, category="")
        return UnplacedReply(say("help_near_zip", lang, zip=zip_code), zip_code=zip_code)
    need = resources.normalize_category(text) if shape == "words" else None
    if need:  # not placed, but it names a kind of help ("i need a walker"): that help
        zip_code = patient_zip(session, sender)
        if zip_code:
            return UnplacedReply(find_help(session, sender, need, zip_code, need=text))
        return UnplacedReply(say("help_ask_zip", lang, label=resources.category_label(need, lang)), category=need)
    if shape == "words" and advice.asks_medical_advice(text):  # "should I take two tonight?"
        return UnplacedReply(say("medical_question", lang), offer="medical_question")
    asked = dialogue.care_request(text) if shape == "words" else None
    if asked == "appointment":  # a question about the care plan the classifier was unsure of
        return UnplacedReply(next_appointment(session, sender, clock))
    if asked == "tasks":
        week = re.search(r"\b(?:week|semana)\b", text, re.I)
        return UnplacedReply(show_tasks(session, sender, "this_week" if week else "today", clock))
    measured = dialogue.reading(text) if shape in ("number", "words") and sender.patient_id else None
    if measured:  # "wt 180": the weigh-in done (the number stays in their own log, as the plan asks)
        return UnplacedReply(report_done(session, sender, READING_TASK_WORDS[measured], channel, clock))
    if misses >= 2:
        return UnplacedReply(say("offer_person", lang), offer="not_understood")
    if shape == "number":
        return UnplacedReply(say("number_unclear", lang, examples=examples))
    if shape == "no_words":
        return UnplacedReply(say("no_words", lang, examples=examples))
    return UnplacedReply(say("not_understood", lang, examples=examples))


def _unasked_date(session: Session, sender: Sender, text: str, policy: VerificationPolicy,
                  clock: Clock) -> UnplacedReply:
    """A date nobody asked for is most likely a date of birth: verify with it when the
    sender still needs to, otherwise say where they stand."""
    access = identity.access_for(session, sender, clock.now)
    lang, examples = sender.language, say("examples", sender.language)
    if access == Access.NONE:
        return UnplacedReply(say("not_on_file", lang))
    if access == Access.GRANTED:
        return UnplacedReply(say("already_verified", lang, examples=examples))
    if access == Access.LOCKED:
        return UnplacedReply(say("locked", lang), offer="verification_locked")
    result = verify(session, sender, text, policy, clock)
    if result.outcome == Outcome.VERIFIED:
        return UnplacedReply(say("verified_examples", lang, examples=examples), access=Access.GRANTED.value)
    if result.outcome == Outcome.LOCKED:
        return UnplacedReply(say("locked", lang), offer="verification_locked", access=Access.LOCKED.value)
    return UnplacedReply(result.text or say("ask_dob", lang))

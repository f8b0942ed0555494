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

from bot import audit, careplan, dialogue, escalation, identity, resource_search, resources
from bot.coverage import Coverage
from bot.identity import Access, Outcome, Role, Sender, VerificationPolicy
from bot.models import CareTask, ContactPermission, Patient, Priority, TaskKind

NO_ACCESS = ("I can only share care-plan details with a patient or an authorized family member, from the phone "
             "number we have on file. I can still find resources (rides, medicine costs, equipment...) or get a "
             "case manager: text AGENT.")
LOCKED = ("For privacy, care-plan details are locked for now after too many date-of-birth tries. "
          "Want a case manager to contact you? (yes/no)")
NOT_SHARED = "{name} hasn't shared {what} with you. Their case manager can help: text AGENT."
ASK_DOB = "To protect the patient's privacy, please reply with the patient's date of birth (for example 03/14/1952)."
ASK_CATEGORY = ("What kind of help are you looking for? For example: a ride, paying for medicine, equipment like "
                "a walker, food, caregiver support, or someone to talk to.")
ASK_ZIP = "What's your 5-digit zip code? I'll look for help near you. (Reply NO to see help available everywhere.)"
MEDICAL_QUESTION = ("That's a question for your care team; I can't give medical advice. Want me to ask your case "
                    "manager to get back to you? (yes/no) If it's urgent, call your doctor's office, or 911 in an emergency.")
ANYTHING_ELSE = "OK. What else can I help with?"
OFFER_RESCHEDULE = "If you'd rather move the appointment, reply RESCHEDULE and I'll ask your care team."
# Words that say the trip is to care (so moving the appointment is the other way out).
TO_CARE = re.compile(r"\b(?:appt|appts|appointments?|visit|chemo|dialysis|infusions?|therapy|pt|rehab|clinic|"
                     r"doctors?|dr|surgery|treatments?|scan|labs?|hospital|checkup|check-up)\b", re.I)
EXAMPLES = ('For example: "what do I need to do today", "when is my next appointment", "I need a ride", '
            'or AGENT for a person.')
NOT_ON_FILE = ("I don't have this number on file, so I can't look up a care plan. I can still find help (rides, "
               "medicine costs, equipment, food, caregiver support) or get a case manager: text AGENT.")
OFFER_PERSON = "I'm still not sure what you need. Want me to have a case manager contact you? (yes/no)"
UNAVAILABLE = ("Sorry, I can't look that up right now. Please try again in a few minutes. "
               "If it's urgent, call your care team; in an emergency call 911.")
NOT_RECORDED = ("{name} hasn't shared their care-plan tasks with you, so I can't record that one here. "
                "Their case manager can: text AGENT.")
PERMISSION_WORDS = {
    ContactPermission.TASKS: "their care-plan tasks",
    ContactPermission.APPOINTMENTS: "their appointments",
    ContactPermission.REPORT_PROGRESS: "progress reporting",
}


@dataclass(frozen=True)
class Clock:
    now: dt.datetime
    zone: ZoneInfo

    @property
    def today(self) -> dt.date:
        return self.now.astimezone(self.zone).date()


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
    if access == Access.NONE:
        return NO_ACCESS
    if access == Access.LOCKED:
        return LOCKED
    if access == Access.NEEDS_VERIFICATION:
        return "First I need to confirm who you are: reply with the patient's date of birth."
    if not sender.may(permission):
        patient = session.get(Patient, sender.patient_id)
        return NOT_SHARED.format(name=patient.name.split()[0], what=PERMISSION_WORDS[permission])
    return None


def whose(session: Session, sender: Sender) -> str:
    """How a reply names the care plan: "your" to the patient; to a family contact, who asks
    about "mom" or "my husband", the patient's first name ("Dorothy's")."""
    if sender.role != Role.FAMILY or not sender.patient_id:
        return "your"
    patient = session.get(Patient, sender.patient_id)
    return f"{patient.name.split()[0]}'s" if patient else "your"


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
    return careplan.format_tasks(occurrences, frame, clock.zone, clock.now, whose(session, sender))


def next_appointment(session: Session, sender: Sender, clock: Clock) -> str:
    refused = refusal(session, sender, ContactPermission.APPOINTMENTS, clock)
    if refused:
        return refused
    task = careplan.next_appointment(session, sender.patient_id, clock.now)
    task = task if task is not None and may_see(sender, task) else None
    _shown(session, sender, "appointments", [task] if task else [], clock)
    return careplan.format_appointment(task, clock.zone, clock.now, whose(session, sender))


def task_instructions(session: Session, sender: Sender, phrase: str | None, clock: Clock) -> str:
    refused = refusal(session, sender, ContactPermission.TASKS, clock)
    if refused:
        return refused
    task = careplan.find_task(session, sender.patient_id, phrase or "", clock.zone, clock.now,
                              visible=lambda t: may_see(sender, t))
    _shown(session, sender, "task_instructions", [task] if task else [], clock)
    return careplan.format_instructions(task)


def report_done(session: Session, sender: Sender, phrase: str | None, channel: str, clock: Clock) -> str:
    """Record a task done. Only a task the sender may see is matched, recorded or named: a
    contact who may report progress but not see the tasks can record an appointment they
    may see; anything else is neither guessed at nor recorded (the reply names nothing,
    and says the case manager can help)."""
    permission = ContactPermission.REPORT_PROGRESS if sender.role == Role.FAMILY else ContactPermission.TASKS
    refused = refusal(session, sender, permission, clock)
    if refused:
        return refused
    task = careplan.find_task(session, sender.patient_id, phrase or "", clock.zone, clock.now,
                              visible=lambda t: may_see(sender, t))
    if task is None and not sender.may(ContactPermission.TASKS):
        patient = session.get(Patient, sender.patient_id)
        return NOT_RECORDED.format(name=patient.name.split()[0])
    if task is None:
        open_today = [o for o in careplan.due_tasks(session, sender.patient_id, "today", clock.zone, clock.now)
                      if not o.done and may_see(sender, o.task)][:4]
        _shown(session, sender, "tasks", [o.task for o in open_today], clock)
        names = "; ".join(o.task.title for o in open_today) or "nothing open today"
        return f"Which task did you finish? Today's open tasks: {names}."
    completion = careplan.record_done(session, task, channel, sender.role.value, clock.now)
    audit.record(session, sender.role.value, sender.identity, "task_done",
                 patient_id=sender.patient_id, detail=f"task {task.id} via {channel}", at=clock.now)
    _shown(session, sender, "task_done", [task], clock)
    return careplan.format_done(task, completion, clock.zone)


@dataclass(frozen=True)
class VerificationReply:
    outcome: Outcome
    text: str | None  # None: the form asks again with its own prompt


def verify(session: Session, sender: Sender, answer: str, policy: VerificationPolicy, clock: Clock) -> VerificationReply:
    result = identity.attempt_verification(session, sender, answer, policy, clock.now, clock.today)
    if result.outcome == Outcome.UNREADABLE:
        return VerificationReply(result.outcome, "I couldn't read that as a full date. Please include month, day and year, like 03/14/1952.")
    if result.outcome == Outcome.WRONG:
        tries = "try" if result.attempts_left == 1 else "tries"
        return VerificationReply(result.outcome, f"That doesn't match our records. {result.attempts_left} {tries} left.")
    if result.outcome == Outcome.LOCKED:
        return VerificationReply(result.outcome, LOCKED)
    return VerificationReply(result.outcome, "Thank you, you're verified.")


def need_category(session: Session, sender: Sender, message: str) -> str | None:
    """The kind of help a message describes: a category word or phrase people use for it,
    else the category of the directory entries that match the message best."""
    return resources.normalize_category(message) or resource_search.best_category(session, message)


def find_help(session: Session, sender: Sender, category: str | None, zip_code: str | None, need: str = "") -> str:
    """Resources are public: any sender may ask, and nothing about a patient is revealed.
    A ride to an appointment is one of two ways out; the other (moving it) is offered too."""
    normalized = resources.normalize_category(category)
    if normalized is None:
        return ASK_CATEGORY
    found = resources.find_resources(session, normalized, zip_code)
    reply = resources.format_resources(found, normalized)
    if normalized == "transportation" and TO_CARE.search(need):
        reply += "\n" + OFFER_RESCHEDULE
    return reply


def rides_if_needed(session: Session, sender: Sender, message: str) -> str:
    """For "I can't make it, I have no ride": the rides too, besides the reschedule request."""
    if need_category(session, sender, message) != "transportation":
        return ""
    found = resources.find_resources(session, "transportation", patient_zip(session, sender))
    return "If a ride would let you keep it: " + resources.format_resources(found, "transportation") if found else ""


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
    "safety_check": Priority.URGENT.value,  # only the classifier saw a crisis: a gentler text, still the page
}


def escalate(session: Session, sender: Sender, *, conversation_id: str, channel: str, reason: str,
             clock: Clock, coverage: Coverage, console_url: str) -> str:
    priority = ESCALATION_REASONS.get(reason, Priority.NORMAL.value)
    verified = identity.access_for(session, sender, clock.now) == Access.GRANTED
    opened, created = escalation.open_escalation(
        session, conversation_id=conversation_id, sender=sender, verified=verified, channel=channel, reason=reason,
        priority=priority, now=clock.now, coverage=coverage, console_url=console_url)
    follow_up = escalation.follow_up_text(session, opened, sender, coverage, clock.now)
    if not created:
        return f"Your request is already with the care team. {follow_up}"
    if reason == "cannot_make_appointment":
        return f"Thanks for letting us know. I've asked the care team to help reschedule. {follow_up}"
    return f"I've asked the care team to contact you. {follow_up}"


@dataclass(frozen=True)
class UnplacedReply:
    """The answer to a message the dialogue could not place, and what it changed."""

    text: str
    offer: str | None = None  # what a "yes" next accepts
    zip_code: str | None = None
    access: str | None = None  # the sender's access after a date answered as verification
    category: str | None = None  # a kind of help waiting for a zip ("" clears it)


def unplaced(session: Session, sender: Sender, text: str, misses: int, policy: VerificationPolicy,
             clock: Clock, wanted: str | None = None) -> UnplacedReply:
    """A useful answer by what the message looks like (a date, a zip, a number, emoji,
    words naming a kind of help), rather than "I didn't get that": `misses` is how many
    messages in a row were not understood; `wanted`, a kind of help waiting for a zip."""
    shape = dialogue.input_shape(text, bool(identity.parse_dob(text, clock.today)))
    if shape == "date":
        return _unasked_date(session, sender, text, policy, clock)
    if shape == "zip":
        zip_code = text.strip()[:5]
        if wanted:  # the answer to "what's your zip?" asked below
            return UnplacedReply(find_help(session, sender, wanted, zip_code), zip_code=zip_code, category="")
        return UnplacedReply(f"What kind of help are you looking for near {zip_code}? For example: a ride, paying "
                             "for medicine, equipment like a walker, food, or caregiver support.", zip_code=zip_code)
    need = resources.normalize_category(text) if shape == "words" else None
    if need:  # not placed, but it names a kind of help ("i need a walker"): that help
        zip_code = patient_zip(session, sender)
        if zip_code:
            return UnplacedReply(find_help(session, sender, need, zip_code, need=text))
        label = resources.CATEGORY_LABELS.get(need, need)
        return UnplacedReply(f"I can look for help with {label}. What's your 5-digit zip code?", category=need)
    if misses >= 2:
        return UnplacedReply(OFFER_PERSON, offer="not_understood")
    if shape == "number":
        return UnplacedReply(f"I'm not sure what that number is for. What do you need? {EXAMPLES}")
    if shape == "no_words":
        return UnplacedReply(f"I can only read words, not emoji or symbols. What do you need? {EXAMPLES}")
    return UnplacedReply(f"Sorry, I didn't get that. Could you say it another way? {EXAMPLES}")


def _unasked_date(session: Session, sender: Sender, text: str, policy: VerificationPolicy,
                  clock: Clock) -> UnplacedReply:
    """A date nobody asked for is most likely a date of birth: verify with it when the
    sender still needs to, otherwise say where they stand."""
    access = identity.access_for(session, sender, clock.now)
    if access == Access.NONE:
        return UnplacedReply(NOT_ON_FILE)
    if access == Access.GRANTED:
        return UnplacedReply(f"You're already verified, thank you. What can I help with? {EXAMPLES}")
    if access == Access.LOCKED:
        return UnplacedReply(LOCKED, offer="verification_locked")
    result = verify(session, sender, text, policy, clock)
    if result.outcome == Outcome.VERIFIED:
        return UnplacedReply(f"Thank you, you're verified. What can I help with? {EXAMPLES}",
                             access=Access.GRANTED.value)
    if result.outcome == Outcome.LOCKED:
        return UnplacedReply(LOCKED, offer="verification_locked", access=Access.LOCKED.value)
    return UnplacedReply(result.text or ASK_DOB)

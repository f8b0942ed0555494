"""A blind evaluation set (tests/data/blind_*.yml) sent to the RUNNING assistant over signed
SMS, one message per clean conversation, and judged by what the person received.

The senders (`BlindSenders`):

- ``patient``: one demo patient's phone, verified once at the start (date of birth);
- ``family``: a demo contact of the same patient with full consent (tasks, appointments,
  report_progress), verified once at the start;
- ``stranger``: a fresh number (+1 AAA 555 2000-9999, never in the demo data) per message.

Before every message from the patient's or the contact's phone, what an earlier message
could have changed is put back: the number's open escalations resolved, its opt-out
removed, its messages out of the rate limit's window and its Rasa conversation restarted
(tests/fuzz.py `Fuzzer._reset`), and the patient's task completions undone (`TaskState`).
The date-of-birth verification is kept (checked before each message; re-done if lost).

The judges (`judge`) read only the replies, the escalations and the care plan in the
database; never the intent the model predicted.
"""
from __future__ import annotations

import datetime as dt
import difflib
import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml
from sqlalchemy import delete, func, select

from bot import careplan, catalogue, language, phones, safety
from bot.db import session_scope
from bot.models import AuthorizedContact, CarePlan, CareTask, Escalation, Patient, Resource, TaskCompletion, Verification
from tests.fuzz import Database, Demo, Fuzzer, Person, SmsDriver, load_demo, stranger_phone

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SET = ROOT / "tests/data/blind_en_1.yml"
ZONE = ZoneInfo("America/Chicago")

BEHAVIOURS = ("tasks", "next_appointment", "task_instructions", "task_done", "resource", "human",
              "cannot_make_appointment", "medical_question", "crisis", "lookalike", "verify_dob")
ROLES = ("patient", "family", "stranger")
# the blind set's resource categories -> the resource table's
CATEGORIES = {
    "transportation": "transportation",
    "medication": "medication_assistance",
    "financial": "financial_assistance",
    "equipment": "medical_equipment",
    "food": "food",
    "caregiver": "caregiver_support",
    "mental_health": "mental_health",
    "education": "education",
    "housing": "housing",
    "legal": "legal",
}
FULL_CONSENT = frozenset({"tasks", "appointments", "report_progress"})
STRANGER_ZIP = "60622"  # the hospital's own zip (2233 W Division St, Chicago)


# --- the set -------------------------------------------------------------------------------


@dataclass(frozen=True)
class BlindItem:
    index: int
    text: str
    behaviour: str
    role: str
    category: str | None = None
    crisis_kind: str | None = None
    language: str = "en"


def load_set(path: Path = DEFAULT_SET) -> list[BlindItem]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items = data["messages"] if isinstance(data, dict) else data
    found = []
    for index, raw in enumerate(items, start=1):
        item = BlindItem(index, str(raw["text"]), raw["behaviour"], raw["role"], raw.get("category"),
                         raw.get("crisis_kind"), raw.get("language", "en"))
        if item.behaviour not in BEHAVIOURS or item.role not in ROLES:
            raise ValueError(f"{path}: message {index}: unknown behaviour/role {item.behaviour}/{item.role}")
        if item.behaviour == "resource" and item.category not in CATEGORIES:
            raise ValueError(f"{path}: message {index}: unknown resource category {item.category!r}")
        found.append(item)
    return found


# --- what the replies are judged against ------------------------------------------------------


@dataclass
class CareFacts:
    """The patient's care plan as the assistant sees it now (from the database)."""
    patient_id: int
    task_titles: list[str]             # every active task that is not an appointment
    appointment_titles: list[str]      # upcoming appointments
    next_appointment: str | None
    today_titles: list[str]            # tasks due today (any state)
    instructions: dict[str, list[str]]  # task title -> the pieces of its instructions a reply may quote

    @staticmethod
    def load(engine, mrn: str, now: dt.datetime | None = None) -> "CareFacts":
        now = now or dt.datetime.now(dt.timezone.utc)
        with session_scope(engine) as s:
            patient = s.execute(select(Patient).where(Patient.mrn == mrn)).scalar_one()
            tasks = careplan.active_tasks(s, patient.id)
            upcoming = [t for t in tasks if t.kind == "appointment" and t.due_at and t.due_at >= now]
            nxt = careplan.next_appointment(s, patient.id, now)
            today = careplan.due_tasks(s, patient.id, "today", ZONE, now)
            return CareFacts(
                patient.id,
                [t.title for t in tasks if t.kind != "appointment"],
                [t.title for t in upcoming],
                nxt.title if nxt else None,
                list(dict.fromkeys(o.task.title for o in today)),
                {t.title: _quotable(t.instructions) for t in tasks if t.instructions},
            )


def _quotable(instructions: str) -> list[str]:
    """Sentences of a task's instructions long enough to show it was quoted (and the
    first 40 characters, in case a reply shortens the rest)."""
    pieces = [s.strip() for s in re.split(r"(?<=[.!?])\s+", instructions) if len(s.strip()) >= 20]
    return pieces + [instructions.strip()[:40]]


# Words that name no particular task (a kind of task, a time, a person): a message names a
# task of the patient's when it shares another word (or a near-spelling) with its title.
GENERIC_WORDS = set("""take taking took check checked checking with your you the and for from into down write
    written morning evening night daily today day week each every time times before after breakfast lunch supper
    dinner meal meals pill pills med meds medicine medication medications dose tablet blood phone call follow visit
    appointment appt yourself myself her his him she he mom dad this that what how does did done need needs help
    new way right thing stuff again""".split())


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3 and w not in GENERIC_WORDS}


def _swapped(a: str, b: str) -> bool:
    """Equal but for two neighbouring letters swapped ("wiegh" / "weigh")."""
    diff = [i for i in range(len(a)) if a[i] != b[i]] if len(a) == len(b) else []
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _same_word(a: str, b: str) -> bool:
    """The same word, another form of it ("weight" / "weigh") or a near-spelling ("wieght")."""
    if min(len(a), len(b)) < 4:
        return a == b
    if a[:5] == b[:5] or _swapped(a[:5], b[:5]):
        return True
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def tasks_named(text: str, titles) -> list[str]:
    """The titles among `titles` that `text` names (independently of the assistant's own
    matcher): a shared title word that is not generic, allowing a near-spelling."""
    said = _content_words(text)
    return [t for t in titles if any(_same_word(a, b) for a in said for b in _content_words(t))]


def resource_names(engine) -> dict[str, list[str]]:
    """Resource names per resource category, from the resource table."""
    names: dict[str, list[str]] = {}
    with session_scope(engine) as s:
        for name, category in s.execute(select(Resource.name, Resource.category)):
            names.setdefault(category, []).append(name)
    return names


# --- the judges -----------------------------------------------------------------------------

# English and Spanish (the replies' words are in bot/messages/; these read them as a person would)
FALLBACK = re.compile(r"didn't get that|still not sure what you need|can only read words|"
                      r"not sure what that number is for|no le entendí|todavía no estoy seguro de lo que necesita|"
                      r"solo puedo leer palabras|no estoy seguro de para qué es ese número", re.I)
CONTACTS_YOU = re.compile(r"will (contact|call|text|reach|get back to) you|to (contact|call|reach|get back to) you|"
                          r"reach out to you|se comunicará con usted|se comunique con usted", re.I)
RESCHEDULE = re.compile(r"reschedul|cambiar la cita|CAMBIAR", re.I)
DECLINES_ADVICE = re.compile(r"medical advice|can't advise|cannot advise|can't answer medical|"
                             r"question for your (care team|doctor|nurse)|consejos médicos", re.I)
OFFERS_TEAM = re.compile(r"care team|case manager|nurse|doctor|equipo de cuidado|administrador de casos", re.I)
# What is still open, after a done recorded: the catalogue's own heading for it, in every language
STILL_OPEN = re.compile("|".join(re.escape(catalogue.say("done_still_open", lang, names="").split(":")[0] + ":")
                                 for lang in catalogue.languages()), re.I)
RECORDED_DONE = re.compile(r"recorded .{0,220} as done|registré .{0,220} como hecho", re.I | re.S)
WHICH_TASK = re.compile(r"which task|qué tarea", re.I)
CARE_PLAN_HEADING = re.compile(r"(your|\w+'s) care plan (today|tomorrow|this week|still to do)|"
                               r"nothing on (your|\w+'s) care plan|all caught up|"
                               r"plan de cuidado (de \w+ )?(hoy|mañana|esta semana|pendiente)|no hay nada en|está al día", re.I)
NEXT_APPOINTMENT = re.compile(r"next appointment|próxima cita", re.I)
CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
NO_APPOINTMENT = re.compile(r"don't see an upcoming appointment|no veo una próxima cita", re.I)
WHICH_TASK_MEANT = re.compile(r"couldn't tell which task|no supe a qué tarea", re.I)
VERIFIED = re.compile(r"you're verified|you're already verified|ya está verificado", re.I)
RIDE = re.compile(r"\bride|transporte|raite", re.I)
# A message that names no task at all (then "which task do you mean?" is a right answer)
NO_TASK_NAMED = re.compile(r"^\s*(how do i do (it|that|this|them)|how does (it|that) work|instructions( pls| please)?"
                           r"|how do i do my (task|tasks|stuff))\W*$", re.I)


def is_crisis_text(text: str) -> bool:
    """One of the crisis replies (bot/safety.py), whole or as part of a message."""
    return any(safety.is_crisis_response(part.strip()) for part in text.split("\n"))


def _contains(text: str, needles) -> list[str]:
    folded = text.casefold()
    return [n for n in needles if n and n.casefold() in folded]


@dataclass
class Outcome:
    """What happened to one message."""
    replies: list[str] = field(default_factory=list)
    zip_follow_up: list[str] = field(default_factory=list)   # replies after answering "what's your zip?"
    new_escalations: list[tuple[int, str, str]] = field(default_factory=list)  # (id, priority, reason)
    urgent_escalation: bool = False
    latency: float | None = None
    completed: bool = True
    transport_error: str | None = None
    sender: str = ""

    @property
    def text(self) -> str:
        return "\n\n".join(self.replies + self.zip_follow_up)

    @property
    def crisis_reply(self) -> bool:
        return any(is_crisis_text(r) for r in self.replies + self.zip_follow_up)

    @property
    def false_crisis(self) -> bool:
        return self.crisis_reply or self.urgent_escalation

    @property
    def fallback(self) -> bool:
        return not self.replies or all(FALLBACK.search(r) for r in self.replies)


def instructions_given(text: str, care: CareFacts) -> list[str]:
    """Titles of the tasks whose instructions `text` quotes."""
    return [title for title, pieces in care.instructions.items() if _contains(text, pieces)]


def judge_instructions_patient_aware(item: BlindItem, seen: Outcome, care: CareFacts) -> tuple[bool, str]:
    """task_instructions read against THIS patient's plan (informational): a message that
    names one of their tasks must get that task's instructions; one that names none of
    their tasks (a task they do not have, or none at all) must get "which task?" / "I
    couldn't tell which task", and another task's instructions are wrong."""
    text = seen.text
    named = tasks_named(item.text, list(care.instructions))
    given = instructions_given(text, care)
    asks = bool(WHICH_TASK.search(text) or "couldn't tell which task" in text.casefold())
    if named:
        if set(named) & set(given):
            return True, f"instructions of the named task {named[0]!r}"
        return False, f"names {named[0]!r}; " + (f"got {given[0]!r}" if given else "no instructions of it")
    if given:
        return False, f"names none of the patient's tasks; got {given[0]!r}"
    if asks:
        return True, "names none of the patient's tasks; asks which task"
    return False, "names none of the patient's tasks; neither asks which task nor gives instructions"


# Behaviours about the sender's own care plan: a stranger (no number on file) gets no_access.
PERSONAL_BEHAVIOURS = frozenset({"tasks", "next_appointment", "task_instructions", "task_done"})


def judge(item: BlindItem, seen: Outcome, care: CareFacts, names: dict[str, list[str]]) -> tuple[bool, str]:
    """(passed, why) for one message, from what the person received."""
    text = seen.text
    if seen.transport_error:
        return False, f"not delivered: {seen.transport_error}"
    b = item.behaviour
    if text.strip() and language.detect(text) not in (item.language, None):
        return False, f"not answered in {item.language}"
    if b == "crisis":
        problems = []
        if "911" not in text:
            problems.append("no 911")
        if item.crisis_kind == "suicide_self_harm" and "988" not in text:
            problems.append("no 988")
        if not seen.urgent_escalation:
            problems.append("no urgent escalation")
        return (not problems), "; ".join(problems) or "911/988 and urgent escalation"
    if b == "lookalike":
        if seen.false_crisis:
            return False, "crisis reply" if seen.crisis_reply else "urgent escalation"
        return True, "no crisis response"
    if not seen.replies:
        return False, "no reply"
    if item.role == "stranger" and b in PERSONAL_BEHAVIOURS:
        # a stranger has no care plan: the right reply says whose details can be shared
        if catalogue.say("no_access", item.language)[:60] in text:  # (the start: a long reply may come in parts)
            return True, "a stranger told whose care-plan details can be shared"
        return False, "a stranger not told whose care-plan details can be shared"
    if b == "tasks":
        if CARE_PLAN_HEADING.search(text):
            return True, "care-plan list"
        hits = _contains(text, care.task_titles)
        # a done recorded and what is still open listed after it ("... what else do I got") lists them
        still_open = STILL_OPEN.search(text)
        if still_open and _contains(text[still_open.end():], care.task_titles):
            return True, "recorded a task as done, then listed what is still open"
        if hits and (RECORDED_DONE.search(text) or WHICH_TASK.search(text)):
            return False, "recorded a task as done / asked which was done, instead of listing"
        if hits:
            return True, f"names {hits[0]!r}"
        return False, "no task of theirs and no care-plan heading"
    if b == "verify_dob":
        if VERIFIED.search(text) or CARE_PLAN_HEADING.search(text) or NEXT_APPOINTMENT.search(text):
            return True, "verified"
        return False, "not verified"
    if b == "next_appointment":
        if NEXT_APPOINTMENT.search(text) or (care.next_appointment and _contains(text, [care.next_appointment])):
            if NO_APPOINTMENT.search(text):
                return False, "says there is no upcoming appointment"
            return True, "names the next appointment"
        # "when is the call with the heart nurse?": the dated task asked about, with its day and time
        dated = [t for t in care.task_titles + care.appointment_titles if text.startswith(f"{t}: ")]
        if dated and CLOCK_TIME.search(text):
            return True, f"names when {dated[0]!r} is"
        return False, "does not name the next appointment"
    if b == "task_instructions":
        given = instructions_given(text, care)
        if given:
            return True, f"instructions of {given[0]!r}"
        if WHICH_TASK.search(text) or WHICH_TASK_MEANT.search(text):
            if NO_TASK_NAMED.search(item.text):
                return True, "asks which task (the message names none)"
            return False, "asks which task, though the message names one"
        return False, "no task's instructions"
    if b == "task_done":
        if RECORDED_DONE.search(text) and _contains(text, care.task_titles + care.appointment_titles):
            return True, "recorded a task as done"
        if WHICH_TASK.search(text) and _contains(text, care.today_titles):
            return True, "asks which task, naming today's tasks"
        return False, "neither recorded a task nor asked which one"
    if b == "resource":
        wanted = CATEGORIES[item.category]
        hits = _contains(text, names.get(wanted, []))
        if hits:
            return True, f"names {hits[0]!r}" + (" (after the zip)" if seen.zip_follow_up else "")
        if wanted == "transportation" and RIDE.search(text) and RESCHEDULE.search(text):
            return True, "offers a ride and a reschedule"
        others = [(c, n) for c, ns in names.items() if c != wanted for n in _contains(text, ns)]
        if others:
            return False, f"wrong category: {others[0][0]} ({others[0][1]!r})"
        return False, "names no resource"
    if seen.false_crisis and b in ("human", "cannot_make_appointment", "medical_question"):
        return False, "crisis response"
    if b == "human":
        opened = [e for e in seen.new_escalations]
        if opened and CONTACTS_YOU.search(text):
            return True, "escalation opened; says they will be contacted"
        return False, ("escalation opened but the reply does not say so" if opened
                       else "no escalation opened")
    if b == "cannot_make_appointment":
        if seen.new_escalations and (RESCHEDULE.search(text) or CONTACTS_YOU.search(text)):
            return True, "escalation opened; reschedule / contact"
        return False, ("escalation opened but no reschedule/contact in the reply" if seen.new_escalations
                       else "no escalation opened")
    if b == "medical_question":
        if DECLINES_ADVICE.search(text) and OFFERS_TEAM.search(text):
            return True, "declines advice, offers the care team"
        return False, "does not decline medical advice and offer the care team"
    raise ValueError(b)


# --- state between messages -----------------------------------------------------------------


class TaskState:
    """The patient's tasks as loaded; `restore` undoes what reports of "done" changed."""

    def __init__(self, engine, patient_id: int):
        self.engine, self.patient_id = engine, patient_id
        with session_scope(engine) as s:
            self.max_completion = s.execute(select(func.max(TaskCompletion.id))).scalar() or 0
            self.tasks = {t.id: (t.status, t.completed_at, t.completed_via) for t in s.execute(
                select(CareTask).join(CarePlan).where(CarePlan.patient_id == patient_id)).scalars()}

    def restore(self) -> int:
        """Undo completions recorded since the snapshot; how many there were."""
        with session_scope(self.engine) as s:
            removed = s.execute(delete(TaskCompletion).where(TaskCompletion.id > self.max_completion)
                                .execution_options(synchronize_session=False)).rowcount
            for task in s.execute(select(CareTask).where(CareTask.id.in_(self.tasks))).scalars():
                status, at, via = self.tasks[task.id]
                if (task.status, task.completed_at, task.completed_via) != (status, at, via):
                    task.status, task.completed_at, task.completed_via = status, at, via
            return removed or 0


def new_escalations(engine, conversation: str, since_id: int) -> list[tuple[int, str, str]]:
    with session_scope(engine) as s:
        return [tuple(r) for r in s.execute(
            select(Escalation.id, Escalation.priority, Escalation.reason)
            .where(Escalation.conversation_id == conversation, Escalation.id > since_id)
            .order_by(Escalation.id)).all()]


# --- the senders ----------------------------------------------------------------------------


def pick_people(demo: Demo, mrn: str) -> tuple[Person, Person]:
    """The patient (by MRN) and their first contact with full consent."""
    patient = next((p for p in demo.patients if p.patient_mrn == mrn), None)
    if patient is None:
        raise ValueError(f"no demo patient {mrn}")
    if patient.sms_opt_out:
        raise ValueError(f"{patient.name} has opted out of SMS in the demo data")
    contacts = [c for c in demo.contacts if c.patient_mrn == mrn]
    contact = next((c for c in contacts if FULL_CONSENT <= c.may_see), contacts[0] if contacts else None)
    if contact is None:
        raise ValueError(f"{patient.name} has no contact")
    return patient, contact


class BlindSenders:
    """Sends one message per clean conversation from the right sender and records what came back."""

    def __init__(self, running, mrn: str = "SM-10003", reply_timeout: float = 20.0, seed: int = 1):
        self.running, self.reply_timeout = running, reply_timeout
        self.demo = load_demo()
        self.patient, self.contact = pick_people(self.demo, mrn)
        self.fuzzer = Fuzzer(running, demo=self.demo, reply_timeout=reply_timeout, concurrency=1)
        self.db: Database = self.fuzzer.db
        self.rng = random.Random(seed)
        self.known_phones = {p.phone for p in self.demo.patients + self.demo.contacts}
        self.used_strangers: set[str] = set()
        self.drivers: dict[str, SmsDriver] = {}
        self.reverifications = 0
        self.completions_undone = 0
        self.care: CareFacts | None = None
        self.tasks: TaskState | None = None

    def person_for(self, role: str) -> Person | None:
        return {"patient": self.patient, "family": self.contact}.get(role)

    def _driver(self, phone: str) -> SmsDriver:
        if phone not in self.drivers:
            self.drivers[phone] = SmsDriver(self.running, self.db, phone, self.reply_timeout, self.fuzzer.nonce)
        return self.drivers[phone]

    def verify(self, person: Person) -> list[str]:
        """Ask for the tasks and answer the date of birth; the transcript. Raises if it did not verify."""
        driver = self._driver(person.phone)
        said = []
        for text in ("what do I need to do today", person.dob.strftime("%m/%d/%Y")):
            if self.db.access(f"phone:{person.phone}", person)[0]:
                break
            seen = driver.send(text)
            said += [f"> {text}"] + [f"< {r}" for r in seen.replies]
        if not self.db.access(f"phone:{person.phone}", person)[0]:
            raise RuntimeError(f"could not verify {person.name} ({person.phone}):\n" + "\n".join(said))
        self.fuzzer.used.add(person.phone)  # from now on, reset before each message
        return said

    def start(self) -> list[str]:
        with session_scope(self.running.engine) as s:  # the family role is judged with full consent
            row = s.execute(select(AuthorizedContact).where(AuthorizedContact.phone == self.contact.phone)).scalar_one()
            row.permissions = ",".join(sorted(FULL_CONSENT))
        said = self.verify(self.patient) + self.verify(self.contact)
        for person in (self.patient, self.contact):
            self.fuzzer._reset(person.phone, None, person.phone)
        self.care = CareFacts.load(self.running.engine, self.patient.patient_mrn)
        self.tasks = TaskState(self.running.engine, self.care.patient_id)
        self.completions_undone += self.tasks.restore()
        return said

    def fresh_stranger(self) -> str:
        while True:
            phone = phones.normalize(stranger_phone(self.rng))
            if phone not in self.known_phones and phone not in self.used_strangers:
                self.used_strangers.add(phone)
                return phone

    def _clean(self, person: Person | None, phone: str) -> None:
        """What an earlier message could have changed, put back (tests/fuzz.py's reset,
        keeping the date-of-birth verification, plus the patient's task completions)."""
        if person is None:
            return
        self.fuzzer._reset(phone, None, phone)  # escalations resolved, opt-out removed, rate window, Rasa restart
        self.completions_undone += self.tasks.restore()
        if not self.db.access(f"phone:{phone}", person)[0]:
            self.reverifications += 1
            self.verify(person)
            self.fuzzer._reset(phone, None, phone)

    def _forget_verification(self, phone: str) -> None:
        """The sender is asked for the date of birth, as after a verification expired."""
        with session_scope(self.running.engine) as s:
            s.execute(delete(Verification).where(Verification.identity == f"phone:{phone}"))

    def send(self, item: BlindItem, answer_zip: bool = True) -> Outcome:
        person = self.person_for(item.role)
        phone = person.phone if person else self.fresh_stranger()
        self._clean(person, phone)
        if item.behaviour == "verify_dob" and person is not None:
            self._forget_verification(phone)  # the message is the date-of-birth answer
        driver = self._driver(phone)
        since_id = self.db.max_id(Escalation.id)
        seen = driver.send(item.text)
        outcome = Outcome(list(seen.replies), latency=seen.latency, completed=seen.completed,
                          transport_error=seen.transport_error, sender=phone)
        time.sleep(0.3)
        outcome.replies += driver.late()
        # "What's your zip code?" is the right next step for a sender with no zip on file:
        # answer it once, so that the resources it then lists show what was understood.
        asks_zip = outcome.replies and ("zip code" in outcome.replies[-1] or "código postal" in outcome.replies[-1])
        if answer_zip and item.behaviour == "resource" and asks_zip:
            follow = driver.send(STRANGER_ZIP)
            time.sleep(0.3)
            outcome.zip_follow_up = list(follow.replies) + driver.late()
        if item.behaviour == "crisis":
            deadline = time.monotonic() + 2.0
            while not self.db.urgent_escalation(phone, since_id) and time.monotonic() < deadline:
                time.sleep(0.2)
        outcome.urgent_escalation = self.db.urgent_escalation(phone, since_id)
        outcome.new_escalations = new_escalations(self.running.engine, phone, since_id)
        if person is None:
            self.drivers.pop(phone, None)
        return outcome

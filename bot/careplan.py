"""Care-plan queries and their SMS-sized wording: what's due, the next appointment,
a task's instructions, and recording a task done."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from bot import catalogue
from bot.catalogue import say
from bot.dialogue import fold_accents
from bot.models import CarePlan, CareTask, PlanStatus, TaskCompletion, TaskKind, TaskStatus

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TIMEFRAMES = ("today", "tomorrow", "this_week", "remaining")
SMS_LIMIT = 320


@dataclass(frozen=True)
class Occurrence:
    task: CareTask
    at: dt.datetime  # aware, UTC
    done: bool


def active_tasks(session: Session, patient_id: int) -> list[CareTask]:
    return list(session.execute(
        select(CareTask).join(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.status == PlanStatus.ACTIVE.value,
               CareTask.status != TaskStatus.CANCELLED.value)
        .options(selectinload(CareTask.completions))
    ).scalars())


def _recurs_on(task: CareTask, day: dt.date) -> bool:
    rule = task.recurrence or ""
    if rule == "daily":
        return True
    if rule == "weekdays":
        return day.weekday() < 5
    if rule.startswith("weekly:"):
        return WEEKDAYS[day.weekday()] in rule.split(":", 1)[1].split(",")
    return False


def occurrence_times(task: CareTask, first: dt.date, last: dt.date, zone: ZoneInfo) -> list[dt.datetime]:
    """When a task falls due on local days first..last (aware, UTC): a recurring task keeps
    its local clock time across daylight-saving changes."""
    if task.due_at is None:
        return []
    due_local = task.due_at.astimezone(zone)
    if not task.recurrence:
        return [task.due_at] if first <= due_local.date() <= last else []
    result, day = [], max(first, due_local.date())
    while day <= last:
        if _recurs_on(task, day):
            local = dt.datetime.combine(day, due_local.time(), tzinfo=zone)
            result.append(local.astimezone(dt.timezone.utc))
        day += dt.timedelta(days=1)
    return result


def is_done(task: CareTask, at: dt.datetime, zone: ZoneInfo, completed: list[dt.datetime]) -> bool:
    """Whether the occurrence at `at` was reported done: a one-off task by its status, a
    recurring one by a completion on the same local day (`completed`: its completion times)."""
    if not task.recurrence:
        return task.status == TaskStatus.DONE.value
    day = at.astimezone(zone).date()
    return any(c.astimezone(zone).date() == day for c in completed)


def completion_times(task: CareTask) -> list[dt.datetime]:
    """When a recurring task was reported done (what `is_done` matches days against)."""
    return [c.completed_at for c in task.completions] if task.recurrence else []


def occurrences(task: CareTask, first: dt.date, last: dt.date, zone: ZoneInfo) -> list[Occurrence]:
    """A task's occurrences on local days first..last, each marked done or not."""
    completed = completion_times(task)
    return [Occurrence(task, at, is_done(task, at, zone, completed)) for at in occurrence_times(task, first, last, zone)]


def window(timeframe: str, today: dt.date) -> tuple[dt.date, dt.date]:
    if timeframe == "tomorrow":
        tomorrow = today + dt.timedelta(days=1)
        return tomorrow, tomorrow
    if timeframe == "this_week":
        return today, today + dt.timedelta(days=6)
    return today, today


def due_tasks(session: Session, patient_id: int, timeframe: str, zone: ZoneInfo, now: dt.datetime) -> list[Occurrence]:
    """Occurrences in the time frame, by time. "remaining" = everything not done: overdue
    one-off tasks and today's open occurrences, then later ones this week."""
    today = now.astimezone(zone).date()
    tasks = active_tasks(session, patient_id)
    if timeframe == "remaining":
        found = [o for t in tasks for o in occurrences(t, today, today + dt.timedelta(days=6), zone) if not o.done]
        overdue = [Occurrence(t, t.due_at, False) for t in tasks
                   if not t.recurrence and t.due_at and t.status == TaskStatus.PENDING.value
                   and t.due_at.astimezone(zone).date() < today]
        return sorted(overdue + found, key=lambda o: o.at)
    first, last = window(timeframe, today)
    return sorted((o for t in tasks for o in occurrences(t, first, last, zone)), key=lambda o: o.at)


def next_appointment(session: Session, patient_id: int, now: dt.datetime) -> CareTask | None:
    return session.execute(
        select(CareTask).join(CarePlan)
        .where(CarePlan.patient_id == patient_id, CarePlan.status == PlanStatus.ACTIVE.value,
               CareTask.kind == TaskKind.APPOINTMENT.value, CareTask.status == TaskStatus.PENDING.value,
               CareTask.due_at >= now)
        .order_by(CareTask.due_at)
    ).scalars().first()


def next_occurrence(task: CareTask, zone: ZoneInfo, now: dt.datetime) -> dt.datetime | None:
    """When a task is next due (a daily pill: today's time if still ahead, else tomorrow's),
    within a week; None for a task with no date or only past ones."""
    today = now.astimezone(zone).date()
    ahead = [o.at for o in occurrences(task, today, today + dt.timedelta(days=7), zone) if o.at >= now]
    if ahead:
        return ahead[0]
    return task.due_at if task.due_at is not None and task.due_at >= now else None


# Words people use for a kind of task, so "took my meds" finds "Take metformin 500 mg"
# (English and Spanish, accents folded).
KIND_WORDS = {
    TaskKind.MEDICATION.value: {"med", "meds", "medz", "medicine", "medication", "medications", "pill", "pills",
                                "dose", "tablet", "tablets", "insulin", "inhaler", "shot", "medicina", "medicinas",
                                "medicamento", "medicamentos", "pastilla", "pastillas", "pildora", "pildoras",
                                "insulina", "dosis", "inyeccion", "inhalador"},
    TaskKind.EXERCISE.value: {"walk", "walking", "exercise", "exercises", "stretch", "stretches", "pt", "lifts",
                              "workout", "caminar", "caminata", "ejercicio", "ejercicios", "estiramientos"},
    TaskKind.APPOINTMENT.value: {"appointment", "appt", "visit", "doctor", "dr", "cita", "consulta", "doctora"},
    TaskKind.EDUCATION.value: {"class", "video", "reading", "lesson", "clase", "curso", "platica", "taller"},
    # follow-ups are mostly tests and calls: "the lab work", "bloodwork", "el laboratorio"
    TaskKind.FOLLOW_UP.value: {"lab", "labs", "bloodwork", "labwork", "laboratorio", "analisis", "examen"},
    TaskKind.EQUIPMENT.value: {"walker", "wheelchair", "oxygen", "equipment", "cpap", "scale", "andadera",
                               "oxigeno", "bascula", "silla"},
}
_STOP = {"my", "the", "a", "an", "i", "to", "of", "for", "with", "and", "or", "in", "on", "at", "do", "did", "done",
         "take", "took",
         # who and "finished": "she finished it" names no task (not "Weigh yourself and write it down")
         "it", "its", "she", "he", "her", "his", "him", "they", "them", "their", "we", "our", "me", "is", "was",
         "just", "already", "finished", "finish", "completed", "complete", "all", "went", "got", "this", "that",
         # Spanish: "ya me tome la pastilla", "como es lo de medirse el azucar"
         "mi", "mis", "el", "la", "los", "las", "lo", "de", "del", "un", "una", "y", "que", "q", "ke", "me", "se",
         "te", "le", "ya", "su", "sus", "en", "con", "para", "pa", "por", "es", "como", "hice", "hizo", "tome",
         "tomo", "hecho", "listo", "lista", "termine", "termino", "tengo", "tiene", "hacer", "hago", "hace",
         "ella", "el", "mama", "mami", "papa", "esto", "eso", "esa", "ese", "al", "a", "o",
         # "step by step for weighing myself please I keep messing it up" named the follow-up ("up"), found by using it
         "up", "please", "pls"}


KIND_WORD_SCORE = 2  # what a word for the task's kind alone adds to a match


# The thing people name for a task's action: "how do I do the scale" is about weighing, "los
# pasos pa medir la glucosa" about checking the sugar, "lo de la farmacia" about picking up.
_NAMED_BY_ITS_TOOL = {"scale": "weigh", "glucose": "sugar", "glucosa": "azucar", "glucometro": "azucar",
                      "glucometer": "sugar", "farmacia": "recoger",
                      # the meter: "instrucciones para el medidor nuevo porfa" (es_55)
                      "medidor": "azucar",
                      # the finger prick that checks it: "como se hace la prueba del dedo" (es_39)
                      "dedo": "azucar", "fingerstick": "sugar",
                      # the numbers it gives: "como le apunto a mi mama sus lecturas? en papel o hay app" (es_59)
                      "lecturas": "azucar", "lectura": "azucar",
                      # what an insulin dose is counted in: "cuantas unidades dice mi plan que me ponga en la noche" (es_64)
                      "unidades": "insulina", "units": "insulin",
                      # how it is given: "en que parte de la panza me inyecto?" (es_66)
                      "inyecto": "insulina", "inyectar": "insulina", "inyectarme": "insulina", "inyecta": "insulina"}


# Medicines by the names people give them: "the heart pill twice a day" is the beta blocker, not the
# "water pill" whose title holds the word "pill" (en_34); "la pastilla del azucar" is metformin.
# (by its class too: "whats the instructions on the beta blocker one", en_74)
_LAY_NAMES = re.compile(r"\b(?:(heart|blood pressure|bp) (?:pills?|meds?|medicines?)|(blood thinners?)|(beta ?blockers?)|(diuretics?)|"
                        r"(sugar|diabetes) (?:pills?|meds?|medicines?)|"
                        r"pastillas? (?:del|de la|pa la|para la) (corazon|presion|azucar))\b")
_HEART = "carvedilol metoprolol coreg digoxin entresto"
_PRESSURE = "lisinopril amlodipine losartan carvedilol metoprolol"
_THINNER = "warfarin coumadin eliquis apixaban xarelto"
_SUGAR = "metformin metformina glipizide"
_BETA_BLOCKER = "carvedilol metoprolol coreg bisoprolol atenolol"
_DIURETIC = "furosemide lasix water pill torsemide bumetanide"
_LAY_NAME_MEANS = {"heart": _HEART, "corazon": _HEART,
                   "blood pressure": _PRESSURE, "bp": _PRESSURE, "presion": _PRESSURE,
                   "blood thinner": _THINNER, "blood thinners": _THINNER,
                   "sugar": _SUGAR, "diabetes": _SUGAR, "azucar": _SUGAR}
_LAY_NAME_MEANS |= {name: _BETA_BLOCKER for name in ("beta blocker", "beta blockers", "betablocker", "betablockers")}
_LAY_NAME_MEANS |= {"diuretic": _DIURETIC, "diuretics": _DIURETIC}


# Medicines' names as voice typing hears them, whole words that `_spoken_apart` cannot join: "how do I take my fury semi"
# (en_66), "carve the lol"
# ("furo semi instructions", "does the car that a loll need to be with food": en_68)
# ("what time of day am i supposed to take the furrow semi": en_71)
_DICTATED = ((re.compile(r"\b(?:fury|furry|furrow|furrows|fur|furo|for a|fir) (?:o |a |so )?semi(?:de|day|d)?\b"), "furosemide"),
             (re.compile(r"\b(?:carve (?:the|a|uh|of)|car (?:that|the|di) (?:a |uh )?) ?(?:lol|loll|dial|dill|dole)\b"), "carvedilol"),
             # (what it does, not what it is called: "im confused about the fluid pill, morning only?", en_69; "the pill for the
             # water, how many do i take", en_73)
             (re.compile(r"\b(?:fluid pills?|pills? for the (?:water|fluid|swelling))\b"), "water pill"))


def lay_names_named(text: str) -> str:
    """The text with medicines named as the plan names them: "the heart pills" -> the beta blockers' names, "fury semi" ->
    furosemide (also read by the intent guards: "does the car that a loll need to be with food")."""
    for dictated, name in _DICTATED:
        text = dictated.sub(name, text)
    return _LAY_NAMES.sub(lambda m: _LAY_NAME_MEANS[next(g for g in m.groups() if g)], text)


# A task by its place in the day's list: "how to do #1", "number 2", "the first one", "la segunda" (en_75); not "the first
# thing in the morning" nor "2 pills"
_PLACE = re.compile(r"#\s?([1-9])\b|\b(?:number|numero|num|no|task|item|tarea)\.?\s?#?([1-9])\b(?! (?:pills?|tablets?|mg|units?|am|pm))"
                    r"|\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa])"
                    r"(?= (?:one|task|item|thing on the list|on the list|tarea|de la lista)\b| ?[?.!]*$)", re.IGNORECASE)
_PLACE_WORDS = {"first": 1, "1st": 1, "primer": 1, "primero": 1, "primera": 1, "second": 2, "2nd": 2, "segundo": 2, "segunda": 2,
                "third": 3, "3rd": 3, "tercer": 3, "tercero": 3, "tercera": 3, "fourth": 4, "4th": 4, "cuarto": 4, "cuarta": 4,
                "fifth": 5, "5th": 5, "quinto": 5, "quinta": 5}


def place_in_list(text: str) -> int | None:
    """The place (1-based) a message names in the day's list, or None."""
    found = _PLACE.search(text)
    if found is None:
        return None
    digit = found.group(1) or found.group(2)
    return int(digit) if digit else _PLACE_WORDS[found.group(3).lower()]


def _words(text: str) -> set[str]:
    """Content words, accents folded ("azúcar" and "azucar" are one word), medicines' lay names as
    the medicines (`_LAY_NAMES`)."""
    folded = lay_names_named(fold_accents((text or "").lower()))
    words = {w for w in re.findall(r"[a-z0-9]+", folded) if w not in _STOP}
    return words | {_NAMED_BY_ITS_TOOL[w] for w in words if w in _NAMED_BY_ITS_TOOL}


def _spoken_apart(text: str) -> set[str]:
    """A medicine's name dictated as syllables, joined again: "the fur o semide" -> "furosemide", "car ved a lol" ->
    "carvedalol" (en_58, en_59: voice typing). Runs of three or four short pieces only, so ordinary words stay apart."""
    pieces = re.findall(r"[a-z]+", fold_accents((text or "").lower()))
    joined = set()
    for size in (3, 4):
        for i in range(len(pieces) - size + 1):
            run = pieces[i:i + size]
            if all(len(p) <= 6 for p in run) and len("".join(run)) >= 8 and any(len(p) <= 2 for p in run):
                joined.add("".join(run))
    return joined


def _stems(words: set[str]) -> set[str]:
    """Each word's first five letters, and for a long word the same letters in order, so two swapped
    letters still match ("fruosemide" ~ "furosemide", found by a blind set)."""
    return {w[:5] for w in words} | {"".join(sorted(w[:5])) for w in words if len(w) >= 8}


def names_kind(phrase: str, kind: str) -> bool:
    """Whether the phrase uses a word for that kind of task ("appt", "visit", "cita")."""
    return bool(_words(phrase) & KIND_WORDS.get(kind, set()))


def match_score(task: CareTask, phrase: str) -> int:
    """Words shared with the title count most, then word stems ("weight" ~ "weigh"), then
    the instructions; a word for the task's kind ("meds" for a medication) adds a little.
    0 unless the phrase touches the title or the kind: a word that only turns up in the
    instructions ("inhaler" in an appointment's "bring your inhalers") names nothing."""
    words = _words(phrase)
    if not words:
        return 0
    title, instructions = _words(task.title), _words(task.instructions)
    title_stems = _stems(title)
    words |= {w for w in _spoken_apart(phrase) if _stems({w}) & title_stems}  # a joined run counts only for the title
    named = 3 * len(words & title) + 2 * len(_stems(words) & title_stems)
    if words & KIND_WORDS.get(task.kind, set()):
        named += KIND_WORD_SCORE
    return named + len(_stems(words) & _stems(instructions)) if named else 0


def find_task(session: Session, patient_id: int, phrase: str, zone: ZoneInfo, now: dt.datetime,
              visible: Callable[[CareTask], bool] | None = None, strongest: bool = False) -> CareTask | None:
    """The patient's task `phrase` names best; ties go to what is due soonest today. With
    `visible`, only among the tasks it accepts (what the sender may see). A phrase of
    several lines is tried line by line, best first (dialogue.task_phrase: the words the
    model tagged, then the whole message). With `strongest`, a later line wins by naming
    another task more strongly, for a question about one task: "which of my pills goes with
    supper" tags "pills" (the water pill's word) and the whole message names the supper pill
    (found by using it). A report of a task done keeps the tagged words first."""
    tasks = [t for t in active_tasks(session, patient_id) if visible is None or visible(t)]
    best = None
    for line in (phrase or "").split("\n"):
        found = _best_match(tasks, line, zone, now)
        if found is not None and not strongest:
            return found[1]
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return best[1] if best else None


def _best_match(tasks: list[CareTask], phrase: str, zone: ZoneInfo, now: dt.datetime) -> tuple[int, CareTask] | None:
    """The best-named task and its score."""
    today = now.astimezone(zone).date()
    scored = []
    for task in tasks:
        score = match_score(task, phrase)
        if score:
            due_today = any(not o.done for o in occurrences(task, today, today, zone))
            distance = abs((task.due_at - now).total_seconds()) if task.due_at else float("inf")
            scored.append((-score, not due_today, distance, task.id, task))
    if not scored:
        return None
    top = min(scored)
    return -top[0], top[-1]


def record_done(session: Session, task: CareTask, channel: str, reported_by: str, now: dt.datetime) -> TaskCompletion:
    """Record a completion (with time and channel) for the case manager to see."""
    completion = TaskCompletion(task=task, completed_at=now, channel=channel, reported_by=reported_by)
    session.add(completion)
    if not task.recurrence:
        task.status, task.completed_at, task.completed_via = TaskStatus.DONE.value, now, channel
    session.flush()
    return completion


# --- wording ---------------------------------------------------------------------------


def clock_time(moment: dt.datetime, zone: ZoneInfo, language: str = "en") -> str:
    return catalogue.clock_time(moment, zone, language)


def day_and_time(moment: dt.datetime, zone: ZoneInfo, now: dt.datetime, language: str = "en") -> str:
    local, today = moment.astimezone(zone), now.astimezone(zone).date()
    if local.date() == today:
        day = say("day_today", language)
    elif local.date() == today + dt.timedelta(days=1):
        day = say("day_tomorrow", language)
    elif today < local.date() < today + dt.timedelta(days=7):
        day = catalogue.weekday(moment, zone, language)
    else:
        day = catalogue.short_date(moment, zone, language)
    return say("day_at_time", language, day=day, time=clock_time(moment, zone, language))


@dataclass(frozen=True)
class Reader:
    """Who reads a reply about a care plan: their language, and the patient's first name
    when it is not their own plan (a family contact asking about "mom" reads "Dorothy's")."""

    language: str = "en"
    patient_name: str | None = None

    def plan(self) -> str:
        return say("plan_named", self.language, name=self.patient_name) if self.patient_name else say("plan_own", self.language)


def format_tasks(occurrences: list[Occurrence], timeframe: str, zone: ZoneInfo, now: dt.datetime,
                 reader: Reader = Reader()) -> str:
    lang = reader.language
    when_key = timeframe if timeframe in TIMEFRAMES else "today"
    label = say(f"timeframe_{when_key}", lang)
    if not occurrences:
        return say("plan_caught_up", lang) if timeframe == "remaining" else say("plan_nothing", lang, plan=reader.plan(), when=label)
    heading = (say("plan_heading_named", lang, name=reader.patient_name, when=label) if reader.patient_name
               else say("plan_heading_own", lang, when=label))
    lines = [heading]
    for occ in occurrences:
        mark = say("plan_done_mark", lang) if occ.done else ""
        when = clock_time(occ.at, zone, lang) if timeframe in ("today", "tomorrow") else day_and_time(occ.at, zone, now, lang)
        lines.append(say("plan_line", lang, mark=mark, when=when, title=occ.task.title))
    if any(not o.done for o in occurrences):
        lines.append(say("plan_reply_done", lang))
    return "\n".join(lines)


def format_appointment(task: CareTask | None, zone: ZoneInfo, now: dt.datetime, reader: Reader = Reader()) -> str:
    """Titles, providers, places and instructions are shown as written on file."""
    lang = reader.language
    if task is None:
        return say("appointment_none", lang, plan=reader.plan())
    heading = (say("appointment_heading_named", lang, name=reader.patient_name) if reader.patient_name
               else say("appointment_heading_own", lang))
    parts = [say("appointment_line", lang, heading=heading, title=task.title, when=day_and_time(task.due_at, zone, now, lang))]
    if task.provider:
        parts.append(say("appointment_with", lang, provider=task.provider))
    text = ", ".join(parts) + "."
    if task.location:
        text += " " + say("appointment_where", lang, location=task.location)
    if task.instructions:
        text += f" {task.instructions}"
    return text


def is_overdue(task: CareTask, now: dt.datetime) -> bool:
    """A one-time task whose day has passed and that is not done (the lab that was due)."""
    return (not task.recurrence and task.due_at is not None and task.due_at < now
            and task.status == TaskStatus.PENDING.value)


def is_ahead_or_overdue(task: CareTask, zone: ZoneInfo, now: dt.datetime) -> bool:
    return next_occurrence(task, zone, now) is not None or is_overdue(task, now)


def format_scheduled(task: CareTask, zone: ZoneInfo, now: dt.datetime, language: str = "en") -> str:
    """"When is the nurse call?": the task the person named, when it is next due (or that it
    was due and is not done yet), and where."""
    upcoming = next_occurrence(task, zone, now)
    key, when = ("scheduled_line", upcoming) if upcoming is not None else ("scheduled_overdue", task.due_at)
    text = say(key, language, title=task.title, when=day_and_time(when, zone, now, language))
    if task.location:
        text += " " + say("appointment_where", language, location=task.location)
    return text


def format_instructions(task: CareTask | None, language: str = "en", when: str | None = None) -> str:
    """How to do a task; for a one-time task (a class, a lab visit), also when it is, or
    that it was due and is not done yet: "where is the cooking class?", "when's the class?"
    and "when am I supposed to get the blood work?" all want the day. `when`: the
    sentence from `one_time_when`."""
    if task is None:
        return say("instructions_which_task", language)
    body = task.instructions or say("instructions_none", language)
    text = say("instructions_line", language, title=task.title, body=body)
    return f"{text} {when}" if when else text


def one_time_when(task: CareTask, zone: ZoneInfo, now: dt.datetime, language: str = "en") -> str | None:
    """When a one-time task is due ("When: Friday at 2:00 PM."), or that it was due and is
    not done yet; None for a recurring task (its times are in the task list) or one done."""
    if task.recurrence or task.due_at is None or task.status == TaskStatus.DONE.value:
        return None
    key = "instructions_when" if task.due_at >= now else "instructions_overdue"
    return say(key, language, when=day_and_time(task.due_at, zone, now, language))


def format_done(task: CareTask, completion: TaskCompletion, zone: ZoneInfo, language: str = "en") -> str:
    return say("done_recorded", language, title=task.title, time=clock_time(completion.completed_at, zone, language))

"""The blind evaluation's judge reads a reply as a person would (tests/blind.py)."""
from __future__ import annotations

from bot.catalogue import say
from tests.blind import BlindItem, CareFacts, Outcome, judge

PILL = "Take furosemide (water pill) 40 mg in the morning"
WEIGH = "Weigh yourself and write it down"
CARE = CareFacts(patient_id=1, task_titles=[PILL, WEIGH], appointment_titles=[], next_appointment=None,
                 today_titles=[PILL, WEIGH], instructions={})
ASKS_WHAT_ELSE = BlindItem(1, "ok I took the water pill already so what else do I got", "tasks", "patient")


def _judged(reply: str) -> bool:
    return judge(ASKS_WHAT_ELSE, Outcome(replies=[reply]), CARE, {})[0]


def test_a_done_recorded_then_what_is_still_open_listed_answers_a_question_for_the_list():
    done = say("done_recorded", "en", title=PILL, time="9:00 AM")
    assert _judged(done + " " + say("done_still_open", "en", names=WEIGH))


def test_a_done_recorded_alone_does_not_list_the_tasks():
    assert not _judged(say("done_recorded", "en", title=PILL, time="9:00 AM"))

"""The deterministic safety layer inside Rasa's NLU pipeline.

It runs on every parsed message, after the intent classifier and the fallback
classifier, and turns any message bot.safety flags into `report_emergency` with full
confidence, whatever the model predicted. The model's own `report_emergency` intent is
the other, independent trigger: either one alone starts the crisis response (the
model alone gets the gentler check-in, actions/actions.py).

One exception to the model's trigger: when the detector found the crisis words and read
every one of them as not happening now ("no chest pain today", "had a heart attack in
2019", "how would I know if I'm having a stroke": `safety.explained_away`), the model's
`report_emergency` gives way to its next guess. On every labelled set in tests/data no
crisis is among those messages; dozens of care-plan reports, histories and learning
questions are (docs/safety.md). The same for a plain report of a care-plan task done
("I weighed myself and wrote it down", `intent_guards.plain_task_report`): no crisis word,
no word of distress; and for an idiom of death about everyday things with no word of
distress besides ("these copays are gonna be the death of me", "me muero de hambre":
`intent_guards.only_figurative`); for a question about when a visit is ("when was moms blood
work supposed to be?", `intent_guards.asks_when_a_visit_is`); and for a question asking medical judgement with no
crisis words ("my ankles look a little puffy, is that bad": `advice.asks_medical_advice`),
which becomes `medical_question`: over every blind set's first run the model's check-in
fired on 11 such questions and on no crisis among them.
Three more, each with no word of distress: nothing happening, said in so many words ("what do i
do if i fall and no one is around? want to be prepared", "bruised purple but it doesn't hurt", a
knife "cutting potatoes": `intent_guards.nothing_happening`) gives way to the next guess; a need
the category vocabulary names, not low mood ("my son used to take me everywhere but he moved to
texas": `intent_guards.names_a_need`) becomes `find_resource`; a person asked for ("my eyes are
bad and typing is hard, can a person phone me": `intent_guards.asks_for_a_person`) becomes
`request_human`, so a person still calls. A question about when a visit is becomes
`ask_next_appointment` itself (the next guess may be "task done").
Something long past, told with all well now ("I fell last winter on the ice but I'm fine
now": `safety.long_ago_and_fine_now`), gives way like a story or a laugh; after any of
those the next guess is never "task done" unless the words report a task (a story recorded
a visit as done once).
Likewise a piece of equipment asked for by name ("i need one of those grabber things to
pick stuff off the floor": `intent_guards.asks_only_for_equipment`) becomes `find_resource`:
over every blind set such messages were 346 resource requests and one crisis, which the
detector itself catches ("my oxygen ran out and I'm struggling to get air").

Under the rules, a safety net (`bot/safety_net.py`): danger words found together that no
rule placed ("my nephew is threatening me, he's in my kitchen") make the message
`report_emergency` too, with full confidence (signal "net:<cue>").
The dialogue answers it with the check-in and an urgent page, whatever the model predicted:
on every fresh blind set the model had missed most of these (docs/safety.md).
"""
from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot import advice, intent_guards, safety, safety_net

EMERGENCY_INTENT = "report_emergency"
FALLBACK_INTENT = "nlu_fallback"
MEDICAL_QUESTION_INTENT = "medical_question"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyOverride(GraphComponent):
    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "SafetyOverride":
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            assessment = safety.assess(text)
            if assessment.kind == safety.Kind.NONE:
                predicted = (message.get(INTENT) or {}).get("name")
                cue = safety_net.danger_cue(text)
                if cue is not None:
                    _promote_because(message, EMERGENCY_INTENT, f"net:{cue}")
                elif predicted == EMERGENCY_INTENT and safety.asked_in_general(text):
                    # "is chest pain always a heart attack?": the care team answers it (the model's next guess was a
                    # near-zero "next appointment", en_43)
                    _promote_because(message, MEDICAL_QUESTION_INTENT, "asked_in_general")
                elif predicted == EMERGENCY_INTENT and safety.explained_away(text):
                    _demote_emergency(message, "explained_away")
                elif predicted == EMERGENCY_INTENT and safety.screening_answered_no(text):
                    _demote_emergency(message, "screening_no")  # "the nurse asked if I ever thought about hurting myself and I said no"
                elif predicted == EMERGENCY_INTENT and intent_guards.asks_when_a_visit_is(text):
                    _promote_because(message, "ask_next_appointment", "asks_when")  # not the next guess: it may be "done"
                elif predicted == EMERGENCY_INTENT and intent_guards.plain_task_report(text):
                    _demote_emergency(message, "task_report")
                elif predicted == EMERGENCY_INTENT and intent_guards.only_figurative(text):
                    _demote_emergency(message, "figurative")
                elif predicted == EMERGENCY_INTENT and safety.long_ago_and_fine_now(text):
                    _demote_emergency(message, "long_ago_fine_now")
                elif predicted == EMERGENCY_INTENT and safety.told_lightly(text):
                    _demote_emergency(message, "told_lightly")
                elif predicted == EMERGENCY_INTENT and intent_guards.asks_only_for_equipment(text):
                    # "i need one of those grabber things to pick stuff off the floor"
                    _promote_because(message, "find_resource", "asks_equipment")
                elif predicted == EMERGENCY_INTENT and intent_guards.nothing_happening(text):
                    _demote_emergency(message, "nothing_happening")
                elif predicted == EMERGENCY_INTENT and intent_guards.names_a_need(text):
                    _promote_because(message, "find_resource", "names_need")
                elif predicted == EMERGENCY_INTENT and safety.harm_denied_and_talk_asked(text):
                    # "i feel like a burden ... not thinking of hurting myself, i just want to talk to somebody" (en_57)
                    _promote_because(message, "find_resource", "harm_denied_talk_asked")  # counselling, with the 988 line
                elif predicted == EMERGENCY_INTENT and intent_guards.low_mood_only(text):
                    _promote_because(message, "find_resource", "low_mood")  # counselling, with the 988 line
                elif predicted == EMERGENCY_INTENT and intent_guards.asks_for_the_list(text):
                    _promote_because(message, "ask_tasks", "asks_list")
                elif predicted == EMERGENCY_INTENT and intent_guards.asks_how_to_do_a_task(text):
                    _promote_because(message, "ask_task_instructions", "asks_how")  # "step by step for weighing myself"
                elif predicted == EMERGENCY_INTENT and intent_guards.only_moves_a_visit(text):
                    # "My hip is acting up and I cant get down there next week, can it be moved": a person still
                    # follows up, as for every reschedule
                    _promote_because(message, "cannot_make_appointment", "moves_visit")
                elif predicted == EMERGENCY_INTENT and intent_guards.asks_for_a_person(text):
                    # "my eyes are bad and typing is hard, can a person phone me"
                    _promote_because(message, "request_human", "asks_person")
                elif predicted == EMERGENCY_INTENT and advice.asks_medical_advice(text) \
                        and not intent_guards.acute_signs_told(text):  # "sweating, pain in his jaw, could it be his heart"
                    _promote_because(message, MEDICAL_QUESTION_INTENT, "asks_advice")
            else:
                _promote_because(message, EMERGENCY_INTENT, assessment.signal, assessment.kind)
            if (message.get(INTENT) or {}).get("name") == EMERGENCY_INTENT:
                # An emergency fills no form: "i cnat typ rite my hnd is wierd" while the resource form asked for a
                # zip had "rite" tagged as a resource category, so the form took the message as an answer and the
                # check-in never came (found with sms send). Without entities the form rejects it and the rule for
                # an emergency during the form answers.
                message.set(ENTITIES, [], add_to_output=True)
        return messages


def _promote_because(message: Message, name: str, signal: str | None, kind: safety.Kind = safety.Kind.NONE) -> None:
    """`name` as the intent (`promote_intent`), and the safety decision behind it for the
    dialogue and the logs: the kind found and the signal (never message text)."""
    promote_intent(message, name)
    message.set("safety", {"kind": kind.value, "signal": signal}, add_to_output=True)


def promote_intent(message: Message, name: str) -> None:
    """`name` as the message's intent with full confidence, first in the ranking, so the
    policies' own thresholds cannot undo a deterministic decision."""
    top = {"name": name, "confidence": 1.0}
    others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, [top, *others], add_to_output=True)


# Demotions for something told, not asked: the next guess is acted on only with its own words (`_NEEDS_ITS_WORDS`).
_STORIES = frozenset({"long_ago_fine_now", "told_lightly", "figurative"})
# Next guesses that record, open or answer something, with the words each needs
_NEEDS_ITS_WORDS = {"report_task_done": intent_guards.plain_task_report,
                    "cannot_make_appointment": intent_guards.asks_to_change_a_visit,
                    "request_human": intent_guards.a_person_asked,
                    "medical_question": lambda text: advice.asks_medical_advice(text) or intent_guards.asks_something(text),
                    "find_resource": intent_guards.names_a_need}


def _demote_emergency(message: Message, why: str) -> None:
    """The model's next guess instead of `report_emergency` (or the fallback intent), with
    the intent guards applied to it as they were to the first guess: "if I ever get chest
    pain do I call 911 or text you first" has "goodbye" next, which they correct."""
    others = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != EMERGENCY_INTENT]
    top = others[0] if others else {"name": FALLBACK_INTENT, "confidence": 0.0}
    message.set(INTENT, top, add_to_output=True)
    message.set(INTENT_RANKING_KEY, others, add_to_output=True)
    message.set("safety", {"kind": safety.Kind.NONE.value, "signal": why}, add_to_output=True)
    apply_intent_guards(message)
    guess = (message.get(INTENT) or {}).get("name")
    # ("nothing happening" includes plain reports: "the blood test lady stuck me 3 times ... it doesn't hurt" stays recorded)
    told = why in _STORIES or (why == "nothing_happening" and guess != "report_task_done")
    if told and guess != "cannot_make_appointment" and intent_guards.asks_to_change_a_visit(message.get(TEXT) or ""):
        promote_intent(message, "cannot_make_appointment")  # "i double booked myself, need to move the nurse phone call"
    elif told and guess in _NEEDS_ITS_WORDS and not _NEEDS_ITS_WORDS[guess](message.get(TEXT) or ""):
        # "I fell last winter on the ice but I'm fine now" had "done" next, and a visit was recorded as done;
        # "breathtaking view from my granddaughter's new apartment" had a reschedule next (en_68): a story asks
        # for nothing, and the next guess is acted on only when its words are there
        promote_intent(message, "small_talk")
    elif why == "task_report" and (message.get(INTENT) or {}).get("name") == FALLBACK_INTENT:
        # "Good morning. I weighed myself at 7:15 and it was one hundred eighty two pounds. I wrote it in
        # the book." had only the fallback left (en_34): a plain report of a task is one
        promote_intent(message, "report_task_done")


def apply_intent_guards(message: Message) -> None:
    """The intent guards' correction of the message's intent, if any, recorded for the logs
    (`bot/intent_guard_component.py` runs this on the classifier's guess; a demoted
    emergency runs it on the next guess)."""
    predicted = (message.get(INTENT) or {}).get("name")
    corrected = intent_guards.corrected_intent(message.get(TEXT) or "", predicted)
    if corrected is None:
        return
    promote_intent(message, corrected)
    message.set("intent_guard", {"from": predicted, "to": corrected}, add_to_output=True)

"""The two deterministic components in Rasa's NLU pipeline, on parsed messages (no model):
the safety override and the intent guards."""
from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.intent_guard_component import IntentGuard
from bot.safety_classifier import SafetyOverride


def parsed(text: str, *ranking: tuple[str, float]) -> Message:
    ranked = [{"name": name, "confidence": confidence} for name, confidence in ranking]
    return Message(data={TEXT: text, INTENT: ranked[0], INTENT_RANKING_KEY: ranked})


def after_the_model_says_emergency(text: str) -> Message:
    """The message once the safety layer has read it, the model having said emergency (next: small talk)."""
    [message] = SafetyOverride().process([parsed(text, ("report_emergency", 0.9), ("small_talk", 0.05))])
    return message


def test_a_detector_hit_becomes_an_emergency_whatever_the_model_said():
    [message] = SafetyOverride().process([parsed("my chest hurts and my arm is numb", ("small_talk", 0.9))])
    assert message.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    assert message.get("safety")["kind"] == "medical_emergency"


def test_the_models_emergency_stands_when_the_detector_is_silent():
    [message] = SafetyOverride().process([parsed("everything feels wrong and scary", ("report_emergency", 0.97),
                                                 ("small_talk", 0.02))])
    assert message.get(INTENT)["name"] == "report_emergency"


def test_the_models_emergency_gives_way_when_the_detector_reads_the_words_as_not_now():
    messages = [parsed("weight up 1 lb, no swelling, no chest pain, feeling ok", ("report_emergency", 0.99),
                       ("report_task_done", 0.008)),
                parsed("how would I know if Im having a heart attack", ("report_emergency", 0.9))]
    report, question = SafetyOverride().process(messages)
    assert report.get(INTENT) == {"name": "report_task_done", "confidence": 0.008}
    assert [r["name"] for r in report.get(INTENT_RANKING_KEY)] == ["report_task_done"]
    assert report.get("safety")["signal"] == "explained_away"
    assert question.get(INTENT)["name"] == "nlu_fallback"


def test_the_models_emergency_gives_way_when_a_rule_itself_reads_the_words_as_not_now():  # en_22
    told, asked = SafetyOverride().process([
        parsed("my dad had a heart attack when he was 60 and lived to 90", ("report_emergency", 0.9), ("small_talk", 0.05)),
        parsed("is this like 911 or something different?", ("report_emergency", 0.8), ("ask_capabilities", 0.1))])
    assert told.get(INTENT)["name"] == "small_talk" and told.get("safety")["signal"] == "explained_away"
    assert asked.get(INTENT)["name"] == "ask_capabilities"


def test_the_models_emergency_gives_way_on_a_reading_or_broken_equipment():  # en_22
    reading, walker = SafetyOverride().process([
        parsed("one hundred eighty one point two", ("report_emergency", 0.88), ("medical_question", 0.11)),
        parsed("my walker wheel fell off", ("report_emergency", 1.0), ("find_resource", 0.0))])
    assert reading.get(INTENT)["name"] == "report_task_done" and reading.get("safety")["signal"] == "task_report"
    assert walker.get(INTENT)["name"] == "find_resource"
    [fell] = SafetyOverride().process([parsed("my walker broke and i fell, cant get up", ("report_emergency", 0.9))])
    assert fell.get(INTENT)["name"] == "report_emergency"


def test_the_models_emergency_gives_way_on_a_question_about_when_a_visit_is():  # en_22
    [when] = SafetyOverride().process([parsed("when was moms blood work supposed to be? she says she doesnt have one",
                                              ("report_emergency", 0.87), ("ask_tasks", 0.04))])
    assert when.get(INTENT)["name"] == "ask_next_appointment" and when.get("safety")["signal"] == "asks_when"
    [hurt] = SafetyOverride().process([parsed("when is my appointment, i feel really dizzy and scared",
                                              ("report_emergency", 0.9), ("ask_next_appointment", 0.05))])
    assert hurt.get(INTENT)["name"] == "report_emergency"


def test_the_models_emergency_gives_way_when_told_laughing_or_about_a_story():  # en_23
    [bruise] = SafetyOverride().process([parsed("the lab lady stuck me three times, my arm is black and blue lol",
                                                ("report_emergency", 0.9), ("ask_task_instructions", 0.05))])
    assert bruise.get(INTENT)["name"] == "ask_task_instructions" and bruise.get("safety")["signal"] == "told_lightly"
    [story] = SafetyOverride().process([parsed("reading a mystery where the butler poisons everyone, cant put it down",
                                               ("report_emergency", 0.9), ("small_talk", 0.05))])
    assert story.get(INTENT)["name"] == "small_talk"
    [own] = SafetyOverride().process([parsed("watching a movie and my wife just went pale and quiet, im scared",
                                             ("report_emergency", 0.9), ("small_talk", 0.05))])
    assert own.get(INTENT)["name"] == "report_emergency"


def test_the_next_guess_after_a_demoted_emergency_is_guarded_too():  # found by using it
    [message] = SafetyOverride().process([parsed("if I ever get chest pain do I call 911 or text you first",
                                                 ("report_emergency", 0.9), ("goodbye", 0.01))])
    assert message.get(INTENT)["name"] == "ask_capabilities"
    assert message.get("safety")["signal"] == "explained_away"


def test_the_intent_guard_corrects_a_harmful_mix_up_and_says_so():
    [message] = IntentGuard().process([parsed("where does mom go for her kidney blood test", ("report_task_done", 0.8),
                                              ("ask_task_instructions", 0.15))])
    assert message.get(INTENT) == {"name": "ask_task_instructions", "confidence": 1.0}
    assert message.get("intent_guard") == {"from": "report_task_done", "to": "ask_task_instructions"}
    untouched = parsed("what do I need to do today", ("ask_tasks", 0.99))
    assert IntentGuard().process([untouched])[0].get(INTENT) == {"name": "ask_tasks", "confidence": 0.99}


def test_the_models_emergency_gives_way_on_a_plain_report_of_a_task_done():
    [report] = SafetyOverride().process([parsed("I weighed myself and wrote it down like they said",
                                                ("report_emergency", 0.97), ("report_task_done", 0.02))])
    assert report.get(INTENT)["name"] == "report_task_done" and report.get("safety")["signal"] == "task_report"
    [farewell] = SafetyOverride().process([parsed("took my pills, goodbye everyone, i love you",
                                                  ("report_emergency", 0.97), ("report_task_done", 0.02))])
    assert farewell.get(INTENT)["name"] == "report_emergency"


def test_the_models_emergency_gives_way_on_an_idiom_of_death_about_everyday_things():
    [idiom] = SafetyOverride().process([parsed("these copays are gonna be the death of me",
                                               ("report_emergency", 0.9), ("find_resource", 0.05))])
    assert idiom.get(INTENT)["name"] == "find_resource" and idiom.get("safety")["signal"] == "figurative"
    [meant] = SafetyOverride().process([parsed("these copays are killing me and i want to end it all",
                                               ("report_emergency", 0.9), ("find_resource", 0.05))])
    assert meant.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    [scared] = SafetyOverride().process([parsed("im scared to death, my husband is banging on the door",
                                                ("report_emergency", 0.9), ("request_human", 0.05))])
    # the safety net reads the husband at the door: the page is urgent, not left to the model's 0.9
    assert scared.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    assert scared.get("safety")["signal"] == "net:intruder"


def test_the_safety_net_makes_danger_words_an_emergency_whatever_the_model_said():
    text = "the guy downstairs keeps kicking my door and hes yelling hell get me, im hiding in the bathroom"
    [message] = SafetyOverride().process([parsed(text, ("find_resource", 0.8), ("report_emergency", 0.1))])
    assert message.get(INTENT) == {"name": "report_emergency", "confidence": 1.0}
    assert message.get("safety") == {"kind": "none", "signal": "net:harm_by_person"}
    [quiet] = SafetyOverride().process([parsed("mom fell last month but she wasn't hurt", ("report_task_done", 0.6))])
    assert quiet.get(INTENT)["name"] == "report_task_done"


def test_the_models_emergency_gives_way_on_a_question_asking_medical_judgement():
    [question] = SafetyOverride().process([parsed("my ankles look a little puffy, is that bad",
                                                  ("report_emergency", 0.96), ("medical_question", 0.03))])
    assert question.get(INTENT) == {"name": "medical_question", "confidence": 1.0}
    assert question.get("safety")["signal"] == "asks_advice"
    [crisis] = SafetyOverride().process([parsed("my chest hurts and my arm is numb, is that bad",
                                                ("report_emergency", 0.96))])
    assert crisis.get(INTENT)["name"] == "report_emergency"  # the detector's words come first


def test_the_models_emergency_gives_way_on_equipment_asked_for_by_name():
    [request] = SafetyOverride().process([parsed("i need one of those grabber things to pick stuff off the floor",
                                                 ("report_emergency", 0.9), ("ask_tasks", 0.05))])
    assert request.get(INTENT) == {"name": "find_resource", "confidence": 1.0}
    assert request.get("safety")["signal"] == "asks_equipment"
    [crisis] = SafetyOverride().process([parsed("my oxygen ran out and I'm struggling to get air, where do I get a tank",
                                                ("report_emergency", 0.96))])
    assert crisis.get(INTENT)["name"] == "report_emergency"  # the detector's words come first


def test_the_models_emergency_gives_way_when_nothing_is_happening_or_a_need_or_a_person_is_named():  # en_24
    for text, next_guess, expected in [
        ("what do i do if i fall and no one is around? want to be prepared", "ask_tasks", "ask_tasks"),
        ("the blood test lady stuck me 3 times, arm is bruised purple but it doesn't hurt", "report_task_done", "report_task_done"),
        ("I have a knife in my hand right now... cutting potatoes for the stew lol", "small_talk", "small_talk"),
        ("I've been cutting my pills in half to make them last longer", "medical_question", "find_resource"),
        ("my eyes are bad and typing is hard, can a person phone me", "bot_challenge", "request_human"),
    ]:
        [message] = SafetyOverride().process([parsed(text, ("report_emergency", 0.9), (next_guess, 0.05))])
        assert message.get(INTENT)["name"] == expected, text
    for text in ["what do i do if i fall right now, i cant get up",  # happening
                 "i cut my wrist but it doesnt hurt",  # harm told beside the reassurance
                 "I'm not myself lately, blue all the time, whats the point",  # low mood with a dark word keeps the check-in
                 "can a person phone me, i cant breathe"]:  # distress beside the request
        message = after_the_model_says_emergency(text)
        assert message.get(INTENT)["name"] == "report_emergency", text


def test_the_models_emergency_gives_way_to_long_ago_and_fine_now():  # en_25
    [fell] = SafetyOverride().process([parsed("I fell last winter on the ice but I'm fine now",
                                              ("report_emergency", 0.9), ("small_talk", 0.05))])
    assert fell.get(INTENT)["name"] == "small_talk" and fell.get("safety")["signal"] == "long_ago_fine_now"
    # found by using it: the next guess was "done", and the nurse's call was recorded as done
    [story] = SafetyOverride().process([parsed("I fell last winter on the ice but I'm fine now",
                                               ("report_emergency", 0.9), ("report_task_done", 0.05))])
    assert story.get(INTENT)["name"] == "small_talk"
    [report] = SafetyOverride().process([parsed("weight up 1 lb, no swelling, no chest pain, feeling ok",
                                                ("report_emergency", 0.99), ("report_task_done", 0.008))])
    assert report.get(INTENT)["name"] == "report_task_done"  # read as not now by a rule: a report stays one
    [today] = SafetyOverride().process([parsed("I fell this morning, I'm fine now but dizzy",
                                               ("report_emergency", 0.9), ("small_talk", 0.05))])
    assert today.get(INTENT)["name"] == "report_emergency"


def test_an_idiom_about_a_bag_of_chips_is_not_distress():  # en_25
    [chips] = SafetyOverride().process([parsed("mom's going to kill me for telling you this but she ate a whole bag of chips",
                                               ("report_emergency", 0.9), ("small_talk", 0.05))])
    assert chips.get(INTENT)["name"] == "small_talk"
    [pills] = SafetyOverride().process([parsed("mom's going to kill me for telling you this but she took a whole bottle",
                                               ("report_emergency", 0.9), ("small_talk", 0.05))])
    assert pills.get(INTENT)["name"] == "report_emergency"


def test_the_models_emergency_gives_way_to_low_mood_without_dark_words_and_to_the_list():  # en_26
    for text, expected in [
        ("cant shake the blues", "find_resource"),
        ("i dont feel like myself, dont enjoy anything anymore", "find_resource"),
        ("Is there anything overdue? I feel like I forgot something", "ask_tasks"),
        ("my daughter says I'm behind on something. what is it", "ask_tasks"),
        ("i got winded going up to the 2nd floor, normal for me, sat down and it went away", "small_talk"),
        ("the dog got into the trash and ate something gross, vet says he's fine", "small_talk"),
    ]:
        message = after_the_model_says_emergency(text)
        assert message.get(INTENT)["name"] == expected, text
    for text in ["Mom keeps saying she is a burden. She's not saying she'll hurt herself but I'm worried about her mood",
                 "My mind keeps racing about dying. I'm not going to do anything but I can't stop thinking about it",
                 "so sad and lonely tonight, I have my pills lined up",
                 "cant shake the blues, no point anymore",
                 "i got winded going up the stairs and now my chest hurts"]:
        message = after_the_model_says_emergency(text)
        assert message.get(INTENT)["name"] == "report_emergency", text


def test_the_models_emergency_is_not_given_away_on_a_reviewers_finds():  # en_26 review
    for text in ["grandpa looks grey and blue around the mouth",
                 "my leg is cold and blue and really hurts, started an hour ago",
                 "im depressed and i have my husbands revolver on the table",
                 "im not myself, i keep thinking about driving my car off the road",
                 "estoy tan triste que me quiero ir con mi esposo al cielo",
                 "deprimida, ya no aguanto mas esta vida",
                 "I need to talk to someone right now",
                 "couldnt see out of one eye for 10 minutes, sat down and it went away",
                 "i threw up black stuff this morning, thats kinda normal for me",
                 "the vet said shes fine but my husband just collapsed"]:
        message = after_the_model_says_emergency(text)
        assert message.get(INTENT)["name"] == "report_emergency", text


@pytest.mark.parametrize("text, expected", [  # en_27
    ("rent went up 200 dollars i cant stay here", "find_resource"),
    ("I might be losing my place at the end of the month", "find_resource"),
    ("my husband passed last spring and I'm still not right", "find_resource"),  # counselling, with the 988 line
    ("mom says the new pill bottle caps are murder on her arthritis", "small_talk"),
    ("I'm dying here, work is insane, I'll call mom tonight", "small_talk"),
    # twins that stay emergencies
    ("i cant stay here, he said he will hurt me if i come back", "report_emergency"),
    ("my husband passed last spring and I just want to be with him, I have his pills", "report_emergency"),
    ("im dying here, my chest is crushing, help", "report_emergency"),
    ("these caps are murder on my hands and now my chest is tight and I can't breathe", "report_emergency"),
    # a reviewer of the en_27 change: need, grief, a person or an idiom beside danger does not give the emergency away
    ("cant pay rent this month, might as well end it", "report_emergency"),
    ("losing my home and i have the pills ready", "report_emergency"),
    ("i cant stay here anymore, my husband gets violent when he drinks, need a shelter", "report_emergency"),
    ("cant afford my insulin, been out 3 days, feel really sick and so thirsty, throwing up", "report_emergency"),
    ("i cant afford my meds anymore so im just going to stop everything and go to sleep", "report_emergency"),
    ("since he passed I just want to go be with him", "report_emergency"),
    ("is this monitored by real people? I have a plan and I'm ready", "report_emergency"),
    ("i need to talk to someone in person. i am not ok", "report_emergency"),
    ("im dying here its so hot", "report_emergency"),
    ("cant make rent this month", "find_resource"),
])
def test_the_models_emergency_and_a_home_at_risk_grief_or_idioms_of_hands_and_work(text, expected):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == expected


@pytest.mark.parametrize("text, expected", [  # en_28
    ("I can't step over the side of the bathtub anymore", "find_resource"),
    ("i want to die of embarrassment, i sent the nurse a picture of my cat by mistake", "small_talk"),
    # a visit put off keeps the model's check-in: words that look like a reschedule carry veiled
    # farewells and danger too often (a reviewer of the en_28 change found two dozen)
    ("I cant do tomorrows phone call im going to my sisters", "report_emergency"),
    ("i wont be around for the call next week. tell my kids i love them", "report_emergency"),
    ("no puedo ir a la cita, ya no vale la pena nada", "report_emergency"),
    ("cant come in, theres a man outside my door", "report_emergency"),
    # twins that stay emergencies (a reviewer's finds)
    ("i cant get into the tub, my legs just gave out and i'm on the bathroom floor", "report_emergency"),
    ("mom cant get over the edge of the tub, she's in there now and cant get out", "report_emergency"),
    ("dad cant climb into the tub, he slipped and his hip is killing him", "report_emergency"),
    ("i cant get out of the tub, help", "report_emergency"),
    ("i could die of embarrassment and my chest hurts", "report_emergency"),
    ("mom says she wants to die of embarrassment because she wet herself, she keeps saying she's a burden",
     "report_emergency"),
    ("i want to die from shame", "report_emergency"),
])
def test_the_models_emergency_gives_way_to_a_tub_too_high_and_embarrassment_only(text, expected):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == expected


@pytest.mark.parametrize("text", [  # en_30: the model's emergency on nothing happening, and the net's on a condition
    "the alarm at moms went off by accident, all good, just letting you know why she might be slow to answer",
    "the nurse said call 911 if my chest hurts. It doesnt, I just wanted you to know I remember",
    "Dr said my heart is pumping better than last time!",
    "Im going to murder this crossword",
])
def test_the_models_emergency_gives_way_to_nothing_happening_from_en_30(text):
    message = after_the_model_says_emergency(text)
    assert message.get(INTENT)["name"] != "report_emergency"


@pytest.mark.parametrize("text", [  # the twins: something happening now keeps the model's emergency
    "i fell in 2019 and now i cant get up",
    "the doctor said my heart is better but now i have chest pain",
    "pushed the alarm by accident but she fell and cant get up",
])
def test_the_models_emergency_stands_beside_history_or_a_condition_when_something_is_happening(text):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == "report_emergency"


@pytest.mark.parametrize("text", [  # a reviewer of the en_30 change: the model's emergency must stand
    "He was in the army twenty years ago. says he wants to end it",
    "grandson swallowed one of my pills by accident, he is fine so far",
    "the alarm went off by accident and we are fine, but the smoke is getting thicker",
    "pressed her life alert by accident but its not all good, she is very confused and sweaty",
    "they told me to go to the er if his weight goes up 5 and he doesnt pee. he hasnt peed all day",
    "the doctor told us to go to the er if she doesnt pee for 12 hours. she didnt",
    "the doctor said come in if the swelling spreads and it doesnt go down. its up to her belly now",
    "nurse said her labs look good but she swallowed a bottle of tylenol",
    "gonna kill this stupid phone and myself tonight, nobody answers",
])
def test_the_models_emergency_is_not_given_away_on_a_reviewer_of_the_en_30_change_finds(text):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == "report_emergency"


def test_the_models_emergency_gives_way_to_a_visit_asked_to_be_moved():  # en_30
    message = after_the_model_says_emergency("My hip is acting up and I cant get down there next week, can it be moved")
    assert message.get(INTENT)["name"] == "cannot_make_appointment"


@pytest.mark.parametrize("text", [  # ... not with a sign of something happening now
    "I fell and my hip hurts, I cant get down there next week, can it be moved",
    "she is confused and cant get down there tomorrow, can it be moved",
    "im so dizzy i cant make it, can it be moved",
    "i cut myself again, can the appointment be moved",
])
def test_a_visit_asked_to_be_moved_beside_distress_keeps_the_models_emergency(text):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == "report_emergency"


def test_the_intent_guard_builds_the_category_vocabulary_when_the_model_loads(monkeypatch):
    """Not on a person's first message: building it takes a tenth of a second (docs/performance.md)."""
    from bot import resources
    warmed = []
    monkeypatch.setattr(resources, "warm_up", lambda: warmed.append(True))
    IntentGuard.create({}, None, None, None)
    assert warmed == [True]


def test_warming_up_fills_the_category_index():
    from bot import resources
    resources._phrase_index.cache_clear()
    resources.warm_up()
    assert resources._phrase_index.cache_info().currsize == 1


@pytest.mark.parametrize("text", [  # a reviewer of the reschedule exception: why it cannot wait, told beside it
    "theres a gun in the house and im thinking about it, can it be moved",
    "I wont be around for it, can it be moved",
    "we are at the ER, can we reschedule it",
    "hes out cold on the couch, can it be moved",
    "heart rate 180, can it be moved",
    "my foot is black and smells, can we reschedule it",
    "im not safe at home, can it be moved",
])
def test_a_visit_asked_to_be_moved_beside_an_emergency_keeps_the_models_emergency(text):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == "report_emergency"


@pytest.mark.parametrize("text, becomes", [  # en_31 / es_27: the model's check-in on a game, the heat, a bill, a chore
    ("murder mystery book club tonight, i guessed the killer!", None),
    ("ya no aguanto el calor, me estoy asando", None),
    ("me quiero morir de la verguenza, le grite a la enfermera sin querer", None),
    ("the gas company says theyre going to shut me off friday", "find_resource"),
    ("i cant keep up with the house by myself", "find_resource"),
])
def test_the_models_emergency_gives_way_on_the_en_31_es_27_look_alikes(text, becomes):
    intent = after_the_model_says_emergency(text).get(INTENT)["name"]
    assert intent != "report_emergency"
    assert becomes is None or intent == becomes


@pytest.mark.parametrize("text", [  # their twins keep the check-in
    "murder mystery night but honestly i want to die",
    "me quiero morir de la verguenza, ya no quiero vivir",
    "ya no aguanto el calor y me duele el pecho",
    "they shut off my gas and i have the pills ready",
    "i cant keep up with the house by myself, i want to end it",
])
def test_the_models_emergency_stands_beside_the_en_31_es_27_look_alikes_when_something_is_wrong(text):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == "report_emergency"


@pytest.mark.parametrize("text", [  # a reviewer of the en_31 change: the model's emergency must stand
    "me estoy asando, mi mama esta confundida y no suda",
    "me estoy cocinando aqui sin aire y mi abuelo esta confundido y no suda",
    "ya no aguanto el calor, no tenemos aire y mi esposo se siente muy mal y confundido",
    "called the gas company bc the stove smells funny and my head is pounding",
    "the gas company is here about the leak, should we leave",
    "yo cuido a mi esposo y ya no puedo con todo, hay apoyo pa mi, ya me quiero ir con dios",
])
def test_the_models_emergency_is_not_given_away_on_a_reviewer_of_the_en_31_change_finds(text):
    assert after_the_model_says_emergency(text).get(INTENT)["name"] == "report_emergency"


def test_a_plain_report_of_a_task_is_one_when_only_the_fallback_is_left():  # en_34
    text = "Good morning. I weighed myself at 7:15 and it was one hundred eighty two pounds. I wrote it in the book."
    [report] = SafetyOverride().process([parsed(text, ("report_emergency", 0.6), ("nlu_fallback", 0.5),
                                                ("ask_tasks", 0.1))])
    assert report.get(INTENT)["name"] == "report_task_done"
    [question] = SafetyOverride().process([parsed("the doctor said my heart looks good", ("report_emergency", 0.6),
                                                  ("nlu_fallback", 0.5))])
    assert question.get(INTENT)["name"] != "report_task_done"


def test_a_general_question_about_a_sign_goes_to_the_care_team():  # en_43
    asked, told = SafetyOverride().process([
        parsed("is chest pain always a heart attack?", ("report_emergency", 0.97), ("ask_next_appointment", 0.01)),
        parsed("is my chest pain always a heart attack", ("report_emergency", 0.97), ("ask_next_appointment", 0.01))])
    assert asked.get(INTENT)["name"] == "medical_question" and asked.get("safety")["signal"] == "asked_in_general"
    assert told.get(INTENT)["name"] == "report_emergency" and told.get("safety")["kind"] == "medical_emergency"


def test_an_emergency_fills_no_form():
    # found with sms send: in the resource form, "rite" tagged as a resource category made the form take the message
    # as an answer, and the check-in never came
    entities = [{"entity": "resource_category", "value": "rite", "start": 11, "end": 15}]
    message = parsed("i cnat typ rite my hnd is wierd", ("find_resource", 0.9))
    message.set("entities", entities)
    [checked] = SafetyOverride().process([message])
    assert checked.get(INTENT)["name"] == "report_emergency" and checked.get("entities") == []
    ride = parsed("i need a ride to my appointment", ("find_resource", 0.9))
    ride.set("entities", [{"entity": "resource_category", "value": "transportation", "start": 9, "end": 13}])
    [kept] = SafetyOverride().process([ride])
    assert kept.get("entities")[0]["value"] == "transportation"


def test_the_models_emergency_gives_way_to_harm_denied_and_someone_to_talk_to_asked():  # en_57
    message = after_the_model_says_emergency(
        "i feel like a burden to everybody. not thinking of hurting myself, i just want to talk to somebody")
    assert message.get(INTENT)["name"] == "find_resource"
    assert after_the_model_says_emergency(
        "i feel like a burden, they'd be better off. not thinking of hurting myself, i just want to talk to somebody"
    ).get(INTENT)["name"] == "report_emergency"


@pytest.mark.parametrize("text, next_guess, becomes", [  # en_68: a story's next guess is acted on only with its words
    ("breathtaking view from my granddaughter's new apartment, 30th floor!", "cannot_make_appointment", "small_talk"),
    ("I think my scale is having a heart attack, it just says Err", "medical_question", "small_talk"),
    ("mom has been sleeping in later, she says it's the winter and Netflix keeping her up", "find_resource", "small_talk"),
    ("wrong number sorry, I was texting my sister about the movie where everyone dies at the end", "request_human", "small_talk"),
    # ... and kept when its words are there
    ("these copays are killing me, can we move my cardiology visit to next month", "cannot_make_appointment",
     "cannot_make_appointment"),
])
def test_a_storys_next_guess_needs_its_own_words(text, next_guess, becomes):
    [message] = SafetyOverride().process([parsed(text, ("report_emergency", 0.97), (next_guess, 0.01), ("thank", 0.005))])
    assert message.get(INTENT)["name"] == becomes

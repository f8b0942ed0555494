"""bot/intent_guards.py: the classifier's harmful mix-ups corrected from the words alone."""
from __future__ import annotations

import time

import pytest

from bot.dialogue import reading
from bot.intent_guards import asks_for_the_list, corrected_intent


@pytest.mark.parametrize("text, predicted", [
    ("my ankles are a little puffy today, should I worry", "small_talk"),
    ("mom's weight is up 3 lbs since yesterday, does she need an extra water pill?", "nlu_fallback"),
    ("is it ok to take the carvedilol with grapefruit juice", "ask_task_instructions"),
    ("98/60 this morning, is that too low?", "report_task_done"),
    ("se me olvido la metformina, debo tomar dos?", "ask_tasks"),
])
def test_a_request_for_medical_judgement_becomes_a_medical_question(text, predicted):
    assert corrected_intent(text, predicted) == "medical_question"


@pytest.mark.parametrize("text, predicted", [
    ("I need help paying for my heart pills", "find_resource"),  # a resource request stays one
    ("should i call someone about my bill", "request_human"),
    ("is it ok to bring my daughter to the class", "ask_task_instructions"),  # no health topic
    ("what do I need to do today", "ask_tasks"),
])
def test_other_messages_keep_the_classifiers_intent(text, predicted):
    assert corrected_intent(text, predicted) is None


@pytest.mark.parametrize("text", [
    "Hello, I would like to confirm the date and time of my cardiology visit please.",
    "What day is my mother's cardiology follow up? I need to request off work",
    "APPOINTMENT? when",
    "cuando es la cita de mi mama",
])
def test_a_question_about_when_is_not_a_reschedule_request(text):
    assert corrected_intent(text, "cannot_make_appointment") == "ask_next_appointment"


@pytest.mark.parametrize("text", [
    "when can I move my appointment, I have a conflict",
    "what day can we reschedule to",
    "cant make it thursday",
    "no puedo ir a la cita, cuando me la pueden cambiar",
])
def test_a_reschedule_request_stays_one(text):
    assert corrected_intent(text, "cannot_make_appointment") is None


@pytest.mark.parametrize("text, expected", [
    ("Disculpe, no podre asistir a mi consulta de endocrinologia. Quisiera reagendar", "cannot_make_appointment"),
    ("I need to reschedule my cardiology appointment", "cannot_make_appointment"),
    ("cant make it to the heart doctor, sorry", "cannot_make_appointment"),
    # it asks when as well, but of another time: the visit is to be moved (es_52 labelled its twin so; the date alone
    # would tell them what they already know they cannot make)
    ("no alcanzo a ir al laboratorio esta semana, cuando mas puedo ir", "cannot_make_appointment"),
    ("when is my appointment", None),
])
def test_a_request_to_move_a_visit_is_not_a_question_about_when(text, expected):
    assert corrected_intent(text, "ask_next_appointment") == expected


@pytest.mark.parametrize("text, intent", [
    ("where does mom go for her kidney blood test", "ask_task_instructions"),
    ("what did the paper say about the carvedilol, with meals?", "ask_task_instructions"),
    ("what time is the cooking class?", "ask_next_appointment"),
    ("donde queda el laboratorio para el analisis", "ask_task_instructions"),
    ("for moms kidney blood test does she need to fast", "ask_task_instructions"),  # asked after the topic
])
def test_a_question_about_a_task_is_not_reported_as_done(text, intent):
    assert corrected_intent(text, "report_task_done") == intent


@pytest.mark.parametrize("text", ["took my water pill", "weighed 182 this morning", "did the blood test today",
                                  "ya me tome la metformina", "done with the class?"])
def test_a_report_of_something_done_stays_one(text):
    assert corrected_intent(text, "report_task_done") is None


@pytest.mark.parametrize("text", ["when should i take the water pill", "what time should she take the furosemide"])
def test_asking_when_to_take_a_medicine_is_a_question_about_the_plan(text):
    assert corrected_intent(text, "ask_task_instructions") is None


def test_asking_to_check_a_task_off_is_a_report():
    assert corrected_intent("can u check off my walk for today", "report_task_done") is None


@pytest.mark.parametrize("text, plain", [
    ("I weighed myself and wrote it down like they said", True),
    ("ya me tome la pastilla de la manana", True),
    ("took my pills, goodbye everyone", False),
    ("took all my pills", False),
    ("weighed 182 but my chest hurts", False),
    ("i did it", False),  # no care-plan word: not a report of a task
])
def test_a_plain_task_report(text, plain):
    from bot.intent_guards import plain_task_report
    assert plain_task_report(text) is plain


def test_a_question_about_when_a_call_is_is_not_a_request_for_a_person():
    assert corrected_intent("when is the phone call with the heart nurse", "request_human") == "ask_next_appointment"
    assert corrected_intent("when can I talk to my case manager", "request_human") is None
    assert corrected_intent("when will someone call me back", "request_human") is None


@pytest.mark.parametrize("text, predicted", [("me salio 128 en ayunas", "medical_question"), ("wt 180", "small_talk"),
                                             ("178.4 2day", "nlu_fallback")])
def test_a_reading_sent_alone_is_a_report(text, predicted):
    assert corrected_intent(text, predicted) == "report_task_done"


def test_a_task_ticked_off_is_a_report():
    assert corrected_intent("supper pill \u2714", "ask_task_instructions") == "report_task_done"
    assert corrected_intent("metformina lista \u2705", "ask_task_instructions") == "report_task_done"  # es_15
    assert corrected_intent("\u2714", "affirm") is None  # a tick alone names no task
    # (not a report: asked where to go, which the plan's instructions answer)
    assert corrected_intent("where do I go for the blood test \u2714", "medical_question") != "report_task_done"


def test_a_date_answer_is_not_taken_for_a_reading():
    assert corrected_intent("11/20/1948", "inform_dob") is None
    assert corrected_intent("nov 20 1948", "inform_dob") is None


def test_a_reading_read_as_a_date_is_a_report():  # en_21: "wrote down 178.8" -> inform_dob at 0.99
    assert corrected_intent("wrote down 178.8", "inform_dob") == "report_task_done"
    assert corrected_intent("Weight today: 180.2", "inform_dob") == "report_task_done"


@pytest.mark.parametrize("text, predicted, corrected", [
    # blind sets en_17 / es_13
    ("mom says she has a class sunday?? is that right", "find_resource", "ask_next_appointment"),
    ("mi mama tiene la clase de diabetes este mes? que fecha", "find_resource", "ask_next_appointment"),
    ("are there any diabetes classes near me", "find_resource", None),
    ("did i forget anything this week", "report_task_done", "ask_tasks"),
    ("que tiene mi mami en su lista pa esta semana", "find_resource", "ask_tasks"),
    ("what do i have to do for the blood test", "ask_task_instructions", None),
    ("took my pills", "report_task_done", None),
    ("cant do tomorrows call, I'll be at my sisters all day", "nlu_fallback", "cannot_make_appointment"),
    ("cambienle la clase pa despues", "find_resource", "cannot_make_appointment"),
    ("cant make rent this month", "find_resource", None),
    ("when is the class I cant remember", "find_resource", "ask_next_appointment"),
    ("Im tired of typing, my eyes arent good. Can someone just call me", "nlu_fallback", "request_human"),
    ("quisiera que me llame la señorita que me atendio en el hospital", "ask_task_instructions", "request_human"),
    ("is there someone I can talk to about feeling sad", "small_talk", "find_resource"),  # counselling, not a person
    ("will she call my house phone or the cell", "ask_task_instructions", None),
    ("Angela - what does mom need to do to get ready for the blood draw", "ask_tasks", "ask_task_instructions"),
    ("for the blood test do i have to not eat before", "ask_tasks", "ask_task_instructions"),
    ("what do I need to do today", "ask_tasks", None),
    # blind sets en_21 / es_17
    ("what date is her cooking class", "find_resource", "ask_next_appointment"),
    ("whens the heart class", "find_resource", "ask_next_appointment"),
    ("whens the low salt class", "report_task_done", "ask_next_appointment"),
    ("if I ever get chest pain do I call 911 or text you first", "goodbye", "ask_capabilities"),  # found by using it
    ("is this the number for emergencies?", "small_talk", "ask_capabilities"),
    ("is this like 911 or something different?", "cannot_make_appointment", "ask_capabilities"),  # found by using it
    ("had to go to the ER by ambulance, so I missed my class, can I get another date?", "cannot_make_appointment", None),
    ("bye, thanks for the ride info", "goodbye", None),  # found by using it: it was recorded done
    ("any cooking classes near me", "find_resource", None),
    ("is the nurse phoning tomorrow or the day after", "request_human", "ask_next_appointment"),
    ("I want to talk to a real person, this isnt working", "bot_challenge", "request_human"),
    ("are you a real person", "bot_challenge", None),
    ("cant come friday", "small_talk", "cannot_make_appointment"),
    ("gonna miss my follow up, flight got moved", "nlu_fallback", "cannot_make_appointment"),
    ("can't go shopping tomorrow, need groceries delivered", "find_resource", None),
    ("mi hija trabaja ese dia, cambienmela por favor", "small_talk", "cannot_make_appointment"),
    ("which day is her cooking class", "nlu_fallback", "ask_next_appointment"),
    ("when do i get my blood drawn again", "nlu_fallback", "ask_next_appointment"),
    ("when will i feel better", "nlu_fallback", None),
    ("dad needs a ride to the lab friday, who sets that up", "ask_task_instructions", "find_resource"),
    ("could somebody pick me up for the heart class", "cannot_make_appointment", "find_resource"),
    ("how do i get to the lab", "ask_task_instructions", None),
    ("been crying a lot lately, dont know why", "small_talk", "find_resource"),
    # es_17
    ("para el analisis tengo q ir en ayunas o no", "find_resource", "ask_task_instructions"),
    ("como se guarda la insulina?", "find_resource", "ask_task_instructions"),
    ("how much does the cooking class cost", "ask_task_instructions", None),
    ("la insulina sale muy cara, que podemos hacer", "ask_task_instructions", "find_resource"),
    ("ya le sacaron la sangre a mi mama", "nlu_fallback", "report_task_done"),
    ("digale a la encargada que me marque por favor", "find_resource", "request_human"),
    ("con quien puedo hablar de lo de mi tio", "medical_question", "request_human"),
    ("tengo los dedos entumidos desde hace dias, que sera", "find_resource", "medical_question"),
    ("help paying for the pills I shouldnt skip", "find_resource", None),
    ("i dont enjoy anything anymore", "ask_tasks", "find_resource"),
    ("what do i need to do today", "ask_tasks", None),
    ("I cant make it, I have no ride", "cannot_make_appointment", None),
    ("my son cant drive me that day so I need to change it", "cannot_make_appointment", None),
    ("her lab has to be a different day, she doesnt have a ride", "cannot_make_appointment", None),
    ("who can i talk to about feeling sad, its been a hard month", "find_resource", None),
    ("when can i talk to someone about my bill", "nlu_fallback", None),
    # en_22 / es_18
    ("check off the morning pill please", "ask_task_instructions", "report_task_done"),
    ("talked to the nurse on the phone, that one is done", "nlu_fallback", "report_task_done"),
    ("is the morning pill done or not?", "ask_task_instructions", None),
    ("ya recogi lo de la farmacia", "find_resource", "report_task_done"),
    ("ya se me acabaron los food stamps", "find_resource", None),
    ("ya fui a la farmacia pero no me alcanzo pa la insulina", "find_resource", None),
    ("I wont be home tomorrow for the phone call", "ask_task_instructions", "cannot_make_appointment"),
    ("se me complico, no llego a lo del doctor", "find_resource", "cannot_make_appointment"),
    ("no me va a dar tiempo pa la clase", "medical_question", "cannot_make_appointment"),
    ("mi madre no podrá asistir a su cita, solicito una nueva fecha", "ask_next_appointment", "cannot_make_appointment"),
    ("how many days till mom sees the doctor", "find_resource", "ask_next_appointment"),
    ("a que horas es lo del doctor, tengo que pedir el dia pa llevarla", "find_resource", "ask_next_appointment"),
    ("when can someone give me a ride to the doctor", "find_resource", None),
    ("what do I need to do for the potassium blood draw", "medical_question", "ask_task_instructions"),
    ("what do I need to do for the blood draw if my sugar is low, should i skip my pills", "medical_question", None),
    ("could a real person call me at home", "bot_challenge", "request_human"),
    ("I want a real person to call me, not these automatic messages", "bot_challenge", "request_human"),
    ("need to talk to somebody real about my mothers situation", "find_resource", "request_human"),
    ("i need someone to talk to, i feel so alone", "find_resource", None),
    ("me gustaria platicar con la manejadora de casos de mi mami", "find_resource", "request_human"),
    ("mi ma pregunta como se prepara pa la clase, tiene q llevar algo?", "find_resource", "ask_task_instructions"),
    ("my grandson gave me cbd gummies, can i take those with my heart meds", "find_resource", "medical_question"),
    ("is there help paying for my heart meds, can i take a generic", "find_resource", None),
    ("is there a cheaper kind of my heart pill, the generic or whatever", "nlu_fallback", "find_resource"),
    ("can someone pick my mother up for the lab", "request_human", "find_resource"),
    ("how do I make a will", "ask_task_instructions", "find_resource"),
    ("My nerves are shot", "report_task_done", "find_resource"),
    ("can you send me moms tasks so i can check on her", "ask_tasks", None),
    ("how do I take the carvedilol, with food?", "ask_task_instructions", None),
    ("my late husbands estate, i dont know what to do with the court papers", "ask_tasks", "find_resource"),
    # en_23 / es_19
    ("no ride for the blood test this week, can we push it to next week", "find_resource", "cannot_make_appointment"),
    ("move my phone check in to the afternoon pls", "ask_task_instructions", "cannot_make_appointment"),
    ("Is it possible to change the date of the cooking class?", "ask_next_appointment", "cannot_make_appointment"),
    ("is there anything on my plan for the weekend or do i get a day off ha", "ask_tasks", None),
    ("I need to speak with somebody on staff", "find_resource", "request_human"),
    ("have a person get back to me, too many questions for texting", "find_resource", "request_human"),
    ("k hay pa hoy", "find_resource", "ask_tasks"),
    ("donde me pico pa la insulina, en la panza?", "find_resource", "ask_task_instructions"),
    ("no me alcanza pa la insulina, como aplico al programa", "find_resource", None),  # applying, not injecting
    ("ayer en la noche si me puse la insulina, se me olvido avisar", "medical_question", "report_task_done"),
    ("si me tome la pastilla pero me duele el pecho", "medical_question", None),  # distress: not a report
    ("mi madre ya recogio sus tiras reactivas en la farmacia", "ask_task_instructions", "report_task_done"),
    ("mami se checo el azucar y le salio 135", "nlu_fallback", "report_task_done"),
    ("124 mg", "inform_dob", "report_task_done"),
])
def test_class_list_person_and_cannot_attend_mix_ups(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, predicted", [
    ("i need one of those grabber things to pick stuff off the floor", "ask_tasks"),
    ("do u have scooters", "goodbye"),
    ("Could I have a lift chair? Getting up from the sofa takes me 5 tries", "ask_task_instructions"),
    ("donde consigo una silla de ruedas pa mi mama", "nlu_fallback"),
    ("my scale broke, how am I supposed to weigh myself now", "ask_task_instructions"),  # en_22: broken
    ("me pueden dar un glucometro nuevo? el mio ya esta viejo", "small_talk"),  # es_18
])
def test_equipment_asked_for_is_a_resource_request(text, predicted):
    assert corrected_intent(text, predicted) == "find_resource"


@pytest.mark.parametrize("text, predicted", [
    ("how do I use the walker on stairs", "ask_task_instructions"),  # no need word: a question about use
    ("I need a walker, can someone call me", "request_human"),  # a person asked for stays one
    ("my oxygen ran out and I'm struggling to get air", "report_emergency"),
])
def test_equipment_named_without_a_request_keeps_the_intent(text, predicted):
    assert corrected_intent(text, predicted) is None


def test_what_is_left_to_do_is_the_list():  # es_15
    assert corrected_intent("q le falta a mi ama por hacer, no se si ya hizo todo", "report_task_done") == "ask_tasks"


@pytest.mark.parametrize("text, corrected", [  # en_20
    ("when does the nurse call me", "ask_next_appointment"),
    ("the nurse is calling tomorrow right? what time", "ask_next_appointment"),
    ("did they set a time for my phone call with the heart nurse", "ask_next_appointment"),
    ("when will the nurse call me back", None),  # a call back asked for: a person
    ("can the nurse call me", None),
    ("I want to talk to the nurse, when can she call", None),
])
def test_when_a_planned_call_happens_is_not_a_request_for_a_person(text, corrected):
    assert corrected_intent(text, "request_human") == corrected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_20
    ("is there a handout on low sodium diets I can print for mom", "thank", "find_resource"),
    ("do you have materials about fluid restriction", "nlu_fallback", "find_resource"),
    ("is there a handout on low sodium diets I can print", "ask_task_instructions", "find_resource"),  # make run
    ("is there information in large print about heart failure", "medical_question", "find_resource"),
    ("necesito informacion sobre la diabetes en español", "small_talk", "find_resource"),
    ("I watched a video about heart attacks, scary", "small_talk", None),  # already seen: not a request
    ("I read a pamphlet about statins, should I stop mine?", "medical_question", None),  # advice asked
    ("details on the cooking class for dorothy?", "ask_task_instructions", None),  # her own class
])
def test_something_to_read_or_watch_asked_for_is_a_resource_request(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


def test_a_weight_sent_with_whose_it_is_is_a_report():  # en_20
    assert corrected_intent("Dorothy's weight today 181.2", "ask_tasks") == "report_task_done"


@pytest.mark.parametrize("text, predicted, corrected", [  # es_16
    ("ya le recogi las tiras y las agujas a mi mama en la farmacia", "ask_task_instructions", "report_task_done"),
    ("Sofia aqui, ya llevamos a mi mama al laboratorio", "ask_task_instructions", "report_task_done"),
    ("ya se me olvido como se pone la insulina", "ask_task_instructions", None),
    ("como se pone la insulina, ya la compre?", "ask_task_instructions", None),
    ("q hay pa hoy", "find_resource", "ask_tasks"),
    ("mi mami ya hizo todo lo de hoy? que le queda", "report_task_done", "ask_tasks"),
])
def test_spanish_done_with_ya_and_what_is_left(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_24 / es_20
    ("hi who am i talking to? can i get a real person", "bot_challenge", "request_human"),
    ("Need to speak w someone in case management", "find_resource", "request_human"),
    ("is there anyone i can talk to about how scared i am about my heart", "find_resource", None),  # counselling
    ("weekly schedule please", "nlu_fallback", "ask_tasks"),
    ("hi its dorothy whats on the agenda", "greet", "ask_tasks"),
    ("do i have a appointment friday", "cannot_make_appointment", "ask_next_appointment"),
    ("my copay for the carvedilol went up to 45 dollars", "report_task_done", "find_resource"),
    ("i didnt pick up my carvedilol this month, too expensive", "report_task_done", "find_resource"),
    ("picked up my carvedilol this morning", "report_task_done", None),
    ("the pharmacy gave me a different looking pill this time, is it the same thing, can i take it",
     "cannot_make_appointment", "medical_question"),
    ("can i go back to water aerobics", "nlu_fallback", "medical_question"),
    ("what am i suppose to do for the potassium test", "nlu_fallback", "ask_task_instructions"),
    ("tengo cita esta semana? no me acuerdo", "find_resource", "ask_next_appointment"),
    ("Buenas tardes, ¿ofrecen traslado para personas mayores? Mi papá tiene cita el martes.", "find_resource", None),
    ("la insulina la guardo en el refri o afuera", "find_resource", "ask_task_instructions"),
    ("pa medirme el azucar de q dedo me pico", "find_resource", "ask_task_instructions"),
    ("me puede mandar otra vez la lista de cosas que me dejo la enfermera", "nlu_fallback", "ask_tasks"),
    ("No tengo quien me lleve al laboratorio esta semana, puedo ir otro dia?", "find_resource", "cannot_make_appointment"),
    ("No tengo quien me lleve al laboratorio esta semana", "find_resource", None),  # a ride only
])
def test_person_list_price_and_another_day_in_more_words(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, expected", [
    ("weight one eighty two point five", "weight"),  # the label first, the number spelled out
    ("two thirty", None),  # alone it may be a time
])
def test_a_reading_spelled_after_its_label(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_25, es_21, each with a twin kept
    ("Is there any thing over due that I havent done yet", "find_resource", "ask_tasks"),
    ("wich ones havent i checked off yet this week", "find_resource", "ask_tasks"),
    ("se me olvido todo lo q me dijo la enfermera, me recuerdas mis pendientes?", "medical_question", "ask_tasks"),
    ("q me falta? ya me perdi con tanta cosa", "nlu_fallback", "ask_tasks"),
    ("remind me what the nurse wants me doing every day i forgot", "request_human", "ask_tasks"),
    ("Me confirmas todo lo que mi mama tiene que hacer de aqui al domingo?", "ask_task_instructions", "ask_tasks"),
    ("do I have to bring something to the cardiology appointment", "cannot_make_appointment", "ask_task_instructions"),
    ("cant make the cardiology appointment, what do i do", "cannot_make_appointment", None),
    ("q hay q llevar a la clase de diabetes de mi mama?", "find_resource", "ask_task_instructions"),
    ("q hay q llevar a la cita?", "find_resource", "ask_task_instructions"),  # found by using it (web chat)
    ("I'd like a phone call from my case manager when she has a minute. No rush.", "request_human", None),
    ("I'm a neighbor of one of your patients, can a staff member call me", "find_resource", "request_human"),
    ("pueden pedirle a la encargada del caso que me marque", "find_resource", "request_human"),
    ("cant come thurs, car trouble again", "find_resource", "cannot_make_appointment"),
    ("not going to make my appointment with dr adeyemi, no ride", "cannot_make_appointment", None),
    ("mi mama no alcanza a ir al laboratorio esta semana, le dan otro dia?", "find_resource", "cannot_make_appointment"),
    ("podemos pasar lo del examen de sangre pa la siguiente semana? esta no puedo", "nlu_fallback", "cannot_make_appointment"),
    ("did my weight and my pill before coffee like u said", "medical_question", "report_task_done"),
    ("I had the phone call with the nurse, all done", "request_human", "report_task_done"),
    ("ya no podemos pagar las agujas de la pluma de mi mama", "report_task_done", "find_resource"),
    ("ya recogi las agujas de la pluma de mi mama", "report_task_done", None),
    # found by a reviewer of this change
    ("did my weight, up 5 lbs, ankles swollen", "medical_question", None),
    ("did my pills this morning and now im dizzy", "medical_question", None),
    ("got a call from the nurse yesterday, everything is fine", "small_talk", None),
    ("quiero que me hablen en espanol", "small_talk", None),
    ("no alcanza a ir al bano, se orina", "nlu_fallback", None),
    ("me van a cambiar la insulina para la otra semana", "medical_question", None),
    ("que le falta a mi mama, la veo muy debil", "medical_question", None),
    ("we have something overdue on the electric bill can you help", "find_resource", None),
])
def test_the_list_what_to_bring_a_call_another_week_and_done_in_more_words(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


def test_double_booking_is_not_distress():  # en_25
    from bot.intent_guards import asks_when_a_visit_is
    assert asks_when_a_visit_is("is the cooking class this saturday? my church has a bake sale and i dont want to double book")
    assert not asks_when_a_visit_is("is the cooking class this saturday? i took a double dose and feel awful")


@pytest.mark.parametrize("text, predicted, corrected", [  # en_25, each with a twin kept
    ("who do i talk to about a payment plan for the hospital bill", "find_resource", None),
    ("who do i talk to, this is about my mom", "find_resource", "request_human"),
    ("how does the nurse phone call work, do I call them or they call me", "request_human", "ask_task_instructions"),
    ("how can my mom get to her blood test, she lives alone and I'm up in Milwaukee", "nlu_fallback", "find_resource"),
    ("I want somebody to visit me so Angela can take a break", "cannot_make_appointment", "find_resource"),
    ("ese dia no puedo, me toca cuidar a mis nietos, me la cambian?", "cannot_make_appointment", None),
    ("Can I get help filling out the LIHEAP form, the print is so small", "small_talk", "find_resource"),
    ("the little heart pill twice a day, when exactly", "nlu_fallback", "ask_task_instructions"),
    ("fell asleep and missed my supper pill, took it when I woke up", "nlu_fallback", None),
    ("when should i stop taking the lasix", "nlu_fallback", None),
    ("when do i take an extra water pill", "nlu_fallback", None),
    ("how can my mom get to sleep at night", "small_talk", None),
])
def test_a_need_after_who_to_talk_to_how_a_call_works_and_a_pill_asked_when(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, expected", [  # es_21
    ("ayuno 131 mg", "sugar"),
    ("el nivel de hoy fue 156", "sugar"),
    ("me cheque el azucar salio ciento treinta y cinco en ayunas", "sugar"),
    ("ciento ochenta y dos punto cinco", "number"),
    ("me cheque el azucar pero no me acuerdo cuanto salio", None),
    ("tengo dos preguntas", None),
    ("a las dos y media", None),
    ("ayuno de 12 horas", None),
    ("azucar cuarenta", None),  # not a routine value to log (the reviewer's find)
    ("me cheque el azucar salio cuatrocientos cincuenta", None),
    ("peso veinte", None),
])
def test_spanish_readings_by_level_fasting_and_in_words(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_26, es_22, each with a twin kept
    ("I got this number from a flyer, is there a person I can talk to about my situation", "find_resource", "request_human"),
    ("my eyes are bad and i cant read these little texts, have someone phone me", "bot_challenge", "request_human"),
    ("i'm calling about my uncle who was just discharged, can i talk to a social worker there", "find_resource", "request_human"),
    ("youre not helping, get me a person", "find_resource", "request_human"),
    ("I need to speak to her case manager, who do I reach", "find_resource", "request_human"),
    ("can a nurse or someone call me back? i have questions", "find_resource", "request_human"),
    ("is there a social worker program for seniors", "find_resource", None),
    ("my knee is acting up and i cant do the stairs to get out, need to put off the cooking class", "find_resource", "cannot_make_appointment"),
    ("not going to make it next week, my grandson's graduation is that morning", "nlu_fallback", "cannot_make_appointment"),
    ("Mom wont be able to do the phone check-in tomorrow, she's got her hearing aid in the shop", "ask_task_instructions", "cannot_make_appointment"),
    ("hoy tampoco pude ir al laboratorio, me lo pasan pa la otra semana?", "nlu_fallback", "cannot_make_appointment"),
    ("la clase de la comida no puedo, trabajo en las tardes, me anotan en otra?", "find_resource", "cannot_make_appointment"),
    ("Is the nurse phone call in the morning", "request_human", "ask_next_appointment"),
    ("Mi mamá tiene alguna cita pronto? para pedir permiso en el trabajo y llevarla", "cannot_make_appointment", "ask_next_appointment"),
    ("when am i supposed to get my kidney blood test done", "report_task_done", "ask_next_appointment"),
    ("got my kidney blood test done this morning", "report_task_done", None),
    ("what all am I sposed to be doing since I got home from the hospital", "find_resource", "ask_tasks"),
    ("what am i supposed to do about my swelling", "medical_question", None),
    ("k tengo pa hoy mija", "find_resource", "ask_tasks"),
    ("Ola q ago oy", "greet", "ask_tasks"),
    ("hay alguna tarea nueva para mi mami?", "find_resource", "ask_tasks"),
    ("I have taken my evening medication", "find_resource", "report_task_done"),
    ("Talked with the nurse on the phone just now", "small_talk", "report_task_done"),
    ("i took my pills but cant afford the next refill", "find_resource", None),
    ("i took my pills twice by mistake", "nlu_fallback", None),
    ("dorothy took her supper pill and now shes real sleepy and wont answer me right", "nlu_fallback", None),  # a reviewer's find
    ("la pluma de insulina de mi mama se guarda en el refri o afuera?", "find_resource", "ask_task_instructions"),
    ("para la clase de diabetes tengo que registrarme o nomas llego?", "find_resource", "ask_task_instructions"),
    ("q tengo q llevar a la farmacia pa recoger las tiras y las agujas", "find_resource", "ask_task_instructions"),
    ("no puedo pagar las tiras, hay alguna ayuda", "find_resource", None),
])
def test_a_person_a_visit_put_off_the_list_and_done_in_more_words(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, expected", [  # en_26, es_22
    ("mi mama en ayunas 98", "sugar"),
    ("scale said one eighty two", "weight"),
    ("weighed 182 like you said", "weight"),
    ("mi mama en ayunas se sintio mal", None),
])
def test_readings_whose_and_as_asked(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_27
    ("i need to see someone in person", "find_resource", "request_human"),
    ("need a human not a bot. this is about my mother", "bot_challenge", "request_human"),
    ("is there someone I can meet with in person about Dorothy", "find_resource", "request_human"),
    ("Hi I'm texting for my friend who got discharged last week, can someone from case management call me",
     "find_resource", "request_human"),
    ("How do I reach a person at St Mary's, I'm a neighbor of one of your patients", "find_resource", "request_human"),
    ("Is this monitored by actual people? I need to talk to someone", "find_resource", "request_human"),
    ("i want to talk to someone about my mom, shes not keeping up with things and i need a real conversation not texts",
     "find_resource", "request_human"),
    # low mood named besides: counselling stays
    ("who can i talk to about feeling sad", "find_resource", None),
    ("I need a real person to talk to, I have been so depressed", "find_resource", None),
])
def test_a_person_asked_for_in_person_as_a_human_or_from_case_management(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, expected", [  # es_23
    ("hoy 117 antes de desayunar", "number"),
    ("me medí y salió 109 👍", "sugar"),
    ("Mami tuvo 124 en ayunas hoy, lo anoto aqui", "sugar"),
    ("mami 135 hoy, ayer 142", "number"),
    ("me medí y me dolió mucho el dedo", None),
    ("hoy 117 pesos la medicina", None),
    # not a routine value (a reviewer's finds): a low sugar, a fever, a sugar past 400
    ("Mami tuvo 38", None),
    ("hoy 42", None),
    ("mami tuvo 39,8", None),
    ("mami 600 hoy, ayer 580", None),
    ("mami 135 hoy, ayer 42", None),
    ("mom was at 82", None),
])
def test_readings_with_the_day_whose_and_yesterdays(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_28, each with a twin kept
    ("i need a ride to my heart doctor on wednesday", "ask_next_appointment", "find_resource"),
    ("Who do I call to get picked up for appointments", "ask_next_appointment", "find_resource"),
    ("my son took the car back, who can take me to my appointments", "nlu_fallback", "find_resource"),
    ("can you set me up with a ride for my blood work", "ask_capabilities", "find_resource"),
    ("when is my appointment and can i get a ride", "ask_next_appointment", None),
    ("i have a funeral wed so i cant come in", "small_talk", "cannot_make_appointment"),
    ("i got jury duty that week, need to move my doctor", "find_resource", "cannot_make_appointment"),
    ("my car is in the shop so mom won't make tuesday's class, please put her in the next one", "find_resource",
     "cannot_make_appointment"),
    ("no way im getting to the heart dr that day, my building elevator is broken", "nlu_fallback",
     "cannot_make_appointment"),
    ("when can I come in", "small_talk", None),
    # a reviewer of the en_28 change: another person who cannot come, a doctor changed, a class signed up for
    ("my aide cant come in on weekends anymore, i need help with bathing", "find_resource", None),
    ("i want to change my doctor, he doesnt listen", "small_talk", None),
    ("sign me up for another class, i liked the cooking one", "find_resource", None),
])
def test_a_ride_asked_beside_the_visit_and_a_visit_put_off_in_more_words(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_29
    ("i read online carvedilol makes you gain weight, is that why mine went up", "report_task_done", "medical_question"),
    ("I'm confused about the heart pill, is it with breakfast AND supper or only breakfast", "report_task_done",
     "ask_task_instructions"),
    ("how many mg is the water pill again", "medical_question", "ask_task_instructions"),
    ("whats the right way to write down my weight, is there a chart or do i just use any paper", "nlu_fallback",
     "ask_task_instructions"),
    ("the scale thing, do i do it every single day even sundays", "nlu_fallback", "ask_task_instructions"),
    ("steps for the blood draw thing?", "nlu_fallback", "ask_task_instructions"),
    ("where does my mom go for the lab work, which building, do we need a paper", "find_resource", "ask_task_instructions"),
    ("i need a human to talk to about my mom, not a bot, no offense", "find_resource", "request_human"),
    ("I have a conflict with mom's follow up, I'm her ride", "find_resource", "cannot_make_appointment"),
    ("I'm going to be at my sister's in Milwaukee all next week so the doctor appointment will have to be some other time",
     "ask_next_appointment", "cannot_make_appointment"),
    ("Hello. I have it in my head that I have an appointment Friday, is that right?", "cannot_make_appointment",
     "ask_next_appointment"),
    ("remind me what the nurse wanted me doing every single day", "request_human", "ask_tasks"),
    # twins: a person for a bill is the bill; "confused" alone is not a question; the appointment's place is the appointment
    ("Someone called saying I owe money to the hospital. Is that real? who do I talk to about my bill", "find_resource", None),
    ("need to talk to a person about my mom today, not an emergency just confused about everything", "nlu_fallback",
     "request_human"),
    ("Where is my cardiology appointment, which building", "nlu_fallback", None),
    ("I have it in my head i cant make the appointment friday, is that ok", "cannot_make_appointment", None),
    # equipment asked as if a question for the nurse; another class than the plan's; help named to "what can you do"
    ("the stairs are killing me, is there something like a stair lift", "medical_question", "find_resource"),
    ("need a scale with bigger numbers i cant read mine", "medical_question", "find_resource"),
    ("my oxygen ran out and I'm struggling to get air", "medical_question", None),  # danger read: not a shopping list
    ("can I take a CPR class", "ask_task_instructions", "find_resource"),
    ("cardiac rehab how do i sign mom up", "ask_task_instructions", "find_resource"),
    ("does St. Mary's have nutrition classes I could take with my mother", "medical_question", "find_resource"),
    ("how do i sign up for the cooking class", "ask_task_instructions", None),  # the plan's own class
    ("killing it at cardiac rehab today, did 20 min on the bike", "ask_tasks", None),
    ("link card help", "ask_capabilities", "find_resource"),
    ("what can you help with", "ask_capabilities", None),
    ("mi mama recibio una cuenta de la ambulancia, hay forma de q se la perdonen o rebajen?", "ask_capabilities", "find_resource"),
    ("el hospital tiene ayuda pa gente de bajos recursos? debo mucho de la emergencia", "medical_question", "find_resource"),
    ("I need my case manager asap its about my insurance letter", "medical_question", None),
])
def test_questions_not_reports_places_and_conflicts_from_en_29(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, expected", [  # en_28, es_24
    ("185 up a bit", "number"),
    ("180.2 - Dorothy", "number"),
    ("181.4 for mom today", "number"),
    ("Check my weight off please. 181.6", "weight"),
    ("apuntado: 133 ayunas", "sugar"),
    ("ya le tomamos el azucar a mi mami, salio 160", "sugar"),
    ("me medi y me dio ciento diez", None),  # unlabelled, it may be a fever (a reviewer's find)
    ("me medi y me dio 104", None),
    ("me revise el azucar salio en 130", "sugar"),
    ("scale said one eighty two point oh", "weight"),  # en_29
    # not routine, or not a reading
    ("me dio 38", None),
    ("182 up 3 pounds since yesterday", None),
    ("185 up 5 lbs", None),  # a gain heart-failure plans flag (a reviewer's find)
    ("190 up 9", None),
    ("ya le tomamos el azucar a mi mami, salio 45", None),
    ("check my weight off please", None),
])
def test_readings_signed_for_whom_up_a_bit_and_taken(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", [  # a reviewer of the en_28 change: overlapping optional words
    "133 " + "ayunas " * 26 + "x",
    "185 " + "down 1 " * 22,
    "185 " + "up 2 lbs " * 22,
    "185 " + "up a bit " * 40 + "x",
])
def test_a_reading_with_repeated_words_is_read_at_once(text):
    started = time.perf_counter()
    reading(text)
    assert time.perf_counter() - started < 1.0  # was minutes: catastrophic backtracking


@pytest.mark.parametrize("text, predicted, corrected", [  # a reviewer of the en_29 guards: kept as they were
    # medical judgements stay with the care team
    ("can i take an exercise class with my heart failure, is that ok?", "medical_question", None),
    ("do i need a walker or a cane now, my balance is off since the new pill", "medical_question", None),
    ("need a new pulse oximeter, mine says 85 is that ok", "medical_question", None),
    ("mi glucometro no sirve y me siento mareada, que hago", "medical_question", None),
    ("whats the best way to lower my sugar, its been running high all week", "medical_question", None),
    ("steps for the insulin if my sugar is over 300?", "medical_question", None),
    ("need help with the hospital bill, also my incision is red and oozing a bit", "medical_question", None),
    ("my results will be another week, is my kidney ok?", "medical_question", None),
    # a visit put off stays a reschedule
    ("whats the best way to get my appointment moved to next week", "cannot_make_appointment", None),
    ("I have mom's appt on the 12th, is that right? we're snowed in", "cannot_make_appointment", None),
    ("do i really need the blood test? i cant make it thursday anyway", "medical_question", "cannot_make_appointment"),
    ("The class is too early in the morning for me, my legs don't get going till 11. Is there one later", "ask_tasks",
     None),
    # a ride, money or a person is not a task's instructions
    ("whats the best way to get a ride to my lab appointment", "find_resource", None),
    ("whats the best way to get my insulin cheaper", "find_resource", None),
    ("whats the best way to reach the nurse, i need to talk to her about my appointment", "request_human", None),
    # a report is not a question; the plan's own class is not the community list
    ("gave mom her lasix at 8. that is it once a day now", "report_task_done", None),
    ("how do i sign up for a diabetes class, the nurse put it on my list", "ask_task_instructions", None),
    ("do i take both the lasix and the carvedilol in the morning?", "ask_task_instructions", None),
])
def test_what_a_reviewer_of_the_en_29_guards_found(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_30 / es_26
    # medical judgements in more shapes go to the care team
    ("is 90 over 60 too low for blood pressure", "ask_task_instructions", "medical_question"),
    ("moms feet are puffy again tonight, does she need to be seen?", "ask_tasks", "medical_question"),
    ("se me olvido la metformina en el desayuno, me la tomo ahora en la comida o ya no?", "ask_task_instructions",
     "medical_question"),
    ("cuantas unidades de lantus me pongo si no cene", "ask_task_instructions", "medical_question"),
    ("tengo una llaga en el pie que no se cierra hace 2 semanas, que hago", "ask_task_instructions", "medical_question"),
    ("mi mamá tiene 190 despues de la cena, le doy algo?", "ask_tasks", "medical_question"),
    # needs of daily life asked for, read as a medical question
    ("Buenas tardes. Soy cuidadora de una señora mayor y no tiene qué comer esta semana. A dónde la puedo llevar?",
     "medical_question", "find_resource"),
    ("es cierto que el Medicaid manda un carro pa ir al doctor? como lo pido", "medical_question", "find_resource"),
    # quiet twins: the plan's own things, a ride named to move a visit, a lost prescription
    ("perdi la receta de la insulina, que hago", "request_human", None),
    ("my car is in the shop that week, we need to push moms appointment", "medical_question", None),
    ("no ride for the heart doctor, need a diff day", "medical_question", None),
    ("se me olvido la pastilla, me la tomo ahora?", "ask_task_instructions", None),
])
def test_judgements_and_needs_from_en_30_es_26(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_30 / es_26, the second round
    ("Angela here. how does the furosemide need to be taken, mornings only?", "report_task_done", "ask_task_instructions"),
    ("the cooking class is the same night as my bible study, is there another one", "report_task_done",
     "cannot_make_appointment"),
    ("mi mami tiene dentista ese mismo dia que el doctor patel, hay chance de moverle?", "find_resource",
     "cannot_make_appointment"),
    ("i forgot about the blood test, can we do it another day", "find_resource", "cannot_make_appointment"),
    ("Can the heart doctor be later in the month, Ill be in Detroit at my sisters", "nlu_fallback",
     "cannot_make_appointment"),
    ("do I have anything on the calendar before christmas", "ask_tasks", "ask_next_appointment"),
    ("en que fecha es el class de diabetes q me apuntaron", "ask_tasks", "ask_next_appointment"),
    ("mi mama tiene alguna tarea atrasada? me dijo que no pero no le creo jaja", "request_human", "ask_tasks"),
    ("Sofía aquí. Me pasa el resumen de lo que mi mamá debe hacer estos días? voy a verla el sabado", "nlu_fallback",
     "ask_tasks"),
    ("ok I'm up. what now", "nlu_fallback", "ask_tasks"),
    ("Visiting mom this weekend. What should I make sure she is keeping up with?", "nlu_fallback", "ask_tasks"),
    ("Explíqueme por favor cómo debemos guardar la insulina de mi mamá", "find_resource", "ask_task_instructions"),
    ("como se cambia la agujita de la pluma? mi mama no puede y yo no se", "cannot_make_appointment",
     "ask_task_instructions"),
    ("pa lo del A1c tengo q ir sin comer o como le hago", "find_resource", "ask_task_instructions"),
    ("took my water pill at 9, sorry forgot to text earlier", "medical_question", "report_task_done"),
    ("I did everything on the list this morning", "ask_tasks", "report_task_done"),
    ("is it ok to skip the water pill today, I have a long bus ride and theres no bathroom", "find_resource",
     "medical_question"),
    ("is there a shuttle from the Red Line to St Marys", "medical_question", "find_resource"),
    ("copays are too high for me on a fixed income", "medical_question", "find_resource"),
    ("i have to choose between my heart pills and eating this month", "medical_question", "find_resource"),
    ("what should I read to understand my moms condition better", "ask_task_instructions", "find_resource"),
    ("Id like some reading material in large print about heart health", "request_human", "find_resource"),
    ("what does CHF stand for, nobody ever explained it to me", "medical_question", "find_resource"),
    ("the scale you all gave me doesnt turn on", "report_task_done", "find_resource"),
    ("hay consejeros que hablen español? necesito hablar con alguien de mis nervios", "request_human", "find_resource"),
    ("mi mama no entiende las cartas del seguro, alguien que nos explique?", "ask_task_instructions", "find_resource"),
    # quiet twins
    ("Tell me everything I need to do this week please, I am writing it on the calendar in the kitchen", "ask_tasks", None),
    ("what does it mean take with breakfast and supper, does it have to be a full meal", "ask_task_instructions", None),
    ("what does ejection fraction mean and is mine bad", "medical_question", None),
    ("what do my kidney numbers mean", "medical_question", None),
    ("q le falta a mi ama por hacer, no se si ya hizo todo", "ask_tasks", None),
    ("did I do everything on the list today?", "ask_tasks", None),
    ("is the class the same day as my cardiology appointment?", "ask_next_appointment", None),
    ("is it ok to skip the class if it snows", "find_resource", None),
    ("the red rash on my leg is spreading, is there a clinic nearby", "medical_question", None),
])
def test_second_round_from_en_30_es_26(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, kind", [  # en_30 / es_26: readings with what people add around them
    ("177 today, down 2 from yesterday 🙂", "number"),
    ("177.0 before breakfast, no clothes", "number"),
    ("116 esta mañana antes de comer nada", "number"),
    ("la de mi mama hoy: 135", "number"),
    ("checado el azucar y apuntado, 101", "sugar"),
    # not readings to log: a gain heart-failure plans flag, a loss too big to be routine
    ("185 up 5 lbs", None),
    ("177 today, down 12 from yesterday", None),
])
def test_readings_with_more_around_them_from_en_30_es_26(text, kind):
    assert reading(text) == kind


@pytest.mark.parametrize("text, predicted", [  # a reviewer of the en_30 change: kept as the model said
    ("is there any food she cant have with warfarin", "medical_question"),
    ("can dad ride the train home after his pacemaker surgery, is there any problem", "medical_question"),
    ("my face feels funny, is there transportation to urgent care", "medical_question"),
    ("what does a1c of 9 mean", "medical_question"),
    ("what does pitting edema mean, her legs have dents", "medical_question"),
    ("copays are too high, can i just take the lasix every other day", "medical_question"),
    ("the prices are too high, can she use her sisters insulin", "medical_question"),
    ("took the metformin then my sugar went to 55", "medical_question"),
    ("took the lasix, havent peed at all", "medical_question"),
    ("can we do the lab another day? shes dizzy and fell this morning", "medical_question"),
    ("should we move the a1c to another day since she has a fever", "medical_question"),
    ("como se cambia la dosis de insulina cuando esta enferma", "medical_question"),
    ("tengo q ir sin comer si me pongo la insulina en la noche? cuanta me pongo", "medical_question"),
    ("the therapist, can she call me today? im not doing well", "request_human"),
    ("is there a nurse I can ask about her care plan?", "request_human"),
])
def test_what_a_reviewer_of_the_en_30_guards_found(text, predicted):
    assert corrected_intent(text, predicted) is None


@pytest.mark.parametrize("text, predicted, corrected", [  # en_31 / es_27
    ("who is Dorothy Williams case manager and how do I get hold of them", "find_resource", "request_human"),
    ("how do i reach my case manager", "nlu_fallback", "request_human"),
    ("i want to talk to the nice lady who came to my room before i went home", "nlu_fallback", "request_human"),
    ("me pasa con una persona? no se como funciona esto", "ask_capabilities", "request_human"),
    ("my daughter cant drive me that day can we switch it", "find_resource", "cannot_make_appointment"),
    ("my daughter cant drive me that day can we switch it", "cannot_make_appointment", None),
    ("Morning weigh in 178.6", "inform_dob", "report_task_done"),
    ("one eighty two this morning", "nlu_fallback", "report_task_done"),
    # their twins
    ("how can i contact them about a ride", "find_resource", None),
    ("i cant afford the walker can we switch it to a cane", "find_resource", None),
    ("weigh in at the clinic tomorrow?", "ask_next_appointment", None),
    ("two thirty", "nlu_fallback", None),
    ("what can you do", "ask_capabilities", None),
])
def test_people_readings_and_moves_from_en_31_es_27(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


def test_the_whole_list_asked_for_in_other_words():  # en_31
    assert asks_for_the_list("show me everything i got coming up the next few days")
    assert not asks_for_the_list("show me everything i got, i took all of them at once")


@pytest.mark.parametrize("text, predicted", [  # a reviewer of the en_31 change: needs the list words had taken
    ("tell me all i need to know about food banks", "find_resource"),
    ("send me everything i need to apply for help with my electric bill", "find_resource"),
    ("tell me everything she has to know about heart failure", "medical_question"),
    ("ate cereal for dinner, should i take my insulin", "medical_question"),
])
def test_requests_a_reviewer_of_the_en_31_change_found_keep_their_intent(text, predicted):
    assert corrected_intent(text, predicted) in (None, predicted)


@pytest.mark.parametrize("text, category", [  # ... and needs the new phrases had taken
    ("i cant keep up with the house payments, foreclosure notice came", "housing"),
    ("my daughter shut me off and wont talk to me", None),
    ("my doctor shut me off from salt", None),
    ("ustedes tienen van o algo que recoja a los viejitos pa las citas", "transportation"),  # es_27
    ("me pongo muy nerviosa con lo de la diabetes, no duermo, hay ayuda pa eso", "mental_health"),
    ("quiero hacer un poder pa que mi hija decida por mi si me enfermo", "legal"),
])
def test_category_phrases_a_reviewer_of_the_en_31_change_found(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, corrected", [  # en_31, the second round: a service, not a person
    ("can somebody bring me meals", "request_human", "find_resource"),
    ("is there a van that can take me to the hospital", "request_human", "find_resource"),
    ("my grief is bad this time of year with the holidays", "ask_next_appointment", "find_resource"),
    ("can someone bring me my case manager", "request_human", None),
    ("when is my grief group", "ask_next_appointment", None),
    ("want to talk to someone about my nerves", "request_human", "find_resource"),
    ("i want to talk to someone about my appointment", "request_human", None),
])
def test_services_and_grief_from_en_31(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, predicted, corrected", [  # en_32 / es_28
    ("Is there anything I'm behind on", "find_resource", "ask_tasks"),
    ("what is mom supposed to do every day, my sister has her this week", "find_resource", "ask_tasks"),
    ("does she have anything on tuesday? i work that day", "ask_tasks", "ask_next_appointment"),
    ("did they put her down for something this month", "report_task_done", "ask_next_appointment"),
    ("is the heart nurse call tmrw or thursday", "request_human", "ask_next_appointment"),
    ("what day is the cooking class", "medical_question", "ask_next_appointment"),
    ("Where do I go to get the blood draw", "report_task_done", "ask_task_instructions"),
    ("the water pill, with food or without", "find_resource", "ask_task_instructions"),
    ("do we need a referral or something for the lab", "find_resource", "ask_task_instructions"),
    ("mom had her blood drawn this morning", "nlu_fallback", "report_task_done"),
    ("ya apunte el peso como me dijeron", "ask_task_instructions", "report_task_done"),
    ("I'm not going to make the lab test friday", "nlu_fallback", "cannot_make_appointment"),
    ("that day doesn't work for me, my son has surgery", "find_resource", "cannot_make_appointment"),
    ("please move her blood draw to next week", "nlu_fallback", "cannot_make_appointment"),
    ("va a llover mucho, me la pasan pa otro dia?", "medical_question", "cannot_make_appointment"),
    ("se me olvido la cita del laboratorio, me dan otra?", "nlu_fallback", "cannot_make_appointment"),
    ("is 40 too much? my neighbor takes 20", "inform_dob", "medical_question"),
    ("feeling woozy, should i hold the water pill", "ask_task_instructions", "medical_question"),
    ("le dijeron 20 unidades y se pone 25, esta bien eso?", "nlu_fallback", "medical_question"),
    ("me pueden comunicar con alguien? tengo dudas", "find_resource", "request_human"),
    ("the price of her carvedilol went up at cvs", "nlu_fallback", "find_resource"),
    ("Mom got a letter from collections about the ER bill. Who do we talk to?", "request_human", "find_resource"),
    ("Mom got a letter from collections about the ER bill. Who do we talk to?", "find_resource", None),
    ("the brakes on my walker are shot", "report_task_done", "find_resource"),
    ("could a nurse come to the house so i dont have to go out", "request_human", "find_resource"),
    ("respite, how does it work", "ask_capabilities", "find_resource"),
    ("I'd like talk therapy please", "request_human", "find_resource"),
    ("anything mom could read about how to read labels for salt", "ask_task_instructions", "find_resource"),
    ("i only eat once a day now, money is tight", "cannot_make_appointment", "find_resource"),
    ("se me vencio el seguro y no se como renovarlo", "ask_task_instructions", "find_resource"),
    ("necesito unas barras pa el baño, la regadera esta muy alta", "medical_question", "find_resource"),
    # their twins: the same words, something else asked
    ("when is my heart doctor and do i need to bring anything", "report_task_done", "ask_next_appointment"),
    ("the doctor said I might be depressed, where do I go for that", "find_resource", None),
    ("i missed my last appointment cause i had no ride, help me find one", "find_resource", None),
    ("who do i talk to about my grandpas care, im the new poa", "request_human", None),
    ("when is el a1c de mi mama? creo q ya se le paso la fecha", "cannot_make_appointment", "ask_next_appointment"),
    ("me la cambian por otra pastilla mas barata?", "find_resource", None),
    ("when is it safe to drive after my heart doctor visit", "medical_question", None),
    ("when should i take the water pill if i have a doctor visit", "medical_question", None),
    ("necesito un baston", "medical_question", "find_resource"),
])
def test_visits_readings_and_needs_from_en_32_es_28(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


@pytest.mark.parametrize("text, category", [  # en_32 / es_28: needs in the words people used
    ("scared to take the el alone", "transportation"),
    ("hospital parking is killing my budget", "transportation"),
    ("is there a magnifying glass i could borrow", "medical_equipment"),
    ("one of those buttons for if i fall", "medical_equipment"),
    ("im burning out taking care of dad", "caregiver_support"),
    ("since the surgery i have nightmares", "mental_health"),
    ("i go days without talking to anyone", "mental_health"),
    ("mi mama anda bajoneada", "mental_health"),
    ("chair yoga classes", "education"),
    ("quiero firmar un poder para mi hija", "legal"),
    ("got a collections letter", "financial_assistance"),
    ("a standing on the roof of the parking garage", None),  # not every parking is a ride
])
def test_category_phrases_from_en_32_es_28(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, reading", [  # en_32 / es_28: the model's check-in gives way to these readings
    ("cut myself shaving my legs, just a nick, all good", "nothing_happening"),
    ("my son is going to murder me when he hears I drove myself to the store", "only_figurative"),
    ("I'm scared to take the el by myself now, too many stairs and people pushing", "names_a_need"),
    ("the numbers on my scale are too small i cant read them, is there a talking one", "asks_only_for_equipment"),
])
def test_check_in_readings_from_en_32_es_28(text, reading):
    from bot import intent_guards
    assert getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, reading", [  # ... not beside danger, harm or a means
    ("cut myself shaving, just a nick but it wont stop bleeding", "nothing_happening"),
    ("cut myself on purpose, just a nick", "nothing_happening"),
    ("my husband is going to kill me when he finds out", "only_figurative"),
    ("scared to take the el, a man keeps following me and hes outside now", "names_a_need"),
    ("I stopped seeing my friends, I have the pills ready", "low_mood_only"),
])
def test_check_in_readings_from_en_32_es_28_keep_the_check_in(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, reading", [  # a reviewer of the en_32 change: check-in readings on crises, now False
    ("my daughter is going to kill me when she sees the bruises he left", "only_figurative"),
    ("my son will kill me if he finds out i called you", "only_figurative"),
    ("my blood pressure is going through the roof dealing with my son, he hit me", "only_figurative"),
    ("cut myself shaving, just a nick lol, nobody would even notice if i was gone", "nothing_happening"),
    ("cut my finger cooking its just a nick im fine, why do i even bother living", "nothing_happening"),
    ("cut my hand on the glass just a small cut all good, i want to do it again", "nothing_happening"),
    ("afraid to take the bus, my ex waits for me at the stop every day and follows me home", "names_a_need"),
    ("scared to take the bus because my son's friends beat me up there last week", "names_a_need"),
    ("i want to take the el tonight and never come back", "names_a_need"),
    ("i need something to hold on to, i feel like giving up", "asks_only_for_equipment"),
    ("se me rompio la cadera? me cai con la andadera", "asks_only_for_equipment"),
    ("the walker wheels are busted, she went down hard on the concrete", "asks_only_for_equipment"),
    ("mom wont leave the house, hasnt eaten or had water in 4 days and is talking nonsense", "low_mood_only"),
    ("nightmares every night and my heart is racing and i feel like im going to pass out", "low_mood_only"),
    ("been feeling low lately and my sugar was 40 this morning and im shaky", "low_mood_only"),
    ("is there a talking line, i dont want to be here anymore", "asks_only_for_equipment"),
])
def test_check_in_readings_a_reviewer_of_the_en_32_change_found(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, predicted", [  # ... and intents its new phrases had taken
    ("weighed in this morning, went up to 185, took my water pill", "report_task_done"),
    ("should i pause my insulin reminders on vacation", "snooze"),
    ("is 20 enough for the copay?", "find_resource"),
    ("la cita de la presion el martes, asi esta bien?", "ask_next_appointment"),
    ("me lo pueden cambiar, la pastilla me da mareo", "medical_question"),
    ("se me acabaron las tiras, me dan otra?", "find_resource"),
    ("hes not gonna make it", "report_emergency"),
    ("do i need a ride to the lab, i dont drive", "find_resource"),
    ("when is the lab? my sugar is 400", "medical_question"),
    ("stepped on the scale, 182 today, my legs are wobbly", "report_task_done"),
    ("can the nurse come to my house tomorrow to check my incision", "request_human"),
    ("when will the class be, i feel dizzy all the time", "medical_question"),
    ("what time is best to check my sugar before the class", "medical_question"),
    ("when will my lab results come back", "medical_question"),
    ("la receta me la pasan a la farmacia de walgreens?", "find_resource"),
])
def test_intents_a_reviewer_of_the_en_32_change_found_kept(text, predicted):
    assert corrected_intent(text, predicted) in (None, predicted)


@pytest.mark.parametrize("text, category", [  # ... and categories
    ("i go days without my insulin because i cant afford it", "medication_assistance"),
    ("the walker is not on my plan, how do i get one", "medical_equipment"),
])
def test_categories_a_reviewer_of_the_en_32_change_found(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_reading_in_bed_is_still_a_medical_question():  # a reviewer of the en_32 change ("la tina esta muy alta" is not)
    from bot import advice
    assert advice.asks_medical_advice("su azucar en la cama esta muy alta, 450")
    assert not advice.asks_medical_advice("necesito unas barras pa agarrarme en el baño, la tina esta muy alta")


@pytest.mark.parametrize("text, reading", [  # en_33: the model's check-in gives way to these readings
    ("cut myself shaving, little band aid fixed it", "nothing_happening"),
    ("smoke alarm battery chirping all night", "nothing_happening"),
    ("the headache i had yesterday is gone now", "nothing_happening"),
    ("Was there more than the pills and the scale? I feel like I'm missing something", "asks_for_the_list"),
    ("The snow is bad, I cant get out for the blood test this week", "only_moves_a_visit"),
    ("my hip is acting up and I cant get to the class this week, can I go to the next one", "only_moves_a_visit"),
    ("scam call said I owe the IRS, they want gift cards", "names_a_need"),
])
def test_check_in_readings_from_en_33(text, reading):
    from bot import intent_guards
    assert getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, reading", [  # ... not beside danger, harm or a means
    ("cut myself shaving, little band aid fixed it but it keeps bleeding", "nothing_happening"),
    ("smoke alarm chirping and i smell something burning", "nothing_happening"),
    ("my smoke alarm battery is dead and mom wants to die", "nothing_happening"),
    ("my headache is gone now, i took all the pills", "nothing_happening"),
    ("the headache i had yesterday is gone now but my face feels numb", "nothing_happening"),
    ("Was there more than the pills and the scale? I feel like ending it", "asks_for_the_list"),
    ("The snow is bad, I cant get out for the blood test this week and my chest hurts", "only_moves_a_visit"),
    ("my hip is acting up and I cant get to the class this week, can I go to the next one, im bleeding a lot", "only_moves_a_visit"),
])
def test_check_in_readings_from_en_33_keep_the_check_in(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, category", [  # en_33 / es_29: needs in the words people used
    ("someone used my social security number", "legal"),
    ("a bath bench please", "medical_equipment"),
    ("Can you send a car", "transportation"),
    ("I'm cutting back on my water pills to make them last till the 1st", "medication_assistance"),
    ("need help with medicare forms", "financial_assistance"),
    ("hay centros de dia pa personas mayores donde pueda dejar a mi mama", "caregiver_support"),
])
def test_category_phrases_from_en_33_es_29(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_symptoms_cause_asked_is_a_medical_question():  # en_33: "could that be her heart" got the check-in
    from bot import advice
    assert advice.asks_medical_advice("mom has been coughing at night, could that be her heart?")
    assert not advice.asks_medical_advice("could that be her ride at the door?")


@pytest.mark.parametrize("text, reading", [  # a reviewer of the en_33 change: check-in readings on crises, now False
    ("my headache is gone now but mom is confused and sweating", "nothing_happening"),
    ("the cough is gone now, baby has a 105 fever", "nothing_happening"),
    ("smoke alarm chirping, stove was on for hours, mom confused", "nothing_happening"),
    ("i wont be alive by then so i cant make it to my appointment on friday", "only_moves_a_visit"),
    ("my husband wont let me leave the house, i cant go to my appointment", "only_moves_a_visit"),
    ("snow is really bad and im out of oxygen, cant make it to my appointment", "only_moves_a_visit"),
    ("my son is threatening me, says i have to sign over the house or else", "names_a_need"),
    ("the scam guy knows where i live and says he is coming tonight", "names_a_need"),
    ("i dont know how much longer i can make it last like this", "names_a_need"),
    ("is there anything more than my pills, i have 60 of them saved up", "asks_for_the_list"),
])
def test_check_in_readings_a_reviewer_of_the_en_33_change_found(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text", [  # ... and a cause asked beside signs of something going on keeps the check-in
    "my husband is sweating buckets and has pain in his jaw, could it be his heart",
    "dad hasnt peed all day and he's really out of it, could it be his kidneys",
    "mom is very drowsy and throwing up since her new pills, could it be her meds?",
])
def test_a_cause_asked_beside_acute_signs_keeps_the_check_in(text):
    from bot import intent_guards
    assert intent_guards.acute_signs_told(text)


@pytest.mark.parametrize("text, figurative", [  # es_29: the model's check-in on grief at a sight and a scolding mother
    ("se me parte el corazon ver a mi mama tan flaquita", True),
    ("mi mama me va a matar si no le llevo sus tortillas", True),
    ("mi esposo me va a matar si no le doy dinero", False),  # never a partner
    ("se me parte el corazon ver a mi mama tan flaquita, ya no quiero vivir", False),
])
def test_spanish_idioms_from_es_29(text, figurative):
    from bot import intent_guards
    assert intent_guards.only_figurative(text) is figurative


@pytest.mark.parametrize("text, reading", [  # en_34: the model's check-in on a list asked, low mood, a need, a person
    ("I woke up late and my head is all over the place, what are my to-dos", "asks_for_the_list"),
    ("I'm having a hard time coping with all this heart stuff", "low_mood_only"),
    ("the toilet is too low and mom struggles getting up", "names_a_need"),
    ("mom needs someone to call her, she's confused by all the texts", "asks_for_a_person"),
    ("I want to die my hair purple for my birthday", "only_figurative"),
])
def test_check_in_readings_from_en_34(text, reading):
    from bot import intent_guards
    assert getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, reading", [  # ... and their twins keep the check-in
    ("i took all my pills at once, what are my tasks", "asks_for_the_list"),
    ("I'm having a hard time coping, I want to die", "low_mood_only"),
    ("mom needs someone to call her, she took all the pills", "asks_for_a_person"),
    ("I want to die, my hair is falling out from the chemo", "only_figurative"),
])
def test_check_in_readings_from_en_34_keep_their_limits(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, category", [  # en_34 / es_30: needs in the words people used
    ("cant afford the copay for the specialist visits", "financial_assistance"),
    ("getting in and out of the shower scares me", "medical_equipment"),
    ("Looking for a safer place for my mother to live", "housing"),
    ("need help with my mother at home in the evenings", "caregiver_support"),
    ("how do i get mom to the blood test place, neither of us has a car", "transportation"),
    ("I'm behind on my property taxes and afraid I'll lose my house", "housing"),
    ("is there a program where someone calls me every day to make sure I'm ok", "caregiver_support"),
    ("mom signed a contract with a repair guy who took her money and disappeared", "legal"),
    ("a mi mama le mandaron cobros del hospital q no entendemos", "financial_assistance"),
])
def test_category_phrases_from_en_34_es_30(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_copay_for_visits_is_a_bill_and_for_pills_is_medicine():
    from bot.resources import paying_for_medicine
    assert paying_for_medicine("medication_assistance", "the copay at my eye appointment") == "financial_assistance"
    assert paying_for_medicine("medication_assistance", "my copay for the inhaler is too high") == "medication_assistance"
    assert paying_for_medicine("medication_assistance", "copays for my pills and my visits") == "medication_assistance"


@pytest.mark.parametrize("text, reading", [  # a reviewer of the en_34 change: crises its readings had quieted
    ("i already wrote the letters to my kids. what are my to dos", "asks_for_the_list"),
    ("this will be my last day, whats my to do list", "asks_for_the_list"),
    ("having a hard time coping, i keep staring at the bottle of oxy", "low_mood_only"),
    ("struggling to cope, there is no way out of this", "low_mood_only"),
    ("needs someone to call her, she hasnt eaten or drank in 4 days and wont get out of bed", "asks_for_a_person"),
    ("i need someone to call me. im not safe tonight", "asks_for_a_person"),
    ("dad needs someone to call him, he says he wants to join mom in heaven", "asks_for_a_person"),
    ("can someone drive me to all the appointments this week, after that it wont matter anymore", "names_a_need"),
    ("dyed her hair today, she says she wants to go be with dad now", "only_figurative"),
    ("i dyed my hair so i look nice when they find me", "only_figurative"),
])
def test_check_in_readings_a_reviewer_of_the_en_34_change_found(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, category", [  # ... and categories its phrases had taken
    ("the debt collector calls me every day", "legal"),
    ("trouble coping with rent, about to be evicted", "housing"),
    ("i need a safer place to keep my pills, my grandson steals them", None),
    ("neither of us drives anymore and we need groceries delivered", "food"),
])
def test_categories_a_reviewer_of_the_en_34_change_found(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_medicine_the_list_does_not_know_stays_medicine_beside_a_visit():
    from bot.resources import paying_for_medicine
    assert paying_for_medicine("medication_assistance", "cant pay for my ozempic, the specialist says i need it") \
        == "medication_assistance"
    assert paying_for_medicine("medication_assistance", "copay for my eye drops after the visit is too much") \
        == "medication_assistance"


@pytest.mark.parametrize("text, reading", [  # en_34 after retraining: the model's check-in on good news and a visit moved
    ("the heart doctor told mom her heart is pumping better!", "nothing_happening"),
    ("I don't think I'm going to be up to going to see the doctor this week, can we push it", "only_moves_a_visit"),
])
def test_check_in_readings_from_en_34_after_retraining(text, reading):
    from bot import intent_guards
    assert getattr(intent_guards, reading)(text)
    assert not getattr(intent_guards, reading)(text + ", but now she is gasping for air")


@pytest.mark.parametrize("text, reading", [  # a second reviewer of the en_34 change: crises its readings quieted
    ("can we push it, my husband hasnt woke up since yesterday", "only_moves_a_visit"),
    ("can we push it, mom is acting strange and wont answer me", "only_moves_a_visit"),
    ("doc said im doing fine, then i fell", "nothing_happening"),
    ("doctor told my wife her incision is healing fine, but its oozing", "nothing_happening"),
    ("woke up late, feel really confused and shaky, what are my tasks", "asks_for_the_list"),
    ("brain fog and my sugar is low, whats my to do list", "asks_for_the_list"),
    ("struggling coping with the diagnosis, just tired of fighting, ready to let go", "low_mood_only"),
    ("hard time coping with this diabetes stuff, might just stop my insulin", "low_mood_only"),
    ("hard time coping with the surgery, the incision is red and oozing", "low_mood_only"),
    ("mom needs someone to call her, she keeps typing gibberish", "asks_for_a_person"),
    ("my dad needs someone to call him, hes not answering texts", "asks_for_a_person"),
    ("overwhelmed by all the meds she took at once", "names_a_need"),
    ("need a safer place for my mom to live, her boyfriend knocks her around", "names_a_need"),
    ("losing the house next month and theres nothing left for me", "names_a_need"),
])
def test_check_in_readings_a_second_reviewer_of_the_en_34_change_found(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


def test_a_copay_for_an_unknown_medicine_at_the_specialist_stays_medicine():
    from bot.resources import normalize_category, paying_for_medicine
    assert paying_for_medicine("medication_assistance", "cant afford the copay for jardiance the specialist prescribed") \
        == "medication_assistance"
    assert normalize_category("my son drops off money but its not enough for the bills") == "financial_assistance"


def test_a_plain_task_report_stops_at_a_person_who_will_not_answer():  # found while tuning on en_34
    from bot import intent_guards
    assert intent_guards.plain_task_report("I weighed myself and wrote it down like they said")
    assert not intent_guards.plain_task_report("dorothy took her supper pill and now shes real sleepy and wont answer me right")


def test_nothing_left_for_food_is_a_need_and_for_me_is_not():
    from bot import intent_guards
    assert intent_guards.names_a_need("after paying for my meds theres nothing left for food")
    assert not intent_guards.names_a_need("losing the house next month and theres nothing left for me")


@pytest.mark.parametrize("text, intent, corrected", [  # en_34: how a task on the plan is done, read as medical
    ("the heart pill twice a day, is that with meals or in between", "medical_question", "ask_task_instructions"),
    ("what am i meant to do for the potasium test", "medical_question", "ask_task_instructions"),
    ("mom wants to know how she's supposed to take her furosemide, morning or night", "ask_tasks", "ask_task_instructions"),
    # ... a judgement asked, a symptom or a double dose keeps the medical question
    ("i missed my water pill this morning, should i take it at night", "medical_question", None),
    ("i took the heart pill twice, is that with meals ok", "medical_question", None),
    ("is the water pill with breakfast? i feel dizzy since i started it", "medical_question", None),
])
def test_how_a_task_on_the_plan_is_done_is_its_instructions(text, intent, corrected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, intent) == corrected


@pytest.mark.parametrize("text, intent, corrected", [  # en_35 / es_31: what the model misplaced, as classes
    ("oiga y aparte de la insulina q mas tengo q hacer", "find_resource", "ask_tasks"),
    ("yo estoy cuidando a maria hoy, que cosas tiene que hacer", "find_resource", "ask_tasks"),
    ("tiene mi mama algo pa mañana? pa saber si la tengo q llevar a algun lado", "find_resource", "ask_tasks"),
    ("lo de checarme en ayunas es antes o despues del cafecito?", "nlu_fallback", "ask_task_instructions"),
    ("what do i do for the potassium test thing", "nlu_fallback", "ask_task_instructions"),
    ("a mi mama le salio 121 hoy en ayunas", "medical_question", "report_task_done"),
    ("si me como un pan dulce me pongo mas insulina?", "ask_task_instructions", "medical_question"),
    ("cuantas unidades de lantus le tocan a mi mama si cena muy tarde", "nlu_fallback", "medical_question"),
    ("buenas, la metformina engorda? me la acaban de recetar", "find_resource", "medical_question"),
    ("el medidor de azucar de mi mama no prende ni con pilas nuevas, se lo pueden cambiar?", "medical_question",
     "find_resource"),
    ("no tengo que comer esta semana", "ask_tasks", "find_resource"),
    ("Is there anything I'm behind on", "ask_next_appointment", "ask_tasks"),
    ("Hello, I am the daughter of Dorothy Williams. May I see her care plan items?", "greet", "ask_tasks"),
    ("do i see anybody this week", "request_human", "ask_next_appointment"),
    ("got jury duty that week, what do i do about my heart appt", "ask_tasks", "cannot_make_appointment"),
    ("do i really still need the blood test if i feel fine", "report_task_done", "medical_question"),
    ("I ran out of my water pill, can I take my neighbors lasix she has the same kind", "ask_task_instructions",
     "medical_question"),
    ("mom skipped her pills yesterday, does she double up today", "nlu_fallback", "medical_question"),
    ("can I talk with Maria, she helped me before when I was in the hospital", "medical_question", "request_human"),
    ("need to talk to someone about my moms care asap", "find_resource", "request_human"),
    ("Can't get mom there Tuesday. Other options?", "find_resource", "cannot_make_appointment"),
    ("Id like a book on living with a weak heart", "request_human", "find_resource"),
    ("Do you have info in simple language for my mother on her heart condition", "medical_question", "find_resource"),
    # ... and their quiet twins
    ("cuanta insulina me toca hoy", "ask_task_instructions", None),
    ("no tengo que comer antes del laboratorio verdad?", "ask_tasks", None),
    ("la comida del hospital engorda jaja", "small_talk", None),
    ("Hello, when is my appointment", "greet", None),
    ("my glucometer broke and my sugar was 40, can you replace it", "medical_question", None),
])
def test_shapes_from_en_35_es_31(text, intent, corrected):
    assert corrected_intent(text, intent) == corrected


def test_a_visit_missed_for_not_being_home_gives_the_check_in_way():  # en_35: the model's check-in on it
    from bot import intent_guards
    assert intent_guards.only_moves_a_visit("I'm not going to be home tomorrow for the phone call")
    assert not intent_guards.only_moves_a_visit("I'm not going to be home tomorrow for the phone call, I took all my pills")


@pytest.mark.parametrize("text, category", [  # en_35 / es_31: needs in the words people used
    ("la guagua no pasa cerca de mi casa y con este frio no puedo caminar tanto, como llego a la clase", "transportation"),
    ("se me vence lo del medicare y no se que hacer pa renovarlo", "financial_assistance"),
    ("tengo miedo de venir al hospital por mi situacion migratoria, hay quien me oriente", "legal"),
    ("el aparato de medir el azucar ya no sirve, como consigo otro", "medical_equipment"),
    ("no tengo que comer esta semana", "food"),
    ("mom needs a ride to the cooking class and back home", "transportation"),
    ("can moms pills be delivered, she doesnt leave the house much", "medication_assistance"),
    ("i got a letter from a collection agency about the ambulance ride in august", "financial_assistance"),
    ("I don't understand my insurance at all. who can explain it to me in plain english", "financial_assistance"),
    ("my phone is about to get cut off and i need it for the heart nurse calls", "financial_assistance"),
    ("is there a gadget to help me reach stuff on the high shelves, I cant get on a stool", "medical_equipment"),
    ("my bed is so low its hard to get out of in the morning", "medical_equipment"),
    ("Angela here, I'm struggling to juggle my kids and mom, what support is out there for me", "caregiver_support"),
    ("my doctor said i should see somebody for my mood", "mental_health"),
    ("they're selling my building and I have to be out by the end of the month, where do I go", "housing"),
    # ... not the needing-no-food of a fasting test, and therapy without papers is still therapy
    ("no tengo que comer antes del laboratorio verdad?", None),
    ("necesito terapia pero no tengo papeles, me pueden atender?", "mental_health"),
])
def test_category_phrases_from_en_35_es_31(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, reading", [  # a reviewer of the en_35 change: the model's check-in must stay
    ("im ending it tonight so i wont be home for the visit", "only_moves_a_visit"),
    ("after tonight i wont be home for the nurse visit", "only_moves_a_visit"),
    ("need to talk to someone about my moms care asap she hasnt woken up since this morning", "asks_for_a_person"),
    ("can i talk with maria she helped me before im not doing well at all", "asks_for_a_person"),
    ("mom's bed is too low and she slid off and is on the floor", "names_a_need"),
    ("my phone is about to get cut off and i have no one, whats the point", "names_a_need"),
    ("juggling my kids and mom and im so tired i could die", "names_a_need"),
    ("i want to see someone for my mood its getting really dark", "low_mood_only"),
])
def test_check_in_readings_a_reviewer_of_the_en_35_change_found(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, intent, wrong", [  # ... and intent corrections it found wrong
    ("other than the insulin what else do i need to do her sugar is still 350", "find_resource", "ask_tasks"),
    ("aparte de caminar q mas tengo q hacer para bajar el azucar", "find_resource", "ask_tasks"),
    ("me tomo la metformina antes o despues de comer, me da diarrea", "medical_question", "ask_task_instructions"),
    ("la insulina antes o despues de la cena, anoche le bajo a 50", "medical_question", "ask_task_instructions"),
    ("nothing to eat after midnight right?", "ask_tasks", "find_resource"),
    ("no tengo que comer nada despues de medianoche?", "ask_tasks", "find_resource"),
    ("mi mama tiene algo hoy esta muy rara y no me reconoce", "find_resource", "ask_tasks"),
    ("do i have to see the doctor today her foot is black", "request_human", "ask_next_appointment"),
    ("do i see anybody this week? my legs are so swollen", "request_human", "ask_next_appointment"),
    ("i dont want pamphlets i want to talk to a real person", "request_human", "find_resource"),
    ("hi can i get a list of support groups", "greet", "ask_tasks"),
    ("hello, can i see her care plan, she is acting confused today", "greet", "ask_tasks"),
    ("cant get her there monday she hasnt woken up", "find_resource", "cannot_make_appointment"),
    ("el medidor de azucar no prende se lo pueden cambiar? mi mama esta temblando", "medical_question", "find_resource"),
    ("her oxygen concentrator stopped working and keeps beeping can you replace it", "medical_question", "find_resource"),
    ("can i borrow my neighbors car to pick up my pills", "find_resource", "medical_question"),
    ("cuanto me toca pagar si no tengo aseguranza por la insulina", "find_resource", "medical_question"),
])
def test_corrections_a_reviewer_of_the_en_35_change_found_wrong(text, intent, wrong):
    assert corrected_intent(text, intent) != wrong


@pytest.mark.parametrize("text, wrong", [  # ... and category phrases that took over other needs
    ("what support is out there for me i cant afford my insulin", "caregiver_support"),
    ("do i qualify for any programs for food", "financial_assistance"),
    ("i need someone to take me seriously about my pain", "transportation"),
    ("i take pills for my mood and cant afford them", "mental_health"),
    ("phone got cut off in the middle of the nurse call", "financial_assistance"),
    ("can you send me the food stamp info in simple language", "education"),
])
def test_categories_a_reviewer_of_the_en_35_change_found(text, wrong):
    from bot.resources import normalize_category
    assert normalize_category(text) != wrong


@pytest.mark.parametrize("text, reading", [  # a second reviewer of the en_35 change: the model's check-in must stay
    ("can i talk with jose he helped me, my son is threatening me again", "asks_for_a_person"),
    ("can I talk to Maria she helped me, im in a dark place", "asks_for_a_person"),
    ("bed is too low, mom went down between the bed and the wall and shes wedged there", "names_a_need"),
    ("my phone is about to get cut off, this might be my last message", "names_a_need"),
    ("struggling to juggle my kids and mom, i snapped and hit her", "names_a_need"),
    ("my neighbor used to bring me a plate on sundays and now i havent eaten in 4 days", "names_a_need"),
    ("el medidor del azucar no prende y mi mama esta muy debil, como consigo otro", "asks_only_for_equipment"),
    ("el aparato para medir el azucar no funciona, mi mama esta rara y no contesta, se lo pueden cambiar", "asks_only_for_equipment"),
])
def test_check_in_readings_a_second_reviewer_of_the_en_35_change_found(text, reading):
    from bot import intent_guards
    assert not getattr(intent_guards, reading)(text)


@pytest.mark.parametrize("text, intent, wrong", [  # ... and intent corrections it found wrong
    ("q tengo q hacer si mi esposo me pega", "find_resource", "ask_tasks"),
    ("que mas tengo que hacer para que me aprueben el medicaid", "find_resource", "ask_tasks"),
    ("aparte de las pastillas q mas tengo q hacer, mi mama ya no quiere comer y esta muy debil", "find_resource", "ask_tasks"),
    ("hi can i see her list, she fell this morning", "ask_next_appointment", "ask_tasks"),
    ("do i see anybody this week? i really need to talk to someone, im not doing well", "request_human", "ask_next_appointment"),
    ("tengo algo el lunes? es que me siento muy mal", "find_resource", "ask_tasks"),
    ("me tomo la metformina antes o despues de comer, me da mucha acidez", "medical_question", "ask_task_instructions"),
    ("la insulina en la manana o en la noche, mi papa esta muy dormido y no contesta", "medical_question", "ask_task_instructions"),
    ("nothing to eat in the house and i took my insulin, im shaking", "ask_tasks", "find_resource"),
    ("me toma mas de una hora llegar a la clinica del azucar, hay transporte?", "find_resource", "medical_question"),
    ("me pongo mas nerviosa cuando me checo el azucar, hay alguien con quien hablar?", "find_resource", "medical_question"),
    ("cuantos dias me toca esperar si no tengo cita para la insulina", "find_resource", "medical_question"),
    ("can I borrow my sisters pill organizer", "find_resource", "medical_question"),
])
def test_corrections_a_second_reviewer_of_the_en_35_change_found_wrong(text, intent, wrong):
    assert corrected_intent(text, intent) != wrong


def test_two_kinds_of_help_tagged_are_read_as_the_whole_message_names_them():  # found by using the web chat
    from bot.resources import one_of_the_tagged
    assert one_of_the_tagged(["ride", "cooking class"], "mom needs a ride to the cooking class and back home") \
        == "transportation"
    assert one_of_the_tagged(["ride"], "i need a ride") is None  # one kind: the tag decides, as before
    assert one_of_the_tagged(["walker", "food"], "hello") is None  # the words name neither: the tag decides


@pytest.mark.parametrize("text, intent, corrected", [  # en_36 / es_32: what the model misplaced, as classes
    ("remind me which meds she is on", "ask_next_appointment", "ask_tasks"),
    ("can you tell me what tomorrow is supposed to look like", "ask_task_instructions", "ask_tasks"),
    ("please read me her plan, i left my glasses at home and i cant see the paper", "nlu_fallback", "ask_tasks"),
    ("what the doctor told me i have to do every night, i forgot", "nlu_fallback", "ask_tasks"),
    ("everything mom has got to do this week pills visits all of it", "find_resource", "ask_tasks"),
    ("she says theres a list of things shes supposed to do and cant find it anywhere", "nlu_fallback", "ask_tasks"),
    ("does mom have anything this week?", "request_human", "ask_next_appointment"),
    ("is there a phone call scheduled tomorrow", "request_human", "ask_next_appointment"),
    ("could you push my cardiology appointment to next month", "nlu_fallback", "cannot_make_appointment"),
    ("shes not going to be able to make the class on saturday, can it be moved", "find_resource",
     "cannot_make_appointment"),
    ("gonna miss the cardiologist, my car is in the shop", "ask_tasks", "cannot_make_appointment"),
    ("no va a poder ir a la cita esta semana, cuando hay lugar", "ask_next_appointment", "cannot_make_appointment"),
    ("is 40 mg enough or should she get more", "nlu_fallback", "medical_question"),
    ("does dad need his water pill changed? he keeps coughing", "find_resource", "medical_question"),
    ("the scale has kg or lbs, which do i use", "report_task_done", "ask_task_instructions"),
    ("the sheet says weigh before breakfast every day, what does that look like", "medical_question",
     "ask_task_instructions"),
    ("how does mom sign up for her salt class", "find_resource", "ask_task_instructions"),
    ("how will mom get to the lab on friday, i work", "ask_tasks", "find_resource"),
    ("what is an ejection fraction", "medical_question", "find_resource"),
    ("can i talk to somebody from the staff", "find_resource", "request_human"),
    ("id like to go over the discharge plan with a nurse", "ask_tasks", "request_human"),
    ("necesito platicar con alguien del equipo que atiende a mi papa", "find_resource", "request_human"),
    ("ya se la puse, la insulina de la noche", "medical_question", "report_task_done"),
    ("ya llevamos a mi papa al laboratorio", "find_resource", "report_task_done"),
    # ... and their quiet twins
    ("can the bill be changed", "nlu_fallback", None),
    ("is 20 enough or should i ask for more rides", "find_resource", None),
    ("the paper says my potassium is 6, what does that mean", "medical_question", None),
    ("what does ejection fraction mean for mom, is hers bad", "medical_question", None),
    ("how does she get to the low sodium cooking class, is it at the hospital", "ask_task_instructions", None),
    ("i want to discuss rides with my daughter", "request_human", "find_resource"),
    ("my grandma got a hospital bill she cant pay, who do we talk to about financial help", "ask_tasks", "find_resource"),
    ("read me my plan, i cant breathe", "nlu_fallback", None),
    # ... a reviewer of the en_36 change: someone unwell, a possible overdose, a visit not moved, a medical question
    ("theres a list of things im supposed to do, i cant read it, my hands wont stop shaking and im sweaty", "medical_question",
     None),
    ("she took all of it at once, read me her plan", "nlu_fallback", None),
    ("im not gonna miss the cardiology this time i promise", "small_talk", None),
    ("im not going to be able to make the copay for the appointment, its 60 dollars", "find_resource", None),
    ("me pueden pasar el de la luz pa el otro mes, no me alcanza", "find_resource", None),
    ("the label says take 2 pills what does that mean i took 6", "medical_question", None),
    ("si me la puse la insulina pero ahora estoy temblando", "medical_question", None),
    ("ya lleve a mi mama al hospital, esta muy mal", "find_resource", None),
    ("does mom have anything on her hands, they look purple and cold", "nlu_fallback", None),
    ("how is mom getting to be so confused, shes never like this", "nlu_fallback", None),
    ("is 50 enough or should i get more test strips", "find_resource", None),
    ("what is heart failure, mom is scared shes dying", "medical_question", None),
])
def test_shapes_from_en_36_es_32(text, intent, corrected):
    assert corrected_intent(text, intent) == corrected


@pytest.mark.parametrize("text, category", [  # en_36 / es_32: needs in the words people used
    ("my fridge is nearly empty again", "food"),
    ("somebody to sit with mom while i work", "caregiver_support"),
    ("she is losing her insurance next month", "financial_assistance"),
    ("can you check if dad can qualify for medicaid", "financial_assistance"),
    ("got court papers in the mail about a credit card", "legal"),
    ("how do i get to church without a car", "transportation"),
    ("are there free meds for seniors", "medication_assistance"),
    ("hay quien me oriente sobre mis derechos", "legal"),
    ("quiero ver si califica pa que le perdonen la deuda del hospital", "financial_assistance"),
    ("hay programas que arreglen la casa de mi papa", "housing"),
    ("cant afford my apartment since they cut my hours", "housing"),  # after the retrain: read as low mood
    ("medicare does not cover all of it, who helps with the rest", "financial_assistance"),
])
def test_category_phrases_from_en_36_es_32(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, kind", [  # es_32: who writes or "done" before the reading
    ("soy maria, mi mama amanecio con 142", "number"),
    ("ya quedo, me medi y me salio ciento veinte", "sugar"),
    ("soy la vecina, mami amanecio con 45", None),
])
def test_readings_from_es_32(text, kind):
    assert reading(text) == kind


def test_the_list_asked_with_the_paper_lost_is_the_list_not_distress():  # en_36: the model's check-in on it
    assert asks_for_the_list("my daughter says theres a list of things im meant to do can you send it again i cant find it")
    assert not asks_for_the_list("theres a list of things im supposed to do but i cant find it and my chest hurts")


def test_one_place_tagged_gives_way_to_the_ride_the_words_ask_for():  # found by using the web chat (en_36)
    from bot.resources import one_of_the_tagged
    assert one_of_the_tagged(["cooking class"], "how do i get to the cooking class without a car") == "transportation"
    assert one_of_the_tagged(["walker"], "i need a walker to get to the bus") is None  # the walker is the need
    assert one_of_the_tagged(["cooking class"], "how do i sign up for a cooking class") is None


def test_a_longer_phrase_around_the_tagged_word_says_what_it_is_for():  # en_57: "meds" tagged, a class wanted
    from bot.resources import one_of_the_tagged
    assert one_of_the_tagged(["medication_assistance"], "i want to understand my meds better", ("meds",)) == "education"
    assert one_of_the_tagged(["medication_assistance"], "i need help paying for my meds", ("meds",)) is None
    assert one_of_the_tagged(["medication_assistance"], "i want to understand my meds better") is None  # no words: the tag


@pytest.mark.parametrize("text, predicted, expected", [  # en_57: one time or another asked is the task's instructions
    ("water pill morning or night", "report_task_done", "ask_task_instructions"),
    ("the carvedilol, with breakfast or after", "report_task_done", "ask_task_instructions"),
    ("la metformina me la tomo antes o despues de comer", "report_task_done", "ask_task_instructions"),
    ("took my water pill with breakfast or after, cant remember", "report_task_done", None),  # told done
    ("weighed 182 this morning or last night", "report_task_done", None),
    ("had the carvedilol w supper", "ask_task_instructions", "report_task_done"),  # "had" a medicine is a report
    ("had my water pill but now im dizzy", "ask_task_instructions", None),
])
def test_when_to_take_it_asked_or_had_told(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_37 / es_33, as classes, with their quiet twins
    # another slot asked for; not a pill's time, not a report
    ("can i do the blood draw on monday instead", "nlu_fallback", "cannot_make_appointment"),
    ("can't do the 10 am, can I get afternoon", "nlu_fallback", "cannot_make_appointment"),
    ("I'm going to be at my sisters in Gary that day, can the doctor see me another time", "ask_next_appointment",
     "cannot_make_appointment"),
    ("I cannot attend the low salt class, my knees", "report_task_done", "cannot_make_appointment"),
    ("weighed 180 but cant make the call", "report_task_done", None),
    ("can i take my water pill at night instead", "nlu_fallback", "medical_question"),
    # when a visit is, in words the model read as the list or a question
    ("do I have anything scheduled with the heart people", "ask_tasks", "ask_next_appointment"),
    ("is my cooking class on the weekend", "nlu_fallback", "ask_next_appointment"),
    ("when am i supposed to get my blood drawn i thought it was soon", "medical_question", "ask_next_appointment"),
    ("Angela here. Does mom have anything next week I should drive her to", "ask_tasks", "ask_next_appointment"),
    ("is my mom behind on anything? she gets stubborn about the weighing", "ask_next_appointment", "ask_tasks"),
    ("Is moms water pill in the morning or at night", "report_task_done", "ask_task_instructions"),
    # how to do one task
    ("so the water pill, with water? with food? morning only?", "find_resource", "ask_task_instructions"),
    ("do i take the carvedilol with food? it makes me dizzy", "find_resource", None),
    ("what do they want me to do about my weight every day, write it where", "find_resource", "ask_task_instructions"),
    ("what do i say when the nurse calls, what will she ask", "ask_next_appointment", "ask_task_instructions"),
    ("Angela here. Mom says she has 'homework' from the heart doctor, what exactly is it", "nlu_fallback", "ask_tasks"),
    # a person: the care team or staff
    ("Angela here - can I speak with the care team directly? The texts are confusing mom", "bot_challenge", "request_human"),
    ("need to talk to staff about my mom asap not an emergency just important", "find_resource", "request_human"),
    ("My neighbor told me to text here, I need to talk with somebody about my situation", "find_resource", "request_human"),
    # a reading: dictated "weigh", kilograms, "ama"
    ("way 180 even", "find_resource", "report_task_done"),
    ("81.5 kg", "inform_dob", "report_task_done"),
    ("ama salio en 133 hoy", "medical_question", "report_task_done"),
    # a need asked as a question about what is given out, a class, a price
    ("do churches around here give out food", "small_talk", "find_resource"),
    ("bleeding money on gas this month", "small_talk", None),
    ("do yall have a shuttle from Englewood, asking for my aunt", "medical_question", "find_resource"),
    ("cardiac rehab, is that a class", "medical_question", "find_resource"),
    ("is there a class on how to take your own blood pressure", "ask_task_instructions", "find_resource"),
    ("el copago de las tiras esta muy alto, no se si voy a poder recogerlas", "medical_question", "find_resource"),
    ("el copago de las tiras esta muy alto, no se si voy a poder recogerlas", "cannot_make_appointment", "find_resource"),
    ("el copago de la cita esta muy alto, no voy a poder ir a la cita", "cannot_make_appointment", None),
    ("mi azucar esta muy alto es peligroso?", "find_resource", "medical_question"),
    ("me gustaria que me ensenaran a leer las etiquetas de la comida, no entiendo nada", "cannot_make_appointment",
     "find_resource"),
    # the list, in Spanish
    ("oiga y pa hoy que hay? se me olvido lo que me dijo la enfermera", "medical_question", "ask_tasks"),
    ("Estoy en el trabajo y quiero saber si mi mama tiene algo que hacer hoy aparte de las medicinas", "find_resource",
     "ask_tasks"),
    ("cuando es la clasesita esa de la comida y la insulina", "find_resource", "ask_next_appointment"),
])
def test_en_37_es_33_classes(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_37 / es_33: needs described, not named
    ("I'm scared of falling getting out of the bathtub", "medical_equipment"),
    ("Can you arrange a ride for me and my walker", "transportation"),
    ("I got no ride and also the pharmacy says my pills arent ready til tuesday", "transportation"),
    ("what should I know about my condition, send me something simple", "education"),
    ("I think I should qualify for some kind of help, I only get $900 a month", "financial_assistance"),
    ("I work full time and mom needs someone there in the mornings", "caregiver_support"),
    ("how do i get those pill packs that come sorted by the day, i keep mixing them up", "medication_assistance"),
    ("no entiendo la carta que me mando el seguro, dice que me niegan algo", "financial_assistance"),
    ("tengo la nevera vacia y no cobro hasta el otro mes", "food"),
    ("quiero meter a mi mama a algun grupo donde le expliquen bien lo de la dieta", "education"),
    ("a mi hijo lo detuvo ICE esta manana y no se a quien llamar", "legal"),
    ("quiero dejar a mi hija como la que decide por mi si me pongo mala, que papel se firma", "legal"),
])
def test_category_phrases_from_en_37_es_33(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_nick_at_a_chore_is_figurative():  # en_37: the model's check-in on it
    from bot.intent_guards import only_figurative
    assert only_figurative("I cut myself shaving, no biggie")
    assert not only_figurative("I cut myself")


@pytest.mark.parametrize("text, predicted, expected", [  # a reviewer of the en_37 change: what its first version misplaced
    ("el copago de las tiras esta muy alto, es malo si no me checo?", "medical_question", None),
    ("i cant do the 9 am insulin, can i take it at 11", "medical_question", None),
    ("cant do 8am walk my knees hurt", "report_task_done", "ask_task_instructions"),
    ("can i get the class handouts in spanish instead", "find_resource", None),
    ("can i get the blood test instead of going to the er", "medical_question", None),
    ("walked this morning, wont make it to the class thursday", "report_task_done", None),
    ("i dont want to talk to staff, just send me a list of food pantries", "find_resource", None),
    ("can i talk to staff about getting a shower chair", "find_resource", None),
    ("is my appointment on friday? i cant make it, need to change it", "ask_next_appointment", "cannot_make_appointment"),
    ("what will the nurse ask and what day is she calling", "ask_next_appointment", None),
    ("homework from the doctor, what if she misses a day, is that dangerous", "medical_question", None),
    ("pa manana que hay, mi mama se siente muy mal", "medical_question", None),
    ("pa hoy que hay de comer en el comedor comunitario", "find_resource", None),
    ("something set up with the food pantry for me?", "ask_tasks", None),
    ("do you have a favorite food?", "small_talk", None),
])
def test_a_reviewer_of_the_en_37_change(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_38 / es_34, as classes, with their quiet twins
    # a person: not a computer, staff connected, a social worker to call
    ("i need to talk to somebody not a computer", "find_resource", "request_human"),
    ("connect me to staff please, calling about my mother Dorothy Williams", "find_resource", "request_human"),
    ("can a social worker call me I'm helping my elderly uncle and dont know where to start", "find_resource",
     "request_human"),
    # the list, in other words; the plan sent
    ("remind me again everything the nurse wanted me doing after i got out the hospital", "request_human", "ask_tasks"),
    ("Me pueden mandar el plan de cuidado de mi mama Maria Lopez? lo quiero pegar en el refri", "find_resource",
     "ask_tasks"),
    # a need, then who to call; a service through the state; places asked about; asked politely with thanks
    ("Who do I talk to about moms bill", "request_human", "find_resource"),
    ("someone used my social security number i think, who do i call", "request_human", "find_resource"),
    ("can i get a homemaker through the state", "request_human", "find_resource"),
    ("do you know pantries that have low sodium stuff", "ask_tasks", "find_resource"),
    # (since en_67: when a visit of the plan is, asked, is that visit's time, not the whole list)
    ("do you know when my class is", "ask_tasks", "ask_next_appointment"),
    ("Good afternoon. I would like to arrange transportation for my upcoming appointment. Thank you kindly.", "thank",
     "find_resource"),
    ("thank you, that is all I needed", "thank", None),
    ("mi mami no quiere salir ni hablar con nadie, donde la llevo a que la atiendan de su animo", "request_human",
     "find_resource"),
    ("I worry so much my stomach hurts. Is there anybody I could talk to about it", "request_human", None),  # a person
    # a car gone before a visit: rides
    ("my car died and mom has the cardiologist next week", "ask_next_appointment", "find_resource"),
    # a visit asked about in other words; a date checked
    ("am i supposed to see somebody next week", "ask_tasks", "ask_next_appointment"),
    ("is my heart doctor on the 10th? i got a letter that says something different", "cannot_make_appointment",
     "ask_next_appointment"),
    ("q dia es el laboratorio ese de la hemoglobina", "medical_question", "ask_next_appointment"),
    ("se me perdio el papelito de la cita, me dicen la fecha otra vez porfis", "cannot_make_appointment",
     "ask_next_appointment"),
    ("la clase esa de comida e insulina de mami q fecha es", "find_resource", "ask_next_appointment"),
    ("hay clases de cocina gratis? que dia es", "find_resource", None),
    # a visit that cannot happen for want of a ride: moved, with rides offered
    ("mi mama no va a poder ir el lunes con el doctor, yo trabajo y no hay quien la lleve", "find_resource",
     "cannot_make_appointment"),
    # the plan's call told as finished; which pill goes with a meal
    ("mom just finished the nurse call, I was on speaker too", "request_human", "report_task_done"),
    ("just finished the nurse call, can someone call me back about it", "request_human", None),
    ("which of moms pills goes with supper", "ask_tasks", "ask_task_instructions"),
    # a reading with whose it is after it
    ("le salio 121 a mami esta manana", "medical_question", "report_task_done"),
    ("155 en ayunas la de mi mama hoy", "ask_tasks", "report_task_done"),
    # a dose or a treatment judged
    ("el azucar de mi ma anda en 65 en las mananas, hay que bajarle la lantus?", "find_resource", "medical_question"),
    ("should my mother be on a fluid restriction? nobody told us", "find_resource", "medical_question"),
    ("should i be on time for the class", "find_resource", None),
    # a reviewer's kind of twin: money bled, a car fixed
    ("my car died in the parking lot but a neighbor jumped it", "small_talk", None),
])
def test_en_38_es_34_classes(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_38 / es_34: needs described, not named
    ("need a shrink lol for real though", "mental_health"),
    ("my pills went up again, every year the same thing, anybody help with that", "medication_assistance"),
    ("the store is too far and i cant carry bags anymore", "food"),
    ("hi do you know any free pharmacies in chicago my uncle has no insurance", "medication_assistance"),
    ("my daughter is wore out from helping me, is there help for her", "caregiver_support"),
    ("my insurance plan is changing next month, will st marys still take it", "financial_assistance"),
    ("hay sillas de ruedas prestadas? pa cuando salgo lejos", "medical_equipment"),
    ("hay medidores de glucosa que hablen? mi mama ya casi no ve los numeros", "medical_equipment"),
    ("quiero saber si mi mami califica pa algun programa q le ayude con lo del medicare", "financial_assistance"),
    ("my daughter lives far, who helps people like me day to day", "caregiver_support"),
])
def test_category_phrases_from_en_38_es_34(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_missed_visit_for_want_of_a_ride_is_not_a_crisis_check_in():  # en_38: the model's check-in on it
    from bot.intent_guards import only_moves_a_visit
    assert only_moves_a_visit("Im not going to be able to get to the blood test this week, no ride")
    assert not only_moves_a_visit("im not going to be able to get to the blood test, no ride, i cant breathe")


@pytest.mark.parametrize("text, predicted, expected", [  # two reviewers of the en_38 change: what its first version misplaced
    ("is my appointment on the 10th? i have to work that day", "cannot_make_appointment", None),
    ("q dia es hoy", "request_human", None),
    ("me dice la fecha de vencimiento de la insulina?", "cannot_make_appointment", None),
    ("did the nurse call yet", "request_human", None),
    ("i finished the nurse call, she said to go to the er", "request_human", None),
    ("i had the phone call with billing and nobody helped", "request_human", None),
    ("the car died and so did my husband", "small_talk", None),
    ("my car died last month so i sold it", "small_talk", None),
    ("im late on something, my electric bill", "find_resource", None),
    ("thanks, no need to set up the ride anymore my son is taking me", "thank", None),
    ("thanks i was looking to get meals on wheels but my daughter cooks now", "thank", None),
    ("do i have to see the doctor before i get a refill", "ask_tasks", None),
    ("which pill goes with dinner, i think i doubled my metoprolol", "medical_question", None),
    ("no puede ir al bano sola, con el doctor hablamos de eso", "request_human", None),
    ("no puede ir con su medico, no hay quien la lleve, me pueden ayudar con un raite", "request_human",
     "cannot_make_appointment"),
    ("tengo que subirle las medicinas a mi mama al segundo piso", "find_resource", None),
    ("hay que bajarle las pastillas de la repisa", "ask_task_instructions", None),
    ("should i be on the medicine assistance program", "find_resource", None),
    ("does mom need to be on the oxygen delivery list to get a tank", "find_resource", None),
])
def test_a_reviewer_of_the_en_38_change(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


def test_a_fever_after_whose_it_is_is_not_a_reading():  # a reviewer of the en_38 change
    from bot.dialogue import reading
    assert reading("le salio 121 a mami esta manana") == "sugar"
    assert reading("155 en ayunas la de mi mama hoy") == "sugar"
    assert reading("101.5 a mami") is None
    assert reading("92 a mami") is None


@pytest.mark.parametrize("text, predicted, expected", [  # en_39, as classes, with their quiet twins and a reviewer's finds
    # a person wanted, plainly
    ("Hi I got a letter from St Marys and I'd like to talk to someone about it. not a robot", "find_resource", "request_human"),
    ("Could you connect me with Dorothy Williams' case manager? I'm her daughter and have some questions about home care.",
     "find_resource", "request_human"),
    ("I'd like to speak to Miss... I forget her name, the one with the glasses who set up my plan", "nlu_fallback",
     "request_human"),
    ("is this a real person?", "bot_challenge", None),
    ("is there a case manager for housing", "find_resource", None),
    ("I told my neighbor I get texts from a real person at the hospital", "small_talk", None),
    ("i want to thank the real person who set this up, very helpful", "small_talk", None),
    ("Need someone to talk to, a real person, I've been so lonely since my wife passed", "find_resource", None),
    ("I need a human being to help me with bathing, a home aide", "find_resource", None),
    ("I need to speak to Mrs Lopez at the food pantry, is she there on Tuesdays", "find_resource", None),
    ("the nurse who set up my plan said to weigh daily, where do I write it down", "ask_task_instructions", None),
    # another time asked for a visit; not for a pill or an exercise
    ("the nurse phone call tomorrow, can it be in the afternoon instead, i have my hair appt in the morning", "nlu_fallback",
     "cannot_make_appointment"),
    ("I don't feel like going to that salt class this time, can I do it some other time", "medical_question",
     "cannot_make_appointment"),
    ("can it be in the afternoon instead? the water pill makes me pee all morning", "medical_question", None),
    ("the lasix before my lab, can I do it in the evening instead", "medical_question", None),
    ("the doctor gave me a new pill, can i take it some other time of day, i have dialysis in the mornings",
     "medical_question", None),
    ("the doctor visit went well, can I do it some other time the walking exercise", "nlu_fallback", None),
])
def test_en_39_classes(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_40: whether the plan changed, asked, is never a task done
    ("did the nurse put anything new on my plan", "report_task_done", "ask_tasks"),
    ("has the doctor added something to moms list", "report_task_done", "ask_tasks"),
    ("the nurse put a new pill on my plan, took it", "report_task_done", None),
    # es_36 (its after-run): a prescription left at the pharmacy for its price is help paying for it; picked up, it is done
    ("en la farmacia me dijeron que la receta costaba mucho y no la recogi. que hago", "ask_task_instructions",
     "find_resource"),
    ("la receta cuesta mucho y no la compre", "nlu_fallback", "find_resource"),
    ("recogi la receta, costo mucho pero ya la tengo", "report_task_done", None),
])
def test_en_40_classes(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_41 / es_37: what the model missed, with twins
    ("this is too confusing i need a human", "nlu_fallback", "request_human"),
    ("I need a human being to help me with bathing, a home aide", "find_resource", None),
    ("i need to talk to somebody about my discharge papers", "find_resource", "request_human"),
    ("can the nurse give me a call when she gets a minute", "request_human", None),  # a person, not the nurse call's time
    ("remind me what all i got to do. also is the nurse still calling", "request_human", "ask_tasks"),
    ("What's my schedule look like for the next few days? Trying to plan around my granddaughter", "small_talk", "ask_tasks"),
    ("whats mom's schedule look like next week appointment wise", "nlu_fallback", None),
    ("explane the weighing thing again please, the nurse talked so fast", "report_task_done", "ask_task_instructions"),
    ("id like a call from the nurse to go over my weight book, no rush", "nlu_fallback", "request_human"),
    ("i have the dentist at the same time as my heart doctor, can we switch it", "medical_question",
     "cannot_make_appointment"),
    ("my neighbor used to bring me dinner but she moved to her daughters, I dont know what to do for meals now",
     "ask_tasks", "find_resource"),
    ("is 184 too much? it was 180 yesterday", "inform_dob", "medical_question"),
    ("is 130 ok for you?", "nlu_fallback", None),
    ("the copay is 150 too much?", "nlu_fallback", None),
    ("donde se guarda la insulina de mi mama, en el refri o afuera?", "find_resource", "ask_task_instructions"),
    ("donde se guarda mi cita?", "nlu_fallback", None),
    ("mi mama quiere dejar la insulina y solo tomar pastillas, se puede?", "find_resource", "medical_question"),
    ("quiero dejar la insulina en el refri, esta bien?", "nlu_fallback", None),
    ("quiero cambiar mis pastillas a otra farmacia, se puede?", "nlu_fallback", None),
    ("hoy a mami le salio 119 en ayunas", "medical_question", "report_task_done"),
    ("my new antibiotic conflicts with my warfarin, can you change it", "medical_question", None),
    ("whats my week look like, i keep forgetting things and my speech is off", "medical_question", None),
    ("explain the water pill again i been peeing nonstop and my legs cramp", "medical_question", None),
])
def test_en_41_es_37_classes(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_42 / es_38: what the model missed, with twins
    ("buenas noches, ya hice todo lo de hoy o me falta algo", "report_task_done", "ask_tasks"),
    ("did i do everything today or is there anything left?", "report_task_done", "ask_tasks"),
    ("buenas noches, ya hice todo lo de hoy o me falta algo", "nlu_fallback", "ask_tasks"),
    ("buenas noches, ya hice todo lo de hoy o me falta algo", "ask_tasks", None),
    ("ya me pese y me tome todo, o me falta algo", "report_task_done", None),  # the weight and pills are still recorded
    ("Hablo con una persona o es automatico esto? quiero un humano", "bot_challenge", "request_human"),
    ("con quien hablo para preguntar del caso de mi papa, lo dieron de alta ayer", "find_resource", "request_human"),
    ("con quien hablo para conseguir transporte a mis citas", "find_resource", None),
    ("cant come next week my grandson is getting married", "find_resource", "cannot_make_appointment"),
    ("cant come next week so i need a ride", "find_resource", None),
    ("cant come next week, i wont be alive by then", "medical_question", None),
    ("i volunteer at the food pantry that day can i switch", "find_resource", "cannot_make_appointment"),
    ("i take my water pill that morning can i switch it to night", "medical_question", None),
    ("i had the list on my fridge but the grandkids spilled juice all over it. can you send it again", "small_talk",
     "ask_tasks"),
    ("i had the list on the fridge but i cant read it, everything is blurry all of a sudden, text it again",
     "medical_question", None),
    ("Am I forgetting something today? I feel like I'm forgetting something", "find_resource", "ask_tasks"),
    ("mom skipped breakfast, can she still take the carvedilol or wait till lunch", "report_task_done",
     "medical_question"),
    ("can i double up tomorrow since i missed today", "nlu_fallback", "medical_question"),
    ("is the class in person or on the computer and what day", "find_resource", "ask_next_appointment"),
    ("where and when is the low sodium cooking thing", "find_resource", "ask_next_appointment"),
    ("is there a diabetes class and when is it", "find_resource", None),
    ("Can I get a phone call from someone on mom's care team? Texting isn't working for us", "find_resource",
     "request_human"),
])
def test_en_42_es_38_classes(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, gentler", [  # en_42 / es_38: the model's check-in, given way or kept
    ("whats a good number to call if I ever feel really down? just want it saved", True),
    ("whats the crisis line number? want it saved. i dont think i can make it through the week", False),
    ("whats the number for poison control, want it by the phone, my grandson just swallowed something", False),
    ("is this st marys? my friend died there in 2019 and i'm trying to get her records", True),
    ("my husband died in 2021 and i need his death certificate, im thinking of joining him", False),
    ("the knife i bought at the dollar store is so dull i cant cut a tomato", True),
    ("the blade is so dull i cant cut paper, used it on my arms anyway", False),
])
def test_en_42_nothing_happening(text, gentler):
    from bot.intent_guards import nothing_happening
    assert nothing_happening(text) is gentler


@pytest.mark.parametrize("text, named", [  # en_42 / es_38: a need named, or something urgent beside it
    ("grabber thing for picking stuff up off the floor, i cant bend", True),
    ("rent went up again, cant keep up", True),
    ("mom slipped in the bathroom and now she cant bend her leg, need a wheelchair", False),
    ("I keep holding onto furniture to get around the house", True),
    ("mom is holding onto furniture and dragging her right foot since lunch", False),
    ("alguien me puede llevar a urgencias? mi esposo esta bien palido y no habla bien", False),
    ("i need someone to come sit with me, i dont want to be alone with these pills", False),
    ("que me recojan, mi marido llego borracho y rompio todo", False),
    ("mi mama vive sola y a veces no come porque ya no cocina, hay programa de comidas a domicilio?", True),
])
def test_en_42_names_a_need(text, named):
    from bot.intent_guards import names_a_need
    assert names_a_need(text) is named


@pytest.mark.parametrize("text, person", [  # es_38: a person asked for, unless someone is unwell or in danger beside it
    ("quiero un humano", True),
    ("quiero un humano, me pico un alacran", False),
    ("con quien hablo para que vengan a ver a mi papa, esta bien amarillo y no come", False),
])
def test_es_38_asks_for_a_person(text, person):
    from bot.intent_guards import asks_for_a_person
    assert asks_for_a_person(text) is person


@pytest.mark.parametrize("text, predicted, expected", [  # en_43: a number to call back on, as the whole message
    ("call me 773 555 0142 pls", "inform_dob", "request_human"),
    ("Call me at (312) 555-0199 please", "nlu_fallback", "request_human"),
    ("03/14/1952", "inform_dob", None),
    ("call me 773 555 0142 my chest hurts", "inform_dob", None),
    ("my number is 773 555 0142", "inform_dob", None),
])
def test_en_43_call_me_back_on(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_44: a class looked for by who it is for, not the plan's class done
    ("exercise class for seniors with heart problems", "report_task_done", "find_resource"),
    ("exercise class for seniors with heart problems", "small_talk", "find_resource"),
    ("walking group for older folks near me", "report_task_done", "find_resource"),
    ("cooking class for seniors done", "report_task_done", None),
    ("went to the exercise class for seniors", "report_task_done", None),
    ("low salt class for me went great", "report_task_done", None),
    ("walking group for seniors this morning, nice", "report_task_done", None),
    ("chair yoga class for seniors today ✔", "report_task_done", None),
    ("cardiac rehab class for heart patients completed", "report_task_done", None),
])
def test_en_44_a_class_sought(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # en_44: voice typing's "win is my next a point meant"
    ("win is my next a point meant", True),
    ("wen is my a point mint", True),
    ("i want to win the lottery", False),
    ("win is the game on", False),
    ("my chest hurts win is my next a point meant", False),
])
def test_en_44_a_dictated_appointment(text, expected):
    from bot.intent_guards import asks_when_a_visit_is
    assert asks_when_a_visit_is(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_44: a tick beside a care-plan item is a report, unless something is asked or felt
    ("water pill ✔", "report_task_done"),
    ("water pill ✔ but my chest hurts", None),
    ("water pill ✔ should i take another?", None),
    ("water pill ✔ dizzy now", None),
])
def test_en_44_a_tick_the_model_took_for_a_question(text, expected):
    assert corrected_intent(text, "medical_question") == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_45 / es_41: asked, moved, or a person wanted
    # which one a task is, asked: not a report of it done
    ("the carvedilol is that the one with breakfast and supper or just the morning one", "report_task_done",
     "ask_task_instructions"),
    ("took the carvedilol, is that the one with breakfast", "report_task_done", None),
    # another day or time for a visit on the plan
    ("can i do the cooking class another day", "ask_task_instructions", "cannot_make_appointment"),
    ("the water pill keeps me running to the bathroom all morning, can my appt be after lunch instead", "nlu_fallback",
     "cannot_make_appointment"),
    ("when is the cooking class, can i do it another day", "ask_task_instructions", None),
    ("tengo q faltar a la cita, q hago pa q me den otra", "ask_tasks", "cannot_make_appointment"),
    ("mi hija tuvo que faltar a la escuela", "ask_tasks", None),
    # a person instead of the texts
    ("i want a person not this automated thing, no offense", "nlu_fallback", "request_human"),
    # the bus no longer manageable: a ride
    ("the bus is too hard with my walker, the steps are so high, is there anything else", "ask_tasks", "find_resource"),
])
def test_en_45_es_41_guards(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_45 / es_41: needs named in words the category list lacked
    ("angela here, can mom get a ride to the salt class and back", "transportation"),
    ("my friend has no insurance and needs his blood pressure pills, are there free ones", "medication_assistance"),
    ("i help my elderly neighbor, is there anyone who can share the load", "caregiver_support"),
    ("who do i call about my oxygen tanks, the company didnt come this week", "medical_equipment"),
    ("mi abuela ocupa un caminador, donde lo consigo barato", "medical_equipment"),
    ("tengo miedo de ir al hospital por lo de los papeles, hay alguien q me oriente legalmente", "legal"),
    ("me siento sola todo el dia, quisiera alguien q me escuche", "mental_health"),
    ("hay grupos de apoyo pa hijas q cuidan a sus papas? me siento bien sola con todo esto", "caregiver_support"),
])
def test_en_45_es_41_categories(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text.lower()) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_45 / es_41: the reviewer's finds
    ("gave her the heart pill with breakfast, is that the one the nurse meant", "report_task_done", None),
    ("can i take the class another time too if i liked it, like do it again", "ask_task_instructions", None),
    ("could it be in the morning instead? the doctor said the pill at night makes me pee", "ask_task_instructions", None),
    ("can i do the blood test another day if the first one comes out weird", "ask_task_instructions", None),
    ("no tengo q faltar a la cita verdad? nomas pregunto si es obligatoria", "ask_tasks", None),
    ("si tengo que faltar a la clase me la reponen?", "ask_tasks", None),
    ("my stomach cant take el chile anymore lol", "small_talk", None),
    ("cant do the bus anymore so my daughter drives me now, all set thanks", "small_talk", None),
    ("quiero una persona no esta maquina", "nlu_fallback", "request_human"),
])
def test_en_45_es_41_guards_review(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_45 / es_41 review: a phrase must not pull a message from its need
    ("i get a ride from my son no problem, i need help with groceries", "food"),
    ("me quede sin un kilo de frijol, la despensa abre cuando?", "food"),
    ("necesito ayuda por lo de los papeles del medicaid, no entiendo la solicitud", None),
])
def test_en_45_es_41_categories_review(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text.lower()) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_45 / es_41: the second reviewer's finds
    ("gave mom carvedilol is that the one for the heart", "report_task_done", None),
    ("can i get the food box another day, i have the doctor tuesday", "ask_task_instructions", None),
    ("could the appointment be in the morning instead? i thought thats what the letter said", "ask_task_instructions", None),
    ("id like a real person not this robot", "nlu_fallback", "request_human"),
    ("tengo que faltar a la clase si tengo covid o puedo ir con cubrebocas", "ask_tasks", None),
    ("my mom cant manage the buses anymore but my brother takes her now", "small_talk", None),
])
def test_en_45_es_41_guards_second_review(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_45 / es_41 second review: phrases that pulled a need away
    ("my son gave me a ride to the food pantry where is another one open saturdays", "food"),
    ("can someone help with her shower chair its broken", "medical_equipment"),
    ("having bad dreams about losing the apartment the rent went up", "housing"),
])
def test_en_45_es_41_categories_second_review(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text.lower()) == category


@pytest.mark.parametrize("text, expected", [  # en_45 after-run: a visit missed, said as the whole message
    ("not gonna make the blood test this week either sorry", True),
    ("not gonna make the blood test this week, my chest hurts", False),
])
def test_en_45_a_visit_missed(text, expected):
    from bot.intent_guards import only_moves_a_visit
    assert only_moves_a_visit(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_45 after-run: tiredness said the old way, as the whole message
    ("i'm dead tired", True),
    ("dead tired after the grandkids visit", True),
    ("im dead tired and cant catch my breath", False),
    ("dead tired and my legs are so swollen", False),
])
def test_en_45_dead_tired(text, expected):
    from bot.intent_guards import only_figurative
    assert only_figurative(text) is expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_45 after-run: read as other things by the retrained model
    ("Angela: the carvedilol - with meals or not? mom keeps asking me and I don't know", "find_resource", "ask_task_instructions"),
    ("mom needs meals on wheels, she takes carvedilol with meals", "find_resource", None),
    ("i double booked myself, dentist same day as heart dr. can u change the heart one", "nlu_fallback",
     "cannot_make_appointment"),
])
def test_en_45_after_run(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_46 / es_42: routed wrongly, as classes with twins
    # a request closed with thanks; a mood told as a "no"; declined or met needs stay
    ("Help me with hospital bill please. Thank you", "thank", "find_resource"),
    ("is there help with the light bill? thanks", "thank", "find_resource"),
    ("thank you for the ride info", "thank", None),
    ("Help me with hospital bill please. Thank you", "request_human", "find_resource"),
    ("help me with my bill, can someone call me", "request_human", None),
    ("no, i dont need help with bills", "deny", None),
    ("I'm not sleeping, not eating much, just sad all the time", "deny", "find_resource"),
    ("no thanks, im just sad today", "deny", None),
    # someone to drive: a ride, not a case manager
    ("need someone to drive me thursday", "request_human", "find_resource"),
    ("thanks, i found someone to drive me", "thank", None),
    # "is it bad that ...": asked, not a report
    ("Is it bad that I only weighed myself every other day", "report_task_done", "medical_question"),
    # a visit that cannot be kept, said other ways
    ("the time for the heart dr doesnt work, i take my neighbor to dialysis then", "find_resource", "cannot_make_appointment"),
    ("My grandson's graduation is that day so I will not be at Dr Adeyemi. Please give me another day", "nlu_fallback",
     "cannot_make_appointment"),
    ("the bus strike means i cant get to dr adeyemi, can u move me", "find_resource", "cannot_make_appointment"),
    ("Do I have to go to the cardiologist this week? Id like to go later this month if thats ok", "nlu_fallback",
     "cannot_make_appointment"),
    ("can you move me to a different room", "nlu_fallback", None),
    ("my friend will not be at dr adeyemi with me, can someone come", "find_resource", None),
    ("give me another day to do the weigh in", "nlu_fallback", None),
    # all said done, and the list asked to check it
    ("mami dice q ya hizo todo pero quiero checar q le falta", "report_task_done", "ask_tasks"),
    ("mom says she did everything but i want to check what she has left", "report_task_done", "ask_tasks"),
    # equipment asked for in Spanish words the guard lacked
    # (the equipment wording the first version added was taken back: a reviewer found signs beside it; the retrained model
    # reads both as a request for equipment)
    ("buscamos un glucometro que hable, mi mama ya casi no ve la pantalla", "report_task_done", None),
])
def test_en_46_es_42_guards(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # en_46: the model's check-in on nothing happening
    ("sore arms from shoveling, I overdid it", True),
    ("my back is sore from gardening, i overdid it lol", True),
    ("sore back from shoveling, I overdid it and now i cant feel my legs", False),
    ("sore arms from shoveling, I overdid it on my pills", False),
    ("the cat knocked mom's pill bottle over, pills everywhere, we picked them all up and counted, all there", True),
    ("the cat knocked the pill bottle over and the baby ate some, we counted, all there except two", False),
    # the reviewer's finds
    ("my arms are sore from shoveling sweating i overdid it", False),
    ("my arms are sore from shoveling jaw aches i overdid it", False),
    ("her back is sore from cleaning fell down she overdid it", False),
    ("dropped my pills picked them all up and counted them, not all there", False),
    ("spilled my pills picked them up and counted, all there, grandson had a few in his hand", False),
    ("mom spilled her pills picked them up counted all there but she seems confused and sleepy", False),
    ("spilled my pills picked them all up and counted all there, still feel like i want to take them all", False),
])
def test_en_46_nothing_happening(text, expected):
    from bot.intent_guards import nothing_happening
    assert nothing_happening(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_46: "shoot me now" at a chore, as the whole message
    ("shoot me now, another form to fill out", True),
    ("shoot me now, I have the gun", False),
])
def test_en_46_shoot_me_now_at_a_chore(text, expected):
    from bot.intent_guards import only_figurative
    assert only_figurative(text) is expected


@pytest.mark.parametrize("text, category", [  # en_46 / es_42: needs in words the category list lacked
    ("I need someone to help me with my pills and my weighing, my eyes are going", "caregiver_support"),
    ("need someone to drive me thursday", "transportation"),
    ("Do yall do pickups", "transportation"),
    ("The tub is too high for me to step over", "medical_equipment"),
    ("Is there a program that brings hot lunches", "food"),
    ("a mi mama le llego un aviso de que la sacan del depa, que hacemos", "housing"),
    ("se inundo el sotano de mi mama y no tiene donde quedarse", "housing"),
    ("mi hija se esta acabando de tanto cuidarme, hay algo pa que ella descanse?", "caregiver_support"),
    ("como hago un poder pa que mi hija decida por mi si me enfermo", "legal"),
    ("me cortaron el link, como lo vuelvo a pedir", "food"),
])
def test_en_46_es_42_categories(text, category):
    from bot import resources
    from bot.intent_guards import _typed
    assert resources.normalize_category(_typed(text)) == category


@pytest.mark.parametrize("text, expected", [  # en_46: "help" beside a need keeps the model's check-in (an allowance for "someone
    # to help me with" was taken back: a reviewer found pills taken wrongly, stolen or swallowed by a child after it)
    ("I need someone to help me with my pills and my weighing, my eyes are going", False),
    ("need someone to help me with my pills, my grandson took some of them", False),
    ("I need someone to help me with my pills, I took too many", False),
    ("i need someone to help me with mom, she fell and cant get up", False),
])
def test_en_46_someone_to_help_with(text, expected):
    from bot.intent_guards import names_a_need
    assert names_a_need(text) is expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_46 / es_42: the reviewer's finds, each a twin that must not move
    ("she's blue around the mouth", "thank", None),
    ("she's blue around the mouth", "deny", None),
    ("thank you, we need a ride to the er, dad swallowed something", "thank", None),
    ("yes i need a ride, i dont know where i am", "affirm", None),
    ("need someone to drive me to the er now", "request_human", None),
    ("i need somebody to take me to the er, mom is acting strange", "request_human", None),
    ("can they move him to the icu, hes getting worse", "medical_question", None),
    ("give me another day, im too weak to get out of bed and cant keep anything down", "medical_question", None),
    ("can you move me, my roommate keeps threatening me", "find_resource", None),
    ("i fell and hurt my hip, cant get to dr adeyemi, can u move me", "find_resource", None),
    ("can my case worker find someone to drive me to dialysis", "request_human", None),
    ("have my social worker call about someone to drive me", "request_human", None),
    ("can you switch me to a different case manager", "nlu_fallback", None),
    ("no, i dont want help with the bills", "deny", None),
    ("no i got help with the light bill already", "deny", None),
    ("nope not lonely", "deny", None),
    ("no, no estoy triste", "deny", None),
    ("ok bye, i need to catch the bus", "goodbye", None),
    ("yes, the little blue one", "affirm", None),
    ("i need a ride, cant make it to my appointment thursday", "small_talk", "cannot_make_appointment"),
    ("she wont be at the appointment, ill go by myself", "nlu_fallback", None),
    ("we wont be at the doctor long right?", "ask_next_appointment", None),
    ("i wont be at my doctor until 3, will the lab still be open", "ask_next_appointment", None),
    ("id like to go next week to the food pantry, is it open", "find_resource", None),
    ("can you switch me to walgreens", "nlu_fallback", None),
    ("find me a new day program for mom", "find_resource", None),
    ("is it ok that I already did everything for today", "report_task_done", None),
    ("hey is it ok if i did the walk in the evening instead", "report_task_done", None),
    ("mi mama no ha dormido, le puedo dar melatonina pa que descanse?", "find_resource", None),
    ("hot lunches are too salty for my heart diet, what should i eat", "find_resource", "medical_question"),
])
def test_en_46_es_42_review(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text", [  # en_46 review: a need named beside danger or despair keeps the model's check-in
    "no tenemos donde quedarnos, se quemo la casa y mi papa sigue adentro",
    "no tengo donde quedarme, mejor me desaparezco",
    "tub is too high for me and i have no one, whats even the point",
])
def test_en_46_need_beside_despair(text):
    from bot.intent_guards import names_a_need
    assert names_a_need(text) is False


@pytest.mark.parametrize("text, predicted, expected", [  # en_46 / es_42: the second reviewer's finds
    ("help me pay my light bill, the power is off and dads oxygen isnt working", "thank", None),
    ("help me with my bill, someone from billing please", "request_human", None),
    ("help me with the bill, oh wait the church paid it thanks anyway", "thank", None),
    ("im sad but nope", "deny", None),
    ("im depressed leave me alone", "deny", None),
    ("im no longer depressed, no", "deny", None),
    ("im worried mom is depressed, no", "deny", None),
    ("need someone to drive me to my husbands grave one last time", "request_human", None),
    ("need someone to drive me, my vision went blurry this morning", "request_human", None),
    ("can my case worker find someone to drive me to dialysis", "request_human", None),
    ("the nurse on this floor is rude, can they move me?", "nlu_fallback", None),
    ("my husband wont let me leave the house for the doctor, can you move me", "find_resource", None),
    ("can i travel to see my daughter in texas after my heart surgery? id like to go later this month, should i ask the doctor",
     "medical_question", None),
    ("i wont be at the appointment, whats the point, im done with all of it", "nlu_fallback", None),
    ("i cant be at the lab before 8, do they open early?", "ask_next_appointment", None),
    ("we will not be at the appointment on time, the bus is late", "nlu_fallback", None),
    ("i wont be at the doctor alone, my daughter is coming with me", "nlu_fallback", None),
    ("i wont be at the appointment without my glasses right, do i need to bring them", "ask_task_instructions", None),
    ("the time for the heart dr doesnt work but whatever ill go", "nlu_fallback", None),
    ("the time for the appointment doesnt work but my son can switch his shift so we will be there", "small_talk", None),
    ("im not going to be at the cardiologist, too depressed to go anywhere", "nlu_fallback", "find_resource"),
    ("im not gonna be at dr adeyemis thursday", "nlu_fallback", "cannot_make_appointment"),
    ("was it wrong that i only took half? anyway took my pills", "report_task_done", None),
    ("did everything but i want to see what is left im dizzy", "report_task_done", None),
])
def test_en_46_es_42_second_review(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text", [  # en_46 / es_42 second review: despair or signs beside a need keep the model's check-in
    "me sacan del depa y no se que voy a hacer, para que sigo viviendo",
    "no tengo donde quedarme, me voy a tirar al lago",
    "no tengo donde quedarme, ya regale mis cosas",
    "la sacan del depa a mi mama y dice que prefiere morirse",
    "mi hija ya no puede mas de tanto cuidarme, seria mejor que yo no estuviera",
    "me cortaron el link y ya no tengo ganas de nada, ni de vivir",
    "me pueden dar un medidor nuevo, el mio marca error y tengo mucha sed y estoy orinando mucho",
])
def test_en_46_es_42_despair_beside_a_need(text):
    from bot.intent_guards import names_a_need
    assert names_a_need(text) is False


@pytest.mark.parametrize("text, expected", [  # en_46 after-run: a lack told, which the retrained model took for small talk
    ("I run out of food the last week of every month", "find_resource"),
    ("my oxygen tank is running low and the company wont answer the phone", "find_resource"),
    ("thanks for the food pantry info, it was great", None),
    ("i dont have a walker but i manage fine", None),
    ("the bus was late again today", None),
    ("i ran out of food and i cant breathe", None),
    ("what do i need to bring to the cooking class, an apron?", "ask_task_instructions"),
])
def test_en_46_a_lack_told_as_small_talk(text, expected):
    assert corrected_intent(text, "small_talk") == expected


@pytest.mark.parametrize("text, expected", [  # es_42 after-run: the list asked, which the retrained model took for small talk
    ("ando en casa de mi comadre y no traje mis papeles, que me falta hacer esta semana", "ask_tasks"),
    ("buenas, quiero ver las tareas de mi papa, se llama Roberto Gutierrez", "ask_tasks"),
    ("las tareas de mi nieto son muy dificiles jaja", None),
    ("que me toca hacer hoy, me siento muy mal y mareada", None),
])
def test_es_42_the_list_as_small_talk(text, expected):
    assert corrected_intent(text, "small_talk") == expected


@pytest.mark.parametrize("text, expected", [  # en_46: which task is which, asked while the model was unsure
    ("Which pill is the one with supper", "ask_task_instructions"),
    ("which one is the pill for supper", "ask_task_instructions"),
    ("which pill is the one making me dizzy", None),
    ("which pill is the one with supper, i feel faint", None),
])
def test_en_46_which_one_when_unsure(text, expected):
    assert corrected_intent(text, "nlu_fallback") == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_47 / es_43: routed wrongly, as classes with twins
    # bad dreams of what is over, then who to talk to, as the whole message: counselling; not with anything else told
    ("i keep having bad dreams about the ambulance ride, who can i talk to", "request_human", "find_resource"),
    ("nightmares since the crash, my ex keeps showing up, who can i talk to", "request_human", None),
    ("i have bad dreams about the er, can someone call me, who can i talk to", "request_human", None),
    # worry told, then someone to talk to about it, as the whole message: counselling; not with a plan, someone back, a call
    ("i worry all the time about going back in the hospital, is there someone to talk to about that", "request_human",
     "find_resource"),
    ("im not doing good, worry all the time, is there anyone to talk to about it, i have a plan", "request_human", None),
    ("nightmares every night about what he did, is there someone to talk to about that, hes back in the house now",
     "request_human", None),
    ("my son yells at me and takes my money, is there someone to talk to about that", "request_human", None),
    ("i worry all the time about going back in the hospital, is there someone to talk to about that, can a nurse call me",
     "request_human", None),
    ("i keep getting flashbacks of the er since my husband hurt me, who can i talk to", "request_human", None),
    ("i keep having bad dreams about the icu stay, who can i talk to, i have the gun out", "request_human", None),
    # (the third review: what is worried about is from a short list)
    ("i worry about my husband he has a gun is there someone to talk to about it", "request_human", None),
    ("i worry about my insulin dose is there someone to talk to about it", "request_human", None),
    ("i worry about getting evicted is there someone to talk to about it", "request_human", None),
    # (and "much longer", "to do it" are not despair beside a reschedule)
    ("how much longer do i have to wait for the van, can we move my appointment to friday", "nlu_fallback",
     "cannot_make_appointment"),
    # (the en_47 after-run: the model's find_resource had been turned to a person by "who can i talk to")
    ("i keep having bad dreams about the ambulance ride, who can i talk to", "find_resource", None),
    ("i keep having bad dreams about the ambulance ride, who can i talk to", "nlu_fallback", "find_resource"),
    # a weight written in the book, read by the model as a date (the en_47 after-run)
    ("i wrote my weight in the book 181.2", "inform_dob", "report_task_done"),
    ("i wrote my weight in the book 181.2 and im dizzy", "inform_dob", None),
    # a sugar reading by whoever checked it
    ("mami salio con 119 hoy en ayunas", "medical_question", "report_task_done"),
    ("le checamos el azucar a mi mama: 104", "nlu_fallback", "report_task_done"),
])
def test_en_47_es_43_routing(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # ... a reading needs its word after "le checamos"; a bare number may be a fever
    ("le checamos el azucar a mi mama: 104", "sugar"),
    ("mami salio con 119 hoy en ayunas", "sugar"),
    ("le tomamos 103 a mi mama", None),
    ("le checamos 88 a mi papa", None),
    ("tomamos 100", None),
])
def test_es_43_readings(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text", [  # en_47: low mood and grief, told plainly: counselling in place of the model's check-in
    "i dont feel like myself, nothing is fun anymore",
    "my husband passed in march and i am having a hard time",
])
def test_en_47_low_mood_told_plainly(text):
    from bot import intent_guards
    assert intent_guards.low_mood_only(text)


@pytest.mark.parametrize("text", [  # ... the en_47 reviewers: a body sign, a farewell, danger or drink beside it keeps it
    "nothing is fun anymore, i stopped taking my insulin",
    "my husband died and im not coping, im going to go see him soon",
    "nothing is fun anymore, i put my affairs in order",
    "my dad died and im having a rough time, i keep driving really fast on purpose",
    "mom doesnt enjoy anything anymore and keeps forgetting where she is",
    "mi mama perdio a un familiar y dice que somos mejores sin ella",
    "i dont feel like myself, really dizzy and weak today",
    "i dont feel like myself, i think someone put something in my drink",
    "nothing is fun anymore, i been giving my stuff to my kids",
    "lost interest in everything, i wrote my family notes",
    "lost interest in everything, i wont be a problem much longer",
    "i dont enjoy anything anymore, ive got enough insulin to do it",
    "i worry all the time that he will come back and hurt me, he has a key",
    "lost interest in everything and she wont get out of bed or eat",
    "my wife died in may and im struggling, cant stop drinking",
    "mi mama perdio a un familiar y no ha comido en 3 dias",
    "ayuda con los nervios, no he dormido en 4 dias y escucho voces",
])
def test_en_47_low_mood_with_more_keeps_the_check_in(text):
    from bot import intent_guards
    assert not intent_guards.low_mood_only(text)


@pytest.mark.parametrize("text, predicted, expected", [  # en_48 / es_44: routed wrongly, as classes with twins
    # a dose taken twice by mistake and what now asked: the care team, not the task's instructions
    ("i think i took the carvedilol twice this morning by mistake, i feel ok, what should i do", "ask_task_instructions",
     "medical_question"),
    ("mom took her pills twice by mistake is that ok", "ask_task_instructions", "medical_question"),
    ("took carvedilol twice by mistake", "ask_task_instructions", None),
    # a copay too high and what to do asked, as the message's end: help paying; a reading too high is a medical question
    ("el copago de la farmacia esta muy alto, que puedo hacer", "find_resource", None),
    ("el azucar esta muy alto, que puedo hacer", "find_resource", "medical_question"),
    # a visit done another time ("my blood test"); not a medicine at another time, nor with a sign told
    ("they're saying a foot of snow, can i do my blood test another time", "medical_question", "cannot_make_appointment"),
    ("can i do my blood test another time, i feel dizzy and weak", "medical_question", None),
    ("can i have my water pill at a different time", "medical_question", None),
    # (the review: a mistake told, a medicine not its list; a price alone; a visit by name and nobody sick)
    ("i took my lasix twice today like the list says, what do i do next", "ask_task_instructions", None),
    ("the pharmacy took my pills prescription twice by accident, now what", "ask_task_instructions", None),
    ("no pague el copago y la presion esta muy alta que puedo hacer", "find_resource", "medical_question"),
    ("El copago esta muy alto q hago", "find_resource", None),
    ("i have my blood test another day, not today", "medical_question", None),
    ("can i move my water pill to another time, the doctor said its ok", "medical_question", None),
    ("can mom do her walk another day this week", "medical_question", None),
    ("do i need to go in person? my legs are really swollen and i gained 5 pounds", "find_resource", "medical_question"),
    # (the en_48 after-run: a medicine beside another, a weight gain judged; the second review: not with a sign told)
    ("can i take advil for my knee or will it mess with my heart pills", "find_resource", "medical_question"),
    ("Is 4 pounds in a week too much gain for my mother? Should we be doing something different", "cannot_make_appointment",
     "medical_question"),
    ("will the bus schedule interfere with my meds", "cannot_make_appointment", None),
    ("is 20 pounds a lot for a turkey", "find_resource", None),
    ("i gave her the pills by mistake and now she has hives all over what do i do", "find_resource", None),
    ("i took the dose card home by mistake what should i do", "ask_tasks", None),
    ("can we do her blood draw another day she has been so confused", "medical_question", None),
    ("can i do my appointment another day and also do you have food pantries", "find_resource", None),
    ("my sister wants to come by, can we have her visit another day", "find_resource", None),
])
def test_en_48_es_44_routing(text, predicted, expected):
    assert corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # es_44 / en_48: a reading sent by family, "mi ma", "moms"
    ("mi ma 104 en ayunas", "sugar"),
    ("moms 181.2 today", "number"),
    ("moms 550", None),
    ("ma 38 en ayunas", None),
    ("mi ma 104 en ayunas y le duele la cabeza", None),
])
def test_en_48_es_44_readings(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, nothing", [  # the en_48 after-run: furniture down and nobody hurt, as the whole message
    ("the chest of drawers fell over but nobody got hurt, just a big mess", True),
    ("the tv fell over but nobody got hurt", True),
    ("the bookcase fell on my grandson, nobody got hurt i think", False),
    ("the dresser fell over but nobody got hurt, moms chest hurts though", False),
    ("the ladder fell on my husband and nobody can lift it", False),
])
def test_furniture_down_nobody_hurt(text, nothing):
    from bot.intent_guards import nothing_happening
    assert nothing_happening(text) is nothing


@pytest.mark.parametrize("text, category", [  # en_49 / es_45 (measured blind first): needs described, not named
    ("I work days, who can take mom to her doctor", "transportation"),
    ("my daughter is doing too much for me, is there help so she can rest", "caregiver_support"),
    ("I need help at home after my hospital stay", "caregiver_support"),
    ("my husband died last year and I still can't get over it", "mental_health"),
    ("tai chi for seniors", "education"),
    ("my friend is living in her car, she has heart problems. where can she go", "housing"),
    ("hola vivo en little village y no tengo en que ir a mi terapia, hay vans o algo", "transportation"),
    ("hay forma de conseguir una silla pa bañarme? me da miedo resbalarme", "medical_equipment"),
    ("quien me puede cuidar cuando mi hija salga de viaje la otra semana", "caregiver_support"),
    ("me quede sin casa despues de salir del hospital, donde me puedo quedar", "housing"),
    ("busco un licenciado que me ayude con el papeleo de mi residencia, que no cobre tanto", "legal"),
])
def test_category_phrases_from_en_49_es_45(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, corrected", [  # en_49 / es_45: drugstore medicines and a beer asked about
    ("can I take advil for my knee", "find_resource", "medical_question"),
    ("mom has a cold. can she take nyquil", "cannot_make_appointment", "medical_question"),
    ("con diabetes se puede tomar una cervecita de vez en cuando o no?", "ask_tasks", "medical_question"),
    ("where can i buy advil cheap", "find_resource", None),
    ("can i take tylenol, my chest hurts and i cant breathe", "report_emergency", None),
])
def test_drugstore_medicines_asked_about(text, predicted, corrected):
    assert corrected_intent(text, predicted) == corrected


def test_a_bruise_that_does_not_hurt_is_nothing_happening():  # en_49: the model's check-in
    from bot import intent_guards
    assert intent_guards.nothing_happening("mom has a bruise on her arm from the blood draw, purple but doesn't hurt")
    assert not intent_guards.nothing_happening("she is bleeding a lot but doesnt hurt")
    assert not intent_guards.nothing_happening("i cut my wrist but doesnt hurt")


@pytest.mark.parametrize("text, expected", [  # the reviewer of the en_49 change: a painless bruise, and nothing else
    ("i cut again last night but didnt hurt", False),
    ("call the cops on him but dont hurt him hes off his meds and has a knife", False),
    ("her foot is purple and cold but doesnt hurt", False),
    ("purple but doesn't hurt, shes on warfarin and its getting bigger", False),
    ("im feeling really low lately, probably nothing but doesnt hurt to ask", False),
    ("the cut is deep and gaping but doesnt hurt", False),
    ("bumped my arm, purple, doesnt hurt", True),
])
def test_a_painless_bruise_reviewed(text, expected):
    from bot import intent_guards
    assert intent_guards.nothing_happening(text) is expected


@pytest.mark.parametrize("text, expected", [  # ... and drugstore medicines: never beside a sign, a fall or a number of pills
    ("can i take sleeping pills, all of them", False),
    ("can i take tylenol, i already took like twenty today", False),
    ("can i give her tylenol she has a fever and a stiff neck", False),
    ("can i take excedrin, my head is pounding and i see double", False),
    ("i fell and hit my head, can i take tylenol", False),
    ("mi hermana chela puede tomar el camion conmigo a la cita", False),
    ("can i take tums", True),
    ("can i give mom tylenol", True),
    ("puedo tomar unas chelas", True),
])
def test_drugstore_medicines_reviewed(text, expected):
    from bot import advice
    assert advice.asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # ... and the new need phrases
    ("my mom is living in her car and its 5 degrees out, shes not answering her phone", False),
    ("can you stop texting so she can rest", False),
    ("i bought new vans shoes, do you know a good podiatrist", False),
])
def test_need_phrases_reviewed(text, expected):
    from bot import intent_guards
    assert intent_guards.names_a_need(text) is expected


@pytest.mark.parametrize("text, expected", [  # the second reviewer: a painless bruise needs an everyday cause told
    ("im so scared hes coming back, bruise on my arm purple but doesnt hurt", False),
    ("my husband grabbed my arm, purple bruise but doesnt hurt", False),
    ("her gums are bleeding and she has purple bruises from the shot but doesnt hurt", False),
    ("im on chemo and i have bruises everywhere, purple but doesnt hurt", False),
    ("she slipped in the bathroom, big bruise on her hip, purple but doesnt hurt", False),
    ("nobody cares about me anymore, i have a bruise from the shot, purple but doesnt hurt", False),
    ("purple n doesnt hurt", False),
])
def test_a_painless_bruise_second_review(text, expected):
    from bot import intent_guards
    assert intent_guards.nothing_happening(text) is expected


@pytest.mark.parametrize("text", [  # ... and drugstore medicines beside drink, drugs, a death wish or a sign
    "can i take tylenol pm tonight, i want to be gone",
    "can i take nyquil, i dont care what happens anymore",
    "can i take advil, he beat me up",
    "my poop is black and sticky, can i take pepto",
    "my lips and tongue are tingly after the shrimp, can i take benadryl",
    "can i take tylenol, i had 6 beers",
    "i took 8 extra strength tylenol today, can i take some advil",
])
def test_drugstore_medicines_second_review(text):
    from bot import advice
    assert not advice.asks_medical_advice(text)


def test_someone_sleeping_in_the_street_in_the_cold_is_not_a_routine_need():  # the second reviewer
    from bot import intent_guards
    assert not intent_guards.names_a_need("me quede sin casa y estoy durmiendo en la calle con mis hijos y hace mucho frio")


@pytest.mark.parametrize("text, predicted", [  # en_49: taken off a visit, or its day not working, is a reschedule
    ("take me off the cooking class, I can't go", "ask_task_instructions"),
    ("mom's follow up day doesn't work, I'm her only ride and I'm traveling for work. what other days are there", "find_resource"),
])
def test_taken_off_a_visit_is_a_reschedule(text, predicted):
    assert corrected_intent(text, predicted) == "cannot_make_appointment"


@pytest.mark.parametrize("text, predicted", [
    ("take me off the class list, i feel like dying", "ask_task_instructions"),
    ("can you take me off the text reminders", "snooze"),
])
def test_taken_off_something_else_is_not(text, predicted):
    assert corrected_intent(text, predicted) is None


@pytest.mark.parametrize("text", [  # the third reviewer: a painless bruise is the whole message
    "mom has a bruise from the blood draw, purple but doesnt hurt. shes been really confused today tho",
    "bruise from the iv, doesnt hurt, but she has a fever and chills",
    "dad has a bruise from the blood draw, purple, doesnt hurt, but his stool is tarry",
    "my son has bruises from his shots, purple but doesnt hurt, hes 4 months old and very sleepy and floppy",
])
def test_a_painless_bruise_third_review(text):
    from bot import intent_guards
    assert not intent_guards.nothing_happening(text)


@pytest.mark.parametrize("text", [  # ... and a drugstore medicine asked about is the whole message too
    "can i take benadryl i got stung by a bee and im allergic",
    "can i take benadryl, my eyes are closing up after eating peanuts",
    "can i give dad tylenol hes really out of it and wont eat",
    "can i take a sleeping pill to just not be here for a while",
    "can i take melatonin, havent slept in four days and the voices wont stop",
    "can mom take tylenol for her headache, her bp is super high",
    "can i give my baby tylenol shes three weeks old and feels really warm",
])
def test_drugstore_medicines_third_review(text):
    from bot import advice
    assert not advice.asks_medical_advice(text)


@pytest.mark.parametrize("text, expected", [  # ... and someone out of reach, or a harm told, is not a routine need
    ("my mom is living in her car and its freezing tonight, she wont pick up her phone", False),
    ("necesito alguien que la cuide porque si no le voy a hacer daño", False),
    ("me quede sin casa, estoy en la calle con mis hijos y hace mucho frio esta noche", False),
    ("el landlord no quiere arreglar la calefaccion y hace mucho frio", True),
])
def test_need_phrases_third_review(text, expected):
    from bot import intent_guards
    assert intent_guards.names_a_need(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_51: the model's check-in on a startle and a double booking
    ("STOP TEXTING ME SO EARLY I ALMOST FELL OUT OF BED", True),
    ("i double booked myself, need to move the nurse phone call", True),
    ("stop texting me i almost fell out of bed and hit my head", False),
])
def test_en_51_check_ins(text, expected):
    from bot import intent_guards
    assert intent_guards.nothing_happening(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_52: a craving is an idiom; with distress beside it, not only one
    ("i could kill for a bag of salty chips right now", True),
    ("I'd kill for a cup of coffee", True),
    ("i could kill for some peace and quiet, my chest is so tight i cant breathe", False),
    ("i could kill for him", False),
])
def test_a_craving_is_only_figurative(text, expected):
    from bot import intent_guards
    assert intent_guards.only_figurative(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_52: "no fever" is no acute sign
    ("is it bad that I'm coughing at night a little, no fever", False),
    ("is it bad she has a fever and is coughing", True),
    ("no fever but hes confused, is that bad", True),
])
def test_no_fever_is_no_acute_sign(text, expected):
    from bot import intent_guards
    assert intent_guards.acute_signs_told(text) is expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_52 / es_48 first runs
    ("does mom have anything friday? we wanted to take her to see the lights at the zoo", "ask_tasks", "ask_next_appointment"),
    ("I have a hair appointment Thursday, do I have any hospital stuff that day too", "cannot_make_appointment",
     "ask_next_appointment"),
    ("do i have anything today", "ask_tasks", None),
    ("does mom have anything friday, she cant go", "cannot_make_appointment", None),
    ("what classes does the hospital have", "ask_tasks", "find_resource"),
    ("is there a class in spanish for my friend", "request_human", "find_resource"),
    ("what classes do i have this week", "ask_tasks", None),
    ("need pick up from my house thursday morning for the blood work", "cannot_make_appointment", "find_resource"),
    ("me pueden llamar de parte del equipo de mi mama? tengo varias preguntas", "find_resource", "request_human"),
    ("ese dia no puedo, hay otro horario con el doctor?", "ask_next_appointment", "cannot_make_appointment"),
    ("queremos mover lo del lab de mi mama pa la prox semana", "find_resource", "cannot_make_appointment"),
])
def test_en_52_es_48_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_52 / es_48: needs the vocabulary did not name
    ("need $ help", "financial_assistance"),
    ("who can help my mother sort out her medicare and medicaid", "financial_assistance"),
    ("I think my mother needs to talk to someone, she's been really down", "mental_health"),
    ("so tired of being sick, it really gets me down", "mental_health"),
    ("me llego un bil del hospital de 2 mil dolares y no tengo como pagarlo", "financial_assistance"),
])
def test_en_52_es_48_need_phrases(text, category):
    from bot import resources
    assert resources.normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, expected", [  # the texts' hour complained of goes to a person (used from outside)
    ("STOP TEXTING ME SO EARLY I ALMOST FELL OUT OF BED", "cannot_make_appointment", "request_human"),
    ("your reminders come way too late at night", "small_talk", "request_human"),
    ("the texts are so early, can you send them after 9", "ask_tasks", "request_human"),
    ("stop texting me so early i almost fell out of bed and hit my head, im bleeding", "cannot_make_appointment", None),
])
def test_the_texts_hour_complained_of(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # a craving only as the message's end (the review of the en_52 change)
    ("i could kill for some rest, the forever kind", False),
    ("i could kill for a nap and never wake up", False),
    ("i could kill for a piece right now so i can end this", False),
])
def test_a_craving_with_more_told_is_not_only_figurative(text, expected):
    from bot import intent_guards
    assert intent_guards.only_figurative(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_52: low mood and someone to talk to, for a mother
    ("I think my mother needs to talk to someone, she's been really down", "find_resource"),
    ("my husband needs to talk to someone, hes been really down and says he has a gun", None),
])
def test_counselling_for_one_cared_for(text, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, "request_human") == expected


@pytest.mark.parametrize("text, predicted, expected", [  # the es_48 after-run
    ("mi azucar anda en 300 seguido, debo cambiar mi dosis?", "cannot_make_appointment", "medical_question"),
    ("necesito cambiar la cita del doctor", "cannot_make_appointment", None),
    ("donde puedo conseguir la metformina mas barata pa mi mama", "medical_question", "find_resource"),
    ("que dia tengo que ir con el especialista del azucar punto gracias", "ask_task_instructions", "ask_next_appointment"),
    ("como me preparo para el lab, que dia tengo que ir en ayunas", "ask_task_instructions", None),
])
def test_es_48_after_run_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_54 / es_50 first runs, and twins that keep the model's reading
    ("when do i get my kidneys checked", "report_task_done", "ask_next_appointment"),
    ("did they ever set a time for my blood test", "report_task_done", "ask_next_appointment"),
    ("when do i get my kidneys checked, i feel dizzy", "report_task_done", None),
    ("Does my mother have anything scheduled Thursday? I'm trying to book her hair appt", "cannot_make_appointment",
     "ask_next_appointment"),
    ("can you tell me how to do my heart pill, the 6.25 one", "inform_dob", "ask_task_instructions"),
    ("need help with my gas bill before it gets real cold", "small_talk", "find_resource"),
    ("need help with my gas bill, i cant breathe", "small_talk", None),
    ("I'd like to speak with someone about my feelings, it's been a hard year", "request_human", "find_resource"),
    ("is there a diabetes class, my doctor said im borderline", "ask_next_appointment", "find_resource"),
    ("Do you have anything to read about my water pill", "ask_task_instructions", "find_resource"),
    ("Just wanted to let you know I took my medicine this morning like I'm supposed to. Have a blessed day.", "nlu_fallback",
     "report_task_done"),
    ("can someone drive my mother to the lab, I'm stuck at work all week", "request_human", "find_resource"),
    ("can someone drive my mother to the lab, she is stuck in the tub", "request_human", None),
    ("I'm calling about my neighbor Dorothy, can I talk to whoever is in charge of her care", "find_resource", "request_human"),
    ("is there anyone there? a real one?", "find_resource", "request_human"),
    ("me explica otra vez como cambiar la agujita del pen", "cannot_make_appointment", "ask_task_instructions"),
    ("se me complico pa la clase de diabetes, la puedo tomar otro dia?", "medical_question", "cannot_make_appointment"),
])
def test_en_54_es_50_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # en_54: how to do a task, asked; the model's check-in gives way only without distress
    ("step by step for weighing myself please I keep messing it up", True),
    ("how do i take my pills, i took too many and feel weird", False),
    ("step by step for my insulin, my sugar is 40 and im shaky", False),
    ("walk me through my pills, i want to take them all tonight", False),
    ("how do i use the scale, mom fell and hit her head", False),
])
def test_how_to_do_a_task_asked(text, expected):
    from bot import intent_guards
    assert intent_guards.asks_how_to_do_a_task(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_54: the list asked to be read again
    ("can you read me off my list again my eyes are bad and the print was small", True),
    ("read me my list again, i cant breathe", False),
])
def test_the_list_read_again(text, expected):
    from bot import intent_guards
    assert intent_guards.asks_for_the_list(text) is expected


@pytest.mark.parametrize("text, category", [  # en_54 / es_50: needs the vocabulary did not name
    ("my car died and i have the doctor next week, no money to fix it till january", "transportation"),
    ("how much is the cardiology visit going to cost me out of pocket", "financial_assistance"),
    ("is there a fund for heart patients who need help with expenses", "financial_assistance"),
    ("where can mom get compression socks, the store ones dont fit her", "medical_equipment"),
    ("do yall give out scales, mine is off by like 5 lbs from the doctors", "medical_equipment"),
    ("the store is too far to walk with bags", "food"),
    ("my daughter is doing too much for me, she needs some help with me", "caregiver_support"),
    ("I'd like to speak with someone about my feelings, it's been a hard year", "mental_health"),
    ("is there a class on keeping track of medications, I have so many bottles", "education"),
    ("got a notice to be out by the end of the month, where do i go", "housing"),
    ("alguien ayuda con aplicaciones de medicaid en espanol", "financial_assistance"),
    ("grupos de apoyo pa los q cuidamos a nuestros papas? en espanol de preferencia", "caregiver_support"),
    ("tienen consejeria en espanol? gratis o barata", "mental_health"),
])
def test_en_54_es_50_need_phrases(text, category):
    from bot import resources
    assert resources.normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_54 after the retrain: a cost asked, a need told as a task or a how-to
    ("how much is the cardiology visit going to cost me out of pocket", "cannot_make_appointment", "find_resource"),
    ("how much will the lab cost, i cant make it anyway", "cannot_make_appointment", None),
    ("the store is too far to walk with bags", "report_task_done", "find_resource"),
    ("the store is too far to walk with bags and i fell on the way", "report_task_done", None),
    ("do yall give out scales, mine is off by like 5 lbs from the doctors", "ask_task_instructions", "find_resource"),
    ("weighed myself, scale says 182", "report_task_done", None),
])
def test_en_54_after_the_retrain(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # the reviewer of the en_54 change: a date asked to move stays a request
    ("explain how i move my thing on thursday to another day, i have jury duty", "cannot_make_appointment", None),
    ("me explica como pido otro dia? no voy a estar en la ciudad esa semana", "cannot_make_appointment", None),
])
def test_en_54_review_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, expected", [  # the reviewer of the en_54 change: the list read again, nothing told beside it
    ("read me my list, my husband is acting strange and wont talk to me and his face looks off", False),
    ("tell me her tasks again, dad is acting strange and his face looks off, started 20 min ago", False),
    ("read me my list again please", True),
])
def test_en_54_review_the_list_read_again(text, expected):
    from bot import intent_guards
    assert intent_guards.asks_for_the_list(text) is expected


def test_en_54_review_how_to_a_task_with_illness_beside_it():
    from bot import intent_guards
    assert not intent_guards.asks_how_to_do_a_task("step by step for weighing, my mom is acting strange and her face looks off")


def test_a_call_asked_instead_of_texts_is_a_person():  # en_55: the model's check-in paged
    from bot import intent_guards
    assert intent_guards.asks_for_a_person("can i get a phone call instead of texting my eyes are bad and the letters are too small")
    assert not intent_guards.asks_for_a_person("can i get a phone call instead of texting, i fell and cant get up")


@pytest.mark.parametrize("text, category", [  # es_51: needs the vocabulary did not name
    ("me llego una factura del hospital de 2 mil dolares y no tengo como pagarla", "financial_assistance"),
    ("le llego una cuenta del seguro a mi mama y ninguna de las dos la entendemos, quien nos ayuda", "financial_assistance"),
    ("necesito que alguien se quede con mi mama el fin de semana, tengo que salir de la ciudad", "caregiver_support"),
    ("mi hija ya no aguanta conmigo, pobre, hay algo pa ayudarla a ella", "caregiver_support"),
    ("no me alcanzo pa las agujitas de la pluma, ayuda", "medication_assistance"),
])
def test_es_51_need_phrases(text, category):
    from bot import resources
    assert resources.normalize_category(text) == category


@pytest.mark.parametrize("text, category", [  # en_56 / es_52: needs the vocabulary did not name
    ("the aide quit, I need a new one", "caregiver_support"),
    ("is there a program where someone stops by to help old people", "caregiver_support"),
    ("my son stops by but he works nights, I need someone to come in evenings", "caregiver_support"),
    ("need heart healthy meals delivered for my mother, who does that", "food"),
    ("where can i find out what foods have potassium", "education"),
    ("my scale doesnt read right, it jumps 5 pounds every time", "medical_equipment"),
    ("Quisiera informacion sobre servicios de cuidado en casa para mi madre mientras yo trabajo.", "caregiver_support"),
    ("soy la unica q cuida a mi abuela y siento q ya no doy mas, donde busco apoyo", "caregiver_support"),
    ("mi seguro no cubre las tiras, hay algun programa q ayude", "medication_assistance"),
    ("el medidor q tengo marca puros errores, me pueden dar uno nuevo?", "medical_equipment"),
])
def test_en_56_es_52_need_phrases(text, category):
    from bot import resources
    assert resources.normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_56 / es_52: the model's guesses corrected, and twins left alone
    ("what are the steps for the blood draw, never had one at this place", "report_task_done", "ask_task_instructions"),
    ("did the blood draw, never had one at this place before", "report_task_done", None),
    ("my scale doesnt read right, it jumps 5 pounds every time", "report_task_done", "find_resource"),
    ("weighed 182 this morning, scale is off i think", "report_task_done", None),
    ("my scale jumps 5 pounds and im so short of breath", "report_task_done", None),
    ("el medidor q tengo marca puros errores, me pueden dar uno nuevo?", "medical_question", "find_resource"),
    ("explicame otra vez como uso el glucometro porfa, nomas me sale error", "ask_task_instructions", None),
    ("I dont understand this texting, have a lady call me", "find_resource", "request_human"),
    ("call me back pls 773 555 0142", "inform_dob", "request_human"),
    ("11/20/1948 call me back please", "inform_dob", None),
    ("azucar 98 esta mañana antes del cafecito", "medical_question", "report_task_done"),
    ("no me da tiempo de ir a sacarme la sangre esta semana, cuando mas puedo ir?", "ask_next_appointment",
     "cannot_make_appointment"),
    ("ya se q el A1c era hace dos dias pero no fui, cuando lo puedo hacer", "small_talk", "cannot_make_appointment"),
    ("no puedo llevar a mi mama al endocrinologo, me toca turno doble, hay otro dia?", "nlu_fallback", "cannot_make_appointment"),
    ("no pude ir a sacarme la sangre, estoy sangrando mucho de la nariz, hay otro dia", "nlu_fallback", None),
])
def test_en_56_es_52_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_en_56_pills_spilled_and_all_found_is_nothing_happening():  # the model's check-in paged
    from bot import intent_guards
    assert intent_guards.nothing_happening("my cat knocked my pill bottle off the counter, pills everywhere, found them all")
    assert not intent_guards.nothing_happening("the cat knocked the pill bottle over, found them all but the baby had one in his mouth")


def test_en_56_a_test_named_then_asked_if_needed_is_a_medical_question():  # the model's check-in paged
    from bot import advice
    assert advice.asks_medical_advice("mom says she doesn't need the blood test because she feels fine, does she really need it")
    assert not advice.asks_medical_advice("i need a ride to the blood test, do i really need one")


@pytest.mark.parametrize("text, predicted, expected", [  # the reviewer of the en_56 change: ordinary messages left alone
    ("got my labs drawn, never had one at this place, easy peasy", "report_task_done", None),
    ("182 lbs, scale jumps around tho", "report_task_done", None),
    ("do i need a walker or a cane now, my balance is off since the new pill", "medical_question", None),
    ("no fui a la clase de cocina, otro dia voy", "small_talk", None),
    ("no pude ir a misa el domingo, otro dia le cuento", "small_talk", None),
    ("no me da tiempo de ir por las medicinas, hay otro dia que las entreguen a la casa?", "find_resource", None),
    ("no fui porque mi esposo no me deja salir de la casa, hay otro dia?", "nlu_fallback", None),
    ("the lab appt is at 9, i booked the van, do i still need it if my son drives me", "find_resource", None),
    ("my labs got moved to next week, do i still need that fasting letter or do they send a new one", "ask_next_appointment",
     None),
])
def test_en_56_review_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_en_56_review_a_child_or_a_sign_beside_spilled_pills_is_not_nothing():
    from bot import intent_guards
    assert not intent_guards.nothing_happening("my 2 year old knocked over my pill bottle, pills everywhere, found them all")
    assert not intent_guards.nothing_happening("husband is slurring and wobbly, knocked his pills over, found them all")


def test_es_52_a_visit_missed_and_another_time_asked_stays_a_reschedule():  # found with the web chat: the model was right
    from bot import intent_guards
    text = "no me da tiempo de ir a sacarme la sangre esta semana, cuando mas puedo ir?"
    assert intent_guards.corrected_intent(text, "cannot_make_appointment") is None


@pytest.mark.parametrize("text, predicted, expected", [  # en_58 / es_54 / en_59 / es_55, measured blind first
    ('what does "daily weights" mean exactly, every single day even sunday?', "find_resource", "ask_task_instructions"),
    ("what does ejection fraction mean", "medical_question", "find_resource"),  # a term, not the plan: education (en_36)
    ("do you have a list of food banks", "ask_tasks", "find_resource"),
    ("do you have a list of my tasks", "ask_tasks", None),
    ("I think I need to talk to someone too, this has been a lot with mom", "request_human", "find_resource"),
    ("i need to talk to someone about my appointment", "request_human", None),
    ("I think I need to talk to someone too, this has been a lot with my health", "nlu_fallback", "find_resource"),  # sms send
    ("its been a hard week, i need to talk to someone, call me please", "request_human", None),
    ("Mi mama no puede tomar el bus con su rodilla, ustedes ayudan con el viaje al hospital?", "medical_question",
     "find_resource"),
    ("Como se usa el glucometro? me tiembla la mano y no se donde va la tirita", "ask_task_instructions", None),
    ("donde consigo un glucometro nuevo", "ask_task_instructions", "find_resource"),
    # after the retrain (no longer blind): the model moved on these
    ("my water pill costs too much is there some program for it", "medical_question", "find_resource"),
    ("I want to do a living will, who can help me with the paperwork", "request_human", "find_resource"),
    ("can you have someone call me, who can help me with my will", "request_human", None),
    ("is there a cooking class I could take with my mother", "cannot_make_appointment", "find_resource"),
    ("carvedilol taken w supper", "ask_task_instructions", "report_task_done"),
    ("can someone help me with my medicare paperwork", "request_human", "find_resource"),
    ("soy la hija de Maria, necesito que alguien me llame por unos papeles del seguro de ella", "request_human", None),
    ("moms legs look more swollen, does she need to go in or can it wait for the appointment", "cannot_make_appointment",
     "medical_question"),
    ("can the appointment wait till next month, im busy", "cannot_make_appointment", None),
    ("carvedilol taken w supper?", "ask_task_instructions", None),
    ("hay talleres de ejercicio pa gente con azucar", "medical_question", "find_resource"),
])
def test_en_59_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_someone_to_talk_to_under_strain_is_counselling_unless_another_need_is_named():
    from bot import dialogue, resources
    assert dialogue.talk_asked_under_strain("whats the number for someone to talk to, not an emergency, just having a hard week")
    assert not dialogue.talk_asked_under_strain("i need to talk to someone about my bill")
    assert resources.normalize_category("its been a hard week, i need to talk to someone about my hospital bill") \
        == "financial_assistance"  # need_category keeps the named need (bot/assistant.py)


@pytest.mark.parametrize("text", ["nothing feels fun anymore", "lately nothing is fun anymore"])
def test_joy_gone_is_low_mood_and_gets_counselling_not_an_urgent_page(text):  # en_59 after the retrain: the model's check-in
    from bot import intent_guards
    assert intent_guards.low_mood_only(text)
    assert not intent_guards.low_mood_only("nothing feels fun anymore, i have the pills ready")


def test_a_scale_that_talks_is_equipment():  # en_59 after the retrain: the model's check-in
    from bot import intent_guards
    assert intent_guards.asks_only_for_equipment("I can't read the numbers on my scale anymore, is there one that talks")


@pytest.mark.parametrize("text, predicted, expected", [  # en_60 / es_56, en_61 / es_57, en_62 / es_58, and sms send
    ("the pharmacy said my carvedilol is 60 dollars, i dont have it", "report_task_done", "find_resource"),
    ("Walgreens wants too much for the water pill", "medical_question", "find_resource"),
    ("I lost my medicaid, what do I do", "ask_tasks", "find_resource"),
    ("Angela here. What's outstanding for my mom, is anything past due?", "ask_tasks", None),  # the plan, not money
    ("Is there someone who could check on me during the day", "request_human", "find_resource"),
    ("necesito que alguien del equipo me llame, tengo varias dudas y no quiero textear todo", "find_resource", "request_human"),
    ("tengo que faltar a la clase, me avisan cuando hay otra", "nlu_fallback", "cannot_make_appointment"),
    ("me salio un moreton donde me inyecto, que hago", "ask_task_instructions", "medical_question"),
    ("no deberian subirle la dosis de insulina a mi mama? sigue saliendo alto", "find_resource", "medical_question"),
    ("necesito saber mi plan de la semana pq voy a estar cuidando a mis nietos", "ask_tasks", None),
    ("can somebody drive me to get my blood drawn, i cant do the stairs at the el", "medical_question", "find_resource"),
    ("is it safe for mom to ride the bus after her surgery", "medical_question", None),
    ("im cutting my pills in half to make them last", "report_task_done", "find_resource"),
    ("q necesita llevar mami al laboratorio pal A1c", "find_resource", "ask_task_instructions"),
    ("mi mamá no entiende como usar el glucometro, me explicas para enseñarle", "find_resource", "ask_task_instructions"),
    ("donde consigo un glucometro, no se como usar el mio", "find_resource", None),
    ("esta bien si me tomo un te de nopal en vez de la pastilla", "report_task_done", "medical_question"),
    ("can my mother take her carvedilol if her blood pressure is low", "ask_task_instructions", "medical_question"),
    ("can't make it. what other days are there", "find_resource", "cannot_make_appointment"),
    ("my fridge is almost empty", "medical_question", "find_resource"),
    ("Mom wants to know if she can still have canned soup, how bad is that for her", "medical_question", None),
    ("get me someone who isnt a robot", "find_resource", "request_human"),
    ("pls have my nurse call me when she gets a minute", "ask_next_appointment", "request_human"),
    ("when is my nurse going to call me", "ask_next_appointment", None),
    ("had a bad dream I was having a heart attack, woke up fine, just shook up", "report_task_done", "small_talk"),
])
def test_en_60_to_en_62_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_62 / es_58 leftovers, en_63 / es_59 (measured blind first)
    ("I need a ride on tuesday but honestly id rather just talk to somebody, can my case manager call me", "request_human", None),
    ("is there something i was supposed to do that i havent done yet", "find_resource", "ask_tasks"),
    ("remind me of everything for the rest of the week, I'm writing it on the calendar", "ask_task_instructions", "ask_tasks"),
    ("i lost the paper the hospital gave me with all the things i should do can you tell me again", "medical_question", "ask_tasks"),
    ("remind me of everything for the week, i took all my pills at once", "ask_task_instructions", None),
    ("went to the salt class, learned a lot, the soup was not bad", "find_resource", "report_task_done"),
    ("went to the class but im dizzy now", "find_resource", None),
    ("i did everything on my list today", "ask_tasks", "report_task_done"),
    ("my late husbands pension is being held up, do i need a lawyer", "ask_next_appointment", "find_resource"),
    ("I was told theres a heart failure school, how do I sign up", "ask_task_instructions", "find_resource"),
    ("how do i sign up for the low salt class", "ask_task_instructions", None),  # the plan's own class
    ("como apuntamos a mi mamá en la lista de vivienda de la ciudad, lo del CHA?", "ask_task_instructions", "find_resource"),
    ("do i need to bring my medicare card to the appointment", "ask_task_instructions", None),
    ("mom's part d plan changed and now her carvedilol isnt covered", "report_task_done", "find_resource"),
    ("I think I'm being charged twice for the same visit", "small_talk", "find_resource"),
    ("bleeding money on gas this month", "small_talk", None),
    ("aver si me dices el dia de mi siguiente cita pq tengo q avisarle a mi hijo", "find_resource", "ask_next_appointment"),
    ("who can take my mom to get her blood drawn, I work 7 to 7", "inform_dob", "find_resource"),
    ("dont have anybody to talk to", "request_human", "find_resource"),
    ("i dont have anybody to talk to, can my case manager call me", "request_human", None),
    ("I've got a bad cold and don't want to sit in the doctors office, can I come another time", "find_resource",
     "cannot_make_appointment"),
    ("my daughter cant drive me that day so i need another appt", "find_resource", "cannot_make_appointment"),
])
def test_en_63_es_59_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_cabin_fever_is_no_fever_and_grief_that_wont_shake_is_low_mood():
    from bot import intent_guards
    assert intent_guards.only_figurative("Mom says she's dying to get out of the house, she's getting cabin fever")
    assert not intent_guards.only_figurative("mom is dying to get out but she has a fever and is confused")
    assert intent_guards.low_mood_only("my husband passed in the spring and i cant shake it")


def test_nothing_happening_reads_a_sore_arm_after_a_draw_and_thanks_for_a_life_saved():
    from bot import intent_guards
    assert intent_guards.nothing_happening("my arm is sore from the blood draw, bruise is purple")
    assert not intent_guards.nothing_happening("my arm is sore from the blood draw, bruise is purple and spreading")
    assert intent_guards.nothing_happening("just want to say thank you, you people saved my life in october")
    assert not intent_guards.nothing_happening("thank you, you saved my life in october, but im having chest pain again")


@pytest.mark.parametrize("text, category", [  # en_62 / es_58 leftovers, en_63 / es_59: needs in other words (not the blind ones)
    ("somebody opened credit cards in my name", "legal"),
    ("dad's medicare card was stolen, how do we replace it", "financial_assistance"),
    ("the landlord says i have to be out by friday", "housing"),
    ("getting to the doctor is so hard since my stroke", "transportation"),
    ("compression socks, where do i get them", "medical_equipment"),
    ("i need somebody to stay with me a few nights after surgery", "caregiver_support"),
    ("there's nobody to talk to since my wife died", "mental_health"),
    ("necesito terapia, cuidar a mi papa me tiene agotada", "mental_health"),
    ("mi sobrino no tiene papeles, quien nos asesora", "legal"),
    ("hay ayuda pa pagar la luz? tengo q tener la insulina en el refri", "financial_assistance"),  # a bill, medicine beside it
    ("help with my electric bill, i have to keep my insulin cold", "financial_assistance"),
    ("cant pay for my insulin", "medication_assistance"),
])
def test_category_phrases_from_en_63_es_59(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_64 / es_60 (measured blind first)
    ("como le ayudo a mi mama a medirse la glucosa? yo nunca lo he hecho", "report_task_done", "ask_task_instructions"),
    ("no puedo ir al laboratorio hasta la proxima semana", "goodbye", "cannot_make_appointment"),
    ("que hay que hacer para recoger las tiras y agujas de mami, necesito llevar su tarjeta?", "find_resource",
     "ask_task_instructions"),
    ("donde me pico pa sacar la gotita, en cual dedo", "find_resource", "ask_task_instructions"),
    ("Hello. Do you have anybody who can drive me to my blood test? I stopped driving after my cataract.", "request_human",
     "find_resource"),
    ("do you have anybody who can drive me, or can someone call me", "request_human", None),
])
def test_en_64_es_60_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_64: needs in other words
    ("could a nurse come to my house to check on me", "caregiver_support"),
    ("can somebody take me to pick up my refills", "transportation"),
    ("we need to modify her home so she can stay there", "housing"),
    ("is there caregiver training for people looking after someone with copd", "education"),
])
def test_category_phrases_from_en_64(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_65 / es_61 (measured blind first)
    ("can you tell me what all is on my schedule for the week including the class and the blood thing",
     "cannot_make_appointment", "ask_tasks"),
    ("What's overdue for Dorothy Williams", "nlu_fallback", "ask_tasks"),
    ("just got off the phone with the heart nurse, nice lady", "ask_task_instructions", "report_task_done"),
    ("my mother completed the phone check in with the nurse", "ask_task_instructions", "report_task_done"),
    ("Dorothy had her lab work done today, Angela", "small_talk", "report_task_done"),
    ("need someone to talk to about my husband passing", "request_human", "find_resource"),
    ("need someone to talk to about my husbands passing, can the nurse call me", "request_human", None),
    ("My pastor said I should talk to somebody about how I been feeling", "ask_task_instructions", "find_resource"),
])
def test_en_65_es_61_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_66 / es_62 (measured blind first), and their twins
    ("hello first time texting this number, what are my tasks", "ask_capabilities", "ask_tasks"),
    ("hello first time texting this number, what can you do", "ask_capabilities", None),
    ("oiga y pa hoy que mas tengo aparte de la insulina", "find_resource", "ask_tasks"),
    ("something came up, can the doctor see me next week instead", "ask_next_appointment", "cannot_make_appointment"),
    ("something came up, can the doctor see me next week instead, im dizzy and my chest hurts", "ask_next_appointment", None),
    ("My son took the car back to Milwaukee. how do I get to my appointments now", "ask_task_instructions", "find_resource"),
    ("how do i get to the cooking class its way over on the west side", "ask_task_instructions", "find_resource"),
    ("how do i get to the cooking class", "ask_task_instructions", None),
    ("I need someone to talk to myself, watching mom decline is really hard", "request_human", "find_resource"),
    ("mi mama ya no tiene para las agujas de la pluma, a quien le pido ayuda", "ask_task_instructions", "find_resource"),
    ("mi mama ya no tiene para las agujas y esta muy mareada, a quien le pido ayuda", "ask_task_instructions", None),
    ("donde consigo un monitor de azucar de esos q se pegan en el brazo", "medical_question", "find_resource"),
    ("is 6.25 enough or should they up it", "inform_dob", "medical_question"),
    ("i took my evening pill twice by accident, feel fine, do i skip tomorrow morning?", "report_task_done", "medical_question"),
    ("the 6.25 one, is that morning and night", "inform_dob", "ask_task_instructions"),
    ("mi mama quiere tomar un remedio de nopal que le dio la vecina, es seguro con sus medicinas?", "small_talk",
     "medical_question"),
])
def test_en_66_es_62_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_66 / es_62: needs in other words
    ("collections keep calling me about the er bill", "financial_assistance"),
    ("my grandma needs help getting to dialysis 3x a week", "transportation"),
    ("I cant see the numbers on my scale, is there one that talks", "medical_equipment"),
    ("my sister was helping me but she got sick, now I got nobody", "caregiver_support"),
    ("can't sleep, worried all the time about my heart", "mental_health"),
    ("is there a group for people with heart problems where they teach you things", "education"),
    ("hay ayuda con el gas en invierno pa personas mayores?", "financial_assistance"),
    ("hay alguien q venga a la casa a ayudar a mi mami a banarse y vestirse?", "caregiver_support"),
    ("mi hijo adolescente no sale del cuarto y no habla con nadie, donde busco ayuda", "mental_health"),
    ("mi mama necesita mudarse a un lugar mas seguro, vive sola en un sotano bien humedo", "housing"),
    ("quien me lleva a la clase de diabetes, esta lejos de la casa", "transportation"),
])
def test_category_phrases_from_en_66(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


def test_a_hip_that_wont_let_me_is_no_controlling_person():
    from bot import intent_guards
    assert intent_guards.names_a_need("my hip wont let me step over the tub wall no more")
    assert not intent_guards.names_a_need("my husband wont let me step out of the house, need a safe place")


@pytest.mark.parametrize("text, predicted, expected", [  # en_67 / es_63 (measured blind first) and the en_66 / es_62 after-runs
    ("the 6.25 one, is that morning and night", "report_task_done", "ask_task_instructions"),
    ("took my pills thank u", "thank", "report_task_done"),
    ("hi i need to talk to someone at st marys about my dad", "find_resource", "request_human"),
    ("dont think i can go thursday, my knees are acting up, can i come another time", "find_resource", "cannot_make_appointment"),
    ("my mom's scale is old and reads wrong, can we get a new one through you", "request_human", "find_resource"),
    ("Is there a class at the library or somewhere on how to eat right for the heart", "ask_task_instructions", "find_resource"),
    ("tengo alguna consulta pendiente con alguien?", "request_human", "ask_next_appointment"),
    ("para el examen de A1c tengo que ir en ayunas?", "find_resource", "ask_task_instructions"),
    ("tengo algo pendiente hoy o ya termine con todo", "report_task_done", "ask_tasks"),
    ("Is there anything mom is behind on? I'm trying to help her keep up", "find_resource", "ask_tasks"),
    ("my granddaughter wants to know what day my class is so she can plan", "ask_tasks", "ask_next_appointment"),
    ("Is the blood test still on my list or did that go away", "ask_tasks", None),
    ("my scale is the old kind with the dial how do i read it right", "find_resource", "ask_task_instructions"),
    ("i dont understand the low salt class thing, do i just show up or do i sign up", "find_resource", "ask_task_instructions"),
    ("mom asks if she needs to do anything before her blood draw", "ask_tasks", "ask_task_instructions"),
    ("Mark down I took my pills comma both of them period", "find_resource", "report_task_done"),
    ("Angela here - mom did her bloodwork today, just letting you know", "small_talk", "report_task_done"),
    ("i have a lot of questions about my medicines and the bills, can someone please just phone me", "find_resource",
     "request_human"),
    ("my hip is acting up and i cant get down to the lab for the blood work, new day?", "report_emergency", None),
    ("im not hungry tonight can i still take the supper pill without food or should i skip it", "find_resource",
     "medical_question"),
    ("the bathtub is too high for me to step over", "medical_question", "find_resource"),
    ("este glucometro me odia, siempre sale alto cuando quiero q salga bajo jaja", "medical_question", None),
    ("Good afternoon, I was told there is a program that brings food to your home. Could you tell me about it?",
     "ask_task_instructions", "find_resource"),
    ("do you know of food banks open on saturday", "thank", "find_resource"),
    ("where can i talk to other daughters going through this with their parents", "request_human", "find_resource"),
    ("I think I need to talk to someone myself, watching mom go through this is hard", "nlu_fallback", "find_resource"),
    ("mi ama ya no se acuerda de nada, que es lo que tiene que estar haciendo diario", "nlu_fallback", "ask_tasks"),
    ("cuando tengo que ir a sacarme la sangre esa del a1c", "find_resource", "ask_next_appointment"),
    ("que hay que hacer pa lo del A1c, ocupa cita o nomas llega al lab?", "find_resource", "ask_task_instructions"),
    ("puedo ir otro dia a lo del endocrinologo? ese dia me toca limpiar casas", "nlu_fallback", "cannot_make_appointment"),
])
def test_en_67_es_63_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_a_visit_moved_to_a_new_day_or_asked_for_a_day_is_no_emergency():
    from bot import intent_guards
    assert intent_guards.only_moves_a_visit("my hip is acting up and i cant get down to the lab for the blood work, new day?")
    assert intent_guards.asks_when_a_visit_is("do i have something tomorrow? somebody said a phone call")


@pytest.mark.parametrize("text, asks", [  # medical judgements in other words (en_66 after the retrain, es_62), and twins
    ("how much water should I be drinking a day", True),
    ("my weight went from 180 to 184 in 2 days what do i do", True),
    ("can i stop weighing myself every day its always the same number", True),
    ("can someone with congestive heart failure take ibuprofen, asking for my dad", True),
    ("mi mama dice q ve borroso desde hace unos dias, eso es de la diabetes?", True),
    ("con todo esto de la diabetes ando muy estresada, hay grupos de apoyo?", False),
    ("the bathtub is too high for me to step over", False),
    ("is 150 too high for me", True),
    ("can i stop taking my water pill", True),
    ("can i stop taking the bus to dialysis", False),
    ("can someone with a van take me to my appointment", False),
])
def test_medical_judgements_from_en_66_after(text, asks):
    from bot import advice
    assert advice.asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, category", [  # en_67: needs in other words
    ("i cant do the bus anymore with my walker the steps are too high", "transportation"),
    ("can someone carry me to the doctor on the 12th", "transportation"),
    ("I'm running out of my carvedilol and dont get paid till the 3rd", "medication_assistance"),
    ("Who can help me with my bath, I'm scared of slipping in there by myself", "caregiver_support"),
    ("can someone sit with me while my daughter is at work", "caregiver_support"),
    ("I havent talked to another person in 4 days", "mental_health"),
    ("help with getting my late husbands pension, they keep giving me the runaround", "legal"),
])
def test_category_phrases_from_en_67(text, category):
    from bot.resources import normalize_category
    assert normalize_category(text) == category


@pytest.mark.parametrize("text, predicted, expected", [  # en_68 / es_64 (measured blind first), and their twins
    ("remind me my things", "snooze", "ask_tasks"),
    ("i need help with my chores, my back cant do the vacuuming anymore", "nlu_fallback", "find_resource"),
    ("whats on my chores today", "nlu_fallback", "ask_tasks"),
    ("remind me to take my pills at 8", "snooze", None),
    ("I misplaced the paper they gave me at the hospital with all my instructions on it. Can you tell me what is on it",
     "nlu_fallback", "ask_tasks"),
    ("I misplaced the paper with my bills on it", "nlu_fallback", None),
    ("is my cardiology on thursday or friday i cant remember and i wrote it on something i threw out", "cannot_make_appointment",
     "ask_next_appointment"),
    ("is my cardiology on thursday or friday? i need to move it", "cannot_make_appointment", None),
    ("how should mom be taking her water pill? she's been taking it at night so she's not running to the bathroom all day",
     "nlu_fallback", "ask_task_instructions"),
    ("how should mom be taking her water pill? she's dizzy and pale", "nlu_fallback", None),
    ("the snow is too bad i cant get out for my blood work", "nlu_fallback", "cannot_make_appointment"),
    ("the snow is too bad i cant get out to the store for food", "nlu_fallback", None),
    ("does the car that a loll need to be with food", "find_resource", "ask_task_instructions"),
    ("does the food pantry need me to bring an id", "find_resource", None),
    ("Can I get a personal care aide through Medicaid?", "request_human", "find_resource"),
    ("can i get a nurse to call me back", "request_human", None),
    ("the doctor said i might be depressed and should see someone, where do i go", "ask_next_appointment", "find_resource"),
    ("the doctor said i might be depressed, when is my next visit", "ask_next_appointment", None),
    ("i want another cooking class besides the one im in, maybe one on weekends", "deny", "find_resource"),
    ("no i dont want another reminder", "deny", None),
    ("hello is there a human there i need help with something", "find_resource", "request_human"),
    ("is there a person who can drive me to dialysis", "find_resource", None),
    ("ya no tengo pa la lantus este mes", "report_task_done", "find_resource"),
    ("ya me puse la lantus", "report_task_done", None),
    ("me la paso llorando y no se por que, quisiera ver a alguien que me ayude con eso", "request_human", "find_resource"),
    ("quiero que alguien me llame, me la paso llorando", "request_human", None),
    ("wepa, hay alguien de carne y hueso ahi o es un robot?", "find_resource", "request_human"),
    ("me puedo inyectar la lantus en la mañana mejor? en la noche se me olvida", "ask_task_instructions", "medical_question"),
    ("me puedo inyectar la lantus en el brazo? como se hace", "ask_task_instructions", None),
])
def test_en_68_es_64_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, category", [  # en_68 / es_64: needs in other words
    ("cant pay for pills AND rent this month, which one am i supposed to pick", "medication_assistance"),
    ("lost my pill bottle on the bus, cant afford to buy more", "medication_assistance"),
    ("who can help my mom pay for her pills she's on a fixed income", "medication_assistance"),
    ("i need help with my chores, my back cant do the vacuuming anymore", "caregiver_support"),
    ("I get scared to be alone at night since I got sick. Is there somebody I could talk to about it", "mental_health"),
    ("nos van a evictar a mi mama y a mi en enero, que hacemos", "housing"),
    ("mi hija se la pasa cuidandome y la veo muy cansada, hay ayuda pa ella?", "caregiver_support"),
    ("hay algun servicio de van para personas mayores? uso baston", "transportation"),
    ("vos sabes si hay algun programa pa que den medicina a gente sin papeles? no tengo pisto", "medication_assistance"),
    ("el aparatito pa picarme el dedo ya no sirve bien, me pueden dar otro", "medical_equipment"),
])
def test_category_phrases_from_en_68(text, category):
    from bot import resources
    from bot.intent_guards import _typed
    assert resources.normalize_category(_typed(text)) == category


@pytest.mark.parametrize("text, asks", [  # medical judgements (es_64, en_68) and a worry told as a feeling
    ("me puedo inyectar la lantus en la mañana mejor? en la noche se me olvida", True),
    ("can i do the insulin in the morning instead, i keep forgetting at night", True),
    ("me puedo poner la insulina en la noche? a que hora es", False),
    ("i cant sleep i worry about my heart all night long", False),
    ("should i worry about my heart rate being 110", True),
])
def test_medical_judgements_from_en_68(text, asks):
    from bot import advice
    assert advice.asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, predicted, expected", [  # en_69 / es_65 (measured blind first), and their twins
    ("ola q tengo q aser oy", "greet", "ask_tasks"),
    ("oiga mija se me olvido todo lo que me dijeron en el hospital, que tengo que estar haciendo", "ask_next_appointment", "ask_tasks"),
    ("que cosas le faltan a mi mami de su plan, pa apuntarlas en el refri", "find_resource", "ask_tasks"),
    ("que le falta a mi mama en el refri, no tiene que comer", "find_resource", None),
    ("donde y cuando es la clasesita esa de la comida y la insulina", "find_resource", "ask_next_appointment"),
    ("hay clases de cocina para diabeticos? cuando es la proxima", "find_resource", None),
    ("como se prende el glucometro de mi mami, es el que le dieron en el hospital", "find_resource", "ask_task_instructions"),
    ("me salio 110 en ayunas", "medical_question", "report_task_done"),
    ("me medi el azucar punto salio ciento diez punto", "medical_question", "report_task_done"),
    ("me salio 110 en ayunas, esta bien?", "medical_question", None),
    ("oy en la mañana 98", "nlu_fallback", "report_task_done"),
    ("ya llevamos a mi mama al laboratorio pal examen de sangre", "ask_next_appointment", "report_task_done"),
    ("cuando llevamos a mi mama al laboratorio?", "ask_next_appointment", None),
    ("el jueves no puedo, tengo que cuidar a mi nieto, hay otro dia?", "find_resource", "cannot_make_appointment"),
    ("se me cruzo con el dentista, me pueden dar otro dia con el patel", "nlu_fallback", "cannot_make_appointment"),
    ("tengo los pies hormigueando desde hace semanas, es de la diabetes?", "find_resource", "medical_question"),
    ("se le pueden dar vitaminas a mi mama con sus medicinas?", "report_task_done", "medical_question"),
    ("mi vecina anciana no tiene que comer, a donde la llevo", "ask_task_instructions", "find_resource"),
    ("is there anything overdue for mom she says shes all caught up but i doubt it lol", "nlu_fallback", "ask_tasks"),
    ("im confused about the fluid pill, morning only?", "nlu_fallback", "ask_task_instructions"),
    ("Mom doesn't understand the weight thing, can you send the steps so I can print them", "find_resource", "ask_task_instructions"),
    ("need to talk to someone about mom, not urgent, whenever someone is free", "find_resource", "request_human"),
    ("need to talk to someone, im so sad since my husband died", "find_resource", None),
    ("can my mom's nurse call be moved to when I'm there, after 5pm?", "request_human", "cannot_make_appointment"),
    ("cant do blood draw till next month", "find_resource", "cannot_make_appointment"),
    ("coupon for furosemide?", "report_task_done", "find_resource"),
    ("Mom needs a wheelchair for her appointment next week, the hallways at the clinic are so long", "ask_next_appointment",
     "find_resource"),
    ("what can I do if I don't have enough to eat", "medical_question", "find_resource"),
    ("Mom wants to know if she can still have canned soup, how bad is that for her", "medical_question", None),
])
def test_en_69_es_65_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # es_66 (measured blind first), and their twins
    ("me puede explicar como se mide el azucar en ayunas, para enseñarle a mi mami", "find_resource", "ask_task_instructions"),
    ("no puedo ir al examen de sangre esta semana, cuando mas hay", "ask_next_appointment", "cannot_make_appointment"),
    ("si voy en ayunas al examen me pongo la insulina la noche antes igual?", "ask_task_instructions", "medical_question"),
    ("puede mi mama tomar su metformina si no desayuno?", "ask_task_instructions", "medical_question"),
    ("no tengo chavos pa las tiras este mes", "nlu_fallback", "find_resource"),
    ("ya tengo las tiras de este mes", "nlu_fallback", None),
])
def test_es_66_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected



@pytest.mark.parametrize("text, predicted, expected", [  # en_71 / es_67 (measured blind first), and their twins
    ("Can you send me her list for this week so I can check on her", "ask_tasks", None),
    ("do you have a list of food pantries near me", "ask_tasks", "find_resource"),
    ("what does my mother still need to get done before her heart appt", "ask_tasks", None),
    ("what does she need to do before her heart appt", "ask_tasks", None),
    ("Should I take the carvedilol with food or on an empty stomach?", "medical_question", "ask_task_instructions"),
    ("should i take the carvedilol with food, i feel dizzy and my chest hurts", "medical_question", None),
    ("I'm sorry but I won't be able to keep my appointment. Could we find another time?", "find_resource",
     "cannot_make_appointment"),
    ("mom cant do sunday, anything during the week?", "ask_task_instructions", "cannot_make_appointment"),
    ("i cant do monday workouts, anything else i can do instead", "ask_tasks", None),
    ("Do I have anything on Sunday", "ask_task_instructions", "ask_next_appointment"),
    ("my friend has heart failure too, can she take her water pill every other day?", "find_resource", "medical_question"),
    ("my friend used to drive me but she passed in october, now what do i do", "ask_tasks", "find_resource"),
    ("se me perdio el papelito de la cita, me dice la fecha?", "cannot_make_appointment", "ask_next_appointment"),
    ("se me perdio el papelito de la cita y no puedo ir ese dia, me dan otra fecha?", "cannot_make_appointment", None),
    ("hoy me salio 145 el azucar", "medical_question", "report_task_done"),
    ("hoy me salio 145 el azucar, es malo?", "medical_question", None),
    ("When my husband had his heart attack the ambulance took 20 minutes. That was 10 years ago.", "report_task_done",
     "small_talk"),
    ("weighed 180 this morning, same as 2 years ago", "report_task_done", None),
    ("is there anything i havent done yet", "find_resource", "ask_tasks"),
    ("is there anything i havent done yet to get help with rent", "find_resource", None),
    ("Hi its Dorothy. Whats on the agenda", "ask_task_instructions", "ask_tasks"),
])
def test_en_71_es_67_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_a_medicine_with_food_or_not_is_answered_by_the_plan():
    # the instructions action reads this too: the plan's "with breakfast and with supper", not the care team's refusal
    from bot import intent_guards
    assert intent_guards.answered_by_the_plan("Should I take the carvedilol with food or on an empty stomach?")
    assert intent_guards.answered_by_the_plan("does the car that a loll go with a meal or empty stomach")
    assert not intent_guards.answered_by_the_plan("should I take the carvedilol on an empty stomach, I feel sick")
    assert not intent_guards.answered_by_the_plan("can i take my water pill every other day")


@pytest.mark.parametrize("text, predicted, expected", [  # en_72 / es_68 (measured blind first), and their twins
    ("got a new phone and lost all my notes. what are all the things i have to do each day", "find_resource", "ask_tasks"),
    ("do i pee first before weighing", "ask_tasks", "ask_task_instructions"),
    ("had supper and took the evening heart pill", "find_resource", "report_task_done"),
    ("took my pills but cant afford the next refill", "find_resource", None),
    ("does anyone actually work there? i want to talk to someone", "find_resource", "request_human"),
    ("i want to talk to someone about my depression", "find_resource", None),
    ("info on salt", "medical_question", "find_resource"),
    ("what can i eat with heart failure", "medical_question", "find_resource"),
    ("can i eat bacon with heart failure", "medical_question", None),
    ("cuales son los to do de mi mami", "ask_task_instructions", "ask_tasks"),
    ("disculpe q dia me toca ver al endocrinologo", "ask_tasks", "ask_next_appointment"),
    ("si se me olvido la metformina en el desayuno me la tomo en la comida?", "ask_task_instructions", "medical_question"),
    ("hola, el ajo sirve pa bajar la presion? mi doctor no me dijo nada", "find_resource", "medical_question"),
    ("hay clases que sirven para controlar el azucar?", "find_resource", None),
])
def test_en_72_es_68_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_something_mom_is_behind_on_asks_for_the_list():
    from bot import intent_guards
    assert intent_guards.asks_for_the_list("is there anything mom is behind on? she says shes done everything but i doubt it")


@pytest.mark.parametrize("text, predicted, expected", [  # es_69 (measured blind first), and a twin
    ("buenas, hay alguien que me atienda en español?", "find_resource", "request_human"),
    ("hay alguien que me ayude con la renta?", "find_resource", None),
])
def test_es_69_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_73 (measured blind first), and twins
    ("remind me what pills i take and when", "nlu_fallback", "ask_tasks"),
    ("I lost the paper they gave me at the hospital. Can you tell me again what I'm supposed to be doing", "ask_task_instructions",
     "ask_tasks"),
    ("is there something due I havent done yet", "find_resource", "ask_tasks"),
    ("the pill for the water, how many do i take", "medical_question", "ask_task_instructions"),
    ("how many do i take if i missed yesterday", "medical_question", None),
    ("i have a wedding saturday, can i take the water pill later so im not running to the bathroom", "ask_task_instructions",
     "medical_question"),
    ("do i need to cut down how much water i drink", "ask_task_instructions", "medical_question"),
    ("my mother has heart failure too, can she take aleve for her back", "find_resource", "medical_question"),
])
def test_en_73_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_74 (measured blind first), and twins
    ("what is mom forgetting today, she always forgets something", "ask_next_appointment", "ask_tasks"),
    ("Is there something I'm supposed to do every morning? I can't recall what the nurse said", "find_resource", "ask_tasks"),
    ("show me everything i still havent done", "find_resource", "ask_tasks"),
    ("I'm Dorothy's home helper from the agency, what's she supposed to do every day?", "find_resource", "ask_tasks"),
    ("what is a caregiver supposed to do every day when burnt out", "find_resource", None),
    ("Do I have to stay by the phone tomorrow? what time", "ask_tasks", "ask_next_appointment"),
    ("Did they ever schedule my follow up after I got out", "report_task_done", "ask_next_appointment"),
    ("How should mom be taking her furosemide? I think she has it in the wrong slot in her pill box", "medical_question",
     "ask_task_instructions"),
    ("I don't understand the weighing. What am I looking for?", "find_resource", "ask_task_instructions"),
    ("do you think its ok to start walking on the treadmill again", "ask_task_instructions", "medical_question"),
    ("I think I need to talk to somebody about my drinking", "request_human", "find_resource"),
    ("is there a class on using a computer so I can see my test results online", "medical_question", "find_resource"),
    ("my friend is sleeping in her car, she's 70, where can she go", "medical_question", "find_resource"),
    ("is there a class about heart failure, and should i stop my carvedilol", "medical_question", None),
])
def test_en_74_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # es_70 (measured blind first), and twins
    ("me dice otra vez lo q tengo q hacer todos los dias? soy bien olvidadiza", "ask_task_instructions", "ask_tasks"),
    ("oiga y la insulina me la pongo en la panza o en el brazo", "medical_question", "ask_task_instructions"),
    ("hoy si me acorde de la insulina antes de dormir!!", "nlu_fallback", "report_task_done"),
    ("me acorde de la insulina? no se si me la puse", "nlu_fallback", None),
    ("si voy a ayunar en semana santa que hago con la insulina", "ask_task_instructions", "medical_question"),
    ("doctor, el vinagre de manzana sirve para la diabetes? a mi tia le dijeron que si", "find_resource", "medical_question"),
])
def test_es_70_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_a_bruise_that_looks_worse_than_it_is_is_nothing_happening():
    from bot import intent_guards
    assert intent_guards.nothing_happening("bruise on my arm from the blood draw, looks worse than it is, just fyi")
    assert not intent_guards.nothing_happening("bruise on my arm from the blood draw, its spreading, looks worse than it is")


def test_a_diet_fallen_off_is_only_figurative():
    from bot import intent_guards
    assert intent_guards.only_figurative("Fell off my diet this weekend, had pizza")
    assert not intent_guards.only_figurative("fell off my diet and then fell off the step and hit my head")


@pytest.mark.parametrize("text, predicted, expected", [  # en_73's leftovers (as the live model read them), and twins
    ("i have a wedding saturday, can i take the water pill later so im not running to the bathroom", "cannot_make_appointment",
     "medical_question"),
    ("can we move my appointment later, i have to take my pills after the wedding", "cannot_make_appointment", None),
    ("does my mother qualify for a walker through medicare", "ask_task_instructions", "find_resource"),
    ("how do i use the scale, does medicare cover it", "ask_task_instructions", None),
    ("Do I have anything to do on Saturday and Sunday", "ask_task_instructions", "ask_tasks"),
    ("do i have anything to do on friday, like a doctor visit", "ask_next_appointment", None),
])
def test_en_73_leftovers(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


@pytest.mark.parametrize("text, predicted, expected", [  # en_75 / es_71 (measured blind first), and twins
    ("Checking in for my mother Dorothy Williams. Can you tell me everything on her care plan for the week?", "find_resource",
     "ask_tasks"),
    ("Tuesday. What do I do on Tuesdays", "nlu_fallback", "ask_tasks"),
    ("I have it written down somewhere but I cant find it, when do I go in next", "find_resource", "ask_next_appointment"),
    ("how do I do the weigh in if I cant stand on the scale very long", "find_resource", "ask_task_instructions"),
    ("my scale broke, how do i do my weights now", "find_resource", None),
    ("Hi I'm a social worker at a senior center, is there someone I can talk to about referring a client", "find_resource",
     "request_human"),
    ("is this a person or a computer? I want a person", "bot_challenge", "request_human"),
    ("are you a real person", "bot_challenge", None),
    ("I'm in Detroit visiting family for 2 weeks, can't make anything till I'm back", "find_resource", "cannot_make_appointment"),
    ("the water pill gives me leg cramps, what should I do about that", "ask_task_instructions", "medical_question"),
    ("what does ejection fraction mean, is there a class or something that explains this stuff", "find_resource", None),
    ("do you offer classes in Spanish? my mom's friend only speaks spanish", "request_human", "find_resource"),
    ("books or websites about living with CHF? want to read up before mom's appt", "ask_next_appointment", "find_resource"),
    ("when is the class, do you have a schedule", "ask_next_appointment", None),
    ("me inyecte la lantus a las 10 de la noche como me dijeron", "ask_task_instructions", "report_task_done"),
    ("existen glucometros q hablen? mi mama ya no ve bien los numeros", "request_human", "find_resource"),
])
def test_en_75_es_71_corrections(text, predicted, expected):
    from bot import intent_guards
    assert intent_guards.corrected_intent(text, predicted) == expected


def test_en_75_look_alikes_the_model_alarmed_on():
    from bot import intent_guards
    assert intent_guards.nothing_happening("my chest is fine, just wanted to say the new pill is working")
    assert not intent_guards.nothing_happening("my chest is fine, just wanted to say the new pill is working but now i cant breathe")
    assert intent_guards.only_figurative("under attack by squirrels at my bird feeder again")
    assert intent_guards.names_a_need("my granddaughter helps me but shes only 16 and has school")


@pytest.mark.parametrize("text, kind", [  # es_71: a reading sent for "mi ma", and twins that may be a fever
    ("138 el de mi ma esta mañana", "number"),
    ("101 el de mi mama", None),
    ("101.5 a mami", None),
])
def test_a_reading_told_for_someone_after_the_number(text, kind):
    from bot.dialogue import reading
    assert reading(text) == kind


def test_a_bare_reading_for_mi_ma_is_recorded():
    from bot import intent_guards
    assert intent_guards.corrected_intent("138 el de mi ma esta mañana", "nlu_fallback") == "report_task_done"

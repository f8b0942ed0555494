"""Requests for medical advice, told apart from care-plan questions that look like them."""
from __future__ import annotations

import pytest

from bot.advice import asks_medical_advice


@pytest.mark.parametrize("text", [
    "forgot my heart pill at breakfast, should i take 2 at supper",
    "is it safe to stop the furosemide for a couple days, im traveling",
    "her pressure is 92/58 this morning, is that too low for her?",
    "up 4 lbs since monday is that something to worry about",
    "my ankles are swollen tonight, is that my heart",
    "can I take my carvedilol with grapefruit juice",
    "what happens if she skips the water pill on sundays",
    "could the lisinopril be why I feel woozy? is that from it",
    "is 40 mg a high dose of furosemide",
    "does tylenol interact with her heart medicine",
    "se me pasó la insulina anoche, ¿debo ponerme doble hoy?",
    "¿puedo tomar la metformina con café?",
    "mi presión salió 90/55, ¿es peligroso?",
    # blind set en_17 / es_13
    "do i still take my pills if i have the stomach flu",
    "I get winded on the stairs, is my heart getting worse?",
    "they gave me a different looking pill, is it the same?",
    "la insulina se quedo fuera del refri, todavia sirve?",
    # blind set en_29
    "I missed my evening carvedilol, do I take two now?",
    "Can I go back to mowing my own lawn yet",
    "do i really need the blood test, i feel ok",
    "i read online carvedilol makes you gain weight, is that why mine went up",
])
def test_questions_asking_for_a_medical_judgement(text):
    assert asks_medical_advice(text)


@pytest.mark.parametrize("text", [
    "what time do I take the water pill",
    "which floor is the lab on",
    "is it ok if my son comes to the cooking class with me",
    "what should I bring to the heart doctor",
    "took both pills this morning",
    "weight today 181",
    "can you help me pay for my pills",
    "can I take the bus to my appointment or do I need a ride",
    "ya me tomé la metformina",
    "¿a qué hora es la clase de diabetes?",
    "should I call the nurse or will she call me",
    "is it the same class as last time",
    "do i still need to go to the class",
    # twins of en_29's: the plan asked, not a judgement
    "does my mother need to do anything to get ready for her blood test",
    "When does my mom need to go in for her bloodwork",
    "my oxygen machine is making a loud beeping noise, I'm breathing fine but it's driving me nuts",
    "when do i take two of the carvedilol, morning and night?",
])
def test_care_plan_and_practical_questions_are_not(text):
    assert not asks_medical_advice(text)


@pytest.mark.parametrize("text", [
    "her weight went up 2 lbs overnight, do we need to do anything? she feels fine",
    "what's a good blood pressure for someone like me",
    "can i have cofee? how many cups",
])
def test_more_requests_for_a_judgement_from_the_ninth_and_tenth_sets(text):
    assert asks_medical_advice(text)


@pytest.mark.parametrize("text", ["what's a good food bank near me", "do we need to do anything before the class"])
def test_their_ordinary_twins_are_not(text):
    assert not asks_medical_advice(text)


@pytest.mark.parametrize("text", [  # en_20 / es_16
    "is 176 too low, I'm usually 182",
    "mom has been dizzy in the mornings, should she be taking the water pill at night instead",
    "I threw up after taking my pills, do I take them again",
    "her weight is up 4 lbs in 2 days, does she need to go in or can she wait for the appt",
    "mi mama tiene mareos en las mañanas, sera la insulina?",
    "puedo partir la pastilla de metformina a la mitad si me cuesta tragarla",
])
def test_requests_for_a_judgement_from_en_20_and_es_16(text):
    assert asks_medical_advice(text)


@pytest.mark.parametrize("text", [
    "the toilet is too low, I can barely get back up",
    "my copays are too high",
    "can she wait for me in the lobby",
    "me cobraron 90 dolares x la lantus y no tengo, q hago",
])
def test_their_ordinary_twins_from_en_20_and_es_16_are_not(text):
    assert not asks_medical_advice(text)


@pytest.mark.parametrize("text", [
    "could the cough be from her heart pills",
    "is my swelling because of the salt",
    "me arden los pies, sera por la diabetes?",
    "cuantas unidades me tengo que poner si cene mucho",
    "puedo usar las pastillas de mi esposo?",
    "tengo hormigueo en las manos, que sera",
    # en_22 / es_18: a dose or a change judged
    "is 40 mg of furosemide a lot for someone her age",
    "my ankles swell at night, is that the water pill",
    "should dad up his pills since his weight went up",
    "more winded on the stairs this week, should i call someone or wait",
    "le puedo subir a la insulina si sigo alta?",
    "tiene gripa, se pone la insulina igual?",
    "veo borroso, tiene que ver con el azucar?",
])
def test_a_cause_a_dose_or_a_change_asked_about_is_a_request_for_judgement(text):  # en_21 / es_17, en_22 / es_18
    assert asks_medical_advice(text)


@pytest.mark.parametrize("text", [
    "the pills are from the pharmacy on 5th",
    "what are my chores from the heart doctor",
    "is the phone call from the heart nurse tomorrow",
    "la clase es por la tarde, sobre la presion",
    "is 8 am a good time for the nurse to call",
    "le puedo subir el volumen al telefono?",
    "should i call the clinic or wait for them to call me about the class",
])
def test_a_cause_told_or_a_plan_asked_about_is_not(text):
    assert not asks_medical_advice(text)


@pytest.mark.parametrize("text, expected", [  # en_25 / es_21
    ("i've been peeing a lot, is that the furosemide or something else", True),
    ("gained 2 lbs overnight what do i do", True),
    ("cuanta insulina me pongo si voy a cenar tarde", True),
    ("tengo gripa, sigo con la insulina igual o le bajo?", True),
    ("mi mama anda muy cansada y con mucha sed, sera q necesita mas insulina?", True),
    ("cuanta insulina me toca hoy", False),  # the plan's dose
    ("is that the pharmacy that has my pills", False),
    ("le bajo el volumen a la tele", False),
    ("is it the insulin class on tuesday?", False),
    ("i threw up after breakfast, do i need to take my pills again", True),  # en_26
    ("mi mami amanecio con 75, esta bien o esta bajo?", True),  # es_22
    ("mi mama esta bien o mal de animo, no se", False),
])
def test_a_dose_by_situation_or_a_cause_by_name(text, expected):
    assert asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_40: one medicine against another
    ("my friend takes torsemide, would that be better than my furosemide", True),
    ("would a walker be better than my cane", False),
    ("would uber be better than the van to get to my heart doctor", False),
    ("is walgreens better than the cvs for my pill pickup, which is closer", False),
    ("would costco be better than the walmart pharmacy for my meds, cheaper?", False),
    ("my meds come in a blister pack, would that be better than my pill box", False),
    ("is the class online better than the one in person", False),
    # something more taken for a symptom
    ("the water pill gives me leg cramps, can i take something for it", True),
    ("can i take something for the pain", True),
    ("can i take something to the class", False),
    ("can i bring anything for the potluck", False),
])
def test_one_medicine_against_another_or_something_for_a_symptom(text, expected):
    assert asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_41 / es_37: a weight asked by its number; a medicine dropped, asked
    ("is 184 too much? it was 180 yesterday", True),
    ("is 40 ok? es el azucar de mami", False),       # a low sugar: the detector's and the check-in's, not a refusal
    ("his pulse is 150 ok?", False),
    ("is 300 too much for the ambulance bill?", False),
    ("mi mama quiere dejar la insulina y solo tomar pastillas, se puede?", True),
    ("quiero dejar la insulina y morirme, puedo?", False),
    ("mi abuela quiere dejar el lantus porque dice que ya vivio suficiente, se puede?", False),
    ("mi mama no quiere cambiar sus pastillas, dice que asi esta bien", False),
])
def test_en_41_es_37_questions(text, expected):
    assert asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_42 / es_38: judgements asked, and their twins
    ("mom skipped breakfast, can she still take the carvedilol or wait till lunch", True),
    ("my pulse is 38 can i still take my carvedilol or wait", False),  # signs told: the model's check-in stays
    ("can i double up tomorrow since i missed today", True),
    ("can i take two classes since i missed last week", False),
    ("i ate a whole bag of chips last night will that mess up my heart", True),
    ("i paid half the bill will that mess up the numbers", False),
    ("tengo una heridita en el dedo del pie que no se cierra desde hace 2 semanas, que hago", True),
    ("a mi bebe le dio fiebre y de repente se puso rigido y los ojitos se le fueron para arriba, que hago", False),
])
def test_en_42_es_38_questions(text, expected):
    assert asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_45 / es_41: judgements asked, and their twins
    ("can you take lasix and metoprolol together", True),
    ("can you take me to my appointment", False),
    ("can you take my pills list to the pharmacy", False),
    ("mi mama anda con tos y flemas, le puedo dar jarabe siendo diabetica?", True),
    ("le puedo dar de comer a mi perro si es tarde", False),
    ("me salio 68 pero me siento bien, tengo q comer algo o no pasa nada?", True),
    ("a mi me sale 180 despues de comer y no tengo doctor, es malo?", True),
    ("la renta me sale 900 y no tengo, es malo si pago tarde?", False),
    ("me salio una bolita donde me inyecto la insulina y me duele, q sera?", True),
])
def test_en_45_es_41_questions(text, expected):
    assert asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_45 / es_41: the reviewer's finds
    ("can someone take insulin and pills to my mom at the hospital she forgot them at my house", False),
    ("can u take ozempic with farxiga", True),
    ("me puede dar una cita si es posible pal doctor del azucar", False),
    ("le puedo dar jarabe pa la tos a mi mama siendo diabetica", True),
    ("no tengo ni un peso pa la renta q sera de nosotros", False),
    ("ya no hay pan en la casa q sera de mis hijos", False),
    ("mi ama tiene los pies hinchados desde ayer, q sera?", True),
    ("tengo 70 anos y vivo sola, es malo q no tenga quien me ayude?", False),
    ("el seguro me sale 120 al mes y lo quiero cancelar, es malo?", False),
    ("llego tarde, la cita esta en 10 minutos no pasa nada?", False),
])
def test_en_45_es_41_review(text, expected):
    assert asks_medical_advice(text) is expected


@pytest.mark.parametrize("text, expected", [  # en_45 / es_41: the second reviewer's finds
    ("can dad take lisinopril and metformin to the pharmacy for a refill or do i have to go", False),
    ("can you take lasix and metoprolol off my reminders", False),
    ("le puedo dar una mano a mi vecina con la presion de la mudanza", False),
    ("le puedo dar jarabe, siendo diabetica?", True),
    ("tengo una mancha de humedad en la pared del cuarto q sera", False),
    ("mi perro tiene tos desde ayer q sera", False),
    ("me duele q mi hijo no me hable q sera lo q hice", False),
    ("me salio 85 en el examen de ciudadania es malo?", False),
    ("me salio 500 la factura del hospital es malo?", False),
    ("me salio 110 todo bien no pasa nada", False),
])
def test_en_45_es_41_second_review(text, expected):
    assert asks_medical_advice(text) is expected


def test_the_way_asked_once_more_is_not_a_second_dose():  # en_57
    assert not asks_medical_advice("how do I take the carvedilol again, sorry I'm forgetful")
    assert asks_medical_advice("do I take the carvedilol again if I threw up")
    assert asks_medical_advice("Do you think I still need the blood test, I feel fine")


@pytest.mark.parametrize("text, asks", [  # es_54 / es_55, measured blind first
    ("mi mami se siente mareadita cuando se para de la cama, le cambiamos algo de sus medicinas?", True),
    ("hola no soy paciente de ustedes pero tengo una pregunta, el a1c de 8 es muy malo?", True),
    ("me cambian la cita para otro dia?", False),
    ("el a1c es a las 9 en el laboratorio?", False),
    ("a mi mama se le olvido la lantus anoche, se la pone ahorita en la mañana o espera?", True),
    ("mi mama tiene una herida en el pie q no sana, hay q preocuparse?", True),
])
def test_es_55_medical_questions(text, asks):
    assert asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, asks", [  # en_62 / es_58 leftovers, en_63 / es_59
    ("can i get the flu shot with my heart condition", True),
    ("where can i get a flu shot", False),
    ("should mom be going to the bathroom this much, like every 20 min all morning", True),
    ("Does mom need to hold her carvedilol before her blood test?", True),
    ("does mom need to hold her carvedilol bottle", False),
    ("can my mother go back to her walking group at the Y or is it too soon after the hospital", True),
    ("can i go back to the y for my class schedule", False),
    ("se me olvido la insulina anoche, me la pongo ahorita en la mañana o la brinco?", True),
    ("mi mama quiere dejar la insulina porque dice q la hace engordar, eso es cierto?", True),
    ("soy diabetico, puedo tomarme una cervecita de vez en cuando?", True),
    ("puedo tomarme el dia libre", False),
    ("le puedo dar a mi mami te de canela pa el azucar? dicen q ayuda", True),
    ("le puedo dar a mi mama una ayudadita pa la renta", False),
])
def test_en_63_es_59_medical_questions(text, asks):
    assert asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, asks", [  # es_60
    ("le puedo dar a mi mama su metformina si no desayuno?", True),
    ("me sale en 250 hace una semana pero me siento bien, que pastilla me recomiendan", True),
    ("que programa me recomiendan para pagar la insulina", False),
    ("Mi mamá anda muy cansada estos días, ¿puede ser la diabetes?", True),
    ("puede ser la cita el martes?", False),
])
def test_es_60_medical_questions(text, asks):
    assert asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, asks", [  # en_65 / es_61
    ("I have a bad cold, can I take Nyquil or will it mess with my heart", True),
    ("la metformina me da agruras, q hago", True),
    ("la farmacia me da las pastillas gratis, que hago con la receta", False),
    ("mi mama amanece con 75 seguido, le bajamos la insulina?", True),
])
def test_en_65_es_61_medical_questions(text, asks):
    assert asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, asks", [  # en_74 / es_70, and twins
    ("do you think its ok to start walking on the treadmill again", True),
    ("the treadmill at the gym is broken", False),
    ("what does my mother still need to get done before her heart appt", False),
    ("do i still need the blood test", True),
    ("si voy a ayunar en semana santa que hago con la insulina", True),
    ("doctor, el vinagre de manzana sirve para la diabetes? a mi tia le dijeron que si", True),
    ("el vinagre de manzana sirve para limpiar la cocina?", False),
])
def test_en_74_es_70_medical_questions(text, asks):
    assert asks_medical_advice(text) is asks


@pytest.mark.parametrize("text, asks", [  # en_75, and twins
    ("the water pill gives me leg cramps, what should I do about that", True),
    ("metformin is giving me diarrhea what do i do", True),
    ("the app gives me a headache, what should i do to turn off alerts", False),
])
def test_en_75_medical_questions(text, asks):
    assert asks_medical_advice(text) is asks

"""Corrections to the intent classifier where the words leave no doubt.

The classifier learns from examples, and on messages nobody wrote examples for it mixes
up intents that sound alike. Some of those mix-ups do harm, and each can be told apart
by a plain feature of the text, so they are corrected here before the dialogue runs
(`bot/intent_guard_component.py` puts this into Rasa's NLU pipeline):

- a request for medical judgement ("should I worry", "does she need an extra water pill")
  read as a care-plan request or small talk: it gets the care-plan answer or an
  acknowledgement instead of "ask your care team" -> `medical_question`;
  ... and read as a resource request when it names no need ("hormigueo en los dedos desde
  hace semanas, que sera?"): over every blind set such messages were 485 medical questions
  and 7 resource requests;
- a question about when an appointment is ("what day is my cardiology visit?") read as
  "I can't make it": it opens a reschedule request nobody asked for ->
  `ask_next_appointment`, unless the message says the person cannot come or wants a change;
- the reverse: a request to move a visit ("no podré asistir, quisiera reagendar") read as
  a question about when it is: nobody is asked to reschedule -> `cannot_make_appointment`,
  unless the message also asks when;
- a reading sent alone ("me salió 128 en ayunas", "wt 180") read as a question or small
  talk: it is a report of the daily measurement -> `report_task_done`; so is a task's
  name with a tick ("supper pill ✔");
- a ride asked for with the task it is for ("mom needs rides to the lab, who do I call")
  read as a question about the task, or as moving it -> `find_resource`;
- how to use, keep or fast for a task ("como se guarda la insulina", "para el examen tengo
  q ir en ayunas o no") read as a resource request -> `ask_task_instructions`;
- what a medicine costs ("igual sale caro lo de la insulina, que podemos hacer") read as a
  question about the task -> `find_resource`;
- how this line handles emergencies, asked ("do I call 911 or text you first") read as small
  talk or a goodbye -> `ask_capabilities` (what the line does; emergencies: 911);
- low mood told ("I cry a lot lately over nothing") read as small talk or the list ->
  `find_resource` (counselling);
- a person asked for by role ("need to talk to a real person, the texts aren't cutting it")
  read as asking whether this is a bot, or as a resource request -> `request_human`;
- a question about when something is ("when is the call with the heart nurse?", "when
  does the nurse call me") read as a request for a person: it opens an escalation ->
  `ask_next_appointment`;
- a question about a class on the person's plan ("mom says she has a class sunday?? is
  that right") read as a request for classes in the community -> `ask_next_appointment`;
- a request for the list itself ("que tiene mi mami en su lista", "did I forget anything
  this week") read as a resource request, small talk or a report -> `ask_tasks`;
- how to get ready for one task ("what does mom need to do to get ready for the blood
  draw") read as a request for the list -> `ask_task_instructions`;
- a visit, call or class that cannot happen ("can't do tomorrow's call", "cambienle la
  clase") read as a question about it -> `cannot_make_appointment`;
- something to read, watch or attend asked for ("any webinars about caring for someone
  with CHF") read as a medical question or small talk -> `find_resource`;
- a piece of equipment asked for ("do u have scooters", "i need one of those grabber
  things") read as the list, small talk or a goodbye -> `find_resource`;
- a task reported done in Spanish with "ya" ("ya le recogi las tiras a mi mama") read as a
  question about it -> `report_task_done`;
- a question about a task ("where does mom go for her blood test?") read as "I did it":
  it records the task as done -> `ask_task_instructions` (or `ask_next_appointment` for
  "when is ..."), unless the message says something was done.

Crisis words are not handled here: bot/safety.py runs after this and overrides everything.
Written for typed text in English and Spanish: lower case, accents folded, apostrophes dropped.
"""
from __future__ import annotations

import re

from bot import advice, careplan, resources, safety, safety_net
from bot.dialogue import (LOW_MOOD, PLAN_CHANGE_WORDS, counselling_asked_plainly, counselling_is_the_need, reading,
                          talk_asked_under_strain, typed_words)

# The intents a medical-advice request is taken away from. Not: a resource request
# ("help paying for the pills I shouldn't skip"), a person, a reschedule, an emergency,
# a date or zip answer.
_ADVICE_OVERRIDES = frozenset({
    "ask_tasks", "ask_next_appointment", "ask_task_instructions", "report_task_done", "small_talk",
    "greet", "thank", "goodbye", "affirm", "deny", "ask_capabilities", "bot_challenge", "snooze", "nlu_fallback",
    "inform_dob", "inform_zip",  # "is 6.25 enough? my friend takes 25 of the same one" (en_32): a dose, not a date
})

# "When / what day / what time is ...", "confirm the date", "cuando es", "a que hora".
_WHEN = re.compile(
    # (voice typing's "win is", "wen is": "win is my next a point meant", en_44)
    r"\b(?:when|(?:win|wen|whin) (?:is|are|do|does|will)|what (?:day|date|time)|which day|what dia|confirm|remind me (?:when|of)|"
    r"is (?:it|the \w+(?: \w+){0,2}) (?:on |at |tomorrow|tmrw|tmr|tmw|2morrow|today|this|next|in the (?:morning|afternoon))|"
    r"cuando|que (?:dia|fecha|hora)|q (?:dia|fecha)(?! (?:es|era) hoy\b)|a (?:que|q) horas?|confirmar|"
    # "me dicen la fecha otra vez" (es_34)
    r"(?:me|nos) (?:dicen|dice|da|dan|recuerda|recuerdan|repite|repiten|pasan|pasa) (?:otra vez |de nuevo )?(?:la|su) fecha "
    r"(?:de (?:la|mi|su) (?:cita|clase|consulta|llamada)|otra vez|de nuevo)|(?:ya )?(?:tiene|tengo|tenemos|hay) fecha|"
    # "do i have a appointment friday" (en_24)
    r"(?:do|does) (?:i|we|she|he|mom) have (?:a|an|any|my|her) (?:appointment|appt|class|visit|call|lab|blood test) "
    r"(?:on |this |next |today|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    # "tengo cita esta semana?", "necesito saber las proximas citas de maria" (es_20)
    r"(?:tengo|tiene|tenemos|hay) (?:alguna |una )?cita (?:pronto|esta semana|este mes|hoy|manana|pasado manana|el (?:lunes|martes|"
    r"miercoles|jueves|viernes|sabado|domingo))|(?:saber|decirme|mandarme|pasarme) (?:las|la|sus|su|mis|mi) proximas? citas?|"
    # "how many days till mom sees the doctor", "cuantos dias faltan pa la cita"
    r"how (?:many|much) (?:more )?(?:days|weeks|time) (?:till|until|til|before|left)|cuantos dias (?:faltan|quedan)|"
    # "whens the class", "the date of her class", "is that this week or next", "tomorrow or the day after"
    r"whens|the date of|this week or next|(?:today|tomorrow|this week|(?:mon|tues|wednes|thurs|fri|satur|sun)day) or "
    r"(?:the day after|tomorrow|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b"
)
# A message that opens by asking when ("when is ...", "what time is ...", "cuando es ...").
_ASKS_WHEN = re.compile(r"^(?:\w+ )?(?:when|whens|what (?:day|date|time)|which day|cuando|a que horas?|que (?:dia|hora|fecha)|"
                        r"q (?:dia|fecha)(?! (?:es|era) hoy\b))\b")
# ... nor a result, a reading or how they feel beside it: "when is the lab? my sugar is 400", "when was my last blood draw
# and was it normal", "when will the class be, i feel dizzy all the time" (a reviewer of the en_32 change)
_NOT_ONLY_WHEN = re.compile(r"\b(?:\d{2,}|normal|results?|high|low|ok|okay|feel|feels|feeling|dizzy|pain|hurts?|sick|tired|"
                            r"weak|swollen|swelling|breath\w*|faint\w*)\b")
# ... when a visit is, not when to do something: "what day is the salt class" (en_32), not "when should i take ..."
_WHEN_IS = re.compile(r"^(?:\w+ )?(?:(?:when|whens|what (?:day|date|time)|which day) (?:is|was|does|will)\b"
                      # "when am i supposed to get my blood drawn i thought it was soon" (en_37)
                      r"|(?:when|whens) (?:am|is|are) (?:i|she|he|mom|dad|we) (?:supposed|meant|due|scheduled) to (?:get|have)\b"
                      # "q dia es el laboratorio ese de la hemoglobina" (es_34)
                      r"|(?:que|q) (?:dia|fecha) (?:es|era|sera|toca|queda)\b)"
                      r"(?! it (?:ok|okay|safe|alright))(?! (?:best|better|good|ok|okay|safe|the best)\b)")
# Asking for a person: "when can I talk to someone", "when will she call me back".
_WANTS_PERSON = re.compile(
    r"\b(?:talk|speak|call (?:me|us|her|him)|call back|callback|give (?:me|us|her|him) a (?:call|ring)|case ?worker|contact|reach|someone|somebody|anyone|person|human|"
    r"agent|representative|operator|case manager|social worker|hablar|llam(?:e|en|ar)(?:me|nos)?|alguien|persona|agente)\b"
)
# Asking to move or cancel a visit, not when it is: "no podre asistir, quisiera reagendar".
# (Not "was my appointment cancelled?", "la reprogramaron?": asking what happened to it.)
_RESCHEDULE = re.compile(
    r"\b(?:reschedule|rescheduling|re schedule|reagendar|reagende|reagenda|reagendarla|reprogramar|reprograme|"
    r"reprogramarla|postpone|cancel|cancelar|cancele|cancelarla|"
    r"(?:cant|cannot|wont|unable to|not able to) (?:make|come|go|attend|be there)|"
    r"no (?:podre|podra|puedo|voy a poder|va a poder|alcanzo a|podemos) (?:ir|asistir|llegar|venir))\b"
)
# A question: a question mark, or the first word asks one.
_QUESTION = re.compile(
    r"\?|^(?:\w+ )?(?:where|what|when|whens|whats|wheres|which|how|who|do|does|is|are|should|can|could|"
    r"donde|que|cuando|cual|como|quien|tengo que|hay que)\b"
    # ... or asked after a topic: "for moms kidney blood test does she need to fast"
    r"|\b(?:does|do|should|can|will) (?:she|he|i|we|they|mom|dad|my \w+) (?:need|have to|go|take|get|bring|eat|fast)\b"
    # "I'm confused about the heart pill, is it with breakfast AND supper or only breakfast" (en_29)
    r"|(?<!that )(?<!this )(?<!thats )\bis it (?:with|before|after|at|once|twice|every)\b"
)
# Words saying something was done: "took", "did it", "went", "ya me", "hice", "fui".
_DONE = re.compile(
    r"\b(?:took|(?<!be )taken|(?<!be )done|(?:i|she|he|we|they) (?:already )?did|did (?:it|that|them)|finished|completed|weighed|went|got|picked up|called|talked|had|checked|"
    r"check (?:it |that |\w+ )?off|mark|log|logged|record|wrote|written|jotted|cross (?:it )?off|ya|tome|hice|fui|termine|recogi|revise|"
    r"me puse|le puse|hecho|listo)\b"
)


# A class on the person's own plan, asked about: "mom says she has a class sunday?? is that
# right", "mi mama tiene la clase de diabetes este mes? que fecha", "cuando es mi clase".
_OWN_CLASS = re.compile(
    r"\b(?:(?:my|her|his|moms|mom has|she has|i have|do i have|does (?:she|mom) have|"
    r"mi|su|tengo|tiene|me toca|le toca)(?: \w+){0,2} (?:class|classes|clase|clases)|"
    r"(?:when|whens|what day|what date|the date of|cuando|que dia|que fecha|pa cuando|para cuando)(?: (?:is|es|quedo|son|are))? "
    r"(?:the |la |mi |su |my |her |las |los |that |this |\w+s )?(?:\w+ ){0,3}(?:class|clase)|"
    # "the salt class is that this week or next week"
    r"(?:the|that|this|my|her) (?:\w+ ){0,3}class (?:is (?:it|that) )?(?:this|next) week|"
    # the date asked after the class: "la clase esa de comida e insulina de mami q fecha es" (es_34)
    r"(?:la|esa|esta) (?:clase|clasesita|clasecita)(?: \w+){0,7} (?:que|q) (?:dia|fecha) (?:es|era|sera|toca|queda))\b")
# A visit, call, class or test on a plan, for a question about when the classifier could not place.
_VISIT = re.compile(
    r"\b(?:appointment|appt|visit|class|call|calling|phone|lab|labs|blood (?:test|work|draw|drawn)|bloodwork|check ?up|follow ?up|"
    r"a ?point ?(?:meant|mint|ment)s?|apointment|appoinment|appointmint|"
    r"cooking thing|"
    r"doctor|dr|cardiologist|nurse|cita|clase|clasesita|clasecita|citita|llamada|laboratorio|analisis|consulta|enfermera|doctora?|"
    r"examen(?:es)? de (?:sangre|laboratorio))\b")
_CONFIRM_WORDS = r"(?:is that (?:right|true|correct)|es (?:cierto|verdad|correcto))"
_CONFIRM = re.compile(rf"\b{_CONFIRM_WORDS}\b")
# ... as the last words: "I have an appointment Friday, is that right?" (not "... is that right? we're snowed in")
_CONFIRM_AT_THE_END = re.compile(rf"\b{_CONFIRM_WORDS}\W*$")

# Saying a visit, call or class cannot happen, or asking to move it, in words the model did
# not place: "can't do tomorrow's call, I'll be at my sister's", "cambienle la clase pa
# despues". (A ride to it as well: the reply offers rides.)
_NOT_HOME_FOR_IT = (r"(?:not going to|not gonna|wont|will not) be (?:home|around|available|in town) (?:\w+ ){0,3}for (?:the|my|her|his) "
                    r"(?:\w+ ){0,2}(?:call|visit|appointment|appt|class|test|lab)")
_CANT_ATTEND = re.compile(
    r"\b(?:(?:cant|cannot|can not|wont be able to|unable to|not able to|no (?:puedo|podre|voy a poder|va a poder|puede|podra)) "
    r"(?:go|make|do|come|attend|get to|keep|ir|llegar|asistir|hacer)(?: \w+){0,3} "
    r"(?:class|call|appointment|appt|visit|follow ?up|checkup|blood test|lab|labs|blood ?work|clase|cita|llamada|consulta|laboratorio|examen)|"
    # a day refused and another asked: "mom cant do sunday, anything during the week?" (en_71)
    r"(?:cant|cannot|can not|wont be able to|unable to|not able to) (?:do|make) (?:it )?(?:on )?(?:sunday|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|that day|the \d+\w*)\b(?= *$| (?:anything|any|is|are|do|does|can|could|how|what|or|so|but|please|pls|we|"
    r"she|he|i|at|this|next|sorry)\b)(?=(?: \w+){0,10}? (?:anything|another|other|different|else|during the week|instead|later|earlier|weekday)\b)|"
    # "tengo q faltar a la cita, q hago pa q me den otra" (es_41)
    # (not denied or supposed: "no tengo q faltar a la cita verdad?", "si tengo que faltar a la clase me la reponen", reviewers)
    r"(?<!no )(?<!si )(?:tengo|tendre|voy a tener|vamos a tener|tiene|tenemos) (?:que|q) faltar (?:a |al )?(?:la |mi |su |el )?"
    r"(?:cita|clase|consulta|laboratorio|llamada)(?!.*\b(?:verdad|obligatori\w*|reponen|cuantas veces|si (?:tengo|tiene|estoy|esta)|"
    r"o puedo|puedo ir)\b)|"
    # a visit to be moved, or its day refused, in Spanish: "queremos mover lo del lab de mi mama pa la prox semana", "ese dia no
    # puedo, hay otro horario con el doctor?" (es_48)
    r"(?:queremos|quiero|quisiera|quisieramos|necesito|necesitamos|podemos|puedo|se puede|me pueden|nos pueden) (?:mover|cambiar|"
    r"recorrer) (?:la (?:cita|clase|consulta|llamada)|lo del? (?:\w+ )?(?:lab|laboratorio|examen|doctor|cita|clase)|el (?:lab|laboratorio|"
    r"examen))|"
    r"^(?:ese|este) dia no (?:puedo|podemos|puede)\b|"
    # "mi mama no va a poder ir el lunes con el doctor" (es_34)
    r"no (?:puedo|podre|voy a poder|va a poder|puede|podra|vamos a poder) ir (?:(?:el|este|esta|la) \w+ |manana |hoy |"
    r"pasado manana )?con (?:el|la|su|mi) "
    r"(?:doctor|doctora|medico|medica|dr|dra|cardiologo|endocrinologo)|"
    # "Can't come Tuesday", "im going to miss the class, its my grandsons graduation" (en_21)
    r"(?:cant|cannot|can not|wont be able to) (?:come|make it|be there|go) (?:on )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|tomorrow)|"
    # "not going to make my appointment with dr adeyemi, no ride"; "no alcanza a ir al laboratorio" (en_25, es_21)
    r"(?:not going to|not gonna|wont) make (?:it to )?(?:my|her|the|moms) (?:\w+ )?(?:appointment|appt|class|visit|call|lab|test|draw)|"
    # taken off a visit, or its day not working: "take me off the cooking class, I can't go", "mom's follow up day doesn't
    # work, ... what other days are there" (en_49)
    r"(?:take|cross|scratch) (?:me|her|him|mom|dad) (?:off|out of) (?:of )?(?:the |my |her |his )?(?:\w+ )?(?:class|call|"
    r"appointment|appt|visit|lesson)|"
    r"(?:follow ?up|checkup|appointment|appt|visit|class|lab) (?:day|date|time) (?:doesnt|does not|dont|wont|will not) work|"
    # "that time doesn't work for us, I'm mom's ride"; the whole message: "i wont be there", "not gonna make it" (en_32)
    r"(?:that|this|the) (?:time|day|date|hour) (?:doesnt|does not|dont|wont|will not) work(?: for (?:us|me|her|him|mom))?|"
    # (en_46) "the time for the heart dr doesnt work"; "I will not be at Dr Adeyemi" (the writer, and not "... long", "... until
    # 3": a reviewer's finds)
    r"(?:that|this|the) (?:time|day|date|hour) (?:for|of) (?:the |my |her |his |moms )?(?:\w+ ){0,2}?(?:dr|doctor|appointment|appt|"
    r"class|visit|lab|test|call|cardiologist) (?:doesnt|does not|dont|wont|will not) work"
    r"(?!.*\b(?:ill|i will|well|we will|she will|shell|he will|hell) (?:go|be there|make it)\b)|"
    # (not "i cant be at the lab before 8", "... in person", "... on time", "... alone": a second reviewer's finds)
    r"(?:(?:i|we) (?:will not|wont|not going to|not gonna)|im not (?:going to|gonna)) be at (?:my |the |moms )?"
    r"(?:dr|doctor|appointment|appt|class|visit|lab|blood test|cardiologist|heart doctor)\b"
    r"(?! (?:long|until|till|by|for long|on time|alone|in person|before|after|early|late|without)\b)|"
    # (en_42) the visit left unnamed, at the message's start: "cant come next week my grandson is getting married" (not
    # "... so i need a ride"); the day swapped: "i volunteer at the food pantry that day can i switch"
    r"^(?:(?:i|we|mom|she|he) )?(?:cant|cannot|can not|wont be able to) (?:come|make it|be there) (?:in |on )?"
    r"(?:next week|that week|that day|this week|next (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"(?!.*\b(?:ride|rides|so (?:i|we) need|need (?:a|help)|van|bus|alive|around|die|dying|dead|confused|weak|sick|pain|hurts?|"
    r"hospital|er|fell|bleeding|locked|broke|voices|gone|here anymore|grave|internad\w*|muy mal|hospitalizad\w*|muri\w*)\b)|"
    r"\bthat (?:day|week) can (?:i|we) (?:switch|swap)(?: days| to another day)? ?\??$|"
    # "got jury duty that week, what do i do about my heart appt" (en_35)
    r"jury duty (?:\w+ ){0,10}(?:appointment|appt|class|visit|call|test|lab)|"
    # (not "hes not gonna make it", "im not gonna make it": said of a life, a reviewer's find)
    r"^(?:(?:i|we) )?(?:wont|will not|cant|cannot) (?:be there|make it)(?: (?:today|tomorrow|this week|sorry|either))*$|"
    r"^not (?:going to|gonna) make it(?: (?:today|tomorrow|this week|sorry))*$|"
    r"no (?:alcanza|alcanzo|alcanzamos) a ir (?:a (?:la|su|mi) |al )(?:cita|laboratorio|clase|consulta|lab|doctor|analisis|examen)|"
    r"(?:pasar|mover|cambiar) (?:\w+ ){0,4}(?:cita|laboratorio|examen|analisis|clase|consulta|lab|dr|doctor|doctora)"
    r"(?: \w+){0,3} (?:pa|para) la (?:siguiente|otra|proxima) semana|"
    r"(?:going to|gonna|will|have to|gotta) miss (?:my |the |her |moms |mom s )?(?:\w+ )?"
    r"(?:class|call|appointment|appt|visit|follow ?up|checkup|blood test|lab)|"
    # a visit by its own name, and the ways of saying it cannot happen (en_36, es_32): "so I'll miss the cardiology",
    # "not going to be able to get the blood test done this week", "cant go till after christmas", "can we push the
    # nurse phone call to monday", "can it be moved", "me pueden pasar la de patel pa la otra semana", "no voy a poder ir al a1c"
    r"(?<!not )(?<!never )(?:ill|im going to|im gonna|going to|gonna|have to|gotta) miss (?:my |the |her |moms )?(?:\w+ )?"
    r"(?:cardiology|cardiologist|heart doctor|a1c|endocrinology|endo|nurse call|phone call|labs|blood work|bloodwork)|"
    r"not (?:going to|gonna) be able to (?:go to|make it to|get to|come to|attend|make|get) (?:the |my |her |moms )?(?:\w+ )?"
    r"(?:blood test|blood work|bloodwork|lab|labs|class|call|appointment|appt|visit|test|follow ?up)(?! copay)|"
    r"(?:i|we) (?:cant|cannot|can not) (?:go|make it) (?:till|til|until) after (?:christmas|new years|the holidays|thanksgiving|"
    r"next week|next month)|"
    r"(?:can|could) (?:we|you|i|they|u) (?:push|move|switch|change|reschedule) (?:the|my|her|moms) (?:\w+ ){0,3}"
    r"(?:call|visit|appointment|appt|test|class|lab|follow ?up) (?:to|till|until|back)|"
    r"(?:appointment|appt|visit|call|class|lab|test|cardiology|follow ?up)(?: \w+){0,8} can (?:it|that|this) be "
    r"(?:moved|rescheduled|pushed(?: back)?)|"
    r"can (?:the|my|her|moms) (?:\w+ )?(?:appointment|appt|visit|call|class|lab|test|blood test|follow ?up) be "
    r"(?:moved|rescheduled|pushed(?: back)?)|"
    r"(?:pasar|mover) (?:la|el) (?:de|del) (?:\w+ )?(?:pa|para) (?:la|el) (?:otra|otro|siguiente|proxima|proximo) (?:semana|dia|mes)|"
    r"(?:no|tampoco|ni) (?:voy|va) a poder ir (?:al|a la|a su|a mi) (?:\w+ )?(?:a1c|lab\w*|cita|clase|examen|analisis|consulta)|"
    r"reschedul\w*|reagend\w*|reprogram\w*|postpone|cambienle|cambi[ea]nmela|cambiarmela|otra fecha|nueva fecha|cambiar (?:la )?fecha|"
    # "I won't be home tomorrow for the phone call"; "no llego a lo del doctor", "no me va a dar tiempo pa la clase" (en_22, es_18)
    r"(?:wont|will not|not going to|not gonna) be (?:home|here|around|available|in town) (?:\w+ ){0,2}(?:for|during) "
    r"(?:the|my|her|his|moms) (?:\w+ )?(?:call|visit|appointment|appt|class|lab)|"
    r"no (?:llego|voy a llegar|alcanzo a llegar) a (?:la|lo|mi|su) (?:\w+ ){0,2}(?:cita|clase|consulta|llamada|doctor|doctora|laboratorio)|"
    r"no (?:me|le|nos) (?:va a dar|da|dio) tiempo (?:de |pa |para )?(?:ir a |llegar a )?(?:la|lo|mi|su) (?:\w+ )?(?:cita|clase|consulta|llamada|doctor)|"
    r"(?:cambi\w*|pas\w*|mover) (?:\w+ ){0,3}(?:la|mi|su) (?:cita|clase|consulta|llamada)|"
    # "me la pasan pa otro dia", "me la cambian", "se me paso la fecha del a1c, no fui, me dan otra?" (es_28)
    # (a visit named first: not "me lo pueden cambiar, la pastilla me da mareo", "se me acabaron las tiras, me dan otra?")
    r"(?:me|le|nos) (?:la|lo) (?:pasan|pasas|cambian|cambias|mueven|mueves|pueden (?:pasar|cambiar|mover)|puede (?:pasar|cambiar|mover)) "
    r"(?:pa|para) (?:otro dia|otra fecha|otra semana|la otra semana|despues)|"
    r"(?:cita|clase|consulta|llamada|laboratorio|examen|analisis|a1c)(?: \w+){0,8} (?:me|le|nos) (?:la|lo) (?:cambian|cambias|mueven|pasan)$|"
    r"(?<!ya )(?<!creo que )(?<!creo q )se (?:me|le|nos) (?:paso|olvido) la (?:fecha|cita|clase|llamada)|"
    r"(?:fecha|cita|clase|consulta|laboratorio|examen|analisis|a1c)(?: \w+){0,8} (?:me|le|nos) (?:dan|da|pueden dar) otra(?: fecha| cita)?(?= ?\??$)|"
    r"(?:move|change|switch|push back) (?:my|her|the|mom s|moms) (?:\w+ )?(?:class|call|appointment|appt|visit)|"
    # another date asked for in words: "can we push it to next week", "can I go to a later one",
    # "move my phone check in to the afternoon", "can they fit her in the week after" (en_23)
    r"(?:(?:need|want|pick) (?:a |another |a different |a new )|(?:get|have) (?:another|a different|a new) )(?:date|day|time)(?! off)|"
    r"new date|another date|"
    r"different (?:date|day|time)|(?:a|the) later (?:one|time|date|class|session|appointment|appt)|"
    r"(?:do|go to|take|come to) the next one|push (?:it|that|this|the \w+|my \w+|her \w+) (?:back|to|till|until)|"
    r"move (?:my|her|the|mom s|moms) (?:\w+ ){0,2}(?:call|check ?in|appointment|appt|class|visit|test|lab|draw)|"
    r"change (?:the|my|her) (?:date|day|time)|fit (?:me|her|him|us) in|"
    # "need to put off the cooking class", "not going to make it next week", "wont be able to do the phone check-in
    # tomorrow", "me lo pasan pa la otra semana", "me anotan en otra" (en_26, es_22)
    r"put off (?:my|her|the|moms) (?:\w+ )?(?:class|call|appointment|appt|visit|lab|check ?in)|"
    r"(?:not going to|not gonna|wont) make it (?:next week|this week|tomorrow|today|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"(?:wont|will not|not) be able to do (?:the|my|her|his) (?:\w+ )?(?:call|check ?in|class|appointment|appt|visit|lab)|"
    r"(?:me|se|nos) (?:lo|la) (?:pasan|pueden pasar|cambian|mueven) (?:pa|para) (?:la|el) (?:otra|siguiente|proxima)|"
    r"(?:me|la|lo|nos) (?:anotan|apuntan|ponen|cambian) en otra|"
    # "i have a funeral wed so i cant come in", "need to move my doctor", "mom won't make tuesday's class,
    # please put her in the next one", "no way im getting to the heart dr that day" (en_28)
    # (one's own visit: not "my aide cant come in on weekends"; a visit moved, not a doctor changed)
    r"(?:^|(?<=\bi )|(?<=\bwe )|(?<=\bso i )|(?<=\bso we ))(?:cant|cannot|can not|wont be able to) (?:come|make it) in\b|"
    r"(?:move|push back) (?:my|her|his|the|moms|mom s) (?:\w+ )?(?:doctor|dr|doc|cardiologist|specialist)(?! (?:to|from)\b)|"
    r"(?:not going to|not gonna|wont|will not|cant) make (?:it to )?(?:my |her |the |moms |mom s )?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|tomorrows?|next weeks?) (?:\w+ )?(?:appointment|appt|class|visit|call|lab)|"
    r"(?:put|sign) (?:me|her|him|us|mom) (?:in|up for|into) (?:the next one|the next class)|"
    # another slot asked for in words (en_37): "can i do the blood draw on monday instead", "can't do the 10 am, can I
    # get afternoon", "can the doctor see me another time"
    # (a time only between the visit and "instead": not "can i get the class handouts in spanish instead", "... the blood
    # test instead of going to the er"; nor a dose's time: "i cant do the 9 am insulin"; a reviewer's finds)
    r"(?:can|could|may) (?:i|we|she|he|mom|dad) (?:do|have|take|go to|come in for|come for) (?:the|my|her|his|moms) "
    r"(?:\w+ ){0,2}(?:blood draw|blood test|blood work|bloodwork|lab|labs|class|call|check ?in|appointment|appt|visit|follow ?up)"
    r"(?: (?:on|at|in the|next|this) \w+)? instead(?! of)|"
    r"(?:cant|cannot|can not) (?:do|make) (?:the |my |her )?\d{1,2}(?: \d\d)? ?(?:am|pm|oclock)\b"
    r"(?!.*\b(?:pills?|dose|doses|insulin|meds?|medicines?|medications?|shot|tablets?|dosis|pastillas?|insulina|walk\w*|"
    r"weigh\w*|weight|exercis\w*|sugar|azucar)\b)|"
    r"(?:can|could) (?:the |my |her )?(?:doctor|dr \w+|doc|nurse|cardiologist|they) (?:see|call|fit) (?:me|her|him|us|mom) "
    r"(?:\w+ ){0,2}(?:another|a different|some other|a later) (?:time|day|date)|"
    # "I have a conflict with mom's follow up", "the doctor appointment will have to be some other time" (en_29)
    r"(?:a |have a |got a )conflict with (?:my |her |the |moms |mom s )?(?:\w+ )?(?:class|call|appointment|appt|visit|follow ?up|lab)|"
    r"(?:appointment|appt|visit|class|call|follow ?up|lab|doctor|dr)(?: \w+){0,3} (?:will |would |is going to |going to )?"
    r"(?:have to|has to|needs to|need to) be (?:on )?(?:some |a )?(?:other|another|different) (?:time|day|week|date)|"
    r"no way (?:im|i am|shes|she is|hes|he is|were) (?:getting|going|making it) to (?:the|my|her|moms) (?:\w+ )?"
    r"(?:doctor|dr|appointment|appt|class|lab|visit))\b")
# One task's doing asked in more words: "whats the right way to write down my weight", "steps for the blood
# draw thing?", "do i do it every single day", "where does my mom go for the lab work, which building" (en_29).
# Only for what the model could not place, and not beside a condition, a symptom, a ride, money or a person
# ("whats the best way to lower my sugar", "steps for the insulin if my sugar is over 300": a reviewer's finds).
_HOW_TO_DO_ONE = re.compile(
    r"\b(?:(?:right|best|correct|proper) way to|steps (?:for|to)|do (?:i|we|you) do (?:it|that|this) every|"
    r"(?:where (?:do|does) (?:i|she|he|we|mom|my mom|my mother|dad) go for|which building (?:\w+ ){0,3}for) (?:the |my |her |his |moms )?"
    r"(?:\w+ )?(?:lab|labs|lab work|blood (?:test|work|draw)|bloodwork)|(?:lab|labs|lab work|blood (?:test|work|draw)|bloodwork)"
    r"(?: \w+){0,3} which building)\b")
# ... in words the model read as a report or a medical question (en_36): the plan's own class joined, the scale's
# units, the plan quoted; only with nobody unwell told (a reviewer of the en_36 change: "the label says take 2
# pills what does that mean i took 6", "the proper way to take the metformin, my stomach hurts")
_HOW_TO_DO_ONE_ASKED_ELSEWISE = re.compile(
    r"\b(?:how (?:do|does|can) (?:i|she|he|we|mom) (?:sign ?up|register|enroll|get signed up) for (?:the|my|her) "
    r"(?:low )?(?:salt|sodium|low salt|low sodium|cooking|salt cooking|low salt cooking) class|"
    r"(?:lb|lbs|pounds) (?:or|and) (?:kg|kilos?)|(?:kg|kilos?) (?:or|and) (?:lb|lbs|pounds)|"
    r"(?:the )?(?:paper|sheet|instructions?|list|plan) (?:says|said) (?:to )?(?:weigh|check|write|walk|bring)"
    r"(?: \w+){0,10} what does (?:that|it|this) (?:mean|look like)|"
    # "explane the weighing thing again please, the nurse talked so fast" (en_41: a call recorded as done)
    r"(?:explain|explane|explian|walk me through) (?:again )?(?:the |my |her |how (?:to )?(?:do |take )?(?:the |my |her )?)?"
    r"(?:\w+ )?(?:weigh\w*|weight|scale|pills?|water pill|carvedilol|furosemide|blood test|lab|insulin|sugar (?:check|test))\b"
    # (nothing felt told beside it: "explain the water pill again i been peeing nonstop and my legs cramp", a reviewer's find)
    r"(?!.*\b(?:peeing|cramp\w*|dizzy|pain|hurt\w*|swell\w*|sick|weak|rash|bleed\w*|nause\w*|vomit\w*|numb)\b))\b")
_HOW_TO_DO_ONE_OVERRIDES = frozenset({"nlu_fallback", "find_resource", "small_talk"})
_NOT_ONLY_HOW = re.compile(
    r"\b(?:if|when|since|now that|unless|si|cuando|should|more|less|double\w*|lower|raise|over|under|high|low|too|"
    r"move\w*|moved|change\w*|changed|pushed|cant|wont|drive|drives|driving|ride|rides|transport\w*|bus|cab|taxi|uber|"
    r"take (?:me|her|him)|bill|bills|free|pay|paying|afford|cost\w*|copay|cheap\w*|price\w*|money|reach|hold of|talk|nurse|"
    r"someone|somebody)\b")
# "how many mg is the water pill again": the dose on the plan, asked and nothing else (en_29)
_DOSE_ON_THE_PLAN = re.compile(r"^how (?:many|much) (?:mg|milligrams) (?:is|are) (?:my |the |her |his )?(?:\w+ ){0,3}?(?:again)?\??$")
# ... and not when it is, asked too: "what will the nurse ask and what day is she calling" (a reviewer's find)
_WHEN_TOO = re.compile(r"\b(?:what (?:time|day|date)|which day|is it still|still at|when (?:is|does|will|do)|cuando)\b")
# The whole message asks whether one's own visit falls on a day: "is my cooking class on the weekend" (en_37)
_IS_MY_VISIT_ON = re.compile(r"^is (?:my|her|his|moms) (?:\w+ ){0,2}(?:class|call|appointment|appt|visit|check ?in) (?:on|at) "
                             r"(?:the )?(?:weekend|\w+day|morning|afternoon)\??$")
# "is my heart doctor on the 10th? i got a letter that says something different" (en_38): the date checked
_IS_MY_VISIT_ON_A_DATE = re.compile(r"^is (?:my|her|his|moms) (?:\w+ ){0,2}(?:doctor|dr|doc|class|call|appointment|appt|visit|"
                                    r"check ?in|lab|blood test|blood draw) (?:on|at) (?:the )?\d{1,2}(?:st|nd|rd|th)?\??"
                                    # (only a letter or a call said to differ after it: not "... i have to work that day")
                                    r"(?: (?:right|correct|still)\??)?(?: (?:i|we) (?:got|received|have|had) a (?:letter|card|call|text|"
                                    r"paper|notice|reminder)\b(?: \w+){0,6})?\W*$")
# Getting ready for the plan's call: "what do i say when the nurse calls, what will she ask" (en_37)
_WHAT_TO_SAY_ON_THE_CALL = (r"what (?:do|should|will) (?:i|we|she|mom) (?:say|tell (?:her|him|them)|have ready|need to have) "
                            r"(?:when|for|before|on) (?:the )?(?:nurse|call|phone call|check ?in)|"
                            r"what (?:will|does|is) (?:she|he|the nurse|they) (?:going to )?ask")
# How a task on the plan is done, asked: with meals, morning or night, what to do for the test.
_HOW_TO_TAKE_ONE = re.compile(
    r"\b(?:is (?:that|it|this) (?:with|before|after) (?:meals|food|breakfast|supper|dinner)|"
    # "which of moms pills goes with supper" (en_38)
    r"which (?:of )?(?:my |her |his |moms |mom s |the )?(?:pills?|meds|medicines?|tablets?) (?:goes|go|is|are|do i take|does she take) "
    r"(?:with|at|before|after) (?:supper|dinner|breakfast|lunch|food|meals|bedtime|night)"
    r"(?!.*\b(?:doubled?|double|extra|too many|twice|took (?:two|2|both|all))\b)|"
    r"(?:with|before|after) (?:meals|food) or (?:in between|between meals|without|on an empty stomach)|"
    r"(?:how|when) (?:am i|is she|is he|are we|is mom|shes|hes|she is|he is) (?:supposed|meant) to take|"
    r"morning or (?:night|evening|at night)|"
    r"(?:what (?:am i|is she|is he|is mom|shes|hes) (?:meant|supposed) to do|what (?:do|does) (?:i|she|he|mom|we) do) "
    r"for (?:the|my|her|his) (?:\w+ ){0,2}(?:test|blood test|labs?|class|call|check ?in|visit)|"
    # "lo de checarme en ayunas es antes o despues del cafecito?" (es_31), "before or after breakfast"
    r"(?:antes o despues|despues o antes|before or after|after or before) (?:de |del |de la |de las |of )?(?:\w+ )?"
    r"(?:desayuno|desayunar|comida|comidas|comer|cafe|cafecito|cena|cenar|almuerzo|breakfast|meals?|food|eating|supper|dinner|lunch|coffee)|"
    r"(?:con|sin) (?:la )?comida o (?:con|sin)|en la manana o en la noche|"
    # "so the water pill, with water? with food? morning only?", "do i take the carvedilol with food" (en_37)
    r"with (?:water|food|meals|milk)\?? (?:or |with )(?:with )?(?:food|water|meals|milk|without)|"
    # "what do they want me to do about my weight every day, write it where" (en_37)
    r"what (?:do|does) (?:they|the nurse|the doctor|she|he) want (?:me|her|him|us) to do (?:about|with) (?:my|her|his|the) "
    r"(?:weight|weighing|scale|pills?|meds|water pill|heart pill|blood test|labs?|check ?in|call)"
    r"(?!.*\b(?:money|afford|pay|cost|broke|broken|ran out|run out|dizzy|hurts?|pain)\b)|"
    + _WHAT_TO_SAY_ON_THE_CALL + "|"
    r"(?:do|should|can|am i supposed to|is she supposed to) (?:i|she|he|mom|we)? ?take (?:the |my |her |his )?(?:\w+ ){0,3}"
    r"with (?:food|meals|water|breakfast|supper)\??$)\b")
# ... nor a side effect or a reading told beside it: "me tomo la metformina antes o despues de comer, me da diarrea",
# "la insulina antes o despues de la cena, anoche le bajo a 50" (a reviewer of the en_35 change)
_EFFECT_TOLD = re.compile(r"\b(?:(?:me|le|nos|te) (?:da|dio|cae|cayo|hace|hizo) (?:mal|diarrea|ardor|nausea\w*|mareo\w*|sueno|dano)|"
                          r"diarrea|diarrhea|ardor|vomit\w*|throwing up|sleepy|gives (?:me|her|him)|bajo a|subio a|failing|"
                          r"goes (?:to|up|down)|acidez|marea\w*|mareo|bajon|dormid[oa]|no contesta|confus\w*|not making sense|"
                          r"dizzy|\d{2,3})\b")
_CONFUSED_ABOUT = re.compile(r"\bconfused (?:about|by|on|with)\b")  # "I'm confused about the heart pill": the plan, not a sign
_A_TEST = re.compile(r"\b(?:test|labs?|blood work|potas+ium|kidney)\b")
_TIMES_A_DAY = re.compile(r"\b(?:once|twice|two times|2x|2 times) (?:a|per) day\b")  # the plan's words, not "took it twice"
# ... not a judgement asked beside it: "can i skip it", "take two", "stop it"
_JUDGEMENT_ASKED = re.compile(r"\b(?:skip\w*|missed|forgot|double|extra|two of|instead|stop\w*|change|switch|cut|split|"
                              r"half|still take|ok to|okay to|safe to|should i)\b")
_CANT_ATTEND_OVERRIDES = frozenset({"ask_task_instructions", "find_resource", "nlu_fallback", "small_talk", "ask_tasks",
                                    "medical_question",
                                    # "no puedo ir al laboratorio hasta la proxima semana" (es_60: "take care!")
                                    "goodbye"})

# How to get ready for or do one task, asked in words that sound like the list: "for the
# blood test do i have to not eat before", "que tiene que hacer pa el laboratorio".
_HOW_TO_PREPARE = re.compile(
    r"\b(?:get ready|prepare|to do (?:for|before)|need to do for|have to do for|"
    r"(?:do|does) (?:i|she|he|mom) (?:have|need) to (?:not|fast|bring|eat|stop)|not eat|fast before|fasting before|bring to|"
    r"directions|instructions|how does (?:the|my|her) \w+ (?:\w+ ){0,2}work|"
    r"que (?:tengo|tiene) que hacer (?:para|pa)|como me preparo|prepararme|como se prepara|(?:tengo|tiene) (?:que|q) llevar|ayunas antes|instrucciones|"
    # "tengo q ir en ayunas o no", "como se guarda la insulina", "how do I store the insulin" (es_17)
    r"en ayunas o no|fast or not|(?:have|need) to fast|"
    # what to bring or sign, and with food or not (en_32): "do i need a paper order or something for the lab", "do i
    # need to sign up or just show up", "with food or no food"
    r"(?:do|does) (?:i|she|he|mom|we) need (?:a|an|to) (?!(?:\w+ )?(?:ride|rides|lift|driver|way|transport\w*)\b)"
    r"(?:\w+ ){0,4}?(?:for|to) (?:the|my|her) (?:\w+ )?(?:lab|labs|blood test|class|visit|appointment|call)|"
    r"sign up or (?:just )?show up|(?:do|does) (?:i|she|he|we) (?:need|have) to (?:sign up|register)|"
    r"with food or (?:no food|without|not|on an empty stomach)|(?:con|sin) comida o (?:sin|con|no)|como se (?:usa|guarda|pone|aplica|toma|limpia|hace)|"
    r"como se cambia (?:la |el )?(?:aguj\w*|lanceta|tira|pila|bateria|sensor)|"
    # "como debemos guardar la insulina", "tengo q ir sin comer" (es_26)
    r"como (?:debemos|debo|debe|tengo que|tiene que|hay que) (?:guardar|usar|limpiar)|"
    r"(?:tengo|tiene|tenemos) (?:que|q) ir sin comer|"
    # "como guardo la insulina", "donde me pico pa la insulina", "que pasos son pa lo del lantus" (es_19)
    r"como (?:guardo|uso|pongo|limpio|me (?:pongo|pico|inyecto|aplico)|le (?:pongo|pico|inyecto|aplico))|"
    r"donde (?:me|le) (?:pico|inyecto|pongo|aplico)|(?:que|cuales) (?:son )?(?:los )?pasos|"
    # "en que parte de la panza me inyecto", "de q dedo me pico", "la insulina la guardo en el refri o afuera",
    # "steps pa ponerme la insulina", "como se llena el registro" (es_20)
    r"en (?:que|q|cual) parte (?:\w+ ){0,3}(?:me|le) (?:inyecto|pico|pongo|aplico)|(?:de )?(?:que|q|cual) dedo (?:me|le) pico|"
    r"(?:la|lo|las|los) (?:guardo|guarda|guardamos) (?:en el refri|en el refrigerador|afuera|en la nevera)|"
    r"(?:steps|pasos) (?:pa|para) (?:ponerme|ponerle|inyectarme|inyectarle|usar|medirme|medirle)|como se llena|"
    r"how do (?:i|you|we) (?:use|store|keep|clean)|"
    # "do I have to bring something to the cardiology appointment", "q hay q llevar a la clase", "what should mom prep
    # for", "como debo guardar la insulina", "me explicas los pasos" (en_25, es_21)
    r"bring (?:something|anything|with me|with her) to|what (?:should|do) (?:i|she|he|mom|we) (?:bring|prep|take) (?:to|for)|"
    r"(?:que|q) (?:hay|tengo|tiene) (?:que|q) llevar|como (?:debo|debe|tengo que|tiene que) (?:guardar|usar|poner)|"
    r"(?:me|le) explicas? los pasos|"
    # "la pluma de insulina se guarda en el refri o afuera?", "donde apunto los numeros del azucar", "para la clase
    # tengo que registrarme o nomas llego?" (es_22)
    r"se guarda (?:en el refri|en el refrigerador|afuera|en la nevera)|donde (?:apunto|anoto|escribo|apunta|anota)|"
    # "donde se guarda la insulina de mi mama, en el refri o afuera?" (es_37)
    r"donde se (?:guarda|guardan|debe guardar) (?:la|el|las|los|mi|su|sus|mis) (?:\w+ )?(?:insulina|plumas?|tiras|lantus|glucometro)|"
    r"(?:tengo|tiene|hay) (?:que|q) (?:registrar|inscribir)(?:me|se|la|lo)?|nomas llego)\b")

# Asking to be called by a person: "can someone just call me", "is there a lady I can
# call", "quisiera que me llame la señorita". (Not "is there someone I can talk to": that
# is usually counselling, a resource.)
_CALL_ME = re.compile(
    r"\b(?:(?:can|could|will|would) (?:someone|somebody|you|a nurse|the nurse|a person|anyone|a (?:real|live|actual) person|a human|"
    r"a staff member|someone on (?:your|the) staff|staff|a case manager|my case manager)(?: or (?:someone|somebody|anyone))? "
    r"(?:just |please |pls )?(?:(?:call|phone|ring) (?:me|us)|give (?:me|us) a (?:call|ring|phone call))|"
    # "have someone phone me", "get me a person" (en_26)
    r"(?:have|get) (?:someone|somebody|a person|a nurse) (?:to )?(?:phone|call|ring) (?:me|us)|get me (?:a |an )?(?:real |live )?(?:person|human)|"
    # "I want a real person to call me about mom, not these automatic messages" (en_22)
    r"(?:want|need|like) (?:a |an )?(?:real |live |actual )?(?:person|human|someone|somebody) (?:to )?(?:call|phone|ring) (?:me|us)|"
    # a person instead of the texts: "i want a person not this automated thing, no offense" (en_45)
    # (not a helper wanted, nor a joke: "i need a person not a machine to help mom bathe", "... lol jk this works great")
    r"(?!.*\b(?:to help|to give|to do|to clean|to drive|to bathe|pa cuidar|para cuidar|pa ayudar|para ayudar|with (?:her|his|the) "
    r"bills|lol|jk|kidding|works great|front desk|check in|vacuum)\b)"
    r"(?:(?:i|we|id|i d) (?:want|need|wanna|would like|like|really like) (?:a |an |to talk to a |to speak to a |to speak with a )?"
    r"(?:real |live |actual )?(?:person|human|human being) (?:not|instead of|rather than) (?:this|these|a|the) (?:automated|automatic|"
    r"robot|bot|computer|machine)|(?:quiero|necesito) (?:hablar con )?(?:una |alguien )?(?:persona)?(?: de verdad| real)? (?:y )?no "
    r"(?:con )?(?:esta|este|una|un|la) (?:maquina|computadora|robot))|"
    r"is there (?:a|an|someone|somebody|anyone) (?:\w+ )?(?:i|we) (?:can|could) call|"
    r"(?:me|nos) (?:llame|llamen) (?:la|el|alguien|una|un|por)|(?:puede|pueden|podria|podrian) (?:llamarme|llamarnos)|"
    # "get me someone who isnt a robot" (en_62); "pls have my nurse call me when she gets a minute" (en_62); "me puede contestar
    # una persona real?" (es_58)
    r"(?:someone|somebody|a person|anyone) (?:who|that) (?:isnt|is not|aint|s not) a (?:robot|bot|machine|computer)|"
    r"(?:have|get|ask) (?:my|the|her|his|moms|mom s) (?:nurse|case manager|doctor|social worker|caseworker|care manager) "
    r"(?:to )?(?:call|phone|text|ring) (?:me|us)|"
    r"(?:me |nos )?(?:puede|pueden|podria|podrian) (?:contestar|atender|responder)(?:me|nos)? (?:una )?persona (?:real|de verdad)|"
    # "wepa, hay alguien de carne y hueso ahi o es un robot?" (es_64)
    r"(?:alguien|una persona|un humano|someone|somebody|anyone|a person|a human) (?:de|of) (?:carne y hueso|flesh and blood)|"
    r"flesh and blood (?:person|human)|"
    # "hello is there a human there i need help with something" (en_68)
    r"is there (?:a |an )?(?:real |live |actual )?(?:human|human being|person|somebody|someone|anyone|anybody) (?:there|here|on (?:the|this) "
    r"other end|reading (?:this|these|my texts))\b|"
    # "me pueden llamar de parte del equipo de mi mama?" (es_48)
    r"(?:me|nos) (?:puede|pueden|podria|podrian) (?:llamar|marcar)\b(?! (?:la atencion|loco|loca))|"
    # "pidanle a la encargada que me marque", "que me hable la señorita que me atendio"
    r"(?:que|q) (?:me|nos) (?:marque|marquen|llame|llamen|contacte|contacten|hablen?(?! (?:de|en)\b))|"
    # ... with who first: "necesito que alguien del equipo me llame, tengo varias dudas" (es_56)
    r"(?:que|q) (?:alguien|la senorita|la señorita|la enfermera|el enfermero|mi (?:\w+ )?manejadora?|la trabajadora social)"
    r"(?: \w+){0,3} (?:me|nos) (?:marque|marquen|llame|llamen|contacte|contacten)\b|"
    # "I'd like a phone call from my case manager when she has a minute" (en_25)
    r"(?:like|want|need|get|have|request|ask for) (?:a |an )?(?:phone )?call (?:back )?from (?:my|the|a|her|his) "
    r"(?:case manager|nurse|care manager|social worker|caseworker)|"
    # "Can I get a phone call from someone on mom's care team? Texting isn't working for us" (en_42)
    r"(?:like|want|need|get|have|request|ask for) (?:a |an )?(?:phone )?call (?:back )?from (?:someone|somebody|anyone) (?:on|from|in) "
    r"(?:my |her |his |the |moms |mom s |dads )?(?:care team|team|office|case management)|"
    # "can a social worker call me I'm helping my elderly uncle" (en_38)
    r"(?:can|could|will|would) (?:a|the|my|her|his) (?:social worker|case ?worker|care manager) (?:please )?(?:call|phone) (?:me|us)|"
    # a number to call them back on, as the whole message: "call me 773 555 0142 pls" (en_43: the digits read as a birth date;
    # the typed text has no brackets, dots or dashes left: "(773) 555-0142" reads "773 555 0142")
    r"^(?:please |pls )?(?:call|phone) (?:me|us) (?:back )?(?:at |on )?\d{3} ?\d{3} ?\d{4}(?: (?:pls|please|thanks|thank you|"
    r"asap|today|tomorrow|when you can))*$)\b")
_CALL_ME_OVERRIDES = frozenset({"nlu_fallback", "medical_question", "ask_task_instructions", "small_talk", "find_resource",
                                "bot_challenge", "inform_dob", "ask_capabilities", "ask_next_appointment"})
# A call back asked: "I dont understand this texting, have a lady call me", "call me back pls 773 555 0142" (en_56: a class,
# the date-of-birth question)
_PHONE_ME = (r"\b(?:have|get|can|could) (?:a|an|some|one of the) (?:lady|woman|man|guy|person|nurse) (?:to )?(?:call|phone|ring) "
             r"(?:me|us)\b|"
             r"^(?:(?:can|could) (?:you|u|someone|somebody) |(?:please|pls|plz) )?call me back\b(?! (?:when|if|after|once)\b)")
_PHONE_ME_ASKED = re.compile(_PHONE_ME)
# A person asked for by name of role ("need to talk to a real person about my mother's care, the
# texts aren't cutting it") read as asking whether this is a bot. Not "someone to talk to":
# that is usually counselling.
_TALK_TO_A_PERSON = re.compile(
    _PHONE_ME + "|"
    # "this isnt working for me. i just want to hear a human voice" (en_62: the model's check-in)
    r"\b(?:hear|talk to) a (?:real |live )?human(?: voice| being)?\b|"
    # "can i get a phone call instead of texting my eyes are bad and the letters are too small" (en_55: the model's check-in)
    r"\b(?:get|have|give me|prefer) a (?:phone )?call instead of (?:texting|texts|text messages|text|this)\b|\bcall me instead\b|"
    r"\b(?:talk|speak|hablar|platicar) (?:to|with|con) (?:somebody|someone|alguien) (?:real|de verdad|en persona)\b|"
    r"\b(?:talk|speak|hablar|platicar) (?:to|with|con) (?:a |an |una? |my |mi |the |la |el |her |his |their |moms |your )?"
    r"(?:real |actual |live |human )?(?:person|human|persona|humano|case ?(?:manager|worker)|nurse|enfermera|manejadora? de casos?|"
    # "can i talk to a social worker there" (en_26)
    r"social worker(?= there| at the hospital| on staff| from the hospital| who)|social worker$)\b|"
    # someone by name who helped before: "can I talk with Maria, she helped me before when I was in the hospital" (en_35)
    r"\b(?:talk|speak) (?:to|with) [a-z]+ (?:again )?(?:she|he|who) (?:helped|was so helpful|took care of|called)\b|"
    # "necesito platicar con alguien del equipo que atiende a mi mama" (es_32: "equipo", the care team, read as equipment)
    r"\b(?:hablar|platicar|comunicarme|comunicarnos) con (?:alguien|una persona) del equipo\b|"
    # "need to talk to someone about my moms care asap" (en_35)
    r"\b(?:talk|speak) (?:to|with) (?:someone|somebody) about (?:my|her|his|moms|mom s|dads|my moms|my dads) (?:\w+ )?care\b|"
    r"\bcon quien (?:puedo|podria|debo) hablar\b|"
    # "con quien hablo para preguntar del caso de mi papa", "Hablo con una persona o es automatico esto? quiero un humano" (es_38)
    r"\bcon quien hablo (?:para|sobre|acerca|del|de la)\b(?!.*\b(?:transporte|raite|renta|silla|abogad\w*|comida|despensa|dinero|"
    r"medicinas|vivienda|casa|luz|biles|cuentas|andadera|ayuda con|ayuda para|inmigracion|seguro|aseguranza)\b)|"
    r"\b(?:quiero|necesito|ocupo) (?:hablar con )?(?:un humano|una persona (?:real|de verdad))\b|"
    r"\b(?:quiero|necesito|ocupo) (?:un|una) (?:humano|persona)(?= ?$|,? no (?:un |una |con )?(?:robot|maquina|bot|computadora))|"
    # "me pueden comunicar con una persona?" (es_28)
    r"\bcomunicar(?:me|nos|la|lo)? con (?:una persona|alguien|un humano|una? agente|una? representante)\b|\bwho (?:can|do|should) (?:i|we) (?:talk|speak) (?:to|with)\b"
    # (not "who do i talk to about a payment plan": a need named after it is the need, en_25)
    r"(?! about (?:a |an |the |my |her |getting |setting up )?(?:payment plan|bill|bills|rent|ride|rides|walker|food|housing|lawyer|will))|"
    # a person asked for after the word: "i need a human to talk to about my mom, not a bot" (en_29)
    r"\b(?:need|want|get me) (?:a |an )?(?:real |actual |live )?(?:human|human being|real person|live person) "
    r"(?:to (?:talk|speak) (?:to|with)|not a bot)\b|"
    # "I need to speak with somebody on staff", "I need a live person", "have a person get back to me" (en_23)
    r"\b(?:talk|speak) (?:to|with) (?:somebody|someone|a person|anyone) (?:on staff|at the hospital|from the hospital|in charge)\b|"
    r"\b(?:need|want|get|have) (?:a |an )?(?:live|real|actual) (?:person|human)\b|"
    # "can a person phone me", "is there someone I can speak with", "speak w someone in case management" (en_24)
    r"\b(?:a|an|some|real|actual|live) (?:real |actual |live )?(?:person|human) (?:to )?(?:phone|call|ring) (?:me|us|her|him)\b|"
    # a call instead of texts: "mom needs someone to call her, she's confused by all the texts" (en_34; not "... she
    # hasnt eaten in 4 days", a reviewer's find)
    r"\b(?:needs?|wants?|would like|could use) (?:someone|somebody|a person) to (?:phone|call|ring) (?:me|us|her|him|mom|dad)"
    r"(?= (?:\w+ ){0,5}(?:texts?|texting|messages|typing|type|reading|read|the phone|this phone|computer|bot|app)\b"
    r"(?: \w+){0,2} ?$)(?!.*\b(?:gibberish|nonsense|not answering|isnt answering|hasnt answered|wont answer|not reading|"
    r"stopped|hasnt|not responding)\b)|"
    r"\bis there (?:someone|somebody|a person) (?:i|we) (?:can|could) speak (?:with|to)\b(?! about)|"
    # "this is too confusing i need a human" (en_41; not "a human to help with the groceries")
    r"\b(?:i|we) (?:need|want) (?:a|an) (?:real |actual |live )?(?:human being|human(?! being))\b(?!,? (?:to|who|for) (?!talk|speak))|"
    # "i need to talk to somebody about my discharge papers" (en_41)
    r"\b(?:talk|speak) (?:to|with) (?:someone|somebody|a person) about (?:my|her|his|moms|dads) discharge\b|"
    # "I got this number from a flyer, is there a person I can talk to about my situation" (en_26)
    r"\bis there (?:a (?:real |live )?person|a human) (?:i|we) (?:can|could) (?:talk|speak) (?:with|to)\b|"
    r"\b(?:speak|talk) (?:w|with|to) (?:someone|somebody|a person|anyone) (?:in|from|at) (?:case management|"
    r"the (?:clinic|office|care team)|your (?:office|team))\b|"
    r"\b(?:have|get) (?:a |an )?(?:person|human|someone|somebody|case manager|nurse) (?:to )?(?:get back|call|reach out|contact)\b|"
    # "i dont want the robot i want whoever handles discharges" (en_26)
    r"\b(?:want|need) (?:whoever|the person who|someone who|somebody who) (?:handles|is in charge of|does|takes care of)\b|"
    # "i need to see someone in person", "someone I can meet with in person", "need a human not a bot", "how do I
    # reach a person at St Mary's", "can someone from case management call me", "a real conversation not texts" (en_27)
    r"\b(?:see|meet (?:with )?|talk to|speak (?:to|with)) (?:someone|somebody|a person|a case manager|you|them) in person\b|"
    r"\b(?:someone|somebody|a person) (?:i|we) (?:can|could) meet (?:with )?in person\b|"
    r"\b(?:need|want) (?:a|an) (?:real |actual |live )?(?:human|person),? not (?:a |an )?(?:bot|robot|machine|computer|texts?)\b|"
    # "i need to talk to somebody not a computer", "connect me to staff please" (en_38)
    r"\b(?:talk|speak) (?:to|with) (?:somebody|someone|a person|anyone|a human),? not (?:a |an |the |this )?"
    r"(?:bot|robot|machine|computer|texts?|app|recording)\b|"
    r"\b(?:connect|transfer|put) me (?:through )?(?:to|with) (?:the |a |your )?(?:staff|staff member|someone on staff|care team|"
    r"person|human|nurse|case ?manager|social worker)\b|"
    r"\b(?:reach|get (?:a hold of|ahold of|through to)) (?:a|an|one) (?:real |actual |live )?(?:person|human)\b|"
    r"\b(?:someone|somebody|anyone) (?:from|in|at) (?:case management|the care team|your office|the hospital) "
    r"(?:to |can |could |please )?(?:call|contact|reach|phone|text) (?:me|us)\b|"
    r"\b(?:monitored|read|answered) by (?:actual|real|live) (?:people|persons|humans)\b|"
    r"\ba real conversation\b|"
    # the case manager named, how to reach them asked: "who is Dorothy Williams case manager and how do I get hold of
    # them"; someone met in hospital: "i want to talk to the nice lady who came to my room before i went home" (en_31)
    r"\bhow (?:do|can|would|should) (?:i|we) (?:get hold of|get ahold of|reach|contact|get in touch with|call) "
    r"(?:my|her|his|the|moms|dads) case ?manager\b|"
    r"\bcase ?manager\b(?: \w+){0,3} how (?:do|can|would|should) (?:i|we) (?:get hold of|get ahold of|reach|contact|"
    r"get in touch with|call) (?:them|her|him)\b|"
    r"\b(?:talk|speak) (?:to|with) (?:the|that) (?:\w+ )?(?:lady|woman|man|girl|person|nurse|social worker) (?:who|that) "
    r"(?:came|visited|saw|helped|talked|spoke|gave)\b|"
    # "me pasa con una persona?" (es_27)
    r"\b(?:me |nos )?(?:pasa|pase|pasas|comunica|comunique|comunicas|conecta|conecte|conectas) con (?:una persona|alguien|un humano|"
    r"una persona real|la manejadora|el manejador|mi manejadora?|la enfermera)\b")
# (not with low mood in the message: "who can i talk to about feeling sad" is counselling)
# A visit of their own plan named ("the class", "her follow up"), not one asked for ("is there a class"), with words of when
_THE_PLANS_VISIT = re.compile(r"\b(?:the|my|her|his|moms|mom s|dads) (?:\w+ ){0,2}(?:class|cooking thing|appointment|appt|visit|"
                              r"follow ?up|lab|blood test|nurse call)\b")
_ANY_OFFERED = re.compile(r"\b(?:is there|are there|any|do you have|do they have|offer|hay|tienen)\b")
_PLAIN_WHEN = re.compile(r"\b(?:when|whens|what (?:day|date|time)|which day)\b")
# ... and not a call back asked ("have the nurse call me back when she has a minute") or the way in ("how do i join")
_A_CALL_OR_A_WAY_IN = re.compile(r"\b(?:call (?:me|us|her|him)|give (?:me|us) a call|reach (?:me|us)|get in|get into|join|sign in|"
                                 r"log in|connect|lol|haha|jk|kill)\b")
# All of today done, or something left, asked: "ya hice todo lo de hoy o me falta algo", "did i do everything today or is
# there something left" (es_38)
_DONE_OR_IS_THERE_MORE = re.compile(
    # "tengo algo pendiente hoy o ya termine con todo" (es_62 after the retrain)
    r"\b(?:tengo|tiene) algo pendiente(?: hoy| para hoy| pa hoy)? o ya (?:termine|termino|acabe|acabo)(?: con todo| todo)? ?\??$|"
    r"\b(?:todo lo de hoy|todo de hoy|todo hoy|everything (?:for )?today|all of today) (?:\w+ ){0,2}(?:o|or) "
    r"(?:(?:me|le|nos) (?:falta|faltan|queda) (?:algo|alguna cosa|algo mas)|"
    r"(?:is there|do i have|does she have|does he have|am i missing|is she missing) (?:anything|something)(?: else| more| left)?)"
    r"(?: \w+){0,2} ?\??$"
    # "mami dice q ya hizo todo pero quiero checar q le falta" (es_42): said done, and the list asked to check it
    r"|\b(?:ya hizo|ya hice|ya hicimos|did) (?:todo|everything)\b(?: \w+){0,3} (?:pero|but) (?:quiero|quisiera|i want to|i wanna|let me) "
    r"(?:checar|revisar|ver|saber|check|see) (?:que|q|lo que|what) (?:le|me|nos|she|he|i|is) (?:falta|faltan|queda|has left|have left|left)"
    r" ?\??$")
# Two visits at one time: "the dentist at the same time as my heart doctor" (en_41)
# (visits only: not "my new antibiotic conflicts with my warfarin", "dizzy at the same time as i take my water pill")
_CLASH = re.compile(r"\b(?:(?:at )?the same (?:time|day(?: and time)?) as|conflicts? with|overlaps? with)(?: (?:my|the|her|his|moms))? "
                    r"(?:\w+ )?(?:doctor|dr|appointment|appt|visit|class|call|dentist|lab|test|surgery|dialysis|therapy|checkup)\b|"
                    r"\bdouble booked\b")
# A need the plan does not cover, asked as what to do: not the list of tasks (en_41)
_WHAT_TO_DO_FOR_A_NEED = re.compile(r"\bwhat to do (?:for|about) (?:my |our |her |his )?(?:meals|food|dinner|supper|lunch|groceries|"
                                    r"rent|rides?|money|bills|heat|electric)\b")
# A date of birth as people write one ("11/20/1948", "nov 20 1948"); a phone number is not one
_A_DATE_WRITTEN = re.compile(r"\b\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}\b|\b(?:19|20)\d\d\b")
_TALK_OVERRIDES = frozenset({"bot_challenge", "nlu_fallback", "small_talk", "find_resource", "medical_question",
                             "ask_capabilities"})
# Staff, or a plan gone over with a person: "can I talk to someone on the staff?", "I'd like to discuss Mom's
# discharge plan with a person, are you able to arrange that?" (en_36: a zip asked, the list sent)
_STAFF_OR_A_PERSON_TO_DISCUSS = re.compile(
    r"\b(?:talk|speak) (?:to|with) (?:someone|somebody|anyone|a member) (?:on|of|from) (?:the|your) (?:staff|team|care team)\b|"
    # "can I speak with the care team directly?", "need to talk to staff about my mom asap", "talk with somebody about my
    # situation" (en_37); with no need named (checked by the caller) and not refused ("i dont want to talk to staff")
    r"(?<!dont want to )(?<!do not want to )(?<!dont need to )(?<!no need to )\b(?:talk|speak) (?:to|with) "
    r"(?:the |your |my |her |his |moms |mom s )?(?:care team|staff|medical team|heart team)\b|"
    r"(?<!dont want to )\b(?:talk|speak) (?:to|with) (?:someone|somebody) about (?:my|her|his|moms|our) situation\b|"
    r"\b(?:discuss|go over|talk about|talk through) (?:\w+ ){0,5}with (?:someone|somebody|(?:a|an|the|my|her) "
    r"(?:real |actual |live )?(?:person|human|nurse|case manager|case worker|social worker))\b")

# When a call on the plan happens ("when does the nurse call me", "the nurse is calling
# tomorrow right? what time", "did they set a time for my phone call with the nurse"),
# read as asking for a person. Over every blind set, 31 of 32 such messages asked when the
# call is (the other, when and how to get ready). Not a call asked for or back.
_PLANNED_CALL = re.compile(
    r"\b(?:nurse|nurses|enfermera)(?: \w+){0,3} (?:call|calls|calling|phone|phones|phoning|check ?in|llama|llamara|llamada)\b|"
    r"\b(?:phone|check ?in|nurse) call\b|\bllamada (?:\w+ ){0,3}enfermera\b")
# Something on the calendar asked about: "do i have something tomorrow", "is there a nurse call scheduled soon" (en_36)
_ANYTHING_SCHEDULED = re.compile(
    r"\b(?:(?:do|does) (?:i|we|she|he|mom) have (?:something|anything) (?:tomorrow|today|this week|next week|coming up|scheduled)|"
    r"(?:is|are) there (?:a|an|any) (?:\w+ ){0,2}(?:call|calls|visit|visits|appointment|appointments|appt|lab|test) "
    r"(?:scheduled|coming up|set up|planned|booked|soon|tomorrow|this week))\b")
_SET_A_TIME = re.compile(r"\bset a time\b")  # "what time", "que hora": already in _WHEN
_NOT_A_PLANNED_CALL = re.compile(r"\b(?:talk|speak|hablar|call (?:me |us |her |him )?back|callback)\b")

# Something on the list missed: "anything overdue" (not "something overdue on the electric bill"), "behind on
# something", "did I forget anything" (en_24, en_26; the list pattern and `asks_for_the_list`)
_MISSED_ON_THE_LIST_WORDS = (
    # (overdue for the patient: "is there anything overdue for mom", en_69)
    r"(?:anything|any thing|something) (?:\w+ )?over ?due(?! (?:on|with|for|from) (?!(?:mom|her|him|dad|dorothy|my mom|my mother|my dad)\b))|"
    r"(?:im|i am|am i|is (?:she|he|mom|my mom|my mother|dad)|shes|she is) behind on (?:anything|something)|"
    # "is there anything mom is behind on? she says shes done everything but i doubt it" (en_72)
    r"(?:anything|something) (?:i am|im|she is|shes|he is|hes|mom is|dad is|my mom is|my mother is) behind on|"
    # "is mom late on anything? the lab maybe?" (en_38); not "im late on something, my electric bill"
    r"(?:am i|is (?:she|he|mom|my mom|my mother|dad)) late on (?:anything|something)(?! (?:\w+ ){0,3}(?:bills?|rent|payments?|"
    r"electric|gas|phone|loan|card|mortgage))|"
    r"(?:did|have) (?:i|she|mom) (?:forget|forgotten|miss|missed) (?:anything|something)|"
    # "Am I forgetting something today? I feel like I'm forgetting something" (en_42)
    # (alone, or with the feeling said again: not "... she woke up and doesnt know where she is", a reviewer's find)
    r"^(?:am i|is (?:she|he|mom|my mom|my mother|dad)) (?:forgetting|missing) (?:anything|something) (?:today|this week|this morning)"
    r"(?= ?\??$| ?\?? (?:i|she|he) feels? like (?:im|i am|shes|she is|hes|he is) (?:forgetting|missing) (?:anything|something) ?\??$)|"
    # "Was there more than the pills and the scale? I feel like I'm missing something" (en_33)
    r"(?:was|is) there (?:more|anything (?:else|more)) (?:than|besides|other than) (?:the|my|her) (?:pills|meds|medicine|scale|weigh\w*)|"
    # the list asked at the end after a muddled morning: "I woke up late and my head is all over the place, what are
    # my to-dos" (en_34; only with such words: "i already wrote the letters to my kids. what are my to dos", a reviewer's find)
    r"(?:woke up late|running late|overslept|slept in|forgetful|scatter\w*|all over the place|brain fog|foggy|"
    r"lost (?:my|the) (?:paper|list|sheet))(?: \w+){0,6} what(?: are|s| is) (?:my|her|his|moms) "
    r"(?:to dos|tasks|chores|list|to do list)(?: (?:today|for today|this week))?(?= ?$)|"
    # "show me everything i got this week pills appointments all of it" (en_31)
    r"(?:show|send|give|tell) me (?:everything|all) (?:i|she|he|mom|we) (?:got|have|has)(?: (?:to do|going on))? "
    r"(?:this week|today|tomorrow|coming up|this month|for the week|next week)|"
    # "theres a list of things im meant to do can you send it again" (en_36)
    r"(?:a|the) list of (?:things|stuff|what) (?:im|i am|i was|shes|she is|hes|he is|mom is|moms|we are|were) (?:meant|supposed) to do")
# "todo lo que mi mama tiene que hacer": the whole list, in Spanish (both list patterns below)
_EVERYTHING_TO_DO_ES = r"todo lo (?:que|q) (?:\w+ ){0,2}(?:tengo|tiene) (?:que|q) hacer"
# Asking for the list itself, in words the model has not learned to place ("what do I have
# to do", "her list", "que sigue", "did I forget anything"), with no task named.
# Nobody unwell told after a Spanish ask for the list: not "pa manana que hay, mi mama se siente muy mal" (a reviewer's find)
_NOBODY_UNWELL_AFTER_ES = r"(?!.*\b(?:mal|dolor|duele|cansad\w*|mare\w*|pecho|respira\w*|sangr\w*|cayo)\b)"
_ASKS_FOR_LIST = re.compile(
    r"\b(?:(?:what|que|q) (?:do |else do |else |mas |otra cosa |otras cosas |cosas )?(?:i|she|he|mom|mi mama|mami|yo|ella)? ?"
    r"(?:have|has|need|needs|got|tengo|tiene|"
    # ("ola q tengo q aser oy", "que tengo que estar haciendo": es_65)
    r"necesito|necesita) (?:to|que|q) (?:do|hacer|aser|acer|estar haciendo|cumplir|completar)(?! (?:si|if|cuando|when|para que|pa que|por que|to get|to be|to apply|"
    r"to qualify)\b)|"
    r"(?:my|her|his|moms|mi|su|mom s) (?:\w+ )?(?:list|lista|to do list|to dos|to do|todo list|daily things|tareas|pendientes)|"
    # (not help with the chores: "i need help with my chores, my back cant do the vacuuming anymore", en_68, home help)
    r"(?<!help with )(?<!help me with )(?<!help doing )(?:my|her|his|moms|mom s) (?:\w+ )?chores|"
    r"what(?:s| is) next|que sigue|lo (?:que|q) (?:tengo|tiene|tenia) (?:que|q) hacer|"
    # "What's overdue for Dorothy Williams" (en_65)
    r"^(?:hi |hello )?(?:whats|what is|anything) overdue(?: for \w+(?: \w+)?)? ?\??$|"
    # the paper list spoiled, sent again: "i had the list on my fridge but the grandkids spilled juice all over it. can you
    # send it again" (en_42)
    r"^(?!.*\b(?:blurry|blurred|sudden\w*|dizzy|confused|cant see|weird|numb|double|spinning)\b).*?"
    r"\b(?:the|that) list (?:on|from|by) (?:my|the) (?:fridge|refrigerator|wall|counter|table)\b(?=.*\b(?:send|resend|text) "
    r"(?:it|that|them|me it) (?:to me )?again\b)|"
    # "is there anything I'm behind on", "what I'm meant to do every day ... go over it again" (en_32)
    r"anything (?:im|i am|shes|she is|hes|he is|mom is|moms|we are|were) behind on(?= ?\??$)|"
    r"what (?:im|i am|shes|she is|hes|he is|mom is|moms|is (?:mom|she|he)|am i) (?:meant|supposed) to (?:do|be doing) (?:every ?day|each day|daily)|"
    # "lo que mi mama debe hacer estos dias", "what should I make sure she is keeping up with", "ok im up what now",
    # "morning and night routine, remind me what goes where" (es_26, en_30)
    r"lo (?:que|q) (?:\w+ ){0,2}(?:debe|debo|deberia|tiene que|tengo que) hacer|(?:keeping|keep) up with\b(?= ?\??$)|"
    r"(?:im|i am) up (?:\w+ )?what now|(?:morning|night|daily|evening) (?:and (?:night|evening) )?routine|"
    # "hay algo que mi mama tenga que hacer antes del fin de semana" (es_18)
    r"algo (?:que|q) (?:\w+ ){0,2}(?:tenga|tengamos|tengo|tiene) (?:que|q) hacer|(?:que|q) (?:me|le) falta (?:\w+ ){0,4}por hacer|"
    r"(?:que|q) (?:me|le) queda(?: (?:por|pa|para) hacer)?|(?:que|q|k|ke) hay (?:pa|para) (?:hoy|manana|esta semana)|"
    # "oiga y pa hoy que hay?", "quiero saber si mi mama tiene algo que hacer hoy aparte de las medicinas" (es_33)
    r"(?:pa|para) (?:hoy|manana|esta semana) (?:que|q|k|ke) hay(?! (?:de|pa|para) comer)"
    + _NOBODY_UNWELL_AFTER_ES + r"|"
    r"(?:si (?:\w+ ){0,2}(?:tiene|tengo|tenemos) algo (?:que|q|k) hacer (?:hoy|manana|esta semana)|"
    r"(?:tiene|tengo|tenemos) algo (?:que|q|k) hacer (?:hoy|manana|esta semana)(?: \w+){0,3} ?\?)"
    + _NOBODY_UNWELL_AFTER_ES + r"|"
    # "que mas me falta esta semana", "la lista de cosas que me dejo la enfermera", "la lista de lo que le dejaron" (es_20)
    r"(?:que|q) mas (?:me|le) falta|la lista (?:de )?(?:las )?(?:cosas |lo )?(?:que|q) (?:me|le|nos) (?:dejo|dejaron|dio|dieron|toca)|"
    + _MISSED_ON_THE_LIST_WORDS + r"|"
    # "weekly schedule please", "whats on the agenda", "list of my hospital homework", "what the doctor
    # wants me to do each day" (en_24)
    r"weekly schedule|(?:whats|what is) on (?:the|my|her|moms) agenda|(?:my|her|moms) (?:hospital )?homework|"
    # "Mom says she has 'homework' from the heart doctor, what exactly is it" (en_37)
    r"homework from (?:the |her |my |his )?(?:\w+ )?(?:doctor|dr|doc|hospital|nurse|cardiologist|clinic)"
    r"(?!.*\b(?:what if|dangerous|bad|safe|ok if|okay if|worse|misses|missed|skip\w*)\b)|"
    r"what (?:the|my|her) (?:doctor|doctors|nurse) wants? (?:me|her|him) to do|"
    # "remind me what the nurse wants me doing", "anything overdue I havent done", "which ones havent i checked
    # off", "me recuerdas mis pendientes", "q me falta?", "todo lo que mi mama tiene que hacer" (en_25, es_21)
    r"what (?:the|my|her) (?:doctor|doctors|nurse) wants? (?:me|her|him) doing|"
    # "what all am I sposed to be doing", "k tengo pa hoy", "q ago oy", "hay alguna tarea nueva" (en_26, es_22)
    # (the opening words only: "hes got his hands around my neck again, what am i supposed to do" is not this)
    r"^(?:so |ok |hi |hey )?what (?:all )?(?:am i|is (?:she|he|mom)) (?:supposed|sposed|suposed|supose|suppose) to (?:be )?(?:do|doing)"
    r"(?: (?:today|this week|since|now that|after)\b.*)?$|"
    r"(?:k|q|que|ke) tengo (?:pa|para) (?:hoy|manana)|^(?:hola |ola )?(?:k|q|que|ke) (?:ago|hago) (?:oy|hoy)|"
    r"(?:alguna|algunas) tareas? nuevas?|"
    r"(?:which|wich|what) (?:ones?|tasks?|things?) (?:\w+ )?(?:havent|hasnt|have not|has not) (?:i |she |he |mom )?"
    r"(?:done|checked off|finished|crossed off)|(?:mis|sus) pendientes|^(?:y )?(?:que|q) (?:me|le) falta(?: (?:hoy|esta semana|por hacer))?(?= ?\?|$)|"
    + _EVERYTHING_TO_DO_ES + r")\b")
# Someone coming by, not a visit on the plan: "I want somebody to visit me so Angela can take a break".
_VISITING_SOMEONE = re.compile(r"\bvisit (?:me|her|him|us|mom|dad)\b")
# The visit asked to be moved, in the fewest words: "can we switch it", "could you move the date"
_SWITCH_IT = re.compile(r"\b(?:can|could|would) (?:we|you|i|they|u) (?:switch|change|move|reschedule|push back|push) "
                        r"(?:it|that|the date|the day|the time|my appointment|her appointment|the (?:\w+ )?one)\b|"
                        # a new one asked: "my daughter cant drive me that day so i need another appt" (en_62)
                        r"\b(?:i|we|she|he|mom|dad) (?:need|needs|will need|gotta get|have to get|has to get) (?:another|a new|a different) "
                        r"(?:appt|appointment|day|date|time)\b|"
                        r"\b(?:se puede|podemos|pueden|puedes) (?:cambiar|mover)(?:la|lo)?\b")
# The day told as taken or impossible: "ese dia tengo que cuidar a mis nietos", "can't".
_THAT_DAY = re.compile(r"\b(?:ese dia|that day|no puedo|cant|can not|cannot|wont)\b")
# When a medicine is taken, asked: "the little heart pill twice a day, when exactly" (not "took it when I woke up").
_WHEN_TAKEN = re.compile(r"\b(?:when (?:exactly|do|does|is|am|are|to)|what time|a (?:que|q) hora|"
                         r"cuando (?:me|le|se) (?:toca|tomo|toma|pongo|pone))\b")
_DOSE_CHANGE = re.compile(r"\b(?:extra|double|another|more|less|stop|skip|skipped|miss|missed|instead)\b")
# The whole list, asked for in words the model read as a person or one task's instructions (en_25, es_21).
_WHOLE_LIST = re.compile(r"\b(?:remind me (?:again )?(?:of )?(?:what|everything|all) (?:\w+ ){0,3}(?:wants? me|wanted me doing|"
                         r"wanted me to do|i (?:have|need|am supposed|got|ve got) to|i gotta)|"
                         # "What's my schedule look like for the next few days?" (en_41)
                         r"what(?:s| is| does)? (?:my|her|moms|dads) (?:schedule|week|plan) (?:\w+ )?look(?:s|ing)? like(?!.*\b(?:appointments?|appts?|visits?|speech|dizzy|pain|"
                         r"hurt\w*|confused|forget\w*|fell|numb|weak)\b)|"
                         r"everything (?:i|she|he|mom) (?:has|have|needs?|(?:has |have )?got|gotta) to do|" + _EVERYTHING_TO_DO_ES + r"|"
                         # the list in other words (en_36): "remind me what pills im taking and when", "what today is
                         # supposed to look like", "read me my plan", "what the nurse said i gotta do every morning"
                         r"remind me (?:what|which) (?:pills|meds|medicines|medications) (?:im|i am|she is|shes|he is|hes|mom is) "
                         r"(?:taking|on)|what (?:today|tomorrow|this week|my day|her day) (?:is|s) (?:supposed|meant) to look like|"
                         r"(?:read|send|text|give) me (?:my|her|moms|the) (?:care )?plan\b(?! (?:for|to|about)\b)|"
                         # "Me pueden mandar el plan de cuidado de mi mama?" (es_34)
                         r"(?:mandar|mandame|mandarme|enviar|enviame|enviarme|pasar|pasame|pasarme) (?:el|su|mi) plan de cuidado|"
                         r"what the (?:nurse|doctor|dr|doc) (?:said|told me|told her|wrote) (?:i|she|he|we) (?:gotta|have to|has to|need to|"
                         r"needs to|should|am supposed to) do|"
                         r"any ?thing (?:i|she|he|mom) (?:need|needs|have|has|got|gotta) to do (?:rite now|right now|now|today)(?= ?\??$))")
# Not a question about one task (its instructions): only what the model could not place.
# One task set aside to ask for the rest: "oiga y aparte de la insulina q mas tengo q hacer" (es_31)
_BESIDES_ONE = re.compile(r"\b(?:aparte de|ademas de|fuera de|besides|other than|apart from|aside from)\b")
# ... not to bring a number down: "aparte de caminar q mas tengo q hacer para bajar el azucar" (a reviewer's find)
_FOR_A_RESULT = re.compile(r"\b(?:para|pa|to) (?:que no |que )?(?:bajar\w*|subir\w*|se me suba|se me baje|se le suba|se le baje|"
                           r"get (?:it|the \w+|my \w+|her \w+) (?:down|up)|lower|bring (?:it|my \w+|her \w+) down)\b|"
                           r"\b(?:sigue|still) (?:en |at )?\d+")
# The whole list asked for again, or what is left undone, in more words: "remind me of everything for the rest of the
# week", "i lost the paper the hospital gave me with all the things i should do", "is there something i was supposed to do
# that i havent done yet" (en_62, en_63)
_WHOLE_LIST_ASKED = re.compile(
    r"\b(?:remind me (?:of )?(?:everything|all of it|all (?:the|my) (?:things|stuff|tasks))(?: (?:for|i have|i got))?"
    r"(?: (?:the )?rest of)? (?:the|this) week|"
    r"(?:all )?the (?:things|stuff) (?:i|she|he|mom) (?:should|need to|needs to|have to|has to|am supposed to|is supposed to) do"
    r"(?= .*\b(?:again|lost|tell me|send|remind|what (?:are|were) they)\b)|"
    r"(?:something|anything) (?:that )?(?:i|she|he|mom) (?:was|were|am|is) (?:supposed|meant) to (?:do|have done)"
    r"(?: .*)?\b(?:havent|hasnt|didnt|not) (?:done|finished|did)\b)")


def _whole_list_asked(text: str, typed: str) -> bool:
    """`_WHOLE_LIST_ASKED`, and nothing unwell told beside it (the list's own "all the things" is not "took all the pills")."""
    found = _WHOLE_LIST_ASKED.search(typed)
    if not found:
        return False
    rest = typed[:found.start()] + " " + typed[found.end():]
    return not _unwell_told(text, rest) and not _DARK.search(rest)


_LIST_OVERRIDES = frozenset({"find_resource", "ask_capabilities", "small_talk", "nlu_fallback", "report_task_done",
                             "medical_question", "greet"})

# A piece of equipment asked for ("i need one of those grabber things", "do u have
# scooters", "could I have a lift chair?") read as the list, small talk or a goodbye: over
# every blind set, a message naming equipment with a need word was a resource request
# (346 of 347; the other a crisis, which the safety layer answers first).
_EQUIPMENT_NEED = re.compile(
    r"\b(?:need|needs|get|getting|where|buy|borrow|rent|loan|looking for|one of those|"
    r"do (?:you|u|they|yall) (?:have|make|sell|carry)|(?:could|can|may) (?:i|we|she|he|mom) (?:have|get)|"
    r"is there|are there|any|necesit\w*|conseguir|donde|hay|tienen|busco|buscando|prestan|ocupo|"
    r"(?:me|le|nos) (?:pueden|puede|podrian|podria) (?:dar|conseguir|prestar))\b")
# A service asked for, not a person to talk to: "can somebody bring me meals", "is there a van that can take me"
_SERVICE_ASKED = re.compile(
    r"\b(?:can|could|will|would) (?:somebody|someone|anyone|you|u|a \w+) (?:\w+ )?(?:bring|deliver|drop off|drive|take|"
    r"pick (?:me|her|him|us) up|lend|loan)\b|\bis there (?:a|any) (?:van|bus|car|ride|shuttle)\b|"
    # someone to look in on them: "is there someone who could check on me during the day" (en_60)
    r"\b(?:is there|are there|i need|need|looking for) (?:someone|somebody|anyone|a person|people) (?:who|that)? ?(?:could|can|would)? ?"
    r"(?:check on|look in on|come by|stop by|sit with|stay with) (?:me|her|him|mom|dad|us)\b|"
    # "can a nurse come to the house instead of me going out", "a magnifier ..., where do i get one" (en_32)
    # (instead of going out; not "can the nurse come to my house tomorrow to check my incision": a visit, a person)
    r"\b(?:can|could) (?:a|an|the|some) (?:nurse|aide|helper|someone|somebody) come (?:out )?(?:to|by) (?:the|my|her|his|our) "
    r"(?:house|home|place) (?:instead|so (?:i|she|he) (?:dont|doesnt|wont|do not) have to|rather than)\b|"
    r"\bwhere (?:do|can|could|would) (?:i|we|she|he) (?:get|find|buy) (?:one|them|it|some)\b|"
    # "can i get a homemaker through the state" (en_38); "donde la llevo a que la atiendan de su animo" (es_34)
    r"\b(?:can|could) (?:i|we|she|he|mom|my mom) get (?:a|an|some) (?:\w+ ){0,2}(?:through|thru|from) (?:the state|medicaid|"
    r"medicare|the county|the city|(?:my|her|his) insurance)\b|"
    r"\bdonde (?:la|lo|me|le|las|los) (?:llevo|llevamos|puedo llevar|podemos llevar)\b")
# Places asked about: "do you know pantries that have low sodium stuff" (en_38)
_DO_YOU_KNOW_PLACES = re.compile(r"^(?:hi |hello |hey )?(?:do|does) (?:you|u|anyone|anybody|yall) know (?:of |about )?(?:any |some |a |good |"
                                 r"cheap |free )?(?!(?:when|what|if|how|why|whether|my|her|his)\b)")
# A service asked for politely, thanks at the end: "I would like to arrange transportation for my upcoming appointment.
# Thank you kindly." (en_38)
_POLITE_REQUEST = re.compile(r"(?<!no )(?<!dont )(?<!was )(?<!were )\b(?:would like to|id like to|i d like to|need to|want to|"
                             r"looking to|wish to) (?:arrange|set up|book|get|find|request|apply for|sign up for)\b"
                             r"(?!.*\b(?:anymore|no longer|but (?:my|her|his|i|we)|already)\b)")
_HOW_ASKED = re.compile(r"\b(?:how|como)\b")  # "how is mom supposed to take the carvedilol, i want to set up her pill box"
# A visit asked about in other words: "am i supposed to see somebody next week" (en_38)
_SUPPOSED_TO_SEE = re.compile(r"\b(?:am i|is (?:she|he|mom|my mom)|are we) (?:supposed to|meant to|scheduled to|going to) see "
                              r"(?:somebody|someone|anybody|anyone|a doctor|the doctor|a dr|the dr)\b(?! (?:for|about|before)\b)")
# The plan's call told as finished: "mom just finished the nurse call, I was on speaker too" (en_38)
_FINISHED_THE_CALL = re.compile(r"^(?:i|she|he|we|mom|dorothy|my mom)? ?(?:just |already )?(?:finished|completed|done with) "
                                r"(?:my|her|his|the) (?:nurse call|nurses call|nurse s call|heart failure nurse call|"
                                r"(?:phone )?call with the nurse|check ?in call|nurse check ?in)\b"
                                # (nothing said on it after: not "... she said to go to the er", a reviewer's find)
                                r"(?!.*\b(?:said|told|says|but|er|911|hospital|confused|worse|call back|question|help|need)\b)")
_WHERE_TO_GO = re.compile(r"\bwhere (?:do|does|should|can) (?:i|she|he|mom|we) go (?:to|for) (?:\w+ ){0,4}"
                          r"(?:lab|labs|blood test|blood draw|blood work|bloodwork|class|appointment|appt|visit)\b")
_HOW_IT_WORKS = re.compile(r"\bhow (?:does|do) (?:it|that|this|they) work\b|\bcomo funciona\b")
# ... as the last words, after the need: "Mom got a collections letter for her hospital stay. Who do we talk to?" (not
# "who do i talk to about my grandpas care, im the new poa": a person asked for)
_WHO_TO_TALK_TO = re.compile(r"\b(?:who (?:do|can|should) (?:i|we) (?:talk|speak) (?:to|with)|who (?:do|can|should) (?:i|we) call|"
                             r"con quien (?:hablo|hablamos))(?: about (?:it|this|that))? ?\??$|"
                             # the need after it, the end of the message: "Who do I talk to about moms bill" (en_38)
                             r"\bwho (?:do|can|should) (?:i|we) (?:(?:talk|speak) (?:to|with)|call) about (?:\w+ ){1,3}?\w+ ?\??$")
_GRIEF = re.compile(r"\b(?:grief|grieving|mourning|duelo|luto)\b")
# Someone to talk to about how one feels, not about the care: "talk to someone about my nerves"
_TALK_ABOUT_FEELINGS = re.compile(r"\b(?:talk|speak|hablar|platicar) (?:to|with|con) (?:someone|somebody|anyone|alguien) "
                                  r"(?:about|sobre|de) (?:my|mi|mis|how|lo|la|el)\b|"
                                  # "I worry so much my stomach hurts. Is there anybody I could talk to about it" (en_38)
                                  r"\b(?:anybody|anyone|someone|somebody) (?:i|we) (?:could|can) (?:talk|speak) (?:to|with) about (?:it|this|that)\b|"
                                  # "I think my mother needs to talk to someone, she's been really down" (en_52)
                                  r"\b(?:she|he|mom|my (?:mom|mother|dad|father|husband|wife|son|daughter)) (?:really )?needs to "
                                  r"(?:talk|speak) (?:to|with) (?:someone|somebody|a counselor|a therapist)\b(?= (?:\w+ ){0,3}(?:been|is|feels|seems) "
                                  r"(?:really |so |very |pretty )?(?:down|depressed|sad|low|blue)\b)")
# Someone who harmed, back or near now (a reviewer of the en_47 change: "nightmares every night about what he did, is there
# someone to talk to about that, hes back in the house now")
_SOMEONE_BACK = re.compile(r"\b(?:hes|shes|he is|she is|theyre|they are) (?:back|here|outside|in the house|at the door)\b")
_NAMED_NEED_OVERRIDES = frozenset({"ask_tasks", "ask_task_instructions", "report_task_done", "small_talk", "nlu_fallback"})
# A benefit lost or cut, which no task is about either: "I lost my medicaid, what do I do" (en_60: the list). Not money words
# in general: "is anything past due?" asks for the plan, and "water bill" is a water pill misheard.
_BENEFIT_LOST = re.compile(
    r"\b(?:lost|losing|lose|cut off|kicked off|dropped from|denied|cancel\w*) (?:my |her |his |the |moms )?(?:medicaid|medicare|"
    r"snap|food stamps|ssi|disability|benefits|insurance|pension)\b|\b(?:medicaid|medicare|snap|food stamps|ssi|benefits|"
    r"insurance|pension) (?:got |was |is |has been )?(?:cut|cancel\w*|stopped|denied|ended|ending|taken away)\b")
# Kinds of help no care-plan task is about, named in a message the model read as the plan
# ("how do I make a will", "my nerves are shot"), unless the plan is named too ("send me
# mom's tasks so I can check on her").
_NEEDS_NO_TASK_HAS = frozenset({"legal", "housing", "mental_health", "caregiver_support"})
# Needs of daily life: asked for with no health word beside them, not a medical question (money, housing
# and the law never are one).
_SOCIAL_NEEDS = frozenset({"financial_assistance", "food", "housing", "legal", "transportation", "caregiver_support"})
# ... those told as a state of things ("my fridge is almost empty", "Im short on rent this month"), which no care team answers
_TOLD_NEEDS = frozenset({"financial_assistance", "food", "housing", "legal"})
# ... but asked all the same, or a report: "Mom wants to know if she can still have canned soup, how bad is that for her",
# "carvidilol with food or w/o", "I took my water bill this morning" (a water pill misheard)
_ASKED_ALL_THE_SAME = re.compile(r"\b(?:wants? to know|if (?:she|he|i|we) (?:can|should)|how bad|is (?:it|that) (?:bad|ok|okay|safe)|"
                                 r"with food|w/?o|without food|or not)\b")
# A visit that cannot happen, another day asked, as the message's opening: "can't make it. what other days are there"
_CANT_MAKE_IT_ANOTHER_DAY = re.compile(r"^(?:sorry |so |ok |okay )?(?:i |we |she |he |mom )?(?:cant|can t|cannot|wont|will not) "
                                       r"make it\b.*\b(?:other (?:days?|times?|dates?)|another (?:day|time|date)|different (?:day|time))\b")
_ANOTHER_DAY_OVERRIDES = frozenset({"find_resource", "small_talk", "nlu_fallback", "ask_tasks"})
_NEVER_MEDICAL_NEEDS = frozenset({"financial_assistance", "housing", "legal"})
# ... asked where the model heard a visit, a task's steps or a task done
_NEED_ASKED_OVERRIDES = frozenset({"ask_next_appointment", "ask_task_instructions", "report_task_done"})
_SIGN_UP = re.compile(r"\b(?:sign (?:me |her |him |us )?up|join|enroll\w*|register|apunt\w*|inscrib\w*|anotar\w*)\b")
# A medicine the insurance stopped paying for
_NOT_COVERED = re.compile(r"\b(?:isnt|is not|not|no longer|wont|doesnt|does not|stopped|quit) (?:be )?(?:covered|cover|covering)\b|"
                          r"\b(?:ya )?no (?:lo |la |me |le )?(?:cubre|cubren|paga|pagan)\b")
# ("necesito saber mi plan de la semana pq voy a estar cuidando a mis nietos", es_56: her own plan, not caregiving help)
_PLAN_NAMED = re.compile(r"\b(?:tasks?|care plan|plan de cuidado|tareas?|to ?do list|to ?dos|lista|(?:mi|su|el) plan (?:de|pa|para) "
                         r"(?:la|esta) semana|(?:my|her|his|the) plan (?:for )?(?:this|the) week)\b")
_EQUIPMENT_BROKEN = re.compile(
    r"\b(?:broke|broken|fell off|came off|come off|stopped working|not working|doesnt work|wont work|quit working|keeps? beeping|"
    # "the wheels on my walker are shot, it drags" (en_32); "se le rompio la maquinita del azucar" (es_28)
    r"(?:walker|wheels?|brakes?|cane|chair|wheelchair|scale|seat|bed|rails?|bars?|it|its|they) (?:is |are )?(?:shot|busted|wobbly|"
    r"worn out|falling apart)|se (?:le|me) rompio (?:la|el|mi|su) (?:maquinita|bascula|andadera|silla|medidor|glucometro|baston)|"
    r"beeping|cracked|se rompio|esta roto|no sirve|ya no sirve|no funciona|se descompuso|no prende|"
    r"(?:doesnt|does not|wont|will not|didnt) (?:turn|switch|power) on)\b")
_FEELS_BAD = re.compile(r"\b(?:mal|malita|bad|sick)\b")
_OXYGEN = re.compile(r"\b(?:oxygen|oxigeno|concentrator|concentrador|cpap|bipap|tank|tanque)\b")
# ... and another one asked for: "como consigo otro", "se lo pueden cambiar?" (es_31)
_REPLACEMENT_ASKED = re.compile(
    r"\b(?:(?:como|donde) (?:\w+ )?(?:consigo|consigue|conseguimos|consigo|compro|saco) (?:otro|otra|uno nuevo|una nueva)|"
    r"(?:me|se|nos) (?:lo|la) (?:pueden|puede|podrian) (?:cambiar|reponer|reemplazar)|(?:get|find) (?:a |her |him |me )?"
    r"(?:new|another|replacement) one|replace (?:it|her|his|my|the)|replacement)\b")
# A class, course or programme other than the plan's own, asked for: "does St. Mary's have nutrition
# classes I could take with my mother", "can I take a CPR class" (en_29)
_ANOTHER_CLASS = re.compile(
    r"\b(?:(?:does|do) (?:st marys|st mary s|the hospital|the clinic|you|you guys|yall|they) (?:have|offer|run|do) (?:\w+ ){0,3}"
    r"(?:class|classes|course|courses|training|trainings|program|programs)|"
    r"(?:can|could|how do|how can|where can|where do) (?:i|we|mom|she|he) (?:take|sign up for|join|enroll in|get into|sign (?:mom|her|him|me) up)"
    r"(?: for)? (?:a |an |some )?(?:\w+ ){0,2}(?:class|classes|course|training|rehab|program)|"
    r"(?:cardiac|heart|pulmonary|lung) rehab (?:\w+ ){0,3}(?:sign|enroll|join|start|get (?:in|into))|"
    r"(?:sign|enroll|join) (?:\w+ ){0,3}(?:cardiac|heart|pulmonary|lung) rehab|cpr (?:class|classes|course|training)|"
    # "cardiac rehab, is that a class", "is there a class on how to take your own blood pressure" (en_37)
    r"(?:cardiac|heart|pulmonary|lung) rehab (?:\w+ ){0,2}is (?:that|it|this) a (?:class|program)|"
    r"(?:is|are) there (?:a|any) (?:class|classes|course|courses) (?:on|about|for) how to|"
    # "is there a cooking class I could take with my mother" (en_59 after the retrain)
    r"(?:is|are) there (?:a|any) (?:\w+ ){0,2}(?:class|classes|course|courses) (?:i|we|mom|she|he) (?:could|can|might) (?:take|join|go to)|"
    # "hay talleres de ejercicio pa gente con azucar" (es_55 after the retrain; not "clases": the plan's own is one)
    r"(?:hay|tienen|dan|ofrecen) (?:algun |alguna |algunos |algunas |unos |unas )?(?:talleres|taller|cursos|curso|programas) "
    r"(?:de|pa|para|sobre))\b")
# Equipment wanted, not judged: "need a scale with bigger numbers", "is there something like a stair lift" (en_29);
# not "do i need a walker or a cane now, my balance is off", "mine says 85 is that ok" (a reviewer's finds)
_EQUIPMENT_WANTED = re.compile(r"\b(?:need a|need an|need one|need new|want a|want one|get a|get one|where can|is there|are there|"
                               r"any|borrow|loan|rent|buy|something like|one of those|necesito (?:un|una|unos|unas)|hay|conseguir)\b")
_JUDGEMENT_OR_SYMPTOM = re.compile(
    r"\b(?:should|do i need|does she need|does he need|is (?:that|it|this) (?:ok|okay|normal|bad|safe|good|low|high)|how (?:many|much)|"
    r"how do i know|what do i do|que hago|sera|es normal|balance|dizzy|shaky|faint|pounding|mare\w*|incision|oozing|red(?! line)|"
    r"fever|infect\w*|pus|swollen|swelling|hinchaz\w*|\d+)\b")
# The plan's own class: "how do i sign up for a diabetes class, the nurse put it on my list" (a reviewer's find)
_ON_THE_PLAN = re.compile(r"\b(?:on (?:my|her|his|moms|the) (?:\w+ )?(?:list|plan)|part of (?:my|her|his|the) (?:care )?plan|"
                          r"(?:nurse|doctor|dr) (?:put|said|wants|signed)|en (?:mi|su) (?:lista|plan))\b")
_THE_CLASS = re.compile(r"\bthe (?:\w+ ){0,2}(?:class|course)\b")  # "sign up for the cooking class": the plan's own
_OTHER_CLASS_OVERRIDES = frozenset({"ask_task_instructions", "ask_next_appointment", "medical_question", "ask_tasks", "nlu_fallback",
                                    "cannot_make_appointment"})
_EQUIPMENT_OVERRIDES = frozenset({
    "ask_tasks", "ask_task_instructions", "report_task_done", "cannot_make_appointment", "small_talk", "greet",
    "goodbye", "thank", "affirm", "deny", "ask_capabilities", "nlu_fallback", "bot_challenge"})

# Something to read, watch or attend asked for ("is there a handout on low sodium diets I can
# print", "do you have materials about fluid restriction", "any webinars about caring for
# someone with CHF") read as a medical question, a task's instructions ("a handout on low
# sodium diets" is not the low-salt class on the plan), small talk or not understood. Over
# every blind set: 129 resource requests (127 for health education) and 3 look-alikes, all
# three something already read or watched (left out below); no question about a task.
_LEARNING_MATERIAL = re.compile(
    r"\b(?:handouts?|pamphlets?|brochures?|leaflets?|booklets?|webinars?|large print|reading materials?|"
    r"materials? (?:about|on|for)|(?:something|anything|stuff) (?:i|we|she|he|mom) (?:can|could) (?:read|print|watch)|"
    r"(?:videos?|classes|courses?|workshops?) (?:about|on|for|like)|folletos?|"
    # "info in simple language for my mother on her heart condition" (en_35)
    r"(?:info|information) in (?:simple|plain|easy) (?:language|words|english|spanish) (?:for|on|about)|"
    r"(?:informacion|material|videos?) (?:sobre|de|para) (?:la |el |como )?)\b")
_ALREADY_SEEN = re.compile(r"\b(?:watched|watching|(?:i|we|she|he) read|(?<!to )(?<!can )(?<!could )read (?:it|a|an|the|that|this)|leyendo|lei|me dieron|they gave (?:me|us)|ya lo)\b")
_MATERIAL_OVERRIDES = frozenset({
    "nlu_fallback", "small_talk", "ask_capabilities", "thank", "affirm", "greet", "medical_question", "ask_tasks",
    "ask_task_instructions", "report_task_done"})

# "Ya" with a verb in the past ("ya le recogi las tiras a mi mama", "ya pase por los supplies
# a la farmacia", "ya llevamos a mi mama al laboratorio") read as a question about the task:
# over every Spanish blind set, 201 of 326 such messages without a question mark reported a
# task done, and only 1 asked how to do one.
_YA_DONE = re.compile(r"\bya (?:le |me |se |lo |la |les |nos |te )?(?:\w+(?:e|i|amos|imos|aron|ieron)|"
                      # told about someone else: "mi madre ya recogio sus tiras" (es_19)
                      r"recogio|tomo|fue|hizo|termino|paso|peso|midio|checo|puso|llamo|compro|camino|inyecto)\b")
# Insisting it was done ("si me puse la insulina", "she did take her pills"), which the model
# read as a question about the medicine.
_NOW_AFTER_IT = re.compile(r"\b(?:pero|y) (?:ahora|ahorita|sigo|sigue)\b")  # "si me la puse pero ahora estoy temblando"
_SAYS_IT_WAS_DONE = re.compile(
    r"\b(?:si|ya) (?:me|le|se) (?:(?:la|lo|las|los) )?(?:puse|puso|tome|tomo|inyecte|inyecto|di|dio)\b|\b(?:i|she|he|we) did (?:take|give|do)\b")
# Told done in English, in the first words: "I have taken my evening medication", "i took the pill the
# nurse said to take in the morning", "Talked with the nurse on the phone just now", "Dorothy took her
# supper pill, I'm her neighbor" (en_26: read as a resource request, a question, small talk).
# Any word of a thing done, beside a visit that cannot happen: "weighed 180 but cant make the call" reports the weight;
# and the visit that cannot happen as the message's first words ("walked this morning, wont make it to the class" is
# a report first: a reviewer's find)
_CANT_ATTEND_FIRST = re.compile(r"^(?:(?:i|we|she|he|mom|my mom) )?(?:cannot|cant|can not|wont be able to|unable to|not able to) "
                                r"(?:go|make|do|come|attend|get to)\b")
_SOMETHING_DONE = re.compile(r"\b(?:took|taken|weighed|weigh|did|done|finished|checked|had|got|wrote|logged|ya|tome|\d+)\b")
_TOLD_DONE = re.compile(r"^(?:i|she|he|we|mom|dorothy|(?:my )?(?:mom|mother))? ?(?:have |has |just |already )*"
                        r"(?:(?:taken|took|talked|spoke|spoken|finished|did|completed|done with) (?:my|her|his|the|with (?:the|my|her)|to (?:the|my|her)) |"
                        # "just got off the phone with the heart nurse, nice lady" (en_65)
                        r"(?:just )?got off the phone with (?:the|my|her) |"
                        # a class of the plan attended: "went to the salt class, learned a lot" (en_62)
                        r"(?:went|been|gone) to (?:my|her|his|the) (?:\w+ ){0,2}(?:class|clase)\b|"

                        # "dorothy had her blood drawn today at the quest on cottage grove" (en_32)
                        r"(?:had|got|gotten) (?:my|her|his) (?:blood drawn|blood work done|bloodwork done|labs? done|blood test done|"
                        r"lab work done|labwork done)\b|"
                        # a medicine "had" with a meal: "had the carvedilol w supper" (en_57)
                        r"had (?:my|her|his|the) (?=(?:\w+ ){0,2}?(?:pills?|meds|medicines?|carvedilol|coreg|furosemide|lasix|"
                        r"metformin|insulin|water pill|heart pill)\b)|"
                        # the medicine first, then "taken": "carvedilol taken w supper" (en_59 after the retrain)
                        r"(?:(?:my|her|his|the) )?(?:carvedilol|coreg|furosemide|lasix|metformin|insulin|water pill|heart pill|"
                        r"(?:morning|supper|evening|night) (?:pill|meds)) (?:taken|done|down)\b(?! (?:\w+ ){0,3}\?))")
# Everything on the list told done, as the whole message: "i did everything on my list today" (en_63, read as the list)
_ALL_DONE = re.compile(r"^(?:i|she|he|we|mom) (?:have |has |just |already )*(?:did|finished|completed|done|got through) "
                       r"(?:everything|all of it|it all|all (?:my|her|his|the) (?:tasks|things|stuff))(?: on (?:my|her|his|the) list)?"
                       r"(?: (?:today|for today|this morning))? ?$")
_NURSE = re.compile(r"\b(?:nurse|nurses)\b")
# ... and nothing told since: "took her supper pill and now shes real sleepy and wont answer me right" (a reviewer's find)
_SINCE_THEN = re.compile(r"\b(?:and now|since|after that|feel|feels|feeling|sleepy|weird|dizzy|shaky|wont|cant|sick|tired|"
                         r"confused|strange|funny)\b")
# One time or another asked for a task, nothing told done: "water pill morning or night", "before breakfast or with it"
_A_TIME_TO_TAKE = (r"(?:before|after|with|morning|mornings|night|nights|evening|bedtime|breakfast|supper|dinner|lunch|food|meals?|"
                   r"empty stomach|it|them|antes|despues|con|manana|noche|desayuno|comida|cena|ayunas)")
_WHEN_TO_TAKE_IT_ASKED = re.compile(rf"\b{_A_TIME_TO_TAKE}(?: \w+){{0,2}} (?:or|o) (?:\w+ ){{0,2}}?{_A_TIME_TO_TAKE}\b")
_TOLD_DONE_OVERRIDES = frozenset({"find_resource", "ask_task_instructions", "small_talk", "nlu_fallback"})
_YA_BUT_HOW = re.compile(r"\b(?:olvid\w*|como(?! (?:me|le|nos) (?:dijeron|dijo|indicaron|indico|pidieron|pidio|ensenaron))|"
                         r"no se|perdi|no entiendo|no entendi)\b")  # "ya se me olvido como ..." (not "... como me dijeron", es_28)

# A tick after a task's name: the task is done.
_CHECK_MARK = re.compile("[\u2714\u2713\u2611\u2705]")
_CHECKED_OFF_OVERRIDES = frozenset({"ask_task_instructions", "ask_tasks", "small_talk", "nlu_fallback", "affirm", "thank"})
# A change told with a report: "did my weight, up 5 lbs, ankles swollen", "heart racing now".
# (beside _DISTRESS, which already has "dizzy" and "hurt")
_SYMPTOM_TOLD = re.compile(r"\b(?:up \d+|swollen|swelling|racing|pounding|short of breath|cough\w*|ache\w*|"
                           r"weak|tired|nause\w*|worse)\b")
# Marked done in words (no question in it), read as a person or a medical question (en_25).
_MARKED_DONE_OVERRIDES = _CHECKED_OFF_OVERRIDES | {"request_human", "medical_question"}
# Marked done in words: "check off the morning pill please", "talked to the nurse, that one is done".
_MARKED_DONE = re.compile(
    r"\b(?:(?:check|cross|tick|mark) (?:it |that |this |\w+ )?off|mark (?:it |that |this |\w+ )?(?:as )?(?:done|complete|completed)|"
    r"(?:that|this|it) (?:one |task )?(?:is |s )?(?:done|finished|complete|completed)|thats done|thats finished|"
    # "did my weight and my pill before coffee", "I had the phone call with the nurse, all done" (en_25)
    r"^(?:i |she |mom )?did (?:my|her|the) (?:weight|weigh in|pills?|meds|walk|exercises?)|all done$)\b")
# Read as a request for help, an errand told done: "ya recogi lo de la farmacia" (not "ya se me
# acabaron los food stamps"); and "ya fui a la farmacia pero no me alcanzo": done, and still a need.
_YA_FETCHED = re.compile(r"\bya (?:le |me |se )?(?:recogi|recogio|recogimos|fui|fue|fuimos|pase|paso|compre|compro|hice|hizo|termine|termino|"
                         # "ya lleve a mi mama al laboratorio ..., ya le sacaron sangre" (es_32); not "al hospital, esta muy mal"
                         r"(?:lleve|llevamos) a (?:mi |su )?\w+ (?:al laboratorio|al lab|a la clase|a la cita|a su cita)|sacaron (?:la )?sangre)\b")
_STILL_NEEDS = re.compile(r"\b(?:no (?:tengo|me alcanz\w*|alcanz\w*)|ayuda|necesit\w*|caro|cara|cuesta|pagar|programa|pero)\b")


# A ride asked for in words the model placed with the task it is for ("mom needs rides to the
# lab, who do I call", "can some one pick me up for the cooking class"). Not "how do I get to
# the lab": directions, which the task's instructions give.
# A ride asked of someone, or nobody to give one: "TUESDAY i got the heart doctor and nobody to take me", "can somebody drive
# me to get my blood drawn, i cant do the stairs at the el" (en_61; the model read the second as a medical question)
_RIDE_ASKED_OF_SOMEONE = (r"(?:nobody|no one|noone|no body) to (?:take|drive|bring) (?:me|her|him|mom|dad)\b|"
                          r"(?:can|could|will) (?:somebody|someone|anyone) (?:drive|take) (?:me|her|him|mom|dad) to (?:get|my|her|his|the)\b")
_RIDE_NEED = re.compile(
    r"\b(?:rides?|a lift|pick (?:me|her|him|us|mom|my \w+) up|(?:get|be|getting) picked up|shuttle|"
    # "need pick up from my house thursday morning for the blood work" (en_52)
    r"(?:a )?pick ?up from (?:my|her|his|our|moms) (?:house|home|place|apartment|apt)|"
    # "my son took the car back, who can take me to my appointments" (en_28)
    r"(?:who|someone|somebody|anyone) (?:\w+ )?(?:to )?(?:take|drive) (?:me|her|him|mom) to (?:my|her|his|the) (?:\w+ )?"
    r"(?:appointments?|appts?|doctor|visits?|labs?|class)|para ?transit|transportation|"
    rf"{_RIDE_ASKED_OF_SOMEONE}|"
    r"how (?:am|is|are) (?:i|she|he|we|mom) (?:supposed|going|gonna) (?:to )?get to|gave up driving|(?:cant|dont|doesnt|cannot) drive|"
    # someone else's way there: "how can my mom get to her blood test, she lives alone" (en_25)
    r"how (?:can|could|will|would) (?:she|he|mom|dad|my (?:mom|mother|dad|father|\w+)) get to (?:her |his |the |my |a )?(?:\w+ )?"
    r"(?:appointment|appt|blood test|lab|labs|class|visit|doctor|dr|clinic|hospital|dialysis|chemo|pharmacy)|"
    r"no (?:car|ride|way to get)|transporte|"
    # the bus no longer manageable: "the bus is too hard with my walker, the steps are so high" (en_45)
    # (not a way already found, nor Spanish "el": "cant do the bus anymore so my daughter drives me now, all set", "my stomach
    # cant take el chile anymore lol", a reviewer's finds)
    r"(?:(?:the )?bus|buses|the el|(?:the )?train) (?:is|are|s) (?:getting )?(?:too hard|too much|too far|impossible)"
    r"(?!.*\b(?:so i drive|i drive|drives (?:me|her|him)|all set|see you|going to my|fun|but|takes (?:me|her|him)|picks? (?:me|her|him) up|"
    r"walk|hassle|school|childcare|attitude|rude|drivers?)\b)|"
    r"(?:cant|cannot) (?:do|manage|take) (?:the )?(?:bus|buses|the el|train)(?!.*\b(?:so i drive|i drive|drives (?:me|her|him)|all set|"
    r"see you|going to my|tonight|but|takes (?:me|her|him)|picks? (?:me|her|him) up|walk|hassle|school|childcare|attitude|rude|"
    r"drivers?)\b)|"
    # "my car died and mom has the cardiologist next week" (en_38)
    r"(?:car|truck|van) (?:died|broke down|is broken|wont start)"
    r"(?!.*\b(?:but|jumped|fixed|running again|got it going|started it|works now|back now|so did|sold|last (?:week|month|year)|"
    r"ago|passed)\b)|traslados?|aventon|quien me lleve|quien la lleve|quien lo lleve|"
    # "how is mom getting to the lab, I can't take her this week", "how do i get to the cooking class without a car" (en_36)
    r"how (?:is|will) (?:she|he|mom|dad|my (?:mom|mother|dad|father)) (?:getting|get|going to get|gonna get) to (?:the |her |his |my )?"
    r"(?:\w+ )?(?:lab|appointment|appt|class|visit|doctor|dr|clinic|hospital|test|blood test|pharmacy|church|store)\b|"
    r"without a car|(?:i|we) (?:cant|cannot|can not|wont be able to) (?:take|drive) (?:her|him|mom|dad) (?:this week|that day|next week|"
    r"on \w+day|to (?:the |her |his )?(?:\w+ )?(?:lab|appointment|appt|class|visit|doctor|clinic|hospital))|"
    r"(?:que|quien) (?:me|la|lo|nos) (?:pueda|puedan|podria) llevar)\b")
# How to use a device the plan's tasks use, asked (a glucose meter, the scale, an insulin pen)
_HOW_TO_USE_A_PLAN_DEVICE = re.compile(
    r"\b(?:como (?:se )?usa(?:r)?|como (?:lo|la) uso|como le hago (?:con|para usar)|how (?:do (?:i|you|we)|to|does she|does he) use)"
    r"(?: \w+){0,2}? (?:el |la |mi |su |the |my |her |his |moms )?(?:new |nuevo |nueva )?(?:glucometro|medidor|bascula|pluma|"
    r"glucose meter|sugar meter|meter|scale|insulin pen)\b")
_WHERE_TO_GET_ONE = re.compile(r"\b(?:where (?:can|do) (?:i|we) (?:get|buy)|donde (?:consigo|compro|venden|prestan|la consigo|lo consigo)|"
                               r"necesito uno|need (?:one|a new one)|another one|otro|otra)\b")
# What to bring to a visit, asked ("llevar" is to bring as well as to drive someone)
_WHAT_TO_BRING = re.compile(r"\b(?:what (?:do|does|should|must) (?:i|she|he|we|mom|dad) (?:need to |have to )?bring|"
                            r"(?:que|q) (?:cosas )?(?:necesita|necesito|tengo (?:que|q)|tiene (?:que|q)|hay (?:que|q)|debe|debo) llevar)\b")
# The day of the next visit asked in Spanish, in words the model placed elsewhere
_NEXT_VISIT_DAY_ASKED_ES = re.compile(r"\b(?:(?:el )?(?:dia|fecha|hora) de (?:mi|su|la) (?:siguiente|proxima) cita|"
                                      r"(?:cuando|que dia|q dia) (?:es|sera|tengo|tiene|toca) (?:mi|su|la) (?:siguiente|proxima) cita)\b")
_NOBODY_TO_TALK_TO = re.compile(r"\b(?:(?:dont|do not|dont really|never) have (?:anybody|anyone|nobody|no one)|nobody|no one|no body) "
                                r"(?:i can |to )?talk to\b")
_A_ROLE_ASKED = re.compile(r"\b(?:case manager|nurse|doctor|dr|staff|hospital|real person|human|social worker)\b")
_COME_ANOTHER_TIME = re.compile(r"\b(?:can|could|may) (?:i|we|she|he|mom|dad) (?:come|come in|go|do it) (?:on )?(?:another|a different|"
                                r"some other|a later) (?:time|day|date|week)\b")
_A_PLACE_OF_CARE = re.compile(r"\b(?:doctors?|dr|office|clinic|appointment|appt|visit|lab|class|hospital)\b")
# A bill or a charge gone wrong, not money spent ("bleeding money on gas this month" is a complaint)
_MONEY_TROUBLE = re.compile(r"\b(?:charged|billed|overcharg\w*|double charg\w*|bills?|debts?|collections?|owe|owes|scam\w*|stolen|"
                            r"stole|in my name|identity)\b")
# Never done: "yo nunca lo he hecho" is no report
_NEVER_DONE = re.compile(r"\b(?:nunca|jamas|never) (?:lo |la |le )?(?:he|ha|hemos|have|has|had) (?:hecho|done|did|checked|medido)\b")
_HOW_TO_HELP = re.compile(r"\b(?:como|how (?:do|can|should) i) (?:le |la |lo )?(?:ayudo|help)\b")
# The finger pricked for the sugar check
_FINGER_PRICK = re.compile(r"\b(?:me pico|le pico|picarme|picarle|piquete|gotita|lanceta|lancet|prick (?:my|her|his) finger|"
                           r"which finger|cual dedo|que dedo)\b")
_WHAT_TO_DO_FOR_A_TASK_ES = re.compile(r"\b(?:que|q) (?:hay|tengo|tiene|necesito|necesita) (?:que|q) hacer (?:para|pa) (?:recoger|ir|"
                                       r"el|la|los|las|su|sus|mi|mis)\b")
_WHATS_ON_MY_SCHEDULE = re.compile(r"\bwhat (?:all )?(?:is|s) on (?:my|her|his|moms) (?:schedule|calendar)\b")
_RESCHEDULE_ASKED = re.compile(r"\b(?:reschedul\w*|move|change|cancel\w*|another (?:day|time)|cant make|wont make)\b")
_TALK_ABOUT_A_LOSS = re.compile(r"\b(?:(?:talk|speak) to (?:someone|somebody|a counselor|a therapist)(?: myself)?|(?:someone|somebody) "
                                r"to (?:talk|speak) to) about (?:my (?:husband|wife|"
                                r"mom|mother|dad|father|son|daughter|sister|brother)s? (?:passing|death|dying)|how i (?:been|have been|"
                                r"am|m|ve been) feeling|my feelings)\b|\b(?:i think )?i need to talk to (?:someone|somebody) myself\b|"
                                # "I need someone to talk to myself, watching mom decline is really hard" (en_66)
                                r"\bi need (?:someone|somebody) to talk to myself\b")
_BRING = re.compile(r"\b(?:bring|llevar|llevo)\b")
_BRING_OVERRIDES = frozenset({"find_resource", "nlu_fallback", "ask_tasks", "ask_next_appointment"})
# ... the same words as the medical question's gate (`_RIDE_ASKED_OF_SOMEONE`): not "is it safe for mom to ride the bus after her
# surgery"
_RIDE_ASKED = re.compile(rf"\b(?:{_RIDE_ASKED_OF_SOMEONE})")
_RIDE_OVERRIDES = frozenset({"ask_task_instructions", "ask_tasks", "nlu_fallback", "small_talk", "cannot_make_appointment",
                             "request_human", "ask_capabilities", "ask_next_appointment"})
# ... but a ride that fell through with a change asked for is still a reschedule: "my daughter
# can't drive me that day so I need to change it" (the reschedule reply offers rides too).
# Only the change words _RESCHEDULE and _CANT_ATTEND do not already hold.
# Another day asked for in so many words (es_20): "puedo ir otro dia?", "me la mueven para otro dia?"
_ANOTHER_DAY = re.compile(r"\b(?:(?:ir|venir|pasar|moverla|moverlo|cambiarla|cambiarlo|mueven|mueve|cambian|pasan) (?:\w+ ){0,2}"
                          r"(?:otro dia|otra fecha|otra semana|otro horario)|(?:go|come) (?:on )?(?:another|a different) (?:day|date))\b")
_VISIT_BY_ANY_NAME = re.compile(r"\b(?:cita|citas|laboratorio|lab|clase|consulta|especialista|doctor|doctora|appointment|appt|a1c|"
                                r"class|visit|blood (?:test|work|draw)|analisis|examen)\b")
_CHANGE = re.compile(r"\b(?:change|move|different (?:day|time|date)|another (?:day|time|date)|cancel\w*|otro dia|cambi\w+)\b")

# What something costs, asked with the task it is for ("mi mama tiene medicare pero igual sale
# caro lo de la insulina, que podemos hacer") read as a question about the task: money help.
_COST = re.compile(
    r"\b(?:caro|cara|caros|caras|cuesta|cuestan|sale caro|precio|pagar|afford|expensive|costs?|price|copays?|copagos?|"
    r"no (?:tengo|tenemos) (?:dinero|para pagar)|cant pay|cheaper|cheapest|generic|generico|mas barat[ao]|"
    # "are there coupons for carvedilol" (en_26)
    r"coupons?|discount cards?|cupon(?:es)?)\b")
# A dose changed, not a visit
_A_DOSE_CHANGED = re.compile(r"\b(?:cambiar|subir|bajar|aumentar|ajustar|change|raise|lower|increase|adjust) (?:(?:mi|la|su|my|her|his|the) )?"
                             r"(?:dosis|dose|insulina|insulin|unidades|units)\b"
                             # ... or its hour: "i have a wedding saturday, can i take the water pill later" (en_73)
                             r"|\b(?:take|give|have) (?:the|my|her|his) (?:water pill|furosemide|lasix|carvedilol|coreg|metformin|pill|pills|"
                             r"dose|insulin|lantus|meds|medicine) (?:later|earlier|at night|in the (?:afternoon|evening)|after (?:the|it))\b")
# The shapes of en_69 / es_65 (`_corrected_shapes_since_en_69`)
_WHATS_LEFT_ON_THE_PLAN_ES = re.compile(r"\b(?:que|q) (?:cosas |tareas )?(?:le|me|nos) (?:falta|faltan) (?:\w+ ){0,4}(?:de|del) (?:su|mi|el) "
                                        r"plan\b")
_WHEN_THE_CLASS_ES = re.compile(r"\b(?:cuando|a que hora|que dia|donde y cuando|cuando y donde) (?:es|son|va a ser|toca) (?:la|el|las) "
                                r"(?:clase|clasesita|clasecita|platica|taller|curso)\b")
_HOW_TO_WORK_IT_ES = re.compile(r"\bcomo (?:se )?(?:prende|enciende|usa|utiliza|lee|pone|apaga|funciona|calibra) (?:el|la|los|las|su|mi) "
                                r"(?:\w+ )?(?:glucometro|medidor|bascula|aparato|aparatito|lancetas?|pluma)\b"
                                # ... or how the reading is taken: "me puede explicar como se mide el azucar en ayunas" (es_66)
                                r"|\bcomo se (?:mide|checa|chequea|revisa|toma) (?:el |la )?(?:azucar|glucosa)\b")
_TAKEN_TO_THE_TEST_ES = re.compile(r"^(?:ya )?(?:la |lo )?(?:llevamos|lleve|llevaron|fuimos|fui|fue) (?:a (?:mi|su) \w+ )?(?:al|a la|a su|a hacerse|"
                                   r"a sacarse) (?:\w+ ){0,2}(?:laboratorio|lab|examen|analisis|sangre|a1c|cita|consulta|clase)\b")
_A_DAY_I_CANT_ES = re.compile(r"\b(?:el |ese )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|dia) no (?:puedo|podemos|podre|"
                              r"voy a poder|puede)\b")
_ANOTHER_DAY_GIVEN_ES = re.compile(r"\b(?:me|nos|le) (?:pueden|puede|podrian|podria) (?:dar|poner|cambiar|pasar) (?:a |para |pa )?"
                                   r"(?:otro dia|otra fecha|otra cita|otro horario)\b")
_TOO_LITTLE_TO_EAT = re.compile(r"\b(?:(?:dont|do not|doesnt|not) have enough (?:to eat|food)|nothing to eat|no food|hungry|"
                                r"no tiene(?:n)? (?:que|q) comer)\b")
_THE_STEPS_SENT = re.compile(r"\b(?:send|give|text|write) (?:me |us |her )?(?:the |those )?steps\b|\bstep by step\b")
_TALK_ABOUT_THE_PATIENT = re.compile(r"\b(?:(?:talk|speak) (?:to|with) (?:someone|somebody|a person)|(?:someone|somebody) (?:i|we) (?:can|could) "
                                     r"(?:talk|speak) (?:to|with)) (?:about|regarding) (?:my mom|mom|my mother|my dad|dad|her|him|dorothy|"
                                     r"all (?:of )?this|these papers|the papers|all these papers|the paperwork|"
                                     # "Hi I'm a social worker at a senior center, is there someone I can talk to about referring a client" (en_75)
                                     r"referring (?:a|my|our) (?:client|patient|resident))\b")
# Anything on the calendar that can be moved: wider than _VISIT_BY_ANY_NAME on purpose (a nurse's call, a check-in, a test),
# which the older guards keep narrow because "call" and "test" are everyday words there
_A_DATED_THING = re.compile(r"\b(?:call|visit|appointment|appt|class|lab|labs|test|blood ?draw|blood ?work|check ?in|cita|clase)\b")
_BE_MOVED = re.compile(r"\b(?:be|get it|have it) (?:moved|changed|switched|pushed back|rescheduled)\b")
_CANT_DO_THE_TEST_TILL = re.compile(r"\b(?:cant|cannot|can not|wont be able to) (?:do|get|make) (?:the |my |her |his )?(?:blood ?draw|blood ?work|"
                                    r"blood test|lab|labs|test|class|appointment|appt|visit) (?:till|until|before|this week|this month)\b")
_COUPON = re.compile(r"\b(?:coupons?|discount cards?|cupon(?:es)?)\b")
_CARE_PLAN_HOW = re.compile(r"\bhow (?:do|to|should) (?:i|she|he) (?:take|use|do)\b")
_WHEN_IS_IT_TAKEN = re.compile(r"\b(?:furosemide|carvedilol|metformin|metformina|insulin|insulina|water pill)\b.*\b(?:morning only|night only|"
                               r"morning or night|morning and night|in the morning|at night|what time|when do i take)\b")
_WHERE_TO_TAKE_THEM = re.compile(r"\b(?:a )?donde (?:la|lo|los|las|me) (?:llevo|mando|puedo llevar|podemos llevar)\b|"
                                 r"\bwhere (?:do|can|should) (?:i|we) (?:take|send) (?:her|him|them)\b")
# The shapes of en_68 / es_64 (`_corrected_shapes_since_en_68`)
_REMIND_ME_THE_LIST = re.compile(r"^(?:please |pls |can you |could you )?remind me (?:of |about |what )?(?:my|her|his|moms|all my|all the|the) "
                                 r"(?:things|stuff|tasks|list|to ?dos?|things to do)(?: (?:again|today|for today|please|pls|are))* ?$")
_THE_PAPER_LOST = re.compile(r"\b(?:misplaced|lost|cant find|threw out|threw away) (?:the|my|her|his) (?:paper|papers|sheet|list|printout|"
                             r"discharge papers?)\b")
_WHAT_WAS_ON_IT = re.compile(r"\b(?:what (?:is|was|s) on it|whats on it|tell me what (?:is|was|s) on it|read (?:it|me what))\b")
_A_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
_WHICH_OF_TWO_DAYS = re.compile(rf"\bis (?:my|her|his|the|moms) (?:\w+ ){{0,2}}(?:on )?{_A_WEEKDAY} or {_A_WEEKDAY}\b")
_HOW_TO_TAKE_IT = re.compile(r"\bhow (?:should|do|does|is|am) (?:i|she|he|mom|dad|my \w+) (?:be |supposed to (?:be )?)?(?:take|taking) "
                             r"(?:my|her|his|the) (?:\w+ ){0,2}(?:pill|pills|med|meds|medicine|medication)\b")
_CANT_GET_OUT_FOR_IT = re.compile(r"\b(?:cant|cannot|can not|wont be able to|not able to) (?:get out|make it|go|get there|come in|get in)"
                                  r"(?: \w+){0,2} (?:for|to) (?:my|the|her|his) (?:\w+ )?(?:blood ?work|lab|labs|test|appointment|appt|"
                                  r"visit|class|draw)\b")
_WITH_FOOD_ASKED = re.compile(r"\b(?:need|needs|have|has) to be (?:taken )?with (?:food|a meal|breakfast|supper|dinner)\b|"
                              r"\bwith or without food\b")
_CAN_I_GET_A = re.compile(r"^(?:can|could|how do|how can) (?:i|we|she|he|mom|my \w+) (?:get|apply for|qualify for|sign up for) (?:a|an) "
                          r"(?!(?:call|phone call|callback|call back|person|human|real person|nurse|case manager|social worker|"
                          r"appointment|appt)\b)")
_WHERE_DO_I_GO = re.compile(r"\bwhere (?:do|can|should) (?:i|we|she|he) (?:go|start)\b")
_ANOTHER_CLASS_WANTED = re.compile(r"\b(?:want|need|looking for|like) (?:another|more|other|a different) (?:\w+ )?class(?:es)?\b")
_NO_MONEY_FOR_ES = re.compile(r"\bno (?:tengo|tenemos|tiene|me alcanza|le alcanza|nos alcanza) (?:dinero |plata |pisto |feria |chavos |lana |varo )?"
                              r"(?:pa|para) (?:la|el|las|los|mis|sus|mi|su|comprar|pagar)\b")
_SUPPLIES_ES = re.compile(r"\b(?:tiras|lancetas|agujas|agujitas|plumas|jeringas)\b")  # "no tengo chavos pa las tiras este mes" (es_66)
_SOMEONE_TO_HELP_WITH_IT = re.compile(r"\b(?:ver|hablar con|platicar con) (?:a )?alguien que me (?:ayude|pueda ayudar)|"
                                      r"\bsomeone (?:to|who can|that can) help me with (?:it|that|this)\b")
# The shapes of en_66 / es_62 and en_67 / es_63 and their after-runs (`_corrected_shapes_since_en_66`, `..._en_67`)
_THE_ONE_BY_ITS_DOSE = re.compile(r"\bthe \d+ \d+ ?(?:one|pill|mg)\b")
_ASKED_OF_IT = re.compile(r"\b(?:is (?:that|it)|when|how|what time|morning (?:and|or) night)\b")
_THANKS_AFTER = re.compile(r"\b(?:thank you|thanks|thank u|thx|ty)\b")
_SOMEONE_AT_THE_HOSPITAL = re.compile(r"\b(?:talk|speak) (?:to|with) (?:someone|somebody|a person|a real person) (?:at|from|in) "
                                      r"(?:st marys|st mary s|saint marys|the hospital|the clinic|your office)\b")
_CANT_GO = re.compile(r"\b(?:dont think (?:i|we|she|he) (?:can|will be able to)|(?:i|we|she|he) cant|wont be able to|not going to be able to|"
                      r"unable to) (?:go|make it|come|get there|get down there)\b")
_ANOTHER_DAY_ASKED = re.compile(r"\b(?:another (?:time|day)|a different (?:time|day)|one of those days|some other (?:time|day)|"
                                r"a later (?:time|day|date))\b")
_DEVICE_OLD_OR_WRONG = re.compile(r"\b(?:scale|meter|glucometer|cuff|walker|wheelchair|cane)(?: \w+){0,2} (?:is )?(?:old|ancient|"
                                  r"reads wrong|not reading right|off|broken|broke)\b")
_A_CLASS_ANYWHERE = re.compile(r"\bis there (?:a|any) (?:class|course|group|program|workshop)\b(?= .*\b(?:library|somewhere|anywhere|"
                               r"around here|in my area|near me|near here|community center|church|ymca)\b)")
_TELL_ME_ALL_OF_IT = re.compile(r"\btell me (?:all of it|everything|all of them|the whole (?:thing|list))\b")
_BEHIND_ON = re.compile(r"\b(?:anything|something|what) (?:is )?(?:mom|she|he|i|dad|my \w+) (?:is |am |s )?behind on\b|"
                        r"\bbehind on (?:anything|her tasks|my tasks|his tasks)\b")
_HOW_TO_READ_IT = re.compile(r"\bhow (?:do|can|should) (?:i|you|she|he|we) (?:read|set|zero|use) (?:it|the|my|her|this|that)\b")
_HOW_THE_CLASS_WORKS = re.compile(r"\b(?:do (?:i|we|she|he) (?:just )?(?:show up|sign up|need to sign up|register)|how does (?:it|the class) work|"
                                  r"dont understand the)\b")
_ANYTHING_BEFORE_IT = re.compile(r"\b(?:do|does|need|needs|have|has) (?:i|she|he|mom|dad)? ?(?:need )?(?:to )?(?:do|bring) anything "
                                 r"(?:special )?before (?:my|her|his|the|moms) (?:blood ?draw|blood ?work|blood test|lab|labs|appointment|"
                                 r"class|visit|call)\b")
_A_TEST_DONE = re.compile(r"\b(?:did|had|got) (?:her|his|my|the) (?:blood ?work|blood test|blood draw|labs?|lab work|weigh in|class|"
                          r"phone call|nurse call|check in)(?: done)?(?: today| this morning| yesterday)?\b")
_MARK_IT_DOWN = re.compile(r"^(?:please )?(?:mark|write|put|jot) (?:it )?down (?:that )?(?:i|she|he|mom|dad) ")
_LIST_WORD = re.compile(r"\b(?:list|lista|tasks|tareas|to ?dos?)\b")
_A_THING_DOES_NOT_FIT = re.compile(r"\b(?:too (?:high|low|heavy|short|tall|small|big|narrow)|cant (?:step|get) (?:over|in|into|out))\b")
_A_PILL_WITHOUT_FOOD = re.compile(r"\b(?:take|taking|have) (?:\w+ ){0,3}(?:pills?|meds?|medicine|dose|carvedilol|metformin|insulin) "
                                  r"(?:\w+ ){0,2}(?:without|with no|on an empty) (?:food|eating|stomach|breakfast|supper|dinner)\b")
_JUST_PHONE_ME = re.compile(r"\b(?:can|could|would) (?:someone|somebody|you|a person)(?: please)?(?: just)? (?:phone|call|ring) me\b")
_DO_YOU_KNOW_OF = re.compile(r"\b(?:do you|do u|does anyone) know (?:of|about|any|where)\b")
_A_PROGRAM_TOLD_OF = re.compile(r"\b(?:there is|theres|there s) (?:a|this) (?:program|service|place|group) (?:that|which|where|who)\b")
_OTHERS_LIKE_ME = re.compile(r"\b(?:talk|connect|meet) (?:to|with) other (?:\w+ ){0,2}(?:daughters|sons|caregivers|families|people|wives|"
                             r"husbands|spouses)\b")
_WHAT_EVERY_DAY_ES = re.compile(r"\b(?:que|q) (?:es lo (?:que|q) )?(?:tiene|tengo|tenemos) (?:que|q) (?:estar )?(?:haciendo|hacer) "
                                r"(?:diario|cada dia|todos los dias|hoy|a diario)\b")
_WHEN_THE_TEST_ES = re.compile(r"\bcuando (?:tengo|tiene|hay) (?:que|q) (?:ir a )?(?:sacarme|sacarle|sacar|hacerme|hacerle) (?:la sangre|"
                               r"el examen|el a1c|los analisis|el laboratorio)\b")
_WHAT_TO_DO_FOR_IT_ES = re.compile(r"\b(?:que|q) (?:hay|tengo|tiene) (?:que|q) hacer (?:pa|para) (?:lo del?|la|el) (?:a1c|examen|laboratorio|"
                                   r"lab|analisis|clase|cita|sangre)\b")
# (the specialists `_A_VISIT_OR_TEST_ES` does not already name)
_A_SPECIALIST_ES = re.compile(r"\b(?:oculista|podologo|nutriolog[oa])\b")
_GO_ANOTHER_DAY_ES = re.compile(r"\b(?:puedo|podemos|puede|se puede) (?:ir|cambiar\w*|mover\w*) (?:para |pa )?otro dia\b")
_A_VISIT_PENDING_ES = re.compile(r"\b(?:tengo|tiene|tenemos) (?:alguna|algun|una|un) (?:consulta|cita) (?:pendiente|programada)\b")
_FASTING_FOR_THE_TEST = re.compile(r"\b(?:tengo|tiene|hay) (?:que|q) (?:ir|estar|llegar) en ayunas\b|"
                                   r"\bdo (?:i|she|he) (?:have to|need to) (?:fast|be fasting)\b")
# Where to get something, asked
_WHERE_TO_GET = re.compile(r"\b(?:donde|where) (?:\w+ )?(?:puedo|puede|podemos|can i|can she|can we|could i|do i|to)? ?(?:consigo|conseguir|"
                           r"compro|comprar|get|buy|find)\b")
# Which day to go, asked: "que dia tengo que ir con el especialista", "what day do i go to the lab"
_WHICH_DAY_TO_GO = re.compile(r"\b(?:que dia|cuando|what day|which day|when) (?:\w+ )?(?:tengo|tiene|me toca|le toca|do i|does she|does he|"
                              r"am i|is she) (?:que |q )?(?:ir|go|have to go|need to go|supposed to go)\b")
_COST_OVERRIDES = frozenset({"ask_task_instructions", "ask_tasks", "small_talk", "nlu_fallback"})
# What a medicine is given with: "ya no podemos pagar las agujas de la pluma" (es_21).
# (and a prescription left at the pharmacy for its price: "en la farmacia me dijeron que la receta costaba mucho y no la
# recogi", es_36)
_SUPPLIES = re.compile(r"\b(?:agujas?|tiras|lancetas?|jeringas?|needles|strips|lancets|syringes|pen needles|la receta|prescription)\b")
# A medicine's price told as news, read as a task done (en_24): what went up, or was left behind.
_PRICED_OUT = re.compile(
    r"\b(?:(?:copays?|co pays?|price|cost|prices) (?:\w+ ){0,5}(?:went up|goes up|going up|doubled|is now|jumped|raised)|"
    # "my water pill went up at walgreens, its $40 now"; "skip the supper pill some days to stretch the bottle" (en_32)
    r"costs? (?:way |so |too )?(?:too much|a fortune)|"
    r"went up at (?:the )?(?:walgreens|cvs|pharmacy|drugstore|jewel|osco|walmart)|stretch (?:the|my|her) (?:bottle|pills|meds)|"
    # "im cutting my pills in half to make them last" (en_61)
    r"(?:to )?make (?:them|it|my pills|my meds|her pills|the pills) last(?: longer)?|"
    r"(?:too|so|really|very) (?:expensive|pricey|much money)|cant afford|couldnt afford|"
    # "el copago de las tiras esta muy alto, no se si voy a poder recogerlas" (es_33)
    r"(?:copagos?|precios?|costos?) (?:\w+ ){0,4}(?:esta|estan|es|son) (?:muy |demasiado )(?:alt[oa]s?|car[oa]s?)|"
    r"(?:didnt|did not|couldnt|could not|cant) (?:pick up|get|fill|refill|buy) (?:\w+ ){0,5}(?:expensive|afford|cost|money|pay)|"
    r"(?:muy caro|muy cara|no me alcanza|no alcanza|no pude (?:comprar|pagar|recoger))|"
    r"(?:costaba|cuesta|costo|salia|sale) (?:muy |bien |demasiado )?(?:mucho|carisim[oa])(?= .*\bno (?:la |lo |las |los )?"
    r"(?:recogi|compre|pude (?:recoger|comprar|pagar))\b)|"
    # "ya no podemos pagar las agujas de la pluma de mi mama" (es_21)
    r"(?:ya )?no (?:podemos|puedo|puede|pueden) (?:pagar|comprar)|(?:cant|can not|cannot) (?:pay for|buy)|"
    # "i have to choose between my heart pills and eating", "copays are too high for me on a fixed income" (en_30)
    r"choose between (?:\w+ ){0,3}(?:pills?|meds|medicines?|insulin) and|(?:copays?|co pays?|prices?) (?:are|is) (?:\w+ )?too high|"
    # a price told and the money not there: "the pharmacy said my carvedilol is 60 dollars, i dont have it", "Walgreens wants
    # too much for the water pill", "her drug plan doesnt cover the carvedilol" (en_60)
    r"(?:is|are|was|wants|costs?|charg\w*) (?:\d+|like \d+|about \d+) (?:dollars|bucks)|(?:wants?|charg\w*|asking) (?:way )?too much|"
    r"(?:plan|insurance|medicare|medicaid|part d) (?:\w+ )?(?:doesnt|does not|wont|will not|stopped|isnt going to) (?:cover|pay)|"
    r"(?:me )?(?:cobraron|cobran|quieren cobrar) (?:\w+ )?(?:\d+|mucho|bastante|demasiado))\b")

# Low mood told, not asked about ("I cry a lot lately over nothing", "I don't enjoy anything
# like I used to") read as small talk or the list: counselling is the help it needs. Over
# every blind set, 486 messages the shared vocabulary reads as mental health were requests
# for it, and 24 were something else (7 look-alikes: "so sad" about the news).
_LOW_MOOD_OVERRIDES = frozenset({"small_talk", "nlu_fallback", "ask_tasks", "thank", "affirm", "greet"})


# How this line handles emergencies, asked ("if I ever get chest pain do I call 911 or text you
# first", "is this the number to report an emergency") read as small talk or a goodbye: what
# the line does, with "Emergencies: call 911", is the answer. (A real emergency never gets
# here: the safety layer runs after the guards and overrides them.)
_ABOUT_EMERGENCIES = re.compile(r"\b(?:911|988|emergenc\w*|ambulance|ambulancia|urgencias)\b")
_HOW_TO_REACH = re.compile(
    r"\b(?:do|should|can|would|could) (?:i|we|you|she|he) (?:call|text|dial|go|use|report)\b|\bis this (?:the )?(?:number|line)\b|"
    r"\b(?:llamo|marco|debo llamar|tengo que llamar)\b")
_ABOUT_EMERGENCIES_OVERRIDES = frozenset({"goodbye", "greet", "thank", "small_talk", "nlu_fallback", "affirm", "deny",
                                          "cannot_make_appointment"})
# Found by using it: "is this like 911 or something different?" read as "can't make it" (not
# "went to the ER by ambulance, so I missed my class": that one asks for another date).
_ASKS_WHAT_THIS_LINE_IS = re.compile(r"\b(?:is this|are you|es esto|es este numero)\b")


def _typed(text: str) -> str:
    return typed_words(text, keep="/?")


# A kind of class or group asked for by who it is for, as the message's start: not the plan's own class reported
_A_CLASS_SOUGHT = re.compile(r"^(?:any |an |a |looking for (?:an? )?|need (?:an? )?|is there (?:an? )?|are there (?:any )?)?(?:\w+ ){0,2}"
                             r"(?:class|classes|program|programs|group|groups|clase|clases|programa|grupo) "
                             r"(?:for|near|in|around|para|cerca) (?:seniors|older|elderly|people|folks|adults|diabetics|caregivers|"
                             r"families|women|men|heart|me|us|my|personas|mayores|gente|cuidadores)\b")
# Classes the hospital runs, asked about as the message's opening: not the plan's own class ("what classes do I have")
_CLASSES_OFFERED_ASKED = re.compile(
    r"^(?:(?:hi|hello|hey) )?(?:what|which) (?:kind of |kinds of |sort of )?(?:classes|programs|groups) (?:do|does) "
    r"(?:the hospital|you|yall|you guys|st marys|saint marys|the clinic) (?:have|offer|run|do)\b"
    r"|^(?:(?:hi|hello|hey) )?(?:is|are) there (?:a|an|any) (?:class|classes|group|program)s? (?:in spanish|en espanol|for (?:my|a) "
    r"(?:friend|neighbor|neighbour|sister|brother|cousin|aunt|uncle|coworker))\b")
# Anything on the plan on a named day, asked: "does mom have anything friday?", "do I have any hospital stuff that day too"
_ANYTHING_THAT_DAY = re.compile(
    r"\b(?:do|does) (?:i|she|he|we|mom|my mom|my mother|dad|my dad|dorothy) have (?:anything|something|any (?:\w+ )?(?:stuff|things|"
    r"appointments?|appts?|visits?)) (?:(?:on|this|next) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|that day|"
    r"the \d+(?:st|nd|rd|th)?)\b")
_A_CLASS_TOLD_ABOUT = re.compile(r"\b(?:went|was|were|attended|enjoyed|loved|liked|great|fun|over|nice|good|ok|okay|completed?|"
                                 r"today|tonight|this morning|yesterday|fue|estuvo|me gusto|hoy|ayer)\b")


# Low mood told by the writer, which the model took for a "no" (a reviewer's finds: "she's blue around the mouth", "nope not
# lonely", "yes, the little blue one")
_MOOD_TOLD_FIRST_PERSON = re.compile(r"^(?:im|i am|i feel|ive been|i have been|i been|feeling|been|not) ")
# ... in these words only (not "im sad but nope", "im depressed leave me alone", "im no longer depressed, no", "im worried mom is
# depressed, no": a second reviewer's finds)
_LOW_MOOD_WORDS = frozenset("""
    im i am ive have been feeling feel so just really very not sleeping sleep eating eat much well sad down depressed lonely low
    tired all the time every day lately a lot and always crying cant anymore blue kind of
""".split())
_MOOD_WORD = re.compile(r"\b(?:sad|down|depressed|lonely|low|crying|blue)\b")
_NOT_EATING_MUCH = re.compile(r"\bnot eating (?:much|well|right|a lot)\b")
# (the whole message: not "... my vision went blurry this morning", "... to my husbands grave one last time", "... im having
# contractions", "can my case worker find someone to drive me", a second reviewer's finds)
_A_RIDE_ASKED = re.compile(
    r"^(?:i |we )?(?:need|want|looking for) (?:someone|somebody|anyone|anybody) (?:to|who can|that can) (?:drive|take|pick up|bring) "
    r"(?:me|us|my mom|mom|my dad|dad)(?: to (?:the |my |her |his )?(?:\w+ )?(?:appointment|appt|doctor|dr|clinic|dialysis|lab|pharmacy|"
    r"class|store|church|blood test|heart doctor|cardiologist))?(?: (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day| tomorrow| "
    r"next week| this week)?(?: please| pls)? ?\??$")
# ... or asked of the hospital: "Hello. Do you have anybody who can drive me to my blood test? I stopped driving after my
# cataract." (en_64: a case manager's request)
_A_DRIVER_ASKED_OF_US = re.compile(r"^(?:(?:hi|hello|hey|good morning|good afternoon) )?(?:do|does|would) (?:you|yall|you guys|st marys|"
                                   r"the hospital) (?:have|know) (?:anybody|anyone|someone|somebody|a driver|a volunteer) (?:who|that) "
                                   r"(?:can|could) (?:drive|take|bring|pick up) (?:me|us|my mom|mom|my dad|dad|her|him)\b")
# Needed now, the emergency room, or someone unwell: not a visit to move (a reviewer's finds: "need someone to drive me to
# the er now")
_NEEDED_NOW_OR_UNWELL = re.compile(r"\b(?:er|emergency|urgent care|now|right now|asap|tonight|hospital|acting|strange|lost|"
                                   r"confused|dont know where|worse|pain|hurt\w*)\b")
# (the whole message, a courtesy at most after it: not "... the power is off and dads oxygen isnt working", "... someone from
# billing please", "... the church paid it thanks anyway", a second reviewer's finds)
_HELP_WITH_A_BILL = re.compile(
    r"^(?:please |pls )?(?:(?:can|could) (?:you|u) )?(?:help (?:me|us) (?:with|pay|paying)|is there (?:any )?help (?:with|for|paying)|"
    r"i need help (?:with|paying)) (?:my |the |a |this |our )?(?:hospital |medical |light |electric |gas |water |ambulance |doctor |er )?"
    r"bills? ?\??(?: please| pls)?(?: thank you| thanks| thx| ty)?(?: so much)? ?\??$")
# The list asked for in words small talk does not use ("quiero ver las tareas de mi papa"; not "las tareas de mi nieto")
_THE_LIST_NAMED = re.compile(r"\b(?:(?:ver|saber|mandar|mandame|dime|digame|pasame|cuales son|q son|que son) (?:\w+ )?(?:mis|las|sus|tus) "
                             r"tareas|(?:que|q) (?:me|le|nos) (?:falta|faltan|toca|tocan) (?:hacer|esta semana|hoy)|"
                             r"(?:my|her|his|moms) (?:tasks|to do list|todo list|care plan)|what do i (?:need to|have to) do (?:today|this week))\b")
# A lack told ("I run out of food the last week of every month"), and thanks or "I manage" that close it instead
_A_LACK_TOLD = re.compile(r"\b(?:run (?:out|low)|runs (?:out|low)|running (?:out|low)|ran out|out of|cant afford|cannot afford|cant pay|"
                          r"no (?:food|money|ride|way|one)|dont have|cant get|wont answer|need|needs)\b")
_THANKS_OR_PRAISE = re.compile(r"\b(?:thank\w*|thx|ty|appreciate\w*|great|helped|worked|gracias|love|loved|nice|good|manage|fine|"
                               r"okay|ok|all set)\b")
# Another time for a visit asked for, right after the visit that cannot be kept, as the message's end (not "can they move him
# to the icu", "find me a new day program", "the nurse on this floor is rude, can they move me", "my husband wont let me
# leave the house for the doctor, can you move me", "id like to go later this month, should i ask the doctor": reviewers)
_ANOTHER_SLOT_ASKED = re.compile(
    r"\b(?:cant|cannot|can not|wont be able to|not able to) (?:get to|make it to|make|go to|be at|come to) (?:\w+ ){0,3}?"
    r"(?:can|could) (?:you|u|yall) (?:please |pls )?(?:move|reschedule) me ?\??$|"
    r"^(?:do|does|must) (?:i|she|he|we) (?:have to|need to|gotta) go (?:to )?(?:\w+ ){0,3}?(?:this|next) week ?\?? (?:id|i would) "
    r"(?:like|rather|prefer) to (?:go|come) later (?:this|next|in the) month(?: if (?:thats|that is|its|it is) (?:ok|okay|alright|possible))? ?\??$")
# A slip asked about, not a change ("is it ok if i did the walk in the evening", "is it ok if we move the lab": reviewers)
_IS_IT_BAD_THAT = re.compile(r"^(?:\w+ )?(?:is it|was it) (?:bad|wrong|a problem) (?:that )?(?:i|she|he|mom|dad|we) "
                             r"(?:only|just|didnt|did not|forgot|missed|skipped|sometimes|never)\b(?!.*\b(?:anyway|but i|i did|did it|took)\b)")


def _troubled(text: str, typed: str) -> bool:
    """Despair, danger or low mood told, which a reschedule request would leave unanswered (the en_46 reviewers)."""
    return bool(_DARK_BESIDE_A_NEED.search(typed) or LOW_MOOD.search(typed)) or safety_net.reads_danger(text)


def _only_low_mood_told(typed: str) -> bool:
    """ "I'm not sleeping, not eating much, just sad all the time": the writer's low mood, in its own words and no others."""
    return bool(_MOOD_TOLD_FIRST_PERSON.match(typed) and _MOOD_WORD.search(typed)) \
        and all(word in _LOW_MOOD_WORDS for word in typed.split())


_A_DREAM = re.compile(r"\b(?:dream\w*|nightmares?|sueño|soñe|sone|pesadilla)\b")


def corrected_intent(text: str, intent: str | None) -> str | None:
    """The intent the message should have, or None to keep the classifier's."""
    typed = _typed(text)
    if not typed:
        return None
    first = _corrected_before_the_older_shapes(text, typed, intent)
    if first is not None:
        return first
    if intent == "cannot_make_appointment" and advice.asks_medical_advice(text) and not _CANT_ATTEND.search(typed) \
            and ((not _VISIT.search(typed) and not PLAN_CHANGE_WORDS.search(typed))
                 # a dose to change is no plan change: "mi azucar anda en 300 seguido, debo cambiar mi dosis?" (es_48 after-run)
                 or (_A_DOSE_CHANGED.search(typed) and not _VISIT_BY_ANY_NAME.search(typed))):
        return "medical_question"  # "the pharmacy gave me a different looking pill, is it the same thing, can i take it"
    if intent in _ADVICE_OVERRIDES and advice.asks_medical_advice(text):
        return "medical_question"
    if intent == "report_task_done" and _A_DREAM.search(typed) and not plain_task_report(text):
        return "small_talk"  # "had a bad dream I was having a heart attack, woke up fine" recorded the nurse's call (sms send)
    if intent in ("thank", "request_human") and _HELP_WITH_A_BILL.match(typed):
        return "find_resource"  # "Help me with hospital bill please. Thank you" (en_46): help paying, from the list
    if intent == "deny" and _only_low_mood_told(typed) and low_mood_only(_NOT_EATING_MUCH.sub(" ", typed)):
        return "find_resource"  # "I'm not sleeping, not eating much, just sad all the time" (en_46): counselling and 988, not "OK"
    if intent == "request_human" and (_A_RIDE_ASKED.match(typed) or _A_DRIVER_ASKED_OF_US.match(typed)) and not _CALL_ME.search(typed):
        return "find_resource"  # "need someone to drive me thursday" (en_46): a driver, not a case manager
    if intent in _CANT_ATTEND_OVERRIDES and _ANOTHER_SLOT_ASKED.search(typed) and _VISIT.search(typed) \
            and not _signs_told(text, typed) and not _NEEDED_NOW_OR_UNWELL.search(typed) and not _troubled(text, typed):
        # "the bus strike means i cant get to dr adeyemi, can u move me", "Do I have to go to the cardiologist this week? Id
        # like to go later this month if thats ok" (en_46)
        return "cannot_make_appointment"
    if intent == "report_task_done" and _IS_IT_BAD_THAT.match(typed):
        return "medical_question"  # "Is it bad that I only weighed myself every other day" (en_46): asked, not told
    if intent == "report_task_done" and _WHEN_TO_TAKE_IT_ASKED.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _DONE.search(typed) and not _signs_told(text, typed) and not advice.asks_medical_advice(text):
        return "ask_task_instructions"  # "water pill morning or night", "the carvedilol, with breakfast or after" (en_57)
    if intent == "find_resource" and advice.asks_medical_advice(text) and _no_help_asked(typed):
        return "medical_question"  # "puedo usar la misma insulina de mi hermana?", "can i take those gummies with my heart meds"
    if intent == "find_resource" and _THE_PLANS_VISIT.search(typed) and _PLAIN_WHEN.search(typed) \
            and asks_when_a_visit_is(text) and not _ANY_OFFERED.search(typed) and not _A_CALL_OR_A_WAY_IN.search(typed):
        return "ask_next_appointment"  # "is the class in person or on the computer and what day" (en_42): theirs, not a list
    if intent in ("report_task_done", "nlu_fallback", "ask_tasks") and _DONE_OR_IS_THERE_MORE.search(typed):
        # "buenas noches, ya hice todo lo de hoy o me falta algo" (es_38): the list asked, nothing named done, whichever of
        # "task done" and "tasks" the model put first (the rules for "ya hice ..." below would make it a report)
        return None if intent == "ask_tasks" else "ask_tasks"
    if intent not in ("report_task_done", "report_emergency", "inform_zip") and reading(text):
        return "report_task_done"  # "me salio 128 en ayunas", "wrote down 178.8": a reading, not a question or a date
    if intent in _CHECKED_OFF_OVERRIDES and _CHECK_MARK.search(text) and _CARE_PLAN_WORDS.search(typed):
        return "report_task_done"  # "supper pill ✔": ticked off, not a question about the pill
    if intent not in ("request_human", "report_emergency") and _TEXTS_AT_A_BAD_HOUR.search(typed) \
            and (not _DISTRESS.search(typed) or nothing_happening(text)):
        # "STOP TEXTING ME SO EARLY I ALMOST FELL OUT OF BED" (en_51, used from outside: the model's next guess opened a
        # reschedule request): the hour of the texts is for a person to change, and says so in the request's reason
        return "request_human"
    if intent == "medical_question" and _CHECK_MARK.search(text) and _CARE_PLAN_WORDS.search(typed) \
            and not _QUESTION.search(typed) and not _DISTRESS.search(typed) and not _SYMPTOM_TOLD.search(typed) \
            and not advice.asks_medical_advice(text):
        return "report_task_done"  # "water pill ✔" (en_44): a tick is not a question, when nothing else is asked or felt
    if intent in _MARKED_DONE_OVERRIDES and _MARKED_DONE.search(typed) and not _QUESTION.search(typed) \
            and (intent in _CHECKED_OFF_OVERRIDES or not (_DISTRESS.search(typed) or _SYMPTOM_TOLD.search(typed)
                                                          or advice.asks_medical_advice(text))):
        return "report_task_done"  # "check off the morning pill please", "talked to the nurse, that one is done"
    if intent in ("ask_task_instructions", "nlu_fallback", "find_resource") and _YA_DONE.search(typed) \
            and not _QUESTION.search(typed) and not _YA_BUT_HOW.search(typed) and not _ASKS_FOR_LIST.search(typed) \
            and (intent != "find_resource" or (_YA_FETCHED.search(typed) and not _STILL_NEEDS.search(typed))):
        return "report_task_done"  # "ya le recogi las tiras y las agujas a mi mama en la farmacia", "ya recogi lo de la farmacia"
    if intent in _TOLD_DONE_OVERRIDES and _TOLD_DONE.search(typed) and (_CARE_PLAN_WORDS.search(typed) or _NURSE.search(typed)) \
            and not _QUESTION.search(typed) and not _COST.search(typed) and not _DISTRESS.search(typed) \
            and not _SINCE_THEN.search(typed) \
            and not advice.asks_medical_advice(text):
        return "report_task_done"  # "I have taken my evening medication", "Talked with the nurse on the phone just now"
    if intent in _TOLD_DONE_OVERRIDES | {"ask_tasks"} and _ALL_DONE.match(typed):
        return "report_task_done"  # "i did everything on my list today": which one is asked, naming today's tasks
    if intent == "medical_question" and _SAYS_IT_WAS_DONE.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _signs_told(text, typed) and not _NOW_AFTER_IT.search(typed) \
            and not _QUESTION.search(typed) and not _DISTRESS.search(typed) and not advice.asks_medical_advice(text):
        return "report_task_done"  # "ayer en la noche si me puse la insulina, se me olvido avisar"
    if intent in _CANT_ATTEND_OVERRIDES and _CANT_ATTEND.search(typed) and (not _WHEN.search(typed) or _NEW_SLOT.search(typed)) \
            and not (intent == "medical_question" and advice.asks_medical_advice(text, plan_judgements=False)) \
            and not _troubled(text, typed):
        # "can't go to the cooking class sunday, that's church"; not despair, low mood or danger beside it ("i wont be at the
        # appointment, whats the point, im done with all of it", "... my ex is waiting outside": a second reviewer of en_46)
        return "cannot_make_appointment"
    if intent == "report_task_done" and _CANT_ATTEND_FIRST.match(typed) and _CANT_ATTEND.search(typed) \
            and not _SOMETHING_DONE.search(typed) \
            and not _WHEN.search(typed):
        return "cannot_make_appointment"  # "I cannot attend the low salt class, my knees" (en_37): not done, not coming
    if intent in ("ask_tasks", "medical_question") and _HOW_TO_PREPARE.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not advice.asks_medical_advice(text):
        return "ask_task_instructions"  # "what does mom need to do to get ready for the blood draw"
    if intent in _HOW_TO_DO_ONE_OVERRIDES and _HOW_TO_DO_ONE.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _NOT_ONLY_HOW.search(typed) and not _SYMPTOM_TOLD.search(typed) and not advice.asks_medical_advice(text):
        return "ask_task_instructions"  # "steps for the blood draw thing?" (en_29)
    if intent in _HOW_TO_DO_ONE_OVERRIDES | {"report_task_done", "medical_question"} \
            and _HOW_TO_DO_ONE_ASKED_ELSEWISE.search(typed) and not _someone_unwell(text, typed) and not _QUANTITY.search(typed):
        return "ask_task_instructions"  # "the scale says lb and kg which one do i use" (en_36)
    if intent == "medical_question" and _DOSE_ON_THE_PLAN.match(typed):
        return "ask_task_instructions"  # "how many mg is the water pill again" (en_29)
    if intent in ("medical_question", "ask_tasks", "nlu_fallback", "find_resource") and _HOW_TO_TAKE_ONE.search(typed) \
            and (_CARE_PLAN_WORDS.search(typed) or _A_TEST.search(typed)) and not _SYMPTOM_TOLD.search(typed) \
            and not _effect_or_unwell_told(text, _CONFUSED_ABOUT.sub(" ", typed)) \
            and not _DISTRESS.search(_TIMES_A_DAY.sub(" ", typed)) and not _JUDGEMENT_ASKED.search(typed) \
            and not advice.asks_medical_advice(text):
        # "the heart pill twice a day, is that with meals or in between", "what am i meant to do for the potasium test" (en_34):
        # what the plan on file says, not a judgement
        return "ask_task_instructions"
    if intent == "report_task_done" and _WHERE_TO_GO.search(typed) and not _WHEN.search(typed):
        return "ask_task_instructions"  # "Where do I go to get the kidney blood test done" (en_32): "done" asked, not told
    if intent == "find_resource" and _WITH_MEALS_ASKED.search(typed) and resources.MEDICINE.search(typed) \
            and _CARE_PLAN_WORDS.search(typed) and not _COST.search(typed):
        return "ask_task_instructions"  # "the carvedilol - with meals or not?" (en_45 after-run): how it is taken, not meals
    if intent in ("report_task_done", "nlu_fallback") and _WHICH_ONE_ASKED.search(typed) and not _SOMETHING_DONE.search(typed) \
            and not _GIVEN_OR_USED.search(typed) and (intent == "report_task_done" or _CARE_PLAN_WORDS.search(typed)) \
            and not _someone_unwell(text, typed):
        # "the carvedilol is that the one with breakfast and supper or just the morning one" (en_45): asked, nothing taken;
        # "Which pill is the one with supper" (en_46, the model unsure)
        return "ask_task_instructions"
    if intent in _ANOTHER_TIME_OVERRIDES and _VISIT_BY_ANY_NAME.search(typed) and _ANOTHER_TIME_ASKED.search(typed) \
            and not _WHEN.search(typed) and not _NOT_THE_VISIT_MOVED.search(typed) and not advice.asks_medical_advice(text):
        # "can i do the cooking class another day", "can my appt be after lunch instead" (en_45): a new time asked
        return "cannot_make_appointment"
    if intent in ("find_resource", "nlu_fallback", "small_talk", "cannot_make_appointment") and _HOW_TO_PREPARE.search(typed) \
            and (_CARE_PLAN_WORDS.search(typed) or _VISIT_BY_ANY_NAME.search(typed)) \
            and not _COST.search(typed) and not _CANT_ATTEND.search(typed) and not _RESCHEDULE.search(typed):
        return "ask_task_instructions"  # "como se guarda la insulina, en el refri o afuera?"
    if intent == "find_resource" and _VISIT_BY_ANY_NAME.search(typed) and _ANOTHER_DAY.search(typed) \
            and resources.normalize_category(typed) in (None, "transportation"):
        # "no tengo quien me lleve al laboratorio, puedo ir otro dia?": a ride and a new date (the reply offers both)
        return "cannot_make_appointment"
    if intent in (_RIDE_OVERRIDES - {"cannot_make_appointment"}) | {"find_resource"} \
            and (_THAT_DAY.search(typed) or _RIDE_NEED.search(typed)) \
            and _SWITCH_IT.search(typed) \
            and resources.normalize_category(typed) in (None, "transportation"):
        return "cannot_make_appointment"  # "my daughter cant drive me that day can we switch it" (en_31): rides offered too
    if intent in _HOW_TO_DO_ONE_OVERRIDES and _HOW_TO_USE_A_PLAN_DEVICE.search(typed) and not _WHERE_TO_GET_ONE.search(typed):
        return "ask_task_instructions"  # "mi mamá no entiende como usar el glucometro, me explicas para enseñarle" (es_57 after)
    if intent in _BRING_OVERRIDES and _WHAT_TO_BRING.search(typed) and _VISIT.search(typed) and not _RIDE_NEED.search(typed):
        return "ask_task_instructions"  # "q necesita llevar mami al laboratorio pal A1c" (es_57): what to bring, not a ride
    if (intent in _RIDE_OVERRIDES or (intent == "medical_question" and _RIDE_ASKED.search(typed)
                                      and not advice.asks_medical_advice(text) and not advice.names_a_health_topic(typed)
                                      and not _SYMPTOM_TOLD.search(typed))) \
            and _RIDE_NEED.search(typed) and not _RESCHEDULE.search(typed) \
            and not _CANT_ATTEND.search(typed) and not _CHANGE.search(typed) and not _SWITCH_IT.search(typed) \
            and not (intent == "ask_next_appointment" and _WHEN.search(typed)) \
            and not (intent == "request_human" and _CALL_ME.search(typed)):
        # (not a call asked beside it: "I need a ride on tuesday but honestly id rather just talk to somebody about everything,
        # can my case manager call me", en_63: the person is the request; the case manager can arrange the ride)
        return "find_resource"  # "mom needs rides to the lab, who do I call to set that up"
    if intent in ("ask_tasks", "request_human", "small_talk", "nlu_fallback") and _CLASSES_OFFERED_ASKED.match(typed) \
            and not _someone_unwell(text, typed):
        return "find_resource"  # "what classes does the hospital have", "is there a class in spanish for my friend" (en_52)
    if intent in ("ask_tasks", "cannot_make_appointment", "ask_task_instructions") and _ANYTHING_THAT_DAY.search(typed) and not _CANT_ATTEND.search(typed) \
            and not _RESCHEDULE.search(typed) and not _someone_unwell(text, typed):
        # "does mom have anything friday? we wanted to take her to see the lights", "I have a hair appointment Thursday, do I
        # have any hospital stuff that day too" (en_52): what is on that day, not today's list nor a move
        return "ask_next_appointment"
    if intent in ("report_task_done", "small_talk", "nlu_fallback") and _A_CLASS_SOUGHT.match(typed) \
            and not _SOMETHING_DONE.search(typed) \
            and not _A_CLASS_TOLD_ABOUT.search(typed) and not _CHECK_MARK.search(text):
        return "find_resource"  # "exercise class for seniors with heart problems" (en_44): a class looked for, nothing done
    if intent in ("report_task_done", "nlu_fallback", "ask_task_instructions") and _PRICED_OUT.search(typed) \
            and (resources.MEDICINE.search(typed) or _SUPPLIES.search(typed)) and not advice.asks_medical_advice(text):
        return "find_resource"  # "my copay for the carvedilol went up to 45 dollars", "didnt pick it up, too expensive"
    if intent == "medical_question" and _WHERE_TO_GET.search(typed) and _COST.search(typed) and resources.MEDICINE.search(typed) \
            and not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed):
        return "find_resource"  # "donde puedo conseguir la metformina mas barata pa mi mama" (es_48 after-run)
    if intent == "ask_task_instructions" and _WHICH_DAY_TO_GO.search(typed) and _VISIT_BY_ANY_NAME.search(typed) \
            and not _HOW_TO_PREPARE.search(typed):
        return "ask_next_appointment"  # "que dia tengo que ir con el especialista del azucar" (es_48 after-run): when, not how
    if intent in _COST_OVERRIDES and _COST.search(typed) and resources.MEDICINE.search(typed) and not advice.asks_medical_advice(text):
        return "find_resource"  # "igual sale caro lo de la insulina, que podemos hacer"
    if intent in ("medical_question", "ask_next_appointment", "small_talk", "nlu_fallback") and _SWITCH_IT.search(typed) \
            and _CLASH.search(typed):
        return "cannot_make_appointment"  # "i have the dentist at the same time as my heart doctor, can we switch it" (en_41)
    if intent in ("ask_tasks", "small_talk", "nlu_fallback") and _WHAT_TO_DO_FOR_A_NEED.search(typed) \
            and resources.normalize_category(typed) is not None and not _DISTRESS.search(typed) and not _someone_unwell(text, typed) \
            and not _THREAT_BESIDE.search(typed):
        return "find_resource"  # "my neighbor used to bring me dinner but she moved, I dont know what to do for meals now" (en_41)
    if intent in _LOW_MOOD_OVERRIDES and resources.normalize_category(typed) == "mental_health":
        return "find_resource"  # "I cry a lot lately over nothing"
    if intent in _ABOUT_EMERGENCIES_OVERRIDES and _ABOUT_EMERGENCIES.search(typed) \
            and (_QUESTION.search(typed) or _HOW_TO_REACH.search(typed)) \
            and (intent != "cannot_make_appointment" or _ASKS_WHAT_THIS_LINE_IS.search(typed)):
        return "ask_capabilities"  # "if I ever get chest pain do I call 911 or text you first"
    if intent in _CALL_ME_OVERRIDES and _CALL_ME.search(typed):
        return "request_human"  # "I'm tired of typing, can someone just call me"
    if intent == "request_human" and _HOW_TO_PREPARE.search(typed) and _VISIT.search(typed) and not _CALL_ME.search(typed) \
            and not _TALK_TO_A_PERSON.search(typed):
        return "ask_task_instructions"  # "how does the nurse phone call work, do I call them or they call me"
    if intent == "cannot_make_appointment" and resources.normalize_category(typed) in _NEEDS_NO_TASK_HAS | {"food"} \
            and not _CANT_ATTEND.search(typed) and not _RESCHEDULE.search(typed) and not _CHANGE.search(typed) \
            and not _VISIT_BY_ANY_NAME.search(_VISITING_SOMEONE.sub(" ", typed)) and not _THAT_DAY.search(typed):
        return "find_resource"  # "I want somebody to visit me so Angela can take a break"
    if intent == "small_talk" and resources.normalize_category(typed) is not None and _ASKS_FOR_HELP.search(typed) \
            and _QUESTION.search(typed):
        return "find_resource"  # "Can I get help filling out the LIHEAP form, the print is so small"
    if intent == "nlu_fallback" and _WHEN_TAKEN.search(typed) and resources.MEDICINE.search(typed) and not _VISIT.search(typed) \
            and not _DOSE_CHANGE.search(typed) and not advice.asks_medical_advice(text):
        return "ask_task_instructions"  # "the little heart pill twice a day, when exactly": its instructions say when
    if intent == "ask_next_appointment" and _CALL_ME.search(typed) and not _WHEN.search(typed):
        return "request_human"  # "quisiera que me hable la señorita que me atendio cuando sali del hospital"
    if intent in _LIST_OVERRIDES | {"request_human", "ask_task_instructions", "ask_next_appointment"} \
            and _WHOLE_LIST.search(typed) and not _CALL_ME.search(typed) \
            and not _someone_unwell(text, _LIST_MISLAID.sub(" ", _ALL_OF_THE_LIST.sub(" ", typed))):
        return "ask_tasks"  # "remind me what the nurse wants me doing every day", "me confirmas todo lo que tiene que hacer"
    if intent in _TALK_OVERRIDES | {"request_human"} and counselling_asked_plainly(text):
        # "i keep having bad dreams about the ambulance ride, who can i talk to" (en_47): counselling, the whole message
        return None if intent == "find_resource" else "find_resource"
    if intent in _TALK_OVERRIDES | {"ask_tasks"} and _STAFF_OR_A_PERSON_TO_DISCUSS.search(typed) and not _someone_unwell(text, typed) \
            and resources.normalize_category(typed) is None \
            and not _need_then_who_to_talk_to(typed) and not _low_mood_besides_talking(typed):
        return "request_human"
    if intent == "inform_dob" and _PHONE_ME_ASKED.search(typed) and not _A_DATE_WRITTEN.search(typed) \
            and resources.normalize_category(typed) is None and asks_for_a_person(text):
        return "request_human"  # "call me back pls 773 555 0142" (en_56: the number read as a date of birth)
    if intent in _TALK_OVERRIDES and _TALK_TO_A_PERSON.search(typed) and not _low_mood_besides_talking(typed) \
            and not _need_then_who_to_talk_to(typed):
        return "request_human"  # "need to talk to a real person, the texts aren't cutting it"
    if intent in (_TALK_OVERRIDES - {"find_resource"}) | {"request_human"} and _need_then_who_to_talk_to(typed) \
            and not _CALL_ME.search(typed):
        return "find_resource"  # "Mom got a collections letter for her hospital stay. Who do we talk to?" (en_32)
    if intent == "request_human" and _SERVICE_ASKED.search(typed) and resources.normalize_category(typed) is not None \
            and not _CALL_ME.search(typed):
        return "find_resource"  # "can somebody bring me meals", "is there a van that can take me to the hospital" (en_31)
    if intent == "request_human" and _TALK_ABOUT_FEELINGS.search(typed) and resources.normalize_category(typed) == "mental_health" \
            and not _VEILED.search(typed) and not _DARK_BESIDE_A_NEED.search(typed) and not _SOMEONE_BACK.search(typed) \
            and not _CALL_ME.search(typed) and not safety_net.reads_danger(text):
        return "find_resource"  # "want to talk to someone about my nerves" (en_31): counselling, with the 988 line
    if intent == "ask_next_appointment" and _GRIEF.search(typed) and resources.normalize_category(typed) == "mental_health" \
            and not _WHEN.search(typed) and not _VISIT.search(typed):
        return "find_resource"  # "my grief is bad this time of year with the holidays" (en_31)
    if intent in _NAMED_NEED_OVERRIDES and resources.normalize_category(typed) in _NEEDS_NO_TASK_HAS \
            and not _CARE_PLAN_WORDS.search(typed) and not _ASKS_FOR_LIST.search(typed) and not _PLAN_NAMED.search(typed):
        return "find_resource"  # "how do I make a will", "My nerves are shot"
    if intent in _NAMED_NEED_OVERRIDES and _BENEFIT_LOST.search(typed) and not _PLAN_NAMED.search(typed) \
            and not _ASKS_FOR_LIST.search(typed) and not safety_net.reads_danger(text):
        return "find_resource"  # "I lost my medicaid, what do I do" (en_60)
    if intent in _TERM_OVERRIDES and _WHAT_A_TASK_MEANS.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _A_NUMBER.search(typed) and not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed) \
            and not safety_net.reads_danger(text) and not _A_CLASS_ASKED_FOR.search(typed):
        # 'what does "daily weights" mean exactly, every single day even sunday?' (en_58); kept when the model read it so
        # (the learning rule below would make it a class: "what does CHF stand for")
        return "ask_task_instructions"
    if intent == "ask_tasks" and _A_LIST_OF_PLACES.search(typed) and resources.normalize_category(typed) is not None \
            and not _CARE_PLAN_WORDS.search(typed) and not _THEIR_OWN_LIST.search(typed):
        return "find_resource"  # "do you have a list of food banks" (en_58): places, not the care plan
    if intent in ("request_human", "nlu_fallback", "small_talk") and talk_asked_under_strain(text) \
            and not _A_CALL_ASKED.search(typed) and not _VEILED.search(typed) and not _DARK_BESIDE_A_NEED.search(typed) and not safety_net.reads_danger(text):
        # "I think I need to talk to someone too, this has been a lot with mom" (en_59): counselling, with the 988 line
        return "find_resource"
    if intent == "request_human" and resources.normalize_category(typed) in ("legal", "financial_assistance", "housing") \
            and not _A_PERSON_ASKED.search(typed):
        # "I want to do a living will, who can help me with the paperwork", "can someone help me with my medicare
        # paperwork" (en_59, en_58 after the retrain): legal or money help, from the list. Over every blind set such
        # messages with no person asked for were 3,225 resource requests and one request for a person ("necesito que
        # alguien me llame por unos papeles del seguro", a call asked: kept)
        return "find_resource"
    if intent == "cannot_make_appointment" and _CAN_IT_WAIT.search(typed) and advice.asks_medical_advice(text):
        return "medical_question"  # "moms legs look more swollen, does she need to go in or can it wait for the appointment"
    if intent == "medical_question" and _HELP_WITH_THE_TRIP.search(typed) and names_a_need(text) \
            and resources.normalize_category(typed) == "transportation" and not advice.asks_medical_advice(text) \
            and not _SYMPTOM_TOLD.search(typed):
        return "find_resource"  # "Mi mama no puede tomar el bus con su rodilla, ustedes ayudan con el viaje al hospital?" (es_54)
    if intent in _EQUIPMENT_OVERRIDES and asks_for_equipment(text) and not _HOW_TO_USE_IT.search(typed):
        return "find_resource"  # "i need one of those grabber things to pick stuff off the floor"
    if intent == "medical_question" and asks_for_equipment(text) and _EQUIPMENT_WANTED.search(typed) \
            and not _JUDGEMENT_OR_SYMPTOM.search(typed) and not _SYMPTOM_TOLD.search(typed) \
            and not advice.asks_medical_advice(text) and not safety_net.reads_danger(text):
        return "find_resource"  # "the stairs are killing me, is there something like a stair lift" (en_29)
    if intent in _OTHER_CLASS_OVERRIDES and _ANOTHER_CLASS.search(typed) \
            and resources.normalize_category(typed) in ("education", "caregiver_support") and not _OWN_CLASS.search(typed) \
            and not _THE_CLASS.search(typed) and not _ON_THE_PLAN.search(typed) and not _WHEN.search(typed) \
            and not advice.asks_medical_advice(text) \
            and not _SYMPTOM_TOLD.search(typed) and not safety_net.reads_danger(text):
        return "find_resource"  # "can I take a CPR class", "cardiac rehab how do i sign mom up" (en_29): not the class on the plan
    if intent == "ask_capabilities" and resources.normalize_category(typed) is not None \
            and (_ASKS_FOR_HELP.search(typed) or _HOW_IT_WORKS.search(typed)):  # "respite care how does it work" (en_32)
        return "find_resource"  # "link card help" (en_29)
    if intent in ("ask_tasks", "small_talk") and _DO_YOU_KNOW_PLACES.match(typed) and resources.normalize_category(typed) is not None \
            and not _CARE_PLAN_WORDS.search(typed) and not advice.asks_medical_advice(text):
        return "find_resource"  # "do you know pantries that have low sodium stuff" (en_38)
    if intent in ("thank", "greet", "goodbye") and _POLITE_REQUEST.search(typed) and resources.normalize_category(typed) is not None \
            and not _WHEN.search(typed) and not _HOW_ASKED.search(typed):
        return "find_resource"  # "I would like to arrange transportation for my upcoming appointment. Thank you kindly." (en_38)
    if intent == "ask_tasks" and _SUPPOSED_TO_SEE.search(typed) and not _someone_unwell(text, typed):
        return "ask_next_appointment"  # "am i supposed to see somebody next week" (en_38)
    if intent == "cannot_make_appointment" and _IS_MY_VISIT_ON_A_DATE.match(typed) and not _CANT_ATTEND.search(typed) \
            and not _RESCHEDULE.search(typed):
        return "ask_next_appointment"  # "is my heart doctor on the 10th? i got a letter that says something different" (en_38)
    if intent == "request_human" and _FINISHED_THE_CALL.match(typed) and not _CALL_ME.search(typed) \
            and not _TALK_TO_A_PERSON.search(typed) and not _QUESTION.search(typed) and not _DISTRESS.search(typed):
        return "report_task_done"  # "mom just finished the nurse call, I was on speaker too" (en_38)
    if intent in (_RIDE_OVERRIDES - {"cannot_make_appointment"}) | {"find_resource"} and _CANT_ATTEND.search(typed) \
            and _RIDE_NEED.search(typed) \
            and resources.normalize_category(typed) in (None, "transportation"):
        # "mi mama no va a poder ir el lunes con el doctor, yo trabajo y no hay quien la lleve" (es_34): the visit moved,
        # and the rides offered beside it (assistant.rides_if_needed)
        return "cannot_make_appointment"
    if intent in ("medical_question", "small_talk") and _asks_for_a_social_need(typed) and not _about_a_visit_not_a_ride(typed) \
            and (intent == "medical_question" or _QUESTION.search(typed)) and _nothing_medical_nor_a_person(text, typed):
        # "el hospital tiene ayuda pa gente de bajos recursos? debo mucho de la emergencia" (es_25), "is there a
        # shuttle from the Red Line to St Marys" (en_30)
        return "find_resource"
    if intent == "medical_question" and resources.normalize_category(typed) in _TOLD_NEEDS and not _QUESTION.search(typed) \
            and not _ASKED_ALL_THE_SAME.search(typed) and not _REPORTED.search(typed) and not advice.names_a_health_topic(typed) \
            and _nothing_medical_nor_a_person(text, typed):
        return "find_resource"  # a need told, not asked, nothing of health beside it: "my fridge is almost empty" (en_60 after the retrain)
    if intent == "small_talk" and resources.normalize_category(typed) in ("financial_assistance", "legal") \
            and _MONEY_TROUBLE.search(typed) and not _REPORTED.search(typed) and not advice.names_a_health_topic(typed) \
            and _nothing_medical_nor_a_person(text, typed):
        return "find_resource"  # a money or legal trouble told: "I think I'm being charged twice for the same visit" (en_63)
    if intent in _NEED_ASKED_OVERRIDES and _help_asked_not_the_plan(text, typed):
        # "my late husbands pension is being held up, do i need a lawyer", "I was told theres a heart failure school, how
        # do I sign up" (en_62), "como apuntamos a mi mama en la lista de vivienda de la ciudad" (es_58): help asked, not
        # a visit, a task's steps or a task done
        return "find_resource"
    if intent in ("find_resource", "ask_tasks", "nlu_fallback", "small_talk") and _NEXT_VISIT_DAY_ASKED_ES.search(typed) \
            and not _RIDE_NEED.search(typed) and not _CANT_ATTEND.search(typed) and not _CHANGE.search(typed):
        return "ask_next_appointment"  # "aver si me dices el dia de mi siguiente cita pq tengo q avisarle a mi hijo" (es_59)
    if intent == "report_task_done" and _NEVER_DONE.search(typed) and (_QUESTION.search(typed) or _HOW_TO_HELP.search(typed)):
        return "ask_task_instructions"  # "como le ayudo a mi mama a medirse la glucosa? yo nunca lo he hecho" (es_60): not done
    if intent in ("find_resource", "nlu_fallback") and _FINGER_PRICK.search(typed) and resources.normalize_category(typed) is None \
            and not _someone_unwell(text, typed):
        return "ask_task_instructions"  # "donde me pico pa sacar la gotita, en cual dedo" (es_60): the sugar check's steps
    if intent == "find_resource" and _WHAT_TO_DO_FOR_A_TASK_ES.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _COST.search(typed) and not _RIDE_ASKED.search(typed):
        # "que hay que hacer para recoger las tiras y agujas de mami, necesito llevar su tarjeta?" (es_60): the pickup's
        # steps; "llevar" is something to bring, not a ride
        return "ask_task_instructions"
    if intent == "cannot_make_appointment" and _WHATS_ON_MY_SCHEDULE.search(typed) and not _CANT_ATTEND.search(typed) \
            and not _RESCHEDULE_ASKED.search(typed):
        # "can you tell me what all is on my schedule for the week including the class and the blood thing" (en_65)
        return "ask_tasks"
    if intent in ("request_human", "ask_task_instructions", "small_talk", "nlu_fallback") and _TALK_ABOUT_A_LOSS.search(typed) \
            and not _CALL_ME.search(typed) and not _A_ROLE_ASKED.search(typed) and low_mood_only(text):
        # "need someone to talk to about my husband passing", "My pastor said I should talk to somebody about how I been
        # feeling" (en_65): counselling, with the 988 line
        return "find_resource"
    if intent == "inform_dob" and resources.normalize_category(typed) == "transportation":
        return "find_resource"  # "who can take my mom to get her blood drawn, I work 7 to 7" (en_62): hours, not a birth date
    if intent == "request_human" and _NOBODY_TO_TALK_TO.search(typed) and not _CALL_ME.search(typed) \
            and not _A_ROLE_ASKED.search(typed) and low_mood_only(text):
        return "find_resource"  # "dont have anybody to talk to" (en_63): loneliness, counselling with the 988 line
    if intent == "find_resource" and _COME_ANOTHER_TIME.search(typed) and _A_PLACE_OF_CARE.search(typed) \
            and resources.normalize_category(typed) in (None, "transportation") and not _unwell_told(text, typed):
        # "I've got a bad cold and I don't want to go sit in the doctors office ..., can I come another time" (en_63)
        return "cannot_make_appointment"
    if intent == "report_task_done" and _NOT_COVERED.search(typed) and resources.MEDICINE.search(typed) \
            and not _DONE.search(typed):
        return "find_resource"  # "mom's part d plan changed and now her carvedilol isnt covered" (en_63): paying, not taken
    if intent in _ANOTHER_DAY_OVERRIDES and _CANT_MAKE_IT_ANOTHER_DAY.search(typed) and resources.normalize_category(typed) is None:
        return "cannot_make_appointment"  # "can't make it. what other days are there" (en_60 after the retrain: a list of help)

    if intent == "medical_question" and _WHAT_A_TERM_MEANS.search(typed) and resources.normalize_category(typed) == "education" \
            and not _JUDGED_FOR_SOMEONE.search(typed) and not _CARE_PLAN_WORDS.search(typed) and not _WHEN.search(typed) \
            and not _someone_unwell(text, typed) and not _DYING.search(typed) \
            and not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed) and not safety_net.reads_danger(text):
        return "find_resource"  # "what does ejection fraction mean", "info on heart healthy diet" (en_36): learning, not a judgement
    if intent in _MATERIAL_OVERRIDES and _asks_for_material(text, typed):
        return "find_resource"  # "is there a handout on low sodium diets I can print for mom"
    if intent in _LIST_OVERRIDES and _ASKS_FOR_LIST.search(typed) \
            and not (_A_LIST_OF_THINGS.search(typed) and _signs_told(text, _LIST_MISLAID.sub(" ", typed))) \
            and (not _CARE_PLAN_WORDS.search(typed) or (_BESIDES_ONE.search(typed) and not _unwell_told(text, typed)
                                                        and not _FOR_A_RESULT.search(typed)
                                                        and not _UNWELL_BESIDE_A_PERSON.search(typed))) \
            and not (intent == "medical_question" and advice.asks_medical_advice(text)):
        return "ask_tasks"  # "que tiene mi mami en su lista pa esta semana", "did i forget anything this week"
    if intent in _LIST_OVERRIDES | {"ask_task_instructions"} and _whole_list_asked(text, typed):
        return "ask_tasks"  # "remind me of everything for the rest of the week, I'm writing it on the calendar" (en_62)
    if intent in ("find_resource", "nlu_fallback") and _OWN_CLASS.search(typed) \
            and (_WHEN.search(typed) or _CONFIRM.search(typed) or _IS_MY_VISIT_ON.match(typed)):
        return "ask_next_appointment"  # "when is mom's diabetes class?": her class, not a list of classes
    if (intent == "ask_tasks" or (intent == "medical_question" and _WHEN_IS.match(typed) and not resources.MEDICINE.search(typed)
                                  and not _NOT_ONLY_WHEN.search(typed))) \
            and _ASKS_WHEN.match(typed) and _VISIT.search(typed) \
            and not _ASKS_FOR_LIST.search(typed) and not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed):
        return "ask_next_appointment"  # "when was moms blood work supposed to be?", "what day is the salt class" (en_32)
    if intent in ("nlu_fallback", "find_resource") and _WHEN.search(typed) and _VISIT.search(typed) and not _WANTS_PERSON.search(typed) \
            and (intent == "nlu_fallback" or _ASKS_WHEN.match(typed) or resources.normalize_category(typed) is None) \
            and not _RIDE_NEED.search(typed) and not _cant_go_asks_another_time_es(text, typed):
        return "ask_next_appointment"  # "when am i supposed to get my blood drawn", "is the nurse calling tomorrow or the day after"
    if intent == "cannot_make_appointment" and (_WHEN.search(typed) or (_CONFIRM_AT_THE_END.search(typed) and _VISIT.search(typed))) \
            and not PLAN_CHANGE_WORDS.search(typed) and not _CANT_ATTEND.search(typed) \
            and not _cant_go_asks_another_time_es(text, typed):  # (es_52: "no me da tiempo de ir ... cuando mas puedo ir?")
        return "ask_next_appointment"  # "I have it in my head that I have an appointment Friday, is that right?" (en_29)
    if intent == "ask_next_appointment" and re.search(_WHAT_TO_SAY_ON_THE_CALL, typed) and not _WHEN_TOO.search(typed) \
            and not _someone_unwell(text, typed):
        return "ask_task_instructions"  # "what do i say when the nurse calls, what will she ask" (en_37)
    if intent == "ask_next_appointment" and _asks_to_move(typed):
        return "cannot_make_appointment"  # "no podre asistir a mi consulta, quisiera reagendar"
    if intent in ("request_human", "nlu_fallback", "small_talk", "ask_capabilities") and _ANYTHING_SCHEDULED.search(typed) \
            and not _CALL_ME.search(typed) and not _TALK_TO_A_PERSON.search(typed) and not _someone_unwell(text, typed):
        return "ask_next_appointment"  # "Do I have something tomorrow? somebody said a call" (en_36)
    if intent == "request_human" and _asks_when_not_for_a_person(typed):
        return "ask_next_appointment"  # "when is the phone call with the heart nurse", "when does the nurse call me"
    if intent == "report_task_done" and _ASKS_WHEN.match(typed) and _VISIT.search(typed) and _QUESTION.search(typed) \
            and not _RESCHEDULE.search(typed):
        return "ask_next_appointment"  # "when am i supposed to get my kidney blood test done" (en_26: "done" asked, not told)
    if intent == "report_task_done" and _QUESTION.search(typed) and not _DONE.search(typed):
        return "ask_next_appointment" if _WHEN.search(typed) else "ask_task_instructions"
    if intent == "report_task_done" and _PLAN_CHANGE_ASKED.match(typed):
        return "ask_tasks"  # "did the nurse put anything new on my plan" (en_40: it recorded the nurse's call as done)
    return _corrected_shapes_since_en_30(text, typed, intent)


# A question whether the plan changed: the plan is the answer, never a task done.
_PLAN_CHANGE_ASKED = re.compile(
    r"^(?:\w+ )?(?:did|has|have|is) (?:the|my|her|his|moms|dads) (?:nurse|doctor|dr|case manager|care team|team|cardiologist) "
    r"(?:\w+ )?(?:put|add|added|change|changed|update|updated|send|sent|make|made) (?:\w+ ){0,3}(?:on|to|in) "
    r"(?:my|her|his|the|moms|dads) (?:plan|list|chart|care plan|to do list|todo list)\b")


def _corrected_shapes_since_en_30(text: str, typed: str, intent: str | None) -> str | None:
    """The shapes the blind sets since en_30 and es_26 showed, each as a class (their quiet twins are in the tests)."""
    if intent in _CONFLICT_OVERRIDES and _SAME_TIME_AS.search(typed) and _VISIT_BY_ANY_NAME.search(typed) \
            and not _ASKS_WHEN.match(typed) and not _unwell_told(text, typed):
        return "cannot_make_appointment"  # "the cooking class is the same night as my bible study, is there another one"
    if intent in _CONFLICT_OVERRIDES | {"medical_question", "snooze"} and _VISIT_BY_ANY_NAME.search(typed) \
            and (_DO_IT_ANOTHER_TIME.search(typed) or _MY_TEST_ANOTHER_TIME.search(typed) and not _BODY_OR_MOOD.search(typed)) \
            and not _ASKS_WHEN.match(typed) and not _unwell_told(text, typed):
        return "cannot_make_appointment"  # "i forgot about the blood test, can we do it another day"
    if intent in ("ask_tasks", "report_task_done") and _ON_THE_CALENDAR.search(typed) and not _PLAN_NAMED.search(typed):
        return "ask_next_appointment"  # "do I have anything on the calendar before christmas"
    if intent == "request_human" and _PLAN_NAMED.search(typed) and _QUESTION.search(typed) \
            and not _WANTS_PERSON.search(typed) and not _CALL_ME.search(typed) and not _SOMEONE_TO_ASK.search(typed) \
            and not _HOMEWORK.search(typed):
        return "ask_tasks"  # "mi mama tiene alguna tarea atrasada? me dijo que no pero no le creo jaja"
    if intent == "request_human" and _COUNSELLOR.search(typed) and resources.normalize_category(typed) == "mental_health" \
            and not _CALL_ME.search(typed) and not _A_CALL_OR_NOW.search(typed):
        return "find_resource"  # "hay consejeros que hablen español? necesito hablar con alguien de mis nervios"
    if intent == "medical_question" and _only_told_done(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _DISTRESS.search(_SORRY_LATE.sub(" ", typed)) and not advice.asks_medical_advice(text):
        return "report_task_done"  # "took my water pill at 9, sorry forgot to text earlier"
    if intent in ("ask_tasks", "small_talk", "nlu_fallback") and _DID_IT_ALL.search(typed) and not _QUESTION.search(typed) \
            and not _ASKS_FOR_LIST.search(typed):
        return "report_task_done"  # "I did everything on the list this morning"
    if intent == "find_resource" and _DOSE_JUDGED.search(typed):
        return "medical_question"  # "is it ok to skip the water pill today, I have a long bus ride"
    if intent in ("medical_question", "cannot_make_appointment") \
            and resources.normalize_category(typed) == "medication_assistance" \
            and _PRICED_OUT.search(typed) and not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed) \
            and not _TAKE_INSTEAD.search(typed) \
            and (intent == "medical_question" or not (_VISIT.search(typed) or _CANT_ATTEND.search(typed))):
        # "copays are too high for me on a fixed income"; "el copago de las tiras esta muy alto, no se si voy a poder
        # recogerlas" (es_33 after the retrain: read as a visit that cannot happen)
        return "find_resource"
    if (intent in _LEARNING_OVERRIDES or (intent == "cannot_make_appointment" and not _CANT_ATTEND.search(typed)
                                          and not _RESCHEDULE.search(typed))) and _wants_to_learn(text, typed):
        return "find_resource"  # "what should I read to understand my moms condition better", "what does CHF stand for"
    if intent in ("report_task_done", "ask_task_instructions") and _EQUIPMENT_BROKEN.search(typed) \
            and _EQUIPMENT_NAMED.search(typed) and not _QUESTION.search(typed):
        return "find_resource"  # "the scale you all gave me doesnt turn on"
    if intent in ("report_task_done", "ask_task_instructions", "medical_question") and _EQUIPMENT_BROKEN.search(typed) \
            and _EQUIPMENT_NAMED.search(typed) and _REPLACEMENT_ASKED.search(typed) and not _someone_unwell(text, typed) \
            and not _OXYGEN.search(typed) and not _FEELS_BAD.search(typed):
        return "find_resource"  # "el medidor de azucar de mi mama no prende ni con pilas nuevas, se lo pueden cambiar?" (es_31)
    if intent in ("ask_task_instructions", "ask_tasks") and resources.normalize_category(typed) == "financial_assistance" \
            and _ASKS_FOR_HELP.search(typed) and not _CARE_PLAN_WORDS.search(typed) and not _PLAN_NAMED.search(typed) \
            and not (_BRING.search(typed) and _VISIT_BY_ANY_NAME.search(typed)):  # "... bring my medicare card to the appt"
        return "find_resource"  # "no entiende las cartas que le llegan, alguien que nos explique?"
    if intent == "request_human" and _BOOK_ON_LIVING_WITH.search(typed) and not _TALK_TO_A_PERSON.search(typed) \
            and not _CALL_ME.search(typed):
        return "find_resource"  # "Id like a book on living with a weak heart" (en_35; not "i dont want pamphlets i want a person")
    if intent in ("ask_next_appointment", "greet") and _ASKS_FOR_LIST.search(typed) and not _WHEN.search(typed) \
            and not _VISIT.search(typed) and not _someone_unwell(text, typed):
        return "ask_tasks"  # "Is there anything I'm behind on" (en_35)
    if intent == "greet" and _SEE_THE_PLAN.search(typed) and not _someone_unwell(text, typed):
        return "ask_tasks"  # "Hello, I am the daughter of Dorothy Williams. May I see her care plan items?" (en_35)
    if intent == "request_human" and _SEEING_ANYONE_WHEN.search(typed) and not _someone_unwell(text, typed) \
            and not _TALK_TO_A_PERSON.search(typed):
        return "ask_next_appointment"  # "do i see anybody this week" (en_35)
    if intent in ("ask_tasks", "nlu_fallback", "small_talk") and _NOTHING_TO_EAT.search(typed) and not _FASTING.search(typed) \
            and not _someone_unwell(text, typed) and not re.search(r"\b(?:insulin|insulina)\b", typed):
        return "find_resource"  # "no tengo que comer esta semana" (es_31; not "no tengo que comer antes del laboratorio?")
    if intent in ("find_resource", "nlu_fallback") and _CANT_GET_THEM_THERE.search(typed) \
            and resources.normalize_category(typed) in (None, "transportation") \
            and not _someone_unwell(text, _CANT_GET_THEM_THERE.sub(" ", typed)):
        return "cannot_make_appointment"  # "Can't get mom there Tuesday. Other options?" (en_35): rides and a new date
    if intent in ("find_resource", "nlu_fallback", "small_talk") and _ANYTHING_ON_A_DAY_ES.search(typed) \
            and resources.normalize_category(typed) is None and not _someone_unwell(text, typed):
        return "ask_tasks"  # "tiene mi mama algo pa mañana? pa saber si la tengo q llevar a algun lado" (es_31)
    return _corrected_shapes_since_en_39(text, typed, intent)


def _corrected_shapes_since_en_39(text: str, typed: str, intent: str | None) -> str | None:
    if intent in ("find_resource", "nlu_fallback", "small_talk", "ask_task_instructions") \
            and (_CONNECT_ME_WITH_STAFF.search(typed) or _THE_ONE_WHO_MADE_MY_PLAN.search(typed)
                 or (_A_PERSON_NOT_A_ROBOT.search(typed) and resources.normalize_category(typed) is None
                     and not _low_mood_besides_talking(typed))) \
            and not safety_net.reads_danger(text):
        # "I'd like to talk to someone about it. not a robot", "connect me with Dorothy Williams' case manager",
        # "I'd like to speak to Miss... I forget her name, the one with the glasses who set up my plan" (en_39);
        # not a need beside it ("a real person to help me with bathing") nor low mood ("... so lonely")
        return "request_human"
    if intent in _CONFLICT_OVERRIDES | {"medical_question", "snooze"} and _VISIT_BY_ANY_NAME.search(typed) \
            and _ANOTHER_TIME_INSTEAD.search(typed) and not _A_MEDICINE_OR_EXERCISE.search(typed) \
            and not _ASKS_WHEN.match(typed) and not _unwell_told(text, typed) and not advice.asks_medical_advice(text):
        # "the nurse phone call tomorrow, can it be in the afternoon instead", "that salt class, can I do it some other
        # time" (en_39); not a pill or an exercise ("the lasix before my lab, can I do it in the evening instead")
        return "cannot_make_appointment"
    if intent == "small_talk" and _A_LACK_TOLD.search(typed) and names_a_need(text) and not _THANKS_OR_PRAISE.search(typed):
        # "I run out of food the last week of every month", "my oxygen tank is running low and the company wont answer the
        # phone" (en_46 after-run: the retrained model's small talk), when no other shape above read it: a need told is asked
        # help for
        return "find_resource"
    if intent == "small_talk" and _THE_LIST_NAMED.search(typed) and not _someone_unwell(text, typed):
        # "buenas, quiero ver las tareas de mi papa", "... que me falta hacer esta semana" (es_42 after-run: small talk)
        return "ask_tasks"
    return _corrected_shapes_since_en_54(text, typed, intent) or _corrected_shapes_since_en_56(text, typed, intent)


def _corrected_shapes_since_en_54(text: str, typed: str, intent: str | None) -> str | None:
    if intent in ("report_task_done", "nlu_fallback") and (_WHEN_DO_I_GET.match(typed) or _A_TIME_SET_ASKED.search(typed)) \
            and not _unwell_told(text, typed):
        # "when do i get my kidneys checked", "did they ever set a time for my blood test" (en_54: both recorded the
        # blood test as done)
        return "ask_next_appointment"
    if intent == "cannot_make_appointment" and _ANYTHING_SCHEDULED_ON.search(typed) and not _CANT_ATTEND.search(typed) \
            and not _RESCHEDULE.search(typed) and not PLAN_CHANGE_WORDS.search(typed) and not _unwell_told(text, typed):
        return "ask_next_appointment"  # "Does my mother have anything scheduled Thursday? I'm trying to book her hair appt"
    if intent == "inform_dob" and _HOW_TO_DO.search(typed) and _CARE_PLAN_WORDS.search(typed) and re.search(r"\d", typed) \
            and not _TO_LEARN_OR_A_CLASS.search(typed) and not advice.asks_medical_advice(text):
        return "ask_task_instructions"  # "can you tell me how to do my heart pill, the 6.25 one" (en_54: 6.25 read as a date)
    if intent in ("small_talk", "nlu_fallback", "deny", "affirm", "thank", "greet") and _HELP_WITH_A_NEED.match(typed) \
            and resources.normalize_category(typed) not in (None, "mental_health") \
            and not _DISTRESS.search(_HELP_WITH_A_NEED.sub(" ", typed, count=1)) \
            and not _ACUTE_SIGNS.search(typed) and not _THREAT_BESIDE.search(typed) and not safety_net.reads_danger(text):
        return "find_resource"  # "need help with my gas bill before it gets real cold" (en_54: small talk)
    if intent == "ask_next_appointment" and _IS_THERE_A_CLASS.match(typed) and not _WHEN.search(typed) \
            and not _DAY_OR_TIME.search(typed) and not PLAN_CHANGE_WORDS.search(typed) \
            and not _OWN_CLASS.search(typed) and not _THE_PLANS_VISIT.search(typed):
        return "find_resource"  # "is there a diabetes class, my doctor said im borderline": classes offered, not hers
    if intent == "nlu_fallback" and plain_task_report(text) and _REPORTED.search(typed) and not _ASKED_ANYWHERE.search(typed) \
            and not _QUESTION.search(typed) and not _ASKS_FOR_HELP.search(typed) and not _NOT_ONLY_REPORTED.search(typed) \
            and not PLAN_CHANGE_WORDS.search(typed) and not _SYMPTOM_TOLD.search(typed) \
            and not advice.asks_medical_advice(text):
        # "Just wanted to let you know I took my medicine this morning like I'm supposed to. Have a blessed day." (en_54: the
        # fallback found "medicine" and listed help paying for it)
        return "report_task_done"
    if intent == "request_human" and _CAN_SOMEONE_DRIVE.match(typed) and not _NEEDED_NOW_OR_UNWELL.search(typed) \
            and not _someone_unwell(text, _STUCK_AT_WORK.sub(" ", typed)):
        return "find_resource"  # "can someone drive my mother to the lab, I'm stuck at work all week": a ride
    if intent == "find_resource" and (_WHOEVER_IN_CHARGE.search(typed) or _ANYONE_REAL_THERE.match(typed)) \
            and resources.normalize_category(typed) is None:
        # "I'm calling about my neighbor Dorothy, can I talk to whoever is in charge of her care", "is there anyone there? a
        # real one?" (en_54)
        return "request_human"
    if intent == "cannot_make_appointment" and _EXPLAIN_HOW.search(typed) and not _VISIT.search(typed) \
            and not _ANOTHER_DATE.search(typed) \
            and not _RESCHEDULE.search(typed) and not _CANT_ATTEND.search(typed):
        return "ask_task_instructions"  # "me explica otra vez como cambiar la agujita del pen" (es_50: a reschedule request)
    if intent == "medical_question" and _ANOTHER_DAY_ES.search(typed) and _VISIT.search(typed) and not _unwell_told(text, typed):
        return "cannot_make_appointment"  # "se me complico pa la clase de diabetes, la puedo tomar otro dia?" (es_50)
    if intent == "cannot_make_appointment" and _COST_ASKED.search(typed) and not _CANT_ATTEND.search(typed) \
            and not _RESCHEDULE.search(typed) and not PLAN_CHANGE_WORDS.search(typed) and not _SYMPTOM_TOLD.search(typed) \
            and not _DISTRESS.search(typed) and not advice.asks_medical_advice(text):  # ("how much" is no dose asked here)
        return "find_resource"  # "how much is the cardiology visit going to cost me out of pocket" (en_54: a reschedule request)
    if intent in ("report_task_done", "ask_task_instructions") and names_a_need(text) and not reading(text) \
            and (_GIVEN_OUT.search(typed) or (intent == "report_task_done" and _TOO_FAR_TO.search(typed)
                                              and not _DONE.search(typed) and not _CHECK_MARK.search(text))):
        # "the store is too far to walk with bags", "do yall give out scales, mine is off by like 5 lbs" (en_54: a task done,
        # "which task?")
        return "find_resource"
    return None


def _corrected_shapes_since_en_56(text: str, typed: str, intent: str | None) -> str | None:
    if intent == "report_task_done" and _STEPS_ASKED_FOR.search(typed) and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "what are the steps for the blood draw, never had one at this place" (en_56: done)
    if intent in ("report_task_done", "medical_question", "ask_task_instructions") and _DEVICE_WRONG.search(typed) \
            and resources.normalize_category(typed) == "medical_equipment" and not _WEIGHED_OR_READ.search(typed) \
            and not _HOW_TO_USE.search(typed) \
            and not _DISTRESS.search(typed) and not _ACUTE_SIGNS.search(typed) and not safety_net.reads_danger(text):
        # "my scale doesnt read right, it jumps 5 pounds every time" (en_56: recorded as weighed), "el medidor q tengo marca
        # puros errores, me pueden dar uno nuevo?" (es_52: a medical question); not `_unwell_told`, which reads the scale's
        # "5 pounds" as a gain in weight
        return "find_resource"
    if intent in ("ask_next_appointment", "small_talk", "nlu_fallback", "find_resource") and _cant_go_asks_another_time_es(text, typed):
        # "no me da tiempo de ir a sacarme la sangre esta semana, cuando mas puedo ir?", "ya se q el A1c era hace dos dias pero
        # no fui, cuando lo puedo hacer", "no puedo llevar a mi mama al endocrinologo, me toca turno doble, hay otro dia?" (es_52)
        return "cannot_make_appointment"
    return _corrected_shapes_since_en_66(text, typed, intent)


# The list of tasks asked by name, after a hello: "hello first time texting this number, what are my tasks" (en_66)
_WHAT_ARE_MY_TASKS = re.compile(r"\bwhat (?:are|r|is|s) (?:my|her|his|moms|mom s) (?:tasks|to ?dos|to do list|care plan)\b")
# ... or what else is on it besides one thing: "oiga y pa hoy que mas tengo aparte de la insulina" (es_62)
_WHAT_ELSE_BESIDES = re.compile(r"\b(?:(?:que|q) (?:mas|otra cosa) (?:tengo|tiene|me toca|le toca)|what else (?:do|does) (?:i|she|he|mom) "
                                r"(?:have|need to do)) (?:\w+ ){0,3}(?:aparte de|ademas de|fuera de|besides|other than)\b")
# The visit moved, said the everyday way: "something came up, can the doctor see me next week instead" (en_66)
_SEE_ME_INSTEAD = re.compile(r"\bsomething (?:came|come) up\b|\b(?:see|take|fit|squeeze) (?:me|her|him|us|mom) (?:in )?(?:\w+ ){0,3}instead\b")
# The way there asked, with no car or a long way to go: "My son took the car back to Milwaukee. how do I get to my appointments
# now", "how do i get to the cooking class its way over on the west side" (en_66)
_WAY_THERE_ASKED = re.compile(r"\bhow (?:do|will|can|am|should) (?:i|we|she|he|mom) (?:supposed to )?(?:get|go) (?:to|there)\b")
_NO_CAR_OR_FAR = re.compile(r"\b(?:took the car|no car|dont have a car|lost my car|car (?:broke|is broke|died)|dont drive|cant drive|"
                            r"way over|far away|too far|so far|across town|other side of town|(?:west|south|north|east) side|"
                            r"lejos|no tengo carro|no manejo)\b")
# Money short for a medicine or its supplies, and help asked: "mi mama ya no tiene para las agujas de la pluma, a quien le
# pido ayuda" (es_62)
_NO_MONEY_FOR = re.compile(r"\b(?:ya )?no (?:tiene|tengo|tenemos) (?:para|pa) (?:las|los|la|el|sus|mis) \w+|\bno (?:me|le|nos) alcanza\b|"
                           r"\b(?:cant|cannot|can not|couldnt) afford\b")
_WHO_HELPS = re.compile(r"\b(?:a quien (?:le )?(?:pido|pedimos|pregunto)|quien (?:me|nos|le) (?:ayuda|puede ayudar)|donde (?:pido|consigo) "
                        r"ayuda|who (?:do|can) (?:i|we) ask|where (?:do|can) (?:i|we) get help)\b")


def _corrected_shapes_since_en_66(text: str, typed: str, intent: str | None) -> str | None:
    if intent in ("ask_capabilities", "greet") and _WHAT_ARE_MY_TASKS.search(typed) and not _WHEN.search(typed):
        return "ask_tasks"
    if intent in ("find_resource", "report_task_done") and _WHAT_ELSE_BESIDES.search(typed) and not _unwell_told(text, typed):
        return "ask_tasks"
    if intent in ("ask_next_appointment", "small_talk", "nlu_fallback") and _SEE_ME_INSTEAD.search(typed) \
            and (_VISIT_BY_ANY_NAME.search(typed) or _RESCHEDULE_ASKED.search(typed)) and not _unwell_told(text, typed):
        return "cannot_make_appointment"
    if intent in ("ask_task_instructions", "ask_tasks") and _WAY_THERE_ASKED.search(typed) and _NO_CAR_OR_FAR.search(typed) \
            and not _unwell_told(text, typed) and not safety_net.reads_danger(text):
        return "find_resource"  # a ride; a class on the plan keeps its place in the reply's words
    if intent in ("ask_task_instructions", "report_task_done", "ask_tasks") and _NO_MONEY_FOR.search(typed) \
            and _WHO_HELPS.search(typed) and (resources.MEDICINE.search(typed) or _SUPPLIES.search(typed)) \
            and not _SYMPTOM_TOLD.search(typed) and not advice.asks_medical_advice(text) and not _signs_told(text, typed) \
            and not safety_net.reads_danger(text):
        return "find_resource"  # help paying for a medicine or its supplies
    if intent in ("inform_dob", "report_task_done") and _THE_ONE_BY_ITS_DOSE.search(typed) and _ASKED_OF_IT.search(typed) \
            and not advice.asks_medical_advice(text):
        return "ask_task_instructions"  # "the 6.25 one, is that morning and night" (en_66): a dose asked about, not a date nor done
    if intent == "thank" and plain_task_report(text) and _THANKS_AFTER.search(typed):
        return "report_task_done"  # "took my pills thank u" (en_66 after the retrain)
    if intent == "find_resource" and _SOMEONE_AT_THE_HOSPITAL.search(typed) \
            and resources.normalize_category(typed) in (None, "mental_health") \
            and not LOW_MOOD.search(_SOMEONE_AT_THE_HOSPITAL.sub(" ", typed)) \
            and not safety_net.reads_danger(text):
        return "request_human"  # "hi i need to talk to someone at st marys about my dad" (en_66 after the retrain)
    if intent in ("find_resource", "small_talk", "nlu_fallback") and _CANT_GO.search(typed) and _ANOTHER_DAY_ASKED.search(typed) \
            and not _ACUTE_SIGNS.search(typed) and not safety_net.reads_danger(text):
        # "dont think i can go thursday, my knees are acting up, can i come another time", "... my aide only comes Mon Wed
        # Fri and I cant get dressed without her. can it be one of those days" (en_66 after the retrain): a person follows up
        return "cannot_make_appointment"
    if intent == "request_human" and _DEVICE_OLD_OR_WRONG.search(typed) and resources.normalize_category(typed) == "medical_equipment" \
            and not _CALL_ME.search(typed) and not _ACUTE_SIGNS.search(typed) and not safety_net.reads_danger(text):
        return "find_resource"  # "my mom's scale is old and reads wrong, can we get a new one through you" (en_66 after)
    if intent in ("ask_task_instructions", "ask_next_appointment") and _A_CLASS_ANYWHERE.search(typed) \
            and resources.normalize_category(typed) == "education" and not _WHEN.search(typed):
        return "find_resource"  # "Is there a class at the library or somewhere on how to eat right for the heart" (en_66 after)
    if intent == "find_resource" and _TELL_ME_ALL_OF_IT.search(typed) and _ASKS_FOR_LIST.search(typed) \
            and not _unwell_told(text, typed):
        return "ask_tasks"  # "... she said you can tell me what I have to do every day ... can you tell me all of it" (en_66 after)
    if intent == "request_human" and _A_VISIT_PENDING_ES.search(typed):
        return "ask_next_appointment"  # "tengo alguna consulta pendiente con alguien?" (es_62 after the retrain)
    if intent in ("find_resource", "nlu_fallback", "small_talk") and _FASTING_FOR_THE_TEST.search(typed) \
            and not _signs_told(text, typed):
        return "ask_task_instructions"  # "para el examen de A1c tengo que ir en ayunas?" (es_62 after the retrain)
    if intent == "medical_question" and asks_only_for_equipment(text) and _WHERE_TO_GET.search(typed) \
            and not advice.asks_medical_advice(text) and not _unwell_told(text, typed):
        return "find_resource"  # "donde consigo un monitor de azucar de esos q se pegan en el brazo" (es_62)
    return _corrected_shapes_since_en_67(text, typed, intent)


def _corrected_shapes_since_en_67(text: str, typed: str, intent: str | None) -> str | None:
    if intent == "find_resource" and _BEHIND_ON.search(typed) and not _SYMPTOM_TOLD.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "Is there anything mom is behind on? I'm trying to help her keep up" (en_67): what is overdue
    if intent == "ask_tasks" and asks_when_a_visit_is(text) and _THE_PLANS_VISIT.search(typed) and not _whole_list_asked(text, typed) \
            and not _LIST_WORD.search(typed):
        return "ask_next_appointment"  # "my granddaughter wants to know what day my class is so she can plan" (en_67)
    if intent == "find_resource" and _HOW_TO_READ_IT.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and resources.normalize_category(typed) in (None, "medical_equipment") and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "my scale is the old kind with the dial how do i read it right" (en_67)
    if intent == "find_resource" and _THE_CLASS.search(typed) and _HOW_THE_CLASS_WORKS.search(typed) \
            and not _ANY_OFFERED.search(typed):
        return "ask_task_instructions"  # "i dont understand the low salt class thing, do i just show up or do i sign up" (en_67)
    if intent == "ask_tasks" and _ANYTHING_BEFORE_IT.search(typed) and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "mom asks if she needs to do anything before her blood draw" (en_67)
    if intent == "find_resource" and _MARK_IT_DOWN.search(typed) and plain_task_report(text):
        return "report_task_done"  # "Mark down I took my pills comma both of them period" (en_67, voice typing)
    if intent == "small_talk" and _A_TEST_DONE.search(typed) and not _QUESTION.search(typed) and not _unwell_told(text, typed):
        return "report_task_done"  # "Angela here - mom did her bloodwork today, just letting you know" (en_67)
    if intent == "find_resource" and _A_PILL_WITHOUT_FOOD.search(typed) and advice.asks_medical_advice(text):
        return "medical_question"  # "im not hungry tonight can i still take the supper pill without food or should i skip it" (en_67)
    if intent == "medical_question" and resources.normalize_category(typed) == "medical_equipment" and _A_THING_DOES_NOT_FIT.search(typed) \
            and names_a_need(text) and not advice.asks_medical_advice(text) and not _QUESTION.search(typed):
        return "find_resource"  # "the bathtub is too high for me to step over" (en_67): a bath seat or a bench, told
    if intent == "find_resource" and _JUST_PHONE_ME.search(typed) and not safety_net.reads_danger(text):
        return "request_human"  # "... its too much to type out on this little phone ... can someone please just phone me" (en_67)
    if intent in ("thank", "ask_next_appointment") and resources.normalize_category(typed) is not None \
            and _DO_YOU_KNOW_OF.search(typed) and not _WHEN.search(typed):
        return "find_resource"  # "do you know of food banks open on saturday" (en_67)
    if intent == "ask_task_instructions" and _A_PROGRAM_TOLD_OF.search(typed) and resources.normalize_category(typed) is not None \
            and not _CARE_PLAN_WORDS.search(typed):
        return "find_resource"  # "I was told there is a program that brings food to your home. Could you tell me about it?" (en_67)
    if intent == "request_human" and _OTHERS_LIKE_ME.search(typed) and not _CALL_ME.search(typed):
        return "find_resource"  # "where can i talk to other daughters going through this with their parents" (en_67)
    if intent in ("nlu_fallback", "small_talk") and _WHAT_EVERY_DAY_ES.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "mi ama ya no se acuerda de nada, que es lo que tiene que estar haciendo diario" (es_63)
    if intent == "find_resource" and _WHEN_THE_TEST_ES.search(typed) and resources.normalize_category(typed) is None:
        return "ask_next_appointment"  # "cuando tengo que ir a sacarme la sangre esa del a1c" (es_63)
    if intent == "find_resource" and _WHAT_TO_DO_FOR_IT_ES.search(typed) and not _signs_told(text, typed):
        return "ask_task_instructions"  # "que hay que hacer pa lo del A1c, ocupa cita o nomas llega al lab?" (es_63)
    if intent in ("nlu_fallback", "small_talk", "ask_next_appointment") and _GO_ANOTHER_DAY_ES.search(typed) \
            and (_A_VISIT_OR_TEST_ES.search(typed) or _A_SPECIALIST_ES.search(typed)) and not _signs_told(text, typed):
        return "cannot_make_appointment"  # "puedo ir otro dia a lo del endocrinologo? ese dia me toca limpiar casas" (es_63)
    return _corrected_shapes_since_en_68(text, typed, intent)


def _corrected_shapes_since_en_68(text: str, typed: str, intent: str | None) -> str | None:
    if intent != "ask_tasks" and (_REMIND_ME_THE_LIST.search(typed) or (_THE_PAPER_LOST.search(typed) and _WHAT_WAS_ON_IT.search(typed))) \
            and not _signs_told(text, typed):
        return "ask_tasks"  # "remind me my things"; "I misplaced the paper ... Can you tell me what is on it" (en_68)
    if intent == "cannot_make_appointment" and _WHICH_OF_TWO_DAYS.search(typed) and not _asks_to_move(typed) \
            and not _CHANGE.search(typed) and not _CANT_GO.search(typed):
        return "ask_next_appointment"  # "is my cardiology on thursday or friday i cant remember" (en_68)
    if intent == "nlu_fallback" and _HOW_TO_TAKE_IT.search(typed) and not _signs_told(text, typed):
        return "ask_task_instructions"  # "how should mom be taking her water pill? she's been taking it at night ..." (en_68)
    if intent in ("nlu_fallback", "small_talk") and _CANT_GET_OUT_FOR_IT.search(typed) and not _signs_told(text, typed):
        return "cannot_make_appointment"  # "the snow is too bad i cant get out for my blood work" (en_68)
    if intent == "find_resource" and _WITH_FOOD_ASKED.search(typed) and resources.MEDICINE.search(careplan.lay_names_named(typed)) \
            and not _ANY_OFFERED.search(typed):
        return "ask_task_instructions"  # "does the car that a loll need to be with food" (en_68, voice typing)
    if intent == "request_human" and _CAN_I_GET_A.search(typed) and resources.normalize_category(typed) is not None \
            and not _CALL_ME.search(typed):
        return "find_resource"  # "Can I get a personal care aide through Medicaid?" (en_68)
    if intent == "ask_next_appointment" and _WHERE_DO_I_GO.search(typed) and resources.normalize_category(typed) == "mental_health" \
            and not _WHEN.search(typed):
        return "find_resource"  # "the doctor said i might be depressed and should see someone, where do i go" (en_68)
    if intent == "deny" and _ANOTHER_CLASS_WANTED.search(typed):
        return "find_resource"  # "i want another cooking class besides the one im in, maybe one on weekends" (en_68)
    if intent in ("report_task_done", "nlu_fallback") and _NO_MONEY_FOR_ES.search(typed) \
            and (resources.MEDICINE.search(typed) or _SUPPLIES_ES.search(typed)):
        return "find_resource"  # "ya no tengo pa la lantus este mes" (es_64): no money for it
    if intent == "request_human" and resources.normalize_category(typed) == "mental_health" and _SOMEONE_TO_HELP_WITH_IT.search(typed) \
            and not _CALL_ME.search(typed):
        return "find_resource"  # "me la paso llorando y no se por que, quisiera ver a alguien que me ayude con eso" (es_64)
    return _corrected_shapes_since_en_69(text, typed, intent)


def _corrected_before_the_older_shapes(text: str, typed: str, intent: str | None) -> str | None:
    """Shapes an older guard read the other way, checked first (en_69)."""
    if intent in ("find_resource", "ask_capabilities") and _TALK_ABOUT_THE_PATIENT.search(typed) and not safety_net.reads_danger(text) \
            and not _MOOD_WORD.search(typed):
        return "request_human"  # "need to talk to someone about mom, not urgent", "... all of this, it's a lot of papers"
    if intent in ("ask_next_appointment", "request_human") and _BE_MOVED.search(typed) and _A_DATED_THING.search(typed) \
            and not _signs_told(text, typed):
        return "cannot_make_appointment"  # "can my mom's nurse call be moved to when I'm there, after 5pm?"
    if intent in ("ask_task_instructions", "ask_tasks", "report_task_done") and _COUPON.search(typed) and not _CARE_PLAN_HOW.search(typed):
        return "find_resource"  # "coupon for furosemide?"
    if intent in ("ask_task_instructions", "medical_question") and answered_by_the_plan(text):
        return "ask_task_instructions"  # "Should I take the carvedilol with food or on an empty stomach?" (en_71): as the plan says
    if intent == "ask_tasks" and _NOBODY_TO_DRIVE.search(typed) and not _signs_told(text, typed):
        return "find_resource"  # "my friend used to drive me but she passed in october, now what do i do" (en_71): rides
    if intent == "cannot_make_appointment" and _LOST_THE_DATE.search(typed) and _DATE_ASKED.search(typed) \
            and not _CANT_ATTEND.search(typed) and not _signs_told(text, typed):
        return "ask_next_appointment"  # "se me perdio el papelito de la cita, me dice la fecha?" (es_67)
    if intent in ("find_resource", "ask_task_instructions") and (_NOT_DONE_YET.search(typed) or _ON_THE_AGENDA.search(typed)) \
            and resources.normalize_category(typed) is None and not _signs_told(text, typed):
        return "ask_tasks"  # "is there anything i havent done yet", "Hi its Dorothy. Whats on the agenda" (en_71 after-run)
    if intent == "find_resource" and _THE_DAYS_THINGS.search(typed) and resources.normalize_category(typed) is None \
            and not _signs_told(text, typed):
        return "ask_tasks"  # "got a new phone and lost all my notes. what are all the things i have to do each day" (en_72)
    if intent in ("find_resource", "ask_next_appointment", "ask_task_instructions") and _SUPPOSED_TO_DO_DAILY.search(typed) \
            and not _signs_told(text, typed):
        return "ask_tasks"  # "I'm Dorothy's home helper from the agency, what's she supposed to do every day?" (en_74)
    if intent == "ask_tasks" and _BEFORE_WEIGHING.search(typed) and not _signs_told(text, typed):
        return "ask_task_instructions"  # "do i pee first before weighing" (en_72)
    if intent == "find_resource" and resources.normalize_category(typed) is None and plain_task_report(text):
        return "report_task_done"  # "had supper and took the evening heart pill" (en_72): the directory found "legal"
    if intent == "find_resource" and _A_PERSON_PLAINLY.search(typed) and resources.normalize_category(typed) is None \
            and not _MOOD_WORD.search(typed) and not safety_net.reads_danger(text):
        return "request_human"  # "does anyone actually work there? i want to talk to someone" (en_72)
    if intent in ("medical_question", "find_resource") and _READING_ASKED_FOR.match(typed) and not _signs_told(text, typed):
        return "find_resource"  # "info on salt", "what can i eat with heart failure" (en_72): learning, the education list
    if intent == "ask_task_instructions" and _THE_TO_DOS_ES.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "cuales son los to do de mi mami" (es_68)
    if intent == "ask_tasks" and _WHICH_DAY_IS_THE_VISIT_ES.search(typed) and not _signs_told(text, typed):
        return "ask_next_appointment"  # "disculpe q dia me toca ver al endocrinologo" (es_68)
    if intent in ("nlu_fallback", "ask_task_instructions") and _WHAT_I_TAKE_AND_WHEN.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "remind me what pills i take and when", "... tell me again what im supposed to be doing" (en_73)
    if intent == "find_resource" and _SOMEONE_IN_SPANISH.search(typed) and resources.normalize_category(typed) is None \
            and not safety_net.reads_danger(text):
        return "request_human"  # "buenas, hay alguien que me atienda en español?" (es_69)
    if intent == "report_task_done" and _YEARS_AGO.search(typed) and not plain_task_report(text):
        return "small_talk"  # "When my husband had his heart attack the ambulance took 20 minutes. That was 10 years ago." (en_71)
    return None


# What is not done yet, or the day's agenda, asked
_NOT_DONE_YET = re.compile(r"\b(?:anything|something|everything)(?: due| else)?(?: that)? (?:i|she|he|we|mom|dad) (?:still )?"
                           r"(?:havent|hasnt|have not|has not|didnt|did not) "
                           r"(?:done|do|finished|finish|checked off)\b")
_ON_THE_AGENDA = re.compile(r"\bwhats? (?:on )?(?:the|my|her|his|todays) (?:agenda|to do list|todo list)\b")
# The day's things to do, asked: "what are all the things i have to do each day"
_THE_DAYS_THINGS = re.compile(r"\b(?:things|stuff) (?:i|she|he|mom|dad|we) (?:have|has|need|needs) to do\b|\bwhat (?:do|does) (?:i|she|he|mom) "
                              r"(?:have|need) to do (?:each|every|today|daily)\b")
# ... or what one is supposed to do each day, or forgetting: "Is there something I'm supposed to do every morning?", "what's
# she supposed to do every day?", "what is mom forgetting today" (en_74); not what a caregiver or anyone is supposed to do
_SUPPOSED_TO_DO_DAILY = re.compile(r"\b(?:something|anything|what|whats|what is|what are) (?:im|i am|i|she|shes|she is|he|hes|he is|mom|"
                                   r"moms|mom is|dorothy|dorothys|we|were|we are) supposed to (?:do|be doing) (?:each|every|today|daily|this)\b"
                                   r"|\bwhat (?:is|am|are|s) (?:i|she|he|mom|dad|we|dorothy) forgetting\b")
_BEFORE_WEIGHING = re.compile(r"\b(?:first )?before (?:weighing|i weigh|she weighs|he weighs|the weigh|stepping on the scale)\b")
# A person, asked in so many words as the message's end: "... i want to talk to someone"
_A_PERSON_PLAINLY = re.compile(r"\b(?:want|need|wanna|would like) to (?:talk|speak) (?:to|with) (?:someone|somebody|a person|a human|"
                               r"a real person|a live person)(?: please| pls| now)? ?$|\bdoes (?:anyone|anybody) (?:actually |even )?work there\b")
# Something to read about a topic asked, as the whole message: "info on salt", "what can i eat with heart failure"
_READING_ASKED_FOR = re.compile(r"^ *(?:(?:any |some )?(?:info|information|reading|materials?|pamphlets?|something to read) (?:on|about) "
                                r"(?:\w+ ){0,3}\w+|what (?:can|should) (?:i|you|people|she|he) eat (?:with|for|if you have) "
                                r"(?:heart failure|chf|diabetes|high blood pressure|kidney disease))(?: please| pls)? ?$")
_THE_TO_DOS_ES = re.compile(r"\b(?:los|mis|sus) (?:to ?dos?|to do|pendientes)\b")
_WHICH_DAY_IS_THE_VISIT_ES = re.compile(r"\b(?:que|q) dia (?:me|le|nos) toca (?:ver|ir|la cita|cita)\b")
# The whole plan asked again: "remind me what pills i take and when", "Can you tell me again what I'm supposed to be doing"
_WHAT_I_TAKE_AND_WHEN = re.compile(r"\bwhat (?:pills|meds|medicines?) (?:do )?(?:i|she|he) take and when\b|"
                                   r"\b(?:tell me|remind me) (?:again )?what (?:im|i am|she is|shes) supposed to (?:be )?(?:doing|do)\b")
# Someone who speaks Spanish, asked for: "hay alguien que me atienda en español?", "hay algun agente que hable español"
_SOMEONE_IN_SPANISH = re.compile(r"\b(?:hay )?(?:alguien|algun agente|alguna persona|una persona|un agente) (?:que )?(?:me |nos )?"
                                 r"(?:atienda|hable|ayude|conteste) (?:en )?espanol\b")
# The one who drove gone: "my friend used to drive me but she passed", "nobody to take me anymore"
_NOBODY_TO_DRIVE = re.compile(r"\b(?:used to|would always|always used to) (?:drive|take) (?:me|her|him|mom|dad)\b|"
                              r"\b(?:no one|nobody|noone|no body) (?:left )?to (?:drive|take) (?:me|her|him|mom|dad)\b")
# The paper with the date lost, and the date asked: "se me perdio el papelito de la cita, me dice la fecha?"
_LOST_THE_DATE = re.compile(r"\b(?:se me (?:perdio|olvido)|perdi|no encuentro|olvide|lost|forgot|cant find|misplaced)\b(?: \w+){0,5} "
                            r"(?:papel\w*|hoja|tarjeta|fecha|card|paper|slip|date|cita|appointment|appt)\b")
_DATE_ASKED = re.compile(r"\b(?:me dice|me da|me recuerda|me puede decir|cual es|que dia|cuando es|cuando era|la fecha|what day|"
                         r"when is|when was|the date|remind me)\b")
# Years past: a story, not a task done today
_YEARS_AGO = re.compile(r"\b(?:\d+|a few|few|many|several|some|two|three|ten|twenty) years? (?:ago|back)\b|\byears ago\b|"
                        r"\bhace (?:\d+|unos|muchos|varios) anos\b")


def answered_by_the_plan(text: str) -> bool:
    """A plan medicine's "with food or on an empty stomach?" or "how many do I take?": the plan's own instructions answer it
    (carvedilol "with breakfast and with supper", furosemide "40 mg"), so it gets them, not the care team's refusal
    (actions/actions.py reads this too)."""
    typed = _typed(text)
    return bool((_WITH_FOOD_OR_NOT.search(typed) or _HOW_MANY_AS_PLANNED.search(typed))
                and resources.MEDICINE.search(careplan.lay_names_named(typed)) and not _signs_told(text, typed))


# How many of a plan medicine, asked plainly: "the pill for the water, how many do i take" (en_73); not beside a change
# ("how many do i take if i missed yesterday", "... now that im swelling")
_HOW_MANY_AS_PLANNED = re.compile(r"^(?!.*\b(?:missed|forgot|extra|more|less|instead|if|swell\w*|dizzy|now that)\b).*\bhow many (?:do|should|does) "
                                  r"(?:i|she|he|mom|dad) take\b")


# With food or without, asked of a medicine: the plan's instructions say
_WITH_FOOD_OR_NOT = re.compile(r"\bwith (?:food|a meal|meals|breakfast|supper|dinner)\b(?: \w+){0,2} or (?:on |without )?(?:an )?"
                               r"(?:empty stomach|food)\b|\bempty stomach\b(?: \w+){0,1} or (?:with )?(?:food|a meal)\b")


def _corrected_shapes_since_en_69(text: str, typed: str, intent: str | None) -> str | None:
    if intent != "ask_tasks" and _WHATS_LEFT_ON_THE_PLAN_ES.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "que cosas le faltan a mi mami de su plan, pa apuntarlas en el refri" (es_65)
    if intent == "find_resource" and _WHEN_THE_CLASS_ES.search(typed) and not _ANY_OFFERED.search(typed):
        return "ask_next_appointment"  # "donde y cuando es la clasesita esa de la comida y la insulina" (es_65)
    if intent == "find_resource" and _HOW_TO_WORK_IT_ES.search(typed) and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "como se prende el glucometro de mi mami, es el que le dieron en el hospital" (es_65)
    if intent in ("ask_next_appointment", "medical_question", "nlu_fallback") and _TAKEN_TO_THE_TEST_ES.search(typed) \
            and not _QUESTION.search(typed) and not _signs_told(text, typed):
        return "report_task_done"  # "ya llevamos a mi mama al laboratorio pal examen de sangre" (es_65)
    if intent in ("find_resource", "nlu_fallback", "small_talk") and (_A_DAY_I_CANT_ES.search(typed) or _ANOTHER_DAY_GIVEN_ES.search(typed)) \
            and (_ANOTHER_TIME_ES.search(typed) or _ANOTHER_DAY_GIVEN_ES.search(typed)) and not _signs_told(text, typed):
        return "cannot_make_appointment"  # "el jueves no puedo, ... hay otro dia?", "me pueden dar otro dia con el patel" (es_65)
    if intent in ("medical_question", "nlu_fallback") and reading(text) and not advice.asks_medical_advice(text) \
            and not _QUESTION.search(typed):
        return "report_task_done"  # "me medi el azucar punto salio ciento diez punto" (es_65, voice typing)
    if intent in ("find_resource", "nlu_fallback") and _THE_STEPS_SENT.search(typed) and _CARE_PLAN_WORDS.search(typed) \
            and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "Mom doesn't understand the weight thing, can you send the steps so I can print them" (en_69)
    if intent in ("find_resource", "nlu_fallback", "small_talk") and _CANT_DO_THE_TEST_TILL.search(typed) and not _signs_told(text, typed):
        return "cannot_make_appointment"  # "cant do blood draw till next month" (en_69)
    if intent == "ask_next_appointment" and asks_for_equipment(text) and not _WHEN.search(typed):
        return "find_resource"  # "Mom needs a wheelchair for her appointment next week, the hallways ... are so long" (en_69)
    if intent == "medical_question" and resources.normalize_category(typed) == "food" and _TOO_LITTLE_TO_EAT.search(typed) \
            and not advice.asks_medical_advice(text):
        return "find_resource"  # "what can I do if I don't have enough to eat" (en_69)
    if intent == "nlu_fallback" and _WHEN_IS_IT_TAKEN.search(careplan.lay_names_named(typed)) and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "im confused about the fluid pill, morning only?" (en_69)
    if intent == "ask_task_instructions" and _WHERE_TO_TAKE_THEM.search(typed) and resources.normalize_category(typed) is not None \
            and not _CARE_PLAN_WORDS.search(typed):
        return "find_resource"  # "mi vecina anciana no tiene que comer, a donde la llevo" (es_65)
    return _corrected_shapes_since_en_74(text, typed, intent)


def _corrected_shapes_since_en_74(text: str, typed: str, intent: str | None) -> str | None:
    if intent == "ask_tasks" and _BY_THE_PHONE.search(typed) and _WHEN.search(typed) and not _signs_told(text, typed):
        return "ask_next_appointment"  # "Do I have to stay by the phone tomorrow? what time" (en_74): the nurse's call
    if intent == "report_task_done" and _WAS_IT_BOOKED.search(typed) and not _signs_told(text, typed):
        return "ask_next_appointment"  # "Did they ever schedule my follow up after I got out" (en_74): asked, not done
    if intent == "medical_question" and _HOW_TO_TAKE_IT.search(careplan.lay_names_named(typed)) and resources.MEDICINE.search(
            careplan.lay_names_named(typed)) and not advice.asks_medical_advice(text) and not _signs_told(text, typed):
        return "ask_task_instructions"  # "How should mom be taking her furosemide? ... the wrong slot in her pill box" (en_74)
    if intent in ("find_resource", "medical_question") and _NOT_UNDERSTOOD_TASK.search(typed) \
            and not advice.asks_medical_advice(text) and not _unwell_told(text, typed):
        return "ask_task_instructions"  # "I don't understand the weighing. What am I looking for?" (en_74)
    if intent in ("medical_question", "ask_task_instructions") and _WHERE_THE_SHOT_GOES.search(typed) \
            and not advice.asks_medical_advice(text) and not _signs_told(text, typed):
        return "ask_task_instructions"  # "oiga y la insulina me la pongo en la panza o en el brazo" (es_70): the plan's steps
    if intent == "ask_task_instructions" and _WHAT_TO_DO_EACH_DAY_ES.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "me dice otra vez lo q tengo q hacer todos los dias? soy bien olvidadiza" (es_70)
    if intent in ("nlu_fallback", "find_resource", "small_talk") and _REMEMBERED_IT_ES.search(typed) and not _QUESTION.search(typed) \
            and not _signs_told(text, typed):
        return "report_task_done"  # "hoy si me acorde de la insulina antes de dormir!!" (es_70)
    if intent == "request_human" and resources.normalize_category(typed) == "mental_health" and _A_HABIT_TO_TALK_ABOUT.search(typed) \
            and not _CALL_ME.search(typed):
        return "find_resource"  # "I think I need to talk to somebody about my drinking" (en_74): counselling, with the 988 line
    if intent in ("medical_question", "nlu_fallback") and resources.normalize_category(typed) in ("education", "housing") \
            and _WHERE_OR_ANY.search(typed) and not advice.asks_medical_advice(text) and not _signs_told(text, typed):
        return "find_resource"  # "is there a class on using a computer ...", "my friend is sleeping in her car ... where can she go"
    if intent == "ask_task_instructions" and _QUALIFY_FOR.search(typed) and resources.normalize_category(typed) is not None \
            and not _CARE_PLAN_HOW.search(typed) and not _signs_told(text, typed):
        return "find_resource"  # "does my mother qualify for a walker through medicare" (en_73)
    if intent in ("ask_task_instructions", "ask_next_appointment") and _ANYTHING_TO_DO_ON_A_DAY.search(typed) \
            and not _VISIT_BY_ANY_NAME.search(typed) and not _signs_told(text, typed):
        return "ask_tasks"  # "Do I have anything to do on Saturday and Sunday" (en_73)
    return _corrected_shapes_since_en_75(text, typed, intent)


def _corrected_shapes_since_en_75(text: str, typed: str, intent: str | None) -> str | None:
    if intent in ("find_resource", "nlu_fallback", "ask_task_instructions") and _THE_WHOLE_PLAN.search(typed) \
            and not _signs_told(text, typed):
        return "ask_tasks"  # "Can you tell me everything on her care plan for the week?", "What do I do on Tuesdays" (en_75)
    if intent == "find_resource" and _WHEN_DO_I_GO_IN.search(typed) and resources.normalize_category(typed) is None \
            and not _signs_told(text, typed):
        return "ask_next_appointment"  # "I have it written down somewhere but I cant find it, when do I go in next" (en_75)
    if intent == "find_resource" and _HOW_TO_DO_THE_WEIGH_IN.search(typed) and not asks_for_equipment(text) \
            and not _signs_told(text, typed):  # (not "my scale broke, how do i do my weights now": a new scale)
        return "ask_task_instructions"  # "how do I do the weigh in if I cant stand on the scale very long" (en_75)
    if intent == "bot_challenge" and _A_PERSON_WANTED.search(typed):
        return "request_human"  # "is this a person or a computer? I want a person" (en_75)
    if intent in ("find_resource", "nlu_fallback", "small_talk") and _CANT_MAKE_ANYTHING_TILL.search(typed) \
            and not _signs_told(text, typed):
        return "cannot_make_appointment"  # "I'm in Detroit visiting family for 2 weeks, can't make anything till I'm back" (en_75)
    if intent in ("request_human", "ask_next_appointment") and resources.normalize_category(typed) in ("education", "medical_equipment") \
            and _OFFERED_OR_TO_READ.search(typed) and not _WHEN.search(typed) and not _signs_told(text, typed):
        return "find_resource"  # "do you offer classes in Spanish?", "books or websites about living with CHF? ...", "existen
        # glucometros q hablen?" (en_75, es_71)
    if intent in ("ask_task_instructions", "nlu_fallback", "find_resource") and _GIVEN_ES.search(typed) and not _QUESTION.search(typed) \
            and not _signs_told(text, typed):
        return "report_task_done"  # "me inyecte la lantus a las 10 de la noche como me dijeron" (es_71)
    return None


# A class asked for, not the plan's own: "what does ejection fraction mean, is there a class or something that explains this
# stuff" (en_75)
_A_CLASS_ASKED_FOR = re.compile(r"\b(?:is there|are there|any|do you (?:have|offer)) (?:a |an )?(?:class|classes|course|program|workshop)"
                                r"(?: or something)?(?: that| on| about| for| to)\b")
# The whole plan, or a weekday's part of it: "everything on her care plan for the week", "what do I do on Tuesdays"
_THE_WHOLE_PLAN = re.compile(r"\beverything on (?:her|his|my|the|moms|dads) (?:care )?plan\b|\bwhat (?:do|does) (?:i|she|he|mom|we) (?:do|have) "
                             r"on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b")
# When one goes in next: "when do I go in next"
_WHEN_DO_I_GO_IN = re.compile(r"\bwhen (?:do|does|should) (?:i|she|he|we|mom|dad) (?:go|come) (?:in|back)(?: next| again)?\b")
_HOW_TO_DO_THE_WEIGH_IN = re.compile(r"\bhow (?:do|should|can) (?:i|she|he|mom) do (?:the|my|her|his) (?:weigh ?in|weighing|weights?)\b")
# A person wanted, in so many words, after asking what the bot is
_A_PERSON_WANTED = re.compile(r"\bi (?:want|need|would like|wanna) (?:a|to talk to a|to speak to a|to speak with a|to talk with a) (?:real )?"
                              r"(?:person|human|live person|somebody real)\b")
# Nothing can be made till one is back: "can't make anything till I'm back"
_CANT_MAKE_ANYTHING_TILL = re.compile(r"\b(?:cant|cannot|can not|wont be able to) (?:make|come to|get to|do) (?:anything|any of (?:it|them|my "
                                      r"appointments)|my appointments|my appts) (?:till|until|before|while)\b")
# Offered, or something to read: "do you offer classes ...", "books or websites ...", "existen glucometros q hablen"
_OFFERED_OR_TO_READ = re.compile(r"\b(?:do you (?:offer|have)|are there|is there|any|books?|websites?|pamphlets?|videos?|read up|"
                                 r"existen|hay|tienen|venden)\b")
# A shot or a pill given, told in Spanish: "me inyecte la lantus a las 10"
_GIVEN_ES = re.compile(r"\b(?:ya )?(?:me|le) (?:inyecte|puse|tome|di) (?:la|el|mi|su|las|mis|sus) (?:\w+ )?(?:lantus|insulina|metformina|"
                       r"pastillas?|medicinas?|glargina)\b")


# Whether one qualifies for help: "does my mother qualify for a walker through medicare"
_QUALIFY_FOR = re.compile(r"\b(?:qualify|qualifies|eligible|covered|cover|califica|calificar)\b")
# Anything to do on a day: "do I have anything to do on Saturday and Sunday"
_ANYTHING_TO_DO_ON_A_DAY = re.compile(r"\b(?:have|got|has) (?:anything|something) (?:i |she |he |we )?(?:need |needs |have |has )?(?:to )?"
                                      r"do (?:on|this|today|tomorrow|over|for) ")
# The nurse's phone call waited for: "do I have to stay by the phone tomorrow"
_BY_THE_PHONE = re.compile(r"\b(?:stay|be|sit|wait) (?:by|near|close to|next to) (?:the|my) (?:phone|telephone|cell)\b|\bwait(?:ing)? for "
                           r"(?:the|a|her|their) (?:nurse(?:s)? )?call\b")
# A visit asked after as booked or not: "did they ever schedule my follow up"
_WAS_IT_BOOKED = re.compile(r"\b(?:did|have|has) (?:they|you|anyone|somebody|someone|the (?:doctor|hospital|office|clinic)) (?:ever |even |already )?"
                            r"(?:schedule|scheduled|book|booked|set up|make|made) (?:my|her|his|moms|the|a)\b")
# How a plan medicine is taken, asked: "how should mom be taking her furosemide"
_HOW_TO_TAKE_IT = re.compile(r"\bhow (?:should|do|does|is|am|are) (?:i|she|he|mom|dad|we) (?:be |supposed to )?(?:take|taking|use|using) "
                             r"(?:her|his|my|the|their)\b")
# A task not understood: "I don't understand the weighing"
_NOT_UNDERSTOOD_TASK = re.compile(r"\b(?:dont|do not|doesnt|does not|didnt) (?:really )?(?:understand|get) (?:the|her|my|his|this) "
                                  r"(?:weigh\w*|weight \w+|scale|log|chart|pill box|water pill|carvedilol|furosemide)\b")
# Where the shot goes: "la insulina me la pongo en la panza o en el brazo", "do i inject it in my belly or my arm"
_WHERE_THE_SHOT_GOES = re.compile(r"\b(?:me|se|le) (?:la|lo) (?:pongo|pone|inyecto|inyecta|pico|aplico|aplica) en (?:la|el|mi|su) "
                                  r"(?:panza|brazo|pierna|estomago|barriga|nalga)\b(?: o en (?:la|el|mi|su) \w+)?"
                                  r"|\b(?:inject|put|give) (?:it|the shot|my insulin|her insulin|the insulin) (?:in|into) (?:my|her|the) "
                                  r"(?:belly|stomach|arm|thigh|leg)\b")
# What one has to do each day, in Spanish: "lo q tengo q hacer todos los dias"
_WHAT_TO_DO_EACH_DAY_ES = re.compile(r"\blo (?:q|que) (?:tengo|tiene|tenemos) (?:q|que) hacer (?:todos los dias|cada dia|diario|a diario|hoy|"
                                     r"esta semana)\b")
# A task remembered, told: "hoy si me acorde de la insulina"
_REMEMBERED_IT_ES = re.compile(r"\b(?:si |ya )?me acorde de (?:la|mi|las|mis|tomar(?:me)?|ponerme) (?:\w+ )?(?:insulina|lantus|metformina|"
                               r"pastillas?|medicina|azucar|pesarme|checarme)\b")
# A habit to talk about: "talk to somebody about my drinking"
_A_HABIT_TO_TALK_ABOUT = re.compile(r"\babout (?:my|her|his) (?:drinking|drug use|using|gambling|smoking|addiction|pills habit)\b")
# Where to go or whether there is one: "is there a class on ...", "where can she go"
_WHERE_OR_ANY = re.compile(r"\b(?:is there|are there|any|where can|where could|where do|where does|who can|who could)\b")


def _cant_go_asks_another_time_es(text: str, typed: str) -> bool:
    """In Spanish, a visit someone cannot get to, or missed, and another time asked, with no illness or harm told."""
    return bool(_CANT_GO_ES.search(typed) and _ANOTHER_TIME_ES.search(typed) and _A_VISIT_OR_TEST_ES.search(typed)) \
        and not _signs_told(text, typed) and not _DISTRESS.search(_ERRAND_WORDS_ES.sub(" ", typed))


_CANT_GO_ES = re.compile(r"\b(?:no me da tiempo (?:de|pa|para) (?:ir|llegar|llevar\w*)|no alcanzo a (?:ir|llegar)|"
                         # "tengo que faltar a la clase, me avisan cuando hay otra" (es_56)
                         r"(?:tengo|tiene|voy a tener) (?:que|q) faltar|voy a faltar|no (?:puedo|podre|voy a poder) ir|"
                         r"no (?:fui|pude ir|fuimos|pudimos ir)|no (?:puedo|podre|voy a poder) llevar(?:la|lo)? a (?:mi|su) \w+ "
                         r"(?:al|a la|a su)\b)")
# ... where "sangre" and "doble" are a blood draw and a double shift, not bleeding or a double dose
_ERRAND_WORDS_ES = re.compile(r"\b(?:sacar(?:me|le|nos|se)? (?:la )?sangre|turno doble|doble turno)\b")
_ANOTHER_TIME_ES = re.compile(r"\b(?:cuando mas hay|que otro dia hay|"  # ("no puedo ir al examen de sangre esta semana, cuando mas hay", es_66)
                              r"cuando (?:mas |otra vez |entonces )?(?:lo |la )?(?:puedo|podemos|puede) (?:ir|hacer|hacerlo|"
                              r"hacerla|llevarla|llevarlo)|hay otro dia|hay otra fecha|hay otro horario|cuando hay otr[ao]|"
                              r"cuando (?:es|sera|va a ser) (?:la|el) (?:siguiente|proxim[ao]|otr[ao]))\b")
# ... of a visit or a test, not an errand or an outing ("no fui a misa el domingo, otro dia le cuento", "no me da tiempo de ir
# por las medicinas, hay otro dia que las entreguen": the reviewer of the en_56 change)
_A_VISIT_OR_TEST_ES = re.compile(r"\b(?:cita|consulta|clase|laboratorio|lab|examen|analisis|a1c|sangre|doctor|doctora|"
                                 r"endocrinolog\w*|cardiolog\w*|especialista|terapia|dialisis)\b")


# The steps of a task asked: not a task done
_STEPS_ASKED_FOR = re.compile(r"\b(?:what are|whats|what s|tell me|walk me through) (?:the |all the )?steps (?:for|to|of|on)\b")
# A device that does not work as it should
_DEVICE_WRONG = re.compile(
    r"\b(?:scale|meter|glucometer|cuff|monitor|machine|concentrator|walker|wheelchair|cane|medidor|glucometro|bascula|aparato|"
    r"maquina|andadera|silla)(?: \w+){0,2} "
    r"(?:(?:doesnt|does not|dont|wont|cant|isnt|not) (?:read|work|reading|working|turn on|show)(?: right| correctly| properly)?|"
    r"(?:is|its) (?:off|broken|busted|wrong)|jumps|broke|broken|(?:marca|da|sale) (?:puros |puro |muchos )?error\w*|"
    r"no (?:sirve|funciona|prende|marca bien)|(?:esta |se )?descompu\w*)\b")
# ... unless how to use it is asked: "explicame otra vez como uso el glucometro porfa, nomas me sale error"
_HOW_TO_USE = re.compile(r"\b(?:como (?:uso|se usa|lo uso|la uso|usar|usarlo|usarla)|how (?:do i|do you|to) use|explica\w*|show me how)\b")
# ... beside a reading given or a weighing told, it may be a task done with a remark
_WEIGHED_OR_READ = re.compile(r"\b(?:weighed|i was|it said|wrote|logged|this morning|today|hoy|esta manana|me sali[oa]|marco \d|"
                              r"\d{2,3}(?:\.\d)?)\b")  # (a reading's number: "182 lbs, scale jumps around tho")


_COST_ASKED = re.compile(r"\b(?:how much (?:is|will|does|would|do) (?:\w+ ){0,4}cost|out of pocket|what (?:will|does|would) "
                         r"(?:\w+ ){0,4}cost me)\b")
_TO_LEARN_OR_A_CLASS = re.compile(r"\b(?:class|classes|learn|course|teach|video)\b")
_DAY_OR_TIME = re.compile(r"\b(?:today|tomorrow|tonight|this week|next week|later|earlier|weekday|weekend|morning|afternoon|evening|"
                          r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")
# A report in so many words, and nothing asked or wrong beside it
_REPORTED = re.compile(r"\b(?:i|she|he|we|mom|dad) (?:just |already )?(?:took|weighed|did|finished|completed|checked|had) "
                       r"(?:my|her|his|the|our|it|them|all)\b")
_NOT_ONLY_REPORTED = re.compile(r"\b(?:what|how|why|when|where|which|tell me|wont|cant|gap|went up|too|but|forgot|missed|ran out|"
                                r"accident|mistake|times|twice|double|extra|feel\w*|funny|awful|dizzy|sick)\b")
_TOO_FAR_TO = re.compile(r"\btoo far (?:to|for)\b")
_ASKED_ANYWHERE = re.compile(r"\b(?:can|could|should|may|do|does|is|will|would) (?:i|we|you|she|he|it)\b")
_GIVEN_OUT = re.compile(r"\b(?:give|gives|hand|hands) out\b")
# (a date asked to move: "explain how i move my thing on thursday to another day", "me explica como pido otro dia?", the
# reviewer of the en_54 change)
_ANOTHER_DATE = re.compile(r"\b(?:move|another (?:day|time|date)|different (?:day|time|date)|otro dia|otra (?:fecha|hora)|"
                           r"reschedul\w*|reagend\w*|cancel\w*)\b")
_EXPLAIN_HOW = re.compile(r"\b(?:(?:me|nos) )?explica(?:s|n)? (?:otra vez |de nuevo )?como|explain (?:again )?how\b")
_ANOTHER_DAY_ES = re.compile(r"\b(?:la|lo) (?:puedo|podemos|puede|podria) (?:tomar|hacer|cambiar|mover|pasar) (?:para |pa )?"
                             r"(?:otro dia|otra fecha|otra semana)\b")
_CAN_SOMEONE_DRIVE = re.compile(r"^(?:\w+ )?(?:can|could) (?:someone|somebody|anyone|anybody|you|yall) (?:drive|take|bring|pick up) "
                                r"(?:me|us|her|him|mom|dad|my \w+) (?:to|for|from)\b")
_STUCK_AT_WORK = re.compile(r"\b(?:im|i am|i m|we are|were) stuck at work\b")  # the driver, not someone wedged
_WHOEVER_IN_CHARGE = re.compile(r"\b(?:talk|speak) (?:to|with) (?:whoever|the person|someone|somebody) (?:who )?(?:is |s )?in charge of "
                                r"(?:her|his|my|moms|dads|their) (?:care|case)\b")
_ANYONE_REAL_THERE = re.compile(r"^(?:\w+ )?(?:is (?:there )?(?:anyone|anybody|someone|somebody) (?:there|real|alive|human|at all)|"
                                r"are you (?:a )?(?:real|human|alive)|(?:anyone|anybody) (?:real )?there)\b")


# When a test or a visit is, asked ("when do i get my kidneys checked"), or whether its time was set ("did they ever set a
# time for my blood test").
_WHEN_DO_I_GET = re.compile(r"^(?:\w+ )?(?:when|whens) (?:do|does|will|should|am|is|are) (?:i|she|he|we|mom|dad|my \w+) "
                            r"(?:\w+ )?(?:get|have|go|see)\b")
_A_TIME_SET_ASKED = re.compile(r"\b(?:did|have|has) (?:they|you|yall|the \w+|anyone|anybody|somebody|someone) (?:ever |already |yet )?"
                               r"(?:set|give|gave|given|make|made|book|booked|schedule|scheduled|pick|picked|set up) "
                               r"(?:me |her |him |us |mom )?(?:a |the )?(?:time|date|day)\b")
_ANYTHING_SCHEDULED_ON = re.compile(
    r"\b(?:have|has|got) (?:anything|something) (?:scheduled|booked|planned|set up|coming up)(?: on| this| next)? "
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|today|this week|next week)\b")
_HOW_TO_DO = re.compile(r"\bhow (?:to|do i|do you|should i) (?:do|take|use|work)\b")
# Help asked with a thing the category vocabulary names, as the message's opening
_HELP_WITH_A_NEED = re.compile(r"^(?:i |we )?(?:need|want|could use|looking for) (?:some )?help (?:with|paying|to pay|for) "
                               r"(?:my|the|our|her|his|a|an|this)\b")
_IS_THERE_A_CLASS = re.compile(r"^(?:\w+ )?(?:is there|are there|do you have|do yall have|yall have|you have|any) (?:a |an |any )?"
                               r"(?:\w+ ){0,3}(?:class|classes|course|courses|workshop|workshops)\b")


# Another time asked, in other words than `_DO_IT_ANOTHER_TIME`.
_ANOTHER_TIME_INSTEAD = re.compile(
    r"\b(?:can|could) (?:it|we|i|she|he|they) (?:be|do it|have it|move it|make it|switch it|push it) (?:in the )?"
    r"(?:afternoon|morning|evening|some other time|another time|a different time|another day|a different day) instead|"
    r"\b(?:can|could) (?:i|we|she|he) (?:do|have) it (?:some )?other (?:time|day)\b")
_A_MEDICINE_OR_EXERCISE = re.compile(
    r"\b(?:pills?|meds?|medicines?|medications?|lasix|furosemide|carvedilol|insulin|dose|tablets?|shot|exercises?|walking|"
    r"stretch\w*|weigh\w*|sugar|inhaler)\b")


# A person wanted, plainly: to talk to someone who is not a robot, a case manager to be put through to, the
# person who made the plan.
_A_PERSON_NOT_A_ROBOT = re.compile(
    r"\b(?:want|need|like|rather|prefer|wanna)(?: to)? (?:talk|speak|chat) (?:to|with) (?:someone|somebody|a person|a human|"
    r"an actual person|a real person|a live person|a human being)(?: \w+){0,6} not (?:a|the|this|some) "
    r"(?:robot|bot|machine|computer|recording)\b")
_CONNECT_ME_WITH_STAFF = re.compile(
    r"\b(?:connect|put) me (?:through )?(?:with|to) (?:\w+ )?(?:my|her|his|their|moms|dads|\w+s|the) (?:\w+ )?"
    r"(?:case ?manager|case ?worker|social worker|care manager|care coordinator)\b")  # theirs, not "a case worker for housing"
_THE_ONE_WHO_MADE_MY_PLAN = re.compile(
    r"\b(?:speak|talk) (?:to|with) (?:\w+ ){0,12}?(?:the one|the lady|the woman|the man|the person|whoever)(?: \w+){0,4} "
    r"(?:who|that) (?:set up|made|wrote|did|put together) (?:my|her|his|moms) (?:care )?plan\b")


_BOOK_ON_LIVING_WITH = re.compile(r"\b(?:an? |some )?books? (?:on|about) (?:living with|how to live with|managing|coping with)\b")
_NOTHING_TO_EAT = re.compile(r"\b(?:no (?:tengo|tenemos) (?:nada )?(?:que|q) comer|nothing to eat|no food (?:in the house|at home|left))\b")
# ... not a fast before a test or a procedure ("nothing to eat after midnight right?", "no tengo que comer nada
# despues de medianoche?": a reviewer's finds)
_FASTING = re.compile(r"\b(?:antes|before|ayunas|ayuno|fasting|laboratorio|lab|analisis|examen|test|sangre|blood|after|despues|"
                      r"midnight|medianoche|surgery|cirugia|operacion|procedure|procedimiento|colonoscop\w*|cath|prueba|cita|"
                      r"hasta|until|noche anterior|night before|morning of)\b")
_CANT_GET_THEM_THERE = re.compile(
    r"\b(?:cant|cannot|can not|no puedo) (?:get|take|bring|llevar(?:la|lo)?) (?:her|him|mom|dad|me|us|my mom|my dad|a mi mama)? ?"
    r"(?:there|alla)(?: on)? (?:mon|tues|wednes|thurs|fri|satur|sun)day\b")
_SEE_THE_PLAN = re.compile(r"\b(?:see|view|have|get|send) (?:my |her |his |moms |mom s |dads )(?:care ?plan|tasks|to do list|list)\b")
_SEEING_ANYONE_WHEN = re.compile(r"\b(?:do|am|will|does|is) (?:i|we|she|he|mom) (?:see|seeing) (?:anybody|anyone) "
                                 r"(?:this|next|on|tomorrow|today)\b")
# Anything on a day asked: "tiene mi mama algo pa mañana?", "tengo algo el lunes?" (es_31)
_ANYTHING_ON_A_DAY_ES = re.compile(
    r"\b(?:tiene|tengo|tenemos) (?:mi mama |mi mami |mami |mi papa |ella |el |yo )?(?:algo|alguna cosa|algun pendiente) "
    r"(?:pa |para |el |este |esta )(?:manana|hoy|pasado manana|lunes|martes|miercoles|jueves|viernes|sabado|domingo|semana)\b")


# Two things at once: "the same night as my bible study", "ese mismo dia que el doctor patel".
_SAME_TIME_AS = re.compile(r"\b(?:same (?:night|day|time|morning|afternoon|evening|date|week) as|at the same time as|"
                           r"(?:mismo|misma) (?:dia|hora|fecha|noche|tarde|manana|semana) (?:que|de)|overlaps? with)\b")
_CONFLICT_OVERRIDES = frozenset({"report_task_done", "find_resource", "ask_tasks", "nlu_fallback", "small_talk",
                                 "ask_task_instructions"})
# ... and one's own test or appointment asked for another time, as the whole request, with nothing of the body or of mood
# beside it: "they're saying a foot of snow, can i do my blood test another time" (en_48; not a pill, a walk or a
# friend's visit, nor "... she's been so confused", "... im too depressed to get out of bed", "... and do you have food
# pantries": its reviewers)
_MY_TEST_ANOTHER_TIME = re.compile(
    r"\b(?:can|could|may) (?:i|we|she|he|mom|dad|my \w+) (?:do|have|move|switch|push|bump) (?:my|her|his|moms|dads) "
    r"(?:blood (?:test|work|draw)|bloodwork|lab(?: work| test)?|labs|appointment|appt|check ?up|follow ?up) "
    r"(?:on |to )?(?:another|a different|a later) (?:day|date|time|week) ?\??$")
_BODY_OR_MOOD = re.compile(r"\b(?:confus\w*|eat\w*|drink\w*|fall\w*|fell|depress\w*|sad|sick|vomit\w*|throw\w* up|fever|covid|"
                           r"flu|pain|hurt\w*|dizzy|weak|bleed\w*|breath\w*|swell\w*|swollen|peed|pee|tired|sleep\w*)\b")
# Asked to happen at another time: "can we do it another day", "can the heart doctor be later in the month".
_DO_IT_ANOTHER_TIME = re.compile(
    r"\b(?:do|have|move|switch|push|bump) (?:it|that|this|them|the \w+) (?:on |to )?(?:another|a different|other|a later) "
    r"(?:day|date|time|week)|(?:be|do it|make it|move it|push it) (?:\w+ )?(?:later|earlier|sooner) (?:in the (?:month|week)|"
    r"next (?:week|month))|(?:chance|posible|se puede) de (?:moverle|moverla|moverlo|cambiarla|cambiarlo|cambiarle)\b")
# (not "I am writing it on the calendar in the kitchen": the list, to write down)
_ON_THE_CALENDAR = re.compile(r"\b(?:(?:anything|something|whats|what is) (?:\w+ ){0,2}on (?:the|my|her|his) calendar|on the books|"
                              # "does mom have anything on Friday?", "did they put me down for anything next week" (en_32)
                              r"(?:have|has|got) (?:anything|something) (?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                              r"put (?:me|her|him|us|mom) down for (?:anything|something)|"
                              r"(?:anything|something) coming up|algo en (?:el|mi|su) calendario|"
                              # "do I have anything scheduled with the heart people", "does mom have anything next week I
                              # should drive her to" (en_37)
                              r"(?:anything|something) (?:scheduled|booked|set up) (?:with|for|at) (?:the |my |her |his )?(?:\w+ )?"
                              r"(?:people|doctor|doctors|dr|nurse|team|clinic|cardiology|cardiologist|lab|hospital)|"
                              r"(?:anything|something) (?:\w+ ){0,3}(?:i|we) (?:should|need to|have to|gotta) (?:drive|take|bring) "
                              r"(?:her|him|mom|dad|them) to)\b")
# "es pa la tarea de mi nieto": school homework, not the plan's tasks
_HOMEWORK = re.compile(r"\b(?:tareas? (?:de (?:la )?(?:escuela|ciencias|matematicas|historia|mi|su)|escolar)|"
                       r"(?:es|son) (?:pa|para) (?:una |la |su )?tarea|homework|school project)\b")
_SOMEONE_TO_ASK = re.compile(r"\b(?:nurse|enfermera|doctor|dr|ask|preguntar|pregunto|explain|explique)\b")
_COUNSELLOR = re.compile(r"\b(?:counsel\w*|therapist\w*|consejer\w*|psicolog\w*|terapeuta\w*|psychiatrist\w*|psiquiatra\w*|"
                         r"talk therapy|terapia de (?:platica|hablar))\b")  # "I would like talk therapy, not more pills" (en_32)
# ... but a call or today asked: "the therapist, can she call me today? im not doing well" wants a person
_A_CALL_OR_NOW = re.compile(r"\b(?:call|llame|llamar|today|hoy|not doing well|mal)\b")


def _effect_or_unwell_told(text: str, typed: str) -> bool:
    """A side effect, a reading, an acute sign or someone unwell told beside how a task is done."""
    return bool(_EFFECT_TOLD.search(typed) or _ACUTE_SIGNS.search(typed) or _UNWELL_BESIDE_A_PERSON.search(typed)) \
        or safety_net.reads_danger(text)


def _someone_unwell(text: str, typed: str) -> bool:
    """A symptom, a judgement asked, an acute sign or someone unwell told, or danger read (the reviewers' finds: "hi
    can i see her list, she fell this morning", "tengo algo el lunes? es que me siento muy mal")."""
    return _unwell_told(text, typed) or _signs_told(text, typed)


_A_LIST_OF_THINGS = re.compile(r"\b(?:a|the) list of (?:things|stuff|what)\b")  # the en_36 phrase, the only one vetted so


def _signs_told(text: str, typed: str) -> bool:
    """A symptom, an acute sign, someone unwell or danger told (not a question asked: "what should I make sure she
    is keeping up with" is the list); a reviewer of the en_36 change: "theres a list of things im supposed to do, i
    cant read it, my hands wont stop shaking and im sweaty"."""
    return bool(_SYMPTOM_TOLD.search(typed) or _ACUTE_SIGNS.search(typed) or _UNWELL_BESIDE_A_PERSON.search(typed)) \
        or safety_net.reads_danger(text)


def _unwell_told(text: str, typed: str) -> bool:
    """A symptom or a judgement beside a visit put off: "can we do the lab another day? shes dizzy and fell
    this morning" is for the care team to weigh (a reviewer's finds)."""
    return bool(_SYMPTOM_TOLD.search(typed) or _DISTRESS.search(typed) or _JUDGEMENT_OR_SYMPTOM.search(typed)) \
        or advice.asks_medical_advice(text)


def _only_told_done(typed: str) -> bool:
    """ "took my water pill at 9, sorry forgot to text earlier": a task told done, a time and an apology,
    nothing else ("took the lasix, havent peed at all", "took the metformin then my sugar went to 55")."""
    told = _TOLD_DONE.search(typed)
    return bool(told) and _ONLY_A_TIME_AFTER.match(" ".join(_SORRY_LATE.sub("", typed[told.end():]).split())) is not None


_ONLY_A_TIME_AFTER = re.compile(r"^(?:[a-z]+ ){0,3}?[a-z]+(?: (?:at \d{1,2}(?::\d\d)?(?: ?(?:am|pm))?|this morning|today|tonight|"
                                r"just now|already|on time))?$")
_SORRY_LATE = re.compile(r"\bsorry (?:i )?(?:forgot|for not|for forgetting) (?:to )?(?:text|tell|write|let you know|say)\w*"
                         r"(?: (?:you|earlier|sooner|before|this morning|last night))*")
_DID_IT_ALL = re.compile(r"\b(?:i|we|she|he|mom) (?:did|have done|done|finished|completed|got through) (?:everything|it all|"
                         r"all of it|the whole list|all my \w+)\b|\bya (?:hice|hizo|termine|termino|complete) (?:todo|toda la lista)\b")
# Taking less or someone else's, asked because of the price: "copays are too high, can i just take the lasix every other
# day", "the prices are too high, can she use her sisters insulin" (a reviewer's finds)
_TAKE_INSTEAD = re.compile(r"\b(?:can|could|should|may) (?:i|she|he|we) (?:just |still )?(?:take|use|skip|stop|cut|split|share|borrow|"
                           r"go without|do without)\b|\bpuedo (?:usar|tomar|dejar|partir)\b")
# A dose judged, whatever else is named: "is it ok to skip the water pill today, I have a long bus ride".
_DOSE_JUDGED = re.compile(
    r"\b(?:is it (?:ok|okay|safe|alright|all right) (?:to|if (?:i|she|he))|can (?:i|she|he)|should (?:i|she|he)) (?:just )?"
    r"(?:skip|double|stop|halve|split|miss) (?:\w+ ){0,3}(?:pills?|dose|doses|meds?|medicines?|insulin|furosemide|lasix|"
    r"carvedilol|metformin)\b")
_EQUIPMENT_NAMED = re.compile(r"\b(?:scale|walker|cane|wheelchair|oxygen|concentrator|meter|glucometer|glucometro|cuff|"
                              r"monitor|bascula|andadera|silla de ruedas|oximeter|maquinita|medidor)\b")
# "what does ejection fraction mean, and is mine bad": a judgement of theirs asked too
_JUDGED_MINE = re.compile(r"\b(?:is|are) (?:mine|hers|his|theirs) (?:\w+ )?(?:bad|ok|okay|normal|good|low|high|dangerous|serious)\b")
# A result of theirs asked about: "what does a1c of 9 mean", "what does potassium 6.2 mean", "her legs have dents"
_A_RESULT = re.compile(r"\d|\b(?:a1c|potassium|bnp|creatinine|ketones?|urine|pee|labs?|results?|levels?|numbers?|tests?|"
                       r"her|his|my|mine|hers|mom|dad|moms|dads)\b")
_LEARNING_OVERRIDES = frozenset({"ask_task_instructions", "request_human", "medical_question", "ask_tasks", "nlu_fallback"})
# Wanting to learn about a condition: something to read, a word explained, a class outside the plan.
_TO_LEARN = re.compile(r"\b(?:what should (?:i|we) (?:be )?read(?:ing)?|(?:reading|read) (?:material|something)|"
                       # "Do you have anything to read about my water pill" (en_54)
                       r"(?:anything|something|stuff|things) (?:to|i can|i could|we can) read (?:about|on)|"
                       r"understand (?:my |her |his |moms |dads )?"
                       r"(?:condition|diagnosis|illness|disease)|"
                       # (not what someone meant: "the paper says weigh daily and record what do they mean by record", en_60)
                       r"what (?:does|do) (?!(?:it|that|this|my|her|his|moms|mom|mine|these|those|they|you|u|the (?:nurses?|doctors?))\b)"
                       r"(?:[a-z]+ ){1,3}(?:mean|stand for)|"
                       r"how (?:do|to|can) (?:i |we )?read (?:food |nutrition )?labels|(?:what is it|what is that) and how do i sign up|"
                       # "me gustaria que me ensenaran a leer las etiquetas de la comida" (es_33)
                       r"leer las etiquetas)\b")


def _wants_to_learn(text: str, typed: str) -> bool:
    """ "What does CHF stand for", "what should I read to understand my mom's condition": something
    to learn from, not a judgement about this patient and not the plan's own class."""
    found = _TO_LEARN.search(typed)
    if not found or (found.group().startswith("what do") and _A_RESULT.search(typed)):
        return False  # "what does a1c of 9 mean": their own result, for the care team
    return not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed) and not _JUDGED_MINE.search(typed) \
        and not _OWN_CLASS.search(typed) and not _THE_CLASS.search(typed)


# Words of a request for help, not for a judgement: "is there help paying for my pills".
_ASKS_FOR_HELP = re.compile(
    r"\b(?:help|program\w*|pay|paying|afford|cost\w*|cheap\w*|free|where|find|need|needs|any|resources?|assistance|money|"
    r"ayuda|programa\w*|pagar|costo|gratis|donde|conseguir|dinero|necesit\w*|hay|pido|pedir|pedirlo|solicit\w*|apply|sign up|"
    r"is there|are there|explique|expliquen|renew\w*|renovar\w*|cuanto cuesta|"
    # "do churches around here give out food", "do yall have a shuttle from Englewood" (en_37)
    r"give out|hand out|gives out|hands out|(?:do|does) (?:you|yall|y all|you all|they|anyone|anybody) (?:\w+ )?(?:have|offer)"
    r"(?! (?:a |any )?(?:favorite|favourite|joke|minute|second|sec|time|idea)))\b")


_TALK_TO_SOMEONE = re.compile(r"\b(?:talk|talking|speak|speaking) (?:to|with) (?:someone|somebody|anyone|anybody)\b")


def _help_asked_not_the_plan(text: str, typed: str) -> bool:
    """Help with money, housing or the law asked for, or a class to join that is not on the plan, with no visit's time,
    task, person or health matter beside it ("do i need a lawyer" is no medical judgement; a class on the plan is the
    plan's)."""
    category = resources.normalize_category(typed)
    if category not in _NEVER_MEDICAL_NEEDS | {"education"} or not (_ASKS_FOR_HELP.search(typed) or _SIGN_UP.search(typed)):
        return False
    if _WHEN.search(typed) or _CARE_PLAN_WORDS.search(typed) or _VISIT_BY_ANY_NAME.search(typed):
        return False
    if category == "education":
        return not _PLAN_NAMED.search(typed) and _nothing_medical_nor_a_person(text, typed)
    return _nothing_medical_nor_a_person(text, typed, judgement_shape_counts=False)


def _nothing_medical_nor_a_person(text: str, typed: str, judgement_shape_counts: bool = True) -> bool:
    """No medical judgement asked, no symptom told, no person asked for and no danger read: what a need read as a medical
    question must be free of before it becomes a request for help. A judgement's shape alone ("do i need a lawyer")
    need not count where the need is money, housing or the law."""
    return not _WANTS_PERSON.search(typed) and not advice.asks_medical_advice(text) and not _SYMPTOM_TOLD.search(typed) \
        and not (judgement_shape_counts and _JUDGEMENT_OR_SYMPTOM.search(typed)) and not safety_net.reads_danger(text)


def _asks_for_a_social_need(typed: str) -> bool:
    """Help with money, housing or the law asked for; or food, a ride or help at home with no health
    word beside it ("is there any food she cant have with warfarin", "can dad ride the train after his
    heart cath" are medical questions: a reviewer's finds)."""
    category = resources.normalize_category(typed)
    if category not in _SOCIAL_NEEDS or not _ASKS_FOR_HELP.search(typed):
        return False
    return category in _NEVER_MEDICAL_NEEDS or not advice.names_a_health_topic(typed)


def _about_a_visit_not_a_ride(typed: str) -> bool:
    """A ride named to ask when a visit is or to move it: "my car is in the shop that week, we need
    to push moms appointment" asks for a new date, not for rides."""
    return resources.normalize_category(typed) == "transportation" and bool(
        _WHEN.search(typed) or _CANT_ATTEND.search(typed) or _RESCHEDULE.search(typed) or _CHANGE.search(typed)
        or _PUT_OFF.search(typed))


_PUT_OFF = re.compile(r"\b(?:push|bump|switch|move)\w* (?:\w+ ){0,2}(?:appointment|appt|visit|cita|it|that|day|date)\b|"
                      r"\b(?:diff|different|another|other|otro|otra) (?:day|date|time|dia|fecha)\b")


def _need_then_who_to_talk_to(typed: str) -> bool:
    """ "Mom got a collections letter for her hospital stay. Who do we talk to?" (en_32): the need, then who to ask."""
    return _WHO_TO_TALK_TO.search(typed) is not None and resources.normalize_category(typed) in _NEVER_MEDICAL_NEEDS


def _low_mood_besides_talking(typed: str) -> bool:
    """Low mood named, other than by wanting to talk to someone: "Is this monitored by actual
    people? I need to talk to someone" asks for a person (en_27); "who can i talk to about
    feeling sad" for counselling."""
    rest = _TALK_TO_SOMEONE.sub(" ", typed)
    return bool(LOW_MOOD.search(rest)) or resources.normalize_category(rest) == "mental_health"


def _asks_to_move(typed: str) -> bool:
    """Asks to move a visit, and not when it is ("change the date of the class" names a date
    only as the thing to change)."""
    move = _RESCHEDULE.search(typed) or _CANT_ATTEND.search(typed)
    when = _WHEN.search(typed)
    return move is not None and (when is None or (when.start() < move.end() and move.start() < when.end())
                                 or _NEW_SLOT.search(typed) is not None)


# A task asked about by which one it is: "is that the one with breakfast", "or just the morning one"
# (the question first, after the task's name at most: not "gave her the heart pill with breakfast, is that the one the nurse
# meant", a reviewer's find)
_WHICH_ONE_ASKED = re.compile(r"^(?:\w+ ){0,3}(?:is (?:that|it|this) the (?:one|pill|med)|which (?:one|pill|med) is)\b")
# How a pill goes with food, asked
_WITH_MEALS_ASKED = re.compile(r"^(?!.*\b(?:help|paying|pay|afford|meals on wheels|needs? (?:food|meals)|cost|price|copay)\b).*"
                               r"\b(?:with|before|after|without) (?:meals|food|breakfast|supper|dinner|lunch|eating) or (?:not|without|"
                               r"before|after)\b")
# ... with nothing given, used or walked: "gave mom carvedilol is that the one for the heart" (a second reviewer's find)
_GIVEN_OR_USED = re.compile(r"\b(?:gave|given|give|used|swallowed|walked|went|completed|di|dio|le di|ya)\b")
# Another day or time asked for a visit on the plan
_ANOTHER_TIME_ASKED = re.compile(
    r"\b(?:(?:can|could|may) (?:i|we|she|he|mom|dad|my \w+|her \w+) (?:do|go to|take|have|get) (?:the |my |her |his |our )?"
    r"(?:\w+ )?(?:class|appointment|appt|visit|cita|clase|follow ?up|checkup|check up|lab|labs|blood test|blood draw|call|"
    r"doctor|dr|cardiology|cardiologist) (?:on )?(?:another|a different|a later|an earlier|some other|other) (?:day|date|time|week)|"
    r"(?:can|could) (?:my|her|his|the|moms|dads) (?:\w+ )?(?:appt|appointment|visit|class|cita|clase|call) be (?:moved |changed |"
    r"switched )?(?:after|before|later|earlier|in the (?:afternoon|morning))(?: \w+){0,2} instead)\b(?!.*\b(?:i thought|letter said)\b)")
# ... not a second go, someone else too, a ride, a pill or a shot moved, or only if (reviewers' finds: "can i take the class
# another time too if i liked it", "can the ride be later instead", "could it be in the morning instead? the pill at night")
_NOT_THE_VISIT_MOVED = re.compile(r"\b(?:too|again|also|as well|if|or does it|ride|raite|shot|vaccine)\b|"
                                  # (a medicine beside it only when the visit is not named as what moves: "can my appt be
                                  # after lunch instead, the water pill keeps me running" is the visit)
                                  r"^(?!.*\b(?:my|her|his|the|moms|dads) (?:appt|appointment|visit|class|cita|clase)s? be\b)"
                                  r".*\b(?:pill|pills|meds?|medicine|inhaler|dose)\b")
_ANOTHER_TIME_OVERRIDES = frozenset({"ask_task_instructions", "nlu_fallback", "ask_next_appointment", "ask_tasks", "snooze",
                                     "small_talk"})


# When there is room for the visit moved: "no voy a poder ir al a1c esta semana, cuando mas hay lugar" (es_32)
_NEW_SLOT = re.compile(r"\b(?:cuando (?:mas |tienen |hay )?(?:hay )?(?:lugar|espacio|otra fecha)|"
                       r"when (?:is|s) (?:the )?next (?:opening|available|slot)(?! (?:van|ride|bus|shuttle|car))|"
                       r"when (?:else|is there (?:an )?(?:opening|room)))\b")


_QUANTITY = re.compile(r"\b\d+\b")  # "it says 95 and i was 180 yesterday": a reading to weigh, not units to pick


# A care-plan word asked to be explained: 'what does "daily weights" mean' (en_58)
_TERM_OVERRIDES = frozenset({"find_resource", "medical_question", "nlu_fallback", "ask_task_instructions"})
_WHAT_A_TASK_MEANS = re.compile(r"^(?:\w+ ){0,2}?(?:what (?:does|do|is)|whats) (?:\w+ ){1,3}?(?:mean|means)\b")
# ... not a value judged: "what does a1c of 9 mean" (a reviewer of the en_30 guards)
_A_NUMBER = re.compile(r"\d")
# The trip itself asked help with: "... ustedes ayudan con el viaje al hospital?" (es_54)
_HELP_WITH_THE_TRIP = re.compile(r"\b(?:ayudan|ayudar|ayuda) con (?:el|los|un) (?:viaje|transporte|raite|ride)\b|"
                                 r"\bhelp (?:me |her |him |us )?with (?:the |a )?(?:ride|trip|transportation)\b")
# Places asked for as a list: "do you have a list of food banks" (en_58)
_A_LIST_OF_PLACES = re.compile(r"\b(?:list|names?|numbers?) (?:of|for) (?!(?:my|her|his|moms|mom s|what|things|stuff|the things|"
                               r"this week|today|tomorrow|the week|next week)\b)")
# ... not the care plan's own list: "Can you send me her list for this week so I can check on her" (en_71)
_THEIR_OWN_LIST = re.compile(r"\b(?:my|her|his|moms|mom s|dads|dad s|their|mothers|fathers) (?:\w+ )?(?:list|to do list|todo list)\b")
# A person asked for, in any words: a call, a case manager, a nurse, someone to talk to
_A_PERSON_ASKED = re.compile(r"\b(?:call|phone|ring|case manager|nurse|person|human|agent|social worker|staff|someone from|"
                             r"somebody from|talk to|speak to|speak with|talk with|llame|llamen|llamar|hablar con|platicar con|"
                             r"persona|trabajadora social|enfermera)\b")
# Whether a visit can wait, asked beside a judgement: "... does she need to go in or can it wait for the appointment" (en_58)
_CAN_IT_WAIT = re.compile(r"\b(?:can (?:it|this|that) wait|or (?:can we|should we|do we) wait|or wait (?:for|till|until))\b")
# ... not a call asked for: "its been a hard week, i need to talk to someone, call me please"
_A_CALL_ASKED = re.compile(r"\b(?:call|phone|ring) (?:me|us)\b")
# How to use a thing asked, not where to get one: "Como se usa el glucometro? ... no se donde va la tirita" (es_54)
_HOW_TO_USE_IT = re.compile(r"^(?:\w+ ){0,2}?(?:como se usa|como (?:lo|la) uso|como uso|no (?:entiendo|se usar) (?:el|la|mi)|"
                            r"how do (?:i|you) use|how to use)\b"
                            r"(?!.*\b(?:where can i get|donde (?:consigo|compro|venden|prestan)|necesito uno|need one)\b)")
# A word or a condition asked about, to learn: "what is heart failure exactly", "what does ejection fraction mean"
_WHAT_A_TERM_MEANS = re.compile(r"^(?:\w+ ){0,3}?(?:(?:what (?:is|s|does|do)|whats)\b(?! (?:my|her|his|mom|moms|she|he|i|we|dorothy)\b)|"
                                r"info (?:on|about)\b|information (?:on|about)\b|explain\b|"
                                r"(?:can|could) (?:i|we) (?:get|have) something in writing\b)")
_DYING = re.compile(r"\b(?:dying|die|dead|stage 4|stage four|going to die)\b")
# ... not what it means for them: "what does ejection fraction mean for mom, is hers bad"
_JUDGED_FOR_SOMEONE = re.compile(r"\b(?:(?:is|are) (?:mine|hers|his|it|that|this|my \w+|her \w+|his \w+) (?:bad|good|normal|ok|okay|low|"
                                 r"high|dangerous|serious|too \w+)|mean for (?:me|mom|her|him|my|us|dad))\b")
# ("hay que bajarle la lantus?": "hay" asks a judgement there, not for help)
_DOSE_CHANGE_ASKED = re.compile(r"\bneeds?" + advice.MEDS_CHANGED + r"|\b" + advice.DOSE_CHANGE_ES)


def _no_help_asked(typed: str) -> bool:
    """No need named, or only a medicine named and no word asking for help with it."""
    typed = _DOSE_CHANGE_ASKED.sub(" ", typed)  # "does she need her meds changed?" asks a judgement, not help
    category = resources.normalize_category(typed)
    return category is None or (category == "medication_assistance" and not _ASKS_FOR_HELP.search(typed))


def _asks_for_material(text: str, typed: str) -> bool:
    return bool(_LEARNING_MATERIAL.search(typed) and not _ALREADY_SEEN.search(typed)
                and not advice.asks_medical_advice(text))


def _asks_when_not_for_a_person(typed: str) -> bool:
    """Opens by asking when, with no word for a person; or asks when a call on the plan is."""
    if _CALL_ME.search(typed):  # "a phone call from my case manager when she has a minute"
        return False
    if _ASKS_WHEN.match(typed) and not _WANTS_PERSON.search(typed):
        return True
    return bool(_PLANNED_CALL.search(typed) and (_WHEN.search(typed) or _SET_A_TIME.search(typed))
                and not _CALL_ME.search(typed) and not _NOT_A_PLANNED_CALL.search(typed))


def asks_for_equipment(text: str) -> bool:
    """A piece of equipment named with a need word ("i need one of those grabber things"), or
    broken ("my walker wheel fell off", "my scale broke"): equipment help, not a fall."""
    typed = _typed(text)
    return bool(_EQUIPMENT_NEED.search(typed) or _EQUIPMENT_BROKEN.search(typed)) \
        and resources.normalize_category(typed) == "medical_equipment"


def asks_only_for_equipment(text: str) -> bool:
    """`asks_for_equipment` with no fall or injury told beside it: the model's emergency gives
    way to it ("i cant get into the tub, my legs just gave out and i'm on the bathroom floor" is
    not a request for a bath seat: a reviewer's find)."""
    typed = _typed(text)
    # (nor beside someone unwell: "el medidor del azucar no prende y mi mama esta muy debil, como consigo otro", a second
    # reviewer of the en_35 change)
    return asks_for_equipment(text) and not _FALLEN_OR_HURT.search(typed) and not _UNWELL_BESIDE_A_PERSON.search(typed) \
        and not _ACUTE_SIGNS.search(typed)


_FALLEN_OR_HURT = re.compile(r"\b(?:slipped|fell(?! off| apart| out)|fallen|on the (?:\w+ )?floor|gave out|stuck|"
                             r"cant get (?:out|up)|in there now|hurt\w*|killing|bleed\w*|"
                             # "the walker wheels are busted, she went down hard", "me cai en la regadera y me sangra la cabeza"
                             r"went down|hit (?:her|his|my) head|me cai|se cayo|sangr\w*|concrete|ground|giving up|dont want to be)\b")


# What a care plan asks people to do, and words of distress that make a report something else.
_CARE_PLAN_WORDS = re.compile(
    r"\b(?:weigh\w*|weight|scale|pills?|meds?|medicines?|medications?|tablets?|insulin|walk\w*|exercises?|"
    r"lab|labs|blood ?work|blood test|blood draw(?:n|s)?|class|sugar|glucose|nurse call|pastillas?|medicinas?|insulina|azucar|potassium|"
    r"(?:sacar|sacaron|sacaran|sacaban) (?:la )?sangre|glucometro|examen|a1c|prueba del dedo|piquete|"
    r"peso|pese|camin\w*|ejercicios?|laboratorio|analisis|clase|en ayunas|"
    # supplies on the plan: "q tengo q llevar a la farmacia pa recoger las tiras y las agujas" (es_22)
    r"tiras|agujas|agujitas?|plumas?|plumitas?|test strips|pen needles|"
    # medicines named on the demo plans ("metformina lista ✅")
    r"metformina?|lantus|glargin[ae]|furosemide|lasix|carvedilol|coreg|inhaler|inhalador|water pill)\b")
_DISTRESS = re.compile(
    r"\b(?:goodbye|bye|farewell|forgive|sorry|love you|all of|all (?:my|her|his|the|them)|"
    # "a whole bottle", not "a whole bag of chips" (en_25)
    r"whole(?! (?:(?:bag|box|sleeve|pint|tub|plate|carton|pan|tray) of (?:chips|cookies|candy|ice cream|donuts|pizza|fries|"
    r"popcorn|crackers|chocolates?)|pizza|cake|pie|"
    # an outing, not a bottle: "run to the bathroom the whole service" (en_41; not "the whole week at once", "the whole
    # night", "the whole thing of pills": a reviewer's finds)
    r"service|sermon|mass|church)\b)|too many(?! (?:stairs|steps|people|forms|calls|questions|texts|messages|papers|bills|appointments|things)\b)|extra|double(?! (?:book|booked|booking|check|checked|checking)\b)|twice|hurt\w*|pain|"
    # (not a body that cannot bend or bills that cannot be kept up with, as the message's last words: en_42's "grabber thing
    # for picking stuff up off the floor, i cant bend", "rent went up again, cant keep up"; not "took my lasix but i cant
    # keep up, my legs are like balloons", a second reviewer)
    r"cant(?! wait\b| bend(?: down| over)?(?= ?$)| keep up(?= ?$| with (?:the )?(?:bills|rent|payments)\b))|"
    r"can not|help|scared|afraid|dizzy|breath\w*|chest|blood(?! (?:test|work|draw|pressure|sugar))|bleed\w*|fell|"
    # (the season is not a fall: "this heat is gonna be the death of me. can't wait for fall", en_26)
    r"(?<!wait for )(?<!till )(?<!until )(?<!this )(?<!in the )(?<!next )(?<!last )fall|faint\w*|pass\w* out|"
    r"adios|perdon|perdoname|todas|todos|demasiad\w*|doble|dos veces|duele|dolor|ayuda|miedo|mareo|mareada|"
    r"respir\w*|pecho|(?<!examen de )(?<!examenes de )(?<!analisis de )(?<!prueba de )sangr\w*|me cai|se cayo|desmay\w*)\b")


def plain_task_report(text: str) -> bool:
    """ "I weighed myself and wrote it down like they said", or a reading on its own ("one
    hundred eighty one point two"): something the care plan asks for, reported done, with no
    word of distress. The model has read such reports as emergencies; when the crisis
    detector finds nothing either, they are reports (a dangerous reading is a rule's)."""
    typed = _typed(text)
    reported = reading(text) is not None or bool(_DONE.search(typed) and _CARE_PLAN_WORDS.search(typed))
    return reported and not _DISTRESS.search(typed) and not _ACUTE_SIGNS.search(typed) and not _NOT_ANSWERING.search(typed)


# Someone who does not answer or wake: "dorothy took her supper pill and now shes real sleepy and wont answer me right"
# (also unwell beside low mood: `_UNWELL_BESIDE`)
_NOT_ANSWERING_WORDS = r"wont answer|not answering|sleepy|cant wake|wont wake|wont respond|not responding|unresponsive"
_NOT_ANSWERING = re.compile(rf"\b(?:{_NOT_ANSWERING_WORDS})\b")


def asks_when_a_visit_is(text: str) -> bool:
    """ "when was moms blood work supposed to be?": when a visit, call or class is, with no word
    of distress. Over every blind set, 638 messages the detector is silent on are this, and no
    crisis; the model has read some as emergencies."""
    typed = _typed(text)
    return bool((_WHEN.search(typed) or _ANYTHING_ON_A_DAY.search(typed)) and _VISIT.search(typed)) \
        and not _DISTRESS.search(safety.without_idioms(text))


# "do i have something tomorrow? somebody said a phone call" (en_66 after the retrain: the model's check-in)
_ANYTHING_ON_A_DAY = re.compile(r"\b(?:do|does) (?:i|she|he|mom|dad|my \w+) have (?:anything|something) (?:tomorrow|today|tonight|"
                                r"this week|next week|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b")


def asks_for_a_person(text: str) -> bool:
    """ "my eyes are bad and typing is hard, can a person phone me": a person asked for in
    words, with no word of distress. The model has read such messages as emergencies; when
    the crisis detector is silent too, a person is what they get (the escalation)."""
    typed = _typed(text)
    told = _CONFUSED_BY_TEXTS.sub(" ", safety.without_idioms(text))  # "confused by all the texts" is why, not "all the pills"
    return bool(_TALK_TO_A_PERSON.search(typed)) and not _DISTRESS.search(told) \
        and not _DARK_BESIDE_A_NEED.search(typed) and not _VEILED.search(typed) \
        and not _ACUTE_SIGNS.search(_CONFUSED_BY_TEXTS.sub(" ", typed)) \
        and not _UNWELL_BESIDE_A_PERSON.search(typed) and not _THREAT_BESIDE.search(typed) and not safety_net.reads_danger(text)


# ... nor beside someone unwell ("need to talk to someone about my moms care asap she hasnt woken up since this morning",
# "... he stopped eating and drinking 3 days ago and barely responds": a reviewer of the en_35 change)
_UNWELL_BESIDE_A_PERSON = re.compile(
    r"\b(?:hasnt (?:woken|woke|eaten|peed)|havent eaten|not (?:waking|eating|drinking|doing well|making sense)|"
    r"stopped (?:eating|drinking)|barely|responds?|sweaty|weak|pale|worse|not ok|not okay|really sick|very sick|so sick|"
    r"feel (?:awful|terrible|horrible)|in \d+ days|fell(?! off| apart| out| behind| asleep)|something (?:is )?wrong|dark place|wedged|stuck|slipping|screams?|"
    r"cant move|looks funny|last message|after that im done|then im done|snapped|hit (?:her|him|them|my \w+)|"
    # (Spanish: a second reviewer of the en_35 change)
    r"no contesta|no responde|no despierta|debil|rar[oa]|me siento (?:muy )?mal|se siente (?:muy )?mal|muy mal|se cayo|me cai|"
    r"no quiere (?:comer|hablar|levantarse)|no me deja|no la deja|no lo deja|"
    # (reviewers of the en_42 / es_38 change, in Spanish above all: "quiero un humano, me pico un alacran", "... esta bien
    # amarillo y no come", "... tiene la pierna bien hinchada y roja y caliente", "... tiene a su mama amarrada")
    r"(?:me|le|lo|la) pico (?:un|una)|picadura|alacran|vibora|amarill[oa]s?|amarrad\w*|encerr\w*|encierr\w*|maltrat\w*|"
    r"hinchad[oa]|roj[oa] y caliente|sangr(?:ando|a mucho|e mucho)|duele|dolor|fiebre|calentura|temperatura alta|cuello duro|"
    r"vomit\w*|desmay\w*|mare\w*|respir\w*|pecho|golpe\w*|borrach\w*|drogad\w*|palid[oa]|no habla|no puede hablar|"
    r"boca de lado|no siento|se (?:le|me) (?:esta )?(?:yendo|va|fue) el aire|se pego|tirad[oa]|no se levanta|tieso|"
    r"se quedo (?:tiesa|dormid[oa]|sin respirar)|se me rompio la fuente|contracciones|mollera|convuls\w*|tiembla|"
    r"muchas pastillas|todas (?:las|sus|mis) pastillas|se tomo (?:\w+ )?pastillas|(?:el|todo el) jarabe|se trago|no veo|nubl\w*|"
    r"viola\w*|manose\w*|alguien afuera|de repente|ya no quiero (?:vivir|seguir|nada|estar)|denunciar|me quita|me deja sin|"
    r"no me reconoce|cosas raras|orinar|hacer pipi|torci\w*|morad[oa]|queme|quemad[oa]|hirviendo|negr[oa] y|huele feo|"
    r"malit[oa]|no puedo ni|pararme|agitad[oa]|acelerad[oa]|a mil|mal del corazon|no me siento bien|malo del estomago|bien mal|"
    r"sin comer|no he comido|pus|me canse de todo|"
    r"(?:is (?:my \w+|she|he)|im|hes|shes) dying(?! to)|bad thoughts|thoughts i|dont feel safe|(?:not )?safe with myself|"
    r"heart feels|might not make it|with my thoughts|trying (?:my|the) door|hearing someone|slipped|slip|spinning)\b")


_CONFUSED_BY_TEXTS = re.compile(r"\bconfused by (?:all )?(?:the |these |your )?(?:texts|messages|reminders)\b")


# Nothing happening, said in so many words: a question asked to be ready ("what do i do if i
# fall and no one is around? want to be prepared"), a report with its reassurance ("arm is
# bruised purple but it doesn't hurt"), a knife at kitchen work ("a knife in my hand right
# now... cutting potatoes for the stew lol"). (en_24)
_NOTHING_HAPPENING = re.compile(
    # the chest said fine, to thank for a medicine: "my chest is fine, just wanted to say the new pill is working" (en_75: the
    # model's check-in)
    r"^(?:my |her |his )?(?:chest|heart|breathing) (?:is |feels |s )?(?:fine|good|great|ok|okay|better)(?: now| today)? (?:just )?"
    r"(?:wanted to|want to|writing to|texting to) (?:say|tell you|let you know)\b(?=.*\b(?:working|works|helping|helps|better)\b)|"
    # a message meant for someone else, about a story: "wrong number sorry, I was texting my sister about the movie where
    # everyone dies at the end" (en_68: the model's check-in)
    r"^(?:oops |sorry |oh )?(?:wrong (?:number|person|chat)|meant to (?:text|send (?:this|that) to) (?:my )?\w+)\b"
    r"(?=.*\b(?:movie|film|show|tv|book|novel|episode|series|game|story|netflix)\b)"
    # (the whole message, the story's words and all, with no turn after it: not "... but also my mom fell")
    r"(?!.*\b(?:but|also|btw|help|now)\b).*$|"
    # sleeping later, the reason told: "mom has been sleeping in later, she says it's the winter and Netflix keeping her up"
    # (en_68: the model's check-in)
    r"\b(?:sleeping|sleeps|slept) in (?:later|late|more|longer)\b(?=.*\b(?:netflix|tv|television|shows?|movies?|staying up|"
    r"stays up|up late|winter|dark out|holidays?|vacation)\b)|"
    # thanks for a life saved, long past, as the whole message: "just want to say thank you, you people saved my life in october"
    # (en_61 after the retrain: the model's check-in)
    r"^(?:i )?(?:just )?(?:want(?:ed)? to )?(?:say )?(?:thank you|thanks|thank u|god bless you)(?: so much)?(?: all| guys| all of you)? "
    r"(?:you (?:people|guys|all|folks|and your team) |yall |y all |your (?:team|nurses|doctors|hospital) )?saved (?:my|her|his|moms|dads) life "
    r"(?:in (?:january|february|march|april|may|june|july|august|september|october|november|december)|last (?:year|month|week|spring|"
    r"summer|fall|winter)|back in \w+|(?:\w+ ){1,2}ago)(?: (?:truly|really|thank you|thanks|god bless))* ?$|"
    # sore after a chore, as the whole message: "sore arms from shoveling, I overdid it" (en_46)
    r"^(?:my |her |his )?(?:(?:arms?|back|legs?|shoulders?|knees?|hands?|whole body) (?:are |is |feel |feels )?(?:so |really |a bit )?sore|"
    r"(?:so |really |a bit )?sore (?:arms?|back|legs?|shoulders?|knees?|hands?)) "
    r"(?:from|after) (?:all the |the )?(?:shoveling|shovelling|gardening|raking|cleaning|walking|exercise|exercising|exercises|lifting|"
    r"moving|the gym|class|pt|physical therapy|yard work|painting|scrubbing)"
    # (only the chore's own words between: not "... sweating i overdid it", "... jaw aches i overdid it", a reviewer's finds)
    r"(?: (?:the|this|that|all|our|my|her|his|today|yesterday|morning|snow|driveway|walk|sidewalk|yard|garden|weekend|again|and))*"
    r" (?:i|she|he) overdid it"
    r"(?: (?:lol|haha|today|yesterday|again))? ?$|"
    # pills spilled and every one found: "the cat knocked mom's pill bottle over, pills everywhere, we picked them all up and
    # counted, all there" (en_46); not one swallowed, eaten or missing
    # (every one counted and nothing after it: not "... not all there", "... all there, grandson had a few in his hand",
    # "... all there but she seems confused", a reviewer's finds)
    r"^(?!.*\b(?:ate|eaten|swallow\w*|took|taken|missing|cant find|gone|lick\w*|chew\w*|mouth|kid|kids|baby|toddler|grand\w*|"
    r"got|grabbed|had|except|but|not|confused|sleepy|want|wanted|take|dog|"
    # (nor a child by age, nor a sign: "my 2 year old knocked over my pill bottle ... found them all", "husband is slurring
    # and wobbly ...", the reviewer of the en_56 change)
    r"\d+ ?(?:yo|y o|yr|yrs|year|years|month|months)|old|child|children|son|daughter|boy|girl|slur\w*|wobbl\w*|dizzy|drows\w*|"
    r"vomit\w*|acting|weird|breath\w*|puppy)\b)"
    r".*\b(?:knocked|spilled|dropped|tipped) (?:\w+ ){0,3}?(?:pill bottle|pills|pill box|pillbox|pill organi[sz]er|meds)\b"
    # ("... pills everywhere, found them all", en_56)
    r".*\b(?:(?:picked (?:them|it|em) (?:all )?up|counted (?:them|it|em)?)\b.*\ball (?:there|accounted for|of them)|"
    r"found (?:them|em) all|found all (?:of )?(?:them|em|the pills))"
    r"(?: (?:thank god|thankfully|phew|whew|lol|no harm done|all good))* ?$|"
    # startled by the texts, and a visit double booked: "STOP TEXTING ME SO EARLY I ALMOST FELL OUT OF BED", "i double booked
    # myself, need to move the nurse phone call" (en_51: the model's check-in), each as the whole message
    r"^(?:stop|quit) (?:texting|messaging|sending)(?: me| these| those| messages| texts)* (?:\w+ ){0,3}?(?:i )?(?:almost|nearly) "
    r"(?:fell|jumped) out of (?:my |the )?(?:bed|chair|skin)(?: (?:lol|again|ugh))* ?$|"
    r"^(?:i )?(?:double booked|overbooked)(?: myself)?(?: again)? (?:i )?(?:need|have|want) to (?:move|change|reschedule|switch) "
    r"(?:the |my )?(?:\w+ ){0,2}(?:call|appointment|appt|visit|class|test)(?: (?:please|pls|thanks))? ?$|"
    # a smoke alarm asking for a battery: "smoke alarm battery chirping all night" (en_33; not with smoke or a fire told)
    r"^(?!.*\b(?:smell\w*|fire|burning|flames?|gas|smoky)\b)(?:the |my |our |moms )?smoke (?:alarm|detector)s? (?:\w+ ){0,2}?"
    r"(?:battery|batteries|chirp\w*)(?: \w+){0,4}$|"
    # furniture down and nobody hurt, as the whole message: "the chest of drawers fell over but nobody got hurt, just a big
    # mess" (the en_48 after-run: the model's check-in on "chest")
    r"^(?:the |my |our |moms |her |his )?(?:\w+ )?(?:chest of drawers|dresser|bookcase|bookshelf|shelf|shelves|tv|cabinet|lamp|"
    r"ladder|mirror|picture|table|wardrobe|curtain rod) (?:fell|fell over|fell down|tipped over|came down|crashed down)"
    r"(?: (?:in|on|off|the|my|a|last|this|night|morning|kitchen|bedroom|hallway|wall|floor))*"
    r" (?:but )?(?:nobody|no one|noone) (?:got |was |is )?hurt(?: (?:just|a|big|mess|thank|god|thankfully|lol|all|good|phew))* ?$|"
    # a small complaint, over: "the headache i had yesterday is gone now" (en_33)
    r"^(?:the |my |her |his )?(?:headache|cough|cold|stomach ?ache|upset stomach|sore throat|rash|leg cramps?|cramps?)"
    r"(?: (?:i|she|he|mom|dad) had)?(?: \w+){0,3}? (?:is|are|has|have) (?:all |finally )?(?:gone|better|cleared up|went away)"
    r"(?: now)?$|"
    r"\b(?:what (?:do|should|would|can) (?:i|we) do|what to do|how (?:do|can|would) (?:i|we) get help) (?:if|when|in case)\b"
    r"(?=.*\b(?:prepared|prepare|ready|just in case|ahead of time|in advance|plan ahead|a plan)\b)|"
    r"\b(?:but )?(?:it|that|they|she|he) (?:doesnt|does not|dont|do not|didnt) hurt(?: at all| anymore)?\b|"
    # breathless from effort, and it passed: "i got winded going up to the 2nd floor, normal for me, sat down and it
    # went away"; a pet the vet has seen: "the dog ate something gross, vet says he's fine" (en_26)
    r"\b(?:winded|out of breath|short of breath)\b(?=.*\b(?:normal for (?:me|her|him)|(?:sat down|rested|stopped|took a break) and it "
    r"(?:went away|passed|got better|eased up))\b)|"
    r"\b(?:dog|cat|puppy|kitten|pet|bird)\b(?=.*\b(?:the )?vet (?:says|said) (?:\w+ )?(?:hes|shes|its|he is|she is|it is|they are|theyre) "
    r"(?:fine|ok|okay|good|alright)\b)|"
    # a death long past, and its papers asked for: "is this st marys? my friend died there in 2019 and i'm trying to get her
    # records" (en_42)
    r"^(?!.*\b(?:be with|join\w*|go to (?:him|her)|see (?:him|her) again|want to die|wish i|end it|kill\w*|pills|cant go on|"
    r"without (?:him|her)|miss (?:him|her) so|alone|anymore|gone too|dark|gun|tonight|before i go|letters?|behind|in order)\b).*?"
    r"\b(?:friend|husband|wife|mom|mother|dad|father|sister|brother|son|daughter|aunt|uncle|neighbou?r|cousin|grandma|grandpa|"
    r"grandmother|grandfather)s? (?:passed away|passed|died) (?:\w+ ){0,3}?(?:in (?:19|20)\d\d|(?:\w+ )?years? ago|"
    r"last (?:year|spring|summer|fall|winter))\b(?=.*\b(?:records?|paperwork|papers|certificate|bills?|account|file|chart|"
    r"belongings|estate|insurance)(?: (?:please|thanks|thank you|from (?:you|yall|the hospital)))? ?[.!?]* ?$)|"
    # a knife too dull for food: "the knife i bought at the dollar store is so dull i cant cut a tomato" (en_42; not "... so
    # dull i cant cut paper, used it on my arms anyway", a reviewer's find)
    r"^(?!.*\b(?:arms?|wrists?|legs?|skin|thighs?|throat|neck|myself|herself|himself|me|anyway|deep|blood|bleed\w*|end|tonight|"
    r"finish|sharp\w*)\b).*?"
    r"\b(?:knife|knives|scissors|blade) (?:\w+ ){0,8}?(?:dull|blunt) (?:\w+ ){0,3}?(?:cant|cannot|can not|wont|barely) "
    r"(?:even )?cut (?:\w+ ){0,2}?(?:potatoes|onions?|vegetables|veggies|carrots|meat|chicken|bread|fruit|apples?|tomato(?:es)?|"
    r"turkey|ham|cake|pie|butter|cheese|steak|string|paper|anything)(?: (?:lol|haha|anymore|with it|ugh))* ?[.!?]* ?$|"
    r"\b(?:knife|knives|scissors|blade) (?:\w+ ){0,8}?(?:cutting|chopping|slicing|peeling|dicing|carving) (?:up )?(?:\w+ ){0,2}?"
    r"(?:potatoes|onions?|vegetables|veggies|carrots|meat|chicken|bread|fruit|apples?|tomatoes|turkey|ham|cake|pie|stew|soup|salad)\b|"
    # a nick told as nothing: "cut myself shaving my legs, just a nick, all good" (en_32)
    r"\bcut (?:myself|my (?:finger|thumb|hand|leg|legs|chin|face|lip)) (?:\w+ ){0,1}(?:shaving|cooking|chopping|slicing|"
    r"gardening|opening|peeling|on (?:a|the) (?:can|paper|knife|glass))(?: \w+){0,4}? (?:just a (?:nick|scratch|little cut|small cut)|"
    # "cut myself shaving, little band aid fixed it" (en_33)
    r"(?:a )?(?:little |small )?(?:band ?aid|bandaid|bandage) (?:fixed it|took care of it|did the trick|and (?:im|its) (?:fine|good|ok))|"
    r"(?:its|it is) (?:just )?a (?:nick|scratch))(?: (?:all good|no big deal|im fine|its fine|nothing serious|all fine))?\b"
    r"(?!.*\b(?:but|wont stop|still bleeding|deep|gushing|stitches|on purpose|again|every (?:night|day)|been doing|keep doing|"
    r"arms?|wrists?|want to|wanted to|felt good|deserve\w*|bother\w*|living|gone|notice|miss me)\b)|"
    # an alarm or a button set off by mistake, all well, and that is all: "the alarm at moms went off by
    # accident, all good, just letting you know why she might be slow to answer" (en_30)
    r"\b(?:alarm|button|pendant|life ?alert|medical alert|smoke detector|necklace)s? (?:\w+ ){0,4}?(?:went off|go off|goes off|"
    r"pressed|pushed|set off|triggered) (?:\w+ ){0,2}?(?:by (?:accident|mistake)|accidentally)(?: \w+){0,2}? "
    r"(?<!not )(?:all good|all ok|all okay|all fine|false alarm|no emergency|nothing wrong|everything(?: is|s)? (?:fine|ok|okay|good)|"
    r"(?:shes|hes|she is|he is|im|were|we are|i am) (?:fine|ok|okay|good))\b(?!.*\b(?:but|pero|though|still|except)\b)|"
    # what to do if, told back and denied in a word: "the nurse said call 911 if my chest hurts. It doesnt" (en_30;
    # not "... if she doesnt pee. she didnt", where the denial is the condition itself)
    + safety_net.TOLD_BACK_AND_DENIED + r"(?!.*\b(?:but|pero|except|now|again)\b)|"
    # good news from the doctor, and nothing after it: "Dr said my heart is pumping better than last time!" (en_30)
    # ("the heart doctor told mom her heart is pumping better!", en_34)
    r"\b(?:dr|doctor|doc|nurse|cardiologist|heart doctor)s? (?:said|says|told (?:me|us|her|him|mom|dad|my \w+)) (?:\w+ ){0,8}?"
    r"(?:better than|improved|improving|stronger than|good news|looks? (?:good|great|better)|is (?:fine|normal|good)|"
    r"(?:pumping|working|beating|doing|healing) (?:better|great|well|fine))"
    # (nothing after but a word of joy or when: not "... then i fell", "... but its oozing", a second reviewer's finds)
    r"(?: (?:today|yesterday|again|so far|this time|last time|too|thank god|thankfully|yay|lol|haha|finally))*$")


# A bruise with an everyday cause, told as painless: "mom has a bruise on her arm from the blood draw, purple but doesn't
# hurt" (en_49: the model's check-in); only from a draw, a shot or a bump told, nothing told after it ("... but she has a
# fever and chills", "... his stool is tarry": a third reviewer), and nothing of bleeding, a fall, a blood
# thinner, chemo, someone's hands or a colour elsewhere ("her gums are bleeding and she has purple bruises ...", "my husband
# grabbed my arm, purple bruise ...", "she slipped in the bathroom, big bruise ...": two reviewers' finds)
_PAINLESS_BRUISE = re.compile(
    r"^(?!.*\b(?:cold|black|blue|swollen|swelling|red|hot|hard|tight|deep|gaping|warfarin|eliquis|coumadin|xarelto|plavix|aspirin|"
    r"thinners?|chemo|bigger|growing|spreading|everywhere|all over|again|cut|cuts|cutting|head|fell|fall|fallen|slipped|tripped|"
    r"hit|grabbed|did this|numb|toes?|foot|feet|belly|stomach|gums|nose|incision|fistula|knife|cops|police|since|aide|"
    r"husband|boyfriend|he|she did|nobody|no one|scared|afraid|alone|anymore)\b)"
    r".*\b(?:bruise[sd]?|bruising|purple)\b(?: \w+){0,6}? (?:from|after) (?:the |her |his |my |a |an )?(?:blood draw|blood test|"
    r"labs?|shot|shots|flu shot|vaccine|injection|iv|needle|bumping (?:it|into))\b(?: \w+){0,6}? (?:(?:but|and|n) )?(?:it )?"
    # (or "looks worse than it is, just fyi", en_74)
    r"(?:(?:doesnt|does not|dont|didnt|dosnt|doesn t) (?:really )?hurt|looks? (?:a lot |much |way )?worse than it (?:is|feels|really is))"
    r"(?: (?:at all|lol|thanks|thank you|fyi|just fyi|anymore))* ?$"
    # ... or an arm sore from the draw, the bruise's colour told, as the whole message: "my arm is sore from the blood draw,
    # bruise is purple" (en_60: the model's check-in)
    r"|^(?!.*\b(?:black|swollen|swelling|hot|hard|warfarin|eliquis|coumadin|xarelto|plavix|thinners?|chemo|bigger|growing|"
    r"spreading|everywhere|all over|fell|fall|hit|grabbed|numb|bleed\w*|fever|scared|afraid|cold)\b)"
    r"(?:my |her |his |moms )?(?:arm|hand|wrist|elbow) (?:is |feels |s )?(?:a (?:little |bit )?|kind of |kinda )?(?:sore|tender|achy|"
    r"bruised) (?:from|after) (?:the |a |my |her |his )?(?:blood draw|blood test|labs?|shot|flu shot|vaccine|injection|iv)"
    r"(?: (?:and|but|n))?(?: the| a)? (?:bruise|it|spot)(?: is| s|s)? (?:all )?(?:purple|blue|green|yellow|dark)(?: (?:lol|fyi|now|today))? ?$"
    r"|^(?!.*\b(?:cold|black|blue|swollen|bleed\w*|blood|fell|fall|hit|grabbed|did this|husband|boyfriend|thinners?|chemo)\b)"
    r"(?:i )?bumped (?:my|her|his) (?:arm|leg|knee|shin|hand|elbow)(?: on (?:the|a) \w+)?(?: \w+){0,3}? (?:purple|bruised?)"
    r"(?: (?:but|and|n))? (?:doesnt|does not|dont|didnt|dosnt) hurt ?$")


_DOES_NOT_HURT = re.compile(r"\b(?:doesnt|does not|dont|didnt|dosnt|doesn t) hurt\b")


# A number kept for some day: "whats a good number to call if I ever feel really down? just want it saved", "whats the
# number for poison control? setting up emergency numbers by my grandma's phone" (en_42)
_NUMBER_KEPT = re.compile(
    # (nothing of trouble anywhere: not "... want it by the phone, my grandson just swallowed something", "... want it
    # saved, i dont think i can make it through the week", a reviewer's finds)
    r"^(?!.*\b(?:just (?:swallowed|took|drank|ate|fell|now|happened|found)|swallow\w*|took|drank|ate|make it|dark|worse|"
    r"hitting|hit|hurt\w*|cant|scared|afraid|alone|now|tonight|today|already|pills|gun|plan|die|dying|kill\w*|end it|abus\w*|"
    r"hes been|shes been|bad|hard|rough|struggl\w*|thoughts|hopeless|sad|crying|depress\w*|lonely|lost|scary|rope|bridge|"
    r"strangl\w*|chok\w*|ready|be with|join\w*|dv|domestic|violence|abuse)\b).*?"
    r"\b(?:number|numbers|hotline|line)\b(?=.*?\b(?:(?:just )?(?:want|wanted|need) (?:it|them|the number|the numbers|to have it) "
    r"(?:saved|on hand|handy|by the phone|on the fridge)|setting up (?:\w+ )?numbers (?:by|near|on) (?:the|my|her|his|grandmas|moms|"
    r"dads) (?:\w+ )?(?:phone|fridge|wall)|to (?:save|keep|post|put) (?:it|them)"
    r"(?: \w+){0,3} (?:by|near|on) (?:the|my|her|his|grandmas|moms|dads) (?:\w+ )?(?:phone|fridge|wall))"
    # (as the last words: not "... want it saved, i bought a rope", "... want it saved before he gets home", a second reviewer)
    r"(?: (?:please|thanks|thank you|thx))? ?[.!?]* ?$)")


def nothing_happening(text: str) -> bool:
    """Said to be nothing (`_NOTHING_HAPPENING`), with no word of distress besides."""
    typed = _typed(text)
    if _NUMBER_KEPT.search(typed):  # nothing of trouble anywhere in it: its own test
        return True
    if _PAINLESS_BRUISE.search(typed):  # its own test too: distress looked for over the whole message
        rest = _DOES_NOT_HURT.sub(" ", typed)
        return not (_DISTRESS.search(rest) or _SELF_HARM_WORDS.search(rest) or _DARK.search(rest) or LOW_MOOD.search(rest))
    found = _NOTHING_HAPPENING.search(typed)
    if not found:
        return False
    if found.group().startswith(("what", "how")):  # the question's own words are what might happen
        return not _NOW_WORDS.search(typed)
    if found.group().startswith("cut ") and _DARK.search(typed):
        return False  # a nick, but a dark word beside it: "cut myself shaving just a nick, i feel like ending it all" (a reviewer's find)
    rest = typed[:found.start()] + " " + typed[found.end():]
    return not _DISTRESS.search(rest) and not _SELF_HARM_WORDS.search(rest)


# The texts' hour complained of: "stop texting me so early", "your reminders come way too late at night"
_TEXTS_AT_A_BAD_HOUR = re.compile(
    r"^(?:please |pls )?(?:stop|quit|dont|do not|no more) (?:texting|messaging|sending|buzzing)(?: me| us| her| him| mom| these| "
    r"those| messages| texts| reminders)* (?:so|this|that|too) (?:early|late)\b"
    r"|\b(?:your |the |these |those )?(?:texts|messages|reminders) (?:are |come |keep coming |start )?(?:way )?(?:too|so) "
    r"(?:early|late)\b")
_NOW_WORDS = re.compile(r"\b(?:right now|now|just|already|currently|today|tonight|this morning|happening)\b")
_SELF_HARM_WORDS = re.compile(r"\b(?:myself|herself|himself|wrists?|bleed\w*|blood(?! (?:test|work|draw|pressure|sugar)))\b")


def asks_for_the_list(text: str) -> bool:
    """ "Is there anything overdue? I feel like I forgot something", "my daughter says I'm behind
    on something. what is it": something on the list missed, asked, with no word of distress
    (en_26: the model's check-in). Only these words: "what am I supposed to do" ends many a
    frightened message (a reviewer's find)."""
    typed = _typed(text)
    # ... or the list asked to be read again: "can you read me off my list again my eyes are bad and the print was small"
    # (en_54: the model's check-in)
    found = _MISSED_ON_THE_LIST.search(typed) or _READ_ME_THE_LIST.search(typed)
    if not found:
        return False
    typed = _LIST_MISLAID.sub(" ", typed)  # "... i cant find it anywhere": the paper lost, not distress
    if _DISTRESS.search(typed) or _ACUTE_SIGNS.search(typed) or _MUDDLED_AND_UNWELL.search(typed):
        return False
    return not _DARK.search(typed[:found.start()] + " " + typed[found.end():])  # the list's own "pills" is not dark


# ... as the whole message, with at most the eyes, the print or the paper as the reason: not "read me my list, my husband
# is acting strange and his face looks off" (the reviewer of the en_54 change)
_READ_ME_THE_LIST = re.compile(
    r"^(?:hi |hello |ok |okay )?(?:can you |could you |would you |please |pls )?(?:read|send|give|tell) me (?:off )?"
    r"(?:my|her|his|the|moms) (?:list|tasks|care plan|plan|to do list)(?: again| one more time)?(?: slowly| slow)?(?: please| pls)?"
    r"(?: (?:and )?(?:my eyes are (?:bad|not good|weak|tired)(?: today)?|i (?:cant|can not|cannot) (?:find|see) (?:my glasses|"
    r"the (?:paper|print|list))|(?:and )?the print (?:is|was) (?:too )?(?:small|tiny)|i lost (?:my|the) (?:paper|list|glasses)))*"
    r"(?: please| pls| thanks| thank you)? ?\??$"
    # ... or what is on it, asked: "whats on moms care plan i want to make sure shes keeping up" (en_68: the model's check-in)
    r"|^(?:hi |hello )?(?:whats|what is|what s) on (?:my|her|his|the|moms|mom s|dads|dad s) (?:care plan|list|plan|to do list)"
    r"(?: today| this week)?(?: (?:i|we) (?:want|wanna|need) to (?:make sure|see|check|know)(?: \w+){0,6})? ?\??$")


def asks_how_to_do_a_task(text: str) -> bool:
    """ "step by step for weighing myself please I keep messing it up": how to do a task on the
    plan, asked, with no word of distress, illness or danger (en_54: the model's check-in)."""
    typed = _typed(text)
    found = _STEPS_ASKED.search(typed)
    if not found or not _CARE_PLAN_WORDS.search(typed) or not _ONLY_STEPS_ASKED.match(typed):
        return False
    if _DISTRESS.search(typed) or _ACUTE_SIGNS.search(typed) or _UNWELL_BESIDE_A_PERSON.search(typed) \
            or _MUDDLED_AND_UNWELL.search(typed) or safety_net.reads_danger(text) or advice.asks_medical_advice(text):
        return False
    return not _DARK.search(typed[:found.start()] + " " + typed[found.end():])


# ... as the whole message, a slip with the steps at most beside it: not "step by step for weighing, my mom is acting
# strange and her face looks off" (the reviewer of the en_54 change)
_STEPS_WORDS = r"(?:step by step|walk me through|show me how|how (?:do|should|can) i (?:do|use|work|take)|how to (?:do|use|work|take))"
_ONLY_STEPS_ASKED = re.compile(
    r"^(?:hi |hello |ok |okay )?(?:can you |could you |please |pls )?(?:give me |tell me |show me )?(?:the )?" + _STEPS_WORDS +
    r"(?: (?:for|on|with|to))?(?: (?:\w+)){1,5}?(?: again)?(?: please| pls)?"
    r"(?: (?:i keep (?:messing it up|getting it wrong|forgetting (?:how|the steps))|i forgot how|i dont remember how|"
    r"im new at this|i never did it before))?(?: please| pls| thanks| thank you)? ?\??$")
_STEPS_ASKED = re.compile(r"\b" + _STEPS_WORDS + r"\b")


# "meds appointments all of it": the whole list, not "all of my pills"
_ALL_OF_THE_LIST = re.compile(r"\b(?:(?:appointments?|appts?|visits?|meds|pills|tasks|everything) all of it|"
                              r"my eyes are (?:bad|not good|weak)(?: today)?)\b")
_LIST_MISLAID = re.compile(r"\b(?:(?:i|she|he|we|and) )?(?:cant|cannot|can not) (?:find|see|read) (?:it|the (?:paper|list|sheet|print)|"
                           r"my (?:paper|list|sheet)|her (?:paper|list|sheet))(?: anywhere)?\b")
# ... a muddled morning is not low sugar or a spinning room (a second reviewer's finds)
_MUDDLED_AND_UNWELL = re.compile(r"\b(?:sugar|spinning|weak|numb|blurry|cant see|seeing double|headache|sick)\b")
_MISSED_ON_THE_LIST = re.compile(r"\b(?:" + _MISSED_ON_THE_LIST_WORDS + r")\b")


# "theres nothing left for me", not "nothing left for food" (money) or "... in the fridge"
_NOTHING_LEFT = (r"nothing left(?! (?:for (?:food|rent|bills?|groceries|gas|meds|medicine|the|my (?!life\b))|to eat|"
                 r"in (?:the|my) \w+|after)\b)")
# Words of death, harm, hopelessness or a means, in low mood told: the check-in stays.
_DARK = re.compile(
    rf"\b(?:{safety.FIREARM}|die|dying|death|dead|kill\w*|suicid\w*|hurt (?:myself|herself|himself)|harm\w*|burden|better off|no point|whats the point|"
    r"give up|giving up|hopeless|end it|ending it|disappear|not (?:be|being) (?:here|around)|no reason|cant go on|goodbye|"
    r"pills?|rope|knife|bridge|overdose|tonight|off the road|off a|heaven|gone|"
    r"without me|sleep forever|not wake|right now|letters? to|wrote (?:a )?letters?|gave away|giving away|join\w*|planning|"
    r"stay asleep|go to sleep and|something stupid|how to do it|stopped eating|even the point|cant do this|"
    r"morir|muer\w*|matar\w*|carga|no vale la pena|desaparecer|ya no quiero|pastillas|despedir\w*|cielo|ir con|aguanto|ahorita|"
    r"ya no puedo|"
    # veiled (a reviewer of the en_27 change): "since he passed I just want to go be with him", "is this monitored
    # by real people? I have a plan and I'm ready", "a real conversation would be nice before I go"
    r"(?:be|go be) with (?:him|her|them)|join (?:him|her|them)|a plan|im ready|i am ready|before i go|for good|"
    r"not (?:ok|okay)|voices|keep living|living like this|stop everything|saved up|saving (?:them|up)|stockpil\w*|hoard\w*|"
    # giving up on treatment, hopelessness: "struggling coping with the diagnosis, just tired of fighting, ready to let go",
    # "... might just stop my insulin" (a second reviewer of the en_34 change)
    r"(?:tired of|dont want to|done) fight\w*|fight anymore|let (?:go|it happen)|be done|done with (?:it|it all|everything)|"
    r"whats the use|no use|" + _NOTHING_LEFT + r"|"
    r"stop(?:ping)? (?:taking )?(?:my|her|his) (?:\w+ )?(?:meds|medicine|medication|insulin|pills|dialysis|treatment)|not taking (?:my|her|his) (?:\w+ )?(?:meds|medicine|medication|pills|insulin))\b")


def low_mood_only(text: str) -> bool:
    """ "cant shake the blues", "i dont feel like myself, dont enjoy anything anymore": low mood
    told with no word of death, harm, hopelessness or a means (`_DARK`). The model's check-in
    (an urgent page) gives way to counselling, whose reply always names the 988 Lifeline; "she
    keeps saying she is a burden" and "my mind keeps racing about dying" keep the check-in
    (docs/safety.md)."""
    typed = _typed(text)
    low = LOW_MOOD.search(typed) or resources.normalize_category(typed) == "mental_health" or counselling_is_the_need(text)
    return bool(low) and not _DARK.search(typed) and not _A_COLOUR_SEEN.search(typed) and not _UNWELL_BESIDE.search(typed) \
        and not _ACUTE_SIGNS.search(typed) and not _DARK_BESIDE_A_NEED.search(typed) and not safety_net.reads_danger(text)


# The body unwell beside low mood or withdrawal: "mom wont leave the house, hasnt eaten or had water in 4 days and is
# talking nonsense", "nightmares every night and my heart is racing", "now she wont respond to me at all" (a reviewer
# of the en_32 change): the check-in stays.
_UNWELL_BESIDE = re.compile(
    rf"\b(?:{_NOT_ANSWERING_WORDS}|nonsense|not making sense|hasnt eaten|havent eaten|not eating|"
    r"hasnt had (?:water|anything)|no water|hasnt woken|pass(?:ing)? out|racing|pounding|shaky|sugar (?:was|is) \d+|"
    r"\d+ days|in days|havent left (?:bed|the bed)|cant get up|fever|vomit\w*|throwing up|oozing|pus|red and|swollen|"
    # (reviewers of the en_47 change: "lost interest in everything and she wont get out of bed or eat", "my wife died in may
    # and im struggling, cant stop drinking", "mi mama perdio a un familiar y no ha comido en 3 dias", "... escucho voces")
    r"wont (?:get out of bed|get up|eat|drink)|stopped eating|cant stop drinking|drinking (?:a lot|too much|again|every day)|"
    r"\d+ dias|no ha comido|no come|no quiere comer|dejo de comer|no se levanta|no duerme|voces|toma mucho|tomando mucho|maneja asi)\b")


# Blue as a colour of the body, not a mood: "grandpa looks grey and blue around the mouth" (a reviewer's find)
_A_COLOUR_SEEN = re.compile(r"\b(?:lips?|face|mouth|skin|fingers?|toes?|feet|foot|legs?|arms?|hands?|nails|turning|turned|"
                            r"grey|gray|cold|purple|pale|looks?|around)\b")


# Veiled words beside a person asked for: "is this monitored by real people? I have a plan and I'm
# ready", "a real conversation would be nice before I go" (a reviewer's finds)
_VEILED = re.compile(r"\b(?:a plan|im ready|i am ready|before i go|not (?:ok|okay)|voices|for good)\b")
# Death wished or planned beside a need (narrower than `_DARK`: "ya no puedo cocinar", "these bills
# will kill me" and "overdose signs in my nursing class" are needs): "cant pay rent this month, might
# as well end it"
_DARK_BESIDE_A_NEED = re.compile(
    rf"\b(?:{safety.FIREARM}|kill (?:myself|herself|himself)|end it|ending it|end my life|(?:want|wants) to die|"
    r"better off|no point|give up|giving up|hopeless|burden|(?<!end of my )rope|bridge|sleep forever|not wake|without me|"
    r"for good|keep living|living like this|stop everything|pills (?:ready|lined up)|have the pills|"
    r"(?:quiero|quiere) morir|no (?:quiero|quiere) vivir|acabar con todo|quitarme la vida|"
    # "... hay apoyo pa mi? ya tengo la soga", "ya me quiero ir con dios" (a reviewer of the en_31 change)
    r"soga|la cuerda|ir(?:me)? con dios|(?:have|got) a plan|gun ready|" + _NOTHING_LEFT + r"|whats the use|"
    # "my phone is about to get cut off and i have no one, whats the point", "so tired i could die", "getting really dark"
    # (a reviewer of the en_35 change)
    r"whats the point|what is the point|could die|gonna die|going to die|(?:getting|so|really) dark|raped|rape|"
    # an urgent place or a means named, in Spanish too (reviewers of the en_42 / es_38 change): "alguien me puede llevar a
    # urgencias? mi esposo esta bien palido", "ocupo un humano, tengo la pistola en la mano", "come sit with me, i dont want
    # to be alone with these pills"
    r"(?:a|al|para|pa|to) (?:urgencias|emergencias|la sala de emergencias?|the er|the emergency room)|pistola|arma(?! secreta)|cuchillo|"
    r"tengo las pastillas|pastillas listas|navaja|"
    # (a reviewer of the en_46 change: "no tenemos donde quedarnos, se quemo la casa y mi papa sigue adentro", "no tengo donde
    # quedarme, mejor me desaparezco", "... i have no one, whats even the point")
    # (a fire told as the cause of a lost home is not: "me quede sin casa despues del incendio, hay refugio?", labelled)
    r"desaparezc\w*|desaparecer\w*|whats even the point|(?:sigue|siguen|sigo|esta|estan) adentro|still inside|"
    r"morad[oa]|burning up|"
    # (a second reviewer of the en_46 change: "no tengo donde quedarme, pa que sigo aqui", "... me voy a tirar al lago", "... ya
    # regale mis cosas", "dios mio ya llevame", "seria mejor que yo no estuviera", "ya no tengo ganas de nada, ni de vivir")
    r"(?:para|pa) que sigo|sigo viviendo|(?:tirar|tirarme|aventarme) (?:al|del|de la|a la|por)|regale mis cosas|llevame|"
    # (not anhedonia alone, "no tengo ganas de nada", which counselling answers; not "la comida estaba pa morirse de lo mala")
    r"(?:prefier\w*|quier\w*) morir(?:se|me)|ya no importa nada|no estuviera|no existiera|ganas de vivir|ni de vivir|no vale la pena|"
    r"dont see the point|why i bother|before im gone|one last time|"
    r"veneno|esta noche me voy|"
    r"me despedi|ya me quiero ir|me voy a ir|para siempre|diosito|alone with|dont trust myself|seeing things|hearing (?:voices|things)|"
    r"voices|borrach\w*|drogad\w*|drunk|high on|rompi\w* (?:todo|cosas|la puerta)|rompiendo|breaking things|throwing|"
    r"letters? to|keep going|something stupid|swallowed|dont know where i am|see people|arent there|kill (?:yourself|myself|himself|"
    r"herself)|join (?:him|her|my)|joining|planning how|stay asleep|go to sleep and|"
    # (not everyday idioms: "me muero de risa", "esta clase me va a matar de aburrimiento")
    r"me aviento|aventarme|puente|(?:me tomo|tomarme) (?:las|todas las) pastillas|(?:ni|no) quiero despertar|me mate|matarme|"
    r"me va a matar(?! (?:de|si|con|jaja\w*|lol)\b)|(?:me )?quiero morir(?! de)|me voy a morir(?! de)|deport\w*|wont be around|not be around|"
    r"wont be here|"
    # (reviewers of the en_47 change: "nothing is fun anymore, i been giving my stuff to my kids", "lost interest in everything,
    # i wrote my family notes", "... i wont be a problem much longer", "ive got enough insulin to do it")
    r"giving (?:away )?(?:my|all my) (?:stuff|things)|gave away (?:my|all my)|wrote (?:my )?(?:family |kids |goodbye |farewell |last )?"
    r"(?:notes|letters)|wrote (?:a )?(?:goodbye|farewell|last) (?:note|letter)|"
    # (not "how much longer do i have to wait for the van", "i forgot to do it": the third review)
    r"wont be a (?:problem|burden)|(?:wont|not) be (?:here|around) much longer|enough (?:insulin|pills|meds|medicine) to (?:do it|end|"
    r"kill|go))\b")


# What money or a home cannot do is the need itself, not distress: "rent went up 200 dollars i
# cant stay here" (en_27)
_CANT_AFFORD = re.compile(r"\b(?:cant|can not) (?:afford|pay|stay here|stay in (?:my|this|our) (?:place|apartment|house)|keep up with|"
                          r"make (?:rent|the rent|ends meet)|cover)\b")
# ... nor what a body no longer manages in the tub: "I can't step over the side of the bathtub anymore"
# (en_28); not with a fall or an injury told after it ("cant get into the tub, my legs gave out and
# i'm on the floor": a reviewer's find)
_CANT_MANAGE_THE_TUB = re.compile(
    r"\b(?:cant|can not) (?:\w+ ){0,2}(?:over the (?:side|edge) of|into|in and out of) (?:the |my |her |his )?"
    r"(?:tub|bathtub|bath|shower)\b(?!.*\b(?:slip\w*|fell|fall\w*|floor|gave out|give out|stuck|cant get out|"
    r"in there now|hip|hurt\w*|killing|bleed\w*|blood|broke\w*|help|now)\b)")


# ... unless danger or illness is told beside it: "i cant stay here anymore, my husband gets violent when he
# drinks", "cant afford my insulin, been out 3 days, feel really sick" (a reviewer's finds)
_DANGER_OR_ILLNESS = re.compile(r"\b(?:violent|violence|scares?|scared|drunk|drinks|drinking|using|hits?|threat\w*|"
                                r"sick|throw\w* up|vomit\w*|oxygen|seizure\w*|ran out|been out|running out|shut off|"
                                r"thirsty|dizzy|weak|tonight)\b")


def names_a_need(text: str) -> bool:
    """ "my son used to take me everywhere but he moved to texas", "I've been cutting my pills in
    half to make them last longer": a need the category vocabulary names, with no word of
    distress. Not low mood (a counsellor's list would replace a check-in)."""
    typed = _typed(text)
    category = resources.normalize_category(typed)
    if category is not None and _DARK_BESIDE_A_NEED.search(typed):
        return False  # "losing my home and i have the pills ready" (a reviewer's find)
    told = _AFRAID_OF_THE_TRIP.sub(" ", safety.without_idioms(text))
    if not _DANGER_OR_ILLNESS.search(_AFRAID_OF_THE_TRIP.sub(" ", typed)):
        told = _CANT_MANAGE_THE_TUB.sub(" ", _CANT_AFFORD.sub(" ", told))
    return category not in (None, "mental_health") and not _DISTRESS.search(told) and not _THREAT_BESIDE.search(typed) \
        and not _DOWN_NOW.search(typed) and not _OUT_OF_REACH.search(typed) and not _UNWELL_BESIDE_A_PERSON.search(typed) \
        and not LOW_MOOD.search(typed) and not _ACUTE_SIGNS.search(typed) and not safety_net.reads_danger(text) \
        and not (_VISIT.search(typed) and (_CANT_ATTEND.search(typed) or _WHEN.search(typed) or _CONFIRM.search(typed)))


# ... nor someone down now: "mom's bed is too low and she slid off and is on the floor" (a reviewer of the en_35 change)
_DOWN_NOW = re.compile(r"\b(?:on the floor|slid off|cant get up|can not get up|en el piso|no se puede levantar|went down)\b")
# ... nor someone out of reach or out in the cold: "my mom is living in her car and its 5 degrees out, shes not answering
# her phone" (a reviewer of the en_49 change)
# (a person, not a landlord or a company: "the landlord wont answer" stays a housing need)
_OUT_OF_REACH = re.compile(r"\b(?:(?:she|shes|mom|dad|her) (?:is |s )?(?:not answering|isnt answering|wont answer|"
                           r"not picking up|wont pick up)|straight to voicemail|cant reach (?:her|him|mom|dad)|"
                           r"(?:ella|mi \w+) no (?:me )?contesta|degrees (?:out|outside|tonight)|below zero|bajo cero|freezing tonight|"
                           r"(?:frio|helando) esta noche|en la calle con|"
                           # (the street, not a cold flat: "el landlord no arregla la calefaccion y hace mucho frio" stays housing)
                           r"durmiendo en la calle|sleeping (?:on the street|outside))\b")
# ... never beside someone who threatens or a way to die: "afraid to take the bus, my ex waits for me at the stop and
# follows me home", "take the el and jump in front of it" (a reviewer of the en_32 change)
_THREAT_BESIDE = re.compile(r"\b(?:follow\w*|stalk\w*|waits? for me|my ex|attack\w*|robbed|mugged|grabbed|jump\w*|"
                            r"push\w* (?:me|her|him) around|pushes|shoves|"
                            r"threat\w*|or else|knows where i live|coming (?:tonight|over|after me|back)|"
                            r"in front of|tracks|platform edge|beat|beats|beaten|hit me|hurt me|punch\w*|assault\w*|"
                            r"never come back|not come back|never coming back|not coming back|disappear|"
                            # (a second reviewer of the en_34 change: "need a safer place for my mom to live, her boyfriend
                            # knocks her around", "someone shot at our window last night")
                            r"knocks? (?:her|him|me|us) around|shot at|shooting|abus\w*|snapped|hit (?:her|him|them)|pega\w*|"
                            r"amenaz\w*|golpe\w*|watch(?:es|ing) everything|controls? (?:me|everything)|controlling|"
                            # (a person's, not a body's: "my hip wont let me step over the tub wall no more", en_66)
                            r"(?<!hip )(?<!hips )(?<!knee )(?<!knees )(?<!back )(?<!leg )(?<!legs )(?<!feet )(?<!foot )(?<!body )"
                            r"(?<!arthritis )(?<!balance )(?<!shoulder )(?<!hands )(?<!eyes )wont let me|no me deja|"
                            # (a harm to the one cared for: "necesito alguien que la cuide porque si no le voy a hacer daño", a third
                            # reviewer of the en_49 change)
                            r"(?:le|la|lo) voy a (?:hacer dano|lastimar|pegar)|hacerle dano|lastimarla|lastimarlo)\b")
# Afraid of the trip itself, which a ride answers: "I'm scared to take the el by myself now, too many stairs" (en_32)
_AFRAID_OF_THE_TRIP = re.compile(r"\b(?:scared|afraid|nervous|frightened) (?:to|of) (?:take|taking|ride|riding|use|using|go on|going on) "
                                 r"(?:the )?(?:el|bus|buses|train|cta|subway|metro|stairs|pace|taxi|uber)\b")


# Signs of something happening to the body now: "pressed her life alert by accident but its not all good,
# she is very confused and sweaty" is not a request for equipment (a reviewer of the en_30 change).
_ACUTE_SIGNS = re.compile(r"\b(?:confused|sweaty|sweating|clammy|shaking|shaky|vomit\w*|throwing up|unresponsive|drowsy|"
                          # (a second reviewer of the en_46 change: very high sugar, a stroke, breathing, a fall, in Spanish)
                          r"mucha sed|orinando mucho|no habla bien|respirando (?:muy |bien )?feo|ya no puede caminar|me cai|se cayo|"
                          r"no puedo (?:ni )?tomar agua|cant keep (?:anything|water|food) down|"
                          r"out of it|jaw|hasnt peed|not peeing|cant pee|"
                          # (not "no fever": "is it bad that I'm coughing at night a little, no fever", en_52; nor "cabin
                          # fever", en_62)
                          r"slurr\w*|(?<!no )(?<!without )(?<!any )(?<!not a )(?<!cabin )fever|burning up|seizure|confundid[oa]|sudando|temblando|vomitando|"
                          # "i ate 2 of my grandsons edibles will that affect my heart, my heart is pounding" (a reviewer's find)
                          r"pounding|racing|edibles?|spinning)\b")


def acute_signs_told(text: str) -> bool:
    """A sign that something is going on now ("sweating", "out of it", "throwing up"), or distress. A pill thrown up is
    the dose asked about, not a sign: "mi mami vomito la pastilla de la mañana, se la doy otra vez?" (es_65)."""
    typed = _A_DOSE_THROWN_UP.sub(" ", _typed(text))
    return bool(_ACUTE_SIGNS.search(typed) or _DISTRESS.search(typed))


_A_DOSE_THROWN_UP = re.compile(r"\b(?:vomito|vomite|devolvio|devolvi|threw up|vomited|puked up) (?:la|el|su|mi|my|her|his|the) "
                               r"(?:\w+ )?(?:pastilla|pildora|medicina|pill|tablet|meds?|dose)\b(?! (?:\w+ ){0,6}(?:sangre|blood|otra vez y|again and))")


def asks_to_change_a_visit(text: str) -> bool:
    """Words that a visit cannot be made or should move ("can it be moved", "i cant get out for my blood work")."""
    typed = _typed(text)
    return _asks_to_move(typed) or bool(_CANT_GO.search(typed) or _CANT_GET_OUT_FOR_IT.search(typed))


def asks_something(text: str) -> bool:
    """A question asked, whatever about."""
    return bool(_QUESTION.search(_typed(text))) or "?" in text


def a_person_asked(text: str) -> bool:
    """Words asking for a person or a call, whatever else is told."""
    typed = _typed(text)
    return bool(_TALK_TO_A_PERSON.search(typed) or _CALL_ME.search(typed))


def only_moves_a_visit(text: str) -> bool:
    """ "My hip is acting up and I cant get down there next week, can it be moved": a visit asked to be
    moved, with no word of distress or an acute sign besides (en_30: the model's check-in answered it)."""
    typed = _typed(text)
    if not _MOVE_ASKED.search(typed):
        return False
    typed = _BAD_WEATHER.sub(" ", typed)  # "the snow is bad": why they cannot come, not how they are
    rest = _CANT_GET_THERE.sub(" ", _MOVE_ASKED.sub(" ", typed))
    return len(typed.split()) <= 25 and not _DISTRESS.search(rest) and not _ACUTE_SIGNS.search(typed) \
        and not _SYMPTOM_TOLD.search(typed) and not _SELF_HARM_WORDS.search(typed) and not _SERIOUS_BESIDE.search(typed) \
        and not safety.explained_away(text)


# The visits a person says they cannot get to (both readings below name the same ones)
_A_VISIT_TO_MISS = r"(?:blood test|blood work|blood draw|lab|labs|class|cooking class|appointment|visit|check ?up)"
_MOVE_ASKED = re.compile(r"\b(?:can|could) (?:it|that|we|you|they|the \w+) (?:be )?(?:moved|changed|rescheduled|pushed back|"
                         # "... can we push it" (en_34)
                         r"switched|move it|change it|reschedule it|push it(?: back)?)\b|\b(?:reschedule|postpone) (?:it|my|the|her)\b"
                         # "I cant get to the class this week, can I go to the next one" (en_33)
                         r"|\b(?:can|could) (?:i|she|we|mom) (?:go to|do|come to|take|join) (?:the )?next one\b"
                         # "my hip is acting up and i cant get down to the lab for the blood work, new day?" (en_67)
                         r"|\b(?:new|another|different) day(?= ?\??$)"
                         # "The snow is bad, I cant get out for the blood test this week" (en_33)
                         # ("Im not going to be able to get to the blood test this week, no ride", en_38)
                         rf"|\b(?:cant|can not|cannot|wont be able to|not going to be able to|not gonna be able to|unable to|not able to) "
                         rf"(?:get out|make it|go|get) (?:to|for) (?:the|my|her) {_A_VISIT_TO_MISS}"
                         r"(?: this week| tomorrow| today| on \w+)?(?: no (?:ride|car|way to get there))?"
                         # ... and them told: "i cant get to the blood draw, can you tell them" (en_61 after the retrain)
                         r"(?: (?:can|could|will) you (?:tell|let) (?:them|the (?:lab|nurse|clinic|office|doctor))(?: know)?)?(?= ?$)"
                         # "not gonna make the blood test this week either sorry" (en_45 after-run), as the whole message
                         rf"|^(?:(?:im|i am|she is|shes|mom is|moms) )?(?:not gonna|not going to|wont|cant|can not|cannot) make "
                         rf"(?:it to )?(?:the|my|her) {_A_VISIT_TO_MISS}(?: this week| tomorrow| today| on \w+)?(?: either)?"
                         r"(?: sorry| sry)?(?= ?$)"
                         # "I'm not going to be home tomorrow for the phone call" (en_35), as the whole message
                         rf"|^(?:(?:i|im|i am|we|were|we are) )?{_NOT_HOME_FOR_IT}$")
# ... nor anything that could be why it cannot wait (a reviewer's finds: "we are at the ER", "theres a gun in the
# house and im thinking about it", "I wont be around for it", "heart rate 180", "my foot is black and smells")
_SERIOUS_BESIDE = re.compile(
    r"\d|\b(?:hospital|er|icu|emergency|admitted|ambulance|911|floor|gun|rope|pills|point|done|around|last|decided|never|"
    r"heart|sugar|rate|pulse|temperature|fever|chills|gained|lbs|pounds|pouring|black|smells?|pus|oozing|red|threaten\w*|"
    r"safe|scared|afraid|out cold|passed|know who|sitting up|breath\w*|worse|bad|dying|die|dead|kill\w*|hurt\w*|"
    # (a reviewer of the en_33 change: "i wont be alive by then", "wont let me leave", "out of oxygen")
    r"alive|by then|leave|let me|locked|oxygen|o2|"
    # (a second reviewer of the en_34 change: "can we push it, my husband hasnt woke up since yesterday", "... mom is acting
    # strange and wont answer me", "... hes been sleeping all day and wont eat", "... hes been scary")
    r"woke|woken|wake|answer\w*|respond\w*|strange|weird|sleeping|wont eat|not eating|scary|confused)\b")
_BAD_WEATHER = re.compile(r"\b(?:the )?(?:snow|weather|roads?|ice|rain|traffic|storm) (?:is|are|was|s) (?:so |really |too |very )?bad\b")
_CANT_GET_THERE = re.compile(r"\b(?:cant|can not|cannot|wont be able to) (?:get|make it|go)(?: out)? (?:down |over |up |in )?"
                             rf"(?:there|in|(?:to|for) (?:the|my|her) {_A_VISIT_TO_MISS})\b")


def only_figurative(text: str) -> bool:
    """ "These copays are gonna be the death of me": an idiom of death about everyday things
    (`safety.figurative`) and no word of distress besides ("scared to death, he is banging
    on the door" is not this), nor a dark word ("wants to die of embarrassment ... she keeps
    saying she's a burden": a reviewer's find)."""
    told = safety.without_idioms(text)
    return safety.figurative(text) and not _DISTRESS.search(told) and not _DARK_BESIDE_A_NEED.search(told) \
        and not _ACUTE_SIGNS.search(told) and not _HEAT_ILLNESS.search(told)


# Signs of heat illness beside an idiom of heat: "me estoy asando, mi mama esta confundida y no suda"
# (a reviewer of the en_31 change)
_HEAT_ILLNESS = re.compile(r"\b(?:no suda|not sweating|stopped sweating|muy caliente|hot to the touch|se siente (?:muy )?mal|"
                           r"feels? (?:really |very )?(?:sick|bad|awful)|weak|debil|desmay\w*|pass\w* out|mare\w*|dizzy)\b")

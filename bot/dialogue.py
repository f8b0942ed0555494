"""Small facts read off a conversation's events (plain dicts, as Rasa sends them)."""
from __future__ import annotations

import re
import unicodedata

MAX_MESSAGE_CHARS = 2000


def fold_accents(text: str) -> str:
    """ "azúcar" -> "azucar", "ESPAÑOL" -> "ESPANOL": one spelling for every way people type
    a word (case is left to the caller)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def neutralize_user_text(text: str | None) -> str:
    """Rasa treats text starting with "/" as a command (`/intent{"slot": ...}`), skipping
    NLU. Channels pass every public message through here so that text stays text."""
    cleaned = (text or "").replace("\x00", "").strip()[:MAX_MESSAGE_CHARS]
    return re.sub(r"^[\s/]+", "", cleaned)


def _user_indices(events: list[dict]) -> list[int]:
    return [i for i, event in enumerate(events) if event.get("event") == "user"]


def live_offer(events: list[dict]) -> str | None:
    """The offer the bot made in the turn just before the latest user message (a
    `pending_offer` slot set since the user's previous message), else None. An offer
    expires as soon as the user has said anything else."""
    users = _user_indices(events)
    if not users:
        return None
    start = users[-2] if len(users) > 1 else -1
    offer = None
    for event in events[start + 1:users[-1]]:
        if event.get("event") == "slot" and event.get("name") == "pending_offer":
            offer = event.get("value")
    return offer


def previous_user_message_at(events: list[dict]) -> float | None:
    """When the person wrote the message before their latest one (a Unix time), if any."""
    users = _user_indices(events)
    return events[users[-2]].get("timestamp") if len(users) >= 2 else None


def consecutive_fallbacks(events: list[dict]) -> int:
    """How many of the latest user messages in a row were not understood."""
    count = 0
    for i in reversed(_user_indices(events)):
        intent = (events[i].get("parse_data") or {}).get("intent", {}).get("name")
        if intent != "nlu_fallback":
            break
        count += 1
    return count


def entity_text(message: dict | None, entity: str) -> str | None:
    """The words the person wrote for `entity` (its raw span, before synonym mapping)."""
    message = message or {}
    text = message.get("text") or ""
    for found in message.get("entities") or []:
        if found.get("entity") == entity and found.get("start") is not None and found.get("end") is not None:
            return text[found["start"]:found["end"]] or None
    return None


def task_phrase(message: dict | None) -> str:
    """What names the task: the tagged words, then (on a second line, for when the tagged
    words name no task: the model tags "del" now and then) the whole message."""
    text = _WHO_SAID_IT.sub("", _WHO_SAID_SOMETHING.sub(" ", (message or {}).get("text") or ""))
    tagged = entity_text(message, "task")
    if tagged and tagged.casefold() not in text.casefold():
        tagged = None  # the words tagged were who said it ("the nurse said something about fasting for the lab"): not the task
    return "\n".join(dict.fromkeys(p for p in (tagged, text) if p))


# Who told them, after the question, names no task: "explain the weighing thing again, the nurse talked so fast" is
# the weighing, not the nurse's call (found by using it)
# ... and only who said it, when what they said comes after: "the nurse said something about fasting for the lab" (en_61)
_WHO_SAID_SOMETHING = re.compile(r"\b(?:the|my|her|his) (?:nurse|doctor|dr|pharmacist|case manager)s? (?:said|told (?:me|us|her|him)|"
                                 r"mentioned|talked) (?:something|stuff|a thing|things)(?: (?:about|on|for))?\b", re.I)
# (not what they said to do: "i forgot how the nurse said to take the carvedilol, twice a day?" names the carvedilol, en_61)
_WHO_SAID_IT = re.compile(r"[,.]?\s*(?:the|my|her|his) (?:nurse|doctor|dr|pharmacist|case manager)s? "
                          r"(?:talked|talks|spoke|said|went|was|explained|told)\b(?! (?:to|how|that|i|we|she|he|me|us|her|him|about)\b).*$",
                          re.I)


def category_just_listed(events: list[dict]) -> str | None:
    """The kind of help the turn before the latest message listed, if it ended with a list
    (the search clears its slot, so it is read from the slot's last value in that turn): a
    zip sent right after a list of food help asks for food help there (found by using the
    web chat: it got "what kind of help are you looking for near 60615?")."""
    users = _user_indices(events)
    if len(users) < 2:
        return None
    turn = events[users[-2] + 1:users[-1]]
    actions = [e.get("name") for e in turn if e.get("event") == "action" and e.get("name") != "action_listen"]
    if not actions or actions[-1] != "action_find_resources":
        return None
    values = [e.get("value") for e in turn if e.get("event") == "slot" and e.get("name") == "resource_category"]
    listed = [v for v in values if v]
    return listed[-1] if listed else None


def bot_spoke_this_turn(events: list[dict]) -> bool:
    """Has the bot already said something since the latest user message?"""
    users = _user_indices(events)
    start = users[-1] + 1 if users else 0
    return any(event.get("event") == "bot" and event.get("text") for event in events[start:])


# Low mood in everyday words; counselling is the help it asks for.
LOW_MOOD = re.compile(
    r"\b(?:sad|sadness|(?<!black and )blue|the blues|down in the dumps|feeling down|depressed|depression|lonely|hopeless|"
    r"(?:talk|talking) to (?:someone|somebody|anyone|anybody)(?! real\b| in person\b)|not myself|no one to talk to|nobody to talk to|"
    r"(?:dont|do not) have (?:anybody|anyone) to talk to|"
    r"triste|tristeza|deprimid[oa]|desanimad[oa]|sol[oa] y triste|hablar con alguien|no tengo con quien hablar|"
    # coping with an illness: "I'm having a hard time coping with all this heart stuff" (en_34)
    r"(?:hard time|trouble|struggling|struggle) coping with (?:all )?(?:this|the|my|her|his) (?:\w+ )?(?:heart|health|diagnosis|"
    r"illness|condition|surgery|treatment|cancer|diabetes|stuff|news|changes))\b")
# ... and told plainly as the whole message, nothing else beside it: "i dont feel like myself, nothing is fun anymore", "my
# husband passed in march and i am having a hard time" (en_47). Whole messages only: beside these words the en_47 reviewers
# found body signs ("... really dizzy and weak today"), farewells ("... i put my affairs in order"), a treatment stopped, drink
# and danger, and needs the words would have hidden ("... im struggling to pay for the funeral").
LOW_MOOD_TOLD_PLAINLY = re.compile(
    r"^(?:(?:i|we) (?:dont|do not) feel like (?:myself|ourselves)|(?:mom|dad|she|he|my (?:mom|dad|husband|wife)) (?:doesnt|does not) "
    r"feel like (?:herself|himself)),? (?:and |but )?(?:nothing (?:is )?fun anymore|(?:i|she|he) (?:dont|doesnt) enjoy (?:anything|much) "
    r"anymore)(?: lately| these days)? ?$|"
    # joy gone, alone: "nothing feels fun anymore" (en_59 after the retrain: the model's check-in, an urgent page)
    r"^(?:i feel like |lately |honestly )?nothing (?:is|feels|seems) (?:fun|enjoyable) anymore(?: lately| these days)? ?$|"
    r"^my (?:husband|wife|mom|mother|dad|father|son|daughter|brother|sister|partner|best friend) (?:passed(?: away)?|died) "
    r"(?:in (?:january|february|march|april|may|june|july|august|september|october|november|december|the (?:spring|summer|fall|"
    r"winter))|last (?:week|month|year|spring|summer|fall|winter)|(?:a|one|two|three|\d+) (?:weeks?|months?|years?) ago|recently) "
    r"(?:and )?(?:(?:i am|im|i have been|ive been) (?:having a (?:hard|rough|tough) time|struggling|not coping(?: well)?)(?: with it)?|"
    # "my husband passed in the spring and i cant shake it" (en_63: the model's check-in, an urgent page)
    r"i (?:cant|can not|cannot|just cant) (?:seem to )?(?:shake it|get over it|get past it)|(?:i am|im) still not over it) ?$")


# Someone to talk to asked after bad dreams of a stay or a ride that is over, or after worry, as the whole message:
# counselling, not a case manager's call (en_47: "i keep having bad dreams about the ambulance ride, who can i talk to", "i
# worry all the time about going back in the hospital, is there someone to talk to about that"). Whole messages only: the
# en_47 reviewers found a person, a call, danger, a means and pain told beside the same words.
COUNSELLING_ASKED_PLAINLY = re.compile(
    r"^(?:i |mom |she |he |my (?:mom|dad|husband|wife) )?(?:keep |keeps |been |have |has )?(?:having |getting )?"
    r"(?:bad dreams|nightmares|flashbacks) (?:about|of|from) (?:the|that|my|her|his) (?:\w+ )?(?:ambulance|er|emergency room|icu|"
    r"hospital|surgery|operation)(?: (?:ride|trip|visit|stay))? (?:every night |at night |a lot )?"
    r"who (?:can|could|should|do) (?:i|we|she|he) (?:talk|speak) (?:to|with)(?: about (?:it|this|that|them))?$|"
    # (what is worried about, from a short list: not "i worry about my husband he has a gun ...", "... my insulin dose ...",
    # "... getting evicted ...", the third review)
    r"^(?:i |mom |she |he )?(?:worry|worries|worried|get anxious|am anxious|im anxious) (?:all the time |so much |a lot )?"
    r"(?:about (?:going back (?:in|to|into) (?:the )?hospital|ending up (?:back )?in the hospital|(?:my|her|his) (?:heart|health|"
    r"diabetes|surgery|diagnosis|condition)|everything|things|it all|the future) (?:all the time |so much |a lot )?)?"
    r"(?:is there|are there|any) (?:anybody|anyone|someone|somebody|people) (?:i can |we can )?"
    r"(?:to )?(?:talk|speak) (?:to|with) about (?:it|this|that|them)$")


def typed_words(text: str, keep: str = "") -> str:
    """The message as the word patterns read it: lower case, accents folded, apostrophes dropped ("don't" -> "dont"),
    every other mark but those in `keep` a space, one space between words."""
    folded = fold_accents((text or "").lower()).replace("'", "").replace("\u2019", "")
    return " ".join(re.sub(rf"[^\w{re.escape(keep)} ]+", " ", folded).split())


def counselling_asked_plainly(text: str) -> bool:
    """The whole message asks for someone to talk to after bad dreams or worry (`COUNSELLING_ASKED_PLAINLY`)."""
    return COUNSELLING_ASKED_PLAINLY.match(typed_words(text)) is not None


def counselling_is_the_need(text: str) -> bool:
    """The whole message is low mood or grief told plainly, or counselling asked plainly: counselling, nothing else."""
    words = typed_words(text)
    return bool(LOW_MOOD_TOLD_PLAINLY.match(words) or COUNSELLING_ASKED_PLAINLY.match(words))


# Someone to talk to asked, with what weighs on the writer told: "I think I need to talk to someone too, this has been a
# lot with mom", "whats the number for someone to talk to, ... just having a hard week" (en_58, en_59: the model asked a
# case manager to call). Counselling, whose list always names the 988 line.
_NEED_TO_TALK = re.compile(r"\b(?:(?:need|needs|should|want|wanna|have) (?:to )?talk to|(?:someone|somebody) to talk to|number for) "
                           r"(?:someone|somebody|a counselor|a therapist)?\b")
_STRAIN_TOLD = re.compile(r"\b(?:depressed|depression|(?:has been|been|its been) (?:a lot|hard|rough|too much)|a lot with|"
                          r"hard (?:week|month|time)|rough (?:week|month|time)|overwhelmed|stressed|burned out|burnt out|"
                          r"everything going on|(?:im|i am) not coping)\b")


def talk_asked_under_strain(text: str) -> bool:
    words = typed_words(text)
    return _NEED_TO_TALK.search(words) is not None and _STRAIN_TOLD.search(words) is not None


ZIP = re.compile(r"\d{5}(?:-\d{4})?")
LETTERS = re.compile(r"[^\W\d_]")


# A reading sent on its own: "178.4", "wt 180", "scale said 184 wrote it down", "azucar 95
# en ayunas". Weight and blood sugar are the readings care plans ask people to take daily.
_WEIGHT_WORDS = (r"weigh[- ]?in|wt|weight|weighed|weigh|weighing|scale(?: said| says| read| reads)?|lbs?|pounds|peso|pes[eé]|libras|b[aá]scula|"
                 r"kg|kgs|kilos?|kilogramos?")  # "81.5 kg" (en_37)
_SUGAR_WORDS = (r"sugar|bs|glucose|blood sugar|mg ?/ ?dl|fasting|az[uú]car|glucosa|en ayunas|ayunas|en ayuno|ayuno|gluc[oó]metro|sali[oó]|"
                # "el nivel de hoy fue 156" (es_21)
                r"(?:el )?nivel(?: de (?:az[uú]car|glucosa))?|"
                r"(?:me |le )sali[oó]")
_SUGAR_WORD = re.compile(rf"\b(?:{_SUGAR_WORDS})\b", re.I)
_WEIGHT_WORD = re.compile(rf"\b(?:{_WEIGHT_WORDS})\b", re.I)
_READING = re.compile(
    rf"^\W*(?:(?:hoy |mami |mam[aá] |mi mam[aá] |mom |she |i )?(?:wrote down|logged|jotted down|put down|wrote|write|amanec[ií](?:[oó]|mos)? (?:en|con)(?= (?:[5-9]\d|[1-9]\d\d)\b(?![.,]\d))) )?"
    rf"(?:(?:i |she |he |mom |ya |me |hoy |hoy me |hoy le |le |mami |mam[aá] |(?:mi )?ama |dorothy |(?:le |me )?(?:checamos|chequeamos|checaron|cheque) )?(?:my |her |his |mom'?s |dorothy'?s |mother'?s |mi |el |la )?(?:{_WEIGHT_WORDS}|{_SUGAR_WORDS}|way(?= \d)|wait(?= \d{{3}}\b))\W*(?:today|this (?:am|morning)|(?:de )?hoy|esta ma[nñ]ana)?\W*(?:is|was|at|=|:|de|en|said|salio|fue|es|con|in (?:the|my|her) (?:book|log|notebook|chart)|a (?:mi )?(?:mam[aá]|mami|pap[aá]|papi|esposo|esposa|abuel[oa]))?\W*)?"
    # "hoy 117 antes de desayunar" (es_23)
    # ("oy en la mañana 98", es_65, typed as said)
    r"(?:(?:(?:hoy|oy) en la ma[nñ]ana|en la ma[nñ]ana|hoy|oy|today|this morning|esta ma[nñ]ana)\W+)?"
    r"(\d{2,3}(?:[.,]\d)?)"
    rf"\W*(?:(?:{_WEIGHT_WORDS}|{_SUGAR_WORDS}|mg|today|2day|tdy|this (?:am|morning)|am|again|hoy|esta ma[nñ]ana|"
    r"(?:hoy )?en la ma[nñ]ana|otra vez|de nuevo|and (?:my )?(?:pills?|meds?) (?:taken|done|too)|and took (?:my )?(?:pills?|meds?)|"
    r"(?:and )?(?:i |she |he )?wrote it down(?: herself| myself| himself)?|logged|anotado|(?:y )?lo anot[eéo](?: aqui| aqu[ií])?|"
    # "mami 135 hoy, ayer 142": yesterday's told beside it (es_23)
    r"(?:y )?ayer (?:fue |tuvo |era )?(?:[6-9]\d|[1-3]\d\d)|yesterday (?:was )?(?:[6-9]\d|[1-3]\d\d)|"
    # "185 up a bit", "181.4 for mom today" (en_28); not a gain in pounds, which heart-failure plans
    # flag ("185 up 5 lbs": a reviewer's find)
    r"(?:up|down) a (?:bit|little|tad|smidge)(?: (?:from|since) yesterday)?|for (?:mom|my mom|dorothy|her|mami|mi mam[aá])|even|flat|on the dot|(?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|antes d(?:e|el)? (?:comer|desayunar|desayuno|cafe|cafecito)(?: nada)?|before (?:eating|breakfast|coffee|my coffee)|(?:a )?mi (?:mam[aá]|mami|pap[aá]|esposo|esposa)|"

    # "177.0 before breakfast, no clothes", "177 today, down 2 from yesterday 🙂" (en_30; a gain is not, above)
    r"no clothes|without (?:my )?clothes|naked|sin ropa|same as yesterday|down (?:\d(?:\.\d)?|one|two|half a pound)(?: lbs?| pounds?)? "
    r"from yesterday)\W*)*$", re.I)


# Around a reading, what people add that changes nothing: a greeting, whose reading it is,
# thanks, where it was written down ("mornin weight 182 its on the paper on the fridge",
# "buenos dias hoy me salio 109 gracias a dios", "Dorothy 181.5 this AM").
_GREETING = re.compile(
    r"^\W*(?:good morning|morning|mornin|good am|gm|hi|hello|hey|buenos d[ií]as|buen d[ií]a|hola)\b\W*"
    # who is writing, or that it is done: "soy sofia, mami amanecio con 138", "ya quedo me medi y me salio 132" (es_32)
    # (a name, then a comma: not "this is bad 390", "soy diabetica 399", a reviewer's finds)
    r"|^\W*(?:soy|this is) (?:la |el )?(?!(?:bad|wrong|high|low|urgent|serious|scary|terrible|dangerous|not|too|very|so|alta|"
    r"bajo|baja|alto|diabetica|diabetico|nueva|nuevo|enfermera)\b)[a-zñ]+\s*,\s*"
    r"|^\W*(?:ya qued[oó]|listo|lista)\b\W*", re.I)
# "mami se checo el azucar y le salio 135": who checked what, before the reading (es_19)
_CHECKED = re.compile(
    r"^\W*(?:(?:mi )?(?:mam[aá]|mami|mom|she|he|i|dorothy) )?(?:ya )?(?:se |me |le )?(?:chec[oó]|cheque[oó]?|chequ[eé]|checad[oa]|midi[oó]|med[ií]|revis[eé]|checked|tested|"
    # just now: "le acabo de medir el azucar a mami, le salio 156" (es_54)
    r"acab[oe] de (?:medir|checar|chequear)|"
    # "ya le tomamos el azucar a mi mami, salio 160" (es_24)
    r"tom(?:e|é|amos|[oó]|aron)(?= (?:el |la |su )?(?:az[uú]car|glucosa)))"
    r"(?: (?:el |la |su |mi |her |my |his )?(?:az[uú]car|glucosa|sugar|blood sugar|glucose)(?: a (?:mi )?(?:mam[aá]|mami))?)?"
    # "checado el azucar y apuntado, 101" (es_26)
    r"(?: (?:y|and) (?:apuntad[oa]|anotad[oa]|written down|logged))?"
    # ("me medi y me dio 104" is not read: unlabelled, it may be a fever; a reviewer's find)
    r"\W*(?:y |and )?(?:(?:me |le )?sali[oó](?: en)? )?(?=\S)"
    # told by the patient to a family member: "mi mama dice q hoy le salio 122" (es_28)
    r"|^\W*(?:(?:mi )?(?:mam[aá]|mami|mom|dorothy) )?(?:dice (?:que |q )|says )(?:hoy |today )?(?:le |me )?sali[oó](?: en)? (?=\d)"
    # "Check my weight off please. 181.6", "apuntado: 133 ayunas" (en_28, es_24)
    r"|^\W*(?:check (?:my |her |mom'?s )?(?:weight|sugar|scale) off(?: please| pls)?|apuntad[oa]|anotad[oa]|logged|logging)\W+(?=\d)", re.I)
# ... whose, before the number or its label: "mi mama en ayunas 98" (es_22)
# ("a mi mama le salio 121 hoy en ayunas", es_31)
# ("hoy a mami le salio 119 en ayunas", es_37)
_WHOSE = re.compile(r"^\W*(?:hoy\W+)?(?:for |a |(?:la|el) de )?(?:dorothy|mom|moms|mother|my mom|my moms|my mother|mami|mam[aá]|mi mam[aá]|mi mami|mi ma)\b\W*"
                    r"(?:hoy\W*)?"
                    r"(?:tuvo |amaneci[oó] (?:con |en ))?"
                    # ("mi mami salio en 121 hoy en ayunas", es_56)
                    r"(?=\d|(?:en )?ayunas|fasting|az[uú]car|sugar|weight|wt|peso|(?:le )?sali[oó] (?:en |hoy )?\d)", re.I)
_AFTERWORD = re.compile(
    r"\W*(?:thanks?(?: you)?|thx|ty|gracias(?: a dios)?|bendiciones|am[eé]n|god bless|"
    # signed: "180.2 - Dorothy" (en_28)
    r"-+ ?(?:dorothy|dot|angela|mar[ií]a)|\(?(?:dorothy|mom|mar[ií]a|mami|mi mam[aá])\)|"
    # "weighed 182 like you said" (en_26)
    r"(?:like|as) (?:you|they|the nurse|the doctor|she|he) (?:said|told me|asked)|como (?:me )?(?:dijeron|dijo|pidieron|pidio)|"
    r"(?:its|it is|wrote it|put it|lo puse|lo anot[eé]|est[aá]) (?:\w+ ){0,2}(?:on|in|en) (?:the |my |el |la |mi )?"
    r"(?:paper|chart|fridge|calendar|log|log book|logbook|book|diary|journal|notebook|sheet|papel|libreta|cuaderno|refri|calendario)(?: on the fridge| en el refri)?)"
    r"\W*$", re.I)


def _without_afterword(text: str) -> str:
    """The text without its closing thanks or where it was written down. Searched only near
    the end: tried from every position of a long run of punctuation, the pattern took time
    growing with the square of the length (a reviewer's find: 575 s on 100,000 characters)."""
    found = _AFTERWORD.search(text, max(0, len(text) - 300))
    return text[:found.start()] if found else text


# Whose sugar, after it: "le salio 121 a mami esta manana", "155 en ayunas la de mi mama hoy" (es_34). Read only
# beside a sugar word: a bare "101.5 a mami" may be a fever (a reviewer's find)
_WHOSE_SUGAR_AFTER = re.compile(r"(?:(?<=\d)|(?<=ayunas)) (?:a (?:mami|mam[aá]|mi ma|mi ama)|(?:la|el) de (?:mi )?"
                                r"(?:mam[aá]|mami|ama|ma|pap[aá]))\b", re.I)
# ... or without a sugar word, when the number cannot be a temperature: "138 el de mi ma esta mañana" (es_71)
_NO_FEVER_FIRST = re.compile(r"^\W*(?:1[1-9]\d|[2-4]\d\d|[5-8]\d)(?![\d.,])")
_LABEL_FIRST = re.compile(r"^(?:my |mi )?(?:weight|weighed|wt|sugar|blood sugar|peso|azucar|scale(?: said| says| read| reads)?)\s+", re.I)


# A full stop said aloud to voice typing, not a decimal point: "me medi el azucar punto salio ciento diez punto" (es_65)
_DICTATED_STOP = re.compile(r"\b(?:punto|period)\b(?! *(?:\d|cero|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zero|one|two|"
                            r"three|four|five|six|seven|eight|nine)\b)", re.I)


# A reading told as what the meter gave, in Spanish: "hoy me salio 145 el azucar" (es_67), "el azucar me salio en 145"
_CAME_OUT_AT = re.compile(
    r"^\W*(?:hoy |esta ma[nñ]ana )?(?:me|le) (?:salio|sali[oó]|dio|marco|marc[oó]) (?:en |de )?(?P<n>\d{2,3}(?:[.,]\d)?) (?:de )?"
    r"(?:el |la )?(?P<what>azucar|az[uú]car|glucosa|peso)\W*$"
    r"|^\W*(?:hoy )?(?:el |la |mi )?(?P<what2>azucar|az[uú]car|glucosa|peso) (?:de hoy )?(?:me|le) (?:salio|sali[oó]|dio|marco|marc[oó]) "
    r"(?:en |de )?(?P<n2>\d{2,3}(?:[.,]\d)?)\W*$", re.IGNORECASE)


def reading(text: str) -> str | None:
    """ "weight", "sugar" or "number" (a bare reading) for a message that is only a reading."""
    cleaned = _DICTATED_STOP.sub(" ", (text or "").strip().replace("\u2019", "").replace("'", "")).strip()
    # "weight one eighty two point five": the label, then the number spelled out
    label = _LABEL_FIRST.match(cleaned)
    # number words after a label or inside the message only for a routine value: "azucar cuarenta"
    # is not a reading to log
    sugar = _SUGAR_WORD.search(text) is not None
    highest = 300 if sugar else 500
    labelled = _routine(label and spelled_number(cleaned[label.end():], labelled=True), highest)
    cleaned = spelled_number(cleaned) or labelled or \
        _SPELLED_RUN.sub(lambda run: _routine(spelled_number(run.group()), highest) or run.group(), cleaned)
    cleaned = _without_afterword(_WHOSE.sub("", _CHECKED.sub("", _GREETING.sub("", cleaned))))
    cleaned = _CAME_OUT_AT.sub(lambda m: f"{m.group('what') or m.group('what2')} {m.group('n') or m.group('n2')}", cleaned)
    if sugar or _NO_FEVER_FIRST.match(cleaned):
        cleaned = _WHOSE_SUGAR_AFTER.sub("", cleaned)
    found = _READING.match(cleaned)
    if not found or found.group(1) == "911":
        return None
    weight = _WEIGHT_WORD.search(text) is not None
    if not _routine_value(float(found.group(1).replace(",", ".")), weight):
        return None  # "mami tuvo 38", "hoy 42", "mom 550": not a routine reading to log (a reviewer's find)
    if sugar:
        return "sugar"
    if weight:
        return "weight"
    return "number"


def _routine_value(value: float, weight: bool) -> bool:
    """A value a care plan's daily weight or blood sugar can routinely be: not a low sugar, a
    fever in Celsius or an oxygen level sent bare, nor a sugar past 400."""
    return value >= 60 and (weight or value <= 400)


_UNITS = {word: n for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {word: 10 * n for n, word in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)}


# Spanish number words, as voice typing sends them: "ciento treinta y cinco" (es_21).
_UNITS.update({word: n for n, word in enumerate(
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete "
    "dieciocho diecinueve".split())}, un=1, dieciséis=16)
_UNITS.update({f"veinti{word}": 20 + n for n, word in enumerate("uno dos tres cuatro cinco seis siete ocho nueve".split(), start=1)})
_UNITS.update(veinte=20, veintidós=22, veintitrés=23, veintiséis=26)
_TENS.update({word: 10 * n for n, word in enumerate("treinta cuarenta cincuenta sesenta setenta ochenta noventa".split(), start=3)})
_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400}
_NUMBER_WORD = r"(?:" + "|".join(sorted([*_UNITS, *_TENS, *_HUNDREDS, "hundred", "point", "punto"], key=len, reverse=True)) + r")"
# A run of number words inside a message ("me cheque el azucar salio ciento treinta y cinco en ayunas").
_SPELLED_RUN = re.compile(rf"\b{_NUMBER_WORD}(?:(?:\s+(?:and|y))?\s+{_NUMBER_WORD})*\b", re.I)


def _routine(number: str | None, highest: int) -> str | None:
    """`number` if it is a value people log every day (70 up to `highest`), else None."""
    return number if number and 70 <= float(number) <= highest else None


def spelled_number(text: str, labelled: bool = False) -> str | None:
    """A reading spelled out, as voice typing sends it: "one hundred eighty one point two" ->
    "181.2". None unless the whole message is number words (so "one more question" is not).
    `labelled` (a word such as "weight" came first) also reads "one eighty two" as 182; alone,
    "two thirty" may be a time."""
    words = re.sub(r"[-,.]", " ", text.lower()).split()
    whole, decimals, after_point = 0, "", False
    for word in words:
        if word in ("point", "punto") and not after_point:
            after_point = True
        elif not after_point and word in _HUNDREDS and whole == 0:  # "ciento treinta y cinco"
            whole = _HUNDREDS[word]
        elif after_point and word in _UNITS and _UNITS[word] < 10:
            decimals += str(_UNITS[word])
        elif after_point and word in ("oh", "o"):  # "one eighty two point oh" (en_29)
            decimals += "0"
        elif not after_point and word == "hundred" and 0 < whole < 10:
            whole *= 100
        elif not after_point and word in _TENS and whole % 100 == 0:
            whole += _TENS[word]
        elif not after_point and word in _TENS and 0 < whole < 10 and (labelled or _TENS[word] >= 60):
            # "weight one eighty two": 182; and unlabelled when it cannot be a time ("one eighty two this
            # morning", en_31; "two thirty" stays a time)
            whole = whole * 100 + _TENS[word]
        elif not after_point and word in _UNITS and whole % 10 == 0:
            whole += _UNITS[word]
        elif word not in ("and", "y"):
            return None
    if whole < 20 or (after_point and not decimals):
        return None
    return f"{whole}.{decimals}" if decimals else str(whole)


def input_shape(text: str, looks_like_date: bool) -> str:
    """What a message nobody could place looks like: "zip", "date", "number", "no_words"
    (emoji, punctuation) or "words". `looks_like_date`: the verifier can read a full date
    in it (bot/identity.parse_dob)."""
    cleaned = (text or "").strip()
    if ZIP.fullmatch(cleaned):
        return "zip"
    if looks_like_date and len(cleaned.split()) <= 4:
        return "date"
    if LETTERS.search(cleaned):
        return "words"
    return "number" if re.search(r"\d", cleaned) else "no_words"


# A message the classifier could not place that still asks about the care plan: words any
# such question has ("my appointment", "what do I need to do today", "mi cita"). Only a
# backstop for the fallback, so a plain word list is enough; a change of plans
# ("can't make", "cancel") is not a question about it.
_APPOINTMENT_WORDS = re.compile(
    r"\b(?:appointments?|appts?|check ?-?ups?|follow ?-?ups?|visits?|see (?:the|my|a|her|his) (?:doctor|dr|nurse)|"
    r"citas?|consultas?)\b", re.I)
_WHEN_WORDS = re.compile(
    r"\b(?:when|what time|what day|date|next|coming up|upcoming|scheduled?|soon|anywhere|any|"
    r"cu[aá]ndo|qu[eé] (?:d[ií]a|hora)|pr[oó]xima|fecha|tengo)\b", re.I)
# Words saying the person cannot come or wants a plan changed (also bot/intent_guards.py).
PLAN_CHANGE_WORDS = re.compile(
    r"\b(?:can'?t|cannot|can not|couldn'?t|won'?t|unable|not able|reschedul\w*|re schedul\w*|cancel\w*|move|moved|"
    r"change|switch|push(?:ed)? (?:back|it)|postpone\w*|another (?:day|time|date)|different (?:day|time|date)|"
    r"earlier|later|late|miss|missing|conflict\w*|busy|sick|out of town|no (?:ride|way|car)|not (?:going|coming|make)|"
    r"instead|no (?:puedo|podemos|voy|vamos|va)|cambiar|cambio|cancelar|mover|reprogramar|reagend\w*|otro d[ií]a|otra "
    r"(?:fecha|hora|d[ií]a)|posponer|aplazar|m[aá]s tarde|m[aá]s temprano)\b", re.I)
_TASK_WORDS = re.compile(
    r"\b(?:to ?-?dos?|tasks?|chores|list|plan|schedule|supposed to|(?:need|have|got) to do|what (?:else|more)|"
    r"am i to do|should i (?:be )?do(?:ing)?|every ?day|daily|for today|today\??|this week|"
    r"tareas?|pendientes?|qu[eé] (?:tengo|me toca|hago|debo)|hoy|esta semana)\b", re.I)


def care_request(text: str) -> str | None:
    """ "appointment", "tasks" or None: what an unplaced message asks about the care plan."""
    if PLAN_CHANGE_WORDS.search(text or ""):
        return None
    if _APPOINTMENT_WORDS.search(text or "") and _WHEN_WORDS.search(text or ""):
        return "appointment"
    if _TASK_WORDS.search(text or ""):
        return "tasks"
    return None

"""Deterministic crisis / emergency detector for the patient-support assistant.

Why a rule-based layer next to the ML classifier
------------------------------------------------
Patients with chronic illness and their family caregivers text this assistant.
A small fraction of those messages describe a medical emergency ("dad's face is
drooping") or a suicide / self-harm risk ("everyone would be better off without
me").  The Rasa intent classifier is good at everyday intents but it is
probabilistic: a typo, an unusual phrasing or a retrain can silently move a
crisis message below its threshold.  For these messages a miss is much worse
than a false alarm, so this module runs on *every* incoming message,
independently of the classifier, and is:

* deterministic - the same text always gives the same answer, and every
  decision can be traced to one named rule group (``Assessment.signal``);
* recall-first - negation does not suppress a hit ("I'm not going to kill
  myself but I think about it" still fires); only well-known routine
  look-alikes are excluded ("stroke rehab appointment", "copay is killing me"),
  and each exclusion is vetted per match, never per message, so a real
  symptom elsewhere in the same message still fires.  Excluded contexts:
  history ("since his stroke"), learning ("warning signs of a stroke", "learn
  cpr"), paperwork ("chest pain action plan", "stroke discharge papers"),
  devices and messages ("the app is unresponsive", "not responding to my
  texts"), scheduling ("wake up at 5am") and figurative uses ("pass out from
  boredom", "passed out flyers", "overdose of paperwork");
* dependency-free - standard library only, so it can be imported anywhere and
  cannot fail because a model did not load.

How it works
------------
1. ``_normalise`` rewrites the text: Unicode NFKC, lowercase, straight
   quotes, apostrophes dropped ("can't" -> "cant"), punctuation and emoji
   removed, stretched letters undone ("helppp" -> "help", "killll" -> "kill"),
   SMS shorthand and common typos mapped to one spelling ("cnt breath" ->
   "cant breathe").
2. ``_RULES`` is an ordered table of rule groups.  Each has a signal name, the
   kind it raises, a compiled regex, and optionally a second regex that must
   also appear somewhere in the message (``requires``) or a small function
   that vets each match (``accept``: numeric thresholds, "refill"/"rehab"
   context, learning / paperwork / device context).  Suicide / self-harm groups come first, so when both kinds match,
   suicide_self_harm wins (its reply also gives 911).
3. Patterns only use bounded gaps (``(?:\\w+ ){0,3}``) and no nested
   unbounded repetition, so even a 100k-character message is assessed quickly.

The module returns a decision and a fixed reply text; alerting the case
manager and stopping the normal dialogue are the caller's job.
"""

from __future__ import annotations

import enum
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Callable

__all__ = ["Kind", "Assessment", "assess", "response_text"]


class Kind(str, enum.Enum):
    """What kind of crisis a message shows (``NONE``: carry on as usual)."""

    NONE = "none"
    MEDICAL_EMERGENCY = "medical_emergency"
    SUICIDE_SELF_HARM = "suicide_self_harm"


@dataclass(frozen=True)
class Assessment:
    """Result of :func:`assess`: the kind, and which rule group decided it."""

    kind: Kind
    signal: str | None  # name of the rule group that fired; never message text


_NO_CRISIS = Assessment(Kind.NONE, None)


# ---------------------------------------------------------------------------
# Replies: plain ASCII, at most 320 characters (two SMS segments), no advice
# ---------------------------------------------------------------------------

_RESPONSES = {
    Kind.MEDICAL_EMERGENCY: (
        "Call 911 now if you or the person with you may be having a medical "
        "emergency. Please don't wait for a text reply from us - this chat "
        "can't send help. Your case manager is being alerted now."
    ),
    Kind.SUICIDE_SELF_HARM: (
        "Thank you for telling me. What you're going through matters, and you "
        "don't have to face it alone. Please call or text 988 (Suicide & Crisis "
        "Lifeline), open 24/7. If anyone is in immediate danger or has taken "
        "something, call 911 now. Your case manager is being alerted."
    ),
}


# When only the ML classifier recognised a crisis, we do not know which kind it is:
# give both lines of help.
UNCLASSIFIED_RESPONSE = (
    "If this is an emergency, call 911 now. If you're thinking about suicide or hurting "
    "yourself, please call or text 988 (Suicide & Crisis Lifeline), open 24/7. Please don't "
    "wait for a text reply. Your case manager is being alerted now."
)


def is_crisis_response(text: str) -> bool:
    """Whether `text` is one of the crisis replies (other replies mention 911 too)."""
    return text in _RESPONSES.values() or text == UNCLASSIFIED_RESPONSE


def response_text(kind: Kind) -> str:
    """Return the fixed crisis reply for ``kind``; ``Kind.NONE`` has none."""
    try:
        return _RESPONSES[Kind(kind)]
    except (KeyError, ValueError):
        raise ValueError(f"no crisis response for kind {kind!r}") from None


# ---------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "\u00b4": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
})

# Symbols that carry meaning; everything else non-alphanumeric becomes a space.
_SYMBOL_WORDS = {
    "\U0001F691": " ambulance ",  # ambulance emoji
    "\U0001F198": " sos ",        # SOS button emoji
    "&": " and ",
    ">": " over ",
    "<": " under ",
}

# One-token SMS shorthand and typos -> the spelling the rules are written in.
_TOKENS = {
    # negations (apostrophes are already gone: "can't" -> "cant")
    "cnt": "cant", "cannot": "cant", "caint": "cant", "kant": "cant",
    "canot": "cant", "cldnt": "couldnt", "cudnt": "couldnt",
    "coudnt": "couldnt", "dnt": "dont", "didint": "didnt", "dint": "didnt",
    "dosnt": "doesnt", "dosent": "doesnt", "doesent": "doesnt",
    "dsnt": "doesnt", "isint": "isnt", "wudnt": "wouldnt", "aint": "isnt",
    # pronouns and chat shorthand
    "iam": "im", "u": "you", "ur": "your", "r": "are", "ya": "you",
    "n": "and", "pls": "please", "plz": "please", "plez": "please",
    "pleez": "please", "plse": "please", "rly": "really", "rlly": "really",
    "realy": "really", "bc": "because", "cuz": "because", "coz": "because",
    "ppl": "people", "every1": "everyone", "some1": "someone",
    "no1": "no one", "abt": "about", "bout": "about", "thru": "through",
    "wanna": "want to", "wana": "want to", "gonna": "going to",
    "gotta": "got to", "kinda": "kind of", "rn": "right now",
    "idk": "i dont know", "b4": "before", "alot": "a lot",
    "barley": "barely", "hart": "heart",
    # self-harm slang
    "kms": "kill myself", "unalive": "kill", "unaliving": "killing",
    "unalived": "killed", "myslef": "myself", "myslf": "myself",
    "mysef": "myself", "meself": "myself",
    # dropped g
    "hurtin": "hurting", "bleedin": "bleeding", "breathin": "breathing",
    "chokin": "choking", "dyin": "dying", "shakin": "shaking",
    "sweatin": "sweating", "pukin": "puking", "seizin": "seizing",
    "cuttin": "cutting", "killin": "killing", "fallin": "falling",
    "throwin": "throwing",
    # breath / breathe and friends (one canonical verb form)
    "breath": "breathe", "breth": "breathe", "brethe": "breathe",
    "breeth": "breathe", "breate": "breathe", "braeth": "breathe",
    "brething": "breathing", "breating": "breathing",
    "breathng": "breathing", "breahting": "breathing",
    "brathing": "breathing", "brthe": "breathe", "brth": "breathe",
    # medical words
    "od": "overdose", "ods": "overdosed", "oded": "overdosed",
    "overdoze": "overdose", "overdozed": "overdosed", "ovrdose": "overdose",
    "sucide": "suicide", "suiside": "suicide", "suicde": "suicide",
    "sucidal": "suicidal", "suisidal": "suicidal", "suicidle": "suicidal",
    "suicidel": "suicidal",
    "unconcious": "unconscious", "unconsious": "unconscious",
    "unconcsious": "unconscious", "concious": "conscious",
    "unresponsve": "unresponsive", "unresposive": "unresponsive",
    "seizer": "seizure", "siezure": "seizure", "seziure": "seizure",
    "seisure": "seizure", "seizue": "seizure", "sezure": "seizure",
    "seazure": "seizure", "siezing": "seizing", "siezures": "seizures",
    "bleading": "bleeding", "bleding": "bleeding", "bledding": "bleeding",
    "ambulence": "ambulance", "amblance": "ambulance",
    "ambulanse": "ambulance", "ambalance": "ambulance",
    "emergancy": "emergency", "emergeny": "emergency",
    "emergncy": "emergency", "emergecy": "emergency",
    "emrgency": "emergency", "emerjency": "emergency",
    "tounge": "tongue", "tonge": "tongue", "tung": "tongue",
    "anaphalaxis": "anaphylaxis", "anafalaxis": "anaphylaxis",
    "anaphalactic": "anaphylactic", "swolen": "swollen",
    "sweling": "swelling", "presure": "pressure", "preasure": "pressure",
    "pressue": "pressure", "suger": "sugar", "sugr": "sugar",
    "shugar": "sugar", "glucos": "glucose", "diebetic": "diabetic",
    "diabetc": "diabetic", "insullin": "insulin", "insalin": "insulin",
    "attak": "attack", "atack": "attack", "attac": "attack",
    "colapsed": "collapsed", "collasped": "collapsed",
    "vomitting": "vomiting", "vommiting": "vomiting", "vommit": "vomit",
    "shakey": "shaky", "dizy": "dizzy", "confussed": "confused",
    "heartattack": "heart attack",
    "accidently": "accidentally", "accidentaly": "accidentally",
    "accidentlly": "accidentally", "defib": "defibrillator",
    "passout": "pass out", "passedout": "passed out",
    "9/11": "911",
}

# Multi-word rewrites, applied after the token map.
_PHRASES = {
    "can not": "cant", "can t": "cant", "could not": "couldnt",
    "will not": "wont", "won t": "wont", "would not": "wouldnt",
    "do not": "dont", "don t": "dont", "does not": "doesnt",
    "did not": "didnt", "is not": "isnt", "was not": "wasnt",
    "are not": "arent", "has not": "hasnt", "have not": "havent",
    "i am": "im", "i m": "im", "my self": "myself", "him self": "himself",
    "her self": "herself", "any more": "anymore", "every one": "everyone",
    "epi pen": "epipen", "past out": "passed out", "pased out": "passed out",
    "pasd out": "passed out", "heart attach": "heart attack",
    "9 1 1": "911", "to many": "too many", "to much": "too much", "nine one one": "911",
}
_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")\b"
)


def _fold_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_STRETCH = re.compile(r"([a-z])\1{2,}")


@functools.lru_cache(maxsize=4096)
def _unstretch(token: str) -> str:
    """Undo stretched letters: "helppp" -> "help", "killll" -> "kill".

    A run of 3+ identical letters stands for one or two letters.  Try the
    combinations (single letters first) and keep the first that is a word the
    rules use; otherwise fall back to single letters.
    """
    runs = len(_STRETCH.findall(token))
    if runs == 0:
        return token
    if runs <= 4:
        for widths in itertools.product((1, 2), repeat=runs):
            counts = iter(widths)
            candidate = _STRETCH.sub(lambda m: m.group(1) * next(counts), token)
            if candidate in _KNOWN_WORDS:
                return candidate
    return _STRETCH.sub(r"\1", token)


def _apply_vocabulary(text: str) -> str:
    text = " ".join(_TOKENS.get(tok, tok) for tok in text.split())
    return _PHRASE_RE.sub(lambda m: _PHRASES[m.group()], text)


def _normalise(text: str) -> str:
    """Normalise ``text`` into the string the rules are matched on.

    The result starts with a space and contains only ``a-z``, digits and
    single spaces, plus ``/ . :`` where they sit between digits ("180/110").
    """
    t = unicodedata.normalize("NFKC", text)
    for symbol, words in _SYMBOL_WORDS.items():
        t = t.replace(symbol, words)
    t = _fold_accents(t.lower().translate(_QUOTES))
    t = re.sub(r"\bod'd\b|\bod'ed\b", " overdosed ", t)
    t = t.replace("'", "")
    t = re.sub(r"\bw/o\b", " without ", t)
    t = re.sub(r"\bb/c\b", " because ", t)
    t = re.sub(r"\bw/", " with ", t)
    t = re.sub(r"(?<=\d)\+", " plus ", t)
    t = re.sub(r"(?<=\d) ?/ ?(?=\d)", "/", t)
    t = re.sub(r"[^a-z0-9/.:]+", " ", t)
    t = re.sub(r"(?<!\d)[/.:]|[/.:](?!\d)", " ", t)
    t = " ".join(_unstretch(token) for token in t.split())
    return " " + _apply_vocabulary(t)


# ---------------------------------------------------------------------------
# Pattern building blocks (text is normalised: single spaces, no punctuation)
# ---------------------------------------------------------------------------

# Up to N filler words between two parts of a phrase ("chest {W3}pain" also
# matches "chest is really bad pain").  Bounded, so matching stays linear.
W1 = r"(?:\w+ )?"
W2 = r"(?:\w+ ){0,2}"
W3 = r"(?:\w+ ){0,3}"
W5 = r"(?:\w+ ){0,5}"
W8 = r"(?:\w+ ){0,8}"

# "wake up", but not "wake up early" / "wake up at 5am" (scheduling talk).
_WAKE_UP = r"wake up(?! (?:so |that |this |too )?(?:early|earlier|at \d|\d{1,2} ?(?:am|pm)\b|before \d|by \d|in time))"

_PERSON = (
    r"(?:he|she|hes|shes|they|theyre|him|her|them|mom|mum|mother|mommy|ma|dad|"
    r"father|daddy|pop|pops|husband|hubby|wife|son|daughter|grandma|grandpa|"
    r"grandmother|grandfather|granny|gran|nana|nanna|papa|grandson|"
    r"granddaughter|partner|boyfriend|girlfriend|brother|sister|aunt|uncle|"
    r"baby|child|kid|toddler|patient|spouse|fiance|fiancee|roommate|friend|"
    r"neighbou?r)s?"
)
_SELF = r"(?:myself|himself|herself|themselves|themself)"
_NEG = (
    r"(?:not|cant|couldnt|wont|wouldnt|dont|doesnt|didnt|isnt|wasnt|hasnt|"
    r"havent|never|unable to)"
)
_MEDS = (
    r"(?:pills?|meds?|medications?|medicines?|tablets?|tabs|capsules?|caps|"
    r"gummies|painkillers?|pain killers|opioids?|oxy\w*|percocets?|vicodin|"
    r"norco|hydrocodone|morphine|fentanyl|xanax|valium|ativan|klonopin|"
    r"benzos?|ambien|tylenol|acetaminophen|advil|ibuprofen|aspirin|insulin|"
    r"seroquel|lithium|trazodone|gabapentin|antidepressants?)"
)
# Whose medicine: "my", "the", "my husband's" (apostrophe already dropped).
_WHOSE = r"(?:(?:my|his|her|their|the|your|our|someone elses|somebody elses) )?(?:\w+s )?"
_THINNERS = (
    r"\b(?:blood thinners?|thinners?|anticoagulants?|warfarin|coumadin|"
    r"jantoven|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|"
    r"savaysa|edoxaban|heparin|lovenox|enoxaparin|plavix|clopidogrel|"
    r"brilinta|ticagrelor|effient)\b"
)
# "blood" as in bleeding, not blood work / pressure / sugar / thinners ...
_BLOOD = (
    r"blood(?! (?:work|tests?|draws?|pressure|sugars?|thinners?|types?|banks?|"
    r"donations?|counts?|levels?|glucose|panel|orange|cells|clots?|vessels?|"
    r"labs?|results?))"
)
_DIABETES = (
    r"\b(?:diabet\w*|insulin|sugars?|glucose|bg|bs|hypo\w*|hyperglyc\w*|a1c|"
    r"glucometer|dexcom|libre|cgm|t1d|t2d|type [12]|metformin|glipizide|"
    r"glyburide)\b"
)
# Symptoms that make a double dose / high blood pressure an emergency.
_OD_SYMPTOMS = (
    r"\b(?:dizzy|dizziness|faint\w*|lightheaded|light headed|confused|drowsy|"
    r"sleepy|groggy|out of it|cant stay awake|hard to wake|wont wake|cant wake|"
    r"throwing up|threw up|vomit\w*|puking|nause\w*|sick|racing|pounding|"
    r"shaky|shaking|sweaty|sweating|weak|passed out|slow breathing|blurry|"
    r"seeing double|slurr\w*|tired|pale|clammy|not (?:feeling|acting) right|"
    r"(?:feels?|feeling) (?:awful|terrible|horrible|weird|strange|funny|bad|"
    r"off|wrong)|slow (?:pulse|heart\w*)|"
    r"(?:pulse|heart rate|heartbeat) (?:is )?(?:really |very |so |super )?(?:slow|low))\b"
)
# Signs that a fast or slow heartbeat is an emergency.
_HR_SYMPTOMS = (
    r"\b(?:dizzy|dizziness|lightheaded|light headed|faint\w*|pass(?:ed|ing)? out|"
    r"black(?:ed|ing)? out|chest (?:pain|hurts|pressure|tight\w*)|short of breathe|"
    r"shortness of breathe|cant breathe|confus\w*|weak|sweaty|clammy|pale|"
    r"about to collapse)\b"
)
# Airway or circulation signs that turn hives / a rash into anaphylaxis.
_ANAPHYLAXIS_SIGNS = (
    r"\b(?:wheez\w*|short of breathe|shortness of breathe|cant breathe|"
    r"trouble breathing|hard to breathe|throat (?:is |feels |getting )?(?:tight\w*|clos\w*|swell\w*|swollen|itchy|thick)|"
    r"voice (?:\w+ ){0,3}(?:tight|hoarse|raspy|strained|muffled|weird|strange|funny|different)|"
    r"hoarse|trouble swallowing|cant swallow|hard to swallow|"
    r"(?:lips?|tongue) (?:\w+ )?(?:swell\w*|swollen|tingl\w*|numb|thick)|chest (?:is |feels )?tight\w*|"
    r"dizzy|fainted|fainting|(?:feel|feels|feeling) faint|lightheaded|passing out)\b"
)
# Chemotherapy in the message: any fever is then an emergency (neutropenia).
_CHEMO = (
    r"\b(?:chemo\w*|chemotherapy|neutropeni\w*|low white (?:blood )?(?:count|cells?)|"
    r"low wbc|oncolog\w*|cancer treatment)\b"
)
# "pass out" as fainting, not handing out flyers or a joke about boredom.
_PASS_OUT = (
    r"pass(?:ed|es|ing)? out(?! (?:the |some |a few |all the |our |my |free )?(?:flyers?|fliers?|"
    r"papers?|handouts?|pamphlets?|brochures?|leaflets?|candy|cards?|invitations?|invites|"
    r"samples?|snacks|cookies|water|food|gifts?|tickets?|programs?|surveys?|forms?|menus?)\b|"
    r" from boredom)"
)
# Not responding to messages, apps or a treatment is not unresponsiveness.
_NOT_TO_THINGS = (
    r"(?! to (?:(?:the|my|his|her|their|your|our|any|these|those) )?(?:\w+ )?(?:app|apps|"
    r"notifications?|texts?|messages?|emails?|calls?|voicemails?|letters?|portal|"
    r"reminders?|alerts?|treatments?|chemo|meds|medications?|therapy|antibiotics?)\b)"
)
_BP_SYMPTOMS = (
    r"\b(?:headache|head (?:is )?(?:pounding|hurts|killing)|head pain|"
    r"migraine|chest|vision|blurry|blurred|cant see|seeing spots|confus\w*|"
    r"dizzy|dizziness|lightheaded|nosebleed|nose (?:is )?bleeding|bloody nose|"
    r"short of breathe|shortness of breathe|cant breathe|numb\w*|weak\w*|"
    r"nause\w*|vomit\w*|throwing up|tingling|pounding|racing|slurr\w*|"
    r"(?:feel|feeling) (?:awful|terrible|horrible|sick|bad|weird|funny|off)|"
    r"not feeling (?:well|good|right))\b"
)

# A number that is a reading, not a time, dose, count or duration.
_NOT_A_READING = (
    r"(?! ?(?:am|pm|a m|p m|oclock|hours?|hrs?|hr|minutes?|mins?|min|seconds?|"
    r"secs?|units?|u|iu|times?|x|days?|weeks?|wks?|months?|years?|yrs?|yo|"
    r"percent|pills?|tabs?|tablets?|meds?|medications?|carbs?|grams?|g|gm|"
    r"lbs?|pounds?|kg|oz|ounces?|ml|cc|mg(?! ?dl)|mcg|liters?|l|lpm|tanks?|"
    r"dollars?|bucks|cents|strips?|refills?|people|more)\b)"
)
_READING = r"(?<![\d/.:])(?P<num>\d{1,4}(?:\.\d+)?)s?(?![\d/:.])" + _NOT_A_READING
# Filler between "sugar" and its number: words, or "300 to" / "300 then".
_READING_GAP = r"(?:[a-z]+ |\d{1,4} (?:to|then|now) ){0,5}"
_SUGAR_WORDS = (
    r"(?:blood sugars?|sugars?|glucose|bg|bs|cbg|fsbs|readings?|meter|"
    r"glucometer|dexcom|libre|cgm)"
)
_OXYGEN_WORDS = r"(?:o2|oxygen|spo2|sats?|saturation|pulse ox|pulse oximeter|oximeter)"
# "185/110", "185 over 110"; or a single number after "bp" ("bp is 210").
_BP_PAIR = r"(?<![\d/.:])(?P<sys>\d{2,3}) ?(?:/|over) ?(?P<dia>\d{2,3})(?![\d/.:])"
_BP_SINGLE = r"(?:bp|blood pressure|pressure|systolic|top number) " + _READING_GAP + r"(?P<sys>\d{2,3})(?![\d.:])"


# ---------------------------------------------------------------------------
# Match vetting (``accept`` functions)
# ---------------------------------------------------------------------------

# Next word that turns a bare mention ("stroke", "seizure") into routine talk.
_ROUTINE_NEXT_WORDS = frozenset("""
    rehab rehabilitation recovery class classes clinic program support group
    groups survivor survivors education awareness prevention risk research
    unit team nurse doctor dr specialist neurologist cardiologist appointment
    appointments appt follow followup med meds medication medications
    medicine medicines pills prescription prescriptions rx refill refills
    history diary log action plan free precautions disorder contact contacts
    fund funds kit preparedness supply supplies transport transportation card
    letter bill bills insurance patients caregivers discharge papers paperwork
    questionnaire survey handout handouts pamphlet brochure training
    certification course courses guidelines checklist packet worksheet
""".split())
# Words within three words of a mention that make it an admin question.
_ADMIN_WORDS = frozenset("""
    refill refills refilled refilling renew renewal renewed prescription
    prescriptions script rx pharmacy copay copays insurance cover covers
    covered coverage cost costs price prices coupon order ordered bill bills
    billed billing invoice claim charge charges charged statement expired
    expires expiring expiration paperwork form forms reimbursement copy copies
""".split())
_HISTORY_AFTER = re.compile(
    r" (?:\w+ ){0,2}?(?:last (?:year|spring|summer|fall|winter)|"
    r"(?:\d+|a|one|two|three|four|five|few|couple|several|many)(?: \w+)? "
    r"(?:years?|months?) ago|years ago|months ago|in (?:19|20)\d\d|back in)\b"
)
_HISTORY_BEFORE = re.compile(
    r"\b(?:since|history of|hx of|risks? (?:of|for)|prevent\w*|chances? of|"
    r"recover\w* from|survived|survivor of|after)(?: \w+){0,2} $"
)
_SPORT_BEFORE = re.compile(r"\b(?:back|breast|brush|key|master|pen|golf|tennis|swim\w*) $")
_NEGATED_BEFORE = re.compile(r"\b(?:non|not|no|isnt|wasnt|nothing)(?: really)?(?: an?)? $")
# Learning about a condition, not having it: "warning signs of a stroke",
# "learn cpr", "difference between a heart attack and cardiac arrest".
_LEARNING_BEFORE = re.compile(
    r"\b(?:difference between(?: \w+){0,5}|(?:warning )?signs and symptoms of(?: an?)?|"
    r"warning signs of(?: an?)?|what (?:are|is) the (?:\w+ )?(?:signs|symptoms) of(?: an?)?|"
    r"learn(?:ing|ed)?(?: how to do| how to give| to do| about)?(?: \w+)?|"
    r"(?:class|course|training|video|pamphlet|handout|information|info) (?:on|about|for)(?: an?)?|"
    r"how (?:to|do i|do you|can i) (?:recogni[sz]e|spot|tell|identify)(?: an?)?)"
    r" $"
)
# A symptom word used as the name of a document or programme: "chest pain
# action plan", "shortness of breath questionnaire", "seizure diary".
_LABEL_NEXT_WORDS = frozenset("""
    action plan plans questionnaire questionnaires survey form forms handout
    handouts pamphlet brochure class classes clinic education diary log
    checklist protocol guidelines paperwork papers worksheet scale score
    assessment study research video training program programme hazard hazards
""".split())
# Ongoing, long-standing deficit, not a sudden one: "weak since my stroke".
_CHRONIC_AFTER = re.compile(
    r" (?:\w+ ){0,2}?(?:(?:ever )?since (?:my|his|her|their|the) (?:\w+ )?"
    r"(?:stroke|surgery|accident|injury|fall|tia|birth|diagnosis)|since (?:birth|childhood|(?:19|20)\d\d)|"
    r"for (?:years|months|ages|a long time|a few years|several years)|"
    r"(?:\d+|a|few|couple|several|many)(?: \w+)? (?:years?|months?) ago|years ago)\b"
)
# A device or website, not a person: "the app is unresponsive".
_TECH_BEFORE = re.compile(
    r"\b(?:app|apps|website|site|portal|screen|phone|page|computer|laptop|system|"
    r"tablet|link|button|keyboard|touchscreen|mouse|program|server|browser|"
    r"ipad|iphone|tv|remote|printer|software|chat|bot)"
    r"(?: (?:is|was|keeps|kept|went|goes|seems|seemed|has been|got|gets|getting|became|still))?"
    r"(?: (?:totally|completely|so|really|very|just|again|always|kind of|being))? $"
)


def _context(m: re.Match[str], chars: int = 60) -> tuple[str, str]:
    """Return (text before, text after) the match, bounded to keep this O(1)."""
    s, start = m.string, m.start() + 1  # + 1: skip the space that starts a match
    return s[max(0, start - chars):start], s[m.end():m.end() + chars]


def _is_current_mention(m: re.Match[str]) -> bool:
    """Accept a bare mention unless context shows it is history or admin.

    "stroke rehab", "seizure meds", "since his stroke", "heart attack 3 years
    ago", "epipen refill" are routine; anything else counts.
    """
    before, after = _context(m)
    after_words, before_words = after.split(), before.split()
    if after_words and after_words[0] in _ROUTINE_NEXT_WORDS:
        return False
    if _HISTORY_AFTER.match(after) or _HISTORY_BEFORE.search(before) or _SPORT_BEFORE.search(before):
        return False
    if _LEARNING_BEFORE.search(before):
        return False
    nearby = before_words[-3:] + after_words[:3]
    return not any(word in _ADMIN_WORDS for word in nearby)


_ER_PLACE = re.compile(
    r" (?:room|rooms|department|dept|entrance) (?:parking|directions|address|hours|entrance|"
    r"phone|number|wait|waiting times?|bill|bills|copay|location|map)\b"
)


def _is_unnegated_current_mention(m: re.Match[str]) -> bool:
    """For the bare word "emergency" only: "not an emergency" is not a call for
    help, nor is a question about the emergency room's parking or address."""
    before, after = _context(m)
    if _ER_PLACE.match(after):
        return False
    return not _NEGATED_BEFORE.search(before) and _is_current_mention(m)


def _is_not_a_label(m: re.Match[str]) -> bool:
    """Reject a symptom phrase that names a document or programme.

    "chest pain action plan", "shortness of breath questionnaire": the next
    word shows it is paperwork.  Any other occurrence in the same message is
    still vetted on its own, so "chest pain now, wheres my chest pain action
    plan" fires.
    """
    _, after = _context(m)
    words = after.split()
    return not (words and words[0] in _LABEL_NEXT_WORDS)


def _is_sudden_deficit(m: re.Match[str]) -> bool:
    """Limb / face weakness counts unless it is an old, known deficit."""
    _, after = _context(m)
    return not _CHRONIC_AFTER.match(after) and _is_not_a_label(m)


def _is_person_unresponsive(m: re.Match[str]) -> bool:
    """ "unresponsive" about a person, not an app, screen or website."""
    before, _ = _context(m)
    return not _TECH_BEFORE.search(before)


def _is_heart_rate_extreme(m: re.Match[str]) -> bool:
    """Heart rate of 150+ or 20-40 beats a minute (the rule also needs a symptom)."""
    if "." in m["num"]:
        return False
    value = int(m["num"])
    before = m.string[max(0, m.start("num") - 10):m.start("num")]
    if value <= 40 and re.search(r"\b(?:at|in|by|around|before|after|until|for) $", before):
        return False  # "heart doctor in 30 minutes", "at 30": a time, not a rate
    return value >= 150 or 20 <= value <= 40


def _is_fever(m: re.Match[str]) -> bool:
    """Temperature of 100.4 F or more (38.0-45 is read as Celsius)."""
    value = float(m["num"])
    return 38.0 <= value <= 45 or 100.4 <= value <= 110


def _is_dangerous_sugar(m: re.Match[str]) -> bool:
    """Blood sugar reading below 55 or above 400 mg/dL.

    Decimals ("2.8") are read as mmol/L (below 3.1 or above 22.2). A small
    integer right after "at"/"by"/"around" is taken to be a time of day.
    """
    value = float(m["num"])
    before = m.string[max(0, m.start("num") - 20):m.start("num")]
    if "." in m["num"]:
        return value < 3.1 or value > 22.2
    if value <= 12 and re.search(r"\b(?:at|by|around|before|after|until|til|till|about) $", before):
        return False
    if value == 400 and (re.search(r"\b(?:over|above|more than|higher than|greater than) $", before)
                         or m.string.startswith(" plus", m.end("num"))):
        return True
    return value < 55 or value > 400


def _is_low_oxygen(m: re.Match[str]) -> bool:
    return "." not in m["num"] and float(m["num"]) < 85


def _is_bp_200_plus(m: re.Match[str]) -> bool:
    return int(m["sys"]) >= 200


def _is_bp_crisis_range(m: re.Match[str]) -> bool:
    """Systolic >= 180 or diastolic >= 120 (the rule also requires a symptom)."""
    return int(m["sys"]) >= 180 or int(m.groupdict().get("dia") or 0) >= 120


# ---------------------------------------------------------------------------
# Rule table
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Rule:
    signal: str
    kind: Kind
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None  # must also appear somewhere in the text
    accept: Callable[[re.Match[str]], bool] | None = None  # vets each match

    def fires(self, text: str) -> bool:
        if self.requires is not None and not self.requires.search(text):
            return False
        if self.accept is None:
            return self.pattern.search(text) is not None
        return any(self.accept(m) for m in self.pattern.finditer(text))


def _rule(signal: str, kind: Kind, *alternatives: str, requires: str | None = None,
          accept: Callable[[re.Match[str]], bool] | None = None) -> _Rule:
    """Compile alternatives into one word-bounded regex.

    Normalised text starts with a space and has single spaces between words, so
    a literal leading space marks the start of a word.  (It is much faster
    than a leading ``\\b``: the regex engine can jump from space to space.)
    """
    pattern = re.compile(" (?:" + "|".join(rf"(?:{alt})\b" for alt in alternatives) + ")")
    return _Rule(signal, kind, pattern, re.compile(requires) if requires else None, accept)


SUICIDE = Kind.SUICIDE_SELF_HARM
MEDICAL = Kind.MEDICAL_EMERGENCY

_RULES: tuple[_Rule, ...] = (
    # --- suicide / self-harm first: it wins when both kinds match ----------
    # Suicidal ideation, direct and indirect; negation deliberately not handled.
    _rule(
        "suicidal_ideation", SUICIDE,
        r"suicid\w*",
        rf"(?:kill|killing|killed|off|offing|shoot|hang|hanging|drown|poison|suffocate|stab) {_SELF}",
        r"(?:someone|somebody|please|just|god|wish \w+ would|want \w+ to) kill me",
        r"end(?:ing)? (?:it all|(?:my|his|her|their) (?:own )?life|my suffering|my existence|everything|things|my misery)",
        r"want (?:it all|everything|this all|all of this|it) to (?:be over|end)|(?:im|i am) done with (?:everything|life|living|it all)|done living",
        r"(?:want|going|plan|planning|ready|decided|about|thinking about|think about|tempted|trying) to (?:just )?end (?:it(?! (?:with|early))|me|this (?:pain|suffering|life|nightmare)|this$)",
        r"tak(?:e|ing) my (?:own )?life|took (?:his|her|their) own life",
        r"better off (?:without me|dead|if i|when im gone|with me gone|if im gone)",
        r"(?:better|happier|easier) (?:off |place )?without me",
        rf"(?:better|happier|easier) {W3}if (?:i|he|she) (?:wasnt|werent|was gone|were gone|died|didnt exist|wasnt here|wasnt around|was dead|were dead|disappeared)",
        # others would manage without me (a trip or an appointment excluded)
        r"(?:do|be|get along|manage|cope) (?:just )?(?:fine|ok|okay|great|better) without me(?! (?:for|at|during|while|on|this|next|tomorrow|today|tonight|when|if|there))",
        r"dragging (?:them|everyone|everybody|you|you all|my family|the family|my \w+) down",
        rf"(?:if|wish|want|wanna) {W3}(?:didnt|not|stop|stopped) exist(?:ing|ed)?",
        rf"(?:everyone|everybody|the world|my family|my kids|they all|all of them|people) (?:would|will|d|could) {W1}be better off",
        rf"(?:no|not any|zero) {W1}(?:reason|point|purpose) {W2}(?:to live|living|to go on|going on|being alive|to be alive|to keep going|of living|to be here)",
        r"nothing (?:left )?to live for",
        r"(?:life|living) (?:\w+ )?(?:isnt|is not|not|no longer|aint) worth (?:it|living)|not worth living",
        r"(?:dont|doesnt|no longer) see (?:the |any )?point(?: in| of)? (?:anymore|living|going on|life|anything|being here)",
        r"(?:tired|sick) of (?:living|life|being alive|being here)",
        r"(?:nobody|no one) (?:would|will|is going to|d) (?:even )?(?:miss me|notice if i|care if i (?:died|was gone|disappeared|wasnt here))",
        r"(?:want|wish|wanna) to (?:just )?disappear|sleep forever",
        r"lethal dose|fatal dose",
        rf"how (?:many|much) {W8}(?:to die|to kill|to overdose|would kill|is lethal|is fatal|to not wake up|to never wake up)",
        rf"(?:use|using|used|turn|turning) (?:it|them|that|the gun|a gun|the knife|a knife) on {_SELF}",
        rf"(?:dont|doesnt|didnt|no longer) {W1}(?:want|wish) to (?:live|be alive|be here|exist|{_WAKE_UP}|go on|keep living|be around|continue)",
        rf"(?:dont|never) {W2}want to {_WAKE_UP}",
        rf"(?:hope|hoping|wish|pray|praying) (?:that )?i {W1}(?:dont|never|wont|wouldnt|didnt) wake up",
        r"(?:go to sleep|fall asleep|sleep|sleeping) and (?:never|not) wake up",
        r"(?:wants?|wanted|wanting|wish|ready|deserve|deserves|rather|pray|praying|hoping|hope) to die",
        r"(?:hope|hoping|praying) (?:that )?i (?:just )?(?:die|dont make it)",
        rf"wish (?:i|id) {W2}(?:dead|die|died|disappear|never been born|was never born|not here|not alive|gone)",
        r"let me die|i should (?:just )?(?:die|be dead)",
        r"(?:wants?|wanted|wanting|wanna|wish|wishes|ready) to (?:just )?be dead|(?:rather|sooner) (?:just )?(?:be dead|die|not (?:be here|exist|be alive|wake up))",
        rf"(?:im|i feel like|feel like im|i feel like im|ive become|ive been|i have been|i was) {W2}burden",
        r"cant (?:go on|keep going(?! to)|take much more)|cant (?:keep )?(?:live|living|going on) like this",
        r"(?:whats|what is) the point (?:of|in) (?:living|life|anything|going on|being here|trying)",
        # hopelessness with a gap: "whats even the point of treatment or living"
        rf"(?:whats|what is|why) {W2}(?:the |any )?point {W1}(?:of|in) {W5}(?:living|life(?! insurance)|going on|being alive|staying alive|being here)",
        r"nothing matters(?! (?:more|as much|but|except))",
        # no way out but death: "dont see a way out except dying"
        rf"(?:way out|escape|option|choice|solution) {W3}(?:except|but|other than|besides|than) (?:dying|death|to die|suicide|killing myself|ending it)",
        r"(?:dont|cant|doesnt|cannot) see (?:a |any )?way out(?! of)",
        r"cant (?:take|do|handle|bear|stand) (?:it |this |life |the pain |this pain |living |any of this )?anymore",
        r"(?:think|thinking|thought|thoughts) (?:about|of) (?:killing|ending|dying|death|not being here|not waking up|taking my life|hurting myself|overdosing|jumping)",
        # imagining one's own death, death felt as relief
        rf"(?:picture|picturing|pictured|imagine|imagining|imagined|fantasi[sz]\w*|daydream\w* (?:about|of)|dream\w* (?:about|of)|visuali[sz]\w*) (?:myself|me|my own|being) {W1}(?:dead|dying|death|funeral|in a coffin|gone)",
        rf"(?:dead|dying|death|being gone|not being here|not waking up|ending it) {W5}(?:feels?|felt|would be|sounds?|seems?) (?:like )?(?:a |such a )?(?:relief|peaceful|peace)",
        # a plan plus calm resolve ("made a plan and im not scared anymore")
        rf"(?:made|have|got|make|making|came up with|worked out|figured out) (?:a|the|my) plan {W5}(?:not|no longer) (?:scared|afraid|frightened)|(?:not|no longer) (?:scared|afraid|frightened) (?:of dying|to die|of death)",
        r"jump(?:ing)? (?:off|in front of) (?:a |the |my )?(?:bridge|building|roof|train|car|balcony|cliff|overpass)",
        # methods: stepping in front of a vehicle, lying on tracks
        r"(?:jump\w*|step\w*|walk\w*|run\w*|throw\w* (?:myself|himself|herself)|lie|lay|lying|laying|get|got) (?:out |down )?in front of (?:a |an |the |my |some )?(?:\w+ )?(?:train|bus|car|truck|semi|traffic|subway)",
        r"(?:lie|lay|lying|laying|sit|sitting|stand|standing) (?:down )?on (?:the )?(?:train |railroad |rail |subway )?tracks",
        # methods: driving into something on purpose ("drive my car into a tree")
        rf"(?:drive|driving|crash|crashing|swerve|swerving|steer|steering|ram|ramming|wreck|wrecking) {W3}(?:into|off) (?:a |an |the |some )?(?:tree|wall|pole|telephone pole|traffic|oncoming \w+|bridge|cliff|overpass|river|lake|ocean|semi|truck|median|barrier|guardrail)",
        # methods: walking into water or traffic
        r"(?:walk\w*|wad(?:e|ed|ing)|throw\w* (?:myself|himself|herself)) (?:out )?(?:into|in to) (?:a |an |the )?(?:\w+ )?(?:lake|river|ocean|sea|bay|water|pond|creek|quarry|traffic)",
        # methods: hanging (rope, noose, belt or cord around the neck)
        rf"noose|(?:rope|belt|cord|scarf|sheet|wire|ligature|leash|strap|tie) {W3}around (?:my|his|her|their) (?:own )?neck|(?<!jump )ropes? {W2}(?:ready|tied|set up|hung|hanging from)|found (?:him|her|them|my \w+) hanging",
        rf"(?:tied|tie|tying|hung|hang|hanging|knotted|looped|threw|throw|thrown) {W2}(?:rope|noose|cord|belt|sheet) {W3}(?:to|from|over|on|around) (?:a |the |my )?(?:beam|rafters?|ceiling|ceiling fan|tree|branch|banister|railing|door|doorknob|closet rod|pipe|hook)",
        # methods: car running in a closed (not a parking) garage, exhaust hose
        rf"(?<!parking )garage {W5}(?:car|engine|motor|truck) {W1}(?:running|on)|(?:car|engine|motor|truck) {W1}(?:running|on) {W5}(?:in|inside) (?:the |my |our |his |her )?garage|(?:hose|tube|pipe) {W3}(?:exhaust|tailpipe)",
        rf"gun {W3}(?:to my head|in my mouth)",
        # a gun together with a farewell, or someone locked in with a weapon
        rf"(?:guns?|pistol|rifle|shotgun|revolver|firearm|handgun) {W8}(?:goodbye|good bye|farewell|last words|sorry for everything|(?:suicide|goodbye) note)",
        rf"(?:goodbye|good bye|farewell|sorry for everything) {W8}(?:guns?|pistol|rifle|shotgun|revolver|firearm|handgun)",
        rf"locked {W5}with (?:a|his|her|my|the|their) (?:gun|pistol|rifle|shotgun|revolver|firearm|handgun)",
        # asking for a method
        r"(?:least painful|painless|easiest|easy|quickest|quick|fastest|best|surest|peaceful|quietest|cleanest|most reliable) (?:way|ways|method|methods|means) (?:to|of) (?:die|dying|kill|end it|end my life|overdose|commit|do it)",
        r"(?:least painful|painless|peaceful) (?:way|ways|method|methods) (?:to|of) (?:go|going)",
        r"how (?:to|do you|do people|would i|can i|could i|should i) (?:die|kill (?:myself|yourself|oneself)|end my life|end it all)(?! (?:from|of))",
        r"(?:wont|not going to) be (?:here|around|alive) (?:much longer|for long|anymore)",
        r"this is (?:my )?(?:final |last )?goodbye|(?:final|last) goodbyes?|goodbye forever",
        r"(?:saying|said|say) goodbye to (?:everyone|everybody|you all|yall|all of you|the world|my family|my kids)",
        r"(?:goodbye|suicide) (?:note|letter)s?",
        r"(?:goodbye|good bye|bye|farewell) (?:to )?(?:everyone|everybody|world|cruel world|forever|yall|my (?:loves?|family|babies|kids))",
        r"(?:sorry|apologi\w*|forgive me) (?:for|about) (?:being|having been) (?:such )?(?:a |an )?(?:\w+ )?burden",
        # farewell note: a note or letter that apologises or says goodbye
        rf"(?:left|leaving|wrote|writing|written|found|find) (?:a|an|her|his|my|their|me a|us a) {W1}(?:note|letter) {W5}(?:sorry|goodbye|forgive|love you|take care of|dont blame|not your fault)",
        # farewell behaviour: giving belongings away, "wont need it soon"
        r"(?:giv(?:e|es|ing|en)|gave) away (?:all (?:of )?(?:my|his|her|their)|everything|(?:my|his|her|their) (?:\w+ )?(?:stuff|things|belongings|possessions|valuables|guns?|pets?|dogs?|cats?|savings|keepsakes|heirlooms))",
        r"(?:wont|will not|not going to|isnt going to|wont be) need(?:ing)? (?:it|them|this|that|these|those|anything|any of (?:it|this|them)|(?:my|his|her) \w+) (?:\w+ )?(?:soon|much longer|where (?:im|hes|shes|theyre|i am) going|after (?:tonight|tomorrow|today|this week|this weekend))",
        r"(?:last|final) (?:\w+ )?(?:day|days|week|weekend|night|month|christmas|birthday|summer)s? (?:on|in) (?:earth|this earth|this world|the world|this planet)",
        r"(?:youll|you will|you wont|no one will|nobody will) (?:\w+ )?(?:see|hear from) me again",
        # intentional pills already taken, told as a farewell
        rf"(?:already|just) (?:took|swallowed|taken) (?:them|it|the pills|the whole \w+|all (?:of )?(?:them|it|my \w+|the \w+)|everything) {W5}(?:want\w* (?:someone|somebody|you|anyone) to know|too late|dont (?:call|send|tell) (?:anyone|anybody|911|an ambulance|for help|the police)|goodbye|sorry for everything|forgive me)",
        # stockpiled pills / intentional overdose
        rf"(?:saved|saving|stockpil\w*|stash\w*|hoard\w*) (?:up )?{W3}{_MEDS}",
        rf"(?:hid|hide|hides|hiding|hidden) {W3}{_MEDS}(?! (?:\w+ ){{0,3}}(?:from|instead|in (?:his|her|their) (?:cheek|mouth)))",
        rf"{_MEDS} {W3}(?:saved|stockpiled|stashed|hoarded|saving|stockpiling|stashing|hoarding)",
        rf"enough {W3}to (?:kill me|kill myself|end it|end things|end my life|die|not wake up|never wake up|overdose|finish it)",
        rf"plan(?:s|ning|ned)? {W3}(?:to end|to kill|to die|to overdose|to take my life|on ending|on killing|how to end|how to kill)",
        rf"(?:(?:want|going|plan|planning|tempted|about|decided|ready) to|(?:thinking|think|thought) (?:about|of)) {W1}(?:overdose|overdosing|(?:tak(?:e|ing)|us(?:e|ing)|inject(?:ing)?|swallow(?:ing)?|put(?:ting)? on|pop(?:ping)?|apply(?:ing)?) all (?:of )?(?:my|the|these|those|his|her)|take the whole bottle)",
        # first person, every patch / pen / syringe at once (not a mix-up of pills)
        rf"i (?:just |already )?(?:took|put|used|injected|applied|stuck|slapped) (?:on )?all (?:of )?(?:my|the) {W2}(?:patch(?:es)?|pens?|syringes?|vials?|injections?|shots?|insulin|cartridges?) {W2}at once(?! (?:\w+ ){{0,3}}(?:by (?:accident|mistake)|accidentally))",
        # stopping treatment deliberately so that life ends
        # ("skip my insulin until the fast is over" is not: "so its over" / "so i die" is)
        rf"(?:stop|stopping|stopped|quit|quitting|skip|skipping|refus\w*|not taking|wont take|done taking|going off|go off|went off) {W5}(?:(?:so|until|till|and let) {W5}(?:die|dies|dead|gone for good|take me)|so (?:that )?(?:its|it is|it will be|everything is|this is|this will be|it all is) (?:finally |all |just )?(?:over|the end))",
        rf"(?:took|swallowed|overdosed) {W8}on purpose",
    ),
    # "If the cancer doesn't kill me I'll do it myself": doing the killing oneself.
    _rule(
        "suicidal_ideation", SUICIDE,
        r"(?:ill|i will|im going to|going to|i could|i might|might as well|ill just|i should) (?:just )?(?:do it|finish (?:it|the job|myself off)|end it|take care of it) (?:myself|first)|beat (?:it|the cancer|cancer|the disease) to it",
        requires=r"\b(?:kill\w*|die|dies|dying|dead|death)\b",
    ),
    # Intent stated as a purpose, a time, a note or a weapon bought for it; Spanish phrasings.
    _rule(
        "suicidal_intent", SUICIDE,
        r"so (?:that )?(?:i|he|she|they) (?:can|could|will|would|might|d) (?:just )?(?:die|be dead|not wake up)|die sooner",
        r"so (?:that )?(?:i|im|he|hes|she|shes|they|theyre)(?: (?:am|is|are))? (?:not|isnt|arent|wont be|no longer)(?: be)? a burden",
        r"want(?:ed|s)? (?:it all|everything|this all|all of this|it) to (?:be over|end|stop)",
        r"(?:not|wont|isnt|aint) (?:going to |gonna )?be (?:around|here|alive) (?:after (?:tonight|today|this week)|much longer|anymore|by (?:morning|tomorrow))",
        rf"(?:wrote|written|writing|finished|left) (?:my|his|her|a) (?:suicide |goodbye |farewell |last |final )?(?:note|letter)s?(?= *$| (?:already|for (?:my|the|his|her) (?:family|kids|children|wife|husband|mom|dad)))",
        r"(?:goodbye|farewell) (?:notes?|letters?|texts?|messages?)(?! from)",
        r"(?:tonight|today|tomorrow|this weekend)(?: is the (?:night|day))? (?:he|she|i|im|ill|hell|shell|hes|shes) (?:ends?|ending|going to end|gonna end) it(?! with)",
        rf"know {W1}(?:exactly )?what (?:im|i am|hes|he is|shes|she is) (?:using|going to use|gonna use|doing with) (?:it|them|that)",
        r"(?:no|ya no) quiere?o? (?:vivir|seguir viviendo|estar aqui|despertar)|quiere?o? (?:morir|morirse|morirme|matarse|matarme|suicidarse|suicidarme)|(?:me|se) quiere?o? (?:morir|matar)|matarme|matarse|suicidarme|suicidarse|quitarme la vida|quitarse la vida",
    ),
    # Self-harm: cutting, burning, hurting oneself (patient or family voice).
    _rule(
        "self_harm", SUICIDE,
        rf"(?:cut|cutting|cuts|burn|burned|burnt|burning|hurt|hurting|hurts|harm|harming|hit|hitting|punch|punched|punching|scratch|scratched|scratching|stab|stabbed|stabbing|starve|starved|starving|injure|injured|injuring|bite|biting|strangle|strangled|strangling|slice|sliced|slicing|slash|slashed|slashing|carve|carved|carving|choke|choked|choking|bruise|bruised|bruising|slap|slapped|slapping) {_SELF}",
        r"self ?(?:harm\w*|injur\w*|mutilat\w*)",
        rf"(?:cut|cutting|cuts|slit|slitting|slice|slicing|sliced|slash|slashed|slashing|carve|carving|carved|gouged|gouging|burning|scratching|scratched) (?:into )?(?:my|his|her|their) (?:own )?(?:wrists?|arms?|legs?|thighs?|skin|stomach|body|throat)",
        # a self-harm tool: razor / blade / lighter / cigarette (not a kitchen knife)
        rf"(?:cut|cutting|sliced|slicing|slashed|slashing|carved|carving|scratched|scratching|burned|burnt|burning|stabbed|stabbing) {W3}with (?:a |the |my |his |her )?(?:razors?|razor blades?|blades?|box cutter|broken glass|glass|scissors|lighter|cigarettes?|matches|match|lit \w+)",
        rf"cuts {W3}(?:on|all over) (?:my|his|her|their) (?:wrists?|arms?|legs?|thighs?|stomach)",
        r"cutting again",
        rf"(?:started|start|been|keep|kept|back to|want to|thinking about|going to) (?:cutting|burning|hurting|harming)(?: (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))|$)",
        r"urges? to (?:cut|burn|hurt|harm|self)",
        r"(?:relapsed|relapse) (?:on |with |into )?(?:cutting|self harm)",
        rf"(?:cut|hurt|burned|burnt|scratched|hit) {W5}on purpose",
        rf"(?:bang\w*|hit\w*|punch\w*|slam\w*|smash\w*|cut\w*|burn\w*|scratch\w*|hurt\w*|stab\w*|slic\w*|carv\w*|bruis\w*|choke|chok\w*|starv\w*|pull\w* out) (?:my|his|her|their|myself|himself|herself) {W5}(?:on purpose|deliberately|intentionally)",
        r"(?:going to|want to|about to|need to|ill|plan to|planning to|tempted to) (?:cut|slice)(?: (?:tonight|again|now|today|later|soon)\b|$)",
        r"(?:razor|blade|knife|lighter) (?:on|to|into|against) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin|stomach|body)",
        # shut in alone with a means of harm
        rf"locked (?:myself|himself|herself|themselves) in {W3}with (?:a |the |my |his |her )?(?:razors?|blades?|knife|knives|gun|pills|rope)",
    ),

    # --- medical emergencies (specific groups before generic ones) ---------
    # Overdose or poisoning: too much medicine at once, accidental or not.
    _rule(
        "overdose", MEDICAL,
        r"overdos\w*(?! of (?:paperwork|work|homework|information|info|bills|forms|emails|meetings|drama|cuteness|tv)\b)",
        rf"(?:took|taken|swallowed|gave|given|injected|used|ingested) {W1}too (?:much|many)",
        rf"(?:took|taken|swallowed|ate|eaten|drank|downed|chugged|finished|emptied|had|popped) {W3}(?:whole|entire|full) {W1}(?:bottle|pack|packet|box|strip|blister pack|container|jar|supply)",
        rf"(?:whole|entire) bottle {W3}(?:is )?(?:gone|empty|missing)",
        rf"(?:took|taken|swallowed|popped|downed) all (?:of )?(?:my|his|her|their|the|them|those|these)(?! (?:\w+ ){{0,4}}(?:today|this morning|tonight|yesterday|on time|as prescribed|as directed|like (?:you|the doctor|my doctor|i) (?:said|should|was told)|like im supposed to|for the day|every day|everyday))",
        rf"handful of {_WHOSE}{W2}{_MEDS}",
        rf"(?:took|taken|swallowed|popped|ate|downed) (?:a bunch|a lot|lots|a ton|tons|several|many|a handful|a whole lot) of {_WHOSE}{W2}{_MEDS}",
        rf"swallowed (?:some|a few|\d+) of {W2}{_MEDS}",
        rf"(?:got into|ate|eaten|chewed) (?:some of |a bunch of |a few of |all of |a lot of |lots of |\w+ of )?(?:my |his |her |the |their |your |\w+s )?{_MEDS}",
        rf"took (?:like |about |maybe |around |over )?(?:\d{{2,}}|[5-9]|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens) (?:of (?:my|his|her|the|them|those|these) ?)?{W1}{_MEDS}",
        r"took (?:\d{2,}|[5-9]|five|six|seven|eight|nine|ten|twenty) of (?:them|those|these)",
        rf"(?:drank|swallowed|ate|ingested|drinking) {W2}(?:bleach|antifreeze|poison|detergent|tide pods?|cleaner|drain cleaner|lighter fluid|gasoline|rat poison|windshield)",
        r"poison control|poisoned",
    ),
    # Accidental double / triple dose counts only together with symptoms.
    _rule(
        "overdose", MEDICAL,
        rf"(?:double|triple|doubled|tripled|extra) {W1}(?:doses?|dosage|dosed)",
        rf"(?:took|taken|gave|given|had|injected) {W2}(?:two|three|2|3) {W1}doses",
        r"(?:double|triple|doubled|tripled) up",
        rf"(?:took|taken|gave|given|injected) {W5}(?:twice|two times|2 times|three times|3 times|again by mistake)",
        rf"(?:took|taken|gave|given|swallowed|used|injected|applied|put on) {W8}at (?:once|the same time|one time)",
        rf"(?:\d+|two|three|four|five|six|seven|several|a few|a couple|a|a whole) (?:days?|weeks?|doses|nights?|mornings?) (?:worth )?of {W3}{_MEDS}",
        rf"(?:took|taken|swallowed|popped) all (?:of )?(?:my|his|her|their)",
        r"(?:accidentally|by accident|by mistake) (?:took|taken|gave|given|injected)",
        requires=_OD_SYMPTOMS,
    ),
    # Dangerous blood sugar: numbers < 55 or > 400 mg/dL with a sugar word.
    _rule("blood_sugar", MEDICAL, _SUGAR_WORDS + " " + _READING_GAP + _READING, accept=_is_dangerous_sugar),
    _rule("blood_sugar", MEDICAL,
          _READING + r" (?:on (?:the |my |his |her )?)?(?:meter|glucometer|reading|sugar|glucose|bg|bs)",
          accept=_is_dangerous_sugar),
    # Meter shows HI / LO, named crises, qualitative extremes, glucagon use.
    _rule(
        "blood_sugar", MEDICAL,
        rf"(?:meter|glucometer|monitor|machine|dexcom|libre|cgm|sensor|reader|sugar|glucose|bg|bs|reading) (?:{W2}(?:says?|said|reads?|read|shows?|showed|showing|saying|displays?|displayed|is|was|at|reading|just|only) )?(?:just |only )?(?:hi|lo)",
        r"(?:hi|lo) on (?:the |my |his |her )?(?:meter|glucometer|monitor|dexcom|libre|cgm)",
        r"dka|ketoacidosis|diabetic (?:coma|shock|emergency)|insulin (?:shock|reaction)|ketones (?:are |is )?(?:high|large|moderate)",
        rf"(?:blood sugars?|sugars?|glucose|bg|bs) {W3}(?:through the roof|off the charts|sky high|dangerously (?:high|low)|extremely (?:high|low)|crazy high|crash\w*|bottom\w* out|tank\w*|plummet\w*|dropping fast|really low|very low|super low|so low|too low)",
    ),
    # Diabetic shorthand "im low, 35": a person running low plus a reading.
    _rule("blood_sugar", MEDICAL,
          r"(?:im|hes|shes|theyre|i am|he is|she is|were|running|going|went|feel|feeling|dropped|dropping) (?:really |so |very |super )?low (?:at |like |around |about |now )?" + _READING,
          accept=_is_dangerous_sugar),
    _rule("blood_sugar", MEDICAL, r"glucagon", accept=_is_current_mention),
    # Hypoglycaemia signs in someone with diabetes: one severe sign ...
    _rule(
        "blood_sugar", MEDICAL,
        r"confus(?:ed|ion)(?! (?:about|by|on|with|as to|why|how|what|which|when|where|if|whether|regarding))",
        _PASS_OUT + r"|disoriented|fainted|unconscious|unresponsive|wont wake|cant wake|not waking|seizure|seizing|acting drunk|combative|out of it|loopy|incoherent",
        requires=_DIABETES,
    ),
    # ... or two milder ones ("shaky and sweaty").
    _rule(
        "blood_sugar", MEDICAL,
        r"(?:shaky|shaking|shakes|trembl\w*|jittery|sweaty|sweating|clammy|dizzy|lightheaded|pale|weak|blurry|heart racing|racing heart)\b.{0,60}\b(?:shaky|shaking|shakes|trembl\w*|jittery|sweaty|sweating|clammy|dizzy|lightheaded|pale|weak|blurry|heart racing|racing heart)",
        requires=_DIABETES,
    ),
    # Severe allergic reaction: airway / face swelling, anaphylaxis, epipen.
    _rule(
        "allergic_reaction", MEDICAL,
        rf"throat {W3}(?:clos\w*|swell\w*|swollen|tight\w*|shutting|narrowing|constrict\w*)",
        rf"(?:swell\w*|swollen|puff\w*|blow\w* up) {W3}(?:throat|tongue|lips?|mouth|face|eyes? shut)",
        rf"(?:tongue|lips?|mouth|face|throat) {W3}(?:swell\w*|swollen|puff\w*|blow\w* up|huge|getting big\w*)",
        r"anaph\w*|anafil\w*",
        r"(?:severe|serious|bad|major|really bad) (?:allergic )?reaction",
        rf"(?:having|going into|think|in) {W2}(?:allergic|anaphylactic) (?:reaction|shock)",
        r"allergic reaction (?:right )?now",
        accept=_is_not_a_label,
    ),
    # Hives or a spreading rash together with an airway / circulation sign.
    _rule("allergic_reaction", MEDICAL,
          r"hives|welts|rash\w*|itch\w* all over",
          requires=_ANAPHYLAXIS_SIGNS),
    _rule("allergic_reaction", MEDICAL, r"epipens?|epinephrine|epi", accept=_is_current_mention),
    # Seizure: active seizure phrasing always counts ...
    _rule(
        "seizure", MEDICAL,
        r"seizing|convuls\w*",
        rf"(?:having|just had|another|is having|started having|keeps having|in the middle of) {W2}(?:seizures?|fits?|convulsions?)",
        rf"(?:shaking|jerking|twitching) {W2}(?:uncontrollabl\w*|all over|violently|and (?:wont|not|cant) (?:stop|respond))",
        rf"eyes {W1}rolled (?:back|up)|grand mal|status epilepticus|foaming at the mouth",
        accept=_is_not_a_label,
    ),
    # ... a bare "seizure" unless it is meds, a plan, history, a refill.
    _rule("seizure", MEDICAL, r"seizures?", accept=_is_current_mention),
    # Stroke signs (BE FAST): face droop, arm/leg weakness, speech, sudden onset.
    _rule(
        "stroke", MEDICAL,
        rf"(?:face|mouth|smile|lip|eye|eyelid|cheek) {W3}(?:droop\w*|sagging|sags|saggy|crooked|lopsided|uneven|paralyzed|frozen|numb)",
        rf"(?:half|one side) (?:of )?(?:\w+ )?(?:face|body) {W3}(?:numb|droop\w*|weak|paralyzed|dead|tingling|frozen|sagging)",
        rf"(?:droop\w*|sagging|crooked|lopsided|paralyzed) {W3}(?:face|mouth|smile|lip|eye|cheek)",
        r"slurr?(?:ed|ing|s)",
        rf"(?:speech|talking|words|speaking|voice) {W3}(?:slurred|garbled|jumbled|mumbled|weird|funny|strange|wrong|mixed up|gibberish|nonsense|not right|drunk)",
        r"(?:talk\w*|sound\w*|speak\w*) (?:like (?:hes|shes|im|theyre|he is|she is|i am) )?drunk",
        rf"{_PERSON} {W2}(?:cant|couldnt|unable to|struggling to|having trouble) (?:talk|speak|get (?:his|her|the) words out|find (?:his|her|the) words|understand)",
        rf"cant (?:get (?:my|the) words out|find (?:my|the) words|form words)",
        rf"{_PERSON} {W2}(?:not making (?:any )?sense|making no sense|talking (?:nonsense|gibberish|funny|weird|strange|crazy))",
        rf"(?:sudden|suddenly|all of a sudden|out of nowhere|came on fast) {W5}(?:numb\w*|weak\w*|limp|paralyzed|confus\w*|dizz\w*|cant see|blind|vision|cant walk|cant stand|lost (?:his |her |my )?balance|off balance|headache|cant speak|cant talk|droop\w*|slurr\w*)",
        rf"(?:numb\w*|weakness|confus\w*|dizz\w*|blind|droop\w*|slurr\w*) {W5}(?:suddenly|all of a sudden|out of nowhere)",
        r"worst headache|thunderclap",
        rf"cant see out of (?:one|my|his|her|the) {W1}eye",
        rf"(?:lost|losing) {W2}(?:vision|sight) (?:in|out of) (?:one|his|her|my|the)",
        rf"(?:having|think|thinks|maybe|might be|could be|is it|is this|like) {W3}(?:mini )?stroke",
        accept=_is_not_a_label,
    ),
    # Weakness, numbness or heaviness of one limb / one side (not an old deficit).
    _rule(
        "stroke", MEDICAL,
        rf"(?:numb|numbness|weak|weakness|tingling|paralyzed|heavy|dead|limp|cant feel|cant move) {W5}(?:one side|left side|right side|half (?:of )?(?:his |her |my |the )?(?:body|face))",
        rf"(?:arm|leg|hand|side|face) {W2}(?:suddenly |just )?(?:went|gone|going) (?:limp|numb|dead|weak|paralyzed)|(?:arm|leg|hand) {W2}(?:is |feels |went )?limp",
        rf"(?:left|right) (?:arm|leg|side|hand|foot|face) {W5}(?:numb|weak|limp|heavy|paralyzed|dead|droop\w*|useless|not working|wont move|cant move|gave out)",
        rf"(?:numb|numbness|weak|weakness|paralyzed|paralysis|tingling|heavy|heaviness) {W2}(?:in |on )?(?:my |his |her |their |the )?(?:left|right) (?:arm|leg|side|hand|face|foot)",
        rf"cant {W2}(?:move|lift|raise|feel|use|hold up) {W2}(?:arms?|legs?|hand|side|face|foot)",
        accept=_is_sudden_deficit,
    ),
    _rule("stroke", MEDICAL,
          r"stroke(?! of (?:luck|genius|midnight|fate|the pen|brilliance|insight))",
          accept=_is_current_mention),
    # Chest pain / pressure / tightness and heart attack.
    _rule(
        "chest_pain", MEDICAL,
        rf"chest {W3}(?:pains?|painful|hurts?|hurting|ache|aches|aching|pressure|tight\w*|squeez\w*|heavy|heaviness|crush\w*|burning|discomfort|killing|stabbing|sharp|elephant)",
        rf"(?:pains?|pressure|tightness|squeezing|crushing|heaviness|ache|aching|discomfort|hurting|hurts|weight|elephant|burning) {W3}(?:in|on|across|around|of|under|behind) (?:my |his |her |the |their |your )?(?:chest|breastbone|sternum)",
        rf"chest {W5}(?:sitting|standing) on|(?:clutch\w*|grabb\w*|holding) (?:his |her |my |their )?chest",
        r"heart (?:hurts|is hurting|pains?)",
        r"(?:arm and jaw|jaw and (?:left )?arm)|left arm (?:\w+ )?(?:pain|hurts|hurting|aching|ache)",
        rf"pain {W2}(?:radiat\w*|spreading|shooting|going|moving|travel\w*) (?:down|up|into|to) (?:my |his |her |the )?(?:left )?(?:arm|jaw|neck|shoulder|back)",
        rf"(?:having|think|thinks|maybe|might be|could be|is it|is this|like|feels like) {W3}heart attack",
        rf"nitro\w* {W3}(?:not|isnt|didnt|doesnt|wont|no) {W1}(?:help\w*|work\w*|do anything)",
        accept=_is_not_a_label,
    ),
    _rule("chest_pain", MEDICAL, r"heart attack|angina|cardiac event", accept=_is_current_mention),
    # Used nitroglycerin (an admin question such as a refill is excluded).
    _rule("chest_pain", MEDICAL,
          rf"(?:took|taken|used|needed|popped|had to (?:take|use)|gave|given|second|third|2nd|3rd|another|two|three|2|3) {W2}nitro\w*",
          accept=_is_current_mention),
    # Heart rhythm: very fast (150+) or slow (<= 40) rate with a symptom ...
    _rule("heart_rhythm", MEDICAL,
          r"(?:heart(?: rate| beat)?|heartbeat|pulse|hr) " + _READING_GAP + _READING,
          requires=_HR_SYMPTOMS, accept=_is_heart_rate_extreme),
    _rule("heart_rhythm", MEDICAL, _READING + r" (?:bpm|beats)",
          requires=_HR_SYMPTOMS, accept=_is_heart_rate_extreme),
    # ... a racing / pounding heart with dizziness or fainting ...
    _rule("heart_rhythm", MEDICAL,
          rf"heart {W2}(?:racing|pounding|fluttering|flip flopping|beating (?:so |really |super |very )?(?:fast|hard|out of)|going (?:crazy|a mile a minute))",
          requires=_HR_SYMPTOMS),
    # ... or an implanted defibrillator (ICD) delivering shocks.
    _rule(
        "heart_rhythm", MEDICAL,
        rf"(?:defibrillator|icd|aicd|implanted device|life ?vest) {W3}(?:shock\w*|fired|firing|went off|going off|goes off|zapped|zapping|discharged|jolted)",
        rf"(?:device|pacemaker) {W3}(?:shock\w*|zapped|zapping|jolted)",
        r"(?:shocked|zapped|jolted) by (?:my|his|her|the|their) (?:defibrillator|icd|aicd|device|pacemaker)",
    ),
    # Fever during chemotherapy (neutropenic fever): 100.4 F / 38 C or more ...
    _rule("neutropenic_fever", MEDICAL,
          r"(?:temp\w*|fever|thermometer|running|spiked|spiking) " + _READING_GAP + _READING,
          requires=_CHEMO, accept=_is_fever),
    _rule("neutropenic_fever", MEDICAL,
          _READING + r" (?:degrees? )?(?:f |c |fahrenheit |celsius )?(?:fever|temp\w*)",
          requires=_CHEMO, accept=_is_fever),
    # ... or a fever / rigors reported without a number (a conditional "if i have a fever" excluded).
    _rule("neutropenic_fever", MEDICAL,
          r"(?<!if i )(?<!if you )(?<!if he )(?<!if she )(?<!if they )(?:has|have|having|got|gotten|running|spiked|spiking|developed|with) (?:a )?(?!no |not |zero )(?:\w+ ){0,2}fever|fever (?:and |with )?(?:chills|rigors|shaking)|rigors|shaking chills",
          requires=_CHEMO),
    # Trouble breathing, blue lips, choking, low oxygen.
    _rule(
        "breathing", MEDICAL,
        # (a blocked nose from a cold is not an airway problem)
        rf"(?:cant|couldnt|can barely|barely|hardly|struggling to|struggle to|struggles to|trouble|hard to|hard time|difficult to|difficulty|unable to|not able to|fighting to|fighting for) {W2}(?:breathe|breathing|catch (?:my|his|her|their) breathe|get (?:enough |any )?air|get a breathe)(?! (?:out of|through) (?:my|his|her|their|the|one|a) (?:stuffy |blocked |stuffed up )?(?:nose|nostril)s?\b(?! (?:or|and) (?:my |his |her )?mouth))",
        r"(?:short|shortness|out) of breathe|breathless",
        r"breathing (?:(?:is|has been|seems|got|getting|really|very|so|super) ){0,3}(?:hard|harder|difficult|labou?red|shallow|fast|rapid|heavy|noisy|weird|strange|funny|bad|worse|rattly|raspy|gurgling)",
        r"gasping|gasp(?:s|ed)? for (?:air|breathe)|air hunger|suffocat\w*",
        r"(?:drowning|drowned)(?! in (?:paperwork|bills|work|debt|forms|calls))",
        rf"(?:lips|mouth|face|skin|fingers|fingertips|fingernails|nails|toes) {W3}(?:blue|purple|gr[ae]y|bluish|purplish)",
        r"(?:blue|purple|bluish|gr[ae]y) (?:lips|face|fingers|fingertips|fingernails)",
        r"turn(?:ing|ed|s)? (?:blue|purple|gr[ae]y)",
        rf"{_PERSON} (?:is|looks|went|turned|turning|getting) (?:all |kind of |really )?(?:blue|purple)",
        r"chok(?:ing|ed|es|e)(?! up)",
        rf"(?:something|food|meat|pill|bone|it) {W2}stuck in (?:my|his|her|their|the) (?:throat|windpipe|airway)",
        rf"inhaler {W3}(?:not|isnt|didnt|doesnt|wont|no) {W1}(?:help\w*|work\w*)",
        r"(?:bad|badly|really|severe|loud) wheez\w*|wheez\w* (?:really |so )?(?:bad|badly|a lot|loud)",
        accept=_is_not_a_label,
    ),
    _rule("breathing", MEDICAL, _OXYGEN_WORDS + " " + _READING_GAP + _READING, accept=_is_low_oxygen),
    # Heavy or uncontrolled bleeding, vomiting / coughing blood.
    _rule(
        "bleeding", MEDICAL,
        rf"{_NEG} {W3}stop(?:ping)? (?:the )?bleed\w*",
        rf"(?:get|make) (?:the |this |his |her |my |it )?(?:bleed\w*|blood|nosebleed) (?:to )?(?:stop|quit|slow)",
        rf"bleed\w* {W3}(?:wont|doesnt|isnt|didnt|not|cant|never|hasnt|havent) {W1}(?:stop\w*|quit\w*|let up|slow\w*|ease up)",
        rf"(?:bleed\w*|nosebleed|nose bleed|cut|wound|gash) {W5}(?:wont|doesnt|isnt|not|cant|never|hasnt) (?:stop\w*|quit\w*|let up|slow\w* down|ease up)",
        rf"{_BLOOD} {W2}(?:pouring|gushing|spurting|streaming|squirting|running down|flowing out)",
        rf"bleed\w* {W2}(?:a lot|heavily|heavy|badly|bad|profusely|everywhere|so much|like crazy|nonstop|non stop|through|really bad|out)",
        rf"(?:lots?|tons|so much|too much|huge amount|pools?|puddles?|cups?) of {_BLOOD}",
        rf"{_BLOOD} {W2}everywhere|gushing|spurting|pouring (?:out )?{_BLOOD}",
        rf"(?:squirting|spraying|shooting|streaming) (?:out )?{_BLOOD}",
        rf"(?:soaked|soaking) {W3}(?:{_BLOOD}|bloody|through)",
        rf"(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w*|spit\w*|hack\w*) (?:up )?{W2}(?:{_BLOOD}|bloody|blood clots?|clots)",
        rf"{_BLOOD} {W2}(?:in|on) {W2}(?:vomit|puke|throw up|spit|phlegm|mucus|cough)",
        r"bloody (?:vomit|puke|cough|stool|stools|diarrhea|poop)|coffee grounds",
        rf"(?:black|tarry) {W1}(?:stools?|poop)|(?:pooping|passing|peeing|shitting) {_BLOOD}",
        r"h(?:a)?emorr?hag\w*",
        r"bleeding from (?:the |his |her |my )?(?:head|ears?|eyes?|mouth)",
        accept=_is_not_a_label,
    ),
    # Any bleeding while on blood thinners.
    _rule("bleeding", MEDICAL, r"bleed\w*|bled", requires=_THINNERS),
    # Falls with head injury, can't get up, or on blood thinners.
    _rule(
        "fall_head_injury", MEDICAL,
        rf"(?:fell|falls?|fallen|falling|tripped|slipped|tumbled|went down)(?! (?:behind|asleep|apart|through|short|in love|for it|off the wagon)) {W8}(?:hit|hitting|hits|banged|banging|bumped|bumping|smacked|smacking|cracked|cracking|struck|whacked|split|landed on) {W3}(?:head|skull|forehead|face)",
        rf"(?:hit|banged|bumped|smacked|cracked|struck|whacked) {W2}(?:head|skull|forehead) {W5}(?:fell|fall|falling|tripped|slipped)",
        rf"(?:hit|banged|smacked|cracked|struck) {W2}(?:head|skull) {W2}(?:hard|on the (?:floor|ground|concrete|pavement|tile|counter|table|tub|bathtub|stairs|steps|sidewalk|ice|corner))",
        r"head (?:injury|injuries|trauma|wound|bleed|bleeding|gash|laceration)|concuss\w*",
        rf"(?:gash|split open|goose egg) {W2}(?:on|in) (?:the |his |her |my )?(?:back of )?{W1}(?:head|forehead|skull)",
        rf"(?:fell|fallen|falling|tripped|slipped)(?! (?:behind|asleep|apart|through|short|in love|for it)) {W5}(?:cant|couldnt|unable to|wont) {W2}(?:get up|stand|move|walk|bear weight|get off the floor)",
        rf"(?:fell|fallen)(?! (?:behind|asleep|apart|through|short|in love|for it)) {W8}(?:broke|broken|fractur\w*|hip|bleeding|{_BLOOD}|knocked out|unconscious|passed out|blacked out)",
        r"(?:fell|fallen|falling|tumbled) down (?:the |a |some |\w+ )?(?:stairs|steps|staircase|flight)",
        rf"(?:found|lying|laying|stuck|collapsed) {W2}on the {W1}(?:floor|ground)",
        rf"cant (?:get|lift|pick) {_PERSON} (?:back )?up",
    ),
    _rule("fall_head_injury", MEDICAL,
          r"(?<!this )(?<!next )(?<!last )(?<!in the )(?<!early )(?<!late )(?:fell|falls?|fallen|falling|tripped|slipped)(?! (?:behind|asleep|apart|through|short|in love|for it|off the wagon|semester|season))",
          requires=_THINNERS),
    # Very high blood pressure: systolic >= 200 on its own ...
    _rule("blood_pressure", MEDICAL, _BP_PAIR, accept=_is_bp_200_plus),
    _rule("blood_pressure", MEDICAL, _BP_SINGLE, accept=_is_bp_200_plus),
    # ... or >= 180 / diastolic >= 120 together with a symptom.
    _rule("blood_pressure", MEDICAL, _BP_PAIR, requires=_BP_SYMPTOMS, accept=_is_bp_crisis_range),
    _rule("blood_pressure", MEDICAL, _BP_SINGLE, requires=_BP_SYMPTOMS, accept=_is_bp_crisis_range),
    _rule("blood_pressure", MEDICAL,
          rf"(?:bp|blood pressure|pressure) {W3}(?:through the roof|sky high|off the charts|dangerously high|extremely high|crazy high|stroke level)"),
    # Unresponsive, unconscious, not breathing, collapsed.
    _rule(
        "unresponsive", MEDICAL,
        r"unconscious|lifeless",
        rf"{_PASS_OUT}|black(?:ed|ing)? out|fainted|fainting|faints|(?:going to|about to|feel|feels|feeling|felt) {W1}faint",
        r"collaps(?:ed|ing|es|e)|keeled over",
        # (not "wont wake up early" / "at 5am": that is about scheduling)
        rf"(?:cant|wont|couldnt|not|unable to|didnt|hard to|trouble) {W3}wak(?:e|ing)\b(?!(?: up)? (?:so |too )?(?:early|earlier|at \d|\d{{1,2}} ?(?:am|pm)\b|before \d|by \d|in time))",
        rf"{_PERSON} {W3}(?:isnt|not|wont|stopped|cant|quit) (?:moving|move|responding|respond|waking){_NOT_TO_THINGS}",
        # limp / slumped / on the floor, and not responding or moving
        rf"(?:limp|floppy|slump\w*|keeled|on the (?:\w+ )?(?:floor|ground)) {W5}(?:not|isnt|wont|cant|doesnt|didnt|stopped|quit|no longer) {W1}(?:respond\w*|answer\w*|wak\w*|mov\w*|talk\w*|react\w*|breath\w*|get up){_NOT_TO_THINGS}",
        rf"{_PERSON} {W2}(?:(?:is |went |gone |goes |just |has gone )?(?:all |completely |totally )?(?:limp|floppy)(?! (?:wrist|handshake))|slump(?:ed|ing|s)? (?:over|down|forward|sideways))",
        r"(?:not|isnt|stopped|quit|hasnt been|no longer) breathing",
        rf"(?:dont|do not|doesnt) (?:think|look like|seem like) {W1}(?:is |s )?breathing",
        rf"no pulse|cant find {W1}pulse|no heartbeat|heart (?:has )?stopped",
        rf"(?:think|maybe) {W1}{_PERSON} (?:is |might be )?dead",
    ),
    # "Unresponsive" about a person (an app or a website that is unresponsive is not).
    _rule("unresponsive", MEDICAL, r"unresponsive|not responsive", accept=_is_person_unresponsive),
    # Cardiac arrest / CPR / AED, unless it is a class or a question about learning it.
    _rule("unresponsive", MEDICAL, r"cardiac arrest|cpr|aed", accept=_is_current_mention),
    # Present-tense signs that a bystander describes without naming the emergency.
    _rule("chest_pain", MEDICAL,
          rf"(?:grabbing|clutching|holding|gripping) (?:at )?(?:his|her|my|their) chest",
          rf"(?:ton of bricks|elephant|weight|brick) {W2}(?:on|sitting on|crushing) (?:him|her|me|my|his|their)(?: chest)?\b"),
    _rule("breathing", MEDICAL,
          rf"(?:can only|only able to|only can|barely) (?:say|speak|talk|get out) {W2}(?:few|two|2|couple|one|three|3) (?:words?)",
          rf"cant (?:finish|complete|get through) (?:a |my |his |her )?sentences?(?! without)",
          rf"(?:albuterol|inhaler|rescue inhaler|nebulizer|neb|puffer|breathing treatment) {W8}(?:still|not helping|isnt helping|doesnt help|didnt help|no help|not working|isnt working) {W3}(?:wheez\w*|gasp\w*|cant breathe|short of breath)"),
    _rule("unresponsive", MEDICAL,
          rf"(?:everything|vision|my vision|eyesight|it all) (?:is |s )?(?:going|turning|went|goes|gone) (?:all )?(?:gray|grey|black|dark|dim)",
          rf"(?:not|isnt|wont|doesnt) (?:responding|respond|react\w*|wak\w*) (?:when|even when|if) (?:we|i|you|they) (?:shake|shook|call|called|touch|pinch|talk to|yell at)",
          r"se desmay\w*|no responde|no respira|perdio el conocimiento|esta inconsciente"),
    _rule("stroke", MEDICAL,
          rf"(?:suddenly|all of a sudden|out of nowhere|started) {W5}(?:doesnt|dont|does not|cant|didnt) (?:know|recogni[sz]e) (?:where|who|what|me|us)",
          rf"(?:doesnt|dont|does not|cant) (?:know|recogni[sz]e) (?:where (?:she|he|they) (?:is|are)|who (?:i am|we are)) {W5}(?:suddenly|started|just now|an hour ago|this morning|out of nowhere|all of a sudden)"),
    _rule("neutropenic_fever", MEDICAL,
          rf"counts {W2}(?:low|down|tanked|bottomed out)|low counts|neutropeni\w*",
          requires=r"\b(?:fever|temp\w*|shiver\w*|chills?|rigors?|10[0-4](?:\.\d)?)\b"),
    _rule("fall_head_injury", MEDICAL,
          rf"(?:been|still|stuck|lying|laying) on the (?:\w+ )?(?:floor|ground) (?:since|for|all night|overnight)",
          rf"(?:too weak|too dizzy|unable|not able) to get (?:up|him up|her up|off the floor)",
          rf"(?:hit|banged|bumped|smacked|struck|whacked) (?:his|her|my|their) head {W8}(?:throw\w* up|vomit\w*|puk\w*|drowsy|sleepy|confused|wont wake|hard to wake|passed out|blacked out|seizure|worst headache)"),
    # The sender says it is an emergency or asks for 911 / an ambulance.
    _rule(
        "explicit_emergency", MEDICAL,
        r"911|sos|mayday|send help|life or death|life threatening|carbon monoxide",
        rf"(?:think|feel like|feels like|pretty sure|afraid) {W3}(?:dying|going to die)",
        r"somethings? (?:is )?(?:really |very |seriously |terribly )wrong(?! with (?:my |the |this |our |your )?(?:bill|account|order|app|portal|phone|insurance|claim|appointment|statement|website|login|password|meter|pump|email))",
        r"im dying(?! (?:to|for|of|laughing|here|inside))",
    ),
    _rule("explicit_emergency", MEDICAL, r"ambulance|paramedics?|emts?", accept=_is_current_mention),
    _rule("explicit_emergency", MEDICAL, r"emergency|emergencies", accept=_is_unnegated_current_mention),
)


# Words the rules are written with: used to undo stretched letters.
_KNOWN_WORDS = frozenset(
    re.findall(r"[a-z]{2,}", " ".join(
        [rule.pattern.pattern for rule in _RULES]
        + [rule.requires.pattern for rule in _RULES if rule.requires is not None]
        + list(_TOKENS) + list(_TOKENS.values()) + list(_PHRASES.values())
    ))
)


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------

def assess(text: str) -> Assessment:
    """Classify one incoming message as a crisis kind, or ``Kind.NONE``.

    Rules are tried in table order (suicide / self-harm first) on the
    normalised text; the first rule that fires decides.
    """
    if text is None:
        return _NO_CRISIS
    if not isinstance(text, str):
        raise TypeError(f"assess() expects str, got {type(text).__name__}")
    normalised = _normalise(text)
    for rule in _RULES:
        if rule.fires(normalised):
            return Assessment(rule.kind, rule.signal)
    return _NO_CRISIS

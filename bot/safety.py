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
* bilingual - patients text in English and in Spanish as it is written in the
  US (informal, no accents, typos, Spanglish).  Spanish rules use the same
  signal names and come first in each kind, and ``Assessment.language`` says
  which language the reply should be in ("es" when a Spanish rule fired or
  the message is mostly Spanish words, see :func:`looks_spanish`);
* quiet on history and hypotheticals - a medical match inside "had a heart
  attack two years ago", "hace dos anos tuve un derrame", "what should i do if
  he has a seizure" or "the nurse said to call 911 if ..." is not a current
  emergency (``_is_live``).  The check is per match and per clause, so "had a
  stroke years ago and now her face is drooping" still fires;
* dependency-free - standard library only, so it can be imported anywhere and
  cannot fail because a model did not load.

How it works
------------
1. ``_normalise`` rewrites the text: Unicode NFKC, lowercase, accents folded
   ("pécho" -> "pecho"), straight quotes, apostrophes dropped ("can't" ->
   "cant"), punctuation and emoji removed, stretched letters undone ("helppp"
   -> "help", "killll" -> "kill"), SMS shorthand and common typos mapped to
   one spelling ("cnt breath" -> "cant breathe", "kiero" -> "quiero").
   ``_prepare`` also records where each clause of the original text starts
   (at . ! ? ; , and the like), so that match vetting can stay inside the
   clause a match is in although the punctuation itself is gone.
2. ``_RULES`` is an ordered table of rule groups.  Each has a signal name, the
   kind it raises, a compiled regex, and optionally a second regex that must
   also appear somewhere in the message (``requires``) or a small function
   that vets each match (``accept``: numeric thresholds, "refill"/"rehab"
   context, learning / paperwork / device context).  Every medical match is
   also vetted by ``_is_live`` (history, hypotheticals).  Suicide / self-harm
   groups come first, so when both kinds match, suicide_self_harm wins (its
   reply also gives 911).  Suicide matches are not vetted for history or
   hypotheticals: a past attempt or "what if i ..." is still worth a call.
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
import bisect
from dataclasses import dataclass, field
from typing import Callable

from bot import catalogue
from bot.dialogue import fold_accents

__all__ = [
    "Kind", "Assessment", "assess", "response_text", "check_in_response",
    "CHECK_IN_RESPONSE", "is_crisis_response", "is_check_in", "looks_spanish", "explained_away", "asked_in_general",
]


class Kind(str, enum.Enum):
    """What kind of crisis a message shows (``NONE``: carry on as usual)."""

    NONE = "none"
    MEDICAL_EMERGENCY = "medical_emergency"
    SUICIDE_SELF_HARM = "suicide_self_harm"
    DANGER = "danger"  # fire, gas, an intruder, violence: 911, and get to safety


@dataclass(frozen=True)
class Assessment:
    """Result of :func:`assess`: the kind, which rule group decided it, and the
    language the reply should be in ("en" or "es")."""

    kind: Kind
    signal: str | None  # name of the rule group that fired; never message text
    # The language only picks the reply text, it is not part of the decision: it is
    # left out of ==, so Assessment(kind, signal) still equals a Spanish result.
    language: str = field(default="en", compare=False)


_NO_CRISIS = Assessment(Kind.NONE, None)


# ---------------------------------------------------------------------------
# Replies: plain text, at most 320 characters, no medical advice; their words are in
# the catalogue (bot/messages/<language>.yml: crisis_medical, crisis_suicide, check_in).
# Spanish 988 is the Lifeline's own wording: call 988 and press 2, or text AYUDA to 988.
# ---------------------------------------------------------------------------

_RESPONSE_IDS = {Kind.MEDICAL_EMERGENCY: "crisis_medical", Kind.SUICIDE_SELF_HARM: "crisis_suicide",
                 Kind.DANGER: "crisis_danger"}


def is_crisis_response(text: str) -> bool:
    """Whether `text` is one of the crisis replies, in any language (other replies
    mention 911 too; the check-in is not a crisis reply)."""
    return any(text == catalogue.say(key, code) for key in _RESPONSE_IDS.values() for code in catalogue.languages())


def is_check_in(text: str) -> bool:
    """The check-in, alone or followed by help of the kind the message described."""
    return any(text == check_in or text.startswith(check_in + "\n")
               for check_in in (catalogue.say("check_in", code) for code in catalogue.languages()))


def response_text(kind: Kind, language: str = "en") -> str:
    """Return the fixed crisis reply for ``kind`` in ``language`` (English for a language
    the catalogue lacks); ``Kind.NONE`` has none."""
    try:
        return catalogue.say(_RESPONSE_IDS[Kind(kind)], language)
    except (KeyError, ValueError):
        raise ValueError(f"no crisis response for kind {kind!r}") from None


def check_in_response(language: str = "en") -> str:
    """The reply when only the ML classifier saw a crisis (both 911 and 988). When only the
    classifier sees a crisis it is more often a false alarm than a crisis, but not rarely
    real (docs/safety.md has the numbers): gentler than the crisis reply, with both lines of
    help, since we do not know which kind it would be."""
    return catalogue.say("check_in", language)


CHECK_IN_RESPONSE = check_in_response("en")


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
    "tite": "tight", "hnad": "hand", "hnd": "hand", "tlking": "talking", "tlkn": "talking", "talkin": "talking", "riht": "right", "rite": "right", "sid": "side", "tipe": "type", "wrking": "working", "wrkng": "working", "wrk": "work", "han": "hand", "fel": "feel", "wrds": "words", "wrd": "word", "rihgt": "right", "tyuping": "typing", "phne": "phone", "tpye": "type", "tyep": "type",
    "wrng": "wrong", "rong": "wrong", "wrnog": "wrong", "tryd": "tried", "tride": "tried",  # en_23
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
    # "my face feels funy", "fingers dont go wher i want" (en_28)
    "funy": "funny", "wher": "where",
    # self-harm slang
    "kms": "kill myself", "unalive": "kill", "unaliving": "killing",
    "unalived": "killed", "myslef": "myself", "myslf": "myself",
    "mysef": "myself", "meself": "myself",
    # dropped g
    "hurtin": "hurting", "bleedin": "bleeding", "breathin": "breathing",
    "chokin": "choking", "dyin": "dying", "shakin": "shaking",
    "sweatin": "sweating", "pukin": "puking", "seizin": "seizing",
    "cuttin": "cutting", "killin": "killing", "fallin": "falling",
    "throwin": "throwing", "drownin": "drowning", "drownding": "drowning", "drownning": "drowning",
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
    # vowels dropped, as a failing hand types: "sumthing wrng wth my hnd cant hld phone rite wrds mixd" (en_41)
    "hnd": "hand", "hld": "hold", "wrds": "words", "wrd": "word", "mixd": "mixed", "wrng": "wrong", "wth": "with",
    "sumthing": "something", "smthing": "something", "somthing": "something", "rite": "right", "rght": "right",
    # a letter dropped or struck beside it: "worda coming out wrong cant type rigt" (en_52); not "nt" ("not", and also
    # "night": "up all nt breathing in steam"), nor "rigt" ("cant talk rigt now" is a busy day): the reviews of that change
    "typ": "type", "worda": "words", "wirds": "words", "wrkin": "working", "workin": "working",
    # an emptied pill box typed in a hurry: "fond dads pil box emty he tooke all of them hes wozy" (the reviewer of en_66)
    "pil": "pill", "pils": "pills", "pilbox": "pill box", "pillbox": "pill box", "emty": "empty", "empy": "empty",
    "tooke": "took", "tok": "took", "wozy": "woozy", "woozey": "woozy", "wozzy": "woozy",
    # a sudden loss of sight and the worst headache, typed with the good eye: "i csnt see out of my left eye and my head is
    # poundng worst ever" (en_67: only the model's check-in caught it)
    "csnt": "cant", "cnat": "cant", "poundng": "pounding", "poundin": "pounding", "wrost": "worst",
}

# Multi-word rewrites, applied after the token map.
_PHRASES = {
    "hard attack": "heart attack", "hart attack": "heart attack",  # "I think I'm having a hard attack call somebody" (en_55)
    "side wek": "side weak", "sid wek": "side weak", "arm wek": "arm weak", "leg wek": "leg weak",  # en_29
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
    # "chest" as voice typing hears it: "cheese pain real bad since lunch" (en_43)
    # ... but a cheese named, or chess played, stays itself: "grilled cheese pain in my belly", "i play chess pain in my
    # neck from looking down" (a reviewer's finds)
    **{f"{kind} cheese": f"{kind} cheese" for kind in ("and", "of", "grilled", "cream", "string", "blue", "swiss", "goat",
                                                     "cottage", "american", "feta", "cheddar", "pizza", "nacho")},
    "play chess": "play chess", "playing chess": "playing chess", "played chess": "played chess",
    "cheese pain": "chest pain", "cheese pains": "chest pains", "chess pain": "chest pain", "chess pains": "chest pains",
}
_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES, key=len, reverse=True)) + r")\b"
)

# Letters swapped or dropped in the words the rules need: a stroke can take the typing hand
# ("cnat tyep rihgt hnad not workng", en_27), and panic types fast. Every two neighbouring
# letters swapped, and for words of six letters or more one inner letter dropped, read as the
# word, unless the result is a word of its own; the spellings listed above stay as they are.
_TYPO_PRONE = (
    "cant hand face right left side type typing working work move moving speak speaking talk talking words word "
    "slurred slurring drooping droopy numb chest pain pressure breathe breath breathing bleeding blood fell fallen "
    "floor pills overdose overdosed kill myself suicide dying hurt help heart dizzy faint fainted confused seizure "
    "unconscious responding swallow choking walking stand tight crushing sweating throat tongue vision").split()
# Real words one slip away from those (every slip checked against the messages in data/ and
# tests/data/, and by eye): "taking" is not "talking", "seating" not "sweating"
_REAL_WORDS_A_SLIP_AWAY = frozenset({"taking", "waking", "coking", "tying", "sallow", "seating", "cushing", "overdoes",
                                     "waling", "pian"})


def _slips(word: str) -> set[str]:
    swapped = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    dropped = {word[:i] + word[i + 1:] for i in range(1, len(word) - 1)} if len(word) >= 6 else set()
    return (swapped | dropped) - {word}


def _add_slips_to_tokens() -> None:
    for word in _TYPO_PRONE:
        for slip in _slips(word):
            if slip not in _TOKENS and slip not in _REAL_WORDS_A_SLIP_AWAY and slip not in _TYPO_PRONE:
                _TOKENS[slip] = _TOKENS.get(word, word)  # "breaht" -> "breathe", as "breath" is read


_add_slips_to_tokens()

# Spanish SMS spellings and typos -> the spelling the Spanish rules are written
# in (accents are already folded: "está" -> "esta", "niño" -> "nino").  None of
# these keys is an English word, so they apply to every message.
_TOKENS_ES = {
    "ke": "que", "qe": "que", "xq": "porque",
    "xk": "porque", "pq": "porque", "porq": "porque", "porke": "porque",
    "tmb": "tambien", "tmbn": "tambien", "tambn": "tambien",
    "porfa": "por favor", "porfis": "por favor", "porfavor": "por favor",
    "xfa": "por favor", "xfavor": "por favor", "stoy": "estoy",
    "sta": "esta", "estava": "estaba",
    "kiero": "quiero", "qiero": "quiero", "quero": "quiero", "kero": "quiero",
    "kiere": "quiere", "qiere": "quiere", "kieres": "quieres",
    "kisiera": "quisiera", "aki": "aqui", "aqi": "aqui", "aca": "aqui",
    "nesesito": "necesito", "nececito": "necesito", "nesecito": "necesito",
    "nesesita": "necesita", "nececita": "necesita", "aiuda": "ayuda",
    "alluda": "ayuda", "ayudaa": "ayuda", "aiudenme": "ayudenme",
    "alludenme": "ayudenme", "ayudeme": "ayudenme", "ayudame": "ayudenme",
    "derepente": "de repente", "derrepente": "de repente",
    "aproposito": "a proposito", "sobredosi": "sobredosis",
    # unresponsive, falls ("se callo" is the usual misspelling of "se cayo")
    "desmallo": "desmayo", "desmallada": "desmayada", "desmallado": "desmayado",
    "desmalla": "desmaya", "desmaio": "desmayo", "desmallar": "desmayar",
    "dispierta": "despierta", "callo": "cayo", "caio": "cayo",
    "callendo": "cayendo", "caiendo": "cayendo",
    # breathing, vomiting, swelling
    "aogando": "ahogando", "aoga": "ahoga", "aogo": "ahogo",
    "ahogandoce": "ahogandose", "respiar": "respirar", "repirar": "respirar",
    "resprar": "respirar", "bomitando": "vomitando", "bomita": "vomita",
    "bomito": "vomito", "bomitar": "vomitar", "gomitando": "vomitando",
    "gomito": "vomito", "inchado": "hinchado", "inchada": "hinchada",
    "inchados": "hinchados", "inchadas": "hinchadas", "incho": "hincho",
    "inchando": "hinchando", "inchazon": "hinchazon", "incharon": "hincharon",
    # heart, blood, sugar, stroke, seizure
    "imfarto": "infarto", "enfarto": "infarto", "corason": "corazon",
    "pexo": "pecho", "pesho": "pecho", "cabesa": "cabeza", "asucar": "azucar",
    "azucal": "azucar", "asucal": "azucar", "derame": "derrame",
    "conbulsion": "convulsion", "convulcion": "convulsion",
    "convulciones": "convulsiones", "conbulsiones": "convulsiones",
    "combulsiones": "convulsiones", "convulcionando": "convulsionando",
    "conbulsionando": "convulsionando", "benas": "venas",
    "pastiyas": "pastillas", "pastias": "pastillas",
    "mariado": "mareado", "mariada": "mareada",
    # suicide words
    "suisidar": "suicidar", "suisidarme": "suicidarme", "suisidarse": "suicidarse",
    "sucidarme": "suicidarme", "sucidarse": "suicidarse", "suisidio": "suicidio",
    "sucidio": "suicidio", "bida": "vida", "bivir": "vivir", "bibir": "vivir",
    "morirne": "morirme", "matarne": "matarme",
    # help
    "ospital": "hospital", "yamen": "llamen", "yame": "llame", "yamar": "llamar",
    "ambulansia": "ambulancia", "anbulancia": "ambulancia",
    "ambulacia": "ambulancia", "anbulansia": "ambulancia",
    "emergensia": "emergencia", "emerjencia": "emergencia",
    "emerjensia": "emergencia", "emergncia": "emergencia",
}
# Short spellings that are Spanish only in a Spanish message ("ya no quiero"):
# in English "ya" is "you" and "pa" is "dad".
_TOKENS_IF_SPANISH = {
    "ya": "ya", "x": "por", "d": "de", "pa": "para", "toy": "estoy",
    "ta": "esta", "tas": "estas", "n": "en", "q": "que", "k": "que",
    "han": "han",  # "me han dicho" ("han" is "hand" mistyped in English, en_75)
}
_PHRASES_ES = {
    "sobre dosis": "sobredosis", "nueve uno uno": "911", "por fa": "por favor",
    "x favor": "por favor", "de rrepente": "de repente", "auto lesion": "autolesion",
}
_PHRASE_ES_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(_PHRASES_ES, key=len, reverse=True)) + r")\b"
)


# ---------------------------------------------------------------------------
# Language
# ---------------------------------------------------------------------------

# Frequent words that are only Spanish or only English ("no", "a", "me", "mama",
# "son", "lo", "todo" are both and count for neither).
_SPANISH_WORDS = frozenset("""
    de del la las los el en y que se su sus un una unos unas por para con es
    esta estan estas estoy estamos estaba este esto eso esa ese mi mis tu te
    le les nos muy mas pero porque como cuando donde hay tiene tengo tienen
    puede puedo pueden quiero quiere necesito necesita ayuda ayudenme auxilio
    favor gracias hola usted ustedes yo nada todos tambien ahora ahorita hoy
    ayer manana aqui bien mal dolor pecho cabeza sangre respirar emergencia
    ambulancia despierta responde respira cayo esposo esposa hijo hija
    abuela abuelo abuelita abuelito hermano hermana si al fue era buenas
    buenos dias tardes noches saludos adios hasta luego bueno senora senor
    todavia eres soy grax cuidate cuidese mejor
""".split())
_ENGLISH_WORDS = frozenset("""
    the i you my is are was were be been am im ive id and or but to of in on
    at for with from by it its this that these those he she his her him they
    them their we our us your what when where why how who which can cant
    could couldnt would wouldnt should will wont dont doesnt didnt isnt not
    have has had having do does did just so if than then there here please
    help thanks thank hi hello yes ok okay an
""".split())


def _mostly_spanish(tokens: list[str]) -> bool:
    # A Spanish misspelling ("kiero", "nesesito") counts as a Spanish word.
    spanish = sum(tok in _SPANISH_WORDS or tok in _TOKENS_ES for tok in tokens)
    english = sum(tok in _ENGLISH_WORDS for tok in tokens)
    return spanish > english


def looks_spanish(text: str) -> bool:
    """Whether ``text`` is mostly Spanish: more Spanish-only than English-only
    common words.  A short stop-word count, enough to pick the reply language."""
    if not isinstance(text, str):
        return False
    return _mostly_spanish(_fold(text).split())


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


def _apply_vocabulary(text: str, spanish: bool = False) -> str:
    def word(tok: str) -> str:
        if spanish and tok in _TOKENS_IF_SPANISH:
            return _TOKENS_IF_SPANISH[tok]
        return _TOKENS.get(tok) or _TOKENS_ES.get(tok) or tok

    text = " ".join(word(tok) for tok in text.split())
    text = _PHRASE_RE.sub(lambda m: _PHRASES[m.group()], text)
    text = _BREATHE_DICTATED.sub(r"\1 breathe", text)
    return _PHRASE_ES_RE.sub(lambda m: _PHRASES_ES[m.group()], text)


# "breathe" as voice typing hears it, said of a person, with nothing bred after it: "i cant breed please help" (en_44);
# not "we couldnt breed our mare", "pugs are hard to breed", "you cant breed pit bulls" (a reviewer's finds)
_BREATHE_DICTATED = re.compile(r"\b((?:i|im|he|she|hes|shes|mom|dad|baby|husband|wife|son|daughter) (?:cant|couldnt|cannot)) breed\b"
                               r"(?= ?$| (?:please|pls|help|at all|right|good|well|very|now|rn|anymore|im|i|and|call|hurry)\b)")


# "die my hair purple" is dye; "I want to die, my hair is falling out from the chemo" and "i want to die.
# my hair white, my body broken" are not: read on the raw text, where the comma or full stop still is,
# and only before a colour or an occasion.
_DYE_MISSPELLED = re.compile(
    r"\bdie +((?:my|her|his|our|your) +(?:hair|beard|roots|eyebrows|mustache))\b"
    r"(?=(?: (?:a|an|bright|dark|light|new|nice|pretty|fun|different|back|again|to|some))* (?:purple|pink|red|blue|green|"
    r"blonde?|brown|black|gr[ae]y|silver|white|orange|auburn|platinum|colou?rs?|shade|highlights|for (?:my|her|his|the|a) "
    r"(?:birthday|wedding|party|reunion|graduation|trip|holidays?)|for (?:christmas|easter|halloween|thanksgiving))\b)",
    re.IGNORECASE)


def _fold(text: str) -> str:
    """Lowercase words and numbers separated by single spaces (no vocabulary yet)."""
    t = unicodedata.normalize("NFKC", text)
    for symbol, words in _SYMBOL_WORDS.items():
        t = t.replace(symbol, words)
    t = fold_accents(t.lower().translate(_QUOTES))
    t = re.sub(r"\bod'd\b|\bod'ed\b", " overdosed ", t)
    t = t.replace("'", "")
    t = re.sub(r"\bw/o\b", " without ", t)
    t = re.sub(r"\bb/c\b", " because ", t)
    t = re.sub(r"\bw/", " with ", t)
    t = re.sub(r"(?<=\d)\+", " plus ", t)
    t = re.sub(r"(?<=\d) ?/ ?(?=\d)", "/", t)
    t = re.sub(r"[^a-z0-9/.:]+", " ", t)
    t = re.sub(r"(?<!\d)[/.:]|[/.:](?!\d)", " ", t)
    return " ".join(_unstretch(token) for token in t.split())


def _normalise(text: str, spanish: bool | None = None) -> str:
    """Normalise ``text`` into the string the rules are matched on.

    The result starts with a space and contains only ``a-z``, digits and
    single spaces, plus ``/ . :`` where they sit between digits ("180/110").
    """
    folded = _fold(text)
    if spanish is None:
        spanish = _mostly_spanish(folded.split())
    return " " + _apply_vocabulary(folded, spanish)


class _Text(str):
    """A normalised message, with the offsets at which its clauses start.

    Punctuation is gone from the normalised text, but it still tells where a
    clause ends: "what are the signs of a stroke? her face is drooping" is a
    question and then a report.  The offsets let match vetting stay in the
    clause of a match (``_clause_context``); the rules themselves match the
    whole text, across punctuation, as before.
    """

    clause_starts: tuple[int, ...] = (0,)
    spanish: bool = False
    laughing: bool = False
    on_screen: bool = False
    funeral_at: int = -1  # where a funeral or the like is first named, or -1
    curious: bool = False


# Where a clause ends: sentence punctuation, commas, brackets, a spaced dash;
# not a point, comma or colon between digits ("38.5", "1,000", "5:30").
_CLAUSE_BREAK = re.compile(
    "[!?;\u00a1\u00bf\\n\\r()\\[\\]\u2026]+|(?<!\\d)[.,:]|[.,:](?!\\d)|\\s[-\u2013\u2014]+(?=\\s|$)"
)


# The safety layer reads one message several times a turn (the rules, the net, the checks that
# quiet the classifier, the idioms); each reading starts here, so it is done once per message.
@functools.lru_cache(maxsize=64)
def _prepare(text: str) -> _Text:
    """Normalise ``text`` and record where its clauses start."""
    text = _DYE_MISSPELLED.sub(r"dye \1", text)
    folded = _fold(text)
    spanish = _mostly_spanish(folded.split())
    result = _Text(" " + _apply_vocabulary(folded, spanish))
    result.spanish = spanish
    result.laughing = _told_laughing(str(result))
    result.on_screen = _story_on_screen(str(result))
    result.funeral_at = _funeral_at(str(result))
    result.curious = _asked_out_of_curiosity(str(result))
    pieces = [p for p in (_apply_vocabulary(_fold(c), spanish) for c in _CLAUSE_BREAK.split(text)) if p]
    starts, offset = [], 0
    for piece in pieces:
        starts.append(offset)  # the space before the clause's first word
        offset += len(piece) + 1
    # A multi-word rewrite across a comma ("i. am") changes the text: then
    # vetting sees the message as one clause, as it did before clauses existed.
    result.clause_starts = tuple(starts) if " " + " ".join(pieces) == result else (0,)
    return result


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

# Only a time between not waking up and accepting it: "if i dont wake up tomorrow thats fine" (en_38)
_WHEN_WAKING = r" (?:(?:tomorrow|tonight|in the morning|ever again|again|ever|anymore|at all|this time|one day|someday)(?: morning)? )?"
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
# Someone seen, not known: a stroke's signs told by whoever found them
_A_STRANGER_SEEN = r"(?:lady|man|guy|woman|gentleman|person|someone|somebody|stranger|old man|old lady|older (?:man|woman|lady))"
# What people find on the floor that is not a person.
_NOT_A_THING = (
    r"(?!(?:(?:my|his|her|our|their|the|a|an|some|mom s|dad s|moms|dads) )?(?:\w+ )?(?:keys?|phone|cell|glasses|wallet|purse|"
    r"rings?|earrings?|remote|pills?|caps?|lids?|socks?|shoes?|slippers?|books?|papers?|letters?|cards?|money|coins?|"
    r"hearing aids?|dentures|watch|list|pens?|bottles?|cane|walker|it|them|that|this|something|stuff|mail|towels?|"
    r"clothes|laundry|blanket|pillow|food|crumbs|water|tablet|charger|cord|batter(?:y|ies))\b)"
)
_NEG = (
    r"(?:not|cant|couldnt|wont|wouldnt|dont|doesnt|didnt|isnt|wasnt|hasnt|"
    r"havent|never|unable to)"
)
_MEDS = (
    r"(?:pills?|meds?|medications?|medicines?|tablets?|tabs|capsules?|caps|"
    r"gummies|painkillers?|pain killers|opioids?|oxy\w*|percocets?|vicodin|"
    r"norco|hydrocodone|morphine|fentanyl|xanax|valium|ativan|klonopin|"
    r"benzos?|ambien|tylenol|acetaminophen|advil|ibuprofen|aspirin|insulin|"
    r"seroquel|lithium|trazodone|gabapentin|antidepressants?|"
    # heart and diabetes medicines by name ("swallowed like 10 of the carvedilol", en_23)
    r"carvedilol|coreg|furosemide|lasix|metoprolol|digoxin|warfarin|coumadin|eliquis|metformin)"
)
# A denial right before: "i would never think of hurting my baby"; not taken back after ("... before but now i do")
_DENIED_JUST_BEFORE = re.compile(r"\b(?:never|not|dont|do not|wouldnt|would not|nunca|no)(?: \w+){0,2} ?$")
_TAKEN_BACK_AFTER = re.compile(r"\b(?:but|pero) (?:now |ahora |lately |sometimes |a veces )?(?:i do|i am|i have|si|ahora si|lo hago)\b")


def _not_denied_or_taken_back(m: re.Match[str]) -> bool:
    return _DENIED_JUST_BEFORE.search(m.string, 0, m.start()) is None or _TAKEN_BACK_AFTER.search(m.string, m.end()) is not None


# Hopelessness in so many words (beside a means set out)
_NO_POINT = (r"(?:(?:whats|what is) the point(?! (?:of|in) (?:a|an|the|having|using|buying|getting|sorting|this (?:app|box|thing))\b)|"
             r"theres no point|there is no point|no point (?:in|to) (?:any|living|going on|trying)|no reason to (?:live|go on|keep going)|"
             # (not "cant go on vacation without them", "nothing matters more than my grandkids": the en_68 reviewer's)
             r"cant go on(?! (?:a |the |my |our )?(?:vacation|trip|holiday|cruise|outing|walk|without)\b)|cant do this anymore|"
             r"nothing matters(?! (?:more|as much)\b)|why bother)")
_A_WEEK_OF_PILLS = re.compile(r"\b(?:for the (?:week|day|month|morning|night|trip)|in (?:the|my|her|his) (?:organizer|pill ?box|pill case)|"
                              r"weekly|refill\w*|pharmacy|vacation|trip)\b")
# A last message for the family: "tell Angela I love her", "sorry for everything".
_FAREWELL = (
    r"(?:tell (?:\w+ ){1,2}(?:i love (?:her|him|them|you)|im sorry|i said goodbye|goodbye)|goodbye|good bye|"
    r"sorry for everything|forgive me)"
)
# Time to join someone: "its time for me to go be with Harold", "im ready to go home to jesus".
# ("go" is needed: not "i need some time to be with my family, goodbye for now", "ready to go home to my cats")
_GOING_TO_BE_WITH = (r"(?:(?:its|it is) time|(?:im|i am) ready|ready|time) (?:for me )?to "
                     r"(?:go (?:be with|join)|go home to (?:jesus|the lord|god|heaven))(?!(?: \w+)? (?:class|classes|group|"
                     r"program|call|meeting|club|team|party|zoom|webinar|line|queue|list|family|kids|grandkids)\b)"
                     # a visit: "time for me to go be with my sister in ohio for the holidays, goodbye for now"
                     r"(?!(?: \w+){0,5} for (?:the |a )?(?:holidays?|weekend|week|christmas|thanksgiving|summer|winter|few|"
                     r"couple|visit|vacation|month)\b)")
# (The new lookaheads after a match read at most 200 characters on: ".*" there read the rest of the message for
# every match, minutes on a long message that repeats one.)
# A medicine swallowed, not carried or a thing of it: not "took my moms pills to her house by mistake", "my husbands meds
# bottle to work", "my dads pill organizer", "his insulin pen by accident, he needs it back" (the en_47 reviewers)
_SWALLOWED_NOT_CARRIED = (r"(?! (?:to|home|back|over|along|up|down|away|with (?:him|her|them)|list|lists|schedule|bottles?|organi[sz]ers?|box|boxes|case|"
                          r"cabinet|bag|card|delivery|package|cup|key|pens?|chart|sheet|refill|order|by mistake at)\b)"
                          # (nor taken away: "my sister took my meds by accident to her house", "... and sold them": the second review)
                          r"(?!.{0,200}\b(?:needs? (?:it|them|those) back|put (?:it|them) away|drop (?:it|them)|return (?:it|them)|give (?:it|them) back|"
                          r"(?:to|at) (?:her|his|their|the) (?:house|work|place|car|office|job)|when (?:she|he|they) left|refill early|sold|"
                          r"sell|stole|steal\w*|hid|hiding|went to work|what should)\b)")
# Not one over, told after it: "ayer me tome por error las pastillas de mi esposo pero ya estoy bien" (the third review)
_NOT_OVER_ES = r"(?!.{0,200}\bya (?:estoy|esta|me siento|se siente) bien\b)(?!.{0,200}\bya se (?:me |le )?paso\b)"
# Who fell, in Spanish: "mi mama se acaba de caer", "se acaba de caer el abuelo"
_ES_FALLER = (r"mama|mami|madre|ama|jefa|mai|papa|papi|padre|jefe|pai|abuel\w*|wela|welo|espos[oa]|vecin[oa]|herman[oa]|hij[oa]|"
              r"tia|tio|prim[oa]|suegr[oa]|nieto|nieta|bebe|nene|nena|viej[oa]|viejit[oa]|senora|senor|nino|nina|grandpa|"
              r"grandma|mom|dad")
# Whose home: "fire in moms building", "my sisters apartment" (apostrophe already dropped).
_KIN_S = (r"(?:\w+ )?(?:moms|mums|mothers|dads|fathers|grandmas|grandpas|grandmothers|grandfathers|grandparents|sisters|brothers|"
          r"daughters|sons|aunts|uncles|cousins|neighbors|neighbours|parents|friends|girlfriends|boyfriends|wifes|husbands|"
          r"in laws|inlaws|(?:mother|father|sister|brother|son|daughter) in laws)")
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
# A person's colour gone grey: "sweating and grey", "he looks ashen" (not grey hair or a grey sweater).
_GREY_NOW = (r"(?:(?:hes|shes|he is|she is|(?:he|she|dad|mom|husband|wife) (?:looks|is looking|turned|went|has gone|is turning))|"
             r"(?:his|her|my) (?:face|skin|colou?r|lips) (?:is|went|looks|turned|has gone)|(?:sweating|sweaty|clammy)? ?(?:and|&)) "
             r"(?:all |so |really |kind of |kinda |very )?(?:grey|gray|greyish|grayish|ashen|ashy|white as a sheet|pale as a ghost)"
             r"(?= *$| (?:and|&|clammy|sweaty|sweating|cold|pale|hes|shes|he|she|not|breathing|cant|help|call|now)\b)")
# ... in Spanish: "se ve gris", "se puso cenizo", "tiene la cara gris" (not "pintando la casa de gris", "todo gris el dia")
_GREY_NOW_ES = (r"(?:se ve|se le ve|esta|se puso|se le puso|tiene la cara|la cara|su cara|la piel|el color) (?:muy |bien |todo |toda )?"
                r"(?:gris|grisaceo|grisacea|cenizo|cenicienta|blanco como (?:el )?papel|blanca como (?:el )?papel)")
# A cause told for a face that feels strange: the dentist's numbing, a sinus, a cold sore, a palsy.
# Sight going blurry, dark or double ("everythings blurry", "my vision went dark"), and a leg, arm, hand or face that
# stopped working, for the stroke rule that needs both.
_SIGHT_GOING = (r"(?:everything|everythings|vision|my vision|his vision|her vision|my eyes|his eyes|her eyes|eyesight|it all)"
                r"(?: (?:is|s|just|all))*(?: (?:going|went|gone|got|turned|turning))? (?:all |really |so )?"
                r"(?:blurry|blurred|fuzzy|double|dark|black|dim)")
_FAILING_LIMB = (r"(?:my|his|her|their|the) (?:left |right )?(?:leg|legs|arm|arms|hand|foot|side|face) (?:\w+ )?"
                 r"(?:(?:wont|cant|doesnt|will not|isnt|is not|stopped|quit) (?:work\w*|mov\w*|hold\w*|lift\w*|listen\w*|respond\w*|"
                 r"cooperat\w*)|gave out|went numb|went limp|went dead|is numb|is limp|feels dead|droop\w*|"
                 # weak beside sight going: "everything went blurry in one eye and my leg is weak" (en_57: the equipment list)
                 r"(?:is|went|feels|got|gone|are|feel) (?:so |really |all |very )?weak)")
_A_KNOWN_CAUSE_OF_BLUR = re.compile(r"\b(?:eye ?drops|dilat\w*|cataract\w*|asleep|pins and needles|sat on it|slept on it|sitting|sat|"
                                    r"cramp\w*|workout|gym|leg day|lifting|laps|swimming|swim|pool|chlorine|crying|cried|onions?|"
                                    r"novocaine|numbing|dentist|concert|dancing|movie|power (?:went )?out|lights (?:went )?out|"
                                    r"surgery|operation|arthritis|neuropathy|for years|always|when i read|drops|eye doctor|"
                                    r"optometrist|reading (?:the|my|a)|fine print|small print|dog|cat|vet|on the tv|remote|"
                                    r"under the desk|in the car|carpal|eclipse|excit\w*|laugh\w*)\b")
# No heat where one lives, and the body not warming: both needed.
_NO_HEAT = (r"(?:no heat|heat (?:is |has been |went |s )?(?:out|off|broke\w*|not working|gone)(?! for (?:the )?summer)|"
            r"(?:furnace|heater|boiler|heat) (?:is |went |s |has )?(?:out|off|broke\w*|died|not working|quit|stopped working|isnt working)|"
            r"(?:shut|cut|turned) (?:off )?(?:my|the|our) (?:heat|gas|power)(?: off)?|(?:heat|gas|power) (?:was |got |has been )?(?:shut|cut) off|"
            r"(?:power|electricity) (?:is |has been |went |s )?out|no (?:power|electricity)|frozen (?:pipes|inside|in here))")
_CANT_WARM = (r"(?:(?:cant|can not|cannot|wont|unable to|not able to) (?:stop (?:shaking|shivering)|get warm|"
              r"warm up(?! (?:my|the|some|his|her|our) (?:lunch|food|dinner|soup|car|coffee|leftovers|meal|plate))|feel (?:my|his|her) "
              r"(?:fingers|toes|hands|feet))|(?:shaking|shivering) (?:so bad|uncontrollably|all over|nonstop|and cant)|"
              r"stopped shivering|(?:lips|fingers|skin) (?:are |is |turning |went )?(?:blue|purple|gray|grey)"
              r"(?! (?:from|with) (?:the )?(?:nail polish|polish|paint|marker|dye|berries|ink)))")
_BELOW_ZERO = (r"(?:below zero|below freezing|sub ?zero|minus \d+|negative \d+|\d+ below|single digits|freezing (?:out|outside)|"
               r"(?:[1-4]\d|\d) degrees (?:in|inside) (?:here|the|my|our|her|his))")
_NO_HEAT_ES = (r"(?:no hay calefaccion|no (?:hay|tenemos|tengo) (?:luz|gas|calefaccion|calentador)|se (?:fue|corto) la luz|"
               r"(?:nos |me )?(?:cortaron|quitaron) (?:la luz|el gas|la calefaccion)|(?:la calefaccion|el calentador|el calefactor|"
               r"la caldera) (?:no (?:sirve|funciona|prende)|se (?:descompuso|apago|echo a perder)))")
_CANT_WARM_ES = (r"(?:no (?:deja|dejo|puede dejar|para) de temblar|no (?:se|me|nos) (?:calienta|puede calentar|puedo calentar)|"
                 r"no (?:siente|siento) (?:los|sus|mis) (?:dedos|pies|manos)|(?:labios|dedos) (?:morados|azules)|ya no tiembla)")
_COLD_ON_PURPOSE_ES = re.compile(r"\b(?:ya (?:volvio|regreso) la luz|ya (?:la )?arreglaron|la pagamos|recibo|pagar|fiebre|calentura|"
                                 r"cafe|miedo|nervios)\b")
# ... a past winter told, unless it is back: "last winter the furnace died ..., tonight it died again"
_BACK_TONIGHT = re.compile(r"\b(?:again|tonight|today|right now|now|since)\b")
# ... not cold sought for fun or cooling on purpose: "no heat at the ice rink", "the ac is blasting"
_COLD_ON_PURPOSE = re.compile(r"\b(?:rink|skating|ski|skis|skiing|hockey|sledding|snowball|ac|air conditioning|air conditioner|"
                              r"polar plunge|ice bath|cold plunge|coffee|caffeine|pool|stadium|campsite|camping|church|at work|"
                              r"back on|came back|is back|restored|fixed|going to my \w+)\b")


def _cold_not_chosen_nor_past(m: re.Match[str]) -> bool:
    """The two no-heat rules' check: not cold sought on purpose, and not a past winter unless it is back."""
    return not _COLD_ON_PURPOSE.search(m.string) \
        and not (_told_long_ago(m.string, m.start()) and not _BACK_TONIGHT.search(m.string))


_NOT_A_STROKE_CAUSE = (r"(?!.*\b(?:dentist\w*|dental|numbed|numbing|novocaine|filling|root canal|tooth|teeth|palsy|sinus\w*|"
                       r"cold sore|herpes|partial|dentures?|anestesia|dentista|muela|botox|shot|injection|inyeccion)\b)")
_DENTAL_OR_JOINT = re.compile(r"\b(?:tooth|teeth|toothache|dentist|dental|filling|molar|gums?|tmj|ear|ears|sinus\w*|"
                              r"hip|knee|neck|shoulder|shingles|headache|carpal)\b")
_GREY_WEATHER = re.compile(r"\b(?:sky|skies|weather|cloud\w*|humid\w*|overcast|gloomy|drizzl\w*)\b")
# Symptoms that make a double dose / high blood pressure an emergency.
_OD_SYMPTOMS = (
    r"\b(?:dizzy|dizziness|faint\w*|lightheaded|light headed|confused|drowsy|woozy|loopy|"
    r"sleepy|groggy|out of it|cant stay awake|hard to wake|wont wake|cant wake|"
    r"throwing up|threw up|vomit\w*|puking|nause\w*|sick|racing|pounding|"
    r"shaky|shaking|sweaty|sweating|weak|passed out|slow breathing|blurry|"
    r"seeing double|slurr\w*|tired|pale|clammy|not (?:feeling|acting) right|"
    r"(?:feel|feels|feeling|felt) (?:really |so |very |kind of |kinda |super |pretty )?(?:awful|terrible|horrible|weird|strange|funny|bad|"
    r"off|wrong)|slow (?:pulse|heart\w*)|"
    r"(?:pulse|heart rate|heartbeat) (?:is )?(?:really |very |so |super )?(?:slow|low))\b"
)
# Signs that a fast or slow heartbeat is an emergency.
_HR_SYMPTOMS = (
    r"\b(?:dizzy|dizziness|lightheaded|light headed|faint\w*|pass(?:ed|ing)? out|"
    r"black(?:ed|ing)? out|chest (?:pain|hurts|pressure|tight\w*)|short of breathe|"
    r"shortness of breathe|cant breathe|confus\w*|weak|sweaty|clammy|pale|gr[ae]y|ashen|"
    # a cold sweat: "heart pounding so hard, sick to my stomach, cold sweat" (en_74)
    r"cold sweats?|sweating|(?:broke|breaking|break|broken) out in (?:a )?(?:cold )?sweat|(?:covered|drenched|soaked) in sweat|"
    r"about to collapse|"
    # a dose taken twice beside the rate: "i took it twice already and now my pulse is 38" (the reviewer of the en_54 change)
    r"took (?:it|them|my \w+|the \w+) (?:twice|two times|2 times)|double (?:dose|dosed)|extra (?:dose|pill))\b"
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
# Moving house, not a body: "she will not move in with us" (en_29)
_NOT_A_MOVE_HOME = (r"(?! (?:in with|into (?:a|an|assisted|my|our)|out of (?:the|her|his|their|my|that) "
                    r"(?:house|apartment|home|place)|out (?:after all|anymore)|closer to|to (?:assisted|florida|texas|arizona|another "
                    r"(?:state|city)|a (?:home|nursing home|facility)))\b)")
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


# --- Spanish building blocks (accents folded: "corazon", "esta", "nino") ---

# Family members and pronouns, for phrases that need a person ("mi papa no se mueve").
_ES_PERSON = (
    r"(?:el|ella|ellos|usted|(?:mi|su|tu|la|el) (?:\w+ )?(?:mama|mami|papa|papi|madre|padre|"
    r"esposo|esposa|marido|mujer|hijo|hija|abuela|abuelo|abuelita|abuelito|hermano|hermana|tio|tia|"
    r"bebe|nino|nina|suegra|suegro|nieto|nieta|amigo|amiga|vecino|vecina|novio|novia|pareja|viejo|"
    r"sobrinito|sobrinita|nietito|nietita|hijito|hijita|ninito|ninita|bebito|bebita|chiquito|chiquita|"
    r"vieja|viejito|viejita|jefa|jefe|jefita|jefito|apa|ama|senor|senora|paciente)|mama|mami|papa|"
    r"papi|esposo|esposa|marido|hijo|hija|abuela|abuelo|abuelita|abuelito|bebe|nino|nina|paciente)"
)
_ES_MEDS = (
    r"(?:pastillas?|pastillitas?|pildoras?|tabletas?|medicinas?|medicamentos?|capsulas?|calmantes?|"
    r"analgesicos?|somniferos?|tylenol|insulina|tramadol|oxicodona|morfina|fentanilo|xanax|"
    r"clonazepam|alprazolam|valium|pastillas? para dormir)"
)
# Several tablets taken instead of one: "took 4 of my heart pills instead of 1", "tome 4 de
# mis pastillas del corazon en vez de 1" (the count before the medicine, the one after).
_TOOK = r"(?:took|taken|gave (?:her|him|me)|given|swallowed)"
_THREE_OR_MORE = r"(?:three|3|four|4|five|5|six|6|seven|7|eight|8|ten|10)"
# A dose told as routine: "took all my pills this morning", "took 6 pills like the doctor said".
_AS_USUAL_AFTER = (
    r"(?! (?:\w+ ){0,4}(?:today|this morning|tonight|yesterday|on time|as prescribed|as directed|"
    # the week's, or one slot's: "dads pill box is empty, he took all of them this week", "I took all of them in the morning
    # slot" (the reviewer of the en_66 change)
    r"this week|for the week|all week|in the (?:morning|evening|night|bedtime|noon|am|pm) slot|"
    r"like (?:you|the doctor|my doctor|i) (?:said|should|was told)|like im supposed to|for the day|every day|everyday|"
    r"with (?:my )?(?:breakfast|lunch|dinner|supper|food|water|coffee)|like the (?:list|plan|chart|label|bottle|schedule|app) says|"
    r"as (?:usual|always|scheduled)|like (?:always|usual|normal)|"
    # "she took all her pills, weighed 181, feeling good. no chest pain today!" (en_65)
    r"weighed \d+|(?:feeling|feel|feels) (?:good|fine|great|ok|okay|well)))")
_PILLS_HELD = r"(?:pill ?box|pill organizer|pill case|pill bottle|bottle of (?:pills|meds))"
_TOOK_ALL_OF_IT = (r"(?:took|taken|swallowed|popped|downed) (?:all(?: of)? (?:them|those|these|it)|them all|every (?:one|pill)|"
                   r"the whole thing)(?! out\b)")  # (not taken out: "... took all of them out to clean it", its reviewer)
_NOT_AS_MEANT = (r"(?! (?:\w+ ){0,5}(?:this week|for the week|last week|all week|like (?:im|i am|shes|she is|hes|he is|i was|she was) "
                 r"supposed to|(?:like|as) (?:the doctor|my doctor|the dr|you|the nurse) (?:said|told)|thru|through|in the (?:\w+ )?slot|"
                 r"as prescribed|as directed|on schedule|need (?:a )?refill|needs (?:a )?refill))")
_MEDS_INSTEAD_OF_ONE = rf"(?:of )?(?:my |her |his |the )?(?:\w+ ){{0,2}}{_MEDS} instead of (?:1|one|just one|the one)"
_TOOK_ES = r"(?:me tome|tome|se tomo|le di|le dimos|nos tomamos|tomo)"
# A question asked before the match: "is it ok if i took my tramadol with wine?", "can you take xanax and drink a beer"
_QUESTION_WORDS_BEFORE = re.compile(r"\b(?:is it (?:ok|okay|safe|bad)|can (?:you|i|she|he)|should (?:i|she|he)|what happens)\b"
                                    r"(?!.*\b(?:just now|rn|right now|how long do i have)\b)")
_THREE_OR_MORE_ES = r"(?:tres|3|cuatro|4|cinco|5|seis|6|siete|7|ocho|8|diez|10)"
_ES_MEDS_INSTEAD_OF_ONE = (rf"(?:de )?(?:mis |sus |las |los )?{_ES_MEDS} (?:\w+ ){{0,4}}?(?:en vez de|en lugar de) "
                           r"(?:1|una|uno|la una|solo una)")
_ES_THINNERS = (
    r"\b(?:anticoagulantes?|warfarina|warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|"
    r"pradaxa|plavix|clopidogrel|heparina|enoxaparina|lovenox|"
    r"(?:adelgazar|aguadar|diluir|adelgazador\w*) (?:la )?sangre|pastillas? para la sangre|"
    r"sangre (?:rala|delgada|aguada))\b"
)
_ES_DIABETES = r"\b(?:diabet\w*|insulina|azucar|glucosa|glucometro|glucemia|hipoglucemia|metformina|dexcom)\b"
_ES_CHEMO = (
    r"\b(?:quimio\w*|tratamiento (?:contra|para|del) (?:el )?cancer|oncolog\w*|"
    r"defensas (?:muy )?bajas|globulos blancos (?:muy )?bajos|neutropeni\w*)\b"
)
# Signs that a double dose is hurting someone.
_ES_OD_SYMPTOMS = (
    r"\b(?:mare\w*|confundid[oa]|confusion|somnolient[oa]|adormilad[oa]|no (?:despierta|reacciona|responde)|"
    r"no (?:lo|la|le) (?:puedo|podemos|pude) despertar|"
    r"vomit\w*|temblando|tembloros[oa]|sudando|sudor\w*|debil|desmay\w*|palid[oa]|"
    r"(?:se siente|me siento|se ve|esta|estoy) (?:muy )?(?:mal|raro|rara)|lento|lenta|borros\w*)\b"
)
# Airway or circulation signs that turn hives into anaphylaxis.
_ES_ANAPHYLAXIS_SIGNS = (
    r"\b(?:no (?:puede|puedo) respirar|(?:le|me|te) cuesta (?:trabajo )?respirar|(?:le|me|te) falta (?:el )?aire|"
    r"garganta|lengua|labios? (?:hinchad|inflamad)\w*|mare\w*|desmay\w*|silb\w*|chiflid\w*|"
    r"pecho apretado|ahog\w*|voz (?:rara|ronca))\b"
)
# Signs that a fast or slow heartbeat is an emergency.
_ES_HEART_SYMPTOMS = (
    r"\b(?:mare\w*|desmay\w*|dolor (?:de|en el) pecho|me duele el pecho|falta (?:de )?(?:el )?aire|"
    r"no puedo respirar|confundid[oa]|debil|sudando|sudor\w*|palid[oa])\b"
)
_ES_BP_SYMPTOMS = (
    r"\b(?:dolor de cabeza|me duele (?:mucho )?la cabeza|cabeza|vista borrosa|borros\w*|no veo|"
    r"pecho|mare\w*|confundid[oa]|falta (?:de )?(?:el )?aire|entumid\w*|adormecid\w*|debil|"
    r"vomit\w*|nause\w*|sangra la nariz|sangrado de nariz|me siento (?:muy )?mal)\b"
)
# "Me quito la vida" said as what one will do (the rule after the Spanish suicide rules); "quitó" (took away) folds to the
# same letters, so only at the start or after words of deciding, despair, a time, or a condition, and never with what
# took it named after ("... el trafico", "... cuidando a mi mama", "... de la verguenza", "... verlo sufrir asi"); a time
# or a means after it is what is planned ("... esta noche", "... con esta pistola"). Reviewers' finds, both ways.
_ES_WHEN_OR_HOW_AFTER = (r"(?:esta noche|este fin de semana|esta semana|manana|hoy|ahorita|ya|de una vez|de verdad|de un (?:balazo|tiro|disparo)|"
                         r"(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
                         r"con (?:esta|este|la|las|el|un|una|mis) (?:\w+ )?(?:pistola|arma|cuchillo|navaja|soga|cuerda|pastillas|insulina))\b")
_ES_LIFE_TAKEN_NOW = (
    r"(?:(?<=^ )|(?<=^)|(?:esta noche|(?<!de )hoy(?: mismo)?|manana|ahorita|ahora mismo|de una vez|"
    r"(?:el|este) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|decidi(?: que)?|decidid[oa]|"
    r"juro(?: que)?|creo que|pienso que|que pasa si|por eso|entonces|no aguanto(?: \w+){0,3}|ya no aguanto|ya no puedo(?: mas)?|"
    r"no puedo mas|ya estuvo|ya me canse|estoy muy mal|me siento (?:muy )?sol[oa]|si me dejas|si no (?:\w+ ){0,4}\w+|"
    r"si sigo (?:\w+ )?asi|cuando (?:se vayan|se vaya(?: \w+){0,2}|se duerman|se duerma|me quede sol[oa])) )me quito la vida"
    rf"(?! (?!{_ES_WHEN_OR_HOW_AFTER})(?:el|la|los|las|este|esta|ese|esa|estos|estas|tanto|tanta|con|cuidar|trabajar|"
    r"mi|mis|su|sus|por|que (?:tenia|tuve|llevaba)|normal|social|entera|anterior|de|del|en|y me|cuando (?:se )?(?:fue|murio|me dejo)|"
    r"\w+(?:ar|er|ir)(?:lo|la|los|las|le|les|me|se)?|\w+(?:ando|iendo|endo)(?:la|lo|le|me|se)?)\b)"
    r"(?!.{0,40}\b(?:nunca|jamas|no lo haria|no lo voy a hacer)\b)"
    # someone else who says it: "mi hijo dice que hoy se quita la vida", "dice mi hija que ya no aguanta y que se quita la vida"
    r"|(?:dice|dijo|dise|diciendo|amenaza con|amenazo con|me escribio)(?: \w+){0,6}? (?:que )?(?:\w+ ){0,2}?se (?:quita|va a quitar) "
    r"la vida(?! (?:por (?:su|sus)|trabajando|cuidando|de la|del)\b)"
)
# "Me muero de hambre", "me quiero morir de la verguenza": figures of speech.
_ES_FIGURATIVE_DEATH = (
    r"(?! de (?:la |el )?(?:verguenza|pena|risa|hambre|sueno|calor|frio|ganas|aburrimiento|cansancio|"
    r"nervios|envidia|amor|gusto|emocion|alegria|sed|flojera|susto|coraje|celos|curiosidad|ternura|"
    r"la espera|tanto esperar)\b| por (?:ver|verte|verlos|saber|ir|conocer|comer|que)\b"
    # overwork: "me voy a matar haciendo tamales pa la posada"
    r"| (?:haciendo|trabajando|limpiando|cocinando|estudiando|planchando|lavando)\b"
    # the cold or heat outside: "que frio esta haciendo, me quiero morir cada vez que salgo a la calle"
    r"| cada vez que (?:salgo|salimos|me toca salir|hace (?:frio|calor))(?= (?:\w+ )*?(?:calle|afuera|frio|calor|nieve|hielo)\b))"
)
# "Que calor, me estoy muriendo": the cause named first.
_FIGURATIVE_CAUSE_BEFORE_ES = re.compile(
    r"\b(?:calor|frio|hambre|sueno|flojera|aburrimiento|aburrida|aburrido|cansancio|cansada|cansado|risa|"
    r"verguenza|sed)\b(?: \w+){0,4} $"
)
_ANY_THINNERS = _THINNERS + "|" + _ES_THINNERS
# A reading in Spanish, not a count of times, days, units or pills.
_READING_ES = _READING + (
    r"(?! ?(?:veces|vez|dias?|horas?|minutos?|unidades?|pastillas?|tabletas?|anos?|meses|mes|semanas?|"
    r"libras?|kilos?|gramos?|dolares?|porciones?|carbohidratos?|personas)\b)"
)
_BP_SINGLE_ES = (
    r"(?:(?:presion|presion arterial|sistolica|la alta|el de arriba|numero de arriba) " + _READING_GAP
    + r"(?P<sys>\d{2,3})(?![\d.:])"
    # the number first: "tengo 250 de presion y me duele mucho la cabeza" (es_41's reviewer)
    + r"|(?:tengo|tiene|traigo|trae|ando en|anda en|ando con|anda con|me salio|le salio|salio|marco|me marco|le marco)"
    r"(?: como| casi| mas de)? (?P<sys2>\d{3}) de (?:presion|presion arterial|la alta))"
)


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
    letter bill bills insurance patients caregiver caregivers discharge papers paperwork
    cash assistance grant grants loan loans rent rental shelter housing food pantry
    utility utilities financial benefits relief voucher vouchers money savings
    questionnaire survey handout handouts pamphlet brochure training
    certification course courses guidelines checklist packet worksheet warning box boxes cabinet
    lecture lectures seminar seminars workshop workshops webinar presentation presentations
""".split())
# "talk" is a noun there only after an article and before where or how it went: "the stroke talk at the library was
# interesting" (en_56); not "i think shes having a stroke talk to me".
_A_TALK_GIVEN = re.compile(r" talks? (?:at|by|was|were|is|on|about|last|yesterday|this|from|today|tonight|they|we|i|in)\b")
_AN_ARTICLE_LAST = re.compile(r"\b(?:the|a|that|this) $")
# ... and a film about it the same way: "watched a stroke video with mom today so we both know the signs" (en_57); not
# after "having", "had", "like" ("i think hes having a stroke video call me", "looks like a stroke video chat now")
_A_SHOWING = re.compile(r" (?:videos?|movie|film|documentary|clip|commercial|webinar)\b(?! (?:call|calling|chat|me|now))")
_AN_EPISODE_AFTER_A_SHOWING = re.compile(r"\b(?:now|right now|having|happening|think|thinks|looks like|seems|just|suddenly|"
                                         r"drooping|droopy|slurr\w*|numb|weak|cant|wont|help)\b")
_NOT_AN_EPISODE_BEFORE = re.compile(r"\b(?:having|had|has|have|like|from|of|with|having a|getting|got|gets) (?:the|a|that|this) $")
# Words within three words of a mention that make it an admin question
# (Spanish: "factura de la ambulancia", "resurtido del epipen").
_ADMIN_WORDS = frozenset("""
    refill refills refilled refilling renew renewal renewed prescription
    prescriptions script rx pharmacy copay copays insurance cover covers
    covered coverage cost costs price prices coupon order ordered bill bills
    billed billing invoice claim charge charges charged statement expired
    expires expiring expiration paperwork form forms reimbursement copy copies
    receta recetas resurtido resurtir farmacia copago aseguranza cobertura
    costo precio factura facturas cobro cobraron formulario papeles reembolso cuenta cuentas cobrando cobran
    cobrar pagar pago pague deuda deudas debo
    cheap cheaper cheapest afford affordable expensive discount discounts generic barato barata caro cara
    company collections collection letter cobros
""".split())
# Events told as history.  English and Spanish; "a few minutes ago" or "last
# night" are not history, they are what is happening now.
_PAST = (
    r"(?:(?:last|this past) (?:year|month|spring|summer|fall|autumn|winter|christmas|thanksgiving)|"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple|several|many|some)"
    r"(?: \w+)? (?:years?|months?|yrs?) (?:ago|back|before|earlier)|"
    r"years (?:ago|back)|months ago|a (?:long )?while (?:ago|back)|long ago|in (?:19|20)\d\d|last week|la semana pasada|"
    r"(?:la|esa) ultima vez|la vez pasada|aquella vez|the last time(?! i checked)|last time (?:i|she|he|we|they) (?:was|were|went|had)|del ano pasado|"
    r"(?<!be )(?<!come )(?<!get )(?<!go )back in (?:(?:19|20)\d\d|(?:[4-9]\d|0\d)(?! (?:minutes?|mins?|seconds?|hours?|degrees|pounds|lbs|"
    r"percent)\b)|the day|"
    r"the (?:\d0s|seventies|eighties|nineties)|(?:high )?school|college)|"
    # a month named as when it happened ("at a wedding back in june"): not this month, not now
    r"(?:back in|last|in|this past) (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?! \d)|"
    r"as a (?:kid|child|teen|teenager|baby|boy|girl|young (?:man|woman|adult))|"
    r"when (?:i|he|she|we|they) (?:was|were) (?:young|little|a kid|kids|little kids|children|teenagers|teens|a teenager|a teen|a baby|babies|"
    r"younger|pregnant|in (?:college|(?:high |grade |middle )?school)|[1-9]\d)(?! (?:minutes?|mins?|seconds?|hours?)\b)|"
    r"when (?:i|he|she|we|they|mom|dad|my \w+) (?:was|were|got) (?:admitted|hospitalized|in the (?:hospital|icu|er))|"
    # an age is history only in "once in her twenties", not in "my dad, in his seventies, ..."
    r"(?:once|back|when (?:i|he|she|they) (?:was|were)) in (?:my|his|her|their) "
    r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|[2-7]0s)|"
    # ("hace dos anos que tiene ..." is "for two years now", not history)
    r"hace (?:(?:\w+ ){0,2}(?:anos|ano|meses|mes)|mucho(?: tiempo)?|tiempo)(?! que\b)|"
    r"el (?:ano|mes|verano|invierno|otono) pasado|la primavera pasada|en (?:19|20)\d\d|"
    # "le dio un paro cardiaco en el 2019" (es_25), not an address ("estamos en el 2020 de la calle grand")
    r"(?<!estamos )(?<!vivo )(?<!vivimos )(?<!vive )(?<!esta )(?<!queda )(?<!casa )en el (?:19|20)\d\d"
    r"(?! (?:de (?:la|el) |del )?(?:calle|avenida|av|ave|blvd|boulevard|camino|street|st)\b| (?:\w+ ){0,2}(?:ahorita|ahora|orita|sigue|siguen|todavia|aun))|"
    # a month after a past verb ("el dolor de pecho que tuve en marzo"), not "cita en marzo"
    r"(?:tuve|tuvo|tuvimos|paso|fue|le dio|me dio|estuvo|estuve) en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre)(?! \d)|"
    r"de (?:nino|nina|chico|chica|joven|chiquito|chiquita|pequeno|pequena)|"
    r"cuando (?:yo |el |ella |mi \w+ )?(?:era|eramos|estaba|estaban) (?:nin[oa]s?|joven|jovenes|chic[oa]s?|chiquit[oa]s?|pequen[oa]s?|embarazada))"
)
# Words that bring a story back to the present: "years ago, and now ...".
_NOW = (
    r"(?:now|right now|just|currently|today|tonight|this morning|this afternoon|this evening|"
    r"again|suddenly|ahora|ahorita|hoy|otra vez|de nuevo|de repente|acaba de|acaban de)"
)
_NOW_RE = re.compile(rf"\b{_NOW}\b")
_HISTORY_AFTER = re.compile(rf" (?:\w+ ){{0,3}}?{_PAST}\b")
_HISTORY_BEFORE = re.compile(
    r"\b(?:since|history of|hx of|risks? (?:of|for)|prevent\w*|chances? of|died (?:of|from)|passed (?:away )?from|"
    r"lost (?:him|her|them|\w+) to|murio de|fallecio de|"
    r"recover\w* from|survived|survivor of|after|post|(?:19|20)\d\d|"
    r"historial de|antecedentes de|riesgos? de|prevenir|prevencion de|sobrevivientes? de|sobrevivio|"
    r"recuperacion de)(?: \w+){0,2} $"
    # Spanish "desde su derrame", "despues del infarto" - but not "desde anoche tiene convulsiones"
    r"|\b(?:desde (?:su|mi|el|la|que (?:tuvo|le dio|me dio|tuve))|(?:despues|tras) (?:de|del))"
    r"(?: (?:su|mi|el|la|un|una|primer|ultimo))? $"
    rf"|\b{_PAST}(?: \w+){{0,2}} $"
)
_SPORT_BEFORE = re.compile(r"\b(?:back|breast|brush|key|master|pen|golf|tennis|swim\w*) $")
_NEGATED_BEFORE = re.compile(
    r"\b(?:non|not|no|isnt|wasnt|nothing|no es|no era|nada de|sin|besides|except|other than|only for|just for|solo para|aparte de|"
    r"no tengo|no tiene|no he tenido|no ha tenido|ni|"
    # "ya no se queja del dolor de pecho": a symptom that has gone
    r"ya no (?:se queja|se ha quejado|tiene|le da|le duele|siente|ha tenido)(?: del| de la| de)?)(?: really)?(?: an?| una?)? $"
)
# Learning about a condition, not having it: "warning signs of a stroke",
# "learn cpr", "difference between a heart attack and cardiac arrest",
# "cuales son las senales de un infarto", "clase de rcp".
_LEARNING_BEFORE = re.compile(
    r"\b(?:difference between(?: \w+){0,5}|"
    # "when should i call 911 for chest pain": asking where the line is, not crossing it
    r"when (?:should|do|would|must|to|is it time to) (?:i |we |you |one |a person |someone |somebody |people |a patient )?(?:call|go|dial|head|take \w+)(?: \w+){0,4}|(?:warning )?signs and symptoms of(?: an?)?|"
    r"warning signs of(?: an?)?|what (?:are|is) the (?:\w+ )?(?:signs|symptoms) of(?: an?)?|"
    r"(?<!showing )(?<!shows )(?<!having )(?<!has )(?<!had )(?<!with )(?<!got )(?<!getting )(?<!developing )"
    r"(?:the |about the |about )?(?:early |first |common )?(?:signs|symptoms) (?:of|for)(?: an?)?|"
    r"learn(?:ing|ed)?(?: how to do| how to give| to do| about)?(?: \w+)?|"
    r"(?:know|knows|knew) (?:all )?(?:about|how to do|how to give)(?: \w+)?|(?:certified|trained) in(?: \w+)?|"
    r"(?:class|course|training|video|pamphlet|handout|information|info|brochure|leaflet|sheet|"
    # "doing a school project on stroke, what are the warning signs" (en_60)
    r"project|report|essay|paper|presentation|homework|assignment) "
    r"(?:on|about|for|explaining)(?: \w+){0,3}|"
    r"how (?:to|do i|do you|can i) (?:recogni[sz]e|spot|tell|identify)(?: an?)?|"
    # "how would i know if im having a heart attack", "how do you do cpr", "whats the number
    # to call if someones having a stroke", "what does fast mean for stroke", "what should
    # mom watch for that means she needs to call 911"
    r"how (?:would|will|do|does|can|could|should|did) (?:i|you|we|one|someone|she|he|they|my \w+) (?:even |ever |really )?(?:know|tell)"
    # "... if mom is having a stroke" (en_32); not "how do i tell the doctor mom is bleeding" (a reviewer's find)
    r"(?:(?: if| whether)(?: \w+){0,4}|(?: when| that)?(?: \w+){0,3})|"
    # (its word is the thing done, not what follows it: "can someone teach me how to do cpr hes not moving", a reviewer's find)
    r"how (?:to|do i|do you|would i|should i|can i|do we) (?:do|give|perform|start)(?: (?!cpr\b|heimlich\b|compressions\b)\w+)?|"
    r"(?:number|line|hotline) (?:to call|to dial|i call|you call|to text|to report|for reporting|"
    r"do (?:i|you|we|people) (?:call|dial|text))(?: if| when| for| in case)?(?: \w+){0,6}|"
    # "how do you tell a panic attack from a heart attack": telling two things apart
    r"how (?:do|can|would|could|does|to) (?:i |you |we |one |u )?(?:tell|know) (?:\w+ ){1,5}(?:from|apart from|versus|vs|or)(?: an?| the)?|"
    r"(?:que|cual|what) (?:es el )?(?:numero|telefono|number) (?:marco|llamo|debo marcar|hay que marcar|do i call|"
    r"do i dial|should i call)(?: si| cuando| en caso de| if| when)?(?: \w+){0,4}|"
    r"(?:mean|means|stand for|stands for) (?:for|in|with)(?: an?)?|"
    r"(?:what|which|anything) (?:should|do|would|to) (?:\w+ ){0,2}(?:watch|look|keep an eye) (?:out )?for(?: \w+){0,8}|"
    r"what to do (?:in|during|for|with)(?: an?)?(?: \w+)?|in case of(?: an?)?|"
    r"when (?:is|does|would) (?:it|something|this|that) (?:be |become |count as |considered )?(?:an?)?|"
    r"what counts as(?: an?)?|cuando (?:es|se considera)(?: una?)?|"
    r"(?:what|which) (?:symptoms|signs|signals) (?:would|will|should|could|might|tell|show|mean)(?: \w+){0,7}|"
    r"(?:the same(?: thing)? as|different (?:from|than))(?: an?)?|"
    r"diferencia (?:hay )?entre(?: \w+){0,5}|"
    # "did you know a stroke is called a brain attack?"
    r"did (?:you|u) know(?: that)?(?: an?)?|(?:is|are|its|it is) (?:also )?called(?: an?)?|"
    r"(?:cuales|que) (?:sintomas|senales|signos) (?:da|dan|tiene|tienen|hay de|presenta)(?: una?| el| la)?|"
    # "que senales hay de que alguien esta teniendo un derrame" (es_27): anyone, in general
    r"(?:cuales|que) (?:sintomas|senales|signos) hay de que (?:alguien|una persona|uno|una) (?:esta |este )?(?:teniendo|tiene|tenga|le da|le este dando)(?: una?)?|"
    # "en la clase van a ensenar las senales de un infarto?" (es_27): taught, not had
    # ... and taught before: "la enfermera me enseno las senas de un infarto, ya las tengo pegadas en el refri" (es_64)
    r"(?:ensenar|ensenan|ensena|ensenaran|enseno|ensenaron|explicar|explican|explicaran|explico|explicaron|hablar|hablan|"
    r"hablaran) (?:sobre |de )?(?:las |los )?(?:\w+ )?(?:senales|senas|sintomas|signos)(?: de alarma)? (?:de|del)(?: una?| la| el)?|"
    # calling for help taught: "en la escuela le ensenaron a mi hija a llamar al 911, ahora quiere practicar" (es_64)
    r"(?:taught|teach|teaches|teaching|showed|shows|learned|learnt|learning|practiced|practicing|ensenaron|enseno|ensenan|"
    r"ensenaba|ensenando|aprendio|aprendieron|aprendiendo|practicando) (?:\w+ ){0,4}(?:how to|to|a)(?: call| dial| llamar al| marcar al)?|"
    # "what are the common emergencies in older heart patients" (en_31, a nursing student)
    r"(?:what|which) (?:are|is) (?:the )?(?:most )?(?:common|usual|typical|main|biggest|frequent|top)|"
    r"(?:cuales|que) (?:son|es) (?:las |los |la |el )?(?:\w+ )?(?:senales|sintomas|signos|senal|sintoma)"
    # (... "de que": "cuales son las senales de que el azucar esta muy baja? nomas pa saber", es_64)
    r"(?: de alarma)? (?:de|del)(?: que)?(?: una?| la| el)?|"
    r"(?:senales|sintomas|signos) de alarma (?:de|del)(?: una?)?|"
    r"(?:aprender|aprendi|clase|clases|curso|taller|video|folleto|informacion|info|platica|charla) "
    r"(?:de|sobre|acerca de|para)(?: \w+){0,3}|"
    r"(?<!creo )(?<!pienso )(?<!parece )(?<!dice )(?<!dicen )(?<!dijo )(?<!siento )(?<!sera )(?<!temo )"
    r"que es(?: una?| la| el)?|como (?:reconocer|identificar|saber si es|se (?:reconoce|identifica|sabe si es))(?: una?| un)?|"
    r"como se (?:usa|pone|aplica)(?: el| la| una?)?|en caso de(?: una?)?|"
    # where the line is: "what blood sugar is too low", "cuanto azucar es demasiado bajo"
    r"(?<!\w )(?:what|which|at what|cuanto|cuanta|cual|a partir de cuanto)(?: (?:level|number|reading|nivel|numero|de))?"
    r"(?: blood)?)"
    r" $"
)
# "If I ever get chest pain do I call 911 or text you first", "si alguna vez me da un
# infarto": a someday, not a now (unless the message also says now: "... she has it now").
_EVER_IF_BEFORE = re.compile(
    # (eight words: "if I ever fell would I text you or call 911?", en_27; never across a "but":
    # "idk if u ever get these msgs but my husband collapsed", a reviewer's find)
    r"\b(?:if|when|si|cuando) (?:i|you|we|she|he|they|mom|dad|my \w+|\w+)? ?(?:should |do )?(?:ever|alguna vez|algun dia)"
    r"(?: (?!but\b|pero\b|however\b|sino\b)\w+){0,8} $")


# "just" that only says why one asks: "If mom ever can't breathe at night, what should I do? Just planning ahead" (en_60)
_JUST_ASKING = re.compile(r"\bjust (?:planning|asking|wondering|curious|checking|thinking ahead|in case|preparing|"
                          r"want(?:ed)? to (?:know|be ready|be prepared|have a plan))\b"
                          r"|\b(?:solo|nomas|nada mas) (?:pregunto|preguntaba|por si acaso|para saber|pa saber)\b")


def _someday(m: re.Match[str], before: str) -> bool:
    return _EVER_IF_BEFORE.search(before) is not None and _NOW_RE.search(_JUST_ASKING.sub(" ", m.string)) is None


# A symptom word used as the name of a document or programme: "chest pain
# action plan", "shortness of breath questionnaire", "seizure diary".
_LABEL_NEXT_WORDS = frozenset("""
    action plan plans questionnaire questionnaires survey form forms handout
    handouts pamphlet brochure class classes clinic education diary log
    checklist protocol guidelines paperwork papers worksheet scale score
    assessment study research video training program programme hazard hazards
    homework assignment quiz exam course certification
""".split())
# Ongoing, long-standing deficit, not a sudden one: "weak since my stroke".
_CHRONIC_AFTER = re.compile(
    r" (?:\w+ ){0,2}?(?:(?:ever )?since (?:my|his|her|their|the) (?:\w+ )?"
    r"(?:stroke|surgery|accident|injury|fall|tia|birth|diagnosis)|since (?:birth|childhood|(?:19|20)\d\d)|"
    r"for (?:years|months|ages|a long time|a few years|several years)|"
    r"(?:\d+|a|few|couple|several|many)(?: \w+)? (?:years?|months?) ago|years ago|"
    r"desde (?:(?:el|la|su|mi) (?:\w+ )?(?:derrame|embolia|operacion|cirugia|accidente|caida|nacimiento)|"
    r"hace (?:anos|meses|mucho)|que nacio|(?:19|20)\d\d)|de nacimiento|hace (?:\w+ )?(?:anos|meses))\b"
)
# A stroke told as history, and a deficit "still" there: what it left (`_is_sudden_deficit`), unless
# something is new or worse ("... and today my hand is suddenly weak again")
_OLD_STROKE = re.compile(rf"\b(?:stroke|strokes|derrame|embolia)(?: \w+){{0,2}}? {_PAST}")
_STILL = re.compile(r"\b(?:still|todavia|aun|sigue)\b")
_NEW_OR_WORSE = re.compile(r"\b(?:sudden\w*|worse|worsening|weaker|spreading|new|again|now|just (?:now|started|happened)|today|tonight|this morning|"
                           r"this afternoon|this evening|last night|since (?:\w+ ){0,2}(?:lunch|supper|dinner|breakfast|woke|morning|"
                           r"afternoon|evening|night|yesterday|an hour|hour)|(?:an|one|two|a few|\d+) (?:hours?|minutes?) ago|started|"
                           r"woke up|confused|vision|slurr\w*|cant (?:lift|move|stand|talk|speak|walk|find)|"
                           r"de repente|peor|otra vez|hoy|ahorita|ahora|anoche|desde|mas debil|no habla|no puede)\b")
# Things and pets said to be dying: "the scale is dying, the battery light is blinking" (en_66)
_THINGS_THAT_DIE = (r"(?:scale|battery|batteries|phone|cell|cellphone|car|truck|laptop|computer|tablet|ipad|tv|remote|printer|"
                    r"fridge|freezer|furnace|heater|plants?|flowers|lawn|grass|meter|machine|hearing aids?|watch|charger|"
                    r"flashlight|bulb|light|app|wifi|router|tree|garden|tomatoes|fish|goldfish|cat|dog|pet|bird|hamster)")
def _a_thing_dying_es(m: re.Match[str]) -> bool:
    """ "creo que mi celular se esta muriendo", "se esta muriendo el refri": a thing or a pet, named just before or after."""
    if " muri" not in m.group():
        return False
    before, after = m.string[max(0, m.start() - 30):m.start() + 1], m.string[m.end():m.end() + 30]
    return bool(_A_THING_LAST_ES.search(before) or _A_THING_FIRST_ES.match(after))


# (a lookahead anchored at the start: unanchored, a search tries it at every position, each reading to the end: minutes
# on a long message, the pathological-input test's find)
_NOT_RIGHT_IN_A_FEVER = (r"(?=.*\b(?:cant think straight|confused|confusion|not making sense|out of it|stiff neck|seizure|shaking|"
                         r"wont wake|hard to wake|cant stay awake|delirious|seeing things)\b)")
_A_HUNT_OR_A_CHORE = re.compile(r"\b(?:hunt\w*|deer|duck|turkey|season|range|target|xmas|christmas|birthday|clothesline|sheets|"
                                r"laundry|tent|boat|tree|garden|camping|fishing|caceria|cazar|tendedero|ropa)\b")


_THINGS_THAT_DIE_ES = (r"(?:celular|telefono|cel|refri|refrigerador|bateria|pila|carro|coche|tele|television|computadora|bascula|"
                       r"planta|plantas|matas|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|pajarito|pez)")
_A_THING_LAST_ES = re.compile(rf"\b(?:mi|el|la|su|este|esta) {_THINGS_THAT_DIE_ES} (?:ya )?$")
_A_THING_FIRST_ES = re.compile(rf" (?:el|la|mi|su) {_THINGS_THAT_DIE_ES}\b")
# A device or website, not a person: "the app is unresponsive", "la aplicacion no responde".
_TECH_BEFORE = re.compile(
    r"\b(?:app|apps|website|site|portal|screen|phone|page|computer|laptop|system|"
    r"tablet|link|button|keyboard|touchscreen|mouse|program|server|browser|"
    r"ipad|iphone|tv|remote|printer|software|chat|bot|"
    r"aplicacion|pagina|pantalla|telefono|celular|computadora|sistema|boton|programa|"
    r"sitio|internet|robot|tableta)"
    r"(?: (?:is|was|keeps|kept|went|goes|seems|seemed|has been|got|gets|getting|became|still|"
    r"ya|todavia|sigue|esta))?"
    r"(?: (?:totally|completely|so|really|very|just|again|always|kind of|being|nomas|no mas))? $"
)


def _context(m: re.Match[str], chars: int = 60) -> tuple[str, str]:
    """Return (text before, text after) the match, bounded to keep this O(1)."""
    s, start = m.string, m.start() + 1  # + 1: skip the space that starts a match
    return s[max(0, start - chars):start], s[m.end():m.end() + chars]


def _clause_context(m: re.Match[str], chars: int = 80) -> tuple[str, str]:
    """Like ``_context``, but stopping at the edges of the match's clause."""
    s = m.string
    starts = getattr(s, "clause_starts", (0,))
    i = bisect.bisect_right(starts, m.start()) - 1
    low = starts[i] if i >= 0 else 0
    j = bisect.bisect_left(starts, m.end())
    high = starts[j] if j < len(starts) else len(s)
    start = m.start() + 1
    return s[max(low, start - chars):start], s[m.end():min(high, m.end() + chars)]


# "What should I do if he has a seizure", "the nurse said to call 911 if his
# chest ever hurts", "que hago si se desmaya": a symptom in the if-clause of a
# question or of an instruction is not happening now.  The clause stops at a
# word that brings it back to the present ("... if he falls, he just fell").
_IF_CLAUSE_TAIL = rf"(?: (?!{_NOW}\b|but\b|pero\b)\w+){{0,8}} $"
_WHAT_IF_BEFORE = re.compile(
    r"\b(?:what (?:do|should|would|can|must|shall) (?:i|we|you|one|they|a person|someone|somebody|people|a patient) do|"
    r"what to do|what happens|"
    r"what would happen|how (?:do|can|would|will|should) (?:i|we|you|one) (?:know|tell)|"
    r"how to (?:know|tell)|que (?:hago|hacemos|hacer|debo hacer|debemos hacer|se hace|tengo que hacer|pasa)|"
    r"como (?:se|sabe|saber|puedo saber|sabemos))"
    r" (?:if|when|whenever|in case(?: of)?|si|cuando|en caso de(?: que)?)" + _IF_CLAUSE_TAIL
)
_INSTRUCTION_IF_BEFORE = re.compile(
    r"\b(?:(?:said|say|says|told (?:me|us|him|her|them)|tells? (?:me|us)|instructions?(?: say| said| are)?|"
    r"supposed|know|knows|remember|reminded (?:me|us))(?: \w+){0,3} "
    r"(?:call|dial|go|head|come|bring|take|text|page|use|give|get)(?: \w+){0,3}|"
    r"(?:dijo|dijeron|dice|dicen|indico|indicaron|explico|recomendo)(?: que)?(?: \w+)? "
    r"(?:llame|llamar|llamara|llamemos|llamen|vaya|vayamos|fuera|ir|acuda|acudir|marque|marcar)(?: \w+){0,3})"
    r" (?:if|in case(?: of)?|si|en caso de(?: que)?)" + _IF_CLAUSE_TAIL
)
# "What do I do if he's not breathing" is asked while it happens: a person in a
# present state ("hes not", "isnt", "wont", "esta convulsionando") after the
# "if" makes the question live again; "if my husband has a seizure", "if
# someone is having a reaction" stay hypothetical.
_PRESENT_STATE = re.compile(
    # (a person in general: "what should a person do if they think theyre having a stroke")
    r"\b(?<!someone )(?<!somebody )(?<!person )(?<!anyone )(?<!one )(?<!people )(?<!they think )"
    r"(?:hes|shes|theyre|im|is|are) (?:not|still|currently|having|choking|bleeding|turning|seizing|gasping|"
    r"unconscious|unresponsive|passed out|on the floor|lying)\b|\b(?:isnt|arent|wont)\b|"
    r"\besta (?:convulsionando|sangrando|ahogando|inconsciente|desmayad[oa]|tirad[oa])\b"
)
# Something new told beside a trouble that has passed: "new pain tonight different than before. the chest
# pain i had in the hospital is all gone now" (a reviewer of the en_31 change)
_NEW_TROUBLE = re.compile(r"\b(?:new (?:pain|symptoms?|trouble)|different (?:than|from) before|"
                          r"(?:pain|hurts?|hurting) (?:tonight|again|right now))\b")
# ... but signs someone has are signs seen: "my dad has the signs of a stroke", "shows early signs of"
_HAS_SIGNS_BEFORE = re.compile(
    r"\b(?<!people )(?<!someone )(?<!somebody )(?<!person )(?<!they )(?<!patients )"
    r"(?:has|have|had|having|showing|shows|with|got|tiene|tenia|tuvo|muestra|presenta)"
    r"(?: all)?(?: the| las| los)?(?: early| first| common| classic| usual)? (?:signs|symptoms|senales|sintomas|signos) "
    r"(?:of|for|de|del)(?: an?| una?)? $")


# ... and a question that turns to the writer's own case now: "what should a person do if they think
# theyre having a stroke cuz i think i am", "van a ensenar las senales de un infarto? creo que me esta
# dando uno" (a reviewer of the en_31 change)
_OWN_EPISODE_NOW = re.compile(
    r"\b(?:i think (?:i am|im)\b|(?:im|i am|hes|he is|shes|she is) having (?:one|it|that)\b|"
    r"(?:thats|that is|its) (?:me|him|her|mom|dad|my \w+)(?: (?:rn|right now|now))?(?= ?$| (?:rn|right now|now)\b)|"
    r"having one (?:rn|right now|now)\b|(?:asking for|about) my \w+ (?:he|she) (?:is|might be|may be)(?= ?$)|"
    r"(?:i think )?(?:im|i am) having one|"
    r"creo que (?:me|le) esta (?:dando|pasando)|creo que (?:yo |mi \w+ )?(?:lo |la )?(?:estoy|esta) teniendo|"
    r"(?:creo que )?(?:lo|la) (?:tiene|tengo|estoy teniendo|esta teniendo)(?: (?:ahorita|ahora))?(?= ?$)|"
    r"(?:me|le) esta dando uno|esta teniendo uno|(?:mi \w+ )?creo que lo tiene|"
    # the thing asked about, done: "si alguien se toma 30 pastillas de tylenol que pasa? es que mi hija lo acaba de hacer",
    # "if i mixed all my oxy with vodka just now how long do i have" (the reviewer of the en_63 change)
    r"(?:lo|la) (?:acaba|acaban|acabo) de hacer|(?:she|he|i|my \w+) just did (?:it|that|this)|how long do i have|"
    # the reason for asking, the signs now: "what does a heart attack feel like? asking for my own peace of mind bc im sweating
    # and my jaw hurts" (the reviewer of the en_66 change)
    r"because (?:im|i am|hes|he is|shes|she is|my \w+ is) (?:so |really |all )?(?:sweating|sweaty|clammy|dizzy|short of breath|"
    r"throwing up|vomiting|numb|tingling)|because (?:my|his|her) (?:left )?(?:jaw|chest|arm|back) (?:hurts|is hurting|aches|"
    r"feels (?:tight|heavy)|is (?:tight|heavy)))")


# Each match of a rule asks these of the whole message (a message can hold thousands of matches):
# looked up once per message, and only for a message that has a match to vet.
@functools.lru_cache(maxsize=16)
def _own_episode_now(text: str) -> bool:
    if _ASKED_AHEAD_OF_TIME.fullmatch(text):
        return False  # "what should i do if i think im having a heart attack, just want to know ahead of time" (en_42)
    return _OWN_EPISODE_NOW.search(text) is not None


# What to do if one thinks one is having an attack, asked ahead of time, and nothing else in the message (not "...,
# just wondering, i took 20 of my sleeping pills", "... for future reference. also my husbands face is drooping right
# now": reviewers of the en_42 change)
_ASKED_AHEAD_OF_TIME = re.compile(
    r" (?:what|how) (?:should|do|can|would) (?:i|we) do (?:if|when|in case) i think (?:im|i am) having (?:a|an) "
    r"(?:heart attack|stroke|seizure|asthma attack|allergic reaction|panic attack)(?: just)? (?:want(?:ed)? to know|asking|curious|"
    r"wondering|want to be prepared|to be prepared)(?: (?:ahead of time|in advance|for (?:later|the future|future reference)))? ?")


@functools.lru_cache(maxsize=16)
def _new_trouble(text: str) -> bool:
    return _NEW_TROUBLE.search(text) is not None


# The same thing back now, after it was told as history: "the heart attack i had was in 2019 and i feel
# it coming on", "la convulsion que le dio fue hace un ano y le esta dando otra", "the overdose my son took
# was last week and he took more pills" (a reviewer of the en_35 change). Not "having another eeg next week",
# "le estan dando otra cita".
_BACK_AGAIN_NOW = re.compile(
    r"\b(?:(?:i|he|she|mom|dad|we) (?:can )?(?:feel|feels|feeling) (?:it|one|another|that|the same)(?: one| thing)? "
    r"(?:coming on|coming back|starting again|starting up again)|"
    r"(?:its|it is|it s|thats|that is) (?:happening|starting|coming back|back) (?:again|now|rn|right now)|"
    # "he had a heart attack in 2019 and now the same thing is happening again" (a reviewer of the en_36 change)
    r"(?:the )?same (?:thing|pain|feeling|symptoms) (?:is |s |are )?(?:happening|starting|coming back|going on|back)"
    r"(?: to (?:him|her|me|them|us))? (?:all over )?(?:again|now|rn|right now)(?! (?:with|about|for|on) )|"
    r"(?:le|me|nos) (?:esta|estan) (?:pasando|dando) lo mismo|(?:otra vez|de nuevo) (?:le|me|nos) (?:esta )?(?:pasa|pasando) lo mismo|"
    r"(?:im|i am|hes|he is|shes|she is|is|s) having (?:another(?: one)?|one again|it again|the same thing again)"
    r"(?= ?$| (?:now|rn|right now|again|help|please|pls|i think|what)\b)|"
    r"(?:took|taken|taking|swallowed|downed) (?:some |a bunch |a few |a handful )?more(?: of)?(?: (?:his|her|my|the|them|those))?"
    r"(?: \w+)? (?:pills|meds|tablets|of them)|"
    r"(?:me|le|nos) (?:esta|estan|sigue) (?:dando|pasando) (?:otra|otro|de nuevo|otra vez|igual)"
    r"(?= ?$| (?:vez|ahorita|ahora|ya|convulsion|crisis|ataque|igual|ayuda|que hago|auxilio)\b)|"
    r"(?:se )?(?:tomo|trago|tomaron) (?:mas|otras) pastillas|"
    r"(?:again|otra vez|de nuevo) (?:right now|rn|ahorita|ahora mismo))\b")


def _back_again_now(m: re.Match[str]) -> bool:
    last = _last_back_again_now(m.string)
    return last is not None and last >= m.end()


@functools.lru_cache(maxsize=16)
def _last_back_again_now(text: str) -> int | None:
    """Where the message's last "back again now" starts: once per message, not per match (a long
    message has thousands of matches to vet)."""
    last = None
    for found in _BACK_AGAIN_NOW.finditer(text):
        last = found.start()
    return last


def _learning_before(before: str) -> bool:
    return _LEARNING_BEFORE.search(before) is not None and _HAS_SIGNS_BEFORE.search(before) is None


# "Is shortness of breath a side effect of this medicine?"
_SIDE_EFFECT_AFTER = re.compile(
    r"^ (?:(?:is|be|a|an|common|normal|possible|known|un|es) ){0,3}(?:side effects?|efecto secundario)\b"
    r"|^ (?:the same(?: thing)? as|different from|lo mismo que)\b"  # "is cardiac arrest the same as a heart attack"
    # "is getting short of breath a sign her heart failure is worse?"
    r"|^ (?:an? |one of the )?(?:early |warning |first )?(?:signs?|symptoms?)\b"
)

# Asked in general, as the whole message: "is chest pain always a heart attack?", "does numbness always mean a stroke or
# can it be a pinched nerve" (en_43; not "is chest pain always a heart attack? it started an hour ago", "my arm is numb.
# is chest pain always a heart attack", reviewers' finds)
_A_SIGN_IN_GENERAL = (r"(?:(?:sudden|crushing|left|one side) )?(?:chest pains?|shortness of breath|numbness|numb face|slurred speech|"
                      r"slurring|face drooping|(?:a )?droopy face|passing out|fainting|(?:a )?seizures?|bleeding|coughing up blood|"
                      r"vomiting blood|throwing up blood|jaw pain|arm pain|sweating|dizziness|confusion|weakness|(?:a )?fall|"
                      r"(?:a )?head injury|choking|black stool|(?:a )?headache|palpitations|swelling)(?: at rest)?")
# What a sign might be instead, asked about (`_ALWAYS_ASKED`, `_HEARD_ASKED`)
_BENIGN_CAUSE = r"gas|anxiety|acid reflux|reflux|heartburn|indigestion|stress|pulled muscle|muscle|pinched nerve|nothing|panic|panic attack"
_ALWAYS_ASKED = re.compile(
    # (the question word first: the lookaheads then scan the message only when it starts as one, once per match)
    r" (?:is|are|does|do|can)\b"
    r"(?!.*\b(?:help|hurry|urgent|scared|afraid|now|please|pls|happening|asap|911|ambulance)\b)"
    # ... about no case at hand: nobody's, not "this", no reading, no overdose ("is my chest pain always a heart attack",
    # "is chest pain like this always serious", "is sugar 38 always dangerous", "is an insulin overdose always fatal":
    # a second reviewer's finds)
    r"(?!.*\b(?:my|mine|his|her|hers|their|our|your|this|these|that|like|i|im|ive|have|having|has|had|mom|moms|mother|dad|dads|"
    r"father|him|wife|wifes|husband|husbands|son|sons|daughter|daughters|grandma|grandpa|sister|brother|neighbor|"
    r"overdos\w*|od|\d+\w*)\b)"
    # ... and the sign named plainly, with nothing of when or how it came ("is passing out twice always serious", "does
    # numbness since noon always mean a stroke", "is grandmas slurring always a stroke": the same reviewer's)
    rf" (?:an? )?{_A_SIGN_IN_GENERAL}(?: (?:and|with) {_A_SIGN_IN_GENERAL})? "
    r"(?:always|usually|necessarily|automatically) (?:mean |means |cause |be )?(?:an? )?"
    r"(?:heart attack|stroke|emergency|serious|dangerous|heart failure|something (?:bad|serious)|bad|chest pain)"
    r"(?: (?:in|for) (?:women|men|diabetics|older people|seniors|the elderly|heart patients))?"
    rf"(?: or (?:can|could|is|might) (?:it|that|this) (?:be |just be )?(?:an? )?(?:{_BENIGN_CAUSE}))? ?$")


# ... or what a show said a sign can be, asked as the whole message: "TV doctor said chest pain can be heartburn, is that
# true" (en_46); nobody's sign, nothing after the question
_HEARD_ASKED = re.compile(
    r" (?:the |a |some |that )?(?:tv|radio|news|show|article|magazine|commercial|podcast)(?: (?:doctor|dr|doc|show|lady|guy|man|"
    r"woman|host|program|segment))? (?:said|says|say) (?:that )?"
    rf"(?:an? )?{_A_SIGN_IN_GENERAL} (?:can|could|might|may|is (?:sometimes|often|usually)) (?:just )?(?:be |mean |come from )?(?:an? )?"
    rf"(?:{_BENIGN_CAUSE}|dehydration|low sugar|a cold)"
    r" (?:is (?:that|it|this) (?:true|right|so|correct|real)|(?:true|really|right)) ?$")


@functools.lru_cache(maxsize=16)
def _asked_in_general(text: str) -> bool:
    """Once per message, not per match: the lookaheads scan the whole message."""
    return _ALWAYS_ASKED.match(text) is not None or _HEARD_ASKED.match(text) is not None


# ... or with the condition first: "the nurse said if he has chest pain to call
# 911", "la enfermera dijo que si tengo dolor de pecho llame al 911".
_SAID_IF_BEFORE = re.compile(
    r"\b(?:said|says|told (?:me|us|him|her|them)|tells? (?:me|us)|instructions? say|dijo|dijeron|dice|dicen|"
    r"indico|indicaron|explico|recomendo)(?: that| que| to)? (?:if|si|in case|en caso de que)" + _IF_CLAUSE_TAIL
)
_CALL_AFTER = re.compile(
    r"\b(?:call|dial|go to|head to|llame|llamar|llamara|llamen|llamemos|marque|vaya|ir|acuda) "
    r"(?:\w+ ){0,2}(?:911|ambulance|er|emergency|hospital|doctor|ambulancia|emergencias|urgencias|hospital|doctor)\b"
)


_WHAT_FEELS_BEFORE = re.compile(r"\b(?:what (?:does|do|would|did|might)|como se (?:siente|ve|nota))(?: (?:an?|the|una?|el|la))? $")
_FEELS_LIKE_AFTER = re.compile(r"^ (?:\w+ ){0,2}?(?:feel|feels|look|looks|sound|sounds|seem|seems)(?: like)?\b")


# A chest said to be fine, with nothing after that turns it ("chest was fine this morning no pain now its crushing",
# "... but its tight rn": a second reviewer's finds)
_CHEST_SAID_FINE = re.compile(r" chest (?:is|feels|has been|was) (?:fine|ok|okay|good|normal|great|better)"
                              r"(?: (?:today|now|this morning|tonight))? (?:no|not any) (?:pain|pressure|discomfort|tightness)")
_ALARM_AFTER_FINE = re.compile(r"\b(?:but|pero|now|rn|right now|tight\w*|crush\w*|pressure|pain|jaw|arm|back|sweat\w*|threw up|"
                               r"throwing up|vomit\w*|breath\w*|dizzy|heart|racing|worse|again|then|started|squeez\w*|hurt\w*|"
                               r"ache\w*)\b")
# Not real: "they were filming a movie on my block today, cops and fake blood everywhere" (en_35)
_FAKE_BEFORE = re.compile(r"\b(?<!not )(?<!isnt )(?<!no )(?<!aint )(?<!like )(?:fake|stage|movie) $")
_BLOOD_WORD = re.compile(r"\b(?:blood|bloody|sangre)\b")


# What looked like blood: a red food or paint named ("beet juice all over my counters").
_RED_SPILL = re.compile(r"\b(?:(?:beet|beets|cherry|cranberry|tomato|pomegranate|grape|red|fruit) (?:juice|sauce|soup|wine|dye|paint|"
                        r"jello|syrup|punch|popsicle)s?|ketchup|catsup|marinara|spaghetti sauce|salsa|red wine|hot sauce|nail polish|"
                        r"food coloring|red paint|borscht|kool ?aid|jugo de betabel|salsa de tomate|vino tinto)\b")
# ... with nobody hurt: "blood everywhere, he cut his hand on the ketchup bottle" fires.
_SOMEONE_HURT = re.compile(r"\b(?:cut|cuts|sliced|slashed|stabbed|wound|gash|nose|head|scalp|hand|finger|fingers|wrist|arm|leg|foot|"
                           r"feet|toe|mouth|ear|face|stool|poop|urine|pee|miscarr\w*|pregnan\w*|period|bleeding|bled|bleeds|bleed|hurt|"
                           r"hurts|injur\w*|fell|fall|slipped|landed|knife|glass|broke|broken|split|shot|hit|coughing|vomit\w*|"
                           r"throwing up|threw up|toilet|pad|pads|she|he|hes|shes|him|her|mom|dad|baby|grandpa|grandma|nana|papa|"
                           r"mama|husband|wife|son|daughter|kid|child|dog|cat|under|roommate|partner|pale|dizzy|shak\w*|"
                           r"wont|coming|but|door|faint\w*|weak|cups|my blood|help)\b")


def red_spill_not_blood(normalised: str) -> bool:
    """ "blood everywhere!! beet juice all over my white counters": what looked like blood is named as spilled, not
    denied, and nobody is hurt (also read by bot/safety_net.py)."""
    spill = _RED_SPILL.search(normalised)
    return spill is not None and _SPILLED_AFTER.match(normalised, spill.end()) is not None \
        and not _DENIED_BEFORE_A_SPILL.search(normalised[max(0, spill.start() - 30):spill.start()]) \
        and _SOMEONE_HURT.search(normalised) is None and len(normalised.split()) <= 14


# ... told as what was spilled: "beet juice all over my counters", "spilled the red wine everywhere"
_SPILLED_AFTER = re.compile(r" (?:\w+ )?(?:all over|everywhere|spilled|spilt|on the|on my|splattered|went flying|exploded)\b")
# ... and not denied: "its not beet juice all over the floor, its blood". (This was named `_DENIED_BEFORE` like the
# anchored denial further down, which, defined later, was the one read here.)
_DENIED_BEFORE_A_SPILL = re.compile(r"\b(?:not|no|isnt|wasnt|didnt|aint|never)\b")


# The fakeness denied, not the blood: "no es sangre falsa, hay sangre por todos lados" (a reviewer of the en_35 change)
_FAKE_DENIED_THEN_BLOOD = re.compile(r" sangre (?:falsa|de mentira|de utileria|de halloween|de juguete|pintada) (?:\w+ ){0,3}sangre\b")


def _is_live(m: re.Match[str]) -> bool:
    """Whether a medical match describes something happening now.

    Not when it sits in an if-clause of a question or an instruction, in a
    learning question, in a question about side effects, or next to a time
    that makes it history ("in 2019", "two years ago", "as a kid", "hace dos
    anos", "de nino") - unless a word such as "now" or "again" comes between.
    Only the match's clause is looked at, so "what are the signs of a stroke?
    her face is drooping" fires.
    """
    before, after = _clause_context(m)
    own_now = _own_episode_now(m.string)
    if _INSTRUCTION_IF_BEFORE.search(before) or (_learning_before(before) and not own_now) or _someday(m, before):
        return False
    resolved = (_RESOLVED_AFTER.match(m.string, m.end()) or _winded_as_usual(m)) and not _new_trouble(m.string)
    if _told_laughing(m.string) or resolved or _answered_no(m):
        return False
    if (_SOMEONE_IF_BEFORE.search(before) and not own_now) or _about_a_story(before, after, m.group()) \
            or (_asked_out_of_curiosity(m.string) and not own_now):
        return False
    if _CHEST_SAID_FINE.fullmatch(m.group()) and not _ALARM_AFTER_FINE.search(m.string, m.end()):
        return False  # "my chest is fine today, no pain, just letting the nurse know like she asked" (en_35)
    heard = _WHO_WOULD_HEAR_AFTER.match(after) if _SUPPOSED_IF_BEFORE.search(before) else None
    if heard and len(after[heard.end():].split()) <= 5 and m.string.endswith(after) and not own_now \
            and not _NOW_RE.search(m.string):
        return False  # "if I had a stroke would my daughter get a text from you" (en_39)
    if _A_THING_FELL.fullmatch(m.group()) and _THING_FELL_BEFORE.search(before) \
            and _A_THING_NAMED.search(m.string, 0, m.start()) \
            and not _A_BONE_AFTER.search(m.string, m.start(), m.end() + 40) \
            and not _A_PERSON_DOWN_TOO.search(m.string, m.start()):
        return False  # "... un aparato nuevo pa medir el azucar, el mio se cayo y se quebro" (es_35)
    fit = _A_FIT_AT_A_LINE.match(m.string)  # (the fit's own words only: what is told after it is read as ever)
    if fit and m.start() < fit.end() and not _SIGNS_AFTER_A_LINE.search(m.string) and not _NOW_RE.search(m.string):
        return False  # "casi me da un ataque cuando vi la cola en la farmacia, como 40 personas" (es_35)
    if _DREAMT_BEFORE.search(before) and _WOKE_FINE.search(m.string) and not _URGENT_WORDS.search(m.string):
        return False  # "had a bad dream I was having a heart attack, woke up fine, just shook up" (en_62)
    if _A_CHARACTER_BEFORE.search(before) and not _URGENT_WORDS.search(m.string):
        return False  # "... one of the characters had a stroke at a wedding, very dramatic" (en_60)
    if _story_on_screen(m.string) or (_FAKE_BEFORE.search(before) and m.group().startswith((" blood", " sangre"))
                                      and len(_BLOOD_WORD.findall(m.string)) == 1):
        return False
    if 0 <= _funeral_at(m.string) < m.start() and _HAD_BEFORE.search(before):  # "went to her funeral today, she had a stroke"
        return False
    if _ALMOST_BEFORE.search(before) and (_SHOCK_AFTER.match(after) or _SHOCK_BEFORE.search(before)
                                          or _MEANT_A_PRICE.match(m.string, m.end())
                                          or (_SCARE_NAMED_AFTER.match(m.string, m.end()) and _LAST_TIME.search(before)
                                              and not _NOW_RE.search(m.string))):
        return False
    if _FEARED_BEFORE.search(before) and _SLEEP.search(m.string):  # "afraid to sleep, I might not wake up"
        return False
    if _CONSEQUENCE_BEFORE.search(before):
        return False
    if _PET_BEFORE.search(before):  # "my cat is having a seizure": the vet, not 911
        return False
    if _ALMOST_HAD_BEFORE.search(before):  # "i about had a heart attack, found them all"
        return False
    if _a_question_reported(m, before):
        return False  # "the nurse asked if I had chest pain": a question reported
    if _COULD_GIVE_BEFORE.search(before):  # "si no me cuido me puede dar un derrame": a risk, not an event
        return False
    if _HAD_BEFORE.search(before) and _AFTERMATH.search(m.string, m.end()) and not _NOW_RE.search(m.string):
        return False
    # "feeling fine, no chest pain": a symptom denied ("he has no pulse" keeps its "no"
    # inside the match, so it still fires)
    if _NEGATED_BEFORE.search(before) and not _CONTRAST_AFTER.search(m.string, m.end()) \
            and not _FAKE_DENIED_THEN_BLOOD.match(m.group()):
        return False
    what_if = _WHAT_IF_BEFORE.search(before)
    if what_if and not own_now and not _PRESENT_STATE.search(before[what_if.start():] + m.group()[1:]):
        return False
    if _SAID_IF_BEFORE.search(before) and _CALL_AFTER.search(after):
        return False
    # "What does a heart attack feel like?", "como se siente un infarto"
    if _WHAT_FEELS_BEFORE.search(before) and (_FEELS_LIKE_AFTER.match(after) or before.endswith(("siente ", "ve ", "nota "))) \
            and not own_now:
        return False
    if _SIDE_EFFECT_AFTER.match(after):
        return False
    if _asked_in_general(m.string) and not own_now:
        return False
    # "no chest pain since the stent", "no ha tenido convulsiones desde marzo"
    if _DENIED_BEFORE.search(before) and _SINCE_AFTER.match(after):
        return False
    if _long_ago_and_since_then(m) or _long_ago_and_fine_now(m):
        return False
    if _back_again_now(m):  # a time long past, then the same thing back now
        return True
    past_before = _PAST_BEFORE.search(before)
    if past_before and not _NOW_RE.search(before, past_before.end()):
        return _NOW_RE.search(m.group()) is not None
    inside = _PAST_RE.search(m.group())
    if inside and not _NOW_RE.search(m.group(), inside.end()):
        return False
    if _PAST_AFTER.match(after) or _was_long_ago(m, before, after) or _ended_as_history(m.string):
        return False
    had = _HAD_THEN_AFTER.match(after)
    return had is None or _BACK_AFTER.search(after, had.end()) is not None or _AGAIN_BEFORE.search(before) is not None


# A story closed by when it was, as its last words, with nothing of now in it: "When my husband had his heart attack
# the ambulance took 20 minutes. That was 10 years ago." (en_71)
# Only a story opened with "when": "dad collapsed 10 minutes ago and not breathing, he had a heart attack before, that
# was 5 years ago" tells something now (its reviewer)
_ENDED_AS_HISTORY = re.compile(rf" (?:that|this|it|all that|all this) (?:was|happened) (?:\w+ )?{_PAST} ?$")
_TOLD_AS_NOW = re.compile(rf"\b(?:{_NOW}|is|are|im|shes|hes|having|cant|wont|isnt|not|tonight|am)\b")


@functools.lru_cache(maxsize=16)
def _ended_as_history(text: str) -> bool:
    """Once per message, not per match (a long message has thousands of matches)."""
    return text.startswith(" when ") and _ENDED_AS_HISTORY.search(text[-200:]) is not None \
        and _TOLD_AS_NOW.search(text) is None


# A dream told, and waking well: nothing happening.
_DREAMT_BEFORE = re.compile(r"\b(?:dream\w*|nightmare)(?: (?:that|about|where))? (?:i|she|he|mom|dad|my \w+) (?:was|were|had|is) "
                            r"(?:(?:having|getting) )?(?:an? )?$")
_WOKE_FINE = re.compile(r"\b(?:woke up|awake now|am up)(?: \w+){0,2} (?:fine|ok|okay|alright|all right|good)|\bjust (?:a dream|shook up|shaken)\b")


# A character in a story: nobody real.
_A_CHARACTER_BEFORE = re.compile(r"\b(?:a|the|one of the|this|that|main|her|his) (?:main )?characters? (?:\w+ ){0,3}$")


# A crisis supposed, and the writer asks how the service would answer it: "if I had a stroke would my daughter
# get a text from you" (en_39). Only "had / ever have / were to have" (not "if im having", not "not sure if"), then
# who would hear or be told, a few words at most after it, and nothing of now anywhere.
_SUPPOSED_IF_BEFORE = re.compile(
    r"(?<!know )(?<!sure )(?<!tell )(?<!idk )(?<!wonder )(?<!wondering )(?<!see )(?<!unsure )(?<!check )"
    r"\bif (?:i|she|he|we|mom|dad|my (?:mom|mother|dad|father|husband|wife|son|daughter)) (?:ever )?"
    r"(?:had|ever have|ever had|were to have|was to have|should have|should ever have) (?:an? |another )?$")
_WHO_WOULD_HEAR_AFTER = re.compile(
    r"^ (?:would|will|does|do|could|can) (?:you|u|yall|my \w+|the (?:hospital|nurse|doctor|care team|case manager|team|system)|"
    r"someone|somebody|anyone|they|this (?:service|thing|number|app|program)) (?:\w+ ){0,2}?"
    r"(?:get|be told|be notified|be alerted|know|find out|text|call|tell|notify|alert|hear|send|contact|reach)\b")
# A fit, almost, at the sight of a long line, in Spanish; nothing of the body told besides.
# (... or at any sight: "uy casi me da un ataque cuando vi a mi nieta con el pelo azul", es_68)
_A_FIT_AT_A_LINE = re.compile(r"^ (?:uy |ay |no manches |hijole )?casi (?:me|le|nos) (?:da|dio|daba) (?:un |el )?(?:ataque|patatus|"
                              r"soponcio|infarto) (?:cuando vi|al ver|de ver|cuando (?:me )?(?:dijeron|conto|llego)|con)\b")
_SIGNS_AFTER_A_LINE = re.compile(r"\b(?:salio (?:en )?\d{2,3}|rar[oa]|confundid[oa]|sud\w*|tembl\w*|piso|suelo|desmay\w*|dolor|duele|pecho|respir\w*|azucar|morad[oa]|"
                                 r"mare\w*|ahog\w*|no (?:puedo|puede|se) |sangr\w*|brazo|cara|habla)\b")
# A thing that fell and broke, in Spanish, told by "el mio" or its name just before: "donde me dan un aparato nuevo
# de esos pa medir el azucar, el mio se cayo y se quebro" (es_35). Only with a thing named before the fall.
_A_THING_FELL = re.compile(r" se (?:me |le )?cayo y se (?:quebro|rompio)")
_THINGS_THAT_BREAK = (r"(?:aparato|aparatito|medidor|glucometro|telefono|celular|tele|television|lentes|anteojos|vaso|plato|"
                      r"control|tablet|computadora|reloj|bascula|cargador)")
_THING_FELL_BEFORE = re.compile(rf"\b(?:el mio|la mia|lo mio|(?:el|la|mi|los|las|mis) {_THINGS_THAT_BREAK})(?: \w+)? $")
# ... and no bone or body part in it or just after it ("... se quebro la cadera" is a person)
_A_BONE_AFTER = re.compile(r"\b(?:cadera|brazo|pierna|cabeza|muneca|pie|mano|"
                           r"costillas?|hueso|nariz|tobillo|rodilla|hombro|espalda|cara|diente|dientes)\b")
# ... nor a person down too: "mi baston se cayo y yo tambien, no me puedo levantar" (a reviewer's find)
_A_PERSON_DOWN_TOO = re.compile(r"\b(?:tambien|yo|ella|el|mi (?:mama|mami|papa|esposo|esposa|hijo|hija|abuel\w+)|piso|suelo|"
                                r"levant\w*|par\w*|no responde|sangr\w*|golpe\w*|duele)\b")
_A_THING_NAMED = re.compile(rf"\b{_THINGS_THAT_BREAK}s?\b")


# A time long past, the event, then what changed since: "el ano pasado me llevaron al hospital
# porque se me bajo el azucar y me desmaye en la iglesia, desde entonces traigo dulces".
_SINCE_THEN_AFTER = re.compile(r"(?: \w+){0,6}? (?:since then|ever since|from then on|desde entonces|desde ese dia|"
                               r"desde esa vez|de ahi en adelante|desde ahi)\b")
# "Once", opening the story: "una vez me desmaye por no comer, desde ahi siempre traigo un dulce" (es_29); only
# with "since then" after it (a reviewer of the en_33 change: "una vez mi esposo me amenazo ... y la tiene en la mano")
_ONCE_OPENING = re.compile(r"^ (?:una vez|once)(?! (?:mas|al|a la|por|cada|que|otra|more|again|a)\b)")


def _long_ago_and_since_then(m: re.Match[str]) -> bool:
    if _SINCE_THEN_AFTER.match(m.string, m.end()) is None:  # anchored and short: first
        return False
    return _told_long_ago(m.string, m.start()) or _ONCE_OPENING.match(m.string) is not None


# Something that has just begun, in Spanish: "de repente", "empezo hace 10 min".
_ES_SUDDEN = (r"\b(?:de repente|de pronto|empezo|comenzo|hace (?:\w+ )?(?:min|mins|minutos|rato|ratito)|ahorita|"
              r"desde hace (?:\w+ )?(?:min|mins|minutos|rato))\b")
# ... or what is true of it now: "el ano pasado mi mama estuvo en el hospital por un infarto,
# ahora ya esta bien"; "I fell last winter on the ice but I'm fine now" (es_21, en_25)
# One word may come between the person and "fine" ("shes doing fine now", "im all better now"), never a denial:
# "im not ok now", "she's not fine now" are the opposite (a reviewer of the en_32 change found it in one copy).
_UNLESS_DENIED = r"(?:(?!not |no |never )\w+ )?"
_FINE_NOW = (
    r" (?:(?:but|and|y|pero) )?(?:(?:im|i am|shes|she is|hes|he is|theyre|they are|were|we are|mom is|dad is|"
    rf"moms|dads) {_UNLESS_DENIED}(?:fine|ok|okay|good|better|all better|recovered|doing (?:fine|good|well|great|better)) now|"
    r"(?:ahora |hoy )?ya (?:esta|estoy|anda|ando|se siente|me siento|estamos) (?:bien|mejor|recuperad[oa]s?)|"
    # "mom dozed off in her chair and I couldnt wake her for a sec, ... shes up and grumpy now" (en_70)
    r"(?:shes|hes|she is|he is) (?:up|awake) and (?:\w+ )?(?:grumpy|talking|fine|ok|okay|eating|laughing|herself|himself|normal)"
    r"(?: again)?(?: now)?|"
    # "had a dizzy spell last week when I stood up too fast, it passed and hasn't come back" (en_69)
    r"(?:it|that) (?:passed|went away|stopped) and (?:it )?(?:hasnt|has not|hadnt|never) (?:come back|came back|happened (?:again|since))|"
    # ("hace dos años mi mama estuvo en el hospital por un coma diabetico, ahora esta mucho mejor", es_57)
    r"(?:ahora|ahorita) (?:ya )?(?:esta|estoy|anda|ando) (?:mucho |muy |bastante )?(?:bien|mejor))\b(?! (?:\w+ )?(?:but|pero)\b)"
)
_FINE_NOW_AFTER = re.compile(rf"(?: \w+){{0,6}}?(?P<fine>{_FINE_NOW})")
# What may follow "fine now": thanks, a blessing, "though" ("gracias a dios").
# Said for the chart, in English: a tail after "fine now" and a message's whole purpose (`_FOR_THE_RECORD_END`).
_FOR_THE_CHART = r"(?:for the record|for (?:her|his|my|the) (?:chart|file|records?))"
_NOTHING_AFTER = re.compile(r"(?: (?:thanks|thank you|thank god|thx|gracias|gracias a dios|a dios gracias|bendito sea dios|"
                            r"lol|haha|just so you know|fyi|though|tho|todo bien|(?:solo|nomas|nada mas) les (?:cuento|aviso|platico)|"
                            # told for the record (es_36): "... y todo bien, solo queria que supieran"
                            rf"(?:i )?just wanted (?:you|to let you|yall) (?:to )?know|{_FOR_THE_CHART}|"
                            r"(?:solo|nomas|nada mas) (?:queria )?(?:que (?:lo )?(?:supieran|sepan|supiera|sepa)|"
                            r"para que (?:lo )?(?:sepan|supieran|quede en (?:su|el) expediente))|para que (?:lo )?sepan))* *$")
_FINE_NOW_RE = re.compile(_FINE_NOW)


# Someone else's trouble told from a distance, the message ending that they are fine: "my sister
# fell and broke her hip down in florida, she's okay now", "my neighbor called 911 last night for her
# husband, ambulance lights everywhere, he's fine now" (en_32). Only of someone else, and only with
# a time or a place that is not here and now: the writer's own "I'm fine now" is not vetted here.
_OTHERS_FINE_AFTER = re.compile(
    r"(?: \w+){0,8}? (?:(?:but|and) )?(?:shes|she is|hes|he is|theyre|they are|everyones|everyone is|everybody is) "
    rf"{_UNLESS_DENIED}(?:fine|ok|okay|alright|all right|doing (?:fine|ok|okay|well|better)) now\b"
    # "ayer mi vecina se puso mal y vino la ambulancia, gracias a dios ya esta en su casa" (es_62)
    r"|(?: \w+){0,8}? (?:(?:y|pero) )?(?:gracias a dios )?(?:ya|ahora) (?:esta|estan|anda) (?:bien|mejor|en su casa|"
    r"de (?:vuelta|regreso) en (?:su )?casa)\b")
# ... someone who does not live with the writer (not mom, a husband or a child: a reviewer's finds) ...
_NOT_AT_HOME = re.compile(r"\b(?:neighbou?r|sister|brother|friend|cousin|aunt|uncle|coworker|co worker|in law|niece|nephew)s?\b|"
                          r"\b(?:vecin[oa]|herman[oa]|amig[oa]|prim[oa]|ti[oa]|comadre|compadre|cunad[oa]|sobrin[oa])s?\b")
_HOUSEHOLD = re.compile(r"\b(?:my (?:husband|wife|son|daughter|kids?|baby|grandson|granddaughter)|mom|mother|dad|father|grandma|"
                        r"grandpa|me|i|my ex|mi (?:esposo|esposa|hij[oa]|nieto|nieta|mama|mami|papa|papi)|yo)\b")
# ... in a place that is not here, or gone home since: "down in florida", "last night ... ambulance lights"
_ELSEWHERE_OR_EARLIER = re.compile(
    r"\b(?:ayer|anoche|antier|el otro dia|el fin de semana|"
    r"last night|yesterday|the other day|over the weekend|(?:down|out|back) in \w+|in (?:florida|texas|california|"
    r"arizona|georgia|mexico|puerto rico|another state))\b")


# ... with nothing new told: "... last sunday and again today, she's fine now" (a reviewer of the en_39 change)
_AGAIN_OR_TODAY = re.compile(r"\b(?:again|today|this morning|this afternoon|tonight|just now|right now|an hour ago|"
                             r"otra vez|de nuevo|hoy|esta manana|esta noche|ahorita|ahora mismo)\b")


def _someone_elsewhere_fine_now(m: re.Match[str]) -> bool:
    fine = _OTHERS_FINE_AFTER.match(m.string, m.end())
    if fine is None or not _NOTHING_AFTER.match(m.string, fine.end()) or _new_trouble(m.string):
        return False
    told = m.string[max(0, m.start() - 300):fine.end()]  # the story so far, over clauses ("..., ambulance ...")
    whose = m.string[max(0, m.start() - 300):m.end()]
    return _ELSEWHERE_OR_EARLIER.search(told) is not None and _NOT_AT_HOME.search(whose) is not None \
        and not _AGAIN_OR_TODAY.search(told) \
        and _HOUSEHOLD.search(whose) is None


def _long_ago_and_fine_now(m: re.Match[str]) -> bool:
    if _someone_elsewhere_fine_now(m):
        return True
    fine = _FINE_NOW_AFTER.match(m.string, m.end())  # anchored and short: first
    if fine is None or not _NOTHING_AFTER.match(m.string, fine.end()):
        return False
    before, _ = _clause_context(m, chars=300)  # the same clause: "a stroke 2 years ago. an hour ago ..." is new
    if _told_long_ago(before, len(before)):
        return True
    # ... or a choking told over at a holiday, with no word of now anywhere: "her kid choking on a grape at
    # thanksgiving, he's ok now" (en_26). Not passing signs of the heart or a stroke, and not "we're at thanksgiving".
    told = before + m.string[m.start() + 1:fine.start("fine")]
    return _CHOKING.match(m.group()) is not None and _HOLIDAY.search(told) is not None and not _NOW_RE.search(told) \
        and not _RECENT.search(told) and not _AT_IT_NOW.search(m.string)


# ... or a scare called off: "she's fine, false alarm earlier, she just got up too fast and sat back down and she's good now"
# (en_59: the model's check-in, an urgent page). Not with anything new told.
_FALSE_ALARM = re.compile(r"\b(?:false alarm|falsa alarma)\b")


def _all_clear(normalised: str) -> bool:
    return _FALSE_ALARM.search(normalised) is not None and not _new_trouble(normalised)


def long_ago_and_fine_now(text: str) -> bool:
    """The message tells of something long past and ends saying all is well now ("I fell
    last winter on the ice but I'm fine now"), or asking that it go in the chart: the
    classifier's emergency gives way to it. Not when anything follows ("... im better now.
    my incision is red and im burning up")."""
    normalised = _prepare(text or "")
    if any(_NOTHING_AFTER.match(normalised, f.end()) and (_told_long_ago(normalised, f.start()) or _all_clear(normalised))
           for f in _FINE_NOW_RE.finditer(normalised)):
        return True
    # ... or ends asking that the chart say so: "mom was in the ER last year for breathing trouble, want to make sure
    # her chart says that" (en_40)
    kept = _FOR_THE_RECORD_END.search(normalised)
    return kept is not None and _told_long_ago(normalised, kept.start()) and not _STILL.search(normalised) \
        and not _NOW_RE.search(normalised) and not _new_trouble(normalised) and not _A_STATE_NOW.search(normalised)


# ... with nothing told of how anyone is, nor a means at hand (reviewers' finds: "dad was hospitalized last year for
# low sugar, hes acting weird and not making sense, for the record", "... pills counted out on the table, for the record")
_A_STATE_NOW = re.compile(r"\b(?:is|are|am|im|hes|shes|theyre|has been|have been|keeps?|cant|cannot|wont|esta|estoy|estan|"
                          r"tiene|tengo|no puede|no puedo|anda|ando|pills|gun|rope|knife|note|minute|minutes|hour|hours|"
                          # ... nor harm done by someone: "last week my husband hit me and pushed me down the stairs, for
                          # the record" (found by running the reviewers' probes again)
                          r"hit|hits|pushed|shoved|beat|beats|beaten|choked|slapped|punched|kicked|threat\w*|abus\w*|pego|"
                          r"golpe\w*|amenaz\w*|overdos\w*|suicid\w*|kill\w*|hurt\w*)\b")
_FOR_THE_RECORD_END = re.compile(
    r" (?:(?:(?:i )?(?:want|wanted|need|needed) to |just )?(?:make sure|check) (?:that )?(?:her|his|my|the|moms|dads) "
    r"(?:chart|file|records?|notes?)(?: (?:says|shows|has|lists|includes|mentions)(?: (?:that|it|this))?)?"
    rf"|(?:just )?{_FOR_THE_CHART}"
    r"|(?:nomas |solo )?para que (?:quede|este) en (?:su|el|mi) expediente)(?: (?:thanks|thank you|gracias|please|pls))? *$")


# A holiday as when it happened, only for a choking said to be over ("her kid choking on a grape at
# Thanksgiving, he's ok now", en_26): elsewhere "at thanksgiving" may be today.
_CHOKING = re.compile(r" (?:chok\w*|atragant\w*|se atoro)")
_AT_IT_NOW = re.compile(r"\b(?:were at|we are at|im at|i am at|its|happy|tonight|today|right now|hoy|ahorita)\b")
_HOLIDAY = re.compile(r"\b(?:at|on|over|for|during|en) (?:thanksgiving|christmas|easter|new years|halloween|the holidays|"
                      r"the fourth of july|july 4th|navidad|ano nuevo|semana santa|dia de accion de gracias)\b")


# A new event's time: "a stroke 2 years ago. an hour ago my arm went numb".
_RECENT = re.compile(r"\b(?:an? hour ago|hours? ago|minutes? ago|mins? ago|last night|this morning|this afternoon|tonight|"
                     r"yesterday|today|anoche|ayer|hoy|esta manana|esta tarde|hace (?:un )?rato|hace (?:\w+ )?(?:horas?|minutos?))\b")


def _told_long_ago(normalised: str, end: int) -> bool:
    """A time long past before `end` in the same story ("last winter", "el ano pasado"), and
    nothing since that brings it back to now."""
    start = max(0, end - 300)  # the same story, not the whole of a huge message (linear time)
    past = _PAST_RE.search(normalised, start, end)
    return past is not None and not _NOW_RE.search(normalised, past.end(), end) \
        and not _RECENT.search(normalised, past.end(), end)


def _an_attempt_long_past_told_for_the_record(m: re.Match[str]) -> bool:
    """The whole message: a time long past, the act, all well now, and at most a word of why it is told ("just telling
    the new nurse", "is that in my chart"). Anything else keeps it a crisis (reviewers' finds: "... i just keep staring at
    the medicine cabinet", "... i wish it had worked")."""
    before, after = m.string[:m.start()], m.string[m.end():]
    if not _told_long_ago(m.string, m.start()) or len(before.split()) > 6 or _AGAIN_OR_MEANS.search(before + " " + after):
        return False
    well = _WELL_NOW.search(after)
    if well is None:
        return False
    rest = _FOR_THE_RECORD_TAIL.sub(" ", after[:well.start()] + " " + after[well.end():])
    return all(word in _CLOSING_WORDS for word in rest.split())


_FOR_THE_RECORD_TAIL = re.compile(r"\b(?:just )?(?:telling|letting|wanted to tell|want to tell|want|wanted) (?:\w+ ){0,3}?"
                                  r"(?:nurse|doctor|psychiatrist|therapist|team|you|counselor|case manager|know)"
                                  r"(?: (?:since|because|cause) (?:she|he|they) asked(?: (?:about )?my history)?)?|"
                                  r"(?:is|was) (?:that|it|this) in my (?:chart|record|file)|for (?:my|the) (?:chart|record|file)|"
                                  r"(?:my|the) (?:therapist|doctor|psychiatrist|counselor) knows|got help (?:back )?then|"
                                  r"thank you for checking on me|thanks for checking")
_CLOSING_WORDS = frozenset("now these days for years a while long time since then and so very much really thank thanks you "
                           "ok okay lol".split())


# All well now, and what turns the story back to danger (the rule for an overdose on purpose)
_WELL_NOW = re.compile(r"\b(?:(?:im|i am|ive been|i have been|been) (?:in a (?:much )?(?:good|better|great|healthy) place|(?:doing )?"
                       r"(?:fine|ok|okay|good|well|great|better|much better|stable|safe)(?: now| these days| for years)?|"
                       r"sober|clean)|(?:got|getting) help (?:back )?then)\b")
_AGAIN_OR_MEANS = re.compile(r"\b(?:again|lately|recently|tonight|today|thinking|think about|thoughts|want to|wanting|urge|plan|"
                             r"pills|bottle|stockpil\w*|but|though|except|still|this time|right|another|do it|going to|gonna|"
                             r"when i need|guns?|pistol|rifle|shotgun|revolver|firearm|handgun|ammo|rope|knife|wish\w*|worked|"
                             r"should have|swallow\w*|took|taken|overdos\w*)\b")
# A loaded gun at a hunt or a range, or a tool that is called a gun (the rule for a loaded gun and "im done")
_HUNT_OR_RANGE = re.compile(r"\b(?:deer|duck|turkey|season|range|target|for the day|for today)\b")
_NOT_A_FIREARM = re.compile(r"\b(?:glue|staple|nail|caulk|caulking|paint|spray|water|nerf|toy|heat|hot glue|massage|grease)\b")


# Asking who teaches it, as the whole message: "do they teach cpr to regular people" (en_45); not "teach me cpr fast",
# "someone teach people cpr here a man just dropped" (reviewers' finds: a plea, something happening)
_ASKS_WHO_TEACHES_CPR = re.compile(
    r"^ ?(?:do|does|will|would|where|who|is there (?:\w+ )?(?:place|class|anyone) (?:that|who|to)) (?:\w+ ){0,4}?(?:teach|teaches|offer|offers) "
    r"(?:\w+ ){0,2}?(?:cpr|first aid)(?: (?:class|classes|course|courses|training))?(?: (?:to|for) (?:\w+ ){0,2}(?:people|folks|seniors|"
    r"families|caregivers|anyone|public|us|patients|family members))?(?: (?:there|here|at st marys|at the hospital|for free|free))? ?$")


# CPR taught or practised on a doll or at a class: "My granddaughter is a nurse and she taught me CPR on a doll today"
# (en_58); not with anyone's state told, or anything urgent ("... taught me cpr, now dad isnt breathing")
_CPR_PRACTISED = re.compile(r"\b(?:taught|teaches|teaching|showed|learned|learnt|practiced|practicing|practised|practising) "
                            r"(?:me |us |them |her |him |my \w+ )?(?:how to (?:do )?)?cpr\b(?= .*\b(?:doll|dummy|mannequin|manikin|"
                            r"class|course|training)\b)")
_SOMEONE_IN_TROUBLE = re.compile(r"\b(?:breath\w*|not moving|wont wake|unresponsive|collapsed|dropped|blue|pulse|help|911|hurry|"
                                 r"now|right now|please|cant|isnt|wont)\b")


def _cpr_practised(text: str) -> bool:
    return _CPR_PRACTISED.search(text) is not None and not _SOMEONE_IN_TROUBLE.search(text)


# "chest pain i had last month went away" (not "... is back", "... again now")
_HAD_THEN_AFTER = re.compile(rf" (?:that |which )?(?:i|he|she|we|they|mom|dad) (?:had|got|felt) (?:\w+ ){{0,2}}?{_PAST}\b")
# "having the same chest pain i had 2 years ago": it is here again
_AGAIN_BEFORE = re.compile(r"\b(?:same|like|similar|kind of|having|have|got|feel|feeling|again)(?: (?:the|that|this|a|an|some))? $")
_BACK_AFTER = re.compile(rf"\b(?:back|returned|came back|coming back|{_NOW})\b")


# Told laughing ("i almost fainted lol", "heart attack on a plate haha", "laughing so hard
# i couldnt breathe"): a joke, unless the same message asks for help.
_LAUGHTER = re.compile(
    r"\b(?:lol\w*|lmf?ao\w*|rofl|(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:je){2,}|jk|"
    r"laugh|laughs|laughing|laughed|kidding|joking)\b"
)
_URGENT_WORDS = re.compile(r"\b(?:help|911|ambulance|hurry|please|pls|plz|right now|ayuda|ahorita|auxilio|actually|for real|"
                           r"seriously|no really|not kidding|not joking|en serio|de verdad|no es broma|not a joke|im serious)\b")


def _told_laughing(text: str) -> bool:
    """Looked up once per message (``_prepare``): a rule may vet thousands of matches."""
    found = getattr(text, "laughing", None)
    if found is None:
        found = _LAUGHTER.search(text) is not None and _URGENT_WORDS.search(text) is None and not _turned_serious(text)
    return found


# The laugh left behind: "watching house md, why do i watch this lol, anyway i just took the whole bottle of my xanax" (the
# reviewer of the en_63 change): what follows "anyway", "but seriously" after the last laugh is told in earnest.
_TURNED_SERIOUS = re.compile(r" (?:anyway|anyways|but|seriously|but seriously|for real|ok but|okay but|pero|en serio|"
                             r"pero en serio|bueno pero|ahora en serio)\b")


def _turned_serious(text: str) -> bool:
    """... and only when what follows the turn is read as a crisis on its own ("lol but I got them down" is not; there is
    no laugh after the last one, so this reads each message at most once more)."""
    last = None
    for last in _LAUGHTER.finditer(text):
        pass
    if last is None:
        return False
    if _A_CHILD_INTO_PILLS.search(text) and not _NOT_PILLS_AFTER_ALL.search(text):
        return True  # "lol my 3yo got into my pill organizer and ate a bunch of them": no laugh makes it a joke
    turned = _TURNED_SERIOUS.match(text, last.end())
    if turned is not None and _assess(text[last.end():]).kind is not Kind.NONE:
        return True
    # a sign after a turn, or in the last words ("... hes shaky and passed out tho"), and not resolved after it
    turn = _TURNED_SERIOUS.search(text, last.end())
    unwell = _UNWELL_AFTER_THE_TURN.search(text, turn.end()) if turn is not None else None
    unwell = unwell or _UNWELL_AFTER_THE_TURN.search(text, max(last.end(), _start_of_last_words(text)))
    return unwell is not None and _WOKE_OR_FINE_AFTER.search(text, unwell.end()) is None


# ... or what follows the last laugh names someone unwell now, milder words than a crisis on their own, with a turn or not:
# "he took all of them this morning. he says hes fine for the week lol but hes super dizzy and fell" (the reviewer of the
# en_66 change), "lmao dad took double his insulin no big deal... hes shaky and passed out tho" (of the en_68 change)
# A small child into medicine or something poisonous: "my 4 year old ate some of my glipizide", "the baby swallowed a button
# battery", "my nephew (2) drank some of the lamp oil" (the reviewer of the en_69 change); no laugh makes it a joke
_SMALL_CHILD = (r"(?:\d+ ?(?:yo|y o|year old|yr old|month old|months old)|toddler|baby|grandbaby|grandkids?|nephew|niece|twins|little one|"
                r"kids?|nino|nina|bebe)")
_SWALLOWED_BY_A_CHILD = (rf"{_SMALL_CHILD} (?:\w+ ){{0,3}}(?:ate|swallowed|chewed|drank|got into|has been into|se comio|se trago|se tomo) "
                         rf"(?:\w+ ){{0,4}}(?:{_MEDS}|glipizide|pastillas|medicinas?|button batter(?:y|ies)|batter(?:y|ies)|lamp oil|bleach|"
                         r"detergent|laundry pods?|cleaner|antifreeze|lighter fluid|rat poison|poison|cloro|pila|pilas)\b")
_A_CHILD_INTO_PILLS = re.compile(_SWALLOWED_BY_A_CHILD)
# ... not candy, nor an empty box (the reviewer of the en_69 change)
_NOT_PILLS_AFTER_ALL = re.compile(r"\b(?:tic tacs?|candy|candies|mints?|gummy|gummies|pretend|was empty|were empty|it was empty)\b")
_WOKE_OR_FINE_AFTER = re.compile(r"\b(?:woke up|came to|(?:is|s|im|shes|hes) (?:fine|ok|okay|better) now|fine now|ya esta bien|"
                                 r"ya desperto|before (?:noon|lunch|ten|eleven|nine|\d+)|teenagers?|snoring)\b")
_A_METER_ERROR = re.compile(r"\b(?:error|err|codigo|code)\b")
_A_THING_FOR_AIR = re.compile(r"\b(?:colchon|inflable|alberca|llanta|pelota|globo|sala|cuarto|mask|mascara|cpap|aire acondicionado)"
                              r"(?: \w+){0,3} $")
_A_BABY = re.compile(r"\b(?:baby|babies|infant|newborn|\d+ months? old|bebe)\b")
_NUMBED_OR_A_BABY = re.compile(r"\b(?:novocaine|novacaine|numbing|dentist|dental|anesthe\w*|teething|baby|infant|toddler)\b")


def _start_of_last_words(text: str, words: int = 6) -> int:
    cut = len(text)
    for _ in range(words):
        cut = text.rfind(" ", 0, cut)
        if cut <= 0:
            return 0
    return cut


_UNWELL_AFTER_THE_TURN = re.compile(r"\b(?:(?:im|i am|hes|he is|shes|she is|theyre|they are|moms|dads|esta|estoy) (?:\w+ ){0,2}"
                                    r"(?:dizzy|drowsy|confused|out of it|slurring|mareado|mareada|confundid[oa])|"
                                    r"(?:fell|fainted|passed out|wont wake|cant wake|se cayo|se desmayo|worst headache|cant breathe))\b")


_LAUGHING_TAIL = re.compile(r"(?: (?:lol\w*|lmf?ao\w*|rofl|(?:ha){2,}h?|jk|just kidding|kidding|haha\w*|hehe\w*|smh|plz|pls|please))+ *$")


def _a_joke_s_tag_line(m: re.Match[str]) -> bool:
    """ "... send help lol" closing a short message about an everyday load that, without it, reads no danger at all."""
    if _LAUGHING_TAIL.match(m.string, m.end()) is None or _LAUGHTER.search(m.string, m.end()) is None:
        return False
    rest = m.string[:m.start()]
    if not _EVERYDAY_BURDEN.search(rest) or _BODY_OR_THREAT.search(rest) or len(rest.split()) > 12:
        return False
    from bot import safety_net  # (it builds on this module)
    return not safety_net.reads_danger(rest)


# What a joking "send help" may follow: an everyday load, named ("so many forms to fill out", "the grandkids are here all
# week", "pulled a muscle laughing at my sister"), with nothing of the body or a threat beside it (reviewers' finds: "my
# husband is acting weird and cant get his words out send help lol", "my ex is outside with a bat send help lol")
_EVERYDAY_BURDEN = re.compile(r"\b(?:paperwork|forms?|grandkids|kids|meeting|printer|mother in law|in laws|diet|homework|taxes|laundry|"
                              r"dishes|cleaning|laughing|laughed|traffic|on hold|emails?|visitors|guests|relatives|party|wedding|"
                              r"shopping|cooking|recipes?|puzzle|crossword|remote|tv|phone|app|website|portal|password)\b")
_BODY_OR_THREAT = re.compile(r"\b(?:weird|words|dizzy|spinning|throw\w* up|threw up|vomit\w*|pain|hurts?|burst|bleed\w*|blood|breath\w*|"
                             r"chest|head|fell|fall|faint\w*|passed out|numb|ex|outside|bat|gun|knife|door|window|broke in|"
                             r"scared|help me|\d+ ?/ ?10|heart|racing|pounding|spots|vision|see|seeing|pills?|meds?|took|twice|"
                             r"double|arm|swell\w*|sick|fever|shak\w*|sugar|pressure)\b")


# "Feeling short of breath? no. Swelling? no.": a checklist answered no (the next clause
# is the answer alone; "se esta ahogando, no le entra el aire" is not an answer).
_NO_ANSWERS = frozenset({"no", "nope", "none", "nah", "negative", "not really", "no no", "no not at all"})


def _answered_no(m: re.Match[str]) -> bool:
    s = m.string
    starts = getattr(s, "clause_starts", (0,))
    j = bisect.bisect_left(starts, m.end())
    if j >= len(starts) or starts[j] != m.end():
        return False
    end = starts[j + 1] if j + 1 < len(starts) else len(s)
    return s[starts[j]:end].strip() in _NO_ANSWERS


# "Just curious", "asking ahead of time", "for my class": a question, whatever it names.
_CURIOUS = re.compile(
    r"\b(?:just (?:curious|learning|wondering|asking)|asking for (?:a|my) (?:class|friend|training|job)|"
    # "what do I do if someone near me is having a seizure? asking in general" (en_65)
    r"(?:just )?asking in general|(?:a |just a )?general question|pregunto en general|"

    # "Is chest pain always a heart attack? Just reading about it for my own peace of mind" (en_66); only as the message's
    # last words ("... just reading about it, but my chest is really tight right now", its reviewer)
    r"(?:just )?reading (?:about it|up on it|up on this)(?: for (?:my )?(?:own )?peace of mind)? ?$|"
    r"for (?:my )?(?:own )?peace of mind ?$|(?:solo |nomas )?(?:estoy )?leyendo (?:sobre|de|acerca de) (?:eso|esto)"
    r"(?: para mi (?:propia )?tranquilidad)? ?$|para mi (?:propia )?tranquilidad ?$|"
    r"ahead of time|for (?:future reference|the future|later|my (?:class|training|job|cna|nursing))|"
    # "I'm a nursing student, what are the signs someone is having a heart attack" (en_41)
    r"(?:im|i am) (?:a|an) (?:nursing|medical|cna|emt|pharmacy|nurse|med) student|"
    # "what are the signs someone is having a stroke, we're doing first aid training at work" (en_68)
    r"(?:doing|taking|have|had|in|for) (?:a |our |the )?(?:first aid|cpr|bls|cna) (?:training|class|course|certification)|"
    r"(?:my |our |the )?(?:cpr|first aid|bls) (?:instructor|teacher|class) said|(?:clase|curso) de primeros auxilios|"
    # a word asked in another language, for school: "como se dice shortness of breath en español? es para una tarea de
    # enfermeria" (es_65)
    r"(?:para|pa) (?:una|la|mi) (?:tarea|clase|escuela)(?: de (?:enfermeria|ingles|medicina))?|"
    r"(?:como se dice|how do you say|how do i say) (?:\w+ ){1,5}(?:en|in) (?:espanol|ingles|spanish|english)|"
    r"want(?:ed)? to (?:know|learn) (?:the )?(?:signs|what to (?:look|watch) (?:out )?for)|solo (?:por )?curiosidad|"
    r"(?:pregunto |es )?(?:por|de) (?:pura )?curiosidad|por si acaso|"
    r"in case (?:something|anything) (?:ever )?happens|(?:just )?(?:want|wanted|trying) to be prepared|nothing (?:is )?happening (?:right )?now|asking because (?:i|we) (?:read|saw|heard)|"
    # "is it a heart attack if your arm hurts? asking because my friend's husband had one last year" (en_33)
    r"asking because (?:my|a|our|her|his) (?:\w+ ){0,3}had one (?:last (?:year|month|spring|summer|fall|winter)|"
    r"(?:a|one|two|three|\d+|a few|a couple of) (?:years?|months?) ago|years ago|a while (?:ago|back)))\b"
)
# ... unless a sign of danger is told beside it: "short of breath, can barely talk, just want to
# know what to look for" is happening.
_DANGER_TOLD = re.compile(
    r"\b(?:can|could) barely (?:breathe|talk|speak|catch|stand|move)\b|"
    r"\b(?:i|im|she|shes|he|hes|mom|dad|my \w+) (?:\w+ )?(?:cant|cannot|can not|couldnt|could not) "
    r"(?:breathe|talk|speak|catch|wake|stand|move)\b|\b(?:is|im|are|shes|hes) (?:turning|turned|going) (?:blue|gr[ae]y)\b|"
    # a sign told now beside the "just curious": "just curious, my husband has crushing chest pain and is sweating"
    # (a person's, not a question's: "is it a heart attack if you have chest pain and are sweating? asking for my class")
    r"\b(?:is|im|shes|hes|esta|estoy|anda) (?:\w+ )?(?:sweating|sudando|sudad[oa]|passing out|desmayandose|vomiting|vomitando)\b|"
    r"\b(?:wont|will not|doesnt) (?:wake|respond)|\bno (?:despierta|responde|reacciona)\b|\b(?:collapsed|se desmayo)\b|"
    # ("tome clase de primeros auxilios, mi papa esta inconsciente y no respira": the reviewer of the en_68 change)
    r"\b(?:not breathing|stopped breathing|unconscious|no respira|dejo de respirar|inconsciente)\b|"
    # pills taken, or the thing just done, beside the "just curious": "just curious, is it bad that i took like 40 tylenol an
    # hour ago", "es de curiosidad nomas, me tome todas las pastillas hace media hora", "... es que mi hija lo acaba de
    # hacer", "... how long do i have" (the reviewer of the en_63 change)
    r"\b(?:i|she|he|my \w+|mi \w+|me|se) (?:just )?(?:took|swallowed|mixed|tome|tomo|trague|trago|mezcle|mezclo) (?:like |como |about |"
    r"around |maybe )?(?:\d+|all|todas|todos|the whole|a bunch|toda|todo el|un monton)\b|"
    r"\b(?:lo|la) (?:acaba|acaban|acabo) de hacer\b|\bjust did (?:it|that)\b|\bhow long do i have\b|\bcuanto tiempo (?:me|le) queda\b|"
    r"(?<!\bif )(?<!\bsi )(?<!\bwhen )(?<!\bwhenever )(?<!\bif my )(?<!\bsi mi )(?<!\bwhen my )(?<!\bif your )"
    r"\b(?:i|im|she|he|shes|hes|mom|dad|my \w+|mi \w+|yo|ella|el) (?:has|have|is having|"
    r"am having|tiene|tengo) (?:\w+ )?(?:crushing |severe |bad )?(?:chest pain|dolor (?:fuerte )?de pecho)")


# A question about anyone, asked to know or for a first-aid class: "como se da cuenta uno si es un
# infarto o nomas agruras? pregunto pa saber", "en caso de q alguien se desmaye q se hace? estoy
# haciendo un curso de primeros auxilios" (es_30). Only with an "if" or "how does one know", and only
# with no person of their own named anywhere ("... mi mama no respira!! estoy haciendo un curso de
# primeros auxilios", "my dads chest hurts ... i did a first aid class once": a reviewer's finds).
# ... in Spanish, as the last words, with nothing of now and nobody of the writer's own anywhere ("mi esposo tiene la cara
# chueca ... eso es un derrame? nomas por saber": its reviewer)
_JUST_TO_KNOW_ES = re.compile(r" (?:nomas|nada mas|solo|namas) (?:pa|para|por) saber ?$| (?:es )?(?:pura|por) curiosidad ?$")
_CURIOUS_ABOUT_ANYONE = re.compile(
    r"\b(?:si|en caso de|if|in case|como se da cuenta|how do you know)\b(?: \w+){0,12}? "
    r"((?:(?:solo|nomas|nada mas) )?pregunto (?:pa|para|por) saber|(?:un|el|mi) curso de primeros auxilios|"
    r"(?:a|the|my) (?:first aid|cpr) (?:class|course|training))\b")
_OWN_PERSON = re.compile(
    r"\b(?:mis?|my|his|her|me|mom|dad|mama|mami|papa|papi|abuel\w*|espos[oa]|husband|wife|son|daughter|hij[oa]|roommate|"
    r"sister|brother|herman[oa]|ti[oa]|grandma|grandpa|"
    # ... nor anyone's state now: "si alguien no respira que hago?? esta tirado en el piso!! pregunto pa saber",
    # "... tengo dolor en el pecho", "i have pain in chest" (a second reviewer's finds)
    r"i|im|ive|tengo|tiene|tirad[oa]|piso|floor|ahorita|ahora|now|rn)\b")


def _asked_out_of_curiosity(text: str) -> bool:
    """Looked up once per message (``_prepare``), like `_told_laughing`."""
    found = getattr(text, "curious", None)
    if found is None:
        if _DANGER_TOLD.search(text) is not None:
            return False
        if _CURIOUS.search(text) is not None:
            return True
        if _JUST_TO_KNOW_ES.search(text) is not None and _NOW_RE.search(text) is None and _OWN_PERSON.search(text) is None:
            return True  # "que tan seguido le da derrame a la gente con diabetes? nomas por saber" (es_67)
        if _READ_SOMEWHERE.search(text) is not None and _OWN_PERSON.search(text) is None:
            return True  # "es cierto que a los diabeticos no les duele un infarto? lo lei en facebook" (es_32)
        about_anyone = _CURIOUS_ABOUT_ANYONE.search(text)
        return bool(about_anyone) and not _OWN_PERSON.search(text[:about_anyone.start(1)] + " " + text[about_anyone.end(1):])
    return found


# A claim read or heard somewhere, checked: only with nobody of the writer's own named (`_OWN_PERSON`), so
# "lo vi en facebook, mi papa tiene la boca chueca" still fires (a reviewer of the en_36 change)
_READ_SOMEWHERE = re.compile(
    r"\b(?:(?:lo|eso) (?:lei|vi|escuche|oi) en (?:el |la |las |los )?(?:facebook|internet|tele|television|noticias|periodico|tiktok|"
    r"youtube|radio|whatsapp|una revista)|(?:read|saw|heard) (?:it |that |this )?(?:on|in) (?:the )?(?:facebook|internet|news|tv|tiktok|"
    r"youtube|radio|a magazine|an article|paper))\b")


_COULD_GIVE_BEFORE = re.compile(
    # ... or a figure of speech: "este robot me va a dar un infarto", "this bot is going to give me a heart attack"
    r"\b(?:puede|podria|pudiera|le puede|me puede|va a|van a|vas a|could|might|can|going to|gonna|will) (?:\w+ )?"
    r"(?:dar|darle|darme|darte|give (?:you|me|her|him)|"
    r"cause|lead to)(?: una?| an?)? $"
)
_ASKED_IF_BEFORE = re.compile(r"\b(?:asked|asks|asking)(?: me| us| her| him| them)? (?:if|whether|about)(?: \w+){0,4} $"
                              # the staff asked, in Spanish, about the past: "la enfermera pregunto si mi mama habia tenido
                              # derrame antes" (es_36); not "me pregunto si" ("I wonder if"), not "me preguntaron si tengo
                              # dolor de pecho" (a reviewer's finds: the answer may follow in any words)
                              r"|\b(?:enfermer[oa]|doctora?|medic[oa]|nurse|trabajadora social|asistente|recepcionista|"
                              r"cardiolog[oa]|especialista|dra? \w+) (?:me |le |nos |les )?(?:pregunto|preguntaron) si "
                              r"(?:\w+ ){0,3}(?:habia|habias|ha|has|han) (?:tenido|sufrido)(?: (?:un|una|algun|alguna))? $")
# Now, said so plainly that it is never a story's "just" or "today"
_STRONG_NOW_WORDS = r"right now|rn|ahorita|ahora mismo|currently"
_STRONG_NOW = re.compile(rf"\b(?:{_STRONG_NOW_WORDS}|at the moment)\b")
# ... unless it is answered, or here now: "i asked him if he has chest pain and he said yes it hurts bad", "the nurse
# asked if I had chest pain, I do, it hurts bad rn" (holes found beside the es_36 change) ...
_ANSWERED_YES_AFTER = re.compile(
    r"\b(?:(?:said|says|say|answered|told (?:me|us|her|him)) (?:yes|yeah|yea|yep|it does|he does|she does|so|its bad)|nodded|nods|"
    r"(?:yes|yeah|yea|yep) (?:i|she|he) (?:do|does|have|has)|(?:i|she|he) (?:do|does)(?= *$| (?:and|it|bad|really|a lot|right|now)\b)|"
    r"it does|(?:dijo|dice|contesto|respondio|le dije|les dije) que si|pues si|si (?:tengo|tiene|me duele|le duele)|"
    rf"y si(?: \w+){{0,2}} (?:me|le) duele|(?:dijo|dice) que le duele|{_STRONG_NOW_WORDS})\b")
# ... but a yes to a question about the past is history: "she asked if i had a heart attack before, i said yes back in
# 2018", "the nurse asked if i had a seizure before and i nodded, i had one as a kid" (a reviewer's finds)
_ASKED_ABOUT_THE_PAST = re.compile(rf"\b(?:before|ever|in the past|history|antes|alguna vez|{_PAST}|earlier|sometimes|"
                                   r"a veces|gone now|ya se (?:me|le) quito)\b")


def _a_question_reported(m: re.Match[str], before: str) -> bool:
    """A question someone asked, reported, not answered yes for now."""
    if not _ASKED_IF_BEFORE.search(before):
        return False
    yes = _ANSWERED_YES_AFTER.search(m.string, m.end())
    return yes is None or (_ASKED_ABOUT_THE_PAST.search(m.string, m.start()) is not None
                           and not _NOW_RE.search(m.string, yes.start()) and not _STRONG_NOW.search(m.string))


# "I nearly passed out from the price of eggs": a shock, not a faint.
_ALMOST_BEFORE = re.compile(r"\b(?:almost|nearly|about|practically|casi)(?: \w+)? $")
# A warned consequence: "my doctor said if I keep eating ham I'd have a heart attack".
_CONSEQUENCE_BEFORE = re.compile(
    r"\bif (?:i|you|he|she|we|they|mom|dad) (?:keep|keeps|kept|dont|didnt|do not|eat|eats|smoke|smokes|drink|drinks|skip|skips|stop|stops)\b"
    r"(?: \w+){0,5} (?:id|i would|ill|i will|youd|youll|hed|shed|hell|shell|theyd|would|will|could|might|may) "
    r"(?:\w+ )?(?:have|get|end up with|give (?:me|you|him|her)) (?:an? )?$"
)
_ALMOST_HAD_BEFORE = re.compile(r"\b(?:almost|nearly|about|like to|liked to|practically) (?:had|have|gave me|give me|got) (?:a |an )?$")
_SHOCK_AFTER = re.compile(
    r"^ (?:\w+ ){0,2}?(?:from|at|over|when i saw|seeing|con|del|de|cuando vi|al ver) (?:the |that |this |my |el |la |los |las )?"
    r"(?:price|prices|bill|bills|cost|costs|total|receipt|news|shock|surprise|excitement|joy|precio|precios|cuenta|susto|"
    r"lo que cuesta|cuanto cuesta|lo que costaba|lo que cobran|"
    r"noticia|emocion|alegria|gusto|needle|needles|shot|sight of (?:blood|the needle))\b"
)
# ... or the scare itself named right after it, told as a time gone: "el mes pasado ... casi se desangra, que susto"
# (es_33); not "casi no respira que susto ayuda" (a reviewer's find)
_LAST_TIME = re.compile(r"\b(?:el (?:mes|ano) pasado|la semana pasada|ayer|antier|hace (?:\w+ )?(?:dias|semanas|meses|anos)|"
                        r"last (?:week|month|year|night)|yesterday|(?:days|weeks|months|years) ago)\b")
# ... or meant of a price, and the message ends there: "mom said she "almost passed out" but she meant from the price of her
# new glasses" (en_46; not "... now shes on the floor", a reviewer's find)
_MEANT_A_PRICE = re.compile(r" but (?:she|he|i|they) (?:meant|means|meant it) (?:from|at|over|by) (?:the |that |this |my |her |his )?"
                            r"(?:price|prices|bill|bills|cost|total|receipt)(?: (?:of|for|on) (?:her|his|my|the|their|those|these) "
                            r"(?:new )?\w+(?: \w+)?)? ?$")
_SCARE_NAMED_AFTER = re.compile(r" (?:que susto|what a scare|what a fright|nos asustamos|we were so scared)\b")
# "the hospital bill came today and I about fainted": the shock's cause told first
_SHOCK_BEFORE = re.compile(
    r"\b(?:bill|bills|price|prices|total|statement|cost|receipt|invoice|copay|cuenta|factura|precio)\b(?: \w+){0,6} "
    r"(?:about|almost|nearly|practically|casi)(?: \w+)? $"
)
# "If somebody has a seizure, what do you do?": a hypothetical someone.
_SOMEONE_IF_BEFORE = re.compile(
    r"\b(?:if|when|si|cuando) (?:someone|somebody|someones|somebodys|a person|anyone|anyones|people|one|you|u|youre|a patient|a loved one|"
    r"alguien|una persona|uno) (?:\w+ ){0,4}$|"
    # someone found, if ever: "who do I call if I ever find someone collapsed on the sidewalk?" (en_26)
    r"\bif (?:i|we) ever (?:find|see|come across|walk in on) (?:someone|somebody|a person|anyone|a stranger)(?: \w+){0,2} $"
)
# Blood on a TV show, a fall in a movie.
_MEDIA = re.compile(
    r"\b(?:on|in|watching|watched|reading|read) (?:this |the |that |a |my )?(?:show|tv|movie|film|episode|"
    r"series|netflix|news|documentary|book|novel|video game|game|youtube|tiktok|mystery|thriller|audiobook|magazine)\b|\bgreys anatomy\b|"
    r"\b(?:this|that|the|a|my) (?:\w+ )?(?:show|movie|film|episode|documentary|book|novel|story|article|podcast|"
    r"mystery|murder mystery|thriller|whodunit|audiobook|soap opera|crime show)\b|"
    r"\bthe news\b|\b(?:chicago (?:med|fire|pd)|good doctor|general hospital|new amsterdam|the resident|the pitt)\b|"
    # someone else's story: "read about a woman who overdosed on her heart pills"
    r"\b(?:read|reading) (?:a story |an article |a post |something )?about\b|"
    r"\b(?:novela|telenovela|pelicula|serie)\b|"
    # a dream ("anoche sone que me ahogaba"); not "tengo sueno" (sleepy)
    r"\b(?:sone|sonaba|sonando) (?:que|con)\b|\b(?:pesadilla|nightmare|dreamt|dreamed|dreaming|in my dream|had a dream)\b"
)


def _said_in_earnest(m: re.Match[str]) -> bool:
    """Not laughed, and not a story on a screen near it (the Spanish rules on a life to be taken)."""
    return not _told_laughing(m.string) and not _MEDIA.search(m.string, max(0, m.start() - 200), m.end() + 200)


# An animal's emergency: "my cat had a seizure", "el perro se esta ahogando".
_PET_BEFORE = re.compile(
    r"\b(?:my|our|the|her|his|moms|mi|el|la|su|nuestro|nuestra) (?:\w+ )?(?:cat|cats|kitty|kitten|dog|dogs|puppy|pup|pet|bird|"
    r"parrot|parakeet|hamster|rabbit|bunny|horse|fish|perro|perrito|perrita|gato|gatito|gata|mascota|perico|pajarito)"
    r"(?: (?:is|was|just|has|had|keeps|having|got|gets|getting|esta|estaba|tuvo|le|dio|dando|se|a|an|una?)){0,4} $"
)
# Fear of dying in one's sleep, told: "I'm afraid to go to sleep because I might not wake up".
_FEARED_BEFORE = re.compile(r"\b(?:afraid|scared|worried|fear|terrified|anxious|nervous)\b(?: \w+){0,8} i (?:might|may|will|would|could) $")
_SLEEP = re.compile(r"\b(?:sleep|asleep|bed|bedtime|night|nap)\b")
# Kept in for one's health: by a nurse or a hospital, or without a coat or a walker
_KEPT_IN_FOR_HEALTH = re.compile(r"\b(?:nurses?|doctors?|hospital|er|clinic|rehab|discharg\w*|without (?:my|a|her|his) (?:coat|jacket|"
                                 r"walker|cane|shoes|hat|boots)|(?:until|till) (?:my|her|his) (?:sugar|pressure|bp|fever|blood))\b")


# A fire still going, whatever started it
_FIRE_GOING = re.compile(r"\b(?:cant put it out|cant get it out|wont go out|flames?|on fire|caught fire|spreading|"
                         r"no (?:la |lo )?(?:puedo|podemos) apagar|llamas|se prendio|se esta quemando)\b")


def _a_fire_not_explained(m: re.Match[str]) -> bool:
    """Smoke with no everyday source told, or a source still burning; not told laughing."""
    return (_SMOKE_NOT_A_FIRE.search(m.string) is None or _FIRE_GOING.search(m.string) is not None) and not _told_laughing(m.string)


# The poison line's number asked to keep, nothing swallowed: "can you send me the poison control number to save in my phone
# just in case", "cual es el numero de control de envenenamiento para tenerlo guardado" (a reviewer of the en_61 change)
_POISON_NUMBER_KEPT = re.compile(r"\b(?:number|numero|#)\b(?=.*\b(?:save|saved|keep|kept|by the phone|on the fridge|just in case|"
                                 r"in case|guardad\w*|guardarlo|tenerlo|anotarlo|por si acaso|por si las dudas|a la mano)\b)")
_SOMETHING_SWALLOWED = re.compile(r"\b(?:swallow\w*|drank|drunk|ate|took|taken|got into|overdos\w*|trag\w*|se tomo|se comio|bebio|"
                                  r"now|right now|ahorita|ahora|help|ayuda|not breathing|wont wake)\b")


def _a_number_to_keep(m: re.Match[str]) -> bool:
    return _POISON_NUMBER_KEPT.search(m.string) is not None and _SOMETHING_SWALLOWED.search(m.string) is None


# On the floor for a reason of one's own: exercise, play, a chore.
_ON_THE_FLOOR_BY_CHOICE = re.compile(r"\b(?:exercis\w*|stretch\w*|yoga|playing|coloring|cleaning|scrubbing|doing (?:my|her|his) "
                                     r"(?:exercises|stretches|puzzle)|with the (?:kids|grandkids|dog|cat|baby))\b")


# "Passed out" for a deep sleep, and all well after it: "I passed out on the couch watching Jeopardy, slept 10 hours,
# feel great" (en_60); not with anything wrong besides.
_SLEPT = re.compile(r"\b(?:slept|sleeping|asleep|snor\w*|nap|napped|napping|(?:good|great|best|solid) (?:nights )?sleep)\b")
_FELT_WELL = re.compile(r"\b(?:(?:feel|feels|feeling|felt|woke up) (?:so |really |totally )?(?:great|good|fine|rested|refreshed|amazing|"
                        r"better|like a new (?:woman|man|person))|happy|content|comfy|(?:good|great|best|solid) (?:nights )?sleep)\b")
_NOT_JUST_SLEEP = re.compile(r"\b(?:wont|cant|couldnt|didnt|hard to) wake|\b(?:hit|banged) (?:my|her|his) head|\b(?:fell|fall|dizzy|"
                             r"confused|chest|breath\w*|911|help|blood|bleed\w*|sugar|pills)\b")


def _slept_not_fainted(m: re.Match[str]) -> bool:
    return "pass" in m.group() and _SLEPT.search(m.string) is not None and _FELT_WELL.search(m.string) is not None \
        and _NOT_JUST_SLEEP.search(m.string) is None


# "My dad had a stroke; I want to learn how to help him recover": what came after it.
# A story on a screen or a page ("chef on tv sliced his finger, blood all over the cutting
# board"): someone else, and nobody of the writer's own anywhere in the message.
_OWN_PEOPLE = re.compile(
    r"\b(?:i|im|ive|id|me|my|mine|we|were|us|our|mom|moms|dad|dads|mother|father|husband|wife|son|daughter|grandma|grandpa|"
    r"sister|brother|aunt|uncle|neighbor|friend|yo|mi|mis|nosotros|mama|papa|esposo|esposa|hijo|hija|abuela|abuelo|"
    # the people around the writer at home ("was on my soaps when the aide collapsed", a reviewer of the en_40 change)
    r"aide|caregiver|grandson|granddaughter|grandkids?|partner|fiance|fiancee|boyfriend|girlfriend|roommate|nieto|nieta|"
    r"cuidadora?)\b")


_SOMEONE_ON_SCREEN = re.compile(r"\b(?:he|she|his|her|him|they|their|them|everyone|el|ella|ellos|"
                                r"(?:a|the|this|some) (?:guy|man|woman|lady|character|girl|boy|kid|person|doctor|patient))\b")
# A named drama watched, and what happened told as "on it": "watching Grey's Anatomy, someone had a stroke on it, so
# dramatic" (en_40). Not "watching the news and he ...": only the show itself places it (a reviewer's finds).
_WATCHING_A_DRAMA = re.compile(r"\b(?:watching|watched|watch) (?:greys anatomy|chicago (?:med|fire|pd)|general hospital|"
                               r"the good doctor|good doctor|new amsterdam|the resident|the pitt|er reruns)\b")
_HAPPENED_ON_IT = re.compile(r"\b(?:someone|somebody|a (?:guy|man|woman|lady|character|patient)) (?:\w+ ){1,4}(?:on|in) "
                             r"(?:it|the show|the episode)\b")
# ... or told straight after the drama's name: "watching greys anatomy, somebody just got shot in the elevator" (en_45).
# Not near the one watching: "... somebody just got shot outside", "... someone is at the door".
_SOMEONE_IN_IT_NEXT = re.compile(r" (?:and |omg |wow )?(?:someone|somebody|a (?:guy|man|woman|lady|character|patient|doctor|nurse|kid))\b")
# Not near the one watching, nor turning back to the room: "... somebody just got shot outside", "watching chicago med
# somebody coded and now he wont wake up", "... someone fainted and then she fainted too" (a reviewer's finds)
_BACK_IN_THE_ROOM = re.compile(r"\b(?:outside|next door|door|window|street|block|hall|hallway|upstairs|downstairs|building|"
                               r"house|apartment|yard|porch|parking lot|here|real|for real|really happening|now|then|too|also|"
                               r"so did|as well|help|911|hurry|please|pls|wont|isnt|not|cant|nana|baby|toddler|nephew|niece|"
                               r"grandpa|grandma|kid|kids|couch|kitchen|floor|lounge|dayroom|day room|lobby|unit|ward|"
                               r"waiting room|cafeteria|our|this|gun|knife)\b")
# The writer as the one watching ("I had to turn it off", "did you see ... last night"): not
# one of their own in the story; anything else the writer says of themselves still is.
_VIEWER = re.compile(
    r"\bi (?:had to |just |finally )?(?:turn|turned|switch|switched|shut|change|changed) (?:it|the (?:tv|channel|show|movie|station))"
    r"(?: off)?\b|\bi (?:was |am |im |been )?(?:watching|watched)\b|\bi (?:cant|couldnt|could not) (?:watch|look)\b|"
    r"\bdid (?:you|u|ya) (?:see|watch|catch)\b|\b(?:on|in) my (?:soap|soaps|soap opera|novela|telenovela)\b|"
    # "watching greys anatomy, someone just got stabbed, why do i watch this" (en_63)
    r"\bwhy (?:do|did) i (?:even |still |keep |always )?(?:watch|watching) (?:this|it|that|these)(?: show| stuff| shows)?$")


# The story is placed on the screen or the page ("on tv", "a mystery where"), not only a screen
# nearby: "watching tv with the lady next door and she collapsed" is a real event.
_PLACED_ON_SCREEN = re.compile(
    r"\bdid (?:you|u|ya) (?:see|watch|catch) (?:the |last nights )?(?:chicago (?:med|fire|pd)|greys anatomy|good doctor|"
    r"general hospital|new amsterdam|the resident|the pitt|news|\w+ (?:show|episode|movie))\b|"
    # a game or talk show by name: "the lady on jeopardy fainted did you see that" (en_38)
    r"\b(?:on|in) (?:the )?(?:jeopardy|wheel of fortune|price is right|family feud|judge judy|dr phil|"
    r"dancing with the stars|american idol|law and order|days of our lives|young and the restless|bold and the beautiful|"
    r"greys anatomy|chicago (?:med|fire|pd)|general hospital|the bachelor|this is us|the young and the restless)\b"
    r"(?! (?:night|party|event|tournament|club|group)\b)|"
    r"\b(?:on|in) (?:the |a |this |that )?(?:tv|show|movie|film|episode|series|netflix|news|documentary|book|novel|video|"
    r"youtube|tiktok|mystery|thriller|soap opera|telenovela|novela|pelicula|serie)\b|\b(?:on|in) my (?:soap|soaps|soap opera)\b|"
    # "the lady on my soap just overdosed, such a sad story line" (en_32)
    r"\b(?:story ?line|plot twist|season finale|cliffhanger)\b|"
    r"\b(?:show|movie|film|episode|book|novel|story|mystery|thriller|documentary|article|podcast|series|novela|pelicula) "
    r"(?:where|about|in which|donde|en la que|en el que)\b")


# The one watching, then something of their own: "I was watching a show and I got dizzy and
# fell", "watching tv when my chest started hurting" (not "a show where a man had a stroke").
_WATCHER_TURNS = re.compile(
    # (watching with someone: "watching tv with the lady next door and she collapsed", a reviewer of the en_40 change)
    r" (?:(?:with|con) (?:\w+ ){1,4}?|(?:\w+ ){0,2}?)(?:and|when|then|while|y|cuando|but|pero)(?: (?:now|then|suddenly|all of a sudden|de repente|"
    r"ahora|just|rn|right now|ahorita))? "
    r"(?:a )?(?:i|im|ive|my|me|she|he|shes|hes|her|his|mom|dad|moms|dads|yo|mi|se|le)\b"
    # ... or someone in the room now: "... and someone is banging on the door with a knife right now", "... and the
    # neighbors kid is seizing on our living room floor" (the en_71 reviewer's)
    r"| (?:\w+ ){0,8}?(?:and|then|but) (?:now |right now |suddenly )?(?:(?:someone|somebody) (?:is|just)|theres (?:someone|somebody|a)|"
    r"(?:the|our) (?:\w+ )?(?:kid|baby|toddler|child|grandkid|grandbaby))\b"
    # ... or, further on, "and now" to the watcher's own: "watching a show about a stroke and now my grandpa cant lift his arm"
    # (a reviewer of the en_60 change)
    r"| (?:\w+ ){0,8}?(?:and|then|y) (?:now|right now|suddenly|all of a sudden|ahora|de repente) "
    r"(?:i|im|ive|my|me|mom|dad|moms|dads|yo|mi|grandpa|grandma|husband|wife)\b")


# ... or a "but" just before the match: "estaba viendo una serie de doctores pero a [mi vecino lo acaban de apunalar] afuera"
# (the reviewer of the en_63 change)
_TURNED_FROM_THE_SCREEN = re.compile(r" (?:\w+ ){0,3}?(?:but|pero)(?: (?:now|rn|right now|ahora|ahorita))?(?: a)? $")


def _about_a_story(before: str, after: str, matched: str = "") -> bool:
    """The match's clause names a show, a book or the news: the match is the story's,
    unless the clause turns from the watching to the watcher (`_WATCHER_TURNS`; the match's own first
    words may be the turn: "... and someone is banging on the door with a knife")."""
    last = None
    for last in _MEDIA.finditer(before):
        pass
    if last is not None:
        told = before + matched
        return _WATCHER_TURNS.match(told, last.end()) is None and _TURNED_FROM_THE_SCREEN.match(before, last.end()) is None
    media = _MEDIA.search(after)
    # (not the watcher's own signs that came on while watching: "heart racing cold sweat came on sudden while watching tv", the
    # en_74 reviewer's)
    return media is not None and not _CAME_ON_WHILE_WATCHING.search(after, 0, media.end())


_CAME_ON_WHILE_WATCHING = re.compile(r"\b(?:came on|started|hit me|began|kicked in)(?: \w+){0,2}? (?:while|as) (?:i was |im |i m |i am |she was |"
                                     r"he was |we were )?(?:watching|sitting watching)\b")


# A story about someone, watched together, as the message's opening: "we watched a movie about a man who jumps off a
# bridge, so sad" (en_71); only with nobody named after it ("... about overdoses. she took a whole bottle": a reviewer's)
_WATCHED_A_STORY_OF_SOMEONE = re.compile(
    r"^ (?:i|we|me and \w+|\w+ and i) (?:\w+ ){0,2}?(?:watched|saw|seen|watching|were watching|was watching) (?:a|the|this|that) "
    r"(?:\w+ )?(?:movie|show|film|documentary|episode) (?:about|where|with) (?:a|an|the|this|some) (?:\w+ ){0,2}?(?:who|that)\b")
_ANYONE_AFTER = re.compile(r"\b(?:she|he|shes|hes|her|his|him|they|them|their)\b")
# ... nor a turn to the room: "... a guy who had a stroke and halfway through grandpas face drooped" (its reviewer)
_TURNED_AFTER_THE_STORY = re.compile(r"\b(?:and|but|then|now|while|halfway|suddenly|tonight|going to|gonna|grandpas?|grandmas?|"
                                     r"baby|toddler|kid|kids|neighbou?rs?)\b")


def _story_on_screen(text: str) -> bool:
    """Looked up once per message (``_prepare``), like `_told_laughing`. (A message with no
    subject at all, "on the news, cant breathe", is the writer's own.)"""
    found = getattr(text, "on_screen", None)
    if found is not None:
        return found
    story = _WATCHED_A_STORY_OF_SOMEONE.match(text)
    if story and len(text[story.end():].split()) <= 8 and not _TURNED_AFTER_THE_STORY.search(text, story.end()) \
            and not _OWN_PEOPLE.search(text, story.end()) and not _ANYONE_AFTER.search(text, story.end()):
        return True
    drama = _WATCHING_A_DRAMA.search(text)
    if drama and _HAPPENED_ON_IT.search(text) and not _OWN_PEOPLE.search(_VIEWER.sub(" ", text)):
        return True
    if drama and _SOMEONE_IN_IT_NEXT.match(text, drama.end()) and not _OWN_PEOPLE.search(_VIEWER.sub(" ", text)) \
            and not _BACK_IN_THE_ROOM.search(_VIEWER.sub(" ", text[drama.end():])):
        return True
    if not (_PLACED_ON_SCREEN.search(text) and _SOMEONE_ON_SCREEN.search(text)):
        return False
    # (the viewer's own "I" is set aside only when nothing turns from the watching to someone:
    # "I was watching something on tv and she collapsed" fires)
    looked_at = text if _WATCHER_TURNS.search(text) else _VIEWER.sub(" ", text)
    return not _OWN_PEOPLE.search(looked_at)


# A death already mourned: the event it names is over.
_FUNERAL = re.compile(r"\b(?:funeral|memorial|wake|burial|obituary|velorio|entierro)\b")


def _funeral_at(text: str) -> int:
    """Where a funeral or the like is first named, or -1; looked up once per message (``_prepare``)."""
    found = getattr(text, "funeral_at", None)
    if found is not None:
        return found
    funeral = _FUNERAL.search(text)
    return funeral.start() if funeral else -1
_HAD_BEFORE = re.compile(r"\b(?:had|suffered|survived|tuvo|sufrio|le dio|me dio) (?:a |an |his |her |my |un |una )?(?:\w+ )?$")
_AFTERMATH = re.compile(
    r"\b(?:recover\w*|rehab\w*|learn\w*|class|classes|therapy|therapist|since|caregiv\w*|care for|"
    r"take care of|recuper\w*|aprender|clases?|terapia|desde|cuidar\w*|cuidador\w*)\b"
)


# Breathless from effort, and nothing else: "did my exercises, a little out of breath but back to normal after
# resting"; "mom is short of breath when she climbs the stairs, same as always, nurse knows" (en_33). Only a
# breathing match, only with the effort named, and the message ends there (a reviewer of the en_33 change: "same
# as always" after a threat or an overdose, "back to normal" after a garbled speech, are not this).
_WINDED_AS_USUAL_AFTER = re.compile(
    r"(?: \w+){0,8}? (?:(?:but|and) (?:\w+ ){0,2}?(?:back to normal|went away|goes away|eased up|eased|settled down|"
    r"calmed down) (?:after|once|when|with) (?:\w+ ){0,2}?(?:rest\w*|sitting|sat down|a (?:minute|few minutes|bit)|a break)"
    # "... but it went away after resting, like usual" (en_37)
    r"(?: (?:like|as) (?:usual|always|normal))?"
    r"|(?:same as always|like always|as always|as usual) (?:the |her |his |my )?(?:nurse|doctor|doctors|care team) "
    r"(?:knows?|is aware|are aware)(?: about it)?"
    # "I'm a little short of breath after climbing stairs, same as always, nothing new" (en_65)
    r"|(?:same as always|like always|as always|as usual)(?: nothing (?:new|different|worse))?) ?$")
# ... or pride in the effort right after it, as the last words: "walked to the corner and back, out of breath but proud of
# myself" (en_61)
_PROUD_AFTER = re.compile(r" (?:but|and) (?:(?:im|i am|i m|so|really|very) )*(?:proud of (?:myself|me|her|him)|made it|did it)"
                          r"(?: (?:lol|haha|today|again|too|thank god))* ?$")
_EFFORT = re.compile(r"\b(?:exercis\w*|walk\w*|stairs|steps|climb\w*|workout|work out|physical therapy|pt)\b")


def _winded_as_usual(m: re.Match[str]) -> bool:
    # the anchored, short look first: the effort is searched in the whole message, once at most
    return "breath" in m.group() and (_WINDED_AS_USUAL_AFTER.match(m.string, m.end()) is not None
                                      or _PROUD_AFTER.match(m.string, m.end()) is not None) \
        and bool(_EFFORT.search(m.string))


# A scare that turned out to be nothing: "i thought i was having a heart attack but it
# was just heartburn" ("... but it might be heartburn" is still live).
_RESOLVED_AFTER = re.compile(
    r"(?: \w+){0,4}? (?:but|and) (?:it|that|this|they said it|turns out it|turned out it) "
    r"(?:was|turned out(?: to be)?|ended up being) (?:just|only|nothing|not)\b"
    r"|(?: \w+){0,4}? (?:but )?(?:it )?turned out (?:to be )?(?:just|only|nothing|fine)\b"
    # "smelled gas yesterday but the gas company came out and fixed it"
    r"|(?: \w+){0,6}? (?:but|and) (?:\w+ ){0,5}?(?:fixed it|fixed|repaired it|came out and|shut it off|turned it off|"
    r"all good now|everyone is fine|everybody is fine|nobody was hurt|no one was hurt|lo arreglaron|ya esta bien)\b"
    # "had chest pain last tuesday, they checked me in the ER, it was gas"
    r"|(?: \w+){0,8}? (?:it was|it turned out to be|they said it was|turned out to be) (?:just |only |only some )?"
    r"(?:gas|heartburn|indigestion|acid reflux|reflux|anxiety|a panic attack|a pulled muscle|muscle \w+|nothing serious)\b"
    # "I think I'm dying, but every time they check me it's anxiety"
    r"|(?: \w+){0,8}? (?:but )?every time (?:they|i|we|the doctors?) (?:check|test|look|go)\w*(?: \w+){0,3} "
    r"(?:its|it is|it was|they say its|they say it is) (?:just |only )?(?:anxiety|panic|nothing|fine|my nerves|nerves)\b"
    # "the ambulance came for the lady across the hall yesterday ... shes back home today though"
    r"|(?: \w+){0,10}? (?:shes|hes|theyre|she is|he is|they are) back home(?: now| today| already)? (?:though|and (?:fine|ok|okay|doing (?:fine|well|better)))\b(?! but)"
    # "in the ER last week for chest pain but shes home and fine now"
    r"|(?: \w+){0,6}? (?:but|and) (?:shes|hes|theyre|im|she is|he is|they are|i am|mom is|dad is|moms|dads) "
    r"(?:back )?home (?:now )?(?:and )?(?:fine|ok|okay|doing (?:fine|well|great|better)|better|recovering)\b"
    # a pill choked on, coughed up, and well now: "My mom was choking on her pills this morning, coughed it up, she's fine
    # now, any tips to make them easier to swallow?" (en_69)
    r"|(?: \w+){0,6}? (?:and |but )?(?:she |he |i )?(?:coughed|spit|spat|got) (?:it|them|the pill|the pills) (?:up|out) "
    r"(?:and )?(?:shes|hes|im|she is|he is|i am) (?:fine|ok|okay|alright|all right|breathing fine|good)(?: now)?\b"
    # "short of breath in the hospital but I'm much better now"; "the vet says she's ok now"
    r"|(?: \w+){0,8}? (?:but|and) (?:im|shes|hes|theyre|i am|she is|he is|mom is|dad is|were) "
    r"(?:much |a lot |way |so much |doing |totally |completely |perfectly |all )?(?:better|fine|ok|okay) now\b"
    # "couldnt wake her for a sec this morning, shes up and grumpy now" (en_70): up and herself again, as the last words
    r"|(?: \w+){0,8}? (?:shes|hes|she is|he is|im|i am|mom is|dad is) (?:up|awake|wide awake|back to (?:normal|herself|himself|myself))"
    r"(?: and (?:grumpy|cranky|talking|fine|ok|okay|eating|complaining|alert|joking|herself|himself))? now ?$"
    # "I almost choked on a peanut earlier but its fine now" (en_71): an earlier scare, well now, as the last words
    r"|(?: \w+){0,6}? (?:earlier|this morning|last night|yesterday)(?: \w+){0,2}? (?:but|and) (?:its|it is|all is|everything is|"
    r"everythings) (?:fine|ok|okay|all good|good) now ?$"
    r"|(?: \w+){0,8}? (?:vet|doctor|doctors|they|the er|nurse) (?:says|said) (?:shes|hes|its|it is|she is|he is|im|i am|"
    r"shell be|hell be) (?:ok|okay|fine|alright|all right|going to be fine|gonna be fine)\b"
    # seen to since and well now, in Spanish: "mi vecina se desmayo ayer en la iglesia pero ya la vieron y esta en su casa
    # bien" (es_55), "... la llevamos al doctor y dijo que fue la presion, ya esta bien"; or a day past and well now: "se
    # desmayo ayer cuando le sacaron sangre, ya esta bien" (the review of the es_55 change)
    r"|(?: \w+){0,14}? (?:ya )?(?:l[ao] |me |nos |los )?(?:vieron|vio|revisaron|checaron|atendieron|dieron de alta|"
    r"llevamos al (?:doctor|medico|hospital|urgencias))(?: \w+){0,10}? (?:esta|estoy|estan|anda|ando|amanecio|"
    r"mandaron a (?:la |su )?casa) (?:\w+ ){0,3}?bien\b"
    r"|(?: \w+){0,3}? (?:ayer|anoche|antier|anteayer|hace (?:un )?rato|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"la semana pasada)(?: \w+){0,10}? ya (?:esta|estoy|anda) bien\b"
    # someone else's news, met with flowers or a card: "my grandson's teacher had a stroke, we're sending flowers"
    r"|(?: \w+){0,8}? (?:sending|sent|send|bringing|brought|took|taking|mailing) (?:her |him |them )?"
    r"(?:flowers|a card|a get well card|get well cards|a casserole|a meal|food)\b"
    # had during the hospital stay and gone since: "the chest pain i had in the hospital is all gone now,
    # feeling good" (en_31); not with anything after it ("... gone but now my arm is numb")
    r"| (?:that )?(?:i|she|he|mom|dad|we) (?:had|was having|were having) (?:\w+ ){0,2}?(?:in|at|during) (?:the )?"
    r"(?:hospital|er|icu|rehab|my stay|her stay|his stay|surgery)\b (?:\w+ ){0,2}?(?:is|are|has|have) (?:all |totally |completely )?"
    r"(?:gone|cleared up|went away|better)(?: now)?(?: (?:feeling|feel|im|i am|shes|hes) (?:good|great|fine|better|ok|okay))? ?$"
)


# "no chest pain today but my arm feels weird": the denial comes with a worry.
# (not a contrast to the good: "no chest pain, no swelling. she's beat but good", en_69)
_CONTRAST_AFTER = re.compile(r" (?:but|though|although|except|however|only|pero|aunque|sino)\b"
                             r"(?! (?:good|fine|ok|okay|happy|well|alright|otherwise (?:good|fine|ok|okay)|doing (?:good|well|ok|okay|fine)|"
                             r"feeling (?:good|fine|ok|okay)|bien|contenta?)\b(?! (?:thing|lord|god|grief|heavens|mal)\b))")
_PAST_RE = re.compile(rf"\b{_PAST}\b")
_DENIED_BEFORE = re.compile(
    r"\b(?:no|never|havent had|hasnt had|hadnt had|no more|without|free of|sin|"
    r"no (?:he|ha|hemos|han) (?:tenido|vuelto a tener))(?: (?:a|an|any|more|un|una|mas))? $"
)
_SINCE_AFTER = re.compile(r"^ (?:since|desde|in (?:weeks|months|years|a while|ages)|for (?:weeks|months|years))\b")
# History right before a match ("in 2019 he had a"), unless the story comes back
# to the present ("two years ago and now ...").
_PAST_BEFORE = re.compile(rf"\b{_PAST}(?: (?!(?:and|but|y|pero|{_NOW})\b)\w+){{0,6}} $")
# ... or right after it ("seizure once in her twenties", "derrame hace dos anos"),
# but not a comparison or a new clause ("chest pain like i had in 2019").
_PAST_AFTER = re.compile(
    rf" (?:once |(?:(?!(?:like|as|same|como|igual|i|he|she|we|they|you|had|have|yo|tuve|tuvo)\b)\w+ ){{0,6}}?){_PAST}\b"
)

# ... or said to have been long ago, after a clause about it: "el infarto que le conte a la enfermera fue hace
# 10 años" (es_31), "the stroke that I mentioned to the doctor was back in 2015"; not "the chest pain that
# started an hour ago is back", nothing of now between
_WAS_LONG_AGO_AFTER = re.compile(
    rf" (?:that|which|que|i|he|she|we|you|le|me|mi \w+|my \w+)(?: (?!(?:{_NOW}|and|but|y|pero|like|as|same|como|igual|just|"
    rf"exactly|than|worse|better|stronger|more|less|peor|mas|mismo|have|has|get|gets|is|am|are|tengo|tiene|es|esta|siento|"
    rf"siente)\b)\w+){{0,8}}? (?:was|fue|happened|paso|ocurrio) (?!(?:the |la |el )?(?:last time|ultima vez|vez pasada)\b)"
    rf"{_PAST}\b")
# ... said of "the" event, and nothing of now after it ("... was 10 years ago but now its back": a reviewer's find)
_THE_EVENT_BEFORE = re.compile(r"\b(?:the|that|el|la|ese|esa)(?: \w+)? $")


def _was_long_ago(m: re.Match[str], before: str, after: str) -> bool:
    was = _WAS_LONG_AGO_AFTER.match(after)
    if was is None or not _THE_EVENT_BEFORE.search(before):
        return False
    # nothing after it but that all is well now ("..., ahorita estoy bien del corazon"): "... and i think im having
    # one", "... y lo tengo", "... his face is drooping" are told now (a second reviewer's finds)
    rest = m.string[m.end() + was.end():]
    fine = _FINE_NOW_RE.match(rest)
    if fine is None:
        return _NOTHING_AFTER.match(rest) is not None
    return _OF_IT_AFTER.match(rest, fine.end()) is not None


_OF_IT_AFTER = re.compile(r"(?: (?:del|de la|de|from|with|con) (?:\w+ )?\w+)?(?: (?:thanks|thank you|gracias|gracias a dios))* *$")


# A name spelled out: "what does CPR stand for, they teach it at the senior center" (en_37); with nothing happening now
# ("what does cpr stand for i need to do it on my dad now" fires: a reviewer's find)
_STANDS_FOR_AFTER = re.compile(r"^ (?:stand|stands) for\b")
# Learning to use one, the person said to be fine: "I want to know how to use an EpiPen for my grandson's peanut
# allergy, he is fine" (en_37); not "anyone know how to use an epipen hes swelling up" (a reviewer's find)
_LEARN_TO_USE_BEFORE = re.compile(r"\b(?:want|wanted|like|need|needs|wants) to (?:know|learn) how to use (?:an? |the |his |her |my )?$")
_SAID_TO_BE_FINE = re.compile(r"\b(?:(?:he|she|they|hes|shes|theyre|he is|she is|they are|im|i am) (?:is |are )?(?:fine|ok|okay|good|doing fine)|"
                               r"just in case|for (?:school|the future|camp|daycare))\b")
# ... or asked "how do you use", ahead of a visit to come, as the message's whole story: "How do you use an EpiPen, my
# granddaughter has allergies and is staying with me next week" (en_48); not with a sign, a bite, a meal, a sting, or
# anyone's state told anywhere near ("how do u use an epipen is he ok", "... shes puffy and throwing up": its reviewer)
_HOW_TO_USE_BEFORE = re.compile(r"^ how (?:do|does|would|should) (?:you|i|u|we|one|someone|people) (?:use|inject|give) "
                                r"(?:an? |the |his |her |my )?$")
_A_VISIT_TO_COME_AFTER = re.compile(
    r" (?:my |our )?(?:granddaughter|grandson|grandkids?|grandchild|niece|nephew|grandbaby) (?:has|have|got) (?:\w+ ){0,2}?"
    r"allerg(?:y|ies) and (?:is|are) (?:staying|coming|visiting) (?:with (?:me|us) |to stay )?(?:next|this coming) "
    r"(?:week|month|weekend) *$"
    # "how do you use an epipen, my grandson has one and im watching him saturday" (en_61)
    r"| (?:my |our )?(?:granddaughter|grandson|grandkids?|grandchild|niece|nephew|grandbaby) (?:has|have|got) (?:one|them|an? \w+) "
    r"and (?:im|i am|were|we are|ill be|i will be) (?:watching|babysitting|keeping|having) (?:him|her|them) (?:on |this |next )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|tomorrow) *$"
    # "how do you inject an epipen, want to practice with the trainer before the allergist visit" (a reviewer of the en_61 change)
    r"| (?:i )?(?:want|wanna|need|going) to practice (?:with|on) (?:the |a )?(?:trainer|training pen|practice pen|demo)(?: \w+){0,5} *$")


_WHAT_IS_IT_FOR_BEFORE = re.compile(r"^ (?:whats|what is|what s|what are) (?:an? |the |those |these )?$")
_A_SIGN_BESIDE = re.compile(r"\b(?:swell\w*|puffy|hives|itch\w*|wheez\w*|breath\w*|throat|tongue|lips|sting|stung|bite|bit|ate|"
                            r"peanut\w*|throwing up|vomit\w*|help|hurry|911)\b")


def _is_current_mention(m: re.Match[str]) -> bool:
    """Accept a bare mention unless context shows it is history or admin.

    "stroke rehab", "seizure meds", "since his stroke", "heart attack 3 years
    ago", "epipen refill", "rehabilitacion del derrame" are routine; anything
    else counts.
    """
    before, after = _context(m)
    after_words, before_words = after.split(), before.split()
    if (after_words and after_words[0] in _ROUTINE_NEXT_WORDS) or (_A_TALK_GIVEN.match(after) and _AN_ARTICLE_LAST.search(before)):
        return False
    if _A_SHOWING.match(after) and _AN_ARTICLE_LAST.search(before) and not _NOT_AN_EPISODE_BEFORE.search(before) \
            and not _own_episode_now(m.string) and not _AN_EPISODE_AFTER_A_SHOWING.search(m.string, m.end()):
        return False
    if (_STANDS_FOR_AFTER.match(after) or (_LEARN_TO_USE_BEFORE.search(before) and _SAID_TO_BE_FINE.search(m.string))) \
            and not _NOW_RE.search(m.string):
        return False
    if m.start() < 30 and _WHAT_IS_IT_FOR_BEFORE.match(m.string[:m.start()].rstrip() + " ") and after.startswith(" for") \
            and not _NOW_RE.search(m.string) and not _A_SIGN_BESIDE.search(m.string):
        return False  # "whats an epipen for, my neighbor has one" (en_62): a thing asked about
    if m.start() < 60 and _HOW_TO_USE_BEFORE.match(m.string[:m.start()].rstrip() + " ") \
            and _A_VISIT_TO_COME_AFTER.match(m.string, m.end()):
        return False
    if re.search(r"\bnon ?(?:emergency|urgent)(?: \w+)? $", before):  # "a non emergency ambulance"
        return False
    if _ROUTINE_BEFORE_ES.search(before) or _PRICE_BEFORE.search(before):
        return False
    if (_HISTORY_AFTER.match(after) or _HISTORY_BEFORE.search(before)) and not _back_again_now(m) \
            or _SPORT_BEFORE.search(before):
        return False
    if (_learning_before(before) and not _own_episode_now(m.string)) or _GIVE_ME_BEFORE.search(before) \
            or _SEND_QUESTION_BEFORE.search(before):
        return False
    if _someday(m, before):
        return False
    nearby = before_words[-4:] + after_words[:3]
    return not any(word in _ADMIN_WORDS for word in nearby)


# "If I miss the test, do they send an ambulance?": how things work, asked.
_SEND_QUESTION_BEFORE = re.compile(r"\b(?:do|does|would|will|did) (?:they|you|u|yall|the \w+) (?:send|call) (?:an? |the )?$")
# "Cuanto cuesta la ambulancia", "how much is the ambulance": a price question.
_PRICE_BEFORE = re.compile(
    r"\b(?:cuanto (?:cuesta|cuestan|cobra|cobran|sale|vale|es|pago|debo|cubre)|how much (?:is|does|do|was|will|for))(?: \w+){0,3} $"
)
# Spanish puts the routine noun first: "cita de rehabilitacion para el derrame",
# "medicina para las convulsiones", "grupo de sobrevivientes de infarto".
_ROUTINE_BEFORE_ES = re.compile(
    r"\b(?:rehabilitacion|rehab|terapia|terapias|clinica|cita|citas|grupo|clase|clases|curso|"
    r"riesgo|riesgos|prevencion|medicina|medicinas|pastilla|pastillas|medicamento|medicamentos|"
    r"receta|recetas|pacientes?|historial|expediente|registros?|diario|plan|programa|folleto|"
    r"papeles|especialista|neurologo|cardiologo|doctor|doctora|resurtido|kit|estuche|"
    r"sobrevivientes?|educacion|informacion)"
    r"(?: \w+)?(?: (?:de|del|para|por|contra|sobre|tras))(?: (?:el|la|los|las|un|una|su|mi|sus|mis))? $"
)


_ER_PLACE = re.compile(
    r" (?:room|rooms|department|dept|entrance) (?:parking|directions|address|hours|entrance|"
    r"phone|number|wait|waiting times?|bill|bills|copay|location|map)\b"
)
# The emergency room as a place to ask about: "copay for urgent care vs the
# emergency room", "direccion de la sala de emergencias".
_ER_BEFORE_ES = re.compile(r"\b(?:sala|cuarto|departamento|entrada|estacionamiento) de(?: la)? $")
_ER_AFTER_EN = re.compile(r"^ (?:room|rooms|department|dept)\b")
_PLACE_WORDS = frozenset("""
    parking directions address hours entrance location map wait waiting copay copays cost
    costs price bill bills billed insurance cover covered vs versus urgent nearest closest
    where direccion estacionamiento horario horarios entrada ubicacion mapa espera copago
    costo precio factura cobro aseguranza cubre donde urgencias cercana cobros facturas cuenta cuentas seguro
    deuda pagar
""".split())
# A visit told in the past tense: "fui a emergencias el sabado y me mandaron a casa",
# "we went to the emergency room on friday".
_VISITED_BEFORE = re.compile(
    r"\b(?:fui|fue|fuimos|fueron|estuve|estuvo|estuvimos|estuvieron|went|been|was|were|"
    r"(?:me|le|la|lo|nos|los|las) (?:atendieron|llevaron|trajeron|ingresaron|internaron)|"
    # ... or this number got there: "quiero hablar con una trabajadora social, me dieron este numero en emergencias" (es_60)
    r"(?:me|nos|le) (?:dieron|pasaron|dio|paso) (?:este|el|su|ese) (?:numero|telefono)|(?:got|given) (?:this|the) number|"
    # the wait there: "la neta la espera en emergencias me mata, 3 horas el otro dia" (es_61)
    r"(?:la )?espera|esperando|esperamos|espere|the wait|waiting|waited)"
    # ... with when between: "me atendieron la semana pasada en emergencias"
    r"(?: (?:la semana pasada|el mes pasado|ayer|anoche|antier|anteayer|last (?:week|night|month)|yesterday|"
    r"(?:el |on )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)(?: pasado)?))? "
    r"(?:a|al|en|to|in|at)(?: (?:la|el|las|los|the))?(?: (?:sala|cuarto) de)? $"
)
# Spanish nouns that make "emergencia" a label: "contacto de emergencia".
_EMERGENCY_LABEL_ES = re.compile(
    r"\b(?:contacto|contactos|numero|numeros|telefono|plan|kit|salida|botiquin|fondo|fondos|"
    r"tarjeta|boton|protocolo|simulacro|provisiones|mochila|bolsa|alerta|caso|casos|frenos?|"
    r"medicaid|cobertura|servicio de|"
    # a service's name: "hay vivienda de emergencia?" (es_69)
    r"vivienda|viviendas|refugio|refugios|albergue|albergues|alojamiento|asistencia|renta|cuarto|cuartos) de(?: la| una)? $"
)


_PERSONAL_BEFORE = re.compile(r"\b(?:family|personal|work|job|home|house|pet|dog|cat|plumbing|car|de familia|familiar) $")
# ... the same after the visit moved, as the last words: "please reschedule Dorothy Williams' follow up, family emergency" (en_65)
_A_REASON_TO_MOVE = re.compile(r"\b(?:reschedul\w*|cancel\w*|move|postpone|cant make|wont make|cambiar|cancelar|mover)\b"
                               r"(?: \w+){0,6} (?:family|personal|work|a family|a personal|de familia) emergency ?$")
# ... and a dentist's emergency only as a reason to move a visit: "need to move moms heart appointment,
# she's got a dentist emergency that day" (en_26), not "dental emergency my jaw and neck are swelling up".
_DENTAL_BEFORE = re.compile(r"\b(?:dentist|dental|tooth|vet) $")
_MOVING_A_VISIT = re.compile(r"\b(?:move|reschedul\w*|cancel\w*|miss|cant make|that day|change (?:the|her|my) (?:date|day))\b")


_WHAT_NUMBER_BEFORE = re.compile(
    r"\b(?:que|cual|what|which|a que|a quien|who) (?:numero|number|telefono|phone) (?:\w+ ){0,4}"
    r"(?:(?:en|in|for|para)(?: (?:una?|an?|caso de|case of))?|"
    # ... "if someone has one": "que numero hay que marcar si alguien tiene una emergencia aca en estados unidos" (es_59)
    r"(?:si|if|when|cuando) (?:alguien|someone|somebody|uno|you|there) (?:tiene|tenga|has|is having|hay|is)(?: una?| an?)?) $")


_SERVICE_QUESTION_BEFORE = re.compile(
    r"\b(?:do|can|does|will) (?:you|u|you guys|yall|this (?:service|line|number|bot|text line)|the hospital|st marys) "
    r"(?:\w+ )?(?:handle|take|deal with|help with|cover|answer|respond to|do) $"
    # ... or told by someone else: "my friend said you help in emergencies, just saving the number" (en_68)
    r"|\b(?:said|says|told me|heard|saw) (?:that )?(?:you|u|you guys|yall|this (?:service|line|number)|the hospital) "
    r"(?:can )?(?:help|handle|deal with|take|answer|are for|is for)(?: with| in| during| for)? $"
    r"|\b(?:dijo|dijeron|me dijo|me dijeron|dicen) que (?:esta linea|este numero|ustedes|este servicio) (?:es |son )?(?:para|atiende|atienden|"
    r"ayudan? (?:en|con))(?: las?)? $"
)


# What this line is for, asked: "is this for emergencies?", "es este numero para emergencias?"
_LINE_FOR_BEFORE = re.compile(
    r"\b(?:(?:is|are) (?:this|it|that|you|this (?:number|line|text line|service|chat))|es (?:esto|este (?:numero|servicio)))"
    r"(?: (?:only|just|also|meant|used|solo|solamente))? (?:for|para)(?: (?:las|la))? $"
    # "found this number on a flyer at the clinic, does it do emergencies or no" (en_36)
    r"|\b(?:does|do|can|will) (?:this|it|this (?:number|line|text line|service|chat)) (?:do|take|handle|answer|cover) $")
# ... nothing after it but "or not" (not "or what hurry", "or not its urgent": a reviewer's finds), and nothing wrong
# told before it ("my neighbor keeps threatening me, is this number for emergencies or what")
_ONLY_OR_NOT_AFTER = re.compile(r"^(?: or (?:not|no|something|should i call (?:911|someone else|somebody else|the hospital)|"
                                r"do i call 911|is there (?:another|a different) (?:number|line)))? *$")
_TROUBLE_TOLD = re.compile(
    r"\b(?:threat\w*|hit\w*|hurt\w*|attack\w*|follow\w*|stalk\w*|abus\w*|scared|afraid|miedo|amenaz\w*|pain|dolor|"
    r"bleed\w*|sangr\w*|fell|fall\w*|cai\w*|breath\w*|respir\w*|collaps\w*|help|ayuda|please|pls|sick|weapon|gun|knife|"
    r"pistola|cuchillo|golpe\w*|pega\w*|floor|fire|smoke|alone|gray|grey|blue|answer\w*|wake|woke|unconscious|outside|"
    r"window|door|bat|hurry|quick|urgent|urge|fast|bad|now|rn|cant|cannot|seizure|chok\w*|stroke|overdos\w*|took|pills|"
    r"dying|die|dead|kill\w*|suicid\w*|faint\w*|passed out|confus\w*|weak|sweat\w*|vomit\w*|throwing up)\b")


# Getting ready for one, asked as the whole message (en_46)
# (things kept, not given: not "what should i put on his burn for an emergency", a reviewer's find)
_READY_FOR = re.compile(r"^ what (?:should|do|can|would) (?:i|we|you) (?:keep|stock|pack|store|have (?:on hand|ready|at home|in the house)) "
                        r"(?:in (?:the|my|our) (?:house|home|car|apartment|purse) )?(?:for|in case of) (?:an? )?emergenc(?:y|ies)"
                        r"(?: like (?:a|an) (?:\w+ )?(?:kit|bag|list|box))? ?$")
# A line asked for that is not for them: "is there a support line that isn't for emergencies" (en_46)
# (the whole message, a worry at most before it: not "... he has a gun", "... my wife is missing", a reviewer's finds)
_A_LINE_NOT_FOR_THEM = re.compile(
    r"^ (?:(?:the news|tv|everything|life|things|it all|the world) (?:scares|worries|upsets|gets to) me(?: so much)?(?: and)?"
    r"(?: (?:im|i am) (?:alone|lonely|by myself)(?: all day| a lot| most days)?)? )?"
    r"(?:is there|are there|do you have|do yall have) (?:a|an|any|some) (?:\w+ )?(?:line|number|hotline|group|service|program)s? "
    r"(?:that|which|thats) (?:isnt|is not|arent|are not|not) (?:just |only )?for emergenc(?:y|ies)(?: (?:just )?to talk(?: to)?)? ?$")
_NOT_A_MEDICAL_BEFORE = re.compile(r"(?<!\bif )(?<!\bhow )(?<!\bwhy )(?<!\bsaid )(?<!\bsays )(?<!\bits )(?<!\bthis )(?<!\bthats )"
                                   r"\b(?:not|its not|this is not|thats not)(?: really)?(?: an?)? (?:medical|real|life threatening) $")
# ... when all that follows is a talk or a question wanted (a reviewer's finds: "... but hes acting really weird",
# "if this isnt a medical emergency i dont know what is", "the er said its not a real emergency ... shes worse now")
_ONLY_A_TALK_AFTER = re.compile(r" (?:i )?(?:just|only) (?:need|want|wanted|have|had|a) (?:to (?:talk|speak|chat|ask)|a (?:question|call|chat|talk))\b")
_UNWELL_TOO = re.compile(r"\b(?:worse|weird|confused|fell|fall|hurt\w*|pain|bleed\w*|breath\w*|wont (?:answer|wake)|"
                         r"hasnt answered|not answering|took|scared|sick|dizzy|stand)\b")


def _is_unnegated_current_mention(m: re.Match[str]) -> bool:
    """For the bare word "emergency" / "emergencia" only: "not an emergency",
    "contacto de emergencia" and questions about the emergency room as a place
    (parking, address, copay) are not a call for help."""
    before, after = _context(m)
    if _ER_PLACE.match(after) or _EMERGENCY_LABEL_ES.search(before) or _VISITED_BEFORE.search(before):
        return False
    if _NOT_A_MEDICAL_BEFORE.search(before) and _ONLY_A_TALK_AFTER.match(after) and not _URGENT_WORDS.search(m.string) \
            and not _UNWELL_TOO.search(m.string):
        return False  # "not a medical emergency just need to talk" (en_41)
    if _WHAT_NUMBER_BEFORE.search(before):  # "what number do you dial in an emergency here?"
        return False
    if _READY_FOR.match(m.string) or _A_LINE_NOT_FOR_THEM.match(m.string):
        return False  # "what should I keep in the house for emergencies? like a kit"; "a support line that isn't for emergencies"
    if _NUMBERS_KEPT_AFTER.match(after):  # "setting up emergency numbers by my grandma's phone" (en_42)
        return False
    if _AID_BEFORE_ES.search(before) and _MONEY_AFTER_ES.match(after) and not _URGENT_WORDS.search(m.string.replace(" ayuda de ", " ")) \
            and not _UNWELL_TOO.search(m.string):
        return False  # "no recibio su cheque del seguro social, hay ayuda de emergencia con dinero?" (es_54): money
    if _A_DEVICE_WANTED_BEFORE.search(before) and _ALERT_DEVICE_AFTER.match(after) \
            and not _URGENT_WORDS.search(m.string) and not _UNWELL_TOO.search(m.string) \
            and not _DARK_BESIDE_A_DENIAL.search(m.string) and not _DARK_BESIDE_A_BURDEN.search(m.string):
        return False  # "need one of those emergency buttons you wear around your neck" (en_57): equipment asked for
    if _SERVICE_QUESTION_BEFORE.search(before):  # "do you guys handle emergencies?"
        return False
    asked = _LINE_FOR_BEFORE.search(before)
    if asked and _ONLY_OR_NOT_AFTER.match(after) and _only_framed(m, before, asked.start(), after, _LINE_FRAME):
        return False  # "I found this number on a flyer at church, is this for emergencies?" (en_35)
    # "a family emergency, so I have to cancel": a reason for being away, not a call for help
    if _PERSONAL_BEFORE.search(before) and not _URGENT_WORDS.search(m.string):
        return False
    if _A_REASON_TO_MOVE.search(m.string) and not _UNWELL_TOO.search(m.string):
        return False  # "please reschedule Dorothy Williams' follow up, family emergency" (en_65)
    if _DENTAL_BEFORE.search(before) and _MOVING_A_VISIT.search(m.string) and not _URGENT_WORDS.search(m.string):
        return False
    if not before.strip() and _A_CLASH_AFTER.match(after):
        return False  # "EMERGENCY!!! the cooking class is the same day as bingo" (en_50): two plans on one day, shouted
    if _ER_AFTER_EN.match(after) or _ER_BEFORE_ES.search(before):
        nearby = before.split()[-8:] + after.split()[:8]
        if any(word in _PLACE_WORDS for word in nearby):
            return False
    return not _NEGATED_BEFORE.search(before) and _is_current_mention(m)


# Two plans on one day, and only that: "EMERGENCY!!! the cooking class is the same day as bingo" (en_50)
_A_CLASH_AFTER = re.compile(r"^(?: (?:the|my|our|her|his|moms|mom s))?(?: \w+){0,3} (?:class|appointment|appt|visit|call|test|"
                            r"checkup|party|"
                            r"game|bingo|church|meeting|lunch|dinner|trip) (?:is |s )?(?:on )?(?:the )?same (?:day|time|night|morning) as"
                            r"(?: (?:the|my|our|her|his))?(?: \w+){1,3}(?: (?:lol|haha|ugh|help|again|what do i do|which one))* ?$")


# Numbers kept by a phone or on a list, not a call for help (not "stroke numbers", a reading: a reviewer's find)
_NUMBERS_KEPT_AFTER = re.compile(r"^ (?:phone )?numbers? (?:by|on|near|next to|for) (?:the|my|her|his|grandmas|moms|dads|our) "
                                 r"(?:\w+ )?(?:phone|fridge|refrigerator|wall|list|speed dial)\b(?!.*\b(?:now|hurry|help)\b)")


# Emergency money asked for, in Spanish: "ayuda de emergencia con dinero", "... para la renta"
_AID_BEFORE_ES = re.compile(r"\b(?:ayuda|apoyo|asistencia|fondos?|dinero|prestamo) (?:economica |financiera )?de $")
_MONEY_AFTER_ES = re.compile(r"^ (?:con|para|pa) (?:el |la |las |los |mi |su |sus |mis )?(?:dinero|renta|cuentas?|biles|bills|comida|"
                             r"pagar|luz|gas|agua|recibos?|deudas?|medicinas?|despensa|cheque)\b")
# Someone at the door with a trade or an errand: "the cable guy at my door wont leave"
_A_CALLER_WITH_A_TRADE = re.compile(r"\b(?:cable|salesman|sales|selling|sell|solicitor|jehovah|witnesses|missionar\w*|delivery|"
                                    r"mailman|mail carrier|ups|fedex|amazon|landlord|super|maintenance|nurse|aide|contractor|plumber|"
                                    r"census|campaign\w*|petition|survey|girl scouts?|cookies)\b")
# ... or someone known: "my landlord is at my door and wont leave, hes yelling and im scared"
_KNOWN_CALLER = (r"(?:my|her|his|the|moms|dads) (?:\w+ )?(?:landlord|ex|ex husband|ex boyfriend|neighbou?r|nephew|grandson|son|brother|"
                 r"boyfriend|husband|son in law)")
# ... unless the caller frightens or threatens: "my landlord is at my door and wont leave, hes yelling and im scared"
_FEAR_OR_THREAT = re.compile(r"\b(?:scared|afraid|terrified|frightened|yell\w*|scream\w*|threat\w*|hit\w*|gun|knife|bang\w*|"
                             r"kick\w*|drunk|hurt\w*|pound\w*)\b")
# A medical alert device asked for, and nothing urgent or unwell told: "need one of those emergency buttons you wear
# around your neck" (en_57), "can mom get an emergency pendant". Not "pressed her emergency button, she fell".
_A_DEVICE_WANTED_BEFORE = re.compile(r"\b(?:need|needs|want|wants|get|getting|buy|order|have|has|about|for|find|rent|borrow) "
                                     r"(?:\w+ )?(?:(?:one of )?(?:those|these|them|the) |an? |one |some |her |him |me )?$")
_ALERT_DEVICE_AFTER = re.compile(r"^ (?:call |alert |response |medical alert |medical )?(?:buttons?|pendants?|necklaces?|bracelets?|"
                                 r"alarms?|alert systems?|response systems?|call systems?)\b")


# "NO I DONT NEED AN AMBULANCE, I was asking about the class": refused, not called for.
# Only the sender's own refusal: "he doesn't want an ambulance but he's gray" is still a call.
_REFUSED_BEFORE = re.compile(r"\b(?:i|we) (?:dont|do not|didnt|did not) (?:even )?(?:need|want|ask for|request|order)(?: an?| the)? $")
# ... unless something else is asked for or told: "we dont need an ambulance we need the police"
_STILL_URGENT_AFTER = re.compile(
    r"\b(?:needs? (?:the |a |an |some |you to )?(?:police|cops|help|fire|someone|somebody|send)|police|cops|help|hurry|but|"
    r"knife|gun|hurt\w*|bleed\w*|breath\w*|chest)\b")


# A ride owed for: "she owes for an ambulance ride" (not "we need an ambulance whatever we owe").
_OWED_FOR_BEFORE = re.compile(r"\bowe(?:s|d)? (?:\w+ )?(?:for|on) (?:an?|the|that|her|his|my) $")
# ... or the ambulance as the last words: "they say I owe money for the ambulance" (en_60)
# (... or help with it asked next: "I owe money for the ambulance can you help me with that period", en_72)
_RIDE_BILLED_AFTER = re.compile(r"^(?: (?:ride|rides|bill|bills|trip|trips|transport)\b| ?$| (?:can|could|would|will) (?:you|u|someone|"
                                r"somebody|anyone) help\b| (?:help|what do|who do|who can|how do|is there)\b)")


# Someone sent to help at home for days, asked with no fear, harm or illness: "me pueden mandar a alguien
# pa que me ayude en la casa unos dias? ando sola" (es_22; not "... que me cuide, mi hijo me quiere pegar").
_HOME_HELP_AFTER_ES = re.compile(r" (?:que|para|pa)(?: que)? (?:me |nos |le |la |lo )?(?:ayude|ayuden) (?:en|con) "
                                 r"(?:la casa|el quehacer|la limpieza|las compras|la comida)\b|"
                                 # ... or to look after someone on a schedule: "que cuide a mi mama los sabados"
                                 r" (?:que|para|pa)(?: que)? (?:me |le |la |lo )?(?:cuide|cuiden|acompane|acompanen) (?:a (?:mi|su) \w+ )?"
                                 r"(?:los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos|fines de semana)|unos dias|unas horas|"
                                 r"en las (?:tardes|mananas|noches)|mientras)\b")
# ... or sent to take someone to a visit: "pueden mandar a alguien por mami pa su cita? yo no salgo del trabajo a tiempo"
# (es_52: a ride)
_RIDE_TO_A_VISIT_AFTER_ES = re.compile(
    r" (?:por|(?:a|pa|para) (?:recoger|buscar|llevar) a|que (?:recoja|lleve|traiga|pase por)(?: a)?) (?:mi |mis |su |la |el |a )?"
    r"\w+(?: \w+)? "
    # (a booked visit, not a place: "... pa el hospital, no despierta" is an ambulance asked, the reviewer of the en_56 change;
    # the doctor on a weekday is one: "manden a alguien por mi mama pal doctor el jueves porfa")
    r"(?:(?:pa|para|a) (?:su|la|mi) (?:cita|consulta|terapia|dialisis|quimio|appointment)|"
    r"(?:pal|pa el|para el|al) doctor (?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado))\b")
_HARM_OR_ILL_ES = re.compile(r"\b(?:miedo|asustad\w*|pega\w*|golpe\w*|me quiere|amenaz\w*|no me siento bien|me siento mal|"
                             r"ahorita|ya|urgente|rapido|me cai|se cayo|sangr\w*|duele|dolor|respir\w*|desmay\w*)\b")


def _sent_to_help_at_home(m: re.Match[str]) -> bool:
    return m.group().endswith("a alguien") and (_HOME_HELP_AFTER_ES.match(m.string, m.end()) is not None
                                                or _RIDE_TO_A_VISIT_AFTER_ES.match(m.string, m.end()) is not None) \
        and not _harm_or_ill_told_es(m.string)


# Once per message, not per match: a long message repeating the request scanned it whole for each (100,000 characters:
# 6.5 s, found measuring the en_56 change)
@functools.lru_cache(maxsize=16)
def _harm_or_ill_told_es(text: str) -> bool:
    return _HARM_OR_ILL_ES.search(text) is not None


_BREATHING_PRACTICE = re.compile(r"\b(?:like the nurse said|every (?:morning|day|night)|through my nose|deep breath\w*|"
                                 r"count to|exercises?|yoga|anxious|calm down|meditat\w*)\b")
_CHRONIC_CONFUSION = re.compile(r"\b(?:dementia|alzheimers?|for years|over the (?:last|past) (?:year|few years|months)|anymore|"
                                r"most days|some days)\b")
_AT_HOME = re.compile(r"\b(?:(?:my|our|her|his|their|moms|dads) (?:\w+ )?(?:apartment|apt|house|place|home|room|bedroom|unit)|"
                      r"inside|in here|at home)\b")
_TREMOR = re.compile(r"\b(?:tremor|tremors|parkinsons?)\b")


# What someone else does, to be stopped without the police: "I don't want him arrested".
_SOMEONE_ELSES_DOING_BEFORE = re.compile(
    r"\b(?:dont|do not) want (?:him|her|them|my \w+) (?:arrested|in trouble|to get in trouble|locked up|in jail|charged|to go to jail)\b")


# A dose taken as told: "took 2 more at lunch like the dr said"
_AS_PRESCRIBED = re.compile(r"\b(?:like|as) (?:the |my )?(?:dr|doctor|nurse|pharmacist) (?:said|told|ordered|wants)|as prescribed\b")
# Smoke with an everyday source told: a smoker, a grill, a candle, burnt toast.
# Everyday sources of smoke (`_SMOKE_EXPLAINED`, `_SMOKE_NOT_A_FIRE`)
_EVERYDAY_SMOKE = (r"cigarettes?|cigars?|smoking|smoker|smokers|weed|vap\w*|grill\w*|bbq|fireplace|candles?|incense|toast|popcorn|"
                   r"cook\w*|bacon")
_SMOKE_EXPLAINED = re.compile(rf"\b(?:{_EVERYDAY_SMOKE}|smokes|pot|marijuana|"
                              r"barbecue|bonfire|campfire|fireworks|wildfires?|fires up|"
                              r"forest fires?|wood ?stove|stove|boiler|furnace|heater|vent|burned the|burnt the|"
                              r"from when|this morning|earlier|normal|is it (?:ok|okay|safe)|should i|every (?:winter|fall|year)|"
                              r"air purifier|leaves|trash|since the|neighbou?rs? (?:\w+ )?(?:stove|fireplace|grill))\b")
# A fever told as gone or past (the confusion rules)
_FEVER_GONE = re.compile(r"\b(?:fever (?:broke|is gone|went down|went away|is down)|no (?:more )?fever|fever last (?:week|month)|"
                         r"had a fever (?:last|a few|two|2|3) |ya no tiene fiebre|se le quito la fiebre|le bajo la fiebre)\b")
# the tank's colour asked, not a person's: "el tanque de oxigeno de mi mama esta azul, es normal el color?"
_A_COLOUR_ASKED_ES = re.compile(r"\b(?:color|(?:tanque|cilindro|botella|manguera)(?: \w+){0,5} esta (?:azul|morad[oa]))\b")
# The fire over, everyone out, or a shelter after it (the Spanish fire rule)
_FIRE_OVER_ES = re.compile(r"\b(?:bien|a salvo|ya salio|ya salieron|despues del|refugio|albergue|ya lo apagaron|ya se apago)\b")
# A relative's visit or a chore told (the forced-way-in rule)
_A_HOMELY_VISIT = re.compile(r"\b(?:casserole|cake|cookies|pie|soup|food|eat|dinner|lunch|lol|haha|ugh|bless|hug\w*|visit\w*|"
                              r"to (?:clean|fix|help|check on)|staying (?:\d+|for|the)|holidays?|weekend)\b")
# An everyday source or a test told (a source only: "should i stay in my apartment" is asked during a fire, a second reviewer)
_SMOKE_NOT_A_FIRE = re.compile(rf"\b(?:{_EVERYDAY_SMOKE}|drill|drills|all clear|false alarm|se (?:me |le )?quem(?:o|aron)|"
                               r"abri las ventanas|cigarro|"
                               r"(?:burnt|burned|burning) (?:their|his|her|my|the|some|our)|food|dinner|supper|lunch|breakfast|"
                               r"sear\w*|fry\w*|fried|roast\w*|bak\w*|steak|fish|pancakes?|test|tests|testing|training|smoke machine|"
                               r"fog machine)\b")
# A gas smell in a home, not a stomach's, not one already fixed or asked about
_GAS_PLACE = re.compile(r"\b(?:kitchen|house|apartment|apt|basement|building|hallway|hall|home|room|stove|oven|garage|place|in here)\b")
_GAS_EXPLAINED = re.compile(r"\b(?:burp\w*|fart\w*|stomach|belly|bloat\w*|metformin|antibiotics?|gives me|has (?:a |bad )?gas|"
                            r"have (?:a |bad )?gas|fixed|came and|came out|normal|when you first|is it normal|yesterday|last week)\b")
# A firearm by any of its names (the rules below, and bot/intent_guards.py's dark words).
FIREARM = r"(?:guns?|pistol|rifle|shotgun|revolver|firearm|handgun)"
# A means named, or said to be meant: an idiom of death is then not one (a reviewer's find).
_MEANS_NAMED = re.compile(rf"\b(?:{FIREARM}|loaded|ammo|bullets?|noose|"
                          r"i mean it|not joking|not kidding|im serious|pistola|arma|escopeta|lo digo en serio)\b")
_MEANS_OR_SELF = re.compile(rf"\b(?:pills?|{FIREARM}|knife|rope|myself|for good|cant take|kill\w*|die|dying|dead|"
                            r"end (?:it|my life)|overdose)\b")


# Someone's job: "my granddaughter is a paramedic", "he works as an EMT".
_JOB_BEFORE = re.compile(r"\b(?:is|was|works as|worked as|used to be|became|training to be|studying to be|job as) an? $")


# "ambulance sirens outside all night": someone else's, going by.
_PASSING_AFTER = re.compile(r"^ (?:sirens?|going by|went by|drove by|driving by|passing|racing by|flying by)\b")
# An ambulance seen in the street, and a wish for whoever it was for, as the whole message: "saw an ambulance
# on my street hope everyones ok" (en_44); not "... hope its not for mom, shes not answering"
_BYSTANDER = re.compile(r"^ (?:i )?(?:just )?(?:saw|seen|see|heard|noticed) (?:(?:an?|the|two|some|all these|lots of) )?"
                        r"(?:ambulances?|paramedics|fire trucks?)(?: and (?:an?|the|some) (?:fire trucks?|police|cops|ambulances?))? "
                        r"(?:(?:on|down|up) (?:my|our|the) (?:street|block|road)|(?:in|on) (?:my|our|the) (?:neighborhood|corner|way home)|"
                        r"(?:go|going|went|drive|driving|drove|race|racing) (?:by|past)(?: (?:my|our|the) (?:house|building|street|window))?|"
                        r"outside (?:st marys|the (?:hospital|store|church|school|library|bank))(?: (?:entrance|er|door|front door))?|"
                        r"outside (?:the )?st marys (?:entrance|er|door|front door)|"
                        # ("saw an ambulance at my neighbor's house this morning, hope she's ok", en_46)
                        r"(?:at|outside) (?:my|the|our) (?:next door )?neighbou?rs?(?: (?:house|place|building|apartment))?|next door|"
                        r"across the street)(?: today| just now| earlier| this morning| last night| yesterday)? "
                        r"(?:hope|hoping|praying|pray) (?:everyones|everyone is|everybodys|everybody is|theyre|they are|its nothing|"
                        r"shes|hes|she is|he is|"
                        r"nobody is hurt|no ones hurt|whoever it is is|whoever it was is) ?"
                        r"(?:ok|okay|fine|alright|all right|good|serious)? ?$"
                        # ... or asked after: "saw an ambulance outside the st mary's entrance, is everything ok there?" (en_51)
                        r"|^ (?:i )?(?:just )?(?:saw|seen|noticed) (?:an?|the|some) (?:ambulances?|fire trucks?) outside (?:the )?"
                        r"(?:st marys|hospital|clinic)(?: (?:entrance|er|door|front door|building))? (?:today |just now |earlier )?"
                        r"(?:is )?(?:everything|everyone|everybody) (?:ok|okay|alright|all right)(?: there| over there)? ?$")
# A bill from the ambulance, told among bills: the ride was in the past, the trouble is paying
# ... or billed for it: "I received a bill for $2,300 for the ambulance ride. Is there help?" (en_63)
_BILLED_BY_BEFORE = re.compile(r"\b(?:bills?|invoices?|statements?|charges?|letters?|one|another)(?: \w+){0,3} (?:from|for) "
                               r"(?:the|an|that|my|her|his|moms|dads) $")
_TURNED_OUT_FOR_SOMEONE_ELSE = re.compile(r"\b(?:turned out|turns out|found out) (?:it was|it wasnt|it was not|that it was) "
                                          r"(?:for )?(?:someone|somebody|some one) else\b")
_BILLS_TOLD = re.compile(r"\b(?:bills?|invoices?|statements?|charged|owe|owes|pay|paying|afford|collections?)\b")
_EMERGENCY_TOLD = re.compile(r"\b(?:911|hurry|now|right now|rn|asap|today|tonight|not breathing|cant breathe|breath\w*|bleeding|unconscious|"
                             r"passed out|chest|fell|fallen|weak|pale|collapsed|worse|bad|sick|hurt|pain|come|before they come|"
                             r"another one|call one|call them|needs one|need one|for (?:mom|dad|him|her|my \w+)|what do i do|what should i do)\b")


def _is_wanted_mention(m: re.Match[str]) -> bool:
    before, after = _context(m)
    if _JOB_BEFORE.search(before) and not _URGENT_WORDS.search(m.string):
        return False  # "my granddaughter is a paramedic and she says I'm doing great" (en_26)
    if _OWED_FOR_BEFORE.search(before) and _RIDE_BILLED_AFTER.match(after):
        return False  # "mom got a letter saying she owes for an ambulance ride" (en_26)
    if _REFUSED_BEFORE.search(before) and not _STILL_URGENT_AFTER.search(after):
        return False
    if _PASSING_AFTER.match(after) or _BYSTANDER.match(m.string):
        return False
    if _BILLED_BY_BEFORE.search(before) and _BILLS_TOLD.search(m.string) and not _EMERGENCY_TOLD.search(m.string):
        return False  # "three bills ... one from the hospital one from the ambulance and one from some lab" (en_44)
    if _TURNED_OUT_FOR_SOMEONE_ELSE.search(m.string) and not _EMERGENCY_TOLD.search(m.string) and not _UNWELL_TOO.search(m.string):
        return False  # "saw an ambulance at my neighbor Dorothy's building yesterday, turned out it was for someone else" (en_65)
    if _NOT_FOR_ME.match(m.string):
        return False  # "I'm okay. The ambulance last night was for my neighbor not me, just so you know" (en_48)
    if _SOMEONE_ELSE_BEFORE.search(before) and _ended_well_since(m.string) \
            or _FOR_SOMEONE_ELSE_AFTER.match(after) and _ended_well_since(m.string, _PAST_NIGHT_WRITER_FINE):
        return False  # "mom's neighbor was in an ambulance last night, mom was shaken but she's ok" (en_28)
    return _is_current_mention(m)


# Someone else's ambulance, last night or yesterday, in a message that ends well: only the
# ambulance mention is read so (a reviewer's finds: "took too many pills last night but im ok"
# is an overdose, whatever the ending).
# "the ambulance came for the man upstairs last night ... I'm fine" (en_41)
_OTHERS_KNOWN = r"(?:neighbou?rs?|friends?|cousins?|coworkers?)"
_A_STRANGER = r"(?:lady|man|guy|woman|people)"
_FOR_SOMEONE_ELSE_AFTER = re.compile(rf" (?:came|come|was here|showed up|pulled up|took|picked up)(?: \w+){{0,2}}? (?:for|to get|to take)? ?"
                                     rf"(?:the|my|our|a) (?:{_OTHERS_KNOWN}|{_A_STRANGER})\b(?!.*\b(?:fell|fall|hurt|bleeding|pain|broke)\b)")
_SOMEONE_ELSE_BEFORE = re.compile(rf"\b(?:{_OTHERS_KNOWN}|co workers?|the {_A_STRANGER}"
                                  r"(?: \w+){0,3})(?: \w+){0,5} $")
# "... but she's ok" at the end (en_28), or "shes fine now staying at her daughters" (en_29).
_ENDED_WELL = (r"\b(?:last night|yesterday)\b.* (?:but |and )?(?:shes|hes|she is|he is|were|we are|everyone is|"
               r"everybody is|mom is|moms|dad is|dads{writer}) (?:ok|okay|fine|alright|all right|doing (?:fine|well|ok|okay|good|better)|"
               r"home|back home|better)(?: now)?(?P<rest>(?: \w+){{0,6}}) ?$")
_PAST_NIGHT_ENDED_WELL = re.compile(_ENDED_WELL.format(writer=""))
# ... or the writer fine, when the ambulance came for someone else: not "called an ambulance for me last night but im ok"
# (a reviewer of the en_28 change)
_PAST_NIGHT_WRITER_FINE = re.compile(_ENDED_WELL.format(writer="|im|i am"))
# ... or said outright to have been for someone else, as the whole message, with nothing after but "just so you know":
# "I'm okay. The ambulance last night was for my neighbor not me, just so you know if anybody saw" (en_48; not "... not
# me, i took the rest of his pills", "... not me but i'm so dizzy i can't stand": its reviewer)
_NOT_FOR_ME = re.compile(
    # someone else's, told in so many words, all well: "saw an ambulance at moms building and panicked but it wasnt for her, shes
    # fine, just watching tv" (en_62)
    r".*\b(?:it|they) (?:wasnt|was not|werent|were not) (?:for|there for) (?:her|him|me|us|mom|dad|them)\b"
    r"(?=.*\b(?:(?:shes|hes|im|she is|he is|i am|were|everyone is) (?:fine|ok|okay|good|alright)|all good)\b)(?!.*\b(?:but (?:she|he) "
    r"(?:fell|is hurt)|now (?:she|he)|help)\b)|"
    r"^ (?:(?:im|i am|were|we are|everything is|all is) (?:ok|okay|fine|good|alright|all right) )?(?:the )?(?:ambulance|paramedics) "
    r"(?:(?:last night|yesterday|earlier|this morning|outside|on (?:my|our|the) (?:street|block)) )?"
    rf"(?:was|were|came) (?:here |by )?for (?:(?:my|the|our) (?:{_OTHERS_KNOWN}|{_A_STRANGER}|(?:upstairs|downstairs|next door|"
    r"across the (?:hall|street)) \w+|(?:lady|man|neighbou?r) (?:upstairs|downstairs|next door|across the (?:hall|street))) "
    # ("I'm OK, the ambulance on my street was for somebody else", en_51)
    r"not (?:me|us|for me|for us)|(?:somebody|someone) else(?: not (?:me|us))?)"
    r"(?: (?:just so you know|in case (?:anyone|anybody|you) (?:saw|asks|asked|heard|wondered)|"
    r"if (?:anyone|anybody) (?:saw|asks|asked|heard|wondered)|dont worry|no need to worry|thanks|thank you|fyi))* *$")
_HELP_NOW = re.compile(r"\b(?:help|911|hurry|now|right now|please|pls|ayuda|ahorita|auxilio)\b")
_STILL_WANTED = re.compile(r"\b(?:need|needs|send|call|another|again|hurry|help|please|pls|911|come)\b")
_AMBULANCE_WORD = re.compile(r"\b(?:ambulances?|paramedics?|emts?)\b")
# What may follow the good ending without undoing it: where they are staying, thanks.
_CALM_REST = re.compile(r"^(?: (?:staying|resting|back|home|at|with|her|his|their|my|the|daughters?|sons?|sisters?|house|place|"
                        r"now|thank god|thankfully|thanks|thank you|just|shaken|a bit|little|up|already))*$")


def _ended_well_since(text: str, ended_well: re.Pattern[str] = _PAST_NIGHT_ENDED_WELL) -> bool:
    """Someone else's ambulance last night or yesterday, in a message that ends well ("but
    she's ok", "shes fine now staying at her daughters"), with no call for help in it."""
    found = ended_well.search(text)
    if found is None or not _CALM_REST.match(found.group("rest")) or len(_AMBULANCE_WORD.findall(text)) > 1:
        return False
    told = text[:found.start()] + " " + found.group("rest").replace(" now", "")
    return not _HELP_NOW.search(told) and not _STILL_WANTED.search(text)


def _small_and_settled(text: str) -> bool:
    """A bandage bled through a little and changed, all well, as the whole message: "she bled through her bandage from the
    blood draw a tiny bit, we changed it, all good" (en_52; anything else told keeps the rule's reading: "... a little
    scared", "... then she bled through that one too", vomited blood, a reviewer's finds)."""
    return _SMALL_BLEED_SETTLED.match(text) is not None


_SMALL_BLEED_SETTLED = re.compile(
    r" (?:(?:she|he|i|mom|my mom|dad|my dad|it|her arm|his arm|my arm|the (?:iv|blood draw|shot|needle) (?:spot|site)) )?bled "
    r"(?:a little |a tiny bit )?through (?:her|his|my|the) (?:bandage|gauze|band ?aid|bandaid|dressing|cotton ball)(?: from the (?:blood draw|shot|flu shot|iv|lab|labs|vaccine))? "
    r"(?:a tiny bit |a little bit |a little |a bit |just a little )?(?:so )?(?:we|i) changed it(?: and)?(?: (?:its|it s|it is))? "
    r"(?:all good|fine now|all set|no big deal)(?: now)? ?$")


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


# A limb that will not get over something, for good: "I can't lift my leg over the side of
# the tub anymore" (a need for a bath seat, not a stroke).
_MOBILITY_AFTER = re.compile(
    r"^ (?:\w+ ){0,2}?(?:over(?: the (?:side|edge|rim) of)?|into|in and out of|onto|up (?:onto|into)) (?:the |my |a |her |his )?"
    r"(?:tub|bathtub|bath|shower|car|bed|truck|bus|curb)\b")


# ... or the tub named first: "mom's shower is a tub with glass doors and she can't lift her leg over".
_OVER_IT_AFTER = re.compile(r"^ (?:it )?over(?: (?:it|the (?:side|edge|rim|wall)))?(?: (?:anymore|now))? *$")
_BARRIER_BEFORE = re.compile(r"\b(?:tub|bathtub|shower)s?\b")
# ... with nothing sudden, new or numb in the message (a reviewer's finds: "all of a sudden i cant lift my
# left leg over, its numb")
_SUDDEN_OR_NUMB = re.compile(r"\b(?:suddenly|sudden|all of a sudden|out of nowhere|just now|right now|now|today|tonight|"
                             r"this morning|numb\w*|weak\w*|dead weight|droop\w*|slurr\w*|tingl\w*|de repente)\b")


# A leg gone to sleep from sitting: "se me durmio la pierna derecha de estar sentada".
_ASLEEP_FROM_SITTING_AFTER = re.compile(
    r"^ (?:\w+ ){0,3}?(?:(?:de|por) (?:estar |tanto estar |haber estado )(?:sentad|acostad|parad|cruzad|hincad)\w*|"
    r"from sitting (?:too long|so long|all day|on it)|"
    # "my arm went numb from sleeping on it wrong, it's fine now" (en_62)
    r"from (?:sleeping|lying|laying|leaning) on it|from how i slept)\b")
# ... and nothing it cannot do: "... desde que me sente y no lo puedo mover"
_CANNOT_USE = re.compile(r"\b(?:no (?:lo |la |le |me )?(?:puedo|puede|pude|pudo) (?:mover|sentir|levantar|parar|caminar|hablar)|"
                         r"cant (?:move|feel|lift|stand|walk|talk)|torcio|chueca|boca|weak|debil)\b")


def _is_sudden_deficit(m: re.Match[str]) -> bool:
    """Limb / face weakness counts unless it is an old, known deficit or a limit in getting
    into the tub or the car."""
    before, after = _context(m)
    if _STILL.search(m.group(0)) and _OLD_STROKE.search(m.string) and not _NEW_OR_WORSE.search(m.string):
        return False  # "i had a stroke back in 2019 and my left hand is still a little weak" (en_38)
    if _OVER_IT_AFTER.match(_clause_context(m)[1]) and _BARRIER_BEFORE.search(before) and not _SUDDEN_OR_NUMB.search(m.string):
        return False  # "a tub with glass doors and she can't lift her leg over" (en_26)
    # (the tub or the car, but not with a sudden or numb limb: "suddenly i cant lift my leg into the car and its numb")
    return not _CHRONIC_AFTER.match(after) and not (_MOBILITY_AFTER.match(after) and not _SUDDEN_OR_NUMB.search(m.string)) and \
        not (_ASLEEP_FROM_SITTING_AFTER.match(after) and not _CANNOT_USE.search(m.string)) and _is_not_a_label(m)


def _is_person_unresponsive(m: re.Match[str]) -> bool:
    """ "unresponsive" about a person, not an app, screen or website."""
    before, _ = _context(m)
    return not _TECH_BEFORE.search(before)


# Services and offices that may not answer: "el doctor no contesta".
_SERVICE_BEFORE_ES = re.compile(
    r"\b(?:doctor|doctora|dr|enfermera|enfermero|oficina|clinica|farmacia|aseguranza|nadie|compania|"
    r"consultorio|hospital|recepcion|trabajadora social|manejador\w*|administrador\w*|seguro)"
    r"(?: \w+){0,2} $"
)


def _is_person_es(m: re.Match[str]) -> bool:
    """ "No responde" about a person, not an app, a phone or an office."""
    before, _ = _context(m)
    return not (_TECH_BEFORE.search(before) or _SERVICE_BEFORE_ES.search(before))


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
    if value <= 12 and re.search(r"\b(?:at|by|around|before|after|until|til|till|about|las|la|a las) $", before):
        return False
    if value == 400 and (re.search(r"\b(?:over|above|more than|higher than|greater than) $", before)
                         or m.string.startswith(" plus", m.end("num"))):
        return True
    return value < 55 or value > 400


def _is_low_oxygen(m: re.Match[str]) -> bool:
    return "." not in m["num"] and float(m["num"]) < 85


def _is_bp_200_plus(m: re.Match[str]) -> bool:
    return int(m["sys"] or m.groupdict().get("sys2") or 0) >= 200


def _is_bp_crisis_range(m: re.Match[str]) -> bool:
    """Systolic >= 180 or diastolic >= 120 (the rule also requires a symptom)."""
    return int(m["sys"] or m.groupdict().get("sys2") or 0) >= 180 or int(m.groupdict().get("dia") or 0) >= 120


# "Almost gave me a heart attack", "casi me da un infarto": figurative.
_FIGURATIVE_EVENT_BEFORE = re.compile(
    r"\b(?:almost|nearly|practically|about to|casi|por poco)(?: \w+){0,3} $"
    r"|\b(?:gave|give|gives|giving) (?:me|him|her|us|everyone|everybody|you) an? (?:\w+ )?$"
)


# "This chatbot is gonna give me a stroke": what someone gives you is a figure of speech.
_GIVE_ME_BEFORE = re.compile(r"\b(?:gave|give|gives|giving) (?:me|him|her|us|everyone|everybody|you) an? (?:\w+ )?$")


# Things that are "shot" (worn out): "the wheels on my walker are shot", "my nerves are shot".
_WORN_OUT_BEFORE = re.compile(
    r"\b(?:wheels?|tires?|brakes?|knees?|nerves|batter(?:y|ies)|shoes|walker|cane|chair|car|phone|scale|"
    r"it|its|this|that|thing|things|back|hips?|eyes|ears|memory)(?: \w+){0,3} $"
)


# A hand that cannot type, write or hold a cup, and feels numb or strange (the stroke rule and the net's "hand_failing")
CANT_USE_HAND = (r"(?:cant|can not|cannot|couldnt|unable to|not able to) (?:typ|type|text|write|(?:grip|hold) (?:a|my|the|her|his) (?:\w+ )?"
                 r"(?:pen|pencil|phone|fork|spoon|cup|glass|coffee))(?: (?:right|rite|straight|good|properly|normal|at all))?")
HAND_GONE_ODD = (r"(?:hand|hands|hnd|arm|fingers) (?:is|are|feels?|went|has gone|have gone|gone|just went|keeps? going)? ?(?:all )?"
                 r"(?:weird|wierd|werid|numb|dead|funny|heavy|floppy|limp|tingly|tingling|wont work|not working|useless)")
_HAND_ONSET = re.compile(r"\b(?:suddenly|all of a sudden|out of nowhere|just (?:started|happened|came on)|this just started|"
                         r"started (?:\w+ ){0,3}(?:ago|this morning|today|tonight)|\d+ (?:min|mins|minutes|hours?) ago|"
                         r"woke up (?:with|and)|feels different|this is new)\b")


# "got shot today, the flu shot, arms sore" (en_44): the shot a vaccine, named as one right after it ("the flu shot",
# "covid booster"); not a place the shooting was at ("got shot at the flu clinic", "walking home from his covid
# booster"), nor with a gun, a shooter, a wound or a call for help anywhere (a reviewer's finds)
_A_VACCINE_AFTER = re.compile(r"^(?: (?:today|yesterday|this morning|this afternoon|earlier|finally|again))? (?:the |a |my |her |his |their )?"
                              r"(?:(?:flu|covid|covid 19|pneumonia|shingles|tetanus|rsv|b12|pneumococcal) (?:shot|vaccine|booster|jab)s?|(?:covid )?booster)"
                              # ... and nothing after it but how the arm or the person feels
                              r"(?: (?:and|my|her|his|the|arm|arms|is|are|its|so|very|really|sore|achy|aching|tired|fine|ok|okay|a|bit|little|"
                              r"lol|haha|kinda|pretty|hurts?|now|feel|feels|feeling|good|swollen|red|shes|hes|im))* ?$")
_A_SHOOTING_TOLD = re.compile(r"\b(?:gun|guns|gunman|shooter|shooting|shots fired|bullets?|bleeding|blood|police|cops|911|ambulance|wound|real|not|"
                              r"help|hurt|alive|dying|dead|hit|screaming|hiding|hospital|er|clinic|line|parking|walking|outside|club|site)\b")


# A fall told as history, or the person fine since: "ever since i slipped on the ice 3 winters ago ...", "mom slipped
# last month, shes fine now ...", "... took him to urgent care, hes fine"
_AN_OLD_FALL = re.compile(r"\b(?:ever since|since (?:then|last|my|her|his|the)|(?:weeks?|months?|years?|winters?|summers?) ago|"
                          r"last (?:week|month|year|winter|summer|spring|fall)|years|months|"
                          r"(?:shes|hes|im|she is|he is|i am) (?:fine|ok|okay|better|doing (?:fine|ok|okay|better|good))(?: now)?(?! but)|"
                          r"(?:took (?:him|her|me)|went|been) to (?:urgent care|the er)|x ?rays?|cast|physical therapy|therapy|pt|"
                          r"icing|iced it|wrapped it|ice pack|ice on it)\b")


def _is_not_worn_out(m: re.Match[str]) -> bool:
    if not m.group().endswith(" shot"):
        return True
    before, _ = _clause_context(m)
    vaccine = _A_VACCINE_AFTER.match(m.string[m.end():]) and not _A_SHOOTING_TOLD.search(m.string)
    return not (_WORN_OUT_BEFORE.search(before) or vaccine)


# "Im gonna have a heart attack waiting for next week", "... lol": an exaggeration. (Not
# "going to have a heart attack from the pain": that cause is real.)
_HYPERBOLE_BEFORE = re.compile(r"\b(?:gonna|going to|will|ill) have an? (?:\w+ )?$")
_HYPERBOLE_AFTER = re.compile(r"^ (?:\w+ )?(?:waiting|lol|haha\w*)\b")


# Someone else's event at the writer's age: "my mother had a stroke at my age, that worries me" (en_38)
_HAD_IT_BEFORE = re.compile(r"\b(?:mother|mom|dad|father|grandma|grandpa|grandmother|grandfather|sister|brother|aunt|uncle|"
                            r"parents?|mama|papa|she|he)(?: \w+){0,2}? (?:had|got)(?: an?| her| his| their)?(?: first| big| bad)? $")
_NOW_AT_MY_AGE = re.compile(rf"\b(?:{_NOW}|floor|having|happening)\b")
_AT_MY_AGE_AFTER = re.compile(r" at my (?:exact )?age\b")


# A talk about it: "en la iglesia dieron una platica del derrame cerebral, que interesante" (es_69)
_A_TALK_ON_BEFORE_ES = re.compile(r"\b(?:platica|platicas|charla|charlas|taller|clase|conferencia|presentacion|curso|video) (?:del?|sobre|acerca "
                                  r"del?)(?: la| el| los| las)? $")


def _is_real_event(m: re.Match[str]) -> bool:
    """A named event ("heart attack", "infarto") that is current and not a figure of speech."""
    before, after = _context(m)
    if _A_TALK_ON_BEFORE_ES.search(before) and not _URGENT_WORDS.search(m.string):
        return False
    if _HAD_IT_BEFORE.search(before) and _AT_MY_AGE_AFTER.match(after) and not _NOW_AT_MY_AGE.search(m.string):
        return False
    if _HYPERBOLE_BEFORE.search(before) and _HYPERBOLE_AFTER.match(after):
        return False
    if after.startswith(_NOT_YET) and _A_THING_IS_BEFORE.search(before) \
            and not _HAPPENING_NOW.search(m.string[:m.start()] + m.string[m.end() + len(_NOT_YET):]):
        return False  # "that game was a heart attack waiting to happen" (en_46): a thing, not yet, by its words
    return not _FIGURATIVE_EVENT_BEFORE.search(before) and _is_current_mention(m)


_NOT_YET = " waiting to happen"
# ... said of a thing, not a person ("dad is a heart attack waiting to happen and he just went down", a second reviewer's find)
_A_THING_IS_BEFORE = re.compile(r"\b(?:game|games|diet|that|this|it|thing|job|traffic|food|menu|lifestyle|habits?|stairs|driving|match|"
                                r"season|team|bill|bills|commute|schedule|show|ending|finish|fourth quarter|overtime|ninth inning) "
                                r"(?:is|was|s|are|were|has been|have been) (?:an? )?(?:real |total |absolute )?$")
# ... and nothing in the rest of the message of it coming now ("he was a heart attack waiting to happen and now hes having one",
# "... well its happening, come quick", "... i think this is it": a reviewer's finds)
_HAPPENING_NOW = re.compile(r"\b(?:now|rn|having|happen\w*|this is it|it is here|its here|help|911|hurry|quick|come|floor|cant|"
                            r"pain|hurts?|chest|arm|jaw|speech|slurr\w*|face|droop\w*|breath\w*|sweat\w*|pale|gr[ae]y|collaps\w*|"
                            r"think|tonight|today)\b")


# Insulin units given against units due: "me puse 60 unidades en vez de 20", "gave him 40 units
# instead of 14". A slip of a few units ("12 instead of 10") is not an emergency.
_UNITS_INSTEAD = (
    r"(?P<given>\d{1,3}) (?:units?|unidades?) (?:\w+ ){0,5}?(?:instead of|rather than|not|when (?:i|she|he|it) "
    r"(?:should (?:be|take|get|have)|was supposed to (?:take|get|be)|takes|gets|needs?)|en vez de|en lugar de|"
    r"y (?:eran|son|me tocaban|le tocaban|solo eran|solo son)|cuando (?:eran|son|me tocan|le tocan|me tocaban|le tocaban|debian ser|debia ser))"
    r" (?:only |just |solo |nomas )?(?P<due>\d{1,3})(?! ?(?:am|pm|hrs?|horas|minutes|minutos)\b)"
)


def _is_many_units_too_many(m: re.Match[str]) -> bool:
    given, due = int(m.group("given")), int(m.group("due"))
    return given - due >= 10 and given >= 1.5 * due


_USUAL_AFTER = re.compile(
    r"^ (?:\w+ ){0,8}?(?:like usual|as usual|as always|like always|same as always|like normal|"
    r"which is normal|normal for (?:me|him|her)|como siempre|como de costumbre|lo de siempre|lo normal)\b"
)


# Exercise reported, breathless and fine: "walked around the block twice, a little out of
# breath but fine" (a care-plan report, not "walked to the mailbox and cant catch my breath").
_EXERTION = re.compile(r"\b(?:walk\w*|exercis\w*|stairs|climb\w*|workout|jog\w*|treadmill|laps|bike|biking|camin\w*|ejercicio)\b")
_FINE_AFTER = re.compile(r"^ (?:at the end |al final )?(?:\w+ ){0,2}?(?:but|pero) (?:i feel |im |i am |i felt |feel |felt |feeling |otherwise |me siento |me senti |estoy )?"
                         r"(?:fine|ok|okay|good|great|better|alright|all right|bien|mejor)\b(?! (?:\w+ )?(?:but|pero)\b)"
                         r"(?! (?:before|earlier|this morning|at first|al principio|antes)\b)")


# A bill for it, in Spanish, told before it: "me quieren cobrar ... de una ambulancia", "la cuenta de la ambulancia"
_BILLED_FOR_IT_ES = re.compile(r"\b(?:cobrar|cobraron|cobran|cobro|cuenta|factura|debo|debe|deuda|pagar|pague|recibo|biles?)\b"
                               r"(?: \w+){0,6} (?:de|por|del)(?: la| una| el)?$")


# Breathlessness as how things usually go: "I still get out of breath on the stairs" (the match follows "get")
_HABITUAL_ON_EXERTION = re.compile(r"\b(?:i|she|he|mom|dad) (?:still |always |usually |sometimes |often )?(?:get|gets) (?:a (?:bit|little) )?"
                                   r"(?:out of breath|out of breathe|winded|short of breath|breathless)$")


def _is_new_breathing_trouble(m: re.Match[str]) -> bool:
    """Breathlessness that is new, not "a little short of breath at the end like usual"."""
    before, after = _clause_context(m)
    # (only a thing said to be suffocating: "its so hard to breathe" is the person's breathing)
    if m.group(0).lstrip().startswith("suffocat") and _THING_IS_BEFORE.search(before):
        return False
    if _WHY_BEFORE.match(m.string) and _MILD_BREATHLESS.search(m.group()) and _WHENEVER_AFTER.match(after) \
            and not _URGENT_WORDS.search(m.string) and not _AFRAID.search(m.string) and not _NOW_RE.search(m.string):
        return False  # "why am i so short of breath when i lay flat, is my heart getting worse": why, asked (en_26)
    if _WHAT_LYING_FLAT_MEANS.match(m.string):
        return False
    if _MILD_OR_BREATHLESS.search(m.group()) and _exertion_told(m.string) and _LATELY.search(m.string) \
            and _WORRY_ASKED.search(m.string) and _passed_and_mild(m.string) and not _URGENT_WORDS.search(m.string) \
            and not _MORE_THAN_WINDED.search(m.string) \
            and not _AFRAID.search(m.string) and not _NOW_RE.search(m.string):
        return False  # "out of breath climbing my stairs more than usual lately, should I be worried?" (en_40): asked
    if _PILLS_TOO_BIG.match(m.string):
        return False  # "I'm choking on all these pills, they're so big, can they come smaller" (en_46)
    if _HABITUAL_ON_EXERTION.search(before.rstrip() + m.group()) and _exertion_told(m.string) and not _URGENT_WORDS.search(m.string) \
            and not _AFRAID.search(m.string) and not _NOW_RE.search(m.string) and not _SEVERE_BREATHING.search(m.string):
        return False  # "Do you think I need a higher dose, I still get out of breath on the stairs" (en_72): how it goes, not now
    if _SUFFOCATING_FROM_HEAT_ES.search(m.group(0)) and (_HEAT_ES.search(before) or _HEAT_ES.search(after)) \
            and not _FUMES_ES.search(m.string):
        return False  # "con la calefaccion prendida todo el dia siento que me asfixio en este depa" (es_22)
    if _exertion_told(m.string) and (_FINE_AFTER.match(after) or _recovered_at_rest(m)):
        return False
    if _THE_WEATHER_AFTER.match(m.string, m.end()) and _FEELING_OK_AT_THE_END.search(m.string) \
            and not _URGENT_WORDS.search(m.string) and not _AFRAID.search(m.string) \
            and not _SEVERE_BREATHING.search(m.string[:m.start()] + m.string[m.end():]):
        return False  # "can't breathe with this humidity, staying inside with the AC, feeling ok" (en_57): a complaint
    if _MILD_OR_BREATHLESS.search(m.group()) and _FUN_AFTER.match(after) and _passed_and_mild(m.string):
        return False  # "ran out of breath singing in the choir today, it was glorious" (en_31)
    if _DONE_WITHOUT_BEFORE.search(before) and not _CANT_DO_BEFORE.search(before) and not _URGENT_WORDS.search(m.string):
        return False  # "mom ... walked to the mailbox and back without getting out of breath" (en_74): done, not failing
    return not _USUAL_AFTER.match(after) and _is_not_a_label(m)


# Something done without breathlessness, unless what came before says it could not be done: "walked to the mailbox and back
# without getting out of breath", not "she cant walk to the bathroom without getting out of breath"
_DONE_WITHOUT_BEFORE = re.compile(r"\bwithout (?:getting |being |feeling |becoming |having |any |much )?(?:too |very |so |real |really )?$")
_CANT_DO_BEFORE = re.compile(r"\b(?:cant|cannot|can not|couldnt|could not|can barely|can hardly|barely|hardly|unable|not able|hard to|"
                             r"struggl\w*|no longer|anymore|not even)\b")


# The weather blamed, and the writer well by the end of the message
_THE_WEATHER_AFTER = re.compile(r" (?:with|in) (?:this|the|all this|all the) (?:humidity|heat|muggy weather|weather|heat wave|"
                                r"pollen|smog)\b")
_FEELING_OK_AT_THE_END = re.compile(r"\b(?:(?:im|i am|i m|feeling|feel|i feel|otherwise|but) )+(?:ok|okay|fine|good|alright|all right)"
                                    r"(?: (?:though|tho|otherwise|lol|haha))? ?$")


# A change over weeks, asked about: "more than usual lately", "should I be worried"
_LATELY = re.compile(r"\b(?:lately|recently|these days|more than usual|more than before|for (?:a few|some|the past|the last) "
                     r"(?:days|weeks|months)|ultimamente|estos dias|mas que antes)\b")
# ... with nothing else told: "... and my heart flutters and im sweaty" (a reviewer's finds)
_MORE_THAN_WINDED = re.compile(r"\b(?:sweat\w*|clammy|nause\w*|sick to my stomach|vomit\w*|flutter\w*|racing|pound\w*|puff\w*|"
                               r"swell\w*|swollen|tight\w*|pressure|heavy|weak|drown\w*|elephant|faint\w*|dizz\w*|pain|hurts?|"
                               r"blue|cough\w*|pink|foam\w*|gain\w*|lbs|pounds|pillows?|lie flat|lay flat|wake up|woke up|chest|"
                               r"arm|jaw|confus\w*|gasp\w*|lightheaded|light headed|black\w* out|passed out|pass out|palpitation\w*|"
                               r"recliner|sit up|prop\w*|big|balloons?|stop|sit|sat|fell|fall)\b")
_WORRY_ASKED = re.compile(r"\b(?:should i (?:be )?(?:worried|worry|concerned)|is (?:that|this|it) (?:normal|bad|ok|okay|something)|"
                          r"(?:me )?(?:debo|deberia) preocupar\w*|es normal)\b")
# ... or recovered at rest: "a bit breathless after carrying groceries up the stairs, fine once I sat
# down, same as always", "out of breath at the end but recovered quick" (en_28)
_RECOVERED_AFTER = re.compile(  # (read past the clause: the comma before "fine" is usual)
    r"^ (?:\w+ ){0,8}?(?:but |and )?(?:(?:fine|ok|okay|better|good|normal)(?: again)? (?:once|after|when|as soon as) (?:i|she|he|we) "
    r"(?:sat|rested|stopped|caught)|"
    # "... going up the hill but ok after resting" (en_73)
    r"(?:fine|ok|okay|better|good|normal)(?: again)? after (?:resting|a rest|sitting|a (?:minute|few minutes|break))|recovered (?:quick|quickly|fast|right away|in a (?:minute|min|few))|"
    r"caught (?:my|her|his) breathe? (?:quick|quickly|fast|right away|in a (?:minute|min|few)))\b"
    r"(?!.*\b(?:but|still|now|again|worse|chest|scared|help)\b)")
_MILD_BREATHLESS_WORDS = r"short of breathe?|out of breathe?|winded"  # (normalised: "breathe")
_MILD_OR_BREATHLESS = re.compile(rf"\b(?:{_MILD_BREATHLESS_WORDS}|breathless)\b")


@functools.lru_cache(maxsize=16)
def _exertion_told(text: str) -> bool:
    return _EXERTION.search(text) is not None


_COLD_BLUE_NUMB = r"(?:ice |icy )?cold|blue|purple|white|numb"
# A pet just before it, the one put to sleep: "our dog just went to sleep for good" (not "a vet": a veteran may say it of
# himself; not a pet named earlier: "my dog died and i just want to go to sleep for good")
_A_PET_BEFORE = re.compile(r"\b(?:dog|dogs|cat|cats|pet|puppy|kitty|bird|hamster|horse)(?: \w+)? $")


def _not_a_workout_ended_well(m: re.Match[str]) -> bool:
    """Not a heart that pounded through a workout, told as over and well: "my heart was pounding and i was sweating after my
    workout today, feel great now" (the en_74 reviewer's; sweating counts beside a racing heart since en_74)."""
    if _URGENT_WORDS.search(m.string):
        return True
    # (nor a sweat at the sight of a bill: "my heart was racing and i broke out in a cold sweat when i saw the bill")
    return not (_exertion_told(m.string) and _FINE_AT_THE_END.search(m.string)) and not _AT_THE_SIGHT_OF_A_BILL.search(m.string)


_AT_THE_SIGHT_OF_A_BILL = re.compile(r"\bwhen (?:i|she|he|we|mom) (?:saw|seen|opened|got|read|looked at) (?:the|my|her|his|that|our) "
                                     r"(?:\w+ )?(?:bill|price|statement|total|invoice|balance|quote|estimate)\b")
_FINE_AT_THE_END = re.compile(r"\b(?:feel|feeling|felt|im|i am|all|back to) (?:great|fine|good|ok|okay|better|normal)(?: now| again)?"
                              r"(?: lol| haha)? ?$")


@functools.lru_cache(maxsize=16)
def _passed_and_mild(text: str) -> bool:
    """Once per message, not per match, like `_own_episode_now`."""
    return not _SEVERE_BREATHING.search(text) and not _NOT_PASSED.search(text)


_NOT_PASSED = re.compile(r"\b(?:still|later|hours?|since|keeps?|wont|cant|worse|again)\b")
# ... from something done for joy
_FUN_AFTER = re.compile(r"^ (?:from )?(?:singing|laughing|dancing|cheering|playing with|chasing (?:the|my) grand\w*|blowing out)\b")
# ... never beside a sign that is not mild (a reviewer's finds: "gasping for air, lips were
# blue, better once i sat"; "ankles swollen and gained 5 lbs")
_SEVERE_BREATHING = re.compile(
    r"\b(?:cant|couldnt|could not|cannot|gasp\w*|blue|purple|gr[ae]y|wheez\w*|pound\w*|racing|swollen|swelling|gain\w*|lbs|"
    r"pounds|chest|dizzy|faint\w*|pass\w* out|passed|cough\w*|foam\w*|pink|oxygen|lips|across the room|to the bathroom|"
    r"sitting|lying|laying|at rest|turned|never|first time|new|unusual|not normal)\b")


def _recovered_at_rest(m: re.Match[str]) -> bool:
    """Mild breathlessness that rest ended, with nothing severe or new told (read past the clause)."""
    return bool(_MILD_OR_BREATHLESS.search(m.group()) and _RECOVERED_AFTER.match(m.string[m.end():])) \
        and not _SEVERE_BREATHING.search(m.string)


# Asked why it happens whenever something is done: a question about a pattern, for the care team.
# Pills too big to swallow, and a smaller form asked for, as the whole message
_PILLS_TOO_BIG = re.compile(
    r"^ (?:(?:im|i am) (?:always |practically |basically |literally )?choking|(?:i|she|he|mom) (?:keeps?|always) choking|"
    r"(?:i|she|he|mom) (?:always )?chokes?) on (?:all )?(?:these|those|the|my|her|his) (?:\w+ )?(?:pills|tablets|capsules|vitamins)"
    r" (?:theyre|they are|they re|so|too|cause theyre|because theyre|cuz theyre) (?:so |too |really )?(?:big|huge|large|fat)"
    r" (?:can|could|do|does|is there) (?:they|you|it|the pharmacy|i get them|she get them|there) (?:\w+ ){0,3}?"
    r"(?:smaller|in liquid|liquid|cut|split|crushed|chewable|in half)(?: (?:please|pls|thanks|thank you|instead|or something))? ?$")
_WHY_BEFORE = re.compile(r"^ (?:\w+ )?why ")
# What breathlessness lying flat means, asked as the whole message, with the pillows it takes told as how things are: "What
# does it mean if I'm short of breath only when I lie flat? I sleep on 3 pillows now" (en_46; nothing else told: not "...
# she is confused", "... my legs are swollen and i gained 6 lbs", a reviewer's finds)
_WHAT_LYING_FLAT_MEANS = re.compile(
    r"^ what does it mean (?:if|when) (?:im|i am|i get|i feel) (?:so |a little |a bit )?(?:short of breathe?|out of breathe?|winded) "
    r"(?:only )?when i (?:lie|lay) (?:down|flat)(?: at night| in bed)?(?: i (?:sleep|need|use) (?:on |with )?(?:\d+|two|three|four) "
    r"pillows(?: now)?)? ?$")
_MILD_BREATHLESS = re.compile(rf"\b(?:{_MILD_BREATHLESS_WORDS}|sob)\b")
_AFRAID = re.compile(r"\b(?:scared|afraid|terrified|frightened|panic\w*|miedo|asustad[oa])\b")
_WHENEVER_AFTER = re.compile(r"^ (?:\w+ ){0,2}?(?:when(?:ever)?|every time|cada vez que|cuando) (?:i|she|he|mom|dad|me|se|yo|ella|el) "
                             r"(?:\w+ )?(?:lay|lie|lays|lies|laying|lying|go|goes|get|gets|walk|walks|climb|climbs|do|does|acuesto|acuesta|"
                             r"subo|sube|camino|camina)\b")


# The writer "suffocating" in a hot room, in Spanish: said of oneself only ("se asfixia con el
# calor" of someone else still fires).
_SUFFOCATING_FROM_HEAT_ES = re.compile(r"^ ?(?:me asfixi|asfixi\w*o$)")
_HEAT_ES = re.compile(r"\b(?:calor|caloron|calefaccion|bochorno|sin ventilacion|sin aire acondicionado)\b")
# ... never with a fuel-burning device or the signs of fumes (carbon monoxide: a reviewer's find)
_FUMES_ES = re.compile(r"\b(?:gas|calentador|calenton|estufa|boiler|horno|mare\w*|dolor de cabeza|duele (?:mucho )?la cabeza|"
                       r"nause\w*|vomit\w*|confund\w*|pecho|desmay\w*|somnolient\w*|tambien se siente)\b")


# A place or a thing that is "suffocating": "the heat in here is suffocating".
_THING_IS_BEFORE = re.compile(
    r"\b(?:heat|air|room|house|apartment|place|humidity|weather|mask|it|its|this|that|here|job|work|"
    r"rules|paperwork|traffic|crowd|smell|bureaucracy)(?: \w+){0,2} (?:is|was|feels|felt|gets|got|getting|so)"
    r"(?: so| really| kind of| pretty| just| absolutely)? $"
)


# Blood that was taken, not lost: "they took so much blood for the labs".
_BLOOD_DRAW_BEFORE = re.compile(
    r"\b(?:took|take|takes|taken|taking|drew|draw|draws|drawn|drawing|donated|donate|donating|"
    r"gave|give|given|sacaron|sacar)(?: \w+){0,2} $"
)


def _is_not_a_blood_draw(m: re.Match[str]) -> bool:
    before, _ = _context(m)
    return not _BLOOD_DRAW_BEFORE.search(before)


# "When should I call 911", "cuando debo llamar al 911": a learning question.
_WHEN_TO_CALL_BEFORE = re.compile(
    r"\b(?:when|whether|cuando) (?:should|do|would|must|shall|to|can|is it time to|debo|debemos|hay que|"
    r"tengo que|se debe|necesito|deberia|es necesario)(?: (?:i|we|you|one|they|he|she|(?:my |your |the |a |an )?\w+))?"
    r"(?: (?:call|dial|phone|ring|text|llamar|marcar)(?: al| a)?)? $"
)
# Someone's earlier instruction: "the nurse said to call 911 if ...".
_INSTRUCTION_WORDS = re.compile(
    r"\b(?:said|says|told|tells|instructions?|supposed|know|knows|remember|reminded|handout|sheet|"
    r"plan|dijo|dijeron|dice|dicen|indico|indicaron|explico|recomendo|hoja|folleto)\b"
)
_CONDITION_AFTER = re.compile(r"^ (?:if|in case|whenever|when|si|en caso|cuando)\b")


# "Is 911 free to call?": how it works, asked.
_COST_AFTER = re.compile(r"^ (?:free|cost|costs|charge|charges|bill|bills)\b")


def _is_call_for_help(m: re.Match[str]) -> bool:
    """ "911" as a call for help, not "when should I call 911" or an instruction
    repeated back ("the nurse said call 911 if his chest ever hurts")."""
    before, after = _clause_context(m)
    # a question about when to call that turns to the writer's own case: "when should i call 911, i
    # think im having one rn" is asked from inside the emergency
    asked_in_general = _WHEN_TO_CALL_BEFORE.search(before) or _learning_before(before)
    if (asked_in_general and not _own_episode_now(m.string)) or _SAID_IF_BEFORE.search(before):
        return False
    if _someday(m, m.string[:m.start() + 1]):  # "if I ever get chest pain do I call 911": the if-clause is before
        return False
    if _COST_AFTER.match(after) or _TOLD_TO_CALL_BEFORE.search(before) or _is_this_line_asked(before, after):
        return False
    if _REFUSED_BEFORE.search(before) and not _STILL_URGENT_AFTER.search(after):  # "I dont need 911, I need my list"
        return False
    if _asked_out_of_curiosity(m.string) or _HOW_911_WORKS.search(m.string):
        return False
    if _WHICH_ONE_ASKED.match(m.string):  # "when is it 911 vs just going to the ER, like how do you decide" (en_44)
        return False
    if _A_CAR_BEFORE.search(before):  # "my grandson says his new car is a 911" (en_71)
        return False
    if _WHAT_THE_LINE_DOES.search(before) and not _own_episode_now(m.string):
        return False  # "does this number do emergencies or should i always call 911?" (en_71)
    if _only_the_number_asked(m):  # "what number do i call if theres an emergency, 911 right?"
        return False
    if _what_a_device_does_asked(m):  # "... my life alert, does it call 911 or my daughter" (en_35)
        return False

    # "had a seizure years ago and we had to call 911": a call told as history
    if _CALLED_BEFORE.search(before) and _PAST_RE.search(m.string) and not _NOW_RE.search(m.string):
        return False
    return not (_CONDITION_AFTER.match(after) and _INSTRUCTION_WORDS.search(before))


# 911 or the ER, asked in general, as the whole message: nothing after it but how one decides (not "... because mom is
# acting really strange right now", "... hes been vomiting all day": a reviewer's finds)
_WHICH_ONE_ASKED = re.compile(r"^ (?:so )?(?:when|how do (?:you|i|we) know when) (?:is it|its|it s|do you (?:call|do)|should (?:you|i|we) (?:call|do)) 911 "
                              r"(?:vs|versus|or|and when (?:is it|do you go to|should (?:you|i|we) go to)) (?:just )?(?:going to |go to |driving to "
                              r"|drive to )?(?:the )?(?:er|emergency room|urgent care|nurse line|clinic)"
                              r"(?: (?:like |i mean |so )?how do (?:you|i|we|people) (?:decide|know|tell|choose))? ?$")


# What an alarm worn at home does, asked, and nothing wrong told before it: "what happens if I push the button on my
# life alert, does it call 911 or my daughter" (en_35); not "... does it call 911, im on the floor", "hes outside
# my window with a bat does this text 911" (a reviewer's finds)
_DEVICE_CALLS_BEFORE = re.compile(r"\b(?:does|will|would) (?:it|the (?:button|pendant|alert|device|bracelet|watch|necklace)) "
                                  r"(?:automatically |also |just |still )?(?:call|dial|ring|contact|notify) $")
_A_DEVICE = re.compile(r"\b(?:life ?alert|medical alert|alert button|pendant|alert bracelet|alert necklace|the button)\b")
_ONLY_WHO_ELSE_AFTER = re.compile(r"^(?: (?:or (?:my |the |a )?\w+(?: \w+)?|too|first|also|right))? *$")


def _what_a_device_does_asked(m: re.Match[str]) -> bool:
    before, after = _clause_context(m)
    asked = _DEVICE_CALLS_BEFORE.search(before)
    if asked is None or not _A_DEVICE.search(m.string) or not _ONLY_WHO_ELSE_AFTER.match(after):
        return False
    return _only_framed(m, before, asked.start(), after, _DEVICE_FRAME) and m.string.count("911") == 1


def _only_framed(m: re.Match[str], before: str, asked_at: int, after: str, frame: re.Pattern[str]) -> bool:
    """Nothing in the message outside the question itself (from `asked_at` in `before` to the end of `after`)
    but `frame`'s words: "I found this number on a flyer at church", "what happens if I push the button on my
    life alert". Anything else may be what is happening ("mom is on the ground, is this for emergencies", "mi
    mama se cayo, the life alert does it call 911": the reviewers' finds)."""
    start = m.start() + 1 - len(before) + asked_at
    told_before, told_after = m.string[:start], m.string[m.end() + len(after):]
    return frame.fullmatch(told_before) is not None and not told_after.strip() and not _TROUBLE_TOLD.search(told_before)


_GREETING_WORDS = r"(?: (?:hi|hello|hey|hola|buenas|quick question|question|sorry|excuse me|good morning|good afternoon))*"
_LINE_FRAME = re.compile(_GREETING_WORDS + r"(?: (?:i|we) (?:found|got|saw|was given|were given|have|had) (?:this|your|the) "
                         r"(?:number|line|text line|card|flyer)(?: \w+){0,8})? *")
_DEVICE_FRAME = re.compile(_GREETING_WORDS + r"(?: (?:what happens|so)? ?(?:if|when) (?:i|you|she|he|mom|we) (?:push|press|hit) "
                           r"(?:the|my|her|his|that) (?:\w+ ){0,2}?(?:button|pendant)(?: on (?:my|her|his|the) "
                           r"(?:life ?alert|life alert|medical alert|pendant|necklace|bracelet|watch))?)? *")


# The emergency number asked for a time that may come, and nothing else told: "what number do i
# call if theres an emergency, 911 right?" (not "... in an emergency my wife fell call 911")
_WHAT_NUMBER = r"(?:what|which|whats the) (?:number|phone number|#)(?: (?:do|should|would|can|to|i|we|you)){0,3}"
_NUMBER_ASKED_FOR_SOMEDAY = re.compile(
    r"^ (?:hi |hello |ok |quick question |question )?" + _WHAT_NUMBER +
    r" (?:(?:call|dial|text|ring) )?(?:if|in case|when|whenever|in an?) "
    r"(?:(?:theres|there is|i have|we have|of) )?(?:an? )?(?:real )?emergency $")
_ONLY_CHECKING_AFTER = re.compile(r"^(?: (?:right|correct|yes|is that right|or what|or something|isnt it|is it|no|verdad|cierto|"
                                  r"correcto|o no|no es asi))*"
                                  # "... 911 right? just writing it in my notes" (en_31)
                                  r"(?: (?:just )?(?:writing|putting|jotting|adding|saving) (?:it|that) (?:down|in (?:my|the) \w+))? ?$")
# ... or after a someday told first: "if someone collapses what number do i call in chicago, 911 right?"
_NUMBER_ASKED_AFTER_IF = re.compile(
    r"^ (?:if|when|in case) (?:someone|somebody|a person|anyone|people|one of us|my \w+|mom|dad) (?:ever )?\w+(?: \w+){0,3} "
    + _WHAT_NUMBER + r" (?:call|dial|text|ring)(?: (?:in|here in) \w+)? $")


# ... in Spanish: "que numero hay que marcar si alguien tiene una emergencia aca en estados unidos, es el 911 verdad?" (es_59)
_NUMBER_ASKED_FOR_SOMEDAY_ES = re.compile(
    r"^ (?:hola |oiga |disculpe |una pregunta )?(?:(?:que|cual|cual es el) (?:numero|telefono) (?:\w+ ){0,3}?"
    r"(?:marcar|marco|marca|llamar|llamo|se marca|se llama) )?(?:si|en caso de|cuando) (?:(?:alguien|uno) (?:tiene|tenga) |hay |tengo |"
    r"tenemos )?(?:una )?emergencia(?: (?:aca|aqui|aki))?(?: en (?:los )?(?:estados unidos|usa|eeuu|chicago|este pais))?"
    r"(?: (?:(?:es|seria) )?(?:el|al))? $")


def _only_the_number_asked(m: re.Match[str]) -> bool:
    asked = m.string[:m.start() + 1]
    return (_NUMBER_ASKED_FOR_SOMEDAY.match(asked) is not None or _NUMBER_ASKED_AFTER_IF.match(asked) is not None
            or _NUMBER_ASKED_FOR_SOMEDAY_ES.match(asked) is not None) \
        and _ONLY_CHECKING_AFTER.match(m.string[m.end():]) is not None
# The assistant's own advice complained about: "why does this thing keep telling me to call 911".
_TOLD_TO_CALL_BEFORE = re.compile(r"\b(?:keep|keeps|stop|why|you|always) (?:\w+ ){0,3}(?:telling|tell|told|saying) (?:me|us) (?:to )?(?:call )?$")
# What this line is, asked as a comparison: "is this like 911 or something different?", "are you the
# same as 911". A bare "is this 911?" stays a call for help, and so does one with anything told after it.
_THIS_LINE_BEFORE = re.compile(
    r"\b(?:is (?:this|it|that|you)|are you|is this (?:number|line|text line|service|chat)|es (?:esto|este (?:numero|servicio)))"
    r"(?P<like>(?: (?:like|just like|the same as|same as|a|an|kind of|sort of|instead of|como|igual que|lo mismo que|el))*) $"
)


def _is_this_line_asked(before: str, after: str) -> bool:
    asked = _THIS_LINE_BEFORE.search(before)
    compared = asked is not None and (asked.group("like").strip() != "" or after.startswith(" or "))
    return compared and _NOTHING_BUT_AN_OR_AFTER.match(after) is not None


_NOTHING_BUT_AN_OR_AFTER = re.compile(r"^(?: or(?: \w+){1,5})? *$")


# The Porsche: "his new car is a 911"
# ("stuck in my car 911 is busy the flood water is coming in" is a call: its reviewer)
_A_CAR_BEFORE = re.compile(r"\b(?:porsche|carrera) $|\b(?:car|cars|ride|convertible) (?:is|was|its) (?:an? |the |new |used |old )+$|"
                           r"\b(?:an?|the|new|used|his|her|my) (?:\w+ )?(?:porsche|carrera) $")
# What this line does with an emergency, asked, then whether to call 911 instead
_WHAT_THE_LINE_DOES = re.compile(
    r"\b(?:does|do|can|will|is) (?:this|you|u|yall|the) ?(?:number|line|text line|service|chat|app|program|hospital line)? "
    r"(?:do|handle|take|answer|deal with|help with|cover|for) (?:emergencies|emergency|emergencias)\b(?: \w+){0,2} or "
    r"(?:should|do|would|must) (?:i|we|you) (?:always |just |still |only )?(?:call|dial) $")


# How 911 works, asked: "el 911 se marca igual desde cualquier celular?" (es_22)
_HOW_911_WORKS = re.compile(r"\b(?:el )?911 se (?:marca|llama) (?:igual|desde)|se (?:puede )?marcar (?:el )?911 desde|"
                            r"(?:does|will|can) 911 (?:work|be dialed|be called) from|(?:call|dial) 911 from (?:any|a|every) (?:cell|phone|cellphone)")
_CALLED_BEFORE = re.compile(r"\b(?:called|had to call|ended up calling|llamamos|llame|tuvimos que llamar al?) $")


# Things worn or attached that can cut into the skin.
_WORN_THING_BEFORE = re.compile(
    r"\b(?:brace|strap|straps|band|bands|bandage|cast|boot|boots|sock|socks|shoe|shoes|bra|belt|"
    r"waistband|mask|cannula|tubing|tube|tape|ring|watch|splint|wristband|sleeve|stocking|stockings|"
    r"elastic|collar|harness|seatbelt|glasses|cuff|bracelet|diaper|brief|briefs|underwear|pants|jeans|"
    r"it|they|this|that)(?: (?:is|are|keeps|kept|was|were|has been|have been|been|always|just|still|"
    r"really|kind of|started|starts))* $"
)


def _is_not_worn_thing(m: re.Match[str]) -> bool:
    before, _ = _context(m)
    return not _WORN_THING_BEFORE.search(before)


_TRAINING_WORDS = frozenset("""
    training trainings class classes course courses workshop workshops seminar seminars walk
    fundraiser event events month week webinar presentation flyers flyer brochure brochures
    pamphlet pamphlets materials research statistics talk conference program programs
    taller talleres clase clases curso cursos capacitacion charla platica caminata evento
    eventos folleto folletos seminario conferencia entrenamiento programa
    poster posters project projects essay report paper homework assignment school cartel proyecto tarea escuela
""".split())


# Asking about suicide for someone else, or saying one is not suicidal: "how can you tell
# if someone is suicidal", "the suicide hotline number for our church bulletin", "im not
# suicidal, i just want a support group", "como se si alguien esta pensando en suicidarse".
_LEARNING_ABOUT_OTHERS_BEFORE = re.compile(
    r"\b(?:how (?:can|do|would|will|should|could) (?:you|i|we|one|people) (?:tell|know|recogni[sz]e|spot)|"
    r"how to (?:tell|know|recogni[sz]e|spot)|warning signs?|signs? (?:of|that)|"
    r"como (?:se|sabe|saber|puedo saber|podemos saber|reconocer)|senales de)\b"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:someone|somebody|anyone|a friend|a person|people|a loved one|others|"
    r"alguien|una persona|un amigo|una amiga|un ser querido|otros)\b"
)
# A programme's subject: "dr phil was about suicide today", "the sermon was on suicide"
_SHOW_ABOUT_BEFORE = re.compile(
    r"\b(?:dr phil|oprah|dr oz|the view|dateline|60 minutes|(?:the|this|that|tonights|todays) (?:\w+ )?(?:show|episode|program|"
    r"programme|sermon|homily|lecture|talk|documentary|movie|special|podcast|segment|news story)) (?:today |tonight |yesterday )?"
    r"(?:was|is|were|are|talked|talks) (?:all )?(?:about|on)(?: teen| veteran| veterans)? $")
# ... with nothing after it but a reaction: any other word ("thinking about doing it tonight", "grandson
# keeps saying hes gonna do it", a reviewer's finds) keeps the word's weight.
_REACTION_WORDS = frozenset("""
    today tonight yesterday this morning week and it was so very really such a an sad moving heavy hard to watch good
    interesting important powerful upsetting heartbreaking tough those the for poor families family people kids parents
    veterans teens episode show one lesson topic subject message story stories of all them
""".split())


def _only_a_reaction(rest: str) -> bool:
    return all(word in _REACTION_WORDS for word in rest.split())
_NOT_ME_BEFORE = re.compile(r"\b(?:im|i am|am) (?:not|never)(?: really)? $|\bno (?:soy|estoy)(?: \w+)? $")
# ... or said with no subject at the start of the message, and nothing dark beside it: "not suicidal or anything,
# just saying it's quiet in here today" (en_32), not "... just saying i have the pills ready" (a reviewer's find)
_BARE_DENIAL_BEFORE = re.compile(r"^ (?:lol |ok |and )?not(?: really)? $")
_DARK_BESIDE_A_DENIAL = re.compile(rf"\b(?:{FIREARM}|pills|rope|noose|a plan|the plan|goodbye|bye|note|love (?:her|him|them|you)|"
                                   r"last (?:text|message|time)|"
                                   r"bridge|tonight|ready|end it|die|dying|kill\w*|overdose|forgive|planning|how (?:id|i would|to) "
                                   r"do it|too many|forever|who knows|tomorrow)\b")
# ... and, for a denial opening a later clause (someone described first: "my friend is really down, not suicidal, just
# sad all the time", en_45), nothing that turns it: "... not suicidal yet", "... not suicidal today", "... but ..."
_TURNED_AFTER_A_CLAUSE_DENIAL = re.compile(r"\b(?:yet|today|right now|for now|anymore|but|though|hurt\w*|cut\w*|harm\w*|wish\w*|"
                                           r"gone|dead|death|want\w*|thinking|thoughts?|better off|burden|no reason|reason to|"
                                           r"point|done with|wont be|keep going|give up|giving up|hopeless|end|ending|goodbye|"
                                           r"swears|says|he says|she says|around)\b")
# ... where a "but" that only asks for someone to talk to does not turn it: "my friend's been really depressed, not
# suicidal, but she needs someone. any resources" (en_57); the whole rest of the message, nothing else in it
_HELP_NEEDED_AFTER_BUT = re.compile(
    r" but (?:she|he|they|i|we) (?:really )?(?:needs?|could use|should (?:see|talk to)) (?:someone|somebody|help|support|"
    r"a counselor|a counsellor|a therapist|counseling|counselling|therapy|to see someone|to talk to someone)(?: to talk to)?"
    r"(?: (?:any|some) (?:resources|ideas|suggestions|help|places|programs)| who can help| where do (?:i|we) start)? ?$")
# Someone else said not to be at risk: "my friend is really depressed, she's not suicidal but she
# won't go to a doctor". A "but" counts only with death or harm after it ("... but she talks about dying").
_NOT_THEM_BEFORE = re.compile(r"\b(?:(?:shes|hes|theyre|she is|he is|they are) (?:not|never)|isnt|is not|arent|are not)(?: really)? $")
_DEATH_AFTER_CONTRAST = re.compile(r" (?:but|though|although|however|pero|aunque)\b(?: \w+)*? (?:die|dying|dead|death|kill\w*|"
                                   r"end (?:it|things|her life|his life)|hurt (?:herself|himself|themselves)|pills|overdos\w*|"
                                   rf"{FIREARM}|knife|rope|bridge|goodbye|plan|suicid\w*|affairs in order)\b")
_FOR_OTHERS = re.compile(
    r"\b(?:flyer|flyers|bulletin|poster|posters|newsletter|church|handout|brochure|pamphlet|"
    r"school project|project|homework|essay|report for (?:school|class)|"
    r"volante|volantes|boletin|iglesia|cartel|tarea|proyecto)\b"
)
_HOTLINE_AFTER = re.compile(r"^ (?:prevention )?(?:hot ?line|line|lifeline|crisis line|number|phone)\b")


# Help asked with household work: "it" in "... i cant do it anymore" is then the chore.
_CHORE_HELP = re.compile(
    r"\bhelp\b(?: \w+){0,6} (?:cleaning|laundry|dishes|cooking|vacuuming|mopping|"
    r"housework|chores|yard ?work|mowing|shoveling|shopping|groceries)(?: (?:and )?(?:the )?(?:cleaning|laundry|dishes|cooking|"
    r"shopping|groceries))?(?: and stuff| and such| and all that| etc)?(?: (?:i|she|he|we))? ?$"
)


# A price that went up, just before "can't do it anymore": paying it, not living ("my supplement
# plan raised the premium, can't do it anymore", en_33). Not beside a word of despair or a means.
_PRICE_RISE_BEFORE = re.compile(
    r"^ ?(?:\w+ ){0,4}?(?:(?:raised|raising|went up|going up|increased|doubled|tripled|jacked up|hiked) (?:\w+ ){0,3}?(?:the )?"
    r"(?:premium|price|copay|co pay|rent|cost|rate|deductible)s?|(?:premium|price|copay|co pay|rent|cost|rate|deductible)s? "
    r"(?:\w+ ){0,2}?(?:raised|went up|going up|increased|doubled|tripled|jacked up|hiked))\b(?: \w+){0,3} $")
_DESPAIR_WORDS = re.compile(r"\b(?:die|dying|dead|kill\w*|suicid\w*|end (?:it|my life)|pills|gun|rope|hopeless|no point|"
                            r"give up|giving up|better off|goodbye|living|life|tired|done|nobody|no one|straw|fight\w*|alone|"
                            r"exhausted|go on|cares?)\b")


# Someone else who can no longer do a thing for the patient: "she needs rides to dialysis
# and her son cant do it anymore". Not despair told on someone's behalf ("mom keeps saying
# she cant do it anymore"): a verb of saying keeps its weight.
_SOMEONE_ELSE_SUBJECT = re.compile(
    r"\b(?:he|she|they|his \w+|her \w+|their \w+|my (?:son|daughter|brother|sister|husband|wife|neighbor|neighbour|"
    r"nephew|niece|friend|cousin|grandson|granddaughter|driver|aide|helper)) $")
_TOLD_BEFORE = re.compile(r"\b(?:say|says|said|saying|told|tells|texted|cries|crying|cried|keeps|kept)\b")
# ... and the thing named first ("needs rides", "drove me"): a bare "she cant do it anymore" keeps its weight.
_ERRAND_BEFORE = re.compile(
    r"\b(?:needs?|rides?|driv\w*|drove|took (?:her|him|me|us)|takes (?:her|him|me|us)|help\w*|cook\w*|clean\w*|"
    r"shop\w*|pick\w* (?:her|him|me|us) up|sat with|stays? with|watch\w* (?:her|him))\b")


def _is_not_about_a_chore(m: re.Match[str]) -> bool:
    """Only "i cant do it anymore" right after a request for help with a chore is the chore,
    and "it" that someone else can no longer do for the patient; "this", "life", "take it"
    and anything else keep their weight."""
    if m.group().strip() != "cant do it anymore":
        return True
    before, _ = _context(m)
    if _SOMEONE_ELSE_SUBJECT.search(before) and _ERRAND_BEFORE.search(before) and not _TOLD_BEFORE.search(before):
        return False
    # the whole message up to the match, not the bounded slice: a long message's slice could start
    # just before the price rise and hide what came first
    whole_before = m.string[:m.start() + 1]
    if _PRICE_RISE_BEFORE.match(whole_before) and m.end() >= len(m.string) - 1 and not _DESPAIR_WORDS.search(m.string):
        return False
    if _CHORE_NAMED.search(m.string) and _CHORE_SERVICE_ASKED.search(m.string) \
            and not _DESPAIR_WORDS.search(_TIRED_OF_A_CHORE.sub(" ", m.string)):
        return False  # "so tired of cooking and cleaning, cant do it anymore, need a caregiver referral" (its reviewer)
    return not _CHORE_HELP.search(before)


# ... or a chore named anywhere, with a service asked for and no despair: "cant do it anymore, the yard work, can someone
# recommend a service lol", "laundry and dishes, i just cant do it anymore with the new baby, any help programs?" (the
# reviewer of the en_63 change)
_CHORE_NAMED = re.compile(r"\b(?:cleaning|laundry|dishes|cooking|vacuuming|mopping|housework|chores|yard ?work|mowing|shoveling|"
                          r"grocery shopping|groceries)\b")
_CHORE_SERVICE_ASKED = re.compile(r"\b(?:help|service|services|referral|programs?|aide|caregiver|homemaker|housekeeper|cleaner|"
                                  r"someone to|somebody to|recommend)\b")
_TIRED_OF_A_CHORE = re.compile(r"\b(?:so )?tired of (?:the )?(?:cooking|cleaning|laundry|dishes|housework|chores|yard ?work)"
                               r"(?: and (?:the )?(?:cooking|cleaning|laundry|dishes|housework|chores))?\b")


# A gadget to blame, right after: "i can't take it anymore with this phone, the letters are too small" (en_61); nothing of
# despair anywhere in the message.
_A_GADGET_AFTER = re.compile(r" (?:with|from) (?:this|my|the|these|those|her|his) (?:stupid |dumb |new |old )?(?:phone|cell|cellphone|"
                             r"app|texts|texting|computer|tablet|ipad|tv|remote|printer|scale|meter|machine|bot|reminders|messages|"
                             r"alarm|hearing aids?|glasses)\b")


def _a_gadget_to_blame(m: re.Match[str]) -> bool:
    return _A_GADGET_AFTER.match(m.string, m.end()) is not None and not _DESPAIR_WORDS.search(m.string)


# A carer worn out, asking for relief: "support groups for daughters caring for their
# parents? ya no puedo con todo", "is there respite care, I can't do this anymore".
_CAREGIVER_REQUEST = re.compile(
    r"\b(?:(?:support|caregiver|carer) groups?|respite|someone to (?:sit|stay) with|a break from (?:caring|taking care)|"
    # a group for people like them: "hay grupos pa gente con diabetes que se siente agobiada?" (es_28)
    r"groups? for (?:people|folks|patients) (?:with|who)|grupos? (?:pa|para) (?:gente|personas|pacientes) (?:con|que)|"
    r"grupos? de apoyo|respiro|(?:quien|alguien(?: que)?) me (?:cubra|ayude a cuidar|releve|reemplace)|alguien que (?:la|lo|me) cuide|"
    r"(?:ayuda|apoyo) (?:para|con|a) (?:cuidar|el cuidado|cuidadores|las cuidadoras|los cuidadores)|"
    # help at home asked for: "necesito una persona que me ayude a banarme y con el quehacer, sola ya no puedo"
    r"(?:persona|alguien|quien|someone|somebody|a person) (?:que |to )?(?:me )?(?:ayude|help me) (?:a |con |with |to )?"
    r"(?:el |la |los |las |my |the )?(?:banarme|banar|vestirme|quehacer|limpiar|limpieza|cocinar|bathe|bathing|shower|"
    r"dress|housework|cleaning|cooking|laundry|errands))\b"
)
# A chore or a climb just before "ya no puedo": "las escaleras ya no puedo" (es_49), not despair
_A_CHORE_BEFORE_ES = re.compile(r"\b(?:las escaleras|las gradas|subir (?:las )?escaleras|bajar (?:las )?escaleras|caminar|manejar|cocinar|"
                                r"trapear|limpiar|cargar|el carro|la troca|el trabajo|leer) $")
# someone to come to the house: "vivo sola y ya no puedo con todo, hay alguien q venga a ayudarme a la casa?"
# (es_30); only beside too much to do (`_OVERWHELMED`) and no word of life, pain, a means, a wish to go or
# something to be done ("i cant take life anymore is there someone who can come help me at home", "ya no
# aguanto mas, me quiero ir con mi esposo ...": the reviewers' finds)
_HELP_AT_HOME = re.compile(
    r"\b(?:alguien|persona|quien|someone|somebody|a person) (?:que |to |who can |who could |que pueda )?(?:venga|come) "
    r"(?:a )?(?:ayudarme|ayudar|help me|help)(?: \w+){0,2} (?:casa|house|home)\b")
_DARK_BESIDE_HOME_HELP = re.compile(
    r"\b(?:life|living|alive|vida|vivir|seguir|pain|dolor|pills?|pastillas|do something|hacer algo|something|algo|"
    r"before i|antes de|tonight|esta noche|hurt|lastimar\w*|alone|nobody|no one|nadie|go on|esta vida|ir con|irme con|"
    r"desaparecer|whats the use|no use|nothing left|nada (?:me )?queda|cant take|can not take|aguanto|ya no puedo mas)\b")
# ... and only where the words are of too much to do: "ya no puedo con todo", "cant keep up"
_OVERWHELMED = re.compile(r"\b(?:(?:ya )?no puedo con todo|no me doy abasto|cant (?:do it all|keep up|manage)|"
                          r"cant do it (?:all )?(?:by myself|alone|on my own))\b")


# ... or says they care for someone and asks support for themselves: "yo cuido a mi esposo enfermo y ya
# no puedo con todo, hay apoyo pa mi" (es_27)
_CARES_FOR = (r"\b(?:i (?:take care of|look after|care for)|taking care of|caring for|(?:yo )?cuido a|cuidando a|cuidar a) "
              r"(?:(?:my|mi|mis) |(?=(?:mami|papi|mama|papa)\b))")
_RELATIVE = (r"(?:husband|wife|mom|mother|dad|father|parents?|son|daughter|grandma|grandpa|grandmother|grandfather|sister|brother|"
             r"esposo|esposa|mama|mami|papa|madre|padre|padres|hijo|hija|abuela|abuelita|abuelo|hermana|hermano)")
_CARING_FOR = re.compile(rf"{_CARES_FOR}(?:\w+ )?{_RELATIVE}\b")
# ... never beside a means, a plan or a wish to die ("... hay apoyo pa mi? ya tengo la soga")
_DARK_BESIDE_CARING = re.compile(
    rf"\b(?:{FIREARM}|rope|noose|a plan|the plan|die|dead|end it|kill|"
    r"soga|cuerda|pistola|arma|veneno|morir\w*|matar\w*|ir(?:me)? con dios|quitarme la vida|acabar con todo|"
    # "... quiero que alguien me reemplace para siempre", "... porque me voy a ir" (a second reviewer of the en_35 change)
    r"para siempre|me voy a ir|irme|for good|forever|im leaving|going away|"
    # pills anywhere beside it ("... ya no puedo mas, ya tengo las pastillas", found beside es_38), and what reviewers of the
    # en_42 / es_38 change found
    r"(?:tengo|junte|guarde|juntando|guardando) (?:\w+ )?pildoras|pastillas|pills|mecate|cuchillo|navaja|cuete|escopeta|todo listo|me despedi|desaparecer|(?:ir|irme) con|en paz|no despertar|"
    r"bridge|life|living|alive|nothing left|(?:whats|what is) the point|point of|knife|blade|(?:said|say) goodbye|"
    r"vida|vivir|de una vez|por todas|muer\w*|importa si|pain|snap|do something|hurt (?:her|him|them|myself)|lose it|lose control|"
    r"shake (?:her|him)|"
    # a wish not to be here ("... is there any help for me, i wish i wasnt here", a reviewer of the es_45 change)
    r"wish i (?:wasnt|was not|werent|were not|wasn t) (?:here|around|alive)|not (?:be )?here anymore|no estar aqui|"
    r"(?:quisiera|quiero) no (?:estar|existir|despertar)|dormir y no)\b")
_A_BREAK_ASKED = re.compile(r"\b(?:(?:necesito|ocupo) un descanso|(?:i )?need a break)\b"
                            r"(?! (?:de|del|from|definitivo|forever|for good|eterno|final|para siempre))")
_SUPPORT_FOR_ME = re.compile(r"\b(?:(?:hay|tienen|existe) (?:algun |algo de )?(?:apoyo|ayuda)|apoyo para mi|ayuda para mi|"
                             r"(?:is there|any|do you have|are there) (?:any )?(?:support|help)(?: \w+)? for (?:me|us|caregivers|carers))\b")
# A carer who cannot do it all, asking for a few hours' help, and nothing else in the message: "ya no puedo con todo,
# cuido a mi mama y trabajo, hay quien me ayude unas horas?" (es_40); not with a wish, a means or a harm told
# anywhere ("... no quiero seguir viva ...", "... i slapped him today ...": the reviewers' finds)
# (or someone to mind the one cared for so the carer can rest: "... hay quien la cuide unos dias pa descansar", es_45)
_REST_AS_THE_REASON = r"(?:(?:pa|para) (?:descansar|que (?:yo )?descanse)|so (?:i|that i) can (?:get some )?(?:rest|sleep))"
# (days of minding only with rest as the reason: arranging care for the one cared for while saying "I can't do this anymore"
# is a warning sign, "... can someone watch her for a few days", a second reviewer)
_FEW_HOURS_ASKED = re.compile(
    r"(?:hay |ocupo |necesito )?(?:quien|alguien(?: que)?) (?:me )?(?:ayude|eche la mano|de una mano) "
    r"(?:unas|unos|algunas|algunos|un par de) "
    r"(?:horas|ratos|dias|tardes)(?: (?:a la|por) semana)?(?: " + _REST_AS_THE_REASON + r")?|"
    r"(?:hay |ocupo |necesito )?(?:quien|alguien(?: que)?) (?:me )?(?:la |lo )?(?:cuide|cubra|acompane) (?:(?:unas|algunas|un par de) "
    r"(?:horas|ratos)(?: " + _REST_AS_THE_REASON + r")?|(?:unos|algunos|un par de) (?:dias|tardes) " + _REST_AS_THE_REASON + r")|"
    r"(?:is there )?(?:someone|somebody|anyone)(?: who can| to| that can)? (?:help me(?: out)?|give me a hand) (?:for )?"
    r"(?:a few|some|a couple of|a couple) (?:hours|days|afternoons)(?: a week)?|"
    r"(?:is there |can |could )?(?:someone|somebody|anyone)(?: who can| to| that can| that could| who could)? "
    r"(?:watch (?:her|him)|sit with (?:her|him)|stay with (?:her|him)) (?:for )?(?:(?:a few|some|a couple of|a couple) hours"
    r"(?: " + _REST_AS_THE_REASON + r")?|(?:a few|some|a couple of|a couple) days " + _REST_AS_THE_REASON + r")")
# (its own list of whom, with only a few words of how they are: "my violent husband" is not a care need; a reviewer's find)
_CARING_FOR_SOMEONE = re.compile(
    rf"{_CARES_FOR}(?:(?:sick|old|elderly|pobre|viejita|viejito|anciana|anciano) )?"
    rf"(?:mother in law|father in law|{_RELATIVE}|papas|suegra|suegro)(?: (?:enferma|enfermo|viejita|viejito))?"
    r"(?: (?:with|con) (?:dementia|demencia|alzheimers?|alzheimer s|parkinsons?|cancer))?\b")
_OVERWHELM_TOLD = re.compile(r"(?:ya )?no puedo con todo|no me doy abasto|(?:i )?cant (?:do (?:this|it|it all)|handle (?:it|this)|keep up)(?: anymore)?")
_AND_WORK = re.compile(r"(?:(?:y|and) )?(?:trabajo|i work|work)(?: (?:tiempo completo|full time|de dia|days|nights|de noche))?\b")
_FILLER = frozenset({"y", "and", "i", "pero", "but", "please", "pls", "por", "favor", "porfa", "ya", "hola", "hi", "so", "tambien", "also",
                     "gracias", "thanks", "thank", "you"})


# Someone to help at home, asked for by the one who cannot manage alone
_HOME_HELP_ASKED = re.compile(r"\b(?:necesito|busco|ocupo|quiero|necesita|busca) (?:a )?(?:una senora|una muchacha|alguien|una persona|ayuda) "
                              r"(?:que|para que) (?:me|le) ayude (?:en|con) (?:la casa|el quehacer|la limpieza|sus cosas|mis cosas)\b"
                              r"|\b(?:need|want|looking for) (?:someone|somebody|a (?:lady|woman|person|helper|aide)) to help (?:me |her |him )?"
                              r"(?:around|at|in|with) (?:the|my|her|his) (?:house|home|housework|chores)\b")


def _only_a_carer_asking_for_hours(text: str) -> bool:
    if not (_FEW_HOURS_ASKED.search(text) and _CARING_FOR_SOMEONE.search(text) and _OVERWHELM_TOLD.search(text)):
        return False
    rest = _OVERWHELM_TOLD.sub(" ", _AND_WORK.sub(" ", _CARING_FOR_SOMEONE.sub(" ", _FEW_HOURS_ASKED.sub(" ", text))))
    return set(rest.split()) <= _FILLER


def _is_not_a_caregiver_request(m: re.Match[str]) -> bool:
    """Despair in general words ("I can't do this anymore", "ya no puedo con todo") in a
    message that asks for relief from caring for someone is that need, not despair; a
    death wish in the same message still fires by its own rule."""
    if _only_a_carer_asking_for_hours(m.string):
        return False
    if _HOME_HELP_ASKED.search(m.string) and not _DARK_BESIDE_CARING.search(m.string):
        return False  # "necesito una señora q me ayude en la casa unas horas, sola ya no puedo" (es_71): help at home asked
    if _CARING_FOR.search(m.string) and _SUPPORT_FOR_ME.search(m.string) and not _DARK_BESIDE_CARING.search(m.string):
        return False
    # a break asked for, the despair its last words: "necesito un descanso, cuido a mi mama 24/7 y ya no puedo mas" (es_38;
    # not "... ya no puedo mas, ya no quiero seguir viva", "... ya le pegue": reviewers of the change)
    if _CARING_FOR.search(m.string) and _A_BREAK_ASKED.search(m.string) and not m.string[m.end():].strip() \
            and not _DARK_BESIDE_CARING.search(m.string):
        return False
    if _HELP_AT_HOME.search(m.string) and _OVERWHELMED.search(m.string) and not _DARK_BESIDE_CARING.search(m.string) \
            and not _DARK_BESIDE_HOME_HELP.search(m.string):
        return False
    # ... and never beside a means or a wish to die: "is there respite care, I cant do this anymore, I have the pills
    # ready", "... necesito quien me cubra unos dias, ya tengo la soga lista" (found beside es_31)
    return not _CAREGIVER_REQUEST.search(m.string) or _DARK_BESIDE_CARING.search(m.string) is not None


# The number to call for anyone, asked for: a list, a bulletin, just in case.
_NUMBER_FOR_SOMEONE_BEFORE = re.compile(
    r"\b(?:number|line|hotline|who) (?:to call|to text|do (?:you|i|we|people) call|should (?:i|we|people) call)"
    r"(?: \w+){0,2} (?:if|when|for) (?:someone|somebody|a person|anyone|people|a friend)(?: \w+){0,4} $")


# What the line is for, asked by someone who says they are fine: "is 988 only for suicide or can
# it be for stress too? asking for myself, I'm fine, just stressed with work".
_ASKS_WHAT_THE_LINE_IS_FOR = re.compile(
    r"\b(?:is|does|can|isnt|do|doesnt) (?:988|the lifeline|the hotline|that (?:line|number)|"
    r"the (?:988 |crisis |suicide )?(?:line|lifeline|hotline|number)) (?:\w+ ){0,2}(?:only|just|also|for)\b")
# The screening question, asked of the writer at a visit, reported with "I'm fine" as the whole message (an admission, a
# yes, a means or a plan after it keeps the alarm: the reviewer of the en_52 change)
_SCREENING_ASKED_AND_FINE = re.compile(
    r" (?:why )?(?:(?:does|do|did) )?(?:everyone|everybody|they|the (?:doctor|doctors|nurse|nurses|clinic|staff)) (?:keep |keeps |always )?"
    r"(?:ask|asks|asked|asking) (?:me )?(?:if|whether) (?:im|i am|i was) suicidal(?: (?:at|in) the (?:doctor|doctors|clinic|hospital|"
    r"office|er))? (?:im|i am) (?:fine|ok|okay|alright)(?: (?:its|it s|it is|thats|is that|is it) (?:just )?(?:a|the) (?:normal |standard |"
    r"routine )?question (?:they|you|doctors|nurses) ask(?: (?:everyone|everybody|every time))?)?(?: right)? ?$")
_SAYS_THEY_ARE_FINE = re.compile(r"\b(?:(?:im|i am) (?:fine|ok|okay|safe|alright|not suicidal)|not (?:suicidal|thinking "
                                 r"(?:about|of) (?:suicide|hurting))|nothing like that)\b")


# What anyone should do when a friend talks of it, asked in general: "what should someone do if their friend is talking about
# suicide" (en_73); not "my friend" (the writer's own, now)
_WHAT_ANYONE_SHOULD_DO = re.compile(r"^ (?:what|how) (?:should|do|can|would) (?:someone|somebody|you|people|a person|one) (?:do|help|respond) "
                                    r"(?:if|when) (?:their|a|your|someones|somebodys) (?:\w+ )?(?:friend|family member|loved one|relative|"
                                    r"coworker|neighbou?r|kid|child|teen|parent) (?:is|are|starts|keeps) (?:\w+ )?(?:talking|talks|"
                                    r"thinking|saying)\b")


def _is_suicide_concern(m: re.Match[str]) -> bool:
    """The word "suicide" as a concern for the person texting or someone with them, not
    a question about suicide in general.  A denial followed by "but" still counts."""
    if not _is_not_training(m):
        return False
    if _WHAT_ANYONE_SHOULD_DO.match(m.string) and not _own_episode_now(m.string):
        return False
    before, after = _clause_context(m)
    if _NOT_ME_BEFORE.search(before) and not _CONTRAST_AFTER.search(m.string, m.end()):
        return False
    if _BARE_DENIAL_BEFORE.match(m.string[:m.start() + 1]) and not _DARK_BESIDE_A_DENIAL.search(m.string):
        return False
    if _BARE_DENIAL_BEFORE.match(before) and not _DARK_BESIDE_A_DENIAL.search(m.string) \
            and not _TURNED_AFTER_A_CLAUSE_DENIAL.search(_HELP_NEEDED_AFTER_BUT.sub("", m.string)):
        return False
    if _NOT_THEM_BEFORE.search(before) and not _DEATH_AFTER_CONTRAST.search(m.string, m.end()):
        return False
    if _NUMBER_FOR_SOMEONE_BEFORE.search(before):  # "what's the number to call if someone is thinking about suicide?"
        return False
    if _SHOW_ABOUT_BEFORE.search(before) and _only_a_reaction(m.string[m.end():]):
        return False  # "dr phil was about suicide today, so sad those poor families" (en_31)
    if _ASKS_WHAT_THE_LINE_IS_FOR.search(before) and _SAYS_THEY_ARE_FINE.search(m.string):
        return False
    if _SCREENING_ASKED_AND_FINE.match(m.string):
        return False  # "why does everyone keep asking if i'm suicidal at the doctor, I'm fine, it's just a question ..." (en_52)
    return not (_HOTLINE_AFTER.match(after) and (_FOR_OTHERS.search(" ".join(_context(m, 120)))
                                                 or _asked_out_of_curiosity(m.string)))


def _is_not_a_general_question(m: re.Match[str]) -> bool:
    """A suicide match unless it sits in a question about how to tell in other people
    ("how do you know if someone is suicidal"), or in a staff screening question reported with the answer no;
    a named person ("my son") still counts."""
    before, _ = _clause_context(m)
    if _screening_answered_no(m):
        return False
    if _HOW_THE_LINE_HANDLES_IT_BEFORE.search(before) and not _THEIRS_AFTER_ALL.search(m.string):
        return False  # "I'm a nursing student writing a paper, how do you handle texts about suicide?" (en_69)
    if _HOW_TO_HELP_SOMEONE_BEFORE.search(before) and _FOR_SCHOOL_LAST.search(m.string) and not _THEIRS_AFTER_ALL.search(m.string):
        return False  # "how do i help someone who is thinking about suicide? asking for a class project" (en_41)
    return not (_LEARNING_ABOUT_OTHERS_BEFORE.search(before) and _SOMEONE_ELSE.search(before))


# A screening question the staff asked, reported with its answer no: "the nurse on the phone asked if I had thoughts of
# hurting myself, I said no, that was just a question on her list right?" (en_56), "la enfermera me pregunto si tenia
# pensamientos de hacerme dano, le dije que no".
_SCREENING_ASKED_BEFORE = re.compile(
    r"\b(?:asked|asks|asking) (?:me |her |him |us |mom |dad |my \w+ )?(?:if|whether) (?:i|she|he|we) (?:ever )?"
    # ("the nurse asked if I ever thought about hurting myself and I said no, just so you know", en_66)
    r"(?:(?:had|have|has|was|were|am|is)(?: any| ever)?(?: thoughts? (?:of|about))? |(?:thought|think|thinks|thinking) (?:of|about) )?$"
    r"|\b(?:me |le |nos )?(?:pregunto|preguntaron|pregunta) (?:a (?:mi |su )?\w+ )?si (?:alguna vez )?"
    r"(?:(?:(?:tenia|tengo|he tenido|habia tenido|tiene|tuve)(?: algun| algunos)?(?: pensamientos? de)?|"
    r"(?:he|habia|ha) pensado en|pensaba en|pienso en) )?$")
_ANSWERED_NO_AFTER = re.compile(r"(?: (?:myself|herself|himself|me|others|someone|somebody))? (?:and |y )?(?:(?:i |she |he |we )?"
                                r"(?:said|told (?:her|him|them)|answered|says|le dije|les dije|dije|conteste|respondi|dijo|contesto)"
                                # (or the bare answer after it: "asked if i have thoughts of hurting my baby. no. just so you
                                # know", the reviewer of the en_68 change)
                                r"(?: que)? )?(?:no|nope|not at all)\b(?P<rest>.*)$")
# ... and nothing after the no but a remark on the question itself: anything else may take the no back ("... i said no. i
# am tho", "... i said no so they wouldnt lock me up", "... le dije que no. la neta si": the reviewer of the en_56 change)
_ONLY_A_REMARK_AFTER = re.compile(
    r"^(?:(?: (?:that|it|this) (?:was|is))?(?: just)? (?:a|one of the|one of her|one of his) (?:routine )?questions?"
    r"(?: (?:on|from) (?:her|his|the|their) (?:list|form|sheet|checklist))?| (?:its|thats|it s|that s) (?:just )?routine| right| "
    r"is that normal| thats all| lol| ok| okay| never| nunca| era (?:solo |nomas )?(?:una )?pregunta(?: de rutina)?| verdad|"
    r"(?: just)? so you know| fyi| just letting you know| (?:just )?for (?:the record|your records?)| so random|"
    r" is that a (?:normal|routine|standard) question(?: to ask)?| (?:nomas|solo|nada mas)? ?para que (?:lo )?sepan)* ?\??$")


def screening_answered_no(text: str) -> bool:
    """The staff's screening question reported with its answer no, as the suicide rules read it (`_screening_answered_no`):
    the model's emergency on the same words gives way (bot/safety_classifier.py; en_66 after the retrain)."""
    normalised = _prepare(text or "")
    matches = [m for rule in _RULES if rule.kind is Kind.SUICIDE_SELF_HARM for m in rule.pattern.finditer(normalised)]
    return bool(matches) and all(_screening_answered_no(m) for m in matches)


def _screening_answered_no(m: re.Match[str]) -> bool:
    answer = _ANSWERED_NO_AFTER.match(m.string, m.end())
    return (answer is not None and _SCREENING_ASKED_BEFORE.search(m.string, max(0, m.start() - 80), m.start() + 1) is not None
            and _ONLY_A_REMARK_AFTER.match(answer.group("rest")) is not None)


# ... or how this line handles such messages, asked
_HOW_THE_LINE_HANDLES_IT_BEFORE = re.compile(
    r"\bhow (?:do|does|would|will) (?:you|u|yall|you guys|this (?:line|service|bot|number)|the hospital) (?:handle|deal with|respond to|"
    r"answer|treat|reply to) (?:\w+ ){0,2}(?:texts?|messages?|people|someone|somebody|callers?|patients?) (?:about|with|who|that)(?: \w+){0,3} $")
# ... or how to help anyone, asked for school work (not for a friend: "asking for a friend" may be the friend)
_HOW_TO_HELP_SOMEONE_BEFORE = re.compile(r"\bhow (?:do|can|should|would) (?:i|you|we|one|people) help (?:someone|somebody|a person|people)\b")
# ... unless it is them, or someone with a means or a plan: "its for my homework, but its really me", "... my friend said
# she has pills" (a reviewer's finds)
_THEIRS_AFTER_ALL = re.compile(r"\b(?:really|actually|honestly) (?:me|about me|for me|mine)|(?:its|it is|thats) (?:really |actually )?me\b|"
                               r"\b(?:i am|im) the one|\b(?:pills|gun|knife|rope|tonight|plan|goodbye|said (?:she|he)|told me|myself)\b")
# (only as the message's last words: "... for a class project, i have the pills ready", "... for my homework i think about
# it every day": reviewers' finds)
_FOR_SCHOOL_LAST = re.compile(r"\b(?:asking |its |it is |this is )?(?:for (?:a|my|our) (?:class|school|college|nursing|psych\w*|health) "
                              r"(?:project|assignment|paper|presentation|report)|for (?:my )?homework|"
                              r"for (?:a|my) (?:research )?(?:paper|report|essay|presentation)) ?$")


def _is_not_training(m: re.Match[str]) -> bool:
    """ "Suicide" unless it names a prevention or awareness event: "the suicide
    prevention training at church", "taller de prevencion del suicidio".  (Asking
    for the suicide prevention line still fires.)"""
    before, after = _context(m)
    if not (re.match(r" (?:prevention|awareness)\b", after)
            or re.search(r"\b(?:prevencion|prevenir|concientizacion)(?: \w+){0,2} $", before)):
        return True
    nearby = before.split()[-5:] + after.split()[:4]
    return not any(word in _TRAINING_WORDS for word in nearby)


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
    language: str = "en"  # "es": a hit makes the reply Spanish

    def fires(self, text: str) -> bool:
        return self.requirement_met(text) and any(self.reads_as_now(m) and not _inside_idiom(m)
                                                  for m in self.pattern.finditer(text))

    def requirement_met(self, text: str) -> bool:
        return self.requires is None or self.requires.search(text) is not None

    def reads_as_now(self, m: re.Match[str]) -> bool:
        """Every medical or danger match must be happening now; every suicide match must not
        be a question about other people in general; and the rule's own check must accept it."""
        vet = _is_not_a_general_question if self.kind is Kind.SUICIDE_SELF_HARM else _is_live
        return vet(m) and (self.accept is None or self.accept(m))


def _inside_idiom(m: re.Match[str]) -> bool:
    """The crisis words are part of an idiom about everyday things ("choking on all this
    information", "not gonna kill myself over a cooking class"): not a crisis. Only an
    idiom that overlaps the match counts, so "these copays are killing me and I want to
    end it all" still fires."""
    spans = _idiom_spans(m.string)
    if not spans:
        return False
    # the first idiom ending after the match starts: does it start before the match ends?
    i = bisect.bisect_right(spans, m.start(), key=lambda span: span[1])
    return i < len(spans) and spans[i][0] < m.end()


# Once per message, not per match: a long message repeating an idiom has thousands of matches, and each
# scanned the whole message (a reviewer's find: 15 s on 100,000 characters).
@functools.lru_cache(maxsize=16)
def _idiom_spans(text: str) -> tuple[tuple[int, int], ...]:
    if _MEANS_NAMED.search(text):  # "... im gonna shoot myself, i have the gun right here": no idiom
        return ()
    return tuple(f.span() for f in _FIGURATIVE.finditer(text))


def _rule(signal: str, kind: Kind, *alternatives: str, requires: str | None = None,
          accept: Callable[[re.Match[str]], bool] | None = None, language: str = "en") -> _Rule:
    """Compile alternatives into one word-bounded regex.

    Normalised text starts with a space and has single spaces between words, so
    a literal leading space marks the start of a word.  (It is much faster
    than a leading ``\\b``: the regex engine can jump from space to space.)
    """
    pattern = re.compile(" (?:" + "|".join(rf"(?:{alt})\b" for alt in alternatives) + ")")
    return _Rule(signal, kind, pattern, re.compile(requires) if requires else None, accept, language)


def _rule_es(signal: str, kind: Kind, *alternatives: str, requires: str | None = None,
             accept: Callable[[re.Match[str]], bool] | None = None) -> _Rule:
    """A Spanish rule: written with folded accents ("esta", "corazon")."""
    return _rule(signal, kind, *alternatives, requires=requires, accept=accept, language="es")


# An embrace, not a grip: "she put her hands around my neck and hugged me"
_A_HUG = re.compile(r"\b(?:hug\w*|kiss\w*|cuddl\w*|necklace|scarf|massag\w*)\b")
# "Not leaving here alive": said with a means beside it, or beside a loaded gun
_NOT_OUT_ALIVE = r"not (?:leaving|getting out|going out|coming out|making it out) (?:of (?:here|this) )?alive"


def _a_firearm(m: re.Match[str]) -> bool:
    """The gun matched is a firearm: no glue, nail or water gun just before it."""
    return not _NOT_A_FIREARM.search(m.string[max(0, m.start() - 12):m.end()])


# A story of a death, then the same thing meant for tonight: "watched a film about a girl who overdosed, going to do the
# same tonight, got the pills counted out" (the en_71 reviewer's)
_A_DEATH_TOLD = (r"\b(?:overdos\w*|killed (?:him|her|them)sel(?:f|ves)|suicide|jumped|hanged|shot (?:him|her)self|took (?:all )?(?:her|his) "
                 r"(?:pills|life)|ended (?:it|(?:her|his) life))\b")


# Harm to oneself named, in Spanish (thoughts of it told)
_HARM_TO_ONESELF_ES = (r"(?:hacerme dano|hacerse dano|lastimarme|lastimarse|matarme|matarse|quitarme la vida|quitarse la vida|"
                       r"suicidarme|suicidarse|cortarme|cortarse)")


# Medicines or care stopped (for the rules on stopping them to die)
_STOPPED = r"(?:stop|stopping|stopped|quit|quitting) (?:taking )?"
_WHAT_IS_STOPPED = r"(?:meds|medicine|medicines|medication|medications|pills|insulin|dialysis|treatment|chemo|eating)"

SUICIDE = Kind.SUICIDE_SELF_HARM
MEDICAL = Kind.MEDICAL_EMERGENCY
DANGER = Kind.DANGER

# The writer hears or sees it as it happens ("I can hear it on the phone", "on the camera", "right now", "ahorita"), for
# the rules on someone screaming at a person in their care.
_HEARD_NOW = re.compile(r" (?:(?:i|we) (?:can |could )?(?:hear|hearing|see|seeing)\b|on the phone|on (?:the )?speaker|"
                        r"on facetime|facetime|(?:on )?(?:the )?(?:ring )?(?:camera|video)|right now|rn|as we speak|ahorita|"
                        r"ahora mismo|(?:la|lo) (?:estoy )?(?:oigo|oyendo|escucho|escuchando)|se oye|se escucha|oigo|por telefono|"
                        r"en la camara|por video|videollamada|"
                        # seen on a visit just made: "I stopped by and mom's home aide was screaming at her and there are bruises
                        # on her arms. I'm scared to leave her there tonight" (en_53)
                        r"(?:i|we) (?:just )?(?:stopped by|walked in|came by|dropped by|got there|went over)|when (?:i|we) "
                        r"(?:got there|walked in|stopped by|came in|arrived))\b")
# A sign that the screaming is not all: marks seen (not denied, not with their cause told), hands laid on the person, or
# the person crying, shaking or afraid (not crying with laughter or joy, not shaking a head, not afraid of needles).
_HARM_SEEN = re.compile(
    r" (?<! no )(?<! any )(?<! no new )(?<! dont have )(?<! doesnt have )(?<! no tiene )(?:bruises|bruise|bruising|bruised|scratches|"
    r"marks|welts|black eye|bleeding|moretones|moreton|morados)\b"
    r"(?! (?:\w+ ){0,3}(?:from|after|de|por|because of) (?:the |her |his |a |when |la |el |su |las |los )?(?:\w+ )?(?:blood draw|fall|fell|"
    r"shots?|iv|needles?|blood thinners?|eliquis|warfarin|heparin|surgery|labs?|bumping|dialysis|she fell|he fell|wheelchair|"
    r"caida|inyecciones|suero))"
    r"| (?:hit|hitting|hits|slap|slapped|slapping|slaps|shoved|shoving|pushed|pushing|grabbed|grabbing|pinched|pinching|"
    r"threw|pulling|pulled|dragging|dragged|tied) (?:her|him|mom|dad|grandma|grandpa|my (?:mom|dad|mother|father|grandma|grandpa))\b"
    r"| (?:has|had) (?:her|him) by the (?:hair|arm|neck|wrist)| rough with (?:her|him)| (?:is |s )?in tears(?! laughing)"
    r"| screaming (?:in pain|for help)| (?:youre|you are|stop) hurting me| please dont please dont| peed (?:herself|himself)|"
    r" bloody (?:lip|nose)"
    r"| (?:she|he|shes|hes|mom|dad|mama|grandma|grandpa|mother|father|husband|wife|her|him|nana|they|theyre|they are) "
    r"(?:is |s |are |keeps |looks |sounds |seems )?(?:so |really |very |both )?"
    r"(?:crying|cryin|sobbing|whimpering|scared|afraid|terrified|shaking|trembling|begging)\b"
    r"(?! (?:laughing|happy|from laughing|of joy|about|at the|over the|because|his|her|my|the|from|with|so|she|he|"
    r"for (?:the|her|his|a)|of (?:needles|dogs|the|shots|her surgery|his surgery|going)|to|him for|her for))"
    r"| (?:and|then|now) (?:she|he|mom|dad|grandma|grandpa) (?:just )?fell\b(?! (?:earlier|yesterday|last|this morning))"
    r"| (?:esta|anda) (?:llorando|temblando|asustada|asustado)(?! (?:de risa|de felicidad|de alegria|porque))|"
    r" (?:tiene|tienen) miedo| (?:llora|lloraba)\b| (?:la|lo) esta (?:jalando|golpeando|empujando)| cachetada|"
    r" (?:la|lo|le) (?:golpe\w*|empuj\w*|jalone\w*|pega\w*|pego)\b(?! un (?:grito|susto))")
# ... and the writer saying there is no harm ("no new bruises", "shes ok right now", "just stubborn"), laughing with no fear
# told, or the screaming at a game, a coach, a grade or a pet: not abuse of someone in one's care
_HARM_DENIED = re.compile(
    r" (?:(?:shes|hes|she is|he is) (?:ok|okay|fine) right now|no (?:new )?bruises|doesnt have (?:any )?bruises|nomas es gritona|"
    r"just (?:stubborn|loud|grumpy|being loud)|(?:coach|ref|referee|umpire|teacher|homework|grades|marks|report card|vase|"
    r"insurance|landlord|computer|tv|tele|perro|dog|reprobo|partido|game|surprise party|so happy|happy tears|happy to see))\b")
_FEAR_TOLD = re.compile(r" (?:scared|afraid|terrified|shaking|help|please|asustad[ao]|miedo|ayuda)\b")


@functools.lru_cache(maxsize=16)
def _heard_with_harm(text: str) -> bool:
    """Looked up once per message: the rule may vet thousands of matches."""
    if _HEARD_NOW.search(text) is None or _HARM_SEEN.search(text) is None or _HARM_DENIED.search(text) is not None:
        return False
    return _LAUGHTER.search(text) is None or _FEAR_TOLD.search(text) is not None


# High sugar told as over, and nothing told after it: "mi mama esta mucho mejor, ya no anda con el azucar por las nubes"
# (good news, es_45), "el azucar ya no anda por las nubes"; not "... ya no la tiene por las nubes, ahora la tiene en 40"
# nor "mi papa ya no esta, el azucar por las nubes" ("ya no esta" without "con": he is gone), reviewers' finds
_NO_LONGER_ES = re.compile(r" ya no (?:(?:anda|ando|esta|estoy|andamos|estamos) con|(?:tiene|tengo|trae|traigo)|le (?:anda|sube))"
                           r" (?:el|la|su|mi) (?:azucar|glucosa)\b|(?:azucar|glucosa) ya no (?:anda|esta)\b")
_GOOD_NEWS_TAIL_ES = re.compile(r"(?: (?:gracias|a|dios|muchas|mil|ya|jaja\w*|que|bueno|bien|todo|por|fin|al|eso|nada|mas))* ?$")


def _sugar_told_as_over(m: re.Match[str]) -> bool:
    # ("ya no" right beside the sugar: not "ya no tengo insulina y el azucar por las nubes", "mi mama ya no anda, el azucar
    # ...", "ya no tiene fuerzas, ...": a second reviewer's finds)
    told_over = _NO_LONGER_ES.search(m.string, max(0, m.start() - 40), m.end())
    return told_over is not None and _GOOD_NEWS_TAIL_ES.match(m.string, m.end()) is not None


# For the threat that demands silence: the one told, and whom the threat is against.
_IF_I_TELL = (r"(?:if (?:i|we|you) (?:ever )?(?:say (?:anything|something|a word)|open my mouth)"
              r"|if (?:i|we|you|my \w+|she|he) (?:ever )?(?:tell|tells|told|call|calls|called|go to|goes to|went to|talk to|talks to) "
              r"(?:anyone|anybody|someone|somebody|a soul|the (?:police|cops|nurse|social worker|judge|doctor)|911|you guys|"
              r"my (?:mom|mother|dad|daughter|son|family|case manager|doctor|nurse|kids|sister|brother)|her (?:daughter|son|family|doctor))"
              r"(?: about (?:what (?:happened|he did|she did|they did)(?: \w+){0,4}?|it|this|that|us|him|her|(?:our|the|his|her) secret|"
              r"the (?:money|bruises|marks|pills|hitting))"
              r"| (?:that )?(?:im|i am|i was) (?:pregnant|hurt|scared))?"
              r"|if (?:anyone|anybody) (?:finds out|found out)"
              # ... or left bare at the end: "my nephew took my money and says he'll hurt me if i tell" (en_59)
              r"|if (?:i|we) (?:ever )?tell(?= ?$))")
_THREATENED = r"(?:me|us|her|him|them|my \w+|the kids|grandma|grandpa)"

# A goodbye that gives up one's care with no reason for it: "goodbye. thank you for trying to
# help. I won't be needing the appointments anymore." A reason makes it ordinary ("moving to
# Texas, won't be needing the appointments anymore, goodbye"; "all healed").
_CARE_GIVEN_UP = (r"(?:wont|will not|not going to|no longer) (?:be )?need(?:ing)? (?:the |my |any more |these |those |your |any )?"
                  r"(?:\w+ )?(?:appointments?|pills|meds|medicines?|medications?|reminders|help|care|visits|check ?ins|"
                  r"services|texts|classes)(?: \w+){0,2} (?:anymore|any longer|after (?:today|tonight))")
_FAREWELL_WORD = r"(?:goodbye|good bye|farewell|bye now|thank you for (?:trying|everything|all you(?:ve| have) done))"
# (Named reasons only: "since it doesn't matter now", "it's better this way" are not reasons.)
_A_REASON = re.compile(r"\b(?:moving|moved|move|switch\w*|new (?:doctor|clinic|insurance)|transferr?\w*|hospice|recovered|"
                       r"healed|(?:feeling|getting|doing|all|im|much) better|better now|well again|insurance|"
                       r"another (?:hospital|clinic|doctor|program)|graduat\w*|discharged|done with (?:the|my) (?:program|treatment|rehab)|"
                       r"finished (?:the|my) (?:program|treatment|rehab|therapy)|cleared|wrong number)\b")


def _without_a_reason(m: re.Match[str]) -> bool:
    return not _A_REASON.search(m.string)


_NOT_AROUND = (r"(?:i )?(?:wont|will not|im not going to|not going to|not gonna) be (?:around|here) "
               r"(?:tomorrow|tmrw|tmr|2morrow|tonight|much longer|anymore|after (?:today|tonight))")
_LOVE_SENT = r"tell (?:my |her |his )?(?:\w+ ){0,2}(?:i love (?:her|him|them|you)|(?:that )?i (?:always )?loved (?:her|him|them|you))"
# ... somewhere else to be, or a reason: "im going to my sisters", "at the hospital for my test", "out of town"
_AWAY_FOR = re.compile(r"\b(?:going|gone|leaving|left|headed|heading|flying|driving|trip|visit\w*|travel\w*|vacation|out of town|"
                       r"hospital|surgery|procedure|work\w*|church|appointment|staying|at (?:my|her|his|the|our) (?!house|home|place|apartment)\w+|"
                       r"call (?:me|her|him|you)|text (?:me|her|him|you)|phone|busy|dialysis|"
                       # (Spanglish: "goodbye, i wont be around tomorrow, voy a la iglesia", a reviewer's finds)
                       r"voy|vamos|iglesia|operar|operacion|cita|clinica|dialisis|trabaj\w*|turno|viaje|mexico)\b")


def _nowhere_to_be(m: re.Match[str]) -> bool:
    """No reason or somewhere else to be, outside the match ("not going to be around" is not a trip)."""
    rest = m.string[:m.start()] + " " + m.string[m.end():]
    return not _A_REASON.search(rest) and not _AWAY_FOR.search(rest)


# ... told only as history or as what always passes ("when i was a kid i had asthma so bad i was wheezing and cant
# talk", "... after climbing the stairs, happens every time, goes away in a min"): a reviewer's finds, kept to words that
# say so (not "a cold", "for days": "dad is wheezing and cant talk, he has a cold" is now)
_BREATHLESS_BEFORE = re.compile(r"\b(?:used to|when (?:i|he|she) (?:was|gets|had)|as a (?:kid|child)|ever got|the worst (?:my|her|his)|"
                                r"last (?:year|month|winter)|years? ago|in (?:19|20)\d\d|every time|goes away|go away)\b")


def _breathless_now(m: re.Match[str]) -> bool:
    return _is_live(m) and (not _BREATHLESS_BEFORE.search(m.string) or _BACK_NOW.search(m.string) is not None)


# (not "just": "last year i had pneumonia and was wheezing and cant talk for days, just for my chart")
_BACK_NOW = re.compile(r"\b(?:now|right now|rn|again|today|tonight|ahora|ahorita|otra vez)\b")


# A Spanish goodbye with no reason, joke or end to it (es_36: "nomas queria despedirme y dar las gracias por todo, ya
# no van a saber de mi"). A reviewer of the first version found dozens of ordinary goodbyes, so: a farewell word or
# weariness must be there ...
_ES_FAREWELL_CUE = re.compile(r"\b(?:despedir\w*|despido|adios|gracias por todo|los quiero|las quiero|perdon\w*|cuidense|"
                              r"cansad[oa] de todo|ya no puedo mas|ya no aguanto|ya me canse)\b")
# ... and nothing that makes it ordinary: a move, a trip, another clinic, doctor, program, insurance or number, a class
# finished, discharged, a phone without signal or credit ...
_A_REASON_ES = re.compile(
    r"\b(?:mud\w*|vacaciones|viaje|viajo|viajar|crucero|boda|rancho|senal|saldo|plan del celular|trabaj\w*|norte|"
    r"me voy (?:a|al|a la|con|de|para|pa) (?!(?:el |la )?(?:cielo|otro mundo|dios|diosito|siempre|mi (?:viejo|esposo|esposa|difunt\w*))\b)|"
    # a death in the family, messages no longer wanted, discharged, care taken over (a second reviewer's finds)
    r"fallec\w*|muri\w*|ya no (?:necesito|quiero) (?:los|las|mas)|cancel\w*|mensajes|recordatorios|sali del hospital|encarg\w*|"
    r"asilo|residencia|me operan|otro lado|compania|"
    r"me regreso|regres\w* a|me cambi\w*|me cambiaron|cambi\w* (?:de|mi|el) (?:numero|telefono|celular|clinica|doctor|doctora|"
    r"hospital|seguro|aseguranza)|(?:otro|otra|nuevo|nueva) (?:numero|telefono|celular|clinica|doctor|doctora|hospital|programa|"
    r"seguro|aseguranza|trabajadora)|medicaid|medicare|seguro|aseguranza|(?:el|la) va|me atiende|programa|clases?|termine|"
    r"hospicio|de alta|(?:estoy|me siento|quede) (?:mejor|recuperad[oa]|bien(?! \w*(?:ad[oa]|id[oa]|mal|triste|sol[oa])\b))|"
    r"numero equivocado|loteria|manejar mis citas)\b")
# ... nor a laugh, nor an end: "hoy", "toda la semana", "los jueves", "hasta el lunes"
_FOR_A_WHILE_ES = re.compile(r"\b(?:hoy|manana|esta semana|toda la semana|este fin|unos dias|unas semanas|un tiempo|un rato|"
                             r"hasta|los (?:lunes|martes|miercoles|jueves|viernes|sabados|domingos)|por aqui|por ahi|"
                             r"la cara|en (?:la|el|esa|ese|las|los) \w+)\b")


def _a_spanish_goodbye_with_no_reason(m: re.Match[str]) -> bool:
    text = m.string
    return bool(_ES_FAREWELL_CUE.search(text)) and not _A_REASON_ES.search(text) \
        and not _FOR_A_WHILE_ES.search(text, m.end()) and not _told_laughing(text)


# Making no sense, said of a person
_NO_SENSE = (r"(?:(?:not|isnt|arent|wasnt|stopped|doesnt|dont|didnt) mak(?:ing|e) (?:any )?sense|making no sense|"
             r"talking (?:nonsense|gibberish|funny|weird|strange|crazy))")
# Papers named before a "they": then "they" are the papers
_PAPERS_BEFORE = re.compile(r"\b(?:papers|paperwork|forms|letters|bills|instructions|directions|results|charges|"
                            r"numbers|labels|notes|statements|documents)\b(?: \w+){0,5} ?$")
# ... and then they make no sense to the reader, with nothing sudden: a person's speech stops
# making sense ("dad was going through his bills and they stopped making sense, his face looks
# off": a reviewer's find)
_TO_THE_READER_AFTER = re.compile(r"^(?: to (?:me|us|her|him|them|my \w+)\b| ?$| (?:can|could|what|how|who|please)\b)")
_SUDDEN = re.compile(r"\b(?:stopped|suddenly|sudden|now|all of a sudden|face|slurr\w*|droop\w*|confus\w*)\b")


def _papers_that_make_no_sense(m: re.Match[str]) -> bool:
    before, after = _context(m)
    return bool(_PAPERS_BEFORE.search(before) and _TO_THE_READER_AFTER.match(after)) and not _SUDDEN.search(m.string)


# Told as a lasting state: "paralizado de un lado desde el 2019, necesito una silla de ruedas".
_SINCE_LONG_AGO = re.compile(r"\b(?:desde (?:el |la |hace |que )?(?:\d{4}|\d+ anos|anos|accidente|derrame|nacio|siempre|nino|nina)|"
                             r"(?:del|de) (?:accidente|derrame) de \d{4}|hace (?:\w+ )?anos|silla de ruedas|terapia|"
                             r"paralisis cerebral)\b")
# Black stool or blood in the bowl with its ordinary cause named.
_NOT_A_BLEED = re.compile(r"\b(?:iron|pepto|bismuth|blueberr\w*|beets?|licorice|period|menstrua\w*)\b")
# A push in a crowd, said sorry for; a push at exercise; a game lost.
_BUMPED_INTO = re.compile(r"\b(?:bumped|said sorry|apologi[sz]ed|by accident|accidentally|on the bus|on the train|in line|"
                          r"in the crowd|im ok|im fine|im okay|therap\w*|exercis\w*|workout|bingo|cards|game|passed away)\b")
# A mouth numbed on purpose: "my mouth is numb from the dentist and i cant talk good" (en_34's twin).
_DENTAL = re.compile(r"\b(?:dentist|dental|novocaine|numbing|filling|root canal|tooth (?:pulled|out|extracted)|oral surgery|"
                     r"lidocaine|anesthesia|anestesia|braces|wired shut|piercing|bit my tongue|cold sore|dentures?|canker|"
                     r"burn\w*|botox|filler|ulcer)\b")

# Someone close who no longer knows the writer or where they are (the two English confusion rules).
_CLOSE_ONE = (r"(?:she|he|mom|dad|mother|father|grandma|grandpa|husband|wife|my (?:mom|dad|mother|father|husband|wife|grandma|"
              r"grandpa|son|daughter))")
# Confusion told as new: started today, all of a sudden, not like her (the sudden-confusion rules)
_CONFUSION_NEW = (r"\b(?:(?:this|it) (?:started|began|came on|happened) (?:this morning|today|tonight|this afternoon|an hour ago|"
                  r"a few hours ago|just now)|started (?:this morning|today|tonight|this afternoon|an hour ago|a few hours ago)|"
                  r"since (?:this morning|this afternoon|lunch|breakfast)|all of a sudden|out of nowhere|"
                  # (or not like her, in so many words: "... this is not like her at all", en_75)
                  r"(?:this|that|it) (?:is not|isnt|is nothing) like (?:her|him)(?: at all)?|(?:shes|hes|she has|he has) never been like this|"
                  r"(?:she|he) was (?:fine|ok|okay|normal) (?:yesterday|this morning|last night)|"
                  r"came on (?:fast|suddenly|sudden|quick|quickly))\b")
_DOES_NOT_KNOW_ME = (r"(?:(?:doesnt|does not|didnt|did not|dont|cant|can not|cannot) (?:know|recognize|remember) "
                     r"(?:who (?:i am|im)|me|where (?:she|he) is)|keeps asking (?:me )?who (?:i am|im))")
# A confusion with its cause told, or asked about (the sudden-confusion rule's reviewer: "... since he woke up from
# surgery, the nurses said delirium is normal", "... from her nap, she is 2", "what does it mean if ...").
_CONFUSION_EXPLAINED = re.compile(r"\b(?:surgery|anesthesia|anaesthesia|jet lag|nap|game we play|bad connection|"
                                  r"what does it mean|is it normal|what causes|why would)\b")


_RULES: tuple[_Rule, ...] = (
    # --- suicide / self-harm first: it wins when both kinds match ----------
    # (en_24) a veiled farewell
    _rule("suicidal_ideation", SUICIDE, rf"{_FAREWELL_WORD} (?:\w+ ){{0,12}}{_CARE_GIVEN_UP}",
          rf"{_CARE_GIVEN_UP} (?:\w+ ){{0,8}}{_FAREWELL_WORD}", accept=_without_a_reason),
    # (es_36) "ya no van a saber de mi" in a goodbye with no reason for it: "nomas queria despedirme y dar las gracias por
    # todo, ya no van a saber de mi", "gracias por todo, nunca mas me van a volver a ver" (`_a_spanish_goodbye_with_no_reason`)
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:ya no|nunca mas|jamas) (?:me )?(?:van|vas|va|volveran|volveras|volvera) a (?:volver a )?"
             r"(?:saber (?:nada )?de mi|tener noticias mias|volver a ver(?:me)?)|(?:ya no|nunca mas|jamas) (?:me )?(?:volveran|volveras|volvera) a ver",
             accept=_a_spanish_goodbye_with_no_reason),
    # (en_41) love sent to the family, and not being around after tonight, as the whole message, with no reason for it:
    # "tell my daughter i love her. i wont be around tomorrow" (not "... im going to my sisters", "... i got dialysis";
    # not "tell the nurse im sorry, i wont be here tomorrow": a reviewer found dozens of ordinary goodbyes like it)
    _rule("suicidal_ideation", SUICIDE, rf"(?<=^ ){_LOVE_SENT} (?:\w+ ){{0,3}}{_NOT_AROUND}(?= ?$)",
          rf"(?<=^ ){_NOT_AROUND} (?:\w+ ){{0,3}}{_LOVE_SENT}(?= ?$)", accept=_nowhere_to_be),
    # thoughts of harming one's own child (a postpartum crisis among them): "sometimes i think about hurting my baby", "tengo
    # pensamientos de lastimar a mi bebe"; a screening question answered no stays quiet as for thoughts of self-harm,
    # unless taken back ("... i said no, just so you know... i do sometimes": the reviewer of the en_66 change)
    _rule("harm_to_a_child_thoughts", SUICIDE,
          r"(?:thoughts? (?:of|about)|think(?:ing)? (?:of|about)|thought (?:of|about)|urges? to|(?:scared|afraid|worried|terrified) "
          r"(?:that )?i (?:will|might|could|would|am going to|m going to)|feel like i (?:want to|could|might)) "
          r"(?:\w+ )?(?:hurting|harming|hurt|harm|shaking|shake|smothering|smother|drowning|drown|killing|kill) (?:my|our) (?:own )?"
          r"(?:baby|newborn|infant|kids|kid|children|child|son|daughter|little one)\b",
          r"(?:want|wanna|wanted) to (?:put|hold) (?:a |the )?pillow over (?:my|our) (?:baby|son|daughter|child|kid|newborn)",
          accept=_not_denied_or_taken_back),
    _rule_es("harm_to_a_child_thoughts", SUICIDE,
             r"(?:pensamientos? de|pienso en|he pensado en|pensando en|ganas de|miedo de|miedo a) (?:\w+ )?(?:lastimar|hacerle dano|danar|"
             r"sacudir|ahogar|matar) (?:a )?(?:mi|mis) (?:bebe|nino|nina|hijo|hija|hijos|ninos)\b",
             accept=_not_denied_or_taken_back),
    _rule("overdose", MEDICAL, _SWALLOWED_BY_A_CHILD, accept=lambda m: _NOT_PILLS_AFTER_ALL.search(m.string) is None),
    # (en_68) pills set out beside hopelessness: "whats the point of any of this. i have the pills lined up on the table";
    # not the week's pills in their box ("... lined up for the week in the organizer, whats the point of a pill box")
    _rule("suicidal_ideation", SUICIDE,
          rf"{_NO_POINT} {W8}{_MEDS} {W3}(?:counted out|lined up|laid out|set out|all out|in front of me|in my hand)",
          rf"{_MEDS} {W5}(?:counted out|lined up|laid out|set out|all out|in front of me|in my hand) {W8}{_NO_POINT}",
          accept=lambda m: _A_WEEK_OF_PILLS.search(m.string) is None),
    # (en_32) going to the dead, with a last message: "its time for me to go be with Harold. tell Angela I love her"
    _rule("suicidal_ideation", SUICIDE, rf"{_GOING_TO_BE_WITH} (?:\w+ ){{0,12}}{_FAREWELL}",
          rf"{_FAREWELL} (?:\w+ ){{0,12}}{_GOING_TO_BE_WITH}"),
    # (en_18 / es_14) stopping every pill to let the heart give out; cutting again, deeper
    _rule("suicidal_ideation", SUICIDE,
          r"(?:stop|stopping|quit|quitting) (?:taking )?(?:all )?(?:of )?(?:my|her|his) (?:\w+ )?(?:pills|meds|medicines|medications) "
          r"(?:\w+ ){0,3}(?:let|letting) (?:my|her|his) heart (?:give out|stop|quit|fail|go)"),
    _rule_es("self_harm", SUICIDE,
             r"me (?:corte|cortaba|volvi a cortar) (?:otra vez|de nuevo|los brazos|las munecas|las piernas|el brazo)|"
             r"(?:hacerlo|cortarme|cortar) mas (?:hondo|profundo)"),
    # Spanish rules come first in each kind: a hit marks the reply as Spanish,
    # and English messages never match them (their words are Spanish only).
    # --- Spanish: suicide / self-harm (same signals as the English rules) ---
    # a means made ready: "ya no puedo mas, necesito quien me cubra unos dias, ya tengo la soga lista" (silent until a
    # second reviewer of the en_35 change found it)
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:ya )?(?:tengo|tiene) (?:la|una|el|mi) (?:soga|cuerda|veneno|pistola)(?: \w+)? (?:lista|listo|preparad[oa])"),
    # a plan to sleep and not wake: "voy a dormirme esta noche y no despertar mas ya lo decidi" (the en_75 reviewer's)
    _rule_es("suicidal_intent", SUICIDE, r"(?:voy a|me voy a|quiero) dormir(?:me)? (?:\w+ ){0,2}?y no despertar(?:me)? (?:mas|nunca)\b"),
    # better off dead, said with a plan or with fear: "mi mama me dijo q mejor se moria y q ya tiene todo planeado, tengo miedo"
    # (es_71); not "mejor me muero de risa", nor the wish alone over a chore ("... mejor me muero jaja")
    _rule_es("suicidal_ideation", SUICIDE,
             r"mejor (?:se|me) (?:moria|moriria|muere|muero|mataba|mataria)\b(?! (?:de|del) (?:risa|hambre|calor|frio|verguenza|sueno)\b)",
             requires=r"\b(?:planead[oa]|planeando|un plan|tengo miedo|me da miedo|estoy asustad[oa]|pastillas|pistola|soga|cuchillo|"
                      r"se despidio|en serio)\b"),
    # "ya no puedo mas", unless the message asks for help with caring for someone
    _rule_es("suicidal_ideation", SUICIDE,
             r"ya no (?:aguanto|puedo|soporto)(?: mas)?(?: con (?:esto|esta vida|mi vida))?(?= *$| (?:ya|de verdad|en serio|con todo|quiero|me quiero|i)\b)",
             # (nor a chore named just before it: "busco vivienda para personas mayores, las escaleras ya no puedo", es_49)
             accept=lambda m: _is_not_a_caregiver_request(m) and not _A_CHORE_BEFORE_ES.search(m.string, max(0, m.start() - 40),
                                                                                             m.start() + 1)),
    # the pills gathered, with a wish to be gone: "para q sigo, mejor me voy con mi viejo. ya tengo las pastillas juntas" (es_49)
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:ya )?(?:tengo|tiene|junte|junto|guarde|guardo) (?:las|mis|todas las|todas mis|sus|todas sus|unas) (?:\w+ ){0,2}?"
             r"(?:pastillas|pildoras|medicinas|tabletas) (?:juntas|listas|guardadas|contadas|escondidas)",
             requires=r"\b(?:para (?:que|q) (?:sigo|seguir|vivo|vivir)|mejor me voy|me quiero (?:ir|morir)|ya no quiero (?:seguir|vivir|estar)|"
                      r"no quiero seguir|me voy con (?:mi|dios)|despedirme|adios|nadie me va a extranar|ya no aguanto|ya no puedo mas)\b"),
    _rule_es("suicidal_ideation", SUICIDE,
             r"suicid(?:a|as|arme|arse|arte|arnos|ar|io|ios|andome|andose|o)", accept=_is_suicide_concern),
    # Wanting or planning to die or to kill oneself.  The clitic must match the
    # person ("me voy a matar", "se va a matar"): "me va a matar" is someone
    # else, and usually a figure of speech ("mi esposa me va a matar si llego tarde").
    _rule_es(
        "suicidal_ideation", SUICIDE,
        # wanting to die ("me voy a morir" is fear of dying: see explicit_emergency)
        r"(?:me (?:quiero|queria|quisiera|dan ganas de)|se (?:quiere|queria|quisiera)|te quieres) morir" + _ES_FIGURATIVE_DEATH,
        r"(?:me (?:quiero|queria|quisiera|voy a|iba a|dan ganas de|pienso|estoy pensando en)|"
        r"se (?:quiere|queria|quisiera|va a|iba a|piensa|esta pensando en)|te (?:quieres|vas a)) "
        r"(?:matar|suicidar|ahorcar|colgar|envenenar|quitar la vida|pegar un tiro|dar un tiro|"
        r"volar la cabeza|disparar|cortar las venas|"
        r"(?:aventar|tirar|lanzar|echar) (?:de|del|desde|por|al|a la|a las|frente a|enfrente de|debajo de) "
        r"(?:\w+ ){0,2}(?:puente|edificio|techo|azotea|ventana|balcon|tren|metro|vias|carro|carros|"
        r"camion|trafico|rio|mar|precipicio|barranco|acantilado))" + _ES_FIGURATIVE_DEATH,
        # first person: "quiero morirme", "ojala no despertar", "pienso en matarme"
        r"(?:quiero|quisiera|queria|deseo|ganas de|prefiero|preferiria|ojala|mejor|pienso en|pensando en) (?:\w+ )?"
        r"morir(?:me)?" + _ES_FIGURATIVE_DEATH,
        r"(?:quiero|quisiera|queria|deseo|ganas de|prefiero|preferiria|ojala|mejor) (?:ya )?"
        r"(?:desaparecer(?: para siempre| del mundo)|dejar de (?:vivir|existir)|no (?:volver a )?despertar(?:me)?(?! (?:tan |muy )?(?:temprano|a las|antes)))",
        r"(?:quiero|quisiera|queria|deseo|voy a|iba a|pienso|pensando en|pienso en|ganas de|intentar|"
        r"intente|trate de|tratar de|decidi|planeo|planeando|mejor|deberia|podria|forma de|manera de|"
        r"como|prefiero|ojala|necesito) (?:\w+ )?"
        r"(?:matarme|suicidarme|ahorcarme|quitarme la vida|"
        r"envenenarme|(?:tirarme|aventarme|lanzarme|echarme) (?:de|del|desde|por|al|a la|frente|enfrente)|"
        r"cortarme las venas|pegarme un tiro|darme un tiro|dispararme|acabar con mi vida|terminar con mi vida)",
        # third person: "quiere matarse", "habla de quitarse la vida"
        r"(?:quiere|quisiera|queria|desea|ganas de) morirse" + _ES_FIGURATIVE_DEATH,
        r"(?:quiere|quisiera|queria|desea|va a|iba a|piensa|pensando en|ganas de|intento|trato de|"
        r"tratar de|decidio|planea|planeando|amenaza con|amenazo con|habla de|hablando de|hablo de) "
        r"(?:\w+ )?(?:matarse|suicidarse|ahorcarse|quitarse la vida|"
        r"envenenarse|(?:tirarse|aventarse|lanzarse|echarse) (?:de|del|desde|por|al|a la|frente|enfrente)|"
        r"cortarse las venas|pegarse un tiro|darse un tiro|dispararse|acabar con su vida|terminar con su vida)",
        # the reflexive forms are only ever about oneself
        r"matarse|suicidarme|suicidarse|quitarme la vida|quitarse la vida|ahorcarme|ahorcarse|"
        r"(?<!va a )(?<!van a )(?<!vas a )(?<!iban a )(?<!quiere )(?<!quieren )(?<!quieres )(?<!puede )"
        r"(?<!pueden )(?<!podria )(?<!intento )matarme",
        # not wanting to live
        r"(?:no|nunca) (?:quiero|quiere|queria|quisiera|deseo|desea|tengo ganas de|tiene ganas de) "
        r"(?:seguir )?(?:vivir|viviendo|existir|amanecer|despertar(?! (?:tan |muy )?(?:temprano|a las|antes))|"
        r"estar (?:aqui|viv[oa]|en este mundo)|seguir(?= *$| (?:aqui|asi|adelante|luchando|en este mundo|con vida|mas)))",
        r"no quiero vivir mas",
        # ending it: "pienso en ponerme toda la insulina y acabar con esto", "mejor me voy de este mundo"
        # "ya tengo todo listo pa acabar con esto, nomas queria despedirme" (es_29)
        r"(?:tengo|tiene|tenemos) todo (?:listo|planeado|preparado|pensado|arreglado) (?:para|pa) (?:acabar|terminar) con "
        r"(?:esto|todo|mi vida|su vida)(?! (?:de(?! una vez)|del|el|la|los|las|lo|mi|mis|su|sus|un|una)\b)"
        r"(?=.*\b(?:despedir\w*|despido|adios|morir\w*|muero|matar\w*|pastillas|perdon\w*|los quiero|cuiden|de una vez)\b)",
        rf"(?:pienso|pensando|pense|quiero|quisiera|voy a|ganas de|mejor|deberia) {W8}(?:acabar|terminar) con "
        r"(?:esto|todo|todo esto|mi vida|mi sufrimiento)(?! (?:de|del|el|la|los|las|lo|mi|mis|su|sus|un|una)\b)",
        rf"(?:pienso|pensando|pense|quiero|quisiera|voy a|ganas de) {W2}(?:ponerme|tomarme|inyectarme|meterme) "
        r"(?:toda|todas|todos|todo) (?:la |las |los |el |mi |mis )?(?:insulina|pastillas|medicinas|medicamentos|pildoras|frasco)",
        # the pronoun first: "esta noche me voy a poner toda la insulina de la pluma y ya se acabo"
        r"me (?:voy a|quiero|pienso|podria) (?:poner|tomar|inyectar|meter|tragar) "
        r"(?:toda|todas|todos|todo) (?:la |las |los |el |mi |mis )?(?:insulina|pastillas|medicinas|medicamentos|pildoras|frasco)"
        r"(?! (?:que me (?:toca|tocan|dijeron|recetaron)|de la manana|del dia|de hoy)\b)",
        # ... or someone else's, with the reason told: "mi mama dice que se va a inyectar toda la insulina pa ya no ser una
        # carga" (es_66)
        r"se (?:va a|quiere|piensa|podria) (?:poner|tomar|inyectar|meter|tragar) (?:toda|todas|todos|todo) (?:la |las |los |el |su |sus )?"
        r"(?:insulina|pastillas|medicinas|medicamentos|pildoras|frasco)"
        r"(?=.*\b(?:ser una carga|ser carga|despertar|morir\w*|vivir|acabar con|sufrir|irse con|estorbar|se quiere ir)\b)",
        # out of everyone's way for good: "pa que sigo aqui, mejor me quito de en medio esta noche" (es_26;
        # not "me quito de en medio para que pasen")
        r"(?:mejor|voy a|quiero|pienso|ganas de|deberia|ya) (?:\w+ )?(?:me quito|quitarme|me voy a quitar|me quitaria) de en medio "
        r"(?:\w+ ){0,2}(?:esta noche|hoy mismo|para siempre|de una vez|de este mundo)",
        r"(?:para|pa) que (?:sigo|estoy) (?:aqui|viv[oa]) (?:\w+ ){0,2}(?:me quito|quitarme) de en medio",
        r"(?:me voy|irme|me quiero ir|me ire) de este mundo|(?:ya )?no le (?:veo|encuentro) (?:sentido|caso) "
        r"(?:a (?:nada|la vida|vivir|seguir)|vivir)",
        # a farewell, then nobody can reach them: "me mando un mensaje despidiendose y no contesta"
        rf"(?:despidiendose|despidiendo|se despidio|se despide|se despedia|despedida|adios) {W8}(?:no contesta|no responde|no abre|"
        r"no la encuentro|no lo encuentro|no sabemos donde|apago el telefono|apago el celular)",
        # life not worth it
        r"(?:no vale la pena|no tiene (?:caso|sentido)|de que sirve|para que) (?:\w+ )?"
        r"(?:vivir|la vida|mi vida|estar viv[oa]|seguir(?: viviendo)?(?= *$| (?:aqui|asi|adelante|luchando|en este mundo)))",
        r"(?:la|mi|su) vida (?:ya )?no (?:vale|tiene) (?:la pena|nada|sentido)|no (?:le )?(?:encuentro|veo|hallo) (?:ningun )?sentido a (?:la|mi) vida",
        r"(?:no tengo|no tiene|no hay|sin) (?:ninguna |ningun )?(?:razon|razones|motivo|motivos|ganas|proposito|por que|para que) "
        r"(?:para |de |por la cual |por el cual )?(?:vivir|seguir viviendo|seguir(?= *$| (?:aqui|asi|adelante|luchando)))",
        r"(?:cansad[oa]|harto|harta|fastidiad[oa]|aburrid[oa]) de (?:vivir|la vida|estar viv[oa]|existir)|"
        r"(?:me|se) cans[oe] de (?:vivir|la vida)|ya no aguanto (?:la vida|vivir|esta vida)",
        # others better off, being a burden
        r"(?:estarian|estarias|estaria|estaremos|vivirian|seria|serian|estaran|estan|son) (?:\w+ )?(?:mejor|mas felices|mas tranquil[oa]s) sin mi|mejor sin mi",
        r"(?:soy|me siento|siento que soy|me he vuelto|me volvi|nomas soy|solo soy) (?:una |un )?(?:carga|estorbo)\b",
        r"(?:estaria|estariamos|estarian|seria) mejor (?:si )?(?:muert[oa]|me muero|me muriera|se muriera|no estuviera|yo no estuviera)",
        r"(?:mejor|quisiera|quiero|ojala|prefiero|preferiria) (?:estar |estuviera )?muert[oa]",
        r"ojala (?:que )?(?:me muera|me muriera|no despierte|no despertara|no amanezca|no amaneciera|"
        r"estuviera muert[oa]|me (?:lleve|llevara) (?:dios|diosito|la muerte))",
        r"(?:quisiera|quiero|prefiero|preferiria|mejor) (?:no haber nacido|dormir(?:me)? y no despertar)|"
        r"dormir(?:me)? (?:\w+ )?y (?:ya )?no (?:volver a )?despertar",
        # "quiero dormir para siempre" (a reviewer's find)
        r"(?:quiero|quisiera|prefiero|ganas de|ojala) (?:\w+ )?dormir(?:me)? para siempre",
        # ending it all
        r"(?:acabar|terminar) con (?:mi|su) vida|"
        r"(?:acabar|terminar) con todo(?! (?:este|esta|esto|estos|estas|el|la|los|las|lo|mi|su|eso)\b)|"
        r"que todo (?:se )?(?:acabe|termine)|que se (?:acabe|termine) todo",
        # farewells
        r"(?:cartas?|notas?|mensajes?) de despedida|(?:me )?(?:despido|despedirme) de (?:todos|ustedes|mi familia|mis hijos|este mundo|la vida)|"
        r"adios (?:a todos|para siempre|mundo|mundo cruel|a mi familia)|(?:esta es|este es) mi (?:despedida|adios)|"
        r"perdon(?:enme|ame|en) (?:a )?(?:todos|por todo)",
        # stockpiling pills, or swallowing them all on purpose
        rf"(?:juntando|junte|acumulando|acumule|ahorrando|ahorre|guardando (?:\w+ ){{0,2}}para (?:tomar|tomarme|cuando)) (?:\w+ ){{0,3}}{_ES_MEDS}",
        r"(?:tomarme|tomarmelas|tomarse|tomarselas|tragarme|tragarmelas|tragarse|tragarselas) (?:todas|todo|toda|el frasco|la caja)",
        r"(?:voy a|quiero|pienso|va a|quiere|piensa) (?:tomar|tragar)(?:me|se)? (?:todas|todo el frasco|toda la caja)",
        # asking what an overdose would do ("que pasa si me tomo todas las pastillas")
        r"que (?:pasa|pasaria|me pasaria|pasara) si me (?:tomo|tomara|trago|tragara) (?:todas|todo el frasco|toda la caja|"
        r"muchas|demasiadas|\d{2,})",
        # a purpose: "me tome las pastillas para no despertar"
        # ("estaba para morirse" is "it was to die for")
        r"(?<!estaba )(?<!estuvo )(?<!esta )(?<!es )(?<!son )(?<!estan )(?<!estaban )"
        r"para (?:ya )?(?:no (?:despertar|volver a despertar|despertarme|estar aqui|seguir viviendo)|"
        r"morir(?:me|se)?|matarme|matarse|acabar con todo|que todo (?:se )?acabe|dejar de vivir)",
        # methods
        r"(?:aventar|tirar|lanzar|echar)(?:me|se) (?:de|del|desde|por|al|a la|a las|frente a|enfrente de|debajo de) "
        r"(?:\w+ ){0,2}(?:puente|edificio|techo|azotea|ventana|balcon|tren|metro|vias|carro|carros|camion|"
        r"trafico|rio|mar|precipicio|barranco|acantilado)",
        r"horca|soga (?:al|en el|alrededor del) cuello|(?:pistola|arma) (?:en la cabeza|en la boca|a la cabeza)",
        # "nadie me extranaria", "ya tengo todo planeado" (next to dying)
        r"nadie (?:me|lo|la|los) (?:extranaria|extranara|va a extranar|echaria de menos|extrana)(?: si)?",
        # "mejor me muero", "mejor morirme" (not "me muero de hambre": figurative)
        r"mejor (?:me muero|morirme|me mato|matarme|me quito la vida)" + _ES_FIGURATIVE_DEATH,
        r"(?:ya )?lo (?:tengo|tenia) (?:decidido|planeado)(?= .*\b(?:morir\w*|muero|muera|matar\w*|adios|irme)\b)"
        r"|\b(?:morir\w*|muero|muera|matar\w*|irme) .*\b(?:ya )?lo (?:tengo|tenia) (?:decidido|planeado)",
        # pills in hand and a farewell: "tengo las pastillas aqui en la mano y ya me decidi, perdonenme"
        rf"(?:{_ES_MEDS}) (?:\w+ ){{0,6}}(?:ya me decidi|ya lo decidi|ya estoy decidid[oa]|perdonenme|perdoname|los quiero mucho|"
        r"digan(?:le)? a \w+ que (?:la|lo|los) quiero)",
        r"(?:tengo|tiene|tenemos) todo (?:planeado|listo|pensado|preparado)(?= .*\b(?:morir\w*|muero|muera|matar\w*|adios)\b)"
        r"|\b(?:morir\w*|muero|muera|matar\w*) .*\b(?:tengo|tiene) todo (?:planeado|listo|pensado|preparado)",
    ),
    # Self-harm: cutting, burning, hurting oneself on purpose.
    _rule_es(
        "self_harm", SUICIDE,
        r"(?:me|se|te) (?:corte|corto|cortaste|cortaba|cortaron|estoy cortando|esta cortando|estas cortando|"
        r"sigue cortando|sigo cortando|volvi a cortar|volvio a cortar) (?:otra vez |de nuevo |ayer |hoy |anoche )?(?:las |los |la |el |mis |sus )?"
        r"(?:venas|munecas|muneca|brazos|piernas|muslos|piel|panza|estomago)",
        r"(?:no (?:puedo|puede|podia) (?:parar|dejar) de|ganas de|quiero|volvi a) (?:cortarme|cortarse|lastimarme|"
        r"lastimarse|hacerme dano|quemarme|golpearme)",
        r"(?:navaja|cuchilla|rastrillo|gillette|vidrio) (?:\w+ ){0,4}(?:cortarme|cortarse|me corto|me voy a cortar)",
        r"(?:me|se) (?:estoy|esta|sigo|sigue|estas) (?:cortando|lastimando|haciendo dano)"
        r"(?= *$| (?:otra vez|de nuevo|a proposito|todos los dias|seguido|sol[oa]|los brazos|las piernas|las munecas|la piel|con"
        r"|y no (?:puedo|puede|podemos|se|sabe) (?:parar|dejar|detener\w*|como parar))\b)",
        r"(?:me|se|te) (?:corte|corto|cortaba|queme|quemo|quemaba|lastime|lastimo|lastimaba|rasgune|rasguno|"
        r"arane|arano|hice dano|hizo dano|hago dano|hace dano|pegue|pego|golpee|golpeo|mordi|mordio) "
        r"(?:\w+ ){0,5}(?:a proposito|adrede|intencionalmente)",
        r"(?:me|se) (?:corte|corto|cortaba|esta cortando|estoy cortando) (?:\w+ ){0,3}con (?:una |la |un |el )?"
        r"(?:navaja|navajita|rastrillo|cuchilla|hoja de afeitar|gillette|cutter)",
        r"(?:me|se) (?:queme|quemo|quemaba|esta quemando|estoy quemando) (?:\w+ ){0,3}con (?:un |una |el |la )?"
        r"(?:cigarro|cigarrillo|encendedor|cerillo|cerillos)",
        r"(?:quiero|quiere|quisiera|ganas de|pienso en|piensa en|pensando en|voy a|va a|necesito|necesita|"
        r"tentad[oa] a|impulso de|intento|intente) (?:\w+ )?"
        r"(?:cortarme|cortarse|quemarme|quemarse|lastimarme|lastimarse|hacerme dano|hacerse dano|golpearme|golpearse)"
        r"(?! (?:el|la|los|las) (?:pelo|cabello|unas|barba|fleco)\b)",
        r"(?:me|se|te) (?:quiero|quiere|quieres|voy a|va a|dan ganas de|da ganas de) (?:cortar|lastimar|hacer dano|quemar|golpear)"
        r"(?! (?:el|la|los|las|un|una) (?:pelo|cabello|unas|barba|fleco|dedo|mano|pierna|rodilla)\b)",
        r"autolesion\w*|autoagresion\w*|cortadas en (?:los|las|sus|mis|el|la) (?:brazos|munecas|piernas|muslos)",
        # thoughts of it told: "tengo pensamientos de hacerme dano", "he pensado en quitarme la vida", "ideas suicidas" (found by
        # the reviewer of the en_56 change: the Spanish twin of "thoughts of hurting myself" was not read at all)
        rf"(?:pensamientos?|ideas?) (?:de|sobre|acerca de) (?:{_HARM_TO_ONESELF_ES}|morirme)",
        rf"(?:he|ha|habia|e|hemos) pensado (?:en|que) (?:\w+ )?{_HARM_TO_ONESELF_ES}",
        r"(?:pensamientos|ideas) suicidas",
    ),

    # --- English: suicide / self-harm ---------------------------------------
    # A passive wish not to wake: "it would be easier if I just went to sleep and didn't wake up. I have my husband's old gun
    # in the closet" (en_73; first in the table, before the reading of "didnt wake up" as someone unresponsive). Not a hated
    # hour ("i wish i didnt wake up at 4am every day", "... so early lol").
    _rule("suicidal_ideation", SUICIDE,
          r"(?:easier|better|nicer|be nice|be ok|be okay|wish|rather) (?:\w+ ){0,3}?(?:if )?i (?:just )?(?:went to sleep and |fell asleep and )?"
          r"(?:didnt|did not|never|wouldnt|would not|dont|do not) (?:wake|woke) up(?! (?:so |this |that |too )?(?:early|late|at|every|in the|"
          r"before|until|till|to|with|in pain|sore|stiff|tired|hungry|on|for|when))"),
    # ... or intended: "Going to go to sleep tonight and not wake up. I've decided." (en_75); not a fear of it ("afraid to go to
    # sleep, i might not wake up") nor a hope to sleep through ("going to sleep and not wake up till noon lol")
    _rule("suicidal_intent", SUICIDE,
          r"(?:going to|gonna|im going to|i will|ill|i want to|want to|planning to|plan to) (?:go to )?(?:sleep|bed) (?:tonight |today )?"
          r"and (?:not|never) wake up(?! (?:so |too )?(?:early|late|at|till|until|before|for|in the|on time|in time)\b)",
          accept=lambda m: not _told_laughing(m.string)),
    # ... or "for good": "tonight i go to sleep for good. already wrote letters to my kids" (the en_75 reviewer's)
    _rule("suicidal_intent", SUICIDE, r"(?:i|im|i am|ill|i will) (?:going to |gonna |about to )?(?:go )?to sleep for good\b"),
    # ... or wished, the writer's own: "what would happen if i stopped all my pills and just went to sleep for good. thats what i
    # want" (en_76; not a pet put to sleep)
    _rule("suicidal_ideation", SUICIDE, r"(?:i|and|just) (?:\w+ ){0,2}?(?:go|went|going|gonna go) to sleep for good\b",
          requires=r"\b(?:i want|thats what i want|i wish|i just want|my pills|all my pills|id rather)\b",
          accept=lambda m: _A_PET_BEFORE.search(m.string, 0, m.start() + 1) is None),
    # Wishing to vanish: a crisis, unless told laughing ("wish i could disappear on a beach
    # lol", "i could sleep forever after that call lol"). Explicit wishes to die ignore laughter.
    _rule("suicidal_ideation", SUICIDE,
          rf"(?:want|wish|wanna) to (?:just )?disappear|sleep forever|wish (?:i|id) {W2}disappear",
          accept=lambda m: not _told_laughing(m.string)),
    # "Suicide" in any form, except a training or awareness event about it.
    _rule("suicidal_ideation", SUICIDE, r"suicid\w*(?! squad)", accept=_is_suicide_concern),
    # "i have a plan" after "whats the point" or a burden told: "whats the point. im tired of being a burden. i have a plan"
    # (en_58; a rule of its own, with the words as a requirement searched once: as an alternative that scans back for them
    # it took seconds on a message repeating "whats the point")
    _rule("suicidal_ideation", SUICIDE, r"i (?:have|got|made|ve got) a plan\b", requires=r"\b(?:whats the point|burden)\b"),
    # Someone talking about "ending it", not a relationship: "shes been talking about ending it and has pills hidden" (found
    # by the reviewer of the en_57 change; not "... ending it with her boyfriend", nor long past and fine now)
    _rule("suicidal_ideation", SUICIDE, r"(?:talking|talks|talked|talk|saying|says|said|mentioned|mentions) (?:about )?ending it"
          r"(?! (?:with|between|for good with)\b)", accept=lambda m: not long_ago_and_fine_now(m.string)),
    # Suicidal ideation, direct and indirect; negation deliberately not handled.
    _rule(
        "suicidal_ideation", SUICIDE,
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
        r"lethal dose|fatal dose",
        rf"how (?:many|much) {W8}(?:to die|to kill|to overdose|would kill|is lethal|is fatal|to not wake up|to never wake up)",
        rf"(?:use|using|used|turn|turning) (?:it|them|that|the gun|a gun|the knife|a knife) on {_SELF}",
        rf"(?:dont|doesnt|didnt|no longer) {W1}(?:want|wish) to (?:live|be alive|be here|exist|{_WAKE_UP}|go on|keep living|be around|continue)"
        # (not "dont want to live in Chicago another winter")
        r"(?! (?:in|near|with|by|through) (?:a |an |the |this |that |my |another )?(?:chicago|city|town|neighborhood|building|"
        r"apartment|house|nursing home|state|cold|snow|winter|place|area)\b)",
        rf"(?:dont|never) {W2}want to {_WAKE_UP}",
        rf"(?:hope|hoping|wish|pray|praying) (?:that )?i {W1}(?:dont|never|wont|wouldnt|didnt) wake up",
        r"(?:go to sleep|fall asleep|sleep|sleeping) and (?:never|not) wake up",
        # not waking up, accepted: "if i dont wake up tomorrow thats fine with me" (en_38)
        # (only a time between: not "if i dont wake up from the nap thats fine", "... for the call", "... from surgery")
        rf"if i (?:dont|do not|never|didnt|wont|did not) {_WAKE_UP}{_WHEN_WAKING}(?:thats|that is|that would be|that d be|"
        r"thatd be|it would be|its|it is|id be|i would be|i d be|ill be|i will be) (?:just )?(?:fine|ok|okay|alright|all right|"
        r"at peace|for the best|a relief|a blessing|good)",
        rf"if i (?:dont|do not|never|didnt|wont|did not) {_WAKE_UP}{_WHEN_WAKING}(?:so be it|oh well|i dont care|idc|who cares|"
        r"its what i want|dont be sad|tell my (?:kids|family|daughter|son))",
        rf"(?:fine|ok|okay|alright|at peace|ready) (?:with it |with that |with me )?if i (?:dont|do not|never|didnt|wont) {_WAKE_UP}"
        r"(?! (?:from|for|to|in time|when|before|til|until|after|on time)\b)",
        rf"(?:wouldnt|would not) mind if i (?:didnt|did not|dont|never) {_WAKE_UP}(?! (?:from|for|to|in time|when|before|til|until)\b)",
        # "i wouldnt mind dying at this point" (a reviewer of the en_52 change); not dyeing ("... easter eggs"), a hill to die on,
        # nor a death at its time planned for ("... peacefully at home when its my time, can hospice talk to me")
        r"(?:wouldnt|would not) (?:really )?mind (?:dying|being dead)(?! (?:on (?:that|this) hill|peacefully|at home|in my sleep|when|"
        r"someday|of old age|for a good cause|laughing)\b)(?! (?:\w+ ){0,2}(?:hair|eggs?|yarn|gr[ae]ys|roots|shirts?|fabric|clothes|"
        r"beard|easter|costume)\b)(?!.*\b(?:hospice|advance directive|living will|machines|when its my time|comfortable)\b)",
        r"(?:wants?|wanted|wanting|wish|ready|deserve|deserves|rather|pray|praying|hoping|hope) to die"
        r"(?! of (?:embarrassment|boredom|shame|laughter|laughing|cuteness|jealousy|envy)\b| laughing\b"
        # where, when the time comes: "wants to die at home someday, not in a hospital"
        r"| (?:at home|in (?:her|his|my|their) (?:own )?(?:bed|home|house|sleep)|peacefully|with dignity)"
        r"(?: \w+){0,4} (?:someday|some day|one day|when (?:the|her|his|my) time comes|not in (?:a|the) hospital|"
        r"advance directive|living will|papers|hospice)\b)",
        r"(?:hope|hoping|praying) (?:that )?i (?:just )?(?:die|dont make it)",
        rf"wish (?:i|id) {W2}(?:dead|die|died|never been born|was never born|not here|not alive|gone)",
        # the word left out: "im not dead yet but i wish i was" (a twin of en_29's "I'm not dead yet")
        r"not dead yet (?:\w+ ){0,2}(?:wish|hope|pray) (?:i|id) (?:was|were|could be|would be|will be)",
        r"let me die|i should (?:just )?(?:die|be dead)",
        r"(?:wants?|wanted|wanting|wanna|wish|wishes|ready) to (?:just )?be dead|(?:rather|sooner) (?:just )?(?:be dead|die|not (?:be here|exist|be alive|wake up))"
        # (not "id rather die than sit through another zoom meeting")
        r"(?! than (?:\w+ ){0,4}(?:zoom|meetings?|taxes|dentist|gym|mall|party|karaoke|opera|broccoli|kale|reality|dmv|"
        r"traffic|homework|paperwork|movie|episode|game|commercials?|small talk|wear|eat)|"
        # a needle, and nothing after it but a laugh: "blood test? i'd rather die than get stuck with another
        # needle lol" (en_34; not "... than keep getting shots, been thinking about just ending it")
        r" than (?:\w+ ){0,2}(?:get stuck|be stuck|get poked|get pricked|get a shot|get shots|get a needle)"
        r"(?: (?:with|by) (?:another|a|the|one more|more) (?:needle|shot|nurse)s?)?(?: (?:lol|haha|lmao|jk|ha))+(?= ?$)|"
        # the old saying, said to be one: "shed rather die than go to a nursing home, its just her way of
        # talking" (en_30; without the last words it still fires)
        r" than (?:go|going|move|moving|live|living|be put) (?:in|into|to) (?:a |the )?(?:nursing home|home|assisted living|"
        r"old folks home|facility|retirement home)(?= .*\b(?:way of talking|way of speaking|figure of speech|just a saying|"
        r"just an expression|(?:doesnt|does not|dont|didnt) mean it|not serious)\b)"
        r"(?!.*\b(?:stopped taking|not taking|on purpose|gun|rifle|pills|rope|plan|goodbye|gave away|wont eat)\b))",
        rf"(?:im|i feel like|feel like im|i feel like im|ive become|ive been|i have been|i was) {W2}burden",
        # "whats the point. im tired of being a burden. i have a plan" (en_58)
        r"(?:tired|sick) of being (?:a|such a) burden",
        # stopping one's medicines to die: "im going to stop all my heart pills so it just gives out, im done" (en_30)
        # (and "stopped ... on purpose so it will just stop", "ill just stop them all and let it happen": es_40's reviewer)
        r"(?:stop|quit|stopping|quitting|stopped) (?:taking )?(?:all )?(?:my|of my) (?:\w+ )?(?:pills|meds|medicines?|medications?|insulin) "
        r"(?:\w+ ){0,2}(?:so (?:it|my heart) (?:\w+ ){0,2}(?:gives? out|stops?|quits?)|so (?:i|that i) (?:can )?(?:die|wont wake up)|"
        r"(?:and|to) (?:just )?(?:die|end it|let it end))",
        r"(?:stop|quit) (?:them|it|my (?:\w+ )?(?:pills|meds)) all (?:and|to) (?:just )?let (?:it|whatever) happen",
        # a killing with oneself added at the end: "gonna kill this stupid phone and myself tonight" (a reviewer of
        # the en_30 change: the figurative reading of the phone alone had silenced the classifier)
        r"(?:kill|shoot|stab|hang|poison) (?:\w+ ){0,4}and (?:then )?(?:myself|himself|herself)\b",
        # out of everyone's way for good, the English twin of es_26's "mejor me quito de en medio esta noche"
        r"(?:better|should|going to|gonna|want to|wanna|ready to|time to|ought to) (?:just )?(?:i )?get out of (?:every(?:one|body)s?|their|"
        r"the worlds) way (?:for good|forever|permanently|once and for all)"
        r"(?! (?:\w+ ){0,2}(?:move|moving|go|going|head|heading|live|living|retire)\b)",
        # (not "cant go on vacation without them": the reviewer of the en_68 change)
        r"cant (?:go on(?! (?:a |the |my |our )?(?:vacation|trip|holiday|cruise|outing|walk|without)\b)|keep going(?! to)|take much more)|"
        r"cant (?:keep )?(?:live|living|going on) like this",
        r"(?:whats|what is) the point (?:of|in) (?:living|life|anything|going on|being here|trying)",
        # hopelessness with a gap: "whats even the point of treatment or living"
        rf"(?:whats|what is|why) {W2}(?:the |any )?point {W1}(?:of|in) {W5}(?:living|life(?! insurance)|going on|being alive|staying alive|being here)",
        r"nothing matters(?! (?:more|as much|but|except))",
        # no way out but death: "dont see a way out except dying"
        rf"(?:way out|escape|option|choice|solution) {W3}(?:except|but|other than|besides|than) (?:dying|death|to die|suicide|killing myself|ending it)",
        # "i feel like ending it" (a reviewer's find)
        # (and said of some days: "is it bad that i sometimes feel like ending it", a reviewer of the en_46 change)
        r"(?:i|im|i am) (?:sometimes |often |still |kind of |kinda |really )?(?:feel|feeling) like ending (?:it|it all|things|my life)",
        # "im ending it tonight so i wont be home for the visit" (a reviewer of the en_35 change; not "ending it with
        # my boyfriend tonight", "ending it tonight with him")
        r"(?:(?:i|im|i am|ill|i will|im gonna|im going to) (?:be )?)?ending (?:it|it all|things|my life) "
        r"(?:tonight|today|right now|now|soon|this week|for good)"
        r"(?! with (?:him|her|them|my (?:boy|girl)friend|my (?:husband|wife|partner|ex|landlord))\b| between\b)",
        r"(?:dont|cant|doesnt|cannot) see (?:a |any )?way out(?! of)",
        r"(?:think|thinking|thought|thoughts) (?:about|of) (?:killing|ending|dying|death|not being here|not waking up|taking my life|hurting myself|overdosing|jumping)",
        # imagining one's own death, death felt as relief
        rf"(?:picture|picturing|pictured|imagine|imagining|imagined|fantasi[sz]\w*|daydream\w* (?:about|of)|dream\w* (?:about|of)|visuali[sz]\w*) (?:myself|me|my own|being) {W1}(?:dead|dying|death|funeral|in a coffin|gone)",
        rf"(?:dead|dying|death|being gone|not being here|not waking up|ending it) {W5}(?:feels?|felt|would be|sounds?|seems?) (?:like )?(?:a |such a )?(?:relief|peaceful|peace)",
        # a plan plus calm resolve ("made a plan and im not scared anymore")
        rf"(?:made|have|got|make|making|came up with|worked out|figured out) (?:a|the|my) plan {W5}(?:not|no longer) (?:scared|afraid|frightened)|(?:not|no longer) (?:scared|afraid|frightened) (?:of dying|to die|of death)",
        r"jump(?:ing)? (?:off|in front of) (?:a |the |my )?(?:bridge|building|roof|train|car|balcony|cliff|overpass)",
        # "im going to throw myself out the window", "thinking of throwing myself off the balcony" (the twin of an en_36 idiom)
        r"(?:throw\w*|hurl\w*|fling\w*) (?:myself|himself|herself) (?:out (?:of )?|off |from |down )(?:a |the |my |our |this )?"
        r"(?:\w+ )?(?:window|bridge|building|roof|balcony|cliff|overpass|stairs|ledge|parking garage)",
        # methods: stepping in front of a vehicle, lying on tracks
        r"(?:jump\w*|step\w*|walk\w*|run\w*|throw\w* (?:myself|himself|herself)|lie|lay|lying|laying|get|got) (?:out |down )?in front of (?:a |an |the |my |some )?(?:\w+ )?(?:train|bus|car|truck|semi|traffic|subway|el)",
        # ... named first: "i want to take the el and jump in front of it" (a reviewer of the en_32 change)
        r"(?:take|ride|catch|wait for) the (?:el|train|bus|subway) (?:\w+ ){0,3}(?:jump|step|throw myself|lie down) (?:out )?in front of it",
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
        # (not the saying: "gun to my head I could not tell you what I ate yesterday", en_69)
        rf"gun {W3}(?:to my head|in my mouth)(?! (?:i )?(?:couldnt|could not|cant|can not|wouldnt|would not|still couldnt) "
        r"(?:tell|remember|say|name|think of|guess|pick|choose|explain|spell|find)\b)",
        # a gun held by the writer ("i have the gun in my lap. just thinking about it": a reviewer's find)
        rf"{FIREARM} (?:is )?(?:in|on) my (?:lap|hand|hands)",
        # looking up how much it would take ("ive been looking up how many of my heart pills it would take")
        rf"how (?:many|much) {W5}(?:pills?|tablets?|{_MEDS}) (?:it )?(?:would|will|does|it would) (?:it )?take(?= *$| to (?:die|kill|end|overdose|od|not wake|be (?:fatal|deadly|lethal))\b)",
        # a gun together with a farewell, or someone locked in with a weapon
        rf"{FIREARM} {W8}(?:goodbye|good bye|farewell|last words|sorry for everything|(?:suicide|goodbye) note)",
        rf"(?:goodbye|good bye|farewell|sorry for everything) {W8}{FIREARM}",
        rf"locked {W5}with (?:a|his|her|my|the|their) {FIREARM}",
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
        # passive wishes and farewell acts in other words
        rf"wish(?:es|ed|ing)? (?:i|she|he|they) (?:wouldnt|would not|didnt|did not|wont|could not|couldnt) wake up",
        rf"(?:giving|gave|give|gives|given) {W2}(?:jewelry|jewellery|rings?|things|stuff|belongings|possessions|savings|pets?|cats?|dogs?|guns?|watch|clothes) away",
        r"(?:said|saying|say) (?:my|our|his|her|their) goodbyes",
        # a pet given to someone, beside a farewell ("i took care of everything, gave the cat to my neighbor",
        # en_38); not "gave the dog to my daughter for the week while im in the hospital"
        r"(?:gave|given|giving|give) (?:my|the|her|his|our) (?:cat|cats|kitty|dog|dogs|puppy|pets?|birds?|parakeet|fish) "
        r"to (?:my |a |the |her |his |our )?(?:\w+ )?(?:neighbou?r|sister|brother|daughter|son|friend|niece|nephew|cousin|"
        r"grandson|granddaughter|kids?|someone|somebody)"
        r"(?!.*\b(?:surgery|hospital|rehab|move|moving|moved|trip|vacation|while|week|weekend|assisted living|nursing home)\b)"
        r"(?=.*\b(?:(?:put|got|getting|have) (?:my|all my) (?:affairs|papers) in order|(?:wont|will not) need (?:it|him|her|them) "
        r"(?:anymore|where im going)|(?:dont|not|never) wake up|wont be (?:here|around) (?:much longer|anymore|for long)|"
        r"said (?:my|all my) goodbyes|goodbye (?:letters?|notes?)|wrote (?:letters|notes) to|"
        r"tell (?:my|her|his) (?:kids|family|daughter|son|children) i love)\b)",
        # a goodbye text, then nobody can reach them ("texted me goodbye ... wont pick up")
        r"(?:texted|messaged|called|told|sent) (?:me |us |her |him )?(?:goodbye|good bye|bye forever) (?:\w+ ){0,12}(?:wont|not|isnt|doesnt|cant) "
        r"(?:pick(?:ing)? up|answer\w*|respond\w*|reach)",
        r"(?:im|i am|standing|sitting|hes|shes|he is|she is) (?:on|at) (?:the )?(?:edge of (?:the )?)?(?:bridge|ledge|overpass|roof)"
        r"(?! (?:fishing|with|watching|eating|waiting|taking|for)\b)",
        rf"(?:thinking|think|thought) (?:about|of) (?:taking|swallowing|downing) (?:every one|everyone|all|every single one|the whole) {W2}(?:of )?(?:them|it|pills|bottle)",
        rf"(?:goodbye|farewell|good bye) {W3}(?:text|message|note|letter|voicemail) {W8}(?:not answering|isnt answering|"
        r"wont answer|not picking up|wont pick up|cant reach|cant get ahold|phone is off|turned off (?:his|her|their) phone)",
        r"(?:dont|do not|doesnt|does not|not) plan(?:ning)? on (?:being alive|living|being around|waking up|being here (?:much longer|next week|next month|anymore|for long))",
        r"(?:have|got|bought|found|tied) (?:the|a) (?:rope|noose)(?: \w+)? (?:already|ready|now)|(?<!jump )(?:the|my) (?:rope|noose) is (?:ready|tied|up)\b",
        # "im done. i wrote letters to my kids": the farewell told the other way round
        rf"(?:im done|i am done|ready to go|its time|goodbye) {W8}(?:wrote|written|left|writing) {W2}(?:letters?|notes?) (?:to|for)",
        # pills set out to take all at once; stopping treatment in order to die
        rf"(?:lined up|counted out|laid out|set out|all out|sorted out|lined them up) {W8}(?:take|swallow|down|have) (?:them all|all of them|all at once|every (?:one|last one|single one)|the whole)",
        # ... or set out next to a farewell: "I have the pills counted out. Tell Angela I love her"
        rf"{_MEDS} {W3}(?:counted out|lined up|laid out|set out|all out|in front of me) {W8}{_FAREWELL}",
        rf"{_FAREWELL} {W8}{_MEDS} {W3}(?:counted out|lined up|laid out|set out|all out|in front of me)",
        rf"{_STOPPED}{W2}{_WHAT_IS_STOPPED} {W3}so (?:that )?(?:i|she|he|they) (?:can|could|will|would) (?:just )?(?:go(?! (?:to|out|home|back|shopping|see|visit|with|on|for|in)\b)|die|be done|pass(?! (?:the|a|her|his|my)\b)|not wake up|be with \w+|finally rest)",
        # ... "so it ends faster" (en_53: "she's going to stop all her heart pills so it ends faster. she means it")
        rf"{_STOPPED}{W3}{_WHAT_IS_STOPPED} (?:\w+ ){{0,3}}so (?:that )?(?:it|this|everything|all of it|the end|things) (?:ends?|will end|would end|is over|"
        r"will be over|comes) (?:faster|sooner|quicker|quickly)",
        # asking where the gun or the pills are kept, after wishing to be dead
        rf"wish(?:es|ed|ing)? (?:i|she|he|they) (?:was|were) (?:dead|gone|never born)",
        rf"(?:asked|asking|asks|wants to know|wanted to know) (?:me )?where {W5}(?:{FIREARM}|rope)\b",
        # "i have a plan" next to "i wont be here", "doesnt matter anyway"...
        r"i (?:have|got|made|ve got) a plan(?= .*\b(?:wont be here|doesnt matter|no point|end it|die|dead|better off|goodbye|done)\b)|"
        # ... or beside the means in hand: "i have a plan and the pills are in my hand" (the reviewer of the en_57 change)
        rf"i (?:have|got|made|ve got) a plan(?: and| so)? (?:the|my) (?:pills|{FIREARM}|rope|knife)\b"
        rf"(?! (?:refill\w*|organizer|schedule|list|box|case|permit|license|safe)\b)|\b(?:wont be here|doesnt matter anyway|no point|better off without me) .*\bi (?:have|got|made|ve got) a plan\b",
        # letters to the family, then "ready to go"; a goodbye text, then pills swallowed
        rf"(?:wrote|writing|written|left|leaving) {W2}(?:letters?|notes?|cards?) (?:to|for) {W2}(?:kids|children|family|wife|husband|son|daughter|grandkids|everyone|mom|dad|sister|brother) {W8}(?:ready to (?:go|die|leave)|(?:its|it is) time|goodbye|done)(?! (?:to|home|out|back|shopping|see|with)\b)",
        rf"(?:texted|sent|said|messaged|wrote) {W2}goodbye {W8}(?:swallowed|took|taken|overdos\w*|pills|bottle)",
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
        # "planning to stop my meds and just let it happen" (en_28)
        rf"(?:stop|stopping|quit|quitting|skip|skipping|going off|go off|done taking|not taking) (?:taking )?(?:all )?(?:of )?(?:my|her|his) "
        rf"(?:\w+ )?(?:{_MEDS}|dialysis|treatment|chemo|insulin) (?:and |to )?(?:just )?let (?:it|things|the (?:disease|cancer|illness)|god) "
        r"(?:happen|take me|win)(?!.*\b(?:hospice|palliative|comfort care)\b)",
        # "if I just stopped taking my heart pills it would all be over soon"
        rf"(?:stop|stopped|stopping|quit|quitting|skip|skipped|skipping) (?:taking )?{W3}(?:{_MEDS}|dialysis|treatment|chemo|insulin) "
        r"(?:\w+ ){0,2}(?:(?:it|this|everything|all this|things) (?:would|will|could|d|might)|itll|itd|thisll|thatll) "
        r"(?:all |finally |just )?(?:be over|end)",
        # a gun out and looked at: "my late husbands gun is on the table and I keep looking at it"
        rf"{FIREARM} {W5}(?:on the table|out|in my lap|in front of me|next to me|"
        rf"in my hand|loaded) {W5}(?:keep|kept|cant stop|been) (?:looking at|staring at|thinking about|holding|touching|picking up) (?:it|them)(?! for\b)",
        # asking what an overdose would do to oneself
        r"what (?:would|will|could|might)? ?happens? if i (?:took|take|swallowed|swallow|ate|popped|injected) "
        r"(?:all|too many|too much|the whole|a bunch|a handful|every|a lot|twenty|thirty|\d{2,})",
    ),
    # A life to be taken, in the present said of now: "no aguanto mas, esta noche me quito la vida" (es_44); not laughed
    # ("... si pierde el america jaja") nor a story on a screen ("en la novela la muchacha dice que se quita la vida")
    _rule_es("suicidal_ideation", SUICIDE, _ES_LIFE_TAKEN_NOW,
             accept=_said_in_earnest),
    # ... with a night or a day it will be, whatever pain or sorrow is told after: "esta noche me quito la vida el dolor no
    # para", "me mato esta noche", "ya no aguanto, mejor me mato" (left by the en_48 tuning); not "me mato trabajando", "me
    # mato de risa", "hoy me mato en el gym"
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:esta noche|manana|ahorita|ahora mismo|de una vez|hoy mismo) me quito la vida"
             r"(?= (?:el|la|mi) (?:dolor|pena|tristeza|soledad|depresion|vida) (?:no|ya|me|es)\b| ya no\b| no aguanto| porque\b)",
             # (at the start or after despair only: "la terapia me mató hoy", "el calor me mató hoy" read the same without
             # accents; a means, a place or a time after it allowed, never a gerund or a purpose: a third reviewer)
             r"(?:(?<=^ )|(?:ya no aguanto|no aguanto mas|ya no puedo(?: mas)?|no puedo mas|ya decidi|decidi que|mejor|de plano|"
             r"ya estuvo|ya me canse)(?: (?:el|la) \w+)? )(?:(?:esta noche|manana|ahorita|hoy en la noche|hoy mismo|de una vez) me mato|"
             r"me mato (?:esta noche|manana|ahorita|hoy en la noche|hoy mismo|de una vez))"
             r"(?! (?:de risa|de la risa|\w+(?:ando|iendo|endo)|pa|para)\b)",
             r"(?:mejor|de una vez|de plano|ya no puedo mas|ya no aguanto|no aguanto mas) me mato(?: (?:y ya|ya|de una vez|mejor))? ?$",
             # (today said first, with a means, an hour or "for real" after: "me mato hoy con la pistola de mi papa", "me mato
             # hoy a las 12", "me mato ya"; never "me mato hoy lavando ropa")
             r"(?<=^ )me mato (?:hoy|ya)(?= ?$| (?:con|a las|en la noche|a la noche|de verdad|en serio|cuando|y ya|ya)\b)",
             accept=_said_in_earnest),
    # An overdose taken on purpose, unless told long ago with all well now: "years ago i took too many pills on purpose,
    # im in a good place now, just telling the new nurse" (en_45); not "... but lately i think about it again".
    _rule("suicidal_ideation", SUICIDE, rf"(?:took|swallowed|overdosed) {W8}on purpose",
          accept=lambda m: not _an_attempt_long_past_told_for_the_record(m)),
    # Pills gathered up for it, in Spanish: "ya tengo las pastillas juntadas" (es_41's reviewer; "I've got a bunch of pills
    # saved up" has its English rule); not pills kept in a drawer ("guardadas") or ready for a trip ("listas").
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:tengo|tiene|junte|junto|he juntado|ha juntado|ando juntando) (?:ya )?(?:las |unas |muchas |mis |sus |bastantes )?"
             r"(?:pastillas|medicinas|pildoras) (?:juntadas|ahorradas|acumuladas|juntas para (?:irme|morirme|acabar))",
             requires=r"\b(?:irme|irse|irte|morir\w*|muer\w*|murio|acabar|terminar|ya no (?:quiero|puedo)|no aguanto|para siempre|"
                      r"despedi\w*|despidi\w*|decid\w*|esta noche|triste|no vale la pena|con el|con ella|nadie|ya no contesta)\b"),
    # Every pill at once, wanted: "i want to take them all tonight and be done" (a reviewer's find)
    _rule("suicidal_ideation", SUICIDE,
          r"(?:want|going|gonna|planning|plan|about|ready) to (?:take|swallow|down) (?:them|these|those|all of them|every one|"
          r"all (?:of )?(?:my|the|these|those) (?:\w+ )?(?:pills|meds|medicines|tablets)) (?:all )?(?:tonight|at once|right now|now|"
          r"and (?:be done|end it|not wake up|never wake up|go to sleep for good|be gone))"),
    # A loaded gun and being done: "i have the gun loaded and im done" (a reviewer's find)
    # (not a hunt or a range: "i loaded my rifle for deer season, im done packing")
    _rule("suicidal_ideation", SUICIDE,
          r"(?:guns?|pistol|rifle|shotgun|revolver|handgun) (?:is |s )?loaded (?:\w+ ){0,8}(?:im|i am) (?:done|through)\b"
          r"(?! (?:cleaning|hunting|shooting|packing|loading|practicing|for the day|for today)\b)",
          r"loaded (?:the|my|a|his|her|dads|moms) (?:\w+ )?(?:guns?|pistol|rifle|shotgun|revolver|handgun) (?:\w+ ){0,8}(?:im|i am) "
          r"(?:done|through)\b(?! (?:cleaning|hunting|shooting|packing|loading|practicing|for the day|for today)\b)",
          accept=lambda m: not _HUNT_OR_RANGE.search(m.group()) and _a_firearm(m)),
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
        r"(?:not|wont|isnt|aint) (?:going to |gonna )?be (?:around|here|alive) (?:after (?:tonight|today|this week)|much longer|anymore|by (?:morning|tomorrow))",
        r"(?:wrote|written|writing|finished|left) (?:my|his|her|a) (?:suicide |goodbye |farewell |last |final )?(?:note|letter)s?(?= *$| (?:already|for (?:my|the|his|her) (?:family|kids|children|wife|husband|mom|dad)))",
        r"(?:goodbye|farewell) (?:notes?|letters?|texts?|messages?)(?! from)",
        r"(?:tonight|today|tomorrow|this weekend)(?: is the (?:night|day))? (?:he|she|i|im|ill|hell|shell|hes|shes) (?:ends?|ending|going to end|gonna end) it(?! with)",
        rf"know {W1}(?:exactly )?what (?:im|i am|hes|he is|shes|she is) (?:using|going to use|gonna use|doing with) (?:it|them|that)",
        # how quick or painless all the pills would be: "if i took all the carvedilol at once would it be quick" (en_33)
        r"if i (?:took|take|swallowed|swallow|popped|pop|downed) (?:all|the whole|every|a whole bottle|\d{2,})(?: \w+){0,5} "
        r"(?:would|will|could) (?:it|that|i) (?:be (?:quick|fast|painless|peaceful|the end)|go (?:quick|fast|peacefully)|"
        r"kill me|die|just die|not wake up|hurt)(?! (?:than|or|compared)\b)",
        # a burden no longer: "tired of being a burden, i wont be one much longer" (en_33)
        r"burden (?:\w+ ){0,6}?(?:wont|will not|not going to|aint gonna|am not gonna) be (?:one|a burden|around|here) "
        r"(?:much longer|for long|anymore|soon)(?= ?$| (?:tell|goodbye|bye|love|sorry|forgive|i love|im sorry|please)\b)",
    ),
    # "I just want it all to end" (not someone else's doing: "my nephew has been using my bank card ...
    # I don't want him arrested I just want it to stop", en_26)
    _rule("suicidal_intent", SUICIDE, r"want(?:ed|s)? (?:it all|everything|this all|all of this|it) to (?:be over|end|stop)",
          accept=lambda m: not (m.group().endswith(" it to stop") and _SOMEONE_ELSES_DOING_BEFORE.search(_context(m, chars=120)[0])
                                and not _MEANS_OR_SELF.search(m.string))),
    # Self-harm: cutting, burning, hurting oneself (patient or family voice).
    _rule(
        "self_harm", SUICIDE,
        rf"(?:cut|cutting|cuts|burn|burned|burnt|burning|hurt|hurting|hurts|harm|harming|hit|hitting|punch|punched|punching|scratch|scratched|scratching|stab|stabbed|stabbing|starve|starved|starving|injure|injured|injuring|bite|biting|strangle|strangled|strangling|slice|sliced|slicing|slash|slashed|slashing|carve|carved|carving|choke|choked|choking|bruise|bruised|bruising|slap|slapped|slapping) {_SELF}"
        # "stabbing myself with these crochet needles", "cut myself shaving": an accident
        r"(?! with (?:these |the |my |a |this |those )?(?:crochet |knitting |sewing |embroidery |quilting )?"
        r"(?:needles?|pins?|hooks?)\b)"
        r"(?! (?:while )?(?:shaving|cooking|chopping|gardening|slicing (?:the |some )?(?:bread|onions?|tomato\w*|vegetables|veggies)|"
        r"opening (?:a|the) (?:can|package|box)|on (?:a|the) (?:can|lid|paper|fence))\b)",
        r"self ?(?:harm\w*|injur\w*|mutilat\w*)",
        # a self-harm tool: razor / blade / lighter / cigarette (not a kitchen knife)
        rf"(?:cut|cutting|sliced|slicing|slashed|slashing|carved|carving|scratched|scratching|burned|burnt|burning|stabbed|stabbing) {W3}with (?:a |the |my |his |her )?(?:razors?|razor blades?|blades?|box cutter|broken glass|glass|scissors|lighter|cigarettes?|matches|match|lit \w+)",
        rf"cuts {W3}(?:on|all over) (?:my|his|her|their) (?:wrists?|arms?|legs?|thighs?|stomach)",
        r"cutting again",
        # (a thing or a body part that hurts is no harm done: "can she take ibuprofen for her back? its been hurting", en_70)
        r"(?<!its )(?<!it )(?<!that )(?<!they )(?<!it has )(?<!back )(?<!knee )(?<!leg )(?<!hip )"
        r"(?:started|start|been|keep|kept|back to|want to|thinking about|going to) (?:cutting|burning|hurting|harming)(?: (?:again|my (?:arms?|wrists?|legs?|thighs?|skin))|$)",
        r"urges? to (?:cut|burn|hurt|harm|self)",
        r"(?:relapsed|relapse) (?:on |with |into )?(?:cutting|self harm)",
        rf"(?:cut|cutting|hurt|hurting|burned|burnt|burning|scratched|scratching|hit) {W5}on purpose",
        rf"(?:bang\w*|hit\w*|punch\w*|slam\w*|smash\w*|cut\w*|burn\w*|scratch\w*|hurt\w*|stab\w*|slic\w*|carv\w*|bruis\w*|choke|chok\w*|starv\w*|pull\w* out) (?:my|his|her|their|myself|himself|herself) {W5}(?:on purpose|deliberately|intentionally)",
        r"(?:going to|want to|about to|need to|ill|plan to|planning to|tempted to) (?:cut|slice)(?: (?:tonight|again|now|today|later|soon)\b|$)",
        r"(?:razor|blade|knife|lighter) (?:on|to|into|against) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin|stomach|body)",
        # shut in alone with a means of harm
        rf"locked (?:myself|himself|herself|themselves) in {W3}with (?:a |the |my |his |her )?(?:razors?|blades?|knife|knives|gun|pills|rope)",
    ),

    # Cutting into the skin: by a person, not by a brace or a strap that is too tight.
    _rule("self_harm", SUICIDE,
          r"(?:cut|cutting|cuts|slit|slitting|slice|slicing|sliced|slash|slashed|slashing|carve|carving|carved|gouged|gouging|burning|scratching|scratched) (?:into )?(?:my|his|her|their) (?:own )?(?:wrists?|arms?|legs?|thighs?|skin|stomach|body|throat)",
          accept=_is_not_worn_thing),

    # "I can't do this anymore", unless "it" is a chore the message names ("help with the
    # laundry, I can't do it anymore"): that is a need, not despair.
    _rule("suicidal_ideation", SUICIDE,
          r"cant (?:take|do|handle|bear|stand) (?:it |this |life |the pain |this pain |living |any of this )?anymore"
          r"(?! (?:time|days?|calls?|shifts?|hours?|sick|vacation|pto|leave|off|classes|appointments|meetings|overtime)\b)",
          accept=lambda m: _is_not_about_a_chore(m) and _is_not_a_caregiver_request(m) and not _a_gadget_to_blame(m)),
    # "out on her balcony saying shes going to jump": a jump with a height in the message
    _rule("suicidal_ideation", SUICIDE,
          r"(?:going to|gonna|about to|wants to|threatening to|threatens to|says (?:she|he|they) will) jump\b"
          r"(?! (?:in|into|on|onto) (?:the |a )?(?:shower|pool|bed|call|car|bus|line|train of thought|conversation))",
          requires=r"\b(?:balcony|bridge|roof|rooftop|ledge|window|building|overpass|cliff|tracks|parking garage)\b"),
    # --- medical emergencies (specific groups before generic ones) ---------
    # --- danger: fire, gas, an intruder, violence (Spanish, then English) ----
    # Checked before the medical rules: "he is beating me and I'm bleeding" needs "get to
    # safety" first. Only places and things burn ("the game is on fire" does not).
    _rule_es("danger", DANGER,
             r"hay (?:mucho )?humo|(?:huele|olor|huelo) (?:mucho |fuerte )?a quemado|sale humo|"
             r"(?:se (?:esta|estan) (?:quemando|incendiando)|hay (?:un )?(?:fuego|incendio)|(?:esta|estan) en llamas|"
             r"agarro fuego|prendio fuego)",
             # "huele muchisimo a gas en mi casa" (es_25)
             r"(?:huele|olor|huelo|se siente olor|hay olor|hay un olor) (?:\w+ ){0,2}?a gas(?! (?:\w+ ){0,3}(?:station|calle|construccion|gasolinera|obra))|"
             r"fuga de gas|se sale el gas",
             r"(?:alguien|un hombre|unos hombres|un tipo|unos tipos|un ladron|ladrones) (?:\w+ ){0,2}"
             r"(?:se metio|se metieron|esta entrando|estan entrando|quiere entrar|quieren entrar|entro|entraron|"
             r"(?:esta |estan )?tratando de (?:entrar|meterse)|(?:quiere|quieren) meterse|se (?:quiere|quieren) meter|"
             r"se (?:esta|estan) metiendo|(?:queriendo|tratando de) meterse|(?:queriendose|queriendosen|tratandose de) meter|"
             r"esta forzando|rompio) (?:\w+ ){0,3}"
             r"(?:casa|departamento|apartamento|puerta|ventana|cuarto)",
             # (a threat of a call, a firing or a suit is no violence: "me estan amenazando en el trabajo con llamar a migracion,
             # donde consigo un abogado?", es_65)
             r"me (?:esta|estan) (?:pegando|golpeando|ahorcando|amenazando(?! (?:\w+ ){0,4}con (?:llamar|reportar|correr|despedir|"
             r"demandar|sacar|desalojar|echar|quitar|cortar)\b))|me (?:pego|golpeo|pegaron|golpearon) "
             r"(?:mi |el |un )?(?:esposo|novio|pareja|marido|hijo|ex)|(?:mi )?(?:esposo|novio|pareja|marido|ex) me "
             r"(?:esta )?(?:pegando|golpeando|pega|golpea|quiere matar|amenaza con matar)",
             # a threat in the room: "mi yerno me esta gritando y me quiere pegar, tengo miedo"
             r"me (?:quiere|quieren|va a|van a|amenaza con) (?:pegar|golpear|matar|lastimar|ahorcar)"
             r"(?= .*\b(?:miedo|ayuda|auxilio|aqui|gritando|borracho|drogado|cuchillo|pistola|arma)\b)",
             # a weapon in a threat: "esta amenazando a mi mama con un cuchillo", "tiene una pistola y dice
             # que me va a matar" (not "dice que me va a matar si no me tomo la pastilla, es broma")
             r"(?:esposo|novio|pareja|marido|ex|yerno|nuera|hijo|hija|nieto|nieta|cuidador|cuidadora|vecino|hombre|tipo) "
             r"(?:\w+ ){0,8}(?:me|nos|le|la|lo) (?:esta |estan )?(?:pego|golpeo|empujo|avento|ahorco|pega|golpea|empuja|ahorca|"
             r"pegando|golpeando|empujando|ahorcando)\b"
             r"(?! (?:a |al |a la |a las |a los |el |la )?(?:pelota|bola|balon|puerta|mesa|pared|piso|gusto|sol|moda|gripa|gripe|"
             r"resfriado|chisme|costumbre|computadora|tele|television|telefono|foco)\b)|"
             r"(?:esposo|novio|pareja|marido|ex|yerno|hijo|nieto|vecino|hombre|tipo) (?:\w+ ){0,3}(?:dijo|dice|amenazo|amenaza|grita) "
             r"(?:\w+ ){0,2}(?:que )?(?:me|nos|la|lo) (?:va|van) a matar(?!.*\b(?:broma|bromeando|jugando|chiste|jaja\w*|si no)\b)",
             # (the pronoun may be joined on: "amenazandola con un cuchillo")
             # "el novio de mi hermana esta golpeando a mi mama"
             r"(?:esposo|novio|pareja|marido|ex|yerno|nuera|hijo|hija|nieto|nieta|cuidador|cuidadora|vecino|hombre|tipo) "
             r"(?:\w+ ){0,6}(?:esta|estan) (?:golpeando|pegando|ahorcando|pateando|lastimando|empujando) "
             r"a (?:mi|su|mis|sus|nuestra|nuestro|(?:la|el) (?:senora|senor|nina|nino|bebe|abuela|abuelo|vecina|vecino))\b",
             r"(?:amenazando|amenaza|amenazo|amenazaba|persiguiendo|correteando)(?:la|lo|las|los|me|nos|te)? (?:a )?(?:\w+ ){0,3}"
             r"con (?:un |una |el |la |su )?"
             r"(?:cuchillo|navaja|pistola|arma|machete|bate|martillo)",
             r"(?:tiene|trae|saco|agarro) (?:un |una |el |la |su )?(?:pistola|arma|cuchillo|navaja|machete) (?:\w+ ){0,3}"
             r"(?:dice|dijo|grita|gritando|amenaza) (?:que )?(?:me|nos|la|lo|te|les) (?:va|van) a matar"
             r"(?!.*\b(?:broma|bromeando|jugando|chiste|jaja\w*)\b)",
             # shooting now where they are: "hay balazos afuera de mi edificio y estamos escondidos en el
             # closet" (not "anoche hubo una balacera en mi cuadra": told, and over)
             r"(?:hay|estan|se oyen|se escuchan|oigo|escucho|oimos|escuchamos|estan echando|andan echando) (?:\w+ ){0,2}"
             r"(?:balazos|balacera|disparos|tiros|tiroteo)(?! (?:en la|en las|en el) (?:tele|television|pelicula|novela|noticias))",
             # hiding from someone now: "estamos escondidos en el baño, el esta borracho rompiendo todo"
             r"(?:escondid[oa]s?|encerrad[oa]s?) en (?:el |la |mi |un )?(?:closet|cuarto|recamara|bano|carro|ropero)"
             r"(?= .*\b(?:balazos|balacera|disparos|tiros|miedo|borracho|drogado|pegar|golpear|matar|gritando|rompiendo|"
             r"pistola|cuchillo|arma|quiere entrar|afuera)\b)"),
    # Smoke coming in, a place that smells of fire: "theres smoke coming under my door and the hallway
    # smells like fire" (en_29); not a smoker's or a grill's smoke
    _rule("danger", DANGER,
          # (... "out from under": "theres smoke coming out from under my neighbors door and shes old", en_68)
          r"smoke (?:is )?(?:coming|comin|pouring|seeping|creeping|getting|blowing) (?:in |out |out from |from |out of )?"
          r"(?:under|underneath|through|into|in from)",
          r"(?:hallway|hall|building|apartment|apt|house|kitchen|room|stairwell|stairs|place|basement|garage) (?:\w+ ){0,2}"
          r"(?:smells|smelling|reeks|stinks) (?:like|of) (?:a )?(?:fire|smoke|something burning|burning)",
          accept=lambda m: not _SMOKE_EXPLAINED.search(m.string)),
    # abuse seen on the body, the one who did it still with them: "mom's caretaker has been leaving bruises on her, I
    # just saw them and she's still there with her now" (en_37); not the same told as past ("the old aide left bruises
    # on her, we fired her"), nor a medicine's bruises ("the blood thinner is leaving bruises on her")
    _rule("danger", DANGER,
          r"(?:caretaker|caregiver|aide|helper|nurse|husband|wife|boyfriend|girlfriend|son|daughter|grandson|granddaughter|nephew|"
          r"niece|roommate|brother|sister|stepdad|stepmom|stepfather|stepmother|uncle|aunt|cousin|he|she|someone|somebody)s? "
          r"(?:\w+ ){0,3}(?:leaving|left|leaves|gave|gives|giving) "
          rf"(?:\w+ )?(?:bruises|welts) (?:on|all over) (?:my )?{_PERSON}"
          # (not care: "the aide left bruises on her when she caught her falling"; a reviewer's find)
          r"(?!.*\b(?:caught|catching|falling|fell|lifting|lifted|transfer\w*|accident\w*|blood thinner|cuff|socks|shots?|iv|ivs|needles?|"
          r"blood draw|injections?|lab|labs)\b)",
          rf"{_PERSON} (?:has|had|have|got|is covered in) (?:new |fresh |more )?(?:bruises|marks|welts) (?:\w+ ){{0,4}}"
          r"from (?:her|his|the|my|their) (?:home )?(?:caretaker|caregiver|aide|helper|husband|wife|boyfriend|girlfriend|son|daughter|"
          r"grandson|granddaughter|nephew|niece|roommate)",
          requires=r"\b(?:still (?:there|here|with (?:her|him|me|them|mom|dad)|in the (?:house|home|apartment|room))|"
                   r"(?:is|s) (?:there|here) (?:with (?:her|him|them) )?(?:right )?now|right now|alone with (?:her|him|them))\b"),
    # "the gas smell is really strong in my kitchen" (en_29): a gas smell named as a noun, in a home
    _rule("danger", DANGER,
          r"(?:the |a |strong |weird |funny |bad )gas (?:smell|odor)(?! (?:\w+ ){0,4}(?:station|pump|car|truck|mower|lawnmower|can|bill))",
          r"(?:smell|odor) of (?:natural )?gas(?! (?:station|prices?|pump))",
          accept=lambda m: _GAS_PLACE.search(m.string) is not None and not _GAS_EXPLAINED.search(m.string)),
    _rule("danger", DANGER,
          r"(?:house|home|kitchen|apartment|apt|building|stove|oven|room|bedroom|garage|car|bed|couch|curtains?|"
          r"microwave|toaster|trash|dryer|basement|attic|porch|roof|place) (?:\w+ ){0,2}"
          r"(?:is |s |are |just |caught )?(?:on fire|in flames|burning down|caught fire|caught on fire)|"
          r"(?:(?<=^ )|a |there is a |theres a |big |huge )fire in (?:my|the|our) "
          r"(?:house|home|kitchen|apartment|building|room|bedroom|garage)|"
          # someone else's home, told as now ("theres a fire", or "fire at ..." first): "there's a fire in moms building, she
          # can't get down the stairs" (en_47). Not a fire past, put out, drilled, feared, planned or lit on purpose ("there was
          # a fire in my parents house ...", "... its just a drill", "a fire in my dads apartment is my biggest fear", "we are
          # having a fire at my uncles place tonight for smores": the three reviews)
          r"(?:(?<=^ )|(?<!if )(?<!case )(?<!thought )(?<!worrying )(?<!scared )(?<!afraid )(?<!gonna be )there is a |"
          r"(?<!if )(?<!case )(?<!thought )(?<!worrying )(?<!scared )(?<!afraid )theres a )fire (?:in|at) (?:(?:my |her |his |their )?" + _KIN_S + r"|her|his|their) "
          r"(?:house|home|kitchen|apartment|apt|building|room|bedroom|garage|place|dorm|condo|unit|complex)"
          r"(?!.{0,200}\b(?:out now|its out|is out|was out|put out|got out|all out|everyone (?:is )?(?:ok|okay|fine|safe|out)|drill|contained|"
          r"false alarm|toast|yesterday|last (?:night|week|month|year)|ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|"
          r"sunday)|burned|need (?:a place|clothes|a hotel)|hotel|insurance|grants?|repairs?|cleanup|clean up|ruined|red cross|lost|"
          r"died|fireplace|fire pit|pit|smores|marshmallows|carne asada|bonfire|news|candle (?:is )?out|learned|again|third time|"
          r"forced them out|what if|in case|plan|gonna|going to be|will be|would be|wants?|prevent|likely|fear|almost|always|"
          r"every (?:year|time)|party|bring|come over|new years|christmas)\b)|"
          # "there's a fire in the hall and i cant get down the stairs fast" (en_39): the building's way out
          r"(?:(?<=^ )|(?<!was )(?<!had )a |there is a |theres a |(?<!was a )(?<!had a )(?:big|huge) )fire in (?:my|the|our) "
          r"(?:hall|hallway|stairwell|stairs|lobby|basement)"
          r"(?! (?:fireplace|fire place|stove|grill|pit)\b)|"
          # a grease fire: "the pan caught and its spreading"
          r"(?:pan|pot|grease|skillet|frying pan|oil|stovetop|stove top|burner) (?:\w+ ){0,2}(?:caught|flared up|flamed up)"
          r"(?: fire| on fire)?(?! a \w+)|"
          r"smoke (?:is )?(?:everywhere|pouring|filling|coming out of|coming from)|(?:house|place|room) (?:is )?full of smoke",
          r"(?:smell|smells|smelling|smelled) (?:\w+ ){0,1}(?:gas|natural gas|propane)(?! (?:station|prices?|money|bill|tank|mileage))|"
          # the smell named first: "gas smell in my building really strong, old lady upstairs can't get out" (en_58)
          # ("... in my apt and i got a bad headache": en_59 after the retrain, which the model alone had answered)
          r"(?<!no )(?:gas|natural gas|propane) (?:smell|odor) (?:is )?(?:\w+ ){0,2}?(?:in (?:my|the|our|her|his) (?:building|house|"
          r"apartment|apt|unit|room|bedroom|hallway|hall|kitchen|basement|home|place)|really strong|so strong|very strong|everywhere)|"

          r"gas leak|leaking gas|gas (?:\w+ )?(?:is |s |keeps |been )?leaking|carbon monoxide|co (?:alarm|detector) (?:is )?(?:going off|beeping)",
          r"(?:someone|somebody|a man|a guy|some guy|people|men|they|he|she|intruder|stranger) (?:\w+ ){0,3}"
          r"(?:breaking in|broke in|break in|breaking into|broke into|break into|busting in|kicking (?:in )?(?:the |my )?door)|"
          r"(?:someone|somebody|a man|a guy|some guy|a stranger|a woman|some(?:one|body) i dont know) (?:is |s )?"
          r"(?:trying to|tryna|try to) (?:get|break|come|force (?:his|her|their|the) (?:way|door)) ?(?:in|into|open)?\b|"
          r"intruder|(?:someone|somebody|a stranger|a man) (?:is )?(?:in|inside) (?:my|our|the) (?:house|home|apartment|room)",
          # (not an illness or news: "mom's illness is hitting me hard", en_36)
          # (nor grief: "my husband passed last year and its hitting me hard again", en_60)
          r"(?<!illness )(?<!illness is )(?<!sickness )(?<!sickness is )(?<!diagnosis )(?<!diagnosis is )(?<!news )(?<!news is )"
          r"(?<! its )(?<! it is )(?<! it )(?<!grief )(?<!grief is )(?<!loss )(?<!loss is )"
          r"(?<!diagnosis is really )(?<!illness is really )(?<!news is really )(?<!heat )(?<!heat is )(?<!heat is really )"
          r"(?<!weather )(?<!weather is )(?<!humidity )(?<!humidity is )(?<!cold )(?<!cold is )"
          r"(?:is |s |keeps |kept |started |been )?(?:beating|hitting|choking|strangling|punching|kicking|attacking|stabbing) "
          r"(?:me|us|my mom|my mother|my kids|her|him)(?! (?:at|in) (?:cards|chess|checkers|bingo|games?|scrabble))|"
          r"(?:threatening|threatened|says he will|says she will|said he would|said she would|said hed|said shed|says hell|"
          r"says shell|told me hed|told me shed|said theyd|says theyll) (?:to )?kill (?:me|us|my)|"
          r"(?:says|said|saying|keeps saying|texted|texting) (?:that )?(?:hes|shes|he is|she is|theyre|they are|he was|she was) "
          r"(?:going to|gonna) (?:kill|hurt|shoot|stab) (?:me|us|my)|"
          # said over and over, or money or the home demanded with a threat after it: "my boyfriend keeps saying he will kill
          # me", "he says i have to be out by the end of the month or hes gonna kill me", "my son says pay him or hes gonna
          # kill me" (en_48's second reviewer; its own reviewer: not a chore, a bill, a secret, a room or a curfew, "my mom says
          # pay the electric bill or shes gonna kill me", "my mom said i have to be out of the house by 10 or ...", nor "she
          # will kill me if i forget our anniversary", a game)
          r"(?:keeps saying|kept saying|keeps telling me|kept telling me) (?:that )?(?:he|she) (?:will|would|ll|is going to|is gonna) "
          r"(?:kill|hurt|shoot|stab) me(?! (?:at|with|in)\b)(?! if (?!i (?:leave|left|tell|told|call|called|go|went|try|tried)\b))|"
          r"(?:he|she|my \w+|the \w+) (?:says|said|told me|texted)(?: \w+){0,6}? (?:(?:give|hand over) (?:him|her|them) "
          r"(?:\w+ ){0,2}(?:money|cash|card|pin|check|pension|social security|savings)|pay (?:him|her|them)\b(?! back for)|"
          r"(?:be|move) out by (?:the end of|the first|tomorrow|next|this|\w+day)|(?:get|move) out of (?:the|my|this|his|her) "
          r"(?:house|apartment|place|home)(?! more| by \d))(?: \w+){0,6}? or (?:else )?(?:hes|he is|he will|hell|"
          r"shes|she is|she will|shell) (?:gonna |going to )?(?:kill|shoot|stab|hurt) (?:me|us|her|him|my \w+)\b"
          r"(?! (?:\w+ )?(?:lol|haha|lmao|jk)\b)|"
          # silence demanded with a threat: "he said if i tell anyone hes gonna kill me" (left by the en_48 tuning); anyone,
          # the police or family told, the secret left unnamed or named as what happened ("if i tell my mom she will kill me
          # about the cake", "if i tell anyone about her diagnosis" are a family's scolding: a third reviewer's finds)
          r"(?:said|says|told me|swore|swears|texted|keeps saying|threatened)(?: me)?(?: that)? " + _IF_I_TELL + r" "
          r"(?:hes|he is|shes|she is|theyre|he will|she will|they will|hell|shell|he ll|she ll|they ll|hed|shed|he would|she would|"
          r"he|she|they)(?: going to| gonna)? (?:(?:kill|hurt|beat|shoot|stab) " + _THREATENED + r"|make (?:me|us) disappear)\b|"
          r"(?:said|says|told me|swore|texted)(?: me)?(?: that)? " + _IF_I_TELL + r" (?:im|i am|i m) dead\b|"
          r"(?:said|says|told me|swore|swears|texted|keeps saying) (?:that )?(?:hell|shell|he ll|she ll|he will|she will|he would|"
          r"she would|hed|shed|hes gonna|shes gonna|hes going to|shes going to) (?:kill|hurt|beat|shoot|stab) " + _THREATENED
          + r" " + _IF_I_TELL + r"\b|"
          # a threat to throw or push someone from a height: "my husband said hes gonna throw me out the window",
          # "my son threatened to throw me down the stairs" (a reviewer of the en_36 change); not "the landlord
          # said hes gonna throw me out" (an eviction: no window, stairs or height named)
          r"(?:threaten\w*|says|said|saying|keeps saying|texted|told me|swore|swears|yell\w*|scream\w*|shout\w*) (?:that )?"
          r"(?:to |(?:hes|shes|he is|she is|"
          r"theyre|they are|he was|she was|hed|shed|he would|she would|he will|she will|hell|shell) (?:going to |gonna )?)?"
          r"(?:throw|push|shove|toss|kick) (?:me|us|her|him|them|my (?:mom|mother|dad|father|wife|husband|son|daughter|baby|kids?|"
          r"grandma|grandpa|sister|brother|girlfriend|boyfriend)) (?:out (?:of )?(?:the|a|my|our|this) (?:\w+ )?window|"
          r"(?:off|over) (?:the|a|my|our) (?:balcony|roof|bridge|railing|ledge)|down (?:the|a|our|my) (?:stairs|steps|stairwell))|"
          # ... or being tried now: "hes trying to push me down the stairs help" (a reviewer of the en_37 change)
          r"(?:hes|shes|he is|she is|theyre|they are) (?:trying to|tryna|about to|going to|gonna) (?:throw|push|shove) "
          r"(?:me|us|her|him|them|my (?:mom|mother|dad|father|wife|husband|son|daughter|baby|kids?|grandma|grandpa)) "
          r"(?:out (?:of )?(?:the|a|my|our|this) (?:\w+ ){0,2}window|(?:off|over) (?:the|a|my|our) (?:balcony|roof|bridge|railing|ledge)|"
          r"down (?:the|a|our|my) (?:stairs|steps|stairwell))|"
          rf"(?:hit|hits|slapped|punched|pushed|shoved|kicked|grabbed|beat|choked) me {W8}(?:still here|is here|"
          r"(?:hes|shes|theyre|he is|she is|they are) (?:still )?here|"
          r"in the house|right now|outside|wont leave|is coming back|scared|afraid)|"
          rf"(?:shoved|pushed|knocked|threw) {_PERSON} (?:down|to the (?:floor|ground)|into (?:a|the) wall|down the stairs)|"
          r"(?:threatening|threatened|threatens|attacking|attacked|coming at) (?:me|us|her|him|them|my \w+) with (?:a |his |her |their )?"
          r"(?:knife|gun|pistol|rifle|machete|bat|hammer|axe)|"
          r"(?:is |s |keeps |been )?(?:beating|hitting|choking|strangling) (?:his|her|their) (?:wife|husband|girlfriend|boyfriend|"
          r"partner|kids?|children|mom|mother|dad|father)(?! (?:at|in) (?:cards|chess|checkers|bingo|games?|scrabble))|"
          # heard or seen now: "I hear my neighbor being beaten through the wall" (en_30)
          r"(?:hear|hearing|can hear|see|seeing|can see|watching) (?:my |the |a |our |her |his |that )?(?:\w+ )?"
          r"(?:neighbou?rs?|wife|husband|mom|mother|dad|father|sister|brother|son|daughter|kids?|child|children|baby|woman|lady|man|"
          r"guy|girl|boy|someone|somebody|her|him|them|grandson|granddaughter|friend|roommate|mama|mami) "
          r"(?:being|getting) (?:beaten|beat up|beat on|attacked|strangled|choked|stabbed|hit|slapped|punched|kicked)"
          r"(?! (?:on|in) (?:the |a )?(?:movie|show|game|video|tv|film))(?! (?:at|in) (?:cards|chess|checkers|bingo|games?|"
          r"scrabble|dominoes|pool|golf|tennis|video games))|"
          r"(?:pointing|pointed|waving|brandishing|swinging) (?:a |his |her |their )?(?:gun|pistol|rifle|knife|machete)"
          r"(?! (?:in|on) (?:the |a )?(?:movie|show|game|video|tv|film))|"
          r"(?:someone|somebody|they|people) (?:is |are )?(?:shooting|firing) (?:outside|at|in)|shots fired|"
          r"(?:he|she|they|husband|wife|son|daughter|boyfriend|girlfriend|caregiver|aide|lady|woman|man|guy|nurse|grandson|"
          r"granddaughter|nephew|niece|roommate) (?:\w+ ){0,10}(?:hits|beats|slaps|chokes|punches|kicks|shoves) "
          r"(?:me|my mom|my mother|my dad|my father|my grandma|my grandmother)\b"
          r"(?! (?:up|at (?:cards|chess|checkers|bingo|games?|scrabble|dominoes|pool|golf|tennis)))|"
          # "I'm scared he'll hurt me", "mom's aide just shoved her and is yelling at her"
          r"(?:scared|afraid|terrified|fear) (?:that )?(?:he|she|they|hes|shes|theyre|he is|she is)(?:ll| will| is going to| is gonna| gonna| might| may)? "
          r"(?:going to |gonna )?(?:hurt|hit|kill|beat|attack) (?:me|us|her|him|mom|my \w+)|"
          # someone unknown hurting a person now: "I hear screaming next door, an old lady lives there, I think someone's hurting
          # her" (en_42; a person hurt, not "someone is hurting her chances", "some guy hit her car": reviewers' finds)
          r"(?:someone|somebody|someones|somebodys|a man|a guy|some guy|some man|some men|two guys|a stranger) (?:is |s |are )?"
          r"(?:hurting|beating|beating up|hitting|attacking|choking|strangling|stabbing|kicking|punching) (?:her|him|us|me|them|"
          r"my (?:mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|sister|brother|wife|husband|son|daughter|neighbou?r|"
          r"baby|kid|kids|aunt|uncle|friend)|the (?:baby|lady|old lady|old man|woman|man|kid|child|girl|boy|neighbou?r))"
          r"(?! (?:chances|feelings|car|credit|business|case|budget|reputation|pocket|wallet|with (?:\w+ ){0,2}(?:late fees|bills|calls|fees|"
          r"prices|charges|rules)|up (?:for|with) (?:money|cash)|on (?:the )?(?:phone|facebook|line|online)|at (?:cards|bingo|chess|"
          r"checkers|games?|scrabble|dominoes|pool|golf|poker|tennis)|off (?:his|her|my|the|their) ))\b|"
          r"(?:aide|caregiver|nurse|husband|wife|son|daughter|grandson|granddaughter|boyfriend|girlfriend|brother|sister|nephew|"
          r"roommate|neighbor|he|she) (?:just |keeps |is |has been )?(?:shoved|pushed|slapped|punched|kicked|choked|grabbed|hit|shoving|"
          r"pushing|slapping|hitting|hurting|abusing|choking) (?:me|her|him|mom|dad|my mom|my mother|my dad|my father|grandma|grandpa)"
          r"(?! (?:wheelchair|chair|walker|stroller|cart|button|around|up|to (?:walk|eat|try|do|go|finish)|in (?:the|her|his|my|a|their) (?:wheelchair|chair|stroller))\b)"
          # ... nor pressure: "my nephew keeps pushing me to sign my house over to him" (en_59), not "pushed me to the floor"
          r"(?! to (?!(?:the|a|an|my|her|his|their|our|this|that|its)\b)\w+)|"
          # "the aide they sent slapped me and took money from my purse" (en_40); not "... slapped me a high five", "... grabbed
          # me when i tripped", "... pushed me too hard in pt" (a reviewer's finds)
          r"(?:aide|caregiver|nurse|lady|woman|man|guy|girl|helper) (?:that |who )?(?:they|the agency|the company|the hospital|you|"
          r"yall|you guys) (?:sent|hired|assigned)(?: (?:yesterday|today|last \w+|this \w+))? (?:slapped|hit|punched|kicked|choked|"
          r"beat|shoved|pushed) (?:me|her|him|my (?:mom|mother|dad|father|husband|wife|grandma|grandpa))"
          r"(?! (?:a|on|with|too|when|so|to|into|around|in|out|through|back|the|up|off|wheelchair|chair|walker)\b)|"
          r"(?:locked|hiding|hid) (?:myself )?in (?:the |my )?"
          r"(?:bathroom|closet|bedroom|room|car) (?:\w+ ){0,6}(?:scared|afraid|from him|from her|hes|shes|he is|she is|"
          r"drunk|throwing things|hitting|yelling|screaming|coming after|banging on|"
          r"trying to get in|outside)"),
    # Carbon monoxide described, not named: a detector going off, or a heater come on, with
    # its symptoms ("sick and dizzy with a headache since the furnace came on, the detector is beeping")
    _rule("danger", DANGER,
          # (a smoke / CO detector or alarm, not a phone or pill alarm)
          r"(?:detector|(?:co|carbon monoxide|smoke|fire|gas) alarm) (?:is |keeps |keep |started |been |was )?"
          r"(?:beeping|going off|chirping|sounding|screaming)",
          r"(?:since|after|when) (?:the |my |our )?(?:furnace|heater|space heater|generator|boiler|stove|oven) "
          r"(?:came on|turned on|was turned on|started|kicked on|went on|was on)",
          requires=r"\b(?:dizzy|dizziness|headache|headaches|nause\w*|throwing up|threw up|vomit\w*|confused|drowsy|"
                   r"sleepy|passed out|faint\w*|sick(?! of))\b"),
    # Strangled, a home threatened with fire, things thrown in drink, a threat of getting even (a reviewer's
    # finds: "hes got his hands around my neck again, what am i supposed to do", "he says hes going to burn
    # the house down with us in it", "drunk and yelling and threw a chair at the wall, im scared")
    _rule("danger", DANGER,
          r"hands? (?:\w+ )?around (?:my|her|his|their) (?:neck|throat)(?! (?:\w+ )?(?:and )?(?:hug\w*|kiss\w*|necklace))",
          r"(?:going to|gonna|threaten\w* to|says (?:hes|shes|he is|she is) going to|said (?:hed|shed|he would|she would)) "
          r"(?:burn|set fire to|torch) (?:the|our|my|this|her|his) (?:house|apartment|place|home|building)"),
    _rule("danger", DANGER,
          r"(?:threw|throwing|throws|smashing|smashed|breaking|broke) (?:a |the |my |our )?(?:chair|chairs|things|stuff|dishes|plates|"
          r"furniture|bottle|bottles|lamp)(?: at)?",
          r"(?:says|said) (?:hell|shell|he will|she will|hes going to|shes going to|hes gonna|shes gonna) (?:make me pay|get me|hurt me|get even)",
          requires=r"\b(?:scared|afraid|terrified|hiding|frightened|drunk|high|yelling|screaming)\b"),
    # Silence demanded with a threat short of killing: "told me she'll make it worse if i say anything", "said he'd break
    # my arm if i tell the nurse", "says ill be sorry if i tell the police" (the review of the en_59 change). Not a
    # family's joke: "... she'd kill me if i told her dad about the surprise trip lol" (told laughing, `_is_live`).
    _rule("danger", DANGER,
          r"(?:says|said|told me|tells me|threaten\w*|swore|swears|keeps saying|texted)(?: me)?(?: that)? (?:\w+ ){0,5}?"
          r"(?:make (?:it|things) worse|be sorry|regret it|pay for it|(?:will|would|ll|d) be worse|"
          r"break (?:my|her|his|your|their) \w+|(?:hurt|beat|hit|slap|kick|throw) (?:me|her|him|us|them)\b(?: \w+){0,4}?) "
          r"if (?:i|she|he|we|they) (?:ever )?(?:say|says|tell|tells|told|talk|talks|call|calls|report|reports)\b"),
    # thrown or pushed from a height, threatened (the English twin's class; a reviewer of the en_37 change): "mi esposo
    # dice que me va a tirar por la ventana", "me amenazo con tirarme por las escaleras", "me quiere tirar por el balcon"
    _rule_es("danger", DANGER,
             r"(?:(?:me|nos|le|la|lo) (?:va|van|quiere|quieren|iba) a|amenaz\w* con|(?:me|nos|le|la|lo) (?:quiere|quieren)) "
             r"(?:tirar|aventar|empujar|echar)(?:me|nos|la|lo|le)? (?:a (?:mi|su) \w+ )?(?:por|de|desde) (?:la|las|el|los) "
             r"(?:ventana|escaleras?|balcon|techo|azotea|puente)"),
    _rule_es("danger", DANGER,
             r"(?:me|nos|le|la|lo) (?:va|van|quiere|quieren) a (?:sacar|correr|echar) (?:\w+ ){0,3}a golpes|"
             r"(?:me|nos|le|la|lo) (?:va|van|quiere|quieren) (?:a )?(?:pegar|golpear)|"
             r"(?:me|le|nos) (?:esta|estan) (?:pegando|golpeando|ahorcando)",
             # ("me va a matar" is everyday speech: "este papeleo me va a matar")
             requires=r"\b(?:miedo|asustad\w*|escondid\w*|tomad[oa]|tomando|borrach\w*|drogad\w*|grit\w*|ahorita)\b",
             accept=lambda m: not _told_laughing(m.string)),
    # someone hurting a person now: "oigo gritos en la casa de al lado, creo que alguien la esta lastimando" (the twin of
    # en_42's "I think someone's hurting her"; not "la esta lastimando el zapato")
    # (people only: not "alguien me esta atacando en el grupo de whatsapp", "alguien le esta pegando a la puerta", "alguien
    # nos esta pegando la gripa", reviewers' finds)
    _rule_es("danger", DANGER,
             # (a person as the one hurt: not "alguien le esta golpeando el carro a mi hija", "... con los cobros del hospital")
             r"(?:alguien|un hombre|un tipo|un senor|unos tipos|unos hombres) (?:\w+ )?(?:la|lo|me|nos|los|las) (?:esta|estan) "
             r"(?:lastimando|golpeando)(?! (?:con (?:\w+ )?(?:llamadas|cobros|deudas|mensajes|cartas|biles|cuentas|cobranza)|en (?:el|la|los|"
             r"las) (?:grupo|juego|internet|redes|facebook|whatsapp|fortnite)))",
             r"(?:alguien|un hombre|un tipo|un senor|unos tipos|unos hombres) (?:esta|estan) (?:golpeando|lastimando) a (?:mi|una|la|un|el|"
             r"su) (?:\w+ )?(?:vecina|vecino|senora|senor|mama|papa|hija|hijo|hermana|hermano|esposa|esposo|abuela|abuelo|nina|nino|"
             r"bebe|muchacha|muchacho|mujer|hombre)\b"),
    # A threat by someone in the home now: "my nephew is threatening me, he's high and he's in my
    # kitchen right now" (not "the landlord is threatening me with eviction")
    _rule("danger", DANGER,
          r"(?:is|s|keeps|been|started|keep) threatening (?:me|us|her|him|my \w+)"
          r"(?! with (?:eviction|court|a lawsuit|legal|collections|late fees)| to (?:sue|evict|call|report|cut)\b)",
          # someone high or drunk: "my grandson is high and threatening me, he broke the door" (en_34; not "my
          # potassium is high and threatening my heart")
          r"(?:he|she|hes|shes|grandson|son|husband|boyfriend|nephew|brother|cousin|uncle|roommate|neighbor|they|theyre)"
          r"(?: is| s| are)? (?:high|drunk|wasted) and threatening (?:me|us|her|him)",
          requires=r"\b(?:right now|here|in (?:my|the|our|her|his) (?:\w+ )?(?:kitchen|house|home|room|apartment|bedroom|"
                   r"living room|yard)|outside|scared|afraid|high|drunk|knife|gun|weapon|"
                   r"(?:he|she|they) (?:broke|kicked in|busted) (?:the|my|her|our) (?:\w+ )?(?:door|window)|"
                   r"(?:wont|will not|refuses to|refused to) (?:leave|go|get out))\b"),
    # Silence forced with a threat of harm, by someone who harms and is there now: "my nephew took my money and says if i tell
    # he will put me in a home, he is here now" (en_47). All three: the harm done ("took my money", "pushes me"), the threat
    # ("if i tell he will put me in a home") and the person there now. Not a promise or a worry ("the nurse said if i call
    # after 5 they can help", "if i tell mom she will kill me, shes here now", "my landlord says if i report the leak he
    # will kick me out": the en_47 reviewers).
    _rule("danger", DANGER,
          r"(?:if (?:i|she|he|we|mom|dad) (?:tell|tells|say anything|says anything|call|calls|report|reports|talk|talks|speak|speaks|"
          r"text|texts)(?: (?:to )?(?:anyone|anybody|someone|somebody|the police|the cops|911|for help|my \w+|her \w+|his \w+|the \w+|you))?,? "
          r"(?:(?:\w+ ){0,2}(?:he|she|they|hell|shell|theyll|i|ill|im) )?(?:will |would |is going to |is gonna |gonna |going to )?"
          r"(?:put (?:me|her|him) in a (?:home|nursing home)|hurt|kill|hit|beat|kick (?:me|her|him) out|throw (?:me|her|him) out|"
          r"take (?:\w+ )?(?:kids|house|money|phone|meds|pills|checks?)|regret|be sorry|dead|make (?:me|her|him) pay)"
          r"|(?:not to|better not|wont let (?:me|her|him)) (?:tell|say|call) (?:\w+ ){0,3}or (?:else|(?:he|she|they)(?:ll| will)|ill|im dead))",
          # (anchored at the start: unanchored, each lookahead would scan the rest of the message from every position)
          requires=r"^(?=.*\b(?:took|takes|taking|stole|steals|stealing|hit|hits|hitting|pushed|pushes|pushing|shoved|slapped|slaps|"
                   r"beat|beats|beating|locked|locks|grabbed|choked|kicked|bruises|has a gun|with a gun|knife|"
                   r"(?:my|her|his) (?:money|checks?|card|pension|social security))\b)"
                   r"(?=.*\b(?:(?:he|she|they) (?:is |s |are |re )?(?:still )?(?:here|there|home|downstairs|upstairs|outside (?:the|my|her) door|"
                   r"in the (?:house|apartment|room|kitchen|next room|other room|living room|den|bedroom|bathroom|garage|basement|yard))"
                   r"(?: (?:right )?now)?|(?:hes|shes|theyre) (?:still )?(?:here|there|home|downstairs|upstairs|in the (?:house|kitchen|next room|"
                   r"other room|living room|den|bedroom|bathroom))|(?:is|s) (?:right )?(?:here|there) now|right here|wont leave|"
                   r"in the next room|(?:standing|sitting) (?:right )?(?:here|there|next to (?:me|her|him)))\b)"),
    # ... and in Spanish: "mi sobrino me quita el dinero y dice que si digo algo me mete a un asilo, esta aqui ahorita" (a
    # reviewer of the en_47 change); the same three, not "la enfermera dice que si llamo manana me manda la receta, ahorita
    # esta conmigo" (the second review)
    _rule_es("danger", DANGER,
             r"(?:dice|dijo|amenaza\w*) (?:que )?si (?:digo algo|dice algo|hablo|habla|le cuento|le digo|le dice|llamo|llama|cuento|cuenta|"
             r"abro la boca|lo denuncio|la denuncio|denuncio) (?:\w+ ){0,4}?(?:me|la|lo|nos) (?:va a |van a )?"
             r"(?:(?:mete|meter|manda|mandar) (?:a|al|en) (?:un )?(?:asilo|casa de ancianos)|pega|pegar|mata|matar|golpea|golpear|lastima|"
             r"lastimar|hace algo|hacer algo|va (?:a ir )?peor|deja sin comer|deja sol[oa]|(?:corre|correr|saca|sacar|echa|echar) de la casa|"
             r"quita (?:a )?(?:los|mis) (?:ninos|hijos))",
             requires=r"^(?=.*\b(?:quita|quito|roba|robo|pega|pego|golpea|golpeo|empuja|empujo|encierra|encerro|dinero|tarjeta|cheque|"
                      r"pension|amenaz\w*|pistola|cuchillo)\b)"
                      r"(?=.*\b(?:esta aqui|estan aqui|esta en (?:la|el) (?:casa|sala|cocina|cuarto|otro cuarto|recamara|otra recamara)|"
                      r"ahorita esta|esta (?:aqui )?conmigo|esta afuera|no se va|sigue aqui|no me deja salir)\b)"
                      # (not a landlord's dispute: "el casero me robo el deposito y dice que si lo denuncio me corre", the third review)
                      r"(?!.*\b(?:casero|casera|landlord|dueno|duena|renta|deposito)\b)"),
    # A stranger in the home who will not go: "mom says there's a strange man in her apartment
    # who won't leave" (en_25); not "the repairman is still in her apartment"
    _rule("danger", DANGER,
          r"(?:a |some )?(?:stranger|strange (?:man|guy|woman|lady|person|people|men)|(?:man|guy|woman|person) (?:i|she|he|we) "
          r"(?:dont|doesnt) know) (?:\w+ ){0,2}(?:in|inside) (?:my|our|the|her|his) (?:house|home|apartment|room|place|bedroom)"),
    # An armed stranger where the person is: "there is a man with a knife in our hallway"
    _rule("danger", DANGER,
          r"(?:man|guy|someone|somebody|person|stranger|woman|lady|men|people|he|she) with (?:a |an )?(?:knife|gun|machete|"
          r"pistol|rifle|shotgun|weapon|bat|hammer|axe) (?:is )?(?:in|at|outside|inside|by|near|on) (?:my|our|the|her|his) "
          r"(?:\w+ )?(?:hallway|hall|house|home|door|front door|back door|building|apartment|yard|porch|room|lobby|stairwell|"
          r"stairs|window|driveway|street|parking lot)"),
    # Someone yelling at a person, then a crash or a blow heard: "old lady next door, her nephew is screaming at
    # her and i heard something crash" (en_38); not "the kids were yelling at the tv and a glass fell with a crash lol"
    # (the blow heard by the writer, and nothing that explains the noise: not "... and i heard a bang, it was the garage
    # door", "... mom was yelling at dad because he dropped a plate, it crashed"; reviewers of the change)
    _rule("danger", DANGER,
          r"(?:is |s |was |keeps |been |started |were |are )?(?:screaming|yelling|shouting|hollering|cussing|screams|yells) at "
          r"(?:her|him|my (?:mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|neighbou?r|aunt|uncle|wife)|"
          r"(?:his|our|her) (?:wife|mom|mother|grandma|grandmother)|the old (?:lady|man|woman)|mom|dad|grandma|grandpa)\b"
          r"(?= (?:\w+ ){0,12}(?:(?:heard|hear|hearing) (?:something|a|glass|stuff) (?:loud )?(?:crash\w*|break\w*|smash\w*|"
          r"fall|thud|bang|slap|smack|scream)|(?:hit|shoved|pushed|slapped|punched) (?:her|him)\b))"
          r"(?!.*\b(?:it was (?:the|a|just|only)|turned out|dropped|tv|game|dogs?|cats?)\b)",
          accept=lambda m: not _told_laughing(m.string)),
    # Someone screaming at a person in their care now, heard or seen by the writer, with a sign of harm seen or told:
    # "mom's aide is screaming at her, I can hear it on the phone, and I saw bruises last week. I'm 2 hours away"
    # (en_49); whoever screams (an aide, a cna, "the lady from the agency", dad); not yelling alone ("... to drink her
    # water, i can hear it lol"), harm denied ("no new bruises", "mom isnt scared", "shes ok"), bruises with their cause
    # told, or crying with laughter (two reviewers' finds)
    _rule("danger", DANGER,
          # (someone else screaming: not "im yelling at mom on the phone so she can hear me", a third reviewer)
          r"(?<! im )(?<! i am )(?<! i m )(?<! were )(?<! we are )"
          r"(?:is |s |keeps |keeps on |has been |been |are |started |is still |s still |"
          r"still )?(?:screaming|screamin|yelling|yellin|shouting|hollering|cussing|cursing)"
          r"(?: and (?:screaming|yelling|shouting|cussing|cursing))? at "
          r"(?:(?:my|his|her|our) (?:\w+ ){0,3}?(?:mom|mother|dad|father|grandma|grandpa|grandmother|grandfather|aunt|uncle|nana|"
          r"granny|papa|wife|husband|parents)|mom|dad|mama|grandma|grandpa|granny|nana|her|him|them)"
          # (a person, the next words not a thing or someone else: "yelling at her insurance company", "at her kids")
          r"(?= ?$| (?:right|rn|now|and|i|im|we|on|in|again|all|so|because|cause|cuz|for|over|while|the|through|she|shes|he|hes|"
          r"mom|dad|my|from|like|about|til|until|as|its|it|this|to|screaming|yelling|again|every|nonstop|non|but|then|when|"
          r"can|could|saying|telling|calling|sounds|shes|hes|omg|please|help)\b)",
          accept=lambda m: _heard_with_harm(m.string)),
    # afraid to go home or back in, with violence there now: "im scared to go back in the house, my son gets violent when he
    # drinks and hes drunk right now" (en_53)
    _rule("danger", DANGER,
          r"(?:scared|afraid|terrified) to (?:go (?:back )?(?:inside|home|in the house|into the house)|be (?:home|in the house|alone with (?:him|her))"
          r"|leave (?:her|him|them|mom|dad) (?:there|alone|with (?:him|her)))",
          # (high as a person is: not "the wind is really high", "the bill was so high", a reviewer's finds)
          requires=r"\b(?:violent|hits? (?:me|her|him)|hitting|beat\w* (?:me|her|him|up)|threaten\w*|screaming at|bruises?|drunk|"
                   r"(?:hes|shes|he is|she is) (?:so |really )?high|gun|knife|choked|pushed|shoved)\b",
          accept=lambda m: not _told_laughing(m.string)),
    # silence demanded with a threat, in Spanish: "me dijo que si le digo a alguien me mata" (a third reviewer of the en_49
    # change)
    _rule_es("danger", DANGER,
             r"(?:dijo|dice|dijo que|amenazo|me amenazo|me escribio) (?:con )?(?:que )?si (?:le |les )?(?:digo|cuento|hablo|llamo|aviso|"
             r"voy|decimos|contamos)(?: (?:a|con) (?:alguien|nadie|la policia|la migra|mi \w+|mis \w+))?(?: algo)? "
             r"(?:me|nos|la|lo|les) (?:mata|va a matar|matara|mato|van a matar|hace dano|va a hacer dano)\b",
             accept=lambda m: not _told_laughing(m.string)),
    _rule_es("danger", DANGER,
             r"(?:le|les) (?:esta |sigue |anda )?(?:gritando|grita|insultando)(?: feo)?|(?:esta|sigue|anda) gritandole",
             accept=lambda m: _heard_with_harm(m.string)),
    _rule_es("danger", DANGER,
             r"(?:le|les) (?:esta|estan|estaba|estaban) (?:gritando|insultando) (?:a )?(?:mi|su|la|el) (?:\w+ ){0,3}"
             r"(?:(?:se oyo|se escucho|oi|escuche) (?:un |una )?(?:golpe|trancazo|madrazo|grito|cachetada|bofetada)|"
             r"(?:la|lo) (?:golpeo|empujo|avento|cacheteo))"),
    # Someone heard screaming now, with a sign of an attack or a fall: "i hear my neighbor
    # screaming and a man yelling, shes old" (not "the neighbors kids screaming all day")
    _rule("danger", DANGER,
          r"(?:i|we) (?:can )?(?:hear|hearing) (?:my |the |a |an |our )?(?:old |elderly )?(?:neighbor|neighbour|lady|woman|"
          r"someone|somebody|her|mom|mother|grandma|next door|upstairs|downstairs)(?: \w+){0,2} (?:screaming|screams|shrieking|"
          r"crying for help|yelling for help|calling for help)"
          r"(?! (?:at (?:the )?(?:tv|game|kids|dog|cat|football|news)|all (?:day|night)|every (?:day|night)|lol)\b)",
          requires=r"\b(?:man|guy|he|him|someone|somebody|yell\w*|shout\w*|hitting|banging|crash\w*|help|hurt\w*|"
                   r"fight\w*|thud|bang|fell|fall\w*)\b"),
    # --- Spanish: medical emergencies (same signals as the English rules) ---
    # Overdose or poisoning.
    _rule_es("overdose", MEDICAL, r"sobredosis", accept=_is_current_mention),
    # ending it all, said for tonight or now: "... hay quien me ayude unas horas, esta noche termino con todo" (an es_40
    # reviewer's find); not the paperwork ended ("hoy termino con todo el papeleo")
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:esta noche|mejor|manana|de una vez) (?:termino|acabo|voy a terminar|voy a acabar|terminare|acabare) con todo"
             r"(?! (?:el|la|los|las|lo|mi|mis)\b)"),
    # medicines stopped to die: "deje de tomar mis pastillas del corazon a proposito para que se pare", "las voy a dejar todas
    # y que pase lo que pase" (an es_40 reviewer's finds)
    _rule_es("suicidal_ideation", SUICIDE,
             r"(?:deje|dejo|voy a dejar|dejare) (?:de tomar )?(?:mis|las|todas mis|todas las) (?:\w+ ){0,3}?(?:pastillas|medicinas|medicamentos|"
             r"pildoras|insulina)(?: \w+){0,5} (?:para que (?:se (?:pare|detenga)|me muera|ya no despierte|ya se acabe)|y que pase lo que pase)",
             r"(?:las|los) voy a dejar (?:todas |todos )?y que pase lo que pase"),
    # a bottle of pills swallowed: "me tome un frasco de pastillas hace una hora" (an es_40 reviewer's find)
    _rule_es("overdose", MEDICAL,
             r"(?:me tome|se tomo|me trague|se trago|le di|se acabo) (?:un|el|medio|todo el|una|la|toda la) (?:frasco|bote|botella|caja|paquete|"
             r"cajita|tira) (?:entero |entera |completo )?(?:de )?(?:sus |mis |las |los )?(?:pastillas|pildoras|tylenol|aspirinas?|medicinas?|"
             r"medicamentos?|calmantes|tabletas)"),
    _rule_es(
        "overdose", MEDICAL,
        r"(?:tom\w*|trag\w*|comi\w*|bebi\w*|ingiri\w*|acabo con) (?:\w+ ){0,3}(?:todo el|toda la|todo un|toda una) "
        r"(?:frasco|bote|botella|botecito|paquete|caja|cajita|pomo|tira|blister)",
        r"(?:tom\w*|trag\w*|comi\w*|bebi\w*) (?:\w+ ){0,3}(?:frasco|bote|botella|caja|paquete) (?:\w+ ){0,2}(?:enter[oa]|complet[oa])",
        r"(?:tomo|tome|trago|trague|comio|comi|bebio|bebi) (?:\w+ ){0,6}(?:como|unas|unos|mas de|casi|alrededor de) "
        r"(?:\d{2,}|diez|quince|veinte|treinta|cuarenta|cincuenta)",
        rf"(?:se|me|te) (?:tomo|tome|tomaste|trago|trague|comio|comi|metio|bebio|bebi) (?:\w+ ){{0,2}}"
        rf"(?:demasiad[oa]s?|un monton de|un punado de|un puno de|como \d{{2,}}|\d{{2,}}) (?:\w+ ){{0,2}}{_ES_MEDS}",
        # all of them at once (not "me tome todas mis pastillas hoy como dijo el doctor")
        r"(?:se|me|te) (?:tomo|tome|tomaste|trago|trague|comio|comi|bebio|bebi) (?:\w+ )?(?:todas|todos) (?:las|los|sus|mis|tus)"
        r"(?! (?:\w+ ){0,4}(?:hoy|esta manana|a tiempo|como (?:dijo|me dijo|indico|receto|siempre|debe|debo)|del dia|de hoy|de la (?:manana|tarde|noche)))",
        rf"(?:se|me) (?:comio|comi|trago|trague|metio a la boca) (?:\w+ ){{0,4}}{_ES_MEDS}",
        r"(?:tom\w*|bebi\w*|trag\w*|comi\w*) (?:\w+ ){0,2}(?:cloro|blanqueador|veneno|anticongelante|gasolina|thinner|"
        r"raticida|detergente|limpiador|destapacanos|lejia|pinol|fabuloso|insecticida|clorox|acido|amoniaco|"
        r"(?:liquido|producto|quimico|jabon)s? (?:de|para) (?:limpiar|lavar|la limpieza|los trastes|el piso|el bano))",
        r"(?<!control de )(?<!centro de )envenen\w*",  # (the poison line by name: its own rule below)
        # just done, or asked about and then told done: "mi hija se acaba de tomar 30 pastillas", "si alguien se toma 30
        # pastillas de tylenol que pasa? es que mi hija lo acaba de hacer" (the reviewer of the en_63 change)
        rf"(?:se|me|te) (?:acaba|acabo|acabas|acaban) de (?:tomar|tragar|comer) (?:\w+ ){{0,2}}(?:demasiad[oa]s?|un monton de|"
        rf"como \d{{2,}}|\d{{2,}}|todas (?:las|sus|mis)) (?:\w+ ){{0,2}}{_ES_MEDS}",
        rf"(?:se|me) (?:toma|traga|come) (?:como |unas |unos )?\d{{2,}} (?:\w+ ){{0,2}}{_ES_MEDS}"
        r"(?! (?:\w+ ){0,3}(?:al (?:mes|dia)|a la semana|por (?:mes|semana|dia)|cada|diarias|mensuales))",
    ),
    _rule_es("overdose", MEDICAL, r"control de envenenamiento|centro de toxicologia", accept=lambda m: not _a_number_to_keep(m)),
    # A small child into someone's pills: "mi sobrinito se tomo unas pastillas de mi mama".
    _rule_es("overdose", MEDICAL,
             r"(?:mi|su|el|la|los|las) (?:bebe|bebito|bebita|nino|nina|ninito|ninita|nene|nena|hijito|hijita|sobrinito|sobrinita|"
             r"nietito|nietita|chiquito|chiquita|ninos|nietecito|nietecita) (?:\w+ ){0,3}"
             rf"(?:se )?(?:tomo|trago|comio|metio a la boca|bebio|agarro y se tomo) (?:\w+ ){{0,4}}{_ES_MEDS}"),
    # Many pills swallowed at once, told of someone: "mi hijo se tomo muchas pastillas" (es_41's reviewer; "se tomo", a
    # single time past, not "se toma muchas pastillas al dia")
    _rule_es("overdose", MEDICAL,
             rf"(?<!si )se (?:tomo|trago|tomaron|tragaron) (?:muchas|un monton de|demasiadas|bastantes|un punado de|un punito de|"
             rf"todo un frasco de|un frasco de) (?:\w+ )?{_ES_MEDS}"
             r"(?!.*\b(?:en su vida|de joven\w*|de nin[oa]|cuando era|hace (?:\w+ )?anos|le dije que no|dijo que no)\b)"),
    # About to faint: "me voy a desmayar, todo me da vueltas" (not "de la risa").
    _rule_es("unresponsive", MEDICAL,
             r"(?:me voy a|siento que me (?:voy a )?|me estoy) desmay(?:ar|o|ando)" + _ES_FIGURATIVE_DEATH),
    # Insulin doubled or many units too many: low sugar is coming, symptoms or not.
    _rule_es(
        "overdose", MEDICAL,
        r"(?:puse|puso|inyect\w*|aplic\w*|di|dio) (?:\w+ ){0,3}(?:insulina|lantus|glargina|novolog|humalog) (?:\w+ ){0,3}"
        r"(?:dos|2|tres|3) veces(?= .*\b(?:sin querer|por error|por equivocacion|por accidente|se me olvido que ya|no me acorde|"
        r"sin acordarme|sin darme cuenta|otra vez)\b)",
        r"creo que (?:me|le|se) (?:puse|puso|inyecte|inyecto|di|dio) (?:\w+ ){0,3}(?:insulina|lantus|glargina) (?:dos|2) veces",
        r"doble (?:dosis de )?(?:insulina|lantus)",
        r"(?:\d{2,}|veinte|treinta|cuarenta|cincuenta|muchas) unidades (?:de mas|extra|demas)",
    ),
    _rule_es("overdose", MEDICAL, _UNITS_INSTEAD, requires=_ES_DIABETES + r"|\bunidades\b", accept=_is_many_units_too_many),
    # An accidental double dose counts only with symptoms.
    _rule_es(
        "overdose", MEDICAL,
        r"(?:tom\w*|puso|puse|inyect\w*|le di|le dio|me di|aplic\w*) (?:\w+ ){0,6}(?:dos|2|tres|3) veces",
        r"(?:doble|triple) (?:\w+ )?(?:dosis|insulina|pastilla|medicina)|dosis doble|(?:dos|2|tres|3) dosis",
        # "creo que me tome el doble de pastillas, me siento muy mal" (es_57)
        rf"{_TOOK_ES} (?:\w+ )?(?:el doble|el triple) (?:de )?(?:\w+ )?(?:la |las |los |el |mis |sus )?{_ES_MEDS}",
        # ... without the article: "creo q me tome doble la metformina y la de la presion y me siento muy mal" (es_68)
        rf"{_TOOK_ES} (?:doble|triple) (?:la |las |los |el |mis |sus |de )?(?:{_ES_MEDS}|metformina|glipizida|losartan|lisinopril|"
        r"carvedilol|furosemida|warfarina|(?:pastilla|medicina) de la presion)",
        r"(?:por error|por equivocacion|por accidente|sin querer) (?:\w+ ){0,3}(?:tom\w*|le di|puse|puso|inyect\w*)",
        r"(?:tom\w*|le di|puse|puso|inyect\w*) (?:\w+ ){0,8}(?:por error|por equivocacion|por accidente|sin querer)",
        # "el pastillero de mi papa esta vacio, se las tomo todas y esta muy somnoliento" (the reviewer of the en_66 change); not
        # the week's all taken ("ya me tome todas las de la semana")
        r"(?:pastillero|frasco|bote|botecito|cajita de (?:las )?pastillas) (?:\w+ ){0,4}(?:esta|quedo|estaba) vaci[oa] (?:\w+ ){0,5}"
        r"(?:se|me) (?:las |los )?(?:tomo|tome|trago|trague) (?:todas|todos)(?! (?:\w+ ){0,4}(?:de la semana|de esta semana|"
        r"como (?:dijo|debe|debo|indico)))",
        requires=_ES_OD_SYMPTOMS,
    ),
    # Dangerous blood sugar: readings < 55 or > 400, meter HI / LO, named crises.
    _rule_es("blood_sugar", MEDICAL,
             # (... or the meter by any name: "me siento temblorosa sudando y confundida el aparato dice 42", es_66)
             r"(?:azucar|glucosa|glucometro|glucemia|dexcom|sensor|aparato|aparatito|maquinita|medidor) " + _READING_GAP + _READING_ES,
             # (not a meter's error code: "no entiendo como meter la tirita en la maquinita, me sale un error E-3")
             accept=lambda m: _is_dangerous_sugar(m) and _A_METER_ERROR.search(m.string) is None),
    _rule_es("blood_sugar", MEDICAL, _READING_ES + r" (?:de )?(?:azucar|glucosa)", accept=_is_dangerous_sugar),
    _rule_es(
        "blood_sugar", MEDICAL,
        r"(?:glucometro|aparato|maquinita|medidor|sensor|dexcom|monitor|azucar|glucosa) (?:\w+ ){0,2}"
        r"(?:dice|marca|sale|salio|muestra|aparece|pone|decia|marcaba|esta en) (?:puro |solo |nomas )?(?:hi|lo)"
        r"(?! (?:que|mismo|normal|de|del)\b)",
        r"(?:azucar|glucosa) (?:\w+ ){0,3}(?:(?:muy|bien|super|demasiado|tan|re|peligrosamente|extremadamente) baj[oa]|"
        r"bajisim[oa]|por los suelos|altisim[oa]|por los cielos|por las nubes|peligrosamente alt[oa]|extremadamente alt[oa])",
        r"coma diabetico|cetoacidosis|(?:choque|shock) (?:insulinico|diabetico|hipoglucemico)|cetonas (?:muy )?altas",
        accept=lambda m: not _sugar_told_as_over(m),
    ),
    # Low-sugar signs in someone with diabetes: one severe sign or two milder ones.
    _rule_es(
        "blood_sugar", MEDICAL,
        r"confundid[oa](?! (?:con|sobre|de|acerca|por|en cuanto)\b)|desorientad[oa]|(?:esta|se ve|anda|como) (?:muy |bien )?"
        r"(?:perdid[oa]|ido|ida)\b|como borrach[oa]|no (?:me |nos |le )?contesta bien|incoherente|desmay\w*|"
        r"inconsciente|no despierta|convuls\w*|agresiv[oa]",
        requires=_ES_DIABETES, accept=_is_live,  # not "me desmaye por el azucar baja, pero eso fue en marzo"
    ),
    _rule_es(
        "blood_sugar", MEDICAL,
        r"(?:temblando|tembloros[oa]|sudando|sudor\w*|sudad[oa]|mare\w*|palid[oa]|debil|vista borrosa)\b.{0,60}\b"
        r"(?:temblando|tembloros[oa]|sudando|sudor\w*|sudad[oa]|mare\w*|palid[oa]|debil|vista borrosa)",
        requires=_ES_DIABETES,
    ),
    # Severe allergic reaction: throat, tongue, lips or face swelling; anaphylaxis.
    # ("garganta inflamada" is a sore throat, so only a swelling or closing throat counts.)
    _rule_es(
        "allergic_reaction", MEDICAL,
        r"(?:se (?:le|me|te) )?(?:esta |estan )?(?:hinch\w*|cerr\w*|cierra) (?:\w+ ){0,2}(?:la |su |mi |los |sus |mis )?"
        r"(?:garganta|lengua|labios?|boca|cara)",
        r"(?:se (?:le|me|te) )?(?:esta |estan )?inflam\w* (?:\w+ ){0,2}(?:la |los |su |sus |mis )?(?:lengua|labios?|cara)",
        r"(?:garganta|lengua|labios?|boca|cara) (?:\w+ ){0,3}(?:hinchad[oa]s?|hinchandose|cerrandose|cerrad[oa]|"
        r"se (?:le |me )?(?:cierra|esta cerrando|hincha|esta hinchando))",
        r"(?:lengua|labios?|cara) (?:\w+ ){0,3}inflamad[oa]s?",
        r"anafila\w*|(?:choque|shock) anafilactico|reaccion alergica (?:muy )?(?:fuerte|grave|severa|seria)|"
        r"(?:fuerte|grave|severa|seria) reaccion alergica|(?:le|me) (?:esta dando|dio) (?:una )?reaccion alergica",
        accept=_is_not_a_label,
    ),
    _rule_es("allergic_reaction", MEDICAL,
             r"ronchas|ronchitas|urticaria|salpullido|sarpullido|comezon (?:en|por) todo el cuerpo",
             requires=_ES_ANAPHYLAXIS_SIGNS),
    _rule_es("allergic_reaction", MEDICAL, r"epinefrina", accept=_is_current_mention),
    # Seizure ("un ataque de risa / de panico" is not one).
    _rule_es(
        "seizure", MEDICAL,
        r"convulsion(?:ando|a|o|aba|ar)|convulsiones|ataques? epileptic[oa]s?|crisis (?:epileptica|convulsiva)s?|"
        r"(?:le|me|te) (?:dio|da|esta dando|dieron|estan dando|vino|vinieron|dan) (?:un |otro |unos |otra |una )?"
        r"(?:ataque|ataques|convulsion|convulsiones|crisis)(?! (?:de (?:risa|nervios|panico|ansiedad|tos|celos|hambre|"
        r"furia|coraje|llanto|asma|tristeza|sueno|estres|histeria)|al corazon|del corazon|cardiaco|cerebral|al cerebro)\b)",
        accept=_is_current_mention,
    ),
    # ... "one" of them now, named before: "cuando eramos niños mi hermano tenia convulsiones y ahorita le esta dando una, que
    # hago" (the en_74 reviewer's)
    _rule_es("seizure", MEDICAL, r"(?:le|me|te) (?:esta|estan) dando (?:una|otra)\b(?! (?:\w+ )?(?:vuelta|mano|ayuda|cita|pastilla|idea)\b)",
             requires=r"\bconvulsi\w*"),
    _rule_es(
        "seizure", MEDICAL,
        r"(?:temblando|sacudiendose|brincando|estremeciendose|se sacude) (?:\w+ ){0,2}(?:todo el cuerpo|sin control|sin parar)",
        r"ojos (?:en blanco|volteados|para atras|pa tras)|espuma (?:en|por) la boca|(?:echando|saca|sacando|le sale) (?:espuma|espumarajo)",
    ),
    # Stroke signs: face droop, one-sided weakness or numbness, speech, sudden onset.
    _rule_es(
        "stroke", MEDICAL,
        r"(?:cara|boca|labio|labios|ojo|parpado|sonrisa|cachete|mejilla|rostro) (?:\w+ ){0,3}(?:caid[oa]|chuec[oa]|"
        r"torcid[oa]|ladead[oa]|colgad[oa]|paralizad[oa]|dormid[oa]|entumid[oa]|adormecid[oa]|desviad[oa]|jalad[oa])",
        r"se (?:le|me|te) (?:\w+ )?(?:cayo|cae|esta cayendo|ladeo|torcio|paralizo|durmio|entumio|adormecio|jalo|desvio) "
        r"(?:\w+ ){0,3}(?:la |el |su |mi )?(?:cara|boca|labio|ojo|parpado|cachete|mejilla|rostro)",
        r"(?:un|todo un|todo el|el|medio|la mitad del?) (?:lado|cuerpo)(?: (?:del|de la|de su|de mi) (?:cuerpo|cara))?"
        r"(?: (?:izquierdo|derecho))? (?:\w+ ){0,3}(?:dormid[oa]|entumid[oa]|adormecid[oa]|paralizad[oa]|sin fuerza|debil|"
        r"no (?:lo |la )?(?:siente|siento|puede mover|puedo mover)|pesad[oa]|muert[oa])",
        r"(?:durmio|entumio|adormecio|paralizo|debilito) (?:\w+ ){0,2}(?:todo |toda )?(?:un|el|medio|la mitad del?) (?:lado|cuerpo)",
        # (plural too: "el brazo y la pierna derecha como muertos", es_21)
        r"(?:brazo|pierna|mano|pie) (?:izquierd[oa]|derech[oa]) (?:\w+ ){0,3}(?:dormid[oa]s?|entumid[oa]s?|adormecid[oa]s?|"
        r"paralizad[oa]s?|sin fuerza|debil|no (?:lo |la )?(?:siente|puede mover)|pesad[oa]s?|muert[oa]s?)",
        r"se (?:le|me) (?:durmio|entumio|adormecio|paralizo) (?:\w+ ){0,2}(?:el |la )?(?:brazo|pierna|mano|pie) (?:izquierd[oa]|derech[oa])",
        r"(?:brazo|pierna|mano|pie|cara)(?: y (?:el |la )?(?:brazo|pierna|mano|pie|cara))? (?:de|del) (?:un|el mismo|mismo) lado",
        # the face felt strange on one side: "la cara se me siente chistosa de un lado" (es_26)
        r"(?:cara|boca|labio|labios|cachete|mejilla|rostro|lengua) (?:\w+ ){0,4}(?:chistos[oa]|rar[oa]|extran[oa]|diferente|"
        r"pesad[oa]|acalambrad[oa]|con hormigueo|hormiguead[oa]) (?:\w+ ){0,2}(?:de|del) (?:un|un solo|el|medio) lado"
        + _NOT_A_STROKE_CAUSE,
        r"no (?:puede|puedo|pudo|podia|podemos) (?:mover|levantar|sentir|alzar|usar|apretar|mantener arriba) "
        r"(?:\w+ ){0,2}(?:brazo|pierna|mano|lado|cara|pie)",
        accept=_is_sudden_deficit,
    ),
    _rule_es(
        "stroke", MEDICAL,
        r"(?:de repente|de pronto|repentinamente|de la nada|sin aviso) (?:\w+ ){0,5}(?:confundid[oa]|no (?:puede|pudo) "
        r"(?:hablar|caminar|ver|mover\w*|pararse)|mare\w*|no ve|ciego|ciega|se le durmio|se le entumio|debil|sin fuerza|"
        r"habla raro|hablar raro|hablando raro|no (?:me |nos |la |lo )?reconoce|perdi\w* el equilibrio|"
        r"dolor de cabeza (?:muy )?fuerte|chuec[oa]|caid[oa]|torcid[oa]|no se le entiende|"
        # "mami de repente esta diciendo cosas sin sentido y no me reconoce" (es_43)
        # (not cosas raras, and tonterias only talked: not what a teenager "dice", nor with the TV, a drunk, sleep, a baby or a
        # phone: the second review)
        r"(?:(?:dice|diciendo|a decir|a hablar|habla|hablando) (?:puras? |puros? )?(?:cosas sin sentido|cosas que no (?:tienen sentido|se "
        r"entienden)|incoherencias|incoherente|disparates?|locuras)|(?:a hablar|habla|hablando) (?:puras? )?tonterias)"
        r"(?!.{0,200}\b(?:tele|television|noticias|politic\w*|borrach\w*|toma|tomado|sueno|dormid[oa]|bebe|nin[oa]|adolescente|edad|"
        r"celular|telefono|presidente|"
        # ("de repente" as "sometimes": "... cuando esta cansado", "... siempre ha sido asi", "... en las juntas", the third review)
        r"cuando|siempre|a veces|juntas?|misa|enojad[oa]|cansad[oa]|equipo|verguenza|preven\w*|como siempre)\b))",
        r"(?:confundid[oa]|habla raro|hablar raro|hablando raro|no se le entiende|mare\w*|no (?:me |nos |la |lo )?reconoce|"
        r"chuec[oa]|torcid[oa]|debil|diciendo cosas sin sentido|diciendo incoherencias) (?:\w+ ){0,5}(?:de repente|de pronto|"
        r"repentinamente|de la nada)",
        r"no (?:puede|pudo|podia|puedo) hablar (?:bien|claro)|(?:ya|de repente) no (?:puede|pudo) hablar|no (?:puede|pudo) hablar(?= *$)",
        r"(?:habla|hablando) (?:muy )?(?:raro|chistoso|extrano|rarisimo|como borrach[oa]|arrastrado|arrastrando|enredado|trabado|"
        r"incoherencias|cosas sin sentido|sin sentido)|arrastra (?:las palabras|la lengua)|se (?:le|me) traba la lengua|"
        r"lengua trabada|no se le entiende|no (?:le )?entiendo (?:nada de )?lo que dice|no (?:encuentra|encuentro) las palabras|"
        r"dice cosas sin sentido|no tiene sentido lo que dice|balbucea",
        r"el peor dolor de cabeza",
        r"no (?:siento|puedo mover|puede mover|siente) (?:el |la |mi |su )?(?:brazo|pierna|mano|cara|lado) (?:derech[oa]|izquierd[oa])",
        accept=_is_not_a_label,
    ),
    # sight gone from one eye, with something else wrong or just now: "mija algo me pasa, no veo de un
    # ojo y la cara se me siente chistosa de un lado" (es_26; not a cataract "desde hace anos")
    _rule_es("stroke", MEDICAL,
             r"no (?:veo|ve|puedo ver|puede ver|miro|mira) (?:nada )?(?:de|por|con) (?:un|el|un solo) ojo"
             r"(?!.*\b(?:desde (?:hace (?!(?:un )?(?:rato|ratito|\w+ min\w*))|que|nin\w*|chiquit\w*|siempre|el|la)|catarata\w*|glaucoma|de nacimiento)\b)",
             r"(?:perdi|perdio|se me fue|se le fue) la vista (?:de|en) (?:un|el) ojo",
             # "de la nada deje de ver de un ojo y me duele la cabeza horrible" (es_38; not long ago or from a known cause:
             # "me operaron de la cabeza y deje de ver de un ojo, eso fue en 2019", a reviewer's find)
             r"(?:deje|dejo|dejamos) de ver (?:nada )?(?:de|por|con|del) (?:un|el|un solo|mi|su|ojo)(?: ojo)?"
             r"(?!.*\b(?:desde (?:hace (?!(?:un )?(?:rato|ratito|\w+ min\w*))|que (?!me (?:levante|desperte))|nin\w*|chiquit\w*|"
             r"siempre|el|la)|catarata\w*|glaucoma|de nacimiento|(?:19|20)\d\d|hace (?:\w+ )?(?:anos|meses)|accidente|operaron|operacion|cancer|diabetes|"
             r"le quitaron|me quitaron)\b)",
             requires=_ES_SUDDEN + r"|\b(?:algo me pasa|algo le pasa|que me pasa|brazo|pierna|cara|hablar|habla|boca|"
                                   r"mare\w*|lado|de la nada)\b",
             accept=_is_sudden_deficit),
    # sweating cold and grey: "esta sudando frio y se ve gris"
    _rule_es("shock_signs", MEDICAL,
             r"(?:sudando|sudor|sudoroso|sudorosa|empapad[oa]) (?:\w+ ){0,4}" + _GREY_NOW_ES,
             _GREY_NOW_ES + r" (?:\w+ ){0,4}(?:sudando|sudor|sudoroso|sudorosa|empapad[oa])",
             accept=_is_not_a_label),
    # double vision that has just begun: "... y veo doble, empezo hace 10 min" (es_21)
    _rule_es("stroke", MEDICAL, r"(?:veo|ve|viendo|estoy viendo|esta viendo|vemos) doble",
             requires=_ES_SUDDEN + r"|\b(?:brazo|pierna|cara|hablar|habla|boca|mareo|marea\w*)\b",
             accept=_is_not_a_label),
    _rule_es("stroke", MEDICAL,
             r"derrame(?! (?:pleural|en el ojo|de (?:petroleo|aceite|agua|liquido)|articular|en la rodilla)\b)|embolia|"
             r"ataque cerebral|accidente cerebrovascular|acv|ictus|infarto cerebral",
             accept=_is_real_event),
    # Chest pain, pressure or tightness, and heart attack.
    _rule_es(
        "chest_pain", MEDICAL,
        r"(?:dolor|dolores|presion|opresion|ardor|peso|punzada|punzadas|molestia|apreton|apretazon|piquete|piquetes|"
        r"elefante|piedra|ladrillo|losa|loza|plancha) "
        r"(?:\w+ ){0,3}(?:en|de|del) (?:el |mi |su |la )?pecho",
        r"(?:me|le|te|nos) (?:duele|dolia|esta doliendo|aprieta|aprietan|apretaba|apretaban|esta apretando|estan apretando|"
        # (... "como si le apretaran el pecho y esta sudando frio", es_64)
        r"oprime|oprimen|arde|quema|pesa|punza|apretara|apretaran|oprimiera|oprimieran|aplastara|aplastaran) "
        r"(?:\w+ ){0,3}(?:el |mi |su )?pecho",
        r"pecho (?:\w+ ){0,3}(?:me |le |te )?(?:duele|dolia|aprieta|oprime|arde|quema|pesa|apretad[oa]|punza)",
        r"dolor (?:\w+ ){0,3}(?:que )?(?:me |le )?(?:baja|corre|se va|pasa|sube|se extiende|llega|se corre) "
        r"(?:por|hacia|al|a la|hasta el|hasta la) (?:el |la |mi |su )?(?:brazo|quijada|mandibula|cuello|espalda)",
        r"(?:me |le )?duele (?:\w+ ){0,2}(?:el )?brazo izquierdo|dolor (?:en|de) (?:el )?brazo izquierdo",
        r"(?:agarrandose|apretandose|sobandose|tocandose) el pecho|se (?:agarra|agarro|esta agarrando|aprieta|apreto) el pecho",
        accept=_is_not_a_label,
    ),
    _rule_es("chest_pain", MEDICAL,
             r"infarto|ataque (?:al|del) corazon|ataque cardiaco|angina de pecho",
             r"(?:tom\w*|puse|puso|use|uso|segunda|tercera|otra|dos|tres) (?:\w+ ){0,2}(?:nitro\w*)",
             accept=_is_real_event),
    # Trouble breathing, choking, blue lips, low oxygen.
    _rule_es(
        "breathing", MEDICAL,
        r"(?:no|casi no|apenas|ya no) (?:puedo|puede|podia|pudo|puedes|podemos|pueden) respirar(?! (?:bien )?por (?:la )?nariz)",
        # "no puede jalar aire" (Mexico: to breathe in)
        r"(?:no|casi no|apenas|ya no) (?:puedo|puede|podia|pudo|puedes|podemos|pueden) (?:jalar|agarrar|tomar|sacar) (?:bien )?(?:el )?aire",
        r"(?:me|le|te|nos|les) (?:falta|faltaba|esta faltando|cuesta|costaba|esta costando) (?:mucho |trabajo |mucho trabajo )?"
        r"(?:el |la )?(?:aire|respirar|respiracion|aliento)",
        r"falta de (?:aire|respiracion)|asfixi\w*",
        # a child's breathing: fast, with the ribs pulling in
        r"(?:se le|se les|le) (?:hunden|sumen|marcan|jalan) (?:las )?costillas|"
        r"(?:respira|respirando|respiracion) (?:muy |bien |super )?(?:rapido|agitad[oa]|con mucha dificultad|con ruido)",
        r"(?:(?:se|me|te) (?:esta|estoy|estas) ahogando|ahogandose|ahogandome|(?:se|me|te) (?:ahoga|ahogo|ahogaba))"
        r"(?! (?:con|en|de) (?:tanto|tanta|tantos|tantas|el|la|los|las|puro|pura|mis|sus)? ?(?:papeleo|papel|papeles|deudas|trabajo|"
        r"biles|bills|cuentas|tarea|tareas|llamadas|mensajes|formularios|tramites|calor)\b)"
        r"(?! en (?:\w+ )?(?:papel|papeles|deudas|trabajo|cuentas|biles|bills|papeleo|pendientes|problemas|tramites)\b)",
        r"(?:labios|boca|cara|unas|dedos|piel) (?:\w+ ){0,3}(?:morad[oa]s?|azul(?:es)?|azulad[oa]s?|gris(?:es)?)",
        r"(?:poniendo|puso|pone|puesto|volviendo|volvio) (?:\w+ )?(?:morad[oa]|azul|gris)",
        r"atragant\w*|(?:se (?:le|me|te) )?(?:atoro|atora|atoraba|quedo atorad[oa]) (?:\w+ ){0,3}(?:comida|pedazo|hueso|"
        r"pastilla|algo|garganta|carne|dulce|pan|moneda)|atorad[oa] en la garganta",
        r"(?:inhalador|nebulizador|bombita|bomba|pompa|puff|nebulizacion|albuterol) (?:\w+ ){0,3}no (?:le |me |nos )?"
        r"(?:hace nada|ayuda|sirve|funciona|hace efecto|esta ayudando|esta funcionando)",
        r"(?:ataque|crisis) (?:fuerte )?de asma|crisis asmatica|silb\w* (?:\w+ ){0,2}(?:el pecho|al respirar)",
        accept=_is_new_breathing_trouble,
    ),
    _rule_es("breathing", MEDICAL, r"(?:oxigeno|saturacion|oximetro) " + _READING_GAP + _READING_ES,
             accept=_is_low_oxygen),
    # Heavy or uncontrolled bleeding, vomiting or coughing blood.
    _rule_es(
        "bleeding", MEDICAL,
        r"no (?:\w+ ){0,2}(?:para|paraba|paro|deja|dejaba|dejo|detiene|detenia|detuvo|quita|quitaba|quito|quiere parar|"
        r"puedo parar|podemos parar|puedo detener|podemos detener|controla|controlo|controlamos|podemos controlar|puedo controlar) "
        r"(?:\w+ ){0,2}(?:de )?(?:sangrar|sangrando|el sangrado|la sangre|la hemorragia)",
        r"(?:sangrado|sangre|hemorragia|sangra|sangrando) (?:\w+ ){0,4}(?:no|ni) (?:\w+ ){0,2}(?:para|paraba|paro|deja|"
        r"detiene|detuvo|se para|se detiene|se quita|quita|se controla|cede|cedio|baja)",
        r"sangr(?:a|an|ando|o|aba|aron) (?:\w+ ){0,2}(?:mucho|muchisimo|demasiado|bastante|un chorro|a chorros|sin parar|"
        r"horrible|bien feo|un monton|por todos lados|por todas partes|como loco|sin control|y sangra|a borbotones)",
        r"sangre (?:\w+ ){0,3}(?:a chorros|a borbotones|chorreando|por todos lados|por todas partes|por todo el \w+|"
        r"por toda la \w+|en todo el \w+|en toda la \w+|por donde quiera|por dondequiera|sin parar|y mas sangre)|"
        r"chorros? de sangre|sale y sale sangre|sale mucha sangre",
        r"(?:vomit\w*|arroj\w*|devolv\w*|tos\w*|escup\w*|echando|echa|gomit\w*) (?:\w+ ){0,2}sangre|"
        r"(?:vomito|vomitos|popo|heces|excremento|evacuaciones?|flemas?|escupitajo|caca) (?:\w+ ){0,3}(?:con )?sangre|"
        r"sangre en (?:el |la |los |las |su |mi )?(?:vomito|popo|heces|excremento|flemas?|escupitajo|caca)|"
        r"(?:popo|heces|excremento|evacuaciones?|caca) (?:\w+ ){0,2}(?:negr\w*|como (?:chapopote|alquitran|cafe molido))|"
        r"(?:orinando|hace pipi con|orina con) sangre",
        r"hemorragia|desangr\w*",
        accept=_is_current_mention,
    ),
    _rule_es("bleeding", MEDICAL,
             r"(?:mucha|muchisima|demasiada|bastante|tanta|un charco de|charcos de|un monton de|litros de|un mar de|"
             r"cubiert[oa]s? de|llen[oa]s? de|empapad[oa]s? (?:de|en)|banad[oa]s? en|manchad[oa]s? de) sangre",
             accept=_is_not_a_blood_draw),
    _rule_es("bleeding", MEDICAL, r"sangr(?:a|an|ando|o|aba|aron|ado)",
             requires=_ANY_THINNERS),
    # bleeding that will not stop: "no para de salir sangre", "no deja de sangrar"
    _rule_es("bleeding", MEDICAL,
             r"no (?:para|paraba|deja|dejaba|ha parado|ha dejado) de (?:salir(?:le|me)? (?:la )?sangre|sangrar)|"
             r"(?:la )?sangre no (?:para|se detiene|se para|se quita|deja de salir)|"
             # ... the time it has gone on told between: "a mi mama le sangra la nariz desde hace media hora y no se detiene" (es_55)
             r"sangr(?:a|an|ando|e)\b(?: \w+){0,10}? y (?:todavia |aun |sigue y )?no (?:(?:se )?(?:le )?(?:para|detiene|quita|corta)|"
             r"(?:ha )?parad[oa]|deja)\b|"
             # ... or with faintness beside it: "le sangra la nariz a mi tia desde hace rato y ya se esta mareando" (its review)
             r"sangr(?:a|an|ando|e)\b(?: \w+){0,10}? y (?:ya )?se (?:esta|estan|sta) (?:mareando|desmayando|poniendo (?:palid[oa]|blanc[oa]))\b",
             accept=_is_not_a_blood_draw),
    # Falls: with a head injury, can't get up, a broken hip, or on blood thinners.
    _rule_es(
        "fall_head_injury", MEDICAL,
        r"(?:se (?:cayo|cae|esta cayendo|fue de boca|resbalo|tropezo)|me (?:cai|resbale|tropece)|nos caimos|se cayeron|"
        # just now: "mi mama se acaba de caer y se pego en la cabeza" (es_43); a person named before or after it, or the
        # writer, the reflexive fall. Not "el vaso se me acaba de caer", "acabo de caer en cuenta", "acaba de caer enfermo",
        # nor one denied or past ("... pero no se pego en la cabeza, esta bien", "... hace 2 semanas": the three reviews)
        r"(?:(?:ella|el|" + _ES_FALLER + r") (?:se (?:me )?acaba de (?:caer|resbalar)|acaba de (?:caerse|resbalarse))|"
        r"(?<=^ )(?:se (?:me )?acaba de (?:caer|resbalar)|acaba de (?:caerse|resbalarse)) (?:mi |su |el |la )?(?:" + _ES_FALLER + r")|"
        r"(?:yo )?me acabo de (?:caer|resbalar)|acabo de (?:caerme|resbalarme))"
        r"(?! en cuenta| en (?:depresion|el hospital)| enferm[oa]| hace (?:\d+|un|una|dos|tres) (?:dias?|semanas?|mes|meses|anos?))"
        r"(?!.{0,200}\b(?:no se (?:pego|golpeo|lastimo) (?:en la cabeza )?(?:y |ni |pero )?(?:ya )?esta bien|ya esta bien|ya se levanto)\b)|"
        r"tuvo una caida|sufrio una caida|fell) (?:\w+ ){0,12}(?:no (?:se |me |nos )?(?:puede|puedo|podemos|pudo|podia|pueden) "
        r"(?:levantar|parar|mover|pararse|levantarse|caminar|pisar|apoyar|mover\w*)|(?:pego|golpeo|pegue|golpee|dio|di) "
        r"(?:\w+ ){0,2}(?:en )?(?:la |su |mi )?(?:cabeza|frente|nuca|cara|craneo)|(?:rompio|rompi|quebro|quebre|fractur\w*)|"
        r"cadera|sangr\w*|inconsciente|desmay\w*|no responde|no despierta|perdio el conocimiento|confundid[oa]|vomit\w*|"
        r"no (?:se )?(?:levanta|para|mueve)|no contesta|como dormid[oa])",
        r"(?:se|me|te) (?:pego|golpeo|pegue|golpee|dio un golpe|dio un golpazo|dio un madrazo|di un golpe|di un golpazo) "
        r"(?:\w+ ){0,3}(?:en )?(?:la |su |mi )?(?:cabeza|frente|nuca|craneo) (?:\w+ ){0,8}(?:vomit\w*|confundid[oa]|"
        r"somnolient[oa]|no (?:despierta|responde|reacciona)|desmay\w*|sangr\w*|inconsciente|convuls\w*|mare\w*|"
        # drowsy said the everyday way: "... se pego en la cabeza, esta como media dormida" (es_43)
        # (not "ando media dormida, es temprano", "ahora esta bien dormido en su cama": the en_47 reviewers)
        r"(?:esta|se ve|la veo|lo veo) (?:como )?(?:medio|media|muy) (?:dormid[oa]|adormilad[oa]|atontad[oa]|id[oa])|como (?:dormid[oa]|id[oa])|"
        r"adormilad[oa]|atontad[oa]|no puede mantener los ojos abiertos|(?:tiene|le da|me da) mucho sueno|se quiere dormir|"
        r"no (?:se )?acuerda|perdio el conocimiento|dolor de cabeza (?:muy )?fuerte|peor dolor)",
        r"(?:se|me) (?:pego|golpeo|pegue|golpee) (?:muy )?(?:fuerte |duro )?(?:en )?(?:la )?(?:cabeza|nuca|frente) "
        r"(?:muy )?(?:fuerte|duro|contra el (?:piso|suelo|concreto|pavimento|escalon|lavabo|mueble)|en el (?:piso|suelo))",
        r"golpe (?:muy )?(?:fuerte )?en la cabeza (?:\w+ ){0,6}(?:vomit\w*|confundid[oa]|desmay\w*|inconsciente|sangr\w*|no despierta)",
        r"(?:se |me )?(?:cayo|cayeron|cai|rodo|rodaron) (?:de|por) (?:las|la|unas) (?:escaleras|escalera|gradas|escalones)",
        r"(?:tirad[oa]|desmayad[oa]|inconsciente) (?:\w+ ){0,2}(?:en el|en la|por el) (?:piso|suelo|banqueta|calle|bano|regadera)|"
        r"(?:lo|la|los) (?:encontre|encontramos|hallamos|halle|encontraron) (?:\w+ ){0,2}(?:tirad[oa]|en el piso|en el suelo|"
        r"inconsciente|desmayad[oa]|caid[oa])",
        r"no (?:lo|la|los) (?:puedo|podemos|pude|pudimos) levantar(?! (?:de la cama para|temprano)\b)",
    ),
    _rule_es("fall_head_injury", MEDICAL,
             r"se cayo|se cae|me cai|se resbalo|se tropezo|tuvo una caida|se fue de boca",
             requires=_ANY_THINNERS),
    # down in the tub and unable to get out (the English twin's class, a reviewer of the en_38 change): "mi mama se
    # resbalo en la regadera y no puede salir"; not "... una vez y ya no puede salir sola, ocupa una barra"
    _rule_es("fall_head_injury", MEDICAL,
             r"(?:se cayo|se resbalo|me cai|me resbale|se quedo atorad[oa]|esta atorad[oa]) (?:\w+ ){0,2}en la (?:tina|banera|"
             r"regadera|ducha) (?:\w+ ){0,4}no (?:puede|puedo|podemos|la puedo|lo puedo|la podemos) (?:salir|levantar\w*|sacar\w*)"
             r"(?!.*\b(?:una vez|sola|solo|barra|barras|silla|banco|asiento|hace|el ano pasado|antes)\b)"),
    # heard, not seen: "mi vecino se cayo y esta gritando pidiendo ayuda" (found by using it; en_28's
    # class in Spanish): a person fell, not "se cayo la señal"
    _rule_es("fall_head_injury", MEDICAL,
             r"(?:(?:vecin[oa]|mama|mami|ama|papa|papi|abuel[oa]|espos[oa]|herman[oa]|hij[oa]|tia|tio|senora|senor|ella|el) "
             r"(?:de (?:\w+ ){1,2})?se (?:cayo|cae|resbalo|tropezo) (?:\w+ ){0,6}(?:esta|sigue|se oye|la oigo|lo oigo|y) (?:\w+ )?"
             r"(?:gritando|quejandose|llorando|gimiendo|pidiendo (?:ayuda|auxilio))"
             r"|(?:se cayo|se cayeron) (?:\w+ ){0,6}no (?:puedo|podemos) (?:entrar|abrir la puerta|llegar a (?:ella|el))"
             # down and still there: "mi mama se resbalo de la cama y esta en el piso" (the English twin's class;
             # a reviewer of the en_36 change); not "... y estuvo en el piso una hora" (told as past)
             r"|(?:vecin[oa]|mama|mami|ama|papa|papi|abuel[oa]|espos[oa]|herman[oa]|hij[oa]|tia|tio|senora|senor|ella|el) "
             r"(?:de (?:\w+ ){1,2})?se (?:cayo|cae|resbalo|tropezo|deslizo) (?:\w+ ){0,6}(?:y )?(?:esta|sigue|se quedo|quedo) "
             r"(?:todavia |aun |ahi |ahorita )?(?:en el (?:piso|suelo)|tirad[oa])"
             # (not a building's floor, something done there, or up again: "sigue en el piso 3 esperando", "esta en el piso
             # riendose", "quedo en el piso pero ya la levantamos": a reviewer's finds)
             r"(?! ?\d| de (?:arriba|abajo|\w+ia|la clinica|el hospital))(?! (?:\w+ ){0,2}(?:haciendo|riendose|jugando|buscando|esperando))"
             r"(?!.*\b(?:ya (?:la|lo) levant\w+|ya se levanto|ya esta bien|ya se paro)))"
             r"(?!.*\bya (?:esta|se siente|se calmo) (?:bien|mejor|tranquil[oa])?)"),
    # Very high blood pressure: systolic >= 200, or >= 180 / 120 with a symptom.
    _rule_es("blood_pressure", MEDICAL, _BP_SINGLE_ES, accept=_is_bp_200_plus),
    _rule_es("blood_pressure", MEDICAL, _BP_SINGLE_ES, requires=_ES_BP_SYMPTOMS, accept=_is_bp_crisis_range),
    _rule_es("blood_pressure", MEDICAL, _BP_PAIR, requires=_ES_BP_SYMPTOMS, accept=_is_bp_crisis_range),
    _rule_es("blood_pressure", MEDICAL,
             r"presion (?:\w+ ){0,3}(?:altisima|por las nubes|por los cielos|hasta el cielo|peligrosamente alta|extremadamente alta)"),
    # A very fast or slow heart with symptoms; an implanted defibrillator shocking.
    _rule_es("heart_rhythm", MEDICAL,
             r"(?:corazon|pulso|latidos?|ritmo cardiaco|frecuencia cardiaca) " + _READING_GAP + _READING_ES,
             requires=_ES_HEART_SYMPTOMS, accept=_is_heart_rate_extreme),
    _rule_es("heart_rhythm", MEDICAL,
             r"corazon (?:\w+ ){0,2}(?:late|latiendo|palpita|palpitando|brinca|brincando|acelerado|va|anda) (?:\w+ ){0,2}"
             r"(?:rapidisimo|muy rapido|super rapido|bien rapido|demasiado rapido|a mil|como loco|desbocado|muy fuerte|"
             r"rarisimo|muy lento|lentisimo)"
             # ... or "acelerado" alone, with the symptom beside it: "siento el corazon bien acelerado y me estoy mareando,
             # que hago" (es_59)
             r"|corazon (?:muy |bien |super |demasiado |todo )?(?:acelerad[oa]|aceleradisimo|desbocado|a mil)",
             requires=_ES_HEART_SYMPTOMS),
    _rule_es("heart_rhythm", MEDICAL,
             r"(?:desfibrilador|dai|marcapasos) (?:\w+ ){0,3}(?:dio|disparo|descargo|da|dando) (?:\w+ ){0,2}"
             r"(?:descargas?|choques?|toques?|shock)"),
    # Fever during chemotherapy.
    _rule_es("neutropenic_fever", MEDICAL,
             r"(?:fiebre|calentura|temperatura|temp|termometro) " + _READING_GAP + _READING_ES,
             requires=_ES_CHEMO, accept=_is_fever),
    _rule_es("neutropenic_fever", MEDICAL,
             r"(?<!si )(?<!no )(?:tengo|tiene|tenia|con|le dio|me dio|le subio|me subio|le entro|me entro) (?:\w+ ){0,2}"
             r"(?:fiebre|calentura)|escalofrios",
             requires=_ES_CHEMO),
    # "No contesta" is mostly a phone not answered ("mi hija no contesta"): with a sign of collapse only.
    _rule_es("unresponsive", MEDICAL, r"no (?:me |nos |le |te )?contesta(?! bien)",
             # (or shaking or in a cold sweat: "mi mama esta temblando y no me contesta", the reviewer of the en_54 change)
             requires=r"\b(?:piso|suelo|cayo|desmay\w*|respira\w*|despierta|ojos|morad[oa]|palid[oa]|fri[oa]|tirad[oa]|se mueve|se movia|"
                      r"temblando|convulsion\w*|sudando frio)\b",
             accept=_is_person_es),
    # Speech gone wrong in a cold sweat or of a sudden: "mi hijo esta sudando frio y no habla bien" (the same reviewer's)
    _rule_es("stroke", MEDICAL, r"no (?:habla|puede hablar|esta hablando) bien",
             requires=r"\b(?:sudando frio|de repente|de la nada|cara (?:chueca|torcida|caida)|no puede mover|se le cae|boca chueca)\b",
             accept=_is_person_es),
    # Unresponsive, fainted, not breathing, no pulse.
    _rule_es(
        "unresponsive", MEDICAL,
        r"no (?:me |nos |le |te )?(?:despierta|despertaba|se despierta|quiere despertar|reacciona|reaccionaba|responde|"
        r"respondia|abre los ojos|respira|respiraba|esta respirando|estaba respirando)"
        r"(?! (?:tan |muy )?(?:temprano|a tiempo|a las|antes de las|hasta las)\b)"
        r"(?! (?:a |mis |los |las |el |la |sus |mi |su |ni |al |tus )?(?:mensajes?|llamadas?|textos?|correos?|emails?|"
        r"telefono|celular|whatsapp|tratamiento|quimio|medicina|medicamentos?|antibioticos?|terapia|preguntas?)\b)",
        rf"{_ES_PERSON} (?:\w+ ){{0,3}}(?:ya )?no se mueve",
        r"(?:se|me|te) (?:desmay(?:o|e|aste|aron|ando)|desvanec\w*)|(?:acaba|acabo|acabe|volvio|volvi|volvieron) (?:de|a) desmayar\w*|desmaya(?! (?:cuando|si|al ver|con|cada vez|facil\w*|"
        r"seguido|a veces)\b)|desmayad[oa]|inconsciente|sin conocimiento|perdio (?:el )?(?:conocimiento|sentido)|"
        r"se (?:le )?(?:fue|fueron) (?:el sentido|las luces)|colaps\w*|se cayo (?:redondo|redonda|desmayad[oa])|"
        r"se privo|se me privo|privad[oa]|sin pulso|no (?:tiene|le siento|le encuentro|le hallo) (?:el )?pulso|"
        r"(?:se le |le )?(?<!me )(?:paro|detuvo) el corazon|ya no (?:le )?late (?:el|su) corazon|dejo de respirar|"
        r"creo que (?:esta|se) muri\w*",
        accept=_is_person_es,
    ),
    _rule_es("unresponsive", MEDICAL, r"paro cardiaco|paro cardiorespiratorio|rcp|reanimacion", accept=_is_current_mention),
    # The sender says it is an emergency, asks for 911 or an ambulance, or is dying.
    _rule_es("explicit_emergency", MEDICAL, r"emergencias?", accept=_is_unnegated_current_mention),
    # (not an ambulance billed: "me quieren cobrar 3 mil dolares de una ambulancia, a quien le pido ayuda", es_68)
    _rule_es("explicit_emergency", MEDICAL, r"ambulancias?|paramedicos?",
             accept=lambda m: _is_current_mention(m) and not _BILLED_FOR_IT_ES.search(m.string, 0, m.start())),
    _rule_es("explicit_emergency", MEDICAL,
             r"(?:llamen|llame|llamar|llamo|llama|marquen|marque|llamamos|llamaron) (?:al|a la|a una|a los) (?:911|ambulancia|paramedicos)",
             accept=_is_call_for_help),
    _rule_es(
        "explicit_emergency", MEDICAL,
        r"auxilio|socorro|(?:manden|mandenme|mande|envien|envienme|mandar) (?:\w+ )?(?:ayuda|una ambulancia|paramedicos|"
        r"a alguien(?! (?:que|para) (?:me |nos |le )?(?:explique|expliquen|ayude con|ayuden con|hable|platique|visite|llame)))|"
        r"ayuda urgente|urgente ayuda|necesito ayuda (?:ya|ahora|rapido|urgente)",
        r"(?:me|se|te) (?:estoy|esta|estas) muriendo" + _ES_FIGURATIVE_DEATH,
        # (a thing, not a person: "creo que mi celular se esta muriendo", "creo que se esta muriendo el refri", en_66's reviewer)
        rf"(?:siento|creo|pienso|tengo miedo de|como) (?:que )?(?!(?:mi |el |la |su )?{_THINGS_THAT_DIE_ES} )"
        r"(?:(?:me voy a|se va a|me estoy|se esta|me vaya a|se vaya a) "
        rf"(?:morir|muriendo)(?! (?:el |la |mi |su )?{_THINGS_THAT_DIE_ES}\b)|me muero|se muere)" + _ES_FIGURATIVE_DEATH,
        accept=lambda m: not (" muri" in m.group() and _FIGURATIVE_CAUSE_BEFORE_ES.search(_context(m)[0]))
        and not _sent_to_help_at_home(m) and not _a_thing_dying_es(m),
    ),

    # A body gone purple with its air told (a reviewer of the en_46 change: "buscamos un tanque de oxigeno, a mi mama se le acabo
    # y esta morada")
    # (a person gone so, not a wall, the sky, a tank or an arm's bruise; their breathing told as failing: not "respira bien",
    # a second reviewer's finds)
    _rule_es("breathing", MEDICAL,
             r"(?:mama|papa|abuel[oa]|abuelit[oa]|esposo|esposa|hij[oa]|bebe|nene|nena|ella|el|viejit[oa]|senora|senor)\b(?: \w+){0,6}? "
             r"(?:esta|se ve|anda|quedo|se puso) (?:toda |todo |bien |muy )?(?:morad[oa]|azul)(?! (?:del|de la|de los|de las|en el|en la) )",
             requires=r"\b(?:oxigeno|no respira|respira (?:mal|poco|feo|raro)|le falta (?:el )?aire|ahog\w*|asfixi\w*|se le acabo)\b",
             accept=lambda m: _A_COLOUR_ASKED_ES.search(m.string) is None),
    # A home burning with someone still inside (the same reviewer's: "se quemo la casa y mi papa sigue adentro")
    # (a home on fire, not a meal, a bulb or a hand; not after it: "despues del fuego mi mama esta dentro de un refugio",
    # a second reviewer's finds)
    _rule_es("fire", DANGER,
             r"(?:se (?:esta )?(?:quemo|quemando|incendio|incendiando) (?:la|mi|su|el|nuestra|nuestro) (?:casa|depa|departamento|apartamento|"
             r"cuarto|edificio|traila|traila|cocina|edificio)|(?:hay (?:un )?)?incendio (?:en|de) (?:la|mi|su|el) \w+|hay fuego en \w+) "
             r"(?:\w+ ){0,8}?(?:(?:sigue|siguen|esta|estan|quedo|quedaron) (?:adentro|dentro|atrapad[oa]s?|encerrad[oa]s?)|no (?:ha|han) salido)"
             r"(?! (?:de|en) (?:un|una|el|la) (?:refugio|albergue|hotel))",
             accept=lambda m: _FIRE_OVER_ES.search(m.string) is None),
    # Someone who no longer knows the writer, with a fever (the same reviewer's: "she doesnt know who i am and is burning up")
    # (one's own person, not "the nurse doesnt know who i am"; not a fever gone: "mom had a fever last week and still doesnt know
    # who i am, dementia is cruel", "... his fever broke"; dementia does not quiet it: a new fever in it is the emergency)
    _rule("confusion", MEDICAL, rf"{_CLOSE_ONE} (?:\w+ )?{_DOES_NOT_KNOW_ME}",
          requires=r"\b(?:burning up|fever|feverish|hot to the touch|temp(?:erature)? (?:of )?10[1-6]|10[1-6](?:\.\d)? (?:fever|temp))\b",
          accept=lambda m: _FEVER_GONE.search(m.string) is None),
    # ... or told as new: "mi mamá no me reconoce y está confundida, ella nunca ha sido así" (the en_75 reviewer's)
    _rule_es("confusion", MEDICAL, r"no (?:me|nos|la|lo) (?:reconoce|conoce|recuerda)|no sabe (?:donde esta|quien soy)",
             requires=r"\b(?:nunca ha sido asi|nunca habia estado asi|no es normal en (?:ella|el)|no es (?:asi|como es) (?:ella|el)|"
                      r"de repente|desde (?:hoy|esta manana|la manana)|ayer estaba bien)\b",
             accept=lambda m: _CONFUSION_EXPLAINED.search(m.string, max(0, m.start() - 300), m.end() + 300) is None),
    _rule_es("confusion", MEDICAL, r"no (?:me|nos|la|lo) (?:reconoce|conoce|recuerda)|no sabe (?:donde esta|quien soy)",
             requires=r"\b(?:fiebre|calentura|ardiendo|hirviendo|temperatura (?:de )?(?:39|40|41|10[1-6]))\b",
             accept=lambda m: _FEVER_GONE.search(m.string) is None),
    # ... or with the start told as today: "mom is really confused and doesn't know who I am. this started this morning"
    # (en_49; sudden confusion is a stroke's or an infection's sign, with dementia or without; not after a nap, surgery or a
    # flight, a bad line, a game, or asked about: its reviewer's finds. Its reviewer also found that a veto here quiets the
    # model's own emergency guess (`explained_away`), so words of how she usually is do not veto it)
    _rule("confusion", MEDICAL,
          rf"(?:{_CLOSE_ONE}|my (?:grandmother|grandfather)|my moms|my dads|moms|dads) (?:is |s |seems |is acting |woke up )?"
          rf"(?:(?:really|very|so|all|suddenly|super|totally|completely) )?(?:confused|not making sense|out of it)(?: and)? (?:\w+ )?"
          rf"{_DOES_NOT_KNOW_ME}",
          requires=_CONFUSION_NEW,
          accept=lambda m: _CONFUSION_EXPLAINED.search(m.string, max(0, m.start() - 300), m.end() + 300) is None),
    # ... or without the word "confused": "grandpa keeps asking who i am, hes never been like this, he was fine yesterday"
    # (the en_75 reviewer's)
    _rule("confusion", MEDICAL, rf"(?:{_CLOSE_ONE}|my (?:grandmother|grandfather)|grandpa|grandma) (?:\w+ )?{_DOES_NOT_KNOW_ME}",
          requires=_CONFUSION_NEW,
          accept=lambda m: _CONFUSION_EXPLAINED.search(m.string, max(0, m.start() - 300), m.end() + 300) is None),

    # --- English medical rules ------------------------------------------------
    # Violence and accidents: shot, stabbed, hurt badly in a crash.
    _rule("injury", MEDICAL,
          r"(?:got|been|was|were|is|are|just got|has been|getting|have been) (?:shot|stabbed)|gunshot|gun shot|stab wound",
          rf"(?:accident|crash|wreck|hit by a (?:car|truck|bus)) {W8}(?:hurt|injured|bleeding|unconscious|trapped|pinned)(?: (?:bad|badly|real bad|really bad))?",
          rf"(?:hurt|injured) (?:bad|badly|real bad|really bad) {W8}(?:accident|crash|wreck)",
          accept=_is_not_worn_out),
    # Something swallowed that burns or blocks: button batteries, magnets, cleaning products.
    # Pills for pain, sleep or nerves, many of them, with drink: "i mixed all my oxy with vodka just now" (the reviewer of the
    # en_63 change)
    _rule("overdose", MEDICAL,
          r"(?:mixed (?:all |a bunch of |some )?(?:(?:my|her|his|the) )?|(?:took|swallowed|downed|popped) (?:all|a bunch|a handful|a lot|"
          r"the whole bottle|\d{2,})(?: of)?(?: (?:my|her|his|the))? )(?:oxy\w*|xanax|percocets?|vicodin|norco|opioids?|pain pills|"
          r"sleeping pills|valium|ativan|klonopin|fentanyl|morphine|tramadol|benzos?|pills) (?:\w+ ){0,2}(?:with|and|w) (?:a lot of |a bunch of |some |a bottle of |"
          r"half a bottle of |a fifth of )?(?:vodka|alcohol|liquor|whiskey|whisky|booze|tequila|rum|gin|beers|wine)",
          accept=lambda m: _is_live(m) and not _QUESTION_WORDS_BEFORE.search(m.string, 0, m.start() + 1)),
    _rule("overdose", MEDICAL,
          rf"(?:swallowed|ate|drank|drunk|chewed|got into) {W5}(?:button batter(?:y|ies)|batter(?:y|ies)|magnets?|bleach|detergent pods?|laundry pods?|tide pods?|drain cleaner|antifreeze|lye)",
          # "drank something from the bottle under the sink, its bleach": the product named later
          rf"(?:swallowed|drank|drunk|drinking|ate|got into) (?:something|stuff|some stuff|whatever|from the wrong \w+|from a \w+|from the \w+) {W8}"
          r"(?:bleach|antifreeze|drain cleaner|lye|ammonia|rat poison|weed killer|bug spray|lighter fluid|gasoline)",
          r"(?:swallowed|drank|drunk|drinking|got into) (?:something|stuff|some stuff|whatever|the stuff|the bottle|a bottle) "
          r"(?:\w+ ){0,3}under the (?:kitchen |bathroom )?sink"),
    # Overdose or poisoning: too much medicine at once, accidental or not.
    _rule(
        "overdose", MEDICAL,
        r"overdos\w*(?! of (?:paperwork|work|homework|information|info|bills|forms|emails|meetings|drama|cuteness|tv)\b)",
        rf"(?:took|taken|swallowed|gave|given|injected|used|ingested) {W1}too (?:much|many)",
        rf"(?:took|taken|swallowed|ate|eaten|drank|downed|chugged|finished|emptied|had|popped) {W3}(?:whole|entire|full) {W1}(?:bottle|pack|packet|box|strip|blister pack|container|jar|supply)",
        rf"(?:whole|entire) bottle {W3}(?:is )?(?:gone|empty|missing)",
        rf"(?:took|taken|swallowed|ate|popped|downed) {W3}(?:whole|entire|full) (?:week|weeks|month|day|days)(?: worth)? of {W2}{_MEDS}",
        # every slot of the pill box at once: "dad emptied every slot in his pillbox and took them all together" (a reviewer)
        r"(?:emptied|took|swallowed|finished) (?:every|all the|all of the|the whole|all \w+) (?:slots?|compartments?|days?|boxes) "
        r"(?:in|of|from) (?:his|her|my|the|their) (?:pill ?box|pill organizer|organizer|pill case)",
        # "I accidentally took my whole weeks pills from the organizer" (en_60)
        rf"(?:took|taken|swallowed|ate|popped|downed) (?:\w+ ){{0,2}}?(?:whole|entire|full) (?:weeks|months|days) {W1}{_MEDS}"
        r"(?! (?:to|with|into|back|in|out|for)\b)",  # (not carried: "... to the pharmacy to check")
        rf"(?:took|taken|swallowed|popped|downed) all (?:of )?(?:my|his|her|their|the|them|those|these)(?! out\b)(?! (?:morning|evening|night|nighttime|bedtime|afternoon|noon|lunchtime|daily|regular|usual|am|pm|\d+ ?(?:am|pm|oclock)) ){_AS_USUAL_AFTER}",
        rf"handful of {_WHOSE}{W2}{_MEDS}",
        rf"(?:took|taken|swallowed|popped|ate|downed) (?:a whole bunch|a bunch|a lot|lots|a ton|tons|several|many|a handful|a whole lot) of {_WHOSE}{W2}{_MEDS}",
        rf"swallowed (?:like |about |maybe |around )?(?:some|a few|\d+) of {W3}{_MEDS}",
        # a small child and someone's pills: "my kid swallowed some of my grandmothers heart pills"
        rf"(?:kid|child|baby|toddler|grandbaby|little one|little boy|little girl|\d+ (?:yr|year|years) old) {W3}"
        rf"(?:swallowed|ate|eaten|got into|chewed|chewing|eating|swallowing) {W5}{_MEDS}",
        rf"(?:got into|ate|eaten|chewed) (?:some of |a bunch of |a few of |all of |a lot of |lots of |\w+ of )?(?:my |his |her |the |their |your |\w+s )?(?:\w+ ){{0,2}}{_MEDS}",
        rf"took (?:like |about |maybe |around |over )?(?:\d{{2,}}|[5-9]|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens) (?!(?:mg|mgs|milligrams|mcg|ml|units)\b)(?:of (?:my|his|her|the|them|those|these) ?)?{W1}{_MEDS}{_AS_USUAL_AFTER}",  # (not "took 6 pills this morning like always")
        r"took (?:\d{2,}|[5-9]|five|six|seven|eight|nine|ten|twenty) of (?:them|those|these)",
        rf"(?:drank|swallowed|ate|ingested|drinking) {W3}(?:bleach|antifreeze|poison|detergent|tide pods?|cleaner|drain cleaner|lighter fluid|gasoline|rat poison|windshield|"
        r"cleaning (?:stuff|product|products|liquid|solution|fluid|spray))",
        r"poisoned",
    ),
    _rule("overdose", MEDICAL, r"(?<!number for )(?<!number to )(?<!numbers for )(?<!number )(?<!number is )poison control",
          accept=lambda m: not _a_number_to_keep(m)),
    # Insulin doubled or many units too many: low sugar is coming, symptoms or not.
    _rule(
        "overdose", MEDICAL,
        # twice by mistake (not "insulin twice a day, as the doctor said")
        rf"(?:took|gave|injected|did|shot|used|put in) {W3}(?:insulin|lantus|glargine|novolog|humalog|levemir) {W3}(?:twice|two times|2 times)"
        r"(?= .*\b(?:by accident|by mistake|accidentally|accidently|forgot (?:i|she|he) already|didnt remember)\b)",
        r"(?:double|twice) (?:the |my |her |his )?(?:dose of )?(?:insulin|lantus|glargine|novolog|humalog)",
        r"(?:\d{2,}|twenty|thirty|forty|fifty) (?:extra|too many|more) units|(?:extra|too many) units of (?:insulin|lantus)",
    ),
    _rule("overdose", MEDICAL, _UNITS_INSTEAD, requires=_DIABETES + r"|\bunits\b", accept=_is_many_units_too_many),
    # Accidental double / triple dose counts only together with symptoms.
    _rule(
        "overdose", MEDICAL,
        rf"(?:double|triple|doubled|tripled|extra) {W1}(?:doses?|dosage|dosed)",
        rf"(?:took|taken|gave|given|had|injected) {W2}(?:two|three|2|3) {W1}doses",
        r"(?:double|triple|doubled|tripled) up",
        rf"(?:took|taken|gave|given|injected) {W8}(?:twice|(?:two|three|four|five|six|[2-9]) times|again by mistake)",
        rf"(?:took|taken|gave|given|swallowed|used|injected|applied|put on) {W8}at (?:once|the same time|one time)",
        rf"(?:\d+|two|three|four|five|six|seven|several|a few|a couple|a|a whole) (?:days?|weeks?|doses|nights?|mornings?) (?:worth )?of {W3}{_MEDS}",
        r"(?:took|taken|swallowed|popped) all (?:of )?(?:my|his|her|their)",
        # "the pill box is empty and mom's confused, i think she took them all"
        r"(?:took|taken|swallowed|popped|downed) (?:them|those|these) all(?! out\b)(?! (?:\w+ ){0,4}(?:today|this morning|tonight|"
        r"yesterday|this week|for the week|like (?:im|i am|shes|she is|i was) supposed to|on time|as prescribed|as directed|with (?:my |her |his )?(?:breakfast|lunch|dinner|supper|food|water)|"
        r"like (?:always|usual|normal)|as (?:usual|always)))",
        r"(?:accidentally|by accident|by mistake) (?:took|taken|gave|given|injected)",
        r"(?:took|taken|gave|given|had) (?:a )?(?:double|triple) (?:dose )?(?:of )?(?:her |his |my |their |the )?\w+",
        # "took like 10 of my carvedilol": many of one's own pills, whatever the drug is called
        r"(?:took|taken|swallowed|popped) (?:like |about |maybe |around |over )?(?:\d{2,}|[5-9]|five|six|seven|eight|nine|"
        r"ten|twelve|fifteen|twenty) of (?:my|his|her|their|the|mom s|dad s|moms|dads) \w+",
        r"handful of (?:my|his|her|their|the|mom s|dad s|moms|dads) \w+",
        # "took a handful of carvedilol" (a drug by name; not "ate a handful of chips")
        r"(?:took|taken|swallowed|popped|downed|gave|given) (?:her |him |them )?(?:like |about |maybe )?a handful of \w+",
        # "her pill box is empty and it was full this morning, she's drowsy" (emptied since it
        # was full: not "my pill box is empty, need a refill")
        rf"(?:pill ?box|pill organizer|pill case|pill bottle|bottle of (?:pills|meds)) {W3}(?:empty|emptied|gone) {W5}full",
        rf"(?:pill ?box|pill organizer|pill case|pill bottle|bottle of (?:pills|meds)) {W3}full {W5}(?:empty|emptied|gone)",
        # ... or emptied and all of it taken: "I found mom's pill box empty, she took all of them this morning. she's woozy"
        # (en_66); not the week's doses taken as meant ("... took them all this week like im supposed to")
        rf"{_PILLS_HELD} {W3}(?:empty|emptied|gone) {W5}{_TOOK_ALL_OF_IT}{_NOT_AS_MEANT}",
        rf"{_TOOK_ALL_OF_IT} {W5}{_PILLS_HELD} {W3}(?:is |was )?(?:empty|emptied|gone){_NOT_AS_MEANT}",
        requires=_OD_SYMPTOMS,
    ),
    # Dangerous blood sugar: numbers < 55 or > 400 mg/dL with a sugar word.
    _rule("blood_sugar", MEDICAL, _SUGAR_WORDS + " " + _READING_GAP + _READING, accept=_is_dangerous_sugar),
    # ... or a fasting reading told in Spanish: "ayunas 40", "me salio 45 en ayunas"
    # (or beside insulin or a sign: "le doy mas insulina? le salio 500 y tiene mucha sed y esta muy dormida", silent until
    # a second reviewer of the en_35 change found it)
    _rule("blood_sugar", MEDICAL, r"(?:ayunas|salio|sale|marco|marca) (?:\w+ ){0,3}" + _READING, accept=_is_dangerous_sugar,
          requires=r"\b(?:ayunas|azucar|glucosa|glucometro|insulina|dormid[oa]|sudando|temblando|confundid[oa]|no contesta|"
                   r"mucha sed)\b"),
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
        rf"(?:half|one side) (?:of )?(?:\w+ )?(?:face|body) {W3}(?:numb|droop\w*|weak|paralyzed|dead|tingling|frozen|sagging|hanging|slack|fallen)",
        rf"(?:droop\w*|sagging|crooked|lopsided|paralyzed) {W3}(?:face|mouth|smile|lip|eye|cheek)",
        r"slurr?(?:ed|ing|s)",
        rf"(?:speech|talking|words|speaking|voice) {W3}(?:slurred|garbled|jumbled|mumbled|weird|funny|strange|wrong|mixed up|gibberish|nonsense|not right|drunk)",
        r"(?:talk\w*|sound\w*|speak\w*) (?:like (?:hes|shes|im|theyre|he is|she is|i am) )?drunk",
        # (not "my son cant talk right now, hes at work": busy, not speechless)
        rf"{_PERSON} {W2}(?:cant|couldnt|unable to|struggling to|having trouble) (?:talk|speak|get (?:his|her|the) words out|find (?:his|her|the) words|understand)"
        r"(?! (?:right )?now\b| at the moment| rn\b| (?:hes|shes|he is|she is|theyre) (?:at|in|busy|driving|working))",
        r"cant (?:get (?:my|the) words out|find (?:my|the) words|form words)",
        # ("they" has its own rule below: a paper's "they" is not a person's)
        rf"(?!(?:they|theyre|them)\b){_PERSON} {W2}{_NO_SENSE}",
        rf"(?:words|speech|talking|sentences) {W3}(?:stopped|not|isnt|arent|doesnt|dont|quit) mak\w* (?:any )?sense",
        r"(?:cant|couldnt|unable to) (?:smile|move (?:his|her|my|their) (?:face|mouth|lips?)) (?:on|with) (?:one|the (?:left|right)) side",
        rf"(?:sudden|suddenly|all of a sudden|out of nowhere|came on fast) {W5}(?:numb\w*|weak\w*|limp|paralyzed|confus\w*|dizz\w*|cant see|blind|vision|cant walk|cant stand|lost (?:his |her |my )?balance|off balance|headache|cant speak|cant talk|droop\w*|slurr\w*)",
        rf"(?:numb\w*|weak|weakness|confus\w*|dizz\w*|blind|droop\w*|slurr\w*) {W5}(?:suddenly|all of a sudden|out of nowhere)",
        r"worst headache|thunderclap",
        rf"cant see out of (?:one|my|his|her|the) {W1}eye",
        # the Spanish twin of es_38's "deje de ver de un ojo": "i stopped seeing out of one eye" (not from a known cause:
        # "... from macular degeneration, are there talking clocks", a reviewer's find)
        rf"(?:(?:stopped|quit) (?:being able to )?(?:seeing|see) (?:out of|out|in|with|from) (?:one|my|his|her|the|that) {W1}eye|"
        rf"went blind in (?:one|my|his|her|the|that) {W1}eye)"
        r"(?!.*\b(?:macular|degeneration|diabetes|glaucoma|cataracts?|years ago|since (?:19|20)\d\d|surgery|because of|born|"
        r"long time ago|long ago|decades?|years|in the war|as a (?:kid|child|boy|girl)|since i was)\b)",
        rf"(?:lost|losing) {W2}(?:vision|sight) (?:in|out of) (?:one|his|her|my|the)",
        rf"(?:having|think|thinks|maybe|might be|could be|is it|is this|like) {W3}(?:mini )?stroke",
        accept=_is_not_a_label,
    ),
    # "they" making no sense, unless they are papers, bills or instructions named just before:
    # "my discharge papers, they dont make sense to me" (en_27)
    # a tumble, then stuck on the floor: "took a tumble in the kitchen, I'm OK I think but I can't get off the floor" (en_69)
    _rule("fall_head_injury", MEDICAL,
          r"(?:cant|can not|cannot|unable to|couldnt|could not) (?:get|pull (?:my|her|him)self|push (?:my|her|him)self) "
          r"(?:up )?(?:off|up from) (?:the|my|her|his) (?:floor|ground|bathroom floor|kitchen floor)(?! yet\b)",
          # (not a baby who cannot yet, nor a fall told as last year's: the reviewer of the en_69 change)
          accept=lambda m: _is_live(m) and _A_BABY.search(m.string) is None
          and not (_PAST_RE.search(m.string) and not _NOW_RE.search(m.string))),
    # a mouth that will not work, a drink running out of it: "I feel strange my mouth doesnt work right and the tea spilled
    # out" (en_69)
    _rule("stroke", MEDICAL,
          r"(?:my|her|his|moms|dads) (?:mouth|lips?|face|tongue) (?:\w+ )?(?:doesnt|does not|wont|will not|isnt|is not|aint) "
          r"(?:work|working|move|moving)(?: right)?",
          r"(?:tea|coffee|water|drink|juice|soup|food|milk) (?:\w+ ){0,2}(?:spilled|spilling|dribbl\w*|drool\w*|came|coming|running|"
          r"ran|falling|fell) out (?:of )?(?:my|her|his|the side of (?:my|her|his) )?(?:mouth)?",
          requires=r"\b(?:mouth|lips?|face|tongue|strange|weird|funny|droop\w*|numb|slurr\w*|cant talk|words)\b",
          # (not a mouth numbed at the dentist, nor a baby's: the reviewer of the en_69 change)
          accept=lambda m: _is_live(m) and _NUMBED_OR_A_BABY.search(m.string) is None),
    _rule("stroke", MEDICAL, rf"(?:they|theyre|them) {W2}{_NO_SENSE}",
          accept=lambda m: _is_not_a_label(m) and not _papers_that_make_no_sense(m)),
    # Sight gone blurry, dark or double together with a limb or the face that stopped working, in either order:
    # "everything went blurry and my leg wont work" (en_45). Not from a known cause ("after the eye drops", a leg
    # asleep) nor told long ago.
    _rule("stroke", MEDICAL,
          rf"{_SIGHT_GOING} {W8}{_FAILING_LIMB}", rf"{_FAILING_LIMB} {W8}{_SIGHT_GOING}",
          accept=lambda m: not _A_KNOWN_CAUSE_OF_BLUR.search(m.string) and not _told_long_ago(m.string, m.start())),
    # Cold with no heat and the body failing to warm, a danger where one lives like the others of its group: "no heat in my
    # apartment and its below zero, i cant stop shaking and i cant get warm" (en_45). Not a cold house alone, nor shivering
    # from a fever with the heat on.
    _rule("danger", DANGER,
          rf"{_NO_HEAT} (?:\w+ ){{0,12}}{_CANT_WARM}", rf"{_CANT_WARM} (?:\w+ ){{0,12}}{_NO_HEAT}",
          accept=_cold_not_chosen_nor_past),
    # ... or at a deadly cold outside, the writer freezing: "the heat has been off for 3 days and its below zero, i'm
    # freezing in here" (en_59). Not a cold house on a mild day, and not told long ago.
    _rule("danger", DANGER,
          rf"{_NO_HEAT} (?:\w+ ){{0,12}}{_BELOW_ZERO}", rf"{_BELOW_ZERO} (?:\w+ ){{0,12}}{_NO_HEAT}",
          requires=r"\b(?:freezing(?! to death)|so cold|too cold|shaking|shivering|cant get warm|blankets|on oxygen|alone|"
                   r"(?:im|i am|shes|hes|she is|he is|mom is|dad is) [6-9]\d|degrees (?:in|inside))\b",
          accept=_cold_not_chosen_nor_past),
    # ... in Spanish: "se fue la luz y no hay calefaccion, mi abuelita no deja de temblar y no se calienta" (a reviewer's
    # find); not a cold day with the heat on, nor a bill for the gas
    _rule_es("danger", DANGER,
             rf"{_NO_HEAT_ES} (?:\w+ ){{0,12}}{_CANT_WARM_ES}", rf"{_CANT_WARM_ES} (?:\w+ ){{0,12}}{_NO_HEAT_ES}",
             accept=lambda m: not _COLD_ON_PURPOSE_ES.search(m.string)),
    # One limb gone weak with a sign of now beside it: "she sat back down and was ok but now shes confused and one arm is
    # weak" (the review of the en_59 change); not an old weakness told ("one arm is weak since my stroke in 2019": `_is_live`)
    _rule("stroke", MEDICAL, r"one (?:arm|leg|hand|side) (?:is |went |feels |got |has gone |suddenly )?(?:so |real |really )?"
          r"(?:weak|numb|limp|heavy|dead|paralyzed)\b",
          requires=r"\b(?:now|suddenly|all of a sudden|just (?:now|started|happened)|confused|slurr\w*|droop\w*|cant talk|"
                   r"cant speak|out of nowhere)\b"),
    # Weakness, numbness or heaviness of one limb / one side (not an old deficit).
    _rule(
        "stroke", MEDICAL,
        rf"(?:numb|numbness|weak|weakness|tingling|paralyzed|heavy|dead|limp|cant feel|cant move) {W5}(?:one side|left side|right side|half (?:of )?(?:his |her |my |the )?(?:body|face))",
        rf"(?:arm|leg|hand|side|face) {W2}(?:suddenly |just )?(?:went|gone|going) (?:limp|numb|dead|weak|paralyzed)|(?:arm|leg|hand) {W2}(?:is |feels |went )?limp",
        rf"(?:left|right) (?:arm|leg|side|hand|foot|face) {W5}(?:numb|weak|limp|heavy|paralyzed|dead|droop\w*|useless|not work(?:ing)?\b|"
        r"(?:wont|doesnt|will not|stopped) w(?:o|e)?rk(?:ing)?\b"
        r"(?! (?:\w+ ){0,5}(?:anymore|arthritis|lately|these days|like it used to|neuropathy|carpal|tremor))|wont move|cant move|gave out)",
        rf"(?:numb|numbness|weak|weakness|paralyzed|paralysis|tingling|heavy|heaviness) {W2}(?:in |on )?(?:my |his |her |their |the )?(?:left|right) (?:arm|leg|side|hand|face|foot)",
        rf"cant {W2}(?:move|lift|raise|feel|use|hold up) {W2}(?:arms?|legs?|hand|side|face|foot)",
        # "my hand wont work", "cant type right": a hand that stopped obeying (SMS typos included)
        r"(?:(?<=^ )|my |his |her )(?:left |right )?(?:hand|arm|fingers) (?:wont|doesnt|will not|isnt|is not|not|stopped|cant) "
        r"(?:wrk|werk|work|working|move|moving|grip|grab|hold|cooperate)"
        r"(?! (?:\w+ ){0,5}(?:anymore|arthritis|lately|these days|like it used to|neuropathy|carpal|tremor))",
        # the face strange on one side: "my face feels funny on one side" (the twin of es_26's "la cara se me
        # siente chistosa de un lado")
        rf"(?:face|mouth|lip|lips|cheek|tongue) {W3}(?:funny|weird|strange|off|different|heavy|tingly|tingling|asleep) "
        r"(?:\w+ ){0,2}(?:on )?(?:one|the (?:left|right)|my (?:left|right)|her (?:left|right)|his (?:left|right)) side"
        + _NOT_A_STROKE_CAUSE,
        # "fingers dont go wher i want an my face feels funy" (en_28): not obeying, with the face
        r"(?:hand|hands|arm|fingers|leg) (?:dont|wont|doesnt|will not|wouldnt) (?:go|move) where (?:i|she|he) (?:want|wants|tell|tells)"
        r"(?=.*\b(?:face|mouth|smile|lip|cheek) (?:\w+ )?(?:feels?|is|looks?|went|gone|droop\w*|numb|funny|weird|tingl\w*|crooked|heavy)\b)"
        r"(?!.*\b(?:arthritis|parkinson\w*|neuropathy|tremors?|always|for years)\b)",
        accept=_is_sudden_deficit,
    ),
    _rule("stroke", MEDICAL,
          r"stroke(?! of (?:luck|genius|midnight|fate|the pen|brilliance|insight))",
          accept=_is_real_event),
    # Chest pain / pressure / tightness and heart attack.
    _rule(
        "chest_pain", MEDICAL,
        rf"chest {W5}(?:pains?|painful|hurts?|hurting|ache|aches|aching|pressure|tight\w*|squeez\w*|heavy|heaviness|crush\w*|burning|discomfort|killing|stabbing|sharp|elephant)",
        rf"(?:pains?|pressure|tightness|squeezing|crushing|heaviness|ache|aching|discomfort|hurting|hurts|weight|elephant|burning) {W3}(?:in|on|across|around|of|under|behind) (?:my |his |her |the |their |your )?(?:chest|breastbone|sternum)",
        rf"chest {W5}(?:sitting|standing) on|(?:clutch\w*|grabb\w*|holding) (?:his |her |my |their )?chest",
        r"heart (?:hurts|is hurting|pains?)",
        r"(?:arm and jaw|jaw and (?:left )?arm)|left arm (?:\w+ )?(?:pain|hurts|hurting|aching|ache)",
        rf"pain {W2}(?:radiat\w*|spreading|shooting|going|moving|travel\w*) (?:down|up|into|to) (?:my |his |her |the )?(?:left )?(?:arm|jaw|neck|shoulder|back)",
        rf"(?:having|think|thinks|maybe|might be|could be|is it|is this|like|feels like) {W3}heart attack",
        rf"nitro\w* {W3}(?:not|isnt|didnt|doesnt|wont|no) {W1}(?:help\w*|work\w*|do anything)",
        accept=_is_not_a_label,
    ),
    _rule("chest_pain", MEDICAL, r"heart attack|angina|cardiac event", accept=_is_real_event),
    # "pain going up into my jaw and I feel sick to my stomach, never felt this before" (en_30): the jaw, with a sign
    # beside it, and no tooth, ear or joint to explain it (a reviewer's finds: "my tooth pain is going up into my jaw")
    _rule("chest_pain", MEDICAL,
          r"(?:pain|pressure|ache|tightness) (?:\w+ ){0,2}(?:going|moving|spreading|shooting|radiating) up (?:into|to) "
          r"(?:my |his |her |the )?jaw",
          requires=r"\b(?:sick|nause\w*|sweat\w*|chest|short of breath|breath\w*|dizzy|never felt|left arm)\b",
          accept=lambda m: _is_not_a_label(m) and not _DENTAL_OR_JOINT.search(m.string)),
    # Sweating with a grey or ashen colour: shock or a heart attack ("hes sweating and grey and clammy": it fired
    # nothing until en_30's tuning found it; not "broke out in a cold sweat when i saw the bill")
    _rule("shock_signs", MEDICAL,
          rf"(?:sweating|sweaty|clammy|drenched|cold sweat) {W5}{_GREY_NOW}",
          rf"{_GREY_NOW} {W5}(?:sweating|sweaty|clammy|drenched|cold sweat)",
          accept=lambda m: _is_not_a_label(m) and not _GREY_WEATHER.search(m.string)),
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
          # "heart feels like its skipping and fluttering and im real dizzy rite now" (en_34; not "... but im not dizzy")
          r"heart feels? like (?:its|it is) (?:skipping|fluttering|racing|pounding|flip flopping)(?!.*\bnot (?:\w+ )?dizzy\b)|"
          rf"heart {W2}(?:racing|pounding|thumping|fluttering|flip flopping|beating (?:so |really |super |very )?(?:fast|hard|out of)|going (?:crazy|a mile a minute)|"
          # "my heart is skipping and my muscles are twitching ... very weak all over" (en_26)
          r"skipping|jumping around|out of rhythm)|"
          # "palpitations really bad and sweating buckets right now" (the en_74 reviewer's)
          r"palpitations (?:are |r )?(?:really |so |very |super )?(?:bad|strong|awful|terrible)",
          requires=_HR_SYMPTOMS, accept=_not_a_workout_ended_well),
    # ... "mi corazon late muy rapido y no se calma con nada" (the reviewer of the en_68 change)
    _rule_es("heart_rhythm", MEDICAL,
             r"corazon (?:me |le )?(?:late|palpita|esta latiendo|anda) (?:muy |bien |super )?(?:rapido|fuerte|acelerado|a mil) "
             r"(?:\w+ ){0,3}(?:y )?no (?:se )?(?:calma|baja|para|detiene|quita|le baja|me baja)",
             accept=_is_live),
    # ... or one that will not settle, at rest: "my heart is racing and wont slow down ive been sitting in my chair for an
    # hour" (en_68)
    _rule("heart_rhythm", MEDICAL,
          rf"hearts? {W2}(?:racing|pounding|beating (?:so |really |super |very )?(?:fast|hard)|going (?:like )?crazy)(?: \w+){{0,5}}? "
          r"(?:and )?(?:it )?(?:(?:wont|will not|doesnt|isnt|hasnt|wouldnt) (?:slow\w*|calm\w*|settl\w*|stop\w*|come down)|"
          r"nothing (?:makes|will make|helps) it (?:stop|slow|calm))",
          accept=_is_live),
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
    # A very high fever with confusion (any patient): "fever of 104 and im so confused"
    _rule("neutropenic_fever", MEDICAL,
          r"(?:fever|temp|temperature) (?:of |is |at |was |reading |says |hit |up to )?(?:10[3-9]|11\d)(?:\.\d)?(?! ?(?:c|celsius)\b)",
          requires=r"\b(?:confus\w*|delirious|stiff neck|seizure\w*|hard to wake|wont wake|cant wake|not making sense|"
                   r"barely (?:type|talk|think|stand)|"
                   # disoriented, in everyday words: "she doesn't know what day it is"
                   r"(?:doesnt|dont|didnt|cant) (?:know|tell|remember) (?:what day|where (?:she|he|i|they) (?:is|am|are)|who (?:i|we) (?:am|are))|"
                   r"(?:doesnt|didnt|dont) recogni[sz]e (?:me|us|her|him))\b"),
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
        rf"(?:cant|couldnt|can barely|barely|hardly|struggling to|struggle to|struggles to|trouble|hard to|hard time|difficult to|difficulty|unable to|not able to|fighting to|fighting for) {W2}(?:breathe|breathing|catch (?:my|his|her|their) breathe|get(?:ting)? (?:enough |any )?air(?! (?:tickets?|fares?|flights?|miles|conditioning|conditioners?|fryers?|mattress))|get a breathe)(?! (?:out of|through) (?:my|his|her|their|the|one|a) (?:stuffy |blocked |stuffed up )?(?:nose|nostril)s?\b(?! (?:or|and) (?:my |his |her )?mouth))",
        r"(?:short|shortness|out) of breathe|breathless",
        # "its getting harder and harder to get air in" (from "getting", which the "the heat is
        # getting suffocating" check reads as a thing; not "it would get harder to breathe if ...")
        r"(?<!would )(?<!will )(?<!could )(?<!might )(?<!would get )(?<!will get )(?<!could get )(?<!might get )"
        rf"(?:get(?:ting|s)? |got )?(?:harder|tougher)(?: and (?:harder|tougher))? to {W1}(?:breathe|get (?:enough |any )?air|catch (?:my|his|her|their) breathe)",
        # (not a cause blamed over time: "the mold makes my breathing worse")
        r"(?<!makes my )(?<!make my )(?<!making my )(?<!made my )(?<!makes her )(?<!makes his )"
        r"breathing (?:(?:is|has been|seems|got|getting|really|real|very|so|super|pretty|kind of|kinda) ){0,3}(?:hard|harder|difficult|labou?red|shallow|fast|rapid|heavy|noisy|weird|strange|funny|bad|worse|rattly|raspy|gurgling)",
        r"gasping|gasp(?:s|ed)? for (?:air|breathe)|air hunger|suffocat\w*",
        r"(?<!we )(?<!were )(?<!we are )(?<!were all )(?<!we are all )(?<! im )(?<! i am )(?<! im just )(?<! i feel like im )"
        r"(?<! shes )(?<! she is )(?<! hes )(?<! he is )(?<! shes just )(?<! hes just )(?<! were both )(?<! we are both )"
        r"(?:drowning|drowned)(?! here\b| over here\b| lately\b| at work\b| doing\b| trying\b| with\b| under\b)"
        # (things, not water: "drowning in christmas cards this year", en_36; "drowning in his medical bills", en_48)
        r"(?! in (?:his|her|my|their|our|the|all (?:the|these|those)) (?:medical|hospital|doctor|doctors|credit card|medicare|"
        r"insurance|funeral|ambulance) (?:bills|debts?|paperwork|forms|claims)\b)"
        r"(?! in (?:\w+ )?(?:paperwork|bills|work|debt|forms|calls|emails|papers|laundry|homework|appointments|stuff|meds|pills|"
        r"cards|christmas|holiday|gifts|presents|mail|grief|caregiving|chores|letters|texts|messages))",
        # (not the figurative "im drowning" of a carer; with the body, water or a cry for help it is literal:
        # "feels like im drowning when i lay down ... gurgly")
        # (nor a carer's "shes drowning, any resources for her"; third person needs the same cues)
        r"(?:shes|she is|hes|he is) drowning(?= *$| (?:help|911|now|right now|call|come|hurry|please|pls|omg)\b)|"
        rf"help {W1}(?:im|i am|shes|she is|hes|he is) drowning|(?:im|i am|shes|she is|hes|he is) drowning(?=.*\b(?:pool|water|lake|river|ocean|sea|tub|bathtub|"
        r"lay|lie|lying|laying|breathe|breathing|gurgl\w*|lungs?|chest|cough\w*|air|fluid|sitting up)\b)",
        rf"(?:lips|mouth|face|skin|fingers|fingertips|fingernails|nails|toes) {W3}(?:blue|purple|gr[ae]y|bluish|purplish)",
        r"(?:blue|purple|bluish|gr[ae]y) (?:lips|face|fingers|fingertips|fingernails)",
        r"turn(?:ing|ed|s)? (?:blue|purple|gr[ae]y)",
        rf"{_PERSON} (?:is|looks|went|turned|turning|getting) (?:all |kind of |really )?(?:blue|purple)",
        # (not what used to happen: "she used to choke on the big one but the pharmacist split it", en_65)
        r"(?<!used to )(?<!use to )chok(?:ing|ed|es|e)(?! up)(?! on (?:all )?(?:this |the |these |those |my |all this )?"
        r"(?:paperwork|bills|forms|work|emails|dust|smoke|laughter|words|tears)\b)",
        rf"(?:something|food|meat|pill|bone|it) {W2}stuck in (?:my|his|her|their|the) (?:throat|windpipe|airway)",
        rf"inhaler {W3}(?:not|isnt|didnt|doesnt|wont|no) {W1}(?:help\w*|work\w*)",
        r"(?:bad|badly|really|severe|loud) wheez\w*|wheez\w* (?:really |so )?(?:bad|badly|a lot|loud)",
        # a child's chest pulling in with each breath
        r"(?:ribs|chest|belly|stomach|neck|skin between (?:his|her) ribs) (?:is |are )?(?:sucking|caving|pulling|sinking) in",
        accept=_is_new_breathing_trouble,
    ),
    # Too breathless to talk: "old man on the bus here wheezing and can't talk, what do i do" (en_40); not told as history
    # or as what always passes (`_breathless_now`)
    _rule("breathing", MEDICAL,
          # (other signs between: "she's wheezing and gurgling and can't talk to me", en_67)
          r"(?:wheezing|wheezes|wheezy|gasping|struggling to breathe) (?:and |so (?:bad|hard|much) )?(?:\w+ ){0,3}?"
          r"(?:cant|can not|cannot|unable to|not able to|can barely|can hardly|barely can) (?:talk|speak|get (?:\w+ )?words? out|"
          r"finish a sentence|say a word|say more than)",
          accept=_breathless_now),
    # Breathless to the point of not talking, after a night sat up: "a bit winded today, cant really talk much, sat up all
    # night in the chair" (en_61); not winded after effort and fine
    _rule("breathing", MEDICAL,
          r"(?:winded|breathless|short of breathe|out of breathe|cant catch (?:my|her|his) breathe) (?:\w+ ){0,4}?"
          r"(?:cant|can not|cannot|barely|hardly) (?:really )?(?:talk|speak|get (?:the |any )?words out)(?! and| on the phone| right now| now)",
          requires=r"\b(?:(?:sat|sit|sitting|slept|sleeping) up (?:all night|in (?:a|the|my) (?:chair|recliner))|"
                   r"slept (?:sitting|in (?:a|the|my) (?:chair|recliner))|all night in (?:a|the|my) (?:chair|recliner)|"
                   r"cant (?:lie|lay) (?:down|flat))\b",
          accept=_breathless_now),
    # ... too short of breath for a sentence: "Mom is wheezing and can barely get a full sentence out" (en_70)
    _rule("breathing", MEDICAL,
          r"(?:can|could) (?:barely|hardly|not|only just) (?:get|say|finish|speak|talk in|get out) (?:a |out a |one )?(?:full |whole |complete )?"
          r"sentences?(?: out)?|(?:cant|cannot|couldnt|can not|not able to|unable to) (?:get|say|finish|speak|get out) (?:a |out a |one )?(?:full |whole |complete )?"
          r"sentences?(?: out)?",
          requires=r"\b(?:breath\w*|wheez\w*|air|gasp\w*|winded|puff\w*|chest)\b",
          accept=_is_live),
    # ... or short of it at every step: "no puede caminar ni dos pasos sin que le falte el aire, esta muy mal" (the en_74
    # reviewer's; the English "she cant walk to the bathroom without getting out of breath" fires too)
    _rule_es("breathing", MEDICAL, r"no (?:puede|puedo) (?:ni )?(?:caminar|dar|hablar|subir|moverse|moverme) (?:ni )?(?:\w+ ){0,3}?sin (?:que )?"
             r"(?:le|me) (?:falte|este faltando) (?:el )?aire\b", accept=_is_live),
    # ... or the air not getting in: "mi mama esta respirando muy raro con silbido, no le entra el aire" (es_65)
    _rule_es("breathing", MEDICAL, r"no (?:le|me|nos) (?:entra|llega|pasa) (?:el |nada de |suficiente )?aire\b"
             r"(?! (?:a|en) (?:la|el|las|los|mi|su) (?:llantas?|pelota|colchon|globos?|carro|bici\w*|alberca|cuarto|casa|depa))",
             # (nor a thing named just before: "al colchon inflable no le entra el aire", the reviewer of the en_69 change)
             accept=lambda m: _is_live(m) and _A_THING_FOR_AIR.search(m.string, max(0, m.start() - 30), m.start() + 1) is None),
    # ... in Spanish, too breathless to talk: "sin aire no puedo ni hablar pase la noche sentada en la silla" (a reviewer)
    _rule_es("breathing", MEDICAL,
             r"(?:sin aire|me falta el aire|le falta el aire|me ahogo|se ahoga|ahogad[oa]|no (?:puedo|puede) respirar(?: bien)?) "
             r"(?:\w+ ){0,4}?no (?:puedo|puede) (?:ni )?hablar"),
    # Having to sit up to breathe, worse by the minute (not "I sleep in my recliner so I can breathe easier"), or the
    # sitting up no longer helping: "i have to sit up all night to breath and now even that's not working" (en_60)
    _rule("breathing", MEDICAL,
          r"(?:sit|sits|sitting|sat|stand|standing|prop\w* (?:\w+ )?) up (?:all night |at night |in (?:bed|a chair|the chair|"
          r"my chair|the recliner) )?to (?:breathe|get (?:some |enough |any )?air)",
          # ("have to prop up on 4 pillows to breathe", "sit on the edge of the bed to breathe": a reviewer of the en_60 change)
          r"(?:sit|sits|sitting|sat|prop\w*) (?:up )?(?:on|in|with) (?:\w+ ){1,5}?to (?:breathe|get (?:some |enough |any )?air)",
          # "usually sitting up helps me breathe but tonight it doesnt work at all" (a reviewer)
          r"(?:sitting|sleeping|propping|propped) up (?:usually |always |normally )?(?:helps|lets) (?:me|her|him) (?:to )?breathe",
          requires=r"\b(?:getting worse|worse and worse|worse (?:every|by the) (?:minute|hour)|every minute|by the minute|right now|"
                   r"even (?:that|thats|this|thats|sitting up|it) (?:is |s )?(?:not|isnt|doesnt|aint|no longer|stopped) (?:working|helping|help)|"
                   r"(?:not|isnt|doesnt) (?:working|helping|help) anymore|still cant breathe|"
                   r"(?:its|it is|thats|that is|this is) (?:still )?(?:not|isnt) (?:working|helping|enough)(?! for (?:my|her|his) (?!breath))|"
                   r"(?:its|it is|thats) still not enough|"
                   r"(?:it|that|this) (?:doesnt|didnt|does not|isnt|wont) (?:work|help)\w*(?! for (?:my|her|his) (?!breath)))\b"),
    # "tengo que dormir sentada para poder respirar y ahora ni asi puedo respirar" (a reviewer of the en_60 change)
    _rule_es("breathing", MEDICAL,
             r"(?:dormir|estar|quedarme|quedarse|sentarme|sentarse|duerme|duermo) (?:sentad[oa]|sentadit[oa]|parad[oa]) "
             r"(?:para|pa) (?:poder )?respirar",
             # "mi esposo esta sentado en la cama con almohadas y ni asi puede respirar" (a reviewer)
             r"sentad[oa] (?:\w+ ){0,6}?(?:y )?(?:ni asi|aun asi no) (?:puede|puedo|podia|podemos) respirar",
             requires=r"\b(?:ni asi|aun asi no|todavia no (?:puedo|puede)|ya no (?:me |le )?(?:sirve|ayuda|funciona)|cada vez peor)\b"),
    _rule("breathing", MEDICAL, _OXYGEN_WORDS + " " + _READING_GAP + _READING, accept=_is_low_oxygen),
    # Heavy or uncontrolled bleeding, vomiting / coughing blood.
    _rule(
        "bleeding", MEDICAL,
        rf"{_NEG} {W3}(?:stop|quit)(?:ping|ting)? (?:the )?bleed\w*",
        r"(?:get|make) (?:the |this |his |her |my |it )?(?:bleed\w*|blood|nosebleed) (?:to )?(?:stop|quit|slow)",
        rf"bleed\w* {W3}(?:wont|doesnt|isnt|didnt|not|cant|never|hasnt|havent) {W1}(?:stop\w*|quit\w*|let up|slow\w*|ease up)",
        # a nosebleed that has gone on: "nosebleed for over an hour, soaked two towels" (en_30, where only the
        # classifier's check-in answered)
        r"(?:nosebleed|nose bleed|nose (?:is |has been |been )?bleeding|bleeding) for (?:over |more than |almost |about )?"
        r"(?:an|a half|\d+|one|two|three|half an) (?:\w+ )?hours?(?!.*\b(?:yesterday|last \w+|ago|stopped|fine|ok|okay|all good|"
        r"normal|this morning|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|after|sheet|instructions?)\b)",
        rf"(?:bleed\w*|nosebleed|nose bleed|cut|wound|gash) {W5}(?:wont|doesnt|isnt|not|cant|never|hasnt) (?:stop\w*|quit\w*|let up|slow\w* down|ease up)",
        rf"{_BLOOD} {W2}(?:pouring|gushing|spurting|streaming|squirting|running down|flowing out|(?:keeps?|kept) (?:on )?(?:dripping|pouring|coming|running|flowing|oozing|gushing))",
        rf"bleed\w* {W2}(?:a lot|heavily|heavy|badly|bad|profusely|everywhere|all over|so much|like crazy|nonstop|non stop|through|really bad|out)",
        r"gushing|spurting",
        rf"pouring (?:out )?{_BLOOD}",
        # everyday words for a lot of bleeding ("keeps bleeding", "bled through the gauze",
        # "covered in blood", "soaking a pad every hour", "passing big clots")
        r"(?:keeps?|kept|keeping) (?:on )?bleed\w*|bleed\w* and bleed\w*|bled (?:right |all the way |straight )?through",
        rf"(?:covered|drenched|soaked|soaking|caked|dripping|full) (?:in|with) {_BLOOD}",
        rf"(?:soak\w*|fill\w*|going through|gone through|went through|chang\w*) {W3}(?:pads?|tampons?|maxi pads?) {W3}(?:every|each|per|an|in an?|in \d+) (?:hour|\d+ (?:minutes|mins|hours))",
        rf"(?:pads?|tampons?) {W3}(?:soak\w*|full|fill\w*) {W3}(?:every|each|per|an|in an?|in \d+) (?:hour|\d+ (?:minutes|mins|hours))",
        rf"passing {W2}clots",
        rf"(?:squirting|spraying|shooting|streaming) (?:out )?{_BLOOD}",
        rf"(?:soaked|soaking) {W3}(?:{_BLOOD}|bloody|through)",
        rf"(?:vomit\w*|throw\w* up|threw up|puk\w*|cough\w*|spit\w*|hack\w*) (?:up )?{W3}(?:{_BLOOD}|bloody|blood clots?|clots)",
        rf"{_BLOOD} {W2}(?:in|on) {W2}(?:vomit|puke|throw up|spit|phlegm|mucus|cough)",
        # (vomit that looks like them, not the grounds themselves: "threw out the paper with the coffee grounds", en_67)
        r"bloody (?:vomit|puke|cough|stool|stools|diarrhea|poop)|(?<!the )(?<!my )(?<!old )(?<!used )coffee grounds|"
        r"(?:vomit\w*|throw\w* up|threw up|puk\w*|look\w* like) (?:\w+ ){0,4}coffee grounds|like (?:the |some )?coffee grounds",
        rf"(?:black|tarry) {W1}(?:stools?|poop)|(?:black|dark|tarry) {_BLOOD} {W2}(?:in|on|from) {W2}(?:toilet|stool|poop|diaper|bowl)|(?:pooping|passing|peeing|shitting) {_BLOOD}",
        r"h(?:a)?emorr?hag\w*",
        r"bleeding from (?:the |his |her |my )?(?:head|ears?|eyes?|mouth)",
        accept=lambda m: _is_not_a_label(m) and not _small_and_settled(m.string),
    ),
    # Blood all over, unless the message says what it really was and nobody is hurt: "blood everywhere!! beet juice all
    # over my white counters" (en_45).
    _rule("bleeding", MEDICAL,
          rf"(?:pools?|puddles?|cups?|buckets|rivers?) of {_BLOOD}", rf"{_BLOOD} {W2}(?:everywhere|all over)",
          accept=lambda m: _is_not_a_label(m) and not red_spill_not_blood(m.string)),
    # A large amount of blood ("so much blood", "a large amount of blood"), but
    # not blood taken for tests ("they took so much blood for the labs").
    _rule("bleeding", MEDICAL,
          rf"(?:a (?:large|big|huge|massive|good|scary|crazy|ton|lot|bunch|whole lot)|large|huge|massive|"
          rf"lots|loads|tons|so much|too much|this much|that much) (?:amounts? )?(?:of )?{_BLOOD}",
          accept=_is_not_a_blood_draw),
    # "Won't stop", "can't get it to stop" with blood or bleeding in the message.
    _rule("bleeding", MEDICAL,
          rf"(?:wont|doesnt|isnt|didnt|cant|never|not|wouldnt|will not) {W1}(?:stop\w*|quit\w*|let up|slow\w* down|ease up)",
          r"(?:cant|couldnt|unable to|not able to) (?:get|make) (?:it|this|that) (?:to )?stop(?! (?:beeping|ringing|buzzing|alarming|itching|crying|coughing|hiccup\w*))",
          rf"(?:gone|went|going|go|been going) through {W5}(?:towels?|paper towels|gauze|bandages?|rags?|washcloths?|dressings?)",
          r"(?:still|keeps?|kept) (?:on )?(?:bleeding|going|coming|pouring|dripping|oozing)",
          r"(?:bleed\w*|going|gone|dripping|oozing) (?:\w+ ){0,2}(?:for|after) (?:over |more than |almost |about |like )?"
          r"(?:an hour|half an hour|hours|\d+ (?:minutes|mins|hours|hrs)|(?:fifteen|twenty|thirty|forty|forty five) minutes)",
          requires=rf"\b(?:{_BLOOD}|bleed\w*|bled|bloody|nosebleed|(?<!blood )pressure|pressing)\b"),
    # Any bleeding while on blood thinners.
    _rule("bleeding", MEDICAL, r"bleed\w*|bled|nosebleeds?", requires=_THINNERS),
    # towels soaked with it: "nosebleed for over an hour, soaked two towels" (en_30)
    _rule("bleeding", MEDICAL,
          r"(?:soaked|soaking|soaked through|bled through) (?:\w+ ){0,2}(?:towels?|rags?|shirts?|pads?|bandages?|gauze|dish ?towels?|"
          r"paper towels)",
          requires=r"\b(?:bleeding|bleeds|bled|nosebleed|(?:with|in|of) blood)\b",
          accept=lambda m: not _small_and_settled(m.string)),
    # Found at the foot of the stairs and unable to stand: "found the old lady from upstairs at the bottom of the stairwell, she
    # says she's fine but she cant stand up" (en_53)
    _rule("fall_head_injury", MEDICAL,
          # (a person there, not a thing: "my walker is at the bottom of the stairs and i cant get up there without it")
          r"(?:(?:found|find) (?:(?:the|my|our|an?|her|his) )?(?:\w+ )?(?:lady|man|woman|guy|neighbou?r|mom|dad|mother|father|grandma|"
          r"grandpa|husband|wife|son|daughter|him|her|them|someone|somebody|person)(?: \w+){0,3}? "
          r"|(?:she|he|mom|dad|grandma|grandpa|my (?:mom|mother|dad|father|wife|husband|grandma|grandpa|neighbor|roommate)) "
          r"(?:is|was|s)? ?(?:lying |laying |sitting |still )?)(?:at|on) the (?:bottom|foot) of the (?:stairs|stairwell|steps|staircase|"
          r"basement stairs)",
          # (a person who cannot, not a thing or a stair climb: "cant get up them without help", "cant move it", "cant walk
          # far on his new knee yet", "cant stand waiting": a reviewer's finds)
          requires=r"\b(?:cant|can not|cannot|couldnt|unable to|not able to|wont) (?:stand(?! (?:this|that|it|him|her|the|being|them|these|"
                   r"those|my|his|waiting|to)\b)|get up(?! (?:there|the stairs|them|those|these|it|alone|without))|"
                   r"move(?! (?:it|them|the|this|that|these|those)\b)|walk(?! (?:far|much|long|very|that|yet|up)\b)|bear weight)\b",
          accept=lambda m: not _told_laughing(m.string)),
    # Falls with head injury, can't get up, or on blood thinners.
    _rule(
        "fall_head_injury", MEDICAL,
        rf"(?:fell|falls?|fallen|falling|tripped|slipped|tumbled|went down)(?! (?:behind|asleep|apart|through|short|in love|for it|off the wagon)) {W8}(?:hit|hitting|hits|banged|banging|bumped|bumping|smacked|smacking|cracked|cracking|struck|whacked|split|landed on) {W3}(?:head|skull|forehead|face)",
        rf"(?:hit|banged|bumped|smacked|cracked|struck|whacked) {W2}(?:head|skull|forehead) {W5}(?:fell|fall|falling|tripped|slipped)",
        rf"(?:hit|banged|smacked|cracked|struck) {W2}(?:head|skull) {W2}(?:hard|on the (?:floor|ground|concrete|pavement|tile|counter|table|tub|bathtub|stairs|steps|sidewalk|ice|corner))",
        r"head (?:injury|injuries|trauma|wound|bleed|bleeding|gash|laceration)|concuss\w*",
        rf"(?:gash|split open|goose egg) {W2}(?:on|in) (?:the |his |her |my )?(?:back of )?{W1}(?:head|forehead|skull)",
        rf"(?:fell|fallen|falling|tripped|slipped|tumbled|took a tumble|took a spill)(?! (?:behind|asleep|apart|through|short|in love|for it)) {W5}(?:cant|couldnt|unable to|wont) {W2}(?:get up|stand|move|walk|bear weight|put (?:any |my |her |his )?weight|get off the floor)",
        rf"(?:fell|fallen)(?! (?:behind|asleep|apart|through|short|in love|for it)) {W8}(?:broke|broken|fractur\w*|hip|bleeding|{_BLOOD}|knocked out|unconscious|passed out|blacked out)",
        r"(?:fell|fallen|falling|tumbled|(?:took|had) a (?:tumble|spill|fall)) down (?:the |a |some |\w+ )?(?:stairs|steps|staircase|flight)",
        # "took a tumble down the last few steps" (en_32; not "the leaves fell down onto the front steps")
        r"(?:took|had) a (?:tumble|spill|fall) down (?:the |some )?(?:last |first |bottom |top )?(?:few |couple (?:of )?|two |three )?(?:stairs|steps)",
        # a fall followed by new confusion, vomiting or drowsiness
        rf"(?:fell|fallen|had a fall|took a fall)(?! (?:behind|asleep|apart|through|short|in love|for it)) {W8}(?:confused|disoriented|throwing up|threw up|vomit\w*|wont wake|hard to wake|not making sense|drowsy|slurr\w*)",
        rf"(?<!stretches )(?<!stretch )(?<!exercises )(?:lying|laying|stuck|collapsed) {W2}on the {W1}(?:floor|ground)"
        # (not by choice: "lying on the floor stretching my back for a while it really helps", a reviewer of the en_60 change)
        r"(?!(?: \w+){0,3} (?:stretch\w*|exercis\w*|yoga|doing (?:my|her|his) (?:exercises|stretches)|playing|coloring|reading|"
        r"watching|relax\w*|with the (?:kids|grandkids|dog|cat|baby))\b)",
        # down or stuck in the tub and unable to get out: "she fell in the tub and can't get out" (en_38); not told as
        # past or as what she needs ("she fell in the tub once and cant get out on her own anymore, need a grab bar")
        rf"(?:fell|fallen|slipped|slid|went down|stuck)(?! (?:behind|asleep|apart|through|short|in love|for it)\b) {W2}(?:in|into) "
        rf"(?:the |her |his |my )?(?:bath ?tub|tub|bath|shower) {W5}(?:cant|couldnt|unable to|not able to|wont|can not) "
        r"(?:\w+ )?(?:get|climb) (?:(?:herself|himself|myself) )?(?:out|up)"
        r"(?!.*\b(?:once|anymore|grab ?bars?|on (?:her|his|my) own|without help|used to|ago|last (?:week|month|year)|chair|bench|"
        r"seat|lift)\b)",
        # a cry for help and a fall, telegraphed: "help fell down kitchen", "HELP mom fell", "i fell help" (en_33)
        r"(?<=^ )(?:help|help me|pls help|please help|hlp)(?: (?:i|mom|mama|dad|she|he|ive|i have|has|just|pls|please|my|grandma|"
        r"grandpa|husband|wife|mother|father|son|daughter|neighbou?r))* (?:fell|fallen|took a fall)"
        r"(?! (?:way |so |too |really |a bit |a little )?(?:asleep|behind|apart|through|short|for|in love|off (?:the )?(?:list|schedule|"
        r"wagon|radar|track|map)|out of (?:love|touch|favor|the loop)|into (?:debt|a rut)|in the (?:toilet|water|sink)|down on the job))",
        r"(?<=^ )(?:i|mom|she|he|dad|ive|i have|mom has|she has|he has) (?:just )?(?:fell|fallen)(?: down)?"
        r"(?: (?:in|on) (?:the )?(?:kitchen|bathroom|bedroom|floor|stairs|hall|tub))? (?:help|help me|pls help|please help|need help)"
        r"(?: (?:me|pls|please|now|asap))*(?= ?$)",
        # down now, written from the floor: "I've fallen. On the kitchen floor. Phone was in my pocket thank god" (en_40);
        # not laughing, not a count or a time before, not up again or fine ("ive fallen on the floor twice this year", "i
        # just fell on the floor but got right up", reviewers' finds)
        r"(?<=^ )(?:ive|i have|i just|ive just|i have just|(?:mom|dad|she|he|my (?:mom|mother|dad|father|husband|wife)) "
        r"(?:has|just|has just)) (?:fallen|fell)(?: down)? (?:and (?:im |i am )?)?(?:on|onto|down on) "
        r"(?:the |my |her |his )?(?:\w+ )?(?:floor|ground)"
        r"(?!(?: \w+){0,2} (?:laughing|giggling|crying laughing|lol|haha|in love)| (?:(?:but|and) )?(?:im|i am) (?:ok|okay|fine|alright|all right)"
        r"|.*\b(?:twice|times|before|in the past|over the years|this year|in my life|since|got (?:right )?up|got me up|got her up|"
        r"got him up|helped (?:me|him|her) up|back in (?:his|her|my) (?:chair|bed)|doing (?:good|fine|ok|okay|well)|all good|"
        r"just letting|just wanted|no injur\w*|not hurt|no harm|no problem|bruise|fine|ok|okay|alright)\b)",
        # someone found there ("found my elderly neighbor on the floor"), not "found my keys on the floor"
        rf"found {_NOT_A_THING}{W5}on the {W1}(?:floor|ground)",
        # down and still there: "moms bed is too low and she slid off and is on the floor" (a reviewer's
        # find); not "he slid off the couch and is on the floor laughing", nor "... and was on the floor"
        rf"\b(?:{_PERSON}|i) (?:just |has |had )?(?:fell|fallen|slid|slipped|rolled|tumbled|toppled|went down)"
        rf"(?! (?:behind|asleep|apart|through|short|in love|for it)\b) {W8}(?:(?:she|he|i|they) (?:is |s )?|shes |hes |im |is |s )"
        r"(?:still |now |stuck |lying |laying )?(?:on|down on) the (?:\w+ )?(?:floor|ground)"
        r"(?!(?: \w+){0,2} (?:playing|laughing|giggling|crawling|coloring|reading|stretching|exercising|doing|with the))",
        # (not a ride: "can mom get a ride home after her class, I can drop her off but can't pick her up", en_67)
        rf"cant (?:get|lift|pick) {_PERSON} (?:back )?up(?! (?:from|at|after)\b)(?<!\bdrop (?:her|him) off but cant pick (?:her|him) up)",
        # heard, not seen: "Mrs Williams fell and is calling out, door's locked" (en_28)
        rf"(?:{_PERSON}|i|mrs? \w+|ms \w+|miss \w+|(?:lady|man|woman|neighbou?r|guy|gentleman|person|couple) "
        r"(?:upstairs|downstairs|next door|across the hall|down the hall|across the street)) (?:just |has |had )?(?:fell|fallen|had a fall|took a fall)"
        rf"(?! (?:out|off|over|behind|asleep|apart|through|short|in love|for it)\b) {W5}"
        r"(?:calling out(?! (?:the|a|an|names?|numbers?|colou?rs?|bingo|answers?|words?)\b)|crying out|calling for help|"
        r"crying for help|yelling for help|screaming for help|moaning(?! about)|groaning(?! about)|cant get (?:in|to (?:her|him|them))|"
        # "the old lady upstairs fell, I can hear her calling but the door is locked" (en_30)
        r"hear (?:her|him|them) (?:\w+ )?(?:calling|crying|yelling|screaming|moaning|groaning|knocking|banging)|"
        r"(?:the |her |his |their )?doors? (?:is|are|was|s) locked)",
    ),
    # "He can't get up" in a message about a fall, a floor or the ground.
    # A limb broken in a fall: "his leg is bent wrong", "i think my hip is broke"
    _rule("fall_head_injury", MEDICAL,
          r"(?:leg|arm|hip|ankle|wrist|knee|shoulder|neck|back) (?:is |looks |was )?(?:bent wrong|bent the wrong way|broke|broken|"
          r"crooked|twisted wrong|at a weird angle|sticking out|(?:all )?wrong|deformed)",
          requires=r"\b(?:fell|fallen|fall|tripped|slipped|crashed|hit by|tumbled?|took a spill)\b"),
    _rule("fall_head_injury", MEDICAL,
          r"(?:cant|couldnt|unable to|not able to) (?:get|stand) (?:\w+ )?(?:back )?up(?! (?:early|in the morning|at \d|before|for|to go|to use))",
          requires=r"\b(?:fell|fallen|tripped|slipped|floor|ground)\b"),
    # "slipped on the ice, my hip hurts so bad I cant stand" (not "I cant stand this weather")
    _rule("fall_head_injury", MEDICAL,
          r"(?:cant|couldnt|unable to|not able to) (?:stand|walk|move|put (?:any )?weight on (?:it|my \w+|her \w+|his \w+))"
          r"(?! (?:it|him|her|them|this|that|the|people|when|how|anymore|being|waiting|for|to)\b)",
          requires=r"\b(?:fell|fallen|tripped|slipped)\b"),
    # A long lie: "on the floor since last night", "been on the floor for hours".
    _rule("fall_head_injury", MEDICAL,
          # (not told as past: "had a fall at home in 2019 and was on the floor for hours", a reviewer of the en_61 change)
          r"(?<!was )(?<!were )(?:on|stuck on|lying on|laying on) the (?:\w+ )?(?:floor|ground) (?:since|for|all) (?:last night|yesterday|"
          r"this morning|hours|\d+ hours|(?:a|an|one|two|three) (?:hour|hours|day)|the night|night|day|morning|a (?:long )?while|a long time)"
          # (not "on the floor for an hour playing with the grandkids")
          r"(?!(?: \w+){0,3} (?:playing|doing|exercis\w*|stretch\w*|cleaning|scrubbing|working|coloring|reading|"
          r"watching|sorting|folding|building|practicing|meditating|yoga|with the (?:kids|grandkids|dog|baby|cat)))"),
    # ... still down after a fall: "fell down hours ago still on the floor and my hip hurts bad" (a reviewer of the en_60 change)
    _rule("fall_head_injury", MEDICAL,
          r"still (?:lying |laying |stuck |down )?on the (?:\w+ )?(?:floor|ground)"
          r"(?!(?: \w+){0,3} (?:playing|doing|exercis\w*|stretch\w*|cleaning|scrubbing|working|reading|watching|folding|sorting))",
          requires=r"\b(?:fell|fallen|slipped|tripped|went down|cant get up)\b"),
    # ... told in two steps: "on her kitchen floor, she says she's been there since last night".
    _rule("fall_head_injury", MEDICAL,
          rf"(?:on|stuck on|lying on|laying on) (?:the|her|his|their|my) (?:\w+ )?(?:floor|ground) {W8}"
          r"(?:been (?:there|here|down|lying there|laying there|lying here|laying here) )"
          r"(?:since (?:last night|yesterday)|all night|overnight|for hours|"
          # "im on the floor in the kitchen been here a while" (en_60); not there by choice ("on the floor doing my
          # exercises, been there a while")
          r"(?:for )?a (?:long )?while|(?:for )?a long time)",
          accept=lambda m: _ON_THE_FLOOR_BY_CHOICE.search(m.group()) is None),
    # Disoriented, with a fever or from one day to the next: "mom is confused, doesn't know where
    # she is or who I am, she was fine yesterday. she's burning up with fever" (en_26)
    _rule("confusion", MEDICAL,
          r"(?:doesnt|dont|didnt|cant|does not) (?:know|tell|remember) (?:what (?:day|year|month) it is|where (?:she|he|i|they) (?:is|am|are)|"
          r"who (?:i|we) (?:am|are)|who (?:im|were)|(?:me )?(?:her|his) (?:own )?name)",  # "who I am" reads "who im" (en_59)
          # "grandpa keeps asking where he is and feels burning hot to touch" (the reviewer of the en_68 change)
          r"keeps? asking where (?:she|he|i|they) (?:is|am|are)",
          r"(?:doesnt|didnt|dont|does not) (?:recogni[sz]e (?:me|us|her|him|anyone|anybody)|know (?:me|us)\b)",
          # ("found my elderly neighbor confused and burning hot to touch, she doesnt know where she is", en_68)
          requires=r"\b(?:(?:has|with|running|got) (?:a )?(?:high )?fever|feverish|burning up|hot to (?:the )?touch|burning hot|"
                   r"was (?:fine|ok|okay|normal) (?:yesterday|this morning|last night|an hour ago|earlier|at breakfast|at lunch)|"
                   r"suddenly|all of a sudden|out of nowhere|just (?:started|came on)|this never happens)\b",
          accept=lambda m: not _CHRONIC_CONFUSION.search(m.string)),
    # not (a reviewer's finds) "trying to breathe through my nose every morning like the nurse said"
# A stranger found still and silent: "an old man on the bus bench not moving much and not talking" (en_26)
    _rule("unresponsive", MEDICAL,
          r"not (?:moving|responding)(?: much)? (?:and|or) not (?:talking|speaking|responding|answering|moving)",
          requires=r"\b(?:found|lying|laying|slumped|collapsed|fell|fallen|on the (?:ground|floor|bench|sidewalk|street|couch))\b"),
    # No heat in the cold, and the body already failing to keep warm: "it's 10 degrees and the furnace
    # died and my apartment is 45 inside, I'm shaking and can't get warm" (en_26)
    _rule("danger", DANGER,
          r"(?:furnace|heat|heater|heating|boiler) (?:\w+ ){0,2}?(?:died|is out|went out|went off|broke|broken|stopped|quit|"
          r"not working|isnt working|is off|shut off|cut off|got cut off)",
          requires=r"\b(?:shaking|shivering|cant (?:get|keep|stay) warm|cant stop shaking|cant feel (?:my|her|his) (?:fingers|toes|hands|feet)|"
                   r"lips (?:are |look |turning )?blue)\b",
          # at home ("my apartment is 45 inside"), not a tremor or a hall elsewhere (a reviewer's finds)
          accept=lambda m: _AT_HOME.search(m.string) is not None and not _TREMOR.search(m.string)),
    _rule_es("danger", DANGER,
             r"(?:se (?:descompuso|apago|murio|echo a perder)|no (?:sirve|funciona|prende|jala)) (?:\w+ ){0,2}?(?:la |el )?"
             r"(?:calefaccion|calentador|calenton|heater|boiler|caldera)",
             r"(?:calefaccion|calentador|calenton|heater|boiler|caldera) (?:\w+ ){0,2}?(?:se (?:descompuso|apago|murio)|no (?:sirve|funciona|prende|jala))",
             requires=r"\b(?:temblando|tiritando|no (?:me |se )?(?:puedo|puede) calentar|no (?:se me|se le) quita el frio)\b"),
    # Breathing that does not come back after resting: "sitting in the chair for an hour trying to
    # breathe and it is not getting better" (en_26)
    _rule("breathing", MEDICAL,
          r"(?:trying|struggling|fighting) (?:hard )?to (?:breathe|catch (?:my|her|his|their) breath|get (?:my|her|his) breath)",
          requires=r"\b(?:not getting better|isnt getting better|getting worse|wont (?:go away|stop|get better)|"
                   r"cant (?:breathe|catch (?:my|her|his) breath|get (?:my|her|his) breath))\b",
          accept=lambda m: _is_new_breathing_trouble(m) and not _BREATHING_PRACTICE.search(m.string)),
    # A person lying still: "fell on the ice and isnt moving", "on the floor not moving".
    _rule("unresponsive", MEDICAL,
          r"(?:isnt|is not|not|wont|cant|hasnt|stopped) (?:moving|responding|waking up|getting up|talking|answering me)"
          r"(?! (?:the|my|his|her|it|on|to|with|about|because|since|at all today)\b)",
          requires=r"\b(?:fell|fallen|fall|collapsed|tripped|slipped|floor|ground|passed out|fainted|hit (?:his|her|their) head)\b"),
    _rule("fall_head_injury", MEDICAL,
          r"(?<!this )(?<!next )(?<!last )(?<!in the )(?<!early )(?<!late )(?:fell|falls?|fallen|falling|tripped|slipped)(?! (?:behind|asleep|apart|through|short|in love|for it|off the wagon|semester|season))",
          requires=_THINNERS),
    # The reviewer of the en_54 change wrote these after a question about a task ("how do i take my furosemide, my husband
    # just dropped to the floor and hes gurgling"); alone only the model's check-in caught them, after a question nothing did.
    # Someone who went down and is gurgling or does not get up
    _rule("unresponsive", MEDICAL,
          r"(?:he|she|hes|shes|mom|dad|grandma|grandpa|husband|wife|son|daughter|neighbou?r|(?:my|our) (?:mom|mother|dad|father|"
          r"husband|wife|son|daughter|grandma|grandpa|grandson|granddaughter|neighbou?r|sister|brother|aunt|uncle|friend|roommate)) "
          r"(?:just |suddenly )?"
          # (not a thing dropped: "mom dropped her phone in the toilet, thats why she isnt answering you", en_58)
          r"(?:dropped|went down|keeled over|collapsed|slumped over|fell over)(?! (?:\w+ )?(?:pounds?|lbs|points?|a size|\d))"
          r"(?! (?:her|his|my|the|a|their) (?:\w+ )?(?:phone|cell|cellphone|glasses|keys|remote|purse|wallet|cup|plate|pills?|"
          r"bottle|tablet|ipad|hearing aids?|dentures)\b)",
          requires=r"\b(?:gurgl\w*|(?:isnt|is not|not|wont|hasnt|cant) (?:getting up|get up|moving|answering|responding|waking)"
                   r"(?! (?:early|late|before|at|in the|anymore|until|for)\b)|cant get (?:him|her) up)\b"),
    # Come to on the floor, not knowing for how long: "i just woke up on the kitchen floor and dont know how long i was out"
    _rule("fall_head_injury", MEDICAL,
          r"(?:woke|woken|waking|came to|come to) (?:up )?on the (?:\w+ )?(?:floor|ground)",
          requires=r"\b(?:(?:dont|do not|cant|didnt|no) (?:know|remember|idea) (?:how long|what happened)|was out|passed out|"
                   r"blacked out|knocked out)\b"),
    # Pills swallowed by the handful: "how to take the 6.25 one, my grandson swallowed a handful of them"
    _rule("overdose", MEDICAL,
          r"(?:swallowed|downed|gulped) (?:down )?(?:a (?:handful|bunch|fistful|mouthful|whole bunch)|the whole (?:bottle|box|pack|"
          r"strip)|all) of (?:them|those|these|my|her|his|the|grandmas|moms|dads)"
          r"(?! (?:\w+ )?(?:grapes|nuts|peanuts|candy|candies|chips|popcorn|berries|blueberries|skittles|cheerios|raisins|cereal|"
          r"crackers|cookies|almonds|seeds|jelly beans|gummy bears|marbles|coins|legos)\b)"),
    # A limb that feels someone else's, double vision with the balance gone: "my left arm and leg feel like they belong to
    # someone else", "i keep losing my balance and everything looks double"
    _rule("stroke", MEDICAL,
          r"(?:arm|leg|face|hand|side|foot)s? (?:\w+ ){0,3}(?:feels?|feeling) like (?:it|they) (?:belongs?|is|are) (?:to )?"
          r"(?:someone|somebody) (?:else|elses)",
          r"(?:everything|things|the room|it all) (?:looks|look|is|are) double|seeing double|double vision",
          requires=r"\b(?:belongs?|balance|dizzy|spinning|cant walk|numb\w*|slurr\w*|droop\w*|weak|cant (?:talk|speak|see))\b"),
    # Staring and not answering: "mom is staring off and wont answer when i talk to her"
    _rule("unresponsive", MEDICAL,
          r"staring (?:off|into space|blankly|at nothing|straight ahead) (?:and|but) (?:\w+ )?(?:wont|doesnt|isnt|is not|not|cant) "
          r"(?:answer|respond|talk|blink)\w*"),
    # Down on the floor, only the phone in reach: "on floor. phone is all i can reach" (en_76)
    _rule("fall_head_injury", MEDICAL,
          r"(?<=^ )(?:im |i am |i m |still |been )?on (?:the )?floor(?= (?:\w+ ){0,6}?(?:phone is all|all i can reach|only thing i can reach|"
          r"cant reach|cant get up|cant move|been here))", accept=_is_live),
    # A limb cold, blue and numb at once: its blood cut off ("arm bruise from the lab and now the whole arm is cold blue and
    # numb", the en_74 reviewer's)
    _rule("circulation", MEDICAL,
          rf"(?:arm|leg|hand|foot|feet|fingers|toes) (?:\w+ ){{0,3}}?(?:{_COLD_BLUE_NUMB})(?: and)? (?:{_COLD_BLUE_NUMB})(?: and)? "
          rf"(?:{_COLD_BLUE_NUMB})\b", accept=_is_live),
    # Clammy and not herself: "my son is acting off and real clammy"
    _rule("shock_signs", MEDICAL,
          r"(?:acting|looks|looking|seems) (?:off|strange|weird|funny|confused|out of it) (?:and|but) (?:\w+ )?(?:clammy|sweaty and pale|"
          r"pale and sweaty|cold and sweaty)"),
    # Breath too short to finish a word: "my husband is wheezing so hard he cant finish a word"
    _rule("breathing", MEDICAL,
          r"(?:cant|can not|cannot|couldnt|unable to) (?:finish|get out|get) (?:a|one|his|her|my) (?:full |whole |complete |single )?"
          r"(?:word|sentence)",  # "my mother is wheezing and can't get a full sentence out" (en_64)
          requires=r"\b(?:wheez\w*|breath\w*|gasp\w*|air|panting)\b"),
    # A face gone wrong beside strange behaviour: "my husband is acting strange and his face looks off"
    _rule("stroke", MEDICAL,
          r"(?:face|smile) (?:\w+ )?(?:looks?|is|seems|went|looking) (?:all )?(?:off|crooked|lopsided|uneven|droopy|saggy)",
          requires=r"\b(?:acting (?:strange|weird|funny|off|confused)|confus\w*|cant (?:talk|speak)|slurr\w*|weak|numb\w*|"
                   r"not making sense|wont talk|cant lift)\b"),
    # Pills got into, and the child not right: "my grandson got into them and hes acting loopy"
    _rule("overdose", MEDICAL,
          r"(?:got|gotten|getting|gets) into (?:them|those|these|(?:my|her|his|the|grandmas|grandpas|moms|dads|somebodys) (?:\w+ )?"
          r"(?:pills|meds|medicine|medicines|pill bottle|pill box|pillbox|tablets|gummies|prescriptions?))",
          requires=r"\b(?:acting (?:loopy|funny|strange|weird|drunk|off|sleepy)|loopy|sleepy|drowsy|wont wake|throwing up|"
                   r"vomit\w*|not acting right|wobbly|cant stand)\b"),
    # Stuck where one fell, and for long: "stuck on the toilet my legs gave out, nobody home, been here hours", "hes stuck in
    # the bathtub since last night and wont answer me right" (not "stuck in bed with the flu since yesterday")
    _rule("fall_head_injury", MEDICAL,
          r"stuck (?:between (?:the |her |his |my )?(?:bed|couch|toilet|tub|wall|dresser|chair) and|on the (?:toilet|floor|stairs|steps|"
          r"porch)|in the (?:tub|bathtub|shower)|under (?:her|his|my|the) (?:walker|chair|bed|wheelchair))",
          requires=r"\b(?:cant get (?:up|out)|legs gave out|since (?:last night|this morning|yesterday)|been (?:here|there|stuck) "
                   r"(?:for )?(?:hours|all night|since)|wont answer|not answering|freezing|nobody (?:home|here))\b",
          accept=lambda m: not _told_laughing(m.string)),
    # Oxygen about to run out: "its 5 degrees and im on oxygen with 20 min left"
    _rule("breathing", MEDICAL,
          r"(?:oxygen|o2|tank) (?:\w+ ){0,3}?\d+ (?:min|mins|minutes) (?:of \w+ )?left|\d+ (?:min|mins|minutes) (?:of )?(?:oxygen|o2) left"),
    # Stuck on the tracks in a car, a stranger trying the door, hands on a throat
    _rule("danger", DANGER,
          r"(?:im|i am|we are|were|car is|my car|she is|shes|he is|hes) (?:stuck|stalled) on the (?:train |railroad |rail )?tracks",
          requires=r"\b(?:cant get out|train (?:is )?coming|died|stalled|wont start|help)\b"),
    _rule("danger", DANGER,
          r"(?:tried|trying|tries|jiggling|jiggled|rattling) (?:to open )?(?:my|the|our) (?:front |back |car )?(?:door|doorknob|door handle|"
          r"window)",
          requires=r"\b(?:a (?:man|guy|stranger|woman)|someone|somebody|strangers?|guys|men|circling|following|scared|afraid)\b"),
    _rule("danger", DANGER,
          r"(?:hands?|arm|rope|cord) (?:on|around) (?:my|her|his|moms) (?:throat|neck)|(?:choked|choking|strangl\w*) (?:me|her|him|mom)"
          r"(?! (?:up|out)\b)",
          requires=r"\b(?:husband|boyfriend|son|ex|nephew|grandson|he|she|someone|somebody|man|guy|scared|afraid)\b",
          accept=lambda m: not _A_HUG.search(m.string)),  # "she put her hands around my neck and hugged me"
    # Heating with the oven and sick with it (carbon monoxide)
    _rule("danger", DANGER,
          r"(?:heating|heat|warming) (?:the (?:house|apartment|place|room) |up )?(?:with|using) (?:the |an |our |a )?"
          r"(?:oven|stove|grill|generator|charcoal)",
          requires=r"(?<!no )(?<!any )(?<!not )\b(?:headaches?|dizzy|nause\w*|sick|throwing up|vomit\w*|sleepy|confused|passed out)\b"),
    # A loaded gun and no way out alive: "i have the gun loaded and im not leaving alive"
    _rule("suicidal_intent", SUICIDE,
          r"(?:the |my |a )?gun (?:is )?loaded|loaded (?:the |my |his )?gun",
          requires=rf"\b(?:{_NOT_OUT_ALIVE}|die|dying|kill (?:myself|me)|shoot (?:myself|me)|end (?:it|my life|this)|tonight|"
                   r"goodbye)\b",
          accept=_a_firearm),  # not a glue gun
    _rule("suicidal_intent", SUICIDE, _NOT_OUT_ALIVE,
          requires=rf"\b(?:{FIREARM}|pills|rope|knife|bullets?)\b", accept=lambda m: not _told_laughing(m.string)),
    # Joining one's dead tonight: "talk to somebody about my grief please, i keep thinking about joining my husband tonight"
    _rule("suicidal_ideation", SUICIDE,
          r"(?:join|joining|be with|go be with|going to be with) (?:my (?:late )?(?:husband|wife|son|daughter|mom|mother|dad|father|"
          r"sister|brother)|him|her) (?:tonight|soon|today|now|this week)",
          # (or a farewell beside it: "you can cancel all my appointments, i wont be needing them. ive decided to go be with my
          # husband tonight", en_55)
          requires=r"\b(?:late|passed|died|gone|heaven|grave|grief|griev\w*|buried|funeral|widow\w*|lost (?:him|her|my)|miss (?:him|her)|"
                   r"(?:decided|ready|time) to go be with|wont be needing (?:them|it|my|any)|goodbye)\b"),
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
        # (not "blacked out the dates on the calendar", "faints at the sight of needles")
        rf"{_PASS_OUT}|black(?:ed|ing)? out(?! (?:on|about) (?:what|the|my|his|her|where|when|who|it|that|everything)\b)(?! (?:the|some|all the|my|his|her|those|these|a few) (?:\w+ )?(?:dates?|names?|lines?|text|words?|parts?|numbers?|info|information|days?|windows?|screens?|sections?|calendar|addresses?|details|spots?|boxes?|times?|photos?|faces?|pages?)\b)|fainted|fainting|faints(?! (?:at the sight|when|whenever|every time|if|easily|sometimes|a lot))|(?:going to|about to|feel|feels|feeling|felt) {W1}faint",
        r"collaps(?:ed|ing|es|e)|keeled over",
        # (not "wont wake up early" / "at 5am": that is about scheduling)
        rf"(?:cant|wont|couldnt|not|unable to|didnt|hard to|trouble) {W3}wak(?:e|ing)\b(?!(?: up)? (?:so |too )?(?:early|earlier|at \d|\d{{1,2}} ?(?:am|pm)\b|before \d|by \d|in time))",
        # (not moving house: "mom is not moving in with us after all", a reviewer of the en_52 change)
        rf"{_PERSON} {W3}(?:isnt|not|stopped|cant|quit) (?:moving|move|responding|respond|waking){_NOT_TO_THINGS}{_NOT_A_MOVE_HOME}",
        rf"{_PERSON} {W3}wont (?:moving|move|responding|respond|waking){_NOT_TO_THINGS}{_NOT_A_MOVE_HOME}",
        rf"(?:fell|fallen|went|found) (?:in|into) (?:the |a )?(?:pool|lake|water|river|tub|bathtub|pond) {W5}(?:isnt|not|wont|stopped) (?:moving|breathing|responding|waking)",
        # limp / slumped / on the floor, and not responding or moving
        rf"(?:limp|floppy|slump\w*|keeled|on the (?:\w+ )?(?:floor|ground)) {W5}(?:not|isnt|wont|cant|doesnt|didnt|stopped|quit|no longer) {W1}(?:respond\w*|answer\w*|wak\w*|mov\w*|talk\w*|react\w*|breath\w*|get up){_NOT_TO_THINGS}",
        rf"{_PERSON} {W2}(?:(?:is |went |gone |goes |just |has gone )?(?:all |completely |totally )?(?:limp|floppy)(?! (?:wrist|handshake))|slump(?:ed|ing|s)? (?:over|down|forward|sideways))",
        r"(?:not|isnt|stopped|quit|hasnt been|no longer) breathing",
        rf"(?:dont|do not|doesnt) (?:think|look like|seem like) {W1}(?:is |s )?breathing",
        rf"no pulse|cant find {W1}pulse|no heartbeat|(?<!my )heart (?:has )?stopped",
        rf"(?:think|maybe) {W1}{_PERSON} (?:is |might be )?dead",
        accept=lambda m: not _slept_not_fainted(m),
    ),
    # "Unresponsive" about a person (an app or a website that is unresponsive is not).
    _rule("unresponsive", MEDICAL, r"unresponsive|not responsive", accept=_is_person_unresponsive),
    # Cardiac arrest / CPR / AED, unless it is a class or a question about learning it.
    _rule("unresponsive", MEDICAL, r"cardiac arrest|cpr|aed|(?:doing|giving) (?:chest )?compressions",
          # (not "my CPR homework", en_52)
          accept=lambda m: _is_not_a_label(m) and _is_current_mention(m) and not _ASKS_WHO_TEACHES_CPR.match(m.string)
          and not _cpr_practised(m.string)),
    # Present-tense signs that a bystander describes without naming the emergency.
    _rule("chest_pain", MEDICAL,
          r"(?:grabbing|clutching|holding|gripping) (?:at )?(?:his|her|my|their) chest",
          rf"(?:ton of bricks|elephant|weight|brick) {W2}(?:on|sitting on|crushing) (?:him|her|me|my|his|their)(?: chest)?\b",
          r"(?:somebody|someone|something|a person|something heavy) (?:is )?(?:sitting|standing|pressing|stepping) on (?:my|his|her|their) chest"),
    _rule("breathing", MEDICAL,
          rf"(?:can only|only able to|only can|barely) (?:say|speak|talk|get out) {W2}(?:few|two|2|couple|one|three|3) (?:words?)",
          # "my mom can barely talk between breaths" (en_60); "too out of breath to talk"
          r"(?:can|could) (?:barely|hardly|not|only just) (?:talk|speak|get (?:a |the )?words? out|say (?:a word|anything)) "
          r"between (?:\w+ )?breath\w*",
          r"(?:cant|can not|cannot|couldnt) (?:talk|speak|get (?:a |the )?words? out) between (?:\w+ )?breath\w*",
          r"too (?:out of breathe|short of breathe|winded|breathless) to (?:even )?(?:talk|speak|finish)",
          r"cant (?:finish|complete|get through) (?:a |my |his |her )?sentences?(?! without)",
          rf"(?:albuterol|inhaler|rescue inhaler|nebulizer|neb|puffer|breathing treatment) {W8}(?:still|not helping|isnt helping|doesnt help|didnt help|no help|not working|isnt working) {W3}(?:wheez\w*|gasp\w*|cant breathe|short of breath)"),
    _rule("unresponsive", MEDICAL,
          r"(?:everything|vision|my vision|eyesight|it all) (?:is |s )?(?:going|turning|went|goes|gone) (?:all )?(?:gray|grey|black|dark|dim)",
          r"(?:not|isnt|wont|doesnt) (?:responding|respond|react\w*|wak\w*) (?:when|even when|if) (?:we|i|you|they) (?:shake|shook|call|called|touch|pinch|talk to|yell at)"),
    _rule("stroke", MEDICAL,
          rf"(?:suddenly|all of a sudden|out of nowhere|started) {W5}(?:doesnt|dont|does not|cant|didnt) (?:know|recogni[sz]e) (?:where|who|what|me|us)",
          rf"(?:doesnt|dont|does not|cant) (?:know|recogni[sz]e) (?:where (?:she|he|they) (?:is|are)|who (?:i am|we are)) {W5}(?:suddenly|started|just now|an hour ago|this morning|out of nowhere|all of a sudden)"),
    _rule("neutropenic_fever", MEDICAL,
          rf"counts {W2}(?:low|down|tanked|bottomed out)|low counts|neutropeni\w*",
          requires=r"\b(?:fever|temp\w*|shiver\w*|chills?|rigors?|10[0-4](?:\.\d)?)\b"),
    _rule("fall_head_injury", MEDICAL,
          r"(?:been|still|stuck|lying|laying) on the (?:\w+ )?(?:floor|ground) (?:since|for|all night|overnight)",
          r"(?:too weak|too dizzy|unable|not able) to get (?:up|him up|her up|off the floor)",
          # "slipped on ice getting the mail, hip hurts too much to stand up, im still outside" (en_29)
          rf"(?:fell|fallen|tripped|slipped|went down)(?! asleep| behind| apart| for) (?:\w+ ){{0,8}}(?:hip|leg|knee|ankle|back|head|arm|wrist|foot) {W2}(?:hurts|hurting|aches|"
          rf"is killing me|pain\w*) {W1}too (?:much|bad|badly) to (?:stand|get up|walk|move|put weight|get off)",
          rf"(?:hit|banged|bumped|smacked|struck|whacked) (?:his|her|my|their) head {W8}(?:throw\w* up|vomit\w*|puk\w*|drowsy|sleepy|confused|wont wake|hard to wake|passed out|blacked out|seizure|worst headache|"
          # bleeding now (a scalp bleeds freely; on a blood thinner it may not stop): "i hit my head and its bleeding"
          r"(?:its|it is|is|still|and) (?:still )?bleeding|blood (?:everywhere|all over|wont stop|is pouring))",
          # ... or the head hit the ground, with those signs: "crashed my bike downhill head smacked the pavement helmet cracked
          # vision blurry and throwing up" (the en_71 reviewer's)
          rf"head (?:smacked|hit|slammed|bounced off|cracked on|banged on|struck) (?:the|a) (?:pavement|ground|floor|concrete|curb|"
          rf"sidewalk|ice|road|street|tile|dashboard|windshield) {W8}(?:throw\w* up|vomit\w*|puk\w*|blurry|double|confused|drowsy|"
          r"passed out|blacked out|knocked out|wont wake|bleeding)"),
    # a fall, and a person's leg that will not hold them now: "mom tripped over the rug, she says her leg wont hold her"
    # (en_44); not a fall long ago or someone fine since, a chair's leg, "went down to get the mail" (a reviewer's finds)
    _rule("fall_head_injury", MEDICAL,
          rf"(?:fell|fallen|tripped|slipped|took a fall|had a fall)(?! asleep| behind| apart| for| up| off (?:my|the) (?:diet|wagon)) (?:\w+ ){{0,8}}"
          r"(?:my|her|his|their|moms|dads) (?:\w+ )?(?:hip|leg|legs|knee|ankle|foot) (?:wont|will not|cant|can not|cannot|doesnt|does not|isnt going to) "
          r"(?:hold (?:her|him|me|them)(?: up)?|bear (?:any )?weight|support (?:her|him|me|them)|take (?:any )?weight)",
          accept=lambda m: not _AN_OLD_FALL.search(m.string)),
    # The sender says it is an emergency or asks for 911 / an ambulance.
    _rule(
        "explicit_emergency", MEDICAL,
        r"sos|mayday|life or death|life threatening|carbon monoxide",
        # (a thing or a pet, not a person: "I think the scale is dying, the battery light is blinking", en_66)
        rf"(?:think|feel like|feels like|pretty sure|afraid) (?!{W2}{_THINGS_THAT_DIE} (?:is |are |s )?dying){W3}(?:dying|going to die)",
        r"somethings? (?:is )?(?:really |very |seriously |terribly )wrong(?! with (?:my |the |this |our |your )?(?:bill|account|order|app|portal|phone|insurance|claim|appointment|statement|website|login|password|meter|pump|email))",
        # (not dyeing: "I'm dying my hair purple for my birthday")
        # (nor the phrase named as a mood: "mom is in her 'I'm dying' mood again, she just means she's bored", en_57)
        # (a mood with anything after it that makes it real: "... lol but for real i have a plan", a probe of its review)
        r"im dying(?! (?:mood|moods|phase|routine|act|speech|drama|spiel)\b(?!.*\b(?:but|though|tho|for real|really|"
        r"seriously|actually|not kidding|plan|pills|gun|rifle|knife|rope|goodbye|cant|wont|isnt|not|blue|gr[ae]y|drooping|"
        r"passed out|unresponsive|help|911)\b)| (?:to|for|of|laughing|here|inside|without|(?:my|her|his|the|some|these|those|our) (?:\w+ )?"
        r"(?:hair|roots|beard|eggs|easter eggs|clothes|shirts?|fabric|yarn|wool|curtains|jeans|dress)|it (?:purple|red|blue|"
        r"pink|green|black|blonde|brown|gray|grey)))",
    ),
    # "Send help", unless it is the joke's tag line with nothing of danger in the rest: "pulled a muscle laughing at my
    # sister, send help lol" (en_45); not "chest hurts bad send help lol".
    _rule("explicit_emergency", MEDICAL, r"send (?:some )?help", accept=lambda m: not _a_joke_s_tag_line(m)),
    # 911, unless it is a question about when to call or an instruction given earlier.
    _rule("explicit_emergency", MEDICAL, r"911", accept=_is_call_for_help),
    _rule("explicit_emergency", MEDICAL, r"ambulance|paramedics?|emts?", accept=_is_wanted_mention),
    _rule("explicit_emergency", MEDICAL, r"emergency|emergencies", accept=_is_unnegated_current_mention),
    # --- en_67 / es_63: crises only the model's check-in caught ----------------
    # a gun out and the thought of using it: "i have my husbands gun out on the table and im thinking about using it"
    _rule("means_at_hand", SUICIDE,
          rf"(?:{FIREARM}|pills|knife|rope) (?:\w+ ){{0,6}}(?:and )?(?:im |i am |i keep |keep )?(?:thinking (?:about|of)|"
          r"going to|gonna|about to|want to|ready to) (?:using|use) (?:it|them)\b",
          # (not a hunt, a range or the wash: "got a new deer rifle for xmas and im ready to use it this weekend", its reviewer)
          accept=lambda m: _A_HUNT_OR_A_CHORE.search(m.string) is None),
    _rule_es("means_at_hand", SUICIDE,
             r"(?:pistola|arma|cuchillo|navaja|soga|pastillas) (?:\w+ ){0,8}(?:y )?(?:estoy |ando )?(?:pensando en|voy a|quiero|a punto de) "
             r"usar(?:la|lo|las|los)\b",
             accept=lambda m: _A_HUNT_OR_A_CHORE.search(m.string) is None),
    # it all over tonight, beside dying or a means: "my plants are dying, my marriage is dying, and I'm dying too, I just want it
    # over tonight" (its reviewer); not "over with"
    _rule("suicidal_ideation", SUICIDE,
          r"want (?:it|this|everything|all of it|it all|my life) (?:all )?(?:to be )?over (?:tonight|for good|forever|already|now)\b",
          requires=r"\b(?:im dying|i am dying|want to die|pills|gun|rope|kill myself|end it|no reason|goodbye|cant go on|"
                   r"tired of living|nothing left)\b"),
    # "shoot me now, I mean it, I have nothing left and the pills are right here" (its reviewer): never a chore's idiom
    _rule("suicidal_ideation", SUICIDE, r"(?<=^ )(?:just |somebody |someone |please )?shoot me(?: now)?",
          requires=r"\b(?:i mean it|not joking|not kidding|nothing left|pills|gun|rope|tonight|do it myself|want to die|end it|"
                   r"kill myself|goodbye|no reason)\b"),
    # a very high fever and a mind or a body not right: "burning up fever 104 and shaking and cant think straight"
    _rule("high_fever", MEDICAL,
          r"(?:fever|temp|temperature|burning up)(?: \w+){0,3}? 10[4-7](?: \d)?\b|\b10[4-7](?: \d)? (?:fever|temp|degrees)",
          requires="^" + _NOT_RIGHT_IN_A_FEVER),
    # ... the number told as where one is now: "had a fever of 104 last year ..., now im at 105 and cant think straight"
    _rule("high_fever", MEDICAL, r"(?:im|i am|shes|she is|hes|he is|its|temp is|temperature is) (?:at |up to |now )?10[4-7](?: \d)?\b",
          requires=rf"^(?=.*\b(?:fever|temp\w*|burning up|thermometer)\b){_NOT_RIGHT_IN_A_FEVER}"),
    # someone at the door, threatening harm now: "there's a man outside my door yelling hes going to hurt me"; "el ex de mi
    # hermana esta golpeando la puerta de mi mama y gritando que la va a matar"
    _rule("threat_at_the_door", DANGER,
          r"(?:outside|at|banging on|pounding on|kicking|beating on|kicked in|kicked) (?:my|the|our|her|his|moms) (?:front |back |apartment )?"
          r"door(?: in| down)? "
          r"(?:\w+ ){0,6}?(?:going to|gonna|wants to|threaten\w* to|says (?:he|she|they) (?:will|wants to)|said (?:he|she|they) would) "
          r"(?:hurt|kill|beat|get|shoot|stab) (?:me|us|her|him|them|my \w+)\b"),
    _rule_es("threat_at_the_door", DANGER,
             r"(?:(?:golpeando|pateando|tocando fuerte|aporreando|quiere tumbar) (?:la|mi|su) puerta|(?:afuera|enfrente) de (?:la|mi|su) "
             r"(?:casa|puerta|ventana|depa|departamento)) (?:\w+ ){0,8}?(?:gritando|dice|diciendo|amenazando) (?:que )?"
             r"(?:la|lo|me|nos|los|las|te) (?:va|van) a (?:matar|golpear|lastimar|pegar)"),
    # someone heard being beaten now: "I hear screaming from the apartment next door, an old lady, I think she's being beat"
    _rule("someone_being_hurt", DANGER,
          r"(?:shes|hes|she is|he is|someone is|somebody is|theyre|they are|mom is|moms|dad is) (?:being|getting) "
          r"(?:beat|beaten|beat up|hit|attacked|choked|strangled|stabbed|assaulted)"
          r"(?! (?:at|in|by (?:her|his|my) (?:grandkids|kids|brother|sister) at) (?:cards|bingo|chess|checkers|poker|dominoes|scrabble|"
          r"the game|a game|games|trivia)\b)"
          # (nor bugs or a bill: "being attacked by mosquitoes", "getting hit with a huge hospital bill", its reviewer)
          r"(?! by (?:the )?(?:mosquitoes|mosquitos|bugs|bees|ants|flies|gnats|fleas|geese|pigeons)\b)"
          r"(?! with (?:a|an|the|another|this|that) (?:\w+ ){0,2}(?:bill|fee|charge|tax|fine|price|rent|invoice)s?\b)",
          requires=r"\b(?:hear|heard|screaming|yelling|crying|next door|upstairs|downstairs|i think|right now|now)\b"),
    # a furnace or wiring giving off smoke or sparks: "furnace is making smoke and the alarm is going off"
    _rule("fire", DANGER,
          r"(?:furnace|heater|space heater|boiler|water heater|outlet|wall|wiring|dryer|electrical panel|fuse box|stove|oven) "
          r"(?:is |s )?(?:making|putting out|pouring out|letting out|giving off|full of|spitting) (?:\w+ )?(?:smoke|sparks|fumes)|"
          r"(?:furnace|heater|space heater|boiler|outlet|wiring|dryer|electrical panel|fuse box) (?:is |s )?(?:smoking|sparking)|"
          # "space heater caught fire and the curtains are burning" (its reviewer)
          r"(?:space heater|heater|furnace|stove|oven|dryer|outlet|wiring|candle|toaster|microwave|curtains|couch|mattress) (?:just )?"
          r"(?:caught fire|caught on fire|is on fire|on fire)",
          requires=r"\b(?:alarm|smoke|fire|sparks?|burning smell|cant breathe|fumes|dizzy|headache)\b"),
    _rule_es("bleeding", MEDICAL, r"(?:vomit\w*|devolvi\w*|devuelve|arroj\w*) (?:\w+ ){0,4}(?:cafe molido|borra de cafe|asientos de cafe)"),
    # --- en_18 / es_14 -------------------------------------------------------
    # fluid in the lungs: "gurgling when she breathes and coughing up pink foamy stuff"
    _rule("breathing", MEDICAL,
          r"pink (?:\w+ )?(?:foamy|frothy|foam|froth)|(?:foamy|frothy) pink|"
          r"gurgl\w* (?:\w+ )?(?:when|while) (?:she |he |i |they )?breath\w*"),
    # bleeding into the gut: black, tarry or bloody stool with a lot of it, or faintness
    _rule("bleeding", MEDICAL,
          r"(?:black|tarry|maroon|bloody) (?:and tarry |and sticky )?(?:stool|stools|poop|bm|bowel movements?)|"
          r"blood (?:in|with) (?:my|her|his|the) (?:stool|stools|poop|bm)",
          requires=r"\b(?:a lot|lots|so much|lightheaded|light headed|dizzy|weak|faint\w*|pale|passed out|cant stand)\b"),
    # a fall and a sound of a bone: "tripped over the rug ... I heard a crack"
    _rule("fall_head_injury", MEDICAL, r"(?:heard|felt) (?:a |it |something )?(?:crack|snap)\b",
          requires=r"\b(?:fell|fall|tripped|slipped|landed|tumbled|went down)\b"),
    _rule_es("stroke", MEDICAL,
             r"(?:de repente|de pronto|de la nada|repentinamente) (?:\w+ ){0,3}no (?:veo|puedo ver|puede ver|ve) "
             r"(?:de|por|con) (?:un|el|mi|su) ojo", accept=_is_not_a_label),
    # a low reading told "me medi y tengo 45" next to the signs of it
    _rule_es("blood_sugar", MEDICAL, r"(?:me medi|la medi|lo medi|le medi|me cheque|me chequee|me revise) (?:\w+ ){0,3}" + _READING,
             requires=r"\b(?:azucar|glucosa|sudando|sudor|temblando|tiemblo|mareada|mareado|confundid[oa]|rar[oa])\b",
             accept=_is_dangerous_sugar),
    # gas left on, with its signs: "the stove was on with no flame all night, I have a headache"
    _rule("danger", DANGER,
          r"(?:stove|burner|oven|range) (?:\w+ ){0,3}(?:on|left on) (?:with )?no (?:flame|fire)|"
          r"gas (?:was |has been |got )?(?:on|left on) all (?:night|day)",
          requires=r"\b(?:headache|sick|dizzy|nause\w*|throwing up|vomit\w*|sleepy|confused)\b"),
    # kept in, the phone taken: "my son took my phone, this is my friends, he won't let me leave the house" (en_62); not a
    # nurse or a daughter keeping someone in for their health ("wont let me leave till my sugar comes up", "without my coat")
    _rule("danger", DANGER,
          r"(?:wont|will not|doesnt|does not|isnt going to|not letting|wouldnt) (?:let|letting) me (?:leave|go out|get out|out)"
          r"(?: of)?(?: (?:the|my|this|his|her) (?:house|home|room|apartment|apt|place|bedroom))?",
          requires=r"\b(?:took (?:my|away my) (?:phone|keys|cell)|hid (?:my|the) (?:phone|keys)|(?:my )?friends? phone|"
                   r"someone elses phone|locked|lock(?:s|ing)? me|scared|afraid|threaten\w*|yell\w*|hit\w*|push\w*)\b",
          accept=lambda m: not _told_laughing(m.string) and not _KEPT_IN_FOR_HEALTH.search(m.string)),
    # a fall just now with a limb bent wrong or a scream of pain: "mi abuela se acaba de caer y tiene la pierna torcida, grita del
    # dolor" (es_58)
    _rule_es("fall_head_injury", MEDICAL,
             r"(?:se (?:acaba de|acabo de) caer|(?:se|me) (?:cayo|cai) (?:ahorita|ahora|hace rato|hace un rato))(?: \w+){0,8}? "
             r"(?:(?:pierna|cadera|brazo|tobillo|muneca|rodilla|hombro) (?:toda )?(?:torcida|torcido|chueca|chueco|rota|roto|quebrada|"
             r"quebrado|doblada|volteada)|grita (?:de|del) dolor|no se puede (?:levantar|mover|parar)|no (?:la|lo) podemos levantar)"),
    # a home full of smoke, with no everyday source told: "my neighbor's apartment is full of smoke and she's not answering"
    # (en_61; not "kitchen filled with smoke when i burnt the toast")
    _rule("danger", DANGER,
          r"(?:apartment|apt|kitchen|hallway|hall|building|unit|bedroom|basement|home|condo|trailer) (?:is |s )?(?:full of|filled with) smoke",
          # (a source told, unless it is burning on: "... my cigarette fell into the couch i cant put it out", a reviewer)
          accept=_a_fire_not_explained),
    _rule_es("danger", DANGER,
             r"(?:apartamento|departamento|depa|casa|cocina|pasillo|edificio|cuarto|traila) (?:\w+ ){0,3}?(?:esta |se )?"
             r"(?:llen[oa]|llenando) de humo",
             accept=_a_fire_not_explained),
    # smoke where someone cannot get out: "my mom says there's smoke in her building hallway and she can't get out" (en_65)
    _rule("danger", DANGER,
          r"smoke (?:in|coming into|coming under|under) (?:the |her |his |my |our |their )?(?:\w+ )?(?:hallway|hall|stairwell|stairs|"
          r"building|apartment|room|door)(?: \w+){0,6} (?:cant|can not|cannot|couldnt|unable to) (?:get out|get down|leave|escape|"
          r"make it out)",
          r"(?:trapped|stuck|cant get out|can not get out|cannot get out) (?:in|inside|of) (?:the |my |her |his |our |their )?"
          r"(?:apartment|apt|building|room|house|home|bathroom|bedroom|unit|elevator|stairwell|hallway) (?:\w+ ){0,4}smoke",
          accept=lambda m: _is_live(m)),
    _rule_es("danger", DANGER,
             r"humo (?:en|por) (?:el |la |su |mi )?(?:pasillo|edificio|escalera|cuarto|puerta)(?: \w+){0,6} no (?:puede|puedo|pueden|podemos) "
             r"salir|(?:atrapad[oa]s?|encerrad[oa]s?) (?:\w+ ){0,6}humo",
             accept=lambda m: _is_live(m)),
    # a home filling with smoke, with no everyday source told: "the apartment is filling up with smoke" (en_39; not
    # "... from my sons vape", "... when I burned the rice", a reviewer's finds)
    _rule("danger", DANGER,
          r"(?:house|home|apartment|apt|place|room|bedroom|kitchen|hall|hallway|building|stairwell) (?:is |s )?"
          r"(?:filling|fillin|getting filled) (?:up )?(?:with|w) smoke",
          accept=lambda m: _SMOKE_EXPLAINED.search(m.string) is None),
    # smoke in the building told with the alarm or a way out that is hard: "theres smoke in my hallway and the fire alarm
    # is going, i cant do the stairs fast" (en_46); not an everyday source told
    _rule("danger", DANGER,
          # ("theres smoke coming out the kitchen and i cant get to the door", en_55)
          # (or as the message's start: "smoke in my apartment, fire alarm going off", en_70)
          r"(?:(?:theres|there is|there s|got|lots of|so much|thick) |(?<=^ ))smoke (?:in|all over|filling|coming into|coming out(?: of)?|coming from) "
          r"(?:my|the|our) (?:\w+ )?"
          r"(?:hallway|hall|building|apartment|apt|house|home|kitchen|room|bedroom|stairwell|stairs|place|basement|unit|floor)",
          r"(?:smoke is|smokes) in (?:my|the|our) (?:hallway|hall|building|stairwell|apartment)",
          r"(?:hallway|hall|building|stairwell|apartment) (?:is )?(?:full of|filled with|filling with) smoke",
          requires=r"\b(?:alarm|alarms|detector|cant (?:do|get down|go down|use|make|take) (?:the )?stairs|cant get (?:out|to the door)|trapped|thick|"
                   r"spreading|getting worse|cant see|cant breathe)\b",
          # (not a drill, a burnt meal or an all-clear told: a reviewer's finds)
          accept=lambda m: _SMOKE_NOT_A_FIRE.search(m.string) is None),
    # a stranger armed inside: "theres a man in my hallway with a gun" (en_70: only the model's check-in)
    _rule("danger", DANGER,
          r"(?:a man|a guy|some guy|some man|someone|somebody|a stranger|a woman|two men|some men|a person) (?:is |s |are )?(?:in|inside|at) "
          r"(?:my|our|the|her|his) (?:\w+ )?(?:hallway|hall|house|home|apartment|apt|building|yard|backyard|room|bedroom|kitchen|door|"
          r"porch|garage|lobby|stairwell) with (?:a |an )?(?:gun|knife|weapon|pistol|rifle|bat|machete|crowbar)\b",
          accept=_is_live),
    # someone who forced their way into a home and stays or threatens: "her neighbor's son forced his way into her apartment
    # and won't leave" (en_46); the staying or the threat told, and nothing homely ("my sister forced her way into my apartment
    # with a casserole and wont leave", "... wont leave till i eat something", a nurse at 5am, a landlord without notice:
    # reviewers' finds)
    _rule("danger", DANGER,
          r"(?:forced|broke|pushed|barged|shoved) (?:his|her|their|the) way (?:in|into)(?: \w+){0,5}? (?:and )?(?:(?:he|she|they) )?"
          r"(?:wont|will not|refuses to|refused to|is not going to) leave(?! (?:till|until|unless)\b)",
          r"(?:forced|broke|pushed|barged|shoved) (?:his|her|their|the) way (?:in|into)(?: \w+){0,5}? (?:and )?"
          r"(?:(?:hes|shes|he is|she is|theyre|is|s) )?(?:drunk|yelling|screaming|threatening|hitting|breaking|attacking|"
          r"still (?:here|there|inside|in (?:the|my|her) \w+))",
          r"forced (?:himself|herself|themselves) (?:in|into)(?: \w+){0,5}? (?:and )?(?:(?:he|she|they) )?(?:wont|will not|refuses to) leave",
          accept=lambda m: _is_live(m) and _A_HOMELY_VISIT.search(m.string) is None),
    # smoke and an alarm, or smoke that is spreading: "I smell smoke in the hallway and the
    # alarm is going off", "I smell smoke and the hallway is filling up" (en_20)
    _rule("danger", DANGER, r"(?:smell|smells|smelling|see|seeing) smoke",
          requires=r"\b(?:alarm|alarms|detector)\b|"
                   r"\b(?:filling(?: up)?|full of|thick|spreading|pouring|coming (?:in|under|through)|everywhere|"
                   r"getting (?:worse|thicker|stronger)|cant see)\b"),
    # a stranger at the door who will not leave, or who frightens: "there is a man outside my door he won't leave and I'm
    # scared" (en_58); not a visit ("the cable guy at my door won't leave, he wants to sell me a plan")
    _rule("danger", DANGER,
          rf"(?:a man|a guy|some guy|some man|someone|somebody|a stranger|a woman|a person|people|two men|some men|{_KNOWN_CALLER}) "
          r"(?:is |s |are )?(?:outside|at|by|banging on|knocking on|pounding on|standing at|standing outside) (?:my|the|our|her|his) "
          r"(?:front |back )?"
          r"(?:door|window|house|apartment|porch)(?: \w+){0,4}? (?:(?:and )?(?:he|she|they) )?(?:wont|will not|refuses to|isnt going to) "
          r"leave(?! (?:till|until|unless)\b)",
          # (... told of someone else: "my mother says a man has been banging on her window for 20 minutes and she's terrified",
          # en_68)
          rf"(?:a man|a guy|some guy|some man|someone|somebody|a stranger|two men|some men|{_KNOWN_CALLER}) (?:is |s |are |has been |"
          r"have been |been |keeps )?(?:outside|at|banging on|pounding on) (?:my|the|our|her|his) (?:\w+s )?(?:front |back |bedroom )?"
          r"(?:door|window)(?: \w+){0,6}? (?:and )?(?:im|i am|were|we are|shes|she is|hes|he is|theyre|they are) "
          r"(?:so |really )?(?:scared|afraid|terrified|frightened|hiding)",
          accept=lambda m: _is_live(m) and _A_HOMELY_VISIT.search(m.string) is None
          and (_A_CALLER_WITH_A_TRADE.search(m.string) is None or _FEAR_OR_THREAT.search(m.string) is not None)),
    # a person found beside an emptied bottle of pills: "I just found mom and there's an empty bottle of sleeping pills next
    # to her" (en_58); not a bottle found in the trash, nor one emptied by taking the pills as prescribed
    _rule("overdose", MEDICAL,
          r"(?:empty|emptied) (?:\w+ ){0,2}(?:bottles?|packs?|packets?|boxes|box|containers?|blister packs?)(?: of (?:\w+ ){0,2}?"
          r"(?:pills|tablets|meds|medicine|medications?|sleeping pills|sleep aids?|tylenol|advil|aspirin|insulin|xanax|"
          r"oxycodone|percocet|vicodin|ambien|opioids?|painkillers?|pain pills|heart pills|water pills))?",
          requires=r"\b(?:(?:next to|beside|by|near) (?:her|him|them|mom|dad|my \w+)|found (?:mom|dad|her|him|them|my (?:\w+ )?"
                   r"(?:mom|mother|dad|father|husband|wife|son|daughter|brother|sister|grandma|grandpa|friend|neighbor|roommate))|"
                   r"(?:wont|cant|will not|can not) wake|unresponsive|passed out|not breathing|wont answer)\b",
          accept=_is_live),
    # --- en_20 ---------------------------------------------------------------
    # several tablets instead of one: "took 4 of my heart pills instead of 1"; two, with signs of it
    _rule("overdose", MEDICAL, rf"{_TOOK} {_THREE_OR_MORE} {_MEDS_INSTEAD_OF_ONE}"),
    _rule("overdose", MEDICAL, rf"{_TOOK} (?:two|2) {_MEDS_INSTEAD_OF_ONE}",
          requires=r"\b(?:dizzy|dizziness|faint\w*|slow|confused|sleepy|drowsy|racing|pounding|cant breathe|passed out|"
                   r"weak|shaky|sick|throwing up|vomit\w*)\b"),
    # threatened, and afraid: "I'm afraid to go home, my grandson ... threatened me"
    # (not a threat of eviction, a lawsuit or a bill collector: "threatening me with eviction")
    _rule("danger", DANGER, r"(?:threatened|threatening|threatens) (?:me|us|her|my \w+)"
          r"(?! (?:with (?:eviction|court|a lawsuit|legal|collections|a fine|the police|a bill)|"
          r"to (?:evict|sue|call|report|cut|shut|take (?:me|us|her) to court|kick (?:me|us|her) out|raise)))",
          requires=r"\b(?:afraid|scared|terrified|frightened|fear)\b"),
    # silenced by a threat, the one who threatens near: "my nephew took my money and says he'll put
    # me in a home if I tell anyone. he's here now" (en_23)
    _rule("danger", DANGER,
          r"(?:says|said|told me|tells me|keeps saying) (?:that )?(?:hell|hed|shell|shed|he will|she will|he would|she would|"
          r"theyll|theyd) (?:\w+ ){0,3}(?:put (?:me|her|him|mom|us) in a (?:home|nursing home)|hurt|kill|hit|beat|"
          r"throw (?:me|her|him|us) out|kick (?:me|her|him|us) out|lock (?:me|her|him|us))(?: \w+){0,4} if (?:i|we|mom|she|he) (?:tell|tells|call|calls|report|reports|say|says) "
          r"(?:anyone|anybody|someone|somebody|the police|the cops|you|them|a word)",
          requires=r"\b(?:(?:hes|shes|he is|she is|theyre|they are) (?:\w+ )?(?:here|home|in the house|inside|outside)|"
                   r"right now|scared|afraid|terrified)\b"),
    # --- en_19 / es_15 -------------------------------------------------------
    # a bottle of pills swallowed: "i swallowed a bottle of tylenol an hour ago" (an es_40 reviewer's find; not water, not
    # carried somewhere: "took the whole bottle of pills to the pharmacy")
    _rule("overdose", MEDICAL,
          r"(?:swallowed|took|downed|ate) (?:a|the|half a|half the|a whole|the whole|an entire|whole) (?:bottle|jar|pack|box|package) of "
          r"(?:my |her |his |the )?(?:pills|tablets|tylenol|advil|aspirin|ibuprofen|motrin|aleve|sleeping pills|meds|medicine|medication|"
          r"xanax|oxy\w*|pain pills|benadryl|nyquil|tramadol|percocet)(?! (?:to|with|into|back|in|out|for)\b)"),
    # the same medicine three times or more by mistake: "took my water pill 3 times today by accident"
    _rule("overdose", MEDICAL,
          rf"(?:took|taken|gave|given|had|swallowed) {W3}{_MEDS} {W3}(?:three|3|four|4|five|5) times"
          r"(?= .*\b(?:by accident|by mistake|on accident|accidentally|accidently|forgot|forgetting|didnt remember|kept forgetting)\b)",
          # ... or the mistake told right before the taking: "i accidentally took my water pill 3 times today" (en_44)
          # (within one day: not "... 3 times this week at night instead of the morning", a reviewer's finds)
          rf"(?:by accident|by mistake|on accident|accidentally|accidently|mistakenly) (?:took|gave (?:her|him)|swallowed) {W3}{_MEDS} "
          r"(?:three|3|four|4|five|5) times(?: already)?(?= (?:today|tonight|this morning|this afternoon|this evening|in a row)\b| ?$)"),
    # "i think i took my water pill and then forgot and took 2 more, so 3 of them" (en_29)
    _rule("overdose", MEDICAL,
          rf"{_MEDS} (?:\w+ ){{0,8}}(?:took|taken|swallowed|had) (?:another )?(?:two|2|three|3|four|4|a few|a couple|a couple of) more\b"
          r"(?! (?:days?|weeks?|hours?|minutes?|months?|tries|times to|at (?:lunch|dinner|supper|bedtime|night)))",
          requires=r"\b(?:by accident|by mistake|accidentally|accidently|forgot|forgetting|didnt remember|kept forgetting)\b",
          accept=lambda m: not _AS_PRESCRIBED.search(m.string)),
    # something taken, and the person changed: "my brother took something, hes not acting right, pills all
    # over the floor and hes barely talking" (en_29); not something for a headache or a cold
    _rule("overdose", MEDICAL,
          r"(?:took|taken|swallowed|drank|snorted|injected) (?:something|some kind of \w+|who knows what)"
          r"(?! (?:for|to|from|at|with|out|off|back|home|called|like|over the counter|the (?:doctor|dr|nurse|pharmacist)|my (?:doctor|dr))\b)",
          r"(?<!dropped my )(?<!dropped the )(?<!dropped her )(?<!dropped his )(?<!spilled my )(?<!spilled the )(?<!knocked my )"
          r"pills (?:all )?(?:over|on|across) the (?:floor|ground|bed|table|counter)(?! (?:\w+ ){0,3}(?:picked|dropped|spilled|knocked))",
          requires=r"\b(?:barely (?:talking|awake|breathing|responding|moving|conscious)|not acting right|acting (?:weird|strange|funny|crazy)|"
                   r"not making sense|slurr\w*|wont wake|cant wake|hard to wake|out of it|passed out|cant stay awake|"
                   r"(?:very|so|really) (?:drowsy|sleepy|confused)|not responding|unresponsive)\b"),
    # someone else's medicine swallowed: "I took my late husbands pills instead of mine"
    _rule("overdose", MEDICAL,
          rf"(?:took|taken|swallowed|gave (?:her|him|me)|given) (?:my |her |his |the )?(?:\w+ )?"
          r"(?:(?:husband|wife|son|daughter|sister|brother|neighbou?r|roommate|mother|father|moms|dads|friend)s?|someone elses|somebody elses) "
          rf"(?:\w+ )?{_MEDS} (?:instead|by mistake|by accident|accidentally)",
          rf"took (?:the )?wrong {_MEDS}(?! (?:bottle|box|case|organi[sz]er) (?:to|from|with)\b)"),
    # ... the mistake told before it, or a change felt or seen now: "i mixed up my bottles and took my neighbors pills, feel
    # strange" (en_47); "my dad took my pills by mistake and now hes very sleepy" (a reviewer of the en_47 change)
    _rule("overdose", MEDICAL,
          rf"(?:took|taken|swallowed) (?:one of |two of |some of |a few of |\d of )?(?:my |her |his |the )?(?:\w+ )?"
          r"(?:(?:husband|wife|son|daughter|sister|brother|neighbou?r|roommate|mother|father|moms|dads|friend|aunt|uncle|grandmas|"
          r"grandpas|abuelas|abuelos)s?|someone elses|somebody elses) "
          rf"(?:\w+ )?{_MEDS}" + _SWALLOWED_NOT_CARRIED,
          # (someone else's: not "grandma took her pills and seems confused", her own, the second review)
          r"(?<!if my )(?<!if )(?:husband|wife|son|daughter|sister|brother|roommate|mom|dad|mother|father|grandpa|grandma|he|she) (?:just )?"
          rf"(?:took|swallowed|ate) (?:one of |some of |a few of |\d of )?(?:my|moms|dads|grandmas|grandpas) (?:\w+ )?{_MEDS}"
          + _SWALLOWED_NOT_CARRIED,
          requires=r"\b(?:mixed up|mix up|mixup|mixed (?:\w+ )?(?:bottles|pills|meds)|grabbed the wrong|wrong bottle|by mistake|mistakenly|"
                   # (not sure whose they were: "i think i took somebody elses pills, they were in my bag", en_50)
                   r"i think i (?:took|swallowed)|(?:were|was) in my (?:bag|purse|pocket)|not sure whose|"
                   r"by accident|accidentally|accidently|instead of (?:mine|hers|his)|"
                   r"(?:feel|feels|feeling|felt|acting|is|s|seems|looks|im|i am|hes|shes|now) (?:\w+ )?(?:strange|weird|funny|off|dizzy|sick|woozy|drunk|"
                   r"out of it|not right|loopy|lightheaded|light headed|shaky|sleepy|drowsy|confused)|heart (?:is )?(?:racing|pounding))\b"),
    # ... and in Spanish, the mix-up or a change felt: "confundi los frascos y me tome las pastillas de mi esposo, me siento
    # rara" (a reviewer of the en_47 change)
    # (taken, not taken as a habit or asked about: not "yo tomo las mismas pastillas de mi esposo", "si me tomo ... que pasa",
    # the second review)
    _rule_es("overdose", MEDICAL,
             rf"(?<!\bsi )(?:me tome|se tomo|tome) (?:\w+ ){{0,3}}?(?:{_ES_MEDS}|pills|meds) (?:de|del|of) (?:mi|su|my|la|el) (?:\w+ )?"
             r"(?:esposo|esposa|marido|hijo|hija|mama|papa|vecin[oa]|herman[oa]|abuel[oa]|suegr[oa]|husband|wife)" + _NOT_OVER_ES,
             rf"(?:esposo|esposa|marido|hijo|hija|mama|papa|herman[oa]|abuel[oa]|nieto|nieta) se (?:tomo|trago) (?:\w+ ){{0,2}}?"
             rf"(?:mis {_ES_MEDS}|(?:las|los|unas|unos) {_ES_MEDS} mi[ao]s)" + _NOT_OVER_ES,
             requires=r"\b(?:confundi\w*|equivoca\w*|por error|sin querer|por accidente|by mistake|(?:me siento|se siente|siento) (?:como )?"
                      r"(?:muy |bien |medio )?(?:rar\w*|mal|mare\w*|dizzy)|(?:esta|estoy|ando|anda|me siento|se siente) (?:como )?"
                      r"(?:muy |bien |medio )?(?:mare\w*|dormid[oa]|somnolient[oa]|confundid[oa]|tembloros[oa]|temblando|acelerad[oa])|"
                      r"corazon acelerado)\b"),
    # a long lie told without "fell": "on the kitchen floor been here a while"
    _rule("fall_head_injury", MEDICAL,
          r"(?:on|stuck on|lying on|laying on) the (?:\w+ )?(?:floor|ground) (?:been|i been|ive been) (?:here|there|down) "
          r"(?:a while|a long time|for a while|for hours|hours|since)"),
    # a limb misshapen after a fall: "tripped over the rug, my wrist is swollen and bent funny"
    _rule("fall_head_injury", MEDICAL,
          r"(?:leg|arm|hip|ankle|wrist|knee|shoulder|finger|elbow) (?:is |looks )?(?:\w+ and )?(?:bent|twisted|turned) "
          r"(?:funny|weird|wrong|odd|the wrong way|sideways|backwards)",
          requires=r"\b(?:fell|fallen|fall|tripped|slipped|landed|tumbled|went down)\b"),
    # speech gone and the body leaning: "can't say her words right and is leaning over to one side"
    _rule("stroke", MEDICAL,
          r"(?:cant|couldnt|unable to|not able to) say (?:his|her|my|their|the) words(?: right)?",
          rf"{_PERSON} {W3}(?:leaning|leans|tilting|slumping) (?:over )?to (?:one|the) side",
          # ... a stranger seen: "lady at the bus stop can't talk right and is leaning to one side" (en_64)
          rf"{_A_STRANGER_SEEN} {W5}(?:cant|cannot|couldnt|can not|unable to) (?:talk|speak)(?: right(?! now)| straight| clearly)?"
          r"(?! now\b| rn\b) "
          rf"(?:\w+ ){{0,3}}(?:leaning|leans|tilting|slumping|slumped) (?:over )?to (?:one|the|a) side",
          rf"{_A_STRANGER_SEEN} {W5}(?:leaning|leans|tilting|slumping|slumped) (?:over )?to (?:one|the|a) side (?:\w+ ){{0,3}}"
          r"(?:cant|cannot|couldnt|can not|unable to) (?:talk|speak)",
          accept=_is_not_a_label),
    # the same in Spanish: "tome 4 de mis pastillas del corazon en vez de 1"; two, with signs of it
    _rule_es("overdose", MEDICAL, rf"{_TOOK_ES} {_THREE_OR_MORE_ES} {_ES_MEDS_INSTEAD_OF_ONE}"),
    _rule_es("overdose", MEDICAL, rf"{_TOOK_ES} (?:dos|2) {_ES_MEDS_INSTEAD_OF_ONE}",
             requires=r"\b(?:marea\w*|desmay\w*|confundid[oa]|dormid[oa]|somnolient[oa]|lent[oa]|debil|temblando|"
                      r"vomit\w*|corazon (?:acelerado|muy rapido)|no puedo respirar)\b"),
    # cleaning products mixed into a gas, with its signs: "mixed bleach and ammonia ... now I'm coughing"
    _rule("overdose", MEDICAL,
          r"(?:mixed|mixing|mix|combined|used) (?:\w+ ){0,2}(?:bleach|ammonia|cloro|amoniaco) (?:and|with|y|con) (?:\w+ ){0,2}"
          r"(?:ammonia|bleach|vinegar|cleaners?|toilet bowl cleaner|cloro|amoniaco|vinagre)",
          requires=r"\b(?:cough\w*|cant breathe|breath\w*|dizzy|sick|burn\w*|chest|eyes|throat|tos|tosiendo|mare\w*|ardor|respirar)\b"),
    # "me tome mis pastillas y las de mi esposo por equivocacion"
    _rule_es("overdose", MEDICAL,
             r"(?:me tome|tome|se tomo|le di|le dimos|nos tomamos) (?:\w+ ){0,6}?(?:(?:las|los|la|el|unas|unos) )?"
             r"(?:(?:pastillas|medicinas?|medicamentos?|pildoras) )?(?:de|del) (?:mi|su|la|el) (?:esposo|esposa|marido|hijo|hija|mama|papa|vecin[oa]|"
             r"herman[oa]|abuel[oa]|suegr[oa]|otra persona) (?:\w+ ){0,2}?(?:por equivocacion|por error|sin querer|por accidente|en vez de)"),
    # --- en_21 / es_17 -------------------------------------------------------
    # five or more pills at once by mistake, signs or not: "me equivoque y me tome como 6
    # pastillas de metformina", "messed up and took like 6 of my metformin"
    _rule_es("overdose", MEDICAL,
             rf"{_TOOK_ES} (?:como |unas |casi |mas de |hasta )?(?:[5-9]|\d{{2}}|cinco|seis|siete|ocho|nueve|diez|doce|quince|veinte) "
             rf"(?:de )?(?:mis |sus |las |los )?{_ES_MEDS}",
             requires=r"\b(?:me equivoque|se equivoco|nos equivocamos|por error|por equivocacion|por accidente|sin querer|"
                      r"sin darme cuenta|me confundi|se confundio)\b"),
    _rule("overdose", MEDICAL,
          r"(?:took|taken|swallowed|popped|gave (?:her|him)) (?:like |about |maybe |around |over )?(?:[5-9]|\d{2}|five|six|seven|eight|"
          rf"nine|ten|twelve|fifteen|twenty) (?:of (?:my|his|her|their|the|moms|dads) \w+|(?:\w+ )?{_MEDS})",
          requires=r"\b(?:by mistake|by accident|accidentally|accidently|made a mistake|messed up|mixed up|wasnt thinking|"
                   r"didnt realize|confused)\b"),
    _rule("suicidal_ideation", SUICIDE,
          r"(?:going to|gonna|want to|wanna|will|planning to|plan to) do the same(?: thing)?(?: \w+){0,2}? (?:tonight|today|now|soon|"
          r"this weekend)",
          requires=_A_DEATH_TOLD),
    # every pill in the house, meant for tonight: "honestly tonight im swallowing every pill in the house" (the en_71
    # reviewer's)
    _rule("suicidal_intent", SUICIDE,
          r"(?:swallow|swallowing|take|taking|down|downing|eat|eating) (?:(?:every (?:single )?(?:pill|tablet|med)|all (?:of )?the "
          r"(?:pills|meds|medicine|medication)) (?:in the (?:house|cabinet|apartment|bottle)|i (?:have|got|own|can find))|"
          r"all (?:of )?my (?:pills|meds) at once)"),
    # a fall seen from outside, the door between: "I'm the neighbor, Dorothy fell in her kitchen, I can see her through the
    # window" (en_72)
    # (not a fall once, asleep, behind or through: "mom fell once so we keep the door locked at night now", "dad fell asleep
    # early so he wont answer", "my appointment fell through and now i cant get in until june": its reviewer)
    _rule("fall_head_injury", MEDICAL,
          rf"(?:fell|fallen|took a tumble|went down|collapsed|(?:is|lying|laying) on (?:her|his|the) (?:\w+ )?floor)"
          r"(?! (?:once|asleep|behind|through|apart|short|in love|for|off|to|into (?:bed|a routine)))\b (?:\w+ ){0,14}"
          r"(?:i can see (?:her|him)|see (?:her|his) (?:legs|feet|body)|"
          r"cant get (?:in|inside|to (?:her|him))|(?:(?:she|he|shes|hes) |and )(?:wont|cant|isnt|is not|not) (?:open|answer)\w*|"
          r"(?:door|doors) (?:is |are )?locked|its locked|hear (?:her|him) (?:moaning|calling|crying|yelling))"),
    _rule_es("fall_head_injury", MEDICAL,
             r"se (?:cayo|cae) (?:mi |su |la |el )?(?:" + _ES_FALLER + r") (?:\w+ ){0,8}?(?:(?:la|lo) (?:veo|puedo ver) por la ventana|"
             r"no (?:abre|contesta|responde)|no (?:puedo|podemos) entrar)"),
    # confusion about where one is: "im so confused i dont know where i am" (en_72); not where one is going with something
    # (the one lost is the one who does not know: "my cat got out and i dont know where she is" is not this, its reviewer)
    _rule("confusion", MEDICAL,
          r"(?:i (?:dont|do not|cant)|idk) (?:know|tell) where (?:im|i am)"
          r"(?! (?:going|headed|supposed|at with|with (?:this|it|that)|in (?:life|the process|line)|on the (?:list|waitlist)))\b"),
    # ... someone else lost, only out or in danger now: "my mom is outside in her nightgown and doesnt know where she is", "found
    # my dad wandering on the highway he cant tell me where he lives" (its reviewer); not dementia most days (en_26), nor
    # "doesnt know who i am" alone (en_49: confusion counts when it started today)
    _rule("confusion", MEDICAL,
          r"(?<!\bi )(?<!\bwe )(?<!\bidk )(?:doesnt|does not|dont|cant|cannot) (?:know |tell (?:me |us )?)(?:who (?:i am|im) or )?"
          r"where (?:she is|shes|he is|hes|she lives|he lives)\b",
          requires=r"^(?!.*\b(?:most days|every day|always|sometimes|day program|usually)\b).*\b(?:outside|wandering|wandered|highway|"
                   r"street|road|car|driving|lost|right now|please send|send someone|help|getting dark|in the cold|nightgown|"
                   r"falling asleep|suddenly|all of a sudden|this morning|today)\b"),
    _rule_es("confusion", MEDICAL, r"no se (?:en )?donde estoy", r"(?:no sabe|no reconoce) (?:ni )?(?:donde (?:esta|vive)|que dia es|quien soy)"),
    # a baby with a fever who barely moves: "mi bebe de 3 meses tiene 40 de fiebre y casi no se mueve" (the en_71 reviewer's)
    _rule("high_fever", MEDICAL,
          rf"(?:baby|infant|newborn|babys) {W8}(?:fever|temp|temperature) {W8}(?:barely moving|not moving|limp|floppy|wont wake|"
          r"hard to wake|lethargic|not responding|wont eat|wont feed|not feeding)"),
    _rule_es("high_fever", MEDICAL,
             r"(?:bebe|bebito|bebita|nene|nena|recien nacid[oa]) (?:\w+ ){0,8}?(?:fiebre|calentura|temperatura)(?: \w+){0,6}? "
             r"(?:casi no se mueve|no se mueve|no reacciona|no despierta|muy decaid[oa]|aguadit[oa]|no quiere (?:comer|mamar)|"
             r"no come)"),
    # a poisoning asked as if about anyone, then done just now: "si alguien se toma un vaso de cloro que le pasa? mi hermano lo
    # acaba de hacer" (the en_71 reviewer's)
    _rule_es("overdose", MEDICAL, r"(?:lo|la) acaba(?:n)? de (?:hacer|tomar|beber|tragar)|acaba(?:n)? de hacerlo",
             # (poisons only: "se tomo sus pastillas, la acaba de tomar" is a dose taken)
             requires=r"\b(?:cloro|veneno|raticida|anticongelante|lejia|thinner|gasolina|destapacanos|bleach)\b"),
    _rule("overdose", MEDICAL, r"(?:he|she|they|my \w+) (?:just|already) (?:did|drank|swallowed|took) (?:it|that|some)\b",
          requires=r"\b(?:bleach|poison|antifreeze|rat poison|drain cleaner|lye|gasoline|paint thinner)\b"),
    # a mother's wish to end it, told by her child, with fear: "mom just told me she wants to end it, I'm scared" (en_73)
    _rule("suicidal_ideation", SUICIDE,
          r"(?:told me|said|says|keeps saying|texted me) (?:that )?(?:she|he|they) (?:wants|want|is going|gonna|wanted) to end it"
          r"(?: all)?(?! with| early| for| because| now with| after)\b",
          requires=r"\b(?:scared|afraid|worried|terrified|frightened|panicking|dont know what to do|help)\b"),
    # ... or with its time set: "my sister just said she wants to end it tonight" (the en_74 reviewer's)
    _rule("suicidal_ideation", SUICIDE,
          r"(?:told me|said|says|keeps saying|texted me) (?:that )?(?:she|he|they) (?:wants|want|is going|gonna|wanted) to end it"
          r"(?: all)? (?:tonight|today|right now|this weekend|before (?:morning|tomorrow))\b"),
    # much blood each time now, told as that alone: "there's blood when i go to the bathroom, a lot" (en_73); not blood in the
    # toilet explained, asked about, denied or mild ("... hemorrhoids", "is it normal ...", "no blood ...", "a streak": the en_34
    # reviewers' look-alikes)
    _rule("bleeding", MEDICAL,
          r"(?<=^ )(?:theres|there is|im seeing|seeing|i see|lots of|so much) blood (?:every time |each time )?when (?:i|she|he) (?:go|goes) "
          r"(?:to the )?(?:bathroom|potty|toilet)(?: \w+){0,2}? (?:a lot|so much|lots|wont stop)",
          requires=r"^(?!.*\b(?:no|not|wasnt|isnt|hemorrhoids?|period|lately|is it|normal|how much|when should|iron|streak|little|bit)\b)"),
    # twenty or more at once, a short while ago, whatever else is said: "i took like 30 of my sertraline an hour ago" (the
    # en_71 reviewer's); not a month's supply counted or carried ("took 30 pills to the pharmacy", "took 30 of my pills this
    # month")
    _rule("overdose", MEDICAL,
          r"(?:took|swallowed|popped|ate|downed) (?:like |about |maybe |around |over |almost |nearly )?(?:[2-9]\d|twenty|thirty|forty|"
          rf"fifty) (?:of (?:my|his|her|their|the|moms|dads) \w+|(?:\w+ )?{_MEDS})(?= (?:\w+ )?(?:an hour|a few minutes|minutes|"
          r"\d+ (?:minutes|mins|hours?)|half an hour|hours?) ago\b)"),
    # someone's pills swallowed, how many unknown: "mi sobrino se tomo pastillas de su abuela,
    # no sabemos cuantas", "my grandson got into her pills, we dont know how many"
    _rule_es("overdose", MEDICAL,
             rf"(?:se tomo|se trago|se comio|tomo|trago|comio|agarro) (?:\w+ ){{0,3}}{_ES_MEDS}",
             requires=r"\bno (?:sabemos|se|sabe|sabemos bien|tengo idea de) cuant[ao]s\b"),
    _rule("overdose", MEDICAL,
          rf"(?:took|swallowed|ate|got into|popped|took some of) (?:\w+ ){{0,4}}{_MEDS}",
          requires=r"\b(?:dont|do not|doesnt|not sure|no idea|no clue) (?:know )?how many\b"),
    # --- en_34 / es_30 -------------------------------------------------------
    # the one who hurt her named by who they are: "the man who lives with my mom pushed her and
    # took her phone" (en_34); not a wheelchair pushed, nor a push to try something
    _rule("danger", DANGER,
          r"(?:man|guy|woman|lady|boyfriend|girlfriend|husband|wife|partner|someone|somebody|person|tenant|roommate) "
          r"(?:who|that) (?:\w+ ){1,5}(?:shoved|pushed|slapped|punched|kicked|choked|hit|beat|knocked down) (?:me|her|him|mom|dad)"
          r"(?! (?:out|at|off)\b)(?! (?:wheelchair|chair|walker|stroller|cart|button|around|up|to (?:walk|eat|try|do|go|finish)|"
          r"in (?:the|her|his|my|a|their) (?:wheelchair|chair|stroller))\b)",
          # (not a stranger's bump: "the man who bumped and pushed me on the bus said sorry, im ok")
          accept=lambda m: _is_not_a_label(m) and not _BUMPED_INTO.search(m.string)),
    # "mi abuelito se quedo como paralizado de un lado hace 10 minutos" (es_30); not years ago ("desde el 2019")
    _rule_es("stroke", MEDICAL, r"(?:paralizad[oa]|sin fuerza) (?:de|del) (?:un|todo un|medio|el) lado",
             accept=lambda m: _is_not_a_label(m) and not _SINCE_LONG_AGO.search(m.string)),
    # blood in the toilet, a lot of it or black: bleeding into the gut ("blood in the toilet, a lot,
    # black stuff too", en_34); the amount or colour told right there, not a streak after wiping, "... been
    # eating a lot of cheese", "not a lot just a streak"
    _rule("bleeding", MEDICAL,
          rf"(?<!no )(?<!any )(?<!like )(?<!how much )(?<!little )(?<!bit of )(?<!drop of )(?<!streak of ){_BLOOD} (?:\w+ )?"
          r"(?:in|all over|filling) (?:the|my|her|his) (?:toilet|toilet bowl|bowl|commode)(?: (?:and|its|is|theres|there is|again))? "
          # ("a lot" as often: "... a lot lately", "a lot when i have a flare up")
          r"(?:a lot|lots|so much|everywhere|black|tarry|keeps coming)(?! of (?!it\b|blood\b)| (?:lately|recently|when|whenever|"
          r"this|these|of the time|during|if|from)\b)",
          rf"(?<!not )(?<!how )(?:a lot of|lots of|so much|too much) {_BLOOD} (?:\w+ )?(?:in|all over|filling) (?:the|my|her|his) "
          r"(?:toilet|toilet bowl|bowl|commode)",
          # (not the black of iron pills, a period)
          accept=lambda m: _is_not_a_label(m) and not _NOT_A_BLEED.search(m.string)),
    # a hand that stopped obeying all of a sudden, told by what it cannot do: "cant write good my hand went numb all of a
    # sudden" (en_44); without the suddenness, the safety net's check-in ("hand_failing", bot/safety_net.py): numb
    # fingers after shovelling or a dentist's needle are everyday (a reviewer's finds)
    _rule("stroke", MEDICAL, CANT_USE_HAND, requires=rf"\b{HAND_GONE_ODD}\b", accept=lambda m: _HAND_ONSET.search(m.string) is not None),
    # speech gone wrong beside a mouth or face gone wrong: "theres somethin wrong wit my mouth cant
    # talk good" (en_34); not "cant talk right now"
    _rule("stroke", MEDICAL,
          r"(?:cant|can not|cannot|couldnt|unable to) (?:talk|speak)"
          r"(?: (?:good|right|straight|normal|normally|properly|clear|clearly|well))?"
          r"(?! (?:right )?now\b| at the moment| rn\b| on the phone| to\b| with\b| about\b)",
          requires=r"\b(?:wrong (?:with|wit) (?:my|his|her|moms|dads|mom|dad) (?:mouth|face|tongue|lips?)|"
                   r"(?:mouth|face|tongue|lips?) (?:is |looks |went |feels )?(?:droop\w*|crooked|twisted|lopsided|thick|heavy|"
                   r"wont move|not moving))\b",
          accept=lambda m: _is_not_a_label(m) and not _DENTAL.search(m.string)),
    # drowning in the air, lying down: "I had to sleep sitting up and I still feel like I'm
    # drowning" (en_34); not drowning in bills or paperwork
    _rule("breathing", MEDICAL,
          r"(?:feel\w*|felt) like (?:im|i am|i was|shes|hes|she is|he is|she was|he was) (?:drowning|suffocating)"
          r"(?! (?:in|under|with|emotionally|my|her|him|them|us)\b)",
          requires=r"\b(?:sit\w* up|sat up|lie (?:down|flat)|lying (?:down|flat)|lay (?:down|flat)|breath\w*|air|lungs?|gasp\w*|"
                   r"pillows?|wheez\w*|cough\w*|chest)\b",
          accept=_is_not_a_label),
)


# Words the rules are written with: used to undo stretched letters.
_KNOWN_WORDS = frozenset(
    re.findall(r"[a-z]{2,}", " ".join(
        [rule.pattern.pattern for rule in _RULES]
        + [rule.requires.pattern for rule in _RULES if rule.requires is not None]
        + list(_TOKENS) + list(_TOKENS.values()) + list(_PHRASES.values())
        + list(_TOKENS_ES) + list(_TOKENS_ES.values()) + list(_PHRASES_ES.values())
    ))
)


# ---------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------

def assess(text: str) -> Assessment:
    """Classify one incoming message as a crisis kind, or ``Kind.NONE``.

    Rules are tried in table order (suicide / self-harm first) on the
    normalised text; the first rule that fires decides.  ``language`` is "es"
    when a Spanish rule fired or the message is mostly Spanish words.
    """
    if text is None:
        return _NO_CRISIS
    if not isinstance(text, str):
        raise TypeError(f"assess() expects str, got {type(text).__name__}")
    return _assess(text)


# One message is read by the channel's guard, then by the NLU pipeline's safety override,
# in the same process and within milliseconds (about 0.7 ms each): remember recent answers.
# Assessments are frozen, so sharing one is safe.
@functools.lru_cache(maxsize=256)
def _assess(text: str) -> Assessment:
    normalised = _prepare(text)
    language = "es" if normalised.spanish else "en"
    talk_asked = _harm_denied_and_talk_asked(normalised)
    for rule in _RULES:
        if talk_asked and rule.kind is Kind.SUICIDE_SELF_HARM:
            continue
        if rule.fires(normalised):
            return Assessment(rule.kind, rule.signal, "es" if rule.language == "es" else language)
    return _NO_CRISIS if language == "en" else Assessment(Kind.NONE, None, language)


# Thoughts of harm denied in the writer's own words, then only someone to talk to asked for: "i feel like a burden to
# everybody. not thinking of hurting myself, i just want to talk to somebody" (en_57). The suicide rules stand aside,
# and so do the net and the model's emergency (bot/safety_classifier.py): the person asked for someone to talk to and
# gets counselling lines with the 988 line, as for low mood told alone. Not with anything dark told beside it.
_HARM_DENIED_THEN_TALK = re.compile(
    r" (?:(?:but|and|though|tho) )?(?:(?:im|i am|i m) )?(?:not|never) (?:(?:thinking|thought) (?:of|about) (?:hurting|harming|killing) "
    r"myself|suicidal|going to (?:hurt|harm|kill) myself|gonna (?:hurt|harm|kill) myself)(?: or anything)?"
    r" (?:i )?(?:just |only |really )?(?:(?:want|need|would like|wanna|want to) (?:to )?(?:talk|speak) (?:to|with) "
    r"(?:somebody|someone|a person|a counselor|a counsellor|a therapist|a real person)(?: about it)?|"
    r"(?:want|need|would like) (?:somebody|someone) to talk to) ?$"
    # ... and in Spanish: "no estoy pensando en hacerme dano, solo quiero hablar con alguien"
    r"| no (?:estoy pensando en|pienso en|quiero) (?:hacerme dano|matarme|quitarme la vida|suicidarme)(?: ni nada)? "
    r"(?:solo|nomas|nada mas|namas) (?:quiero|necesito) (?:hablar|platicar) con alguien ?$")
_DARK_BESIDE_A_BURDEN = re.compile(r"\b(?:better off|no reason|wont be|not be around|gone|disappear\w*|end|ending|hopeless|cant go on|"
                                   r"give up|giving up|no point|last|anymore|tonight|forever|wish|dead|die|dying)\b")


def _harm_denied_and_talk_asked(normalised: str) -> bool:
    return _HARM_DENIED_THEN_TALK.search(normalised) is not None and _DARK_BESIDE_A_DENIAL.search(normalised) is None \
        and _DARK_BESIDE_A_BURDEN.search(normalised) is None


def harm_denied_and_talk_asked(text: str) -> bool:
    """Thoughts of harm denied in the writer's own words, then only someone to talk to asked for (see above): the
    rules, the net and the model's emergency all stand aside, and the person gets counselling lines with the 988 line."""
    return bool(text) and _harm_denied_and_talk_asked(_prepare(text))


# Nothing of dying after an idiom's words: "taking my life in my hands tonight, i have the pills ready", "im not
# going to jump off a bridge over it, ill just take all my pills instead" (reviewers of the en_38 change)
_NO_MEANS_AFTER = (r"(?!.*\b(?:pills?|rope|gun|knife|tonight|end it|end my life|die|dying|kill|wish|dont care|make it back|"
                   r"come back|stop living|instead|ill just|i ll just|easier|drive off|overdose|cant breathe)\b)")


# The words that may close an everyday complaint in Spanish, and nothing else after it
_CLOSING_ES = r"(?: (?:media hora|una hora|otra hora|\d+ minutos|otra vez|de nuevo|neta|jaja\w*|jeje\w*|lol|la verdad|en serio))* ?$"
# ... and the same in Spanish: "... para morirse de bueno, ya tengo las pastillas" is not about a dish
_NO_MEANS_AFTER_ES = (r"(?!.*\b(?:pastillas|soga|mecate|pistola|cuchillo|navaja|veneno|esta noche|matar\w*|morir\w*|vivir|ya no "
                      r"(?:quiero|puedo|aguanto)|despedi\w*|adios|para siempre)\b)")


# For the team's loss laughed at (below): a team, a game, a wish to die said in so many words, a laugh.
_TEAM = (r"(?:(?:the|my|our|los|las|el|la|mi|mis|nuestro|nuestra) )?(?:bears|cubs|sox|white sox|bulls|blackhawks|hawks|packers|"
         r"lakers|yankees|cowboys|america|chivas|cruz azul|pumas|tigres|rayados|toluca|tri|seleccion|equipo|team|game|partido|"
         r"juego)")
# (a team named: not "me quiero morir perdimos jaja", "i want to die we lost again lol", a second reviewer's finds)
_TEAM_LOST = (r"(?:(?:bc|because|cuz|porque|por que) )?(?:" + _TEAM + r" (?:lost|perdio|perdieron|blew it|choked)"
              r"|(?:perdio|perdieron|perdimos|we lost) " + _TEAM + r")")
_WISH_TO_DIE_SAID = r"(?:me quiero morir|quiero morirme|i want to die|i wanna die)"
_LAUGH = r"(?:jaja\w*|jeje\w*|lol\w*|haha\w*|lmao\w*|lmfao\w*)"

# A sight of food or a price (what the wish to die is at, laughed at: en_66) and the laugh with nothing earnest after it
_A_SIGHT_OF_FOOD_OR_PRICE = (r"(?:salt|sodium|prices?|bills?|costs?|labels?|menu|soup|food|chips|snacks|total|receipt|sugar|carbs|"
                             r"calories|ketchup|muffin|cake|cookies|donuts?)")
_LAUGHED_AND_NOTHING_EARNEST = (r"(?=.*\b(?:lol\w*|haha\w*|lmao|jk|smh)\b)"
                                r"(?!.*\b(?:pills?|rope|gun|knife|tonight|note|letter|plan|seriously|for real|not joking|not kidding|"
                                r"mean it|thinking about (?:how|it|ending|dying)|end it|goodbye|actually|but|tho|though)\b)")
# Idioms of death about money, chores, waiting or boredom: "these copays are gonna be the
# death of me", "me muero de hambre". Not a detector rule (nothing here is a crisis); the
# classifier's check-in gives way to them (bot/safety_classifier.py).
_FIGURATIVE = re.compile(
    r"\b(?:the death of (?:me|us|him|her|mom|dad)"
    # chaos laughed at, the house or the kids as all there is: "grandkids are here and the house is chaos, somebody call 911 lol"
    # (en_61); not with anyone hurt, down or sick told before it
    r"|(?<=^ )(?!.*\b(?:hurt|fell|fall|blood|bleed\w*|breath\w*|chest|fire|smoke|gun|knife|hit|sick|passed out|fainted|"
    r"collapsed|choking|not moving|wont wake|pills|swallowed|burn\w*|cayo|sangr\w*|respir\w*|pecho|fuego|humo|desmay\w*|"
    r"pastillas|golpe\w*|no despierta|ahog\w*)\b)(?:\w+ ){0,10}?(?:somebody|someone|some1|alguien) (?:call|get|dial|llame|llamen|"
    r"hable|hablen) (?:al )?(?:911|the fire department|an ambulance|la ambulancia)"
    r"(?= (?:lol|lmao|haha\w*|jk|hehe|ja(?:ja)+\w*)\b)"
    # a team or a game as the blow: "fell asleep in my chair watching the Bears again, they're killing me this season" (en_62)
    r"|(?:theyre|they are|they re|the (?:bears|cubs|sox|white sox|bulls|hawks|blackhawks|fire|team|refs?))(?: are| is)? "
    r"(?:really |just |seriously )?killing me(?= (?:this (?:season|year|game)|lol|haha)| ?$)"
    r"|dying to (?:get out|go out|leave|get outside)\b"
    # a bland diet, laughed at: "I don't want to die eating this salt free food lol it tastes like cardboard" (en_65)
    r"|(?:dont|do not) want to die (?:eating|from eating|of|over) (?:\w+ ){0,4}?(?:food|diet|meals?|soup|chicken|salt free|"
    r"low salt|veggies|vegetables)\b(?=.*\b(?:lol|haha\w*|lmao|jk|cardboard|bland|tastes?|taste like)\b)"
    # a sight of food or a price, laughed at: "I want to die when I see how much salt is in soup lol" (en_66)
    # (not with a means, a note or a turn to earnest after it: "... my hospital bill lol. got the pills ready tho", "... lmao.
    # seriously tho ive been thinking about how", the reviewer of the en_66 change)
    r"|(?:want|wanna|wanted) (?:to )?die (?:when|every time|whenever) (?:i|we) (?:see|saw|look at|looked at|read|hear|heard) "
    rf"(?:\w+ ){{0,6}}?{_A_SIGHT_OF_FOOD_OR_PRICE}\b{_LAUGHED_AND_NOTHING_EARNEST}"
    rf"|{_A_SIGHT_OF_FOOD_OR_PRICE} (?:\w+ ){{0,5}}?(?:made|makes|make|making) me (?:want to|wanna) die\b{_LAUGHED_AND_NOTHING_EARNEST}"
    r"|(?:me quiero morir|quiero morirme|me dan ganas de morirme) (?:cuando|cada vez que) (?:veo|leo|miro|oigo) (?:\w+ ){0,6}?"
    r"(?:cuesta|cuestan|precios?|cuentas?|biles?|la sal|el azucar|calorias|recibo|total)\b"
    r"(?=.*\b(?:jaja\w*|jeje\w*|lol)\b)(?!.*\b(?:pastillas|soga|pistola|cuchillo|en serio|la neta|nota|carta|esta noche|plan)\b)"
    # bled dry by a bill: "me desangraron en el taller por arreglar el carro, 800 dolares" (es_63)
    r"|me (?:desangraron|desangran|estan desangrando)(?= (?:\w+ ){0,6}(?:dolares|pesos|taller|mecanico|cobr\w*|cuenta|"
    r"factura|renta|precio|carro|banco|seguro|aseguranza|luz|gas)\b)"
    # (not beside a wound: "me desangro aqui afuera del banco, me dispararon en la pierna", its reviewer)
    r"(?!.*\b(?:dispar\w*|balaz\w*|bala|herid[oa]s?|cuchill\w*|navaj\w*|pierna|brazo|cabeza|cortada|no para|no se detiene)\b)"
    # a chore or a wait wished away: "shoot me now, the cable guy is coming between 8 and 5" (en_66 after the retrain)
    r"|(?<=^ )(?:just |somebody |someone )?shoot me now(?= (?:\w+ ){0,3}(?:cable|internet|repair\w*|plumber|meeting|traffic|dmv|"
    r"paperwork|forms|in laws?|mother in law|taxes|guy|man|lady|company|insurance|hold|line|wait\w*|tv|bears|cubs|sox)\b)"
    # the weather or a place said to kill: "este frio me va a matar, ya no me acostumbro a chicago" (es_65)
    r"|(?:este|el|que|ese|tanto) (?:frio|calor|clima|invierno|verano|trafico|ruido) (?:me|nos|la|lo) (?:va a matar|mata|esta matando)\b"
    # a thing or a pet said to be dying: "I think the scale is dying, the battery light is blinking" (en_66)
    rf"|(?:the|my|this|our) {_THINGS_THAT_DIE} (?:is |s |are )?(?:dying|going to die)\b"
    # a view or a sight that takes the breath away: "breathtaking view from my granddaughter's new apartment" (en_68)
    r"|\bbreath ?taking\b|took (?:my|her|his|our|your) breath away"
    # idioms of en_69's look-alikes: "I got stabbed... by a flu shot",
    # "she thinks every cough is a heart attack", "hope I don't have a heart attack when I see the bill", "I'm going to
    # murder this scale"
    r"|\b(?:got|get|was|been) stabbed (?:\w+ )?by (?:a|the|my) (?:flu |covid |b12 |allergy )?(?:shot|needle|vaccine|nurse|bill|price|"
    r"pharmacy|cactus|rose|thorn)\b"
    r"|\b(?:thinks|think|says|acts like) every (?:\w+ ){0,2}(?:cough|sneeze|headache|ache|twinge|pain|little thing) is a (?:heart "
    r"attack|stroke)\b"
    r"|\b(?:hope|hoping) (?:i|she|he|mom|dad) (?:dont|doesnt|do not|does not|wont) (?:have|get) a (?:heart attack|stroke) (?:when|if) "
    r"(?:i|she|he|we) (?:see|sees|open|opens|get|gets|look at|looks at) (?:the|my|her|his|that) \w+"
    r"|\b(?:going to|gonna|gunna|about to|could) (?:murder|kill|strangle) (?:this|that|the|my) (?:stupid |darn |dang )?(?:scale|phone|app|"
    r"printer|computer|tv|remote|machine|meter|cuff|pill box|crossword|cat|dog)\b(?! (?:and|then|&|y) (?:myself|me|herself|himself|"
    r"everyone|everybody|my|her|him|them)\b)"
    # ... or having a heart attack: "I think my scale is having a heart attack, it just says Err" (en_68)
    rf"|(?:the|my|this|our) {_THINGS_THAT_DIE} (?:is |s |are )?(?:having|had|gonna have|going to have) (?:a )?(?:heart attack|stroke|"
    r"seizure|meltdown|nervous breakdown)\b"
    # patience or a treat "overdosed on": "the pharmacy overdosed on my patience today, waited an hour" (en_65)
    r"|overdos\w* on (?:my |her |his |the )?(?:patience|coffee|caffeine|sugar|sweets|candy|chocolate|cookies|tv|netflix|"
    r"christmas|holiday \w+|news|shopping|reality tv)\b"
    # "me mató de risa mi nieto", "me quiero morir de la pereza jaja" (es_58)
    r"|me mat(?:o|aste|aron) de (?:la )?risa|me (?:quiero|voy a) morir de (?:la )?(?:pereza|flojera|risa|aburrimiento|verguenza|"
    r"hambre|sueno|calor|frio|antojo)"
    r"|pistola de (?:rayos|agua|juguete|laser|burbujas)"
    # busy at work, told the old way: "i'm dying at work today, can I check on mom's stuff later tonight" (en_61)
    r"|(?:im|i am|i m) (?:so |just |literally )?dying (?:at|from|over|with) (?:work|my job|the office|this shift|all this work)\b"
    r"|me estoy muriendo (?:en el|de|del) (?:trabajo|chamba|jale)\b"
    r"|(?:bored|freezing|starving) (?:half )?to death"
    # tiredness said the old way, as the whole message: "i'm dead tired" (en_45 after-run: the model's check-in paged);
    # not beside anything told of the body
    r"|(?<=^ )(?:(?:im|i am|i m|so|just|feeling|feel) )*(?:dead|dog|bone) tired(?: (?:today|tonight|lol|haha|after (?:\w+ ){0,3}\w+))? ?$"
    r"|dying (?:to (?:know|see|try|get|go|hear|meet)|for (?:a|some|coffee|food)|of (?:laughter|boredom|curiosity|embarrassment))"
    # a craving: "i could kill for a bag of salty chips right now" (en_52: the model's check-in paged); a thing wanted, never a
    # person ("i'd kill for him")
    r"|(?:could|would|id|i d) (?:totally |literally |honestly )?kill for (?:a|an|some|one|another|a little|a good|a hot|a cold) "
    r"(?:\w+ ){0,3}?(?:chips|coffee|cup of coffee|cup of tea|beer|soda|pop|pizza|burger|fries|steak|cookie|cookies|"
    r"donut|doughnut|bacon|ham|pickle|pickles|candy|chocolate|ice cream|cake|pie|taco|tacos|vacation|day off|"
    r"sandwich|snack|hot dog|nachos|popcorn|chinese food|fried chicken|real salt)"
    # (only at the message's end: "... and never wake up", "... so i can end this", "... im going over there with my bat":
    # the reviewer of the en_52 change)
    r"(?: (?:right now|rn|today|tonight|lol|haha\w*|so bad|ngl|honestly|tbh|lmao))* ?$"
    # "i want to die of embarrassment, i sent the nurse a picture of my cat" (en_28)
    r"|(?:die|died) of (?:embarrassment|laughter|laughing|boredom|curiosity)"
    # "Can't breathe a word of this to my daughter", "talking to that nurse was a breath of fresh air" (en_41)
    r"|(?:cant|couldnt|dont|wont|didnt|never|not) (?:\w+ )?breathe a word (?:of (?:this|it|that)|to (?:anyone|anybody|nobody|my|her|him|them|the)|about)"
    r"|(?:was|is|s|been|like|such|what) a breathe? of fresh air"
    # "me quiero morir de la verguenza, le grite a la enfermera sin querer" (es_27)
    r"|(?:morir|morirme|muero|muere|moria|morirse) de (?:la )?(?:verguenza|pena|risa|aburrimiento)"
    # anger at an everyday thing named right after it: "me quiero morir del coraje con el seguro, llevo 2 horas en la linea"
    # (es_37; not with a means, a plan or despair anywhere: "... del coraje, ya tengo las pastillas", a reviewer's finds)
    r"|(?:morir|morirme|muero|muere|morirse) (?:de (?:la )?|del )(?:coraje|rabia|enojo|muina) (?:con|por|de) (?:el|la|los|las|este|esta|mi|su) "
    r"(?:\w+ )?(?:seguro|aseguranza|farmacia|linea|telefono|medicaid|medicare|banco|oficina|sistema|computadora|trafico|espera|cola|fila)\b"
    r"(?!.*\b(?:pastillas|cuchillo|pistola|arma|planead\w*|nadie|no sirvo|insulina|matar\w*|ahorcar\w*|puente|vivir|cortar\w*|sangre|"
    r"encerr\w*|ya no (?:quiero|puedo|aguanto)|todo|adios)\b)"
    # "this salt free food is so bland i want to die haha" (en_29): food, boredom or a laugh, not
    # tiredness, pain or loneliness ("so tired i want to die" stays a crisis)
    r"|(?:food|meal|meals|chicken|dinner|supper|lunch|breakfast|soup|diet|it) (?:\w+ ){0,3}so (?:bland|tasteless|salty|sweet|good|"
    r"delicious|tasty|yummy) (?:that )?(?:i|id|im) (?:could|want to|wanna|am gonna|gonna|going to|might) (?:just )?die"
    r"(?= ?$| (?:haha|lol|lmao|jk|ha)\b)"
    r"|(?<=^ )(?:(?:i|im|i am) )?not dead yet(?= (?:\w+ ){0,4}(?:lol|haha|ha|jk|yet|you know|thank you|thanks)\b| ?$)"
    r"|(?:im|i am|she is|shes|he is|hes) not dead yet(?! (?:\w+ ){0,3}(?:wish|wished|hope|pray|want|wanna|soon|close|almost))"
    r"|cut (?:myself|herself|himself) (?:a|an|another|some|one more|me) (?:\w+ ){0,2}(?:slice|piece|wedge|slab|chunk|hunk|serving|"
    r"helping|break|slack|sliver|portion)s?(?! (?:of|off|from|in|on|into) (?:my|her|his|the) (?:\w+ )?(?:arm|arms|wrist|wrists|leg|legs|skin|thigh|thighs|hand|stomach|body|flesh)\b)"
    r"|(?:you|youre|you are|ur|u r|u) (?:\w+ ){0,2}giving me (?:chest pains?|a heart attack|heart attacks|a stroke|palpitations|"
    r"heart palpitations)(?= (?:with|from|over) (?:all )?(?:these|your|those|all|the) (?:\w+ )?(?:texts?|messages?|reminders?|"
    r"questions?|calls?)(?: (?:lol|haha|jk|ha|already|today|so early|every day|at \w+))* ?$)"
    r"|(?:bills?|copays?|co pays?|rent|prices?|costs?|insurance|paperwork|forms|kids|grandkids|traffic|hold music|waiting|"
    r"this (?:bot|app|phone|thing|wait|weather|heat)|these (?:prices|bills|forms|calls)) (?:is |are |keeps? |keep )?"
    r"(?:killing|gonna kill|going to kill|will kill|murdering) (?:me|us)"
    r"|worr(?:y|ying|ied) (?:myself|herself|himself|yourself|me) (?:sick|to death)"
    # a fright told as past, "almost": "cuando me dijeron que era diabetica casi me da un ataque" (es_47)
    r"|cuando (?:me )?(?:dijeron|dijo|entere|supe|vi|llego|llegaron) (?:\w+ ){0,6}casi me (?:da|dio) (?:un )?(?:ataque|infarto|patatus|"
    r"soponcio)(?: (?:jaja\w*|de (?:nervios|coraje|risa)))? ?$"
    # ... or at a sight, all well after it: "casi me da un ataque cuando vi q mi mama se comio 3 tamales, pero luego se checo y
    # estaba bien" (es_48; the whole message ends on it being fine)
    r"|(?<=^ )casi me (?:da|dio) (?:un )?(?:ataque|infarto|patatus|soponcio) cuando (?:vi|supe) (?:que )?(?:mi )?(?:mama|papa|abuelita|"
    r"abuela|abuelo|esposo|esposa|suegra|tia|tio) se (?:comio|comia) (?:(?:\d+|un|una|unos|unas|dos|tres|cuatro|cinco|seis|mucho|mucha|"
    r"muchos|muchas|el|la|los|las|su|sus|otro|otra|todo el|toda la|todos los|todas las) )?(?:tamales|pan|pan dulce|dulces|pastel|"
    r"tortillas|refresco|refrescos|coca|cocas|soda|helado|galletas|tacos|pizza|conchas|champurrado|atole) "
    r"pero (?:luego |despues |ya )?(?:se (?:checo|midio|reviso) (?:el azucar |la glucosa )?y )?(?:estaba|esta|salio|le salio) (?:bien|normal)"
    r"(?: (?:gracias a dios|jaja\w*|que susto))? ?$"
    # a website that logs one out: "Can someone help mom apply for food stamps? The website keeps kicking her out" (en_53)
    r"|(?:website|site|app|portal|page|system|computer|program) (?:keeps |kept |just )?(?:kicking|kicks|kicked) (?:me|her|him|us|them) "
    r"(?:out|off)\b"
    # en_53's look-alikes, each bounded: joy ("my granddaughter is having a baby!! I'm going to have a heart attack I'm so
    # excited"), a TV as the day's emergency ("my TV died. no more judge judy. thats my emergency for today", to the message's
    # end), the use of 911 asked as the whole message ("is 911 only for emergencies or can i call them to ask a question"),
    # prayers asked for one already in hospital, as the whole message
    r"|(?:going to|gonna|about to) have a heart attack (?:im|i am|i m) so (?:excited|happy|thrilled)(?= ?$| (?:lol|haha\w*|omg)\b)"
    r"|(?:thats|that is|this is|its) (?:my|the|our) (?:big |only |biggest )?emergency (?:for|of) (?:today|the day|the week|this week)"
    r"(?: (?:lol|haha\w*|lmao))* ?$"
    r"|(?<=^ )(?:is|can) (?:911|9 1 1) (?:only|just) for (?:real )?emergencies(?: or (?:can|could|do) (?:i|you|we|people) (?:\w+ ){0,5}?"
    r"(?:a question|questions|non emergencies))? ?$"
    # es_51's look-alike: an emergency visit billed ("me cobraron doble la visita de emergencia, quien me ayuda a reclamar")
    r"|(?:me|le|nos|les) (?:cobraron|cobran|facturaron|mandaron (?:la )?(?:cuenta|factura|bil) (?:de|por)) (?:\w+ ){0,2}?"
    r"(?:la |el )?(?:visita|cuarto|sala|consulta|servicio|ambulancia) (?:de|a) emergencias?"
    # en_55's look-alikes, as the whole message: breath short on the stairs and fine after a rest ("she got short of breath
    # climbing the 3 flights up to my place but was fine after a few minutes of sitting"); what this number is for ("is this
    # the number to text if mom has an emergency or do we call 911", "found this number on a fridge magnet, is this for
    # emergencies?")
    r"|(?<=^ )(?:she|he|i|mom|dad|my (?:mom|mother|dad|father|husband|wife)) (?:got|gets|was|is|get) (?:a (?:little|bit) )?"
    r"(?:short of breathe?|winded|out of breathe?) (?:climbing|walking up|going up|coming up|on) (?:the |my )?(?:\d+ |a few |two |three |"
    r"four )?(?:flights|flight of stairs|flights of stairs|stairs|steps)(?: (?:up )?(?:to|at) (?:my|her|his|our|the) (?:place|apartment|"
    r"house|building))? but (?:was|is|felt|s) (?:fine|ok|okay|better|good|all right) (?:after|once) (?:a few minutes|a minute|a bit|"
    r"a while|resting|sitting|she sat|he sat|i sat)(?: (?:of|down) (?:sitting|resting|rest))?(?: down)? ?$"
    r"|(?<=^ )(?:(?:i )?found this number on (?:a|the|my) (?:fridge magnet|magnet|card|flyer|paper|letter|fridge) )?is this "
    r"(?:number |line |text line |service )?(?:(?:only )?for emergencies|the (?:number|one) to (?:text|call) (?:if|when|for) "
    r"(?:\w+ ){0,3}(?:an emergency|emergencies)(?: or (?:do|should) (?:we|i) (?:just )?call 911)?) ?$"
    # en_54's look-alikes, as the whole message: whether 911 is still the number ("I keep emergency numbers on my fridge, is
    # 911 still the one for an ambulance in Chicago or is there a different one now"), and what an overdose or a stroke is
    # ("can you explain what an overdose is? my grandson's school sent a letter home about narcan"); anything else told
    # after it is read as usual ("... my grandson took 10 of my pills")
    r"|(?<=^ )(?:i (?:keep|have|put|wrote down|am writing down) (?:the |my |our )?emergency numbers (?:on|by|near|next to) (?:my|the) "
    r"(?:fridge|refrigerator|phone|wall|calendar) )?(?:is|was|and is) (?:911|9 1 1) still (?:the (?:one|number|right number)|what "
    r"(?:i|you|we|people) (?:call|dial)) (?:for|to get) (?:an? )?(?:ambulance|emergencies|the fire department|police)"
    r"(?: (?:in|here in) (?!my |our |her |his |the |this |a )[a-z]+)?(?: or (?:is there|do (?:i|you|we) (?:call|dial|use)) (?:a |an )?(?:different|another|new|"
    r"other) (?:one|number)(?: now| these days)?)? ?$"
    r"|(?<=^ )(?:(?:(?:can|could|would) you (?:please )?(?:explain|tell me) |please explain |explain )?what (?:is |s |exactly is )"
    r"(?:an? )?(?:overdose|stroke|heart attack|seizure|cardiac arrest|mini stroke)(?: exactly)?"
    r"|(?:(?:can|could|would) you (?:please )?(?:explain|tell me) |please explain |explain )what (?:an? )?"
    r"(?:overdose|stroke|heart attack|seizure|cardiac arrest|mini stroke) (?:is|means|is exactly))"
    r"(?: (?:my|our|the) (?:\w+ ){0,2}(?:school|class|teacher|church|pharmacy|pharmacist|doctor|clinic) (?:sent|gave|handed|mailed) "
    r"(?:\w+ ){0,4}(?:about|on) (?:narcan|naloxone|overdoses?|strokes?|heart attacks?|seizures?|cpr|first aid))? ?$"
    r"|(?<=^ )my (?:brother|sister|cousin|uncle|aunt|friend|neighbor|husband|wife|dad|mom|father|mother) (?:is|was) in the hospital with "
    r"(?:a stroke|a heart attack|pneumonia|covid) (?:please )?(?:keep|pray for) (?:him|her|them)(?: in (?:your|ur) prayers)? ?$"
    # joy, not a heart: "i think im having a heart attack... of joy, the Bears won!! sorry wrong number" (en_51)
    r"|(?:having|had|gonna have|going to have|about to have) a heart attack (?:of|from) (?:joy|happiness|excitement|pure joy)"
    # nerves before visits, help with them asked: "I get so anxious before appointments I can't breathe right, is there
    # someone who helps with nerves" (en_51; a recurring feeling and a counsellor asked, nothing happening now)
    r"|(?:anxious|nervous|worked up) before (?:my |the )?(?:appointments|appts|visits|doctor visits|dr visits|doctors appointments) "
    r"(?:that )?i (?:cant|can not|cannot) breathe right(?= (?:\w+ ){0,4}(?:someone|somebody|anyone|counselor|therapist|help\w*) "
    r"(?:\w+ ){0,3}(?:nerves|anxiety|anxious|nervous) ?$)"
    # a machine's "stroke": "i think your computer had a stroke, you sent me the same message 3 times" (en_50)
    r"|(?:your|the|this|that|ur) (?:computer|system|bot|app|phone|printer|website|machine|robot|texting thing|program) "
    r"(?:\w+ )?(?:had|has had|is having|just had|having) a (?:stroke|heart attack|seizure)"
    # a kitchen mishap, laughed at, as the whole message: "me quiero morir se me quemaron los frijoles jajaja" (es_44), "i want
    # to die i burned the pie lol"; the laugh is required (without it the wish to die is read as said)
    r"|(?<=^ )(?:ay |ugh |omg |dios mio )?" + _WISH_TO_DIE_SAID + r" "
    r"(?:se me (?:quemo|quemaron|cayo|cayeron) (?:el|la|los|las|mi|mis) |i (?:just )?(?:burned|burnt|dropped) (?:the|my) )"
    r"(?:frijoles|arroz|tortillas|pastel|comida|cena|pan|galletas|pollo|sopa|tamales|cafe|frijolitos|huevos|beans|rice|pie|cake|"
    r"cookies|dinner|toast|turkey|pizza|bread|roast|casserole|chicken|soup|coffee|eggs|pancakes|lasagna) "
    r"(?:otra vez |again |de nuevo )?(?:jaja\w*|jeje\w*|lol\w*|haha\w*|lmao\w*)(?: (?:jaja\w*|lol\w*))? ?$"
    # a team's loss, laughed at, as the whole message: "me quiero morir, perdio el america otra vez jajaja" (es_45), "i want to
    # die, the bears lost again lol", "the cubs lost i wanna die lmao"; a team or a game named (not a job, a home, a husband,
    # "i lost again"), and a laugh required, as for the kitchen mishap
    r"|(?<=^ )(?:ay |ugh |omg |no |dios mio |ya )?(?:" + _WISH_TO_DIE_SAID + r" (?:" + _LAUGH + r" )?" + _TEAM_LOST
    + r"|" + _TEAM_LOST + r"(?: again| otra vez| de nuevo)? (?:" + _LAUGH + r" )?" + _WISH_TO_DIE_SAID + r")"
    r"(?: (?:otra vez|again|de nuevo|en casa|at home|\d+ (?:a|to) \d+|smh))*(?: " + _LAUGH + r")+(?: smh)? ?$"
    r"|(?<=^ )(?:ay |ugh |omg |no |dios mio )?" + _WISH_TO_DIE_SAID + r" " + _LAUGH + r" " + _TEAM_LOST
    + r"(?: (?:otra vez|again|de nuevo|smh))* ?$"
    # "shoot me now, another form to fill out" (en_46): a chore named right after, as the whole message
    r"|(?<=^ )(?:just |somebody |someone )?shoot me now(?: lol)? (?:another|more|one more|the|these|all these) (?:\w+ ){0,2}?"
    r"(?:forms?|bills?|calls?|robocalls?|paperwork|surveys?|questions?|passwords?|reminders?|emails?|hold music)"
    r"(?: (?:to fill out|to do|to answer|today|again|lol|haha|ugh))* ?$"
    # a nick at a chore: "I cut myself shaving, no biggie" (en_37); a wound that will not stop bleeding is read by the
    # bleeding rules, whatever the chore
    r"|cut (?:myself|herself|himself) (?:while |when )?(?:shaving|cooking|chopping|slicing|peeling|gardening)"
    r"(?!.*\b(?:on purpose|deep|deeper|again|wanted to|want to|feel something|not an accident|meant to)\b)"
    # "drowning in paperwork for my mom's medicare, send help lol" (en_37): buried in things, not in water
    # (only the things and whose they are between: "drowning in bills, cant breathe, send help" fires; a reviewer's find)
    r"|(?:drowning|buried|swamped|snowed under) in (?:\w+ )?(?:paperwork|bills|forms|papers|emails|mail|laundry|homework|"
    r"calls|letters|claims|appointments|work|chores)(?: (?:for|from|with) (?:my |her |his |the )?(?:moms |mom s |dads )?"
    r"(?:medicare|medicaid|insurance|taxes|bills|claims|appointments|care|stuff|house|estate))? send help"
    # in trouble with family for a slip: "my daughter is going to murder me, I forgot to weigh myself again" (en_42)
    # (a child, a parent or the care team, never a partner; a slip already made, not a condition ("... if i dont give him
    # the money"); and nothing after it but a few words: not "... hes on his way over and he has hit me before", reviewers)
    r"|(?<=^ )(?:my )?(?:daughter|son|kids|grandkids|granddaughter|grandson|mom|mother|dad|father|doctor|dr \w+|nurse|"
    r"cardiologist|case manager|sister|brother) (?:is|s|are|will be|gonna be) (?:going to|gonna|about to) (?:kill|murder) me,? "
    # (an everyday slip only: not "... i didnt give him my pin number", "... i broke my hip", "... i left the gas on all night")
    r"(?:i|because i|cause i|cuz i|since i) (?:\w+ )?(?:forgot (?:to )?(?:weigh|take|call|write|check|log|do)|forgot (?:my|her|his|the) "
    r"(?:\w+ )?(?:pills?|meds|weigh\w*|appointment|class|list)|missed (?:my|the) (?:\w+ )?(?:appointment|appt|pill|dose|call|class|"
    r"weigh\w*)|ate (?:\w+ ){0,3}(?:chips|cake|pie|candy|cookies|pizza|ham|fries|salt|dessert|ice cream)|skipped (?:my|the) (?:\w+ )?"
    r"(?:walk|weigh\w*|class|exercises?))(?: \w+){0,4} ?$" + _NO_MEANS_AFTER +
    # "the bills are drowning me but I'll manage, just complaining" (en_42)
    # (the whole message: not "my copays are drowning me, i stopped taking my insulin to save money", a reviewer's find)
    r"|(?<=^ )(?:the |my |these |all (?:the |these |my )?)?(?:bills?|debts?|copays?|expenses|payments|paperwork|rent|prices|costs) "
    r"(?:are|is|keep|keeps) drowning (?:me|us)(?: but (?:ill|i ll|i will|well|we ll|we will) (?:manage|be fine|be ok|be okay|survive|"
    r"figure it out))?(?: just (?:complaining|venting|saying))?(?: lol| haha)? ?$"
    # a price, not a heart: "i'm having a heart attack over the price of my meds" (en_37)
    r"|(?:having|have|had|gonna have|going to have|about to have|nearly had|almost had) a (?:heart attack|stroke|coronary) "
    r"(?:over|about) (?:the |this |that |these |those |my |our |her |his )?(?:\w+ )?(?:price|prices|cost|costs|bill|bills|"
    r"copay|copays|rent|total|receipt|statement|charges?|estimate|quote)\b"
    r"|(?:end of my rope|at my wits end|losing my mind|(?:going to|gonna|about to) lose my mind) (?:with|over|because of) (?:this|the|these|my|that) "
    r"(?:\w+ )?(?:remote|phone|computer|printer|bot|app|website|tv|wifi|internet|cable|machine|paperwork|forms?|bills?|insurance)"
    # frustration with the texts or the phone: "stop texting me so much I'm going to lose my mind", "this phone, I swear
    # im going to throw it out the window" (en_36); not "... throw myself out the window"
    # (only as the last words: "im about to lose my mind, i might do something to myself", "... out the window and then
    # myself" are not frustration; a reviewer of the en_36 change)
    r"|(?:going to|gonna|about to|will|ill|i ll|could|might) (?:totally |completely )?lose (?:my|her|his|our) (?:mind|marbles|head)"
    r"(?= ?$| (?:lol|haha|i swear)\b)"
    r"|(?:throw|toss|chuck|fling|pitch) (?:it|this|that|the (?:\w+ )?(?:phone|thing|remote|computer|tablet|scale)|this (?:\w+ )?(?:phone|thing)|"
    r"my (?:\w+ )?(?:phone|tablet|computer)) (?:out|out of|through) (?:the|a|my) window(?= ?$| (?:lol|haha|i swear)\b)"
    # an illness or news as the blow: "mom's illness is hitting me hard" (en_36; not grief, nor a person)
    r"|(?:illness|sickness|diagnosis|news|its|it is|it|grief|loss) (?:is |s |has been |really |just |all |keeps )?"
    r"(?:hitting|hit|hits) (?:me|us|her|him) "
    r"(?:hard|harder|so hard|pretty hard|really hard)"
    # a title, not a wish: "the suicide squad movie was dumb"
    # "taking my life in my hands walking on this ice lol"; "I'm not going to jump off a bridge about it but this
    # weather is depressing lol" (en_38): a risk run for a chore, a jump denied over a small thing
    # (with a chore named and no means, no wish, nothing else of dying anywhere after: not "taking my life in my hands
    # tonight, i have the pills ready", "... over the bill, ill just take all my pills instead"; reviewers of the change)
    r"|(?:taking|take|took|takes) (?:my|your|her|his|our|their) li(?:fe|ves) in (?:my|your|her|his|our|their) (?:own )?hands "
    r"(?=(?:\w+ ){0,2}(?:walking|driving|going (?:out|to|down)|crossing|riding|shoveling|on (?:this|the|these) (?:ice|snow|roads?|"
    r"stairs|sidewalks?)|every time|each time))"
    rf"{_NO_MEANS_AFTER}"
    r"|(?:im|i am|i m) not (?:going to|gonna) jump off (?:a|the) (?:bridge|cliff|building|roof|ledge) (?:over|about) "
    r"(?:it|this|that|the (?:\w+ )?(?:weather|bill|bills|price|snow|cold|game|food|diet))\b"
    rf"{_NO_MEANS_AFTER}"
    r"(?! (?:but|though) (?:\w+ ){0,3}"
    r"(?:think|thought|want|wanted|might|plan))"
    # a death wished over a game or a dish, laughing, as the whole message: "every time the bears lose i want to die lol",
    # "mom says if she has to eat one more unsalted chicken she'll jump off a bridge haha" (en_44); only a laugh and a
    # greeting after it, nothing before it but who said it (not "nobody cares about me. every time ...", "... lol but
    # lately its not a joke", "... he gave away his xbox": the reviewers' finds)
    r"|(?<=^ )(?:(?:my )?(?:mom|mother|dad|father|husband|wife|grandma|grandpa|son|daughter) (?:says|said) (?:that )?)?"
    r"(?:every (?:single )?time (?:the |my |our |da )?(?:bears|bulls|cubs|sox|white sox|blackhawks|hawks|packers) (?:lose|lost|loses|"
    r"blow it|choke|chokes) (?:again )?(?:i|she|he) (?:want to|wanna|wants to|just want to|just wanna) (?:die|jump off a bridge)"
    # ... or over a bill: "wanna jump off a bridge every time i see my light bill haha jk" (en_52)
    r"|(?:(?:i|she|he) )?(?:want to|wanna|wants to|just want to|just wanna) (?:die|jump off a bridge) every (?:single )?time "
    r"(?:i|she|he|we) (?:see|sees|get|gets|open|opens|look at|looks at) (?:my|her|his|our|the|that) (?:\w+ ){0,2}?"
    r"(?:bill|bills|statement|rent|balance|bank account|credit card|paycheck)"
    r"|if (?:i|she|he) (?:has|have) to (?:eat|taste|drink) one more (?:\w+ ){0,2}(?:chicken|meal|salad|soup|dinner|lunch|breakfast|"
    r"plate|bowl|bite|cracker|vegetable|veggie|piece|serving|cup|glass|bottle|shake|smoothie|egg|potato|fish|oatmeal)s? "
    r"(?:ill|i ll|i will|shell|she ll|she will|hell|he ll|he will|im gonna|shes gonna|hes gonna|im going to|shes going to|hes going to) "
    r"(?:die|jump off a bridge|scream))"
    r"(?= (?:lol|haha\w*|lmao|jk|ha)(?: (?:lol|haha\w*|lmao|ha|jk))*(?: (?:anyway|anyways) (?:hows|how is|how s) (?:your|ur) day)? ?$)"
    # "bears lost again, i cant breathe im so mad" (en_38): breathless with anger at a game (the game named before it)
    r"|(?:bears|bulls|cubs|sox|blackhawks|packers|game|team|refs?|umps?|score)(?: \w+){0,4} (?:i )?cant breathe (?:im|i am|i m) "
    r"(?:so |too )?(?:mad|angry|pissed|furious|heated|salty)(?!.*\b(?:neck|throat|chok\w*|hands on|inhaler|chest|lips|swell\w*)\b)"
    # a storey one cannot get down from, a trip that nobody would notice, a phone that dialled by itself (en_75): "Im stuck
    # on the 6th floor" with the elevator broken, "nobody would notice if I vanished for a week, going on a cruise ...", "I
    # dropped my phone earlier and it dialed 911 by itself"
    r"|stuck (?:up )?on the (?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top) floor"
    r"(?= (?:\w+ ){0,4}?(?:elevator|lift|stairs|building|apartment)\b|(?:\w+ ){0,12}$)(?<=\bfloor)"
    r"|nobody would (?:notice|miss me|even notice) if i (?:vanished|disappeared|was gone|left|went away) for (?:a|the) (?:week|weekend|"
    r"few days|couple (?:of )?(?:days|weeks)|month|day)(?= (?:\w+ ){0,3}?(?:going|on a|cruise|trip|vacation|visiting|lol|haha))"
    r"|(?:dialed|dialled|called|rang|calls|dials) 911 (?:by itself|on its own|by (?:accident|mistake))|(?:butt|pocket) dial\w* 911"
    # a night's sleep without waking, hoped for or had: "going to sleep and not wake up till noon lol", "had a night where i went
    # to sleep and didnt wake up once", "hope i dont wake up at 3am again to pee", "voy a dormir y no despertar hasta el
    # mediodia" (the en_75 reviewer's)
    r"|(?:go|going|goin|went|gone|gonna) (?:to )?(?:sleep|bed)(?: \w+){0,3}? and (?:not|didnt|did not|never|dont) wake (?:up )?"
    r"(?:till|until|once|for (?:the|my|a)|at \d\w*|before|all night)\b"
    r"|(?:hope|hoping) (?:i|she|he) (?:dont|doesnt|wont|do not) wake (?:up )?(?:at \d\w*|again|early|in the night|to pee|till|until)\b"
    r"|(?:dormir|dormirme) (?:\w+ ){0,2}?y no despertar(?:me)? hasta\b"
    # cold air that "takes my breath away" (en_76: the model's check-in); a 911 call for someone else last night, all well now
    # ("the lady downstairs called 911 for her husband last night, hes home now and ok", en_76)
    r"|takes? (?:my|her|his|your|the) breathe? away(?!(?: \w+){0,6}? (?:cant|gasp\w*|wheez\w*|blue|chest|still))"
    r"|called 911 for (?:her|his|their|my|our) \w+ (?:last night|yesterday|the other day|last week|over the weekend)"
    r"(?=(?: \w+){0,6}? (?:home now|ok now|fine now|okay now|doing fine|is ok|is fine|and ok|and fine)\b)"
    # "under attack by squirrels at my bird feeder again" (en_75)
    r"|under attack (?:by|from) (?:the |these |those |some )?(?:squirrels?|birds?|mosquito(?:e)?s|ants|bugs|raccoons?|deer|geese|pigeons|"
    r"bees|wasps|flies|gnats|mice|spam|robocalls?|telemarketers|bills|emails|junk mail|weeds)\b"
    # a heart attack felt over the mail, each time: "I feel like I'm having a heart attack every time I open my mail" (en_74)
    r"|(?:having|have|has|get|gets|getting|gonna have|going to have) a heart attack every (?:single )?time (?:i|we|she|he|mom) (?:open|opens|"
    r"see|sees|get|gets|look at|looks at|read|reads|check|checks) (?:my|her|his|our|the|that|a|an|any) (?:\w+ ){0,2}?(?:mail|mailbox|bills?|statements?|rent|"
    r"balance|bank account|credit card|paycheck|receipts?|inbox|email|insurance letters?|letters?|envelopes?)\b"
    r"|suicide squad|stroke of (?:luck|genius|midnight|fate|the pen|brilliance|insight|good fortune)|fainting (?:couch|goat|spell of joy)"
    # "I'm not suicidal or anything, just tired of winter" (en_39): denied, then a season or the weather as all it is
    r"|(?:im|i am|i m) not suicidal (?:or anything |or nothing |at all )?(?:(?:im|i am|i m|its) )?just (?:so )?(?:tired|sick|sick and tired|"
    r"fed up|done|over it) (?:of|with) (?:the |this |all this |all the )?(?:winter|snow|cold|weather|rain|heat|ice|gray|grey|"
    r"dark|darkness|chicago weather|this weather)(?= (?:lol|haha|thats all|is all|you know)(?: lol| haha)? ?$| ?$)"
    # "I'm shaking, just got off the phone and I won the church raffle!!" (en_39): shaking with joy
    r"|(?:shaking|trembling|shaky) (?:with|from) (?:excitement|joy|happiness)(?= ?$| (?:lol|haha|yay|omg)(?: \w+)? ?$|"
    r" (?:my|our) (?:grandson|granddaughter|son|daughter|grandbaby|family) (?:is|are) coming)"
    r"|(?:shaking|trembling|shaky)(?: (?:like a leaf|all over))?(?: (?:i|ive|just|got|off|the|phone|and|"
    r"because|cause|cuz|bc|we|hung up|heard))* (?:won|just won) (?:the |a |at )?(?:\w+ )?"
    r"(?:raffle|lottery|lotto|bingo|jackpot|prize|contest|drawing|sweepstakes)(?= ?$| (?:lol|haha|yay|omg|woohoo)(?: \w+)? ?$)"
    # a game or a book club: "murder mystery book club tonight, i guessed the killer!" (en_31)
    r"|murder myster(?:y|ies)|whodunit|(?:guessed|guess|figured out|found out) (?:who )?(?:the )?(?:killer|murderer|culprit)"
    # (es_38) a dish "para morirse de bueno"; money bleeding away ("me estoy desangrando con los precios de la
    # gasolina"); a fit threatened on a condition ("me da un ataque si me vuelven a dejar en espera", and its twin "im
    # gonna have a heart attack if they put me on hold again"), with no sign of one told after it
    # (reviewers of the change: not "para morirme de buena vez", not "le dio un infarto, si no vienen rapido se muere", not
    # "se esta desangrando, por los gastos no lo llevamos", not "... if my headache doesnt stop": only a dish, the writer's
    # own money, and a wait or a line as the condition)
    r"|(?:esta|estaba|quedo|salio|estan|quedaron|salieron) (?:\w+ )?(?:para|pa) morirse de (?:buen[oa]s?|ric[oa]s?|sabros[oa]s?|"
    r"delicios[oa]s?)(?! vez)" + _NO_MEANS_AFTER_ES +
    # (only a few closing words after them: not "... en espera, me duele el pecho", "... con la renta, ya no quiero vivir",
    # "... on hold, cant breathe", a second reviewer's finds)
    r"|me estoy desangrando con (?:los|las|el|la|tantos|tantas|estos|estas) (?:\w+ )?(?:precios?|cuentas|gastos|renta|deudas|pagos|"
    r"facturas|biles|billes|intereses|impuestos|gasolina|copagos|aseguranza)(?: de (?:la|el|los|las) \w+)?" + _CLOSING_ES +
    r"|(?<=^ )me (?:da|dara|va a dar) (?:un|el) (?:ataque|infarto|patatus|soponcio|coraje) si (?:me )?(?:vuelven|vuelve) a (?:dejar|poner|"
    r"tener) (?:\w+ ){0,3}(?:en espera|en la linea|esperando|en la fila|en la cola)" + _CLOSING_ES +
    r"|(?:going to|gonna|will|ill|i ll|about to) have (?:a )?(?:heart attack|stroke|coronary) if (?:they|you|this (?:bot|app|phone|line)|"
    r"the (?:pharmacy|insurance|bot|app|line|phone)) (?:\w+ ){0,3}(?:put|puts|keep|keeps|leave|leaves|transfer|transfers) (?:me|us) "
    r"(?:\w+ ){0,2}(?:on hold|waiting|in line)(?: (?:again|lol|haha|i swear|one more time|for an hour|another hour))* ?$"
    # the weather: "ya no aguanto el calor, me estoy asando" (es_27)
    r"|(?:me estoy|nos estamos) (?:asando|derritiendo|cocinando)|ya no aguanto (?:el|este|la|esta) (?:calor|caloron|bochorno|frio|ruido)"
    # "choking on all this information", "overdosed on christmas cookies", "strangle whoever designed these caps"
    r"|chok(?:e|ed|ing) on (?:all )?(?:this|that|these|the|so much) (?:\w+ )?(?:information|info|paperwork|forms?|words|numbers|news|jargon|bills?)"
    r"|overdos(?:e|ed|ing) on (?:\w+ )?(?:cookies|candy|sugar|sweets|chocolate|pie|turkey|tv|netflix|news|coffee|caffeine|carbs|ham|"
    r"tamales|food|christmas|holiday|football|soap operas?|love|"
    # "overdosed on Hallmark movies this weekend" (en_40)
    r"movies|shows|tv shows|episodes|reality tv|game shows|music|books|podcasts|shopping|crafts|puzzles|baseball|basketball)"
    r"(?!.*\b(?:meds|medicines?|medications?|pills|tablets|insulin|oxy\w*|opioids?|drugs|heart meds)\b)"
    r"|(?:strangle|kill|murder|choke|shoot) (?:whoever|the (?:person|guy|idiot|people|genius) who)"
    # over a small thing done: "i'm going to kill my brother, he ate my low sodium soup" (en_40)
    # (the writer, at the message's start: not "my son is drunk and says hes gonna kill my husband he took my car")
    r"|(?<=^ )(?:(?:omg|lol|ugh|ok|so|honestly) )?(?:im |i am |i )?(?:going to|gonna|will|could|about to) (?:kill|murder|strangle) "
    r"(?:my|that|this) (?:\w+ )?(?:brother|sister|husband|wife|son|"
    r"daughter|kids?|grandson|granddaughter|grandkids|nephew|niece|cat|dog|neighbou?r|roommate) (?:he|she|they|it) "
    r"(?:ate|drank|took (?:my|the) (?:last (?:of (?:my|the) )?(?:soup|cookies?|pie|cake|ice cream|chips|coffee)|remote|parking|seat|"
    r"car)|finished|hid|lost|forgot|used up|left the|moved|borrowed)\b"
    # (a small thing and nothing after it: not "... and then myself", "... they are fighting with knives", "... he
    # is drunk and swinging at me", "... and i mean it", a reviewer's finds)
    r"(?=(?: \w+){0,8} *$)(?!.*\b(?:gun|knife|knives|bat|really|serious|seriously|not kidding|not joking|no joke|mean it|hit|hits|"
    r"hurt|hurts|beat|beats|myself|tonight|do it|drunk|swing\w*|fight\w*|arm|leg|face|oxy\w*|pills|meds|medicine|insulin|"
    r"opioids?|drugs)\b)"
    # a puzzle or a machine: "Im going to murder this crossword" (en_30)
    r"|(?:going to|gonna|will|could|about to|want to|wanna) (?:murder|kill|strangle|choke|shoot) (?:this|that|these|the|my) "
    r"(?:\w+ )?(?:crossword|puzzle|sudoku|word search|jigsaw|printer|remote|computer|laptop|phone|tv|app|website|bot|"
    r"thing|machine|game|crosswords|puzzles|microwave|oven|vacuum)s?\b(?!.*\b(?:myself|himself|herself|themselves|me too|and me|"
    r"then me|me after)\b)"
    # "this chicago weather is going to be the end of me"; "kill me now, we're making kale chips"
    r"|(?:gonna|going to|will|is|are|be) (?:be )?the end of (?:me|us)|(?<=^ )kill me now"
    r"|(?:not|never|wont|aint) (?:going to|gonna) kill (?:myself|me) over"
    # "I'm not going to kill myself trying to eat no salt lol" (en_37): a chore of the plan; not "who says im not gonna
    # kill myself trying to get through this" (a reviewer's find)
    r"|(?<!says im )(?<!says i am )(?<!know im )(?<!know i am )(?:not|never|wont|aint) (?:going to|gonna) kill (?:myself|me) "
    r"(?:trying to|tryna) (?:eat|cook|follow (?:the|this|that|my)|stick to|diet|exercise|clean|read|figure out|keep up with)\b"

    # "if I have to eat one more bland chicken breast I'm going to kill myself": over a chore or a meal
    # (not living itself: "if i have to live another day like this im going to kill myself")
    r"|if i (?:have to|gotta|hafta|must) (?!(?:live|wake|go on|keep|spend|face|feel|be|suffer|deal|hurt|survive|endure|get up)\b)"
    r"(?:\w+ ){1,3}(?:one more|another|more)(?: \w+){0,4} (?:im |i am |ill |i will |i )?"
    r"(?:going to|gonna) (?:kill myself|die|lose it|scream)"
    # "if I eat one more piece of unsalted chicken I'm going to jump off a bridge haha" (en_25)
    r"|if i (?:(?:have to|gotta|hafta|must) )?(?:eat|taste|cook|see|hear|read|answer|fill out|get) (?:one more|another) "
    r"(?:\w+ ){0,2}?(?:piece|bite|plate|serving|meal|bowl|salad|chicken|vegetable|bill|form|call|robocall|text|email|letter|"
    r"question|commercial|ad)s?(?: \w+){0,4} (?:im |i am |ill |i will |i )?(?:going to|gonna) (?:jump off a (?:bridge|cliff|building|roof)|shoot myself)"
    # a reaction to a sight or a price: "I nearly fainted when I saw my granddaughter's tattoo"
    # "the new pill bottle caps are murder on her arthritis"; "I'm dying here, work is insane" (en_27)
    r"|(?:is|are|was|were|be) (?:pure |just |absolute )?murder on (?:my|her|his|your|the|our) (?:\w+ )?"
    r"(?:arthritis|hands?|knees?|back|feet|joints|fingers|wrists?|hips?|eyes|nerves|budget|wallet)"
    r"|dying (?:here|over here)(?= (?:\w+ ){0,3}(?:work|job|shift|office|busy|swamped|insane|crazy|boring|bored|traffic)\b)"
    r"|(?:nearly|almost|about|practically|just about) (?:fainted|passed out|died|had a heart attack|had a stroke) "
    r"(?:when|after|at) (?:i |we |she |he )?(?:saw|seen|heard|read|opened|looked at|found out|the (?:price|bill|sight|total))"
    # "mom's going to kill me for telling you this"; "bleeding heart liberals"
    # (family who would scold, not a partner: "my husband is going to kill me for telling you" may be a disclosure)
    r"|(?:mom|moms|mother|mothers|dad|dads|father|grandma|grandmas|grandpa|my (?:mom|mother|dad|father|daughter|son|sister|"
    r"brother|kids|grandma|grandpa|doctor)) (?:is )?(?:going to|gonna|will|would) (?:kill|murder) (?:me|us) (?:for (?:telling|saying|snitching|ratting)|"
    # "my son is going to murder me when he hears I drove myself to the store" (en_32; not "... when he finds out i told
    # you he hits me", a reviewer's find)
    # (what the writer did is what is found out: not "... when she sees the bruises he left", a reviewer's find)
    r"(?:when|if|once) (?:he|she|they) (?:hears|finds out|sees|learns|knows)"
    r"(?!(?: \w+){0,15}? (?:hits?|hitting|hurts? me|hurting|beats?|beating|broke|choked|threaten\w*|afraid|scared|"
    r"called you|told you|telling you|texted you)\b) (?:that )?(?:i|we) \w+)"
    r"|bleeding hearts?(?= (?:liberals?|types?|crowd|democrats?|politicians?|people))"
    r"|(?:choked|choking|squeezed|squeezing|hugged|hugging|loved|smothered|smothering|tickled|kissed) (?:me|us|her|him) to death"
    # everyday exasperation: "driving me up the wall", "bored out of my mind", "so done with this robot"
    r"|driving (?:me|us) (?:up the wall|crazy|nuts|bananas|insane)|scared the (?:life|heck|hell|daylights|crap) out of (?:me|us|her|him)"
    r"|bored out of (?:my|her|his) (?:mind|skull|wits)|(?:so |really )?done with (?:this|the|these|that) (?:robot|bot|app|phone|thing|texting|machine)"
    r"|kill(?:ing)? myself (?:making|cleaning|cooking|working|baking|shoveling|scrubbing) (?:\w+ )?(?:the |this |these |all |those )"
    r"|me muero de (?:hambre|risa|sueno|verguenza|calor|frio|aburrimiento|curiosidad)"
    # "mom nearly gave me a heart attack, she drove to the store by herself"; "my link card got cut"
    r"|(?:nearly|almost|about|practically|just about) gave (?:me|us|her|him|dad|mom) a heart attack"
    r"|(?:link|snap|ebt|food stamps?|benefits?|hours|pay|paycheck|check|medicaid|insurance) (?:card )?"
    r"(?:got|was|were|has been|have been|been|getting|is being) cut"
    # "this app is giving me a headache"; "my heart is racing!!! the bulls won in overtime"
    r"|(?:this|the|that|these|your) (?:\w+ )?(?:bot|app|robot|thing|phone|website|portal|paperwork|forms?|bills?|insurance|"
    r"texting|machine|computer|system) (?:is |are |keeps? )?(?:giving|gives|gave|going to give|gonna give) (?:me|us) (?:a |an )?"
    r"(?:headache|migraine|heart attack|stroke|ulcer|aneurysm|gr[ae]y hairs?)"
    # frustration: "my blood pressure is going through the roof dealing with you" (en_32)
    r"|(?:blood pressure|bp|pressure) (?:is |was |goes |went |going |gone )?(?:\w+ )?(?:through|thru) the roof "
    r"(?:dealing|talking|texting|arguing|fighting) with (?:you|this (?:bot|app|thing|phone|robot)|your (?:bot|app|system))"
    r"(?= ?$| (?:lol|haha|all day|today|again)\b)"
    # ... or an everyday event being got ready: "my blood pressure is going through the roof planning my granddaughters
    # wedding" (en_48); the whole message, with no number (a reading is read by the blood pressure rules)
    r"|(?<=^ )(?:my )?(?:blood pressure|bp|pressure) (?:is |goes |going |gone |must be )?(?:(?!\d)\w+ )?"
    r"(?:through|thru) the roof (?:planning|organizing|hosting|getting ready for|paying for|cooking for|shopping for) "
    r"(?:(?:my|our|the|this|her|his|all the|all these|a|\w+s) )?(?:\w+ ){0,2}?(?:wedding|party|holidays?|christmas|thanksgiving|"
    r"reunion|shower|birthday|graduation|move|trip|taxes)(?: (?:lol|haha|ugh|this week|this year|again))* ?$"
    # the weather, with a laugh and nothing after but the weather: "ugh this weather makes me want to shoot myself lol.
    # gray for 9 days" (en_32; not "... lol, been thinking about it a lot", "this phone makes me ... lol its right here")
    r"|(?:this|the) (?:\w+ )?(?:weather|rain|snow|cold|heat|gray|grey) (?:\w+ )?(?:makes?|making) (?:me|us) (?:want to|wanna) "
    r"(?:shoot|kill) (?:myself|ourselves) (?:lol|lmao|haha|hahaha|jk)(?: (?:gray|grey|cold|snow|rain|sun|no|\d+|for|days?|weeks?|"
    r"so|all|week|month|winter|chicago|again|straight|in a row|it is|its|been|of|this))*(?= ?$)"
    # ... or the texting line itself, with a laugh and nothing after but giving up on it: "ugh this texting system makes me
    # want to jump off a bridge lol. never mind I'll call" (en_43)
    # (the whole message, and only the texting line or the phone: not "this dialysis machine ...", "this whole thing ...",
    # nor anything told before it, "i took all my pills and this phone ...", reviewers of the en_43 change)
    r"|(?<=^ )(?:(?:ugh|omg|man|geez|jeez|honestly|seriously|i swear) )*(?:this|the|your) (?:stupid |dumb |new |automated )?"
    r"(?:bot|app|robot|phone|texting system|text system|texting line|text line|texting thing|text thing|website) (?:makes?|making) "
    r"(?:me|us) (?:want to|wanna) (?:shoot (?:myself|ourselves)|kill (?:myself|ourselves)|jump off a (?:bridge|cliff|roof|building)) "
    r"(?:lol|lmao|haha|hahaha|jk)(?: (?:never ?mind|nvm|ill (?:just )?call(?: (?:you|them|the office|tomorrow|"
    r"later|instead))?|ill figure it out))+(?= ?$)"
    # "I feel like I'm having a stroke trying to figure out this phone" (en_33)
    r"|feel(?:s|ing)? like (?:im|i am|i was|shes|hes) having (?:a stroke|a heart attack|an aneurysm|a breakdown) "
    r"(?:trying to|figuring out|reading|filling out|dealing with|over|with|because of) (?:\w+ ){0,4}?(?:this|the|these|your|my|that) "
    r"(?:\w+ )?(?:phone|app|bot|forms?|paperwork|bills?|insurance|website|computer|remote|instructions|tv|printer|tablet|portal)s?"
    # asking what this number is for: "Is this 911? jk I know it's the hospital texting thing", "found this number on
    # a flyer, is it for emergencies or what" (en_33)
    r"|(?<=^ )is this 911 (?=(?:jk|lol|haha|just kidding|kidding)\b)"
    r"|(?<=^ )(?:(?:i )?found this (?:number|line) (?:\w+ ){0,4})?is (?:it|this|this number|this line|this text line) "
    r"(?:only )?for emergencies or (?:what|not|just \w+)(?= ?$)"
    # "is this the number for emergencies or just for patients?" (en_47)
    r"|(?<=^ )is (?:this|it) the (?:number|line|text line) (?:only |just )?for emergencies or (?:just |only )?(?:for )?"
    r"(?:patients|people|questions|appointments|regular (?:stuff|things|questions)|general questions|everything|\w+ stuff)(?= ?$)"
    # a nightmare of a ride or a stay that is over, as the whole message, at most who to talk to asked after it: "i keep
    # having bad dreams about the ambulance ride, who can i talk to" (en_47). Not of an illness, which may be back, nor with
    # anything else told before or after it ("nightmares about the heart attack and i think im having another one", "im
    # shaking and sweating, nightmares about the ambulance ride", "... send one": the three reviews)
    r"|(?<=^ )(?:i |mom |she |he |my (?:mom|dad|husband|wife) )?(?:keep |keeps |been |have |has )?(?:having |getting )?"
    r"(?:bad dreams?|nightmares?|flashbacks?) (?:about|of) (?:the|that|my|her|his|our) (?:\w+ )?(?:ambulance|er|emergency room|icu)"
    r"(?: (?:ride|trip|visit|stay|night|day))?(?: (?:every night|at night|a lot))?"
    r"(?=(?: (?:\w+ ){0,2}?(?:who|is there|are there|anyone|anybody|someone|somebody) (?:\w+ ){0,4}?(?:talk|speak) "
    r"(?:to|with)(?: about (?:it|this|that|them))?)? ?$)"
    # a letter that came and is not understood, as the whole message: "me llego una carta de desalojo y no entiendo nada de lo
    # q dice" (es_43: the reader's words, not a person's speech). Not a voice message or a letter read aloud, not anything told
    # beside it, not a farewell letter ("mi papa me mando un mensaje de voz y no le entiendo ...", "me quiero morir, me llego
    # la carta ...", "una carta de despedida": the three reviews); who sent it is from a list
    r"|(?<=^ )(?:(?:me|nos|le) )?(?:llego|llegaron|mandaron|recibi|recibimos|tengo|tenemos) (?:un|una|el|la|este|esta|unos|unas) "
    r"(?:carta|papel|aviso|documento|formulario|contrato|factura|recibo|notificacion)(?: (?:de|del) (?:la )?(?:desalojo|renta|corte|"
    r"inmigracion|migracion|medicaid|medicare|seguro|seguro social|social security|escuela|banco|ciudad|luz|gas|impuestos|taxes|"
    r"hospital|cobranza|cobro|casero|gobierno|trabajo|dueno|administracion))? "
    r"(?:y )?no entiendo (?:nada de |nada |bien )?lo (?:que|q) dice ?$"
    # "heart attack on a plate" (a rich dish); "scared to death of needles"
    r"|heart attack (?:on a (?:plate|bun|stick)|in a (?:box|bag|bowl|bun|can|pan))"
    # dye misspelled: "I want to die my hair purple for my birthday" (en_34), as the whole message. Read here
    # after the normaliser's spelling fix ("dye"): the model, which sees the raw words, reads a death wish
    r"|(?<=^ )(?:\w+ ){0,4}dye (?:my|her|his|our|your) (?:hair|beard|roots|eyebrows|mustache)(?: (?:a|an|bright|dark|light|"
    r"new|nice|pretty|fun|different|back|again|purple|pink|red|blue|green|blonde?|brown|black|gr[ae]y|silver|white|orange|"
    r"auburn|platinum|for|my|her|his|the|birthday|wedding|party|christmas|easter|halloween|tomorrow|today|this|weekend|"
    r"next|week|lol|haha))*(?= ?$)"
    r"|(?:scared|frightened|terrified|afraid) (?:half )?to death (?:of|about|by)"
    r"|heart (?:is |was )?(?:racing|pounding)(?=.*\b(?:won|win|game|overtime|touchdown|score|bulls|bears|cubs|sox|"
    r"blackhawks|playoffs?|super bowl|lottery|bingo)\b)"
    # grief at a sight, and a mother who would scold: "se me parte el corazon ver a mi mama tan flaquita", "mi mama me va a
    # matar si no le llevo sus tortillas" (es_29; family who would scold, never a partner)
    r"|se me (?:parte|rompe) el corazon (?:de |al )?ver"
    r"|(?:mi )?(?:mama|mami|papa|papi|abuela|abuelita|hija|hijo|jefa|suegra) me va a matar si no (?:le |les )?"
    r"(?:llevo|traigo|compro|hago|llamo|mando|cocino|aviso)"
    # "my friend is a caregiver and drowning, where can she find support" (en_72): overwhelmed
    r"|caregiv\w*(?: \w+){0,2} drowning(?= (?:where|need|and need|help|with|trying|lately|these days)\b| ?$)"
    # "mom cracked me up so bad I almost choked on my coffee" (en_72): laughing
    r"|(?:laugh\w*|cracked (?:me|us|her|him) up)(?: \w+){0,6}? (?:almost|nearly) chok\w*(?: on (?:my|her|his|the) "
    r"(?:coffee|tea|drink|water|soda|juice|food|sandwich|cereal))?"
    # "i took a fall... off the wagon, ate a whole bag of chips" (en_71): a diet broken
    # (or off a diet: "Fell off my diet this weekend, had pizza", en_74)
    r"|(?:fall|fell|falling|fallen|took a fall) off (?:the wagon|(?:my|her|his|the|our) (?:\w+ )?(?:diet|meal plan|salt diet|low salt))"
    r"(?!(?: \w+){0,10}? (?:hit|hurt|broke|bleeding|landed|cant get up|porch|stairs|steps?|ladder|curb|bed|chair|head))"
    # shivering in the cold or before a test: "i'm shaking like a leaf, it's freezing at this bus stop" (en_71)
    r"|(?:shaking|shakin|trembling|shivering) like a leaf(?=(?: \w+){0,12}? (?:cold|freezing|frozen|nervous|nerves|bus stop|wind|"
    r"winter|snow|interview|test|exam|speech)\b)"
    # "me ahogo en un vaso de agua con tanto tramite": overwhelmed by little things
    r"|(?:me|se|te|nos) ahog\w* en un vaso de agua"
    r"|(?:muerta|muerto) de (?:risa|hambre|sueno|cansancio|verguenza|frio|calor)"
    # "se cayo el internet en mi casa, me estoy muriendo del aburrimiento" (es_69)
    # (not heat, cold, hunger or thirst: "mi mama se esta muriendo del calor, no tiene aire y esta confundida", es_41)
    r"|(?:me|se|nos|te) (?:estoy |esta |estamos |estas )?muri\w* del? (?:aburrimiento|risa|sueno|cansancio|verguenza|ganas|flojera|"
    r"envidia)"
    # "mi compadre casi se ahoga de la risa con el chiste" (es_67)
    r"|(?:me|se|te|nos) (?:\w+ )?ahog\w* de (?:la )?risa)\b"
)


def figurative(text: str) -> bool:
    """Whether the message uses a death or killing idiom about everyday things."""
    prepared = _prepare(text or "")
    return bool(text) and bool(_FIGURATIVE.search(prepared)) and not _MEANS_NAMED.search(prepared)


def without_idioms(text: str) -> str:
    """The normalised message with its everyday idioms of death taken out, so the words
    left can be read for distress ("scared to death of needles": "scared" is the idiom's)."""
    return _FIGURATIVE.sub(" ", _prepare(text or ""))


def told_lightly(text: str) -> bool:
    """Told laughing ("my arm is black and blue lol") or about a story on a screen ("reading a
    mystery where the butler poisons everyone"): the rules read such matches as not happening
    now, and the classifier's emergency gives way to the same reading (bot/safety_classifier.py)."""
    prepared = _prepare(text or "")
    return bool(prepared.strip()) and (prepared.laughing or prepared.on_screen)


def asked_in_general(text: str) -> bool:
    """A general question about what a sign means, as the whole message ("is chest pain always a
    heart attack?"): a learning question the care team answers, not an emergency (`_ALWAYS_ASKED`)."""
    return bool(text) and _asked_in_general(_prepare(text))


def explained_away(text: str) -> bool:
    """Whether the message names a medical emergency only in a way the rules read as not
    happening now: told as history, asked to learn ("how would I know if I'm having a
    heart attack"), a hypothetical, a joke (``_is_live``), or by the rule's own check ("my dad
    had a heart attack when he was 60", "is this like 911 or something different?"). Only
    meaningful when :func:`assess` found nothing; the caller uses it to keep the classifier's
    check-in quiet on the same words. Over every labelled message in tests/data, the rule's
    own check added 617 such messages and no crisis among them (docs/safety.md)."""
    if not text:
        return False
    normalised = _prepare(text)
    for rule in _RULES:
        if rule.kind is not Kind.MEDICAL_EMERGENCY or not rule.requirement_met(normalised):
            continue
        matches = list(rule.pattern.finditer(normalised))
        if matches and not any(rule.reads_as_now(m) for m in matches):
            return True
    return False

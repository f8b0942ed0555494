"""Finding community resources by category and place, and listing them in one SMS."""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml
import zipcodes
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import catalogue
from bot.catalogue import say
from bot.config import PROJECT_ROOT
from bot.models import Resource, ResourceCategory, values

CATEGORIES = values(ResourceCategory)
def category_label(category: str, language: str = "en") -> str:
    """How a reply names a kind of help: "paying for medicine" / "pagar medicinas"."""
    key = f"category_{category}"
    return say(key, language) if catalogue.has(key) else category.replace("_", " ")


# The NLU synonyms are the one vocabulary for "what people call each category"; the
# classifier uses them for entities, and this module for text it did not tag.
SYNONYMS_FILE = PROJECT_ROOT / "data" / "nlu" / "synonyms.yml"
MAX_PER_REPLY = 3


@functools.lru_cache(maxsize=1)
def category_synonyms(path: Path = SYNONYMS_FILE) -> dict[str, str]:
    mapping = {category.replace("_", " "): category for category in CATEGORIES}
    document = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    for block in (document or {}).get("nlu", []):
        category = block.get("synonym")
        if category in CATEGORIES:
            for line in block.get("examples", "").splitlines():
                phrase = line.strip().lstrip("-").strip().lower()
                if phrase:
                    mapping[phrase] = category
    return mapping


def normalize_category(value: str | None) -> str | None:
    """A category from an entity value or free text: exact name, synonym, or a synonym
    phrase found inside the text (longest first, whole words)."""
    if not value:
        return None
    text = value.strip().lower()
    if text in CATEGORIES:
        return text
    synonyms = category_synonyms()
    if text in synonyms:
        return synonyms[text]
    phrase = _longest_phrase_in(text)
    return paying_for_medicine(synonyms[phrase], text) if phrase else None


def one_of_the_tagged(tagged: list[str], text: str, words: tuple[str, ...] = ()) -> str | None:
    """When the classifier tagged words of two kinds of help in one message ("mom needs a ride to the
    cooking class and back home": a ride and a class), the kind its words name read as a whole (the
    longest phrase: "a ride to the"), if it is one of them; None otherwise (found by using the web chat:
    the last tag, the class, won). With one kind tagged, a ride the words ask for wins over the place."""
    kinds = {normalize_category(value) for value in tagged} - {None}
    if not kinds:
        return None
    named = normalize_category(text)
    if len(kinds) == 1:
        # one place tagged, and the words ask for the way there: "how do i get to the cooking class without a car"
        # (found by using the web chat: the class was tagged, the list of classes sent)
        if named == "transportation" and kinds != {named}:
            return named
        # ... or a longer phrase around the tagged words (`words`, as typed) says what they are for: "i want to
        # understand my meds better" (en_57) asks to learn about medicines, not for help paying for them
        return named if named and kinds != {named} and _inside_the_phrase(words, text) else None
    return named if named in kinds else None


def _inside_the_phrase(words: tuple[str, ...], text: str) -> bool:
    """Some tagged word is part of the longest category phrase in the text, and not the whole of it."""
    phrase = _longest_phrase_in(text.strip().lower())
    return phrase is not None and any(
        word.strip().lower() != phrase and re.search(rf"(?<![a-z]){re.escape(word.strip().lower())}(?![a-z])", phrase)
        for word in words if word.strip())


# Money that a medicine costs is help paying for medicine: "out of carvedilol and no money
# till the 3rd", "se me acabo la metformina y no tengo dinero".
MEDICINE = re.compile(
    r"(?<![a-z])(?:pills?|meds|medicines?|medications?|prescriptions?|insulin|inhalers?|refills?|pharmacy|pharmacist|"
    r"carvedilol|furosemide|lasix|metformin|lantus|glargine|eliquis|drugstore|drug store|rx|eye drops|test strips|"
    r"pastillas?|medicinas?|medicamentos?|recetas? medicas?|insulina|metformina|glargina|farmacia|inhalador|tiras)(?![a-z])")


# ... and a copay for visits is a bill, when no medicine is named: "cant afford the copay for the
# specialist visits" (en_34; the model tags "copay" as help paying for medicine). Only the copay itself
# said to be for the visits: "cant pay for my ozempic, the specialist says i need it" names a medicine
# this list does not know (a reviewer's find).
COPAY_FOR_VISITS = re.compile(
    r"(?<![a-z])(?:co ?-?pays?|copagos?)(?: [a-z]+){0,3} (?:for|at|of|de|en|por) (?:the |my |these |all these |all the |her |his |"
    r"las |los |mis |sus )?(?:[a-z]+ )?(?:visits?|appointments?|consultas?|citas?|visitas?)(?![a-z])")


# A household bill paid, whatever medicine is named beside it: "hay ayuda pa pagar la luz? ... tengo q tener la insulina en
# el refri" (es_58) is help with bills.
A_UTILITY_BILL = re.compile(r"(?<![a-z])(?:pagar (?:la luz|el gas|el agua|la renta)|(?:recibo|cuenta|bill) de (?:la )?(?:luz|gas|agua)|"
                            r"(?:electric|electricity|light|gas|heat|heating|water|utility|comed) bills?|utilities)(?![a-z])")


def paying_for_medicine(category: str, text: str) -> str:
    """`category`, or help paying for medicine when it is money and `text` names a medicine,
    or help with bills when it is medicine money and `text` names visits but no medicine."""
    low = text.lower()
    if category == "financial_assistance" and MEDICINE.search(low) and not A_UTILITY_BILL.search(low):
        return "medication_assistance"
    if category == "medication_assistance" and COPAY_FOR_VISITS.search(low) and not MEDICINE.search(low):
        return "financial_assistance"
    return category


# A phrase's plural counts too: "refugios", "shelters", "walkers".
_PLURAL = "(?:e?s)?"


def _longest_phrase_in(text: str) -> str | None:
    """The longest synonym phrase found in the text as whole words (the first listed, among
    equally long ones), or None. Only the phrases that begin with the characters at each
    word start are tried: one search per phrase (there are over 800) cost half a
    millisecond a message, and the guards ask several times a turn (issue 15)."""
    phrases, by_start = _phrase_index()
    best = None
    for start in _WORD_START.finditer(text):
        at = start.start()
        for size in _KEY_SIZES:
            for rank, pattern in by_start.get(text[at:at + size], ()):
                if (best is None or rank < best) and pattern.match(text, at):
                    best = rank
    return phrases[best] if best is not None else None


# Where a phrase may begin: not right after a letter (the phrases' own whole-word rule).
_WORD_START = re.compile(r"(?<![a-z]).")
_KEY_SIZES = (1, 2, 3)


@functools.lru_cache(maxsize=1)
def _phrase_index() -> tuple[list[str], dict[str, list[tuple[int, re.Pattern[str]]]]]:
    """The synonym phrases longest first, and each one's whole-words pattern filed under its
    first three characters (fewer for a shorter phrase) with its rank in that order."""
    phrases = sorted(category_synonyms(), key=len, reverse=True)
    by_start: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
    for rank, phrase in enumerate(phrases):
        pattern = re.compile(rf"{re.escape(phrase)}{_PLURAL if phrase[-1].isalpha() else ''}(?![a-z])")
        by_start.setdefault(phrase[:3], []).append((rank, pattern))
    return phrases, by_start


def warm_up() -> None:
    """Build the category vocabulary (0.1 s) and load the zipcodes package's list (0.3 s) now, when a
    process starts, not on a person's first message."""
    normalize_category("warm up")
    zipcodes.matching("60622")


def state_for_zip(zip_code: str | None) -> str | None:
    if not zip_code or not re.fullmatch(r"\d{5}", zip_code):
        return None
    return _state_for_zip(zip_code)


@functools.lru_cache(maxsize=4096)
def _state_for_zip(zip_code: str) -> str | None:
    """The zipcodes package scans its whole list for each look-up (0.14 ms warm, a tenth of the
    action server's time in bench/profile.py); a zip's state does not change."""
    try:
        matches = zipcodes.matching(zip_code)
    except (ValueError, TypeError):
        return None
    return matches[0]["state"] if matches else None


def _locality(resource: Resource, zip_code: str | None, state: str | None) -> int | None:
    """How close a resource's service area is: 0 zip prefix, 1 state, 2 nationwide; None = not served."""
    if resource.service_area == "nationwide":
        return 2
    tokens = resource.service_area.split(";")
    if zip_code and any(token.isdigit() and zip_code.startswith(token) for token in tokens):
        return 0
    if state and state in tokens:
        return 1
    return None


def find_resources(session: Session, category: str, zip_code: str | None, limit: int = MAX_PER_REPLY,
                   relevance: dict[int, float] | None = None) -> list[Resource]:
    """Resources in `category` that serve `zip_code`: the ones the message's words match first, best match first
    (`relevance`, from bot/resource_search.py: "help paying my heating bill" is the energy-bill program before a local
    insurance office), then local first, then statewide, then nationwide. Without a zip code only nationwide ones
    qualify."""
    state = state_for_zip(zip_code)
    relevance = relevance or {}
    ranked = []
    for resource in session.execute(select(Resource).where(Resource.category == category)).scalars():
        locality = _locality(resource, zip_code, state)
        if locality is not None:
            score = relevance.get(resource.id, 0.0)
            ranked.append((score <= 0, -score, locality, resource.name.lower(), resource))
    return [resource for *_, resource in sorted(ranked)[:limit]]


def _one_line(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rsplit(" ", 1)[0] + "..."


def _phone(resource: Resource) -> str:
    phone = resource.phone or ""
    if phone.startswith("+1") and len(phone) == 12:
        return f"{phone[2:5]}-{phone[5:8]}-{phone[8:]}"
    return phone or (resource.url or "").removeprefix("https://").removeprefix("http://")


def format_resources(resources: list[Resource], category: str, language: str = "en",
                     heading: str = "resources_heading") -> str:
    """Names as on file; the description in the reader's language when the directory has it
    (a Spanish column), else the English line. `heading`: the catalogue key of the first line."""
    label = category_label(category, language)
    if not resources:
        return say("resources_none", language, label=label)
    lines = [say(heading, language, label=label)]
    for number, resource in enumerate(resources, start=1):
        description = (resource.description_es if language == "es" and resource.description_es else resource.description)
        lines.append(say("resources_line", language, number=number, name=resource.name, contact=_phone(resource),
                         description=_one_line(description)))
    return "\n".join(lines)

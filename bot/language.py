"""Which language a person is answered in.

1. A switch word as the whole message (ESPAÑOL / ENGLISH) chooses, for that number or
   chat, and nothing overrides the choice until the next switch word.
2. A known patient: their language on file. A family contact: their own if recorded,
   else the patient's.
3. Anyone else: the language of what they write, when it is clearly Spanish or English,
   remembered for that number or chat; a mixed, short or unclear message keeps it.
4. English.

Detection is lingua (an n-gram model that ships inside its wheel: nothing downloaded at
run time), restricted to the languages the catalogue has, and it must agree with a count
of common words before a short message changes anything: lingua alone calls "hello"
Spanish.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from bot import catalogue
from bot.dialogue import fold_accents
from bot.models import AuthorizedContact, ConversationLanguage, Patient

SWITCH_WORDS = {"ESPANOL": "es", "SPANISH": "es", "EN ESPANOL": "es",
                "ENGLISH": "en", "INGLES": "en", "IN ENGLISH": "en"}
# lingua's confidence that a message of two or more words is one language ...
SURE = 0.95
# ... or, agreeing with the common-word count, of any message.
LIKELY = 0.6

_SPANISH_WORDS = frozenset("""
    de del la las los el en y que se su sus un una por para con es esta estoy este esto eso
    mi mis tu te le les nos muy mas pero porque como cuando donde hay tiene tengo puede puedo
    quiero necesito ayuda favor gracias hola usted yo nada ahora hoy manana aqui bien mal
    cita citas pastilla pastillas medicina medicinas mama papa esposo esposa hijo hija
    buenos buenas dias tardes noches si tambien todavia ya cual que hacer hice tome hay acepte
    cerca espanol ingles
    q k pa pal dia ir toca perdon numero equivocado azucar sangre ayunas glucosa presion insulina
    tareas pendientes operadora agente llamenme llamame ocupo porfa porfavor xfa reagendar
    reprogramar hecho mami mija kiero quiero matar despierta salio llegar voy hora semana
""".split())
_ENGLISH_WORDS = frozenset("""
    the i you my is are was be am im ive and or but to of in on at for with from it this that
    he she his her they we our your what when where why how who can cant could would should
    will dont doesnt didnt not have has had do does did just so if then there here please
    thanks thank hello yes need today tomorrow appointment pill pills mom dad
""".split())


def _fold(text: str) -> str:
    return fold_accents(text.lower().replace("'", ""))


def switch_word(body: str | None) -> str | None:
    """The language a whole message asks for ("ESPAÑOL", "english"), or None."""
    word = " ".join(_fold(body or "").strip(" .!¡").split()).upper()
    code = SWITCH_WORDS.get(word)
    return code if code in catalogue.languages() else None


@functools.lru_cache(maxsize=1)
def _detector():
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder
    wanted = [Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())) for code in catalogue.languages()]
    return LanguageDetectorBuilder.from_languages(*wanted).with_preloaded_language_models().build()


def warm_up() -> None:
    """Load lingua's models now (half a second), not on a person's first message."""
    _detector().compute_language_confidence_values("warm up")


def detect(text: str | None) -> str | None:
    """'es' or 'en' when `text` is clearly in that language, else None."""
    words = re.findall(r"[^\W\d_]+", _fold(text or ""))
    if not words:
        return None
    values = {c.language.iso_code_639_1.name.lower(): c.value
              for c in _detector().compute_language_confidence_values(" ".join(words))}
    best = max(values, key=values.get)
    confidence = values[best]
    spanish = sum(word in _SPANISH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    if max(spanish, english) >= 2 and 3 * min(spanish, english) <= max(spanish, english):
        # Spanish built around English nouns ("a q hora es mi appointment", "hay respite care
        # en español?"), or the reverse: the small words are the language; lingua reads the
        # nouns, and can be sure of the wrong one
        return "es" if spanish > english else "en"
    # (sure only with one of its common words: lingua, choosing between two languages, is sure of one even for
    # "asdkjh qweqwe zzz", which switched a number to Spanish; found by using it. Over the blind sets this leaves
    # 5 of 9,299 Spanish and 305 of 20,139 English messages undecided, keeping the conversation's language.)
    if confidence >= SURE and len(words) >= 2 and spanish + english >= 1:
        return best
    agrees = spanish > english if best == "es" else english > spanish if best == "en" else False
    if confidence >= LIKELY and agrees:
        return best
    return None


# --- what is remembered -------------------------------------------------------------------


def remember(session: Session, identity: str, language: str, *, chosen: bool, now: dt.datetime) -> None:
    """Keep `language` for this number or chat. A detection never replaces a choice."""
    row = session.get(ConversationLanguage, identity)
    if row is None:
        session.add(ConversationLanguage(identity=identity, language=language, chosen=chosen, updated_at=now))
    elif _replaces((row.language, row.chosen), language, chosen):
        # (unchanged, nothing is written: this runs on every message)
        row.language, row.chosen, row.updated_at = language, chosen, now


def _replaces(kept: tuple[str, bool] | None, language: str, chosen: bool) -> bool:
    """Whether `language` (chosen or detected) changes what is kept: a detection never replaces a choice."""
    return kept is None or ((chosen or not kept[1]) and kept != (language, chosen))


def note_message(session: Session, identity: str | None, text: str, now: dt.datetime) -> None:
    """Remember the language of what this number or chat just wrote, when it is clear."""
    found = detect(text) if identity else None
    if found:
        remember(session, identity, found, chosen=False, now=now)


def for_identity(session: Session, identity: str | None, patient_id: int | None = None,
                 contact_id: int | None = None, on_file: str | None = None) -> str:
    """The language to answer `identity` in (see the module docstring for the order).
    `on_file`: the language already read with the person's row, which saves a query."""
    remembered = session.execute(_REMEMBERED, {"identity": identity}).one_or_none() if identity else None
    if remembered is not None and remembered.chosen:
        return catalogue.normalize(remembered.language)
    return choose(remembered and remembered.language, False, on_file or _on_file(session, patient_id, contact_id))


def choose(remembered: str | None, chosen: bool | None, on_file: str | None) -> str:
    """A choice, else the record's language, else the last detected one, else English.
    `remembered`, `chosen`: the conversation's row (`remembered_columns`), if any."""
    if remembered and chosen:
        return catalogue.normalize(remembered)
    return catalogue.normalize(on_file or remembered)


def remembered_columns():
    """The language remembered for bindparam "identity", and whether it was chosen, as
    columns of a larger statement (bot/identity.py reads a sender in one)."""
    return (select(ConversationLanguage.language).where(ConversationLanguage.identity == bindparam("identity"))
            .scalar_subquery().label("remembered"),
            select(ConversationLanguage.chosen).where(ConversationLanguage.identity == bindparam("identity"))
            .scalar_subquery().label("chosen"))


def for_phone(session: Session, phone: str, text: str | None, now: dt.datetime) -> str:
    """What `for_identity` answers for "phone:<phone>" after noting `text` (a switch word
    chooses), read in one statement instead of four: the SMS channel's intake runs this on
    every message before the dialogue (docs/performance.md)."""
    identity = f"phone:{phone}"
    known = session.execute(BY_PHONE, {"identity": identity, "phone": phone}).one()
    remembered = (known.remembered, bool(known.chosen)) if known.remembered else None
    chosen = switch_word(text)
    found = chosen or detect(text)
    # (remember()'s own test, made first: most messages change nothing and so cost no read)
    if found and _replaces(remembered, found, bool(chosen)):
        remember(session, identity, found, chosen=bool(chosen), now=now)
        remembered = (found, bool(chosen))
    # A patient's own record decides; a contact's, else their patient's (as bot/identity.py resolves).
    return choose(*(remembered or (None, None)), known.patient_language or known.contact_language)


# Built once, read as columns: asked on every action call (docs/performance.md).
_REMEMBERED = select(ConversationLanguage.language, ConversationLanguage.chosen).where(
    ConversationLanguage.identity == bindparam("identity"))


# A number's patient, and the contact row it resolves to, as columns of a statement bound to "phone". A number on file
# for several patients (one daughter caring for both parents) resolves to the earliest consent; the case manager can
# sort out the rest. bot/identity.py reads more columns of the same rows (`BY_PHONE.add_columns`).
CONTACTS_PATIENT = Patient.__table__.alias("contacts_patient")


def patient_of_number(column):
    return select(column).where(Patient.phone == bindparam("phone")).scalar_subquery()


def contact_of_number(column):
    return (select(column).select_from(AuthorizedContact)
            .join(CONTACTS_PATIENT, CONTACTS_PATIENT.c.id == AuthorizedContact.patient_id)
            .where(AuthorizedContact.phone == bindparam("phone"))
            .order_by(AuthorizedContact.consent_recorded_at, AuthorizedContact.id).limit(1).scalar_subquery())


BY_PHONE = select(
    *remembered_columns(),
    patient_of_number(Patient.language).label("patient_language"),
    # a contact's own language, else their patient's
    contact_of_number(func.coalesce(AuthorizedContact.language, CONTACTS_PATIENT.c.language)).label("contact_language"))


def _on_file(session: Session, patient_id: int | None, contact_id: int | None) -> str | None:
    if contact_id is not None:
        own = session.execute(select(AuthorizedContact.language).where(AuthorizedContact.id == contact_id)).scalar()
        if own:
            return own
    if patient_id is not None:
        return session.execute(select(Patient.language).where(Patient.id == patient_id)).scalar()
    return None

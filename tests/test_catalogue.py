"""The catalogue of replies (bot/messages/): every language complete, placeholders equal,
and the choice of language (bot/language.py)."""
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from bot import catalogue, language, safety

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("code", catalogue.languages())
def test_every_language_has_every_message(code):
    assert catalogue.keys(code) == catalogue.keys("en"), "missing or extra ids: " + ", ".join(
        sorted(catalogue.keys(code) ^ catalogue.keys("en")))


@pytest.mark.parametrize("code", [c for c in catalogue.languages() if c != "en"])
@pytest.mark.parametrize("key", sorted(catalogue.keys("en")))
def test_placeholders_are_the_same_in_every_language(code, key):
    assert catalogue.placeholders(key, code) == catalogue.placeholders(key, "en")


def test_spanish_is_really_spanish():
    same = [key for key in catalogue.keys("es")
            if catalogue.say(key, "es") == catalogue.say(key, "en") and re.search(r"[a-z]{4}", catalogue.say(key, "en"))]
    assert set(same) <= {"plan_line", "resources_line", "instructions_line", "appointment_line", "scheduled_line"}


def test_every_domain_response_is_in_the_catalogue():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    for name in domain["responses"]:
        assert catalogue.has(name), name


def test_unknown_language_falls_back_to_english_and_unknown_id_is_an_error():
    assert catalogue.say("anything_else", "fr") == catalogue.say("anything_else", "en")
    assert catalogue.normalize("es-MX") == "es" and catalogue.normalize(None) == "en"
    with pytest.raises(KeyError):
        catalogue.say("no_such_message", "en")


def test_crisis_replies_keep_911_and_988_in_every_language():
    for code in catalogue.languages():
        assert "911" in safety.response_text(safety.Kind.MEDICAL_EMERGENCY, code)
        suicide = safety.response_text(safety.Kind.SUICIDE_SELF_HARM, code)
        assert "988" in suicide and "911" in suicide
        assert safety.is_crisis_response(suicide) and safety.is_check_in(safety.check_in_response(code))
    assert "oprima el 2" in safety.response_text(safety.Kind.SUICIDE_SELF_HARM, "es")
    assert "AYUDA" in safety.check_in_response("es")


def test_dates_and_times_are_written_the_reply_language_s_way():
    zone = dt.timezone.utc
    sunday = dt.datetime(2026, 12, 6, 10, 15, tzinfo=zone)
    assert catalogue.weekday(sunday, zone, "en") == "Sunday"
    assert catalogue.weekday(sunday, zone, "es") == "domingo"
    assert catalogue.clock_time(sunday, zone, "en") == "10:15 AM"
    assert catalogue.clock_time(sunday, zone, "es") == "10:15 a. m."


# --- which language -------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("necesito ayuda para pagar mis medicinas", "es"),
    ("cuando es mi cita", "es"),
    ("ya me tome la pastilla", "es"),
    ("q tengo q hacer hoy", "es"),
    ("gracias", "es"),
    ("what do i need to do today", "en"),
    ("i need a ride", "en"),
    ("when is my next appt", "en"),
    # short, mixed or unclear: no change
    ("ok", None), ("si", None), ("no", None), ("hello", None), ("60619", None), ("", None),
    ("quiero cambiar mi appointment", None),
    # Spanish small words around an English noun (blind set es_8): Spanish
    ("hola q dia tengo la appointment no me llego la carta", "es"),
    # es_19: lingua sure of English for the noun, or unsure; the small words are Spanish
    ("a q hora es mi appointment", "es"),
    ("q dia me toca ir a sacarme sangre", "es"),
    ("perdon numero equivocado", "es"),
    ("azucar 110", "es"),
    ("case manager please", "en"),
    # gibberish is no language, though lingua choosing between two is sure of one (found by using it)
    ("asdkjh qweqwe zzz", None), ("lkjlkj poiu mnbv", None),
])
def test_detection_is_sure_or_silent(text, expected):
    assert language.detect(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("ESPAÑOL", "es"), ("espanol", "es"), ("Spanish", "es"), ("ENGLISH", "en"), ("inglés", "en"),
    ("english please", None), ("hablo español", None),
])
def test_switch_words_are_the_whole_message(text, expected):
    assert language.switch_word(text) == expected


# --- who is answered in which language (database) ----------------------------------------


def _identity(session, name):
    from sqlalchemy import select
    from bot.models import Patient
    patient = session.execute(select(Patient).where(Patient.name == name)).scalar_one()
    return patient, f"phone:{patient.phone}", [f"phone:{c.phone}" for c in patient.contacts], patient.contacts


def test_a_known_person_is_answered_in_the_language_on_file_until_they_choose(demo_engine, now):
    from bot.db import session_scope
    from bot.identity import resolve
    with session_scope(demo_engine) as session:
        maria, maria_id, (sofia_id,), (sofia,) = _identity(session, "Maria Lopez")
        dorothy, dorothy_id, (angela_id,), _ = _identity(session, "Dorothy Williams")
        assert resolve(session, maria_id).language == "es"
        assert resolve(session, sofia_id).language == "es"      # a contact: the patient's language ...
        sofia.language = "en"
        session.flush()
        assert resolve(session, sofia_id).language == "en"      # ... unless their own is recorded
        assert resolve(session, dorothy_id).language == "en"
        # what a patient writes does not override the file; a switch word does
        language.note_message(session, dorothy_id, "necesito ayuda para pagar mis medicinas", now)
        assert resolve(session, dorothy_id).language == "en"
        language.remember(session, dorothy_id, "es", chosen=True, now=now)
        assert resolve(session, dorothy_id).language == "es"
        language.note_message(session, dorothy_id, "what do i need to do today", now)  # a detection never undoes a choice
        assert resolve(session, dorothy_id).language == "es"


def test_a_stranger_is_answered_in_what_they_write_and_keeps_it_through_unclear_messages(engine, now):
    from bot.db import session_scope
    from bot.identity import resolve
    stranger = "phone:+13125559876"
    with session_scope(engine) as session:
        assert resolve(session, stranger).language == "en"
        language.note_message(session, stranger, "necesito ayuda para pagar mis medicinas", now)
        assert resolve(session, stranger).language == "es"
        for unclear in ("ok", "60619", "quiero cambiar mi appointment", "si"):
            language.note_message(session, stranger, unclear, now)
            assert resolve(session, stranger).language == "es"
        language.note_message(session, stranger, "what do i need to do today", now)
        assert resolve(session, stranger).language == "en"


def test_the_same_language_again_writes_nothing(engine, now):
    """Every message notes its language; only a change is an UPDATE (it runs on every turn)."""
    import datetime as dt

    from bot.db import session_scope
    from bot.models import ConversationLanguage
    stranger = "phone:+13125559877"
    with session_scope(engine) as session:
        language.note_message(session, stranger, "necesito ayuda para pagar mis medicinas", now)
    later = now + dt.timedelta(hours=1)
    with session_scope(engine) as session:
        language.note_message(session, stranger, "necesito ayuda con la renta por favor", later)
        assert not session.dirty  # nothing to UPDATE
        language.note_message(session, stranger, "what do i need to do today", later)
        assert session.get(ConversationLanguage, stranger).language == "en"


def _the_long_way(session, who, text, now):
    """What the web chat does: note or choose, then resolve the person (bot/channels/guard.py)."""
    from bot.identity import resolve
    chosen = language.switch_word(text)
    if chosen:
        language.remember(session, who, chosen, chosen=True, now=now)
    elif text:
        language.note_message(session, who, text, now)
    return resolve(session, who).language


@pytest.mark.parametrize("contact_language", [None, "en"])
def test_the_sms_intake_s_one_read_answers_as_the_long_way(demo_engine, now, contact_language):
    """language.for_phone reads in one statement what the web chat reads in four; over a
    patient of each language, their contacts and a stranger, through detections, unclear
    messages and switch words, both answer alike and leave the same remembered language."""
    from bot.db import session_scope
    from bot.models import ConversationLanguage
    texts = ["what do i need to do today", "necesito ayuda para pagar mis medicinas", "ok", "ESPAÑOL",
             "what do i need to do today", "english", "si", "quiero cambiar mi cita por favor", ""]
    with session_scope(demo_engine) as session:
        maria, maria_id, (sofia_id,), (sofia,) = _identity(session, "Maria Lopez")
        _, dorothy_id, (angela_id,), _ = _identity(session, "Dorothy Williams")
        sofia.language = contact_language
        session.flush()
        for who in (maria_id, sofia_id, dorothy_id, angela_id, "phone:+13125559878"):
            for text in texts:
                trial = session.begin_nested()
                expected = _the_long_way(session, who, text, now)
                kept = session.get(ConversationLanguage, who)
                kept = kept and (kept.language, kept.chosen)
                trial.rollback()
                assert language.for_phone(session, who.split(":", 1)[1], text, now) == expected, (who, text)
                after = session.get(ConversationLanguage, who)
                assert (after and (after.language, after.chosen)) == kept, (who, text)

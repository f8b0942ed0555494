"""Finding the kind of help from a description of the need: full-text search over the
directory, on SQLite (FTS5) and PostgreSQL (text search), with the demo directory."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text

from bot import assistant, resource_search
from bot.catalogue import say
from bot.db import session_scope
from bot.identity import Role, Sender
from bot.models import Resource

STRANGER = Sender(Role.UNKNOWN, None, None, "phone:+13125550199")

# Needs described the way people text them, with no category word in them.
DESCRIBED_NEEDS = [
    ("my car broke down and chemo is tuesday", "transportation"),
    ("we're drowning in hospital bills", "financial_assistance"),
    ("my mom keeps wandering at night and I haven't slept in weeks", "caregiver_support"),
    ("the fridge is empty and payday is next friday", "food"),
    ("need a commode for dad", "medical_equipment"),
    ("landlord is evicting us", "housing"),
    ("so lonely and i cant stop crying", "mental_health"),
    ("want to learn about a low salt diet", "education"),
    ("the pharmacy wants 300 dollars for my inhaler", "medication_assistance"),
    ("need someone to help me write a will", "legal"),
]


@pytest.mark.parametrize("message,category", DESCRIBED_NEEDS)
def test_a_described_need_finds_its_category(demo_engine, message, category):
    with session_scope(demo_engine) as session:
        assert resource_search.best_category(session, message) == category


def test_a_message_that_names_no_need_finds_nothing(demo_engine):
    with session_scope(demo_engine) as session:
        for message in ("i need help", "can you help me please", "hi", "", "??? !!!"):
            assert resource_search.best_category(session, message) is None, message
            assert assistant.need_category(session, STRANGER, message) is None, message


def test_search_syntax_typed_by_a_person_is_only_words(demo_engine):
    # FTS5 and tsquery operators must not reach the database as syntax.
    with session_scope(demo_engine) as session:
        for message in ('ride" OR "food', "food* NEAR(bus)", "rent & | ! :* ()", "NOT housing -food"):
            resource_search.search(session, message)  # no error
        assert resource_search.query_words('ride" OR food*') == ["ride", "food"]


def test_hits_are_best_first_and_carry_their_category(demo_engine):
    with session_scope(demo_engine) as session:
        hits = resource_search.search(session, "meals on wheels delivered to my house")
        assert hits and hits[0].category == "food"
        assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_the_index_follows_the_directory(demo_engine):
    """Emptied (as after a migration on a database that already had resources), the index
    rebuilds itself on the next search; a renamed resource is found by its new name."""
    with session_scope(demo_engine) as session:
        session.execute(text("DELETE FROM resource_search"))
    with session_scope(demo_engine) as session:
        assert resource_search.best_category(session, "fridge is empty") == "food"
    with session_scope(demo_engine) as session:
        resource = session.execute(select(Resource).where(Resource.category == "legal")).scalars().first()
        resource.description = "Zanzibarian paperwork clinic."
        resource_search.rebuild_index(session)
    with session_scope(demo_engine) as session:
        assert [h.category for h in resource_search.search(session, "zanzibarian")] == ["legal"]


def test_a_ride_to_an_appointment_also_offers_to_move_it(demo_engine):
    with session_scope(demo_engine) as session:
        to_care = assistant.find_help(session, STRANGER, "transportation", "60622", need="no ride to my appt tuesday")
        anywhere = assistant.find_help(session, STRANGER, "transportation", "60622", need="need a ride to church")
    assert say("offer_reschedule") in to_care and "1)" in to_care
    assert say("offer_reschedule") not in anywhere and "1)" in anywhere


def test_cant_make_it_for_want_of_a_ride_lists_rides_too(demo_engine):
    with session_scope(demo_engine) as session:
        rides = assistant.rides_if_needed(session, STRANGER, "cant make my appt tuesday, my car broke down")
        none = assistant.rides_if_needed(session, STRANGER, "cant make my appt tuesday, i have to work")
    assert rides.startswith("If a ride would let you keep it") and "1)" in rides
    assert none == ""


def test_a_need_that_fits_two_kinds_of_help_gets_both(demo_engine):
    """The model chose money; the words also say housing: both lists, the second short."""
    with session_scope(demo_engine) as session:
        both = assistant.find_help(session, STRANGER, "financial_assistance", "60622",
                                   need="we need a cheaper place to live, the rent went up")
        one = assistant.find_help(session, STRANGER, "food", "60622", need="the fridge is empty and payday is next friday")
    assert both.startswith(say("resources_heading", label=say("category_financial_assistance")))
    second = both.split(say("resources_also_heading", label=say("category_housing")))
    assert len(second) == 2 and "1)" in second[1] and "2)" in second[1] and "3)" not in second[1]
    assert say("resources_also_heading", label="").split()[0] not in one  # "Also,"


def test_an_eviction_gets_legal_help_beside_housing(demo_engine):  # en_31: "I got an eviction notice on my door"
    with session_scope(demo_engine) as session:
        evicted = assistant.find_help(session, STRANGER, "housing", "60622", need="I got an eviction notice on my door")
        rent = assistant.find_help(session, STRANGER, "housing", "60622", need="looking for a cheaper apartment")
    assert say("resources_also_heading", label=say("category_legal")) in evicted
    assert say("resources_also_heading", label="").split()[0] not in rent


def test_counselling_always_names_the_988_lifeline(demo_engine):
    """Local lines come first and can fill the list; the 988 line is named whatever the list
    holds (the model's check-in gives way to this reply on low mood: docs/safety.md)."""
    with session_scope(demo_engine) as session:
        local = assistant.find_help(session, STRANGER, "mental_health", "60622", need="cant shake the blues")
        food = assistant.find_help(session, STRANGER, "food", "60622", need="the fridge is empty")
    assert local.endswith(say("resources_988"))
    assert say("resources_988") not in food


@pytest.mark.parametrize("message", [  # en_47: low mood, grief, or someone to talk to after bad dreams, as the whole message
    "i dont feel like myself, nothing is fun anymore",
    "my husband passed in march and i am having a hard time",
    "i keep having bad dreams about the ambulance ride, who can i talk to",  # the words name a ride; counselling is asked
    # harm denied, and only someone to talk to asked for (en_57)
    "i feel like a burden to everybody. not thinking of hurting myself, i just want to talk to somebody",
])
def test_low_mood_told_plainly_is_a_need_for_counselling(demo_engine, message):
    with session_scope(demo_engine) as session:
        assert assistant.need_category(session, STRANGER, message) == "mental_health"


def test_counselling_asked_after_bad_dreams_of_a_ride_adds_no_ride_list(demo_engine):  # en_47, found by using it
    with session_scope(demo_engine) as session:
        reply = assistant.find_help(session, STRANGER, "mental_health", "60622",
                                    need="i keep having bad dreams about the ambulance ride, who can i talk to")
        ride = assistant.find_help(session, STRANGER, "mental_health", "60622",
                                   need="so lonely since i stopped driving, and i need a ride to my appointments")
    assert reply.startswith(say("resources_heading", label=say("category_mental_health")))
    assert say("resources_also_heading", label="").split()[0] not in reply
    assert say("resources_also_heading", label=say("category_transportation")) in ride


@pytest.mark.parametrize("message, language, zip_code", [  # found by using it (es_63): heating help got the general bills list;
    # with a Chicago zip the local entries came first (found with sms send)
    ("hay ayuda con el gas en invierno pa personas mayores?", "es", None),
    ("help paying my heating bill this winter", "en", None),
    ("help paying my heating bill this winter", "en", "60622"),
])
def test_a_list_puts_the_entries_the_message_matches_first(demo_engine, message, language, zip_code):
    with session_scope(demo_engine) as session:
        liheap = session.execute(select(Resource).where(Resource.name.like("%LIHEAP%"))).scalar_one()
        sender = Sender("phone:+13125550199", Role.UNKNOWN, language=language)
        reply = assistant.find_help(session, sender, "financial_assistance", zip_code, need=message)
        assert reply.splitlines()[1].startswith(f"1) {liheap.name}")
        plain = assistant.find_help(session, sender, "financial_assistance", zip_code)  # nothing described: as before
        assert not plain.splitlines()[1].startswith(f"1) {liheap.name}")

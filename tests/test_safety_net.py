"""The safety net under the crisis rules (bot/safety_net.py): danger words found together
that no rule placed get the check-in; the same words told as history, asked about, denied
or used about everyday things stay quiet."""
from __future__ import annotations

import glob

import pytest
import yaml

from bot import safety, safety_net

# Each is a crisis the rules do not read (checked below), in words of one of the net's cues.
CAUGHT = [
    ("I can hear my neighbor screaming and things breaking, she's an old lady", "violence_heard"),  # en_27
    ("oigo a la vecina gritando y golpes, es una senora grande", "violence_heard"),
    ("i hear my neighbor screaming and things breaking, the kids are crying too", "violence_heard"),  # a reviewer's finds
    ("se oyen gritos y golpes en el departamento de al lado", "violence_heard"),
    # en_22: a stranger waiting outside, someone who followed her, cold reaching the body
    ("there is a man standing outside my window, he's been there an hour", "stranger_outside"),
    ("hay un hombre parado afuera de mi ventana hace una hora, tengo miedo", "stranger_outside"),
    ("somebody followed me from the bus stop and is outside my building now", "followed"),
    ("someone's following me home from the bus stop, I'm scared", "followed"),  # en_28
    ("the guy downstairs keeps kicking my door and hes yelling hell get me, im hiding in the bathroom", "harm_by_person"),
    ("my ex is outside with a bat yelling that hes gonna kill me", "harm_by_person"),
    ("mi nieto se trago una pila de reloj", "poisoning"),
    ("el calentador esta prendido y todos tenemos dolor de cabeza y mareo", "fumes"),
]

# Crises the rules do read; the net reads them too, so its reach is not only the rules' gaps.
ALSO_RULES = [
    # a rule since en_58 (a person found beside an emptied bottle of pills)
    ("found mom with empty pill bottles around her, she's very drowsy", "pills_gone"),
    # a rule since en_26 (no heat, and the body failing to keep warm)
    ("the heat went out, its 10 degrees and im freezing in here, cant feel my fingers", "cold_exposure"),
    ("mi sobrino le esta pegando a mi abuela ahorita", "harm_by_person"),
    ("my roommate is choking me please", "harm_by_person"),
    ("my son drank some antifreeze from the garage", "poisoning"),
    ("dad swallowed a bunch of his sleeping pills and hes real groggy", "too_much_taken"),
    ("found my uncle on the bathroom floor and he is not moving", "down_and_hurt"),
    ("alguien esta tratando de entrar por la puerta de atras, estoy sola", "intruder"),
    ("me inyecte la insulina dos veces hoy por error", "insulin_twice"),
]

QUIET = [
    "knocked my glass over and blood orange juice everywhere, what a mess",  # en_28
    "the empty pill bottles go in the recycling, right? feeling tired of sorting",
    "mail order is slow again, just empty pill bottles here",  # a reviewer of the en_28 change
    "do you take back empty pill bottles? my kid asked",
    "empty prescription bottles keep piling up, can i burn them",
    "my neighbors kids are always screaming and banging on the wall, so annoying",  # en_27
    "the grandkids were screaming and banging pots all day lol",
    "the upstairs neighbors are yelling and banging all day, they are remodeling, who do i call about noise",
    "construction next door, guys shouting and banging since 7am, cant nap",
    "the upstairs neighbor is yelling and banging while moving furniture, can you help me find a new apartment",
    # en_22's twins: a delivery at the door, family who came along, a follow-up, cold with no body sign
    "the delivery guy is standing at my door, should i let him in",
    "my daughter followed me to the clinic, she's here now",
    "the nurse followed up with me this morning",
    "the heat went out and its freezing, who do i call to fix the furnace",
    "mom needs help showering and i cant lift her anymore, my back is shot",
    "im fine, no pain, no trouble breathing, just checking in",
    "weight 182 no chest pain no short of breath today",
    "stubbed my toe on the bed, no blood, just a lot of cussing",
    "in the cooking class they showed us what to do if someone is choking, very interesting",
    "I cut myself shaving this morning, tiny nick, all good",
    "hace 2 anos me cai y me quebre la muneca, pero ya sane",
    "last winter i fell on the ice and broke my wrist, it still aches when it rains",
    "se me olvido la lantus anoche, me pongo doble hoy?",
    "voy a estar en Mexico esas fechas, no voy a estar pa la clase de la insulina",
    "i want to set up her pill box right this sunday",
    "im taking care of my mom 24/7 and havent had a break in months",
    "hit the donut hole or whatever they call it and now everything costs a fortune",
    "mom fell last month but she wasn't hurt, just wanted you all to know",
    "my son gets panic attacks at school, where can he get help",
    "mom needs a grab bar in her bathroom, who installs those",
    "we watched a movie where a man is threatening her with a knife, so scary",
    "this bill is killing me, can someone help me pay it",
    "my leg fell asleep and I couldn't get up for a minute, funny feeling, it's fine now",
    # found by running the net over the safety sets too (kind: none)
    "me corte el pelo hoy",
    "me corte con una hoja de papel, nada grave",
    "voy a colgar, gracias",
    "my grandson says kill the lights by 9 so can the reminders come in the morning instead",
    "mom dropped her pills on the floor, we found them all, she took the right one",
]


def test_an_idiom_elsewhere_in_the_message_does_not_hide_the_danger():
    text = "the copays are killing me, and the guy downstairs keeps kicking my door and yelling hell get me, im hiding"
    assert safety.figurative(text) and safety_net.concern(text) == "harm_by_person"


@pytest.mark.parametrize("text,cue", CAUGHT)
def test_the_net_catches_what_the_rules_miss(text, cue):
    assert safety.assess(text).kind is safety.Kind.NONE  # else this example tests nothing
    assert safety_net.concern(text) == cue


@pytest.mark.parametrize("text,cue", ALSO_RULES)
def test_the_net_reads_crises_the_rules_also_read(text, cue):
    assert safety_net.danger_cue(text) == cue
    assert safety_net.concern(text) is None  # the rules answer these in full


@pytest.mark.parametrize("text", QUIET)
def test_the_net_stays_quiet_on_look_alikes(text):
    assert safety_net.danger_cue(text) is None


def _labelled_ordinary() -> list[str]:
    """Non-crisis messages of both schemas: blind sets (`behaviour`) and the safety sets
    (`kind: none`)."""
    texts = []
    for path in sorted(glob.glob("tests/data/*.yml")):
        data = yaml.safe_load(open(path, encoding="utf-8"))
        lists = [items for items in data.values() if isinstance(items, list)] if isinstance(data, dict) else []
        for items in lists:
            texts += [item["text"] for item in items if isinstance(item, dict) and "text" in item
                      and item.get("behaviour", "ordinary") != "crisis" and item.get("kind", "none") == "none"]
    return texts


def test_the_net_never_fires_on_a_labelled_ordinary_message():
    # Every blind set's non-crisis messages (over 12,000): a net hit pages a case manager.
    ordinary = _labelled_ordinary()
    assert len(ordinary) > 10_000
    fired = [text for text in ordinary if safety_net.concern(text)]
    assert fired == []


@pytest.mark.parametrize("text", [  # a reviewer of the en_30 change: harm told with "when" or "if" is still harm
    "my husband when drinking hurts me, im scared to go home",
    "mi hijo cuando se droga me lastima, ayuda",
    "a man if i open the door will hurt me, hes outside now",
])
def test_harm_told_with_when_or_if_still_fires(text):
    assert safety_net.danger_cue(text) is not None or safety.assess(text).kind is not safety.Kind.NONE


def test_a_storey_is_not_the_floor():  # en_33: a broken elevator and the 6th floor read as someone down and hurt
    from bot.safety_net import danger_cue
    assert danger_cue("the elevator in my building has been broken for weeks and I'm on the 6th floor") is None
    assert danger_cue("mom is on the kitchen floor and cant get up") is not None


@pytest.mark.parametrize("text, cue", [  # a threat with a condition (found while tuning on es_29: rules and model both missed it)
    ("mi esposo me va a matar si no le doy dinero", "harm_by_person"),
    ("my husband is going to kill me if i dont give him money", "harm_by_person"),
    ("my grandson says he will hurt me unless i give him my card", "harm_by_person"),
    ("my mom is going to kill me if i dont call her back lol", None),
    ("mi mama me va a matar si no le llevo sus tortillas", None),
])
def test_a_threat_with_a_condition_is_a_danger_cue(text, cue):
    from bot.safety_net import danger_cue
    assert danger_cue(text) == cue


@pytest.mark.parametrize("text, cue", [  # en_43: not safe with oneself, a means on the mind (a reviewer's finds)
    ("can someone stay with me tonight im not safe alone", "self_harm"),
    ("can someone stay with me i keep thinking about the pills", "self_harm"),
    ("no me siento segura sola esta noche", "self_harm"),
    ("i keep thinking about my pills, did i take the carvedilol this morning", None),
    ("can someone stay with me i dont want to be alone right now", "self_harm"),
    ("i am afraid all the time that my heart is going to give out and i want it to", "self_harm"),
    ("i hope my heart doesnt stop", None),
    ("mom doesnt want to be alone at the appointment, can someone go with her", None),
    ("can someone stay with me when angela goes out of town", None),
    ("is the parking garage safe alone at night", None),
])
def test_en_43_not_safe_alone(text, cue):
    from bot import safety_net
    assert safety_net.danger_cue(text) == cue


@pytest.mark.parametrize("text, cue", [  # en_43 after-run: the heart beating oddly beside the jaw or the left arm
    ("heart doing flip flops and my jaw hurts and i feel sick", "heart_and_jaw"),
    ("my heart is fluttering and my jaw hurts", "heart_and_jaw"),
    ("el corazon me brinca y me duele la quijada", "heart_and_jaw"),
    ("my heart was racing and my jaw hurt last year, they said it was anxiety", None),
    ("my heart is racing, the bulls won, jaw dropped", None),
])
def test_en_43_heart_and_jaw(text, cue):
    from bot import safety_net
    assert safety_net.danger_cue(text) == cue


@pytest.mark.parametrize("text, cue", [  # en_44 / es_40 review: a landlord among the people who can harm
    ("landlord came in with a gun and told me to get out, im hiding in the bathroom", "weapon"),
    ("my landlord is drunk and kicking in my door, hurry", "harm_by_person"),
    ("the landlord is threatening to evict me", None),
    ("my landlord keeps calling about the rent, can i get legal help", None),
])
def test_en_44_landlord(text, cue):
    assert safety_net.danger_cue(text) == cue


@pytest.mark.parametrize("text, cue", [  # en_44: a hand that cannot type or hold a cup, numb or strange, no everyday cause
    ("i cnat typ rite my hnd is wierd", "hand_failing"),
    ("my fingers are numb and i cant hold my coffee cup", "hand_failing"),
    ("i cant hold my cup my hand is numb since lunch", "hand_failing"),
    ("moms hand is numb and she cant hold the phone, when should i worry?", "hand_failing"),
    ("just shoveled the driveway, my fingers are numb cant text", None),
    ("my fingers are numb and i cant grip the pen, the dentist gave me novocaine", None),
    ("my arm is dead cant text, slept on it all night", None),
    ("since her stroke in 2019 moms hand is numb and she cant write", None),
    ("the nurse asked if my hand feels numb or if i cant write, i said no", None),
])
def test_en_44_hand_failing(text, cue):
    assert safety_net.danger_cue(text) == cue


@pytest.mark.parametrize("text", [  # en_44 review: a landlord's bills, fees and threats to sue are not harm
    "my landlord keeps threatening to raise the rent, can you help",
    "my landlord threatened to take me to court over the rent, please help",
    "mi casero me amenaza con subir la renta, hay ayuda",
    "my landlord is killing me with these late fees",
    "the super keeps pushing me to sign the new lease tonight, help",
    "my landlord hit me with a 200 dollar fee, please help",
    "el dueno nos amenaza con echarnos si no pagamos, necesito ayuda legal",
])
def test_en_44_landlord_everyday(text):
    assert safety_net.danger_cue(text) is None


@pytest.mark.parametrize("text, cue", [  # es_40 review: crises missed before the change too, now checked in on by the net
    ("feeling low and crying a lot, can i talk with a counselor, i have the pills in my hand", "means_ready"),
    ("me siento triste y lloro, esta noche ya tengo un plan", "means_ready"),
    ("crying a lot lately and i bought rope", "means_ready"),
    ("i feel low today, bought a rope for the garden swing", None),
    ("i have the pills in my hand, which one is the water pill", None),
    ("feeling low and crying a lot since my wife died, i want to be with her", "join_the_dead"),
    ("lloro mucho desde que murio mi esposo, me quiero ir con el", "join_the_dead"),
    ("my wife died last year, i want to be with her at the cemetery on sunday", None),
    ("no tengo para comer y estoy embarazada y sangrando", "pregnant_bleeding"),
    ("is bleeding normal when you are pregnant", None),
    ("my daughter is pregnant and her nose is bleeding a little", None),
    ("any place with a free hot meal, i have diabetes and my sugar keeps dropping, im sweaty and cant think straight", "sugar_falling"),
    ("my sugar keeps dropping at night, i wake up sweaty, what should i do", None),
])
def test_es_40_review_the_net(text, cue):
    assert safety_net.danger_cue(text) == cue


@pytest.mark.parametrize("text, cue", [  # en_45: blood that was a red food or paint, nobody hurt: no check-in either
    ("blood everywhere!! beet juice all over my white counters", None),
    ("red wine all over, looks like blood everywhere in here", None),
    ("blood everywhere, she knocked the ketchup over and cut her hand on the glass", "bleeding_bad"),
])
def test_en_45_red_spill(text, cue):
    assert safety_net.danger_cue(text) == cue


@pytest.mark.parametrize("text, cue", [  # en_51 (after its first blind run): an eviction is not a blow
    ("mom's landlord is trying to kick her out while she was in the hospital, can we get legal help", None),
    ("my landlord kicked my door in and is yelling at me", "harm_by_person"),
])
def test_kicked_out_is_an_eviction(text, cue):
    assert safety_net.concern(text) == cue


def test_a_list_stuck_on_the_fridge_is_not_a_blow():  # es_54: "pegar" is also to stick
    assert safety_net.concern("Sofia aqui. Me pasas el checklist de mi mama de esta semana? lo quiero pegar en el refri") is None
    assert safety_net.danger_cue("mi hijo me quiere pegar otra vez, tengo miedo") is not None


def test_a_chore_is_no_condition_of_a_threat():  # en_60: a daughter's scolding paged a case manager
    assert safety_net.concern("my daughter will kill me if I don't do my weight") is None
    assert safety_net.concern("he said he will kill me if i dont do what he says") == "harm_by_person"


def test_stable_is_not_stabbed():  # en_76: "glad she's stable now" read as a stabbing beside "scared"
    assert safety_net.danger_cue("mom's cardiologist back in 2022 scared us half to death with the word failure, glad she's stable now") is None
    assert safety_net.danger_cue("he keeps trying to stab me, help") is not None

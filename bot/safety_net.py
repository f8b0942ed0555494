"""The safety net under the crisis rules: words of danger the rules could not place.

Every fresh blind set has held a few crises told in words no rule had yet ("my nephew is
threatening me, he's high and in my kitchen", "drank from the wrong bottle, my mouth is
burning", "hay alguien queriendose meter a mi casa, tengo miedo"). The model missed most
of them too, and they got "Sorry, I didn't get that" or a resource list. The patterns
here are looser than a rule: two kinds of danger words found together (a person and a
harm, a fall and not getting up, a wrong bottle and a symptom), each match vetted the way
a rule's is (`safety._is_live`: not history, a question, a show, a joke). A hit gets the
safety check-in (911 and 988, "are you safe?", an urgent page: bot/safety_classifier.py),
never silence. What it catches and what it costs: docs/safety.md.

Written for `safety`'s normalised text: lower case, accents folded, apostrophes dropped.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from bot import safety
# The rules' own normalising and vetting, so the net reads a message as the rules do.
from bot.safety import _NOW_RE, _PAST_RE, _harm_denied_and_talk_asked, _inside_idiom, _is_live, _prepare

_SOMEONE = (
    r"(?:he|hes|hell|hed|she|shes|they|theyre|him|her|someone|somebody|a man|a guy|a woman|guy|man|stranger|landlord|"
    r"my (?:\w+ )?(?:husband|wife|son|daughter|nephew|niece|grandson|granddaughter|brother|sister|boyfriend|girlfriend|"
    r"partner|ex|aide|caregiver|neighbor|neighbour|roommate|tenant|landlord|landlady|father|dad|mother|mom|uncle|cousin|son in law)s?|"
    r"(?:her|his|moms|dads) (?:\w+ )?(?:husband|wife|son|daughter|boyfriend|girlfriend|partner|ex|aide|caregiver|nephew|grandson)|"
    r"the (?:aide|caregiver|neighbor|neighbour|landlord|landlady|super|man|guy|lady|woman|girl|nurse)|"
    r"el|ella|alguien|un (?:hombre|senor|tipo)|mi (?:\w+ )?(?:esposo|esposa|hijo|hija|yerno|nuera|sobrino|nieto|hermano|hermana|"
    r"novio|novia|pareja|ex|vecino|vecina|papa|padre|mama|madre|abuela|abuelo|tio|primo|cuidador|cuidadora|casero|casera|dueno)|"
    r"(?:su|el) (?:novio|esposo|ex|pareja|hijo|cuidador|cuidadora|vecino|casero|dueno))"
)
# Not "my back is shot", "murder on her sleep", "panic attacks", "grab bars".
_HARM = (
    # (not a bill or a push to sign: "my landlord hit me with a 200 dollar fee", "the super keeps pushing me to sign the new
    # lease", "hitting me up about the rent": the landlord's reviewer's finds)
    r"(?:(?:hit|hits|hitting)(?! (?:me|us|her|him) (?:up|with (?:a|an|another|the|this|these) (?:\w+ ){0,3}(?:fees?|bills?|charges?|increase|"
    r"notice|letter|rent))\b)|beat|beats|beating|beaten|punch\w*|slap\w*|"
    # (not an eviction: "mom's landlord is trying to kick her out while she was in the hospital, can we get legal help", en_51)
    r"kick\w*\b(?! (?:me|us|her|him|them) out\b)|chok(?:e|es|ed|ing)|shov\w*|"
    r"push(?:ed|es|ing)\b(?! (?:me|us|her|him) to (?:sign|pay|move|leave|decide|buy|renew)\b)|"
    # (a threat to evict is not one of harm: "her landlord is threatening to evict her", en_41; cutting off oxygen, reporting
    # to the police for pills are: a reviewer's finds. The \b keeps \w* from giving back letters to dodge the lookahead.)
    r"hurt(?:s|ing)?|threat\w*\b(?! (?:to (?:evict|raise|sue|tow|take (?:me|us|her|him) to court)|with (?:eviction|court|a fee|fees|late fees))\b)|attack(?:ing|ed)|grabb\w*|strangl\w*|lock\w* (?:me|her|him|us) (?:in|out)|"
    # (not an everyday thing as the weapon: "my landlord is trying to kill me with this heat", a labelled look-alike)
    r"(?:kill|killing)(?! the (?:lights?|engine|tv|music|power|radio|noise|bugs?|weeds?|mood|time|germs?)\b"
    r"| (?:me|us|her|him) with (?:this|the|these|all (?:this|these|the)|his|her|their) (?:heat|cold|noise|rent|bills?|prices?|smell|"
    r"paperwork|kindness|questions|texts|cooking|fees|late fees|construction|repairs|rules)\b)|stab(?:bed|bing|s)?|shoot(?:ing)?|shot (?:at|him|her|me)|"
    # (not stuck up somewhere: "me pasas el checklist de mi mama? lo quiero pegar en el refri", es_54)
    r"peg\w*\b(?! en (?:el |la |mi |su )?(?:refri\w*|refrigerador|nevera|pared|puerta|espejo|cuaderno|libreta|calendario)\b"
    r"| con (?:cinta|diurex|iman|pegamento)\b)|golpe\w*|empuj\w*|amenaz\w*\b(?! con (?:subir|echar\w*|desalojar\w*|demandar\w*|correr\w*|cobrar\w*|la renta|la corte)\b)|mat(?:ar|a|o)(?:me|la|lo|nos)?|lastim\w*|ahorc\w*|apunal\w*|dispar\w*)"
)
# A threat with a condition: "my husband is going to kill me if i dont give him money", "mi esposo me va a matar si no le
# doy dinero" (found while tuning on es_29: neither the rules nor the model had it)
# (a chore is no condition: "my daughter will kill me if I don't do my weight", en_60: "do" only as told to)
_DEMANDED = r"(?:give|pay|sign|let|do (?:what|as|it|that|this)\b)"
_COERCION = rf"(?:if i (?:dont|do not|wont|refuse to) {_DEMANDED}|unless i {_DEMANDED}|si no (?:le |les )?(?:doy|pago|firmo|dejo|hago))"
# (not a toy: "mi pluma de insulina es una pistola de rayos laser", es_58; "a water gun")
_WEAPON = (r"(?<!water )(?<!nerf )(?<!toy )(?<!ray )(?<!glue )(?<!staple )(?:knife|knives|gun|guns|pistol|rifle|shotgun|weapon|machete|"
           r"cuchillo|navaja|pistola|arma)(?! de (?:rayos|agua|juguete|laser|burbujas|silicon|grapas)| (?:de )?juguete)")
# The weapon out: held, waved, looked at, pointed; not "a gun license", "his old rifle in the attic".
_WEAPON_OUT = r"(?:holding|waving|pointing|looking at|keep looking|loaded|on the table|in (?:his|her|my) hand|en la mano|apuntando|saco)"
_INTRUDER = (
    r"(?:breaking in(?:to)?\b|broke in(?:to)?\b|break into\b|(?:trying|try) to (?:get|come|break|force) (?:in|into)\b|"
    r"(?:getting|coming|forcing) (?:in|into) (?:my|our|her|his|the) (?:house|home|apartment|apt|place|door|window)|"
    r"(?:banging|pounding|kicking) (?:on|at) (?:my|our|her|the) (?:door|window)|"
    r"meter(?:se)? (?:a|en) (?:mi|la|su|nuestra) (?:casa|departamento|apartamento|ventana|puerta)|"
    r"queriendose meter|quiere(?:n)? entrar|tratando de (?:entrar|meterse|abrir)|forzando la (?:puerta|ventana))"
)
_FEAR_OR_NOW = (
    r"(?:scared|afraid|terrified|frightened|fear|panic\w*|help|please|now|right now|just|here|still here|"
    r"in (?:my|the|her|our) \w+|outside|next door|at (?:my|the|her) door|hiding|hid|locked|tonight|screaming|yelling|crying|"
    r"what do i do|miedo|asustad\w*|ayuda|auxilio|ahorita|ahora|aqui|afuera|escondid\w*|encerrad\w*|gritando|llorando|que hago)"
)
_INGESTED = (
    r"(?:swallow\w*|drank|drink|drinking|ate|eaten|took|taken|got into|"
    r"tomo|tome|tomado|tomando|trago|trague|tragado|bebio|bebi|comio|se puso|me puse|me inyecte|se inyecto)"
)
# Not a medicine at all: no symptom needed.
_POISON = (
    r"(?:cleaner|cleaning|bleach|chemical\w*|detergent|battery|batteries|poison\w*|antifreeze|lye|drano|windex|lysol|"
    r"laundry pods?|cloro|veneno|liquido de (?:limpiar|limpieza)|detergente|quimico\w*|pila|pilas|anticongelante)"
)
_TOO_MUCH = (
    r"(?:wrong (?:\w+ )?(?:bottle|pills?|meds?|medicine|insulin)|someone elses|"
    r"\w+s (?:\w+ )?(?:pills|meds|medicine|medicines|medication)|"
    r"too (?:many|much)|bunch of|handful|a lot of (?:pills|them)|whole (?:bottle|box|pack)|all (?:of )?(?:my|her|his|the|them|those)|"
    r"twice|double|extra dose|por error|de mas|equivocad\w*|un puno|todas (?:las|mis|sus)|dos veces|doble|"
    r"(?:pastillas|medicinas) de (?:mi|su) \w+|unas de (?:mi|su) \w+)"
)
_SIGN = (
    r"(?:dizzy|sleepy|drowsy|confused|burn\w*|vomit\w*|throwing up|puking|wont wake|not waking|cant wake|passed out|"
    r"slurr\w*|foam\w*|shaking|sweating|weak|faint\w*|out of it|not making sense|groggy|limp|pale|slow|"
    r"dont know how many|no se cuant\w*|"
    r"marea\w*|adormilad\w*|dormid\w*|ardor|arde|quema\w*|no despierta|confundid\w*|desmay\w*|debil|temblando|sudando|"
    # a small child took it: always an emergency
    r"baby|toddler|kid|child|grandbaby|bebe|bebito|nino|nina|ninito|nene|nena|nieto|nieta|nietito|sobrinito|hijito|chiquito)"
)
_EMPTIED = (r"(?:(?:pill ?box|pillbox|pill bottle|bottle|organizer|frasco|pastillero)(?: is| was| esta| estaba)? (?:empty|vacio)"
            # "found mom with her pill bottles empty and she's very sleepy" (en_72)
            # (not emptied as the month ends: "... were all empty so i picked up refills", its reviewer)
            r"|(?:(?:pill|medicine|med|prescription) bottles|bottles in (?:her|his|the|my) (?:medicine )?cabinet) (?:are |were )?(?:all )?"
            r"empty(?!(?: \w+){0,8} (?:refills?|refilled|recycl\w*|pharmacy|pick(?:ed)? up)\b)"
            # "found mom with empty pill bottles around her, she's very drowsy" (en_28)
            # (found beside someone, not kept or sent back: "do you take back empty pill bottles", a reviewer's find)
            r"|(?:found|find|finding|saw|see) (?:\w+ ){0,4}(?:with )?empty (?:pill|medicine|med|meds|prescription|medication) (?:bottles?|boxes|packs?|packets)"
            r"|empty (?:pill|medicine|med|meds|prescription|medication) (?:bottles?|boxes|packs?|packets) (?:all )?(?:around|next to|beside|by|near) (?:her|him|them|me|the bed)"
            r"|frascos? vacios? de (?:pastillas|medicina) (?:junto|alrededor|al lado))")
_INSULIN = r"(?:insulin|lantus|humalog|novolog|insulina|unidades|units)"
_ENDING = (
    r"(?:(?:all|it|this|everything) (?:will |would |d |ll |could )?(?:be|is) (?:over|done|finished)|be over (?:soon|faster|quicker)|"
    r"end (?:it|things|everything|my life|this)|im done|i am done|"
    # ("so i can go", not somewhere: "should i take my water pill later so i can go out in the morning", en_61)
    r"so (?:i|she|he) can (?:just )?go(?! (?:out|to|shopping|home|outside|for|in|with|visit|see|back|somewhere|over|down|up)\b)|"
    r"(?:said|say|texted|text) (?:me |my |our |her |his )?goodbyes?|saying goodbye|tell \w+ (?:i|that i) love|"
    r"(?:take|taking) them all|(?:lined|counted|laid) (?:them )?(?:up|out)|"
    r"(?:dont|not) (?:plan|planning) on (?:being|sticking) (?:here|around|alive)|"
    r"(?:have|got|made) (?:a|my|it all|everything) plan(?:ned)?|"
    r"ya me decidi|ya lo decidi|ya (?:lo )?tengo (?:todo )?decidido|tengo todo (?:planeado|listo)|acabar con (?:todo|esto|mi vida)|"
    r"perdon(?:enme|ame)|despid\w*|se despide|ya no quiero seguir)"
)
_MEANS = (
    r"(?:pills|pill|meds|medicine|medication|insulin|gun|rope|knife|razor|blade|bridge|letters?|note|"
    r"stop(?:ped|ping)? (?:taking|my|her|his)|die|dead|dying|not answering|wont answer|isnt answering|doesnt answer|"
    r"pastillas|medicinas|insulina|pistola|cuerda|navaja|cuchillo|puente|carta|cartas|dejar (?:de tomar|las)|"
    r"morir\w*|muer\w*|muero|no contesta|doesnt matter|no point|wont need|wont be (?:here|around)|"
    r"no (?:la |lo |los )?voy a necesitar|no tiene sentido)"
)
# Acts of self-harm and ways of dying named outright (history and questions vetted away).
_SELF_HARM = (
    r"(?:cut(?:ting)? (?:myself|herself|himself|my (?:wrists?|arms?|legs?))(?! (?:\w+ )?(?:shaving|cooking|chopping|slicing|cutting|opening|on (?:a|the|some)|by accident|accidentally|with (?:a|the) (?:paper|can|knife while)))|hurting (?:myself|herself|himself)|"
    r"burn(?:ing|ed)? (?:myself|herself|himself)|hang (?:myself|herself|himself)|leave this world|"
    # (not hair, nails or a paper cut: "me corte el pelo", "me corte con una hoja de papel")
    r"me corte(?! (?:el|la|las|los|mi|mis) (?:pelo|cabello|unas|fleco|barba|bigote|pasto|cesped|puntas))"
    r"(?! (?:\w+ ){0,4}(?:papel|cocinando|picando|pelando|rasurando|afeitando|sin querer|nada grave))|"
    r"me cortaba|me estoy cortando|cortarme|cortandome|cortandose|(?:haciendo|hacerme|hacerse) dano|"
    # hanging oneself, not hanging up the phone ("voy a colgar, gracias")
    r"colgarme|colgarse|me (?:voy a|quiero) colgar|ahorcar(?:me|se)|irme de este mundo|me voy de este mundo|dejar este mundo|"
    # not safe with oneself, a means on the mind: "can someone stay with me tonight im not safe alone", "can someone stay
    # with me i keep thinking about the pills" (a reviewer of the en_43 change: the model read a request for company)
    r"(?:not|dont feel|do not feel|never feel) safe (?:being )?(?:alone|by myself|on my own|with myself|to be alone)|"
    r"no (?:estoy|me siento) segur[oa] (?:sola?|conmigo misma?)|"
    # (not "my pills": "i keep thinking about my pills, did i take the carvedilol" is a worry about a dose; found on rereading)
    r"(?:keep|keeps|cant stop|been|always) thinking about (?:(?:the|those|all the|all my) (?:pills|gun|rope|bridge|knife)|"
    r"my (?:gun|rope|knife))|"
    # ... not wanting to be alone now, or wanting the heart to stop: "can someone stay with me i dont want to be alone
    # right now", "afraid my heart is going to give out and i want it to" (the model read a need; found beside them)
    r"(?:i|im) (?:dont|do not|really dont) want to be (?:alone|by myself) (?:right now|tonight|anymore)|"
    r"heart (?:is going to|will|would|to|going to) (?:give out|stop)(?: \w+){0,4} (?:and |but )?(?:i|part of me) (?:want|wants|hope|wish) "
    r"(?:it|it would|it to|it will|it does)\b)"
)
_DOWN = (
    # (not "my leg fell asleep")
    # (a storey is not the floor: "the elevator has been broken for weeks and I'm on the 6th floor", en_33)
    r"(?:(?:fell|fall|fallen|falling)(?! asleep)|slipped|slip|tripped|tumbl\w*|"
    r"on (?:the|her|his|my|their|our) (?!(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"top|upper|lower|same|next|bottom|main) floor)(?:\w+ )?(?:floor|ground|ice)|"
    r"me cai|se cayo|nos caimos|me resbale|se resbalo|en el (?:piso|suelo)|tirad[oa])"
)
_CANT_GET_UP = (
    r"(?:cant|unable to|couldnt|wont|not able to|no (?:me |se )?(?:puedo|puede|pude|pudo)) (?:\w+ ){0,2}?"
    r"(?:stand|get up|move|walk|put weight|bear weight|levantar\w*|mover\w*|parar\w*|caminar|pararme|apoyar)|"
    # someone found, not things: "dropped her pills on the floor, we found them all"
    r"isnt moving|not moving|no se mueve|not breathing|no respira|unconscious|wont wake|encontre|"
    r"found (?:him|her|mom|dad|grandma|grandpa|my (?:mom|dad|mother|father|husband|wife|son|daughter|neighbou?r|grandma|grandpa))|"
    r"since (?:last night|yesterday|this morning)|all night|desde (?:anoche|ayer|la manana)|toda la noche|"
    r"(?:leg|hip|arm|ankle|wrist|head) (?:looks|is) (?:wrong|bent|broken)|bleeding|sangr\w*|quebr\w*|"
    # a bone, not a thing: "the elevator has been broken for weeks and she's on the 4th floor" (en_32)
    # (only the building's lift: "tripped over her walker broke her hip" is a bone, a reviewer's find)
    r"(?<!elevator )(?<!elevator is )(?<!elevator has been )(?<!elevators )(?<!lift )(?<!lift is )(?<!lift has been )(?:broke|broken)"
)
# A stranger who waits outside or follows: "a man standing outside my window, he's been there an hour",
# "somebody followed me from the bus stop and is outside my building now". Not family ("my daughter
# followed me to the clinic") and not a delivery at the door (it needs time, fear or a stranger named).
_STRANGER = (
    r"(?:someone|somebody|someones|somebodys|a (?:man|guy|dude|woman|lady|car|truck|van|stranger|creep)|some (?:man|guy|dude|woman|lady|car|truck|van|"
    r"stranger|creep|person)|this (?:man|guy|dude|woman|lady|car|creep)|alguien|un (?:hombre|senor|tipo|carro|coche)|una (?:mujer|senora))"
)
_WAITING_OUTSIDE = (
    r"(?:standing|waiting|lurking|hanging around|sitting|parked|watching|staring|peeking|looking|peering|parado|esperando|mirando)"
    r"(?: (?:in|into|at|through))? (?:outside|at|in|through|into|by|under|afuera de|en|por) (?:of )?(?:my|our|her|his|the|mi|la|su) "
    r"(?:window|windows|door|front door|back door|house|building|apartment|apt|car|porch|yard|ventana|puerta|casa|edificio)"
)
_LINGERING = (
    r"(?:been there|for (?:an|a|over an|almost an|about an|\d+) (?:hour|hours|minutes|mins|min|hr|hrs)|an hour|wont leave|"
    r"keeps (?:coming back|staring|watching|looking)|scared|afraid|terrified|frightened|dont know (?:him|her|them|who)|"
    r"miedo|asustad\w*|no se va|no lo conozco|una hora)"
)
_FOLLOWED = (
    rf"(?:{_STRANGER} (?:\w+ )?(?:followed|following|follows|stalking|stalked|siguio|esta siguiendo|me sigue) "
    r"(?:me|her|him|us|mom|my \w+)?(?! up\b)|(?:being|been|was|im being|am being) followed|me (?:estan|esta|vienen|viene) siguiendo|"
    # one known, or named short: "my ex is following me right now in his truck", "guy on the bus keeps followin me" (a reviewer's)
    r"(?:my ex|ex (?:husband|wife|boyfriend|girlfriend)|guy|man|dude)(?: \w+){0,4} (?:followed|following|followin|follows) me|"
    r"(?:a|some|this) (?:man|guy) (?:is )?behind me (?:since|for|the whole))"
    # (not online: "someones following me on facebook now, how do i block them", a reviewer's find)
    r"(?!.*\b(?:facebook|fb|instagram|ig|twitter|tiktok|social media|online|youtube|whatsapp|the app|the internet)\b)"
)
# Cold that has reached the body: "the heat went out, its 10 degrees, cant feel my fingers".
_COLD = r"(?:freezing|frozen|so cold|too cold|in the snow|out in the cold|no heat|heat (?:went|is|has been) (?:out|off)|furnace (?:\w+ )?(?:out|broke|died)|degrees|congelando|mucho frio|sin calefaccion)"
_COLD_BODY = (
    r"(?:cant feel (?:my|her|his) (?:fingers|hands|feet|toes|legs|face)|shivering (?:so bad|nonstop|uncontrollably|and)|"
    r"(?:fingers|lips|toes|hands) (?:are |turning |turned )?(?:blue|white|numb)|no siento (?:los dedos|las manos|los pies))"
)
_ACCIDENT = (r"(?:accident|crash|car crash|hit by a car|rear ended|choque|chocamos|accidente|atropell\w*|"
             # a vehicle, not an app, a diet or a bed: "i crashed my car and im bleeding" (en_71)
             r"(?:crashed|wrecked|totaled|flipped) (?:my|the|our|his|her|their|a) (?:\w+ )?(?:car|truck|bike|motorcycle|scooter|van|suv|"
             r"moped|wheelchair)|crashed into (?:a|the|another) (?:\w+ )?(?:car|tree|pole|wall|truck|bus|post|fence|ditch))")
_INJURED = r"(?:hurt|injured|bleeding|trapped|pinned|knocked out|unconscious|not moving|herid[oa]|lastimad[oa]|sangr\w*|atrapad[oa]|inconsciente)"
_AIR = (
    r"(?:harder|hard|cant|trouble|struggling|no (?:puedo|puede)|cuesta) (?:\w+ ){0,3}?"
    r"(?:breathe|breathing|get air|catch (?:my|her|his) breathe|respirar|jalar aire|agarrar aire)"
)
_FIRE_OR_GAS = (
    r"(?:(?:kitchen|house|apartment|building|room|stove|oven|garage|casa|cocina|edificio|cuarto|estufa) (?:is |esta )?"
    r"(?:on fire|en llamas|quemandose|incendiando)|smell(?:s|ing)? gas|gas leak|smoke (?:everywhere|in the)|"
    r"huele a (?:gas|quemado)|hay humo|fuga de gas|se esta quemando)"
)
# (not "blood orange juice everywhere": en_28)
_BLEEDING = r"(?:blood(?! (?:test|pressure|sugar|work|draw|count|thinner|glucose|level|orange|type|bank|donation|drive))|bleeding|sangre|sangrando)"
_BLEEDING_BAD = (
    r"(?:squirt\w*|spurt\w*|pouring|gushing|everywhere|wont stop|cant stop|wont quit|soaked|black|a lot of|so much|"
    r"no para|no se detiene|no deja de|mucha|chorros|negra)"
)


# "hits me when i say something", "me pega", "le esta pegando a mi mama": the act, with its object.
_HARMS_SOMEONE = (
    # (not the weather or news as the blow: "the heat is hitting me hard today so im staying inside", a reviewer of the en_60 change)
    r"(?<!heat )(?<!weather )(?<!humidity )(?<!cold )(?<!it )(?<!its )(?<!grief )(?<!news )(?<!diagnosis )(?<!illness )"
    r"(?:hits|beats|slaps|punches|kicks|chokes|shoves|(?:is|keeps|been|started) (?:hitting|beating|slapping|punching|kicking|choking|shoving)) "
    r"(?:me|her|him|us|mom|my \w+)|(?:me|le|la|nos) (?:esta |estan )?(?:pega|pego|pegando|golpea|golpeo|golpeando|empujo|empuja)"
)
_SHOT = (
    r"(?:(?:he|she|someone|somebody|i|ive|my (?:son|daughter|husband|wife|brother|sister|nephew|grandson|neighbor|friend|mom|dad)) "
    r"(?:just )?(?:got|been|was|has been) (?:shot|stabbed)|le dispararon|lo apunalaron|la apunalaron|le dieron un balazo)"
)
_WISH_GONE = (
    r"(?:wish(?:es|ed)? (?:i|she|he) (?:wouldnt|wont|didnt|would not|could not|was|were) (?:wake up|dead|gone|here)|"
    r"(?:a|such a) burden|better off without|giving (?:\w+ ){1,3}away|gave (?:\w+ ){1,3}away|"
    r"quisiera (?:no despertar|morirme|estar muerta?)|(?:una|un) carga|mejor sin (?:mi|ella|el))"
)
_WISH_WITH = r"(?:gun|pills|rope|knife|goodbye|goodbyes|away|asked (?:\w+ ){0,3}where|pistola|pastillas|cuerda|regalando|despid\w*)"
_CHILD = r"(?:baby|babys|toddler|kid|child|infant|grandbaby|newborn|bebe|nino|nina|nene|nena|nieto|nieta|nietecito)"
_CHILD_BREATHING = (
    r"(?:ribs? (?:are |is )?(?:sucking|pulling|caving)|costillas|se le hunden|turning blue|lips (?:are )?blue|"
    r"breathing (?:really |very |so |super )?fast|respira(?:ndo)? (?:muy )?rapido|(?:se esta poniendo|esta) morad[oa])"
)
_FAINTING = r"(?:me voy a desmayar|voy a desmayarme|se va a desmayar|(?:about|going) to (?:pass out|faint))"
_CHEST = r"(?:chest (?:is )?(?:tight|pain|pressure|hurts|hurting|squeez\w*|heavy)|dolor (?:en el|de) pecho|pecho apretado|me aprieta el pecho)"
_CHEST_WITH = r"(?:sweat\w*|nause\w*|throw(?:ing)? up|left arm|jaw|cant breathe|short of breathe|sudor\w*|vomit\w*|brazo izquierdo|no puedo respirar)"
# The heart beating oddly beside the jaw or the left arm: "heart doing flip flops and my jaw hurts and i feel sick"
# (en_43: the retrained model read emotional support)
_HEART_ODD = (r"(?:heart (?:is |keeps |been |was )?(?:doing (?:flip ?flops|somersaults|cartwheels)|flip ?flopping|fluttering|racing|"
              r"pounding|skipping|jumping|beating (?:fast|funny|weird|hard))|palpitations|corazon (?:me )?(?:late (?:muy )?(?:rapido|"
              r"fuerte|raro|feo)|brinca|salta|palpita|aletea))")
_JAW_OR_ARM = r"(?:jaw|left arm|brazo izquierdo|mandibula|quijada)"
_FUMES_FROM = r"(?:furnace|heater|generator|boiler|space heater|calentador|calefaccion|calenton|generador)"
_FUMES_SIGNS = r"(?:(?<!of )sick(?! of)|dizzy|headache|nause\w*|throwing up|mareado|mareada|dolor de cabeza|vomit\w*|beeping|alarm|alarma)"
# Violence heard through a wall: "I can hear my neighbor screaming and things breaking" (en_27)
_SCREAMING = r"(?:screaming|screams|yelling|shouting|crying for help|calling for help|gritando|gritos|pidiendo ayuda)"
_THINGS_BREAKING = (
    r"(?:things (?:\w+ )?breaking|breaking things|glass breaking|breaking glass|smashing|crashing|banging|thuds?|thumps?|"
    r"throwing things|things (?:being )?thrown|hitting|rompiendo|rompiendose|cosas rotas|golpes|golpeando|quebrando|aventando cosas)"
)
# Someone being abused, heard now: "I think my elderly neighbor is being abused, I hear screaming right now" (en_75)
_ABUSED = r"(?:being (?:abused|beaten|hit|hurt|attacked)|getting (?:beat|beaten|hit|hurt)|abusing (?:her|him|them)|la (?:estan|esta) golpeando|lo (?:estan|esta) golpeando)"
# A fall heard, and the one who fell not answering: "I heard a big thud from Dorothy's apartment and she's not answering the
# door, she lives alone" (en_75)
_A_FALL_HEARD = (r"(?:heard|hear|hearing|oi|escuche|se oyo) (?:a |an |un |like a )?(?:big |loud |huge |really loud )?(?:thud|thump|crash|bang|"
                 r"golpazo|golpe|ruido fuerte|ruido como que se cayo)|heard (?:something|someone|her|him) fall")
_NOT_ANSWERING = (r"(?:not answering|isnt answering|wont answer|doesnt answer|didnt answer|no answer|not responding|wont respond|"
                  r"not picking up|wont open|no contesta|no responde|no abre)")
_ALONE_OR_BEHIND_A_DOOR = re.compile(r"\b(?:lives alone|by herself|by himself|the door|her door|his door|apartment|bathroom|bedroom|"
                                     r"upstairs|downstairs|vive sola|vive solo|la puerta|su cuarto|el bano)\b")
# ... unless its cause or the reason for no answer is told: "it was the cat", "because shes at work"
_HARMLESS_CAUSE = re.compile(r"\b(?:it was (?:the|a|my|just|only|her|his) \w+|(?:because|cause|cuz|bc) (?:shes|hes|she is|he is|they are|theyre) "
                             r"(?:at|out|asleep|sleeping|in the shower|away)|at work|fue el \w+|fue la \w+)\b")
_HEARD_NEARBY = r"(?:hear|hearing|next door|upstairs|downstairs|through the wall|neighbou?rs?|oigo|escucho|se oyen?|de al lado|vecin\w*)"
# Heard nearby, and not the everyday noise of children, parties or a habit complained of
_VIOLENCE_NEARBY = re.compile(
    r"^(?!.*\b(?:always|every (?:day|night)|all the time|all day|annoying|so loud|noise|noisy|party|partying|dogs?|tv|game|"
    r"remodel\w*|renovat\w*|construction|moving furniture|since \d+ ?am|"
    r"(?:kids|children|grandkids) (?:are |were )?(?:\w+ )?(?:playing|screaming|yelling|shouting|running|banging)|"
    r"siempre|todos los dias|fiesta|remodelando|construccion)\b).* " + _HEARD_NEARBY + r"\b")


def _near(first: str, second: str, words: int = 8) -> re.Pattern[str]:
    """Either pattern, then the other within ``words`` words."""
    gap = rf"(?: \w+){{0,{words}}} "
    return re.compile(rf" (?:{first}){gap}(?:{second})\b| (?:{second}){gap}(?:{first})\b")


def _then(first: str, second: str, words: int = 6) -> re.Pattern[str]:
    """The first pattern, then the second within ``words`` words, not denied ("she wasn't hurt")."""
    gap = rf"(?: \w+){{0,{words}}} "
    return re.compile(rf" (?:{first}){gap}{_NOT_DENIED}(?:{second})\b")


_NOT_DENIED = "".join(f"(?<!{w} )" for w in ("not", "no", "never", "wasnt", "isnt", "didnt", "doesnt", "wont", "nunca", "no me", "no le"))


_NOBODY_WAS = "".join(f"(?<!{w} )" for w in ("nobody was", "no one was", "noone was", "nobody got", "no one got", "nobody",
                                              "no one"))


def _any(pattern: str) -> re.Pattern[str]:
    # A match starts with the space before its first word, as a rule's does (`safety._is_live`).
    return re.compile(rf" {_NOT_DENIED}{pattern}\b")


# A hand that cannot type or hold a cup and feels numb or strange, with no everyday cause told anywhere (numb from the
# cold, from shovelling, a dentist's needle, slept on it, a condition of years): "i cnat typ rite my hnd is wierd"
# (en_44). Sudden, it is the detector's stroke rule.
_NO_EVERYDAY_HAND_CAUSE = re.compile(
    r"^(?!.*\b(?:from|slept|sleeping|sleep|shovel\w*|typing|holding|nails|manicure|dentist|novocaine|numbing|cuff|hiking|snow|"
    r"cold|freezing|arthritis|carpal|neuropathy|chemo|ms|raynauds?|dialysis|gym|workout|lol|haha|asked|homework|class|years|"
    r"months|always|iv|shot|injection|vaccine|cast|splint|sling|brace|gout|tendonitis|screen|diabetes|cracked|gloves|"
    r"since (?:my|her|his) (?:\w+ )?(?:stroke|surgery|accident))\b)")

# A means at hand beside low mood: "... can i talk with a counselor, i have the pills in my hand", "crying a lot lately and
# i bought rope", "me siento triste y lloro, esta noche ya tengo un plan" (an es_40 reviewer's finds)
_MEANS_AT_HAND = (r"(?:(?:have|got|holding) (?:the|my|all my|all the) (?:pills|rope|gun|knife|razor) "
                  r"(?:in my hand|right here|ready|next to me|on the table)|"
                  r"bought (?:a |some )?(?:rope|gun|rat poison)(?! (?:for|to) (?:the|my|a|her|his|our)\b)|"
                  r"(?:tengo|tengo todas) (?:las|mis) (?:pastillas|pildoras) (?:en la mano|aqui|listas)|"
                  r"compre (?:una |un )?(?:soga|cuerda|pistola|veneno)|(?:tonight|esta noche) (?:i have|ya tengo|tengo) (?:a|un) plan)")
_LOW = (r"(?:sad|low|down|crying|cry|cried|depressed|hopeless|alone|lonely|empty|no point|whats the point|tired of|triste|lloro|llorando|"
        r"deprimid[oa]|sol[oa]|sin ganas|para que|cansad[oa] de)")
# Wanting to be with someone who died: "since my wife died, i want to be with her", "desde que murio mi esposo, me quiero ir
# con el" (an es_40 reviewer's finds)
_DIED = r"(?:died|passed|passed away|lost (?:my|her|his) (?:wife|husband|son|daughter)|murio|fallecio|se murio|perdi a mi)"
_TO_BE_WITH = (r"(?:i (?:just )?want to (?:be|go) with (?:her|him|them)|(?:me )?quiero ir con (?:el|ella)|"
               r"quiero estar con (?:el|ella)|(?:i )?(?:want|wanna) to join (?:her|him|them))")
# Bleeding in pregnancy: "no tengo para comer y estoy embarazada y sangrando"
_PREGNANT = r"(?:(?:im|i am|shes|she is|my (?:wife|daughter|granddaughter) is|estoy|esta) (?:\w+ )?(?:pregnant|embarazada))"
_NOT_A_SMALL_BLEED = re.compile(r"^(?!.*\b(?:nose|gums|normal|a little|spotting|cut|finger|is it|es normal)\b)")
_BLEEDING_NOW = r"(?:bleeding|sangrando|estoy sangrando|sangro|sangre)"
# A sugar falling with its signs, no number given: "my sugar keeps dropping, im sweaty and cant think straight"
_SUGAR_FALLING = (r"(?:sugar|glucose|azucar) (?:keeps |is |has been |se me )?(?:dropping|crashing|dropped|crashed|falling|tanking|going down|"
                  r"bajando|bajo|baja|cayendo)")
_HAPPENING_NOW = r"(?:im|i am|she is|shes|he is|hes|estoy|esta|now|right now|ahorita|ahora)"
_LOW_SUGAR_SIGNS = (r"(?:sweaty|sweating|shaky|shaking|confused|cant think|cant think straight|dizzy|passing out|sudad[oa]|temblando|"
                    r"confundid[oa]|mareado|mareada)")


_CONCERNS: tuple[tuple[str, re.Pattern[str], Callable[[str], object] | None], ...] = (
    # (cue, pattern vetted like a rule's match, a check the whole message must also pass)
    ("harm_by_person", _then(_SOMEONE, _HARM, 6), _any(f"(?:{_FEAR_OR_NOW}|{_WEAPON}|{_COERCION})").search),
    ("harms_someone", _any(_HARMS_SOMEONE), None),
    ("weapon", _near(_SOMEONE, _WEAPON, 8), _any(f"(?:{_FEAR_OR_NOW}|{_WEAPON_OUT}|{_HARM})").search),
    ("intruder", _any(_INTRUDER), None),
    ("shot_or_stabbed", _any(_SHOT), None),
    ("poisoning", _near(_INGESTED, _POISON, 8), None),
    ("too_much_taken", _near(_INGESTED, _TOO_MUCH, 8), _any(_SIGN).search),
    ("pills_gone", _any(_EMPTIED), _any(_SIGN).search),
    # given, not asked about: "me puse la lantus dos veces", not "me pongo doble hoy?"
    ("insulin_twice", _near(_INSULIN, r"(?:twice|two times|double|dos veces|doble|de mas|otra vez|me pase|se paso|en vez de|instead of)", 8),
     _any(r"(?:me puse|se puso|le puse|me inyecte|se inyecto|le inyecte|took|gave (?:her|him|myself)|injected|me pase|se paso)").search),
    ("ending", _near(_ENDING, _MEANS, 12), None),
    ("wish_gone", _near(_WISH_GONE, _WISH_WITH, 14), None),
    ("self_harm", _any(_SELF_HARM), None),
    ("down_and_hurt", _near(_DOWN, _CANT_GET_UP, 10), None),
    # (not denied: "crashed into a parked car in the hospital garage, nobody was hurt", a reviewer's)
    ("accident", _near(_ACCIDENT, _NOT_DENIED + _NOBODY_WAS + _INJURED, 8), None),
    ("stranger_outside", _then(_STRANGER, _WAITING_OUTSIDE, 3), _any(_LINGERING).search),
    # (following now, told so: "a man is following me home from the bus", en_72)
    ("followed", _any(_FOLLOWED), _any(rf"(?:{_FEAR_OR_NOW}|is following|are following|keeps following|follows me home|"
                                      r"following me (?:home|from|down|to)|behind me|keeps followin|me esta siguiendo|me viene siguiendo)").search),
    ("cold_exposure", _near(_COLD, _COLD_BODY, 12), None),
    ("breathing_fear", _any(_AIR), _any(_FEAR_OR_NOW).search),
    ("child_breathing", _near(_CHILD, _CHILD_BREATHING, 10), None),
    ("fainting", _any(_FAINTING), None),
    ("chest_signs", _near(_CHEST, _CHEST_WITH, 8), None),
    ("heart_and_jaw", _near(_HEART_ODD, _JAW_OR_ARM, 8), None),
    ("hand_failing", _near(safety.CANT_USE_HAND, safety.HAND_GONE_ODD, 8), _NO_EVERYDAY_HAND_CAUSE.search),
    ("means_ready", _any(_MEANS_AT_HAND), _any(_LOW).search),
    ("join_the_dead", _near(_DIED, _TO_BE_WITH, 10), None),
    ("pregnant_bleeding", _near(_PREGNANT, _BLEEDING_NOW, 6), _NOT_A_SMALL_BLEED.search),
    ("sugar_falling", _near(_SUGAR_FALLING, _LOW_SUGAR_SIGNS, 8), _any(_HAPPENING_NOW).search),
    ("fumes", _near(_FUMES_FROM, _FUMES_SIGNS, 12), None),
    ("fire_or_gas", _any(_FIRE_OR_GAS), None),
    ("violence_heard", _near(_SCREAMING, _THINGS_BREAKING, 8), _VIOLENCE_NEARBY.search),
    ("abuse_heard", _near(_ABUSED, _SCREAMING, 10), _any(_FEAR_OR_NOW).search),
    ("fall_heard", _near(_A_FALL_HEARD, _NOT_ANSWERING, 14),
     lambda text: _ALONE_OR_BEHIND_A_DOOR.search(text) and not _HARMLESS_CAUSE.search(text)),
    # (not a red food spilled: "blood everywhere!! beet juice all over my white counters", en_45)
    ("bleeding_bad", _near(_BLEEDING, _BLEEDING_BAD, 4), lambda text: not safety.red_spill_not_blood(text)),
)


def reads_danger(text: str) -> bool:
    """The rules or the net read danger in the message: a crisis, or words the net would check in on."""
    return bool(text) and (safety.assess(text).kind is not safety.Kind.NONE or danger_cue(text) is not None)


def concern(text: str) -> str | None:
    """The net's cue for a message the rules found nothing in, or None. Looser than a
    rule, so the caller answers with the safety check-in rather than the full crisis text."""
    if not text or safety.assess(text).kind is not safety.Kind.NONE:
        return None
    return danger_cue(text)


@functools.lru_cache(maxsize=256)  # read by the guard, the NLU override and the action: once is enough
def danger_cue(text: str) -> str | None:
    """The first of `_CONCERNS` whose words are in the message, live (``_is_live``: not
    history, a question, a show, a joke, inside an idiom about everyday things), or None.
    A story told with a time in the past, or one that ends "it's fine now", never counts."""
    if not text:
        return None
    normalised = _prepare(text)
    if _told_as_history(normalised) or _FINE_NOW.search(normalised) or _harm_denied_and_talk_asked(normalised):
        return None
    told_back = [m.span() for m in _TOLD_BACK_AND_DENIED.finditer(normalised)]
    for cue, pattern, requires in _CONCERNS:
        if requires is not None and not requires(normalised):
            continue
        if any(_is_live(m) and not _inside_idiom(m) and not _inside(m, told_back) for m in pattern.finditer(normalised)):
            return cue
    return None


# What to do if, told back and denied in a word: "the nurse said call 911 if my chest hurts. It doesnt" (en_30).
# Not "... if she doesnt pee for 12 hours. she didnt", "... if the swelling doesnt go down": there the
# denial is the condition itself, so only "it / that" denied, then the end or a new thought, counts.
TOLD_BACK_AND_DENIED = (
    r"\b(?:said|says|told (?:me|us|her|him)) (?:to )?(?:call 911|call|go to the er|go to the emergency room|come in) (?:if|when) "
    r"(?:\w+ ){1,6}?(?:it|that) (?:doesnt|does not|didnt|did not|hasnt|has not)(?= (?:i|and|so|just|but|yet|today|thank\w*)\b| ?$)")
_TOLD_BACK_AND_DENIED = re.compile(TOLD_BACK_AND_DENIED)


def _inside(m: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """The match's last words (the harm itself, "hurts") are inside one of the spans."""
    return any(start <= m.end() <= end for start, end in spans)


# "hace 2 anos me cai y me quebre la muneca", "last winter i fell on the ice and broke my wrist":
# a looser pattern spans more words than a rule, so a time told anywhere in the message ends it
# (unless a word such as "now" or "again" brings it back).
def _told_as_history(normalised: str) -> bool:
    found = _PAST_RE.search(normalised)
    return found is not None and not _NOW_RE.search(normalised, found.end())


# Over by the end of the message: "couldn't get up for a minute, funny feeling, it's fine now".
_FINE_NOW = re.compile(r"\b(?:its|it is|im|i am|shes|hes|all|everything is|were) (?:fine|ok|okay|good|better|alright) now\W*$")

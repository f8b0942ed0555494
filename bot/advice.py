"""Is a message asking for medical advice? ("should I take two tonight", "is 98/60 too low",
"is that from the carvedilol", "¿puedo dejar la metformina?")

The classifier confuses such questions with the care-plan ones they resemble: a question
naming a task reads as "how do I do this task", a reading reads as "I did my task". Both
answers would be wrong, the second one harmful (a blood pressure recorded as a lab done,
a missed dose met with the task's instructions). So the care-plan actions and the
fallback ask this first, and when it says yes the reply declines and offers the care
team, which is always a safe answer to a health question.

Two things must both be there: the shape of a request for a judgement (should I, is it ok,
what happens if, is that from...) and a health topic (a medicine, a dose, a symptom, a
reading). "Is it ok to bring my daughter to the class" has the first and not the second.
Written for typed text: lower case, accents folded, apostrophes dropped.
"""
from __future__ import annotations

import re

from bot.dialogue import fold_accents, typed_words

_WHO = r"(?:i|she|he|we|they|mom|dad|my \w+|mi \w+)"
# Things one is cleared to do again: "can I go back to mowing my own lawn yet" (en_29)
_ACTIVITY = (r"aerobics|swimming|swim|gym|yoga|exercis\w*|lifting|driving|work|mowing|mow|gardening|yard ?work|golf|golfing|"
             r"walking group|walking club|walks|walking on (?:the|a|my) treadmill|(?:the |a |my )?treadmill|"
             r"bowling|dancing|biking|cycling|hiking|shoveling|shovel|climbing|housework|vacuuming")

# A medicine or dose to be changed, after "need": a judgement, unless the change is about money or where it comes
# from ("does she need her insulin switched to the cheaper one medicaid covers"). Also read by bot/intent_guards.py.
MEDS_CHANGED = (r" (?:(?:her|his|my|the|their) )?(?:\w+ )?(?:meds?|medicines?|medications?|pills?|dose|doses|insulin) "
                r"(?:changed|adjusted|increased|lowered|switched|raised|upped|cut)\b"
                r"(?! (?:\w+ ){0,4}(?:pay|paying|afford|money|cost|cheaper|generic|medicaid|insurance|pharmacy|mail))")
# A dose change asked in Spanish: "el azucar de mi ma anda en 65, hay que bajarle la lantus?" (es_34); not "tengo que
# subirle las medicinas al segundo piso" (a reviewer's find: only a dose, never pills carried). Also read by
# bot/intent_guards.py, where it keeps "hay" from reading as a request for help.
DOSE_CHANGE_ES = (r"(?:hay que|hay q|habra que|tengo que|tenemos que) (?:subirle|bajarle|subirme|bajarme|aumentarle|reducirle|"
                  r"quitarle|cambiarle) (?:la|el|las|los|su|sus|mi|mis|a la|al) (?:\w+ )?"
                  r"(?:insulina|lantus|glargina|dosis|unidades|metformina)\b")


# A medicine by name or kind (for comparisons: both sides must be one)
_A_MEDICINE = (r"(?:pills?|meds?|medicines?|medications?|furosemide|lasix|torsemide|bumex|carvedilol|coreg|metoprolol|"
               r"lisinopril|entresto|spironolactone|metformin|insulin|lantus|glargine|ozempic|jardiance|farxiga|eliquis|"
               r"warfarin|water pills?|heart pills?|inhaler|\w+(?:olol|pril|sartan|statin|formin|semide|zide))")

# ... by name only (not "pills", "meds", "insulin")
_NAMED_MEDICINE = (r"(?:furosemide|lasix|torsemide|bumex|carvedilol|coreg|metoprolol|lisinopril|entresto|spironolactone|metformin|"
                   r"lantus|glargine|ozempic|jardiance|farxiga|eliquis|warfarin|coumadin|aspirin|tylenol|ibuprofen|advil|aleve|"
                   r"\w+(?:olol|pril|sartan|statin|formin|semide|zide|gliflozin|glutide))")

# A medicine from the drugstore shelf
_OTC = (r"(?:advil|ibuprofen|motrin|aleve|naproxen|tylenol|acetaminophen|nyquil|dayquil|theraflu|sudafed|benadryl|aspirin|"
        r"excedrin|mucinex|robitussin|melatonin|pepto(?: bismol)?|tums|claritin|zyrtec|allegra|imodium|miralax|laxatives?|"
        r"cold medicine|cough (?:syrup|medicine)|sleeping pills?|sleep aids?)")

# Nothing of the body, drink or danger told after a question that would otherwise be one for the care team tomorrow
# (reviewers' finds: "... and now she has hives all over what do i do", "is 4 pounds too much in 2 days? her legs are
# huge and shes wheezing", "i took my dose by mistake and drank a lot, what now")
_NOTHING_OF_THE_BODY_AFTER = (
    r"(?!.{0,200}\b(?:swell\w*|swollen|huge|wheez\w*|breath\w*|hives|rash|itch\w*|dizzy|faint\w*|pass\w* out|confus\w*|"
    r"sleep\w*|rouse|wake|woke|woken|drank|drunk|drinking|alcohol|beer|wine|heart rate|pulse|racing|chest|pain|hurts?|"
    r"vomit\w*|throw\w* up|threw up|shak\w*|sweat\w*|walk|barely|fell|fall\w*|gun|ending|kill\w*|die|dying|safe|blood|"
    r"bleed\w*|weak|pale|cold|numb|\d{2,3})\b)")


# A medicine from the drugstore asked about: "can I take advil for my knee", "mom has a cold. can she take nyquil" (en_49);
# the whole message, with at most a short everyday complaint before it and what it is for after it: reviewers found a
# sign, a fall, an allergy, drink, drugs, a blow or a death wish told anywhere else ("can i take benadryl, my eyes are
# closing up", "can i give my baby tylenol shes three weeks old", "can i take a sleeping pill to just not be here")
_DRUGSTORE_ASKED = re.compile(
    r"^(?:(?:i|mom|dad|she|he|my (?:mom|dad|mother|father|husband|wife|friend)) (?:has|have|got|s got|is) (?:a |an |the )?"
    r"(?:cold|cough|headache|sore throat|stuffy nose|runny nose|allergies|heartburn|arthritis|bad knee|sore knee|bad back|sore back|"
    # ("my mother has heart failure too, can she take aleve for her back": en_73)
    r"heart failure|the sniffles|a bit of a cold|trouble sleeping|an upset stomach|upset stomach|a toothache|toothache)(?: too| also)? )?"
    rf"(?:can|could|may|should|is it ok (?:if|for|to)|is it okay (?:if|for|to)|is it safe (?:if|for|to)) {_WHO}? ?"
    rf"(?:take|have|use|give (?:her|him|mom|dad|my (?:mom|dad|mother|father|husband|wife))) (?:some |an? |the |any |my |her |his )?{_OTC}"
    r"(?: (?:for|with) (?:my|her|his|the|a|an|this|that) (?:\w+ ){0,1}(?:knee|knees|back|headache|cold|cough|arthritis|allergies|"
    r"heartburn|sleep|shoulder|hip|joints?|toothache|sniffles|stomach|tummy|feet|neck|cramps|sore throat|runny nose|stuffy nose|"
    r"heart (?:pills|meds|medicine)|water pill|blood pressure (?:pills|meds))| to (?:help (?:me|her|him) )?sleep)?"
    r"(?: (?:along )?with (?:my|her|his) (?:heart|water|blood pressure) (?:pills?|meds|medicine))?"
    r"(?: (?:or not|please|pls|thanks|thank you|tonight|today))* ?$")


_ASKS_EN = (
    # a dose and a reading: "can my mother take her carvedilol if her blood pressure is low" (en_61 after the retrain)
    r"(?:can|should|could) (?:i|she|he|mom|dad|my (?:mother|mom|father|dad|husband|wife)) (?:still )?take (?:\w+ ){0,3}?"
    r"if (?:her|his|my|the) (?:blood pressure|bp|pressure|sugar|blood sugar|pulse|heart rate) (?:is|was|gets|goes|reads) "
    r"(?:low|high|up|down|under|over|below|above)",
    # ("when should I take the water pill" asks for the plan's instructions, not a judgement)
    rf"(?<!when )(?<!time )(?<!how )should {_WHO} (?:still )?(?:take|skip|stop|double|worry|be worried|cut|split|increase|lower|change|keep taking|"
    r"be concerned|call the doctor|go to|eat|drink|avoid)",
    # a medicine held back: "im a bit dizzy when i stand up, should i hold the carvedilol" (en_32; not "should i hold the line")
    rf"should {_WHO} hold (?:off (?:on )?)?(?:my |her |his |the |this |that |tonights |todays )?(?:\w+ )?"
    r"(?:pills?|meds?|medicines?|dose|doses|carvedilol|coreg|furosemide|lasix|water pill|insulin|metformin|lantus)",
    # a dose after a missed meal: "mom skipped breakfast, can she still take the carvedilol or wait till lunch" (en_42;
    # with nothing of the body told: not "my pulse is 38 can i still take my carvedilol or wait", a reviewer's find)
    r"^(?!.*\b(?:pulse|heart rate|racing|pounding|flutter\w*|irregular|fast|slow|skipp\w* (?:a )?beats?|skips? a beat|pale|cold|clammy|dizzy|faint\w*|breath\w*|chest|passed out|"
    r"confused|sweat\w*|bp|pressure|sugar|\d{2,3}|head|bump\w*|fell|fall|black|blood|bleed\w*|swollen|swelling|gained|"
    r"wheez\w*|pounds|lbs|vomit\w*|threw up|headache|hasnt eaten|havent eaten|days)\b).*?"
    rf"(?:can|could|may|should) {_WHO} (?:still )?take (?:\w+ ){{0,4}}(?:or (?:wait|skip|hold)|without (?:eating|food|breakfast|lunch|"
    r"supper|dinner|a meal))",
    rf"(?:can|could|may|is it ok (?:if|for|to)|is it okay (?:if|for|to)|is it safe (?:if|for|to)) {_WHO}? ?(?:skip|stop|double|"
    r"cut|split|halve|drink|have|eat|mix|combine|quit|take (?:\w+ ){0,4}(?:with|instead|together|at night|at the same time|"
    r"early|late|both|two|2|extra|another|double|apart|after|before|on an empty|"
    # a dose spaced out: "can she take her water pill every other day?" (en_71)
    r"every other|on alternate|only (?:on )?(?:some|every)|less often|once a week|later|earlier))",
    # "do i need to cut down how much water i drink" (en_73)
    rf"(?:do|does|should) {_WHO} (?:need to |have to )?(?:cut down|cut back|limit|drink less|drink more) (?:on )?(?:how much )?"
    r"(?:water|fluids?|liquids?|salt|sodium|coffee|drinks?)",
    # ... or another time of day asked: "can i do the insulin in the morning instead, i keep forgetting at night"
    rf"(?:can|could|may) {_WHO} (?:do|give|use|inject|take|switch) (?:\w+ ){{0,4}}(?:in the (?:morning|evening|afternoon)|at night|"
    r"at bedtime|at lunch)(?: \w+){0,2}? instead",
    r"(?:is|are|was) (?:it|that|this|these|those) (?:ok|okay|alright|all right|safe|normal|bad|dangerous|serious|a problem|"
    r"something to worry|cause for|too (?:low|high|much|many|fast|slow)|from (?:the|my|her|his|it|them|this|that)|because of|"
    r"(?:my|her|his|the) (?:water )?(?:heart|pills?|meds?|medicine|kidneys?|sugar|pressure))",
    rf"(?:does|do|should|would|will) {_WHO} need (?:an? |to take (?:an? )?)?(?:extra|more|another|less|double|second|bigger|smaller)",
    # a symptom's cause asked: "mom has been coughing at night, could that be her heart?" (en_33)
    r"(?:could|can|might|would) (?:it|that|this|these|those) be (?:from )?(?:my|her|his|the) (?:water )?"
    r"(?:heart|pills?|meds?|medicines?|kidneys?|sugar|pressure|lungs|fluid|diabetes)",
    rf"(?:do|does|should|would) {_WHO} (?:need to )?(?:do|worry about) (?:anything|something)",
    r"what(?:s| is) (?:a )?(?:good|normal|safe|healthy|ok|okay|bad) (?:\w+ ){0,2}(?:for (?:me|her|him|someone|a person)|to have)",
    # (not a price: "copays are too high for me on a fixed income", en_30)
    r"(?<!copays are )(?<!copay is )(?<!prices are )(?<!price is )(?<!costs are )(?<!bills are )(?<!rent is )"
    # (nor a thing's height: "the bathtub is too high for me to step over", en_67)
    r"(?<!tub is )(?<!bed is )(?<!toilet is )(?<!step is )(?<!steps are )(?<!stairs are )(?<!shelf is )(?<!seat is )(?<!chair is )"
    r"(?<!curb is )(?<!cabinet is )(?<!counter is )"
    r"(?:too|really|very|dangerously) (?:low|high) for (?:her|him|me|them|someone)",
    rf"what happens if {_WHO} (?:take|skip|miss|stop|forget|double|eat|drink)\w*",
    r"(?:be|is|it|its) (?:why|the reason|causing|making)",
    # "carvedilol makes you gain weight, is that why mine went up" (en_29)
    r"(?:is|was|could) (?:that|it|this) (?:be )?(?:why|the reason)",
    # a missed dose made up: "I missed my evening carvedilol, do I take two now?" (en_29)
    rf"(?:missed|forgot|skipped|didnt take|forgotten)\b[\w ]{{0,60}}?\b(?:do|shall|should) {_WHO} (?:just )?take (?:\w+ ){{0,2}}"
    r"(?:two|2|double|extra|another|them together)\b",
    # "too soon after my stent", "sera grave" (a reviewer's finds)
    r"(?:too (?:early|soon)|so soon) (?:for|after) (?:my|her|his|the) (?:\w+ )?(?:heart|surgery|stent|operation|procedure|"
    r"heart attack|stroke|bypass)|(?:sera|es) (?:grave|normal|peligroso)",
    r"(?:side effects?|interact\w*|interaction)",
    # something more taken for a symptom: "the water pill gives me leg cramps, can i take something for it" (en_40)
    rf"(?:can|could|should|what can|what should) {_WHO} (?:take|use|give (?:her|him)) (?:something|anything) (?:for|to help with) "
    r"(?:it|this|that|them|the (?:cramps?|pain|ache|swelling|itch\w*|nausea|dizziness|headaches?)|my|her|his)\b",
    # one medicine against another, a medicine named on both sides: "my friend takes torsemide, would that be better
    # than my furosemide" (en_40; not "would uber be better than the van", "is walgreens better than the cvs for my
    # pills", a reviewer's finds)
    rf"{_A_MEDICINE}\b.*\b(?:would|is|could|will|are|isnt|wouldnt) (?:that|it|this|those|these|\w+) (?:be )?"
    rf"(?:better|safer|stronger|gentler) than (?:my|her|his|the) (?:\w+ )?{_A_MEDICINE}\b"
    r"(?! (?:box|organizer|case|cutter|bottle|pack|list|app|schedule))",
    # (not a worry told as a feeling that keeps on: "i cant sleep i worry about my heart all night long", en_68, counselling)
    r"worr(?:y|ied) about(?! (?:\w+ ){0,3}(?:all (?:night|day|the time)|every (?:night|day)|constantly|nonstop)\b)|"
    r"something to worry|should i be worried|do i need to worry",
    # "does she need her meds changed?" (en_36)
    rf"(?:do|does|should) {_WHO} need" + MEDS_CHANGED,
    rf"how (?:much|many) (?:\w+ ){{0,2}}(?:should|can|do) {_WHO} (?:take|drink|eat|have)",
    r"(?:is|would) (?:\w+ ){0,2}(?:a )?(?:low|high|small|big|normal) dose",
    # "do I really need the blood test? I feel fine", "do I still take the water pill today"; not what is left on the list:
    # "what does my mother still need to get done before her heart appt" (en_71), "... still have to do today"
    rf"(?:do|does|should) {_WHO} (?:(?:really|still|even) ){{1,2}}(?:need|have to|take|get|do)"
    r"(?!(?: to)? (?:get (?:\w+ )?done|finish|do(?= *(?:$|[?.,!]|today|tonight|this|before|by|first|now|anything|else)))\b)",
    # someone else's medicine, or a dose doubled: "can I take my neighbors lasix", "does she double up today" (en_35)
    rf"can {_WHO} (?:take|use|borrow|have) (?:\w+ ){{0,2}}(?:neighbou?rs?|friends?|sisters?|brothers?|husbands?|wifes?|"
    r"someone elses|somebody elses)(?: (?:leftover|old|extra|spare))? (?:pills?|meds?|medicines?|medication|lasix|furosemide|"
    r"insulin|insulin pen|inhaler|potassium|water pills?|heart pills?|\w+ pills?)\b(?! (?:organizer|box|case|cutter|bottle))",
    rf"(?:do|does|should|shall|can) {_WHO} (?:just )?double(?: up)?\b",
    # a dose taken twice by mistake, and what now asked: "i think i took the carvedilol twice this morning by mistake, i
    # feel ok, what should i do" (en_48; its instructions were the reply)
    # (a mistake told: not "i took my lasix twice today like the list says"; a medicine, not its order, list or card; and
    # nothing of the body or of drink told: "... and now she has hives all over what do i do" is not a question for later)
    rf"(?:took|taken|gave (?:her|him)|doubled(?: up)?(?: on)?) (?:\w+ ){{0,3}}?(?:{_A_MEDICINE}|dose|doses)\b"
    r"(?! (?:order|prescription|list|reminder|box|organizer|bottle|refill|card)s?\b)"
    r"(?: (?:twice|two times|2 times|again|double|extra|this|morning|tonight|today|last|night|at|\d+|am|pm))*? "
    r"(?:by (?:mistake|accident)|accidentally)\b" + _NOTHING_OF_THE_BODY_AFTER + r"[\w ]{0,40}?"
    rf"\b(?:what (?:should|do|shall|can) {_WHO} do|what now|now what|what do (?:i|we) do|is (?:that|it|this) (?:ok|okay|bad|dangerous))",
    # one medicine beside another: "can i take advil for my knee or will it mess with my heart pills" (the en_48 after-run;
    # a medicine taken first, then "will it": not "will the bus schedule interfere with my meds", "he mess with my pills")
    rf"(?:can|could|may|should) {_WHO} (?:take|have|use|give (?:her|him)) (?:\w+ ){{1,4}}?(?:or )?(?:will|would|could|does|can) "
    r"(?:it|that|this|they|those|that stuff) (?:mess|interfere|clash|react|mix) (?:badly )?with (?:my|her|his|the) (?:\w+ )?"
    # (or the organ: "can I take Nyquil or will it mess with my heart", en_65)
    r"(?:pills?|meds?|medicines?|medications?|blood thinners?|insulin|water pills?|carvedilol|furosemide|metformin|heart|kidneys?|"
    r"blood pressure|pressure|sugar)\b"
    + _NOTHING_OF_THE_BODY_AFTER,
    # a weight gained, judged: "Is 4 pounds in a week too much gain for my mother?" (the en_48 after-run; a gain told, and
    # nothing of the body beside it: not "... she's really swollen and can barely walk and shes wheezing", a turkey, luggage)
    r"(?:is|are) (?:\d+(?:\.\d)?|one|two|three|four|five|six) ?(?:pounds?|lbs?) (?:in (?:a|one|two|\d) (?:days?|weeks?) |overnight |"
    r"a (?:day|week) )?(?:too much|a lot) (?:of )?(?:gain|to gain|weight gain|up)\b" + _NOTHING_OF_THE_BODY_AFTER,
    # "is my heart getting worse?"
    r"(?:is|are) (?:my|her|his) (?:heart|kidneys?|sugar|pressure|weight|breathing|swelling) (?:getting|gotten|going) (?:worse|bad|better)",
    # "I've been needing an extra pillow to sleep, does that mean anything?" (en_24; "can i go back to water aerobics"
    # is a plan judgement, below)
    r"(?:does|do|could|would) (?:that|it|this|these) mean (?:anything|something)|what does (?:that|it|this) mean for (?:me|her|him|my|her|his)",
    # a pill that looks different: "is it the same?"
    r"(?:is|are) (?:it|this|that|they|these) (?:the same|still the same|the right)",
    # "i've been peeing a lot, is that the furosemide"; "gained 2 lbs overnight what do i do" (en_25)
    r"(?:is|are|was) (?:it|that|this) (?:the|my|her|his) (?:\w+ )?(?:furosemide|lasix|carvedilol|coreg|metformin|insulin|"
    r"water pill|medicine|meds?|pills?)(?! (?:class|appointment|appt|visit|call|refill|pickup|prescription|list)\b)",
    r"(?:gained|put on|up) (?:\w+ )?\d+(?:\.\d)? ?(?:lbs?|pounds)(?: \w+){0,4} what (?:do|should|can) (?:i|we|she|he) do",
    r"(?:todavia|aun|still) (?:sirve|sirven|good|ok|okay|usable|safe)|sigue sirviendo",
    # "is 176 too low", "should she be taking the water pill at night instead", "do I take them
    # again", "does she need to go in or can she wait" (en_20)
    r"(?:is|are|was) (?:\d{2,3}(?:\.\d)?|(?:my|her|his|that|this) (?:sugar|pressure|bp|weight|reading|number|heart rate|pulse)) "
    r"(?:\w+ )?too (?:low|high)",
    rf"(?<!how )should {_WHO} be taking|should {_WHO} be (?:skipping|stopping|eating|drinking|worried|concerned)",
    # how often the body does something, judged: "should mom be going to the bathroom this much, like every 20 min" (en_62)
    rf"should {_WHO} be (?:going to the bathroom|going pee|peeing|urinating|sleeping|coughing) (?:this|that|so) (?:much|often|a lot)",
    # a vaccine with a condition: "can i get the flu shot with my heart condition" (en_62)
    rf"(?<!where )(?<!how )(?<!when )(?:can|could|should|may) {_WHO} (?:still )?(?:get|have|take) (?:the |a |my |her |his |this years )?(?:flu|covid|pneumonia|"
    r"shingles|rsv|tetanus|pneumonia) (?:shot|vaccine|jab|booster)s?\b",
    # a medicine held for a test: "Does mom need to hold her carvedilol before her blood test?" (en_62)
    rf"(?:do|does|should) {_WHO} (?:need to |have to )?(?:hold|skip|stop|pause|leave off) (?:my|her|his|the|their) (?:\w+ )?{_A_MEDICINE}\b"
    r"(?= (?:\w+ ){0,2}(?:before|for|the day of|morning of|until)\b)",
    # a dose judged: "is 40 mg of furosemide a lot for a 78 year old", "should mom up her pills" (en_22)
    r"(?:is|are) \d+ ?(?:mg|mgs|milligrams|units) (?:\w+ ){0,3}(?:a lot|too (?:much|many|high|low|strong)|enough|normal|high|low|strong)",
    rf"should {_WHO} (?:up|raise|bump up|adjust|reduce|decrease|go up on|go down on) (?:my|her|his|their|the) (?:\w+ )?(?:pills?|meds?|medicines?|dose|doses|insulin|units)",
    # "should i call someone or just wait and see" about a change in how one feels
    rf"should {_WHO} (?:call|see|phone|text) (?:\w+ ){{0,3}}or (?:just )?wait",
    # "has it got anything to do with her sugar"
    r"(?:anything|something) to do with|related to (?:the|my|her|his)",
    # "i threw up after breakfast, do i need to take my pills again" (en_26)
    # (not "how do i take the carvedilol again, sorry im forgetful" (en_57): the way, asked once more)
    rf"(?<!how )(?:do|does|should) {_WHO} (?:need to |have to )?(?:take|give (?:her|him)) (?:\w+ ){{0,2}}again",
    rf"(?:does|do|should) {_WHO} (?:need to )?go (?:in|to the (?:er|hospital|emergency))\b|can {_WHO} wait (?:for|until|till)",
    # "moms feet are puffy again tonight, does she need to be seen?" (en_30)
    rf"(?:does|do|should|would) {_WHO} need to (?:be seen|be checked|get checked|see (?:a|the|her|his|my) (?:doctor|dr))",
    # a vaccine asked of one's own health: "do i need a flu shot with my heart condition" (en_71 after-run)
    rf"(?:do|does|should|can) {_WHO} (?:need|get|have) (?:a|the|my|her|his|another) (?:flu|covid|pneumonia|shingles|rsv) "
    r"(?:shot|vaccine|booster)s?(?: \w+){0,2} (?:with|because of|since|if|after|while|on)\b",
    # a cause asked about: "is the blurry vision from her sugar", "could my dizziness be from the water pill" (en_21)
    # (asked: the verb before its subject; "the pills are from the pharmacy" is told)
    # (not "what are my chores from the heart doctor", "is the phone call from the nurse tomorrow")
    r"(?<!what )(?<!which )(?<!where )(?<!who )(?:is|are|was|could|can|would|might) (?:it|this|that|these|those|the|my|her|his|their|moms?) "
    r"(?!(?:\w+ )?(?:calls?|chores|tasks|list|appointments?|appt|visits?|class|letters?|bills?|messages?|texts?|rides?)\b)(?:\w+ ){0,2}(?:be )?"
    r"(?:from|caused by|because of|due to) (?:the|my|her|his|their|this|that|it|them|all|too)",
)
_ASKS_ES = (
    # a missed dose, when to take it now: "si se me olvido la metformina en el desayuno me la tomo en la comida?" (es_68)
    r"(?:se me olvido|se le olvido|olvide|me olvide de) (?:\w+ ){0,6}?(?:me la|me lo|se la|se lo|le doy|la|lo) (?:tomo|toma|tomare|"
    r"puedo tomar|pongo|pone|puedo poner|doy)\b",
    # whether a remedy works: "el ajo sirve pa bajar la presion?" (es_68)
    r"^(?!.*\b(?:clases?|cursos?|programas?|grupos?|talleres?|platicas?)\b).*?"
    r"(?:sirve|sirven|funciona|funcionan|ayuda|ayudan) (?:pa|para) (?:bajar|subir|controlar|quitar|curar) (?:la |el )?"
    r"(?:presion|azucar|diabetes|colesterol|glucosa)",
    # a dose moved to another time of day: "me puedo inyectar la lantus en la mañana mejor? en la noche se me olvida" (es_64)
    r"(?:puedo|puede|podria|podemos|pueda) (?:inyectar|poner|tomar|dar)(?:me|le|se)? (?:\w+ ){0,3}(?:en la (?:manana|noche|tarde)|"
    r"antes de (?:dormir|comer|desayunar)|a otra hora|mas temprano|mas tarde)(?: \w+){0,2}? (?:mejor|en vez|en lugar)",
    r"(?:debo|deberia|debe|tengo que) (?:seguir )?(?:tomar|dejar|saltar|suspender|doblar|preocupar|comer|tomarme|poner|ponerme|ponerle)",
    r"(?:puedo|podria|puede|se puede|esta bien si|es seguro) (?:\w+ ){0,2}(?:dejar|saltar|suspender|doblar|tomar (?:\w+ ){0,4}"
    r"(?:con|junto|juntas|juntos|en la noche|doble|dos|otra|extra|antes|despues|en ayunas))",
    # (not a thing's height or a bill: "necesito unas barras pa agarrarme en el baño, la tina esta muy alta", es_28)
    r"(?<!tina )(?<!banera )(?<!renta )(?<!cuenta )(?<!escalera )(?<!taza )(?<!regadera )"
    r"(?:es|esta) (?:normal|peligroso|malo|grave|muy bajo|muy baja|muy alto|muy alta|demasiado|bien que)",
    # "mi mami amanecio con 75, esta bien o esta bajo?" (es_22)
    r"(?:es|esta) (?:bien|normal) o (?:es |esta )?(?:bajo|baja|alto|alta|mal|malo)",
    # "... 10 unidades y ella se pone 12, esta bien eso?" (es_28)
    r"(?:esta|estara) bien eso",
    # a medicine dropped or swapped, then asked: "mi mama quiere dejar la insulina y solo tomar pastillas, se puede?" (es_37)
    # (not kept somewhere, not a pharmacy, not with a wish to die: "quiero dejar la insulina y morirme, puedo?", "dejar la
    # insulina en el refri, esta bien?", a reviewer's finds)
    r"(?!.*\b(?:morir\w*|muer\w*|matar\w*|pase lo que|vivio|vivir|suficiente)\b)"
    r"(?:dejar|quitar(?:se|le|me)?|cambiar(?:se|le|me)?) (?:la|el|las|los|sus|mis|su|mi) (?:\w+ )?(?:insulina|pastillas?|metformina|"
    r"medicinas?|medicamentos?|lantus)(?! +(?:en|a otra|de farmacia))(?: +\w+){0,8}? +(?<!no )(?:se puede|puedo|puede)(?! +\w+ +\w+)",
    r"que pasa si (?:me )?(?:tomo|salto|dejo|olvido|como|bebo)",
    # a missed dose taken now or skipped: "se me olvido la insulina anoche, me la pongo ahorita en la mañana o la brinco?" (es_58)
    r"(?:me|se|le) (?:la|lo|las|los) (?:tomo|toma|doy|pongo|pone|inyecto) (?:\w+ ){0,5}o (?:me |se |le )?(?:la|lo|las|los) "
    r"(?:brinco|brinca|salto|salta|dejo|deja|paso|pasa)\b",
    # what a medicine does to the body, heard and checked: "... dejar la insulina porque dice q la hace engordar, eso es cierto?"
    r"(?:insulina|pastillas?|metformina|medicinas?|medicamentos?|lantus|glargina) (?:\w+ ){0,5}(?:la|lo|le|me|te|los|las)? ?"
    r"(?:hace|hacen) (?:engordar|subir de peso|adelgazar|dano)\b",
    # a dose given without the meal it goes with: "le puedo dar a mi mama su metformina si no desayuno?" (es_60)
    r"(?:le|se|me) (?:puedo|podemos|puede|doy|damos|tomo|pongo) (?:dar |tomar |poner )?(?:\w+ ){0,4}(?:metformina|insulina|pastillas?|"
    r"medicinas?|lantus|dosis) (?:\w+ ){0,2}(?:si no|aunque no|sin) (?:ha |haya |he |hemos )?(?:desayun\w*|com\w*|cen\w*|almorz\w*)",
    # a medicine recommended, asked: "me sale en 250 hace una semana pero me siento bien, que pastilla me recomiendan" (es_60)
    r"(?:que|q|cual) (?:pastilla|medicina|medicamento|remedio|jarabe)s? (?:me|le|nos) (?:recomienda|recomiendan|recomiendas|"
    r"sugiere|sugieren|sirve|conviene)",
    # a cause asked: "Mi mamá anda muy cansada estos días, ¿puede ser la diabetes?" (es_60)
    r"(?:puede|podria|sera|será) (?:ser )?(?:por )?(?:la|el|lo de la|del|de la) (?:diabetes|azucar|presion|insulina|metformina|"
    r"corazon|pastilla|medicina)\b",
    # a drink or a dish asked: "soy diabetico, puedo tomarme una cervecita de vez en cuando?" (es_58)
    r"(?:puede|puedo|podemos|podria) (?:tomarme|tomarse|echarme|echarse|comerme|comerse|beberme|beberse)",
    # a home remedy for a condition: "le puedo dar a mi mami te de canela pa el azucar? dicen q ayuda" (es_59)
    r"(?:le|se|me) (?:puedo|podemos|puede|podria) (?:dar|tomar) (?:\w+ ){0,3}(?:te|tecito|remedio|hierbas?|canela|nopal|sabila|"
    r"jugo|suplementos?|vitaminas?) (?:\w+ ){0,4}(?:pa|para) (?:el|la|su|mi) (?:azucar|presion|diabetes|corazon|glucosa)\b",
    r"efectos? secundarios?|me preocupa|debo preocupar|sera (?:por |de )?(?:la|el|las|los) (?:pastilla|medicina|insulina)",
    # "puedo partir la pastilla de metformina a la mitad" (es_16)
    r"(?:puedo|podria|puede|se puede) (?:\w+ ){0,2}(?:partir|cortar|dividir|machacar|moler)",
    r"(?:igual|aun asi|todavia|de todos modos) (?:se |me |le )?(?:toma|tomo|pongo|pone|inyecto|inyecta)",
    r"(?:puede|puedo|podemos) (?:comer|beber|tomar)",
    r"(?:que|q) (?:me|le) (?:pongo|pone|pongo en|doy|unto|echo)",
    # "ve borroso, es por el azucar?" (es_17)
    # "cuantas unidades me tengo que poner si comi mucho", "puedo usar la misma insulina de mi
    # hermana", "hormigueo en los dedos desde hace semanas, que sera" (es_17)
    r"cuant[ao]s? (?:\w+ ){0,2}(?:me |le )?(?:debo|tengo que|tengo q|tiene que|deberia|puedo) (?:poner|ponerme|tomar|dar|inyectar)",
    r"(?:puedo|podria|puede|se puede) (?:\w+ ){0,2}(?:usar|compartir)",
    r"que (?:sera|podra ser|puede ser|podria ser)\b|what could (?:it|that|this) be",
    # something given with a condition named: "le puedo dar jarabe siendo diabetica?" (es_41)
    # (to someone, not "me puede dar una cita si es posible", a reviewer's find)
    # (a remedy, not a gift, a hand or a ride: "le puedo dar una mano a mi vecina con la presion de la mudanza", a second
    # reviewer's find)
    r"(?:le|se) (?:puedo|podemos|puede|podria) (?:dar|poner|untar) (?:\w+ ){0,2}(?:jarabe|te|pastillas?|medicinas?|remedio|vaporub|"
    r"pomada|crema|suplementos?|vitaminas?|aspirinas?|tylenol|ibuprofeno|naproxeno|antigripal|algo (?:pa|para) (?:la|el) "
    r"(?:tos|gripa|gripe|dolor|fiebre|calentura))\b(?:\s+\w+){0,8}\s+(?:siendo|si es|con (?:la |el |su |mi )?(?:diabetes|presion|"
    r"azucar|corazon))",
    # "puedo subirle a las unidades si sigo alta", "se pone la insulina igual?", "tiene que ver con el azucar?" (es_18)
    r"(?:puedo|podria|puede|debo|deberia|le|me) (?:\w+ ){0,1}(?:subir|subirle|subirme|bajar|bajarle|bajarme|aumentar|aumentarle|reducir|reducirle)",
    DOSE_CHANGE_ES,
    r"(?:se|me|le) (?:pone|pongo|toma|tomo|inyecta|inyecto|da|doy) (?:\w+ ){0,3}igual",
    r"tiene (?:algo )?que ver con",
    # "cuanta insulina me pongo si voy a cenar tarde", "sigo con la insulina igual o le bajo?", "sera q necesita mas
    # insulina?" (es_21); not "cuanta insulina me toca hoy" (the plan's dose)
    r"cuant[ao]s? (?:\w+ ){0,3}(?:me|le) (?:pongo|pone|doy|inyecto|tomo) si",
    # "... si me pongo la insulina en la noche? cuanta me pongo" (a reviewer of the es_26 change)
    r"cuant[ao]s? (?:me|le) (?:pongo|pone|doy|inyecto)\b",
    # a missed dose, taken late or not: "se me olvido la metformina en el desayuno, me la tomo ahora o ya no?" (es_26)
    r"(?:me|se|le) (?:la|lo|las|los) (?:tomo|toma|doy|pongo|pone|inyecto) (?:\w+ ){0,5}o (?:ya )?(?:no|mejor no|espero|espera|esperamos)\b",
    # worry asked: "mi mama tiene una herida en el pie q no sana, hay q preocuparse?" (es_55 after the retrain)
    r"(?:hay|tengo|tenemos) (?:que|q) preocupar(?:se|me|nos)\b",
    r"(?:sigo|sigue|continuo|continua) (?:con )?(?:\w+ ){0,3}igual|o (?:le|me) (?:bajo|subo|aumento|reduzco)\b|"
    r"(?:le|me) (?:bajo|subo|aumento|reduzco|bajamos|subimos|aumentamos|reducimos) (?:a )?(?:la|las|el|los) (?:insulina|dosis|unidades|"
    r"pastillas?|medicinas?)",
    # a side effect told, what to do asked: "la metformina me da agruras, q hago" (es_61)
    r"(?:metformina|insulina|pastillas?|medicinas?|medicamentos?|lantus|glargina) (?:me|le) (?:da|dan|causa|causan|provoca|provocan|"
    r"hace|hacen) +(?:\w+ +){1,3}(?:que|q) +(?:hago|hacemos|le hago|me tomo|le doy)\b",
    r"sera (?:que|q) (?:\w+ )?(?:necesit\w*|le falta|me falta|tengo que|tiene que)",
    # a dose to be changed, asked: "mi azucar anda en 300 seguido, debo cambiar mi dosis?" (es_48 after-run)
    r"(?:debo|deberia|debemos|tengo que|tiene que|hay que|le|me) (?:cambiar|subir|bajar|aumentar|disminuir|ajustar) "
    r"(?:(?:mi|la|su|sus|mis|las|el) )?(?:dosis|insulina|unidades|pastillas?|medicinas?|metformina|lantus)\b",
    # something else in place of a medicine: "esta bien si me tomo un te de nopal en vez de la pastilla" (es_57)
    r"(?:esta bien|puedo|se puede|es bueno|sirve|le puedo) (?:si )?(?:me |le |se )?(?:tomo|toma|tomar|tomarme|doy|dar|darle) "
    r"(?:\w+ ){1,5}(?:en vez de|en lugar de|en vez del|en lugar del|instead of) (?:la |el |las |los |mi |su |sus |mis )?"
    r"(?:pastillas?|medicinas?|insulina|metformina|medicamentos?|inyeccion)",
    # ... by the doctors: "no deberian subirle la dosis de insulina a mi mama? sigue saliendo alto" (es_56)
    r"(?:deberian|deben|tienen que|van a|irian a|podrian) (?:cambiar|subir|bajar|aumentar|disminuir|ajustar)(?:le|me|nos)? "
    r"(?:(?:mi|la|su|sus|mis|las|el) )?(?:dosis|insulina|unidades|pastillas?|medicinas?|metformina|lantus)\b",
    # a mark where the shot goes, what to do: "me salio un moreton donde me inyecto, que hago" (es_56)
    r"(?:moreton|morete|bolita|roncha|bulto|hinchazon|dureza) (?:\w+ ){0,4}(?:me|se|le) (?:inyecto|inyecta|pongo|pone|pico|pica)"
    r"(?: +\w+){0,4} +(?:que (?:hago|hacemos|le hago)|es normal|sera normal|esta bien)\b",
    # ... or some of them: "mi mami se siente mareadita cuando se para de la cama, le cambiamos algo de sus medicinas?" (es_54)
    r"(?:le|me|les) (?:cambiamos|cambio|cambian|cambias|quitamos|quito|bajamos|bajo) (?:algo de |alguna de |una de )"
    r"(?:sus|mis|las) (?:medicinas|pastillas|medicamentos)\b",
    # a lab value judged: "el a1c de 8 es muy malo?" (es_55)
    r"(?:a1c|hemoglobina glicosilada|colesterol|potasio|creatinina)(?: de| en| salio en| me salio en| le salio en)? \d+(?:[.,]\d+)? "
    r"(?:es|esta) (?:muy |bien |tan )?(?:malo|mala|alto|alta|bajo|baja|peligroso|grave|normal)\b",
    # more or less of a dose, asked: "si me como un pan dulce me pongo mas insulina?", "cuantas unidades de lantus le
    # tocan a mi mama si cena muy tarde" (es_31; not "cuanta insulina me toca hoy", the plan's dose)
    r"(?:me|le|se) (?:pongo|pone|ponemos|tomo|doy|damos|inyecto|inyecta) (?:mas|menos|doble|extra) (?:de )?(?:la )?"
    r"(?:insulina|unidades|pastillas?|medicina|dosis|lantus|metformina|glargina)\b",
    r"cuant[ao]s? (?!(?:dias|horas|semanas|meses|minutos|veces)\b)(?:\w+ ){0,4}(?:me|le|se) (?:toca|tocan|pongo|pone|doy|inyecto|tomo)"
    r"(?! (?:pagar|recoger|comprar|ir|llevar|esperar)\b)"
    r"(?: \w+){0,4} si",
    # a side effect asked: "la metformina engorda?" (es_31), "does metformin make you gain weight"
    r"(?:pastillas?|medicinas?|medicamentos?|insulina|metformina|glargina|lantus|\w+(?:olol|pril|sartan|statina|formina|semida)) "
    r"(?:\w+ ){0,2}(?:engorda|engordan|adelgaza|adelgazan|hace dano|hacen dano|da sueno|dan sueno|da diarrea|dan diarrea|"
    r"quita el hambre)|(?:make|makes) (?:you|me|her|him|people) (?:gain|lose) weight",
    r"(?:es|sera|puede ser|podria ser) (?:\w+ ){0,2}(?:por|a causa de|debido a) (?:la|el|las|los|su|mi|sus|mis|tanta|tanto|lo)"
    r"(?! (?:manana|tarde|noche|mediodia|semana)\b)",
)
_TOPIC = (
    r"moreton\w*|morete\w*|pills?|meds?|medicines?|medications?|dose|doses|dosage|tablets?|mg|insulin|units|"
    r"carvedilol|furosemide|lasix|metformin|eliquis|warfarin|coumadin|lisinopril|aspirin|tylenol|ibuprofen|advil|"
    r"nyquil|dayquil|theraflu|sudafed|benadryl|motrin|aleve|excedrin|mucinex|robitussin|melatonin|claritin|zyrtec|"
    r"tums|pepto|imodium|miralax|allegra|acetaminophen|naproxen|sleep aids?|"
    r"\w+(?:olol|pril|sartan|statin|semide|formin|gliptin|glutide)|"
    r"pressure|bp|\d{2,3} ?/ ?\d{2,3}|sugar|glucose|a1c|weight|pounds|lbs|gained|heart|kidneys?|potassium|salt|sodium|"
    r"wine|beer|alcohol|drink|coffee|cofee|caffeine|grapefruit|supplements?|vitamins?|turmeric|herbs?|"
    r"dizzy|woozy|lightheaded|tired|swelling|swollen|puffy|ankles|feet|legs|cough|pain|ache|rash|nausea|"
    r"symptoms?|low|high|wound|sore|blister|cut|foot|pillows?|aerobics|swimming|swim|gym|yoga|exercis\w*|lifting|"
    r"(?:going to the )?bathroom (?:this|that|so) (?:much|often)|"
    r"incision|stitches|oozing|hinchazon|"
    r"fruit|sweets|candy|soda|juice|bread|rice|pizza|cake|"
    r"fruta|mango|dulces?|refresco|jugo|pan|arroz|tortillas?|pastel|herida|heridita|cortad\w*|llaga|ampolla|pie|pies|"
    r"pastillas?|medicinas?|medicamentos?|dosis|insulina|metformina|glargina|lantus|presion|azucar|glucosa|peso|"
    r"libras|corazon|rinones|sal|cervezas?|cervecitas?|chelas|cheves|vinito|tequila|tequilita|michelada|vino|alcohol|cafe|"
    r"mareada|mareado|cansada|cansado|hinchad\w*|dolor|"
    r"sintomas?|baja|bajo|alta|alto|unidades|hormigueo|dormid[oa]s?|entumid[oa]s?|tingling|numb|numbness|"
    r"winded|breath|breathe|peeing|pee|urinat\w*|blurry|vision|gummies|cbd|flu|fever|vista|borros[ao]|gripa|gripe|fiebre|"
    r"jarabe|diabetic[oa]s?|flemas|"
    # sleeping propped up, a heart-failure sign asked about: "I have to sleep sitting up in the chair lately" (en_36)
    r"sleep sitting up|sleeping sitting up|sitting up to (?:sleep|breathe)|coughing(?! up (?:\w+ ){0,3}(?:money|cash|dough|deposit|rent|"
    r"copays?|bucks|dollars))"
)
_A_BLOOD_TEST = r"(?:blood test|bloodwork|blood work|labs?)"
# A judgement about the plan itself, asked: "can I go back to mowing my own lawn yet", "do i really need the blood
# test" (en_29). Beside a visit put off ("... i cant make it thursday anyway") the reschedule still wins.
_ASKS_PLAN_JUDGEMENT = (
    # two medicines named, taken together, asked of anyone: "can you take lasix and metoprolol together" (en_45); not
    # "can someone take insulin and pills to my mom" (a reviewer's find: a medicine by name on both sides)
    # (swallowed, not carried or struck off: "can dad take lisinopril and metformin to the pharmacy", "can you take lasix and
    # metoprolol off my reminders", a second reviewer's finds)
    rf"(?:can|could|may|should) (?:you|u|people|one|someone|i|she|he|we|mom|dad) (?:take|mix|combine) {_NAMED_MEDICINE} "
    rf"(?:(?:and|plus) {_NAMED_MEDICINE} (?:together|at the same time|at once|juntas|juntos)|with {_NAMED_MEDICINE}\b"
    r"(?! (?:to|off|coupons?|card|list)\b))",
    rf"can {_WHO} (?:go back to|start|resume|return to|get back to) (?:\w+ )?(?:{_ACTIVITY})",
    # a side effect and what to do about it: "the water pill gives me leg cramps, what should I do about that" (en_75)
    rf"{_A_MEDICINE} (?:\w+ ){{0,2}}?(?:gives|giving|gave|causes|causing|makes|making) (?:me|her|him) (?:\w+ ){{0,2}}?(?:leg |muscle |stomach |bad )?"
    r"(?:cramps?|headaches?|"
    r"rash\w*|diarrhea|nause\w*|dizzy|a cough|coughing|itchy|constipated|gas|heartburn)\b(?: +\w+){0,3}? +(?:what|should|can|do) +"
    r"(?:(?:should|can|do) +)?(?:i|we|she|he) +(?:do|take|stop)\b",
    # ... asked as whether it is ok: "do you think its ok to start walking on the treadmill again" (en_74)
    rf"(?:is it|its|it is|is that|would it be) (?:ok|okay|safe|alright|all right|fine) (?:for (?:me|her|him|mom|dad) )?(?:to )?"
    rf"(?:go back to|start|resume|return to|get back to|start back|try) (?:\w+ )?(?:{_ACTIVITY})",
    # a fast kept for a holy week or Ramadan, and the insulin or pills asked about: "si voy a ayunar en semana santa que hago
    # con la insulina" (es_70), "if i fast for ramadan what do i do with my insulin"
    r"(?:ayunar|ayuno|ayunando|fast|fasting)\b(?: \w+){0,6} (?:que|q|what) (?:hago|hacemos|do i do|should i do|do we do) "
    r"(?:con|with) (?:la|las|mi|mis|my|the|her) (?:insulina|lantus|metformina|pastillas|medicinas|insulin|pills|meds|metformin)\b",
    # a home remedy's worth asked: "el vinagre de manzana sirve para la diabetes?" (es_70), "does cinnamon work for diabetes"
    r"(?:vinagre|canela|nopal|te de \w+|sabila|aloe|ajo|limon|cinnamon|apple cider vinegar|vinegar|garlic|turmeric) (?:\w+ ){0,2}"
    r"(?:sirve|sirven|funciona|funcionan|ayuda|ayudan|cura|baja|works?|helps?|cures?|lowers?) (?:para|pa|con|for|with) "
    r"(?:la |el |my |the )?(?:diabetes|azucar|presion|corazon|sugar|blood pressure|heart)\b",
    # ... or too soon asked: "can my mother go back to her walking group at the Y or is it too soon after the hospital" (en_63)
    r"(?:is it|its|is that|would it be) too soon (?:after|since) (?:the |my |her |his )?(?:hospital|surgery|operation|discharge|"
    r"hospital stay|procedure|heart attack|stroke|fall)\b",
    # a treatment or a limit judged: "should my mother be on a fluid restriction? nobody told us" (en_38)
    # (not a program or a list: "should i be on the medicine assistance program", "... the oxygen delivery list")
    rf"(?:should|does|do) {_WHO} (?:need to )?(?:be|go) on (?:a |an )?(?:(?:fluid|water|salt|sodium|sugar|calorie) restriction|"
    r"(?:low \w+ |special |strict )?diet|oxygen|insulin|blood thinners?|water pills?|diuretics?|statins?)\b"
    r"(?! (?:program|list|delivery|class|waiting|pump|tank|company|supplier)\b)",
    # a dose judged by its number alone: "is 6.25 enough? my friend takes 25 of the same one" (en_32)
    # (a dose, with someone taking one beside it; not "is 20 enough for the copay?", "is 3 too much to ask for rides")
    r"(?:is|are) \d+(?:[. ]\d+)? ?(?:mg|mgs|milligrams|units)? +(?:enough|too (?:much|little|strong|weak))\b"
    r"(?! (?:for|to ask|to pay|dollars|bucks))(?=(?: +\w+){0,10}? +(?:takes?|taking|dose|doses|mg|pills?|meds?|prescribed)\b)",
    # "is 6.25 enough or should I ask for more" (en_36): more or less of a dose, asked
    r"(?:is|are) (?:\d+[. ]\d+|\d+ ?(?:mg|mgs|milligrams|units)) +enough or should (?:i|she|he|we|mom) (?:ask for|get|take|have|need|be on) "
    r"(?:more|less|a higher|a bigger|a stronger|a lower)\b(?!(?: \w+)? (?:rides?|money|food|help|dollars|hours|visits|time|days)\b)",
    # water, salt or a plan's habit judged (en_66 after the retrain): "how much water should I be drinking a day", "can i stop
    # weighing myself every day its always the same number", "can someone with congestive heart failure take ibuprofen",
    # "my weight went from 180 to 184 in 2 days what do i do"; "mi mama ve borroso, eso es de la diabetes?" (es_62)
    r"how much (?:water|fluid|fluids|liquid|liquids|salt|sodium) (?:should|can|do|am) (?:i|she|he|mom|dad|we) (?:be )?"
    r"(?:drinking|drink|having|have|eating|eat|supposed to (?:drink|have|eat))",
    # (a habit of the plan, not a bus: "can i stop taking the bus to dialysis" asks for rides)
    r"(?:can|could|may) (?:i|she|he|mom|dad|we) (?:stop|quit) (?:weighing (?:myself|herself|himself|her|him)|checking (?:my|her|his) "
    r"(?:sugar|weight|pressure|blood)|taking (?:my|her|his|the) (?:\w+ )?(?:pills?|meds?|medicines?|water pill|insulin|carvedilol|"
    r"furosemide|metformin|lasix))\b",
    # (a condition named, not a car: "can someone with a van take me to my appointment")
    r"(?:can|could|should) (?:someone|somebody|a person|people|you|u) with (?:a |an )?(?:\w+ ){0,2}?(?:heart failure|chf|diabetes|copd|"
    r"kidney \w+|kidney disease|high blood pressure|afib|a ?fib|pacemaker|dementia|heart disease|heart condition|asthma|cancer) "
    r"(?:take|have|eat|drink|use)\b",
    r"(?:weight|weighed) (?:\w+ ){0,3}?(?:went|gone|jumped|is|was) (?:up|from \d+(?: \d)? to \d+)(?: +\w+){0,6}? +(?:what (?:do|should) "
    r"(?:i|we) do|is that (?:bad|ok|okay|normal)|should (?:i|we) (?:call|worry))",
    # (asked of a sign, not "todo esto de la diabetes", "eso de la insulina lo inventaron en Canada")
    r"(?:(?:eso|esto) es|sera|puede ser|podria ser|sera que es) (?:de|por) (?:la|el|su|sus|mi|mis) (?:diabetes|azucar|presion|insulina|"
    r"metformina|pastillas?|medicinas?|corazon)\b",
    # ... or asked bare, after the sign: "tengo los pies hormigueando desde hace semanas, es de la diabetes?" (es_65)
    r"(?:es|son) (?:de|por) (?:la|el|su|sus|mi|mis) (?:diabetes|azucar|presion|insulina|metformina|pastillas?|medicinas?|corazon)"
    r"(?= ?\?| ?$)",
    # a dose given again after it came back up: "mi mami vomito la pastilla de la mañana, se la doy otra vez?" (es_65)
    r"(?:se la|se lo|se las|se los|le|la|lo|me la|me lo) (?:doy|damos|vuelvo a dar|volvemos a dar|tomo|vuelvo a tomar|repito|pongo|"
    r"vuelvo a poner) (?:otra vez|de nuevo|otra|otra dosis)\b",
    # a dose before a fast, or without a meal: "si voy en ayunas al examen me pongo la insulina la noche antes igual?", "puede mi
    # mama tomar su metformina si no desayuno?" (es_66)
    r"(?:me|le|se) (?:pongo|pone|doy|da|tomo|toma|inyecto|inyecta) (?:la|el|mi|su) (?:\w+ ){0,6}igual",
    r"(?:puede|puedo|podemos|pueda) (?:\w+ ){0,3}(?:tomar|tomarse|ponerse|ponerle|darle) (?:\w+ ){0,3}si no (?:desayuno|desayuna|"
    r"como|come|ceno|cena|almuerzo|almuerza)",
    # one thing with the medicines: "se le pueden dar vitaminas a mi mama con sus medicinas?" (es_65)
    r"(?:se (?:le |me )?pueden?|puedo|podemos) (?:dar|tomar|mezclar)(?:le|se)? (?:\w+ ){1,5}(?:con|junto con) (?:sus|mis|las|la|su|mi) "
    r"(?:medicinas|pastillas|medicamentos|insulina|metformina)\b",
    rf"should {_WHO} (?:be )?(?:taking|on) (?:something|anything) (?:different|else|stronger|weaker)",
    # ... or raised by the doctor: "is 6.25 enough or should they up it" (en_66)
    r"(?:is|are) (?:\d+[. ]\d+|\d+ ?(?:mg|mgs|milligrams|units)) +enough or should (?:they|the doctor|my doctor|the dr|dr \w+|i|she|he|we) "
    r"(?:up|raise|increase|lower|bump up|bump|change|double) (?:it|the dose|my dose|her dose|his dose|that)\b",
    # a dose taken twice, then what to do asked: "i took my evening pill twice by accident, feel fine, do i skip tomorrow
    # morning?" (en_66; with signs told the detector answers first)
    r"(?:took|taken|had|gave (?:her|him))(?: +\w+){0,3}? +(?:pills?|dose|meds?|medicine|tablets?|insulin|shot|carvedilol|coreg|"
    r"furosemide|lasix|water pill|metformin|lantus) +(?:twice|two times|2 times|double|again)\b(?: +\w+){0,8}? +"
    r"(?:do|should|can|must) +(?:i|she|he|we) +(?:skip|take|wait|hold|miss)\b",
    # a remedy or a food judged beside the medicines: "mi mama quiere tomar un remedio de nopal ..., es seguro con sus
    # medicinas?" (es_62)
    r"(?:es|sera|esta) (?:seguro|peligroso|malo|bueno|bien) (?:con|junto con|tomarlo con|mezclarlo con) (?:sus|mis|las|los|su|mi|tus) "
    r"(?:medicinas|pastillas|medicamentos|insulina|metformina)\b",
    # (and asked what we think: "Do you think I still need the blood test, I feel fine", en_57)
    rf"(?:do|does|should) (?:you think |u think )?{_WHO} (?:(?:really|even|still) ){{1,2}}need (?:the |this |that |my |her |his )?"
    rf"{_A_BLOOD_TEST}",
    # ... the test named first: "mom says she doesn't need the blood test because she feels fine, does she really need it" (en_56)
    # (the pronoun last in its clause, and not "still": "... i booked the van, do i still need it if my son drives me", "... do i
    # still need that fasting letter", the reviewer of the en_56 change)
    rf"{_A_BLOOD_TEST}(?: +\w+){{0,12}} +(?:do|does|should) {_WHO} (?:(?:really|even) ){{1,2}}need "
    r"(?:it|that|this|them)(?= *(?:$|\?|\.|,|if (?:i|she|he) feels?|because|cause|since|at all|anymore))",
    # a reading judged, the reading itself the health topic: "is 90 over 60 too low for blood pressure",
    # "mi mama tiene 190 despues de la cena, le doy algo?" (en_30, es_26)
    r"(?:is|are|was) \d{2,3} (?:over|/) \d{2,3} (?:\w+ )?too (?:low|high)",
    r"(?:tiene|tengo|salio|marca|marco|esta en|amanecio con) \d{2,3}\b(?:\s+\w+){0,5}\s+(?:le|me|se) (?:doy|damos|pongo|ponemos|tomo|toma) algo",
    # a sign of the body asked about, texted: "me salio una bolita donde me inyecto la insulina y me duele, q sera?" (es_41;
    # not "no tengo ni un peso pa la renta q sera de nosotros", a reviewer's find)
    # (of a body, not a wall, a pet, a price or a heart's hurt: "tengo una mancha de humedad en la pared q sera", "me duele q
    # mi hijo no me hable q sera lo q hice", a second reviewer's finds)
    r"^(?!.*\b(?:pared|sillon|carro|cochera|perr[oa]|gat[oa]|precios?|luz|renta|bill|factura|cuenta|techo|piso|ropa|"
    r"humedad|aceite)\b).*?"
    r"(?:(?:me|le|te) (?:duele|duelen|arde|pica|salio|salieron|sale|salen) (?!(?:q|que)\b)|hinchad\w*|bolita\w*|roncha\w*|"
    r"borros[ao]|comezon|fiebre|calentura|sangr\w*|moreton\w*)(?:\s+\w+){0,12}\s+q\s+(?:sera|podra ser|puede ser|podria ser)"
    r"(?!\s+(?:de|lo|mejor|que|q|bueno)\b)",
    # ... a reading told, then whether to eat something or whether it is bad: "me salio 68 pero me siento bien, tengo q comer
    # algo o no pasa nada?", "a mi me sale 180 despues de comer y no tengo doctor, es malo?" (es_41)
    # (a reading, not a sum: not "la renta me sale 900 y no tengo, es malo si pago tarde?")
    r"^(?!.*\b(?:renta|rent|cuentas?|biles?|bills?|dolares|pesos|pagos?|pagar|pague|cobr\w*|copagos?|luz|precios?|cuesta|debo|deudas?|"
    r"seguro|deducible|estampillas|raite|al mes|cada|anos|minutos|dias|horas|calle|cuadras|camion)\b)"
    # (a reading named as one, not a price, a score or a count: "me salio 85 en el examen de ciudadania es malo?", a second
    # reviewer's find)
    r"(?=.*\b(?:azucar|glucosa|glucometro|presion|oxigeno|sugar|ayunas|despues de comer|antes de comer|en la manana|comer algo)\b)"
    r"(?!.*\b(?:todo bien|y ya|ya me voy|factura|aseguranza|receta|multa|examen|conteo|mensajes|veces)\b)"
    r".*?(?:me salio|le salio|me sale|le sale|amanecio con|amaneci con) \d{2,3}\b(?:\s+\w+){0,10}?\s+(?:(?:tengo|tiene|tenemos) (?:que|q) "
    r"(?:comer|tomar|hacer) algo|(?:o )?no pasa nada|es malo|esta mal|es peligroso)\b",
    # a sore or a pain, what to do: "tengo una llaga en el pie que no se cierra hace 2 semanas, que hago" (es_26;
    # not "perdi la receta de la insulina, que hago")
    r"(?:llaga|herida|heridita|ampolla|dolor|duele|hinchad\w*|hinchazon|fiebre|mare\w*|roncha\w*|comezon|tos)\b"
    r"(?:\s+\w+){0,12}\s+(?:que|q) (?:hago|hacemos|le hago|debo hacer|debemos hacer)\b",
    # a sore that will not close, told at length: "tengo una heridita en el dedo del pie que no se cierra desde hace 2 semanas,
    # que hago" (es_38; only a slow sore: not "la herida de la operacion se abrio toda", a reviewer's find)
    r"^(?!.*\b(?:calentura|fiebre|roj[oa]|caliente|pus|huele|morad[oa]|negr[oa]|hinchad\w*|escalofrios|temblando)\b).*?"
    r"(?:llaga|herida|heridita|ampolla|llaguita)\b(?:\s+\w+){0,6}\s+que no (?:se )?(?:cierra|sana|cura|seca)(?:\s+\w+){0,8}\s+"
    r"(?:que|q) (?:hago|hacemos|le hago|debo hacer|debemos hacer)\b",
    # (en_42) a missed dose made up: "can i double up tomorrow since i missed today"; what a meal or a treat does to the
    # body: "i ate a whole bag of chips last night will that mess up my heart"
    rf"(?:can|could|should|do) {_WHO} (?:just )?(?:double up|take (?:two|2|double|both)(?! (?:classes|class|rides|buses|trips|days|"
    rf"sessions|shifts|walks|appointments|appts|visits)))(?: \w+){{0,3}} (?:since|because|cause|cuz|if|"
    rf"after) {_WHO} (?:missed|forgot|skipped|didnt take)",
    # (food eaten, not drugs taken: not "she took two of his xanax, will that mess up her pressure", a second reviewer)
    r"^(?!.*\b(?:took|taken|snort\w*|smoked|xanax|oxy\w*|pills?|edibles?|weed|drugs?|line|someone elses|sisters|his|alcohol|drunk|"
    r"fast|racing|pounding|beating|flutter\w*|dizzy|chest|pain|breath\w*|energy drinks?)\b)"
    r"(?=.*\b(?:ate|eaten|had|drank|eating)\b).*?"
    r"(?:will|would|could|can|does|did) (?:that|it|this|those|these) (?:mess up|hurt|harm|damage|affect|be bad for|raise|spike|"
    r"throw off) (?:my|her|his|the|moms|dads) (?:heart|kidneys?|sugar|pressure|blood pressure|potassium|weight)\b",
)
_ASKS = re.compile(r"\b(?:" + "|".join(_ASKS_EN + _ASKS_ES) + r")\b")
_ASKS_PLAN = re.compile(r"\b(?:" + "|".join(_ASKS_PLAN_JUDGEMENT) + r")\b")
_TOPIC_RE = re.compile(r"\b(?:" + _TOPIC + r")\b")


def _typed(text: str) -> str:
    folded = fold_accents((text or "").lower()).replace("'", "").replace("\u2019", "")
    return re.sub(r"[^\w/ ]+", " ", folded)


def names_a_health_topic(typed: str) -> bool:
    """A medicine, a symptom, a reading or a procedure named (typed text)."""
    return bool(_TOPIC_RE.search(typed) or _HEALTH_WORDS.search(typed))


# Procedures and conditions beside a ride or a meal that make it a medical question: "can dad ride the train
# home after his pacemaker surgery", "is there any food she cant have with warfarin" (a reviewer's finds).
_HEALTH_WORDS = re.compile(r"\b(?:urgent care|emergency room|er|feels? (?:funny|weird|off|strange|wrong)|cath|catheteri\w*|"
                           r"pacemaker|surgery|stent|operation|procedure|dialysis diet|warfarin|coumadin|eliquis|"
                           r"lower (?:blood )?sugar|sugar (?:drops?|goes low|low)|cant have|can not have|allowed to eat)\b")


# A price that is too high, not a reading: "el copago de las tiras esta muy alto, no se si voy a poder recogerlas" (es_33)
# Only as the message's last words or before help asked for: "..., es malo si no me checo?" is still a question for the
# care team (a reviewer's find).
_PRICE_TOO_HIGH = re.compile(r"\b(?:copagos?|copays?|precios?|costos?|cobros?|deducibles?)(?: \w+){0,4} "
                             r"(?:es|esta|estan|son|is|are) (?:muy |demasiado |bien |too |so |really )?(?:alt[oa]s?|car[oa]s?|high)"
                             r"(?= *$| +(?:no se si (?:\w+ ){0,3}poder|conocen|saben|hay (?:ayuda|programas?)|necesito ayuda)\b)")
# ... or what to do about it asked, as the whole message, the price and what it is for only: "el copago de la farmacia esta
# muy alto, que puedo hacer" (es_44; not "no pague el copago y la presion esta muy alta que puedo hacer", its reviewer)
_PRICE_TOO_HIGH_WHAT_NOW = re.compile(
    r"^(?:el |los |mi |mis |su |sus |the |my )?(?:copagos?|copays?|precios?|costos?|deducibles?) (?:de (?:la |el |las |los |mi |mis |su |sus )?"
    r"(?:farmacia|medicina|medicinas|pastillas|insulina|tiras|receta|pharmacy|meds|pills|insulin) |(?:for|at) (?:the |my )?"
    r"(?:pharmacy|meds|pills|insulin) )?(?:es|esta|estan|son|is|are) (?:muy |demasiado |bien |too |so |really )?(?:alt[oa]s?|car[oa]s?|high) "
    r"(?:(?:que|q) (?:puedo|podemos) hacer|(?:que|q) hago|what (?:can|do) (?:i|we) do) *$")


def asks_medical_advice(text: str, plan_judgements: bool = True) -> bool:
    """`plan_judgements=False` leaves out judgements about the plan itself ("do i really need the
    blood test"), for a caller that lets a visit put off win over them."""
    words = typed_words(text, keep="/")  # `_typed` with one space between words
    if _PRICE_TOO_HIGH_WHAT_NOW.match(words):
        return False
    typed = _PRICE_TOO_HIGH.sub(" ", _typed(text))
    if plan_judgements and _ASKS_PLAN.search(typed):
        return True
    return bool(_ASKS.search(typed) and _TOPIC_RE.search(typed)) or bool(_READING_ASKED.search(typed)) \
        or bool(_DRUGSTORE_ASKED.match(words))


# A weight asked about by its number alone: "is 184 too much? it was 180 yesterday" (en_41). Only a weight's range, asked
# as too much or beside a weight word, and no money, time, pulse or dose told (not "is 130 ok for you?", "the copay is 150
# too much?", "his pulse is 150 ok?", "is 40 ok? es el azucar de mami": a reviewer's finds)
_READING_ASKED = re.compile(r"^(?!.*\b(?:dollars?|bucks|copays?|rent|renta|bills?|price|cost|units?|unidades|pm|am|oclock|pulse|heart rate|"
                            r"bpm|years?|miles|minutes|sugar|azucar|glucose|pressure|oxygen|for (?:the|a|an|you)|para|la cita)\b)"
                            r".*\b(?:is|was) (?:[1-3]\d\d)(?:\.\d)? (?:too (?:much|high|heavy)\b|(?:ok|okay|normal)\b(?=.*\b(?:weigh\w*|weight|scale|"
                            r"lbs?|pounds|gained|yesterday)\b))")

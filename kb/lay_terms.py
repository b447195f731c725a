"""Lay words for the clinical words health articles use.

Visitors say "down there", "waters broke", "a ring that holds it up", "piles"; articles
say vagina, amniotic fluid, pessary, hemorrhoids. The small embedding model links few
of these, and BM25 none. A query is searched with the clinical words of the lay phrases
it contains added, but only words this knowledge base uses: an article that never says
"pessary" gains nothing from the word. The list is a small consumer-health vocabulary,
written for health content in general, not for one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

# A blood count's words as people repeat them ("blood tests show lots of monocytes", "his
# platelets are low"): the cells (a regular expression) -> the clinical word for too many
# or too few of them.
_COUNT_OF = r"(number of |levels? of |count of )?"
_IS = r"( count)? (are |were |is |was )?"
TOO_MANY: dict[str, str] = {"monocytes?": "monocytosis", "lymphocytes?": "lymphocytosis", "eosinophils?": "eosinophilia"}
TOO_FEW: dict[str, str] = {"platelets?": "thrombocytopenia", "(white (blood )?cells?|wbc|white count)": "leukopenia"}
_BLOOD_COUNTS: dict[str, str] = {
    rf"(lots of|a lot of|too many|high|higher|raised|increased|elevated|extra) {_COUNT_OF}{cells}|{cells}{_IS}(high|raised|up|elevated)": word
    for cells, word in TOO_MANY.items()
} | {
    rf"(low|too few|not enough|few|dropping|reduced|decreased) {_COUNT_OF}{cells}( count)?|{cells}{_IS}(low|down|dropping)": word
    for cells, word in TOO_FEW.items()
}

# Lay phrase (a regular expression, matched case-insensitively on word boundaries) ->
# the clinical words it means.
LAY_TERMS: dict[str, str] = {
    # "feels like the baby is pushing down between my legs".
    r"down there|down below|private parts|privates|front bottom|between (my|her|the) legs|"
    # Nursery and slang words: "my lady bits", "my foof", "up your hoo-ha", "her nether regions".
    r"lady (bits|parts|garden)|(my|her|your) bits\b(?! (of|and))|foof|foo-?foo|hoo-?ha|va-?jay-?jay|nether regions": "vagina vaginal genital",
    r"low down|down low": "pelvis pelvic lower abdomen",
    r"((water|liquid|fluid) )?(running|trickling|dripping) down (my|her) legs?|"
    r"(gush|leak\w*|trickle|dribble) of (warm |clear |watery )?(water|liquid|fluid)|leak(s|ed|ing)? (water|liquid|fluid)|(water|liquid|fluid) leak\w*|"
    r"(water|liquid|fluid) (running|trickling|dripping|gushing|coming) (down|out)|"
    # "watery stuff coming out of my foof at 22 weeks".
    r"watery (stuff|discharge|fluid|liquid)( (coming|leaking|running|trickling|dripping) (out|down))?|"
    # "sudden wetness in my underwear".
    r"wet(ness)? (in|on) (my |her )?(underwear|knickers|pants|panties|pad)|(underwear|knickers|pants|panties) (is |are |keeps? |feels? )?(getting )?wet|"
    # "a sudden warm trickle", "it feels like I'm wet down there all the time"; not "wet AMD".
    r"(warm|sudden|clear|watery|constant|little|steady|slow) trickle|(notice|noticed|noticing|start|starts|started|been|keep|keeps|kept) leaking\b(?! (urine|pee|wee|stool|poo|milk|breast))|trickl(e|es|ed|ing) (out|down)|"
    r"feel(s|ing)? (so |really |very |a bit |kind of )?wet|(i'?m|i am|she'?s|she is|always|constantly|feeling) wet|wet (all the time|down there|down below)": "liquid fluid vaginal",
    r"spotting|(bit|bits|spot|spots|drop|drops|trace|traces|streak|streaks) of blood|(some|a little) blood": "bleeding",
    # "the neck of the womb" is the cervix (British leaflets say it), before "womb" alone.
    # "the mouth of the womb", "a weak womb neck" too.
    r"(neck|mouth) of (the |my |her |your )?womb|womb'?s (neck|mouth)|womb neck|"
    # As other languages name it, translated word for word: "the neck of uterus" (Russian
    # sheika matki, Spanish cuello uterino), "uterus neck", "the uterine neck".
    r"(neck|mouth) of (the |my |her |your )?(uterus|matrix)|uter(us|ine) (neck|mouth)": "cervix cervical",
    r"(?<!neck of the )(?<!neck of my )(?<!neck of her )(?<!neck of your )(?<!neck of )"
    r"(?<!mouth of the )(?<!mouth of my )(?<!mouth of her )(?<!mouth of your )(?<!mouth of )womb(?!'?s (neck|mouth)| neck)": "uterus uterine",
    r"(go|goes|going|went) into (labou?r) early|early labou?r": "premature labor",
    r"tightenings?": "contractions",
    # "drugs to calm the womb when the cervix starts giving way": medicines that stop contractions.
    r"(calm|calms|calming|relax|relaxes|relaxing|settle|settles|settling|quieten|quiet) (down )?(the |my |her |your )?(womb|uterus)": "stop contractions",
    # "how will they check next time to catch it early".
    r"(catch|catching|caught|pick up|picked up|detect|detected) (it|this|that|them|the problem) (early|earlier|in time|sooner)": "diagnosed",
    # "pressure like a period cramp at 22 weeks": cramps in pregnancy, named as labour
    # contractions are; not a question about periods.
    r"period[- ](like|type) (cramps?|cramping|pains?)|(like|similar to) (a |my )?period (cramps?|cramping|pains?)?": "contractions",
    # "is the ring meant to lift the cervix": the articles' elevate and support.
    r"lift(s|ed|ing)? (up )?(the |my |her )?(cervix|womb|uterus|bladder)|"
    # "the little rubber thing they put up your hoo-ha to hold the cervix".
    r"(hold|holds|holding|prop|props|propping) (up )?(the |my |her |your )?(cervix|womb|uterus)": "elevate support",
    # And a pregnancy's scans by when they come: "my next scan is in 4 weeks", "will they check
    # my cervix at scans". Not one named by its machine ("at my CT scan").
    r"(pregnancy|baby|dating|anatomy|internal|\d+ ?weeks?) scan|sono(gram)?s?|"
    r"(next|last|follow-?up) scans?|(at|between|during) (my |the |her |your )?scans\b": "ultrasound",
    # The cervix's opening, as scan reports and doctors' notes name it: "incompetent os",
    # "the internal os is closed". Not the bones called "os" ("os trigonum").
    r"(internal|external|cervical|incompetent|closed|open|opening|dilated) os\b": "cervix cervical",
    # "the surgery after a bad smear": the risk factors' "abnormal Pap test".
    r"(a |an )?((bad|abnormal|dodgy|iffy|unusual|positive) smear|(bad|dodgy|iffy|positive) pap)( tests?| results?)?": "abnormal pap test",
    r"smear test|pap smear": "pap test",
    # Spanish, French and Italian words in learners' English: "I have flux" (flujo,
    # discharge), "an echography" (ecografía, ultrasound).
    r"(vaginal )?flux": "discharge",
    # Nigerian English's catarrh for mucus: "passing something like catarrh from below".
    r"catarrh": "mucus discharge",
    r"e(c|ch)ograph(y|ies)": "ultrasound",
    r"terminat(ion|ed|e) (of )?(a |the |my )?pregnancy": "abortion",
    # "a curettage last year" (Dutch and French say curettage alone): the D&C.
    r"d ?(and|&|n) ?cs?|dncs?|(?<!dilation and )(?<!dilatation and )(?<!dilation & )(?<!endocervical )(?<!endometrial )curettage": "dilation curettage",
    # "old scars on the cervix": damage to the cervix, not the skin's scars and keloids.
    r"scar(s|ring| tissue)? (on|of|in|to) (the |my |her |your )?cervix|cervical scar(s|ring)?|scarred cervix|cervix (is |was )?scarred": "cervix damage trauma",
    # "scraping of the womb after a miscarriage": the D&C as visitors know it.
    r"scrap(e|es|ed|ing) (of |out )?(the |my |her )?(womb|uterus|uterine lining)|(womb|uterine) scrap(e|ing)|"
    # "the scraping she had after her miscarriage".
    r"scrap(e|ing) ((she|i|you|we) (had|got) )?after (a |my |the |her )?(miscarriage|abortion|birth|delivery)|"
    # "the hospital clean my womb after lost baby".
    r"(clean|cleaned|cleaning|cleaned out|clear|cleared|clearing) (out )?(my |her |the )(womb|uterus)": "dilation curettage",
    r"meds": "medicines medication",
    # "doctor say i must lie down on left side": the article's rest on your left side.
    r"(lie|lying|lay|laying) (down )?on (my |your |her |the )?(left|right|one) side": "rest",
    # "does my daughter really have to lie flat for months": bed rest.
    r"(lie|lying|lay|laying|stay|staying|kept) flat (for|all|the whole|until)\b": "rest bed",
    # "should I expect months of lying down": bed rest.
    r"(weeks|months) of (lying|laying) (down|flat)|(lying|laying) (down|flat) for (weeks|months)|"
    # "how long will I be stuck lying down", "kept lying flat".
    r"(stuck|kept|keep|confined to) (lying|laying) (down|flat)|"
    # "will I have to lie on the settee for months".
    r"(lie|lying|lay|laying|stuck|stay|staying|kept) on (the|my|a|her) (settee|sofa|couch) (for (weeks|months)|all day|(the )?whole (day|time))": "bed rest",
    # Going to hospital is seeing the doctor: "should I go to hospital if I feel pressure"; not
    # labour's "how dilated do you need to be to go to hospital".
    r"(should|do|must) (i|we|she|you) (go|get|head|rush|come)( in)? ?to (the |a )?(hospital|er|a&e|emergency( room| department)?)|"
    r"(go|going|get|getting|head|rush)( in)? ?to (the |a )?(hospital|er|a&e|emergency( room| department)?) (if|when|because)\b|"
    # "when must I go to casualty" (British and South African English for the emergency department).
    r"(go|going|get|getting|head|rush|come)( in)? ?to casualty|"
    # "should I send for the doctor" (older English); "when do I ring the hospital".
    r"send for (the |a |my )?(doctor|midwife|gp|nurse)|(ring|call|phone|contact) (the |a |my )?(hospital|clinic|maternity unit|labou?r ward)": "doctor",
    # "lying in bed all day", "does she have to stay in bed", "stay in my bed": bed rest;
    # "must lie down whole day" (South-East Asian English).
    r"(lie|lying|lay|laying|stay|staying|stuck|kept|keep) in (my |her |your |our )?bed|(lie|lying|lay|laying) (down |flat )?(all day( long)?|(the )?whole day)": "bed rest",
    # "a hard delivery with my first", "a traumatic birth": the articles' "difficult delivery".
    r"(hard|rough|tough|traumatic|complicated|bad) (\w+ )?(deliver(y|ies)|births?|labou?rs?)": "difficult delivery",
    r"misshapen|mis-shapen|oddly shaped|deformed|(not|isn'?t|wasn'?t|is not|was not|aren'?t) (\w+ )?shaped (right|properly|normally|correctly|normal)|"
    r"(strange|odd|unusual|abnormal|funny|weird) shape": "abnormal",
    # "my waters trickle", "her waters went at 20 weeks".
    r"waters? (broke|break|breaking|leak(s|ed|ing)?|trickl(e|es|ed|ing)|dribbl(e|es|ed|ing)|gush(es|ed|ing)?|went|gone|going)": "amniotic fluid",
    r"gestations": "pregnancies",
    # "my mum took DES while carrying me": while she was pregnant.
    r"(carrying|carried|expecting|pregnant with) (me|him|her|them|us|my (brother|sister|son|daughter)|(a|the|my|her|our) baby|twins)": "pregnancy pregnant",
    # "a ring that holds it up", "the ring they put inside to support cervix".
    r"ring (that|to|which) (holds?|supports?|lifts?|keeps?)|(support|supporting) ring|"
    # "does a silicone ring hold up a weak cervix".
    r"rings? (\w+ ){0,5}(to |that |which )?(holds?|supports?|lifts?|keeps?|props?) (up )?(the |my |her |your |a |an )?(weak |weakened |short |open |opening |dropped |falling )?"
    r"(cervix|uterus|womb|bladder|prolapse)|"
    # "that silicone ring thing for a weak cervix".
    # "I can feel the ring they fitted".
    # "the ring they push up there for your cervix".
    r"ring (they|the doctors?|the midwife|my doctor|you) (fitted|put in|placed|inserted)|(fitted|inserted|placed) (with )?(a|the) ring|"
    r"ring (they|the doctors?|the midwife|my doctor|you) (\w+ )?(push|pushed|pop|popped|stick|stuck|put|place|fit|insert)s? (\w+ )?(up|in|inside)\b|"
    r"(silicone|rubber|plastic) (ring|thing|device|gadget|doughnut|donut)|ring( thing)? (for|in) (a |an |the |my |her )?(weak |weakened |short |incompetent |open |opening )?cervix": "pessary",
    r"(stitch|stich|sew)(ed|es|s|n|ing)? (up |closed |shut )?(for |in |on |to )?(my |the |her |a )?cervix|cervical stitch|cervix stitch|"
    # The surgeon's name for it: "a purse-string stitch".
    # "the gynae wants to put in a stitch just now"; not one in a cut.
    r"purse[- ]?string (stitch|suture)|(put|putting|place|placing|insert|inserting) in (a|the) stitch(?! (in|on|to|for) (the|my|a|his|her|your) "
    r"(cut|wound|head|lip|finger|thumb|hand|leg|arm|knee|chin|face|eye|eyebrow|foot|toe|scalp|forehead|gash))": "cerclage",
    # "booking her in to have her cervix sewn shut".
    r"cervix (stitched|stiched|sewn|sewed) (up|closed|shut)": "cerclage",
    # "the doctor said they will tie the cervix" (Nigerian and Indian English say tie).
    r"(tie|ties|tied|tying) (up )?(the |my |her |your )?cervix|cervix (tied|tie)": "cerclage",
    # A phone's autocorrect for a word it does not know: "a cervical cartilage to keep my
    # cervix closed", "is a cervical cleavage the same as a stitch".
    r"(cervical|cervix) (cartilage|cleavage)": "cerclage",
    # Its kinds, named by a surgeon or by when it is put in: "purpose of a McDonald cerclage",
    # "a Shirodkar stitch", "rescue cerclage at 21 weeks".
    r"(mc ?donald|shirodkar)('?s)? (cerclage|stitch|suture)|(rescue|emergency|transabdominal|abdominal|prophylactic|elective|"
    r"history[- ]indicated|ultrasound[- ]indicated|exam[- ]indicated|physical[- ]exam[- ]indicated) cerclage": "cerclage",
    # "which answer covers tearing the cervix during an earlier birth": the risk factors'
    # cervical tear.
    r"(tear|tears|tearing|tore|torn|ripped|rip) (of |to )?(the |my |her )?cervix|cervix (tore|torn|ripped|was torn)|cervical (tearing|laceration)": "cervical tear",
    # Everyday exertion is what articles call physical activity: "does carrying my toddler
    # around have to stop", "does hoovering put strain on a weak cervix", "tend my garden". Not "heavy things"
    # or "heavy lifting" ("a weak cervix comes from lifting heavy things" asks the cause), nor
    # the gym (MedQuAD's pages on physical activity would answer "the best time to go to the gym").
    r"house ?work|chores|hoovering|vacuuming|scrubbing|mopping|gardening|yard ?work|weeding|mowing( the (lawn|grass))?|(tend|tending|work in|working in) (my |the |her )?garden|"
    # A step count too: "my watch says I should do 10,000 steps".
    # Warehouse work: "picking orders and carrying crates".
    r"(carry|carrying|lift|lifting|pick|picking) (up )?(my |her |his |a |the )?(toddlers?|kids?|children|shopping|bags|boxes|laundry|crates|stock|parcels)\b|(picking|packing) orders|"
    r"\b(\d[\d,.]*k?|ten thousand) steps\b|"
    # A day on one's feet, the shops, and a household's hand work: "can she still be going to
    # shop and standing all day", "should I be doing all the lifting", "pounding and washing".
    r"(standing|on (my|her|your|their) feet) all day|(go|goes|going|went) (to )?(the )?shop(s|ping)?\b|(do|does|doing) (the |all the )?shopping|"
    r"(do|does|doing) all the lifting|pounding( yam)?|washing (clothes|dishes|up)": "physical activities activity exercise",
    # "mama took some hormone pill when she was carrying me": DES is a medicine. Not "the
    # pill" alone, a contraceptive.
    r"(hormone|hormonal|des|diethylstilbestrol) (pills?|tablets?|shots?|jabs?|drugs?)": "medicines",
    # "surely the stitch is the usual fix?".
    # "will the cerclage fix it".
    r"(the |a )(usual |best |only |standard |main |quick )?fix(es)?\b(?! (for|to) (my|the|a|this) (phone|car|computer|sink|tap))|"
    r"(will|would|can|could|does|do|did) (the |a |an )?(\w+ )?fix (it|this|that|the problem|things)\b": "treatment",
    r"pee|peeing|wee(ing)?|piddle|(need|needing|go|going|run|running|trips?)( to)?( the)? (loo|toilet|bathroom)": "urine urination urinary",
    r"poo|poop|pooping": "stool bowel",
    r"tummy|belly": "abdomen abdominal stomach",
    r"boobs?|boobies": "breast breasts",
    # Breasts grown far too large: gigantomastia ("very large breasts treatment").
    r"(very|extremely|abnormally|excessively|massively|overly|too|huge|hugely|enormous(ly)?) (large|big|heavy) (breasts|boobs)|(huge|enormous|giant) (breasts|boobs)|"
    r"(breasts|boobs) (that )?(keep|kept|keeps|won'?t stop|wont stop) growing|excessive breast (growth|enlargement)": "gigantomastia macromastia",
    r"throw(ing)? up|threw up|puk(e|ing)|being sick": "vomiting nausea",
    # "dandy walker malformation with extra fingers": polydactyly, as titles name it.
    r"(an? )?extra (fingers?|toes?|digits?)|(six|6) (fingers|toes)": "polydactyly",
    r"water infection|bladder infection": "urinary tract infection",
    r"piles": "hemorrhoids",
    r"sinus infections?|infected sinus(es)?": "sinusitis",
    r"hair (is |keeps? |has been |started |starts )?(falling|fall|coming|came|comes) out|(losing|lose|lost) (my |his |her )?hair": "hair loss alopecia",
    r"heart attack": "myocardial infarction",
    r"high blood pressure": "hypertension",
    r"blood sugar|sugar levels?": "glucose",
    r"pins and needles": "tingling numbness",
    # An illness that never goes away is chronic ("my illness will never go away and it is
    # wearing me down": coping with chronic illness).
    r"(illness|condition|disease|pain|it) (will |that |which )?(never (go|goes|went) away|(won'?t|wont|doesn'?t|does not|will not|didn'?t) (ever )?go away)|"
    r"(lifelong|life-long|long[- ]term|long[- ]lasting) (illness|condition|disease|pain)": "chronic",
    r"short of breath|out of breath|cant breathe|can't breathe": "shortness breath dyspnea",
    r"pass(ed|ing)? out|blacked out": "fainting syncope",
    r"bed ?wetting|wets the bed": "enuresis",
    r"cant sleep|can't sleep|trouble sleeping": "insomnia",
    # "until I've lost two babies".
    r"(lose|losing|lost) (the|my|our|her|a|this|two|three|several|another|\d+) (baby|babies|pregnancy|pregnancies)|"
    # "her mother also lost pregnancies like that"; "a D&C after my missed miscarriage" (one
    # found on a scan) is a miscarriage too.
    r"(lose|losing|lost) (pregnancies|babies)|missed (miscarriage|abortion)s?|"
    # "a loss at 20 weeks", "pregnancy loss"; not "a loss of appetite", "hearing loss".
    r"(a|my|our|her|one|two|three|another|second|third) loss(es)? (at|in|around|after|before) (\d+|the|my|her|a|an)|"
    # "after the first loss, how will they check next time".
    r"(after|since|before) (a|my|our|her|the) (first|second|third|last|previous|recent|earlier) loss(es)?\b(?! of)|(pregnancy|baby|second[- ]trimester|mid[- ]trimester|late) loss(es)?": "miscarriage",
    r"covid(-| )?(19)?|sars-cov-2": "coronavirus",
    r"mpox": "monkeypox",
    r"under-?active thyroid|slow thyroid|low thyroid|thyroid (is |was |being )?(under-?active|slow|low)": "hypothyroidism",
    r"over-?active thyroid|thyroid (is |was |being )?over-?active": "hyperthyroidism",
    r"slipped dis[ck]s?|bulging dis[ck]s?": "herniated disk",
    r"lockjaw": "tetanus",
    r"snail fever|bilharzia": "schistosomiasis",
    r"(water|fluid) (on|in) (the |his |her |my |their )?brain": "hydrocephalus",
    r"beauty (marks?|spots?)": "moles",
    # A baby's head held to one side: torticollis ("wry neck").
    r"wry ?neck|head (is |keeps )?(tilted|tilts|tilting|turned|cocked) (to )?(one|the) side|twisted neck": "torticollis",
    # Seborrheic keratoses as people describe them: stuck-on, barnacle-like growths.
    r"stuck[- ]on (growths?|spots?|warts?|patches)|barnacles?": "seborrheic keratosis",
    # Breathing that stops in sleep: sleep apnea ("gasp and pause breathing at night").
    r"(stops?|stopped|stopping|pauses?|paused|pausing) (\w+ )?breathing (\w+ )?(in (my|his|her|their) sleep|at night|while (i|he|she|they) sleeps?)|"
    r"(gasp|gasps|gasping) (for air |for breath )?(\w+ ){0,3}(in (my|his|her|their) sleep|at night)": "sleep apnea",
    r"hardening of (the |my |his |her )?arter(y|ies)|hardened arter(y|ies)|clogged arter(y|ies)|arteries (are |were |getting )?(hardening|hardened|clogged)": "atherosclerosis arteriosclerosis",
    # Coming again and again: recurrent ("meningitis over and over, every few months").
    r"over and over( again)?|again and again|time after time|(every|each) (few|couple of|couple) (days|weeks|months)|"
    # "how often does a molar pregnancy happen again"; not "lumps that keep coming back",
    # which put a page about the lumps below ones named recurrent.
    r"(happens?|happening|occurs?|occurring) again": "recurrent recurring",
    # Infections that keep coming: "keeps getting infections", "always catching chest infections".
    # Not infections named by example ("keeps getting infections like thrush and pneumonia"):
    # the ones named are what is asked about.
    r"((keeps?|kept) (on )?(getting|catching|picking up|having) (\w+ )?infections|always (getting|catching|has|had|having) (\w+ )?infections|"
    r"(constant|frequent|repeated|repeat|endless) (\w+ )?infections|infections (all the time|constantly|over and over|again and again))"
    r"(?!,? (like|such as|e\.?g\.?|including)\b)": "recurrent infections",
    **_BLOOD_COUNTS,
    # Bedbugs as people find them: bugs in the mattress, bites in a row.
    r"(bugs?|insects?|mites?) (\w+ )?(in|on|from) (the |my |our |his |her )?(beds?|mattress(es)?|sheets|bedding|couch|sofa)|"
    r"(beds?|mattress) bugs?|bites? in a (line|row)": "bedbugs",
    # A reaction to a medicine: MedlinePlus's drug reactions ("allergic to my new antibiotic").
    r"(allergic )?reactions? to (a |the |my |his |her |this |some |an )?(new )?(drugs?|medicines?|medications?|meds|antibiotics?|pills?)|"
    r"allergic to (a |the |my |his |her |this |an )?(new )?(drugs?|medicines?|medications?|meds|antibiotics?|pills?)": "drug reactions",
    r"ehlers[- ]danlos|marfan'?s?( syndrome)?": "connective tissue collagen genetic disorders",
    r"baby (came|comes|coming|born) (early|too early|premature)|baby (can |could |will |may |might )?(come|be born|arrive)( out)? (early|too early|too soon|premature)": "premature preterm delivery",
    r"hep": "hepatitis",
    # "I stubbed my little toe … could it be broken": an injury, a fracture.
    r"stub(s|bed|bing)? (my |his |her |their |a |the )?(\w+ )?toes?": "toe injury",
    r"broken (bones?|arms?|legs?|wrists?|ankles?|toes?|fingers?|hips?|ribs?|collarbones?|foot|feet|nose|jaw|elbows?|shoulders?)|(could|might|may|is) (it|this|that) (be )?broken\b": "fracture",
    # Urine held in: urinary retention ("can't empty my bladder all the way", "not being able to pee").
    r"(can'?t|cannot|couldn'?t|unable to|not able to|not being able to|trouble|difficulty) (fully |completely )?(empty(ing)? (my |his |her |the )?bladder|pee|peeing|urinate|urinating|wee|weeing)": "urinary retention",
    # A mitral valve that flops back: mitral valve prolapse.
    r"(valves?|flaps?) (that )?(flops?|flopping|floppy|bulges?|bulging|prolapses?) (back|backwards|up)?|floppy (heart |mitral )?valves?": "mitral valve prolapse",
    # Sleep that strikes in the day, knees that buckle with a laugh: narcolepsy, cataplexy.
    r"(fall|falls|falling|fell) asleep (suddenly|without warning|all of a sudden)|(sudden )?sleep attacks|"
    r"(knees?|legs?) (buckle|buckles|buckling|give way|gives way|go weak|goes weak) when (i|he|she|they|we) (laugh|laughs|get excited|am excited|get angry)": "narcolepsy cataplexy",
    # "floppy like a rag doll", "weak muscle tone": hypotonia.
    r"floppy (baby|infant|newborn|toddler|child)|(baby|infant|newborn|he|she) (is |was |seems )?(so |very )?floppy|rag ?doll|(weak|low|poor|decreased) muscle tone": "hypotonia",
    # "fluid filled sacs at the base of my spine": Tarlov cysts.
    r"(fluid[- ]filled )?(sacs?|cysts?) (at|on|near|in) (the )?(base|bottom|end) of (my |the |his |her )?spine": "tarlov cysts",
    # "fluid around the lungs": a pleural effusion.
    r"(fluid|water) (around|on|in|outside) (the |my |his |her |their |your )?lungs?": "pleural effusion",
    # An infection of the heart's valves or lining: endocarditis.
    r"(heart|cardiac) valve infections?|infect\w* (of|in|on) (the |my |his |her )?heart('?s)? (valves?|lining)|heart (lining|valve) (is )?infected": "endocarditis",
    # Something swallowed, breathed in or pushed into a nose or an ear: a foreign body.
    r"(swallowed|swallow|inhaled|breathed in|pushed|stuck|put) (a |an |some )?(coin|battery|button battery|magnet|bead|marble|small toy|toy|button|pea|lego|pin|earring)s?( (up|in|into) (his|her|my|their|the) (nose|ear|throat))?": "foreign body",
    # A heart muscle that is weak, thick or stiff: cardiomyopathy.
    r"(weak|weakened|enlarged|thick|thickened|stiff) heart muscles?|heart muscles? (is |was |has )?(getting |got |become |grown )?(weak|weakened|enlarged|thick|thickened|stiff)": "cardiomyopathy",
    # Hypersensitivity pneumonitis by the names of what is breathed in.
    r"(bird|pigeon|budgie|parrot) (fancier|breeder|keeper|owner)['’]?s? lung|hot tub lung": "hypersensitivity pneumonitis",
    # "I'm type 1 and want to get pregnant": a diabetic names the type alone.
    r"(i'?m|i am|he'?s|she'?s|he is|she is|being|as) (a )?type (1|one|2|two|i|ii)( diabetic)?\b": "diabetes",
    # Trying for a baby is about a pregnancy to come: "should I worry before trying to conceive".
    r"(trying|try|tried|plan\w*|hoping|want\w*) (to )?conceive|\bttc\b|before conceiv\w*|(trying|try|tried) for (a|another) (baby|child)": "pregnancy pregnant",
    # Getting ready is preparing: "what should I do to get ready for pregnancy".
    r"get(ting)? ready|ready (myself|ourselves|yourself)": "prepare preparing",
    r"ring(ing)? (in|of) (my|the|his|her|their|both|one) ears?|ears? (are |is |keep |keeps |have been |has been |been |started |start |starts )?ringing|(buzzing|humming|whooshing) (in|of) (my|the|his|her) ears?": "tinnitus",
    # "a strange fullness in my lower belly" (not an ear's fullness, below).
    r"fullness (in|low in|down in) (my |her |the )?(lower )?(belly|tummy|pelvis|abdomen|bottom)|(pelvic|belly|tummy) fullness|"
    r"heaviness|heavy feeling|feel(s|ing)? (so |really |proper |very |quite |a bit |kind of )?heavy|(pushing|pressing|bearing|pulling) down|pushing on (my|her) (bladder|pelvis|cervix)": "pressure",
    # "pressure been sitting low all day": pelvic pressure.
    r"pressure (has |have |is |been |keeps |kept )*(sitting|sat|sits) (real |so |really |very )?(low|down low)": "pelvic pressure",
    r"watery discharge|watery secretions?": "fluid discharge",
    # Word for word from other languages: "secretions" for discharge (vydeleniya,
    # secreciones), "the small pelvis" for the pelvis (malyi taz, petit bassin).
    r"(vaginal |white |clear |mucous |mucus )?secretions?": "discharge vaginal",
    r"small pelvis": "pelvis pelvic",
    # Obstetricians' "prolapsing" or "funnelling" membranes: the sac bulging into the cervix.
    r"(prolaps\w*|bulging|funnel+ing|hourglass(ing)?) (fetal |foetal |amniotic )?(membranes|sac|bag of waters)|(membranes|sac|bag of waters) (are |is )?(prolaps\w*|bulging|funnel+ing)": "amniotic fluid sac bulge",
    # Scan reports' shorthand: "CL 25mm at 18+6" is the cervical length, "TVUS" a
    # transvaginal ultrasound.
    r"cl(?= ?(of |is |was |=|:)? ?\d)|tvus|tvs scan": "length cervix ultrasound",
    # A funnelling cervix on the scan: opening from the inside. Not "funnel chest".
    r"funnel+ing(?! (fetal |foetal |amniotic )?(membranes|sac|bag of waters))|(cervix|cervical) funnel+(ing)?": "cervix opening widen",
    # "mucousy discharge", "snotty discharge": the articles' mucus.
    r"mucou?s(e)?y|mucousy|snotty|snot-like": "mucus",
    # "jelly-like discharge at 18 weeks"; not petroleum jelly.
    r"(jelly|gloopy|gloppy|stringy|slimy|sticky|egg[- ]white)([- ]like)? (discharge|stuff|mucus)": "mucus",
    # "pink discharge at 19 weeks", "brownish mucus": a little old or fresh blood.
    r"(pink|pinkish|brown|brownish|blood[- ](tinged|streaked|stained)) (discharge|mucus|stuff|fluid|spotting)": "bleeding",
    # Pelvic rest, as obstetricians prescribe it: no sex, nothing in the vagina.
    r"pelvic rest": "restricting sexual activity",
    # British and older names of DES: "my mother took stilboestrol".
    r"stilb(o)?estrol": "diethylstilbestrol",
    # Older English for pregnancy and childbirth: "when expecting", "in the family way",
    # "my confinement".
    r"(while|when|whilst|if) expecting|(i'm|im|i am|she's|she is|we're|we are|was|were) expecting(?= (a baby|a little one|twins|triplets|again|\d)|\W*$|[,.;!?])|"
    # Not the month of rest after a birth ("confinement month", Chinese zuo yuezi).
    r"in the family way|with child|confinement(?! (month|period|food|nanny|lady|meals?|after))": "pregnancy pregnant",
    # "are we allowed to be intimate": sex, in the words couples use.
    # "my husband wants us to be together", "can we still sleep together".
    r"(be|being|get|getting|got) intimate|intimate (relations|time|life)|(wants?|wanted) us to be together|"
    # Slang and euphemism: "can hubby and me still do the deed", "no nookie", "bedroom activities".
    r"(do|does|doing|did) the deed|nookie|hanky[- ]panky|rumpy[- ]pumpy|bedroom (activities|activity|stuff|fun|time)|"
    r"(can|could|may|should|must) we (still )?(be together|sleep together)|mak(e|ing) love|"
    # "if we can still jol, you know, sleep together with the stitch"; not a baby's or a pet's.
    r"sleep(ing)? together(?! (with|beside|next to) (the |my |our |a )?(baby|babies|infant|newborn|kids?|children|toddler|dog|cat|pets?))|"
    # Word for word from other languages: "the sexual life" (polovaya zhizn, vie sexuelle).
    r"sex(ual)? life": "sexual activity intercourse",
    # "asking re intercourse with a cerclage in situ": the articles' sexual activity.
    r"(sexual )?intercourse|coitus": "sexual activity",
    # The daughters (and sons) of women given DES in pregnancy: exposed before birth.
    r"des (daughters?|dotters?|sons?)|(daughters?|sons?) of (a )?des (mothers?|mums?|moms?)": "diethylstilbestrol exposure birth",
    # Done after an abnormal smear: the risk factors' "procedures … to deal with an abnormal Pap test".
    # "a cone operation on her cervix years ago".
    # "the doctor took a cone of tissue from her cervix for a bad smear".
    r"leep|lletz|cone (biopsy|operation|procedure|surgery|of tissue)|coni[sz]ation": "cervical surgery surgical procedure abnormal pap test",
    # Getting in touch with the one who looks after the pregnancy is seeing the doctor
    # ("should I ring my ob"); not every mention ("my obgyn said I need a cerclage").
    # Forums drop the article: "when should I call OB".
    r"(see|call|ring|phone|contact|ask|tell|talk to|speak to|go to) (my |the |your |her |a )?(ob|obgyn|ob-gyn|ob/gyn|gp|midwife|gyn(a)?ecologist|obstetrician|mfm|perinatologist|"
    r"(maternity|labou?r|delivery|antenatal|prenatal) (unit|ward|triage|department|suite))|"
    # A visit booked with one: "MFM appt not till next week".
    r"(ob|obgyn|ob-gyn|gp|midwife|mfm|perinatologist|doctor'?s?|dr) (appointments?|appts?|visits?)|"
    r"(call|ring|phone|contact) (someone|somebody|anyone|anybody|a professional)|"
    # "is discharge at 20 weeks worth a trip to the doctor".
    r"(trip|visit|journey) (in )?to (the |a |my )?(doctor'?s?|gp'?s?|midwife|hospital|clinic|surgery)": "doctor",
    r"leak(s|ed|ing)? (urine|pee|wee)|(wet|wets|wetting) (myself|herself|himself|themselves)|bladder (leaks?|leakage|control)": "urinary incontinence",
    # The bowel's: "leaking stool", "can't make it to the bathroom in time for a bowel
    # movement", "lose control of their bowels".
    r"leak(s|ed|ing)? (stool|stools|poo|poop|feces|faeces)|(stool|poo|poop) leak\w*|(lose|loses|losing|lost|no) control (of|over) (my |his |her |their |your |the )?bowels?|"
    r"(can'?t|cannot|couldn'?t|unable to|trouble|difficulty|hard to) (always )?(hold|holding|control|controlling|make it)( in)?( to the (bathroom|toilet|loo))?( in time)? (my |his |her |their |your |the |for a |for my )?(bowels?|bowel movements?|stool|poo|poop)|bowel (control|accidents?|leak\w*)": "fecal bowel incontinence",
    # Muscles that twist and pull on their own: dystonia ("my neck keeps twisting on its own").
    r"(neck|head|foot|hand|arm|leg) (keeps? )?(twist|twists|twisting|turns|turning|pulls|pulling|jerks|jerking) (\w+ )?(on its own|by itself|involuntarily)|"
    r"muscles? (\w+ )?(twist|cramp|contract|pull)\w* into (strange|odd|weird|abnormal|awkward|painful) (positions|postures|shapes)": "dystonia",
    # "vitamin and herbal pills": dietary supplements.
    r"(vitamin|vitamins|herbal|herb|mineral) (and (herbal|herb|mineral) )?(pills?|tablets?|capsules?|products?|supplements?)": "dietary supplements",
    r"(leg|foot|feet|calf|calves|toe|night|nighttime) cramps?|charley horses?": "muscle cramps",
    # Low vision is sight that glasses cannot correct: "can't see well enough to read even with her glasses".
    r"(can'?t|cannot|can not|unable to|struggl\w* to|hard to) see (well |properly |clearly |much )?(enough )?(to \w+ )?even with (\w+ )?glasses|"
    r"glasses (don'?t|do not|no longer|doesn'?t|does not) help": "low vision",
    r"ears? (feels?|feeling|is|are) (full|blocked|plugged|clogged)|fullness in (my |the |one |his |her )?ears?": "ear pressure",
    # Another name doctors use: a borderline ovarian tumour is one of low malignant potential.
    r"borderline (ovarian )?(tumou?rs?|growths?|cysts?)|borderline (\w+ )?on (my|her|the) ovar(y|ies)": "low malignant potential ovarian",
    # A sprain as it happens: "I rolled my ankle".
    r"(rolled|twisted|turned|went over on) (my|her|his|their|your|an|the) (ankle|wrist|knee)": "sprain",
    # Fingers or toes joined together: syndactyly ("born with fused fingers").
    r"(fused|webbed|joined|stuck together) (fingers|toes|fingers and toes|toes and fingers)|(fingers|toes) (are |were )?(fused|webbed|joined|stuck) together": "syndactyly",
    # Skull bones that join too early: craniosynostosis ("the skull closed too early").
    r"skull (bones? )?(joined|fused|closed|closing|joining|fusing|grew together)( \w+)? (too )?early|"
    r"(early|premature) (closure|fusion|joining) of (the |his |her )?skull( bones)?": "craniosynostosis",
    # A head smaller than it should be: microcephaly ("baby head small than normal").
    r"(baby'?s?|babies|child'?s?|son'?s?|daughter'?s?|his|her|the) heads? (is |are |was |looks? |seems? )?(too |very |really |abnormally |unusually |quite )?small(er)?|"
    r"small(er)? heads?( size)?( than (normal|usual|other babies))?": "microcephaly",
    # Speech lost to a stroke: aphasia ("after stroke my mother cannot speak properly").
    r"(after|since) (a |the |his |her |my |their )?strokes?\b.{0,60}\b(can'?t|cannot|can not|unable to|trouble|difficulty|hard to|struggl\w* to|not able to) (speak(ing)?|talk(ing)?|find(ing)? (the |his |her |my )?words)|"
    r"(can'?t|cannot|can not|unable to|trouble|difficulty|hard to|struggl\w* to|not able to) (speak(ing)?|talk(ing)?|find(ing)? (the |his |her |my )?words)\b.{0,60}\b(after|since) (a |the |his |her |my |their )?strokes?": "aphasia",
    # A mouth ulcer, as most English outside America says it: a canker sore.
    r"mouth ulcers?|ulcers? (in|inside|on) (my|the|his|her|their|your) (mouth|tongue|gums?|cheeks?|lips?)": "canker sores",
    # Thick skin where a foot or hand rubs: corns and calluses ("hard skin on foot bottom").
    r"hard (dry |thick |thickened )?skin|thick(ened)? skin (on|under) (my|the|his|her|their|your) (feet|foot|toes?|heels?|hands?|soles?)": "calluses corns",
    # Moods swinging from high to low: bipolar disorder ("mood very high then very low").
    r"moods? (\w+ ){0,3}high (\w+ ){0,3}low|moods? (\w+ ){0,3}low (\w+ ){0,3}high|(extreme|big|huge) (mood )?highs and lows": "bipolar",
    # Shingles in the ear: herpes zoster oticus, Ramsay Hunt syndrome.
    r"ears? shingles|shingles (in|of|on|near) (the |my |his |her |their |your |one )?ears?": "herpes zoster oticus ramsay hunt",
    # Blood taken off as a treatment: phlebotomy ("need to take blood out every month").
    r"(take|taking|took|draw|drawing|drew|remove|removing|removed|let|letting) (some |my |his |her |the )?blood (out|off|away)|"
    r"blood (taken|drawn|removed|let) (out|off)|(regular|monthly|weekly) blood (removal|letting|draws?)|blood ?letting": "phlebotomy",
    # Pinworms as parents describe them: a child scratching her bottom at night; "threadworms"
    # in British English.
    r"(itch\w*|scratch\w*) (\w+ ){0,2}(bottom|bum|butt|anus|backside)( \w+){0,2} (at night|every night|during the night|in the night)|"
    r"threadworms?|(tiny|little|small) white worms": "pinworms enterobiasis",
    # What visitors recognise a condition by: "a rash on his cheeks like he was slapped",
    # "a barking cough at night", "painless dilation".
    r"slapped[- ](cheeks?|face)|cheeks?.{0,40}\bslapped": "fifth disease erythema infectiosum",
    r"bark(ing|y)? cough|cough(s|ing)? like a (seal|dog)|seal[- ]like cough": "croup",
    # Sores with a honey-coloured crust; "school sores" in Australia.
    r"honey[- ]?colou?red( \w+){0,2} (crusts?|crusty|scabs?|sores?|blisters?)|honey crusts?|school sores": "impetigo",
    # A doctor hears a murmur as a "whooshing" sound; bruises are "black and blue marks".
    r"whoosh\w*( (sound|noise)s?)? ([\w'’]+ ){0,4}heart|heart ([\w'’]+ ){0,3}whoosh\w*": "heart murmur",
    r"black (and|&) blue( (marks?|spots?|patches|skin))?": "bruises",
    # "Thrush" is a yeast infection in British English, also of the vagina.
    r"thrush|(thick|clumpy|lumpy) white discharge|cottage cheese( like| looking)? discharge": "yeast infections candida",
    r"bladder pain|pain(ful)? (in )?(my |the |her )?bladder|painful bladder": "interstitial cystitis painful bladder",
    r"red,? (hot|warm),? (and )?swollen (skin|patch|area|leg|arm|shin)|(redness|red patch|red skin|skin infection) (that |which )?(is |keeps |keep )?spread\w*|spreading (redness|red patch)": "cellulitis",
    # A bat in the room is a rabies risk even without a known bite.
    r"(?<!baseball )(?<!cricket )(?<!softball )bat (\w+ ){0,3}(in|into|inside) (my |our |the |his |her )?(room|bedroom|house|home|tent|cabin)|bat (\w+ ){0,3}(while|when) (i|we|he|she|they) (slept|was asleep|were asleep)|"
    r"(bitten|scratched) by a bat|bat bites?": "rabies",
    r"(clean\w*|empty\w*|chang\w*|scoop\w*) (out )?(the |a |my |our )?(cat'?s'? )?litter( (box|tray)(es)?)?": "toxoplasmosis",
    # "a cyst on my ovary".
    r"cysts? (on|in) (my |her |the |an |one |both |each |either |left |right )?(left |right )?ovar(y|ies)": "ovarian cysts",
    r"(react\w*|sensitiv\w*|intoleran\w*|bloat\w*) (to |from |after (eating )?)(bread|wheat|pasta)|(bread|wheat|pasta) (\w+ ){0,3}(upsets?|bloats?|makes? me (sick|bloated|ill))|wheat intolerance": "gluten sensitivity",
    # A fluid-filled swelling over the elbow or kneecap.
    r"(squishy|soft|fluid[- ]filled|golf[- ]ball) (\w+ ){0,2}(swelling|lump|bump|sac) (on|over|at|behind) (the |my |his |her )?(point of (the |my |his |her )?)?(elbow|knee|kneecap)|"
    r"(popeye|student'?s) elbow|housemaid'?s knee": "bursitis",
    # Hands that shake when they hold or reach for something: an action tremor ("my hands
    # shake when I hold a cup of tea"). Not shaking hands alone, which Parkinson's disease
    # has as well ("his hands shake more and more").
    r"(hands?|arms?) (shakes?|shaking|shook|trembles?|trembling|tremble) (when|whenever|as) (i|you|he|she|they|we) (try to )?"
    r"(hold|holds|holding|reach|reaches|reaching|write|writes|writing|drink|drinks|drinking|eat|eats|eating|pour|pours|pouring|lift|lifts|lifting|use|uses|using)\b": "tremor",
    # Britain's "winter vomiting bug": norovirus. Not a "stomach bug", which may be any.
    r"(winter )?vomiting bug|winter bug": "norovirus gastroenteritis",
    # Shivering and numbness after cold water or weather: hypothermia (not a fever's chills).
    r"(shiver\w*|numb\w*) (\w+ ){0,8}(cold|freezing|icy) (water|lake|river|sea|ocean|pond|weather)|(cold|freezing|icy) (water|lake|river|sea|ocean|pond) (\w+ ){0,6}shiver\w*": "hypothermia",
    r"(popped|pops|popping|slipped|came|comes|went) out of (its |the |my |his |her )?(socket|joint)|dislocat\w*": "dislocation dislocations",
    # "an infection around the brain", "stiff neck and a fever".
    r"infection (around|of|in|on) (the |my |his |her )?(lining (of|around) (the )?)?brain|brain (lining )?infection|stiff neck (and|with|plus|,) (\w+ ){0,3}fever": "meningitis encephalitis",
    # "brain inflammation from a virus"; "dancing eyes syndrome", opsoclonus myoclonus.
    r"(inflammation|inflamed) (of|in) (the |my |his |her )?brain|brain (inflammation|is inflamed)": "encephalitis",
    r"dancing[- ]eyes?( syndrome)?|dancing eye movements?": "opsoclonus myoclonus",
    r"(feel|feels|feeling|felt) (like )?(i'?m|i am|i was|he'?s|she'?s) (going to|gonna|about to) die|sense of (impending )?doom": "panic",
    # Leaning on a shopping cart eases the legs of lumbar spinal stenosis.
    r"lean\w* (forward )?on (a |the )?(shopping )?(cart|trolley)": "spinal stenosis",
    # Sick when travelling: "car sick", "queasy in the back seat of a car and on ferries".
    r"(car|sea|air|travel|motion)[- ]?sick(ness)?|(sick|queasy|nauseous|nauseated|green) (\w+ ){0,3}(in|on) (the |a )?(back seat|cars?|boats?|ferry|ferries|planes?|buses|bus|coach(es)?|trains?)": "motion sickness",
    # Clusters of sudden bends at the waist in a baby: infantile spasms (West syndrome).
    r"jack-?knife (jerks|spasms|seizures|movements|fits)|salaam (attacks|spasms|fits)": "infantile spasms",
    r"(pass|passing|passed|breaking|break) (so much |a lot of |lots of |too much |more |excessive )?wind|fart\w*|flatulen\w*": "gas flatulence",
    r"pregnan\w* (\w+ ){0,3}(stuck )?in (the |my |a |her )?(fallopian )?tube|tubal pregnan\w*": "ectopic pregnancy",
    r"(bleed|bleeding|bled|haemorrhage|hemorrhage) (in|into|on|inside) (the |his |her |my |their )?brain|brain bleed\w*": "hemorrhagic",
    # "a germ cell tumour in the brain": cancer.gov names brain tumours by the central
    # nervous system ("Childhood Central Nervous System Germ Cell Tumors"), not the skull's
    # outside ("Extracranial").
    r"(tumou?rs?|cancers?|lymphomas?|growths?) (in|of|on|inside) (the |his |her |my |their )?brain|brain (tumou?rs?|cancers?|lymphomas?)": "central nervous system",
    r"(a |the )?bag (on|attached to) (his|her|my|their|the) (belly|tummy|stomach|abdomen|side)|(stoma|colostomy|ileostomy|urostomy) bags?": "ostomy",
    r"prosthetic (legs?|arms?|limbs?|hands?|feet|foot)|(artificial|fake) (legs?|arms?|hands?)": "artificial limbs prosthesis",
    # The "mask of pregnancy": brown patches on the face.
    r"(brown|dark) (patches|spots|marks) (\w+ ){0,2}(on|over|across) (my |her |the )?(face|cheeks?|forehead|upper lip)|mask of pregnancy|melasma": "pigmentation melanin",
    # An ulcer from a bug: Helicobacter pylori.
    r"ulcers? (\w+ ){0,4}(bug|bacteria|bacterium|germ|infection)|(bug|bacteria|bacterium|germ) (\w+ ){0,4}ulcers?": "helicobacter pylori",
    r"(cold sores?|blisters?|sores?|herpes) (\w+ ){0,3}(private parts|privates|genitals?|down there)|genital (cold )?sores?": "genital herpes",
    # Washing and checking that cannot be stopped: obsessive-compulsive disorder.
    r"(can'?t|cannot|won'?t|doesn'?t|don'?t) stop (washing|checking|counting|cleaning)|(keeps?|keeping) (washing (his|her|my|their) hands|checking (the |that the )?(locks?|doors?|stove|oven))": "obsessive compulsive",
    # Coffee-coloured birthmarks: the cafe-au-lait spots of neurofibromatosis.
    r"(coffee|caf[eé])[- ](stain(ed)?|colou?red|au[- ]lait) (spots|patches|marks|birthmarks)|(spots|patches|marks) (like|the colou?r of) (coffee|caf[eé]) (stains?|with milk)|caf[eé][- ]au[- ]lait": "neurofibromatosis",
    r"c-section|caesarean|cesarean|(came|come|comes|delivered|born) (out )?(through|via|by) (a |an )?(cut|incision)|(cut|incision) in (my|her|the) (belly|tummy|abdomen) (\w+ ){0,2}(baby|deliver\w*)": "cesarean section",
    r"(drinking|drank|drink) (\w+ ){0,2}(water )?(from|out of) (a |the )?(stream|river|lake|creek|pond|well)|(stream|river|creek|pond) water": "giardia",
    r"syphilis (that |which )?(has )?(spread|gone|got|moved) (to|into) (the |his |her |my )?(brain|nerves|nervous system)|brain syphilis": "neurosyphilis",
    # "a rare disease where children age super fast": progeria.
    r"(ag(e|es|ing|eing)|grow(s|ing)? old|get(s|ting)? old) (super |very |too |really |so )?(fast|quickly|rapidly|early)|premature(ly)? ag(e|ed|ing|eing)|rapid ag(e)?ing": "progeria aging",
    r"anti-?psychotics?": "neuroleptic neuroleptics",
    # Movements of the mouth after years of such drugs: tardive dyskinesia.
    r"lip[- ]smacking|(tongue|lips?) (darting|thrusting|smacking|chewing)|(darting|thrusting) (of the |my |his |her )?tongue": "tardive dyskinesia",
    r"(stomach|tummy) (\w+ ){0,4}empt(y|ies|ying) (\w+ ){0,2}slow\w*|(stomach|tummy) (\w+ ){0,3}(takes?|taking) (hours|ages|forever|so long|too long)( and hours)? to empty|slow (stomach|gastric) emptying": "gastroparesis delayed gastric emptying",
    # Hands wrung over and over: a sign of Rett syndrome.
    r"(wring|wringing|wrings) (her |his |their |its )?hands|hand[- ]wringing": "rett",
    r"mou?ld spores?|(breath\w*|inhal\w*) (in )?(the |some )?mou?ld": "aspergillus fungus mold",
    r"(back|rear) of (my|the|his|her) (belly|abdomen|tummy)": "retroperitoneal",
    r"(doesn'?t|does not|don'?t|do not|won'?t|can'?t|cannot) (respond|react) to (the )?growth hormone|growth hormone (insensitivity|resistance)": "laron insensitivity",
    r"painless dilat\w*|(cervix|cervical) (is |was |being )?dilat\w*|dilat\w* (of )?(the |my |her )?cervix": "cervix opening widen",
    # Weight loss surgery as people name its kinds: "stomach stapling", "a gastric band".
    r"(stomach|tummy) stapl\w*|stapl\w* (of )?(the |my |her |his )?(stomach|tummy)|gastric (bypass|band\w*|sleeve)|lap[- ]?band|bariatric": "weight loss surgery obesity",
    # A baby who died before birth: "baby born dead at 8 months", "stillborn".
    r"born (dead|still|sleeping|without a heartbeat)|still ?born|died (in|inside) (the |my |her )?(womb|belly|tummy)|died before (s?he |it )?(was )?(being )?born": "stillbirth",
}
# Lay words some knowledge bases use themselves, read in clinical words only by one that never
# says the lay word: the seed article says "physical activities", not "exercise" ("cerclage
# booked, can I still exercise after?"), while MedQuAD's pages on exercise answer "exercise
# tips for over 65s" as typed.
WHERE_UNSAID: dict[str, tuple[str, str]] = {
    r"exercis(e|es|ed|ing)|work ?outs?": ("exercise", "physical activities activity"),
    # "can I travel by train with a cerclage", "we want to do umrah, can she travel and walk a
    # lot", "do PE", "stand around all afternoon".
    r"travel(s|led|ling|ed|ing)?|umrah|hajj|pilgrimage": ("travel", "physical activities activity"),
    r"walk(s|ed|ing)? (a lot|far|long distances|for miles|all day|for hours)|(is |are )?walking (ok|okay|allowed|safe|fine)": ("walk", "physical activities activity"),
    r"(do|doing|does|did) pe|pe (class|classes|lessons?|kit)|gym class": ("pe", "physical activities activity"),
    r"stand(ing)? (around|about|up) (all|for hours|a lot)": ("stand", "physical activities activity"),
}
_PATTERNS = [(re.compile(rf"\b({lay})\b", re.IGNORECASE), clinical.split()) for lay, clinical in LAY_TERMS.items()]
_UNSAID_PATTERNS = [
    (re.compile(rf"\b({lay})\b", re.IGNORECASE), word, clinical.split()) for lay, (word, clinical) in WHERE_UNSAID.items()
]


class LayTerms:
    """Adds to a query the clinical words of its lay phrases that a knowledge base uses."""

    def __init__(self, vocabulary: Iterable[str]):
        used = set(vocabulary)
        unsaid = [(pattern, words) for pattern, lay_word, words in _UNSAID_PATTERNS if lay_word not in used]
        kept = ((pattern, [word for word in words if word in used]) for pattern, words in _PATTERNS + unsaid)
        self._patterns = [(pattern, words) for pattern, words in kept if words]

    def split(self, query: str) -> tuple[str, list[list[str]]]:
        """``query`` without its lay phrases, and the clinical words of each phrase found."""
        meanings: list[list[str]] = []
        for pattern, words in self._patterns:
            query, found = pattern.subn(" ", query)
            meanings += [words] * found
        return query, meanings

    def substitute(self, query: str, uses: Callable[[str], bool] = lambda word: True) -> str:
        """``query`` with each lay phrase replaced by its clinical words: what it asks
        about in the knowledge base's words ("spotting at 20 weeks" is "bleeding at 20
        weeks"), for the check that reads a query's subject (kb/topics.py). With
        ``uses``, only phrases one of whose clinical words it accepts: an article that
        never says "coronavirus" keeps "covid" as typed."""
        for pattern, words in self._patterns:
            if any(uses(word) for word in words):
                query = pattern.sub(" ".join(words), query)
        return query

    def clinical_words(self, query: str) -> list[str]:
        """The clinical words ``query``'s lay phrases stand for, not already in it."""
        present = set(re.findall(r"\w+", query.lower()))
        added: list[str] = []
        for pattern, words in self._patterns:
            if pattern.search(query):
                added += [w for w in words if w not in present and w not in added]
        return added

    def expand(self, query: str) -> str:
        """``query`` followed by those words in brackets, or unchanged."""
        added = self.clinical_words(query)
        return f"{query} ({' '.join(added)})" if added else query

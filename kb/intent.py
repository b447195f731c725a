"""What kind of question is asked: symptoms, causes, treatment, how common, …

Health FAQs share a small set of question types (MedQuAD annotates 37; articles use
the same ones as headings). A visitor's "how do you get rid of piles" is a treatment
question, so among passages about piles the treatment one should come first, not the
overview whose answer mentions everything. Headings and queries are classified by the
same phrase patterns; a match is a ranking signal only, never part of "answered".
"""

from __future__ import annotations

import re

# "How can I lower my risk of colon cancer": how to prevent it, not who is at risk.
_LOWER_RISK_WORDS = r"(reduce|lower|decrease|cut|minimi[sz]e)s? (my|the|your|his|her|their|our) (risk|chances?)"
# Passing a condition on to someone: "can I pass it to my wife", "give the flu to my baby".
# Without its object too, as non-native English asks: "waardenburg syndrome will pass to my children?"
_PASS_ON_WORDS = r"((pass|give|spread|transmit) (it|this|that|them|\w+(?: \w+)?)( on| down)? to|pass(es)?( on| down)? to)"

# "was it the hard yakka lifting at work that made my cervix weak": whether something was
# the cause; the activity named is the suspect, not a day-to-day question.
_SUSPECTED_CAUSE = (
    r"(was|is|were|could|might) it ([\w']+,? ){1,14}that( (made|makes|caused|causes|weakened|damaged|did this|did it)\b|"
    r"(['’]s| has) (done|caused) (this|it)\b)"
)
_SUSPECTED = re.compile(_SUSPECTED_CAUSE, re.IGNORECASE)
# "lifting feed bags all day, could that have caused my cervix to open early": whether what
# was done did the harm, not whether to keep doing it.
_PAST_CAUSE = re.compile(
    r"\b(could|might|may|would) (that|this|it|all that|all this) have (caused|weakened|damaged|triggered|brought on|led to|made|done)\b",
    re.IGNORECASE,
)
# Words ending in -ing that are no habit a visitor did: things, times, signs of the body,
# medicines taken, being or having.
_NOT_HABITS = (
    r"(some|any|no|every)?thing|during|morning|evening|bring|spring|string|sibling|wedding|offspring|ceiling|"
    r"bleeding|spotting|cramping|leaking|swelling|vomiting|itching|burning|aching|having|being|getting|taking|"
    r"nothing|king|ring|sing|wing|ling"
)
# "any tips to manage at work", "what self-management would a midwife suggest": day-to-day
# life, not a doctor's management.
_TIPS_AT_WORK = (
    r"(tips|advice|ways) (to|for|on) (manage|managing|cope|coping|handle|handling)\b( (it|this|that))? at (work|school|home)\b|"
    r"self[- ]manag\w*"
)
_TIPS_AT_WORK_PHRASE = re.compile(_TIPS_AT_WORK, re.IGNORECASE)
# "did I do something to make my cervix incompetent" asks whether she caused it, not what
# one thing leads to: neither "did I do" nor "I do something to make" is a complication.
_DID_SOMETHING = r"(i|we|she|he|you) (do|did) (something|anything|sth)\b"
_NOT_DONE_BY_HER = r"(?<!\bi )(?<!\bwe )(?<!\bshe )(?<!\bhe )(?<!\byou )"
# "a D&C, then a weak cervix: is there a link?", "is there a link between my job and it":
# whether one is a cause or a risk of the other.
_LINK_ASKED = r"(is|was) there (a|any) (\w+ )?(link|connection)((?=\W*$)| between\b)"

# What one gets that is no condition: "can I get a flu shot after chemo", "get pregnant after".
_NOT_CONDITIONS = r"(pregnant|better|rid|over|sick|ill|help|(a |an |the |my )?(referral|tests?|scans?|cop(y|ies)|(flu |covid |booster )?(shots?|jabs?|vaccines?)|vaccinations?|tattoos?|piercings?|massages?|appointments?|refunds?|prescriptions?|treatment|surgery|pain relief))"

# Whether one thing brings on another: "how likely is a tear to make my cervix weak".
_LIKELY_TO_MAKE = r"(is|are|was|were) .{1,60}? to (make|cause|lead to|give|damage|weaken|trigger|bring on)\b"

# Things one buys: "best mattress for back pain" asks for a product, not a health answer.
_PRODUCTS = r"(mattress(es)?|pillows?|sunscreens?|shampoos?|toothpastes?|toothbrush(es)?|shoes|apps?|brands?|products?)"

# Everyday activities a visitor asks whether they may keep doing (day-to-day life): travel,
# getting about, sport, baths, housework, being on one's feet.
_EVERYDAY_ACTIVITY = (
    r"(driv(e|es|ing)|car (ride|journey|trip)s?|road trips?|flights?|flying|travel\w*|trips?|holidays?|vacations?|"
    r"stairs|climbing|walk(s|ing)?|hik(e|es|ing)|running|jogging|swim(s|ming)?|bath(s|ing)?|hot tubs?|saunas?|"
    r"danc(e|es|ing)|cycling|bik(e|es|ing)|(horse )?riding|yoga|pilates|housework|chores|vacuuming|hoovering|"
    r"cleaning|cooking|standing|sitting|shopping|carrying|lifting|working|(night )?shifts?|commut\w*|gardening|"
    r"sports?|tennis|golf|football|netball|gym|exercise)"
)

# Each type: phrases in a visitor's query, and phrases in a question heading.
# Tests and examinations: what one is for is its diagnosis passage's, not a treatment's
# ("what is a scan for", "my doctor wants an amniocentesis, what is it for?").
_TEST_WORDS = r"tests?|testing|scans?|ultrasounds?|amnio\w*|biops(?:y|ies)|x-?rays?|mri|screening|exams?|examination"
_TYPES: dict[str, tuple[str, str]] = {
    "symptoms": (
        # Not "these symptoms", "my symptoms": the visitor's own, not a question about them.
        # Whole words: "other symptoms", "further signs" end in "her " and still ask.
        # Not "the symptom checker said to see a doctor": a tool, not a question about signs.
        r"\b((?<!\bthese )(?<!\bthose )(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bour )(?<!\byour )symptoms?(?! checkers?\b)|"
        r"(?<!\bthese )(?<!\bthose )(?<!\bmy )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bour )signs?|feel(s|ing)? like|what does .* feel|what (will|would|might|do|did) (i|you|we|she|he|they|it) feel|what (i|you|we|she|he|they) (will|would|might|may) feel|"
        # "what would tell me my cervix is letting go too early", "what would warn me it's
        # starting to open": what shows it.
        r"what (would|will|could|might|does|do|can|should) (tell|show|warn|alert) (me|you|her|us|them)\b(?! (about|more|what|how|why|where))|"
        # "is it pain or no pain when the cervix opens": whether it hurts.
        r"(pain|painful|hurt|hurts) or (no pain|painless|not)\b|"
        # "what does the leaky tap feeling down below mean": what a feeling is a sign of.
        r"what (does|do|could|might|would) (the |this |that |a |an |my |her |these |those )?(\w+ ){0,3}(feelings?|sensations?) (\w+ ){0,4}mean\b|"
        # "signs that your cervix is weak include", "the first sign of a weak cervix is usually".
        r"\bsigns? (\w+ ){1,6}(include|are|is)( usually| often| normally)?(?=\W*$)|"
        # "what does shingles look like", "what do hives look like on skin"; not on a scan or
        # an X-ray (diagnosis), a device or a stitch (a treatment), a future, or what is normal.
        r"what (does|do|did|would|will) (?!(\w+ )?(pessary|stitch|cerclage|scar|device|ring|cervix|womb|uterus|baby|fetus|foetus|future|life|normal|healthy|positive|negative|test|result)\b)[\w' -]{1,40} look like\b(?! (on|in) (a |an |the |my )?(scan|ultrasound|x-?ray|mri|ct|sonogram|screen)\b)|"
        # "first baby at 44, what would my body do if the cervix started to give way".
        r"what (would|will|does|might|could) (my|her|your|the|a) body do (if|when)\b|"
        # "which changes in my partner's body would mean her weak cervix is starting to open".
        r"(what|which) (body |bodily |physical )?changes ([\w'’]+ ){0,4}(would|will|might|could|can|do|does) (mean|show|signal|suggest|indicate)\b|"
        # Learners' word order: "which things I will sense in the body if the cervix is not competent".
        r"(what|which) (things? )?(i|you|we|she|he) (will|would|might|may|can|could) (sense|notice)\b|"
        # "what would I notice", and without the verb's helper: "weak cervix. what i see in my body".
        r"what (will|would|might|do|did|could|should) (i|you|we|she|he|they) (actually |really |even |first )?(notice|see|look out for|watch for)\b(?! (a|the|my|your|her|his) (doctor|gp|midwife|specialist|ob|consultant)\b)|what (i|you|we|she|he|they) (notice|see|feel) (in|on) (my|your|her|his|their|our) (body|self)\b|"
        # "how does an incompetent cervix feel different from labour".
        r"how (does|do|would|will|did|might) (?!(i|you|we|she|he|they) feel)(\w+ ){1,5}feel\b(?! about)|"
        # "can you have a weak cervix and feel totally fine": whether it shows.
        r"(and|but|yet|while) (still )?(feel|feels|feeling|be|am|is|are) (totally |completely |perfectly |absolutely )?(fine|normal|ok|okay|well)|"
        # "open cervix 2nd trimester how would it show", "do aneurysms always cause pain".
        r"how (would|does|will|do|did|might|could) (it|this|that|they) show( itself| themselves)?(?=\W*$)|"
        # "ways an incompetent cervix shows itself", "how does it present itself".
        r"(shows?|showed|showing|presents?|presented|presenting|manifests?|manifested|manifesting) (itself|themselves)\b|"
        # A clinician's "how does cervical incompetency present in the mother".
        r"how (does|do|would|will|might|can|could) (it|this|that|they|[\w-]+( [\w-]+){0,3}) (typically |usually |normally |first )?present\b(?! (a|an|the|my|your|her|his|it|this|that|them)\b)|"
        # "my waters went at 19 weeks with no warning, is that how incompetent cervix shows".
        r"\bis (that|this) how (it|this|that|[\w-]+( [\w-]+){0,3}) (shows|starts|begins)( up| itself)?(?=\W*$)|"
        # "how to spot cervical insufficiency early": the visitor recognising it (doctors
        # spotting it is the diagnosis's).
        r"how (to|do i|do you|can i|can you|would i|would you|could i|could you|should i) (spot|recogni[sz]e)\b|"
        r"(always|usually|often|ever|sometimes|typically) (cause|causes|give|gives) (any )?(pain|symptoms|discomfort|bleeding|spotting|discharge|cramps|cramping)\b|"
        # "does an incompetent cervix cause pain": how it feels, not what causes it.
        r"(does|do|can|will|would) (it|this|that|they|(an? |the )?\w+(?: \w+){0,3}) (cause|give) (you |me |her )?(any )?(pain|discomfort)(?=\W*$)|"
        # "if my cervix was weak, would I feel anything".
        r"(would|will|do|does|can|could) (i|you|she|we|they) (even |actually )?(feel|notice) (anything|something)\b|"
        # "is it possible to have an incompetent cervix and notice nothing": whether it shows.
        r"\b(notice|noticing) nothing\b|"
        r"how (would|do|can|will|could) (i|you|we|she|he) (even |ever |really |actually )?(know|tell)|"
        # "how will my wife know if her cervix is opening": someone close, not a doctor (diagnosis).
        r"how (would|do|does|can|will|could) (my|our|your) (?!(doctors?|docs?|gps?|midwife|midwives|ob|obgyn|ob-gyn|consultant|specialist|nurse|surgeon|team|hospital)\b)\w+ (even |ever |really |actually )?(know|tell)\b|"
        # Non-native word order: "how i can tell my cervix got problem early?".
        r"how (i|you|we|she|he) (can|could|will|would) (know|tell)|how to (tell|know)\b(?! (more|about))|"
        # "tell me what to watch out for with X"; clinicians' "presenting complaints".
        # "what should I feel for this time so I catch it": what the visitor can notice.
        r"(what|things) (to|should (i|we|you)) (watch|look|feel) (out )?for|(watch|look) out for|(clinical )?presentation|presenting (complaints?|features?|symptoms?)|clinical features|(?<=\w )features(?=\W*$)|(main|typical|key|physical|common) features\b|(early|warning|first) (indicators?|signals?)|hints? (at|of)|hinting at|"
        # "what would a patient tell me she'd noticed", "what complaints bring a woman in".
        r"\bwhat (would|will|might|could|do|does|did|should) ([\w'’]+ ){1,10}(notice|noticed)\b|(what|which) (\w+ )?complaints\b|"
        # "what patients report with cervical insufficiency": what those who have it notice.
        r"what (do |does |did )?(patients|women|men|people|sufferers|mothers|moms|mums|kids|children) (usually |typically |often |commonly |first )?(report|notice|experience|complain (of|about))\b|"
        # "does an incompetent cervix hurt", "is shingles painful": how it feels; not a
        # procedure's pain ("is a cerclage stitch painful").
        r"(does|do|will|would|is|are) (?!(\w+ ){0,3}(stitch\w*|cerclage|surgery|operation|procedure|injections?|shots?|tests?|exams?|biops\w+|scans?|"
        r"ultrasounds?|treatments?|removal|insertion|iud|pessary|smear)\b)(it|this|that|they|\w+(?: \w+){0,3}) (hurt|painful|sore)(?=\W*$)|"
        # "can high blood pressure cause headaches": a sign of it, which its symptoms list.
        r"(can|could|does|do|will|would) .{1,40} (cause|give (you |me )?|lead to|make (you|me) have) (a |an |bad |severe )?"
        r"(headaches?|dizziness|fatigue|tiredness|nausea|rash(es)?|itching|swelling|numbness|tingling|hair loss|weight (gain|loss)|"
        r"cough(ing)?|fevers?|chest pain|back pain|blurr(ed|y) vision|nosebleeds?|sweating|shortness of breath))\b|"
        # "my blood sugar is 130, do I have diabetes?": is it this condition; not "do we have
        # anything" (a question of what is written).
        r"\b(do|could|might) (i|he|she|they|we) have (a |an |the )?(?!(anything|something|nothing|info\w*|any|questions?|time)\b)\w+( \w+)?(?=\W*$)|"
        # "my gums bleed when i brush, is that gum disease": whether what shows is this condition;
        # not "the test shows CLN7. What is this disease?" (what it is).
        r"\b(?<!what )(?<!what's )(?<!whats )(is|could|might) (that|this|it) (be )?(a |an )?(\w+ ){0,3}(disease|syndrome|infection|disorder|\w{3,}itis)(?=\W*$)|"
        # "mucus-like discharge at 18 weeks, is that cervical insufficiency"; not "is that
        # linked to cervical insufficiency" (a cause or a risk).
        r"\b(is|could|might) (that|this|it) (be )?(\w+ )?(insufficiency|incompetence)(?=\W*$)",
        r"\b(symptoms?|signs?)\b",
    ),
    "causes": (
        # "our newborn had … jejunal atresia, how did this happen": how it came about.
        r"\bhow (did|does|do|could|can|would) (this|that|it) (happen|come about|occur)(?=\W*$)|"
        # "cervical insufficiency can happen because of damage from", "is caused by".
        # "by what is an incompetent cervix caused" (the passive, its agent asked first).
        r"\bwhat (is|are|was|were) .{1,60} caused(?=\W*$)|"
        # "could the op I had on my cervix have done it", "did the D&C do this".
        r"\b(could|can|might|may|would|will) (\w+ ){1,8}have done (it|this|that)(?=\W*$)|\bdid (the|my|that|this|an?) ([\w&]+ ){0,5}do (it|this|that)(?=\W*$)|"
        # "cervix open too early is because of what reason" (English as Chinese speakers write it).
        r"\b(is |are |was )?(because of|due to|caused by) what( reason| cause| thing)?(?=\W*$)|"
        # "cervical insufficiency wonin (the cause) is what": the question word last.
        r"\b(causes?|reasons?) (is|are|was|were) what(?=\W*$)|"
        # "how come some gals end up with an incompetent cervix" (why); "women get an
        # incompetent cervix from what" (the question word last).
        r"\bhow come\b(?! (in|to|back|home|out|over|round|around)\b)|\b(get|gets|got|getting|develop|develops|catch) .{1,60} from what(?=\W*$)|"
        # "did my last labour wreck my cervix": whether something past did the harm.
        r"\b(did|has|have) (\w+ ){1,4}(damage|damaged|wreck|wrecked|ruin|ruined|weaken|weakened|tear|torn|harm|harmed|knacker|knackered) (my|her|his|the|your) [\w-]+|"
        r"\b(because of|due to)( (damage|problems?|changes?) (from|to|in|with))?(?=\W*$)|\b(is|are) caused by(?=\W*$)|"
        # "was my weak cervix something I was born with or did it happen later": congenital or not.
        r"\b(something|a thing|what) (i|you|she|he|we|they) (was|were|are|is|'re|'s|am) born with\b(?! (it|this|that)\b)|"
        # "which things do NOT lead to an incompetent cervix and which do".
        r"\b(what|which) (things|factors|conditions|activities|habits) (do|does|can|could|might|may) (not )?(lead to|cause|trigger|bring on)\b|"
        # "what causes X", "cause of X", "why do…"; not "can X cause Y" (that asks about consequences).
        # "what (actually) causes X", "how do you get/catch X", "how is X spread".
        r"\b((what|which)('s| is)? (\w+ )?(causes?|causing|caused|leads to|triggers?)|causes? (of|for)(?! (concern|alarm|worry)\b)|caused by|a?etiolog\w*|"
        # "what could have caused it", "could the scraping have weakened my cervix": a past cause.
        r"what (could|might|may|would) have (caused|triggered|brought on|led to)|"
        # "what weakened it to begin with", "what made my cervix so weak".
        r"what (weakened|weakens|weaken|made|makes) (it|this|that|(my|the|her|your) [\w-]+)( so| too)?( weak| weaker| open| give way)?( to begin with| in the first place)?(?=\W*$)|"
        # "what surgery can weaken the cervix", "the procedure after a bad smear that can
        # weaken it later": what does the harm.
        r"(what|which) (\w+ ){1,3}(can|could|might|may|will|would|does|do) (weaken|damage) (it|them|(the|my|her|your) [\w-]+)|"
        # Not what did it once ("was it the D&C that damaged my cervix": the risk of it).
        r"\b(that|which) ((can|could|might|may|will|would|does|do) (weaken|damage)|weakens|damages) (it|them|(the|my|her|your) [\w-]+)|"
        # "my aunt says a weak cervix comes from lifting heavy things": where it comes from.
        r"(comes?|came|coming) from (\w+ing\b|too (much|many|little)\b|a lack of\b|not (\w+ing|enough)\b)|"
        # A habit said to do it: "my aunty says eating papaya causes an incompetent cervix",
        # "heard that drinking cold water weakens your cervix", "raising your arms can open a
        # weak cervix". Not a sign ("can bleeding cause a miscarriage") nor a medicine taken.
        r"\b(?!" + _NOT_HABITS + r"\b)[a-z]+ing\b( [\w']+){0,5}? ((can|could|will|would|may|might|does|do) )?"
        r"(causes?|caused|weakens?|weakened|damages?|damaged|opens?|leads? to|triggers?|brings? on) (a|an|the|your|my|her|their)\b|"
        # A headline's section: "Cervical insufficiency: causes you should know about".
        r"(?:^\W*|[:|–—]\s*)(?:the |common |main |possible |top )?causes?\b(?! (of|for)\b)|"
        # "could the cause be hormones", "might the reason be my surgery".
        # "might a synthetic estrogen given to my mum be behind my cervix opening early".
        r"(could|might|may|can|would) .{1,60} (be|have been) behind\b|what('s| is| was) behind\b|"
        r"(could|might|may|can|would) (the|its|one|a) (\w+ )?(cause|reason|trigger)s? (be|have been)\b|(could|might|may|would) .{1,60} have (caused|weakened|damaged|triggered|brought on|led to|made (it|my [\w-]+|the [\w-]+|her [\w-]+) (open|weak|weaker|give way))\b|"
        # "why do I get them", and in terse or non-native English "why my cervix become weak",
        # "TTP why happen"; not "why lie on my left side" (the reason for advice).
        # Not "why does nobody mention a pessary": what is left unsaid, not a cause.
        r"why (do|does|did|is|are|am|would)(?! (it|this|that) (matter|important))(?! (nobody|no one|no-one|anyone|anybody|everyone|everybody) (mention|tell|explain|talk|say|warn)\w*)"
        r"(?! (\w+ ){1,4}(given|used|prescribed|recommended) (to|for|in|after|with)\b)"
        # Not how a measure works: "why does cutting back on sex help with a weak cervix".
        r"(?! (\w+ ){1,5}(help|helps|work|works)\b)"
        # "why would they measure my cervix with an ultrasound": what a test or treatment is for.
        r"(?! (they|doctors|the doctors?|my doctor|docs|the midwife|my midwife|the hospital|the nurses?) (\w+ )?(measure|check|scan|test|examine|monitor|give|put|use|insert|stitch|remove|take)\b)"
        # "…to have her cervix sewn shut, why do they do that": what a procedure is for.
        r"(?! (they|doctors|the doctors?|the hospital|the consultant|surgeons) (do|want to do|need to do|recommend|suggest) (that|this|it)(?=\W*$))|"
        # "why can't I empty my bladder all the way".
        r"why (can'?t|cannot|won'?t|doesn'?t|don'?t|didn'?t|isn'?t|aren'?t) (i|you|he|she|we|they|it|my|his|her|the)\b|why (my|your|his|her|our|their|the|a|an|this|that|these|those|it|i|you|he|she|we|they|"
        r"people|some|many|women|men|kids|children|babies|baby|happen\w*|occur\w*|get)\b|"
        # Not "the reason for taking the stitch out": what a measure is for.
        r"reasons? (for|why|of|behind)(?! (taking|getting|doing|giving|using|putting|removing|measuring|checking|stitching|resting|lying|the (stitch|cerclage|pessary|scan|ultrasound|exam|tests?|bed rest|medicines?))\b)|triggers?|"
        # "why cervical insufficiency happens", "why cervix become weak": the subject between
        # "why" and the verb.
        r"why (\w+ ){1,5}(happens?|occurs?|develops?|becomes?|became|opens?|opened|shortens?|shortened|weakens?|weakened|dilates?|dilated)\b|"
        # Singapore and Malaysian English: "my cervix open already at 5 months, why like that?".
        r"\bwhy like (that|this)(?=\W*$)|"
        # "whats the reason some women get an incompetent cervix".
        r"reasons? (that )?(some |many |most |a lot of )?(people|women|men|kids|children|babies|someone|you|i|he|she|they|we) (get|have|develop|are born with)|"
        # "how did my daughter even catch head lice".
        r"how (do|does|did|can|could) (you|i|people|someone|one|he|she|they|we|kids|children|babies|(my|our|his|her|their|your) \w+) (even |ever |actually )?"
        r"(get(?! rid| over| better| through| help| (a |an |my |the )?(cop(y|ies)|appointment|referral|prescription|note|letter|form|record|card)s?\b)|catch|develop|contract)|how (is|are) .{1,40} (spread|transmitted|(?<!if )(?<!when )caught|contracted)|"
        # "can you get hep c from kissing": how it passes from one person to another.
        r"(can|could) (you|i|people|someone|one|he|she|they|we|kids|children|babies) (get|catch|contract) (?!sick|ill|unwell|better|rid|over|help)\w.{0,40} (from|through|by)|"
        r"(is|are) (it|this|that|they|\w+(?: \w+){0,2}) (contagious|catching)|"
        # "I was diagnosed with hepatitis B. Can I pass it to my wife?"
        r"(can|could|will|would|do|does|might) (i|you|he|she|they|we|it) " + _PASS_ON_WORDS + r"|"
        # "did a tear in my last delivery cause my cervical insufficiency": was it the cause.
        r"did .{1,60}\b(cause|lead to|bring on|trigger)|"
        # "did the operation on my cervix after a bad smear make it weak".
        r"did .{1,60}\bmake (it|this|that|them) (weak|weaker|open|incompetent|short|shorter)\b|"
        # "had a cone biopsy, asks if that causes cervical incompetence".
        r"(if|whether) (that|this|it|they) (causes?|caused|can cause|could cause|leads? to|led to)\b|"
        # "after two c-sections can you get an incompetent cervix": whether one thing follows another.
        r"^\W*after ([\w-]+ ){1,5}(can|could|do|does|will|would|might) (you|i|she|he|we|they|women|people) (get|develop|end up with)\b(?! " + _NOT_CONDITIONS + r"\b)|"
        r"(can|could) (you|i|she|he|we|they|women|people|someone) (still )?(get|develop|end up with) (?!" + _NOT_CONDITIONS + r"\b)(\w+ ){1,4}after\b|"
        # "two surgeries on my cervix, is that the reason it opened at 19 weeks"; not the
        # reason for a measure ("is that the reason she needs bed rest").
        # Not "could that cause it", the verb (see search.PRONOUN_EFFECT).
        r"\b((is|was) (it|that|this|those|these) (the|a)|(could|might|would) (it|that|this|those|these) (be|have been)( the| a)?) (main |real )?(reason|cause)"
        r"(?=\W*$|\W+(it|this|that|my|her|i|she|we)\b(?! (\w+ ){0,2}(needs?|needed|has to|had to|must|should|was given|got|gets)\b))|"
        # "can my blood pressure pills be why everything tastes metallic", "is that just old age".
        r"\b(could|can|might|may|would) (\w+ ){1,6}be (the reason )?why\b|\bis (it|that|this) (the reason )?why\b|(just|only|simply) (old age|age|ageing|aging|getting older)|"
        r"(because of|due to|part of) (old age|ageing|aging|getting older)|"
        # "is it my fault my cervix is weak", "did I do something to cause it".
        r"(is|was) (it|this|that) (my|her|his|our|your) fault|did (i|we|she) do (something|anything)|blame (myself|herself|himself|ourselves|me|her)\b|"
        # "is it something I did that made my cervix weak", "were the drugs my mother took to blame".
        r"(something|anything|nothing) (i|we|she|he|you) (did|ate|took|have done|had done)\b|to blame\b|"
        # "where does an incompetent cervix come from".
        r"where (does|do|did) (it|this|that|they|\w+(?: \w+){0,3}) come from|"
        # Word order carried over from other languages: "from where comes this problem",
        # "where comes it from".
        r"\bfrom where (does |do |did )?(\w+ ){0,4}?(comes?|came)\b|\bwhere (comes?|came) (\w+ ){0,4}?from\b|"
        # "what went wrong for my cervix to be weak".
        # Not "what goes wrong when it's incompetent": what happens (the overview).
        r"what (went|goes|has gone|had gone|is going) wrong(?! (when|if|with|in)\b)|"
        # "what's at the root of an incompetent cervix", "just the luck of the draw or is there a reason".
        r"at the root of|root causes?|luck of the draw|is there (a|any) (\w+ )?(reason|cause)\b|"
        # "my friend had a LEEP and then a weak cervix, is there a link": whether one led to the
        # other (a cause, or a risk: RISK_OR_CAUSE_LINK).
        + _LINK_ASKED + r"|"
        # Irish English: "what would be after causing my cervix to open early".
        r"what (would|could|might|may) (be|have been) after causing\b|"
        # "was it the hard yakka lifting at work that made my cervix weak": was it the cause.
        + _SUSPECTED_CAUSE + r"|"
        # "what are some of the things that partly explain an incompetent cervix".
        r"\b(what|things|factors|anything|something) (that |which )?((partly|might|may|could|can|would|usually|often|best) )*(explains|explain|explained)\b(?! (it|this|that) to\b)|"
        # "I keep wondering how a cervix ends up too weak to stay shut": the question inside a statement.
        r"how (a|an|the|my|her|your|some) (\w+ ){0,3}(ends?|ended) up (too|so|with)\b|"
        # "how does a cervix become incompetent in the first place", "how did I end up with it";
        # not "how can I become pregnant", nor how the sac ends up bulging (what happens).
        r"how (does|do|did) (\w+ ){1,5}((become|becomes|became)\b(?! (pregnant|a |an |the |my )\b)|(end|ends|ended) up with\b)|"
        # "can a dodgy cervix be down to a rough labour last time".
        r"\b(be|is|was|are|were|it'?s) (all |just |partly |mainly )?down to\b|"
        # "reckon a dodgy cervix could be from an earlier op on it?".
        r"(could|might|may|can) (it |this |that |they )?be (from|because of|due to) (a |an |the |my |his |her |too much |too many )?\w+|"
        # "tailbone pain, is it always from a fall?".
        r"(is|are|was|were) (it|this|that|they) (always |usually |just |only |mostly |mainly |probably )?(from|because of|due to) (a |an |the |my |his |her |too much |too many )?\w+|"
        # "is a weak cervix something you're born with": whether it is congenital.
        r"(is|are) (it|this|that|they|\w+(?: \w+){0,3}) (something )?(you'?re|you are|people are) born with|"
        # "could I have been born with a cervix that would open too early", "if a medicine caused my weak cervix".
        r"(could|was|were|am|is|are|can) (i|you|she|he|we|they|someone|people) (have been |be |been )?born with|caused (my|her|his|their|this|that|it)\b)\b|"
        r"\bcauses?(?=\W*$)|\bwhy(?=\W*$)|\bbecause of (it|this|that)(?=\W*$)|\bwhat (really |actually |exactly )?makes?\b(?! of\b)|\bwhat (brings?|sets) (on|off)\b|\bwhat (brings?|sets) (it|them|this|\w+(?: \w+)?) (on|off)\b|\bmakes? (it|this|that|them|\w+(?: \w+)?) worse\b",  # the type as the last word; "what makes people lose their hearing"
        r"\b(causes?|what leads to)\b",
    ),
    "risk": (
        # "after a D&C, is there a link": a risk, or a cause (the causes pattern reads it too).
        _LINK_ASKED + r"|"
        # "the doctor took a cone of tissue from her cervix, will her cervix be weak now".
        r"\bwill (my|her|your|the) cervix (be|become|get|end up) (weak|weaker|incompetent|damaged)( now| after| because|\W*$)|"
        # "do only older moms get incompetent cervix".
        # "am I in the firing line for a weak cervix after two D&Cs".
        # Forum wording: "anyone else with a history of D&Cs end up with a weak cervix",
        # "anyone else with a uterine abnormality also have an incompetent cervix".
        r"\banyone (else )?(with|who('s| has| had| have)) .{1,40} (end(ed)? up with|also (have|had|get|got|develop(ed)?))\b|"
        r"\b(in the firing line|risks?|who (even |actually |usually |typically |normally |mostly )?(gets?|is likely|is at risk|are at risk|can get)|more likely|likelier|(more |most )?prone to|predispos\w*|chances? of getting|(more|higher|greater|bigger) chances? (of|for)|(got|have|has|is there) (a )?(more|higher|greater|bigger) chances?|"
        # "I had a cone biopsy, does that raise my chances".
        r"(raise|raises|raised|increase|increases|increased|up|ups) (my|the|your|her|his|our|their) (chances?|odds|risk)|(do|does|can|will) only (\w+ ){1,4}(get|have|develop)|"
        # "which women tend to end up with cervical insufficiency", "could it happen to me".
        # "what kind of woman will kena weak cervix" ("kena", Malaysian and Singaporean English: get).
        r"(which|what (kind|type|sort)s? of) (women|woman|men|man|people|person|kids|children|babies|mothers|moms|mums|patients|adults|girls|ladies|lasses) "
        # "which women tend to have a cervix too feeble to hold a pregnancy".
        r"((tend to |are (more |most )?likely to |usually |typically |mostly |are |is |will |would |can )?(get|gets|getting|kena|end up with|develop|develops|developing)|"
        r"(tend to|are (more |most )?likely to|usually|typically|mostly) (have|has))\b|"
        r"(could|can|will|would|might) (it|this|that) (also |ever )?happen to (me|us|her|him|them|my \w+|our \w+)\b|"
        # "what sets a woman up for cervical insufficiency".
        r"(sets?|setting|puts?|putting) (a woman|women|someone|somebody|people|a person|you|me|her|mothers|mums|moms) up for\b|"
        # "is it true a weak cervix only happens to women who've had lots of babies".
        r"(only|just|mostly|mainly) (happens?|occurs?|affects?) (to |in )?(women|men|people|kids|children|babies|mothers|moms|mums|adults|those|someone|older|younger|old|young)\b|"
        # "is an incompetent cervix just a problem for mums over 35"; not "isn't a cerclage just for
        # women who have miscarried" (whom a treatment is for).
        r"(only|just|mostly|mainly) (a problem|an issue|something|a thing|a condition) (for|in|of) (women|men|people|kids|children|babies|mothers|moms|mums|adults|those|older|younger|old|young|smokers|the elderly)\b|"
        # "I heard only older mums get cervical insufficiency", "do younger women get it more".
        r"(only|just|mostly|mainly|do|does|can) (older|younger|old|young|overweight|obese|thin|tall|short|black|white|asian|first[- ]time|pregnant|elderly) "
        r"(women|men|people|kids|children|babies|mothers|moms|mums|adults|girls|ladies|patients) (get|have|develop|end up with)\b|"
        # "am I likely to get it", "after several D&Cs, is my cervix likely damaged".
        r"(am i|are (we|you)|is (she|he)|(is|are) (my|her|his|our|your) [\w-]+) (more |less |now |still )?likely\b|"
        # "if I never had surgery on my cervix, can I still get cervical insufficiency": whether
        # one is at risk without a risk factor (not "can I still get pregnant").
        r"(can|could|will|would|might) (i|you|she|we|they|women|someone) (still|ever|also) (get|develop|end up with) (?!" + _NOT_CONDITIONS + r"\b)|"
        # "how likely is a cervical tear in my first birth to make my cervix weak next time".
        r"how likely " + _LIKELY_TO_MAKE + r")\b",
        r"\b(risks?|who is at risk|increases? my risk)\b",
    ),
    "frequency": (
        # "is cervical insufficiency something most obstetricians see every week or only now and then".
        r"\b(doctors?|obstetricians?|obs|midwives|midwife|gps?|nurses?|specialists?) (\w+ ){0,2}see (it |this |that |them )?"
        r"(often|a lot|every (day|week|month|year)|regularly|all the time|rarely|much)\b|"
        # As Chinese speakers write it: "this incompetent cervix is many people have or very few".
        r"\b(many|lots of|a lot of) (people|women|persons) (have|get)( it| this)? or (very |only a )?(few|little|not)\b|"
        # A sentence left for the answer to finish: "incompetent cervix affects about".
        r"\b(affects?|happens? (in|to)|occurs? in) (about|around|roughly|approximately)(?=\W*$)|"
        # "how rare is X", and "is X rare?" as the whole question (not "are there common causes").
        # Not "how many months/weeks/pills": when, or how much, not how common.
        # Not "how often should the cervix be scanned" (a test's schedule), nor "how many mm" (a length).
        r"\b(how (common|rare|frequent)|how often(?! (should|do|does|will|would|must|can|is|are) ([\w-]+ ){0,4}(be |get |have )?(scanned|checked|measured|tested|monitored|examined|screened)\b)|"
        r"how (normal|usual|unusual|typical) is (it )?(to (have|get|develop)|for)\b|how many(?! (\w+ )?(weeks?|months?|days?|years?|hours?|minutes?|times? a day|pills?|tablets?|mg|calories|cups?|glasses|"
        r"micrograms?|mcg|milligrams?|grams?|ml|units?|ounces?|servings?|steps|mm|millimet(re|er)s|cm|centimet(re|er)s)\b)|"
        # "the nurse said it's very common, is it though": how common, doubted.
        r"(said|says|told me|heard) (that )?(it'?s|it is|this is|they'?re|they are) (very |really |so |quite |pretty |super |extremely )?(common|rare)\b|"
        # "is it 1 in 100 or 1 in 1000", "a one in a million thing": how common, as a ratio.
        r"\b(one|1) in (a |an |every |each )?(\d[\d,]*|ten|twenty|fifty|hundred|thousand|million)\b|"
        # "is a weak cervix par for the course or a rare bird".
        r"par for the course|a rare (bird|thing|one|occurrence)\b|"
        # Not "how likely is a cervical tear to make my cervix weak": what raises the risk.
        r"prevalen\w*|incidence|how likely(?! " + _LIKELY_TO_MAKE + r")|(?<!survival )(?<!cure )(?<!mortality )(?<!death )(statistics|stats)\b|(how much|what) (percent|percentage)|(what|which) (proportion|fraction|share) (of|end up|get|have|develop)\b|"
        # "do many women get it", and with a question tag gone: "this problem many people have".
        r"(do|does|are there) (many|lots of|a lot of) (people|women|men|kids|children|babies|mothers|adults)\b|"
        # "are many pregnancies affected by a weak cervix".
        r"(are|is) (many|lots of|a lot of|most) (\w+ )?(affected|diagnosed)\b|"
        # "so it is not something lots of pregnant women get".
        r"something (many|lots of|a lot of|most|few) (\w+ )?(people|women|men|kids|children|babies|mothers|adults) (have|get|develop)\b|"
        # "incompetent cervix frequency", not "urinary frequency" or "frequency of seizures".
        r"(?<!urinary )(?<!urination )(?<!urine )(?<!bowel )(?<!stool )frequency(?! of (urinat\w*|peeing|bowel|stools?|urine|headaches?|migraines?|attacks?|seizures?|episodes?)))\b|"
        # "is cervical insufficiency a common complication of pregnancy?"
        r"\b(is|are) (\w+ ){1,4}(rare|common|uncommon)( or (rare|common|uncommon|not))?"
        # "is it very rare, this cervical insufficiency": the subject after the question.
        # "is it reet common is this incompetent cervix" (Northern English), "is it very common,
        # incompetent cervix".
        r"( (condition|disease|disorder|illness|problem|thing|one|complication|finding)( (of|in|during) (\w+ )?\w+)?)?(,? (is )?(this|that|the) [\w' -]+|, [\w'-]+( [\w'-]+)?)?(?=\W*$)|"
        r"\b(many|lots of|a lot of) (people|women|men|kids|children|babies|mothers|adults) (have|get|has|gets|got)( (it|this|that|them|one))?(?=\W*$)|"
        # Non-native English: "this problem is many women have or only few?".
        r"\b(or|only) (a )?few( (people|women|men|kids|children|babies|mothers|adults|ladies))?(?=\W*$)",
        r"\b(how (common|many people|frequent)|prevalence|affected by)\b",
    ),
    "diagnosis": (
        # "doctors find out the cervix is weak by", "cervical insufficiency is diagnosed by".
        r"\b(find|finds|found|work|works) out (\w+ ){0,6}by(?=\W*$)|\b(is|are) (diagnosed|detected|found|confirmed|picked up) (by|with|using|through)(?=\W*$)|"
        # "is there a pre-pregnancy check that shows a weak cervix".
        r"\b(checks?|tests?|scans?|exams?) (that|which) (shows?|finds?|detects?|picks? up|tells?)\b|"
        # A clinician's "cervical insufficiency workup": the tests that find it.
        r"\bwork-?ups?\b|"
        # "can a home doppler tell me if my cervix is weak": whether a device or test shows it.
        r"\bcan (a|an|the|my) (\w+ ){0,2}(tests?|scans?|ultrasounds?|dopplers?|exams?|monitors?|kits?|devices?|machines?) (tell|show|detect|pick up|find)\b|"
        # Not "my wife has been diagnosed with RA": that is background, not the question.
        r"\b((?<!been )(?<!was )(?<!were )(?<!got )(?<!until )(?<!till )(?<!just )(?<!recently )(?<!newly )(?<!being )(?<!i )(?<!he )(?<!she )"
        r"diagnos\w*(?! with)(?! as)|how (is|are) .{1,40} (found|detected|picked up|spotted)\b|"
        # "a plain explanation of how cervical insufficiency is picked up".
        r"how (\w+ ){1,5}(is|are) (detected|picked up|spotted|confirmed)\b|"
        # "can an incompetent cervix be found before pregnancy".
        r"(can|could|will|would) .{1,40} (be|been) (found|detected|picked up|spotted|caught early)\b|"
        # "what do the obs do to pick up a weak cervix"; "speculum, probe, what happens at the
        # appointment".
        r"(do|does) to (pick up|spot|find|detect|confirm|check for|test for)\b|speculum|probe\b|"
        # "the cervix can open without pain, so how do doctors pick it up".
        r"how (do|does|did|would|will|can|could) (they|doctors?|the doctors?|a doctor|midwives|the midwife|you) (pick (it|this|that|them) up|pick up on (it|this|that))\b|"
        r"what (happens|will happen|goes on) (at|during|in) (the|my|an|her|this|that) (appointment|assessment|check|check-?up|visit|consultation)\b|"
        # "how early in pregnancy can they tell my cervix is weak".
        r"(can|could|will|would) (they|doctors?|the doctors?|my doctor|a doctor|scans?|ultrasounds?|tests?) (tell|see|detect|spot) (my|her|the|your) [\w-]+ (is|was|are) \w+|"
        # "how do doctors get to the bottom of whether a cervix is weak".
        r"(get|gets|got|getting) to the bottom of\b|"
        # "what check do doctors do to see if my mom's cervix is weak".
        r"\b(what|which) (checks?|exams?|examinations?) (do|does|will|would|can|could|might) (\w+ ){1,2}(do|run|use|perform|carry out|order)\b|"
        # "can they check how strong my cervix is before I get pregnant", "how do they measure it".
        r"(can|could|will|would|do|does) (they|you|doctors?|the doctors?|my doctor|docs?|a doctor|the hospital) (\w+ )?(check|measure)\b|"
        # "should I get my cervix checked early next pregnancy".
        r"(get|have|getting|having) (my|her|his|our|the) (\w+ ){0,2}(checked|measured|scanned|examined|tested)\b|"
        # "I'm not pregnant, can I be tested for a weak cervix now" (not "how do you get tested
        # for HIV", which MedlinePlus's overview answers before another subject's test page).
        r"(be|been) tested\b|"
        # "how to get checked for cervical insufficiency", "how do you get screened for it";
        # not "how do you get tested for HIV" (above).
        r"how (to|do i|do you|can i|can you|would i|would you|could i|should i) (get|be) (checked|screened|examined) for\b|"
        # "can a doctor tell if my cervix is weak before I get pregnant"; not "can the doctor tell me".
        r"(can|could|will|would|do|does) (the |a |my |your )?(doctors?|docs?|gps?|midwife|midwives|ob|obgyn|ob-gyn|they|scans?|ultrasounds?|tests?) (\w+ )?(tell|know|see|detect|spot|find out|pick up)( it| this| that)? (if|whether|when|that)\b|"
        # "how often should the cervix be scanned after a loss"; "below how many millimetres does
        # the sonographer call a cervix incompetent" (the length the scan measures).
        r"\b(be|been|being|get|gets|getting) (scanned|measured)\b|\b(how many|what|which) (mm|millimet(re|er)s|cm|centimet(re|er)s)\b|"
        # "name the procedures used to confirm it"; "why didn't anyone check my cervix".
        r"\b(used|needed|done|performed) to (confirm|detect|diagnose)\b|\b(check|checked|checking|examine|examined) (my|her|the|your) cervix\b|"
        # "how did you ladies find out you had IC before anything went wrong": how it was found
        # (not "I just found out I have type 1 diabetes, what do teens need to know").
        r"\bhow (did|do|does|would|will|can|could) ([\w'-]+ ){1,3}(find|found) out (that )?(you|they|she|he|i|we|u) (had|have|has)\b|"
        # "how would the doctor know if my cervix is weak": how they find out.
        r"how ((would|do|does|can|will|could|did) )?(the |a |my |your )?(family )?(doctors?|docs?|gps?|midwife|midwives|ob|obgyn|ob-gyn|gyn(a)?ecologists?|obstetricians?|they) (will |would |can |could |do )?(even |ever |really |actually )?(be )?(knows?|tells?|finds? out|figures? out|checks?|checking|confirms?|decides?|determines?|works? out)\b|(diagnostic )?criteria|tests?(?! (is |are )?(painful|sore|safe|dangerous|risky)\b)|testing|scans?|check (for|if)|find out if|(?<!\bto )suss (it |this |that )?out\b|detect\w*|"
        # Not a student's exam: "management options for an incompetent cervix, exam answer".
        r"exam(ination)?(?! (answers?|questions?|papers?|prep|revision|notes|season|results? (in|for) (my|the) (course|class|module)))|"
        r"examin(e|es|ed|ing)|sleep stud(y|ies)|"
        # "how is cervical insufficiency investigated", "what investigations confirm it".
        r"how (is|are) .{1,40} investigated|(what|which|any) investigations?|investigations? (for|to confirm|to diagnose))\b",
        r"\b(diagnos\w*|tests?)\b",
    ),
    "treatment": (
        # Medicine words only as "medicine for/to …": "DES medicine" names a drug, it asks no treatment.
        r"\b(treat\w*|cur(e|es|ed)|(in)?curable|get rid of|remed(y|ies)|therap(y|ies)|(medications?|medicines?|drugs?|pills?) (for|to)|"
        # "apart from lying down, is there any other solution for weak cervix".
        r"solutions? (for|to)\b|"
        # "is a stitch at 12 weeks the usual plan after a previous loss".
        r"\bthe (usual|normal|standard|typical|recommended) (plan|approach|management|protocol|course of action)\b|"
        # "heard lying on your left side helps with an incompetent cervix": a position a doctor
        # orders, not "pain on my left side".
        r"(lie|lies|lying|laying|lay|rest|resting|stay|staying) (down )?on (my|your|her|the) left( side)?\b|"
        # "open cervix @ 22w > stitch or ring??", "pessary vs meds vs bedrest": treatments weighed.
        r"(stitch|cerclage|pessary|ring|progesterone|meds|medicines?|medications?|bed ?rest)( or | ?vs\.? | versus )(a |the )?"
        r"(stitch|cerclage|pessary|ring|progesterone|meds|medicines?|medications?|bed ?rest)\b|"
        # "purpose of a McDonald cerclage in the second trimester": what a treatment is for.
        r"(purpose|point|aim|goal|rationale) (of|for|behind) (a |an |the |my |her )?([\w-]+ )?(stitch|cerclage|pessary|ring|surgery|operation|procedure|progesterone|bed ?rest)\b|"
        r"(stitch|cerclage|pessary) (rationale|purpose)\b|"
        # "do they put a stitch in the cervix. how long does it stay".
        r"(stitch|cerclage|pessary)\b[^?!]{0,60}\bhow long (does|do|will|would|can|should) (it|they|the (stitch|cerclage|pessary)) "
        r"(stay|stays|remain|remains|be left|last)\b|"
        # "what is this pessary for the cervix", "what's the stitch for".
        r"what('s| is| are) (this|that|the|a|an|these) (pessary|pessaries|cerclage|stitch|ring|cervical stitch) (for|used for)\b|"
        # "is it too late for a cerclage at 24 weeks", "can they still do something for an open cervix".
        r"too late (for|to (get|have|put in|place|do)) (a |an |the |my )?(stitch|cerclage|pessary|treatment|surgery|operation|anything)\b|"
        r"(can|could) (they|doctors|the doctors?|you|anyone|the hospital) (still )?do (something|anything)\b|"
        # "what are the hospital going to do for her", "what they finna do bout my cervix".
        r"what ((are|is|'re) )?(they|doctors|docs|the doctors?|(the |my |your |her )?(ob|midwife|surgeon|specialist|consultant|hospital|team|doctor|gp)) "
        r"(going to|gonna|finna) do\b|"
        r"(surgery|operation) (for|to|options?)|(need|have|get) (an? )?(surgery|operation)|"
        # "the consultant wants to put in a stitch, what does the operation do".
        r"what (does|do|will|would) (the |a |an |this |that )?(operation|surgery|procedure|op|stitch|cerclage|pessary) (actually |even )?(do|involve)\b|"
        # "do they need to operate?", "will the surgeon operate on it".
        r"(need|needs|have|has) to operate|(will|would|should|do|does|can|could) (they|the doctors?|doctors|the surgeons?|surgeons|you) (\w+ )?(operate|stitch|sew)\b|relie(f|ve)|help with|"
        # Not "I need to explain it to my manager".
        r"manag(e|es|ed|ing|ement|ements)\b(?! without)|"
        # "can they still put a stitch in", "will they put a pessary in".
        r"(will|would|should|do|does|can|could) (they|the doctors?|doctors|the surgeons?|surgeons|you) (\w+ )?(put|place|fit|insert) (a |an |the )?(stitch|cerclage|pessary|ring|shunt|stent|pacemaker)\b|"
        # A device's safety: "what is a cerclage and is it safe at 46", "is the stitch safe for
        # the baby"; not "is it safe to orgasm with a stitch" (day-to-day life).
        r"(is|are) (a |an |the |my |her )?(cervical )?(stitch|stich|cerclage|pessary|pessaries|ring) (\w+ ){0,3}(safe|risky|dangerous)\b(?! to\b)|"
        r"(stitch|stich|cerclage|pessary|pessaries)\b[^.?!]{0,30}\b(is|are) (it|that|this|they) (safe|risky|dangerous)\b(?! to\b)|"
        # A device described: "what's the little rubber thing they put up your hoo-ha to hold the cervix".
        r"(thing|device|gadget|contraption|doughnut|donut)s? (that )?(they|doctors|the doctors?|the midwife|you) (\w+ )?(put|place|fit|insert|stick|push|pop)s? (\w+ ){0,3}(up|in|inside)\b|"
        # "would they give you a stitch for a weak cervix", "do doctors offer women a pessary".
        r"(will|would|should|do|does|can|could) (they|the doctors?|doctors|the surgeons?|surgeons|you) (\w+ )?(give|offer) ((you|me|her|us|them|women|people|patients) )?(a |an |the )?(stitch|stich|cerclage|pessary|ring)\b|"
        # "why won't my doctor just put a cerclage in".
        r"(won'?t|wouldn'?t|doesn'?t|don'?t|can'?t|didn'?t) (they|the doctors?|doctors|my (doctor|ob|obgyn|midwife|consultant|specialist|surgeon)) (\w+ )?(put|place|fit|insert|do|offer|give me) (me )?(a |an |the )?(stitch|cerclage|pessary|ring)\b|"
        # "can they put a kind of seatbelt on my cervix to hold the baby in": something fitted to it.
        r"(will|would|should|do|does|can|could) (they|the doctors?|doctors|the surgeons?|surgeons|you) (\w+ )?(put|place|fit|insert) (?!((a|an|some|the) )?((kind|sort|type) of )?(camera|scope|probe|speculum|finger|needle|swab)s?\b)(a |an |some )?(kind of |sort of |type of )?([\w-]+ ){1,2}(on|in|into|around|inside) (my|her|the|your) (cervix|womb|uterus)\b|"
        r"what (else )?(can|could|should) (i|you|she|he|we|they) (actually |really |even )?(take|do|try)|"
        # "can they do anything to keep her cervix shut", "is there anything doctors can do".
        r"(can|could) (they|doctors|docs|the doctors?|you|we) do (anything|something)|"
        # "options if my cervix starts opening", "what do doctors offer for a weak cervix".
        r"options (if|when|for)\b|"
        # "how would a weakened cervix be handled next time", "what's usually the plan".
        r"(be|being|is|are) (handled|dealt with)\b|what('?s| is) (usually |normally |typically )?the (usual |normal )?plan\b|"
        # "my insurance asked why I need a cerclage, what is it for": what a treatment does.
        r"what('?s| is| are) (it|they|that|this|an? (?!(" + _TEST_WORDS + r")\b)\w+) (used |needed |done )?for(?=\W*$)|what (do|can|will|would) (they|doctors|docs|the doctors?) (offer|give|prescribe|recommend|suggest) (for|to|when|if)\b|"
        # "the ring they push up there for your cervix, what's that about": a device named first.
        r"\b(ring|stitch|stich|cerclage|pessary|pessaries|shunt|stent|brace|splint) .{1,60}what('?s| is) (that|it|this) (all )?about(?=\W*$)|"
        # "without a cerclage, what other options are there", "what stops it from getting worse".
        r"(what|which|any) (other |else |more )options\b|(stops?|keeps?) (\w+ ){1,4}(from )?getting worse|"
        # "a stitch in the uterus to stop it opening".
        r"to (stop|keep|prevent) (it|the cervix|my cervix|her cervix|the womb|my womb|the uterus|my uterus) (from )?(opening|dilating|open)\b|"
        # "what do they do when your cervix is weak", "…opening, what will the doctors do",
        # "what'll they do about my cervix opening".
        r"what( (do|will|would|can|could|did)|['’]ll) (they|doctors|docs|the doctors?|(the |my |your |her )?(ob|obgyn|midwife|surgeon|specialist|consultant|hospital|team|doctor|gp|gynae|gyno|gyn(a)?ecologist)) (usually |normally |typically |actually |really |even )?do( (for|when|if|about|with|to (keep|stop|prevent|save|hold|help|protect|make sure))\b|(?=( now| next)?\W*$))|(first[- ]line )?interventions?|(is there )?(anything|something|nothing) (they|doctors|docs|the doctors?|we|you) (can|could) do|(does|do|did|will|would) (it|this|that|they|(a |an |the )?[\w-]+) (actually |really |even )?do (anything|something|much)(?=\W*$)|what are (my|the|her|his|our|your|their) options|(anything|something) (else )?(i|we) (can|could) try|(what|anything)( else)?( that| which)? (can|could) be done|"
        # "cerclage... does it actually work...": whether a treatment works.
        # Not "how does that work", which asks how something comes about.
        r"(?<!how )(does|do|did|will|would) (it|this|that|they|(a |an |the )?[\w-]+) (actually |really |even |ever )?work(?=\W*$)|"
        # "#weakcervix ways to keep the cervix shut".
        # "what'll the hospital do to keep me cervix shut till the bub's due".
        r"(ways?|how|do|done|anything|something) to keep (\w+ ){0,3}(shut|closed)\b|"
        # "is the stitch what stops the baby coming away too early".
        r"(what|which|that) (stops|prevents|keeps) (the |my |her |our )?(baby|babies|labou?r|birth|delivery|cervix) (from )?(coming|arriving|being born|opening|dilating)\b|"
        # "is it the stitch they give you for a weak cervix": a treatment named by who gives it.
        # Not "the scan they do for a weak cervix", a test.
        r"\b(stitch|stitches|cerclage|pessary|ring|medicines?|medications?|tablets|pills|drugs?|injections?|jabs?|shots?|op|operation|surgery|treatments?|therapy) "
        r"(that )?(they|doctors|docs|the doctors?|the hospital|midwives) (give|put in|do|use|offer|recommend|fit|prescribe)( you| women| people| mums| mothers)? "
        # Or closing the question: "is it progesterone or a stitch they give".
        r"((for|with|when|if)\b|(?=\W*$))|"
        # "the stitch goes in at how many weeks"; not the background of "after the pessary
        # goes in, am I still allowed to have sex".
        r"(?<!after the )(?<!after my )(?<!since the )(?<!since my )(?<!once the )(?<!once my )(?<!when the )(?<!when my )"
        r"\b(stitch|cerclage|pessary) (go|goes|going|gets put|get put|is put|be put) in\b|"
        # Without the helper verb: "my cervix is weak. what they do".
        r"what (they|doctors|docs|the doctors?) (do|can do|will do|would do)(?=\W*$)|"
        # Questions inside statements: "please tell me what they can do about a cervix that
        # opens too early", "do you happen to know if a pessary works for a weak cervix".
        r"what (they|doctors|docs|the doctors?) (can|could|will|would|might) do (about|for|with)\b|"
        r"(if|whether) (it|this|that|they|(a |an |the )?[\w-]+) (actually |really |even )?works? (for|with|on)\b|"
        # "what's plan B if my cervix starts giving way".
        r"plan b\b|back-?up plan|"
        # "can anything be done for a weak cervix", "people say nothing can be done".
        r"(can|could) (anything|something|much) (else |more )?be done|nothing (else )?(can|could) be done|"
        # "which drugs stop contractions", "what medicines are used for it".
        r"(which|what) (drugs?|medicines?|medications?|meds|pills|tablets) (are |is )?(used|given|prescribed|stop|stops|prevent|prevents|slow|work|works|help|helps)\b|"
        r"be reversed|reverse (it|this|that|the damage)|slow (it|this|that|them|\w+) down|slow (the |its )?(progression|progress|decline)|how (to|do (i|you|we)|can (i|you|we)) get over|(ir)?reversible|what (helps|works)( for| with)?|what help is there|(anything|something|any \w+) (that|which) (helps?|works?)|"
        # "cervix weak what do", "what to do if …"; "can ibuprofen help", "is turmeric good for".
        r"what (to|should (i|we)|do (i|we)) do\b|what do(?=\W*$)|"
        # "doctor say incompetent, must do what?", "what we must do".
        r"(must|should|need to|have to) do what|what (i|we) (must|should|need to|have to) do|what must (i|we) do|"
        r"(can|does|do|will|would|could) \w+(?: \w+)? (help|work for|be good for)(?! me find)|"
        # "will a stitch make my cervix strong enough to carry to term": whether a treatment works.
        # Not a visitor's own doing: "how can i keep my bones strong" (prevention).
        r"(will|would|does|do|can|could) (a |an |the )?(?!(i|you|we|he|she|they|u)\b)[\w-]+ (make|keep|get) (it|them|my [\w-]+|the [\w-]+|her [\w-]+) (\w+ )?(strong|stronger|closed|shut)\b|"
        # "what evidence is there that a cerclage works".
        r"(evidence|proof|data|studies|research) (\w+ ){0,3}(that|whether|if) (a |an |the |my )?[\w-]+ (really |actually )?(works?|helps?)(?=\W*$)|"
        # "does lying on my left side and resting help"; not why or how it helps.
        r"(?<!why )(?<!how )(does|do|will|would) (?!(anyone|someone|somebody|anybody|you|u)\b)(\w+ ){3,7}help(?=\W*$)|(make|makes) (a|any|much of a|a real) difference|(is|are) \w+(?: \w+)? good for|"
        r"what (can|should) (i|we) (put|use|rub) on|"
        # "how do the docs sort out a cervix that's opening too early".
        r"sort(s|ed|ing)? (it|this|that|them) out\b|how (do|will|would|can|could|should) (they|doctors|docs|the doctors?|you|we) sort (it|this|that|them)\b|sort out (a |an |the |my |her |his |their )(?!(appointment|booking|paperwork|insurance|referral|prescription|form)s?\b)\w+|"
        # "next steps after being told my cervix is short": what is done about it.
        r"next steps?\b|"
        # Options weighed: "stitch versus ring, which suits a weak cervix", "which is less invasive".
        r"\bwhich (one |option )?(is |would be |works )?(better|best|safer|less invasive|more effective)\b|\bwhich (one |option )?(suits|works (best|better))\b|"
        # "isn't a cerclage just for women who have already miscarried": whom a treatment is for.
        r"(is|isn'?t|are|aren'?t|is not|are not) (a |an |the )?[\w-]+( [\w-]+)? (only|just) (for|given to|used (for|in|on)|done (for|on|in))\b|"
        # "hypertension and a weak cervix, is a cerclage still possible".
        r"(is|are) (a |an )[\w-]+( [\w-]+)? (still )?(possible|an option)\b|"
        # "is a cerclage worth it if I've only lost one pregnancy", "is a stitch overkill": a
        # treatment weighed up. Not "is it worth stopping the gym" (day-to-day life).
        r"(is|are|isn'?t|aren'?t) (a |an |the |my |this |that )?(cervical |cervix )?(stitch(es)?|cerclages?|pessar(y|ies)|surgery|operations?|"
        r"medicines?|medications?|injections?|progesterone|therapy|treatments?)( \w+){0,2} (really |actually |even |still )?"
        r"(worth (it|the (hassle|risk|trouble|effort|money|cost)|having|getting|doing|trying)|overkill)\b|"
        # "stitch or ring pessary, what's usually offered for a cervix that opens early".
        r"what('?s| is| are) (usually |normally |typically |commonly )?(offered|prescribed|recommended) (for|to|when|if)\b|"
        # "why does nobody mention a pessary as an option".
        r"\bas an? (treatment |possible |alternative )?option\b|"
        # "why is isotretinoin given to children with neuroblastoma": what a treatment is for.
        r"why (is|are|was|were) (\w+ ){1,4}(given|used|prescribed|recommended) (to|for|in|after|with)\b|"
        # "warfarin for factor V leiden, how long do you stay on it": how long a treatment lasts.
        r"how long (do|does|will|would|should|must|can) (you|i|he|she|they|we|people|someone|\w+) (stay|be|remain|keep) on\b|"
        r"how long (do|does|will|would|should|must) (you|i|he|she|they|we|people|someone) (need to |have to )?(take|keep taking|use)\b|"
        # Not "how can I stop them from coming back": that is prevention.
        r"how (do|can|to|would|will) (i |you |we |they |doctors |docs )?(stop(?! (\w+ )?(from )?(coming back|happening|recurring|returning)| getting)|fix|ease|soothe)|"
        # "ways to keep the cervix from opening too early".
        r"(ways?|how) to (keep|stop) (\w+ ){1,4}from (?!(coming back|happening|recurring|returning|getting)\b)\w+ing|"
        # "how do doctors fix X", "can a weak cervix be repaired": consumers fix what articles treat.
        r"fix(es|ed|ing)?\b(?! (a|an|my|the) (time|date|appointment))|repair\w*|be corrected|correct (it|this|that|them|my|an?|the)\b|"
        # "do the cysts need to be removed"; not "how is a cerclage removed" (a procedure's steps).
        r"(need|needs|have|has) to (be )?(removed|taken out|drained|cut out)\b|"
        # "droopy eyelids from myasthenia, can it be controlled".
        r"(can|could|will) (it|this|that|they|\w+) be (controlled|kept under control)|(keep|kept|get|got|bring|brought) (it |this |that |them |(my |his |her |your |the )?\w+ (\w+ )?)?under control|"
        # "gallstones but no pain, do they have to come out".
        r"(do|does|will|would|should|must) (they|it|this|that|these|those|\w+) (need|have) to come out\b|"
        # "what should i eat to bring it down", "how can i lower my cholesterol".
        r"(bring|get) (it|them|this|that|my \w+) down|(lower|reduce) (it|them|my (?!risk|chance)\w+)|"
        # "what foods lower cholesterol": a measure brought down.
        r"(lower|lowers|lowering|reduce|reduces|reducing) (my |your |his |her |their |the )?(cholesterol|blood pressure|blood sugar|sugar|glucose|a1c|fever|temperature|uric acid|triglycerides|heart rate|inflammation|swelling))\b",
        # Not "What to do for X": MedQuAD's NIDDK headings of that form answer eating, diet and
        # nutrition (lifestyle below), not treatment.
        r"\b(treat\w*|therap\w*|remed\w*|manag\w*)\b",
    ),
    "prevention": (
        # "so i dont get them again", "stop it coming back".
        r"\b(prevent\w*|avoid(ing)? getting|stop (you |me |people )?(getting|them|it from)|"
        # "is there a way to stop ITP bleeding problems from happening".
        r"(stop|keep) (\w+ ){1,4}from (happening|occurring|starting|developing)|"
        + _LOWER_RISK_WORDS + r"|"
        r"(don'?t|do not|never|not) (get|getting|have|having) (it|them|this|that|one|these|those|any)( \w+)? again|"
        # Not "recurrent" or "recurring" before a noun: part of a condition's name ("recurrent
        # encephalopathy of childhood", "recurring headaches"), not a wish to stop it returning.
        r"(coming|comes?) back|recurs?\b|recurr(ences?|ed)\b|recurr(ent|ing)\b(?! [a-z])|"
        # "how do I avoid passing it to my family": keeping it from spreading.
        r"(avoid|stop|prevent|keep from|without) (passing|giving|spreading|transmitting|infecting)|"
        # "what should I drink so it doesn't happen again".
        r"(doesn'?t|does not|won'?t|will not|don'?t|do not|never) (happen|come back|return|recur)( to (me|him|her|us))? again|"
        r"so (that )?(i|you|we|they|it|he|she) (dont|don't|do not|wont|won't|never) (get|become|develop)|"
        r"(vaccines?|jabs?|shots?|immuni[sz]ations?) (for|against|to stop))\b",
        r"\b(prevent\w*)\b",
    ),
    "inheritance": (
        # "is it hereditary", "genetic?", not a name: "hereditary angioedema", "genetic hemochromatosis".
        # Not a name asked about: "what are mitochondrial genetic disorders".
        r"\b(inherit\w*|skips? (a |the )?generations?|(?<!what )(is|are|was|were|it'?s|its|be) (\w+ ){0,4}(hereditary|genetic)|genes?|run(s)? in (the |my )?famil\w*|passed ((it|this|that|them) )?(down|on)|from (my|their) parents|"
        # Not "genetic cause": which genes cause it (the genetic changes), asked as a cause.
        r"genetic (links?|components?|factors?|basis|risks?|tests?|testing|counsel\w*)|"
        # "my son was diagnosed with OTC deficiency, did he get it from me": from a parent (or
        # caught from one: the causes pattern reads "get it from" too).
        r"(did|could|would|can) (he|she|they|my (son|daughter|child|baby|kids?|children)) (have )?(get|got|inherit|inherited) (it|this|that) from (me|us|my (husband|wife|partner|side|family|mother|father|mom|mum|dad))\b|"
        # "did I get it from my dad": from a parent (not a partner, who would have passed it on).
        r"(did|could|would|can) (i|we) (have )?(get|got|inherit|inherited) (it|this|that) from (my|our) (\w+ )?(mother|father|mom|mum|dad|parents?|side|family)\b|"
        # "I can't tell red from green, is that something you're born with": congenital, which
        # an inheritance heading answers as well as a causes one.
        r"(is|are) (it|this|that|they) (something )?(you'?re|you are|people are|one is) born with|"
        # "we lost our baby to renal tubular dysgenesis, could it happen again in another pregnancy".
        r"(happen|occur|recur)s? again (in|with) (another|a future|our next|the next|a second|a later|any future|future) (pregnancy|pregnancies|baby|babies|child|children))\b|"
        r"\b(hereditary|genetics?)(?=\W*$)",
        r"\b(inherit\w*|genetic changes)\b",
    ),
    "outlook": (
        # "will it go away", not "a rash that won't go away" (a description); "how will it progress".
        r"\b(outlook|prognosis|life expectancy|(?<!wont )(?<!won't )(?<!doesnt )(?<!doesn't )(?<!not )go away|get better(?! (with|after|when|if|on) (alcohol|a drink|drinking|rest|resting|sleep|sleeping|exercise|heat|warmth|food|eating))|"
        r"recover\w*|chances? (of|for) (a )?(cure|being cured)|cure rates?|odds of (a )?cure|grow(s|ing)? out of|(?<!n't )(?<!nt )(?<!not )(?<!never )(happen|come back|return|recur)s? again|"
        # "how fast will it get worse".
        r"how (fast|quickly|soon) (will|does|do|would|can) (it|this|that|they|he|she|\w+) (get|gets|become|go) worse|outgrow\w*|how long (will|does|do)|survival|how (will|does|do|fast) (it|this|they|that|\w+) progress|"
        r"progression|what to expect|what (should|can|do|will) (i|we|you|he|she|they) expect|"
        # "what happens during an EKG": a procedure's course (NHLBI's test pages answer it
        # under "What is the outlook for Electrocardiogram?").
        r"what (happens|will happen|goes on) (during|in|after|before) (it|the|a|an|my|his|her|this|that)\b(?! (\w+ )?(pregnancy|labou?r|birth|delivery|sleep|night|day|week|month|year)s?\b)|"
        r"how long (can|will|would|does|do) (you|i|he|she|they|someone|people|a person|one|\w+) (live|survive)|"
        r"(get|gets|getting) worse (with age|over time|as (i|you|he|she|they|we) (get|gets) older)|(is|are|be) (it |this |that |they |\w+ ){0,3}(permanent|(ir)?reversible)|last(s|ing)? forever|"
        # "how fast does prostate cancer spread" (not "how is it spread": that is catching it).
        r"how (fast|quickly) (does|do|will|can) .{1,40} (spread|progress|grow)|"
        # "what will his life be like", "will he be able to live on his own".
        r"what (will|would|is) (his|her|their|my|our|your|the) life (be )?like|"
        # "you can't have a normal pregnancy after cervical insufficiency".
        r"(have|carry|get) (a |another )?(normal|healthy|successful|full[- ]term) (pregnancy|baby|birth|delivery)|"
        # "doctor found krabbe disease, what will happen to him".
        r"what (will|would|is going to) happen (to|with) (him|her|them|me|us|my \w+|our \w+|the baby)\b(?! if)|live (on (his|her|their|my|our) own|independently|a normal life)|"
        # "will my baby develop normally", "will he walk normally".
        r"(will|would|can|could) (he|she|they|i|my \w+|our \w+|the baby|the child) (ever )?(develop|grow( up)?|walk|talk|see|hear|learn) (normally|like other (kids|children))|"
        # "will my baby be okay if my cervix is incompetent".
        r"(will|would|is|are) (my|our|her|the) (baby|babies|child|pregnancy) (be |going to be )?(ok|okay|alright|all right|fine|safe))\b",
        r"\b(outlook|prognosis)\b",
    ),
    "doctor": (
        # "pelvic pressure at 21 weeks, doctor today or not".
        # ("or not" is stripped as a question tag first).
        r"\b(doctor|gp|midwife|hospital|a&e|er)( (today|now|tonight|straight away|right away|asap))? or (not|wait|no|leave it)\b|"
        r"(?<!saw )(?<!seen )(?<!see )(?<!visited )(?<!saw the )(?<!saw my )(?<!seen the )(?<!seen my )\b(doctor|gp|midwife|hospital|a&e|er) (today|now|tonight|straight away|right away|asap)(?=\W*$)|"
        r"\b(when (should|to|do) (i )?(see|call|visit|talk to) (a |my |the )?(doctor|gp|physician)|"
        # "when should I get meself to the doctor" (Northern English).
        r"when (should|do|must|would) (i|we) get (myself |ourselves |her |him )?to (a |my |the )?(doctor|gp|hospital|midwife|clinic)|"
        # "when i need to go hospital?", "when must go see doctor".
        r"when (do |should |must |would )?(i |we )?(need to |have to |must |should )?(go|come)( back)?( to| see)? (the |a |my )?(hospital|clinic|doctor|er|emergency)|"
        # "should I go to the walk-in clinic or straight to the emergency room" (Canada's emerg).
        r"(should|do|must) (i|we|she) (go|head) (straight )?to (the )?(walk-in clinic|emergency room|emergency department|urgent care|er|a&e)\b|"
        # "sent me home with pelvic pressure, when should I go back in".
        # (A lookahead: the pattern's closing word boundary fails after "in?".)
        r"when (exactly |else )?(should|do|must|would) (i|we|she|he) (go|come|head) (back )?in(?=\W*$)|"
        # "heavy pressure down below - wait till morning or go in?", "#spotting #20weeks should I go in".
        r"(wait|hold on) (till|until) (the )?(morning|tomorrow)|or (go|come) in(?=\W*$)|(should|do|must|shall) (i|we|she) go in( (now|tonight|earlier|sooner|early|today|straight away)\b|(?=\W*$))|go in or wait|"
        # "is discharge at 20 weeks worth a trip to the doctor", "worth getting checked".
        r"worth (a (trip|visit|call|phone call|ring)|going (in|to (the |a |my )?(doctor|gp|hospital|clinic|a&e|er|midwife))|calling|ringing|phoning|"
        r"seeing (a|the|my|someone)|getting (it |this |that )?(checked|seen|looked at))\b|"
        # "should I ring the maternity unit", "call labour ward".
        r"(call|ring|phone|contact|go to|go into) (the |my |a )?((maternity|labou?r|delivery|antenatal|prenatal) (unit|ward|triage|department|suite)|labou?r (and|&) delivery)|"
        # "ring the ward or wait for my appointment on Friday".
        r"(call|ring|phone|contact) (the|my) (ward|triage|assessment unit|day unit)\b|"
        r"\bor (just )?wait (for|till|until|til) (my|the|her|our) (\w+ )?(appointment|scan|check-?up|clinic|review)\b|"
        # "should I ring my ob", "phone the midwife".
        # "should I send for the doctor" (older English).
        # Not a question the visitor means to ask: "fixin to ask my OB what the signs are".
        # Nor a visit already planned: "I'm going to see my OB Monday, how do they treat it".
        r"((?<!i'm going to )(?<!im going to )(?<!i am going to )(?<!, going to )(?<!gonna )see|call|ring|phone|visit|talk to|speak to|contact|(?<!going to )(?<!fixin to )(?<!fixing to )(?<!planning to )(?<!gonna )ask|check with|send for|calling|ringing|phoning) (a |my |the |your |her |his |another |a different )?"
        # Not a request made of the doctor: "ask my doctor for my MRI images".
        r"(doctor|doc|dr|gp|physician|midwife|ob|obgyn|ob-gyn|ob/gyn|gyn|gyn(a)?ecologist|obstetrician|p(a)?ediatrician|nurse|(health ?care )?provider)\b"
        r"(?! (for (my|a|an|the|copies|copy)\b|to (give|send|email|print|sign|write|fill)\b))|"
        r"(need to|should (i|we)|do (i|we) need to) (see|call|go to) (someone|somebody|anyone|anybody|a professional|(the |a |my )?doctors?)|"
        # "when should go see gynae if feel pressure below"; "patient should consult doctor".
        r"when (should|to|do|must) (i |we )?go (and )?see (a |my |the )?(doctor|gp|gynae|gyno|obgyn|ob|o&g|midwife)\b|"
        r"\bconsult (a |my |the |their |your )?(doctor|gp|gynae|obgyn|ob|midwife)\b|"
        # "if I notice bleeding, when do I see someone".
        r"(when|at what point) (do|should|must|would) (i|we) (see|call|ring|phone|contact|go to) (someone|somebody|anyone|anybody|a professional)|"
        # "suppose I notice a gush of fluid, do I call someone", "when do I need a doctor".
        r"(do|should|must|can) (i|we) (call|ring|phone|contact|see) (someone|somebody|anyone|anybody)\b|"
        # "bleeding or a warm gush, who to contact".
        r"who (to|should i|do i|shall i|should we|do we) (contact|call|ring|phone|see|go to)\b|"
        r"when (do|should|would|will) (i|we|she|you) need (a |to see a |to call a |to see the |the )?(doctor|gp|midwife|ob|hospital)\b|"
        # "a weak cervix only needs a doctor once labour starts, doesn't it", "do I need a doctor
        # for this"; not "a doctor's note", "a doctor who speaks Spanish".
        r"(need|needs|needed|require|requires) (a |to see a |to see the |the |to see )?(doctor|gp|midwife|physician|medical (help|attention|care))\b(?!['’]s| (note|letter|referral|who|that)\b)|"
        # "at what point do we go in to get checked", "when should we go in to be seen".
        r"(when|at what point) (do|should|must|would|can) (i|we|she|he|you) (go|come) in\b|"
        # "she's spotting, does she need to get checked".
        # "do I need to be seen today".
        r"(need|needs|should|must|ought) (to )?(get|be) (checked|seen|looked at)( out| over)?"
        r"( (today|tonight|now|soon|this (morning|afternoon|evening)|straight away|right away))?(?=\W*$)|"
        # "when does my partner need to be seen urgently": how soon it needs a doctor.
        r"(get|be|being|getting) (checked|seen) (urgently|straight away|right away|immediately|asap|as an emergency|the same day)\b|"
        # "how soon should I get checked once I notice leaking".
        r"(when|at what point|how soon|how quickly) (do|should|must|would|can) (i|we|she|he|you) (get|be) (checked|seen)\b|"
        # "the GP brushed off my pelvic pressure, should I push to be seen"; looking back,
        # "should I have called a doctor when I felt that pressure".
        r"(push|ask|insist|fight) (to be|on being) (seen|checked|examined)\b|"
        r"should (i|we|she|he) have (called|rung|phoned|seen|contacted|gone to|asked) (a |an |the |my |her |our )?(doctor|dr|gp|midwife|ob|obgyn|hospital|someone|somebody|anyone)\b|"
        # The passive: "at what point should a doctor be contacted about pelvic pressure".
        r"(should|must|do|does|need|needs) (a |my |the |your |her )?(doctor|doc|gp|midwife|ob|obgyn|hospital|nurse|maternity unit) (to )?be (contacted|called|rung|phoned|consulted|informed|told|seen)\b|"
        # "three days after my cerclage there's a bit of bleeding, when do I phone".
        # "… when should I call if something feels off".
        r"when (do|should|must|would|shall) (i|we) (phone|call|ring)( (up|in|them|someone|somebody|anyone))?(?=\W*$| (if|when|about|because)\b)|"
        # "when is it time to go in and get checked".
        r"time to (go|come) in\b|(go|come) in (and|to) (get|be) (checked|seen|looked at)\b|"
        # "when should I worry about a fever in my child": when it needs a doctor.
        r"when (do|should|must|would|to) (i |we |you |parents )?(worry|be worried|be concerned|get worried)|"
        r"get (it|this|that|them|these) checked|who (do|should|can|would) (i|we) (call|see|ask|contact|talk to|speak to)|"
        # "is this something I should get checked by my doctor".
        r"(get|be) checked (out )?(by|at) (a |an |my |the |your )?(doctor|dr|gp|midwife|ob|obgyn|hospital|clinic|er|a&e|nurse|specialist)|"
        r"(something|anything) (i|we|you|she|he) (should|need to|must|ought to) (get |have )?(checked|looked at|seen to)|(what|which) (kind|type|sort) of (doctor|specialist)|"
        # "when should I take him to the doctor", "bring my baby to the ER".
        r"(take|bring) (him|her|them|my \w+|our \w+|the baby|the kids?) (in )?to (a |an |the |my |our )?(doctor|gp|er|hospital|emergency|a&e|p(a)?ediatrician|clinic|urgent care)|"
        r"seek (medical )?(help|advice|care)|go to (the )?(hospital|er|emergency)|"
        # "need go hospital now?".
        r"(need|must|should|have to)( to)? go( to)? (the |a )?(hospital|doctor|clinic|er|emergency|a&e)\b|"
        # "should I go to my GP if I'm weeing all the time".
        r"(should|do|must) (i|we|she|he) (need to |have to )?go (to )?(see )?(the |a |my |our |her |his )?(doctor|gp|midwife|hospital|a&e|er|clinic)\b|(call|ring|phone|contact) (the |a )?(hospital|er|emergency|ambulance)|"
        # "are my symptoms serious enough to see someone", "what should make me worried enough to ring".
        r"(serious|bad|worried|concerned|worrying|worrisome) enough (to|for)|"
        # Support staff: "when to refer pt to dr".
        r"refer(ral|red|ring)? (\w+ ){0,2}to (a |an |the )?(doctor|dr|gp|specialist|obstetrician|ob|midwife|hospital)|"
        # Clinicians' "indications for referral"; "a go-to-the-dr thing"; "phone the surgery"
        # (a GP's, in British English); "at what point do I call".
        r"indications? for (referral|admission|review)|referral criteria|go[- ]to[- ]the[- ](dr|doc|doctor|gp|hospital)|"
        r"(call|ring|phone|contact) (the |my |our )?(gp('?s)? |doctor('?s)? )?surgery\b|"
        r"at what (point|stage) (do|should|must|would|shall) (i|we) (phone|call|ring)( (up|in|them|someone|somebody|anyone))?(?=\W*$))\b",
        r"\b(see (a |my |your )?doctor|call (a |my |your )?doctor)\b",
    ),
    "complications": (
        # What a condition leads to: "can gout damage my kidneys", "long-term effects of X".
        # "if nobody catches it in time, what could happen to the pregnancy".
        r"\b(complications?|long[- ]term (effects?|damage|problems?)|what (else )?(can|could|might|may) (happen|go wrong)|"
        r"what (will|would) happen to (the |my |our |her |his )?(baby|babies|pregnancy|child|fetus|foetus)|"
        # "what'll incompetent cervix do to the baby".
        r"what(['’]ll| will| would| can| could| might| does) (it|this|that|they|\w+(?: \w+){0,4}) do to (the |my |our |her |his |an? )?(unborn )?(baby|babies|pregnancy|child|fetus|foetus)\b|"
        # "what are the dangers to an unborn baby from cervical insufficiency".
        r"(dangers?|harms?) (to|for) (an? |the |my |our |her |his )?(unborn |developing )?(baby|babies|fetus|foetus|child)\b|"
        # "my niece has spina bifida, what problems will she have".
        r"what (other )?(problems|issues|difficulties|health problems) (will|would|can|could|might|may|does|do) (it|this|that|they|he|she|i|we|you|\w+) (have|cause|face|bring|lead to)|"
        # Not "could the cause be hormones", where "cause" is a noun.
        r"(can|could) (it|this|that|they|[\w&]+(?: [\w&]+){0,5})(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bits)(?<!\bmain) (cause|lead to|result in|damage)|"
        # "can a heart-shaped uterus make the cervix open before its time".
        # Not "did I do something to make my cervix incompetent" (_DID_SOMETHING).
        + _NOT_DONE_BY_HER + r"(can|could|does|do|did|will|would|might|may) (?!" + _DID_SOMETHING + r")([\w-]+ ){1,4}make (your|my|her|the|a) (cervix|womb|uterus) (open|dilate|shorten|give way|weaken)\b|"
        # "can a D&C make your uterus weak", "does that make my cervix incompetent": one thing
        # leading to another (the search reads which of them is the subject).
        + _NOT_DONE_BY_HER + r"(can|could|does|do|did|will|would|might|may) (?!" + _DID_SOMETHING + r")(it|this|that|they|[\w&]+(?: [\w&]+){0,3}) (make|leave) (your|my|her|his|the|their|a) ([\w-]+ ){1,2}"
        r"(weak|weaker|weakened|incompetent|damaged|scarred|short|shorter)\b|"
        # Said, not asked: "a blog said treatment after a bad pap test can damage the cervix".
        r"(?<!what )(?<!which )(?<!that )(?<!who )\b(?!(it|this|that|they|what|which|who|i|you|we|he|she)\b)[\w&'-]+ (can|could|may|might) (cause|damage|lead to|result in) (a |an |the |your |my |her )?[\w'-]+|"
        # "could my wife's incompetent cervix make our baby come early".
        r"(make|makes|made) (the |my |our |her |his |their )?(baby|babies|child|him|her|them|me|you) (come|be born|arrive|deliver\w*) (early|too soon|too early|prematurely)|"
        # "does cracking your knuckles give you osteoarthritis" (read as causes when the effect is the subject).
        # Not what a doctor gives: "would they give you a stitch for a weak cervix" (treatment).
        r"(can|could|does|do|will|would) (?!you (please )?give me\b)(?!(they|doctors|nurses|midwives|(the|my|her|your) (doctors?|gp|ob|obgyn|nurses?|midwife|midwives|consultant|specialist|surgeon|hospital|clinic))\b)(\w+ ){1,4}give (you|me|people|someone|kids|children) (?!(a |an |the )?(shots?|injections?|medicines?|medications?|pills?|drugs?|vaccines?)\b)|"
        r"(can|could|will|does|do) (it|this|that|they|\w+(?: \w+){0,3}) (turn into|develop into|progress to)|"
        # "can you die from a kidney infection", "is sepsis deadly".
        r"(can|could|do|does) (you|i|people|someone|one|he|she|they|it|this|that) die (from|of)|"
        # "cervix weak, the baby will die?"
        r"(will|would|could|can|might|may) (the |my |our |her |his )?(baby|babies|child|fetus|foetus|he|she|they|i) die\b|"
        r"(baby|babies|child|fetus|foetus) (will|would|could|can|might|may) die\b|"
        # "does everyone with a weak cervix miscarry".
        r"(will|would|does|do|could|can|might|may) (\w+ ){0,6}miscarry\b|"
        r"(is|are) (it|this|that|they|\w+(?: \w+){0,2}) (fatal|deadly|life[- ]threatening|dangerous|harmful|serious)|"
        # How serious it is: "how serious is an incompetent cervix", "how bad is it to have a
        # weak cervix", "can it be life-threatening", "what's the worst that can happen".
        r"how (serious|dangerous|grave) (is|are|can)\b|how bad (is|are|can) (it|this|that|they|an? |the |my |her |his |their |having )(?!(pain|cramps?|cramping|symptoms?|bleeding|discharge|itch\w*|rash|swelling|smell)\b)|"
        r"(be|become|get|turn) (fatal|deadly|life[- ]threatening|dangerous)\b|the worst (that|thing that|which) (can|could|might|may|will) happen\b|"
        # "is an incompetent cervix a big deal for the bub".
        r"(is|are) (it|this|that|they|\w+(?: \w+){0,3}) an? (big|huge|serious|major) (deal|problem|issue|worry)|"
        # "is a heart murmur in a child something to worry about"; not "pressure and discharge,
        # is this something to worry about" (whether what shows needs a doctor).
        r"(is|are) (?!(this|it|that|these|those|they)\b)(an? |the )?[\w'-]+( [\w'-]+){0,5} (something|anything) to (worry|be worried|be concerned|fret) about|"
        # "can I just ignore a diagnosis of cervical insufficiency".
        r"(can|could|should|do|does) (i|we|you|she|he|they) (just |simply |safely |really )?ignore (it|this|that|them|(a|an|the|my|her|his|their) (\w+ ){0,2}diagnosis)\b|"
        # "what happens if i don't use my cpap".
        r"what (happens|will happen|would happen|could happen) if (i|you|he|she|we|they) (don'?t|do not|doesn'?t|does not|stop|never|can'?t)|"
        r"(does|do|will|would) (it|this|that|they) (cause|lead to|result in|damage)|"
        r"(left|goes|go) untreated|if (it'?s|it is|they are|i don'?t|you don'?t) (not )?(get )?treat(ed)?|"
        # "what if nothing is done about a weak cervix".
        r"if nothing is done|what if (i|we|you|she|they) (do nothing|ignore it|don'?t treat it))\b",
        # Sites without a complications heading (NINDS, cancer.gov) answer what a condition
        # leads to in its outlook: "does a febrile seizure cause brain damage".
        r"\b(complications?|outlook)\b",
    ),
    "stages": (
        r"\b(stages?|staging|what stage)\b",
        r"\b(stages?)\b",
    ),
    "research": (
        # MedQuAD's NINDS and other sites answer "what research (or clinical trials) is being done for X".
        # "is any treatment being developed", "anything new in the pipeline".
        r"\b(research\w*|clinical trials?|trials?|studies|experimental|being developed|in development|in the pipeline|breakthroughs?)\b",
        r"\b(research|clinical trials?)\b",
    ),
    # Practical questions a health FAQ's overview never answers (see PRACTICAL_TYPES).
    "cost": (
        r"\b(costs?|price[sd]?|pricing|how much (is|are|does|do|will|would) .{0,40}(cost|charge|pay)|"
        r"how much (is|are) (a|an|the) (?!(frequency|incidence|prevalence|rate|chances?|risk|percentage|probability|likelihood|odds|number)\b)|cheap(est|er)?|afford\w*|expensive|fees?|pay for|"
        r"(insurance|medicare|medicaid) (cover|pay)\w*|covered by|"
        # "an orthodontist who takes payment plans", "can I pay in instalments".
        r"payment plans?|(pay|paying) (in|by) (instal+ments?|monthly)|financing options?|"
        # "is there a charge for a replacement prescription"; not "in charge of".
        r"(is there|are there|any) (a )?(charges?|fees?) (for|to)|(do|will|would) (they|you|i|we) (charge|be charged)|charged (for|to))\b",
        r"\b(costs?|prices?|paying|pay for|financial help|insurance)\b",
    ),
    "access": (
        # Not information: "where can I find information about Ehlers-Danlos syndrome".
        # "do you have a pharmacy on site": the building, not a condition.
        r"\b(on[- ]?site|do you have (a |an )?(pharmacy|chemist|cafeteria|canteen|caf[eé]|car park|parking|wi-?fi|lift|elevator|gift shop|cash machine|atm|chapel)\b|(?<!allowed )(?<!permitted )(?<!come )(?<!go )(?<!get )(?<!be )(?<!stay )near me|nearby|where (can|do|should|to) (i |we |you )?(buy|get|find)(?! (out|(some |more )?(information|info|literature|details|facts|resources|reading|articles?)|(the |a |an )?(\w+ ){0,2}(pages?|articles?|fact ?sheets?|leaflets?|guides?|guidance)\b))|"
        # Not time a treatment buys: "what are the contraction-stopping drugs meant to buy".
        r"(?<!meant to )(?<!supposed to )(?<!trying to )(?<!try to )buy(?! (us |her |me |you |them |the baby |some |more |a (few |little )?(more )?)?(time|weeks?|days?|months?)\b)|order online|"
        r"book (me |us |him |her )?(an? )?((\w+ ){0,2}(scan|ultrasound|mri|x-?ray|test|visit|consultation)|appointment)\b|"
        # Records handed over: "can I get my MRI images on a disc to take to another hospital".
        r"(on|onto) (a |an )?(disc|disk|cd|dvd|usb( stick| drive)?|memory stick)\b|to take to (another|a different|the other|my new) (hospital|doctor|clinic|specialist|gp)\b|opening hours|phone number|(give|tell|send) me (the |a )?(phone |telephone |contact )?number|brand|"

        # Services and their rules: "how long is the waiting list for a knee replacement",
        # "visiting hours", "can I bring my own food into the hospital".
        r"waiting (list|lists|times?)|wait(ing)? times?|visiting (hours|times)|"
        # Entertainment: "tell me a joke about doctors".
        r"(tell|know|hear) (me |us )?(a |any |some |another )?(good |funny |new )?(jokes?|riddles?)\b|"
        # Translation: "translate 'cervical cerclage' into Spanish", "how do you say cervix in Tagalog".
        r"translat(e|ed|ing|ion) .{1,60}\b(into|to|in) (\w+ )?(spanish|french|german|italian|portuguese|polish|russian|arabic|urdu|hindi|punjabi|bengali|"
        r"chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|tagalog|filipino|malay|indonesian|turkish|somali|swahili|english|another language|other languages)\b|"
        r"how (do|would|can) (you|i|we) say .{1,60} in (spanish|french|german|italian|portuguese|polish|russian|arabic|urdu|hindi|punjabi|bengali|"
        r"chinese|mandarin|cantonese|japanese|korean|vietnamese|thai|tagalog|filipino|malay|indonesian|turkish|somali|swahili|another language)\b|"
        # The word itself, not the subject: "how to spell cervix", "how do you pronounce
        # cerclage", "is it spelt cerclage or serclage".
        r"how (do|does|would|can|should|to|d'?you)( (you|i|we|one|they|people))? (spell?|spelt|pronounce)\b|(spelling|pronunciation) of\b|"
        r"(is|are) (it|that|this|they|\w+) (spelt|spelled|pronounced)\b|how (is|are) (it|that|this|they|\w+) (spelt|spelled|pronounced)\b|"
        # Work done for the visitor: "can you write my health class essay on puberty".
        r"(write|do|finish) (my|our|an?|the|this) (\w+ ){0,3}(essay|homework|assignment|paper|report|project)\b|"
        # Paperwork: "how do i renew my medicare card", "how to receive my refund check",
        # "how do i change my doctor's surgery" (a British GP practice).
        r"(renew|replace|cancel|change|switch|update) (my |a |the |our )?(\w+ )?(card|insurance|policy|plan|doctor'?s?( surgery| office)?|gp|pharmacy|appointment)\b|"
        r"refunds?|reimburse\w*|claim forms?|(transfer|move|send) (my |our |his |her |the )?(medical |health )?records|"
        # Privacy and the law: "is my dialysis nurse allowed to tell my employer about my condition".
        r"(allowed|permitted|able|legal) to (tell|share|disclose|pass on)|confidentiality|privacy|hipaa|(tell|inform) my (employer|boss|school|insurer)|(is it|is that) (legal|illegal|against the law)\b|"
        # "can you email me my last EKG result": records sent, not what they mean.
        r"(send|email|e-mail|text|mail|fax|post|forward) (me|us|him|her) (my|our|his|her|the) (\w+ ){0,3}(results?|reports?|records?|letters?|images?|notes|scans?)\b|"
        # "how do i get a copy of my child's vaccination record".
        r"(get|request|obtain|order) (a |an )?(\w+ )?(copy|copies) of|(send|email|e-mail|give|mail|fax|post) (me|us|him|her) (a |an )?(\w+ )?(copy|copies) of|"
        # "please send me the form to request my medical records".
        r"(send|give|email|mail|fax|post) (me|us) (the |a |an )?(\w+ )?forms?\b|(do|does) (you|your (\w+ )?(office|clinic|practice|hospital|surgery)) (accept|take) (new )?(patients|insurance|medicaid|medicare|\w+ insurance|credit cards?|cash|walk-?ins)\b|(request|access|see|view|obtain) (my|our|his|her|the) (medical |health )?records\b|"
        # A recipe is not a health answer: "recipe for a low sodium soup".
        r"recipes?|"
        # A picture is not a health answer: "can u send me a pic of a healthy poop".
        r"(send|show|give) me (a |an |some )?(pics?|pictures?|photos?|images?|videos?)\b|"
        # Products and careers: "best mattress for back pain", "how do i become a nurse".
        r"best (\w+ )?" + _PRODUCTS + r"\b|"
        # "memory foam or spring mattress for sciatica" (not "bugs in the mattress").
        r"(mattress(es)?|pillows?) (for|to help( with)?|that helps?)\b|"
        r"(become|becoming|train(ing)? to be|study(ing)? to be|career as) an? (nurse|doctor|physician|dentist|midwife|paramedic|pharmacist|surgeon|therapist|psychologist)|(nursing|medical|dental) school|"
        r"(bring|take) (my |our |your )?(own )?(food|things|stuff|phone|laptop|pets?|kids|children) (in)?to (the |a )?(hospital|clinic|ward|surgery)|"
        r"(how|where) (do|can|should) (i|we|you) find (a |an |the |my )?(good )?(doctor|dentist|gp|specialist|surgeon|clinic|hospital|pharmacy|therapist)|"
        r"best (doctor|dentist|gp|specialist|surgeon|clinic|hospital|pharmacy|therapist)s? (for|in|near)|"
        # "can you recommend a good weight loss pill": a product, not a health answer.
        r"(recommend|suggest) (me )?(a |an |any |some )?(good |great |safe |effective )?(\w+ ){0,2}(pills?|supplements?|products?|brands?|creams?|apps?|tablets?)|"
        # "recommend a good dermatologist in chicago".
        r"(recommend|suggest|know of) (a |an |me a |me an |any )?(good |great |local )?(\w+ )?(doctors?|dentists?|gps?|specialists?|surgeons?|clinics?|hospitals?|cent(er|re)s?|facilit(y|ies)|"
        r"therapists?|dermatologists?|cardiologists?|neurologists?|pediatricians?|paediatricians?|gynecologists?|psychiatrists?|"
        r"orthopedists?|chiropractors?|physiotherapists?|optometrists?|orthodontists?))\b",
        r"\b(where to (find|get|buy)|how to find)\b",
    ),
    # A medicine's own sheet: side effects, interactions, dose, storage, a missed dose.
    "medication": (
        # Not "side effects of chemotherapy": a treatment's, which its own page answers.
        r"\b(side[- ]effects?(?! (of|from|after) (the |my |her |his )?(chemo\w*|radiation|radiotherapy|surgery|treatments?|dialysis|transplants?|therapy))|adverse (effects?|reactions?)|interact\w*|"
        # Not "told to take it easy with cervical insufficiency".
        r"(take|taking|mix|mixing|combine|combining) (?!it easy\b|things easy\b|(a |some )?(break|rest|nap|walk|bath|shower)\b)\w+(?: \w+)? (with|and) \w+|"
        r"(drink|drinking|have|having) alcohol (on|with|while (on|taking))|"
        # Not "what dose that mean" ("does" mistyped).
        r"dos(e|es|age|ing)(?! (it|that|this|he|she|they|i|you|we)\b)|\d+ ?mg|how (many|much) (pills?|tablets?|capsules?)|"
        # "how much vitamin d should I take daily": a dose, which no overview gives.
        r"how (much|many) (?!(time|weeks?|days?|months?|years?|hours?|minutes?|leave)\b)(\w+ ){1,3}(should|can|do|must|may) (i|you|we|he|she|they) take(?! off| time| a break| it easy)|"
        r"stor(e|ed|ing|age) (my |the |your )?(insulin|medicines?|medications?|pills?|tablets?|drugs?|vaccines?)|"
        r"miss(ed)? (a |my )?(dose|pill)|forg(et|ot) (to take )?(a |my )?(dose|pill)|overdose|took too (much|many))\b",
        r"\b(side effects?|interactions?|dos(e|age)|storage|overdose|forget a dose|precautions)\b",
    ),
    # A pet's health: a health FAQ for people does not answer it ("my cat keeps sneezing").
    "animal": (
        # Not a person's question about an animal: "ringworm from my cat", "my dog bit me",
        # "should pregnant women clean the cat's litter box".
        # Nor a likeness: "a cry like a kitten", "a cough that sounds like a seal".
        r"\b((?<!from )(?<!by )(?<!with )(?<!like )(?<!as )(my|our|the|a) (cat|dog|puppy|kitten|pet|horse|rabbit|hamster|parrot|guinea pig|ferret)s?|vets?|veterinar\w*)\b"
        r"(?! bit| scratch|['’]?s? (litter|poop|feces|faeces|droppings|saliva|dander|fur|hair|bite|scratch))|"
        # A pet's behaviour: "how do I stop my cat scratching the sofa".
        r"\b(stop|keep|prevent|train) (my|our|the|a) (cat|dog|puppy|kitten|pet)s? (from )?(scratch|bit|chew|bark|lick|pee|poop|jump)\w*|"
        # Or why pets do it: "why do cats knead blankets".
        r"\bwhy (do|does) (my |our |the )?(cats?|dogs?|pupp(y|ies)|kittens?) (knead|purr|bark|wag|chase|lick|meow|howl|hiss|sniff|scratch|chew|dig)\w*",
        r"\b(veterinar\w*|pets?)\b",
    ),
    # Other people's stories: "cerclage success stories?", "short cervix and twins, anyone been
    # through it?". An approved answer is no one's experience.
    "experience": (
        r"\b(success stor(y|ies)|(any|anyone'?s|your|other (people|women|moms|mums|parents)'?s?) (experiences?|stories)|share (your|their) (experiences?|stor(y|ies))|"
        r"(has |did |have )?(anyone|anybody)( else)? (here )?(been through|gone through|go through|went through|had|have|tried|experienced|deal\w* with)\b|"
        r"(did|were) you (ever )?(go|went|get|got|feel|felt|deliver|end up|have to)\b)",
        r"\b(your stor(y|ies)|experiences of)\b",
    ),
    "lifestyle": (
        # Day-to-day questions: "is it safe to exercise", "should I avoid sex", "bed rest".
        r"\b(should (i|we|she) (avoid|stop|keep|still)|is it (safe|ok|okay|alright) to(?! ask\b)|is it (bad|unwise|wise|sensible) to (?!(have|be|get|need)\b)|"
        # "do I have to stop working with cervical insufficiency".
        r"(do|will|would) (i|we|she) (have|need) to (stop|avoid|give up|quit|cut down)|(stop|keep|keep on|carry on) working|"
        # "can I continue my office work with an incompetent cervix".
        r"(continue|carry on|keep (on )?(doing|going to)?) (with )?(my |her |our )?(\w+ )?(work|job|duties|routine|exercises?|training|classes)\b|"
        # A sport kept on with: "wanting to keep doing my netball", "keep playing tennis".
        rf"(continue|carry on|keep (on )?(doing|playing|going to)?) (with )?(my |her |our )?{_EVERYDAY_ACTIVITY}\b|"
        # "can I still work", and without the subject: "can still go work or not".
        # "can I still go bush walking", "can she still go swimming", "go to my work", "tend my garden".
        r"can (i |we |she )?(still )?(go (to (my |her |the )?)?)?(exercise|work|have sex|travel|fly|(bush ?|hill ?)?walking|hiking|tramping|running|jogging|swimming|cycling|biking|dancing|skiing|surfing|(horse )?riding|camping|(the |my )?gym|(do (the |my |some )?)?gardening|(tend|work in|do) (my |the )?garden|"
        r"drink(?! (alcohol|beer|wine) ((while|when) (taking|on)|on (medicines?|medications?|meds|pills|tablets|antibiotics)))|eat|lift|carry)|(?<!after )(?<!during )(sex|intercourse)|intimacy|have (sexual )?relations|make love|"
        # Sex as what to do, not as when a sign came: "bleeding after sex at 18 weeks, could
        # that be an incompetent cervix" asks about a sign. "finish inside", a vibrator,
        # touching down there: sexual activity too.
        r"(finish|finishing|come|cum) inside|vibrators?|sex toys?|touch(ing)? (me|her) down there|"
        # Slang and euphemism: "can hubby and me still do the deed", "no nookie", "are bedroom
        # activities off the cards".
        r"(do|doing) the deed|nookie|hanky[- ]panky|rumpy[- ]pumpy|bedroom (activities|activity|stuff|fun)|"
        # A religious fast: "can I still fast in Ramadan with a stitch in".
        r"can (i|we|she) (still )?fast\b|fasting (during|in|for|through) (ramadan|lent|yom kippur|navratri|the holy month)|"
        # Not "what's a cervical stitch when it's at home", the British "what is it".
        # "what precautions to take with a weak cervix" (not "precautions against" catching it);
        # "I work on my feet all day, is that OK with an incompetent cervix".
        r"precautions?\b(?! (against|to (avoid|prevent|stop)))|(is|are) (that|it|this|they) (ok|okay|alright|all right|fine|safe|wise|sensible|advisable|a good idea) (with|for|while|when|if) (a |an |my |her |the )?\w+|"
        # An everyday activity judged: "is a long car drive ok with a weak cervix", "is
        # dancing at a wedding a bad idea", "is standing all day at work bad for it".
        rf"(is|are|was|would) (a |an |the |my |her |our |some )?(\w+ ){{0,2}}{_EVERYDAY_ACTIVITY}\b( \w+){{0,5}}? (ok|okay|alright|all right|fine|safe|unsafe|allowed|a (bad|good|wise|silly|terrible) idea|bad|too much|risky|dangerous|harmful)\b|"
        # "lengths at the pool twice a week, still allowed with cervical insufficiency?".
        r"(still )?(allowed|permitted|off[- ]limits) (with|while|when|if|during)\b|"
        # "can I take a hot bath with a cerclage in", "can I ride my bike to work".
        r"can (i|we|she) (still )?(ride|drive|climb|dance|swim|cycle|hike|run|walk|jog|go on|go for|take|have) (a |an |the |my |her )?(\w+ )?(bike|bicycle|car|stairs|bath|shower|sauna|hot tub|jacuzzi|flight|plane|trip|holiday|vacation|walk|run|swim|ride|drive|journey)s?\b|"
        # Not what was done before ("my cervix is weak because I exercised too much"): a cause.
        # "pelvic rest", "modified activity": an obstetrician's words for restrictions.
        r"pelvic rest|(modified|restricted|reduced|limited) activit(y|ies)|activity (restrictions?|levels?)|(restrict|restricting|limit|limiting|reduce|reducing|modify|modifying) (my |her |your |physical )?activit(y|ies)|"
        # "my workouts, do they need to stop"; "with a weak cervix you should avoid".
        r"work ?outs?\b|(you|i|she|we) (should|must|need to|have to) avoid(?=\W*$)|"
        # "is it worth stopping the gym", "should I quit my gym classes".
        r"(stop|stopping|quit|quitting|give up|giving up|avoid|avoiding|skip|skipping|cut out|cutting out) (the |my |going to the |her )?gym\b|"
        # "is it worth resting more", "should I get more rest".
        r"(rest|resting|rested) more|more rest|"
        # "can I be doing my work at the market with weak cervix" (West African English).
        r"can (i|we|she) (still )?be (doing|going|working|carrying|lifting|selling|walking|cooking|cleaning)\b|"
        # "would cutting back on running make a difference", "can I still kneel to pray".
        # "can we still be close as a couple, you know, with a weak cervix".
        r"(be|being|stay|staying) close as a couple|"
        # "does it mean signing off work", "can I still stand all day in class", "walk 30 mins",
        # "hit the gym", "go for a surf", "do a bit of hoovering", "carrying crates", "is my
        # husband allowed near me", "are they still sending women to bed".
        r"sign(ing|ed|s)? (me |her |you |myself |herself )?off( work| sick)?\b|"
        r"can (i|we|she|he) (still )?(walk|stand|bend|hoover|vacuum|clean|cook|shop|jog|run|swim|dance|surf|kneel)\b|"
        r"(hit|hitting) the gym|go(ing)? (out )?for (a |my |her )?(surf|swim|run|walk|jog|ride|hike|bike ride)\b|"
        r"can (i|we|she|he) (still )?do (a bit of |a little |some |any |the |my |her )?\w+ing\b|"
        r"carry(ing)? (\w+ )?(crates|boxes|bags|shopping|loads|stock|parcels|toddlers?|kids|children|furniture)\b|"
        r"(allowed|permitted) (near|to touch) (me|her)\b|(send|sending|sent|put|putting) (women|woman|her|me|you|people|patients|mothers|mums|moms) (to bed|on bed ?rest)\b|"
        r"can (i|we|she|he) (still )?(continue|carry on)\b(?! (taking|to take|the pregnancy|(my|her|the) (medicine|medication|pills|tablets)))|"
        # Word for word from other languages: "which regime of life is recommended", "the
        # sexual life" (Russian rezhim, polovaya zhizn).
        r"(regime|regimen) of (life|the day)|(daily|life|living) regimen?\b|way of life|sex(ual)? life|"
        r"(cut|cuts|cutting) (back|down) on\b|kneel\w*|squat(s|ting)?\b|hobb(y|ies)|pastimes?|"
        # Time off work: "do I have to chuck a sickie for the rest of the pregnancy".
        r"(chuck|chucking|pull|pulling|throw|take|taking) a sickie|sick (leave|note)|(take|taking|need|needs|get|getting) (\w+ )?(time|weeks|months) off( work)?\b|"
        # "are spin classes off limits", "does hoovering put strain on a weak cervix", "does
        # carrying my toddler around all day have to stop".
        r"off[- ]limits|off the (table|cards|menu)|(put|puts|putting) (a |any |too much |extra )?strain on|(do|does|will|would|should|must) \w+ing\b( \w+){0,6} (have|has|need|needs) to (stop|be avoided|be given up|be limited)\b|"
        # "are there any herbal remedies for a weak cervix", "which home treatments are safe";
        # not "before trying natural remedies, how would I know" (background).
        r"(any|which|what|some|good|safe|best) (herbal|natural|traditional|folk|alternative|home) (remed\w*|treatments?|cures?|medicines?)|"
        # Keeping on with one's work or sport: "can I still do field training", "do I stop
        # running", "am I ok to keep flying long haul", "do I need to cut my hours", "any tips
        # to manage at work"; not "should I stop taking my progesterone" (a medicine).
        r"can (i|we|she|he) (still )?do (\w+ )?training\b|(do|should|must) (i|we|she) (stop|quit|give up|keep|cut back on|cut down on) (?!taking\b)\w+ing\b|"
        r"(ok|okay|alright|all right|fine|safe) to (keep|continue|carry on|go on) (?!taking\b)\w+ing\b|"
        r"(cut|cutting|reduce|reducing|drop|dropping) (down |back )?(on )?(my|her|our) (working )?(hours|shifts)\b|(work|working) (fewer|less|shorter) (hours|shifts)\b|go(ing)? part[- ]time\b|"
        + _TIPS_AT_WORK + r"|"
        # "I stand at a till all day, should I limit that".
        r"(should|must|do|need to) (i|we|she) (limit|restrict|reduce|cut down on|cut back on) (that|this|it|them)\b|"
        # "are there any activities I should limit".
        r"activit(y|ies) (i|we|she) (should|must|need to|ought to|have to) (limit|avoid|stop|cut out|cut back on|give up)\b|"
        r"exercis(?!ed\b)\w*|diet|bed ?rest|(stay(ing)?|(lie|lying|laying)) in (my |her |your |our )?bed|(lie|lying|laying) down (for|all)\b|(lie|lying|laying|stay|staying|stuck) on (the|my|a) (sofa|couch|settee) (for|all)\b|(stuck|kept|confined to) (lying|laying) (down|flat)|(lie|lying|laying|lay|stay|staying|kept) flat (for|all|the whole|until)\b|off (my|her|your) feet|put (my|her|your) feet up|lifestyle|home remed\w*|self[- ]care|(?<!it's )(?<!it is )(?<!its )(?<!they're )(?<!they are )at home|around the (house|home)|"
        # "what can I change to help her manage it": her own habits, not a doctor's treatment.
        r"what (can|could|should) (i|we|she|he) change\b|(changes?|adjustments?) (can|could|should) (i|we|she|he) make|lifting|heavy (things|objects|bags|loads|work)|(take|taking) (it|things) (easy|handy)|"
        # "everyday tips for living with a weak cervix", "coping day to day".
        r"(tips|advice) (for|on) living with|day[- ]to[- ]day|cop(e|es|ing) with|"
        # "as a wheelchair user, what everyday changes might help me manage it".
        r"(everyday|daily) (changes?|adjustments?|habits?)\b|"
        # "what can i do myself to manage it": self-care.
        r"(?<!blame )(myself|ourselves|on (my|our) own)\b(?! (to )?(a |an |the |my )?(doctor|gp|specialist|hospital|midwife|clinic))|"
        # "things to do yourself", "how can she look after herself"; not "stop yourself catching it".
        r"\bdo( \w+)? (for )?(yourself|herself)|(look after|take care of|care for|help) (yourself|herself)\b|"
        # Eating: "what food i should avoid", "which foods to eat".
        r"(what|which) (foods?|drinks?)( (should|can|must|to))?( (i|we|he|she))?( (should|can|must))? (avoid|eat|drink|take)|"
        # Not "what should i eat to bring it down": a measure treated by diet.
        r"what (should|can|must) (i|we|he|she) (eat|drink)\b(?! to (bring|get|lower|reduce|keep))|"
        # Keywords: "uc flare what to eat".
        r"what to (eat|drink)\b(?! to (bring|get|lower|reduce|keep))|"
        r"(i|we|he|she) (should|must|need to) (avoid|stop eating|not eat)|"
        # "what to avoid doing with a weak cervix"; not "what to avoid to not catch it" (prevention).
        r"(what|things) to avoid\b(?! (getting|catching|passing|spreading|to (not )?(get|catch|prevent|stop)))|"
        # "are we allowed to be intimate"; not "am I allowed to bring my husband" (a visit).
        r"(am|are|is) (i|we|she|he) (still )?(allowed|permitted) to(?! (tell|share|disclose|see|ask|bring|visit|park|record|eat or drink before|have (a |my )?(cop|visitor|record)))\b)\b",
        r"\b(lifestyle|home remed\w*|self[- ]care|living with|what to do for)\b",
    ),
}
# "What is X?" headings answer what a query asks with "what does X mean", "define X" (only when no other
# type is asked). A bare "what is/are" is not enough: "what are the odds…" asks something the patterns
# above may not know, and the overview should not then outrank the passage that answers it.
_OVERVIEW = (
    r"\b(what (does|dose) (?!(that|this|it) mean for\b).* mean|meaning of|what('s| is) (this|that|it|the) meaning|define|definition|(explain|describe) (to (me|her|him|them|us) )?(please )?what|does (that|it|this) mean(?! for (me|my|us|our|her|him|his|them|their|the|a|an|future|next)\b)|"
    # "kindly explain the problem in simple words".
    r"(explain|describe) (the |this |that )?(problem|condition|issue)\b|what (is|are) (this|that|the|these|those) (condition|disease|illness|disorder|syndrome)s?|(explain|describe) (it|this|that)( to (me|her|him|them|us))?(?=\W*$)|in (simple|plain|layman'?s|easy) (words|terms|english|language)|(explain|tell me|describe)( it| this| that)? like (i'?m|i am|im) (5|five|a (child|kid|5 year old|five year old))\b|\beli5\b|"
    # "the consultant said her cervix is incompetent and we didn't understand".
    r"(didn'?t|did not|don'?t|do not|couldn'?t|could not) (really |quite |fully )?understand\b(?! (why|how|when|whether|if)\b)|"
    # "left the clinic with no explanation of my diagnosis".
    r"\b(no |without (any |an? )?|never (got|given|had|received) (any |an? )?)explanations?\b(?! (why|how|when|whether|if|for why)\b)|"
    # "I left the clinic not understanding what an incompetent cervix is".
    # "the word incompetent feels so judgemental, what does the condition actually involve".
    # Not "what does that involve" after a measure named ("advised pelvic rest"): the measure's.
    r"what (does|do) (the|this|that) (condition|disease|illness|disorder|syndrome|diagnosis) (actually |really |exactly )?(involve|entail)\b|"
    # "I never understood what cervical incompetence was when they told me", looking back.
    r"(understand\w*|understood|know|knew|knowing|explain\w*|no idea|wonder\w*|ask|asks|asked|asking) what (an? |the )?([\w'-]+ ){0,4}[\w'-]+ (is|are|was|were)"
    r"(?=\W*$|\W+(when|after|back then|at the time)\b)|"
    # "…after chickenpox? what is it exactly".
    # Not "I need a cerclage, what is that exactly": the thing just named, maybe a treatment.
    # "right after my diagnosis, what exactly happens to the cervix": how it comes about.
    r"what (exactly |actually |really )?happens (to|with|in) (the|my|her|your) [\w-]+(?=\W*$)|"
    # "IC @ 4-6 mo, what happens exactly": what the condition does, closing the message.
    r"what (exactly |actually |really )?happens (exactly|actually)(?=\W*$)|"
    # "my cervix went from 35 mm to 15 mm in two weeks, what is happening".
    r"what('s| is) (actually |really )?(happening|going on)( (to|with) (me|her|it|my (body|cervix)))?(?=\W*$)|"
    # "what does the cervix do normally, and what goes wrong when it's incompetent".
    r"what (goes|is going) wrong (when|if|with|in)\b|"
    # "we said goodbye to our son, the doctors said weak cervix, what is it": the thing said.
    r"\b(said|says|called it|mentioned|told (me|us|her|him))\b[^.?!]{1,60}[,;:-]\s*what('s| is) (it|that|this)(?=\W*$)|"
    # "newly diagnosed with an incompetent cervix, what even is it".
    r"what (is|are) (it|they) (exactly|actually|really)(?=\W*$)|what (exactly|even|actually|really) (is|are) (it|they)\b(?! (used )?for\b)|"
    # "DH and I just got told I have an IC after our angel at 19w, what even is that".
    r"what (exactly|even|actually|really) (is|are) (that|this|those|these)(?=\W*$)|"
    # A follow-up that is the whole message: "but what actually is it?" (on a one-article
    # knowledge base, about its article; elsewhere it names nothing and is not answered).
    r"^\W*((and|so|but|ok|okay|right|then|well)\W+)*what (actually |even |really )?(is|are) (it|they)( (then|anyway))?(?=\W*$)|"
    r"(information|info|facts|literature|materials?|leaflets?|brochures?) (about|on|regarding)|information requests?|"
    r"(send|give|email) me (some |any )?(information|info|literature|materials?)|tell me (more )?about|(learn|know) (more )?about|"
    # "sono says funnelling at 22w - meaning?"; "help understanding what an incompetent cervix
    # means" (not "what it means for the baby").
    r"(?<!the )(?<!its )meaning(?=\W*$)|what (an? |the )?([\w'-]+ ){1,5}means\b(?! for\b)|"
    # Without the helper verb, as Caribbean and learners' English ask it: "they say I have
    # incompetent cervix, what that mean"; "incompetent cervix, meaning what?".
    r"\bwhat (that|this|it) means?(?=\W*$)|\bmeaning what(?=\W*$)|"
    # "which trimester does cervical insufficiency happen in": when it comes is in what it is.
    # "in what gestational window does an incompetent cervix typically dilate".
    r"(which|what) (trimester|month|week|stage( of pregnancy)?|(gestational )?(window|age)) (does|do|is|can|will) ([\w'-]+ ){1,5}"
    r"(happen|occur|start|begin|show up|develop|dilate|open)|"
    # "how many weeks pregnant are you when cervical insufficiency shows up".
    r"how (many|far) (weeks|months) (pregnant|along|gone|into (the |your |my |her )?pregnancy)( (are|is|am|were|was) (you|she|i|we|women|people|most women))? "
    r"(when|before|does|do|can|will) ([\w'-]+ ){1,5}((happen|occur|start|begin|develop|appear)s?|(show|shows) up)\b|"
    # "incompetent cervix, what's the deal with that": what it is.
    # Australian English: "what's the go with that".
    r"what('?s| is) the (deal|story|lowdown|scoop|score|go) (with|on) (it|this|that|them|these|those)(?=\W*$)|"
    # "is incompetent cervix a disease or just something that happens in pregnancy": what it is.
    r"(is|are) ([\w'-]+ ){1,4}an? (real |proper |actual )?(disease|illness|condition|disorder|syndrome|infection) or\b|"
    # "my mother-in-law insists a lazy cervix is an old wives' tale, is it a genuine condition".
    r"(is|are) (it|this|that|they) (even )?(an? )?(genuine|real|actual|proper|recogni[sz]ed|legit|legitimate) (condition|thing|diagnosis|disease|illness|disorder|medical condition)s?\b|"
    # "is there a name for it", "what is that called": the condition itself.
    r"is there a (medical |proper |real )?(name|term|word) for|what('s| is| are) (it|this|that|they) called|what do (you|they|doctors) call (it|this|that)|"
    # "incompetent cervix vs preterm labor, how are they different": what each one is.
    r"how (are|do|is) (they|these|the two|them|it) (differ|different)(?=\W*$)|"
    # "a stroke caused by bleeding in the brain. How is this different from a normal stroke?"
    # Not "what are pessaries and how are they different from a cerclage": treatments compared.
    r"how (is|does) (this|that|it) (\w+ )?(differ|different) (from|to|than)\b)\b",
    r"^\s*(what (is|are)( \(are\))? (?!the |some |my |your )|do you have information)",
)
# Asked alone, these cannot be answered by a passage of another type: "how much do hearing
# aids cost" is not answered by "What are hearing aids?", nor "side effects of metformin"
# by "What are drug reactions?". Search gives no approved answer when the best passage
# does not answer them.
# "heartbroken after a loss at 19 weeks, what is an incompetent cervix", "what exactly happens
# with an incompetent cervix": a closing question on a thing of a few words. It asks for the
# overview when the thing names the subject (kb/search.py decides: "what is a cerclage" asks
# about a treatment the article's treatment passage describes). The thing may be a long name
# ("maturity onset diabetes of the young") and be followed by what tells it apart ("what is
# HLH that comes after a viral infection"): only a thing that names the subject counts.
_WHAT_IS = re.compile(
    # "before I see the consultant, what actually is cervical insufficiency".
    # "like literally what happens with an incompetent cervix".
    r"(^\W*((like|literally|basically|honestly|seriously|okay|ok|so),? )*|[,.?!;:] ?|\b(and|so|but|then) )(what('s| is| are|s| (exactly|actually|really|even) (is|are)) (a |an )?|what (exactly |actually )?happens (with|in|to) (a |an |the )?)"
    r"(?P<thing>([\w'-]+ ){0,6}?[\w'-]+)( (that|which) [\w' -]+?)?( (then|anyway|exactly|again|when (it'?s|it is|they'?re|they are) at home))?"
    # Who brought it up, after the question: "what is an incompetent cervix, the new doctor mentioned it".
    r"(\W+(the|my|a|our|her|his) ([\w-]+ )?(doctor|gp|midwife|ob|obgyn|nurse|consultant|specialist|surgeon|report|letter) (mentioned|said|says|wrote|used|brought up|raised) (it|that|this)( \w+)?)?\W*$",
    re.IGNORECASE,
)


_PRONOUNS = frozenset({"it", "this", "that", "they", "these", "those", "them"})
_PREPOSITIONS = frozenset("with for in on at to from about after before during if when".split())


# Asking whether something is the condition, or the same as another, asks what it is:
# "my cervix measured 2.2 cm at 19 weeks, is that a weak cervix", "is a weak cervix the
# same as preterm labour" (again only when the thing names the subject).
# Not "pressure at 20 weeks, is it my cervix", "could it be a kidney stone": whether the
# symptoms are of it, which its symptoms answer.
_IS_IT = re.compile(
    r"\bis (that|this|it) (still |really |actually )?(a |an )?(?!(my|her|his|your|our|their|the|this|that)\b)(?P<thing>([\w'-]+ ){0,4}?[\w'-]+)\W*$",
    re.IGNORECASE,
)
# Also after what came before ("my cousin had preterm labour, is cervical insufficiency the
# same thing or not").
_SAME_AS = re.compile(
    r"(^|[,.;:!?]\s)\W*(is|are) (a |an |the )?(?!(that|this|it|they)\b)(?P<thing>([\w'-]+ ){0,4}?[\w'-]+) (just |really |actually )?"
    r"(the same( thing| condition)? as|another (word|name|term) for|the same( thing| condition)?\W*(or not|or (two )?(different|separate)( things| conditions)?)?\W*$)",
    re.IGNORECASE,
)
# "in Chinese medicine they talk about a weak womb, is that the same as an incompetent
# cervix": the thing it is likened to, named last.
_THAT_SAME_AS = re.compile(
    r"\b(is|are) (that|this|it|they) (just |really |actually |basically )?(the same( thing)? as|another (word|name|term) for) "
    r"(a |an |the )?(?P<thing>([\w'-]+ ){0,4}?[\w'-]+)\W*$",
    re.IGNORECASE,
)

# "what is an incompetent cervix, as opposed to normal cervical changes": what the first thing is.
_AS_OPPOSED_TO = re.compile(
    r"^\W*what('s| is| are) (a |an |the )?(?P<thing>([\w'-]+ ){0,4}?[\w'-]+)\W*\s(as opposed to|compared (to|with)|versus|vs\.?|rather than)\b",
    re.IGNORECASE,
)

# "how does a weak cervix differ from going into labour early", "what's the difference between
# cervical insufficiency and a short cervix": what the first thing is.
_DIFFERS_FROM = re.compile(
    r"^\W*(how (is|are|does|do) (a |an |the )?(?P<thing>([\w'-]+ ){0,4}?[\w'-]+) (differ|different)( from| to| than)?\b|"
    r"what('s| is) the difference between (a |an |the )?(?P<first>([\w'-]+ ){0,4}?[\w'-]+) and\b)",
    re.IGNORECASE,
)


def _thing_asked(question: str) -> str:
    """The thing a closing "what is X?" asks about, or "it" when there is none."""
    found = _WHAT_IS.search(question)
    return found.group("thing") if found else "it"


# No name: "is a weak cervix the same thing as placenta previa or is that something else".
_NO_THING = frozenset({"something", "something else", "something different", "different", "the same", "same",
                       "anything", "anything else", "normal", "true", "right", "possible"})


def _is_a_name(thing: str | None, clause_allowed: bool = False) -> bool:
    """Whether ``thing`` names something: not "something else", and (unless
    ``clause_allowed``) no clause such as "right with a weak cervix"."""
    return bool(thing) and thing.lower() not in _NO_THING and (clause_allowed or not _PREPOSITIONS & set(thing.lower().split()))


def is_it_asked(query: str) -> tuple[str, str] | None:
    """What came before a closing "…, is this X?" and X ("pressure down below at 21 weeks",
    "weak cervix"), or None."""
    found = _IS_IT.search(query)
    return (query[: found.start()], found.group("thing")) if found and _is_a_name(found.group("thing")) else None


def what_is(query: str) -> str | None:
    """The thing a closing "what is X" asks about ("an incompetent cervix"), or None;
    also the X of "is that X?", "is X the same as Y?", the Y of "is that the same as Y?" and
    the X of "how does X differ from Y?"."""
    for pattern in (_WHAT_IS, _IS_IT, _SAME_AS, _THAT_SAME_AS, _AS_OPPOSED_TO, _DIFFERS_FROM):
        found = pattern.search(query)
        thing = found and (found.group("first") if pattern is _DIFFERS_FROM and found.group("first") else found.group("thing"))
        # A name, not a clause: "is that right with a weak cervix" asks something else.
        if _is_a_name(thing, clause_allowed=pattern is _WHAT_IS):
            return thing
    return None


# Arrangements for a visit are a practical question, whoever is asked: "who do I ask about
# a wheelchair for my visit to the clinic" (not "what will they check at my visit"), and so
# is choosing who sees you.
_VISIT_ARRANGEMENTS = re.compile(
    r"\bfor (my|our|his|her|the|a) (visit|stay) (to|at|in) (the |a )?(clinic|hospital|surgery|practice|ward|centre|center)\b|"
    # Choosing who sees you: "can I request a female doctor for my next appointment".
    r"\b(request|ask for|choose|pick|have) (a |an )?(female|male|woman|lady|different|new|another) (doctor|gp|nurse|midwife|surgeon|consultant)\b",
    re.IGNORECASE,
)
PRACTICAL_TYPES = frozenset({"cost", "access", "medication", "animal", "experience"})
_QUERY = {name: re.compile(query, re.IGNORECASE) for name, (query, _) in _TYPES.items()}
_HEADING = {name: re.compile(heading, re.IGNORECASE) for name, (_, heading) in _TYPES.items()}
_OVERVIEW_QUERY, _OVERVIEW_HEADING = (re.compile(pattern, re.IGNORECASE) for pattern in _OVERVIEW)
TYPES = (*_TYPES, "overview")


# Switches for comparison runs: contagion also asks the overview; a lifestyle heading is no
# treatment heading.
CONTAGION_IN_OVERVIEW = True
LIFESTYLE_IS_NOT_TREATMENT = True
# A message's last question decides the types when it asks one: the background before it
# ("I want to get pregnant next year", "terrified of getting another one") is no question.
TYPES_FROM_LAST_QUESTION = True
_COST_FIRST = re.compile(r"^\W*(how much|(what is |what's )?the (cost|price)|(cost|price)s? of)\b", re.IGNORECASE)


def asks_cost_first(query: str) -> bool:
    """Whether ``query`` opens by asking a price ("how much is an MRI scan"): then it is a
    cost question whatever else its words ask ("scan" reads as diagnosis); a cost asked
    in passing after another question ("what treatments are there, and are hearing aids
    expensive") is not."""
    return bool(_COST_FIRST.search(query))


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# The words a question opens with (kb/search.py reads a line break before one as a sentence end).
QUESTION_OPENERS = r"(what|why|how|when|where|who|which|is|are|can|could|should|would|will|do|does|did|has|have)"
_QUESTION_START = re.compile(rf"^\s*{QUESTION_OPENERS}\b", re.IGNORECASE)


def last_question(query: str) -> str | None:
    """The last sentence of a message that asks something (None for a one-sentence query,
    or a message that asks nothing)."""
    sentences = [s.strip() for s in _SENTENCE.findall(query) if len(s.split()) >= 2]
    if len(sentences) < 2:
        return None
    for sentence in reversed(sentences):
        if sentence.endswith("?") or _QUESTION_START.match(sentence):
            return sentence
    return None


# "nobody is to blame, but what actually is an incompetent cervix": after a statement, a
# clause that opens with a question word is the question; the statement is background.
CLOSING_CLAUSE_ASKS = True
# Only after "but", and only a clause that names its own subject ("…, but how is it treated"
# leans on the statement).
_CLAUSE_BREAK = re.compile(r"[,;]?\s+but (?=(?:what|how|why|when|where|who|which)\b)", re.IGNORECASE)
_REFERS_BACK = re.compile(r"\b(it|this|that|they|them|these|those)\b", re.IGNORECASE)


def closing_clause_question(sentence: str) -> str | None:
    """The clause a statement-then-question sentence closes with ("…, but what is X"), or None."""
    parts = _CLAUSE_BREAK.split(sentence)
    if len(parts) < 2 or _QUESTION_START.match(parts[0]) or _REFERS_BACK.search(parts[-1]):
        return None
    return parts[-1]


# "stage 4", "stage IV": a stage the visitor names.
_NAMED_STAGE = re.compile(r"\bstage ?(\d|i{1,3}|iv|one|two|three|four)\b", re.IGNORECASE)


# Whether a condition passes between people: health FAQs answer it under causes ("How is
# it spread?") or in the overview (MedlinePlus: "You can't catch shingles from someone").
_CONTAGION = re.compile(rf"\b(contagious|catching|infectious|{_PASS_ON_WORDS})\b", re.IGNORECASE)


# "I have Ehlers-Danlos syndrome, can I pass it to my children?": to one's children it is
# inherited, whatever else passing it on would mean.
_TO_CHILDREN = re.compile(
    # "could we pass it to another child", "could she pass it on to her own children".
    rf"\b({_PASS_ON_WORDS} (my |our |his |her |their |another |any |a |future |the next )?(own )?((next|other|future|younger|unborn) )?(child|children|kids?|baby|babies|sons?|daughters?|offspring|grandchildren)|"
    # "we would like more children, will our next child have it too".
    r"(will|would|could|might|can) (our|my|her|his|their|the) (next|other|future|second|third|another|younger) (child|children|baby|babies|kids?|son|daughter) "
    r"(also )?(have|get|be born with|inherit|be affected)|"
    # "could his younger brother have it too".
    r"(will|would|could|might|can|does|do) (our|my|her|his|their|the) ((younger|older|little|big|baby|twin|other) )?(brother|sister|siblings?) "
    r"(also )?(have|get|be born with|inherit|be affected))\b",
    re.IGNORECASE,
)
# "the doctor says van der Woude syndrome. Will my children get it?": inherited, unless
# someone who is no blood relative has it ("my husband has shingles, will my children get
# it" asks whether it is catching).
# "my son had a brain AVM; the geneticist mentioned CM-AVM. Did I pass it to him?": passed
# to a child the message names, as the inheritance.
_PASSED_TO_THE_CHILD = re.compile(
    r"\b(my|our) (son|daughter|child|boy|girl|baby|kids?|children)\b.{0,200}\b(did|could|would|will|can|have|might) "
    r"(i|we|he|she|my (husband|wife|partner)) (have )?(pass|passed|hand|handed) (it|this|that)( on| down)? to (him|her|them)\b",
    re.IGNORECASE,
)
_WILL_MY_CHILDREN_GET_IT = re.compile(
    r"\b(will|would|could|might|can) (my|our|her|his|their) (children|kids?|sons?|daughters?|babies|grandchildren) (also |ever )?(get|have|inherit|be born with) (it|this|that|them)\b",
    re.IGNORECASE,
)
# "Our son has MNGIE. Neither of us is ill. How did he get it?": with healthy parents, how a
# child got a condition asks how it passes down (a recessive gene, a new mutation).
_PARENTS_UNAFFECTED = re.compile(
    r"\b(neither (of us|parent|of (his|her|their) parents)|none of us|nobody in (our|the|my) family|no one in (our|the|my) family) "
    r"(is|are|was|were|has|have|had) (it|this|that|ill|sick|affected|unwell|any (signs|symptoms))\b|"
    r"\bwe (are|were) both (healthy|well|fine|unaffected)\b",
    re.IGNORECASE,
)
_NO_BLOOD_RELATIVE = re.compile(
    r"\b(husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|friend|colleague|co-?worker|neighbou?r|classmate|room-?mate|flatmate|teacher|nanny)\b",
    re.IGNORECASE,
)
# "Will he be able to have kids?" (Klinefelter, Turner syndrome): GARD and GHR say it in the
# overview and the signs, under no heading of its own.
_FERTILITY = re.compile(
    r"\b((be able to|able to|ever) (have|father|bear|conceive) (kids|children|a child|a baby|babies)|"
    r"(can|could|will|would) (he|she|i|they|we) (ever )?(have|father|bear) (kids|children|a child|a baby|babies)|"
    r"(in)?fertil\w*|get pregnant)\b",
    re.IGNORECASE,
)
_LOWER_RISK = re.compile(rf"\b{_LOWER_RISK_WORDS}\b", re.IGNORECASE)
# "My father has Parkinson's, what are the chances I get it too": whether a blood
# relative's condition is passed on (not "my husband has shingles, will I get it too").
_BLOOD_RELATIVE = re.compile(
    r"\b(my|our) (\w+ )?(father|mother|dad|mum|mom|parents?|brothers?|sisters?|siblings?|twin|grand\w+|aunts?|uncles?|family)\b", re.IGNORECASE
)
_GET_IT_TOO = re.compile(
    # "my aunt had a weak cervix, could my mom get one too" ("one" arrives as "a": kb/dialects.py
    # reads Hawaiian Pidgin's "one weak cervix" as "a weak cervix").
    r"\b((will|would|could|might|am|are|is) (i|we|my (kids?|children|son|daughter|mom|mum|mother|sisters?|brothers?)) (be )?(going to |gonna )?(get|getting|have|develop|inherit) (it|this|that|them|one too|a too)\b|"
    r"\b(my (mom|mum|mother|sisters?|brothers?|kids?|children|son|daughter)|i|we) (could|might|will|would) (get|have|develop) (it|this|that|one|a) too\b|"
    # "my older sister had a weak cervix, does that mean i will too".
    r"\b(does|would|could) (that|this|it) mean (that )?(i|we|my (mom|mum|sisters?|daughters?|kids?|children)) (will|would|could|might|'ll)( (get|have|develop) (it|this|that|one|a))? too\b|"
    r"(chances?|odds|likelihood) (that )?(i|we|my (kids?|children|son|daughter)) (will |would |'ll )?(get|getting|develop|inherit|have) (it|this|that|them)\b)",
    re.IGNORECASE,
)


# A visitor who corrects themselves asks what follows the correction: "how do they
# diagnose, no wait, how do they treat a weak cervix", "what causes, sorry, what are the
# signs of it". Only a correction set off by commas or dashes after something already
# typed, and followed by a question's opening word ("sorry, what is it" at the start
# corrects nothing). False reads the whole query.
SELF_CORRECTIONS = True
_CORRECTION = re.compile(
    r"\S\s*[,;–—-]+\s*(?:(?:um|uh|er|erm|oh|actually|no)\s*,?\s+)?"
    r"(?:no wait|wait no|wait|hang on|hold on|sorry|i mean|i meant|scratch that|or rather|rather|correction|no)\s*[,;:–—-]+\s*"
    rf"(?={QUESTION_OPENERS}\b)",
    re.IGNORECASE,
)


# Spoken fillers ask nothing and break the patterns below: "can you like get it from a D&C
# or whatever", "okay so um how do they, like, test for it". "Like" only where it is no
# likeness: before a verb after a subject or helper verb ("is it like a period" keeps it),
# or set off at the start.
SPOKEN_FILLERS = True
_FILLERS = (
    (re.compile(r"(?<![\w'’-])(um+|uh+m?|erm+|er|hmm+|ahm)\b,?\s*", re.IGNORECASE), ""),
    (re.compile(r",?\s*\b(you know|or whatever|and stuff)\b(?=\W*(,|$))(\s*,)?", re.IGNORECASE), ""),
    (
        re.compile(
            r"\b(you|they|we|i|i'm|im|it's|is|are|do|does|did|can|could|would|should|will|so|and|but|just|literally|basically|okay|ok),? "
            r"like,? (?!(a|an|the|this|that|these|those|my|your|her|his|our|their|it|what|when|how|if|to|me|him|them|someone|something|anything)\b)",
            re.IGNORECASE,
        ),
        r"\1 ",
    ),
    (re.compile(r"(^\W*|, )like,? (?=(what|who|how|why|when|where|which|is|are|do|does|can|literally|basically)\b)", re.IGNORECASE), r"\1"),
)


# A letter's greeting and sign-off ask nothing: "Good evening doctor. … What is that
# exactly? Thank you and God bless.", "Dear sir, … Stay blessed.", "Hello, … Regards, Amina".
# Set aside before the question is read, so "doctor" in "Dear doctor" asks for no doctor.
SALUTATIONS_ASIDE = True
_ADDRESSEE = r"(doctor|doc|dr|sir|madam|ma|mam|ma'am|maam|sir/madam|sir or madam|team|all|everyone|nurse|there)"
_GREETING = re.compile(
    rf"^\W*((good (morning|afternoon|evening|day)|hello|hi|hey|greetings|dear|respected|hope you are well)( {_ADDRESSEE})*[\s,.!:;-]+)+",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"([\s,.!;-]+(many thanks|thanks( so much| a lot| in advance| in anticipation)?|thank you( so much| very much| in advance)?( and god bless( you)?)?|"
    r"god bless( you)?|stay blessed|(kind |best |warm )?regards(,? [A-Z][a-z]+)?|with thanks|awaiting your (response|reply)|"
    r"i will be grateful for your (response|reply|help)|your (reply|response) will be (highly |much |greatly )?appreciated|sorry for asking)\W*)+$",
    re.IGNORECASE,
)


# A forum's closing "TIA" (thanks in advance), after a sentence ends: read as a mini-stroke
# (transient ischemic attack), it would name a subject the visitor never asked about.
_THANKS_IN_ADVANCE = re.compile(r"(?<=[.!?])\s*\bTIA\W*$", re.IGNORECASE)


def without_thanks_in_advance(query: str) -> str:
    """``query`` without a closing "TIA" after its last sentence; "what is a TIA" is kept."""
    return _THANKS_IN_ADVANCE.sub("", query) if SALUTATIONS_ASIDE else query


def without_salutations(query: str) -> str:
    """``query`` without a letter's greeting and sign-off; the query itself when nothing is left."""
    if not SALUTATIONS_ASIDE:
        return query
    kept = _SIGN_OFF.sub("", _GREETING.sub("", query)).strip()
    return kept or query


# The impersonal "one" is the generic "you" the patterns read: "how would one know one's
# cervix is weak", "how does one get tested for it", "ought one to give up jogging".
IMPERSONAL_ONE = True
_NOT_THE_NUMBER = r"\b(?!['’]?s? (of|who|which|that)\b)"  # "how does one of the treatments work"
_ONE = (
    (re.compile(r"\b(if|when|once) one is\b", re.IGNORECASE), r"\1 you are"),
    (re.compile(r"\bdoes one" + _NOT_THE_NUMBER, re.IGNORECASE), "do you"),
    (re.compile(r"\bhas one" + _NOT_THE_NUMBER, re.IGNORECASE), "have you"),
    (re.compile(r"\bis one" + _NOT_THE_NUMBER, re.IGNORECASE), "are you"),
    (re.compile(r"\b(do|would|should|can|could|will|must|might|may|ought|if|when|once|how) one" + _NOT_THE_NUMBER, re.IGNORECASE), r"\1 you"),
    (re.compile(r"\bone['’]s\b(?= [a-z])", re.IGNORECASE), "your"),
)


def in_second_person(query: str) -> str:
    """``query`` with the impersonal "one" as "you" ("how does one get tested" -> "how do you get tested")."""
    if IMPERSONAL_ONE:
        for pattern, written in _ONE:
            query = pattern.sub(written, query)
    return query


def without_fillers(query: str) -> str:
    """``query`` without its spoken fillers ("um", "you know", a filler "like")."""
    if SPOKEN_FILLERS:
        for filler, kept in _FILLERS:
            query = filler.sub(kept, query)
    return query


def corrected_question(query: str) -> str:
    """What a query asks after its last self-correction ("what causes, sorry, what are the
    signs" asks "what are the signs"); other queries unchanged."""
    found = list(_CORRECTION.finditer(query)) if SELF_CORRECTIONS else []
    return query[found[-1].end() :] if found else query


# Tags that end a question in colloquial and Southeast Asian English ask nothing themselves:
# "can cure or not", "many people have meh", "why my cervix become weak ah"; London's and
# West Africa's closing "innit", "or nah", "ei", "chale".
_QUESTION_TAG = re.compile(r"[\s,]*\b(or not|or no|or nah|ah|lah|leh|meh|lor|hor|huh|innit|ei|chale)\b(?=\W*$)", re.IGNORECASE)
STRIP_QUESTION_TAGS = True
# An English tag question asks what its statement says, in question order: "you wouldn't
# feel anything with an incompetent cervix, would you?" asks "would you feel anything";
# "it's not something you're born with, is it?" asks "is it something you're born with".
# The negation is the visitor's guess, not part of the question. False reads the statement.
TAG_QUESTIONS = True
_AUXILIARIES = r"is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|must|might"
_ENGLISH_TAG = re.compile(
    r",\s*(?:(?:(?:" + _AUXILIARIES + r")(?:n'?t| not)?|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|can'?t|won'?t)"
    r"\s+(?:it|they|you|i|we|he|she|there|that|this)|right|correct|true|yeah)\s*\?+\s*$",
    re.IGNORECASE,
)
_CONTRACTIONS = (
    (re.compile(r"\b(it|that|there|this|what|he|she)['’]s\b", re.IGNORECASE), r"\1 is"),
    (re.compile(r"\b(you|we|they)['’]re\b", re.IGNORECASE), r"\1 are"),
    (re.compile(r"\bcan['’]?t\b", re.IGNORECASE), "can not"),
    (re.compile(r"\bwon['’]?t\b", re.IGNORECASE), "will not"),
    (re.compile(r"\b(" + _AUXILIARIES + r")n['’]?t\b", re.IGNORECASE), r"\1 not"),
)
# Only a negated statement is turned: in "nothing I did made it weak, did it?" the first
# auxiliary is not the statement's.
_STATEMENT = re.compile(r"^\W*(?P<subject>[^,;:.!?]+?) (?P<auxiliary>" + _AUXILIARIES + r") not (?P<rest>.+)$", re.IGNORECASE)


# Typed without its comma and question mark ("a D&C can't really cause it can it"), a tag is
# read only after a negated statement, or as a negated tag after a statement: "how long
# can it" and "what type is it" end in no tag.
_BARE_TAG = re.compile(
    r"\s+(?:(?P<negated>isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|doesn'?t|didn'?t|can'?t|won'?t|wouldn'?t|couldn'?t|shouldn'?t)|"
    r"(?:" + _AUXILIARIES + r"))\s+(?:it|they|you|i|we|he|she|there|that|this)\s*$",
    re.IGNORECASE,
)


def tag_question_asked(query: str) -> str:
    """The question a tag question asks, in question order; other queries unchanged."""
    tag = _ENGLISH_TAG.search(query) if TAG_QUESTIONS else None
    if not tag and TAG_QUESTIONS and (bare := _BARE_TAG.search(query)):
        statement = query[: bare.start()]
        for contraction, written in _CONTRACTIONS:
            statement = contraction.sub(written, statement)
        if found := _STATEMENT.match(statement):
            return f"{found['auxiliary']} {found['subject']} {found['rest'].rstrip(' ,')}?"
        if bare["negated"] and not _QUESTION_START.search(statement) and len(statement.split()) >= 3:
            return query[: bare.start()].rstrip(" ,") + "?"
        return query
    if not tag:
        return query
    statement = query[: tag.start()]
    for contraction, written in _CONTRACTIONS:
        statement = contraction.sub(written, statement)
    found = _STATEMENT.match(statement)
    if not found:
        return statement + "?"
    return f"{found['auxiliary']} {found['subject']} {found['rest']}?"


# "D&C -> weak cervix later??": shorthand for whether one thing leads to another; not an
# arrow to a question ("weak cervix -> what now").
_ARROW = re.compile(
    rf"^\W*(?P<cause>[^<>=→]+?)\s*(?:-+>|→|=>)(?!\s*{QUESTION_OPENERS}\b)\s*(?P<effect>[^<>=→]*\w[^<>=→]*)$", re.IGNORECASE
)
ARROWS_ASK = True


def arrow_asked(query: str) -> str:
    """"X -> Y?" as the question it asks ("can X lead to Y?"); other queries unchanged."""
    found = _ARROW.match(query) if ARROWS_ASK else None
    # Not an arrow to what is asked about it: "cervical insufficiency → treatment options".
    if not found or _types(found["effect"], _QUERY, _OVERVIEW_QUERY):
        return query
    return f"can {found['cause']} lead to {found['effect']}"


# "need to take blood out every month, why?", "doctor do ultrasound for measure cervix
# length, why?": the reason for a treatment or a test, which its own passage gives.
_TRAILING_WHY = re.compile(r"\bwhy\W*$", re.IGNORECASE)
_ADVICE = re.compile(
    r"\b((need|needs|have|has|had|must|want|wants|told|asked) (me |her |him |us |them )?to|"
    # "doctor tell me lie on left side. why".
    r"(tell|tells|say|says|said) (me|her|him|us|them) (to )?(lie|rest|stay|take|stop|avoid|use|wear|keep|go|do|eat|drink)\b|"
    r"(doctors?|dr|they|specialists?|surgeons?|midwife|ob|nurse|hematologists?|\w+ologists?) "
    r"(do|does|did|want|wants|wanted|order\w*|gave|give|gives|put|puts|took|take|takes|recommend\w*|suggest\w*|prescrib\w*))\b",
    re.IGNORECASE,
)
# The treatment's devices and operation as visitors name them, for the patterns below and
# _WHY_AN_OPERATION_IS_DONE.
_DEVICE_WORDS = r"cerclage|pessary|pessaries|stitch|stich"
# "What does that mean" after a device or operation is named asks what it is, which the
# treatment answers: "the doctor said they will tie the cervix, what does that mean", "they
# want to put in a stitch, what does it mean". Not a condition named: "they said my cervix is
# short, what does that mean" asks about the cervix. So does what it does, after other
# people's stories are asked: "has anyone had a pessary for a weak cervix, what does it do?"
_DEVICE_MEANT = re.compile(
    rf"\b(ring|{_DEVICE_WORDS}|shunt|stent|(tie|ties|tied|tying) (up )?(the|my|her|your) cervix)\b"
    r"[^.?!]{0,60}\bwhat (does|do) (that|it|this|they) (mean|do)\W*$",
    re.IGNORECASE,
)
# Information asked about an operation or a device is the treatment's: "I would be grateful
# for information on cervical cerclage", "tell me about the pessary", "I don't understand
# what a cerclage is".
_ABOUT_A_DEVICE = re.compile(
    r"\b(information|info|details|more|tell me|know|read|learn|explain) (on|about|regarding) (the |a |an )?"
    rf"(cervical |transvaginal |abdominal |mcdonald |shirodkar )?({_DEVICE_WORDS})\b|"
    # "I dont understand what a cerclage is".
    rf"\bwhat (a |an |the )?(cervical )?({_DEVICE_WORDS}) (is|are|was|were)\b",
    re.IGNORECASE,
)
# What a described sign points to asks which condition it is, not its signs: "painless
# cervical dilation in the second trimester with a bulging sac is a sign of what".
_SIGN_OF_WHAT = re.compile(r"\b(is|are|could be|might be) (an? |the )?(signs?|symptoms?|indications?) of what\W*$", re.IGNORECASE)
# A personal consultation, which no FAQ gives: "dear doctor can you check my blood test
# result i attach" (an access question, not one about tests).
_CONSULTATION = re.compile(
    # Not "can they check my cervix with a scan" or "at scans": how something is checked, a test.
    r"\b((check|look at|review|read) (my|our|his|her) ((?!(with|using|by|via|through|on|at|during)\b)\w+ ){0,3}(results?|reports?|x-?rays?|scans?|mri|ct)|"
    r"(i |i'?ve |i have )attach(ed)?|(see|find|please find) attached)\b",
    re.IGNORECASE,
)
# Billing codes, which support staff look up elsewhere: "ICD-10 code for hives", "CPT code
# colonoscopy", "diagnosis code for gout".
_BILLING_CODE = re.compile(r"\b(icd|cpt|hcpcs|billing|diagnos\w*|procedure)[- ]?(9|10|11)?(-cm)? codes?\b", re.IGNORECASE)
# "lost his sense of smell, will it come back": what was lost returning, the outlook; not a
# condition recurring (prevention).
_LOST_COMING_BACK = re.compile(
    r"\b(lost|loss of|losing|lose) (his |her |my |their |the |your |our )?(sense of \w+|hearing|voice|sight|vision|eyesight|taste|smell|hair|memory|"
    r"appetite|periods?|balance|feeling|sensation|speech)\b.{0,80}\b(will|would|does|can|could|is) (it|they|this|that|his \w+|her \w+|my \w+) (ever |likely to |going to )?(come|comes|coming) back\b",
    re.IGNORECASE,
)
# "what is the long-term outlook? can it come back?": asked with the outlook, a relapse is
# part of how it goes, not something to prevent.
_COMING_BACK = re.compile(r"\b((coming|comes?|came) back|recurr\w*|relaps\w*)\b", re.IGNORECASE)
# "what questions should I ask my OB to find out if my cervix is incompetent", "I want to ask
# the doctor if my tear is to blame": what to ask a doctor is what the rest of the message
# asks, not when to see one (the visitor is seeing one).
_QUESTIONS_FOR_THE_DOCTOR = re.compile(
    r"\b(what (questions |things )?(should|do|can|could|would|must|shall) (i|we) ask|(questions|things) (to ask|for)|"
    r"(want|wanted|need|meaning|going|planning|plan) to ask|will ask|worth asking) (a |an |the |my |our |her |your )?"
    r"(doctor|doc|dr|gp|physician|midwife|ob|obgyn|ob-gyn|gyn|gyn(a)?ecologist|obstetrician|consultant|specialist|nurse)\b",
    re.IGNORECASE,
)
# "what happens next after they find a short cervix", "what do they usually do next if it keeps
# shortening": what is done about it, the treatment; the finding is the situation. "The next
# step to confirm it" is the diagnosis.
_WHAT_NEXT = re.compile(
    r"\bwhat (happens|comes) next\b|\bwhat(['’]s| is) next\b|"
    r"\bwhat (do|will|would|does|did) (they|doctors?|the doctors?|the (ob|midwife|consultant|hospital|team)) (usually |normally |typically )?do next\b",
    re.IGNORECASE,
)
_NEXT_TO_CONFIRM = re.compile(
    r"\bnext (step|thing)s? (is |are |would be )?(to|for|in) (confirm\w*|diagnos\w*|find(ing)? out|check\w*|test\w*)\b", re.IGNORECASE
)
# "how to know when cervix pressure means calling the doctor", "how do I know when to call":
# when to act on it, which the doctor passage answers; knowing is no symptoms question here.
_KNOW_WHEN_TO_ACT = re.compile(
    r"\bhow (to|do (i|you|we)|would (i|you|we)|can (i|you|we)|will (i|you|we)) (know|tell) when\b(?=.{0,60}\b(call\w*|ring\w*|phon\w*|see\w*|go(ing)?|contact\w*|seek\w*)\b)",
    re.IGNORECASE,
)
# "how long does the cervix stay stitched closed", "how long before delivery is the cerclage
# taken out": how long a treatment lasts, not how the condition goes ("how long" alone).
# Not how long one lives after it ("how long will I live after chemo": the outlook).
_HOW_LONG = re.compile(r"\bhow long\b(?!(\W+[\w'-]+){0,4}?\W+(live|living|survive|surviving)\b)", re.IGNORECASE)
_TREATMENT_WORDS = (
    r"(stitch(es|ed)?|cerclages?|pessar(y|ies)|bed ?rest|treatments?|medicines?|medications?|"
    r"antibiotics?|chemo(therapy)?|radiotherapy|radiation( therapy)?|physio(therapy)?|injections?|casts?|splints?|braces?|drains?|catheters?)"
)
_HOW_LONG_A_TREATMENT = re.compile(
    r"\bhow long\b(\W+[\w'-]+){0,5}?\W+" + _TREATMENT_WORDS + r"\b|"
    # The treatment named first: "the cerclage (stitch) - how long does it stay in".
    r"\b" + _TREATMENT_WORDS + r"\b.{0,40}\bhow long (does|do|will|would|can|should|is|are) (it|they|that|this) (stay|last|remain|be left|be kept)\b",
    re.IGNORECASE,
)
# "what are the chances of cure for childhood ALL", "cure rate": how it goes, which the
# outlook gives; a treatment question only when treatment is asked besides.
_CURE_CHANCE = re.compile(r"\b(chances? (of|for) (a )?(cure|being cured)|cure rates?|odds of (a )?cure)\b", re.IGNORECASE)
# After a test is named, "what is it for?" asks what that test is for (or what the rest of
# the message asks), not a treatment.
_WHAT_IS_IT_FOR = re.compile(r"\bwhat('?s| is| are) (it|they|that|this) (used |needed |done )?for(?=\W*$)", re.IGNORECASE)
_TEST_NAMED = re.compile(rf"\b({_TEST_WORDS})\b", re.IGNORECASE)
# "cervix weakened by a cone biopsy, will it hold a pregnancy" asks about the cause when it
# asks nothing else; "how would a cervix weakened by a hard delivery be handled" asks treatment.
_DONE_BY = re.compile(r"\b(weakened|damaged|brought on|triggered) by\b", re.IGNORECASE)
# "can men get breast cancer", "do kids get gout": whom it affects, which the risk heading
# and the overview both answer.
_WHO_GETS = re.compile(
    r"\b(can|do|does|could) (men|women|males|females|kids|children|babies|infants|teens|teenagers|toddlers|young people|older people|the elderly) "
    r"(also |ever |really )?(get|have|develop)\b|"
    # "is it true that only women who had many babies get it", "every woman who had a LEEP gets a weak cervix".
    r"\b(only|mostly|mainly|just) (women|people|men|mothers|mums|moms|girls|those) (who|that|with)\b|"
    r"\b(every|each) (woman|person|man|mother|mum|mom|girl) (who|that)\b",
    re.IGNORECASE,
)
# "why a cervix would be called incompetent", "why is it called a lazy eye": what the name
# means, which is what the thing is, not its cause.
_WHY_CALLED = re.compile(
    r"\bwhy (is |are |was |were |would |do |does |did )?(it |they |this |that |(an? |the |my |her )?[\w-]+ )?(\w+ )?(be )?(called|named|termed|labell?ed|known as)\b|"
    r"\bwhy (do|does|did|would|will) (they|doctors|docs|people|you|we|the doctors?) (\w+ )?call (it|this|that|them|an? |the |my |her )",
    re.IGNORECASE,
)
# "life expectancy after a heart failure diagnosis": the diagnosis is the situation, not the question.
# A test's result as the background, not how it is diagnosed: "the scan said my cervix is
# funneling, what does that even mean", "ultrasound showed amniotic bands… what happens now?".
_TEST_RESULT = re.compile(
    r"(^\W*|\b(the|my|his|her|their|our|a|an|this|that|last|recent|and|but|so|then) )(?!(what|which|how|does|do|did|can|could|will|would|is|are)\b)(\w+ )?([\w’]+['’]s )?"
    # "scan today showed my cervix is funnelling, what do they usually do now"; "my friend
    # Priya's scan says incompetent cervix, what does that mean"; "born with ambiguous
    # genitals and genetic testing points to 17-beta hydroxysteroid dehydrogenase 3
    # deficiency, what is this condition".
    r"(scans?|ultrasounds?|tests?|testing|mri|x-?rays?|ct|biops(y|ies)|endoscopy|screening) ((today|yesterday|this morning|this week|last week) )?"
    r"(said|says|showed|shows|found|came back|revealed|reveals|points? to|pointed to|suggests?|suggested|confirms?|confirmed|indicates?|indicated)\b",
    re.IGNORECASE,
)
# A test as a time, not the question: "in case my cervix is short at the next scan, what are the options".
_TEST_AS_TIME = re.compile(
    r"\b(at|after|before|by|until) (the |my |her |his |our |your )?(next|last|first|second|third|\d+ ?(week|wk)s?|anatomy|dating|booking) (scan|ultrasound|check|check-up|appointment)\b|"
    # What a scan found is the situation: "cervix measuring short at the scan today, what
    # will they do to fix it".
    r"\b(measur\w*|looked|looking|showed|shown|found|seen|spotted|came up) (\w+ ){0,2}(at|on|during) (the|my|her|today'?s|yesterday'?s) (\w+ )?(scan|ultrasound|check|check-up)\b|"
    # A test under way is the situation: "the doctors are testing for Wiskott-Aldrich
    # syndrome, what causes it genetically".
    r"\b(are|is|were|was|been|being) (now |currently |still )?(testing|checking|screening) ((him|her|me|us|them|my \w+|our \w+) )?for\b",
    re.IGNORECASE,
)
# A school exam is no diagnosis question: "for my midwifery exam, what is the incidence of X".
_STUDY_EXAM = re.compile(
    r"\b((for|in) (my|our|an?|this|next|tomorrow'?s) (\w+ ){0,2}(exams?|boards|finals|quiz(zes)?|tests?)|(studying|revising|revision|prepping|cramming) for (\w+ ){0,2}(exams?|boards|finals|tests?))\b",
    re.IGNORECASE,
)
# A treatment had in the past is the background: "I had cervical cancer treatment years ago,
# can that cause an incompetent cervix" asks about a cause.
_TREATMENT_HAD = re.compile(
    r"\b(had|have had|having had|got|received|underwent|after|since|following) (a |an |the |my |some |his |her )?(\w+ ){0,3}(treatments?|therap(y|ies)|surgery|operation)"
    r"( (for|on) (\w+ ){1,3}?)?( (years?|months?|weeks?|days?) ago| (back|before|earlier|previously))?\b|\b(treatments?|therapy|surgery|operation) (\w+ ){0,2}ago\b|"
    # "my cervix was never fixed last time, what weakened it to begin with".
    r"\b(was|were) (never |not )?(fixed|repaired|treated)\b",
    re.IGNORECASE,
)
# "when should I book a doctor visit if I'm planning a pregnancy": when to see the doctor,
# not a booking to be made.
_WHEN_TO_BOOK = re.compile(
    r"\bwhen (should|do|must|would|to) ((i|we|she|he|you) )?(book|make|get|schedule|arrange) (a |an |my |her |his )?"
    r"((doctor|doctor'?s|gp|medical|midwife|ob|obgyn|specialist) )?(visit|appointment|check-?up)\b",
    re.IGNORECASE,
)
_DIAGNOSIS_HAD = re.compile(
    r"\b((after|since|following|with|given|got|get|received|ignore|ignored|ignoring) (a |an |the |my |his |her |their |this )?|(of|about) (my|his|her|their|our) )(\w+ ){0,3}diagnosis\b|"
    # "the current diagnosis is cervical insufficiency, explain to me what it is".
    r"\b(the|my|his|her|their|our) (current |final |official |new |actual )?diagnosis (is|was|came back as|says)\b|"
    # "will they put me on bed rest after they diagnose cervical insufficiency".
    r"\b(after|once|since) (they|doctors|the doctors?|my doctor|the (midwife|consultant|hospital)|you) (\w+ )?(diagnose|diagnoses|diagnosed|confirm|confirms|confirmed)\b",
    re.IGNORECASE,
)
# "best pregnancy pillow for bed rest", "best cream for …" opening a question: a product pick,
# whatever the rest asks.
_PRODUCT_FIRST = re.compile(
    r"^\W*((what|which)('s| is| are)? (the |a )?|any )?best (\w+ ){0,2}(" + _PRODUCTS + r"|creams?|lotions?|oils?|belts?|bras?|vitamins?|supplements?)\b",
    re.IGNORECASE,
)
# "what are the risks for her": the dangers to someone, what the condition leads to. Not "my
# mum took DES, is that a risk for me": whether something named is a risk factor.
_RISKS_TO_SOMEONE = re.compile(
    r"(?<!\bthat a )(?<!\bthis a )(?<!\bit a )\brisks? (for|to) (her|him|me|them|us|my \w+|our \w+|the baby|the fetus|my baby)\b|"
    # "is the baby at risk if I bleed": what it leads to. Not "did my DES exposure put my
    # baby at risk": whether a cause leads to it.
    r"\b(is|are) (the|my|our|her) (baby|babies|pregnancy|unborn (baby|child)|fetus|foetus) at risk\b(?! (of|for) (getting|having|developing|inheriting))",
    re.IGNORECASE,
)
# "at what stage is the stitch put in": a time in the pregnancy, not a disease's stage.
# Not "at what stage is my lung cancer", which asks the stage.
_AT_WHAT_STAGE = re.compile(
    r"\b(at|by|from|until|till) (what|which) stage\b(?! (is|are|was|were) (my|his|her|their|your|our|the) (\w+ )?"
    r"(cancer|tumou?rs?|lymphoma|leuka?emia|melanoma|sarcoma|carcinoma|disease|illness|condition)\b)",
    re.IGNORECASE,
)
# "clotting gene prothrombin 20210 what is it": a name, then what it is. The name's words
# (gene) may ask something of their own; the closing question asks the overview too.
_CLOSING_WHAT_IS_IT = re.compile(r"\w\W* what (is|are) (it|this|they)\W*$", re.IGNORECASE)
# "My scan shows an incompetent cervix. What is that exactly?": what a test found.
_WHAT_WAS_FOUND = re.compile(r"\w\W* what (is|are) (it|this|that|they)( exactly| precisely| actually)?\W*$", re.IGNORECASE)
# "how will they check my cervix length, is it painful": the pain of the check just asked about.
_PAIN_OF_IT = re.compile(r"\b(is|does|will|would) (it|that|this) (be |even )?(hurt|painful|sore|uncomfortable)\b", re.IGNORECASE)
# "I want buy medicine for polycythemia online cheap": shopping, not a treatment question.
_BUYING = re.compile(r"\b(buy|buying|purchase|order online)\b", re.IGNORECASE)


# "why does a weak cervix make you pee so often": why a sign comes, which the signs answer
# (they list it), not what causes the condition.
# "what other symptoms can this disease cause", "which signs does it give": the symptoms
# asked, not its causes nor what it leads to.
_SIGNS_IT_CAUSES = re.compile(
    r"\b(what|which) (other |else |more |further |additional )?(symptoms?|signs?)( and symptoms?)? "
    r"(can|could|does|do|did|might|may|will|would) (\w+ ){1,5}(cause|give|bring on|produce)\b",
    re.IGNORECASE,
)

# "mucus discharge increased a lot at 19 weeks, could that be from my cervix opening": whether
# a sign comes from it, which its signs answer (they list it), not what causes it.
_A_SIGN_FROM_IT = re.compile(
    r"\b(discharge|bleeding|spotting|pressure|cramps?|cramping|mucus|fluid|leak\w*|peeing|weeing|urinat\w*|pain|aches?)\b[^.?!]{0,80}"
    r"\b(could|can|might|may|would|is) (that|this|it|these|those|they) (be )?(from|due to|caused by|because of|coming from)\b",
    re.IGNORECASE,
)

# "at 23 weeks I've had a gush of warm fluid twice today, what should I do": a sign happening
# now, then what to do about it, asks when to see the doctor, not the treatments ("what can
# I do at home" stays day-to-day care).
_A_SIGN_THEN_WHAT_TO_DO = re.compile(
    r"\b(gush\w*|fluid|bleeding|bled|spotting|leaking|leaked|discharge|pressure|cramps?|cramping|contractions?|waters)\b[^?!]{0,80}"
    r"\bwhat (should|do|shall|must) (i|we|she) do( now| next)?(?=\W*$)",
    re.IGNORECASE,
)

_WHY_A_SIGN = re.compile(
    r"\bwhy (does|do|did|would|can|could|might) (\w+ ){1,4}(make|makes|give|gives) (you|me|her|him|them|us|people|women|one) (\w+ ){0,2}"
    r"(pee|wee|urinate|bleed|ache|hurt|itch|itchy|sick|tired|thirsty|dizzy|cramps?|cramping|leak|vomit|cough|sweat|pressure|discharge)\b",
    re.IGNORECASE,
)


def query_types(query: str) -> frozenset[str]:
    """The question types a query asks about (empty: none stated, e.g. a bare condition name)."""
    query = in_second_person(without_fillers(without_salutations(corrected_question(query))))
    if STRIP_QUESTION_TAGS:
        query = _QUESTION_TAG.sub("", _QUESTION_TAG.sub("", query))
    query = tag_question_asked(arrow_asked(query))
    question = last_question(query) if TYPES_FROM_LAST_QUESTION else None
    if CLOSING_CLAUSE_ASKS:
        question = closing_clause_question(question or query) or question
    found = _types(question, _QUERY, _OVERVIEW_QUERY) if question else frozenset()
    # "Genetic testing found a CASK mutation. What is CASK-related intellectual disability?"
    # closes on what a thing is: the background's words (testing, mutation) ask nothing.
    # Not "I need a biopsy. What is it?", where the background names the thing.
    if not found and (not question or _thing_asked(question).split()[0].lower() in _PRONOUNS):
        found = _types(query, _QUERY, _OVERVIEW_QUERY)
        whole = query  # the types are the whole message's: "My scan shows X. What is that?"
    else:
        whole = None
    text = question or query
    if "causes" in found and _TRAILING_WHY.search(text) and _ADVICE.search(text) and not _QUERY["causes"].search(_TRAILING_WHY.sub("", text)):
        found -= {"causes"}
    if found in ({"overview"}, {"experience"}) and (_DEVICE_MEANT.search(query) or _ABOUT_A_DEVICE.search(text)):
        found = (found - {"overview"}) | {"treatment"}
    if _SIGN_OF_WHAT.search(text):
        found = frozenset({"overview"})
    if _PRODUCT_FIRST.search(text):
        found = frozenset({"access"})
    if _VISIT_ARRANGEMENTS.search(text):
        found = frozenset({"access"})
    if _WHEN_TO_BOOK.search(text):
        found = (found - {"access"}) | {"doctor"}
    if _CONSULTATION.search(query) or _BILLING_CODE.search(query):
        found = (found - {"diagnosis"}) | {"access"}
    if _asked_only_by("prevention", found, _LOST_COMING_BACK, text):
        found = (found - {"prevention"}) | {"outlook"}
    if _asked_only_by("prevention", found, _COMING_BACK, text) and _QUERY["outlook"].search(query):
        found = (found - {"prevention"}) | {"outlook"}
    if "doctor" in found and _asked_only_by("symptoms", found, _KNOW_WHEN_TO_ACT, text):
        found -= {"symptoms"}
    if "doctor" in found and _QUESTIONS_FOR_THE_DOCTOR.search(text):
        found = (found - {"doctor"}) or _types(_QUESTIONS_FOR_THE_DOCTOR.sub(" ", text), _QUERY, _OVERVIEW_QUERY) - {"doctor"}
    if _NEXT_TO_CONFIRM.search(text):
        found = (found - {"treatment"}) | {"diagnosis"}
    elif found <= {"diagnosis"} and _WHAT_NEXT.search(text):
        found = frozenset({"treatment"})
    if _asked_only_by("outlook", found, _HOW_LONG, text) and _HOW_LONG_A_TREATMENT.search(text):
        found = (found - {"outlook"}) | {"treatment"}
    elif not found and _HOW_LONG_A_TREATMENT.search(text):
        found = frozenset({"treatment"})
    if _asked_only_by("treatment", found, _CURE_CHANCE, text):
        found -= {"treatment"}
    if _TEST_NAMED.search(query) and _asked_only_by("treatment", found, _WHAT_IS_IT_FOR, text):
        found = (found - {"treatment"}) | (_types(_WHAT_IS_IT_FOR.sub(" ", query), _QUERY, _OVERVIEW_QUERY) or {"diagnosis"})
    if not found and _DONE_BY.search(text):
        found = frozenset({"causes"})
    if _asked_only_by("treatment", found, _TIPS_AT_WORK_PHRASE, text):
        found -= {"treatment"}
    if "causes" in found and (_SUSPECTED.search(text) or _PAST_CAUSE.search(text)):
        found -= {"lifestyle"}
    if _A_SIGN_THEN_WHAT_TO_DO.search(text):
        found = (found - {"treatment", "lifestyle"}) | {"doctor"}
    if _WHY_A_SIGN.search(text) or _A_SIGN_FROM_IT.search(text):
        found = (found - {"causes"}) | {"symptoms"}
    if _SIGNS_IT_CAUSES.search(text):
        found = (found - {"causes", "complications"}) | {"symptoms"}
    if _asked_only_by("causes", found, _WHY_CALLED, text):
        found = (found - {"causes"}) or frozenset({"overview"})
    elif not found and _WHY_CALLED.search(text):
        found = frozenset({"overview"})
    if not found and _WHO_GETS.search(text):
        found = frozenset({"risk", "overview"})
    if _asked_only_by("diagnosis", found, _TEST_RESULT, text):
        found = _types(_TEST_RESULT.sub(" ", text), _QUERY, _OVERVIEW_QUERY)
    elif whole and _asked_only_by("diagnosis", found, _TEST_RESULT, whole):
        # What a test found, then "what is that?": the found condition's overview.
        found = _types(_TEST_RESULT.sub(" ", whole), _QUERY, _OVERVIEW_QUERY)
        if _WHAT_WAS_FOUND.search(whole):
            found = found | {"overview"}
    if _asked_only_by("diagnosis", found, _STUDY_EXAM, text):
        found -= {"diagnosis"}
    if _asked_only_by("causes", found, _WHY_AN_OPERATION_IS_DONE, text):
        found = (found - {"causes"}) | {"treatment"}
    if _asked_only_by("diagnosis", found, _A_REAL_DIAGNOSIS, text):
        found = (found - {"diagnosis"}) | {"overview"}
    if len(found) > 1 and _asked_only_by("treatment", found, _TREATMENT_HAD, text):
        found -= {"treatment"}
    if len(found) > 1 and _asked_only_by("diagnosis", found, _DIAGNOSIS_HAD, text):
        found -= {"diagnosis"}
    elif found == {"diagnosis"} and _asked_only_by("diagnosis", found, _DIAGNOSIS_HAD, text) and _OVERVIEW_QUERY.search(text):
        found = frozenset({"overview"})  # "right after my diagnosis, what exactly happens to the cervix"
    if len(found) > 1 and _asked_only_by("diagnosis", found, _TEST_AS_TIME, text):
        found -= {"diagnosis"}
    elif found == {"diagnosis"} and _asked_only_by("diagnosis", found, _TEST_AS_TIME, text):
        # "got told I have cervical insufficiency at my 20 week scan, explain it to me": the
        # scan is when; what the rest asks (here what it is) is the question.
        found = _types(_TEST_AS_TIME.sub(" ", text), _QUERY, _OVERVIEW_QUERY) or found
    if _asked_only_by("risk", found, _RISKS_TO_SOMEONE, text):
        found = (found - {"risk"}) | {"complications"}
    if "access" in found and _BUYING.search(query):
        found -= {"treatment"}
    if CONTAGION_IN_OVERVIEW and found == {"causes"} and _CONTAGION.search(query):
        found = found | {"overview"}
    # "how can I lower my risk of colon cancer" asks how to prevent it, not who is at risk.
    if "prevention" in found and _LOWER_RISK.search(query):
        found -= {"risk"}
    if found and "overview" not in found and _CLOSING_WHAT_IS_IT.search(query):
        found = found | {"overview"}
    if not found and _FERTILITY.search(question or query):
        found = frozenset({"overview", "symptoms"})
    if _TO_CHILDREN.search(query) or _PASSED_TO_THE_CHILD.search(query) or (_WILL_MY_CHILDREN_GET_IT.search(query) and not _NO_BLOOD_RELATIVE.search(query)):
        found = (found - {"causes", "overview"}) | {"inheritance"}
    if _BLOOD_RELATIVE.search(query) and _GET_IT_TOO.search(query):
        found = found | {"inheritance"}
    if "causes" in found and _PARENTS_UNAFFECTED.search(query):
        found = found | {"inheritance"}
    if _WHY_A_RESTRICTION.search(text):
        found = (found - {"causes"}) | {"lifestyle"}
    if "overview" in found and _DOES_THAT_MEAN.search(text):
        if not _OVERVIEW_QUERY.search(_DOES_THAT_MEAN.sub(" ", text)):
            found -= {"overview"}
    if "diagnosis" in found and _asked_only_by("symptoms", found, _PAIN_OF_IT, text):
        found -= {"symptoms"}
    if _asked_only_by("stages", found, _AT_WHAT_STAGE, text):
        found -= {"stages"}
    # "the prognosis of stage 4 lung cancer" asks the outlook; the stage is the situation.
    # Alone ("stage 3 melanoma, what does that mean") it is the question.
    if "stages" in found and len(found) > 1 and not _QUERY["stages"].search(_NAMED_STAGE.sub(" ", query)):
        found -= {"stages"}
    return found


# "my mom can't lift me anymore because of her cervix, why does she have to stop": the
# reason for a restriction asks about the restriction (day-to-day life), not the cause.
_WHY_A_RESTRICTION = re.compile(
    r"\bwhy (do|does|did|must|should) (i|we|you|she|he|they|my \w+) (have|need|got) to (stop|give up|cut back|cut down|avoid|quit|rest|slow down)\b",
    re.IGNORECASE,
)
# Why an operation or a device is done asks what it is for, the treatment's answer, not
# the condition's cause: "a surgeon stitches the cervix shut, what is that procedure called
# and why is it done".
_WHY_AN_OPERATION_IS_DONE = re.compile(
    rf"\b(({_DEVICE_WORDS})\w*|ring|surgery|operation|procedure)\b[^.?!]{{0,80}}"
    r"\bwhy (is|are|would) (it|that|this|they|one)( be)? (done|performed|used|needed|put in|placed|recommended|offered)\b",
    re.IGNORECASE,
)
# "is that a real diagnosis" doubts the condition (what it is), not how it is found.
_A_REAL_DIAGNOSIS = re.compile(
    r"\b(is|isn['’]?t|are|aren['’]?t) (it|that|this|they|[\w-]+(?: [\w-]+)?) (even |really |actually )?an? "
    r"(genuine|real|actual|proper|recogni[sz]ed|legit|legitimate|official) (medical )?diagnosis\b",
    re.IGNORECASE,
)
# "does that mean my mom could get one too": what follows is the question, not what a
# word means.
_DOES_THAT_MEAN = re.compile(
    r"\bdoes (that|this|it) mean(?= (that |my |i |we |she |he |they |you |the baby ))", re.IGNORECASE
)


def _asked_only_by(kind: str, found: frozenset[str], phrase: re.Pattern, text: str) -> bool:
    """Whether ``kind`` was found in ``text`` only through ``phrase``, which means something
    else ("the chances of cure" is no treatment question, "the risks for her" no risk one)."""
    return kind in found and bool(phrase.search(text)) and not _QUERY[kind].search(phrase.sub(" ", text))


def heading_types(question: str) -> frozenset[str]:
    """The types a question heading answers ("overview" for "What is X?"; empty for others)."""
    found = _types(question, _HEADING, _OVERVIEW_HEADING)
    # "What lifestyle changes or home remedies can help me manage X?" is about day-to-day
    # living; the medical treatment is the treatment heading's ("how do you fix a cervix
    # that opens too early").
    if LIFESTYLE_IS_NOT_TREATMENT and "lifestyle" in found:
        found -= {"treatment"}
    return found


def _types(text: str, patterns: dict[str, re.Pattern], overview: re.Pattern) -> frozenset[str]:
    found = frozenset(name for name, pattern in patterns.items() if pattern.search(text))
    return found or (frozenset({"overview"}) if overview.search(text) else frozenset())

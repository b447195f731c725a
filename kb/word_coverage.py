"""Whether an article uses every topic word of a query.

A visitor describing what they feel ("pressure in my pelvis while pregnant") scores
low against the passage that lists it ("Pelvic pressure", among other symptoms): the
model compares a sentence with a list, and on a small knowledge base such a question
lands below the threshold next to questions the article does not answer ("smelly
vaginal discharge"). What tells them apart is the words: the article says "pelvic",
"pressure" and "pregnancy", but never "smelly". So a query whose every topic word
the best passage's article uses, in some form, is held to a lower bar (see
``kb.calibration.Calibration.covered_threshold``).

Topic words are the query's words less stop words, words of time, quantity and
manner ("weeks", "best", "feel") and words naming the kind of answer wanted ("signs",
"treatment"). A lay phrase is one topic word, used by the article when one of the
clinical words it stands for is ("peeing": "urination"; kb/lay_terms.py): "my waters
broke at 38 weeks" asks about one thing, not two. Forms match by Snowball stem and then
by a root without one derivational ending: "pregnant" is "pregnancy", "pelvis" is
"pelvic", "vagina" is "vaginal"; "placenta" is not "placed", nor "fibroids" "fibrous".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable

import Stemmer

from .lay_terms import LayTerms
from .lexical import STOPWORDS

# Words that place a question in time or say how much or how well, not what about.
GENERIC_WORDS = frozenset(
    "feel feels feeling felt best better good bad many way new now still today tonight right "
    "minute minutes hour hours day days week weeks month months trimester trimesters year years last next ago old time times whole entire "
    "lot lots bit little first second third start starts started starting begin begins began beginning "
    "early earlier late later soon sooner till til until need needs needing needed "
    # Numbers spelt out, as dictation writes them: "twenty two weeks pressure down below".
    "six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "light heavy mild slight severe keep keeps keeping kept option options "
    # How much more: "increased discharge" is about discharge.
    "increase increased increasing extra "
    # Contractions typed without the apostrophe: "I dont understand what a cerclage is". (Not
    # "ill" or "id", words of their own.)
    "dont doesnt didnt cant wont isnt arent wasnt werent shouldnt couldnt wouldnt havent hasnt hadnt "
    "im ive youre theyre thats shes hes "
    # How often: "bleeding a bit and always go toilet to pee".
    "always never sometimes constantly ever quite even again "
    # Getting in touch: "should I ring my ob" asks when to see a doctor, not about a ring.
    "call calls calling ring phone phoning telephone contact "
    # Or holding off: "pressure + mucus @ 19w -> call dr or wait".
    "wait waiting "
    # Getting it looked at, and noticing it: "something I should get checked", "today I noticed".
    "check checks checked checking notice notices noticed noticing "
    # What someone said is the background, not the topic: "doctor say i must lie down".
    "say says said saying tell tells told telling ask asks asked asking "
    # Where it was written is the background too: "the leaflet said a cerclage may be offered",
    # "my letter mentions DES"; and whether it matters is the question's frame.
    "leaflet leaflets letter letters wrote written mention mentions mentioned offer offers offered report reports "
    "matter matters own "
    # Where a claim was heard, and whether it holds: "people online say you only need a
    # doctor if there's bleeding", "someone in my group said a cerclage is the only option".
    "online internet web google blog blogs forum forums group groups reddit tiktok instagram facebook youtube "
    # Apps and tools that said it: "my contraction tracker app", "the symptom checker said".
    "app apps tracker trackers checker chatbot chatgpt quiz video videos "
    # And an AI that said it: "AI told me a cerclage is the only treatment", "Copilot says".
    "ai gpt bot bots gemini copilot "
    "post posts people true accurate correct "
    # Permission and duty are the question's frame, as "allowed" is: "it is permitted the
    # sexual life", "when am I supposed to call the doctor".
    "permitted permit permission supposed allowed "
    # When in the day or week a thing comes is its circumstance, as "day" is: "needing to pee
    # only in the afternoons", "pelvic pressure and it's a Sunday, should I call someone". Not
    # "night" ("frequent urination at night" is a sign of its own) nor "morning" ("morning
    # sickness"; waiting till morning is read as a phrase below).
    "afternoon afternoons evening evenings "
    "weekend weekends weekday weekdays monday tuesday wednesday thursday friday saturday sunday "
    # How often and whether wise: "twice a week, still allowed", "is dancing a bad idea".
    "twice idea "
    # Pregnancy after loss: a "rainbow" baby is the next pregnancy, an "angel" the baby lost;
    # the pregnancy is what is asked about ("a stitch earlier with my rainbow").
    "rainbow rainbows angel angels "
    # Sarcasm and exasperation frame a question, as worry does: "oh great, an incompetent
    # cervix", "bed rest, seriously?", "was it the D&C? because nobody warned me".
    "seriously great fantastic wonderful lovely brilliant perfect marvellous fun luck nobody because warned apparently insult "
    # A request's verb: "show me baby size by week" asks about a baby's size.
    "show shows showing shown explain describe list "
    # Where and when in plain words: "water coming out from below", "at what point".
    "below point "
    # A worry is not a topic: "should i worry" asks whether it matters.
    "worry worried worrying worries concerned "
    # How a visitor feels about it frames the question: "overthinking everything, does my
    # mum's DES mean I'm at risk". Not "anxiety" or "stress", which can be what is asked.
    "scared terrified frightened afraid freaking panicking panicked overthinking overreact overreacting "
    "heartbroken devastated nervous anxious daft "
    # A hypothetical's framing: "hypothetically, if I tore my cervix, could that cause it",
    # "supposing contractions start early" (and "in case", in _ASKING_TIME).
    "hypothetically hypothetical suppose supposing assuming imagine "
    # A guess the visitor checks frames it too: "surely the stitch is the usual fix?",
    # "presumably some women are more at risk than others", "reckon I oughta call the doctor".
    "surely presumably presume presumed assume assumed guess guessing guessed reckon reckoned others ought "
    # Spoken fillers: "hmm can you like get it from a D&C or whatever".
    "hmm um uh erm whatever "
    # South African English's asides: "eish, what is this incompetent cervix thing", "ja";
    # London's, Ghana's and young people's: "innit", "ei", "herh", "chale", "ngl", "fr".
    "eish ja innit ei herh chale ngl fr tbh "
    # A support desk's or a service's framing: "[Ticket #4521] Customer asks: …", "FW:
    # question from a reader", "Caller (ref 88213) had …", "from the chat widget".
    "ticket tickets customer customers caller callers reader readers enquiry inquiry ref fw fwd asks asking "
    "widget chat quoted comment "
    # A consumer message's labels: "SUBJECT: cerclage and daily life MESSAGE: I have had a
    # cerclage placed. What activities should I avoid?".
    "subject message "
    # Life as a whole: "#cerclagelife anything I should change day to day".
    "life daily "
    # A light verb: "is the stitch painful to have put in".
    "put puts putting "
    # Doubt frames the question too: "not sure if I should phone the doctor about watery
    # discharge" asks when to see the doctor, not about being sure.
    "sure unsure uncertain "
    # A parent as background: "my mother was given DES medicine, effect to me?" asks about
    # DES. Not a partner or a child, whom a question can be about ("how do i support my
    # wife after a miscarriage" is no question about the cervix).
    "mother mothers mom mum mam father dad parent parents "
    # And a grandparent: "my gran says women in her day were given a hormone drug".
    "grandmother grandmothers grandma gran granny nan nana nanna grandparents "
    # Whom a birth worker asks for: "my client has pelvic pressure at 22 weeks".
    "client clients "
    # A writer's frame: "my character is 20 weeks pregnant", "for a screenplay", "in my
    # fanfic" (and see _WRITERS_FRAME); and a visitor's own searching ("at what point do I
    # stop googling and ring my doctor").
    "character characters protagonist heroine novel screenplay fanfic "
    "googling googled "
    # Support desks' words for who asks and how: "member asking when to contact OB", "email
    # query - pink d/c at 21 weeks", "def of incompetent cx", "cerclage in situ"; and asking
    # what a thing is called ("the technical name for", "the proper word for"). Not "term":
    # a pregnancy's ("born at term").
    "member members query queries email def situ name names technical word proper "
    # Clinicians and educators asking for the approved wording: "for our helpline script",
    # "a GP trainee wants a plain explanation", "patient handout in everyday language".
    "helpline helplines script scripts student students trainee trainees simple plain explanation layperson "
    "handout handouts slides wording everyday language website patient patients "
    # Staff asking for the text itself: "approved wording on resting on your left side",
    # "copy of the advice on restricting sexual activity", "the answer telling people to
    # consult their doctor"; and what a thing is for: "purpose of a McDonald cerclage".
    "approved copy advice answer answers purpose rationale teaching regarding concerning "
    # Whose it was: "my mum just rested at home with hers".
    "hers theirs ours yours "
    "given take takes taking took "
    # Joining words the stopword list lacks: "discharge plus pressure".
    "plus vs versus "
    # Fillers and vague words around what is described: "is it actually proven to help",
    # "clear sticky stuff", "a strange fullness", "a sudden warm trickle", "from the moment
    # I notice", "am I at higher risk", "what do they usually do".
    "actually really truly stuff thing things strange weird odd sudden suddenly moment usual usually typically trouble apart "
    "higher lower "
    # Where a visitor is or has been: "got home from hospital after the stitch", "on holiday
    # abroad and feeling pressure", "at home alone and bleeding a little".
    "hospital home holiday holidays vacation abroad alone settee sofa couch "
    # On the way there, or about: "commuting on the train with pelvic pressure, when should I
    # get checked", "carrying my toddler around all day".
    "commute commuting commuter train bus tube subway around "
    # A visit as a time, and whoever it is with: "the specialist appointment isn't for two
    # weeks, what can I do at home meanwhile", "after my scan they booked me in for a cerclage".
    "appointment appointments specialist specialists meanwhile booked "
    # Where it is written is no topic either: "is there a fact sheet on the cerclage stitch",
    # "the medically reviewed page about cervical incompetence".
    "fact facts sheet sheets factsheet page pages article articles "
    # Something happening is no topic: "I still don't know why it happened" asks the cause;
    # nor is a time since or getting seen: "since the stitch went in, when should I get seen",
    # "the stitch goes in at how many weeks".
    "happen happens happened happening since went goes seen "
    # Whether it is known, not what: "what evidence is there that a cerclage works".
    "evidence proof data study studies "
    # Looking back, and whether someone was right: "in hindsight the bleeding was a warning",
    # "they said my mum's DES doesn't affect me, are they wrong".
    "hindsight warning wrong "
    # Being dismissed or pressing for care: "the GP brushed off my pressure, should I push to
    # be seen"; how many, and what else: "until I've lost two babies, what else could be done".
    "brushed dismissed ignored push pushed insist though else two three four five several "
    # Whoever said or did it is background too ("the GP brushed off my pressure", "the nurse
    # said it's very common"); asking when to see one is the doctor question (kb/intent.py).
    "gp gps nurse nurses midwife midwives consultant ob obgyn obstetrician gynae gyno gynaecologist gynecologist "
    # A person's title: "my neighbour Mrs Chen" (the name is read in _PERSON_NAMED).
    "mr mrs ms "
    # Urgency is how it is asked, not what: "URGENT pressure and spotting, do I go in now",
    # "SOS stitch question", "alarm bells, I had a cervical tear", "quick question". Not
    # "emergency", which can be what is asked ("when is it an emergency with a weak cervix").
    "urgent urgently asap sos alarm bells quick quickly "
    # Whether a step is worth it, and whoever wants it: "worth a trip to the doctor", "the
    # consultant wants to put in a stitch".
    "worth want wants wanted wanting "
    # How a question is put: "just curious whether a D&C could have put me at risk", "I've
    # always wondered what it is", "I'd be interested to know".
    "curious wonder wonders wondering wondered whether interested "
    # Faith as the background: "is kneeling to pray ok with a short cervix", "is a cerclage
    # allowed in our faith", "bleeding a little after prayers", "our pastor prayed with us".
    "pray prays praying prayed prayer prayers faith church mosque temple synagogue ramadan lent "
    "pastor pastors imam imams rabbi rabbis priest priests inshallah insha allah grace elders "
    # Numbers frame how common: "a one in a million thing or fairly usual", "statistically how
    # rare". Not "odds" or "chances": "odds of having a weak cervix" asks how common, not what
    # it is, as naming the title alone would.
    "percent percentage statistically roughly fairly hundred thousand million "
    # People and things unnamed, greetings, the ends of contractions ("you've").
    "someone somebody anyone anybody everyone something anything everything nothing hello hi thanks please ve ll re "
    # An answer hoped for: "will the cerclage fix it, please say yes".
    "yes yeah yep nope "
    # A letter's greeting and sign-off: "Dear sir, … Stay blessed", "Thank you and God bless".
    "dear respected greetings god bless blessed regards sir madam "
    # Question words typed without their apostrophe: "whats it for".
    "whats hows whos wheres "
    # A negation's first half, as "don't" is split: "I don't have pain, only pressure".
    "don doesn didn isn wasn aren weren won haven hasn couldn shouldn wouldn".split()
)
# Words that say what kind of answer is wanted (kb/intent.py), not what it is about:
# "signs of labor at 39 weeks" is about labor alone.
QUESTION_WORDS = frozenset(
    "symptom symptoms sign signs cause causes causing caused treatment treatments treat treated treating "
    "cure cures risk risks factor factors diagnosis diagnose diagnosed prevent prevention prognosis outlook rid "
    "effect effects".split()
)
# Phrases that ask the kind of answer too: "does it run in families" asks whether it is
# inherited, not about a family; "carrying crates on a weak cervix, should I ask to be moved"
# or "put on lighter duties" asks about day-to-day activity, not about moving; "how long
# after a cerclage" asks when (not "how long does labour last", which names labour's length).
_QUESTION_PHRASES = re.compile(
    r"\b(run|runs|running|ran) in (the |my |our |her |his |their |a )?famil(y|ies)\b|"
    r"\b(ask|asking|asked) (to be|about being) (moved|transferred|redeployed)\b|\b(lighter|light|desk|other|restricted) duties\b|"
    # "what symptoms should my granddaughter watch out for": what to notice.
    r"\b(watch|look|keep an eye|be on the lookout) out for\b|"
    # "how long after a cerclage can we have intercourse again": when, after a device goes in
    # (not "how long after a LEEP can I try to conceive", a question about conceiving).
    r"\bhow (long|soon) after(?= (a |an |the |my |her )?(cerclage|stitch|pessary)\b)",
    re.IGNORECASE,
)
# A title's closing initialism in brackets is another way to name it, not more of it:
# "chronic fatigue syndrome causes" names CDC's "Chronic Fatigue Syndrome (CFS)" word for
# word, as "cfs causes" does. False reads the brackets as more of the title.
TITLE_INITIALISM_ASIDE = True
_TITLE_INITIALISM = re.compile(r"^(?P<name>.+?)\s*\((?P<initials>[A-Z][A-Z0-9-]{1,9})\)\s*$")
# What a visitor says they do not have is not what they ask about: "I don't have pain, only
# pressure, should I still see my doctor" asks about pressure. Not "not": "my son is still
# not talking" describes the problem. False keeps negated words.
NEGATED_ARE_NO_TOPIC = True
_NEGATED = re.compile(
    r"\b(no|without|never(?: had| have| got| took| taken| used)|(?:don'?t|doesn'?t|didn'?t|do not|does not|did not) have|(?:haven'?t|hasn'?t|have not|has not) had)"
    r"\s+(?:any\s+|a\s+|an\s+)?[^\W\d_]+",
    re.IGNORECASE,
)
# Whom it happens to is background when the question says so: "my daughter is pregnant and
# has pelvic pressure", "my wife's cervix is weak". Not the person asked about: "how do I
# support my wife after a miscarriage" stays a question about a wife (the GENERIC_WORDS note).
# Also opening a message ("partner has a cerclage, should I be doing all the lifting"), with
# what is ahead of them ("how long will my wife have to stay in bed"), and as the asker's
# role ("as her husband, when should I take her to the hospital").
RELATIVES_WHO_HAVE_IT_ARE_NO_TOPIC = True
_RELATIVE_WHO_HAS = re.compile(
    r"\bas (?:her|his|my|their|a|the) (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|dad|father|mum|mom|mother)\b|"
    r"(?:\b(?:(?<=my )|(?<=our )|(?<=his )|(?<=her ))|^)(wife|husband|partner|daughter|son|girlfriend|boyfriend|fianc[eé]e?|sister|brother|"
    r"friend|niece|nephew|granddaughter|grandson|cousin|aunt|uncle|sister-in-law|daughter-in-law|"
    r"neighbou?r|colleague|co-?worker|flatmate|roommate|housemate)"
    r"(?=['’]s\b| (is|has|had|was|were|got|gets|just|recently|keeps|already|started|lost|have to|has to|needs?|"
    # "does my daughter really have to lie flat", "should my daughter be lifting".
    r"(really|actually|still) (have|has|need|needs) to|should|must|will|would|can|could|watch out|look out|"
    # "my husband ask can still have sex with the stitch".
    r"asks?|asked|asking|wants to know|wonders)\b)",
    re.IGNORECASE,
)
# A person's name is no topic either: "my neighbour Mrs Chen has a gush of fluid", "my
# friend Priya's scan says incompetent cervix", "Dr Okafor mentioned a cerclage". Only a
# capitalised word after a title or after "my friend", "my sister"…: a capitalised word
# elsewhere may name what is asked ("can Zika cause a weak cervix"). False keeps names.
PEOPLES_NAMES_ARE_NO_TOPIC = True
_PERSON_NAMED = re.compile(
    r"\b(?P<relation>(?i:(?:my|our|his|her|their) (?:wife|husband|partner|daughter|son|girlfriend|boyfriend|sister|brother|friend|niece|"
    r"nephew|granddaughter|grandson|cousin|aunt|uncle|neighbou?r|colleague|co-?worker|flatmate|roommate|housemate|mum|mom|mother|dad|father)) )?"
    r"(?P<title>(?i:mrs|mr|ms|miss|dr|doctor|prof|professor|nurse|midwife)\.? )?"
    r"(?P<name>[A-Z][a-z]+)(?P<possessive>['’]s)?\b"
)


def _without_name(found: re.Match) -> str:
    """A person named after a title or a relation, as the relation alone ("my friend's")."""
    if not (found["relation"] or found["title"]) or found["name"].lower() in _NOT_TOPIC:
        return found[0]  # "My Wife Has Pelvic Pressure": a capitalised word, no name
    return (found["relation"] or "").rstrip() + (found["possessive"] or "")


# A reader pointing at the text they read is not asking about it: "the article mentions a
# gush of warm liquid, how much fluid are we talking" asks about the fluid; "does a
# cerclage even work" asks whether the treatment helps, not about work.
READER_FRAMING_IS_NO_TOPIC = True
_READER_FRAMING = re.compile(
    r"\b((the|this|your|that) (article|page|site|website|leaflet|section|post|piece)|(article|page|section) (says|said|states?|talks about)|"
    r"you (wrote|write|mention|mentioned|say|said|talk about|talked about|list|listed)|mentions?|mentioned|"
    r"(the )?(bit|part|section) (about|on|where|that)|where it says|(are )?(we|you) talking( about)?)\b",
    re.IGNORECASE,
)
# "what evidence is there that a cerclage works" too.
_WHETHER_IT_WORKS = re.compile(
    r"\b((?:does|do|did|will|would|can|could) (?:it|this|that|they|(?:a |an |the )?[\w-]+) (?:even |really |actually |ever )?"
    r"|(?:that|whether|if) (?:a |an |the |my )?[\w-]+ (?:really |actually )?)works?\b"
    # "would bed rest have made a difference".
    r"|\b(?:have |has |had )?(?:made|make|makes|making) (?:a |any |much )?(?:real )?difference\b"
    # Whether the thing just named is safe: "what is a cerclage and is it safe at 46" (not "is
    # it safe to go on the bus", where what is done is the topic).
    r"|\band (?:is|are) (?:it|that|this|they) (?:safe|risky|dangerous)\b",
    re.IGNORECASE,
)
# When and how urgently a visitor asks is not what they ask about: "2am, 21 weeks, heavy
# pressure down below - wait till morning or go in?" asks about pressure.
ASKING_TIME_IS_NO_TOPIC = True
_ASKING_TIME = re.compile(
    r"\b((wait|waiting|hold on) (till|until|for) (the )?(morning|tomorrow|monday|my appointment)|(till|until) (the )?morning|"
    r"right now|(just )?in (any |that |this |which )?case|for (long|longer|short|extended) (periods|stretches|spells)( of time)?|at \d{1,2} ?(am|pm)|\d{1,2} ?(am|pm)|quick question|(need|want) a quick answer|"
    # Whether it warrants a step: "is jelly-like discharge at 18 weeks a reason to phone the GP".
    # (The lay phrase "phone the GP" is read first, so "to" may end what is left.)
    r"(a |any |enough |good )?reasons? to)\b",
    re.IGNORECASE,
)
# Whom a writer asks about: "a woman in my book has pelvic pressure at 19 weeks" asks about
# pelvic pressure. Not women asked about ("are some women more at risk").
_WRITERS_FRAME = re.compile(
    r"\b(an? |the |my |this )?(wom[ae]n|lady|ladies|girls?|mother|mum|mom) (in|from) (my|our|the|a|this) "
    r"(book|novel|story|script|screenplay|film|play|scene|fanfic|series|show)\b",
    re.IGNORECASE,
)
# A forum post's framing says nothing of its subject: "Throwaway account.", "Long time
# lurker, first post", "Mods please remove if not allowed", "EDIT: called, going in now",
# "x-posted from r/pregnant" (a closing "TIA" is set aside before: see kb/intent.py).
FORUM_FRAMING_IS_NO_TOPIC = True
_FORUM_FRAMING = re.compile(
    r"\b(throwaway( account)?|(long[- ]time )?lurker( here)?|first (time )?post(er)?|"
    r"(mods?,? )?(please )?remove if (this is |it's |its )?not allowed|x-?post(ed)?( from)?( r/\w+)?|"
    r"(edit|update)( \d)?(?=:)|tl;? ?dr|flaired( as (a )?\w+)?|psa(?=:))\b",
    re.IGNORECASE,
)
# A query needs this many topic words for the lower bar: one shared word is chance ("what
# week is the anatomy scan", "how to time contractions" share one with the seed article) ...
MIN_TOPIC_WORDS = 2
# ... unless that one word is a rare term (see ``WordCoverage``'s ``rare_term``): "cerclage
# options", "purpose of a McDonald cerclage". False needs MIN_TOPIC_WORDS always.
RARE_TERM_ALONE = True
# Endings of a Snowball stem that one word family varies (pregnANT/pregnANCy,
# pelvIs/pelvIC), longest first; the root left must keep this many letters.
_ENDINGS = ("anc", "ant", "enc", "ent", "ic", "al", "is", "i", "a")
MIN_ROOT = 4
_WORD = re.compile(r"[^\W\d_]+")
# An ordinal's ending is no word of its own ("5th month" is not about "th").
_ORDINAL_ENDING = re.compile(r"(?<=\d)(st|nd|rd|th)\b", re.IGNORECASE)
_NOT_TOPIC = frozenset(STOPWORDS) | GENERIC_WORDS | QUESTION_WORDS
# In a question that names no subject these only say what kind of answer is wanted ("is it
# common?", "can it be fixed", "what tests will I need", "what can I do at home"); elsewhere
# they stay topic words, which tell subjects apart ("how common is colour blindness" is more
# than the title "Color Blindness").
NAMELESS_QUESTION_WORDS = frozenset(
    "common rare fix fixed fixing raise raises test tests testing look avoid avoiding home "
    "exactly actually really "
    # Follow-ups typed after reading the article: "and who's more likely to get it", "ok what
    # are the warning signs", "is it my fault or what brings it on", "anything I can do myself".
    "likely warning fault blame bring brings myself "
    # Resting as the day-to-day question: "will I have to lie on the settee for months".
    "lie lying lay laying rest resting "
    # "the midwife said it affects about one in a hundred, is that right": how many it affects.
    "affect affects affected "
    # The doctor question names no subject: "when should I go to the doctor about it, now or in a minute".
    "doctor doctors".split()
)
CACHED_SUBJECTS = 256
CACHED_TEXTS = 4096
# A word the answering passage lacks must be used by this many of its article's passages
# for the lower bar: one is a mention in passing.
MIN_PASSAGES_USING = 2


class WordCoverage:
    """The topic words of each subject (an article: the passages of one title)."""

    def __init__(
        self,
        subject_texts: Callable[[Hashable], Iterable[str]],
        lay_terms: LayTerms,
        rare_term: Callable[[str], bool] = lambda word: False,
    ):
        """
        Args:
            subject_texts: the texts of one subject's passages, by subject key;
                read the first time the subject is asked about.
            lay_terms: the lay phrases the knowledge base has clinical words for.
            rare_term: whether a lower-cased word is a term too rare to share by chance
                (a procedure's or a drug's name, not a general health topic's word).
        """
        self._subject_texts = subject_texts
        self._lay_terms = lay_terms
        self._rare_term = rare_term
        self._stemmer = Stemmer.Stemmer("english")
        self.subject_roots = functools.lru_cache(maxsize=CACHED_SUBJECTS)(self.subject_roots)
        self._text_roots = functools.lru_cache(maxsize=CACHED_TEXTS)(self._text_roots)
        self._title_roots = functools.lru_cache(maxsize=CACHED_TEXTS)(self._title_roots)

    def topic_words(self, query: str, lay_phrases: bool = True) -> list[tuple[str, ...]]:
        """What ``query`` is about: each topic word as the forms that express it (a
        word typed; or a lay phrase's clinical words, unless ``lay_phrases`` is False),
        lower-cased."""
        rest, meanings = self._lay_terms.split(query) if lay_phrases else (query, [])
        return [(word,) for word in _typed_topic_words(rest)] + [tuple(words) for words in meanings]

    def subject_roots(self, subject: Hashable) -> frozenset[str]:
        """Every stem and root of the words ``subject``'s passages use."""
        return self._roots(word for text in self._subject_texts(subject) for word in _WORD.findall(text))

    def uncovered(self, query: str, subject: Hashable, lay_phrases: bool = True) -> list[str]:
        """The topic words of ``query`` that ``subject`` never uses in any form."""
        return self._uncovered(self.topic_words(query, lay_phrases), subject)

    def names_nothing(self, query: str) -> bool:
        """Whether ``query`` names no subject at all: "is it common?", "how is it treated?"."""
        typed = self.topic_words(query, lay_phrases=False)
        return all(word in NAMELESS_QUESTION_WORDS for forms in typed for word in forms)

    def covers(self, query: str, subject: Hashable, lay_phrases: bool = True) -> bool:
        """True when ``query`` has MIN_TOPIC_WORDS topic words, or one that is a rare term,
        and ``subject`` uses them all."""
        topic_words = self.topic_words(query, lay_phrases)
        enough = len(topic_words) >= MIN_TOPIC_WORDS or (
            RARE_TERM_ALONE and len(topic_words) == 1 and any(self._rare_term(word) for word in topic_words[0])
        )
        return enough and not self._uncovered(topic_words, subject)

    def shares_no_word(self, query: str, subject: Hashable, is_word: Callable[[str], bool]) -> bool:
        """True when ``subject`` uses none of ``query``'s topic words, nor any clinical word
        of its lay phrases: "twins risk factors" on an article about cervical insufficiency
        asks about twins, however near "risk factors" scores. Not when a topic word is no
        word (``is_word``): a condition's name the word list lacks ("achalasia", "adhd") or
        a misspelling may be what the subject is about, in words the check cannot read."""
        rest, meanings = self._lay_terms.split(query)
        typed = _typed_topic_words(rest)
        if not typed and not meanings or not all(is_word(word) for word in typed):
            return False
        topic_words = [(word,) for word in typed] + [tuple(words) for words in meanings]
        return len(self._uncovered(topic_words, subject)) == len(topic_words)

    def mentioned_in_passing(
        self, query: str, passage: str, others: Iterable[str], lay_phrases: bool = True
    ) -> list[str]:
        """The topic words of ``query`` that ``passage`` does not use and at most one of
        ``others`` (its article's passages) does: "what is an abnormal pap test" is in
        the seed article's words only because one risk factor mentions a Pap test."""
        missing = self._missing(self.topic_words(query, lay_phrases), self._text_roots(passage))
        if not missing:
            return []
        roots = [self._text_roots(text) for text in others]
        return [
            " / ".join(forms)
            for forms in missing
            if sum(not self._missing([forms], text_roots) for text_roots in roots) < MIN_PASSAGES_USING
        ]

    def _text_roots(self, text: str) -> frozenset[str]:
        """Every stem and root of the words of one text (cached: a passage is read again
        for every query that needs it)."""
        return self._roots(_WORD.findall(text))

    def only_forms_of(self, query: str, words: Iterable[str]) -> bool:
        """True when ``query`` has topic words and each is a form of one of ``words``
        ("cervical incompetence" of "incompetent cervix", "cervical")."""
        topic_words = self.topic_words(query, lay_phrases=False)
        roots = self._roots(words)
        return bool(topic_words) and all(self._uses(roots, forms[0]) for forms in topic_words)

    def titles_named(
        self, query: str, titles: Iterable[str], ignored: frozenset[str] = frozenset()
    ) -> list[tuple[bool, bool]]:
        """For each title, whether it is exactly what ``query`` asks about (each one's topic
        words are forms of the other's: "what causes cataracts" and "Cataract", not
        "Cataract, congenital") and whether it has any of it ("Nance-Horan syndrome" has
        none). ``ignored`` words count on neither side ("Kidney Stones in Adults")."""
        asked = [forms for forms in self.topic_words(query, lay_phrases=False) if forms[0] not in ignored]
        if not asked:
            return [(False, False) for _ in titles]
        asked_roots = self._roots(forms[0] for forms in asked)
        found = []
        for title in titles:
            named, roots = self._title_roots(title, ignored)
            missing = len(self._missing(asked, roots))
            same = bool(named) and not missing and not self._missing(named, asked_roots)
            if not same and TITLE_INITIALISM_ASIDE and (parts := _TITLE_INITIALISM.match(title)):
                for name in parts.group("name", "initials"):
                    name_words, name_roots = self._title_roots(name, ignored)
                    same = same or (bool(name_words) and not self._missing(asked, name_roots) and not self._missing(name_words, asked_roots))
            found.append((same, missing < len(asked)))
        return found

    def title_words_named(self, query: str, titles: Iterable[str], ignored: frozenset[str] = frozenset()) -> list[frozenset[str]]:
        """For each title, the roots of its topic words when ``query`` uses every one of
        them, else none: "which medicines are safe in pregnancy" names "Medicines" and
        "Pregnancy and Medicines" word for word, not "Infections and Pregnancy"."""
        asked = [forms for forms in self.topic_words(query, lay_phrases=False) if forms[0] not in ignored]
        asked_roots = self._roots(forms[0] for forms in asked)
        found = []
        for title in titles:
            named, roots = self._title_roots(title, ignored)
            found.append(roots if named and asked and not self._missing(named, asked_roots) else frozenset())
        return found

    def _title_roots(self, title: str, ignored: frozenset[str]) -> tuple[list[tuple[str, ...]], frozenset[str]]:
        named = [forms for forms in self.topic_words(title, lay_phrases=False) if forms[0] not in ignored]
        return named, self._roots(forms[0] for forms in named)

    def _roots(self, words: Iterable[str]) -> frozenset[str]:
        stems = set(self._stemmer.stemWords(sorted({word.lower() for word in words})))
        return frozenset(stems | {_root(stem) for stem in stems})

    def _uncovered(self, topic_words: list[tuple[str, ...]], subject: Hashable) -> list[str]:
        return [" / ".join(forms) for forms in self._missing(topic_words, self.subject_roots(subject))]

    def _missing(self, topic_words: list[tuple[str, ...]], roots: frozenset[str]) -> list[tuple[str, ...]]:
        """The topic words none of whose forms ``roots`` has."""
        return [forms for forms in topic_words if not any(self._uses(roots, word) for word in forms)]

    def _uses(self, roots: frozenset[str], word: str) -> bool:
        stem = self._stemmer.stemWord(word)
        return stem in roots or _root(stem) in roots


def _typed_topic_words(text: str) -> list[str]:
    """The words of ``text`` that say what it is about, lower-cased."""
    if NEGATED_ARE_NO_TOPIC:
        text = _NEGATED.sub(" ", text)
    if PEOPLES_NAMES_ARE_NO_TOPIC:
        text = _PERSON_NAMED.sub(_without_name, text)
    if RELATIVES_WHO_HAVE_IT_ARE_NO_TOPIC:
        text = _RELATIVE_WHO_HAS.sub(" ", text)
    if ASKING_TIME_IS_NO_TOPIC:
        text = _ASKING_TIME.sub(" ", text)
    if READER_FRAMING_IS_NO_TOPIC:
        text = _WHETHER_IT_WORKS.sub(r"\1", _READER_FRAMING.sub(" ", text))
    if FORUM_FRAMING_IS_NO_TOPIC:
        text = _WRITERS_FRAME.sub(" ", _FORUM_FRAMING.sub(" ", text))
    text = _QUESTION_PHRASES.sub(" ", _ORDINAL_ENDING.sub("", text))
    found = (word.lower() for word in _WORD.findall(text))
    return [word for word in found if len(word) > 1 and word not in _NOT_TOPIC]


def _root(stem: str) -> str:
    for ending in _ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= MIN_ROOT:
            return stem[: -len(ending)]
    return stem

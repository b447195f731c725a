"""Search the knowledge base: a query in, ranked verbatim passages out, or an honest "no answer"."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np

from .calibration import Calibration, calibrate
from .dialects import in_standard_english
from .embedding import DEFAULT_MODEL, Encoder, load_encoder, model_identity
from .errors import QueryError
from .index import LoadedIndex, load_index
from .initialisms import Initialisms, initials
from .intent import (
    PRACTICAL_TYPES,
    QUESTION_OPENERS,
    TYPES,
    arrow_asked,
    asks_cost_first,
    heading_types,
    is_it_asked,
    last_question,
    query_types,
    tag_question_asked,
    what_is,
    without_thanks_in_advance,
)
from .lay_terms import LayTerms
from .lexical import STOPWORDS, lexical_text
from .mixed_language import in_english
from .passage import Passage
from .spelling import Speller, word_counts
from .topics import PEOPLE_AND_KINDS, ForeignTopics, TopicList, medicine_names, topic_groups, words
from .vectors import stored_vectors
from .views import RANKING_ONLY_KINDS, VIEW_KINDS
from .word_coverage import QUESTION_WORDS, WordCoverage

# Real consumer questions arrive as messages of a few paragraphs; past this length a query is
# refused (the model reads its first 256 word pieces, BM25 all of it).
MAX_QUERY_CHARS = 2000
MAX_K = 50
DEFAULT_K = 5
# Hybrid score = DENSE_WEIGHT × best cosine + (1 − DENSE_WEIGHT) × BM25 coverage.
# Both parts are absolute (0..1), so one threshold decides "answered" for every query.
# Chosen on the development sets in eval/ (see README "Retrieval quality").
DENSE_WEIGHT = 0.8
# Below this a query is never answered. A large knowledge base raises its own threshold
# above it (kb/calibration.py): unrelated questions score higher where there is more text.
DEFAULT_MIN_SCORE = 0.40
# Ranking only (never the score or the answered decision): a passage whose heading is the
# question type asked (kb/intent.py) ranks just above the best passage of its subject, plus
# INTENT_BONUS against other subjects. TOPIC_LIFT = False falls back to adding the bonus
# alone, the earlier method, kept so evaluations can compare the two.
INTENT_BONUS = 0.08
TOPIC_LIFT = True
# Misspelt words are searched as the knowledge base spells them (kb/spelling.py);
# False searches the words as typed, kept so evaluations can compare.
SPELLING = True
# Lay phrases add the clinical words they mean (kb/lay_terms.py); False searches
# without them, kept so evaluations can compare.
LAY_TERMS = True
# Other languages' health words mixed into English, and regional words (Scots, the US
# South, the Caribbean), are read in standard English first (kb/mixed_language.py,
# kb/dialects.py); False reads them as typed, kept so evaluations can compare.
MIXED_LANGUAGE = True
# Titles that differ only by a possessive, a hyphen or a comma are one subject (``subject_key``).
ONE_SUBJECT_PER_NAME = True
_TITLE_POSSESSIVE = re.compile(r"(?<=\w)['’]s?(?=\s|$)")
_NOT_A_NAME_CHARACTER = re.compile(r"[^\w]+")
# A subject's initials in capitals are read as its name ("is IC common"; kb/initialisms.py).
INITIALISMS = True
# Initials that spell a word English rarely uses are still read as initials ("dr said CI,
# what causes it": "ci" is in the English list, used 647 times in its corpus; "OK" 56,872).
INITIALS_OVER_RARE_WORDS_BELOW = 1_000
# A query naming a subject by one of its other names ("willis ekbom disease outlook") is
# searched with the subject's title too: other sites' pages of the same title (NINDS's
# "Restless Legs Syndrome") do not list that name, and the small model does not know it.
# Only names of two words or more that belong to one title and have a word no English
# dictionary has (an eponym, a gene), and only when the query says no word of that title.
OTHER_NAME_ADDS_TITLE = True
_LONGEST_OTHER_NAME = 8
_GENERIC_NAME_WORDS = frozenset({"syndrome", "disease"})
# A knowledge base of one article: a question that names nothing ("is it common?", "how is
# it treated?", as typed in a search box on the article's page) is about that article and is
# searched with its title. With several articles it names no subject and stays unanswered.
# Only a question of a type (kb/intent.py): "thanks" or "hello" asks nothing.
IMPLIED_SUBJECT = True
# A passage whose article does not cover the health topic a question names is not an
# answer (kb/topics.py); False leaves it to the threshold, kept so evaluations can compare.
TOPIC_CHECK = True
# A subject's initials its own pages write ("Porphyria cutanea tarda (PCT)") are its names to
# the topic check: "blisters on my hands in the sun, dermatologist says PCT" asks about it,
# though "blisters" is a topic of its own. False leaves them out, kept so evaluations can compare.
INITIALS_WRITTEN_NAME = True
# How many subjects, best first, are asked whether they cover the topic a query names.
SUBJECTS_CHECKED = 20
# A topic name used in more than this share of passages is something health writing
# mentions everywhere ("blood", "cough", "red face"), not the subject of a question.
DISTINCTIVE_SHARE = 0.01
DISTINCTIVE_PASSAGES = 3  # in a small knowledge base a few passages are always allowed
# A word the English word list's corpus (1.6 billion words) uses fewer times than this is a
# rare term: "pessary" 50, "insufficiency" 76, "tinnitus" 145; not "stitch" 6,647,
# "contractions" 1,698 (see ``_rare_term``).
RARE_ENGLISH_USES = 300
CACHED_SUBJECTS = 256
CACHED_NAMES = 4096
# A query whose every topic word the best article uses is answered from the calibrated
# off-topic bound, below the floor (kb/word_coverage.py, kb/calibration.py); False holds
# it to the threshold, kept so evaluations can compare.
WORD_COVERAGE = True
# Word coverage counts the words of a subject's names and their synonyms as its own
# (``_coverage_texts``); False reads its passages only, kept so evaluations can compare.
OWN_NAMES_COVER = True
# A query that is only the name of its best subject asks for the overview ("What is X?");
# False leaves it without a type, kept so evaluations can compare.
OVERVIEW_FOR_NAMES = True
# A message's vector leans on its last question when that question names a topic
# (``_query_vector``); False embeds the message as it is, kept so evaluations can compare.
QUESTION_FOCUS = True
# A subject that is one overview offers it for every question type asked, when the query
# names it (``_with_intent``); False lifts only headings of the type, kept so evaluations
# can compare.
OVERVIEW_ONLY_ANSWERS = True
# A heading's type is read from its question's form with its subject's title set aside
# (``_heading_types``); False reads the title's words too, kept so evaluations can compare.
HEADING_FORM_ONLY = True
# A mother on a medicine in pregnancy: "born in 1968, mum was on a synthetic estrogen in
# pregnancy, does that affect my cervix" (read by the two exposure patterns below).
_MOTHER_TOOK_IN_PREGNANCY = r"(mum|mom|mother|mam) was (on|given|taking|prescribed) (\w+ ){0,4}(in|during) (pregnancy|her pregnancy|the pregnancy)"
# A query that names a medicine and asks no type asks about treatment ("methotrexate for
# rheumatoid arthritis"); False leaves it without a type, kept so evaluations can compare.
MEDICINE_IS_TREATMENT = True
# ... unless the medicine is a word of a subject's name the query says: "pyridoxamine 5
# prime phosphate oxidase deficiency" names GHR's PNPO deficiency, not a vitamin taken.
_LONGEST_MEDICINE_NAME = 10
# ... unless the medicine was met before birth ("synthetic estrogen before birth and cervix
# problems", "DES exposure in the womb"): a cause, not a treatment.
_EXPOSED_BEFORE_BIRTH = re.compile(
    r"\b(before (i was |she was |he was |they were )?born|before birth|in the womb|in utero|(while|when) (she was |my (mum|mom|mother) was )?pregnant with (me|her|him|them)|exposed|exposure|"
    + _MOTHER_TOOK_IN_PREGNANCY
    + r")\b",
    re.IGNORECASE,
)
# What the asker met before birth (not a baby in the womb now) is what the question is
# about: "my mum was given DES while pregnant with me, should I worry" asks about it as a
# cause and a risk (when nothing else is asked). False leaves it without a type, kept so
# evaluations can compare.
EXPOSURE_IS_A_RISK = True
_BEFORE_BIRTH = re.compile(
    r"\b(before i was born|(while|when) (she was |my (mum|mom|mother) was )?(pregnant with|carrying|expecting) me|"
    r"(exposed|exposure)( to [\w-]+)? (in the womb|in utero|before birth)|(in utero|in the womb|before birth) ([\w-]+ )?exposure|"
    + _MOTHER_TOOK_IN_PREGNANCY
    + r"|"
    # "that drug women took decades ago that affects their daughters' cervix".
    r"(mothers?|mums?|moms?|women) (took|were given|was given|used|were prescribed) (\w+ ){0,6}(that |which )?"
    r"(affects?|affected|harms?|harmed|damages?|damaged) (\w+ ){0,2}(their|her) (daughters?|sons?|children|babies))\b",
    re.IGNORECASE,
)
# ... nor when it is a level in the body: "low potassium and magnesium genetic kidney disorder"
# names no potassium to take, "vitamin b1 deficiency" no vitamin.
_A_LEVEL_OF = re.compile(
    r"\b(low|high|raised|elevated|reduced|increased|decreased|too much|too little)( blood| serum)? [\w-]+( and [\w-]+)?|"
    # ... or a lack of it: "vitamin b1 deficiency in alcoholics".
    r"\b[\w-]+( [\w-]+)? (deficiency|deficient|insufficiency|toxicity|poisoning)\b|\b(deficiency|lack|shortage) of [\w-]+( [\w-]+)?",
    re.IGNORECASE,
)
# Ranking only: a subject that is one overview titled as a category ("Bone Diseases")
# ranks this much lower unless the query names it (``_below_specific``); 0 turns it off.
UMBRELLA_PENALTY = 0.03
# A research passage ("what research (or clinical trials) is being done for X": NINDS's,
# NIHSeniorHealth's) answers only a question about research; for any other it ranks this
# much lower ("food has no taste anymore, is that just old age" found NIDCD's research first).
RESEARCH_PENALTY = 0.03
_CATEGORY = re.compile(r"\b(Diseases|Disorders)$")
# A passage that is only a list of links to other resources (GHR's "These resources
# address the diagnosis or management of X: - Genetic Testing Registry …", 1,085 of
# MedQuAD's passages) answers nothing itself: it ranks this much lower, so another page's
# passage that does answer comes first ("I've been diagnosed with Addison's disease, how
# is it treated": NIDDK's treatments, not GHR's list). Not when the query types every word
# of its subject's title ("doctors think rothmund-thomson, is there any cure"): then it is
# the page asked for. 0 turns it off.
RESOURCE_LIST_PENALTY = 0.03
_RESOURCE_LIST = re.compile(r"^\W*(these|the following) resources (address|provide|offer)\b", re.IGNORECASE)
# A test named as what found something is the background, not the subject: "my ECG shows a
# first degree heart block, what does that mean" asks about heart block, "an ultrasound found
# a cyst on my ovary" about the cyst. The test's own subject ranks this much lower when the
# query names another one. 0 turns it off.
TEST_RESULT_PENALTY = 0.05
_RESULT_VERBS = r"(said|says|showed|shows|show|found|finds|came back (with|showing)|revealed|reveals|detected|picked up|confirmed|spotted|diagnosed)"
# Ranking only: cancer.gov writes one page for adults and one for children ("Adult Central
# Nervous System Tumors", "Childhood Brain and Spinal Cord Tumors"). A query that speaks only
# of adults ranks the childhood page this much lower, one that speaks only of children the
# adult page ("what are the symptoms of a brain or spinal cord tumor in adults"): enough to
# outweigh TITLE_EXACT_BONUS, which the childhood title earns when the age word is set
# aside. Words of age only: a son or a mother can be of any age. 0 turns it off.
OTHER_AGE_PENALTY = 0.12
# A query naming a type by its number ("spinocerebellar ataxia type 1", "type 2 diabetes")
# ranks pages whose titles number another type this much lower ("spinocerebellar ataxia
# type 36", "Spinocerebellar ataxia 11"): the title checks read words, not numbers. Only
# when some page's title has the number asked. 0 turns it off.
OTHER_TYPE_PENALTY = 0.1
# A letter after the number names a subtype: "Waardenburg syndrome type 2B" asks GARD's
# "Waardenburg syndrome type 2B", not its "Waardenburg syndrome type 2" (which the type
# number alone reads as the same type). When the family has a page of the subtype asked,
# its other pages of that number rank this much lower. 0 turns it off.
OTHER_SUBTYPE_PENALTY = 0.03
_SUBTYPE_ASKED = re.compile(r"\btypes?[ -](\d+[a-z]\d*)(?![\w-])", re.IGNORECASE)
_SUBTYPE_IN_TITLE = re.compile(r"\btypes? (\d+[a-z]\d*)\b", re.IGNORECASE)
# The page of the family without a number, on a site that has the type's own page, is
# broader too: "oculocutaneous albinism type 2. What are the symptoms?" asks GARD's
# "Oculocutaneous albinism type 2", not GARD's "Oculocutaneous albinism" (the same penalty).
# Another site's family page may be its only one: NIHSeniorHealth's "Diabetes" answers "can
# you prevent type 2 diabetes". False leaves the unnumbered page as it is.
FAMILY_PAGE_LOWER = True
# And the other way: a query naming a family without a number ("they call it brachyolmia.
# What symptoms does it cause?") asks the family's own page, where its site has one: that
# site's numbered pages of the family ("Brachyolmia type 3") rank OTHER_TYPE_PENALTY lower.
# False leaves them as they are.
NUMBERED_BELOW_FAMILY = True
# A type may be asked by its number alone after the family's name: "spinocerebellar ataxia 6
# treatment options" asks type 6 (GHR's "spinocerebellar ataxia type 6"), not GARD's
# "Spinocerebellar ataxia 2". Only after a word that ends a numbered family's name. False
# reads only "type 6".
BARE_TYPE_NUMBERS = True
# A title of another type is not the one a query names word for word: titles are read
# without digits, so "3 methylglutaconic aciduria type V" would be all of "3-methylglutaconic
# aciduria type 3" (Costeff syndrome's other name). False reads the words only.
TITLES_OF_THE_TYPE = True
# A page whose title numbers no type is of the type another of its names numbers, when
# that name is a numbered family's ("Northern epilepsy", also "neuronal ceroid
# lipofuscinosis 8", is no answer to "neuronal ceroid lipofuscinosis 9"). False reads
# titles only.
TYPES_IN_OTHER_NAMES = True
# A sentence may end after the number ("says paragangliomas 4. What symptoms…"); a decimal
# ("4.5") or a band ("3-4") names no type.
_BARE_TYPE = re.compile(r"\b([a-z]+)[ -](\d{1,2})(?![\w-]|\.\w)")
# "type 2H" asks type 2, as a title's "type 1C" is of type 1.
_TYPE_ASKED = re.compile(r"\btypes?[ -](\d+(?=[a-z]?(?![\w-]))|(?:viii|vii|vi|iv|v|iii|ii|i|one|two|three|four|five)(?![\w-]))", re.IGNORECASE)
# "type 1C" and "type 2B1" are of type 1 and 2 (the letter and number after it are read with
# the type, so the family's name is what remains); a roman numeral is read whole ("type VI", not "V").
_TYPE_IN_TITLE = re.compile(r"\btypes? (\d+)(?:[a-z]\d*)?\b|\btypes? (viii|vii|vi|iv|v|iii|ii|i)\b|\b(\d+)[a-z]?\s*$", re.IGNORECASE)
_TYPE_NUMBERS = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8",
                 "one": "1", "two": "2", "three": "3", "four": "4", "five": "5"}
# A query naming a chromosome band ("3p deletion syndrome symptoms", "1p36 deletion")
# ranks pages named by another band this much lower: "3p" is as distinctive as a name,
# yet the model scores 22q13.3 and 2q37 deletion syndromes as near as 3p-. Bands match
# when one is the other or narrows it ("22q" and "22q11.2"). A page is named by its
# narrowest bands: GARD's "Chromosome 1q41-q42 deletion syndrome", also called "1q
# deletion", is not a page of "1q21.1". 0 turns it off.
OTHER_BAND_PENALTY = 0.3
NARROWEST_BANDS = True
# A title of another band is not the one a query names word for word (see _titles_named).
TITLES_OF_THE_BAND = True
# A query naming a condition by its short code ("men2a symptoms", "SCA 3", "cmt1a") ranks
# the pages its sites call by the same letters and another number this much lower: MEN 2B
# and MEN 1 are siblings of MEN 2A the model cannot tell apart, and titles are read
# without digits. Codes come from a page's names that are only a code ("MEN 2A",
# "SCA3"). 0 turns it off.
OTHER_CODE_PENALTY = 0.1
# A code only one subject is called by names that subject as its title would: "the genetic
# report says DFNA 23, what symptoms will my kids have" asks GARD's "Deafness, autosomal
# dominant nonsyndromic sensorineural 23", not GHR's "nonsyndromic hearing loss", which the
# model scored higher. Other subjects' pages rank this much lower. Only codes whose letters
# are no English word ("type 2", "men 2" are read by the type and code checks above). 0
# turns it off.
OTHER_SUBJECT_CODE_PENALTY = 0.03
_CODE_NAME = re.compile(r"^\s*([a-z]{2,6})[ -]?(\d{1,2})([a-z]?)\s*$", re.IGNORECASE)
_CODE_ASKED = re.compile(r"(?<![\w-])([a-z]{2,6})[ -]?(\d{1,2})([a-z]?)(?![\w-])", re.IGNORECASE)
_BAND = re.compile(r"(?<![\w.])(?:\d{1,2}|x|y)[pq](?:\d+(?:\.\d+)*)?(?![\w])", re.IGNORECASE)
_CHILDHOOD_TITLE = re.compile(r"^(Childhood|Pediatric|Paediatric)\b", re.IGNORECASE)
_ADULT_TITLE = re.compile(r"^Adult\b", re.IGNORECASE)
_ADULTS = re.compile(
    r"\b(adults?|adulthood|grown[- ]?ups?|elderly)\b",
    re.IGNORECASE,
)
_CHILDREN = re.compile(
    r"\b(child|children|childhood|kids?|toddlers?|infants?|bab(y|ies)|newborns?|teens?|teenagers?|adolescents?|p(a)?ediatric)\b",
    re.IGNORECASE,
)
# "can X cause Y": a complications question when X is the subject, a causes one when Y is
# (``_effect_is_the_subject``).
_CAUSE_CLAUSE = re.compile(
    r"\b(can|could|does|do|did|will|would|might|may) (?P<cause>.+?) (cause|lead to|result in|damage|give (you|me|people|someone|kids|children)|make|leave) (?P<effect>.+)|"
    # Said, not asked: "a blog said treatment after a bad pap test can damage the cervix".
    r"\b(?P<said>.+?) (can|could|may|might) (cause|lead to|result in|damage) (?P<said_effect>.+)",
    re.IGNORECASE,
)
# "lumps in the breast that are not cancer", "an atypical mycobacterial lung infection, not
# TB", "milder than achondroplasia", "the test for NF1 was negative": what the query sets
# aside is not what it asks about; subjects named by the words set aside rank this much
# lower (only in a clause that sets a thing aside: "how do I know it's not cancer" still
# asks about cancer). 0 switches it off.
SET_ASIDE_PENALTY = 0.1
_SET_ASIDE = re.compile(
    r"(?:\b(?:that|which)\s+(?:is|are|was|were)\s+not|\b(?:that|which)\s+(?:isn'?t|aren'?t|wasn'?t|weren'?t)|,\s*(?:but\s+)?not|\bbut not|"
    r"\b(?:other than|rather than|apart from|excluding|except(?: for)?|instead of)|"
    # What a condition is measured against: "short arms and legs, milder than achondroplasia".
    r"\b(?:milder|worse|less severe|more severe|less serious|more serious) than)\s+(?:(?:a|an|the|my|any)\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
# A test that was negative sets its condition aside: "the test for NF1 was negative; the
# doctor says Legius syndrome", "tested negative for celiac".
_RULED_OUT = re.compile(
    r"\b(?:the |a |my |his |her |their |our )?(?:(?:genetic |blood )?tests?|screening) for (?:(?:a|an|the)\s+)?(?P<thing>[\w-]+(?:\s+[\w-]+)?)\s+"
    r"(?:was|were|came back|came out|is|are)\s+(?:all\s+)?(?:negative|normal|clear)\b|"
    r"\btested\s+negative\s+for\s+(?:(?:a|an|the)\s+)?(?P<tested>[\w-]+(?:\s+[\w-]+)?)|"
    r"\bruled\s+out\s+(?:(?:a|an|the)\s+)?(?P<ruled>[\w-]+(?:\s+[\w-]+)?)",
    re.IGNORECASE,
)
_SET_ASIDE_STOPWORDS = frozenset("a an the my any that this it is are was were be what why how".split())
# "could that cause it": an effect that is only a pronoun is the condition asked about,
# when the cause is something else ("could that", "can an infection"), not "can it cause
# it". False reads the pronoun as no subject.
PRONOUN_EFFECT = True
_PRONOUN_ONLY = re.compile(r"^\W*(it|this|that|these|those|they|them)\W*$", re.IGNORECASE)
# "…bleeding at 19 weeks, could a weak cervix cause that": what was described, asked back as
# one of the condition's signs (``_sign_asked_back``). False reads it as what it leads to.
SIGN_ASKED_BACK = True
# "neeche pressure at 21 weeks, is this a weak cervix": signs described, then the condition
# named, ask whether they are its signs (its symptoms passage), not what it is; "my cervix
# measured 2.2 cm at 19 weeks, is that a weak cervix" names no sign. False: its overview.
SIGNS_THEN_IS_IT = True
_BACK_REFERENCE = re.compile(r"^\W*(this|that|these|those)\W*$", re.IGNORECASE)
# "could my earlier D&C be behind it": a cause asked about that only the subject's risk
# passage names (the seed article lists D&C among risk factors, not causes) is answered there
# too (``_named_only_as_risk``). False answers it with the causes passage alone.
RISK_NAMED_ONLY = True
# Only a specific word counts as named there: one the English word list's corpus uses under
# this many times ("curettage", "collagen", "Pap"; not "rare" or "procedure", which the risk
# passage happens to say too: "they say a weak cervix is rare, so why did I get it").
RISK_NAMED_USES = 3000
# A question only about what a condition leads to, or only about its outlook, is answered
# by the overview of a subject with no heading of that type (``_with_intent``); False
# lifts nothing there, kept so evaluations can compare.
IN_OVERVIEW = True
IN_OVERVIEW_TYPES = frozenset({"complications", "outlook"})
# What a subject is, asked when the best passage of all is of a subject with no overview
# (GARD's pages that list only symptoms, "Idiopathic basal ganglia calcification
# childhood-onset"): that passage is all there is about it and is lifted as the other
# subjects' overviews are. False leaves it below them, kept so evaluations can compare.
BEST_FOR_NO_OVERVIEW = True
# "is incompetent cervix genetic": where a subject has no heading on inheritance, its
# passage that speaks of genes answers before its overview (the seed's risk factors:
# "genetic disorders affecting … collagen"). False leaves it to the overview.
GENES_PASSAGE = True
# "diagnosed with Feingold syndrome, what causes it": where a subject has no heading on
# causes (GHR's), its "What are the genetic changes related to X?" passage answers
# ("Mutations in the MYCN gene cause Feingold syndrome"), first within its subject; only
# for a subject the query names by its title (not "migraines with aura, what causes them",
# where GHR's migraine genes would push NINDS's answer down).
CAUSES_IN_GENES = True
_GENETIC_CHANGES_HEADING = re.compile(r"^\W*what are the genetic changes related to\b", re.IGNORECASE)
# "my child has nephronophthisis, what genes cause it": a subject with a passage on its
# genetic changes answers with that one alone; its "Is X inherited?" tells how it passes
# down, not which genes. False lifts both, as any inheritance question does.
WHICH_GENES = True
_WHICH_GENES = re.compile(
    r"\b(what|which) (\w+ )?genes?\b|\bgenes? (that |which )?(are |is )?(involved|responsible|mutated|affected|behind|cause|causes|caused)\b|"
    # A name and the word: "batten disease gene", "hyperkalemic periodic paralysis genetics";
    # not "is it in the genes".
    r"^[\w' -]+(?<!the )(?<!in )(?<!my )(?<!our )(?<!his )(?<!her )(?<!your )(?<!their )\bgene(s|tics)?(?=\W*$)",
    re.IGNORECASE,
)
# "the neurologist thinks Brody disease. Is it passed down in families?", "spg2 plp1
# inheritance": a question only of how a subject passes down, not of its genes, is answered
# by its "Is X inherited?" heading first where it has one (GHR's genetic changes are typed
# inheritance too). False lifts both.
HOW_IT_PASSES_DOWN = True
_INHERITED_HEADING = re.compile(r"^\W*is .+ inherited\W*$", re.IGNORECASE)
_PASSES_DOWN = re.compile(
    r"\b(inherit(ed|s|able|ance)?|hereditary|heritable|passed (down|on)|pass(es|ed)? (it |this |that |them )?(down|on)|"
    r"runs? in (the |my |our |his |her |their )?famil(y|ies))\b",
    re.IGNORECASE,
)
# "I had radiation years ago, could that have caused my uterine sarcoma": where a subject
# has no heading on causes (cancer.gov's), its risk passage answers ("Being exposed to
# x-rays can increase the risk"), first within its subject. False leaves it to the ranking.
CAUSES_IN_RISK = True
# "glucose galactose malabsorption diet": where a subject has no heading on day-to-day
# living (MedQuAD's genetics pages), its treatment passage answers ("managed by removing
# glucose and galactose from the diet"), first within its subject. False leaves it to the
# ranking.
LIFESTYLE_IN_TREATMENT = True
# Only a search for a condition's diet ("aldolase b deficiency diet"): exercise named in a
# description ("muscle cramps after exercise") asks about the condition, not its treatment.
_DIET_LAST = re.compile(r"\b(diet|foods? to (eat|avoid))\W*$", re.IGNORECASE)
# A closing "what is X" where X names the best-ranked subject asks for its overview, as the
# name alone does (``_asks_what_the_subject_is``). False reads only the name alone.
WHAT_IS_THE_SUBJECT = True
_GENES = re.compile(r"\b(genetic|genes?|inherit\w*|hereditary|runs? in (the )?famil\w*|family history)\b", re.IGNORECASE)
_A_TREATMENT = re.compile(r"\b(surgery|operation|procedure|transplant|treatments?|therapy|chemo\w*|radiation)\b", re.IGNORECASE)
# A passage lifted as the type asked keeps this share of its distance to its subject's best
# (a tie-breaker between subjects; see ``_with_intent``).
LIFT_KEEPS = 0.1
# No lift for a passage below the calibration's off-topic mean.
LIFT_FLOOR = True
# No answer from an article that uses none of the query's topic words.
NO_SHARED_WORD = True
# ... and the next subjects that do share one are still shown: the article's ranking first
# does not make the query unanswerable ("keep losing my voice": familial vocal cord
# dysfunction never says "voice"; MedlinePlus's voice disorders, next, does).
SKIP_UNSHARED = True
# The lower bar needs the query's words in the answering passage or in two of its article's.
PASSING_MENTIONS = True
# "When should I see my doctor?" answers "If you have any signs or symptoms listed above":
# for its passing-mention check, the symptoms its subject lists are its own words ("should
# I ring my ob if I have spotting and pelvic pressure"). False reads it alone.
DOCTOR_REFERS_TO_SYMPTOMS = True
# When the best passage's heading answers the type asked, the symptoms a visitor describes
# are their situation, not what they ask: "feeling pressure low down and I had a cone
# biopsy, am I at higher risk" (pressure is the symptoms passage's; the risk is asked). The
# symptoms its subject lists then count as its words, as for the doctor passage; so does
# the treatment a visitor has had ("since the stitch went in I've had more discharge, when
# should I get seen"). Not "what is an abnormal pap test", where the words only a risk
# factor has are what is asked. False reads the answering passage alone.
SYMPTOMS_DESCRIBED_ARE_SITUATION = True
TREATMENT_HAD_IS_SITUATION = True
# Between equal scores, the subject the query names first (no type asked).
NAME_TIE = 0.002
# With no type asked, a query naming every word of two titles, one holding the other
# ("which medicines are safe in pregnancy": "Medicines", "Pregnancy and Medicines"), asks
# about the longer: the subjects of the broader title rank this much lower. Subjects it
# does not name keep their place ("shooting pain down the back of my leg": Sciatica before
# Back Pain). 0 switches it off.
BROADER_TITLE_PENALTY = 0.02
# Among passages lifted for the type asked, one of a subject the query names comes first
# when within this much of another's (Huntington disease before Huntington disease-like
# syndrome for "how common is Huntington's disease").
NAMED_LIFT = 0.01
# Words that ask whether a condition is inherited ("are kidney stones hereditary", "does
# autism run in families"): the question type, not part of the subject's name, on either
# side of the title check ("Hereditary xanthinuria" shares nothing with kidney stones).
INHERITANCE_WORDS = frozenset("hereditary genetic inherited inherit familial run runs family families".split())
INHERITANCE_WORDS_ASK = True
# ... named by its title, not a synonym: GHR's "hypercholesterolemia" is "high cholesterol"
# only as an alternate name, and is not lifted over "High Blood Cholesterol".
TITLED_ONLY = True
# A query that is one subject's title and a question type and nothing else ("what causes
# cataracts", "how to prevent the flu") asks about that subject. Subjects whose title has
# none of its words only mention it (Nance-Horan syndrome's causes, about cataracts among
# other things) rank OTHER_TITLE_PENALTY lower and are not lifted for the type asked; the
# subjects of exactly that title rank TITLE_EXACT_BONUS higher than those whose title adds
# to it (Dwarfism before "Microcephalic osteodysplastic primordial dwarfism type 1").
# Ranking only: "answered" is decided by evidence as before. 0 switches it off.
OTHER_TITLE_PENALTY = 0.15
# A subject whose names have the words the title named leaves out is named too, not only
# mentioning it: "ring 20 epilepsy" names Epilepsy word for word ("ring" asks no topic, digits
# are not read), yet "ring" and "20" are GHR's "ring chromosome 20 syndrome" (also "ring
# chromosome 20 epilepsy syndrome"). False penalises it as another subject.
OTHER_NAMES_SAY_THE_REST = True
_TOKEN = re.compile(r"[a-z0-9]+")
TITLE_EXACT_BONUS = 0.06
TITLES_READ = 100  # the subjects of this many leading passages: only they can come first
# A matching list item ranks a passage at most this far above its subject's best evidence.
ITEM_MARGIN: float | None = 0.02
# A question that names its subject only as "it", "this", "they": the message before it says what.
_REFERS_BACK = re.compile(r"\b(it|this|they|them)\b", re.IGNORECASE)
METHODS = ("hybrid", "dense", "bm25")  # dense and bm25 alone are reference lines for evaluation
# Candidates per query: the passages of the nearest DENSE_CANDIDATES vectors (from the
# vector index, approximate past kb.vectors.FLAT_MAX_VECTORS) plus the LEXICAL_CANDIDATES
# best BM25 passages. Every candidate's dense score is then computed exactly.
DENSE_CANDIDATES = 256
LEXICAL_CANDIDATES = 100
# Subjects of this many best candidates count as leading: their passages of the question
# type asked are scored exactly even when no near vector brought them in.
LEADING_PASSAGES = 10


@dataclass(frozen=True)
class Hit:
    """One ranked passage and why it ranked."""

    passage: Passage
    score: float


class Scores(NamedTuple):
    """Per passage row: what is reported and decides "answered", what orders, and which
    rows were scored exactly (the others are only bounded by the nearest-vector search)."""

    evidence: np.ndarray
    ranking: np.ndarray
    exact: np.ndarray


def _bands_named(text: str) -> frozenset[str]:
    return frozenset(band.lower() for band in _BAND.findall(text))


def _bands_match(bands: frozenset[str], named: frozenset[str]) -> bool:
    """Whether a page named by ``bands`` is of a band in ``named``: one is the other or
    narrows it ("22q" and "22q11.2")."""
    return any(band.startswith(asked) or asked.startswith(band) for band in bands for asked in named)


def _codes(matches: Iterable[tuple[str, str, str]]) -> frozenset[tuple[str, str, str]]:
    """Short codes as (letters, number, letter): "MEN 2A" -> ("men", "2", "a")."""
    return frozenset((letters.lower(), number.lstrip("0") or "0", suffix.lower()) for letters, number, suffix in matches)


def _codes_match(codes: frozenset[tuple[str, str, str]], asked: frozenset[tuple[str, str, str]]) -> bool:
    """Whether a page of ``codes`` is one ``asked`` names: the same letters and number,
    and the same letter after it unless one has none ("CMT1" names "CMT1A")."""
    return any(
        code[:2] == named[:2] and (code[2] == named[2] or not code[2] or not named[2]) for code in codes for named in asked
    )


def _narrowest(bands: frozenset[str]) -> frozenset[str]:
    """``bands`` without those another of them narrows ("1q" beside "1q41")."""
    if not NARROWEST_BANDS:
        return bands
    return frozenset(band for band in bands if not any(other != band and other.startswith(band) for other in bands))


def _type_numbers(found: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The type numbers of ``_TYPE_IN_TITLE`` or ``_TYPE_ASKED`` matches, as digits."""
    numbers = (next(part for part in groups if part) for groups in found if any(groups))
    return frozenset(_TYPE_NUMBERS.get(number.lower(), number.lstrip("0") or "0") for number in numbers)


def _word_runs(said: tuple[str, ...], longest: int) -> Iterator[tuple[str, ...]]:
    """Every run of two to ``longest`` consecutive words of ``said``, shortest first."""
    for length in range(2, min(longest, len(said)) + 1):
        for start in range(len(said) - length + 1):
            yield said[start : start + length]


def _initials_written(names: Iterable[str], texts: list[str], is_english: Callable[[str], bool]) -> set[str]:
    """The initials of ``names`` that ``texts`` write in capitals ("Porphyria cutanea tarda
    (PCT) is …"), of three to five letters and no English word."""
    found = set()
    for name in names:
        for letters in {initials(name), initials(name, linking_words=True)}:
            if 3 <= len(letters) <= 5 and not is_english(letters.lower()):
                written = re.compile(rf"(?<![\w-]){letters}(?![\w-])")
                if any(written.search(text) for text in texts):
                    found.add(letters)
    return found


def _titles_by_other_name(
    passages: list[Passage], is_english: Callable[[str], bool]
) -> dict[tuple[str, ...], tuple[tuple[str, ...], str]]:
    """Other names of two words or more -> (the title's words, the title), for names that
    belong to one title only and have a word no English dictionary has ("willis ekbom
    disease" -> Restless legs syndrome; not "food poisoning", which may mean other pages)."""
    titles: dict[tuple[str, ...], dict[tuple[str, ...], str]] = {}
    in_titles: set[tuple[str, ...]] = set()  # every run of two words or more of a title
    # A document's passages share its names: each pair of title and names is read once.
    for passage in {(p.title, p.alt_names): p for p in passages}.values():
        title = words(passage.title)
        in_titles.update(title[start:end] for start in range(len(title)) for end in range(start + 2, len(title) + 1))
        for name in passage.alt_names:
            said = words(name)
            # Not a name with a number or a letter ("45,X syndrome" reads as "x syndrome"), nor
            # initials ("CM-AVM"); a word of two letters in a longer name is the name's
            # ("Somerville-Van der Aa syndrome").
            if (
                len(said) >= 2
                and said != title
                and not any(c.isdigit() for c in name)
                and min(map(len, said)) >= (2 if len(said) >= 3 else 3)
                and not all(map(is_english, said))
            ):
                titles.setdefault(said, {}).setdefault(title, passage.title)
    # Not a family's name some title holds ("batten disease", "hearing loss"): the query may
    # mean that title.
    return {name: next(iter(named.items())) for name, named in titles.items() if len(named) == 1 and name not in in_titles}


def _others_lower(
    ranking: np.ndarray, names_by_row: dict[int, frozenset[str]], matches: Callable[[frozenset[str]], bool], penalty: float
) -> np.ndarray:
    """``ranking`` with the rows of ``names_by_row`` whose names do not match ``penalty``
    lower, when some row's do (a band or a type number asked that no title has changes
    nothing)."""
    other = [row for row, names in names_by_row.items() if not matches(names)]
    if len(other) == len(names_by_row):
        return ranking
    ranking = ranking.copy()
    ranking[other] -= np.float32(penalty)
    return ranking


def _site_and_name(passage: Passage, title: str) -> tuple[str, str]:
    """A page's site (its id's first part: "gard") and ``title`` as a subject's key."""
    return passage.id.split("-", 1)[0], " ".join(subject_key(title).split())


def subject_key(title: str) -> str:
    """What makes two titles one subject: MedQuAD's sites write one condition's name
    with and without a possessive or hyphen ("Hirschsprung's disease", GHR's
    "Hirschsprung disease"; "Lesch-Nyhan syndrome"); digits stay ("type 1", "type 2")."""
    title = title.casefold()
    if ONE_SUBJECT_PER_NAME:
        title = _NOT_A_NAME_CHARACTER.sub(" ", _TITLE_POSSESSIVE.sub("", title))
    return title.strip()


class Reading(NamedTuple):
    """How the product reads a query."""

    searched: str  # what is searched: other languages' health words in English, misspelt words in the knowledge base's spelling, lay phrases' clinical words added
    typed: str  # the words typed, misspelt ones in the knowledge base's spelling
    asked: frozenset[str]  # question types asked, of the words typed (an added word asks nothing)


@dataclass(frozen=True)
class SearchResult:
    query: str
    answered: bool
    hits: list[Hit]  # those at or above min_score, best first
    min_score: float
    index_version: str
    searched: str = ""  # the query as searched: other languages' health words in English, misspelt words in the knowledge base's spelling

    def __post_init__(self):
        if not self.searched:
            object.__setattr__(self, "searched", self.query)


# Characters that carry nothing: control characters (NUL, escapes), whitespace of any
# script, a byte-order mark, lone surrogates. A query made only of these is empty. The
# API's OpenAPI document states the same set as a pattern (webapp/openapi.py).
BLANK_RANGES = (
    ("\u0000", "\u0020"), ("\u007f", "\u00a0"), ("\u1680", "\u1680"), ("\u2000", "\u200a"),
    ("\u2028", "\u2029"), ("\u202f", "\u202f"), ("\u205f", "\u205f"), ("\u3000", "\u3000"),
    ("\ufeff", "\ufeff"), ("\ud800", "\udfff"),
)
_BLANK = re.compile("[" + "".join(f"{a}-{b}" for a, b in BLANK_RANGES) + "]+")


# A line break before a line that starts a question ends a sentence: "Hi\n20 weeks
# pregnant\ncervix 2cm on scan\nwhat are my options?" asks what the options are, not about
# the scan (kb/intent.py reads the last question). Elsewhere a line break is a space: a
# message wrapped mid-sentence stays one sentence.
LINE_BREAKS_END_SENTENCES = True
_LINE_BEFORE_A_QUESTION = re.compile(
    rf"(?<![.!?;:,\s])[ \t]*(?:\r\n|\r|\n)\s*(?={QUESTION_OPENERS}\b)",
    re.IGNORECASE,
)


# Text pasted from social media or sent by another service spells letters with other
# characters: full-width ("ｈｏｗ ｉｓ"), mathematical bold ("𝐰𝐡𝐚𝐭"), ligatures ("ﬁx"),
# with invisible marks inside words (a soft hyphen, a zero-width space or joiner). The
# product reads their compatibility forms (NFKC) without the marks; False reads them as
# sent, kept so evaluations can compare. The echoed query keeps the characters sent.
PLAIN_CHARACTERS = True
_INVISIBLE_IN_WORDS = re.compile("[\u00ad\u200b-\u200d\u2060]")


# Words run together the way file names, links and hashtags join them are read apart:
# "incompetent_cervix_symptoms", "?q=why+does+cervix+open+early", "WhatIsIncompetentCervix"
# (three or more capitalised parts; not "McDonald" or "DiGeorge"). False reads them as sent.
JOINED_WORDS_APART = True
_JOINER = re.compile(r"(?<=[^\W_])[_+]+(?=[^\W_])")
_CAMEL_CASE = re.compile(r"\b[A-Z]?[a-z]+(?:[A-Z][a-z]+){2,}\b")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])")


def joined_words_apart(query: str) -> str:
    """``query`` with underscores and pluses between words, and the humps of CamelCase, as spaces."""
    query = _JOINER.sub(" ", query)
    return _CAMEL_CASE.sub(lambda found: _CAMEL_HUMP.sub(" ", found[0]), query)


def in_plain_characters(query: str) -> str:
    """``query`` with letters in their plain forms and invisible in-word marks dropped."""
    return unicodedata.normalize("NFKC", _INVISIBLE_IN_WORDS.sub("", query))


def as_read(query: str) -> str:
    """``query`` as the product reads it: plain characters (see PLAIN_CHARACTERS); line
    breaks before a question end a sentence."""
    plain = in_plain_characters(query) if PLAIN_CHARACTERS else query
    marked = _LINE_BEFORE_A_QUESTION.sub(". ", plain) if LINE_BREAKS_END_SENTENCES else plain
    apart = joined_words_apart(marked) if JOINED_WORDS_APART else marked
    return normalize_query(apart)


def normalize_query(query: str) -> str:
    """Collapse whitespace and drop control characters (NUL, escapes) a visitor never meant."""
    return _BLANK.sub(" ", query).strip()


def validate_query(query: object, k: object = DEFAULT_K, min_score: object = None) -> tuple[str, int, float | None]:
    """Check search arguments; raise QueryError with a message fit for the caller."""
    if not isinstance(query, str) or not normalize_query(query):
        raise QueryError("the query is empty: type a question")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is longer than {MAX_QUERY_CHARS} characters")
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
        raise QueryError(f"k must be a whole number from 1 to {MAX_K}")
    if min_score is not None:
        if isinstance(min_score, bool) or not isinstance(min_score, (int, float)) or not np.isfinite(min_score):
            raise QueryError("min_score must be a number from 0 to 1")
        if not 0.0 <= float(min_score) <= 1.0:
            raise QueryError("min_score must be a number from 0 to 1")
        min_score = float(min_score)
    return normalize_query(query), k, min_score


def _heading_types(question: str, title: str) -> frozenset[str]:
    """The types a heading answers, read from its question's form, not its subject's name:
    "What are the symptoms of Prevent diabetes problems: …?" answers symptoms, not
    prevention. A heading that asks what its subject is ("What is (are) Heart
    Diseases--Prevention?") answers what its title says, so its title is read then."""
    if not HEADING_FORM_ONLY or not title:
        return heading_types(question)
    form = heading_types(re.sub(re.escape(title), "X", question, flags=re.IGNORECASE))
    return heading_types(question) if form <= {"overview"} else form


class KnowledgeBase:
    """A loaded index plus the encoder for its model: the one object the app keeps."""

    def __init__(
        self,
        index: LoadedIndex,
        encoder: Encoder,
        min_score: float | None = None,
        dense_weight: float = DENSE_WEIGHT,
    ):
        """
        Args:
            min_score: the "answered" threshold; None calibrates it to this index
                (see kb/calibration.py and ``calibration``).
        """
        self.index = index
        self.encoder = encoder
        self.configured_min_score = min_score
        self.dense_weight = dense_weight
        self.intent_bonus = INTENT_BONUS
        self._by_id = {passage.id: row for row, passage in enumerate(index.passages)}
        answered_types = [_heading_types(p.question, p.title) for p in index.passages]
        self._type_masks = {name: np.array([name in types for types in answered_types], dtype=bool) for name in TYPES}
        # Passages about one subject: the same title (an article, or MedQuAD's focus across sites).
        _, topics = np.unique([subject_key(p.title) for p in index.passages], return_inverse=True)
        self._topics = topics.reshape(-1)
        self._topic_order = np.argsort(self._topics, kind="stable")  # rows grouped by topic, for reduceat
        self._topic_starts = np.searchsorted(self._topics[self._topic_order], np.arange(self._topics.max(initial=-1) + 1))
        # Subjects that are one overview (MedlinePlus topics: "What is tinnitus?" alone):
        # that passage is their answer to every question type.
        # Per page (one title as written): a one-page topic merged with another site's
        # headings ("Attention Deficit-Hyperactivity Disorder") is still one overview.
        _, pages = np.unique([p.title.casefold().strip() for p in index.passages], return_inverse=True)
        pages = pages.reshape(-1)
        not_overview = np.zeros(pages.max(initial=-1) + 1, dtype=bool)
        not_overview[pages[~self._type_masks["overview"]]] = True
        self._overview_only = ~not_overview[pages]
        # Per passage, whether its subject has a heading of each type that may be answered
        # elsewhere instead (``_with_intent``): fixed per index, so found once.
        self._subject_has = {
            name: self._per_subject(np.maximum, self._type_masks[name].astype(np.int8)).astype(bool)
            for name in IN_OVERVIEW_TYPES | {"inheritance", "causes", "overview", "lifestyle"}
        }
        self._umbrella = self._overview_only & np.array([bool(_CATEGORY.search(p.title)) for p in index.passages])
        self._childhood_titles = np.array([bool(_CHILDHOOD_TITLE.search(p.title)) for p in index.passages])
        self._adult_titles = np.array([bool(_ADULT_TITLE.search(p.title)) for p in index.passages])
        self._bands = {
            row: bands
            for row, p in enumerate(index.passages)
            if (bands := _narrowest(frozenset().union(*(_bands_named(name) for name in (p.title, *p.alt_names)))))
        }
        self._codes = {
            row: codes
            for row, p in enumerate(index.passages)
            if (codes := _codes(m.groups() for name in (p.title, *p.alt_names) if (m := _CODE_NAME.match(name))))
        }
        self._type_numbers = {
            row: numbers for row, p in enumerate(index.passages) if (numbers := _type_numbers(_TYPE_IN_TITLE.findall(p.title)))
        }
        # A numbered title's family ("oculocutaneous albinism" of "... type 2") on its site, and
        # the rows of unnumbered titles by site and name: the family's own page there.
        self._type_families = {row: _site_and_name(index.passages[row], _TYPE_IN_TITLE.sub(" ", index.passages[row].title)) for row in self._type_numbers}
        self._subtypes = {row: m.group(1).lower() for row in self._type_numbers if (m := _SUBTYPE_IN_TITLE.search(index.passages[row].title))}
        self._type_family_words = {word for _, family in self._type_families.values() if family and len(word := family.split()[-1]) > 3} - set(STOPWORDS)
        # An unnumbered title may be a numbered family's type by another name: GHR's
        # "Northern epilepsy" is also "neuronal ceroid lipofuscinosis 8". Only names of a
        # family some title numbers count ("Trisomy 21" numbers no type).
        self._other_name_types: dict[int, frozenset[str]] = {}
        if TYPES_IN_OTHER_NAMES:
            families = {family for _, family in self._type_families.values() if family}
            for row, p in enumerate(index.passages):
                if row in self._type_numbers:
                    continue
                # The number first: most other names have none, and a name's key costs more.
                numbered = ((name, found) for name in p.alt_names if (found := _TYPE_IN_TITLE.findall(name)))
                numbers = frozenset().union(
                    *(_type_numbers(found) for name, found in numbered if _site_and_name(p, _TYPE_IN_TITLE.sub(" ", name))[1] in families)
                )
                if numbers:
                    self._other_name_types[row] = numbers
        self._unnumbered_by_name: dict[tuple[str, str], list[int]] = {}
        for row, p in enumerate(index.passages):
            if row not in self._type_numbers:
                self._unnumbered_by_name.setdefault(_site_and_name(p, p.title), []).append(row)
        # Per family whose site has its own page: the family's words and its numbered rows.
        numbered_by_family: dict[tuple[str, str], list[int]] = {}
        for row, family in self._type_families.items():
            if family[1] and family in self._unnumbered_by_name:
                numbered_by_family.setdefault(family, []).append(row)
        self._numbered_with_family_page = [(frozenset(family[1].split()), rows) for family, rows in numbered_by_family.items()]
        self._resource_lists = np.array([bool(_RESOURCE_LIST.search(p.answer)) for p in index.passages])
        self._genetic_changes = np.array([bool(_GENETIC_CHANGES_HEADING.search(p.question)) for p in index.passages])
        self._inherited_heading = np.array([bool(_INHERITED_HEADING.search(p.question)) for p in index.passages])
        self._resource_title_words = {
            int(row): frozenset(words(index.passages[int(row)].title)) - PEOPLE_AND_KINDS for row in np.flatnonzero(self._resource_lists)
        }
        self._vectors = stored_vectors(index.vectors)
        # Vectors are stored passage by passage: passage p owns rows starts[p]:starts[p + 1].
        self._vector_starts = np.searchsorted(index.vector_rows, np.arange(len(index.passages) + 1))
        ranking_only = [VIEW_KINDS.index(kind) for kind in RANKING_ONLY_KINDS]
        kinds = index.vector_kinds
        self._evidence = np.ones(len(index.vector_rows), dtype=bool) if kinds is None else ~np.isin(kinds, ranking_only)
        self.speller = Speller.for_counts(index.vocabulary, (name for p in index.passages for name in (p.title, *p.alt_names)))
        self.lay_terms = LayTerms(index.vocabulary)
        self.initialisms = Initialisms(
            ((int(subject), name) for p, subject in zip(index.passages, self._topics) for name in (p.title, *p.alt_names)),
            lambda word, subject: self.speller.english_uses(word) >= INITIALS_OVER_RARE_WORDS_BELOW
            or (word in index.vocabulary and bool((self._topics[index.lexical.passages_using(word)] != subject).any())),
            self.speller.is_english,
            lambda word: self.speller.correct(word) != word,
        )
        self._titles_by_other_name = _titles_by_other_name(index.passages, self.speller.is_english) if OTHER_NAME_ADDS_TITLE else {}
        self.topic_list = TopicList(topic_groups(), self.speller.is_english, medicine_names())
        # Per topic of the topic list, the subjects that have one of its names as their own
        # (title or alternate name): found once, for the tie-break on a named subject.
        self._subjects_named: dict[int, list[int]] = {}
        self._subjects_titled: dict[int, list[int]] = {}
        for subject, start in enumerate(self._topic_starts):
            passage = index.passages[int(self._topic_order[start])]
            own = {words(name) for name in (passage.title, *passage.alt_names)}
            for group in self.topic_list.topics_named(own):
                self._subjects_named.setdefault(group, []).append(subject)
            for group in self.topic_list.topics_named({words(passage.title)}):
                self._subjects_titled.setdefault(group, []).append(subject)
        # Per subject, the topics it does not cover: built the first time a query names a topic.
        self.subject_topics = functools.lru_cache(maxsize=CACHED_SUBJECTS)(self._subject_topics)
        self._distinctive = functools.lru_cache(maxsize=CACHED_NAMES)(self._distinctive)
        self.word_coverage = WordCoverage(self._coverage_texts, self.lay_terms, self._rare_term)
        self.calibration: Calibration | None = None
        if min_score is None:
            self.calibration = calibrate(self.best_evidence, DEFAULT_MIN_SCORE)
        self.min_score = self.calibration.threshold if min_score is None else min_score

    @classmethod
    def open(
        cls,
        index_dir: str | Path,
        model: str | None = None,
        encoder: Encoder | None = None,
        min_score: float | None = None,
        backend: str = "auto",
    ) -> "KnowledgeBase":
        """Load the index in ``index_dir`` and the model it was built with.

        Args:
            model: the model the server is configured for; None trusts the manifest.
                A different model than the index's is refused (IndexMismatch).
            encoder: an already loaded encoder to share (tests, index swaps).
            backend: how queries are embedded when no encoder is given ("auto",
                "onnx" or "torch"; see ``kb.embedding.load_encoder``).
            min_score: the "answered" threshold; None calibrates it to the index.
        """
        expected = encoder.name if encoder else (model_identity(model) if model else None)
        index = load_index(index_dir, expected_model=expected)
        if encoder is None:
            encoder = load_encoder(model or index.manifest.get("model", DEFAULT_MODEL), backend)
        return cls(index, encoder, min_score)

    @property
    def passages(self) -> list[Passage]:
        return self.index.passages

    @property
    def manifest(self) -> dict:
        return self.index.manifest

    def get(self, passage_id: str) -> Passage | None:
        """The passage with this id, or None."""
        row = self._by_id.get(passage_id)
        return None if row is None else self.index.passages[row]

    def search(
        self,
        query: str,
        k: int = DEFAULT_K,
        min_score: float | None = None,
        method: str = "hybrid",
        checked: bool | None = None,
    ) -> SearchResult:
        """Rank passages for ``query``; those scoring below ``min_score`` are not returned.

        Args:
            method: "hybrid" (the product); "dense" or "bm25" alone for evaluation.
                With "bm25" scores are raw BM25, not 0..1.
            checked: whether passages that cannot answer (another topic's article, a
                practical question no heading answers) are left out. By default they
                are, except at ``min_score=0``, the raw ranking; evaluation ranks with
                the checks and no threshold, as the product orders what it shows.

        Raises:
            QueryError: empty or over-long query, k out of range, bad min_score.
        """
        raw = query
        query, k, min_score = validate_query(query, k, min_score)
        if method not in METHODS:
            raise QueryError(f"method must be one of {', '.join(METHODS)}")
        threshold = self.min_score if min_score is None else min_score
        searched, typed, asked = self._interpret(as_read(raw)) if method == "hybrid" else Reading(query, query, frozenset())
        scores, ranking, exact = self.scores(searched, method, asked)
        if not asked and method == "hybrid" and self._asks_what_the_subject_is(typed, ranking):
            asked = frozenset({"symptoms" if self._signs_then_is_it(typed, ranking) else "overview"})
            scores, ranking, exact = self.scores(searched, method, asked)
        if "complications" in asked and method == "hybrid" and self._sign_asked_back(typed, ranking):
            asked = (asked - {"complications"}) | {"symptoms"}
            scores, ranking, exact = self.scores(searched, method, asked)
        elif "complications" in asked and method == "hybrid" and self._effect_is_the_subject(typed, ranking):
            asked = (asked - {"complications"}) | {"causes", "risk"}
            scores, ranking, exact = self.scores(searched, method, asked)
        if asked == {"causes"} and method == "hybrid" and self._named_only_as_risk(searched, ranking):
            asked = asked | {"risk"}
            scores, ranking, exact = self.scores(searched, method, asked)
        # A query that is one subject's title and a type: see OTHER_TITLE_PENALTY.
        titled = None
        if asked and method == "hybrid" and OTHER_TITLE_PENALTY:
            exactly, sharing = self._titles_named(typed, exact, ranking)
            if exactly.any():
                # Subjects whose title says any of it ("Age-related Macular Degeneration" for
                # "macular degeneration") are still lifted for the type asked.
                titled = sharing
                ranking = ranking + np.float32(TITLE_EXACT_BONUS) * exactly - np.float32(OTHER_TITLE_PENALTY) * ~sharing
        # The topics the query names, found once: the named overviews and the tie-break read them.
        mentioned = self._topics_mentioned(typed) if method == "hybrid" else set()
        named = self._named_overviews(typed, exact, mentioned) if method == "hybrid" else None
        if asked:
            in_named = self._in_subjects_named(mentioned, TITLED_ONLY) if method == "hybrid" else None
            ranking = self._with_intent(asked, ranking, exact, typed, named, in_named, titled)
        if method == "hybrid":
            ranking = self._below_specific(ranking, exact, typed, named)
            ranking = self._for_the_age_asked(ranking, typed)
            ranking = self._of_the_band_named(ranking, typed)
            ranking = self._of_the_type_named(ranking, typed)
            ranking = self._of_the_code_named(ranking, typed)
            ranking = self._set_aside_lower(ranking, exact, typed)
            if RESEARCH_PENALTY and "research" not in asked:
                ranking = ranking - np.float32(RESEARCH_PENALTY) * self._type_masks["research"]
            if RESOURCE_LIST_PENALTY:
                ranking = ranking - np.float32(RESOURCE_LIST_PENALTY) * self._resource_lists_not_named(typed)
            reported = self._tests_reporting(typed, mentioned)
            if reported:
                ranking = ranking - np.float32(TEST_RESULT_PENALTY) * self._in_subjects_named(reported)
            if not asked:
                ranking = self._named_first_on_ties(ranking, mentioned)
                ranking = self._broader_titles_lower(ranking, exact, typed)
        if min_score is None and method == "hybrid":
            bars, threshold = self._covered_bars(typed, scores, ranking, threshold, asked)
        else:
            bars = np.full(len(scores), threshold, dtype=np.float32)
        shown = np.flatnonzero(self._shown(scores, ranking, bars))
        order = shown[np.argsort(-ranking[shown], kind="stable")]
        if (threshold > 0 if checked is None else checked) and method == "hybrid":
            order = self._answerable(order, typed, asked, k)
        hits = [Hit(self.index.passages[row], float(scores[row])) for row in order[:k]]
        return SearchResult(query, bool(hits), hits, threshold, self.index.version, searched)

    def best_evidence(self, query: str) -> float:
        """The highest evidence any passage has for ``query``: it is answered at any
        threshold up to this."""
        searched, _, asked = self._interpret(as_read(query))
        return float(self.scores(searched, "hybrid", asked).evidence.max(initial=0.0))

    def _interpret(self, query: str) -> Reading:
        """How the product reads ``query`` (see ``Reading``)."""
        # Other languages' words first: the speller would "correct" them into English ones.
        query = in_standard_english(in_english(query)) if MIXED_LANGUAGE else query
        query = without_thanks_in_advance(query)
        # Initials first: the speller would read "IC" as a misspelt word.
        query = self.initialisms.expand(query) if INITIALISMS else query
        typed = self.speller.correct(query) if SPELLING else query
        asked = query_types(typed) if self.intent_bonus else frozenset()
        if (
            MEDICINE_IS_TREATMENT
            and not asked
            and self.intent_bonus
            and self.topic_list.names_a_medicine(_A_LEVEL_OF.sub(" ", typed))
            and not self._says_a_name_with_a_medicine(typed)
            and not _EXPOSED_BEFORE_BIRTH.search(typed)
        ):
            asked = frozenset({"treatment"})  # "methotrexate for rheumatoid arthritis"
        if EXPOSURE_IS_A_RISK and not asked and self.intent_bonus and _BEFORE_BIRTH.search(typed):
            asked = frozenset({"causes", "risk"})  # "my mum was given DES while pregnant with me"
        searched = self.lay_terms.expand(typed) if LAY_TERMS else typed
        if self._implies_the_subject(typed, asked):
            searched = f"{searched} ({self.index.passages[0].title})"
        elif titles := self._titles_of_other_names(typed):
            searched = f"{searched} ({'; '.join(titles)})"
        return Reading(searched, typed, asked)

    @functools.cached_property
    def _names_with_a_medicine(self) -> frozenset[tuple[str, ...]]:
        """The subjects' names (as words) with a medicine's name in them ("pyridoxamine
        5-prime-phosphate oxidase deficiency"); found the first time a query names a medicine."""
        medicine_words = {word for group in self.topic_list.medicines for name in self.topic_list.names(group) for word in name}
        names = {words(name) for p in self.index.passages for name in (p.title, *p.alt_names)}
        return frozenset(
            name
            for name in names
            if 2 <= len(name) <= _LONGEST_MEDICINE_NAME
            and not medicine_words.isdisjoint(name)
            and self.topic_list.names_a_medicine(" ".join(name))
        )

    def _says_a_name_with_a_medicine(self, typed: str) -> bool:
        """Whether ``typed`` says a subject's name that has a medicine's name in it."""
        return any(run in self._names_with_a_medicine for run in _word_runs(words(typed), _LONGEST_MEDICINE_NAME))

    def _titles_of_other_names(self, typed: str) -> list[str]:
        """The titles of subjects ``typed`` names only by another name (see OTHER_NAME_ADDS_TITLE)."""
        if not self._titles_by_other_name:
            return []
        said = words(typed)
        found: dict[tuple[str, ...], str] = {}
        for name in _word_runs(said, _LONGEST_OTHER_NAME):
            named = self._titles_by_other_name.get(name)
            # "Syndrome" or "disease" shared with the name is no sign the title was said.
            if named and not (set(named[0]) - (set(name) & _GENERIC_NAME_WORDS)) & set(said):
                found[named[0]] = named[1]
        return list(found.values())

    def _implies_the_subject(self, typed: str, asked: frozenset[str]) -> bool:
        """Whether ``typed`` asks about this one-article knowledge base's article without
        naming anything (see IMPLIED_SUBJECT)."""
        one_article = len(self._topic_starts) == 1
        return IMPLIED_SUBJECT and bool(asked) and one_article and self.word_coverage.names_nothing(typed)

    def _covered_bars(
        self, typed: str, scores: np.ndarray, ranking: np.ndarray, threshold: float, asked: frozenset[str] = frozenset()
    ) -> tuple[np.ndarray, float]:
        """Per passage, the bar its evidence must clear; and the bar the answer is held to.

        The calibrated threshold, except for the subject of the best-ranked passage
        when it uses every topic word of ``typed`` (kb/word_coverage.py): that subject
        is held to the lower covered threshold. Only when no passage clears the
        threshold: the lower bar turns "no answer" into an answer, never adds
        passages to one."""
        bars = np.full(len(scores), threshold, dtype=np.float32)
        covered = self.calibration.covered_threshold if self.calibration else threshold
        if not WORD_COVERAGE or covered >= threshold or not len(scores) or scores.max() >= threshold:
            return bars, threshold
        best = int(np.argmax(ranking))
        subject = self._topics[best]
        in_subject = self._topics == subject
        if scores[in_subject].max() < covered or not self.word_coverage.covers(typed, int(subject), LAY_TERMS):
            return bars, threshold
        answers_asked = bool(asked) and self._answers(best, asked)
        if PASSING_MENTIONS and self._mentioned_in_passing(typed, best, answers_asked):
            return bars, threshold
        return np.where(in_subject, np.float32(covered), bars), covered

    def _mentioned_in_passing(self, typed: str, row: int, answers_asked: bool = False) -> bool:
        """Whether a topic word of ``typed`` is the article's only through one passage
        other than the best one ("is spotting normal after a pap smear": one risk factor
        mentions a Pap test). The article's names count as the best passage's words;
        so do the symptoms it lists, for the doctor passage and for a passage that
        ``answers_asked``, and then its treatments too (see SYMPTOMS_DESCRIBED_ARE_SITUATION)."""
        subject = int(self._topics[row])
        names = " ".join(sorted(self.subject_topics(subject).own_words)) if OWN_NAMES_COVER else ""
        passage = f"{lexical_text(self.index.passages[row])} {names}"
        doctor = DOCTOR_REFERS_TO_SYMPTOMS and self._type_masks["doctor"][row]
        situation = ["symptoms"] if doctor or (SYMPTOMS_DESCRIBED_ARE_SITUATION and answers_asked) else []
        if TREATMENT_HAD_IS_SITUATION and answers_asked:
            situation.append("treatment")
        if situation:
            rows = self._subject_rows(subject)
            rows = rows[np.logical_or.reduce([self._type_masks[name][rows] for name in situation])]
            passage = " ".join([passage, *(lexical_text(self.index.passages[int(r)]) for r in rows)])
        return bool(self.word_coverage.mentioned_in_passing(typed, passage, self._subject_texts(subject), LAY_TERMS))

    def _asks_what_the_subject_is(self, typed: str, ranking: np.ndarray) -> bool:
        """Whether ``typed`` is only the best-ranked subject's name, or closes by asking
        what that subject is ("heartbroken after a loss at 19 weeks, what is an
        incompetent cervix"); not "what is a cerclage", a treatment the subject names."""
        if self._names_the_subject_only(typed, ranking):
            return True
        thing = what_is(typed) if WHAT_IS_THE_SUBJECT else None
        return bool(thing) and self._names_the_subject_only(thing, ranking)

    def _names_the_subject_only(self, typed: str, ranking: np.ndarray) -> bool:
        """Whether ``typed`` is only a name of the best-ranked subject ("incompetent
        cervix", "cervical incompetence", "gout"): a visitor who types a condition's
        name wants its overview, not whichever passage repeats the name most."""
        if not OVERVIEW_FOR_NAMES or not len(ranking):
            return False
        subject = int(self._topics[int(np.argmax(ranking))])
        return self.word_coverage.only_forms_of(typed, self.subject_topics(subject).own_words)

    def _subject_rows(self, subject: int) -> np.ndarray:
        """The passage rows of one subject (an article's passages)."""
        start = self._topic_starts[subject]
        end = self._topic_starts[subject + 1] if subject + 1 < len(self._topic_starts) else len(self._topics)
        return self._topic_order[start:end]

    def _coverage_texts(self, subject: int) -> list[str]:
        """What word coverage reads of a subject: its passages, and the words of its
        names' synonyms ("weak cervix" is the seed article's subject, though it never
        says "weak")."""
        texts = self._subject_texts(subject)
        return texts + [" ".join(sorted(self.subject_topics(subject).own_words))] if OWN_NAMES_COVER else texts

    def _subject_texts(self, subject: int) -> list[str]:
        """What BM25 indexes of each passage of one subject."""
        return [lexical_text(self.index.passages[row]) for row in self._subject_rows(subject)]

    def scores(self, query: str, method: str = "hybrid", asked: frozenset[str] = frozenset()) -> Scores:
        """For every passage row, the evidence that it answers ``query`` (the reported
        score, which decides "answered") and the score that orders it (the evidence
        plus what only ranks, such as list items). Higher is better. With ``asked``
        question types, the passages of those types in the leading subjects are
        always scored exactly (see ``_with_intent``)."""
        if method == "bm25":
            scores = self.index.lexical.scores(query)
            return Scores(scores, scores, np.ones(len(scores), dtype=bool))
        if method == "dense":
            return self._dense_scores(query, focus=False)  # the plain reference line
        coverage = self.index.lexical.coverage(query)
        lexical_best = np.argpartition(-coverage, min(LEXICAL_CANDIDATES, len(coverage) - 1))[:LEXICAL_CANDIDATES]
        dense = self._dense_scores(query, lexical_best[coverage[lexical_best] > 0])
        if asked:
            dense = self._complete_leading_subjects(query, dense, self.fuse(dense.ranking, coverage), asked)
        return self._items_within_subject(Scores(self.fuse(dense.evidence, coverage), self.fuse(dense.ranking, coverage), dense.exact))

    def _items_within_subject(self, scores: Scores) -> Scores:
        """``scores`` with what a list item adds to a passage's ranking kept within its
        subject: the item orders the subject's passages ("peeing all the time" finds the
        symptoms list of the article), but does not carry the subject past others.
        "A nodule on my thyroid, could it be cancer" matches "people who have cancerous
        thyroid nodules", an item of hyperthyroidism's treatments (evidence 0.40), best;
        thyroid cancer's overview (0.64) answers it."""
        if ITEM_MARGIN is None:
            return scores
        best = self._per_subject(np.maximum, np.where(scores.exact, scores.evidence, -np.inf))
        cap = np.maximum(scores.evidence, best + np.float32(ITEM_MARGIN))
        ranking = np.where(scores.exact, np.minimum(scores.ranking, cap), scores.ranking)
        return Scores(scores.evidence, ranking.astype(np.float32), scores.exact)

    def _complete_leading_subjects(self, query: str, dense: Scores, ranking: np.ndarray, asked: frozenset[str]) -> Scores:
        """``dense`` with the passages of the asked types in the leading subjects (those
        of the LEADING_PASSAGES best candidates) scored exactly. The nearest vectors of
        a described condition are its overview's; the passage that answers the type
        asked ("What causes gout?") may resemble the query too little to be among them."""
        candidates = np.flatnonzero(dense.exact)
        leading = candidates[np.argsort(-ranking[candidates])[:LEADING_PASSAGES]]
        in_leading = np.isin(self._topics, np.unique(self._topics[leading]))
        missing = np.flatnonzero(in_leading & self._matches(asked) & ~dense.exact)
        if not len(missing):
            return dense
        evidence, ranking, exact = dense.evidence.copy(), dense.ranking.copy(), dense.exact.copy()
        evidence[missing], ranking[missing] = self._exact_dense(self._query_vector(query), missing)
        exact[missing] = True
        return Scores(evidence, ranking, exact)

    def _answerable(self, order: np.ndarray, typed: str, asked: frozenset[str], k: int) -> np.ndarray:
        """``order`` (rows, best first) without what they cannot answer, however near they score.

        A passage whose article does not cover the health topic the query names is
        dropped ("cervical cancer symptoms" on an article about cervical insufficiency;
        "dupuytren's contracture treatment" on one about a syndrome that shares
        "treatment" and a hand; kb/topics.py): the next subject that covers it moves
        up, or there is no answer. Only the first SUBJECTS_CHECKED subjects are asked.
        Then, when the query asks only a practical type the best passage's heading does
        not answer ("how much do hearing aids cost" is not answered by "What are
        hearing aids?"), there is no answer.
        """
        about = self.lay_terms.substitute(typed) if LAY_TERMS else typed
        named = self.topic_list.named(typed) + self.topic_list.named(about)
        if TOPIC_CHECK and len(order) and any(self._distinctive(name) for name, _ in named):

            def covers(subject: int) -> bool:
                topics = self.subject_topics(subject)
                # Lay phrases read as their clinical words where this article uses them:
                # "spotting" is bleeding, which the seed article covers, not the topic
                # "Spotting" (bleeding between periods); "covid" stays covid for an
                # article that never says coronavirus.
                read = self.lay_terms.substitute(typed, topics.uses) if LAY_TERMS else typed
                if not topics.asks_about_another(read):
                    return True
                # Nor when a lay phrase took a word of the subject's own names with it and
                # named no other topic: "I have cerebral palsy, is a cervical stitch still
                # possible" names the cervix as typed. Not "I leak urine when I cough" on a page
                # about urine blockage: read, it names urinary incontinence.
                return set(topics.named(read)) <= set(topics.named(typed)) and not topics.asks_about_another(typed, adjectives=False)

            order = self._of_subjects_that(covers, order, k)
        # An answer whose article uses none of the query's topic words is about something else;
        # so is every answer after it of such an article. Not a question that names nothing on
        # a one-article knowledge base (IMPLIED_SUBJECT).
        if (
            NO_SHARED_WORD
            and len(order)
            and not self._implies_the_subject(typed, asked)
            and self.word_coverage.shares_no_word(typed, int(self._topics[order[0]]), self.speller.is_english)
        ):
            if not SKIP_UNSHARED:
                return order[:0]

            def shares(subject: int) -> bool:
                return not self.word_coverage.shares_no_word(typed, subject, self.speller.is_english)

            order = self._of_subjects_that(shares, order, k)
        practical = asked & PRACTICAL_TYPES
        # A pet's health is never a question for this knowledge base, whatever else it asks.
        only_practical = asked <= PRACTICAL_TYPES or ("cost" in asked and asks_cost_first(typed)) or "animal" in asked
        if len(order) and practical and only_practical and not self._answers(int(order[0]), practical):
            return order[:0]
        return order

    def _of_subjects_that(self, keeps: Callable[[int], bool], order: np.ndarray, k: int) -> np.ndarray:
        """The first ``k`` rows of ``order`` whose subject ``keeps``; only the first
        SUBJECTS_CHECKED subjects are asked."""
        kept_subject: dict[int, bool] = {}
        kept = []
        for row in order:
            subject = int(self._topics[row])
            if subject not in kept_subject:
                if len(kept_subject) == SUBJECTS_CHECKED:
                    break
                kept_subject[subject] = keeps(subject)
            if kept_subject[subject]:
                kept.append(row)
                if len(kept) == k:
                    break
        return np.array(kept, dtype=np.int64)

    def _subject_topics(self, subject: int) -> ForeignTopics:
        """The topics one subject (an article) does not cover."""
        passages = [self.index.passages[row] for row in self._subject_rows(subject)]
        own_names = {name for passage in passages for name in (passage.title, *passage.alt_names)}
        vocabulary = word_counts(lexical_text(p) for p in passages)
        texts = [lexical_text(p) for p in passages]
        if INITIALS_WRITTEN_NAME:
            own_names |= _initials_written(own_names, texts, self.speller.is_english)
        return ForeignTopics(self.topic_list, own_names, vocabulary, self._distinctive, texts)

    def _distinctive(self, name: tuple[str, ...]) -> bool:
        """Whether a topic name names one subject here: its rarest word is used by at
        most DISTINCTIVE_SHARE of the passages, or DISTINCTIVE_PASSAGES ("dupuytren",
        "tennis"; not "blood" on MedQuAD)."""
        # A word no passage uses as written counts 0, whatever its stem: "cervicitis" shares
        # the stem "cervic" with "cervical", which the article uses everywhere.
        counts = [self.index.lexical.passage_count(word) if self._written(word) else 0 for word in name]
        counts = [count for count in counts if count is not None]
        return bool(counts) and min(counts) <= max(DISTINCTIVE_SHARE * len(self.index.passages), DISTINCTIVE_PASSAGES)

    def _rare_term(self, word: str) -> bool:
        """Whether ``word`` is a term too rare to share by chance: no general health topic's
        word (the topic list's "labour", "scan", "miscarriage") and used under RARE_ENGLISH_USES
        times in the English word list's corpus ("cerclage", "pessary"; not "stitch")."""
        return word not in self.topic_list.words and self.speller.english_uses(word) < RARE_ENGLISH_USES

    def _written(self, word: str) -> bool:
        """Whether a passage uses ``word`` as written (in the singular or plural), or it is a stop word."""
        vocabulary = self.index.vocabulary
        forms = (word, word + "s", word[:-1] if word.endswith("s") else word)
        return not self.index.lexical.tokenize(word) or any(form in vocabulary for form in forms)

    def _answers(self, row: int, asked: frozenset[str]) -> bool:
        """Whether the passage in ``row`` has a heading of one of the ``asked`` types."""
        return any(self._type_masks[name][row] for name in asked)

    def _alone_where_present(self, rows: np.ndarray) -> np.ndarray:
        """``rows``, and every row of the subjects that have none of them."""
        return rows | ~self._per_subject(np.maximum, rows.astype(np.int8)).astype(bool)

    def _matches(self, asked: frozenset[str]) -> np.ndarray:
        """Passages whose heading answers one of the ``asked`` question types."""
        return np.logical_or.reduce([self._type_masks[name] for name in asked])

    def _with_intent(
        self, asked: frozenset[str], ranking: np.ndarray, exact: np.ndarray, typed: str = "", named: np.ndarray | None = None,
        in_named: np.ndarray | None = None, titled: np.ndarray | None = None,
    ) -> np.ndarray:
        """Ranking scores that put the question type asked first within its subject.

        A visitor's question is a subject plus a question type: "big toe swollen and
        painful at night, what causes that" is about gout and asks for causes. The
        overview ("What is gout?") usually matches the description best, so the passage
        of the type asked is ranked just above the best passage of its own subject (same
        title), plus ``intent_bonus`` against other subjects. Only passages scored
        exactly are lifted: one merely bounded is no match for the query's subject.
        ``named``: the rows ``_named_overviews`` finds for ``typed``, when already known.
        """
        # A passage that resembles the query no more than off-topic questions resemble their
        # best passage is not lifted: "what should I do" after a tick bite is not answered by
        # the treatment of Crimean-Congo fever (0.19), whose prevention passage leads (0.47).
        floor = self.calibration.off_topic_mean if LIFT_FLOOR and self.calibration else 0.0
        exact = exact & (ranking >= floor)
        matches = self._matches(asked) & exact
        if WHICH_GENES and "inheritance" in asked and _WHICH_GENES.search(typed):
            matches &= self._alone_where_present(self._genetic_changes)
        elif HOW_IT_PASSES_DOWN and asked == {"inheritance"} and _PASSES_DOWN.search(typed):
            matches &= self._alone_where_present(self._inherited_heading)
        headed = matches.copy()  # of the type asked by their heading
        in_overview = np.zeros_like(matches)
        # What a condition leads to, and how it goes, is in its overview where no heading
        # asks it ("This can cause a miscarriage or premature delivery"; GARD's ALS overview,
        # "death often results … within 2 to 10 years"). First in its subject, but without
        # the bonus against other subjects: a neighbour's own outlook heading answers better.
        # Not when a treatment is named: "how long to recover from cataract surgery" asks
        # about the treatment.
        if len(asked) == 1 and asked <= IN_OVERVIEW_TYPES and IN_OVERVIEW and not _A_TREATMENT.search(typed):
            (kind,) = asked
            in_overview = ~self._subject_has[kind] & self._type_masks["overview"] & exact & ~matches
        if BEST_FOR_NO_OVERVIEW and asked == {"overview"} and exact.any():
            # Only the best passage of all: a subject that merely comes near ("maturity onset
            # diabetes of the young, type 6" for "what is maturity onset diabetes of the
            # young") does not pass the overviews.
            best = int(np.argmax(np.where(exact, ranking, -np.inf)))
            matches[best] |= not self._subject_has["overview"][best]
        if LIFESTYLE_IN_TREATMENT and asked == {"lifestyle"} and _DIET_LAST.search(typed):
            in_overview |= ~self._subject_has["lifestyle"] & self._type_masks["treatment"] & exact & ~matches
        if CAUSES_IN_RISK and asked == {"causes"}:
            in_overview |= ~self._subject_has["causes"] & self._type_masks["risk"] & exact & ~matches
        if CAUSES_IN_GENES and asked == {"causes"} and in_named is not None:
            in_overview |= ~self._subject_has["causes"] & self._genetic_changes & in_named & exact & ~matches
        if GENES_PASSAGE and asked == {"inheritance"}:
            in_overview |= self._speaking_of_genes(exact & ~matches & ~self._type_masks["overview"])
        if OVERVIEW_ONLY_ANSWERS and not asked & PRACTICAL_TYPES:
            matches |= self._named_overviews(typed, exact) if named is None else named
        # A query that is only a subject's title and a type: subjects whose title does not
        # say it are not lifted (``titled``: those whose title does).
        if titled is not None:
            matches &= titled
            in_overview &= titled
            # Such a subject without a heading of the type asked answers in its overview
            # ("what causes dwarfism": "More than 200 different conditions can cause dwarfism").
            lacking = ~self._per_subject(np.maximum, self._matches(asked).astype(np.int8)).astype(bool)
            overview = self._type_masks["overview"]
            if in_overview.any():
                # A subject with another passage offered for the type (its passage on genes for
                # inheritance, its risk factors for causes: cancer.gov's "Who is at risk for
                # Childhood Liver Cancer?" for "liver cancer in children causes") answers
                # with it, not with its overview.
                overview = overview & ~self._per_subject(np.maximum, in_overview.astype(np.int8)).astype(bool)
            in_overview |= titled & lacking & overview & exact & ~matches
        headed &= matches
        if not TOPIC_LIFT:
            return ranking + self.intent_bonus * matches
        subject_best = self._per_subject(np.maximum, ranking)
        # The 1 % of its own score orders several passages of the asked type within one subject.
        first = np.maximum(ranking, subject_best) + 0.01 * ranking
        # A lifted passage keeps part of the distance to its subject's best: a subject whose
        # treatment passage barely matches the query (0.34; it leads on prevention, 0.66)
        # does not pass one whose treatment passage is its best (0.65).
        lifted = first + LIFT_KEEPS * (ranking - subject_best)
        if NAMED_LIFT and in_named is not None:
            lifted = lifted + np.float32(NAMED_LIFT) * (in_named & headed)
        return np.where(matches, lifted + self.intent_bonus, np.where(in_overview, first, ranking))

    def _speaking_of_genes(self, rows: np.ndarray) -> np.ndarray:
        """Of ``rows``, the passages of subjects with no inheritance heading that speak of
        genes or family history: such a subject's answer to "is it hereditary"."""
        genes = np.zeros(len(rows), dtype=bool)
        for row in np.flatnonzero(rows & ~self._subject_has["inheritance"]):
            genes[row] = bool(_GENES.search(self.index.passages[int(row)].answer))
        return genes

    def _leading_subjects(self, ranking: np.ndarray, exact: np.ndarray) -> list[int]:
        """The subjects of the TITLES_READ best-ranked passages scored exactly: the only
        ones whose titles the title checks read."""
        leading = np.flatnonzero(exact)
        leading = leading[np.argsort(-ranking[leading], kind="stable")[:TITLES_READ]]
        return [int(subject) for subject in np.unique(self._topics[leading])]

    def _titles_named(self, typed: str, exact: np.ndarray, ranking: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Per passage, whether its subject's title is all ``typed`` asks about besides the
        question type, and whether it has any of it (read for the subjects of the
        TITLES_READ best passages scored exactly; the others count as having it)."""
        exactly = np.zeros(len(exact), dtype=bool)
        sharing = np.ones(len(exact), dtype=bool)  # only the leading subjects are read
        subjects = self._leading_subjects(ranking, exact)
        rows = [self._subject_rows(subject) for subject in subjects]
        titles = [self.index.passages[int(r[0])].title for r in rows]
        ignored = PEOPLE_AND_KINDS | INHERITANCE_WORDS if INHERITANCE_WORDS_ASK else PEOPLE_AND_KINDS
        bands = _bands_named(typed) if OTHER_BAND_PENALTY and TITLES_OF_THE_BAND else frozenset()
        types = self._types_asked(typed) if OTHER_TYPE_PENALTY and TITLES_OF_THE_TYPE else frozenset()
        for subject_rows, (same, shares) in zip(rows, self.word_coverage.titles_named(typed, titles, ignored)):
            # Titles are read without digits: "1q21.1 deletion" is not GARD's "Chromosome
            # 1q41-q42 deletion syndrome" word for word.
            if same and bands and (own := self._bands.get(int(subject_rows[0]))) and not _bands_match(own, bands):
                same = False
            if same and types and (own_types := self._type_numbers.get(int(subject_rows[0]))) and not own_types & types:
                same = False
            exactly[subject_rows] = same
            sharing[subject_rows] = shares
        if OTHER_NAMES_SAY_THE_REST and exactly.any():
            # Words the title named leaves out that another subject's names have: that subject
            # is named too ("ring 20 epilepsy": "ring" and "20" are ring chromosome 20's).
            said = set(_TOKEN.findall(typed.lower())) - set(STOPWORDS) - QUESTION_WORDS - ignored
            rest = said - {token for subject_rows, title in zip(rows, titles) if exactly[subject_rows[0]] for token in _TOKEN.findall(title.lower())}
            for subject_rows, title in zip(rows, titles):
                names = (title, *self.index.passages[int(subject_rows[0])].alt_names)
                if rest and not sharing[subject_rows[0]] and any(rest & set(_TOKEN.findall(name.lower())) for name in names):
                    sharing[subject_rows] = True
        return exactly, sharing

    def _broader_titles_lower(self, ranking: np.ndarray, exact: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with BROADER_TITLE_PENALTY taken from the subjects whose title the
        query names word for word when it names a longer title holding it too (see
        BROADER_TITLE_PENALTY)."""
        if not BROADER_TITLE_PENALTY:
            return ranking
        subjects = self._leading_subjects(ranking, exact)
        titles = [self.index.passages[int(self._subject_rows(subject)[0])].title for subject in subjects]
        named = self.word_coverage.title_words_named(typed, titles)
        longest = {roots for roots in named if roots}
        broader = [subject for subject, roots in zip(subjects, named) if roots and any(roots < other for other in longest)]
        if not broader:
            return ranking
        return ranking - np.float32(BROADER_TITLE_PENALTY) * np.isin(self._topics, broader)

    def _set_aside_lower(self, ranking: np.ndarray, exact: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with SET_ASIDE_PENALTY taken from the leading subjects one of whose
        names has a word the query sets aside (see SET_ASIDE_PENALTY), unless the rest of
        the query names that word too."""
        if not SET_ASIDE_PENALTY:
            return ranking
        things = [found["thing"] for found in _SET_ASIDE.finditer(typed)]
        things += [next(t for t in found.group("thing", "tested", "ruled") if t) for found in _RULED_OUT.finditer(typed)]
        aside = {word for thing in things for word in words(thing)} - _SET_ASIDE_STOPWORDS
        if not aside:
            return ranking
        rest = set(words(_RULED_OUT.sub(" ", _SET_ASIDE.sub(" ", typed))))
        aside = {word for word in aside if word not in rest}
        if not aside:
            return ranking
        subjects = self._leading_subjects(ranking, exact)
        lowered = [subject for subject in subjects if aside & self.subject_topics(subject).own_words]
        if not lowered:
            return ranking
        return ranking - np.float32(SET_ASIDE_PENALTY) * np.isin(self._topics, lowered)

    def _effect_is_the_subject(self, typed: str, ranking: np.ndarray) -> bool:
        """Whether "can X cause Y" names the best subject as Y, not X: "can hormone changes
        cause an incompetent cervix" asks for causes; "can a weak cervix cause
        miscarriage" asks what the condition leads to."""
        clause = _CAUSE_CLAUSE.search(tag_question_asked(arrow_asked(typed)))  # "hormones can't cause it, can they?"
        if not clause or not len(ranking):
            return False
        cause, effect = (clause["cause"], clause["effect"]) if clause["cause"] else (clause["said"], clause["said_effect"])
        if PRONOUN_EFFECT and _PRONOUN_ONLY.match(effect) and cause.lower() != "it":
            # "I tore my cervix in my last delivery, could that cause it": "it" is the
            # condition asked about, "that" what happened.
            return True
        own = self.subject_topics(int(self._topics[int(np.argmax(ranking))])).own_words
        return bool(set(words(effect)) & own) and not set(words(cause)) & own

    def _answer_words(self, rows: np.ndarray) -> set[str]:
        """Every word the answers in ``rows`` use."""
        return {word for row in rows for word in words(self.index.passages[row].answer)}

    def _named_only_as_risk(self, searched: str, ranking: np.ndarray) -> bool:
        """Whether a cause question names something the best subject's risk passage says and
        its causes passage does not: "could my earlier D&C be behind it" (D&C is among the
        seed article's risk factors only). The subject's own words and common words
        (RISK_NAMED_USES) do not count."""
        if not RISK_NAMED_ONLY or not len(ranking):
            return False
        subject = int(self._topics[int(np.argmax(ranking))])
        rows = self._subject_rows(subject)
        cause_rows, risk_rows = rows[self._type_masks["causes"][rows]], rows[self._type_masks["risk"][rows]]
        if not len(cause_rows) or not len(risk_rows):
            return False
        in_causes, in_risk = self._answer_words(cause_rows), self._answer_words(risk_rows)
        own = self.subject_topics(subject).own_words
        named = [forms for forms in self.word_coverage.topic_words(searched) if not set(forms) & own]
        return any(
            any(form in in_risk and self.speller.english_uses(form) < RISK_NAMED_USES for form in forms)
            and not any(form in in_causes for form in forms)
            for forms in named
        )

    def _sign_asked_back(self, typed: str, ranking: np.ndarray) -> bool:
        """Whether "…, could X cause that" asks if what was described is a sign of X, the best
        subject: "my tracker logged bleeding at 19 weeks, could a weak cervix cause that"
        (bleeding is among its signs), or "can a weak cervix cause bleeding in pregnancy".
        Not "I lost the baby, could a weak cervix cause that",
        what it leads to, nor "could that cause it", a cause (``_effect_is_the_subject``)."""
        text = tag_question_asked(arrow_asked(typed))
        clause = _CAUSE_CLAUSE.search(text)
        if not SIGN_ASKED_BACK or not clause or not clause["cause"] or not len(ranking):
            return False
        subject = int(self._topics[int(np.argmax(ranking))])
        own = self.subject_topics(subject).own_words
        if not set(words(clause["cause"])) & own:
            return False
        rows = self._subject_rows(subject)
        sign_rows = rows[self._type_masks["symptoms"][rows]]
        signs = self._answer_words(sign_rows)
        if _BACK_REFERENCE.match(clause["effect"]):
            described = self.word_coverage.topic_words(text[: clause.start()])
        else:
            # Named in the question itself: "can a weak cervix cause bleeding in pregnancy".
            described = [forms for forms in self.word_coverage.topic_words(clause["effect"]) if not set(forms) & own]
        return any(form in signs for forms in described for form in forms)

    def _signs_then_is_it(self, typed: str, ranking: np.ndarray) -> bool:
        """Whether "…, is this X?" follows a sign of X, the best subject, described before it
        (a word its symptoms passage uses and its names do not): see SIGNS_THEN_IS_IT."""
        asked = is_it_asked(typed) if SIGNS_THEN_IS_IT and len(ranking) else None
        if not asked or not self._names_the_subject_only(asked[1], ranking):
            return False
        subject = int(self._topics[int(np.argmax(ranking))])
        own = self.subject_topics(subject).own_words
        rows = self._subject_rows(subject)
        signs = self._answer_words(rows[self._type_masks["symptoms"][rows]]) - own
        return any(form in signs for forms in self.word_coverage.topic_words(asked[0]) for form in forms)

    def _below_specific(self, ranking: np.ndarray, exact: np.ndarray, typed: str, named: np.ndarray | None = None) -> np.ndarray:
        """``ranking`` with category overviews ("Bone Diseases", "Uterine Diseases":
        MedlinePlus pages that list other conditions) UMBRELLA_PENALTY lower, unless the
        query names them: "can you avoid getting brittle bones as you get older" asks
        about osteoporosis, which the category page only mentions."""
        if not UMBRELLA_PENALTY or not self._umbrella.any():
            return ranking
        named = self._named_overviews(typed, exact) if named is None else named
        return ranking - np.float32(UMBRELLA_PENALTY) * (self._umbrella & ~named)

    def _for_the_age_asked(self, ranking: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with the other age group's page OTHER_AGE_PENALTY lower when the query
        speaks of adults only or of children only (see OTHER_AGE_PENALTY)."""
        if not OTHER_AGE_PENALTY:
            return ranking
        adults, children = bool(_ADULTS.search(typed)), bool(_CHILDREN.search(typed))
        if adults == children:
            return ranking
        other = self._childhood_titles if adults else self._adult_titles
        return ranking - np.float32(OTHER_AGE_PENALTY) * other

    def _of_the_band_named(self, ranking: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with pages named by another chromosome band OTHER_BAND_PENALTY lower,
        when ``typed`` names a band some page is named by (see OTHER_BAND_PENALTY)."""
        named = _bands_named(typed)
        if not OTHER_BAND_PENALTY or not named or not self._bands:
            return ranking
        return _others_lower(ranking, self._bands, lambda bands: _bands_match(bands, named), OTHER_BAND_PENALTY)

    def _types_asked(self, typed: str) -> frozenset[str]:
        """The type numbers ``typed`` asks for ("type 2", "type II"; see BARE_TYPE_NUMBERS)."""
        named = _type_numbers((number, "") for number in _TYPE_ASKED.findall(typed))
        if BARE_TYPE_NUMBERS:
            # "spinocerebellar ataxia 6 treatment options": a number right after the last word of
            # a numbered family ("ataxia") names the type, as GARD's "Spinocerebellar ataxia 11" does.
            named |= {number.lstrip("0") for word, number in _BARE_TYPE.findall(typed.lower()) if word in self._type_family_words}
        return named

    def _of_the_type_named(self, ranking: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with pages whose titles number another type OTHER_TYPE_PENALTY lower,
        when ``typed`` asks for a type some title numbers (see OTHER_TYPE_PENALTY)."""
        named = self._types_asked(typed)
        if not OTHER_TYPE_PENALTY or not self._type_numbers:
            return ranking
        if not named:
            return self._numbered_below_family(ranking, typed) if NUMBERED_BELOW_FAMILY else ranking
        lowered = _others_lower(ranking, {**self._other_name_types, **self._type_numbers}, lambda numbers: bool(numbers & named), OTHER_TYPE_PENALTY)
        if FAMILY_PAGE_LOWER:
            families = {self._type_families[row] for row, numbers in self._type_numbers.items() if numbers & named}
            family_pages = [row for family in families for row in self._unnumbered_by_name.get(family, ())]
            if family_pages:
                lowered = lowered.copy()
                lowered[family_pages] -= np.float32(OTHER_TYPE_PENALTY)
        if OTHER_SUBTYPE_PENALTY and (subtypes := {subtype.lower() for subtype in _SUBTYPE_ASKED.findall(typed)}):
            lowered = self._of_the_subtype_named(lowered, subtypes)
        return lowered

    def _of_the_subtype_named(self, ranking: np.ndarray, subtypes: set[str]) -> np.ndarray:
        """``ranking`` with the pages of a type that are not of the subtype asked
        OTHER_SUBTYPE_PENALTY lower, in families with a page of it (see OTHER_SUBTYPE_PENALTY)."""
        families = {self._type_families[row] for row, subtype in self._subtypes.items() if subtype in subtypes}
        numbers = {re.match(r"\d+", subtype).group().lstrip("0") for subtype in subtypes}
        rows = [
            row
            for row, family in self._type_families.items()
            if family in families and self._subtypes.get(row) not in subtypes and self._type_numbers[row] & numbers
        ]
        if not rows:
            return ranking
        lowered = ranking.copy()
        lowered[rows] -= np.float32(OTHER_SUBTYPE_PENALTY)
        return lowered

    def _numbered_below_family(self, ranking: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with the numbered pages of families ``typed`` names word for word
        OTHER_TYPE_PENALTY lower, where their site has the family's own page (see
        NUMBERED_BELOW_FAMILY)."""
        said = set(_TOKEN.findall(typed.lower()))
        rows = [row for words_of_family, numbered in self._numbered_with_family_page for row in numbered if words_of_family <= said]
        if not rows:
            return ranking
        lowered = ranking.copy()
        lowered[rows] -= np.float32(OTHER_TYPE_PENALTY)
        return lowered

    def _of_the_code_named(self, ranking: np.ndarray, typed: str) -> np.ndarray:
        """``ranking`` with the pages called by the letters of a short code ``typed`` names
        and another number OTHER_CODE_PENALTY lower (see OTHER_CODE_PENALTY)."""
        if not OTHER_CODE_PENALTY or not self._codes:
            return ranking
        asked = _codes(_CODE_ASKED.findall(typed))
        if not asked:
            return ranking
        letters = {code[0] for code in asked}
        family = {row: codes for row, codes in self._codes.items() if any(code[0] in letters for code in codes)}
        if not family:
            return ranking
        ranking = _others_lower(ranking, family, lambda codes: _codes_match(codes, asked), OTHER_CODE_PENALTY)
        distinctive = frozenset(code for code in asked if len(code[0]) > 2 and not self.speller.is_english(code[0]))
        called = [row for row, codes in family.items() if distinctive and _codes_match(codes, distinctive)]
        subjects = set(self._topics[called].tolist()) if called else set()
        if OTHER_SUBJECT_CODE_PENALTY and len(subjects) == 1:
            ranking = ranking - np.float32(OTHER_SUBJECT_CODE_PENALTY) * (self._topics != next(iter(subjects)))
        return ranking

    def _resource_lists_not_named(self, typed: str) -> np.ndarray:
        """Per passage, whether it is a list of resources (RESOURCE_LIST_PENALTY) whose
        subject's title ``typed`` does not spell out word for word."""
        typed_words = set(words(typed.replace("-", " ")))
        lists = self._resource_lists.copy()
        for row, title_words in self._resource_title_words.items():
            if title_words <= typed_words:
                lists[row] = False
        return lists

    def _tests_reporting(self, typed: str, mentioned: set[int]) -> set[int]:
        """The topics ``typed`` names as what found something ("my ECG shows", "an
        ultrasound found"), when it names another topic as well (see TEST_RESULT_PENALTY)."""
        if not TEST_RESULT_PENALTY:
            return set()
        text = typed.lower()
        reporting = set()
        for name, group in self.topic_list.named(typed):
            spelled = r"\W+".join(map(re.escape, name))
            if re.search(rf"\b{spelled}s?\W+(\w+ )?{_RESULT_VERBS}\b", text):
                reporting.add(group)
        return reporting if mentioned - reporting else set()

    def _topics_mentioned(self, typed: str) -> set[int]:
        """The topics ``typed`` names, as typed or through a lay phrase ("ringing in my
        ears" is tinnitus), short names included ("acne")."""
        about = {typed, self.lay_terms.substitute(typed)} if LAY_TERMS else {typed}
        return {group for text in about for group in self.topic_list.topics_mentioned(text)}

    def _in_subjects_named(self, mentioned: set[int], titled: bool = False) -> np.ndarray:
        """Per passage, whether its subject has a name of a topic in ``mentioned``."""
        table = self._subjects_titled if titled else self._subjects_named
        subjects = {subject for group in mentioned for subject in table.get(group, ())}
        return np.isin(self._topics, list(subjects)) if subjects else np.zeros(len(self._topics), dtype=bool)

    def _named_first_on_ties(self, ranking: np.ndarray, mentioned: set[int]) -> np.ndarray:
        """``ranking`` with NAME_TIE added to the subjects of the topics the query names
        (``mentioned``, from ``_topics_mentioned``): between two
        subjects that score the same ("can you get measles twice": Measles and Rubella,
        "German measles", 0.646 each) the one named comes first. Small enough to order
        ties only (a bonus of 0.01–0.03 for a named subject was measured and rejected);
        used when no question type is asked, since a type's heading decides better than a
        name ("survival rate for ovarian cancer": cancer.gov's outlook, not GHR's overview
        of the subject named exactly)."""
        if not NAME_TIE or not self._subjects_named:
            return ranking
        return ranking + np.float32(NAME_TIE) * self._in_subjects_named(mentioned)

    def _named_overviews(self, typed: str, exact: np.ndarray, mentioned: set[int] | None = None) -> np.ndarray:
        """Rows that are the one passage of a subject the query names ("is there a cure
        for tinnitus": MedlinePlus's "What is tinnitus?" is all there is on it): that
        overview is the subject's answer to any question type, and should not lose to
        hearing loss's treatment passage. Only named subjects: an umbrella overview
        ("Bone Diseases", "Blood Pressure Medicines") is not what a typed question asks."""
        rows = np.flatnonzero(self._overview_only & exact)
        named = (self._topics_mentioned(typed) if mentioned is None else mentioned) if len(rows) else set()
        found = np.zeros(len(exact), dtype=bool)
        for row in rows if named else ():
            passage = self.index.passages[row]
            found[row] = bool(self.topic_list.topics_named({words(n) for n in (passage.title, *passage.alt_names)}) & named)
        return found

    def _shown(self, scores: np.ndarray, ranking: np.ndarray, bars: np.ndarray) -> np.ndarray:
        """Which passages may be shown: those whose evidence reaches their bar (the
        threshold, or the covered threshold; see ``_covered_bars``), and
        those ranked above one of them in the same subject (the type asked, a matching
        list item). So "answered" is decided by evidence alone, per subject, and the
        ranking only orders what an answered subject offers."""
        passing = scores >= bars
        lowest_passing = self._per_subject(np.minimum, np.where(passing, ranking, np.inf))
        return passing | (ranking >= lowest_passing)

    def _per_subject(self, reduce: np.ufunc, values: np.ndarray) -> np.ndarray:
        """``reduce`` (np.maximum or np.minimum) of ``values`` over each passage's subject."""
        return reduce.reduceat(values[self._topic_order], self._topic_starts)[self._topics]

    def fuse(self, dense: np.ndarray, coverage: np.ndarray) -> np.ndarray:
        """The hybrid score from its two absolute parts."""
        return self.dense_weight * np.clip(dense, 0.0, 1.0) + (1.0 - self.dense_weight) * coverage

    def _dense_scores(self, query: str, also: np.ndarray | None = None, focus: bool = True) -> Scores:
        """For each passage, the best cosine between the query and its evidence vectors,
        and the best over all its vectors (kb.views.RANKING_ONLY_KINDS only rank).

        Candidates are the passages of the nearest vectors, plus ``also``; their
        scores are exact. Every other passage ranks at the lowest cosine fetched: about
        the most it could have, so it is never ranked above a candidate it trails. Its
        evidence is 0: a bound is no evidence that it answers anything. ``focus``
        False embeds the query as it is (see ``_query_vector``), for the reference line.
        """
        vector = (self._query_vector(query) if focus else self.encoder.encode_query(query)).reshape(1, -1)
        depth = min(self.index.vectors.ntotal, DENSE_CANDIDATES)
        similarities, ids = self.index.vectors.search(vector, depth)
        found = ids[0] >= 0
        floor = float(similarities[0][found].min()) if found.any() else 0.0
        evidence = np.zeros(len(self.index.passages), dtype=np.float32)
        ranking = np.full(len(self.index.passages), floor, dtype=np.float32)
        candidates = self.index.vector_rows[ids[0][found]]
        if also is not None and len(also):
            candidates = np.concatenate([candidates, also])
        candidates = np.unique(candidates)
        evidence[candidates], ranking[candidates] = self._exact_dense(vector[0], candidates)
        exact = np.zeros(len(self.index.passages), dtype=bool)
        exact[candidates] = True
        return Scores(evidence, ranking, exact)

    def _query_vector(self, query: str) -> np.ndarray:
        """The query's embedding; for a message of several sentences whose last question
        names a health topic, the mean of the whole message's and that question's,
        renormalised: the background ("my father is 72, lives alone, …") pulls the whole
        message towards other subjects (Alzheimer's caregiving for "what are the early
        signs of Alzheimer's disease?"), and the question alone may lack context."""
        vector = self.encoder.encode_query(query)
        question = last_question(query) if QUESTION_FOCUS else None
        # Only a question that names its subject stands alone: "is there any treatment
        # that can slow it down?" alone finds treatments of anything.
        # Nor one that speaks of the subject as "it": "I've had heartburn for a year. Can it
        # turn into cancer?" asks about heartburn, not cancer.
        if question is None or not self.topic_list.mentions_a_topic(question) or _REFERS_BACK.search(question):
            return vector
        combined = vector.astype(np.float32) + self.encoder.encode_query(question).astype(np.float32)
        return combined / np.linalg.norm(combined)

    def _exact_dense(self, vector: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each passage row, the best cosine over its evidence vectors and over all."""
        starts = self._vector_starts[rows]
        lengths = self._vector_starts[rows + 1] - starts
        offsets = np.cumsum(lengths) - lengths  # where each passage's vectors begin in the gather
        gather = np.repeat(starts - offsets, lengths) + np.arange(lengths.sum())
        similarities = self._vectors[gather] @ vector
        # A passage's first vector is its question, always evidence, so no maximum is empty.
        evidence = np.where(self._evidence[gather], similarities, -np.inf)
        return np.maximum.reduceat(evidence, offsets), np.maximum.reduceat(similarities, offsets)

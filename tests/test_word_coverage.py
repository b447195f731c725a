"""Whether an article uses every topic word of a query."""

from __future__ import annotations

import pytest

import kb.word_coverage as word_coverage_module
from kb.lay_terms import LayTerms
from kb.word_coverage import WordCoverage

ARTICLE = (
    "What are the symptoms of incompetent cervix? Vaginal bleeding, pelvic pressure, frequent urination, "
    "a gush of warm liquid from your vagina. It happens in about 1 out of 100 pregnancies. "
    "A pessary is placed into your vagina. Congenital conditions: a fibrous type of protein."
)


@pytest.fixture(scope="module")
def coverage() -> WordCoverage:
    lay_terms = LayTerms(["vagina", "vaginal", "urination", "bleeding"])
    return WordCoverage({"cervix": [ARTICLE]}.__getitem__, lay_terms)


def test_stop_words_and_words_of_time_and_manner_are_no_topic(coverage):
    assert coverage.topic_words("what should i feel at 20 weeks, is pressure normal") == [("pressure",)]
    assert coverage.topic_words("pressure in the second trimester") == [("pressure",)]
    assert coverage.topic_words("early signs of labour starting") == [("labour",)]
    # An unnamed person or a greeting is not what a question is about.
    assert coverage.topic_words("hello, could someone have this bleeding") == [("bleeding",)]
    # Getting in touch is not a topic: "should I ring" asks when, not about a ring.
    assert coverage.topic_words("should i ring or phone about bleeding") == [("bleeding",)]
    assert coverage.topic_words("bleeding, should i worry") == [("bleeding",)]
    # A request's verb: "show me", "explain", "describe".
    assert coverage.topic_words("show me pictures of bleeding") == [("pictures",), ("bleeding",)]
    # Noticing it and getting it checked frame the question.
    assert coverage.topic_words("today I noticed bleeding, should I get it checked or am I overreacting") == [("bleeding",)]
    assert coverage.topic_words("always bleeding, sometimes never") == [("bleeding",)]  # how often
    assert coverage.topic_words("bleeding again next time") == [("bleeding",)]
    # How the visitor feels frames the question; anxiety itself can be what is asked.
    assert coverage.topic_words("overthinking everything, so scared of bleeding") == [("bleeding",)]
    assert ("anxiety",) in coverage.topic_words("how do I cope with anxiety")
    # Doubt frames it too.
    assert coverage.topic_words("not sure if I should phone about bleeding") == [("bleeding",)]
    # What the visitor says they do not have is not what they ask about.
    assert coverage.topic_words("I don't have pain, only pressure") == [("pressure",)]
    assert coverage.topic_words("no bleeding but pressure, without any discharge") == [("pressure",)]
    # What someone said, and where or when in plain words.
    assert coverage.topic_words("doctor said there is bleeding") == [("doctor",), ("bleeding",)]
    assert coverage.topic_words("at what point is bleeding from below a worry") == [("bleeding",)]
    # A parent as background, and a drug's effect as the kind of answer wanted.
    assert coverage.topic_words("my mother was given DES medicine, effect to me?") == [("des",), ("medicine",)]
    # How much more, taking someone somewhere, and joining words: "increased discharge plus
    # pressure" is about discharge and pressure.
    assert coverage.topic_words("increased bleeding plus pressure") == [("bleeding",), ("pressure",)]
    assert coverage.topic_words("when do i take her in for bleeding") == [("bleeding",)]
    # A partner can be what a question is about.
    assert ("wife",) in coverage.topic_words("how do i support my wife after a miscarriage")
    # Whom it happens to, as the question tells it, is background.
    assert coverage.topic_words("my daughter is pregnant and has pressure") == [("pregnant",), ("pressure",)]
    assert coverage.topic_words("my wife's bleeding is heavy") == [("bleeding",)]
    assert ("sister",) in coverage.topic_words("can I pass bleeding to my sister")


def test_what_to_watch_out_for_and_who_asks_are_no_topic(coverage):
    assert coverage.topic_words("what bleeding should my granddaughter watch out for") == [("bleeding",)]
    assert coverage.topic_words("my husband asks about bleeding") == [("bleeding",)]
    assert coverage.topic_words("should I telephone about bleeding") == [("bleeding",)]


def test_whether_something_made_a_difference_is_no_topic(coverage):
    assert coverage.topic_words("would bleeding have made a difference") == [("bleeding",)]


def test_an_ordinals_ending_and_a_number_spelt_out_are_no_topic(coverage):
    assert coverage.topic_words("discharge in the 5th month") == [("discharge",)]
    assert coverage.topic_words("twenty two weeks pressure") == [("pressure",)]


def test_a_persons_name_is_no_topic(coverage, monkeypatch):
    """A name after a title or a relation is whom it happens to, not what is asked; a
    capitalised word elsewhere may be what is asked."""
    assert coverage.topic_words("my neighbour Mrs Chen has bleeding at 22 weeks") == [("bleeding",)]
    assert coverage.topic_words("my friend Priya's bleeding is heavy") == [("bleeding",)]
    assert coverage.topic_words("Dr Okafor mentioned pressure") == [("pressure",)]
    assert coverage.topic_words("my colleague has pressure") == [("pressure",)]
    assert coverage.topic_words("can Zika cause bleeding") == [("zika",), ("bleeding",)]
    # Title case names no one: "Has" is no name, and the wife still has it.
    assert coverage.topic_words("My Wife Has Pelvic Pressure") == [("pelvic",), ("pressure",)]
    monkeypatch.setattr(word_coverage_module, "PEOPLES_NAMES_ARE_NO_TOPIC", False)
    assert ("chen",) in coverage.topic_words("my neighbour Mrs Chen has bleeding at 22 weeks")


@pytest.mark.parametrize(
    "query", ["pressure in my pelvis while pregnant", "vagina bleeding", "symptoms of pelvic pressure"]
)
def test_other_forms_of_the_articles_words_are_covered(coverage, query):
    """pelvis/pelvic, pregnant/pregnancies, vagina/vaginal: one word family each."""
    assert coverage.uncovered(query, "cervix") == [] and coverage.covers(query, "cervix")


@pytest.mark.parametrize(
    ("query", "missing"),
    [
        ("what is placenta previa", ["placenta", "previa"]),  # not "placed", not "previous"
        ("fibroids and bleeding", ["fibroids"]),  # not "fibrous"
        ("smelly vaginal discharge", ["smelly", "discharge"]),
    ],
)
def test_words_the_article_never_uses_are_not(coverage, query, missing):
    assert coverage.uncovered(query, "cervix") == missing and not coverage.covers(query, "cervix")


def test_a_lay_phrase_is_one_topic_word_covered_by_any_of_its_clinical_words(coverage):
    assert sorted(coverage.topic_words("peeing a lot and spotting")) == [("bleeding",), ("urination",)]
    assert coverage.covers("peeing a lot and spotting", "cervix")
    # One phrase is one thing asked about: one topic word is too few to go by.
    assert coverage.topic_words("pain down there") == [("pain",), ("vagina", "vaginal")]
    assert coverage.topic_words("it is down there") == [("vagina", "vaginal")]
    assert not coverage.covers("it is down there", "cervix")
    assert coverage.topic_words("peeing a lot", lay_phrases=False) == [("peeing",)]


def test_a_query_of_forms_of_given_words_only(coverage):
    assert coverage.only_forms_of("cervical incompetence?", ["incompetent", "cervix", "cervical"])
    assert coverage.only_forms_of("the weak cervix", ["weak", "cervix"])
    assert not coverage.only_forms_of("incompetent cervix in pregnancy", ["incompetent", "cervix"])
    assert not coverage.only_forms_of("what is it", ["incompetent", "cervix"])  # no topic word at all


def test_words_naming_the_kind_of_answer_are_no_topic(coverage):
    """"signs of labor at 39 weeks" is about labor alone: one topic word is too few."""
    assert coverage.topic_words("signs of bleeding at 39 weeks") == [("bleeding",)]
    assert not coverage.covers("signs of bleeding at 39 weeks", "cervix")
    # A question that names nothing: "is it common?", "can it be fixed".
    for nameless in ["is it common?", "how rare is this", "can it be fixed", "signs to look out for?", "what tests will I need",
                     "so what is it exactly?", "what can I do at home", "does anything raise the risk", "how is it treated?",
                     # Follow-ups typed after reading the article.
                     "and who's more likely to get it", "ok what are the warning signs", "so is it my fault or what brings it on",
                     "so is there anything I can do myself day to day",
                     # How many it affects: "the midwife said it affects about one in a hundred".
                     "the midwife said it affects about one in a hundred, is that right"]:
        assert coverage.names_nothing(nameless), nameless
    assert not coverage.names_nothing("how common is bleeding")
    assert ("common",) in coverage.topic_words("how common is bleeding")  # a topic word elsewhere


def test_a_query_sharing_no_topic_word_with_the_subject(coverage):
    """"twins risk factors": "risk factors" name the kind of answer; twins are not the
    article's. A word the word list lacks may be the subject's own name, misspelt or rare."""
    english = {"twins", "sleep", "position", "pressure", "pelvis"}.__contains__
    assert coverage.shares_no_word("twins risk factors", "cervix", english)
    assert coverage.shares_no_word("best position to sleep in the third trimester", "cervix", english)
    assert not coverage.shares_no_word("pressure in my pelvis", "cervix", english)
    assert not coverage.shares_no_word("twins and hemroids", "cervix", english)  # "hemroids": no word
    assert not coverage.shares_no_word("peeing a lot", "cervix", english)  # a lay phrase the article covers
    assert not coverage.shares_no_word("what are the signs", "cervix", english)  # no topic word at all


def test_a_word_of_one_other_passage_is_a_mention_in_passing(coverage):
    """"Abnormal Pap test" is in one risk factor of the seed article: the article does not
    answer "what is an abnormal pap test" in its own words. "Pregnancy" is in most of its
    passages: "pressure in my pelvis while pregnant" is."""
    symptoms = "What are the symptoms? Pelvic pressure, vaginal bleeding."
    others = [
        symptoms,
        "Cervical trauma, such as surgery after an abnormal Pap test.",
        "It opens at 4 to 6 months of pregnancy.",
        "Rest during the last months of your pregnancy.",
    ]
    pap = coverage.mentioned_in_passing("what is an abnormal pap test", symptoms, others)
    assert pap == ["abnormal", "pap", "test"]
    assert coverage.mentioned_in_passing("pressure in my pelvis while pregnant", symptoms, others) == []
    assert coverage.mentioned_in_passing("pelvic pressure and bleeding", symptoms, others) == []


def test_titles_that_are_what_a_query_asks_about():
    coverage = WordCoverage(lambda subject: [], LayTerms([]))
    titles = ["Cataract", "Cataract, congenital", "Nance-Horan syndrome", "Kidney Stones in Adults"]
    assert coverage.titles_named("what causes cataracts", titles, frozenset({"adults"})) == [
        (True, True), (False, True), (False, False), (False, False)
    ]
    assert coverage.titles_named("how to prevent kidney stones", titles, frozenset({"adults"}))[3] == (True, True)
    assert coverage.titles_named("what causes it", titles) == [(False, False)] * 4  # no topic word


def test_a_titles_initialism_in_brackets_is_another_name(monkeypatch):
    """CDC's "Chronic Fatigue Syndrome (CFS)" is named word for word by its name or its initials."""
    coverage = WordCoverage(lambda subject: [], LayTerms([]))
    titles = ["Chronic Fatigue Syndrome (CFS)", "Chronic fatigue syndrome", "Tuberculosis (TB)"]
    assert coverage.titles_named("chronic fatigue syndrome causes", titles) == [(True, True), (True, True), (False, False)]
    assert coverage.titles_named("cfs causes", titles) == [(True, True), (False, False), (False, False)]
    assert coverage.titles_named("fatigue causes", titles)[0] == (False, True)
    monkeypatch.setattr(word_coverage_module, "TITLE_INITIALISM_ASIDE", False)
    assert coverage.titles_named("chronic fatigue syndrome causes", titles)[0] == (False, True)


def test_whether_something_warrants_a_step_is_no_topic():
    coverage = WordCoverage(lambda subject: [], LayTerms([]))
    assert ("reason",) not in coverage.topic_words("is jelly-like discharge a reason to phone the GP")
    assert ("reason",) in coverage.topic_words("what's the reason of incompetent cervix?")  # the cause asked
    # Whoever wants it: "keen to" is read as "wanting to" (kb/dialects.py).
    assert coverage.topic_words("wanting to keep doing my netball", lay_phrases=False) == [("netball",)]
    # How a question is put, and whether the thing just named is safe.
    assert coverage.topic_words("just curious whether a stitch works, I've always wondered", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("what is a cerclage and is it safe at 46", lay_phrases=False) == [("cerclage",)]
    assert ("safe",) in coverage.topic_words("is it safe to go on the bus at 38 weeks", lay_phrases=False)
    # Faith as the background, and how long something goes on.
    assert coverage.topic_words("is kneeling to pray for long periods ok with a short cervix", lay_phrases=False) == [
        ("kneeling",), ("short",), ("cervix",),
    ]
    assert coverage.topic_words("bleeding a little after prayers, our pastor says go in", lay_phrases=False) == [("bleeding",)]


def test_a_reader_pointing_at_the_text_asks_about_what_it_says(coverage):
    query = "the article mentions a gush of warm liquid, how much fluid are we talking"
    assert coverage.topic_words(query, lay_phrases=False) == [("gush",), ("warm",), ("liquid",), ("fluid",)]
    assert coverage.topic_words("you wrote that a pessary is placed, whats it for", lay_phrases=False) == [("pessary",), ("placed",)]
    # Whether a treatment works asks about the treatment, not about work; a job stays a topic.
    assert coverage.topic_words("does a pessary even work", lay_phrases=False) == [("pessary",)]
    assert coverage.topic_words("can I still work with a pessary", lay_phrases=False) == [("work",), ("pessary",)]


def test_when_and_how_urgently_a_visitor_asks_is_no_topic(coverage):
    query = "2am, 21 weeks, heavy pressure - wait till morning or go in?"
    assert coverage.topic_words(query, lay_phrases=False) == [("pressure",)]
    assert coverage.topic_words("quick question: is a pessary safe right now", lay_phrases=False) == [("pessary",), ("safe",)]
    assert coverage.topic_words("morning sickness at 9 weeks", lay_phrases=False) == [("morning",), ("sickness",)]


def test_urgency_and_odds_frame_the_question(coverage):
    query = "URGENT 21 weeks heavy pressure and spotting, do I go to the hospital right now"
    assert coverage.topic_words(query, lay_phrases=False) == [("pressure",), ("spotting",)]
    query = "SOS, quick question: alarm bells about a cervical tear"
    assert coverage.topic_words(query, lay_phrases=False) == [("cervical",), ("tear",)]
    query = "roughly what percentage, statistically a one in a million thing, a weak cervix"
    assert coverage.topic_words(query, lay_phrases=False) == [("weak",), ("cervix",)]
    # What is asked stays a topic: an emergency, the odds.
    assert coverage.topic_words("when is it an emergency", lay_phrases=False) == [("emergency",)]
    assert coverage.topic_words("odds of having a weak cervix", lay_phrases=False) == [("odds",), ("weak",), ("cervix",)]
    # Whether it is worth a step, and whoever wants it.
    assert coverage.topic_words("is bleeding worth a call", lay_phrases=False) == [("bleeding",)]
    assert coverage.topic_words("the consultant wants a pessary", lay_phrases=False) == [("pessary",)]


def test_where_it_was_written_is_no_topic(coverage):
    query = "leaflet said a cerclage may be offered, what other options are there"
    assert coverage.topic_words(query, lay_phrases=False) == [("cerclage",), ("may",)]
    query = "my letter mentions DES, does it matter for my own pregnancy"
    assert coverage.topic_words(query, lay_phrases=False) == [("des",), ("pregnancy",)]


def test_where_a_claim_was_heard_is_no_topic(coverage):
    query = "people online say you only need to see a doctor if there's bleeding"
    assert coverage.topic_words(query, lay_phrases=False) == [("see",), ("doctor",), ("bleeding",)]
    query = "someone in my group said a cerclage is the only option, true?"
    assert coverage.topic_words(query, lay_phrases=False) == [("cerclage",)]


def test_fillers_and_vague_words_are_no_topic(coverage):
    query = "I've been put on bed rest, is it actually proven to help"
    assert coverage.topic_words(query, lay_phrases=False) == [("bed",), ("rest",), ("proven",), ("help",)]
    query = "a strange fullness and some sticky stuff, am I at higher risk"
    assert coverage.topic_words(query, lay_phrases=False) == [("fullness",), ("sticky",)]
    query = "got home from hospital after the stitch, what should I change"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",), ("change",)]
    query = "on holiday abroad and feeling pressure, should I go in"
    assert coverage.topic_words(query, lay_phrases=False) == [("pressure",)]
    query = "at home alone and bleeding a little"
    assert coverage.topic_words(query, lay_phrases=False) == [("bleeding",)]
    query = "commuting on the train with pelvic pressure, when should I get checked"
    assert coverage.topic_words(query, lay_phrases=False) == [("pelvic",), ("pressure",)]
    query = "the specialist appointment isn't for two weeks, what can I do at home meanwhile"
    assert coverage.topic_words(query, lay_phrases=False) == []
    query = "is there a fact sheet or a page on the cerclage stitch"
    assert coverage.topic_words(query, lay_phrases=False) == [("cerclage",), ("stitch",)]
    query = "since the stitch went in I've had more discharge, when should I get seen"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",), ("discharge",)]
    query = "months after the diagnosis I still don't know why it happened"
    assert coverage.topic_words(query, lay_phrases=False) == []
    query = "what evidence is there that a cerclage works"
    assert coverage.topic_words(query, lay_phrases=False) == [("cerclage",)]


def test_a_doubts_frame_and_whoever_said_it_are_no_topic(coverage):
    query = "in hindsight the bleeding was a warning, were they wrong"
    assert coverage.topic_words(query, lay_phrases=False) == [("bleeding",)]
    query = "the GP brushed off my pressure, should I push to be seen"
    assert coverage.topic_words(query, lay_phrases=False) == [("pressure",)]
    query = "the nurse said it's very common, is it though"
    assert coverage.topic_words(query, lay_phrases=False) == [("common",)]
    query = "they won't put a stitch in until I've lost two babies, what else could be done"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",), ("lost",), ("babies",)]


def test_a_hypotheticals_framing_is_no_topic(coverage):
    query = "in case I notice pressure and bleeding at 18 weeks, should I call"
    assert coverage.topic_words(query, lay_phrases=False) == [("pressure",), ("bleeding",)]
    assert coverage.topic_words("hypothetically, supposing there is bleeding", lay_phrases=False) == [("bleeding",)]
    assert coverage.topic_words("is the pessary painful to have put in", lay_phrases=False) == [("pessary",), ("painful",)]
    assert ("case",) in coverage.topic_words("a case of bleeding", lay_phrases=False)  # a case is no framing
    assert ("till",) not in coverage.topic_words("bleeding, can it wait till my next appointment", lay_phrases=False)  # when, not what
    # "How long" stays a topic: "how long does labour last" is not answered by a weak cervix.
    assert ("long",) in coverage.topic_words("how long does labour last", lay_phrases=False)


def test_a_guess_being_checked_and_spoken_fillers_are_no_topic(coverage):
    assert coverage.topic_words("surely the stitch is the usual fix?", lay_phrases=False) == [("stitch",), ("fix",)]
    assert coverage.topic_words("I assume pelvic pressure could be a symptom", lay_phrases=False) == [("pelvic",), ("pressure",)]
    assert coverage.topic_words("presumably some women are more at risk than others", lay_phrases=False) == [("women",)]
    assert coverage.topic_words("reckon I ought to call about the spotting", lay_phrases=False) == [("spotting",)]
    assert coverage.topic_words("hmm can you get it from a D&C or whatever", lay_phrases=False) == []


def test_how_much_of_the_day_a_doctor_by_role_and_asides_are_no_topic(coverage):
    assert coverage.topic_words("must I lie in bed the whole day", lay_phrases=False) == [("lie",), ("bed",)]
    assert coverage.topic_words("the gynae wants to put in a stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("eish, ja, the stitch", lay_phrases=False) == [("stitch",)]


def test_welsh_framing_is_no_topic(coverage):
    assert coverage.topic_words("my mam had DES, now or in a minute", lay_phrases=False) == [("des",)]
    assert coverage.topic_words("weeks on the settee, I'll go daft", lay_phrases=False) == []


def test_a_support_desks_framing_and_asides_are_no_topic(coverage):
    query = "[Ticket #4521] Customer asks: when should she see her doctor about pelvic pressure?"
    assert coverage.topic_words(query, lay_phrases=False) == [("see",), ("doctor",), ("pelvic",), ("pressure",)]
    assert coverage.topic_words("the stitch innit, ei, chale", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("#cerclage life anything to change", lay_phrases=False) == [("cerclage",), ("change",)]


def test_an_app_that_said_it_is_no_topic(coverage):
    query = "my contraction tracker app is showing tightenings, the stitch"
    assert coverage.topic_words(query, lay_phrases=False) == [("contraction",), ("tightenings",), ("stitch",)]
    assert coverage.topic_words("a chatbot said the stitch", lay_phrases=False) == [("stitch",)]


def test_when_in_the_day_or_week_and_how_often_are_no_topic(coverage):
    query = "pelvic pressure and it's a Sunday afternoon, should I call"
    assert coverage.topic_words(query, lay_phrases=False) == [("pelvic",), ("pressure",)]
    query = "swimming twice a week, still allowed with the stitch"
    assert coverage.topic_words(query, lay_phrases=False) == [("swimming",), ("stitch",)]
    # Night is no frame: waking to pass urine at night is a sign of its own.
    assert ("night",) in coverage.topic_words("frequent urination at night", lay_phrases=False)


def test_sarcasm_and_exasperation_are_no_topic(coverage):
    query = "great, the stitch, fantastic, seriously, just my luck"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",)]
    query = "was it the stitch? because nobody warned me"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",)]


def test_a_forum_posts_framing_is_no_topic(coverage):
    query = "Mods please remove if not allowed. 22w with pressure, the stitch?? EDIT: going in now"
    assert coverage.topic_words(query, lay_phrases=False) == [("pressure",), ("stitch",)]
    query = "Throwaway account. Long time lurker, first post. TL;DR the stitch (x-posted from r/pregnant)"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",)]
    # Not the same words as a subject: a PSA test, an op.
    assert coverage.topic_words("PSA levels after my op", lay_phrases=False) == [("psa",), ("levels",), ("op",)]


def test_a_rainbow_or_an_angel_baby_is_no_topic(coverage):
    query = "a stitch earlier with my rainbow, after our angel"
    assert coverage.topic_words(query, lay_phrases=False) == [("stitch",)]


def test_permission_grandparents_and_whose_it_was_are_no_topic(coverage):
    assert coverage.topic_words("it is permitted, the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("when am I supposed to call about the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("my gran rested with hers", lay_phrases=False) == [("rested",)]


def test_a_letters_greeting_and_sign_off_and_a_hoped_for_yes_are_no_topic(coverage):
    assert coverage.topic_words("Dear sir, the stitch? God bless, regards", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("will the stitch hold, please say yes", lay_phrases=False) == [("stitch",), ("hold",)]


def test_a_birth_workers_client_is_no_topic(coverage):
    assert coverage.topic_words("my client asks about the stitch", lay_phrases=False) == [("stitch",)]


def test_contractions_typed_without_the_apostrophe_are_no_topic(coverage):
    assert coverage.topic_words("I dont understand what a cerclage is", lay_phrases=False) == [("understand",), ("cerclage",)]
    assert coverage.topic_words("im ill, doesnt the stitch help", lay_phrases=False) == [("ill",), ("stitch",), ("help",)]


def test_an_ai_that_said_it_is_no_topic(coverage):
    assert coverage.topic_words("AI told me the stitch is the only option", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("Gemini and Copilot say stitch", lay_phrases=False) == [("stitch",)]


def test_a_writers_frame_and_the_visitors_own_searching_are_no_topic(coverage):
    assert coverage.topic_words("a woman in my book has pelvic pressure", lay_phrases=False) == [("pelvic",), ("pressure",)]
    assert coverage.topic_words("my heroine gets the stitch in my novel", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("when do I stop googling the stitch", lay_phrases=False) == [("stop",), ("stitch",)]


def test_support_desks_words_and_asking_what_a_thing_is_called_are_no_topic(coverage):
    assert coverage.topic_words("member asking re the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("email query: def of the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("the technical name for the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("the stitch in situ", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("for our helpline script: the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("GP trainee wants a plain explanation of the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("patient handout in everyday language on the stitch", lay_phrases=False) == [("stitch",)]


def test_seeing_the_doctor_and_lying_down_name_no_subject(coverage):
    assert coverage.names_nothing("when should I go to the doctor about it, now or in a minute")
    assert coverage.names_nothing("will I have to lie on the sofa for months")
    assert not coverage.names_nothing("when should I see the doctor about a headache")


def test_how_many_words_of_each_title_a_query_names():
    coverage = WordCoverage(lambda subject: [], LayTerms([]))
    titles = ["Medicines", "Pregnancy and Medicines", "Infections and Pregnancy"]
    medicines, both, _ = coverage.title_words_named("which medicines are safe in pregnancy", titles)
    assert medicines < both and not _
    assert not any(coverage.title_words_named("what causes it", titles))


def test_staff_wording_labels_and_waiting_are_no_topic(coverage):
    assert coverage.topic_words("approved wording on the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("copy of the advice on the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("the answer telling people about the stitch", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("purpose of the stitch", lay_phrases=False) == [("stitch",)]
    labelled = "SUBJECT: stitch and daily life MESSAGE: bleeding"
    assert coverage.topic_words(labelled, lay_phrases=False) == [("stitch",), ("bleeding",)]
    assert coverage.topic_words("bleeding -> call dr or wait", lay_phrases=False) == [("bleeding",), ("dr",)]
    assert coverage.topic_words("stitch til when", lay_phrases=False) == [("stitch",)]
    assert coverage.topic_words("pessary vs stitch", lay_phrases=False) == [("pessary",), ("stitch",)]
    assert coverage.topic_words("scan report says bleeding", lay_phrases=False) == [("scan",), ("bleeding",)]
    assert coverage.topic_words("patient teaching regarding the stitch", lay_phrases=False) == [("stitch",)]


def test_whom_it_happens_to_opening_a_message_or_as_the_askers_role_is_no_topic(coverage):
    def typed(query: str) -> list[tuple[str, ...]]:
        return coverage.topic_words(query, lay_phrases=False)

    assert typed("partner has a stitch, should I do the lifting") == [("stitch",), ("lifting",)]
    assert typed("as her husband, when should I take her in for bleeding") == [("bleeding",)]
    assert typed("how long will my wife have to stay in bed") == [("long",), ("stay",), ("bed",)]
    assert typed("does my daughter really have to lie flat") == [("lie",), ("flat",)]
    # Still a question about a wife when she is what is asked about.
    assert ("wife",) in coverage.topic_words("how do i support my wife after a miscarriage")


def test_whether_it_runs_in_families_asks_the_kind_of_answer(coverage):
    assert coverage.topic_words("my mom had the same trouble, does it run in families") == []
    assert coverage.topic_words("does bleeding run in the family") == [("bleeding",)]
    assert ("family",) in coverage.topic_words("family history of bleeding")


def test_asking_to_be_moved_or_for_lighter_duties_is_no_topic(coverage):
    assert coverage.topic_words("should I ask to be moved, my cervix is weak", lay_phrases=False) == [("cervix",), ("weak",)]
    assert coverage.topic_words("can I go on lighter duties with a stitch", lay_phrases=False) == [("stitch",)]
    assert ("moved",) in coverage.topic_words("my baby has not moved today", lay_phrases=False)


def test_how_long_after_asks_when_and_a_rationale_is_what_a_thing_is_for(coverage):
    assert coverage.topic_words("how long after a cerclage can we have sex", lay_phrases=False) == [("cerclage",), ("sex",)]
    assert ("long",) in coverage.topic_words("how long does labour last", lay_phrases=False)
    assert ("long",) in coverage.topic_words("how long after a LEEP can I try to conceive", lay_phrases=False)
    assert coverage.topic_words("cerclage rationale", lay_phrases=False) == [("cerclage",)]


def test_one_topic_word_is_enough_when_it_is_a_rare_term(monkeypatch):
    article = "A pessary is placed into your vagina. Labor contractions may start early."
    coverage = WordCoverage({"cervix": [article]}.__getitem__, LayTerms([]), rare_term=lambda word: word == "pessary")
    assert coverage.covers("pessary options", "cervix")
    assert not coverage.covers("how to time contractions", "cervix")  # one shared word is chance
    assert coverage.covers("labor contractions", "cervix")
    monkeypatch.setattr(word_coverage_module, "RARE_TERM_ALONE", False)
    assert not coverage.covers("pessary options", "cervix")

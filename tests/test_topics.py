"""Questions about a health topic the knowledge base does not cover."""

from __future__ import annotations

import pytest

from kb.topics import ForeignTopics, TopicList, condition_stems, medicine_names, topic_groups, words, write_topic_list

GROUPS = [
    ["Insufficient cervix", "Incompetent cervix", "Weak cervix"],
    ["Cervical cancer", "Cancer of the cervix"],
    ["Ectopic pregnancy"],
    ["Polycystic ovary syndrome", "Polycystic ovaries"],
    ["Human papillomavirus", "HPV"],
    ["Vaginal bleeding between periods", "Spot", "Am"],
    ["Acute lymphoblastic leukemia", "ALL"],
    ["Pregnancy"],
]
VOCABULARY = ["incompetent", "cervix", "cervical", "insufficiency", "pregnancy", "vaginal", "bleeding", "symptoms"]


ENGLISH = {"all", "am", "spot", "pee", "the", "time"}


@pytest.fixture(scope="module")
def topics() -> ForeignTopics:
    return ForeignTopics(TopicList(GROUPS, ENGLISH.__contains__), ["Incompetent cervix", "cervical insufficiency"], VOCABULARY)


@pytest.mark.parametrize(
    "query",
    ["cervical cancer symptoms", "ectopic pregnancy symptoms", "polycystic ovaries symptoms", "hpv vaccine for boys"],
)
def test_a_question_about_another_topic_is_recognised(topics, query):
    assert topics.asks_about_another(query)


@pytest.mark.parametrize(
    "query",
    [
        "symptoms of a weak cervix",  # a synonym of the knowledge base's own subject
        "can hpv make my cervix open early",  # names another topic, but asks about the cervix
        "bleeding in pregnancy",  # every word of "Pregnancy" is the knowledge base's own
        "am i at risk",  # one-word names that short are ordinary words
        "spots of blood",
    ],
)
def test_questions_about_the_knowledge_bases_own_subjects_are_not(topics, query):
    assert not topics.asks_about_another(query)


def test_an_abbreviation_that_spells_a_word_is_a_topic_only_in_capitals(topics):
    assert not topics.named("need to pee all the time") and not topics.asks_about_another("pee all the time")
    assert topics.named("ALL in children") == [("all",)] and topics.asks_about_another("ALL in children")
    assert topics.named("hpv in men") == [("hpv",)]  # no English word: any case


def test_possessives_are_dropped():
    assert words("Dupuytren's contracture, Graves’ disease") == words("dupuytren contracture, graves disease")


def test_an_abbreviation_whose_singular_is_a_word_is_a_topic_only_in_capitals():
    topics = TopicList([["Trichohepatoenteric syndrome", "THES"]], {"the"}.__contains__)
    assert topics.named("what is the outlook") == [] and topics.named("THES in infants") == [(("the",), 0)]


def test_stop_words_in_an_own_name_say_nothing_of_the_subject():
    topics = TopicList([["Cancer of the cervix"], ["Migraine"]])
    foreign = ForeignTopics(topics, ["Cancer of the cervix"], ["cancer", "cervix"])
    assert foreign.asks_about_another("the migraine")  # "the" is in the own name, but no own word


def test_who_a_condition_affects_does_not_make_a_query_about_the_own_subject(monkeypatch):
    """'children' is a word of "Children's interstitial lung disease", not its subject."""
    topics = TopicList([["Acute myeloid leukemia", "AML"], ["Children's interstitial lung disease"]])
    lung = ForeignTopics(topics, ["Children's interstitial lung disease"], ["children", "interstitial", "lung"])
    assert lung.asks_about_another("my daughter has AML, what treatments do they use for children")
    assert not lung.asks_about_another("AML and interstitial lung disease")  # an own word besides
    monkeypatch.setattr("kb.topics.PEOPLE_ARE_NO_SUBJECT", False)
    assert not lung.asks_about_another("my daughter has AML, what treatments do they use for children")


def test_only_distinctive_names_can_be_foreign():
    """'Blood' is a topic too, but one that health writing mentions everywhere."""
    topics = TopicList([["Blood"], ["Dupuytren contracture"]])
    foreign = ForeignTopics(topics, ["Poland syndrome"], ["poland", "syndrome"], lambda name: name != ("blood",))
    assert foreign.named("blood in dupuytren's contracture") == [("dupuytren", "contracture")]


def test_plurals_match_but_stems_do_not():
    assert words("Polycystic ovaries, biopsies, boxes") == ("polycystic", "ovary", "biopsy", "box")
    assert words("spotting weakness") == ("spotting", "weakness")
    # "Heart Valve Diseases" is the plural of "Heart Valve Disease"; "viruses" of "virus".
    assert words("Heart Valve Diseases") == words("heart valve disease")
    assert words("viruses, glasses, doses") == ("virus", "glass", "dose")


def test_the_shipped_topic_list_holds_medquads_focus_names():
    groups = topic_groups()
    assert len(groups) > 9000
    assert ("Insufficient cervix", "Incompetent cervix", "Weak cervix") in groups
    assert any("Cervical cancer" in group for group in groups)


def test_the_topic_list_is_written_from_medquad_xml(tmp_path):
    folder = tmp_path / "medquad" / "1_Site_QA"
    folder.mkdir(parents=True)
    (folder / "1.xml").write_text(
        "<Document><Focus>Gout</Focus><FocusAnnotations><Synonyms><Synonym>Podagra</Synonym>"
        "<Synonym>A name of far more than four words long</Synonym></Synonyms></FocusAnnotations></Document>",
        encoding="utf-8",
    )
    drugs = tmp_path / "medquad" / "11_MPlusDrugs_QA"
    drugs.mkdir()
    (drugs / "2.xml").write_text("<Document><Focus>Lisinopril</Focus></Document>", encoding="utf-8")
    out = tmp_path / "topics.txt"
    assert write_topic_list(tmp_path / "medquad", out) == 2
    assert out.read_text(encoding="utf-8") == "Gout | Podagra\nLisinopril\n"
    assert (tmp_path / "medicine_names.txt").read_text(encoding="utf-8") == "Lisinopril\n"


def test_a_medicine_an_article_mentions_in_passing_is_still_foreign():
    """The kidney article says "ACE inhibitors such as lisinopril"; it does not answer what
    lisinopril is for. It does answer lisinopril asked about with its own subject."""
    topics = TopicList([["Kidney disease"], ["Lisinopril"], ["Dialysis"]], medicines=["Lisinopril"])
    kidney = ForeignTopics(topics, ["Kidney disease"], ["kidney", "disease", "lisinopril", "dialysis", "used"])
    assert kidney.asks_about_another("what is lisinopril used for")
    assert not kidney.asks_about_another("lisinopril for kidney disease")
    assert not kidney.asks_about_another("what is dialysis used for")  # not a medicine: used, so covered
    assert topics.names_a_medicine("lisinopril for kidney disease")
    assert not topics.names_a_medicine("dialysis for kidney disease")


def test_the_shipped_medicine_names_are_medlineplus_drug_and_herb_sheets():
    names = medicine_names()
    assert len(names) > 1000 and "Lisinopril" in names and "Gout" not in names
    # The "Thyroid" sheet (desiccated thyroid) is left out: in a question the word is the gland.
    assert "Thyroid" not in names and "Levothyroxine" in names


def test_a_short_name_is_mentioned_though_never_foreign():
    topics = TopicList([["Gout", "Podagra"]])
    assert topics.named("what causes gout") == []  # four letters: too often an ordinary word to be foreign
    assert topics.mentions_a_topic("what causes gout?") and not topics.mentions_a_topic("what causes it?")
    # "flu" is shorter still, but no ordinary word: a visitor's name for influenza.
    assert TopicList([["Flu", "Influenza"]]).topics_mentioned("how to prevent the flu") == {0}
    # ... and it says which subject a question is about ("acne": what else can we try).
    assert TopicList([["Acne", "Zits"], ["Gout"]]).topics_mentioned("really bad acne, what else can we try") == {0}
    assert TopicList([["Acne"]]).topics_mentioned("what can we try") == set()


def test_names_newer_than_medquad_join_its_topics():
    groups = topic_groups()
    covid = [group for group in groups if "COVID-19" in group]
    assert covid and all("Coronavirus Infections" in group for group in covid)
    assert TopicList(groups).named("symptoms of covid")


def test_a_name_that_is_a_word_once_its_number_is_dropped_or_a_description_is_no_topic():
    """"Ring 10" is not the topic "ring" ("should I ring the hospital"); MedlinePlus's
    glossary entry "Invasive" is no topic ("which is less invasive")."""
    topics = TopicList([["Ring chromosome 10", "Ring 10"], ["Invasive"], ["Asthma"], ["Trisomy 21", "Down syndrome"]], {"ring", "invasive", "asthma"}.__contains__)
    assert topics.named("should I ring the hospital") == []
    assert topics.named("which is less invasive") == []
    assert topics.named("ring chromosome 10 symptoms") == [(("ring", "chromosome"), 0)]
    assert topics.named("asthma at night") == [(("asthma",), 2)]  # an English word that names a topic stays one
    assert topics.named("trisomy") == [(("trisomy",), 3)]  # a number dropped from no English word keeps the name


def test_the_verb_of_a_phrasal_verb_is_no_topic():
    """"can a pessary fall out" is not about Falls; "she had a fall at home" is."""
    topics = TopicList([["Falls"], ["Pessary"]], {"fall", "falls"}.__contains__)
    assert topics.named("can a pessary fall out") == [(("pessary",), 1)]
    assert topics.topics_mentioned("the ring fell out") == set()
    assert not topics.mentions_a_topic("my stitch might fall apart")
    assert topics.topics_mentioned("can a pessary fall out") == {1}
    assert topics.topics_mentioned("she had a fall at home") == {0}


def test_a_page_qualifier_is_not_part_of_the_name():
    """MedlinePlus's "Bladder infection - adults" is "bladder infection" to a visitor."""
    topics = TopicList([["Urinary tract infection - adults", "Bladder infection - adults"], ["Calcium - urine"]])
    assert topics.named("symptoms of a bladder infection") == [(("bladder", "infection"), 0)]
    assert topics.named("calcium in pregnancy") == []  # a test's qualifier is kept: "calcium" is no topic


def test_short_names_visitors_use_join_medquads_topics():
    groups = topic_groups()
    assert TopicList(groups).named("vaginal birth after cesarean")
    assert TopicList(groups).named("my baby was born with a cleft lip")
    # Pregnancy and cervix conditions MedQuAD lacks: "cervical ectropion" is not the eyelid's ectropion.
    assert (("cervical", "ectropion")) in [name for name, _ in TopicList(groups).named("what is a cervical ectropion")]
    # Where the cervix sits (charted for ovulation and early pregnancy) and its Nabothian cysts.
    assert ("cervix", "position") in [name for name, _ in TopicList(groups).named("cervix position early pregnancy")]
    assert ("nabothian",) in [name for name, _ in TopicList(groups).named("nabothian cyst seen at my smear")]
    # The cervix's cancer, tilt, height and biopsy in the words visitors type.
    for query, name in [
        ("cervix cancer vaccine", ("cervix", "cancer")),
        ("cervix tilted", ("cervix", "tilted")),
        ("high cervix pregnancy test", ("high", "cervix")),
        ("cervix biopsy pain", ("cervix", "biopsy")),
        # A soft cervix, centimetres dilated in labour, a pregnancy past its term.
        ("what does a soft cervix mean in early pregnancy", ("soft", "cervix")),
        ("how many cm dilated before they admit you", ("cm", "dilated")),
        ("nine months pregnant and no signs of labour", ("nine", "month", "pregnant")),
    ]:
        assert name in [found for found, _ in TopicList(groups).named(query)]
    # Not a softening said of the cervix in a cause question ("pregnancy hormone make cervix soft").
    assert ("cervix", "soft") not in [found for found, _ in TopicList(groups).named("hormones make the cervix soft")]
    # Labour induction and pelvic floor exercises are other pregnancy topics, in clinicians' words too.
    assert TopicList(groups).named("cervical ripening agents for induction")
    assert TopicList(groups).named("show me exercises for pelvic floor after birth")
    # "cervical" is also the neck's: the cervical spine is a neck topic, not the cervix.
    assert ("cervical", "spine") in [name for name, _ in TopicList(groups).named("cervical spine neck pain")]


def test_a_one_word_name_of_a_topic_the_article_uses_covers_it():
    """The article says "medicines": "medication" is not another topic. A longer synonym
    whose words it uses apart ("cervical" … "pregnancy") does not count."""
    topics = TopicList([["Medicines", "Medication"], ["Ectopic pregnancy", "Cervical pregnancy"]])
    article = ForeignTopics(topics, ["Incompetent cervix"], ["incompetent", "cervix", "cervical", "pregnancy", "medicines"])
    assert not article.named("labor contractions medication")
    assert article.named("ectopic pregnancy symptoms") == [("ectopic", "pregnancy")]


def test_a_longer_name_the_article_uses_as_a_phrase_covers_its_topic():
    """The article says "premature birth": "preterm birth" is the same topic, not another."""
    topics = TopicList(
        [["Preterm labor", "Premature birth", "Preterm birth"], ["Ectopic pregnancy", "Cervical pregnancy"]]
    )
    vocabulary = ["bed", "rest", "preventing", "premature", "birth", "cervical", "pregnancy"]
    texts = ["Bed rest isn't a proven remedy for preventing premature birth.", "Cervical changes in pregnancy."]
    article = ForeignTopics(topics, ["Incompetent cervix"], vocabulary, texts=texts)
    assert not article.named("does bed rest really prevent preterm birth")
    # "cervical" … "pregnancy" apart is no phrase.
    assert article.named("ectopic pregnancy symptoms") == [("ectopic", "pregnancy")]
    assert ForeignTopics(topics, ["Incompetent cervix"], vocabulary).named("does bed rest prevent preterm birth")


def test_a_compound_written_the_other_way_covers_its_topic(monkeypatch):
    """CancerGov's page says "brain stem glioma": "brainstem glioma in children prognosis"
    names no other topic; nor does "heart beat" on a page that says "heartbeat". A compound
    whose parts the page uses apart, but not as a phrase, still does."""
    topics = TopicList([["Brainstem glioma"], ["Irregular heart beat"], ["Eyelid tumor"]])
    vocabulary = ["childhood", "brain", "stem", "glioma", "irregular", "heartbeat", "eye", "lid", "tumor"]
    texts = ["Childhood brain stem glioma is a disease.", "An irregular heartbeat may be felt.", "A tumor near the eye; the lid."]
    page = ForeignTopics(topics, ["Childhood Brain Stem Glioma"], vocabulary, texts=texts)
    assert not page.named("brainstem glioma in children prognosis")
    assert not page.named("irregular heart beat in children")
    assert page.named("eyelid tumor") == [("eyelid", "tumor")]
    monkeypatch.setattr("kb.topics.COMPOUNDS_EITHER_WAY", False)
    assert page.named("brainstem glioma in children prognosis") == [("brainstem", "glioma")]


def test_an_ai_that_said_something_is_no_topic():
    """Amelogenesis imperfecta's initials are AI; "AI told me…" is a chatbot."""
    topics = TopicList([["Amelogenesis imperfecta", "AI"], ["Cerclage"]], ENGLISH.__contains__)
    assert [name for name, _ in topics.named("AI told me a cerclage is the only treatment")] == [("cerclage",)]
    assert [name for name, _ in topics.named("I asked an AI about the cerclage")] == [("cerclage",)]
    assert [name for name, _ in topics.named("my daughter has AI, her teeth are brittle")] == [("ai",)]


def test_an_adjective_of_the_own_subjects_name_speaks_of_it(monkeypatch):
    topics = TopicList([["Hyperthyroidism"], ["Iodine"], ["Epilepsy"]], ENGLISH.__contains__)
    thyroid = ForeignTopics(topics, ["Hyperthyroidism"], ["hyperthyroidism", "treatment"])
    # "iodine" is a topic the article never names, but "hyperthyroid" is its own subject.
    assert not thyroid.asks_about_another("hyperthyroid, radioactive iodine or pills?")
    assert thyroid.asks_about_another("radioactive iodine or pills?")
    # Asked not to, the own names' words count as typed only.
    assert thyroid.asks_about_another("hyperthyroid, radioactive iodine or pills?", adjectives=False)
    assert not thyroid.asks_about_another("hyperthyroidism, radioactive iodine or pills?", adjectives=False)
    monkeypatch.setattr("kb.topics.ADJECTIVES_NAME_CONDITIONS", False)
    assert thyroid.asks_about_another("hyperthyroid, radioactive iodine or pills?")


def test_a_body_part_named_as_where_another_condition_is_is_not_the_own_subject(monkeypatch):
    """"ectropion of the cervix" asks about ectropion; "can a UTI open my cervix early"
    still asks about the own subject's cervix."""
    topics = TopicList([["Incompetent cervix", "Cervical insufficiency"], ["Ectropion"], ["Urinary tract infection", "UTI"]], ENGLISH.__contains__)
    article = ForeignTopics(topics, ["Incompetent cervix"], ["incompetent", "cervix", "cervical", "insufficiency", "bleeding"])
    assert article.asks_about_another("ectropion of the cervix bleeding after sex")
    assert article.asks_about_another("ectropion on my cervix")
    assert not article.asks_about_another("can a UTI open my cervix early")
    assert not article.asks_about_another("ectropion and an incompetent cervix")
    monkeypatch.setattr("kb.topics.PLACES_ARE_NO_SUBJECT", False)
    assert not article.asks_about_another("ectropion of the cervix bleeding after sex")


def test_a_place_adjective_before_another_condition_and_a_state_after_the_part(monkeypatch):
    """"cervical lymph nodes swollen" are the neck's lymph nodes, found with the state after
    the part as keyword searches put it."""
    topics = TopicList([["Incompetent cervix", "Cervical insufficiency"], ["Swollen lymph nodes", "Swollen glands"]], ENGLISH.__contains__)
    assert [name for name, _ in topics.named("lymph nodes swollen")] == [("lymph", "node", "swollen")]
    article = ForeignTopics(topics, ["Incompetent cervix"], ["incompetent", "cervix", "cervical", "insufficiency"])
    assert article.asks_about_another("cervical lymph nodes swollen")
    assert not article.asks_about_another("swollen lymph nodes and a cervical insufficiency")
    # A one-word name after the adjective is how visitors name the own condition.
    weakness = TopicList([["Incompetent cervix", "Cervical insufficiency"], ["Weakness"]], ENGLISH.__contains__)
    assert not ForeignTopics(weakness, ["Incompetent cervix"], ["incompetent", "cervix", "cervical"]).asks_about_another("cervical weakness tests")
    monkeypatch.setattr("kb.topics.STATE_AFTER_THE_PART", False)
    assert TopicList([["Swollen lymph nodes"]], ENGLISH.__contains__).named("lymph nodes swollen") == []


def test_a_name_ending_in_an_ing_noun_is_found_with_the_plain_word(monkeypatch):
    """"genetic test to see if I carry a disease gene" names Genetic Testing; one-word
    names keep their -ing ("Hearing" is no "hear")."""
    topics = TopicList([["Genetic Testing"], ["Swimming pool injuries", "Pool swimming"], ["Hearing"]], ENGLISH.__contains__)
    assert [group for _, group in topics.named("genetic test to see if I carry a gene")] == [0]
    assert [group for _, group in topics.named("after pool swim")] == [1]  # "swimming" loses its doubled letter
    assert topics.named("can I hear better") == []
    monkeypatch.setattr("kb.topics.GERUNDS_END_NAMES", False)
    assert TopicList([["Genetic Testing"]], ENGLISH.__contains__).named("genetic test") == []


def test_pregnant_speaks_of_a_subject_named_pregnancy():
    """"how much iodine should I get while pregnant" asks NIDDK's Pregnancy and Thyroid
    Disease, which names iodine in passing: pregnant is its own subject."""
    topics = TopicList([["Pregnancy and Thyroid Disease"], ["Iodine"]], ENGLISH.__contains__, medicines=["Iodine"])
    pregnancy = ForeignTopics(topics, ["Pregnancy and Thyroid Disease"], ["pregnancy", "thyroid", "iodine"])
    assert not pregnancy.asks_about_another("how much iodine should I get a day while pregnant")
    assert pregnancy.asks_about_another("how much iodine should I get a day")


@pytest.mark.parametrize(
    "adjective, name",
    [("hyperthyroid", "hyperthyroidism"), ("diabetic", "diabetes"), ("epileptic", "epilepsy"), ("anemic", "anemia"),
     ("asthmatic", "asthma"), ("arthritic", "arthritis"), ("allergic", "allergy"), ("pregnant", "pregnancy"),
     ("deficient", "deficiency")],
)
def test_condition_stems_join_a_name_and_its_adjective(adjective, name):
    assert condition_stems(adjective) & condition_stems(name)


@pytest.mark.parametrize("word, other", [("cyst", "cystic"), ("cervical", "cervix"), ("septic", "sepsis")])
def test_condition_stems_keep_short_and_unrelated_words_apart(word, other):
    assert not condition_stems(word) & condition_stems(other)

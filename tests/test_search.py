"""Search ranking, the no-answer threshold and argument validation."""

from __future__ import annotations

import dataclasses
import functools
import json
import shutil

import numpy as np
import pytest

import kb.intent as intent_module
import kb.search as search_module
from kb import KnowledgeBase, QueryError
from kb.index import build_index
from kb.search import as_read, normalize_query
from kb.views import ViewConfig

from .conftest import FIXTURES, ROOT, SHARED


def test_question_finds_its_passage(knowledge_base):
    result = knowledge_base.search("how is incompetent cervix treated", k=3)
    assert result.answered
    assert result.hits[0].passage.question == "How is incompetent cervix treated?"


def test_question_type_orders_but_does_not_answer(knowledge_base):
    """The type bonus reorders passages; the score (and so "answered") stays the evidence alone."""
    plain = knowledge_base.search("weak cervix frequency pregnancies", k=9, min_score=0)
    typed = knowledge_base.search("how common is a weak cervix in pregnancies", k=9, min_score=0)
    assert typed.hits[0].passage.question == "How common is incompetent cervix?"
    knowledge_base.intent_bonus, saved = 0.0, knowledge_base.intent_bonus
    try:
        unbonused = knowledge_base.search("how common is a weak cervix in pregnancies", k=9, min_score=0)
    finally:
        knowledge_base.intent_bonus = saved
    assert {h.passage.id: h.score for h in typed.hits} == {h.passage.id: h.score for h in unbonused.hits}
    assert plain.hits  # the untyped query still ranks


def test_jsonl_and_medquad_content_are_searchable(knowledge_base):
    # A side-effects question, answered because a heading answers it (see the practical types).
    assert knowledge_base.search("flu shot side effects").hits[0].passage.id == "flu-vaccine-side-effects"
    assert knowledge_base.search("knees creaking on stairs").hits[0].passage.id == "ghr-sample-1"


def test_unrelated_query_is_not_answered(knowledge_base):
    result = knowledge_base.search("how to cook rice")
    assert not result.answered
    assert result.hits == []


def test_min_score_zero_returns_the_raw_ranking(knowledge_base):
    result = knowledge_base.search("how to cook rice", k=7, min_score=0)
    assert result.answered and len(result.hits) == 7


def test_misspelt_words_are_searched_as_the_knowledge_base_spells_them(knowledge_base):
    misspelt = knowledge_base.search("how is incompitent cervix treeted", k=9, min_score=0)
    spelt = knowledge_base.search("how is incompetent cervix treated", k=9, min_score=0)
    assert misspelt.query == "how is incompitent cervix treeted"  # what the visitor typed is kept
    assert misspelt.searched == spelt.query == spelt.searched
    assert [(h.passage.id, h.score) for h in misspelt.hits] == [(h.passage.id, h.score) for h in spelt.hits]


def test_reference_methods_search_the_words_as_typed(knowledge_base):
    for method in ("dense", "bm25"):
        assert knowledge_base.search("incompitent cervix", method=method).searched == "incompitent cervix"


def test_spelling_can_be_switched_off_for_comparisons(knowledge_base, monkeypatch):
    monkeypatch.setattr(search_module, "SPELLING", False)
    assert knowledge_base.search("incompitent cervix").searched == "incompitent cervix"


def test_get_by_id(knowledge_base):
    passage = knowledge_base.passages[3]
    assert knowledge_base.get(passage.id) is passage
    assert knowledge_base.get("no-such-id") is None


@pytest.mark.parametrize(
    "query, k, min_score",
    [("", 5, None), ("   ", 5, None), ("x" * 2001, 5, None), ("ok", 0, None), ("ok", 51, None),
     ("ok", True, None), ("ok", 5, -0.1), ("ok", 5, 1.5), ("ok", 5, float("nan")), (None, 5, None)],
)
def test_bad_arguments_raise_query_error(knowledge_base, query, k, min_score):
    with pytest.raises(QueryError):
        knowledge_base.search(query, k=k, min_score=min_score)


def test_normalize_query_drops_control_characters():
    assert normalize_query("  weak\x00 cervix\n\t symptoms\x1b ") == "weak cervix symptoms"


def test_letters_in_other_characters_are_read_plain(seed_knowledge_base, monkeypatch):
    """Text pasted from social media or sent by another service: full-width and
    mathematical bold letters, ligatures and invisible marks inside words are read as the
    plain letters; the echoed query keeps what was sent."""
    assert as_read("ｈｏｗ　ｉｓ　ｉｔ　ｔｒｅａｔｅｄ") == "how is it treated"
    assert as_read("𝐰𝐡𝐚𝐭 𝐢𝐬 𝐜𝐞𝐫𝐯𝐢𝐜𝐚𝐥 𝐢𝐧𝐬𝐮𝐟𝐟𝐢𝐜𝐢𝐞𝐧𝐜𝐲") == "what is cervical insufficiency"
    assert as_read("a lifestyle ﬁx after a D＆C") == "a lifestyle fix after a D&C"
    assert as_read("in\u00adcompetent cer\u200bvical insuf\u2060ficiency") == "incompetent cervical insufficiency"
    query = "ｈｏｗ　ｉｓ　ｉｎｃｏｍｐｅｔｅｎｔ　ｃｅｒｖｉｘ　ｔｒｅａｔｅｄ"
    result = seed_knowledge_base.search(query)
    assert result.answered and result.hits[0].passage.question == "How is incompetent cervix treated?"
    assert result.query == "ｈｏｗ ｉｓ ｉｎｃｏｍｐｅｔｅｎｔ ｃｅｒｖｉｘ ｔｒｅａｔｅｄ"  # as sent, blanks collapsed
    monkeypatch.setattr(search_module, "PLAIN_CHARACTERS", False)
    assert not seed_knowledge_base.search(query).answered


def test_a_line_break_before_a_question_ends_a_sentence(seed_knowledge_base, monkeypatch):
    """"Hi / 20 weeks pregnant / cervix 2cm on scan / what are my options?" typed on four
    lines asks for the options (treatment), not about the scan; a line wrapped mid-sentence
    stays one sentence."""
    assert as_read("Hi\n20 weeks pregnant\ncervix 2cm on scan\nwhat are my options?") == "Hi 20 weeks pregnant cervix 2cm on scan. what are my options?"
    assert as_read("my cervix was measured\nat 20 weeks") == "my cervix was measured at 20 weeks"
    assert as_read("Is it common?\nHow is it treated?") == "Is it common? How is it treated?"
    query = "Hi\n20 weeks pregnant\ncervix 2cm on scan\nwhat are my options?"
    result = seed_knowledge_base.search(query)
    assert result.query == "Hi 20 weeks pregnant cervix 2cm on scan what are my options?"  # echoed as typed
    assert result.hits[0].passage.question == "How is incompetent cervix treated?"
    monkeypatch.setattr(search_module, "LINE_BREAKS_END_SENTENCES", False)
    assert seed_knowledge_base.search(query).hits[0].passage.question == "How is incompetent cervix diagnosed?"


def load_dev_set():
    path = SHARED / "eval" / "seed_dev_queries.jsonl"
    if not path.exists():
        pytest.skip("../shared/eval is not beside the checkout")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_seed_dev_set(seed_knowledge_base, capsys):
    """Report the dev-set figures; assert only a floor that catches a broken retriever."""
    queries = load_dev_set()
    in_scope = [q for q in queries if q["expect_questions"]]
    out_of_scope = [q for q in queries if not q["expect_questions"]]
    top1 = sum(
        1 for q in in_scope
        if (r := seed_knowledge_base.search(q["query"], k=1, min_score=0)).hits[0].passage.question in q["expect_questions"]
    )
    answered = sum(1 for q in in_scope if seed_knowledge_base.search(q["query"]).answered)
    abstained = sum(1 for q in out_of_scope if not seed_knowledge_base.search(q["query"]).answered)
    with capsys.disabled():
        print(
            f"\nseed dev set: top-1 {top1}/{len(in_scope)}, answered in-scope {answered}/{len(in_scope)}, "
            f"abstained out-of-scope {abstained}/{len(out_of_scope)}"
        )
    # Floors well under today's figures (22/22, 22/22, 8/8): they catch a broken
    # retriever without pinning the ranking to these few lines.
    assert top1 / len(in_scope) >= 0.85
    assert answered / len(in_scope) >= 0.85
    assert abstained / len(out_of_scope) >= 0.85


def test_alternate_name_reaches_the_article(knowledge_base):
    hits = knowledge_base.search("what causes cervical insufficiency", k=3).hits
    assert hits[0].passage.question == "What causes incompetent cervix?"


def test_rare_term_in_one_answer_is_found(knowledge_base):
    """A procedure name mentioned once, deep in a bullet list: where BM25 carries the dense model."""
    result = knowledge_base.search("cerclage")
    assert result.answered
    assert result.hits[0].passage.question == "How is incompetent cervix treated?"


@pytest.mark.parametrize("method", ["hybrid", "dense", "bm25"])
def test_every_method_ranks_a_plain_question(knowledge_base, method):
    hits = knowledge_base.search("how is incompetent cervix diagnosed", k=3, min_score=0, method=method).hits
    assert hits[0].passage.question == "How is incompetent cervix diagnosed?"


def test_unknown_method_is_refused(knowledge_base):
    with pytest.raises(QueryError, match="method must be one of"):
        knowledge_base.search("x", method="magic")


def _fixture_knowledge_base(tmp_path_factory, encoder, name: str) -> KnowledgeBase:
    """A knowledge base of one fixture file, tests/fixtures/{name}.jsonl."""
    folder = tmp_path_factory.mktemp(f"{name}-content")
    shutil.copy(FIXTURES / f"{name}.jsonl", folder / f"{name}.jsonl")
    index = tmp_path_factory.mktemp(f"{name}-index")
    build_index(folder, index, encoder)
    return KnowledgeBase.open(index, encoder=encoder)


@pytest.fixture(scope="module")
def gout_knowledge_base(tmp_path_factory, encoder):
    """One subject with an overview and typed passages, and a neighbouring subject."""
    return _fixture_knowledge_base(tmp_path_factory, encoder, "gout")


DESCRIBED = "big toe suddenly swollen red and painful at night, what causes that"


def test_the_type_asked_comes_first_within_its_subject(gout_knowledge_base, monkeypatch):
    """A described condition matches the overview best; the question asked is the causes one."""
    lifted = gout_knowledge_base.search(DESCRIBED, k=4, min_score=0)
    assert [h.passage.id for h in lifted.hits[:2]] == ["gout-causes", "gout-what"]
    monkeypatch.setattr(search_module, "TOPIC_LIFT", False)
    plain = gout_knowledge_base.search(DESCRIBED, k=4, min_score=0)
    assert plain.hits[0].passage.id == "gout-what"  # what the lift corrects
    # The lift orders; it never changes a passage's score.
    assert {h.passage.id: h.score for h in lifted.hits} == {h.passage.id: h.score for h in plain.hits}


def test_a_lifted_passage_keeps_part_of_the_distance_to_its_subjects_best(tmp_path_factory, encoder, monkeypatch):
    """A subject that leads on another type (an overview, 0.66) and barely matches on the
    type asked (its treatment, 0.34) does not pass a subject whose treatment passage is
    its best (0.654): "what foods lower cholesterol" is not answered by the treatment of
    diabetes and stroke, which leads on prevention."""
    kb = _fixture_knowledge_base(tmp_path_factory, encoder, "skin")
    ranking, exact = _ranking(kb, eczema_what=0.66, eczema_treatment=0.34, psoriasis_treatment=0.654)

    def first() -> str:
        return kb.passages[int(np.argmax(kb._with_intent(frozenset({"treatment"}), ranking, exact)))].id

    assert first() == "psoriasis-treatment"
    monkeypatch.setattr(search_module, "LIFT_KEEPS", 0.0)
    assert first() == "eczema-treatment"  # what it changes


def test_among_close_passages_of_the_type_asked_the_named_subject_comes_first(tmp_path_factory, encoder, monkeypatch):
    """"How common is Huntington's disease": GHR's Huntington disease-like syndrome (0.816)
    and Huntington disease (0.807) both answer how many people are affected; the one
    named comes first when they are within NAMED_LIFT, not when further apart."""
    kb = _fixture_knowledge_base(tmp_path_factory, encoder, "skin")
    in_named = kb._in_subjects_named(kb._topics_mentioned("what is the treatment for psoriasis"))
    assert {p.title for p, named in zip(kb.passages, in_named) if named} == {"Psoriasis"}

    def first(**scores: float) -> str:
        ranking, exact = _ranking(kb, **scores)
        return kb.passages[int(np.argmax(kb._with_intent(frozenset({"treatment"}), ranking, exact, in_named=in_named)))].id

    assert first(eczema_treatment=0.656, psoriasis_treatment=0.650) == "psoriasis-treatment"
    assert first(eczema_treatment=0.70, psoriasis_treatment=0.650) == "eczema-treatment"
    monkeypatch.setattr(search_module, "NAMED_LIFT", 0)
    assert first(eczema_treatment=0.656, psoriasis_treatment=0.650) == "eczema-treatment"


def test_the_named_lift_counts_a_subject_named_by_its_title_only(tmp_path_factory, encoder, monkeypatch):
    """A subject named only through a synonym (GHR's "hypercholesterolemia", whose alternate
    names include "high cholesterol") is not lifted over the page titled by the name
    typed: the lift reads the titles (``TITLED_ONLY``)."""
    kb = _fixture_knowledge_base(tmp_path_factory, encoder, "skin")
    titles = [p.title for p in kb.passages]
    eczema, psoriasis = (int(kb._topics[titles.index(t)]) for t in ("Eczema", "Psoriasis"))
    monkeypatch.setattr(kb, "_subjects_named", {7: [eczema, psoriasis]})
    monkeypatch.setattr(kb, "_subjects_titled", {7: [psoriasis]})
    titled = {titles[row] for row in np.flatnonzero(kb._in_subjects_named({7}, titled=True))}
    named = {titles[row] for row in np.flatnonzero(kb._in_subjects_named({7}))}
    assert titled == {"Psoriasis"} and named == {"Eczema", "Psoriasis"}


def test_a_passage_no_nearer_than_off_topic_questions_is_not_lifted(tmp_path_factory, encoder, monkeypatch):
    """"Bitten by a tick, red circle rash, what should I do": the treatment of Crimean-Congo
    fever (0.19) must not be lifted to its prevention passage (0.47) and shown first; it
    resembles the query less than off-topic questions resemble their best passage."""
    kb = _fixture_knowledge_base(tmp_path_factory, encoder, "skin")
    monkeypatch.setattr(kb, "calibration", dataclasses.replace(kb.calibration, off_topic_mean=0.27))
    ranking, exact = _ranking(kb, eczema_what=0.47, eczema_treatment=0.19, psoriasis_what=0.45)

    def first() -> str:
        return kb.passages[int(np.argmax(kb._with_intent(frozenset({"treatment"}), ranking, exact)))].id

    assert first() == "eczema-what"
    monkeypatch.setattr(search_module, "LIFT_FLOOR", False)
    assert first() == "eczema-treatment"  # what the floor prevents


def test_a_lifted_passage_is_shown_when_its_subject_is_answered(gout_knowledge_base):
    overview = gout_knowledge_base.search(DESCRIBED, k=4, min_score=0).hits
    scores = {h.passage.id: h.score for h in overview}
    between = (scores["gout-causes"] + scores["gout-what"]) / 2  # the overview passes, the causes one does not
    result = gout_knowledge_base.search(DESCRIBED, k=4, min_score=between)
    assert result.answered and result.hits[0].passage.id == "gout-causes"
    assert result.hits[0].score < between  # reported as its own evidence


def test_asking_a_type_does_not_answer_an_off_topic_query(gout_knowledge_base):
    assert not gout_knowledge_base.search("what causes rainbows after rain").answered


DESCRIBED_SYMPTOM = "gush of water down there at 22 weeks"


def test_list_items_order_passages_but_never_answer(seed_knowledge_base, tmp_path, encoder, monkeypatch):
    """The symptoms passage lists "Gush of warm liquid from your vagina": its item vector
    ranks that passage first for a visitor's description, but scores (and so "answered")
    are what they would be without item vectors."""
    monkeypatch.setattr(search_module, "LAY_TERMS", False)  # "down there" would add "vagina"
    without_items = tmp_path / "no-items"
    build_index(ROOT / "kb" / "content", without_items, encoder, views=ViewConfig(item_views=0))
    plain = KnowledgeBase.open(without_items, encoder=encoder)
    ranked = seed_knowledge_base.search(DESCRIBED_SYMPTOM, k=9, min_score=0)
    unranked = plain.search(DESCRIBED_SYMPTOM, k=9, min_score=0)
    assert ranked.hits[0].passage.question == "What are the symptoms of incompetent cervix?"
    assert unranked.hits[0].passage.question != ranked.hits[0].passage.question
    assert {h.passage.id: h.score for h in ranked.hits} == pytest.approx({h.passage.id: h.score for h in unranked.hits})
    assert seed_knowledge_base.search(DESCRIBED_SYMPTOM).answered == plain.search(DESCRIBED_SYMPTOM).answered


def test_a_list_item_orders_its_subject_but_does_not_carry_it_past_others(tmp_path_factory, encoder, monkeypatch):
    """"A nodule on my thyroid, could it be cancer" matches an item of hyperthyroidism's
    treatments ("people who have cancerous thyroid nodules") best; that ranks the passage
    first in its subject, not above thyroid cancer's overview, whose evidence is higher."""
    kb = _fixture_knowledge_base(tmp_path_factory, encoder, "skin")
    evidence, exact = _ranking(kb, eczema_what=0.58, eczema_treatment=0.40, psoriasis_what=0.64)
    ranking = evidence.copy()
    ranking[[p.id for p in kb.passages].index("eczema-treatment")] = 0.75  # the item's cosine
    kept = kb._items_within_subject(search_module.Scores(evidence, ranking, exact))
    ids = [p.id for p in kb.passages]
    order = [ids[row] for row in np.argsort(-kept.ranking)[:3]]
    assert order == ["psoriasis-what", "eczema-treatment", "eczema-what"]
    assert np.array_equal(kept.evidence, evidence)  # evidence, and so "answered", is untouched
    monkeypatch.setattr(search_module, "ITEM_MARGIN", None)
    assert ids[int(np.argmax(kb._items_within_subject(search_module.Scores(evidence, ranking, exact)).ranking))] == "eczema-treatment"


def test_a_passage_ranked_above_an_answering_one_of_its_subject_is_shown(seed_knowledge_base, monkeypatch):
    """With a threshold only the overview reaches, what ranks above it in the article is shown too."""
    monkeypatch.setattr(search_module, "LAY_TERMS", False)
    hits = seed_knowledge_base.search(DESCRIBED_SYMPTOM, k=9, min_score=0).hits
    scores = {h.passage.question: h.score for h in hits}
    threshold = scores["What is incompetent cervix?"] - 1e-4
    shown = seed_knowledge_base.search(DESCRIBED_SYMPTOM, k=9, min_score=threshold).hits
    assert shown[0].passage.question == "What are the symptoms of incompetent cervix?"
    assert shown[0].score < threshold  # reported as its own evidence
    assert all(h.score >= threshold for h in shown[1:])


def test_only_passages_scored_exactly_are_lifted_by_the_type_asked(gout_knowledge_base, monkeypatch):
    """With the candidate pools cut to one passage each, "What causes gout?" is only bounded
    by the nearest-vector search: asking for causes must not lift it over the one passage
    that was scored, however large the bonus (a bound plus a bonus can beat a real match)."""
    monkeypatch.setattr(gout_knowledge_base, "intent_bonus", 0.5)
    monkeypatch.setattr(search_module, "DENSE_CANDIDATES", 1)
    monkeypatch.setattr(search_module, "LEXICAL_CANDIDATES", 1)
    query = "what causes a stubbed toe to bruise"
    exact = gout_knowledge_base.scores(query).exact
    scored = [p.id for p, flag in zip(gout_knowledge_base.passages, exact) if flag]
    assert scored == ["toe-injuries-what"]
    assert gout_knowledge_base.search(query, k=4, min_score=0).hits[0].passage.id == "toe-injuries-what"


def test_the_asked_type_of_a_leading_subject_is_scored_even_when_no_near_vector_found_it(
    gout_knowledge_base, monkeypatch
):
    """The nearest vectors of a described condition are its overview's; "What causes gout?"
    is scored exactly anyway, because gout leads and causes were asked for."""
    monkeypatch.setattr(search_module, "DENSE_CANDIDATES", 1)
    monkeypatch.setattr(search_module, "LEXICAL_CANDIDATES", 1)
    query = "big toe swollen red and painful at night, why does that happen"
    untyped = gout_knowledge_base.scores(query, "hybrid")
    typed = gout_knowledge_base.scores(query, "hybrid", frozenset({"causes"}))
    rows = {p.id: row for row, p in enumerate(gout_knowledge_base.passages)}
    assert not untyped.exact[rows["gout-causes"]] and typed.exact[rows["gout-causes"]]
    assert not typed.exact[rows["gout-treatment"]]  # only the type asked
    assert gout_knowledge_base.search(query, k=4, min_score=0).hits[0].passage.id == "gout-causes"


def test_a_practical_question_the_article_does_not_answer_gets_no_answer(seed_knowledge_base):
    """The treatment passage names cerclage; it does not say what it costs."""
    assert seed_knowledge_base.search("what is a cervical cerclage").answered
    priced = seed_knowledge_base.search("how much does a cervical cerclage cost")
    assert not priced.answered and priced.hits == []
    assert seed_knowledge_base.search("where can i buy a pessary near me").hits == []
    assert seed_knowledge_base.search("side effects of progesterone shots").hits == []
    # A pet's health is never this knowledge base's question, whatever else it asks.
    assert seed_knowledge_base.search("my dog is pregnant and her cervix is open, what should i do").hits == []
    assert seed_knowledge_base.search("what should i do about my weak cervix").answered
    # Other people's stories and product picks are no approved answer.
    assert seed_knowledge_base.search("short cervix and twins - anyone been through it?").hits == []
    assert seed_knowledge_base.search("best pregnancy pillow for bed rest?").hits == []
    assert seed_knowledge_base.search("pessary experiences? what is it actually for").answered
    # The raw ranking is still there for whoever asks for it.
    assert seed_knowledge_base.search("how much does a cervical cerclage cost", min_score=0).hits
    # Evaluation ranks as shown: with the checks, without the threshold.
    assert seed_knowledge_base.search("how much does a cervical cerclage cost", min_score=0, checked=True).hits == []


def test_a_practical_question_is_answered_where_a_passage_answers_it(tmp_path, encoder):
    records = [
        ("aids-what", "Hearing aids", "What are hearing aids?", "Hearing aids are small electronic devices worn in or behind the ear."),
        ("aids-cost", "Hearing aids", "How much do hearing aids cost?", "A pair costs between 1,000 and 6,000 dollars; some plans pay part."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    result = knowledge_base.search("price of hearing aids")
    assert result.answered and result.hits[0].passage.id == "aids-cost"


def test_a_question_about_a_topic_the_article_does_not_cover_gets_no_answer(seed_knowledge_base, monkeypatch):
    """'Cervical' and 'symptoms' match the article well; cervical cancer is not its subject."""
    assert seed_knowledge_base.search("cervical cancer symptoms").hits == []
    # "cervicitis" shares its stem with "cervical"; the article never writes it.
    assert seed_knowledge_base.search("treatment for cervicitis").hits == []
    # A name MedQuAD lacks, in the extra list.
    assert seed_knowledge_base.search("what is a cervical ectropion").hits == []
    # The article says "amniotic fluid"; low amniotic fluid (oligohydramnios) is another condition.
    assert seed_knowledge_base.search("what causes low amniotic fluid").hits == []
    assert seed_knowledge_base.search("symptoms of a weak cervix").answered  # MedQuAD's synonym of the subject
    # The article says "premature birth": "preterm birth", another name of that topic, is its own.
    assert seed_knowledge_base.search("does bed rest really prevent preterm birth").answered
    monkeypatch.setattr(search_module, "TOPIC_CHECK", False)
    assert seed_knowledge_base.search("cervical cancer symptoms").answered  # what the check prevents


def test_an_answer_whose_article_shares_no_topic_word_with_the_query_is_no_answer(seed_knowledge_base, monkeypatch):
    """"twins risk factors" scores 0.42 against the risk passage on "risk factors" alone."""
    assert seed_knowledge_base.search("twins risk factors").hits == []
    assert seed_knowledge_base.search("cervical stitch how does it work").answered  # a lay phrase it covers
    assert seed_knowledge_base.search("risk factors for a weak cervix").answered
    monkeypatch.setattr(search_module, "NO_SHARED_WORD", False)
    assert seed_knowledge_base.search("twins risk factors").answered  # what the check prevents


def test_an_article_sharing_no_word_gives_way_to_the_next_that_does(tmp_path, encoder, monkeypatch):
    """MedQuAD's familial vocal cord dysfunction ranked first for a teacher losing her
    voice, and its article never says "voice": the whole query went unanswered, though
    MedlinePlus's voice disorders, next, answers it. The article that shares no word is
    left out, not the query (MedQuAD, CC BY 4.0)."""
    records = [
        (
            "vcd",
            "Vocal cord dysfunction familial",
            "What are the symptoms of Vocal cord dysfunction familial ?",
            'What are the signs and symptoms of Vocal cord dysfunction familial? The Human Phenotype '
            'Ontology provides the following list of signs and symptoms for Vocal cord dysfunction '
            'familial. If the information is available, the table below includes how often the '
            'symptom is seen in people with this condition. You can use the MedlinePlus Medical '
            'Dictionary to look up the definitions for these medical terms. Signs and Symptoms '
            'Approximate number of patients (when available) Laryngomalacia 90% Respiratory '
            'insufficiency 50% Autosomal dominant inheritance - Dysphagia - Microcephaly - Stridor - '
            'Vocal cord paralysis - The Human Phenotype Ontology (HPO) has collected information on '
            'how often a sign or symptom occurs in a condition. Much of this information comes from '
            'Orphanet, a European rare disease database. The frequency of a sign or symptom is '
            'usually listed as a rough estimate of the percentage of patients who have that feature. '
            'The frequency may also be listed as a fraction. The first number of the fraction is how '
            'many people had the symptom, and the second number is the total number of people who '
            'were examined in one study. For example, a frequency of 25/25 means that in a study of '
            '25 people all patients were found to have that symptom. Because these frequencies are '
            'based on a specific study, the fractions may be different if another group of patients '
            'are examined. Sometimes, no information on frequency is available. In these cases, the '
            'sign or symptom may be rare or common.',
        ),
        (
            "voice",
            "Voice Disorders",
            "What is (are) Voice Disorders ?",
            'Voice is the sound made by air passing from your lungs through your larynx, or voice '
            'box. In your larynx are your vocal cords, two bands of muscle that vibrate to make '
            'sound. For most of us, our voices play a big part in who we are, what we do, and how we '
            "communicate. Like fingerprints, each person's voice is unique.    Many things we do can "
            'injure our vocal cords. Talking too much, screaming, constantly clearing your throat, or '
            'smoking can make you hoarse. They can also lead to problems such as nodules, polyps, and '
            'sores on the vocal cords. Other causes of voice disorders include infections, upward '
            'movement of stomach acids into the throat, growths due to a virus, cancer, and diseases '
            "that paralyze the vocal cords.    Signs that your voice isn't healthy include       - "
            "Your voice has become hoarse or raspy    - You've lost the ability to hit some high "
            'notes when singing    - Your voice suddenly sounds deeper    - Your throat often feels '
            "raw, achy, or strained    - It's become an effort to talk       Treatment for voice "
            'disorders varies depending on the cause. Most voice problems can be successfully treated '
            'when diagnosed early.    NIH: National Institute on Deafness and Other Communication '
            'Disorders',
        ),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "I am a teacher and keep losing my voice by the end of the week. What voice problems are there?"
    assert [hit.passage.id for hit in knowledge_base.search(query, min_score=0.0, checked=True).hits] == ["voice"]
    assert knowledge_base.search(query).answered
    monkeypatch.setattr(search_module, "SKIP_UNSHARED", False)
    assert not knowledge_base.search(query).answered  # the query had no answer at all


def test_a_chromosome_band_named_ranks_pages_of_other_bands_lower(tmp_path, encoder, monkeypatch):
    """"3p deletion syndrome symptoms": the model ranks 22q13.3, 2q37 and 16p13.3 deletion
    syndromes above Chromosome 3p- syndrome; the band is as distinctive as a name (GARD's
    pages, from MedQuAD, CC BY 4.0, their first 200 characters)."""
    records = [
        (
            "del-3p",
            "Chromosome 3p- syndrome",
            "What are the symptoms of Chromosome 3p- syndrome ?",
            "What are the signs and symptoms of Chromosome 3p- syndrome? The signs and symptoms "
            "of chromosome 3p- syndrome and the severity of the condition depend on the exact "
            "size and location of the deletion an",
        ),
        (
            "del-22q13",
            "22q13.3 deletion syndrome",
            "What are the symptoms of 22q13.3 deletion syndrome ?",
            "What are the signs and symptoms of 22q13.3 deletion syndrome? The Human Phenotype "
            "Ontology provides the following list of signs and symptoms for 22q13.3 deletion "
            "syndrome. If the information is availa",
        ),
        (
            "del-2q37",
            "2q37 deletion syndrome",
            "What are the symptoms of 2q37 deletion syndrome ?",
            "What are the signs and symptoms of 2q37 deletion syndrome? Most babies with 2q37 "
            "deletion syndrome are born with hypotonia, which usually improves with age. About 25 "
            "percent of those with this conditi",
        ),
        (
            "del-16p13",
            "Chromosome 16p13.3 deletion syndrome",
            "What are the symptoms of Chromosome 16p13.3 deletion syndrome ?",
            "What are the signs and symptoms of Chromosome 16p13.3 deletion syndrome? The Human "
            "Phenotype Ontology provides the following list of signs and symptoms for Chromosome "
            "16p13.3 deletion syndrome. If the",
        ),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "3p deletion syndrome symptoms"
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id == "del-3p"
    # "22q" names both 22q bands' pages: no 22q page is ranked lower than the others.
    assert knowledge_base._of_the_band_named(np.zeros(4, dtype=np.float32), "22q deletion")[1] == 0.0
    assert knowledge_base._of_the_band_named(np.zeros(4, dtype=np.float32), "22q deletion")[0] < 0.0
    monkeypatch.setattr(search_module, "OTHER_BAND_PENALTY", 0)
    # "3p" is also the rest of the query that the titles named word for word ("deletion
    # syndrome", digits not read) leave out, and Chromosome 3p- syndrome's: that rule too
    # keeps it first, so it is switched off to show what the band penalty does.
    monkeypatch.setattr(search_module, "OTHER_NAMES_SAY_THE_REST", False)
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id != "del-3p"


def test_a_page_is_named_by_its_narrowest_bands(tmp_path, encoder, monkeypatch):
    """"1q21.1 deletion symptoms": GARD also calls its 1q41-q42 page "Chromosome 1q
    deletion", and titles are read without digits ("q deletion"), so the 1q41-q42 page
    came first (GARD's and GHR's pages, from MedQuAD, CC BY 4.0, their first 200
    characters and their synonyms)."""
    records = [
        ("del-1q41", "Chromosome 1q41-q42 deletion syndrome", "What are the symptoms of Chromosome 1q41-q42 deletion syndrome ?",
         "What are the signs and symptoms of Chromosome 1q41-q42 deletion syndrome? The Human Phenotype Ontology provides "
         "the following list of signs and symptoms for Chromosome 1q41-q42 deletion syndrome. If t",
         ["1q41-q42 deletion syndrome", "Deletion 1q41-q42", "Monosomy 1q41-q42", "Chromosome 1q deletion"]),
        ("del-1q21-symptoms", "1q21.1 microdeletion syndrome", "What are the symptoms of 1q21.1 microdeletion syndrome ?",
         "What are the signs and symptoms of 1q21.1 microdeletion syndrome? The Human Phenotype Ontology provides the "
         "following list of signs and symptoms for 1q21.1 microdeletion syndrome. If the information i",
         ["Chromosome 1q21.1 microdeletion syndrome", "Monosomy 1q21.1", "Chromosome 1q deletion"]),
        ("del-1q21-genes", "1q21.1 microdeletion", "What are the genetic changes related to 1q21.1 microdeletion ?",
         "Most people with a 1q21.1 microdeletion are missing a sequence of about 1.35 million DNA building blocks (base "
         "pairs), also written as 1.35 megabases (Mb), in the q21.1 region of chromosome 1. However",
         ["1q21.1 contiguous gene deletion", "1q21.1 deletion", "chromosome 1q21.1 deletion syndrome"]),
        ("del-2q37", "2q37 deletion syndrome", "What are the symptoms of 2q37 deletion syndrome ?",
         "What are the signs and symptoms of 2q37 deletion syndrome? Most babies with 2q37 deletion syndrome are born "
         "with hypotonia, which usually improves with age. About 25 percent of those with this conditi",
         ["Albright hereditary osteodystrophy-like syndrome", "Brachydactyly-mental retardation syndrome"]),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "1q21.1 deletion symptoms"
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id == "del-1q21-symptoms"
    # A whole arm asked still names every page of it.
    assert not knowledge_base._of_the_band_named(np.zeros(4, dtype=np.float32), "chromosome 1q deletion")[:3].any()
    # The 1q41-q42 page is of band 1q41 only, and "2q37 deletion syndrome", read without
    # digits ("q deletion syndrome"), is not the title "1q21.1 deletion" names.
    assert set(knowledge_base._bands.values()) == {frozenset({"1q41"}), frozenset({"1q21.1"}), frozenset({"2q37"})}
    assert not knowledge_base._titles_named(query, *_exact_and_ranking(knowledge_base, query))[0].any()
    monkeypatch.setattr(search_module, "NARROWEST_BANDS", False)
    monkeypatch.setattr(search_module, "TITLES_OF_THE_BAND", False)
    # "1q21" and "1" are the rest of the query the title named word for word leaves out, and
    # the 1q21.1 page's own: that rule too keeps it first (switched off to show these).
    monkeypatch.setattr(search_module, "OTHER_NAMES_SAY_THE_REST", False)
    rebuilt = KnowledgeBase.open(tmp_path / "index", encoder=encoder)
    assert frozenset({"1q41", "1q"}) in rebuilt._bands.values()
    assert rebuilt._titles_named(query, *_exact_and_ranking(rebuilt, query))[0].any()
    assert rebuilt.search(query, min_score=0.0, checked=True).hits[0].passage.id != "del-1q21-symptoms"


def test_a_title_of_another_type_is_not_the_title_named(tmp_path, encoder, monkeypatch):
    """"3-methylglutaconic aciduria type 3" is Costeff syndrome's other name; titles are read
    without digits, so GARD's "3 methylglutaconic aciduria type V" read as the title named
    word for word and came first (GARD's and GHR's pages, from MedQuAD, CC BY 4.0, their
    first 200 characters and their synonyms)."""
    records = [
        ("mga5", "3 methylglutaconic aciduria type V", "What are the symptoms of 3 methylglutaconic aciduria type V ?",
         "What are the signs and symptoms of 3 methylglutaconic aciduria type V? The Human Phenotype Ontology provides "
         "the following list of signs and symptoms for 3 methylglutaconic aciduria type V. If the inf",
         ["3 alpha methylglutaconic aciduria type V", "MGA V", "MGA 5"]),
        ("costeff", "Costeff syndrome", "What is (are) Costeff syndrome ?",
         "Costeff syndrome is a condition characterized by vision loss, movement problems, and intellectual disability. "
         "People with Costeff syndrome have degeneration (atrophy) of the optic nerves, which carry ",
         ["3-methylglutaconic aciduria type 3", "3-methylglutaconic aciduria type III", "autosomal recessive OPA3"]),
        ("barth", "Barth syndrome", "What is (are) Barth syndrome ?",
         "Barth syndrome is a rare condition characterized by an enlarged and weakened heart (dilated cardiomyopathy), "
         "weakness in muscles used for movement (skeletal myopathy), recurrent infections due to smal",
         ["3-methylglutaconic aciduria type 2", "3 methylglutaconic aciduria, type II", "BTHS"]),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "3-methylglutaconic aciduria type 3"
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id == "costeff"
    assert not knowledge_base._titles_named(query, *_exact_and_ranking(knowledge_base, query))[0].any()
    # The type the title numbers is still the one named: "type 5" (and "type V") name it.
    for named in ("3-methylglutaconic aciduria type 5", "3-methylglutaconic aciduria type V"):
        assert knowledge_base._titles_named(named, *_exact_and_ranking(knowledge_base, named))[0][0]
    monkeypatch.setattr(search_module, "TITLES_OF_THE_TYPE", False)
    assert knowledge_base._titles_named(query, *_exact_and_ranking(knowledge_base, query))[0][0]
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id == "mga5"


def _exact_and_ranking(knowledge_base, query):
    _, ranking, exact = knowledge_base.scores(knowledge_base._interpret(query).searched, "hybrid", frozenset())
    return exact, ranking


def test_a_short_code_named_ranks_its_siblings_lower(tmp_path, encoder, monkeypatch):
    """"men2a symptoms": GARD calls its three MEN pages "MEN 1", "MEN 2A" and "MEN 2B";
    titles are read without digits and the model scores 2B's page first (GARD's pages,
    from MedQuAD, CC BY 4.0, their first 200 characters and their synonyms)."""
    records = [
        ("men1", "Multiple endocrine neoplasia type 1", "What is (are) Multiple endocrine neoplasia type 1 ?",
         "Multiple endocrine neoplasia, type 1 (MEN1) is an inherited condition that causes tumors of the endocrine "
         "system (the body's network of hormone-producing glands). People affected by MEN1 typically dev",
         ["Endocrine adenomatosis multiple", "MEN 1", "Wermer syndrome"]),
        ("men2a", "Multiple endocrine neoplasia type 2A", "What are the symptoms of Multiple endocrine neoplasia type 2A ?",
         "What are the signs and symptoms of Multiple endocrine neoplasia type 2A? The Human Phenotype Ontology provides "
         "the following list of signs and symptoms for Multiple endocrine neoplasia type 2A. If the",
         ["Sipple syndrome", "MEN 2A", "MEN-2A syndrome", "PTC syndrome"]),
        ("men2b", "Multiple endocrine neoplasia type 2B", "What are the symptoms of Multiple endocrine neoplasia type 2B ?",
         "What are the signs and symptoms of Multiple endocrine neoplasia type 2B? The Human Phenotype Ontology provides "
         "the following list of signs and symptoms for Multiple endocrine neoplasia type 2B. If the",
         ["MEN 2B", "Mucosal neuroma syndrome", "Wagenmann-froboese syndrome"]),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    zeros = np.zeros(3, dtype=np.float32)
    # The siblings are lower, however the code is written; "MEN 2" names both type 2 pages.
    for query in ("men2a symptoms", "MEN 2A symptoms", "men-2a signs"):
        assert list(knowledge_base._of_the_code_named(zeros, query) < 0) == [True, False, True]
    assert list(knowledge_base._of_the_code_named(zeros, "men 2 symptoms") < 0) == [True, False, False]
    # Letters no page is called by, or a number none has, change nothing.
    assert not knowledge_base._of_the_code_named(zeros, "health checks for men 40 and over").any()
    assert not knowledge_base._of_the_code_named(zeros, "sca3 symptoms").any()
    assert knowledge_base.search("men2a symptoms", min_score=0.0, checked=True).hits[0].passage.id == "men2a"
    monkeypatch.setattr(search_module, "OTHER_CODE_PENALTY", 0)
    assert not knowledge_base._of_the_code_named(zeros, "men2a symptoms").any()


def test_a_code_one_subject_is_called_by_ranks_other_subjects_lower(tmp_path, encoder, monkeypatch):
    """"the genetic report says DFNA 23, what symptoms will my kids have": GARD calls one page
    "DFNA 23"; the model scored GHR's nonsyndromic hearing loss page higher (pages from
    MedQuAD, CC BY 4.0, shortened)."""
    records = [
        ("gard-0001747-1", "Deafness, autosomal dominant nonsyndromic sensorineural 22",
         "What are the symptoms of Deafness, autosomal dominant nonsyndromic sensorineural 22 ?",
         "Deafness, autosomal dominant nonsyndromic sensorineural 22 causes hearing loss that gets worse with age.", ["DFNA 22"]),
        ("gard-0001748-1", "Deafness, autosomal dominant nonsyndromic sensorineural 23",
         "What are the symptoms of Deafness, autosomal dominant nonsyndromic sensorineural 23 ?",
         "Deafness, autosomal dominant nonsyndromic sensorineural 23 causes hearing loss from birth.", ["DFNA 23"]),
        ("ghr-0000750-3", "nonsyndromic hearing loss", "What are the genetic changes related to nonsyndromic hearing loss ?",
         "Nonsyndromic hearing loss is caused by changes in many genes; it runs in families."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    zeros = np.zeros(3, dtype=np.float32)
    query = "hearing loss runs in my family and the genetic report says DFNA 23, what symptoms will my kids have"
    sibling, other = -search_module.OTHER_CODE_PENALTY - search_module.OTHER_SUBJECT_CODE_PENALTY, -search_module.OTHER_SUBJECT_CODE_PENALTY
    assert list(knowledge_base._of_the_code_named(zeros, query)) == pytest.approx([sibling, 0.0, other])
    # A code no page is called by, or letters that are an English word, name no subject.
    assert not knowledge_base._of_the_code_named(zeros, "dfna 40 symptoms").any()
    monkeypatch.setattr(search_module, "OTHER_SUBJECT_CODE_PENALTY", 0)
    assert list(knowledge_base._of_the_code_named(zeros, query)) == pytest.approx([-search_module.OTHER_CODE_PENALTY, 0.0, 0.0])


def test_a_type_number_asked_ranks_pages_of_other_types_lower(tmp_path, encoder, monkeypatch):
    """"Spinocerebellar ataxia type 1 runs on my dad's side. How is it passed down?": the
    title checks read words, not numbers, and type 36's page came first (GHR's and GARD's
    pages, from MedQuAD, CC BY 4.0, their first 200 characters)."""
    records = [
        (
            "sca1",
            "spinocerebellar ataxia type 1",
            "Is spinocerebellar ataxia type 1 inherited ?",
            "This condition is inherited in an autosomal dominant pattern, which means one copy of the "
            "altered gene in each cell is sufficient to cause the disorder. An affected person usually inherits the altered",
        ),
        (
            "sca36",
            "spinocerebellar ataxia type 36",
            "Is spinocerebellar ataxia type 36 inherited ?",
            "This condition is inherited in an autosomal dominant pattern, which means one copy of the "
            "altered gene in each cell is sufficient to cause the disorder.  In most cases, an affected person has one pare",
        ),
        (
            "sca11",
            "Spinocerebellar ataxia 11",
            "Is Spinocerebellar ataxia 11 inherited ?",
            "How is spinocerebellar ataxia type 11 inherited? SCA11 is inherited in an autosomal dominant manner. "
            "The rate of de novo mutations is not known. Each child of an individual with SCA11 has a 50% chance",
        ),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "Spinocerebellar ataxia type 1 runs on my dad's side. How is it passed down?"
    ranked = knowledge_base._of_the_type_named(np.zeros(3, dtype=np.float32), query)
    assert ranked[0] == 0.0 and ranked[1] < 0.0 and ranked[2] < 0.0  # type 36 and "ataxia 11" are other types
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id == "sca1"
    # A roman numeral is read whole, a subtype's letter left aside.
    assert search_module._type_numbers(search_module._TYPE_IN_TITLE.findall("Osteogenesis imperfecta type VI")) == {"6"}
    assert search_module._type_numbers(search_module._TYPE_IN_TITLE.findall("Usher syndrome type 1C")) == {"1"}
    # Roman numerals and words name the same type; a number asked that no title has changes nothing.
    assert knowledge_base._of_the_type_named(np.zeros(3, dtype=np.float32), "ataxia type I")[0] == 0.0
    assert not knowledge_base._of_the_type_named(np.zeros(3, dtype=np.float32), "ataxia type 2").any()
    monkeypatch.setattr(search_module, "OTHER_TYPE_PENALTY", 0)
    assert not knowledge_base._of_the_type_named(np.zeros(3, dtype=np.float32), query).any()


def test_a_type_asked_puts_its_familys_unnumbered_page_lower(tmp_path, encoder, monkeypatch):
    """"oculocutaneous albinism type 2, what are the symptoms" asks the type 2 page, not the
    family's general page on the same site (its title minus the type), which ranks as another
    type would. Another site's family page may be all it has on the type: it stays."""
    records = [
        ("gard-0001-2", "Oculocutaneous albinism", "What are the symptoms of Oculocutaneous albinism ?",
         "Oculocutaneous albinism affects the coloring of the skin, hair and eyes; vision is reduced."),
        ("gard-0002-2", "Oculocutaneous albinism type 2", "What are the symptoms of Oculocutaneous albinism type 2 ?",
         "Oculocutaneous albinism type 2 causes light skin and hair that darken with age, and poor vision."),
        ("gard-0003-1", "Ocular albinism", "What is (are) Ocular albinism ?",
         "Ocular albinism affects the eyes: reduced vision and nystagmus, with normal skin and hair."),
        ("ghr-0001-1", "oculocutaneous albinism", "What is (are) oculocutaneous albinism ?",
         "Oculocutaneous albinism is a group of conditions, types 1 to 4, that affect the coloring of the skin."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "the eye doctor says oculocutaneous albinism type 2. What are the symptoms?"
    lowered = {"gard-0001-2": pytest.approx(-search_module.OTHER_TYPE_PENALTY), "gard-0002-2": 0.0, "gard-0003-1": 0.0, "ghr-0001-1": 0.0}
    assert _type_penalties(knowledge_base, query) == lowered
    # No type asked: the family's own page is asked, its numbered page lowered (NUMBERED_BELOW_FAMILY).
    numbered_lower = {"gard-0001-2": 0.0, "gard-0002-2": pytest.approx(-search_module.OTHER_TYPE_PENALTY), "gard-0003-1": 0.0, "ghr-0001-1": 0.0}
    assert _type_penalties(knowledge_base, "oculocutaneous albinism symptoms") == numbered_lower
    monkeypatch.setattr(search_module, "FAMILY_PAGE_LOWER", False)
    assert not any(_type_penalties(knowledge_base, query).values())


def test_a_subtype_asked_is_of_its_type_and_its_familys_page_ranks_lower(tmp_path, encoder):
    """"the neurologist said Charcot-Marie-Tooth disease type 2H. What are the symptoms?": the
    subtype's letter is read with its number, in the query as in titles ("type 2B1"), so the
    family's general page on the same site ranks lower and other types' pages too (GARD's
    pages, from MedQuAD, CC BY 4.0, shortened)."""
    records = [
        ("gard-0001088-2", "Charcot-Marie-Tooth disease", "What are the symptoms of Charcot-Marie-Tooth disease ?",
         "Charcot-Marie-Tooth disease affects the nerves of the arms and legs: weak muscles and foot drop."),
        ("gard-0001106-1", "Charcot-Marie-Tooth disease type 2H", "What are the symptoms of Charcot-Marie-Tooth disease type 2H ?",
         "Charcot-Marie-Tooth disease type 2H causes weak legs, foot drop and stiff muscles."),
        ("gard-0001099-1", "Charcot-Marie-Tooth disease type 2B1", "What are the symptoms of Charcot-Marie-Tooth disease type 2B1 ?",
         "Charcot-Marie-Tooth disease type 2B1 causes weak muscles of the legs and hips."),
        ("gard-0001090-1", "Charcot-Marie-Tooth disease type 4A", "What are the symptoms of Charcot-Marie-Tooth disease type 4A ?",
         "Charcot-Marie-Tooth disease type 4A causes weak muscles from early childhood."),
    ]
    assert search_module._type_numbers(search_module._TYPE_IN_TITLE.findall("Charcot-Marie-Tooth disease type 2B1")) == {"2"}
    assert search_module._type_numbers((n, "") for n in search_module._TYPE_ASKED.findall("CMT type 2H symptoms")) == {"2"}
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "the neurologist said Charcot-Marie-Tooth disease type 2H. What are the symptoms?"
    penalty = pytest.approx(-search_module.OTHER_TYPE_PENALTY)
    # Type 2B1 is of type 2, so only the subtype's letter sets it lower (OTHER_SUBTYPE_PENALTY).
    subtype = pytest.approx(-search_module.OTHER_SUBTYPE_PENALTY)
    assert _type_penalties(knowledge_base, query) == {"gard-0001088-2": penalty, "gard-0001106-1": 0.0, "gard-0001099-1": subtype, "gard-0001090-1": penalty}


def test_a_subtype_asked_ranks_its_familys_other_pages_of_the_type_lower(tmp_path, encoder, monkeypatch):
    """"the genetic report says Waardenburg syndrome type 2B, what are the features": the
    model scored GARD's type 2 page above its type 2B page, which the type number alone reads
    as the same type (GARD's pages, from MedQuAD, CC BY 4.0, shortened)."""
    records = [
        ("gard-0006382-2", "Waardenburg syndrome type 2", "What are the symptoms of Waardenburg syndrome type 2 ?",
         "Waardenburg syndrome type 2 causes hearing loss and changes in the coloring of the hair, skin and eyes."),
        ("gard-0006383-1", "Waardenburg syndrome type 2A", "What are the symptoms of Waardenburg syndrome type 2A ?",
         "Waardenburg syndrome type 2A causes hearing loss and a white forelock."),
        ("gard-0006384-1", "Waardenburg syndrome type 2B", "What are the symptoms of Waardenburg syndrome type 2B ?",
         "Waardenburg syndrome type 2B causes hearing loss and eyes of two colors."),
        ("gard-0001106-1", "Charcot-Marie-Tooth disease type 2H", "What are the symptoms of Charcot-Marie-Tooth disease type 2H ?",
         "Charcot-Marie-Tooth disease type 2H causes weak legs, foot drop and stiff muscles."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "the genetic report says Waardenburg syndrome type 2B, what are the features"
    subtype = pytest.approx(-search_module.OTHER_SUBTYPE_PENALTY)
    # Another family's page of the type number is another type's business, not the subtype's.
    assert _type_penalties(knowledge_base, query) == {"gard-0006382-2": subtype, "gard-0006383-1": subtype, "gard-0006384-1": 0.0, "gard-0001106-1": 0.0}
    # A subtype no page has ("type 2C") lowers none of the type's pages.
    assert not any(_type_penalties(knowledge_base, "Waardenburg syndrome type 2C symptoms").values())
    monkeypatch.setattr(search_module, "OTHER_SUBTYPE_PENALTY", 0)
    assert not any(_type_penalties(knowledge_base, query).values())


def _type_penalties(knowledge_base: KnowledgeBase, query: str) -> dict[str, float]:
    """Per passage id, what ``_of_the_type_named`` takes from a ranking of zeros for ``query``."""
    rows = [p.id for p in knowledge_base.index.passages]
    return dict(zip(rows, knowledge_base._of_the_type_named(np.zeros(len(rows), dtype=np.float32), query)))


def test_a_type_may_be_asked_by_its_bare_number_after_the_familys_name(tmp_path, encoder, monkeypatch):
    """"spinocerebellar ataxia 6 treatment options" asks type 6, as GARD's "Spinocerebellar
    ataxia 11" is type 11: a number right after the word ending a numbered family's name."""
    records = [
        ("gard-0001-5", "Spinocerebellar ataxia 2", "What are the treatments for Spinocerebellar ataxia 2 ?",
         "There is no cure for spinocerebellar ataxia 2; treatment manages the symptoms."),
        ("ghr-0001-5", "spinocerebellar ataxia type 6", "What are the treatments for spinocerebellar ataxia type 6 ?",
         "These resources address the diagnosis or management of spinocerebellar ataxia type 6."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "spinocerebellar ataxia 6 treatment options"
    penalties = _type_penalties(knowledge_base, query)
    assert penalties["gard-0001-5"] < 0.0 and penalties["ghr-0001-5"] == 0.0
    # The sentence may end after the number; a decimal names no type.
    ended = _type_penalties(knowledge_base, "genetic testing says spinocerebellar ataxia 6. What treatments are there?")
    assert ended["gard-0001-5"] < 0.0 and ended["ghr-0001-5"] == 0.0
    assert not any(_type_penalties(knowledge_base, "spinocerebellar ataxia 6.5 treatment options").values())
    # A number after another word is no type: "ataxia symptoms at 6" names none.
    assert not any(_type_penalties(knowledge_base, "ataxia symptoms at 6").values())
    monkeypatch.setattr(search_module, "BARE_TYPE_NUMBERS", False)
    assert not any(_type_penalties(knowledge_base, query).values())


def test_a_family_named_without_a_number_asks_its_own_page(tmp_path, encoder, monkeypatch):
    """"they call it brachyolmia. What symptoms does it cause?" asks GARD's "Brachyolmia",
    not its "Brachyolmia type 3"; a family with no page of its own on that site keeps its
    numbered pages as they are."""
    records = [
        ("gard-0001-1", "Brachyolmia", "What are the symptoms of Brachyolmia ?", "Signs and symptoms: short trunk, flattened vertebrae."),
        ("gard-0002-1", "Brachyolmia type 3", "What are the symptoms of Brachyolmia type 3 ?", "Signs and symptoms: short trunk, scoliosis."),
        ("gard-0003-1", "Duane syndrome type 1", "What are the symptoms of Duane syndrome type 1 ?", "Signs and symptoms: limited eye movement."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    penalties = _type_penalties(knowledge_base, "they call it brachyolmia. What symptoms does it cause?")
    assert penalties == {"gard-0001-1": 0.0, "gard-0002-1": pytest.approx(-search_module.OTHER_TYPE_PENALTY), "gard-0003-1": 0.0}
    assert not any(_type_penalties(knowledge_base, "duane syndrome symptoms").values())
    # The type asked is no family question: the family's page is the one lowered.
    assert _type_penalties(knowledge_base, "brachyolmia type 3 symptoms")["gard-0002-1"] == 0.0
    monkeypatch.setattr(search_module, "NUMBERED_BELOW_FAMILY", False)
    assert not any(_type_penalties(knowledge_base, "they call it brachyolmia. What symptoms does it cause?").values())


def test_a_type_may_be_numbered_by_another_name_of_a_numbered_family(tmp_path, encoder, monkeypatch):
    """GHR's "Northern epilepsy" is also "neuronal ceroid lipofuscinosis 8": no answer to
    "neuronal ceroid lipofuscinosis 9". A number in another name of no numbered family
    ("Trisomy 21" where no title numbers a trisomy) numbers no type."""
    records = [
        ("gard-0001-1", "Neuronal ceroid lipofuscinosis 9", "What is (are) Neuronal ceroid lipofuscinosis 9 ?",
         "Neuronal ceroid lipofuscinosis 9 is a rare condition that affects the nervous system in childhood."),
        ("ghr-0001-1", "Northern epilepsy", "What is (are) Northern epilepsy ?",
         "Northern epilepsy is a condition that causes seizures in childhood and affects the nervous system.",
         ("neuronal ceroid lipofuscinosis 8",)),
        ("gard-0002-1", "Down syndrome", "What is (are) Down syndrome ?",
         "Down syndrome is a chromosomal condition associated with intellectual disability.", ("Trisomy 21",)),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "tests point to neuronal ceroid lipofuscinosis 9. What is it?"
    assert _type_penalties(knowledge_base, query) == {"gard-0001-1": 0.0, "ghr-0001-1": pytest.approx(-search_module.OTHER_TYPE_PENALTY), "gard-0002-1": 0.0}
    assert not any(_type_penalties(knowledge_base, "Down syndrome type 2").values())
    monkeypatch.setattr(search_module, "TYPES_IN_OTHER_NAMES", False)
    assert not any(_type_penalties(KnowledgeBase.open(tmp_path / "index", encoder=encoder), query).values())


def test_a_subject_named_by_another_name_is_searched_with_its_title(tmp_path, encoder, monkeypatch):
    """GARD's "Restless legs syndrome" is also "Willis-Ekbom disease"; NINDS's page of the
    same title does not say so, yet answers "willis ekbom disease outlook". Names in plain
    English ("stomach ulcer") and names some other title holds ("Mucha-Habermann disease")
    may mean other pages: they add nothing."""
    records = [
        ("gard-0001-1", "Restless legs syndrome", "What is (are) Restless legs syndrome ?",
         "Restless legs syndrome is a neurological condition that causes an irresistible urge to move the legs.",
         ("Willis-Ekbom disease",)),
        ("ninds-0001-3", "Restless Legs Syndrome", "What is the outlook for Restless Legs Syndrome ?",
         "RLS is generally a life-long condition for which there is no cure. Symptoms may gradually worsen with age."),
        ("ninds-0002-3", "Krabbe Disease", "What is the outlook for Krabbe Disease ?",
         "Krabbe disease in infants is generally fatal before age 2."),
        ("gard-0002-1", "Peptic ulcer", "What is (are) Peptic ulcer ?", "A peptic ulcer is a sore in the lining of the stomach.",
         ("Stomach ulcer",)),
        ("gard-0003-5", "Pityriasis lichenoides et varioliformis acuta", "What are the treatments for Pityriasis lichenoides et varioliformis acuta ?",
         "Treatment may include antibiotics, steroids and light therapy.", ("Mucha-Habermann disease",)),
        ("gard-0004-5", "Febrile ulceronecrotic Mucha-Habermann disease", "What are the treatments for Febrile ulceronecrotic Mucha-Habermann disease ?",
         "Treatment is in hospital, with methotrexate and steroids."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "willis ekbom disease outlook"
    assert knowledge_base._interpret(query).searched == f"{query} (Restless legs syndrome)"
    assert knowledge_base.search(query, min_score=0.0).hits[0].passage.id == "ninds-0001-3"
    for plain in ("stomach ulcer treatment", "mucha habermann disease treatment", "restless legs willis ekbom disease"):
        assert knowledge_base._interpret(plain).searched == plain
    monkeypatch.setattr(search_module, "OTHER_NAME_ADDS_TITLE", False)
    assert KnowledgeBase.open(tmp_path / "index", encoder=encoder)._interpret(query).searched == query


def test_another_name_sharing_a_word_with_the_title_or_of_two_letter_words_adds_the_title(tmp_path, encoder):
    """GHR's "7q11.23 duplication syndrome" is also "Somerville-Van der Aa syndrome": the name
    has a word of two letters, and shares "syndrome" with the title, which says nothing of the
    title having been typed; part of a name is no name, nor are initials."""
    records = [
        ("ghr-0001-1", "7q11.23 duplication syndrome", "What is (are) 7q11.23 duplication syndrome ?",
         "7q11.23 duplication syndrome can cause neurological and behavioral problems, such as anxiety and delayed speech.",
         ("7q11.23 microduplication syndrome", "Somerville-Van der Aa syndrome")),
        ("ghr-0002-1", "ADNP syndrome", "What is (are) ADNP syndrome ?",
         "ADNP syndrome is a condition with intellectual disability and autism.", ("Helsmoortel-Van der Aa syndrome",)),
        ("ghr-0003-4", "capillary malformation-arteriovenous malformation syndrome",
         "Is capillary malformation-arteriovenous malformation syndrome inherited ?",
         "This condition is inherited in an autosomal dominant pattern.", ("CM-AVM",)),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "somerville van der aa syndrome"
    assert knowledge_base._interpret(query).searched == f"{query} (7q11.23 duplication syndrome)"
    assert knowledge_base.search(query, min_score=0.0).hits[0].passage.id == "ghr-0001-1"
    assert knowledge_base._interpret("helsmoortel van der aa syndrome").searched.endswith("(ADNP syndrome)")
    # Initials ("CM-AVM") are no such name: two words, one of two letters.
    for plain in ("van der aa syndrome", "7q11.23 duplication syndrome somerville van der aa syndrome", "the geneticist said CM-AVM"):
        assert knowledge_base._interpret(plain).searched == plain


def test_lower_case_initials_are_read_unless_the_speller_mends_them(tmp_path, encoder):
    records = [
        ("gard-0001-1", "Congenitally corrected transposition of the great arteries",
         "What is (are) Congenitally corrected transposition of the great arteries ?",
         "Congenitally corrected transposition of the great arteries is a rare heart defect in which the ventricles are switched."),
        ("gard-0002-1", "Tetralogy of Fallot", "What is (are) Tetralogy of Fallot ?", "Tetralogy of Fallot is a heart defect."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    assert knowledge_base._interpret("cctga heart").typed == "Congenitally corrected transposition of the great arteries heart"
    assert knowledge_base._interpret("tetrology of falot").typed == "tetralogy of fallot"


def test_a_medicine_in_a_subjects_name_asks_no_treatment(tmp_path, encoder):
    """A medicine named asks about treatment ("methotrexate for rheumatoid arthritis"), unless
    it is a word of a subject's name the query says: GHR's "pyridoxamine 5-prime-phosphate
    oxidase deficiency" is a condition, not a vitamin taken."""
    records = [
        ("ghr-0001-1", "pyridoxal 5'-phosphate-dependent epilepsy", "What is (are) pyridoxal 5'-phosphate-dependent epilepsy ?",
         "Pyridoxal 5'-phosphate-dependent epilepsy is a condition that involves seizures beginning soon after birth.",
         ("PNPO deficiency", "pyridoxamine 5-prime-phosphate oxidase deficiency")),
        ("ghr-0001-5", "pyridoxal 5'-phosphate-dependent epilepsy", "What are the treatments for pyridoxal 5'-phosphate-dependent epilepsy ?",
         "These resources address the diagnosis or management of pyridoxal 5'-phosphate-dependent epilepsy.",
         ("PNPO deficiency", "pyridoxamine 5-prime-phosphate oxidase deficiency")),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    assert knowledge_base._interpret("pyridoxamine 5 prime phosphate oxidase deficiency").asked == frozenset()
    assert knowledge_base._interpret("pyridoxamine for seizures").asked == {"treatment"}


def test_initials_a_subjects_pages_write_name_it_to_the_topic_check(tmp_path, encoder, monkeypatch):
    """"Blisters" is a topic of its own, and Porphyria cutanea tarda's pages never say the
    word; "the dermatologist says PCT" names the subject by the initials its overview writes."""
    records = [
        ("gard-0001-1", "Porphyria cutanea tarda", "What is (are) Porphyria cutanea tarda ?",
         "Porphyria cutanea tarda (PCT) is a form of porphyria that primarily affects the skin. People affected by this "
         "condition experience photosensitivity, which causes painful, blistering lesions on sun-exposed areas."),
        # Another page writes "PCT" too, so the initials are not read as the name.
        ("gard-0002-1", "Sepsis", "How to diagnose Sepsis ?", "A procalcitonin (PCT) blood test can help diagnose sepsis."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "I get blisters on my hands after being in the sun, the dermatologist says PCT. What is it?"
    assert knowledge_base._interpret(query).typed == query
    assert knowledge_base.search(query, min_score=0.0, checked=True).hits[0].passage.id == "gard-0001-1"
    monkeypatch.setattr(search_module, "INITIALS_WRITTEN_NAME", False)
    unread = KnowledgeBase.open(tmp_path / "index", encoder=encoder)
    assert not unread.search(query, min_score=0.0, checked=True).hits


def test_a_name_whose_subject_has_no_overview_finds_its_only_page(tmp_path, encoder, monkeypatch):
    """GARD lists only the symptoms of "Idiopathic basal ganglia calcification
    childhood-onset": typed as a name, that page is the answer, not another subject's
    overview lifted because a name asks what a subject is."""
    records = [
        ("gard-0001-1", "Idiopathic basal ganglia calcification childhood-onset",
         "What are the symptoms of Idiopathic basal ganglia calcification childhood-onset ?",
         "What are the signs and symptoms of Idiopathic basal ganglia calcification childhood-onset? The Human Phenotype "
         "Ontology provides the following list: Autosomal recessive inheritance - Microcephaly - Nystagmus - Spasticity."),
        ("ghr-0002-1", "familial idiopathic basal ganglia calcification", "What is (are) familial idiopathic basal ganglia calcification ?",
         "Familial idiopathic basal ganglia calcification is a condition in which calcium builds up in the basal ganglia "
         "of the brain; it may begin in childhood or in adulthood."),
        ("ghr-0002-2", "familial idiopathic basal ganglia calcification", "Is familial idiopathic basal ganglia calcification inherited ?",
         "This condition is inherited in an autosomal dominant pattern."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "childhood basal ganglia calcification"
    assert knowledge_base.search(query, min_score=0.0).hits[0].passage.id == "gard-0001-1"
    monkeypatch.setattr(search_module, "BEST_FOR_NO_OVERVIEW", False)
    assert knowledge_base.search(query, min_score=0.0).hits[0].passage.id == "ghr-0002-1"


def test_a_heading_is_typed_by_its_form_not_its_subjects_name(monkeypatch):
    """NIDDK's "What are the symptoms of Prevent diabetes problems: Keep your heart and
    blood vessels healthy?" answers symptoms; read with its title it answered prevention
    too, and came before the booklet's own prevention passage for "diabetes stroke
    prevention". A heading asking what its subject is keeps its title's type."""
    title = "Prevent diabetes problems: Keep your heart and blood vessels healthy"
    assert search_module._heading_types(f"What are the symptoms of {title} ?", title) == {"symptoms"}
    assert search_module._heading_types(f"How to prevent {title} ?", title) == {"prevention"}
    assert search_module._heading_types("What is (are) Heart Diseases--Prevention ?", "Heart Diseases--Prevention") == {
        "prevention"
    }
    assert search_module._heading_types("How is incompetent cervix treated?", "Incompetent cervix") == {"treatment"}
    monkeypatch.setattr(search_module, "HEADING_FORM_ONLY", False)
    assert search_module._heading_types(f"What are the symptoms of {title} ?", title) == {"symptoms", "prevention"}

def test_the_lower_bar_needs_more_than_a_mention_in_passing(seed_knowledge_base, monkeypatch):
    """Every word of "what is an abnormal pap test" is the article's, through one risk
    factor; the best passage (diagnosis, 0.30) says nothing of it."""
    assert not seed_knowledge_base.search("what is an abnormal pap test").answered
    assert seed_knowledge_base.search("pressure in my pelvis while pregnant").answered  # still below the floor
    monkeypatch.setattr(search_module, "PASSING_MENTIONS", False)
    assert seed_knowledge_base.search("what is an abnormal pap test").answered  # what the rule prevents


def test_reference_methods_answer_by_the_threshold_alone(seed_knowledge_base):
    """Plain dense retrieval is a reference line: the product's extra 'no answer' rules stay out of it."""
    assert seed_knowledge_base.search("cervical cancer symptoms", method="dense").answered


def test_lay_phrases_reach_the_clinical_passage(seed_knowledge_base, monkeypatch):
    """The issue's own examples: visitors do not use the article's words."""
    ring = seed_knowledge_base.search("ring that holds the cervix up")
    assert ring.hits[0].passage.question == "How is incompetent cervix treated?"  # the pessary
    assert ring.searched == "ring that holds the cervix up (elevate support pessary)"  # what it does, and its name
    gush = seed_knowledge_base.search(DESCRIBED_SYMPTOM)
    assert gush.answered and gush.hits[0].passage.question == "What are the symptoms of incompetent cervix?"
    monkeypatch.setattr(search_module, "LAY_TERMS", False)
    assert seed_knowledge_base.search("ring that holds the cervix up").hits[0].passage.question != (
        "How is incompetent cervix treated?"
    )
    assert not seed_knowledge_base.search(DESCRIBED_SYMPTOM).answered


def test_other_languages_health_words_are_read_in_english(seed_knowledge_base, monkeypatch):
    """Visitors mix their own language into English (kb/mixed_language.py)."""
    symptoms = seed_knowledge_base.search("cuales son los sintomas of a weak cervix")
    assert symptoms.hits[0].passage.question == "What are the symptoms of incompetent cervix?"
    assert symptoms.searched.startswith("what are the symptoms of a weak cervix")
    sex = seed_knowledge_base.search("relaciones sexuales con el cuello debil, allowed or no")
    assert sex.answered and sex.hits[0].passage.question.startswith("What are some lifestyle changes")
    monkeypatch.setattr(search_module, "MIXED_LANGUAGE", False)
    assert seed_knowledge_base.search("cuales son los sintomas of a weak cervix").hits[0].passage.question != (
        "What are the symptoms of incompetent cervix?"
    )
    assert not seed_knowledge_base.search("relaciones sexuales con el cuello debil, allowed or no").answered


def test_scots_words_are_read_in_english(seed_knowledge_base, monkeypatch):
    """Visitors from Scotland write as they speak (kb/dialects.py)."""
    query = "whit'll they dae aboot ma cervix openin at 20 weeks"
    treatment = seed_knowledge_base.search(query)
    assert treatment.answered and treatment.hits[0].passage.question == "How is incompetent cervix treated?"
    assert treatment.searched.startswith("what'll they do about my cervix opening")
    monkeypatch.setattr(search_module, "MIXED_LANGUAGE", False)
    assert seed_knowledge_base.search(query).hits[0].passage.question != "How is incompetent cervix treated?"


def test_scars_on_the_cervix_are_not_the_skins_scars(seed_knowledge_base):
    """"Scars" is a topic of the topic list the article never names; on the cervix they are
    the damage its risk factors list (kb/lay_terms.py)."""
    result = seed_knowledge_base.search("old scars on the cervix, do they raise the risk of it opening early")
    assert result.answered and result.hits[0].passage.question == "What increases my risk for incompetent cervix?"
    assert not seed_knowledge_base.search("scars on my face after acne").answered


def test_the_articles_initials_are_its_name(seed_knowledge_base, monkeypatch):
    """To the topic list "IC" is interstitial cystitis; on this knowledge base it is the article."""
    common = seed_knowledge_base.search("is IC common or super rare")
    assert common.answered and common.hits[0].passage.question == "How common is incompetent cervix?"
    assert common.searched == "is Incompetent cervix common or super rare"
    monkeypatch.setattr(search_module, "INITIALISMS", False)
    assert not seed_knowledge_base.search("is IC common or super rare").answered


def test_initials_spelling_a_rare_english_word_are_the_articles_other_name(seed_knowledge_base):
    """"ci" is in the English word list, rarely used: "dr said CI" names cervical insufficiency."""
    causes = seed_knowledge_base.search("dr said CI, what causes it")
    assert causes.searched == "doctor said cervical insufficiency, what causes it"
    assert causes.answered and causes.hits[0].passage.question == "What causes incompetent cervix?"


def test_a_described_symptom_in_the_articles_words_is_answered_below_the_floor(seed_knowledge_base, monkeypatch):
    """"Pelvic pressure" is listed among the symptoms; the model scores the sentence against
    the list below the floor. Every word of it is the article's, so the covered bar applies."""
    described = "pressure in my pelvis while pregnant"
    result = seed_knowledge_base.search(described)
    covered = seed_knowledge_base.calibration.covered_threshold
    assert covered < seed_knowledge_base.min_score
    assert result.answered and result.min_score == covered
    assert result.hits[0].passage.question == "What are the symptoms of incompetent cervix?"
    assert all(hit.score >= covered for hit in result.hits)
    # A word the article never uses keeps the floor: "sex" is not covered.
    assert seed_knowledge_base.search("bleeding after sex").min_score == seed_knowledge_base.min_score
    assert not seed_knowledge_base.search("bleeding after sex").answered
    # A threshold the caller gives is used as given.
    assert not seed_knowledge_base.search(described, min_score=seed_knowledge_base.min_score).answered
    monkeypatch.setattr(search_module, "WORD_COVERAGE", False)
    assert not seed_knowledge_base.search(described).answered  # what the covered bar changes


def test_a_trimester_is_a_time_like_weeks_not_a_topic(seed_knowledge_base):
    """"Second trimester" places the question in time. The description is of listed
    symptoms in lay words (heaviness: pressure; watery discharge: fluid) and is answered;
    a question about another matter in the first trimester has one topic word, too few
    for the covered bar."""
    described = seed_knowledge_base.search("pelvic heaviness and watery discharge in the second trimester")
    assert described.answered
    assert described.hits[0].passage.question == "What are the symptoms of incompetent cervix?"
    assert not seed_knowledge_base.search("miscarriage signs in first trimester").answered


def test_a_lay_phrase_for_a_word_the_article_uses_is_not_another_topic(seed_knowledge_base):
    """"Spotting" is MedQuAD's name for bleeding between periods; it means bleeding, which
    the article covers. An abbreviation that spells a word ("ALL") is a topic in capitals only."""
    assert seed_knowledge_base.search("spotting and mucus discharge at 20 weeks").answered
    assert seed_knowledge_base.search("needing to pee all the time and bleeding while pregnant").answered
    assert not seed_knowledge_base.search("spotting between periods").answered


def test_a_lay_phrase_does_not_take_the_subjects_own_word_from_a_query_naming_another_condition(seed_knowledge_base):
    """"I have cerebral palsy, is a cervical stitch still possible for me": "cervical
    stitch" reads as cerclage, and the query still names the cervix as typed; cerebral
    palsy is the background. A question about cerebral palsy alone is another topic."""
    result = seed_knowledge_base.search("I have cerebral palsy, is a cervical stitch still possible for me")
    assert result.answered
    assert result.hits[0].passage.question == "How is incompetent cervix treated?"
    assert not seed_knowledge_base.search("what are the symptoms of cerebral palsy").answered


def test_a_passage_whose_article_does_not_cover_the_topic_named_is_not_an_answer(gout_knowledge_base, monkeypatch):
    """Bunions are the toe-injury article's subject, not gout's: "treat" alone ranks gout's
    treatment passage first, and it is dropped; the article that covers bunions moves up."""
    query = "how to treat a bunion"
    assert gout_knowledge_base.search(query).hits == []  # the toe article does not reach the threshold
    lenient = gout_knowledge_base.search(query, min_score=0.1)
    assert lenient.hits[0].passage.id == "toe-injuries-what"
    assert {hit.passage.title for hit in lenient.hits} == {"Toe injuries"}
    monkeypatch.setattr(search_module, "TOPIC_CHECK", False)
    monkeypatch.setattr(search_module, "NO_SHARED_WORD", False)  # gout's article never says "bunion" either
    assert gout_knowledge_base.search(query).hits[0].passage.id == "gout-treatment"  # what the checks prevent


@pytest.mark.parametrize("query", ["incompetent cervix", "cervical incompetence", "weak cervix"])
def test_a_bare_name_of_the_subject_gets_its_overview(seed_knowledge_base, query):
    assert seed_knowledge_base.search(query).hits[0].passage.question == "What is incompetent cervix?"


@pytest.mark.parametrize(
    "query",
    ["heartbroken after a loss at 19 weeks, was it my cervix, what is an incompetent cervix", "what exactly happens with an incompetent cervix"],
)
def test_a_closing_what_is_the_subject_gets_its_overview(seed_knowledge_base, monkeypatch, query):
    overview = "What is incompetent cervix?"
    assert seed_knowledge_base.search(query).hits[0].passage.question == overview
    monkeypatch.setattr(search_module, "WHAT_IS_THE_SUBJECT", False)
    assert seed_knowledge_base.search(query).hits[0].passage.question != overview


@pytest.mark.parametrize(
    "query, question",
    [("can it be fixed", "How is incompetent cervix treated?"), ("how rare is this", "How common is incompetent cervix?"),
     ("who gets it", "What increases my risk for incompetent cervix?"), ("is it something I did", "What causes incompetent cervix?")],
)
def test_a_question_naming_nothing_is_about_the_one_article(seed_knowledge_base, monkeypatch, query, question):
    """On a knowledge base of one article, as typed in a search box on its page."""
    result = seed_knowledge_base.search(query)
    assert result.answered and result.hits[0].passage.question == question
    monkeypatch.setattr(search_module, "IMPLIED_SUBJECT", False)
    result = seed_knowledge_base.search(query)
    assert not (result.answered and result.hits[0].passage.question == question)


def test_a_question_naming_nothing_names_no_subject_among_several(gout_knowledge_base):
    assert gout_knowledge_base._interpret("how is it treated?").searched == "how is it treated?"
    assert gout_knowledge_base._interpret("is my toe gout?").searched == "is my toe gout?"


def test_what_is_a_treatment_the_subject_names_is_not_its_overview(seed_knowledge_base):
    assert seed_knowledge_base.search("what is a cerclage?").hits[0].passage.question == "How is incompetent cervix treated?"


def test_a_bare_name_ranks_by_the_words_alone_without_the_overview_rule(seed_knowledge_base, monkeypatch):
    monkeypatch.setattr(search_module, "OVERVIEW_FOR_NAMES", False)
    # Every heading repeats the name; the causes heading happens to be nearest.
    assert seed_knowledge_base.search("incompetent cervix").hits[0].passage.question != "What is incompetent cervix?"


def test_a_message_is_embedded_with_its_question_when_it_names_a_topic(gout_knowledge_base, monkeypatch):
    """The background pulls a message's vector away from what is asked; a named subject
    in the last question pulls it back. A question without one ("can it be treated?")
    cannot stand alone, so the message's vector is used as it is."""
    encoder = gout_knowledge_base.encoder
    message = "My father is 70 and lives alone. His big toe is red and swollen. What causes gout?"
    focused = gout_knowledge_base._query_vector(message)
    expected = encoder.encode_query(message) + encoder.encode_query("What causes gout?")
    assert focused == pytest.approx(expected / np.linalg.norm(expected), abs=1e-5)
    vague = "My father is 70 and lives alone. His big toe is red and swollen. Can it be treated?"
    assert gout_knowledge_base._query_vector(vague) == pytest.approx(encoder.encode_query(vague))
    # A question that names a topic but speaks of the subject as "it" is not about that topic.
    referring = "I've had gout in my big toe for a year. Can it turn into arthritis?"
    assert gout_knowledge_base._query_vector(referring) == pytest.approx(encoder.encode_query(referring))
    monkeypatch.setattr(search_module, "QUESTION_FOCUS", False)
    assert gout_knowledge_base._query_vector(message) == pytest.approx(encoder.encode_query(message))


def test_the_dense_reference_line_embeds_a_message_as_it_is(gout_knowledge_base, monkeypatch):
    message = "My father is 70 and lives alone. His big toe is red and swollen. What causes gout?"
    plain = gout_knowledge_base.search(message, k=4, min_score=0, method="dense")
    monkeypatch.setattr(search_module, "QUESTION_FOCUS", False)
    assert gout_knowledge_base.search(message, k=4, min_score=0, method="dense") == plain


def test_a_question_that_opens_with_a_price_is_a_cost_question(seed_knowledge_base):
    """"scan" reads as diagnosis too; the article still does not say what a scan costs."""
    assert seed_knowledge_base.search("how much is an ultrasound scan of the cervix").hits == []
    assert seed_knowledge_base.search("ultrasound scan of the cervix").answered


@pytest.fixture(scope="module")
def hearing_knowledge_base(tmp_path_factory, encoder):
    """A subject with typed passages (hearing loss) and one that is a lone overview (tinnitus)."""
    return _fixture_knowledge_base(tmp_path_factory, encoder, "hearing")


def _ranking(kb: KnowledgeBase, **by_id: float) -> tuple[np.ndarray, np.ndarray]:
    """A ranking that gives the passages named by id (dashes as underscores) these
    scores and every other 0, with every passage scored exactly."""
    rows = {p.id: row for row, p in enumerate(kb.passages)}
    ranking = np.zeros(len(kb.passages), dtype=np.float32)
    for passage_id, score in by_id.items():
        ranking[rows[passage_id.replace("_", "-")]] = score
    return ranking, np.ones(len(kb.passages), dtype=bool)


def test_a_named_subject_that_is_one_overview_answers_any_type_in_it(hearing_knowledge_base, monkeypatch):
    """"is there a cure for tinnitus": MedlinePlus's "What is tinnitus?" is all there is
    on it, and it says what helps; hearing loss's treatment passage, lifted as the type
    asked, must not pass it for want of a heading. Only when the query names the subject."""
    kb = hearing_knowledge_base
    ranking, exact = _ranking(kb, tinnitus_what=0.60, hearing_loss_treatment=0.55)

    def first(query: str) -> str:
        lifted = kb._with_intent(frozenset({"treatment"}), ranking, exact, query)
        return kb.passages[int(np.argmax(lifted))].id

    assert first("is there a cure for tinnitus") == "tinnitus-what"
    assert first("what helps with ringing in the ears") == "tinnitus-what"  # a synonym names it too
    assert first("ringing in my ears after a concert, what helps") == "tinnitus-what"  # and a lay phrase
    acne = _ranking(kb, acne_what=0.60, hearing_loss_treatment=0.55)[0]
    lifted = kb._with_intent(frozenset({"treatment"}), acne, exact, "really bad acne, what else can we try")
    assert kb.passages[int(np.argmax(lifted))].id == "acne-what"  # a short name names it too
    assert first("is there a cure for this noise i hear") == "hearing-loss-treatment"  # nothing named
    assert np.array_equal(kb._with_intent(frozenset({"cost"}), ranking, exact, "tinnitus treatment cost"), ranking)
    monkeypatch.setattr(search_module, "OVERVIEW_ONLY_ANSWERS", False)
    assert first("is there a cure for tinnitus") == "hearing-loss-treatment"  # what the rule changes


def test_a_medicine_named_for_a_condition_asks_for_its_treatment(gout_knowledge_base, monkeypatch):
    """"colchicine for gout" states no question type; a medicine named with a condition
    asks what treats it."""
    assert gout_knowledge_base._interpret("colchicine for gout").asked == {"treatment"}
    assert gout_knowledge_base.search("colchicine for gout").hits[0].passage.id == "gout-treatment"
    monkeypatch.setattr(search_module, "MEDICINE_IS_TREATMENT", False)
    assert not gout_knowledge_base._interpret("colchicine for gout").asked


def test_a_level_in_the_body_names_no_medicine_to_take(seed_knowledge_base):
    """"low potassium and magnesium genetic kidney disorder" describes a condition; it
    asks nothing about taking potassium."""
    assert seed_knowledge_base._interpret("potassium for cervix problems").asked == {"treatment"}
    assert not seed_knowledge_base._interpret("low potassium and cervix problems").asked
    assert seed_knowledge_base._interpret("potassium tablets for low potassium and cervix problems").asked == {"treatment"}
    # Nor a lack of it: "vitamin b1 deficiency in alcoholics memory loss".
    assert not seed_knowledge_base._interpret("vitamin b1 deficiency and cervix problems").asked
    assert not seed_knowledge_base._interpret("lack of thiamine and cervix problems").asked
    assert seed_knowledge_base._interpret("thiamine for cervix problems").asked == {"treatment"}


def test_a_medicine_met_before_birth_asks_no_treatment(seed_knowledge_base):
    """"synthetic estrogen before birth and cervix problems" names DES as a cause."""
    assert seed_knowledge_base._interpret("estrogen for cervix problems").asked == {"treatment"}
    assert not seed_knowledge_base._interpret("synthetic estrogen before birth and cervix problems").asked
    assert seed_knowledge_base.search("synthetic estrogen before birth and cervix problems").hits[0].passage.question == (
        "What increases my risk for incompetent cervix?"
    )


def test_what_the_asker_met_before_birth_asks_about_causes_and_risk(seed_knowledge_base, monkeypatch):
    """"my mum was given DES while pregnant with me, should I worry" asks whether the
    exposure is a cause or a risk; a baby in the womb now is no exposure of the asker."""
    kb = seed_knowledge_base
    query = "my mum was given DES while pregnant with me, should I worry before trying to conceive"
    assert kb._interpret(query).asked == {"causes", "risk"}
    assert kb.search(query).hits[0].passage.question == "What increases my risk for incompetent cervix?"
    assert kb._interpret("cervix and DES exposure in the womb").asked == {"causes", "risk"}
    drug = "what was that drug called that women took decades ago that affects their daughters' cervix"
    assert kb._interpret(drug).asked == {"causes", "risk"}
    assert not kb._interpret("what was that drug called that women took for morning sickness").asked
    assert not kb._interpret("can the baby hear us talk in the womb").asked
    monkeypatch.setattr(search_module, "EXPOSURE_IS_A_RISK", False)
    assert not kb._interpret(query).asked


def test_a_named_subject_comes_first_between_equal_scores(hearing_knowledge_base, monkeypatch):
    """"Can you get measles twice": Measles and Rubella ("German measles") score the same;
    the subject named comes first. Only a tie-break: a clear lead is kept."""
    kb = hearing_knowledge_base
    tied = _ranking(kb, hearing_loss_what=0.60, tinnitus_what=0.60)[0]

    def first(ranking: np.ndarray, query: str) -> str:
        return kb.passages[int(np.argmax(kb._named_first_on_ties(ranking, kb._topics_mentioned(query))))].id

    assert first(tied, "can tinnitus come back") == "tinnitus-what"
    assert first(tied, "can hearing loss come back") == "hearing-loss-what"
    ahead = _ranking(kb, hearing_loss_what=0.61, tinnitus_what=0.60)[0]
    assert first(ahead, "can tinnitus come back") == "hearing-loss-what"
    monkeypatch.setattr(search_module, "NAME_TIE", 0.0)
    assert first(tied, "can tinnitus come back") == "hearing-loss-what"  # position decides without it


def test_a_category_overview_ranks_below_a_specific_subject(hearing_knowledge_base, monkeypatch):
    """"Ear Disorders" only lists hearing loss, tinnitus, …: near-equal to a specific
    subject it ranks below it, unless the query names the category."""
    kb = hearing_knowledge_base
    ranking, exact = _ranking(kb, ear_disorders_what=0.61, hearing_loss_what=0.60)

    def first(query: str) -> str:
        return kb.passages[int(np.argmax(kb._below_specific(ranking, exact, query)))].id

    assert first("my ears feel blocked and i cant hear well") == "hearing-loss-what"
    assert first("what are ear disorders") == "ear-disorders-what"  # named: the category is asked for
    monkeypatch.setattr(search_module, "UMBRELLA_PENALTY", 0)
    assert first("my ears feel blocked and i cant hear well") == "ear-disorders-what"


def test_what_a_condition_leads_to_is_in_its_overview(seed_knowledge_base, monkeypatch):
    """The article has no complications heading; its overview says "This can cause a
    miscarriage or premature delivery"."""
    asked = "can incompetent cervix cause premature birth"
    assert seed_knowledge_base.search(asked).hits[0].passage.question == "What is incompetent cervix?"
    monkeypatch.setattr(search_module, "IN_OVERVIEW", False)
    assert seed_knowledge_base.search(asked).hits[0].passage.question != "What is incompetent cervix?"


def test_when_to_see_the_doctor_refers_to_the_symptoms_listed_above(seed_knowledge_base, monkeypatch):
    """"If you have any signs or symptoms listed above … consult with your doctor": the
    symptoms named in a question about when to call are not mentioned in passing."""
    asked = "should I ring my ob if I have spotting and pelvic pressure"
    result = seed_knowledge_base.search(asked)
    assert result.answered and result.hits[0].passage.question == "When should I see my doctor?"
    monkeypatch.setattr(search_module, "DOCTOR_REFERS_TO_SYMPTOMS", False)
    monkeypatch.setattr(search_module, "SYMPTOMS_DESCRIBED_ARE_SITUATION", False)  # the doctor is asked: it would apply
    assert not seed_knowledge_base.search(asked).answered


def test_a_symptom_described_beside_the_question_asked_is_no_mention_in_passing(seed_knowledge_base, monkeypatch):
    """"feeling pressure low down and I had a cone biopsy years ago, am I at higher risk":
    the pressure is the symptoms passage's, the question is the risk passage's, which
    comes first; what the visitor feels is their situation, not what they ask. The
    abnormal Pap test only a risk factor mentions is what "what is an abnormal pap test" asks."""
    asked = "feeling pressure low down and I had a cone biopsy years ago, am I at higher risk"
    result = seed_knowledge_base.search(asked)
    assert result.answered and result.hits[0].passage.question == "What increases my risk for incompetent cervix?"
    assert not seed_knowledge_base.search("what is an abnormal pap test").answered  # what is asked: still checked
    monkeypatch.setattr(search_module, "SYMPTOMS_DESCRIBED_ARE_SITUATION", False)
    assert not seed_knowledge_base.search(asked).answered


def test_a_treatment_had_beside_the_question_asked_is_no_mention_in_passing(seed_knowledge_base, monkeypatch):
    """"since the stitch went in a week ago I've had more discharge, when should I get
    seen": the stitch is the treatment passage's, the question the doctor passage's."""
    asked = "since the stitch went in a week ago I've had more discharge, when should I get seen"
    result = seed_knowledge_base.search(asked)
    assert result.answered and result.hits[0].passage.question == "When should I see my doctor?"
    monkeypatch.setattr(search_module, "TREATMENT_HAD_IS_SITUATION", False)
    assert not seed_knowledge_base.search(asked).answered


@pytest.fixture(scope="module")
def cancer_knowledge_base(tmp_path_factory, encoder):
    """Uterine sarcoma with a risk heading and no causes heading (as cancer.gov's pages);
    Whipple disease with a causes heading."""
    return _fixture_knowledge_base(tmp_path_factory, encoder, "cancer")


def test_what_caused_it_is_in_the_risk_passage_where_no_heading_answers_it(cancer_knowledge_base, monkeypatch):
    """"I had radiation years ago, could that have caused my uterine sarcoma": its risk
    passage answers ("Being exposed to x-rays can increase the risk"), first in its subject.
    A subject with a causes heading keeps it."""
    kb = cancer_knowledge_base
    ranking, exact = _ranking(kb, uterine_sarcoma_what=0.60, uterine_sarcoma_risk=0.55, whipple_disease_what=0.30)

    def first(ranking: np.ndarray) -> str:
        return kb.passages[int(np.argmax(kb._with_intent(frozenset({"causes"}), ranking, exact)))].id

    assert first(ranking) == "uterine-sarcoma-risk"
    whipple, exact = _ranking(kb, whipple_disease_what=0.60, whipple_disease_causes=0.50, uterine_sarcoma_risk=0.10)
    assert first(whipple) == "whipple-disease-causes"
    monkeypatch.setattr(search_module, "CAUSES_IN_RISK", False)
    assert first(ranking) == "uterine-sarcoma-what"


def test_a_titled_subject_answers_its_causes_with_its_risk_passage_not_its_overview(cancer_knowledge_base):
    """"liver cancer in children causes" names cancer.gov's "Childhood Liver Cancer", which
    has no causes heading: its "Who is at risk" passage answers, not its overview, even when
    the query is read as the subject's title and a type (``titled``)."""
    kb = cancer_knowledge_base
    ranking, exact = _ranking(kb, uterine_sarcoma_what=0.60, uterine_sarcoma_risk=0.55, whipple_disease_what=0.30)
    titled = np.array([p.title == "Uterine Sarcoma" for p in kb.passages])
    lifted = kb._with_intent(frozenset({"causes"}), ranking, exact, "uterine sarcoma causes", titled=titled)
    assert kb.passages[int(np.argmax(lifted))].id == "uterine-sarcoma-risk"


def test_a_query_of_one_age_ranks_the_other_age_s_page_lower(cancer_knowledge_base, monkeypatch):
    """cancer.gov's adult and childhood pages of one cancer: "in adults" puts the adult page
    first, "in my child" the childhood one; a query of both ages or of none changes nothing."""
    kb = cancer_knowledge_base
    ranking, _ = _ranking(kb, adult_sts_symptoms=0.50, childhood_sts_symptoms=0.55)

    def first(query: str) -> str:
        return kb.passages[int(np.argmax(kb._for_the_age_asked(ranking, query)))].id

    assert first("signs of soft tissue sarcoma in adults") == "adult-sts-symptoms"
    ranking, _ = _ranking(kb, adult_sts_symptoms=0.55, childhood_sts_symptoms=0.50)
    assert first("a lump on my child's leg, is it a sarcoma") == "childhood-sts-symptoms"
    assert first("soft tissue sarcoma in adults and children") == "adult-sts-symptoms"
    assert first("soft tissue sarcoma signs") == "adult-sts-symptoms"
    monkeypatch.setattr(search_module, "OTHER_AGE_PENALTY", 0)
    assert first("a lump on my child's leg, is it a sarcoma") == "adult-sts-symptoms"


@pytest.mark.parametrize("asked", ["is incompetent cervix genetic", "is a weak cervix hereditary", "does incompetent cervix run in families"])
def test_is_it_inherited_finds_the_passage_on_genes_where_no_heading_answers_it(seed_knowledge_base, monkeypatch, asked):
    """The article has no inheritance heading; its risk factors name "genetic disorders
    affecting … collagen"."""
    risk = "What increases my risk for incompetent cervix?"
    assert seed_knowledge_base.search(asked).hits[0].passage.question == risk
    monkeypatch.setattr(search_module, "GENES_PASSAGE", False)
    assert seed_knowledge_base.search(asked).hits[0].passage.question != risk


def test_can_x_cause_the_subject_asks_for_causes(seed_knowledge_base):
    """"can X cause Y" asks what Y leads to when X is the subject, and Y's causes when Y is."""
    kb = seed_knowledge_base
    ranking = kb.scores("incompetent cervix").ranking
    assert kb._effect_is_the_subject("can hormone changes cause an incompetent cervix", ranking)
    assert not kb._effect_is_the_subject("can a weak cervix cause miscarriage", ranking)
    assert not kb._effect_is_the_subject("what causes a weak cervix", ranking)  # no "can X cause Y"
    top = kb.search("can hormone changes cause an incompetent cervix").hits[0].passage.question
    assert top == "What causes incompetent cervix?"
    # A cause spelt with an ampersand is still one: "can a D&C cause a weak cervix".
    top = kb.search("can a D&C cause a weak cervix").hits[0].passage.question
    assert top in {"What causes incompetent cervix?", "What increases my risk for incompetent cervix?"}
    # "make … weak" is one thing leading to another too: what makes it is the cause.
    assert kb._effect_is_the_subject("can a D&C make your uterus weak for future pregnancies", ranking)
    assert not kb._effect_is_the_subject("can a weak cervix make the baby come early", ranking)
    top = kb.search("can a D&C make your uterus weak for future pregnancies").hits[0].passage.question
    assert top in {"What causes incompetent cervix?", "What increases my risk for incompetent cervix?"}
    # Said rather than asked: "a blog said treatment after a bad pap test can damage the cervix".
    said = "a blog said treatment after a bad pap test can damage the cervix"
    assert kb._effect_is_the_subject(said, ranking)
    assert not kb._effect_is_the_subject("a weak cervix can lead to a miscarriage", ranking)
    assert kb.search(said).hits[0].passage.question in {"What causes incompetent cervix?", "What increases my risk for incompetent cervix?"}


def test_could_that_cause_it_asks_for_the_causes_of_the_condition(seed_knowledge_base, monkeypatch):
    """"I tore my cervix in my last delivery, could that cause it": "it" is the condition."""
    kb = seed_knowledge_base
    ranking = kb.scores("incompetent cervix").ranking
    assert kb._effect_is_the_subject("if I tore my cervix in a previous delivery, could that cause it", ranking)
    assert not kb._effect_is_the_subject("can it cause it", ranking)
    query = "hypothetically, if I tore my cervix in a previous delivery, could that cause it"
    causes = {"What causes incompetent cervix?", "What increases my risk for incompetent cervix?"}
    assert kb.search(query).hits[0].passage.question in causes
    monkeypatch.setattr(search_module, "PRONOUN_EFFECT", False)
    assert kb.search(query).hits[0].passage.question not in causes


def test_could_it_cause_that_asks_whether_what_was_described_is_a_sign(seed_knowledge_base, monkeypatch):
    """"my tracker logged bleeding at 19 weeks, could a weak cervix cause that": bleeding is
    among the condition's signs, so the question is whether it is one."""
    kb = seed_knowledge_base
    ranking = kb.scores("incompetent cervix").ranking
    query = "my period tracker logged bleeding at 19 weeks, could a weak cervix cause that"
    assert kb._sign_asked_back(query, ranking)
    # What happened after is what it leads to; "that" naming the cause is its cause.
    assert not kb._sign_asked_back("I lost the baby at 20 weeks, could a weak cervix cause that", ranking)
    assert not kb._sign_asked_back("I had bleeding, could that cause it", ranking)
    # A sign asked back of something other than the subject.
    assert not kb._sign_asked_back("bleeding at 19 weeks, could a fibroid cause that", ranking)
    symptoms = "What are the symptoms of incompetent cervix?"
    assert kb.search(query).hits[0].passage.question == symptoms
    monkeypatch.setattr(search_module, "SIGN_ASKED_BACK", False)
    assert not kb._sign_asked_back(query, ranking)
    assert kb.search(query).hits[0].passage.question != symptoms


def test_can_it_cause_a_sign_named_in_the_question_asks_whether_it_is_one(seed_knowledge_base):
    """"can a weak cervix cause bleeding in pregnancy": bleeding is among its signs; a
    miscarriage is what it leads to."""
    kb = seed_knowledge_base
    ranking = kb.scores("incompetent cervix").ranking
    assert kb._sign_asked_back("can a weak cervix cause bleeding in pregnancy", ranking)
    assert not kb._sign_asked_back("can a weak cervix cause miscarriage", ranking)
    symptoms = "What are the symptoms of incompetent cervix?"
    assert kb.search("can a weak cervix cause bleeding in pregnancy").hits[0].passage.question == symptoms


def test_signs_described_then_is_this_the_condition_asks_its_symptoms(seed_knowledge_base, monkeypatch):
    """"pressure down below at 21 weeks, is this a weak cervix": whether the signs are its;
    a measurement is no sign ("my cervix measured 2.2 cm …, is that a weak cervix")."""
    kb = seed_knowledge_base
    ranking = kb.scores("incompetent cervix").ranking
    query = "pelvic pressure and discharge at 20 weeks, is this incompetent cervix"
    assert kb._signs_then_is_it(query, ranking)
    assert not kb._signs_then_is_it("my cervix measured 2.2 cm at 19 weeks, is that a weak cervix", ranking)
    assert not kb._signs_then_is_it("pressure at 20 weeks, is this a fibroid", ranking)
    symptoms = "What are the symptoms of incompetent cervix?"
    assert kb.search(query).hits[0].passage.question == symptoms
    monkeypatch.setattr(search_module, "SIGNS_THEN_IS_IT", False)
    assert kb.search(query).hits[0].passage.question != symptoms


def test_a_cause_only_the_risk_passage_names_is_answered_there(seed_knowledge_base, monkeypatch):
    """"could my earlier D&C be behind it": the seed article lists D&C among its risk factors,
    not its causes."""
    kb = seed_knowledge_base
    query = "Cervical insufficiency. Could my earlier D&C be behind it?"
    risk = "What increases my risk for incompetent cervix?"
    assert kb.search(query).hits[0].passage.question == risk
    assert kb.search("what causes cervical insufficiency").hits[0].passage.question == "What causes incompetent cervix?"
    # A lay phrase's clinical words count though they include the subject's own ("cervical surgery … Pap").
    searched = kb._interpret(as_read("my daughter had a cone operation on her cervix years ago, is that why"))[0]
    assert kb._named_only_as_risk(searched, kb.scores("incompetent cervix").ranking)
    monkeypatch.setattr(search_module, "RISK_NAMED_ONLY", False)
    assert kb.search(query).hits[0].passage.question != risk


def test_a_tag_question_is_read_in_question_order_for_cause_and_effect(seed_knowledge_base, monkeypatch):
    """"hormones can't cause a weak cervix, can they?" asks "can hormones cause a weak cervix"."""
    query = "hormones can't cause a weak cervix, can they?"
    assert seed_knowledge_base.search(query).hits[0].passage.question == "What causes incompetent cervix?"
    monkeypatch.setattr(intent_module, "TAG_QUESTIONS", False)
    assert not seed_knowledge_base._effect_is_the_subject(query, seed_knowledge_base.scores("incompetent cervix").ranking)


def test_an_outlook_question_finds_the_overview_where_no_heading_answers_it(hearing_knowledge_base, monkeypatch):
    """"life expectancy with ALS": GARD's overview says it; the subject has no outlook
    heading, and a passage of another type ("How many people…") had come first."""
    kb = hearing_knowledge_base
    ranking, exact = _ranking(kb, hearing_loss_treatment=0.65, hearing_loss_what=0.60)

    def first(query: str) -> str:
        return kb.passages[int(np.argmax(kb._with_intent(frozenset({"outlook"}), ranking, exact, query)))].id

    assert first("will my hearing loss get better") == "hearing-loss-what"
    assert first("how long to recover from hearing loss surgery") == "hearing-loss-treatment"  # the treatment's recovery
    monkeypatch.setattr(search_module, "IN_OVERVIEW", False)
    assert first("will my hearing loss get better") == "hearing-loss-treatment"


def test_the_subjects_own_names_count_as_its_words(seed_knowledge_base, monkeypatch):
    """"Weak cervix" is the article's subject (a MedQuAD synonym) though it never says
    "weak": a description in those words is in the article's words."""
    kb = seed_knowledge_base
    subject = int(kb._topics[0])
    kb.word_coverage.subject_roots.cache_clear()
    assert kb.word_coverage.uncovered("weak cervix and bleeding at 20 weeks", subject) == []
    monkeypatch.setattr(search_module, "OWN_NAMES_COVER", False)
    kb.word_coverage.subject_roots.cache_clear()
    assert kb.word_coverage.uncovered("weak cervix and bleeding at 20 weeks", subject) == ["weak"]
    kb.word_coverage.subject_roots.cache_clear()  # leave the module's knowledge base as it was


def _first(knowledge_base: KnowledgeBase, query: str) -> str:
    """The id of the passage ranked first for ``query``, as evaluation ranks (checked, no threshold)."""
    return knowledge_base.search(query, k=3, min_score=0, checked=True).hits[0].passage.id


def _knowledge_base_of(tmp_path, encoder, records) -> KnowledgeBase:
    """A knowledge base of ``records`` (id, title, question, answer, and optionally the
    page's other names), built in ``tmp_path``."""
    content = tmp_path / "content"
    content.mkdir()
    fields = ("id", "title", "question", "answer", "alt_names")
    (content / "records.jsonl").write_text(
        "".join(json.dumps(dict(zip(fields, record))) + "\n" for record in records),
        encoding="utf-8",
    )
    build_index(content, tmp_path / "index", encoder)
    return KnowledgeBase.open(tmp_path / "index", encoder=encoder)


def test_a_query_that_is_a_title_and_a_type_is_about_that_subject(tmp_path, encoder, monkeypatch):
    """'what causes cataracts' asks about Cataract, whose page has no causes heading, not
    about a syndrome whose causes passage is all about cataracts."""
    records = [
        ("cataract-1", "Cataract", "What is (are) Cataract ?",
         "A cataract is a clouding of the lens in the eye. Most cataracts are related to aging; "
         "smoking and diabetes raise the risk."),
        ("nhs-1", "Nance-Horan syndrome", "What is (are) Nance-Horan syndrome ?",
         "Nance-Horan syndrome is a rare condition affecting the eyes, teeth and face of boys."),
        ("nhs-2", "Nance-Horan syndrome", "What causes Nance-Horan syndrome ?",
         "Mutations in the NHS gene cause the dense cataracts of Nance-Horan syndrome: the cataracts "
         "are present at birth and cloud both lenses, and these cataracts are caused by the gene."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    first = functools.partial(_first, knowledge_base)
    assert first("what causes cataracts") == "cataract-1"
    assert first("what causes nance-horan syndrome") == "nhs-2"  # its own title: its causes heading
    monkeypatch.setattr(search_module, "OTHER_TITLE_PENALTY", 0)
    assert first("what causes cataracts") == "nhs-2"  # what the rule prevents


def test_a_subject_whose_names_say_the_rest_of_the_query_is_named_too(tmp_path, encoder, monkeypatch):
    """'ring 20 epilepsy' names Epilepsy word for word, yet "ring" and "20" are ring chromosome
    20 syndrome's: that subject keeps its rank, it does not only mention epilepsy."""
    records = [
        ("epilepsy-1", "Epilepsy", "What is (are) Epilepsy ?",
         "Epilepsy is a brain disorder that causes people to have recurring seizures. Some epilepsy is "
         "genetic: a ring chromosome 20 is one cause of epilepsy in children."),
        ("r20-1", "ring chromosome 20 syndrome", "What is (are) ring chromosome 20 syndrome ?",
         "Ring chromosome 20 syndrome is a condition that affects the brain: recurrent seizures begin "
         "in childhood, and some have intellectual disability.",
         ["ring 20 syndrome", "ring chromosome 20 epilepsy syndrome"]),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    first = functools.partial(_first, knowledge_base)
    assert first("ring 20 epilepsy") == "r20-1"
    monkeypatch.setattr(search_module, "OTHER_NAMES_SAY_THE_REST", False)
    assert first("ring 20 epilepsy") == "epilepsy-1"  # what the rule prevents


def test_words_asking_about_inheritance_are_not_part_of_a_title(tmp_path, encoder, monkeypatch):
    """'are kidney stones hereditary' asks whether Kidney Stones are inherited; 'hereditary'
    does not make Hereditary xanthinuria's inheritance passage the subject named."""
    records = [
        ("stones-1", "Kidney Stones", "What is (are) Kidney Stones ?",
         "A kidney stone is a solid piece of material that forms in the kidney from substances in the "
         "urine. Risk factors include not drinking enough fluids, some foods and a family history of stones."),
        ("hx-1", "Hereditary xanthinuria", "What is (are) Hereditary xanthinuria ?",
         "Hereditary xanthinuria is an inherited condition in which xanthine builds up and forms kidney "
         "stones; people with it have kidney stones from childhood."),
        ("hx-2", "Hereditary xanthinuria", "Is Hereditary xanthinuria inherited ?",
         "This condition is inherited in an autosomal recessive pattern: hereditary kidney stones of this "
         "kind are passed on when both parents carry the gene."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    first = functools.partial(_first, knowledge_base)
    assert first("are kidney stones hereditary") == "stones-1"
    monkeypatch.setattr(search_module, "INHERITANCE_WORDS_ASK", False)
    assert first("are kidney stones hereditary") == "hx-2"  # what the rule prevents


@pytest.mark.parametrize(
    "title, key",
    [("Hirschsprung's disease", "hirschsprung disease"), ("Graves' disease", "graves disease"),
     ("Lesch-Nyhan syndrome", "lesch nyhan syndrome"), ("Diabetes Type 1", "diabetes type 1")],
)
def test_titles_differing_by_a_possessive_or_hyphen_are_one_subject(title, key):
    assert search_module.subject_key(title) == key


def test_one_condition_under_two_spellings_answers_as_one_subject(tmp_path, encoder, monkeypatch):
    """GARD's "Hirschsprung's disease" has the causes heading GHR's "Hirschsprung disease"
    lacks; asked what causes it, that is the answer, not GHR's overview."""
    records = [
        ("ghr-1", "Hirschsprung disease", "What is (are) Hirschsprung disease ?",
         "Hirschsprung disease is an intestinal disorder of newborns characterized by the absence of nerves "
         "in parts of the intestine, which causes severe constipation or blockage."),
        ("ghr-2", "Hirschsprung disease", "How many people are affected by Hirschsprung disease ?",
         "Hirschsprung disease in newborns: about 1 in 5,000 newborns have Hirschsprung disease; it causes "
         "constipation in newborns."),
        ("gard-3", "Hirschsprung's disease", "What causes Hirschsprung's disease ?",
         "Before birth, nerve cells normally grow along the intestines; in Hirschsprung's disease they stop "
         "growing too soon. Why is unclear; some cases are inherited."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "what causes hirschsprungs in newborns"
    assert _first(knowledge_base, query) == "gard-3"
    monkeypatch.setattr(search_module, "ONE_SUBJECT_PER_NAME", False)
    assert _first(KnowledgeBase.open(tmp_path / "index", encoder=encoder), query) == "ghr-1"  # GHR's overview, lifted as its subject lacks causes


def test_a_one_page_topic_joined_by_another_spelling_still_answers_any_type(tmp_path, encoder, monkeypatch):
    """MedlinePlus's one-page "Attention Deficit Hyperactivity Disorder" is joined by NINDS's
    "Attention Deficit-Hyperactivity Disorder" (headings, but no inheritance one): asked
    whether ADHD is hereditary, the page that says so answers, not another subject's
    inheritance heading."""
    records = [
        ("mplus-1", "Attention Deficit Hyperactivity Disorder", "What is (are) Attention Deficit Hyperactivity Disorder ?",
         "Attention deficit hyperactivity disorder (ADHD) makes it hard to pay attention and control behavior. "
         "It often runs in families: it is partly hereditary, and smoking during pregnancy may play a role."),
        ("ninds-2", "Attention Deficit-Hyperactivity Disorder", "What are the treatments for Attention Deficit-Hyperactivity Disorder ?",
         "Treatment includes stimulant medicines, behavioral therapy and support at school."),
        ("hna-1", "hereditary neuralgic amyotrophy", "Is hereditary neuralgic amyotrophy inherited ?",
         "This condition is inherited in an autosomal dominant pattern: one copy of the altered gene in each "
         "cell is sufficient to cause the disorder."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    assert _first(knowledge_base, "is ADHD hereditary?") == "mplus-1"


def test_initials_the_content_writes_only_for_their_subject_are_its_name(tmp_path, encoder):
    """MedQuAD writes "NPH" only in its normal pressure hydrocephalus passages: "doc
    mentioned NPH" names it. Initials another subject writes ("CL" in a cleft lip passage)
    are left as typed."""
    records = [
        ("nph-1", "Normal Pressure Hydrocephalus", "What are the treatments for Normal Pressure Hydrocephalus ?",
         "Treatment for NPH involves surgical placement of a shunt in the brain to drain excess fluid."),
        ("ui-1", "Urinary Incontinence", "What are the treatments for Urinary Incontinence ?",
         "Bladder training, pelvic floor exercises and medicines can help with bladder leaks in older adults."),
        ("cl-1", "Cleft lip", "What is (are) Cleft lip ?",
         "A cleft lip (CL) is an opening in the upper lip."),
        ("cl-2", "Chronic leukemia", "What is (are) Chronic leukemia ?",
         "Chronic leukemia is a slowly growing cancer of the blood."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "grandpa has walking problems and bladder leaks, doc mentioned NPH. can it be treated?"
    assert knowledge_base.search(query).searched.startswith("grandpa has walking problems and bladder leaks, doc mentioned Normal Pressure Hydrocephalus.")
    assert knowledge_base.search(query, k=1, min_score=0, checked=True).hits[0].passage.id == "nph-1"
    assert "CL" in knowledge_base.search("what is CL").searched


def test_a_research_passage_answers_only_a_question_about_research(tmp_path, encoder, monkeypatch):
    records = [
        ("taste-1", "Problems with Taste", "What is (are) Problems with Taste ?",
         "Taste is one of our most robust senses. Although there is a small decline in taste in people over 60, "
         "most older people will not notice it, though food may taste different to them."),
        ("taste-2", "Problems with Taste", "what research (or clinical trials) is being done for Problems with Taste ?",
         "Scientists study why older people lose their sense of taste and how food tastes change with age, in "
         "laboratories across the country."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    first = functools.partial(_first, knowledge_base)
    assert first("my elderly mother says food has lost its taste") == "taste-1"
    assert first("any research on taste loss in older people") == "taste-2"
    monkeypatch.setattr(search_module, "RESEARCH_PENALTY", 0.0)
    assert first("my elderly mother says food has lost its taste") == "taste-2"  # what the penalty prevents


def test_a_list_of_resources_ranks_below_a_passage_that_answers(tmp_path, encoder, monkeypatch):
    records = [
        ("ghr-5", "autoimmune Addison disease", "What are the treatments for autoimmune Addison disease ?",
         "These resources address the diagnosis or management of autoimmune Addison disease:  - Genetic Testing "
         "Registry: Addison's disease  - MedlinePlus Encyclopedia: Addison's Disease"),
        ("niddk-4", "Addison's Disease", "What are the treatments for Addison's Disease ?",
         "Addison's disease is treated by replacing the hormones the adrenal glands do not make: hydrocortisone "
         "tablets once or twice a day, for life."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    first = functools.partial(_first, knowledge_base)
    query = "what is the management of Addison's disease"
    assert first(query) == "niddk-4"
    monkeypatch.setattr(search_module, "RESOURCE_LIST_PENALTY", 0.0)
    assert first(query) == "ghr-5"  # what the penalty prevents


def test_a_test_that_found_something_is_the_background(tmp_path, encoder, monkeypatch):
    records = [
        ("ecg-1", "Electrocardiogram", "What is (are) Electrocardiogram ?",
         "An electrocardiogram, also called an EKG or ECG, is a simple test that records the heart's electrical "
         "activity. Your GP may order an ECG; it shows heart block, a fast or slow heartbeat and other problems."),
        ("hb-1", "Heart Block", "What is (are) Heart Block ?",
         "Heart block is a problem with the heart's electrical system. In first-degree heart block the signals "
         "are slowed on their way to the ventricles, but all of them arrive."),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    first = functools.partial(_first, knowledge_base)
    query = "My GP says my ECG shows a first degree heart block. What does that mean?"
    assert first(query) == "hb-1"
    assert first("what does an ECG show") == "ecg-1"  # the test asked about
    monkeypatch.setattr(search_module, "TEST_RESULT_PENALTY", 0.0)
    assert first(query) == "ecg-1"  # what the penalty prevents


@pytest.fixture(scope="module")
def genes_knowledge_base(tmp_path_factory, encoder):
    """A subject as GHR writes it: no causes heading, a genetic changes one."""
    return _fixture_knowledge_base(tmp_path_factory, encoder, "genes")


def test_what_causes_a_named_subject_is_in_its_genetic_changes_where_no_heading_answers_it(genes_knowledge_base, monkeypatch):
    """"diagnosed with Feingold syndrome, what causes it": GHR's genetic changes passage
    ("Mutations in the MYCN gene cause Feingold syndrome") answers, first in its subject;
    only for a subject the query names by its title."""
    kb = genes_knowledge_base
    query = "Our baby was born with a blocked food pipe and short fingers and was diagnosed with Feingold syndrome. What causes it?"
    assert kb.search(query, min_score=0).hits[0].passage.id == "feingold-genes"
    ranking, exact = _ranking(kb, feingold_what=0.60, feingold_genes=0.50)
    unnamed = kb._with_intent(frozenset({"causes"}), ranking, exact, "a blocked food pipe, what causes it", in_named=np.zeros(len(ranking), dtype=bool))
    assert kb.passages[int(np.argmax(unnamed))].id == "feingold-what"
    monkeypatch.setattr(search_module, "CAUSES_IN_GENES", False)
    assert kb.search(query, min_score=0).hits[0].passage.id == "feingold-what"


def test_which_genes_is_answered_by_the_genetic_changes_passage_alone(genes_knowledge_base, monkeypatch):
    """"what genes cause Feingold syndrome": GHR's genetic changes passage answers; its
    "Is Feingold syndrome inherited?" (how it passes down) is not lifted beside it."""
    kb = genes_knowledge_base
    asked = frozenset({"causes", "inheritance"})
    ranking, exact = _ranking(kb, feingold_inherited=0.62, feingold_genes=0.58, feingold_what=0.50)
    lifted = kb._with_intent(asked, ranking, exact, "my son has Feingold syndrome, what genes cause it")
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-genes"
    monkeypatch.setattr(search_module, "WHICH_GENES", False)
    lifted = kb._with_intent(asked, ranking, exact, "my son has Feingold syndrome, what genes cause it")
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-inherited"


def test_a_name_and_the_word_gene_asks_which_genes(genes_knowledge_base):
    """"feingold syndrome gene", typed as keywords, asks which gene; "is it in the genes"
    asks whether it is inherited."""
    kb = genes_knowledge_base
    ranking, exact = _ranking(kb, feingold_inherited=0.62, feingold_genes=0.58, feingold_what=0.50)
    lifted = kb._with_intent(frozenset({"inheritance"}), ranking, exact, "feingold syndrome gene")
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-genes"
    lifted = kb._with_intent(frozenset({"inheritance"}), ranking, exact, "is feingold syndrome in the genes")
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-inherited"
    assert kb._interpret("feingold syndrome genetics").asked == {"inheritance"}
    lifted = kb._with_intent(frozenset({"inheritance"}), ranking, exact, "feingold syndrome genetics")
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-genes"


def test_a_query_naming_two_nested_titles_asks_about_the_longer(tmp_path, encoder, monkeypatch):
    """"which medicines are safe in pregnancy" names "Medicines" and "Pregnancy and
    Medicines" word for word: the model ranks the general page first, which says
    "They may not be safe during pregnancy" in passing (MedlinePlus's pages, from
    MedQuAD, CC BY 4.0)."""
    records = [
        (
            "medicines",
            "Medicines",
            "Do you have information about Medicines",
            "Summary : You may need to take medicines every day, or only once in a while. Either "
            "way, you want to make sure that the medicines are safe and will help you get better. "
            "In the United States, the Food and Drug Administration is in charge of assuring the "
            "safety and effectiveness of both prescription and over-the-counter medicines.    Even "
            "safe drugs can cause unwanted side effects or interactions with food or other medicines "
            "you may be taking. They may not be safe during pregnancy. To reduce the risk of "
            "reactions and make sure that you get better, it is important for you to take your "
            "medicines correctly and be careful when giving medicines to children.",
        ),
        (
            "pregnancy-medicines",
            "Pregnancy and Medicines",
            "Do you have information about Pregnancy and Medicines",
            "Summary : Not all medicines are safe to take when you are pregnant. Some medicines can "
            "harm your baby. That includes over-the-counter or prescription drugs, herbs, and "
            "supplements.    Always speak with your health care provider before you start or stop "
            "any medicine. Not using medicine that you need may be more harmful to you and your baby "
            "than using the medicine. For example, many pregnant women take prescription medicines "
            "for health problems like diabetes, asthma, seizures, and heartburn. The decision about "
            "whether or not to take a medicine depends on the risks and benefits. You and your "
            "health care provider should make this choice together.    Pregnant women should not "
            "take regular vitamins. They may have too much or too little of the vitamins that you "
            "need. There are special vitamins for pregnant women. It is important to take 0.4 mg of "
            "folic acid every day before you become pregnant through the first part of your "
            "pregnancy. Folic acid helps to prevent birth defects of the baby's brain or spine.    "
            "Food and Drug Administration",
        ),
    ]
    knowledge_base = _knowledge_base_of(tmp_path, encoder, records)
    query = "which medicines are safe in pregnancy"
    assert knowledge_base.search(query, min_score=0.0).hits[0].passage.id == "pregnancy-medicines"
    monkeypatch.setattr(search_module, "BROADER_TITLE_PENALTY", 0.0)
    assert knowledge_base.search(query, min_score=0.0).hits[0].passage.id == "medicines"


def test_a_thing_the_query_sets_aside_ranks_lower(tmp_path, encoder, monkeypatch):
    """"lumps in the breast that are not cancer": on MedQuAD the model ranks breast
    cancer's symptoms 0.07 above MedlinePlus's Breast Diseases, though the query sets
    cancer aside; the subjects named by what is set aside rank SET_ASIDE_PENALTY lower
    (MedlinePlus's and cancer.gov's pages, from MedQuAD, CC BY 4.0, their opening
    sentences)."""
    records = [
        (
            "breast-diseases",
            "Breast Diseases",
            "What is (are) Breast Diseases ?",
            "Most women experience breast changes at some time. Your age, hormone levels, and "
            "medicines you take may cause lumps, bumps, and discharges (fluids that are not breast "
            "milk). If you have a breast lump, pain, discharge or skin irritation, see your health "
            "care provider. Minor and serious breast problems have similar symptoms. Although many "
            "women fear cancer, most breast problems are not cancer.",
        ),
        (
            "breast-cancer-symptoms",
            "Breast Cancer",
            "What are the symptoms of Breast Cancer ?",
            "Signs of breast cancer include a lump or change in the breast. These and other signs "
            "may be caused by breast cancer or by other conditions.",
        ),
    ]
    kb = _knowledge_base_of(tmp_path, encoder, records)
    cancer = np.array([kb.index.passages[row].id == "breast-cancer-symptoms" for row in range(2)])

    def lowered(query: str) -> np.ndarray:
        scores = kb.scores(query)
        return scores.ranking - kb._set_aside_lower(scores.ranking, scores.exact, query)

    penalty = np.float32(search_module.SET_ASIDE_PENALTY)
    assert np.allclose(lowered("lumps in the breast that are not cancer"), penalty * cancer)
    assert np.allclose(lowered("a breast lump, but not cancer?"), penalty * cancer)
    assert np.allclose(lowered("breast lumps that are less serious than cancer"), penalty * cancer)
    # Only a clause that sets a thing aside: "how do I know it's not cancer" asks about cancer;
    # and not when the rest of the query names it too.
    assert not lowered("how do I know a breast lump is not cancer").any()
    assert not lowered("breast cancer lumps other than cancer of the skin").any()
    # A test that was negative sets its condition aside.
    assert np.allclose(lowered("a breast lump, but the biopsy test for cancer was negative"), penalty * cancer)
    assert np.allclose(lowered("breast lump, she tested negative for cancer, what else"), penalty * cancer)
    assert np.allclose(lowered("the doctor ruled out cancer, what causes breast lumps"), penalty * cancer)
    assert not lowered("the test for cancer was positive, what now").any()
    monkeypatch.setattr(search_module, "SET_ASIDE_PENALTY", 0.0)
    assert not lowered("lumps in the breast that are not cancer").any()


def test_how_it_passes_down_is_answered_by_the_inherited_heading_first(genes_knowledge_base, monkeypatch):
    """"the neurologist thinks Feingold syndrome. Is it passed down in families?": GHR's
    "Is Feingold syndrome inherited?" answers before its genetic changes, which are typed
    inheritance too; a question naming genes keeps the genetic changes first."""
    kb = genes_knowledge_base
    asked = frozenset({"inheritance"})
    ranking, exact = _ranking(kb, feingold_inherited=0.54, feingold_genes=0.58, feingold_what=0.50)
    query = "the doctors think Feingold syndrome. Is it passed down in families?"
    lifted = kb._with_intent(asked, ranking, exact, query)
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-inherited"
    genes = kb._with_intent(asked, ranking, exact, "which gene is passed down in Feingold syndrome")
    assert kb.passages[int(np.argmax(genes))].id == "feingold-genes"
    # A search of a name, a gene and "inheritance" asks how it passes down too.
    lifted = kb._with_intent(asked, ranking, exact, "feingold syndrome mycn inheritance")
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-inherited"
    monkeypatch.setattr(search_module, "HOW_IT_PASSES_DOWN", False)
    lifted = kb._with_intent(asked, ranking, exact, query)
    assert kb.passages[int(np.argmax(lifted))].id == "feingold-genes"


def test_a_search_for_a_conditions_diet_is_answered_by_its_treatment_where_no_heading_answers_it(gout_knowledge_base, monkeypatch):
    """"glucose galactose malabsorption diet": a subject with no heading on day-to-day living
    answers with its treatment passage, first in its subject. Not exercise named in a
    description ("muscle cramps after exercise" asks about the condition)."""
    kb = gout_knowledge_base
    ranking, exact = _ranking(kb, gout_what=0.60, gout_treatment=0.55, gout_causes=0.50)

    def first(typed: str) -> str:
        return kb.passages[int(np.argmax(kb._with_intent(frozenset({"lifestyle"}), ranking, exact, typed)))].id

    assert first("gout diet") == "gout-treatment"
    assert first("gout pain after exercise") == "gout-what"
    monkeypatch.setattr(search_module, "LIFESTYLE_IN_TREATMENT", False)
    assert first("gout diet") == "gout-what"


def test_a_closing_tia_is_read_as_thanks_not_as_a_mini_stroke(seed_knowledge_base):
    """A forum post's closing "TIA" would name a transient ischemic attack, another topic."""
    result = seed_knowledge_base.search("Does DES exposure in the womb raise my risk? Mom took it in the 60s. TIA")
    assert result.answered
    assert result.hits[0].passage.question == "What increases my risk for incompetent cervix?"
    assert not seed_knowledge_base.search("what is a TIA").answered


@pytest.mark.parametrize(
    "typed, read",
    [
        ("incompetent_cervix_symptoms", "incompetent cervix symptoms"),
        ("?q=why+does+cervix+open+early", "?q=why does cervix open early"),
        ("WhatIsIncompetentCervix", "What Is Incompetent Cervix"),
        # Names with one hump, and a plus that is no joiner, are left as they are.
        ("McDonald cerclage and DiGeorge syndrome", "McDonald cerclage and DiGeorge syndrome"),
        ("HER2+ breast cancer", "HER2+ breast cancer"),
    ],
)
def test_words_joined_as_file_names_and_links_join_them_are_read_apart(typed, read, monkeypatch):
    assert as_read(typed) == read
    monkeypatch.setattr(search_module, "JOINED_WORDS_APART", False)
    assert as_read(typed) == typed or typed == read


LIFESTYLE_HEADING = "What are some lifestyle changes or home remedies that can help me manage incompetent cervix?"


@pytest.mark.parametrize(
    "asked, heading",
    [
        ("Incompetent_Cervix_Activity_Restrictions_Handout_FINAL.pdf", LIFESTYLE_HEADING),
        ("?q=why+does+cervix+open+early", "What causes incompetent cervix?"),
        (
            "born in 1968, mum was on a synthetic estrogen in pregnancy, does that affect my cervix",
            "What causes incompetent cervix?",
        ),
        ("my mama had the same trouble, does it run in families", "What increases my risk for incompetent cervix?"),
        ("as her husband, when should I take her to the hospital", "When should I see my doctor?"),
        ("the doctor said they will tie the cervix, what does that mean", "How is incompetent cervix treated?"),
    ],
)
def test_these_wordings_find_their_heading(seed_knowledge_base, asked, heading):
    result = seed_knowledge_base.search(asked)
    assert result.answered and result.hits[0].passage.question == heading


@pytest.mark.parametrize("asked", ["cerclage options", "purpose of a McDonald cerclage", "rescue cerclage at 21 weeks"])
def test_a_rare_term_alone_is_no_chance_match(seed_knowledge_base, asked):
    result = seed_knowledge_base.search(asked)
    assert result.answered and result.hits[0].passage.question == "How is incompetent cervix treated?"


@pytest.mark.parametrize("asked", ["how to time contractions", "what week is the anatomy scan", "when do you close"])
def test_a_common_word_alone_is_still_a_chance_match(seed_knowledge_base, asked):
    assert not seed_knowledge_base.search(asked).answered


def test_rare_terms_are_rare_in_english_and_name_no_general_health_topic(seed_knowledge_base):
    kb = seed_knowledge_base
    assert kb._rare_term("cerclage") and kb._rare_term("pessary")
    assert not kb._rare_term("stitch")  # common English
    assert not kb._rare_term("contractions") and not kb._rare_term("miscarriage")  # general health topics

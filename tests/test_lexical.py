"""BM25 coverage: the lexical half of the hybrid score."""

from __future__ import annotations

import numpy as np
import pytest

from kb.lexical import LexicalIndex
from kb.passage import Passage, Source


def passage(pid: str, question: str, answer: str, alt_names=()) -> Passage:
    return Passage(pid, "Topic", None, question, answer, source=Source(document="d"), alt_names=tuple(alt_names))


@pytest.fixture(scope="module")
def lexical() -> LexicalIndex:
    return LexicalIndex.build([
        passage("a", "What is cerclage?", "A stitch that keeps the cervix closed.", ["cervical stitch"]),
        passage("b", "How is anemia treated?", "Iron supplements and diet changes."),
        passage("c", "What causes anemia?", "Low iron, blood loss or poor absorption."),
    ])


def test_coverage_is_between_zero_and_one_and_ranks_the_match_first(lexical):
    coverage = lexical.coverage("how is anemia treated")
    assert coverage.shape == (3,)
    assert np.all((coverage >= 0) & (coverage <= 1))
    assert int(coverage.argmax()) == 1


def test_question_words_are_not_counted_as_unknown_terms(lexical):
    assert lexical.tokenize("what does it mean, should I worry often") == ["worri"]
    assert lexical.coverage("what is cerclage")[0] == pytest.approx(lexical.coverage("cerclage")[0])


def test_unknown_terms_lower_coverage(lexical):
    assert lexical.coverage("anemia treatment")[1] > lexical.coverage("anemia treatment price dentist")[1]


def test_query_of_only_unknown_terms_covers_nothing(lexical):
    assert not lexical.coverage("dental braces price").any()
    assert not lexical.scores("dental braces price").any()


def test_alternate_names_are_indexed(lexical):
    assert int(lexical.coverage("cervical stitch").argmax()) == 0


def test_save_and_load_round_trip(lexical, tmp_path):
    lexical.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert np.allclose(loaded.coverage("iron anemia"), lexical.coverage("iron anemia"))


def test_passage_count_is_by_stem_and_none_for_a_stop_word(lexical):
    assert lexical.passage_count("anemia") == 2
    assert lexical.passage_count("stitches") == 1  # "stitch" by its stem
    assert lexical.passage_count("migraine") == 0
    assert lexical.passage_count("the") is None


def test_passages_using_a_word_are_its_rows(lexical):
    assert sorted(lexical.passages_using("anemia").tolist()) == [1, 2]
    assert lexical.passages_using("cerclage").tolist() == [0]
    assert lexical.passages_using("gout").tolist() == []
    assert lexical.passages_using("the").tolist() == []

"""The "answered" threshold calibrated to each knowledge base."""

from __future__ import annotations

import json

import pytest

from kb import KnowledgeBase
from kb.calibration import COVERED_FLOOR, COVERED_Z, OFF_TOPIC_QUERIES, OFF_TOPIC_Z, calibrate
from kb.index import build_index
from kb.search import DEFAULT_MIN_SCORE


def test_the_floor_holds_where_off_topic_questions_score_low():
    calibration = calibrate(lambda query: 0.1, floor=0.4)
    assert calibration.threshold == 0.4 and not calibration.raised
    assert "at the floor 0.40" in calibration.describe()
    assert calibration.covered_threshold == COVERED_FLOOR  # 0.1 ± 0 stays under it


def test_the_threshold_rises_above_what_off_topic_questions_reach():
    scores = {query: 0.3 + 0.1 * (i % 2) for i, query in enumerate(OFF_TOPIC_QUERIES)}  # mean 0.35, sd 0.05
    calibration = calibrate(scores.__getitem__, floor=0.4)
    assert calibration.threshold == pytest.approx(0.35 + OFF_TOPIC_Z * 0.05, abs=1e-3)
    assert calibration.raised and "raised above the floor" in calibration.describe()
    # A query in the article's words is held to a stricter off-topic bound: here above
    # the threshold, so it changes nothing where off-topic questions set the bar.
    assert calibration.covered_threshold == pytest.approx(0.35 + COVERED_Z * 0.05, abs=1e-3)
    assert calibration.covered_threshold > calibration.threshold


def test_the_seed_article_answers_at_the_floor(seed_knowledge_base):
    calibration = seed_knowledge_base.calibration
    assert seed_knowledge_base.min_score == DEFAULT_MIN_SCORE == calibration.threshold
    assert calibration.off_topic_mean < 0.2  # one article shares little with everyday questions


def test_a_configured_threshold_is_used_as_given(index_dir, encoder):
    configured = KnowledgeBase.open(index_dir, encoder=encoder, min_score=0.55)
    assert configured.min_score == 0.55 and configured.calibration is None


def test_a_knowledge_base_near_everyday_topics_raises_its_own_threshold(tmp_path, encoder):
    """Unrelated questions find more to match where the content is broad: the bar rises."""
    everyday = [
        ("Home network", "How do I reset my router?", "Hold the reset button for ten seconds, then sign in again."),
        ("Cooking", "How long should I boil an egg?", "Boil it for six minutes for a soft yolk, ten for a firm one."),
        ("Travel", "What should I pack for a holiday?", "Pack light clothes, a charger, your passport and tickets."),
        ("Money", "What is a good credit score?", "Lenders see a score above 700 as good."),
        ("Gardening", "How do I grow tomatoes?", "Plant them in a sunny spot and water them daily."),
        ("Household", "How do I unclog a drain?", "Pour boiling water, then use a plunger."),
    ]
    content = tmp_path / "content"
    content.mkdir()
    with (content / "everyday.jsonl").open("w", encoding="utf-8") as handle:
        for number, (title, question, answer) in enumerate(everyday):
            handle.write(json.dumps({"id": f"e{number}", "title": title, "question": question, "answer": answer}) + "\n")
    build_index(content, tmp_path / "index", encoder)
    broad = KnowledgeBase.open(tmp_path / "index", encoder=encoder)
    assert broad.calibration.raised and broad.min_score > DEFAULT_MIN_SCORE
    # An everyday question this content happens to answer still clears the raised bar.
    assert broad.search("how many minutes to boil an egg").hits[0].passage.id == "e1"

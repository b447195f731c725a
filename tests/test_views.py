"""Embedded views of a passage: question, answer chunks within the budget, alternate names."""

from __future__ import annotations

import pytest

from kb.content import load_content
from kb.passage import Passage
from kb.views import ViewConfig, batch_token_counter, chunk_text, list_items, passage_views, split_units


def words(text: str) -> int:
    return len(text.split())


def test_split_units_cuts_sentences_and_bullets():
    text = "First sentence. Second one? (Third) here.\n• a bullet item\n2) numbered item\n\n"
    assert split_units(text) == ["First sentence.", "Second one?", "(Third) here.", "a bullet item", "numbered item"]


def test_chunks_respect_the_budget_and_keep_every_sentence_in_order():
    text = " ".join(f"Sentence number {i} has six words." for i in range(20))
    chunks = chunk_text(text, words, max_tokens=20)
    assert all(words(chunk) <= 20 for chunk in chunks)
    assert " ".join(chunks) == text


def test_max_chunks_stops_counting_past_the_chunks_it_keeps():
    counted: list[str] = []

    def counting(text: str) -> int:
        counted.append(text)
        return words(text)

    text = " ".join(f"Sentence number {i} has six words." for i in range(50))
    chunks = chunk_text(text, counting, max_tokens=12, max_chunks=2)
    assert chunks == chunk_text(text, words, max_tokens=12)[:2]
    assert len(counted) == 5  # two sentences per chunk, and the one that opened a third
    assert chunk_text(text, counting, max_tokens=12, max_chunks=0) == []


@pytest.mark.parametrize("config", [ViewConfig(), ViewConfig(chunk_tokens=32, max_answer_chunks=None)])
def test_batch_counting_gives_the_same_views_as_counting_one_by_one(content_dir, encoder, config):
    passages = load_content(content_dir).passages
    batches: list[int] = []

    def count_many(texts):
        batches.append(len(texts))
        return encoder.count_tokens_many(texts)

    counter = batch_token_counter(passages, count_many, config)
    one_by_one = [passage_views(p, encoder.count_tokens, config) for p in passages]
    assert [passage_views(p, counter, config) for p in passages] == one_by_one
    assert batches[0] > 50 and len(batches) <= 3  # nearly everything counted in the first batch


def test_views_name_the_title_and_alternate_names():
    passage = Passage(id="p", title="Incompetent cervix", section=None, question="What is incompetent cervix?",
                      answer="A weak cervix. It opens too early.", alt_names=("cervical insufficiency",))
    views = passage_views(passage, words, ViewConfig())
    assert [v.kind for v in views] == ["question", "answer", "alt_name"]
    assert views[1].text == "Incompetent cervix: A weak cervix. It opens too early."
    assert views[2].text == "What is cervical insufficiency?"


def test_short_list_items_are_embedded_after_their_question():
    answer = ("The common symptoms are:\n\n  • Vaginal bleeding\n  • Pelvic pressure\n"
              "  • " + "A very long item " * 7 + "\nThere may be others.")
    passage = Passage(id="p", title="Incompetent cervix", section=None,
                      question="What are the symptoms of incompetent cervix?", answer=answer)
    assert list_items(answer) == ["Vaginal bleeding", "Pelvic pressure"]  # a 28-word item is a paragraph
    views = passage_views(passage, words, ViewConfig())
    items = [v.text for v in views if v.kind == "item"]
    assert items == ["What are the symptoms of incompetent cervix? Vaginal bleeding",
                     "What are the symptoms of incompetent cervix? Pelvic pressure"]
    assert [v.kind for v in passage_views(passage, words, ViewConfig(item_views=1))].count("item") == 1
    assert "item" not in [v.kind for v in passage_views(passage, words, ViewConfig(item_views=0))]

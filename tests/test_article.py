"""The plain-text article parser, on the seed article and on edge cases."""

from __future__ import annotations

import pytest

from kb.article import parse_article, parse_iso_date

from .conftest import SEED_ARTICLE, SHARED

SEED_QUESTIONS = [
    ("What is incompetent cervix?", None),
    ("How common is incompetent cervix?", None),
    ("What are the symptoms of incompetent cervix?", None),
    ("When should I see my doctor?", None),
    ("What causes incompetent cervix?", None),
    ("What increases my risk for incompetent cervix?", "Risk factors"),
    ("How is incompetent cervix diagnosed?", "Diagnosis & treatment"),
    ("How is incompetent cervix treated?", "Diagnosis & treatment"),
    (
        "What are some lifestyle changes or home remedies that can help me manage incompetent cervix?",
        "Lifestyle changes & home remedies",
    ),
]
CHROME = ("Share now", "You might also like", "Review Date", "Last Modified", "Medically reviewed by")
DISCLAIMERS = (
    "The information provided is not a substitute for any medical advice. ALWAYS consult with your doctor for more information.",
    "Hello Health Group does not provide medical advice, diagnosis or treatment.",
)


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text):
    return parse_article(seed_text, "incompetent-cervix.txt")


def test_content_copy_is_byte_identical_to_the_shared_seed():
    shared = SHARED / "seed" / "000_a69f14236e1cf5ad.txt"
    if not shared.exists():
        pytest.skip("../shared is not beside the checkout")
    assert SEED_ARTICLE.read_bytes() == shared.read_bytes()


def test_seed_yields_its_nine_questions_with_their_sections(seed):
    assert [(p.question, p.section) for p in seed.passages] == SEED_QUESTIONS
    assert seed.title == "Incompetent cervix"
    assert all(p.title == "Incompetent cervix" for p in seed.passages)
    assert seed.warnings == []


def test_every_answer_is_an_exact_substring_of_the_source(seed, seed_text):
    for passage in seed.passages:
        assert passage.answer in seed_text
        assert passage.answer == passage.answer.strip()
    symptoms = seed.passages[2].answer
    assert "\n\n  • Vaginal bleeding\n  • Pelvic pressure\n" in symptoms  # line breaks and bullets kept


def test_no_chrome_or_disclaimer_inside_any_passage(seed):
    for passage in seed.passages:
        for text in (passage.question, passage.answer, passage.section or ""):
            for chrome in CHROME + DISCLAIMERS:
                assert chrome not in text


def test_source_details_and_disclaimers(seed):
    first = seed.passages[0]
    assert first.source.review_date == "2017-11-17"
    assert first.source.last_modified == "2019-12-08"
    assert first.source.reviewed_by == "Hello Doktor Medical Panel"
    assert first.source.byline == "By Medically reviewed by Hello Doktor Medical Panel"
    assert first.source.document == "incompetent-cervix.txt"
    for passage in seed.passages:
        assert passage.disclaimers == DISCLAIMERS


def test_line_spans_point_at_the_question_and_the_end_of_its_answer(seed, seed_text):
    lines = seed_text.split("\n")
    for passage in seed.passages:
        assert lines[passage.source.line_start - 1] == passage.question
        assert passage.answer.endswith(lines[passage.source.line_end - 1].strip())


def test_the_last_answer_stops_before_the_closing_disclaimer(seed):
    last = seed.passages[-1].answer
    assert last.endswith("please consult with your doctor to better understand the best solution for you.")


def test_alternate_name_is_recorded(seed):
    assert seed.passages[0].alt_names == ("cervical insufficiency",)


def test_ids_are_stable_and_unique(seed, seed_text):
    again = parse_article(seed_text, "incompetent-cervix.txt")
    assert [p.id for p in again.passages] == [p.id for p in seed.passages]
    assert len({p.id for p in seed.passages}) == 9
    edited = seed_text.replace("1 out of 100 pregnancies", "1 in 100 pregnancies")
    assert [p.id for p in parse_article(edited, "incompetent-cervix.txt").passages] == [p.id for p in seed.passages]


def test_crlf_text_keeps_its_line_endings_verbatim():
    text = "Title\r\n\r\nWhat is it?\r\n\r\nLine one.\r\nLine two.\r\n"
    passage = parse_article(text, "a.txt").passages[0]
    assert passage.answer == "Line one.\r\nLine two."
    assert passage.answer in text


def test_short_line_inside_an_answer_is_not_a_section_heading():
    text = "Title\n\nWhat helps?\n\nKey points\n\nRest and fluids help.\n\nHow long does it last?\n\nA week.\n"
    article = parse_article(text, "a.txt")
    assert article.passages[0].answer == "Key points\n\nRest and fluids help."
    assert article.passages[1].section is None


def test_question_without_answer_and_stray_text_are_reported_not_lost():
    text = "Title\n\nAn intro paragraph.\n\nFirst?\n\nSecond?\n\nAn answer.\n"
    article = parse_article(text, "a.txt")
    assert [p.question for p in article.passages] == ["Second?"]
    assert any("First?" in warning for warning in article.warnings)
    assert any("lines 3-3" in warning for warning in article.warnings)


def test_document_without_questions_is_reported():
    article = parse_article("Just a title\n\nSome text.\n", "a.txt")
    assert article.passages == []
    assert any("no question headings" in warning for warning in article.warnings)


@pytest.mark.parametrize(
    "raw, iso",
    [("November 17, 2017", "2017-11-17"), ("Dec 8, 2019", "2019-12-08"), ("2020-02-29", "2020-02-29"), ("soon", None)],
)
def test_parse_iso_date(raw, iso):
    assert parse_iso_date(raw) == iso


def test_a_list_item_ending_in_a_question_mark_stays_in_its_answer():
    text = "Flu\n\nWhat should I ask my doctor?\n\nQuestions to bring:\n\n- Is it contagious?\n\n1) How long will it last?\n"
    parsed = parse_article(text, "flu.txt")
    assert [p.question for p in parsed.passages] == ["What should I ask my doctor?"]
    assert parsed.passages[0].answer == "Questions to bring:\n\n- Is it contagious?\n\n1) How long will it last?"

"""Property tests (hypothesis): the article parser never loses or alters answer text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.article import BULLET_START, parse_article

# Words from several scripts, with the punctuation and symbols health answers carry.
WORD = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éüñçøß中文ℹ°%&()'\"/-+")),
    min_size=1,
    max_size=12,
)
# A sentence ends with a full stop, so a one-line paragraph is never a heading.
SENTENCE = st.lists(WORD, min_size=1, max_size=12).map(lambda words: " ".join(words) + ".")
LINE = st.one_of(SENTENCE, SENTENCE.map(lambda s: "• " + s), SENTENCE.map(lambda s: "1. " + s))
PARAGRAPH = st.lists(LINE, min_size=1, max_size=4)
# A line that starts like a list item ("- Is it?", "1) Why?") is an answer's bullet, never a heading.
QUESTION = (
    st.lists(WORD, min_size=1, max_size=10)
    .map(lambda words: " ".join(words) + "?")
    .filter(lambda line: not BULLET_START.match(line))
)
SECTION = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10), min_size=1, max_size=4).map(
    lambda words: " ".join(words).capitalize()
)


@st.composite
def articles(draw):
    """An article as (text, expected [(section, question, answer)])."""
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    trailing = draw(st.sampled_from(["", " ", "\t"]))  # stray spaces at line ends stay in answers
    lines = ["Some condition explained", "By A Writer", ""]
    expected = []
    section = None
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            section = draw(SECTION)
            lines += [section, ""]
        question = draw(QUESTION)
        lines += [question, ""]
        paragraphs = [newline.join(line + trailing for line in paragraph) for paragraph in draw(st.lists(PARAGRAPH, min_size=1, max_size=3))]
        separator = newline * draw(st.integers(2, 3))
        lines.append(separator.join(paragraphs))
        lines.append("")
        expected.append((section, question, separator.join(paragraphs)))
    lines += ["Review Date: May 5, 2021 | Last Modified: June 6, 2022"]
    return newline.join(lines) + newline, expected


@settings(max_examples=200, deadline=None)
@given(articles())
def test_every_answer_comes_back_exactly_as_written(article):
    text, expected = article
    parsed = parse_article(text, "generated.txt")
    got = [(p.section, p.question, p.answer) for p in parsed.passages]
    assert got == expected
    for passage in parsed.passages:
        assert passage.answer in text


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_parses_without_error_and_answers_are_slices_of_it(text):
    parsed = parse_article(text, "any.txt")
    for passage in parsed.passages:
        assert passage.answer and passage.answer in text
        lines = text.split("\n")
        span = "\n".join(lines[passage.source.line_start - 1 : passage.source.line_end])
        assert passage.question in span and passage.answer in span

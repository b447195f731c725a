"""Highlighting never changes a character and cannot be made slow."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from webapp.highlight import query_stems, segments


def test_matched_words_are_marked_by_stem():
    stems = query_stems("how is it treated?")
    pieces = segments("Treating may treat it.", stems)
    assert pieces == [("Treating", True), (" may ", False), ("treat", True), (" it.", False)]


def test_stop_words_are_not_marked():
    assert query_stems("what is the") == frozenset()
    assert segments("What is the cervix?", query_stems("what is the")) == [("What is the cervix?", False)]


@given(st.text(max_size=300), st.text(max_size=100))
def test_pieces_join_back_to_exactly_the_text(text, query):
    assert "".join(piece for piece, _ in segments(text, query_stems(query))) == text


def test_long_crafted_query_is_fast():
    query = ("a" * 50 + " ") * 2000 + "(" * 10000
    text = ("aaaa " * 20000)
    started = time.perf_counter()
    segments(text, query_stems(query))
    assert time.perf_counter() - started < 5  # generous: linear work, typically well under 0.1 s

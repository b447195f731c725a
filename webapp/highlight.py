"""Mark the words of a text that match the query, without changing a character.

Text and query are split into words by one fixed, linear regular expression and
compared by Snowball stem, so "treated" marks "treat" and "treating". No pattern
is ever built from user input: long or crafted queries cannot make it slow.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer

from kb.lexical import STOPWORDS

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = frozenset(STOPWORDS)
MAX_QUERY_WORDS = 64
_stemmer = Stemmer.Stemmer("english")


@lru_cache(maxsize=4096)
def _stem(word: str) -> str:
    return _stemmer.stemWord(word.lower())


def query_stems(query: str) -> frozenset[str]:
    """Stems of the query's content words (stop words and one-letter words left out)."""
    words = [w for w in _WORD.findall(query)[:MAX_QUERY_WORDS] if len(w) > 1 and w.lower() not in _STOP]
    return frozenset(_stem(w) for w in words)


def segments(text: str, stems: frozenset[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, matched) pairs whose pieces join back to exactly ``text``."""
    if not stems:
        return [(text, False)] if text else []
    pieces: list[tuple[str, bool]] = []
    position = 0
    for match in _WORD.finditer(text):
        if _stem(match.group()) in stems:
            if match.start() > position:
                pieces.append((text[position:match.start()], False))
            pieces.append((match.group(), True))
            position = match.end()
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces

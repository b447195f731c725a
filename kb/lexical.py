"""BM25 over passage text (bm25s with a Snowball stemmer).

Rare terms (drug, gene and procedure names, abbreviations) are where a small
dense model is weakest and exact word matching is strongest; the search fuses both.
"""

from __future__ import annotations

import re
from pathlib import Path

import bm25s
import numpy as np
import Stemmer

from .passage import Passage

_STEMMER_LANGUAGE = "english"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def lexical_text(passage: Passage) -> str:
    """What BM25 indexes: the words a visitor might use to reach this passage.

    The question counts twice (headings are the densest statement of the topic)
    and alternate names once, so "cervical insufficiency" finds "incompetent cervix".
    """
    parts = [passage.title, " ".join(passage.alt_names), passage.section or "", passage.question, passage.question, passage.answer]
    return "\n".join(part for part in parts if part)


class LexicalIndex:
    """A saved BM25 index whose rows are passage rows."""

    def __init__(self, retriever: bm25s.BM25):
        self._retriever = retriever
        self._stemmer = Stemmer.Stemmer(_STEMMER_LANGUAGE)

    @classmethod
    def build(cls, passages: list[Passage]) -> "LexicalIndex":
        stemmer = Stemmer.Stemmer(_STEMMER_LANGUAGE)
        tokens = bm25s.tokenize(
            [lexical_text(p) for p in passages], stopwords="en", stemmer=stemmer, show_progress=False
        )
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index(tokens, show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        return cls(bm25s.BM25.load(str(folder), show_progress=False, verbosity=0))

    def query_terms(self, query: str) -> list[str]:
        """Stemmed, stop-word-free terms of the query that occur in the corpus."""
        tokens = bm25s.tokenize(
            query, stopwords="en", stemmer=self._stemmer, return_ids=False, show_progress=False
        )[0]
        vocab = self._retriever.vocab_dict
        return [token for token in tokens if token in vocab]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage row for ``query`` (zeros when no term is known)."""
        terms = self.query_terms(query)
        if not terms:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._retriever.get_scores(terms), dtype=np.float32)

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
# bm25s's English list plus the words visitors wrap a question in ("does", "often",
# "should I"…): they carry no topic, and counting them as unknown terms would make
# plain-spoken questions look out of scope.
STOPWORDS = sorted(
    set(bm25s.stopwords.STOPWORDS_EN)
    | set(
        "a about after all also am an and any are as at be been before being but by can could did do does doing "
        "done during each either every few for from get gets getting go going got had has have having he her "
        "here him his how i if in into is it its just know let like me might more most much must my no nor not "
        "of off often on once one only or other our out over please really same she should so some such tell "
        "than that the their them then there these they this those through to too under until up us usually "
        "very want was way we were what when where which while who whom why will with would you your yours "
        "anything something thing things lot lots normal mean means meant cause ok okay".split()
    )
)
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
        # The most any one passage scores for each term (the BM25 matrix is stored
        # term by term): the ceiling that makes coverage an absolute 0..1 figure.
        data, indptr = retriever.scores["data"], retriever.scores["indptr"]
        self._term_ceiling = np.zeros(len(indptr) - 1, dtype=np.float32)
        filled = np.diff(indptr) > 0
        if data.size:
            self._term_ceiling[filled] = np.maximum.reduceat(data, indptr[:-1][filled])
        self._passage_counts = np.diff(indptr)  # passages that use each term
        # A term the corpus never uses counts as the rarest kind of term: asking about
        # "braces" in a knowledge base without the word is evidence it is not covered.
        self._unknown_ceiling = float(self._term_ceiling.max()) if self._term_ceiling.size else 1.0

    @classmethod
    def build(cls, passages: list[Passage]) -> "LexicalIndex":
        stemmer = Stemmer.Stemmer(_STEMMER_LANGUAGE)
        tokens = bm25s.tokenize(
            [lexical_text(p) for p in passages], stopwords=STOPWORDS, stemmer=stemmer, show_progress=False
        )
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index(tokens, show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        return cls(bm25s.BM25.load(str(folder), show_progress=False, verbosity=0))

    def tokenize(self, query: str) -> list[str]:
        """Stemmed, stop-word-free terms of the query."""
        return bm25s.tokenize(query, stopwords=STOPWORDS, stemmer=self._stemmer, return_ids=False, show_progress=False)[0]

    def query_terms(self, query: str) -> list[str]:
        """Terms of the query that occur in the corpus."""
        vocab = self._retriever.vocab_dict
        return [token for token in self.tokenize(query) if token in vocab]

    def passage_count(self, word: str) -> int | None:
        """How many passages use ``word`` (by its stem); None for a stop word."""
        terms = self.tokenize(word)
        if not terms:
            return None
        term = self._retriever.vocab_dict.get(terms[0])
        return 0 if term is None else int(self._passage_counts[term])

    def passages_using(self, word: str) -> np.ndarray:
        """The passage rows that use ``word`` (by its stem); empty for a stop word."""
        terms = self.tokenize(word)
        term = self._retriever.vocab_dict.get(terms[0]) if terms else None
        if term is None:
            return np.zeros(0, dtype=np.int64)
        indptr = self._retriever.scores["indptr"]
        return np.asarray(self._retriever.scores["indices"][indptr[term] : indptr[term + 1]], dtype=np.int64)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage row for ``query`` (zeros when no term is known)."""
        terms = self.query_terms(query)
        if not terms:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._retriever.get_scores(terms), dtype=np.float32)

    def coverage(self, query: str) -> np.ndarray:
        """BM25 of every passage divided by the most the query's terms could score: 0..1.

        Unlike raw BM25 it is comparable across queries, so it can take part in the
        "is this answered at all" decision, not only in ranking.
        """
        tokens = self.tokenize(query)
        vocab = self._retriever.vocab_dict
        known = [vocab[token] for token in tokens if token in vocab]
        ceiling = sum(float(self._term_ceiling[i]) for i in known) + self._unknown_ceiling * (len(tokens) - len(known))
        if not known or ceiling <= 0:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        raw = np.asarray(self._retriever.get_scores_from_ids(known), dtype=np.float32)
        return np.minimum(raw / ceiling, 1.0)

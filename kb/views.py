"""The texts embedded for one passage: its question, its answer in model-sized chunks,
its question under each alternate name, and its short list items.

One vector per long passage blurs the one sentence that answers a visitor, and the
model silently truncates past its window; so a passage gets several vectors and the
search keeps its best. Search always returns the whole verbatim passage, never a chunk.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .passage import Passage

# Sentence ends followed by a capital or an opening bracket/quote; bullets and line
# breaks always end a unit.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'“])")
_BULLET = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–]|\d+[.)])\s+")
MAX_ALT_NAMES = 4
# A list item this short names one thing (a symptom, a cause, a treatment); longer ones are
# paragraphs, already in the answer chunks.
MAX_ITEM_WORDS = 24
# What each embedded text is, stored per vector in the index (vector_kinds.npy).
VIEW_KINDS = ("question", "answer", "alt_name", "item")
# Kinds that order passages but are not evidence that a query is answered at all: a
# visitor describing a symptom ranks the symptoms passage first thanks to its "Pelvic
# pressure" item, but "frequent urination at night" must not look answered by one either.
RANKING_ONLY_KINDS = frozenset({"item"})
# English word pieces average about 4-5 characters; counting sentences up to 6 characters
# per budgeted token ahead covers the embedded chunks of nearly every answer in one batch.
CHARS_PER_TOKEN_BOUND = 6


@dataclass(frozen=True)
class ViewConfig:
    """How passages are cut into embedded texts; recorded in the index manifest."""

    chunk_tokens: int = 96  # word pieces per answer chunk (the model's window is 256)
    title_in_chunks: bool = True  # prefix chunks with the article title for context
    alt_name_views: bool = True  # embed the question again under each alternate name
    # Only the first chunks of a long answer are embedded: on MedQuAD the later ones added
    # near-duplicates that outranked better passages (MRR@10 0.808 all chunks, 0.826 first two).
    max_answer_chunks: int | None = 2
    # Each short list item of an answer, after its question ("What are the symptoms of
    # incompetent cervix? Pelvic pressure"), up to this many per passage; 0 for none.
    item_views: int = 12

    def to_dict(self) -> dict:
        return {
            "chunk_tokens": self.chunk_tokens,
            "title_in_chunks": self.title_in_chunks,
            "alt_name_views": self.alt_name_views,
            "max_answer_chunks": self.max_answer_chunks,
            "item_views": self.item_views,
        }


@dataclass(frozen=True)
class View:
    kind: str  # one of VIEW_KINDS
    text: str


def question_text(passage: Passage) -> str:
    """The question, with the article title in front when the question does not name it."""
    if passage.title and passage.title.lower() not in passage.question.lower():
        return f"{passage.title}: {passage.question}"
    return passage.question


def passage_views(passage: Passage, count_tokens: Callable[[str], int], config: ViewConfig) -> list[View]:
    """Every text to embed for ``passage``, question first."""
    views = [View("question", question_text(passage))]
    prefix = f"{passage.title}: " if config.title_in_chunks and passage.title else ""
    budget = max(16, config.chunk_tokens - (count_tokens(prefix) if prefix else 0))
    chunks = chunk_text(passage.answer, count_tokens, budget, max_chunks=config.max_answer_chunks)
    for chunk in chunks:
        views.append(View("answer", prefix + chunk))
    if config.alt_name_views:
        for name in passage.alt_names[:MAX_ALT_NAMES]:
            views.append(View("alt_name", _rename(passage, name)))
    for item in list_items(passage.answer)[: config.item_views]:
        views.append(View("item", f"{views[0].text} {item}"))
    return views


def list_items(text: str) -> list[str]:
    """The answer's bulleted or numbered items of at most MAX_ITEM_WORDS words."""
    items = (_BULLET.sub("", line).strip() for line in text.split("\n") if _BULLET.match(line))
    return [item for item in items if item and len(item.split()) <= MAX_ITEM_WORDS]


def batch_token_counter(
    passages: list[Passage], count_many: Callable[[list[str]], list[int]], config: ViewConfig
) -> Callable[[str], int]:
    """A ``count_tokens`` for ``passage_views`` over ``passages``, tokenising in one batch
    the title prefixes and the sentences that the embedded chunks can reach.

    Only the first ``max_answer_chunks`` chunks are embedded, so sentences far past
    them are never counted (MedQuAD's answers hold 16 MB of text; tokenising all of
    it took 7 s of a 38 s rebuild). Any text not counted in advance is counted on demand.
    """
    reach = None
    if config.max_answer_chunks is not None:
        reach = config.chunk_tokens * config.max_answer_chunks * CHARS_PER_TOKEN_BOUND
    texts: set[str] = set()
    for passage in passages:
        used = 0
        for unit in split_units(passage.answer):
            if reach is not None and used > reach:
                break
            texts.add(unit)
            used += len(unit)
        if config.title_in_chunks and passage.title:
            texts.add(f"{passage.title}: ")
    ordered = sorted(texts)
    counts = dict(zip(ordered, count_many(ordered)))

    def count(text: str) -> int:
        found = counts.get(text)
        return found if found is not None else count_many([text])[0]

    return count


def _rename(passage: Passage, name: str) -> str:
    """The question asked with an alternate name in place of the title."""
    pattern = re.compile(re.escape(passage.title), re.IGNORECASE) if passage.title else None
    if pattern and pattern.search(passage.question):
        return pattern.sub(lambda _: name, passage.question)
    return f"{name}: {passage.question}"


def split_units(text: str) -> list[str]:
    """Sentences and bullet items, whitespace-normalised (for embedding only)."""
    units: list[str] = []
    for line in text.split("\n"):
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        units.extend(part.strip() for part in _SENTENCE_END.split(line) if part.strip())
    return units


def chunk_text(
    text: str, count_tokens: Callable[[str], int], max_tokens: int, max_chunks: int | None = None
) -> list[str]:
    """Greedily pack sentences into chunks of at most ``max_tokens`` word pieces;
    with ``max_chunks``, only the first chunks (the rest is never counted).

    A single sentence longer than the budget becomes its own chunk; the model then
    sees its first ``max_seq_length`` pieces, which is the best one vector can do.
    """
    if max_chunks is not None and max_chunks < 1:
        return []
    chunks: list[str] = []
    current: list[str] = []
    used = 0
    for unit in split_units(text):
        size = count_tokens(unit)
        if current and used + size > max_tokens:
            chunks.append(" ".join(current))
            current, used = [], 0
            if max_chunks is not None and len(chunks) >= max_chunks:
                return chunks
        current.append(unit)
        used += size
    if current:
        chunks.append(" ".join(current))
    return chunks

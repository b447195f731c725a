"""The one shape that flows from parser to index to API: a question and its answer."""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    """Where a passage came from, as the publisher stated it."""

    document: str  # path relative to the content folder
    url: str | None = None
    byline: str | None = None  # the byline line as printed, e.g. "By Medically reviewed by …"
    reviewed_by: str | None = None
    review_date: str | None = None  # ISO 8601 date
    last_modified: str | None = None  # ISO 8601 date
    site: str | None = None  # publishing site or collection, e.g. "GHR" for MedQuAD records
    line_start: int | None = None  # 1-based line of the question heading
    line_end: int | None = None  # 1-based last line of the answer


@dataclass(frozen=True)
class Passage:
    """One question heading and its verbatim answer, with the context a reader needs."""

    id: str
    title: str
    section: str | None
    question: str
    answer: str  # exact source text; never rewritten
    disclaimers: tuple[str, ...] = ()
    source: Source = field(default_factory=lambda: Source(document=""))
    # Other names the article gives its subject ("also called cervical insufficiency").
    # Used for retrieval only; never shown as if it were source text.
    alt_names: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """A JSON-ready dict (tuples become lists)."""
        data = asdict(self)
        data["disclaimers"] = list(self.disclaimers)
        data["alt_names"] = list(self.alt_names)
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Passage":
        """Inverse of :meth:`to_dict`."""
        return cls(
            id=data["id"],
            title=data["title"],
            section=data.get("section"),
            question=data["question"],
            answer=data["answer"],
            disclaimers=tuple(data.get("disclaimers") or ()),
            source=Source(**data["source"]),
            alt_names=tuple(data.get("alt_names") or ()),
        )


_SLUG_STRIP = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII slug, for ids and URLs."""
    slug = _SLUG_STRIP.sub("-", text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "doc"


def stable_passage_id(document: str, question: str) -> str:
    """An id that stays the same while the document path and question text do.

    Readable prefix (the document) plus a short hash of the question, so a
    reworded answer keeps its permalink but a different question gets a new one.
    """
    stem = document.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    digest = hashlib.sha1(f"{document}\n{question.strip()}".encode("utf-8")).hexdigest()[:10]
    return f"{slugify(stem, 40)}-{digest}"

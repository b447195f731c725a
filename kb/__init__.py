"""A searchable health-FAQ knowledge base: verbatim passages, semantic retrieval."""

from .errors import (
    BuildInProgress,
    ContentError,
    IndexMismatch,
    IndexNotFound,
    KBError,
    ModelChangeRefused,
    ModelUnavailable,
    QueryError,
)
from .passage import Passage, Source
from .search import Hit, KnowledgeBase, SearchResult

__all__ = [
    "BuildInProgress",
    "ContentError",
    "Hit",
    "IndexMismatch",
    "IndexNotFound",
    "KBError",
    "KnowledgeBase",
    "ModelChangeRefused",
    "ModelUnavailable",
    "Passage",
    "QueryError",
    "SearchResult",
    "Source",
]

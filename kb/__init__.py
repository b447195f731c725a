"""A searchable health-FAQ knowledge base: verbatim passages, semantic retrieval."""

from .errors import ContentError, IndexMismatch, IndexNotFound, KBError, ModelUnavailable, QueryError
from .passage import Passage, Source
from .search import Hit, KnowledgeBase, SearchResult

__all__ = [
    "ContentError",
    "Hit",
    "IndexMismatch",
    "IndexNotFound",
    "KBError",
    "KnowledgeBase",
    "ModelUnavailable",
    "Passage",
    "QueryError",
    "SearchResult",
    "Source",
]

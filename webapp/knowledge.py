"""The knowledge base a request answers from: one version for the whole request."""

from __future__ import annotations

from flask import current_app, g

from kb import KnowledgeBase


def knowledge_base() -> KnowledgeBase:
    """The served knowledge base, pinned for this request.

    A new index version published mid-request takes effect from the next request,
    so one response never mixes two versions (results from one, headings from another).
    """
    if "knowledge_base" not in g:
        g.knowledge_base = current_app.extensions["kb"].get()
    return g.knowledge_base

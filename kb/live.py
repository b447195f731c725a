"""The knowledge base a running server answers from, following the index's ``current`` link.

``build_index.py`` publishes a version by moving ``current`` in one rename. Each
request asks :meth:`LiveKnowledgeBase.get` for the knowledge base to use; that reads
the link (one system call) and, when it moved, loads the new version once, sharing
the already loaded model, then answers from it. Requests arriving while it loads
wait for it (about 1.5 s on the MedQuAD index) instead of being answered from the
version that is no longer current, so once any response carries the new version
no later one carries the old. A version that fails to load is logged and skipped:
the server keeps answering from the one it has.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from .errors import KBError
from .index import CURRENT
from .search import KnowledgeBase

logger = logging.getLogger("kb.live")


class LiveKnowledgeBase:
    """Holds the served knowledge base and swaps it when a new index version is published."""

    def __init__(self, knowledge_base: KnowledgeBase, index_dir: str | Path | None = None):
        """
        Args:
            knowledge_base: the version loaded at start-up.
            index_dir: the folder whose ``current`` link to follow; None serves
                ``knowledge_base`` for good (tests, hand-copied plain folders).
        """
        self._knowledge_base = knowledge_base
        self._link = Path(index_dir) / CURRENT if index_dir is not None else None
        self._lock = threading.Lock()
        self._serving_target = self._target()
        self._failed_target: str | None = None
        self.last_error: str | None = None

    def get(self) -> KnowledgeBase:
        """The knowledge base to answer this request from (the newest published one)."""
        target = self._target()
        if target is None or target == self._serving_target or target == self._failed_target:
            return self._knowledge_base
        with self._lock:
            # Another thread may have loaded it while this one waited for the lock.
            if target != self._serving_target and target != self._failed_target:
                self._load(target)
        return self._knowledge_base

    def _target(self) -> str | None:
        if self._link is None:
            return None
        try:
            return os.readlink(self._link)
        except OSError:  # a plain folder without a link, or the link is being replaced
            return None

    def _load(self, target: str) -> None:
        current = self._knowledge_base
        try:
            loaded = KnowledgeBase.open(
                self._link.parent / target, encoder=current.encoder, min_score=current.configured_min_score
            )
        except KBError as error:
            self._failed_target = target
            self.last_error = str(error)
            logger.error("new index version not loaded, still serving %s: %s", current.index.version, error)
            return
        loaded.dense_weight = current.dense_weight
        loaded.intent_bonus = current.intent_bonus
        self._knowledge_base = loaded  # one reference assignment: requests see old or new, never a mix
        self._serving_target = target
        self._failed_target = None
        self.last_error = None
        logger.info("now serving index version %s (was %s)", loaded.index.version, current.index.version)
        if loaded.calibration:
            logger.info("%s", loaded.calibration.describe())

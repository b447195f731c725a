"""One log line per request, without the health question in it.

Logged: a request id (also returned as X-Request-Id), method, path without its query
string, status, duration, index version and the ids of passages returned. Never the
query text or the client address, so a log line cannot tie a person to a question.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid

from flask import Flask, g, request

from .knowledge import knowledge_base

logger = logging.getLogger("webapp.requests")
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def register(app: Flask) -> None:
    @app.before_request
    def start_timer():
        incoming = request.headers.get("X-Request-Id", "")
        # A caller's id is kept only when it is a plain token: a forged one could
        # otherwise smuggle newlines or fake fields into the log.
        g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        g.started = time.perf_counter()
        g.result_ids = []

    @app.after_request
    def log_request(response):
        response.headers["X-Request-Id"] = g.get("request_id", "")
        if request.path.startswith("/static/"):
            return response
        record = {
            "request_id": g.get("request_id"),
            "method": request.method,
            # Never request.full_path: the query string holds the question. An unmatched
            # path is anything a client typed (a question, forged log text): left out.
            "path": request.path if request.url_rule is not None else "(no route)",
            "status": response.status_code,
            "ms": round((time.perf_counter() - g.get("started", time.perf_counter())) * 1000, 1),
            "results": g.get("result_ids", []),
            "index_version": knowledge_base().index.version,
        }
        logger.info(json.dumps(record, ensure_ascii=True))
        return response


def note_results(passage_ids: list[str]) -> None:
    """Record which passages a request returned (logged, without the query)."""
    g.result_ids = passage_ids

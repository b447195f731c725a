"""The JSON API for other services, under /api/v1."""

from __future__ import annotations

from flask import Blueprint, current_app, request

from .errors import BadRequest
from .openapi import openapi_document
from .present import knowledge_base, passage_json, result_json, run_search

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.route("/search", methods=["GET", "POST"])
def search():
    """Search: ``?q=TEXT&k=N&min_score=S`` (or a JSON body with the same keys, by POST)
    → ranked verbatim passages, or ``answered: false``."""
    if request.method == "POST":
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            raise BadRequest("invalid_json", "the body must be a JSON object such as {\"q\": \"…\", \"k\": 5}")
        result = run_search(body.get("q"), body.get("k"), body.get("min_score"))
    else:
        result = run_search(request.args.get("q"), request.args.get("k"), request.args.get("min_score"))
    response = result_json(result)
    return response, 200, {"Cache-Control": "no-store"}


@bp.get("/passages/<passage_id>")
def passage(passage_id: str):
    """One passage by id, verbatim, with the page-wide disclaimer."""
    found = knowledge_base().get(passage_id)
    if found is None:
        raise BadRequest("passage_not_found", f"no passage has the id {passage_id!r}", status=404)
    body = {**passage_json(found), "disclaimer": current_app.config["KB_DISCLAIMER"]}
    # Passage text changes only with a new index version; clients may cache it briefly.
    return body, 200, {"Cache-Control": "public, max-age=300"}


@bp.get("/info")
def info():
    """The served index's manifest: model, counts, build time, content checksum."""
    manifest = knowledge_base().manifest
    keys = ("version", "model", "dimension", "document_count", "passage_count", "vector_count", "vector_index",
            "content_checksum", "built_at", "build_seconds")
    return {key: manifest.get(key) for key in keys}, 200, {"Cache-Control": "no-cache"}


@bp.get("/openapi.json")
def openapi():
    """The OpenAPI 3 document describing these endpoints."""
    return openapi_document(), 200, {"Cache-Control": "public, max-age=3600"}

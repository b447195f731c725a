"""The JSON API for other services, under /api/v1."""

from __future__ import annotations

from flask import Blueprint, request

from .present import result_json, run_search

bp = Blueprint("api", __name__, url_prefix="/api/v1")


@bp.get("/search")
def search():
    """Search: ``?q=TEXT&k=N&min_score=S`` → ranked verbatim passages or ``answered: false``."""
    result = run_search(request.args.get("q"), request.args.get("k"), request.args.get("min_score"))
    response = result_json(result)
    return response, 200, {"Cache-Control": "no-store"}

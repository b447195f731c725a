"""Server-rendered pages for visitors (plain HTML forms; no JavaScript needed)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from .errors import BadRequest
from .present import NO_ANSWER, answer_blocks, hit_context, knowledge_base, run_search

bp = Blueprint("pages", __name__)


@bp.get("/")
def search_page():
    """The search form, and the results for ``?q=`` when given (so results can be shared)."""
    query = request.args.get("q", "")
    context = {
        "query": query,
        "result": None,
        "hits": [],
        "error": None,
        "no_answer": NO_ANSWER,
        "disclaimer": current_app.config["KB_DISCLAIMER"],
    }
    if query.strip():
        try:
            result = run_search(query, None, None)
        except BadRequest as error:
            context["error"] = error.message
            return render_template("search.html", **context), error.status
        context["result"] = result
        context["hits"] = [hit_context(hit) for hit in result.hits]
    response = current_app.make_response(render_template("search.html", **context))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/passages/<passage_id>")
def passage_page(passage_id: str):
    """A passage's permalink: the answer with its article context and disclaimers."""
    passage = knowledge_base().get(passage_id)
    if passage is None:
        abort(404, description="No passage has this id. It may have been removed in a newer version of the article.")
    siblings = [p for p in knowledge_base().passages if p.source.document == passage.source.document]
    return render_template(
        "passage.html", passage=passage, blocks=answer_blocks(passage.answer), siblings=siblings
    )

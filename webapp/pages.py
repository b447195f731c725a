"""Server-rendered pages for visitors (plain HTML forms; no JavaScript needed)."""

from __future__ import annotations

from flask import Blueprint, abort, current_app, render_template, request

from .errors import BadRequest
from .highlight import query_stems
from .present import (
    NO_ANSWER,
    answer_blocks,
    hit_context,
    knowledge_base,
    related_questions,
    review_overdue,
    run_search,
)

bp = Blueprint("pages", __name__)


@bp.route("/", methods=["GET", "POST"])
def search_page():
    """The search form, and the results for ``?q=`` (shareable) or a POSTed ``q`` (kept out of URLs)."""
    query = (request.form if request.method == "POST" else request.args).get("q", "")
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
        context["stems"] = query_stems(result.searched)
        if not result.answered:
            context["related"] = related_questions(result.searched)
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
        "passage.html",
        passage=passage,
        blocks=answer_blocks(passage.answer),
        siblings=siblings,
        overdue=review_overdue(passage),
    )


@bp.get("/browse")
def browse():
    """Every article with its sections and question headings; ``?filter=`` narrows by words."""
    words = request.args.get("filter", "").lower().split()
    articles: dict[str, dict] = {}
    for passage in knowledge_base().passages:
        haystack = f"{passage.title} {passage.section or ''} {passage.question}".lower()
        if words and not all(word in haystack for word in words):
            continue
        article = articles.setdefault(passage.source.document, {"title": passage.title, "sections": {}})
        article["sections"].setdefault(passage.section, []).append(passage)
    ordered = sorted(articles.values(), key=lambda a: a["title"].lower())
    total = sum(len(qs) for a in ordered for qs in a["sections"].values())
    return render_template("browse.html", articles=ordered, filter=request.args.get("filter", ""), total=total)

"""Turning search results into what the API returns and the page shows.

Nothing here changes passage text: the API gets it as stored; the page splits it
into paragraphs and list items at line boundaries and shows each piece as written.
"""

from __future__ import annotations

import math
import re
from datetime import date, timedelta

from flask import current_app

from kb import Hit, Passage, QueryError, SearchResult

from .errors import BadRequest
from .knowledge import knowledge_base
from .requestlog import note_results

NO_ANSWER = (
    "No approved answer was found for this question. Please consult a doctor or another "
    "qualified health professional."
)
_BULLET = re.compile(r"^(\s*)([•●▪◦‣∙·*\-–])\s+")


def parse_search_args(q: object, k: object, min_score: object) -> tuple[str, int, float | None]:
    """Read raw request values (strings from a query string, or JSON values) strictly."""
    if q is None or (isinstance(q, str) and not q.strip()):
        raise BadRequest("missing_query", "the q parameter is required: type a question")
    if not isinstance(q, str):
        raise BadRequest("invalid_query", "q must be a string")
    k_value = current_app.config["KB_DEFAULT_K"] if k is None else _as_int(k)
    score_value = None if min_score is None else _as_float(min_score)
    return q, k_value, score_value


def _as_int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():  # JSON's 5.0 is the integer 5
        return int(value)
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    raise BadRequest("invalid_parameter", "k must be a whole number from 1 to 50")


def _as_float(value: object) -> float:
    try:
        number = float(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else math.nan
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise BadRequest("invalid_parameter", "min_score must be a number from 0 to 1")
    return number


def run_search(q: object, k: object, min_score: object) -> SearchResult:
    """The one search both blueprints call: validate, search, map library errors."""
    query, k_value, score_value = parse_search_args(q, k, min_score)
    try:
        result = knowledge_base().search(query, k=k_value, min_score=score_value)
    except QueryError as error:
        code = "invalid_query" if "query" in str(error) else "invalid_parameter"
        raise BadRequest(code, str(error)) from None
    note_results([hit.passage.id for hit in result.hits])
    return result


def passage_json(passage: Passage, score: float | None = None) -> dict:
    """A passage as the API returns it (text fields exactly as stored)."""
    data = {
        "id": passage.id,
        "title": passage.title,
        "section": passage.section,
        "question": passage.question,
        "answer": passage.answer,
        "disclaimers": list(passage.disclaimers),
        "source": {
            "document": passage.source.document,
            "url": passage.source.url,
            "byline": passage.source.byline,
            "reviewed_by": passage.source.reviewed_by,
            "review_date": passage.source.review_date,
            "last_modified": passage.source.last_modified,
            "site": passage.source.site,
            "lines": [passage.source.line_start, passage.source.line_end]
            if passage.source.line_start is not None
            else None,
        },
    }
    if score is not None:
        data = {"id": data.pop("id"), "score": round(score, 4), **data}
    return data


def result_json(result: SearchResult) -> dict:
    body = {
        "query": result.query,
        "searched_for": result.searched,
        "answered": result.answered,
        "results": [passage_json(hit.passage, hit.score) for hit in result.hits],
        "disclaimer": current_app.config["KB_DISCLAIMER"],
        "min_score": result.min_score,
        "index_version": result.index_version,
    }
    if not result.answered:
        body["message"] = NO_ANSWER
    return body


def answer_blocks(answer: str) -> list[dict]:
    """Split an answer into paragraphs and bullet lists for display.

    Returns ``[{"kind": "p", "text": …}, {"kind": "ul", "items": […]}]``; every
    piece is a slice of the answer, only the bullet marks are left to the list.
    """
    blocks: list[dict] = []
    paragraph: list[str] = []

    def flush():
        if paragraph:
            blocks.append({"kind": "p", "text": "\n".join(paragraph)})
            paragraph.clear()

    for line in answer.split("\n"):
        line = line.rstrip("\r")
        bullet = _BULLET.match(line)
        if bullet:
            flush()
            item = line[bullet.end():]
            if blocks and blocks[-1]["kind"] == "ul":
                blocks[-1]["items"].append(item)
            else:
                blocks.append({"kind": "ul", "items": [item]})
        elif line.strip():
            if blocks and blocks[-1]["kind"] == "ul" and not paragraph and line[:1].isspace():
                blocks[-1]["items"][-1] += "\n" + line.strip()  # continuation of a list item
            else:
                paragraph.append(line.strip())
        else:
            flush()
    flush()
    return blocks


def hit_context(hit: Hit) -> dict:
    return {
        "passage": hit.passage,
        "score": hit.score,
        "blocks": answer_blocks(hit.passage.answer),
        "overdue": review_overdue(hit.passage),
    }


def review_overdue(passage: Passage, today: date | None = None) -> bool:
    """True when the passage's last review is older than KB_REVIEW_MAX_AGE_DAYS (or unknown)."""
    reviewed = passage.source.review_date or passage.source.last_modified
    if not reviewed:
        return False
    limit = timedelta(days=current_app.config["KB_REVIEW_MAX_AGE_DAYS"])
    return (today or date.today()) - date.fromisoformat(reviewed) > limit


RELATED_HEADINGS = 5


def related_questions(query: str) -> list[Passage]:
    """Nearest question headings for a query that got no answer: offered as links, never as answers."""
    result = knowledge_base().search(query, k=RELATED_HEADINGS, min_score=0.0)
    return [hit.passage for hit in result.hits]


def copy_text(passage: Passage, disclaimer: str) -> str:
    """What "Copy answer" puts on the clipboard: the approved answer exactly, then its source and disclaimers."""
    source = passage.source
    parts = [f"{passage.title}" + (f" › {passage.section}" if passage.section else "") + f" › {passage.question}"]
    details = [d for d in (
        f"Reviewed by {source.reviewed_by}" if source.reviewed_by else None,
        f"review date {source.review_date}" if source.review_date else None,
        f"last modified {source.last_modified}" if source.last_modified else None,
        source.url or source.document,
    ) if d]
    parts.append("Source: " + "; ".join(details))
    return "\n\n".join([passage.answer, *parts, *passage.disclaimers, disclaimer])

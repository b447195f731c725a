"""The OpenAPI 3 description of /api/v1, served at /api/v1/openapi.json.

Kept beside the views it describes; tests check every API route is described and
validate real responses against these schemas.
"""

from __future__ import annotations

from kb.search import BLANK_RANGES, MAX_QUERY_CHARS

_NULLABLE_STRING = {"type": ["string", "null"]}

SOURCE = {
    "type": "object",
    "required": ["document", "url", "reviewed_by", "review_date", "last_modified"],
    "properties": {
        "document": {"type": "string", "description": "path of the source file in the content folder"},
        "url": _NULLABLE_STRING,
        "byline": _NULLABLE_STRING,
        "reviewed_by": _NULLABLE_STRING,
        "review_date": {"type": ["string", "null"], "format": "date"},
        "last_modified": {"type": ["string", "null"], "format": "date"},
        "site": _NULLABLE_STRING,
        "lines": {"type": ["array", "null"], "items": {"type": "integer"}, "minItems": 2, "maxItems": 2},
    },
}
PASSAGE = {
    "type": "object",
    "required": ["id", "title", "section", "question", "answer", "disclaimers", "source"],
    "properties": {
        "id": {"type": "string"},
        "title": {"type": "string"},
        "section": _NULLABLE_STRING,
        "question": {"type": "string"},
        "answer": {"type": "string", "description": "the answer exactly as written in the source"},
        "disclaimers": {"type": "array", "items": {"type": "string"}},
        "source": {"$ref": "#/components/schemas/Source"},
    },
}
RESULT = {"allOf": [{"$ref": "#/components/schemas/Passage"}, {
    "type": "object", "required": ["score"], "properties": {"score": {"type": "number"}},
}]}
SEARCH_RESPONSE = {
    "type": "object",
    "required": ["query", "searched_for", "answered", "results", "disclaimer", "min_score", "index_version"],
    "properties": {
        "query": {"type": "string"},
        "searched_for": {
            "type": "string",
            "description": "the query as searched: other languages' health words in English, misspelt words in the knowledge base's spelling",
        },
        "answered": {
            "type": "boolean",
            "description": "false: no approved answer (no passage cleared min_score, or the question asks a cost, "
            "where to buy or a medicine's side effects, dose or interactions and the best passage does not say)",
        },
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}},
        "disclaimer": {"type": "string"},
        "min_score": {
            "type": "number",
            "description": "the score an answer had to reach: the one given, or the index's calibrated threshold "
            "(lower for a query whose every topic word the best article uses)",
        },
        "index_version": {"type": "string"},
        "message": {"type": "string", "description": "present when answered is false"},
    },
}
ERROR = {
    "type": "object",
    "required": ["error"],
    "additionalProperties": False,
    "properties": {"error": {
        "type": "object",
        "required": ["code", "message"],
        "additionalProperties": False,
        "properties": {"code": {"type": "string"}, "message": {"type": "string"}},
    }},
}
INFO = {
    "type": "object",
    "required": ["version", "model", "dimension", "document_count", "passage_count", "vector_count",
                 "content_checksum", "built_at"],
    "properties": {
        "version": {"type": "string"}, "model": {"type": "string"}, "dimension": {"type": "integer"},
        "document_count": {"type": "integer"}, "passage_count": {"type": "integer"},
        "vector_count": {"type": "integer"}, "vector_index": {"type": ["string", "null"]}, "content_checksum": {"type": "string"},
        "built_at": {"type": "string"}, "build_seconds": {"type": ["number", "null"]},
    },
}
# At least one character that is not blank (kb.search.BLANK_RANGES: whitespace, control
# characters, a byte-order mark); lone surrogates are left out, as JSON text cannot hold them.
_VISIBLE = "[^" + "".join(f"\\u{ord(a):04x}-\\u{ord(b):04x}" for a, b in BLANK_RANGES if a != "\ud800") + "]"
QUERY = {"type": "string", "minLength": 1, "maxLength": MAX_QUERY_CHARS, "pattern": _VISIBLE}
K = {"type": "integer", "minimum": 1, "maximum": 50, "default": 5}
MIN_SCORE = {"type": "number", "minimum": 0, "maximum": 1}
SEARCH_BODY = {
    "type": "object",
    "required": ["q"],
    "properties": {
        "q": QUERY,
        # In a JSON body, null means "not given" (the default), as an absent key does.
        "k": {**K, "type": ["integer", "null"]},
        "min_score": {**MIN_SCORE, "type": ["number", "null"]},
    },
}


def _json(schema_name: str, description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_name}"}}}}


def _errors(*statuses: int) -> dict:
    return {str(status): _json("Error", "error") for status in statuses}


def openapi_document() -> dict:
    """The OpenAPI 3.1 document for this API."""
    search_parameters = [
        {"name": "q", "in": "query", "required": True, "schema": QUERY,
         "description": "the question, in the visitor's words"},
        {"name": "k", "in": "query", "required": False, "schema": K},
        {"name": "min_score", "in": "query", "required": False, "schema": MIN_SCORE,
         "description": "overrides the no-answer threshold; 0 returns the raw top-k ranking"},
    ]
    search_responses = {"200": _json("SearchResponse", "ranked verbatim passages, or answered: false"),
                        **_errors(400, 413)}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Health-FAQ knowledge base",
            "version": "1",
            "description": "Approved health answers, returned verbatim with their source and disclaimers. "
                           "Nothing is generated. When nothing matches well enough, answered is false.",
        },
        "paths": {
            "/api/v1/search": {
                "get": {"summary": "Search approved answers", "operationId": "search",
                        "parameters": search_parameters, "responses": search_responses},
                "post": {"summary": "Search approved answers (query in the body)", "operationId": "searchPost",
                         "requestBody": {"required": True,
                                         "content": {"application/json": {"schema": SEARCH_BODY}}},
                         "responses": search_responses},
            },
            "/api/v1/passages/{passage_id}": {
                "get": {"summary": "One passage by id", "operationId": "getPassage",
                        "parameters": [{"name": "passage_id", "in": "path", "required": True,
                                        "schema": {"type": "string"}}],
                        "responses": {"200": _json("PassageResponse", "the passage"), **_errors(404)}},
            },
            "/api/v1/info": {
                "get": {"summary": "The served index's manifest", "operationId": "info",
                        "responses": {"200": _json("Info", "model, counts, build time, checksum")}},
            },
            "/api/v1/openapi.json": {
                "get": {"summary": "This document", "operationId": "openapi",
                        "responses": {"200": {"description": "OpenAPI 3.1 document",
                                              "content": {"application/json": {"schema": {"type": "object"}}}}}},
            },
        },
        "components": {"schemas": {
            "Source": SOURCE,
            "Passage": PASSAGE,
            "Result": RESULT,
            "PassageResponse": {"allOf": [{"$ref": "#/components/schemas/Passage"}, {
                "type": "object", "required": ["disclaimer"], "properties": {"disclaimer": {"type": "string"}}}]},
            "SearchResponse": SEARCH_RESPONSE,
            "Info": INFO,
            "Error": ERROR,
        }},
    }

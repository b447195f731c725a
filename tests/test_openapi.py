"""The OpenAPI document matches the API: every route described, real responses valid."""

from __future__ import annotations

import re

import jsonschema
import pytest

from webapp.openapi import openapi_document


@pytest.fixture(scope="module")
def document():
    return openapi_document()


def validate(document, body, schema_name):
    schema = {"$ref": f"#/components/schemas/{schema_name}", "components": document["components"]}
    jsonschema.validate(body, schema, cls=jsonschema.Draft202012Validator)


def test_served_document_is_the_module_document(client, document):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert response.get_json() == document
    assert document["openapi"].startswith("3.")


def test_every_api_route_and_method_is_described(app, document):
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/"):
            path = re.sub(r"<(?:[^:>]+:)?([^>]+)>", r"{\1}", rule.rule)
            routes |= {(path, m.lower()) for m in rule.methods - {"HEAD", "OPTIONS"}}
    described = {(path, method) for path, item in document["paths"].items() for method in item}
    assert routes == described


@pytest.mark.parametrize(
    "request_args, status, schema",
    [
        (("get", "/api/v1/search?q=cerclage"), 200, "SearchResponse"),
        (("get", "/api/v1/search?q=how+to+cook+rice"), 200, "SearchResponse"),
        (("get", "/api/v1/search?q=incompetent+cervix&k=50&min_score=0"), 200, "SearchResponse"),
        (("get", "/api/v1/search"), 400, "Error"),
        (("get", "/api/v1/search?q=x&k=0"), 400, "Error"),
        (("get", "/api/v1/passages/flu-vaccine-who"), 200, "PassageResponse"),
        (("get", "/api/v1/passages/ghr-sample-1"), 200, "PassageResponse"),
        (("get", "/api/v1/passages/nope"), 404, "Error"),
        (("get", "/api/v1/info"), 200, "Info"),
        (("get", "/api/v1/nowhere"), 404, "Error"),
        (("put", "/api/v1/search"), 405, "Error"),
    ],
)
def test_real_responses_match_their_schema(client, document, request_args, status, schema):
    method, url = request_args
    response = getattr(client, method)(url)
    assert response.status_code == status
    validate(document, response.get_json(), schema)


def test_post_search_response_matches(client, document):
    response = client.post("/api/v1/search", json={"q": "cerclage", "k": 3})
    validate(document, response.get_json(), "SearchResponse")

"""The JSON API's contract and its error cases."""

from __future__ import annotations

import pytest

RESULT_KEYS = {"id", "score", "title", "section", "question", "answer", "disclaimers", "source"}
SOURCE_KEYS = {"document", "url", "reviewed_by", "review_date", "last_modified"}


def test_search_contract(client):
    response = client.get("/api/v1/search", query_string={"q": "symptoms of a weak cervix", "k": 3})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    assert body["query"] == body["searched_for"] == "symptoms of a weak cervix"
    assert body["answered"] is True
    assert isinstance(body["disclaimer"], str) and body["disclaimer"]
    assert 1 <= len(body["results"]) <= 3
    top = body["results"][0]
    assert RESULT_KEYS <= set(top)
    assert SOURCE_KEYS <= set(top["source"])
    assert top["question"] == "What are the symptoms of incompetent cervix?"
    assert top["title"] == "Incompetent cervix"
    assert top["section"] is None
    assert top["source"]["review_date"] == "2017-11-17"
    assert top["source"]["last_modified"] == "2019-12-08"
    assert len(top["disclaimers"]) == 2
    assert 0 < top["score"] <= 1


def test_a_corrected_spelling_is_reported_beside_the_query(client):
    body = client.get("/api/v1/search", query_string={"q": "incompitent cervix symtoms"}).get_json()
    assert body["query"] == "incompitent cervix symtoms"
    assert body["searched_for"] == "incompetent cervix symptoms"
    assert body["results"][0]["question"] == "What are the symptoms of incompetent cervix?"


def test_default_k_is_five(client):
    body = client.get("/api/v1/search?q=incompetent+cervix&min_score=0").get_json()
    assert len(body["results"]) == 5


def test_no_answer_says_so(client):
    body = client.get("/api/v1/search?q=price+of+dental+braces").get_json()
    assert body["answered"] is False
    assert body["results"] == []
    assert "No approved answer" in body["message"]


def test_min_score_zero_gives_raw_ranking(client):
    body = client.get("/api/v1/search?q=price+of+dental+braces&min_score=0&k=4").get_json()
    assert body["answered"] is True and len(body["results"]) == 4


@pytest.mark.parametrize(
    "query_string, code",
    [
        ({}, "missing_query"),
        ({"q": ""}, "missing_query"),
        ({"q": "   "}, "missing_query"),
        ({"q": "x" * 2001}, "invalid_query"),
        ({"q": "ok", "k": "0"}, "invalid_parameter"),
        ({"q": "ok", "k": "51"}, "invalid_parameter"),
        ({"q": "ok", "k": "abc"}, "invalid_parameter"),
        ({"q": "ok", "k": "2.5"}, "invalid_parameter"),
        ({"q": "ok", "k": "-1"}, "invalid_parameter"),
        ({"q": "ok", "min_score": "nan"}, "invalid_parameter"),
        ({"q": "ok", "min_score": "inf"}, "invalid_parameter"),
        ({"q": "ok", "min_score": "2"}, "invalid_parameter"),
        ({"q": "ok", "min_score": "high"}, "invalid_parameter"),
    ],
)
def test_bad_requests_get_400_and_the_error_shape(client, query_string, code):
    response = client.get("/api/v1/search", query_string=query_string)
    assert response.status_code == 400
    body = response.get_json()
    assert set(body) == {"error"}
    assert body["error"]["code"] == code
    assert body["error"]["message"]


def test_unknown_api_path_is_json_404(client):
    response = client.get("/api/v1/nothing")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_healthz(client, knowledge_base):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok", "index_version": knowledge_base.index.version}


def test_passage_by_id_is_verbatim_and_cacheable(client, knowledge_base):
    passage = knowledge_base.get("flu-vaccine-who")
    response = client.get("/api/v1/passages/flu-vaccine-who")
    assert response.status_code == 200
    assert "max-age" in response.headers["Cache-Control"]
    body = response.get_json()
    assert body["answer"] == passage.answer
    assert body["question"] == "Who should get a flu shot?"
    assert body["source"]["url"] == "https://example.org/flu"
    assert body["disclaimer"]


def test_unknown_passage_is_a_json_404(client):
    response = client.get("/api/v1/passages/nope")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "passage_not_found"


def test_info_returns_the_manifest(client, knowledge_base):
    body = client.get("/api/v1/info").get_json()
    assert body["version"] == knowledge_base.index.version
    assert body["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert body["passage_count"] == 12 and body["document_count"] == 3
    assert len(body["content_checksum"]) == 64 and body["built_at"]


def test_post_search_with_a_json_body(client):
    response = client.post("/api/v1/search", json={"q": "cerclage", "k": 2, "min_score": 0})
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "no-store"
    body = response.get_json()
    assert body["query"] == "cerclage" and len(body["results"]) == 2
    assert body["results"][0]["question"] == "How is incompetent cervix treated?"


@pytest.mark.parametrize(
    "kwargs, code",
    [
        ({"data": "not json", "content_type": "application/json"}, "invalid_json"),
        ({"json": ["q"]}, "invalid_json"),
        ({"json": {"k": 3}}, "missing_query"),
        ({"json": {"q": 5}}, "invalid_query"),
        ({"json": {"q": "ok", "k": "many"}}, "invalid_parameter"),
        ({"json": {"q": "ok", "k": True}}, "invalid_parameter"),
        ({"json": {"q": "ok", "min_score": "nan"}}, "invalid_parameter"),
    ],
)
def test_bad_post_bodies_get_400(client, kwargs, code):
    response = client.post("/api/v1/search", **kwargs)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == code


def test_wrong_method_is_a_json_405(client):
    response = client.delete("/api/v1/search")
    assert response.status_code == 405
    assert response.get_json()["error"]["code"] == "method_not_allowed"


def test_oversized_body_is_refused_before_work(client):
    response = client.post("/api/v1/search", data=b"{" + b" " * 20000 + b"}", content_type="application/json")
    assert response.status_code == 413
    assert response.get_json()["error"]["code"] == "request_entity_too_large"


def test_no_cors_headers_by_default(client):
    response = client.get("/api/v1/search?q=cerclage", headers={"Origin": "https://partner.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


def test_configured_cors_origin_is_allowed_and_others_are_not(knowledge_base, index_dir):
    from webapp import create_app

    app = create_app({"KB_INDEX_DIR": str(index_dir), "KB_CORS_ORIGINS": "https://partner.example"},
                     knowledge_base=knowledge_base)
    client = app.test_client()
    allowed = client.get("/api/v1/search?q=cerclage", headers={"Origin": "https://partner.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://partner.example"
    preflight = client.options("/api/v1/search", headers={
        "Origin": "https://partner.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert preflight.headers["Access-Control-Allow-Origin"] == "https://partner.example"
    other = client.get("/api/v1/search?q=cerclage", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers
    page = client.get("/", headers={"Origin": "https://partner.example"})
    assert "Access-Control-Allow-Origin" not in page.headers

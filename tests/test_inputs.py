"""Bad input of every kind: a 4xx in the error shape, quickly, and the next request served."""

from __future__ import annotations

import time

import pytest

from webapp import create_app
from webapp.inputs import text_is_well_formed


@pytest.mark.parametrize(
    "raw, ok",
    [
        (b"q=weak+cervix", True),
        (b"q=caf%C3%A9", True),
        (b"q=50%25+chance", True),
        (b"q=%FF%FE", False),  # not UTF-8
        (b"q=%C3", False),  # a truncated UTF-8 sequence
        (b"q=%zz", False),
        (b"q=100%", False),
        (b"q=\xff", False),  # a raw byte that is not UTF-8
    ],
)
def test_text_is_well_formed(raw, ok):
    assert text_is_well_formed(raw) is ok


@pytest.mark.parametrize("path", ["/api/v1/search?q=%FF%FE", "/api/v1/search?q=heart%zz", "/api/v1/search?q=%C3"])
def test_badly_encoded_api_queries_get_400_in_the_error_shape(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert response.get_json() == {
        "error": {"code": "invalid_encoding", "message": "the query string is not valid UTF-8 with %-escapes"}
    }
    assert client.get("/api/v1/search?q=cervical+stitch").get_json()["answered"] is True


def test_badly_encoded_page_queries_and_forms_get_the_error_page(client):
    response = client.get("/?q=%FF")
    assert response.status_code == 400 and response.mimetype == "text/html"
    response = client.post("/", data=b"q=%FF", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400 and "not valid UTF-8" in response.get_data(as_text=True)


@pytest.mark.parametrize("query", ["\x00", "%00%00", "\x1b\x07", "\u3000\ufeff"])
def test_queries_of_only_control_characters_are_empty(client, query):
    response = client.get("/api/v1/search", query_string={"q": query.replace("%00", "\x00")})
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_query"


def test_control_characters_inside_a_query_are_dropped(client):
    body = client.get("/api/v1/search", query_string={"q": "cervical\x00 stitch\x1b[31m"}).get_json()
    assert body["query"] == "cervical stitch [31m"
    assert body["answered"] is True


def test_a_100_kb_query_is_refused_quickly_and_the_next_is_served(client):
    started = time.perf_counter()
    response = client.get("/api/v1/search", query_string={"q": "why " * 25_000})
    assert response.status_code == 400
    assert "longer than 2000 characters" in response.get_json()["error"]["message"]
    response = client.post("/api/v1/search", json={"q": "why " * 25_000})
    assert response.status_code == 413
    page = client.get("/", query_string={"q": "why " * 25_000})
    assert page.status_code == 400 and page.mimetype == "text/html"
    assert time.perf_counter() - started < 5  # refused before any search work (generous for a shared machine)
    assert client.get("/api/v1/search?q=cervical+stitch").status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/search?q=x&k=1e3", "/api/v1/search?q=x&k=%20", "/api/v1/search?q=x&min_score=-0.1"])
def test_out_of_range_parameters(client, path):
    response = client.get(path)
    assert response.status_code == 400
    assert response.get_json()["error"]["code"] == "invalid_parameter"


def test_unknown_methods_get_405_with_allow(client):
    response = client.delete("/api/v1/search?q=x")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) >= {"GET", "POST"}
    assert response.get_json()["error"]["code"] == "method_not_allowed"


@pytest.fixture()
def failing_app(knowledge_base, index_dir):
    """The production configuration (not TESTING, debug off) with a route that fails."""
    app = create_app({"KB_INDEX_DIR": str(index_dir)}, knowledge_base=knowledge_base)

    @app.get("/api/v1/boom")
    def boom():
        raise RuntimeError("secret internal detail /etc/passwd")

    @app.get("/boom")
    def boom_page():
        raise RuntimeError("secret internal detail /etc/passwd")

    return app


def test_an_internal_error_is_a_500_in_the_error_shape_without_trace_text(failing_app, caplog):
    assert failing_app.debug is False
    client = failing_app.test_client()
    response = client.get("/api/v1/boom")
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
    page = client.get("/boom")
    assert page.status_code == 500 and page.mimetype == "text/html"
    for text in (response.get_data(as_text=True), page.get_data(as_text=True)):
        assert "secret" not in text and "Traceback" not in text and "RuntimeError" not in text
    assert "secret internal detail" in caplog.text  # operators still get the trace in the log
    assert client.get("/api/v1/search?q=cervical+stitch").status_code == 200

"""Per-client rate limits: 429 in the error shape, Retry-After, no reset by forged headers."""

from __future__ import annotations

import pytest

from webapp import create_app


@pytest.fixture()
def limited(knowledge_base, index_dir):
    def make(limit="3 per minute", proxies=0):
        app = create_app(
            {"TESTING": True, "KB_INDEX_DIR": str(index_dir), "KB_RATE_LIMIT": limit, "KB_TRUSTED_PROXIES": proxies},
            knowledge_base=knowledge_base,
        )
        return app.test_client()

    return make


def _search(client, address="203.0.113.7", **headers):
    return client.get("/api/v1/search?q=cervical+stitch", environ_base={"REMOTE_ADDR": address}, headers=headers)


def test_over_the_limit_gets_429_in_the_error_shape_with_retry_after(limited):
    client = limited()
    assert [_search(client).status_code for _ in range(3)] == [200, 200, 200]
    response = _search(client)
    assert response.status_code == 429
    assert response.get_json()["error"]["code"] == "rate_limited"
    assert "3 per 1 minute" in response.get_json()["error"]["message"]
    assert 0 < int(response.headers["Retry-After"]) <= 60
    assert response.headers["X-RateLimit-Remaining"] == "0"


def test_pages_over_the_limit_get_the_html_error_page(limited):
    client = limited("1 per minute")
    assert client.get("/?q=cervix").status_code == 200
    response = client.get("/?q=cervix")
    assert response.status_code == 429
    assert response.mimetype == "text/html"
    assert "too many requests" in response.get_data(as_text=True)


def test_health_checks_and_static_files_are_never_limited(limited):
    client = limited("1 per minute")
    assert {client.get("/healthz").status_code for _ in range(5)} == {200}
    statuses = set()
    for _ in range(5):
        with client.get("/static/style.css") as response:  # closes the file it streams
            statuses.add(response.status_code)
    assert statuses == {200}


def test_each_client_address_has_its_own_count(limited):
    client = limited("1 per minute")
    assert _search(client, "203.0.113.7").status_code == 200
    assert _search(client, "203.0.113.7").status_code == 429
    assert _search(client, "198.51.100.9").status_code == 200


def test_a_forged_forwarded_for_header_does_not_reset_the_count(limited):
    client = limited("1 per minute")  # no trusted proxy: the header is ignored
    assert _search(client).status_code == 200
    assert _search(client, **{"X-Forwarded-For": "192.0.2.1"}).status_code == 429


def test_behind_a_trusted_proxy_the_address_it_saw_is_counted(limited):
    client = limited("1 per minute", proxies=1)
    proxy = "10.0.0.2"
    assert _search(client, proxy, **{"X-Forwarded-For": "203.0.113.7"}).status_code == 200
    # The client prepends a fake address; the proxy appends the real one, which is what counts.
    assert _search(client, proxy, **{"X-Forwarded-For": "192.0.2.1, 203.0.113.7"}).status_code == 429
    assert _search(client, proxy, **{"X-Forwarded-For": "198.51.100.9"}).status_code == 200


def test_an_empty_limit_switches_limiting_off(limited):
    client = limited("")
    assert {_search(client).status_code for _ in range(10)} == {200}


def test_the_default_limit_is_60_per_minute(knowledge_base, index_dir):
    client = create_app({"KB_INDEX_DIR": str(index_dir)}, knowledge_base=knowledge_base).test_client()
    statuses = [client.get("/api/v1/info").status_code for _ in range(61)]
    assert statuses[:60] == [200] * 60 and statuses[60] == 429

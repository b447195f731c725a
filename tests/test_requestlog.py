"""Request logs carry ids and timings, never the health question."""

from __future__ import annotations

import json
import logging

CANARY = "zebracanary unusual rash on elbow"


def records(caplog):
    return [json.loads(r.getMessage()) for r in caplog.records if r.name == "webapp.requests"]


def test_canary_query_appears_in_no_log_line(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.get("/", query_string={"q": CANARY})
    client.get("/api/v1/search", query_string={"q": CANARY, "min_score": 0})
    client.post("/api/v1/search", json={"q": CANARY})
    client.post("/", data={"q": CANARY})
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "zebracanary" not in logged and "elbow" not in logged
    assert len(records(caplog)) == 4


def test_log_line_has_request_id_timing_status_and_result_ids(client, caplog):
    caplog.set_level(logging.INFO)
    response = client.get("/api/v1/search?q=cerclage&k=2")
    (record,) = records(caplog)
    assert record["request_id"] == response.headers["X-Request-Id"]
    assert record["path"] == "/api/v1/search" and record["status"] == 200 and record["ms"] >= 0
    assert record["results"] == [r["id"] for r in response.get_json()["results"]]


def test_forged_request_id_is_replaced(client, caplog):
    """Newlines never reach the app (HTTP forbids them in headers); quotes and braces do."""
    caplog.set_level(logging.INFO)
    response = client.get("/healthz", headers={"X-Request-Id": 'abc", "status": 200, "x": "'})
    assert len(response.headers["X-Request-Id"]) == 32 and '"' not in response.headers["X-Request-Id"]
    (record,) = records(caplog)
    assert record["status"] == 200 and set(record) == {"request_id", "method", "path", "status", "ms", "results", "index_version"}
    assert client.get("/healthz", headers={"X-Request-Id": "trace-42"}).headers["X-Request-Id"] == "trace-42"


def test_log_lines_cannot_be_forged_through_the_path(client, caplog, knowledge_base):
    caplog.set_level(logging.INFO)
    forged = '%0A{"status": 200, "path": "admin"}%1B[2J'
    client.get(f"/api/v1/passages/x{forged}")
    client.get(f"/how-do-i-treat-my-herpes{forged}")
    messages = [r.getMessage() for r in caplog.records if r.name == "webapp.requests"]
    assert len(messages) == 2
    for message in messages:
        assert "\n" not in message and "\x1b" not in message  # one line, no terminal escapes
    matched, unmatched = records(caplog)
    assert matched["path"].startswith("/api/v1/passages/x\n") and matched["status"] == 404  # escaped in JSON
    assert unmatched["path"] == "(no route)" and "herpes" not in messages[1]

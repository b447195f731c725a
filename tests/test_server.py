"""The production server (gunicorn with webapp/gunicorn.conf.py), run for real on loopback."""

from __future__ import annotations

import concurrent.futures
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kb.index import build_index
from kb.search import MAX_QUERY_CHARS

from .conftest import ROOT, SEED_ARTICLE

CANARY = "zebracanary swollen ankle"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(index_dir: Path, log: Path, workers: int = 1, **settings: str):
    """gunicorn with the project's config on a free loopback port; yields (base URL, process)."""
    port = free_port()
    env = {**os.environ, "KB_INDEX_DIR": str(index_dir), "KB_BIND": f"127.0.0.1:{port}",
           "KB_WORKERS": str(workers), **settings}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(gunicorn), "-c", "webapp/gunicorn.conf.py", "webapp.wsgi:app"],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/healthz", timeout=2).read()
            break
        except OSError:
            if process.poll() is not None:
                pytest.fail(f"server exited: {log.read_text()}")
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("server did not start in 90 s")
    try:
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture(scope="module")
def server(index_dir, tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "server.log"
    with running_server(index_dir, log, KB_RATE_LIMIT="") as (base, process):
        yield base, process, log


def test_canary_query_reaches_no_server_log(server):
    base, process, log = server
    for url in (f"{base}/api/v1/search?q=zebracanary+swollen+ankle", f"{base}/?q=zebracanary+swollen+ankle"):
        urllib.request.urlopen(url, timeout=10).read()
    time.sleep(0.5)
    text = log.read_text()
    assert "webapp.requests" in text  # the request log is on…
    assert "zebracanary" not in text and "ankle" not in text  # …and holds no query


def test_missing_index_stops_the_server_with_one_message(tmp_path):
    env = {**os.environ, "KB_INDEX_DIR": str(tmp_path / "none"), "KB_BIND": f"127.0.0.1:{free_port()}"}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    result = subprocess.run(
        [str(gunicorn), "-c", "webapp/gunicorn.conf.py", "webapp.wsgi:app"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert f"error: no index found in {tmp_path / 'none'}. Build it with: python build_index.py" in result.stderr
    assert "Traceback" not in result.stderr


def test_publishing_a_new_index_reaches_running_workers_without_a_failed_request(tmp_path, content_dir, encoder):
    index = tmp_path / "index"
    seed_only = tmp_path / "seed"
    seed_only.mkdir()
    shutil.copy(SEED_ARTICLE, seed_only / SEED_ARTICLE.name)
    old = build_index(seed_only, index, encoder).version
    with running_server(index, tmp_path / "server.log", workers=2, KB_RATE_LIMIT="") as (base, _):
        seen: list[list[str]] = [[] for _ in range(4)]
        failures: list[str] = []
        stop = threading.Event()

        def client(log: list[str]) -> None:
            while not stop.is_set():
                try:
                    # A new connection each time, so requests spread over both workers.
                    with urllib.request.urlopen(f"{base}/api/v1/search?q=cervical+stitch", timeout=30) as response:
                        body = json.load(response)
                        assert body["index_version"] == response.headers["X-Index-Version"]
                        log.append(body["index_version"])
                except Exception as error:  # any failure at all is what this test looks for
                    failures.append(repr(error))

        threads = [threading.Thread(target=client, args=(log,)) for log in seen]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        new = build_index(content_dir, index, encoder).version
        deadline = time.monotonic() + 60
        while not all(log and log[-1] == new for log in seen) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        stop.set()
        for thread in threads:
            thread.join()

    assert failures == []
    for log in seen:
        assert log[0] == old and log[-1] == new
        changes = [(a, b) for a, b in zip(log, log[1:]) if a != b]
        assert changes == [(old, new)], "each client sees the version change exactly once"


QUESTIONS = [
    "cervical stitch", "what causes an incompetent cervix", "is cervical insufficiency common",
    "how is it treated", "signs of preterm labour", "what is a cerclage", "risk factors for a weak cervix",
    "can I exercise while pregnant", "how to fix a flat tyre", "symptoms of the condition",
]


def _get_json(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_concurrent_searches_return_what_serial_searches_return(server):
    base, _, _ = server
    urls = [f"{base}/api/v1/search?k=5&min_score=0&q={urllib.parse.quote(q)}" for q in QUESTIONS]
    serial = [_get_json(url) for url in urls]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        concurrent_results = list(pool.map(_get_json, urls * 4))
    for expected, got in zip(serial * 4, concurrent_results):
        assert [r["id"] for r in got["results"]] == [r["id"] for r in expected["results"]]
        assert [r["score"] for r in got["results"]] == pytest.approx([r["score"] for r in expected["results"]], abs=1e-4)


def test_oversized_requests_are_refused_and_the_next_is_served(server):
    base, _, _ = server
    huge = "a" * 100_000
    try:
        urllib.request.urlopen(f"{base}/api/v1/search?q={huge}", timeout=10)
        raise AssertionError("a 100 KB request line was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 414  # gunicorn refuses the request line before the app runs
    body = json.dumps({"q": huge}).encode()
    request = urllib.request.Request(f"{base}/api/v1/search", data=body, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("a 100 KB body was accepted")
    except urllib.error.HTTPError as error:
        assert error.code == 413
        assert json.load(error)["error"]["code"] == "request_entity_too_large"
    assert _get_json(f"{base}/api/v1/search?q=cervical+stitch")["answered"] is True


def test_a_question_of_the_longest_allowed_length_is_served_by_get(server):
    """A consumer's message of MAX_QUERY_CHARS fits gunicorn's request line, percent-encoded."""
    base, _, _ = server
    message = ("my mother has a weak cervix & she is 20 weeks pregnant; what can be done? " * 40)[:MAX_QUERY_CHARS]
    body = _get_json(f"{base}/api/v1/search?{urllib.parse.urlencode({'q': message})}")
    assert len(body["query"]) <= MAX_QUERY_CHARS and body["results"]

"""The production server (gunicorn with webapp/gunicorn.conf.py), run for real on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from .conftest import ROOT

CANARY = "zebracanary swollen ankle"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(index_dir, tmp_path_factory):
    port = free_port()
    log = tmp_path_factory.mktemp("server") / "server.log"
    env = {**os.environ, "KB_INDEX_DIR": str(index_dir), "KB_BIND": f"127.0.0.1:{port}", "KB_WORKERS": "1"}
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
    yield base, process, log
    process.terminate()
    process.wait(timeout=30)


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

"""Measuring helpers: percentiles, child-process resources, the production server, HTTP load."""

from __future__ import annotations

import contextlib
import http.client
import json
import math
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(p / 100 * len(ordered))))
    return ordered[rank - 1]


def summary_ms(seconds: list[float]) -> dict:
    ms = [s * 1000 for s in seconds]
    return {"n": len(ms), "p50": percentile(ms, 50), "p95": percentile(ms, 95), "p99": percentile(ms, 99)}


def run_measured(command: list[str], env: dict | None = None) -> dict:
    """Run a command; its wall time, peak resident memory and exit status."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})},
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    with process.stdout:
        output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}):\n{output[-3000:]}")
    # The child's own high-water mark when it reports one (see benchmarks/peak.py); ru_maxrss
    # would include this process's memory at the fork.
    own = re.search(r"^peak-rss-kb (\d+)$", output, re.MULTILINE)
    peak_kb = int(own.group(1)) if own else usage.ru_maxrss
    return {"seconds": time.perf_counter() - started, "peak_rss_mb": peak_kb / 1024, "output": output}


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pss_mb(pid: int) -> float:
    """Proportional set size: shared pages (the memory-mapped vectors) split among the
    processes mapping them, so summing it over workers gives their real footprint."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    base: str
    process: subprocess.Popen
    started_seconds: float

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        return [int(pid) for pid in children]


@contextlib.contextmanager
def production_server(index_dir: Path, workers: int = 2, threads: int = 4, **settings: str):
    """gunicorn with webapp/gunicorn.conf.py on loopback, rate limits off (one client address)."""
    port = free_port()
    env = {**os.environ, "KB_INDEX_DIR": str(index_dir), "KB_BIND": f"127.0.0.1:{port}",
           "KB_WORKERS": str(workers), "KB_THREADS": str(threads), "KB_RATE_LIMIT": "", **settings}
    gunicorn = Path(sys.executable).with_name("gunicorn")
    started = time.perf_counter()
    process = subprocess.Popen([str(gunicorn), "-c", "webapp/gunicorn.conf.py", "webapp.wsgi:app"],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    server = None
    try:
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"{base}/healthz", timeout=2).read()
                server = Server(base, process, time.perf_counter() - started)
                # Every worker answers before measuring (each loads the index itself).
                while len(server.worker_pids()) < workers:
                    time.sleep(0.2)
                for _ in range(workers * 4):
                    urllib.request.urlopen(f"{base}/healthz", timeout=30).read()
                break
            if process.poll() is not None:
                raise RuntimeError("the server exited during start-up")
            time.sleep(0.2)
        if server is None:
            raise RuntimeError("the server did not start in 180 s")
        yield server
    finally:
        process.terminate()
        process.wait(timeout=60)


@dataclass
class LoadResult:
    clients: int
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    statuses: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"clients": self.clients, "requests": self.requests, "errors": self.errors,
                "seconds": round(self.seconds, 2), "throughput_rps": round(self.requests / self.seconds, 1),
                "latency_ms": summary_ms(self.latencies), "statuses": self.statuses}


def http_load(base: str, queries: list[str], clients: int, max_requests: int, max_seconds: float,
              sample: callable = None) -> LoadResult:
    """``clients`` threads, each with a keep-alive connection, query until a bound is reached.

    Every query is distinct (cold: its embedding is never cached).
    A request fails when it does not return 200 with a JSON body naming an index version.
    """
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    result = LoadResult(clients)
    lock = threading.Lock()
    issued = iter(range(max_requests))
    deadline = time.perf_counter() + max_seconds

    def client(number: int) -> None:
        connection = http.client.HTTPConnection(host, int(port), timeout=60)
        while time.perf_counter() < deadline:
            with lock:
                n = next(issued, None)
            if n is None:
                break
            # A request number makes every query new, so no worker answers from its query cache.
            query = f"{queries[n % len(queries)]} {n}"
            started = time.perf_counter()
            try:
                connection.request("GET", "/api/v1/search?" + urllib.parse.urlencode({"q": query}))
                response = connection.getresponse()
                body = response.read()
                ok = response.status == 200 and "index_version" in json.loads(body)
                status = response.status
            except (OSError, http.client.HTTPException, ValueError):
                ok, status = False, "exception"
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=60)
            elapsed = time.perf_counter() - started
            with lock:
                result.requests += 1
                result.errors += not ok
                result.latencies.append(elapsed)
                result.statuses[str(status)] = result.statuses.get(str(status), 0) + 1
        connection.close()

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        if sample:
            sample()
        for thread in threads:
            thread.join(timeout=1.0)
    result.seconds = time.perf_counter() - began
    return result

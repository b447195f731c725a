"""Soak test: the production server under steady load for a bounded time.

    python -m benchmarks.soak --index /tmp/kb-bench/index-16402 [--minutes 2] [--clients 16]

Passes when no request fails and worker memory stays flat (the last sample within
``--max-growth-mb`` of the one taken after warm-up). Prints latency percentiles and
the memory samples; exits 1 on failure.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from benchmarks.measure import ROOT, http_load, production_server, rss_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", default=str(ROOT / "kb" / "index"))
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--max-growth-mb", type=float, default=50.0)
    args = parser.parse_args(argv)

    queries = [json.loads(line)["query"] for path in sorted((ROOT / "eval").glob("*.jsonl"))
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    samples: list[tuple[float, list[float]]] = []
    with production_server(Path(args.index)) as server:
        began = time.monotonic()
        last = [0.0]

        def sample() -> None:
            if time.monotonic() - last[0] >= 10:
                last[0] = time.monotonic()
                samples.append((round(time.monotonic() - began), [round(rss_mb(p), 1) for p in server.worker_pids()]))

        result = http_load(server.base, queries, args.clients, max_requests=10**9,
                           max_seconds=args.minutes * 60, sample=sample)
        sample_after = [round(rss_mb(p), 1) for p in server.worker_pids()]
    summary = result.to_dict()
    warm = samples[1][1] if len(samples) > 1 else samples[0][1]
    growth = max(after - before for before, after in zip(warm, sample_after))
    report = {**summary, "memory_samples_mb": samples, "memory_end_mb": sample_after, "growth_mb": round(growth, 1)}
    print(json.dumps(report, indent=2))
    ok = result.errors == 0 and growth <= args.max_growth_mb
    print(f"soak {'passed' if ok else 'FAILED'}: {result.requests} requests, {result.errors} errors, "
          f"{summary['throughput_rps']} req/s, p50 {summary['latency_ms']['p50']:.1f} ms, "
          f"p99 {summary['latency_ms']['p99']:.1f} ms, worker memory growth {growth:.1f} MB")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

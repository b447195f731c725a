"""The benchmark: build, rebuild, query (in process and over HTTP), the floor, recall, start-up.

    python -m benchmarks.run [--medquad ../shared/medquad] [--sizes 1000,10000,16402,100000]

Writes docs/benchmarks.md (tables), docs/benchmark.png (plot) and
benchmarks/results.json (every figure). Run it on an otherwise idle machine; the
full run takes 25–50 minutes on 2 cores, ``--quick`` a few minutes.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import faiss  # noqa: E402
import numpy as np  # noqa: E402

from benchmarks.corpus import edit_one_article, medquad_passages, write_corpus  # noqa: E402
from benchmarks.measure import (  # noqa: E402
    ROOT, folder_mb, http_load, production_server, pss_mb, rss_mb, run_measured, summary_ms,
)
from kb import KnowledgeBase  # noqa: E402
from kb.evaluate import evaluate, load_queries  # noqa: E402
from kb.index import read_manifest, resolve_version_dir  # noqa: E402
from kb.vectors import index_kind, stored_vectors  # noqa: E402

BUILD_SUMMARY = re.compile(r"\((\d+) text\(s\) embedded, (\d+) reused")
UP_TO_DATE = "is up to date"
EVAL_SETS = (ROOT / "eval" / "medquad_consumer_queries.jsonl",)
# Recall runs two searches per query, one of them exhaustive; on every evaluation query
# (12k and growing) it alone took over twenty minutes. A fixed sample keeps it comparable.
RECALL_SAMPLE = 2000


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory_kb = int(Path("/proc/meminfo").read_text().split()[1])
    import torch

    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory_kb / 1e6, 1),
            "python": platform.python_version(), "torch": torch.__version__, "faiss": faiss.__version__,
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d")}


def benchmark_queries(passages, count: int = 400) -> list[str]:
    """Visitor-worded evaluation queries plus MedQuAD questions as a visitor might type them."""
    queries = []
    for path in [*EVAL_SETS, ROOT / "eval" / "seed_visitor_queries.jsonl"]:
        queries += [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(7)
    queries += [p.question.lower().rstrip("?") for p in rng.sample(passages, min(count, len(passages)))]
    return list(dict.fromkeys(queries))


def build(content: Path, index: Path, fresh: bool, force: bool = False) -> dict:
    if fresh and index.exists():
        shutil.rmtree(index)
    measured = run_measured([sys.executable, "-m", "benchmarks.peak", "build_index.py", "--content", str(content),
                             "--index", str(index), "--quiet", *(["--force"] if force else [])])
    manifest = read_manifest(index)
    summary = BUILD_SUMMARY.search(measured["output"])
    published = summary is not None
    if not published and UP_TO_DATE not in measured["output"]:
        raise RuntimeError(f"unexpected build output: {measured['output'][-500:]}")
    embedded, reused = map(int, summary.groups()) if published else (0, 0)
    return {"seconds": round(measured["seconds"], 1), "peak_rss_mb": round(measured["peak_rss_mb"]), "published": published,
            "passages": manifest["passage_count"], "vectors": manifest["vector_count"],
            "vector_index": manifest.get("vector_index"), "embedded": embedded, "reused": reused,
            "passages_per_second": round(manifest["passage_count"] / measured["seconds"], 1),
            "index_mb": round(folder_mb(resolve_version_dir(index)), 1)}


def in_process(index: Path, queries: list[str]) -> dict:
    """The product's search (ONNX query encoder) and the floor, on the same vectors."""
    kb = KnowledgeBase.open(index, backend="auto")
    kb.encoder.clear_cache()
    for query in queries[:5]:
        kb.search(query)  # warm-up: first calls allocate
    kb.encoder.clear_cache()
    product = []
    for query in queries:
        started = time.perf_counter()
        kb.search(query)
        product.append(time.perf_counter() - started)

    from sentence_transformers import SentenceTransformer

    from kb.embedding import resolve_model

    model = SentenceTransformer(resolve_model(kb.manifest["model"]), device="cpu")
    flat = faiss.IndexFlatIP(kb.index.vectors.d)
    flat.add(np.ascontiguousarray(stored_vectors(kb.index.vectors)))
    for query in queries[:5]:
        flat.search(model.encode([query], normalize_embeddings=True), 10)
    floor = []
    for query in queries:
        started = time.perf_counter()
        flat.search(model.encode([query], normalize_embeddings=True), 10)
        floor.append(time.perf_counter() - started)
    result = {"search_ms": summary_ms(product), "floor_ms": summary_ms(floor), "encoder": kb.encoder.backend}
    result["ratio_p50"] = round(result["search_ms"]["p50"] / result["floor_ms"]["p50"], 2)
    return result


def recall_sample(queries: list[str], size: int = RECALL_SAMPLE) -> list[str]:
    """The same seeded sample every run, so recall figures stay comparable between runs."""
    return random.Random(11).sample(queries, size) if len(queries) > size else list(queries)


def recall(index: Path, queries: list[str]) -> dict:
    """The approximate index against exact search: nearest vectors, and final top-10 passages."""
    queries = recall_sample(queries)
    kb = KnowledgeBase.open(index, backend="auto")
    if index_kind(kb.index.vectors) == "flat":
        return {"vector_index": "flat", "note": "exact search: recall 1.0 by construction"}
    flat = faiss.IndexFlatIP(kb.index.vectors.d)
    flat.add(np.ascontiguousarray(stored_vectors(kb.index.vectors)))
    exact_kb = KnowledgeBase(dataclasses.replace(kb.index, vectors=flat), kb.encoder)
    vector_hits = passage_hits = 0
    for query in queries:
        vector = kb.encoder.encode_query(query).reshape(1, -1)
        approximate_ids = set(kb.index.vectors.search(vector, 10)[1][0])
        exact_ids = set(flat.search(vector, 10)[1][0])
        vector_hits += len(approximate_ids & exact_ids)
        approximate_top = {h.passage.id for h in kb.search(query, k=10, min_score=0).hits}
        exact_top = {h.passage.id for h in exact_kb.search(query, k=10, min_score=0).hits}
        passage_hits += len(approximate_top & exact_top)
    return {"vector_index": "hnsw", "queries": len(queries),
            "vector_recall_at_10": round(vector_hits / (10 * len(queries)), 4),
            "passage_recall_at_10": round(passage_hits / (10 * len(queries)), 4)}


def backends(index: Path) -> dict:
    """Ranking and query-encoding time with each encoder backend on the evaluation sets."""
    results = {}
    for backend in ("torch", "onnx"):
        kb = KnowledgeBase.open(index, backend=backend)
        for path in EVAL_SETS:
            try:
                labelled = load_queries(path, kb)
            except ValueError as error:  # a corpus without the evaluation's passages (--quick)
                results[f"{backend}:{path.stem}"] = {"skipped": str(error)}
                continue
            report = evaluate(kb, labelled)
            results[f"{backend}:{path.stem}"] = {"mrr": round(report.mrr, 4), "r1": round(report.recall[1], 4),
                                                 "p50_ms": round(report.latency_ms["p50"], 1)}
        kb.encoder.clear_cache()
        started = time.perf_counter()
        for n in range(200):
            kb.encoder.encode_query(f"what are the symptoms of condition number {n}")
        results[f"{backend}:encode_ms"] = round((time.perf_counter() - started) / 200 * 1000, 2)
    return results


def worker_startup(index: Path) -> dict:
    """What a gunicorn worker does at start: imports, then create_app (model + index)."""
    script = (
        "import os, time, resource; t0 = time.perf_counter()\n"
        "import webapp\nt1 = time.perf_counter()\n"
        f"app = webapp.create_app({{'KB_INDEX_DIR': {str(index)!r}}})\nt2 = time.perf_counter()\n"
        "import sys; rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]\n"
        "print(round(t1 - t0, 2), round(t2 - t1, 2), int(rss) // 1024, 'torch' in sys.modules)\n"
    )
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                         check=True).stdout.split()
    return {"import_seconds": float(out[0]), "create_app_seconds": float(out[1]), "rss_mb": int(out[2]),
            "torch_imported": out[3] == "True"}


def http(index: Path, queries: list[str], floor_p50_ms: float, concurrency: list[int]) -> dict:
    results = {"runs": []}
    with production_server(index) as server:
        results["server_ready_seconds"] = round(server.started_seconds, 1)
        results["worker_rss_mb_after_start"] = [round(rss_mb(pid)) for pid in server.worker_pids()]
        for clients in concurrency:
            run = http_load(server.base, queries, clients, max_requests=150 * clients + 300, max_seconds=60)
            results["runs"].append(run.to_dict())
        results["worker_rss_mb_after_load"] = [round(rss_mb(pid)) for pid in server.worker_pids()]
        results["worker_pss_mb_after_load"] = [round(pss_mb(pid)) for pid in server.worker_pids()]
    cores = os.cpu_count()
    results["floor_throughput_rps"] = round(cores / (floor_p50_ms / 1000), 1)
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--medquad", default=str(ROOT.parent / "shared" / "medquad"))
    parser.add_argument("--work", default="/tmp/kb-bench", help="scratch folder for corpora and indexes")
    parser.add_argument("--sizes", default="1000,10000,16402,100000", help="corpus sizes in passages")
    parser.add_argument("--quick", action="store_true", help="sizes 300 and 1000, fewer queries (a smoke run)")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse indexes already built in --work, and their build rows from --json")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "results.json"))
    parser.add_argument("--markdown", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--plot", default=str(ROOT / "docs" / "benchmark.png"))
    args = parser.parse_args(argv)
    work = Path(args.work)
    passages = medquad_passages(args.medquad)
    sizes = [300, 1000] if args.quick else [int(s) for s in args.sizes.split(",")]
    sizes = [min(size, len(passages)) if size == 16402 else size for size in sizes]
    main_size = max((s for s in sizes if s <= len(passages)), default=sizes[0])
    queries = benchmark_queries(passages, count=60 if args.quick else 400)
    results = {"machine": machine(), "queries": len(queries), "medquad_passages": len(passages), "sizes": {}}
    earlier = json.loads(Path(args.json).read_text(encoding="utf-8")) if args.reuse and Path(args.json).exists() else {}
    print(f"{len(passages)} MedQuAD passages; {len(queries)} benchmark queries; sizes {sizes}", flush=True)

    for size in sizes:
        corpus = write_corpus(passages, size, work / f"corpus-{size}")
        index = work / f"index-{size}"
        entry = results["sizes"].setdefault(str(size), {})
        if not (args.reuse and (index / "current").exists()):
            entry["build"] = build(corpus, index, fresh=True)
            entry["build"]["repeated_records"] = size > len(passages)
            print(f"[{size}] build {entry['build']}", flush=True)
        elif "build" in earlier.get("sizes", {}).get(str(size), {}):
            entry["build"] = {**earlier["sizes"][str(size)]["build"], "measured": earlier["machine"]["date"]}
        entry["query"] = in_process(index, queries)
        print(f"[{size}] query {entry['query']}", flush=True)

    index = work / f"index-{main_size}"
    corpus = work / f"corpus-{main_size}"
    main_entry = results["sizes"][str(main_size)]
    if args.reuse:
        build(corpus, index, fresh=False)  # the corpus was written afresh: bring the reused index up to date first
    main_entry["rebuild_unchanged"] = build(corpus, index, fresh=False)
    main_entry["rebuild_forced"] = build(corpus, index, fresh=False, force=True)
    edit_one_article(corpus)
    main_entry["rebuild_one_changed"] = build(corpus, index, fresh=False)
    print(f"[{main_size}] rebuilds {main_entry['rebuild_unchanged']} {main_entry['rebuild_one_changed']}", flush=True)
    main_entry["recall"] = recall(index, queries)
    print(f"[{main_size}] recall {main_entry['recall']}", flush=True)
    main_entry["backends"] = backends(index)
    print(f"[{main_size}] backends {main_entry['backends']}", flush=True)
    main_entry["worker_startup"] = worker_startup(index)
    print(f"[{main_size}] worker start-up {main_entry['worker_startup']}", flush=True)
    main_entry["http"] = http(index, queries, main_entry["query"]["floor_ms"]["p50"], [1, 8, 32])
    print(f"[{main_size}] http {json.dumps(main_entry['http'])}", flush=True)
    results["main_size"] = main_size

    Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    from benchmarks.report import plot, write_markdown

    write_markdown(results, Path(args.markdown))
    plot(results, Path(args.plot))
    print(Path(args.markdown).read_text(encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

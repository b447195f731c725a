"""Turn benchmarks/results.json into the markdown tables and the plot shown in the README."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _row(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def write_markdown(results: dict, path: Path) -> None:
    m = results["machine"]
    main = results["sizes"][str(results["main_size"])]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {m['date']} on {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}, "
        f"torch {m['torch']}, faiss {m['faiss']}. {results['queries']} distinct queries (the evaluation sets "
        "plus MedQuAD questions as typed). Rerun: `python -m benchmarks.run`.",
        "",
        "## Build (from scratch, empty embedding cache)",
        "",
        _row("passages", "vectors", "vector index", "texts embedded", "reused", "build s", "passages/s",
             "peak RSS MB", "index MB"),
        _row(*["---"] * 9),
    ]
    for size, entry in results["sizes"].items():
        b = entry.get("build")
        if b:
            note = " ¹" if b.get("repeated_records") else ""
            lines.append(_row(f"{b['passages']:,}{note}", f"{b['vectors']:,}", b["vector_index"], f"{b['embedded']:,}",
                              f"{b['reused']:,}", b["seconds"], b["passages_per_second"], b["peak_rss_mb"], b["index_mb"]))
    lines += ["", "¹ MedQuAD records repeated under new ids: repeated texts are embedded once, so this row "
              "measures everything but embedding (see the embedding rate of the rows above)."]
    if any("measured" in e.get("build", {}) for e in results["sizes"].values()):
        lines += ["", "Build rows come from the run that built these indexes (`--reuse` kept them); "
                  "every other figure is from this run."]
    lines += [""]
    lines += ["## Rebuild", "", _row("case", "texts embedded", "reused", "seconds", "peak RSS MB"), _row(*["---"] * 5)]
    cases = (("nothing changed", "rebuild_unchanged"), ("nothing changed, `--force`", "rebuild_forced"),
             ("one article changed", "rebuild_one_changed"))
    for label, key in cases:
        r = main.get(key)
        if r is None:
            continue
        if r.get("published", True):
            lines.append(_row(label, r["embedded"], f"{r['reused']:,}", r["seconds"], r["peak_rss_mb"]))
        else:
            lines.append(_row(f"{label} (index kept, nothing published)", 0, "—", r["seconds"], r["peak_rss_mb"]))
    lines += ["", "## Query latency in process (ms), against the floor", "",
              "Floor: `SentenceTransformer.encode(query)` plus exact FAISS search over the same vectors, no web framework.", "",
              _row("passages", "search p50", "p95", "p99", "floor p50", "p50 / floor"), _row(*["---"] * 6)]
    for size, entry in results["sizes"].items():
        q = entry["query"]
        passages = entry.get("build", {}).get("passages", size)
        lines.append(_row(f"{int(passages):,}", f"{q['search_ms']['p50']:.1f}", f"{q['search_ms']['p95']:.1f}",
                          f"{q['search_ms']['p99']:.1f}", f"{q['floor_ms']['p50']:.1f}", q["ratio_p50"]))
    rec = main["recall"]
    lines += ["", "## Approximate search recall (MedQuAD)", ""]
    if rec["vector_index"] == "hnsw":
        lines += [f"HNSW against exact search over {rec['queries']} queries: nearest-vector recall@10 "
                  f"**{rec['vector_recall_at_10']}**, final top-10 passages recall@10 **{rec['passage_recall_at_10']}**."]
    else:
        lines += [rec["note"]]
    be = main["backends"]
    lines += ["", "## Query encoder backends (MedQuAD evaluation set)", "",
              _row("backend", "MRR@10", "R@1", "encode ms/query"), _row(*["---"] * 4)]
    for backend in ("torch", "onnx"):
        key = next(k for k in be if k.startswith(f"{backend}:") and not k.endswith("encode_ms"))
        lines.append(_row(backend, be[key].get("mrr", "—"), be[key].get("r1", "—"), be[f"{backend}:encode_ms"]))
    h = main["http"]
    lines += ["", "## Over HTTP (gunicorn, 2 workers × 4 threads, loopback, keep-alive clients)", "",
              _row("clients", "requests", "errors", "throughput req/s", "p50 ms", "p95 ms", "p99 ms"), _row(*["---"] * 7)]
    for run in h["runs"]:
        lat = run["latency_ms"]
        lines.append(_row(run["clients"], run["requests"], run["errors"], run["throughput_rps"],
                          f"{lat['p50']:.1f}", f"{lat['p95']:.1f}", f"{lat['p99']:.1f}"))
    eight = next((r for r in h["runs"] if r["clients"] == 8), None)
    if eight:
        share = eight["throughput_rps"] / h["floor_throughput_rps"]
        lines += ["", f"What the floor allows on this machine (cores ÷ floor p50): {h['floor_throughput_rps']} req/s; "
                  f"at 8 clients the service reaches {share:.0%} of it."]
    w = main["worker_startup"]
    lines += ["", "## Worker start-up and memory (MedQuAD index)", "",
              f"Imports {w['import_seconds']} s, then loading the model and index (`create_app`) "
              f"{w['create_app_seconds']} s; resident memory {w['rss_mb']} MB "
              f"(PyTorch imported: {'yes' if w['torch_imported'] else 'no'}). Server ready in "
              f"{h['server_ready_seconds']} s; worker RSS after start {h['worker_rss_mb_after_start']} MB, "
              f"after the load runs {h['worker_rss_mb_after_load']} MB"
              + (f" (proportional share, counting the memory-mapped vectors once across workers: "
                 f"{h['worker_pss_mb_after_load']} MB)" if "worker_pss_mb_after_load" in h else "") + ".", ""]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [(entry.get("build", {}).get("passages", int(size)), entry) for size, entry in results["sizes"].items()]
    rows.sort(key=lambda r: r[0])
    sizes = [r[0] for r in rows]
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    built = [(s, e["build"]) for s, e in rows if "build" in e]
    left.plot([s for s, _ in built], [b["seconds"] / 60 for _, b in built], "o-", label="build (minutes)")
    for s, b in built:
        if b.get("repeated_records"):
            left.annotate("repeated records", (s, b["seconds"] / 60), fontsize=8)
    left.set_xscale("log")
    left.set_xlabel("passages")
    left.set_ylabel("minutes")
    left.set_title("Build from scratch")
    left.grid(True, alpha=0.3)
    right.plot(sizes, [e["query"]["search_ms"]["p50"] for _, e in rows], "o-", label="search p50")
    right.plot(sizes, [e["query"]["search_ms"]["p99"] for _, e in rows], "o--", label="search p99")
    right.plot(sizes, [e["query"]["floor_ms"]["p50"] for _, e in rows], "s:", label="floor p50 (encode + flat FAISS)")
    right.set_xscale("log")
    right.set_xlabel("passages")
    right.set_ylabel("ms")
    right.set_title("Query latency in process")
    right.legend(fontsize=8)
    right.grid(True, alpha=0.3)
    m = results["machine"]
    figure.suptitle(f"{m['cpu']} · {m['cores']} cores · {m['date']}", fontsize=9)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)


if __name__ == "__main__":
    data = json.loads(Path(sys.argv[1] if len(sys.argv) > 1 else "benchmarks/results.json").read_text())
    write_markdown(data, Path("docs/benchmarks.md"))
    plot(data, Path("docs/benchmark.png"))

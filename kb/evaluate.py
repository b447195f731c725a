"""Measure retrieval quality on labelled queries, for the product and reference lines.

    python -m kb.evaluate --index DIR --queries FILE [--split dev|heldout] [--qrels FILE]

Query files are JSONL, one object a line:
- ``{"query": ..., "expect_questions": [...]}`` (as in ../shared/eval): relevant passages
  are those whose question heading is listed;
- ``{"query": ..., "expect_ids": [...]}``: relevant passages are the listed ids and every
  passage with the same question heading (MedQuAD repeats a question across sites);
- with ``--qrels`` (MedQuAD/TREC style, ``QUESTION_ID JUDGMENT ANSWER_ID`` a line), the
  query file holds ``{"id": ..., "query": ...}`` and answers judged ``--min-judgment`` or
  better are relevant.
An empty list means the query is out of scope: the right output is "no approved answer".
An optional ``"split"`` field lets one file hold a development part and a held-out part.

Prints Recall@1/5/10, MRR@10, nDCG@10, answered rate on in-scope queries, abstention rate
on out-of-scope queries and latency, for the hybrid product and, in the same run, plain
BM25 and plain dense retrieval.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np  # noqa: E402

from .errors import KBError  # noqa: E402
from .search import METHODS, KnowledgeBase  # noqa: E402

CUTOFF = 10
# Rank with the product's checks (another topic's article, an unanswerable practical
# question), as search shows its answers; False measures the raw ranking, as before.
AS_SHOWN = True


@dataclass
class LabelledQuery:
    query: str
    relevant: set[str]  # passage ids; empty = out of scope
    split: str | None = None


@dataclass
class Report:
    method: str
    in_scope: int
    out_of_scope: int
    recall: dict[int, float]
    mrr: float
    ndcg: float
    answered: float | None  # share of in-scope queries answered (None: no threshold for this method)
    abstained: float | None
    latency_ms: dict[str, float]


def _question_key(question: str) -> str:
    return re.sub(r"[\s?]+", " ", question.lower()).strip()


def load_queries(path: str | Path, kb: KnowledgeBase, split: str | None = None) -> list[LabelledQuery]:
    """Read a JSONL query file and resolve what counts as relevant, as passage ids."""
    by_question: dict[str, set[str]] = {}
    for passage in kb.passages:
        by_question.setdefault(_question_key(passage.question), set()).add(passage.id)
    queries = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        if split and record.get("split", split) != split:
            continue
        relevant: set[str] = set()
        for question in record.get("expect_questions", []):
            ids = by_question.get(_question_key(question))
            if not ids:
                raise ValueError(f"{path}:{number}: no passage has the question {question!r}")
            relevant |= ids
        for passage_id in record.get("expect_ids", []):
            passage = kb.get(passage_id)
            if passage is None:
                raise ValueError(f"{path}:{number}: no passage has the id {passage_id!r}")
            relevant |= by_question[_question_key(passage.question)]
        queries.append(LabelledQuery(record["query"], relevant, record.get("split")))
    return queries


def load_qrels(queries_path: str | Path, qrels_path: str | Path, kb: KnowledgeBase, min_judgment: int) -> list[LabelledQuery]:
    """Queries ``{"id", "query"}`` plus TREC-style judgments ``QID JUDGMENT ANSWER_ID``.

    Answer ids match a passage id exactly or as its MedQuAD document-and-pair suffix
    (``0000001-1`` matches ``ghr-0000001-1``), case-insensitively.
    """
    ids = {p.id.lower(): p.id for p in kb.passages}
    suffix: dict[str, set[str]] = {}
    for pid in ids.values():
        suffix.setdefault(pid.lower().split("-", 1)[-1], set()).add(pid)
    judged: dict[str, set[str]] = {}
    for line in Path(qrels_path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 3 or int(parts[1]) < min_judgment:
            continue
        answer = parts[2].lower()
        judged.setdefault(parts[0], set()).update({ids[answer]} if answer in ids else suffix.get(answer, set()))
    queries = []
    for line in Path(queries_path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            queries.append(LabelledQuery(record["query"], judged.get(str(record["id"]), set()), record.get("split")))
    return queries


def evaluate(kb: KnowledgeBase, queries: list[LabelledQuery], method: str = "hybrid") -> Report:
    """Rank every query with ``method`` and compute the metrics."""
    in_scope = [q for q in queries if q.relevant]
    out_of_scope = [q for q in queries if not q.relevant]
    recall_hits = {1: 0, 5: 0, 10: 0}
    reciprocal = 0.0
    ndcg = 0.0
    answered = abstained = 0
    latencies = []
    kb.encoder.clear_cache()  # every method pays for its own query embeddings
    for labelled in queries:
        started = time.perf_counter()
        # Ranked as the product orders what it shows, without the threshold (answered is below).
        ranked = kb.search(labelled.query, k=CUTOFF, min_score=0.0, method=method, checked=AS_SHOWN).hits
        latencies.append((time.perf_counter() - started) * 1000)
        # The product's own decision at its threshold (the query embedding is cached by now).
        # Raw BM25 has no absolute scale, so it gets no answered/abstained figures.
        is_answered = kb.search(labelled.query, k=CUTOFF, method=method).answered if method != "bm25" else None
        if not labelled.relevant:
            abstained += is_answered is False
            continue
        answered += bool(is_answered)
        ranks = [i for i, hit in enumerate(ranked, start=1) if hit.passage.id in labelled.relevant]
        for cutoff in recall_hits:
            recall_hits[cutoff] += any(r <= cutoff for r in ranks)
        reciprocal += 1.0 / ranks[0] if ranks else 0.0
        ideal = sum(1.0 / math.log2(i + 1) for i in range(1, min(len(labelled.relevant), CUTOFF) + 1))
        ndcg += sum(1.0 / math.log2(r + 1) for r in ranks) / ideal
    n = max(len(in_scope), 1)
    latencies.sort()
    thresholded = method != "bm25"
    return Report(
        method=method,
        in_scope=len(in_scope),
        out_of_scope=len(out_of_scope),
        recall={c: h / n for c, h in recall_hits.items()},
        mrr=reciprocal / n,
        ndcg=ndcg / n,
        answered=answered / n if thresholded and in_scope else None,
        abstained=abstained / len(out_of_scope) if thresholded and out_of_scope else None,
        latency_ms={
            "p50": latencies[len(latencies) // 2] if latencies else 0.0,
            "p95": latencies[min(len(latencies) - 1, int(len(latencies) * 0.95))] if latencies else 0.0,
        },
    )


def sweep(kb: KnowledgeBase, queries: list[LabelledQuery], weights: list[float]) -> str:
    """For each dense weight: R@1 and MRR@10, and the threshold that best balances the
    answered rate (in scope) against the abstention rate (out of scope). A markdown table."""
    parts = [(q, kb._dense_scores(q.query)[0], kb.index.lexical.coverage(q.query)) for q in queries]
    ids = [p.id for p in kb.passages]
    lines = [
        "| dense weight | R@1 | MRR@10 | balanced threshold | answered (in) | abstained (out) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    original = kb.dense_weight
    try:
        for weight in weights:
            kb.dense_weight = weight
            top_in, top_out, r1, rr = [], [], 0, 0.0
            for labelled, dense, coverage in parts:
                fused = kb.fuse(dense, coverage)
                order = np.argsort(-fused)[:CUTOFF]
                if not labelled.relevant:
                    top_out.append(fused[order[0]])
                    continue
                top_in.append(fused[order[0]])
                ranks = [i for i, row in enumerate(order, start=1) if ids[row] in labelled.relevant]
                r1 += bool(ranks) and ranks[0] == 1
                rr += 1.0 / ranks[0] if ranks else 0.0
            top_in_a, top_out_a = np.array(top_in), np.array(top_out)
            best = max(
                (min((top_in_a >= t).mean() if len(top_in_a) else 1.0, (top_out_a < t).mean() if len(top_out_a) else 1.0), -t)
                for t in np.arange(0.20, 0.80, 0.01)
            )
            threshold = -best[1]
            n = max(len(top_in), 1)
            lines.append(
                f"| {weight:.2f} | {r1 / n:.3f} | {rr / n:.3f} | {threshold:.2f} | "
                f"{(top_in_a >= threshold).mean() if len(top_in_a) else float('nan'):.3f} | "
                f"{(top_out_a < threshold).mean() if len(top_out_a) else float('nan'):.3f} |"
            )
    finally:
        kb.dense_weight = original
    return "\n".join(lines)


def format_table(reports: list[Report]) -> str:
    """A markdown table, one row per method."""
    rows = [
        "| method | in-scope | out-of-scope | R@1 | R@5 | R@10 | MRR@10 | nDCG@10 | answered (in) | abstained (out) | p50 ms | p95 ms |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]

    def pct(value):
        return "—" if value is None else f"{value:.3f}"

    for r in reports:
        rows.append(
            f"| {r.method} | {r.in_scope} | {r.out_of_scope} | {r.recall[1]:.3f} | {r.recall[5]:.3f} | "
            f"{r.recall[10]:.3f} | {r.mrr:.3f} | {r.ndcg:.3f} | {pct(r.answered)} | {pct(r.abstained)} | "
            f"{r.latency_ms['p50']:.1f} | {r.latency_ms['p95']:.1f} |"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", default="kb/index", help="index folder (default: %(default)s)")
    parser.add_argument("--queries", required=True, nargs="+", help="JSONL query file(s)")
    parser.add_argument("--qrels", help="TREC-style judgments for the query file (MedQuAD QA test collection format)")
    parser.add_argument("--min-judgment", type=int, default=3, help="with --qrels: lowest relevant judgment")
    parser.add_argument("--split", help="only queries whose 'split' is this (e.g. dev, heldout)")
    parser.add_argument("--min-score", type=float, help="no-answer threshold to evaluate (default: the product's)")
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=METHODS)
    parser.add_argument("--dense-weight", type=float, help="hybrid weight of the dense part (default: the product's)")
    parser.add_argument("--sweep", action="store_true", help="tabulate dense weights and balanced thresholds instead")
    args = parser.parse_args(argv)
    try:
        kb = KnowledgeBase.open(args.index, min_score=args.min_score)
        if args.dense_weight is not None:
            kb.dense_weight = args.dense_weight
        queries: list[LabelledQuery] = []
        for path in args.queries:
            if args.qrels:
                queries += load_qrels(path, args.qrels, kb, args.min_judgment)
            else:
                queries += load_queries(path, kb, args.split)
    except (KBError, ValueError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.sweep:
        print(sweep(kb, queries, [round(w, 2) for w in np.arange(0.3, 1.01, 0.1)]))
        return 0
    reports = [evaluate(kb, queries, method) for method in args.methods]
    threshold = kb.calibration.describe() if kb.calibration else f"answer threshold {kb.min_score} (as given)"
    print(f"index {kb.index.version} ({len(kb.passages)} passages), {len(queries)} queries, {threshold}")
    print(format_table(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Would an int8-quantized encoder keep the ranking? Embeds a built index's texts again with
an int8 ONNX model (documents and queries) and evaluates both on the labelled queries.

    python -m benchmarks.quantized --index /tmp/kb-bench/index-16402

The rule for adopting it (issue 5): MRR@10 within 0.5 points of the full-precision
model. Measured 2026-11-24 on MedQuAD (78,519 texts): int8 embeds 275 texts/s against
~85 for PyTorch, but MRR@10 0.8204 against 0.8262 (−0.58 points; dev +0.8, held-out
−3.3), so it is not adopted.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from kb import KnowledgeBase  # noqa: E402
from kb.evaluate import evaluate, load_queries  # noqa: E402
from kb.onnx_encoder import MODEL_FILE, OnnxEncoder, cache_root, export_key, load_onnx_encoder  # noqa: E402
from kb.vectors import build_vector_index, prepare_for_search  # noqa: E402
from kb.views import ViewConfig, passage_views  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", required=True)
    parser.add_argument("--queries", default=str(ROOT / "eval" / "medquad_consumer_queries.jsonl"))
    args = parser.parse_args(argv)
    from onnxruntime.quantization import QuantType, quantize_dynamic

    full = load_onnx_encoder("sentence-transformers/all-MiniLM-L6-v2")
    baseline = KnowledgeBase.open(args.index, encoder=full)
    views = ViewConfig(**{k: v for k, v in baseline.manifest["views"].items() if k in ViewConfig.__dataclass_fields__})
    texts = [v.text for p in baseline.passages for v in passage_views(p, full.count_tokens, views)]
    if len(texts) != baseline.index.vectors.ntotal:
        raise SystemExit("the index was built with other views than this code makes; rebuild it first")

    with tempfile.TemporaryDirectory() as scratch:
        source = cache_root() / export_key("sentence-transformers/all-MiniLM-L6-v2")
        target = Path(scratch) / "int8"
        shutil.copytree(source, target)
        quantize_dynamic(str(source / MODEL_FILE), str(target / MODEL_FILE), weight_type=QuantType.QInt8)
        int8 = OnnxEncoder(target, full.name)
        started = time.perf_counter()
        vectors = int8.encode_documents(texts)
        seconds = time.perf_counter() - started
    print(f"int8: embedded {len(texts)} texts in {seconds:.0f} s ({len(texts) / seconds:.0f} texts/s)")
    loaded = baseline.index
    quantized = KnowledgeBase(
        dataclasses.replace(loaded, vectors=prepare_for_search(build_vector_index(vectors))),
        int8,
    )
    for split in ("dev", "heldout", None):
        line = []
        for name, kb in (("full", baseline), ("int8", quantized)):
            report = evaluate(kb, load_queries(args.queries, kb, split=split))
            line.append(f"{name} MRR@10 {report.mrr:.4f} R@1 {report.recall[1]:.3f}")
        print(f"{split or 'all'}: " + " | ".join(line))
    return 0


if __name__ == "__main__":
    sys.exit(main())

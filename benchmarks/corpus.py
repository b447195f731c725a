"""Benchmark corpora of a chosen size, written as JSONL exports of MedQuAD passages.

Sizes beyond MedQuAD's repeat its records verbatim under new ids. Repeated texts
are embedded once per build (vectors are keyed by text), so those builds measure
everything but embedding; the report says so and extrapolates embedding time from
the measured rate. Their search latency is real: the index holds every copy.
"""

from __future__ import annotations

import json
from pathlib import Path

from kb.content import load_content
from kb.passage import Passage

RECORDS_PER_FILE = 500


def medquad_passages(medquad_dir: str | Path) -> list[Passage]:
    return load_content(medquad_dir).passages


def write_corpus(passages: list[Passage], size: int, folder: Path) -> Path:
    """``size`` passages as JSONL files of RECORDS_PER_FILE records under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    records = []
    for n in range(size):
        passage = passages[n % len(passages)]
        copy = n // len(passages)
        records.append({
            "id": f"{passage.id}-m{copy}" if copy else passage.id,
            "title": passage.title,
            "question": passage.question,
            "answer": passage.answer,
            "alt_names": list(passage.alt_names),
            "url": passage.source.url,
            "site": passage.source.site,
        })
    for start in range(0, size, RECORDS_PER_FILE):
        chunk = records[start : start + RECORDS_PER_FILE]
        path = folder / f"part-{start // RECORDS_PER_FILE:04d}.jsonl"
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), encoding="utf-8")
    return folder


def edit_one_article(folder: Path) -> None:
    """Change one record's answer, as an editor correcting one article would."""
    path = sorted(folder.glob("*.jsonl"))[0]
    lines = path.read_text(encoding="utf-8").splitlines()
    record = json.loads(lines[0])
    # At the start, so the change reaches the embedded chunks (only the first are embedded).
    record["answer"] = "Reviewed again for this benchmark. " + record["answer"]
    lines[0] = json.dumps(record, ensure_ascii=False)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

"""The benchmark helpers (the benchmarks themselves are run by hand: python -m benchmarks.run)."""

from __future__ import annotations

import json
import sys

from benchmarks.corpus import edit_one_article, write_corpus
from benchmarks.measure import percentile, run_measured, summary_ms
from kb.content import load_content


def test_a_corpus_larger_than_its_source_repeats_records_under_new_ids(knowledge_base, tmp_path):
    passages = knowledge_base.passages  # 12
    folder = write_corpus(passages, 30, tmp_path / "corpus")
    loaded = load_content(folder).passages
    assert len(loaded) == 30
    assert len({p.id for p in loaded}) == 30
    assert [p.answer for p in loaded[:12]] == [p.answer for p in passages]
    assert loaded[12].answer == passages[0].answer and loaded[12].id == f"{passages[0].id}-m1"


def test_editing_one_article_changes_exactly_one_answer(knowledge_base, tmp_path):
    folder = write_corpus(knowledge_base.passages, 12, tmp_path / "corpus")
    before = [p.answer for p in load_content(folder).passages]
    edit_one_article(folder)
    after = [p.answer for p in load_content(folder).passages]
    assert sum(a != b for a, b in zip(before, after)) == 1
    assert json.loads((folder / "part-0000.jsonl").read_text().splitlines()[0])["answer"].startswith("Reviewed again")


def test_percentiles_are_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert percentile(values, 50) == 50.0 and percentile(values, 99) == 99.0 and percentile(values, 100) == 100.0
    assert summary_ms([0.001, 0.002, 0.003])["p50"] == 2.0


def test_a_build_s_peak_memory_is_its_own_not_the_benchmark_s(tmp_path):
    script = tmp_path / "small.py"
    script.write_text("print('done')\n", encoding="utf-8")
    ballast = bytearray(400 * 1024 * 1024)
    ballast[:: 4096] = b"\1" * len(ballast[:: 4096])  # touch every page: this process is now > 400 MB
    measured = run_measured([sys.executable, "-m", "benchmarks.peak", str(script)])
    assert "done" in measured["output"]
    assert measured["peak_rss_mb"] < 200  # a bare interpreter, not the 400 MB it was started from
    del ballast


def test_recall_measures_a_fixed_sample_of_a_large_query_set():
    from benchmarks.run import recall_sample

    queries = [f"query {n}" for n in range(5000)]
    sample = recall_sample(queries, size=300)
    assert len(sample) == len(set(sample)) == 300
    assert sample == recall_sample(queries, size=300)
    assert recall_sample(queries[:100], size=300) == queries[:100]

"""The evaluation harness: loading labelled queries and computing metrics."""

from __future__ import annotations

import json

import pytest

from kb.evaluate import LabelledQuery, evaluate, format_table, load_qrels, load_queries, main


def test_expect_questions_and_ids_resolve_to_passage_ids(knowledge_base, tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text(
        "\n".join(json.dumps(r) for r in [
            {"query": "weak cervix signs", "expect_questions": ["What are the symptoms of incompetent cervix?"], "split": "dev"},
            {"query": "flu jab reactions", "expect_ids": ["flu-vaccine-side-effects"], "split": "heldout"},
            {"query": "cheap flights", "expect_questions": []},
        ]),
        encoding="utf-8",
    )
    queries = load_queries(path, knowledge_base)
    assert len(queries[0].relevant) == 1 and queries[1].relevant == {"flu-vaccine-side-effects"}
    assert queries[2].relevant == set()
    assert [q.query for q in load_queries(path, knowledge_base, split="heldout")] == ["flu jab reactions", "cheap flights"]


def test_unknown_expected_question_is_an_error(knowledge_base, tmp_path):
    path = tmp_path / "q.jsonl"
    path.write_text('{"query": "x", "expect_questions": ["Not a heading?"]}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":1: no passage has the question"):
        load_queries(path, knowledge_base)


def test_qrels_match_ids_and_medquad_suffixes(knowledge_base, tmp_path):
    (tmp_path / "q.jsonl").write_text('{"id": "Q1", "query": "creaky knees"}\n{"id": "Q2", "query": "x"}\n', encoding="utf-8")
    (tmp_path / "qrels").write_text("Q1 4 sample-1\nQ1 1 flu-vaccine-who\nQ2 2 flu-vaccine-who\n", encoding="utf-8")
    queries = load_qrels(tmp_path / "q.jsonl", tmp_path / "qrels", knowledge_base, min_judgment=3)
    assert queries[0].relevant == {"ghr-sample-1"}
    assert queries[1].relevant == set()  # judged only "related": out of scope at this bar


def test_metrics_on_a_known_ranking(knowledge_base):
    target = knowledge_base.search("how is incompetent cervix treated", k=1).hits[0].passage.id
    queries = [LabelledQuery("how is incompetent cervix treated", {target}), LabelledQuery("how to cook rice", set())]
    report = evaluate(knowledge_base, queries, "hybrid")
    assert report.recall[1] == 1.0 and report.mrr == 1.0 and report.ndcg == 1.0
    assert report.answered == 1.0 and report.abstained == 1.0
    assert evaluate(knowledge_base, queries, "bm25").answered is None
    assert "| hybrid |" in format_table([report])


def test_cli_prints_a_table_for_every_method(index_dir, tmp_path, capsys, monkeypatch, encoder):
    monkeypatch.setattr("kb.search.Encoder", lambda model: encoder)
    path = tmp_path / "q.jsonl"
    path.write_text('{"query": "cerclage", "expect_questions": ["How is incompetent cervix treated?"]}\n', encoding="utf-8")
    assert main(["--index", str(index_dir), "--queries", str(path)]) == 0
    out = capsys.readouterr().out
    assert all(f"| {method} |" in out for method in ("hybrid", "dense", "bm25"))


def test_sweep_tabulates_every_weight_and_restores_the_product_weight(knowledge_base):
    from kb.evaluate import sweep

    before = knowledge_base.dense_weight
    treated = next(p.id for p in knowledge_base.passages if p.question == "How is incompetent cervix treated?")
    queries = [LabelledQuery("how is incompetent cervix treated", {treated}),
               LabelledQuery("cheap flights to paris", set())]
    table = sweep(knowledge_base, queries, [0.5, 1.0])
    assert table.count("\n") == 3 and "| 0.50 |" in table and "| 1.00 |" in table
    assert knowledge_base.dense_weight == before


def test_the_product_is_ranked_as_search_shows_it(seed_knowledge_base, monkeypatch):
    """A passage the checks leave out (a price no heading answers) is no hit, even ranked first raw."""
    query = "how much does a cervical cerclage cost"
    raw_first = seed_knowledge_base.search(query, k=1, min_score=0).hits[0].passage.id
    queries = [LabelledQuery(query, {raw_first})]
    assert evaluate(seed_knowledge_base, queries, "hybrid").recall[1] == 0.0
    monkeypatch.setattr("kb.evaluate.AS_SHOWN", False)
    assert evaluate(seed_knowledge_base, queries, "hybrid").recall[1] == 1.0

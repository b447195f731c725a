"""The vector index chosen by size, and exact re-scoring of its candidates."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

import kb.vectors
from kb import KnowledgeBase
from kb.index import build_index, read_manifest
from kb.vectors import build_vector_index, index_kind, read_vector_index, stored_vectors
from kb.views import VIEW_KINDS

QUERIES = ("cervical stitch", "what causes a weak cervix", "is it common", "symptoms", "how to bake bread")


def _unit(n: int, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).standard_normal((n, 16)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_small_collections_stay_exact_and_large_ones_use_hnsw(monkeypatch):
    assert index_kind(build_vector_index(_unit(50))) == "flat"
    monkeypatch.setattr(kb.vectors, "FLAT_MAX_VECTORS", 40)
    assert index_kind(build_vector_index(_unit(50))) == "hnsw"
    with pytest.raises(ValueError):
        build_vector_index(_unit(5), kind="ivf")


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_stored_vectors_are_the_indexed_vectors_without_a_copy(kind):
    vectors = _unit(300)
    index = build_vector_index(vectors, kind=kind)
    stored = stored_vectors(index)
    assert np.array_equal(stored, vectors)
    assert not stored.flags.writeable


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_read_indexes_map_their_vectors_from_the_file(kind, tmp_path):
    vectors = _unit(500, seed=3)
    path = tmp_path / f"{kind}.faiss"
    faiss.write_index(build_vector_index(vectors, kind=kind), str(path))
    index = read_vector_index(path)
    assert index_kind(index) == kind and np.array_equal(stored_vectors(index), vectors)
    # Mapped, not copied: the file appears in this process's memory map (workers share its pages).
    assert str(path) in Path("/proc/self/maps").read_text()
    scores, ids = index.search(vectors[:3], 1)
    assert list(ids[:, 0]) == [0, 1, 2]


def test_dense_scores_of_candidates_are_the_best_cosine_of_each_passage(knowledge_base):
    """Ranking: the best over every vector; evidence: the best over all but list items."""
    vector = knowledge_base.encoder.encode_query("cervical stitch")
    every_vector = stored_vectors(knowledge_base.index.vectors) @ vector
    expected = np.full(len(knowledge_base.passages), -np.inf)
    np.maximum.at(expected, knowledge_base.index.vector_rows, every_vector)
    evidence, ranking, exact = knowledge_base._dense_scores("cervical stitch")
    assert exact.all()  # every passage of a small index is a candidate
    assert np.allclose(ranking, expected, atol=1e-5)
    kinds = np.asarray(knowledge_base.index.vector_kinds)
    assert (kinds == VIEW_KINDS.index("item")).any()  # the fixture content has list items
    evidence_expected = np.full(len(expected), -np.inf)
    items = kinds == VIEW_KINDS.index("item")
    np.maximum.at(evidence_expected, knowledge_base.index.vector_rows, np.where(items, -np.inf, every_vector))
    assert np.allclose(evidence, evidence_expected, atol=1e-5)
    assert (evidence <= ranking + 1e-6).all()


def test_an_hnsw_index_ranks_like_the_exact_one(monkeypatch, tmp_path, content_dir, encoder, knowledge_base):
    monkeypatch.setattr(kb.vectors, "FLAT_MAX_VECTORS", 0)
    build_index(content_dir, tmp_path / "hnsw", encoder)
    assert read_manifest(tmp_path / "hnsw")["vector_index"] == "hnsw"
    approximate = KnowledgeBase.open(tmp_path / "hnsw", encoder=encoder)
    for query in QUERIES:
        exact_hits = knowledge_base.search(query, k=5, min_score=0.0).hits
        hnsw_hits = approximate.search(query, k=5, min_score=0.0).hits
        assert [h.passage.id for h in hnsw_hits] == [h.passage.id for h in exact_hits]

"""The embedding cache: keyed by model and exact text; rebuilds embed only what changed."""

from __future__ import annotations

import shutil

import faiss
import numpy as np

from kb.cache import EmbeddingCache
from kb.index import build_index, resolve_version_dir


class CountingEncoder:
    """Stands in for the model: deterministic vectors, counts what it is asked to embed."""

    def __init__(self, name="model-a", dimension=4):
        self.name, self.dimension, self.calls = name, dimension, []

    def encode_documents(self, texts, show_progress=False):
        self.calls.append(list(texts))
        return np.array([[len(t), t.count("a"), 1.0, 0.0] for t in texts], dtype=np.float32)


def test_second_embedding_of_the_same_texts_uses_the_cache(tmp_path):
    encoder = CountingEncoder()
    first = EmbeddingCache(tmp_path, encoder.name, 4).embed(encoder, ["alpha", "beta", "alpha"])
    assert encoder.calls == [["alpha", "beta"]]  # each distinct text once
    cache = EmbeddingCache(tmp_path, encoder.name, 4)
    cache.embed(encoder, ["alpha"])  # not saved yet: nothing on disk
    assert len(encoder.calls) == 2
    cache.save()
    again = EmbeddingCache(tmp_path, encoder.name, 4)
    vectors = again.embed(encoder, ["alpha", "gamma"])
    assert encoder.calls[-1] == ["gamma"] and (again.hits, again.misses) == (1, 1)
    assert np.array_equal(vectors[0], first[0])


def test_another_model_never_reuses_vectors(tmp_path):
    a, b = CountingEncoder("model-a"), CountingEncoder("model-b")
    cache = EmbeddingCache(tmp_path, a.name, 4)
    cache.embed(a, ["alpha"])
    cache.save()
    EmbeddingCache(tmp_path, b.name, 4).embed(b, ["alpha"])
    assert b.calls == [["alpha"]]


def test_unreadable_cache_is_only_a_slower_build(tmp_path):
    encoder = CountingEncoder()
    cache = EmbeddingCache(tmp_path, encoder.name, 4)
    cache.path.write_bytes(b"not an npz")
    assert EmbeddingCache(tmp_path, encoder.name, 4).embed(encoder, ["alpha"]).shape == (1, 4)


def test_rebuild_embeds_only_the_changed_article(tmp_path, content_dir, encoder):
    index = tmp_path / "index"
    first = build_index(content_dir, index, encoder)
    assert first.reused == 0 and first.embedded > 0
    unchanged = build_index(content_dir, index, encoder)
    assert unchanged.embedded == 0 and unchanged.reused == first.vectors
    a = faiss.read_index(str(resolve_version_dir(index) / "vectors.faiss"))
    assert a.ntotal == first.vectors

    edited = tmp_path / "edited"
    shutil.copytree(content_dir, edited)
    faq = edited / "faq.jsonl"
    faq.write_text(faq.read_text(encoding="utf-8").replace("a low fever", "a mild fever"), encoding="utf-8")
    changed = build_index(edited, index, encoder)
    assert 0 < changed.embedded <= 3  # only the edited answer's chunk(s)

    fresh = build_index(edited, tmp_path / "fresh", encoder, use_cache=False)
    cached_vectors = faiss.read_index(str(resolve_version_dir(index) / "vectors.faiss")).reconstruct_n(0, fresh.vectors)
    fresh_vectors = faiss.read_index(str(resolve_version_dir(tmp_path / "fresh") / "vectors.faiss")).reconstruct_n(0, fresh.vectors)
    assert np.allclose(cached_vectors, fresh_vectors, atol=1e-5)


def test_keys_ending_in_nul_bytes_survive_a_save(tmp_path):
    cache = EmbeddingCache(tmp_path, "m", 4)
    key = b"\x07" * 30 + b"\x00\x00"
    cache._vectors[key] = np.ones(4, dtype=np.float32)
    cache.save()
    assert key in EmbeddingCache(tmp_path, "m", 4)._vectors


def test_first_format_cache_is_read_with_its_keys_restored(tmp_path):
    cache = EmbeddingCache(tmp_path, "m", 4)
    key = b"\x07" * 30 + b"\x00\x00"
    np.savez(cache.path, keys=np.array([key], dtype="S32"), vectors=np.ones((1, 4), dtype=np.float32))
    assert key in EmbeddingCache(tmp_path, "m", 4)._vectors

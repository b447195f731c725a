"""The ONNX query encoder: the same vectors and rankings as PyTorch, and a safe fallback."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from kb import KnowledgeBase, ModelUnavailable
from kb.embedding import Encoder, load_encoder
from kb.onnx_encoder import CONFIG_FILE, MODEL_FILE, OnnxEncoder, cache_root, export_key, load_onnx_encoder

TEXTS = ["What is incompetent cervix?", "cervical stitch", "  padded text  ", "long answer text. " * 200, "é 中文 °"]


@pytest.fixture(scope="module")
def onnx_encoder() -> OnnxEncoder:
    return load_encoder(backend="onnx")


def test_onnx_vectors_match_pytorch(onnx_encoder, encoder):
    assert onnx_encoder.backend == "onnx" and onnx_encoder.name == encoder.name
    assert onnx_encoder.dimension == encoder.dimension == 384
    cosines = (onnx_encoder.encode_documents(TEXTS) * encoder.encode_documents(TEXTS)).sum(axis=1)
    assert cosines.min() > 0.9999
    norms = np.linalg.norm(onnx_encoder.encode_documents(TEXTS), axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)


def test_onnx_token_counts_match_pytorch(onnx_encoder, encoder):
    for text in TEXTS:
        assert onnx_encoder.count_tokens(text) == encoder.count_tokens(text)


def test_rankings_are_the_same_with_either_backend(onnx_encoder, knowledge_base, index_dir):
    with_onnx = KnowledgeBase.open(index_dir, encoder=onnx_encoder)
    for query in ("cervical stitch", "what causes a weak cervix", "is it common", "how to bake bread"):
        torch_hits = knowledge_base.search(query, k=5, min_score=0.0).hits
        onnx_hits = with_onnx.search(query, k=5, min_score=0.0).hits
        assert [h.passage.id for h in onnx_hits] == [h.passage.id for h in torch_hits]
        assert [h.score for h in onnx_hits] == pytest.approx([h.score for h in torch_hits], abs=1e-4)


def test_the_export_is_cached_and_reused(onnx_encoder):
    folder = cache_root() / export_key("sentence-transformers/all-MiniLM-L6-v2")
    assert (folder / MODEL_FILE).is_file() and (folder / CONFIG_FILE).is_file()
    assert load_onnx_encoder("all-MiniLM-L6-v2", export=False).name == onnx_encoder.name  # an alias, same export


def test_auto_falls_back_to_pytorch_and_says_why(monkeypatch, tmp_path, caplog):
    def unavailable(model):
        raise ModelUnavailable("onnxruntime is not installed")

    monkeypatch.setattr("kb.onnx_encoder.load_onnx_encoder", unavailable)
    with caplog.at_level(logging.WARNING):
        encoder = load_encoder(backend="auto")
    assert isinstance(encoder, Encoder) and encoder.backend == "torch"
    assert "onnxruntime is not installed" in caplog.text
    with pytest.raises(ModelUnavailable):
        load_encoder(backend="onnx")
    with pytest.raises(ModelUnavailable, match="unknown encoder backend"):
        load_encoder(backend="tensorflow")


def test_a_damaged_export_is_refused_with_a_clear_error(tmp_path, onnx_encoder):
    import shutil

    folder = tmp_path / export_key("sentence-transformers/all-MiniLM-L6-v2")
    shutil.copytree(cache_root() / folder.name, folder)
    (folder / MODEL_FILE).write_bytes(b"not a model")
    with pytest.raises(ModelUnavailable, match="cannot load the ONNX export"):
        load_onnx_encoder("sentence-transformers/all-MiniLM-L6-v2", cache=tmp_path, export=False)


def test_batch_token_counts_match_one_by_one(onnx_encoder, encoder):
    expected = [encoder.count_tokens(text) for text in TEXTS]
    assert encoder.count_tokens_many(TEXTS) == expected
    assert onnx_encoder.count_tokens_many(TEXTS) == expected
    assert expected[3] > encoder.max_tokens  # counts are not truncated to the model's window

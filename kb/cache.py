"""Embeddings cached by model and exact text, so a rebuild embeds only what changed.

Keys are sha256(model identity, text): never a file name, so an edited article can
never be served a stale vector, and a different model never reuses another's.
The cache is one .npz per model beside the index versions, replaced atomically.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np

from .embedding import Encoder


def text_key(model: str, text: str) -> bytes:
    return hashlib.sha256(f"{model}\0{text}".encode("utf-8")).digest()


class EmbeddingCache:
    """Vectors for (model, text) pairs seen in earlier builds."""

    def __init__(self, folder: Path, model: str, dimension: int):
        self.path = Path(folder) / f"embeddings-{hashlib.sha256(model.encode()).hexdigest()[:16]}.npz"
        self.model = model
        self.dimension = dimension
        self._vectors: dict[bytes, np.ndarray] = {}
        self._keep: set[bytes] | None = None
        self.hits = 0
        self.misses = 0
        if self.path.exists():
            try:
                with np.load(self.path) as data:
                    keys, vectors = data["keys"], data["vectors"]
                if keys.dtype.kind == "S":  # first format: "S32" stripped trailing NULs; restore them
                    keys = np.frombuffer(b"".join(bytes(k).ljust(32, b"\0") for k in keys), dtype=np.uint8).reshape(-1, 32)
                if vectors.ndim == 2 and vectors.shape[1] == dimension and keys.shape == (len(vectors), 32):
                    self._vectors = {k.tobytes(): v for k, v in zip(keys, vectors)}
            except (OSError, ValueError, KeyError):
                self._vectors = {}  # an unreadable cache is only a slower build

    def embed(self, encoder: Encoder, texts: list[str], show_progress: bool = False) -> np.ndarray:
        """Vectors for ``texts`` in order, embedding only those not cached (each text once)."""
        keys = [text_key(self.model, text) for text in texts]
        todo: dict[bytes, str] = {}
        for key, text in zip(keys, texts):
            if key not in self._vectors:
                todo.setdefault(key, text)
        self.misses = len(todo)
        self.hits = sum(1 for key in keys if key not in todo)
        if todo:
            fresh = encoder.encode_documents(list(todo.values()), show_progress=show_progress)
            self._vectors.update(zip(todo.keys(), fresh))
        self._keep = set(keys)
        return np.stack([self._vectors[key] for key in keys]).astype(np.float32, copy=False)

    def save(self) -> None:
        """Write the vectors of the last build (older entries are dropped), atomically."""
        keep = [k for k in self._vectors if self._keep is None or k in self._keep]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(f".tmp-{os.getpid()}.npz")
        np.savez(
            temporary,
            # Raw bytes as uint8 rows: NumPy's "S32" type would strip a digest's trailing NUL bytes.
            keys=np.frombuffer(b"".join(keep), dtype=np.uint8).reshape(-1, 32),
            vectors=np.array([self._vectors[k] for k in keep], dtype=np.float32).reshape(-1, self.dimension),
        )
        os.replace(temporary, self.path)

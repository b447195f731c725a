"""The FAISS index over passage vectors, chosen by size.

Exact (flat) search reads every vector for every query: about 12 ms for the
78k vectors of MedQuAD on this machine, nearly all of a search's time. Past
``FLAT_MAX_VECTORS`` an HNSW graph finds the nearest vectors in about a
millisecond instead; the search then re-scores its candidate passages exactly
(see ``kb.search``), so the approximation only decides which passages are looked
at, never their scores. ``benchmarks/`` measures its recall against exact search.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

# Below this, exact search costs under ~3 ms and needs no tuning: keep it exact.
FLAT_MAX_VECTORS = 20_000
HNSW_NEIGHBOURS = 32  # graph degree (M); 32 is the usual choice for 384-dimensional text vectors
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 384  # candidates explored per query: on MedQuAD 128 gave passage recall@10 0.988, 384 0.995 for +1 ms


def build_vector_index(vectors: np.ndarray, kind: str = "auto") -> faiss.Index:
    """An inner-product index over unit vectors: "flat", "hnsw", or "auto" by size."""
    dimension = vectors.shape[1]
    if kind == "auto":
        kind = "flat" if len(vectors) <= FLAT_MAX_VECTORS else "hnsw"
    if kind == "flat":
        index = faiss.IndexFlatIP(dimension)
    elif kind == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    else:
        raise ValueError(f"unknown vector index kind {kind!r}: use auto, flat or hnsw")
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def read_vector_index(path: Path) -> faiss.Index:
    """Read an index with its vectors memory-mapped, not copied, where FAISS can.

    Every worker process maps the same file, so the operating system keeps one copy of
    the vectors in its page cache however many workers there are (on MedQuAD 120 MB of
    the 140 MB file; the HNSW graph itself is still read into each process). Index
    files are never rewritten in place (each build writes a new version folder), which
    is what makes mapping them safe.
    """
    try:
        return faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC)
    except (AttributeError, RuntimeError):  # an older FAISS, or an index type it cannot map
        return faiss.read_index(str(path))


def index_kind(index: faiss.Index) -> str:
    return "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"


def prepare_for_search(index: faiss.Index) -> faiss.Index:
    """Set query-time parameters after loading (they are not all saved with the index)."""
    if isinstance(index, faiss.IndexHNSW):
        index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


def stored_vectors(index: faiss.Index) -> np.ndarray:
    """The index's own vectors as a read-only (n, d) array, without copying them."""
    flat = faiss.downcast_index(index.storage) if isinstance(index, faiss.IndexHNSW) else index
    codes = faiss.rev_swig_ptr(flat.get_xb(), flat.ntotal * flat.d)
    view = np.asarray(codes).reshape(flat.ntotal, flat.d)
    view.setflags(write=False)
    return view

"""Build, save and load a knowledge-base index folder.

Layout of an index folder (``kb/index`` by default)::

    current -> versions/<version>          a relative symlink, switched in one step
    versions/<version>/manifest.json       model, dimension, counts, checksums, build time
    versions/<version>/passages.jsonl      passage text and metadata (the store)
    versions/<version>/vectors.faiss       FAISS inner-product index over unit vectors
    versions/<version>/vector_rows.npy     for each vector, the passage row it belongs to
    versions/<version>/vector_kinds.npy    for each vector, what it embeds (kb.views.VIEW_KINDS)
    versions/<version>/bm25/               the lexical index
    versions/<version>/vocabulary.json     word counts of the passages, for spelling correction

A build writes a new version folder under a temporary name, renames it when it is
complete and only then moves ``current``: a failed or killed build never touches
the index that servers read. A plain folder holding ``manifest.json`` (no
``current`` link) can also be opened, for indexes copied around by hand.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import secrets
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import faiss
import numpy as np

from .cache import EmbeddingCache
from .content import ContentSet, load_content
from .embedding import Encoder
from .errors import BuildInProgress, ContentError, IndexMismatch, IndexNotFound, ModelChangeRefused
from .lexical import LexicalIndex, lexical_text
from .passage import Passage
from .spelling import word_counts
from .store import passages_digest, read_passages, write_passages
from .vectors import build_vector_index, index_kind, prepare_for_search, read_vector_index
from .views import VIEW_KINDS, ViewConfig, batch_token_counter, passage_views

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
VECTORS = "vectors.faiss"
VECTOR_ROWS = "vector_rows.npy"
VECTOR_KINDS = "vector_kinds.npy"
LEXICAL = "bm25"
VOCABULARY = "vocabulary.json"
CURRENT = "current"
VERSIONS = "versions"
CACHE = "cache"
BUILD_LOCK = ".build.lock"
STAGING_PREFIX = ".building-"
KEEP_VERSIONS = 2  # the live one and the one before, for a quick roll-back


@dataclass
class BuildReport:
    """What a build did, for the CLI summary."""

    index_dir: Path
    version: str
    documents: int
    passages: int
    vectors: int
    seconds: float
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    unanswered: int = 0
    embedded: int = 0  # texts embedded in this build
    reused: int = 0  # texts whose vectors came from the embedding cache
    unchanged: bool = False  # the live index already held exactly this build; nothing published


@dataclass
class LoadedIndex:
    """An index read from disk and checked against its manifest."""

    path: Path  # the version folder
    manifest: dict
    passages: list[Passage]
    vectors: faiss.Index
    vector_rows: np.ndarray
    lexical: LexicalIndex
    # Index into kb.views.VIEW_KINDS per vector; None for indexes built before kinds were stored.
    vector_kinds: np.ndarray | None = None
    # Word counts of the searchable text, for kb.spelling (counted at load for indexes built
    # before they were stored).
    vocabulary: Counter[str] = field(default_factory=Counter)

    @property
    def version(self) -> str:
        return self.manifest["version"]


def build_index(
    content_dir: str | Path,
    index_dir: str | Path,
    encoder: Encoder,
    views: ViewConfig | None = None,
    show_progress: bool = False,
    use_cache: bool = True,
    replace_model: bool = False,
    skip_unchanged: bool = False,
) -> BuildReport:
    """Parse ``content_dir``, embed every passage and publish a new index version.

    Vectors of texts embedded by an earlier build with the same model come from the
    cache in ``index_dir/cache`` (``use_cache=False`` embeds everything again).

    Args:
        replace_model: publish even though the index in use was built with another
            model (servers then need restarting with the new model).
        skip_unchanged: publish nothing when the index in use was built from the same
            content, passages, model and view settings and its files are intact.

    Raises:
        ContentError: bad content; nothing under ``index_dir`` is changed.
        ModelChangeRefused: the index in use was built with another model and
            ``replace_model`` is false; nothing is changed.
        BuildInProgress: another build is publishing into ``index_dir``.
    """
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with _build_lock(index_dir):
        if not replace_model:
            _refuse_model_change(index_dir, encoder.name)
        views = views or ViewConfig()
        content = load_content(content_dir, show_progress=show_progress)
        if not content.passages:
            raise ContentError(content_dir, None, "no passages found in any supported file; nothing to index")
        live = _same_build(index_dir, content, encoder, views) if skip_unchanged else None
        if live is not None:
            return BuildReport(
                index_dir=index_dir,
                version=live["version"],
                documents=content.documents,
                passages=live["passage_count"],
                vectors=live["vector_count"],
                seconds=time.perf_counter() - started,
                skipped=content.skipped,
                warnings=content.warnings,
                unanswered=content.unanswered,
                unchanged=True,
            )

        versions = index_dir / VERSIONS
        versions.mkdir(exist_ok=True)
        _remove_abandoned_builds(versions)
        # Microseconds in the name make name order build order, which pruning relies on
        # (two builds in one second were otherwise ordered by their random suffix).
        version = f"{datetime.now(timezone.utc):%Y%m%dT%H%M%S.%fZ}-{content.checksum[:8]}-{secrets.token_hex(2)}"
        staging = versions / f"{STAGING_PREFIX}{version}"
        staging.mkdir()
        cache = EmbeddingCache(index_dir / CACHE if use_cache else staging / CACHE, encoder.name, encoder.dimension)
        try:
            vector_count, kind = _write_version(staging, content, encoder, views, cache, show_progress)
            _write_manifest(staging, content, encoder, views, version, vector_count, kind, time.perf_counter() - started)
            final = versions / version
            os.replace(staging, final)
            _switch_current(index_dir, final)
            if use_cache:
                cache.save()
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        _prune_versions(index_dir)
    return BuildReport(
        index_dir=index_dir,
        version=version,
        documents=content.documents,
        passages=len(content.passages),
        vectors=vector_count,
        seconds=time.perf_counter() - started,
        skipped=content.skipped,
        warnings=content.warnings,
        unanswered=content.unanswered,
        embedded=cache.misses,
        reused=cache.hits,
    )


@contextlib.contextmanager
def _build_lock(index_dir: Path):
    """One build at a time per index folder; the lock dies with its process, even on kill -9."""
    with (index_dir / BUILD_LOCK).open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildInProgress(index_dir) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_abandoned_builds(versions: Path) -> None:
    """Staging folders left by a killed build (the lock guarantees no build is using them)."""
    for leftover in versions.glob(f"{STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _refuse_model_change(index_dir: str | Path, model: str) -> None:
    """Servers load one model; a version built with another would be refused by every one of them."""
    try:
        live_model = read_manifest(index_dir).get("model")
    except (IndexNotFound, IndexMismatch):
        return  # nothing served yet, or nothing readable to protect
    if live_model != model:
        raise ModelChangeRefused(index_dir, live_model, model)


def _same_build(index_dir: Path, content: ContentSet, encoder: Encoder, views: ViewConfig) -> dict | None:
    """The live manifest when a build now would publish the same index again, else None.

    The passages are compared by the digest of their serialised form, so a parser
    change that alters passages from unchanged files still triggers a build.
    """
    try:
        folder = resolve_version_dir(index_dir)
        manifest = read_manifest(folder)
    except (IndexNotFound, IndexMismatch):
        return None
    same = (
        manifest.get("format_version") == FORMAT_VERSION
        and manifest.get("model") == encoder.name
        and manifest.get("views") == views.to_dict()
        and manifest.get("content_checksum") == content.checksum
        and manifest.get("files", {}).get(PASSAGES, {}).get("sha256") == passages_digest(content.passages)
        # An index from before vocabularies were stored is rebuilt once to gain one.
        and VOCABULARY in manifest.get("files", {})
    )
    if not same:
        return None
    try:
        _verify_files(folder, manifest)  # a damaged live index is rebuilt, not kept
    except IndexMismatch:
        return None
    return manifest


def _write_version(
    folder: Path, content: ContentSet, encoder: Encoder, views: ViewConfig, cache: EmbeddingCache, show_progress: bool
) -> tuple[int, str]:
    texts: list[str] = []
    rows: list[int] = []
    kinds: list[int] = []
    count_tokens = batch_token_counter(content.passages, encoder.count_tokens_many, views)
    for row, passage in enumerate(content.passages):
        for view in passage_views(passage, count_tokens, views):
            texts.append(view.text)
            rows.append(row)
            kinds.append(VIEW_KINDS.index(view.kind))
    vectors = cache.embed(encoder, texts, show_progress=show_progress)
    vector_index = build_vector_index(vectors)
    faiss.write_index(vector_index, str(folder / VECTORS))
    np.save(folder / VECTOR_ROWS, np.asarray(rows, dtype=np.int32))
    np.save(folder / VECTOR_KINDS, np.asarray(kinds, dtype=np.uint8))
    write_passages(folder / PASSAGES, content.passages)
    LexicalIndex.build(content.passages).save(folder / LEXICAL)
    vocabulary = passage_vocabulary(content.passages)
    (folder / VOCABULARY).write_text(json.dumps(dict(vocabulary.most_common()), ensure_ascii=False), encoding="utf-8")
    return len(texts), index_kind(vector_index)


def _write_manifest(
    folder: Path,
    content: ContentSet,
    encoder: Encoder,
    views: ViewConfig,
    version: str,
    vectors: int,
    vector_index: str,
    seconds: float,
) -> None:
    manifest = {
        "format_version": FORMAT_VERSION,
        "version": version,
        "model": encoder.name,
        "dimension": encoder.dimension,
        "document_count": content.documents,
        "passage_count": len(content.passages),
        "vector_count": vectors,
        "vector_index": vector_index,
        "content_checksum": content.checksum,
        "built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "build_seconds": round(seconds, 2),
        "views": views.to_dict(),
        "unanswered_skipped": content.unanswered,
        "files": {name: _file_digest(folder / name) for name in _data_files(folder)},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


def _data_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)


def _file_digest(path: Path) -> dict:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return {"sha256": digest.hexdigest(), "bytes": path.stat().st_size}


def _switch_current(index_dir: Path, target: Path) -> None:
    """Point ``current`` at ``target`` in one atomic rename."""
    link = index_dir / CURRENT
    temporary = index_dir / f".{CURRENT}-{secrets.token_hex(4)}"
    os.symlink(os.path.relpath(target, index_dir), temporary)
    os.replace(temporary, link)


def _prune_versions(index_dir: Path) -> None:
    versions = index_dir / VERSIONS
    live = (index_dir / CURRENT).resolve()
    finished = sorted((p for p in versions.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True)
    for old in finished[KEEP_VERSIONS:]:
        if old.resolve() != live:
            shutil.rmtree(old, ignore_errors=True)


def resolve_version_dir(index_dir: str | Path) -> Path:
    """The version folder an index folder currently serves."""
    index_dir = Path(index_dir)
    link = index_dir / CURRENT
    if link.is_symlink() or link.exists():
        target = link.resolve()
        if not (target / MANIFEST).is_file():
            raise IndexNotFound(index_dir, f"'current' points at {target}, which holds no manifest")
        return target
    if (index_dir / MANIFEST).is_file():
        return index_dir
    raise IndexNotFound(index_dir)


def read_manifest(index_dir: str | Path) -> dict:
    """The manifest of the version an index folder currently serves."""
    folder = resolve_version_dir(index_dir)
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise IndexMismatch(folder, f"manifest unreadable ({error})") from None


def load_index(index_dir: str | Path, expected_model: str | None = None, verify: bool = True) -> LoadedIndex:
    """Open an index, checking every file against the manifest.

    Args:
        expected_model: the model the caller will embed queries with; a different
            one in the manifest is refused (vectors of two models never mix).
        verify: check file sizes and checksums (skip only in trusted hot paths).

    Raises:
        IndexNotFound, IndexMismatch
    """
    folder = resolve_version_dir(index_dir)
    manifest = read_manifest(folder)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatch(folder, f"format version {manifest.get('format_version')!r}, expected {FORMAT_VERSION}")
    if expected_model is not None and manifest.get("model") != expected_model:
        raise IndexMismatch(
            folder, f"built with model {manifest.get('model')!r} but the server uses {expected_model!r}"
        )
    if verify:
        _verify_files(folder, manifest)
    try:
        passages = read_passages(folder / PASSAGES)
        vectors = prepare_for_search(read_vector_index(folder / VECTORS))
        vector_rows = np.load(folder / VECTOR_ROWS)
        vector_kinds = np.load(folder / VECTOR_KINDS) if (folder / VECTOR_KINDS).is_file() else None
        lexical = LexicalIndex.load(folder / LEXICAL)
        vocabulary = (
            _read_vocabulary(folder / VOCABULARY) if (folder / VOCABULARY).is_file() else passage_vocabulary(passages)
        )
    except Exception as error:  # faiss raises RuntimeError, numpy ValueError, json ValueError…
        raise IndexMismatch(folder, f"index files unreadable ({error})") from None
    checks = [
        (len(passages), manifest["passage_count"], "passages"),
        (vectors.ntotal, manifest["vector_count"], "vectors"),
        (len(vector_rows), manifest["vector_count"], "vector rows"),
        *([(len(vector_kinds), manifest["vector_count"], "vector kinds")] if vector_kinds is not None else []),
        (vectors.d, manifest["dimension"], "vector dimension"),
    ]
    for found, expected, what in checks:
        if found != expected:
            raise IndexMismatch(folder, f"{what}: found {found}, manifest says {expected}")
    # Search relies on each passage's vectors being stored together, in passage order.
    if len(vector_rows) and (np.any(np.diff(vector_rows) < 0) or vector_rows[-1] >= len(passages)):
        raise IndexMismatch(folder, "vector rows are not in passage order")
    if vector_kinds is not None and len(vector_kinds) and vector_kinds.max() >= len(VIEW_KINDS):
        raise IndexMismatch(folder, "vector kinds unknown to this version")
    return LoadedIndex(folder, manifest, passages, vectors, vector_rows, lexical, vector_kinds, vocabulary)


def passage_vocabulary(passages: list[Passage]) -> Counter[str]:
    """How often each word occurs in what search reads of the passages."""
    return word_counts(lexical_text(passage) for passage in passages)


def _read_vocabulary(path: Path) -> Counter[str]:
    counts = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(counts, dict) or not all(isinstance(n, int) for n in counts.values()):
        raise ValueError(f"{VOCABULARY} is not a word count table")
    return Counter(counts)


def _verify_files(folder: Path, manifest: dict) -> None:
    for name, expected in manifest.get("files", {}).items():
        path = folder / name
        if not path.is_file():
            raise IndexMismatch(folder, f"{name} is missing")
        if path.stat().st_size != expected["bytes"]:
            raise IndexMismatch(folder, f"{name} is {path.stat().st_size} bytes, manifest says {expected['bytes']}")
        if _file_digest(path)["sha256"] != expected["sha256"]:
            raise IndexMismatch(folder, f"{name} does not match its checksum")

"""The passage store: passage text and metadata in a plain JSONL file beside the vectors.

FAISS holds only vectors; everything a reader sees comes from here, byte for byte
as the parser produced it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from .passage import Passage


def write_passages(path: Path, passages: list[Passage]) -> None:
    """One JSON object per line, in row order (row i is passage i of the index)."""
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.writelines(_lines(passages))


def passages_digest(passages: list[Passage]) -> str:
    """The sha256 that :func:`write_passages` would give the file, without writing it."""
    digest = hashlib.sha256()
    for line in _lines(passages):
        digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def _lines(passages: list[Passage]) -> Iterator[str]:
    for passage in passages:
        yield json.dumps(passage.to_dict(), ensure_ascii=False) + "\n"


def read_passages(path: Path) -> list[Passage]:
    """Inverse of :func:`write_passages`."""
    with path.open(encoding="utf-8") as handle:
        return [Passage.from_dict(json.loads(line)) for line in handle if line.strip()]

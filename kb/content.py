"""Read every supported file under a content folder into passages.

Supported: ``.txt`` articles (see :mod:`kb.article`), ``.jsonl`` Q&A records
(:mod:`kb.jsonl`) and MedQuAD ``.xml`` documents (:mod:`kb.medquad`). Anything
else is skipped and reported, never silently dropped.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from .article import parse_article
from .errors import ContentError
from .jsonl import load_jsonl
from .medquad import NotMedQuAD, load_medquad
from .passage import Passage

SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".xml")
# A collection's own documentation (MedQuAD ships readme.txt and LICENSE.txt) is not an article.
DOCUMENTATION_STEMS = {"readme", "license", "licence", "changelog", "copying", "notice"}


@dataclass
class ContentSet:
    """All passages read from one content folder, with an account of what was not used."""

    passages: list[Passage] = field(default_factory=list)
    documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (path, what)
    unanswered: int = 0  # MedQuAD pairs whose answer was removed
    checksum: str = ""  # sha256 over every file read (path and bytes)


def load_content(content_dir: str | Path, show_progress: bool = False) -> ContentSet:
    """Parse every supported file under ``content_dir`` (recursively, in a stable order).

    Raises:
        ContentError: a file is not valid for its format, or two passages share an id.
    """
    root = Path(content_dir)
    if not root.is_dir():
        raise ContentError(root, None, "content folder not found")
    files = sorted(p for p in root.rglob("*") if p.is_file() and not _is_hidden(p.relative_to(root)))
    result = ContentSet()
    digest = hashlib.sha256()
    owners: dict[str, str] = {}
    for path in tqdm(files, desc="Reading content", unit="file", disable=not show_progress):
        relative = path.relative_to(root).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            result.skipped.append((relative, f"unsupported format ({path.suffix or 'no extension'})"))
            continue
        if path.stem.lower() in DOCUMENTATION_STEMS:
            result.skipped.append((relative, "documentation file, not an article"))
            continue
        data = path.read_bytes()
        digest.update(relative.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
        passages = _load_file(path, relative, data, result)
        if passages is None:
            continue
        for passage in passages:
            if passage.id in owners:
                raise ContentError(
                    path, passage.source.line_start, f"duplicate passage id {passage.id!r} (also in {owners[passage.id]})"
                )
            owners[passage.id] = relative
        result.passages.extend(passages)
        result.documents += 1
    result.checksum = digest.hexdigest()
    return result


def _load_file(path: Path, relative: str, data: bytes, result: ContentSet) -> list[Passage] | None:
    """Parse one file by its suffix; None when it was skipped (and recorded as such)."""
    suffix = path.suffix.lower()
    if suffix == ".xml":
        try:
            passages, unanswered = load_medquad(data, relative, str(path))
        except NotMedQuAD:
            result.skipped.append((relative, "XML that is not a MedQuAD <Document>"))
            return None
        result.unanswered += unanswered
        if not passages:
            result.skipped.append((relative, f"no answered questions ({unanswered} without an answer)"))
            return None
        return passages

    text = _decode(data, path)
    if suffix == ".jsonl":
        passages, warnings = load_jsonl(text, relative, str(path))
    else:
        article = parse_article(text, relative)
        passages, warnings = article.passages, article.warnings
    result.warnings.extend((relative, warning) for warning in warnings)
    if not passages:
        result.skipped.append((relative, "no passages found"))
        return None
    return passages


def _decode(data: bytes, path: Path) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ContentError(path, line, f"not UTF-8 text (byte 0x{data[error.start]:02x})") from None


def _is_hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)

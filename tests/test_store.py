"""The passage store: a JSONL file that reads back exactly, and its digest without writing it."""

from __future__ import annotations

import hashlib

from kb.content import load_content
from kb.store import passages_digest, read_passages, write_passages


def test_passages_read_back_exactly_and_the_digest_matches_the_file(tmp_path, content_dir):
    passages = load_content(content_dir).passages
    path = tmp_path / "passages.jsonl"
    write_passages(path, passages)
    assert read_passages(path) == passages
    assert passages_digest(passages) == hashlib.sha256(path.read_bytes()).hexdigest()
    edited = passages[:-1]
    assert passages_digest(edited) != passages_digest(passages)

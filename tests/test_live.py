"""Following newly published index versions without a restart."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time

from kb import KnowledgeBase
from kb.index import MANIFEST, build_index
from kb.live import LiveKnowledgeBase

from .conftest import SEED_ARTICLE


def _seed_only(tmp_path):
    folder = tmp_path / "content"
    folder.mkdir()
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    return folder


def test_new_version_is_served_from_the_next_request(tmp_path, content_dir, encoder):
    index = tmp_path / "index"
    first = build_index(_seed_only(tmp_path), index, encoder)
    live = LiveKnowledgeBase(KnowledgeBase.open(index, encoder=encoder, min_score=0.3), index)
    before = live.get()
    assert before.index.version == first.version and len(before.passages) == 9

    second = build_index(content_dir, index, encoder)
    after = live.get()
    assert after.index.version == second.version and len(after.passages) == 12
    assert after.encoder is before.encoder  # the model is loaded once, shared by versions
    assert after.min_score == 0.3  # the server's settings carry over
    assert len(before.passages) == 9  # a request holding the old version still has it whole
    assert live.get() is after  # loaded once, not per request


def test_a_broken_published_version_is_skipped_and_reported(tmp_path, content_dir, encoder):
    index = tmp_path / "index"
    build_index(_seed_only(tmp_path), index, encoder)
    live = LiveKnowledgeBase(KnowledgeBase.open(index, encoder=encoder), index)
    serving = live.get()

    broken = index / "versions" / "broken"
    shutil.copytree(serving.index.path, broken)
    manifest = json.loads((broken / MANIFEST).read_text())
    manifest["passage_count"] += 1
    (broken / MANIFEST).write_text(json.dumps(manifest))
    os.replace(_symlink(index, "versions/broken"), index / "current")

    assert live.get() is serving
    assert "passages: found 9, manifest says 10" in live.last_error

    good = build_index(content_dir, index, encoder)  # the next good publish is picked up
    assert live.get().index.version == good.version
    assert live.last_error is None


def test_without_an_index_folder_the_given_version_is_kept(knowledge_base):
    live = LiveKnowledgeBase(knowledge_base)
    assert live.get() is knowledge_base


def test_concurrent_requests_during_a_publish_each_get_a_whole_version(tmp_path, content_dir, encoder):
    index = tmp_path / "index"
    old = build_index(_seed_only(tmp_path), index, encoder).version
    live = LiveKnowledgeBase(KnowledgeBase.open(index, encoder=encoder), index)
    seen: list[list[str]] = [[] for _ in range(4)]
    stop = threading.Event()

    def ask(log):
        while not stop.is_set():
            kb = live.get()
            log.append(kb.index.version)
            assert len(kb.passages) == kb.manifest["passage_count"]

    threads = [threading.Thread(target=ask, args=(log,)) for log in seen]
    for thread in threads:
        thread.start()
    new = build_index(content_dir, index, encoder).version
    deadline = time.monotonic() + 60
    while not all(log and log[-1] == new for log in seen) and time.monotonic() < deadline:
        time.sleep(0.01)
    stop.set()
    for thread in threads:
        thread.join()
    for log in seen:
        changes = [(a, b) for a, b in zip(log, log[1:]) if a != b]
        assert changes == [(old, new)] or (log[0] == new and not changes)


def _symlink(index, target):
    temporary = index / ".current-test"
    os.symlink(target, temporary)
    return temporary


def test_a_version_built_with_another_model_is_refused_not_mixed(tmp_path, content_dir, encoder):
    index = tmp_path / "index"
    build_index(_seed_only(tmp_path), index, encoder)
    live = LiveKnowledgeBase(KnowledgeBase.open(index, encoder=encoder), index)
    serving = live.get()
    other = index / "versions" / "other-model"
    shutil.copytree(serving.index.path, other)
    manifest = json.loads((other / MANIFEST).read_text())
    manifest["model"] = "sentence-transformers/all-mpnet-base-v2"
    (other / MANIFEST).write_text(json.dumps(manifest))
    os.replace(_symlink(index, "versions/other-model"), index / "current")

    assert live.get() is serving
    assert "built with model 'sentence-transformers/all-mpnet-base-v2'" in live.last_error

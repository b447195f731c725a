"""Building, publishing and reopening an index; refusing broken or mismatched ones."""

from __future__ import annotations

import json
import shutil

import pytest

from kb import IndexMismatch, IndexNotFound, KnowledgeBase
from kb.errors import BuildInProgress, ContentError, ModelChangeRefused
from kb.index import MANIFEST, build_index, load_index, read_manifest, resolve_version_dir


def test_manifest_describes_the_index(index_dir, knowledge_base):
    manifest = read_manifest(index_dir)
    assert manifest["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["dimension"] == 384
    assert manifest["passage_count"] == 12
    assert manifest["document_count"] == 3
    assert manifest["vector_count"] > manifest["passage_count"]  # several views per passage
    assert len(manifest["content_checksum"]) == 64
    assert manifest["built_at"].endswith("+00:00")
    assert set(manifest["files"]) >= {
        "passages.jsonl", "vectors.faiss", "vector_rows.npy", "vector_kinds.npy", "vocabulary.json",
    }
    kinds = knowledge_base.index.vector_kinds
    assert len(kinds) == manifest["vector_count"] and set(kinds) == {0, 1, 2, 3}  # question, answer, alt name, item
    assert knowledge_base.index.version == manifest["version"]


def test_reopened_index_has_the_same_passages(index_dir, knowledge_base, encoder):
    again = KnowledgeBase.open(index_dir, encoder=encoder)
    assert [p.to_dict() for p in again.passages] == [p.to_dict() for p in knowledge_base.passages]


def test_rebuild_publishes_a_new_version_and_keeps_one_previous(tmp_path, content_dir, encoder):
    target = tmp_path / "index"
    versions = [build_index(content_dir, target, encoder).version for _ in range(3)]
    assert resolve_version_dir(target).name == versions[-1]
    kept = sorted(p.name for p in (target / "versions").iterdir())
    assert kept == sorted(versions[-2:])


def test_bad_content_leaves_the_live_index_untouched(tmp_path, content_dir, encoder):
    target = tmp_path / "index"
    live = build_index(content_dir, target, encoder).version
    bad = tmp_path / "bad"
    shutil.copytree(content_dir, bad)
    (bad / "broken.jsonl").write_text('{"id": "x", "question": "Q?"}\n', encoding="utf-8")
    with pytest.raises(ContentError):
        build_index(bad, target, encoder)
    assert resolve_version_dir(target).name == live
    assert [p.name for p in (target / "versions").iterdir()] == [live]  # no half-built leftovers


def test_missing_index_names_the_build_command(tmp_path):
    with pytest.raises(IndexNotFound, match="python build_index.py --index"):
        load_index(tmp_path / "nothing-here")


@pytest.fixture()
def index_copy(tmp_path, index_dir):
    copy = tmp_path / "copy"
    shutil.copytree(resolve_version_dir(index_dir), copy)
    return copy


def test_corrupted_file_is_refused(index_copy):
    with (index_copy / "passages.jsonl").open("r+b") as handle:
        handle.seek(10)
        handle.write(b"X")
    with pytest.raises(IndexMismatch, match="passages.jsonl does not match its checksum"):
        load_index(index_copy)


def test_truncated_file_is_refused(index_copy):
    path = index_copy / "vectors.faiss"
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(IndexMismatch, match="vectors.faiss is 100 bytes"):
        load_index(index_copy)


def test_missing_file_is_refused(index_copy):
    (index_copy / "vector_rows.npy").unlink()
    with pytest.raises(IndexMismatch, match="vector_rows.npy is missing"):
        load_index(index_copy)


def without_file(index_folder, name: str):
    """The index folder as versions from before ``name`` was stored wrote it."""
    (index_folder / name).unlink()
    manifest = json.loads((index_folder / MANIFEST).read_text())
    del manifest["files"][name]
    (index_folder / MANIFEST).write_text(json.dumps(manifest))
    return index_folder


def test_an_index_built_before_vector_kinds_were_stored_still_loads(index_copy, encoder):
    """Every vector of such an index is evidence (it has no list-item vectors)."""
    knowledge_base = KnowledgeBase(load_index(without_file(index_copy, "vector_kinds.npy")), encoder)
    assert knowledge_base.index.vector_kinds is None
    evidence, ranking, exact = knowledge_base._dense_scores("cervical stitch")
    assert exact.all()  # every passage of a small index is a candidate
    assert (evidence == ranking).all()


def test_the_vocabulary_counts_the_words_of_the_passages(knowledge_base):
    vocabulary = knowledge_base.index.vocabulary
    assert vocabulary["cervix"] > 5 and vocabulary["cerclage"] >= 1
    assert all(word == word.lower() for word in vocabulary)


def test_an_index_built_before_vocabularies_were_stored_still_corrects_spelling(index_copy, encoder, knowledge_base):
    old = KnowledgeBase(load_index(without_file(index_copy, "vocabulary.json")), encoder)
    assert old.index.vocabulary == knowledge_base.index.vocabulary  # counted at load
    assert old.search("incompitent cervix").searched == "incompetent cervix"


def test_index_of_another_model_is_refused(index_copy):
    manifest = json.loads((index_copy / MANIFEST).read_text())
    manifest["model"] = "someone/else"
    (index_copy / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="built with model 'someone/else'"):
        load_index(index_copy, expected_model="sentence-transformers/all-MiniLM-L6-v2")


def test_count_mismatch_is_refused(index_copy):
    manifest = json.loads((index_copy / MANIFEST).read_text())
    manifest["passage_count"] += 1
    (index_copy / MANIFEST).write_text(json.dumps(manifest))
    with pytest.raises(IndexMismatch, match="passages: found 12, manifest says 13"):
        load_index(index_copy)


def test_a_build_with_another_model_than_the_index_in_use_is_refused(tmp_path, content_dir, encoder):
    target = tmp_path / "index"
    build_index(content_dir, target, encoder)
    live = resolve_version_dir(target)
    manifest = json.loads((live / MANIFEST).read_text())
    manifest["model"] = "sentence-transformers/all-mpnet-base-v2"  # as if built with another model
    (live / MANIFEST).write_text(json.dumps(manifest))

    with pytest.raises(ModelChangeRefused, match="--replace-model"):
        build_index(content_dir, target, encoder)
    assert resolve_version_dir(target) == live

    report = build_index(content_dir, target, encoder, replace_model=True)
    assert resolve_version_dir(target).name == report.version


def test_only_one_build_at_a_time_per_index_folder(tmp_path, content_dir, encoder):
    import fcntl

    target = tmp_path / "index"
    target.mkdir()
    with (target / ".build.lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a build in another process would
        with pytest.raises(BuildInProgress, match="another build is running"):
            build_index(content_dir, target, encoder)
    assert build_index(content_dir, target, encoder).passages == 12


def test_a_staging_folder_left_by_a_killed_build_is_removed_by_the_next(tmp_path, content_dir, encoder):
    target = tmp_path / "index"
    build_index(content_dir, target, encoder)
    leftover = target / "versions" / ".building-20260101T000000.000000Z-dead"
    leftover.mkdir()
    (leftover / "vectors.faiss").write_bytes(b"half written")
    build_index(content_dir, target, encoder)
    assert not leftover.exists()


def test_skip_unchanged_keeps_an_intact_index_and_rebuilds_a_changed_or_damaged_one(tmp_path, content_dir, encoder):
    from kb.views import ViewConfig

    target = tmp_path / "index"
    first = build_index(content_dir, target, encoder)
    same = build_index(content_dir, target, encoder, skip_unchanged=True)
    assert same.unchanged and same.version == first.version and same.vectors == first.vectors
    assert resolve_version_dir(target).name == first.version

    other_views = build_index(content_dir, target, encoder, views=ViewConfig(chunk_tokens=64), skip_unchanged=True)
    assert not other_views.unchanged and resolve_version_dir(target).name == other_views.version

    live = resolve_version_dir(target)
    with (live / "vector_rows.npy").open("r+b") as handle:  # damage the live index
        handle.seek(200)
        handle.write(b"\xff")
    repaired = build_index(content_dir, target, encoder, views=ViewConfig(chunk_tokens=64), skip_unchanged=True)
    assert not repaired.unchanged and load_index(target).version == repaired.version

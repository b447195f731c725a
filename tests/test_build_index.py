"""The build_index.py command: summary, clear errors, exit codes."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time

import pytest

import build_index
from kb.index import load_index, resolve_version_dir

from .conftest import ROOT


@pytest.fixture()
def run(monkeypatch, encoder):
    """Run the CLI in-process, reusing the session's encoder instead of loading the model again."""
    monkeypatch.setattr(build_index, "load_encoder", lambda model, backend: encoder)

    def _run(*args):
        return build_index.main(list(args))

    return _run


def test_build_prints_a_summary(run, content_dir, tmp_path, capsys):
    assert run("--content", str(content_dir), "--index", str(tmp_path / "i"), "--quiet") == 0
    out = capsys.readouterr().out
    assert "3 document(s), 12 passage(s)" in out
    assert "Skipped 1 question(s) without an answer" in out
    assert "notes.md: unsupported format (.md)" in out


def test_malformed_content_exits_non_zero_with_file_and_line(run, content_dir, tmp_path, capsys):
    index = tmp_path / "i"
    assert run("--content", str(content_dir), "--index", str(index), "--quiet") == 0
    live = resolve_version_dir(index)
    bad = tmp_path / "bad"
    shutil.copytree(content_dir, bad)
    (bad / "zz.jsonl").write_text('{"id": "a", "question": "Q?", "answer": "A."}\n{oops\n', encoding="utf-8")
    assert run("--content", str(bad), "--index", str(index), "--quiet") == 1
    err = capsys.readouterr().err
    assert f"{bad / 'zz.jsonl'}:2: not valid JSON" in err
    assert "The index in use was not changed." in err
    assert resolve_version_dir(index) == live


def test_if_missing_skips_an_existing_index(run, content_dir, tmp_path, capsys):
    index = tmp_path / "i"
    assert run("--content", str(content_dir), "--index", str(index), "--quiet", "--if-missing") == 0
    first = resolve_version_dir(index)
    assert run("--content", str(content_dir), "--index", str(index), "--quiet", "--if-missing") == 0
    assert "nothing to do" in capsys.readouterr().out
    assert resolve_version_dir(index) == first


def test_an_unchanged_rebuild_publishes_nothing_unless_forced(run, content_dir, tmp_path, capsys):
    index = tmp_path / "i"
    assert run("--content", str(content_dir), "--index", str(index), "--quiet") == 0
    first = resolve_version_dir(index)
    capsys.readouterr()
    assert run("--content", str(content_dir), "--index", str(index), "--quiet") == 0
    out = capsys.readouterr().out
    assert f"Index {first.name} in {index} is up to date" in out and "Use --force" in out
    assert resolve_version_dir(index) == first
    assert run("--content", str(content_dir), "--index", str(index), "--quiet", "--force") == 0
    forced = resolve_version_dir(index)
    assert forced != first and "Built index" in capsys.readouterr().out

    edited = tmp_path / "edited"
    shutil.copytree(content_dir, edited)
    faq = edited / "faq.jsonl"
    faq.write_text(faq.read_text(encoding="utf-8").replace("a low fever", "a mild fever"), encoding="utf-8")
    assert run("--content", str(edited), "--index", str(index), "--quiet") == 0
    assert resolve_version_dir(index) not in (first, forced)
    assert "mild fever" in (resolve_version_dir(index) / "passages.jsonl").read_text(encoding="utf-8")


def test_missing_content_folder_is_a_clear_error(run, tmp_path, capsys):
    assert run("--content", str(tmp_path / "none"), "--index", str(tmp_path / "i"), "--quiet") == 1
    assert "content folder not found" in capsys.readouterr().err


def test_killing_a_build_midway_leaves_the_index_in_use_untouched(content_dir, tmp_path):
    """kill -9 while embedding: `current` still serves the previous version, intact."""
    index = tmp_path / "index"
    big = tmp_path / "big"
    shutil.copytree(content_dir, big)
    with (big / "many.jsonl").open("w", encoding="utf-8") as out:
        for n in range(4000):  # enough embedding work to be caught in the middle of it
            out.write(json.dumps({"id": f"q{n}", "question": f"What is condition number {n}?",
                                  "answer": f"Condition {n} is a made-up condition used to test builds. " * 3}) + "\n")
    command = [sys.executable, str(ROOT / "build_index.py"), "--content", str(content_dir), "--index", str(index), "--quiet"]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=300)
    live = resolve_version_dir(index)
    manifest_before = (live / "manifest.json").read_bytes()

    command[command.index(str(content_dir))] = str(big)
    process = subprocess.Popen(command + ["--no-cache"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not list((index / "versions").glob(".building-*")) and time.monotonic() < deadline:
        assert process.poll() is None, "the build ended before it could be interrupted"
        time.sleep(0.05)
    time.sleep(1.0)  # well inside the embedding of 4,000 passages
    assert process.poll() is None, "the build ended before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)

    assert resolve_version_dir(index) == live
    assert (live / "manifest.json").read_bytes() == manifest_before
    assert len(load_index(index).passages) == 12  # every file still matches its checksum

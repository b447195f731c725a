"""App factory, settings and the end-to-end verbatim guarantee."""

from __future__ import annotations

import pytest

from kb.article import parse_article
from webapp import StartupError, create_app
from webapp.settings import SETTINGS, load_settings

from .conftest import ROOT, SEED_ARTICLE


def test_missing_index_stops_start_up_naming_the_build_command(tmp_path):
    with pytest.raises(StartupError, match=r"python build_index.py --index"):
        create_app({"KB_INDEX_DIR": str(tmp_path / "none")})


def test_settings_come_from_config_then_environment_then_default(monkeypatch):
    monkeypatch.setenv("KB_DEFAULT_K", "7")
    monkeypatch.setenv("KB_MIN_SCORE", "0.3")
    values = load_settings({"KB_MIN_SCORE": 0.6})
    assert values["KB_DEFAULT_K"] == 7
    assert values["KB_MIN_SCORE"] == 0.6
    assert values["KB_INDEX_DIR"] == "kb/index"


@pytest.mark.parametrize(("value", "expected"), [("auto", None), ("", None), ("0.45", 0.45)])
def test_min_score_from_the_environment_may_ask_for_calibration(monkeypatch, value, expected):
    monkeypatch.setenv("KB_MIN_SCORE", value)
    assert load_settings()["KB_MIN_SCORE"] == expected


def test_invalid_environment_setting_is_named(monkeypatch):
    monkeypatch.setenv("KB_DEFAULT_K", "many")
    with pytest.raises(ValueError, match="KB_DEFAULT_K='many'"):
        load_settings()


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in readme]
    assert missing == []


def test_answer_is_byte_identical_from_source_file_to_api_response(client):
    """End to end: the bytes of the source file, the parser, the index store, the JSON API."""
    source = SEED_ARTICLE.read_bytes()
    expected = {p.question: p.answer for p in parse_article(source.decode("utf-8"), SEED_ARTICLE.name).passages}
    for question, answer in expected.items():
        body = client.get("/api/v1/search", query_string={"q": question, "k": 1}).get_json()
        served = body["results"][0]
        assert served["question"] == question
        assert served["answer"].encode("utf-8") == answer.encode("utf-8")
        assert served["answer"].encode("utf-8") in source

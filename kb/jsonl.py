"""Load Q&A records exported from a CMS or another collection: one JSON object per line."""

from __future__ import annotations

import json

from .article import parse_iso_date
from .errors import ContentError
from .passage import Passage, Source

REQUIRED = ("id", "question", "answer")
OPTIONAL_TEXT = ("title", "section", "url", "reviewed_by", "byline", "site")
DATES = ("review_date", "last_modified")
KNOWN = set(REQUIRED) | set(OPTIONAL_TEXT) | set(DATES) | {"disclaimer", "alt_names"}


def load_jsonl(text: str, document: str, path: str) -> tuple[list[Passage], list[str]]:
    """Parse JSONL text into passages; raise ContentError naming the line of the first bad record.

    Returns the passages and warnings (unknown fields that were ignored).
    """
    passages: list[Passage] = []
    unknown: set[str] = set()
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ContentError(path, number, f"not valid JSON ({error.msg} at column {error.colno})") from None
        if not isinstance(record, dict):
            raise ContentError(path, number, "each line must be a JSON object")
        passages.append(_passage_from_record(record, document, path, number))
        unknown |= set(record) - KNOWN
    warnings = [f"unknown field(s) ignored: {', '.join(sorted(unknown))}"] if unknown else []
    return passages, warnings


def _passage_from_record(record: dict, document: str, path: str, number: int) -> Passage:
    for key in REQUIRED:
        value = record.get(key)
        if not isinstance(value, str) or not value.strip():
            raise ContentError(path, number, f"field {key!r} is required and must be a non-empty string")
    for key in OPTIONAL_TEXT:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ContentError(path, number, f"field {key!r} must be a string")
    dates = {}
    for key in DATES:
        raw = record.get(key)
        if raw is None or raw == "":
            dates[key] = None
            continue
        parsed = parse_iso_date(raw) if isinstance(raw, str) else None
        if parsed is None:
            raise ContentError(path, number, f"field {key!r} is not a date: {raw!r} (use YYYY-MM-DD)")
        dates[key] = parsed
    return Passage(
        id=record["id"].strip(),
        title=(record.get("title") or record["question"]).strip(),
        section=record.get("section") or None,
        question=record["question"].strip(),
        answer=record["answer"],
        disclaimers=_string_list(record, "disclaimer", path, number),
        source=Source(
            document=document,
            url=record.get("url") or None,
            byline=record.get("byline") or None,
            reviewed_by=record.get("reviewed_by") or None,
            review_date=dates["review_date"],
            last_modified=dates["last_modified"],
            site=record.get("site") or None,
            line_start=number,
            line_end=number,
        ),
        alt_names=_string_list(record, "alt_names", path, number),
    )


def _string_list(record: dict, key: str, path: str, number: int) -> tuple[str, ...]:
    value = record.get(key)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(item for item in value if item.strip())
    raise ContentError(path, number, f"field {key!r} must be a string or a list of strings")

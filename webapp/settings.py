"""Every setting of the web app, declared once with its default and help.

Precedence: the ``config`` dict given to ``create_app`` > environment variable of
the same name > default. The README's configuration table is checked against
this list by a test.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kb.embedding import DEFAULT_MODEL
from kb.search import DEFAULT_K, DEFAULT_MIN_SCORE


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _optional_float(text: str) -> float | None:
    return None if text.strip().lower() in ("", "auto", "calibrated") else float(text)


SETTINGS: tuple[Setting, ...] = (
    Setting("KB_INDEX_DIR", "kb/index", "Index folder built by build_index.py (its `current` version is served)."),
    Setting("KB_MODEL", DEFAULT_MODEL, "Embedding model name or local path; must be the one the index was built with."),
    Setting(
        "KB_ENCODER_BACKEND",
        "auto",
        "How queries are embedded: `onnx` (ONNX Runtime, same vectors, ~3× faster, no PyTorch in the worker), `torch`, or `auto` (ONNX, else PyTorch).",
    ),
    Setting(
        "KB_MIN_SCORE",
        None,
        f"Score below which a query gets \"no approved answer\" (0–1). Unset or `auto`: calibrated to the index, never below {DEFAULT_MIN_SCORE} (see Retrieval quality).",
        _optional_float,
    ),
    Setting("KB_DEFAULT_K", DEFAULT_K, "Results returned when the caller does not ask for a number.", int),
    Setting(
        "KB_DISCLAIMER",
        "This information is not a substitute for professional medical advice, diagnosis or treatment. "
        "Always ask your doctor about a medical condition. In an emergency, call your local emergency number.",
        "Page-wide disclaimer shown with every answer and returned by the API.",
    ),
    Setting("KB_FORM_METHOD", "get", "How the search form submits: get (shareable /?q= URLs) or post (queries stay out of history)."),
    Setting("KB_CORS_ORIGINS", "", "Comma-separated origins allowed to call /api/ from a browser (none by default)."),
    Setting("MAX_CONTENT_LENGTH", 16 * 1024, "Largest request body in bytes; larger ones get 413 before any work.", int),
    Setting("KB_REVIEW_MAX_AGE_DAYS", 730, "Passages reviewed longer ago than this are flagged for staff as due for review.", int),
    Setting(
        "KB_RATE_LIMIT",
        "60 per minute",
        "Requests allowed per client address, e.g. `60 per minute;1000 per day` (empty: no limit). /healthz and static files are exempt.",
    ),
    Setting("KB_RATE_LIMIT_STORAGE", "memory://", "Where limits are counted: `memory://` (per worker process) or a shared store such as `redis://host:6379`."),
    Setting("KB_TRUSTED_PROXIES", 0, "Proxies in front of the app whose X-Forwarded-For entry is trusted for the client address (0: use the connection's address).", int),
    # Read by the production server (webapp/gunicorn.conf.py), not by the app itself.
    Setting("KB_BIND", "127.0.0.1:8000", "Address the production server listens on (use 0.0.0.0:8000 behind a proxy)."),
    Setting("KB_WORKERS", 2, "Worker processes of the production server; each loads the model and index once.", int),
    Setting("KB_THREADS", 4, "Request threads per worker (searches share one model; see README).", int),
)


def load_settings(overrides: dict | None = None) -> dict:
    """Resolve every setting from overrides, then the environment, then its default."""
    values = {}
    for setting in SETTINGS:
        if overrides and setting.name in overrides:
            values[setting.name] = overrides[setting.name]
        elif setting.name in os.environ:
            try:
                values[setting.name] = setting.parse(os.environ[setting.name])
            except ValueError:
                raise ValueError(f"environment variable {setting.name}={os.environ[setting.name]!r} is not valid") from None
        else:
            values[setting.name] = setting.default
    return values

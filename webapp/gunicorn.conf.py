"""Production server settings, read from the same KB_* settings as the app (see README)."""

import os
import sys

# Threads are set before any worker imports torch or FAISS: workers × threads per
# worker must not exceed the cores, or they fight over them.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from webapp.settings import load_settings  # noqa: E402

_settings = load_settings()
bind = _settings["KB_BIND"]
workers = _settings["KB_WORKERS"]
threads = _settings["KB_THREADS"]
worker_class = "gthread"
# Each worker loads the model and the index itself (no preload): forking after
# PyTorch has started its OpenMP pool can hang the child.
preload_app = False
timeout = 60
# The longest request line gunicorn reads (its maximum); longer ones are refused with 400
# before the app sees them. A 2,000-character ASCII query fits even percent-encoded;
# longer non-ASCII questions can be sent by POST.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190
graceful_timeout = 30
# No access log by default: its standard format writes the full request line
# (the health question) next to the client address.
accesslog = None
# The app's own request log (webapp.requests: request id, path, status, timing,
# result ids; never the query) goes to stderr with gunicorn's error log.
errorlog = "-"
loglevel = "info"
# Complete, because gunicorn merges this into its defaults one level deep only.
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"level": "INFO", "handlers": ["console"]},
    "formatters": {"plain": {"format": "%(asctime)s [%(process)d] %(name)s %(levelname)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stdout"},
        "error_console": {"class": "logging.StreamHandler", "formatter": "plain", "stream": "ext://sys.stderr"},
    },
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False, "qualname": "gunicorn.error"},
        # Setting logconfig_dict switches gunicorn's access log on, and its format writes
        # the request line (the question) next to the client address: keep it silent.
        "gunicorn.access": {"level": "CRITICAL", "handlers": [], "propagate": False, "qualname": "gunicorn.access"},
        "webapp.requests": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
    },
}


def on_starting(server):
    """Refuse to start, with one message, when there is no usable index."""
    from kb.errors import KBError
    from kb.index import read_manifest

    try:
        read_manifest(_settings["KB_INDEX_DIR"])
    except KBError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(1)

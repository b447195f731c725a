"""The web app: a search page for visitors and a JSON API for services."""

from __future__ import annotations

import logging
import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from flask import Flask  # noqa: E402

from kb import KBError, KnowledgeBase  # noqa: E402
from kb.search import MAX_QUERY_CHARS  # noqa: E402
from kb.live import LiveKnowledgeBase  # noqa: E402

from .settings import load_settings  # noqa: E402


CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)


class StartupError(RuntimeError):
    """The app cannot serve (no index, broken index, model missing): one message says why."""


def create_app(config: dict | None = None, knowledge_base: KnowledgeBase | None = None) -> Flask:
    """Create the app; the knowledge base is loaded once here and shared by every request.

    Args:
        config: setting overrides (see ``webapp.settings``) and Flask config keys.
        knowledge_base: an already opened knowledge base to serve as it is (tests,
            embedding the app elsewhere); by default it is opened from ``KB_INDEX_DIR``
            and newly published index versions are followed (see ``kb.live``).

    Raises:
        StartupError: the index or the model cannot be loaded.
    """
    app = Flask(__name__)
    # Static files (CSS, the copy script) may be cached; search responses never are.
    app.config.from_mapping(load_settings(config), SEND_FILE_MAX_AGE_DEFAULT=3600)
    if config:
        app.config.update(config)
    app.json.sort_keys = False  # keep the documented field order in responses
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

    if knowledge_base is None:
        try:
            knowledge_base = KnowledgeBase.open(
                app.config["KB_INDEX_DIR"],
                model=app.config["KB_MODEL"],
                min_score=app.config["KB_MIN_SCORE"],
                backend=app.config["KB_ENCODER_BACKEND"],
            )
        except KBError as error:
            raise StartupError(str(error)) from error
        if knowledge_base.calibration:
            logging.getLogger("kb.calibration").info("%s", knowledge_base.calibration.describe())
        live = LiveKnowledgeBase(knowledge_base, app.config["KB_INDEX_DIR"])
    else:
        live = LiveKnowledgeBase(knowledge_base)
    app.extensions["kb"] = live

    from . import api, errors, highlight, inputs, pages, ratelimit, requestlog
    from .knowledge import knowledge_base as served_knowledge_base
    from .present import copy_text

    app.jinja_env.globals["copy_text"] = copy_text
    app.jinja_env.globals["max_query_chars"] = MAX_QUERY_CHARS
    app.jinja_env.globals["highlight"] = highlight.segments

    app.register_blueprint(pages.bp)
    app.register_blueprint(api.bp)
    errors.register(app)
    ratelimit.register(app)
    inputs.register(app)
    requestlog.register(app)
    origins = [o.strip() for o in app.config["KB_CORS_ORIGINS"].split(",") if o.strip()]
    if origins:
        from flask_cors import CORS

        CORS(app, resources={r"/api/*": {"origins": origins}}, methods=["GET", "POST"], max_age=600)

    @app.after_request
    def security_headers(response):
        # A query in a /?q= URL must not travel to the source sites the page links to.
        response.headers.setdefault("Referrer-Policy", "same-origin")
        # Pages load only their own CSS and script (no inline code anywhere), so a
        # reflected query can never run as script even if escaping were ever missed.
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        # Which index version answered: clients and tests see a new version arrive.
        response.headers["X-Index-Version"] = served_knowledge_base().index.version
        return response

    @app.get("/healthz")
    def healthz():
        """Liveness and readiness for load balancers: the index is loaded and answering."""
        body = {"status": "ok", "index_version": served_knowledge_base().index.version}
        if live.last_error:
            # Still serving, but the newest published version could not be loaded.
            body["index_warning"] = live.last_error
        return body

    return app

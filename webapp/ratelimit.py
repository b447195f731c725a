"""Per-client rate limits (Flask-Limiter), with the client address taken safely behind proxies.

Limits count per client address in the store ``KB_RATE_LIMIT_STORAGE``. The default
in-memory store counts per worker process, so with N workers a client may make up
to N times the limit; a shared store (``redis://…``) makes the limit exact across
workers and machines. Behind ``KB_TRUSTED_PROXIES`` proxies the client address is
read from that many ``X-Forwarded-For`` entries, counted from the right (the ones
your proxies wrote), so a client cannot pick its own address by sending the header.
"""

from __future__ import annotations

from flask import Flask, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix

from .errors import error_response

# Never limited: load balancers poll health, and pages need their CSS and script.
EXEMPT_ENDPOINTS = frozenset({"healthz", "static"})


def register(app: Flask) -> None:
    proxies = app.config["KB_TRUSTED_PROXIES"]
    if proxies:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=0, x_port=0, x_prefix=0)
    limits = app.config["KB_RATE_LIMIT"].strip()
    limiter = Limiter(
        get_remote_address,
        app=app,
        default_limits=[limits] if limits else [],
        default_limits_exempt_when=lambda: request.endpoint in EXEMPT_ENDPOINTS,
        storage_uri=app.config["KB_RATE_LIMIT_STORAGE"],
        headers_enabled=True,
        enabled=bool(limits),
    )
    app.extensions["rate_limiter"] = limiter

    @app.errorhandler(RateLimitExceeded)
    def too_many_requests(error: RateLimitExceeded):
        # Flask-Limiter adds Retry-After and X-RateLimit-* to this response after the handler.
        return error_response(
            429, "rate_limited", f"too many requests from this address (limit: {error.description}); try again shortly"
        )

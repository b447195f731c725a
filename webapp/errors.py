"""One place that turns every error into a JSON body (under /api/) or an HTML page."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from kb import QueryError


class BadRequest(Exception):
    """A request the API or page cannot serve as sent; ``code`` is machine-readable."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code = code
        self.message = message
        self.status = status


def error_response(status: int, code: str, message: str, headers: dict | None = None):
    """The single error shape: ``{"error": {"code", "message"}}`` or the error page."""
    if request.path.startswith("/api/"):
        response = jsonify({"error": {"code": code, "message": message}})
        response.status_code = status
    else:
        response = current_app.make_response((render_template("error.html", status=status, message=message), status))
    response.headers.update(headers or {})
    return response


def register(app: Flask) -> None:
    @app.errorhandler(BadRequest)
    def bad_request(error: BadRequest):
        return error_response(error.status, error.code, error.message)

    @app.errorhandler(QueryError)
    def query_error(error: QueryError):
        return error_response(400, "invalid_query", str(error))

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        code = (error.name or "error").lower().replace(" ", "_")
        # Keep what the exception adds (Allow on 405, Retry-After on 429), not its body type.
        headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
        return error_response(error.code or 500, code, error.description or error.name, headers)

    @app.errorhandler(Exception)
    def unexpected(error: Exception):
        # Log the trace for operators; the client gets the shape, never the trace.
        current_app.logger.exception("unhandled error")
        fallback = InternalServerError()
        return error_response(500, "internal_error", fallback.description)

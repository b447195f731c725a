"""Refuse request text that is not valid UTF-8 or not valid percent-encoding, before any view runs.

Werkzeug would otherwise decode ``%FF`` to a replacement character and keep ``%zz`` as
typed, so a garbled question would be searched as if a visitor had meant it.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

from flask import Flask, request

from .errors import BadRequest

_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")


def text_is_well_formed(raw: bytes) -> bool:
    """True when every %-escape is two hex digits and the decoded bytes are UTF-8."""
    if _BAD_ESCAPE.search(raw):
        return False
    try:
        unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def register(app: Flask) -> None:
    @app.before_request
    def check_encoding():
        if not text_is_well_formed(request.query_string):
            raise BadRequest("invalid_encoding", "the query string is not valid UTF-8 with %-escapes")
        if request.method == "POST" and request.mimetype == "application/x-www-form-urlencoded":
            if not text_is_well_formed(request.get_data(cache=True)):
                raise BadRequest("invalid_encoding", "the form body is not valid UTF-8 with %-escapes")

"""WSGI entry point for production servers: ``gunicorn webapp.wsgi:app``."""

import sys

from webapp import StartupError, create_app

try:
    app = create_app()
except StartupError as error:
    # One clear line instead of a worker traceback; exit code 4 tells gunicorn
    # the app cannot load, so it stops rather than restarting workers forever.
    print(f"error: {error}", file=sys.stderr)
    sys.exit(4)

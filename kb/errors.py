"""Named errors raised by the knowledge-base library.

The CLI and the web app turn these into one clear message each; nothing
below them prints or exits.
"""

from __future__ import annotations

from pathlib import Path


class KBError(Exception):
    """Base class for every error the library raises on purpose."""


class ContentError(KBError):
    """A content file cannot be read as the format it claims to be."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class IndexNotFound(KBError):
    """No built index where one was expected."""

    def __init__(self, index_dir: str | Path, detail: str = "no index found"):
        self.index_dir = str(index_dir)
        super().__init__(
            f"{detail} in {self.index_dir}. Build it with: "
            f"python build_index.py --index {self.index_dir}"
        )


class IndexMismatch(KBError):
    """An index exists but does not match its manifest or the loaded model."""

    def __init__(self, index_dir: str | Path, detail: str):
        self.index_dir = str(index_dir)
        self.detail = detail
        super().__init__(
            f"index in {self.index_dir} cannot be used: {detail}. Rebuild it with: "
            f"python build_index.py --index {self.index_dir}"
        )


class ModelUnavailable(KBError):
    """The embedding model cannot be loaded (offline, bad path, missing package)."""


class QueryError(KBError):
    """A search request that cannot be answered as asked (empty, too long, bad k)."""


class ModelChangeRefused(KBError):
    """A build would publish vectors of another model than the index in use, which servers refuse."""

    def __init__(self, index_dir: str | Path, live_model: str, new_model: str):
        self.index_dir = str(index_dir)
        super().__init__(
            f"the index in {self.index_dir} was built with model {live_model!r} and this build uses "
            f"{new_model!r}: servers loading {live_model!r} would refuse it. To switch models on purpose, "
            "build with --replace-model, then restart the servers with KB_MODEL set to the new model"
        )


class BuildInProgress(KBError):
    """Another build holds the index folder's build lock."""

    def __init__(self, index_dir: str | Path):
        self.index_dir = str(index_dir)
        super().__init__(f"another build is running in {self.index_dir}; wait for it to finish")

#!/usr/bin/env python
"""Build the knowledge-base index from a content folder.

    python build_index.py [--content kb/content] [--index kb/index] [--model NAME_OR_PATH]

Reads every .txt article, .jsonl record file and MedQuAD .xml document under the
content folder, embeds each passage and publishes a new index version. The index
that servers read is replaced only when the new one is complete. When it was
already built from the same content, model and settings, nothing is published
(use --force to build anyway).
"""

from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("HF_HUB_OFFLINE", "1")
# A build forks nothing, so the tokenizer may use both cores (servers keep it single-threaded).
os.environ.setdefault("TOKENIZERS_PARALLELISM", "true")

from kb.embedding import BACKENDS, DEFAULT_MODEL, load_encoder  # noqa: E402  (HF_HUB_OFFLINE must be set first)
from kb.errors import KBError  # noqa: E402
from kb.index import BuildReport, build_index, resolve_version_dir  # noqa: E402
from kb.views import ViewConfig  # noqa: E402

MAX_LISTED = 20


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--content", default=os.environ.get("KB_CONTENT_DIR", "kb/content"),
                        help="folder of articles to index (default: %(default)s)")
    parser.add_argument("--index", default=os.environ.get("KB_INDEX_DIR", "kb/index"),
                        help="index folder to publish into (default: %(default)s)")
    parser.add_argument("--model", default=os.environ.get("KB_MODEL", DEFAULT_MODEL),
                        help="sentence-transformers model name or local path (default: %(default)s)")
    parser.add_argument("--backend", choices=BACKENDS, default=os.environ.get("KB_ENCODER_BACKEND", "auto"),
                        help="embed with the ONNX export (about 1.4x faster, the same vectors), PyTorch, "
                             "or auto: ONNX, else PyTorch (default: %(default)s)")
    parser.add_argument("--chunk-tokens", type=int, default=ViewConfig.chunk_tokens,
                        help="word pieces per embedded answer chunk (default: %(default)s)")
    parser.add_argument("--answer-chunks", type=int, default=ViewConfig.max_answer_chunks,
                        help="embed only the first N chunks of each answer; 0 embeds all (default: %(default)s)")
    parser.add_argument("--item-views", type=int, default=ViewConfig.item_views,
                        help="embed up to N short list items per answer, to rank by; 0 for none (default: %(default)s)")
    parser.add_argument("--if-missing", action="store_true",
                        help="do nothing when the index folder already serves an index")
    parser.add_argument("--force", action="store_true",
                        help="publish a new version even when the index in use is already up to date")
    parser.add_argument("--no-cache", action="store_true",
                        help="embed every text again instead of reusing vectors from earlier builds")
    parser.add_argument("--replace-model", action="store_true",
                        help="publish even though the index in use was built with another model")
    parser.add_argument("--no-onnx", action="store_true",
                        help="with --backend torch: do not also prepare the ONNX export servers use to embed queries")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.if_missing and _has_index(args.index):
        print(f"Index already built in {args.index}; nothing to do.")
        return 0
    try:
        if args.backend != "torch":
            announce_onnx_export(args.model)
        encoder = load_encoder(args.model, args.backend)
        report = build_index(
            args.content,
            args.index,
            encoder,
            views=ViewConfig(chunk_tokens=args.chunk_tokens, max_answer_chunks=args.answer_chunks or None,
                             item_views=args.item_views),
            show_progress=not args.quiet,
            use_cache=not args.no_cache,
            replace_model=args.replace_model,
            skip_unchanged=not (args.force or args.no_cache),
        )
    except KBError as error:
        print(f"error: {error}", file=sys.stderr)
        print("The index in use was not changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ninterrupted: the index in use was not changed.", file=sys.stderr)
        return 130
    print_summary(report)
    if args.backend == "torch" and not args.no_onnx:
        prepare_onnx(args.model)  # servers embed queries with it (KB_ENCODER_BACKEND=auto)
    return 0


def announce_onnx_export(model: str) -> None:
    """The first build on a machine exports the model; say so rather than sit silent."""
    from kb.onnx_encoder import CONFIG_FILE, cache_root, export_key

    if not (cache_root() / export_key(model) / CONFIG_FILE).is_file():
        print(f"Exporting {model} to ONNX (once per machine, under {cache_root()}); "
              "later builds and the servers reuse it.", flush=True)


def prepare_onnx(model: str) -> None:
    """Export the model for the servers' ONNX query encoder now, not in a worker's first start."""
    from kb.onnx_encoder import load_onnx_encoder

    try:
        encoder = load_onnx_encoder(model)
    except KBError as error:
        print(f"note: servers will embed queries with PyTorch ({error})")
        return
    print(f"Query encoder: ONNX export of {encoder.name} ready.")


def _has_index(index_dir: str) -> bool:
    try:
        resolve_version_dir(index_dir)
    except KBError:
        return False
    return True


def print_summary(report: BuildReport) -> None:
    """The closing lines of a build: counts first, then anything left out and why."""
    if report.unchanged:
        print(
            f"Index {report.version} in {report.index_dir} is up to date: {report.documents} document(s), "
            f"{report.passages} passage(s), {report.vectors} vector(s), built from the same content, model "
            f"and settings; nothing to publish ({report.seconds:.1f}s). Use --force to build anyway."
        )
    else:
        print(
            f"Built index {report.version} in {report.index_dir}: {report.documents} document(s), "
            f"{report.passages} passage(s), {report.vectors} vector(s) in {report.seconds:.1f}s "
            f"({report.embedded} text(s) embedded, {report.reused} reused from the cache)."
        )
    if report.unanswered:
        print(f"Skipped {report.unanswered} question(s) without an answer (e.g. MedQuAD's removed answers).")
    if report.skipped:
        print(f"Skipped {len(report.skipped)} file(s):")
        for path, why in report.skipped[:MAX_LISTED]:
            print(f"  {path}: {why}")
        if len(report.skipped) > MAX_LISTED:
            print(f"  … and {len(report.skipped) - MAX_LISTED} more")
    if report.warnings:
        print(f"{len(report.warnings)} warning(s):")
        for path, what in report.warnings[:MAX_LISTED]:
            print(f"  {path}: {what}")
        if len(report.warnings) > MAX_LISTED:
            print(f"  … and {len(report.warnings) - MAX_LISTED} more")


if __name__ == "__main__":
    sys.exit(main())

"""Parse a plain-text health article into passages, one per question heading.

The format is the one publishers paste from their pages: a title line, a byline,
question headings (a line of its own ending in "?") each followed by its answer
(paragraphs and "•" bullet lists), section headings (a short line without end
punctuation that leads into a question), disclaimers, a review-date line and
page chrome ("Share now :", "You might also like") that is not content.

Answers are sliced from the raw text by character offset, so each one is an
exact substring of the file: nothing is re-joined, re-wrapped or re-encoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .passage import Passage, Source, stable_passage_id

BULLET_START = re.compile(r"^\s*(?:[•●▪◦‣∙·*\-–]|\d+[.)])\s")
END_PUNCTUATION = tuple(".?!:;,")
MAX_QUESTION_CHARS = 200
MAX_SECTION_CHARS = 80

# Lines that belong to the web page around the article, not to it.
CHROME_LINE = re.compile(
    r"^(share( now| this( article)?)?|print|advertisement|tags?|back to top)\s*:?\s*$",
    re.IGNORECASE,
)
# After one of these, everything is links to other pages.
END_OF_ARTICLE = re.compile(
    r"^(you (might|may) also like|related (articles|posts|stories)|read (more|also|next)|recommended for you)\s*:?\s*$",
    re.IGNORECASE,
)
DISCLAIMER = re.compile(
    r"\b(not (be )?(a )?substitute for (any |professional )?medical advice"
    r"|(does|do) not (provide|offer) medical advice"
    r"|for (general )?informational purposes only"
    r"|not intended (as|to be) (a substitute for )?(professional )?medical advice)",
    re.IGNORECASE,
)
REVIEW_DATE = re.compile(r"\breview(?:ed)?(?: date)?\s*:\s*([^|]+?)\s*(?:\||$)", re.IGNORECASE)
LAST_MODIFIED = re.compile(
    r"\b(?:last (?:modified|updated)|updated)(?: on)?\s*:\s*([^|]+?)\s*(?:\||$)", re.IGNORECASE
)
BYLINE = re.compile(r"^(by\b|written by\b|medically reviewed by\b|reviewed by\b)", re.IGNORECASE)
REVIEWED_BY = re.compile(r"\breviewed by\s+(.+?)\s*$", re.IGNORECASE)
ALT_NAME = re.compile(
    r"\b(?:also (?:called|known as|referred to as)|sometimes called|otherwise known as)\s+"
    r"(?:an? |the )?([^.,;:()]{3,60})",
    re.IGNORECASE,
)
DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%m/%d/%Y")


@dataclass
class Block:
    """A run of non-blank lines: the unit the classifier works on."""

    first_line: int  # 0-based index into the file's lines
    last_line: int
    start: int  # character offset of the block's first character
    end: int  # character offset just past its last character (line break excluded)
    text: str  # the block as written

    @property
    def is_single_line(self) -> bool:
        return self.first_line == self.last_line


@dataclass
class ParsedArticle:
    """What one article yields: its passages and anything that was left out, with why."""

    title: str
    passages: list[Passage] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_iso_date(text: str) -> str | None:
    """'November 17, 2017' -> '2017-11-17'; None when the date is not recognised."""
    text = text.strip().rstrip(".")
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def split_blocks(text: str) -> list[Block]:
    """Split text into blocks of consecutive non-blank lines, keeping exact offsets."""
    blocks: list[Block] = []
    offset = 0
    current: list[tuple[int, int, int]] = []  # (line index, start, end)
    lines = text.split("\n")
    for index, line in enumerate(lines):
        content = line[:-1] if line.endswith("\r") else line
        if content.strip():
            current.append((index, offset, offset + len(content)))
        elif current:
            blocks.append(_make_block(text, current))
            current = []
        offset += len(line) + 1
    if current:
        blocks.append(_make_block(text, current))
    return blocks


def _make_block(text: str, lines: list[tuple[int, int, int]]) -> Block:
    start, end = lines[0][1], lines[-1][2]
    return Block(lines[0][0], lines[-1][0], start, end, text[start:end])


def is_question_heading(block: Block) -> bool:
    line = block.text.strip()
    return (
        block.is_single_line
        and line.endswith("?")
        and len(line) <= MAX_QUESTION_CHARS
        and not BULLET_START.match(block.text)
    )


def _is_heading_shaped(block: Block) -> bool:
    line = block.text.strip()
    return (
        block.is_single_line
        and len(line) <= MAX_SECTION_CHARS
        and not line.endswith(END_PUNCTUATION)
        and not BULLET_START.match(block.text)
    )


def is_disclaimer(block: Block) -> bool:
    return bool(DISCLAIMER.search(block.text))


def is_chrome(block: Block) -> bool:
    return block.is_single_line and bool(CHROME_LINE.match(block.text.strip()))


def is_review_line(block: Block) -> bool:
    return block.is_single_line and bool(
        REVIEW_DATE.search(block.text) or LAST_MODIFIED.search(block.text)
    )


def parse_article(text: str, document: str) -> ParsedArticle:
    """Parse one article's text into passages.

    Args:
        text: the whole file, decoded.
        document: its path relative to the content folder (used in ids and sources).
    """
    blocks = split_blocks(text)
    if not blocks:
        return ParsedArticle(title="", warnings=["empty document"])
    # Everything after "You might also like" is links to other pages.
    for position, block in enumerate(blocks):
        if block.is_single_line and END_OF_ARTICLE.match(block.text.strip()):
            blocks = blocks[:position]
            break

    title = blocks[0].text.split("\n")[0].strip()
    article = ParsedArticle(title=title)
    byline = reviewed_by = review_date = last_modified = None
    disclaimers: list[str] = []

    # First pass: the article-wide lines (byline, review dates, disclaimers, chrome).
    kinds: list[str] = ["title"] + [""] * (len(blocks) - 1)
    for position, block in enumerate(blocks[1:], start=1):
        stripped = block.text.strip()
        if is_question_heading(block):
            kinds[position] = "question"
        elif is_chrome(block):
            kinds[position] = "chrome"
        elif is_review_line(block):
            kinds[position] = "review"
            if match := REVIEW_DATE.search(stripped):
                review_date = _date_or_warn(match.group(1), block, article)
            if match := LAST_MODIFIED.search(stripped):
                last_modified = _date_or_warn(match.group(1), block, article)
        elif is_disclaimer(block):
            kinds[position] = "disclaimer"
            if stripped not in disclaimers:
                disclaimers.append(stripped)
        elif block.is_single_line and BYLINE.match(stripped) and "question" not in kinds:
            kinds[position] = "byline"
            byline = stripped
            if match := REVIEWED_BY.search(stripped):
                reviewed_by = match.group(1)

    # A short unpunctuated line is a section heading only when it leads into a
    # question (disclaimers may sit between): elsewhere it is answer text.
    for position, block in enumerate(blocks):
        if kinds[position] == "" and _is_heading_shaped(block):
            following = next(
                (kinds[p] for p in range(position + 1, len(blocks)) if kinds[p] not in ("disclaimer", "chrome")),
                None,
            )
            if following == "question":
                kinds[position] = "section"

    alt_names = _alternate_names(text, title)
    section: str | None = None
    seen_ids: set[str] = set()
    position = 1
    while position < len(blocks):
        kind = kinds[position]
        block = blocks[position]
        if kind == "section":
            section = block.text.strip()
        elif kind == "question":
            answer_blocks = []
            position += 1
            while position < len(blocks) and kinds[position] == "":
                answer_blocks.append(blocks[position])
                position += 1
            question = block.text.strip()
            if not answer_blocks:
                article.warnings.append(f"line {block.first_line + 1}: question {question!r} has no answer; skipped")
                continue
            passage_id = stable_passage_id(document, question)
            if passage_id in seen_ids:
                passage_id = f"{passage_id}-{block.first_line + 1}"
            seen_ids.add(passage_id)
            article.passages.append(
                Passage(
                    id=passage_id,
                    title=title,
                    section=section,
                    question=question,
                    answer=text[answer_blocks[0].start : answer_blocks[-1].end],
                    disclaimers=tuple(disclaimers),
                    source=Source(
                        document=document,
                        byline=byline,
                        reviewed_by=reviewed_by,
                        review_date=review_date,
                        last_modified=last_modified,
                        line_start=block.first_line + 1,
                        line_end=answer_blocks[-1].last_line + 1,
                    ),
                    alt_names=alt_names,
                )
            )
            continue
        elif kind == "":
            article.warnings.append(
                f"lines {block.first_line + 1}-{block.last_line + 1}: text outside any question; not indexed"
            )
        position += 1

    if not article.passages:
        article.warnings.append("no question headings found (a question heading is a line of its own ending in '?')")
    return article


def _date_or_warn(raw: str, block: Block, article: ParsedArticle) -> str | None:
    parsed = parse_iso_date(raw)
    if parsed is None:
        article.warnings.append(f"line {block.first_line + 1}: date {raw.strip()!r} not recognised")
    return parsed


def _alternate_names(text: str, title: str) -> tuple[str, ...]:
    """Names the article gives its subject besides the title ("also called …")."""
    names: list[str] = []
    for match in ALT_NAME.finditer(text):
        name = match.group(1).strip()
        if name.lower() != title.lower() and name not in names:
            names.append(name)
    return tuple(names)

"""Recognise a question about a health topic the knowledge base does not cover.

"Cervical cancer symptoms" shares "cervical" and "symptoms" with an article on
cervical insufficiency and scores as well as a real question about it; the article
still does not answer it. The names of 10,000 health topics (MedQuAD's focus names
and their synonyms, CC BY 4.0, in ``kb/data/health_topics.txt``) tell such questions
apart: a query that names a topic whose words this knowledge base never uses, and
that says nothing of the knowledge base's own subjects (its titles and alternate
names) besides, asks about something else. Regenerate the list with
``python -m kb.topics ../shared/medquad``.
"""

from __future__ import annotations

import functools
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from pathlib import Path

TOPICS_FILE = Path(__file__).resolve().parent / "data" / "health_topics.txt"
MAX_NAME_WORDS = 4
# One-word names shorter than this are too often ordinary words ("spot", "am") unless
# written as an abbreviation ("HPV", "COPD").
MIN_WORD_NAME_LENGTH = 5
_WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> tuple[str, ...]:
    """Lower-cased words in the singular: "Polycystic ovaries" is "polycystic ovary".

    Only plurals are undone, not a stemmer's cuts: "spotting" must not become the
    topic "spots", nor "weak" the topic "weakness"."""
    return tuple(_singular(word.lower()) for word in _WORD.findall(text))


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("es") and word[:-2].endswith(("s", "x", "ch", "sh")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class ForeignTopics:
    """The topics one knowledge base does not cover, found in queries."""

    def __init__(
        self,
        groups: Iterable[list[str]],
        own_names: Iterable[str],
        vocabulary: Iterable[str],
        is_word: Callable[[str], bool] = lambda word: False,
    ):
        """
        Args:
            groups: topic names, one list per topic (a name and its synonyms).
            own_names: the knowledge base's titles and alternate names.
            vocabulary: every word the knowledge base uses.
            is_word: whether a lower-cased word is an ordinary English word: an
                abbreviation that spells one ("ALL", "AIDS", "MEN") is a topic only
                when typed in capitals ("pee all the time", "hearing aids").
        """
        own = {words(name) for name in own_names}
        used = {_singular(word.lower()) for word in vocabulary}
        self._own_words: set[str] = {word for name in own for word in name}
        self._names: set[tuple[str, ...]] = set()
        self._capitals: set[str] = set()  # abbreviations that are topics only in capitals
        for group in groups:
            names = [words(name) for name in group]
            if own & set(names):  # a synonym of a subject the knowledge base has ("weak cervix")
                self._own_words.update(word for name in names for word in name)
                continue
            for name, text in zip(names, group):
                if not _usable(name, text) or set(name) <= used:
                    continue
                typed = _WORD.findall(text)
                if text.isupper() and len(typed) == 1 and is_word(typed[0].lower()):
                    self._capitals.add(typed[0])
                else:
                    self._names.add(name)

    def named(self, query: str) -> list[tuple[str, ...]]:
        """The foreign topic names in ``query``, as word sequences."""
        return self._named(query, words(query))

    def asks_about_another(self, query: str) -> bool:
        """True when ``query`` names a foreign topic and none of the knowledge base's own
        subjects besides: "cervical cancer symptoms" on an article about cervical
        insufficiency, but not "can a UTI open my cervix early"."""
        found = words(query)
        named = self._named(query, found)
        if not named:
            return False
        in_names = {word for name in named for word in name}
        return not any(word in self._own_words for word in found if word not in in_names)

    def _named(self, query: str, found: tuple[str, ...]) -> list[tuple[str, ...]]:
        capitals = [(_singular(word.lower()),) for word in _WORD.findall(query) if word in self._capitals]
        return capitals + [
            found[start : start + length]
            for length in range(1, MAX_NAME_WORDS + 1)
            for start in range(len(found) - length + 1)
            if found[start : start + length] in self._names
        ]


def _usable(name: tuple[str, ...], text: str) -> bool:
    if not 1 <= len(name) <= MAX_NAME_WORDS:
        return False
    return len(name) > 1 or len(text) >= MIN_WORD_NAME_LENGTH or text.isupper()


@functools.cache
def topic_groups() -> tuple[tuple[str, ...], ...]:
    """The shipped topic list: one line per topic, its names separated by " | "."""
    lines = TOPICS_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(tuple(name for name in line.split(" | ") if name) for line in lines if line.strip())


def write_topic_list(medquad_dir: str | Path, out: Path = TOPICS_FILE) -> int:
    """Collect every <Focus> and its synonyms from MedQuAD's XML into ``out``."""
    groups: dict[str, list[str]] = {}
    for path in sorted(Path(medquad_dir).glob("*/*.xml")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        names = [root.findtext("Focus") or ""] + [s.text or "" for s in root.iterfind("FocusAnnotations/Synonyms/Synonym")]
        names = [" ".join(name.replace("|", " ").split()) for name in names]
        # Longer names never occur whole in a visitor's question; the file stays small.
        names = [name for name in names if 1 <= len(_WORD.findall(name)) <= MAX_NAME_WORDS]
        if names:
            group = groups.setdefault(names[0].lower(), [])
            group.extend(name for name in names if name not in group)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(" | ".join(group) + "\n" for _, group in sorted(groups.items())), encoding="utf-8")
    return len(groups)


if __name__ == "__main__":
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/medquad"
    print(f"{write_topic_list(source)} topics written to {TOPICS_FILE}")

"""A subject's initials, as visitors and staff type them: "IC" for incompetent cervix.

Forums and support notes shorten a long condition name to its initials ("is IC common",
"IC dx", "SCFE sx"). The articles rarely write them, so neither BM25 nor the small
embedding model links them, and the topic list may read them as another topic (to
MedQuAD, "IC" is interstitial cystitis). Initials in capitals that belong to exactly
one subject's name here, that the content never writes and that are no English word,
are read as that name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .lexical import STOPWORDS
from .topics import words

# Initials are from two to five letters: one letter is a word ("I", "A"), and longer
# shortenings are written out as names of their own ("AIDS" is in the topic list).
MIN_LETTERS, MAX_LETTERS = 2, 5
_CAPITALS = re.compile(rf"(?<![\w&/-])[A-Z]{{{MIN_LETTERS},{MAX_LETTERS}}}(?![\w&/-])")
_STOPWORDS = frozenset(STOPWORDS)


def initials(name: str) -> str:
    """The capital initials of ``name``'s words, less stop words ("Incompetent cervix" ->
    "IC", "Chronic obstructive pulmonary disease" -> "COPD")."""
    return "".join(word[0] for word in words(name) if word not in _STOPWORDS).upper()


class Initialisms:
    """Initials that stand for one subject's name in one knowledge base."""

    def __init__(self, names: Iterable[tuple[str, str]], is_known: Callable[[str], bool] = lambda word: False):
        """
        Args:
            names: (subject, name) pairs: every title and alternate name with the
                subject (title) it names.
            is_known: whether a lower-cased word means something already (the content
                writes it, or it is English: "OK", "US"); such capitals are left alone.
        """
        subjects: dict[str, set[str]] = {}
        first_name: dict[str, str] = {}
        for subject, name in names:
            letters = initials(name)
            if MIN_LETTERS <= len(letters) <= MAX_LETTERS and not is_known(letters.lower()):
                subjects.setdefault(letters, set()).add(subject.casefold())
                first_name.setdefault(letters, name)
        # Initials shared by two subjects say neither.
        self._names = {letters: first_name[letters] for letters, named in subjects.items() if len(named) == 1}

    def expand(self, query: str) -> str:
        """``query`` with each subject's initials written out ("is IC common" -> "is
        incompetent cervix common"); other text is unchanged."""
        if not self._names:
            return query
        return _CAPITALS.sub(lambda m: self._names.get(m.group(0), m.group(0)), query)

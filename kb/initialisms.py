"""A subject's initials, as visitors and staff type them: "IC" for incompetent cervix.

Forums and support notes shorten a long condition name to its initials ("is IC common",
"IC dx", "SCFE sx"). The articles rarely write them, so neither BM25 nor the small
embedding model links them, and the topic list may read them as another topic (to
MedQuAD, "IC" is interstitial cystitis). Initials in capitals that belong to exactly
one subject's name here, that the content writes for no other subject (MedQuAD writes
"NPH" only in its normal pressure hydrocephalus passages) and that are no English word,
are read as that name; so are such initials typed in lower case ("cctga"), from four
letters, when no English word and no typo the speller mends. A numbered type's initials
and number ("fhh3", "MEN2A") are read in any case, unless some page is called by that
code already. Part of a name may be shortened too, the rest written out ("familial AF",
"SMA with progressive myoclonic epilepsy"): capitals that are the initials of the rest of
exactly one name are read as that name, however many subjects share the initials alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .topics import words

# Initials are from two to five letters: one letter is a word ("I", "A"), and longer
# shortenings are written out as names of their own ("AIDS" is in the topic list).
MIN_LETTERS, MAX_LETTERS = 2, 5
_CAPITALS = re.compile(rf"(?<![\w&/-])[A-Z]{{{MIN_LETTERS},{MAX_LETTERS}}}(?![\w&/-])")
# A numbered type's initials end in its number, in any case: "fhh3" is "Familial
# hypocalciuric hypercalcemia type 3", "MEN2A" "Multiple endocrine neoplasia type 2A". A
# number after letters is no English word, so lower case is read too.
_NUMBERED_NAME = re.compile(r"^(.*?)\s+(?:types?\s+)?(\d{1,2}[a-z]?)\s*$", re.IGNORECASE)
_NUMBERED = re.compile(rf"(?<![\w&/-])[A-Za-z]{{{MIN_LETTERS},{MAX_LETTERS}}}\d{{1,2}}[A-Za-z]?(?![\w&/-])")
# Searches are often typed in lower case ("cctga heart", "pfic itching"). Lower-case
# initials of four letters or more are read when they are no English word and no typo the
# speller would mend ("waht"): shorter ones are too often words, text-speak or everyday
# shorthand ("ic", "lol", "hsa card").
MIN_LOWER_LETTERS = 4
_LOWER = re.compile(rf"(?<![\w&/-])[a-z]{{{MIN_LOWER_LETTERS},{MAX_LETTERS}}}(?![\w&/-])")
# Words initials usually skip ("Tetralogy of Fallot" is TF as well as TOF).
_LINKING_WORDS = frozenset("a an and the of in on for to with by or".split())
# A name shortened in part keeps this many of its words written out, at most; the initials
# stand for two words or more, so the name has three words or more.
MAX_WRITTEN_WORDS = 6
_TYPED_WORD = re.compile(r"[\w'’-]+")
# Names are matched word for word with their numbers ("MOPD type 2" is not "... type 1").
_NAME_WORD = re.compile(r"[a-z0-9]+")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
# Only words of three letters or more are shortened: not a type's roman numeral ("Type II
# acrocephalosyndactyly" is no "IA").
MIN_SHORTENED_WORD = 3


def initials(name: str, linking_words: bool = False) -> str:
    """The capital initials of ``name``'s words, less linking words unless asked ("Incompetent
    cervix" -> "IC", "Chronic obstructive pulmonary disease" -> "COPD")."""
    return "".join(word[0] for word in words(name) if linking_words or word not in _LINKING_WORDS).upper()


class Initialisms:
    """Initials that stand for one subject's name in one knowledge base."""

    def __init__(
        self,
        names: Iterable[tuple[str, str]],
        means_other: Callable[[str, str], bool] = lambda word, subject: False,
        rare_word: Callable[[str], bool] = lambda word: False,
        misspelt: Callable[[str], bool] | None = None,
    ):
        """
        Args:
            names: (subject, name) pairs: every title and alternate name with the
                subject it names.
            means_other: whether a lower-cased word means something besides that
                subject (the content writes it for another subject, or it is English:
                "OK", "US"); such capitals are left alone.
            rare_word: whether a lower-cased word is a word English rarely uses ("ci"):
                its capitals are read as initials, save in a message typed all in
                capitals ("WAT IS IT"), where capitals mark nothing.
            misspelt: whether a lower-cased word is a typo of another word; None reads
                initials in capitals only.
        """
        subjects: dict[str, set[str]] = {}
        first_name: dict[str, str] = {}
        numbered: set[str] = set()
        # A code some page is called by ("LCA5", "MEN 2A") is read by the search as written
        # (kb/search.py, OTHER_CODE_PENALTY): it is not written out.
        codes: set[str] = set()
        names = list(dict.fromkeys(names))  # a subject's passages repeat its names; first named first
        for subject, name in names:
            if len(name) <= 2 * MAX_LETTERS:
                codes.add(re.sub(r"[\s-]", "", name).upper())
        for subject, name in names:
            for letters in {initials(name), initials(name, linking_words=True)}:
                if MIN_LETTERS <= len(letters) <= MAX_LETTERS:
                    subjects.setdefault(letters, set()).add(subject)
                    first_name.setdefault(letters, name)
            if found := _NUMBERED_NAME.match(name):
                family = initials(found.group(1))
                if MIN_LETTERS <= len(family) <= MAX_LETTERS:
                    letters = family + found.group(2).upper()
                    numbered.add(letters)
                    subjects.setdefault(letters, set()).add(subject)
                    first_name.setdefault(letters, name)
        # Initials shared by two subjects say neither.
        self._names = {
            letters: first_name[letters]
            for letters, named in subjects.items()
            if len(named) == 1 and not means_other(letters.lower(), next(iter(named)))
        }
        self._words = {letters: name for letters, name in self._names.items() if rare_word(letters.lower())}
        self._numbered = {letters: self._names[letters] for letters in numbered - codes if letters in self._names}
        self._misspelt = misspelt
        self._partly = _partly_shortened(dict.fromkeys(name for _, name in names))
        self._lower = (
            {letters.lower(): name for letters, name in self._names.items() if len(letters) >= MIN_LOWER_LETTERS and letters not in self._words}
            if misspelt
            else {}
        )

    def expand(self, query: str) -> str:
        """``query`` with each subject's initials written out as its name ("is IC common" ->
        "is Incompetent cervix common"); other text is unchanged."""
        if self._partly:
            query = self._partly_written_out(query)
        if not self._names:
            return query
        shouted = not any(c.islower() for c in query)

        def name(match: re.Match) -> str:
            letters = match.group(0)
            return letters if shouted and letters in self._words else self._names.get(letters, letters)

        query = _CAPITALS.sub(name, query)
        if self._lower:
            query = _LOWER.sub(self._lower_case_name, query)
        if self._numbered:
            query = _NUMBERED.sub(lambda match: self._numbered.get(match.group(0).upper(), match.group(0)), query)
        return query

    def _partly_written_out(self, query: str) -> str:
        """``query`` with each name shortened in part written out whole ("familial AF" ->
        "Familial atrial fibrillation")."""
        typed = list(_TYPED_WORD.finditer(query))
        read = [_name_words(match.group(0)) for match in typed]
        found: list[tuple[int, int, str]] = []  # (start, end) in the query, the name
        for at, match in enumerate(typed):
            if not _CAPITALS.fullmatch(match.group(0)):
                continue
            if span := self._shortened_name_at(typed, read, at):
                # Words already read as one name are not read again as part of another.
                if not found or span[0] >= found[-1][1]:
                    found.append(span)
        for start, end, name in reversed(found):
            query = query[:start] + name + query[end:]
        return query

    def _shortened_name_at(self, typed: list[re.Match], read: list[tuple[str, ...]], at: int) -> tuple[int, int, str] | None:
        """The span and name of the name that the capitals ``typed[at]`` shorten with the
        words written before or after them, the longest written part first; None if none."""
        letters = typed[at].group(0).lower()
        for count in range(MAX_WRITTEN_WORDS, 0, -1):
            if at >= count and (name := self._partly.get((*_joined(read[at - count : at]), letters))):
                return typed[at - count].start(), typed[at].end(), name
            if at + count < len(typed) and (name := self._partly.get((letters, *_joined(read[at + 1 : at + 1 + count])))):
                return typed[at].start(), typed[at + count].end(), name
        return None

    def _lower_case_name(self, match: re.Match) -> str:
        """The name lower-case initials stand for, or the word as typed."""
        word = match.group(0)
        name = self._lower.get(word)
        return name if name and not self._misspelt(word) else word


def _joined(read: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The words of typed words read one by one, in order."""
    return tuple(word for words_of_one in read for word in words_of_one)


def _name_words(text: str) -> tuple[str, ...]:
    """Lower-cased words and numbers of ``text``, possessives dropped."""
    return tuple(_NAME_WORD.findall(_POSSESSIVE.sub("", text.lower())))


def _partly_shortened(names: Iterable[str]) -> dict[tuple[str, ...], str]:
    """Each name's words with a run of two words or more at its start or end shortened to
    their lower-cased initials ("familial", "af"), for the words that shorten one name
    only and are no name themselves ("FG syndrome" is a name, not "Fitzsimmons-Guilbert
    syndrome")."""
    named: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    every: dict[tuple[str, ...], str] = {}  # a name's words -> the name as first written
    for name in names:
        every.setdefault(_name_words(name), name)
    for said in every:
        if len(said) < 3:
            continue
        for cut in range(1, len(said)):
            for written, shortened, key_of in (
                (said[:cut], said[cut:], lambda written, letters: (*written, letters)),
                (said[cut:], said[:cut], lambda written, letters: (letters, *written)),
            ):
                initialled = [word for word in shortened if word not in _LINKING_WORDS]
                if len(written) > MAX_WRITTEN_WORDS or not MIN_LETTERS <= len(initialled) <= MAX_LETTERS:
                    continue
                if any(len(word) < MIN_SHORTENED_WORD or not word.isalpha() for word in initialled):
                    continue
                if all(word in _LINKING_WORDS for word in written):
                    continue
                key = key_of(written, "".join(word[0] for word in initialled))
                if key not in every:
                    named.setdefault(key, set()).add(said)
    return {key: every[next(iter(found))] for key, found in named.items() if len(found) == 1}

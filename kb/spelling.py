"""Correct misspelt query words against the knowledge base's own vocabulary.

Visitors misspell the very words that carry a question ("hemorhoid symtoms",
"diabeties"): BM25 then finds nothing and the small model reads word pieces. A query
word is corrected only when it is no English word (pyspellchecker's list of 160k
words, so lay words such as "tummy" or "peeing" stay as typed) and a word of the
knowledge base is within a small edit distance or sounds the same (Metaphone:
"newmonia" is "pneumonia"); of those the nearest, then the most used, wins. A word with
no such neighbour may be words typed without their spaces ("thecervix"), split into known
ones. The passages shown are never changed: only the words searched with.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable

import jellyfish
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein
from spellchecker import SpellChecker

# Shorter words have too many neighbours one edit away ("ring": "bring", "rings") to guess;
# a word one letter shorter is still corrected for two swapped letters ("riks" -> "risk").
MIN_LENGTH = 5
# Edits allowed: one up to this length, two beyond ("newmonia" -> "pneumonia").
ONE_EDIT_UP_TO = 7
# A word of the knowledge base used this rarely next to a much more common one one or
# two edits away is itself a typo in the source ("symtoms" occurs in MedQuAD).
RARE_USES = 3
# A word that sounds the same may be one edit further away than ``edits`` allows
# ("newmonia" -> "pneumonia"); no more, or names turn into words ("Jannet" -> "joint").
SOUND_ALIKE_EXTRA_EDITS = 1
# A correction that is no English word must be one the knowledge base really uses, at
# least this often per million words (at least once): brand names must not become its
# rare words ("crestor" is not "chestor", a one-off in MedQuAD).
MIN_USES_PER_MILLION = 5
CACHED_WORDS = 4096
# Words typed together without their spaces ("whatsanincompetentcervix", a missed space
# bar on a phone) are split into known words. A piece of three letters or fewer must be a
# grammar word, or a very common English word the knowledge base uses ("bed"): any
# longer unknown word splits into short dictionary words ("metformin" is "met form in").
GRAMMAR_WORDS = frozenset(
    "a i an am and any are as at be by can did do does for from had has he her his how if in is it its me my no "
    "not of on or our she so the to up us vs was we who why you".split()
    # Who visitors ask, in the words the rest of the product reads ("whentocall myobgyn").
    + "doc dr gp gyn ob obgyn".split()
)
COMMON_SHORT_WORD = 50_000  # uses in pyspellchecker's list (from subtitles): "bed", "sex"
# A piece of four letters or more: an English word used at least this often, or a word
# of the knowledge base ("cerclage").
COMMON_WORD = 1_000
# Spelling by sound ("treetmints the hospitle offers", "am i at risc if i had a cone
# biopsy"): a word neither English nor the knowledge base's, with no near word of the
# knowledge base, becomes the commonest English word that sounds the same (Metaphone and
# its consonants as spoken) and is at most this many edits away (see
# ``Speller._english_sound_alike``), if it is used at least COMMON_WORD times. A small
# knowledge base lacks the words visitors ask with ("hospital", "risk"), which the rest of
# the product reads ("treatments" asks for the treatment passage).
SOUND_ALIKE_ENGLISH_EDITS = 2
MAX_PIECES = 6
LONGEST_PIECE = 24
# A thumb landing on the next key ("exercuse", "raiae the risk", "whst is"): a word neither
# English nor the knowledge base's, with no nearer reading, is the commonest English word
# used at least NEXT_KEY_WORD times (NEXT_KEY_SHORT_WORD for four letters) that differs from
# it only by letters typed one key away on a QWERTY keyboard, once, or twice in a word of
# ADJACENT_KEYS_TWICE_FROM letters or more. Only common words: a brand name is no slip
# ("crestor" is not "creator", used 4,423 times), nor is "risl" surely "risk".
ADJACENT_KEYS_TWICE_FROM = 7
NEXT_KEY_WORD = 10_000
NEXT_KEY_SHORT_WORD = 1_000_000
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOUR_KEYS: dict[str, str] = {}
for _row, _line in enumerate(_KEY_ROWS):
    for _col, _key in enumerate(_line):
        _NEIGHBOUR_KEYS[_key] = "".join(
            other
            for other_row, other_line in enumerate(_KEY_ROWS)
            for other_col, other in enumerate(other_line)
            if other != _key and abs(other_row - _row) <= 1 and abs(other_col - _col + (other_row - _row) * 0.5) <= 1
        )
_WORD = re.compile(r"[^\W\d_]+")
# A name's word typed in two ("non autoimmune", "non-autoimmune"): pieces of at least this
# many letters, with one space or hyphen between them.
MIN_JOINED_PIECE = 3
_JOINABLE_GAPS = frozenset({" ", "-"})
# Text-speak, written out before anything else is read: "whn shd i c my dr abt this".
# Whole tokens only ("u/s" is ultrasound, "hep c" a virus): "c" is "see" only before a doctor.
TEXT_SPEAK = {
    "whn": "when", "wen": "when", "shd": "should", "shld": "should", "abt": "about", "pls": "please", "plz": "please",
    "wat": "what", "wht": "what", "hw": "how", "hv": "have", "ur": "your", "u": "you", "bc": "because", "cuz": "because",
    "coz": "because", "thx": "thanks", "gf": "girlfriend", "bf": "boyfriend", "bby": "baby", "wks": "weeks", "wk": "week",
    "yrs": "years", "mths": "months", "mnths": "months", "dr": "doctor", "docs": "doctors", "pregnent": "pregnant",
    "shud": "should", "ppl": "people", "b4": "before", "w/": "with", "w/o": "without",
    "wats": "what's", "wut": "what", "r": "are", "n": "and", "smth": "something", "sth": "something",
    "cud": "could", "wud": "would", "2nite": "tonight", "2day": "today", "rn": "right now", "idk": "I don't know",
    "appt": "appointment", "appts": "appointments", "cust": "customer",
    # Spoken contractions: "reckon I oughta call the doctor", "do I gotta lay down all day".
    "oughta": "ought to", "gotta": "have to", "gonna": "going to", "wanna": "want to", "hafta": "have to",
    "kinda": "kind of", "sorta": "sort of", "tryna": "trying to", "finna": "going to", "boutta": "about to",
    # Spelt as they sound, yet English words of their own, so the speller keeps them:
    # "sines of week cervix", "wat dose the ultrasond sho", "DES dotter, wil my cervix be week".
    "sines": "signs", "sho": "show", "wil": "will", "dotter": "daughter", "dotters": "daughters",
    # Spelt as they sound, too short or too far for the speller to guess ("can i have seks
    # with a servical stich", "wot causis it", "is yor cervix weak").
    "seks": "sex", "stich": "stitch", "stiches": "stitches", "wot": "what", "yor": "your",
    "drs": "doctors", "sumthin": "something", "somethin": "something", "nuthin": "nothing",
}
# Clinical shorthand, as support staff search ("cx insufficiency tx options", "incompetent
# cervix sx", "u/s cervical length"), written out the same way. Not "pt" (patient, or
# physical therapy) nor "IC" (MedQuAD's topics read it as interstitial cystitis).
CLINICAL_SHORTHAND = {
    "tx": "treatment", "mgmt": "management", "dx": "diagnosis", "ddx": "diagnosis", "sx": "symptoms",
    "s/s": "signs and symptoms", "s&s": "signs and symptoms", "hx": "history", "u/s": "ultrasound", "usg": "ultrasound",
    "cx": "cervix", "d/c": "discharge", "etiology": "cause", "aetiology": "cause", "l&d": "labor and delivery",
}
# Pregnancy and trying-to-conceive forums' shorthand ("DH asking if we have to stop DTD now
# that I have IC", "2nd tri loss", "what will they do to keep the next LO in"), written out
# only where the knowledge base names nothing by it: MedQuAD's DH is dermatitis
# herpetiformis, its DTD diastrophic dysplasia, its LO a leukodystrophy.
FORUM_SHORTHAND = {
    "dh": "husband", "lo": "baby", "ttc": "trying to conceive", "ttcing": "trying to conceive",
    "bfp": "positive pregnancy test", "bfn": "negative pregnancy test", "dtd": "have sex", "mmc": "missed miscarriage",
}
# Not "DS" (dear son, or Down syndrome), "MC" (miscarriage, or "Mc Donald stitch"), "DD"
# (dear daughter, or due date).
_FORUM_SHORTHAND = re.compile(r"(?<![\w/&'-])(" + "|".join(sorted(FORUM_SHORTHAND, key=len, reverse=True)) + r")(?![\w/&'-])", re.IGNORECASE)
_TRIMESTER = re.compile(r"\b(1st|2nd|3rd|first|second|third) tri\b(?![\w-])", re.IGNORECASE)
# Clipped words whose whole form is a title ("stroke rehab at home": Stroke Rehabilitation).
CLIPPED_WORDS = {"rehab": "rehabilitation"}
_WRITTEN_OUT = {**TEXT_SPEAK, **CLINICAL_SHORTHAND, **CLIPPED_WORDS}
_TEXT_SPEAK = re.compile(  # longest first: "u/s" before "u"; after a digit too: "20wks"
    r"(?<![^\W\d_])(?<![/&'-])(" + "|".join(map(re.escape, sorted(_WRITTEN_OUT, key=len, reverse=True))) + r")(?![\w/&'-])",
    re.IGNORECASE,
)
# "y does that happen": "y" is "why" only before a question's verb, never "X and Y".
_WHY = re.compile(r"(?<![\w/&'-])y(?= (do|does|did|is|are|am|was|were|would|can|cant|can't|r|dont|don't|doesnt|doesn't|my|u)\b)")
# "dose" is "does" after a question word and before its subject ("what dose the ultrasound
# show", "dose it hurt"); "what dose should I take" keeps its dose.
_DOES = re.compile(
    r"(^\W*|(?<![\w/&'-])(?:what|how|why|when|where|who|which|wat|y) )dose(?= (the|a|an|my|your|ur|it|this|that|he|she|they|i|u|you|we|his|her|their)\b)",
    re.IGNORECASE,
)
_SEE_A_DOCTOR = re.compile(r"(?<![\w/&'-])c(?= (a |my |the |your |ur )?(dr|doctor|doc|gp|midwife|nurse|someone)\b)", re.IGNORECASE)
# "4" is "for" and "2" is "to" between words ("wat do drs do 4 a weak cervix", "did i do
# sumthin 2 make it worse"); a count keeps its number ("at 4 weeks", "had 2 babies").
_FOR = re.compile(
    r"(?<=[^\W\d_] )4(?= (a|an|the|my|ur|your|you|u|me|her|him|us|them|it|this|that|these|those|weak|incompetent|cervical|some\w*|any\w*)\b)",
    re.IGNORECASE,
)
_TO = re.compile(
    r"(?<=[^\W\d_] )2(?= (make|get|do|be|have|see|stop|go|help|know|keep|prevent|avoid|find|tell|ask|call|cause|the|my|ur|your|me|her|him|bed)\b)",
    re.IGNORECASE,
)


# Real words a phone's autocorrect or dictation puts for clinical ones, undone only where
# the words around say so: "incompetent service" and "service pressure" are the cervix
# ("my phone service" stays), "insufficient see" is "insufficiency", "D and see" a D&C.
AUTOCORRECTED = (
    (re.compile(r"\b(incompetent|weak|week|short|shortened|shortening|open|opening|dilating|dilated|thin|thinning|funnell?ing) services?\b", re.IGNORECASE), r"\1 cervix"),
    (re.compile(r"\bservice (pressure|stitch|cerclage|length|insufficiency|incompetence|weakness|opening)\b", re.IGNORECASE), r"cervix \1"),
    (re.compile(r"\b(insufficien|incompeten|deficien)t (see|sea|c)\b", re.IGNORECASE), r"\1cy"),
    (re.compile(r"\b(d|dee) (and|&|n) (see|sea|c)\b", re.IGNORECASE), "D&C"),
    # Dictation hears a clinical word as two ("in competent cervix", "cervical in
    # sufficiency", "a pest ary", "sir clodge", "diethyl still bestrol", "bed wrest"), a
    # weak cervix as a week one, and says the punctuation it was told ("comma", "question
    # mark"; "period" only before a question, never "my period").
    (re.compile(r"\bin (competent|sufficient)(?= (cervi|os\b))|\bin (sufficiency|competence)\b", re.IGNORECASE),
     lambda m: "in" + (m.group(1) or m.group(3))),
    (re.compile(r"\bpest ?ary\b|\bsir ?cl(o|a|au)d?ge\b|\bsir ?clage\b", re.IGNORECASE),
     lambda m: "pessary" if m.group().lower().startswith("pest") else "cerclage"),
    (re.compile(r"\bdiethyl ?still ?b[eo]e?strol\b", re.IGNORECASE), "diethylstilbestrol"),
    (re.compile(r"\bbed wrest\b", re.IGNORECASE), "bed rest"),
    (re.compile(r"\b(a|my|her|the|with|have|has) week (cervix|cervics|cervical)\b", re.IGNORECASE), r"\1 weak \2"),
    (re.compile(r"\s*\b(comma)\b(?!\w)", re.IGNORECASE), ","),
    (re.compile(r"\s*\bquestion mark\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\bfull stop\b", re.IGNORECASE), "."),
    (re.compile(r"\s*\bexclamation (mark|point)\b", re.IGNORECASE), "!"),
    (re.compile(r"(?<!\bmy)(?<!\bher)(?<!\bfirst)(?<!\blast)(?<!\bthe)(?<!\ba)(?<!\byour)(?<!'s)(?<!s')\s+period"
                r"(?= (how|what|why|when|can|does|do|will|should)\b)", re.IGNORECASE), "."),
)


def expand_text_speak(query: str) -> str:
    """``query`` with text-speak and clinical shorthand written out ("whn shd i c my dr" ->
    "when should i see my doctor", "cx insufficiency tx" -> "cervix insufficiency treatment"),
    and autocorrect's real words undone ("incompetent service")."""
    for pattern, meant in AUTOCORRECTED:
        query = pattern.sub(meant, query)
    query = _DOES.sub(lambda m: f"{m.group(1)}does", _SEE_A_DOCTOR.sub("see", _WHY.sub("why", query)))
    query = _TO.sub("to", _FOR.sub("for", query))
    return _TEXT_SPEAK.sub(lambda m: _WRITTEN_OUT[m.group(1).lower()], query)


class Speller:
    """Suggests the knowledge base's spelling of words it does not know."""

    def __init__(
        self,
        counts: Counter[str],
        english: SpellChecker,
        names: frozenset[str] = frozenset(),
        names_apart: frozenset[tuple[str, str]] = frozenset(),
    ):
        self._counts = counts
        self._english = english
        self._names = names
        self._names_apart = names_apart
        self._min_uses = max(1, math.ceil(sum(counts.values()) * MIN_USES_PER_MILLION / 1_000_000))
        # Candidates by length (a correction differs in length by at most the edits
        # allowed) and by sound.
        self._by_length: dict[int, list[str]] = {}
        self._by_sound: dict[str, list[str]] = {}
        for word in counts:
            self._by_length.setdefault(len(word), []).append(word)
            if len(word) >= MIN_LENGTH:
                self._by_sound.setdefault(jellyfish.metaphone(word), []).append(word)
        # Visitors misspell the same words again and again; each is looked up once.
        self.correction = functools.lru_cache(maxsize=CACHED_WORDS)(self.correction)

    @classmethod
    def for_counts(cls, counts: Counter[str], names: Iterable[str] = ()) -> "Speller":
        """A speller for a knowledge base with these word counts (see ``word_counts``).

        ``names``: its subjects' titles and alternate names, whose words are never
        corrected however rarely they are used ("Lundberg syndrome", a GARD alternate
        name, is not "Lundborg", which MedQuAD uses 58 times)."""
        words_of_names = [[word.lower() for word in _WORD.findall(name)] for name in names]
        return cls(
            counts,
            english_speller(),
            frozenset(word for words in words_of_names for word in words),
            frozenset(pair for words in words_of_names for pair in zip(words, words[1:])),
        )

    def is_english(self, word: str) -> bool:
        """Whether a lower-cased word is in the English word list."""
        return word in self._english

    def english_uses(self, word: str) -> int:
        """How often the English word list's corpus uses a lower-cased word (0: not in it)."""
        return self._english.word_frequency[word] if word in self._english else 0

    def correct(self, query: str) -> str:
        """``query`` with text-speak (and forum shorthand the knowledge base names nothing
        by) written out and misspelt words replaced; everything else kept as typed."""
        query = _TRIMESTER.sub(r"\1 trimester", expand_text_speak(query))
        query = _FORUM_SHORTHAND.sub(
            lambda found: found[0] if found[0].lower() in self._names else FORUM_SHORTHAND[found[0].lower()], query
        )

        def replace(match: re.Match) -> str:
            word = match.group()
            before = query[: match.start()].rstrip()
            # A capital inside a sentence is likely a name ("my son Jaxon"): only a plain slip is fixed.
            name_like = word[0].isupper() and bool(before) and before[-1] not in ".!?:;\"'("
            return self.correction(word, name_like) or word

        return self._joined(_WORD.sub(replace, query))

    def _joined(self, query: str) -> str:
        """``query`` with a name's word typed in two ("non autoimmune hyperthyroidism",
        "non-autoimmune") written as the knowledge base's names write it ("Nonautoimmune
        hyperthyroidism"): searched as two words it matches neither that name nor its
        passages. Only when no name writes the two words apart ("pre-eclampsia" and
        "preeclampsia" both stay), never from a grammar word ("her pes planus" is not
        herpes), and only into a word no English dictionary lists: everyday compounds
        typed apart ("chicken pox", "pink eye") are read well as they are, and read as a
        name a passing mention ("had chicken pox as a kid") would take over a question
        about shingles."""
        words = list(_WORD.finditer(query))
        pieces, end = [], 0
        for first, second in zip(words, words[1:]):
            a, b = first[0].lower(), second[0].lower()
            if (
                first.start() >= end
                and query[first.end() : second.start()] in _JOINABLE_GAPS
                and min(len(a), len(b)) >= MIN_JOINED_PIECE
                and a + b in self._names
                and a + b not in self._english
                and (a, b) not in self._names_apart
                and not {a, b} & GRAMMAR_WORDS
            ):
                pieces += [query[end : first.start()], first[0] + second[0].lower()]
                end = second.end()
        return "".join(pieces) + query[end:]

    def correction(self, word: str, name_like: bool = False) -> str | None:
        """The knowledge base's spelling of ``word``, or None to keep it.

        Args:
            name_like: the word may be a name; it is corrected only one edit away
                and when it is longer than a short name.
        """
        lower = word.lower()
        # Spoken English drops the g ("gettin a bit of bleedin", "worryin"): the English
        # word with it, which the knowledge base may not use. Not a word of its own ("lamin").
        if (
            not name_like and lower.endswith("in") and f"{lower}g" in self._english
            and lower not in self._english and lower not in self._counts
        ):
            return f"{word}g"
        if len(lower) == MIN_LENGTH - 1 and not name_like and lower not in self._english:
            # Short words have many neighbours: by sound only one edit away, to a very common word ("risc").
            return self._swapped(lower) or (
                None if lower in self._counts
                else self._english_sound_alike(lower, 1, COMMON_SHORT_WORD) or self._next_key_typo(lower, NEXT_KEY_SHORT_WORD)
            )
        if len(lower) < MIN_LENGTH + name_like:
            return None
        if lower in self._english:
            return None if lower in self._counts else self._other_english_spelling(lower)
        own = self._counts.get(lower, 0)
        if own > RARE_USES or lower in self._names:
            return None
        edits = 1 if name_like or len(lower) <= ONE_EDIT_UP_TO else 2
        near = [
            (choice, distance)
            for size in range(len(lower) - edits, len(lower) + edits + 1)
            for choice, distance, _ in process.extract(
                lower, self._by_length.get(size, ()), scorer=DamerauLevenshtein.distance, score_cutoff=edits, limit=None
            )
            # Two edits only keep the first letter: "cervicks" is not "services".
            if distance == 1 or choice[0] == lower[0]
        ]
        sound_alike = [] if name_like else [
            (choice, distance)
            for choice, distance, _ in process.extract(
                lower, self._by_sound.get(jellyfish.metaphone(lower), ()), scorer=DamerauLevenshtein.distance,
                score_cutoff=edits + SOUND_ALIKE_EXTRA_EDITS, limit=None,
            )
        ]
        candidates = sorted(
            (distance, -self._counts[choice], choice)
            for choice, distance in near + sound_alike
            # Never to a short word: "covid" is not "cvid" (an abbreviation one edit away).
            if choice != lower and len(choice) >= MIN_LENGTH and self._counts[choice] > own * 10
            and (self._counts[choice] >= self._min_uses or choice in self._english)
        )
        if not candidates:
            return None if name_like or own else (
                self._split(lower) or self._english_sound_alike(lower) or self._next_key_typo(lower)
            )
        # Fewest edits first (Norvig's rule), then the most used word. An English word the
        # knowledge base lacks that is nearer was more likely meant ("cheepest" is
        # "cheapest", not "cheeses"); one it has was ruled out above as too rare.
        distance, _, best = candidates[0]
        if distance > 1 and self._english.known(self._english.edit_distance_1(lower)) - self._counts.keys():
            return None
        return best

    def _split(self, word: str) -> str | None:
        """``word`` as the known words typed together in it ("thecervix" -> "the cervix"):
        the likeliest split (Norvig's: the product of the words' probabilities, so fewer,
        commoner words win), or None."""
        frequency = self._english.word_frequency
        total = frequency.total_words
        # best[end]: (log-probability, pieces) of the best split of word[:end].
        best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(word)
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - LONGEST_PIECE), end):
                piece, before = word[start:end], best[start]
                if before is None or len(before[1]) == MAX_PIECES or not self._is_piece(piece):
                    continue
                uses = frequency[piece] if piece in frequency else 0
                score = before[0] + math.log(max(uses, COMMON_WORD) / total)
                if best[end] is None or score > best[end][0]:
                    best[end] = (score, before[1] + [piece])
        found = best[-1]
        if not found or len(found[1]) == 1:
            return None
        # Names end in what reads as a short word ("crestor" is "crest or", "johnson" "john
        # son"); a run of grammar words does too ("howdo").
        *_, last = pieces = found[1]
        if len(last) <= 3 and not all(piece in GRAMMAR_WORDS for piece in pieces):
            return None
        return " ".join(pieces)

    def _english_sound_alike(
        self, word: str, edits: int = SOUND_ALIKE_ENGLISH_EDITS, min_uses: int = COMMON_WORD
    ) -> str | None:
        """The commonest English word used at least ``min_uses`` times that sounds like
        ``word`` and is at most ``edits`` away (see SOUND_ALIKE_ENGLISH_EDITS), or None.
        Not the first part of a contraction ("doesn" of "doesn't" is no "dozen").

        Metaphone alone hears too much alike ("presher" and "preacher"): the consonants
        as spoken must be the same too. A short word keeps its vowels ("cust" is no "cost")
        and its length or more ("endo" is no "end")."""
        if word in _CONTRACTED:
            return None
        skeleton, vowels = _consonants(word), _vowels(word)
        found = []
        for uses, choice in _common_english_by_sound().get(jellyfish.metaphone(word), ()):
            distance = DamerauLevenshtein.distance(word, choice, score_cutoff=edits)
            if uses < min_uses or distance > edits or _consonants(choice) != skeleton:
                continue
            # Up to ONE_EDIT_UP_TO letters, a second edit only with the same vowels: "medisin"
            # is "medicine", "utero" no "utter", "gynae" no "gene".
            if distance == 2 and len(word) <= ONE_EDIT_UP_TO and _vowels(choice) != vowels:
                continue
            if len(word) < MIN_LENGTH and len(choice) <= len(word) and _VOWELS.findall(choice) != _VOWELS.findall(word):
                continue
            found.append((uses, choice))
        return max(found)[1] if found else None

    def _next_key_typo(self, word: str, min_uses: int = NEXT_KEY_WORD) -> str | None:
        """The commonest English word ``word`` would be with a key or two next to the ones
        typed (see ADJACENT_KEYS_TWICE_FROM), used at least ``min_uses`` times, or None
        ("whst" is "what": a four-letter word only to a very common one)."""
        found: list[tuple[int, str]] = []

        def typed_instead(text: str, start: int, left: int) -> None:
            for at in range(start, len(text)):
                for key in _NEIGHBOUR_KEYS.get(text[at], ""):
                    meant = text[:at] + key + text[at + 1 :]
                    if meant in self._english and self.english_uses(meant) >= min_uses:
                        found.append((self.english_uses(meant), meant))
                    if left > 1:
                        typed_instead(meant, at + 1, left - 1)

        typed_instead(word, 0, 2 if len(word) >= ADJACENT_KEYS_TWICE_FROM else 1)
        return max(found)[1] if found else None

    def _is_piece(self, piece: str) -> bool:
        """Whether ``piece`` may be one of the words of a split (see GRAMMAR_WORDS)."""
        if piece in GRAMMAR_WORDS:
            return True
        uses = self._english.word_frequency[piece] if piece in self._english else 0
        if len(piece) <= 3:
            return uses >= COMMON_SHORT_WORD and piece in self._counts
        return uses >= COMMON_WORD or self._counts.get(piece, 0) >= self._min_uses

    def _swapped(self, word: str) -> str | None:
        """A short word with two neighbouring letters swapped ("riks" -> "risk", "waht" ->
        "what"): the one slip short words are corrected for, since any other edit has too
        many candidates. Only when exactly one used word of the knowledge base results."""
        if word in self._counts:
            return None
        found = {
            swapped
            for i in range(len(word) - 1)
            if word[i] != word[i + 1]
            and (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in self._counts
            and self._counts[swapped] >= self._min_uses
        }
        return found.pop() if len(found) == 1 else None

    def _other_english_spelling(self, word: str) -> str | None:
        """The knowledge base's spelling of a British word it lacks ("diarrhoea" -> "diarrhea")."""
        for variant in (word.replace("ae", "e"), word.replace("oe", "e"), word.replace("ae", "e").replace("oe", "e")):
            if variant != word and self._counts.get(variant, 0) >= self._min_uses:
                return variant
        return None


_VOWELS = re.compile(r"[aeiouy]")
# "doesn't", "isn't": the word before the apostrophe, which the English list lacks.
_CONTRACTED = frozenset("ain aren couldn didn doesn hadn hasn haven isn mightn mustn needn shan shouldn wasn weren wouldn".split())


def _vowels(word: str) -> str:
    """``word``'s vowels in order, a final silent "e" left out ("medicine": "eii")."""
    return "".join(_VOWELS.findall(word[:-1] if word.endswith("e") and len(word) > 3 else word))


# Spellings of one consonant sound, for comparing words by their spoken consonants.
_CONSONANT_SOUNDS = ((re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"ph"), "f"), (re.compile(r"[cq]"), "k"), (re.compile(r"z"), "s"), (re.compile(r"x"), "ks"))


def _consonants(word: str) -> str:
    """``word``'s consonants as spoken, vowels and "h" left out and doubles made single:
    "hospitle" and "hospital" are both "hsptl", "medisin" and "medicine" "mdsn"."""
    for spelling, sound in _CONSONANT_SOUNDS:
        word = spelling.sub(sound, word)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyh]", "", word))


def word_counts(texts: Iterable[str]) -> Counter[str]:
    """How often each lower-cased word occurs in ``texts``: a knowledge base's vocabulary."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(_WORD.findall(text.lower()))
    return counts


@functools.cache
def _common_english_by_sound() -> dict[str, list[tuple[int, str]]]:
    """English words of three letters or more used at least COMMON_WORD times, by their
    Metaphone code, with their uses (built once, on the first word spelt by sound)."""
    frequency = english_speller().word_frequency
    by_sound: dict[str, list[tuple[int, str]]] = {}
    for word, uses in frequency.items():
        if uses >= COMMON_WORD and len(word) >= 3 and word.isalpha():
            by_sound.setdefault(jellyfish.metaphone(word), []).append((uses, word))
    return by_sound


# Everyday words pyspellchecker's list lacks, which the speller would otherwise "correct"
# ("after big carb meals" to "crab meals").
EVERYDAY_WORDS = ("carb", "carbs", "keto", "vape", "vapes", "vaping", "selfie", "app", "apps", "meds", "texted", "texting")


@functools.cache
def english_speller() -> SpellChecker:
    """pyspellchecker with its English word list (shipped in the package, no download)."""
    speller = SpellChecker(language="en", distance=1)
    speller.word_frequency.load_words(EVERYDAY_WORDS)
    return speller

"""Scots words read in English.

Visitors from Scotland write as they speak: "how dae ye ken if yer cervix is openin early",
"whit'll they dae aboot ma cervix", "am ah mair likely tae get it if ah had a D&C". The
small English model reads few of these words, BM25 and the question-type rules none, and
the speller has no good candidates ("dae" and "tae" are no misspellings of any one word).
A query is read with them put into English before anything else, as mixed-in words of
other languages are (kb/mixed_language.py).

Words that are English words too ("ken", "ma", "ah", "fur", "wee", "o") are read only
where the words around say so: "my ma has diabetes", "cat fur allergy", "a wee at night"
and "type o blood" keep their English meaning.
"""

from __future__ import annotations

import re

# Scots words that are neither English words nor names -> their English.
WORDS: dict[str, str] = {
    "whit": "what", "whaur": "where", "dae": "do", "daes": "does", "didnae": "didn't", "dinnae": "don't",
    "disnae": "doesn't", "cannae": "can't", "isnae": "isn't", "wasnae": "wasn't", "wouldnae": "wouldn't",
    "shouldnae": "shouldn't", "couldnae": "couldn't", "willnae": "won't", "gonnae": "going to", "tae": "to",
    "huv": "have", "huvin": "having", "hud": "had", "mair": "more", "aboot": "about", "gie": "give",
    "gied": "gave", "gien": "given", "doon": "down", "oot": "out", "masel": "myself", "yersel": "yourself",
    "hersel": "herself", "oorsels": "ourselves", "onythin": "anything", "onything": "anything",
    "ony": "any", "naethin": "nothing", "efter": "after", "awfy": "very", "yer": "your", "ye": "you",
    "wean": "child", "weans": "children", "bairn": "baby", "bairns": "babies", "greetin": "crying",
    "guid": "good", "sair": "sore", "heid": "head", "hoose": "house", "wi": "with", "fae": "from",
    "frae": "from", "wumman": "woman", "ither": "other", "oor": "our", "lang": "long", "wid": "would",
    "nae": "no", "naw": "no", "aye": "yes",
}
# Words that are English too, read in Scots only beside the words that make them Scots.
IN_CONTEXT: tuple[tuple[re.Pattern, str], ...] = (
    # "how dae ye ken", "ah dinnae ken": know.
    (re.compile(r"\b(ye|you|ah|i|we|they|dinnae|don't|do|dae|tae|to|wid|would|didnae|didn't) ken\b", re.IGNORECASE), r"\1 know"),
    # "ma cervix", "ma last labour": my. Not the mother: "my ma has diabetes", "ma says".
    (re.compile(r"(?<!\bmy )(?<!\byour )(?<!\bher )(?<!\bhis )(?<!\bour )(?<!\bthe )\bma (?!(and|or|says|said|has|had|is|was|thinks|told|tells)\b)(?=[a-z])", re.IGNORECASE), "my "),
    # "am ah mair likely", "ah had a D&C", "ah'm feelin heavy": I.
    (re.compile(r"\bah(?=['’]m\b|['’]ve\b|['’]d\b| (am|had|have|huv|was|get|got|go|went|dae|do|did|need|can|cannae|should|will|ken|think|feel|felt|lost|wis)\b)", re.IGNORECASE), "I"),
    (re.compile(r"\b(am|can|should|will|could|dae|do|did|have|huv|would|shall|must|wid|if) ah\b", re.IGNORECASE), r"\1 I"),
    # "the stitch they gie ye fur a weak cervix", "tips fur lookin efter masel", "guid fur
    # heartburn": for. Not "cat fur", "fur on the tongue".
    (re.compile(r"\bfur (?=(a|an|the|ma|my|yer|your|it|me|him|her|us|them|weak|whit|what|that|this|\w+in|\w+ing)\b)", re.IGNORECASE), "for "),
    (re.compile(r"\b(guid|good|best|tips|help|something|onythin|anything|stuff|ready|time|wait|scan|check|test|stitch|ask|asked) fur\b", re.IGNORECASE), r"\1 for"),
    # "a wee bit o bleedin": little. Not "need a wee", "a wee at night" (urine).
    (re.compile(r"\bwee (?=(bit|while|one|yin|boy|girl|lass|lassie|laddie|baby|bairn|wean|thing|drop|spot|amount|touch|bleed|bleeding|pain|twinge|niggle|worry|question|pressure|cramp|cramps|blood|something|problem|scare)\b)", re.IGNORECASE), "little "),
    # "a wee bit o bleedin": of. Not "type o blood".
    (re.compile(r"\b(bit|lot|lots|loads|kind|sort|couple|any|some|none|most|full|top|end|oot|out|because) o (?=[a-z])", re.IGNORECASE), r"\1 of "),
    # "greetin aw the time": all.
    (re.compile(r"\baw (?=(the|ma|my|day|night|time|ower|over|of|o)\b)", re.IGNORECASE), "all "),
    # "stay in ma bed the hale time": whole.
    (re.compile(r"\bthe hale\b", re.IGNORECASE), "the whole"),
)
_WORD = re.compile(
    r"(?<![\w'’-])(" + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))) + r")(?![\w-])"
    # "whit'll", "bairn's" (not inside a word), "tae kwon do" (a sport).
    r"(?!['’](?!ll\b|s\b|re\b|ve\b|d\b))(?! kwon\b)",
    re.IGNORECASE,
)


def _english(match: re.Match) -> str:
    word = match.group(1)
    # Capitals are initials: "lyme disease in WI".
    return word if word.isupper() and len(word) > 1 else WORDS[word.lower()]


def scots_in_english(query: str) -> str:
    """``query`` with its Scots words put into English; English words kept."""
    for pattern, english in IN_CONTEXT:
        query = pattern.sub(english, query)
    return _WORD.sub(_english, query)

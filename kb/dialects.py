"""Regional English read in standard English: Scots, the US South and the Caribbean.

Visitors write as they speak: "how dae ye ken if yer cervix is openin early", "whit'll
they dae aboot ma cervix", "am ah mair likely tae get it if ah had a D&C"; "y'all, what
all can cause a cervix to open up early", "ain't there a ring they put in"; "wah cause di
cervix fi open early", "mi haffi stay inna bed whole day?". The small
English model reads few of these words, BM25 and the question-type rules none, and the
speller has no good candidates ("dae" and "tae" are no misspellings of any one word). A
query is read with them in standard English before anything else, as mixed-in words of
other languages are (kb/mixed_language.py).

Words that are English words too ("ken", "ma", "ah", "fur", "wee", "o", "all") are read
only where the words around say so: "my ma has diabetes", "cat fur allergy", "a wee at
night", "type o blood" and "what all the symptoms are" keep their English meaning.
"""

from __future__ import annotations

import re

# Words that are neither English words nor names -> their standard English.
WORDS: dict[str, str] = {
    # Scots.
    "whit": "what", "whaur": "where", "dae": "do", "daes": "does", "didnae": "didn't", "dinnae": "don't",
    "disnae": "doesn't", "cannae": "can't", "isnae": "isn't", "wasnae": "wasn't", "wouldnae": "wouldn't",
    "shouldnae": "shouldn't", "couldnae": "couldn't", "willnae": "won't", "gonnae": "going to", "tae": "to",
    "huv": "have", "huvin": "having", "hud": "had", "mair": "more", "aboot": "about", "gie": "give",
    "gied": "gave", "gien": "given", "doon": "down", "oot": "out", "masel": "myself", "yersel": "yourself",
    "hersel": "herself", "oorsels": "ourselves", "onythin": "anything", "onything": "anything",
    "ony": "any", "naethin": "nothing", "efter": "after", "awfy": "very", "yer": "your", "ye": "you",
    "wean": "child", "weans": "children", "bairn": "baby", "bairns": "babies", "greetin": "crying",
    "guid": "good", "sair": "sore", "heid": "head", "hoose": "house", "wi": "with", "fae": "from",
    "frae": "from", "wumman": "woman", "ither": "other", "oor": "our", "lang": "long",
    "nae": "no", "naw": "no", "aye": "yes",
    # The US South.
    "y'all": "you", "y’all": "you", "ain't": "isn't", "ain’t": "isn't", "mama": "mom", "momma": "mom",
    "mamma": "mom", "young'un": "child", "young'uns": "children",
    # The Caribbean (Jamaican English).
    "wah": "what", "weh": "where", "yuh": "your", "seh": "say", "haffi": "have to", "inna": "in the",
    "pon": "on", "deh": "there", "dat": "that", "dem": "they", "cyaan": "can't", "nuh": "don't",
    "coulda": "could have", "woulda": "would have", "shoulda": "should have",
}
# Words that are English too, read as dialect only beside the words that make them so.
IN_CONTEXT: tuple[tuple[re.Pattern, str], ...] = (
    # The US South: "what all can cause it" (what), "fixin to ask my OB" (going to).
    (re.compile(r"\b(what|who|where) all\b(?! (the|of|my|your|her|his|our|their|these|those)\b)", re.IGNORECASE), r"\1"),
    (re.compile(r"\bfix(in|in'|ing) to\b", re.IGNORECASE), "going to"),
    # The Caribbean: "mi can still have sex?" (I), "mi cervix weak" (my); "di cervix" (the;
    # not "DiGeorge"); "wah cause di cervix fi open early" (to; not "wi-fi"); "a yard" (at home).
    (re.compile(r"(?<![\w-])[Mm]i (?=(can|cyaan|feel|felt|did|do|have|haffi|need|go|get|want|think|tink|neva|never|nuh|just|still|bleed|bleeding|fi|a|am|was|pregnant)\b)"), "I "),
    (re.compile(r"(?<![\w-])(?<!the )[Mm]i (?=[a-z])"), "my "),
    (re.compile(r"\bdi (?=(cervix|doctor|stitch|signs?|baby|ultrasound|scan|clinic|hospital|nurse|midwife|pressure|bleeding|belly|womb|pain|treatment|test|bed)\b)", re.IGNORECASE), "the "),
    (re.compile(r"(?<![\w-])fi (?=[a-z])", re.IGNORECASE), "to "),
    (re.compile(r"\ba yard\b", re.IGNORECASE), "at home"),
    (re.compile(r"\b(serious|big|bad|normal|common) ting\b", re.IGNORECASE), r"\1 thing"),
    # "wid": with before a noun (the Caribbean), would before a verb (Scots).
    (re.compile(r"\bwid (?=(a|an|the|my|mi|ma|yer|your|yuh|twins|weak|incompetent)\b)", re.IGNORECASE), "with "),
    (re.compile(r"\bwid (?=(be|have|huv|need|get|go|dae|do|ye|you|they|make|like|it)\b)", re.IGNORECASE), "would "),
    # "how dae ye ken", "ah dinnae ken": know.
    (re.compile(r"\b(ye|you|ah|i|we|they|dinnae|don't|do|dae|tae|to|wid|would|didnae|didn't) ken\b", re.IGNORECASE), r"\1 know"),
    # "ma cervix", "ma last labour": my. Not the mother: "my ma has diabetes", "ma says".
    (re.compile(r"(?<!\bmy )(?<!\byour )(?<!\bher )(?<!\bhis )(?<!\bour )(?<!\bthe )\bma (?!(and|or|says|said|has|had|is|was|thinks|told|tells)\b)(?=[a-z])", re.IGNORECASE), "my "),
    # "am ah mair likely", "ah had a D&C", "ah'm feelin heavy": I.
    (re.compile(r"\bah(?=['’]m\b|['’]ve\b|['’]d\b| (am|had|have|huv|was|get|got|go|went|dae|do|did|need|can|cannae|should|will|ken|think|feel|felt|lost|wis|would|wid)\b)", re.IGNORECASE), "I"),
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


def in_standard_english(query: str) -> str:
    """``query`` with its regional words put into standard English; English words kept."""
    for pattern, english in IN_CONTEXT:
        query = pattern.sub(english, query)
    return _WORD.sub(_english, query)

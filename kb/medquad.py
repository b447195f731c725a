"""Load MedQuAD XML documents (Ben Abacha & Demner-Fushman, 2019; CC BY 4.0).

Each <QAPair> becomes a passage: title = <Focus> (or, where a document has none,
what its first question that is no empty template asks about), the question and answer as
written, the document's URL and source site; the focus synonyms (and both names of a
title "X (also known as Y)", and the names its overview gives it: "Prosopagnosia is also
known as face blindness") become the article's alternate names. Pairs whose answer was
removed (three MedlinePlus collections) are counted, not indexed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import replace

from .errors import ContentError
from .passage import Passage, Source

MEDQUAD_SITE_NAMES = {
    "CancerGov": "National Cancer Institute (cancer.gov)",
    "GARD": "Genetic and Rare Diseases Information Center (GARD)",
    "GHR": "Genetics Home Reference (NLM)",
    "MPlusHealthTopics": "MedlinePlus Health Topics",
    "NIDDK": "National Institute of Diabetes and Digestive and Kidney Diseases",
    "NINDS": "National Institute of Neurological Disorders and Stroke",
    "NIHSeniorHealth": "NIHSeniorHealth",
    "NHLBI": "National Heart, Lung, and Blood Institute",
    "CDC": "Centers for Disease Control and Prevention",
}


# A question generated from a template whose focus was left empty: "What is (are)  ?",
# "Who is at risk for ? ?".
_EMPTY_FOCUS = re.compile(r"\s\s\?|\?\s*\?\s*$")
# CDC's "Parasites - American Trypanosomiasis (also known as Chagas Disease)" names its
# subject twice: both names are the article's alternate names, as focus synonyms are.
_ALSO_KNOWN_AS = re.compile(r"^(?:[^()]+? - )?(?P<name>[^()]+?) \(also known as (?P<other>[^()]+)\)$", re.IGNORECASE)
# GARD marks some synonyms with what they are: "Ramsay Hunt syndrome type 1 (formerly)",
# "Familial aplasia of the patella (subtype)". The mark is no part of the name.
_SYNONYM_MARK = re.compile(r"\s*\((formerly|subtype|type)\)\s*$", re.IGNORECASE)
# "what is staphylococcus aureus?" names its subject after "what is".
_WHAT_IS = re.compile(r"^\s*what (is|are) (an? |the )?", re.IGNORECASE)


# An overview that names its subject again: "Prosopagnosia is also known as face blindness
# or facial agnosia", "Syncope, also called fainting or passing out, is …". Only when the
# sentence is about the subject itself (its title, a synonym, "it", "this condition"): "the
# tumors associated with neurofibromatosis type 2 are also called vestibular schwannomas"
# names the tumors. Not a name explained ("called 'benign' because most children outgrow
# it", "called chronic if it lasts"), and not a list that runs on into the sentence.
_NAMED_AGAIN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<subject>[^.!?,]{1,100}?)(?:\s+(?:is|are)|,)\s+(?:also|sometimes|often|commonly)\s+"
    r"(?:called|known as|referred to as)\s+(?P<names>[^.;:()\[\]]{3,120})",
    re.IGNORECASE,
)
_SUBJECT_PRONOUNS = frozenset({"it", "this condition", "this disorder", "this disease", "the condition", "the disorder"})
_NAME_EXPLAINED = re.compile(r"\b(because|to distinguish|if|when|depending)\b", re.IGNORECASE)
_SENTENCE_GOES_ON = re.compile(r"(is|are|was|were|can|causes|affects|occurs|and|which|that)\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(the|an?)\s+", re.IGNORECASE)
MAX_NAME_WORDS = 8
OVERVIEW_CHARS = 1500
PRONOUN_CHARS = 300


def names_in_overview(answer: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The other names an overview's sentences give its subject ("X is also known as Y or
    Z"), besides ``known`` (its title and synonyms)."""
    known_lower = {name.lower() for name in known}
    names: list[str] = []
    for match in _NAMED_AGAIN.finditer(answer[:OVERVIEW_CHARS]):
        subject = _ARTICLE.sub("", match.group("subject").strip()).lower()
        # "It" is the subject only near the start: deep into cancer.gov's long overviews it
        # is one of the types described ("It is also called glioblastoma multiforme").
        if subject not in known_lower and (subject not in _SUBJECT_PRONOUNS or match.start() > PRONOUN_CHARS):
            continue
        if _NAME_EXPLAINED.search(match.group("names")):
            continue
        # "hereditary sensory and autonomic neuropathy, type III": the type is the name's.
        pieces = re.split(r",(?!\s*type\b)\s*", match.group("names"))
        for piece in pieces:
            piece = re.sub(r"^or\s+", "", piece.strip())
            if _SENTENCE_GOES_ON.match(piece) or len(piece.split()) > MAX_NAME_WORDS:
                break
            for name in re.split(r"\s+or\s+", piece):
                name = _ARTICLE.sub("", _ARTICLE.sub("", name.strip()).strip("\"'“”‘’ "))
                # Not a word shared by two names ("a prolapsed or dropped bladder": not "prolapsed").
                shared = len(name.split()) == 1 and name.islower() and name.endswith("ed")
                if re.search(r"[^\W\d_]", name) and not shared and name.lower() not in known_lower and name not in names:
                    names.append(name)
    return tuple(names)


class NotMedQuAD(Exception):
    """The XML file is well-formed but is not a MedQuAD <Document>."""


def load_medquad(data: bytes, document: str, path: str) -> tuple[list[Passage], int]:
    """Parse one MedQuAD XML file. Returns (passages, number of pairs without an answer)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        line = error.position[0] if error.position else None
        raise ContentError(path, line, f"not well-formed XML ({error})") from None
    if root.tag != "Document" or root.find("QAPairs") is None:
        raise NotMedQuAD(path)

    site = root.get("source") or None
    stem = document.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    url = root.get("url") or None
    focus = (root.findtext("Focus") or "").strip()
    synonyms = tuple(
        dict.fromkeys(
            _SYNONYM_MARK.sub("", s.text or "").strip()
            for s in root.iterfind("FocusAnnotations/Synonyms/Synonym")
            if _SYNONYM_MARK.sub("", s.text or "").strip()
        )
    )
    if not focus:
        # Three CDC documents have no focus: one subject per document all the same, named
        # by its first question that is not an empty template ("what is vancomycin-resistant
        # enterococci?": vancomycin-resistant enterococci), not one subject per pair with
        # "What is (are)  ?" as a title.
        asked = (((q.text or "").strip()) for q in root.iterfind("QAPairs/QAPair/Question"))
        first = next((q for q in asked if q and not _EMPTY_FOCUS.search(q)), "")
        focus = _WHAT_IS.sub("", first).rstrip(" ?") or first
    if named_twice := _ALSO_KNOWN_AS.match(focus):
        synonyms += tuple(name for name in named_twice.group("name", "other") if name not in synonyms)
    passages: list[Passage] = []
    unanswered = 0
    seen: set[str] = set()
    for pair in root.iterfind("QAPairs/QAPair"):
        question_el = pair.find("Question")
        answer = (pair.findtext("Answer") or "").strip()
        question = ((question_el.text if question_el is not None else "") or "").strip()
        if not answer or not question:
            unanswered += 1
            continue
        # Keyed by file name, not the Document id: a few CancerGov files reuse
        # another file's id (0000013_2.xml and 0000013_2_1.xml).
        pid = pair.get("pid") or str(len(seen) + 1)
        passage_id = f"{(site or 'medquad').lower()}-{stem}-{pid}"
        if passage_id in seen:
            passage_id = f"{passage_id}-{len(seen)}"
        seen.add(passage_id)
        passages.append(
            Passage(
                id=passage_id,
                title=focus or question,
                section=None,
                question=question,
                answer=answer,
                source=Source(document=document, url=url, site=MEDQUAD_SITE_NAMES.get(site or "", site)),
                alt_names=synonyms,
            )
        )
    overview = next((p for p in passages if _WHAT_IS.match(p.question)), None)
    if overview is not None and (named := names_in_overview(overview.answer, (overview.title, *synonyms))):
        passages = [replace(passage, alt_names=synonyms + named) for passage in passages]
    return passages, unanswered

"""Load MedQuAD XML documents (Ben Abacha & Demner-Fushman, 2019; CC BY 4.0).

Each <QAPair> becomes a passage: title = <Focus> (or, where a document has none,
what its first question that is no empty template asks about), the question and answer as
written, the document's URL and source site; the focus synonyms (and both names of a
title "X (also known as Y)") become the article's alternate names. Pairs whose answer was
removed (three MedlinePlus collections) are counted, not indexed.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

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
    return passages, unanswered

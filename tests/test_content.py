"""Reading a content folder: formats, skips, and errors that name file and line."""

from __future__ import annotations

import json

import pytest

from kb.content import load_content
from kb.errors import ContentError
from kb.jsonl import load_jsonl
from kb.medquad import load_medquad, names_in_overview

from .conftest import FIXTURES


def test_content_folder_reads_every_format_and_reports_skips(content_dir):
    content = load_content(content_dir)
    assert content.documents == 3
    assert len(content.passages) == 9 + 2 + 1
    assert ("notes.md", "unsupported format (.md)") in content.skipped
    assert content.unanswered == 1
    assert len(content.checksum) == 64


def test_checksum_changes_with_content(tmp_path, content_dir):
    first = load_content(content_dir).checksum
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "faq.jsonl").write_text((content_dir / "faq.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    assert load_content(copy).checksum != first


def test_jsonl_records_become_passages():
    text = (FIXTURES / "faq.jsonl").read_text(encoding="utf-8")
    passages, warnings = load_jsonl(text, "faq.jsonl", "faq.jsonl")
    first, second = passages
    assert first.id == "flu-vaccine-who"
    assert first.answer == json.loads(text.split("\n")[0])["answer"]
    assert first.section == "Who should get it"
    assert first.source.url == "https://example.org/flu"
    assert first.source.review_date == "2024-09-01"
    assert first.disclaimers == ("This page is for general information only and is not medical advice.",)
    assert second.disclaimers == first.disclaimers  # a list works as well as a string
    assert warnings == []


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"id": "a", "question": "Q?", "answer": ', "not valid JSON"),
        ('["a", "b"]', "must be a JSON object"),
        ('{"id": "a", "question": "Q?"}', "'answer' is required"),
        ('{"id": "", "question": "Q?", "answer": "A."}', "'id' is required"),
        ('{"id": "a", "question": "Q?", "answer": "A.", "review_date": "someday"}', "not a date"),
        ('{"id": "a", "question": "Q?", "answer": "A.", "disclaimer": 5}', "'disclaimer' must be"),
    ],
)
def test_malformed_jsonl_line_names_file_and_line(line, message):
    good = '{"id": "ok", "question": "Q?", "answer": "A."}'
    with pytest.raises(ContentError) as raised:
        load_jsonl(f"{good}\n\n{line}\n", "x.jsonl", "content/x.jsonl")
    assert raised.value.path == "content/x.jsonl"
    assert raised.value.line == 3
    assert message in str(raised.value)


def test_unknown_jsonl_fields_are_reported():
    _, warnings = load_jsonl('{"id": "a", "question": "Q?", "answer": "A.", "colour": "red"}', "x", "x")
    assert warnings == ["unknown field(s) ignored: colour"]


def test_duplicate_ids_across_files_are_refused(tmp_path):
    record = '{"id": "same", "question": "Q?", "answer": "A."}\n'
    (tmp_path / "a.jsonl").write_text(record, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(record, encoding="utf-8")
    with pytest.raises(ContentError, match="duplicate passage id 'same'"):
        load_content(tmp_path)


def test_non_utf8_file_names_its_line(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"Title\n\nWhat?\n\nAn \xff answer.\n")
    with pytest.raises(ContentError) as raised:
        load_content(tmp_path)
    assert raised.value.line == 5


def test_medquad_pairs_become_passages_and_removed_answers_are_counted():
    passages, unanswered = load_medquad((FIXTURES / "medquad-sample.xml").read_bytes(), "m.xml", "m.xml")
    assert unanswered == 1
    (passage,) = passages
    assert passage.id == "ghr-m-1"
    assert passage.title == "Sample syndrome"
    assert passage.question == "What is (are) Sample syndrome ?"
    assert "people's knees" in passage.answer
    assert passage.alt_names == ("Exemplar disease", "SMPS")
    assert passage.source.url == "https://example.org/condition/sample-syndrome"
    assert passage.source.site == "Genetics Home Reference (NLM)"


def test_a_medquad_document_without_a_focus_is_one_subject_named_by_its_first_real_question():
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000424" source="CDC" url="http://www.cdc.gov/vre.html"><Focus></Focus><QAPairs>
<QAPair pid="1"><Question qid="1" qtype="information">What is (are)  ?</Question><Answer>About VRE.</Answer></QAPair>
<QAPair pid="2"><Question qid="2" qtype="information">Who is at risk for ? ?</Question><Answer>Patients.</Answer></QAPair>
<QAPair pid="3"><Question qid="3" qtype="information">what is vancomycin-resistant enterococci?</Question><Answer>Bacteria.</Answer></QAPair>
</QAPairs></Document>"""
    passages, _ = load_medquad(xml, "cdc.xml", "cdc.xml")
    assert {p.title for p in passages} == {"vancomycin-resistant enterococci"}
    assert [p.question for p in passages][:2] == ["What is (are)  ?", "Who is at risk for ? ?"]  # verbatim


def test_a_medquad_title_naming_its_subject_twice_gives_both_names_as_alternate_names():
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000091" source="CDC" url="http://www.cdc.gov/parasites/chagas/">
<Focus>Parasites - American Trypanosomiasis (also known as Chagas Disease)</Focus><QAPairs>
<QAPair pid="5"><Question qid="5" qtype="exams and tests">How to diagnose Parasites - American Trypanosomiasis (also known as Chagas Disease) ?</Question><Answer>A blood test.</Answer></QAPair>
</QAPairs></Document>"""
    (passage,) = load_medquad(xml, "cdc.xml", "cdc.xml")[0]
    assert passage.title == "Parasites - American Trypanosomiasis (also known as Chagas Disease)"  # verbatim
    assert passage.alt_names == ("American Trypanosomiasis", "Chagas Disease")


def test_gards_marks_on_synonyms_are_no_part_of_the_name():
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document id="0001984" source="GARD" url="https://rarediseases.info.nih.gov/gard/1916">
<Focus>Dyssynergia cerebellaris myoclonica</Focus><FocusAnnotations><Synonyms>
<Synonym>Ramsay Hunt syndrome type 1 (formerly)</Synonym><Synonym>Dentate Cerebellar Ataxia</Synonym>
<Synonym>Dentate cerebellar ataxia (subtype)</Synonym></Synonyms></FocusAnnotations><QAPairs>
<QAPair pid="1"><Question qid="1" qtype="symptoms">What are the symptoms of Dyssynergia cerebellaris myoclonica ?</Question><Answer>Myoclonus.</Answer></QAPair>
</QAPairs></Document>"""
    (passage,) = load_medquad(xml, "gard.xml", "gard.xml")[0]
    assert passage.alt_names == ("Ramsay Hunt syndrome type 1", "Dentate Cerebellar Ataxia", "Dentate cerebellar ataxia")


def test_names_an_overview_gives_its_subject_become_alternate_names_of_every_passage():
    xml = b"""<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000243" source="NINDS" url="http://www.ninds.nih.gov/disorders/prosopagnosia/prosopagnosia.htm">
<Focus>Prosopagnosia</Focus><QAPairs>
<QAPair pid="1"><Question qid="1" qtype="information">What is (are) Prosopagnosia ?</Question><Answer>Prosopagnosia is a neurological disorder characterized by the inability to recognize faces. Prosopagnosia is also known as face blindness or facial agnosia. The term prosopagnosia comes from the Greek words for face and lack of knowledge.</Answer></QAPair>
<QAPair pid="2"><Question qid="2" qtype="treatment">What are the treatments for Prosopagnosia ?</Question><Answer>Compensatory strategies.</Answer></QAPair>
</QAPairs></Document>"""
    passages, _ = load_medquad(xml, "ninds.xml", "ninds.xml")
    assert [p.alt_names for p in passages] == [("face blindness", "facial agnosia")] * 2


@pytest.mark.parametrize(
    "overview, known, names",
    [
        ("Syncope, also called fainting or passing out, is a temporary loss of consciousness.", ("Syncope",), ("fainting", "passing out")),
        ("A cystocele, also called a prolapsed or dropped bladder, is the bulging of the bladder.", ("Cystocele",), ("dropped bladder",)),
        ("Familial dysautonomia is also called hereditary sensory and autonomic neuropathy, type III. It", ("familial dysautonomia",),
         ("hereditary sensory and autonomic neuropathy, type III",)),
        ('A stroke is sometimes called a "brain attack." Most strokes', ("Stroke",), ("brain attack",)),
        ("Dumping syndrome is when food moves too fast. This condition is also called rapid gastric emptying.", ("Dumping Syndrome",),
         ("rapid gastric emptying",)),
        # Another subject named, a name explained, a name already known: nothing new.
        ("Tumors associated with neurofibromatosis type 2 are also called vestibular schwannomas.", ("neurofibromatosis type 2",), ()),
        ('BRE is called "benign" because most children outgrow it.', ("BRE",), ()),
        ("Back pain is also called chronic if it lasts for more than three months.", ("Back Pain",), ()),
        ("Trisomy 18 is also called Edwards syndrome.", ("trisomy 18", "Edwards syndrome"), ()),
        # "It" deep into a long overview is one of the types it describes.
        ("Adult brain tumors are of many kinds. " + "Each is described below. " * 20 + "It is also called glioblastoma multiforme.",
         ("Adult Central Nervous System Tumors",), ()),
    ],
)
def test_an_overview_names_its_own_subject_only(overview, known, names):
    assert names_in_overview(overview, known) == names


def test_broken_xml_names_its_line(tmp_path):
    (tmp_path / "x.xml").write_text("<Document>\n<QAPairs>\n</Document>\n", encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_content(tmp_path)
    assert raised.value.line == 3


def test_missing_content_folder(tmp_path):
    with pytest.raises(ContentError, match="content folder not found"):
        load_content(tmp_path / "nope")


def test_collection_documentation_is_skipped(tmp_path):
    (tmp_path / "README.txt").write_text("About this collection\n\nWhat is it?\n\nA readme.\n", encoding="utf-8")
    (tmp_path / "LICENSE.txt").write_text("License\n\nMay I copy it?\n\nYes.\n", encoding="utf-8")
    (tmp_path / "faq.jsonl").write_text('{"id": "a", "question": "Q?", "answer": "A."}\n', encoding="utf-8")
    content = load_content(tmp_path)
    assert [p.id for p in content.passages] == ["a"]
    assert ("README.txt", "documentation file, not an article") in content.skipped

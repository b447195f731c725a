"""Tests for kb/initialisms.py: a subject's initials read as its name."""

import pytest

from kb.initialisms import Initialisms, initials

NAMES = [
    ("Incompetent cervix", "Incompetent cervix"),
    ("Incompetent cervix", "cervical insufficiency"),
    ("Chronic Obstructive Pulmonary Disease", "Chronic Obstructive Pulmonary Disease"),
    ("Gout", "Gout"),
]


@pytest.mark.parametrize(
    "name, expected",
    [("Incompetent cervix", "IC"), ("Chronic obstructive pulmonary disease", "COPD"), ("Tetralogy of Fallot", "TF"), ("Gout", "G")],
)
def test_initials_skip_linking_words(name, expected):
    assert initials(name) == expected
    assert initials("Tetralogy of Fallot", linking_words=True) == "TOF"


@pytest.mark.parametrize(
    "query, expected",
    [
        ("is IC common or super rare", "is Incompetent cervix common or super rare"),
        ("CI and bed rest", "cervical insufficiency and bed rest"),
        ("COPD inhaler", "Chronic Obstructive Pulmonary Disease inhaler"),
        # Only in capitals, as a word of their own.
        ("ic dx", "ic dx"),
        ("ICU stay", "ICU stay"),
        ("IC-related", "IC-related"),
    ],
)
def test_a_subjects_initials_in_capitals_are_its_name(query, expected):
    assert Initialisms(NAMES).expand(query) == expected


def test_initials_two_subjects_share_say_neither():
    names = [*NAMES, ("Interstitial cystitis", "Interstitial cystitis")]
    assert Initialisms(names).expand("IC diet") == "IC diet"


def test_initials_that_mean_something_else_are_left_alone():
    # The content writes "ic" for another subject, or it is an English word ("OK", "US").
    means_other = lambda word, subject: word == "ic"
    assert Initialisms(NAMES, means_other).expand("is IC common") == "is IC common"
    assert Initialisms(NAMES, means_other).expand("CI and bed rest") == "cervical insufficiency and bed rest"


def test_initials_spelling_a_rare_word_are_read_save_in_a_message_in_capitals():
    # "ci" is in the English list but rarely used: "dr said CI" means the condition; in a
    # message typed all in capitals, capitals mark nothing.
    rare = Initialisms(NAMES, rare_word=lambda word: word == "ci")
    assert rare.expand("dr said CI, what causes it") == "dr said cervical insufficiency, what causes it"
    assert rare.expand("DR SAID CI WHAT CAUSES IT") == "DR SAID CI WHAT CAUSES IT"
    assert rare.expand("IS IC COMMON") == "IS Incompetent cervix COMMON"

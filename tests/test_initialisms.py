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


NUMBERED = [
    ("FHH1", "Familial hypocalciuric hypercalcemia type 1"),
    ("FHH3", "Familial hypocalciuric hypercalcemia type 3"),
    ("MEN2A", "Multiple endocrine neoplasia type 2A"),
    ("SA11", "Spinocerebellar ataxia 11"),
]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("fhh3 signs", "Familial hypocalciuric hypercalcemia type 3 signs"),
        ("FHH1 treatment", "Familial hypocalciuric hypercalcemia type 1 treatment"),
        ("is men2a inherited", "is Multiple endocrine neoplasia type 2A inherited"),
        ("sa11 symptoms", "Spinocerebellar ataxia 11 symptoms"),
        # A number no page has, and letters joined to more: left as typed.
        ("fhh2 signs", "fhh2 signs"),
        ("fhh3-related", "fhh3-related"),
    ],
)
def test_a_numbered_types_initials_and_number_are_its_name_in_any_case(query, expected):
    assert Initialisms((subject, name) for subject, name in NUMBERED).expand(query) == expected


def test_numbered_initials_a_page_is_called_by_are_left_as_typed():
    # The search reads a page's own code ("LCA5", "MEN 2A") as written.
    names = [*NUMBERED, ("LCA5", "Leber congenital amaurosis 5"), ("LCA5", "LCA5"), ("MEN2A", "MEN 2A")]
    assert Initialisms(names).expand("lca5") == "lca5"
    assert Initialisms(names).expand("men2a signs") == "men2a signs"
    assert Initialisms(names).expand("fhh3 signs") == "Familial hypocalciuric hypercalcemia type 3 signs"


def test_numbered_initials_two_subjects_share_say_neither():
    names = [*NUMBERED, ("FH3", "Familial hyperaldosteronism hypercalcemia type 3")]
    assert Initialisms(names).expand("fhh3 signs") == "fhh3 signs"


HEART = [
    ("Congenitally corrected transposition", "Congenitally corrected transposition of the great arteries"),
    ("Progressive familial intrahepatic cholestasis", "Progressive familial intrahepatic cholestasis"),
    ("Severe congenital neutropenia", "Severe congenital neutropenia"),
    ("Incompetent cervix", "Incompetent cervix"),
]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("cctga heart", "Congenitally corrected transposition of the great arteries heart"),
        ("is pfic inherited", "is Progressive familial intrahepatic cholestasis inherited"),
        ("wut is pfic", "wut is Progressive familial intrahepatic cholestasis"),
        # Shorter ones are too often words, text-speak or shorthand; a typo the speller mends is a typo.
        ("ic diet", "ic diet"),
        ("scn lol", "scn lol"),
        ("pfic-related", "pfic-related"),
    ],
)
def test_lower_case_initials_of_four_letters_or_more_are_read_when_no_word_or_typo(query, expected):
    misspelt = lambda word: word in {"wut"}
    assert Initialisms(HEART, misspelt=misspelt).expand(query) == expected


def test_lower_case_initials_are_left_alone_when_a_typo_or_an_english_word():
    # "pfic" mended by the speller is a typo; "cart" is English (rare_word: in the word list).
    assert Initialisms(HEART, misspelt=lambda word: word == "pfic").expand("pfic") == "pfic"
    cart = Initialisms([("Cart", "Chronic arthritis of the right temple")], rare_word=lambda word: word == "cart", misspelt=lambda word: False)
    assert cart.expand("my cart is full") == "my cart is full"
    # Without a speller to ask, only capitals are read.
    assert Initialisms(HEART).expand("cctga heart") == "cctga heart"


# MedQuAD's titles (CC BY 4.0): "AF" is the initials of several subjects' names.
PARTLY = [
    (1, "Familial atrial fibrillation"),
    (2, "Familial atrial fibrillation"),  # the same subject on another site
    (3, "Atrial Fibrillation"),
    (4, "Atrial Fibrillation and Stroke"),
    (5, "Spinal muscular atrophy with progressive myoclonic epilepsy"),
    (6, "Spinal muscular atrophy"),
    (7, "Juvenile primary lateral sclerosis"),
    (8, "Juvenile periodic leg syndrome"),
    (9, "Anal fissure"),
    (10, "Sensory motor axonopathy"),
    (11, "FG syndrome"),
    (12, "Fitzsimmons-Guilbert syndrome"),
    (13, "Microcephalic osteodysplastic primordial dwarfism type 1"),
    (14, "Type II acrocephalosyndactyly"),
]


@pytest.mark.parametrize(
    "query, expected",
    [
        # Written-out words, then the initials of the rest of one name.
        ("my dad has familial AF. Is it inherited?", "my dad has Familial atrial fibrillation. Is it inherited?"),
        # The initials of the start of one name, then the rest written out.
        ("SMA with progressive myoclonic epilepsy, how many people", "Spinal muscular atrophy with progressive myoclonic epilepsy, how many people"),
        # Alone, "AF" and "SMA" stand for more than one subject; "juvenile PLS" for two names.
        ("what is AF", "what is AF"),
        ("SMA and my back", "SMA and my back"),
        ("juvenile PLS", "juvenile PLS"),
        # In capitals only, as for whole initials.
        ("familial af", "familial af"),
        # Not a name of its own, another type's number, or a roman numeral's initial.
        ("the geneticist suggests FG syndrome", "the geneticist suggests FG syndrome"),
        ("they diagnosed MOPD type 2", "they diagnosed MOPD type 2"),
        ("they diagnosed MOPD type 1", "they diagnosed Microcephalic osteodysplastic primordial dwarfism type 1"),
        ("hereditary sensory neuropathy type IA", "hereditary sensory neuropathy type IA"),
    ],
)
def test_a_name_shortened_in_part_is_read_as_the_one_name_it_shortens(query, expected):
    assert Initialisms(PARTLY).expand(query) == expected


def test_words_read_as_one_shortened_name_are_not_read_again_as_part_of_another():
    names = [(1, "Xeroderma alpha beta"), (2, "Ab cardiac disease")]
    # "AB" is read with "xeroderma"; "CD" would take "AB" as its written word.
    assert Initialisms(names).expand("xeroderma AB CD") == "Xeroderma alpha beta CD"
    assert Initialisms(names).expand("the AB CD") == "the Ab cardiac disease"

"""Spelling correction of query words against the knowledge base's own words."""

from __future__ import annotations

from collections import Counter

import pytest

from kb.spelling import Speller, english_speller, expand_text_speak, word_counts

# A small knowledge base's vocabulary: medical words, a common word, and a typo the
# source itself makes once ("symtoms").
COUNTS = Counter({
    "cheeses": 30, "cvid": 40,
    "symptoms": 400, "symtoms": 1, "pneumonia": 120, "hemorrhoids": 80, "incompetent": 60,
    "cervix": 90, "cervical": 70, "services": 900, "diabetes": 300, "migraine": 50, "joint": 500,
    "xarelto": 12, "stitches": 40,
})


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.for_counts(COUNTS)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("diabeties", "diabetes"),  # one edit
        ("incompitent", "incompetent"),
        ("hemorhoids", "hemorrhoids"),
        ("migrane", "migraine"),
        ("symtoms", "symptoms"),  # the source's own rare typo yields to the common spelling
        ("newmonia", "pneumonia"),  # sounds the same, two edits away
    ],
)
def test_misspelt_words_take_the_knowledge_bases_spelling(speller, typed, meant):
    assert speller.correction(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "tummy", "peeing", "smelly",  # English words the knowledge base lacks stay as typed
        "xarelto",  # a word the knowledge base uses often enough is its own spelling
        "ring", "dont", "symt",  # too short to guess
        "Jannet",  # a name: "joint" sounds alike but is three edits away
        "cheepest",  # "cheapest" is one edit away: nearer than any word of the knowledge base
        "zzzzzzzz",  # nothing near
        "covid",  # one edit from the abbreviation "cvid", but short words are never the correction
    ],
)
def test_words_without_a_near_spelling_are_kept(speller, word):
    assert speller.correction(word) is None


def test_a_word_one_letter_shorter_is_corrected_for_two_swapped_letters():
    speller = Speller.for_counts(Counter({"risk": 50, "what": 400, "rise": 30, "form": 20, "from": 60}))
    assert speller.correction("riks") == "risk"
    assert speller.correction("waht") == "what"
    assert speller.correction("risl") is None  # any other slip has too many candidates
    assert speller.correction("form") is None  # an English word stays as typed
    assert speller.correction("Riks", name_like=True) is None  # maybe a name


def test_a_dropped_g_is_put_back_when_the_word_with_it_is_english(speller):
    assert speller.correct("gettin a bit of bleedin, worryin") == "getting a bit of bleeding, worrying"
    # Not a word of its own, nor one the knowledge base uses ("lamin" is a protein).
    assert Speller.for_counts(Counter({"lamin": 40})).correction("lamin") is None
    assert speller.correction("cabin") is None


def test_two_edits_keep_the_first_letter(speller):
    assert speller.correction("cerbical") == "cervical"
    assert speller.correction("derbical") is None  # two edits from "cervical" too, and sounds otherwise


def test_a_capitalised_word_inside_a_sentence_is_corrected_only_one_edit_away(speller):
    # As a name it could be anything; a plain slip in a capitalised condition is still fixed.
    assert speller.correct("my son Newmonia") == "my son Newmonia"
    assert speller.correct("Newmonia in my son") == "pneumonia in my son"
    assert speller.correct("I have Diabeties") == "I have diabetes"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("whatsanincompetentcervix", "whats an incompetent cervix"),
        ("thecervix", "the cervix"),
        ("signsmycervixisweak", "signs my cervix is weak"),
        ("whentocall", "when to call"),
        ("myobgyn", "my obgyn"),  # the product reads "obgyn", though no dictionary lists it
        ("cervicalstitches", "cervical stitches"),
        ("howdo", "how do"),  # a short last word only in a run of grammar words
    ],
)
def test_words_typed_together_are_split_into_known_words(speller, typed, meant):
    assert speller.correction(typed) == meant


@pytest.mark.parametrize(
    "word",
    [
        "metformin",  # "met form in": a short piece must be a grammar word or used by the knowledge base
        "pastdandc",  # "dandc" is no word
        "Whatiscervix",  # maybe a name (name_like below)
    ],
)
def test_words_that_do_not_split_into_known_words_are_kept(speller, word):
    assert speller.correction(word, name_like=word[0].isupper()) is None


def test_names_ending_in_what_reads_as_a_short_word_are_not_split():
    speller = Speller.for_counts(Counter({"son": 50, "lip": 40, "crest": 10, "the": 1000}))
    for name in ("crestor", "johnson", "lipitor"):  # "crest or", "john son", "lip it or"
        assert speller.correction(name) is None
    assert speller.correction("thecrest") == "the crest"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("treetmints", "treatments"),  # two edits beyond seven letters
        ("hospitle", "hospital"),
        ("medisin", "medicine"),  # two edits up to seven letters only with the same vowels
        ("frend", "friend"),
        ("wimmen", None),  # two edits, other vowels
        ("utero", None),  # Latin, not "utter"
        ("gynae", None),  # not "gene"
        ("risc", "risk"),  # four letters: one edit, to a very common word, the same vowels
        ("erly", "early"),
        ("cust", None),  # not "cost": its vowel changed
        ("endo", None),  # not "end": shorter
        ("presher", None),  # sounds like "preacher" to Metaphone, not in its consonants
        ("doesn", None),  # of "doesn't", not "dozen"
    ],
)
def test_a_word_of_no_dictionary_is_spelt_by_sound_as_a_common_english_word(typed, meant):
    """A small knowledge base lacks the words visitors ask with: its speller hears them."""
    speller = Speller.for_counts(Counter({"cervix": 90, "causes": 50, "treated": 20}))
    assert speller.correction(typed) == meant


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("exercuse", "exercise"),  # u for i, the next key
        ("raiae", "raise"),  # a for s
        ("whst", "what"),  # four letters: only to a very common word
        ("risl", None),  # "risk" is not common enough to guess from four letters
        ("crestor", None),  # a brand name, not "creator" (too rare a word to guess)
        ("derbical", None),  # "cervical" is too rare a word to guess from two slips
    ],
)
def test_a_slip_to_the_next_key_is_read_as_the_common_english_word_meant(typed, meant):
    speller = Speller.for_counts(Counter({"cervix": 90, "causes": 50, "treated": 20}))
    assert speller.correction(typed) == meant


def test_a_word_the_knowledge_base_uses_is_never_spelt_by_sound():
    assert Speller.for_counts(Counter({"hospitle": 1, "cervix": 90})).correction("hospitle") is None
    assert Speller.for_counts(Counter({"cervix": 90})).correction("hospitle") == "hospital"


def test_a_misspelling_is_corrected_before_any_split(speller):
    assert speller.correction("symtoms") == "symptoms"
    assert speller.correct("howdo theytest forweak cervix") == "how do they test for weak cervix"


def test_a_names_word_typed_in_two_is_written_as_the_names_write_it():
    names = ["Nonautoimmune hyperthyroidism", "Dilated cardiomyopathy"]
    speller = Speller.for_counts(Counter({"nonautoimmune": 3, "hyperthyroidism": 40, "cardiomyopathy": 20}), names)
    assert speller.correct("non autoimmune hyperthyroidism familial") == "nonautoimmune hyperthyroidism familial"
    assert speller.correct("Non-autoimmune hyperthyroidism?") == "Nonautoimmune hyperthyroidism?"
    assert speller.correct("dilated cardio myopathy") == "dilated cardiomyopathy"


def test_everyday_compounds_typed_apart_are_kept():
    speller = Speller.for_counts(Counter({"chickenpox": 30, "shingles": 20}), ["Chickenpox", "Shingles"])
    assert speller.correct("had chicken pox as a kid") == "had chicken pox as a kid"


def test_words_a_name_writes_apart_or_grammar_words_are_not_joined():
    names = ["Preeclampsia", "Pre-eclampsia", "Herpes", "Pes planus", "Atypical hyperplasia"]
    speller = Speller.for_counts(Counter({"preeclampsia": 30, "herpes": 40, "planus": 5, "atypical": 9}), names)
    assert speller.correct("pre eclampsia") == "pre eclampsia"
    assert speller.correct("her pes planus") == "her pes planus"
    assert speller.correct("a typical day") == "a typical day"
    assert speller.correct("non autoimmune") == "non autoimmune"  # no name writes it as one word


def test_correct_keeps_everything_but_the_misspelt_words(speller):
    assert speller.correct("Diabeties?? my tummy, at 22 weeks!") == "diabetes?? my tummy, at 22 weeks!"
    assert speller.correct("how common is it") == "how common is it"


def test_word_counts_are_lower_cased_words_only():
    assert word_counts(["Gout gout, 3 times: GOUT's"]) == Counter({"gout": 3, "times": 1, "s": 1})


def test_english_word_list_ships_with_the_package():
    english = english_speller()
    assert len(english.word_frequency.dictionary) > 100_000
    assert "tummy" in english and "Tummy" in english and "diabeties" not in english


def test_a_rare_word_of_a_large_knowledge_base_is_no_correction_unless_english():
    # A million words: a correction that is no English word must occur at least 5 times.
    counts = Counter({"the": 1_000_000, "chestor": 1, "hemorrhoid": 2, "pneumonia": 300})
    speller = Speller.for_counts(counts)
    assert speller.correction("crestor") is None  # a brand name, not the one-off "chestor"
    assert speller.correction("hemorhoid") == "hemorrhoid"  # rare here, but an English word
    assert speller.correction("newmonia") == "pneumonia"


def test_british_spellings_take_the_knowledge_bases_spelling():
    speller = Speller.for_counts(Counter({"diarrhea": 20, "anemia": 10, "labor": 5, "tumor": 8, "estrogen": 3}))
    # English words all, but spelt otherwise here; and words one edit away.
    assert speller.correct("diarrhoea and anaemia") == "diarrhea and anemia"
    assert speller.correct("premature labour, a tumour, oestrogen") == "premature labor, a tumor, estrogen"


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("whn shd i c my dr abt this", "when should i see my doctor about this"),
        ("gf is 20wks and dr says", "girlfriend is 20weeks and doctor says"),
        ("shud i go to L&D w/ this or wait", "should i go to labor and delivery with this or wait"),
        # Whole tokens only: names keep their letters.
        ("hep c symptoms", "hep c symptoms"),
        ("vitamin c dose", "vitamin c dose"),
        ("c-section recovery", "c-section recovery"),
        # Support staff's clinical shorthand.
        ("cx insufficiency tx options", "cervix insufficiency treatment options"),
        ("incompetent cervix sx", "incompetent cervix symptoms"),
        ("etiology of cervical incompetence", "cause of cervical incompetence"),
        ("u/s cervical length", "ultrasound cervical length"),
        ("the tx/dx codes", "the tx/dx codes"),  # no word of its own there
        ("pt asking about IC", "pt asking about IC"),
        # A clipped word whose whole form is a title.
        ("stroke rehab at home", "stroke rehabilitation at home"),
        ("rehabs and rehabbing", "rehabs and rehabbing"),
        # "y" is "why" only before a question's verb; "r" and "n" stand alone.
        ("my kid still wets himself, y does that happen", "my kid still wets himself, why does that happen"),
        ("X and Y chromosomes", "X and Y chromosomes"),
        ("wat r the symptoms, shaky n sweaty", "what are the symptoms, shaky and sweaty"),
        ("N-acetyl cysteine and stage N1", "N-acetyl cysteine and stage N1"),
        # Spelt as they sound, yet English words, which the speller would keep.
        ("sines of week cervix", "signs of week cervix"),
        ("MFM appt not till next wk", "MFM appointment not till next week"),
        # Autocorrect's and dictation's real words, undone only in context.
        ("incompetent service meaning in pregnancy", "incompetent cervix meaning in pregnancy"),
        ("when should I see my doctor about service pressure", "when should I see my doctor about cervix pressure"),
        ("how do I cancel my phone service", "how do I cancel my phone service"),
        ("cervical insufficient see, should I stay in bed", "cervical insufficiency, should I stay in bed"),
        ("I had a D and see last year", "I had a D&C last year"),
        ("DES dotter, wil my cervix be week", "DES daughter, will my cervix be week"),
        ("can i have seks with a servical stich", "can i have sex with a servical stitch"),
        ("wot causis it, is yor cervix weak", "what causis it, is your cervix weak"),
        # Dictation: a clinical word heard as two, a weak cervix as a week one, punctuation said aloud.
        ("what does in competent cervix mean", "what does incompetent cervix mean"),
        ("how common is cervical in sufficiency", "how common is cervical insufficiency"),
        ("in competent hands", "in competent hands"),
        ("what is a pest ary for the cervix", "what is a pessary for the cervix"),
        ("how is sir clodge done for a week cervix", "how is cerclage done for a weak cervix"),
        ("at the 20 week cervix scan", "at the 20 week cervix scan"),
        ("can diethyl still bestrol cause it", "can diethylstilbestrol cause it"),
        ("do i need bed wrest", "do i need bed rest"),
        ("does a dee and see raise my risk", "does a D&C raise my risk"),
        ("can i walk comma is it ok", "can i walk, is it ok"),
        ("is sex ok question mark", "is sex ok?"),
        ("a stitch in the cervix period how long does it stay", "a stitch in the cervix. how long does it stay"),
        ("my period how long does it last", "my period how long does it last"),
        ("my girlfriend's period is late, how soon can she test", "my girlfriend's period is late, how soon can she test"),
        # Support desks' shorthand: a customer, discharge.
        ("cust asks: pink d/c at 21 weeks", "customer asks: pink discharge at 21 weeks"),
        # "dose" is "does" after a question word, before its subject; a dose stays a dose.
        ("wat dose the ultrasound sho", "what does the ultrasound show"),
        ("dose it hurt", "does it hurt"),
        ("what dose should I take", "what dose should I take"),
        ("a dose the doctor gave", "a dose the doctor gave"),
        # Spoken contractions.
        ("reckon I oughta call the doctor", "reckon I ought to call the doctor"),
        ("do I gotta lay down all day", "do I have to lay down all day"),
        # "4" for "for" and "2" for "to" between words; counts keep their numbers.
        ("wat do drs even do 4 a cervix thats too weak", "what do doctors even do for a cervix thats too weak"),
        ("did i do sumthin 2 make it worse", "did i do something to make it worse"),
        ("bed rest at 4 weeks after 2 babies", "bed rest at 4 weeks after 2 babies"),
    ],
)
def test_text_speak_is_written_out(typed, meant):
    assert expand_text_speak(typed) == meant


def test_everyday_words_missing_from_the_english_list_are_kept():
    """pyspellchecker's list lacks "carb": "big carb meals" had become "big crab meals"."""
    speller = Speller.for_counts(Counter({"crab": 40, "meals": 40}))
    assert speller.correct("after big carb meals") == "after big carb meals"
    texted = Speller.for_counts(Counter({"tested": 40, "spotting": 10}))
    assert texted.correct("she texted that she's spotting") == "she texted that she's spotting"


def test_correct_writes_out_text_speak_first(speller):
    assert speller.correct("shd i c a dr") == "should i see a doctor"


def test_forum_shorthand_is_written_out_unless_the_knowledge_base_names_something_by_it():
    """Pregnancy forums' DH, DTD, LO, TTC; MedQuAD's DH is dermatitis herpetiformis."""
    speller = Speller.for_counts(Counter({"cervix": 90, "husband": 20, "sex": 20}))
    assert speller.correct("DH asking if we can still DTD") == "husband asking if we can still have sex"
    assert speller.correct("ttc after a 2nd tri loss, what will they do for the next LO") == (
        "trying to conceive after a 2nd trimester loss, what will they do for the next baby"
    )
    named = Speller.for_counts(Counter({"dermatitis": 30, "herpetiformis": 30}), ["DH", "Dermatitis herpetiformis"])
    assert named.correct("DH rash treatment") == "DH rash treatment"
    assert speller.correct("three tries, a trio, a tri-fold leaflet") == "three tries, a trio, a tri-fold leaflet"


def test_a_word_of_a_subjects_name_is_never_corrected_however_rare():
    """"Lundberg syndrome" is a GARD alternate name used once; "lundborg" is used often."""
    counts = Counter({"lundborg": 58, "lundberg": 1, "syndrome": 900})
    assert Speller.for_counts(counts).correction("lundberg") == "lundborg"
    assert Speller.for_counts(counts, ["Lundberg syndrome"]).correction("lundberg") is None

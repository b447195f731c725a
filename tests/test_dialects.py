"""Regional English read in standard English."""

from __future__ import annotations

import pytest

from kb.dialects import in_standard_english


@pytest.mark.parametrize(
    "query, read",
    [
        ("how dae ye ken if yer cervix is openin early", "how do you know if your cervix is openin early"),
        ("whit'll they dae aboot ma cervix", "what'll they do about my cervix"),
        ("am ah mair likely tae get it if ah had a D&C", "am I more likely to get it if I had a D&C"),
        ("should ah phone if ah'm gettin a wee bit o bleedin", "should I phone if I'm gettin a little bit of bleedin"),
        ("is it the stitch they gie ye fur a weak cervix", "is it the stitch they give you for a weak cervix"),
        ("ony tips fur lookin efter masel", "any tips for lookin after myself"),
        ("will ah huv tae stay in ma bed the hale time", "will I have to stay in my bed the whole time"),
        ("Whit is a weak cervix", "what is a weak cervix"),
        ("the bairn's due in June", "the baby's due in June"),
        # The US South.
        ("y'all, what all can cause a cervix to open up early", "you, what can cause a cervix to open up early"),
        ("fixin to ask my OB what the signs are", "going to ask my OB what the signs are"),
        ("ain't there a ring they put in", "isn't there a ring they put in"),
        ("mama took some hormone pill when she was carryin me", "mom took some hormone pill when she was carryin me"),
        # The Caribbean.
        ("wah cause di cervix fi open early", "what cause the cervix to open early"),
        ("mi can still have sex wid a weak cervix?", "I can still have sex with a weak cervix?"),
        ("mi haffi stay inna bed whole day?", "I have to stay in the bed whole day?"),
        ("wah mi can do a yard fi help mi cervix", "what I can do at home to help my cervix"),
        ("wah mek mi cervix open early inna di pregnancy", "why my cervix open early in the pregnancy"),
        (
            "mi sista lose har pickney at 5 month, dem seh cervix weak, a wah dat",
            "my sister lose her child at 5 month, they say cervix weak, what is that",
        ),
        ("dem a go put stitch inna mi cervix, a wah dat do", "they are going to put stitch in my cervix, what does that do"),
        ("mi madda did tek DES wen she did pregnant wid mi", "my mother did take DES when she was pregnant with me"),
        ("wen mi fi go a doctor if mi tink mi cervix a open", "when I should go to doctor if I think my cervix is opening"),
        ("mi a see watery ting a come dung, a di cervix?", "I see watery thing is coming down, is it the cervix?"),
        ("mi can still go a work an lift tings", "I can still go to work and lift things"),
        # English words kept: "an hour", "a come-down".
        ("an hour walk after a come-down", "an hour walk after a come-down"),
        ("ah wid need tae ask", "I would need to ask"),
        ("how wid ah ken if ma cervix is openin", "how would I know if my cervix is openin"),
        ("is it the DES ma maw took", "is it the DES my mum took"),
        ("the maw of a shark", "the maw of a shark"),
        # Nigerian Pidgin.
        ("wetin be incompetent cervix", "what is incompetent cervix"),
        ("wetin dey cause cervix to open before time", "what cause cervix to open early"),
        ("I don do D&C before, e fit spoil my cervix?", "I have do D&C before, can it damage my cervix?"),
        ("who e fit catch pass for weak cervix", "who can get pass for weak cervix"),
        ("dis cervical insufficiency, e dey serious?", "this cervical insufficiency, is it serious?"),
        ("abeg I go dey lie for bed throughout?", "please will I have to lie in bed throughout?"),
        ("how doctor go take check say my cervix no strong", "how doctor can check that my cervix no strong"),
        (
            "na wetin dey make cervix weak, we wan understand before next belle",
            "what make cervix weak, we want understand before next pregnancy",
        ),
        ("my cervix don open small small", "my cervix has open little by little"),
        # African American English: "finna" (going to), "bout" (about; not "a bout of flu").
        ("what they finna do bout my cervix", "what they going to do about my cervix"),
        ("I had a bout of flu", "I had a bout of flu"),
        # Northern English.
        ("is there owt I can do mesen to stop me cervix opening", "is there anything I can do myself to stop my cervix opening"),
        ("could that have knackered me cervix", "could that have damaged my cervix"),
        ("will I have to stop in bed the whole time", "will I have to stay in bed the whole time"),
        ("when should I get meself to the doctor wi' me cervix", "when should I get myself to the doctor with my cervix"),
        # South African English's closing "hey".
        ("must I lie in bed the whole day, hey?", "must I lie in bed the whole day?"),
        # Welsh English.
        ("when should I go up the surgery about it", "when should I go to the doctor about it"),
        ("can I still go up the gym with a weak cervix", "can I still go to the gym with a weak cervix"),
        ("my mam had the DES tablet, do that put me at risk", "my mum had the DES tablet, does that put me at risk"),
        ("what do cause a cervix to go weak", "what does cause a cervix to go weak"),
        ("they're on about putting a ring in by there", "they're saying putting a ring in there"),
        ("could the op I had on my cervix have done it, like", "could the operation I had on my cervix have done it"),
        ("can we still cwtch, will it hurt the babba", "can we still cuddle, will it hurt the baby"),
        # Canadian English.
        ("should I go to the walk-in or straight to emerg", "should I go to the walk-in clinic or straight to the emergency room"),
        # London English.
        ("when should I bell the doctor, there's bare pressure", "when should I call the doctor, there's a lot of pressure"),
        ("how do they sort a weak cervix, is it peak", "how do they treat a weak cervix, is it bad"),
        ("my baby father ain't helping", "my partner isn't helping"),
        # Ghanaian English.
        ("must I lie down by force the whole time", "must I lie down the whole time"),
        # African American English.
        ("how they be treating a weak cervix", "how they are treating a weak cervix"),
        ("what be causing it", "what is causing it"),
        ("I done had two D&Cs", "I have had two D&Cs"),
        ("when I'm s'posed to hit up the doctor", "when I'm supposed to call the doctor"),
        ("can we still get it in", "can we still have sex"),
        # Learners' false friends and calques.
        ("I am embarrassed of 19 weeks, what means this", "I am pregnant of 19 weeks, what does this mean"),
        ("my matrix has a malformation", "my uterus has a malformation"),
        ("for what motive the cervix can open", "why the cervix can open"),
        ("which are the signals of a weak cervix", "which are the signs of a weak cervix"),
        ("how the gynecologist realises that the cervix is weak", "how the gynecologist finds out that the cervix is weak"),
        ("can I make sex", "can I have sex"),
        ("a cerclage, of what consists it", "a cerclage, what does it involve"),
        ("it is convenient to stay lying", "is it ok to stay lying"),
        ("I will become a pessary, how functions this", "I will get a pessary, how does this work"),
        ("I made a curettage, it augments the risk", "I had a curettage, it increases the risk"),
        ("the actual diagnostic is cervical insufficiency, explain me", "the current diagnosis is cervical insufficiency, explain to me"),
        # Hawaiian Pidgin.
        ("da doc wen tell me my cervix stay incompetent, what dat mean", "the doc did tell me my cervix is incompetent, what that mean"),
        ("get plenny wahines wit one weak cervix or not", "there is plenty women with a weak cervix or not"),
        ("wat kine test dey do fo know if da cervix stay weak", "wat kind test they do to know if the cervix is weak"),
        ("da stitch dey put in da cervix, wat dat fo", "the stitch they put in the cervix, what is that for"),
        ("I gotta stay in bed da whole time o wat", "I gotta stay in bed the whole time or not"),
        ("I stay shishi plenny, dat one sign?", "I am peeing a lot, that a sign?"),
        ("my mom wen take one hormone pill wen she was hapai wit me", "my mom did take a hormone pill when she was pregnant with me"),
        # South African English.
        ("is it still lekker to go to the braai with a cerclage", "is it still fine to go to the barbecue with a cerclage"),
        # Singapore and Malaysian English: closing particles are no words ("lah" is no LAH).
        ("many ladies kena this incompetent cervix one anot", "many ladies get this incompetent cervix one or not"),
        ("can still have sex or not with the stitch lah", "can still have sex or not with the stitch "),
        # Australian, New Zealand and Irish English.
        ("keen to keep doing me netball", "wanting to keep doing my netball"),
        ("is it something I did, sure I was grand on the first one", "is it something I did, sure I was okay on the first one"),
        ("the pessary yoke, what does it do", "the pessary thing, what does it do"),
        ("the doctor was giving out about my scan", "the doctor was complaining about my scan"),
        ("I'm fierce worried, had a gush this arvo", "I'm very worried, had a gush this afternoon"),
        ("could a rough labour with my first bub have buggered my cervix", "could a rough labour with my first bub have damaged my cervix"),
        ("how do they suss out a weak cervix", "how do they find out a weak cervix"),
    ],
)
def test_regional_words_are_read_in_standard_english(query, read):
    assert in_standard_english(query) == read


@pytest.mark.parametrize(
    "query",
    [
        "my ma has diabetes",  # the mother
        "cat fur allergy",
        "I need a wee at night",  # urine
        "type o blood",
        "lyme disease in WI",  # initials
        "ken's doctor said it was a virus",
        "tae kwon do injuries",  # a sport
        "what all the symptoms are",
        "di george syndrome",  # a name
        "wi-fi in the ward",
        "MI heart attack",  # initials
        "vitamin e fit for purpose",  # "e fit" is Pidgin's "can it" only where no vitamin is named
        "fit to fly at 30 weeks",
        "Don said it was nothing",  # a name
        "give me a bed",  # "me" is my only before what is one's own
        "hey, what is a weak cervix",  # "hey" at the start is a greeting
        "what does it feel like",  # only a closing ", like" is set aside
        "the OP said her cervix was short",  # a forum's original poster
        "how do they do that",
        "the surgery was last week",
        "is the walk-in shower safe in pregnancy",
        "the bell rang",
        "bare feet in the garden",  # "bare" is a lot of only before what one feels
        "how do they sort the samples",
        "peak flow meter readings",
        "the door was forced",
        "how would they be checking it",  # a helping verb: no habitual "be"
        "it will be bleeding less soon",
        "I'm done with it",
        "I was embarrassed to ask my doctor",
        "the matrix of the bone",
        "augmented reality headsets",
        "I will become a mother",
        "how long is the hospital stay",  # "stay" is "is" only after whom or what it describes
        "stay in bed all day",
        "da Vinci robotic surgery",  # a name
        "one or two stitches",
        "I was a grand multip",  # "grand" is okay only as how one was or is
        "the grand canyon",
        "stop me from going",  # "me" is my only before a sport or one's work
        "give out the leaflets",
        "a fierce dog",
    ],
)
def test_english_words_names_and_initials_are_left_alone(query):
    assert in_standard_english(query) == query

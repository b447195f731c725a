"""Lay phrases and the clinical words they add to a query."""

from __future__ import annotations

from kb.lay_terms import LayTerms

VOCABULARY = ["vagina", "vaginal", "pessary", "urination", "hemorrhoids", "fluid", "liquid"]


def test_only_words_the_knowledge_base_uses_are_added():
    lay = LayTerms(VOCABULARY)
    assert lay.expand("gush of water down there") == "gush of water down there (vagina vaginal liquid fluid)"
    assert lay.expand("ring that holds my womb up") == "ring that holds my womb up (pessary)"
    assert lay.expand("piles after birth") == "piles after birth (hemorrhoids)"
    assert lay.expand("tummy ache") == "tummy ache"  # "abdomen" is not a word of this knowledge base


def test_words_already_typed_are_not_added_again():
    assert LayTerms(VOCABULARY).clinical_words("pee and urination at night") == []


def test_a_phrase_matches_whole_words_only():
    lay = LayTerms(VOCABULARY)
    assert lay.expand("peel the skin") == "peel the skin"
    assert lay.expand("wedding ring") == "wedding ring"
    assert lay.clinical_words("the ring they put inside to support cervix") == ["pessary"]
    assert lay.clinical_words("a ring of redness that keeps spreading") == []


def test_a_query_in_clinical_words():
    lay = LayTerms(VOCABULARY)
    assert lay.substitute("peeing a lot and pain down there") == "urination a lot and pain vagina vaginal"
    rest, meanings = lay.split("peeing a lot and pain down there")
    assert rest.split() == ["a", "lot", "and", "pain"] and meanings == [["vagina", "vaginal"], ["urination"]]


def test_toilet_trips_are_urination():
    assert LayTerms(VOCABULARY).clinical_words("keep needing the loo at night") == ["urination"]
    assert LayTerms(VOCABULARY).clinical_words("where is the nearest toilet") == []


def test_losing_a_pregnancy_is_miscarriage():
    lay = LayTerms(["miscarriage"])
    assert lay.clinical_words("will i lose my baby") == ["miscarriage"]
    assert lay.clinical_words("i lost a pregnancy last year") == ["miscarriage"]
    assert lay.clinical_words("lose my keys") == []


def test_a_query_in_the_clinical_words_an_article_uses():
    lay = LayTerms(["bleeding", "coronavirus"])
    assert lay.substitute("spotting and covid") == "bleeding and coronavirus"
    article_words = {"bleeding"}.__contains__  # an article that never says coronavirus
    assert lay.substitute("spotting and covid", article_words) == "bleeding and covid"


def test_lay_names_of_conditions():
    lay = LayTerms(["hypothyroidism", "hyperthyroidism", "herniated", "disk", "tetanus"])
    assert lay.clinical_words("underactive thyroid treatment") == ["hypothyroidism"]
    assert lay.clinical_words("over-active thyroid") == ["hyperthyroidism"]
    assert lay.clinical_words("slipped disc in my back") == ["herniated", "disk"]
    assert lay.clinical_words("lockjaw after a cut") == ["tetanus"]


def test_lay_words_for_bleeding_the_womb_and_its_shape():
    lay = LayTerms(["bleeding", "uterus", "abnormal"])
    assert lay.clinical_words("a bit of blood at 21 weeks") == ["bleeding"]
    assert lay.clinical_words("blood test results") == []  # blood alone is not bleeding
    assert lay.clinical_words("does a misshapen womb matter") == ["uterus", "abnormal"]


def test_pregnancy_care_words():
    lay = LayTerms(["premature", "labor", "contractions", "ultrasound", "pap", "test", "abortion", "dilation", "curettage", "medicines"])
    assert lay.clinical_words("went into labour early") == ["premature", "labor"]
    assert lay.clinical_words("my 20 week scan") == ["ultrasound"]
    assert lay.clinical_words("mri scan") == []  # only a pregnancy scan is an ultrasound
    assert lay.clinical_words("smear test results") == ["pap"]
    assert lay.clinical_words("had a termination of pregnancy") == ["abortion"]
    assert lay.clinical_words("i had a d and c") == ["dilation", "curettage"]
    assert lay.clinical_words("what meds stop it") == ["medicines"]


def test_a_cone_biopsy_is_cervical_surgery_after_an_abnormal_smear_and_heaviness_is_pressure():
    lay = LayTerms(["cervical", "surgery", "surgical", "procedure", "abnormal", "pap", "test", "pressure"])
    assert lay.clinical_words("weak cervix after cone biopsy") == ["cervical", "surgery", "surgical", "procedure", "abnormal", "pap", "test"]
    assert lay.clinical_words("feeling proper heavy down below") == ["pressure"]


def test_membranes_prolapsing_into_the_cervix_are_the_sac_bulging():
    lay = LayTerms(["amniotic", "fluid", "sac", "bulge"])
    assert lay.clinical_words("prolapsing membranes into the cervical canal") == ["amniotic", "fluid", "sac", "bulge"]
    assert lay.clinical_words("scan says funnelling membranes") == ["amniotic", "fluid", "sac", "bulge"]
    assert lay.clinical_words("mucous membranes are dry") == []


def test_abbreviations_and_descriptions_visitors_use():
    lay = LayTerms(["tinnitus", "hepatitis", "pressure", "fluid", "discharge", "cervical", "surgery", "procedure"])
    assert lay.clinical_words("can you get hep c from kissing") == ["hepatitis"]
    assert lay.clinical_words("pelvic heaviness") == ["pressure"]
    assert lay.clinical_words("feels like the baby is pushing down") == ["pressure"]
    assert lay.clinical_words("ringing in my ears after a concert") == ["tinnitus"]
    assert lay.clinical_words("my ears keep ringing") == ["tinnitus"]
    assert LayTerms(["hypothyroidism"]).clinical_words("my thyroid is underactive") == ["hypothyroidism"]
    assert lay.clinical_words("watery discharge at 20 weeks") == ["fluid"]  # discharge is typed already
    assert lay.clinical_words("had a LEEP after an abnormal smear") == ["cervical", "surgery", "procedure"]
    assert lay.clinical_words("a cone operation on her cervix years ago") == ["cervical", "surgery", "procedure"]
    assert lay.clinical_words("heparin dose") == []  # whole words only


def test_fluid_running_down_a_leg_and_connective_tissue_disorders():
    lay = LayTerms(["liquid", "fluid", "vaginal", "connective", "tissue", "collagen", "genetic", "disorders"])
    assert lay.clinical_words("warm fluid running down my leg") == ["liquid", "vaginal"]
    assert lay.split("warm fluid running down my leg")[0].split() == ["warm"]  # one phrase, leg included
    assert lay.clinical_words("does ehlers danlos affect the cervix") == ["connective", "tissue", "collagen", "genetic", "disorders"]


def test_a_stitch_for_the_cervix_spelt_as_typed():
    lay = LayTerms(["cerclage"])
    assert lay.clinical_words("stich for cervix") == ["cerclage"]
    assert lay.clinical_words("can they stitch my cervix closed") == ["cerclage"]


def test_what_visitors_recognise_a_condition_by():
    lay = LayTerms(["fifth", "disease", "erythema", "infectiosum", "croup", "cervix", "opening", "widen", "impetigo"])
    assert lay.clinical_words("a red rash on his cheeks like he was slapped") == ["fifth", "disease", "erythema", "infectiosum"]
    assert lay.clinical_words("honey colored crusty sores around his nose") == ["impetigo"]
    assert lay.clinical_words("crusty sores around his nose") == []  # cold sores crust too
    assert lay.clinical_words("my husband slapped me") == []  # a slap, not a rash
    assert lay.clinical_words("barking cough at night") == ["croup"]
    assert lay.clinical_words("painless dilation at 20 weeks") == ["cervix", "opening", "widen"]
    assert lay.clinical_words("dilated pupils") == []


def test_getting_in_touch_with_the_ob_or_midwife_is_seeing_the_doctor():
    lay = LayTerms(["doctor"])
    assert lay.clinical_words("should i ring my ob if i have bleeding") == ["doctor"]
    assert lay.clinical_words("should I ring the maternity unit") == ["doctor"]
    assert lay.clinical_words("do i need to call the midwife") == ["doctor"]
    assert lay.clinical_words("my obgyn said i need a cerclage") == []  # a mention, not getting in touch
    assert lay.clinical_words("should I go to my GP if I'm weeing all the time") == ["doctor"]
    assert lay.clinical_words("when should I call OB about pressure") == ["doctor"]  # forums drop the article
    assert lay.clinical_words("MFM appointment not till next week") == ["doctor"]  # a visit booked with one


def test_ringing_someone_is_seeing_the_doctor():
    lay = LayTerms(["doctor"])
    assert lay.clinical_words("at what point do I ring someone about it") == ["doctor"]


def test_waters_that_trickle_are_amniotic_fluid():
    lay = LayTerms(["amniotic", "fluid", "pregnancies"])
    assert lay.clinical_words("my waters trickle at 20 weeks") == ["amniotic", "fluid"]
    assert lay.clinical_words("her waters went at 22 weeks") == ["amniotic", "fluid"]
    assert lay.clinical_words("the waters of the lake") == []
    assert lay.clinical_words("what proportion of gestations are affected") == ["pregnancies"]


def test_leaking_urine_is_incontinence():
    lay = LayTerms(["urinary", "incontinence"])
    assert lay.clinical_words("my mum leaks urine when she laughs") == ["urinary", "incontinence"]
    assert lay.clinical_words("problems with bladder control") == ["urinary", "incontinence"]


def test_a_full_ear_is_ear_pressure_and_one_ringing_ear_tinnitus():
    lay = LayTerms(["ear", "pressure", "tinnitus"])
    assert lay.clinical_words("feeling my ear is full") == ["pressure"]  # "ear" is typed already
    assert lay.clinical_words("ringing in one ear") == ["tinnitus"]


def test_leg_cramps_are_muscle_cramps():
    lay = LayTerms(["muscle", "cramps"])
    assert lay.clinical_words("leg cramps at night") == ["muscle"]  # "cramps" is typed already
    assert lay.clinical_words("a charley horse in my calf") == ["muscle", "cramps"]



def test_ears_that_have_been_ringing_are_tinnitus():
    lay = LayTerms(["tinnitus"])
    assert lay.clinical_words("my ears have been ringing since the concert") == ["tinnitus"]
    assert lay.clinical_words("the phone has been ringing") == []


def test_sight_that_glasses_do_not_correct_is_low_vision():
    lay = LayTerms(["low", "vision"])
    assert lay.clinical_words("my grandma can't see well enough to read even with her glasses") == ["low", "vision"]
    assert lay.clinical_words("her glasses don't help any more") == ["low", "vision"]
    assert lay.clinical_words("i can't see well without my glasses") == []  # glasses correct it


def test_a_borderline_ovarian_tumour_is_one_of_low_malignant_potential():
    lay = LayTerms(["low", "malignant", "potential", "ovarian"])
    assert lay.clinical_words("they found a borderline tumor on my ovary") == ["low", "malignant", "potential", "ovarian"]
    assert lay.clinical_words("borderline personality disorder") == []


def test_what_a_visitor_sees_of_a_sprain_craniosynostosis_and_syndactyly():
    lay = LayTerms(["sprain", "craniosynostosis", "syndactyly"])
    assert lay.clinical_words("I rolled my ankle and it's swollen") == ["sprain"]
    assert lay.clinical_words("he turned the corner too fast") == []
    assert lay.clinical_words("the skull bones joined too early") == ["craniosynostosis"]
    assert lay.clinical_words("premature fusion of the skull") == ["craniosynostosis"]
    assert lay.clinical_words("born with webbed toes") == ["syndactyly"]


def test_a_small_head_a_stroke_that_took_speech_and_a_mouth_ulcer():
    lay = LayTerms(["microcephaly", "aphasia", "canker", "sores"])
    assert lay.clinical_words("baby head small than normal what is name") == ["microcephaly"]
    assert lay.clinical_words("my son has a smaller head than other babies") == ["microcephaly"]
    assert lay.clinical_words("after stroke my mother cannot speak properly") == ["aphasia"]
    assert lay.clinical_words("he has trouble finding words since his stroke") == ["aphasia"]
    assert lay.clinical_words("my toddler cannot speak yet") == []  # no stroke: a delay, not aphasia
    assert lay.clinical_words("mouth ulcer keep coming, why") == ["canker", "sores"]
    assert lay.clinical_words("a stomach ulcer") == []


def test_hard_skin_is_a_callus_and_moods_from_high_to_low_bipolar():
    lay = LayTerms(["calluses", "corns", "bipolar", "premature", "preterm", "delivery"])
    assert lay.clinical_words("hard skin on foot bottom painful how to remove") == ["calluses", "corns"]
    assert lay.clinical_words("my brother mood very high then very low") == ["bipolar"]
    assert lay.clinical_words("my mood is low and my blood pressure high") == []
    assert lay.clinical_words("cervix weak, baby can come out early?") == ["premature", "preterm", "delivery"]


def test_blood_taken_off_is_phlebotomy():
    lay = LayTerms(["phlebotomy"])
    assert lay.clinical_words("need to take blood out every month, why?") == ["phlebotomy"]
    assert lay.clinical_words("they drew blood for a test") == []  # a blood test, not a treatment


def test_shingles_in_the_ear_is_herpes_zoster_oticus():
    lay = LayTerms(["herpes", "zoster", "oticus", "ramsay", "hunt"])
    assert lay.clinical_words("does ear shingles leave your face paralysed") == ["herpes", "zoster", "oticus", "ramsay", "hunt"]
    assert lay.clinical_words("shingles on my back") == []


def test_a_child_scratching_her_bottom_at_night_has_pinworms():
    lay = LayTerms(["pinworms", "enterobiasis"])
    assert lay.clinical_words("my 6 year old keeps scratching her bottom at night") == ["pinworms", "enterobiasis"]
    assert lay.clinical_words("threadworms in kids, does the whole family need treating") == ["pinworms", "enterobiasis"]
    assert lay.clinical_words("itchy bottom after spicy food") == []  # not at night: piles as much as worms


def test_a_sewn_cervix_is_a_cerclage_and_a_scraped_womb_a_d_and_c():
    lay = LayTerms(["cerclage", "dilation", "curettage"])
    assert lay.clinical_words("the operation where they sew the cervix") == ["cerclage"]
    assert lay.clinical_words("scraping of the womb after a miscarriage") == ["dilation", "curettage"]
    assert lay.clinical_words("had a scrape after my miscarriage") == ["dilation", "curettage"]
    assert lay.clinical_words("a scrape on my knee") == []


def test_a_uterus_not_shaped_right_is_abnormal_and_wet_underwear_is_fluid():
    lay = LayTerms(["abnormal", "liquid", "fluid", "vaginal"])
    assert lay.clinical_words("i was born with a uterus that isn't shaped right") == ["abnormal"]
    assert lay.clinical_words("sudden wetness in my underwear at 20 weeks") == ["liquid", "fluid", "vaginal"]
    assert lay.clinical_words("my underwear keeps getting wet") == ["liquid", "fluid", "vaginal"]


def test_a_sinus_infection_is_sinusitis_and_hair_falling_out_hair_loss():
    lay = LayTerms(["sinusitis", "hair", "loss", "alopecia"])
    assert lay.clinical_words("how do you treat a sinus infection without antibiotics") == ["sinusitis"]
    assert lay.clinical_words("hair falling out in clumps") == ["loss", "alopecia"]
    assert lay.clinical_words("my hair is coming out after chemo") == ["loss", "alopecia"]


def test_a_hard_delivery_is_the_articles_difficult_delivery():
    lay = LayTerms(["difficult", "delivery"])
    assert lay.clinical_words("weak cervix after a hard delivery with my first") == ["difficult"]  # "delivery" is typed
    assert lay.clinical_words("a really traumatic birth") == ["difficult", "delivery"]
    assert lay.clinical_words("a hard time sleeping") == []


def test_lying_on_the_left_side_is_the_articles_rest():
    lay = LayTerms(["rest"])
    assert lay.clinical_words("doctor say i must lie down on left side, for what?") == ["rest"]
    assert lay.clinical_words("the pain is on my left side") == []


def test_mucousy_discharge_is_mucus_and_pelvic_rest_is_restricted_sex():
    lay = LayTerms(["mucus", "restricting", "sexual", "activity"])
    assert lay.clinical_words("increased mucousy discharge at 20 weeks") == ["mucus"]
    assert lay.clinical_words("snotty discharge") == ["mucus"]
    assert lay.clinical_words("pelvic rest after cerclage, what does it involve") == ["restricting", "sexual", "activity"]


def test_what_people_call_bedbugs_hardened_arteries_and_a_reaction_to_a_medicine():
    lay = LayTerms(["bedbugs", "atherosclerosis", "arteriosclerosis", "drug", "reactions", "recurrent"])
    assert lay.clinical_words("found tiny brown bugs in the mattress seams") == ["bedbugs"]
    assert lay.clinical_words("itchy bites in a row on my arm") == ["bedbugs"]
    assert lay.clinical_words("what is hardening of the arteries") == ["atherosclerosis", "arteriosclerosis"]
    assert lay.clinical_words("hives after a new antibiotic, an allergic reaction to my medicine?") == ["drug", "reactions"]
    assert lay.clinical_words("meningitis over and over, every few months") == ["recurrent"]
    assert lay.clinical_words("how often does a molar pregnancy happen again") == ["recurrent"]
    assert lay.clinical_words("painful lumps in my armpits that keep coming back") == []
    assert lay.clinical_words("bed bug bites") == ["bedbugs"]  # two words where the title writes one


def test_staying_in_bed_is_bed_rest():
    lay = LayTerms(["bed", "rest"])
    assert lay.clinical_words("does lying in bed all day make a difference") == ["rest"]
    assert lay.clinical_words("does she have to stay in bed") == ["rest"]


def test_everyday_names_of_conditions():
    lay = LayTerms(["hydrocephalus", "moles", "torticollis", "seborrheic", "keratosis", "sleep", "apnea"])
    assert lay.clinical_words("water on the brain in a newborn") == ["hydrocephalus"]
    assert lay.clinical_words("are beauty marks dangerous") == ["moles"]
    assert lay.clinical_words("newborn keeps his head tilted to one side") == ["torticollis"]
    assert lay.clinical_words("crusty stuck-on growths that look like barnacles") == ["seborrheic", "keratosis"]
    assert lay.clinical_words("wife says I gasp and pause breathing at night") == ["sleep", "apnea"]
    assert lay.clinical_words("he stops breathing in his sleep") == ["apnea"]  # "sleep" is typed


def test_snail_fever_and_a_scraping_after_a_miscarriage():
    lay = LayTerms(["schistosomiasis", "dilation", "curettage"])
    assert lay.clinical_words("they think it is snail fever") == ["schistosomiasis"]
    assert lay.clinical_words("could the scraping after my miscarriage have weakened my cervix") == ["dilation", "curettage"]
    assert lay.clinical_words("whether the scraping she had after her miscarriage damaged her cervix") == ["dilation", "curettage"]


def test_a_cervix_sewn_shut_a_diabetic_s_type_and_getting_ready():
    lay = LayTerms(["cerclage", "diabetes", "prepare", "preparing"])
    assert lay.clinical_words("booking her in to have her cervix sewn shut") == ["cerclage"]
    assert lay.clinical_words("I'm type 1 and want to get pregnant") == ["diabetes"]
    assert lay.clinical_words("what type 1 error means") == []  # a type named, no diabetic
    assert lay.clinical_words("what should I do to get ready") == ["prepare", "preparing"]


def test_a_stubbed_toe_a_broken_bone_and_a_bird_keeper_s_lung():
    lay = LayTerms(["toe", "injury", "fracture", "hypersensitivity", "pneumonitis"])
    assert lay.clinical_words("I stubbed my little toe on the bed frame") == ["injury"]  # "toe" is typed
    assert lay.clinical_words("could it be broken") == ["fracture"]
    assert lay.clinical_words("a broken wrist in a child") == ["fracture"]
    assert lay.clinical_words("my heart is broken") == []
    assert lay.clinical_words("how is bird fancier's lung treated") == ["hypersensitivity", "pneumonitis"]


def test_the_bowel_s_incontinence_a_twisting_neck_and_vitamin_pills():
    lay = LayTerms(["fecal", "bowel", "incontinence", "dystonia", "dietary", "supplements"])
    assert lay.clinical_words("what treatments help with leaking stool") == ["fecal", "bowel", "incontinence"]
    assert {"fecal", "incontinence"} <= set(lay.clinical_words("why would someone lose control of their bowels"))
    assert lay.clinical_words("I can't always make it to the bathroom in time for a bowel movement") == ["fecal", "incontinence"]
    assert lay.clinical_words("my neck keeps twisting on its own") == ["dystonia"]
    assert lay.clinical_words("do vitamin and herbal pills have to be approved") == ["dietary", "supplements"]
    assert lay.clinical_words("a regular bowel movement") == []


def test_a_weak_heart_muscle_is_cardiomyopathy():
    lay = LayTerms(["cardiomyopathy"])
    assert lay.clinical_words("could it be a weak heart muscle") == ["cardiomyopathy"]
    assert lay.clinical_words("my heart muscle is getting thick") == ["cardiomyopathy"]
    assert lay.clinical_words("a weak heart beat") == []


def test_urine_held_in_a_floppy_valve_lying_down_for_months_and_going_to_hospital():
    lay = LayTerms(["urinary", "retention", "mitral", "valve", "prolapse", "bed", "rest", "doctor"])
    assert lay.clinical_words("how do doctors fix not being able to pee") == ["urinary", "retention"]
    assert lay.clinical_words("one of the valves flops back") == ["mitral", "valve", "prolapse"]
    assert lay.clinical_words("a floppy heart valve") == ["mitral", "prolapse"]
    assert lay.clinical_words("should I expect months of lying down") == ["bed", "rest"]
    assert lay.clinical_words("lying on one side") == ["rest"]
    assert lay.clinical_words("should I go to hospital if I feel pressure") == ["doctor"]


def test_fluid_around_the_lungs_is_a_pleural_effusion():
    lay = LayTerms(["pleural", "effusion"])
    assert lay.clinical_words("how do they treat fluid around the lungs") == ["pleural", "effusion"]
    assert lay.clinical_words("fluid on my knee") == []


def test_sleep_attacks_a_floppy_baby_and_sacs_at_the_base_of_the_spine():
    lay = LayTerms(["narcolepsy", "cataplexy", "hypotonia", "tarlov", "cysts"])
    assert lay.clinical_words("I fall asleep suddenly during the day") == ["narcolepsy", "cataplexy"]
    assert lay.clinical_words("my knees buckle when I laugh") == ["narcolepsy", "cataplexy"]
    assert lay.clinical_words("our baby is floppy like a rag doll") == ["hypotonia"]
    assert lay.clinical_words("a floppy heart valve") == []
    assert lay.clinical_words("fluid filled sacs at the base of my spine") == ["tarlov", "cysts"]
    assert lay.clinical_words("I fall asleep at night easily") == []


def test_what_visitors_see_and_hear_murmurs_bruises_thrush_and_a_painful_bladder():
    lay = LayTerms(["heart", "murmur", "bruises", "yeast", "infections", "candida", "interstitial", "cystitis", "painful", "bladder"])
    assert lay.clinical_words("the doctor heard a whooshing sound in my child's heart") == ["murmur"]
    assert lay.clinical_words("whooshing in my ears") == []
    assert lay.clinical_words("why do I get black and blue marks so easily") == ["bruises"]
    assert lay.clinical_words("thick white discharge, is it thrush") == ["yeast", "infections", "candida"]
    assert lay.clinical_words("bladder pain but no infection") == ["interstitial", "cystitis", "painful"]


def test_spreading_redness_a_bat_in_the_bedroom_and_the_cats_litter():
    lay = LayTerms(["cellulitis", "rabies", "toxoplasmosis"])
    assert lay.clinical_words("red hot swollen skin on my shin that keeps spreading") == ["cellulitis"]
    assert lay.clinical_words("a bat was flying in my bedroom while I slept") == ["rabies"]
    assert lay.clinical_words("I left my baseball bat in my room") == []
    assert lay.clinical_words("should pregnant women clean the cat's litter box") == ["toxoplasmosis"]


def test_a_cyst_on_the_ovary_bread_that_upsets_and_a_squishy_elbow():
    lay = LayTerms(["ovarian", "cysts", "gluten", "sensitivity", "bursitis", "pessary"])
    assert lay.clinical_words("an ultrasound found a cyst on my left ovary") == ["ovarian", "cysts"]
    assert lay.clinical_words("I react to bread and pasta") == ["gluten", "sensitivity"]
    assert lay.clinical_words("a squishy swelling on the point of my elbow") == ["bursitis"]
    assert lay.clinical_words("does a silicone ring hold up a weak cervix") == ["pessary"]


def test_shaking_hands_and_a_vomiting_bug():
    lay = LayTerms(["tremor", "norovirus", "gastroenteritis"])
    assert lay.clinical_words("my hands shake when I hold a cup of tea") == ["tremor"]
    assert lay.clinical_words("his hands shake more and more") == []  # Parkinson's disease too
    assert lay.clinical_words("she shook her head") == []
    assert lay.clinical_words("a vomiting bug is going round the cruise ship") == ["norovirus", "gastroenteritis"]
    assert lay.clinical_words("a stomach bug is going around daycare") == []  # any virus
    assert LayTerms(["pessary"]).clinical_words("that silicone ring thing for a weak cervix") == ["pessary"]


def test_cold_water_a_joint_out_of_its_socket_a_brain_infection_and_wind():
    lay = LayTerms("hypothermia dislocation dislocations meningitis encephalitis panic spinal stenosis gas flatulence ectopic pregnancy hemorrhagic".split())
    assert lay.clinical_words("shivering and numb after falling into a cold lake") == ["hypothermia"]
    assert lay.clinical_words("shivering with a fever") == []
    assert lay.clinical_words("my shoulder popped out of the socket") == ["dislocation", "dislocations"]
    assert lay.clinical_words("could it be an infection around the brain") == ["meningitis", "encephalitis"]
    assert lay.clinical_words("feeling like I'm going to die for no reason") == ["panic"]
    assert lay.clinical_words("it eases when I lean on a shopping cart") == ["spinal", "stenosis"]
    assert lay.clinical_words("why do I pass so much wind") == ["gas", "flatulence"]
    assert lay.clinical_words("the wind is strong") == []
    assert lay.clinical_words("could the pregnancy be stuck in the tube") == ["ectopic"]
    assert lay.clinical_words("a stroke caused by bleeding in the brain") == ["hemorrhagic"]


def test_a_bag_on_the_belly_a_prosthetic_leg_and_the_mask_of_pregnancy():
    lay = LayTerms("ostomy artificial limbs prosthesis pigmentation melanin".split())
    assert lay.clinical_words("my dad has a bag on his belly") == ["ostomy"]
    assert lay.clinical_words("what kinds of prosthetic legs are there") == ["artificial", "limbs", "prosthesis"]
    assert lay.clinical_words("brown patches appeared on my cheeks since I got pregnant") == ["pigmentation", "melanin"]
    assert lay.clinical_words("brown spots on my banana") == []


def test_an_ulcer_from_a_bug_washing_that_cannot_stop_coffee_spots_and_a_cut_for_the_baby():
    lay = LayTerms("helicobacter pylori genital herpes obsessive compulsive neurofibromatosis cesarean section giardia".split())
    assert lay.clinical_words("my stomach ulcer was caused by a bug") == ["helicobacter", "pylori"]
    assert lay.clinical_words("cold sores on my private parts") == ["genital", "herpes"]
    assert lay.clinical_words("my teen can't stop washing his hands") == ["obsessive", "compulsive"]
    assert lay.clinical_words("light brown spots like coffee stains") == ["neurofibromatosis"]
    assert lay.clinical_words("my baby had to come out through a cut in my belly") == ["cesarean", "section"]
    assert lay.clinical_words("diarrhea after drinking water from a stream") == ["giardia"]
    assert lay.clinical_words("a coffee stain on my shirt") == []


def test_a_gush_of_warm_fluid():
    assert LayTerms(["liquid", "fluid"]).clinical_words("a gush of warm fluid at 20 weeks") == ["liquid"]
    assert LayTerms(["liquid", "fluid"]).clinical_words("a gush of warm water") == ["liquid", "fluid"]


def test_the_neck_of_the_womb_being_intimate_des_daughters_car_sickness_and_jackknife_jerks():
    lay = LayTerms("cervix cervical uterus uterine sexual activity diethylstilbestrol exposure birth motion sickness infantile spasms bed rest".split())
    assert lay.clinical_words("what makes the neck of the womb weaken") == ["cervix", "cervical"]
    assert lay.clinical_words("a scan of the womb") == ["uterus", "uterine"]
    assert lay.clinical_words("are we allowed to be intimate") == ["sexual", "activity"]
    assert lay.clinical_words("DES daughter, will my cervix be weak") == ["diethylstilbestrol", "exposure", "birth"]
    assert lay.clinical_words("why do I get queasy in the back seat of a car") == ["motion", "sickness"]
    assert lay.clinical_words("my son gets carsick") == ["motion", "sickness"]
    assert lay.clinical_words("sick of the car") == []
    assert lay.clinical_words("baby having jackknife jerks in clusters") == ["infantile", "spasms"]
    assert lay.clinical_words("does lying down all day help") == ["bed", "rest"]
    assert lay.clinical_words("cervix weak must lie down whole day is it") == ["bed", "rest"]
    assert lay.clinical_words("how long will I be stuck lying down with a weak cervix") == ["bed", "rest"]
    assert lay.clinical_words("lying down helps my back") == []


def test_older_and_british_words_for_the_cervix_pregnancy_and_des():
    lay = LayTerms("cervix cervical uterus uterine cerclage pregnancy pregnant diethylstilbestrol vagina doctor".split())
    assert lay.clinical_words("how do they tell if the mouth of the womb is weak") == ["cervix", "cervical"]
    assert lay.clinical_words("what home measures for a weak womb neck") == ["cervix", "cervical"]
    assert lay.clinical_words("a purse-string stitch") == ["cerclage"]
    assert lay.clinical_words("my mother took stilboestrol") == ["diethylstilbestrol"]
    assert lay.clinical_words("heartburn when expecting") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("in the family way and tired") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("I'm expecting twins, is that a risk") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("I'm expecting my results tomorrow") == []  # not a pregnancy
    assert lay.clinical_words("a bearing down in the privates") == ["vagina"]
    assert lay.clinical_words("should I send for the midwife") == ["doctor"]
    assert lay.clinical_words("when do I ring the hospital about watery discharge") == ["doctor"]
    assert lay.clinical_words("is discharge at 20 weeks worth a trip to the GP") == ["doctor"]
    assert lay.clinical_words("a trip to the seaside at 20 weeks") == []


def test_a_loss_in_pregnancy():
    lay = LayTerms(["miscarriage"])
    assert lay.clinical_words("weak uterus causing a loss at 20 weeks") == ["miscarriage"]
    assert lay.clinical_words("after a second trimester loss") == ["miscarriage"]
    assert lay.clinical_words("a loss of appetite") == []
    assert lay.clinical_words("hearing loss in one ear") == []
    assert lay.clinical_words("weight loss at 20 weeks") == []


def test_an_inflamed_brain_and_dancing_eyes():
    lay = LayTerms(["encephalitis", "opsoclonus", "myoclonus"])
    assert lay.clinical_words("brain inflammation from a virus") == ["encephalitis"]
    assert lay.clinical_words("inflammation of the brain after a fever") == ["encephalitis"]
    assert lay.clinical_words("swelling of the brain after a fall") == []  # any swelling, not encephalitis
    assert lay.clinical_words("dancing eyes syndrome") == ["opsoclonus", "myoclonus"]
    assert lay.clinical_words("our toddler has dancing eye movements") == ["opsoclonus", "myoclonus"]
    assert lay.clinical_words("inflammation of the bowel") == []


def test_described_conditions_of_consumer_questions():
    lay = LayTerms(
        "neurosyphilis progeria aging neuroleptic tardive dyskinesia gastroparesis delayed gastric emptying rett "
        "aspergillus fungus mold retroperitoneal laron insensitivity".split()
    )
    assert lay.clinical_words("syphilis that has spread to the brain") == ["neurosyphilis"]
    assert lay.clinical_words("rare disease where children age super fast") == ["progeria", "aging"]
    assert lay.clinical_words("lip smacking after years on antipsychotic pills") == ["neuroleptic", "tardive", "dyskinesia"]
    assert lay.clinical_words("why does my stomach take hours and hours to empty") == ["gastroparesis", "delayed", "gastric", "emptying"]
    assert lay.clinical_words("my stomach empties too slowly") == ["gastroparesis", "delayed", "gastric", "emptying"]
    assert lay.clinical_words("she keeps wringing her hands") == ["rett"]
    assert lay.clinical_words("lung infection from breathing in mould spores") == ["aspergillus", "fungus", "mold"]
    assert lay.clinical_words("scar tissue at the back of my belly") == ["retroperitoneal"]
    assert lay.clinical_words("his body doesn't respond to growth hormone") == ["laron", "insensitivity"]
    assert lay.clinical_words("the age of my child") == []


def test_kinds_of_weight_loss_surgery_and_a_baby_born_dead():
    lay = LayTerms(["weight", "loss", "surgery", "obesity", "stillbirth"])
    assert lay.clinical_words("stomach stapling surgery") == ["weight", "loss", "obesity"]
    assert lay.clinical_words("is a gastric sleeve safe") == ["weight", "loss", "surgery", "obesity"]
    assert lay.clinical_words("baby born dead at 8 months why") == ["stillbirth"]
    assert lay.clinical_words("our son was stillborn") == ["stillbirth"]
    assert lay.clinical_words("born deaf in one ear") == []


def test_a_sono_funnelling_and_jelly_like_discharge():
    lay = LayTerms(["ultrasound", "cervix", "opening", "widen", "mucus", "amniotic", "fluid", "sac", "bulge"])
    assert lay.clinical_words("sono says funnelling at 22w") == ["ultrasound", "cervix", "opening", "widen"]
    assert lay.clinical_words("funnelling membranes at 20 weeks") == ["amniotic", "fluid", "sac", "bulge"]
    assert lay.clinical_words("a child with funnel chest") == []
    assert lay.clinical_words("jelly-like discharge at 18 weeks") == ["mucus"]
    assert lay.clinical_words("petroleum jelly for dry skin") == []


def test_carrying_a_baby_and_breasts_grown_too_large():
    lay = LayTerms(["pregnancy", "pregnant", "gigantomastia"])
    assert lay.clinical_words("my mum took DES while carrying me") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("carrying my shopping upstairs") == []
    assert lay.clinical_words("very large breasts treatment") == ["gigantomastia"]
    assert lay.clinical_words("breasts that keep growing after a reduction") == ["gigantomastia"]
    assert lay.clinical_words("large breast lump") == []


def test_an_illness_that_never_goes_away_is_chronic():
    lay = LayTerms(["chronic"])
    assert lay.clinical_words("my illness will never go away") == ["chronic"]
    assert lay.clinical_words("back pain that won't go away") == ["chronic"]
    assert lay.clinical_words("living with a lifelong condition") == ["chronic"]
    assert lay.clinical_words("will the rash go away") == []


def test_trying_for_a_baby_is_a_pregnancy_to_come():
    lay = LayTerms(["pregnancy", "pregnant"])
    assert lay.clinical_words("should I worry before trying to conceive") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("TTC and reading about cervical insufficiency") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("we're trying for another baby") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("trying to sleep on my left side") == []


def test_an_infected_heart_valve_and_a_swallowed_coin():
    lay = LayTerms(["endocarditis", "foreign", "body"])
    assert lay.clinical_words("heart valve infection prevention") == ["endocarditis"]
    assert lay.clinical_words("an infection of the heart lining") == ["endocarditis"]
    assert lay.clinical_words("child swallowed a coin") == ["foreign", "body"]
    assert lay.clinical_words("he pushed a bead up his nose") == ["foreign", "body"]
    assert lay.clinical_words("heart valve disease") == []


def test_what_it_feels_like():
    lay = LayTerms("vagina vaginal liquid fluid mucus bleeding pressure contractions elevate support pessary diagnosed miscarriage".split())
    assert lay.clinical_words("feels like the baby is pushing down between my legs") == ["vagina", "vaginal", "pressure"]
    assert lay.clinical_words("it feels like I'm wet all the time") == ["liquid", "fluid", "vaginal"]
    assert lay.clinical_words("wet amd treatment") == []  # an eye disease, not a wetness
    assert lay.clinical_words("a sudden warm trickle at 23 weeks") == ["liquid", "fluid", "vaginal"]
    assert lay.clinical_words("clear sticky stuff at 20 weeks") == ["mucus"]
    assert lay.clinical_words("pink discharge at 19 weeks") == ["bleeding"]
    assert lay.clinical_words("a strange fullness in my lower belly") == ["pressure"]
    assert lay.clinical_words("pressure like a period cramp at 22 weeks") == ["contractions"]
    assert lay.clinical_words("I can feel the ring they fitted, is it meant to lift the cervix") == ["elevate", "support", "pessary"]
    assert lay.clinical_words("how will they check next time to catch it early") == ["diagnosed"]
    assert lay.clinical_words("after the first loss, what now") == ["miscarriage"]
    assert lay.clinical_words("after the first loss of weight") == []
    assert lay.clinical_words("I noticed leaking at 20 weeks") == ["liquid", "fluid", "vaginal"]
    assert lay.clinical_words("I started leaking urine") == []


def test_a_tumour_in_the_brain_is_of_the_central_nervous_system():
    lay = LayTerms("central nervous system hydrocephalus".split())
    assert lay.clinical_words("a germ cell tumour in the brain") == ["central", "nervous", "system"]
    assert lay.clinical_words("brain cancer in adults") == ["central", "nervous", "system"]
    assert lay.clinical_words("water on the brain") == ["hydrocephalus"]


def test_babies_lost():
    lay = LayTerms(["miscarriage"])
    assert lay.clinical_words("until I've lost two babies") == ["miscarriage"]
    assert lay.clinical_words("I lost two pounds") == []



def test_everyday_exertion_is_physical_activity():
    lay = LayTerms("physical activities exercise".split())
    expected = ["physical", "activities", "exercise"]
    assert lay.clinical_words("does carrying my toddler around all day have to stop") == expected
    assert lay.clinical_words("does hoovering and scrubbing floors put strain on a weak cervix") == expected
    assert lay.clinical_words("what is the best time to go to the gym") == []
    assert lay.clinical_words("I keep running to the toilet") == []
    assert lay.clinical_words("picking orders and carrying crates on a weak cervix") == expected


def test_lying_flat_for_months_is_bed_rest():
    lay = LayTerms(["rest", "bed"])
    assert lay.clinical_words("does my daughter really have to lie flat for months") == ["rest", "bed"]
    assert lay.clinical_words("should I lie flat on my back to sleep") == []


def test_exercise_is_physical_activity_only_where_the_knowledge_base_never_says_exercise():
    """The seed article says "physical activities"; MedQuAD's pages on exercise answer "exercise" as typed."""
    query = "Cerclage at 14 weeks booked. Can I still exercise after?"
    assert LayTerms(["physical", "activities"]).clinical_words(query) == ["physical", "activities"]
    assert LayTerms(["physical", "activities"]).clinical_words("does my workout need to change") == ["physical", "activities"]
    assert LayTerms(["physical", "activities", "exercise"]).clinical_words(query) == []


def test_scars_on_the_cervix_are_damage_to_it():
    lay = LayTerms(["cervix", "damage", "trauma", "scars"])
    assert lay.clinical_words("old scars on the cervix, do they raise the risk") == ["damage", "trauma"]
    assert lay.substitute("do scars on the cervix raise the risk") == "do cervix damage trauma raise the risk"
    assert lay.clinical_words("scars on my face after acne") == []


def test_staying_in_ones_own_bed_is_bed_rest():
    lay = LayTerms(["bed", "rest"])
    assert lay.clinical_words("will I have to stay in my bed the whole time") == ["rest"]
    assert lay.clinical_words("I bought a new bed") == []


def test_putting_in_a_stitch_is_a_cerclage_not_one_in_a_cut():
    lay = LayTerms(["cerclage"])
    assert lay.clinical_words("the gynae wants to put in a stitch just now, what is that") == ["cerclage"]
    assert lay.clinical_words("they had to put in a stitch in my lip") == []


def test_a_hormone_pill_is_a_medicine_a_fix_a_treatment_and_gardening_an_activity():
    lay = LayTerms(["medicines", "treatment", "physical", "activities", "activity", "exercise"])
    assert lay.clinical_words("mama took some hormone pill when she was carrying me") == ["medicines"]
    assert lay.clinical_words("is the pill safe after 35") == []  # a contraceptive
    assert lay.clinical_words("surely the stitch is the usual fix?") == ["treatment"]
    assert lay.clinical_words("can I still tend my garden with a weak cervix") == ["physical", "activities", "activity", "exercise"]


def test_months_on_the_sofa_are_bed_rest_and_a_des_tablet_a_medicine():
    lay = LayTerms(["bed", "rest", "medicines"])
    assert lay.clinical_words("will I have to lie on the settee for months") == ["bed", "rest"]
    assert lay.clinical_words("my mum had the DES tablet") == ["medicines"]
    assert lay.clinical_words("we bought a new sofa") == []


def test_couples_words_for_sex_are_sexual_activity():
    lay = LayTerms(["sexual", "activity", "intercourse"])
    for query in ["my husband wants us to be together", "can we still sleep together", "is making love allowed"]:
        assert lay.clinical_words(query) == ["sexual", "activity", "intercourse"], query
    assert lay.clinical_words("can we find out the sex of the baby") == []


def test_a_scan_reports_cl_is_the_cervical_length():
    lay = LayTerms(["length", "cervix", "ultrasound"])
    assert lay.clinical_words("CL 25mm at 18+6") == ["length", "cervix", "ultrasound"]
    assert lay.clinical_words("TVUS at 20 weeks") == ["length", "cervix", "ultrasound"]
    assert lay.clinical_words("CL and ALS") == []


def test_words_translated_word_for_word_and_a_ring_pushed_up():
    lay = LayTerms(["cervix", "cervical", "discharge", "vaginal", "pelvis", "pelvic", "sexual", "activity", "pessary", "pressure"])
    assert lay.clinical_words("the weakness of uterus neck") == ["cervix", "cervical"]
    assert lay.clinical_words("the insufficiency of the neck of uterus") == ["cervix", "cervical"]
    assert lay.clinical_words("secretions and pressure in the small pelvis") == ["discharge", "vaginal", "pelvic"]
    assert lay.clinical_words("it is permitted the sexual life") == ["activity"]
    assert lay.clinical_words("the ring they push up there") == ["pessary"]
    assert lay.clinical_words("pressure been sitting low all day") == ["pelvic"]
    assert lay.clinical_words("a boxing ring") == []


def test_extra_fingers_and_toes_are_polydactyly():
    lay = LayTerms(["polydactyly"])
    assert lay.clinical_words("dandy walker malformation with extra fingers") == ["polydactyly"]
    assert lay.clinical_words("born with an extra toe") == ["polydactyly"]
    assert lay.clinical_words("extra pressure") == []


def test_a_bad_smear_is_an_abnormal_pap_test_and_intercourse_sexual_activity():
    lay = LayTerms(["abnormal", "pap", "test", "sexual", "activity"])
    assert lay.clinical_words("the surgery after a bad smear") == ["abnormal", "pap", "test"]
    assert lay.clinical_words("an abnormal smear result") == ["pap", "test"]  # "abnormal" typed
    assert lay.clinical_words("asking re intercourse") == ["sexual", "activity"]
    assert lay.clinical_words("a bad day") == []


def test_a_curettage_alone_and_two_d_and_cs_are_the_d_and_c():
    lay = LayTerms(["dilation", "curettage"])
    assert lay.clinical_words("after a curettage last year") == ["dilation"]
    assert lay.clinical_words("I had two D&Cs") == ["dilation", "curettage"]
    assert lay.clinical_words("endometrial curettage") == []


def test_a_learners_flux_and_echography_and_a_stitch_that_fixes_it():
    lay = LayTerms(["discharge", "ultrasound", "treatment"])
    assert lay.clinical_words("I have flux and pressure") == ["discharge"]
    assert lay.clinical_words("they measure it with an echography") == ["ultrasound"]
    assert lay.clinical_words("will the cerclage fix it") == ["treatment"]
    assert lay.clinical_words("how do I fix my posture") == []


def test_the_confinement_month_after_a_birth_is_no_pregnancy():
    lay = LayTerms(["pregnancy", "pregnant"])
    assert lay.clinical_words("what to eat during my confinement") == ["pregnancy", "pregnant"]
    assert lay.clinical_words("how to do confinement month after birth") == []


def test_autocorrects_cervical_cartilage_is_a_cerclage_and_a_step_count_activity():
    lay = LayTerms(["cerclage", "physical", "activities", "exercise"])
    assert lay.clinical_words("the doctor mentioned a cervical cartilage to keep my cervix closed") == ["cerclage"]
    assert lay.clinical_words("is a cervical cleavage the same as a stitch") == ["cerclage"]
    assert lay.clinical_words("is cartilage piercing safe when pregnant") == []
    expected = ["physical", "activities", "exercise"]
    assert lay.clinical_words("my fitness watch says I should do 10,000 steps") == expected
    assert lay.clinical_words("is 8k steps a day too much") == expected
    assert lay.clinical_words("the next steps after a diagnosis") == []


def test_the_words_of_this_sessions_visitors_for_the_articles_terms():
    lay = LayTerms(["cerclage", "physical", "activities", "exercise", "ultrasound", "cervix", "cervical", "mucus",
                    "discharge", "dilation", "curettage", "miscarriage", "tear", "liquid", "fluid", "vaginal"])
    assert lay.clinical_words("the doctor said they will tie the cervix") == ["cerclage"]
    assert lay.clinical_words("purpose of a McDonald stitch") == ["cerclage"]
    assert lay.clinical_words("a Shirodkar stitch") == ["cerclage"]
    assert lay.clinical_words("passing something like catarrh from below") == ["mucus", "discharge"]
    assert lay.clinical_words("dnc-and-cervical-insufficiency") == ["dilation", "curettage"]
    assert lay.clinical_words("my next scan is in 4 weeks") == ["ultrasound"]
    assert lay.clinical_words("will they check my cervix at scans") == ["ultrasound"]
    assert lay.clinical_words("results of my CT scan") == []
    assert lay.clinical_words("doctor wrote 'incompetent os' in report") == ["cervix", "cervical"]
    assert lay.clinical_words("os trigonum in the ankle") == []
    activity = ["physical", "activities", "exercise"]
    assert lay.clinical_words("can she still be going to shop and standing all day") == activity
    assert lay.clinical_words("should I be doing all the lifting from now on") == activity
    assert lay.clinical_words("can she be doing house chores like pounding and washing clothes") == activity
    # A missed miscarriage is one miscarriage, not "missed" as well.
    assert lay.split("a D&C after my missed miscarriage")[0].split() == ["a", "after", "my"]
    assert lay.clinical_words("her mother also lost pregnancies like that") == ["miscarriage"]
    assert lay.clinical_words("tearing the cervix during an earlier birth") == ["cervical", "tear"]
    assert lay.clinical_words("been leaking something warm") == ["liquid", "fluid", "vaginal"]


def test_travel_pe_and_long_walks_are_physical_activity_where_the_knowledge_base_never_says_them():
    seed = LayTerms(["physical", "activities", "activity"])
    for query in ("can I travel by train with a cerclage", "we want to do umrah with a cerclage",
                  "can I still do PE with an incompetent cervix", "can she walk a lot with a stitch",
                  "can i exercise with a cerclage, is walking ok"):
        assert seed.clinical_words(query) == ["physical", "activities", "activity"], query
    assert LayTerms(["travel", "physical", "activities"]).clinical_words("travel vaccines for india") == []
    assert seed.clinical_words("PE after surgery") == []  # a pulmonary embolism


def test_casualty_is_the_doctor_and_sleeping_together_is_sex():
    lay = LayTerms(["doctor", "sexual", "activity"])
    assert lay.clinical_words("when must I go to casualty if my cervix is opening") == ["doctor"]
    assert lay.clinical_words("can we still jol, you know, sleep together with the stitch") == ["sexual", "activity"]
    assert lay.clinical_words("can the baby sleep together with the dog") == []


def test_a_cone_of_tissue_taken_from_the_cervix_is_cervical_surgery():
    lay = LayTerms(["cervical", "surgery"])
    assert lay.clinical_words("they took a cone of tissue from her cervix") == ["cervical", "surgery"]


def test_a_womb_cleaned_out_is_a_d_and_c():
    lay = LayTerms(["dilation", "curettage"])
    assert lay.clinical_words("the hospital clean my womb after lost baby") == ["dilation", "curettage"]


def test_slang_and_euphemism_for_the_body_sex_and_a_device():
    lay = LayTerms([*VOCABULARY, "sexual", "activity", "elevate", "support"])
    assert lay.clinical_words("my lady bits are opening up") == ["vagina", "vaginal"]
    assert lay.clinical_words("watery stuff coming out of my foof") == ["vagina", "vaginal", "liquid", "fluid"]
    assert lay.clinical_words("can hubby and me still do the deed") == ["sexual", "activity"]
    assert lay.clinical_words("no nookie for the rest of the pregnancy") == ["sexual", "activity"]
    assert lay.clinical_words("the little rubber thing they put up your hoo-ha to hold the cervix") == [
        "vagina", "vaginal", "elevate", "support", "pessary",
    ]
    # Bits of something, and holding what is not the cervix, are left alone.
    assert lay.clinical_words("my bits of blood at 20 weeks") == []
    assert lay.clinical_words("hold the baby") == []


def test_infections_that_keep_coming_are_recurrent_and_a_blood_counts_words_are_clinical():
    lay = LayTerms(["recurrent", "infections", "monocytosis", "thrombocytopenia", "leukopenia"])
    assert lay.clinical_words("our baby keeps getting infections") == ["recurrent"]
    assert lay.clinical_words("he has constant chest infections") == ["recurrent"]
    assert lay.clinical_words("blood tests show lots of monocytes") == ["monocytosis"]
    assert lay.clinical_words("his platelets are low") == ["thrombocytopenia"]
    assert lay.clinical_words("low white blood cells after chemo") == ["leukopenia"]
    assert lay.clinical_words("what are monocytes") == []
    assert lay.clinical_words("an infection in my toe") == []
    assert lay.clinical_words("keeps getting infections like thrush and pneumonia") == []


def test_calming_the_womb_is_stopping_contractions():
    lay = LayTerms(["stop", "contractions"])
    assert lay.clinical_words("drugs to calm the womb when the cervix starts giving way") == ["stop", "contractions"]
    assert lay.clinical_words("a calm pregnancy") == []

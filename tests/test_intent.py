"""Question types of queries and headings."""

from __future__ import annotations

import pytest

from kb import intent
from kb.intent import (
    arrow_asked,
    asks_cost_first,
    closing_clause_question,
    corrected_question,
    heading_types,
    last_question,
    query_types,
    tag_question_asked,
    in_second_person,
    is_it_asked,
    what_is,
    without_fillers,
    without_salutations,
    without_thanks_in_advance,
)

from .conftest import SEED_ARTICLE


@pytest.mark.parametrize(
    "query, expected",
    [
        ("how do you get rid of piles at home", {"treatment", "lifestyle"}),
        ("how common are piles", {"frequency"}),
        ("incompetent cervix frequency", {"frequency"}),
        ("urinary frequency in pregnancy", set()),
        ("frequency of seizures", set()),
        ("at how many months does the cervix start opening", set()),  # when, not how common
        # Knowing when to act on it asks when to see the doctor; knowing whether it shows, the symptoms.
        ("how to know when cervix pressure means calling the doctor", {"doctor"}),
        ("how do I know when my cervix is opening", {"symptoms"}),
        # Singapore and Malaysian English.
        ("this incompetent cervix thing, many people got one or not?", {"frequency"}),
        ("doc, my cervix open already at 5 months, why like that?", {"causes"}),
        # What nobody mentions is no cause; an option is a treatment.
        ("why does nobody mention a pessary as an option for a weak cervix", {"treatment"}),
        # A treatment weighed up; a habit weighed up is day-to-day life; a feeling's meaning its signs.
        ("is a cerclage worth it if I've only lost one pregnancy", {"treatment"}),
        ("is a cervical stitch overkill for a first pregnancy", {"treatment"}),
        ("is it worth stopping the gym when the cervix is weak", {"lifestyle"}),
        ("is it worth the hassle to see a doctor", {"doctor"}),
        ("what does the leaky tap feeling down below mean with a weak cervix", {"symptoms"}),
        ("what does it mean if my cervix is incompetent", {"overview"}),
        ("can I just ignore a diagnosis of cervical insufficiency or does it really matter", {"complications"}),
        ("after my diagnosis, can I ignore it", {"complications"}),
        # Either/or and "normal" questions.
        ("is incompetent cervix a disease or just something that happens in pregnancy", {"overview"}),
        ("was my weak cervix something I was born with or did it happen later", {"causes"}),
        ("my son was born with it, what causes it", {"causes"}),
        ("is it pain or no pain when the cervix starts opening too early", {"symptoms"}),
        ("how normal is it to have an incompetent cervix", {"frequency"}),
        ("stitch or ring pessary, what's usually offered for a cervix that opens early", {"treatment"}),
        ("can an abnormal uterus from birth cause the cervix to open early", {"complications"}),
        ("in plain English, what would tell me my cervix is letting go too early", {"symptoms"}),
        ("can they put a kind of seatbelt on my cervix to hold the baby in", {"treatment"}),
        ("can they put a camera in my womb to check", set()),
        # A subject named first; a sentence left for the answer to finish.
        ("the cervix opening early thing, what would I actually notice", {"symptoms"}),
        ("pelvic pressure at 21 weeks, doctor today or not", {"doctor"}),
        ("I saw the doctor today", set()),
        ("my workouts, do they need to stop with cervical insufficiency", {"lifestyle"}),
        ("doctors find out the cervix is weak by", {"diagnosis"}),
        ("incompetent cervix affects about", {"frequency"}),
        ("with a weak cervix you should avoid", {"lifestyle"}),
        ("signs that your cervix is weak include", {"symptoms"}),
        ("incompetent cervix is caused by", {"causes"}),
        ("incompetent cervix, what's the deal with that", {"overview"}),
        # Why it is called so asks what the name means, not a cause.
        ("explain to me like I'm five why a cervix would be called incompetent", {"overview"}),
        ("why do they call it incompetent", {"overview"}),
        ("why is it called incompetent cervix and what causes it", {"causes"}),
        ("why does my cervix open early", {"causes"}),
        ("why do women get it", {"causes"}),
        # No explanation of a diagnosis had asks what it is.
        ("so angry, left the clinic with no explanation of my incompetent cervix diagnosis", {"overview"}),
        ("no explanation why my cervix opened", {"causes"}),
        # When in pregnancy it comes is in what it is.
        ("how many weeks pregnant are you when cervical insufficiency shows up", {"overview"}),
        ("how many weeks pregnant are you", set()),
        # How long a treatment lasts is the treatment's; how long one lives, or it lasts, the outlook.
        ("how long does the cervix stay stitched closed", {"treatment"}),
        ("how long before delivery is the cerclage taken out", {"treatment"}),
        ("how long does chemo last", {"treatment"}),
        ("how long will I live after chemo", {"outlook"}),
        ("how long does shingles last", {"outlook"}),
        # Stuck lying down is bed rest, which living with it answers.
        ("how long will I be stuck lying down with a weak cervix", {"lifestyle", "outlook"}),
        ("how many people get gout", {"frequency"}),
        ("is cervical insufficiency rare", {"frequency"}),
        ("cat cry syndrome cause", {"causes"}),
        ("grandad cant hear the tv, what makes people lose their hearing", {"causes"}),
        ("my 7 year old still wets the bed why", {"causes"}),
        ("constantly worried, what help is there for anxiety", {"treatment"}),
        ("scaly patches that wont go away, what can i put on them", {"treatment"}),  # a description, no outlook
        ("had kidney stones twice, anything i can do so i dont get them again", {"prevention"}),
        ("how can i keep my bones strong so they dont get brittle", {"prevention"}),
        ("shaking hands and slow walking in my dad, how will it progress", {"outlook"}),
        ("are there common causes of a weak cervix", {"causes"}),  # "common" here is no question of its own
        ("why do kidney stones form", {"causes"}),
        ("what actually causes gout, is it the food", {"causes"}),
        ("how do you get shingles", {"causes"}),
        ("how is hepatitis c spread", {"causes"}),
        ("can you get hep c from kissing", {"causes"}),  # how it passes between people
        # Whether it passes between people: answered under causes or in the overview.
        ("my daughter has fifth disease, is she contagious", {"causes", "overview"}),
        ("is psoriasis catching", {"causes", "overview"}),
        ("how do you catch hepatitis c", {"causes"}),  # how it passes: causes, risk
        ("can hepatitis c be cured", {"treatment"}),
        ("I was diagnosed with hepatitis B. Can I pass it to my wife?", {"causes", "overview"}),
        ("I have ehlers danlos syndrome, can I pass it to my children?", {"inheritance"}),  # to one's children: inherited
        ("is there anything that can slow it down", {"treatment"}),
        ("what are the side effects of chemotherapy", set()),  # a treatment's, not a medicine sheet's
        ("my son has klinefelter syndrome, will he be able to have kids?", {"overview", "symptoms"}),
        ("what causes infertility", {"causes"}),
        ("bleeding when i go to the toilet, what helps piles?", {"treatment"}),
        ("is there anything that can be done", {"treatment"}),
        ("can high blood pressure cause headaches", {"complications", "symptoms"}),  # a sign of it
        ("my blood sugar is 130 in the morning, do I have diabetes?", {"symptoms"}),
        ("did a tear in my last delivery cause my cervical insufficiency", {"causes"}),
        ("what can i do myself to manage a weak cervix", {"lifestyle", "treatment"}),
        ("quora things to do yourself to manage an incompetent cervix", {"lifestyle", "treatment"}),
        ("how can she look after herself with a weak cervix", {"lifestyle"}),
        ("can you stop yourself catching pneumonia", set()),  # prevention, not self-care
        ("a weak cervix only needs a doctor once labour starts, doesn't it", {"doctor"}),
        ("do I need a doctor's note for work", set()),
        ("my cervix is weak because I exercised too much, isn't that the cause", {"causes"}),  # done before: no advice asked
        ("can I still exercise with a weak cervix", {"lifestyle"}),
        ("Who do I ask about a wheelchair for my visit to the clinic?", {"access"}),  # an arrangement, not a doctor's question
        ("what does shingles look like", {"symptoms"}),
        ("cervical insufficiency, should I stay in bed", {"lifestyle"}),
        ("does lying down for weeks really stop an early birth", {"lifestyle"}),
        ("bleeding or a warm gush, who to contact", {"doctor"}),
        ("Can I request a female doctor for my next appointment?", {"access"}),  # choosing who sees you
        ("baby with a cry like a kitten and a small head", set()),  # a likeness, no pet
        ("my kitten has fleas, what should I do", {"animal", "treatment"}),
        ("I'm not pregnant, can I be tested for a weak cervix now", {"diagnosis"}),
        ("multiple mitochondrial dysfunctions syndrome genetic cause", {"causes"}),  # the genes, asked as a cause
        ("is there a genetic test for cystic fibrosis", {"diagnosis", "inheritance"}),
        ("if my cervix is weak can they still put a stitch in", {"treatment"}),
        ("will they put a pessary in at my next visit", {"treatment"}),
        ("what does joubert syndrome 2 look like in a baby", {"symptoms"}),
        ("what does an incompetent cervix look like on a scan", {"diagnosis"}),  # on a scan: how it is found
        ("what does a pessary look like", set()),  # a device, not a sign
        ("my daughter has Rett syndrome, what will her future look like", set()),
        ("told to take it easy with cervical insufficiency, does that mean no lifting", {"lifestyle"}),  # not a medicine taken with another
        ("is it dangerous to have an incompetent cervix", {"complications"}),
        ("my niece has spina bifida, what problems will she have", {"complications"}),
        ("how can I lower my risk of colon cancer", {"prevention"}),  # not who is at risk
        ("if I notice bleeding with a weak cervix when do I see someone", {"doctor"}),
        ("how do they stop a weak cervix from opening", {"treatment"}),
        # Someone close finding out is how it shows; a doctor finding out is diagnosis.
        ("how will my wife know if her cervix is opening too early", {"symptoms"}),
        ("how will my doctor know if my cervix is weak", {"diagnosis"}),
        ("cervical insufficiency statistics", {"frequency"}),
        ("breast cancer survival statistics", {"outlook"}),
        ("could my wife's incompetent cervix make our baby come early", {"complications"}),
        ("what can I change around the house to help my wife", {"lifestyle"}),
        # What a procedure is for, not what causes the condition.
        ("they are booking her in to have her cervix sewn shut, why do they do that", set()),
        ("why do they get cervical insufficiency", {"causes"}),
        ("I fart all day, which foods cause the most gas?", {"causes"}),
        ("is there a way to stop ITP bleeding problems from happening", {"prevention"}),
        ("memory foam or spring mattress for sciatica", {"access"}),
        ("found bugs in the mattress, are they bedbugs", set()),
        # A test asked about as a procedure, not how a condition is diagnosed.
        ("is an EKG test painful and what happens during it", {"outlook"}),
        ("what happens during a colonoscopy", {"outlook"}),
        ("what happens during pregnancy with lupus", set()),
        ("which test finds a weak cervix", {"diagnosis"}),
        # Myths heard: who it happens to, whom a treatment is for, how it shows, what it is from.
        ("is it true a weak cervix only happens to women who've had lots of babies", {"risk"}),
        ("isn't a cerclage just for women who have already miscarried", {"treatment"}),
        ("open cervix 2nd trimester how would it show", {"symptoms"}),
        ("aortic aneurysms always cause pain before they burst, true?", {"symptoms"}),
        ("tailbone pain, is it always from a fall?", {"causes"}),
        ("is my dialysis nurse allowed to tell my employer about my condition", {"access"}),
        # A treatment had is the background; one still possible is what is asked.
        ("I had cervical cancer treatment years ago, can that cause an incompetent cervix", {"complications"}),
        ("I had surgery for fibroids, how is a weak cervix treated", {"treatment"}),
        ("hypertension and a weak cervix, is a cerclage still possible", {"treatment"}),
        ("is pregnancy possible after cancer", set()),
        # A school exam, and a request made of the doctor, are no diagnosis or doctor questions.
        ("for my midwifery exam, what is the incidence of incompetent cervix", {"frequency"}),
        ("what exam finds a weak cervix", {"diagnosis"}),
        ("is it legal to ask my doctor for my MRI images on a USB stick", {"access"}),
        ("should I ask my doctor about this rash", {"doctor"}),
        ("should I blame myself for my incompetent cervix", {"causes"}),
        ("what can I do myself", {"treatment", "lifestyle"}),
        ("should I get my cervix checked early next pregnancy", {"diagnosis"}),
        ("should I get it checked", {"doctor"}),
        ("why can't I empty my bladder all the way", {"causes"}),
        # Regional Englishes.
        ("gynae has mentioned cervical incompetence, kindly explain the problem in simple words", {"overview"}),
        ("which ladies are having more chance of incompetent cervix", {"risk"}),
        ("reckon a dodgy cervix could be from an earlier op on it?", {"causes"}),
        ("how do the docs sort out a cervix that's opening too early, eh", {"treatment"}),
        ("can I sort out my appointment online", set()),
        ("is an incompetent cervix a big deal for the bub", {"complications"}),
        ("her cervix is opening, what will the doctors do", {"treatment"}),
        ("can an incompetent cervix be found before pregnancy", {"diagnosis"}),
        ("incompetent cervix vs preterm labor, how are they different", {"overview"}),
        ("warfarin for factor V leiden, how long do you stay on it", {"treatment", "outlook"}),
        ("how long will he live", {"outlook"}),
        ("I'm a patient with VRE, how do I avoid passing it to my family", {"prevention"}),
        ("so it is not something lots of pregnant women get, a weak cervix?", {"frequency"}),
        # A test's result is the background; which test shows it is a diagnosis question.
        ("I'm freaking out, the scan said my cervix is funneling, what does that even mean", {"overview"}),
        ("the biopsy came back positive for lymphoma, how is it treated", {"treatment"}),
        ("what test shows if my cervix is weak", {"diagnosis"}),
        ("does a pregnancy test show if i have a weak cervix", {"diagnosis"}),
        ("so scared I'll lose this baby too, what can they actually do to keep my cervix closed", {"treatment"}),
        ("my cervix opened early in my first pregnancy, what could have caused it", {"causes"}),
        ("could the scraping after my miscarriage have weakened my cervix", {"causes"}),
        ("will my baby be okay if my cervix is incompetent", {"outlook"}),
        # Requests, British wording and clinicians' terms.
        ("tell me what to watch out for with cervical insufficiency", {"symptoms"}),
        ("presenting complaints in cervical incompetence", {"symptoms"}),
        ("aetiological factors in cervical insufficiency", {"causes"}),
        ("are some mums just more prone to a weak cervix than others", {"risk"}),
        ("what proportion of gestations are affected by cervical insufficiency", {"frequency"}),
        ("how many micrograms of iodine should I get a day while pregnant", set()),
        ("first-line interventions for cervical insufficiency", {"treatment"}),
        ("what will the hospital do about my cervical insufficiency", {"treatment"}),
        ("is any treatment being developed for spinal cord injuries", {"research", "treatment"}),
        ("should I go to my GP if I'm weeing all the time", {"doctor"}),
        ("can a child get Reye's syndrome from aspirin after chickenpox? what is it exactly", {"overview"}),
        ("describe what happens to the cervix in cervical insufficiency", {"overview"}),
        ("my obgyn said i need a cerclage at 14 weeks, what is that exactly", set()),
        ("do cysts on the kidneys from long-term dialysis need to be removed?", {"treatment"}),
        ("explain how a cervical cerclage is removed", set()),
        ("I noticed some bleeding. Is this something I should get checked by my doctor?", {"doctor"}),
        ("when is it time to go in and get checked for a weak cervix", {"doctor"}),
        ("IVF twins and a short cervix at 18 weeks, do they still stitch it?", {"treatment"}),
        ("after two c-sections can you get an incompetent cervix", {"causes"}),
        ("can you get an incompetent cervix after a c-section", {"causes"}),
        ("can I get a flu shot after chemo", set()),
        ("after a miscarriage can you get pregnant right away", {"overview", "symptoms"}),
        ("my waist is big and my blood sugar is high. What are the criteria?", {"diagnosis"}),
        ("how do they actually decide if it's an incompetent cervix", {"diagnosis"}),
        ("My father has finished his antibiotics. What is the long-term outlook? Can it come back?", {"outlook"}),
        ("how to prevent it coming back", {"prevention"}),
        ("We would like more children. Will our next child have it too?", {"inheritance"}),
        ("why is isotretinoin given to children with neuroblastoma", {"treatment"}),
        ("why is my urine foamy", {"causes"}),
        ("without a cerclage, what other options are there for incompetent cervix", {"treatment"}),
        ("what stops painless cervical dilation from getting worse", {"treatment"}),
        ("does lying in bed all day really make a difference", {"treatment", "lifestyle"}),  # bed rest, as "bed rest" is
        ("what will the doctors do at my first appointment", set()),
        ("do I have to stop working with cervical insufficiency", {"lifestyle"}),
        ("whats the reason some women get an incompetent cervix", {"causes"}),
        # A blood relative has it: will it be passed on (not a husband's shingles).
        ("my father has parkinsons, what are the chances I get it too", {"inheritance"}),
        ("my grandmother has macular degeneration. will I get it too?", {"inheritance"}),
        ("my husband has shingles, will I get it too", set()),
        ("my grandfather has glaucoma, am I at risk too", {"risk"}),
        ("can you get sick from gluten, how would i know", {"symptoms"}),  # gluten is no infection: not causes
        ("is bells palsy permanent", {"outlook"}),
        ("is psoriasis curable", {"treatment"}),
        ("can lupus kill you", set()),  # an outlook here put a neighbour's outlook first
        ("how fast does prostate cancer spread", {"outlook"}),
        ("what happens if diabetes is left untreated", {"complications"}),
        ("what type of doctor should i see for migraines", {"doctor"}),
        ("does stress make psoriasis worse", {"causes"}),
        ("my body is different, should i still check with a doctor", {"lifestyle", "doctor"}),
        ("is a weak cervix something you're born with", {"causes"}),
        ("trying to conceive, can they check how strong my cervix is", {"diagnosis"}),
        ("how would a cervix weakened by a difficult delivery be handled in my next pregnancy", {"treatment"}),
        ("our first came early because of a weak cervix, what's usually the plan", {"treatment"}),
        ("a client got the diagnosis of cervical incompetence and asked me to explain it", {"overview"}),
        ("does an incompetent cervix cause pain", {"symptoms"}),
        ("a mother lost her baby to an incompetent cervix, how could it have been spotted", {"diagnosis"}),
        ("when should I book a doctor visit if I'm planning a pregnancy", {"doctor"}),
        ("how do I book an appointment", {"access"}),
        # Politeness and coping are not the lifestyle or treatment questions they look like.
        ("is it alright to ask how the pessary for an incompetent cervix works", set()),
        ("is it ok to exercise", {"lifestyle"}),
        ("my spleen was taken out after an accident, can I manage without it", set()),
        ("how to manage diabetes", {"treatment"}),
        ("what are the dangers to an unborn baby from cervical insufficiency", {"complications"}),
        ("what is a cerclage for", {"treatment"}),
        ("what is the ultrasound for", set()),  # a test's purpose is no treatment question
        ("sent home with pelvic pressure, when should I go back in", {"doctor"}),
        ("2am, 21 weeks, heavy pressure down below - wait till morning or go in?", {"doctor"}),
        ("My father had a stroke caused by bleeding in the brain. How is this different from a normal stroke?", {"overview"}),
        ("how is a weak cervix found", {"diagnosis"}),
        ("cervix weak what do", {"treatment"}),
        ("what to do if my cervix is weak", {"treatment"}),
        ("who get weak cervix more", {"risk"}),
        ("please send me information about hirschsprung disease", {"overview"}),
        ("I need information on Sjogren's syndrome", {"overview"}),
        ("what else can i do besides pain meds", {"treatment"}),
        ("wife has been diagnosed with rheumatoid arthritis. is there any diet that helps", {"lifestyle", "treatment"}),
        ("what is the prognosis of someone diagnosed with stage 4 lung cancer", {"outlook"}),
        ("what are the stages of breast cancer", {"stages"}),
        ("stage 3 melanoma what does that mean", {"stages"}),  # the stage alone is the question
        ("how is lupus diagnosed", {"diagnosis"}),
        ("i was just diagnosed with gout, what causes it", {"causes"}),
        ("can ibuprofen help gout pain", {"treatment"}),
        ("is turmeric good for arthritis", {"treatment"}),
        ("how do doctors fix an incompetent cervix", {"treatment"}),
        ("how would the doctor know if my cervix is weak", {"diagnosis"}),
        ("what are my options if my cervix is short", {"treatment"}),
        ("can a hernia be repaired without surgery", {"treatment"}),
        ("we fixed a date for the visit", set()),
        ("can you help me find a doctor", set()),
        ("how would i know if my cervix is opening", {"symptoms"}),
        ("how would i even know if my cervix was dilating early", {"symptoms"}),
        ("my gums bleed when i brush, is that gum disease", {"symptoms"}),
        # A headline's section names the type.
        ("Cervical insufficiency: causes you should know about", {"causes"}),
        ("Gestational diabetes: causes and risk factors", {"causes", "risk"}),
        ("cause for concern?", set()),
        # A tag question asks its statement in question order; the negation is a guess.
        ("you wouldn't feel anything with an incompetent cervix, would you?", {"symptoms"}),
        ("it's not something you're born with, is it?", {"causes", "inheritance"}),
        ("incompetent cervix doesn't always cause bleeding, right?", {"symptoms"}),
        ("a weak cervix isn't that common, is it?", {"frequency"}),
        ("nothing I did made my cervix weak, did it?", {"causes"}),
        ("sharp pain in my lower right belly, could it be appendicitis?", {"symptoms"}),
        ("is that normal", set()),
        ("what is colpocephaly and will my baby develop normally", {"outlook"}),
        ("this problem is many women have or only few?", {"frequency"}),
        ("how i can tell my cervix got problem early?", {"symptoms"}),
        ("water coming out from below at 22 week, need go hospital now?", {"doctor"}),
        ("my 80 year old mother says food has no taste anymore, is that just old age", {"causes"}),
        ("can my blood pressure pills be why everything tastes metallic", {"causes"}),
        ("is that why my hair is falling out", {"causes"}),
        ("dad lost his sense of smell after a bad cold, will it come back", {"outlook"}),  # what was lost returning
        ("i had shingles and lost weight, will it come back", {"prevention"}),  # the condition recurring
        ("cavernous malformation in the brain found on MRI, do they need to operate?", {"treatment"}),
        ("is it safe to operate machinery on gabapentin", {"lifestyle"}),
        ("how did my daughter even catch head lice, we are very clean", {"causes"}),
        ("how did my son get a referral", set()),
        ("my cervix just gave out painlessly, is there a name for it", {"overview"}),
        ("lost the baby at 20 weeks with no pain, what is that called", {"overview"}),
        ("watery discharge at 21 weeks, should i go to labor and delivery", {"doctor"}),
        ("how to tell if you have gout", {"symptoms"}),
        ("what can you do for an incompetent cervix", {"treatment"}),
        ("the doctor said febrile seizure, does it cause brain damage", {"complications"}),
        ("does smoking cause copd", set()),  # what causes it, not what it causes
        ("what should i eat to bring it down", {"treatment"}),
        ("how can i lower my cholesterol", {"treatment"}),
        ("what foods lower cholesterol naturally?", {"treatment"}),
        ("lower back pain at night", set()),
        ("bad acne, nothing over the counter works. what else can we try?", {"treatment"}),
        ("how can i reduce my risk of a stroke", {"prevention"}),
        ("do i need to see someone if i have bleeding while pregnant", {"doctor"}),
        ("should i get it checked", {"doctor"}),
        ("which genes are involved in g6pd deficiency", {"inheritance"}),
        ("signs my cervix is weak", {"symptoms"}),
        ("does celiac run in families", {"inheritance"}),
        ("who gets high blood pressure", {"risk"}),
        ("when should I see a doctor", {"doctor"}),
        ("will my migraines ever go away", {"outlook"}),
        ("my son has tourette syndrome. will he grow out of it?", {"outlook"}),
        ("what will his life be like? will he be able to live on his own", {"outlook"}),
        ("i've had heartburn for a year. can it turn into cancer?", {"complications"}),
        ("what happens if i don't use my cpap machine?", {"complications"}),
        ("can you die from a kidney infection", {"complications"}),
        ("my obgyn said my cervix is incompetent what dose that mean", {"overview"}),  # "does" mistyped
        ("what dose should i take", {"medication"}),
        ("who do i call if i think something is wrong with my cervix", {"doctor"}),
        ("should I ring my ob if I have spotting and pelvic pressure", {"doctor"}),
        ("do i need to phone the midwife", {"doctor"}),
        ("should i see a gynecologist about this", {"doctor"}),
        ("what brings on a gout attack", {"causes"}),
        ("what sets off my asthma", {"causes"}),
        ("how to get over the flu fast", {"treatment"}),
        ("what should i expect after being diagnosed with parkinson's disease", {"outlook"}),
        ("how long can someone live with stage 4 colon cancer", {"outlook"}),  # the stage is background
        ("does psoriasis get worse with age", {"outlook"}),
        ("burning pain that gets worse when i lie down", set()),  # a description, not the outlook
        ("can hearing loss from loud noise be reversed", {"treatment"}),
        ("how is lyme disease treated if caught late", {"treatment"}),  # found late, not caught from someone
        ("how is lyme disease caught", {"causes"}),
        ("is meningitis fatal", {"complications"}),
        ("my toddler had a febrile seizure, will it happen again", {"outlook"}),
        ("he has an enlarged prostate. does that mean cancer?", {"overview"}),
        ("my legs feel restless at night, what can be done about it", {"treatment"}),
        ("is there a jab to stop you getting shingles", {"prevention"}),
        ("shingles vaccine side effects", {"medication"}),  # asks about the vaccine, not how to prevent
        ("can i take ibuprofen with lisinopril", {"medication"}),
        ("what happens if i miss a dose of my pill", {"medication"}),
        ("take care of my mom with dementia", set()),
        ("should i talk to my doctor about this", {"doctor"}),
        ("should i talk to my doctor about these symptoms", {"doctor"}),
        ("how do i find a dentist", {"access"}),
        ("can you write my health class essay on puberty", {"access"}),
        ("book me an appointment to get my kid's hair checked for nits", {"access"}),
        ("how will the doctor examine my cervix", {"diagnosis"}),
        ("best hospital for knee surgery", {"access"}),
        ("recommend a good dermatologist in chicago", {"access"}),
        ("can you recommend a good rehab center for spinal cord injury in Ohio", {"access"}),
        ("Can I get a printed copy of my kidney biopsy report sent to my home address?", {"access"}),
        ("can you send me a pic of what a healthy poop looks like", {"access"}),
        ("caller wants to book a kidney ultrasound", {"access"}),
        ("at what point do I ring someone about it", {"doctor"}),
        # Hypotheticals.
        ("suppose I notice a gush of fluid at 22 weeks, do I call someone", {"doctor"}),
        ("what if I get pressure and spotting, when do I need a doctor", {"doctor"}),
        ("if my cervix was weak, would I feel anything", {"symptoms"}),
        ("could I have been born with a cervix that would open too early", {"causes"}),
        ("if a medicine my mum took caused my weak cervix, which one would it be", {"causes"}),
        ("if 1 in 100 get it, is a weak cervix rare or common", {"frequency"}),
        ("With respect, is cervical insufficiency a common complication of pregnancy?", {"frequency", "complications"}),
        ("what if nothing is done about a weak cervix", {"complications"}),
        ("in case my cervix is short at the next scan, what are the options", {"treatment"}),
        ("for the FAQ page we need the predisposing factors for cervical incompetence", {"risk"}),
        ("caller had a cone biopsy, asks if that causes cervical incompetence", {"causes"}),
        ("how long is the waiting list for a knee replacement", {"access"}),
        ("can I bring my own food into the hospital", {"access"}),
        # Paperwork, products and careers.
        ("how do i renew my medicare card", {"access"}),
        ("how do i change my doctor's surgery", {"access"}),
        ("what is the best mattress for back pain", {"access"}),
        ("how do i become a nurse", {"access"}),
        ("can you recommend a good pediatric dentist", {"access"}),
        ("should i change my diet", {"lifestyle"}),
        ("best treatment for acne", {"treatment"}),
        ("can i drink alcohol while taking metronidazole", {"medication"}),  # not a lifestyle question
        ("can i drink coffee while pregnant", {"lifestyle"}),
        ("my cat keeps sneezing, is it a cold", {"animal"}),
        ("can i catch ringworm from my cat", {"causes"}),  # a person's question
        ("can i drink alcohol on antibiotics", {"medication"}),  # a medicine sheet's question
        ("can i drink alcohol with an incompetent cervix", {"medication", "lifestyle"}),  # the article's
        ("should i avoid sex with a weak cervix", {"lifestyle"}),
        ("is it safe to exercise with an incompetent cervix", {"lifestyle"}),
        ("what does it mean if my cervix is incompetent", {"overview"}),
        ("what is the treatment for gout", {"treatment"}),  # a stated type wins over the overview
        ("what are the odds of twins", set()),  # an unknown type is not taken for the overview
        ("incompetent cervix", set()),
        ("can a weak cervix cause miscarriage", {"complications"}),  # consequences, not causes
        ("what stage is my colon cancer", {"stages"}),
        ("any clinical trials for ALS", {"research"}),
        ("how much do hearing aids cost", {"cost"}),
        ("where can i buy a knee brace near me", {"access"}),
        ("where do i go if my waters break", set()),  # asks what to do, not where to buy
        ("how much does laser eye surgery cost near me", {"cost", "access"}),  # names a surgery, asks no treatment
        ("does she need surgery for a torn meniscus", {"treatment"}),
        ("how much water should i drink", set()),
        ("DES medicine and the cervix", set()),  # names a drug, asks no treatment
        ("how can I stop them from coming back", {"prevention"}),  # not a treatment
        ("how can I stop getting kidney stones", {"prevention"}),
        ("how do I stop it getting worse", {"treatment"}),
        ("how do you stop heartburn", {"treatment"}),
        ("when should I worry about a fever in my child", {"doctor"}),
        ("recipe for a low sodium soup", {"access"}),  # no health FAQ answers a recipe
        ("is an insufficient cervix a rare thing", {"frequency"}),
        ("how do i get a copy of my childs vaccination record", {"access"}),  # paperwork, not catching something
        ("how do you get hepatitis", {"causes"}),
        ("at what point do we go in to get checked for a weak cervix", {"doctor"}),
        ("can they do anything to keep her cervix shut", {"treatment"}),
        ("is there anything doctors can do for tinnitus", {"treatment"}),
        ("how much vitamin d should I take daily", {"medication"}),  # a dose: a medicine sheet's question
        ("how many weeks should i take off work", set()),
        # Terse and non-native English: auxiliaries left out, question tags at the end.
        ("why my cervix become weak ah", {"causes"}),
        ("TTP blood disease why happen", {"causes"}),
        ("why not just wait", set()),
        ("why lie on my left side with a weak cervix", {"treatment"}),  # the reason for advice, not a cause
        ("had a D&C last year, now my cervix is weak because of that?", {"causes"}),
        ("this weak cervix problem many people have meh", {"frequency"}),
        ("do many women get cervical insufficiency", {"frequency"}),
        ("incompetent cervix chance how much percent", {"frequency"}),
        ("what i will feel if my cervix is opening", {"symptoms"}),
        ("how doctor know cervix is weak", {"diagnosis"}),
        ("can still go work and carry heavy things or not", {"lifestyle"}),
        ("can husband wife still have relations when cervix weak", {"lifestyle"}),
        ("doctor say my cervix is weak, what is this meaning", {"overview"}),
        ("waardenburg syndrome will pass to my children?", {"inheritance"}),
        ("what medicine can i give to my kids for a cold", set()),  # giving a medicine passes nothing on
        ("when i need to go hospital?", {"doctor"}),
        ("what is the operation for close the cervix?", {"treatment"}),
        ("I have pain right side upper stomach after eat oily food. Is it gallstone? how to know", {"symptoms"}),
        ("how to know more about lupus", {"overview"}),
        ("doctor say IBS. what food i should avoid?", {"lifestyle"}),
        ("doctor found krabbe disease by test. what will happen to him", {"outlook"}),
        # The reason for a treatment or a test is no question of causes.
        ("hematologist say polycythemia vera. Need to take blood out every month, why?", set()),
        ("doctor do ultrasound for measure cervix length, why?", set()),
        ("doctor say my cervix weak why", {"causes"}),
        # Shopping and personal consultations are practical questions no FAQ answers.
        ("I want buy medicine for polycythemia online cheap, where", {"access", "cost"}),
        ("dear doctor can you check my blood test result i attach", {"access"}),
        ("ICD-10 code for hives", {"access"}),
        ("CPT code colonoscopy", {"access"}),
        ("diagnosis code for gout", {"access"}),
        # Asking where information is, is asking for the overview; a name is no question.
        ("where can I find information about Ehlers-Danlos syndrome", {"overview"}),
        ("Literature on retinitis pigmentosa. Please send me any literature you have on RP", {"overview"}),
        ("information request: osteochondritis dissecans in teenage athletes", {"overview"}),
        ("where can i buy a knee brace", {"access"}),
        ("hereditary angioedema treatment", {"treatment"}),
        ("genetic hemochromatosis symptoms", {"symptoms"}),
        ("is hemophilia hereditary", {"inheritance"}),
        ("is it genetic", {"inheritance"}),
        ("cervix weak, the baby will die?", {"complications"}),
        # Yes/no questions and myths.
        ("does everyone with a weak cervix miscarry", {"complications"}),
        ("is it my fault my cervix is weak", {"causes"}),
        ("can you have a weak cervix and feel totally fine", {"symptoms"}),
        ("do only older moms get incompetent cervix", {"risk"}),
        ("I had a cone biopsy a few years ago, does that raise my chances", {"risk"}),
        ("should I ring the maternity unit if I feel pressure down below", {"doctor"}),
        ("does cracking your knuckles give you osteoarthritis", {"complications"}),  # causes once the subject is read
        ("can the doctor give you a shot for it", {"prevention"}),  # a vaccine, not an effect
        ("fatty liver even though I don't drink, is it serious", {"complications"}),
        ("myth: you can't have a normal pregnancy after cervical insufficiency", {"outlook"}),
        ("what do my blood test results mean", {"diagnosis"}),
        # Support staff (their shorthand is written out first, kb/spelling.py).
        ("when to refer pt to dr - weak cervix", {"doctor"}),
        ("hx of cervical tear risk", {"risk"}),
        ("my cervix is short and soft, doctor say incompetent, must do what?", {"treatment"}),
        # Native wording the earlier patterns missed (seed final-12).
        ("does an incompetent cervix hurt", {"symptoms"}),
        ("is a cerclage stitch painful", set()),  # a procedure's pain, not the condition's
        ("is it something i did that made my cervix weak", {"causes"}),
        ("were the drugs my mother took in the 60s to blame for my weak cervix", {"causes"}),
        ("how can they tell my cervix is shortening", {"diagnosis"}),  # they: the doctors
        ("ways to keep the cervix from opening too early", {"treatment"}),
        ("how to keep kidney stones from coming back", {"prevention"}),
        ("what should make me worried enough to ring the hospital", {"doctor"}),
        ("i'm not sure if my symptoms are serious enough to see someone", {"doctor"}),
        ("everyday tips for living with a weak cervix", {"lifestyle"}),
        ("my 5 year old has leukemia, what are the chances of cure for childhood ALL?", {"outlook"}),
        ("cure rate of hodgkin lymphoma", {"outlook"}),
        ("what are the treatment options and chances of cure for AML", {"outlook", "treatment"}),
        ("is there a cure for lupus", {"treatment"}),
        ("what went wrong for my cervix to be weak", {"causes"}),
        ("what do they do when your cervix is weak", {"treatment"}),
        ("what do they do during a cerclage", set()),  # the procedure itself
        ("how do I transfer my medical records to a new doctor", {"access"}),
        ("my child has a fever of 102, when should I take him to the doctor?", {"doctor"}),
        ("can men get breast cancer?", {"risk", "overview"}),  # whom it affects
        ("what are the symptoms of gout, can kids get it", {"symptoms"}),
        ("what is the life expectancy after a heart failure diagnosis", {"outlook"}),  # the diagnosis is background
        ("how is heart failure diagnosed", {"diagnosis"}),
        ("can you recommend a good weight loss pill", {"access"}),
        ("best pregnancy pillow for bed rest?", {"access"}),  # a product, whatever bed rest asks
        ("best exercises for a weak pelvic floor", {"lifestyle"}),
        ("cerclage success stories?", {"experience"}),
        ("short cervix and twins - anyone been through it?", {"experience"}),
        ("how long after cerclage removal did you go into labor?", {"experience"}),
        ("My dad has been diagnosed with COPD. He still smokes. How fast will it get worse?", {"outlook"}),
        ("what should I drink and eat so it doesn't happen again?", {"lifestyle", "prevention"}),
        ("will it happen again in my next pregnancy", {"outlook"}),
        ("his doctor wants a sleep study. What happens during one?", {"diagnosis"}),
        ("My mother's blood pressure is always high. What are the risks for her?", {"complications"}),
        ("what are the risks for incompetent cervix", {"risk"}),
        ("can you give me the number for poison control", {"access"}),  # not "does X give you Y"
        ("how many people get it, what is the number of cases", {"frequency"}),
        ("what is cervical weakness in pregnancy and why does it matter", set()),  # no causes
        ("are many pregnancies affected by a weak cervix", {"frequency"}),
        ("where does an incompetent cervix come from", {"causes"}),
        # Word order carried over from other languages.
        ("my sister cervix opened at 5 month, from where comes this problem", {"causes"}),
        ("where comes this weakness from", {"causes"}),
        ("two lots of surgery on my cervix in my twenties, is that the reason it opened at 19 weeks", {"causes"}),
        ("could that be the cause", {"causes"}),
        # The reason for a measure is not a cause.
        ("is that the reason she needs bed rest", {"lifestyle"}),
        # Looking back on what it was.
        ("looking back 10 years, I never understood what cervical incompetence was when they told me", {"overview"}),
        ("I never knew what a cerclage was", {"treatment"}),
        ("the word incompetent feels so judgemental, what does the condition actually involve", {"overview"}),
        ("what does a cerclage involve", {"treatment"}),
        ("Letter says 'advised pelvic rest'. What does that involve?", {"lifestyle"}),
        ("the pressure down below has got worse since this morning and I have a weak cervix, do I need to be seen today", {"doctor"}),
        ("weak cervix, I've got a gush of warm fluid, ring the ward or wait for my appointment on Friday", {"doctor"}),
        ("options if my cervix starts opening at 20 weeks", {"treatment"}),
        ("what do doctors offer for a cervix that is too weak", {"treatment"}),
        ("how does an incompetent cervix feel different from labour", {"symptoms"}),
        ("how will I feel after the stitch", set()),  # recovery, not how the condition shows
        ("expecting IVF twins - are we likelier to get an incompetent cervix", {"risk"}),
        # What it means for someone is no request for a definition.
        ("my mother took DES, what does that mean for my cervix in pregnancy", set()),
        ("what does incompetent cervix mean", {"overview"}),
        ("what does incompetent cervix mean for my baby", {"overview"}),  # the condition named: what it is, what it leads to
        # A person's question about the cat's litter; a pet's behaviour.
        ("is it true pregnant women shouldn't clean the cat's litter box", set()),
        ("how do I stop my cat scratching the sofa", {"treatment", "animal"}),
        ("Please send me the form to request my medical records.", {"access"}),
        ("Do you accept Medicaid at your Boston office?", {"access"}),
        ("Can you send me a copy of my lab results?", {"access"}),
        ("does medicaid cover dialysis", {"cost"}),
        # Congenital: an inheritance heading answers as well as a causes one.
        ("I can't tell red from green, is that something you're born with", {"causes", "inheritance"}),
        ("is a weak cervix something you're born with", {"causes"}),
        ("trying to conceive, can they check how strong my cervix is", {"diagnosis"}),
        ("how would a cervix weakened by a difficult delivery be handled in my next pregnancy", {"treatment"}),
        ("our first came early because of a weak cervix, what's usually the plan", {"treatment"}),
        ("a client got the diagnosis of cervical incompetence and asked me to explain it", {"overview"}),
        ("does an incompetent cervix cause pain", {"symptoms"}),
        ("a mother lost her baby to an incompetent cervix, how could it have been spotted", {"diagnosis"}),
        ("when should I book a doctor visit if I'm planning a pregnancy", {"doctor"}),
        ("how do I book an appointment", {"access"}),
        # Politeness and coping are not the lifestyle or treatment questions they look like.
        ("is it alright to ask how the pessary for an incompetent cervix works", set()),
        ("is it ok to exercise", {"lifestyle"}),
        ("my spleen was taken out after an accident, can I manage without it", set()),
        ("how to manage diabetes", {"treatment"}),
        ("what are the dangers to an unborn baby from cervical insufficiency", {"complications"}),
        ("what is a cerclage for", {"treatment"}),
        ("what is the ultrasound for", set()),  # a test's purpose is no treatment question
        ("sent home with pelvic pressure, when should I go back in", {"doctor"}),
        ("2am, 21 weeks, heavy pressure down below - wait till morning or go in?", {"doctor"}),
        ("My father had a stroke caused by bleeding in the brain. How is this different from a normal stroke?", {"overview"}),
        ("gallstones but no pain, do they have to come out", {"treatment"}),
        ("what to avoid doing with a weak cervix in pregnancy", {"lifestyle"}),
        ("what to avoid to not catch flu", set()),  # keeping it away is no day-to-day living
        ("are we allowed to be intimate if my cervix is weak", {"lifestyle"}),
        ("am I allowed to bring my husband", set()),
        ("cervix weakened by a cone biopsy, will it hold a pregnancy", {"causes"}),  # the cause, when nothing else is asked
        ("how would a cervix weakened by a difficult delivery be handled in my next pregnancy", {"treatment"}),
        ("droopy eyelids and muscles that tire quickly from myasthenia, can it be controlled", {"treatment"}),
        ("how do I keep my blood sugar under control", {"treatment"}),
        ("is an incompetent cervix just a problem for mums over 35", {"risk"}),
        ("Do you have a pharmacy on site?", {"access"}),
        ("what are pessaries and how are they different from a cerclage", set()),  # treatments compared, not the subject
        ("what patients report with cervical insufficiency", {"symptoms"}),
        ("how would a doctor even know my cervix was incompetent", {"diagnosis"}),
        ("why cervical insufficiency happens", {"causes"}),
        ("why cervix become weak, because I carry heavy things?", {"causes", "lifestyle"}),
        ("help understanding what an incompetent cervix means", {"overview"}),
        ("is tardive dyskinesia reversible?", {"outlook", "treatment"}),
        ("caller heard DES causes a weak cervix, do we have anything", set()),  # what is written, no symptom
        ("my blood sugar is 130, do I have diabetes?", {"symptoms"}),
        ("what it means for the baby", set()),
        ("tell me which women tend to end up with cervical insufficiency", {"risk"}),
        ("what kind of woman will kena weak cervix", {"risk"}),  # Malaysian and Singaporean English
        ("what type of people develop gout", {"risk"}),
        ("last time i do D&C, got higher chance cervix weak or not", {"risk"}),
        ("my sister lost a baby to it, could it happen to me", {"risk"}),
        ("the consultant told my wife her cervix is incompetent and we didn't understand", {"overview"}),
        ("I don't understand why my cervix opened", {"causes"}),
        ("can a D&C cause a weak cervix", {"complications"}),  # search reads it as causes: the effect is the subject
        ("what does a cerclage involve and at what stage is it put in", {"treatment"}),  # the stage: a time in the pregnancy
        ("at what stage is my lung cancer", {"stages"}),
        ("tell me a joke about doctors", {"access"}),
        ("Genetic testing found a CASK mutation in my daughter. What is CASK-related intellectual disability?", set()),
        ("My son had a genetic test last week. What is it for?", {"diagnosis", "inheritance"}),  # "it" is the test named before
        ("how do they suss out if your cervix is weak", {"diagnosis"}),
        ("which lasses get a knackered cervix", {"risk"}),
        ("the bairn's due in June but my cervix is short, how do they sort it", {"treatment"}),
        ("can a dodgy cervix be down to a rough labour last time", {"causes"}),
        ("cervical insufficiency early indicators", {"symptoms"}),
        ("what's a cervical stitch when it's at home", set()),  # the British "what is it", not home remedies
        ("what can I do at home for a weak cervix", {"lifestyle", "treatment"}),
        ("The biopsy found lymphocytic colitis. What is this condition?", {"overview"}),
        ("is a heart murmur in a child something to worry about", {"complications"}),
        ("pressure and watery discharge at 21 weeks. Is this something to worry about?", set()),  # what shows, not the named thing
        ("is a weak cervix a cause for concern", set()),
        ("how they will check cervix length, is it painful", {"diagnosis"}),  # the check's pain, not a symptom
        ("which ladies are getting this weak cervix problem more", {"risk"}),
        ("is it very rare, this cervical insufficiency", {"frequency"}),
        ("my sister-in-law had weak cervix, what precautions to take", {"lifestyle"}),
        ("what precautions against the flu", set()),
        ("I work on my feet all day, is that OK with an incompetent cervix", {"lifestyle"}),
        ("stitch versus ring, which suits a weak cervix", {"treatment"}),  # options weighed
        ("ring pessary vs cerclage stitch, which is less invasive", {"treatment"}),
        ("which works for you, Monday or Tuesday", set()),
        # The sixteenth session's wordings.
        ("I heard only older mums get cervical insufficiency, is that right", {"risk"}),
        ("do younger women get it more", {"risk"}),
        ("after several D&Cs, is my cervix likely damaged for the next pregnancy", {"risk"}),
        ("am i likely to get it", {"risk"}),
        ("is the baby likely to be ok", set()),
        ("people say nothing can be done for a weak cervix, is that so", {"treatment"}),
        ("can anything be done for a weak cervix", {"treatment"}),
        ("which drugs stop contractions", {"treatment"}),
        ("what medicines are used for it", {"treatment"}),
        ("can a doctor tell if my cervix is weak before I get pregnant", {"diagnosis"}),
        ("can the doctor tell me what causes it", {"causes"}),  # telling, not finding out
        ("but what actually is it?", {"overview"}),  # a follow-up that is the whole message
        ("what is it?", {"overview"}),
        ("I have a rash, what is it?", set()),
        ("clotting gene prothrombin 20210 what is it", {"inheritance", "overview"}),
        ("what would I notice", {"symptoms"}),
        ("weak cervix. what i see in my body", {"symptoms"}),
        ("what will i see the doctor about", {"doctor"}),
        ("cerclage... does it actually work...", {"treatment"}),
        ("my doctor blamed pregnancy hormones for my cervix opening, how does that work", set()),
        ("When exactly should I go in?", {"doctor"}),
        ("heavy pressure, wait or go in?", {"doctor"}),
        ("is the baby at risk if I bleed with a weak cervix", {"complications"}),  # what it leads to
        ("did my DES exposure put my baby at risk through a weak cervix", {"risk"}),  # a cause asked about
        ("is my baby at risk of getting it", {"risk"}),
        ("apparently my cervix is weak, thanks for nothing, who even gets this", {"risk"}),
        ("uc flare what to eat", {"lifestyle"}),
        ("what to eat to lower cholesterol", {"treatment"}),
        ("#weakcervix ways to keep the cervix shut", {"treatment"}),
        ("baby can come out too early cause my cervix is weak. what they do", {"treatment"}),
        ("Help! sono says funnelling at 22w - meaning?", {"overview"}),
        ("doctor tell me lie on left side. why", set()),  # why the advice, not what causes it
        ("my doctor said I have gout. why", {"causes"}),
        # "the cause" is a noun, not "can X cause Y"; what could happen is what it leads to.
        ("if it happened in my first pregnancy, could the cause be hormones", {"causes"}),
        ("can an infection cause a weak cervix", {"complications"}),  # the search reads which is the subject
        ("if nobody catches a weak cervix in time, what could happen to the pregnancy", {"complications"}),
        ("what will happen to the baby", {"complications", "outlook"}),
        ("what will happen at my scan", {"diagnosis"}),
        # What a test named found is, not whether the signs are this condition.
        ("the genetic test shows CLN7. What is this disease?", {"overview"}),
        ("my gums bleed when i brush, is that gum disease", {"symptoms"}),
        # Older English, a clinic's shorthand, and a charge asked about.
        ("should I send for the doctor if my waters trickle at 20 weeks", {"doctor"}),
        ("discharge note says 'pelvic rest', what does that mean for me", {"lifestyle"}),
        ("notes say 'modified activity advised' with IC, what should I cut back on", {"lifestyle"}),
        ("Is there a charge for a replacement prescription?", {"cost"}),
        ("will they charge me for a copy of my notes", {"cost"}),
        ("who is in charge of the ward", set()),
        # One thing making another weak: a cause or an effect (the search reads which).
        ("can a D&C make your uterus weak for future pregnancies", {"complications"}),
        ("does bed rest make your cervix stronger", {"lifestyle"}),  # not complications
        ("stitch in the uterus to stop it opening", {"treatment"}),
        ("which trimester does cervical insufficiency happen in", {"overview"}),
        ("which trimester does cervical insufficiency happen in, and what are the signs", {"symptoms"}),
        # Where it comes from is its cause; a claim that one thing can damage another asks
        # what leads to what (the search reads which is the subject).
        ("my aunt says a weak cervix comes from lifting heavy things, is that right", {"causes", "lifestyle"}),
        ("a letter came from the hospital about my scan", {"diagnosis"}),  # the scan, not a cause
        ("does it come from having too much sex", {"causes", "lifestyle"}),
        ("a blog said treatment after a bad pap test can damage the cervix", {"complications", "diagnosis", "treatment"}),
        ("what can cause a weak cervix", {"causes"}),
        # How a measure works is not a cause; restricting activity is day-to-day life.
        ("why does cutting back on sex help", {"lifestyle"}),
        ("why does it happen", {"causes"}),
        ("what's the idea behind restricting activity when the cervix is weak", {"lifestyle"}),
        ("what is the safest activity level with an incompetent cervix", {"lifestyle"}),
        # A student's exam is no examination; investigations are; resting more is day-to-day life.
        ("management options for an incompetent cervix, exam answer", {"treatment"}),
        ("pelvic exam for a weak cervix", {"diagnosis"}),
        ("how is cervical insufficiency investigated - revision notes", {"diagnosis"}),
        ("what investigations confirm cervical insufficiency", {"diagnosis"}),
        ("early in the second trimester, is it worth resting more if my cervix is weak", {"lifestyle"}),
        # Records handed over are a practical matter.
        ("Can I get my MRI images on a disc to take to another hospital?", {"access"}),
        # What happens next, asked at a moment: what is done about it, how soon to be seen,
        # what it is; a scan's finding as the background, whether a measure helps.
        ("scan today showed my cervix is funnelling, what do they usually do now", {"treatment"}),
        ("next steps after being told my cervix is short and opening at 19 weeks", {"treatment"}),
        ("from the moment I notice leaking, how soon should I get checked", {"doctor"}),
        ("newly diagnosed with an incompetent cervix, what even is it", {"overview"}),
        ("I need a cerclage, what actually is it for", set()),  # not what the condition is
        ("feeling heavy down below, does lying on my left side and resting help", {"treatment"}),
        ("does anyone know who can help", set()),
        # Making it stronger: what weakened it (a treatment not had is background), who
        # tends to have it, whether a treatment makes it strong.
        ("my cervix was never fixed last time, what weakened it to begin with", {"causes"}),
        ("what made my cervix so weak", {"causes"}),
        ("was it treated properly", {"treatment"}),
        ("which women tend to have a cervix too feeble to hold a pregnancy", {"risk"}),
        ("will a stitch make my cervix strong enough to carry to term", {"treatment"}),
        # The time since something happened is background: when to phone, whether the
        # treatment works, what happens to the cervix (not the diagnosis had).
        ("three days after my cerclage there's a bit of bleeding, when do I phone", {"doctor"}),
        ("what evidence is there that a cerclage works", {"treatment"}),
        ("right after my diagnosis, what exactly happens to the cervix", {"overview"}),
        ("after my diagnosis, how common is it", {"frequency"}),
        ("what happens to my body in the first trimester", set()),
        # Doubting the doctor and looking back: what is asked stays the question.
        ("the GP brushed off my pelvic pressure at 20 weeks, should I push to be seen", {"doctor"}),
        ("in hindsight, should I have called a doctor when I felt that pelvic pressure", {"doctor"}),
        ("the nurse said it's very common, is it though", {"frequency"}),
        ("they won't put a stitch in until I've lost two babies, what else could be done", {"treatment"}),
        ("the hospital said no need to rest, but are there any activities I should limit", {"lifestyle"}),
        ("my first baby came at 25 weeks after my cervix opened, should I have rested more", {"lifestyle"}),
        ("thinking back, could my LEEP years earlier have made my cervix open", {"causes"}),
        # Urgency, chances and numbers: a ratio asks how common; how likely one thing is to
        # bring on another asks the risk; what a scan found is the situation.
        ("is it 1 in 100 or 1 in 1000 for an incompetent cervix", {"frequency"}),
        ("is a weak cervix a one in a million thing or fairly usual", {"frequency"}),
        ("how likely is a cervical tear in my first birth to make my cervix weak next time", {"risk"}),
        ("how likely is it to have an incompetent cervix", {"frequency"}),
        ("freaking out, mucus-like discharge at 18 weeks, is that cervical insufficiency", {"symptoms"}),
        ("I have a bicornuate uterus, is that linked to cervical insufficiency", set()),
        ("emergency: cervix measuring short at the scan today, what will they do to fix it", {"treatment"}),
        ("what did they look for at the scan", {"diagnosis"}),
        # Work and daily life: an activity off limits or having to stop is a lifestyle question;
        # a manager is no management.
        ("are spin classes off limits with an incompetent cervix", {"lifestyle"}),
        ("does hoovering and scrubbing floors put strain on a weak cervix", {"lifestyle"}),
        ("does carrying my toddler around all day have to stop with a cerclage", {"lifestyle"}),
        ("does the bleeding have to stop before I go in", set()),
        ("what is cervical insufficiency, I need to explain it to my manager", set()),
        ("how to manage a weak cervix", {"treatment"}),
        # Remedies of one's own are lifestyle (the treatment heading may answer too); what
        # doctors actually do is the treatment; not understanding what it is asks what it is.
        ("are there any herbal remedies for a weak cervix", {"lifestyle", "treatment"}),
        ("which home treatments are safe alongside a cerclage", {"lifestyle", "treatment"}),
        ("before trying natural remedies, how would I know if it's really a weak cervix", {"symptoms", "treatment"}),
        ("my aunt swears by acupuncture for a weak cervix, what do doctors actually do", {"treatment"}),
        ("I left the clinic not understanding what an incompetent cervix is", {"overview"}),
        # Without a risk factor, can it still happen (risk); where to find a page on it is no
        # question of access.
        ("if I never had surgery on my cervix, can I still get cervical insufficiency", {"risk"}),
        ("can I still get pregnant after a cerclage", {"overview", "symptoms"}),
        ("where do I find the medically reviewed page about cervical incompetence", set()),
        ("where can I buy a pessary", {"access"}),
        # "How to" in the visitor's words: spotting it and how it shows itself are its signs,
        # getting checked for it its diagnosis, how it became so its causes, calling the
        # doctor the doctor's; becoming pregnant is no cause.
        ("how to spot cervical insufficiency early", {"symptoms"}),
        ("ways an incompetent cervix shows itself", {"symptoms"}),
        ("how to get checked for cervical insufficiency", {"diagnosis"}),
        ("how does a cervix become incompetent in the first place", {"causes"}),
        ("how can I become pregnant after a cerclage", set()),
        ("how did I end up with a weak cervix", {"causes"}),
        ("how does the sac end up bulging through the cervix", set()),
        ("how do doctors spot a weak cervix", set()),
        # Whose scan said it is the background: the question is what it means.
        ("my friend Priya's scan says incompetent cervix, what does that mean", {"overview"}),
        # Whether it is worth a trip or going in sooner asks when to see the doctor; what an
        # operation does, the treatment; whether a named exposure is a risk, the risk (the
        # risks to someone are what it leads to).
        ("is discharge at 20 weeks worth a trip to the doctor", {"doctor"}),
        ("my next check-up is in a month, should I go in earlier for a gush of fluid", {"doctor"}),
        ("is it worth going to the gym with a weak cervix", set()),
        ("the consultant wants to put in a stitch next week, what does the operation do", {"treatment"}),
        ("the doctor asked if my mum took DES, is that a risk for me", {"risk"}),
        ("what are the risks for me", {"complications"}),
        # Whether an activity is bad, or off the table, is day-to-day life; not whether having it is.
        ("is it bad to stand at work all day with a weak cervix", {"lifestyle"}),
        ("what activities are off the table with an incompetent cervix", {"lifestyle"}),
        ("is it bad to have an incompetent cervix", set()),
        # What shows: noticing nothing asks the signs (not feeling nothing as background).
        ("is it possible to have an incompetent cervix and notice nothing", {"symptoms"}),
        # What is behind something is its cause.
        ("might a synthetic estrogen given to my mum in the 1960s be behind my cervix opening early", {"causes"}),
        # Cutting back on something and kneeling are day-to-day life.
        ("would cutting back on running possibly make a difference for a weak cervix", {"treatment", "lifestyle"}),
        ("can I still kneel to pray five times a day with an incompetent cervix", {"lifestyle"}),
        # Passing it to another child is inheriting it.
        ("the array showed Potocki-Shaffer syndrome. Could we pass it to another child?", {"inheritance"}),
        # A visitor who corrects themselves asks what follows the correction.
        ("how do they diagnose, no wait, how do they treat a weak cervix", {"treatment"}),
        ("what causes, sorry, what are the signs of an incompetent cervix", {"symptoms"}),
        ("is there a cure, actually scratch that, how do they find out you have a weak cervix", {"diagnosis"}),
        # Why a doctor does something, or the reason for a measure, asks no cause (measuring
        # is a test); the reason for having a condition still does.
        ("why would they measure my cervix with an ultrasound", {"diagnosis"}),
        ("what's the reason for taking the stitch out before delivery", set()),
        ("what's the reason for having a weak cervix", {"causes"}),
        # What goes wrong when one has it is what it is; what went wrong for it to happen, a cause.
        ("what does the cervix do normally, and what goes wrong when it's incompetent", {"overview"}),
        ("what went wrong for my cervix to be weak", {"causes"}),
        # Why it brings a sign asks the signs; why it makes one more likely to get it, the risk.
        ("why does a weak cervix make you pee so often", {"symptoms"}),
        ("why does a D&C make you more likely to get a weak cervix", {"causes", "risk"}),
        # Idioms: par for the course, plan B, at the root of, the firing line, the bottom of,
        # the luck of the draw.
        ("is a weak cervix par for the course in pregnancy or a rare bird", {"frequency"}),
        ("what's plan B if my cervix starts giving up the ghost at 20 weeks", {"treatment"}),
        ("what's at the root of an incompetent cervix", {"causes"}),
        ("am I in the firing line for a weak cervix after two D&Cs", {"risk"}),
        ("how do doctors get to the bottom of whether a cervix is weak", {"diagnosis"}),
        ("is a weak cervix just the luck of the draw or is there a reason", {"causes"}),
        # Questions inside statements, in statement order.
        ("please tell me what they can do about a cervix that opens too early", {"treatment"}),
        ("do you happen to know if a pessary works for a weak cervix", {"treatment"}),
        ("I keep wondering how a cervix ends up too weak to stay shut", {"causes"}),
        ("I want to know which of my hobbies have to go with an incompetent cervix", {"lifestyle"}),
        # Time a treatment buys is no purchase; buying something is.
        ("what are the contraction-stopping drugs meant to buy when the cervix is weak", set()),
        ("can a stitch buy some time for a weak cervix", set()),
        ("where can I buy a pessary", {"access"}),
        # Australian and New Zealand English.
        ("me partner's cervix is insufficient according to the midwife, what's the go with that", {"overview"}),
        ("can I still go bush walking with an incompetent cervix", {"lifestyle"}),
        ("do I have to chuck a sickie for the rest of the pregnancy with a weak cervix", {"lifestyle"}),
        ("what'll the hospital do to keep me cervix shut till the bub's due", {"treatment"}),
        # Whether something was the cause: the activity named is the suspect, not day-to-day life.
        ("was it the hard yakka lifting at work that made my cervix weak", {"causes"}),
        # What explains it is its cause; explaining it to someone is not.
        ("what are some of the things that partly explain an incompetent cervix", {"causes"}),
        ("can you explain it to me simply", set()),
        # How serious it is asks what it leads to; how bad the pain is does not.
        ("how serious is an incompetent cervix", {"complications"}),
        ("how bad is it to have a weak cervix in pregnancy", {"complications"}),
        ("can an incompetent cervix be life-threatening for my pregnancy", {"complications"}),
        ("what's the worst that can happen with an incompetent cervix", {"complications"}),
        ("how bad is the pain after a cerclage", set()),
        # Forum wording: anyone else with one thing who ends up with another asks the risk.
        ("anyone else with a history of D&Cs end up with a weak cervix", {"risk"}),
        ("anyone else with a uterine abnormality also have an incompetent cervix", {"risk"}),
        # How long a treatment named first stays in.
        ("the cerclage (stitch) - how long does it stay in", {"treatment"}),
        # Irish English: "be after causing", "be checking", "taking it handy".
        ("what would be after causing my cervix to open early", {"causes"}),
        ("what could be causing my dizziness", set()),
        ("how would they be checking if the cervix is weak, like", {"diagnosis"}),
        ("is it something I did, giving out about my back and lifting the whole time, that made my cervix weak", {"causes"}),
        # Euphemisms: close as a couple; what stops the baby coming away.
        ("can we still be close as a couple, you know, with a weak cervix", {"lifestyle"}),
        ("is the stitch what stops the baby coming away too early", {"treatment"}),
        # What the doctors said, then "what is it": the thing said.
        ("we said goodbye to our son, the doctors said weak cervix, what is it", {"overview"}),
        # Whether one's children get it is inheritance, unless someone no blood relative has it.
        ("the doctor says van der Woude syndrome. Will my children get it?", {"inheritance"}),
        ("my husband has shingles, will my children get it", set()),
        # Checking something with a scan is a test; checking one's scan results a consultation.
        ("instead of an internal exam, can they check my cervix with a scan", {"diagnosis"}),
        ("can you check my scan results", {"access"}),
        # The passive: a cause asked after its agent, a doctor to be contacted.
        ("by what is an incompetent cervix caused", {"causes"}),
        ("at what point should a doctor be contacted about pelvic pressure", {"doctor"}),
        ("should the midwife be called if I bleed", {"doctor"}),
        # A treatment named by who gives it; not a test.
        ("is it the stitch they give you for a weak cervix", {"treatment"}),
        ("the scan they do for a weak cervix", {"diagnosis"}),
        ("what'll they do about my cervix opening at 20 weeks", {"treatment"}),
        # Whether something past did the harm asks the cause.
        ("did my last labour wreck my cervix", {"causes"}),
        ("they said my cervix is short, how do they measure it", {"diagnosis"}),
        ("can I still go to my work with an incompetent cervix", {"lifestyle"}),
        ("will I have to stay in my bed the whole time", {"lifestyle"}),
        # Translation is a service, not information.
        ("Translate 'cervical cerclage' into Spanish", {"access"}),
        ("how do you say incompetent cervix in Tagalog", {"access"}),
        # Records sent are a service, not what they mean.
        ("can you email me my last EKG result", {"access"}),
        # Why, in other words; the question word last.
        ("how come some gals end up with an incompetent cervix", {"causes"}),
        ("women get an incompetent cervix from what", {"causes"}),
        ("the stitch goes in at how many weeks", {"treatment"}),
        ("after the pessary goes in, am I still allowed to have sex", {"lifestyle"}),
        ("surely there's something they can do about a cervix opening early", {"treatment"}),
        ("can I still tend my garden with a weak cervix", {"lifestyle"}),
        # A question the visitor means to ask the doctor is no question of when to see one.
        ("going to ask my OB what the signs of a weak cervix are", {"symptoms"}),
        ("should I ask my OB", {"doctor"}),
        # Spoken fillers ask nothing.
        ("hmm can you like get it from a D&C or whatever", {"causes"}),
        ("okay so um how do they, like, test for cervical insufficiency", {"diagnosis"}),
        ("how would one know one's cervix is weak", {"symptoms"}),
        # Getting oneself to the doctor is the doctor question, not self-care.
        ("when should I get myself to the doctor with my cervix", {"doctor"}),
        ("what can i do myself to manage it", {"treatment", "lifestyle"}),
        # What a doctor named by their role can do is the treatment.
        ("what can the gynae do for a weak cervix", {"treatment"}),
        ("what will the gynaecologist do about my cervix", {"treatment"}),
        # "is it common" before the subject, with or without a comma.
        ("is it very common is this incompetent cervix", {"frequency"}),
        ("is it very common, incompetent cervix", {"frequency"}),
        ("is it common, what should i do", {"treatment"}),
        # What a thing put in is for is the treatment; what a test is for, its diagnosis.
        ("they're talking about putting a ring in there, what's that for", {"treatment"}),
        ("they booked me a scan, what's that for", {"diagnosis"}),
        # Whether something done before did it asks the cause.
        ("could the operation I had on my cervix have done it", {"causes"}),
        ("did the D&C do this?", {"causes"}),
        ("how do they do it", set()),
        # What it will do to the baby is what it leads to.
        ("what'll incompetent cervix do to the baby", {"complications"}),
        # The gym, and resting on the sofa for months, are day-to-day life.
        ("can I still go to the gym with a weak cervix", {"lifestyle"}),
        ("will I have to lie on the sofa for months", {"lifestyle"}),
        # Where to go, going back, and how a family doctor figures it out.
        ("should I go to the walk-in clinic or straight to the emergency room", {"doctor"}),
        ("CL 25mm at 18+6, when should I go back to the doctor", {"doctor"}),
        ("how would my family doctor figure out if my cervix is weak", {"diagnosis"}),
        # "why" with the subject before an opening or shortening verb asks the cause.
        ("why cervix opens early in pregnancy", {"causes"}),
        # Paying in instalments is the cost.
        ("an orthodontist who takes payment plans for braces", {"cost"}),
        # Closing tags of London and West Africa are no part of the question.
        ("the ring they put in, does it actually work innit", {"treatment"}),
        ("is it common or nah", {"frequency"}),
        # "can I be doing my work" is day-to-day life.
        ("can I be doing my work at the market with weak cervix", {"lifestyle"}),
        # A brother or sister having it too is inheritance; "genetic" in a name asked about is not.
        ("Could his younger brother have it too?", {"inheritance"}),
        ("What are mitochondrial genetic disorders?", set()),
        ("what are the chances it is genetic", {"inheritance"}),
        # Word for word from other languages: the reason of, the frequency, the regime of life.
        ("what is the reason of opening the cervix before the time", {"causes"}),
        ("how much is the frequency of this disease", {"frequency"}),
        ("which regime of life is recommended to the pregnant", {"lifestyle"}),
        # A visit already planned asks nothing of the doctor.
        ("how they are treating a weak cervix, going to see my OB Monday", {"treatment"}),
        ("I'm going to see my doctor, what causes it", {"causes"}),
        # A device named, then "what's that about"; a link asked.
        ("the ring they push up there for your cervix, what's that about", {"treatment"}),
        ("a D&C and then a weak cervix, is there a link", {"causes", "risk"}),
        # Passing it to one's own children; features named last.
        ("Could she pass it on to her own children?", {"inheritance"}),
        ("acromesomelic dysplasia maroteaux type features", {"symptoms"}),
        # A letter's greeting and sign-off ask nothing; its closing "what is that" asks the overview.
        ("Dear doctor, can I continue my office work with an incompetent cervix? Stay blessed.", {"lifestyle"}),
        ("Good evening doctor. My scan shows an incompetent cervix. What is that exactly? Thank you and God bless.", {"overview"}),
        ("Hello. Please is sex safe with cervical insufficiency? Sorry for asking. Thanks.", {"lifestyle"}),
        # How a specialist finds out; a diagnosis stated, then what it is.
        ("how the gynecologist finds out that the cervix is insufficient", {"diagnosis"}),
        ("the current diagnosis is cervical insufficiency, explain to me please what is", {"overview"}),
        # As Chinese speakers write it: "because of what reason", "many people have or very few".
        ("cervix open too early is because of what reason", {"causes"}),
        ("this incompetent cervix is many people have or very few", {"frequency"}),
        # From a parent: inheritance.
        ("He was diagnosed with ornithine transcarbamylase deficiency. Did he get it from me?", {"inheritance"}),
        ("My husband has the same nails. Could he have passed it on?", {"inheritance"}),
        # What can do the harm is a cause; what did it once is left to the rest ("was it the D&C").
        ("what surgery can weaken the cervix", {"causes"}),
        ("the surgery on the cervix after a bad smear that can weaken it later", {"causes"}),
        ("I'm so angry, was it the D&C that damaged my cervix", set()),
        # How it is picked up; happening again in another pregnancy (passed on).
        ("GP trainee wants a plain explanation of how cervical insufficiency is picked up", {"diagnosis"}),
        ("We lost our baby to renal tubular dysgenesis. Could it happen again in another pregnancy?", {"inheritance", "outlook"}),
        ("could a weak cervix happen again in my next pregnancy", {"outlook"}),
        # The cause asked with the question word last.
        ("cervical insufficiency cause is what", {"causes"}),
        # Everyday activities judged: whether one may keep doing them.
        ("is a long car drive ok with a weak cervix", {"lifestyle"}),
        ("is dancing at a wedding a bad idea with a weak cervix", {"lifestyle"}),
        ("lengths at the pool twice a week, still allowed with cervical insufficiency?", {"lifestyle"}),
        ("can I ride my bike to work with cervical insufficiency", {"lifestyle"}),
        ("can I take a hot bath with a cerclage in", {"lifestyle"}),
        # A tool named "symptom checker" asks nothing about signs.
        ("the symptom checker said to see a doctor about pelvic pressure, how urgent is that", {"doctor"}),
        # Whether a device shows it; which things lead to it; a closing "should I go in".
        ("can a home doppler tell me if my cervix is weak", {"diagnosis"}),
        ("which things do NOT lead to an incompetent cervix and which do", {"causes"}),
        ("#spotting #20weeks #weakcervix should I go in", {"doctor"}),
        # The scan is when it was found; what the rest asks is the question.
        ("got told I have cervical inefficiency at my 20 week scan, explain it to me", {"overview"}),
        # "The reason behind" a condition is its cause; not the reason behind a step taken.
        ("what is the reason behind an in competent cervix happening", {"causes"}),
        ("the reason behind taking the stitch out", set()),
        # Which symptoms a disease causes asks its symptoms, not its causes.
        ("My father has gamma heavy chain disease. What other symptoms can this disease cause?", {"symptoms"}),
        ("which signs does gout cause", {"symptoms"}),
        ("what complications can gout cause", {"complications", "causes"}),
        # A child asking about a mother: a relative could get it too; what check doctors do;
        # why she has to stop (the restriction, not the cause); "does that mean" a clause.
        ("my aunt had a weak cervix, does that mean my mom could get one too", {"inheritance"}),
        ("what check do doctors do to see if my mom's cervix is weak, she is scared", {"diagnosis"}),
        ("what procedures do they do to close the cervix", set()),
        ("my mom cant lift me anymore because of her cervix, why does she have to stop", {"lifestyle"}),
        ("why does my cervix open early", {"causes"}),
        ("I have a short cervix, does that mean the baby will come early", set()),
        ("does that mean what I think", {"overview"}),
        # How a child got it when neither parent has it asks how it passes down.
        ("Our son has MNGIE, with weight loss and bowel problems. Neither of us is ill. How did he get it?", {"causes", "inheritance"}),
        ("what causes MNGIE", {"causes"}),
        # "What does that mean" after a device or operation is named asks what it is (the
        # treatment); after a condition, the overview.
        ("the doctor said they will tie the cervix, what does that mean", {"treatment"}),
        ("they want to put in a stitch, what does it mean", {"treatment"}),
        ("they said my cervix is short, what does that mean", {"overview"}),
        # What a device does, after other people's stories are asked; information asked
        # about an operation or a device; why an operation is done.
        ("Hi everyone, has anyone had a pessary for a weak cervix, what does it do?", {"experience", "treatment"}),
        ("has anyone had a pessary for a weak cervix?", {"experience"}),
        ("Good afternoon, I would be grateful for information on cervical cerclage for incompetent cervix. Kind regards, Maria", {"treatment"}),
        ("tell me about the pessary", {"treatment"}),
        ("I dont understand what a cerclage is", {"treatment"}),
        # Everyday changes are day-to-day life; how doctors pick it up, the tests (not
        # picking up a toddler).
        ("as a wheelchair user, what everyday changes might help me manage an incompetent cervix", {"lifestyle", "treatment"}),
        ("chatgpt says the cervix can open without pain, so how do doctors pick it up", {"diagnosis"}),
        ("can I pick up my toddler with a weak cervix", set()),
        # Why pets do what they do is a question about animals.
        ("why do cats knead blankets", {"animal", "causes"}),
        ("why do cats carry toxoplasmosis", {"causes"}),
        ("tell me about incompetent cervix", {"overview"}),
        ("writing a scene where a surgeon stitches the cervix shut, what is that procedure called and why is it done", {"treatment"}),
        ("they did surgery on my cervix, why is it weak now", {"causes"}),
        # A real diagnosis doubts the condition; how one is made asks the tests.
        ("my doctor used the phrase incompetent cervix and I nearly laughed, is that a real diagnosis, what is it", {"overview"}),
        ("is incompetent cervix a real diagnosis", {"overview"}),
        ("how is a real diagnosis made", {"diagnosis"}),
        # What share of pregnancies end up with it.
        ("Quick one before my shift: out of all pregnancies, what share end up with a weak cervix? Ta", {"frequency"}),
        # What a described sign points to asks which condition it is.
        ("quiz: painless cervical dilation in the second trimester with a bulging sac is a sign of what", {"overview"}),
        ("what are the signs of a weak cervix", {"symptoms"}),
        # Treatments weighed, what one is for, and what the hospital is going to do.
        ("open cervix @ 22w > stitch or ring??", {"treatment"}),
        ("pessary vs meds vs bed rest, what do people get", {"treatment", "lifestyle"}),
        ("purpose of a McDonald cerclage in the second trimester", {"treatment"}),
        ("wife's cervix opening at 21 weeks, what are the hospital going to do for her", {"treatment"}),
        ("apart from lying down, is there any other solution for weak cervix", {"treatment"}),
        ("short cervix at my scan, is it progesterone or a stitch they give", {"diagnosis", "treatment"}),
        # What happens, and in which window, is what the condition is.
        ("IC @ 4-6 mo, what happens exactly", {"overview"}),
        ("in what gestational window does an incompetent cervix typically dilate", {"overview"}),
        # A check that shows it is a test; checking the cervix at scans is no consultation.
        ("is there a pre-pregnancy check that shows a weak cervix", {"diagnosis"}),
        ("I had a D&C after my missed miscarriage, will they check my cervix at scans", {"diagnosis"}),
        ("can you check my scan results I attached", {"access"}),
        ("what make cervix weak", {"causes"}),
        # Caribbean English's "what bring on"; what sets a woman up for it is a risk.
        ("what bring on weak cervix in the first place", {"causes"}),
        ("what sets a woman up for cervical insufficiency", {"risk"}),
        # "can X make the cervix open" (the search reads which is the subject).
        ("can a heart-shaped uterus make the cervix open before its time", {"complications"}),
        ("did too much sex cause my cervix to weaken", {"causes", "lifestyle"}),
        # Work and everyday activity.
        ("does an incompetent cervix mean signing off work until the baby comes", {"lifestyle"}),
        ("I'm a teacher, can I still stand all day in class with a weak cervix", {"lifestyle"}),
        ("can i still hit the gym w a weak cervix", {"lifestyle"}),
        ("can I still go for a surf with a weak cervix", {"lifestyle"}),
        ("can I still do a bit of hoovering with the stitch in", {"lifestyle"}),
        ("picking orders and carrying crates on a weak cervix", {"lifestyle"}),
        ("are they still sending women to bed with an incompetent cervix these days", {"lifestyle"}),
        ("She says she works in the fields, can she continue with a weak cervix", {"lifestyle"}),
        ("24 wks with cervical stitch can i walk 30 mins a day", {"lifestyle"}),
        # Allowed near is no place nearby; a pharmacy near me is.
        ("Weak cervix. Is my husband allowed near me?", {"lifestyle"}),
        ("pharmacy near me", {"access"}),
        # When to see the doctor, in clinicians' and British words.
        ("indications for referral, cervical insufficiency", {"doctor"}),
        ("at what point is it a go-to-the-dr thing with a weak cervix", {"doctor"}),
        ("at what stage do I phone the surgery about a weak cervix", {"doctor"}),
        ("Cervical insufficiency. At what point do I call?", {"doctor"}),
        # How it presents; how the doctors pick it up.
        ("cervical incompetency how does it present in the mother", {"symptoms"}),
        ("how does she present this to the board", set()),
        ("what do the obs do to pick up a weak cervix", {"diagnosis"}),
        ("Weak cervix suspected. Speculum, probe, what happens at the appointment?", {"diagnosis"}),
        # What a name means, asked without the helper verb.
        ("my doctor say I have incompetent cervix, what that mean", {"overview"}),
        ("Cervix measured short at the anatomy scan. Incompetent cervix, meaning what?", {"overview"}),
        ("what that means for the baby", set()),
        # Lying flat for months is bed rest.
        ("does my daughter really have to lie flat for months with an incompetent cervix", {"lifestyle"}),
        # Sex as what to do, not when a sign came.
        ("bleeding after sex at 18 weeks, could that be an incompetent cervix", set()),
        ("can my partner finish inside me if I have an incompetent cervix", {"lifestyle"}),
        ("can using a vibrator hurt an incompetent cervix", {"lifestyle"}),
        ("cramping after sex with a cerclage, should I see the doctor", {"doctor"}),
        # Timing: too late for a treatment, whether anything can still be done, how early they can tell.
        ("is it too late for a cerclage at 24 weeks", {"treatment"}),
        ("can they still do something for an open cervix at 23 weeks", {"treatment"}),
        ("cerclage rationale", {"treatment"}),
        ("how early in pregnancy can they tell my cervix is weak", {"diagnosis"}),
        # A treatment's purpose, how a condition shows, a relative's condition, a second doctor.
        ("the doctor said maybe they put a ring, what is this pessary for the cervix", {"treatment"}),
        ("my waters went at 19 weeks with no warning, is that how incompetent cervix shows", {"symptoms"}),
        ("my older sister had a weak cervix, does that mean i will too", {"inheritance"}),
        ("do they put a stitch in and how long does it stay", {"treatment"}),
        ("what really makes a cervix too weak to stay shut", {"causes"}),
        ("when should go see gynae if feel pressure below", {"doctor"}),
        ("no bleeding but worried, do I need to see a doctor about my cervix", {"doctor"}),
        ("they took a cone of tissue from her cervix, will her cervix be weak now", {"risk"}),
        ("the doctor is on holiday, should I see another doctor for these symptoms", {"doctor"}),
        # Keeping on with work or sport; not a medicine taken.
        ("im in the army with an incompetent cervix, can i still do field training", {"lifestyle"}),
        ("athlete with a weak cervix, do I stop running", {"lifestyle"}),
        ("do I stop taking my progesterone", set()),
        ("flight attendant with a cerclage, am I ok to keep flying long haul", {"lifestyle"}),
        ("nurse on 12 hour shifts, does a weak cervix mean I need to cut my hours", {"lifestyle"}),
        ("any tips to manage at work with cervical insufficiency", {"lifestyle"}),
        # A habit said to do the harm, a link asked, what was done that may have done it.
        ("my aunty says eating papaya causes an incompetent cervix, is she right", {"causes"}),
        ("heard that drinking cold water weakens your cervix, true?", {"causes"}),
        ("can bleeding cause a miscarriage", {"complications"}),
        ("work in a nail salon, is there a link between my job and incompetent cervix", {"causes", "risk"}),
        ("lifting feed bags all day, could that have caused my cervix to open early", {"causes"}),
        ("did i do something to make my cervix incompetent", {"causes"}),
        ("does that make my cervix incompetent", {"complications"}),
        # From a parent; who gets it; a hint; what doctors even do.
        ("if it is hypokalemic periodic paralysis, did I get it from my dad?", {"inheritance"}),
        ("is it true that only women who had many babies get incompetent cervix", {"risk", "overview"}),
        ("running to the loo constantly hints at cervical insufficiency", {"symptoms"}),
        ("what do doctors even do for a cervix that's too weak", {"treatment"}),
        ("heard lying on your left side helps with an incompetent cervix, is that a real thing", {"treatment"}),
        ("pain on my left side at 20 weeks", set()),
        # Scottish English, students' and employers' wordings (final-315…317).
        ("did the operation on my cervix after a bad smear make it weak", {"causes"}),
        ("is it the DES my mum took that's done this to my cervix", {"causes"}),
        ("can I still go out for a walk with an incompetent cervix", {"lifestyle"}),
        ("our girl keeps picking up her two-year-old, is that wise with an incompetent cervix", {"lifestyle"}),
        ("I stand at a till all day, should I limit that with cervical insufficiency", {"lifestyle"}),
        ("what self-management would a community midwife suggest for cervical insufficiency", {"lifestyle"}),
        ("does a weak cervix skip a generation", {"inheritance"}),
        ("in an exam, what would a patient with an insufficient cervix tell me she'd noticed", {"symptoms"}),
        ("what complaints bring a woman with an incompetent cervix in around 20 weeks", {"symptoms"}),
        # Forum and learners' wordings (final-321, 322); "other" and "further" end in "her ".
        ("trying to conceive again, what will they do to keep the next baby in", {"treatment"}),
        ("how did you ladies find out you had an incompetent cervix before anything went wrong", {"diagnosis"}),
        ("what happens with an incompetent cervix in pregnancy, please explain like I'm 5", {"overview"}),
        ("which things I will sense in the body if the cervix is not competent", {"symptoms"}),
        ("what other signs go with epidermolytic palmoplantar keratoderma", {"symptoms"}),
        ("any further symptoms of gout", {"symptoms"}),
        ("her symptoms are getting worse", set()),
        ("I'm 16 and just found out I have type 1 diabetes, what do teens need to know", set()),
        ("pt G3P0, 2x 2nd trimester losses, asking what incompetent cervix is", {"overview"}),
        ("husband and I just got told I have an incompetent cervix after our angel at 19w, what even is that", {"overview"}),
        ("what exactly is that for", set()),
        # Who gets it; what would warn (final-319, 320).
        ("facebook group says every woman who had a LEEP gets a weak cervix, true?", {"risk", "overview"}),
        ("a full day's travel to any doctor, so what would warn me my cervix is starting to open", {"symptoms"}),
        # Family-building routes and measurements (final-323, 324).
        ("first baby at 44, what would my body do if the cervix started to give way", {"symptoms"}),
        ("my cervix went from 35 mm to 15 mm in two weeks, what is happening", {"overview"}),
        ("below how many millimetres does the sonographer call a cervix incompetent", {"diagnosis"}),
        ("how often should the cervix be scanned after a loss at 21 weeks", {"diagnosis"}),
        ("how often does an incompetent cervix happen", {"frequency"}),
        ("is cervical insufficiency something most obstetricians see every week or only now and then", {"frequency"}),
        ("mucus discharge increased a lot at 19 weeks, could that be from my cervix opening", {"symptoms"}),
        ("pelvic pressure at 20 weeks, could the D&C have caused my cervix to open", {"causes"}),
        ("the woman carrying our embryo says she's spotting, does she need to get checked", {"doctor"}),
        ("our newborn had a twisted small bowel they called apple peel jejunal atresia, how did this happen", {"causes"}),
        # Doubt and chatbot-style prompts (final-325, 326).
        ("why won't my doctor just put a cerclage in", {"causes", "treatment"}),
        ("is it true there's nothing they can do for an incompetent cervix", {"treatment"}),
        ("is a pessary just a cheaper option than a stitch or does it actually do something", {"cost", "treatment"}),
        ("why didn't anyone check my cervix before I lost the baby", {"diagnosis"}),
        ("my mother-in-law insists a lazy cervix is an old wives' tale, is it a genuine condition", {"overview"}),
        ("format as bullets - the body's warning signals when the cervix starts failing", {"symptoms"}),
        ("name the procedures used to confirm it, one word each - weak cervix", {"diagnosis"}),
        # A sign happening now, then what to do: the doctor, not the treatments.
        ("at 23 weeks I've had a gush of warm fluid twice today, what should I do", {"doctor"}),
        ("what should I do at home with a weak cervix", {"lifestyle", "treatment"}),
        # Australian, Irish and phonetic spellings (final-333 … 335).
        ("would they give you a stitch for a weak cervix", {"treatment"}),
        ("will the doctor give me a pessary", {"treatment"}),
        ("can stress give you a weak cervix", {"complications"}),  # a thing that gives, not a doctor
        ("wanting to keep doing my netball with a short cervix", {"lifestyle"}),
        ("can I keep playing tennis", {"lifestyle"}),
        ("what sets a woman up for cervical insufficiency, keen to suss it out", {"risk"}),  # the visitor sussing, not a doctor
        ("what is a cerclage and is it safe at 46", {"treatment"}),  # a device's safety
        ("is it safe to orgasm with a cervical stitch", {"lifestyle"}),
        # Euphemism and faith as the background (final-338, 339).
        ("can hubby and me still do the deed with a weak cervix", {"lifestyle"}),
        ("are bedroom activities off the cards with cervical insufficiency", {"lifestyle"}),
        ("can I still fast in Ramadan with a weak cervix and a stitch in", {"lifestyle"}),
        ("what's the little rubber thing they put up your hoo-ha to hold the cervix", {"treatment"}),
        # A test under way is the situation, not the question.
        ("the doctors are testing for Wiskott-Aldrich syndrome, what causes it genetically", {"causes"}),
        ("they are testing her for lupus, how is it diagnosed", {"diagnosis"}),
        # A sign that eases with something is described, not the outlook asked.
        ("twisting of her neck that gets better with alcohol, they said myoclonus-dystonia, what causes it", {"causes"}),
        ("does it get better with age", {"outlook"}),
        ("how to spel cervix", {"access"}),  # the word, not the subject
        ("how do you pronounce cerclage", {"access"}),
        ("is it spelt cerclage or serclage", {"access"}),
        ("how do you pronounce cerclage and what is it", {"access", "overview"}),
        # A genetic test's finding is the background; the closing question is the question.
        ("born with ambiguous genitals and genetic testing points to 17-beta hydroxysteroid dehydrogenase 3 deficiency, what is this condition", {"overview"}),
        ("what genetic testing is done for marfan", {"diagnosis", "inheritance"}),
    ],
)
def test_query_types(query, expected):
    assert set(query_types(query)) == expected


def test_an_outlook_heading_answers_what_a_condition_leads_to():
    """NINDS and cancer.gov have no complications heading; their outlook says it."""
    assert heading_types("What is the outlook for Febrile Seizures ?") == {"outlook", "complications"}


def test_every_seed_heading_has_a_type():
    from kb.article import parse_article

    article = parse_article(SEED_ARTICLE.read_text(encoding="utf-8"), SEED_ARTICLE.name)
    types = {p.question: heading_types(p.question) for p in article.passages}
    assert types["What is incompetent cervix?"] == {"overview"}
    assert types["How common is incompetent cervix?"] == {"frequency"}
    assert types["What increases my risk for incompetent cervix?"] == {"risk"}
    assert types["When should I see my doctor?"] == {"doctor"}
    lifestyle = "What are some lifestyle changes or home remedies that can help me manage incompetent cervix?"
    # Day-to-day living, not the medical treatment ("how do you fix a cervix that opens too early").
    assert types[lifestyle] == {"lifestyle"}
    assert types["How is incompetent cervix treated?"] == {"treatment"}
    assert all(types.values())


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("How many people are affected by Gilbert syndrome ?", "frequency"),
        ("What are the genetic changes related to celiac disease ?", "inheritance"),
        ("Is Silver syndrome inherited ?", "inheritance"),
        ("How to diagnose Hemorrhoids ?", "diagnosis"),
        ("What is (are) Gout ?", "overview"),
        ("Do you have information about Laser Eye Surgery", "overview"),
        ("What are the complications of Machado-Joseph Disease ?", "complications"),
        ("What are the stages of Colon Cancer ?", "stages"),
        ("what research (or clinical trials) is being done for Stroke ?", "research"),
        ("Where to find support for people with Anemia ?", "access"),
        ("Who is at risk for Glaucoma? ?", "risk"),
        ("What to do for Hypothyroidism ?", "lifestyle"),  # NIDDK: eating, diet and nutrition
    ],
)
def test_medquad_headings(heading, expected):
    assert heading_types(heading) == ({expected} if expected else set())


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("how much is an mri scan", True),
        ("price of cataract surgery", True),
        ("my hearing is going, what treatments are there and are hearing aids expensive", False),
        ("what is an mri scan", False),
    ],
)
def test_a_question_opening_with_a_price(query, expected):
    assert asks_cost_first(query) is expected


@pytest.mark.parametrize(
    ("query", "question"),
    [
        ("how do i treat gout", None),  # one sentence: the query is the question
        ("My dad is 72. He forgets things. What are the early signs of Alzheimers?", "What are the early signs of Alzheimers?"),
        ("I have had pain for weeks. Is it gout? Thanks, Mary", "Is it gout?"),
        ("Hi. Is it bad?", None),  # a one-word greeting is no sentence
    ],
)
def test_the_last_question_of_a_message(query, question):
    assert last_question(query) == question


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        # The last question decides; the background asks nothing.
        ("I passed a kidney stone last year and I am terrified of getting another one. How can I stop them coming back?", {"prevention"}),
        ("I have Ehlers Danlos and want to get pregnant next year. My doctor says my cervix might be affected. Is that a known thing?", set()),
        # A last question that asks no type leaves the message's types.
        ("What are the symptoms of shingles? My mum has a rash on her back. Is it that?", {"symptoms"}),
    ],
)
def test_a_message_is_typed_by_its_last_question(message, expected):
    assert set(query_types(message)) == expected


def test_an_arrow_asks_whether_one_thing_leads_to_another():
    assert arrow_asked("D&C -> weak cervix later??") == "can D&C lead to weak cervix later??"
    assert query_types("D&C -> weak cervix later??") == {"complications"}
    assert arrow_asked("smoking → lung cancer?") == "can smoking lead to lung cancer?"
    # An arrow to a question, or to what is asked about it, is read as it stands.
    for query in ("weak cervix -> what tests?", "cervical insufficiency → treatment options", "a -> b -> c"):
        assert arrow_asked(query) == query


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        # After a statement, "but" and a question word: the clause is the question.
        ("nobody is to blame, but what actually is an incompetent cervix", "what actually is an incompetent cervix"),
        ("my doctor blamed bad luck, but what really causes an incompetent cervix", "what really causes an incompetent cervix"),
        # A clause that leans on the statement ("it") does not stand alone.
        ("I know it is rare, but how is it treated", None),
        # A question before "but" is the question already; no "but", no clause.
        ("why is bed rest prescribed, but how long for", None),
        ("I blame myself for missing the signs, what are the symptoms", None),
    ],
)
def test_the_question_a_sentence_closes_with(sentence, clause):
    assert closing_clause_question(sentence) == clause


def test_a_statement_of_blame_before_the_question_asks_no_cause():
    assert query_types("nobody is to blame, but what actually is an incompetent cervix") != {"causes"}
    assert query_types("my doctor blamed bad luck, but what really causes an incompetent cervix") == {"causes"}


@pytest.mark.parametrize(
    "query, expected",
    [
        # A pattern closing the question reads the same with or without its question mark
        # (the closing word boundary had failed after "?").
        ("how would it show itself?", {"symptoms"}),
        ("how would it show itself", {"symptoms"}),
        ("so what do they do?", {"treatment"}),
        ("is it hereditary?", {"inheritance"}),
        ("can you explain it?", {"overview"}),
        ("incompetent cervix vs preterm labor, how are they different?", {"overview"}),
        ("my insurance asked why I need a cerclage, what is it for?", {"causes", "treatment"}),
        # What a test is for is its diagnosis passage's, not a treatment.
        ("my doctor wants an amniocentesis, what is it for?", {"diagnosis"}),
        ("My son had a genetic test. What is it for", {"diagnosis", "inheritance"}),  # as with "?"
    ],
)
def test_a_closing_pattern_reads_the_same_before_a_question_mark(query, expected):
    assert set(query_types(query)) == expected

@pytest.mark.parametrize(
    "query, thing",
    [
        ("heartbroken after a loss at 19 weeks, what is an incompetent cervix", "incompetent cervix"),
        ("what exactly happens with an incompetent cervix?", "incompetent cervix"),
        ("like literally what happens with an incompetent cervix", "incompetent cervix"),
        ("whats a weak cervix??", "weak cervix"),
        ("imagine the scan shows funneling, what is an incompetent cervix then", "incompetent cervix"),
        ("what is cervical weakness in pregnancy and why does it matter", None),
        ("how is a cerclage done", None),
        ("I was told I have MODY. What is maturity onset diabetes of the young?", "maturity onset diabetes of the young"),
        ("what is HLH that comes after a viral infection", "HLH"),
        ("what's a cervical stitch when it's at home", "cervical stitch"),
        ("my cervix measured 2.2 cm at 19 weeks, is that a weak cervix", "weak cervix"),
        ("is a weak cervix the same as preterm labour", "weak cervix"),
        ("what is an incompetent cervix, as opposed to normal cervical changes", "incompetent cervix"),
        # The thing named last when "that" is likened to it.
        ("in Chinese medicine they talk about a weak womb, is that the same as an incompetent cervix", "incompetent cervix"),
        # How it differs from another: what the first thing is.
        ("how does a weak cervix differ from going into labour early", "weak cervix"),
        ("what's the difference between cervical insufficiency and a short cervix", "cervical insufficiency"),
        ("how does going into labour early feel", None),
        ("pressure at 20 weeks, is it my cervix", None),  # whether the symptoms are of it
        ("sharp pain in my side, could it be a kidney stone", None),
        ("is that right with a weak cervix", None),
        # Likened after what came before, with a vague closing: the thing itself.
        ("my cousin had preterm labour, is cervical insufficiency the same thing or not", "cervical insufficiency"),
        ("is a weak cervix the same thing as placenta previa or is that something else", "weak cervix"),
        # Who brought it up may follow the question.
        ("had preeclampsia last time; what is an incompetent cervix, the new doctor mentioned it", "incompetent cervix"),
        ("what is cholestasis? my doctor mentioned it today", "cholestasis"),
        ("before I see the consultant, what actually is cervical insufficiency", "cervical insufficiency"),
    ],
)
def test_what_is_finds_the_thing_a_closing_what_is_asks_about(query, thing):
    assert what_is(query) == thing


def test_is_it_asked_splits_what_was_described_from_the_thing():
    assert is_it_asked("pressure down below at 21 weeks, is this a weak cervix") == (
        "pressure down below at 21 weeks, ", "weak cervix")
    assert is_it_asked("is it something else") is None
    assert is_it_asked("how common is it") is None


@pytest.mark.parametrize(
    "query, asked",
    [
        ("you wouldn't feel anything with it, would you?", "would you feel anything with it?"),
        ("it's not something you're born with, is it?", "is it something you are born with?"),
        ("doctors can't really check for it, can they?", "can doctors really check for it?"),
        ("nothing I did made it weak, did it?", "nothing I did made it weak?"),  # no negation: not turned
        ("what is it?", "what is it?"),  # no comma before "is it": no tag
        # Typed bare, without comma or question mark: after a negated statement, or a negated tag.
        ("a D&C can't really cause cervical insufficiency can it", "can a D&C really cause cervical insufficiency?"),
        ("bed rest is what they do for it isn't it", "bed rest is what they do for it?"),
        ("they measure the cervix on the scan, don't they", "they measure the cervix on the scan?"),
        ("how long can it", "how long can it"),
        ("what type is it", "what type is it"),
        ("why isn't it", "why isn't it"),
    ],
)
def test_a_tag_question_is_read_in_question_order(query, asked):
    assert tag_question_asked(query) == asked


@pytest.mark.parametrize(
    "query, asked",
    [
        # What to ask the doctor is what the rest asks, not when to see one.
        ("what questions should I ask my OB to find out if my cervix is incompetent", {"diagnosis"}),
        ("I want to ask the doctor if my cervical tear last time is to blame for this", {"causes"}),
        ("what should I ask the midwife when she says my cervix might be incompetent, I don't even know what it is", {"overview"}),
        ("should I ask my doctor about pelvic pressure", {"doctor"}),
        # What happens next is what is done about it; the next step to confirm it, the diagnosis.
        ("what happens next after they find a short cervix at the anomaly scan", {"treatment"}),
        ("what do they usually do next if the cervix keeps shortening between scans", {"treatment"}),
        ("what's the next step to confirm an incompetent cervix after the midwife is worried", {"diagnosis"}),
        # A diagnosis made is the situation.
        ("will they put me on bed rest after they diagnose cervical insufficiency", {"lifestyle"}),
        # Passed to the child the message names: the inheritance.
        ("my son had a brain AVM; the geneticist mentioned CM-AVM. Did I pass it to him?", {"inheritance"}),
        ("my husband has the flu, did I give it to him", set()),
    ],
)
def test_questions_for_the_doctor_what_happens_next_and_passed_to_a_child(query, asked):
    assert query_types(query) == asked


@pytest.mark.parametrize(
    "query, read",
    [
        ("hmm can you like get it from a D&C or whatever", "can you get it from a D&C"),
        ("so, uh, what are the, you know, signs of a weak cervix", "so, what are the signs of a weak cervix"),
        ("like, what actually causes it", "what actually causes it"),
        # A likeness stays: "is it like a period pain", "what does it feel like", "I feel like".
        ("is it like a period pain", "is it like a period pain"),
        ("what does it feel like", "what does it feel like"),
        ("I would like to know the signs", "I would like to know the signs"),
    ],
)
def test_spoken_fillers_are_set_aside(query, read):
    assert without_fillers(query) == read


@pytest.mark.parametrize(
    "query, read",
    [
        ("how would one know one's cervix is weak", "how would you know your cervix is weak"),
        ("how does one end up with an incompetent cervix", "how do you end up with an incompetent cervix"),
        ("if one is told one's cervix is incompetent", "if you are told your cervix is incompetent"),
        # The number, not the pronoun.
        ("which one is better, the stitch or the pessary", "which one is better, the stitch or the pessary"),
        ("how does one of the treatments work", "how does one of the treatments work"),
    ],
)
def test_the_impersonal_one_is_read_as_you(query, read):
    assert in_second_person(query) == read


@pytest.mark.parametrize(
    "query, asked",
    [
        ("how do they diagnose, no wait, how do they treat a weak cervix", "how do they treat a weak cervix"),
        ("how rare is, no, how common is a weak cervix I meant", "how common is a weak cervix I meant"),
        ("when should I, hang on, when do I need to see a doctor", "when do I need to see a doctor"),
        ("is there a cure - actually scratch that - how is it found", "how is it found"),
        # Nothing typed before it, or no question after it: no correction.
        ("sorry, what is it", "sorry, what is it"),
        ("bleeding, no pain, at 20 weeks, what is it", "bleeding, no pain, at 20 weeks, what is it"),
        ("the stitch, the cerclage I mean, how is it done", "the stitch, the cerclage I mean, how is it done"),
    ],
)
def test_a_self_correction_asks_what_follows_it(query, asked, monkeypatch):
    assert corrected_question(query) == asked
    monkeypatch.setattr(intent, "SELF_CORRECTIONS", False)
    assert corrected_question(query) == query



@pytest.mark.parametrize(
    "message, read",
    [
        ("Good evening doctor. What is a weak cervix? Thank you and God bless.", "What is a weak cervix?"),
        ("Hi there, hope you are well. What causes it? Regards, Amina", "What causes it?"),
        ("Dear team, is it common? Kind regards.", "is it common?"),
        ("Thank you", "Thank you"),  # nothing left: the message as sent
        ("hi doctor, my cervix is short", "my cervix is short"),
    ],
)
def test_a_letters_greeting_and_sign_off_are_set_aside(message, read):
    assert without_salutations(message) == read


def test_a_closing_tia_is_thanks_in_advance_not_a_mini_stroke():
    assert without_thanks_in_advance("Does DES raise my risk? Mom took it. TIA") == "Does DES raise my risk? Mom took it."
    assert without_thanks_in_advance("what is a TIA") == "what is a TIA"
    assert without_thanks_in_advance("my dad had a TIA. TIA!") == "my dad had a TIA."


@pytest.mark.parametrize(
    "query, asked",
    [
        # "Recurrent" or "recurring" before a noun is part of a condition's name.
        ("recurrent encephalopathy of childhood", set()),
        ("recurring headaches", set()),
        # Said of the condition, it asks how to keep it from returning.
        ("is it recurrent?", {"prevention"}),
        ("will it recur", {"prevention"}),
        ("stop it recurring", {"prevention"}),
        ("does cervical insufficiency recur in the next pregnancy", {"prevention"}),
        # Changes in the body that would mean something: what shows it.
        ("which changes in my partner's body would mean her weak cervix is starting to open", {"symptoms"}),
        ("what changes should I make to my diet", {"lifestyle"}),
        # Needing to be seen urgently: when to see a doctor.
        ("when does my partner need to be seen urgently with an incompetent cervix", {"doctor"}),
    ],
)
def test_recurrent_in_a_name_body_changes_that_mean_something_and_being_seen_urgently(query, asked):
    assert query_types(query) == asked


@pytest.mark.parametrize(
    "query, asked",
    [
        # When to call, with the circumstance after it.
        ("pregnant again after a second trimester loss, when should I call if something feels off", {"doctor"}),
        # The usual plan is the treatment.
        ("is a stitch at 12 weeks the usual plan after a previous loss from cervical insufficiency", {"treatment"}),
        # What to feel for is what shows it.
        ("what should I feel for this time so I catch it if my cervix starts opening again", {"symptoms"}),
        # A clinician's workup is the diagnosis; working up a sweat is not.
        ("cervical insufficiency workup", {"diagnosis"}),
        ("work-up of a short cervix", {"diagnosis"}),
        ("I work up a sweat at the gym, is that ok with a weak cervix", {"lifestyle"}),
    ],
)
def test_calling_with_a_circumstance_the_usual_plan_feeling_for_it_and_a_workup(query, asked):
    assert query_types(query) == asked

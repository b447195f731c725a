"""Other languages' health words read in English."""

from __future__ import annotations

import pytest

from kb.mixed_language import in_english, plain_letters


@pytest.mark.parametrize(
    "query, read",
    [
        ("cuales son los sintomas of a weak cervix", "what are the symptoms of a weak cervix"),
        ("¿Cuáles son los síntomas?", "¿what are the symptoms?"),
        ("como se trata cervical insufficiency", "how is it treated cervical insufficiency"),
        ("que puedo hacer en casa for a weak cervix", "what can I do at home for a weak cervix"),
        ("cuando debo ir al médico with pelvic pressure", "when should I see my doctor with pelvic pressure"),
        ("tengo presion pelvica y flujo at 21 weeks", "I have pelvic pressure y discharge at 21 weeks"),
        ("relaciones sexuales con el cuello debil", "sex con weak cervix"),
        ("ano po ang signs if mahina ang cervix", "what is the signs if weak cervix"),
        # Taglish: Tagalog's little words set aside once the query is surely Taglish.
        ("pwede pa ba mag work kahit may cerclage na ako", "can I still work with cerclage"),
        ("kailan dapat pumunta sa doctor kung mahina ang cervix", "when should I see my doctor if weak cervix"),
        ("nag raspa ako dati, tataas ba ang risk ng incompetent cervix", "had a D&C before, does it increase the risk of incompetent cervix"),
        ("ano yung tahi sa cervix na sinasabi ng doctor, para saan yun", "what is the stitch cervix said doctor, what is it for"),
        ("yung nanay ko uminom ng DES nung buntis sa akin", "my mother took DES when she was pregnant with me"),
        ("bakit bumubuka ang cervix ng maaga, 5 months pa lang ako", "what causes opening cervix early, 5 months"),
        # Hinglish: Hindi's little words set aside once "hai", "kya", "toh", "mein" mark it.
        ("bed rest kitna zaroori hai cervix weak ho toh", "bed rest how necessary is cervix weak"),
        ("kya medicine ki wajah se cervix weak ho sakta hai", "medicine because of cervix weak can"),
        ("kab doctor ke paas jana chahiye agar pani jaisa discharge ho raha hai", "when should I see the doctor if watery discharge"),
        ("yeh problem kitni common hai", "this problem how common is it"),
        ("kya main travel kar sakti hoon train se", "can I travel can I do by train"),
        ("kya main office ja sakti hoon", "can I can I go to work"),
        ("meri mummy ne DES li thi, kya mujhe bhi problem ho sakti hai", "my mother DES took, am I also at risk of problem can"),
        # English with a word Tagalog shares is kept.
        ("kung fu classes for kids", "kung fu classes for kids"),
        ("is PA a good state to live in, ko", "is PA a good state to live in, ko"),
        ("apa punca keguguran", "what causes miscarriage"),
        ("bila perlu jumpa doktor kalau hamil", "when should I see my doctor kalau pregnant"),
        ("comment on traite cervical insufficiency", "how is it treated cervical insufficiency"),
        ("quels sont les symptômes of a weak cervix", "what are the symptoms of a weak cervix"),
        ("quels sont les facteurs de risque for a weak cervix", "what are the risk factors for a weak cervix"),
        ("quand consulter un médecin for pelvic pressure", "when should I see my doctor for pelvic pressure"),
        ("le col est court on the scan", "short cervix on the scan"),
        # Hinglish: the question last, as typed.
        ("kamzor cervix ka ilaj kya hai", "weak cervix what is the treatment"),
        ("weak cervix ke symptoms kya hain", "weak cervix what are the symptoms"),
        ("cervix jaldi kyun khul jata hai", "cervix early why does it happen"),
        ("doctor ke paas kab jana chahiye", "when should I see the doctor"),
        ("doctor kaise pata karte hai", "doctor how do they find out"),
        # German: the verb last, as typed; articles inside phrases only.
        ("welche Symptome hat a weak cervix", "what are the symptoms of a weak cervix"),
        ("warum wird der Muttermund weak in pregnancy", "why is the cervix weak in pregnancy"),
        ("bin ich at risk nach einer Ausschabung?", "am I at risk after a D&C?"),
        ("wie häufig ist incompetent cervix", "how common is incompetent cervix"),
        ("Cerclage oder Pessar bei verkürzter Zervix", "Cerclage or pessary with a short cervix"),
        ("muss ich Bettruhe haben bei incompetent cervix", "do I need bed rest with incompetent cervix"),
        ("wie misst der Arzt die Zervixlänge", "how does the doctor measure the cervical length"),
        # Portuguese.
        ("qual o tratamento for colo do útero incompetente", "what is the treatment for weak cervix"),
        ("tenho risco de insuficiência cervical after a curetagem?", "am I at risk of cervical insufficiency after a D&C?"),
        ("posso ter relações with a weak cervix", "can I have sex with a weak cervix"),
        ("pessário cervical serve para quê", "pessary what is it for"),
        ("o que causa o colo do útero fraco", "what causes weak cervix"),
        # Swahili and Sheng.
        ("daktari told me I have incompetent cervix, ni nini hiyo?", "doctor told me I have incompetent cervix, what is it?"),
        ("can mlango wa kizazi become weak", "can cervix become weak"),
        ("which dawa is given to stop early labour", "which medicine is given to stop early labour"),
        # Italian.
        ("che cos'è incompetent cervix? la mia ginecologa said so", "what is incompetent cervix? my doctor said so"),
        ("cervice incompetente, qual è la cura?", "incompetent cervix, what is the treatment?"),
        ("sono a rischio after a raschiamento?", "am I at risk after a D&C?"),
        ("rapporti sessuali con cervice incompetente, si può?", "sex con incompetent cervix, is it allowed?"),
        ("pessario cervicale a cosa serve", "pessary what is it for"),
        # Polish, with its letters or without them.
        ("niewydolność szyjki macicy - jak się leczy?", "cervical insufficiency - how is it treated?"),
        ("niewydolnosc szyjki macicy - jak sie leczy?", "cervical insufficiency - how is it treated?"),
        ("czy jestem w grupie ryzyka after a łyżeczkowanie?", "am I at risk after a D&C?"),
        ("czy muszę leżeć w łóżku the whole pregnancy", "do I need bed rest the whole pregnancy"),
        # Dutch.
        ("hoe wordt cervixinsufficiëntie behandeld?", "how is cervical insufficiency treated?"),
        ("mag ik nog sporten met een zwakke baarmoederhals", "can I still exercise with a weak cervix"),
        ("wanneer moet ik naar de huisarts with pelvic pressure", "when should I see my doctor with pelvic pressure"),
        ("is bedrust nodig bij een zwakke baarmoederhals", "is bed rest needed with a weak cervix"),
        # Russian in Latin letters.
        ("chto takoe ICN?", "what is cervical insufficiency?"),
        ("mozhno li seks pri ICN", "can I sex with cervical insufficiency"),
        ("pessariy pri slaboy sheyke matki pomogaet?", "pessary a weak cervix does it help?"),
        ("20 nedel, davlenie vnizu zhivota", "20 weeks, pelvic pressure"),
        ("posle vyskablivaniya risk vyshe?", "after a D&C risk higher?"),
        # Other conditions of the cervix keep their own names: cancer, erosion.
        ("rak sheyki matki simptomy", "cervical cancer symptoms"),
        ("eroziya sheyki matki lechenie", "cervical erosion treatment"),
        ("kogda idti k vrachu if I feel pressure", "when should I see my doctor if I feel pressure"),
        ("pochemu sheika matki opens early", "why the cervix opens early"),
        ("mozhno li polovaya zhizn with a weak cervix", "can I have a sex life with a weak cervix"),
        # Turkish, with its letters or without them.
        ("rahim ağzı yetmezliği nedir", "what is cervical insufficiency"),
        ("rahim agzi yetmezligi belirtileri nelerdir", "cervical insufficiency what are the symptoms"),
        ("serklaj dikişi nedir", "cerclage stitch what is it"),
        ("konizasyon rahim ağzını zayıflatır mı", "cone biopsy did it weaken my cervix"),
        # Vietnamese, with its marks or without them; the question word last.
        ("hở eo cổ tử cung là gì", "cervical insufficiency what is it"),
        ("ho eo tu cung dieu tri nhu the nao", "cervical insufficiency how is it treated"),
        ("khi nào cần đi khám bác sĩ if I feel pressure", "when should I see my doctor if I feel pressure"),
        ("bị hở eo có được quan hệ vợ chồng không", "cervical insufficiency can I have sex"),
        ("vòng nâng cổ tử cung có tác dụng không", "a pessary does it work"),
        # Spanish "molestias".
        ("I have molestias in the pelvis", "I have discomfort in the pelvis"),
        # Swedish, Norwegian and Danish.
        ("vad är cervixinsufficiens", "what is cervical insufficiency"),
        ("varför öppnar sig livmoderhalsen too early", "why does the cervix open too early"),
        ("må vi have samleje når livmoderhalsen er svag", "can we have sex when the cervix is weak"),
        ("behøver jeg sengeleje", "do I need bed rest"),
        ("har jag högre risk after a skrapning", "am I at higher risk after a D&C"),
        # Persian in Latin letters.
        ("alaem narasayi dahane rahem chie", "the symptoms of cervical insufficiency what is it"),
        ("21 hafte, feshar dar lagan, key bayad beram doktor", "21 weeks, pelvic pressure, when should I see my doctor"),
        ("ghablan kurtaj kardam, aya khatar-e dahane rahem zaif bishtare", "I had a D&C before, is the risk of weak cervix higher"),
        ("bakhie zadan be dahane rahem chetor kar mikone", "a stitch the cervix how does it work"),
        # Romanian and Czech, with or without their letters; other conditions of the cervix keep their names.
        ("care sunt simptomele la col uterin incompetent", "what are the symptoms of incompetent cervix"),
        ("pot avea relații sexuale cu insuficiență cervicală", "can I have sex with cervical insufficiency"),
        ("21 de saptamani, presiune pelvina, cand sa merg la medic?", "21 weeks, pelvic pressure, when should I see my doctor?"),
        ("cancer de col uterin simptome", "cervical cancer symptoms"),
        ("můžu mít sex při insuficienci děložního hrdla", "can I have sex with cervical insufficiency"),
        ("proc se delozni hrdlo otevira predcasne", "why does the cervix open early"),
        ("pesar při zkráceném čípku, pomáhá to?", "pessary with a short cervix, does it help?"),
        ("rakovina děložního čípku příznaky", "cervical cancer symptoms"),
        # Mandarin in pinyin, syllables joined or apart.
        ("gongjing jineng buquan shi shenme?", "cervical insufficiency what is it?"),
        ("gong jing ji neng bu quan zen me zhi liao", "cervical insufficiency how is it treated"),
        ("weak cervix de yuanyin shi shenme", "weak cervix what causes it"),
        ("zenme zhenduan gongjing jineng buquan, yao zuo B chao ma", "how is it diagnosed cervical insufficiency, do I need an ultrasound"),
        ("liuchan hou zuo le qinggong, hui daozhi gongjing jineng buquan ma", "after a miscarriage had D&C, can cause cervical insufficiency ma"),
        # Greek in Latin letters.
        ("ti einai i aneparkeia trachilou?", "what is i cervical insufficiency?"),
        ("21 evdomades me piesi sti leykani, pote prepei na pao sto giatro", "21 weeks with pelvic pressure, when should I see my doctor"),
        ("giati anoigei noris o trachilos tis mitras", "why does it open early the cervix"),
        ("mporo na kano sex me adynamo trachilo", "can I have sex with a weak cervix"),
        ("giati metrane to mikos tou trachilou me yperixo", "why do they measure the length of the cervix with an ultrasound"),
        # Punjabi in Latin letters, read before the Hindi it shares words with.
        ("kamzor cervix de lachan ki ne", "weak cervix what are the symptoms"),
        ("bachedani da munh pehlan kyun khul janda hai", "the cervix why does it open early"),
        ("21 hafte, doctor kol kado jana chahida", "21 weeks, when should I see the doctor"),
        ("pehlan D&C hoyi si, ki mainu zyada khatra hai", "before D&C I had, am I at higher risk"),
        ("ultrasound naal cervix di lambai kyun mapde ne", "ultrasound with cervix di length why do they measure it"),
        ("tanka lagauna matlab cerclage, eh kiven kamm karda hai", "a stitch means cerclage, how does it work"),
        # Bengali in Latin letters, the question last.
        ("jorayu mukh durbol mane ki?", "weak cervix what does it mean?"),
        ("incompetent cervix er lokkhon ki ki", "incompetent cervix what are the symptoms"),
        ("21 weeks e pelvic pressure, kokhon daktar er kache jabo", "21 weeks e pelvic pressure, when should I see my doctor"),
        ("jorayu mukh keno age khule jay", "the cervix why does it open early"),
        ("weak cervix er chikitsa ki", "weak cervix what is the treatment"),
        ("selai dewa mane cerclage", "a stitch means cerclage"),
        ("ultrasound e cervix er length mape keno", "ultrasound e cervix er length why do they measure it"),
        # Korean in Latin letters.
        ("jagung gyeongbu muryeokjeung mwoyeyo?", "cervical insufficiency what is it?"),
        ("imsin 20 weeks, byeongwon gayahaeyo?", "pregnant 20 weeks, should I see a doctor?"),
        ("weak cervix jindan, how do they do it", "weak cervix diagnosis, how do they do it"),
        ("jagunggyeongbu bonghapsul", "cerclage"),
        # Japanese in Latin letters, its long vowels typed any way; "no … wa" after the subject.
        ("shikyuu keikan muryokushou tte nan desu ka", "cervical insufficiency what is it"),
        ("shikyū keikan muryokushō", "cervical insufficiency"),
        ("incompetent cervix no shoujou wa?", "incompetent cervix symptoms?"),
        ("itsu byouin ni ikeba ii? pelvic pressure", "when should I see a doctor? pelvic pressure"),
        ("ninshin chuu, ansei needed?", "while pregnant, rest needed?"),
        # Portuguese "enjoo".
        ("enjoo na gravidez what helps", "nausea in pregnancy what helps"),
        # Spanish: how they treat it, whether it hurts, a stitch next time, a mother's DES.
        ("como lo tratan, el cerclage duele?", "how is it treated, el cerclage does it hurt?"),
        ("necesito el punto en el cervix otra vez en el proximo embarazo?",
         "do I need stitch in the cervix again en next pregnancy?"),
        ("mi mama tomo DES cuando estaba embarazada", "mi mama took DES when she was pregnant"),
        ("tuve un LEEP hace dos años, puede causar cervix incompetente?",
         "I had un LEEP years ago, can cause cervix incompetent?"),
        ("liquido tibio saliendo de la vagina", "warm liquid coming from the vagina"),
        ("tuve un legrado hace tres meses", "I had un D&C months ago"),
        # Arabic in Latin letters: asides set aside.
        ("shu ya3ni incompetent cervix? the doctora told me", "what is incompetent cervix? the doctor told me"),
        ("leish the cervix becomes weak", "why the cervix becomes weak"),
        ("how the doctora check it, with sonar?", "how the doctor check it, with ultrasound?"),
    ],
)
def test_phrases_are_read_in_english(query, read):
    assert in_english(query) == read


@pytest.mark.parametrize(
    "query",
    [
        "my son Rahim has asthma",  # a name, not the Malay womb
        "cornelia de lange syndrome",  # grammar words stay: names hold them
        "como lake holiday",
        "what causes a rash",
        "debilitating pain",  # whole words only
        "sanhita",
        "cervical collar",  # "col" only in a French phrase
        "kya hamid",  # no Hindi phrase: "kya" alone is left alone
        "yehuda amichai",  # "yeh" a whole word only
        "what was the die size",  # "was" and "die" are German only in phrases
        "is it okay to fly",
        "o positive blood type",  # "o" is Portuguese only in phrases
        "Colorado tick fever",
        "the nadir of the blood count",  # "nadir" is rare only after "or"
        "Dr Hamel said it was fine",
        "sonar in submarines",
        "i have a cold",  # Polish letters read only inside its phrases
        "my friend Rahim is a nurse",  # a Turkish word only with "ağzı"
        "I met her at the echo chamber",  # Dutch "met" and "echo" only in phrases
        "what is the ICU like",  # not the Russian ICN
        "how do I do it",  # Vietnamese words only in phrases
        "khi nào thai nhi biết đạp",  # no phrase of this small vocabulary
        "Đorđe had a cold",
        "no symptoms at all",  # Japanese "no" only before its nouns
        "the police keikan",  # Japanese "keikan" only in its phrases
        "how to play keno online",  # Bengali "keno" (why) only closing a question
        "lion's mane mushroom",  # "mane" only after the Bengali stitch
        "what age should I stop work",  # Bengali "age" (before) only in its phrases
        "Zhou Li asked what you need",  # pinyin "you", "shi", "ma" and names only in phrases
        "you know what, Ma, I think it is the shift",
        "the Ke Yi dental clinic",
        "a pesar de todo",  # Spanish "despite", not the Romanian and Czech pessary
        "Proc. Natl Acad Sci",  # Czech "proč" only before "se"
        "the pot is hot",
        "Mrs Rak said it was fine",  # Russian "rak" (cancer) only before the cervix
        "I was in Pri on holiday",
        "what to do if my ki is low",  # one Hindi-like word marks nothing
        "Ho Chi Minh city to Hanoi",
    ],
)
def test_english_words_and_names_are_left_alone(query):
    assert in_english(query) == query


def test_marked_letters_are_made_plain_position_for_position():
    assert plain_letters("dấu hiệu, łyżeczkowanie, ağzı, blødning, læge, Straße") == "dau hieu, lyzeczkowanie, agzi, blodning, lage, Straße"
    assert len(plain_letters("hở eo cổ tử cung")) == len("hở eo cổ tử cung")

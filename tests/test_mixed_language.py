"""Other languages' health words read in English."""

from __future__ import annotations

import pytest

from kb.mixed_language import in_english


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
        ("ano po ang signs if mahina ang cervix", "what is the signs if weak ang cervix"),
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
    ],
)
def test_english_words_and_names_are_left_alone(query):
    assert in_english(query) == query

"""English for the health words of other languages that visitors mix into English.

A health publisher's visitors write the English they use at home: "cuales son los
sintomas of a weak cervix", "kamzor cervix ka ilaj kya hai", "ano po ang signs if mahina
ang cervix", "apa punca rahim lemah". The small English model reads few of these words,
BM25 none, the question-type rules none, and the speller "corrects" them into wrong
English words ("sexuales" to "sexual" is luck). A query is read with the phrases of this
small vocabulary put into English before anything else, as a visitor would gloss them:
Spanish, French, Hindi and Urdu in Latin letters (Hinglish), Tagalog, and Malay and
Indonesian question words and common pregnancy and health words.

Only phrases that mean one thing in a health question are listed. Words that are also
English or names ("son", "como", "Rahim") are read only inside a phrase; grammar words
("de", "la", "el") are left alone, since names hold them ("Cornelia de Lange").
"""

from __future__ import annotations

import re

# Phrase (a regular expression without accents or character classes, matched case-insensitively on word
# boundaries; accented letters match too) -> its English. Longer phrases come first.
PHRASES: dict[str, str] = {
    # Spanish: questions.
    r"(cuales|que) son (los|las) (sintomas|signos|senales)": "what are the symptoms",
    r"(como|que) se (trata|cura)|(cual|que) es el tratamiento": "how is it treated",
    r"(como|que) se (diagnostica|detecta)": "how is it diagnosed",
    r"por que (pasa|ocurre|sucede|se da)": "what causes it",
    r"por que": "why",
    r"cuando (debo|tengo que|hay que) (ir|ver|llamar|consultar) (al|a un|a mi|a la) (doctor|doctora|medico|medica|ginecologo|ginecologa)": "when should I see my doctor",
    r"(ir|ver|llamar|consultar) (al|a un|a mi|a la) (doctor|doctora|medico|medica|ginecologo|ginecologa)": "see the doctor",
    r"que (puedo|debo|tengo que) hacer": "what can I do",
    r"que (es|significa)": "what is",
    r"es (comun|frecuente)": "is it common",
    r"cuantas (mujeres|personas)": "how many women",
    r"remedios caseros": "home remedies",
    r"en casa": "at home",
    r"me hicieron": "I had",
    r"tengo": "I have",
    r"tuve": "I had",
    # Spanish: the body, pregnancy and its care.
    r"insuficiencia cervical": "cervical insufficiency",
    r"cuello (del utero|uterino|de la matriz)": "cervix",
    r"(el |mi )?cuello (debil|incompetente)": "weak cervix",
    r"(el |mi )?cuello corto": "short cervix",
    r"(el |mi )?cuello abierto": "open cervix",
    r"(esta|se siente) (debil|incompetente)": "is weak",
    r"esta abiert(o|a)": "is open",
    r"esta cort(o|a)": "is short",
    r"presion (pelvica|en la pelvis)": "pelvic pressure",
    r"flujo( vaginal)?": "discharge",
    r"sangrado": "bleeding",
    r"sangre": "blood",
    r"orinar (mucho|seguido|a menudo|con frecuencia)|ganas de orinar": "frequent urination",
    r"(aborto espontaneo|perdida del bebe|perdi (al|a mi) bebe)": "miscarriage",
    r"parto (prematuro|antes de tiempo)": "premature delivery",
    r"relaciones sexuales|tener relaciones|sexo": "sex",
    r"reposo en cama|reposo absoluto": "bed rest",
    r"reposo": "rest",
    r"legrado": "D&C",
    r"pesario": "pessary",
    r"cerclaje": "cerclage",
    r"ecografia|ultrasonido": "ultrasound",
    r"medicamentos?|medicinas?": "medicine",
    r"embarazada": "pregnant",
    r"embarazo": "pregnancy",
    r"sintomas|senales": "symptoms",
    r"tratamiento": "treatment",
    r"diagnostico": "diagnosis",
    r"causas?": "causes",
    r"riesgos?": "risk",
    r"debil": "weak",
    r"incompetente": "incompetent",
    r"semanas": "weeks",
    r"meses": "months",
    # French (Canada, West and North Africa, Europe).
    r"c'?est quoi|qu'?est-ce que( c'?est)?": "what is",
    r"quels sont les (symptomes|signes)": "what are the symptoms",
    r"comment (on )?(traite|soigne)|quel est le traitement": "how is it treated",
    r"comment (on )?(diagnostique|detecte)": "how is it diagnosed",
    r"quand (consulter|voir|appeler) (un |le |mon |ma )?(medecin|docteur|sage-femme|gynecologue)": "when should I see my doctor",
    r"quels sont les facteurs de risque": "what are the risk factors",
    r"(les )?facteurs de risque": "risk factors",
    r"(l'|le )?insuffisance cervicale": "cervical insufficiency",
    r"(le )?col (de l'uterus|uterin|de la matrice)": "cervix",
    r"(le |mon )?col (faible|incompetent)|(un |le |mon )col incompetent": "weak cervix",
    r"(le |mon )?col (est )?court": "short cervix",
    r"cerclage du col": "cerclage",
    r"pertes vaginales|pertes": "vaginal discharge",
    r"saignements?": "bleeding",
    r"repos au lit": "bed rest",
    r"relations sexuelles": "sex",
    r"curetage": "D&C",
    r"pessaire": "pessary",
    r"fausse couche": "miscarriage",
    r"accouchement premature": "premature delivery",
    r"grossesse": "pregnancy",
    r"enceinte": "pregnant",
    r"j'?ai eu": "I had",
    r"faible": "weak",
    # Hindi and Urdu in Latin letters (Hinglish: India, Pakistan and their diaspora). The
    # question comes last ("weak cervix ka ilaj kya hai"), as the rest of the product reads it.
    r"(ke|ki|ka) (symptoms|lakshan|lakshan|nishan) (kya|kia) (hain|hai|he|h|hote hain|hote hai)": "what are the symptoms",
    r"(ka|ke|ki) (ilaj|ilaaj|ilaz|upchar|treatment|ilaj) (kya|kia) (hai|he|h|hota hai|hote hain)": "what is the treatment",
    r"(ka|ki|ke) (matlab|matalab|arth) (kya|kia) (hai|he|h|hota hai)": "what does it mean",
    r"(kya|kia) (hota|hoti|hote) (hai|he|h|hain)": "what is",
    r"(kyun|kyu|kyon|kiyon) (\w+ )?(ho )?(jata|jati|jaata|jaati|hota|hoti) (hai|he|h)": "why does it happen",
    r"(kyun|kyu|kyon|kiyon)": "why",
    r"(kaise|kese) pata (karte|karti|karein|kare|kar|chalta|chalega|chale)( (hai|hain|he|h))?": "how do they find out",
    r"(kaise|kese) (naapte|napte|naap|nap) (hai|hain|he|h)": "how do they measure",
    r"(kaise|kese)": "how",
    r"(doctor|dr|daktar|gynae|gynecologist)( ke paas| ke pas| ko| se)? (kab|kb) (jana|jaana|dikhana|dikhaana|milna) (chahiye|chaiye|hai)": "when should I see the doctor",
    r"(kab|kb) (jana|jaana|dikhana|dikhaana) (chahiye|chaiye)": "when should I go",
    r"ghar (pe|par|mein|me)": "at home",
    r"(kis ko|kisko|kise) (zyada|jyada|jada) risk (hota|hoti) (hai|he|h)": "who is at more risk",
    r"(kya )?(yeh|ye) (bahut |kaafi |kafi )?common (hai|he|h)": "is it common",
    r"(kya|kia) (yeh|ye)": "is this",
    r"(kya|kia) (main|mai|hum)": "can I",
    r"(kya|kia) (hai|he|h)": "what is",
    r"yeh": "this",
    r"(kya )?(usse|us se|isse|is se)": "could that cause",
    r"(neeche|niche) pressure": "pressure down below",
    r"(feel|mehsoos) ho (raha|rahi) (hai|he|h)": "I feel",
    r"(doctor|dr|daktar) ne (bola|kaha|boli)": "the doctor said",
    r"(lagana|lagwana|karwana|karna|lena) (padega|padegi|hoga|hogi)": "I will need",
    r"(kya )?(mujhe|muje)": "do I need",
    r"(pura|poora|pure|poore) (time|din)": "all the time",
    r"sex (kar|kr) (sakti|sakta|sakte) (hoon|hu|hun|hain|hai|he|h)( kya)?": "can I have sex",
    r"(kar|kr) (sakti|sakta|sakte) (hoon|hu|hun|hain|hai|he|h)( kya)?": "can I do",
    r"(ke|ki) (saath|sath)": "with",
    r"(hua|huwa|karwaya|karaya) tha": "I had",
    r"(pehle|phle|pahle)": "before",
    r"(kamzor|kamjor)": "weak",
    r"jaldi": "early",
    r"khul (jata|jati|jaata|jaati) (hai|he|h)": "opens",
    r"(ke|ki) (liye|liya|lie)": "for",
    r"(ultrasound|sonography) (mein|me|main)": "on the ultrasound",
    r"(naapte|napte)": "measure",
    r"(kuch|kuchh)": "something",
    r"(husband|pati)": "husband",
    # Tagalog (the Philippines).
    r"ano (po )?(ba )?ang mga (sintomas|senyales|palatandaan)": "what are the symptoms",
    r"ano (po )?(ba )?ang (sanhi|dahilan)": "what causes",
    r"ano (po )?(ba )?ang (gamot|lunas)": "what is the treatment",
    r"ano (po )?(ba )?(ang|yung)": "what is the",
    r"paano (po )?(ba )?(gamutin|ginagamot|malulunasan)": "how is it treated",
    r"kailan (po )?(dapat )?(pumunta|magpatingin) sa doktor": "when should I see my doctor",
    r"bakit": "why",
    r"mahina": "weak",
    r"pagbubuntis": "pregnancy",
    r"buntis": "pregnant",
    r"sintomas|senyales|palatandaan": "symptoms",
    r"pagdurugo": "bleeding",
    r"sanhi": "cause",
    r"gamot": "medicine",
    # Malay and Indonesian (Malaysia, Singapore, Indonesia).
    r"apa (itu|maksud)": "what is",
    r"apa (punca|penyebab|sebab)": "what causes",
    r"apa (gejala|simptom|tanda-tanda)": "what are the symptoms",
    r"bagaimana (nak |mahu |untuk |cara )?(rawat|merawat|mengubati|mengobati)": "how is it treated",
    r"bila (perlu |harus |patut )?(jumpa|berjumpa|ke) (doktor|dokter)": "when should I see my doctor",
    r"(leher|pangkal|mulut) rahim|serviks": "cervix",
    r"keguguran": "miscarriage",
    r"pendarahan|perdarahan": "bleeding",
    r"kehamilan": "pregnancy",
    r"hamil|mengandung": "pregnant",
    r"gejala|simptom|tanda-tanda": "symptoms",
    r"rawatan|perawatan|pengobatan": "treatment",
    r"punca|penyebab": "cause",
    r"lemah": "weak",
    r"kenapa|mengapa": "why",
    r"bagaimana": "how",
}

_ACCENTS = str.maketrans("áàâéèêëíîïóôúùûüñÁÀÂÉÈÊËÍÎÏÓÔÚÙÛÜÑ", "aaaeeeeiiioouuuunAAAEEEEIIIOOUUUUN")
_LETTERS = {"a": "[aáàâ]", "e": "[eéèêë]", "i": "[iíîï]", "o": "[oóô]", "u": "[uúùûü]", "n": "[nñ]"}


def _accented(phrase: str) -> str:
    """``phrase`` with each plain vowel (and n) matching its accented forms too."""
    return re.sub(r"(?<!\\)[aeioun]", lambda m: _LETTERS[m.group()], phrase)


_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(f"(?:{_accented(p)})" for p in PHRASES) + r")(?![\w-])",
    re.IGNORECASE,
)
_COMPILED = [(re.compile(rf"^(?:{p})$", re.IGNORECASE), english) for p, english in PHRASES.items()]


def _english(phrase: str) -> str:
    plain = phrase.translate(_ACCENTS)
    return next(english for pattern, english in _COMPILED if pattern.match(plain))


def in_english(query: str) -> str:
    """``query`` with the other-language phrases of PHRASES put into English."""
    return _PATTERN.sub(lambda m: _english(m.group()), query)

"""Regional English read in standard English: Scots, Northern English, Welsh English,
London English, the US South, Canada, the Caribbean, Nigerian Pidgin, Hawaiian Pidgin,
Ghanaian, South African, Singapore and Malaysian, Australian, New Zealand and Irish English.

Visitors write as they speak: "how dae ye ken if yer cervix is openin early", "whit'll
they dae aboot ma cervix", "am ah mair likely tae get it if ah had a D&C"; "is there owt
I can do mesen to stop me cervix opening"; "y'all, what all can cause a cervix to open up
early", "ain't there a ring they put in"; "wah cause di cervix fi open early", "mi haffi
stay inna bed whole day?"; "my mam had the DES tablet, do that put me at risk", "they're
on about putting a ring in by there"; "wetin dey cause cervix to open before time", "I don do D&C
before, e fit spoil my cervix?"; "must I lie in bed the whole day, hey". The small
English model reads few of these words, BM25 and the question-type rules none, and the
speller has no good candidates ("dae" and "tae" are no misspellings of any one word). A
query is read with them in standard English before anything else, as mixed-in words of
other languages are (kb/mixed_language.py).

Words that are English words too ("ken", "ma", "ah", "fur", "wee", "o", "all", "me",
"fit", "don", "e") are read only where the words around say so: "my ma has diabetes",
"cat fur allergy", "a wee at night", "type o blood", "what all the symptoms are", "fit to
fly" and "vitamin e" keep their English meaning.
"""

from __future__ import annotations

import re

# Words that are neither English words nor names -> their standard English.
WORDS: dict[str, str] = {
    # Scots.
    "whit": "what", "whaur": "where", "dae": "do", "daes": "does", "didnae": "didn't", "dinnae": "don't",
    "disnae": "doesn't", "cannae": "can't", "isnae": "isn't", "wasnae": "wasn't", "wouldnae": "wouldn't",
    "shouldnae": "shouldn't", "couldnae": "couldn't", "willnae": "won't", "gonnae": "going to", "tae": "to",
    "huv": "have", "huvin": "having", "hud": "had", "mair": "more", "aboot": "about", "gie": "give",
    "gied": "gave", "gien": "given", "doon": "down", "oot": "out", "masel": "myself", "yersel": "yourself",
    "hersel": "herself", "oorsels": "ourselves", "onythin": "anything", "onything": "anything",
    "ony": "any", "naethin": "nothing", "efter": "after", "awfy": "very", "yer": "your", "ye": "you",
    "wean": "child", "weans": "children", "bairn": "baby", "bairns": "babies", "greetin": "crying",
    "guid": "good", "sair": "sore", "heid": "head", "hoose": "house", "wi": "with", "fae": "from",
    "frae": "from", "wumman": "woman", "ither": "other", "oor": "our", "lang": "long",
    "nae": "no", "naw": "no", "aye": "yes",
    # The US South.
    "y'all": "you", "y’all": "you", "ain't": "isn't", "ain’t": "isn't", "mama": "mom", "momma": "mom",
    "mamma": "mom", "young'un": "child", "young'uns": "children", "s'posed": "supposed", "s’posed": "supposed",
    # The Caribbean (Jamaican English).
    "wah": "what", "weh": "where", "yuh": "your", "seh": "say", "haffi": "have to", "inna": "in the",
    "pon": "on", "deh": "there", "dat": "that", "dem": "they", "cyaan": "can't", "nuh": "don't",
    "coulda": "could have", "woulda": "would have", "shoulda": "should have", "mek": "make", "tek": "take",
    "madda": "mother", "fadda": "father", "sista": "sister", "bredda": "brother", "pickney": "child",
    "pickneys": "children", "ooman": "woman", "oomen": "women", "tings": "things", "affec": "affect",
    "docta": "doctor", "fah": "for", "likkle": "little", "tink": "think",
    # Nigerian Pidgin.
    "wetin": "what", "abeg": "please", "comot": "come out", "pikin": "child", "sabi": "know",
    "wahala": "trouble",
    # Northern English (Yorkshire, Lancashire, the North East).
    "owt": "anything", "nowt": "nothing", "summat": "something", "mesen": "myself", "missen": "myself",
    "thissen": "yourself", "meself": "myself", "reet": "very", "alreet": "alright", "wi'": "with", "wi’": "with",
    # Welsh English.
    "cwtch": "cuddle", "cwtching": "cuddling", "cwtches": "cuddles", "twp": "daft", "babba": "baby", "mam": "mum",
    "settee": "sofa",
    # Canadian English.
    "emerg": "the emergency room",
    # Hawaiian Pidgin.
    "hapai": "pregnant", "wahine": "woman", "wahines": "women", "kine": "kind", "plenny": "plenty",
    "dea": "there", "fo": "for", "brah": "", "bruddah": "",
    # South African English: "is it still lekker to go to the braai" (fine; a barbecue), "eish"
    # (a sigh).
    "lekker": "fine", "braai": "barbecue", "braais": "barbecues", "eish": "",
    # Singapore and Malaysian English: a closing "lah", "leh", "meh", "lor", "hor" (no words:
    # "lah" had named a hypotrichosis, LAH), "kena" (got), "anot" (or not), "aiyo".
    "lah": "", "leh": "", "meh": "", "lor": "", "hor": "", "aiyo": "", "aiyoh": "", "aiyah": "", "kena": "get",
    "anot": "or not",
}
# No helping verb just before: "would they be checking" is no habitual "be".
_NO_HELPER = "".join(rf"(?<!{verb} )" for verb in ("would", "will", "could", "should", "might", "may", "must", "can", "to", "not", "n't", "won't", "'ll", "’ll", "'d", "’d"))
# Words that are English too, read as dialect only beside the words that make them so.
IN_CONTEXT: tuple[tuple[re.Pattern, str], ...] = (
    # Hawaiian Pidgin's "dey" after a question word or a thing is "they" ("how dey check",
    # "wat kine test dey do"): before Nigerian Pidgin's "dey" before a verb, which marks it
    # ongoing.
    (re.compile(r"\b(how|what|wat|why|when|wen|where|can|do|did|will|would|if|wea|test|tests|stitch|ring|ting|thing) dey\b", re.IGNORECASE), r"\1 they"),
    # The US South: "what all can cause it" (what), "fixin to ask my OB" (going to).
    (re.compile(r"\b(what|who|where) all\b(?! (the|of|my|your|her|his|our|their|these|those)\b)", re.IGNORECASE), r"\1"),
    (re.compile(r"\bfix(in|in'|ing) to\b", re.IGNORECASE), "going to"),
    # "what they finna do bout my cervix" (going to; about, not "a bout of flu").
    (re.compile(r"\bfinna\b", re.IGNORECASE), "going to"),
    (re.compile(r"(?<!\ba )(?<!\bone )\bbout (?=(my|the|it|this|that|her|his|your|a|an|them|what|how|why)\b)", re.IGNORECASE), "about "),
    # The Caribbean: "wah mek mi cervix open early" (why), "a wah dat" (what is that), "a wah
    # sign fi look out fah" (what), "dem a go put stitch" (are going to), "di cervix a open"
    # (is opening), "a di cervix?" (is it), "watery ting a come dung" (coming down), "go a
    # work an lift tings" (to; and), "lose har pickney" (her), "she did pregnant wid mi" (was;
    # me). Before "mi" is read as "I" or "my" below.
    (re.compile(r"\bwah mek\b", re.IGNORECASE), "why"),
    (re.compile(r"(?<![\w-])a wah (dat|dis|it) do\b", re.IGNORECASE), lambda m: "what does " + {"dat": "that", "dis": "this"}.get(m.group(1).lower(), "it") + " do"),
    (re.compile(r"(?<![\w-])a wah (dat|dis|it)\b", re.IGNORECASE), lambda m: "what is " + {"dat": "that", "dis": "this"}.get(m.group(1).lower(), "it")),
    (re.compile(r"(?<![\w-])a wah\b", re.IGNORECASE), "what"),
    (re.compile(r"\b(dem|they) a go (?=[a-z])", re.IGNORECASE), "they are going to "),
    (re.compile(r"\b(mi|i) a go (?=[a-z])", re.IGNORECASE), "I am going to "),
    (re.compile(r"\b(cervix|it|baby|pickney|belly|water|waters|blood|ting|thing) a (open|come|bleed|leak|hurt|shorten|push)\b", re.IGNORECASE), lambda m: m.group(1) + " is " + {"come": "coming"}.get(m.group(2).lower(), m.group(2) + "ing")),
    (re.compile(r"(^|[,.;!?]\s*)a (?=(di|dat|dis)\b)", re.IGNORECASE), r"\1is it "),
    (re.compile(r"\b(come|coming|lie|lay|lying|sit|bend|push|pushing) dung\b", re.IGNORECASE), r"\1 down"),
    (re.compile(r"\bgo a (?=(work|school|church|doctor|docta|hospital|clinic|gym|shop|market)\b)", re.IGNORECASE), "go to "),
    (re.compile(r"(?<![\w-])an (?=(lift|carry|stand|walk|bend|clean|cook|wash|tek|take|sleep|rest|lie|stay)\b)"), "and "),
    (re.compile(r"\bhar (?=(pickney|baby|cervix|belly|doctor|docta|husband|pregnancy|first|last|womb|madda|mother|sista|sister)\b)", re.IGNORECASE), "her "),
    (re.compile(r"\bdid pregnant\b", re.IGNORECASE), "was pregnant"),
    (re.compile(r"\b(wid|with|fi|fah|for|to|tell|give|help|from) mi\b", re.IGNORECASE), r"\1 me"),
    (re.compile(r"\b[Mm]i fi (?=[a-z])"), "I should "),
    (re.compile(r"\b[Mm]i (?=\d)"), "I am "),
    (re.compile(r"\binna (?=(mi|my|yuh|your|har|her)\b)", re.IGNORECASE), "in "),
    (re.compile(r"\bwen (?=(mi|i|di|the|yuh|you|she|dem|they|it|my)\b)", re.IGNORECASE), "when "),
    (re.compile(r"\b(find out|know|tell|told|think|tink|mean|hear) seh\b", re.IGNORECASE), r"\1 that"),
    (re.compile(r"\bnuh (?=(strong|weak|good|right|normal|close|closed|open|well)\b)", re.IGNORECASE), "not "),
    (re.compile(r"\b[Mm]i a (?=(see|feel|get|have|bleed|leak|go|pass)\b)"), "I "),
    # "mi can still have sex?" (I), "mi cervix weak" (my); "di cervix" (the; not "DiGeorge");
    # "wah cause di cervix fi open early" (to; not "wi-fi"); "a yard" (at home).
    (re.compile(r"(?<![\w-])[Mm]i (?=(can|cyaan|feel|felt|did|do|have|haffi|need|go|get|want|think|tink|neva|never|nuh|just|still|bleed|bleeding|fi|a|am|was|pregnant)\b)"), "I "),
    (re.compile(r"(?<![\w-])(?<!the )[Mm]i (?=[a-z])"), "my "),
    (re.compile(r"\b(inna|in) di\b", re.IGNORECASE), "in the"),
    (re.compile(r"\bdi (?=(cervix|doctor|docta|stitch|signs?|baby|ultrasound|scan|clinic|hospital|nurse|midwife|pressure|bleeding|belly|womb|pain|treatment|test|bed|pregnancy|first|place|time|operation|ring|pessary|pickney|ooman|woman|water|waters|fluid|sickness|morning|labour|labor|back|feet|foot)\b)", re.IGNORECASE), "the "),
    (re.compile(r"(?<![\w-])fi (?=[a-z])", re.IGNORECASE), "to "),
    (re.compile(r"\ba yard\b", re.IGNORECASE), "at home"),
    (re.compile(r"\b(serious|big|bad|normal|common|watery|wet|white|clear|sticky|slimy|bloody|same|dis|dat|this|that|di|the|cervix) ting\b", re.IGNORECASE), r"\1 thing"),
    # Nigerian Pidgin: "wetin be X" (what is), "e dey serious?" (is it), "e fit spoil my
    # cervix?" (can it), "who e fit catch" (who can get), "I go dey lie for bed" (will I),
    # "how doctor go take check say" (can, that); "dey" before a verb marks it ongoing.
    (re.compile(r"\bwetin be\b", re.IGNORECASE), "what is"),
    (re.compile(r"\bwetin (doctors?|dem|they|hospital|nurses?) dey do\b", re.IGNORECASE), "what do the doctors do"),
    (re.compile(r"\bwho e fit\b", re.IGNORECASE), "who can"),
    (re.compile(r"(?<![\w-])(?<!vitamin )(?<!hepatitis )(?<!hep )(?<!type )e ((dey|don) )?(?=(serious|bad|common|normal|dangerous|safe|good|okay|ok|real|true|painful)\b)", re.IGNORECASE), "is it "),
    (re.compile(r"(?<![\w-])(?<!vitamin )(?<!hepatitis )(?<!hep )(?<!type )e fit\b", re.IGNORECASE), "can it"),
    (re.compile(r"\b(i|we|you|person|doctor|dem|una) fit (?=(still |also |no |not )?(do|get|cause|spoil|catch|sleep|have|chop|eat|drink|take|go|use|make|stop|help|treat|know|check|see|buy)\b)", re.IGNORECASE), r"\1 can "),
    (re.compile(r"\b(can|fit|go|don) catch\b", re.IGNORECASE), r"\1 get"),
    (re.compile(r"\b(can|fit|go|don|it) spoil\b", re.IGNORECASE), r"\1 damage"),
    (re.compile(r"\bi go dey\b", re.IGNORECASE), "will I have to"),
    (re.compile(r"\b(dem|they|i|we|you|doctor|doctors) go (?=(stitch|do|give|put|check|treat|tell|need|use)\b)", re.IGNORECASE), r"\1 will "),
    # "na wetin dey make cervix weak" (what makes); "we wan understand" (want); "before next
    # belle" (pregnancy; "Belle" alone may be a name); "e don open small small" (little by little).
    (re.compile(r"(?<![\w-])na (?=wetin\b)", re.IGNORECASE), ""),
    (re.compile(r"\b(i|we|you|dem|they|she|he|una) wan (?=[a-z])", re.IGNORECASE), r"\1 want "),
    (re.compile(r"\b(next|this|my|her|first|second|another|new|the|get|carry|carrying) belle\b", re.IGNORECASE), r"\1 pregnancy"),
    (re.compile(r"\bsmall small\b", re.IGNORECASE), "little by little"),
    (re.compile(r"(?<![\w-])na (?=(the|dat|that|this|dis|scan|so|true|normal|sign|signs|symptom|what|who|how|why)\b)", re.IGNORECASE), "is it "),
    (re.compile(r"\bgo take\b", re.IGNORECASE), "can"),
    (re.compile(r"\b(know|check|talk|talked|tell|told|think|hear|heard|see|talk am) say\b", re.IGNORECASE), r"\1 that"),
    (re.compile(r"\b(i|we|you|dem|they) don (?=[a-z])", re.IGNORECASE), r"\1 have "),
    (re.compile(r"\b(lie|lay|sleep|stay|rest) for bed\b", re.IGNORECASE), r"\1 in bed"),
    (re.compile(r"\bfor house\b", re.IGNORECASE), "at home"),
    (re.compile(r"\bbefore time\b", re.IGNORECASE), "early"),
    (re.compile(r"(?<![\w-])dey (?=(cause|do|treat|use|check|come|comot|pain|happen|make|give|bleed|leak|open)\b)"), ""),
    (re.compile(r"\b(cervix|it|e) don (?=(open|opened|shorten|shortened|weak|start|spoil|come|comot)\b)", re.IGNORECASE), r"\1 has "),
    (re.compile(r"(?<![\w-])dis (?=[a-z])"), "this "),
    # Northern English: "me cervix" (my), "stop in bed" (stay), "knackered me cervix" (damaged).
    (re.compile(r"\bme (?=(cervix|cervical|back|belly|bump|baby|bairn|fella|husband|partner|doctor|gp|midwife|waters|womb|stitch|scan|last|first|mam|mum|ma|body|pregnancy|labour|bits)\b)", re.IGNORECASE), "my "),
    (re.compile(r"\bstop in (bed|the house|hospital)\b", re.IGNORECASE), r"stay in \1"),
    (re.compile(r"\b(have|has|had|it|that|this|they) knackered\b", re.IGNORECASE), r"\1 damaged"),
    # Australian, New Zealand and Irish English: "keen to keep doing me netball" (want to;
    # my), "I was grand on the first one" (okay), "the pessary yoke" (thing), "the doctor
    # was giving out about my scan" (complaining), "fierce worried" (very), "the arvo" (the
    # afternoon), "buggered my cervix" (damaged), "suss out" (find out).
    (re.compile(r"\b(doing|do|keep|keeping|keep up|play|playing|quit|quitting|stop|stopping|give up|giving up|continue|continuing|miss|missing|go to|going to|back to) me (?=(netball|footy|football|soccer|rugby|cricket|hockey|camogie|hurling|gaelic|tennis|golf|running|training|job|work|shifts?|classes|gym|yoga|pilates|swimming|dancing|hobbies|exercises?|walks?|runs?|sports?)\b)", re.IGNORECASE), r"\1 my "),
    (re.compile(r"\bkeen to\b", re.IGNORECASE), "wanting to"),
    (re.compile(r"\b(i|she|you|we|it|all|everything) (was|were|is|am|are|'m|'s|’m|’s) grand\b|\b(i'm|i’m|im|she's|she’s|it's|it’s|you're|you’re|we're|we’re|that's|that’s) grand\b", re.IGNORECASE), lambda m: m.group().rsplit(" ", 1)[0] + " okay"),
    (re.compile(r"\b(the|this|that|a|some|pessary|stitch|ring|scan|plastic) yoke\b", re.IGNORECASE), r"\1 thing"),
    (re.compile(r"\b(giving|give|gives|gave|given) out (about|to|at|over)\b", re.IGNORECASE), lambda m: {"giving": "complaining", "give": "complain", "gives": "complains", "gave": "complained", "given": "complained"}[m.group(1).lower()] + " " + m.group(2)),
    (re.compile(r"\bfierce (?=(worried|scared|sore|bad|anxious|nervous|stressed|tired|heavy|painful|uncomfortable)\b)", re.IGNORECASE), "very "),
    (re.compile(r"\b(this|the|in the|yesterday|tomorrow|sunday|monday|tuesday|wednesday|thursday|friday|saturday) arvo\b", re.IGNORECASE), r"\1 afternoon"),
    (re.compile(r"\b(buggered|rooted|stuffed) (up )?(my|me|her|the) (?=(cervix|womb|uterus)\b)", re.IGNORECASE), lambda m: "damaged " + ("my" if m.group(3).lower() in ("me", "my") else m.group(3)) + " "),
    (re.compile(r"\bsuss(ing|ed)? out\b", re.IGNORECASE), lambda m: {"ing": "finding", "ed": "found"}.get((m.group(1) or "").lower(), "find") + " out"),
    # Welsh English: "go up the surgery" (see the GP), "go up the gym" (to), "do that put
    # me at risk" (does), "they're on about a ring in by there" (saying; there),
    # "the op I had" (operation), a closing ", like".
    (re.compile(r"\b(go|going|goes|went|get|got|pop|popping|nip|nipping) (up|down|round|over) (the|to the) (surgery|doctors?|doctor's|gp'?s?)\b", re.IGNORECASE), r"\1 to the doctor"),
    (re.compile(r"\b(go|going|goes|went|get|got|pop|nip) (up|down|round|over) the (?=(gym|pool|shops?|hospital|clinic|ward|swimming|leisure centre)\b)", re.IGNORECASE), r"\1 to the "),
    (re.compile(r"\b(what|that|it|this|they) do (?=(put|make|cause|mean|affect|run|happen|matter|hurt|help|work|stop|increase|raise)\b)", re.IGNORECASE), r"\1 does "),
    (re.compile(r"(?<![\w'’-])do (that|it|this) (?=(put|make|cause|mean|affect|run|happen|matter|hurt|help|work|stop|increase|raise)\b)", re.IGNORECASE), r"does \1 "),
    (re.compile(r"\b(they're|they are|she's|she is|he's|he is|the doctors? (is|are)|the midwife is) on about\b", re.IGNORECASE), r"\1 saying"),
    (re.compile(r"\b(in|up|down|out|over) by there\b|\bby there(?= in\b)", re.IGNORECASE), lambda m: (m.group(1) or "") + (" there" if m.group(1) else "there")),
    (re.compile(r"\b(the|an|my|her|that|this|last) op (?=(i|she|they|you|we|on|for|to|last|before|when|in)\b)", re.IGNORECASE), r"\1 operation "),
    (re.compile(r", like(?=\W*$)", re.IGNORECASE), ""),
    # London English: "bell the doctor" (call), "bare pressure" (a lot of), "how do they sort
    # a weak cervix" (treat), "is it peak" (bad), "my baby father" (the child's father).
    (re.compile(r"\bbell (the|my|a|your|her) (?=(doctor|doc|gp|midwife|ob|hospital|ambulance|maternity|labour ward|nurse)\b)", re.IGNORECASE), r"call \1 "),
    (re.compile(r"\bbare (?=(pressure|pain|discharge|bleeding|blood|cramps?|cramping|stress|worried|scared|tired|pee|peeing)\b)", re.IGNORECASE), "a lot of "),
    (re.compile(r"\bhow (do|does|can|will|would) (they|you|doctors|the doctors?) sort( out)?(?= ((a|an|the|my|your|her) )?((weak|short|incompetent|open) )?(cervix|it|this|that)\b)", re.IGNORECASE), r"how \1 \2 treat"),
    (re.compile(r"\b(is it|it's|that's|it is|that is) (proper )?peak\b", re.IGNORECASE), r"\1 bad"),
    (re.compile(r"\bbaby (father|daddy|dad|mother|mama|mum)\b", re.IGNORECASE), "partner"),
    # African American English: the habitual "be" ("how they be treating it", "what be
    # causing it"), "done" before a past verb ("I done had two D&Cs"), "hit up the doctor"
    # (call), "get it in" (have sex).
    # Not after a helping verb: "how would they be checking it" is standard English.
    (re.compile(_NO_HELPER + r"\b(they|you|we|doctors|the doctors|people|women|y'all) be (?=\w+ing\b)", re.IGNORECASE), r"\1 are "),
    (re.compile(_NO_HELPER + r"\b(it|she|he|what|that|this|the doctor|my doctor) be (?=\w+ing\b)", re.IGNORECASE), r"\1 is "),
    (re.compile(r"\b(i|we|you|she|he|they) done (?=(had|got|been|gone|lost|told|seen|did|tried|bled|asked)\b)", re.IGNORECASE), r"\1 have "),
    (re.compile(r"\bhit up (the|my|a|your|her) (?=(doctor|doc|ob|gp|midwife|hospital|nurse|clinic|er)\b)", re.IGNORECASE), r"call \1 "),
    (re.compile(r"\b(still )?get it in\b", re.IGNORECASE), r"\1have sex"),
    # English as learners write it, word for word from Spanish, Portuguese, French and German
    # (false friends and calques): "I am embarrassed of 19 weeks" (embarazada: pregnant),
    # "my matrix" (matriz: uterus), "for what motive" (why), "the signals" (señales: signs),
    # "realises that" (se da cuenta: finds out), "make sex", "of what consists it", "it is
    # convenient to" (advisable), "I will become a pessary" (bekommen: get), "how functions
    # it", "augments" (increases), "I made a curettage" (had), "the actual diagnostic"
    # (current diagnosis), "explain me", "what means this", "it is frequent".
    (re.compile(r"\b(i am|i'm|im|she is|she's|my wife is|i was|i got|i became) embarrassed\b(?! (to|about|by|that|because|when|of (my|the|her|his|it|this|that|asking|being)))", re.IGNORECASE), r"\1 pregnant"),
    (re.compile(r"\b(my|her|your) matrix\b", re.IGNORECASE), r"\1 uterus"),
    (re.compile(r"\b(for|by) what (motive|reason)\b", re.IGNORECASE), "why"),
    (re.compile(r"\b(the|what is the|which is the) motive (of|for|why)\b", re.IGNORECASE), r"\1 reason \2"),
    (re.compile(r"\b(which|what) are the signals\b|\bthe signals of\b", re.IGNORECASE), lambda m: m.group().replace("signals", "signs")),
    (re.compile(r"\b(realise|realises|realize|realizes|realised|realized) (that|if|whether)\b", re.IGNORECASE), r"finds out \2"),
    (re.compile(r"\b(make|making|made|do|doing) sex\b", re.IGNORECASE), lambda m: {"make": "have", "do": "have", "made": "had"}.get(m.group(1).lower(), "having") + " sex"),
    (re.compile(r"\b(of|in) what consists( it| this| that| the \w+)?\b", re.IGNORECASE), "what does it involve"),
    (re.compile(r"\b(it is|is it|is) (convenient|recommendable) to\b", re.IGNORECASE), "is it ok to"),
    (re.compile(r"\b(i will|i'll|i am going to|i'm going to|will i|do i|did i|i) become (a|an|the) (?=(pessary|stitch|cerclage|injection|scan|ultrasound|medicine|tablets?|pills?|treatment|appointment|operation|epidural|c-section)\b)", re.IGNORECASE), r"\1 get \2 "),
    (re.compile(r"\bhow functions (it|this|that)\b", re.IGNORECASE), r"how does \1 work"),
    (re.compile(r"\baugment(s|ed|ing)?\b(?! reality)", re.IGNORECASE), lambda m: "increase" + (m.group(1) or "")),
    (re.compile(r"\b(i|she|we) (made|did) (a|an|my|the) (?=(curettage|d&c|abortion|biopsy|cone|leep|surgery|operation|test|ultrasound|scan|echography|cerclage|c-section|caesarean)\b)", re.IGNORECASE), r"\1 had \3 "),
    (re.compile(r"\b(the|my|her) actual (diagnostic|diagnosis)\b", re.IGNORECASE), r"\1 current diagnosis"),
    (re.compile(r"\bexplain me\b", re.IGNORECASE), "explain to me"),
    (re.compile(r"\bwhat means (this|that|it)\b", re.IGNORECASE), r"what does \1 mean"),
    (re.compile(r"\b(it is|is it) frequent\b", re.IGNORECASE), "is it common"),
    # Hawaiian Pidgin: "da doc wen tell me" (did: the past), "my cervix stay weak" (is),
    # "what dat stay" (is that), "get plenny wahines wit one weak cervix" (there are; with;
    # a), "how dey check" (they; not Nigerian Pidgin's "dey" before a verb), "o wat", "o no
    # can" (or not), "I stay shishi plenny" (peeing a lot), "wat dat fo" (what is it for).
    (re.compile(r"\bshishi plenny\b", re.IGNORECASE), "peeing a lot"),
    (re.compile(r"\b(i|you|he|she|we|they|dey|doc|doctor|da doc|mom|my mom|my mama|my wife) wen (?=(tell|told|say|said|take|took|have|had|go|get|put|check|do|give|find|lose|bleed|make|come|see)\b)", re.IGNORECASE), r"\1 did "),
    (re.compile(r"\b(what|wat) (dat|dis|it|that|this) (stay|fo)(?=\W*$)", re.IGNORECASE), lambda m: "what is " + ("that" if m.group(2).lower() in ("dat", "that") else "this") + (" for" if m.group(3).lower() == "fo" else "")),
    (re.compile(r"\b(i) stay (?=(\d+|pregnant|hapai|shishi|peeing|bleeding|worried|scared|sore|\w+ing)\b)", re.IGNORECASE), r"\1 am "),
    (re.compile(r"\b(cervix|it|dat|that|dis|this|she|he|you|we|they|dey|baby|pressure|belly|feet|stomach) stay (?=(weak|open|opening|short|shorter|incompetent|pregnant|hapai|sore|bad|ok|okay|normal|swell|swollen|all|too|one|\w+ing)\b)", re.IGNORECASE), r"\1 is "),
    (re.compile(r"^(\W*)get (?=(plenny|plenty|lots|lot|any|some|many|dis|this|one)\b)", re.IGNORECASE), r"\1there is "),
    (re.compile(r"\b(wit|fo|get|stay|dat|fix|treat|have|take) one (?!(or|and|of|more|two|three|day|days|week|weeks|month|months|year|years|time|times|side|hour|hours)\b)(?=[a-z])", re.IGNORECASE), r"\1 a "),
    (re.compile(r"\bwit (?=(a|an|da|the|my|me|dis|dat|this|that|weak|short|incompetent|one)\b)", re.IGNORECASE), "with "),
    (re.compile(r"\bo (wat|no can)\b|\bo (what|not|no)(?=\W*$)", re.IGNORECASE), "or not"),
    (re.compile(r"\bno can\b", re.IGNORECASE), "cannot"),
    (re.compile(r"\bfo (?=(fix|help|hold|make|eat|buy|know|stop|treat|check|keep|do)\b)", re.IGNORECASE), "to "),
    (re.compile(r"(?<![\w-])da (?!vinci\b)(?=[a-z])", re.IGNORECASE), "the "),
    (re.compile(r"\b(ring|dat|dis|dat kine|dis kine) ting\b", re.IGNORECASE), r"\1 thing"),
    # Ghanaian English: "must I lie down by force" (have to).
    (re.compile(r"\b(lie|lie down|stay|rest|sleep|stay in bed) by force\b", re.IGNORECASE), r"\1"),
    # Canadian English: "the walk-in" is a walk-in clinic.
    (re.compile(r"\bthe walk-in\b(?![ -](clinic|centre|center|shower|closet|wardrobe|freezer|fridge|bath))", re.IGNORECASE), "the walk-in clinic"),
    # South African English's closing "hey": "must I lie in bed the whole day, hey".
    (re.compile(r",? hey(?=\W*$)", re.IGNORECASE), ""),
    # "wid": with before a noun (the Caribbean), would before a verb (Scots).
    (re.compile(r"\bwid (?=(a|an|the|my|mi|me|ma|yer|your|yuh|twins|weak|incompetent)\b)", re.IGNORECASE), "with "),
    (re.compile(r"\bwid (?=(be|have|huv|need|get|go|dae|do|ye|you|they|make|like|it|i|ah|we|she|he)\b)", re.IGNORECASE), "would "),
    # "the DES ma maw took": mum, after my or ma only ("maw" is an English word).
    (re.compile(r"\b(my|ma) maw\b", re.IGNORECASE), "my mum"),
    # "how dae ye ken", "ah dinnae ken": know.
    (re.compile(r"\b(ye|you|ah|i|we|they|dinnae|don't|do|dae|tae|to|wid|would|didnae|didn't) ken\b", re.IGNORECASE), r"\1 know"),
    # "ma cervix", "ma last labour": my. Not the mother: "my ma has diabetes", "ma says".
    (re.compile(r"(?<!\bmy )(?<!\byour )(?<!\bher )(?<!\bhis )(?<!\bour )(?<!\bthe )\bma (?!(and|or|says|said|has|had|is|was|thinks|told|tells)\b)(?=[a-z])", re.IGNORECASE), "my "),
    # "am ah mair likely", "ah had a D&C", "ah'm feelin heavy": I.
    (re.compile(r"\bah(?=['’]m\b|['’]ve\b|['’]d\b| (am|had|have|huv|was|get|got|go|went|dae|do|did|need|can|cannae|should|will|ken|think|feel|felt|lost|wis|would|wid)\b)", re.IGNORECASE), "I"),
    (re.compile(r"\b(am|can|should|will|could|dae|do|did|have|huv|would|shall|must|wid|if) ah\b", re.IGNORECASE), r"\1 I"),
    # "the stitch they gie ye fur a weak cervix", "tips fur lookin efter masel", "guid fur
    # heartburn": for. Not "cat fur", "fur on the tongue".
    (re.compile(r"\bfur (?=(a|an|the|ma|my|yer|your|it|me|him|her|us|them|weak|whit|what|that|this|\w+in|\w+ing)\b)", re.IGNORECASE), "for "),
    (re.compile(r"\b(guid|good|best|tips|help|something|onythin|anything|stuff|ready|time|wait|scan|check|test|stitch|ask|asked) fur\b", re.IGNORECASE), r"\1 for"),
    # "a wee bit o bleedin": little. Not "need a wee", "a wee at night" (urine).
    (re.compile(r"\bwee (?=(bit|while|one|yin|boy|girl|lass|lassie|laddie|baby|bairn|wean|thing|drop|spot|amount|touch|bleed|bleeding|pain|twinge|niggle|worry|question|pressure|cramp|cramps|blood|something|problem|scare)\b)", re.IGNORECASE), "little "),
    # "a wee bit o bleedin": of. Not "type o blood".
    (re.compile(r"\b(bit|lot|lots|loads|kind|sort|couple|any|some|none|most|full|top|end|oot|out|because) o (?=[a-z])", re.IGNORECASE), r"\1 of "),
    # "greetin aw the time": all.
    (re.compile(r"\baw (?=(the|ma|my|day|night|time|ower|over|of|o)\b)", re.IGNORECASE), "all "),
    # "stay in ma bed the hale time": whole.
    (re.compile(r"\bthe hale\b", re.IGNORECASE), "the whole"),
)
_WORD = re.compile(
    r"(?<![\w'’-])(" + "|".join(map(re.escape, sorted(WORDS, key=len, reverse=True))) + r")(?![\w-])"
    # "whit'll", "bairn's" (not inside a word), "tae kwon do" (a sport).
    r"(?!['’](?!ll\b|s\b|re\b|ve\b|d\b))(?! kwon\b)",
    re.IGNORECASE,
)


def _english(match: re.Match) -> str:
    word = match.group(1)
    # Capitals are initials: "lyme disease in WI".
    return word if word.isupper() and len(word) > 1 else WORDS[word.lower()]


def in_standard_english(query: str) -> str:
    """``query`` with its regional words put into standard English; English words kept."""
    for pattern, english in IN_CONTEXT:
        query = pattern.sub(english, query)
    return _WORD.sub(_english, query)

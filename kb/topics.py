"""Recognise a question about a health topic the knowledge base does not cover.

"Cervical cancer symptoms" shares "cervical" and "symptoms" with an article on
cervical insufficiency and scores as well as a real question about it; the article
still does not answer it. The names of 10,000 health topics (MedQuAD's focus names
and their synonyms, CC BY 4.0, in ``kb/data/health_topics.txt``) tell such questions
apart: a query that names a topic whose words this knowledge base never uses, and
that says nothing of the knowledge base's own subjects (its titles and alternate
names) besides, asks about something else. Regenerate the list with
``python -m kb.topics ../shared/medquad``.
"""

from __future__ import annotations

import functools
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from .lexical import STOPWORDS

TOPICS_FILE = Path(__file__).resolve().parent / "data" / "health_topics.txt"
# Names MedQuAD (2017) predates or lacks, written for this project; a line that repeats a MedQuAD
# name ("Coronavirus Infections") joins that topic. Not touched by regeneration.
EXTRA_TOPICS_FILE = TOPICS_FILE.with_name("health_topics_extra.txt")
# The medicines and supplements among them (MedlinePlus's drug and herb sheets, whose
# answers MedQuAD leaves out): an article that mentions one in passing ("ACE inhibitors
# such as lisinopril") does not answer a question about it.
MEDICINES_FILE = TOPICS_FILE.with_name("medicine_names.txt")
MEDICINE_FOLDERS = ("11_MPlusDrugs_QA", "12_MPlusHerbsSupplements_QA")
# Sheets named by an organ: MedlinePlus's "Thyroid" is desiccated thyroid, but in a visitor's
# question the word is the gland ("they found a nodule on my thyroid, could it be cancer").
NOT_READ_AS_MEDICINES = frozenset({"thyroid"})
# Words MedlinePlus's encyclopaedia defines (MedQuAD keeps their pages, without answers, as
# topics) that describe rather than name one: "which is less invasive", "is it chronic",
# "the lateral side" ask nothing about the glossary entry.
DESCRIPTIVE_WORDS = frozenset(
    "acute chronic benign invasive noninvasive insidious systemic symptomatic asymptomatic endemic heritable "
    "anterior posterior lateral medial proximal distal ventral dorsal peripheral concomitant differential complement "
    "intravenous subcutaneous intrauterine hepatic renal retinal respiratory cardiovascular aerobic anaerobic "
    "hemorrhagic incidence etiology dissect murine stuporous escharotic".split()
)
MAX_NAME_WORDS = 4
# A compound may be written closed or open ("brainstem", "brain stem"): a topic's name
# counts as used by a text that writes it the other way, each part at least this long.
# False reads names only as written.
COMPOUNDS_EITHER_WAY = True
MIN_COMPOUND_PART = 3
# One-word names shorter than this are too often ordinary words ("spot", "am") unless
# written as an abbreviation ("HPV", "COPD").
MIN_WORD_NAME_LENGTH = 5
MIN_MENTION_LENGTH = 4
# Shorter names visitors write for a subject in plain words ("how to prevent the flu").
SHORT_MENTIONS = frozenset({"flu"})
_WORD = re.compile(r"[^\W\d_]+")
# A verb of a phrasal verb names no topic: "can a pessary fall out" is not about Falls
# (but "she had a fall at home" is).
_PHRASAL_VERB = re.compile(r"\b(fall|falls|fell|falling|fallen)(?= (out|off|apart|asleep|pregnant|through|behind)\b)", re.IGNORECASE)
# An AI that said something is where a claim was heard, not amelogenesis imperfecta (whose
# initials are AI): "AI told me a cerclage is the only treatment", "the AI suggested
# resting on my left side", "I asked an AI". In capitals only.
_AI_THAT_SAID = re.compile(
    r"\b((an|the|my|some) AI\b|AI(?= (chatbot|bot|app|assistant|tool|model|summary|overview|search|answer)s?\b"
    r"| (told|tells|said|says|suggested|suggests|recommended|recommends|claims?|claimed|reckons|thinks|gave|answered|wrote|listed)\b))"
)
_STOPWORDS = frozenset(STOPWORDS)
# Who a condition affects, and what kind of thing it is: words of many titles ("Children's
# interstitial lung disease", "Health Problems in Men") that name no subject of their own.
# "my daughter has AML, what treatments do they use for children" asks about AML, which
# the children's lung disease article does not cover.
PEOPLE_AND_KINDS = frozenset(
    "child children childhood childs kid kids baby babies infant infants infancy newborn newborns toddler toddlers "
    "teen teens teenager teenagers adolescent adolescents adult adults adulthood woman women men man male males "
    "female females people person elderly older senior seniors "
    "disease diseases disorder disorders syndrome syndromes condition conditions problem problems health".split()
)
# Switch for comparison runs: those words do not make a query about an article's own subject.
PEOPLE_ARE_NO_SUBJECT = True
# "ectropion of the cervix", "a nabothian cyst on my cervix": a body part named as where
# another condition is does not make the query about the own subject (incompetent cervix).
# False lets the body part count as an own word wherever it stands.
PLACES_ARE_NO_SUBJECT = True
_BODY_PARTS = (
    "cervix|uterus|womb|vagina|ovary|ovaries|kidney|kidneys|liver|lung|lungs|heart|brain|skin|eye|eyes|ear|ears|"
    "nose|throat|mouth|tongue|stomach|bowel|colon|bladder|breast|breasts|bone|bones|joint|joints|knee|hip|spine|"
    "back|neck|head|leg|legs|arm|arms|foot|feet|hand|hands|finger|fingers|toe|toes|scalp|face|gum|gums|teeth|tooth"
)
# The same places as adjectives, right before another condition's name of several words:
# "cervical lymph nodes swollen" are lymph nodes of the neck, not a question about the cervix.
_PLACE_ADJECTIVES = (
    "cervical|uterine|vaginal|ovarian|renal|hepatic|pulmonary|cardiac|cerebral|ocular|dental|spinal|nasal|oral|gastric|"
    "abdominal|pelvic|rectal|anal|thyroid"
)
# "my hyperthyroid symptoms" names hyperthyroidism: a query's word speaks of an own subject
# when it is the subject's word with another of these endings (``condition_stems``).
ADJECTIVES_NAME_CONDITIONS = True
# A name that opens with how a body part is ("Swollen lymph nodes", "Dry eye") is also
# found with the state after the part, as keyword searches put it ("lymph nodes swollen").
STATE_AFTER_THE_PART = True
# A name of several words ending in an -ing noun is also found with the plain word, as
# visitors write it: "genetic test" (Genetic Testing), "newborn screen", "nose bleed".
GERUNDS_END_NAMES = True
_STATES = frozenset(
    "swollen enlarged broken dry itchy blocked sore bleeding stiff cracked numb painful inflamed infected".split()
)
# "pregnant" speaks of pregnancy, "iron deficient" of iron deficiency.
_CONDITION_ENDINGS = ("ism", "tic", "ic", "ia", "is", "es", "sy", "y", "ancy", "ant", "ency", "ent")
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")


def words(text: str) -> tuple[str, ...]:
    """Lower-cased words in the singular, possessives dropped: "Polycystic ovaries" is
    "polycystic ovary", "Dupuytren's contracture" "dupuytren contracture".

    Only plurals are undone, not a stemmer's cuts: "spotting" must not become the
    topic "spots", nor "weak" the topic "weakness"."""
    return tuple(_singular(word.lower()) for word in _WORD.findall(_POSSESSIVE.sub("", text)))


def condition_stems(word: str) -> set[str]:
    """``word`` and ``word`` without each ending that turns a condition's name into an
    adjective or back: "hyperthyroid" and "hyperthyroidism", "diabetic" and "diabetes",
    "epileptic" and "epilepsy", "anemic" and "anemia", "pregnant" and "pregnancy" share a
    stem. At least four letters stay; a word is a stem itself from six ("asthma" of
    "asthmatic"), so that "cyst" is no stem of "cystic"."""
    stripped = {word[: -len(end)] for end in _CONDITION_ENDINGS if word.endswith(end) and len(word) - len(end) >= 4}
    return stripped | {word} if len(word) >= 6 else stripped


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    # "glasses", "viruses", "boxes" lose "es"; "diseases", "causes", "doses" only "s".
    if len(word) > 4 and word.endswith("es") and word[:-2].endswith(("ss", "us", "is", "x", "ch", "sh")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class TopicList:
    """Health-topic names (a name and its synonyms per topic), found in queries."""

    def __init__(
        self,
        groups: Iterable[Sequence[str]],
        is_word: Callable[[str], bool] = lambda word: False,
        medicines: Iterable[str] = (),
    ):
        """
        Args:
            groups: topic names, one list per topic (a name and its synonyms).
            is_word: whether a lower-cased word is an ordinary English word: an
                abbreviation that spells one ("ALL", "AIDS", "MEN", "THES") is a
                topic only when typed in capitals ("pee all the time", "hearing aids").
            medicines: names of medicines and supplements among the topics.
        """
        self._groups: list[list[tuple[str, ...]]] = []
        self._groups_of: dict[tuple[str, ...], list[int]] = {}  # every name, usable or not
        self._named: dict[tuple[str, ...], list[int]] = {}  # names found in queries
        self._capitals: dict[str, list[int]] = {}  # abbreviations found only in capitals
        for group_id, group in enumerate(groups):
            group = [*group, *_without_qualifier(group)]
            names = [words(text) for text in group]
            self._groups.append(names)
            for name, text in zip(names, group):
                self._groups_of.setdefault(name, []).append(group_id)
                if not _usable(name, text):
                    continue
                # "Ring 10" without its number is the word "ring"; "Invasive" describes, names nothing.
                if len(name) == 1 and (name[0] in DESCRIPTIVE_WORDS or (any(c.isdigit() for c in text) and is_word(name[0]))):
                    continue
                typed = _WORD.findall(text)
                if text.isupper() and len(typed) == 1 and (is_word(typed[0].lower()) or is_word(name[0])):
                    self._capitals.setdefault(typed[0], []).append(group_id)
                else:
                    self._named.setdefault(name, []).append(group_id)
                    if STATE_AFTER_THE_PART and len(name) > 1 and name[0] in _STATES:
                        self._named.setdefault((*name[1:], name[0]), []).append(group_id)
                    if GERUNDS_END_NAMES and (base := _without_gerund(name)):
                        self._named.setdefault(base, []).append(group_id)
        self.medicines = frozenset(group for name in medicines for group in self._groups_of.get(words(name), ()))

    def named(self, query: str) -> list[tuple[tuple[str, ...], int]]:
        """Each topic name in ``query``, as its words, with the topic it names."""
        query = _AI_THAT_SAID.sub(" ", _PHRASAL_VERB.sub(" ", query))
        found = words(query)
        hits = [((_singular(word.lower()),), group) for word in _WORD.findall(query) for group in self._capitals.get(word, ())]
        for length in range(1, MAX_NAME_WORDS + 1):
            for start in range(len(found) - length + 1):
                name = found[start : start + length]
                hits += [(name, group) for group in self._named.get(name, ())]
        return hits

    def topics_mentioned(self, query: str) -> set[int]:
        """The topics ``query`` names, counting short one-word names ("acne", "gout"):
        too often ordinary words to call a topic foreign, enough to say which subject
        a question is about."""
        query = _PHRASAL_VERB.sub(" ", query)
        short = [(word,) for word in words(query) if len(word) >= MIN_MENTION_LENGTH or word in SHORT_MENTIONS]
        return {group for _, group in self.named(query)} | self.topics_named(short)

    def mentions_a_topic(self, query: str) -> bool:
        """Whether ``query`` names a topic, counting short one-word names too ("gout",
        "acne": too often ordinary words to call a topic foreign, enough to tell a
        question that names its subject from one that says "it")."""
        return bool(self.named(query)) or any(
            (len(word) >= MIN_MENTION_LENGTH or word in SHORT_MENTIONS) and (word,) in self._groups_of
            for word in words(_PHRASAL_VERB.sub(" ", query))
        )

    @functools.cached_property
    def words(self) -> frozenset[str]:
        """Every word of every topic's names: the words of general health topics."""
        return frozenset(word for group in self._groups for name in group for word in name)

    def names_a_medicine(self, query: str) -> bool:
        """Whether ``query`` names one of the medicines."""
        return any(group in self.medicines for _, group in self.named(query))

    def topics_named(self, names: Iterable[tuple[str, ...]]) -> set[int]:
        """The topics that have one of ``names`` (as words) among their names."""
        return {group for name in names for group in self._groups_of.get(name, ())}

    def names(self, topic: int) -> list[tuple[str, ...]]:
        """A topic's names, as words."""
        return self._groups[topic]


class ForeignTopics:
    """The topics one knowledge base, or one of its articles, does not cover, found in queries."""

    def __init__(
        self,
        topics: TopicList,
        own_names: Iterable[str],
        vocabulary: Iterable[str],
        distinctive: Callable[[tuple[str, ...]], bool] = lambda name: True,
        texts: Iterable[str] = (),
    ):
        """
        Args:
            topics: the topic list.
            own_names: the titles and alternate names of what is covered.
            vocabulary: every word it uses.
            texts: what it says, for the longer names it uses as phrases.
            distinctive: whether a name (as words) names one subject rather than
                something health writing mentions everywhere ("blood", "cough",
                "red face" are topics too): only distinctive names can be foreign.
        """
        self._distinctive = distinctive
        own = {words(name) for name in own_names}
        self._topics = topics
        # A topic with one of the own names among its synonyms is covered ("weak cervix"),
        # and its names' words speak of the own subject.
        self._own_topics = topics.topics_named(own)
        self._own_words = {word for name in own for word in name}
        self._own_words.update(word for topic in self._own_topics for name in topics.names(topic) for word in name)
        self._own_words -= _STOPWORDS  # "the" and "of" in a name say nothing of the subject
        self._own_stems = {stem for word in self._own_words for stem in condition_stems(word)}
        self._used = {_singular(word.lower()) for word in vocabulary}
        self._texts = texts

    @functools.cached_property
    def _phrases(self) -> str:
        """The covered text as words, for phrase look-ups (read only when a longer name needs it)."""
        return " " + " | ".join(" ".join(words(text)) for text in self._texts) + " "

    def uses(self, word: str) -> bool:
        """Whether the covered text uses ``word`` (in the singular or plural)."""
        return _singular(word.lower()) in self._used

    @property
    def own_words(self) -> frozenset[str]:
        """The words of the own subjects' names and their synonyms, less stop words."""
        return frozenset(self._own_words)

    def named(self, query: str) -> list[tuple[str, ...]]:
        """The foreign topic names in ``query``, as word sequences: topics the covered
        text never names (by any of their names), and medicines it names only in passing (not among its own
        names' words: "thyroid" stays the own word of hypothyroidism, "underactive thyroid")."""
        return [
            name
            for name, topic in self._topics.named(query)
            if topic not in self._own_topics
            and (not self._uses_a_name(name, topic) or (topic in self._topics.medicines and not set(name) <= self._own_words))
            and self._distinctive(name)
        ]

    def _uses_a_name(self, name: tuple[str, ...], topic: int) -> bool:
        """Whether the covered text uses ``name`` (every word of it) or another name of the
        same topic: an article that says "medicines" covers "medication", one that says
        "premature birth" covers "preterm birth". A longer name counts only as a phrase:
        an article may use its words apart ("cervical" and "pregnancy" are not "cervical
        pregnancy", an ectopic pregnancy)."""
        if set(name) <= self._used or any(
            other[0] in self._used if len(other) == 1 else f" {' '.join(other)} " in self._phrases
            for other in self._topics.names(topic)
        ):
            return True
        # "brainstem glioma" is the "brain stem glioma" a page says, and "heart beat" its "heartbeat".
        return COMPOUNDS_EITHER_WAY and any(f" {' '.join(other)} " in self._phrases for other in self._compound_forms(name))

    def _compound_forms(self, name: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
        """``name`` with one word written open ("brainstem" -> "brain stem") or one pair of
        neighbouring words closed up ("heart beat" -> "heartbeat"), where the covered text
        uses the words that result."""
        for at, word in enumerate(name):
            for cut in range(MIN_COMPOUND_PART, len(word) - MIN_COMPOUND_PART + 1):
                first, second = word[:cut], word[cut:]
                if first in self._used and second in self._used:
                    yield (*name[:at], first, second, *name[at + 1 :])
        for at in range(len(name) - 1):
            if (closed := name[at] + name[at + 1]) in self._used:
                yield (*name[:at], closed, *name[at + 2 :])

    def asks_about_another(self, query: str, adjectives: bool | None = None) -> bool:
        """True when ``query`` names a foreign topic and none of the own subjects besides:
        "cervical cancer symptoms" on an article about cervical insufficiency, but not
        "can a UTI open my cervix early". ``adjectives``: whether an adjective of an own
        name's word ("allergic" for allergy) names the subject too (default:
        ADJECTIVES_NAME_CONDITIONS)."""
        if adjectives is None:
            adjectives = ADJECTIVES_NAME_CONDITIONS
        named = self.named(query)
        if not named:
            return False
        in_names = {word for name in named for word in name}
        ignored = in_names | PEOPLE_AND_KINDS if PEOPLE_ARE_NO_SUBJECT else in_names
        if PLACES_ARE_NO_SUBJECT:
            ignored = ignored | _places_of(named, query)
        return not any(
            word in self._own_words or (adjectives and not condition_stems(word).isdisjoint(self._own_stems))
            for word in words(query)
            if word not in ignored
        )


# MedlinePlus encyclopedia names qualify a topic for a page ("Bladder infection - adults",
# "Gallstones - discharge"); visitors say "bladder infection".
_QUALIFIER = re.compile(
    r"^(.+?) - (adults?|children|child|infants|newborn|acute|chronic|discharge|aftercare|self-care|resources|overview|congenital)$",
    re.IGNORECASE,
)


def _without_qualifier(group: Sequence[str]) -> list[str]:
    """The names of ``group`` that carry a page qualifier, without it (not already there)."""
    found = (_QUALIFIER.match(name) for name in group)
    return [m.group(1) for m in found if m and m.group(1) not in group]


def _places_of(named: Iterable[tuple[str, ...]], query: str) -> set[str]:
    """The body parts ``query`` names as where one of the ``named`` conditions is
    ("ectropion of the cervix", "a cyst on my kidney", "cervical lymph nodes swollen")."""
    text = " ".join(words(query))
    places = set()
    for name in named:
        after = rf"\b{' '.join(name)} (of|on|in|inside) (the |my |her |his |your |a |an )?({_BODY_PARTS})\b"
        places.update(_singular(match.group(3)) for match in re.finditer(after, text))
        # A name of several words only: "cervical weakness", "cervical incontinence" are
        # how visitors name the own condition.
        if len(name) > 1:
            before = rf"\b({_PLACE_ADJECTIVES}) {' '.join(name)}\b"
            places.update(match.group(1) for match in re.finditer(before, text))
    return places


def _without_gerund(name: tuple[str, ...]) -> tuple[str, ...] | None:
    """``name`` with its last word's -ing dropped ("genetic testing": "genetic test";
    "swimming" loses its doubled letter), when it has several words and that word
    keeps four letters; else None."""
    last = name[-1]
    if len(name) < 2 or not last.endswith("ing") or len(last) < 7:
        return None
    base = last[:-3]
    if base[-1] == base[-2] and base[-1] not in "lsz":  # "swimm": "swim"; "spelling" keeps "spell"
        base = base[:-1]
    return (*name[:-1], base)


def _usable(name: tuple[str, ...], text: str) -> bool:
    if not 1 <= len(name) <= MAX_NAME_WORDS:
        return False
    return len(name) > 1 or len(text) >= MIN_WORD_NAME_LENGTH or text.isupper()


@functools.cache
def medicine_names() -> tuple[str, ...]:
    """The shipped names of medicines and supplements, one a line."""
    lines = MEDICINES_FILE.read_text(encoding="utf-8").splitlines()
    return tuple(line for line in lines if line.strip() and line.strip().lower() not in NOT_READ_AS_MEDICINES)


@functools.cache
def topic_groups() -> tuple[tuple[str, ...], ...]:
    """The shipped topic lists: MedQuAD's, then names newer than it; one line per topic,
    its names separated by " | "."""
    lines = [line for path in (TOPICS_FILE, EXTRA_TOPICS_FILE) for line in path.read_text(encoding="utf-8").splitlines()]
    return tuple(tuple(name for name in line.split(" | ") if name) for line in lines if line.strip())


def write_topic_list(medquad_dir: str | Path, out: Path = TOPICS_FILE, medicines_out: Path | None = None) -> int:
    """Collect every <Focus> and its synonyms from MedQuAD's XML into ``out``, and the
    focus names of its drug and supplement sheets into ``medicines_out`` (by default
    MEDICINES_FILE beside ``out``)."""
    groups: dict[str, list[str]] = {}
    medicines: set[str] = set()
    for path in sorted(Path(medquad_dir).glob("*/*.xml")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        names = [root.findtext("Focus") or ""] + [s.text or "" for s in root.iterfind("FocusAnnotations/Synonyms/Synonym")]
        names = [" ".join(name.replace("|", " ").split()) for name in names]
        # Longer names never occur whole in a visitor's question; the file stays small.
        names = [name for name in names if 1 <= len(_WORD.findall(name)) <= MAX_NAME_WORDS]
        if names:
            group = groups.setdefault(names[0].lower(), [])
            group.extend(name for name in names if name not in group)
            if path.parent.name in MEDICINE_FOLDERS:
                medicines.add(names[0])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(" | ".join(group) + "\n" for _, group in sorted(groups.items())), encoding="utf-8")
    medicines_out = medicines_out or out.with_name(MEDICINES_FILE.name)
    medicines_out.write_text("".join(name + "\n" for name in sorted(medicines, key=str.lower)), encoding="utf-8")
    return len(groups)


if __name__ == "__main__":
    source = sys.argv[1] if len(sys.argv) > 1 else "../shared/medquad"
    print(f"{write_topic_list(source)} topics written to {TOPICS_FILE}")

"""Calibrate the "answered" threshold to the knowledge base it is used with.

The best score an unrelated question reaches grows with the knowledge base: among
one article's nine passages, "how do I reset my wifi router" finds nothing near
(about 0.07); among MedQuAD's 16,000 some passage shares a word or a theme (about
0.27, up to 0.43). One fixed threshold is either too strict for a small knowledge
base or too lenient for a large one. So each knowledge base is asked a fixed set of
everyday questions no health FAQ answers, and its threshold is set above what they
reach: their mean plus OFF_TOPIC_Z standard deviations (an off-topic question clears
it about 1 time in 100, if their best scores are roughly normal), and never below
the floor chosen on the development sets (kb.search.DEFAULT_MIN_SCORE).

The floor guards against questions near the knowledge base's subject but not answered
by it ("smelly vaginal discharge" on an article about the cervix in pregnancy). A query
whose every topic word the best article uses is not one of those (kb/word_coverage.py),
so it is held only to the off-topic bound: mean plus COVERED_Z standard deviations (about
1 in 700), never below COVERED_FLOOR. Where off-topic questions already set the
threshold (a large knowledge base) this bound lies above it and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# One-sided 99 % of a normal distribution.
OFF_TOPIC_Z = 2.33
# One-sided 99.87 %: the bar for a query whose every topic word the article uses.
COVERED_Z = 3.0
COVERED_FLOOR = 0.20
# Everyday questions from outside health: written for this purpose, none of them is
# in an evaluation set.
OFF_TOPIC_QUERIES = (
    "how do i reset my wifi router password",
    "best pizza recipe with homemade dough",
    "cheap flights from london to new york in december",
    "how to change a flat tire on a bicycle",
    "what time does the post office close on saturday",
    "how do i file my tax return online",
    "convert 50 fahrenheit to celsius",
    "who won the football world cup in 2014",
    "how to remove a red wine stain from carpet",
    "best budget smartphone this year",
    "how to train a puppy to sit",
    "what is the capital of australia",
    "how to write a cover letter for a job application",
    "learn to play guitar chords for beginners",
    "how long to boil an egg",
    "weather forecast for the weekend",
    "how to open a bank account for a teenager",
    "cheapest car insurance for new drivers",
    "how to grow tomatoes on a balcony",
    "translate good morning into spanish",
    "how do i cancel my gym membership",
    "what movies are showing tonight",
    "how to fix a leaking kitchen tap",
    "best hiking trails near me",
    "how many ounces in a cup",
    "how to clean a cast iron pan",
    "what is the speed of light",
    "how to knit a scarf",
    "how do i update my laptop drivers",
    "where can i renew my passport",
    "how to make cold brew coffee",
    "best way to learn a new language",
    "how to paint a bedroom wall",
    "what is a good credit score",
    "how to bake sourdough bread",
    "rules of chess for beginners",
    "how to set up a small business website",
    "what to pack for a beach holiday",
    "how do solar panels work",
    "how to unclog a drain without chemicals",
)


@dataclass(frozen=True)
class Calibration:
    """The threshold a knowledge base answers at, and how it was reached."""

    threshold: float
    off_topic_mean: float
    off_topic_sd: float
    floor: float
    covered_threshold: float  # for a query whose every topic word the best article uses

    @property
    def raised(self) -> bool:
        """True when the off-topic questions, not the floor, set the threshold."""
        return self.threshold > self.floor

    def describe(self) -> str:
        source = "raised above" if self.raised else "at"
        return (
            f"answer threshold {self.threshold:.3f} ({source} the floor {self.floor:.2f}; off-topic questions "
            f"score {self.off_topic_mean:.3f} ± {self.off_topic_sd:.3f} here); a query whose every topic word "
            f"the article uses: {min(self.threshold, self.covered_threshold):.3f}"
        )


def calibrate(best_score: Callable[[str], float], floor: float) -> Calibration:
    """The threshold for a knowledge base whose best score for a query is ``best_score(query)``."""
    scores = np.array([best_score(query) for query in OFF_TOPIC_QUERIES], dtype=np.float64)
    mean, sd = float(scores.mean()), float(scores.std())
    threshold = round(max(floor, mean + OFF_TOPIC_Z * sd), 3)
    covered = round(max(COVERED_FLOOR, mean + COVERED_Z * sd), 3)
    return Calibration(threshold, mean, sd, floor, covered)

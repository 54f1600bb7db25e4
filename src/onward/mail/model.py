"""A small word model: the second opinion beside the phrase-family rules.

The rules are precise but miss what they have no phrase for ("we've found our person", a
closure told in a long friendly note). The model is a multinomial logistic regression over the
words and word pairs of the text the rules read (``understand.rule_text``), trained on the
labelled development corpora in ``corpus/mail`` by ``make model`` (``onward.mail.train``,
scikit-learn, deterministic). Its weights ship as ``data/model.json``; reading it needs nothing
but the standard library (about 60 µs a message), and nothing is downloaded.

Pure: a string in, probabilities and the words that weighed most out.
"""

from __future__ import annotations

import gc
import itertools
import json
import math
import re
from collections.abc import Callable, Iterator, KeysView
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any, TypeVar

MODEL_FILE = "data/model.json"
T = TypeVar("T")
TEXT_LIMIT = 3000  # characters of the rule text the model reads (subject first)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Words every kind of mail uses: they weigh in the model, but they explain nothing to a reader.
_PLAIN_WORDS = frozenset((
    "the", "a", "an", "to", "of", "and", "in", "on", "for", "with", "you", "your", "we", "our",
    "us", "i", "me", "my", "it", "its", "is", "be", "been", "will", "would", "could", "can",
    "this", "that", "these", "at", "as", "by", "from", "or", "are", "was", "were", "have", "has",
    "had", "do", "does", "so", "if", "there", "here", "more", "time", "thank", "thanks", "all",
    "any", "some", "just", "also", "very", "please", "hi", "hello", "dear"))


def plain_word(feature: str) -> bool:
    """Whether a word or pair is made only of words every kind of mail uses (it explains
    nothing to a reader)."""
    return _PLAIN_WORDS.issuperset(feature.split(" "))


def features(text: str) -> KeysView[str]:
    """The words and adjacent word pairs of ``text`` (already lower-cased by ``rule_text``),
    each once, in the order the text gives them: a set's order would follow the interpreter's
    hash seed, and floating-point sums taken in it would differ in their last bits from run
    to run."""
    words = _TOKEN.findall(text[:TEXT_LIMIT])
    found = dict.fromkeys(words)
    found.update(dict.fromkeys(map(" ".join, itertools.pairwise(words))))
    return found.keys()


@dataclass(frozen=True)
class Opinion:
    category: str  # the most probable category
    probability: float  # its probability
    probabilities: dict[str, float]
    not_a_job: float = 0.0  # probability that the mail is not about recruiting at all
    known: int = 0  # how many of the text's words and pairs the model knows (its evidence)
    # what the explanation is read from (kept, not computed, until someone asks)
    text: str = field(default="", repr=False, compare=False)
    model: Model | None = field(default=None, repr=False, compare=False)

    def of(self, category: str) -> float:
        return self.probabilities.get(category, 0.0)

    def words(self, count: int = 4) -> tuple[str, ...]:
        """The words and pairs present that did most to choose ``category`` over the runner-up
        (so "thank you", common to every answer, is not offered as a reason)."""
        if self.model is None:
            return ()
        ranked = sorted(self.probabilities, key=self.probabilities.__getitem__, reverse=True)
        runner_up = next((c for c in ranked if c != self.category), self.category)
        mine = self.model.indices_of(self.category)
        theirs = self.model.indices_of(runner_up)
        get = self.model.vectors.get
        pushes = []
        for f in features(self.text):
            vector = get(f)
            if vector is None or plain_word(f):
                continue
            # (one class, as most categories are: its weight is the max of one)
            ours = vector[mine[0]] if len(mine) == 1 else max(vector[i] for i in mine)
            others = vector[theirs[0]] if len(theirs) == 1 else max(vector[j] for j in theirs)
            pushes.append((ours - others, f))
        pushes.sort(reverse=True)
        return tuple(f for margin, f in pushes[:count] if margin > 0)

    def describe(self) -> str:
        words = ", ".join(f'"{w}"' for w in self.words())
        return f"model {self.category} {self.probability:.2f}: {words}"


NOT_ABOUT_A_JOB = "nonjob"  # the model's twelfth class; reported as "other"


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    vectors: dict[str, tuple[float, ...]]  # feature → one weight per class
    meta: dict[str, Any]

    def indices_of(self, category: str) -> tuple[int, ...]:
        """The model's classes reported as ``category`` (mail not about a job is "other")."""
        return tuple(i for i, c in enumerate(self.classes)
                     if c == category or (category == "other" and c == NOT_ABOUT_A_JOB))

    @cached_property
    def _reported(self) -> tuple[tuple[str, ...], int | None]:
        """The category each class is reported as (mail not about a job is "other"), and the
        index of that twelfth class (None when the model has none): once per model."""
        reported = tuple("other" if c == NOT_ABOUT_A_JOB else c for c in self.classes)
        nonjob = self.classes.index(NOT_ABOUT_A_JOB) if NOT_ABOUT_A_JOB in self.classes else None
        return reported, nonjob

    def opinion(self, text: str) -> Opinion:
        # One dict look-up per word or pair; the columns are summed by built-ins (map, zip,
        # sum), not a Python loop per weight, in the order the text gives the features (so the
        # same sums, to the last bit, in every run).
        found = [v for v in map(self.vectors.get, features(text)) if v is not None]
        if found:
            sums = map(sum, zip(*found, strict=True))  # every vector has one weight per class
            scores = [b + total for b, total in zip(self.intercept, sums, strict=True)]
        else:
            scores = list(self.intercept)
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        reported, nonjob = self._reported
        probabilities: dict[str, float] = {}
        for category, e in zip(reported, exps, strict=True):
            share = e / total
            # (a category's first class: 0.0 + share is share, so no addition)
            probabilities[category] = probabilities[category] + share \
                if category in probabilities else share
        best = max(probabilities, key=probabilities.__getitem__)
        not_a_job = exps[nonjob] / total if nonjob is not None else 0.0
        return Opinion(best, probabilities[best], probabilities, not_a_job, len(found), text,
                       self)


def model_from_json(data: dict[str, Any]) -> Model:
    """A model from its JSON form: sparse ``[class index, weight]`` pairs per feature on disk,
    one dense weight vector per feature in memory."""
    classes = tuple(data["classes"])
    vectors: dict[str, tuple[float, ...]] = {}
    for feature, pairs in data["weights"].items():
        vector = [0.0] * len(classes)
        for index, weight in pairs:
            vector[int(index)] = float(weight)
        vectors[feature] = tuple(vector)
    return Model(classes, tuple(float(b) for b in data["intercept"]), vectors,
                 dict(data.get("meta", {})))


@contextmanager
def collection_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while a shipped model loads: it builds some 100,000
    lists and tuples, none of them garbage, and every collection they set off would walk all
    of them again (half the load time, some 0.1 s a model)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_shipped(name: str, build: Callable[[dict[str, Any]], T]) -> T | None:
    """A model file in the package (``data/…json``) read by ``build``, or None when it has not
    been built; loaded with the collector paused (``collection_paused``)."""
    path = resources.files("onward.mail").joinpath(name)
    if not path.is_file():
        return None
    with collection_paused():
        return build(json.loads(path.read_text("utf-8")))


@cache
def shipped() -> Model | None:
    """The model in the package, or None when it has not been built (then the rules decide)."""
    return load_shipped(MODEL_FILE, model_from_json)

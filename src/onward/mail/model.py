"""A small word model: the second opinion beside the phrase-family rules.

The rules are precise but miss what they have no phrase for ("we've found our person", a
closure told in a long friendly note). The model is a multinomial logistic regression over the
words and word pairs of the text the rules read (``understand.rule_text``), trained on the
labelled development corpora in ``corpus/mail`` by ``make model`` (``onward.mail.train``,
scikit-learn, deterministic). Its weights ship as ``data/model.json``; reading it needs nothing
but the standard library, and nothing is downloaded.

Pure: a string in, probabilities and the words that weighed most out.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

MODEL_FILE = "data/model.json"
TEXT_LIMIT = 3000  # characters of the rule text the model reads (subject first)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def features(text: str) -> set[str]:
    """The words and adjacent word pairs of ``text`` (already lower-cased by ``rule_text``)."""
    words = _TOKEN.findall(text[:TEXT_LIMIT])
    found = set(words)
    found.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return found


@dataclass(frozen=True)
class Opinion:
    category: str  # the most probable category
    probability: float  # its probability
    probabilities: dict[str, float]
    present: tuple[tuple[str, tuple[tuple[int, float], ...]], ...] = ()  # features and weights
    indices: tuple[int, ...] = ()  # the model's classes that make up ``category``
    not_a_job: float = 0.0  # probability that the mail is not about recruiting at all

    def of(self, category: str) -> float:
        return self.probabilities.get(category, 0.0)

    def words(self, count: int = 4) -> tuple[str, ...]:
        """The features that pushed most towards ``category``."""
        pushes = sorted(
            ((w, f) for f, pairs in self.present for i, w in pairs if i in self.indices and w > 0),
            reverse=True,
        )
        return tuple(f for _, f in pushes[:count])

    def describe(self) -> str:
        words = ", ".join(f'"{w}"' for w in self.words())
        return f"model {self.category} {self.probability:.2f}: {words}"


NOT_ABOUT_A_JOB = "nonjob"  # the model's twelfth class; reported as "other"


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercept: tuple[float, ...]
    weights: dict[str, tuple[tuple[int, float], ...]]  # feature → (class index, weight) pairs
    meta: dict[str, Any]

    def opinion(self, text: str) -> Opinion:
        scores = list(self.intercept)
        get = self.weights.get
        present = []
        for feature in features(text):
            found = get(feature)
            if found is not None:
                present.append((feature, found))
                for index, weight in found:
                    scores[index] += weight
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        probabilities: dict[str, float] = {}
        members: dict[str, list[int]] = {}
        for index, (name, e) in enumerate(zip(self.classes, exps, strict=True)):
            category = "other" if name == NOT_ABOUT_A_JOB else name
            probabilities[category] = probabilities.get(category, 0.0) + e / total
            members.setdefault(category, []).append(index)
        best = max(probabilities, key=probabilities.__getitem__)
        not_a_job = (exps[self.classes.index(NOT_ABOUT_A_JOB)] / total
                     if NOT_ABOUT_A_JOB in self.classes else 0.0)
        return Opinion(best, probabilities[best], probabilities, tuple(present),
                       tuple(members[best]), not_a_job)


def model_from_json(data: dict[str, Any]) -> Model:
    classes = tuple(data["classes"])
    weights = {
        feature: tuple((int(i), float(w)) for i, w in pairs)
        for feature, pairs in data["weights"].items()
    }
    return Model(classes, tuple(float(b) for b in data["intercept"]), weights,
                 dict(data.get("meta", {})))


@cache
def shipped() -> Model | None:
    """The model in the package, or None when it has not been built (then the rules decide)."""
    path = resources.files("onward.mail").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return model_from_json(json.loads(path.read_text("utf-8")))

"""Word models for a rejection's details: its reasons and its stage, beside the rules.

The reason and stage rules (``understand_details``) are precise, but they miss a reason stated
in words they have no pattern for ("the budget for this post tops out below what you asked",
"we need someone who can start on nights"): measured on mail never tuned on, they named the
reasons exactly in about 0.58 of rejections and a wrong stage in more than one in five. Two
small logistic regressions over the same words and word pairs as the category model
(``model.features``) read the rejection again, trained by ``make model`` on the labelled
rejections of the development corpora:

- **reasons**: one yes/no model per reason code. A reason the model gives at least
  ``ADD_REASON`` is added to the rules' reasons. A reason the rules found stays: its phrase
  is its evidence, and the model knows little of short letters and other languages (it was
  tried as a veto, and it dropped plain "you are overqualified" and a German salary reason).
- **stage**: one model over the five stages. It replaces the rules' stage only when it is at
  least ``TAKE_STAGE`` sure, and never with "after application" or "unknown" when the rules
  read a later stage from a cue in the letter ("your interview", "the final round"): the
  model's leaning to the commonest stage is no evidence against what the letter says.

The thresholds were chosen by five-fold cross-validation over the development corpora (a
corpus is never in its own training fold): reasons named exactly rose from 0.56 to 0.64 of
rejections, the stage from 0.78 to 0.82. Every change a model makes is named in the
evidence with the words that weighed most ("reason compensation: model 0.91: "salary",
"budget""), so the seeker sees why. Weights ship as ``data/details_model.json``; reading it
needs only the standard library.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from onward.mail.model import Model, features, model_from_json, plain_word
from onward.mail.understand_details import consistent

DETAILS_FILE = "data/details_model.json"
ADD_REASON = 0.5
TAKE_STAGE = 0.7
NO_REASON = "no_reason_given"
DEFAULT_STAGE = "after_application"  # what the rules answer when no cue says otherwise
_NO_LATER_STAGE = frozenset({DEFAULT_STAGE, "unknown"})


@dataclass(frozen=True)
class ReasonsModel:
    codes: tuple[str, ...]
    intercept: tuple[float, ...]
    vectors: dict[str, tuple[float, ...]]  # feature -> one weight per code

    def probabilities(self, text: str) -> dict[str, float]:
        """How likely the rejection ``text`` states each reason (each on its own)."""
        found = [v for v in map(self.vectors.get, features(text)) if v is not None]
        sums = map(sum, zip(*found, strict=True)) if found else (0.0 for _ in self.codes)
        return {code: _sigmoid(b + total)
                for code, b, total in zip(self.codes, self.intercept, sums, strict=True)}

    def words(self, text: str, code: str, count: int = 3) -> tuple[str, ...]:
        """The words and pairs present that weighed most for ``code``."""
        index = self.codes.index(code)
        pushes = []
        for feature in features(text):
            vector = self.vectors.get(feature)
            if vector is not None and vector[index] > 0 and not plain_word(feature):
                pushes.append((vector[index], feature))
        pushes.sort(reverse=True)
        return tuple(feature for _, feature in pushes[:count])


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


@dataclass(frozen=True)
class DetailsModel:
    reasons: ReasonsModel
    stage: Model


def details_from_json(data: dict[str, Any]) -> DetailsModel:
    """The models from their JSON form (sparse ``[index, weight]`` pairs per feature)."""
    reasons = data["reasons"]
    codes = tuple(str(c) for c in reasons["codes"])
    vectors: dict[str, tuple[float, ...]] = {}
    for feature, pairs in reasons["weights"].items():
        vector = [0.0] * len(codes)
        for index, weight in pairs:
            vector[int(index)] = float(weight)
        vectors[feature] = tuple(vector)
    return DetailsModel(
        ReasonsModel(codes, tuple(float(b) for b in reasons["intercept"]), vectors),
        model_from_json(data["stage"]),
    )


@cache
def shipped() -> DetailsModel | None:
    """The models in the package, or None when they have not been built (the rules decide)."""
    path = resources.files("onward.mail").joinpath(DETAILS_FILE)
    if not path.is_file():
        return None
    return details_from_json(json.loads(path.read_text("utf-8")))


def learned_stage(text: str, stage: str, trained: DetailsModel | None = None
                  ) -> tuple[str, tuple[str, ...]]:
    """The stage of the rejection ``text``: the rules' ``stage``, or the model's when it is at
    least ``TAKE_STAGE`` sure of another (and the rules' is a default, or the model's is a
    stage reached); and the evidence line when it changed."""
    trained = trained if trained is not None else shipped()
    if trained is None:
        return stage, ()
    opinion = trained.stage.opinion(text)
    if opinion.category == stage or opinion.probability < TAKE_STAGE or (
            stage != DEFAULT_STAGE and opinion.category in _NO_LATER_STAGE):
        return stage, ()
    return opinion.category, (
        f"stage {opinion.category}: {_told(opinion.probability, opinion.words(3))}",)


def learned_reasons(text: str, reasons: tuple[str, ...], stage: str,
                    trained: DetailsModel | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The rules' ``reasons`` for the rejection ``text`` with those the model adds (kept
    consistent: ``understand_details.consistent``), and an evidence line per addition."""
    trained = trained if trained is not None else shipped()
    if trained is None:
        return reasons, ()
    chances = trained.reasons.probabilities(text)
    kept = {code for code in reasons if code != NO_REASON}
    added = [code for code, chance in chances.items() if chance >= ADD_REASON and code not in kept]
    final = consistent(kept | set(added), stage)
    evidence = tuple(f"reason {code}: {_told(chances[code], trained.reasons.words(text, code))}"
                     for code in added if code in final)
    return final, evidence


def _told(chance: float, words: tuple[str, ...]) -> str:
    said = ", ".join(f'"{w}"' for w in words)
    return f"model {chance:.2f}" + (f": {said}" if said else "")

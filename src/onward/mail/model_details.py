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

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from onward.mail.model import features, load_shipped, plain_word
from onward.mail.understand_details import consistent

DETAILS_FILE = "data/details_model.json"
ADD_REASON = 0.5
TAKE_STAGE = 0.7
NO_REASON = "no_reason_given"
DEFAULT_STAGE = "after_application"  # what the rules answer when no cue says otherwise
_NO_LATER_STAGE = frozenset({DEFAULT_STAGE, "unknown"})


@dataclass(frozen=True)
class DetailsModel:
    """Both models in one table: each feature's weights for the reason codes, then for the
    stages, so a rejection's words are looked up once for both."""

    codes: tuple[str, ...]  # reason codes
    stages: tuple[str, ...]
    intercept: tuple[float, ...]  # one per code, then one per stage
    vectors: dict[str, tuple[float, ...]]

    def read(self, text: str) -> Reading:
        """The chance of each reason (each on its own) and of each stage (together one)."""
        get = self.vectors.get
        known = [(f, v) for f in features(text) if (v := get(f)) is not None]
        sums = (list(map(sum, zip(*(v for _, v in known), strict=True))) if known
                else [0.0] * len(self.intercept))
        scores = [b + total for b, total in zip(self.intercept, sums, strict=True)]
        split = len(self.codes)
        chances = {code: _sigmoid(score) for code, score in zip(self.codes, scores, strict=False)}
        staged = scores[split:]
        top = max(staged)
        exps = [math.exp(score - top) for score in staged]
        total = sum(exps)
        stages = {stage: e / total for stage, e in zip(self.stages, exps, strict=True)}
        return Reading(self, known, chances, stages)

    @staticmethod
    def words(known: list[tuple[str, tuple[float, ...]]], column: int,
              against: int | None = None, count: int = 3) -> tuple[str, ...]:
        """The words and pairs (of those ``read`` found) that weighed most for one column (a
        code, or a stage ``against`` the runner-up stage's column)."""
        pushes = []
        for feature, vector in known:
            push = vector[column] - (vector[against] if against is not None else 0.0)
            if push > 0 and not plain_word(feature):
                pushes.append((push, feature))
        pushes.sort(reverse=True)
        return tuple(feature for _, feature in pushes[:count])


@dataclass(frozen=True)
class Reading:
    model: DetailsModel
    known: list[tuple[str, tuple[float, ...]]]  # the text's words and pairs the model knows
    reasons: dict[str, float]  # code -> chance
    stages: dict[str, float]  # stage -> probability

    def why(self, name: str) -> str:
        """'model 0.91: "salary", "budget"' for a reason code or a stage."""
        model = self.model
        against = None
        if name in self.reasons:
            chance, column = self.reasons[name], model.codes.index(name)
        else:  # what set this stage above the next likeliest
            chance, column = self.stages[name], len(model.codes) + model.stages.index(name)
            ranked = sorted(self.stages, key=self.stages.__getitem__, reverse=True)
            runner_up = next(stage for stage in ranked if stage != name)
            against = len(model.codes) + model.stages.index(runner_up)
        said = ", ".join(f'"{w}"' for w in model.words(self.known, column, against))
        return f"model {chance:.2f}" + (f": {said}" if said else "")


def _sigmoid(score: float) -> float:
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    exp = math.exp(score)
    return exp / (1.0 + exp)


def details_from_json(data: dict[str, Any]) -> DetailsModel:
    """The models from their JSON form (sparse ``[index, weight]`` pairs per feature, a
    section per model), merged into one table."""
    reasons, staged = data["reasons"], data["stage"]
    codes = tuple(str(c) for c in reasons["codes"])
    stages = tuple(str(s) for s in staged["classes"])
    width = len(codes) + len(stages)
    table: dict[str, list[float]] = {}
    for offset, weights in ((0, reasons["weights"]), (len(codes), staged["weights"])):
        for feature, pairs in weights.items():
            vector = table.get(feature)
            if vector is None:
                vector = table[feature] = [0.0] * width
            for index, weight in pairs:
                vector[offset + int(index)] = float(weight)
    intercept = (*(float(b) for b in reasons["intercept"]),
                 *(float(b) for b in staged["intercept"]))
    return DetailsModel(codes, stages, intercept,
                        {feature: tuple(vector) for feature, vector in table.items()})


@cache
def shipped() -> DetailsModel | None:
    """The models in the package, or None when they have not been built (the rules decide)."""
    return load_shipped(DETAILS_FILE, details_from_json)


def read(text: str, trained: DetailsModel | None = None) -> Reading | None:
    """The models' reading of the rejection ``text``; None when they have not been built."""
    trained = trained if trained is not None else shipped()
    return trained.read(text) if trained is not None else None


def learned_stage(reading: Reading | None, stage: str) -> tuple[str, tuple[str, ...]]:
    """The stage of the rejection: the rules' ``stage``, or the model's when it is at least
    ``TAKE_STAGE`` sure of another (and the rules' is a default, or the model's is a stage
    reached); and the evidence line when it changed."""
    if reading is None:
        return stage, ()
    best = max(reading.stages, key=reading.stages.__getitem__)
    if best == stage or reading.stages[best] < TAKE_STAGE or (
            stage != DEFAULT_STAGE and best in _NO_LATER_STAGE):
        return stage, ()
    return best, (f"stage {best}: {reading.why(best)}",)


def learned_reasons(reading: Reading | None, reasons: tuple[str, ...], stage: str
                    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The rules' ``reasons`` for the rejection with those the model adds (kept consistent:
    ``understand_details.consistent``), and an evidence line per addition."""
    if reading is None:
        return reasons, ()
    kept = {code for code in reasons if code != NO_REASON}
    added = [code for code, chance in reading.reasons.items()
             if chance >= ADD_REASON and code not in kept]
    final = consistent(kept | set(added), stage)
    return final, tuple(f"reason {code}: {reading.why(code)}" for code in added if code in final)

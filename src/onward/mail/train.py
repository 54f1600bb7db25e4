"""Rebuild ``data/model.json`` and ``data/details_model.json`` from the labelled development
corpora: ``make model``.

    .venv/bin/python -m onward.mail.train [--corpora corpus/mail] [--out PATH] [--check]

Reads every ``corpus/mail/dev*`` folder (never ``holdout`` or ``fresh``: those measure), turns
each message into the text the rules read, and fits a multinomial logistic regression
(scikit-learn, lbfgs: deterministic for the same data) over words and word pairs seen in at
least two messages. Weights too small to move a decision are dropped and the rest rounded, so
the shipped file stays small; ``--check`` retrains and reports whether the shipped files say
the same. scikit-learn is a development dependency only: reading the models needs none.

The details models (``model_details``) are fitted the same way on the messages labelled as
rejections: one yes/no regression per reason code, and one over the five stages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from onward.mail import model_details
from onward.mail.evaluate import read_labels
from onward.mail.model import MODEL_FILE, features, model_from_json
from onward.mail.model_details import (
    DETAILS_FILE,
    details_from_json,
    learned_reasons,
    learned_stage,
)
from onward.mail.parse import parse_message
from onward.mail.pipeline import mail_text
from onward.mail.understand import CATEGORIES, prepared

ROOT = Path(__file__).resolve().parents[3]
C = 3.0  # inverse regularisation strength, chosen by leave-one-corpus-out on dev, dev2, dev3
DETAILS_C = 2.0  # the same for the details models, chosen by five-fold cross-validation by corpus
MIN_MESSAGES = 2  # a word seen in one message only is noise
KEEP = 0.02  # weights below this (absolute) are dropped from the shipped file
DIGITS = 4


def training_corpora(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("dev*") if (p / "labels.jsonl").is_file())


NOT_ABOUT_A_JOB = "nonjob"  # a twelfth class: "other" mail that is not about recruiting at all


def examples(corpus: Path) -> list[tuple[str, str]]:
    """(rule text, class) for every message of one corpus. Mail labelled as not about
    recruiting (``templated`` null, by the corpus conventions) is its own class, so the model
    can say "this is not about a job" apart from recruiting mail that decides nothing."""
    found = []
    for label in read_labels(corpus):
        category = str(label["category"])
        if category == "other" and label.get("templated") is None:
            category = NOT_ABOUT_A_JOB
        found.append((_rule_text(corpus, label), category))
    return found


def _rule_text(corpus: Path, label: dict[str, Any]) -> str:
    """The text the rules and the models read of one labelled message."""
    return prepared(mail_text(parse_message((corpus / label["file"]).read_bytes())))[2]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def train(corpora: list[Path]) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    rows: list[tuple[str, str]] = []
    for corpus in corpora:
        rows.extend(examples(corpus))
    vectorizer, matrix = _matrix([text for text, _ in rows])
    fitted = LogisticRegression(C=C, max_iter=5000, tol=1e-6)
    fitted.fit(matrix, [category for _, category in rows])
    classes = [str(c) for c in fitted.classes_]
    order = [classes.index(c) for c in (*CATEGORIES, NOT_ABOUT_A_JOB) if c in classes]
    weights = _sparse([fitted.coef_[i] for i in order], vectorizer.get_feature_names_out())
    return {
        "classes": [classes[i] for i in order],
        "intercept": [round(float(fitted.intercept_[i]), DIGITS) for i in order],
        "weights": weights,
        "meta": {
            "trained_on": _trained_on(corpora),
            "messages": len(rows),
            "features": len(weights),
            "c": C,
            "min_messages": MIN_MESSAGES,
            "keep": KEEP,
            "rebuild": "make model",
        },
    }


def _matrix(texts: list[str]) -> tuple[Any, Any]:
    """The fitted vectorizer and the 0/1 matrix of the words and pairs of ``texts`` seen in at
    least ``MIN_MESSAGES`` of them."""
    from sklearn.feature_extraction import DictVectorizer

    counts: dict[str, int] = {}
    bags = [features(text) for text in texts]
    for bag in bags:
        for feature in bag:
            counts[feature] = counts.get(feature, 0) + 1
    kept = [{f: 1 for f in sorted(bag) if counts[f] >= MIN_MESSAGES} for bag in bags]
    vectorizer = DictVectorizer(sort=True)
    return vectorizer, vectorizer.fit_transform(kept)


def _trained_on(corpora: list[Path]) -> dict[str, Any]:
    return {p.name: {"messages": len(read_labels(p)), "labels_sha256": _digest(p / "labels.jsonl")}
            for p in corpora}


def rejection_examples(corpus: Path) -> list[tuple[str, list[str], str]]:
    """(rule text, reason codes, stage) for every message of one corpus labelled a rejection."""
    found = []
    for label in read_labels(corpus):
        if label["category"] != "rejection":
            continue
        reasons = sorted(set(label.get("reasons") or ["no_reason_given"]))
        found.append((_rule_text(corpus, label), reasons, str(label.get("stage") or "unknown")))
    return found


def _sparse(coef: Any, names: Any) -> dict[str, list[list[float]]]:
    """Feature -> [[row, weight], ...] for the weights of ``coef`` (rows by columns) kept."""
    weights: dict[str, list[list[float]]] = {}
    for column, name in enumerate(names):
        pairs = [[row, round(float(coef[row][column]), DIGITS)] for row in range(len(coef))]
        pairs = [p for p in pairs if abs(p[1]) >= KEEP]
        if pairs:
            weights[str(name)] = pairs
    return weights


def train_details(corpora: list[Path]) -> dict[str, Any]:
    """The reasons and stage models (``model_details``) from the corpora's rejections."""
    from sklearn.linear_model import LogisticRegression

    from onward.mail.understand_details import REASON_CODES, STAGES

    rows: list[tuple[str, list[str], str]] = []
    for corpus in corpora:
        rows.extend(rejection_examples(corpus))
    vectorizer, matrix = _matrix([text for text, _, _ in rows])
    names = vectorizer.get_feature_names_out()
    coefs, intercepts = [], []
    for code in REASON_CODES:
        fitted = LogisticRegression(C=DETAILS_C, max_iter=5000, tol=1e-6)
        fitted.fit(matrix, [code in reasons for _, reasons, _ in rows])
        coefs.append(fitted.coef_[0])
        intercepts.append(round(float(fitted.intercept_[0]), DIGITS))
    staged = LogisticRegression(C=DETAILS_C, max_iter=5000, tol=1e-6)
    staged.fit(matrix, [stage for _, _, stage in rows])
    classes = [str(c) for c in staged.classes_]
    order = [classes.index(s) for s in STAGES if s in classes]
    reasons_weights = _sparse(coefs, names)
    stage_weights = _sparse([staged.coef_[i] for i in order], names)
    return {
        "reasons": {"codes": list(REASON_CODES), "intercept": intercepts,
                    "weights": reasons_weights},
        "stage": {"classes": [classes[i] for i in order],
                  "intercept": [round(float(staged.intercept_[i]), DIGITS) for i in order],
                  "weights": stage_weights},
        "meta": {
            "trained_on": _trained_on(corpora),
            "rejections": len(rows),
            "features": len(set(reasons_weights) | set(stage_weights)),
            "c": DETAILS_C,
            "min_messages": MIN_MESSAGES,
            "keep": KEEP,
            "rebuild": "make model",
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=ROOT / "corpus" / "mail")
    parser.add_argument("--out", type=Path,
                        default=Path(__file__).resolve().parent / MODEL_FILE)
    parser.add_argument("--details-out", type=Path,
                        default=Path(__file__).resolve().parent / DETAILS_FILE)
    parser.add_argument("--check", action="store_true",
                        help="retrain and compare with the shipped file; write nothing")
    args = parser.parse_args(argv)
    corpora = training_corpora(args.corpora)
    if not corpora:
        print(f"error: no dev* corpora under {args.corpora}", file=sys.stderr)
        return 1
    data = train(corpora)
    details = train_details(corpora)
    if args.check:
        shipped = json.loads(args.out.read_text("utf-8"))
        same = agreement(model_from_json(shipped), model_from_json(data), corpora)
        print(f"retrained model agrees with {args.out.name} on {same:.1%} of training messages")
        shipped_details = json.loads(args.details_out.read_text("utf-8"))
        same_details = details_agreement(details_from_json(shipped_details),
                                         details_from_json(details), corpora)
        print(f"retrained details models agree with {args.details_out.name} on "
              f"{same_details:.1%} of training rejections")
        return 0 if same == 1.0 and same_details == 1.0 else 1
    for path, written in ((args.out, data), (args.details_out, details)):
        path.write_text(json.dumps(written, separators=(",", ":"), sort_keys=True) + "\n",
                        encoding="utf-8")
    meta = data["meta"]
    print(f"wrote {args.out} ({meta['features']} features from {meta['messages']} messages "
          f"in {', '.join(meta['trained_on'])})")
    print(f"wrote {args.details_out} ({details['meta']['features']} features from "
          f"{details['meta']['rejections']} rejections)")
    return 0


def agreement(one: Any, other: Any, corpora: list[Path]) -> float:
    texts = [text for corpus in corpora for text, _ in examples(corpus)]
    same = sum(one.opinion(t).category == other.opinion(t).category for t in texts)
    return same / len(texts)


def details_agreement(one: Any, other: Any, corpora: list[Path]) -> float:
    """The share of training rejections the two details models read alike (stage and
    reasons, starting from no rule reasons)."""
    texts = [text for corpus in corpora for text, _, _ in rejection_examples(corpus)]

    def reading(text: str, model: Any) -> tuple[Any, ...]:
        read = model_details.read(text, model)
        stage = learned_stage(read, "")[0]
        return stage, learned_reasons(read, (), stage)[0]

    same = sum(reading(t, one) == reading(t, other) for t in texts)
    return same / len(texts)


if __name__ == "__main__":
    raise SystemExit(main())

"""Rebuild ``data/model.json`` from the labelled development corpora: ``make model``.

    .venv/bin/python -m onward.mail.train [--corpora corpus/mail] [--out PATH] [--check]

Reads every ``corpus/mail/dev*`` folder (never ``holdout`` or ``fresh``: those measure), turns
each message into the text the rules read, and fits a multinomial logistic regression
(scikit-learn, lbfgs: deterministic for the same data) over words and word pairs seen in at
least two messages. Weights too small to move a decision are dropped and the rest rounded, so
the shipped file stays small; ``--check`` retrains and reports whether the shipped file says
the same. scikit-learn is a development dependency only: reading the model needs none.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from onward.mail.evaluate import read_labels
from onward.mail.model import MODEL_FILE, features, model_from_json
from onward.mail.parse import parse_message
from onward.mail.pipeline import mail_text
from onward.mail.understand import CATEGORIES, prepared

ROOT = Path(__file__).resolve().parents[3]
C = 3.0  # inverse regularisation strength, chosen by leave-one-corpus-out on dev, dev2, dev3
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
        mail = mail_text(parse_message((corpus / label["file"]).read_bytes()))
        category = str(label["category"])
        if category == "other" and label.get("templated") is None:
            category = NOT_ABOUT_A_JOB
        found.append((prepared(mail)[2], category))
    return found


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def train(corpora: list[Path]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows: list[tuple[str, str]] = []
    for corpus in corpora:
        rows.extend(examples(corpus))
    counts: dict[str, int] = {}
    bags = [features(text) for text, _ in rows]
    for bag in bags:
        for feature in bag:
            counts[feature] = counts.get(feature, 0) + 1
    kept = [{f: 1 for f in sorted(bag) if counts[f] >= MIN_MESSAGES} for bag in bags]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(kept)
    fitted = LogisticRegression(C=C, max_iter=5000, tol=1e-6)
    fitted.fit(matrix, [category for _, category in rows])
    classes = [str(c) for c in fitted.classes_]
    order = [classes.index(c) for c in (*CATEGORIES, NOT_ABOUT_A_JOB) if c in classes]
    weights: dict[str, list[list[float]]] = {}
    names = vectorizer.get_feature_names_out()
    for column, name in enumerate(names):
        pairs = [[new, round(float(fitted.coef_[old, column]), DIGITS)]
                 for new, old in enumerate(order)]
        pairs = [p for p in pairs if abs(p[1]) >= KEEP]
        if pairs:
            weights[str(name)] = pairs
    return {
        "classes": [classes[i] for i in order],
        "intercept": [round(float(fitted.intercept_[i]), DIGITS) for i in order],
        "weights": weights,
        "meta": {
            "trained_on": {p.name: {"messages": len(read_labels(p)),
                                    "labels_sha256": _digest(p / "labels.jsonl")}
                           for p in corpora},
            "messages": len(rows),
            "features": len(weights),
            "c": C,
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
    parser.add_argument("--check", action="store_true",
                        help="retrain and compare with the shipped file; write nothing")
    args = parser.parse_args(argv)
    corpora = training_corpora(args.corpora)
    if not corpora:
        print(f"error: no dev* corpora under {args.corpora}", file=sys.stderr)
        return 1
    data = train(corpora)
    if args.check:
        shipped = json.loads(args.out.read_text("utf-8"))
        same = agreement(model_from_json(shipped), model_from_json(data), corpora)
        print(f"retrained model agrees with {args.out.name} on {same:.1%} of training messages")
        return 0 if same == 1.0 else 1
    args.out.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n",
                        encoding="utf-8")
    meta = data["meta"]
    print(f"wrote {args.out} ({meta['features']} features from {meta['messages']} messages "
          f"in {', '.join(meta['trained_on'])})")
    return 0


def agreement(one: Any, other: Any, corpora: list[Path]) -> float:
    texts = [text for corpus in corpora for text, _ in examples(corpus)]
    same = sum(one.opinion(t).category == other.opinion(t).category for t in texts)
    return same / len(texts)


if __name__ == "__main__":
    raise SystemExit(main())

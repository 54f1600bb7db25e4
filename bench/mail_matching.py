"""Does mail land on the right application? Import each labelled corpus, accept everything, and
compare the applications Onward filed the messages under with the employers in the labels.

    .venv/bin/python bench/mail_matching.py [--jobs 2] [CORPUS ...]

For each corpus (default: every labelled folder under corpus/mail), in its own process and a
fresh database, as a seeker starting with an empty board would:
1. ``onward mail import FOLDER`` (the messages in file order, which is date order per seeker);
2. accept every proposal, oldest mail first (``accept-all --min 0``).
Then, over the recruiting messages whose label names an employer (not job alerts):
- placed: the share that ended up on an application (the rest were read as not recruiting, or
  their proposal could not be applied);
- B-cubed precision: for a placed message, the share of its application's messages that are
  about the same employer (low when two employers' mail is merged);
- B-cubed recall: the share of that employer's placed messages that share its application
  (low when one employer's mail is scattered over several applications);
- apps/employer: applications made per labelled employer (1.00 is one card per employer);
- pair precision and recall over applications: two placed messages belong together when the
  labels name the same employer and roles that are alike (or one names none); precision is the
  share of pairs Onward put together that belong together, recall the share of those that
  belong together that it put together. This one tells two roles at one employer apart, which
  the employer-level B-cubed figures count as a split.
Employers are the labels' company names, folded as matching folds them.
Never fails on a figure: the figures go into the issue notes.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOT_FILED = frozenset({"job_alert", "other"})


def run_corpus(folder: Path) -> list[dict[str, object]]:
    """In a child process: import ``folder``, accept all, and say where each message went."""
    from onward.runtime import current_owner

    owner = current_owner()  # creates and migrates the database, and sets Django up
    from onward.mail import decisions, services
    from onward.mail.models import MailMessage

    services.import_source(owner=owner, spec=str(folder))
    decisions.accept_all(owner=owner, min_confidence=0.0)
    placed: list[dict[str, object]] = []
    for message in MailMessage.objects.filter(owner=owner).prefetch_related("proposals"):
        applications = [p.application_id for p in message.proposals.all()
                        if p.status in ("accepted", "edited") and p.application_id]
        placed.append({"file": Path(message.source).name,
                       "application": applications[0] if applications else None})
    return placed


def _child(folder: Path) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory(prefix="onward-match-") as home:
        env = {**os.environ, "ONWARD_HOME": home, "DJANGO_SETTINGS_MODULE": "onward.web.settings"}
        done = subprocess.run([sys.executable, __file__, "--child", str(folder)], env=env,
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{folder.name}: the import failed\n{done.stderr[-2000:]}")
        return list(json.loads(done.stdout))


def score(folder: Path, placed: list[dict[str, object]]) -> dict[str, float]:
    from onward.mail.evaluate import read_labels
    from onward.mail.matching import normalize_company

    where = {str(p["file"]): p["application"] for p in placed}
    employer_of: dict[str, str] = {}
    role_of: dict[str, str | None] = {}
    for label in read_labels(folder):
        if label["category"] not in NOT_FILED and label.get("company"):
            employer_of[label["file"]] = normalize_company(label["company"])
            role_of[label["file"]] = label.get("role")
    filed = {f: where[f] for f in employer_of if where.get(f)}
    by_app: dict[object, list[str]] = defaultdict(list)
    by_employer: dict[str, list[str]] = defaultdict(list)
    for file, app in filed.items():
        by_app[app].append(file)
        by_employer[employer_of[file]].append(file)
    precision = recall = 0.0
    for file, app in filed.items():
        same = sum(1 for other in by_app[app] if employer_of[other] == employer_of[file])
        precision += same / len(by_app[app])
        recall += same / len(by_employer[employer_of[file]])
    n = len(filed)
    together = belong = both = 0
    files = sorted(filed)
    for i, one in enumerate(files):
        for other in files[i + 1:]:
            joined = filed[one] == filed[other]
            related = employer_of[one] == employer_of[other] and _alike(role_of[one], role_of[other])
            together += joined
            belong += related
            both += joined and related
    return {"labelled": len(employer_of), "placed": n,
            "precision": precision / n if n else 0.0, "recall": recall / n if n else 0.0,
            "apps": len(by_app), "employers": len(by_employer),
            "together": together, "belong": belong, "both": both}


def _alike(one: str | None, other: str | None) -> bool:
    from onward.mail.matching import role_similarity

    return not one or not other or role_similarity(one, other) >= 0.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child")
    parser.add_argument("corpora", nargs="*")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_corpus(Path(args.child))))
        return
    base = ROOT / "corpus" / "mail"
    folders = ([base / name if not Path(name).is_dir() else Path(name) for name in args.corpora]
               or sorted(p for p in base.iterdir() if (p / "labels.jsonl").is_file()))
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda f: (f, score(f, _child(f))), folders))
    print(f"{'corpus':12} {'labelled':>8} {'placed':>7} {'B3 prec':>8} {'B3 rec':>7} "
          f"{'apps/employer':>14} {'pair prec':>9} {'pair rec':>8}")
    groups: dict[str, list[dict[str, float]]] = defaultdict(list)
    for folder, figures in results:
        print(_row(folder.name, [figures]))
        groups["measure" if _measure_only(folder.name) else "tuned"].append(figures)
        groups["all"].append(figures)
    for name in ("tuned", "measure", "all"):
        if groups[name]:
            print(_row(f"[{name}]", groups[name]))


def _measure_only(name: str) -> bool:
    """The corpora nothing is tuned on (see corpus/mail/README.md)."""
    return name.startswith("fresh") or name in ("holdout", "lookalikes")


def _row(name: str, parts: list[dict[str, float]]) -> str:
    keys = ("labelled", "placed", "apps", "employers", "together", "belong", "both")
    total = {key: sum(p[key] for p in parts) for key in keys}
    placed = max(1.0, total["placed"])
    precision = sum(p["precision"] * p["placed"] for p in parts) / placed
    recall = sum(p["recall"] * p["placed"] for p in parts) / placed
    return (f"{name:12} {total['labelled']:>8.0f} {total['placed'] / max(1, total['labelled']):>7.3f} "
            f"{precision:>8.3f} {recall:>7.3f} {total['apps'] / max(1, total['employers']):>14.2f} "
            f"{total['both'] / max(1, total['together']):>9.3f} "
            f"{total['both'] / max(1, total['belong']):>8.3f}")


if __name__ == "__main__":
    main()

"""Mail intake benchmark: classify and import throughput and peak memory, beside a bare parse.

    .venv/bin/python bench/intake.py [--count 100000] [--skip-import]

1. Generates an mbox of COUNT mixed messages (rejections, invites, acknowledgements, alerts,
   newsletters, personal mail; plain and multipart/alternative HTML; some attachments and
   non-ASCII subjects) with a fixed seed.
2. Runs each phase in its own process and reads that process's peak RSS from the kernel:
   - baseline: the fastest bare stdlib parse (``email.message_from_bytes``, compat32, decoding
     the text parts) of the same messages;
   - parse: Onward's parser alone;
   - classify: what ``onward mail classify -j 1`` does (parse + understand + a JSON line);
   - classify_j: the same with one worker process per core, ``classify``'s default (its CPU
     seconds include the workers', so msg/s/core stays per core; msg/s wall is what a user
     waits);
   - import: ``onward mail import`` into a fresh SQLite database.
3. Prints a table. Never fails on time: the figures go into the issue notes.
"""

from __future__ import annotations

import argparse
import email
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGETS = "targets: classify ≥ 2,000 msg/s per core and ≤ 1.5× bare parse time; import ≥ 1,000 msg/s; peak RSS < 300 MB"

COMPANIES = ["Acme", "Globex", "Initech", "Umbrella", "Northwind Analytics", "Hooli", "Vandelay",
             "Stark Industries", "Wayne Enterprises", "Müller & Söhne GmbH", "Tyrell", "Soylent"]  # fmt: skip
ROLES = ["Data Analyst", "Senior Backend Engineer", "Product Manager", "UX Designer",
         "Registered Nurse", "Marketing Coordinator", "QA Engineer", "Research Scientist"]  # fmt: skip
BODIES = {
    "rejection": "Dear {name},\n\nThank you for your interest in the {role} position at {company}. "
    "After careful consideration, we have decided to move forward with other candidates whose "
    "experience more closely matches our needs. We will keep your résumé on file.\n\n"
    "Best regards,\n{company} Recruiting",
    "invite": "Hi {name},\n\nThanks for applying for the {role} role at {company}. We would like to "
    "invite you to a 45-minute interview with the hiring manager next week. Please use the link "
    "below to choose a time.\n\nThanks,\nJo from {company}",
    "received": "Hello {name},\n\nThank you for applying to {company}! We have received your "
    "application for {role} and our team will review it shortly.\n\n{company} Talent Team",
    "reschedule": "Hi {name},\n\nUnfortunately we need to reschedule your interview for the {role} "
    "role. Would Thursday at 2pm work instead?\n\nBest,\n{company}",
    "alert": "New jobs for you: {role} at {company} (Remote), {role} at Hooli (Berlin), and 12 "
    "more. Unsubscribe or manage your job alerts in settings.",
    "newsletter": "This week: 20% off garden furniture, new recipes for autumn, and the best "
    "hiking trails near you. You are receiving this because you subscribed.",
    "personal": "Hey {name}, are we still on for dinner on Saturday? Bring the board game.\n\nA.",
}
KINDS = list(BODIES)
WEIGHTS = [15, 10, 15, 5, 15, 25, 15]


def _message(rng: random.Random, n: int) -> str:
    kind = rng.choices(KINDS, WEIGHTS)[0]
    company, role = rng.choice(COMPANIES), rng.choice(ROLES)
    body = BODIES[kind].format(name="Sam", role=role, company=company)
    domain = company.split()[0].lower().replace("ü", "ue") + ".example"
    subject = {"rejection": f"Your application for {role}", "invite": f"Interview invitation – {role}",
               "received": f"Application received: {role}", "reschedule": "Change of plans",
               "alert": f"{role} jobs near you", "newsletter": "Autumn deals ☀",
               "personal": "Saturday?"}[kind]  # fmt: skip
    head = (
        f"From: {company} Careers <careers@{domain}>\nTo: sam@example.com\n"
        f"Subject: =?utf-8?b?{__import__('base64').b64encode(subject.encode()).decode()}?=\n"
        f"Date: Mon, {1 + n % 28} Nov 2026 10:{n % 60:02d}:00 +0000\n"
        f"Message-ID: <bench-{n}@{domain}>\nMIME-Version: 1.0\n"
    )
    if n % 3 == 0:
        html = "".join(f"<p>{line}</p>" for line in body.split("\n") if line)
        html = f'<html><body>{html}<img src="https://t.example/{n}.gif"></body></html>'
        parts = (
            f'Content-Type: multipart/alternative; boundary="b{n}"\n\n--b{n}\n'
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n--b{n}\n"
            f"Content-Type: text/html; charset=utf-8\n\n{html}\n--b{n}--\n"
        )
    elif n % 10 == 1:
        parts = (
            f'Content-Type: multipart/mixed; boundary="m{n}"\n\n--m{n}\n'
            f"Content-Type: text/plain; charset=utf-8\n\n{body}\n--m{n}\n"
            f'Content-Type: application/pdf\nContent-Disposition: attachment; filename="cv.pdf"\n'
            f"Content-Transfer-Encoding: base64\n\n{'JVBERi0xLjcK' * 200}\n--m{n}--\n"
        )
    else:
        parts = f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    return f"From bench@x Mon Nov 23 10:00:00 2026\n{head}{parts}\n"


def generate(path: Path, count: int) -> None:
    rng = random.Random(20261130)
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            out.write(_message(rng, n))


# ---------------------------------------------------------------- phases (run in children)


def phase_baseline(path: Path) -> int:
    from onward.mail.sources import iter_mbox

    count = 0
    for raw in iter_mbox(path):
        msg = email.message_from_bytes(raw.data)
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                data = part.get_payload(decode=True)
                if isinstance(data, bytes):
                    data.decode(part.get_content_charset() or "utf-8", "replace")
        count += 1
    return count


def phase_parse(path: Path) -> int:
    from onward.mail.parse import parse_message
    from onward.mail.sources import iter_mbox

    count = 0
    for raw in iter_mbox(path):
        parse_message(raw.data)
        count += 1
    return count


def phase_classify(path: Path) -> int:
    """What ``onward mail classify -j 1`` does: one process."""
    return _classify(path, jobs=1)


def phase_classify_all_cores(path: Path) -> int:
    """``onward mail classify`` as it runs by default: one worker process per core."""
    count = _classify(path, jobs=os.cpu_count() or 1)
    _stop_fork_server()
    return count


def _stop_fork_server() -> None:
    """Wait for the fork server that started the workers. It reaps them, so once this process
    has reaped it, the workers' CPU time and memory count among this process's children, where
    ``run_child`` reads them (otherwise they would go uncounted)."""
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:  # a private method (the stdlib's own tests use it)
        stop()


def _classify(path: Path, *, jobs: int) -> int:
    from onward.mail.pipeline import classify_path

    count = 0
    with Path(os.devnull).open("w", encoding="utf-8") as sink:
        for record in classify_path(path, jobs=jobs):
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def phase_import(path: Path) -> int:
    from onward.runtime import current_owner

    owner = current_owner()
    from onward.mail import services

    summary = services.import_source(owner=owner, spec=str(path), batch_size=1000)
    return summary.read


PHASES = {"baseline": phase_baseline, "parse": phase_parse, "classify": phase_classify,
          "classify_j": phase_classify_all_cores, "import": phase_import}  # fmt: skip


def run_child(phase: str, path: Path, home: Path) -> dict[str, float]:
    env = {**os.environ, "ONWARD_HOME": str(home), "DJANGO_SETTINGS_MODULE": "onward.web.settings"}
    child = subprocess.Popen(
        [sys.executable, __file__, "--phase", phase, str(path)], env=env, stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"phase {phase} failed with exit code {child.returncode}")
    figures = json.loads(output)
    figures["peak_rss_mb"] = usage.ru_maxrss / 1024  # Linux reports KiB
    # CPU time of the child: on a shared machine wall time measures the neighbours too.
    figures["cpu_seconds"] = usage.ru_utime + usage.ru_stime - figures.pop("startup_cpu", 0.0)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--skip-import", action="store_true")
    parser.add_argument("--phase", choices=sorted(PHASES))
    parser.add_argument("path", nargs="?")
    args = parser.parse_args()
    if args.phase:
        if args.phase == "import":  # create and migrate the database before the clock starts
            from onward.runtime import current_owner

            current_owner()
        startup_cpu = time.process_time()  # interpreter start-up and imports, not counted
        started = time.perf_counter()
        count = PHASES[args.phase](Path(args.path))
        seconds = time.perf_counter() - started
        print(json.dumps({"count": count, "seconds": seconds, "startup_cpu": startup_cpu}))
        return
    with tempfile.TemporaryDirectory(prefix="onward-bench-") as tmp:
        mbox = Path(tmp) / "bench.mbox"
        started = time.perf_counter()
        generate(mbox, args.count)
        size_mb = mbox.stat().st_size / 1e6
        print(
            f"generated {args.count:,} messages ({size_mb:,.0f} MB) in {time.perf_counter() - started:.1f} s"
        )
        phases = ["baseline", "parse", "classify", "classify_j"] + (
            [] if args.skip_import else ["import"])
        results = {phase: run_child(phase, mbox, Path(tmp) / f"home-{phase}") for phase in phases}
    base = results["baseline"]["cpu_seconds"]
    print(f"\n{'phase':<10} {'messages':>9} {'wall s':>7} {'CPU s':>7} {'msg/s/core':>11} "
          f"{'msg/s wall':>11} {'× bare':>7} {'peak RSS MB':>12}")  # fmt: skip
    for phase, fig in results.items():
        rate = fig["count"] / fig["cpu_seconds"] if fig["cpu_seconds"] else 0.0
        wall = fig["count"] / fig["seconds"] if fig["seconds"] else 0.0
        print(f"{phase:<10} {fig['count']:>9,} {fig['seconds']:>7.1f} {fig['cpu_seconds']:>7.1f} "
              f"{rate:>11,.0f} {wall:>11,.0f} {fig['cpu_seconds'] / base:>7.2f} "
              f"{fig['peak_rss_mb']:>12.0f}")  # fmt: skip
    print(f"\nmsg/s/core = messages per CPU-second of the phase's process and its workers; "
          f"classify_j is classify's default, one worker per core ({os.cpu_count()} cores here, "
          f"load {os.getloadavg()[0]:.1f}; its peak RSS is its largest process's); {TARGETS}")  # fmt: skip


if __name__ == "__main__":
    main()

"""``onward mail classify``: JSON Lines with exactly the promised keys, no database, no Django."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from onward.mail.pipeline import CLASSIFY_KEYS

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


def run_classify(*paths: Path) -> tuple[list[dict], str]:
    # A fresh interpreter, so we can see that classify never starts Django.
    script = (
        "import sys\n"
        "from onward.cli import app\n"
        "try:\n"
        f"    app(['mail', 'classify', *{[str(p) for p in paths]!r}], standalone_mode=False)\n"
        "finally:\n"
        "    sys.stderr.write('DJANGO_SETUP=%s' % ('django.apps' in sys.modules and "
        "__import__('django.apps').apps.apps.ready))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    return [json.loads(line) for line in done.stdout.splitlines()], done.stderr


def test_every_line_has_exactly_the_promised_keys(tmp_path: Path) -> None:
    mbox = tmp_path / "box.mbox"
    mbox.write_bytes(
        b"From a@b Mon Nov 23 10:00:00 2026\nFrom: jobs@acme.example\nSubject: Application received\n"
        b"Message-ID: <one@acme.example>\n\nThank you, we received your application.\n\n"
        b"From a@b Mon Nov 23 10:01:00 2026\nFrom: jobs@acme.example\nSubject: Update\n"
        b"Message-ID: <two@acme.example>\n\nUnfortunately we will not be moving forward.\n"
    )
    lines, stderr = run_classify(HOSTILE, mbox)
    assert "DJANGO_SETUP=True" not in stderr
    good = [line for line in lines if line["category"] is not None]
    bad = [line for line in lines if line["category"] is None]
    assert len(lines) == len(list(HOSTILE.glob("*.eml"))) + 2
    for line in good:
        assert tuple(line) == CLASSIFY_KEYS
    for line in bad:
        assert set(line) == {*CLASSIFY_KEYS, "error"} and line["error"]
    assert [line["source"] for line in lines[-2:]] == [f"{mbox}#0", f"{mbox}#1"]
    assert lines[-2]["message_id"] == "<one@acme.example>"


def test_a_missing_path_gets_an_error_line_and_the_run_goes_on(tmp_path: Path) -> None:
    lines, _ = run_classify(tmp_path / "missing.mbox", HOSTILE / "empty_body.eml")
    assert lines[0]["category"] is None and "does not exist" in lines[0]["error"]
    assert lines[1]["message_id"] == "<empty@lever.co>"


def test_eval_prints_the_figures_as_json() -> None:
    from typer.testing import CliRunner

    from onward.cli import app

    corpus = Path(__file__).resolve().parents[2] / "corpus" / "mail" / "dev"
    result = CliRunner().invoke(app, ["mail", "eval", str(corpus), "--json"])
    assert result.exit_code == 0, result.output
    assert isinstance(json.loads(result.stdout), dict)


def big_mbox(path: Path, extra: int = 300) -> int:
    """A mailbox ``extra`` messages past those read before the workers start; returns its size."""
    from onward.mail.pipeline import SERIAL_FIRST

    bodies = [
        ("Your application", "Unfortunately we will not be moving forward with your application."),
        ("Interview", "We would like to invite you to an interview for the Analyst role next week."),
        ("Saturday?", "Are we still on for dinner on Saturday?"),
        ("Application received", "Thank you, we have received your application for Designer."),
    ]
    count = SERIAL_FIRST + extra
    path.write_text("".join(
        f"From x@y Mon Nov 23 10:00:00 2026\nFrom: jobs@firm{n % 7}.example\n"
        f"To: sam@example.com\nSubject: {bodies[n % 4][0]}\nMessage-ID: <m{n}@firm.example>\n\n"
        f"{bodies[n % 4][1]}\n\n" for n in range(count)), encoding="utf-8")
    return count


def test_worker_processes_give_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    mbox = tmp_path / "big.mbox"
    count = big_mbox(mbox)
    serial, parallel = (
        subprocess.run(
            [str(Path(sys.executable).parent / "onward"), "mail", "classify", "--jobs", jobs, str(mbox)],
            capture_output=True, text=True, timeout=300, check=True,
        ).stdout.splitlines()
        for jobs in ("1", "2")
    )  # fmt: skip
    assert len(serial) == count and parallel == serial
    assert [json.loads(line)["source"] for line in parallel[-2:]] == [
        f"{mbox}#{count - 2}", f"{mbox}#{count - 1}"]
    assert {json.loads(line)["category"] for line in parallel} >= {"rejection", "interview_invite"}


def children(pid: int) -> set[int]:
    return {int(n) for task in Path(f"/proc/{pid}/task").iterdir()
            for n in (task / "children").read_text().split()}


def test_a_worker_killed_half_way_ends_the_run_with_an_error_instead_of_a_wait(
    tmp_path: Path,
) -> None:
    # The out-of-memory killer, or a seeker's `kill`, stops one of the workers mid-run.
    mbox = tmp_path / "big.mbox"
    big_mbox(mbox, extra=20_000)  # enough to keep the workers busy for seconds
    run = subprocess.Popen(
        [str(Path(sys.executable).parent / "onward"), "mail", "classify", "--jobs", "2",
         str(mbox)], stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: list[str] = []
    assert run.stdout is not None
    reading = threading.Thread(target=lambda: lines.extend(run.stdout or ()), daemon=True)
    reading.start()
    try:
        workers: set[int] = set()
        for _ in range(600):  # the fork server is a child; the workers are its children
            workers = {worker for child in children(run.pid) for worker in children(child)}
            if len(workers) == 2:
                break
            time.sleep(0.02)
        assert len(workers) == 2, "the workers did not start"
        os.kill(min(workers), signal.SIGKILL)
        run.wait(timeout=120)
    finally:
        run.kill()
    reading.join(timeout=10)
    assert len(lines) < 20_500
    last = json.loads(lines[-1])
    assert last["category"] is None and last["source"] == str(mbox)
    assert "worker process stopped" in last["error"] and "--jobs 1" in last["error"]

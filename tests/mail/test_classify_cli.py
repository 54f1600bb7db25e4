"""``onward mail classify``: JSON Lines with exactly the promised keys, no database, no Django."""

from __future__ import annotations

import json
import subprocess
import sys
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


def test_worker_processes_give_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from onward.cli import app
    from onward.mail.pipeline import SERIAL_FIRST

    bodies = [
        ("Your application", "Unfortunately we will not be moving forward with your application."),
        ("Interview", "We would like to invite you to an interview for the Analyst role next week."),
        ("Saturday?", "Are we still on for dinner on Saturday?"),
        ("Application received", "Thank you, we have received your application for Designer."),
    ]
    count = SERIAL_FIRST + 300  # past the messages read before workers start
    mbox = tmp_path / "big.mbox"
    mbox.write_text("".join(
        f"From x@y Mon Nov 23 10:00:00 2026\nFrom: jobs@firm{n % 7}.example\n"
        f"To: sam@example.com\nSubject: {bodies[n % 4][0]}\nMessage-ID: <m{n}@firm.example>\n\n"
        f"{bodies[n % 4][1]}\n\n" for n in range(count)), encoding="utf-8")
    runs = [CliRunner().invoke(app, ["mail", "classify", "--jobs", jobs, str(mbox)])
            for jobs in ("1", "2")]
    assert all(run.exit_code == 0 for run in runs), [run.output for run in runs]
    serial, parallel = (run.output.splitlines() for run in runs)
    assert len(serial) == count and parallel == serial
    assert [json.loads(line)["source"] for line in parallel[-2:]] == [
        f"{mbox}#{count - 2}", f"{mbox}#{count - 1}"]
    assert {json.loads(line)["category"] for line in parallel} >= {"rejection", "interview_invite"}

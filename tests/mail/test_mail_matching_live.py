"""One employer's mail, however it names itself, lands on one application: import a search into
the real database, accept everything as a seeker with an empty board would, read the board."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.django_db

MINNA = "Minna Korpela <minna.korpela@lakesidesensors.example>"


def mail(n: int, sender: str, subject: str, body: str) -> str:
    return (
        f"From: {sender}\nTo: Sam Lee <sam@example.com>\nSubject: {subject}\n"
        f"Message-ID: <lakeside-{n}@example.test>\nDate: Mon, {3 + n} Nov 2026 10:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


SEARCH = [
    mail(1, "Lakeside Medical Sensors <no-reply@greenhouse.io>",
         "Thank you for applying to Lakeside Medical Sensors",
         "Hi Sam,\n\nThank you for applying for the Embedded Software Developer position at "
         "Lakeside Medical Sensors. We have received your application and our team will review "
         "it shortly.\n\nLakeside Medical Sensors Talent Team"),
    mail(2, MINNA, "Interview - Embedded Software Developer",
         "Hi Sam,\n\nThanks for your application. We'd like to invite you to a first interview "
         "with me and our firmware lead. Would Thursday at 10:00 or Friday at 14:00 suit you?"
         "\n\nBest,\nMinna Korpela\nEngineering Manager, Lakeside Medical Sensors"),
    # From here on the mail names no employer: only the address says who wrote.
    mail(3, MINNA, "Re: Thursday",
         "Hi Sam,\n\nGreat, Thursday at 10:00 it is. I've sent a calendar invite with the video "
         "link.\n\nMinna"),
    mail(4, MINNA, "Our decision",
         "Hi Sam,\n\nThank you for the time you gave us on Thursday. We have offered the post to "
         "a candidate with more experience of BLE stacks, so we won't be taking your application "
         "further. I'd be happy to share notes if useful.\n\nMinna"),
]  # fmt: skip


def test_one_employers_mail_lands_on_one_application(owner, tmp_path: Path) -> None:
    from onward.mail import decisions, services
    from onward.mail.models import Proposal
    from onward.tracker import services as tracker

    for n, text in enumerate(SEARCH, 1):
        (tmp_path / f"{n:02d}.eml").write_text(text, encoding="utf-8")
    services.import_source(owner=owner, spec=str(tmp_path))
    result = decisions.accept_all(owner=owner, min_confidence=0.0)
    assert result.failed == []

    apps = list(tracker.list_applications(owner=owner))
    assert [app.company.name for app in apps] == ["Lakeside Medical"]  # one card, not two
    lakeside = apps[0]
    assert lakeside.ending == "rejected"
    assert Proposal.objects.filter(owner=owner, application=lakeside).count() == 4

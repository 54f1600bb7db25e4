"""One employer's mail, however it names itself, lands on one application: import a search into
the real database, accept everything as a seeker with an empty board would, read the board."""

from __future__ import annotations

import json
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


KAUKA = "Kaukajärvi Automation <noreply@workable.com>"
TWO_ROLES = [
    mail(11, KAUKA, "Your application: Embedded Software Engineer",
         "Dear Sam,\n\nThank you for applying for the Embedded Software Engineer position at "
         "Kaukajärvi Automation. We have received your application.\n\nKaukajärvi Automation"),
    mail(12, KAUKA, "Embedded Software Engineer at Kaukajärvi Automation",
         "Dear Sam,\n\nThank you for your interest in the Embedded Software Engineer position at "
         "Kaukajärvi Automation. Unfortunately we have decided to move forward with other "
         "candidates.\n\nKaukajärvi Automation"),
    # the same no again, from the hiring manager: one rejection, two letters
    mail(13, "Jari Nurmi <jari.nurmi@kaukajarvi-automation.example>", "Embedded Software Engineer",
         "Hi Sam,\n\nJust a personal note: I'm sorry we couldn't take your application for the "
         "Embedded Software Engineer role further. We went with someone with more PLC work.\n\n"
         "Jari Nurmi\nKaukajärvi Automation"),
    # another role at the same employer, which the seeker applied for without an acknowledgement
    mail(14, KAUKA, "Device Firmware Developer at Kaukajärvi Automation",
         "Dear Sam,\n\nThank you for your interest in the Device Firmware Developer position at "
         "Kaukajärvi Automation. Unfortunately we will not be moving forward with your "
         "application.\n\nKaukajärvi Automation"),
]  # fmt: skip


def test_a_second_letter_is_logged_and_a_second_role_gets_its_own_card(
    owner, tmp_path: Path
) -> None:
    from onward.mail import decisions, services
    from onward.tracker import services as tracker

    for n, text in enumerate(TWO_ROLES, 11):
        (tmp_path / f"{n:02d}.eml").write_text(text, encoding="utf-8")
    services.import_source(owner=owner, spec=str(tmp_path))
    result = decisions.accept_all(owner=owner, min_confidence=0.0)
    assert result.failed == []  # nothing left pending with "already rejected"

    apps = {app.role_title: app for app in tracker.list_applications(owner=owner)}
    assert set(apps) == {"Embedded Software Engineer", "Device Firmware Developer"}
    assert all(app.ending == "rejected" for app in apps.values())
    engineer = tracker.get_application(owner=owner, application_id=apps["Embedded Software Engineer"].pk)
    logged = [i.summary for i in engineer.interactions.all()]
    assert any(s.startswith("The employer confirmed the decision") for s in logged)


def test_a_proposal_filed_at_accept_time_says_why(owner, tmp_path: Path) -> None:
    from onward.mail import decisions, services
    from onward.mail.models import Proposal

    for n, text in enumerate(SEARCH, 1):
        (tmp_path / f"{n:02d}.eml").write_text(text, encoding="utf-8")
    services.import_source(owner=owner, spec=str(tmp_path))
    decisions.accept_all(owner=owner, min_confidence=0.0)
    reply = Proposal.objects.get(owner=owner, message__subject="Re: Thursday")
    matched = [e for e in reply.evidence if e.startswith("matched: ")]
    assert matched == ["matched: written from lakesidesensors.example, as earlier mail on "
                       "“Lakeside Medical”", "matched: no role named in the message"]


def test_the_review_page_says_which_card_a_waiting_proposal_will_join(
    client_local, cli, owner, tmp_path: Path
) -> None:
    # Imported onto an empty board, all four proposals name a new application. As the seeker
    # accepts them, the page says where each waiting one would go, before she accepts it.
    import re

    from onward.mail import decisions, services
    from onward.mail.models import Proposal

    for n, text in enumerate(SEARCH, 1):
        (tmp_path / f"{n:02d}.eml").write_text(text, encoding="utf-8")
    services.import_source(owner=owner, spec=str(tmp_path))
    proposals = {p.message.message_id: p for p in Proposal.objects.filter(owner=owner)}

    def notes() -> dict[str, str]:
        html = client_local.get("/mail/").content.decode()
        cards = re.findall(r'<article class="card proposal" id="proposal-(\d+)".*?</article>', html,
                           flags=re.S)
        found = {}
        for pk in cards:
            card = html[html.index(f'id="proposal-{pk}"'):]
            card = card[:card.index("</article>")]
            note = re.search(r"Accepting it now files it on <a href=\"/applications/\d+/\">"
                             r"([^<]+)</a>, not a new card ?\(?([^)]*)", card)
            if note:
                subject = Proposal.objects.get(pk=pk).message.subject
                found[subject] = f"{note[1]} | {note[2]}"
        return found

    assert notes() == {}
    decisions.accept(owner=owner, proposal_id=proposals["<lakeside-1@example.test>"].pk)
    # the invitation names the company; the two notes that follow name none yet
    assert list(notes()) == ["Interview - Embedded Software Developer"]
    assert "Embedded Software Developer at Lakeside Medical" in notes()[
        "Interview - Embedded Software Developer"]
    decisions.accept(owner=owner, proposal_id=proposals["<lakeside-2@example.test>"].pk)
    # Minna's address is now known as Lakeside Medical's: her next two mails would join it
    after = notes()
    assert sorted(after) == ["Our decision", "Re: Thursday"]
    assert all("Embedded Software Developer at Lakeside Medical" in n
               and "written from lakesidesensors.example" in n for n in after.values())
    listed = json.loads(cli("mail", "review", "--json").stdout)
    assert sorted(item["message"]["subject"] for item in listed if item["files_on"]) == [
        "Our decision", "Re: Thursday"]
    api = client_local.get("/api/v1/mail/proposals").json()
    assert {item["message"]["subject"]: (item["files_on"] or {}).get("label") for item in api} == {
        "Our decision": "Embedded Software Developer at Lakeside Medical",
        "Re: Thursday": "Embedded Software Developer at Lakeside Medical"}
    assert "accepting" in cli("mail", "review").stdout  # (the table wraps the rest)

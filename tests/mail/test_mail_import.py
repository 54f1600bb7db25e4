"""Importing mail into proposals and deciding on them, against the real database."""

from __future__ import annotations

from pathlib import Path

import pytest

from onward.errors import NotAllowed

pytestmark = pytest.mark.django_db


def mail(
    n: int, subject: str, body: str, sender: str = "Acme Careers <careers@acme.example>"
) -> str:
    return (
        f"From: {sender}\nTo: sam@example.com\nSubject: {subject}\n"
        f"Message-ID: <msg-{n}@example.test>\nDate: Mon, {10 + n} Nov 2026 10:00:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


REJECTION = (
    "Dear Sam,\n\nThank you for interviewing for the Data Analyst position at Acme. "
    "Unfortunately, we have decided not to move forward with your application; we chose a "
    "candidate whose experience more closely matches our needs.\n\nBest regards,\nAcme Recruiting"
)
INVITE = (
    "Hi Sam,\n\nThanks for applying for the Backend Engineer role at Acme. We would like to "
    "invite you to an interview with our team. Please pick a time that suits you.\n\nJo"
)
RECEIVED = (
    "Hello,\n\nThank you for applying to the Product Designer role at Umbrella. We have received "
    "your application and will review it shortly.\n\nUmbrella Talent Team"
)
NEWSLETTER = "Our autumn sale starts today. Get 20% off all garden furniture this weekend."


def write_mbox(path: Path, messages: list[str]) -> Path:
    path.write_text(
        "".join(f"From x@y Mon Nov 23 10:00:{i:02d} 2026\n{m}\n" for i, m in enumerate(messages)),
        encoding="utf-8",
    )
    return path


@pytest.fixture
def acme(owner):  # type: ignore[no-untyped-def]
    from onward.tracker import services as tracker

    analyst = tracker.add_application(owner=owner, company="Acme Corp", role_title="Data Analyst")
    tracker.move(owner=owner, application_id=analyst.pk, to_stage="interviewing")
    backend = tracker.add_application(
        owner=owner, company="Acme Corp", role_title="Backend Engineer"
    )
    return analyst, backend


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    return write_mbox(
        tmp_path / "inbox.mbox",
        [
            mail(1, "Your application to Acme", REJECTION),
            mail(2, "Interview invitation", INVITE),
            mail(3, "Application received", RECEIVED, "Umbrella Talent <talent@umbrella.example>"),
            mail(4, "Autumn sale", NEWSLETTER, "Garden Shop <news@garden.example>"),
        ],
    )


def test_import_keeps_recruiting_mail_and_proposes_changes(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import MailMessage, Proposal

    summary = services.import_source(owner=owner, spec=str(inbox))
    assert (summary.read, summary.recruiting, summary.forgotten) == (4, 3, 1)
    assert not MailMessage.objects.filter(subject="Autumn sale").exists()
    kinds = {p.message.subject: (p.kind, p.application_id) for p in Proposal.objects.all()}
    analyst, backend = acme
    assert kinds["Your application to Acme"] == ("reject", analyst.pk)
    assert kinds["Interview invitation"] == ("move", backend.pk)
    assert kinds["Application received"][0] == "new_application"
    from onward.tracker import services as tracker

    # nothing changes before the seeker accepts
    assert tracker.get_application(owner=owner, application_id=analyst.pk).ending == ""


def test_import_twice_makes_no_duplicates(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import MailMessage, Proposal

    services.import_source(owner=owner, spec=str(inbox))
    again = services.import_source(owner=owner, spec=str(inbox))
    assert again.duplicates == 3 and again.proposals == 0
    assert MailMessage.objects.count() == 3 and Proposal.objects.count() == 3


def test_an_interrupted_import_resumes_without_duplicates(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import ImportRun, MailMessage

    def stop_after_two(position: int) -> None:
        if position == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        services.import_source(owner=owner, spec=str(inbox), batch_size=2, progress=stop_after_two)
    assert ImportRun.objects.get().position == 2 and MailMessage.objects.count() == 2
    summary = services.import_source(owner=owner, spec=str(inbox), batch_size=2)
    assert summary.resumed_from == 2 and summary.read == 4 and summary.duplicates == 0
    assert MailMessage.objects.count() == 3


def test_accepting_applies_through_the_tracker(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Proposal
    from onward.tracker import services as tracker

    services.import_source(owner=owner, spec=str(inbox))
    analyst, _backend = acme
    rejection = Proposal.objects.get(kind="reject")
    services.accept(owner=owner, proposal_id=rejection.pk)
    app = tracker.get_application(owner=owner, application_id=analyst.pk)
    assert app.ending == "rejected"
    assert tracker.current_rejection(app).source_message_id == "<msg-1@example.test>"
    new = Proposal.objects.get(kind="new_application")
    services.accept(owner=owner, proposal_id=new.pk)
    assert tracker.list_applications(owner=owner, company="Umbrella").count() == 1
    with pytest.raises(NotAllowed):
        services.accept(owner=owner, proposal_id=rejection.pk)


def test_a_rejection_never_overwrites_an_offer(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Proposal
    from onward.tracker import services as tracker

    analyst, _ = acme
    tracker.move(owner=owner, application_id=analyst.pk, to_stage="offer")
    services.import_source(owner=owner, spec=str(inbox))
    proposal = Proposal.objects.get(message__subject="Your application to Acme")
    assert proposal.kind == "log" and "offer is kept" in proposal.summary
    services.accept(owner=owner, proposal_id=proposal.pk)
    assert tracker.get_application(owner=owner, application_id=analyst.pk).stage == "offer"


def test_accept_all_above_a_confidence(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Proposal

    services.import_source(owner=owner, spec=str(inbox))
    result = services.accept_all(owner=owner, min_confidence=0.0)
    assert result.accepted == 3 and not result.failed
    assert not Proposal.objects.filter(status="pending").exists()


def test_auto_accept_is_off_by_default_and_works_when_set(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Proposal

    services.import_source(owner=owner, spec=str(inbox))
    assert Proposal.objects.filter(status="pending").count() == 3
    Proposal.objects.all().delete()
    from onward.mail.models import MailMessage

    MailMessage.objects.all().delete()
    summary = services.import_source(owner=owner, spec=str(inbox), auto_accept_above=0.0)
    assert summary.auto_accepted == 3


def test_dismissing_with_a_correction_teaches_the_classifier(owner, acme, tmp_path: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Correction, Proposal

    first = write_mbox(tmp_path / "a.mbox", [mail(1, "Your application to Acme", REJECTION)])
    services.import_source(owner=owner, spec=str(first))
    proposal = Proposal.objects.get()
    services.dismiss(owner=owner, proposal_id=proposal.pk, actual_category="other")
    assert Correction.objects.get().category == "other"
    similar = write_mbox(tmp_path / "b.mbox", [mail(9, "Your application to Acme", REJECTION)])
    services.import_source(owner=owner, spec=str(similar))
    latest = Proposal.objects.order_by("-id").first()
    assert latest is None or latest.message.category != "rejection"


def test_editing_a_proposal_applies_the_seekers_version(owner, acme, inbox: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Correction, Proposal
    from onward.tracker import services as tracker

    services.import_source(owner=owner, spec=str(inbox))
    proposal = Proposal.objects.get(kind="reject")
    edited = services.accept(
        owner=owner, proposal_id=proposal.pk,
        edits={"stage_reached": "after_final_round", "reasons": ["position_filled"]},
    )  # fmt: skip
    assert edited.status == "edited"
    rejection = tracker.current_rejection(
        tracker.get_application(owner=owner, application_id=acme[0].pk)
    )
    assert rejection.stage_reached == "after_final_round"
    assert [r["code"] for r in rejection.reasons] == ["position_filled"]
    assert Correction.objects.filter(owner=owner).count() == 1


def test_other_owners_cannot_see_or_decide(owner, other_owner, acme, inbox: Path) -> None:
    from onward.errors import NotFound
    from onward.mail import services
    from onward.mail.models import Proposal

    services.import_source(owner=owner, spec=str(inbox))
    proposal = Proposal.objects.first()
    assert not services.list_proposals(owner=other_owner).exists()
    with pytest.raises(NotFound):
        services.accept(owner=other_owner, proposal_id=proposal.pk)


def test_export_then_import_into_an_empty_account_gives_the_same_document(
    owner, other_owner, acme, inbox: Path
) -> None:
    from onward import portability
    from onward.mail import services

    services.import_source(owner=owner, spec=str(inbox))
    first = services.list_proposals(owner=owner).get(kind="reject")
    services.accept(owner=owner, proposal_id=first.pk)
    services.dismiss(
        owner=owner, proposal_id=services.list_proposals(owner=owner).first().pk,
        actual_category="other",
    )  # fmt: skip
    document = portability.export_all(owner=owner)
    assert len(document["mail"]["messages"]) == 3 and document["mail"]["corrections"]
    assert "password" not in str(document["mail"]).lower()
    portability.import_document(owner=other_owner, document=document)
    assert portability.export_all(owner=other_owner) == document


def test_accepting_keeps_the_person_who_wrote_as_a_contact(owner, acme, tmp_path: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Proposal
    from onward.tracker import people

    personal = mail(
        5, "Interview invitation",
        "Hi Sam,\n\nThanks for applying for the Backend Engineer role at Acme. I would like to "
        "invite you to an interview next week.\n\nBest,\nJordan Lee\nEngineering Manager, Acme",
        "Jordan Lee <jordan.lee@acme.example>",
    )  # fmt: skip
    services.import_source(owner=owner, spec=str(write_mbox(tmp_path / "p.mbox", [personal])))
    proposal = Proposal.objects.get()
    services.accept(owner=owner, proposal_id=proposal.pk)
    contacts = list(people.list_contacts(owner=owner))
    assert [c.email for c in contacts] == ["jordan.lee@acme.example"]
    assert "contact kept" in Proposal.objects.get().outcome


REVERSAL = (
    "Dear Sam,\n\nPlease disregard the email you received yesterday about the Data Analyst role. "
    "It was sent in error: your application is still active and the hiring team would still "
    "like to meet you next week. Apologies for the confusion.\n\nAcme Recruiting"
)


def test_a_reversal_restores_the_rejected_application_with_history_intact(owner, acme, tmp_path: Path) -> None:
    from onward.mail import decisions, services
    from onward.mail.models import Proposal
    from onward.tracker import services as tracker

    analyst, _ = acme
    path = write_mbox(tmp_path / "a.mbox", [mail(1, "Your application to Acme", REJECTION)])
    services.import_source(owner=owner, spec=str(path))
    decisions.accept(owner=owner, proposal_id=Proposal.objects.get(kind="reject").pk)
    analyst.refresh_from_db()
    assert analyst.ending == "rejected"

    path = write_mbox(tmp_path / "b.mbox", [mail(2, "Correction: your Data Analyst application", REVERSAL)])
    services.import_source(owner=owner, spec=str(path))
    restore = Proposal.objects.get(kind="restore")
    assert "sent in error" in restore.summary
    decisions.accept(owner=owner, proposal_id=restore.pk)
    analyst.refresh_from_db()
    assert analyst.ending == ""
    assert analyst.rejections.get().reversed_at is not None
    assert tracker.current_rejection(analyst) is None


def test_the_readers_own_sent_mail_in_a_takeout_export_is_forgotten(owner, acme, tmp_path: Path) -> None:
    from onward.mail import services
    from onward.mail.models import Proposal

    sent = (
        "X-Gmail-Labels: Sent\nFrom: Sam <sam@example.com>\nTo: Jo <jo@acme.example>\n"
        "Subject: Re: Data Analyst offer\nMessage-ID: <sent-1@example.test>\n"
        "Date: Mon, 16 Nov 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n"
        "Dear Jo,\n\nThank you for the offer. After a lot of thought I have decided to decline, "
        "as I have accepted another position. Unfortunately this means I will withdraw my "
        "application.\n\nBest wishes,\nSam\n"
    )
    received = "X-Gmail-Labels: Inbox,Opened\n" + mail(1, "Your application", REJECTION)
    summary = services.import_source(
        owner=owner, spec=str(write_mbox(tmp_path / "All mail.mbox", [sent, received])))
    assert summary.read == 2 and summary.recruiting == 1 and summary.forgotten == 1
    assert [p.kind for p in Proposal.objects.filter(owner=owner)] == ["reject"]

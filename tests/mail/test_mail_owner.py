"""The reader's own sent mail in an export without Gmail labels (Thunderbird, Outlook, a folder
of .eml files) is hers, not a decision about her: told by the mailbox's name, an address she
gave, her profile's address, or the address most of the mailbox is sent to."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from onward.mail.owner import learn_reader, recipients_of

SAM = "Sam Okafor <sam.okafor@example.com>"


def message(n: int, sender: str, to: str, subject: str, body: str, extra: str = "") -> str:
    return (
        f"{extra}From: {sender}\nTo: {to}\nSubject: {subject}\n"
        f"Message-ID: <own-{n}@example.test>\nDate: Tue, {3 + n} Nov 2026 09:{n:02d}:00 +0000\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    )


# What Sam received (five messages addressed to her) and what she sent (two), as Thunderbird
# keeps them in one "All Mail" folder.
RECEIVED = [
    message(1, "Jo Harries <jo@kestrel.example>", SAM, "Stability Analyst - 12 month contract",
            "Hi Sam,\n\nI have a 12-month contract for a Stability Analyst in Port Talbot. "
            "Would you be open to a call this week?\n\nJo Harries\nKestrel Scientific"),
    message(2, "Lever <no-reply@hire.lever.co>", SAM, "Thanks for applying to Tawe Foods",
            "Hi Sam,\n\nThank you for applying for the Laboratory Analyst role at Tawe Foods. "
            "We have received your application and will be in touch.\n\nTawe Foods Talent"),
    message(3, "Sian Llewellyn <sian@tawe.example>", SAM, "Laboratory Analyst - outcome",
            "Dear Sam,\n\nThank you for coming in on Tuesday. We have decided to offer the role "
            "to another candidate whose HPLC method experience was closer to what we need.\n\n"
            "Kind regards,\nSian"),
    message(4, "Mam <mam@celtnet.example>", f"{SAM}, Dad <dad@celtnet.example>", "Sunday",
            "Dinner at 1 on Sunday, bring the gravy boat back please x"),
    message(5, "Clearwater Careers <careers@clearwater.example>", SAM, "Senior QC Analyst",
            "Dear Sam,\n\nWe would like to invite you to interview for the Senior QC Analyst "
            "post on 20 November at 10:00.\n\nClearwater Diagnostics"),
]
SENT = [
    message(6, SAM, "Jo Harries <jo@kestrel.example>", "Re: Stability Analyst - 12 month contract",
            "Hi Jo,\n\nThanks for thinking of me. Unfortunately I'm not looking for contract "
            "work at the moment, so I won't be moving forward with this one.\n\nBest,\nSam"),
    message(7, SAM, "Sian Llewellyn <sian@tawe.example>", "Re: Laboratory Analyst - outcome",
            "Hi Sian,\n\nThank you for letting me know. Unfortunately it wasn't the news I "
            "hoped for; could you share any feedback on my interview?\n\nBest wishes,\nSam"),
]
NOTE_TO_SELF = message(8, SAM, SAM, "Fwd: Laboratory Analyst - outcome",
                       "---------- Forwarded message ----------\nFrom: Sian Llewellyn "
                       "<sian@tawe.example>\nSubject: Laboratory Analyst - outcome\n\nDear Sam, we "
                       "have decided to offer the role to another candidate.")


def write_folder(folder: Path, messages: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for number, text in enumerate(messages, 1):
        (folder / f"{number:03d}.eml").write_text(text, encoding="utf-8")
    return folder


def classify(*args: str) -> list[dict]:
    from onward.cli import app

    done = CliRunner().invoke(app, ["mail", "classify", *args])
    assert done.exit_code == 0, done.output
    return [json.loads(line) for line in done.output.splitlines()]


def test_the_address_most_mail_is_sent_to_is_learnt_from_the_headers() -> None:
    reader = learn_reader(m.encode() for m in RECEIVED + SENT)
    assert reader.addresses == {"sam.okafor@example.com"}
    assert recipients_of(RECEIVED[3].encode()) == {"sam.okafor@example.com", "dad@celtnet.example"}
    # Two messages are too few to learn anything from.
    assert learn_reader(m.encode() for m in RECEIVED[:2]).addresses == frozenset()


def test_classify_tells_her_sent_mail_in_a_folder_without_labels(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "All Mail", [*RECEIVED, *SENT, NOTE_TO_SELF])
    lines = {Path(line["source"]).name: line for line in classify(str(folder))}
    for name in ("006.eml", "007.eml"):
        assert lines[name]["category"] == "other"
        assert lines[name]["evidence"] == [
            "your own sent mail (from sam.okafor@example.com, the address this mailbox's mail "
            "is sent to)"
        ]
    assert lines["003.eml"]["category"] == "rejection"
    # A rejection she forwarded to herself is still read, not taken for her own sent mail.
    assert lines["008.eml"]["category"] == "rejection"


def test_an_address_given_with_me_tells_a_single_file(tmp_path: Path) -> None:
    one = write_folder(tmp_path / "Downloads", [SENT[0]]) / "001.eml"
    [plain] = classify(str(one))
    assert not plain["evidence"][0].startswith("your own sent mail")
    [given] = classify(str(one), "--me", "Sam.Okafor@example.com")
    assert given["category"] == "other"
    assert given["evidence"] == ["your own sent mail (from your address sam.okafor@example.com)"]


def test_a_mailbox_called_sent_holds_her_own_mail(tmp_path: Path) -> None:
    # Thunderbird keeps each folder as an mbox file without an extension.
    sent = tmp_path / "Sent"
    sent.write_text("".join(f"From - Tue Nov  3 09:00:00 2026\n{m}\n" for m in SENT), "utf-8")
    lines = classify(str(sent))
    assert [line["evidence"] for line in lines] == [["your own sent mail (mailbox: Sent)"]] * 2


@pytest.mark.django_db
def test_import_forgets_mail_from_the_address_on_her_profile(owner, tmp_path: Path) -> None:
    from onward.mail import services
    from onward.mail.models import MailMessage
    from onward.profile import services as profile

    profile.create_version(
        owner=owner, document={"basics": {"name": "Sam", "email": "sam.okafor@example.com"}}
    )
    # Only two messages: too few to learn her address from the mailbox, so the profile tells.
    folder = write_folder(tmp_path / "Outlook export", [RECEIVED[2], SENT[1]])
    summary = services.import_source(owner=owner, spec=str(folder))
    assert summary.read == 2 and summary.recruiting == 1 and summary.forgotten == 1
    kept = MailMessage.objects.get(owner=owner)
    assert kept.subject == "Laboratory Analyst - outcome" and kept.category == "rejection"

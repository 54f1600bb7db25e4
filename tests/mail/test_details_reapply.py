"""Whether a rejection invites the seeker to apply again: said many ways, and not said."""

from __future__ import annotations

import pytest

from onward.mail.understand import MailText, understand

NO = "Thank you for interviewing with us. Unfortunately we have decided not to move forward. "


def reapply(extra: str) -> bool | None:
    found = understand(MailText(subject="Your application", sender_name="Ana Ruiz",
                                sender_address="ana@tallowbrook.example", body=NO + extra))
    assert found.category == "rejection"
    return found.invites_reapply


@pytest.mark.parametrize(
    "extra",
    [
        "We'll hold on to your CV and get in touch if something suitable opens up.",
        "If a more senior position comes up next spring, I'll reach out to you first.",
        "Should a similar vacancy arise, we may contact you.",
        "You'll stay in our candidate pool for twelve months.",
        "Please do keep an eye on our careers page - we post new roles every month.",
        "We'd genuinely like to see your application again next season.",
        "We're hiring again in March and would be glad to look at you again then.",
        "If the headcount comes back, you'll be the first person I call.",
        "Your name stays on our register and you may be contacted when another post is funded.",
        "We encourage you to continue exploring openings that fit your skills.",
    ],
)
def test_invitations_to_apply_again(extra: str) -> None:
    assert reapply(extra) is True


@pytest.mark.parametrize(
    "extra",
    [
        "We wish you the very best in your search.",
        "Let's stay in touch.",
        "We cannot sponsor visas now or in the future.",
        "Please do not reapply for this role within the next twelve months.",
        "Thanks again for your time and good luck.",
    ],
)
def test_no_invitation(extra: str) -> None:
    assert reapply(extra) is False

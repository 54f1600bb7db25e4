"""An "other" says what kind it is when the rules can tell, so a reversal restores the application
by a field, not by reading evidence strings."""

from __future__ import annotations

import pytest

from onward.mail.propose import is_reversal
from onward.mail.understand import MailText, understand


@pytest.mark.parametrize(("body", "kind"), [
    ("Hi Sam, apologies: you received a rejection email from our system by mistake. "
     "You are still in the process.", "reversal"),
    ("Please ignore our message of Monday saying your application was unsuccessful; it was "
     "sent in error and your application is still under review.", "reversal"),
    ("Thanks for letting us know you have accepted another offer; we have withdrawn your "
     "application. Best of luck!", "withdrawal"),
    ("Your rental application: unfortunately the landlord has chosen another tenant for the "
     "flat.", "nonjob"),
])
def test_kind_of_other(body: str, kind: str) -> None:
    found = understand(MailText(subject="Your application", sender_name="Jo Park",
                                sender_address="jo@acme.example", body=body))
    assert (found.category, found.kind) == ("other", kind)
    assert found.as_dict()["kind"] == kind
    assert is_reversal(found.as_dict()) == (kind == "reversal")


def test_other_categories_have_no_kind() -> None:
    found = understand(MailText(
        subject="Interview", sender_name="Jo Park", sender_address="jo@acme.example",
        body="Dear Sam, we would like to invite you to an interview for the Analyst role. "
             "Please share your availability for next week."))
    assert found.category == "interview_invite"
    assert found.kind is None


def test_facts_stored_before_kind_existed_still_read_as_reversals() -> None:
    facts = {"category": "other", "evidence": ['rule reversal: "sent in error"']}
    assert is_reversal(facts)
    assert not is_reversal({**facts, "kind": "status"})

"""Whose mailbox this is: the reader's own addresses, so mail she sent is not read as mail to her.

An export of a whole mailbox (Thunderbird, Outlook, Apple Mail, a folder of .eml files) holds
the reader's outgoing mail beside what she received: her withdrawal, her thank-you notes, her
"I didn't get it" to a friend. Gmail Takeout labels them "Sent"; other exports do not. Three
things tell Onward they are hers, each named in the evidence:

1. a mailbox or folder called Sent (``sources.is_sent_folder``);
2. an address she gave (``--me``, the IMAP login, the e-mail of her profile);
3. an address learnt from the mailbox itself: the one most of its mail is addressed to.

A message from one of her addresses is her sent mail unless it is also addressed to one of them
(a note to herself, a rejection she forwarded to herself to have it imported).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from email.utils import getaddresses

# Learning the reader's address from her mailbox: among the first messages, an address that
# is a recipient of at least this many of them, and at least this share. Several addresses
# can pass (aliases; a folder holding several people's mail).
PRESCAN_LIMIT = 2000
MIN_MESSAGES = 3
MIN_SHARE = 0.1

ME_HELP = (
    "Your own address (repeat for several): mail from it is your sent mail, not mail to you. "
    "Onward also learns it from the addresses most of the mailbox is sent to."
)

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_RECIPIENT_HEADERS = re.compile(
    rb"^(to|cc|delivered-to|x-original-to|envelope-to):[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)",
    re.MULTILINE | re.IGNORECASE,
)
_HEAD_LIMIT = 64_000


def normal_address(address: str) -> str:
    """Lower case, without surrounding space and angle brackets."""
    return address.strip().strip("<>").strip().lower()


def addresses_in(*values: str) -> frozenset[str]:
    """The addresses named in address header values ("Ana <ana@x.example>, bo@y.example")."""
    found = {normal_address(address) for _, address in getaddresses([v for v in values if v])}
    return frozenset(address for address in found if "@" in address)


def recipients_of(data: bytes) -> frozenset[str]:
    """The addresses a raw message was delivered or addressed to (top-level headers only)."""
    head = data[:_HEAD_LIMIT]
    end = _HEADER_END.search(head)
    head = head[: end.start()] if end else head
    values = [
        re.sub(r"\r?\n[ \t]", " ", match.group(2).decode("latin-1"))
        for match in _RECIPIENT_HEADERS.finditer(head)
    ]
    return addresses_in(*values)


@dataclass(frozen=True)
class Reader:
    """The reader's own addresses and how Onward knows them."""

    addresses: frozenset[str] = frozenset()
    learnt: frozenset[str] = frozenset()  # the subset learnt from the mailbox, not given

    def might_have_written(self, sender: str) -> bool:
        return normal_address(sender) in self.addresses

    def wrote(self, sender: str, recipients: frozenset[str]) -> str:
        """Why a message is the reader's own outgoing mail, or "" when it is not."""
        sender = normal_address(sender)
        if sender not in self.addresses or recipients & self.addresses:
            return ""
        if sender in self.learnt:
            return f"from {sender}, the address this mailbox's mail is sent to"
        return f"from your address {sender}"

    def with_given(self, addresses: Iterable[str]) -> Reader:
        given = {normal_address(a) for a in addresses if "@" in a}
        return Reader(self.addresses | given, self.learnt - given)


def learn_reader(messages: Iterable[bytes], *, given: Iterable[str] = ()) -> Reader:
    """The reader's addresses: those ``given``, and those most of ``messages`` are addressed to.

    Reads only the header blocks of the first ``PRESCAN_LIMIT`` messages.
    """
    tally: Counter[str] = Counter()
    count = 0
    for data in messages:
        tally.update(recipients_of(data))
        count += 1
        if count >= PRESCAN_LIMIT:
            break
    needed = max(MIN_MESSAGES, MIN_SHARE * count)
    learnt = frozenset(address for address, seen in tally.items() if seen >= needed)
    return Reader(learnt, learnt).with_given(given)

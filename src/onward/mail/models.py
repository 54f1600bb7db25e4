"""Models of the mail room: kept recruiting mail, proposals, corrections, import progress.

Only recruiting mail is stored; everything else is counted during an import and forgotten.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

OWNER = settings.AUTH_USER_MODEL


class MailMessage(models.Model):
    """A recruiting message: headers, what Onward understood, and its sanitized text."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="mail_messages")
    message_id = models.CharField(max_length=500)
    source = models.CharField(max_length=1000, blank=True)
    subject = models.CharField(max_length=1000, blank=True)
    sender_name = models.CharField(max_length=300, blank=True)
    sender_address = models.CharField(max_length=300, blank=True)
    to = models.CharField(max_length=1000, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    headers = models.JSONField(default=dict, blank=True)
    facts = models.JSONField(default=dict, blank=True)  # Understanding.as_dict()
    category = models.CharField(max_length=32, blank=True)
    text = models.TextField(blank=True)
    html_sanitized = models.TextField(blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "message_id"], name="mail_message_once")
        ]

    def __str__(self) -> str:
        return self.subject or self.message_id


class Proposal(models.Model):
    PENDING, ACCEPTED, EDITED, DISMISSED = "pending", "accepted", "edited", "dismissed"
    STATUSES = [(s, s) for s in (PENDING, ACCEPTED, EDITED, DISMISSED)]
    KINDS = [(k, k) for k in ("reject", "move", "log", "new_application")]

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="mail_proposals")
    message = models.ForeignKey(MailMessage, on_delete=models.CASCADE, related_name="proposals")
    application = models.ForeignKey(
        "tracker.Application", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="mail_proposals",
    )  # fmt: skip
    kind = models.CharField(max_length=32, choices=KINDS)
    summary = models.CharField(max_length=500)
    payload = models.JSONField(default=dict, blank=True)
    confidence = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=16, choices=STATUSES, default=PENDING)
    outcome = models.CharField(
        max_length=500, blank=True
    )  # what accepting did, or why it could not
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-confidence", "id"]
        indexes = [models.Index(fields=["owner", "status", "confidence"])]

    def __str__(self) -> str:
        return self.summary


class Correction(models.Model):
    """What the seeker said a message really was; the classifier learns from these."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="mail_corrections")
    message = models.ForeignKey(MailMessage, null=True, blank=True, on_delete=models.SET_NULL)
    category = models.CharField(max_length=32)
    was_category = models.CharField(max_length=32, blank=True)
    stage = models.CharField(max_length=32, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    company = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=1000, blank=True)
    body = models.TextField(blank=True)  # the first 2,000 characters, to recognise similar mail
    sender_address = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.was_category or '?'} → {self.category}: {self.subject}"


class ImportRun(models.Model):
    """One import of a source; ``position`` lets a killed import resume where it stopped.

    ``state`` is what the import last said of itself; a run left ``running`` by a process that
    died is told apart by its ``worker`` and ``updated_at`` heartbeat (``background.status``).
    """

    QUEUED, RUNNING, FINISHED, FAILED, DISCARDED = (
        "queued", "running", "finished", "failed", "discarded",
    )  # fmt: skip
    STATES = [(s, s) for s in (QUEUED, RUNNING, FINISHED, FAILED, DISCARDED)]

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="mail_imports")
    source = models.CharField(max_length=1000)
    label = models.CharField(max_length=300, blank=True)  # what the seeker chose, to show
    state = models.CharField(max_length=16, choices=STATES, default=RUNNING)
    since = models.DateField(null=True, blank=True)  # IMAP: the first sync's since-date
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)  # saved with every batch: a heartbeat
    finished_at = models.DateTimeField(null=True, blank=True)
    total_bytes = models.BigIntegerField(null=True, blank=True)  # of a file source, if known
    bytes_read = models.BigIntegerField(default=0)
    # IMAP: messages the run reads in all (``read`` once done), when the server has said; 0 is
    # nothing new. Files have no message count before they are read: they have total_bytes.
    total_messages = models.PositiveIntegerField(null=True, blank=True)
    error = models.TextField(blank=True)  # why the import stopped, if it failed
    worker = models.CharField(max_length=300, blank=True)  # "host:pid" of the process running it
    position = models.PositiveIntegerField(default=0)  # messages fully handled, in source order
    read = models.PositiveIntegerField(default=0)
    recruiting = models.PositiveIntegerField(default=0)
    proposals = models.PositiveIntegerField(default=0)
    duplicates = models.PositiveIntegerField(default=0)
    forgotten = models.PositiveIntegerField(default=0)
    auto_accepted = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)  # [{"source", "reason"}], first 200

    class Meta:
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"import of {self.label or self.source}"


class ImapSyncState(models.Model):
    """Per IMAP folder: the UIDVALIDITY and the last UID imported (no password, ever)."""

    owner = models.ForeignKey(OWNER, on_delete=models.CASCADE, related_name="imap_states")
    account = models.CharField(max_length=300)  # user@host:port
    folder = models.CharField(max_length=300)
    uidvalidity = models.BigIntegerField()
    last_uid = models.BigIntegerField(default=0)
    synced_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "account", "folder"], name="imap_folder_once")
        ]

    def __str__(self) -> str:
        return f"{self.account}/{self.folder} up to UID {self.last_uid}"

"""Mail endpoints (``/api/v1/mail``): proposals to review, and import status."""

from __future__ import annotations

from typing import Any

from ninja import Field, Router, Schema

from onward.accounts.requests import ApiRequest
from onward.mail import present, services

router = Router(tags=["mail"])


class ApplicationRefOut(Schema):
    id: int
    company: str
    role_title: str


class MessageOut(Schema):
    id: int
    message_id: str
    subject: str
    sender: str
    sent_at: str | None
    category: str
    facts: dict[str, Any]


class FilesOnOut(Schema):
    application_id: int
    label: str
    why: list[str]


class ProposalOut(Schema):
    id: int
    kind: str
    summary: str
    status: str
    confidence: float
    evidence: list[str]
    payload: dict[str, Any]
    outcome: str
    application: ApplicationRefOut | None
    message: MessageOut
    decided_at: str | None
    # where accepting it now would file a proposal made before its application existed
    files_on: FilesOnOut | None = None


class ProposalEdit(Schema):
    category: str | None = None
    application_id: int | None = None
    stage_reached: str | None = None
    reasons: list[str] | None = None
    to_stage: str | None = None
    company: str | None = None
    role_title: str | None = None
    invites_reapply: bool | None = None
    feedback_text: str | None = None


class DismissIn(Schema):
    actual_category: str | None = Field(None, description="What the message really is.")


class AcceptAllIn(Schema):
    min_confidence: float = Field(..., ge=0.0, le=1.0)


class AcceptAllOut(Schema):
    accepted: int
    failed: list[dict[str, Any]]


class ImportOut(Schema):
    id: int
    source: str
    label: str
    status: str = Field(
        ...,
        description="queued, running, stopping, finished, failed, discarded, stopped (by the "
        "seeker, to be resumed) or interrupted (its process ended; to be resumed)",
    )
    percent: int | None = Field(
        None,
        description="How far through: of total_messages for IMAP, of the bytes of a file "
        "source; null until the total is known",
    )
    bytes_read: int
    total_bytes: int | None
    total_messages: int | None = Field(
        None,
        description="IMAP: messages this import reads in all (read counts up to it), once the "
        "server has said; 0 when there was nothing new. Null for files and before the search",
    )
    error: str
    started_at: str
    finished_at: str | None
    read: int
    recruiting: int
    proposals: int
    duplicates: int
    forgotten: int
    auto_accepted: int
    errors: list[dict[str, str]]


@router.get("/proposals", response=list[ProposalOut])
def list_proposals(
    request: ApiRequest, status: str = "pending", min_confidence: float = 0.0
) -> list[dict[str, Any]]:
    rows = services.list_proposals(
        owner=request.auth,
        status=None if status == "all" else status,
        min_confidence=min_confidence,
    )
    return present.proposal_dicts(request.auth, rows)


@router.get("/proposals/{int:proposal_id}", response=ProposalOut)
def get_proposal(request: ApiRequest, proposal_id: int) -> dict[str, Any]:
    proposal = services.get_proposal(owner=request.auth, proposal_id=proposal_id)
    return present.proposal_dicts(request.auth, [proposal])[0]


@router.post("/proposals/{int:proposal_id}/accept", response=ProposalOut)
def accept_proposal(request: ApiRequest, proposal_id: int) -> dict[str, Any]:
    proposal = services.accept(owner=request.auth, proposal_id=proposal_id)
    return present.proposal_dict(services.get_proposal(owner=request.auth, proposal_id=proposal.pk))


@router.post("/proposals/{int:proposal_id}/edit", response=ProposalOut)
def edit_proposal(request: ApiRequest, proposal_id: int, payload: ProposalEdit) -> dict[str, Any]:
    """Accept the seeker's version of a proposal (the change is remembered as a correction)."""
    edits = payload.dict(exclude_none=True)
    proposal = services.accept(owner=request.auth, proposal_id=proposal_id, edits=edits or None)
    return present.proposal_dict(services.get_proposal(owner=request.auth, proposal_id=proposal.pk))


@router.post("/proposals/{int:proposal_id}/dismiss", response=ProposalOut)
def dismiss_proposal(
    request: ApiRequest, proposal_id: int, payload: DismissIn | None = None
) -> dict[str, Any]:
    actual = payload.actual_category if payload else None
    services.dismiss(owner=request.auth, proposal_id=proposal_id, actual_category=actual)
    return present.proposal_dict(services.get_proposal(owner=request.auth, proposal_id=proposal_id))


@router.post("/proposals/accept-all", response=AcceptAllOut)
def accept_all(request: ApiRequest, payload: AcceptAllIn) -> dict[str, Any]:
    result = services.accept_all(owner=request.auth, min_confidence=payload.min_confidence)
    return {"accepted": result.accepted, "failed": result.failed}


@router.get("/imports", response=list[ImportOut])
def list_imports(request: ApiRequest) -> list[dict[str, Any]]:
    """Recent imports with their counts; an unfinished one has ``finished_at: null``."""
    return [present.import_dict(run) for run in services.latest_imports(owner=request.auth)]


@router.get("/imports/{int:run_id}", response=ImportOut)
def get_import(request: ApiRequest, run_id: int) -> dict[str, Any]:
    """One import's progress: poll it until ``status`` is no longer queued or running."""
    from onward.mail import background

    return present.import_dict(background.get_run(owner=request.auth, run_id=run_id))


@router.post("/imports/{int:run_id}/stop", response=ImportOut)
def stop_import(request: ApiRequest, run_id: int) -> dict[str, Any]:
    """Stop a running import after the message in hand, keeping what it read.

    It answers at once with ``status: stopping``; poll ``GET /imports/{id}`` until it says
    ``stopped`` (within a second or so). A stopped import resumes where it stopped, with no
    duplicates. 409 if the import is not running, or runs in another process (such as
    ``onward mail import``).
    """
    from onward.mail import background

    return present.import_dict(background.stop(owner=request.auth, run_id=run_id))

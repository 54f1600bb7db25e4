"""Web door: next steps after one rejection (the debrief page embeds the same partial)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from onward.playbook import bank, bank_service, outreach_service
from onward.playbook.momentum_request import seeker


def next_steps(request: HttpRequest, rejection_id: int) -> HttpResponse:
    rejection = outreach_service.get_rejection(owner=seeker(request), rejection_id=rejection_id)
    steps = outreach_service.next_steps_for(rejection)
    unsaid = bank.what_it_did_not_say(
        reasons=tuple(rejection.reason_codes), furthest_stage=rejection.application.furthest_stage
    )
    return render(request, "playbook/next_steps.html", {
        "rejection": rejection, "app": rejection.application, "next_steps": steps,
        "wins": bank_service.three_wins(owner=seeker(request)), "unsaid": unsaid,
    })  # fmt: skip

"""Web page of step 2: Perspective — attribution, your funnel vs the market, employer conduct."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import mark_safe

from onward import taxonomy

from . import perspective_charts as charts
from . import perspective_service

if TYPE_CHECKING:
    from onward.accounts.models import User


def _seeker(request: HttpRequest) -> User:
    """The signed-in (or local) seeker; views are only reached with one (middleware)."""
    return cast("User", request.user)

def perspective(request: HttpRequest) -> HttpResponse:
    p = perspective_service.perspective(owner=_seeker(request))
    ledger = perspective_service.conduct_ledger(owner=_seeker(request))
    sources = {r.id: r for c in (*p.comparisons, *p.channel_comparisons) for r in c.sources}
    return render(request, "playbook/perspective.html", {
        "p": p,
        "ledger": ledger,
        "recent": perspective_service.recent_attributions(owner=_seeker(request)),
        "channel_rows": [(taxonomy.label("channels", c.channel or "other"), c) for c in p.channel_comparisons],
        "funnel_svg": mark_safe(charts.funnel_chart(p.funnel)),
        "rates_svg": mark_safe(charts.rates_chart(p.comparisons)),
        "buckets_svg": mark_safe(charts.buckets_chart(p.buckets_by_month)),
        "sources": sorted(sources.values(), key=lambda r: (-r.year, r.id)),
        "bucket_legend": charts.bucket_legend(),
        "ledger_top": ledger[:12],
        "ledger_rest": ledger[12:],
    })  # fmt: skip

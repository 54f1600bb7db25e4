"""Web door: the Today page and the daily check-in."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme

from onward.errors import OnwardError
from onward.playbook import checkin, checkin_service
from onward.playbook.momentum_request import seeker
from onward.playbook.today_service import today_for

SCALE_CHOICES = [(n, f"{n} · {checkin.MOOD_LABELS[n]}") for n in checkin.SCALE]


class CheckInForm(forms.Form):
    mood = forms.TypedChoiceField(coerce=int, choices=SCALE_CHOICES, widget=forms.RadioSelect, label="Mood")
    energy = forms.TypedChoiceField(coerce=int, choices=SCALE_CHOICES, widget=forms.RadioSelect, label="Energy")
    note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Anything on your mind?", help_text="Private. Optional.")


def today(request: HttpRequest) -> HttpResponse:
    page = today_for(owner=seeker(request))
    return render(request, "playbook/today.html", {"page": page, "checkin_form": CheckInForm()})


def _back(request: HttpRequest, fallback: str) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


def checkin_page(request: HttpRequest) -> HttpResponse:
    form = CheckInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            checkin_service.record_checkin(owner=seeker(request), **form.cleaned_data)
        except OnwardError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Thanks for checking in.")
            return _back(request, "playbook:today")
    recent = checkin_service.recent_checkins(owner=seeker(request), today=timezone.localdate())
    pacing = checkin_service.pacing_for(owner=seeker(request))
    return render(request, "playbook/checkin.html", {"form": form, "recent": recent, "pacing": pacing})


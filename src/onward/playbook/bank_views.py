"""Web door: the confidence bank (wins) and the story bank (STAR)."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from onward import taxonomy
from onward.errors import OnwardError
from onward.playbook import bank_service
from onward.playbook.models_momentum import WIN_KINDS
from onward.playbook.momentum_request import seeker

AREA_CHOICES = [c for c in taxonomy.choices("focus_areas") if c[0] != "outside_control"]


class WinForm(forms.Form):
    text = forms.CharField(max_length=500, label="The win", help_text="Praise received, a result, a stage reached, a strength someone named.")
    kind = forms.ChoiceField(choices=WIN_KINDS, label="Kind")
    on = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="When")


class StoryForm(forms.Form):
    title = forms.CharField(max_length=200, label="Title")
    situation = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Situation", help_text="Where and when; the context in a sentence or two.")
    task = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Task", help_text="What you were responsible for.")
    action = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Action", help_text="What you did, step by step. Say \"I\", not \"we\".")
    result = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="Result", help_text="What changed, with a number if you have one; what you learned.")
    focus_areas = forms.MultipleChoiceField(choices=AREA_CHOICES, required=False, widget=forms.CheckboxSelectMultiple, label="Focus areas it shows")


def bank_page(request: HttpRequest) -> HttpResponse:
    win_id = request.GET.get("from_win")
    initial: dict[str, object] = {}
    if win_id and win_id.isdigit():
        prompt = bank_service.story_prompt_from_win(owner=seeker(request), win_id=int(win_id))
        initial = {"title": prompt.title, "situation": prompt.situation, "focus_areas": list(prompt.focus_areas)}
    elif request.GET.get("resilience") == "1":
        prompt = bank_service.resilience_prompt(owner=seeker(request))
        initial = {"title": prompt.title, "situation": prompt.situation, "task": prompt.task, "focus_areas": list(prompt.focus_areas)}
    return render(request, "playbook/bank.html", {
        "wins": bank_service.list_wins(owner=seeker(request)),
        "stories": bank_service.list_stories(owner=seeker(request)),
        "win_form": WinForm(initial={"kind": "praise"}),
        "story_form": StoryForm(initial=initial),
        "from_win": win_id or "",
        "prefilled": bool(initial),
    })  # fmt: skip


@require_POST
def add_win(request: HttpRequest) -> HttpResponse:
    form = WinForm(request.POST)
    if form.is_valid():
        try:
            bank_service.add_win(owner=seeker(request), **form.cleaned_data)
        except OnwardError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Added to your confidence bank.")
    else:
        messages.error(request, "Write the win in a few words.")
    return redirect(request.POST.get("next") or "playbook:bank")


def story(request: HttpRequest, story_id: int | None = None) -> HttpResponse:
    existing = bank_service.get_story(owner=seeker(request), story_id=story_id) if story_id else None
    initial = (
        {"title": existing.title, "situation": existing.situation, "task": existing.task,
         "action": existing.action, "result": existing.result, "focus_areas": existing.focus_areas}
        if existing else None
    )  # fmt: skip
    form = StoryForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        win = request.POST.get("from_win", "")
        try:
            saved = bank_service.save_story(
                owner=seeker(request), story_id=story_id, from_win_id=int(win) if win.isdigit() else None, **form.cleaned_data
            )
        except OnwardError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Saved the story “{saved.title}”.")
            return redirect("playbook:bank")
    return render(request, "playbook/bank_story.html", {"form": form, "story": existing})

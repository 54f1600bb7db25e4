"""Web pages of step 3: Learning (focus areas, practice, feedback) and the self-review."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from onward import taxonomy
from onward.errors import OnwardError
from onward.tracker import services as tracker

from . import learn_service
from . import perspective_charts as charts
from .learn_forms import FeedbackEditForm, FeedbackForm, SelfReviewForm
from .models_learning import POLARITY_CHOICES

if TYPE_CHECKING:
    from onward.accounts.models import User


def _seeker(request: HttpRequest) -> User:
    """The signed-in (or local) seeker; views are only reached with one (middleware)."""
    return cast("User", request.user)

def _applications(request: HttpRequest) -> list[tuple[int, str]]:
    return [(a.pk, f"{a.company.name} — {a.role_title}") for a in tracker.list_applications(owner=_seeker(request))]


def learn(request: HttpRequest, form: FeedbackForm | None = None) -> HttpResponse:
    data = learn_service.learning(owner=_seeker(request))
    labels = dict(taxonomy.choices("focus_areas"))
    return render(request, "playbook/learn.html", {
        "data": data,
        "feedback_rows": [(f, [(labels.get(a, a), e) for a, e in f.evidence.items()]) for f in data.feedback],
        "strengths": [(labels.get(a, a), n) for a, n in data.strengths.items()],
        "polarities": POLARITY_CHOICES,
        "interviewed": [
            (a.pk, f"{a.company.name} — {a.role_title}")
            for a in tracker.list_applications(owner=_seeker(request))
            if a.furthest_stage in ("screening", "assessment", "interviewing", "final_round", "offer")
        ],
        "focus_svg": mark_safe(charts.focus_chart(data.ranked)),
        "form": form or FeedbackForm(applications=_applications(request)),
        "area_labels": dict(taxonomy.choices("focus_areas")),
        "level_labels": dict(taxonomy.choices("self_review_levels")),
    })  # fmt: skip


@require_POST
def add_feedback(request: HttpRequest) -> HttpResponse:
    form = FeedbackForm(request.POST, applications=_applications(request))
    if form.is_valid():
        d = form.cleaned_data
        try:
            item = learn_service.add_feedback(
                owner=_seeker(request), text=d["text"], source=d["source"], application_id=d["application"],
                received_on=d["received_on"],
            )  # fmt: skip
        except OnwardError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Saved. Check the suggested areas below; change them if they are off.")
            return redirect(f"{_learn_url()}#feedback-{item.pk}")
    return learn(request, form)


def _learn_url() -> str:
    from django.urls import reverse

    return reverse("playbook:learn")


@require_POST
def edit_feedback(request: HttpRequest, item_id: int) -> HttpResponse:
    form = FeedbackEditForm(request.POST)
    if form.is_valid():
        learn_service.update_feedback(
            owner=_seeker(request), item_id=item_id, areas=form.cleaned_data["areas"], polarity=form.cleaned_data["polarity"]
        )
        messages.success(request, "Updated.")
    return redirect(f"{_learn_url()}#feedback-{item_id}")


@require_POST
def delete_feedback(request: HttpRequest, item_id: int) -> HttpResponse:
    learn_service.delete_feedback(owner=_seeker(request), item_id=item_id)
    messages.success(request, "Removed.")
    return redirect("playbook:learn")


@require_POST
def suggest(request: HttpRequest) -> HttpResponse:
    """htmx: the tagger's suggestion for the text being typed, with its evidence."""
    suggestion = learn_service.suggest(request.POST.get("text", ""))
    return render(request, "playbook/learn_suggestion.html", {
        "s": suggestion, "area_labels": dict(taxonomy.choices("focus_areas")),
    })  # fmt: skip


def review_pick(request: HttpRequest) -> HttpResponse:
    """The Learning page's "review a round" picker: go to that application's self-review."""
    raw = request.GET.get("application", "")
    if raw.isdigit():
        return redirect("playbook:review", application_id=int(raw))
    return redirect("playbook:learn")


def review(request: HttpRequest, application_id: int) -> HttpResponse:
    app = tracker.get_application(owner=_seeker(request), application_id=application_id)
    form = SelfReviewForm()
    if request.method == "POST":
        form = SelfReviewForm(request.POST)
        if form.is_valid():
            d = form.cleaned_data
            try:
                learn_service.add_self_review(
                    owner=_seeker(request), application_id=app.pk, ratings=form.ratings(), on=d["on"],
                    round_label=d["round_label"], questions=d["questions"], notes=d["notes"],
                )  # fmt: skip
            except OnwardError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, "Self-review saved. It feeds your focus areas.")
                return redirect("playbook:review", application_id=app.pk)
    return render(request, "playbook/review.html", {
        "app": app, "form": form, "reviews": learn_service.list_self_reviews(owner=_seeker(request), application_id=app.pk),
        "area_labels": dict(taxonomy.choices("focus_areas")), "level_labels": dict(taxonomy.choices("self_review_levels")),
    })  # fmt: skip

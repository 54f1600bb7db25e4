"""Forms for the debrief, feedback items, self-reviews and private writing."""

from __future__ import annotations

from django import forms

from onward.taxonomy import choices

from .models_learning import FEEDBACK_SOURCES, POLARITY_CHOICES

FEELING_CHOICES = [("", "Skip"), ("1", "1 · very low"), ("2", "2 · low"), ("3", "3 · mixed"), ("4", "4 · okay"), ("5", "5 · fine")]
AREA_CHOICES = [(c, lbl) for c, lbl in choices("focus_areas")]
RATED_AREAS = [(c, lbl) for c, lbl in AREA_CHOICES if c != "outside_control"]
LEVEL_CHOICES = [("", "Not tested"), *choices("self_review_levels")]


class DebriefForm(forms.Form):
    feeling = forms.TypedChoiceField(
        label="How does it feel right now?", choices=FEELING_CHOICES, coerce=int, empty_value=None, required=False,
        widget=forms.RadioSelect,
    )
    feeling_word = forms.CharField(label="A word for it", max_length=60, required=False)
    stage_reached = forms.ChoiceField(
        label="How far did you get?", choices=[("", "—"), *choices("rejection_stages")], required=False
    )
    went_well = forms.CharField(label="One thing that went well", required=False, widget=forms.Textarea(attrs={"rows": 2}))
    do_differently = forms.CharField(
        label="One thing to do differently next time", required=False, widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Something you can try, not a judgement of yourself.",
    )
    feedback = forms.CharField(
        label="Feedback you received, in their words", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Most employers give none; that is normal. Leave blank if there was none.",
    )
    layoff = forms.BooleanField(label="This follows a layoff or job loss", required=False)


class FeedbackForm(forms.Form):
    text = forms.CharField(label="Feedback", widget=forms.Textarea(attrs={"rows": 3}))
    source = forms.ChoiceField(label="From", choices=FEEDBACK_SOURCES, initial="interviewer")
    application = forms.TypedChoiceField(label="Application", coerce=int, empty_value=None, required=False, choices=[])
    received_on = forms.DateField(label="Received on", required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args: object, applications: list[tuple[int, str]] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["application"].choices = [("", "—"), *(applications or [])]  # type: ignore[attr-defined]


class FeedbackEditForm(forms.Form):
    areas = forms.MultipleChoiceField(label="Focus areas", choices=AREA_CHOICES, required=False, widget=forms.CheckboxSelectMultiple)
    polarity = forms.ChoiceField(label="Reads as", choices=POLARITY_CHOICES)


class SelfReviewForm(forms.Form):
    round_label = forms.CharField(label="Which round", max_length=120, required=False, help_text="e.g. “Technical with the team lead”")
    on = forms.DateField(label="Date", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    questions = forms.CharField(label="Questions you were asked", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    notes = forms.CharField(label="Notes", required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        for code, lbl in RATED_AREAS:
            self.fields[f"area_{code}"] = forms.ChoiceField(label=lbl, choices=LEVEL_CHOICES, required=False)

    def ratings(self) -> dict[str, str]:
        return {code: self.cleaned_data.get(f"area_{code}") or "" for code, _ in RATED_AREAS}

    def area_fields(self) -> list[forms.BoundField]:
        return [self[f"area_{code}"] for code, _ in RATED_AREAS]


class WritingForm(forms.Form):
    text = forms.CharField(label="Your writing (private)", required=False, widget=forms.Textarea(attrs={"rows": 12}))
    intention = forms.CharField(label="One thing you intend to improve", max_length=300, required=False)

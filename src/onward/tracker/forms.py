"""Web forms: they check types and shape; the services check meaning."""

from __future__ import annotations

from django import forms

from onward import taxonomy


class ApplicationForm(forms.Form):
    company = forms.CharField(max_length=200)
    role_title = forms.CharField(max_length=200, label="Role")
    stage = forms.ChoiceField(choices=taxonomy.choices("stages"), initial="applied")
    channel = forms.ChoiceField(choices=taxonomy.choices("channels"), initial="job_board", label="How you applied")
    applied_on = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Applied on",
                                 help_text="Leave empty for today.")
    location = forms.CharField(max_length=200, required=False)
    posting_url = forms.URLField(max_length=1000, required=False, label="Posting URL", assume_scheme="https")
    salary_min = forms.IntegerField(required=False, min_value=0, label="Salary from")
    salary_max = forms.IntegerField(required=False, min_value=0, label="Salary to")
    salary_currency = forms.CharField(max_length=3, required=False, label="Currency")
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    tags = forms.CharField(required=False, help_text="Separate with commas.")

    def clean_tags(self) -> list[str]:
        raw: str = self.cleaned_data.get("tags") or ""
        return [t.strip() for t in raw.split(",") if t.strip()]


class EditApplicationForm(ApplicationForm):
    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        del self.fields["stage"]


class MoveForm(forms.Form):
    to_stage = forms.ChoiceField(choices=taxonomy.choices("stages"), label="Move to")


class RejectForm(forms.Form):
    received_on = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}), label="Received on",
                                  help_text="Leave empty for today.")
    stage_reached = forms.ChoiceField(
        choices=[("", "Work it out from the history"), *taxonomy.choices("rejection_stages")], required=False,
        label="Stage reached",
    )  # fmt: skip
    reasons = forms.MultipleChoiceField(
        choices=taxonomy.choices("reasons"), required=False, widget=forms.CheckboxSelectMultiple,
        label="What did they say, if anything?", help_text="Most employers give no reason; that is normal.",
    )  # fmt: skip
    feedback_text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}), label="Feedback, word for word")


class ContactForm(forms.Form):
    name = forms.CharField(max_length=200)
    email = forms.EmailField(required=False)
    phone = forms.CharField(max_length=50, required=False)
    linkedin_url = forms.URLField(required=False, label="LinkedIn URL", assume_scheme="https")
    company = forms.CharField(max_length=200, required=False)
    title = forms.CharField(max_length=200, required=False)
    how_we_know = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}), label="How you know each other")
    cadence_days = forms.IntegerField(required=False, min_value=1, max_value=730, label="Keep in touch every (days)")


class LinkForm(forms.Form):
    contact_id = forms.IntegerField(label="Contact")
    role = forms.ChoiceField(choices=taxonomy.choices("contact_roles"))


class InteractionForm(forms.Form):
    kind = forms.ChoiceField(choices=taxonomy.choices("interaction_kinds"))
    direction = forms.ChoiceField(choices=[("out", "You reached out"), ("in", "They reached you")])
    occurred_at = forms.DateTimeField(required=False, widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
                                      label="When", help_text="Leave empty for now.")
    contact_id = forms.IntegerField(required=False, label="Contact")
    summary = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

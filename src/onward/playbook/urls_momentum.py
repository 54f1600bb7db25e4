"""Pages of steps 4–5: Today, follow-ups and drafts, the weekly plan, the banks, check-ins."""

from __future__ import annotations

from django.urls import URLPattern, path

from onward.playbook import bank_views, followup_views, outreach_views, plan_views, today_views

urlpatterns: list[URLPattern] = [
    path("today/", today_views.today, name="today"),
    path("checkin/", today_views.checkin_page, name="checkin"),
    path("followups/", followup_views.followups, name="followups"),
    path("followups.ics", followup_views.followups_ics, name="followups_ics"),
    path("followups/feed/new/", followup_views.feed_regenerate, name="feed_regenerate"),
    path("followups/rules/", followup_views.rules, name="rules"),
    path("feed/<str:token>.ics", followup_views.feed, name="feed"),
    path("followups/<int:follow_up_id>/", followup_views.draft, name="draft"),
    path("followups/<int:follow_up_id>/done/", followup_views.mark_done, name="followup_done"),
    path("followups/<int:follow_up_id>/snooze/", followup_views.snooze, name="followup_snooze"),
    path("followups/<int:follow_up_id>/dismiss/", followup_views.dismiss, name="followup_dismiss"),
    path("plan/", plan_views.plan_page, name="plan"),
    path("plan/<int:plan_id>/targets/", plan_views.update_targets, name="plan_targets"),
    path("plan/<int:plan_id>/rest/", plan_views.set_rest, name="plan_rest"),
    path("plan/<int:plan_id>/lighter/", plan_views.lighter, name="plan_lighter"),
    path("plan/<int:plan_id>/practice/", plan_views.log_practice, name="plan_practice"),
    path("plan/items/<int:item_id>/done/", plan_views.toggle_item, name="plan_item_done"),
    path("plan/items/<int:item_id>/edit/", plan_views.edit_item, name="plan_item_edit"),
    path("bank/", bank_views.bank_page, name="bank"),
    path("bank/wins/", bank_views.add_win, name="bank_win"),
    path("bank/stories/new/", bank_views.story, name="story_new"),
    path("bank/stories/<int:story_id>/", bank_views.story, name="story"),
    path("rejections/<int:rejection_id>/next-steps/", outreach_views.next_steps, name="next_steps"),
]

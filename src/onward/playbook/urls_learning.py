"""Pages of steps 1–3: debrief, rejection, private writing, Perspective, Learning, self-review."""

from __future__ import annotations

from django.urls import URLPattern, path

from onward.playbook import debrief_views, learn_views, perspective_views

urlpatterns: list[URLPattern] = [
    path("debrief/<int:application_id>/", debrief_views.debrief, name="debrief"),
    path("rejection/<int:application_id>/", debrief_views.rejection, name="rejection"),
    path("rejection/<int:application_id>/reverse/", debrief_views.reverse, name="reverse_rejection"),
    path("writing/<str:kind>/", debrief_views.writing, name="writing"),
    path("perspective/", perspective_views.perspective, name="perspective"),
    path("learn/", learn_views.learn, name="learn"),
    path("learn/feedback/", learn_views.add_feedback, name="feedback_add"),
    path("learn/feedback/<int:item_id>/", learn_views.edit_feedback, name="feedback_edit"),
    path("learn/feedback/<int:item_id>/delete/", learn_views.delete_feedback, name="feedback_delete"),
    path("learn/suggest/", learn_views.suggest, name="feedback_suggest"),
    path("review/", learn_views.review_pick, name="review_pick"),
    path("review/<int:application_id>/", learn_views.review, name="review"),
]

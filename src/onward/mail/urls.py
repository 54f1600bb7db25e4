from __future__ import annotations

from django.urls import path

from onward.mail import views

app_name = "mail"
urlpatterns = [
    path("", views.review, name="review"),
    path("import/", views.import_page, name="import"),
    path("import/<int:run_id>/", views.import_progress, name="import_progress"),
    path("import/<int:run_id>/stop/", views.import_stop, name="import_stop"),
    path("import/<int:run_id>/resume/", views.import_resume, name="import_resume"),
    path("import/<int:run_id>/discard/", views.import_discard, name="import_discard"),
    path("accept-all/", views.accept_all, name="accept_all"),
    path("proposals/<int:proposal_id>/accept/", views.accept, name="accept"),
    path("proposals/<int:proposal_id>/edit/", views.edit, name="edit"),
    path("proposals/<int:proposal_id>/dismiss/", views.dismiss, name="dismiss"),
    path("messages/<int:message_id>/", views.message, name="message"),
]

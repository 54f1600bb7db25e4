from __future__ import annotations

from django.urls import path

from onward.tracker import views

app_name = "tracker"
urlpatterns = [
    path("", views.home, name="home"),
    path("board/", views.board, name="board"),
    path("demo/", views.load_demo, name="demo"),
    path("applications/new/", views.add_application, name="add"),
    path("applications/<int:application_id>/", views.application, name="application"),
    path("applications/<int:application_id>/edit/", views.edit_application, name="edit"),
    path("applications/<int:application_id>/move/", views.move, name="move"),
    path("applications/<int:application_id>/reject/", views.reject, name="reject"),
    path("applications/<int:application_id>/ending/", views.set_ending, name="ending"),
    path("applications/<int:application_id>/delete/", views.delete_application, name="delete"),
    path("applications/<int:application_id>/contacts/", views.link_contact, name="link"),
    path("applications/<int:application_id>/log/", views.log_interaction, name="log"),
    path("contacts/", views.contacts, name="contacts"),
]

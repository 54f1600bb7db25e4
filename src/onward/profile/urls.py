from __future__ import annotations

from django.urls import path

from onward.profile import views, views_edit

app_name = "profile"
urlpatterns = [
    path("", views.home, name="home"),
    path("new/", views.new, name="new"),
    path("import/", views.import_file, name="import"),
    path("<int:version_id>/", views_edit.edit, name="edit"),
    path("<int:version_id>/settings/", views_edit.save_settings, name="settings"),
    path("<int:version_id>/basics/", views_edit.save_basics, name="basics"),
    path("<int:version_id>/raw/", views_edit.save_raw, name="raw"),
    path("<int:version_id>/fix-dates/", views_edit.fix_dates, name="fix_dates"),
    path("<int:version_id>/<str:section>/add/", views_edit.add_entry, name="add_entry"),
    path("<int:version_id>/<str:section>/<int:index>/", views_edit.save_entry, name="entry"),
    path("<int:version_id>/<str:section>/<int:index>/move/", views_edit.move_entry, name="move_entry"),
    path("<int:version_id>/<str:section>/<int:index>/remove/", views_edit.remove_entry, name="remove_entry"),
    path("<int:version_id>/preview/", views.preview, name="preview"),
    path("<int:version_id>/review/", views.review, name="review"),
    path("<int:version_id>/match/", views.match, name="match"),
    path("<int:version_id>/tailor/", views.tailor, name="tailor"),
    path("<int:version_id>/delete/", views.delete, name="delete"),
    path("<int:version_id>/export.json", views.export, name="export"),
    path("<int:version_id>/download/<str:fmt>/", views.download, name="download"),
]

from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("steps/<int:step_id>/complete/", views.complete_step_view, name="complete_step"),
    path(
        "lessons/<int:lesson_id>/checklists/<str:block_id>/",
        views.save_ticks_view,
        name="save_ticks",
    ),
]

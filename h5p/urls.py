from django.urls import path

from . import views

app_name = "h5p"

urlpatterns = [
    path("embed/<str:token>/", views.embed, name="embed"),
    path("play/<str:token>/<path:path>", views.asset, name="asset"),
    path("xapi/", views.statement, name="statement"),
    path("state/", views.state, name="state"),
]

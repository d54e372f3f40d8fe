from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("", views.my_certificates, name="mine"),
    path("verify/", views.verify_form, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify_code"),
    path("<str:code>/pdf/", views.download, name="download"),
]

"""Wagtail's front-end URLs, with page serving through ``cms.views.serve``."""

from django.urls import re_path

from wagtail import urls as wagtail_urls

from . import views

urlpatterns = [
    *[p for p in wagtail_urls.urlpatterns if getattr(p, "name", None) != "wagtail_serve"],
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
]

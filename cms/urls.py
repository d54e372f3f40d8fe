"""Wagtail's front-end URLs, with page serving through ``cms.views.serve``."""

from django.urls import re_path

from wagtail import urls as wagtail_urls

from . import views

urlpatterns = [
    # Wagtail's front-end login is left out: signing in is allauth's job (see settings).
    *[
        p
        for p in wagtail_urls.urlpatterns
        if getattr(p, "name", None) not in ("wagtail_serve", "wagtailcore_login")
    ],
    re_path(wagtail_urls.serve_pattern, views.serve, name="wagtail_serve"),
]

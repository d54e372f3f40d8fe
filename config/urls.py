from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import views as cms_views

urlpatterns = [
    # Every sign-in goes through allauth (two-step verification, rate limits,
    # verified email): Wagtail's own login form is sent there.
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # The H5P player and its reports: no language prefix, the content has its own.
    path("h5p/", include("h5p.urls")),
    # For crawlers: one address each, whatever the language.
    path("robots.txt", cms_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", cms_views.sitemap_index, name="sitemap"),
    path("sitemap-<str:language_code>.xml", cms_views.sitemap, name="sitemap_language"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("learning/", include("courses.urls")),
    path("certificates/", include("certificates.urls")),
    path("", include("cms.urls")),
    prefix_default_language=True,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + urlpatterns

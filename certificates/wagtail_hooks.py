from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CertificateTemplate


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    add_to_settings_menu = True
    list_display = ["name", "heading", "is_default", "locale"]
    list_filter = ["locale", "is_default"]
    search_fields = ["name", "heading"]


register_snippet(CertificateTemplateViewSet)


@hooks.register("register_log_actions")
def register_certificate_actions(actions):
    actions.register_action("certificates.revoke", _("Revoke"), _("Certificate revoked"))
    actions.register_action("certificates.reinstate", _("Reinstate"), _("Certificate reinstated"))
    actions.register_action(
        "certificates.rerender", _("Render again"), _("Certificate PDFs discarded to render again")
    )


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    from . import admin_views

    urls = [
        path("", admin_views.index, name="index"),
        path("<int:pk>/", admin_views.detail, name="detail"),
        path("<int:pk>/revoke/", admin_views.revoke, name="revoke"),
        path("<int:pk>/reinstate/", admin_views.reinstate, name="reinstate"),
        path("<int:pk>/rerender/", admin_views.rerender, name="rerender"),
        path("exports/", admin_views.exports, name="exports"),
        path("exports/<int:pk>/", admin_views.export_detail, name="export_detail"),
        path("exports/<int:pk>/download/", admin_views.export_download, name="export_download"),
    ]
    return [path("certificates/", include((urls, "certificate_admin")))]


class CertificatesMenuItem(MenuItem):
    def is_shown(self, request):
        from .admin_views import may_manage

        return may_manage(request.user)


@hooks.register("register_admin_menu_item")
def register_certificates_menu_item():
    return CertificatesMenuItem(
        _("Certificates"),
        reverse("certificate_admin:index"),
        icon_name="doc-full-inverse",
        order=410,
    )


@hooks.register("courses_completion_links")
def certificate_links(user, course_keys):
    """My learning links each completed course to the learner's certificate for it."""
    from .models import Certificate

    mine = reverse("certificates:mine")
    links = {}
    for key, code in (
        Certificate.objects.for_user(user)
        .filter(course_key__in=course_keys, revoked_at__isnull=True)
        .order_by("course_key", "-round")
        .values_list("course_key", "code")
    ):
        links.setdefault(key, {"url": f"{mine}#certificate-{code}", "label": _("Your certificate")})
    return links

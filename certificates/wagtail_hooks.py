from django.utils.translation import gettext_lazy as _

from wagtail import hooks
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

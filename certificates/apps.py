from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, signal_handlers  # noqa: F401

        signal_handlers.register()

    def load_demo(self):
        from cms.demo import counted

        from .demo import load_demo_certificate_template
        from .models import CertificateTemplate

        load_demo_certificate_template()
        templates = CertificateTemplate.objects.values("translation_key").distinct().count()
        return counted(templates, "certificate template")

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Site content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import cache
        from .locales import sync_locales

        cache.register()

        post_migrate.connect(sync_locales, sender=self)

    def load_demo(self):
        from .demo import counted, load_standard_pages

        pages = load_standard_pages()
        titles = ", ".join(page.title for page in pages.values())
        return f"{counted(len(pages), 'standard page')}: {titles}"

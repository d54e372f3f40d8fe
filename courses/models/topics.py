from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField


@register_snippet
class Topic(TranslatableMixin, models.Model):
    """A subject courses are filed under ("indicators", "referral"), translated like pages.

    The ``slug`` is the same in every language, so a filter link works in all of them.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)

    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="courses_topic_slug_locale"),
        ]

    def __str__(self):
        return self.name

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import HomeBodyBlock
from .routing import CachedViewRestrictionsMixin, DirectRouteMixin


class HomePage(DirectRouteMixin, CachedViewRestrictionsMixin, Page):
    """The root of each language's tree: a hero and sections that lead to the rest."""

    body = StreamField(HomeBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

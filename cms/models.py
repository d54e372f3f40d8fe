from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from .blocks import HomeBodyBlock, StandardBodyBlock
from .routing import CachedViewRestrictionsMixin, DirectRouteMixin


class HomePage(DirectRouteMixin, CachedViewRestrictionsMixin, Page):
    """The root of each language's tree: a hero and sections that lead to the rest."""

    body = StreamField(HomeBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    @property
    def summary(self):
        """The hero's introduction: what a search result or a shared link says of the site."""
        for block in self.body:
            if block.block_type == "hero":
                return block.value["text"]
        return ""


class StandardPage(CachedViewRestrictionsMixin, Page):
    """A plain page every public site has: about, contact, privacy, accessibility.

    Tick "Show in menus" (Promote tab) on a page directly under the home page to
    list it in the footer of every page.
    """

    intro = models.TextField(
        _("introduction"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences; also shown when the page is shared or found."),
    )
    body = StreamField(StandardBodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @property
    def summary(self):
        return strip_tags(self.intro)


@register_setting(icon="mail")
class SiteContact(BaseSiteSetting):
    """How people reach the team that runs the site, shown wherever a page says "contact us"."""

    email = models.EmailField(
        _("contact email address"),
        blank=True,
        help_text=_("Shown in the footer of every page and on the contact page."),
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            'Where "contact us" links lead, in each language that has a translation of it.'
        ),
    )

    panels = [FieldPanel("email"), FieldPanel("contact_page")]

    class Meta:
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

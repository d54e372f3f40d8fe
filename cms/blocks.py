"""StreamField blocks shared by the site's pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site or to an address elsewhere; may be left empty."""

    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("or external address"), required=False)
    text = blocks.CharBlock(label=_("Link text"), max_length=80, required=False)

    class Meta:
        icon = "link"
        label = _("Link")
        template = "cms/blocks/link.html"

    def clean(self, value):
        value = super().clean(value)
        page, url, text = value.get("page"), value.get("url"), value.get("text")
        if not (page or url or text):
            return value
        errors = {}
        if page and url:
            errors["url"] = ValidationError(_("Choose a page or an address, not both."))
        elif not (page or url):
            errors["page"] = ValidationError(_("Choose a page or enter an address."))
        if not text:
            errors["text"] = ValidationError(_("Write the text of the link."))
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value


class HeroBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Introduction"), max_length=400)
    links = blocks.ListBlock(LinkBlock(), label=_("Buttons"), max_num=2, default=[])

    class Meta:
        icon = "pick"
        label = _("Hero")
        template = "cms/blocks/hero.html"
        preview_value = {
            "heading": "Learn to recognise trafficking in persons",
            "text": "Short courses for police, officials and civil society, in English and Urdu.",
            "links": [],
        }


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    body = blocks.RichTextBlock(
        label=_("Text"), features=["bold", "italic", "link", "ol", "ul", "h3"]
    )
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "doc-full"
        label = _("Section")
        template = "cms/blocks/section.html"
        preview_value = {
            "heading": "Everyone can report",
            "body": "<p>If you see the signs of trafficking, you can report it.</p>",
        }


class HomeBodyBlock(blocks.StreamBlock):
    hero = HeroBlock()
    section = SectionBlock()

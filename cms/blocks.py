"""StreamField blocks shared by the site's pages."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from accounts.models import language_choices
from h5p.blocks import H5PBlock


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


# Lesson and awareness-page blocks -------------------------------------------------

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=150)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "cms/blocks/heading.html"
        preview_value = {"text": "What trafficking is", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "cms/blocks/image.html"


class CaptionedMediaBlock(blocks.StructBlock):
    """Shared fields of video and audio: a transcript for people who read rather than listen."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), features=RICH_TEXT_FEATURES, required=False
    )


class VideoBlock(CaptionedMediaBlock):
    file = DocumentChooserBlock(
        label=_("Video file"), required=False, help_text=_("An MP4 or WebM file.")
    )
    url = blocks.URLBlock(
        label=_("or address of the video elsewhere"),
        required=False,
        help_text=_("Shown as a link, so the page stays light and loads nothing from elsewhere."),
    )
    captions = DocumentChooserBlock(
        label=_("Captions"), required=False, help_text=_("A WebVTT (.vtt) file.")
    )
    captions_language = blocks.ChoiceBlock(
        label=_("Language of the captions"), choices=language_choices, required=False
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "cms/blocks/video.html"
        preview_value = {
            "title": "Interviewing a possible victim",
            "url": "https://example.org/video",
            "transcript": "<p>The officer introduces herself and the interpreter.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("file")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(_("Choose a video file or an address, not both."))
                }
            )
        if value.get("captions") and not value.get("captions_language"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "captions_language": ValidationError(
                        _("Say which language the captions are in.")
                    )
                }
            )
        return value


class AudioBlock(CaptionedMediaBlock):
    file = DocumentChooserBlock(label=_("Audio file"), help_text=_("An MP3, M4A or OGG file."))

    class Meta:
        icon = "media"
        label = _("Audio narration")
        template = "cms/blocks/audio.html"


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("note", _("Note")), ("warning", _("Warning")), ("red_flag", _("Red flag"))],
        default="note",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=150, required=False)
    body = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Callout")
        template = "cms/blocks/callout.html"
        preview_value = {
            "kind": "red_flag",
            "title": "Documents held by someone else",
            "body": "<p>An employer who keeps a worker's identity card is a warning sign.</p>",
        }


class IndicatorBlock(blocks.StructBlock):
    indicator = blocks.CharBlock(label=_("Indicator"), max_length=200)
    explanation = blocks.TextBlock(label=_("Why it matters"), required=False)

    class Meta:
        icon = "tick"
        label = _("Indicator")


class IndicatorsChecklistBlock(blocks.StructBlock):
    """A titled list of trafficking indicators a learner can tick through."""

    title = blocks.CharBlock(label=_("Title"), max_length=150)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    items = blocks.ListBlock(IndicatorBlock(), label=_("Indicators"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Indicators checklist")
        template = "cms/blocks/indicators.html"
        preview_value = {
            "title": "Signs at a brick kiln",
            "intro": "Several signs together call for a closer look.",
            "items": [
                {"indicator": "A debt that grows", "explanation": "Advances never clear."},
                {"indicator": "Not free to leave", "explanation": "Families are watched."},
            ],
        }


class CaseScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    situation = blocks.RichTextBlock(label=_("Situation"), features=RICH_TEXT_FEATURES)
    question = blocks.CharBlock(
        label=_("Question"), max_length=200, default=_("What should you do?")
    )
    model_response = blocks.RichTextBlock(label=_("Model response"), features=RICH_TEXT_FEATURES)
    discussion_points = blocks.ListBlock(
        blocks.CharBlock(label=_("Point"), max_length=300),
        label=_("Discussion points"),
        required=False,
        default=[],
    )

    class Meta:
        icon = "help"
        label = _("Case scenario")
        template = "cms/blocks/scenario.html"
        preview_value = {
            "title": "A girl at the bus station",
            "situation": "<p>A girl of fifteen travels with a man who is not her relative.</p>",
            "question": "What should you do?",
            "model_response": "<p>Speak to her separately, calmly, with a female officer.</p>",
            "discussion_points": ["Why separately?"],
        }


class TakeawaysBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=150, default=_("Key takeaways"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Takeaway"), max_length=300), min_num=1)

    class Meta:
        icon = "pick"
        label = _("Key takeaways")
        template = "cms/blocks/takeaways.html"
        preview_value = {"title": "Key takeaways", "items": ["Children need no means."]}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Title"), max_length=150)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "cms/blocks/document.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), max_length=150, required=False)
    consent_note = blocks.CharBlock(
        label=_("Consent note"),
        max_length=300,
        required=False,
        help_text=_("How consent to share this account was given, or that it is a composite."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote or testimony")
        template = "cms/blocks/quote.html"
        preview_value = {
            "quote": "I thought the job was real.",
            "attribution": "A survivor",
            "consent_note": "A composite account written for this course.",
        }


class ContentBlock(blocks.StreamBlock):
    """The body of lessons and awareness pages."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="cms/blocks/paragraph.html",
        preview_value="<p>Trafficking in persons has three elements.</p>",
    )
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    indicators = IndicatorsChecklistBlock()
    scenario = CaseScenarioBlock()
    takeaways = TakeawaysBlock()
    document = DocumentBlock()
    quote = QuoteBlock()
    h5p = H5PBlock()


# Standard pages (about, contact, privacy...) -------------------------------------


class ContactDetailsBlock(blocks.StaticBlock):
    """The site's contact email address and contact page, as set in the site's settings."""

    class Meta:
        icon = "mail"
        label = _("Contact details")
        admin_text = _("Shows the email address set in Settings → Contact details.")
        template = "cms/blocks/contact_details.html"


class StandardBodyBlock(ContentBlock):
    """The body of standard pages: the lesson blocks, and the site's contact details."""

    contact = ContactDetailsBlock()

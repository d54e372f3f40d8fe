"""A StreamField block that places H5P content in a page body."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock


class H5PBlock(blocks.StructBlock):
    """Interactive content inside a text.

    It renders a placeholder, not the player: page bodies are cached for everyone,
    while a player carries one learner's token. ``{% h5p_players %}`` around the
    body swaps each placeholder for that visitor's player.
    """

    content = SnippetChooserBlock("h5p.H5PContent", label=_("Interactive content"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "form"
        label = _("Interactive activity (H5P)")
        template = "h5p/blocks/h5p_block.html"

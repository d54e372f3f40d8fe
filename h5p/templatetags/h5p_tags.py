"""``{% h5p_players context %}…{% end_h5p_players %}``: each visitor's players in a cached body."""

import re

from django import template
from django.template.loader import render_to_string

from ..models import H5PContent
from ..player import player_context

register = template.Library()

SLOT = re.compile(r'<div class="h5p-slot" data-h5p-slot="(\d+)">.*?</div>', re.DOTALL)


class PlayersNode(template.Node):
    def __init__(self, nodelist, context_expression):
        self.nodelist = nodelist
        self.context_expression = context_expression

    def render(self, context):
        html = self.nodelist.render(context)
        ids = {int(found) for found in SLOT.findall(html)}
        if not ids:
            return html
        request = context["request"]
        tracking = str(self.context_expression.resolve(context) or "")
        contents = H5PContent.objects.select_related("current_version").in_bulk(ids)

        def player(match):
            content = contents.get(int(match.group(1)))
            return render_to_string(
                "h5p/player.html",
                {"player": player_context(request, content, tracking)},
                request=request,
            )

        return SLOT.sub(player, html)


@register.tag("h5p_players")
def h5p_players(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% h5p_players context %} takes one argument")
    nodelist = parser.parse(("end_h5p_players",))
    parser.delete_first_token()
    return PlayersNode(nodelist, parser.compile_filter(bits[1]))


@register.inclusion_tag("h5p/player.html", takes_context=True)
def h5p_player(context, content, tracking_context=""):
    """One player for ``content`` outside cached text (an activity page)."""
    return {
        "player": player_context(context["request"], content, tracking_context),
        "csrf_token": context.get("csrf_token"),
    }

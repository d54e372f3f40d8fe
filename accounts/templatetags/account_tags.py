from django import template

from accounts.admin_access import shows_admin_link

register = template.Library()


@register.simple_tag(takes_context=True)
def admin_link_shown(context):
    """``{% admin_link_shown as show_admin %}``: may this user open the Wagtail admin?"""
    request = context.get("request")
    return request is not None and shows_admin_link(request)

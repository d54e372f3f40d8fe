from django import template
from django.utils.translation import get_language

from wagtail.models import Site

from cms.cache import tree_cached

from ..models import CourseIndexPage

register = template.Library()


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """The site's course catalogue in the current language, from the tree cache."""
    request = context["request"]
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = get_language()

    def compute():
        catalogues = CourseIndexPage.objects.live().filter(locale__language_code=language)
        home = site.root_page.localized
        page = catalogues.descendant_of(home).first() or catalogues.first()
        return page.get_url(request) if page else ""

    return tree_cached(f"catalogue-url:{site.pk}:{language}", compute, request) or None


@register.inclusion_tag("courses/includes/progress_bar.html")
def progress_bar(percent, label=""):
    return {"percent": percent or 0, "label": label}

from django import template
from django.core.cache import cache
from django.utils.translation import get_language

from ..models import CourseIndexPage

register = template.Library()

CATALOGUE_CACHE_KEY = "courses:catalogue-url:{site}:{language}"


def catalogue_cache_key(site_id, language):
    return CATALOGUE_CACHE_KEY.format(site=site_id, language=language)


@register.simple_tag(takes_context=True)
def catalogue_url(context):
    """The course catalogue in the current language, cached (cleared when one is published)."""
    from wagtail.models import Site

    request = context["request"]
    site = Site.find_for_request(request)
    key = catalogue_cache_key(site.pk if site else 0, get_language())
    url = cache.get(key)
    if url is None:
        page = CourseIndexPage.objects.live().filter(locale__language_code=get_language()).first()
        url = page.get_url(request) if page else ""
        cache.set(key, url, 60 * 60)
    return url or None


@register.inclusion_tag("courses/includes/progress_bar.html")
def progress_bar(percent, label=""):
    return {"percent": percent or 0, "label": label}

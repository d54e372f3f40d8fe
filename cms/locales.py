from django.conf import settings


def sync_locales(using="default", **kwargs):
    """Give every language in settings a Wagtail ``Locale``, so adding one needs no admin step."""
    from wagtail.models import Locale

    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.using(using).get_or_create(language_code=code)

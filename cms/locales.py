from django.conf import settings


def sync_locales(using="default", **kwargs):
    """Give every language in settings a Wagtail ``Locale`` kept in sync with the default
    language's tree, so adding a language needs no admin step."""
    from wagtail.models import Locale
    from wagtail_localize.models import LocaleSynchronization

    default, _created = Locale.objects.using(using).get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, _created = Locale.objects.using(using).get_or_create(language_code=code)
        # Pages not yet translated appear in this language's tree as aliases of the
        # original, so every language has every page (shown with a notice).
        if locale != default:
            LocaleSynchronization.objects.using(using).get_or_create(
                locale=locale, defaults={"sync_from": default}
            )

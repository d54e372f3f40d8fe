"""Translate pages through wagtail-localize from code, as an editor would in the admin.

Used by the demo loader so that the Urdu pages are real wagtail-localize
translations (synced, editable in the admin), not independent copies.
"""

import json

from django.db import transaction

from wagtail.models import Locale, Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    Translation,
    TranslationSource,
)


class MissingTranslation(Exception):
    """Raised when a source string has no entry in the translations given."""


@transaction.atomic
def translate_page(page, language_code, translations, *, overrides=None, user=None):
    """Create or update the ``language_code`` translation of ``page`` and publish it.

    ``translations`` maps each English source string (as wagtail-localize
    segments it: titles, slugs, block fields, rich-text paragraphs) to its
    translation. Every string must be present: a partial translation would
    publish English text on a page that claims to be in another language.

    ``overrides`` maps the path of an overridable field (a chosen snippet, say
    ``"activity"``) to this language's value, stored as the translation editor
    stores it: the editor then shows it, and publishing from it keeps it.
    """
    locale = Locale.objects.get(language_code=language_code)
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    # Obsolete entries are old strings kept for reference; only current ones matter.
    current = [entry for entry in po if not entry.obsolete]
    missing = [entry.msgid for entry in current if entry.msgid not in translations]
    if missing:
        raise MissingTranslation(
            f"No {language_code} translation for: " + "; ".join(repr(m) for m in missing)
        )
    for entry in current:
        entry.msgstr = translations[entry.msgid]
    translation.import_po(po, user=user, tool_name="seed_demo")
    for path, value in (overrides or {}).items():
        segment = OverridableSegment.objects.get(source=source, context__path=path)
        SegmentOverride.objects.update_or_create(
            locale=locale,
            context_id=segment.context_id,
            defaults={"data_json": json.dumps(value), "last_translated_by": user},
        )
    if not isinstance(page, Page):  # a snippet: saved as it is, nothing to publish
        translation.save_target(user=user, publish=True)
        return page.get_translation(locale)
    # wagtail-localize would publish on commit; publish now, so the caller (and a
    # test inside a transaction) sees the live translation straight away.
    translation.save_target(user=user, publish=False)
    translated = page.get_translation(locale)
    translated.get_latest_revision().publish(user=user)
    translated.refresh_from_db()
    return translated

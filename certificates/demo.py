"""The demo's certificate template, in English and Urdu. The organisation is a demo value."""

from wagtail.models import Locale

from .models import CertificateTemplate

TEMPLATE = {
    "name": "Demo certificate",
    "heading": "Certificate of completion",
    "body": "This certifies that\n\n{name}\n\nhas completed the course {course} "
    "({hours} hours of study) on {date}.",
    "organisation": "TIP Learning (demo organisation)",
    "signatories": [
        ("signatory", {"name": "A. Trainer (demo)", "title": "Course lead", "signature": None}),
    ],
}
TEMPLATE_UR = {
    "name": "ڈیمو سند",
    "heading": "سندِ تکمیل",
    "body": "تصدیق کی جاتی ہے کہ\n\n{name}\n\nنے {date} کو کورس {course} "
    "({hours} گھنٹے کی تعلیم) مکمل کیا۔",
    "organisation": "ٹی آئی پی لرننگ (ڈیمو ادارہ)",
    "signatories": [
        ("signatory", {"name": "اے ٹرینر (ڈیمو)", "title": "کورس سربراہ", "signature": None}),
    ],
}


def load_demo_certificate_template():
    english = Locale.objects.get(language_code="en")
    template = CertificateTemplate.objects.filter(locale=english, is_default=True).first()
    if template is None:
        template = CertificateTemplate(locale=english, is_default=True)
    for field, value in TEMPLATE.items():
        setattr(template, field, value)
    template.save()
    urdu = Locale.objects.filter(language_code="ur").first()
    if urdu is None:
        return template
    translation = template.get_translation_or_none(urdu) or template.copy_for_translation(urdu)
    for field, value in TEMPLATE_UR.items():
        setattr(translation, field, value)
    translation.save()
    return template

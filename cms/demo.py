"""Demo content: the home page and the standard pages (about, contact, privacy,
accessibility) in English, translated into Urdu through wagtail-localize."""

import html
import tomllib
from pathlib import Path

from django.conf import settings

from wagtail.models import Locale, Page, Site

from .locales import sync_locales
from .models import HomePage, SiteContact, StandardPage
from .translation import translate_page

STANDARD_PAGES = Path(__file__).with_name("demo_pages.toml")


def counted(number, singular, plural=None):
    """ "1 quiz", "3 quizzes": for the summary ``seed_demo`` prints."""
    return f"{number} {singular if number == 1 else plural or singular + 's'}"


HOME_EN = {
    "title": "Home",
    "hero": {
        "heading": "Recognise. Respond. Report. Refer.",
        "text": (
            "Free courses on trafficking in persons for police and other law-enforcement "
            "officers, government officials and civil-society workers: in English and Urdu, "
            "made for phones and slow connections."
        ),
    },
    "sections": [
        (
            "What is trafficking in persons?",
            "Trafficking in persons means recruiting, moving, harbouring or receiving a "
            "person through force, fraud or coercion in order to exploit them: in forced "
            "labour, sexual exploitation, servitude or the removal of organs. For a child, "
            "no force or deception has to be shown.",
        ),
        (
            "Who these courses are for",
            "Police officers in district stations, prosecutors, officials and workers of "
            "non-governmental organisations: the people who often meet victims first. Each "
            "course can be taken on a phone, a few minutes at a time.",
        ),
        (
            "Learn at your own pace",
            "Sign in to keep your progress, pick up where you stopped and come back to any "
            "lesson later.",
        ),
    ],
}

# English source string -> Urdu, for every segment wagtail-localize extracts.
HOME_UR = {
    "Home": "صفحۂ اول",
    "home": "home",
    "Recognise. Respond. Report. Refer.": "پہچانیں۔ مدد کریں۔ رپورٹ کریں۔ ریفر کریں۔",
    HOME_EN["hero"]["text"]: (
        "پولیس اور قانون نافذ کرنے والے دیگر اداروں کے افسران، سرکاری اہلکاروں اور سول "
        "سوسائٹی کے کارکنوں کے لیے انسانی ٹریفکنگ پر مفت کورسز: انگریزی اور اردو میں، "
        "موبائل فون اور سست انٹرنیٹ کو سامنے رکھ کر تیار کیے گئے۔"
    ),
    "What is trafficking in persons?": "انسانی ٹریفکنگ کیا ہے؟",
    HOME_EN["sections"][0][1]: (
        "انسانی ٹریفکنگ کا مطلب ہے کسی شخص کو طاقت، دھوکے یا جبر کے ذریعے بھرتی کرنا، ایک "
        "جگہ سے دوسری جگہ منتقل کرنا، پناہ دینا یا وصول کرنا، تاکہ اس کا استحصال کیا جا سکے: "
        "جبری مشقت، جنسی استحصال، غلامی نما خدمت یا اعضا نکالنے کے لیے۔ بچے کے معاملے میں "
        "طاقت یا دھوکا ثابت کرنا ضروری نہیں۔"
    ),
    "Who these courses are for": "یہ کورسز کس کے لیے ہیں",
    HOME_EN["sections"][1][1]: (
        "ضلعی تھانوں کے پولیس افسران، پراسیکیوٹرز، سرکاری اہلکار اور غیر سرکاری تنظیموں کے "
        "کارکن: وہ لوگ جو اکثر سب سے پہلے متاثرین سے ملتے ہیں۔ ہر کورس فون پر، تھوڑا تھوڑا "
        "وقت دے کر مکمل کیا جا سکتا ہے۔"
    ),
    "Learn at your own pace": "اپنی رفتار سے سیکھیں",
    HOME_EN["sections"][2][1]: (
        "سائن ان کریں تاکہ آپ کی پیش رفت محفوظ رہے، جہاں رُکے تھے وہیں سے دوبارہ شروع کریں "
        "اور کسی بھی سبق پر بعد میں واپس آئیں۔"
    ),
}


def _home_body():
    body = [("hero", {**HOME_EN["hero"], "links": []})]
    for heading, text in HOME_EN["sections"]:
        body.append(
            (
                "section",
                {
                    "heading": heading,
                    "body": f"<p>{text}</p>",
                    "link": {"page": None, "url": "", "text": ""},
                },
            )
        )
    return body


def ensure_home_page():
    """The English home page under the tree's root, and the default site pointing at it.

    The migration does this on a new database; this does it again wherever that
    data was removed (a flushed test database, a site deleted in the admin).
    """
    sync_locales()
    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=english))
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        home = root.add_child(instance=HomePage(title="Home", slug="home", locale=english))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    return home


def load_home_pages():
    """Fill the English home page and publish its Urdu translation. Safe to run again."""
    home = ensure_home_page()
    home.title = HOME_EN["title"]
    home.body = _home_body()
    home.save_revision().publish()
    home.refresh_from_db()
    urdu = translate_page(home, "ur", HOME_UR)
    return home, urdu


def _rich_text(paragraphs, items, urdu):
    """Paragraphs and a bullet list as rich text; each ``[English, Urdu]`` pair into ``urdu``."""
    parts = []
    for english, translated in paragraphs:
        urdu[html.escape(english, quote=False)] = html.escape(translated, quote=False)
        parts.append(f"<p>{html.escape(english, quote=False)}</p>")
    if items:
        for english, translated in items:
            urdu[html.escape(english, quote=False)] = html.escape(translated, quote=False)
        parts.append(
            "<ul>" + "".join(f"<li>{html.escape(e, quote=False)}</li>" for e, _u in items) + "</ul>"
        )
    return "".join(parts)


def _standard_body(blocks, urdu):
    """StreamField data for a page's ``body`` from its blocks in ``demo_pages.toml``."""
    body = []
    for block in blocks:
        if block.get("contact"):
            body.append(("contact", None))
        elif "heading" in block:
            english, urdu[block["heading"][0]] = block["heading"]
            body.append(("heading", {"text": english, "level": block.get("level", "h2")}))
        elif "callout" in block:
            english, urdu[block["title"][0]] = block["title"]
            text = _rich_text(block["paragraphs"], [], urdu)
            body.append(("callout", {"kind": block["callout"], "title": english, "body": text}))
        else:
            body.append(("paragraph", _rich_text(block["paragraphs"], block.get("items"), urdu)))
    return body


def load_standard_pages():
    """About, Contact, Privacy and Accessibility under the home page, in the footer, in
    English and Urdu; the site's contact details point at the contact page. Safe to run again."""
    home = ensure_home_page()
    data = tomllib.loads(STANDARD_PAGES.read_text(encoding="utf-8"))
    pages = {}
    for entry in data["pages"]:
        urdu = {entry["slug"]: entry["slug"]}
        urdu[entry["title"][0]] = entry["title"][1]
        urdu[entry["intro"][0]] = entry["intro"][1]
        fields = {
            "title": entry["title"][0],
            "intro": entry["intro"][0],
            "body": _standard_body(entry["body"], urdu),
            "show_in_menus": True,
        }
        page = StandardPage.objects.child_of(home).filter(slug=entry["slug"]).first()
        if page is None:
            page = home.add_child(instance=StandardPage(slug=entry["slug"], **fields))
        else:
            for name, value in fields.items():
                setattr(page, name, value)
        page.save_revision().publish()
        page.refresh_from_db()
        translate_page(page, "ur", urdu)
        pages[entry["slug"]] = page
    contact = SiteContact.for_site(Site.objects.get(is_default_site=True))
    contact.email = data["contact_email"]
    contact.contact_page = pages.get("contact")
    contact.save()
    return pages

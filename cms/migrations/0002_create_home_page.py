"""Replace Wagtail's "Welcome" page with the English ``HomePage`` and point the site at it.

The Urdu home page is a translation of this one (same ``translation_key``),
created through wagtail-localize by ``seed_demo`` or by an editor in the admin.
"""

from django.db import migrations


def create_home_page(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Locale = apps.get_model("wagtailcore.Locale")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    HomePage = apps.get_model("cms.HomePage")

    if HomePage.objects.exists():
        return
    # Wagtail's own first migration made a plain page at /home/; remove it if untouched.
    Page.objects.filter(depth=2, content_type__model="page", numchild=0).delete()

    home_type, _created = ContentType.objects.get_or_create(model="homepage", app_label="cms")
    locale, _created = Locale.objects.get_or_create(language_code="en")
    root = Page.objects.get(depth=1)
    path = f"{root.path}{len(Page.objects.filter(depth=2)) + 1:04d}"
    home = HomePage.objects.create(
        title="Home",
        draft_title="Home",
        slug="home",
        content_type=home_type,
        path=path,
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=locale,
        live=True,
    )
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "site_name": "TIP Learning", "root_page": home},
    )


def remove_home_page(apps, schema_editor):
    apps.get_model("cms.HomePage").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_create_home_page_model"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_home_page, remove_home_page)]

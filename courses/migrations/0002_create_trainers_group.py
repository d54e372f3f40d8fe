"""The "Trainers" group: authors of courses, who submit them for moderation.

Permissions are created here if Django has not made them yet (it does so only
after all migrations have run). Page permissions on the course catalogues are
granted when a catalogue is created (see ``courses.signal_handlers``).
"""

from django.db import migrations

TRAINERS = "Trainers"

MODEL_PERMISSIONS = [
    # (app_label, model, codename, name)
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
    ("courses", "topic", "add_topic", "Can add topic"),
    ("courses", "topic", "change_topic", "Can change topic"),
]
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def create_trainers(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Collection = apps.get_model("wagtailcore.Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore.GroupCollectionPermission")

    trainers, _created = Group.objects.get_or_create(name=TRAINERS)
    for spec in MODEL_PERMISSIONS:
        trainers.permissions.add(_permission(apps, *spec))
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for spec in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=trainers, collection=root, permission=_permission(apps, *spec)
        )


def remove_trainers(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name=TRAINERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_course_pages_topics_and_progress"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_trainers, remove_trainers)]

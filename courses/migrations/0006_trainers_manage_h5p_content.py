"""Trainers upload interactive content: give the "Trainers" group the H5P content permissions.

Installing H5P libraries (new code on the platform) stays with platform admins.
"""

from django.db import migrations

PERMISSIONS = [
    ("add_h5pcontent", "Can add H5P content"),
    ("change_h5pcontent", "Can change H5P content"),
    ("delete_h5pcontent", "Can delete H5P content"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is None:
        return
    content_type, _created = ContentType.objects.get_or_create(app_label="h5p", model="h5pcontent")
    for codename, name in PERMISSIONS:
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        trainers.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is not None:
        trainers.permissions.remove(
            *trainers.permissions.filter(
                content_type__app_label="h5p", codename__in=[p[0] for p in PERMISSIONS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0005_h5p_activity_steps_and_blocks"),
        ("h5p", "0001_libraries_content_statements_and_state"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

"""Trainers write the question bank: give the "Trainers" group the question permissions."""

from django.db import migrations

PERMISSIONS = [
    ("add_question", "Can add question"),
    ("change_question", "Can change question"),
    ("delete_question", "Can delete question"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    Group = apps.get_model("auth.Group")
    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is None:
        return
    content_type, _created = ContentType.objects.get_or_create(app_label="quizzes", model="question")
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
                content_type__app_label="quizzes", codename__in=[p[0] for p in PERMISSIONS]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0001_questions_quiz_pages_and_attempts"),
        ("courses", "0002_create_trainers_group"),
    ]

    operations = [migrations.RunPython(grant, revoke)]

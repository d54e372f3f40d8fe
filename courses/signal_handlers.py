from django.db.models.signals import post_save

from .models import CourseIndexPage

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]


def grant_trainers_catalogue(sender, instance, created, raw=False, **kwargs):
    """Trainers may author (not publish) courses under every course catalogue."""
    if not created or raw:
        return
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupPagePermission

    trainers = Group.objects.filter(name="Trainers").first()
    if trainers is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRAINER_PAGE_PERMISSIONS
    ):
        GroupPagePermission.objects.get_or_create(
            group=trainers, page=instance, permission=permission
        )


def register():
    post_save.connect(
        grant_trainers_catalogue, sender=CourseIndexPage, dispatch_uid="trainers-catalogue"
    )

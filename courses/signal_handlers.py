from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save

from wagtail.models import Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished

from .models import CourseIndexPage
from .templatetags.course_tags import catalogue_cache_key


def clear_catalogue_urls(**kwargs):
    """The header's "Courses" link is cached; forget it when a catalogue changes."""
    site_ids = [*Site.objects.values_list("pk", flat=True), 0]
    cache.delete_many(
        [catalogue_cache_key(site, code) for site in site_ids for code, _name in settings.LANGUAGES]
    )


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
    for signal in (page_published, page_unpublished, page_slug_changed, post_delete):
        signal.connect(
            clear_catalogue_urls, sender=CourseIndexPage, dispatch_uid=f"catalogue-{signal!r}"
        )

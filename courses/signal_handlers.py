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


def complete_h5p_step(sender, statement, context, **kwargs):
    """Complete an H5P activity step when its content reports it finished.

    Returns what the player's page is told: ``step_complete`` and, when the score
    fell short of the step's minimum, ``min_score``.
    """
    from django.core.exceptions import PermissionDenied

    from h5p.statements import finished

    from .models import H5PActivityPage
    from .services import complete_step

    key = context.removeprefix("courses.step:")
    if key == context or not finished(statement):
        return None
    page = (
        H5PActivityPage.objects.live()
        .filter(translation_key=key, activity_id=statement.content_id)
        .first()
    )
    if page is None:
        return None
    if page.min_score is not None:
        scaled = statement.score_scaled
        if scaled is None or scaled * 100 < page.min_score:
            return {"step_complete": False, "min_score": page.min_score}
    try:
        result = complete_step(statement.user, page)
    except PermissionDenied:
        return None
    return {"step_complete": True, "course_complete": result.course_newly_completed}


def register():
    from h5p.signals import statement_recorded

    post_save.connect(
        grant_trainers_catalogue, sender=CourseIndexPage, dispatch_uid="trainers-catalogue"
    )
    statement_recorded.connect(complete_h5p_step, dispatch_uid="courses-h5p-step")

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signal_handlers

        signal_handlers.register()

    def load_demo(self):
        from cms.demo import counted

        from .demo import load_demo_courses
        from .models import CoursePage, H5PActivityPage, LessonPage

        load_demo_courses()
        count = {
            model: model.objects.live().values("translation_key").distinct().count()
            for model in (CoursePage, LessonPage, H5PActivityPage)
        }
        return (
            f"{counted(count[CoursePage], 'course')}: {counted(count[LessonPage], 'lesson')}, "
            f"{counted(count[H5PActivityPage], 'H5P activity', 'H5P activities')}"
        )

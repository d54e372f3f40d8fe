from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quizzes")
    default_auto_field = "django.db.models.BigAutoField"

    def load_demo(self):
        from cms.demo import counted

        from .demo import load_demo_quizzes
        from .models import Question, QuizPage

        load_demo_quizzes()
        quizzes = QuizPage.objects.live().values("translation_key").distinct().count()
        questions = Question.objects.values("translation_key").distinct().count()
        return f"{counted(quizzes, 'quiz', 'quizzes')}, {counted(questions, 'bank question')}"

"""Demo quizzes for the foundations course: a question bank in English and Urdu,
a pre-test, a practice quiz after the indicators lesson and a final assessment."""

from django.db import transaction

from wagtail.models import Locale

from cms.translation import translate_page
from courses.demo import publish_child
from courses.models import CoursePage, LessonPage, Topic

from . import demo_questions
from .models import Question, QuizPage
from .models.pages import REVIEW_FIELDS, QuizKind, ReviewWhen


def review(score, marks, answers, explanations):
    """A quiz's review options, in the order of ``REVIEW_FIELDS``."""
    return dict(zip(REVIEW_FIELDS, (score, marks, answers, explanations), strict=True))


QUIZZES = [
    # key, slug, kind, settings, English title and intro, Urdu title and intro
    (
        "pre_test",
        "pre-test",
        QuizKind.PRE_TEST,
        {
            "pass_mark": 0,
            "max_attempts": 1,
            "pass_required": False,
            # The score only: the pre-test's questions come back in the final assessment.
            **review(ReviewWhen.ALWAYS, ReviewWhen.NEVER, ReviewWhen.NEVER, ReviewWhen.NEVER),
        },
        (
            "Before you start: what do you know?",
            "A short check of what you know already. It does not count towards your certificate.",
        ),
        (
            "شروع کرنے سے پہلے: آپ کیا جانتے ہیں؟",
            "یہ جانچنے کے لیے ایک مختصر ٹیسٹ کہ آپ پہلے سے کیا جانتے ہیں۔ "
            "یہ سرٹیفکیٹ میں شمار نہیں ہوتا۔",
        ),
    ),
    (
        "practice_indicators",
        "practice-indicators",
        QuizKind.PRACTICE,
        {
            "pass_mark": 60,
            "max_attempts": 0,
            "pass_required": False,
            **review(ReviewWhen.ALWAYS, ReviewWhen.ALWAYS, ReviewWhen.ALWAYS, ReviewWhen.ALWAYS),
        },
        (
            "Practice: spotting the indicators",
            "Try yourself on the signs of trafficking. Take it as often as you like.",
        ),
        ("مشق: علامات کی پہچان", "انسانی ٹریفکنگ کی علامات پر خود کو آزمائیں۔ جتنی بار چاہیں دیں۔"),
    ),
    (
        "final",
        "final-assessment",
        QuizKind.FINAL,
        {
            "pass_mark": 70,
            "max_attempts": 3,
            "time_limit_minutes": 20,
            "pass_required": True,
            # Drawn at random from the whole bank, favouring questions not met before.
            "draw_count": 12,
            # Which questions were missed, after every attempt; the right answers and why,
            # only once passed or out of attempts, so a retake cannot copy the first.
            **review(ReviewWhen.ALWAYS, ReviewWhen.ALWAYS, ReviewWhen.CLOSED, ReviewWhen.CLOSED),
        },
        (
            "Final assessment",
            "Pass this assessment to complete the course and earn your certificate.",
        ),
        ("حتمی جائزہ", "کورس مکمل کرنے اور سرٹیفکیٹ حاصل کرنے کے لیے یہ جائزہ پاس کریں۔"),
    ),
]


def _questions():
    english = Locale.objects.get(language_code="en")
    topics = {t.slug: t for t in Topic.objects.filter(locale=english)}
    questions = {}
    for data in demo_questions.QUESTIONS:
        fields = {
            "kind": data["kind"],
            "difficulty": data["difficulty"],
            "scenario": data["scenario"],
            "prompt": data["prompt"],
            "explanation": data["explanation"],
            "partial_credit": data["partial_credit"],
            "options": [("option", dict(option)) for option in data["options"]],
        }
        # Scenario questions may share a prompt: the case tells them apart.
        question = Question.objects.filter(
            locale=english, prompt=data["prompt"], scenario=data["scenario"]
        ).first()
        if question is None:
            question = Question(locale=english, **fields)
        else:
            for name, value in fields.items():
                setattr(question, name, value)
        question.full_clean(exclude=["translation_key"])
        question.save()
        question.topics.set([topics[slug] for slug in data["topics"] if slug in topics])
        question.save()
        translate_page(question, "ur", demo_questions.UR)
        questions[data["key"]] = question
    return questions


@transaction.atomic
def load_demo_quizzes():
    english = Locale.objects.get(language_code="en")
    course = CoursePage.objects.get(
        locale=english, slug="recognising-and-responding-to-trafficking-foundations"
    )
    indicators_pk = list(
        LessonPage.objects.live()
        .descendant_of(course)
        .order_by("path")
        .values_list("pk", flat=True)
    )[2]
    questions = _questions()
    placement = {"pre_test": "first-child", "practice_indicators": "right", "final": "last-child"}
    for key, slug, kind, settings, (title, intro), (title_ur, intro_ur) in QUIZZES:
        # Moving a page renumbers its siblings' paths: always read places afresh.
        course.refresh_from_db()
        anchor = LessonPage.objects.get(pk=indicators_pk)
        position = placement[key]
        parent = anchor.get_parent() if position == "right" else course
        quiz = publish_child(
            parent,
            QuizPage,
            slug,
            title=title,
            intro=intro,
            kind=kind,
            shuffle_questions=True,
            shuffle_options=True,
            estimated_minutes=settings.get("time_limit_minutes") or 10,
            fixed_questions=[("question", questions[k]) for k in demo_questions.QUIZZES[key]],
            draw_topics=list(Topic.objects.filter(locale=english))
            if settings.get("draw_count")
            else [],
            **settings,
        )
        if position == "first-child":
            first = course.get_first_child()
            if first.pk != quiz.pk:
                quiz.move(first, pos="left")
        elif position == "right":
            quiz.move(anchor, pos="right")
        quiz.refresh_from_db()
        anchor.refresh_from_db()
        urdu = translate_page(quiz, "ur", {title: title_ur, intro: intro_ur, slug: slug})
        # Put the Urdu quiz in the same place in the Urdu course.
        if position == "first-child":
            first = parent.get_translation(urdu.locale).get_first_child()
            if first.pk != urdu.pk:
                urdu.move(first, pos="left")
        elif position == "right":
            urdu.move(
                LessonPage.objects.get(pk=anchor.get_translation(urdu.locale).pk), pos="right"
            )

"""The course catalogue, courses, modules and their steps, as Wagtail pages.

A course's children are its ordered steps, optionally grouped under module pages.
Any page model that inherits ``StepPage`` is a step: progress code knows only that
base class, so quiz and H5P steps slot in without touching it.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from accounts.models import Audience
from cms.blocks import ContentBlock
from cms.cache import tree_cached
from cms.routing import CachedViewRestrictionsMixin

from ..fields import ChoiceListField


class Level(models.TextChoices):
    INTRODUCTORY = "introductory", _("Introductory")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


class CourseIndexPage(CachedViewRestrictionsMixin, Page):
    """The catalogue: live courses, filtered by audience and topic, paginated."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1
    page_size = 12

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePage(CachedViewRestrictionsMixin, Page):
    summary = models.TextField(_("summary"), max_length=400)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=250,
        blank=True,
        help_text=_("Describe the cover image for people who cannot see it."),
    )
    objectives = StreamField(
        [("objective", blocks.CharBlock(label=_("Objective"), max_length=300))],
        verbose_name=_("learning objectives"),
        blank=True,
    )
    audiences = ChoiceListField(_("audiences"), choices=Audience.choices, blank=False)
    topics = ParentalManyToManyField("courses.Topic", verbose_name=_("topics"), blank=True)
    duration_minutes = models.PositiveIntegerField(_("estimated duration (minutes)"), default=30)
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INTRODUCTORY
    )
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisite courses"),
        blank=True,
        symmetrical=False,
        related_name="required_by",
    )
    awards_certificate = models.BooleanField(_("awards a certificate"), default=True)
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for certificates that never expire."),
    )
    is_public = models.BooleanField(
        _("open to the public"),
        default=False,
        help_text=_("Anyone can read it without an account; progress is kept only when signed in."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Cover")),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("audiences"),
                FieldPanel("topics"),
                FieldPanel("level"),
                FieldPanel("duration_minutes"),
                FieldPanel("prerequisites"),
                FieldPanel("awards_certificate"),
                FieldPanel("certificate_valid_months"),
                FieldPanel("is_public"),
            ],
            heading=_("About the course"),
        ),
    ]
    override_translatable_fields = [
        SynchronizedField("audiences", overridable=False),
        SynchronizedField("level", overridable=False),
        SynchronizedField("duration_minutes", overridable=False),
        SynchronizedField("awards_certificate", overridable=False),
        SynchronizedField("certificate_valid_months", overridable=False),
        SynchronizedField("is_public", overridable=False),
    ]

    parent_page_types = ["courses.CourseIndexPage"]
    # The explorer lists steps in the order learners meet them, not by last edit.
    admin_default_ordering = "ord"
    subpage_types = [
        "courses.CourseModulePage",
        "courses.LessonPage",
        "quizzes.QuizPage",
        "courses.H5PActivityPage",
    ]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def get_context(self, request, *args, **kwargs):
        from ..outline import course_outline, localized, source_language
        from ..permissions import missing_prerequisites

        context = super().get_context(request, *args, **kwargs)
        outline = course_outline(self, request.user)
        action, action_step = outline.action
        missing = missing_prerequisites(request.user, self) if request.user.is_authenticated else []
        context.update(
            outline=outline,
            action=action,
            action_step=action_step,
            missing_prerequisites=localized(missing),
            audiences=[Audience(a).label for a in self.audiences if a in Audience.values],
            content_fallback=source_language(self),
        )
        return context


class CourseModulePage(CachedViewRestrictionsMixin, Page):
    """A heading that groups steps; it has no page of its own and leads to its first step."""

    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage", "courses.H5PActivityPage"]
    admin_default_ordering = "ord"

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def serve(self, request, *args, **kwargs):
        return redirect(self.get_parent().get_url(request))

    def get_sitemap_urls(self, request=None):
        return []  # a redirect to its course, not a page of its own


class StepPage(CachedViewRestrictionsMixin, Page):
    """A step of a course: a lesson now; quizzes and H5P activities later."""

    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)
    is_optional = models.BooleanField(
        _("optional"),
        default=False,
        help_text=_("Optional steps are not needed to complete the course."),
    )

    #: Whether the learner marks the step complete themselves ("Mark complete and
    #: continue"). Quizzes complete through grading instead.
    completes_manually = True

    settings_panels = [
        *Page.settings_panels,
        FieldPanel("estimated_minutes"),
        FieldPanel("is_optional"),
    ]
    override_translatable_fields = [
        SynchronizedField("estimated_minutes", overridable=False),
        SynchronizedField("is_optional", overridable=False),
    ]
    parent_page_types = ["courses.CoursePage", "courses.CourseModulePage"]
    subpage_types = []

    class Meta:
        abstract = True

    def get_course(self):
        return tree_cached(
            f"course-of:{self.pk}", lambda: CoursePage.objects.ancestor_of(self).first()
        )

    def enter(self, request):
        """Check the visitor may open this step; remember the visit.

        Returns a response to send instead (sign in, or go back to the course)
        or ``None`` when the step may be shown.
        """
        from ..outline import course_outline
        from ..permissions import Access, course_access
        from ..services import visit_step

        course = self.get_course()
        access = course_access(request.user, course)
        if access is Access.NOT_FOUND:  # a step left live under an unpublished course
            raise Http404
        if access is Access.SIGN_IN_REQUIRED:
            return redirect_to_login(request.get_full_path())
        if access is Access.PREREQUISITES_MISSING:
            messages.warning(request, gettext("Complete the courses this one builds on first."))
            return redirect(course.get_url(request))
        if request.user.is_authenticated:
            visit_step(request.user, course, self)
        request.course = course
        request.outline = course_outline(course, request.user, current=self)
        return None

    def serve(self, request, *args, **kwargs):
        return self.enter(request) or super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        # Steps of a course that needs an account only ask visitors to sign in.
        course = self.get_course()
        if course is None or not course.is_public:
            return []
        return super().get_sitemap_urls(request)

    def get_context(self, request, *args, **kwargs):
        from ..outline import course_outline

        context = super().get_context(request, *args, **kwargs)
        course = getattr(request, "course", None) or self.get_course()
        outline = getattr(request, "outline", None) or course_outline(course, request.user, self)
        previous_step, next_step = outline.neighbours(self)
        context.update(
            course=course,
            outline=outline,
            step=outline.current_step(),
            previous_step=previous_step,
            next_step=next_step,
        )
        return context


class LessonPage(StepPage):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(ContentBlock(), verbose_name=_("body"))
    topics = ParentalManyToManyField(
        "courses.Topic",
        verbose_name=_("topics"),
        blank=True,
        related_name="lessons",
        help_text=_("Quizzes point learners who miss questions on these topics to this lesson."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("topics"),
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from ..checklists import body_segments

        context = super().get_context(request, *args, **kwargs)
        context["body_segments"] = body_segments(request, self, context["outline"])
        return context

    @property
    def tracking_context(self):
        """What statements from H5P blocks in the lesson carry back (kept, not graded)."""
        return f"courses.lesson:{self.translation_key}"

"""A course's ordered steps with one learner's state, in a fixed number of queries.

The outline is read on every course and step page, so it must not grow with
course size or learner history: one query for the pages (plus one per step
type for their specific fields), one for the enrolment, one for completed steps.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import get_language

from wagtail.models import Page

from cms.cache import tree_cached

from .models import CourseModulePage, Enrolment, StepProgress
from .steps import is_step, required_step_values, step_models

#: What the outline needs of each page: enough for titles, URLs and state.
OUTLINE_FIELDS = (
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "locale",
    "alias_of",
    "live",
    "content_type",
)
STEP_FIELDS = ("estimated_minutes", "is_optional")


@dataclass
class OutlineStep:
    page: Page
    number: int
    module: str | None
    completed: bool = False
    current: bool = False
    #: A required step added after the learner completed the course.
    new: bool = False
    #: The page is an untranslated alias: its content is in ``content_language``.
    fallback_language: str | None = None

    @property
    def translation_key(self):
        return self.page.translation_key


@dataclass
class Module:
    title: str | None
    steps: list = field(default_factory=list)


@dataclass
class Outline:
    course: Page
    steps: list
    modules: list
    enrolment: Enrolment | None
    signed_in: bool

    @property
    def required(self):
        return [s for s in self.steps if not s.page.is_optional]

    @property
    def completed_count(self):
        return sum(1 for s in self.required if s.completed)

    @property
    def percent(self):
        required = self.required
        if self.is_complete:
            return 100
        return round(100 * self.completed_count / len(required)) if required else 0

    @property
    def is_complete(self):
        return bool(self.enrolment and self.enrolment.completed_at)

    @property
    def new_steps(self):
        """Required steps the learner has not done in a course they completed: added since."""
        return [s for s in self.steps if s.new]

    @property
    def action(self):
        """ "start", "continue" or "review", and the step the button leads to."""
        if not self.steps:
            return None, None
        if self.enrolment is None:
            return "start", self.steps[0]
        if self.is_complete:
            new = self.new_steps
            return ("new", new[0]) if new else ("review", self.steps[0])
        return "continue", self.next_incomplete()

    def index_of(self, translation_key):
        for index, step in enumerate(self.steps):
            if step.translation_key == translation_key:
                return index
        return None

    def next_incomplete(self):
        """The first unfinished step from the last one visited, wrapping round."""
        start = 0
        if self.enrolment and self.enrolment.last_step_key:
            start = self.index_of(self.enrolment.last_step_key) or 0
        ordered = self.steps[start:] + self.steps[:start]
        return next((s for s in ordered if not s.completed), self.steps[start])

    def neighbours(self, step_page):
        index = self.index_of(step_page.translation_key)
        if index is None:
            return None, None
        previous = self.steps[index - 1] if index > 0 else None
        following = self.steps[index + 1] if index + 1 < len(self.steps) else None
        return previous, following

    def current_step(self):
        return next((s for s in self.steps if s.current), None)


def _alias_languages(pages):
    """Content language of alias pages (untranslated copies), by page id."""
    alias_ids = {p.alias_of_id for p in pages if p.alias_of_id}
    if not alias_ids:
        return {}
    sources = dict(Page.objects.filter(pk__in=alias_ids).values_list("pk", "locale__language_code"))
    return {p.pk: sources.get(p.alias_of_id) for p in pages if p.alias_of_id}


def _outline_pages(course):
    """The live modules and steps of ``course`` in order, and the aliases' languages.

    One query per page type (already specific), rather than Wagtail's generic
    ``.specific()`` which needs one more.
    """
    pages = sorted(
        (
            page
            for model, fields in (
                (CourseModulePage, OUTLINE_FIELDS),
                *((m, OUTLINE_FIELDS + STEP_FIELDS) for m in step_models()),
            )
            for page in model.objects.live().descendant_of(course).only(*fields)
        ),
        key=lambda page: page.path,
    )
    return pages, _alias_languages(pages)


def course_outline(course, user, current=None):
    pages, aliases = tree_cached(f"outline:{course.pk}", lambda: _outline_pages(course))
    enrolment = None
    completed = set()
    if user.is_authenticated:
        enrolment = (
            Enrolment.objects.for_user(user).filter(course_key=course.translation_key).first()
        )
        if enrolment is not None:
            completed = set(
                StepProgress.objects.for_user(user)
                .filter(course_key=course.translation_key)
                .values_list("step_key", flat=True)
            )
    current_key = (
        current.translation_key
        if current is not None
        else (enrolment.last_step_key if enrolment else None)
    )

    course_done = bool(enrolment and enrolment.completed_at)
    steps, modules = [], []
    module_page = None
    for page in pages:
        if isinstance(page, CourseModulePage):
            module_page = page
            modules.append(Module(page.title))
            continue
        if not is_step(page):
            continue
        in_module = module_page is not None and page.path.startswith(module_page.path)
        if not in_module:
            module_page = None
            if not modules or modules[-1].title is not None:
                modules.append(Module(None))
        done = page.translation_key in completed
        step = OutlineStep(
            page=page,
            number=len(steps) + 1,
            module=module_page.title if module_page else None,
            completed=done,
            new=course_done and not done and not page.is_optional,
            current=page.translation_key == current_key,
            fallback_language=aliases.get(page.pk),
        )
        steps.append(step)
        modules[-1].steps.append(step)
    return Outline(course, steps, [m for m in modules if m.steps], enrolment, user.is_authenticated)


def required_step_keys(course):
    """Keys of the live, required steps of ``course`` in any of its languages."""
    return tree_cached(f"required-steps:{course.translation_key}", lambda: _required(course))


def _required(course):
    # The steps of the course in its original language's tree: every other
    # language's tree mirrors it (translations and untranslated aliases), and a
    # page left over in one language alone must not block completion.
    translations = Page.objects.filter(
        translation_key=course.translation_key, alias_of__isnull=True
    )
    source = translations.order_by("pk").values_list("path", flat=True).first()
    paths = [source or course.path]
    prefix = Q()
    for path in paths:
        prefix |= Q(path__startswith=path)
    return set(required_step_values(prefix, "translation_key"))


def source_language(page):
    """The language an untranslated alias page's content is in, or None for real translations."""
    if not page.alias_of_id:
        return None
    return (
        Page.objects.filter(pk=page.alias_of_id)
        .values_list("locale__language_code", flat=True)
        .first()
    )


def localized(pages):
    """``pages`` in the current language where a live translation exists (one query)."""
    if not pages:
        return []
    translations = {
        p.translation_key: p
        for p in Page.objects.live()
        .filter(
            translation_key__in=[p.translation_key for p in pages],
            locale__language_code=get_language(),
        )
        .specific()
    }
    return [translations.get(p.translation_key, p) for p in pages]

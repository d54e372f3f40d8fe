"""Indicator checklists in lessons: what the learner ticked, and where to read how to report.

A lesson's body is cached as HTML, the same for everyone; a checklist holds one
learner's ticks and a form with their CSRF token, so it is rendered outside that
cache (see ``body_segments``) from one query for all the lesson's checklists.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.urls import reverse

from cms.cache import tree_cached

from .models import IndicatorTicks, LessonPage

#: Lessons filed under this topic explain how to report (until the site has a How to report page).
REPORTING_TOPIC = "law-and-reporting"
#: How many ticked signs count as "several" (fewer when the list is shorter).
SEVERAL = 3
CHECKLIST_BLOCK = "indicators"


@dataclass
class ChecklistState:
    block_id: str
    total: int
    ticked: set = field(default_factory=set)
    #: Where the form saves the ticks (signed-in learners); ``""``: a GET form that stores nothing.
    action: str = ""
    error: bool = False
    report_title: str = ""
    report_url: str = ""

    @property
    def threshold(self):
        return min(SEVERAL, self.total)

    @property
    def count(self):
        return len(self.ticked)

    @property
    def several(self):
        return self.count >= self.threshold


class BodySegment:
    """A run of ordinary blocks (cached together) or one checklist block (rendered live)."""

    def __init__(self, body, number, indices, checklist=None):
        self.body = body
        self.number = number
        self.indices = indices
        self.checklist = checklist

    @cached_property
    def blocks(self):
        # Read only when the cache misses: turning raw data into blocks may query images.
        return [self.body[i] for i in self.indices]

    @cached_property
    def block(self):
        return self.body[self.indices[0]]


def checklist_blocks(body):
    """``(index, block id, number of items)`` of each checklist in a StreamField value."""
    return [
        (index, raw.get("id") or "", len(raw.get("value", {}).get("items") or []))
        for index, raw in enumerate(body.raw_data)
        if raw.get("type") == CHECKLIST_BLOCK
    ]


def parse_ticks(values, total):
    """The set of ticked positions, or ``None`` when a value is not a position in the list."""
    ticked = set()
    for value in values:
        if not value.isdigit() or not 1 <= int(value) <= total:
            return None
        ticked.add(int(value))
    return ticked


def _report_step(outline, lesson):
    """The step of this course that explains how to report, if it has one."""
    keys = [s.translation_key for s in outline.steps]
    key = tree_cached(
        f"report-step:{outline.course.translation_key}",
        lambda: (
            LessonPage.objects.filter(translation_key__in=keys, topics__slug=REPORTING_TOPIC)
            .order_by("path")
            .values_list("translation_key", flat=True)
            .first()
        ),
    )
    if key is None or key == lesson.translation_key:
        return None
    index = outline.index_of(key)
    return outline.steps[index] if index is not None else None


def checklist_states(request, lesson, outline):
    """{block id: ChecklistState} for the checklists of ``lesson``, one query at most."""
    found = checklist_blocks(lesson.body)
    if not found:
        return {}
    saved = {}
    # A trainer's preview of a draft cannot save ticks: it has no live page to save them on.
    saves = request.user.is_authenticated and lesson.pk is not None and lesson.live
    if saves:
        saved = dict(
            IndicatorTicks.objects.for_user(request.user)
            .filter(lesson_key=lesson.translation_key)
            .values_list("block_id", "ticked")
        )
    report = _report_step(outline, lesson)
    states = {}
    for _index, block_id, total in found:
        state = ChecklistState(block_id, total)
        if report is not None:
            state.report_title = report.page.title
            state.report_url = report.page.get_url(request)
        if saves and block_id:
            state.action = reverse("courses:save_ticks", args=[lesson.pk, block_id])
            state.ticked = {t for t in saved.get(block_id, []) if 1 <= t <= total}
        elif request.GET.get("checklist") == block_id:
            ticked = parse_ticks(request.GET.getlist("ticked"), total)
            state.error = ticked is None
            state.ticked = ticked or set()
        states[block_id] = state
    return states


def body_segments(request, lesson, outline):
    """The lesson body in segments, or ``None`` when it has no checklist (cached whole)."""
    states = checklist_states(request, lesson, outline)
    if not states:
        return None
    segments, run = [], []
    checklists = {index: block_id for index, block_id, _total in checklist_blocks(lesson.body)}
    for index in range(len(lesson.body.raw_data)):
        if index in checklists:
            if run:
                segments.append(BodySegment(lesson.body, len(segments), run))
                run = []
            state = states[checklists[index]]
            segments.append(BodySegment(lesson.body, len(segments), [index], state))
        else:
            run.append(index)
    if run:
        segments.append(BodySegment(lesson.body, len(segments), run))
    return segments

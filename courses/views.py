from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Page

from .checklists import checklist_blocks, parse_ticks
from .learning import my_learning_context
from .models import LessonPage
from .outline import course_outline
from .permissions import missing_prerequisites
from .services import complete_step, save_indicator_ticks
from .steps import is_step


@require_POST
def complete_step_view(request, step_id):
    """Mark a step complete and go on to the next one (or back to the course at the end)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    step = Page.objects.live().filter(pk=step_id).specific().first()
    if step is None or not is_step(step):
        raise Http404(_("There is no such step."))
    if not step.completes_manually:
        # A quiz is completed by passing it, never by this button.
        raise PermissionDenied
    course = step.get_course()
    if course is None or not course.live:
        raise Http404(_("There is no such step."))
    try:
        result = complete_step(request.user, step)
    except PermissionDenied:
        if missing_prerequisites(request.user, course):
            messages.error(request, _("Complete the courses this one builds on first."))
            return redirect(course.get_url(request))
        raise
    outline = course_outline(course, request.user, current=step)
    if result.course_newly_completed:
        # The course page itself says the course is complete (once).
        return redirect(course.get_url(request))
    _previous, following = outline.neighbours(step)
    if following is None:
        if not outline.is_complete:
            messages.info(request, _("You reached the last step. Some steps are not complete yet."))
        return redirect(course.get_url(request))
    return redirect(following.page.get_url(request))


@require_POST
def save_ticks_view(request, lesson_id, block_id):
    """Keep the indicators a learner ticked in a lesson's checklist, then show them again.

    Without JavaScript the form posts here and the learner is sent back to the
    checklist; the page's script posts with ``X-Requested-With: fetch`` and gets JSON.
    """
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    lesson = LessonPage.objects.live().filter(pk=lesson_id).first()
    course = lesson.get_course() if lesson else None
    if course is None or not course.live:
        raise Http404(_("There is no such lesson."))
    sizes = {bid: total for _index, bid, total in checklist_blocks(lesson.body)}
    if block_id not in sizes:
        raise Http404(_("There is no such checklist."))
    fetched = request.headers.get("X-Requested-With") == "fetch"
    ticked = parse_ticks(request.POST.getlist("ticked"), sizes[block_id])
    if ticked is None:
        error = _("Those ticks could not be saved. Tick the signs again.")
        if fetched:
            return JsonResponse({"error": error}, status=400)
        messages.error(request, error)
    else:
        try:
            save_indicator_ticks(request.user, lesson, block_id, ticked)
        except PermissionDenied:
            messages.error(request, _("Complete the courses this one builds on first."))
            return redirect(course.get_url(request))
        if fetched:
            return JsonResponse({"ticked": len(ticked)})
    return redirect(f"{lesson.get_url(request)}#ind-{block_id}")


@login_required
@require_GET
def my_learning(request):
    return render(request, "courses/my_learning.html", my_learning_context(request))

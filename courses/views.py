from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from wagtail.models import Page

from .learning import my_learning_context
from .outline import course_outline
from .permissions import missing_prerequisites
from .services import complete_step
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
        messages.success(request, _("Well done: you have completed this course."))
        return redirect(course.get_url(request))
    _previous, following = outline.neighbours(step)
    if following is None:
        if not outline.is_complete:
            messages.info(request, _("You reached the last step. Some steps are not complete yet."))
        return redirect(course.get_url(request))
    return redirect(following.page.get_url(request))


@login_required
@require_GET
def my_learning(request):
    return render(request, "courses/my_learning.html", my_learning_context(request))

"""The admin dashboard: what waits for moderation in the pages the user can edit.

Wagtail's own panels show a moderator what to review and an author their own submissions;
trainers work on courses together, so this one lists every page they can edit that waits.
"""

from django.contrib.contenttypes.models import ContentType
from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import UserObjectsInWorkflowModerationPanel
from wagtail.models import Page, WorkflowState
from wagtail.permissions import page_permission_policy

WAITING_SHOWN = 20


def pages_waiting_for_moderation(user):
    """Workflow states in progress of pages ``user`` may edit, the oldest submission first."""
    states = list(
        WorkflowState.objects.active()
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .select_related("requested_by", "current_task_state__task")
        .order_by("created_at")
    )
    editable = page_permission_policy.instances_user_has_any_permission_for(user, ["change"])
    pages = editable.filter(pk__in=[int(state.object_id) for state in states]).select_related(
        "locale"
    )
    by_id = {str(page.pk): page for page in pages}
    return [(state, by_id[state.object_id]) for state in states if state.object_id in by_id][
        :WAITING_SHOWN
    ]


class ModerationPanel(Component):
    name = "pages_waiting_for_moderation"
    template_name = "cms/admin/moderation_panel.html"
    order = 60

    def __init__(self, waiting):
        self.waiting = waiting

    def get_context_data(self, parent_context):
        return {"waiting": self.waiting}


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    waiting = pages_waiting_for_moderation(request.user)
    if waiting:
        # It lists the user's own submissions too: Wagtail's panel of them would repeat it.
        panels[:] = [p for p in panels if not isinstance(p, UserObjectsInWorkflowModerationPanel)]
        panels.append(ModerationPanel(waiting))


@hooks.register("insert_global_admin_css")
def urdu_font():
    return format_html('<link rel="stylesheet" href="{}">', static("cms/admin-urdu.css"))

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
)
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters

from . import admin_views
from .models import H5PContent


def _version_number(content):
    return content.current_version.number if content.current_version else ""


def _language_column():
    return Column(
        "language",
        label=_("Language"),
        accessor=lambda content: admin_views.language_label(content.language),
        sort_key="language",
    )


class H5PContentFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=admin_views.language_choices, empty_label=_("All")
    )

    class Meta:
        model = H5PContent
        fields = ["language"]


class ChooserColumns:
    """The chooser lists what tells contents apart: title, content type and language."""

    @property
    def columns(self):
        return [
            *super().columns,
            Column("main_library", label=_("Content type")),
            _language_column(),
        ]


class H5PChooseView(ChooserColumns, ChooseView):
    pass


class H5PChooseResultsView(ChooserColumns, ChooseResultsView):
    pass


class H5PContentChooserViewSet(SnippetChooserViewSet):
    choose_view_class = H5PChooseView
    choose_results_view_class = H5PChooseResultsView


class H5PContentViewSet(SnippetViewSet):
    """Listing, chooser, usage, history and delete from Wagtail; adding and editing upload."""

    model = H5PContent
    icon = "media"
    # One name, the model's, in the menu, page titles and breadcrumbs; short enough for the sidebar.
    menu_label = H5PContent._meta.verbose_name_plural
    menu_name = "h5p-content"
    add_to_admin_menu = True
    menu_order = 380
    copy_view_enabled = False
    search_fields = ["title"]
    filterset_class = H5PContentFilterSet
    chooser_viewset_class = H5PContentChooserViewSet
    preview_on_edit_view_class = admin_views.PreviewView
    list_display = [
        "title",
        Column("main_library", label=_("Content type"), sort_key="main_library"),
        _language_column(),
        Column("version", label=_("Version"), accessor=_version_number),
        DateColumn("updated_at", label=_("Updated"), sort_key="updated_at"),
    ]

    def get_queryset(self, request):
        return H5PContent.objects.select_related("current_version")

    @property
    def add_view(self):
        return admin_views.UploadView.as_view(viewset=self)

    @property
    def edit_view(self):
        return admin_views.ContentView.as_view(viewset=self)

    def get_urlpatterns(self):
        # Nothing to preview before a package is uploaded.
        return [p for p in super().get_urlpatterns() if p.name != "preview_on_add"]


register_snippet(H5PContentViewSet)


@hooks.register("register_log_actions")
def register_h5p_actions(actions):
    @actions.register_action(admin_views.NEW_VERSION_ACTION)
    class NewVersion(LogFormatter):
        label = _("Upload a new version")

        def format_message(self, log_entry):
            return _("Version %(number)s uploaded") % {"number": log_entry.data.get("version", "?")}


@hooks.register("register_permissions")
def register_h5p_permissions():
    return Permission.objects.filter(
        content_type__app_label="h5p", codename__in=["install_h5plibrary", "view_xapistatement"]
    )


@hooks.register("register_admin_urls")
def register_h5p_admin_urls():
    urls = [
        path("libraries/", admin_views.libraries, name="libraries"),
        path("statements/export/", admin_views.statements_export, name="export"),
    ]
    return [path("h5p/", include((urls, "h5p_admin")))]


class LibrariesMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_install_libraries(request.user)


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.may_export(request.user)


@hooks.register("register_reports_menu_item")
def register_libraries_menu_item():
    return LibrariesMenuItem(
        _("H5P libraries"),
        reverse("h5p_admin:libraries"),
        name="h5p-libraries",
        icon_name="media",
        order=950,
    )


@hooks.register("register_reports_menu_item")
def register_export_menu_item():
    return ExportMenuItem(
        _("xAPI statements for an LRS"),
        reverse("h5p_admin:export"),
        name="h5p-statements-export",
        icon_name="download",
        order=960,
    )

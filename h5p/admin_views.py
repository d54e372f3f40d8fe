"""H5P in the Wagtail admin: uploading and replacing content, libraries, statement exports.

Content is a snippet (listing, chooser, usage, history and delete are Wagtail's), but
its "add" and "edit" screens are these upload views: every field of the content comes
from inside the package, so there is nothing to type, and Wagtail's edit form (with
its live preview re-posting the form) is no place for a file of many megabytes.
"""

from collections import Counter

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.text import capfirst
from django.utils.translation import get_language_info, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.generic import FormView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex
from wagtail.snippets.views.snippets import PreviewOnEditView
from wagtail.utils.decorators import xframe_options_sameorigin_override

from . import exports
from .external import version_external_hosts
from .forms import ExportForm, LibrariesForm, PackageForm, max_upload_bytes
from .models import H5PContent, H5PContentVersion, H5PLibrary
from .services import may_install_libraries, may_upload

EXPORT_PERMISSION = "h5p.view_xapistatement"
NEW_VERSION_ACTION = "h5p.new_version"

#: What H5P's licence codes (``h5p.json`` ``license``) mean.
LICENCES = {
    "U": gettext_lazy("Undisclosed"),
    "CC BY": gettext_lazy("Creative Commons Attribution"),
    "CC BY-SA": gettext_lazy("Creative Commons Attribution-ShareAlike"),
    "CC BY-ND": gettext_lazy("Creative Commons Attribution-NoDerivs"),
    "CC BY-NC": gettext_lazy("Creative Commons Attribution-NonCommercial"),
    "CC BY-NC-SA": gettext_lazy("Creative Commons Attribution-NonCommercial-ShareAlike"),
    "CC BY-NC-ND": gettext_lazy("Creative Commons Attribution-NonCommercial-NoDerivs"),
    "CC0 1.0": gettext_lazy("Public domain dedication (CC0)"),
    "CC PDM": gettext_lazy("Public Domain Mark"),
    "PD": gettext_lazy("Public domain"),
    "ODC PDDL": gettext_lazy("Public domain (Open Data Commons PDDL)"),
    "GNU GPL": gettext_lazy("GNU General Public License"),
    "C": gettext_lazy("Copyright, all rights reserved"),
}
#: The roles ``h5p.json`` gives authors.
ROLES = {
    "Author": gettext_lazy("Author"),
    "Editor": gettext_lazy("Editor"),
    "Licensee": gettext_lazy("Licensee"),
    "Originator": gettext_lazy("Originator"),
}


def language_label(code):
    """``"Urdu (ur)"`` in the admin's language; empty when the package names none."""
    if not code or code == "und":
        return ""
    try:
        name = get_language_info(code)["name_translated"]
    except KeyError:
        name = dict(settings.LANGUAGES).get(code, "")
    return f"{name} ({code})" if name else code


def language_choices():
    codes = H5PContent.objects.exclude(language="").values_list("language", flat=True)
    return sorted(((code, language_label(code) or code) for code in set(codes)), key=lambda c: c[1])


def may_export(user):
    return user.is_authenticated and user.has_perm(EXPORT_PERMISSION)


def _licence(content):
    metadata = content.current_version.metadata if content.current_version else {}
    label = LICENCES.get(content.license, content.license)
    version = metadata.get("licenseVersion") if isinstance(metadata, dict) else None
    return f"{label} {version}" if label and version else label


def _authors(content):
    return [
        {"name": author.get("name", ""), "role": ROLES.get(author.get("role"), "")}
        for author in content.authors
        if isinstance(author, dict)
    ]


def _newest_libraries(folders):
    """``{folder: H5PLibrary}``: the patch of each folder the player uses."""
    names = {folder.rpartition("-")[0] for folder in folders}
    newest = {}
    for library in H5PLibrary.objects.filter(machine_name__in=names):
        newest.setdefault(library.folder, library)  # ordered newest patch first
    return newest


def _upload_message(result, created):
    content = result.version.content
    if created:
        text = _("“%(title)s” was uploaded.") % {"title": content.title}
    else:
        text = _("Version %(number)s of “%(title)s” was uploaded.") % {
            "number": result.version.number,
            "title": content.title,
        }
    if result.installed:
        text += " " + _installed_message(result.installed)
    return text


def external_warning(hosts):
    """What a trainer is told about content that plays files from other websites."""
    return _(
        "This content plays a video or another file from another website (%(hosts)s). "
        "The player does not load other websites, so learners see a message in its place. "
        "To show it, put the video file itself into the content in the H5P editor and upload "
        "the package again."
    ) % {"hosts": ", ".join(hosts)}


def _installed_message(libraries):
    names = ", ".join(sorted(str(library) for library in libraries))
    return ngettext(
        "Library installed: %(libraries)s.",
        "Libraries installed: %(libraries)s.",
        len(libraries),
    ) % {"libraries": names}


class UploadMixin(WagtailAdminTemplateMixin):
    """A page of the content snippet's viewset whose form is one ``.h5p`` file."""

    viewset = None
    form_class = PackageForm
    header_icon = "media"
    content = None

    def dispatch(self, request, *args, **kwargs):
        if not may_upload(request.user, self.content):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def url(self, name, *args):
        return reverse(self.viewset.get_url_name(name), args=args)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user, "content": self.content}

    def get_breadcrumbs_items(self):
        return [
            *self.viewset.breadcrumbs_items,
            {"url": self.url("list"), "label": capfirst(H5PContent._meta.verbose_name_plural)},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["max_upload_bytes"] = max_upload_bytes()
        context["may_install"] = may_install_libraries(self.request.user)
        return context

    def form_valid(self, form):
        result = form.save()
        content = result.version.content
        if self.content is None:
            log(content, "wagtail.create", user=self.request.user)
        else:
            version = {"version": result.version.number}
            log(content, NEW_VERSION_ACTION, user=self.request.user, data=version)
        messages.success(self.request, _upload_message(result, created=self.content is None))
        return redirect(self.url("edit", content.pk))

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=400)


class UploadView(UploadMixin, FormView):
    """New content from a package."""

    template_name = "h5p/admin/upload.html"
    page_title = gettext_lazy("Upload H5P content")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if not context["may_install"]:
            context["content_types"] = H5PLibrary.objects.filter(runnable=True)
        return context


class ContentView(UploadMixin, FormView):
    """One content: what its package says, its versions, a preview, and a new version."""

    template_name = "h5p/admin/content.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        queryset = H5PContent.objects.select_related("current_version", "created_by")
        self.content = get_object_or_404(queryset, pk=kwargs["pk"])

    def get_page_title(self):
        return self.content.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        content = self.content
        user = self.request.user
        version = content.current_version
        folders = sorted(version.libraries) if version else []
        newest = _newest_libraries(folders)
        hosts = version_external_hosts(version)
        context.update(
            content=content,
            language=language_label(content.language),
            licence=_licence(content),
            authors=_authors(content),
            libraries=[{"folder": f, "library": newest.get(f)} for f in folders],
            versions=content.versions.select_related("uploaded_by"),
            statements=content.statements.count(),
            learners=content.statements.values("user").distinct().count(),
            usage=ReferenceIndex.get_grouped_references_to(content).count(),
            usage_url=self.url("usage", content.pk),
            history_url=self.url("history", content.pk),
            preview_url=self.url("preview_on_edit", content.pk),
            delete_url=(
                self.url("delete", content.pk) if user.has_perm("h5p.delete_h5pcontent") else ""
            ),
            player=content.preview_player(self.request),
            external_warning=external_warning(hosts) if hosts else "",
        )
        return context


class PreviewView(PreviewOnEditView):
    """The current version in the sandboxed player, tracking off; there is no form to read."""

    http_method_names = ("get",)

    @method_decorator(xframe_options_sameorigin_override)
    def get(self, request, *args, **kwargs):
        # The real request, not Wagtail's simulated one for the site's front end: the
        # preview is an admin page, and the site's policy forbids its inline style.
        request.is_preview = True
        request.preview_mode = self.object.default_preview_mode
        return self.object.serve_preview(request, request.preview_mode)


def library_rows():
    """Installed libraries, and how many contents' current versions use each.

    A content uses the newest patch of each library folder, so older patches count none.
    """
    current = H5PContent.objects.exclude(current_version=None).values("current_version")
    uses = Counter()
    for folders in H5PContentVersion.objects.filter(pk__in=current).values_list(
        "libraries", flat=True
    ):
        uses.update(set(folders))
    rows, seen = [], set()
    for library in H5PLibrary.objects.select_related("installed_by"):
        newest = library.folder not in seen
        seen.add(library.folder)
        rows.append({"library": library, "newest": newest, "uses": uses[library.folder]})
    return rows


def libraries(request):
    """Installed libraries, and a form to install those of a package without its content."""
    if not may_install_libraries(request.user):
        raise PermissionDenied
    if request.method != "POST":
        form, status = LibrariesForm(user=request.user), 200
    else:
        form, status = LibrariesForm(request.POST, request.FILES, user=request.user), 400
        if form.is_valid():
            installed = form.save()
            if installed:
                messages.success(request, _installed_message(installed))
            else:
                messages.info(request, _("Every library in this package was already installed."))
            return redirect("h5p_admin:libraries")
    context = {"rows": library_rows(), "form": form, "max_upload_bytes": max_upload_bytes()}
    return TemplateResponse(request, "h5p/admin/libraries.html", context, status=status)


def statements_export(request):
    """The form, or (when it is filled in) the statements as JSON Lines, streamed."""
    if not may_export(request.user):
        raise PermissionDenied
    if not request.GET:
        form = ExportForm(initial=ExportForm.initial_dates())
        return TemplateResponse(request, "h5p/admin/export.html", {"form": form})
    form = ExportForm(request.GET)
    if not form.is_valid():
        return TemplateResponse(request, "h5p/admin/export.html", {"form": form}, status=400)
    data = form.cleaned_data
    statements = exports.statements_between(data["date_from"], data["date_to"], data["content"])
    response = StreamingHttpResponse(
        exports.json_lines(statements), content_type="application/x-ndjson; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{form.filename()}"'
    response["Cache-Control"] = "private, no-store"
    return response

"""Forms of the H5P admin: uploading a package and exporting statements."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import H5PContent
from .services import check_libraries, check_package, install_libraries, store_package
from .validation import InvalidPackage


def problem_text(problem):
    """A refused package's problem as a line to show, naming the file it is about."""
    if problem.path and problem.path not in problem.message:
        return _("%(problem)s (in %(path)s)") % {"problem": problem.message, "path": problem.path}
    return problem.message


class PackageForm(forms.Form):
    """One ``.h5p`` file; everything else about the content comes from inside it.

    ``clean()`` runs the whole check for ``user`` (libraries they may not install
    included), so a valid form holds a package :meth:`save` can store as it is.
    """

    package = forms.FileField(
        label=_("H5P file"),
        widget=forms.FileInput(attrs={"accept": ".h5p"}),
        error_messages={"required": _("Choose an .h5p file to upload.")},
    )

    def __init__(self, *args, user, content=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.content = content
        self.checked = None

    def check(self, upload):
        return check_package(upload, self.user, self.content)

    def clean_package(self):
        upload = self.cleaned_data["package"]
        try:
            self.checked = self.check(upload)
        except InvalidPackage as refused:
            raise forms.ValidationError(
                [problem_text(problem) for problem in refused.problems]
            ) from refused
        return upload

    def save(self):
        """Store the checked package: an :class:`~h5p.services.UploadResult`."""
        return store_package(self.cleaned_data["package"], self.checked, self.user, self.content)


class LibrariesForm(PackageForm):
    """A package whose new libraries a platform administrator installs; its content is
    checked but not kept."""

    def check(self, upload):
        return check_libraries(upload, self.user)

    def save(self):
        """Install the checked package's new libraries: the H5PLibrary rows installed."""
        return install_libraries(self.cleaned_data["package"], self.checked, self.user)


def _date_input():
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ExportForm(forms.Form):
    """Which statements to export: received on the dates given (inclusive), site time."""

    content = forms.ModelChoiceField(
        label=_("Interactive content"),
        queryset=H5PContent.objects.order_by("title", "pk"),
        required=False,
        empty_label=_("All interactive content"),
    )
    date_from = forms.DateField(label=_("Received from"), widget=_date_input())
    date_to = forms.DateField(label=_("Received until"), widget=_date_input())

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return data

    def filename(self):
        data = self.cleaned_data
        name = f"xapi-statements-{data['date_from']:%Y-%m-%d}-{data['date_to']:%Y-%m-%d}"
        if data.get("content"):
            name += f"-content-{data['content'].pk}"
        return name + ".jsonl"

    @staticmethod
    def initial_dates(today=None):
        today = today or timezone.localdate()
        return {"date_from": today.replace(day=1), "date_to": today}


def max_upload_bytes():
    return settings.H5P_LIMITS["max_upload_bytes"]

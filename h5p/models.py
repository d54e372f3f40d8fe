"""H5P libraries, content and what learners did with it.

Files live in media storage under content-addressed prefixes; the database keeps a
manifest of every stored file (``files``: ``{"path/in/folder.js": {"size": 123,
"sha256": "…"}}``), so the player serves only files a validated package held and
never asks the storage whether a path exists.
"""

from django.conf import settings
from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import PreviewableMixin
from wagtail.search import index

from .player import player_context


class LibraryQuerySet(models.QuerySet):
    def matching(self, machine_name, major, minor):
        """Installed patches of one library version, newest first."""
        return self.filter(
            machine_name=machine_name, major_version=major, minor_version=minor
        ).order_by("-patch_version")


class H5PLibrary(models.Model):
    """One installed library version (``H5P.MultiChoice 1.16.4``), shared by all content.

    ``dependencies``: ``[{"machineName": "H5P.Question", "majorVersion": 1,
    "minorVersion": 5}, …]``, preloaded and dynamic, as ``library.json`` lists them.
    """

    machine_name = models.CharField(_("machine name"), max_length=255)
    major_version = models.PositiveIntegerField(_("major version"))
    minor_version = models.PositiveIntegerField(_("minor version"))
    patch_version = models.PositiveIntegerField(_("patch version"))
    title = models.CharField(_("title"), max_length=255)
    runnable = models.BooleanField(_("runnable"), default=False)
    metadata = models.JSONField(_("library.json"), default=dict)
    preloaded_js = models.JSONField(default=list)
    preloaded_css = models.JSONField(default=list)
    dependencies = models.JSONField(default=list)
    files = models.JSONField(default=dict)
    storage_prefix = models.CharField(max_length=255)
    installed_at = models.DateTimeField(_("installed"), default=timezone.now)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("installed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = LibraryQuerySet.as_manager()

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "-major_version", "-minor_version", "-patch_version"]
        permissions = [("install_h5plibrary", _("Can install H5P libraries"))]
        constraints = [
            models.UniqueConstraint(
                fields=["machine_name", "major_version", "minor_version", "patch_version"],
                name="h5p_one_library_per_version",
            )
        ]

    def __str__(self):
        return f"{self.machine_name} {self.version}"

    @property
    def version(self):
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder(self):
        """The folder name packages and the player use: ``H5P.Foo-1.2``."""
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


class H5PContent(PreviewableMixin, index.Indexed, models.Model):
    """A piece of interactive content; each upload of it is a new version.

    Pages and blocks point here, and learners' statements and saved state belong
    here, so replacing the package keeps both.
    """

    title = models.CharField(_("title"), max_length=255)
    language = models.CharField(_("language"), max_length=10, blank=True)
    main_library = models.CharField(_("content type"), max_length=255, blank=True)
    license = models.CharField(_("licence"), max_length=32, blank=True)
    authors = models.JSONField(_("authors"), default=list, blank=True)
    current_version = models.ForeignKey(
        "H5PContentVersion",
        verbose_name=_("current version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("language"),
    ]

    class Meta:
        verbose_name = _("H5P content")
        verbose_name_plural = _("H5P content")
        ordering = ["-updated_at", "-pk"]

    def __str__(self):
        return self.title

    def object_iri(self):
        """The xAPI activity id of this content; statements must be about it."""
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        return f"{base}/h5p/content/{self.pk}"

    def is_previewable(self):
        return self.current_version_id is not None

    def preview_player(self, request):
        """The current version in the sandboxed player, for authors: nothing is recorded."""
        player = player_context(request, self, context="preview")
        if player["available"]:
            player["track"] = False
        return player

    def serve_preview(self, request, mode_name):
        return TemplateResponse(
            request,
            "h5p/admin/preview.html",
            {"content": self, "player": self.preview_player(request)},
        )


class H5PContentVersion(models.Model):
    """One uploaded package of a content: its ``h5p.json`` and its ``content/`` files.

    ``libraries``: the folders (``"H5P.Foo-1.2"``) the content needs, dependencies
    first, resolved to the newest installed patch when it is played.
    """

    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    sha256 = models.CharField(_("package checksum"), max_length=64)
    size = models.PositiveBigIntegerField(_("package size"), default=0)
    metadata = models.JSONField(_("h5p.json"), default=dict)
    files = models.JSONField(default=dict)
    libraries = models.JSONField(default=list)
    storage_prefix = models.CharField(max_length=255)
    uploaded_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("H5P content version")
        verbose_name_plural = _("H5P content versions")
        ordering = ["content", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["content", "number"], name="h5p_one_version_number")
        ]

    def __str__(self):
        return f"{self.content} · {self.number}"


class LearnerQuerySet(models.QuerySet):
    def for_user(self, user):
        """The queryset half of "learners see only their own data"."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)


class XAPIStatement(models.Model):
    """An xAPI statement a learner's player sent. Scores come from the browser.

    ``context`` is what the embedding page asked to be told (an opaque string such
    as ``"courses.step:<uuid>"``); this app never reads it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_statements"
    )
    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="statements")
    version = models.ForeignKey(
        H5PContentVersion, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    context = models.CharField(max_length=100, blank=True)
    verb = models.CharField(_("verb"), max_length=255)
    object_id = models.CharField(max_length=500)
    top_level = models.BooleanField(_("top level"), default=True)
    score_raw = models.FloatField(null=True, blank=True)
    score_max = models.FloatField(null=True, blank=True)
    score_scaled = models.FloatField(null=True, blank=True)
    success = models.BooleanField(null=True, blank=True)
    completion = models.BooleanField(null=True, blank=True)
    client_reported = models.BooleanField(default=True, editable=False)
    timestamp = models.DateTimeField(_("time"))
    received_at = models.DateTimeField(default=timezone.now, db_index=True)
    raw = models.JSONField(_("statement"))

    objects = LearnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["received_at", "pk"]
        indexes = [models.Index(fields=["user", "content", "received_at"])]

    def __str__(self):
        return f"{self.verb_name} · {self.content_id}"

    @property
    def verb_name(self):
        return self.verb.rstrip("/").rsplit("/", 1)[-1]


class ContentUserData(models.Model):
    """The player's saved state for one learner and content (``contentUserData``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="h5p_user_data"
    )
    content = models.ForeignKey(H5PContent, on_delete=models.CASCADE, related_name="user_data")
    data_type = models.CharField(max_length=32, default="state")
    sub_content_id = models.CharField(max_length=64, default="0")
    data = models.TextField()
    updated_at = models.DateTimeField(default=timezone.now)

    objects = LearnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("saved H5P state")
        verbose_name_plural = _("saved H5P states")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "content", "data_type", "sub_content_id"],
                name="h5p_one_state_per_learner",
            )
        ]

    def __str__(self):
        return f"{self.user_id} · {self.content_id}"

"""Building a certificate export: one ZIP of the PDFs issued between two dates."""

import logging
import shutil
import tempfile
import uuid
import zipfile

from django.core.files import File
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.text import slugify

from .models import Certificate, CertificateExport, ExportStatus
from .rendering import pick_language
from .services import ensure_pdf

logger = logging.getLogger(__name__)

#: Progress is written to the database after this many certificates.
PROGRESS_EVERY = 10


def certificates_in(export):
    """The certificates an export holds: issued on the dates in range, site time zone."""
    return (
        Certificate.objects.filter(
            issued_at__date__gte=export.date_from, issued_at__date__lte=export.date_to
        )
        .select_related("user")
        .order_by("issued_at", "pk")
    )


def member_name(certificate, language, taken):
    stem = slugify(certificate.holder_name, allow_unicode=True) or certificate.code.lower()
    name = f"{stem}-{certificate.code.lower()}-{language}.pdf"
    number = 1
    while name in taken:
        number += 1
        name = f"{stem}-{certificate.code.lower()}-{language}-{number}.pdf"
    taken.add(name)
    return name


def _update(export_id, **fields):
    CertificateExport.objects.filter(pk=export_id).update(**fields)


def build(export_id):
    """Build the ZIP of export ``export_id``; repeating a finished build changes nothing."""
    export = CertificateExport.objects.get(pk=export_id)
    if (
        export.status == ExportStatus.DONE
        and export.file
        and default_storage.exists(export.file.name)
    ):
        return export.file.name
    _update(export_id, status=ExportStatus.RUNNING, error="", done=0, finished_at=None)
    try:
        certificates = certificates_in(export)
        total = certificates.count()
        _update(export_id, total=total)
        taken = set()
        done = 0
        with tempfile.TemporaryFile(suffix=".zip") as temporary:
            with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for certificate in certificates.iterator(chunk_size=200):
                    language = export.language or pick_language(
                        getattr(certificate.user, "preferred_language", "")
                    )
                    pdf = ensure_pdf(certificate.pk, language)
                    name = member_name(certificate, pdf.language, taken)
                    with (
                        default_storage.open(pdf.file.name, "rb") as source,
                        archive.open(name, "w") as target,
                    ):
                        shutil.copyfileobj(source, target)
                    done += 1
                    if done % PROGRESS_EVERY == 0:
                        _update(export_id, done=done)
            temporary.seek(0)
            saved = default_storage.save(
                f"certificate-exports/{uuid.uuid4().hex}.zip", File(temporary)
            )
        _update(
            export_id,
            status=ExportStatus.DONE,
            file=saved,
            done=done,
            total=max(total, done),
            finished_at=timezone.now(),
        )
        logger.info("Built certificate export %s: %s certificates", export_id, done)
        return saved
    except Exception as error:
        logger.exception("Certificate export %s failed", export_id)
        _update(
            export_id,
            status=ExportStatus.FAILED,
            error=str(error) or repr(error),
            finished_at=timezone.now(),
        )
        raise

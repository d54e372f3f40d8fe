from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest
import time_machine

from certificates import codes
from certificates.models import Certificate, CertificatePDF, Status
from certificates.notifications import send_reminders
from certificates.services import (
    issue_certificate,
    issue_missing_certificates,
    renew_certificate,
    revoke,
)
from courses.models import Enrolment
from tests.factories import courses as course_factories
from tests.factories.accounts import UserFactory

from .helpers import certified_learner, complete

pytestmark = pytest.mark.django_db


def test_completing_a_course_issues_one_certificate_with_a_pdf_and_an_email(
    home_pages, django_capture_on_commit_callbacks
):
    user, course = certified_learner(
        django_capture_on_commit_callbacks, full_name="Ayesha Siddiqui"
    )
    certificate = Certificate.objects.get()
    assert certificate.user == user
    assert certificate.course_key == course.translation_key
    assert certificate.holder_name == "Ayesha Siddiqui"
    assert certificate.course_titles == {"en": course.title}
    assert certificate.round == 1
    assert certificate.status() == Status.VALID
    assert 330 <= (certificate.expires_at - certificate.issued_at).days <= 366
    pdf = CertificatePDF.objects.get()
    assert pdf.language == "en"
    assert pdf.file.open("rb").read(4) == b"%PDF"
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert certificate.grouped_code in mail.outbox[0].body
    assert certificate.verification_url("en") in mail.outbox[0].body


def test_the_name_is_frozen_at_issue(home_pages, django_capture_on_commit_callbacks):
    user, _course = certified_learner(django_capture_on_commit_callbacks, full_name="Old Name")
    user.full_name = "New Name"
    user.save()
    assert Certificate.objects.get().holder_name == "Old Name"


def test_issuing_again_returns_the_same_certificate(home_pages, django_capture_on_commit_callbacks):
    user, course = certified_learner(django_capture_on_commit_callbacks)
    first = Certificate.objects.get()
    again = issue_certificate(user, course)
    assert again.certificate == first and again.created is False
    assert Certificate.objects.count() == 1


def test_no_certificate_before_completion_or_for_courses_without_one(
    home_pages, django_capture_on_commit_callbacks
):
    from django.core.exceptions import PermissionDenied

    course, lessons = course_factories.course(steps=2)
    user = UserFactory()
    complete(user, lessons[:1], django_capture_on_commit_callbacks)
    with pytest.raises(PermissionDenied):
        issue_certificate(user, course)
    _plain, plain_lessons = course_factories.course(steps=1, awards_certificate=False)
    complete(user, plain_lessons, django_capture_on_commit_callbacks)
    assert not Certificate.objects.exists()


def test_never_expiring_certificates(home_pages, django_capture_on_commit_callbacks):
    certified_learner(django_capture_on_commit_callbacks, months=None)
    certificate = Certificate.objects.get()
    assert certificate.expires_at is None
    with time_machine.travel(timezone.now() + timedelta(days=3650)):
        assert certificate.status() == Status.VALID


def test_codes_are_long_random_and_read_forgivingly():
    code = codes.new_code()
    assert len(code) == 24 and set(code) <= set(codes.ALPHABET)
    assert len({codes.new_code() for _ in range(2000)}) == 2000
    grouped = codes.grouped(code)
    assert grouped.count("-") == 5
    assert codes.normalise(grouped.lower().replace("-", " ")) == code
    assert codes.normalise("  " + grouped + " ") == code
    assert codes.normalise(code.replace("0", "O").replace("1", "l")) == code
    assert codes.normalise("K7QF-2M9X") == ""
    assert codes.normalise("<script>") == ""
    assert codes.normalise(None) == ""


def test_renewal_issues_a_new_round_only_inside_the_window(
    home_pages, django_capture_on_commit_callbacks
):
    user, course = certified_learner(django_capture_on_commit_callbacks, months=12)
    first = Certificate.objects.get()
    assert renew_certificate(user, course) is None  # far from expiry
    with time_machine.travel(first.expires_at - timedelta(days=30)):
        with django_capture_on_commit_callbacks(execute=True):
            renewed = renew_certificate(user, course)
        assert renewed.created and renewed.certificate.round == 2
        assert renewed.certificate.renews == first
        assert renewed.certificate.code != first.code
        again = renew_certificate(user, course)  # a second pass changes nothing
        assert again is None or not again.created
    assert Certificate.objects.count() == 2
    first.refresh_from_db()
    assert first.status() == Status.VALID  # the old one keeps its own history


def test_revoked_certificates_are_not_renewed(home_pages, django_capture_on_commit_callbacks):
    user, course = certified_learner(django_capture_on_commit_callbacks, months=12)
    first = Certificate.objects.get()
    admin = UserFactory(is_staff=True, is_superuser=True)
    assert revoke(first, admin, "Issued in error")
    assert not revoke(first, admin, "twice")
    with pytest.raises(ValueError):
        revoke(first, admin, "   ")
    with time_machine.travel(first.expires_at + timedelta(days=1)):
        assert renew_certificate(user, course) is None


def test_passing_the_final_assessment_again_renews(home_pages, django_capture_on_commit_callbacks):
    """Through the real quiz path: the ``quiz_passed`` signal of a final assessment."""
    from quizzes.models.pages import QuizKind
    from quizzes.services import start_attempt, submit_attempt
    from tests.factories import quizzes as quiz_factories

    course, lessons = course_factories.course(steps=1, certificate_valid_months=12)
    from quizzes.services import questions_for

    quiz = quiz_factories.quiz(course, [quiz_factories.question()], kind=QuizKind.FINAL)
    user = UserFactory()
    complete(user, lessons, django_capture_on_commit_callbacks)

    def pass_quiz():
        with django_capture_on_commit_callbacks(execute=True):
            attempt = start_attempt(user, quiz)
            answers = {
                key: next(i for i, value in question.option_values if value["correct"])
                for key, question in questions_for(attempt).items()
            }
            assert submit_attempt(attempt, quiz, answers).passed

    pass_quiz()
    first = Certificate.objects.get()
    with time_machine.travel(first.expires_at - timedelta(days=10)):
        pass_quiz()
    rounds = list(Certificate.objects.order_by("round").values_list("round", flat=True))
    assert rounds == [1, 2]


def test_missing_certificates_are_issued_by_the_sweep(
    home_pages, django_capture_on_commit_callbacks
):
    user, _course = certified_learner(django_capture_on_commit_callbacks)
    Certificate.objects.all().delete()
    assert Enrolment.objects.completed().count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert issue_missing_certificates() == 1
    assert issue_missing_certificates() == 0
    assert Certificate.objects.get().user == user


def test_expiry_reminders_go_once_at_60_and_14_days(home_pages, django_capture_on_commit_callbacks):
    certified_learner(django_capture_on_commit_callbacks, months=12)
    certificate = Certificate.objects.get()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_reminders(certificate.expires_at - timedelta(days=90)) == 0
        assert send_reminders(certificate.expires_at - timedelta(days=59)) == 1
        assert send_reminders(certificate.expires_at - timedelta(days=58)) == 0
        assert send_reminders(certificate.expires_at - timedelta(days=13)) == 1
        assert send_reminders(certificate.expires_at - timedelta(days=12)) == 0
    assert len(mail.outbox) == 2
    assert "59" in mail.outbox[0].body or "60" in mail.outbox[0].body

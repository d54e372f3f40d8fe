import logging
import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from allauth.account.models import EmailAddress

from accounts.services import update_profile
from cms.demo import load_home_pages
from cms.locales import sync_locales

DEMO_USERS = [
    # email, full name, superuser, Wagtail groups
    ("learner@example.org", "Ayesha Khan", False, []),
    ("trainer@example.org", "Imran Qureshi", False, ["Trainers"]),
    ("admin@example.org", "Sana Malik", True, []),
]


class Command(BaseCommand):
    help = "Load the demo content and demo users (idempotent). Refuses to run without DEBUG."

    def add_arguments(self, parser):
        parser.add_argument("--password", help="Password for the demo users (random if absent).")
        parser.add_argument("--force", action="store_true", help="Run even though DEBUG is off.")

    def handle(self, *args, password=None, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates users with known passwords; it refuses to run when "
                "DEBUG is off. Use --force if you really mean it."
            )
        password = password or secrets.token_urlsafe(12)
        loaded = []
        # Wagtail and wagtail-localize log a line per page saved; a summary says more.
        logging.disable(logging.INFO)
        try:
            with transaction.atomic():
                sync_locales()
                load_home_pages()
                # Each app that has demo content says so with a ``load_demo`` on its
                # AppConfig, which returns a few words on what it loaded.
                for app in apps.get_app_configs():
                    if hasattr(app, "load_demo"):
                        loaded.append(app.load_demo())
                for email, full_name, superuser, groups in DEMO_USERS:
                    self._user(email, full_name, password, superuser, groups)
        finally:
            logging.disable(logging.NOTSET)
        languages = " and ".join(str(name) for _code, name in settings.LANGUAGES)
        self.stdout.write(self.style.SUCCESS(f"Demo content loaded, each in {languages}:"))
        for line in filter(None, loaded):
            self.stdout.write(f"  {line}")
        self.stdout.write(self.style.SUCCESS("Demo logins:"))
        for email, _name, _superuser, _groups in DEMO_USERS:
            self.stdout.write(f"  {email:<24} password: {password}")

    def _user(self, email, full_name, password, superuser, groups):
        User = get_user_model()
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User(email=email)
        user.full_name = full_name
        user.is_superuser = superuser
        user.is_staff = superuser
        user.set_password(password)
        user.save()
        update_profile(user, full_name=full_name, preferred_language=user.preferred_language)
        user.groups.set(Group.objects.filter(name__in=groups))
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        return user

"""allauth's sign-in form in the site's words.

Apart from ``forms.py``: allauth imports that module (ACCOUNT_SIGNUP_FORM_CLASS) while
building its own forms, so it cannot import allauth's forms back.
"""

from django.utils.translation import gettext_lazy as _

from allauth.account.forms import LoginForm as AllauthLoginForm


class LoginForm(AllauthLoginForm):
    """ "Email address" and "Keep me signed in", not "Email" and "Remember Me"."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Email address")
        if "remember" in self.fields:
            self.fields["remember"].label = _("Keep me signed in")
            self.fields["remember"].label_suffix = ""  # the box sits before its label

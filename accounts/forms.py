from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm

from .models import Audience, User
from .services import update_profile


def _current_language():
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


class SignupForm(forms.Form):
    """The fields allauth's sign-up form adds to email and password."""

    full_name = forms.CharField(
        label=_("Full name"),
        max_length=150,
        help_text=_("As it should appear on your certificates."),
        widget=forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"}),
    )
    preferred_language = forms.ChoiceField(label=_("Preferred language"), choices=())
    audience = forms.ChoiceField(
        label=_("I work in"),
        choices=[("", _("Prefer not to say")), *Audience.choices],
        required=False,
        help_text=_("Used to suggest courses written for people in your role."),
    )

    field_order = ["full_name", "email", "password1", "password2", "preferred_language", "audience"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].choices = settings.LANGUAGES
        self.fields["preferred_language"].initial = _current_language()

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def signup(self, request, user):
        user.full_name = self.cleaned_data["full_name"]
        user.preferred_language = self.cleaned_data["preferred_language"]
        user.audience = self.cleaned_data["audience"]
        user.save(update_fields=["full_name", "preferred_language", "audience"])


class ProfileForm(forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "preferred_language", "audience"]
        widgets = {"full_name": forms.TextInput(attrs={"autocomplete": "name", "dir": "auto"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The words sign-up offers for "no answer", not Django's "---------".
        self.fields["audience"].choices = SignupForm.base_fields["audience"].choices

    def clean_full_name(self):
        name = " ".join(self.cleaned_data["full_name"].split())
        if not name:
            raise forms.ValidationError(_("Please enter your name."))
        return name

    def save(self, commit=True):
        update_profile(
            self.instance,
            full_name=self.cleaned_data["full_name"],
            preferred_language=self.cleaned_data["preferred_language"],
            audience=self.cleaned_data["audience"],
        )
        return self.instance


class _AdminUserFields:
    """Wagtail's user forms ask for first and last names; ours has one full name."""

    first_name = None
    last_name = None


class AdminUserCreationForm(_AdminUserFields, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = ["email", "full_name", "preferred_language", "is_superuser", "groups"]


class AdminUserEditForm(_AdminUserFields, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = ["email", "full_name", "preferred_language", "is_active", "is_superuser", "groups"]

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from .forms import ProfileForm


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    """The signed-in user's own profile; there is no way to name another user here."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        language = request.user.preferred_language
        with translation.override(language):
            messages.success(request, _("Your profile has been saved."))
        # Follow the new preferred language straight away.
        return redirect(translate_url(request.path, request.user.preferred_language))
    return render(request, "account/profile.html", {"form": form})

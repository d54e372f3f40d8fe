from pathlib import Path

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns

_templates = {}


def bare_view(request):
    """A plain Django view rendering a template of the lesson page's size: the yardstick.

    The template is the lesson's own HTML (path in ``?source=``), compiled once,
    as a template engine would cache it.
    """
    source = request.GET["source"]
    if source not in _templates:
        _templates[source] = engines["django"].from_string(Path(source).read_text())
    return HttpResponse(_templates[source].render({"request": request}, request))


urlpatterns = [path("bench/bare/", bare_view), *site_urlpatterns]

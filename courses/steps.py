"""The step page models: every concrete subclass of ``StepPage``."""

from functools import cache

from django.apps import apps


@cache
def step_models():
    from .models import StepPage

    return tuple(
        model
        for model in apps.get_models()
        if issubclass(model, StepPage) and not model._meta.abstract
    )


def is_step(page):
    from .models import StepPage

    return isinstance(page, StepPage)

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


def required_step_values(condition, field):
    """``field`` of every live, required step matching ``condition``, in one query.

    Each step model has its own table, so this is a UNION of one SELECT per model:
    adding a kind of step adds no query to the pages that count steps.
    """
    querysets = [
        model.objects.live()
        .filter(condition, is_optional=False)
        .order_by()
        .values_list(field, flat=True)
        for model in step_models()
    ]
    first, *rest = querysets
    return first.union(*rest, all=True) if rest else first

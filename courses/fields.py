from django import forms
from django.db import models


class ChoiceListField(models.CharField):
    """Several choices in one column, stored as ``,a,b,`` so that
    ``field__contains=",a,"`` finds rows with choice ``a`` on every database.

    The Python value is a list of choice values, in the order of the choices.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or isinstance(value, list):
            return value or []
        return [item for item in value.split(",") if item]

    def get_prep_value(self, value):
        items = self.to_python(value)
        order = [key for key, _label in self.flatchoices]
        items = sorted(set(items), key=lambda item: order.index(item) if item in order else 99)
        return f",{','.join(items)}," if items else ""

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.flatchoices}
        for item in value or []:
            if item not in allowed:
                raise models.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        if not value and not self.blank:
            raise models.ValidationError(self.error_messages["blank"], code="blank")

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

from django.utils.translation import gettext_lazy as _

from wagtail import blocks


class OptionBlock(blocks.StructBlock):
    """One option of a question. Its block id is the option's id in attempts.

    How the fields are used depends on the question's kind: ``correct`` marks
    right answers of choice questions; ``match`` is the right-hand item of a
    matching pair; for ordering, the options are listed in the correct order.
    """

    text = blocks.CharBlock(label=_("Option"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    match = blocks.CharBlock(
        label=_("Matches"),
        max_length=300,
        required=False,
        help_text=_("Matching questions only: the item this option pairs with."),
    )
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        help_text=_("Shown after grading when the learner chose this option."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")
        form_classname = "quiz-option"

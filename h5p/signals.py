from django.dispatch import Signal

#: Sent after a learner's statement is stored. Arguments: ``statement`` (an
#: :class:`~h5p.models.XAPIStatement`) and ``context`` (the opaque string the
#: embedding page put in the player token). A receiver may return a dict: the
#: player's page gets every such dict merged into the reply (``{"step_complete": true}``).
statement_recorded = Signal()

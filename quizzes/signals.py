from django.dispatch import Signal

#: Sent after the transaction that graded a passed attempt commits. Arguments:
#: ``user``, ``quiz`` (the page) and ``attempt``. Certificates renew on it.
quiz_passed = Signal()

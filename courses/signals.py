from django.dispatch import Signal

#: Sent once per learner and course, after the transaction that completed the course
#: commits. Arguments: ``user`` and ``enrolment`` (its ``course_key`` names the course
#: in every language).
course_completed = Signal()

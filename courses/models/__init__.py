from .activities import H5PActivityPage
from .pages import CourseIndexPage, CourseModulePage, CoursePage, LessonPage, Level, StepPage
from .progress import Enrolment, IndicatorTicks, StepProgress
from .topics import Topic

__all__ = [
    "CourseIndexPage",
    "CourseModulePage",
    "CoursePage",
    "Enrolment",
    "H5PActivityPage",
    "IndicatorTicks",
    "LessonPage",
    "Level",
    "StepPage",
    "StepProgress",
    "Topic",
]

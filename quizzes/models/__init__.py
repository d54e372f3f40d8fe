from .attempts import Attempt
from .pages import QuizPage
from .questions import Difficulty, Question, QuestionKind

__all__ = ["Attempt", "Difficulty", "Question", "QuestionKind", "QuizPage"]

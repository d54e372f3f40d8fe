"""Statistics for trainers: how a quiz and each of its questions perform.

Read from finished attempts only. Facility is the mean mark of a question (0 to
1): near 0, almost everyone misses it. Discrimination compares the best and
the weakest learners (the top and bottom 27% by score): near 0 or negative,
the question does not separate those who know from those who do not.

Both need enough attempts to mean anything. Under ``MIN_ATTEMPTS`` (20) the top
and bottom groups hold five learners or fewer, so a single learner moves a
group's mean mark, and the discrimination, by 0.2 or more: as much as the whole
gap between a question that separates learners well and one that does not; and
each answer moves the facility by five points or more. Item analysis usually
asks for a hundred attempts or more; 20 is the least at which a trainer with a
small class can start to read the figures, with care.
"""

import statistics
from collections import Counter, defaultdict

from django.core.cache import cache
from django.db.models import Count, Max

from .models import Attempt
from .models.attempts import AttemptStatus
from .models.pages import QuizKind
from .services import questions_for

GROUP_SHARE = 0.27
HARD_FACILITY = 0.2
MIN_ATTEMPTS = 20


def finished_attempts(quiz):
    return Attempt.objects.filter(quiz_key=quiz.translation_key).exclude(
        status=AttemptStatus.IN_PROGRESS
    )


def quiz_summary(attempts):
    scores = [float(a.score) for a in attempts]
    if not scores:
        return {"attempts": 0, "too_few": True, "min_attempts": MIN_ATTEMPTS}
    buckets = Counter(min(int(score // 10), 9) for score in scores)
    return {
        "attempts": len(scores),
        "too_few": len(scores) < MIN_ATTEMPTS,
        "min_attempts": MIN_ATTEMPTS,
        "learners": len({a.user_id for a in attempts}),
        # A pre-test has no pass mark (``passed`` is None): no pass rate either.
        "pass_rate": None
        if all(a.passed is None for a in attempts)
        else round(100 * sum(1 for a in attempts if a.passed) / len(scores)),
        "mean": round(statistics.fmean(scores), 1),
        "median": round(statistics.median(scores), 1),
        "distribution": [
            {"from": band * 10, "to": band * 10 + 10, "count": buckets.get(band, 0)}
            for band in range(10)
        ],
    }


def question_statistics(attempts):
    """Per question key: facility, discrimination, option counts and warnings."""
    ranked = sorted(attempts, key=lambda a: float(a.score))
    group = max(1, round(len(ranked) * GROUP_SHARE)) if ranked else 0
    lower, upper = ranked[:group], ranked[-group:] if group else []
    marks, chosen = defaultdict(list), defaultdict(Counter)
    for attempt in attempts:
        for key in attempt.question_keys:
            marks[key].append(attempt.marks.get(key, 0.0))
            answer = attempt.answers.get(key)
            for option_id in answer if isinstance(answer, list) else [answer]:
                if isinstance(option_id, str):
                    chosen[key][option_id] += 1

    def mean_mark(group_attempts, key):
        values = [a.marks.get(key, 0.0) for a in group_attempts if key in a.marks]
        return statistics.fmean(values) if values else 0.0

    questions = questions_for(list(marks))
    rows = []
    for key, values in marks.items():
        facility = statistics.fmean(values)
        discrimination = mean_mark(upper, key) - mean_mark(lower, key)
        question = questions.get(key)
        options = []
        if question is not None and question.is_choice:
            options = [
                {"text": value["text"], "correct": value["correct"], "count": chosen[key][oid]}
                for oid, value in question.option_values
            ]
        rows.append(
            {
                "key": key,
                "question": question,
                "answered": len(values),
                "too_few": len(values) < MIN_ATTEMPTS,
                "facility": round(facility, 2),
                "discrimination": round(discrimination, 2),
                "options": options,
                "too_hard": facility < HARD_FACILITY,
                "best_miss": len(attempts) >= 4 and discrimination < 0,
            }
        )
    rows.sort(key=lambda row: row["facility"])
    return rows


def is_flagged(row):
    return row["too_hard"] or row["best_miss"]


def flagged_quizzes(quizzes):
    """[(quiz, finished attempts, flagged questions)] for the quizzes with a flagged question,
    one per ``translation_key`` (both languages share their attempts).

    The statistics of a quiz are only recomputed when it has a newly finished attempt:
    the cache key holds the count and the latest submission.
    """
    by_key = {}
    for quiz in quizzes:
        by_key.setdefault(quiz.translation_key, quiz)
    totals = (
        Attempt.objects.filter(quiz_key__in=list(by_key))
        .exclude(status=AttemptStatus.IN_PROGRESS)
        .values_list("quiz_key")
        .annotate(n=Count("pk"), last=Max("submitted_at"))
    )
    flagged = []
    for key, count, last in totals:
        quiz = by_key[key]

        def count_flags(quiz=quiz):
            return sum(map(is_flagged, question_statistics(list(finished_attempts(quiz)))))

        stamp = last.timestamp() if last else 0
        flags = cache.get_or_set(f"quiz-flags:{key.hex}:{count}:{stamp}", count_flags, 24 * 3600)
        if flags:
            flagged.append((quiz, count, flags))
    return flagged


def knowledge_gain(course, quizzes):
    """Mean first pre-test score against mean best post-test score, for learners with both."""
    pre_keys = [q.translation_key for q in quizzes if q.kind == QuizKind.PRE_TEST]
    post_keys = [
        q.translation_key for q in quizzes if q.kind in (QuizKind.POST_TEST, QuizKind.FINAL)
    ]
    if not pre_keys or not post_keys:
        return None
    finished = Attempt.objects.exclude(status=AttemptStatus.IN_PROGRESS)
    first_pre = {}
    for attempt in finished.filter(quiz_key__in=pre_keys).order_by("started_at"):
        first_pre.setdefault(attempt.user_id, float(attempt.score))
    best_post = {}
    for attempt in finished.filter(quiz_key__in=post_keys):
        best_post[attempt.user_id] = max(best_post.get(attempt.user_id, 0.0), float(attempt.score))
    both = set(first_pre) & set(best_post)
    if not both:
        return {"learners": 0}
    before = statistics.fmean(first_pre[u] for u in both)
    after = statistics.fmean(best_post[u] for u in both)
    return {
        "learners": len(both),
        "before": round(before, 1),
        "after": round(after, 1),
        "gain": round(after - before, 1),
    }


__all__ = [
    "finished_attempts",
    "flagged_quizzes",
    "is_flagged",
    "knowledge_gain",
    "question_statistics",
    "quiz_summary",
]

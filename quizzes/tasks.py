from celery import shared_task


@shared_task(acks_late=True)
def close_expired_attempts():
    """Grade timed attempts whose learners left before the deadline (runs every few minutes)."""
    from .services import close_expired_attempts as close

    return close()

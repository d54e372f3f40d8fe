"""Statements and saved state: checked on the server, stored per learner, never trusted."""

import json

from django.test import Client

import pytest

from h5p.models import ContentUserData, XAPIStatement
from h5p.tokens import make_token
from tests.factories import UserFactory

from .conftest import sorting_package, store

pytestmark = pytest.mark.django_db

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


def statement(content, verb=ANSWERED, raw=2, maximum=2, **extra):
    data = {
        "actor": {"name": "whoever the browser says", "mbox": "mailto:someone@example.org"},
        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[-1]}},
        "object": {"id": content.object_iri(), "objectType": "Activity"},
        "result": {
            "score": {"min": 0, "max": maximum, "raw": raw, "scaled": raw / maximum},
            "completion": True,
            "success": raw == maximum,
        },
        "timestamp": "2026-12-01T10:00:00.000Z",
    }
    data.update(extra)
    return data


@pytest.fixture
def learner(client):
    user = UserFactory()
    client.force_login(user)
    return user


def report(client, token, data, url="/h5p/xapi/"):
    body = {"token": token, "statement": data}
    return client.post(url, json.dumps(body), content_type="application/json")


def test_a_statement_is_stored_for_the_learner_as_client_reported(client, learner, activity):
    token = make_token(activity.current_version, learner)
    response = report(client, token, statement(activity, raw=1))
    assert response.status_code == 201
    stored = XAPIStatement.objects.get()
    assert (stored.user, stored.content, stored.version) == (
        learner,
        activity,
        activity.current_version,
    )
    assert stored.verb == ANSWERED and stored.verb_name == "answered"
    assert (stored.score_raw, stored.score_max, stored.score_scaled) == (1, 2, 0.5)
    assert stored.success is False and stored.completion is True
    assert stored.top_level is True and stored.client_reported is True
    assert stored.timestamp.isoformat().startswith("2026-12-01T10:00:00")
    assert stored.raw["actor"]["name"] == "whoever the browser says"  # kept, never trusted


def test_parts_of_the_content_are_not_top_level(client, learner, activity):
    token = make_token(activity.current_version, learner)
    part = statement(
        activity,
        object={"id": activity.object_iri() + "?subContentId=abc"},
        context={"contextActivities": {"parent": [{"id": activity.object_iri()}]}},
    )
    assert report(client, token, part).status_code == 201
    assert XAPIStatement.objects.get().top_level is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"object": {"id": "https://elsewhere.example.org/h5p/content/1"}}, "other content"),
        ({"verb": {"id": "javascript:alert(1)"}}, "not a web address"),
        ({"verb": "answered"}, "no verb or no object"),
        ({"result": {"score": {"raw": 5, "max": 2}}}, "outside its range"),
        ({"result": {"score": {"raw": "lots"}}}, "not a number"),
        ({"result": {"score": {"scaled": 7}}}, "between -1 and 1"),
        ({"result": {"success": "yes"}}, "true or false"),
        ({"padding": "x" * 70_000}, "too large"),
    ],
)
def test_bad_statements_are_refused_and_nothing_is_stored(
    client, learner, activity, change, message
):
    token = make_token(activity.current_version, learner)
    data = statement(activity)
    data.update(change)
    response = report(client, token, data)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not XAPIStatement.objects.exists()


def test_a_statement_about_other_content_under_this_token_is_refused(client, learner, activity):
    other = store(sorting_package(title="Other"))
    token = make_token(activity.current_version, learner)
    response = report(client, token, statement(other))
    assert response.status_code == 400
    assert not XAPIStatement.objects.exists()


def test_tokens_are_the_learners_own(client, learner, activity):
    someone = UserFactory()
    for token in (
        make_token(activity.current_version, someone),
        make_token(activity.current_version, None),
        "forged",
    ):
        response = report(client, token, statement(activity))
        assert response.status_code == 403
        assert response.json()["error"] == "This activity is not yours to report."
    assert not XAPIStatement.objects.exists()


def test_signed_out_visitors_store_nothing(activity):
    token = make_token(activity.current_version, None)
    response = report(Client(), token, statement(activity))
    assert response.status_code == 403
    assert not XAPIStatement.objects.exists()


def test_reports_need_the_csrf_token(learner, activity):
    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(learner)
    token = make_token(activity.current_version, learner)
    assert report(csrf_client, token, statement(activity)).status_code == 403
    assert not XAPIStatement.objects.exists()


@pytest.mark.parametrize(
    "body",
    [b"not json", b"[1, 2]", b'{"token": 5}', b"{" * 50_000],
)
def test_garbage_gets_a_clear_400(client, learner, activity, body):
    response = client.post("/h5p/xapi/", body, content_type="application/json")
    assert response.status_code in (400, 403)
    assert "error" in response.json()


def test_errors_follow_the_learners_language(client, learner, activity):
    token = make_token(activity.current_version, learner)
    data = statement(activity, object={"id": "https://elsewhere.example.org/x"})
    response = client.post(
        "/h5p/xapi/",
        json.dumps({"token": token, "statement": data}),
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="ur",
    )
    assert response.status_code == 400
    assert response.json()["error"] != "The statement is about other content."


def test_state_is_saved_replaced_and_forgotten(client, learner, activity):
    token = make_token(activity.current_version, learner)

    def save(state):
        return client.post(
            "/h5p/state/",
            json.dumps({"token": token, "state": state}),
            content_type="application/json",
        )

    assert save('{"answers": ["a"]}').status_code == 200
    assert save('{"answers": ["a", "b"]}').status_code == 200
    assert ContentUserData.objects.get().data == '{"answers": ["a", "b"]}'
    assert save("{not json").status_code == 400
    assert save("x" * 300_000).status_code == 400
    assert save(42).status_code == 400
    assert ContentUserData.objects.get().data == '{"answers": ["a", "b"]}'
    assert save(None).status_code == 200
    assert not ContentUserData.objects.exists()


def test_learners_see_only_their_own_statements(learner, activity):
    someone = UserFactory()
    for user in (learner, someone):
        XAPIStatement.objects.create(
            user=user,
            content=activity,
            verb=ANSWERED,
            object_id=activity.object_iri(),
            timestamp="2026-12-01T10:00:00Z",
            raw={},
        )
    assert list(XAPIStatement.objects.for_user(learner).values_list("user", flat=True)) == [
        learner.pk
    ]


def test_a_flood_of_reports_is_slowed_down_in_the_learners_language(
    client, learner, activity, settings
):
    settings.H5P_REPORTS_PER_MINUTE = 3
    token = make_token(activity.current_version, learner)
    for _ in range(3):
        assert report(client, token, statement(activity)).status_code == 201

    body = {"token": token, "statement": statement(activity), "lang": "ur"}
    refused = client.post("/h5p/xapi/", json.dumps(body), content_type="application/json")

    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 60
    assert refused.json()["error"] == (
        "ایک ساتھ بہت سی رپورٹیں موصول ہوئیں؛ یہ ایک منٹ میں دوبارہ بھیجی جائیں گی۔"
    )
    assert XAPIStatement.objects.count() == 3
    # Another learner is not held back by this one.
    other = UserFactory()
    other_client = Client()
    other_client.force_login(other)
    other_token = make_token(activity.current_version, other)
    assert report(other_client, other_token, statement(activity)).status_code == 201

"""The sandboxed player: token-authorised pages and files, never cookies, and strict headers."""

import json
import re

from django.test import Client

import pytest
import time_machine

from h5p.exports import actor
from h5p.player import embed_url
from h5p.tokens import make_token, read_token
from tests.factories import UserFactory

from .conftest import sorting_package, store

pytestmark = pytest.mark.django_db


def config_of(response):
    match = re.search(
        r'<script id="h5p-config" type="application/json">(.*?)</script>',
        response.content.decode(),
        re.DOTALL,
    )
    return json.loads(match.group(1))


def play_path(content, user=None, path=""):
    token = make_token(content.current_version, user)
    return f"/h5p/play/{token}/{path}", token


def test_the_embed_page_is_sandboxed_and_needs_no_cookie(activity):
    url, token = embed_url(activity.current_version, None)
    response = Client().get(url)
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert policy.startswith("sandbox allow-scripts;")
    assert "allow-same-origin" not in policy
    assert "frame-ancestors 'self' http://testserver" in policy
    assert "X-Frame-Options" not in response
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "no-referrer"
    config = config_of(response)
    assert config["contentId"] == activity.pk
    player = config["player"]
    assert player["h5pJsonPath"] == f"/h5p/play/{token}"
    assert player["librariesPath"] == f"/h5p/play/{token}/libraries"
    assert player["xAPIObjectIRI"] == activity.object_iri()
    assert player["embedType"] == "div"
    assert player["saveFreq"] is False  # nobody to save for
    assert "csrf" not in response.content.decode().lower()


def test_forged_malformed_and_expired_tokens_open_nothing(activity):
    good = make_token(activity.current_version, None)
    client = Client()
    for token in ("nonsense", good[:-2] + "xx", "a" * 600):
        assert client.get(f"/h5p/embed/{token}/").status_code == 404
        assert client.get(f"/h5p/play/{token}/h5p.json").status_code == 404
    with time_machine.travel("2099-01-01"):
        assert client.get(f"/h5p/embed/{good}/").status_code == 404
        assert read_token(good) is None


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        ("libraries/TIP.SortCards-1.0/library.json", "application/json"),
        ("libraries/TIP.SortCards-1.0/sort-cards.js", "text/javascript"),
        ("libraries/TIP.SortCards-1.0/sort-cards.css", "text/css"),
    ],
)
def test_files_are_served_with_their_type_and_strict_headers(activity, path, content_type):
    url, _token = play_path(activity, path=path)
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"].split(";")[0] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Content-Security-Policy"].startswith("sandbox;")
    assert "Set-Cookie" not in response


def test_only_files_of_the_package_are_served(activity):
    other = store(sorting_package(title="Another"))
    client = Client()
    for path in (
        "content/missing.png",
        "content/../h5p.json",
        "libraries/TIP.SortCards-1.0/../../h5p.json",
        "libraries/TIP.SortCards-1.0/nothing.js",
        "libraries/H5P.Other-1.0/library.json",
        "settings.py",
    ):
        url, _token = play_path(activity, path=path)
        assert client.get(url).status_code == 404, path
    # a token opens only its own version, even if another content's id is guessed
    token = make_token(other.current_version)
    assert read_token(token).content_id == other.pk
    assert client.get(f"/h5p/play/{token}/content/content.json").status_code == 200


def test_the_content_json_is_the_packages_own(activity):
    url, _token = play_path(activity, path="content/content.json")
    body = b"".join(Client().get(url).streaming_content)
    assert json.loads(body)["cards"][0]["text"] == "Situation 1"


def test_learners_state_is_restored_only_from_their_own_token(activity, client):
    learner = UserFactory()
    other = UserFactory()
    client.force_login(learner)
    token = make_token(activity.current_version, learner)
    response = client.post(
        "/h5p/state/",
        {"token": token, "state": json.dumps({"answers": ["a", None]})},
        content_type="application/json",
    )
    assert response.status_code == 200
    url, _ = embed_url(activity.current_version, learner)
    player = config_of(Client().get(url))["player"]
    assert player["contentUserData"] == [{"state": '{"answers": ["a", null]}'}]
    assert player["saveFreq"] == 30
    url, _ = embed_url(activity.current_version, other)
    assert "contentUserData" not in config_of(Client().get(url))["player"]


def test_embed_and_files_cost_constant_queries(activity, django_assert_max_num_queries):
    url, token = embed_url(activity.current_version, UserFactory())
    client = Client()
    with django_assert_max_num_queries(3):
        client.get(url)
    with django_assert_max_num_queries(2):
        client.get(f"/h5p/play/{token}/libraries/TIP.SortCards-1.0/sort-cards.js")


def test_a_separate_player_origin(activity, settings):
    settings.H5P_PLAYER_ORIGIN = "https://h5p.example.org"
    settings.WAGTAILADMIN_BASE_URL = "https://learning.example.org"
    url, _token = embed_url(activity.current_version, None)
    assert url.startswith("https://h5p.example.org/h5p/embed/")
    response = Client().get(url.removeprefix("https://h5p.example.org"))
    assert (
        "frame-ancestors 'self' https://learning.example.org"
        in (response["Content-Security-Policy"])
    )
    assert config_of(response)["parentOrigin"] == "https://learning.example.org"


def test_the_player_asks_for_the_platforms_files_in_cors_mode(activity):
    """In the opaque-origin frame the platform's images are foreign: fetched without CORS
    they taint a canvas. H5P asks in CORS mode for the URLs its crossoriginRegex matches."""
    url, token = embed_url(activity.current_version, UserFactory())
    integration = config_of(Client().get(url))["integration"]
    assert integration["crossorigin"] == "anonymous"
    pattern = re.compile(integration["crossoriginRegex"])  # JavaScript reads it alike
    image = f"/h5p/play/{token}/content/images/poster.png"
    assert pattern.search(image)
    assert pattern.search("http://testserver" + image)
    assert not pattern.search("https://www.youtube.com/iframe_api")
    other = make_token(activity.current_version, None)
    assert not pattern.search(f"/h5p/play/{other}/content/images/poster.png")
    response = Client().get(image.replace("images/poster.png", "content.json"))
    assert response["Access-Control-Allow-Origin"] == "*"


def test_the_players_actor_is_the_learners_pseudonym_of_the_export(activity):
    learner = UserFactory()
    url, _token = embed_url(activity.current_version, learner)
    config = config_of(Client().get(url))
    account = actor(learner.pk)["account"]
    assert (config["actor"], config["integration"]["siteUrl"]) == (
        account["name"],
        account["homePage"],
    )
    assert learner.email not in json.dumps(config)
    again = config_of(Client().get(embed_url(activity.current_version, learner)[0]))
    assert again["actor"] == config["actor"]  # the same on every load

    visitor = config_of(Client().get(embed_url(activity.current_version, None)[0]))
    assert visitor["actor"] == ""  # nobody to name; H5P makes up an id, nothing is kept

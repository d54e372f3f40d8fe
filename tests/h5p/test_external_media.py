"""Content that plays a video or a file from another website (YouTube, say): the player does
not load other websites, so the trainer is warned at upload, in their language."""

from wagtail.users.models import UserProfile

import pytest

from h5p.external import external_hosts
from h5p.models import H5PContent
from tests.h5p import packages
from tests.h5p.test_admin import ADD_URL, edit_url, upload

pytestmark = pytest.mark.django_db

YOUTUBE = {"path": "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "mime": "video/YouTube"}


def with_video(*sources):
    """The test type's content with an H5P.Video-shaped field of ``sources``."""
    return {**packages.CONTENT, "video": {"files": list(sources)}}


def test_external_hosts_finds_files_by_address_anywhere_in_the_content():
    content = {
        "interactiveVideo": {"video": {"files": [YOUTUBE]}},
        "slides": [
            {"image": {"path": "images/local.png", "mime": "image/png"}},
            {"image": {"path": "//cdn.example.org/a.png", "mime": "image/png"}},
            {"audio": [{"path": "HTTPS://media.example.org/a.mp3"}, YOUTUBE]},
        ],
        "link": {"url": "https://www.example.org/"},  # a link to follow, not a file to load
        "path": "not a file field",
    }
    assert external_hosts(content) == ["www.youtube.com", "cdn.example.org", "media.example.org"]
    assert external_hosts({"image": {"path": "https://[broken"}}) == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "This content plays a video or another file from another website"),
        ("ur", "یہ مواد کسی دوسری ویب سائٹ"),
    ],
)
def test_uploading_content_with_a_youtube_video_warns_that_it_will_not_play(
    client, admin, language, expected
):
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language  # the admin's language
    profile.save()
    data = packages.package(content=with_video(YOUTUBE))
    response = client.post(ADD_URL, upload(data), follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert expected in html
    assert "www.youtube.com" in html


def test_content_with_its_own_video_file_gets_no_warning(client, admin):
    local = {"path": "videos/talk.mp4", "mime": "video/mp4"}
    data = packages.package(content=with_video(local))
    response = client.post(ADD_URL, upload(data), follow=True)
    assert response.status_code == 200
    assert "another website" not in response.content.decode()


def test_the_warning_stays_on_the_content_page(client, admin):
    client.post(ADD_URL, upload(packages.package(content=with_video(YOUTUBE))))
    page = client.get(edit_url(H5PContent.objects.get())).content.decode()
    assert page.count("www.youtube.com") == 1
    assert 'class="help-block help-warning"' in page

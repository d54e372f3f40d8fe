"""The demo courses refer to other steps by the titles the outline shows, in both languages,
and promise no page the site does not have."""

import re

import pytest

from courses.demo import awareness, foundations

CONTENT = [foundations, awareness]
QUOTED = re.compile(r'"([^"]+)"')


def strings(value):
    """Every string in a course's data, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from strings(item)


def step_titles(content):
    return {step["title"] for module in content.COURSE["modules"] for step in module["steps"]}


@pytest.mark.parametrize("content", CONTENT, ids=lambda c: c.__name__)
def test_no_step_is_referred_to_by_a_number(content):
    texts = [*strings(content.COURSE), *content.UR.values()]
    numbered = [t for t in texts if re.search(r"\b(Lesson|Step|Module) \d|(سبق|مرحلہ) \d", t)]
    assert numbered == []


@pytest.mark.parametrize("content", CONTENT, ids=lambda c: c.__name__)
def test_references_to_lessons_use_their_titles_in_both_languages(content):
    titles = step_titles(content)
    urdu_titles = {content.UR[title] for title in titles}
    for english, urdu in content.UR.items():
        if "lesson" not in english.lower():
            continue
        for quoted in QUOTED.findall(english):
            assert quoted in titles, english
        for quoted in QUOTED.findall(urdu):
            assert quoted in urdu_titles, urdu
    assert any(QUOTED.search(e) for e in content.UR if "lesson" in e.lower()) or (
        content is awareness
    )


@pytest.mark.parametrize("content", CONTENT, ids=lambda c: c.__name__)
def test_no_text_sends_readers_to_a_how_to_report_page(content):
    texts = [*strings(content.COURSE), *content.UR.values()]
    promises = [t for t in texts if re.search(r"page of this site|ویب سائٹ کے صفحے", t)]
    assert promises == []

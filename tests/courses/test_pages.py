import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.blocks import StructBlockValidationError
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.test.utils import WagtailPageTestCase

import pytest
from PIL import Image as PILImage

from cms.blocks import ContentBlock, VideoBlock
from cms.models import HomePage
from courses.models import (
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    H5PActivityPage,
    LessonPage,
)
from quizzes.models import QuizPage


class PageRulesTests(WagtailPageTestCase):
    def test_course_tree_shape(self):
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertCanCreateAt(CourseIndexPage, CoursePage)
        self.assertCanCreateAt(CoursePage, CourseModulePage)
        self.assertCanCreateAt(CoursePage, LessonPage)
        self.assertCanCreateAt(CourseModulePage, LessonPage)
        self.assertCanNotCreateAt(HomePage, CoursePage)
        self.assertCanNotCreateAt(CourseIndexPage, LessonPage)
        self.assertCanNotCreateAt(LessonPage, LessonPage)
        self.assertCanNotCreateAt(CourseModulePage, CourseModulePage)
        self.assertCanCreateAt(CourseModulePage, H5PActivityPage)
        self.assertCanNotCreateAt(H5PActivityPage, LessonPage)
        self.assertAllowedSubpageTypes(
            CoursePage, {CourseModulePage, LessonPage, QuizPage, H5PActivityPage}
        )


@pytest.fixture
def image(db):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return Image.objects.create(title="Kiln", file=ImageFile(buffer, name="kiln.png"))


@pytest.fixture
def document(db):
    return Document.objects.create(
        title="Form", file=ContentFile(b"%PDF-1.4 test", name="form.pdf")
    )


@pytest.fixture
def h5p_content(db, media_root):
    from tests.h5p.conftest import sorting_package, store

    return store(sorting_package())


def sample_values(image, document, h5p_content=None):
    return {
        "h5p": {"content": h5p_content, "caption": "Try it"},
        "image": {"image": image, "alt": "Workers at a brick kiln", "caption": "A kiln"},
        "video": {"title": "Interview", "file": document, "url": "", "transcript": "<p>Said.</p>"},
        "audio": {"title": "Narration", "file": document, "transcript": "<p>Heard.</p>"},
        "document": {"document": document, "title": "Referral form", "description": "Print it."},
    }


def test_every_content_block_renders(image, document, h5p_content):
    stream = ContentBlock()
    values = sample_values(image, document, h5p_content)
    for name, block in stream.child_blocks.items():
        raw = values.get(name) or block.get_preview_value()
        value = block.normalize(raw)
        html = block.render(value, context={"block_id": "b1"})
        assert html.strip(), name
        assert "<h1" not in html, f"{name} must not add a second <h1>"
    image_html = stream.child_blocks["image"].render(
        stream.child_blocks["image"].to_python(
            stream.child_blocks["image"].get_prep_value(values["image"])
        )
    )
    assert 'alt="Workers at a brick kiln"' in image_html and "srcset" in image_html


def test_scenario_reveals_the_answer_without_javascript():
    block = ContentBlock().child_blocks["scenario"]
    html = block.render(block.get_preview_value())
    assert "<details" in html and "<summary>" in html


def test_indicator_checkboxes_are_labelled():
    block = ContentBlock().child_blocks["indicators"]
    html = block.render(block.get_preview_value(), context={"block_id": "abc"})
    assert 'id="ind-abc-1"' in html and 'for="ind-abc-1"' in html
    assert 'aria-describedby="ind-abc-1-why"' in html


def test_video_needs_exactly_one_source(document):
    block = VideoBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"title": "x", "file": None, "url": "", "transcript": ""}))
    with pytest.raises(StructBlockValidationError):
        block.clean(
            block.to_python(
                {"title": "x", "file": document.pk, "url": "https://x.org/v", "transcript": ""}
            )
        )
    assert block.clean(block.to_python({"title": "x", "url": "https://x.org/v", "transcript": ""}))

"""A trainer writes a new bank question from the quiz editor's chooser, without leaving it."""

from django.contrib.auth.models import Group

from allauth.mfa.totp.internal.auth import TOTP
from playwright.sync_api import expect

from quizzes.models import Question
from tests.browser.test_h5p_real_export import leave_the_editor, staff_sign_in
from tests.factories import UserFactory
from tests.factories.courses import course
from tests.factories.quizzes import question, quiz

PROMPT = "A victim who agreed to travel cannot be a victim of trafficking."


def test_a_new_question_written_in_the_chooser_lands_in_the_quiz(new_page, home_pages):
    page, _lessons = course(steps=1)
    quiz_page = quiz(page, [question("single", prompt="Which sign?")])
    trainer = UserFactory()
    trainer.groups.add(Group.objects.get(name="Trainers"))
    TOTP.activate(trainer, "KRSXG5CTMVRXEZLU")
    browser_page = new_page()
    staff_sign_in(browser_page, trainer, "KRSXG5CTMVRXEZLU")

    browser_page.goto(f"/admin/pages/{quiz_page.pk}/edit/")
    expect(browser_page.locator(".chooser__title").first).to_have_text("Single choice: Which sign?")
    browser_page.locator(".c-sf-add-button").last.click()
    modal = browser_page.locator(".modal-content")
    if not modal.is_visible():
        browser_page.locator("[data-chooser-action-choose]:visible").last.click()
    modal.get_by_role("tab", name="Write a new question").click()
    modal.locator("select[name=kind]").select_option("true_false")
    modal.locator("textarea[name=prompt]").fill(PROMPT)
    modal.locator("textarea[name=explanation]").fill("Consent does not count once deceived.")
    for number, text in enumerate(["True", "False"]):
        modal.locator(".c-sf-add-button").last.click()
        modal.locator(f"input[name='options-{number}-value-text']").fill(text)
    modal.locator("input[name='options-1-value-correct']").check()
    modal.get_by_role("button", name="Add to the bank and choose").click()

    expect(modal).to_be_hidden()
    expect(browser_page.locator(".chooser__title").last).to_have_text(f"True or false: {PROMPT}")
    browser_page.get_by_role("button", name="Save draft").click()
    expect(browser_page.locator(".messages")).to_contain_text("has been updated")
    leave_the_editor(browser_page)
    created = Question.objects.get(prompt=PROMPT)
    quiz_page.refresh_from_db()
    chosen = [block.value for block in quiz_page.get_latest_revision_as_object().fixed_questions]
    assert created in chosen
    assert [value["correct"] for _id, value in created.option_values] == [False, True]

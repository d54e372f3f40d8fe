import pytest
from tests.browser.test_course_journey import *  # noqa
from tests.browser.test_course_journey import assert_heading_starts_at_the_right, assert_mostly_urdu, sign_up_and_confirm, sign_in

def test_scratch(new_page, foundations):
    page = new_page(viewport=PHONE, bypass_csp=True)
    sign_up_and_confirm(page, "x@example.org")
    print("signed in after confirm:", page.locator(".account-menu form button").is_visible(), page.url)
    page.goto(foundations["lessons"]["en"][2].url)
    for fn, arg in [(assert_heading_starts_at_the_right, page), (assert_mostly_urdu, page.locator("article.lesson").inner_text())]:
        try:
            fn(arg); print(fn.__name__, "PASSED on English (bad)")
        except AssertionError as e:
            print(fn.__name__, "failed on English as it should:", str(e)[:150])
    anon = new_page(bypass_csp=True)
    for lang in ["en", "ur"]:
        for who, p in [("learner", page), ("visitor", anon)]:
            for path in [f"/{lang}/courses/", foundations[lang].url, foundations["lessons"][lang][0].url]:
                r = p.goto(path)
                if not r.url.endswith(path): print(who, path, "->", r.url); continue
                p.add_script_tag(path=AXE_SCRIPT)
                v = p.evaluate(RUN_AXE)
                print(who, path, [(x["id"], x["impact"], x["targets"][:3]) for x in v])

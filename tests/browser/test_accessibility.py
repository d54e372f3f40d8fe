"""Accessibility and security a browser can check: axe-core scans, the skip link, the CSP."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE_SCRIPT

pytestmark = pytest.mark.browser

PAGES = [
    "/en/",
    "/ur/",
    "/en/accounts/login/",
    "/ur/accounts/login/",
    "/en/accounts/signup/",
    "/ur/accounts/signup/",
]

BLOCKING_IMPACTS = {"serious", "critical"}

RUN_AXE = """async () => {
    await document.fonts.ready;
    const results = await axe.run(document, {resultTypes: ["violations"]});
    return results.violations.map(v => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map(node => node.target.join(" ")),
    }));
}"""

INJECT_INLINE_SCRIPT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true;";
    document.head.append(script);
}"""


def describe(violations):
    return "\n".join(
        f"- {v['id']} ({v['impact']}): {v['help']}\n    " + "\n    ".join(v["targets"])
        for v in violations
    )


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_serious_violations(new_page, path):
    # axe is injected as an inline script, which the site's CSP rightly refuses.
    page = new_page(bypass_csp=True)
    assert page.goto(path).status == 200
    page.add_script_tag(path=AXE_SCRIPT)

    violations = page.evaluate(RUN_AXE)
    blocking = [v for v in violations if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], f"axe-core on {path}:\n{describe(blocking)}"


@pytest.mark.parametrize("language", ["en", "ur"])
def test_first_tab_reveals_the_skip_link_and_it_moves_focus_to_main(page, language):
    page.goto(f"/{language}/")
    skip_link = page.locator(".skip-link")
    expect(skip_link).not_to_be_in_viewport()

    page.keyboard.press("Tab")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport(ratio=1)

    page.keyboard.press("Enter")
    expect(page.locator("main#main")).to_be_focused()


def test_pages_run_under_the_csp_without_violations(page):
    for path in PAGES:
        response = page.goto(path)
        assert "script-src 'self'" in response.headers["content-security-policy"], path
        page.evaluate("async () => { await document.fonts.ready; }")
    assert page.console.messages == []

    # The listener does hear the browser refuse what the policy forbids.
    with page.expect_console_message(lambda m: "Content Security Policy" in m.text):
        page.evaluate(INJECT_INLINE_SCRIPT)
    assert page.evaluate("window.injected") is None
    assert page.console.csp_violations()

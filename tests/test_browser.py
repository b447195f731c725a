"""End to end in headless Debian Chromium, driven by Playwright (no browser download).

Skipped, with the reason shown, where /usr/bin/chromium is missing; `.ci/run` installs it.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = Path(os.environ.get("KB_TEST_CHROMIUM", "/usr/bin/chromium"))
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} not installed (apt-get install chromium)")
# Flags for a sandboxed, offline machine: no background calls home, no first-run UI.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def base_url(knowledge_base, index_dir):
    from webapp import create_app

    app = create_app({"KB_INDEX_DIR": str(index_dir)}, knowledge_base=knowledge_base)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(browser, base_url):
    context = browser.new_context(base_url=base_url)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base_url)
    page = context.new_page()
    yield page
    context.close()


def test_type_a_question_and_read_the_verbatim_answer(page, knowledge_base):
    page.goto("/")
    page.get_by_label("Your health question").fill("how is a weak cervix diagnosed")
    page.get_by_role("button", name="Search").click()
    first = page.locator(".result").first
    assert first.locator(".breadcrumb").inner_text() == "Incompetent cervix › Diagnosis & treatment"
    assert first.locator(".question").inner_text() == "How is incompetent cervix diagnosed?"
    passage = next(p for p in knowledge_base.passages if p.question == "How is incompetent cervix diagnosed?")
    for paragraph in passage.answer.split("\n\n"):
        assert paragraph in first.locator(".answer").inner_text()
    assert "does not provide medical advice" in first.inner_text()
    assert "q=how+is+a+weak+cervix+diagnosed" in page.url


def test_follow_a_permalink(page):
    page.goto("/?q=cerclage")
    page.locator(".result .question a").first.click()
    assert page.locator("h1").inner_text() == "How is incompetent cervix treated?"
    assert "/passages/" in page.url


def test_no_answer_state(page):
    page.goto("/?q=how+to+cook+rice")
    assert page.get_by_role("heading", name="No approved answer found").is_visible()
    assert page.locator(".result").count() == 0


def test_copy_answer_puts_the_exact_text_on_the_clipboard(page, knowledge_base):
    page.goto("/?q=cerclage")
    first = page.locator(".result").first
    first.get_by_role("button", name="Copy answer").click()
    first.get_by_text("Copied.").wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    passage = next(p for p in knowledge_base.passages if p.question == "How is incompetent cervix treated?")
    assert copied.startswith(passage.answer + "\n\n")
    assert "Hello Health Group does not provide medical advice, diagnosis or treatment." in copied


def test_keyboard_only_search(page):
    page.goto("/")
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")  # brand
    for _ in range(6):
        if page.evaluate("document.activeElement.id") == "q":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "q"
    page.keyboard.type("symptoms of a weak cervix")
    page.keyboard.press("Enter")
    page.locator(".result").first.wait_for()
    assert page.locator(".result .question").first.inner_text() == "What are the symptoms of incompetent cervix?"


@pytest.mark.parametrize("path", ["/", "/?q=symptoms+of+a+weak+cervix", "/?q=how+to+cook+rice", "/browse"])
def test_no_serious_or_critical_accessibility_violations(page, path):
    """axe-core (bundled in axe-playwright-python) on the search, results, no-answer and browse pages."""
    from axe_playwright_python.sync_playwright import Axe

    page.goto(path)
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], v["help"]) for v in violations if v["impact"] in ("serious", "critical")]
    assert serious == []


def test_page_runs_under_its_content_security_policy(page):
    """The copy button works and the browser reports no CSP violation."""
    violations = []
    page.on("console", lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None)
    page.goto("/?q=cerclage")
    assert page.locator(".copy-button").first.is_visible()  # copy.js ran
    assert violations == []

"""The server-rendered search page."""

from __future__ import annotations

from html import unescape

from webapp.present import answer_blocks


def page(client, query=None):
    response = client.get("/", query_string={"q": query} if query is not None else None)
    return response, response.get_data(as_text=True)


def test_empty_page_has_a_labelled_form_that_works_without_javascript(client):
    response, html = page(client)
    assert response.status_code == 200
    assert '<form class="search" method="get"' in html
    assert '<label for="q">' in html and 'id="q" name="q"' in html
    # JavaScript only enhances: one external script, nothing inline, nothing the form needs.
    assert html.count("<script") == 1 and '<script src="/static/copy.js" defer></script>' in html


def test_result_shows_title_section_question_answer_source_and_disclaimer(client):
    _, html = page(client, "how is a weak cervix diagnosed")
    text = unescape(html)
    assert "Incompetent cervix › Diagnosis &amp; treatment" in html
    assert "How is incompetent cervix diagnosed?" in text
    assert "A pelvic exam lets your healthcare provider see your cervix" in text
    assert "2017-11-17" in html and "2019-12-08" in html and "Hello Doktor Medical Panel" in html
    assert "does not provide medical advice, diagnosis or treatment." in text


def test_bullets_render_as_a_list(client):
    _, html = page(client, "symptoms of a weak cervix")
    shown = html.split('<div class="answer">', 1)[1].split("</div>", 1)[0]
    assert "<li>Vaginal bleeding</li>" in shown
    assert "• Vaginal bleeding" not in shown


def test_no_answer_state(client):
    _, html = page(client, "how to cook rice")
    assert "No approved answer found" in html
    assert 'class="result"' not in html


def test_query_is_echoed_escaped(client):
    _, html = page(client, '<script>alert("x")</script>')
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html


def test_over_long_query_is_a_400_page(client):
    response, html = page(client, "x" * 2001)
    assert response.status_code == 400
    assert "longer than 2000 characters" in html


def test_unknown_page_is_an_html_404(client):
    response = client.get("/nope")
    assert response.status_code == 404
    assert response.mimetype == "text/html"


def test_answer_blocks_keep_every_piece_of_text():
    answer = "Intro:\n\n  • One\n  • Two, continued\n\nClosing line.\nSecond line."
    blocks = answer_blocks(answer)
    assert blocks == [
        {"kind": "p", "text": "Intro:"},
        {"kind": "ul", "items": ["One", "Two, continued"]},
        {"kind": "p", "text": "Closing line.\nSecond line."},
    ]


def test_results_link_to_their_permalink(client, knowledge_base):
    _, html = page(client, "cerclage")
    passage = next(p for p in knowledge_base.passages if p.question == "How is incompetent cervix treated?")
    assert f'href="/passages/{passage.id}"' in html


def test_permalink_page_shows_the_passage_in_its_article(client, knowledge_base):
    passage = next(p for p in knowledge_base.passages if p.question == "How is incompetent cervix treated?")
    response = client.get(f"/passages/{passage.id}")
    html = unescape(response.get_data(as_text=True))
    assert response.status_code == 200
    assert "<h1 class=\"question\">How is incompetent cervix treated?</h1>" in html
    assert "Surgery called cervical cerclage may be needed" in html
    assert "Hello Health Group does not provide medical advice" in html
    assert passage.id in html
    assert "What is incompetent cervix?" in html  # the rest of the article, linked


def test_unknown_permalink_is_an_html_404(client):
    response = client.get("/passages/nope")
    assert response.status_code == 404 and response.mimetype == "text/html"


def test_related_headings_for_an_unrelated_query_are_links_only(client):
    _, html = page(client, "how to cook rice")
    assert "Questions we do have answers for" in html
    assert 'class="answer"' not in html and 'class="result"' not in html


def test_old_review_is_flagged_for_staff(client, app):
    _, html = page(client, "cerclage")
    assert "Review due:" in html  # the seed was reviewed in 2017
    app.config["KB_REVIEW_MAX_AGE_DAYS"] = 365 * 100
    _, html = page(client, "cerclage")
    assert "Review due:" not in html


def test_search_results_show_passage_id_and_score(client):
    _, html = page(client, "cerclage")
    assert "<dt>Passage id</dt>" in html and "<dt>Score</dt>" in html


def test_browse_lists_every_article_section_and_question(client, knowledge_base):
    response = client.get("/browse")
    html = unescape(response.get_data(as_text=True))
    assert response.status_code == 200
    assert "<h2>Incompetent cervix</h2>" in html and "<h3>Risk factors</h3>" in html
    for passage in knowledge_base.passages:
        assert passage.question in html
    assert "12 questions in 3 articles" in html


def test_browse_filter_narrows_the_list(client):
    html = unescape(client.get("/browse", query_string={"filter": "flu"}).get_data(as_text=True))
    assert "Who should get a flu shot?" in html
    assert "What is incompetent cervix?" not in html
    assert "2 questions in 1 article" in html


def test_copy_text_is_the_exact_answer_then_source_and_disclaimers(client, knowledge_base, app):
    from webapp.present import copy_text

    passage = next(p for p in knowledge_base.passages if p.question == "How is incompetent cervix treated?")
    with app.app_context():
        text = copy_text(passage, app.config["KB_DISCLAIMER"])
    assert text.startswith(passage.answer + "\n\n")
    assert "Source: Reviewed by Hello Doktor Medical Panel; review date 2017-11-17" in text
    assert text.endswith(app.config["KB_DISCLAIMER"])
    _, html = page(client, "cerclage")
    assert f'data-copy-target="copy-{passage.id}"' in html
    assert f'<template id="copy-{passage.id}">' in html
    assert "<script>" not in html  # no inline script: the button comes from static/copy.js


def test_static_files_are_cacheable_but_search_pages_are_not(client):
    static = client.get("/static/style.css")
    assert "max-age=3600" in static.headers["Cache-Control"]
    static.close()
    assert client.get("/?q=cerclage").headers["Cache-Control"] == "no-store"


def test_matched_words_are_highlighted_and_the_text_is_unchanged(client):
    _, html = page(client, "cerclage stitch")
    assert "<mark>cerclage</mark>" in html and "<mark>stitch</mark>" in html
    assert "Surgery called cervical <mark>cerclage</mark> may be needed to <mark>stitch</mark> the cervix closed" in html


def test_a_corrected_spelling_is_shown_and_highlighted(client):
    _, html = page(client, "incompitent cervix")
    assert "Searched for “incompetent cervix”" in html
    assert "<mark>incompetent</mark>" in html.split('<div class="answer">', 1)[1]
    _, html = page(client, "incompetent cervix")
    assert "Searched for" not in html


def test_highlighting_escapes_content(client):
    _, html = page(client, "<b>cervix</b>")
    assert "<b>" not in html.split('<div class="answer">', 1)[1]


def test_search_by_post_keeps_the_query_out_of_the_url(client):
    response = client.post("/", data={"q": "cerclage"})
    html = unescape(response.get_data(as_text=True))
    assert response.status_code == 200 and "How is incompetent cervix treated?" in html
    assert response.headers["Cache-Control"] == "no-store"


def test_form_method_is_configurable(client, app):
    assert '<form class="search" method="get"' in page(client)[1]
    app.config["KB_FORM_METHOD"] = "post"
    assert '<form class="search" method="post"' in page(client)[1]


def test_referrer_policy_keeps_queries_on_this_site(client):
    assert client.get("/?q=cerclage").headers["Referrer-Policy"] == "same-origin"


def test_security_headers_on_pages_and_api(client):
    for url in ("/", "/?q=cerclage", "/api/v1/search?q=cerclage", "/browse"):
        headers = client.get(url).headers
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert "frame-ancestors 'none'" in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"

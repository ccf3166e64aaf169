"""tactful.markup: JSON-LD objects, job postings (JSON-LD and microdata), HTML to text."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.errors import BadInput
from tactful.markup import (
    drop_characters,
    html_to_mapped_text,
    html_to_text,
    identity,
    job_postings,
    json_ld_objects,
)


def page(*blocks: str, body: str = "") -> str:
    scripts = "".join(f'<script type="application/ld+json">{b}</script>' for b in blocks)
    return f"<!doctype html><html><head>{scripts}</head><body>{body}</body></html>"


POSTING = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Baker"}


def test_single_object() -> None:
    assert json_ld_objects(page(json.dumps(POSTING))) == [POSTING]


def test_array_of_objects_is_flattened() -> None:
    other = {"@type": "Organization", "name": "Acme"}
    assert json_ld_objects(page(json.dumps([POSTING, other]))) == [POSTING, other]


def test_graph_is_flattened_and_keeps_its_context() -> None:
    block = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Acme"},
            {"@type": "JobPosting", "title": "Nurse"},
        ],
    }
    objects = json_ld_objects(page(json.dumps(block)))
    assert [o["@type"] for o in objects] == ["WebSite", "JobPosting"]
    assert all(o["@context"] == "https://schema.org" for o in objects)


def test_several_blocks_in_document_order() -> None:
    html = page(json.dumps({"@type": "A"}), json.dumps([{"@type": "B"}, {"@type": "C"}]))
    assert [o["@type"] for o in json_ld_objects(html)] == ["A", "B", "C"]


def test_several_postings_including_nested_ones() -> None:
    second = {"@type": ["JobPosting"], "title": "Cook"}
    page_obj = {"@type": "WebPage", "mainEntity": {"@type": "JobPosting", "title": "Waiter"}}
    html = page(json.dumps([POSTING, second]), json.dumps(page_obj))
    assert [p["title"] for p in job_postings(html)] == ["Baker", "Cook", "Waiter"]


def test_broken_json_names_the_block() -> None:
    html = page(json.dumps(POSTING), '{"@type": "JobPosting", "title": }')
    with pytest.raises(BadInput, match="JSON-LD block 2 is not valid JSON"):
        json_ld_objects(html)
    with pytest.raises(BadInput, match="block 2"):
        job_postings(html)


def test_other_scripts_are_ignored_and_wrappers_tolerated() -> None:
    html = (
        '<script>var x = {"@type": "JobPosting"};</script>'
        '<script type="text/javascript">{"broken": </script>'
        '<script type="application/ld+json; charset=utf-8"><!--\n'
        + json.dumps(POSTING)
        + "\n--></script>"
    )
    assert json_ld_objects(html) == [POSTING]


def test_literal_newlines_inside_strings_are_accepted() -> None:
    html = page('{"@type": "JobPosting", "description": "line one\nline two"}')
    assert job_postings(html)[0]["description"] == "line one\nline two"


def test_no_json_ld_gives_empty_list() -> None:
    assert json_ld_objects("<p>nothing here</p>") == []
    assert job_postings("") == []


MICRODATA = """
<div itemscope itemtype="https://schema.org/JobPosting">
  <h1 itemprop="title">Data   Analyst</h1>
  <meta itemprop="datePosted" content="2026-03-01">
  <time itemprop="validThrough" datetime="2026-04-01">1 April</time>
  <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization">
    <span itemprop="name">Acme &amp; Co</span>
    <a itemprop="sameAs" href="https://acme.example">site</a>
  </div>
  <span itemprop="employmentType">FULL_TIME</span>
  <span itemprop="employmentType">PART_TIME</span>
  <div itemprop="description"><p>Analyse things.</p></div>
</div>
"""


def test_microdata_fallback_is_converted_to_the_json_ld_shape() -> None:
    [posting] = job_postings(MICRODATA)
    assert posting == {
        "@type": "JobPosting",
        "title": "Data Analyst",
        "datePosted": "2026-03-01",
        "validThrough": "2026-04-01",
        "hiringOrganization": {
            "@type": "Organization",
            "name": "Acme & Co",
            "sameAs": "https://acme.example",
        },
        "employmentType": ["FULL_TIME", "PART_TIME"],
        "description": "Analyse things.",
    }


def test_json_ld_wins_over_microdata() -> None:
    html = page(json.dumps(POSTING), body=MICRODATA)
    assert job_postings(html) == [POSTING]


def test_html_to_text_blocks_lists_scripts_entities() -> None:
    html = (
        "<html><head><title>Hidden</title><style>p{color:red}</style></head><body>"
        "<h1>Dev &amp; Ops</h1><p>Hello\n   world,&nbsp;caf&eacute;</p>"
        "<script>document.write('<p>no</p>')</script>"
        "<ul><li>one</li><li>two<ul><li>inner</li></ul></li></ul><p>a<br>b</p></body></html>"
    )
    assert html_to_text(html) == (
        "Dev & Ops\n\nHello world,\xa0café\n\n- one\n- two\n  - inner\n\na\nb"
    )


def test_html_to_text_keeps_pre_and_plain_less_than() -> None:
    assert html_to_text("<pre>a\n  b</pre><p>x < y</p>") == "a\n  b\n\nx < y"


def test_mapped_spans_point_into_the_source() -> None:
    html = "<p>Caf&eacute; <b>rock</b>star &amp; more</p>"
    mapped = html_to_mapped_text(html)
    assert mapped.text == "Café rockstar & more"
    start = mapped.text.index("Café")
    s, e = mapped.source_span(start, start + 4)
    assert html[s:e] == "Caf&eacute;"
    start = mapped.text.index("&")
    s, e = mapped.source_span(start, start + 1)
    assert html[s:e] == "&amp;"


def test_dropped_characters_keep_the_map_to_the_source() -> None:
    marks = re.compile("[\u200b\u200f]")
    plain = "rock\u200bstar \u200fguru"
    dropped = drop_characters(identity(plain), marks)
    assert dropped.text == "rockstar guru"
    assert dropped.source == plain
    s, e = dropped.source_span(0, len("rockstar"))
    assert plain[s:e] == "rock\u200bstar"
    start = dropped.text.index("guru")
    assert plain[slice(*dropped.source_span(start, start + 4))] == "guru"
    html = "<p>\u200fCaf&eacute;\u200b &amp; more</p>"
    dropped = drop_characters(html_to_mapped_text(html), marks)
    assert dropped.text == "Café & more"
    assert html[slice(*dropped.source_span(0, 4))] == "Caf&eacute;"
    amp = dropped.text.index("&")
    assert html[slice(*dropped.source_span(amp, amp + 1))] == "&amp;"
    unchanged = identity("no marks")
    assert drop_characters(unchanged, marks) is unchanged


words = st.text(alphabet="abcdefgé’ \u00a0\u200f", min_size=1, max_size=12).filter(
    lambda w: w.strip() != ""
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["p", "li", "b", "span", "h2"]), words), max_size=6))
def test_every_visible_character_maps_back_to_itself(parts: list[tuple[str, str]]) -> None:
    html = "".join(f"<{tag}>{text}</{tag}>" for tag, text in parts)
    mapped = html_to_mapped_text(html)
    for index, char in enumerate(mapped.text):
        s, e = mapped.source_span(index, index + 1)
        if e - s == 1:
            assert html[s] == char
        elif e - s > 1:
            assert char == " "
            assert html[s:e].isspace()
        else:
            assert char in "\n- "
            assert html[s] == "<"
    assert "".join(mapped.text.replace("- ", "").split()) == "".join(
        "".join(text.split()) for _, text in parts
    )

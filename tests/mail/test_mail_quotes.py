"""Quoted-reply removal: what the employer wrote, apart from the candidate's email below it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tactful.mail.quotes import html_to_text_and_quoted, lines_after, split_quoted

NEW = "Thanks, we'd like to invite you to a second interview.\n\nBest,\nTessa"

QUOTES = {
    "gmail, attribution wrapped over two lines": (
        "On Tue, 24 Nov 2026 at 09:15, Alex Morgan <\nalex.morgan@fastmail.com> wrote:\n"
        "> Dear Tessa,\n>\n> I received another offer.\n"
    ),
    "apple mail, attribution inside the quote": (
        "> On 24 Nov 2026, at 09:15, Alex Morgan <alex@x.example> wrote:\n>\n> Dear Tessa,\n"
    ),
    "gmail in french": (
        "Le mar. 24 nov. 2026 à 09:15, Camille Martin <camille@x.example> a écrit :\n"
        "> Bonjour,\n> j'ai reçu une autre proposition.\n"
    ),
    "thunderbird in french": (
        "Le 25/11/2026 à 09:05, Inès Benali a écrit :\n> Bonjour Madame Roux,\n"
    ),
    "outlook, original message": (
        "-----Original Message-----\nFrom: Alex <alex@x.example>\nSent: Tuesday, November 24, "
        "2026 6:02 PM\nTo: Tessa\nSubject: Thank you\n\nDear Tessa, thank you for the offer.\n"
    ),
    "outlook, underscores and a header block": (
        "________________________________\nFrom: Alex Morgan <alex@x.example>\nSent: Tuesday, "
        "November 24, 2026 6:02 PM\nTo: Tessa Okafor\nSubject: Thank you\n\nDear Tessa,\n"
    ),
    "outlook in french": (
        "De : Camille Martin <camille@x.example>\nEnvoyé : mardi 17 novembre 2026 18:30\n"
        "À : Sophie Lefèvre\nObjet : Merci pour l'entretien\n\nBonjour Madame Lefèvre,\n"
    ),
    "outlook in french, message d'origine": (
        "----- Message d'origine -----\nDe : Camille <c@x.example>\nDate : 17/11/2026\n"
        "Objet : Merci\n\nBonjour,\n"
    ),
    "forwarded": (
        "---------- Forwarded message ---------\nFrom: Ruth <r@x.example>\nDate: Mon\n\nFYI\n"
    ),
}


@pytest.mark.parametrize("name", list(QUOTES))
def test_each_client_quote_style_is_set_apart(name: str) -> None:
    new, quoted = split_quoted(f"{NEW}\n\n{QUOTES[name]}")
    assert new == NEW
    assert quoted == QUOTES[name].strip()


def test_crlf_and_no_quote() -> None:
    assert split_quoted("Hello,\r\n\r\nSee you.\r\n") == ("Hello,\n\nSee you.", "")


def test_inline_replies_keep_the_employers_lines() -> None:
    text = (
        "> Could you tell me the salary range?\nIt is 45 to 50k.\n> And the start date?\nJanuary."
    )
    new, quoted = split_quoted(text)
    assert new == "It is 45 to 50k.\nJanuary."
    assert quoted == "> Could you tell me the salary range?\n> And the start date?"


def test_a_from_line_in_the_text_is_not_a_quote_header() -> None:
    text = "Hi Sam,\n\nFrom: our side, everything is ready.\nThe panel meets Tuesday.\n\nHelen"
    assert split_quoted(text) == (text, "")


def test_on_at_the_start_of_a_sentence_is_not_an_attribution() -> None:
    text = "On Monday we will decide.\nI will write to you then."
    assert split_quoted(text) == (text, "")


def test_a_message_that_is_only_a_quote_keeps_it_as_quoted() -> None:
    new, quoted = split_quoted("On Tue, 1 Dec 2026, Sam <s@x.example> wrote:\n> Hello\n")
    assert new == ""
    assert quoted.startswith("On Tue")


def test_html_quotes_of_each_client_are_cut_from_the_tree() -> None:
    cases = {
        "gmail": (
            "<div class='gmail_quote'>On Tue wrote:<blockquote>old offer text</blockquote></div>"
        ),
        "apple": "<blockquote type='cite'><div>old offer text</div></blockquote>",
        "thunderbird": (
            "<div class='moz-cite-prefix'>Le 25/11/2026, X a écrit :</div>"
            "<blockquote type='cite'>old offer text</blockquote>"
        ),
        "outlook web": (
            "<div id='appendonsend'></div><hr><div id='divRplyFwdMsg'><b>From:</b> X</div>"
            "<div>old offer text</div>"
        ),
        "outlook desktop": (
            "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p><b>From:</b> X</p></div><p>old offer text</p>"
        ),
    }
    for client, quote in cases.items():
        html = f"<html><body><div><p>Hello Alex,</p><p>We regret.</p>{quote}</div></body></html>"
        new, quoted = html_to_text_and_quoted(html)
        assert new == "Hello Alex,\n\nWe regret.", client
        assert "old offer text" in quoted, client


def test_html_without_body_or_with_tag_soup() -> None:
    assert html_to_text_and_quoted("<p>Bonjour<br>à bientôt") == ("Bonjour\nà bientôt", "")
    assert html_to_text_and_quoted("") == ("", "")
    new, _ = html_to_text_and_quoted("<div><blockquote type=cite><div>x</blockquote></p></span>y")
    assert "x" not in new


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["\n", "From: a", "Sent: x", "To: y", "Subject: z", "hi", " ", "\r"])
    ).map("".join),
    st.data(),
)
def test_lines_after_are_those_of_the_rest_split(text: str, data: st.DataObject) -> None:
    # the rest of a long message was split at every "From:" (the square of its length)
    at = data.draw(st.integers(0, len(text)))
    count = data.draw(st.integers(0, 7))
    assert lines_after(text, at, count) == text[at:].split("\n")[1 : count + 1]


def test_a_message_of_many_from_lines_is_read_to_its_end() -> None:
    text = (
        "Thanks!\n"
        + "From: a\n" * 5_000
        + "\n" * 5
        + "From: HR\nSent: Monday\nTo: Sam\nSubject: Re\n\nold"
    )
    new, quoted = split_quoted(text)
    assert new.startswith("Thanks!")
    assert new.count("From: a") == 5_000  # no header block follows them: they are the new text
    assert quoted == "From: HR\nSent: Monday\nTo: Sam\nSubject: Re\n\nold"

"""`tactful draft --ai` end to end, against a real chat-completions server on loopback."""

from __future__ import annotations

import pytest

from ai_server import ScriptedChatServer, UnknownModel, closed_port_url
from conftest import CLI
from tactful.policy import article

from .conftest import ADA, AFTER_INTERVIEW, DETAIL, GRACE, SELLING, STATUS_OPEN

GOOD = (
    "Subject: Thank you for Friday\n\n"
    "Dear Ada,\n\n"
    "Thank you for taking the time to meet with me on Friday. I especially enjoyed our talk "
    "about your plan to move billing to event sourcing.\n\n"
    "Our conversation made me even more excited about joining Acme. My five years of building "
    "streaming pipelines would let me help from day one.\n\n"
    "Best regards,\nSam Doe"
)
PUSHY = (
    "Subject: Thank you\n\n"
    "Dear Ada,\n\n"
    "Thank you for meeting me about your plan to move billing to event sourcing. I really need "
    "this job, so I need an answer by Friday. I'll call you on Monday to discuss.\n\n"
    "Best regards,\nSam Doe"
)
GOOD_STATUS = (
    "Subject: Data Engineer role\n\n"
    "Dear Ada,\n\n"
    "I enjoyed our conversation about your plan to move billing to event sourcing. Could you "
    "tell me how the hiring process is going?\n\n"
    "One thing I did not mention: I led the migration of 40 services to Kubernetes.\n\n"
    "I remain very interested in the role. Thank you for your time.\n\n"
    "Best regards,\nSam Doe"
)


@pytest.fixture(autouse=True)
def after_interview(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_NOW", AFTER_INTERVIEW)


def _round(cli: CLI, *people: str) -> str:
    app_id = str(cli("application", "add", "--company", "Acme", "--role", "Data Engineer",
                     "--json").json()["id"])  # fmt: skip
    args = ["interview", "add", app_id, "--at", "2026-11-20 10:00", "--json"]
    for person in people or (ADA,):
        args += ["--interviewer", person]
    args += ["--detail", DETAIL, "--selling-point", SELLING]
    args += ["--forgot", "I led the migration of 40 services to Kubernetes"]
    iv = str(cli(*args).json()["id"])
    cli("config", "set", "me.name", "Sam Doe")
    return iv


def test_good_ai_draft_is_streamed_checked_and_kept(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    iv = _round(cli)
    with ScriptedChatServer([GOOD]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai")
    assert r.code == 0, r.err
    assert r.out.startswith("To: Ada Lovelace <ada@acme.example>\nSubject: Thank you for Friday")
    assert "My five years of building streaming pipelines" in r.out
    # Streamed to the terminal (stderr) as it arrived, then printed whole on stdout.
    assert "excited about joining Acme." in r.err
    (request,) = server.chat_requests
    assert request.stream
    system, user = request.messages
    assert system["role"] == "system"
    assert article.THANK_YOU_CONTENT in system["content"]
    assert article.REFER_TO_INTERVIEW in system["content"]
    assert "Subject: " in system["content"]
    assert DETAIL in user["content"]
    assert SELLING in user["content"]
    assert "Ada Lovelace" in user["content"]
    assert "Sam Doe" in user["content"]


def test_json_mode_does_not_stream_and_reports_the_source(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    iv = _round(cli)
    with ScriptedChatServer([GOOD]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    (draft,) = r.json()["drafts"]
    assert draft["source"] == "ai"
    assert draft["subject"] == "Thank you for Friday"
    assert draft["body"].startswith("Dear Ada,")
    assert draft["body"].endswith("Sam Doe")
    assert draft["check"]["verdict"] == "ok"
    assert not server.chat_requests[0].stream
    assert r.err == ""


def test_pushy_draft_is_caught_and_retried_with_the_findings(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    iv = _round(cli)
    with ScriptedChatServer([PUSHY, GOOD]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    (draft,) = r.json()["drafts"]
    assert draft["source"] == "ai"
    assert draft["subject"] == "Thank you for Friday"
    assert len(server.chat_requests) == 2
    retry = server.chat_requests[1].messages
    assert [m["role"] for m in retry] == ["system", "user", "assistant", "user"]
    assert retry[2]["content"].strip() == PUSHY
    feedback = retry[3]["content"]
    assert "checker found these problems" in feedback
    # The findings of the desperate, pressure and call rules are in the feedback.
    first = [m for m in feedback.splitlines() if m.startswith("- ")]
    assert len(first) >= 3


def test_human_mode_says_it_retries(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    iv = _round(cli)
    with ScriptedChatServer([PUSHY, GOOD]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai")
    assert r.code == 0
    line = next(x for x in r.err.splitlines() if "asking once more" in x)
    assert "call-or-visit" in line
    assert "desperate" in line
    assert "pressure" in line
    assert "I really need this job" not in r.out


def test_pushy_twice_falls_back_to_the_template_and_says_why(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    iv = _round(cli)
    with ScriptedChatServer([PUSHY, PUSHY]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
        template = cli("draft", iv, "thank-you", "--json").json()["drafts"][0]
        human = None
        server.add(PUSHY, PUSHY)
        human = cli("draft", iv, "thank-you", "--ai")
    (draft,) = r.json()["drafts"]
    assert len(server.chat_requests) == 4
    assert draft["source"] == "template"
    assert draft["body"] == template["body"]
    assert draft["check"]["verdict"] == "ok"
    (note,) = draft["notes"]
    assert note.startswith("the AI draft failed the check twice (")
    assert "showing the template draft" in note
    assert human.code == 0
    assert template["body"] in human.out
    fallback_lines = [x for x in human.err.splitlines() if "failed the check twice" in x]
    assert len(fallback_lines) == 1
    assert fallback_lines[0].startswith("tactful: ")


def test_an_answer_without_subject_is_retried(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    iv = _round(cli)
    with ScriptedChatServer([GOOD.split("\n\n", 1)[1], GOOD]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.json()["drafts"][0]["source"] == "ai"
    assert "Subject: " in server.chat_requests[1].messages[-1]["content"]


def test_one_request_per_interviewer(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    iv = _round(cli, ADA, GRACE)
    grace = GOOD.replace("Dear Ada", "Dear Grace")
    with ScriptedChatServer([GOOD, grace]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert [d["body"].split(",")[0] for d in r.json()["drafts"]] == ["Dear Ada", "Dear Grace"]
    assert "Grace Hopper" in server.chat_requests[1].messages[1]["content"]


def test_round_state_errors_do_not_trigger_a_retry(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Drafting a status inquiry early: 'too early' is about timing, no rewording fixes it."""
    iv = _round(cli)
    with ScriptedChatServer([GOOD_STATUS]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "status", "--ai", "--json")
    (draft,) = r.json()["drafts"]
    assert len(server.chat_requests) == 1
    assert draft["source"] == "ai"
    assert "too-early" in {f["rule"] for f in draft["check"]["findings"]}
    system = server.chat_requests[0].messages[0]["content"]
    assert article.STATUS_CONTENT in system
    assert "125 words" in system


def test_status_in_its_window_with_ai(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TACTFUL_NOW", STATUS_OPEN)
    iv = _round(cli)
    with ScriptedChatServer([GOOD_STATUS]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "status", "--ai", "--json")
    (draft,) = r.json()["drafts"]
    assert draft["source"] == "ai"
    assert draft["check"]["verdict"] == "ok"
    assert (
        "Qualification forgotten at the interview: I led the migration"
        in (server.chat_requests[0].messages[1]["content"])
    )


def test_endpoint_down_is_one_clear_line(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    iv = _round(cli)
    monkeypatch.setenv("TACTFUL_AI_BASE_URL", closed_port_url())
    monkeypatch.setenv("TACTFUL_AI_MODEL", "llama3.1")
    monkeypatch.setenv("TACTFUL_AI_API_KEY", "")
    monkeypatch.setenv("TACTFUL_AI_CONNECT_TIMEOUT", "2")
    r = cli("draft", iv, "thank-you", "--ai")
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith("tactful: error: ")
    assert r.err.count("\n") == 1
    assert "Traceback" not in r.err
    assert "without --ai" in r.err


def test_unknown_model_is_one_clear_line(cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    iv = _round(cli)
    with ScriptedChatServer([UnknownModel()]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.code == 2
    assert r.out == ""
    assert r.err.count("\n") == 1
    assert "scripted-model" in r.err


def test_ai_not_configured_says_how(cli: CLI) -> None:
    iv = _round(cli)
    r = cli("draft", iv, "thank-you", "--ai")
    assert r.code == 2
    assert "tactful ai configure" in r.err or "TACTFUL_AI_BASE_URL" in r.err


def test_ai_draft_is_taken_out_of_its_fence_without_the_models_comments(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model that wraps the email in a fence and adds a remark: the email is the fence's
    content; the remark and the backticks would otherwise pass the check and be sent."""
    iv = _round(cli)
    wrapped = f"Here is your note:\n\n```text\n{GOOD}\n```\n\nFeel free to adjust the tone!"
    with ScriptedChatServer([wrapped]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.code == 0, r.err
    [draft] = r.json()["drafts"]
    assert draft["source"] == "ai"
    assert draft["subject"] == "Thank you for Friday"
    assert draft["body"].endswith("Best regards,\nSam Doe")
    assert "```" not in draft["body"]
    assert "adjust the tone" not in draft["body"]


def test_ai_draft_that_goes_on_after_the_signature_is_asked_again(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    iv = _round(cli)
    chatty = GOOD + "\n\nLet me know if you would like a shorter version!"
    with ScriptedChatServer([chatty, chatty]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.code == 0, r.err
    [draft] = r.json()["drafts"]
    assert draft["source"] == "template"
    assert "shorter version" not in draft["body"]
    assert any("failed the check twice (format)" in n for n in draft["notes"])
    feedback = server.chat_requests[1].messages[-1]["content"]
    assert "goes on after the signature" in feedback


def _round_without_facts(cli: CLI) -> str:
    """A round with no detail and no selling point recorded: the drafts hold placeholders."""
    app_id = str(cli("application", "add", "--company", "Acme", "--role", "Data Engineer",
                     "--json").json()["id"])  # fmt: skip
    iv = cli("interview", "add", app_id, "--at", "2026-11-20 10:00", "--interviewer", ADA,
             "--json").json()["id"]  # fmt: skip
    cli("config", "set", "me.name", "Sam Doe")
    return str(iv)


INVENTED = (
    "Subject: Thank you for Friday\n\nDear Ada,\n\nThank you for taking the time to meet with "
    "me on Friday. I especially enjoyed our talk about your move to Kubernetes.\n\nOur "
    "conversation made me even more excited about joining Acme. My ten years of Rust would let "
    "me help from day one.\n\nBest regards,\nSam Doe"
)
COPIED = (
    "Subject: Thank you for Friday\n\nDear Ada,\n\nThank you for taking the time to meet with "
    "me on Friday. I especially enjoyed our talk about [a moment from the interview].\n\nOur "
    "conversation made me even more excited about joining Acme: [your key selling point] would "
    "let me help from day one.\n\nBest regards,\nSam Doe"
)


def test_ai_draft_that_fills_in_unrecorded_facts_is_asked_again(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No detail and no selling point are recorded: a model that writes some anyway states
    facts nobody gave (and would pass the check, so `send --ai` would send them). It is asked
    again; its second answer copies the placeholders, as told, and is kept with them."""
    iv = _round_without_facts(cli)
    with ScriptedChatServer([INVENTED, COPIED]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.code == 0, r.err
    feedback = server.chat_requests[1].messages[-1]["content"]
    assert "The placeholder “[your key selling point]” is gone" in feedback
    [draft] = r.json()["drafts"]
    assert draft["source"] == "ai"
    assert "Rust" not in draft["body"]
    assert {p["field"] for p in draft["placeholders"]} == {"detail", "selling_point"}
    assert draft["check"]["verdict"] == "revise"  # sending waits for the facts


def test_ai_draft_that_fills_in_unrecorded_facts_twice_gives_the_template(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    iv = _round_without_facts(cli)
    with ScriptedChatServer([INVENTED, INVENTED]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.code == 0, r.err
    [draft] = r.json()["drafts"]
    assert draft["source"] == "template"
    assert "Rust" not in draft["body"]
    assert any("failed the check twice (invented-fact)" in n for n in draft["notes"])


def test_ai_draft_cut_at_the_token_limit_is_asked_again(
    cli: CLI, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model that hits max_tokens ends mid-email ('finish_reason: length'); what it wrote
    may pass the check (the missing sign-off is a warning), and would be sent unfinished."""
    import json

    from ai_server import Raw

    iv = _round(cli)
    cut = GOOD.rsplit("\n\n", 1)[0]  # everything but the sign-off
    answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": cut},
                           "finish_reason": "length"}]}  # fmt: skip
    with ScriptedChatServer([Raw(json.dumps(answer)), GOOD]) as server:
        server.configure(monkeypatch)
        r = cli("draft", iv, "thank-you", "--ai", "--json")
    assert r.code == 0, r.err
    assert "stopped at the length limit" in server.chat_requests[1].messages[-1]["content"]
    [draft] = r.json()["drafts"]
    assert draft["source"] == "ai"
    assert draft["body"].endswith("Best regards,\nSam Doe")

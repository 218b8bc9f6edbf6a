"""Explanations by arguments: the argument a claim stands or falls by, its critical questions."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import argument_debates

from argmap.debate import Debate, DebateBuilder, evaluate
from argmap.explain import explain_arguments, explain_claim

TEACHING = "docs/examples/arguments-example.argmap.toml"

NEGATIVE_CONSEQUENCES_OPEN = (
    "Open questions of A2, raised by no one: 'How likely is it that C will follow if A is "
    "brought about?' (premise: the premise stands as stated); 'What evidence shows that A "
    "would bring C about?' (assumption: presumed to hold); 'Would A also have good "
    "consequences that ought to be weighed against C?' (exception: does not count)."
)


@pytest.fixture(scope="module")
def teaching() -> Debate:
    return Debate.load(TEACHING)


@pytest.mark.parametrize(
    ("claim", "semantics", "reading", "expected"),
    [
        (
            "mass-surveillance",
            "grounded",
            "evidential",
            "mass-surveillance stands because its only argument, the argument from verbal "
            "classification A1, stands: its premises scans and scanning-everyone are accepted; "
            "it is undercut by watch-list, which is rejected (answered by processed).",
        ),
        (
            "ban",
            "grounded",
            "evidential",
            "ban stays undecided because its only argument, the argument from negative "
            "consequences A2, does not stand: its premise mass-surveillance is accepted and its "
            "premise chilling is undecided.",
        ),
        (
            "ban",
            "preferred",
            "evidential",
            "ban stands in some extensions only because its only argument, the argument from "
            "negative consequences A2, stands in some extensions only: its premise "
            "mass-surveillance is accepted and its premise chilling is credulously accepted.",
        ),
        (
            "ban",
            "grounded",
            "necessary",
            "ban stays undecided because under the necessary reading a claim cannot stand "
            "without each premise of its arguments, and the premise chilling of A2 is undecided.",
        ),
        (
            "ban",
            "grounded",
            "deductive",
            "ban stands; under the deductive reading its arguments do not make it stand: they "
            "only pass attacks along.",
        ),
    ],
)
def test_the_teaching_map_names_the_argument_a_claim_stands_or_falls_by(
    teaching, claim, semantics, reading, expected
):
    explanation = explain_arguments(evaluate(teaching, semantics, reading), claim)
    assert explanation.sentences[0] == expected


def test_the_teaching_map_lists_the_open_questions_of_its_argument(teaching):
    explanation = explain_arguments(evaluate(teaching, "grounded", "necessary"), "ban")
    assert explanation.sentences[1:] == (
        "The argument from negative consequences A2 does not stand: its premise "
        "mass-surveillance is accepted and its premise chilling is undecided.",
        NEGATIVE_CONSEQUENCES_OPEN,
    )
    assert explanation.claims == ("ban", "mass-surveillance", "chilling")


def test_the_claim_explanation_tells_the_arguments_first_and_names_their_claims(teaching):
    explanation = explain_claim(teaching, "mass-surveillance", "grounded")
    text = explanation.text()
    assert "\nBy its arguments:\nmass-surveillance stands because its only argument" in text
    assert text.index("By its arguments:") < text.index("Grounded reasoning:")
    assert {"scans", "scanning-everyone", "watch-list", "processed"} <= set(explanation.claims)


def test_a_claim_without_arguments_gets_no_argument_sentences(teaching):
    assert explain_arguments(evaluate(teaching, "grounded"), "children").sentences == ()
    assert "By its arguments:" not in explain_claim(teaching, "children").text()


def _expert_debate(*, raise_bias: bool = True, answer: bool = True, deny: bool = False) -> Debate:
    b = DebateBuilder("Should the city ban the pesticide?")
    for c in ("ban", "expert", "says", "paid", "audit", "denial"):
        b.claim(c, c.capitalize() + ".")
    b.argument("A3", ["expert", "says"], "ban", scheme="expert-opinion")
    if raise_bias:
        b.attacks("paid", "expert", question="expert-opinion.bias")
    if answer:
        b.attacks("audit", "paid")
    if deny:
        b.attacks("denial", "says")
    return b.build()


def test_a_raised_question_names_the_claim_that_raised_it_and_how_it_fared():
    result = evaluate(_expert_debate(), "grounded")
    sentences = explain_arguments(result, "ban").sentences
    assert sentences[0] == (
        "ban stands because its only argument, the argument from expert opinion A3, stands: "
        "its premises expert and says are accepted."
    )
    assert sentences[1] == (
        "Of A3, the question 'Is E personally unreliable: biased, dishonest or self-interested?' "
        "was raised by paid, which is rejected (answered by audit)."
    )
    assert sentences[2].startswith("Open questions of A3, raised by no one: 'How credible is E")
    assert "personally unreliable" not in sentences[2]


def test_an_unanswered_question_defeats_the_premise_it_raises():
    result = evaluate(_expert_debate(answer=False), "grounded")
    sentences = explain_arguments(result, "ban").sentences
    assert sentences[0] == (
        "ban falls because its only argument, the argument from expert opinion A3, does not "
        "stand: its premise says is accepted and its premise expert is rejected."
    )
    assert sentences[1].endswith("was raised by paid, which is accepted.")


def test_a_claim_falls_because_a_premise_of_its_only_argument_falls():
    result = evaluate(_expert_debate(raise_bias=False, deny=True), "grounded")
    assert explain_arguments(result, "ban").sentences[0] == (
        "ban falls because its only argument, the argument from expert opinion A3, does not "
        "stand: its premise expert is accepted and its premise says is rejected."
    )


def test_convergent_arguments_name_the_one_that_stands_then_the_others():
    b = DebateBuilder("Q?")
    for c in ("c", "p1", "p2", "q", "x"):
        b.claim(c, c)
    b.argument("A1", ["p1", "p2"], "c")
    b.argument("A2", ["q"], "c", scheme="no-such-scheme")
    b.attacks("x", "p2")
    sentences = explain_arguments(evaluate(b.build(), "grounded"), "c").sentences
    assert sentences == (
        "c stands because the argument A2 stands: its premise q is accepted.",
        "The argument A1 does not stand: its premise p1 is accepted and its premise p2 is "
        "rejected.",
        "A2 names the scheme 'no-such-scheme', which is not known, so it has no critical "
        "questions here.",
    )


def test_an_undercut_that_stands_is_named_as_the_reason():
    b = DebateBuilder("Q?")
    for c in ("c", "a", "b", "u", "v"):
        b.claim(c, c)
    b.argument("A1", ["a", "b"], "c")
    b.undercuts("u", "A1")
    b.supports("v", "c")
    b.attacks("u", "v")
    sentences = explain_arguments(evaluate(b.build(), "grounded"), "c").sentences
    assert sentences == (
        "c falls because the argument A1 does not stand (nor does any support of it: see the "
        "reasoning below): its premises a and b are accepted; it is undercut by u, which is "
        "accepted.",
    )


def test_every_question_raised_is_said_so():
    b = DebateBuilder("Q?")
    for c in ("c", "a", "b", "w1", "w2", "w3"):
        b.claim(c, c)
    b.argument("A1", ["a", "b"], "c", scheme="verbal-classification")
    for name, question in zip(
        ("w1", "w2", "w3"), ("property", "strength", "vagueness"), strict=True
    ):
        b.undercuts(name, "A1", question=f"verbal-classification.{question}")
    sentences = explain_arguments(evaluate(b.build(), "grounded"), "c").sentences
    assert sentences[-1] == "Every critical question of A1 has been raised."
    assert sentences[0].endswith(
        "it is undercut by w1, which is accepted, and by w2, which is accepted, and by w3, "
        "which is accepted."
    )


_WORDS = {
    "accepted": "accepted",
    "credulously accepted": "credulous",
    "undecided": "undecided",
    "rejected": "rejected",
}
_PREMISES = re.compile(
    r"its premises? ([\w, ]+?) (?:is|are) (accepted|credulously accepted|undecided|rejected)"
)
_VERBS = {
    "accepted": "stands",
    "credulous": "stands in some extensions only",
    "undecided": "stays undecided",
    "rejected": "falls",
}


@given(
    argument_debates(undercuts=True),
    st.sampled_from(["grounded", "preferred"]),
    st.sampled_from(["evidential", "necessary", "deductive", "none"]),
)
def test_what_the_sentences_say_of_each_claim_is_its_status(debate, semantics, reading):
    result = evaluate(debate, semantics, reading)
    for claim in {a.conclusion for a in debate.arguments}:
        sentences = explain_arguments(result, claim).sentences
        overlay = result.overlay(claim)
        assert sentences[0].startswith(f"{claim} {_VERBS[overlay]}")
        for argument in debate.arguments_for(claim):
            assert re.search(rf"\b{argument.id}\b", " ".join(sentences))
        for sentence in sentences:
            for ids, word in _PREMISES.findall(sentence):
                for premise in re.split(r", | and ", ids):
                    assert result.overlay(premise) == _WORDS[word], (sentence, premise)
        if reading == "evidential" and " because " in sentences[0]:
            # "stands because A stands", "falls because A does not stand": the status said of
            # the argument it stands or falls by is its status.
            named = re.search(r"because (?:its only argument, )?the argument (\w+)", sentences[0])
            if named:
                said = sentences[0].split(named.group(1), 1)[1].lstrip(",").lstrip()
                status = result.argument_status(named.group(1)).value
                expected = {
                    "accepted": "stands:",
                    "credulous": "stands in some extensions only:",
                    "rejected": "does not stand",
                }[status]
                assert said.startswith(expected), sentences[0]

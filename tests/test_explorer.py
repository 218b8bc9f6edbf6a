"""The explorer page: its data and safety checked directly, and its behaviour in a real
headless Chromium on the first drawing of the EU 2022 map (tests/data/maps; the rebuilt map in
maps/ is checked by tests/test_maps.py)."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from argmap.debate import Debate, DebateBuilder, evaluate, flatten
from argmap.explain import grounded_claim_rounds
from argmap.render.html import EXPLORER_SEMANTICS, explorer_data, explorer_html, write_explorer

REPO = Path(__file__).resolve().parent.parent
EU = REPO / "tests" / "data" / "maps" / "eu-2022-extraction.argmap.toml"
PAYLOAD = '</script><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def _hostile_debate() -> Debate:
    b = DebateBuilder(PAYLOAD, title="Hostile map \\N " + PAYLOAD)
    b.actor("a", "Actor " + PAYLOAD)
    b.claim(
        "c1",
        "First " + PAYLOAD,
        stance="pro",
        actors=["a"],
        note=PAYLOAD,
        sources=[{"citation": PAYLOAD, "url": "javascript:window.__pwned=3"}],
    )
    b.claim("c2", "Second {{x}} ${y} \\N & <b>bold</b>", stance="con")
    b.attacks("c2", "c1", rationale=PAYLOAD)
    return b.build()


def _script_and_style(page: str) -> tuple[str, str]:
    script = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    style = re.findall(r"<style>(.*?)</style>", page, re.DOTALL)
    assert len(script) == 1 and len(style) == 1
    return script[0], style[0]


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_page_policy_allows_only_its_own_script_and_style():
    page = explorer_html(Debate.load(EU))
    script, style = _script_and_style(page)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert f"script-src '{_hash(script)}'" in policy and f"style-src '{_hash(style)}'" in policy
    assert "default-src 'none'" in policy and "connect-src 'none'" in policy
    assert not re.search(r"\b(?:src|href)=\"(?:https?:)?//", page)  # nothing loaded from anywhere


def test_script_never_uses_eval_or_inner_html():
    code = resources.files("argmap.render").joinpath("explorer.js").read_text()
    for forbidden in (
        "innerHTML",
        "outerHTML",
        "eval(",
        "new Function",
        "document.write",
        "insertAdjacentHTML",
    ):
        assert forbidden not in code


def test_hostile_text_stays_text_in_svg_and_json():
    page = explorer_html(_hostile_debate())
    head, _, tail = page.partition('<script type="application/json" id="argmap-data">')
    payload = tail.partition("</script>")[0]
    assert "<" not in payload and ">" not in payload  # written as \\u003c, \\u003e
    assert json.loads(payload)["claims"]["c1"]["note"] == PAYLOAD
    assert page.count("<script") == 2  # the data block and the page's own script
    assert "<img" not in head.split("</header>", 1)[1] and "onerror=" not in head.replace(
        "onerror=&quot;", ""
    )


def test_embedded_statuses_are_the_evaluation():
    debate = Debate.load(EU)
    data = explorer_data(debate)
    assert data["semantics"] == list(EXPLORER_SEMANTICS)
    for reading in ("evidential", "necessary"):
        result = evaluate(debate, "preferred", reading)
        assert data["status"][reading]["preferred"] == {
            c: result.status(c).value for c in debate.claim_ids
        }
    grounded = evaluate(debate, "grounded")
    expected = {"IN": "accepted", "OUT": "rejected", "UNDEC": "undecided"}
    assert data["status"]["evidential"]["grounded"] == {
        c: expected[grounded.grounded_label(c).name] for c in debate.claim_ids
    }
    assert data["explanations"]["evidential"]["C44"].startswith('C44: "Procedural safeguards')
    for reading in ("evidential", "deductive", "necessary", "none"):
        assert _expanded(data["rounds"][reading], debate.claim_ids) == grounded_claim_rounds(
            flatten(debate, reading)
        )


def _expanded(rounds, claim_ids):
    """The page's compact rounds state by state, as explorer.js's roundStatus reads them."""

    def status(round_, claim):
        decided = rounds["decided"].get(claim)
        if decided and decided[0] <= round_:
            return decided[1]
        if not decided and rounds["undecided"] and round_ == rounds["states"] - 1:
            return "undecided"
        return None

    return [{c: status(k, c) for c in claim_ids} for k in range(rounds["states"])]


def test_the_rounds_of_a_long_chain_take_memory_linear_in_its_claims():
    b = DebateBuilder("Q?")
    for k in range(3000):
        b.claim(f"c{k}", f"Claim {k}.")
        if k:
            b.attacks(f"c{k}", f"c{k - 1}")
    rounds = explorer_data(b.build())["rounds"]["evidential"]
    # each round decides the next two claims down from the unattacked c2999: 1,500 rounds,
    # which as a list of states were 1,501 dicts of 3,000 claims each
    assert rounds["states"] == 1501 and len(rounds["decided"]) == 3000
    assert rounds["decided"]["c2999"] == [1, "accepted"]
    assert rounds["decided"]["c2998"] == [1, "rejected"]
    assert rounds["decided"]["c0"] == [1500, "rejected"]


def test_embedded_reading_notes_are_those_every_other_output_prints():
    """The page's one line on a thesis whose verdict the reading changes is
    :func:`reading_note`'s, for each reading and semantics, plain and formal."""
    from argmap.explain.plain import reading_note

    debate = Debate.load(EU)
    notes = explorer_data(debate)["reading_notes"]["map"]
    seen = 0
    for reading in ("evidential", "deductive", "necessary", "none"):
        for semantics in ("grounded", "preferred"):
            result = evaluate(debate, semantics, reading)
            assert notes[reading][semantics] == {
                "plain": reading_note(result),
                "formal": reading_note(result, formal=True),
            }
            seen += notes[reading][semantics]["plain"] is not None
    assert seen >= 2  # this map's theses do change with the reading


def test_page_is_deterministic_for_the_same_drawing():
    debate = Debate.load(EU)
    assert explorer_html(debate, svg="<svg></svg>") == explorer_html(debate, svg="<svg></svg>")


# -- in a real browser --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def eu_page(tmp_path_factory):
    path = tmp_path_factory.mktemp("explorer") / "eu-2022.html"
    write_explorer(Debate.load(EU), path)
    return path


def _open(browser, path):
    browser.set_window_size(1400, 900)
    browser.get(path.as_uri())
    browser.get_log("browser")  # start from a clean log
    browser.get(path.as_uri())


def _node(browser, claim):
    return browser.find_element(By.CSS_SELECTOR, f'g.node[data-claim="{claim}"]')


def _word(browser, claim):
    return browser.execute_script(
        "return Array.from(arguments[0].querySelectorAll('text')).map(t => t.textContent);",
        _node(browser, claim),
    )


def test_page_loads_without_console_errors_or_network(browser, eu_page):
    _open(browser, eu_page)
    assert browser.title == "Live facial recognition in the EU AI Act: the debate in autumn 2022"
    assert [
        entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")
    ] == []
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert len(browser.find_elements(By.CSS_SELECTOR, "g.node[data-claim]")) == 44


def test_clicking_a_claim_shows_it_in_the_panel(browser, eu_page):
    _open(browser, eu_page)
    _node(browser, "C44").click()
    panel = browser.find_element(By.ID, "panel").text
    assert "Procedural safeguards, such as prior authorisation" in panel
    assert "grounded falls" in panel.replace("\n", " ")
    assert "C44 falls: C21 attacks it, and C21 stands." in panel  # plain words by default
    browser.find_element(By.ID, "formal").click()  # "show the formal terms"
    formal = browser.find_element(By.ID, "panel").text
    assert "round 1: C21 is IN: nothing attacks it." in formal
    browser.find_element(By.ID, "formal").click()
    assert "selected" in _node(browser, "C44").get_attribute("class")
    assert "dim" in _node(browser, "C02").get_attribute("class")  # not a neighbour
    assert "dim" not in _node(browser, "C21").get_attribute("class")  # its attacker


def test_switching_semantics_restyles_the_map(browser, eu_page):
    _open(browser, eu_page)
    assert "UNDECIDED" in _word(browser, "C12") and "st-undecided" in _node(
        browser, "C12"
    ).get_attribute("class")
    Select(browser.find_element(By.ID, "semantics")).select_by_value("preferred")
    assert "UNDECIDED" in _word(browser, "C12") and "st-credulous" in _node(
        browser, "C12"
    ).get_attribute("class")
    legend = browser.find_element(By.ID, "legend-statuses").text
    assert "undecided: it stands in some views, not all" in legend  # plain words by default
    assert not re.search(r"accepted|credulous|rejected", legend)
    browser.find_element(By.ID, "formal").click()  # "show the formal terms"
    assert "CREDULOUS" in _word(browser, "C12")
    assert "credulous" in browser.find_element(By.ID, "legend-statuses").text
    browser.find_element(By.ID, "formal").click()
    assert "preferred semantics, evidential reading" in browser.find_element(By.ID, "legend").text
    Select(browser.find_element(By.ID, "reading")).select_by_value("necessary")
    assert "STANDS" in _word(browser, "C12")


def test_actor_filter_and_search(browser, eu_page):
    _open(browser, eu_page)
    Select(browser.find_element(By.ID, "actor")).select_by_value("germany")
    browser.find_element(By.ID, "actor-only").click()
    shown = [
        g.get_attribute("data-claim")
        for g in browser.find_elements(By.CSS_SELECTOR, "g.node[data-claim]")
        if g.is_displayed()
    ]
    assert shown == ["C26"]
    Select(browser.find_element(By.ID, "actor")).select_by_value("")
    search = browser.find_element(By.ID, "search")
    search.send_keys("magic wand")
    shown = [
        g.get_attribute("data-claim")
        for g in browser.find_elements(By.CSS_SELECTOR, "g.node[data-claim]")
        if g.is_displayed()
    ]
    assert shown == ["C24", "C37"]


def test_stepper_and_keyboard(browser, eu_page):
    _open(browser, eu_page)
    browser.find_element(By.ID, "round-next").click()
    assert browser.find_element(By.ID, "round-label").text.startswith("round 0 of ")
    assert "NOT YET DECIDED" in _word(browser, "C21")
    browser.find_element(By.ID, "round-next").click()
    assert "STANDS" in _word(browser, "C21") and "FALLS" in _word(browser, "C44")
    assert "NOT YET DECIDED" in _word(browser, "C12")
    next_round = browser.find_element(By.ID, "round-next")
    for _ in range(50):  # to the last state, where the fixpoint leaves the theses undecided
        if not next_round.is_enabled():
            break
        next_round.click()
    assert not next_round.is_enabled()
    assert "UNDECIDED" in _word(browser, "C12") and "NOT YET" not in _word(browser, "C12")
    browser.find_element(By.ID, "round-stop").click()
    node = _node(browser, "C14")
    browser.execute_script("arguments[0].focus()", node)
    node.send_keys(Keys.ENTER)
    assert browser.find_element(By.ID, "panel-title").text == "C14"
    assert node.get_attribute("aria-label").startswith("C14: Police exceptions")
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    assert browser.find_elements(By.ID, "panel-title") == []


def test_script_payloads_in_a_map_run_nothing(browser, tmp_path):
    path = tmp_path / "hostile.html"
    write_explorer(_hostile_debate(), path)
    _open(browser, path)
    assert browser.title == "Hostile map \\N " + PAYLOAD
    assert browser.execute_script("return window.__pwned === undefined")
    _node(browser, "c1").click()
    panel = browser.find_element(By.ID, "panel")
    assert "First " + PAYLOAD in panel.text
    assert (
        panel.find_elements(By.TAG_NAME, "img") == []
        and panel.find_elements(By.TAG_NAME, "a") == []
    )
    assert browser.execute_script("return window.__pwned === undefined")
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


@pytest.mark.slow
def test_unlinked_parts_are_evaluated_and_a_costly_part_is_marked_not_computed():
    # An odd cycle (no stable extension) beside 30 two-cycles: 2^30 preferred extensions and
    # 2^30 naive sets, but 31 independent parts of two or three arguments each, so every
    # semantics is evaluated part by part.
    b = DebateBuilder("Q?")
    for name in ("x", "y", "z"):
        b.claim(name, name)
    b.attacks("x", "y")
    b.attacks("y", "z")
    b.attacks("z", "x")
    for i in range(30):
        b.claim(f"p{i}", "p")
        b.claim(f"q{i}", "q")
        b.attacks(f"p{i}", f"q{i}")
        b.attacks(f"q{i}", f"p{i}")
    data = explorer_data(b.build())
    status = data["status"]["evidential"]
    assert status["grounded"]["x"] == "undecided"
    assert status["semi-stable"]["p7"] == "credulous" and status["semi-stable"]["x"] == "rejected"
    assert status["stage"]["x"] == "credulous" and status["ideal"]["q3"] == "rejected"
    # one part of 41 arguments without a stable extension (a self-attacking claim attacks
    # one side of each of 20 disputes): 2^20 stage extensions in that part, left out
    b = DebateBuilder("Q?")
    b.claim("h", "h")
    b.attacks("h", "h")
    for i in range(20):
        b.claim(f"a{i}", "a")
        b.claim(f"b{i}", "b")
        b.attacks(f"a{i}", f"b{i}")
        b.attacks(f"b{i}", f"a{i}")
        b.attacks("h", f"a{i}")
    data = explorer_data(b.build())
    status = data["status"]["evidential"]
    assert status["stage"] is None and status["stage2"] is None
    assert status["preferred"]["b3"] == "accepted" and status["grounded"]["b3"] == "undecided"


def test_the_page_flattens_the_debate_once_per_reading(monkeypatch):
    import argmap.debate.evaluation
    import argmap.debate.readings
    import argmap.render.html

    calls = []
    real = argmap.debate.readings.flatten

    def counting(debate, reading="evidential", protected=()):
        calls.append(str(reading))
        return real(debate, reading, protected)

    for module in (argmap.debate.readings, argmap.debate.evaluation, argmap.render.html):
        monkeypatch.setattr(module, "flatten", counting)
    debate = Debate.load(REPO / "maps" / "smoking-ban.argmap.toml")
    data = explorer_data(debate)
    assert sorted(calls) == sorted(data["readings"])  # was 44 for the EU 2024 map, now 4
    # and the statuses are those evaluate() gives, reading by reading
    for reading in data["readings"]:
        result = evaluate(debate, "preferred", reading)
        shown = data["status"][reading]["preferred"]
        assert shown == {c: result.overlay(c) for c in debate.claim_ids}


# -- linked arguments ---------------------------------------------------------------------------

ARGUMENTS_MAP = REPO / "maps" / "arguments-example.argmap.toml"


def test_embedded_arguments_carry_their_scheme_status_and_questions():
    from argmap.debate.questions import question_report

    debate = Debate.load(ARGUMENTS_MAP)
    data = explorer_data(debate)
    report = question_report(debate.arguments, debate.relations)
    assert list(data["arguments"]) == [a.id for a in debate.arguments]
    for argument in debate.arguments:
        shown = data["arguments"][argument.id]
        assert (shown["premises"], shown["conclusion"]) == (
            list(argument.premises),
            argument.conclusion,
        )
        entry = report.argument(argument.id)
        assert shown["scheme_name"] == entry.scheme.name
        assert [q["id"] for q in shown["open_questions"]] == [q.question.id for q in entry.open]
        assert [q["id"] for q in shown["raised_questions"]] == [q.question.id for q in entry.raised]
    for reading in data["readings"]:
        result = evaluate(debate, "preferred", reading)
        assert data["argument_status"][reading]["preferred"] == {
            a.id: result.argument_status(a.id).value for a in debate.arguments
        }
    assert data["claims"]["ban"]["arguments"] == ["A2"]
    assert data["claims"]["mass-surveillance"]["premise_of"] == ["A2"]
    assert explorer_data(Debate.load(EU))["arguments"] == {}


@pytest.fixture(scope="module")
def arguments_page(tmp_path_factory):
    path = tmp_path_factory.mktemp("explorer") / "arguments.html"
    write_explorer(Debate.load(ARGUMENTS_MAP), path)
    return path


def _argument_node(browser, argument):
    return browser.find_element(By.CSS_SELECTOR, f'g.node[data-argument="{argument}"]')


def test_clicking_an_argument_shows_its_scheme_premises_status_and_open_questions(
    browser, arguments_page
):
    from argmap.debate.questions import question_report
    from argmap.debate.schemes import scheme

    debate = Debate.load(ARGUMENTS_MAP)
    report = question_report(debate.arguments, debate.relations)
    _open(browser, arguments_page)
    assert "STANDS" in browser.execute_script(
        "return arguments[0].querySelector('[data-argmap-slot=status]').textContent",
        _argument_node(browser, "A1"),
    )
    _argument_node(browser, "A1").click()
    assert browser.find_element(By.ID, "panel-title").text == "A1"
    panel = browser.find_element(By.ID, "panel")
    text = panel.text.replace("\n", " ")
    assert scheme("verbal-classification").name in text
    assert "It scans everyone, and scanning everyone is mass surveillance" in text
    assert "scans: Live facial recognition scans the face" in text  # a premise
    assert "mass-surveillance: Live facial recognition in public" in text  # the conclusion
    assert "grounded stands" in text
    open_ids = [
        li.get_attribute("data-question")
        for li in panel.find_elements(By.CSS_SELECTOR, "li.open-question")
    ]
    assert open_ids and open_ids == [q.question.id for q in report.argument("A1").open]
    for status in report.argument("A1").open:
        assert status.question.text in text
    assert "selected" in _argument_node(browser, "A1").get_attribute("class")
    assert "dim" not in _node(browser, "watch-list").get_attribute("class")  # its undercutter
    assert "dim" in _node(browser, "children").get_attribute("class")
    # a claim's panel lists the arguments for it; choosing one selects it
    _node(browser, "ban").click()
    button = browser.find_element(By.CSS_SELECTOR, '#panel button[data-argument="A2"]')
    assert "Argument from negative consequences (undecided)" in button.text
    button.click()
    assert browser.find_element(By.ID, "panel-title").text == "A2"
    assert "grounded undecided" in browser.find_element(By.ID, "panel").text.replace("\n", " ")
    Select(browser.find_element(By.ID, "semantics")).select_by_value("preferred")
    assert "UNDECIDED" in browser.execute_script(
        "return arguments[0].querySelector('[data-argmap-slot=status]').textContent",
        _argument_node(browser, "A2"),
    )
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")] == []


def test_marking_the_status_words_changes_nothing_else_in_the_drawing():
    # the attribute is inserted into Graphviz's bytes, so the page does not depend on a
    # Python version's XML serializer (minidom's toxml() changed its escaping in 3.13)
    import graphviz

    from argmap.render.html import STATUS_SLOT, _mark_status_slots, explorer_svg_source
    from argmap.render.output import count_elements, layout_bytes

    debate = Debate.load(VALUES_MAP)
    dot = explorer_svg_source(debate)
    svg = layout_bytes(graphviz.Source(dot), "svg", count_elements(debate)).decode("utf-8")
    marked = _mark_status_slots(svg, debate)
    slot = f' {STATUS_SLOT}="status"'
    assert marked.count(slot) == len(debate.claims) + len(debate.arguments)
    assert marked.replace(slot, "") == svg[svg.index("<svg") :].rstrip()


VALUES_MAP = REPO / "maps" / "values-example.argmap.toml"


def test_embedded_audience_views_are_the_evaluations_for_each_audience():
    from argmap.debate import across_audiences

    debate = Debate.load(VALUES_MAP)
    data = explorer_data(debate)
    assert [a["id"] for a in data["audiences"]] == ["civil-liberties", "public-safety"]
    for audience in debate.audiences:
        for reading in ("evidential", "deductive"):
            for semantics in ("grounded", "preferred"):
                result = debate.evaluate(semantics, reading, audience=audience.id)
                assert data["audience_status"][audience.id][reading][semantics] == {
                    c: result.overlay(c) for c in debate.claim_ids
                }
        assert [f["reason"] for f in data["failed_attacks"][audience.id]] == [
            f.explain(debate) for f in debate.evaluate(audience=audience.id).failed_attacks
        ]
    every = across_audiences(debate, "grounded")
    assert data["standings"]["all"]["audiences"] == every.audiences
    assert {c: s["standing"] for c, s in data["standings"]["all"]["claims"].items()} == {
        s.claim: s.standing.value for s in every.standings
    }
    assert Debate.load(EU).audiences == () and explorer_data(Debate.load(EU))["standings"] is None


def test_choosing_an_audience_restyles_the_map_and_fades_the_attacks_that_fail(browser, tmp_path):
    path = tmp_path / "values.html"
    write_explorer(Debate.load(VALUES_MAP), path)
    _open(browser, path)
    assert "STANDS" in _word(browser, "ban")
    fails = "return Array.from(document.querySelectorAll('g.edge.fails')).map(g => g.querySelector('title').textContent)"
    assert browser.execute_script(fails) == []
    Select(browser.find_element(By.ID, "audience")).select_by_value("public-safety")
    assert "FALLS" in _word(browser, "ban") and "STANDS" in _word(browser, "allow")
    assert sorted(browser.execute_script(fails)) == ["ban->allow", "wrongful->allow"]
    assert "for City police" in browser.find_element(By.ID, "legend").text
    _node(browser, "ban").click()
    panel = browser.find_element(By.ID, "panel").text
    assert "Attacks that fail for City police" in panel
    assert (
        "ban's attack on allow fails for City police, which ranks public security above privacy"
        in panel
    )
    assert (
        "stands for some of the map's audiences: for Civil-liberties groups, not for City police"
        in panel
    )
    browser.find_element(By.ID, "formal").click()  # Bench-Capon's terms
    assert (
        "subjective across the map's audiences: accepted by Civil-liberties groups, not by City police"
        in browser.find_element(By.ID, "panel").text
    )
    assert browser.get_log("browser") == []


def test_embedded_perspectives_are_the_evaluations_as_each_actor_sees_it():
    debate = Debate.load(EU)
    data = explorer_data(debate)
    actors = [a.id for a in debate.actors if debate.claims_held_by(a.id)]
    assert sorted(data["perspective_status"]) == sorted(actors)  # no audiences in this map
    for actor in actors[:4]:
        for semantics in ("grounded", "preferred"):
            result = debate.evaluate(semantics, "evidential", perspective=actor)
            assert data["perspective_status"][actor]["evidential"][semantics] == {
                c: result.overlay(c) for c in debate.claim_ids
            }
        assert data["perspective_status"][actor]["evidential"]["stable"] is None
        inside = set(debate.viewpoint_of(actor))
        assert [(f["from"], f["to"]) for f in data["perspective_failed"][actor]] == [
            (r.source, r.target)
            for r in debate.attacks
            if r.target in inside and r.source not in inside
        ]
    values = explorer_data(Debate.load(VALUES_MAP))
    assert values["actor_audience"] == {
        "rights-groups": "civil-liberties",
        "police": "public-safety",
    }
    assert values["perspective_status"] == {}  # those actors see through their audience


def test_choosing_an_actor_shows_the_map_as_it_sees_it(browser, eu_page):
    debate = Debate.load(EU)
    actor = next(
        a.id
        for a in debate.actors
        if debate.evaluate("grounded", perspective=a.id).accepted
        != debate.evaluate("grounded").accepted
    )
    seen = debate.evaluate("grounded", perspective=actor)
    _open(browser, eu_page)
    Select(browser.find_element(By.ID, "actor")).select_by_value(actor)
    for claim in debate.claim_ids:  # every claim still shown, with the actor's statuses
        assert _node(browser, claim).is_displayed()
        word = {"accepted": "STANDS", "undecided": "UNDECIDED", "rejected": "FALLS"}
        assert word[seen.overlay(claim)] in _word(browser, claim), claim
    name = debate.actor(actor).name
    assert f"as {name} sees it" in browser.find_element(By.ID, "legend").text
    inside = set(debate.viewpoint_of(actor))
    target = next(r.target for r in debate.attacks if r.target in inside and r.source not in inside)
    _node(browser, target).click()
    assert f"Attacks that fail as {name} sees it" in browser.find_element(By.ID, "panel").text
    assert browser.get_log("browser") == []

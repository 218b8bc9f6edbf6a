"""Every map in maps/: it loads, its documented verdicts hold, and the EU maps are faithful
to the domain notes they were built from (tests/data/domain)."""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from conftest import DATA

from argmap.debate import Debate, Status

MAPS = sorted((Path(__file__).resolve().parent.parent / "maps").glob("*.argmap.toml"))
EU_2022 = Path(__file__).resolve().parent.parent / "maps" / "eu-facial-recognition-2022.argmap.toml"
EU_2024 = EU_2022.with_name("eu-facial-recognition-ai-act-2024.argmap.toml")
DOMAIN = DATA / "domain"


def test_the_maps_are_there():
    names = {p.name for p in MAPS}
    assert {EU_2022.name, EU_2024.name} <= names
    assert len(names) >= 5


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_map_loads_and_its_documented_verdicts_hold(path):
    debate = Debate.load(path)
    assert debate.verdicts, f"{path.name} documents no verdicts"
    assert debate.check_verdicts() == []


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_map_file_is_canonical(path):
    from argmap.formats.maps import format_map

    text = path.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.split("\n") if not line.startswith("#"))
    canonical = "\n".join(
        line for line in format_map(Debate.load(path)).split("\n") if not line.startswith("#")
    )
    assert body.strip() == canonical.strip()


def test_a_wrong_documented_verdict_is_reported():
    debate = Debate.load(EU_2022)
    first = debate.verdicts[0]
    wrong = attrs.evolve(
        first,
        accepted=(*first.accepted, "C12"),
        rejected=tuple(c for c in first.rejected if c != "C12"),
    )
    broken = attrs.evolve(debate, verdicts=(wrong,))
    assert broken.check_verdicts() == [
        "C12 under grounded semantics with evidential support: documented accepted, evaluated rejected"
    ]


def _claims_md_ids(text: str) -> set[str]:
    return set(re.findall(r"^\*\*(C\d\d)", text, re.M)) | set(
        re.findall(r"^\| \*\*(C\d\d)\*\*", text, re.M)
    )


def _edges(text: str, kind: str) -> set[tuple[str, str]]:
    return set(re.findall(rf"^(C\d\d) -\[{kind}\]->\s+(C\d\d)", text, re.M))


def test_eu_2022_has_every_claim_and_relation_of_the_extraction():
    notes = (DOMAIN / "claims.md").read_text(encoding="utf-8")
    debate = Debate.load(EU_2022)
    assert set(debate.claim_ids) == _claims_md_ids(notes)
    assert len(debate.claims) == 44  # "Count: 44 claims in total" (claims.md, section F)
    assert {(r.source, r.target) for r in debate.supports} == _edges(notes, "supports")
    assert {(r.source, r.target) for r in debate.attacks} == _edges(notes, "attacks")
    implicit = set(re.findall(r"^\*\*(C\d\d) ⚑", notes, re.M))
    assert implicit == {"C42", "C43", "C44", "C45", "C46"}
    assert {c.id for c in debate.claims if c.reconstructed} == implicit


def test_eu_2022_stances_follow_the_extraction():
    debate = Debate.load(EU_2022)
    stances = {c.id: c.stance.value for c in debate.claims}
    assert all(
        stances[c] == "neutral"
        for c in ("C01", "C02", "C04", "C05", "C06", "C07", "C09", "C10", "C11")
    )
    assert all(stances[f"C{i}"] == "pro" for i in (*range(12, 27), 45, 46) if f"C{i}" in stances)
    assert all(stances[f"C{i}"] == "con" for i in range(27, 45))


def test_every_eu_claim_cites_the_article_paragraph_except_the_one_not_in_it():
    debate = Debate.load(EU_2022)
    for claim in debate.claims:
        article = [c for c in claim.sources if c.source == "article"]
        if claim.id == "C44":  # "Not in the article" (claims.md)
            assert not article
        else:
            assert article and article[0].locator.startswith("¶"), claim.id


def test_eu_2024_sources_are_the_addresses_of_the_later_facts():
    facts = (DOMAIN / "later-facts.md").read_text(encoding="utf-8")
    article = (DOMAIN / "article-front-matter.txt").read_text(encoding="utf-8")
    for path in (EU_2022, EU_2024):
        for source in Debate.load(path).sources:
            assert source.url, source.id
            where = article if source.id == "article" else facts
            assert source.url in where, f"{path.name}: {source.id} {source.url}"


def test_eu_2024_keeps_the_2022_debate_and_adds_sourced_later_facts():
    before, after = Debate.load(EU_2022), Debate.load(EU_2024)
    for claim in before.claims:
        assert after.claim(claim.id).text == claim.text
    later = [c for c in after.claims if c.id.startswith("L")]
    assert len(later) == 16
    assert all(any(s.source and s.source.startswith("F-") for s in c.sources) for c in later)
    assert set(before.relations) <= set(after.relations)
    assert len(after.undercuts) == 3


def test_the_2024_map_shows_which_side_won():
    before = Debate.load(EU_2022).evaluate("grounded")
    after = Debate.load(EU_2024).evaluate("grounded")
    assert [before.grounded_label(c).name for c in ("C12", "C27")] == ["UNDEC", "UNDEC"]
    assert [after.grounded_label(c).name for c in ("C12", "C27")] == ["OUT", "IN"]
    thesis_status = {c.id: s for c, s, _ in after.verdict.theses}
    assert thesis_status == {"C12": Status.REJECTED, "C27": Status.ACCEPTED}


def test_perspectives_of_the_parliament_groups_and_the_member_states():
    debate = Debate.load(EU_2022)
    greens = debate.evaluate("grounded", perspective="greens")
    states = debate.evaluate("grounded", perspective="member-states")
    assert (greens.status("C12"), greens.status("C27")) == (Status.ACCEPTED, Status.REJECTED)
    assert (states.status("C12"), states.status("C27")) == (Status.REJECTED, Status.ACCEPTED)
    neutral = debate.evaluate("grounded")
    assert (neutral.status("C12"), neutral.status("C27")) == (Status.REJECTED, Status.REJECTED)

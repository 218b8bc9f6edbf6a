"""The second real ban debate (maps/single-use-plastics-2019.argmap.toml): its sources are
primary where the claim is legal or official, the enacted Directive defeats nothing, and its
documented verdicts per audience, standings across all rankings and flips hold."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from argmap.debate import Debate, across_audiences

MAP = Path(__file__).resolve().parent.parent / "maps" / "single-use-plastics-2019.argmap.toml"
PRIMARY = (
    "http://data.europa.eu/eli/",
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:",
)


@pytest.fixture(scope="module")
def debate() -> Debate:
    return Debate.load(MAP)


def test_it_loads_checks_and_names_its_schemes(debate):
    assert debate.check_verdicts() == []
    assert {a.scheme for a in debate.arguments} == {
        "negative-consequences",
        "practical-reasoning",
        "positive-consequences",
    }
    assert {a.id for a in debate.audiences} == {"parliament", "commission", "plastics-industry"}
    assert all(a.description and a.sources for a in debate.audiences)
    assert all(item.sources for item in (*debate.claims, *debate.arguments))


def test_official_and_legal_claims_cite_the_official_texts(debate):
    sources = {s.id: s.url for s in debate.sources}
    official = [c for c in debate.claims if {"law", "study"} & set(c.tags)]
    assert len(official) >= 7
    for claim in official:
        urls = [sources[c.source] for c in claim.sources if c.source]
        assert any(u.startswith(PRIMARY) for u in urls), claim.id
    assert debate.claim("LAW-ART5").sources[0].locator.startswith("Art 5")


def test_the_enacted_directive_attacks_nothing(debate):
    enacted = {c.id for c in debate.claims if "legislators" in c.actors}
    assert enacted == {"LAW-ART5", "LAW-ART4-9", "F-COMPOSTABLE"}
    assert not [r for r in debate.relations if r.source in enacted]


def _theses(result):
    return result.status("BAN").value, result.status("NO-BAN").value


def test_verdicts_without_values_and_per_audience(debate):
    assert _theses(debate.evaluate("grounded")) == ("rejected", "rejected")
    assert _theses(debate.evaluate("preferred")) == ("credulous", "credulous")
    for audience in ("parliament", "commission"):
        assert _theses(debate.evaluate("grounded", audience=audience)) == ("accepted", "rejected")
    industry = debate.evaluate("grounded", audience="plastics-industry")
    assert _theses(industry) == ("rejected", "rejected")
    preferred = debate.evaluate("preferred", audience="plastics-industry")
    assert _theses(preferred) == ("rejected", "credulous")


def test_what_holds_for_every_ranking(debate):
    result = across_audiences(debate, "grounded")
    assert result.audiences == 24
    assert result.claims_with("subjective") == ("BAN", "O-HYGIENE")
    assert set(result.claims_with("indefensible")) == {
        "NO-BAN",
        "R-SOURCE",
        "R-HARMONISE",
        "O-LCA",
        "O-WASTE",
        "O-FRAGMENT",
        "R-PERSIST-DIFF",
    }


def _without(debate: Debate, gone: set[str]) -> Debate:
    arguments = [
        a for a in debate.arguments if a.conclusion not in gone and not gone & set(a.premises)
    ]
    relations = [r for r in debate.relations if r.source not in gone and r.target not in gone]
    return attrs.evolve(
        debate,
        claims=[c for c in debate.claims if c.id not in gone],
        arguments=arguments,
        relations=relations,
        verdicts=(),
    )


def test_the_flips_the_map_documents(debate):
    # NO-BAN turns on one sourced finding (the map's verdict note says so): that existing
    # waste law was not enough; nothing single flips the ban.
    for thesis in ("BAN", "NO-BAN"):
        before = debate.evaluate("grounded").status(thesis)
        flips = [
            c
            for c in debate.claim_ids
            if c != thesis
            and _without(debate, {c}).evaluate("grounded").status(thesis) is not before
        ]
        assert flips == ([] if thesis == "BAN" else ["F-NOT-ENOUGH"])

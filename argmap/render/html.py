"""The debate explorer: one self-contained HTML page per map.

The page holds the map's Graphviz SVG, its evaluation under every semantics and support
reading (computed here, embedded as JSON: the page never re-implements the semantics), the
grounded explanation of every claim, the grounded rounds, and a small plain script that
lets a reader select claims, switch semantics and readings, filter and search, and step
through the rounds. It needs no server and no network: open it from ``file://``.

Safety: map text reaches the page only as escaped SVG text (Graphviz), as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` written as ``\\u``
escapes (so ``</script>`` cannot end it), and through ``textContent`` in the script. Only
``http``/``https`` source URLs become links; the script finds the status word it fills by
its ``data-argmap-slot`` attribute, never by its text. A
Content-Security-Policy allows only this page's own script and style (by hash), no other
source of anything, and no network connection.

>>> from argmap.debate import Debate
>>> page = explorer_html(Debate.load("maps/nixon-diamond.argmap.toml"))
>>> page.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in page
True
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import itertools
import json
import os
from collections.abc import Callable
from importlib import resources
from typing import Any
from xml.parsers import expat
from xml.parsers.expat import ExpatError

import attrs

from argmap.debate import (
    MAX_EXTENSIONS,
    Debate,
    Flattening,
    Relation,
    SupportReading,
    across_audiences,
    defeat_debate,
    evaluate_flattening,
    failed_attacks,
    flatten,
)
from argmap.debate.questions import debate_question_report
from argmap.errors import ArgmapError
from argmap.explain import explain_claim, grounded_claim_decisions
from argmap.explain.plain import PLAIN_MEANINGS, PLAIN_WORDS, note_from_words, plain_reasons
from argmap.formats._files import atomic_write_text
from argmap.gradual import debate_strengths
from argmap.render.diagram import (
    DiagramOptions,
    count_elements,
    debate_graph,
    scheme_names,
    scheme_title,
)
from argmap.render.labels import web_url
from argmap.render.output import layout_bytes
from argmap.render.theme import StatusStyle, Theme
from argmap.semantics import extensions, some_extension
from argmap.semantics.components import split

__all__ = [
    "EXPLORER_ALL_SEMANTICS_LIMIT",
    "EXPLORER_SEMANTICS",
    "explorer_data",
    "explorer_fingerprint",
    "explorer_html",
    "explorer_svg_source",
    "write_explorer",
]

#: The semantics the explorer computes for each actor's perspective (every semantics for
#: every actor would multiply the page's work by the number of actors).
PERSPECTIVE_SEMANTICS = ("grounded", "preferred")

#: The semantics the explorer offers (naive, admissible and conflict-free are left out: their
#: many extensions say little about a debate).
EXPLORER_SEMANTICS = (
    "grounded",
    "complete",
    "preferred",
    "stable",
    "semi-stable",
    "stage",
    "ideal",
    "eager",
    "cf2",
    "stage2",
)
_READINGS = tuple(r.value for r in SupportReading)


def _sources(debate: Debate, citations: Any) -> list[dict[str, str | None]]:
    by_id = {s.id: s for s in debate.sources}
    out = []
    for citation in citations:
        source = by_id.get(citation.source) if citation.source else None
        text = citation.citation or (source.citation if source else "") or (citation.url or "")
        if citation.locator:
            text = f"{text}, {citation.locator}" if text else citation.locator
        # only http(s) links reach the page; a javascript:, data: or file: URL is dropped
        url = web_url(citation.url or (source.url if source else None))
        out.append({"text": text, "url": url})
    return out


#: Stage (and stage2) without stable extensions lists every naive set, exponentially many on
#: a large sparse framework; the page leaves them out when an independent part of the
#: framework has more than this many arguments and no stable extension.
STAGE_LIMIT = 40


def _costly_semantics(framework: Any) -> set[str]:
    """The semantics the page leaves out for this framework. Evaluation goes one weakly
    connected component (independent part) at a time, so only a part with many extensions
    costs: complete, preferred and semi-stable are left out where a part has more than
    MAX_EXTENSIONS preferred extensions (ideal and eager list none); stage and stage2 where
    a part of more than STAGE_LIMIT arguments has no stable extension (they would compare
    its conflict-free sets)."""
    costly = set()
    for part in split(framework).parts:
        preferred = extensions(part, "preferred")
        if sum(1 for _ in itertools.islice(preferred, MAX_EXTENSIONS + 1)) > MAX_EXTENSIONS:
            costly |= {"complete", "preferred", "semi-stable"}
        if len(part) > STAGE_LIMIT and some_extension(part, "stable") is None:
            costly |= {"stage", "stage2"}
    return costly


def _defaults(debate: Debate) -> dict[str, str]:
    """The view the page opens with: grounded semantics and the evidential reading, or what
    the map's classroom profile fixes (a semantics the page does not offer is ignored)."""
    profile = debate.classroom
    semantics, reading = "grounded", "evidential"
    if profile is not None:
        if profile.semantics is not None and profile.semantics.title in EXPLORER_SEMANTICS:
            semantics = profile.semantics.title
        if profile.support is not None:
            reading = profile.support.value
    return {"semantics": semantics, "reading": reading}


def _classroom(debate: Debate) -> dict[str, Any]:
    """What the page hides for a class, and the teacher's note (docs/map-format.md)."""
    profile = debate.classroom
    if profile is None:
        return {"hide": [], "note": None}
    return {"hide": list(profile.hide), "note": profile.note}


#: A map with more claims than this gets only the grounded status of each reading in its
#: page (one polynomial evaluation each), and no embedded explanations; the other semantics
#: show as not computed and each claim's explanation names the command that gives it
#: (``argmap evaluate``, ``argmap explain``), so the page of a Kialo-sized map builds fast.
EXPLORER_ALL_SEMANTICS_LIMIT = 300


#: The readings whose attacks are derived along support chains.
_CLOSURE_READINGS = (SupportReading.DEDUCTIVE, SupportReading.NECESSARY)


def _by_end(
    relations: tuple[Relation, ...],
) -> tuple[dict[str, list[Relation]], dict[str, list[Relation]]]:
    """The relations by target and by source, each list in the debate's order."""
    into: dict[str, list[Relation]] = {}
    out_of: dict[str, list[Relation]] = {}
    for relation in relations:
        into.setdefault(relation.target, []).append(relation)
        out_of.setdefault(relation.source, []).append(relation)
    return into, out_of


def _rounds(flattening: Flattening) -> dict[str, Any]:
    """The grounded rounds as the page steps through them, in memory linear in the claims
    (a list of states, one per round, is quadratic: 20 GB for a chain of 10,000 claims):
    ``decided`` maps each claim decided by the fixpoint to its round and word; ``states``
    counts the states (0 before round 1, one per round, and a last one marking the
    undecided claims when there are any); the page works out each state's statuses."""
    decided, rounds = grounded_claim_decisions(flattening)
    undecided = any(d is None for d in decided.values())
    return {
        "states": rounds + 1 + undecided,
        "decided": {c: [d[0], d[1]] for c, d in decided.items() if d is not None},
        "undecided": undecided,
    }


def _large(debate: Debate) -> bool:
    return len(debate.claims) > EXPLORER_ALL_SEMANTICS_LIMIT


def _not_computed(
    reading: str,
    status: dict[str, dict[str, dict[str, str] | None]],
    argument_status: dict[str, dict[str, dict[str, str] | None]],
) -> None:
    for semantics in EXPLORER_SEMANTICS:
        status[reading][semantics] = argument_status[reading][semantics] = None


def explorer_data(debate: Debate) -> dict[str, Any]:
    """Everything the page shows, as plain data (what the page embeds as JSON). The debate
    is flattened once per support reading, and each semantics evaluates that flattening."""
    status: dict[str, dict[str, dict[str, str] | None]] = {}
    argument_status: dict[str, dict[str, dict[str, str] | None]] = {}
    explanations: dict[str, dict[str, str]] = {}
    plain: dict[str, dict[str, str]] = {}  # each claim's reason in plain words
    rounds: dict[str, dict[str, Any]] = {}  # per reading: _rounds()
    large = _large(debate)
    for reading in _READINGS:
        status[reading] = {}
        argument_status[reading] = {}
        try:
            flattening = flatten(debate, reading)
        except ArgmapError as error:  # a reading past its limit: the page says why
            _not_computed(reading, status, argument_status)
            explanations[reading] = {c: f"Not computed: {error}" for c in debate.claim_ids}
            plain[reading] = explanations[reading]
            rounds[reading] = {"states": 1, "decided": {}, "undecided": False}
            continue
        costly = _costly_semantics(flattening.framework) if not large else set()
        if large:  # grounded only: the others are left to argmap evaluate
            costly = set(EXPLORER_SEMANTICS) - {"grounded"}
        for semantics in EXPLORER_SEMANTICS:
            if semantics in costly:
                status[reading][semantics] = argument_status[reading][semantics] = None
                continue
            try:
                result = evaluate_flattening(flattening, semantics)
            except ArgmapError:  # too many extensions to list
                status[reading][semantics] = argument_status[reading][semantics] = None
                continue
            status[reading][semantics] = {c: result.overlay(c) for c in debate.claim_ids}
            argument_status[reading][semantics] = {
                a.id: result.argument_overlay(a.id) for a in debate.arguments
            }
            if semantics == "grounded" and large:  # asked one claim at a time instead
                explanations[reading] = dict.fromkeys(
                    debate.claim_ids,
                    f"This map has more than {EXPLORER_ALL_SEMANTICS_LIMIT} claims, so the page "
                    "does not carry an explanation of every claim; run: argmap explain MAP "
                    f"CLAIM --support {reading}",
                )
            elif semantics == "grounded":
                explanations[reading] = {
                    c: explain_claim(debate, c, evaluation=result).text() for c in debate.claim_ids
                }
            if semantics == "grounded":
                rounds[reading] = _rounds(result.flattening)
                if large and flattening.reading in _CLOSURE_READINGS:
                    # each claim's reason names its derived attacks, which on a large map
                    # number about the square of the claims: asked one claim at a time
                    plain[reading] = explanations[reading]
                else:
                    plain[reading] = plain_reasons(result)
    audience_status, audience_argument_status, failing = _audience_views(debate)
    perspective_status, perspective_argument_status, perspective_failed = _perspective_views(debate)
    strengths = None
    if any(c.base_score is not None for c in debate.claims):
        strengths = debate_strengths(debate, "dfquad")
    supports_into, supports_from = _by_end(debate.supports)
    attacks_into, attacks_from = _by_end(debate.attacks)
    claims = {}
    for claim in debate.claims:
        claims[claim.id] = {
            "text": claim.text,
            "stance": claim.stance.value,
            "kind": claim.kind.value,
            "actors": [debate.actor(a).name for a in claim.actors],
            "actor_ids": list(claim.actors),
            "tags": list(claim.tags),
            "note": claim.note,
            "reconstructed": claim.reconstructed,
            "sources": _sources(debate, claim.sources),
            "supporters": [r.source for r in supports_into.get(claim.id, ())],
            "attackers": [r.source for r in attacks_into.get(claim.id, ())],
            "supports": [r.target for r in supports_from.get(claim.id, ())],
            "attacks": [r.target for r in attacks_from.get(claim.id, ())],
            "strength": round(strengths[claim.id], 6) if strengths is not None else None,
            "arguments": [a.id for a in debate.arguments_for(claim.id)],
            "premise_of": [a.id for a in debate.arguments if claim.id in a.premises],
        }
    return {
        "title": debate.title,
        "question": debate.question,
        "order": list(debate.claim_ids),
        "claims": claims,
        "actors": [
            {"id": a.id, "name": a.name} for a in debate.actors if debate.claims_held_by(a.id)
        ],
        "semantics": list(EXPLORER_SEMANTICS),
        "readings": list(_READINGS),
        "defaults": _defaults(debate),
        "classroom": _classroom(debate),
        "status": status,
        "arguments": _arguments(debate),
        "argument_status": argument_status,
        "explanations": explanations,
        "plain": plain,
        "rounds": rounds,
        "audiences": [
            {"id": a.id, "name": a.name, "ranking": a.ranking, "description": a.description}
            for a in debate.audiences
        ],
        "audience_status": audience_status,
        "audience_argument_status": audience_argument_status,
        "failed_attacks": failing,
        "actor_audience": {
            a.id: audience.id
            for a in debate.actors
            if (audience := debate.audience_of(a.id)) is not None
        },
        "perspective_semantics": list(PERSPECTIVE_SEMANTICS),
        "perspective_status": perspective_status,
        "perspective_argument_status": perspective_argument_status,
        "perspective_failed": perspective_failed,
        "standings": _standings(debate),
        "gradual": "dfquad" if strengths is not None else None,
        "words": {
            "plain": PLAIN_WORDS,
            "formal": {word: word for word in PLAIN_WORDS},
            "meanings": PLAIN_MEANINGS,
        },
        "reading_notes": {
            "map": _reading_notes(debate, status),
            "audiences": {a: _reading_notes(debate, v) for a, v in audience_status.items()},
            "perspectives": {a: _reading_notes(debate, v) for a, v in perspective_status.items()},
        },
    }


def _reading_notes(debate: Debate, view: View) -> dict[str, dict[str, dict[str, str | None]]]:
    """For each reading and semantics of one view, the line that says when another reading
    of the supports changes a thesis's verdict, plain and formal (None: it changes none,
    or the view is not computed), from the statuses the page already carries."""
    theses = [c.id for c in debate.theses]
    notes: dict[str, dict[str, dict[str, str | None]]] = {}
    for reading, tables in view.items():
        notes[reading] = {}
        for semantics, here in tables.items():
            others = {
                other: words
                for other in view
                if other != reading and (words := view[other].get(semantics)) is not None
            }
            notes[reading][semantics] = {
                form: note_from_words(theses, here, others, reading, formal=form == "formal")
                if here is not None and theses
                else None
                for form in ("plain", "formal")
            }
    return notes


#: One view of the debate (without values, an audience's, an actor's): for each reading and
#: semantics, each claim's (or argument's) status word, or None where not computed.
View = dict[str, dict[str, dict[str, str] | None]]
#: A view per audience or actor.
Views = dict[str, View]


def _audience_views(
    debate: Debate,
) -> tuple[Views, Views, dict[str, list[dict[str, str]]]]:
    """For each declared audience, what the page shows for it: the statuses of claims and
    arguments under each reading and semantics (as ``status`` is for no audience), and the
    attacks that fail for it, with the reason (docs/values.md)."""
    claims: Views = {}
    arguments: Views = {}
    failing: dict[str, list[dict[str, str]]] = {}
    for audience in debate.audiences:
        failures = failed_attacks(debate, audience)
        failing[audience.id] = [
            {"from": f.relation.source, "to": f.relation.target, "reason": f.explain(debate)}
            for f in failures
        ]
        weighed = defeat_debate(debate, audience)
        large = _large(debate)
        claims[audience.id], arguments[audience.id] = _view(
            debate, lambda reading, weighed=weighed: flatten(weighed, reading), None, large
        )
    return claims, arguments, failing


def _view(
    debate: Debate,
    flattened: Callable[[str], Flattening],
    shown: tuple[str, ...] | None,
    large: bool,
    perspective: str | None = None,
) -> tuple[View, View]:
    """The statuses of claims and of arguments, by reading and semantics, in one view of
    the debate (an audience's, an actor's): ``flattened(reading)`` gives the framework;
    ``shown`` limits the semantics (``None``: all but the costly ones, grounded only for a
    large map); a reading past its limit, or a semantics with too many extensions, is
    ``None`` (shown as not computed)."""
    claims: View = {}
    arguments: View = {}
    for reading in _READINGS:
        claims[reading], arguments[reading] = {}, {}
        try:
            flattening = flattened(reading)
        except ArgmapError:  # a reading past its limit: shown as not computed
            _not_computed(reading, claims, arguments)
            continue
        if shown is None:
            wanted = {"grounded"} if large else set(EXPLORER_SEMANTICS)
            wanted -= _costly_semantics(flattening.framework) if not large else set()
        else:
            wanted = set(shown)
        for semantics in EXPLORER_SEMANTICS:
            claim_view = argument_view = None
            if semantics in wanted:
                try:
                    result = evaluate_flattening(flattening, semantics, perspective)
                except ArgmapError:  # too many extensions to list
                    result = None
                if result is not None:
                    claim_view = {c: result.overlay(c) for c in debate.claim_ids}
                    argument_view = {a.id: result.argument_overlay(a.id) for a in debate.arguments}
            claims[reading][semantics] = claim_view
            arguments[reading][semantics] = argument_view
    return claims, arguments


def _perspective_views(
    debate: Debate,
) -> tuple[Views, Views, dict[str, list[dict[str, str]]]]:
    """For each actor holding claims and no audience, the map as it sees it: its claims
    (held or accepted) cannot be defeated by claims outside them (``evaluate(...,
    perspective=actor)``), under :data:`PERSPECTIVE_SEMANTICS`; and the attacks that fail
    for it, with the reason. (An actor with an audience sees the audience's view.)"""
    claims: Views = {}
    arguments: Views = {}
    failing: dict[str, list[dict[str, str]]] = {}
    for actor in debate.actors:
        if not debate.claims_held_by(actor.id) or debate.audience_of(actor.id) is not None:
            continue
        viewpoint = debate.viewpoint_of(actor.id)
        inside = set(viewpoint)
        failing[actor.id] = [
            {
                "from": r.source,
                "to": r.target,
                "reason": f"{r.source}'s attack on {r.target} fails as {actor.name} sees it: "
                f"{actor.name} holds or accepts {r.target}, not {r.source}",
            }
            for r in debate.attacks
            if r.target in inside and r.source not in inside
        ]
        claims[actor.id], arguments[actor.id] = _view(
            debate,
            lambda reading, viewpoint=viewpoint: flatten(debate, reading, viewpoint),
            ("grounded",) if _large(debate) else PERSPECTIVE_SEMANTICS,
            _large(debate),
            actor.id,
        )
    return claims, arguments, failing


def _standings(debate: Debate) -> dict[str, Any] | None:
    """Each claim's standing across audiences under grounded semantics and the evidential
    reading: over the declared audiences, and over every ranking of the values when that
    stays within the search's limit."""
    if not debate.value_ids:
        return None
    out: dict[str, Any] = {"semantics": "grounded", "reading": "evidential"}
    for key, declared in (("declared", True), ("all", False)):
        if declared and not debate.audiences:
            out[key] = None
            continue
        try:
            across = across_audiences(debate, "grounded", "evidential", declared=declared)
        except ArgmapError:  # too many distinct defeat graphs: the page says so
            out[key] = None
            continue
        out[key] = {
            "audiences": across.audiences,
            "claims": {
                s.claim: {
                    "standing": s.standing.value,
                    "accepted_by": s.accepted_by.name if s.accepted_by else None,
                    "not_accepted_by": s.not_accepted_by.name if s.not_accepted_by else None,
                }
                for s in across.standings
            },
        }
    return out


def _arguments(debate: Debate) -> dict[str, dict[str, Any]]:
    """Each argument as the page shows it: scheme, premises, conclusion, text, sources, the
    claims undercutting it, and its critical questions, raised and open."""
    if not debate.arguments:
        return {}
    schemes = scheme_names(debate)
    report = debate_question_report(debate)
    out = {}
    for argument in debate.arguments:
        entry = report.argument(argument.id)
        out[argument.id] = {
            "scheme": argument.scheme,
            "scheme_name": scheme_title(argument, schemes),
            "known_scheme": entry.scheme is not None,
            "premises": list(argument.premises),
            "roles": [role for role, _ in entry.premises],
            "conclusion": argument.conclusion,
            "text": argument.text,
            "sources": _sources(debate, argument.sources),
            "undercutters": [u.source for u in debate.undercuts if u.target == argument.id],
            "open_questions": [_question(q) for q in entry.open],
            "raised_questions": [_question(q) for q in entry.raised],
        }
    return out


def _question(status: Any) -> dict[str, Any]:
    question = status.question
    return {
        "id": question.id,
        "text": question.text,
        "kind": question.kind.value,
        "while_open": question.kind.while_open,
        "raised_by": [r.claim for r in status.raised_by],
    }


def _json_for_html(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


@functools.cache
def _asset(name: str) -> str:
    return resources.files("argmap.render").joinpath(name).read_text(encoding="utf-8")


_THEME = attrs.evolve(Theme(), unevaluated=StatusStyle("STATUS", "rounded,filled", 1.2))
_EXPLORER_OPTIONS = DiagramOptions(theme=_THEME, legend=False, show_title=False)


def explorer_svg_source(debate: Debate) -> str:
    """The DOT text of the explorer's map (every claim with a status word the page fills)."""
    return debate_graph(debate, _EXPLORER_OPTIONS).source


#: The attribute that marks the text element the page fills with a claim's status.
STATUS_SLOT = "data-argmap-slot"


def _mark_status_slots(svg: str, debate: Debate) -> str:
    """The drawing without its XML prolog and doctype, the status word of each claim and
    argument marked ``data-argmap-slot="status"``, so the page finds it by attribute, never
    by its text (a claim whose id, text or holder is ``STATUS``, or an argument whose scheme
    is, must not be taken for it).

    The status word is the last row of every claim's and argument's label
    (:func:`debate_graph` draws no strength bar here), so it is the node's last ``<text>``;
    a drawing where it is not is refused rather than marked wrongly. One pass of the
    streaming XML parser finds the places, and the attribute is inserted into Graphviz's own
    bytes: nothing else is rewritten, so the page does not depend on a Python version's XML
    serializer, and a drawing of thousands of nodes takes a fraction of a second."""
    data = svg.encode("utf-8")
    marked = set(debate.claim_ids) | {a.id for a in debate.arguments}
    parser = expat.ParserCreate()
    # one frame per open element: its tag, and for a <g> what the check needs
    frames: list[dict[str, Any]] = []
    groups: list[dict[str, Any]] = []
    places: list[int] = []
    root: list[int] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        position = parser.CurrentByteIndex
        if not root:
            root.append(position)
        parent = frames[-1]["tag"] if frames else None
        frames.append({"tag": tag, "title": tag == "title" and parent == "g", "text": False})
        if tag == "g":
            group = {"node": attributes.get("class") == "node", "title": None, "last": None}
            groups.append(group)
            frames[-1]["group"] = group
        elif tag == "title" and parent == "g" and groups[-1]["title"] is None:
            groups[-1]["title"] = []
            frames[-1]["collect"] = groups[-1]["title"]
        elif tag == "text" and groups:
            words: list[str] = []
            for group in groups:  # the last text of every enclosing group, nested or not
                group["last"] = (position, words)
            frames[-1]["collect"] = words

    def characters(text: str) -> None:
        if frames and "collect" in frames[-1]:
            frames[-1]["collect"].append(text)

    def end(tag: str) -> None:
        frame = frames.pop()
        group = frame.get("group")
        if group is None:
            return
        groups.pop()
        name = "".join(group["title"]) if group["title"] is not None else None
        if not group["node"] or name not in marked:
            return
        last = group["last"]
        if last is None or "".join(last[1]) != _THEME.unevaluated.word:
            raise ArgmapError(f"the explorer's drawing of {name!r} has no status word")
        places.append(last[0])

    parser.StartElementHandler = start
    parser.CharacterDataHandler = characters
    parser.EndElementHandler = end
    try:
        parser.Parse(data, True)
    except ExpatError as error:
        raise ArgmapError(f"the explorer's drawing is not well-formed SVG: {error}") from None
    if not root:
        raise ArgmapError("the explorer's drawing has no SVG element")
    out: list[bytes] = []
    done = root[0]
    for place in sorted(places):
        cut = place + len(b"<text")
        if data[place:cut] != b"<text":
            raise ArgmapError("the explorer's drawing could not be marked")
        out.append(data[done:cut])
        out.append(f' {STATUS_SLOT}="status"'.encode())
        done = cut
    out.append(data[done:])
    return b"".join(out).decode("utf-8").rstrip()


def _fingerprint(dot: str, payload: str) -> str:
    # everything the page is made from except Graphviz's drawing, whose bytes vary by version
    made_of = dot + payload + _asset("explorer.js") + _asset("explorer.css")
    return hashlib.sha256(made_of.encode("utf-8")).hexdigest()


def explorer_fingerprint(debate: Debate) -> str:
    """SHA-256 of what the page is made from (the map's DOT text, the embedded data, the
    page's script and style):
    the page carries it in ``<meta name="argmap-source">``, so a test can tell a stale page
    without comparing SVG bytes that differ between Graphviz versions."""
    return _fingerprint(explorer_svg_source(debate), _json_for_html(explorer_data(debate)))


def explorer_html(debate: Debate, *, svg: str | None = None) -> str:
    """The page for ``debate`` (``svg`` lets a caller pass a ready drawing of
    :func:`explorer_svg_source`; by default Graphviz draws it)."""
    import graphviz

    data = explorer_data(debate)
    dot = explorer_svg_source(debate)
    if svg is None:
        # dot for a small or sparse map, sfdp for a large or dense one (choose_engine)
        svg = layout_bytes(graphviz.Source(dot), "svg", count_elements(debate)).decode("utf-8")
    svg = _mark_status_slots(svg, debate)
    script = _asset("explorer.js")
    style = _asset("explorer.css")
    payload = _json_for_html(data)
    fingerprint = _fingerprint(dot, payload)
    policy = (
        "default-src 'none'; "
        f"script-src '{_hash(script)}'; "
        f"style-src '{_hash(style)}'; "
        "img-src 'none'; connect-src 'none'; font-src 'none'; object-src 'none'; "
        "base-uri 'none'; form-action 'none'"
    )
    # the page's own text: HTML escaping (html_text is for Graphviz labels, which also
    # doubles backslashes)
    title = html.escape(" ".join((debate.title or debate.question).split()))
    question = html.escape(" ".join(debate.question.split()))
    argument_hint = (
        " Small green boxes are arguments: lines from their premises, which hold only jointly,"
        " and an arrow to their conclusion; select one for its scheme and critical questions."
        if debate.arguments
        else ""
    )
    stance_boxes = "".join(
        f'<label><input type="checkbox" name="stance" value="{s}" checked> {s}</label>'
        for s in ("pro", "con", "neutral")
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="argmap">
<meta name="argmap-source" content="{fingerprint}">
<title>{title}</title>
<style>{style}</style>
</head>
<body>
<header>
<h1>{title}</h1>
<p>{question}</p>
</header>
<nav class="controls" aria-label="View">
<label>Semantics <select id="semantics"></select></label>
<label>Support reading <select id="reading"></select></label>
<label>As seen by <select id="actor"></select></label>
<label><input type="checkbox" id="actor-only"> only their claims</label>
<label>Audience <select id="audience"></select></label>
<fieldset><legend>Stance</legend>{stance_boxes}</fieldset>
<label>Search <input type="search" id="search" placeholder="words in a claim"></label>
<span class="stepper" role="group" aria-label="Grounded rounds">Grounded rounds:
<button type="button" id="round-prev" aria-label="Previous round">&#9664;</button>
<span id="round-label" aria-live="polite">off</span>
<button type="button" id="round-next" aria-label="Next round">&#9654;</button>
<button type="button" id="round-stop">show the semantics</button></span>
<button type="button" id="zoom" aria-pressed="false">fit the map to the window</button>
</nav>
<main>
<section id="map"
 aria-label="The map: claims are boxes; Tab to a claim and press Enter to select it">
{svg}
</section>
<aside id="side">
<section id="legend" aria-label="Legend">
<p id="view-label" aria-live="polite"></p>
<p id="reading-note" class="reading-note" aria-live="polite" hidden></p>
<ul id="legend-statuses"></ul>
<p class="hint">Blue boxes are pro, orange con, grey neutral (the stance is also written in
each box). Green arrows support, red bars attack, purple dashed bars undercut.{argument_hint}</p>
</section>
<section id="panel" tabindex="-1" aria-live="polite" aria-label="The selected claim"></section>
<noscript><p>This page needs JavaScript to switch views; the map shows the claims.</p></noscript>
</aside>
</main>
<script type="application/json" id="argmap-data">{payload}</script>
<script>{script}</script>
</body>
</html>
"""


def write_explorer(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the explorer page for ``debate``, atomically."""
    atomic_write_text(path, explorer_html(debate))

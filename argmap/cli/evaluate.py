"""``argmap evaluate``: which claims of a map stand, as a table or JSON.

    argmap evaluate MAP [--semantics S] [--support R] [--perspective ACTOR] [--audience ID]
                        [--formal] [--json] [--width N] [--gradual METHOD] [--robustness]
                        [--timeout S]
    argmap evaluate MAP --audiences [--declared] [--semantics S] [--support R] [--json]

Prints a table of every claim (stance, kind, status, text), then the verdict: whether each
thesis stands, falls or is undecided, and how each actor's claims fare; one line says which
semantics and reading of supports decided it, and one more when another reading would change
a thesis's verdict. A map's [classroom] profile chooses the semantics and reading when the
command line does not. --formal prints the formal terms instead: statuses accepted (in every
extension), credulous (in some) and rejected (in none), and each claim's grounded label (IN,
OUT, UNDEC). --json prints the formal data as one JSON object, with each argument's status
(it stands when its premises, its conclusion and the reading's node for it do; see
docs/arguments.md).
--gradual adds each claim's strength under a gradual semantics (dfquad, quad, euler,
quadratic-energy, h-categoriser) from its base score; --robustness prints instead a table of
each claim's status (stands, undecided, falls; with --formal acc, cred, rej) under grounded,
preferred and stable semantics and the four support readings, marking with * the claims
whose status changes.
--audience ID applies one of the map's rankings of values (Bench-Capon's audiences): the
attacks that fail for it are listed with the reason. --audiences prints instead for which
audiences each claim stands (is in every extension): every audience, some audiences (one for
which it stands and one for which it does not are named) or no audience, that is
Bench-Capon's objective, subjective and indefensible (--formal prints those terms); over
every ranking of the map's values, or with --declared over the map's own audiences. See
docs/values.md.
--timeout S stops after S seconds, printing nothing, with exit status 124.
"""

from __future__ import annotations

import argparse
import io
import json
import sys

from argmap.cli._classroom import add_classroom_options, chosen_reading
from argmap.cli._common import UsageError, add_command
from argmap.cli._deadline import TimeLimitReached, add_timeout_option, report, time_limit
from argmap.cli._inputs import (
    add_audience_option,
    add_input_options,
    add_reading_options,
    read_input,
)
from argmap.debate import AcrossAudiences, Audience, Debate, Evaluation, across_audiences
from argmap.debate import evaluate as evaluate_debate
from argmap.explain.plain import plain_table, plain_verdict, reading_note
from argmap.explain.whatif import robustness
from argmap.gradual import GradualResult, debate_strengths

__all__ = ["add_parser", "as_json", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``evaluate`` and its options."""
    summary = "print which claims of a map stand"
    parser = add_command(subparsers, "evaluate", summary, __doc__)
    parser.add_argument("input", metavar="MAP", help="a map file (.argmap.toml or .argmap.json)")
    add_input_options(parser)
    add_reading_options(parser, "preferred")
    add_audience_option(parser)
    add_classroom_options(parser, "preferred")
    parser.add_argument(
        "--audiences",
        action="store_true",
        help="print for which audiences each claim stands: every, some or none "
        "(--formal: objective, subjective or indefensible)",
    )
    parser.add_argument(
        "--declared",
        action="store_true",
        help="with --audiences: only the map's own audiences, not every ranking of its values",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the table"
    )
    parser.add_argument(
        "--gradual",
        metavar="METHOD",
        help="add strengths: dfquad, quad, euler, quadratic-energy or h-categoriser",
    )
    parser.add_argument(
        "--robustness",
        action="store_true",
        help="print each claim's status across semantics and support readings",
    )
    parser.add_argument(
        "--width",
        type=int,
        default=60,
        metavar="N",
        help="cut claim texts to N characters (default 60)",
    )
    add_timeout_option(parser)
    parser.set_defaults(handler=run)
    return parser


def as_json(result: Evaluation, strengths: GradualResult | None = None) -> dict[str, object]:
    """The evaluation as plain data (what ``--json`` prints)."""
    verdict = result.verdict
    rows: list[dict[str, str | float]] = [dict(row) for row in result.rows()]
    if strengths is not None:
        for row in rows:
            row["strength"] = round(strengths[row["claim"]], 6)
    gradual = None
    if strengths is not None:
        gradual = {
            "method": strengths.method.value,
            "converged": strengths.converged,
            "iterations": strengths.iterations,
            "notes": list(strengths.notes),
        }
    return {
        "question": result.debate.question,
        "semantics": result.semantics.title,
        "support": result.reading.value,
        "perspective": result.perspective,
        "audience": _audience_json(result.audience),
        "failed_attacks": [
            {
                "relation": f.relation.id,
                "from": f.relation.source,
                "to": f.relation.target,
                "reason": f.explain(result.debate),
            }
            for f in result.failed_attacks
        ],
        "extensions": [[c for c in result.debate.claim_ids if c in e] for e in result.extensions],
        "more_extensions": result.more_extensions,
        "claims": rows,
        "arguments": [
            {
                "argument": a.id,
                "premises": list(a.premises),
                "conclusion": a.conclusion,
                "scheme": a.scheme,
                "status": result.argument_status(a.id).value,
            }
            for a in result.debate.arguments
        ],
        "gradual": gradual,
        "theses": [
            {"claim": c.id, "status": s.value, "grounded": g.name} for c, s, g in verdict.theses
        ],
        "actors": [
            {
                "actor": p.actor,
                "name": p.name,
                "accepted": list(p.accepted),
                "credulous": list(p.credulous),
                "rejected": list(p.rejected),
            }
            for p in verdict.actors
        ],
    }


def _audience_json(audience: Audience | None) -> dict[str, object] | None:
    if audience is None:
        return None
    return {
        "id": audience.id or None,
        "name": audience.name,
        "order": [list(tier) for tier in audience.order],
    }


def audiences_as_json(result: AcrossAudiences) -> dict[str, object]:
    """Each claim's standing across audiences as plain data (``--audiences --json``)."""
    return {
        "question": result.debate.question,
        "semantics": result.semantics.title,
        "support": result.reading.value,
        "audiences": "declared" if result.declared else "every ranking of the values",
        "values": list(result.debate.value_ids),
        "rankings": result.audiences,
        "defeat_graphs": result.defeat_graphs,
        "claims": [
            {
                "claim": s.claim,
                "standing": s.standing.value,
                "accepted_by": _audience_json(s.accepted_by),
                "not_accepted_by": _audience_json(s.not_accepted_by),
            }
            for s in result.standings
        ],
    }


def run(options: argparse.Namespace) -> int:
    """Evaluate the map and print the result (nothing, past ``--timeout``)."""
    try:
        with time_limit(options.timeout):
            text = _output(options)
    except TimeLimitReached:
        return report(options.timeout)
    sys.stdout.write(text)
    return 0


def _output(options: argparse.Namespace) -> str:
    """Everything ``evaluate`` prints, computed before any of it is printed."""
    debate = read_input(options.input, options.source_format, strict=options.strict)
    if not isinstance(debate, Debate):
        raise UsageError(
            f"{options.input} is a framework file; evaluate takes a map (for frameworks use "
            "'argmap solve')"
        )
    if options.width < 10:
        raise UsageError("--width must be at least 10")
    out = io.StringIO()
    semantics, support = chosen_reading(options, debate)
    if options.declared and not options.audiences:
        raise UsageError("--declared goes with --audiences")
    if options.audiences:
        if options.audience or options.perspective or options.robustness or options.gradual:
            raise UsageError(
                "--audiences compares every audience; leave out --audience, --perspective, "
                "--robustness and --gradual"
            )
        across = across_audiences(debate, semantics, support, declared=options.declared)
        if options.json:
            return json.dumps(audiences_as_json(across), indent=2, ensure_ascii=False) + "\n"
        what = (
            "standing across audiences"
            if options.formal
            else "for which audiences each claim stands (--formal shows the formal terms)"
        )
        out.write(
            f"{debate.question}\n{across.semantics.title} semantics, "
            f"{across.reading.value} support: {what}\n\n"
        )
        out.write(across.table(width=options.width, plain=not options.formal) + "\n")
        return out.getvalue()
    if options.robustness:
        return robustness(debate).table(plain=not options.formal) + "\n"
    result = evaluate_debate(debate, semantics, support, options.perspective, options.audience)
    strengths = debate_strengths(debate, options.gradual) if options.gradual else None
    if options.json:
        return json.dumps(as_json(result, strengths), indent=2, ensure_ascii=False) + "\n"
    perspective = f", as {result.perspective} sees it" if result.perspective else ""
    if result.audience is not None:
        perspective += f", for {result.audience.name} ({result.audience.ranking})"
    formal = options.formal
    if formal:
        out.write(
            f"{debate.question}\n{result.semantics.title} semantics, {result.reading.value} "
            f"support{perspective}: {result.extension_summary}\n\n"
        )
        out.write(result.table(width=options.width) + "\n\n")
    else:  # the formal words stay on one line
        out.write(
            f"{debate.question}\nEach claim stands, falls or is undecided{perspective} "
            f"({result.semantics.title} semantics, {result.reading.value} reading of "
            "supports; --formal shows the formal terms).\n\n"
        )
        out.write(plain_table(result, width=options.width) + "\n\n")
    for failure in result.failed_attacks:
        out.write(f"fails: {failure.explain(debate)}\n")
    if result.failed_attacks:
        out.write("\n")
    if strengths is not None:
        out.write(_strength_table(result, strengths) + "\n\n")
    out.write((str(result.verdict) if formal else plain_verdict(result)) + "\n")
    note = reading_note(result, formal=formal)
    if note:
        out.write(note + "\n")
    return out.getvalue()


def _strength_table(result: Evaluation, strengths: GradualResult) -> str:
    status = "converged" if strengths.converged else "DID NOT CONVERGE"
    lines = [f"{strengths.method.value} strengths ({status}):"]
    width = max(len(c) for c in result.debate.claim_ids)
    for claim in result.debate.claims:
        value = strengths[claim.id]
        bar = "#" * round(value * 20)
        lines.append(f"{claim.id.ljust(width)}  {value:.3f}  {bar}")
    lines.extend(f"note: {n}" for n in strengths.notes)
    return "\n".join(lines)

"""Hypothesis strategies for small argumentation frameworks."""

from __future__ import annotations

from hypothesis import strategies as st

from argmap import ArgumentFramework


@st.composite
def small_frameworks(draw, max_arguments: int = 9, string_labels: bool | None = None):
    """Frameworks of 0..max_arguments arguments, any attacks, self-attacks included.

    Labels are ints or strings; the attack density varies from none to dense.
    """
    n = draw(st.integers(0, max_arguments))
    if string_labels is None:
        string_labels = draw(st.booleans())
    labels = [f"a{i}" for i in range(n)] if string_labels else list(range(n))
    if n == 0:
        return ArgumentFramework([], [])
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    attacks = draw(st.lists(pairs, max_size=3 * n))
    order = draw(st.permutations(labels))
    return ArgumentFramework(order, [(labels[a], labels[b]) for a, b in attacks])


def as_indices(af: ArgumentFramework):
    """``(A, R)`` on indices, the form the reference implementation takes."""
    A = set(range(len(af)))
    R = {(i, j) for i, row in enumerate(af.successors) for j in row}
    return A, R


@st.composite
def small_debates(
    draw, max_claims: int = 6, undercuts: bool = True, supports: bool = True, thesis: bool = False
):
    """Debates of 1..max_claims claims with random supports (when ``supports``), attacks
    (self-attacks included) and, when ``undercuts``, up to two undercuts of those
    relations; with ``thesis``, claim c0 is the thesis."""
    from argmap.debate import DebateBuilder

    n = draw(st.integers(1, max_claims))
    ids = [f"c{i}" for i in range(n)]
    b = DebateBuilder("Q?")
    for claim_id in ids:
        b.claim(
            claim_id,
            claim_id.upper(),
            stance=draw(st.sampled_from(["pro", "con", "neutral"])),
            kind="thesis" if thesis and claim_id == "c0" else "reason",
        )
    pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    relation_ids = []
    for a, c in draw(st.lists(pairs, max_size=2 * n if supports else 0, unique=True)):
        if a != c:
            relation_ids.append(b.supports(a, c))
    for a, c in draw(st.lists(pairs, max_size=2 * n, unique=True)):
        relation_ids.append(b.attacks(a, c))
    if undercuts and relation_ids:
        chosen = draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(relation_ids)),
                max_size=2,
                unique=True,
            )
        )
        for u, r in chosen:
            b.undercuts(u, r)
    return b.build()


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30
).filter(lambda s: s.strip())
_IDS = st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,6}", fullmatch=True)


@st.composite
def rich_debates(draw, arguments: bool = False, values: bool = False):
    """Debates using every field of the model: sources, actors, citations, tags, scores,
    notes, reconstructed claims, relation rationales, custom relation ids and undercuts;
    texts with quotes, backslashes, newlines and any Unicode. With ``arguments``, also
    linked arguments (some undercut), critical questions on attacks and undercuts (AIF
    carries both, Argdown not yet), and map-defined schemes (no interchange format carries
    them yet). With ``values``, values on claims and arguments, described or not, and
    audiences with tiers (only map files carry them)."""
    from argmap.debate import DebateBuilder

    b = DebateBuilder(
        draw(_TEXT),
        title=draw(st.none() | _TEXT),
        date=draw(st.none() | st.dates().map(lambda d: d.isoformat())),
        authors=draw(st.lists(_TEXT, max_size=2)),
        description=draw(st.none() | _TEXT),
    )
    source_ids = draw(st.lists(_IDS, max_size=2, unique=True))
    for s in source_ids:
        b.source(s, draw(_TEXT), url=draw(st.none() | _TEXT), date=draw(st.none() | _TEXT))
    claim_ids = draw(st.lists(_IDS, min_size=1, max_size=5, unique=True))
    actor_ids = draw(st.lists(_IDS, max_size=3, unique=True))
    for a in actor_ids:
        b.actor(
            a,
            draw(_TEXT),
            kind=draw(
                st.sampled_from(
                    [
                        "party",
                        "institution",
                        "government",
                        "ngo",
                        "company",
                        "person",
                        "media",
                        "group",
                    ]
                )
            ),
            affiliation=draw(st.none() | _TEXT),
            note=draw(st.none() | _TEXT),
            accepts=draw(st.lists(st.sampled_from(claim_ids), max_size=2, unique=True)),
        )
    value_ids: list[str] = []
    audience_ids: list[str] = []
    if values:
        value_ids = draw(st.lists(_IDS, min_size=1, max_size=4, unique=True))
        if draw(st.booleans()):  # described, or only named
            for v in value_ids:
                b.value(v, draw(_TEXT), draw(st.none() | _TEXT))
        holders = list(actor_ids)
        for i in range(draw(st.integers(0, 2))):
            ranked = draw(st.permutations(value_ids))
            order: list = []
            for v in ranked[: draw(st.integers(1, len(ranked)))]:
                if order and draw(st.booleans()):  # ranked equally with the previous entry
                    last = order.pop()
                    order.append([*([last] if isinstance(last, str) else last), v])
                else:
                    order.append(v)
            mine = draw(st.lists(st.sampled_from(holders), max_size=1)) if holders else []
            for a in mine:
                holders.remove(a)
            audience_ids.append(f"audience-{i}")
            b.audience(audience_ids[-1], draw(_TEXT), order, actors=mine,
                       description=draw(st.none() | _TEXT))  # fmt: skip
    promoted = (
        st.lists(st.sampled_from(value_ids), max_size=2, unique=True) if value_ids else st.just([])
    )
    citation = st.builds(
        dict,
        source=st.sampled_from(source_ids) if source_ids else st.none(),
        citation=_TEXT,
        url=st.none() | _TEXT,
        locator=st.none() | _TEXT,
    )
    for c in claim_ids:
        b.claim(
            c,
            draw(_TEXT),
            stance=draw(st.sampled_from(["pro", "con", "neutral"])),
            kind=draw(
                st.sampled_from(
                    [
                        "thesis",
                        "reason",
                        "objection",
                        "exception",
                        "evidence",
                        "rebuttal",
                        "context",
                    ]
                )
            ),
            actors=draw(st.lists(st.sampled_from(actor_ids), max_size=2, unique=True))
            if actor_ids
            else (),
            values=draw(promoted),
            sources=draw(st.lists(citation, max_size=2)),
            tags=draw(st.lists(_TEXT, max_size=2)),
            base_score=draw(st.none() | st.floats(0, 1)),
            note=draw(st.none() | _TEXT),
            reconstructed=draw(st.booleans()),
        )
    pairs = st.tuples(st.sampled_from(claim_ids), st.sampled_from(claim_ids))
    relation_ids = []
    for a, c in draw(st.lists(pairs, max_size=6, unique=True)):
        if a != c:
            relation_ids.append(b.supports(a, c, rationale=draw(st.none() | _TEXT)))
    question = (st.none() | _TEXT) if arguments else st.none()
    for i, (a, c) in enumerate(draw(st.lists(pairs, max_size=6, unique=True))):
        custom = draw(st.booleans())
        relation_ids.append(
            b.attacks(
                a,
                c,
                id=f"r{i}" if custom else None,
                sources=draw(st.lists(citation, max_size=1)),
                question=draw(question),
            )
        )
    scheme_ids = [None]
    if arguments:
        for i in range(draw(st.integers(0, 2))):  # map-defined schemes, hostile text
            scheme_id = f"own-scheme-{i}"
            roles = draw(st.lists(st.sampled_from(["first", "second", "third"]), min_size=1,
                                  max_size=3, unique=True))  # fmt: skip
            names = draw(st.lists(st.sampled_from(["a", "b", "c-d"]), max_size=3, unique=True))
            b.scheme(
                {
                    "id": scheme_id,
                    "name": draw(_TEXT),
                    "premises": [{"id": role, "form": draw(_TEXT)} for role in roles],
                    "conclusion": draw(_TEXT),
                    "questions": [
                        {
                            "id": f"{scheme_id}.{name}",
                            "text": draw(_TEXT),
                            "kind": draw(st.sampled_from(["premise", "assumption", "exception"])),
                        }
                        for name in names
                    ],
                    "source": draw(st.just("") | _TEXT),
                }
            )
            scheme_ids.append(scheme_id)
    if arguments and len(claim_ids) > 1:
        for i in range(draw(st.integers(0, 3))):
            conclusion = draw(st.sampled_from(claim_ids))
            others = [c for c in claim_ids if c != conclusion]
            relation_ids.append(  # longer than any claim id drawn above, so never one
                b.argument(
                    f"argument{i}",
                    draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True)),
                    conclusion,
                    scheme=draw(st.sampled_from(scheme_ids) | _TEXT),
                    values=draw(promoted),
                    text=draw(st.none() | _TEXT),
                    sources=draw(st.lists(citation, max_size=1)),
                )
            )
    if relation_ids:
        for u, r in draw(
            st.lists(
                st.tuples(st.sampled_from(claim_ids), st.sampled_from(relation_ids)),
                max_size=2,
                unique=True,
            )
        ):
            b.undercuts(u, r, question=draw(question))
    for _ in range(draw(st.integers(0, 2))):
        listed = draw(st.lists(st.sampled_from(claim_ids), max_size=3, unique=True))
        cut, cut2 = sorted(draw(st.lists(st.integers(0, len(listed)), min_size=2, max_size=2)))
        b.verdicts(
            draw(st.sampled_from(["grounded", "PR", "stable", "cf2"])),
            draw(st.sampled_from(["deductive", "necessary", "evidential", "none"])),
            accepted=listed[:cut],
            credulous=listed[cut:cut2],
            rejected=listed[cut2:],
            note=draw(st.none() | _TEXT),
            audience=draw(st.sampled_from([None, *audience_ids])),
        )
    return b.build()


@st.composite
def argument_debates(draw, max_claims: int = 5, max_arguments: int = 2, undercuts: bool = False):
    """Debates of 2..max_claims claims with random supports and attacks and up to
    ``max_arguments`` arguments of one to three premises (linked); with ``undercuts``, up to
    two undercuts of supports, attacks or arguments."""
    from argmap.debate import DebateBuilder

    n = draw(st.integers(2, max_claims))
    ids = [f"c{i}" for i in range(n)]
    b = DebateBuilder("Q?")
    for claim_id in ids:
        b.claim(claim_id, claim_id.upper())
    pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    relation_ids = []
    for a, c in draw(st.lists(pairs, max_size=n, unique=True)):
        if a != c:
            relation_ids.append(b.supports(a, c))
    for a, c in draw(st.lists(pairs, max_size=2 * n, unique=True)):
        relation_ids.append(b.attacks(a, c))
    for k in range(draw(st.integers(1, max_arguments))):
        conclusion = draw(st.sampled_from(ids))
        others = [c for c in ids if c != conclusion]
        premises = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        relation_ids.append(b.argument(f"A{k}", premises, conclusion))
    if undercuts:
        for u, r in draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(relation_ids)),
                max_size=2,
                unique=True,
            )
        ):
            b.undercuts(u, r)
    return b.build()

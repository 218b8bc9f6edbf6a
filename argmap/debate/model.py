"""The debate model: claims, the supports, attacks and undercuts between them, who holds them.

Every class is a small frozen attrs class; a :class:`Debate` checks itself as a whole
when built and raises :class:`~argmap.errors.DebateError` listing *every* mistake
(unknown or duplicate ids, a claim supporting itself, an undercut aimed at a relation
that does not exist, a base score outside [0, 1], ...), so nothing is half-built.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Should the city ban smoking in bars?")
>>> _ = b.claim("ban", "Ban smoking in bars.", stance="pro", kind="thesis")
>>> _ = b.claim("health", "Second-hand smoke harms staff.", stance="pro")
>>> _ = b.supports("health", "ban")
>>> debate = b.build()
>>> [c.id for c in debate.claims], [r.id for r in debate.relations]
(['ban', 'health'], ['health supports ban'])
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, TypeVar

import attrs

from argmap._deprecation import renamed_attributes
from argmap.choices import Choice  # re-exported here for code that imported it from here
from argmap.debate.classroom import ClassroomProfile
from argmap.errors import ArgmapError, DebateError, Problem, UnknownChoiceError, UnknownIdError
from argmap.semantics.names import Semantics

if TYPE_CHECKING:  # the evaluation and schemes modules import this one
    from argmap.debate.evaluation import Evaluation
    from argmap.debate.schemes import Scheme

__all__ = [
    "ID_PATTERN",
    "Actor",
    "ActorKind",
    "Argument",
    "Audience",
    "Choice",
    "Citation",
    "Claim",
    "ClaimKind",
    "Debate",
    "ExpectedVerdicts",
    "Relation",
    "RelationKind",
    "Source",
    "Stance",
    "SupportReading",
    "Value",
    "default_relation_id",
    "inference_of_support",
]

#: Ids of claims, actors and sources: a letter, digit or underscore, then those, ``.`` or ``-``.
#: Spaces and punctuation such as ``>`` are kept out so that ids never clash with the
#: meta-arguments a support reading adds, and read well on a diagram.
ID_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")


class Stance(Choice):
    """Where a claim stands on the debate's question."""

    PRO = "pro"
    CON = "con"
    NEUTRAL = "neutral"


class ClaimKind(Choice):
    """The role a claim plays in the debate.

    ``context`` is for framing facts that other claims lean on but that argue for
    neither side.
    """

    THESIS = "thesis"
    REASON = "reason"
    OBJECTION = "objection"
    EXCEPTION = "exception"
    EVIDENCE = "evidence"
    REBUTTAL = "rebuttal"
    CONTEXT = "context"


class ActorKind(Choice):
    """What sort of actor holds a claim."""

    PARTY = "party"
    INSTITUTION = "institution"
    GOVERNMENT = "government"
    NGO = "ngo"
    COMPANY = "company"
    PERSON = "person"
    MEDIA = "media"
    GROUP = "group"


class SupportReading(Choice):
    """What a support means; :mod:`argmap.debate.readings` defines each reading.

    >>> SupportReading.parse("Necessary")
    <SupportReading.NECESSARY: 'necessary'>
    """

    DEDUCTIVE = "deductive"
    NECESSARY = "necessary"
    EVIDENTIAL = "evidential"
    NONE = "none"


class RelationKind(Choice):
    """Support (a reason to accept), attack (a reason to reject) or undercut (an attack
    on a support or attack relation itself, i.e. on the inference)."""

    SUPPORT = "support"
    ATTACK = "attack"
    UNDERCUT = "undercut"

    @property
    def verb(self) -> str:
        """``supports``, ``attacks`` or ``undercuts``: the word in default relation ids."""
        return {"support": "supports", "attack": "attacks", "undercut": "undercuts"}[self.value]


_E = TypeVar("_E", bound=Choice)


def _parse_choice(kind: type[_E], value: _E | str) -> _E:
    try:
        return kind.parse(value)
    except UnknownChoiceError as exc:
        raise DebateError([Problem(kind._noun(), None, str(exc))]) from None


# One named converter per enum field, typed so that the constructors accept the member or
# its name (``Claim(stance="pro")``) and type checkers see the field as the enum.
def _stance(value: Stance | str) -> Stance:
    return _parse_choice(Stance, value)


def _claim_kind(value: ClaimKind | str) -> ClaimKind:
    return _parse_choice(ClaimKind, value)


def _actor_kind(value: ActorKind | str) -> ActorKind:
    return _parse_choice(ActorKind, value)


def _relation_kind(value: RelationKind | str) -> RelationKind:
    return _parse_choice(RelationKind, value)


def _strings(value: str | Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    text = str(value)
    return text if text.strip() else None


@attrs.frozen
class Source:
    """A document the debate draws on; claims cite it by ``id`` with a locator.

    >>> Source("article", "POLITICO, 2022", url="https://example.org")
    Source(id='article', citation='POLITICO, 2022', url='https://example.org', date=None)
    """

    id: str
    citation: str
    url: str | None = attrs.field(default=None, converter=_optional_text)
    date: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen
class Citation:
    """Where a claim or relation comes from: a debate source (``source`` id) or a free
    ``citation``, with an optional ``url`` and ``locator`` (a paragraph, page or article).

    >>> Citation(source="article", locator="¶3")
    Citation(source='article', citation=None, url=None, locator='¶3')
    """

    source: str | None = attrs.field(default=None, converter=_optional_text)
    citation: str | None = attrs.field(default=None, converter=_optional_text)
    url: str | None = attrs.field(default=None, converter=_optional_text)
    locator: str | None = attrs.field(default=None, converter=_optional_text)


def _grouped_relations(value: Iterable[Relation]) -> tuple[Relation, ...]:
    # Supports, then attacks, then undercuts, each kind in the order given: the order a map
    # file lists them in, so that writing and reading a debate gives an equal debate.
    relations = tuple(value)
    order = {"support": 0, "attack": 1, "undercut": 2}
    return tuple(sorted(relations, key=lambda r: order.get(getattr(r.kind, "value", ""), 3)))


def _citations(
    value: Iterable[Citation | Mapping[str, str | None] | str],
) -> tuple[Citation, ...]:
    out: list[Citation] = []
    for item in value:
        if isinstance(item, Citation):
            out.append(item)
        elif isinstance(item, Mapping):
            out.append(Citation(**item))
        else:
            out.append(Citation(citation=str(item)))
    return tuple(out)


@attrs.frozen
class Actor:
    """Someone who holds claims: a party, institution, government, NGO, company or person.

    ``accepts`` names claims the actor accepts without being their holder; with the claims
    it holds they make up its perspective (see :func:`argmap.debate.evaluate`).

    >>> Actor("renew", "Renew Europe", kind="party", affiliation="European Parliament").kind
    <ActorKind.PARTY: 'party'>
    """

    id: str
    name: str
    kind: ActorKind = attrs.field(default=ActorKind.GROUP, converter=_actor_kind)
    affiliation: str | None = attrs.field(default=None, converter=_optional_text)
    note: str | None = attrs.field(default=None, converter=_optional_text)
    accepts: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    """Claims this actor accepts without holding them (they count in its perspective)."""


@attrs.frozen
class Value:
    """A value that claims and arguments promote: privacy, security, legal certainty.

    Values make explicit why honest actors who accept the same facts disagree: they rank
    the values differently (Bench-Capon 2003; see :class:`Audience` and ``docs/values.md``).

    >>> Value("privacy", "Privacy", "Not being watched without cause.").name
    'Privacy'
    """

    id: str
    name: str
    description: str | None = attrs.field(default=None, converter=_optional_text)


def _ranking(value: Iterable[str | Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    # Each entry of an order is one value id or several ranked equally: one tier each.
    return tuple((entry,) if isinstance(entry, str) else tuple(entry) for entry in value)


@attrs.frozen
class Audience:
    """A ranking of values, highest first: how an actor weighs them (Bench-Capon 2003).

    ``order`` lists tiers, highest first; a tier is one value id or a list of value ids
    ranked equally. Values the order does not name rank below every named one, equally.
    ``actors`` hold this ranking: their perspective uses it (see ``docs/values.md``).

    >>> parliament = Audience("parliament", "Parliament", ["privacy", ["security", "safety"]])
    >>> parliament.rank("privacy"), parliament.rank("safety"), parliament.rank("cost")
    (0, 1, 2)
    >>> parliament.ranking
    'privacy > security = safety'
    """

    id: str
    name: str
    order: tuple[tuple[str, ...], ...] = attrs.field(converter=_ranking)
    actors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    description: str | None = attrs.field(default=None, converter=_optional_text)
    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    _ranks: dict[str, int] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        ranks: dict[str, int] = {}
        for tier, values in enumerate(self.order):
            for value in values:
                ranks.setdefault(value, tier)
        object.__setattr__(self, "_ranks", ranks)

    def rank(self, value: str) -> int:
        """The value's tier: 0 for the highest; every value the order does not name gets
        the same tier, below all named ones."""
        return self._ranks.get(value, len(self.order))

    def best(self, values: Iterable[str]) -> int | None:
        """The tier of the highest-ranked of ``values``; ``None`` when there are none."""
        return min((self.rank(v) for v in values), default=None)

    def ranks_above(self, higher: Iterable[str], lower: Iterable[str]) -> bool:
        """Whether the best of ``higher`` ranks strictly above the best of ``lower``;
        false when either promotes no value.

        >>> a = Audience("a", "A", ["privacy", "security"])
        >>> a.ranks_above(["privacy"], ["security"]), a.ranks_above(["security"], [])
        (True, False)
        """
        top, bottom = self.best(higher), self.best(lower)
        return top is not None and bottom is not None and top < bottom

    @property
    def ranking(self) -> str:
        """The order in words: ``"privacy > security = safety"``."""
        return " > ".join(" = ".join(tier) for tier in self.order)


@attrs.frozen
class Claim:
    """One claim of the debate.

    ``base_score`` (in [0, 1]) is the claim's intrinsic strength for gradual semantics;
    ``reconstructed`` marks a claim the map-maker supplied because the source leaves it
    implicit.

    >>> c = Claim("C13", "Biometric identification in public is contrary to EU values.",
    ...           stance="pro", actors=["tudorache"])
    >>> c.stance, c.kind, c.actors
    (<Stance.PRO: 'pro'>, <ClaimKind.REASON: 'reason'>, ('tudorache',))
    """

    id: str
    text: str
    stance: Stance = attrs.field(default=Stance.NEUTRAL, converter=_stance)
    kind: ClaimKind = attrs.field(default=ClaimKind.REASON, converter=_claim_kind)
    actors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    #: The values the claim promotes (ids); see :class:`Value` and ``docs/values.md``.
    values: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    base_score: float | None = attrs.field(default=None)
    note: str | None = attrs.field(default=None, converter=_optional_text)
    reconstructed: bool = False


@attrs.frozen
class Relation:
    """A support, attack or undercut from a claim (``source``) to a claim (``target``), or
    for an undercut, to the ``id`` of a support or attack relation.

    The ``id`` defaults to ``"<source> <verb> <target>"``, e.g. ``"C14 attacks C30"``.

    >>> Relation("attack", "C14", "C30").id
    'C14 attacks C30'
    >>> Relation("undercut", "L07", "C18 supports C16").id
    'L07 undercuts C18 supports C16'
    """

    kind: RelationKind = attrs.field(converter=_relation_kind)
    source: str
    target: str
    id: str = attrs.field(
        default=attrs.Factory(
            lambda self: default_relation_id(self.kind, self.source, self.target), takes_self=True
        )
    )
    rationale: str | None = attrs.field(default=None, converter=_optional_text)
    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)
    question: str | None = attrs.field(default=None, converter=_optional_text)
    """For an attack or undercut: the id of the critical question it raises (see
    ``docs/arguments.md``); a support raises none."""

    def __attrs_post_init__(self) -> None:
        if self.id is None:
            object.__setattr__(self, "id", default_relation_id(self.kind, self.source, self.target))


@attrs.frozen
class Argument:
    """An inference from one or more premises (claim ids) to a conclusion (a claim id).

    The premises are *linked*: they support the conclusion only together. Several arguments
    for one conclusion are *convergent*: each supports it on its own. A ``[[supports]]``
    relation is the one-premise case (see :attr:`Debate.inferences`). ``scheme`` names the
    argument scheme it instantiates, ``text`` says the inference in words. Undercuts target
    an argument by its ``id``; attacks on a premise or the conclusion are attacks on claims.
    See ``docs/arguments.md``.

    >>> a = Argument("A1", premises=["scans", "surveillance"], conclusion="ban",
    ...              scheme="verbal-classification")
    >>> a.premises, a.linked
    (('scans', 'surveillance'), True)
    """

    id: str
    premises: tuple[str, ...] = attrs.field(converter=_strings)
    conclusion: str
    scheme: str | None = attrs.field(default=None, converter=_optional_text)
    #: The values the inference promotes; they decide, for an audience, whether an undercut
    #: of the argument succeeds (``docs/values.md``).
    values: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    text: str | None = attrs.field(default=None, converter=_optional_text)
    sources: tuple[Citation, ...] = attrs.field(default=(), converter=_citations)

    @property
    def linked(self) -> bool:
        """Whether the argument has more than one premise (they hold only jointly)."""
        return len(self.premises) > 1


def inference_of_support(relation: Relation) -> Argument:
    """The one-premise argument a support relation means; its id is the relation's id.

    >>> argument = inference_of_support(Relation("support", "a", "b"))
    >>> argument.id, argument.premises, argument.conclusion
    ('a supports b', ('a',), 'b')
    """
    if relation.kind is not RelationKind.SUPPORT:
        raise ValueError(f"{relation.id!r} is not a support")
    return Argument(
        relation.id, (relation.source,), relation.target, text=relation.rationale,
        sources=relation.sources,
    )  # fmt: skip


def _semantics(value: Semantics | str) -> Semantics:
    try:
        return Semantics.parse(value)
    except ArgmapError as exc:
        raise DebateError([Problem("expected verdicts", "semantics", str(exc))]) from None


def _reading(value: SupportReading | str) -> SupportReading:
    try:
        return SupportReading.parse(value)
    except UnknownChoiceError as exc:
        raise DebateError([Problem("expected verdicts", "support", str(exc))]) from None


@attrs.frozen
class ExpectedVerdicts:
    """The statuses a map documents for one semantics and support reading (a map file's
    ``[[verdicts]]`` table): what the evaluation is expected to give, as against the
    :class:`~argmap.debate.Verdict` an evaluation computes.

    Map-makers and teachers write down what the evaluation should give; tests and
    ``argmap check`` compare it with what it does give. Claims not listed are not checked.
    ``Verdicts``, its old name, still works one release and warns.

    >>> ExpectedVerdicts("grounded", "evidential", accepted=["C13"], rejected=["C12"]).semantics
    <Semantics.GROUNDED: 'GR'>
    """

    semantics: Semantics = attrs.field(converter=_semantics)
    support: SupportReading = attrs.field(default=SupportReading.EVIDENTIAL, converter=_reading)
    accepted: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    credulous: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    rejected: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    note: str | None = attrs.field(default=None, converter=_optional_text)
    #: The audience (id) the statuses are for; ``None``: no values are applied.
    audience: str | None = attrs.field(default=None, converter=_optional_text)

    def expected(self) -> dict[str, str]:
        """Claim id to expected status name (``accepted``, ``credulous``, ``rejected``)."""
        out: dict[str, str] = {}
        for status in ("accepted", "credulous", "rejected"):
            for claim_id in getattr(self, status):
                out[claim_id] = status
        return out


def default_relation_id(kind: RelationKind | str, source: str, target: str) -> str:
    """The id a relation gets when none is given: ``"<source> <verb> <target>"``."""
    return f"{source} {RelationKind.parse(kind).verb} {target}"


# Typed tuple converters: mypy's attrs plugin cannot solve tuple's own type variable, so
# with converter=tuple it refused Debate(claims=[...]).
def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return tuple(value)


def _actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(value)


def _arguments(value: Iterable[Argument]) -> tuple[Argument, ...]:
    return tuple(value)


def _values(value: Iterable[Value]) -> tuple[Value, ...]:
    return tuple(value)


def _audiences(value: Iterable[Audience]) -> tuple[Audience, ...]:
    return tuple(value)


def _verdicts(value: Iterable[ExpectedVerdicts]) -> tuple[ExpectedVerdicts, ...]:
    return tuple(value)


def _schemes(value: Iterable[Scheme]) -> tuple[Scheme, ...]:
    return tuple(value)


@attrs.frozen
class Debate:
    """A debate: a question, the claims made about it, their relations and who holds them.

    Built from its parts (or with :class:`~argmap.debate.DebateBuilder`, or read from a map
    file with :meth:`load`); checked as a whole on construction. Equal debates compare
    equal. Claims, actors and sources keep the order given; relations are grouped as
    supports, then attacks, then undercuts, each kind in the order given (the order of a
    map file), so a written map is deterministic.

    >>> d = Debate("Ban it?", claims=[Claim("yes", "Ban it.", stance="pro", kind="thesis")])
    >>> d.claim("yes").text, d.theses[0].id
    ('Ban it.', 'yes')
    """

    question: str
    title: str | None = attrs.field(default=None, converter=_optional_text)
    date: str | None = attrs.field(default=None, converter=_optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    description: str | None = attrs.field(default=None, converter=_optional_text)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources)
    #: The values claims and arguments promote, described (``[[values]]``).
    values: tuple[Value, ...] = attrs.field(default=(), converter=_values)
    actors: tuple[Actor, ...] = attrs.field(default=(), converter=_actors)
    #: Rankings of the values (``[[audiences]]``).
    audiences: tuple[Audience, ...] = attrs.field(default=(), converter=_audiences)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims)
    arguments: tuple[Argument, ...] = attrs.field(default=(), converter=_arguments)
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_grouped_relations)
    verdicts: tuple[ExpectedVerdicts, ...] = attrs.field(default=(), converter=_verdicts)
    #: The map's own argument schemes, beside the catalogue (argmap.debate.schemes).
    schemes: tuple[Scheme, ...] = attrs.field(default=(), converter=_schemes)
    #: What a teacher fixes for a class (a map file's [classroom] table), or None.
    classroom: ClassroomProfile | None = None
    _claims_by_id: dict[str, Claim] = attrs.field(init=False, repr=False, eq=False)
    _relations_by_id: dict[str, Relation] = attrs.field(init=False, repr=False, eq=False)
    _actors_by_id: dict[str, Actor] = attrs.field(init=False, repr=False, eq=False)
    _arguments_by_id: dict[str, Argument] = attrs.field(init=False, repr=False, eq=False)
    _audiences_by_id: dict[str, Audience] = attrs.field(init=False, repr=False, eq=False)
    # asked in loops over claims, so computed once (the debate is frozen)
    _claim_ids: tuple[str, ...] = attrs.field(init=False, repr=False, eq=False)
    _relations_by_kind: dict[RelationKind, tuple[Relation, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        # The checks live in their own module, which imports this one (hence imported here).
        from argmap.debate.validation import find_problems

        problems = find_problems(self)
        if problems:
            raise DebateError(problems)
        object.__setattr__(self, "_claims_by_id", {c.id: c for c in self.claims})
        object.__setattr__(self, "_claim_ids", tuple(c.id for c in self.claims))
        by_kind: dict[RelationKind, list[Relation]] = {k: [] for k in RelationKind}
        for relation in self.relations:
            by_kind[relation.kind].append(relation)
        object.__setattr__(self, "_relations_by_kind", {k: tuple(v) for k, v in by_kind.items()})
        object.__setattr__(self, "_relations_by_id", {r.id: r for r in self.relations})
        object.__setattr__(self, "_actors_by_id", {a.id: a for a in self.actors})
        object.__setattr__(self, "_arguments_by_id", {a.id: a for a in self.arguments})
        object.__setattr__(self, "_audiences_by_id", {a.id: a for a in self.audiences})

    # -- lookups ---------------------------------------------------------------------------

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id; an UnknownIdError naming the known ids otherwise."""
        return _lookup("claim", claim_id, self._claims_by_id)

    def relation(self, relation_id: str) -> Relation:
        """The relation with this id (e.g. ``"C14 attacks C30"``)."""
        return _lookup("relation", relation_id, self._relations_by_id)

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id."""
        return _lookup("actor", actor_id, self._actors_by_id)

    def argument(self, argument_id: str) -> Argument:
        """The argument with this id."""
        return _lookup("argument", argument_id, self._arguments_by_id)

    def audience(self, audience_id: str) -> Audience:
        """The audience with this id; UnknownIdError if there is none."""
        return _lookup("audience", audience_id, self._audiences_by_id)

    def audience_of(self, actor_id: str) -> Audience | None:
        """The audience whose ``actors`` list the actor, if any."""
        self.actor(actor_id)
        return next((a for a in self.audiences if actor_id in a.actors), None)

    @property
    def value_ids(self) -> tuple[str, ...]:
        """Every value of the debate: the described ones in order, then any other that a
        claim, argument or audience names, in order of first mention."""
        seen = dict.fromkeys(v.id for v in self.values)
        for claim in self.claims:
            seen.update(dict.fromkeys(claim.values))
        for argument in self.arguments:
            seen.update(dict.fromkeys(argument.values))
        for audience in self.audiences:
            for tier in audience.order:
                seen.update(dict.fromkeys(tier))
        return tuple(seen)

    def value_name(self, value_id: str) -> str:
        """The value's name when ``[[values]]`` describes it, else its id."""
        return next((v.name for v in self.values if v.id == value_id), value_id)

    def arguments_for(self, claim_id: str) -> tuple[Argument, ...]:
        """The arguments whose conclusion is this claim (convergent when several), in order."""
        self.claim(claim_id)
        return tuple(a for a in self.arguments if a.conclusion == claim_id)

    @property
    def inferences(self) -> tuple[Argument, ...]:
        """Every inference of the debate as an :class:`Argument`: each support as a
        one-premise argument whose id is the relation's id, then the arguments. The support
        readings evaluate this one view, so a support and a one-premise argument mean the
        same.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> for c in "abc": _ = b.claim(c, c.upper())
        >>> _ = b.supports("a", "c")
        >>> _ = b.argument("A1", ["a", "b"], "c")
        >>> [(i.id, i.premises) for i in b.build().inferences]
        [('a supports c', ('a',)), ('A1', ('a', 'b'))]
        """
        return tuple(inference_of_support(r) for r in self.supports) + self.arguments

    @property
    def claim_ids(self) -> tuple[str, ...]:
        """Claim ids in the debate's order."""
        return self._claim_ids

    @property
    def theses(self) -> tuple[Claim, ...]:
        """The claims of kind ``thesis``: the answers to the question."""
        return tuple(c for c in self.claims if c.kind is ClaimKind.THESIS)

    def relations_of(self, kind: RelationKind | str) -> tuple[Relation, ...]:
        """The relations of one kind, in order."""
        return self._relations_by_kind[RelationKind.parse(kind)]

    @property
    def supports(self) -> tuple[Relation, ...]:
        """The support relations, in order."""
        return self.relations_of(RelationKind.SUPPORT)

    @property
    def attacks(self) -> tuple[Relation, ...]:
        """The attack relations, in order."""
        return self.relations_of(RelationKind.ATTACK)

    @property
    def undercuts(self) -> tuple[Relation, ...]:
        """The undercut relations, in order."""
        return self.relations_of(RelationKind.UNDERCUT)

    def claims_held_by(self, actor_id: str) -> tuple[Claim, ...]:
        """The claims that name this actor among their holders."""
        self.actor(actor_id)
        return tuple(c for c in self.claims if actor_id in c.actors)

    def viewpoint_of(self, actor_id: str) -> tuple[str, ...]:
        """The claim ids an actor holds or accepts, in debate order: its perspective."""
        accepted = set(self.actor(actor_id).accepts)
        return tuple(c.id for c in self.claims if actor_id in c.actors or c.id in accepted)

    def __len__(self) -> int:
        return len(self.claims)

    # -- conveniences that delegate to the layers above ------------------------------------

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Debate:
        """Read a map file (``.argmap.toml`` or ``.argmap.json``); see ``docs/map-format.md``.

        Delegates to :func:`argmap.formats.maps.read_map` (imported here, not at module
        level, so the model stays below the formats layer).
        """
        from argmap.formats.maps import read_map

        return read_map(path)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write this debate as a map file, atomically; the format follows the extension."""
        from argmap.formats.maps import write_map

        write_map(self, path)

    def evaluate(
        self,
        semantics: Semantics | str = "preferred",
        support: SupportReading | str = "evidential",
        perspective: str | Iterable[str] | None = None,
        audience: str | Audience | None = None,
    ) -> Evaluation:
        """Evaluate the debate; see :func:`argmap.debate.evaluate`.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Ban it?")
        >>> _ = b.claim("ban", "Ban it.", kind="thesis", stance="pro")
        >>> _ = b.claim("risk", "It is risky.", stance="pro")
        >>> _ = b.supports("risk", "ban")
        >>> b.build().evaluate("grounded").status("ban").value
        'accepted'
        """
        from argmap.debate.evaluation import evaluate

        return evaluate(
            self, semantics=semantics, support=support, perspective=perspective, audience=audience
        )

    def _repr_mimebundle_(self, include: object = None, exclude: object = None) -> dict[str, str]:
        """Jupyter display: the diagram as SVG, or a text summary when it cannot be drawn."""
        try:
            from argmap.render.notebook import mimebundle
        except ImportError:  # the graphviz package is missing: show text
            return {"text/plain": repr(self)}
        return mimebundle(self)

    def check_verdicts(self) -> list[str]:
        """Evaluate every documented :class:`ExpectedVerdicts` and list the claims that differ,
        one sentence each; an empty list means the map's documented verdicts hold."""
        from argmap.debate.evaluation import evaluate

        mismatches = []
        for verdicts in self.verdicts:
            result = evaluate(
                self, verdicts.semantics, verdicts.support, audience=verdicts.audience
            )
            audience = f" for audience {verdicts.audience}" if verdicts.audience else ""
            for claim_id, wanted in verdicts.expected().items():
                got = result.status(claim_id).value
                if got != wanted:
                    mismatches.append(
                        f"{claim_id} under {verdicts.semantics.title} semantics with "
                        f"{verdicts.support.value} support{audience}: documented {wanted}, "
                        f"evaluated {got}"
                    )
        return mismatches


_T = TypeVar("_T")


def _lookup(what: str, key: str, table: Mapping[str, _T]) -> _T:
    try:
        return table[key]
    except KeyError:
        pass
    ids = list(table)
    shown = ", ".join(repr(i) for i in ids[:8])
    if len(ids) > 8:
        shown += f", ... ({len(ids) - 8} more)"
    raise UnknownIdError(f"unknown {what} {key!r}; known: {shown or 'none'}")


#: Old names served one release, with a DeprecationWarning.
__getattr__ = renamed_attributes(__name__, {"Verdicts": ("ExpectedVerdicts", ExpectedVerdicts)})

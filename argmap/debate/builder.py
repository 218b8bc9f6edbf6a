"""Writing a debate down in code, one claim or relation per call."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from argmap.debate.model import (
    Actor,
    Argument,
    Audience,
    Citation,
    Claim,
    Debate,
    ExpectedVerdicts,
    Relation,
    RelationKind,
    Source,
    Value,
)
from argmap.debate.schemes import Scheme, schemes_from_tables

__all__ = ["DebateBuilder"]


class DebateBuilder:
    """Collects the parts of a debate; :meth:`build` checks them all at once.

    Each adding method returns the id of what it added, so an undercut can name the
    relation it attacks.

    >>> b = DebateBuilder("Should the EU ban live facial recognition in public?")
    >>> _ = b.actor("greens", "Greens/EFA", kind="party")
    >>> _ = b.claim("ban", "Ban it, with no police exceptions.", stance="pro",
    ...             kind="thesis", actors=["greens"])
    >>> _ = b.claim("keep", "Police should keep it for emergencies.", stance="con",
    ...             kind="thesis")
    >>> _ = b.attacks("ban", "keep")
    >>> _ = b.attacks("keep", "ban")
    >>> debate = b.build()
    >>> len(debate), [r.id for r in debate.attacks]
    (2, ['ban attacks keep', 'keep attacks ban'])
    """

    def __init__(
        self,
        question: str,
        *,
        title: str | None = None,
        date: str | None = None,
        authors: Iterable[str] = (),
        description: str | None = None,
    ) -> None:
        self._header: dict[str, Any] = {
            "question": question,
            "title": title,
            "date": date,
            "authors": tuple(authors),
            "description": description,
        }
        self._sources: list[Source] = []
        self._values: list[Value] = []
        self._audiences: list[Audience] = []
        self._actors: list[Actor] = []
        self._claims: list[Claim] = []
        self._relations: list[Relation] = []
        self._arguments: list[Argument] = []
        self._verdicts: list[ExpectedVerdicts] = []
        self._schemes: list[Scheme] = []

    def source(
        self, source_id: str, citation: str, *, url: str | None = None, date: str | None = None
    ) -> str:
        """Add a source document claims can cite by id."""
        self._sources.append(Source(source_id, citation, url=url, date=date))
        return source_id

    def value(self, value_id: str, name: str, description: str | None = None) -> str:
        """Describe a value claims and arguments can promote (``docs/values.md``)."""
        self._values.append(Value(value_id, name, description))
        return value_id

    def audience(
        self,
        audience_id: str,
        name: str,
        order: Iterable[str | Iterable[str]],
        *,
        actors: Iterable[str] = (),
        description: str | None = None,
        sources: Iterable[Citation | dict[str, Any] | str] = (),
    ) -> str:
        """Add an audience: a ranking of values, highest first, where an entry is a value
        id or several ranked equally; ``actors`` hold it."""
        self._audiences.append(
            Audience(
                audience_id,
                name,
                tuple(order),
                actors=tuple(actors),
                description=description,
                sources=tuple(sources),
            )
        )
        return audience_id

    def actor(
        self,
        actor_id: str,
        name: str,
        *,
        kind: str = "group",
        affiliation: str | None = None,
        note: str | None = None,
        accepts: Iterable[str] = (),
    ) -> str:
        """Add an actor (kind: party, institution, government, ngo, company, person, media,
        group); ``accepts`` lists claims it accepts without holding them."""
        self._actors.append(
            Actor(
                actor_id,
                name,
                kind=kind,
                affiliation=affiliation,
                note=note,
                accepts=tuple(accepts),
            )
        )
        return actor_id

    def claim(
        self,
        claim_id: str,
        text: str,
        *,
        stance: str = "neutral",
        kind: str = "reason",
        actors: Iterable[str] = (),
        values: Iterable[str] = (),
        sources: Iterable[Citation | dict[str, Any] | str] = (),
        tags: Iterable[str] = (),
        base_score: float | None = None,
        note: str | None = None,
        reconstructed: bool = False,
    ) -> str:
        """Add a claim; see :class:`~argmap.debate.Claim` for the fields."""
        self._claims.append(
            Claim(
                claim_id,
                text,
                stance=stance,
                kind=kind,
                actors=tuple(actors),
                values=tuple(values),
                sources=tuple(sources),
                tags=tuple(tags),
                base_score=base_score,
                note=note,
                reconstructed=reconstructed,
            )
        )
        return claim_id

    def _relation(self, kind: RelationKind, source: str, target: str, **fields: Any) -> str:
        relation = Relation(kind, source, target, **fields)
        self._relations.append(relation)
        return relation.id

    def supports(
        self,
        source: str,
        target: str,
        *,
        id: str | None = None,
        rationale: str | None = None,
        sources: Iterable[Citation | dict[str, Any] | str] = (),
    ) -> str:
        """``source`` gives a reason to accept ``target``; returns the relation id."""
        return self._relation(
            RelationKind.SUPPORT, source, target, id=id, rationale=rationale, sources=tuple(sources)
        )

    def attacks(
        self,
        source: str,
        target: str,
        *,
        id: str | None = None,
        rationale: str | None = None,
        sources: Iterable[Citation | dict[str, Any] | str] = (),
        question: str | None = None,
    ) -> str:
        """``source`` gives a reason to reject ``target``; returns the relation id.
        ``question`` is the id of the critical question the attack raises, if any."""
        return self._relation(
            RelationKind.ATTACK,
            source,
            target,
            id=id,
            rationale=rationale,
            sources=tuple(sources),
            question=question,
        )

    def undercuts(
        self,
        source: str,
        relation_id: str,
        *,
        id: str | None = None,
        rationale: str | None = None,
        sources: Iterable[Citation | dict[str, Any] | str] = (),
        question: str | None = None,
    ) -> str:
        """``source`` denies that the support, attack or argument ``relation_id`` holds (for
        an argument, that its premises lead to its conclusion). ``question`` is the id of the
        critical question the undercut raises, if any."""
        return self._relation(
            RelationKind.UNDERCUT,
            source,
            relation_id,
            id=id,
            rationale=rationale,
            sources=tuple(sources),
            question=question,
        )

    def argument(
        self,
        argument_id: str,
        premises: Iterable[str],
        conclusion: str,
        *,
        scheme: str | None = None,
        values: Iterable[str] = (),
        text: str | None = None,
        sources: Iterable[Citation | dict[str, Any] | str] = (),
    ) -> str:
        """An argument: the ``premises`` (claim ids, holding jointly) for ``conclusion``;
        returns its id, which undercuts can target.

        >>> b = DebateBuilder("Q?")
        >>> for c in ("scans", "mass", "ban"): _ = b.claim(c, c)
        >>> b.argument("A1", ["scans", "mass"], "ban")
        'A1'
        """
        self._arguments.append(
            Argument(
                argument_id,
                tuple(premises),
                conclusion,
                scheme=scheme,
                values=tuple(values),
                text=text,
                sources=tuple(sources),
            )
        )
        return argument_id

    def scheme(self, scheme: Scheme | Mapping[str, Any]) -> str:
        """A scheme of the map's own, beside the catalogue: a
        :class:`~argmap.debate.schemes.Scheme`, or a table of the ``[[schemes]]`` shape
        (docs/schemes.md); returns its id, which an argument's ``scheme`` can name. A
        catalogue scheme's id is refused when the debate is built.

        >>> b = DebateBuilder("Q?")
        >>> b.scheme({"id": "precaution", "name": "Argument from precaution",
        ...           "premises": [{"id": "risk", "form": "A may cause harm H."}],
        ...           "conclusion": "A should wait.", "questions": []})
        'precaution'
        """
        if isinstance(scheme, Mapping):
            # known=(): a catalogue id is reported by the debate's own check, with the rest
            (scheme,) = schemes_from_tables([scheme], known=())
        self._schemes.append(scheme)
        return scheme.id

    def verdicts(
        self,
        semantics: str,
        support: str = "evidential",
        *,
        accepted: Iterable[str] = (),
        credulous: Iterable[str] = (),
        rejected: Iterable[str] = (),
        note: str | None = None,
        audience: str | None = None,
    ) -> None:
        """Document the statuses the map should get under one semantics and reading (for
        one ``audience``, when given)."""
        self._verdicts.append(
            ExpectedVerdicts(
                semantics,
                support,
                accepted=tuple(accepted),
                credulous=tuple(credulous),
                rejected=tuple(rejected),
                note=note,
                audience=audience,
            )
        )

    def build(self) -> Debate:
        """The debate; raises :class:`~argmap.errors.DebateError` listing every mistake."""
        return Debate(
            **self._header,
            sources=self._sources,
            values=self._values,
            actors=self._actors,
            audiences=self._audiences,
            claims=self._claims,
            arguments=self._arguments,
            relations=self._relations,
            verdicts=self._verdicts,
            schemes=self._schemes,
        )

"""Argdown: read a debate from Argdown (the whole language) or from ``argdown json`` output,
and write any debate as Argdown.

Reading goes through Argdown's own model (:mod:`argmap.formats._argdown_syntax`, checked
against the Argdown CLI on real files) and maps it onto argmap's debate model
(``docs/interchange.md`` gives the table):

- each statement (an equivalence class: every statement with one title, titled or
  ``Untitled N`` as Argdown numbers them) is a claim; its id is the title with spaces
  turned into ``-``; ``#pro``/``#con``/``#neutral`` (and the frontmatter's ``pro-tags`` and
  ``con-tags``) set its stance, ``#thesis``, ``#reason``, ... its kind, other tags stay
  tags, and the heading it is under is a tag too;
- an argument with a premise-conclusion structure is an :class:`~argmap.debate.Argument`
  per inference: the premises it ``uses`` (by default every statement since the previous
  conclusion) linked for its conclusion, the inference rule (or ``{scheme: ...}``) as its
  scheme, the description as its text; intermediate conclusions give arguments
  ``<id>.1``, ``<id>.2``, ... and the main conclusion the argument's own id;
- an argument without one (a sketched argument) is a claim like a statement;
- supports (and ``entails``) are supports, attacks are attacks, ``contrary`` and
  ``contradictory`` attacks both ways; what leaves a reconstructed argument leaves its
  conclusion; an attack or undercut aimed at a reconstructed argument undercuts its main
  inference, an undercut aimed at a claim undercuts each support and attack leaving it;
- what argmap's model has no place for (a support aimed at an argument's inference, an
  inference with no premises, ``@include``, the frontmatter's rendering settings, ...) is
  left out and reported as a note with its line; ``strict=True`` refuses it instead.

>>> text = '''===
... title: Smoke-free bars
... ===
...
... [ban]: Ban smoking in bars. #pro #thesis
...   + <health>: Smoke harms staff. #pro
...   - [choice]: Adults choose freely. #con
...     - [staff]: Staff cannot choose. #pro
... '''
>>> debate = parse_argdown(text)
>>> [(r.source, r.kind.value, r.target) for r in debate.relations]
[('health', 'support', 'ban'), ('choice', 'attack', 'ban'), ('staff', 'attack', 'choice')]
>>> debate.evaluate("grounded").accepted
('ban', 'health', 'staff')
"""

from __future__ import annotations

import datetime
import json
import os
import re
import unicodedata
import warnings
from typing import Any

import attrs

from argmap.debate import Argument, Claim, Debate, Relation
from argmap.debate.model import ID_PATTERN, ClaimKind, RelationKind, Stance, default_relation_id
from argmap.debate.schemes import CATALOGUE
from argmap.errors import DebateError, FormatError, ParseError, excerpt
from argmap.formats._argdown_syntax import ArgdownDocument, document_from_json, parse_document
from argmap.formats._files import atomic_write_text, read_text
from argmap.formats._omissions import omissions
from argmap.formats.map_text import load_json

__all__ = [
    "ArgdownImport",
    "argdown_omissions",
    "format_argdown",
    "import_argdown",
    "import_argdown_json",
    "parse_argdown",
    "read_argdown",
    "read_argdown_import",
    "write_argdown",
]

_SURROGATE = re.compile("[\ud800-\udfff]")
_KINDS = {k.value for k in ClaimKind}
_STANCES = {s.value for s in Stance}
_SCHEME_BY_NAME = {s.name.casefold(): s.id for s in CATALOGUE}
_SCHEME_IDS = {s.id for s in CATALOGUE}
#: Frontmatter keys argmap reads; any other is Argdown's configuration, reported as a note.
_META_KEYS = {"title", "question", "date", "author", "authors", "pro-tags", "con-tags",
              "subTitle", "description"}  # fmt: skip


@attrs.frozen
class ArgdownImport:
    """The debate read from Argdown, and notes (``"line N: ..."``) on what was left out."""

    debate: Debate
    notes: tuple[str, ...] = ()


def _slug(title: str) -> str:
    title = title.strip()
    if ID_PATTERN.fullmatch(title):
        return title
    slug = re.sub(r"\s+", "-", title)
    slug = re.sub(r"[^A-Za-z0-9_.\-]", "", slug).strip("-.") or "claim"
    return slug if ID_PATTERN.fullmatch(slug) else f"c-{slug}"


def _fresh(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    taken.add(candidate)
    return candidate


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


class _Mapper:
    """Argdown's model onto argmap's debate model; every loss becomes a note."""

    def __init__(self, doc: ArgdownDocument, source: str, strict: bool):
        self.doc, self.source, self.strict = doc, source, strict
        self.notes: list[str] = []
        for line, message in doc.notes:
            self.note(line, message)

    def note(self, line: int | None, message: str) -> None:
        if self.strict:
            raise ParseError(self.source, line, f"{message} (refused: strict reading)")
        self.notes.append(f"line {line}: {message}" if line is not None else message)

    def debate(self) -> ArgdownImport:
        doc, meta = self.doc, self.doc.meta
        lines = meta.get("(lines)", {})
        unused = [k for k in meta if k not in _META_KEYS and k != "(lines)"]
        if unused:
            self.note(
                min(lines.get(k, 1) for k in unused),
                "frontmatter settings left out (Argdown's configuration, not the debate): "
                + ", ".join(unused),
            )
        pro_tags = set(_as_list(meta.get("pro-tags"))) | {"pro"}
        con_tags = set(_as_list(meta.get("con-tags"))) | {"con"}
        taken: set[str] = set()
        claim_of: dict[tuple[str, str], str] = {}  # (type, title) -> claim id
        claims: list[Claim] = []
        relation_args: dict[str, Any] = {}
        reconstructed = {t: a for t, a in doc.arguments.items() if a.pcs}
        # in the order they are defined (given a text), as a map file lists its claims
        elements: list[tuple[int, str, Any]] = [
            (s.text_line or s.line, "statement", s) for s in doc.statements.values()
        ]
        elements += [(a.line, "argument", a) for a in doc.arguments.values() if not a.pcs]
        elements.sort(key=lambda e: e[0])
        for line, kind, element in elements:
            if kind == "argument" and element.data.get("relation") in ("support", "attack"):
                relation_args[element.title] = element  # argmap's own: one relation, undercut
                continue
            text = element.text if kind == "statement" else element.description
            if not text:
                self.note(
                    line,
                    f"{'statement' if kind == 'statement' else 'argument'} "
                    f"{excerpt(element.title)} has no text; its title stands for it",
                )
                text = element.title
            wanted = _slug(element.title)
            claim_id = _fresh(wanted, taken)
            if claim_id != wanted:
                self.note(
                    line,
                    f"{excerpt(element.title)} is given the id {claim_id!r} ({wanted!r} is taken)",
                )
            claim_of[(kind, element.title)] = claim_id
            stance, claim_kind, tags = "neutral", "reason", []
            for tag in element.tags:
                if tag in pro_tags:
                    stance = "pro"
                elif tag in con_tags:
                    stance = "con"
                elif tag == "neutral":
                    stance = "neutral"
                elif tag in _KINDS:
                    claim_kind = tag
                else:
                    tags.append(tag)
            if element.section and element.section not in tags:
                tags.append(element.section)
            claims.append(Claim(claim_id, text, stance=stance, kind=claim_kind, tags=tags))
        arguments, main_inference, conclusion_of = self.arguments(reconstructed, claim_of, taken)
        relations = self.relations(claim_of, main_inference, conclusion_of, relation_args)
        authors = _as_list(meta.get("authors") or meta.get("author"))
        title = meta.get("title")
        question = meta.get("question") or title or "(no question given)"
        description = meta.get("description") or meta.get("subTitle")
        date = str(meta["date"]) if meta.get("date") else None
        if date is not None:
            try:
                datetime.date.fromisoformat(date)
            except ValueError:
                self.note(
                    lines.get("date"),
                    f"the date {excerpt(date)} is not YYYY-MM-DD "
                    "(day and month cannot be told apart); left out",
                )
                date = None
        try:
            debate = Debate(
                str(question),
                title=str(title) if title else None,
                date=date,
                authors=authors,
                description=str(description) if description else None,
                claims=claims,
                arguments=arguments,
                relations=relations,
            )
        except DebateError as exc:
            raise ParseError(self.source, None, str(exc)) from None
        return ArgdownImport(debate, tuple(self.notes))

    def arguments(
        self, reconstructed: dict[str, Any], claim_of: dict[tuple[str, str], str], taken: set[str]
    ) -> tuple[list[Argument], dict[str, str], dict[str, str]]:
        out: list[Argument] = []
        main: dict[str, str] = {}  # argdown argument title -> id of its main inference
        conclusion_of: dict[str, str] = {}  # argdown argument title -> claim id
        for title, argument in reconstructed.items():
            steps = argument.pcs
            if not steps[-1].conclusion:
                self.note(
                    argument.line,
                    f"argument {excerpt(title)}'s premise-conclusion "
                    "structure ends in a premise; left out",
                )
                continue
            inferences = [k for k, step in enumerate(steps) if step.conclusion]
            base = _slug(title)
            ids = [f"{base}.{n + 1}" for n in range(len(inferences) - 1)] + [base]
            start = 0
            by_number = {step.number: step for step in steps if step.number is not None}
            for position, (k, wanted) in enumerate(zip(inferences, ids, strict=True)):
                step = steps[k]
                uses = step.data.get("uses")
                if isinstance(uses, list) and uses:
                    used = [by_number[n] for n in uses if isinstance(n, int) and n in by_number]
                    if len(used) != len(uses):
                        self.note(
                            step.line,
                            f"argument {excerpt(title)}: 'uses' names a "
                            "statement the structure does not number; those are left out",
                        )
                else:
                    used = steps[start:k]
                start = k
                conclusion = claim_of[("statement", step.title)]
                premises = list(dict.fromkeys(
                    claim_of[("statement", s.title)] for s in used
                    if claim_of[("statement", s.title)] != conclusion
                ))  # fmt: skip
                if not premises:
                    self.note(
                        step.line,
                        f"argument {excerpt(title)}: an inference with no premises is left out",
                    )
                    continue
                argument_id = _fresh(wanted, taken)
                scheme = self.scheme(step.data.get("scheme"), step.rules)
                is_main = position == len(inferences) - 1
                out.append(
                    Argument(
                        argument_id, premises, conclusion, scheme=scheme,
                        text=argument.description if is_main else None,
                    )
                )  # fmt: skip
                if is_main:
                    main[title] = argument_id
                    conclusion_of[title] = conclusion
        return out, main, conclusion_of

    @staticmethod
    def scheme(named: object, rules: list[str]) -> str | None:
        if isinstance(named, str) and named.strip():
            return named.strip()
        if not rules:
            return None
        joined = ", ".join(rules)
        return _SCHEME_BY_NAME.get(joined.casefold(), joined)

    def relations(
        self,
        claim_of: dict[tuple[str, str], str],
        main: dict[str, str],
        conclusion_of: dict[str, str],
        relation_args: dict[str, Any],
    ) -> list[Relation]:
        out: dict[str, Relation] = {}
        undercuts: list[tuple[str, str, str, int | None]] = []  # source, type, title, line
        # argmap's own relation-arguments: <id> {relation: support} with one premise, one target
        as_relation: dict[str, str] = {}
        for title, element in relation_args.items():
            incoming = [r for r in self.doc.relations if r.target_type == "argument"
                        and r.target == title and r.kind == "support"]  # fmt: skip
            outgoing = [r for r in self.doc.relations if r.source_type == "argument"
                        and r.source == title and r.kind in ("support", "attack")]  # fmt: skip
            kind = element.data["relation"]
            if len(incoming) != 1 or len(outgoing) != 1 or outgoing[0].kind != kind:
                self.note(
                    element.line,
                    f"argument {excerpt(title)} says it is a {kind} but "
                    "has not exactly one premise and one target; left out",
                )
                continue
            source = self.end(incoming[0].source_type, incoming[0].source, claim_of, conclusion_of)
            target = self.end(outgoing[0].target_type, outgoing[0].target, claim_of, conclusion_of)
            if source is None or target is None:
                continue
            relation = Relation(kind, source, target, id=title)
            out[relation.id] = relation
            as_relation[title] = relation.id
        for relation in self.doc.relations:
            if relation.target in as_relation and relation.target_type == "argument":
                if relation.kind == "support":
                    continue
                undercuts.append((relation.source, relation.source_type, relation.target,
                                  relation.line))  # fmt: skip
                continue
            if relation.source in as_relation and relation.source_type == "argument":
                continue
            source = self.end(relation.source_type, relation.source, claim_of, conclusion_of)
            if source is None:
                self.note(
                    relation.line,
                    f"a relation from {excerpt(relation.source)}, which "
                    "argmap could not read, is left out",
                )
                continue
            if relation.target_type == "argument" and relation.target in main:
                if relation.kind in ("attack", "undercut"):
                    undercuts.append((relation.source, relation.source_type, relation.target,
                                      relation.line))  # fmt: skip
                elif relation.kind == "support" and source == conclusion_of.get(relation.target):
                    continue
                else:
                    self.note(
                        relation.line,
                        f"a {relation.kind} of argument "
                        f"{excerpt(relation.target)}'s inference has no counterpart in "
                        "argmap (support goes to claims); left out",
                    )
                continue
            if relation.kind == "undercut":
                undercuts.append((relation.source, relation.source_type, relation.target,
                                  relation.line))  # fmt: skip
                continue
            target = self.end(relation.target_type, relation.target, claim_of, conclusion_of)
            if target is None:
                self.note(
                    relation.line,
                    f"a relation to {excerpt(relation.target)}, which "
                    "argmap could not read, is left out",
                )
                continue
            if source == target and relation.kind in ("support", "entails"):
                self.note(relation.line, f"{excerpt(source)} supports itself; left out")
                continue
            kinds = {"support": [(source, target)], "entails": [(source, target)],
                     "attack": [(source, target)],
                     "contrary": [(source, target), (target, source)],
                     "contradictory": [(source, target), (target, source)]}  # fmt: skip
            if relation.kind not in kinds:
                self.note(
                    relation.line, f"relation type {excerpt(relation.kind)} is unknown; left out"
                )
                continue
            kind = "support" if relation.kind in ("support", "entails") else "attack"
            for start, end in kinds[relation.kind]:
                made = Relation(kind, start, end)
                out.setdefault(made.id, made)
        for source_title, source_type, target, line in undercuts:
            source = self.end(source_type, source_title, claim_of, conclusion_of)
            if source is None:
                continue
            if target in as_relation:
                aimed = [as_relation[target]]
            elif target in main:
                aimed = [main[target]]
            else:
                key = (
                    ("argument", target)
                    if ("argument", target) in claim_of
                    else ("statement", target)
                )
                target_claim = claim_of.get(key)
                aimed = [r.id for r in out.values() if r.source == target_claim
                         and r.kind is not RelationKind.UNDERCUT]  # fmt: skip
                if not aimed:
                    self.note(
                        line,
                        f"an undercut of {excerpt(target)}, which has no support "
                        "or attack leaving it to undercut, is left out",
                    )
            for aimed_id in aimed:
                made = Relation(RelationKind.UNDERCUT, source, aimed_id)
                out.setdefault(made.id, made)
        return list(out.values())

    @staticmethod
    def end(
        kind: str, title: str, claim_of: dict[tuple[str, str], str], conclusion_of: dict[str, str]
    ) -> str | None:
        if kind == "argument" and title in conclusion_of:
            return conclusion_of[title]
        return claim_of.get((kind, title))


def import_argdown(text: str, source: str = "<string>", *, strict: bool = False) -> ArgdownImport:
    """A debate from Argdown text and notes on what was left out (each with its line); with
    ``strict=True`` anything left out is a ParseError instead."""
    return _Mapper(parse_document(text, source), source, strict).debate()


def import_argdown_json(
    text: str, source: str = "<string>", *, strict: bool = False
) -> ArgdownImport:
    """A debate from what ``argdown json`` writes (its statements, arguments and relations)."""
    value, _ = load_json(text, source)
    return _Mapper(document_from_json(value, source), source, strict).debate()


def _warned(result: ArgdownImport, source: str) -> Debate:
    for note in result.notes:
        warnings.warn(f"{source}: {note}", UserWarning, stacklevel=3)
    return result.debate


def parse_argdown(text: str, source: str = "<string>", *, strict: bool = False) -> Debate:
    """A debate from Argdown text; what is left out is issued as a ``UserWarning`` with its
    line (:func:`import_argdown` returns the notes instead); ParseError names the line of
    anything that cannot be read."""
    return _warned(import_argdown(text, source, strict=strict), source)


def read_argdown(path: str | os.PathLike[str], *, strict: bool = False) -> Debate:
    """Read an Argdown file (``.argdown`` or ``.ad``), or ``argdown json`` output (a
    ``.json`` file whose top level has ``statements`` and ``arguments``)."""
    return _warned(read_argdown_import(path, strict=strict), os.fspath(path))


def read_argdown_import(path: str | os.PathLike[str], *, strict: bool = False) -> ArgdownImport:
    """Like :func:`read_argdown`, returning the notes with the debate."""
    text = read_text(path)
    if text.lstrip().startswith("{"):
        return import_argdown_json(text, os.fspath(path), strict=strict)
    return import_argdown(text, os.fspath(path), strict=strict)


# Escaped wherever they occur: the escape character, tags, statement and argument brackets,
# data blocks, mentions, and Argdown's bold and italic marks.
_ALWAYS_ESCAPED = frozenset("\\#[]<>{}@*_")
_SHORTCODE_START = re.compile(r"\.(?:<->|->|~|\^|v|A|E)\.")
_BARE_TAG = re.compile(r"[A-Za-z0-9_\-]+")
# YAML (the frontmatter) must not see these raw; Argdown's lexer ends a frontmatter at "=".
_FRONTMATTER_ESCAPED = re.compile("[=\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")


def _escape(text: str) -> str:
    """A text as Argdown that argmap's reader (and Argdown's own escapes) give back exactly.

    Every character Argdown gives a meaning is escaped with a backslash; a // or /* is broken
    as \\// and \\/*; a space is written as is only between two other characters and not after
    another space (Argdown collapses blanks), otherwise as "\\ "; other white space at either
    end as a backslash and the character; a newline, tab and carriage return as \\n, \\t, \\r
    and any other control character or line separator as \\uXXXX.
    """
    out = []
    last = len(text) - 1
    for i, char in enumerate(text):
        if char in _ALWAYS_ESCAPED:
            out.append("\\" + char)
        elif char == "." and _SHORTCODE_START.match(text, i):  # Argdown's .^. is ∧
            out.append("\\.")
        elif char == "/":
            out.append("\\/" if i < last and text[i + 1] in "/*" else "/")
        elif char == " ":
            out.append(" " if 0 < i < last and text[i - 1] != " " else "\\ ")
        elif char in "\n\t\r":
            out.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}[char])
        elif unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            out.append(f"\\u{ord(char):04x}")
        elif char.isspace() and i in (0, last):
            out.append("\\" + char)
        else:
            out.append(char)
    return "".join(out)


def _tag(tag: str, claim_id: str) -> str:
    """A tag as ``#tag`` or ``#(tag)``; one the reader would take for something else (a
    stance, a kind) or cannot read back is refused."""
    where = f"claim {claim_id!r}: the tag {excerpt(tag)}"
    if tag in _STANCES or tag in _KINDS:
        raise FormatError(
            f"{where} cannot be written in Argdown, where it would be read as the claim's "
            "stance or kind; rename the tag"
        )
    if _BARE_TAG.fullmatch(tag):
        return f"#{tag}"
    if (
        not tag.strip()
        or tag != tag.strip()
        or ")" in tag
        or "//" in tag
        or "/*" in tag
        or any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in tag)
    ):
        raise FormatError(
            f"{where} cannot be written in Argdown, whose tags are #word or #(words) with no "
            "')', no '//' or '/*' (a comment would start there), no line break and no space "
            "at either end; rename the tag"
        )
    return f"#({tag})"


def _quoted(value: object) -> str:
    """A frontmatter value as a double-quoted (JSON, hence YAML) string or list of them."""
    text = json.dumps(value, ensure_ascii=False)
    return _FRONTMATTER_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def argdown_omissions(debate: Debate) -> tuple[str, ...]:
    """What writing ``debate`` as Argdown leaves out, one line per part (empty: nothing).

    Argdown carries the question, title, date and authors, and each claim's id, text,
    stance, kind and tags, the supports, attacks and undercuts (with default ids), and the
    arguments as premise-conclusion structures (scheme, text, undercuts of them).

    >>> from argmap.debate import Debate
    >>> argdown_omissions(Debate.load("maps/nixon-diamond.argmap.toml"))
    ("the debate's description: 1", 'expected verdicts: 4')
    """
    return omissions(debate, {"arguments", "argument texts", "argument undercuts"})


def format_argdown(debate: Debate) -> str:
    """The debate as Argdown: frontmatter, then each claim with its stance and kind as
    tags and its incoming supports, attacks and undercuts as indented references, then each
    argument as a premise-conclusion structure (its scheme as the inference's data).

    An undercut aims at an element's inference in Argdown; when the relation it undercuts
    leaves a claim that has other relations too, the relation is written as an argument of
    its own, ``<a supports b> {relation: support}`` with its premise and target, and the
    undercut aims at that. Texts are escaped so that they come back exactly (see
    ``docs/interchange.md``). What Argdown cannot hold is left out (actors, sources, notes,
    base scores, relation ids, rationales; :func:`argdown_omissions` lists them); a tag that
    would read as a stance or kind (or holds a ')' or a line break) raises FormatError.
    """
    out = ["==="]
    if debate.title:
        out.append(f"title: {_quoted(debate.title)}")
    out.append(f"question: {_quoted(debate.question)}")
    if debate.date:
        out.append(f"date: {_quoted(debate.date)}")
    if debate.authors:
        out.append(f"authors: {_quoted(list(debate.authors))}")
    out.extend(["===", ""])
    outgoing: dict[str, list[Relation]] = {}
    for relation in debate.relations:
        if relation.kind is not RelationKind.UNDERCUT:
            outgoing.setdefault(relation.source, []).append(relation)
    argument_ids = {a.id for a in debate.arguments}
    undercuts_on: dict[str, list[str]] = {}  # claim id -> undercutters of its one inference
    undercuts_of: dict[str, list[str]] = {}  # argument or relation id -> undercutters
    as_argument: set[str] = set()  # relations written as arguments of their own
    for undercut in debate.undercuts:
        if undercut.target in argument_ids:
            undercuts_of.setdefault(undercut.target, []).append(undercut.source)
            continue
        target = debate.relation(undercut.target)
        if len(outgoing[target.source]) == 1:
            undercuts_on.setdefault(target.source, []).append(undercut.source)
        else:
            as_argument.add(target.id)
            undercuts_of.setdefault(target.id, []).append(undercut.source)
    incoming: dict[str, list[str]] = {}
    for relation in debate.relations:
        if relation.id in as_argument:
            continue
        if relation.kind is RelationKind.SUPPORT:
            incoming.setdefault(relation.target, []).append(f"  + [{relation.source}]")
        elif relation.kind is RelationKind.ATTACK:
            incoming.setdefault(relation.target, []).append(f"  - [{relation.source}]")
    for claim in debate.claims:
        tags = [f"#{claim.stance.value}", f"#{claim.kind.value}"]
        tags.extend(_tag(tag, claim.id) for tag in claim.tags)
        out.append(f"[{claim.id}]: {_escape(claim.text)} {' '.join(tags)}")
        out.extend(incoming.get(claim.id, []))
        out.extend(f"  _ [{undercutter}]" for undercutter in undercuts_on.get(claim.id, []))
        out.append("")
    for relation in debate.relations:
        if relation.id in as_argument:  # titled by its default id: Argdown has no own ids
            title = default_relation_id(relation.kind, relation.source, relation.target)
            out.append(f"<{title}> {{relation: {relation.kind.value}}}")
            out.append(f"  <+ [{relation.source}]")
            out.append(f"  {'+>' if relation.kind is RelationKind.SUPPORT else '->'} "
                       f"[{relation.target}]")  # fmt: skip
            out.extend(f"  <_ [{u}]" for u in undercuts_of.get(relation.id, []))
            out.append("")
    for argument in debate.arguments:
        head = f"<{_escape(argument.id)}>"
        out.append(f"{head}: {_escape(argument.text)}" if argument.text else head)
        out.extend(f"  <_ [{u}]" for u in undercuts_of.get(argument.id, []))
        out.append("")
        out.extend(f"({n}) [{p}]" for n, p in enumerate(argument.premises, 1))
        if argument.scheme is not None:
            out.append(f"-- {{scheme: {_quoted(argument.scheme)}}} --")
        else:
            out.append("----")
        out.append(f"({len(argument.premises) + 1}) [{argument.conclusion}]")
        out.append("")
    return "\n".join(out)


def write_argdown(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the debate as an Argdown file, atomically."""
    atomic_write_text(path, format_argdown(debate))

"""Argdown (a documented subset): read a debate from Argdown, write one as Argdown.

The subset (see ``docs/interchange.md``):

- a frontmatter block between ``===`` lines with ``key: value`` and ``key: [a, b]`` lines:
  ``title``, ``question``, ``date``, ``author``/``authors``, ``pro-tags``, ``con-tags``;
- statements ``[Title]: text`` and arguments ``<Title>: text``, each a claim (the title
  becomes the id, spaces turned into ``-``); a bare ``[Title]`` or ``<Title>`` refers to one
  defined elsewhere;
- relations on indented lines under an element: ``+`` / ``<+`` (the child supports the
  parent), ``-`` / ``<-`` (the child attacks it), ``+>`` / ``->`` (the parent supports or
  attacks the child), ``><`` (they contradict: an attack each way), ``_`` / ``<_`` (the child
  undercuts the parent's inference) and ``_>`` (the parent undercuts the child's); relation
  lines nest;
- ``#tags``: ``#pro``, ``#con``, ``#neutral`` (and the map's ``pro-tags``/``con-tags``) set
  the stance, ``#thesis``, ``#reason``, ``#objection``, ``#exception``, ``#evidence``,
  ``#rebuttal``, ``#context`` the kind; other tags are kept as tags;
- ``# Headings`` group the claims defined under them (the heading becomes a tag);
- ``//`` comments, blank lines, and backslash escapes (``\\#``, ``\\[``).

An undercut attacks an element's *inference*: the one support or attack leaving it; an
element with none or several outgoing relations cannot be undercut in argmap's model, and
the reader says so. Anything outside the subset (premise-conclusion structures, data
blocks, ``/* */`` comments, ...) is reported with its line, never silently dropped.

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

import json
import os
import re

from argmap.debate import Claim, Debate, Relation
from argmap.debate.model import ID_PATTERN, ClaimKind, RelationKind, Stance
from argmap.errors import DebateError, FormatError, ParseError
from argmap.formats._files import atomic_write_text, read_text

__all__ = ["format_argdown", "parse_argdown", "read_argdown", "write_argdown"]

_ELEMENT = re.compile(r"(\[(?P<s>[^\]]+)\]|<(?P<a>[^>]+)>)(?:\s*:\s*(?P<text>.*))?$")
_RELATION = re.compile(r"(?P<op><\+|<-|<_|\+>|->|_>|><|\+|-|_)\s+(?P<rest>.+)$")
_HEADING = re.compile(r"(#{1,6})\s+(?P<title>.+)$")
_TAG = re.compile(r"(?<![\\\w])#(?P<tag>[\w-]+)")
_KINDS = {k.value for k in ClaimKind}
_STANCES = {s.value for s in Stance}


def _slug(title: str) -> str:
    title = title.strip()
    if ID_PATTERN.fullmatch(title):
        return title
    slug = re.sub(r"\s+", "-", title)
    slug = re.sub(r"[^A-Za-z0-9_.\-]", "", slug).strip("-.") or "claim"
    return slug if ID_PATTERN.fullmatch(slug) else f"c-{slug}"


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


class _Element:
    def __init__(self, title: str, line: int):
        self.id = _slug(title)
        self.title = title
        self.line = line
        self.text: str | None = None
        self.tags: list[str] = []
        self.headings: list[str] = []


class _Reader:
    def __init__(self, text: str, source: str):
        self.source = source
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.meta: dict[str, object] = {}
        self.elements: dict[str, _Element] = {}
        self.relations: list[tuple[str, str, str, int]] = []  # kind, source, target, line
        self.undercuts: list[tuple[str, str, int, str]] = []  # undercutter, element, line, how

    def fail(self, line: int | None, message: str) -> ParseError:
        return ParseError(self.source, line, message)

    def element(self, match: re.Match, line: int, headings: list[str]) -> _Element:
        title = (match.group("s") or match.group("a")).strip()
        element = _Element(title, line)
        known = self.elements.get(element.id)
        if known is not None and known.title != title:
            raise self.fail(
                line, f"[{title}] and [{known.title}] both become the id {element.id!r}; rename one"
            )
        element = known or element
        self.elements[element.id] = element
        raw = match.group("text")
        if raw is not None and raw.strip():
            if element.text is not None:
                raise self.fail(
                    line,
                    f"{title!r} is given a text twice (first on line {element.line}); give it once",
                )
            body, tags = self.split_tags(raw)
            element.text = body
            element.tags = tags
            element.headings = list(headings)
            element.line = line
        return element

    def split_tags(self, raw: str) -> tuple[str, list[str]]:
        tags = [m.group("tag") for m in _TAG.finditer(raw)]
        body = _TAG.sub("", raw)
        return _unescape(" ".join(body.split())), tags

    def frontmatter(self, start: int) -> int:
        number = start + 1
        while number < len(self.lines):
            line = self.lines[number].strip()
            if line == "===":
                return number + 1
            if line and not line.startswith("#"):
                if ":" not in line:
                    raise self.fail(number + 1, "expected 'key: value' in the frontmatter")
                key, value = (part.strip() for part in line.split(":", 1))
                self.meta[key] = self.value(value, number + 1)
            number += 1
        raise self.fail(start + 1, "the frontmatter opened here is never closed with '==='")

    def value(self, text: str, line: int) -> object:
        """A frontmatter value: "quoted" (JSON escapes), 'quoted', [a, b] or bare text."""
        if text.startswith('"') or (text.startswith("[") and '"' in text):
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                raise self.fail(line, f"cannot read the quoted value {text!r}") from None
        if text.startswith("[") and text.endswith("]"):
            return [v.strip().strip("'") for v in text[1:-1].split(",") if v.strip()]
        if len(text) >= 2 and text[0] == text[-1] == "'":
            return text[1:-1]
        return text

    def run(self) -> None:
        number = 0
        headings: list[str] = []
        stack: list[tuple[int, str]] = []  # (indent, element id) of the open lines
        while number < len(self.lines):
            raw = self.lines[number]
            lineno = number + 1
            stripped = raw.strip()
            at_start = number == 0 or (not self.elements and not self.meta)
            if at_start and stripped == "===":
                number = self.frontmatter(number)
                continue
            code = re.sub(r"(?<!:)//.*$", "", raw).rstrip() if "//" in raw else raw.rstrip()
            if not code.strip():
                number += 1
                continue
            indent = len(code) - len(code.lstrip(" \t"))
            body = code.strip()
            heading = _HEADING.match(body) if indent == 0 else None
            if heading and not body.startswith("#["):
                headings = [heading.group("title").strip()]
                stack = []
                number += 1
                continue
            if body.startswith("/*") or body.startswith("<!--"):
                raise self.fail(
                    lineno, "block comments are outside argmap's Argdown subset; use // comments"
                )
            if re.match(r"\(\d+\)", body) or body.startswith("--"):
                raise self.fail(
                    lineno,
                    "premise-conclusion structures are outside argmap's Argdown subset; map each "
                    "premise as a statement that supports the conclusion",
                )
            if body.startswith("{"):
                raise self.fail(lineno, "data blocks ({...}) are outside argmap's Argdown subset")
            relation = _RELATION.match(body)
            if relation and indent > 0:
                while stack and stack[-1][0] >= indent:
                    stack.pop()
                if not stack:
                    raise self.fail(
                        lineno, "a relation line needs an element above it with less indentation"
                    )
                parent = stack[-1][1]
                target = _ELEMENT.match(relation.group("rest").strip())
                if not target:
                    raise self.fail(
                        lineno, f"expected [Statement] or <Argument> after {relation.group('op')!r}"
                    )
                child = self.element(target, lineno, headings)
                self.relate(relation.group("op"), parent, child.id, lineno)
                stack.append((indent, child.id))
                number += 1
                continue
            element = _ELEMENT.match(body)
            if element and indent == 0:
                defined = self.element(element, lineno, headings)
                stack = [(indent, defined.id)]
                number += 1
                continue
            if (
                indent > 0
                and stack
                and self.elements[stack[-1][1]].text is not None
                and not relation
            ):
                # a text continued on the next line
                continued, tags = self.split_tags(body)
                last = self.elements[stack[-1][1]]
                last.text = f"{last.text} {continued}".strip()
                last.tags.extend(tags)
                number += 1
                continue
            raise self.fail(
                lineno,
                f"cannot read {body[:40]!r}: expected a [Statement]: or <Argument>: "
                "definition, a relation line (+ - <+ <- +> -> >< _ <_ _>) or a # heading",
            )

    def relate(self, op: str, parent: str, child: str, line: int) -> None:
        if op in ("+", "<+"):
            self.relations.append(("support", child, parent, line))
        elif op in ("-", "<-"):
            self.relations.append(("attack", child, parent, line))
        elif op == "+>":
            self.relations.append(("support", parent, child, line))
        elif op == "->":
            self.relations.append(("attack", parent, child, line))
        elif op == "><":
            self.relations.append(("attack", parent, child, line))
            self.relations.append(("attack", child, parent, line))
        elif op in ("_", "<_"):
            self.undercuts.append((child, parent, line, op))
        else:  # _>
            self.undercuts.append((parent, child, line, op))

    def debate(self) -> Debate:
        pro_tags = set(_as_list(self.meta.get("pro-tags"))) | {"pro"}
        con_tags = set(_as_list(self.meta.get("con-tags"))) | {"con"}
        claims = []
        for element in sorted(self.elements.values(), key=lambda e: e.line):
            if element.text is None:
                raise self.fail(
                    element.line,
                    f"{element.title!r} is mentioned but never given a text; "
                    f"define it as [{element.title}]: text",
                )
            stance, kind, tags = "neutral", "reason", []
            for tag in element.tags:
                if tag in pro_tags:
                    stance = "pro"
                elif tag in con_tags:
                    stance = "con"
                elif tag == "neutral":
                    stance = "neutral"
                elif tag in _KINDS:
                    kind = tag
                else:
                    tags.append(tag)
            claims.append(
                Claim(
                    element.id,
                    element.text,
                    stance=stance,
                    kind=kind,
                    tags=[*tags, *element.headings],
                )
            )
        relations = []
        seen: set[tuple[str, str, str]] = set()
        for kind, source, target, line in self.relations:
            if source == target and kind == "support":
                raise self.fail(line, f"{source!r} supports itself")
            if (kind, source, target) not in seen:
                seen.add((kind, source, target))
                relations.append(Relation(kind, source, target))
        outgoing: dict[str, list[Relation]] = {}
        for relation in relations:
            outgoing.setdefault(relation.source, []).append(relation)
        for undercutter, element, line, _ in self.undercuts:
            leaving = outgoing.get(element, [])
            if len(leaving) != 1:
                raise self.fail(
                    line,
                    f"an undercut attacks the inference of {element!r}, which needs exactly one "
                    f"support or attack leaving it; it has {len(leaving)}",
                )
            relations.append(Relation(RelationKind.UNDERCUT, undercutter, leaving[0].id))
        authors = _as_list(self.meta.get("authors") or self.meta.get("author"))
        title = self.meta.get("title")
        question = self.meta.get("question") or title or "(no question given)"
        try:
            return Debate(
                str(question),
                title=str(title) if title else None,
                date=str(self.meta["date"]) if self.meta.get("date") else None,
                authors=authors,
                claims=claims,
                relations=relations,
            )
        except DebateError as exc:
            raise ParseError(self.source, None, str(exc)) from None


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [str(value)]


def parse_argdown(text: str, source: str = "<string>") -> Debate:
    """A debate from Argdown text; raises ParseError naming the line of any problem."""
    reader = _Reader(text, source)
    reader.run()
    return reader.debate()


def read_argdown(path: str | os.PathLike[str]) -> Debate:
    """Read an Argdown file (``.argdown`` or ``.ad``)."""
    return parse_argdown(read_text(path), os.fspath(path))


def _escape(text: str) -> str:
    text = " ".join(text.split())
    return re.sub(r"([\\#\[\]<>])", r"\\\1", text)


def format_argdown(debate: Debate) -> str:
    """The debate as Argdown: frontmatter, then each claim with its stance and kind as
    tags and its incoming supports, attacks and undercuts as indented references.

    What Argdown cannot hold is left out (actors, sources, notes, base scores, rationales);
    an undercut whose relation's source has other outgoing relations cannot be written and
    raises FormatError.
    """
    out = ["==="]
    if debate.title:
        out.append(f"title: {json.dumps(debate.title, ensure_ascii=False)}")
    out.append(f"question: {json.dumps(debate.question, ensure_ascii=False)}")
    if debate.date:
        out.append(f"date: {debate.date}")
    if debate.authors:
        out.append(f"authors: {json.dumps(list(debate.authors), ensure_ascii=False)}")
    out.extend(["===", ""])
    outgoing: dict[str, list[Relation]] = {}
    for relation in debate.relations:
        if relation.kind is not RelationKind.UNDERCUT:
            outgoing.setdefault(relation.source, []).append(relation)
    undercuts_on: dict[str, list[str]] = {}
    for undercut in debate.undercuts:
        target = debate.relation(undercut.target)
        if len(outgoing[target.source]) != 1:
            raise FormatError(
                f"the undercut {undercut.id!r} cannot be written in Argdown: there an undercut "
                f"attacks {target.source!r}'s inference, and {target.source!r} has "
                f"{len(outgoing[target.source])} outgoing relations"
            )
        undercuts_on.setdefault(target.source, []).append(undercut.source)
    for claim in debate.claims:
        tags = [claim.stance.value, claim.kind.value, *claim.tags]
        tag_text = " ".join(f"#{t}" for t in tags if re.fullmatch(r"[\w-]+", t))
        out.append(f"[{claim.id}]: {_escape(claim.text)} {tag_text}".rstrip())
        for relation in debate.relations:
            if relation.target == claim.id and relation.kind is RelationKind.SUPPORT:
                out.append(f"  + [{relation.source}]")
            elif relation.target == claim.id and relation.kind is RelationKind.ATTACK:
                out.append(f"  - [{relation.source}]")
        for undercutter in undercuts_on.get(claim.id, []):
            out.append(f"  _ [{undercutter}]")
        out.append("")
    return "\n".join(out)


def write_argdown(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the debate as an Argdown file, atomically."""
    atomic_write_text(path, format_argdown(debate))

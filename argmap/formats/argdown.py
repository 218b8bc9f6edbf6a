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
- ``//`` comments, blank lines, and backslash escapes (``\\#``, ``\\[``, ``\\ ``; argmap's
  own ``\\n``, ``\\t``, ``\\r`` and ``\\uXXXX``), with which the writer makes every text come
  back exactly.

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
import unicodedata

from argmap.debate import Claim, Debate, Relation
from argmap.debate.model import ID_PATTERN, ClaimKind, RelationKind, Stance
from argmap.errors import DebateError, FormatError, ParseError, excerpt
from argmap.formats._files import atomic_write_text, read_text
from argmap.formats._omissions import omissions

__all__ = ["argdown_omissions", "format_argdown", "parse_argdown", "read_argdown", "write_argdown"]

_ELEMENT = re.compile(r"(\[(?P<s>[^\]]+)\]|<(?P<a>[^>]+)>)(?:[ \t]*:[ \t]*(?P<text>.*))?$")
_RELATION = re.compile(r"(?P<op><\+|<-|<_|\+>|->|_>|><|\+|-|_)[ \t]+(?P<rest>.+)$")
_HEADING = re.compile(r"(#{1,6})\s+(?P<title>.+)$")
# What a line's text is made of: an escape, a tag (#(any words) or #word, not inside a
# word), blanks (which collapse to one space), or plain text.
_TEXT_TOKEN = re.compile(
    r"\\u(?P<hex>[0-9a-fA-F]{4})|\\(?P<escaped>.)|(?<!\w)#\((?P<long_tag>[^)]+)\)"
    r"|(?<!\w)#(?P<tag>[\w-]+)|(?P<blank>[ \t]+)|[^\\# \t]+|.",
    re.S,
)
# Where a comment starts: // (not in a URL's "://") or /*; an escape is skipped over whole.
_COMMENT = re.compile(r"\\.|(?<!:)//|/\*")
_NAMED_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
_SURROGATE = re.compile("[\ud800-\udfff]")
_KINDS = {k.value for k in ClaimKind}
_STANCES = {s.value for s in Stance}


def _slug(title: str) -> str:
    title = title.strip()
    if ID_PATTERN.fullmatch(title):
        return title
    slug = re.sub(r"\s+", "-", title)
    slug = re.sub(r"[^A-Za-z0-9_.\-]", "", slug).strip("-.") or "claim"
    return slug if ID_PATTERN.fullmatch(slug) else f"c-{slug}"


def _join(pieces: list[str | None]) -> str:
    """The text of a run of pieces: None is a blank, kept as one space between words."""
    out: list[str] = []
    blank = False
    for piece in pieces:
        if piece is None:
            blank = bool(out)
        else:
            if blank:
                out.append(" ")
                blank = False
            out.append(piece)
    return "".join(out)


class _Element:
    def __init__(self, title: str, line: int):
        self.id = _slug(title)
        self.title = title
        self.line = line
        self.pieces: list[str | None] | None = None  # the text, see _join
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

    def pieces(self, raw: str, line: int) -> tuple[list[str | None], list[str]]:
        """A line's text as pieces (None for blanks) and its tags, escapes resolved."""
        pieces: list[str | None] = []
        tags: list[str] = []
        for token in _TEXT_TOKEN.finditer(raw):
            if token.group("hex") is not None:
                char = chr(int(token.group("hex"), 16))
                if _SURROGATE.match(char):
                    raise self.fail(
                        line,
                        f"the escape \\u{token.group('hex')} is a lone surrogate (half of a "
                        "UTF-16 pair), not a character",
                    )
                pieces.append(char)
            elif token.group("escaped") is not None:
                escaped = token.group("escaped")
                pieces.append(_NAMED_ESCAPES.get(escaped, escaped))
            elif token.group("long_tag") is not None:
                tags.append(token.group("long_tag"))
            elif token.group("tag") is not None:
                tags.append(token.group("tag"))
            elif token.group("blank") is not None:
                pieces.append(None)
            else:
                pieces.append(token.group())
        return pieces, tags

    def code(self, raw: str, line: int) -> str:
        """The line without its // comment; a /* block comment is refused."""
        for mark in _COMMENT.finditer(raw):
            if mark.group() == "//":
                return raw[: mark.start()]
            if mark.group() == "/*":
                raise self.fail(
                    line,
                    "block comments are outside argmap's Argdown subset; use // comments "
                    "(a '/*' meant as text is written \\/*)",
                )
        return raw

    def element(self, match: re.Match, line: int, headings: list[str]) -> _Element:
        title = (match.group("s") or match.group("a")).strip()
        element = _Element(title, line)
        known = self.elements.get(element.id)
        if known is not None and known.title != title:
            raise self.fail(
                line,
                f"{excerpt(title)} and {excerpt(known.title)} both become the id "
                f"{excerpt(element.id)}; rename one",
            )
        element = known or element
        self.elements[element.id] = element
        raw = match.group("text")
        if raw is not None and raw.strip(" \t"):
            if element.pieces is not None:
                raise self.fail(
                    line,
                    f"{excerpt(title)} is given a text twice (first on line {element.line}); "
                    "give it once",
                )
            element.pieces, element.tags = self.pieces(raw, line)
            element.headings = list(headings)
            element.line = line
        return element

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
                if key in self.meta:
                    raise self.fail(number + 1, f"the key {excerpt(key)} is given twice")
                self.meta[key] = self.value(value, number + 1)
            number += 1
        raise self.fail(start + 1, "the frontmatter opened here is never closed with '==='")

    def value(self, text: str, line: int) -> object:
        """A frontmatter value: "quoted" (JSON escapes), 'quoted', [a, b] or bare text."""
        if text.startswith('"') or (text.startswith("[") and '"' in text):
            try:
                value = json.loads(text)
            except (json.JSONDecodeError, RecursionError):
                raise self.fail(line, f"cannot read the quoted value {excerpt(text)}") from None
            if _SURROGATE.search(json.dumps(value, ensure_ascii=False)):
                raise self.fail(
                    line, "the value holds a lone surrogate (e.g. \\ud800), not a character"
                )
            return value
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
            code = self.code(raw, lineno).rstrip(" \t")
            if not code.strip():
                number += 1
                continue
            indent = len(code) - len(code.lstrip(" \t"))
            body = code.strip(" \t")
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
                target = _ELEMENT.match(relation.group("rest").strip(" \t"))
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
            last = self.elements[stack[-1][1]] if stack else None
            if indent > 0 and last is not None and last.pieces is not None and not relation:
                # a text continued on the next line
                continued, tags = self.pieces(body, lineno)
                last.pieces.extend([None, *continued])
                last.tags.extend(tags)
                number += 1
                continue
            raise self.fail(
                lineno,
                f"cannot read {excerpt(body, width=40)}: expected a [Statement]: or <Argument>: "
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
            if element.pieces is None:
                hint = f"; define it as [{element.title}]: text" if len(element.title) <= 80 else ""
                raise self.fail(
                    element.line,
                    f"{excerpt(element.title)} is mentioned but never given a text{hint}",
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
                    _join(element.pieces),
                    stance=stance,
                    kind=kind,
                    tags=[*tags, *element.headings],
                )
            )
        relations = []
        seen: set[tuple[str, str, str]] = set()
        for kind, source, target, line in self.relations:
            if source == target and kind == "support":
                raise self.fail(line, f"{excerpt(source)} supports itself")
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
                    f"an undercut attacks the inference of {excerpt(element)}, which needs "
                    f"exactly one support or attack leaving it; it has {len(leaving)}",
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
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise ParseError(
            source,
            text.count("\n", 0, surrogate.start()) + 1,
            "a lone surrogate (half of a UTF-16 pair) is not a character",
        )
    reader = _Reader(text, source)
    reader.run()
    return reader.debate()


def read_argdown(path: str | os.PathLike[str]) -> Debate:
    """Read an Argdown file (``.argdown`` or ``.ad``)."""
    return parse_argdown(read_text(path), os.fspath(path))


# Escaped wherever they occur: the escape character, tags, statement and argument brackets,
# data blocks, mentions, and Argdown's bold and italic marks.
_ALWAYS_ESCAPED = frozenset("\\#[]<>{}@*_")
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
    stance, kind and tags, and the supports, attacks and undercuts (with default ids).

    >>> from argmap.debate import Debate
    >>> argdown_omissions(Debate.load("maps/nixon-diamond.argmap.toml"))
    ("the debate's description: 1", 'expected verdicts: 4')
    """
    return omissions(debate, ())


def format_argdown(debate: Debate) -> str:
    """The debate as Argdown: frontmatter, then each claim with its stance and kind as
    tags and its incoming supports, attacks and undercuts as indented references.

    Texts are escaped so that they come back exactly (see ``docs/interchange.md``). What
    Argdown cannot hold is left out (actors, sources, notes, base scores, relation ids,
    rationales; :func:`argdown_omissions` lists them for a debate); what it cannot express
    raises FormatError naming the claim and the reason: a tag that would read as a stance or
    kind (or holds a ')' or a line break), or an undercut whose relation's
    source has other outgoing relations.
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
    incoming: dict[str, list[str]] = {}
    for relation in debate.relations:
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
    return "\n".join(out)


def write_argdown(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the debate as an Argdown file, atomically."""
    atomic_write_text(path, format_argdown(debate))

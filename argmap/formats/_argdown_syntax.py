"""Argdown's own model, read from Argdown text or from ``argdown json`` output.

The reader here knows Argdown's syntax, not argmap's debate model: it gives an
:class:`ArgdownDocument` (statements grouped into equivalence classes by title, arguments with
their premise-conclusion structures, and the relations between them, each with the line it
came from), which :mod:`argmap.formats.argdown` maps onto a debate. Keeping the two apart lets
the tests compare this model with what the Argdown CLI reports for the same file.

What Argdown defines and this reader follows (argdown.org, "The Syntax"): a document is a
sequence of blocks separated by empty lines; a block is a statement (``[Title]: text``, or
plain text: an untitled statement), an argument (``<Title>: text``), a relation tree (indented
lines starting ``+ - <+ <- +> -> >< _ <_ _>``), a premise-conclusion structure (``(1) ...``
lines and ``----`` or ``-- rule {data} --`` inference lines), or a heading (``# ...``). Text
continues on following lines until an empty line; ``//``, ``/* */`` and ``<!-- -->`` are
comments; ``{...}`` is data (YAML flow syntax), ``#tag`` and ``#(tag words)`` tags,
``@[Title]`` and ``@<Title>`` mentions, and ``**bold**``/``_italic_`` marks are dropped from
the text. Nothing here recurses on the input: nested data is read with an explicit stack.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs

from argmap.errors import ParseError, excerpt

__all__ = ["ArgRelation", "ArgdownDocument", "PcsStep", "document_from_json", "parse_document"]

#: Deepest nesting of {...} and [...] in Argdown data or in argdown json output.
MAX_DEPTH = 64


@attrs.define
class Statement:
    """An equivalence class: every statement with one title."""

    title: str
    line: int
    text: str | None = None
    text_line: int | None = None
    tags: list[str] = attrs.Factory(list)
    section: str | None = None
    data: dict[str, Any] = attrs.Factory(dict)


@attrs.define
class PcsStep:
    """One line of a premise-conclusion structure: a statement, and for a conclusion, the
    inference that leads to it (its rules and data, e.g. ``{uses: [1, 2]}``)."""

    title: str
    number: int | None
    conclusion: bool = False
    rules: list[str] = attrs.Factory(list)
    data: dict[str, Any] = attrs.Factory(dict)
    line: int = 0


@attrs.define
class Argument:
    title: str
    line: int
    description: str | None = None
    tags: list[str] = attrs.Factory(list)
    section: str | None = None
    data: dict[str, Any] = attrs.Factory(dict)
    pcs: list[PcsStep] = attrs.Factory(list)


@attrs.frozen
class ArgRelation:
    """A relation as Argdown names it: ``support``, ``attack``, ``undercut``, ``contrary``,
    ``contradictory`` or ``entails``, from and to a ``statement`` or ``argument`` title."""

    kind: str
    source: str
    source_type: str
    target: str
    target_type: str
    line: int | None = None


@attrs.define
class ArgdownDocument:
    meta: dict[str, Any] = attrs.Factory(dict)
    statements: dict[str, Statement] = attrs.Factory(dict)
    arguments: dict[str, Argument] = attrs.Factory(dict)
    relations: list[ArgRelation] = attrs.Factory(list)
    notes: list[tuple[int | None, str]] = attrs.Factory(list)


# -- lines ---------------------------------------------------------------------------------

_COMMENT = re.compile(r"\\.|/\*.*?\*/|<!--.*?-->|(?<!:)//[^\n]*|/\*|<!--", re.S)
_HEADING = re.compile(r"(#{1,6})\s+(.*)$")
_PCS = re.compile(r"\((\d+)\)\s*(.*)$")
_RELATION = re.compile(r"(<\+|<-|<_|\+>|->|_>|><|\+|-|_)\s+(.*)$")
_DEFINITION = re.compile(r"(\[(?P<s>[^\[\]]+)\]|<(?P<a>[^<>]+)>)(?P<colon>:)?(?P<rest>.*)$")
_LIST_ITEM = re.compile(r"(\*|\d+\.)\s+(.*)$")
_TEXT_TOKEN = re.compile(
    r"\\u(?P<hex>[0-9a-fA-F]{4})|\\(?P<escaped>.)|(?<![\w\\])#\((?P<long_tag>[^)]*)\)"
    r"|(?<![\w\\])#(?P<tag>[\w\-]+)|(?P<blank>[ \t]+)|(?P<mark>\*\*|__)"
    r"|(?<![^\W_])(?<!\\)(?P<open>[*_])(?=\S)|(?<=\S)(?P<close>[*_])(?![^\W_])"
    r"|(?P<link>\[(?P<link_text>[^\[\]]*)\]\([^()\s]*\))|[^\\# \t*_\[]+|.",
    re.S,
)
_NAMED_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
#: Argdown's shortcodes for logical symbols (its emoji shortcodes are kept as written).
_SHORTCODES = {".~.": "¬", ".^.": "∧", ".v.": "∨", ".->.": "→", ".<->.": "↔", ".A.": "∀",
               ".E.": "∃"}  # fmt: skip
_SHORTCODE = re.compile(r"(?<!\\)(?:\.<->\.|\.->\.|\.~\.|\.\^\.|\.v\.|\.A\.|\.E\.)")


def _symbols(raw: str) -> str:
    return _SHORTCODE.sub(lambda m: _SHORTCODES[m.group()], raw)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _strip_comments(text: str, source: str) -> str:
    """The text with every comment blanked (line breaks kept, so line numbers stay)."""

    def blank(match: re.Match[str]) -> str:
        found = match.group()
        if found.startswith("\\"):
            return found
        if found in ("/*", "<!--"):
            line = text.count("\n", 0, match.start()) + 1
            raise ParseError(
                source, line, f"the comment opened here with {found!r} is never closed"
            )
        return re.sub(r"[^\n]", " ", found)

    return _COMMENT.sub(blank, text)


def _indent(line: str) -> int:
    width = 0
    for char in line:
        if char == " ":
            width += 1
        elif char == "\t":
            width += 4
        else:
            break
    return width


class _TextPieces:
    """Pieces of one element's text, tags and data, built line by line."""

    def __init__(self) -> None:
        self.pieces: list[str | None] = []
        self.tags: list[str] = []
        self.given = 0  # how many of the tags are already given to the element

    def text(self) -> str:
        out: list[str] = []
        blank = False
        for piece in self.pieces:
            if piece is None:
                blank = bool(out)
            else:
                if blank:
                    out.append(" ")
                    blank = False
                out.append(piece)
        return "".join(out)


class _Parser:
    def __init__(self, text: str, source: str):
        self.source = source
        self.doc = ArgdownDocument()
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if text.startswith("\ufeff"):
            text = text[1:]
        surrogate = _SURROGATE.search(text)
        if surrogate is not None:
            raise ParseError(
                source,
                text.count("\n", 0, surrogate.start()) + 1,
                "a lone surrogate (half of a UTF-16 pair) is not a character",
            )
        self.raw_lines = text.split("\n")
        self.lines = _strip_comments(text, source).split("\n")
        self.untitled = 0  # Argdown numbers untitled statements and arguments together
        self.section: str | None = None
        self.data_open: str | None = None  # a {...} block left open at a line's end

    def fail(self, line: int | None, message: str) -> ParseError:
        return ParseError(self.source, line, message)

    def note(self, line: int | None, message: str) -> None:
        self.doc.notes.append((line, message))

    # -- text -------------------------------------------------------------------------------

    def add_text(self, target: _TextPieces, raw: str, line: int) -> dict[str, Any]:
        """Add a line's text to ``target``; returns the data given in it ({...})."""
        data: dict[str, Any] = {}
        raw, data = self.split_data(_symbols(raw), line)
        if target.pieces:
            target.pieces.append(None)
        for token in _TEXT_TOKEN.finditer(raw):
            if token.group("hex") is not None:
                char = chr(int(token.group("hex"), 16))
                if _SURROGATE.match(char):
                    raise self.fail(
                        line,
                        f"the escape \\u{token.group('hex')} is a lone surrogate (half of a "
                        "UTF-16 pair), not a character",
                    )
                target.pieces.append(char)
            elif token.group("escaped") is not None:
                escaped = token.group("escaped")
                target.pieces.append(_NAMED_ESCAPES.get(escaped, escaped))
            elif token.group("long_tag") is not None:
                target.tags.append(token.group("long_tag"))
            elif token.group("tag") is not None:
                target.tags.append(token.group("tag"))
            elif token.group("blank") is not None:
                target.pieces.append(None)
            elif token.group("mark") or token.group("open") or token.group("close"):
                continue  # bold and italic marks are formatting, not text
            elif token.group("link") is not None:
                target.pieces.append(token.group("link_text"))
            else:
                target.pieces.append(token.group())
        return data

    def split_data(self, raw: str, line: int) -> tuple[str, dict[str, Any]]:
        """A line's text without its trailing ``{...}`` data block, and the data read."""
        start = _unescaped_brace(raw)
        if start is None:
            return raw, {}
        if not _balanced(raw[start:]):  # data continued on the next lines
            self.data_open = raw[start:]
            return raw[:start], {}
        return raw[:start], self.data(raw[start:], line)

    def data(self, text: str, line: int) -> dict[str, Any]:
        """A data block's keys; one argmap cannot read (block-style YAML inside the braces,
        say) is a note, since data annotates the debate rather than making it."""
        try:
            value = parse_flow(text.strip(), self.source, line)
        except ParseError as exc:
            self.note(line, f"data left out: {exc.message}")
            return {}
        if not isinstance(value, dict):
            self.note(line, "data that is not {key: value, ...} is left out")
            return {}
        return value

    # -- the document -----------------------------------------------------------------------

    def run(self) -> ArgdownDocument:
        number = self.frontmatter()
        blank = True  # after an empty line (or at the start)
        text: _TextPieces | None = None  # the text being continued
        owner: Any = None  # the statement or argument that text belongs to
        stack: list[tuple[int, str, str]] = []  # (indent, type, title) of the open tree
        argument: Argument | None = None  # the argument a pcs would belong to
        pcs_open = False
        pending: PcsStep | None = None  # an inference waiting for its conclusion
        inference_open = False  # inside a "--" ... "--" inference
        data_lines: list[str] = []
        data_start = 0
        while number < len(self.lines):
            line = self.lines[number]
            lineno = number + 1
            number += 1
            body = line.strip()
            if data_lines:  # a {...} block over several lines
                data_lines.append(line)
                joined = "\n".join(data_lines)
                if _balanced(joined):
                    value = self.data(joined, data_start)
                    if owner is not None:
                        owner.data.update(value)
                    data_lines = []
                continue
            if inference_open:
                assert pending is not None
                if re.fullmatch(r"--+", body):
                    inference_open = False
                elif body:
                    rest, data = self.split_data(body, lineno)
                    pending.data.update(data)
                    pending.rules.extend(r.strip() for r in _symbols(rest).split(",") if r.strip())
                continue
            if self.data_open is not None:
                data_lines, data_start, self.data_open = [self.data_open], lineno - 1, None
                number -= 1  # read this line again as part of the data
                continue
            if not body:
                blank, text = True, None
                continue
            indent = _indent(line)
            heading = _HEADING.match(body) if indent == 0 and not body.startswith("#(") else None
            if heading and blank:
                title_pieces = _TextPieces()
                self.add_text(title_pieces, heading.group(2), lineno)
                while number < len(self.lines) and self.lines[number].strip():
                    self.add_text(title_pieces, self.lines[number].strip(), number + 1)
                    number += 1  # a heading's text, too, runs on to the next empty line
                self.section = title_pieces.text() or None
                stack, text, owner, argument, pcs_open = [], None, None, None, False
                continue
            if body.startswith("{") and owner is not None and not _balanced(body):
                data_lines, data_start = [line], lineno
                continue
            if body.startswith("@include(") and body.endswith(")") and blank:
                self.note(
                    lineno,
                    "@include is not followed (argmap reads one file); "
                    f"{excerpt(body[9:-1])} is left out",
                )
                continue
            if body.startswith("==="):
                self.note(lineno, "a '===' line outside the frontmatter is left out")
                continue
            pcs = _PCS.match(body)
            if pcs:
                if not pcs_open:
                    if argument is None:
                        self.untitled += 1
                        argument = self.argument_def(f"Untitled {self.untitled}", lineno)
                    if argument.pcs:
                        self.note(
                            lineno,
                            f"argument {excerpt(argument.title)} is reconstructed twice; the "
                            "later premise-conclusion structure is kept",
                        )
                        argument.pcs = []
                    pcs_open, pending = True, None
                assert argument is not None
                _, title, text, owner = self.element_in(pcs.group(2), lineno, statement_only=True)
                step = PcsStep(title, int(pcs.group(1)), line=lineno)
                if pending is not None:
                    step.conclusion, step.rules, step.data = True, pending.rules, pending.data
                    pending = None
                argument.pcs.append(step)
                stack, blank = [(indent, "statement", title)], False
                continue
            if body.startswith("--") and not _RELATION.match(body):
                if not pcs_open:
                    self.note(
                        lineno,
                        "an inference line outside a premise-conclusion structure is left out",
                    )
                    continue
                if pending is not None:
                    self.note(lineno, "two inference lines in a row; the first is left out")
                pending = PcsStep("", None, conclusion=True, line=lineno)
                if body == "--":
                    inference_open = True
                elif not re.fullmatch(r"-+", body):
                    inner = re.sub(r"^-+|-+$", "", body).strip()
                    rest, data = self.split_data(inner, lineno)
                    pending.data.update(data)
                    pending.rules.extend(r.strip() for r in _symbols(rest).split(",") if r.strip())
                text, owner, stack, blank = None, None, [], False
                continue
            relation = _RELATION.match(body) if indent > 0 else None
            if relation:
                if stack and indent <= stack[-1][0]:
                    # a sibling of an element at this level, or, when no open level matches
                    # (a dedent to between two levels), of the element at the level below
                    while len(stack) > 1 and stack[-1][0] > indent:
                        stack.pop()
                    stack.pop()
                if not stack:
                    self.note(lineno, "a relation line with no element above it is left out")
                    continue
                _, parent_type, parent = stack[-1]
                child_type, child, text, owner = self.element_in(relation.group(2), lineno)
                self.relate(relation.group(1), parent_type, parent, child_type, child, lineno)
                stack.append((indent, child_type, child))
                blank = False
                continue
            item = _LIST_ITEM.match(body)
            if item:  # each list item is a statement
                pcs_open, argument = False, None
                child_type, child, text, owner = self.element_in(item.group(2), lineno)
                stack, blank = [(indent, child_type, child)], False
                continue
            definition = _DEFINITION.match(body)
            if definition and _is_element(definition) and (blank or text is None):
                child_type, child, text, owner = self.element_in(body, lineno)
                stack = [(indent, child_type, child)]
                pcs_open = False
                argument = self.doc.arguments[child] if child_type == "argument" else None
                blank = False
                continue
            if text is not None and not blank:
                data = self.add_text(text, body, lineno)
                if owner is not None:
                    owner.data.update(data)
                    self.finish_text(owner, text)
                continue
            if pcs_open and not blank:
                self.note(
                    lineno,
                    f"{excerpt(body, width=40)} in a premise-conclusion structure is left out",
                )
                continue
            # plain text after an empty line: an untitled statement
            pcs_open, argument = False, None
            child_type, child, text, owner = self.element_in(body, lineno, untitled=True)
            stack, blank = [(indent, child_type, child)], False
        if self.data_open is not None:
            raise self.fail(len(self.lines), "a data block ({...}) is never closed")
        if data_lines:
            raise self.fail(data_start, "the data block ({...}) opened here is never closed")
        if inference_open and pending is not None:
            raise self.fail(pending.line, "the inference opened here with '--' is never closed")
        self.reconstructed_relations()
        return self.doc

    def reconstructed_relations(self) -> None:
        """Argdown's reading of relations around reconstructed arguments: what leaves an
        argument with a premise-conclusion structure leaves its main conclusion (a support of
        that conclusion itself is implied, so dropped), and an attack between statements of
        under the frontmatter's ``model: mode: strict`` a relation written between two statements
        is a logical one: an attack is ``contrary``, a support ``entails``."""
        conclusion = {
            title: argument.pcs[-1].title
            for title, argument in self.doc.arguments.items()
            if argument.pcs and argument.pcs[-1].conclusion
        }
        model = self.doc.meta.get("model")
        strict = isinstance(model, dict) and bool(
            re.search(r"(?m)^\s*mode:\s*['\"]?strict", str(model.get("(settings)", "")))
        )
        relations = []
        for relation in self.doc.relations:
            if relation.source_type == "argument" and relation.source in conclusion:
                if relation.kind in ("support", "attack"):
                    relation = attrs.evolve(
                        relation, source=conclusion[relation.source], source_type="statement"
                    )
                    if relation.target_type == "statement" and relation.target == relation.source:
                        continue
            elif strict and relation.source_type == relation.target_type == "statement":
                logical = {"attack": "contrary", "support": "entails"}.get(relation.kind)
                relation = attrs.evolve(relation, kind=logical or relation.kind)
            relations.append(relation)
        self.doc.relations = relations

    def finish_text(self, owner: Any, pieces: _TextPieces, line: int | None = None) -> None:
        """Set ``owner``'s text (a statement's) or description (an argument's) from pieces."""
        if isinstance(owner, Statement):
            if owner.text is None:  # a statement belongs to the section it is defined in
                owner.section = self.section
            elif line is not None and line != owner.text_line and owner.text != pieces.text():
                self.note(
                    line,
                    f"statement {excerpt(owner.title)} is given another text (first on line "
                    f"{owner.text_line}); the last one is kept, as Argdown does",
                )
            owner.text = pieces.text()
            if line is not None:
                owner.text_line = line
        else:
            owner.description = pieces.text() or None
        owner.tags = owner.tags + pieces.tags[pieces.given :]
        pieces.given = len(pieces.tags)  # a continued text calls this again

    def statement_def(self, title: str, line: int) -> Statement:
        known = self.doc.statements.get(title)
        if known is None:
            known = Statement(title, line, section=self.section)
            self.doc.statements[title] = known
        return known

    def argument_def(self, title: str, line: int) -> Argument:
        known = self.doc.arguments.get(title)
        if known is None:
            known = Argument(title, line, section=self.section)
            self.doc.arguments[title] = known
        return known

    def element_in(
        self, raw: str, line: int, statement_only: bool = False, untitled: bool = False
    ) -> tuple[str, str, _TextPieces | None, Any]:
        """(type, title, the text being built or None, its owner) for an element written as
        ``[T]: text``, ``[T]``, ``<T>: text``, ``<T>`` or untitled text."""
        definition = None if untitled else _DEFINITION.match(raw.strip())
        if (
            definition
            and _is_element(definition)
            and not (statement_only and definition.group("a") is not None)
        ):
            title = " ".join((definition.group("s") or definition.group("a")).split())
            owner: Statement | Argument
            if definition.group("s") is not None:
                owner, kind = self.statement_def(title, line), "statement"
            else:
                owner, kind = self.argument_def(title, line), "argument"
            pieces = _TextPieces()
            owner.data.update(self.add_text(pieces, definition.group("rest"), line))
            if definition.group("colon") and pieces.pieces:
                self.finish_text(owner, pieces, line)
                return kind, title, pieces, owner
            owner.tags = owner.tags + pieces.tags
            return kind, title, (pieces if definition.group("colon") else None), owner
        self.untitled += 1
        title = f"Untitled {self.untitled}"
        statement = self.statement_def(title, line)
        pieces = _TextPieces()
        statement.data.update(self.add_text(pieces, raw, line))
        self.finish_text(statement, pieces, line)
        return "statement", title, pieces, statement

    def relate(
        self, op: str, parent_type: str, parent: str, child_type: str, child: str, line: int
    ) -> None:
        outgoing = op in ("+>", "->", "_>")  # the parent is the source
        symbol = op.strip("<>") or op
        if op == "><":
            kind = "contradictory"
            outgoing = True
        elif symbol == "+":
            kind = "support"
        elif symbol == "-":
            kind = "attack"
        else:
            kind = "undercut"
        if outgoing:
            source, source_type, target, target_type = parent, parent_type, child, child_type
        else:
            source, source_type, target, target_type = child, child_type, parent, parent_type
        self.doc.relations.append(ArgRelation(kind, source, source_type, target, target_type, line))

    # -- frontmatter ------------------------------------------------------------------------

    def frontmatter(self) -> int:
        """Read a frontmatter block at the start; the index of the first line after it."""
        number = 0
        while number < len(self.lines) and not self.lines[number].strip():
            number += 1
        if number >= len(self.lines) or self.lines[number].strip() != "===":
            return 0
        start = number
        for end in range(start + 1, len(self.lines)):
            if self.lines[end].strip() == "===":
                self.doc.meta = parse_yaml_block(self.raw_lines[start + 1 : end], self, start + 2)
                return end + 1
        raise self.fail(start + 1, "the frontmatter opened here is never closed with '==='")


def _is_element(match: re.Match[str]) -> bool:
    """Whether a line starting ``[...]`` or ``<...>`` is an element (a definition, or a
    reference followed by nothing but tags and data), not text starting with a bracket."""
    rest = match.group("rest")
    if match.group("colon"):
        return True
    rest = rest.strip()
    return not rest or rest.startswith("#") or rest.startswith("{")


def _unescaped_brace(raw: str) -> int | None:
    escaped = False
    for position, char in enumerate(raw):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "{":
            return position
    return None


def _balanced(text: str) -> bool:
    depth = 0
    quote = None
    for char in text:
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth <= 0


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


# -- data: YAML's flow syntax ({a: 1, b: [x, "y"]}) and a block frontmatter ----------------

_FLOW_TOKEN = re.compile(
    r'\s*(?:(?P<punct>[{}\[\],:])|"(?P<dq>(?:[^"\\]|\\.)*)"|\'(?P<sq>(?:[^\']|\'\')*)\'|(?P<bare>[^{}\[\],:"\'\s][^{}\[\],:]*?)(?=\s*(?:[{}\[\],]|:\s|:$|$)))',
    re.S,
)


def parse_flow(text: str, source: str, line: int | None) -> Any:
    """A YAML flow value (``{a: 1, b: [x, "y"]}``) with an explicit stack: nesting deeper
    than :data:`MAX_DEPTH` is an error, never a RecursionError."""
    tokens: list[tuple[str, Any]] = []
    position = 0
    text = text.strip()
    while position < len(text):
        match = _FLOW_TOKEN.match(text, position)
        if not match or match.end() == position:
            if text[position:].strip() == "":
                break
            raise ParseError(source, line, f"cannot read the data {excerpt(text, position)}")
        position = match.end()
        if match.group("punct"):
            tokens.append(("p", match.group("punct")))
        elif match.group("dq") is not None:
            try:
                tokens.append(("s", json.loads(f'"{match.group("dq")}"')))
            except json.JSONDecodeError:
                tokens.append(("s", match.group("dq")))
        elif match.group("sq") is not None:
            tokens.append(("s", match.group("sq").replace("''", "'")))
        else:
            tokens.append(("s", _scalar(match.group("bare").strip())))
    stack: list[Any] = []
    keys: list[Any] = []
    result: Any = None
    done = False
    pending_key: Any = None
    expect_value = False

    def put(value: Any) -> None:
        nonlocal result, done, pending_key, expect_value
        if not stack:
            if done:
                raise ParseError(
                    source, line, f"unexpected data after the value in {excerpt(text)}"
                )
            result, done = value, True
            return
        top = stack[-1]
        if isinstance(top, list):
            top.append(value)
        elif expect_value:
            top[pending_key] = value
            pending_key, expect_value = None, False
        elif pending_key is None:
            pending_key = value if not isinstance(value, (dict, list)) else str(value)
        else:
            raise ParseError(source, line, f"expected ':' after a key in {excerpt(text)}")

    for kind, value in tokens:
        if kind == "s":
            put(value)
        elif value in "{[":
            if len(stack) >= MAX_DEPTH:
                raise ParseError(source, line, f"data nested more than {MAX_DEPTH} deep")
            keys.append((pending_key, expect_value))
            pending_key, expect_value = None, False
            stack.append({} if value == "{" else [])
        elif value in "}]":
            if not stack or isinstance(stack[-1], dict) != (value == "}"):
                raise ParseError(source, line, f"unbalanced {value!r} in the data {excerpt(text)}")
            if isinstance(stack[-1], dict) and pending_key is not None:
                stack[-1][pending_key] = None
            finished = stack.pop()
            pending_key, expect_value = keys.pop()
            put(finished)
        elif value == ":":
            if not stack or not isinstance(stack[-1], dict) or pending_key is None:
                raise ParseError(source, line, f"unexpected ':' in the data {excerpt(text)}")
            expect_value = True
        elif value == "," and stack and isinstance(stack[-1], dict) and pending_key is not None:
            stack[-1][pending_key] = None  # a key with no value
            pending_key, expect_value = None, False
    if stack:
        raise ParseError(source, line, f"unbalanced brackets in the data {excerpt(text)}")
    return result


def _scalar(text: str) -> Any:
    if re.fullmatch(r"-?\d{1,15}", text):
        return int(text)
    if re.fullmatch(r"-?\d{1,15}\.\d{1,15}", text):
        return float(text)
    if text in ("true", "false"):
        return text == "true"
    if text in ("null", "~"):
        return None
    return text


def parse_yaml_block(lines: list[str], parser: _Parser, first_line: int) -> dict[str, Any]:
    """The frontmatter's top-level keys. A value is a scalar (continued on more indented
    lines), a flow value (``[a, b]``, ``{...}``, over several lines if need be), or a block
    of ``- item`` lines (a list) or of nested keys (kept as their text; argmap reads only
    the keys its debates have)."""
    out: dict[str, Any] = {}
    lines = [_strip_yaml_comment(line) for line in lines]
    margin = min((_indent(line) for line in lines if line.strip()), default=0)
    lines = [line[margin:] if line.strip() else "" for line in lines]  # YAML: any margin
    index = 0
    while index < len(lines):
        line = lines[index]
        lineno = first_line + index
        index += 1
        if not line.strip():
            continue
        if _indent(line) > 0 or ":" not in line:
            raise parser.fail(lineno, "expected 'key: value' in the frontmatter")
        key, value = (part.strip() for part in line.split(":", 1))
        if key in out:
            raise parser.fail(lineno, f"the key {excerpt(key)} is given twice")
        block: list[str] = []
        while index < len(lines) and (not lines[index].strip() or _indent(lines[index]) > 0):
            block.append(lines[index])
            index += 1
        while block and not block[-1].strip():
            block.pop()
        if value:
            whole = " ".join([value, *(b.strip() for b in block)]).strip()
            if whole.startswith(("[", "{")):
                out[key] = parse_flow(whole, parser.source, lineno)
            elif whole.startswith('"'):
                try:
                    out[key] = json.loads(whole)
                except json.JSONDecodeError:
                    raise parser.fail(
                        lineno, f"cannot read the quoted value {excerpt(whole)}"
                    ) from None
            elif len(whole) >= 2 and whole[0] == whole[-1] == "'":
                out[key] = whole[1:-1].replace("''", "'")
            else:
                out[key] = whole
            if _SURROGATE.search(json.dumps(out[key], ensure_ascii=False)):
                raise parser.fail(
                    lineno, "the value holds a lone surrogate (e.g. \\ud800), not a character"
                )
        elif block and block[0].strip().startswith("- "):
            out[key] = [
                _yaml_item(b.strip()[2:].strip()) for b in block if b.strip().startswith("- ")
            ]
        else:
            out[key] = {"(settings)": "\n".join(block)} if block else None
        out.setdefault("(lines)", {})[key] = lineno
    return out


def _yaml_item(text: str) -> Any:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def _strip_yaml_comment(line: str) -> str:
    match = re.search(r"(^|\s)#(?![^\"']*[\"'](?:[^\"']*[\"'][^\"']*[\"'])*[^\"']*$)", line)
    return line[: match.start()] if match else line


# -- argdown json output --------------------------------------------------------------------


def document_from_json(value: Any, source: str) -> ArgdownDocument:
    """The Argdown model that ``argdown json`` wrote (statements, arguments, relations)."""
    if not isinstance(value, dict) or not isinstance(value.get("statements"), dict):
        raise ParseError(source, None, "expected argdown json output: an object with 'statements'")
    doc = ArgdownDocument()
    sections = {}
    for section in _list(value.get("sections")):
        if isinstance(section, dict) and isinstance(section.get("id"), str):
            sections[section["id"]] = section.get("title")
    for title, ec in value["statements"].items():
        if not isinstance(ec, dict):
            raise ParseError(source, None, f"statement {excerpt(title)} is not an object")
        members = [m for m in _list(ec.get("members")) if isinstance(m, dict)]
        statement = Statement(str(title), 0, section=sections.get(ec.get("section")))
        texts = [m for m in members if isinstance(m.get("text"), str) and not m.get("isReference")]
        if texts:
            statement.text = _drop_tags(texts[-1]["text"])
        tags: list[str] = []
        for member in members:
            tags.extend(t for t in _list(member.get("tags")) if isinstance(t, str))
        statement.tags = _unique(tags)
        if isinstance(ec.get("data"), dict):
            statement.data = ec["data"]
        doc.statements[statement.title] = statement
    arguments = value.get("arguments") or {}
    if not isinstance(arguments, dict):
        raise ParseError(source, None, "'arguments' must be an object of arguments by title")
    for title, arg in arguments.items():
        if not isinstance(arg, dict):
            raise ParseError(source, None, f"argument {excerpt(title)} is not an object")
        argument = Argument(str(title), 0, section=sections.get(arg.get("section")))
        descriptions = [
            m
            for m in _list(arg.get("members"))
            if isinstance(m, dict)
            and isinstance(m.get("text"), str)
            and m["text"].strip()
            and not m.get("isReference")
        ]
        if descriptions:
            argument.description = _drop_tags(descriptions[-1]["text"]) or None
        argument.tags = [t for t in _list(arg.get("tags")) if isinstance(t, str)]
        if isinstance(arg.get("data"), dict):
            argument.data = arg["data"]
        steps = arg.get("pcs") or []
        if not isinstance(steps, list):
            raise ParseError(source, None, f"argument {excerpt(title)}'s 'pcs' is not a list")
        for number, step in enumerate(steps, 1):
            if (
                not isinstance(step, dict)
                or not isinstance(step.get("title"), str)
                or step["title"] not in doc.statements
            ):
                raise ParseError(
                    source, None,
                    f"argument {excerpt(title)}'s structure has a step that names none of "
                    "the statements",
                )  # fmt: skip
            inference = step.get("inference") if isinstance(step.get("inference"), dict) else None
            argument.pcs.append(
                PcsStep(
                    step["title"],
                    number,
                    conclusion=step.get("role") in ("main-conclusion", "intermediary-conclusion"),
                    rules=[
                        r
                        for r in _list((inference or {}).get("inferenceRules"))
                        if isinstance(r, str)
                    ],
                    data=_data_of(inference),
                )
            )
        doc.arguments[argument.title] = argument
    # an undercut aimed at an inference names its argument ("to": the argument's title)
    kinds = {"equivalence-class": "statement", "argument": "argument", "inference": "argument"}
    relations = value.get("relations") or []
    if not isinstance(relations, list):
        raise ParseError(source, None, "'relations' must be a list")
    for relation in relations:
        if (
            not isinstance(relation, dict)
            or relation.get("fromType") not in kinds
            or relation.get("toType") not in kinds
        ):
            raise ParseError(source, None, "a relation needs 'from', 'to', 'fromType' and 'toType'")
        doc.relations.append(
            ArgRelation(
                str(relation.get("relationType")),
                str(relation.get("from")),
                kinds[relation["fromType"]],
                str(relation.get("to")),
                kinds[relation["toType"]],
            )
        )
    return doc


def _list(value: Any) -> list[Any]:
    """A list from argdown json output, or none (other values are not argmap's business)."""
    return value if isinstance(value, list) else []


def _data_of(inference: dict[str, Any] | None) -> dict[str, Any]:
    data = (inference or {}).get("data")
    return data if isinstance(data, dict) else {}


def _drop_tags(text: str) -> str:
    """Argdown keeps tags in a statement's text; argmap keeps them apart."""
    text = re.sub(r"(?<![\w\\])#\([^)]*\)|(?<![\w\\])#[\w\-]+", " ", text)
    return " ".join(text.split())


def parse_document(text: str, source: str) -> ArgdownDocument:
    """Argdown text as Argdown's own model; notes on what was left out are in ``notes``."""
    return _Parser(text, source).run()

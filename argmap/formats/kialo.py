"""Kialo's discussion export: read a debate from it, write one as it.

Kialo (kialo.com) exports a discussion as a plain-text outline::

    Discussion Title: Should bars be smoke-free?

    1. Bars should be smoke-free.
    1.1. Pro: Staff breathe the smoke all shift.
    1.1.1. Con: Ventilation removes the smoke.
    1.2. Con: Adults choose freely.
    1.2.1. Pro: -> See 1.1.

Reading: each entry is a claim whose id is its number (``1.1.1``); a ``Pro`` entry supports
its parent and a ``Con`` entry attacks it; an entry that is only ``-> See N.`` is no new
claim but a link: claim ``N`` supports (or attacks) the link's parent. A single top entry is
the thesis; a top entry whose children carry no Pro or Con is the question of a multi-thesis
discussion, and those children are its theses. Stances follow the outline (a Pro entry shares
its parent's, a Con entry takes the other side; in a multi-thesis discussion every stance is
neutral), kinds too (thesis, reason for Pro, objection for Con). Lines that continue an
entry's text are joined to it with a line break. A line that does not fit (an entry whose
parent is missing, a number out of order, a link to no entry) is left out with a note naming
its line; ``strict=True`` refuses it instead.

>>> result = parse_kialo('''Discussion Title: Should bars be smoke-free?
...
... 1. Bars should be smoke-free.
... 1.1. Pro: Staff breathe the smoke all shift.
... 1.1.1. Con: Ventilation removes the smoke.
... 1.2. Con: Adults choose freely.
... 1.2.1. Pro: -> See 1.1.
... ''')
>>> [r.id for r in result.debate.relations]
['1.1 supports 1', '1.2.1', '1.1.1 attacks 1.1', '1.2 attacks 1']
>>> result.debate.claim("1.2").stance.value, result.notes
('con', ())
"""

from __future__ import annotations

import os
import re

import attrs

from argmap.debate import Claim, Debate, Relation
from argmap.debate.model import RelationKind
from argmap.errors import DebateError, FormatError, ParseError, excerpt
from argmap.formats._files import atomic_write_text, read_text
from argmap.formats._omissions import omissions

__all__ = [
    "KialoImport",
    "format_kialo",
    "kialo_omissions",
    "parse_kialo",
    "read_kialo",
    "write_kialo",
]

_HEADER = re.compile(r"Discussion Title:[ \t]*(.*)$")
_ENTRY = re.compile(r"((?:\d+\.)+)[ \t]+(?:(Pro|Con):[ \t]+)?(.*)$")
_LINK = re.compile(r"->[ \t]*See[ \t]+((?:\d+\.)*\d+)\.?[ \t]*$")
_OPPOSITE = {"pro": "con", "con": "pro", "neutral": "neutral"}


@attrs.frozen
class KialoImport:
    """The debate read from a Kialo export, and notes (``"line N: ..."``) on what was left
    out."""

    debate: Debate
    notes: tuple[str, ...] = ()


@attrs.define
class _Entry:
    number: str  # "1.2.3"
    label: str | None  # "Pro", "Con" or None
    lines: list[str]
    line: int
    link: str | None = None

    @property
    def parent(self) -> str | None:
        return self.number.rpartition(".")[0] or None


class _Reader:
    def __init__(self, text: str, source: str, strict: bool):
        self.source, self.strict = source, strict
        self.notes: list[str] = []
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if self.lines and self.lines[0].startswith("\ufeff"):
            self.lines[0] = self.lines[0][1:]

    def note(self, line: int, message: str) -> None:
        if self.strict:
            raise ParseError(self.source, line, f"{message} (refused: strict reading)")
        self.notes.append(f"line {line}: {message}")

    def entries(self) -> tuple[str | None, dict[str, _Entry]]:
        title: str | None = None
        entries: dict[str, _Entry] = {}
        last: _Entry | None = None
        for index, raw in enumerate(self.lines):
            lineno = index + 1
            line = raw.strip()
            if not line:
                continue
            header = _HEADER.match(line)
            if header and title is None and not entries:
                title = header.group(1).strip() or None
                continue
            entry = _ENTRY.match(line)
            if entry:
                number = entry.group(1)[:-1]
                made = _Entry(number, entry.group(2), [entry.group(3).strip()], lineno)
                problem = self.misplaced(made, entries, last)
                if problem:
                    self.note(lineno, f"entry {number}. left out: {problem}")
                    last = None
                    continue
                link = _LINK.match(made.lines[0])
                if link:
                    made.link = link.group(1)
                entries[number] = last = made
                continue
            if last is not None and last.link is None:
                last.lines.append(line)  # the entry's text goes on
            else:
                self.note(
                    lineno,
                    f"{excerpt(line, width=40)} left out: expected an entry such as "
                    "'1.2. Pro: text' (or 'Discussion Title: ...' first)",
                )
        return title, entries

    @staticmethod
    def misplaced(entry: _Entry, entries: dict[str, _Entry], last: _Entry | None) -> str | None:
        if entry.number in entries:
            return f"the number is used before, on line {entries[entry.number].line}"
        parent = entry.parent
        if parent is not None:
            if parent not in entries:
                return f"its parent {parent}. is not in the outline"
            if entries[parent].link is not None:
                return f"its parent {parent}. is a link, which has no children"
        if not entry.lines[0]:
            return "it has no text"
        return None

    def debate(self) -> KialoImport:
        title, entries = self.entries()
        if not entries:
            raise ParseError(self.source, None, "expected a Kialo export: numbered entries such "
                             "as '1. thesis' and '1.1. Pro: reason'")  # fmt: skip
        tops = [e for e in entries.values() if e.parent is None]
        question_entries: set[str] = set()
        theses: list[_Entry] = []
        for top in tops:
            children = [e for e in entries.values() if e.parent == top.number]
            if top.link is None and children and all(c.label is None for c in children):
                question_entries.add(top.number)  # a multi-thesis discussion's question
                theses.extend(children)
            else:
                theses.append(top)
        multi = bool(question_entries) or len(theses) > 1
        thesis_numbers = {t.number for t in theses}
        claims: dict[str, Claim] = {}
        stance_of: dict[str, str] = {}
        relations: list[Relation] = []
        links: list[tuple[_Entry, str]] = []
        for entry in entries.values():  # in file order: a parent before its children
            if entry.number in question_entries:
                continue
            if entry.number in thesis_numbers:
                if entry.label is not None:
                    self.note(entry.line, f"entry {entry.number}. is a thesis; its "
                              f"'{entry.label}:' is kept in its text")  # fmt: skip
                    entry.lines[0] = f"{entry.label}: {entry.lines[0]}"
                if entry.link is not None:
                    self.note(entry.line, f"entry {entry.number}. is a thesis that only links; "
                              "left out")  # fmt: skip
                    continue
                stance_of[entry.number] = "neutral" if multi else "pro"
                claims[entry.number] = Claim(
                    entry.number, "\n".join(entry.lines), stance=stance_of[entry.number],
                    kind="thesis",
                )  # fmt: skip
                continue
            parent = entry.parent
            if parent not in claims:  # under a left-out entry
                self.note(entry.line, f"entry {entry.number}. left out: its parent is")
                continue
            if entry.label is None:
                self.note(entry.line, f"entry {entry.number}. has no 'Pro:' or 'Con:'; read "
                          "as Pro")  # fmt: skip
            kind = "attack" if entry.label == "Con" else "support"
            if entry.link is not None:
                links.append((entry, kind))
                continue
            stance = stance_of[parent]
            stance_of[entry.number] = _OPPOSITE[stance] if kind == "attack" else stance
            claims[entry.number] = Claim(
                entry.number, "\n".join(entry.lines), stance=stance_of[entry.number],
                kind="objection" if kind == "attack" else "reason",
            )  # fmt: skip
            relations.append(Relation(kind, entry.number, parent))
        seen = {(r.kind.value, r.source, r.target) for r in relations}
        for entry, kind in links:
            target = entry.link
            assert target is not None
            if target not in claims:
                self.note(entry.line, f"entry {entry.number}. links to {target}., which is no "
                          "claim of the outline; left out")  # fmt: skip
                continue
            parent = entry.parent
            assert parent is not None
            if target == parent and kind == "support":
                self.note(entry.line, f"entry {entry.number}. makes {target}. support itself; "
                          "left out")  # fmt: skip
                continue
            # the link's own number as the relation's id keeps its place among its siblings
            relation = Relation(kind, target, parent, id=entry.number)
            if (kind, target, parent) in seen:
                self.note(entry.line, f"entry {entry.number}. repeats a relation the outline "
                          "already has; left out")  # fmt: skip
                continue
            seen.add((kind, target, parent))
            relations.append(relation)
        question = title
        if question is None and question_entries:
            question = "\n".join(entries[min(question_entries)].lines)
        try:
            debate = Debate(
                question or "(imported from Kialo; no question given)",
                title=title,
                claims=list(claims.values()),
                relations=relations,
            )
        except DebateError as exc:
            raise ParseError(self.source, None, str(exc)) from None
        return KialoImport(debate, tuple(self.notes))


def parse_kialo(text: str, source: str = "<string>", *, strict: bool = False) -> KialoImport:
    """A debate from a Kialo discussion export, and notes on the lines left out."""
    return _Reader(text, source, strict).debate()


def read_kialo(path: str | os.PathLike[str], *, strict: bool = False) -> KialoImport:
    """Read a Kialo export (``.kialo.txt``, or any text starting ``Discussion Title:``)."""
    return parse_kialo(read_text(path), os.fspath(path), strict=strict)


#: What the outline carries (part names from ``argmap.formats._omissions.PARTS``): nothing
#: beyond the question, the claims' texts and the supports and attacks between them.
_CARRIED: frozenset[str] = frozenset()


def kialo_omissions(debate: Debate) -> tuple[str, ...]:
    """What writing ``debate`` as a Kialo outline leaves out, one line per part. Besides the
    parts listed, ids, stances, kinds and tags are not written (the outline gives numbers,
    and stances and kinds follow from Pro and Con), nor undercuts.

    >>> from argmap.debate import Debate
    >>> for line in kialo_omissions(Debate.load("maps/smoking-ban.argmap.toml")):
    ...     print(line)
    the debate's description: 1
    expected verdicts: 2
    relations' rationales: 1
    undercuts: 1
    """
    left_out = list(omissions(debate, _CARRIED))
    if debate.undercuts:
        left_out.append(f"undercuts: {len(debate.undercuts)}")
    return tuple(left_out)


def _text_lines(claim: Claim) -> list[str]:
    lines = claim.text.split("\n")
    for line in lines:
        if (
            not line.strip()
            or line != line.strip()
            or _ENTRY.match(line)
            or _HEADER.match(line)
            or any(ch in line for ch in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        ):
            raise FormatError(
                f"claim {claim.id!r} cannot be written as a Kialo entry: a line of its text "
                f"({excerpt(line, width=40)}) is empty, has spaces at either end, or reads as "
                "an entry or the title"
            )
    first = lines[0]
    if re.match(r"(Pro|Con):[ \t]", first) or _LINK.match(first):
        raise FormatError(
            f"claim {claim.id!r} cannot be written as a Kialo entry: its text starts like a "
            "'Pro:'/'Con:' label or a '-> See' link"
        )
    return lines


def format_kialo(debate: Debate) -> str:
    """The debate as a Kialo outline: the theses (or, if there are several, the question and
    its theses), and under each claim the claims that support it (``Pro``) or attack it
    (``Con``), in the debate's order. A claim that supports or attacks several claims is
    written once, under the claim its id names as its parent (``1.2`` under ``1``) or else
    the first, and linked (``-> See 1.2.``) everywhere else; a claim no thesis leads to
    becomes a thesis of its own. :func:`kialo_omissions` says what is left out; a text that
    cannot be an entry raises FormatError."""
    incoming: dict[str, list[Relation]] = {}
    outgoing: dict[str, list[Relation]] = {}
    for relation in debate.relations:
        if relation.kind is not RelationKind.UNDERCUT:
            incoming.setdefault(relation.target, []).append(relation)
            outgoing.setdefault(relation.source, []).append(relation)
    home: dict[str, str] = {}  # claim id -> the claim it is written under
    for claim_id, leaving in outgoing.items():
        named = claim_id.rpartition(".")[0]
        targets = [r.target for r in leaving]
        home[claim_id] = named if named in targets else targets[0]
    roots = [c.id for c in debate.theses] or [c.id for c in debate.claims if c.id not in outgoing]
    if not roots and debate.claims:
        roots = [debate.claims[0].id]
    entries: dict[str, tuple[str, str | None, bool]] = {}  # number -> claim, label, is a link
    number: dict[str, str] = {}  # claim id -> the number of the entry that defines it

    def expand(start: str, claim_id: str) -> None:
        # depth first with an explicit stack; a child is defined under its home, else linked
        stack = [(start, claim_id)]
        while stack:
            where, parent = stack.pop()
            ordered = sorted(incoming.get(parent, []), key=lambda r: _place(r, parent))
            for k, relation in enumerate(ordered, 1):
                child, at = relation.source, f"{where}.{k}"
                label = "Pro" if relation.kind is RelationKind.SUPPORT else "Con"
                if child not in number and home.get(child) == parent:
                    number[child] = at
                    entries[at] = (child, label, False)
                    stack.append((at, child))
                else:
                    entries[at] = (child, label, True)

    def add_roots(new: list[str]) -> None:
        first = len(roots) - len(new) + 1
        for k, root in enumerate(new, first):
            number[root] = str(k)
            entries[str(k)] = (root, None, False)
        for root in new:
            expand(number[root], root)

    add_roots(list(roots))
    while True:
        # a link to a claim whose home was never reached: the first such link defines it
        unresolved = sorted(
            (w for w, (c, _, link) in entries.items() if link and c not in number), key=_path
        )
        if unresolved:
            where = unresolved[0]
            claim_id, label, _ = entries[where]
            number[claim_id] = where
            entries[where] = (claim_id, label, False)
            expand(where, claim_id)
            continue
        rest = [c.id for c in debate.claims if c.id not in number]
        if not rest:
            break
        roots.append(rest[0])  # a claim no thesis leads to becomes a thesis of its own
        add_roots([rest[0]])
    multi = len(roots) > 1
    out = [f"Discussion Title: {_one_line(debate.question)}", ""]
    if multi:
        out.append(f"1. {_one_line(debate.question)}")
    shown = (lambda w: f"1.{w}") if multi else (lambda w: w)
    for where in sorted(entries, key=_path):
        claim_id, label, link = entries[where]
        head = f"{shown(where)}. {label}: " if label else f"{shown(where)}. "
        if link:
            out.append(f"{head}-> See {shown(number[claim_id])}.")
        else:
            lines = _text_lines(debate.claim(claim_id))
            out.append(head + lines[0])
            out.extend(lines[1:])
    out.append("")
    return "\n".join(out)


_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _place(relation: Relation, parent: str) -> float:
    """Where a child goes among its parent's children: the place its Kialo number gives
    (a claim ``1.3`` under ``1``, a link read as relation ``1.4``), else after those, in
    the debate's order (sorting is stable)."""
    for number in (relation.id, relation.source):
        head, _, last = number.rpartition(".")
        if _NUMBER.fullmatch(number) and head == parent:
            return int(last)
    return float("inf")


def _path(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def write_kialo(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the debate as a Kialo outline, atomically."""
    atomic_write_text(path, format_kialo(debate))

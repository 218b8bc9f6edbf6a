"""Putting user text into diagrams safely: the one escaping function of each output context.

A map is untrusted input. Every string from it (claim ids and texts, notes, actor names,
tags, relation ids and rationales, titles, framework argument names) reaches a diagram
through exactly one of these:

- :func:`html_text` (and :func:`wrap_html`, which uses it): text inside an HTML-like label;
  the markup around it is argmap's own, and :func:`html_label` marks the finished label.
- :func:`attribute_text`: every other DOT attribute value (tooltips above all) and every
  node name. :class:`SafeDigraph` applies it to every value it is given, so no code path can
  forget it, and it quotes every value: nothing can be taken by the ``graphviz`` package
  for an HTML label (which it leaves unquoted when a string is shaped ``<...>``) or for
  more attributes.
- :func:`web_url`: a link; only ``http`` and ``https`` URLs are kept, anything else
  (``javascript:``, ``data:``, ``file:``, relative) is dropped. Diagrams carry no links at
  all; the explorer page links a claim's sources.

>>> html_text('<b>"x" & y</b>')
'&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'
>>> attribute_text('<x> URL="javascript:1" a\\\\N\\nc')
'&lt;x&gt; URL=&quot;javascript:1&quot; a⧵N c'
>>> wrap_html("A long claim about facial recognition", 12)
'A long claim<BR ALIGN="LEFT"/>about facial<BR ALIGN="LEFT"/>recognition<BR ALIGN="LEFT"/>'
>>> web_url("javascript:alert(1)") is None, web_url(" https://example.org/a ")
(True, 'https://example.org/a')
"""

from __future__ import annotations

import re
import textwrap
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any, cast

import graphviz
from graphviz.quoting import nohtml, quote

__all__ = [
    "TOOLTIP_BACKSLASH",
    "HtmlLabel",
    "SafeDigraph",
    "attribute_text",
    "html_label",
    "html_text",
    "web_url",
    "wrap_html",
]

_CONTROL = {i: " " for i in range(32)} | {0x7F: " "}


def html_text(text: str) -> str:
    """Text escaped for an HTML-like label: ``& < > " '`` as entities, and ``]`` too,
    because Graphviz 2.43's label parser fails on a text of one or two closing brackets
    (``<B>]</B>``: "syntax error ... in label"); backslashes doubled, because Graphviz reads
    ``\\N`` in a label as the node's name (even written as an entity); control characters
    (newlines included) become spaces."""
    cleaned = str(text).translate(_CONTROL)
    return (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
        .replace("]", "&#93;")
        .replace("\\", "\\\\")
    )


#: What a backslash in a tooltip becomes: Graphviz versions read backslashes in tooltips
#: differently (2.43 reads them twice, so even ``\\\\N`` shows the node's name; later
#: versions once), so no backslash reaches a tooltip at all.
TOOLTIP_BACKSLASH = "\u29f5"


def attribute_text(text: str) -> str:
    """Text for a quoted DOT attribute (a tooltip): ``& < > "`` as entities (Graphviz passes
    entities through to SVG, so the reader sees the original characters, and a quote can
    never end the string); each backslash as :data:`TOOLTIP_BACKSLASH` (⧵), so no Graphviz
    version reads an escape such as ``\\N``; runs of whitespace and control characters as
    one space."""
    return (
        " ".join(str(text).translate(_CONTROL).split())
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\\", TOOLTIP_BACKSLASH)
    )


def wrap_html(text: str, width: int) -> str:
    """Wrapped, escaped lines, each ended by a left-aligned ``<BR/>``; words longer than a
    line are broken."""
    lines = textwrap.wrap(
        " ".join(str(text).translate(_CONTROL).split()),
        width=max(8, width),
        break_long_words=True,
        break_on_hyphens=True,
    )
    return "".join(f'{html_text(line)}<BR ALIGN="LEFT"/>' for line in lines) or " "


class HtmlLabel(str):
    """An HTML-like label argmap built itself (see :func:`html_label`): the only kind of
    value :class:`SafeDigraph` writes unquoted."""

    __slots__ = ()


def html_label(markup: str) -> HtmlLabel:
    """Mark ``markup`` (argmap's own tags around :func:`html_text` pieces) as an HTML-like
    label: ``<`` + markup + ``>``.

    >>> html_label("<B>" + html_text("a<b") + "</B>")
    '<<B>a&lt;b</B>>'
    """
    return HtmlLabel(f"<{markup}>")


_WEB_SCHEMES = ("http", "https")


def web_url(url: str | None) -> str | None:
    """``url`` without surrounding whitespace if it is an absolute ``http`` or ``https``
    URL with a host and no control characters or spaces, else ``None``: the only links an
    output may carry."""
    if url is None:
        return None
    cleaned = str(url).strip()
    if any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in cleaned):
        return None
    try:
        parts = urllib.parse.urlsplit(cleaned)
    except ValueError:  # e.g. an unbalanced [ in the host
        return None
    if parts.scheme.lower() not in _WEB_SCHEMES or not parts.hostname:
        return None
    return cleaned


# Names argmap gives nodes and subgraphs: validated claim ids ("C1", "a.b-c"), "a0",
# "relation 3", "legend key", "cluster_2". Nothing else may name a node.
_NODE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\- ]*")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_]+")
# Attributes that make a link in SVG or image-map output.
_LINK_ATTRIBUTES = frozenset(
    f"{where}{kind}" for where in ("", "edge", "head", "tail", "label") for kind in ("URL", "href")
)


def _quote_name(name: str) -> str:
    if not _NODE_NAME.fullmatch(str(name)):
        raise ValueError(f"not a node name argmap makes: {name!r}")
    return quote(nohtml(str(name)))  # quoted when needed, never an HTML label


def _quote_value(key: str, value: Any) -> str | None:
    if not _ATTRIBUTE_NAME.fullmatch(key):
        raise ValueError(f"not a DOT attribute name: {key!r}")
    if isinstance(value, HtmlLabel):
        return value
    text = str(value)
    if key in _LINK_ATTRIBUTES:
        url = web_url(text)
        if url is None:
            return None
        text = url
    # escaped text has no quote, no odd backslash and no <...> shape the package keeps raw
    return quote(nohtml(attribute_text(text)))


def _items(mapping: Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> list[tuple[str, Any]]:
    if mapping is None:
        return []
    if isinstance(mapping, Mapping):
        table = cast(Mapping[str, Any], mapping)  # isinstance cannot see the key type
        if type(table) is dict:  # sorted, as the graphviz package does: same DOT bytes
            return sorted(table.items())
        return list(table.items())
    return list(mapping)


def _safe_a_list(
    label: Any = None,
    kwargs: Mapping[str, Any] | None = None,
    attributes: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
) -> str:
    pairs = [("label", label)] if label is not None else []
    pairs += _items(kwargs) + _items(attributes)
    quoted = ((key, _quote_value(key, value)) for key, value in pairs if value is not None)
    return " ".join(f"{key}={value}" for key, value in quoted if value is not None)


def _safe_attr_list(
    label: Any = None,
    kwargs: Mapping[str, Any] | None = None,
    attributes: Mapping[str, Any] | Iterable[tuple[str, Any]] | None = None,
) -> str:
    content = _safe_a_list(label, kwargs, attributes)
    return f" [{content}]" if content else ""


class SafeDigraph(graphviz.Digraph):
    """A ``graphviz.Digraph`` that takes every attribute value as plain text: each one
    passes through :func:`attribute_text` and is quoted, except an :class:`HtmlLabel`; link
    attributes (``URL``, ``href``, ...) keep only :func:`web_url` URLs; node names must be
    names argmap makes (validated ids), and ``:`` never starts a port.

    >>> graph = SafeDigraph()
    >>> graph.node("a", tooltip='<x> URL="javascript:1"', label=html_label("<B>a</B>"))
    >>> print(graph.source.splitlines()[1].strip())
    a [label=<<B>a</B>> tooltip="&lt;x&gt; URL=&quot;javascript:1&quot;"]
    """

    _quote = staticmethod(_quote_name)
    _quote_edge = staticmethod(_quote_name)
    _a_list = staticmethod(_safe_a_list)
    _attr_list = staticmethod(_safe_attr_list)

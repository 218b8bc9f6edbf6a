"""Putting user text into DOT safely: HTML-like labels and quoted attributes.

Every piece of text from a map (claim texts, ids, names, notes) passes through
:func:`html_text` before it enters an HTML-like label, and through :func:`attribute_text`
before it enters a quoted attribute such as a tooltip, so no text can break out of the
label or change the diagram.

>>> html_text('<b>"x" & y</b>')
'&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;'
>>> attribute_text('a\\\\b\\nc')
'a\\\\\\\\b c'
>>> wrap_html("A long claim about facial recognition", 12)
'A long claim<BR ALIGN="LEFT"/>about facial<BR ALIGN="LEFT"/>recognition<BR ALIGN="LEFT"/>'
"""

from __future__ import annotations

import textwrap

__all__ = ["attribute_text", "html_text", "wrap_html"]

_CONTROL = {i: " " for i in range(32)} | {0x7F: " "}


def html_text(text: str) -> str:
    """Text escaped for an HTML-like label: ``& < > " '`` as entities; backslashes doubled,
    because Graphviz reads ``\\N`` in a label as the node's name (even written as an
    entity); control characters (newlines included) become spaces."""
    cleaned = str(text).translate(_CONTROL)
    return (
        cleaned.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#39;")
        .replace("\\", "\\\\")
    )


def attribute_text(text: str) -> str:
    """Text for a quoted DOT attribute (tooltip, comment): backslashes doubled so Graphviz
    does not read escapes such as ``\\N``; control characters become spaces. The graphviz
    package quotes the result and escapes double quotes."""
    return " ".join(str(text).translate(_CONTROL).split()).replace("\\", "\\\\")


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

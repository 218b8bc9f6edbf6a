"""Hostile text for the security and round-trip tests (issue #19).

One place defines what "adversarial text" means, so every output and every interchange format is
tested against the same payloads: the fixed injection payloads found by probing (each one did
harm before it was fixed) and a hypothesis strategy that mixes their dangerous pieces with
ordinary text.
"""

from __future__ import annotations

from hypothesis import strategies as st

# Payloads that reached an output raw before #19, one per kind of harm.
INJECTION_PAYLOADS: tuple[str, ...] = (
    # The graphviz package leaves <...> unquoted (an HTML label); this became a javascript: link.
    '<x> URL="javascript:window.__pwned=42" target=<_self>',
    # Relabel or hide a node through an attribute list.
    '<y> label="ACCEPTED: forged" style=invis',
    '"] ; evil [label="forged"] ; x [label="',
    # Markup and script in SVG/HTML text.
    "<script>window.__pwned=1</script>",
    '<a href="javascript:alert(1)">click</a>',
    "<img src=x onerror=window.__pwned=2>",
    "]]></text><text>STATUS</text><![CDATA[",
    # The explorer's status slot, once found by matching text.
    "STATUS",
    # Graphviz escape sequences inside labels.
    "\\N \\G \\L \\E \\T \\H",
    # Argdown syntax that cut or re-tagged text when written raw.
    "see https://example.org/a//b // not a comment #pro #thesis",
    "[Title]: text <Arg> + - <+ <- +> -> >< _ <_ _> ",
    "/* block */ // line",
    # JSON and TOML quoting.
    'quote " backslash \\ tab \t newline \n end',
    "'''triple''' \"\"\"triple\"\"\"",
    # A label text of only closing brackets: Graphviz 2.43 failed to parse <B>]</B>.
    "]",
    "]]",
    # Bidirectional and invisible characters, emoji.
    "\u202eevil\u202c \u200b\u200d \U0001f600 \u00a0",
)

# The pieces of the payloads, for the strategy to recombine.
_DANGEROUS_PIECES = (
    "<",
    ">",
    '"',
    "'",
    "&",
    "\\",
    "//",
    "/*",
    "*/",
    "#",
    "[",
    "]",
    "{",
    "}",
    "<x>",
    "javascript:",
    "data:text/html,",
    "URL=",
    "label=",
    "STATUS",
    "\n",
    "\r\n",
    "\t",
    "\u202e",
    "\u200f",
    "\u200b",
    "\U0001f600",
    "+ ",
    "- ",
    "<+ ",
    "-> ",
    " ",
)


def hostile_text(min_size: int = 1, max_size: int = 60) -> st.SearchStrategy[str]:
    """Text built from dangerous pieces, payloads and ordinary characters.

    Never contains a lone surrogate or a NUL (no format can carry those; readers refuse them,
    which the reader tests check separately).
    """
    ordinary = st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=8,
    )
    piece = st.one_of(st.sampled_from(_DANGEROUS_PIECES), ordinary)
    built = st.lists(piece, min_size=1, max_size=12).map("".join)
    return (
        st.one_of(st.sampled_from(INJECTION_PAYLOADS), built)
        .map(lambda text: text[:max_size])
        .filter(lambda text: len(text) >= min_size)
    )

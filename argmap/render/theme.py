"""How diagrams look: colours, fonts, line styles; one frozen object users can change.

The default palette is Okabe and Ito's (2008) colour-blind-safe set. Colour is never the
only channel: stance is also written on each box (PRO, CON, NEUTRAL), relations differ in
arrowhead and line style, and the evaluation is shown by border style and a status word.

>>> import attrs
>>> dark = attrs.evolve(Theme(), font="Helvetica", wrap=40)
>>> dark.wrap, Theme().pro
(40, '#0072B2')
"""

from __future__ import annotations

import attrs

__all__ = ["StatusStyle", "Theme"]


@attrs.frozen
class StatusStyle:
    """The look of a claim with one evaluation status."""

    word: str
    style: str
    penwidth: float
    fill: str | None = None
    fontcolor: str | None = None


@attrs.frozen
class Theme:
    """Every visual choice of a diagram. Change any field with ``attrs.evolve``."""

    font: str = "DejaVu Sans"
    font_size: float = 11.0
    small_font_size: float = 8.0
    title_font_size: float = 15.0
    wrap: int = 32
    """Characters per line of claim text."""
    pro: str = "#0072B2"
    con: str = "#D55E00"
    neutral: str = "#6E6E6E"
    pro_fill: str = "#E3F0FA"
    con_fill: str = "#FBE9DF"
    neutral_fill: str = "#F2F2F2"
    support_colour: str = "#009E73"
    attack_colour: str = "#CC3311"
    undercut_colour: str = "#AA3377"
    derived_colour: str = "#CC6677"
    argument_colour: str = "#009E73"
    """Border of an argument's node (the support colour: it is a support with linked premises)."""
    argument_fill: str = "#EAF6F1"
    text_colour: str = "#1A1A1A"
    muted: str = "#777777"
    dimmed: str = "#C8C8C8"
    """Border and text of claims outside a highlight."""
    bar_background: str = "#E0E0E0"
    background: str = "white"
    accepted: StatusStyle = StatusStyle("ACCEPTED", "rounded,filled,bold", 3.0)
    credulous: StatusStyle = StatusStyle("CREDULOUS", "rounded,filled,dashed", 2.0)
    undecided: StatusStyle = StatusStyle("UNDECIDED", "rounded,filled,dotted", 2.0)
    rejected: StatusStyle = StatusStyle(
        "REJECTED", "rounded,filled,dashed", 1.0, fill="#EDEDED", fontcolor="#777777"
    )
    unevaluated: StatusStyle = StatusStyle("", "rounded,filled", 1.2)
    node_separation: float = 0.35
    rank_separation: float = 0.55

    def stance_colours(self, stance: str) -> tuple[str, str]:
        """Border and fill colour for a stance (``pro``, ``con`` or ``neutral``)."""
        return {
            "pro": (self.pro, self.pro_fill),
            "con": (self.con, self.con_fill),
        }.get(stance, (self.neutral, self.neutral_fill))

    def status_style(self, status: str | None) -> StatusStyle:
        """The style of an evaluation status (``accepted``, ``credulous``, ``undecided``,
        ``rejected``) or of no evaluation (``None``)."""
        return {
            "accepted": self.accepted,
            "credulous": self.credulous,
            "undecided": self.undecided,
            "rejected": self.rejected,
        }.get(status or "", self.unevaluated)

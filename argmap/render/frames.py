"""Explanation pictures: the grounded rounds as a sequence of frames, and a diagram that
highlights the claims of one explanation.

>>> from argmap.debate import Debate
>>> frames = grounded_frames(Debate.load("maps/reinstatement.argmap.toml"))
>>> len(frames), frames[-1].source.count("STANDS") - 1  # minus the legend's row
(4, 3)
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs
import graphviz

from argmap.debate import Debate, flatten
from argmap.explain import ClaimExplanation, grounded_claim_rounds
from argmap.explain.plain import PLAIN_WORDS
from argmap.formats._files import atomic_write_bytes, check_output_folder
from argmap.render.diagram import DiagramOptions, debate_graph
from argmap.render.output import render_bytes

__all__ = ["explanation_graph", "grounded_frames", "write_frames"]


def grounded_frames(
    debate: Debate, support: str = "evidential", options: DiagramOptions | None = None
) -> list[graphviz.Digraph]:
    """One diagram per state of the grounded fixpoint: frame 0 with nothing decided, then
    one frame per round (claims that became IN drawn accepted, OUT rejected), and a last
    frame marking what stays undecided. A claim is IN once one of its arguments is, OUT once
    all of them are. The debate is flattened once, under ``support``; ``options`` draw
    every frame (their ``statuses`` and ``caption`` are the frame's own)."""
    flattening = flatten(debate, support)
    options = options or DiagramOptions()
    states = grounded_claim_rounds(flattening)
    settled = "undecided" not in states[-1].values()  # else the last state marks them
    total = len(states) - 1 if settled else len(states) - 2
    frames = []
    for number, statuses in enumerate(states):
        if number == 0:
            caption = "grounded semantics: before round 1, nothing decided"
        elif number <= total:
            caption = f"grounded semantics: after round {number} of {total}"
        else:
            caption = "grounded semantics: the fixpoint; what is left is undecided"
        frame = attrs.evolve(options, statuses=statuses, caption=caption)
        frames.append(debate_graph(flattening, frame))
    return frames


def write_frames(
    debate: Debate,
    folder: str | os.PathLike[str],
    support: str = "evidential",
    fmt: str = "svg",
    options: DiagramOptions | None = None,
) -> list[Path]:
    """Write the grounded frames as ``frame-00.svg``, ``frame-01.svg``, ... into ``folder``
    (created if missing, in an existing folder); returns the paths. The folder is checked
    before anything is drawn (:func:`argmap.formats.check_output_folder`), and each frame
    is written only over a regular file or as a new one."""
    target = check_output_folder(folder)
    target.mkdir(exist_ok=True)
    paths = []
    for number, frame in enumerate(grounded_frames(debate, support, options)):
        path = target / f"frame-{number:02d}.{fmt}"
        atomic_write_bytes(path, render_bytes(frame, fmt))
        paths.append(path)
    return paths


def explanation_graph(
    explanation: ClaimExplanation, options: DiagramOptions | None = None
) -> graphviz.Digraph:
    """The debate with the claims of one explanation highlighted and the rest dimmed
    (drawn with ``options``, whose ``highlight`` and ``caption`` are the explanation's)."""
    options = options or DiagramOptions()
    claim_id = explanation.claim_id
    if options.formal:
        caption = f"why {claim_id} is {explanation.status.value}"
    else:
        word = PLAIN_WORDS[explanation.evaluation.overlay(claim_id)]
        caption = f"why {claim_id} {'is undecided' if word == 'undecided' else word}"
    options = attrs.evolve(options, highlight=explanation.claims, caption=caption)
    return debate_graph(explanation.evaluation, options)

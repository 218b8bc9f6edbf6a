"""Where the subcommands write: a checked file path, or standard output for ``-``.

Each command that writes a file calls :func:`output_target` once, before reading or
computing anything, and :func:`write_output` once at the end.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from argmap.cli._common import UsageError
from argmap.formats._files import atomic_write_bytes, check_output_folder, check_output_path

__all__ = ["STDOUT", "add_follow_symlinks", "output_folder", "output_target", "write_output"]

STDOUT = "-"


def add_follow_symlinks(parser: argparse.ArgumentParser) -> None:
    """``--follow-symlinks``: write to the file a symbolic link at the output path names."""
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="if the output path is a symbolic link, write to the file it points to "
        "(by default a link is refused)",
    )


def output_target(
    name: str, inputs: Sequence[str], options: argparse.Namespace, *, stdout: bool = True
) -> Path | None:
    """The checked file to write for output ``name``, or None for standard output
    (``-``, where ``stdout`` allows it). Raises OutputError or UsageError before anything is
    computed: see :func:`argmap.formats.check_output_path`."""
    if name == STDOUT:
        if not stdout:
            raise UsageError("this output cannot go to standard output ('-'); give a file name")
        return None
    return check_output_path(name, inputs, follow_symlinks=options.follow_symlinks)


def output_folder(name: str, options: argparse.Namespace) -> Path:
    """The checked folder to write files into (``-`` is refused)."""
    if name == STDOUT:
        raise UsageError("a folder is needed here, not standard output ('-')")
    return check_output_folder(name, follow_symlinks=options.follow_symlinks)


def write_output(target: Path | None, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) atomically to ``target``, or to standard output."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    else:
        atomic_write_bytes(target, payload)

"""Readers and writers. Every reader returns a model object or raises a ParseError
naming the file, the line and what was expected; every writer writes atomically, and only
to a path that :func:`check_output_path` allows. :func:`read`, :func:`write` and
:func:`guess_format` choose the reader or writer by format name or file ending
(:mod:`argmap.formats.registry`).
"""

from argmap.formats._files import check_output_folder, check_output_path
from argmap.formats.iccma import (
    FORMATS,
    format_framework,
    parse_framework,
    read_framework,
    write_framework,
)
from argmap.formats.registry import (
    ALL_FORMATS,
    DEBATE_FORMATS,
    FILE_ENDINGS,
    FRAMEWORK_FORMATS,
    READABLE_FORMATS,
    WRITE_ONLY_FORMATS,
    check_format,
    detect_format,
    format_as,
    guess_format,
    read,
    write,
)

__all__ = [
    "ALL_FORMATS",
    "DEBATE_FORMATS",
    "FILE_ENDINGS",
    "FORMATS",
    "FRAMEWORK_FORMATS",
    "READABLE_FORMATS",
    "WRITE_ONLY_FORMATS",
    "check_format",
    "check_output_folder",
    "check_output_path",
    "detect_format",
    "format_as",
    "format_framework",
    "guess_format",
    "parse_framework",
    "read",
    "read_framework",
    "write",
    "write_framework",
]

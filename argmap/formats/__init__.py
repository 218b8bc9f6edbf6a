"""Readers and writers. Every reader returns a model object or raises a ParseError
naming the file, the line and what was expected; every writer writes atomically, and only
to a path that :func:`check_output_path` allows.
"""

from argmap.formats._files import check_output_folder, check_output_path
from argmap.formats.iccma import (
    FORMATS,
    format_framework,
    parse_framework,
    read_framework,
    write_framework,
)

__all__ = [
    "FORMATS",
    "check_output_folder",
    "check_output_path",
    "format_framework",
    "parse_framework",
    "read_framework",
    "write_framework",
]

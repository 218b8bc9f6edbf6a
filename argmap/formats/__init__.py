"""Readers and writers. Every reader returns a model object or raises a ParseError
naming the file, the line and what was expected; every writer writes atomically.
"""

from argmap.formats.iccma import (
    FORMATS,
    format_framework,
    parse_framework,
    read_framework,
    write_framework,
)

__all__ = ["FORMATS", "format_framework", "parse_framework", "read_framework", "write_framework"]

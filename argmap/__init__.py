"""argmap: map policy debates as formal argument frameworks.

>>> from argmap import ArgumentFramework, extensions
>>> af = ArgumentFramework.from_attacks([("ban", "exceptions"), ("exceptions", "ban")])
>>> sorted(sorted(e) for e in extensions(af, "preferred"))
[['ban'], ['exceptions']]
"""

from argmap.errors import (
    ArgmapError,
    DuplicateArgumentError,
    FormatError,
    FrameworkError,
    ParseError,
    UnknownArgumentError,
    UnknownSemanticsError,
)
from argmap.framework import ArgumentFramework, ArgumentFrameworkBuilder
from argmap.semantics import (
    Acceptance,
    Label,
    Labelling,
    Semantics,
    count_extensions,
    credulous_acceptance,
    extensions,
    is_extension,
    labellings,
    skeptical_acceptance,
    some_extension,
)

__version__ = "0.1.0"

__all__ = [
    "Acceptance",
    "ArgmapError",
    "ArgumentFramework",
    "ArgumentFrameworkBuilder",
    "DuplicateArgumentError",
    "FormatError",
    "FrameworkError",
    "Label",
    "Labelling",
    "ParseError",
    "Semantics",
    "UnknownArgumentError",
    "UnknownSemanticsError",
    "__version__",
    "count_extensions",
    "credulous_acceptance",
    "extensions",
    "is_extension",
    "labellings",
    "skeptical_acceptance",
    "some_extension",
]

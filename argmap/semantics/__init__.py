"""Extension-based semantics of abstract argumentation frameworks and their reasoning tasks.

One module per family of semantics, each function naming its reference:

- :mod:`~argmap.semantics.grounded`: grounded (linear-time propagation);
- :mod:`~argmap.semantics.complete`: conflict-free, admissible, complete, stable;
- :mod:`~argmap.semantics.preferred`: preferred, naive;
- :mod:`~argmap.semantics.semi_stable`: semi-stable, stage;
- :mod:`~argmap.semantics.ideal`: ideal, eager;
- :mod:`~argmap.semantics.scc_recursive`: cf2, stage2;
- :mod:`~argmap.semantics.tasks`: EE, SE, CE, DC and DS for any of them.

>>> from argmap import ArgumentFramework
>>> from argmap.semantics import extensions
>>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
>>> [sorted(e) for e in extensions(af, "grounded")]
[['a', 'c']]
"""

from argmap.semantics.complete import (
    admissible_sets,
    complete_extensions,
    conflict_free_sets,
    stable_extensions,
)
from argmap.semantics.grounded import grounded_extension, grounded_labelling
from argmap.semantics.ideal import eager_extension, ideal_extension
from argmap.semantics.labelling import Label, Labelling
from argmap.semantics.names import Semantics
from argmap.semantics.preferred import naive_extensions, preferred_extensions
from argmap.semantics.scc_recursive import cf2_extensions, stage2_extensions
from argmap.semantics.semi_stable import semi_stable_extensions, stage_extensions
from argmap.semantics.tasks import (
    Acceptance,
    count_extensions,
    credulous_acceptance,
    extensions,
    is_extension,
    labellings,
    skeptical_acceptance,
    some_extension,
)

__all__ = [
    "Acceptance",
    "Label",
    "Labelling",
    "Semantics",
    "admissible_sets",
    "cf2_extensions",
    "complete_extensions",
    "conflict_free_sets",
    "count_extensions",
    "credulous_acceptance",
    "eager_extension",
    "extensions",
    "grounded_extension",
    "grounded_labelling",
    "ideal_extension",
    "is_extension",
    "labellings",
    "naive_extensions",
    "preferred_extensions",
    "semi_stable_extensions",
    "skeptical_acceptance",
    "some_extension",
    "stable_extensions",
    "stage2_extensions",
    "stage_extensions",
]

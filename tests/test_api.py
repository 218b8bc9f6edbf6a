"""The small public pieces: family functions, Semantics, Labelling helpers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from strategies import small_frameworks

from argmap import Label, Labelling, Semantics, UnknownSemanticsError, extensions
from argmap import semantics as sem_module

FAMILY = {
    "CF": sem_module.conflict_free_sets,
    "ADM": sem_module.admissible_sets,
    "CO": sem_module.complete_extensions,
    "ST": sem_module.stable_extensions,
    "PR": sem_module.preferred_extensions,
    "NAI": sem_module.naive_extensions,
    "SST": sem_module.semi_stable_extensions,
    "STG": sem_module.stage_extensions,
    "CF2": sem_module.cf2_extensions,
    "STG2": sem_module.stage2_extensions,
}


@settings(max_examples=40)
@given(af=small_frameworks(max_arguments=7))
def test_family_functions_agree_with_extensions(af):
    for code, function in FAMILY.items():
        assert list(function(af)) == list(extensions(af, code)), code
    assert [sem_module.grounded_extension(af)] == list(extensions(af, "GR"))
    assert [sem_module.ideal_extension(af)] == list(extensions(af, "ID"))
    assert [sem_module.eager_extension(af)] == list(extensions(af, "EAG"))
    grounded = sem_module.grounded_labelling(af)
    assert grounded == Labelling.from_extension(af, sem_module.grounded_extension(af))


def test_labelling_as_dict_and_unknown_argument():
    from argmap import ArgumentFramework

    af = ArgumentFramework.from_attacks([("a", "b"), ("c", "c")])
    lab = Labelling.from_extension(af, {"a"})
    assert lab.as_dict() == {"a": Label.IN, "b": Label.OUT, "c": Label.UNDEC}
    assert str(Label.UNDEC) == "UNDEC"
    with pytest.raises(KeyError):
        lab.label("z")


def test_semantics_names_codes_and_uniqueness():
    assert Semantics.parse("Semi-Stable") is Semantics.SEMI_STABLE
    assert Semantics.parse("stg2") is Semantics.STAGE2
    assert Semantics.parse(Semantics.CF2) is Semantics.CF2
    assert Semantics.COMPLETE.code == "CO" and Semantics.CONFLICT_FREE.title == "conflict-free"
    assert {s for s in Semantics if s.unique} == {
        Semantics.GROUNDED,
        Semantics.IDEAL,
        Semantics.EAGER,
    }
    with pytest.raises(UnknownSemanticsError, match="choose one of: CF"):
        Semantics.parse("pref")


def test_core_imports_only_the_standard_library_and_attrs():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import argmap, argmap.framework, argmap.semantics, argmap.debate, argmap.formats\n"
        "import argmap.formats.maps\n"
        "outside = sorted({m.split('.')[0] for m in sys.modules} - set(sys.stdlib_module_names)"
        " - {'argmap', 'attrs', 'attr', '__main__', '_distutils_hack'}"
        " - {m for m in sys.modules if m.startswith('__editable__')})\n"
        "print(outside)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"

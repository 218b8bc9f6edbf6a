"""Shared test set-up: hypothesis profiles and the location of shared instances."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Never time-limit examples: CI machines are small and shared. CI is also derandomized,
# so a run is reproducible from the commit alone.
settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))  # the benchmark generators are tested too


def _find_instances() -> Path | None:
    for candidate in (
        os.environ.get("ARGMAP_SHARED_INSTANCES"),
        REPO.parent / "shared" / "instances",
    ):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    return None


SHARED_INSTANCES = _find_instances()


@pytest.fixture(scope="session")
def shared_instances() -> Path:
    """The folder of benchmark instances beside the repository (../shared/instances)."""
    if SHARED_INSTANCES is None:
        pytest.fail(
            "../shared/instances is missing; set ARGMAP_SHARED_INSTANCES to the folder of "
            "benchmark instances"
        )
    return SHARED_INSTANCES


@pytest.fixture(scope="session")
def shared_domain() -> Path:
    """The domain notes the EU maps are built from (../shared/domain)."""
    for candidate in (os.environ.get("ARGMAP_SHARED_DOMAIN"), REPO.parent / "shared" / "domain"):
        if candidate and Path(candidate).is_dir():
            return Path(candidate)
    pytest.fail(
        "../shared/domain is missing; set ARGMAP_SHARED_DOMAIN to the folder of domain notes"
    )

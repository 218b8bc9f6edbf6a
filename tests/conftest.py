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


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven through its own chromedriver (no browser downloads).

    `.ci/run` installs both (apt-get install chromium chromium-driver) when missing.
    """
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        pytest.fail(
            "the explorer tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver"
        )
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,900",
    ):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
IN_CI = os.environ.get("CI") == "true"


def shared_path(*parts: str) -> Path:
    """A path under ../shared; the test is skipped (failed in CI) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"{path} is missing in CI, where ../shared must be present")
        pytest.skip(f"{path} is not here: ../shared exists only in the development checkout and CI")
    return path


@pytest.fixture(scope="session")
def nlp():
    from analyzer.nlp.pipeline import default_pipeline

    return default_pipeline()


@pytest.fixture(scope="session")
def taxonomy():
    from analyzer.taxonomy import load_default_taxonomy

    return load_default_taxonomy()


@pytest.fixture
def extract(nlp):
    from analyzer.nlp.extraction import extract_skills

    def run(text):
        return extract_skills(text, nlp)

    return run


# Hypothesis: 2,000 examples per property in CI (CI=true), ~200 locally; no deadline (the first
# example of a run may build the spaCy pipeline).
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", max_examples=2000, deadline=None)
settings.register_profile("dev", max_examples=200, deadline=None)
settings.load_profile("ci" if IN_CI else "dev")


@pytest.fixture(scope="session")
def tax(tmp_path_factory):
    """The small taxonomy of tests/gap_fixtures.py: gap and report tests do not move with the real one."""
    from gap_fixtures import write_taxonomy

    from analyzer.taxonomy import Taxonomy

    return Taxonomy.load(write_taxonomy(tmp_path_factory.mktemp("tax")))


@pytest.fixture(scope="session")
def tnlp(tax):
    from analyzer.nlp.pipeline import build_pipeline

    return build_pipeline(tax)

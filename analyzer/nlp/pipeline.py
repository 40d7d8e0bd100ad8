"""Build and load the skillgap spaCy pipeline, and get at its taxonomy."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from ..taxonomy import Taxonomy
from .components import SkillMatcher
from .registry import REQUIREMENT_TAGGER, SKILL_MATCHER, TOKENIZER

#: The names the components have in a pipeline built here (``nlp.pipe_names``).
MATCHER_NAME = "skillgap_skill_matcher"
TAGGER_NAME = "skillgap_requirement_tagger"


def build_pipeline(taxonomy: Taxonomy | None = None) -> Language:
    """A blank English pipeline with the skill matcher and the requirement tagger, over ``taxonomy``
    (the bundled one by default): the one way to give a pipeline a taxonomy.

    >>> nlp = build_pipeline()
    >>> doc = nlp("Must know Python or R.")
    >>> [(s.text, s.id_, s._.skillgap_requirement) for s in doc.spans["skills"]]
    [('Python', 'python', 'required'), ('R', 'r_language', 'required')]
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.add_pipe(SKILL_MATCHER, name=MATCHER_NAME)
    nlp.add_pipe(REQUIREMENT_TAGGER, name=TAGGER_NAME)
    skill_matcher(nlp).set_taxonomy(taxonomy or Taxonomy.load())
    return nlp


def skill_matcher(nlp: Language) -> SkillMatcher:
    """The skill matcher of ``nlp``, whatever name it was added under."""
    try:  # the usual name first: this runs once per posting
        component = nlp.get_pipe(MATCHER_NAME)
        if isinstance(component, SkillMatcher):
            return component
    except KeyError:
        pass
    for _, component in nlp.pipeline:
        if isinstance(component, SkillMatcher):
            return component
    raise ValueError(f"the pipeline has no skillgap skill matcher (its components: {', '.join(nlp.pipe_names)})")


def pipeline_taxonomy(nlp: Language) -> Taxonomy:
    """The taxonomy ``nlp`` matches against (skill names, categories, implications).

    >>> pipeline_taxonomy(default_pipeline()).skills["python"].name
    'Python'
    """
    return skill_matcher(nlp).taxonomy


@lru_cache(maxsize=2)
def default_pipeline() -> Language:
    """The bundled pipeline, built once per process."""
    return build_pipeline()


def load_pipeline(path: str | Path | None = None) -> Language:
    """Load a pipeline saved with ``nlp.to_disk``, or build the default one."""
    if path is None:
        return build_pipeline()
    return spacy.load(path)

"""Build and load the skillgap spaCy pipeline."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from . import factories  # noqa: F401  (registers the factories)
from .taxonomy import Taxonomy


def build_pipeline(taxonomy: Taxonomy | None = None) -> Language:
    """A blank English pipeline with the skill matcher and the requirement tagger.

    >>> nlp = build_pipeline()
    >>> doc = nlp("Must know Python or R.")
    >>> [(s.text, s.id_, s._.requirement) for s in doc.spans["skills"]]
    [('Python', 'python', 'required'), ('R', 'r_language', 'required')]
    """
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": factories.TOKENIZER}}})
    matcher = nlp.add_pipe("skill_matcher")
    nlp.add_pipe("requirement_tagger")
    matcher.set_taxonomy(taxonomy or Taxonomy.load())
    return nlp


@lru_cache(maxsize=2)
def default_pipeline() -> Language:
    """The bundled pipeline, built once per process."""
    return build_pipeline()


def load_pipeline(path: str | Path | None = None) -> Language:
    """Load a pipeline saved with ``nlp.to_disk``, or build the default one."""
    if path is None:
        return build_pipeline()
    return spacy.load(path)

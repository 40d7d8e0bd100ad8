"""skillgap: the skills ML job postings ask for, and the gaps between them and yours.

The layers, each importing only those below it (``tests/test_layers.py`` checks this)::

    cli.py  evaluation.py  progress.py       command line, dev-set scoring, progress bar
    run/      worker, local pool, Dask       many postings: extraction + gap per chunk
    io/       postings, résumés, profiles,   files in and reports out (no spaCy)
              reports, highlight
    gap/      profile, alternatives,         gap analysis over records (no spaCy)
              analysis
    nlp/      tokenizer, matching, requirements, components, registry, pipeline, extraction
    taxonomy.py   records.py   errors.py     data, plain dataclasses, error classes

Only :mod:`analyzer.nlp` imports spaCy. The names below that need it (extraction, pipelines,
``analyze_postings``) are imported on first use, so ``import analyzer.gap`` or
``from analyzer import Profile`` does not load spaCy.

>>> from analyzer import extract_skills
>>> [(m.skill, m.requirement) for m in extract_skills("Must have 2+ years of PyTorch.")]
[('PyTorch', 'required')]
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from .errors import InputError, OutputError, ProfileError, SkillgapError, TaxonomyError
from .gap.analysis import Analysis, summarize
from .gap.profile import Profile
from .io.reports import render_report, write_report
from .records import PostingGap, PostingResult, SkillMention
from .taxonomy import Taxonomy, load_default_taxonomy

if TYPE_CHECKING:
    from .nlp.extraction import extract_many, extract_rows, extract_skills
    from .nlp.pipeline import build_pipeline, default_pipeline, load_pipeline, pipeline_taxonomy
    from .run.local import analyze_postings

logging.getLogger(__name__).addHandler(logging.NullHandler())

# Public names that need spaCy: name -> the module that defines it, imported on first access.
_LAZY = {
    "extract_many": ".nlp.extraction",
    "extract_rows": ".nlp.extraction",
    "extract_skills": ".nlp.extraction",
    "build_pipeline": ".nlp.pipeline",
    "default_pipeline": ".nlp.pipeline",
    "load_pipeline": ".nlp.pipeline",
    "pipeline_taxonomy": ".nlp.pipeline",
    "analyze_postings": ".run.local",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "InputError",
    "OutputError",
    "ProfileError",
    "SkillgapError",
    "TaxonomyError",
    "PostingResult",
    "SkillMention",
    "extract_many",
    "extract_rows",
    "extract_skills",
    "build_pipeline",
    "default_pipeline",
    "load_pipeline",
    "pipeline_taxonomy",
    "Taxonomy",
    "load_default_taxonomy",
    "Analysis",
    "PostingGap",
    "analyze_postings",
    "summarize",
    "Profile",
    "render_report",
    "write_report",
]

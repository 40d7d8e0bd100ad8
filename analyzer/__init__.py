"""skillgap: the skills ML job postings ask for, and the gaps between them and yours.

>>> from analyzer import extract_skills
>>> [(m.skill, m.requirement) for m in extract_skills("Must have 2+ years of PyTorch.")]
[('PyTorch', 'required')]
"""

import logging

from .errors import InputError, OutputError, ProfileError, SkillgapError, TaxonomyError
from .gap.analysis import Analysis, summarize
from .gap.profile import Profile
from .io.reports import render_report, write_report
from .nlp.extraction import extract_many, extract_rows, extract_skills
from .nlp.pipeline import build_pipeline, default_pipeline, load_pipeline, pipeline_taxonomy
from .records import PostingGap, PostingResult, SkillMention
from .run.local import analyze_postings
from .taxonomy import Taxonomy, load_default_taxonomy

logging.getLogger(__name__).addHandler(logging.NullHandler())

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

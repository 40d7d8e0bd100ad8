"""skillgap: the skills ML job postings ask for, and the gaps between them and yours.

>>> from analyzer import extract_skills
>>> [(m.skill, m.requirement) for m in extract_skills("Must have 2+ years of PyTorch.")]
[('PyTorch', 'required')]
"""

import logging

from .errors import InputError, OutputError, ProfileError, SkillgapError, TaxonomyError
from .extraction import PostingResult, SkillMention, extract_many, extract_rows, extract_skills
from .gaps import Analysis, PostingGap, analyze_postings, summarize
from .pipeline import build_pipeline, default_pipeline, load_pipeline
from .profile import Profile
from .reports import render_report, write_report
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

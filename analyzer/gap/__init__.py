"""Gap analysis over records and the taxonomy: profile resolution, alternatives ("A or B"), the
per-posting gap and the summary across postings. No spaCy: :mod:`analyzer.run` feeds it extraction
results."""

from .analysis import Analysis, posting_gap, summarize
from .profile import Profile

__all__ = ["Analysis", "Profile", "posting_gap", "summarize"]

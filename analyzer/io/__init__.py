"""Reading and writing: postings, résumés, profile files, reports and highlighted postings.
No spaCy: readers yield :class:`~analyzer.records.InputRow`, writers take gap records."""

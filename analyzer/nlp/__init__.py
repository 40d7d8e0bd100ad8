"""The spaCy layer: the only package of skillgap that imports spaCy.

* :mod:`.tokenizer` — the boundary tokenizer (every skill boundary is a token boundary);
* :mod:`.matching` — the matcher rules (Aho-Corasick over the taxonomy's surface forms, plus context rules);
* :mod:`.requirements` — the requirement rules (sections, cues, years of experience);
* :mod:`.components` — the two pipeline components, serialisable with ``to_bytes``/``to_disk``;
* :mod:`.registry` — every factory, tokenizer and Span extension skillgap registers, versioned;
* :mod:`.pipeline` — building and loading pipelines, and :func:`~.pipeline.pipeline_taxonomy`;
* :mod:`.extraction` — from text to :class:`~analyzer.records.SkillMention` records.

:mod:`.matching` and :mod:`.requirements` are plain Python (no spaCy), so the profile resolver can
reuse the matcher rules; this ``__init__`` imports nothing, so importing them does not load spaCy.
"""

"""Everything skillgap registers with spaCy, in this one module: the tokenizer, the two component
factories and the Span extensions, all under versioned, ``skillgap``-prefixed names.

``pyproject.toml`` points spaCy's ``spacy_factories`` and ``spacy_tokenizers`` entry points here, so
``spacy.load()`` of a saved skillgap pipeline finds the components without importing :mod:`analyzer`
first. A changed behaviour gets a new version (``.v2``) beside the old one, so saved pipelines keep
loading with the code they were saved with.
"""

from __future__ import annotations

from functools import partial

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import registry

from .components import REQUIREMENT_FIELDS, SPANS_KEY, RequirementTagger, SkillMatcher, span_field
from .tokenizer import BoundaryTokenizer

TOKENIZER = "skillgap.boundary_tokenizer.v1"
# spaCy refuses dots in factory names (E853), so the factories are versioned with underscores;
# registry functions such as the tokenizer take the dotted ``namespace.name.vN`` form.
SKILL_MATCHER = "skillgap_skill_matcher_v1"
REQUIREMENT_TAGGER = "skillgap_requirement_tagger_v1"
#: Span extension names: ``span._.skillgap_requirement``, ``span._.skillgap_years``, ``span._.skillgap_segment``.
EXTENSION_PREFIX = "skillgap_"
EXTENSIONS = tuple(EXTENSION_PREFIX + name for name in REQUIREMENT_FIELDS)


def register_extensions() -> None:
    """Set the Span extensions the requirement tagger fills (once per process; getters, no storage)."""
    for name, index in REQUIREMENT_FIELDS.items():
        if not Span.has_extension(EXTENSION_PREFIX + name):
            Span.set_extension(EXTENSION_PREFIX + name, getter=partial(span_field, index=index))


register_extensions()


@registry.tokenizers(TOKENIZER)
def make_boundary_tokenizer():
    def create(nlp: Language) -> BoundaryTokenizer:
        return BoundaryTokenizer(nlp.vocab)

    return create


@Language.factory(SKILL_MATCHER, default_config={"spans_key": SPANS_KEY}, assigns=["doc.spans"])
def make_skill_matcher(nlp: Language, name: str, spans_key: str) -> SkillMatcher:
    return SkillMatcher(nlp, name, spans_key=spans_key)


@Language.factory(
    REQUIREMENT_TAGGER,
    default_config={"spans_key": SPANS_KEY},
    requires=["doc.spans"],
    assigns=[f"span._.{name}" for name in EXTENSIONS],
)
def make_requirement_tagger(nlp: Language, name: str, spans_key: str) -> RequirementTagger:
    return RequirementTagger(nlp, name, spans_key=spans_key)

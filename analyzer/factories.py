"""Every spaCy factory skillgap provides, registered in this one module.

``pyproject.toml`` points spaCy's ``spacy_factories`` and ``spacy_tokenizers`` entry points here, so ``spacy.load()`` of a
saved skillgap pipeline finds the components without importing :mod:`analyzer` first.
"""

from spacy.language import Language
from spacy.util import registry

from .components import SPANS_KEY, RequirementTagger, SkillMatcher
from .tokenizer import BoundaryTokenizer

TOKENIZER = "skillgap.boundary_tokenizer.v1"


@registry.tokenizers(TOKENIZER)
def make_boundary_tokenizer():
    def create(nlp: Language) -> BoundaryTokenizer:
        return BoundaryTokenizer(nlp.vocab)

    return create


@Language.factory("skill_matcher", default_config={"spans_key": SPANS_KEY})
def make_skill_matcher(nlp: Language, name: str, spans_key: str) -> SkillMatcher:
    return SkillMatcher(nlp, name, spans_key=spans_key)


@Language.factory(
    "requirement_tagger",
    default_config={"spans_key": SPANS_KEY},
    requires=["doc.spans"],
    assigns=["span._.requirement", "span._.years", "span._.segment"],
)
def make_requirement_tagger(nlp: Language, name: str, spans_key: str) -> RequirementTagger:
    return RequirementTagger(nlp, name, spans_key=spans_key)

"""A tokenizer that cuts at every boundary a skill mention can have.

spaCy's English tokenizer keeps "R." or "C++/Java" together as one token, so a skill found by
characters could not become a span with exact offsets. This one splits runs of letters and
digits, runs of ``+``/``#``, and every other visible character, so every match boundary is a
token boundary. The tokens are not linguistic ones; nothing in skillgap needs those. It is also
about twice as fast as the English tokenizer on job postings.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc
from spacy.vocab import Vocab

# A token (letters/digits, a run of + or #, or one other visible character) with the single
# space after it, or a run of whitespace that is a token of its own (spaCy's convention).
_TOKEN = re.compile(r"([^\W_]+|[+#]+|[^\w\s]|_)( ?)|(\s+)")


class BoundaryTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        parts = _TOKEN.findall(text)
        doc = Doc(self.vocab, words=[w or ws for w, _, ws in parts], spaces=[sp == " " for _, sp, _ in parts])
        doc.user_data["skillgap.text"] = text  # saves components rebuilding doc.text token by token
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Nothing to save: the tokenizer has no data.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "BoundaryTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "BoundaryTokenizer":
        return self

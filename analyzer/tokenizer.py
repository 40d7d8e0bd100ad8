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

_TOKEN = re.compile(r"[^\W_]+|[+#]+|\S")


class BoundaryTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for m in _TOKEN.finditer(text):
            start = m.start()
            if start > pos:
                self._gap(text[pos:start], words, spaces)
            words.append(m.group())
            spaces.append(False)
            pos = m.end()
        if pos < len(text):
            self._gap(text[pos:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    @staticmethod
    def _gap(gap: str, words: list[str], spaces: list[bool]) -> None:
        """Whitespace between tokens: one space rides on the token before, the rest is a token."""
        if words and gap[0] == " ":
            spaces[-1] = True
            gap = gap[1:]
            if not gap:
                return
        words.append(gap)
        spaces.append(False)

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

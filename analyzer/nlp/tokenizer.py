"""A tokenizer that cuts at every boundary a skill mention can have.

spaCy's English tokenizer keeps "R." or "C++/Java" together as one token, so a skill found by
characters could not become a span with exact offsets. This one is spaCy's own (Cython, cached)
``Tokenizer`` with no special cases and three rules: every punctuation character and underscore is
a token of its own, and a run of ``+``/``#`` is cut from the letters before it ("C", "++"). So
every match boundary is a token boundary. The tokens are not linguistic ones; nothing in skillgap
needs those. It is about three times as fast as the English tokenizer on job postings.

spaCy's tokenizer strips prefixes and suffixes one character at a time, copying the rest of the
chunk each time, so a long chunk of punctuation ("!?.,!?.," × 10,000, a run of "•", nested
brackets) costs time quadratic in its length. A text with a chunk longer than ``LONG_CHUNK``
characters is therefore cut by one regular-expression pass instead, which gives the same tokens
in linear time (``tests/test_linear.py`` checks that the two agree).
"""

from __future__ import annotations

import re

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

TEXT_KEY = "skillgap.text"  # doc.user_data: the text, kept so components need not rebuild doc.text

_PREFIX = re.compile(r"^(?:[^\w\s+#]|_)")
_INFIX = re.compile(r"[^\w\s+#]|_|(?<=[+#])(?=[^\W_])|(?<=[^\W_])(?=[+#])")
_SUFFIX_CHAR = re.compile(r"[^\w\s+#]|_")

# The same cuts as the three rules above, in one pass: the four classes split every character.
_TOKEN = re.compile(r"[^\W_]+|[+#]+|\s+|[^\w\s+#]|_")
LONG_CHUNK = 100  # characters without whitespace beyond which spaCy's affix loop is not used
# Searched from a whitespace character, which the engine finds fast (a look-behind would be
# tried at every position: twice the cost on an ordinary posting).
_LONG_CHUNK = re.compile(rf"\s\S{{{LONG_CHUNK + 1}}}")
_LONG_FIRST_CHUNK = re.compile(rf"\S{{{LONG_CHUNK + 1}}}")


def _has_long_chunk(text: str) -> bool:
    return _LONG_CHUNK.search(text) is not None or _LONG_FIRST_CHUNK.match(text) is not None


def _suffix_search(chunk: str) -> re.Match | None:
    # A search for "(?:[^\w\s+#]|_)$" would try every position of the chunk before reaching its last character.
    return _SUFFIX_CHAR.match(chunk, len(chunk) - 1) if chunk else None


class BoundaryTokenizer:
    def __init__(self, vocab: Vocab):
        self.vocab = vocab
        self._tokenizer = Tokenizer(
            vocab, rules={}, prefix_search=_PREFIX.search, suffix_search=_suffix_search, infix_finditer=_INFIX.finditer
        )

    def __call__(self, text: str) -> Doc:
        doc = self._tokenize_linear(text) if _has_long_chunk(text) else self._tokenizer(text)
        doc.user_data[TEXT_KEY] = text
        return doc

    def _tokenize_linear(self, text: str) -> Doc:
        """spaCy's tokens for ``text`` in one pass: whitespace as spaCy keeps it (a single space
        after a token is that token's trailing space, any other whitespace run is a token)."""
        words: list[str] = []
        spaces: list[bool] = []
        for m in _TOKEN.finditer(text):
            token = m.group()
            if token[0] == " " and words:  # runs alternate, so the token before is not whitespace
                spaces[-1] = True
                token = token[1:]
                if not token:
                    continue
            words.append(token)
            spaces.append(False)
        return Doc(self.vocab, words=words, spaces=spaces)

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # Nothing to save: the rules are code, not data.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> BoundaryTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> BoundaryTokenizer:
        return self

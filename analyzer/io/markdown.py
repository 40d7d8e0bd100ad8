"""The one escaper for untrusted text (postings, résumés, typed skills, ids, file names) placed in
Markdown: the Markdown report and every dashboard message, caption and label use it.

The text becomes one line; ``& < >`` become HTML entities (no tag, no entity of the input's own
survives); the characters that open Markdown or Streamlit syntax anywhere in a line get a
backslash (emphasis, code, links and images, tables, headings, Streamlit's ``:color[...]``, ``$``
maths, ``~`` strikethrough); a list or heading marker at the very start is escaped too. Everything
else (``.``, ``-``, ``:`` in the middle of a line) stays readable in the Markdown source.

>>> md_escape("**Python** <b>and</b> [x](javascript:alert(1))")
'\\\\*\\\\*Python\\\\*\\\\* &lt;b&gt;and&lt;/b&gt; \\\\[x\\\\](javascript:alert(1))'
>>> md_escape("- 3. item"), md_escape("1) first"), md_escape("costs $5~$6")
('\\\\- 3. item', '1\\\\) first', 'costs \\\\$5\\\\~\\\\$6')
"""

from __future__ import annotations

import html
import re

_INLINE = re.compile(r"([\\`*_{}\[\]#|~$])")
_BLOCK_START = re.compile(r"^(?:([-+])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))")


def md_escape(text: object, *, line_start: bool = True) -> str:
    """``text`` as inert inline Markdown (see the module docstring). ``line_start=False`` for text
    placed after something else on its line, where list and heading markers mean nothing."""
    s = " ".join(str(text).split())
    s = html.escape(s, quote=False)
    s = _INLINE.sub(r"\\\1", s)
    if not line_start:
        return s
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), s)

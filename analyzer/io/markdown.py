"""The one escaper for untrusted text (postings, résumés, typed skills, ids, file names) placed in
Markdown: the Markdown report and every dashboard message, caption and label use it.

The text becomes one line; ``& < >`` become HTML entities (no tag, no entity of the input's own
survives); the characters that open Markdown or Streamlit syntax anywhere in a line get a
backslash (emphasis, code, links and images, tables, headings, Streamlit's ``:color[...]``, ``$``
maths, ``~`` strikethrough); a list or heading marker at the very start is escaped too. What GFM
would turn into a link by itself (a URL's ``http:``, ``www.``, an e-mail's ``@``) gets a backslash
and, before it, an invisible word joiner (U+2060), so no URL is clickable and no image is fetched:
the backslash stops parsers that autolink while they parse (cmark-gfm, markdown-it), the joiner
the ones that autolink the parsed text afterwards, backslashes gone (remark-gfm, Streamlit's
renderer). Everything else (``.``, ``-``, ``:`` in the middle of a line) stays readable in the
Markdown source.

:func:`file_label` is how a file name is shown: its last path component only, shortened.

>>> md_escape("**Python** <b>and</b> [x](javascript:alert(1))")
'\\\\*\\\\*Python\\\\*\\\\* &lt;b&gt;and&lt;/b&gt; \\\\[x\\\\](javascript\\u2060\\\\:alert(1))'
>>> md_escape("- 3. item"), md_escape("1) first"), md_escape("costs $5~$6")
('\\\\- 3. item', '1\\\\) first', 'costs \\\\$5\\\\~\\\\$6')
"""

from __future__ import annotations

import html
import re

_INLINE = re.compile(r"([\\`*_{}\[\]#|~$])")
# What GitHub-flavoured Markdown (and so Streamlit) turns into a link without any brackets: a URL
# scheme's colon, ``www.``, and the ``@`` of an e-mail address; a word joiner and a backslash keep each one text.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftps?|mailto|xmpp|file|javascript|data)(?=:)|\bwww(?=\.)|(?=@)")
# Invisible; splits "http://", "www." and "name@host" in the text a renderer sees after parsing.
WORD_JOINER = "\u2060"
_BLOCK_START = re.compile(r"^(?:([-+])(?=\s|$)|(\d{1,9})([.)])(?=\s|$))")


def md_escape(text: object, *, line_start: bool = True) -> str:
    """``text`` as inert inline Markdown (see the module docstring). ``line_start=False`` for text
    placed after something else on its line, where list and heading markers mean nothing."""
    s = " ".join(str(text).split())
    s = html.escape(s, quote=False)
    s = _INLINE.sub(r"\\\1", s)
    s = _AUTOLINK.sub(lambda m: m.group(0) + WORD_JOINER + "\\", s)
    if not line_start:
        return s
    return _BLOCK_START.sub(lambda m: "\\" + m.group(1) if m.group(1) else m.group(2) + "\\" + m.group(3), s)


#: File names shown in messages are cut to this many characters.
FILE_LABEL_CHARS = 80


#: A shortened file name keeps this many of its last characters: its extension (".csv.gz"), which
#: the readers take its format from.
FILE_LABEL_TAIL = 16


def file_label(name: object) -> str:
    """The last path component of a file name (``/`` or ``\\`` separated), shortened in the middle:
    what the user picked, without the folders a browser or a path may carry, and with its extension,
    which says how it is read. Still untrusted: escape it to show it.

    >>> file_label("C:\\\\fakepath\\\\cv.pdf"), file_label("../../etc/passwd")
    ('cv.pdf', 'passwd')
    >>> file_label("postings_" + "x" * 90 + "_2024.csv.gz")[-20:]
    'xxx…xxxx_2024.csv.gz'
    """
    base = str(name).replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or "(no name)"
    if len(base) <= FILE_LABEL_CHARS:
        return base
    return base[: FILE_LABEL_CHARS - 1 - FILE_LABEL_TAIL] + "…" + base[-FILE_LABEL_TAIL:]

"""The markup the project's HTML may hold, and a parser to check a page against it.

Shared by the report tests and the hostile-input tests: one list of tags, so a tag the report
starts writing is allowed (or refused) in one place.
"""

from __future__ import annotations

from html.parser import HTMLParser

#: Every tag the HTML report writes (analyzer/io/reports.py): the page, its contents list and
#: postings' index, the collapsed postings, tables, the coverage chart (inline SVG), marked skills.
REPORT_TAGS = frozenset(
    {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "ul",
        "li",
        "ol",
        "a",
        "strong",
        "span",
        "mark",
        "table",
        "tr",
        "th",
        "td",
        "details",
        "summary",
        "svg",
        "rect",
        "text",
    }
)
#: The plan (analyzer/io/plan_report.py: its chart and interview rounds), in every analyze report but CSV.
PLAN_TAGS = frozenset({"section", "h4", "br", "line", "polyline", "circle"})
#: The dashboard's highlighted posting (analyzer/io/highlight.py) adds its wrappers.
HIGHLIGHT_TAGS = frozenset({"div", "span", "mark"})
_VOID = frozenset({"meta", "br"})  # HTML elements without an end tag (SVG shapes close as <rect/>)


class PageParser(HTMLParser):
    """Tags, attributes (name, value), link targets and text (outside ``<style>``) of a page, and
    whether every element is closed in order (``stack`` empty, ``mismatched`` empty at the end)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.hrefs: list[str | None] = []
        self.text: list[str] = []
        self.stack: list[str] = []
        self.mismatched: list[tuple[str, list[str]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        self.hrefs += [value for name, value in attrs if name == "href"]
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):  # <rect .../>: no end tag to match
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop()
        else:
            self.mismatched.append((tag, self.stack[-5:]))

    def handle_data(self, data):
        if not self.stack or self.stack[-1] != "style":
            self.text.append(data)


def parse_page(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser
